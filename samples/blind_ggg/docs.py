# Document texts and ground-truth labels for blind_ggg.
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def L(agency, aname, person, title, email, phone, subjects, basis, ptype, form, purpose, records, channel):
    return {
        "requestor": {"agency_key": agency, "agency_name": aname, "person": person, "title": title,
                      "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": ptype != "none",
        "purpose": purpose, "records_requested": records, "channel": channel,
    }


DOCS = []
def add(**kw): DOCS.append(kw)

# ---------------------------------------------------------------- 01 ERO letter, no process
add(id="bggg01", format="born_digital", template="ERO field office letter to DMV, A-number, no process",
pages=["""^^U.S. Department of Homeland Security
^U.S. Immigration and Customs Enforcement
^Enforcement and Removal Operations - Salt Lake City Field Office
^2975 Decker Lake Drive, West Valley City, UT 84119
---
>>October 27, 2026

Utah Department of Public Safety
Driver License Division - Records Section
4501 South 2700 West
Salt Lake City, UT 84129

RE:  Request for Information
     Subject: GÓMEZ ARIAS, Jonathan Ezequiel
     DOB: February 14, 1991
     A-Number: A 208 417 553
     Utah DL: 160428815

Dear Records Custodian:

Pursuant to 8 U.S.C. § 1357 and Part 287 of Title 8, Code of Federal Regulations, U.S. Immigration and Customs Enforcement (ICE) respectfully requests the following information regarding the above-named individual: current and prior residential addresses on file, the most recent driver license photograph, and any vehicles currently registered to the subject.

This information is requested for official use only and will be handled in accordance with applicable DHS privacy policies. Please forward any responsive records to the undersigned by e-mail or by mail to the address above.

Thank you for your cooperation.

Respectfully,


Brandon K. Whitlock
Deportation Officer
ICE ERO Salt Lake City
Desk: (801) 555-0142
brandon.whitlock@ice.dhs.gov

cc: Lena Marsh, Supervisory Deportation Officer
---
^FOR OFFICIAL USE ONLY (FOUO) - LAW ENFORCEMENT SENSITIVE
"""],
label=L("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Salt Lake City Field Office",
        "Brandon K. Whitlock", "Deportation Officer", "brandon.whitlock@ice.dhs.gov", "(801) 555-0142",
        [("Jonathan Ezequiel Gómez Arias", "1991-02-14", [("a_number", "A208417553"), ("license", "160428815")])],
        ["8 USC 1357", "8 CFR 287"], "none", None, "civil_immigration", ["address", "photo", "vehicle"], "mail"))

# ---------------------------------------------------------------- 02 Houston PD cover + Texas search warrant
add(id="bggg02", format="born_digital", template="municipal PD cover letter + Texas state search warrant (2 pages)",
pages=["""^^HOUSTON POLICE DEPARTMENT
^Robbery Division  |  1200 Travis Street, Houston, Texas 77002
---
Date: 2026-10-09                                   HPD Incident No. 148233-26

Texas Workforce Commission
Office of General Counsel - Open Records / Subpoena Unit
101 East 15th Street, Austin, TX 78778

Subject: Service of Search Warrant - TRAN, Minh Van (DOB 07/22/1988)

To whom it may concern,

Attached please find a search warrant signed by the Honorable Judge of the 180th District Court, Harris County, directing production of employment and wage records for the suspect named above in connection with an aggravated robbery that occurred on August 30, 2026. The complainant in this case is Olga Petrenko.

Please provide quarterly wage detail for 2025-2026, all employer names and addresses reported for the suspect, and the last mailing address on file. Records may be e-mailed to me or picked up in person.

Det. Sgt. Marcus D. Ybarra  #4471
Houston Police Department - Robbery Division
Office 713-555-0187
marcus.ybarra@houstonpolice.org
""",
"""^THE STATE OF TEXAS             §
^COUNTY OF HARRIS               §
^^SEARCH WARRANT
^(Records - Art. 18.02(a)(10), Tex. Code Crim. Proc.)

THE STATE OF TEXAS, To the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas:

WHEREAS, the Affiant, whose name appears on the affidavit attached hereto, is a peace officer under the laws of Texas and did heretofore this day subscribe and swear to said affidavit before me (said affidavit being made part hereof for all purposes and incorporated herein as set out verbatim), and whereas I find that the verified facts stated by Affiant in said affidavit show that Affiant has probable cause for the belief he expresses therein and establishes existence of proper grounds for issuance of this Warrant pursuant to Article 18.01, Texas Code of Criminal Procedure;

NOW, THEREFORE, you are commanded to enter the Texas Workforce Commission and there to search for and seize the following records, which constitute evidence that the offense of Aggravated Robbery, Tex. Penal Code § 29.03, was committed and that MINH VAN TRAN, a Vietnamese male, date of birth July 22, 1988, committed said offense:

  1. Employer wage reports (Form C-4) naming Minh Van Tran for the period January 1, 2025 to present;
  2. Names and addresses of all reporting employers;
  3. The most recent mailing and residential address of record.

HEREIN FAIL NOT, and due return make hereof.

ISSUED this 8th day of October, 2026, at 3:15 o'clock P.M., to certify which witness my hand this day.


______________________________
JUDGE PRESIDING, 180th District Court
Harris County, Texas - Hon. Carolyn S. Whitfield
"""],
label=L("local-police", "Houston Police Department - Robbery Division", "Marcus D. Ybarra", "Detective Sergeant",
        "marcus.ybarra@houstonpolice.org", "713-555-0187",
        [("Minh Van Tran", "1988-07-22", [])],
        ["TX CCP 18.02", "TX CCP 18.01", "TX PC 29.03"], "judicial_warrant", None, "criminal_investigation",
        ["wages", "employment", "address"], "mail"))

# ---------------------------------------------------------------- 03 I-138 to state labor, 2 subjects
add(id="bggg03", format="born_digital", font="sans", template="DHS Form I-138 Immigration Enforcement Subpoena to state labor dept, 2 subjects",
pages=["""^DEPARTMENT OF HOMELAND SECURITY
^^IMMIGRATION ENFORCEMENT SUBPOENA
^To Appear and/or Produce Records
^(8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4)
>>Subpoena No. ATL-ERO-2026-00318
---
To:  Custodian of Records, Georgia Department of Labor, 148 Andrew Young International Blvd NE, Atlanta, GA 30303

By the authority of Section 235(d)(4)(A) of the Immigration and Nationality Act, you are hereby commanded to produce the records described below pertaining to an inquiry into the admissibility and removability of the following individuals:

|*Name|*Date of Birth|*A-Number|*Known employer
|IBÁÑEZ SOTO, Rafael|09/30/1985|A219555014|Peachtree Poultry Processing LLC
|WARSAME, Abdirahman Farah|06/02/1993|A201884736|Peachtree Poultry Processing LLC

Records to be produced: all quarterly wage records, employer names, addresses and FEINs, and the most recent residential address on file for each individual, for the period 01/01/2024 to present.

Produce on or before: November 20, 2026, to ICE ERO Atlanta, 180 Ted Turner Drive SW, Suite 522, Atlanta, GA 30303 (records may be produced electronically to the issuing officer).

NOTICE: Failure to comply with this subpoena may result in the Department of Homeland Security seeking an order from a United States District Court to compel compliance. 8 U.S.C. § 1225(d)(4)(B). Disobedience of such an order may be punished as contempt.

Issuing Officer:
Carla J. Benedetti, Assistant Field Office Director
ICE Enforcement and Removal Operations, Atlanta Field Office
Tel. 404-555-0119  |  carla.benedetti@ice.dhs.gov

Signature: ______________________        Date: 10/30/2026
---
DHS Form I-138 (Rev. 08/23)
"""],
label=L("dhs-ice-ero", "ICE Enforcement and Removal Operations, Atlanta Field Office", "Carla J. Benedetti",
        "Assistant Field Office Director", "carla.benedetti@ice.dhs.gov", "404-555-0119",
        [("Rafael Ibáñez Soto", "1985-09-30", [("a_number", "A219555014")]),
         ("Abdirahman Farah Warsame", "1993-06-02", [("a_number", "A201884736")])],
        ["8 USC 1225", "8 CFR 287.4", "INA 235"], "administrative_subpoena", "I-138", "civil_immigration",
        ["wages", "employment", "address"], "mail"))

# ---------------------------------------------------------------- 04 Ohio court order + prosecutor cover
add(id="bggg04", format="born_digital", template="county prosecutor cover letter + Ohio common pleas order for BMV records",
pages=["""^^FRANKLIN COUNTY PROSECUTING ATTORNEY
^Criminal Division  -  373 South High Street, 14th Floor, Columbus, Ohio 43215
---
November 2, 2026

Ohio Bureau of Motor Vehicles
Legal Services / Records Request Unit
1970 West Broad Street
Columbus, OH 43223

Re:  State of Ohio v. Daniel R. Kowalczyk, Case No. 26CR-003417

Dear Custodian:

Enclosed is a certified copy of an Order for Production of Records entered by Judge Thomas E. Albrecht on October 29, 2026. Please provide the certified driver license record, the current and historical license photographs, and the vehicle registration history for the defendant, Daniel Robert Kowalczyk, as described in the Order.

The records will be used at trial. Kindly include a records-custodian certification.

Very truly yours,

Heather L. Brandt
Assistant Prosecuting Attorney
(614) 555-0163 | hbrandt@franklincountyohio.gov

Enclosure
""",
"""^IN THE COURT OF COMMON PLEAS
^FRANKLIN COUNTY, OHIO
^CRIMINAL DIVISION

STATE OF OHIO,                                   Case No. 26CR-003417
            Plaintiff,
      v.                                         Judge Thomas E. Albrecht
DANIEL R. KOWALCZYK,
            Defendant.

^^ORDER FOR PRODUCTION OF RECORDS

This matter came before the Court upon the motion of the State of Ohio for an order directing the Ohio Bureau of Motor Vehicles to produce records. The Defendant is charged with Theft in violation of R.C. 2913.02 and Tampering with Records in violation of R.C. 2913.42. For good cause shown, the motion is GRANTED.

IT IS HEREBY ORDERED that the Ohio Bureau of Motor Vehicles shall, within fourteen (14) days, produce to the Franklin County Prosecuting Attorney certified copies of the following records regarding DANIEL ROBERT KOWALCZYK, date of birth 11/03/1979, Ohio operator's license number SR482913:

   (a) the complete driver license record and application history;
   (b) all digital photographs associated with the license;
   (c) all vehicle title and registration records from January 1, 2024 to present.

IT IS SO ORDERED.

                                          ______________________________
                                          JUDGE THOMAS E. ALBRECHT
Copies to: Heather L. Brandt, APA; Samuel Okafor, Counsel for Defendant
"""],
label=L("district-attorney", "Franklin County Prosecuting Attorney, Criminal Division", "Heather L. Brandt",
        "Assistant Prosecuting Attorney", "hbrandt@franklincountyohio.gov", "(614) 555-0163",
        [("Daniel Robert Kowalczyk", "1979-11-03", [("license", "SR482913")])],
        ["ORC 2913.02", "ORC 2913.42"], "court_order", None, "criminal_investigation",
        ["license", "photo", "vehicle"], "mail"))

# ---------------------------------------------------------------- 05 AUSA + AO 110
add(id="bggg05", format="born_digital", template="AUSA cover letter + AO 110 grand jury subpoena to state workforce agency, 2 subjects",
pages=["""^^U.S. Department of Justice
^United States Attorney's Office - District of Arizona
^Two Renaissance Square, 40 N. Central Avenue, Suite 1800, Phoenix, AZ 85004
---
>>4 Nov 2026

Arizona Department of Economic Security
Office of Inspector General / Records Custodian
1789 W. Jefferson Street, Phoenix, AZ 85007

Re:  Grand Jury Subpoena No. 26-GJ-0814

Dear Custodian of Records:

Please find enclosed a federal grand jury subpoena. The grand jury is investigating possible violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft). Records are requested for:

  HOANG, Thi Lan - DOB 12/05/1977 - SSN xxx-xx-4471
  McALLISTER, Jerome Patrick - DOB 04/18/1969 - SSN xxx-xx-0926

Specifically: unemployment insurance claim files, benefit payment histories (including bank routing information), quarterly wage records, and addresses of record, from January 2024 to the present.

In lieu of appearing, you may comply by delivering the records to Special Agent Courtney Velasquez, FBI Phoenix, on or before the return date. Please do not disclose the existence of this subpoena; although Fed. R. Crim. P. 6(e) does not bind you, disclosure could impede the investigation.

Sincerely,

GARY M. RESTAINO
United States Attorney

s/ Nicolás Ferreira-Lind
Nicolás Ferreira-Lind
Assistant United States Attorney
(602) 555-0131  nicolas.ferreira-lind@usdoj.gov
""",
"""AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
^UNITED STATES DISTRICT COURT
^for the
^District of Arizona
^^SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To:  Custodian of Records, Arizona Department of Economic Security

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

|*Place:|*Date and Time:
|Sandra Day O'Connor U.S. Courthouse, 401 W. Washington St., Phoenix, AZ 85003, Grand Jury Room 3|12/03/2026 9:00 am

You must also bring with you the following documents, electronically stored information, or objects: SEE ATTACHMENT A (unemployment insurance claim files, payment histories, quarterly wage records and addresses of record for Thi Lan Hoang and Jerome Patrick McAllister).

Date: 11/04/2026                          CLERK OF COURT
                                          ______________________________
                                          Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Nicolás Ferreira-Lind, AUSA, 40 N. Central Ave., Suite 1800, Phoenix, AZ 85004, nicolas.ferreira-lind@usdoj.gov, (602) 555-0131
"""],
label=L("doj-usao", "United States Attorney's Office - District of Arizona", "Nicolás Ferreira-Lind",
        "Assistant United States Attorney", "nicolas.ferreira-lind@usdoj.gov", "(602) 555-0131",
        [("Thi Lan Hoang", "1977-12-05", [("ssn_last4", "4471")]),
         ("Jerome Patrick McAllister", "1969-04-18", [("ssn_last4", "0926")])],
        ["18 USC 1343", "18 USC 1028A", "FRCrP 6"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
        ["claims", "benefits", "wages", "address"], "mail"))

# ---------------------------------------------------------------- 06 FBI letter, table with relative
add(id="bggg06", format="born_digital", font="sans", template="FBI field office letter to human services, subjects table with household member",
pages=["""^^FEDERAL BUREAU OF INVESTIGATION
^Minneapolis Field Office
^1501 Freeway Boulevard, Brooklyn Center, MN 55430
---
File No. 209A-MP-3381920                                            October 21, 2026

Minnesota Department of Human Services
Office of Inspector General - Financial Fraud & Abuse Investigations
P.O. Box 64982, St. Paul, MN 55164-0982

Dear Sir or Madam:

The FBI is conducting a criminal investigation into suspected health care fraud in violation of Title 18, United States Code, Section 1347, and medical assistance fraud under Minn. Stat. § 609.466, involving billing by a personal care assistance agency. To further this investigation, the FBI requests the records listed below for the following individuals:

|*Name|*DOB|*Role
|Abdullahi Hassan NUR|03/19/1982|Subject (agency owner)
|Faadumo Ali JAMA|08/07/1986|Subject (billing manager)
|Hodan Abdullahi Nur|05/02/2009|Household member - NOT a subject; listed for identification only

Records requested: Medical Assistance enrollment and provider records, PCA claims submitted and paid, program eligibility and benefit records, and all addresses of record, January 2023 to present.

Please contact me with any questions.

Sincerely,

Anastasia Volkova
Special Agent, Health Care Fraud Squad
(763) 555-0158
avolkova@fbi.gov
"""],
label=L("doj-fbi", "Federal Bureau of Investigation, Minneapolis Field Office", "Anastasia Volkova", "Special Agent",
        "avolkova@fbi.gov", "(763) 555-0158",
        [("Abdullahi Hassan Nur", "1982-03-19", []), ("Faadumo Ali Jama", "1986-08-07", [])],
        ["18 USC 1347", "MN Stat 609.466"], "none", None, "criminal_investigation",
        ["claims", "benefits", "address"], "mail"))

# ---------------------------------------------------------------- 07 Maricopa subpoena duces tecum
add(id="bggg07", format="born_digital", template="county attorney cover + Arizona criminal subpoena duces tecum to MVD",
pages=["""^^MARICOPA COUNTY ATTORNEY
^225 West Madison Street, Phoenix, Arizona 85003
---
October 16, 2026

Arizona Department of Transportation, Motor Vehicle Division
Custodian of Records, Mail Drop 539M
P.O. Box 2100, Phoenix, AZ 85001

RE: State v. José Luis de la Cruz Peña, CR2026-118342-001

Enclosed please find a subpoena duces tecum for certified MVD records in the above matter. In lieu of personal appearance, certified copies with an affidavit of the custodian may be mailed to this office before the trial date. Questions may be directed to me or to my paralegal, Yvette Morales.

Rebecca S. Anaya
Deputy County Attorney, Vehicle Crimes Unit
602-555-0177  |  ranaya@mcao.maricopa.gov
""",
"""^IN THE SUPERIOR COURT OF THE STATE OF ARIZONA
^IN AND FOR THE COUNTY OF MARICOPA

STATE OF ARIZONA,
             Plaintiff,                         No. CR2026-118342-001
   vs.
JOSÉ LUIS DE LA CRUZ PEÑA,                      SUBPOENA DUCES TECUM
             Defendant.                         (Criminal - Ariz. R. Crim. P. 34)

THE STATE OF ARIZONA TO:  Custodian of Records, ADOT Motor Vehicle Division

YOU ARE COMMANDED to appear before the Honorable Pamela Gutiérrez-Stone, Courtroom 4B, 175 W. Madison St., Phoenix, on December 1, 2026 at 10:30 a.m., to testify as a witness in the above-entitled action, and to bring with you the following:

Certified driver license record, photograph, and all vehicle title and registration records for JOSÉ LUIS DE LA CRUZ PEÑA, DOB 01/27/1990, AZ DL D04128833, including the address history.

The defendant is charged with theft of means of transportation, A.R.S. § 13-1814. This subpoena is issued pursuant to A.R.S. § 13-4071 and Rule 34.

Failure to obey this subpoena without adequate excuse may be deemed a contempt of court.

Issued: 10/15/2026                      JEFF FINE, CLERK OF THE SUPERIOR COURT
                                        By ______________________ Deputy Clerk
Requested by: Rebecca S. Anaya, Deputy County Attorney, Bar No. 031177
"""],
label=L("district-attorney", "Maricopa County Attorney", "Rebecca S. Anaya", "Deputy County Attorney",
        "ranaya@mcao.maricopa.gov", "602-555-0177",
        [("José Luis de la Cruz Peña", "1990-01-27", [("license", "D04128833")])],
        ["AZ CrimP 34", "ARS 13-1814", "ARS 13-4071"], "court_subpoena", None, "criminal_investigation",
        ["license", "photo", "vehicle", "address"], "mail"))

# ---------------------------------------------------------------- 08 ERO cover + I-205
add(id="bggg08", format="born_digital", font="sans", template="ERO cover letter + Form I-205 warrant of removal to state DOL",
pages=["""^^U.S. Immigration and Customs Enforcement
^Enforcement and Removal Operations - Seattle Field Office
^12500 Tukwila International Blvd., Seattle, WA 98168
---
November 5, 2026

Washington State Department of Licensing
Public Disclosure / Records Unit, PO Box 9030, Olympia WA 98507

Re: MARTÍNEZ NÚÑEZ, Yesenia   A# 215-778-902   DOB 04/09/1994

Records Custodian,

ICE is seeking to locate the above subject, who is subject to a final order of removal. A copy of the Warrant of Removal/Deportation (Form I-205) is enclosed. Pursuant to section 241(a) of the Immigration and Nationality Act and 8 U.S.C. § 1357, we request the subject's current residential address, any vehicles registered to her, and the driver license record associated with WA license WDL8KQ2M37B.

Please respond to the undersigned.

Trevor Alan Moody
Deportation Officer, Fugitive Operations
Tel. (206) 555-0124 - trevor.moody@ice.dhs.gov
""",
"""U.S. Department of Homeland Security
^^WARRANT OF REMOVAL/DEPORTATION
>>File No: A215 778 902
>>Date: 10/02/2026
To any immigration officer of the United States Department of Homeland Security:

Yesenia MARTÍNEZ NÚÑEZ
(Full name of alien)

who entered the United States at or near San Ysidro, CA on or about 06/14/2015, is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(1)(B).

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the Appropriation "Enforcement and Removal Operations."

______________________________          Field Office Director, Seattle
(Signature of immigration officer)     (Title of immigration officer)
                                        Seattle, WA  (Date and office location)
---
Form I-205 (Rev. 08/01/07)
"""],
label=L("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Seattle Field Office",
        "Trevor Alan Moody", "Deportation Officer, Fugitive Operations", "trevor.moody@ice.dhs.gov", "(206) 555-0124",
        [("Yesenia Martínez Núñez", "1994-04-09", [("a_number", "A215778902"), ("license", "WDL8KQ2M37B")])],
        ["INA 241", "8 USC 1357", "INA 237"], "administrative_warrant", "I-205", "civil_immigration",
        ["address", "vehicle", "license"], "mail"))

# ---------------------------------------------------------------- 09 I-247A to corrections
add(id="bggg09", format="born_digital", font="sans", template="Form I-247A detainer to state department of corrections",
pages=["""DEPARTMENT OF HOMELAND SECURITY
^^IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 391077254        Event #: LVG2610000731        File No: A 207 339 118        Date: October 19, 2026

TO: Nevada Department of Corrections, Offender Management Division, 5500 Snyder Ave, Carson City, NV 89701
FROM: ICE ERO Las Vegas Sub-Office, 501 S. Las Vegas Blvd, Las Vegas, NV 89101

Name of Alien: BOGDANOVIĆ, Stefan           Date of Birth: 10/11/1984           Citizenship: Serbia
NDOC Offender #: 1187342                    Sex: M

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[X] a final order of removal against the alien;
[ ] the pendency of ongoing removal proceedings against the alien;
[ ] biometric confirmation of the alien's identity and a records check of federal databases.

2. DHS REQUESTS THAT YOU:
[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
[X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
[X] Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.

This detainer arises from DHS authorities and is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

Ramona E. Castellanos, Supervisory Detention and Deportation Officer
(Name and title of Immigration Officer)
Phone: 702-555-0109   Email: ramona.castellanos@ice.dhs.gov
______________________________ (Signature of Immigration Officer)
---
DHS Form I-247A (3/17)
"""],
label=L("dhs-ice-ero", "ICE ERO Las Vegas Sub-Office", "Ramona E. Castellanos",
        "Supervisory Detention and Deportation Officer", "ramona.castellanos@ice.dhs.gov", "702-555-0109",
        [("Stefan Bogdanović", "1984-10-11", [("a_number", "A207339118"), ("other", "1187342")])],
        ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration", ["other"], "mail"))

# ---------------------------------------------------------------- 10 DEA letter, 2 subjects
add(id="bggg10", format="born_digital", template="DEA district office letter to DHSMV, 2 subjects, DPPA exemption",
pages=["""^^U.S. Department of Justice
^Drug Enforcement Administration
^Tampa District Office - 4950 West Kennedy Blvd., Suite 400, Tampa, Florida 33609
---
Case No. GC-26-0093                                                 14 October 2026

Florida Department of Highway Safety and Motor Vehicles
Bureau of Records, Neil Kirkman Building
2900 Apalachee Parkway, Tallahassee, FL 32399

To the Records Custodian:

The Drug Enforcement Administration is investigating a drug trafficking organization for violations of Title 21, United States Code, Sections 841 and 846, and § 893.135, Fla. Stat. (trafficking). Under the law-enforcement exception of the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), DEA requests driver license records, photographs, addresses of record and registered vehicles for:

   1.  Luis Alberto IBARRA-QUIÑONES, DOB 16 May 1987, FL DL I165-420-87-176-0
   2.  Tamika Renee HOLLOWAY, DOB 30 Nov 1992

Please forward responsive records to the undersigned. Your assistance is appreciated.

Kyle J. Brannigan
Special Agent, Enforcement Group 3
Telephone 813-555-0145 | kyle.j.brannigan@dea.gov
"""],
label=L("doj-dea", "Drug Enforcement Administration, Tampa District Office", "Kyle J. Brannigan", "Special Agent",
        "kyle.j.brannigan@dea.gov", "813-555-0145",
        [("Luis Alberto Ibarra-Quiñones", "1987-05-16", [("license", "I165420871760")]),
         ("Tamika Renee Holloway", "1992-11-30", [])],
        ["21 USC 841", "21 USC 846", "FS 893.135", "18 USC 2721"], "none", None, "criminal_investigation",
        ["license", "photo", "address", "vehicle"], "mail"))
