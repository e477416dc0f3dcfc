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

# ================================================================ E-MAILS
add(id="bggg11", format="eml", template="sheriff investigator plain-text email to DMV with CRS attestation",
eml=dict(kind="plain", date=(2026, 10, 6, 8, 41), tz=-6,
 **{"from": "Shane O'Rourke <sorourke@weld.gov>", "to": "dor_dmvrecords@state.co.us",
 "subject": "Photo/address request - Sokolov - WC26-08812"},
 body="""Good morning,

I'm working a residential burglary (C.R.S. 18-4-203) out of Evans, our case WC26-08812. Could you send me the current address and the most recent DL photo for:

SOKOLOV, Dmitri A.
DOB 07/08/1995
CO DL 09-118-4420

The homeowner, Patricia Lindgren, gave us a partial plate but I need the photo for a lineup.

I attest this request is in support of an active criminal investigation as described in C.R.S. 24-74-103.

Thanks,

Shane O'Rourke
Deputy Investigator | Weld County Sheriff's Office
1950 O Street, Greeley, CO 80631
Office 970-555-0132
"""),
label=L("sheriff", "Weld County Sheriff's Office", "Shane O'Rourke", "Deputy Investigator", "sorourke@weld.gov",
        "970-555-0132", [("Dmitri A. Sokolov", "1995-07-08", [("license", "091184420")])],
        ["CRS 18-4-203", "CRS 24-74-103"], "none", None, "criminal_investigation", ["address", "photo"], "email"))

add(id="bggg12", format="eml", template="ERO HTML-only email to state labor dept, A-number, for official use",
eml=dict(kind="html", date=(2026, 10, 22, 14, 5), tz=-6,
 **{"from": "\"Vukovic, Alejandra\" <alejandra.vukovic@ice.dhs.gov>", "to": "cdle_records@state.co.us",
 "subject": "Information request - NGUYEN, Hang Thi"},
 html="""<html><body style="font-family:Calibri,sans-serif">
<p>Hello,</p>
<p>Under the authority of INA &sect; 287, ICE Enforcement and Removal Operations (Denver Field Office) requests the
following for official use only:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>A-Number</th></tr>
<tr><td>NGUYEN, Hang Thi</td><td>1990-03-04</td><td>A 203 551 870</td></tr>
</table>
<p>Please provide the most recent <b>residential address</b>, <b>telephone number</b>, and the name and address of the
<b>current employer</b> reported to your agency.</p>
<p>Thank you,</p>
<p>Alejandra Vukovic<br>Deportation Officer<br>ICE ERO Denver Field Office<br>12445 E. Caley Ave., Centennial, CO 80111<br>
Office: 720-555-0171<br>alejandra.vukovic@ice.dhs.gov</p>
<p style="font-size:8pt;color:#666">WARNING: This message contains FOR OFFICIAL USE ONLY information. It may be exempt from
public release under the Freedom of Information Act.</p>
</body></html>"""),
label=L("dhs-ice-ero", "ICE ERO Denver Field Office", "Alejandra Vukovic", "Deportation Officer",
        "alejandra.vukovic@ice.dhs.gov", "720-555-0171",
        [("Hang Thi Nguyen", "1990-03-04", [("a_number", "A203551870")])],
        ["INA 287"], "none", None, "civil_immigration", ["address", "phone", "employment"], "email"))

DEA_SUBP = ["""^UNITED STATES DEPARTMENT OF JUSTICE
^DRUG ENFORCEMENT ADMINISTRATION
^^SUBPOENA
>>No. 26-SL-0441
---
TO: Custodian of Records, Missouri Department of Labor and Industrial Relations, Division of Employment Security, 421 E. Dunklin St., Jefferson City, MO 65101

In the matter of an investigation being conducted by the Drug Enforcement Administration pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876) into possible violations of 21 U.S.C. 841(a)(1), YOU ARE HEREBY REQUIRED to produce the records described below to Special Agent Priya Raman-Holt at 317 S. 16th Street, St. Louis, MO 63103, on or before 11/24/2026 at 10:00 AM.

Records: Quarterly wage reports, employer names, addresses and FEINs, for:
   RÍOS-VELÁZQUEZ, Marco Antonio  -  DOB 08 MAR 1989  -  SSN XXX-XX-3318
   for the period 01/01/2024 through the present (reported employers include Gateway Freight Partners LLC).

In lieu of appearance, the records may be delivered by mail or electronically to the agent named above.

Failure to comply may result in the Attorney General invoking the aid of a United States District Court to compel compliance with this subpoena (21 U.S.C. 876(c)).

Issued by: Priya Raman-Holt, Special Agent, St. Louis Division       Date: 11/09/2026
Telephone: (314) 555-0150        E-mail: priya.raman-holt@dea.gov
Signature: __________________________
"""]

add(id="bggg13", format="eml", template="DEA agent multipart email with 21 USC 876 administrative subpoena PDF attached",
eml=dict(kind="alt", date=(2026, 11, 9, 11, 20), tz=-6,
 **{"from": "Raman-Holt, Priya <priya.raman-holt@dea.gov>", "to": "des.records@labor.mo.gov",
 "subject": "DEA Subpoena 26-SL-0441 - wage records"},
 body="""Good afternoon,

Attached is DEA administrative subpoena 26-SL-0441 for wage and employer records on one individual. Electronic production to this address is fine.

Regards,
SA Priya Raman-Holt
DEA St. Louis Division
(314) 555-0150
""",
 html="""<p>Good afternoon,</p><p>Attached is DEA administrative subpoena <b>26-SL-0441</b> for wage and employer records on one individual.
Electronic production to this address is fine.</p><p>Regards,<br>SA Priya Raman-Holt<br>DEA St. Louis Division<br>(314) 555-0150</p>""",
 attach=[dict(type="pdf", name="26-SL-0441_subpoena.pdf", pages=DEA_SUBP)]),
label=L("doj-dea", "DEA St. Louis Division", "Priya Raman-Holt", "Special Agent", "priya.raman-holt@dea.gov",
        "(314) 555-0150", [("Marco Antonio Ríos-Velázquez", "1989-03-08", [("ssn_last4", "3318")])],
        ["PL 91-513", "21 USC 876", "21 USC 841"], "administrative_subpoena", None, "criminal_investigation",
        ["wages", "employment"], "email"))

I200 = ["""DEPARTMENT OF HOMELAND SECURITY
^^WARRANT FOR ARREST OF ALIEN
>>File No. A 222 610 045
>>Date: 09/28/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that  ALIYEV, Rustam  is removable from the United States. This determination is based upon:
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases;
[ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

______________________________
(Signature of Authorized Immigration Officer)
Marisol Aguirre-Benson, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)

Certificate of Service: ______________
---
Form I-200 (Rev. 09/16)
"""]

add(id="bggg14", format="eml", template="ERO email with scanned I-200 (JPEG attachment) to MVD",
eml=dict(kind="plain", date=(2026, 10, 1, 7, 55), tz=-7,
 **{"from": "Gustavo Leal <gustavo.leal@ice.dhs.gov>", "to": "MVDLawEnforcement@azdot.gov",
 "subject": "Admin warrant - address/vehicle info request"},
 body="""MVD Law Enforcement Desk,

Attached is an I-200 administrative warrant for ALIYEV, Rustam, DOB 2/21/1996, A222610045. Requesting last known address and any vehicle registered in his name.

Thx,
Gustavo Leal
Deportation Officer | ICE ERO Phoenix
2035 N. Central Ave, Phoenix AZ 85004
C: 602-555-0193
""",
 attach=[dict(type="jpeg", name="scan_0928.jpg", pages=I200, dpi=150)]),
label=L("dhs-ice-ero", "ICE ERO Phoenix", "Gustavo Leal", "Deportation Officer", "gustavo.leal@ice.dhs.gov",
        "602-555-0193", [("Rustam Aliyev", "1996-02-21", [("a_number", "A222610045")])],
        ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", "civil_immigration",
        ["address", "vehicle"], "email"))

AO93 = ["""AO 93 (Rev. 11/13) Search and Seizure Warrant
^UNITED STATES DISTRICT COURT
^for the
^Western District of Texas
In the Matter of the Search of                         Case No. EP:26-M-02291-MAT
(Records maintained by the Texas Workforce Commission relating to
Efraín Salcido Barraza and Lucía Margarita Ochoa de León)
^^SEARCH AND SEIZURE WARRANT
To:  Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following property located in the Western District of Texas: records maintained by the Texas Workforce Commission as described in Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the property described above, and that such search will reveal: quarterly wage records, employer identities and addresses, and residential addresses of record for EFRAÍN SALCIDO BARRAZA (DOB 10/02/1975) and LUCÍA MARGARITA OCHOA DE LEÓN (DOB 01/14/1983), evidence of violations of 8 U.S.C. § 1324 and 18 U.S.C. § 1956.

YOU ARE COMMANDED to execute this warrant on or before November 12, 2026 in the daytime 6:00 a.m. to 10:00 p.m.

The officer executing this warrant must prepare an inventory as required by law and promptly return this warrant and inventory to the United States Magistrate Judge on duty.

[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial).

Date and time issued: 10/29/2026 2:40 pm            ______________________________
                                                    Judge's signature
City and state: El Paso, Texas                      Miguel A. Torres, U.S. Magistrate Judge
"""]

add(id="bggg15", format="eml", template="HSI special agent email with AO 93 search warrant PDF (smuggling case), 2 subjects",
eml=dict(kind="plain", date=(2026, 10, 30, 9, 12), tz=-6,
 **{"from": "Daniel Ortega-Whitfield <daniel.ortega-whitfield@ice.dhs.gov>", "to": "open.records@twc.texas.gov",
 "cc": "ERO-ElPaso-Liaison@ice.dhs.gov", "subject": "Federal search warrant - TWC records (EP:26-M-02291)"},
 body="""TWC Office of General Counsel,

Homeland Security Investigations (HSI El Paso) is conducting a criminal investigation into a human smuggling and money laundering organization. Attached is a federal search warrant issued under Fed. R. Crim. P. 41 by the U.S. District Court for the Western District of Texas, for wage, employer and address records of two individuals.

Please produce the records electronically to me by November 12. I can be reached on my cell if anything in Attachment A is unclear.

Respectfully,

Daniel Ortega-Whitfield
Special Agent
Homeland Security Investigations - El Paso
11541 Montana Ave, El Paso, TX 79936
Cell: 915-555-0127
""",
 attach=[dict(type="pdf", name="EP26-M-02291_warrant.pdf", pages=AO93)]),
label=L("dhs-ice-hsi", "Homeland Security Investigations - El Paso", "Daniel Ortega-Whitfield", "Special Agent",
        "daniel.ortega-whitfield@ice.dhs.gov", "915-555-0127",
        [("Efraín Salcido Barraza", "1975-10-02", []), ("Lucía Margarita Ochoa de León", "1983-01-14", [])],
        ["FRCrP 41", "8 USC 1324", "18 USC 1956", "18 USC 3103a", "18 USC 2705"], "judicial_warrant", "AO 93",
        "criminal_investigation", ["wages", "employment", "address"], "email"))

add(id="bggg16", format="eml", template="DMV staff forwards police officer's bare address request as attached message/rfc822",
eml=dict(kind="fwd", date=(2026, 11, 3, 13, 30), tz=-8,
 **{"from": "Janelle Ortiz <janelle.ortiz@odot.oregon.gov>", "to": "DMV Privacy Office <dmv.privacy@odot.oregon.gov>",
 "subject": "FW: address check"},
 body="""Privacy team - this came into the customer records inbox. Forwarding for logging/decision. Original attached.

Janelle Ortiz
DMV Customer Records, Salem
""",
 fwd={"from": "Kristoffer Lindqvist <kristoffer.lindqvist@police.portlandoregon.gov>",
      "to": "dmv.customerrecords@odot.oregon.gov", "subject": "address check", "date": (2026, 11, 3, 10, 2),
      "body": """Hi,

Can you send me the current address you have on file for Anh Tuan Pham, DOB 2 Jun 1978? Thanks.

Officer Kristoffer Lindqvist #58821
Portland Police Bureau, North Precinct
503-555-0149
"""}),
label=L("local-police", "Portland Police Bureau, North Precinct", "Kristoffer Lindqvist", "Officer",
        "kristoffer.lindqvist@police.portlandoregon.gov", "503-555-0149",
        [("Anh Tuan Pham", "1978-06-02", [])], [], "none", None, "unknown", ["address"], "email"))

IRS = ["""Form 2039 (Rev. 12-2001)
^^SUMMONS
^Department of the Treasury - Internal Revenue Service
In the matter of:  BOGDAN PETROVICH KRAVETS, 8814 W. 79th St., Overland Park, KS 66204
Internal Revenue Service (Division): Criminal Investigation
Periods: Tax years ending December 31, 2022, 2023 and 2024
---
^The Commissioner of Internal Revenue
To: Custodian of Records, Kansas Department of Labor, 401 SW Topeka Blvd., Topeka, KS 66603

You are hereby summoned and required to appear before Special Agent Grace Whitcombe-Nakamura, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data:

All quarterly wage records reported for BOGDAN PETROVICH KRAVETS (DOB 1972-11-08, SSN ending 5093), and the name and address of every employer reporting wages, for calendar years 2022 through 2024.

Place and time for appearance: 2 Pershing Square, 2300 Main St., Kansas City, MO 64108, on December 2, 2026, at 10:00 a.m.

Issued under authority of the Internal Revenue Code this 6th day of November, 2026.
Signature of issuing officer: ____________  Special Agent     Signature of approving officer: ____________ Supervisory Special Agent
---
Provisions of the Internal Revenue Code: 26 U.S.C. § 7602 (examination of books and witnesses); 26 U.S.C. § 7603 (service of summons); 26 U.S.C. § 7604 (enforcement of summons) - if any person neglects or refuses to obey such summons, the United States District Court for the district in which such person resides shall have jurisdiction to compel compliance.
"""]

add(id="bggg17", format="eml", template="IRS-CI special agent email with Form 2039 summons as PNG scan",
eml=dict(kind="alt", date=(2026, 11, 6, 15, 48), tz=-6,
 **{"from": "Whitcombe-Nakamura Grace <grace.whitcombe-nakamura@ci.irs.gov>", "to": "kdol.legal@ks.gov",
 "subject": "IRS Summons - Kansas DOL wage records"},
 body="""Good afternoon,

Please see the attached IRS summons (Form 2039) for wage records. This summons is issued in connection with a criminal investigation of tax evasion under 26 U.S.C. § 7201. In lieu of appearance, certified copies mailed or e-mailed to me will satisfy the summons.

Grace Whitcombe-Nakamura
Special Agent, IRS Criminal Investigation - Kansas City Field Office
Tel: 816-555-0161
""",
 html="""<p>Good afternoon,</p><p>Please see the attached IRS summons (Form 2039) for wage records. This summons is issued in connection with a
criminal investigation of tax evasion under 26 U.S.C. &sect; 7201. In lieu of appearance, certified copies mailed or e-mailed to me will satisfy the summons.</p>
<p>Grace Whitcombe-Nakamura<br>Special Agent, IRS Criminal Investigation - Kansas City Field Office<br>Tel: 816-555-0161</p>""",
 attach=[dict(type="png", name="summons_kravets.png", pages=IRS, dpi=140)]),
label=L("irs-ci", "IRS Criminal Investigation - Kansas City Field Office", "Grace Whitcombe-Nakamura", "Special Agent",
        "grace.whitcombe-nakamura@ci.irs.gov", "816-555-0161",
        [("Bogdan Petrovich Kravets", "1972-11-08", [("ssn_last4", "5093")])],
        ["26 USC 7201", "26 USC 7602", "26 USC 7603", "26 USC 7604"], "administrative_subpoena", "2039",
        "criminal_investigation", ["wages", "employment"], "email"))

add(id="bggg18", format="eml", template="SSA OIG agent plain email to state labor dept, 2 subjects, rep payee not subject",
eml=dict(kind="plain", date=(2026, 10, 14, 10, 3), tz=-5,
 **{"from": "Fitzgerald, Darnell W. <darnell.fitzgerald@ssa.gov>", "to": "ra-li-ucrecords@pa.gov",
 "subject": "SSA OIG records request PH-26-0217"},
 body="""Records Unit,

The Social Security Administration, Office of the Inspector General, Office of Investigations is investigating possible violations of 42 U.S.C. § 408(a) (Social Security fraud) and 18 U.S.C. § 641 (theft of government funds). I am requesting UC claim history and quarterly wage/employer records (2023-present) for:

   - MARKOVA, Yuliya Borisovna   DOB: 23 September 1971   SSN last four 8802
   - KETTERING, Thomas E.        DOB: 1 December 1966     SSN last four 0415

Mr. Kettering's representative payee, Sharon Kettering, is not a subject and no records are requested for her.

Thank you for your assistance.

Darnell W. Fitzgerald
Special Agent
SSA OIG - Office of Investigations, Philadelphia Field Division
(215) 555-0108
darnell.fitzgerald@ssa.gov

CONFIDENTIALITY NOTICE: This e-mail may contain law enforcement sensitive information.
"""),
label=L("ssa-oig", "Social Security Administration, Office of the Inspector General, Office of Investigations",
        "Darnell W. Fitzgerald", "Special Agent", "darnell.fitzgerald@ssa.gov", "(215) 555-0108",
        [("Yuliya Borisovna Markova", "1971-09-23", [("ssn_last4", "8802")]),
         ("Thomas E. Kettering", "1966-12-01", [("ssn_last4", "0415")])],
        ["42 USC 408", "18 USC 641"], "none", None, "criminal_investigation", ["claims", "wages", "employment"], "email"))

WA_ORDER = ["""^IN THE SUPERIOR COURT OF THE STATE OF WASHINGTON
^IN AND FOR THE COUNTY OF KING
STATE OF WASHINGTON,                             No. 26-1-04418-2 SEA
                Plaintiff,
        v.                                       ORDER FOR PRODUCTION OF
OKSANA HRYHORIVNA MELNYK,                        EMPLOYMENT SECURITY RECORDS
                Defendant.

THIS MATTER having come before the undersigned judge on the application of the King County Sheriff's Office, supported by the declaration of Detective Aaron P. Sandoval, and the Court finding that the records sought are relevant to the prosecution of the defendant for Theft in the First Degree, RCW 9A.56.030, and that disclosure is authorized under RCW 50.13.070;

IT IS ORDERED that the Washington State Employment Security Department shall produce to Detective Aaron P. Sandoval, within ten days, the following records concerning OKSANA HRYHORIVNA MELNYK, date of birth August 19, 1988: (1) wage and hours records and the identity of all employers, 2025 to present; (2) residential and mailing addresses and telephone numbers of record.

DONE IN OPEN COURT this 27th day of October, 2026.

                                     ______________________________
                                     JUDGE Wendell T. Haraguchi
Presented by: Det. Aaron P. Sandoval, King County Sheriff's Office, Major Crimes Unit
"""]

add(id="bggg19", format="eml", template="sheriff detective email with Washington superior court order PDF",
eml=dict(kind="plain", date=(2026, 10, 28, 16, 10), tz=-7,
 **{"from": "Sandoval, Aaron <aaron.sandoval@kingcounty.gov>", "to": "records.request@esd.wa.gov",
 "subject": "Court order for ESD records - State v. Melnyk"},
 body="""Hello ESD Records,

Attached is a signed court order for wage, employer and contact records for Oksana Melnyk (DOB 08/19/1988). Please send responsive records to me directly.

Det. Aaron P. Sandoval
King County Sheriff's Office | Major Crimes Unit
206-555-0193 | aaron.sandoval@kingcounty.gov
""",
 attach=[dict(type="pdf", name="Order_26-1-04418-2.pdf", pages=WA_ORDER)]),
label=L("sheriff", "King County Sheriff's Office, Major Crimes Unit", "Aaron P. Sandoval", "Detective",
        "aaron.sandoval@kingcounty.gov", "206-555-0193",
        [("Oksana Hryhorivna Melnyk", "1988-08-19", [])],
        ["RCW 9A.56.030", "RCW 50.13.070"], "court_order", None, "criminal_investigation",
        ["wages", "employment", "address", "phone"], "email"))

# ================================================================ SCANNED
add(id="bggg20", format="scanned", dpi=200, rots={1: 180}, stamp="RECEIVED\nOCT 20 2026\nBMV LEGAL", font="serif",
template="scanned 2-page ERO letter to BMV, 2 subjects, second page upside down",
pages=["""^^U.S. Department of Homeland Security
^Immigration and Customs Enforcement - Enforcement and Removal Operations
^Chicago Field Office, 101 W. Ida B. Wells Dr., Chicago, IL 60605

October 14, 2026

Indiana Bureau of Motor Vehicles
Office of Legal Affairs
100 N. Senate Ave., Room N481
Indianapolis, IN 46204

Subject: Request for Driver and Vehicle Records

Dear Custodian of Records:

Pursuant to INA § 287(a) and 8 U.S.C. § 1357, ICE ERO requests driver license records, photographs, current addresses and vehicle registrations for the individuals listed on the following page. This request is made for official use only.

(continued on page 2)
""",
"""Page 2 - ICE ERO Chicago request of October 14, 2026

|*Name|*Date of Birth|*A-Number|*Indiana DL
|REYES CASTAÑEDA, Wilmer Josué|July 3, 1992|A 209 114 387|0418-22-7531
|CHÁVEZ, Ana Lucía|December 24, 1998|A 217 003 659|none known

Please e-mail responsive records to the undersigned.

Sincerely,


Jakub Nowicki
Deportation Officer
ICE ERO Chicago - Indianapolis Sub-Office
Tel: (312) 555-0166
jakub.nowicki@ice.dhs.gov
"""],
label=L("dhs-ice-ero", "Immigration and Customs Enforcement - Enforcement and Removal Operations, Chicago Field Office",
        "Jakub Nowicki", "Deportation Officer", "jakub.nowicki@ice.dhs.gov", "(312) 555-0166",
        [("Wilmer Josué Reyes Castañeda", "1992-07-03", [("a_number", "A209114387"), ("license", "0418227531")]),
         ("Ana Lucía Chávez", "1998-12-24", [("a_number", "A217003659")])],
        ["INA 287", "8 USC 1357"], "none", None, "civil_immigration", ["license", "photo", "address", "vehicle"], "mail"))

add(id="bggg21", format="scanned", dpi=220, rots={1: 90}, stamp="GDOL - LEGAL\nREC'D NOV 05 2026", font="serif",
notes={0: ("log + route to legal  -KT", (1150, 1900))},
template="scanned ADA cover letter + Georgia county grand jury subpoena duces tecum, 2 subjects, victim named",
pages=["""^^OFFICE OF THE DISTRICT ATTORNEY
^ATLANTA JUDICIAL CIRCUIT - FULTON COUNTY
^136 Pryor Street SW, Atlanta, Georgia 30303

November 2, 2026

Georgia Department of Labor
Legal Services - Subpoena Compliance
148 Andrew Young International Blvd NE, Atlanta, GA 30303

Re: Grand Jury Investigation - Identity Fraud (O.C.G.A. § 16-9-121)

Dear Custodian:

Enclosed is a grand jury subpoena duces tecum for unemployment insurance claim records, including claimant addresses, phone numbers and payment information. The victim in this matter, Beatrice Langley, reported that claims were filed in her name. The records may be delivered to my office before the appearance date in lieu of appearance.

Keisha M. Tolliver
Assistant District Attorney
404-555-0172  keisha.tolliver@fultoncountyga.gov
""",
"""^IN THE SUPERIOR COURT OF FULTON COUNTY
^STATE OF GEORGIA
^^GRAND JURY SUBPOENA DUCES TECUM
TO: Custodian of Records, Georgia Department of Labor

You are hereby commanded, all excuses being laid aside, to be and appear before the Grand Jury of Fulton County, Georgia, at the Fulton County Courthouse, 185 Central Ave SW, on the 8th day of December, 2026, at 9:00 a.m., then and there to testify and bring with you the following:

All unemployment insurance claims filed 2025 to present by or in the name of:
   OBI, Ngozi Adaeze - DOB 05/11/1984 - SSN ***-**-2290
   ABDI, Hamza Yusuf - DOB 10/30/1991
including claimant addresses, telephone numbers, IP logs and payment records.

This subpoena is issued pursuant to O.C.G.A. § 24-13-21. Herein fail not under penalty of law.

Witness the Honorable Judges of said Court, this 30th day of October, 2026.
______________________________
Deputy Clerk, Superior Court of Fulton County
Requested by: Keisha M. Tolliver, ADA
"""],
label=L("district-attorney", "Office of the District Attorney, Atlanta Judicial Circuit - Fulton County", "Keisha M. Tolliver",
        "Assistant District Attorney", "keisha.tolliver@fultoncountyga.gov", "404-555-0172",
        [("Ngozi Adaeze Obi", "1984-05-11", [("ssn_last4", "2290")]), ("Hamza Yusuf Abdi", "1991-10-30", [])],
        ["OCGA 16-9-121", "OCGA 24-13-21"], "grand_jury_subpoena", None, "criminal_investigation",
        ["claims", "address", "phone", "benefits"], "mail"))

add(id="bggg22", format="scanned", dpi=250, stamp="RECEIVED\n11/02/2026", font="sans",
template="scanned CBP Form 3115 customs summons to Secretary of State, enforcement clause",
pages=["""^DEPARTMENT OF HOMELAND SECURITY
^U.S. CUSTOMS AND BORDER PROTECTION
^^SUMMONS
>>Summons No. DET-OFO-26-077
To: Michigan Department of State, Records Custodian, 7064 Crowner Dr., Lansing, MI 48918

Under the authority of Section 509 of the Tariff Act of 1930, as amended (19 U.S.C. § 1509), you are hereby summoned and required to appear before Supervisory CBP Officer Nadia Haddad, an officer of U.S. Customs and Border Protection, at 2810 W. Fort St., Detroit, MI 48216, on November 30, 2026, at 10:00 a.m., to give testimony and produce:

Driver license record, address history, and all vehicle and trailer registration and title records for:
   LYSENKO, Viktor Ivanovich, DOB 02/28/1979, Michigan operator's license L 252 331 774 019,
   and for vehicles registered to Great Lakes Transload Co. (business - not an individual subject).

This summons is issued in connection with an inquiry into the importation of merchandise and possible violation of 18 U.S.C. § 545 (smuggling goods into the United States).

If you fail to comply with this summons, CBP may apply to the United States District Court for an order compelling compliance (19 U.S.C. § 1510).

Issued by: Nadia Haddad, Supervisory CBP Officer, Office of Field Operations, Detroit
Phone 313-555-0188    nadia.haddad@cbp.dhs.gov
Signature ______________________      Date 10/29/2026
---
CBP Form 3115 (04/09)
"""],
label=L("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Detroit", "Nadia Haddad",
        "Supervisory CBP Officer", "nadia.haddad@cbp.dhs.gov", "313-555-0188",
        [("Viktor Ivanovich Lysenko", "1979-02-28", [("license", "L252331774019")])],
        ["19 USC 1509", "19 USC 1510", "18 USC 545"], "administrative_subpoena", "3115", "criminal_investigation",
        ["license", "address", "vehicle"], "mail"))

add(id="bggg23", format="scanned", dpi=200, rots={0: 0}, stamp="NM MVD\nLEGAL BUREAU\nOCT 27 2026", font="serif",
template="scanned AUSA cover letter + AO 89 criminal trial subpoena to MVD",
pages=["""^^UNITED STATES ATTORNEY'S OFFICE
^DISTRICT OF NEW MEXICO
^201 Third Street NW, Suite 900, Albuquerque, New Mexico 87102

October 23, 2026

New Mexico Taxation and Revenue Department, Motor Vehicle Division
Custodian of Records, P.O. Box 1028, Santa Fe, NM 87504

Re: United States v. Ramón Esteban Villalobos-Tafoya, No. 26-CR-01377-KG

Dear Custodian:

Enclosed is a trial subpoena for certified MVD records of the defendant. You may comply by providing the records with a certificate of authenticity under Fed. R. Evid. 902(11) before the trial date, in which case your appearance will not be required.

Sincerely,

Hannah L. Greyeyes
Assistant United States Attorney
(505) 555-0128 | hannah.greyeyes@usdoj.gov
""",
"""AO 89 (Rev. 07/16) Subpoena to Testify at a Hearing or Trial in a Criminal Case
^UNITED STATES DISTRICT COURT
^for the District of New Mexico
United States of America v. Ramón Esteban Villalobos-Tafoya            Case No. 26-CR-01377-KG
^^SUBPOENA TO TESTIFY AT A HEARING OR TRIAL IN A CRIMINAL CASE
To: Custodian of Records, New Mexico Motor Vehicle Division

YOU ARE COMMANDED to appear in the United States district court at the time, date, and place shown below to testify in this criminal case. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place of Appearance: Pete V. Domenici U.S. Courthouse, 333 Lomas Blvd NW, Albuquerque    Courtroom No.: Hondo
Date and Time: 12/07/2026 9:00 am

You must also bring with you: certified driver license record, photograph, and vehicle registration history for RAMÓN ESTEBAN VILLALOBOS-TAFOYA, DOB June 17, 1985, NM DL 503318842. (Defendant charged under 18 U.S.C. § 922(g)(1).)

Date: 10/22/2026                        CLERK OF COURT  ______________________
                                        Signature of Clerk or Deputy Clerk
The name, address, e-mail, and telephone number of the attorney representing United States, who requests this subpoena, are: Hannah L. Greyeyes, AUSA, 201 Third St. NW, Suite 900, Albuquerque, NM 87102, hannah.greyeyes@usdoj.gov, (505) 555-0128
"""],
label=L("doj-usao", "United States Attorney's Office, District of New Mexico", "Hannah L. Greyeyes",
        "Assistant United States Attorney", "hannah.greyeyes@usdoj.gov", "(505) 555-0128",
        [("Ramón Esteban Villalobos-Tafoya", "1985-06-17", [("license", "503318842")])],
        ["FRE 902", "18 USC 922"], "court_subpoena", "AO 89", "criminal_investigation",
        ["license", "photo", "vehicle"], "mail"))

add(id="bggg24", format="scanned", dpi=200, rots={0: 90}, font="sans",
notes={0: ("pls expedite - hearing 11/18  LB", (150, 1950))},
template="scanned sheriff civil-division request form, subject among relatives, civil process (unknown purpose)",
pages=["""^^PUEBLO COUNTY SHERIFF'S OFFICE
^Civil Division - 909 Court Street, Pueblo, CO 81003
^REQUEST FOR INFORMATION - OUTSIDE AGENCY
---
Date: 11/04/2026        To: Colorado Department of Human Services, Records Custodian
Requesting Deputy: Sgt. Lorraine T. Becerra                 Phone: 719-555-0151
E-mail: lorraine.becerra@pueblocounty.us                    Our file #: CIV-26-3391

Reason for request: Locate for service of civil process (domestic relations summons).

|*Person|*DOB|*Relationship|*Info needed?
|QUINTANILLA-BACA, Rosa Elena|04/09/1976|RESPONDENT (subject)|YES - current address
|Baca, Mateo|unknown|husband of respondent|no
|Quintanilla, Inés|unknown|mother of respondent|no

Information requested:  [X] Current address  [ ] Employer  [ ] Vehicle  [ ] Photo

Public records requests are handled under the Colorado Open Records Act, C.R.S. 24-72-201 et seq.; requests from law enforcement agencies are logged by the receiving agency.

Signature: ___________________    Supervisor approval: ___________________
"""],
label=L("sheriff", "Pueblo County Sheriff's Office, Civil Division", "Lorraine T. Becerra", "Sergeant",
        "lorraine.becerra@pueblocounty.us", "719-555-0151",
        [("Rosa Elena Quintanilla-Baca", "1976-04-09", [])],
        ["CRS 24-72-201"], "none", None, "unknown", ["address"], "mail"))

# ================================================================ FAX
add(id="bggg25", format="fax", faxhdr="NOV-10-2026 06:52  ICE ERO DALLAS  2145550138  ->  4054252500",
template="faxed cover sheet + Form I-247N request for notification of release to state DOC",
pages=["""^^FAX TRANSMITTAL
^U.S. Immigration and Customs Enforcement - ERO Dallas Field Office
^8101 N. Stemmons Fwy, Dallas, TX 75247
---
TO: Oklahoma Department of Corrections - Records / Sentence Administration
FAX: 405-425-2500
FROM: IEA Colton R. Briggs        PHONE: 214-555-0138
EMAIL: colton.briggs@ice.dhs.gov
PAGES (incl. cover): 2          DATE: 11/10/2026
RE: Request for notification of release - MUÑOZ TREVIÑO, Héctor Adrián

Please see attached I-247N and return the acknowledgment by fax. Thank you.

CONFIDENTIALITY: This transmission is intended only for the addressee and may contain law enforcement sensitive information.
""",
"""DEPARTMENT OF HOMELAND SECURITY
^^REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE
^OF SUSPECTED PRIORITY ALIEN
Subject ID: 442918306     Event #: DAL2611000214     File No: A 212 567 430     Date: 11/10/2026

TO: Oklahoma DOC, Oklahoma City, OK           FROM: ICE ERO Dallas / Oklahoma City Sub-Office
Name of Alien: MUÑOZ TREVIÑO, Héctor Adrián      DOB: 06/30/1983      Citizenship: Mexico
ODOC #: 802451

DHS has reason to believe the individual is an alien subject to removal from the United States and is an enforcement priority.

IT IS REQUESTED THAT YOU: Notify DHS as early as practicable (at least 48 hours, if possible) before the individual is released from your custody. This request does not request or authorize that you detain the subject beyond the time he/she is currently scheduled for release.

Issued pursuant to sections 236 and 287 of the Immigration and Nationality Act.

Colton R. Briggs, Immigration Enforcement Agent       ____________________
(Name and title of immigration officer)               (Signature)
---
DHS Form I-247N (5/15)
"""],
label=L("dhs-ice-ero", "U.S. Immigration and Customs Enforcement - ERO Dallas Field Office", "Colton R. Briggs",
        "Immigration Enforcement Agent", "colton.briggs@ice.dhs.gov", "214-555-0138",
        [("Héctor Adrián Muñoz Treviño", "1983-06-30", [("a_number", "A212567430"), ("other", "802451")])],
        ["INA 236", "INA 287"], "detainer", "I-247N", "civil_immigration", ["other"], "fax"))

add(id="bggg26", format="fax", faxhdr="10/13/2026 14:07  NSP INV SVCS LINCOLN  402 555 0116",
template="faxed state patrol cover sheet + Nebraska county court arrest warrant, victim named",
pages=["""^^NEBRASKA STATE PATROL
^Investigative Services Division - Troop H, 3600 N.W. 12th St., Lincoln, NE 68521
^FACSIMILE COVER SHEET
---
To: Nebraska DMV - Driver & Vehicle Records                 Fax: 402-555-0100
From: Investigator Mikaela J. Strand                        Phone: 402-555-0116
Email: mikaela.strand@nebraska.gov                          Date: 13 October 2026
Pages: 2 (including cover)

Message: We hold the attached arrest warrant for FOXWORTH, Jared Lee. Request DL photo, current address on file and any vehicles registered to him, to assist in locating and arresting the subject. NSP case 26-H-1183.

Thank you - MJS
""",
"""^IN THE COUNTY COURT OF LANCASTER COUNTY, NEBRASKA
^^WARRANT FOR ARREST
STATE OF NEBRASKA, Plaintiff,  vs.  JARED LEE FOXWORTH, Defendant.          Case No. CR26-4471

THE STATE OF NEBRASKA, TO ANY PEACE OFFICER OF THE STATE:

A complaint has been filed charging that on or about September 21, 2026, in Lancaster County, Nebraska, JARED LEE FOXWORTH (DOB 01/12/1999; NE OLN H23018874) did willfully, maliciously and forcibly break and enter the real estate of Harold Eckstrom with intent to steal property of any value, in violation of Neb. Rev. Stat. § 28-507 (Burglary), a Class IIA felony.

The Court finds probable cause to believe the offense was committed by the defendant. YOU ARE THEREFORE COMMANDED to arrest the defendant and bring him before this Court without unnecessary delay, as provided by Neb. Rev. Stat. § 29-404.

Dated October 10, 2026.                          BY THE COURT:
                                                 ______________________
                                                 County Judge Rosalind Okafor-Hayes
"""],
label=L("state-police", "Nebraska State Patrol, Investigative Services Division", "Mikaela J. Strand", "Investigator",
        "mikaela.strand@nebraska.gov", "402-555-0116",
        [("Jared Lee Foxworth", "1999-01-12", [("license", "H23018874")])],
        ["NE Stat 28-507", "NE Stat 29-404"], "judicial_warrant", None, "criminal_investigation",
        ["photo", "address", "vehicle"], "fax"))

add(id="bggg27", format="fax", faxhdr="OCT 27 2026 11:18AM  TULSA POLICE DEPT  918-555-0104",
notes={0: ("pls return via fax  - RC", (1050, 1900))},
template="faxed municipal police request form to state employment commission, 2 subjects, employer victim",
pages=["""^^TULSA POLICE DEPARTMENT
^Financial Crimes Unit - 600 Civic Center, Tulsa, OK 74103
^REQUEST FOR RECORDS / INFORMATION
---
To: Oklahoma Employment Security Commission - Legal Division        Date: 10-27-2026
Requesting officer: Det. Raymond Cheng #1932        Phone: 918-555-0104
Email: rcheng@cityoftulsa.org                        TPD Case #: 2026-051877

Offense under investigation: Embezzlement, 21 O.S. § 1451. Victim business: Red Fork Auto Parts, Inc. (employer - not a subject).

|*Suspect|*DOB|*SSN (last 4)|*Records needed
|NGUYỄN, Bảo Văn|09/14/1980|7712|Employers, wages 2024-2026, address
|STROUD, Kimberly Ann|03/27/1989|3056|Employers, wages 2024-2026, address

Certification: I certify this information is requested in connection with an active criminal investigation.

Signature: ______________________      Supervisor: Lt. D. Harjo
"""],
label=L("local-police", "Tulsa Police Department, Financial Crimes Unit", "Raymond Cheng", "Detective",
        "rcheng@cityoftulsa.org", "918-555-0104",
        [("Bảo Văn Nguyễn", "1980-09-14", [("ssn_last4", "7712")]),
         ("Kimberly Ann Stroud", "1989-03-27", [("ssn_last4", "3056")])],
        ["21 OS 1451"], "none", None, "criminal_investigation", ["employment", "wages", "address"], "fax"))

add(id="bggg28", format="fax", faxhdr="2026-11-12 09:31  DOL-OIG OI SF REGION  415 555 0135",
template="faxed DOL OIG agent cover + Inspector General subpoena duces tecum to state UI agency, 2 subjects",
pages=["""^^U.S. DEPARTMENT OF LABOR - OFFICE OF INSPECTOR GENERAL
^Office of Investigations - Labor Racketeering and Fraud, San Francisco Region
^FAX
---
TO: Nevada Dept. of Employment, Training and Rehabilitation - UI Investigations    FAX: 775-555-0190
FROM: Special Agent Renée Castillo-Park     TEL: 415-555-0135     castillo-park.renee@oig.dol.gov
DATE: November 12, 2026     PAGES: 2

Attached is an Inspector General subpoena for UI claim records on two claimants in an unemployment insurance fraud investigation (18 U.S.C. §§ 1343 and 1028A). Please produce the records to me electronically by the return date.
""",
"""^UNITED STATES DEPARTMENT OF LABOR
^OFFICE OF INSPECTOR GENERAL
^^SUBPOENA DUCES TECUM
>>No. OIG-SF-26-0392
TO: Custodian of Records, Nevada DETR, 500 E. Third St., Carson City, NV 89713

Pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), YOU ARE HEREBY COMMANDED to produce the following records to Special Agent Renée Castillo-Park, U.S. Department of Labor OIG, 90 7th Street, Suite 15-200, San Francisco, CA 94103, on or before December 1, 2026:

All unemployment insurance claim records, payment histories, bank deposit information, IP addresses and claimant contact information (2024-present) for:
   BENÍTEZ CARMONA, Aurelio    DOB 11/19/1986    SSN xxx-xx-6604
   PETROVIĆ, Jovana            DOB 02/08/1994    SSN xxx-xx-1157

This subpoena is enforceable, in the case of contumacy or refusal to obey, by order of any appropriate United States district court.

Issued at Washington, D.C., this 10th day of November, 2026.
______________________________
Inspector General, U.S. Department of Labor
"""],
label=L("dol-oig", "U.S. Department of Labor - Office of Inspector General, Office of Investigations", "Renée Castillo-Park",
        "Special Agent", "castillo-park.renee@oig.dol.gov", "415-555-0135",
        [("Aurelio Benítez Carmona", "1986-11-19", [("ssn_last4", "6604")]),
         ("Jovana Petrović", "1994-02-08", [("ssn_last4", "1157")])],
        ["5 USC 406", "18 USC 1343", "18 USC 1028A"], "administrative_subpoena", None, "criminal_investigation",
        ["claims", "benefits", "address", "phone"], "fax"))

# ================================================================ TXT
add(id="bggg29", format="txt", template="law-enforcement web portal submission export (municipal PD, Wisconsin)",
text="""WISCONSIN DMV - LAW ENFORCEMENT RECORDS REQUEST PORTAL
Submission #LE-2026-004417            Submitted: 2026-11-02 15:22:09 CST
====================================================================
REQUESTING AGENCY ........ Madison Police Department
AGENCY TYPE .............. Municipal police
REQUESTER NAME ........... Brianna K. Lindahl
RANK / TITLE ............. Detective
BADGE / ID ............... 5527
PHONE .................... (608) 555-0181
E-MAIL ................... blindahl@cityofmadison.com
CASE NUMBER .............. 2026-312447
--------------------------------------------------------------------
SUBJECT 1
  Last name .............. BRANDVOLD
  First name ............. Tyler
  Middle ................. James
  Date of birth .......... 05/29/1997
  WI DL # ................ B653-1189-7240-03
--------------------------------------------------------------------
RECORDS REQUESTED ........ [x] Photo  [x] Address  [x] Vehicle registration
                           [ ] Driver history  [ ] Other
REASON / STATUTE ......... Retail theft investigation, Wis. Stat. s. 943.20;
                           suspect ID from store video.
--------------------------------------------------------------------
By submitting this form the requester certifies that the information is
sought for a law enforcement purpose permitted under 18 U.S.C. 2721(b)(1).
""",
label=L("local-police", "Madison Police Department", "Brianna K. Lindahl", "Detective", "blindahl@cityofmadison.com",
        "(608) 555-0181", [("Tyler James Brandvold", "1997-05-29", [("license", "B6531189724003")])],
        ["WI Stat 943.20", "18 USC 2721"], "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email"))

add(id="bggg30", format="txt", template="U.S. Marshals deputy message pasted from e-mail as text, warrant mentioned not attached",
text="""From: Markowski, Evan (USMS) <evan.markowski@usdoj.gov>
Sent: Tuesday, October 20, 2026 7:14 AM
To: CDLE UI Records
Subject: Fugitive locate - OLIVAS MERAZ

Good morning,

The U.S. Marshals Service, District of Colorado, is attempting to locate a federal fugitive, Jesús Alberto OLIVAS MERAZ (DOB: 2 Aug 1981), who is wanted on a federal arrest warrant for violation of supervised release (18 U.S.C. § 3583(e)). The original conviction was for possession with intent to distribute, 21 U.S.C. § 841.

Could you check whether he has filed an unemployment claim or has wages reported, and provide any address, phone number and employer on file?

Thank you,

Evan T. Markowski
Deputy U.S. Marshal
District of Colorado - Fugitive Task Force
901 19th Street, Denver, CO 80294
Desk 303-555-0112
""",
label=L("doj-usms", "U.S. Marshals Service, District of Colorado", "Evan T. Markowski", "Deputy U.S. Marshal",
        "evan.markowski@usdoj.gov", "303-555-0112", [("Jesús Alberto Olivas Meraz", "1981-08-02", [])],
        ["18 USC 3583", "21 USC 841"], "none", None, "criminal_investigation",
        ["claims", "wages", "address", "phone", "employment"], "email"))

add(id="bggg31", format="txt", template="detective's e-mail text with Colorado district court order pasted inline",
text="""Subject: Court Order - Denver District Court 26CR4418 - records request
From: Sofía Irigoyen <sofia.irigoyen@denvergov.org>
To: cdle_records@state.co.us
Date: Mon, 9 Nov 2026 10:47:33 -0700

CDLE Records,

Please find below the text of the signed order (signed copy to follow by mail). I need wage and employer records for the defendant. Thank you.

Det. Sofía Irigoyen, Denver Police Department - Major Crimes / Auto Theft
720-555-0144

-------------------------------------------------------------------------
DISTRICT COURT, CITY AND COUNTY OF DENVER, COLORADO
1437 Bannock Street, Denver, CO 80202
-------------------------------------------------------------------------
THE PEOPLE OF THE STATE OF COLORADO
v.
KOFI MENSAH ASANTE-BOATENG, Defendant                  Case No. 26CR4418
                                                        Courtroom 5C
-------------------------------------------------------------------------
ORDER FOR PRODUCTION OF RECORDS
(Colorado Department of Labor and Employment)
-------------------------------------------------------------------------
The Court, having reviewed the People's Motion and the supporting affidavit of Detective Sofía Irigoyen, and being advised that the Defendant is charged with Aggravated Motor Vehicle Theft under C.R.S. § 18-4-409, FINDS that production is required by court order within the meaning of § 24-74-103, C.R.S.

IT IS THEREFORE ORDERED that the Colorado Department of Labor and Employment produce to the Denver Police Department all quarterly wage records and the names and addresses of all employers reporting wages for KOFI MENSAH ASANTE-BOATENG, DOB 09/09/1993, from January 1, 2025 to the present.

SO ORDERED this 6th day of November, 2026.

BY THE COURT:
/s/ Hon. Marguerite L. Dunleavy
District Court Judge
""",
label=L("local-police", "Denver Police Department - Major Crimes / Auto Theft", "Sofía Irigoyen", "Detective",
        "sofia.irigoyen@denvergov.org", "720-555-0144", [("Kofi Mensah Asante-Boateng", "1993-09-09", [])],
        ["CRS 18-4-409", "CRS 24-74-103"], "court_order", None, "criminal_investigation", ["wages", "employment"], "email"))

add(id="bggg32", format="txt", template="ATF agent e-mail saved as text, 2 subjects, DPPA exemption",
text="""From: Whitney Sauer <whitney.sauer@atf.gov>
To: KYTC Driver Licensing - LE Requests <kytc.dl.lerequests@ky.gov>
Date: Thu, 29 Oct 2026 13:02:55 -0400
Subject: ATF request - photos/addresses (straw purchase inv.)

Hello,

ATF Louisville Field Division is investigating a straw-purchasing scheme (18 U.S.C. § 922(a)(6); 18 U.S.C. § 924(a)(1)(A)). Under 18 U.S.C. § 2721(b)(1) I am requesting the DL photo and address history for:

  Dakota Ray PRUITT      DOB 04/04/2001   KY OL P03229815
  Marisol GUTIÉRREZ OLMOS   DOB 12/15/2000   KY OL G51147760

The firearms dealer, Bluegrass Outdoors LLC, and its owner Wade Combs are witnesses, not subjects.

Respectfully,
SA Whitney Sauer
ATF Louisville Field Division, Louisville II Field Office
600 Dr. Martin Luther King Jr. Pl, Louisville, KY 40202
(502) 555-0197
""",
label=L("doj-atf", "ATF Louisville Field Division", "Whitney Sauer", "Special Agent", "whitney.sauer@atf.gov",
        "(502) 555-0197",
        [("Dakota Ray Pruitt", "2001-04-04", [("license", "P03229815")]),
         ("Marisol Gutiérrez Olmos", "2000-12-15", [("license", "G51147760")])],
        ["18 USC 922", "18 USC 924", "18 USC 2721"], "none", None, "criminal_investigation", ["photo", "address"], "email"))
