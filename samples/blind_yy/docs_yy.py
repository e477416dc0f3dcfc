# Document texts and labels for blind_yy. Imported by build.py.
def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}
DOCS = []
def add(**k):
    DOCS.append(k)

# ---------------------------------------------------------------- byy01
add(id="byy01", fmt="born_digital", channel="mail", template="DA cover letter + Texas state search warrant on page 2",
pages=["""
**OFFICE OF THE DISTRICT ATTORNEY — 53RD JUDICIAL DISTRICT
Travis County, Texas   |   P.O. Box 1748, Austin, Texas 78767   |   Tel. (512) 555-0143
---
February 9, 2026

Texas Workforce Commission
Open Records / Legal Process Unit
101 E. 15th Street
Austin, TX 78778-0001

Re:  State v. Héctor Ibáñez Castillo — Search Warrant for TWC Records
     DA File No. 2026-TC-00913 / APD Case 25-3310472

Dear Custodian of Records:

Enclosed please find a search warrant issued on February 6, 2026 by the Honorable Ramona Ellsworth, Judge
of the 147th District Court of Travis County, directing the production of wage and claimant records
maintained by your agency. The warrant was obtained in the course of a felony investigation into the
fraudulent use or possession of identifying information (Tex. Penal Code § 32.51).

Please deliver the records described in the warrant to Detective Marcus Oyelaran of the Austin Police
Department Financial Crimes Unit, or to my office, within ten (10) days. A business records affidavit
under Tex. R. Evid. 902(10) is enclosed for your convenience.

If you have questions, contact me directly at lauren.whitfield@traviscountytx.gov.

Sincerely,


Lauren K. Whitfield
Assistant District Attorney
Financial Crimes Division

Enclosures: Search Warrant (2 pp.); Business Records Affidavit
""", """
# THE STATE OF TEXAS                                    §
# COUNTY OF TRAVIS                                       §
## SEARCH WARRANT
# (Tex. Code Crim. Proc. art. 18.02(a)(10))

THE STATE OF TEXAS, To the Sheriff or any Peace Officer of Travis County, Texas, or any Peace Officer of the
State of Texas, GREETINGS:

WHEREAS, the Affiant, Detective Marcus Oyelaran, a peace officer employed by the Austin Police
Department, whose affidavit is attached hereto and made a part hereof for all purposes, did heretofore appear
before me and, upon oath, did state facts sufficient to establish probable cause that evidence of the offense
of Fraudulent Use or Possession of Identifying Information is located at and in the custody of:

     TEXAS WORKFORCE COMMISSION, 101 E. 15th Street, Austin, Texas.

YOU ARE THEREFORE COMMANDED to search for and seize the following items, from January 1, 2023 to the present,
pertaining to HÉCTOR IBÁÑEZ CASTILLO, date of birth 11/02/1986, Texas DL 30718842:

  1. Unemployment insurance claim files, including claimant addresses, telephone numbers and e-mail
     addresses used to file or certify claims;
  2. Quarterly wage records reported by any employer;
  3. Payment records, including debit card and direct-deposit information.

HEREIN FAIL NOT, and due return make hereof.

ISSUED this 6th day of February, 2026, at 3:42 o'clock p.m., to certify which witness my hand.


______________________________________
Ramona Ellsworth
JUDGE, 147th DISTRICT COURT
TRAVIS COUNTY, TEXAS
"""],
label=dict(req=("district-attorney", "Office of the District Attorney — 53rd Judicial District, Travis County", "Lauren K. Whitfield", "Assistant District Attorney", "lauren.whitfield@traviscountytx.gov", "(512) 555-0143"),
 subjects=[S("Héctor Ibáñez Castillo", "1986-11-02", ("license", "30718842"))],
 basis=["TX PC 32.51", "TX R Evid 902", "TX CCP 18.02"], ptype="judicial_warrant", form=None, purpose="criminal_investigation",
 records=["claims", "address", "phone", "email", "wages", "benefits"]))

# ---------------------------------------------------------------- byy02
add(id="byy02", fmt="eml", channel="email", template="FBI agent email whose body only forwards an attached sealed 2703(d) order (PDF)",
eml=dict(**{"from": "Daniel R. Hoang <drhoang@fbi.gov>", "to": "DEED Legal Process <deed.legalprocess@state.mn.us>",
 "subject": "Order - 24-mj-417 (SEALED)", "date": "Tue, 13 Jan 2026 16:02:11 -0600",
 "body": """Please see attached.

Thanks,
Dan

SA Daniel R. Hoang
Federal Bureau of Investigation, Minneapolis Division
1501 Freeway Blvd, Brooklyn Center, MN 55430
(763) 555-0118 | drhoang@fbi.gov
""",
 "attachments": [("pdf", "Order_24-mj-417_SEALED.pdf", ["""
# UNITED STATES DISTRICT COURT
# DISTRICT OF MINNESOTA

IN THE MATTER OF THE APPLICATION OF THE              Case No. 24-mj-417 (DTS)
UNITED STATES OF AMERICA FOR AN ORDER
PURSUANT TO 18 U.S.C. § 2703(d)                      FILED UNDER SEAL

## ORDER

This matter having come before the Court on the application of the United States, by Assistant United States
Attorney Karin E. Solberg, the Court finds that the applicant has offered specific and articulable facts
showing that there are reasonable grounds to believe that the records and other information described below
are relevant and material to an ongoing criminal investigation of violations of 18 U.S.C. §§ 1343 and 1349.

IT IS ORDERED, pursuant to 18 U.S.C. § 2703(d) and the All Writs Act, 28 U.S.C. § 1651, that the Minnesota
Department of Employment and Economic Development shall, within ten days of service, disclose to the Federal
Bureau of Investigation the following records for the period January 1, 2022 to present:

  a. Unemployment insurance claim records, including claimant addresses, IP addresses, e-mail addresses and
     bank account information, for:
        WARSAME, Abdirahman Yusuf     DOB 07/14/1990
        FARAH, Hodan Ali              DOB 01/29/1993
  b. Quarterly wage detail records reported for the above individuals.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that the Department shall not disclose the existence
of the application or this Order to the subscribers or any other person for a period of one year.

IT IS FURTHER ORDERED that the application and this Order are sealed until further order of the Court.

Dated: January 12, 2026                        BY THE COURT:


                                               ______________________________
                                               Teresa M. Lindqvist
                                               United States Magistrate Judge
"""])]}),
label=dict(req=("doj-fbi", "Federal Bureau of Investigation, Minneapolis Division", "Daniel R. Hoang", "Special Agent", "drhoang@fbi.gov", "(763) 555-0118"),
 subjects=[S("Abdirahman Yusuf Warsame", "1990-07-14"), S("Hodan Ali Farah", "1993-01-29")],
 basis=["18 USC 2703", "18 USC 1343", "18 USC 1349", "28 USC 1651", "18 USC 2705"], ptype="court_order", form=None,
 purpose="criminal_investigation", records=["claims", "address", "email", "other", "wages"]))

# ---------------------------------------------------------------- byy03
add(id="byy03", fmt="fax", channel="fax", template="USAO fax cover + AO 110 grand jury subpoena + attachment A",
faxhdr="FEB-02-2026 10:14  FROM: USAO EDVA ALEX  703 555 0166  TO: 18045550112",
pages=["""
## FAX TRANSMITTAL
**UNITED STATES ATTORNEY'S OFFICE — EASTERN DISTRICT OF VIRGINIA
Justin W. Williams U.S. Attorney's Building, 2100 Jamieson Avenue, Alexandria, VA 22314
---
DATE:     02/02/2026                    PAGES (incl. cover): 3
TO:       Custodian of Records, Virginia Department of Motor Vehicles — Legal Services
FAX:      (804) 555-0112
FROM:     Gregory P. Maddox, Assistant United States Attorney
PHONE:    (703) 555-0166              E-MAIL: gregory.maddox@usdoj.gov
RE:       Grand Jury Subpoena No. 26-GJ-0219

MESSAGE:
Attached is a federal grand jury subpoena for DMV records. Personal appearance is excused if certified
records are delivered to Special Agent Olivia Marchetti (HSI Washington) on or before the return date.
Please do not disclose the existence of this subpoena; see Fed. R. Crim. P. 6(e).

CONFIDENTIALITY NOTICE: This facsimile contains information that is confidential and may be law
enforcement sensitive. If you received it in error, notify the sender at (703) 555-0166 and destroy it.
""", """
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
# for the
# Eastern District of Virginia
## SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To:  Custodian of Records
     Virginia Department of Motor Vehicles, 2300 West Broad Street, Richmond, VA 23220

     YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown
below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge
or a court officer allows you to leave.

Place: Albert V. Bryan U.S. Courthouse, 401 Courthouse Square,      Date and Time:
       Alexandria, VA 22314, Grand Jury Room 2                      03/03/2026 9:30 am

     You must also bring with you the following documents, electronically stored information, or objects:
     SEE ATTACHMENT A.

Date: 02/02/2026                          CLERK OF COURT

                                          ______________________________
                                          Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States
attorney, who requests this subpoena, are:
Gregory P. Maddox, AUSA, 2100 Jamieson Ave., Alexandria, VA 22314, gregory.maddox@usdoj.gov, (703) 555-0166
""", """
# ATTACHMENT A — Subpoena No. 26-GJ-0219

For each person below, produce certified copies of:
  1. Driver's licence and identification card applications, including all documents submitted as proof of
     identity and legal presence, and every photograph on file;
  2. Current and prior mailing and residential addresses;
  3. Vehicle registration and title records.

  NGUYEN, Van Thanh         DOB: May 22, 1979        VA Customer No. T61-22-4081
  BONDARENKO, Kateryna      DOB: December 3, 1988    VA Customer No. B47-90-1135

Records may be accompanied by a certification of the custodian in lieu of testimony.
"""],
label=dict(req=("doj-usao", "United States Attorney's Office — Eastern District of Virginia", "Gregory P. Maddox", "Assistant United States Attorney", "gregory.maddox@usdoj.gov", "(703) 555-0166"),
 subjects=[S("Van Thanh Nguyen", "1979-05-22", ("license", "T61224081")), S("Kateryna Bondarenko", "1988-12-03", ("license", "B47901135"))],
 basis=["FRCrP 6"], ptype="grand_jury_subpoena", form="AO 110", purpose="criminal_investigation",
 records=["license", "identity_documents", "photo", "address", "vehicle"]))

# ---------------------------------------------------------------- byy04
add(id="byy04", fmt="scanned", channel="mail", template="DHS I-138 Immigration Enforcement Subpoena (scan, page 2 upside down)",
rots=[0, 180],
pages=["""
# DEPARTMENT OF HOMELAND SECURITY
## IMMIGRATION ENFORCEMENT SUBPOENA
# To Appear and/or Produce Records
                                                        Subpoena Number: ERO-PHO-2026-00318
In the matter of: MAURICIO GÓMEZ OCHOA, File No. A208 514 377, DOB 03/09/1984

To:  Custodian of Records, Arizona Department of Economic Security, Unemployment Insurance Administration
     1789 W. Jefferson Street, Phoenix, AZ 85007

By the authority of section 235(d) of the Immigration and Nationality Act (8 U.S.C. § 1225(d)) and 8 C.F.R.
§ 287.4, you are hereby commanded to produce the records and documents described below, which relate to the
subject's admissibility and removability from the United States:

  - All wage records reported for the subject by any employer from 2022 to the present;
  - Names and addresses of each reporting employer;
  - The subject's last known residential address and telephone number.

Produce to: Deportation Officer, ICE ERO Phoenix, 2035 N. Central Ave., Phoenix, AZ 85004, on or before
April 1, 2026.

Failure to comply with this subpoena may result in the Department of Homeland Security seeking enforcement
of the subpoena in a United States District Court.

Date of issuance: March 4, 2026

Signature: ______________________________     Name: Raymond T. Castellanos
Title: Acting Field Office Director, ERO Phoenix      Tel: (602) 555-0131
                                                                      Form I-138 (Rev. 08/01/07)
""", """
# INSTRUCTIONS / CERTIFICATE OF SERVICE

Records may be mailed or delivered in lieu of personal appearance. Direct questions to the issuing officer,
Raymond T. Castellanos, (602) 555-0131, raymond.t.castellanos@ice.dhs.gov.

Service: [X] by certified mail     [ ] in person        Served by: R. Castellanos   Date: 03/04/2026

Received by (agency): ______________________ Date: __________
"""],
label=dict(req=("dhs-ice-ero", "Department of Homeland Security — ICE ERO Phoenix", "Raymond T. Castellanos", "Acting Field Office Director", "raymond.t.castellanos@ice.dhs.gov", "(602) 555-0131"),
 subjects=[S("Mauricio Gómez Ochoa", "1984-03-09", ("a_number", "A208514377"))],
 basis=["INA 235", "8 USC 1225", "8 CFR 287.4"], ptype="administrative_subpoena", form="I-138", purpose="civil_immigration",
 records=["wages", "employment", "address", "phone"]))

# ---------------------------------------------------------------- byy05
add(id="byy05", fmt="txt", channel="email", template="pasted online request-form submission, local police, no reason",
text="""
========================================================================
OREGON EMPLOYMENT DEPARTMENT - LAW ENFORCEMENT INFORMATION REQUEST
Online submission #LE-2026-00741        Submitted: 2026-02-11 14:06 PST
========================================================================
Requesting agency ............ Gresham Police Department
Officer name ................. Ofc. Brandon Tollefsen
Badge / ID ................... 4471
Work e-mail .................. btollefsen@greshamoregon.gov
Work phone ................... 503-555-0162
Agency ORI ................... OR0260300

SUBJECT 1
  Last name .................. KOWALCZYK
  First name ................. Piotr
  Middle ..................... Andrzej
  Date of birth .............. 04/17/1982
  SSN (last 4) ............... 
INFORMATION REQUESTED
  [x] Current address     [x] Current employer     [ ] Wage history
  [ ] Claim history       [ ] Other: ____________

Purpose of request / case number:
  attempting to locate

Legal authority (if known):
  ORS 657.665

I certify that I am a sworn law enforcement officer and that the
information requested will be used for official purposes only.
  [x] I agree        Electronic signature: B. Tollefsen
========================================================================
""",
label=dict(req=("local-police", "Gresham Police Department", "Brandon Tollefsen", "Officer", "btollefsen@greshamoregon.gov", "503-555-0162"),
 subjects=[S("Piotr Andrzej Kowalczyk", "1982-04-17")], basis=["ORS 657.665"], ptype="none", purpose="unknown",
 records=["address", "employment"]))

# ---------------------------------------------------------------- byy06
add(id="byy06", fmt="eml", channel="email", template="ERO email with I-247A as PNG attachment, no I-200/I-205",
eml={"from": "Barrow, Jessica M <Jessica.M.Barrow@ice.dhs.gov>", "to": "DOC Records Office <docrecords@widoc.wi.gov>",
 "subject": "Detainer - NUNEZ PAREDES, Luis Alberto - DOC# 00712385", "date": "Mon, 23 Feb 2026 08:47:30 -0600",
 "body": """Good morning,

Attached is an immigration detainer (I-247A) for the below subject, currently housed at Dodge Correctional
Institution. Please lodge the detainer and advise of his scheduled release date. If available, please also
send the release address on file.

  NÚÑEZ PAREDES, Luis Alberto
  DOB: 30-Sep-1991
  DOC #: 00712385
  A#: 201-334-958

Thank you for your assistance.

Jessica M. Barrow
Supervisory Detention and Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations – Chicago Field Office, Milwaukee Sub-Office
Office: (414) 555-0175
""",
 "attachments": [("png", "I-247A_NUNEZ-PAREDES.png", ["""
# DEPARTMENT OF HOMELAND SECURITY
## IMMIGRATION DETAINER – NOTICE OF ACTION
Subject ID: 391224718          Event #: MIL2602000143          File No: A201334958          Date: 02/23/2026
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
    Wisconsin Department of Corrections, Dodge Correctional Institution, Waupun, WI
FROM: (Department of Homeland Security Office Address)
    ICE ERO Milwaukee, 310 E. Knapp St., Milwaukee, WI 53202
Name of Alien: NÚÑEZ PAREDES, Luis Alberto        Date of Birth: 09/30/1991     Citizenship: Mexico     Sex: M

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION
IS BASED ON (complete box 1 or 2):
  [X] a final order of removal against the alien;
  [ ] the pendency of ongoing removal proceedings against the alien;
  [ ] biometric confirmation of the alien's identity and a records check of federal databases;
  [ ] statements made by the alien to an immigration officer and/or other reliable evidence.

IT IS THEREFORE REQUESTED THAT YOU:
 • Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from
   your custody.
 • Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would
   otherwise have been released from your custody to allow DHS to assume custody.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation,
parole, release, diversion, custody classification, work, quarter assignments, or other matters. This request
is issued under sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

Jessica M. Barrow, SDDO                          ______________________________
(Name and title of Immigration Officer)          (Signature of Immigration Officer)
                                                                           DHS Form I-247A (3/17)
"""])]},
label=dict(req=("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Chicago Field Office, Milwaukee Sub-Office", "Jessica M. Barrow", "Supervisory Detention and Deportation Officer", "Jessica.M.Barrow@ice.dhs.gov", "(414) 555-0175"),
 subjects=[S("Luis Alberto Núñez Paredes", "1991-09-30", ("a_number", "A201334958"), ("other", "00712385"))],
 basis=["INA 236", "INA 287", "8 CFR 287.7"], ptype="detainer", form="I-247A", purpose="civil_immigration",
 records=["other", "address"]))

# ---------------------------------------------------------------- byy07
add(id="byy07", fmt="born_digital", channel="mail", template="ERO cover letter + I-205 warrant of removal (judge checkbox unticked)",
pages=["""
**U.S. Department of Homeland Security
**U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations · Newark Field Office · 970 Broad Street, Newark, NJ 07102
---
January 27, 2026

New Jersey Motor Vehicle Commission
Legal & Regulatory Affairs — Records Request Unit
P.O. Box 162, Trenton, NJ 08666-0162

RE: Request for Information — HNATYUK, Oleksandr (A# 087 654 321)

To Whom It May Concern:

U.S. Immigration and Customs Enforcement (ICE) respectfully requests the following information concerning
the individual named below, who is subject to a final order of removal. A copy of the Warrant of
Removal/Deportation (Form I-205) is enclosed.

     Name:  Oleksandr HNATYUK            DOB: 11 Feb 1989          NJ DL: H3382 40117 08891

Information requested: current and previous residential addresses; the most recent licence photograph;
any vehicles registered to the subject (plate, make, model).

This request is made pursuant to 8 U.S.C. § 1357 and 8 U.S.C. § 1231. The information will be used for
official purposes only. Please direct your response to the undersigned.

Respectfully,


Dmitri V. Salas
Deportation Officer
Fugitive Operations Team, ERO Newark
(973) 555-0127  |  dmitri.salas@ice.dhs.gov

Enclosure: Form I-205
""", """
# U.S. Department of Homeland Security                                     Warrant of Removal/Deportation
## WARRANT OF REMOVAL/DEPORTATION
                                                                          File No: A087654321
                                                                          Date: 10/14/2025
To any immigration officer of the United States Department of Homeland Security:

     Oleksandr HNATYUK
     (Full name of alien)

who entered the United States at  New York, NY  on  06/02/2016
                                  (Place of entry)     (Date of entry)

is subject to removal/deportation from the United States, based upon a final order by:
   [X] an immigration judge in exclusion, deportation, or removal proceedings
   [ ] a designated official
   [ ] the Board of Immigration Appeals
   [ ] a United States District or Magistrate Court Judge

and pursuant to the following provisions of the Immigration and Nationality Act:
   section 237(a)(1)(B)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary
of Homeland Security under the laws of the United States and by his or her direction, command you to take into
custody and remove from the United States the above-named alien, pursuant to law, at the expense of:
the appropriation "Enforcement and Removal Operations."

                                            ______________________________
                                            (Signature of immigration officer)
                                            Carla M. Whitcombe, Field Office Director
                                            Newark, New Jersey (Title and location)
                                                                        Form I-205 (Rev. 08/01/07)
"""],
label=dict(req=("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Newark Field Office", "Dmitri V. Salas", "Deportation Officer", "dmitri.salas@ice.dhs.gov", "(973) 555-0127"),
 subjects=[S("Oleksandr Hnatyuk", "1989-02-11", ("a_number", "A087654321"), ("license", "H33824011708891"))],
 basis=["8 USC 1357", "8 USC 1231", "INA 237"], ptype="administrative_warrant", form="I-205", purpose="civil_immigration",
 records=["address", "photo", "vehicle"]))

# ---------------------------------------------------------------- byy08
add(id="byy08", fmt="born_digital", channel="mail", template="AO 89 criminal trial subpoena requested by AUSA (D. Alaska)",
pages=["""
AO 89 (Rev. 08/09) Subpoena to Testify at a Hearing or Trial in a Criminal Case
# UNITED STATES DISTRICT COURT
# for the
# District of Alaska

     United States of America                    )
                v.                                )     Case No. 3:25-cr-00061-SLG
     TRAVIS DALE OAKES,                           )
                Defendant                         )

## SUBPOENA TO TESTIFY AT A HEARING OR TRIAL IN A CRIMINAL CASE

To:  Records Custodian, Alaska Division of Motor Vehicles, 1300 W. Benson Blvd., Anchorage, AK 99503

     YOU ARE COMMANDED to appear in the United States district court at the time, date, and place shown below
to testify in this criminal case. When you arrive, you must remain at the court until the judge or a court
officer allows you to leave.

Place of Appearance: James M. Fitzgerald U.S. Courthouse,        Courtroom No.: 3
                     222 W. 7th Avenue, Anchorage, AK 99513       Date and Time: 04/13/2026 8:30 am

     You must also bring with you the following documents, electronically stored information, or objects:
     Certified driver licence record and all photographs for Travis Dale OAKES, DOB 10/19/1977, AK DL 7720415;
     vehicle registration and title history for any vehicle registered to him, 2021 to present.
     A certification of the records custodian under Fed. R. Evid. 902(11) may be provided in lieu of appearance.

(SEAL)                                               CLERK OF COURT
Date: 03/16/2026                                     ______________________________
                                                     Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the attorney representing (name of party)
United States of America, who requests this subpoena, are:
Miriam J. Tallbear, Assistant U.S. Attorney, 222 W. 7th Ave., #9, Anchorage, AK 99513
miriam.tallbear@usdoj.gov  (907) 555-0104
""", """
AO 89 (Rev. 08/09) (Page 2)
# PROOF OF SERVICE

This subpoena for (name of individual and title, if any) Records Custodian, Alaska DMV was received by me on
(date) 03/17/2026.
   [X] I served the subpoena by delivering a copy to the named person as follows: certified mail.

Note: The defendant is charged by indictment with carjacking, in violation of 18 U.S.C. § 2119, and with being
a felon in possession of a firearm. Trial subpoenas are issued under Fed. R. Crim. P. 17.
Questions may be directed to AUSA Tallbear or to Victim-Witness Coordinator Helen Ahnangnatoguk, (907) 555-0109.
"""],
label=dict(req=("doj-usao", "United States Attorney's Office, District of Alaska", "Miriam J. Tallbear", "Assistant U.S. Attorney", "miriam.tallbear@usdoj.gov", "(907) 555-0104"),
 subjects=[S("Travis Dale Oakes", "1977-10-19", ("license", "7720415"))],
 basis=["FRE 902", "18 USC 2119", "FRCrP 17"], ptype="court_subpoena", form="AO 89", purpose="criminal_investigation",
 records=["license", "photo", "vehicle"]))

# ---------------------------------------------------------------- byy09
add(id="byy09", fmt="scanned", channel="mail", template="sheriff cover letter + Ohio search warrant + return/inventory (scan, page 3 sideways)",
rots=[0, 0, 90],
pages=["""
**FRANKLIN COUNTY SHERIFF'S OFFICE
Special Investigations Unit · 410 S. High Street, Columbus, Ohio 43215 · (614) 555-0183
---
March 12, 2026

Ohio Department of Job and Family Services
Office of Legal Services — Subpoena/Warrant Compliance
30 E. Broad Street, 31st Floor, Columbus, OH 43215

Re: FCSO Case 26-011482 — Search Warrant executed 03/05/2026

Custodian:

Enclosed for your files are copies of the above search warrant and the return and inventory filed with the
Court. Thank you for the records your office produced on March 5. As discussed with your staff, please also
provide the updated benefit issuance history (SNAP/cash) for both subjects through March 1, 2026, which the
warrant also covers and which was not yet available at the time of service.

Respectfully,

Det. Sgt. Anthony J. Ferraro, #1127
Special Investigations Unit
aferraro@franklincountyohio.gov
""", """
# IN THE FRANKLIN COUNTY COURT OF COMMON PLEAS, COLUMBUS, OHIO
## SEARCH WARRANT
# (R.C. 2933.21; Crim.R. 41)
STATE OF OHIO, FRANKLIN COUNTY, ss:
To the Sheriff of Franklin County, Ohio, or any law enforcement officer:

WHEREAS there has been filed with me an affidavit, of which a copy is attached, and I am satisfied that there
is probable cause to believe that evidence of the offenses of Theft (R.C. 2913.02) and Identity Fraud
(R.C. 2913.49) is located at the Ohio Department of Job and Family Services, 30 E. Broad St., Columbus, namely:

  Records of public assistance applications, eligibility determinations, benefit issuance and EBT card history,
  addresses and telephone numbers reported, for:
     WHITAKER, Jamal Terrell     DOB 06/01/1985
     PRUITT, DeShawn Marcus      DOB 1992-02-17

You are commanded to search the place named for the property specified, serving this warrant and making the
search in the daytime, within three days, and to leave a copy of this warrant with an inventory of the property
taken, and to return this warrant to me promptly.

Issued March 4, 2026                           ______________________________
                                               Judge Patricia Ng-Sorensen
                                               Court of Common Pleas, Franklin County
""", """
## RETURN AND INVENTORY
Received this warrant on 03/04/2026 and executed it on 03/05/2026 at 10:20 a.m. at ODJFS, 30 E. Broad St.

Inventory of property taken:
  1. Printed case file, WHITAKER, Jamal T. — 84 pages (benefit issuance, application, address history)
  2. Printed case file, PRUITT, DeShawn M. — 61 pages
  3. One CD-R, EBT transaction history, both subjects

Inventory made in the presence of: Denise Albrecht, ODJFS Legal Services.
I swear that this inventory is a true and detailed account of all property taken by me on the warrant.

Det. Sgt. A. J. Ferraro #1127                 Subscribed and sworn before me 03/06/2026
                                              Judge Patricia Ng-Sorensen
"""],
label=dict(req=("sheriff", "Franklin County Sheriff's Office", "Anthony J. Ferraro", "Detective Sergeant", "aferraro@franklincountyohio.gov", "(614) 555-0183"),
 subjects=[S("Jamal Terrell Whitaker", "1985-06-01"), S("DeShawn Marcus Pruitt", "1992-02-17")],
 basis=["ORC 2933.21", "OH CrimP 41", "ORC 2913.02", "ORC 2913.49"], ptype="judicial_warrant", form=None, purpose="criminal_investigation",
 records=["benefits", "claims", "address", "phone"]))

# ---------------------------------------------------------------- byy10
add(id="byy10", fmt="eml", channel="email", template="informal HSI agent email, document-fraud case, no process",
eml={"from": "Carrasco-Vidal, Yesenia <Yesenia.Carrasco-Vidal@ice.dhs.gov>", "to": "lawenforcement.requests@flhsmv.gov",
 "subject": "quick DL request - HSI Tampa", "date": "Thu, 05 Mar 2026 11:19:02 -0500",
 "body": """Hi there,

Hoping you can help me out again. I'm working a document fraud case (counterfeit permanent resident cards,
18 USC 1546) and need the DL photo and the address of record for the two people below:

 - Wilmer Antonio de la Cruz Batista, DOB 3/14/1992, FL DL D426-118-92-054-0
 - PHAM, Anh Thi — DOB 1995-08-08 (no DL # on hand, possibly ID card only)

Photos as JPG are fine. Thanks a lot!

Yesenia

Yesenia Carrasco-Vidal
Special Agent
Homeland Security Investigations – Tampa
U.S. Immigration and Customs Enforcement
Desk: 813-555-0171
""",
 "html": """<html><body><p>Hi there,</p><p>Hoping you can help me out again. I'm working a document fraud case (counterfeit permanent resident cards, 18 USC 1546) and need the DL photo and the address of record for the two people below:</p><ul><li>Wilmer Antonio de la Cruz Batista, DOB 3/14/1992, FL DL D426-118-92-054-0</li><li>PHAM, Anh Thi &mdash; DOB 1995-08-08 (no DL # on hand, possibly ID card only)</li></ul><p>Photos as JPG are fine. Thanks a lot!</p><p>Yesenia</p><p style="color:#335">Yesenia Carrasco-Vidal<br>Special Agent<br>Homeland Security Investigations &ndash; Tampa<br>U.S. Immigration and Customs Enforcement<br>Desk: 813-555-0171</p></body></html>"""},
label=dict(req=("dhs-ice-hsi", "Homeland Security Investigations – Tampa", "Yesenia Carrasco-Vidal", "Special Agent", "Yesenia.Carrasco-Vidal@ice.dhs.gov", "813-555-0171"),
 subjects=[S("Wilmer Antonio de la Cruz Batista", "1992-03-14", ("license", "D426118920540")), S("Anh Thi Pham", "1995-08-08")],
 basis=["18 USC 1546"], ptype="none", purpose="criminal_investigation", records=["photo", "address"]))

# ---------------------------------------------------------------- byy11
add(id="byy11", fmt="born_digital", channel="mail", template="state police letter citing a court docket number, nothing attached",
pages=["""
**PENNSYLVANIA STATE POLICE
Troop K — Philadelphia · Criminal Investigation Unit
2201 Belmont Avenue, Philadelphia, PA 19131 · (215) 555-0150
---
PSP Incident No. PA2025-1187734

20 January 2026

Department of Labor & Industry
Office of Unemployment Compensation — Law Enforcement Liaison
651 Boas Street, Harrisburg, PA 17121

SUBJECT:  Commonwealth v. Dariusz WIŚNIEWSKI et al., Docket No. CP-51-CR-0004412-2025
          (Philadelphia County Court of Common Pleas)

Sir or Madam,

The above-captioned matter is pending trial in the Court of Common Pleas. The defendants are charged with
access device fraud (18 Pa.C.S. § 4106) and theft by deception (18 Pa.C.S. § 3922) arising from unemployment
compensation claims filed in the names of identity-theft victims, including Mildred A. Haynes and Roberto
Lentini.

In support of the prosecution, I request certified copies of the following records for the period
March 2023 – present:
   • UC claim applications, including mailing addresses, e-mail addresses and bank routing data;
   • Quarterly wage records reported for each defendant.

   Dariusz WIŚNIEWSKI     DOB 1984-09-02
   Tomasz Jan ZIELIŃSKI   DOB 1987-04-30

No subpoena accompanies this letter; if your office requires one, please let me know and the assigned
Assistant District Attorney will obtain it.

Very truly yours,


Cpl. Andrea M. Vukovich
Criminal Investigation Unit, Troop K
avukovich@pa.gov
"""],
label=dict(req=("state-police", "Pennsylvania State Police, Troop K", "Andrea M. Vukovich", "Corporal", "avukovich@pa.gov", "(215) 555-0150"),
 subjects=[S("Dariusz Wiśniewski", "1984-09-02"), S("Tomasz Jan Zieliński", "1987-04-30")],
 basis=["18 PaCS 4106", "18 PaCS 3922"], ptype="none", purpose="criminal_investigation",
 records=["claims", "address", "email", "other", "wages"]))

# ---------------------------------------------------------------- byy12
add(id="byy12", fmt="fax", channel="fax", template="sheriff faxed request-for-information form (2 pp.)",
faxhdr="03/10/2026 15:31  MOBILE CO SO INVESTIGATIONS  251-555-0139",
pages=["""
## MOBILE COUNTY SHERIFF'S OFFICE
# REQUEST FOR INFORMATION — OUTSIDE AGENCY
---
TO AGENCY:   Alabama Department of Workforce — UC Division, Benefit Payment Control
FAX:         (334) 555-0108            DATE: 03/10/2026

CASE NO.:    2026-004417
OFFENSE:     Theft of Property 1st Degree — Code of Ala. 1975, § 13A-8-3

SUBJECT
  LAST:  ESPINOZA-RÍOS             FIRST:  Marisol          MIDDLE:  Guadalupe
  DOB:   12/09/1990                SSN:    XXX-XX-4471       RACE/SEX: W/F
  LAST KNOWN ADDR: 2210 Dauphin Island Pkwy, Mobile, AL

INFORMATION REQUESTED (check all that apply)
  [X] Current employer(s)    [X] Wage history (last 4 quarters)    [X] Address of record
  [ ] UC claim history       [ ] Other ________________________

REQUESTING INVESTIGATOR:  Inv. Clayton R. Boudreaux
PHONE: 251-555-0139      E-MAIL: cboudreaux@mobilecountyal.gov

SUPERVISOR APPROVAL:  Lt. K. Dunaway
""", """
# CONFIDENTIALITY NOTICE

This facsimile and the documents accompanying it contain confidential law-enforcement information.
Dissemination is limited to the agency named above. If you are not the intended recipient, any disclosure,
copying or distribution is prohibited. Please notify the Mobile County Sheriff's Office at 251-555-0139.

Please return responsive records by fax to 251-555-0140, Attn: Inv. Boudreaux.
"""],
label=dict(req=("sheriff", "Mobile County Sheriff's Office", "Clayton R. Boudreaux", "Investigator", "cboudreaux@mobilecountyal.gov", "251-555-0139"),
 subjects=[S("Marisol Guadalupe Espinoza-Ríos", "1990-12-09", ("ssn_last4", "4471"))],
 basis=["AL Code 13A-8-3"], ptype="none", purpose="criminal_investigation", records=["employment", "wages", "address"]))

# ---------------------------------------------------------------- byy13
add(id="byy13", fmt="eml", channel="email", template="DEA agent email with attached 21 USC 876 administrative subpoena PDF",
eml={"from": "\"Delacroix, Connor J.\" <Connor.J.Delacroix@dea.gov>", "to": "dorrecords@dor.mo.gov",
 "cc": "Lindahl, Howard E. <Howard.E.Lindahl@dea.gov>",
 "subject": "DEA Subpoena GS-26-118032 / Missouri DOR", "date": "Wed, 18 Feb 2026 09:12:45 -0600",
 "body": """Custodian of Records,

Attached is a DEA administrative subpoena for driver licence and motor vehicle records. Electronic production
to this e-mail address is acceptable. Please do not notify the subjects.

V/r,
Connor J. Delacroix
Special Agent, DEA St. Louis Division, Kansas City District Office
Office (816) 555-0122
""",
 "attachments": [("pdf", "GS-26-118032.pdf", ["""
# U.S. Department of Justice
# Drug Enforcement Administration
## SUBPOENA
                                                     Subpoena No. GS-26-118032
                                                     DEA Case No. R2-26-0044
TO:  Custodian of Records, Missouri Department of Revenue, Motor Vehicle and Driver Licensing Division,
     301 W. High Street, Jefferson City, MO 65101

By the authority of Title 21, United States Code, Section 876, you are hereby required to appear before
Special Agent Connor J. Delacroix, an officer of the Drug Enforcement Administration, at 8600 NW 112th Street,
Kansas City, MO, on March 4, 2026, and to produce the following records, which are relevant and material to an
investigation into violations of 21 U.S.C. §§ 841 and 846:

  Driver licence records, photographs, addresses and vehicle registrations for:
     FAIRLEY, Reginald Otis      DOB 01/16/1981     MO DL F412557031
     FAIRLEY, Yolanda Marie      DOB 07/02/1983

Production of the records by mail or e-mail in lieu of appearance is acceptable.
In the event of refusal to comply, this subpoena may be enforced by order of a United States District Court
pursuant to 21 U.S.C. § 876(c).

Issued: February 18, 2026            ______________________________
                                     Connor J. Delacroix, Special Agent
                                     (Issuing Officer)                    DEA Form 4/IS
"""])]},
label=dict(req=("doj-dea", "Drug Enforcement Administration, St. Louis Division, Kansas City District Office", "Connor J. Delacroix", "Special Agent", "Connor.J.Delacroix@dea.gov", "(816) 555-0122"),
 subjects=[S("Reginald Otis Fairley", "1981-01-16", ("license", "F412557031")), S("Yolanda Marie Fairley", "1983-07-02")],
 basis=["21 USC 876", "21 USC 841", "21 USC 846"], ptype="administrative_subpoena", form=None, purpose="criminal_investigation",
 records=["license", "photo", "address", "vehicle"]))

# ---------------------------------------------------------------- byy14
add(id="byy14", fmt="born_digital", channel="mail", template="IRS summons (Form 2039 style) issued by IRS-CI special agent",
pages=["""
## Summons
In the matter of:  DWAYNE LESTER PICKENS, 4418 Whites Creek Pike, Nashville, TN 37207
Internal Revenue Service (Division): Criminal Investigation
Industry/Area (name or number): Nashville Field Office
Periods: Calendar years 2021 through 2024

The Commissioner of Internal Revenue
To:  Custodian of Records, Tennessee Department of Labor and Workforce Development
At:  220 French Landing Drive, Nashville, TN 37243

You are hereby summoned and required to appear before Lorena V. Castañeda, Special Agent, an officer of the
Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following
books, records, papers, and other data relating to the tax liability or the collection of the tax liability
or for the purpose of inquiring into any offense connected with the administration or enforcement of the
internal revenue laws concerning the person identified above for the periods shown:

   All quarterly wage reports listing the above person (DOB 08/25/1972, SSN ending 3318); the names,
   addresses and FEINs of the reporting employers; and all unemployment claims filed in his name,
   including addresses and payment records.

The investigation concerns possible violations of 26 U.S.C. § 7201 and § 7206(1).

Place and time for appearance: 801 Broadway, Room 480, Nashville, TN 37203, on the 30th day of March, 2026,
at 10:00 o'clock a.m.

Issued under authority of the Internal Revenue Code this 2nd day of March, 2026.

______________________________     Special Agent             ______________________________   Supervisory Special Agent
Lorena V. Castañeda                 (615) 555-0190            Harold W. Pettigrew
Signature of issuing officer        Title                     Signature of approving officer
                                                     Form 2039 (Rev. 10-2010)   Part A — to be given to person summoned
""", """
# Provisions of the Internal Revenue Code

Sec. 7602. Examination of books and witnesses. (a) Authority to summon, etc. — For the purpose of ascertaining
the correctness of any return ... the Secretary is authorized to summon the person liable for tax ... or any
person having possession, custody, or care of books of account ... (see 26 U.S.C. § 7602).

Sec. 7604. Enforcement of summons. (a) Jurisdiction of district court. — If any person is summoned under the
internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, the United
States district court for the district in which such person resides or is found shall have jurisdiction by
appropriate process to compel such attendance, testimony, or production (26 U.S.C. § 7604).

Sec. 7603. Service of summons (26 U.S.C. § 7603).

Questions: lorena.castaneda@ci.irs.gov · (615) 555-0190
"""],
label=dict(req=("irs-ci", "Internal Revenue Service, Criminal Investigation, Nashville Field Office", "Lorena V. Castañeda", "Special Agent", "lorena.castaneda@ci.irs.gov", "(615) 555-0190"),
 subjects=[S("Dwayne Lester Pickens", "1972-08-25", ("ssn_last4", "3318"))],
 basis=["26 USC 7201", "26 USC 7206", "26 USC 7602", "26 USC 7604", "26 USC 7603"], ptype="administrative_subpoena", form="Form 2039",
 purpose="criminal_investigation", records=["wages", "employment", "claims", "address", "benefits"]))

# ---------------------------------------------------------------- byy15
add(id="byy15", fmt="scanned", channel="mail", template="DOL OIG inspector-general subpoena duces tecum, 3 claimants (scan)",
rots=[0, 0],
pages=["""
# UNITED STATES DEPARTMENT OF LABOR
# OFFICE OF INSPECTOR GENERAL
## SUBPOENA DUCES TECUM
                                                              No. OIG-ATL-2026-0057
TO:  Custodian of Records
     North Carolina Department of Commerce, Division of Employment Security
     700 Wade Avenue, Raleigh, NC 27605

YOU ARE HEREBY REQUIRED to produce the records described below to Special Agent in Charge Sandra K. Mulvaney,
U.S. Department of Labor, Office of Inspector General, Office of Investigations — Atlanta Region, 61 Forsyth St.
SW, Atlanta, GA 30303, on or before April 6, 2026.

This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in
connection with an investigation of possible violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 641
(theft of public money) involving unemployment insurance benefits.

RECORDS (January 1, 2021 – present), for each individual listed:
   1. Initial and continued claims, including IP addresses, e-mail addresses and telephone numbers;
   2. Benefit payment history and bank/debit-card information;
   3. Mailing and residential addresses.

     TRAN, Quang Minh          DOB 02/14/1983
     DOCKERY, Shantel Renee    DOB 11/05/1996
     ABDI, Ahmed Hassan        DOB 03/21/1990

In case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate
United States district court.

Issued at Atlanta, Georgia, this 9th day of March, 2026.
For the Inspector General:
                                     ______________________________
                                     Sandra K. Mulvaney
                                     Special Agent in Charge, Atlanta Region
                                     (404) 555-0155 · mulvaney.sandra.k@oig.dol.gov
""", """
# RETURN OF SERVICE / CERTIFICATE OF CUSTODIAN

I certify that the records produced are true copies of records kept in the regular course of business.
Custodian name: ______________________   Signature: ______________________   Date: __________
"""],
label=dict(req=("dol-oig", "U.S. Department of Labor, Office of Inspector General, Office of Investigations — Atlanta Region", "Sandra K. Mulvaney", "Special Agent in Charge", "mulvaney.sandra.k@oig.dol.gov", "(404) 555-0155"),
 subjects=[S("Quang Minh Tran", "1983-02-14"), S("Shantel Renee Dockery", "1996-11-05"), S("Ahmed Hassan Abdi", "1990-03-21")],
 basis=["5 USC 406", "18 USC 1343", "18 USC 641"], ptype="administrative_subpoena", form=None, purpose="criminal_investigation",
 records=["claims", "other", "email", "phone", "benefits", "address"]))

# ---------------------------------------------------------------- byy16
add(id="byy16", fmt="born_digital", channel="mail", template="state attorney-general civil investigative demand (look-alike)",
pages=["""
**ATTORNEY GENERAL OF WASHINGTON
Consumer Protection Division · 800 Fifth Avenue, Suite 2000 · Seattle, WA 98104
---
## CIVIL INVESTIGATIVE DEMAND
# No. 26-0119

TO:   Washington State Department of Licensing
      Attn: Public Records / Legal Process, P.O. Box 9030, Olympia, WA 98507

      The Attorney General believes that you may be in possession, custody, or control of documentary material
relevant to an investigation of possible violations of the Consumer Protection Act, RCW 19.86.020, by
Pacific Crest Auto Finance LLC and its officers. This Civil Investigative Demand is issued pursuant to
RCW 19.86.110.

      YOU ARE HEREBY REQUIRED to produce, within 30 days of service, the following documentary material:

   1. Title and registration records for all vehicles on which Pacific Crest Auto Finance LLC (UBI 604 118 223)
      is shown as legal owner or lienholder, January 2023 to present;
   2. Driver licence abstract and mailing address of record for the company's officers:
         Gregory Alan VOSS, DOB 05/30/1969
         Tamara Lynn KESSLER-IBARRA, DOB 10/12/1975

      This demand is not a subpoena of any court. Failure to comply may result in a petition to the superior court
for an order of enforcement as provided in RCW 19.86.110(9).

DATED this 25th day of February, 2026.

HOLLIS J. ARDEN, Attorney General (by delegation)

______________________________
Priya N. Raman, WSBA #51427
Assistant Attorney General
(206) 555-0147 · priya.raman@atg.wa.gov
"""],
label=dict(req=("other", "Attorney General of Washington, Consumer Protection Division", "Priya N. Raman", "Assistant Attorney General", "priya.raman@atg.wa.gov", "(206) 555-0147"),
 subjects=[S("Gregory Alan Voss", "1969-05-30"), S("Tamara Lynn Kessler-Ibarra", "1975-10-12")],
 basis=["RCW 19.86.020", "RCW 19.86.110"], ptype="administrative_subpoena", form=None, purpose="unknown",
 records=["vehicle", "license", "address"]))

# ---------------------------------------------------------------- byy17
add(id="byy17", fmt="txt", channel="email", template="ERO deportation officer email saved as plain text, A-number, 'official use'",
text="""
From: Okafor, Tyler <Tyler.Okafor@ice.dhs.gov>
Sent: Monday, March 2, 2026 10:41 AM
To: DLD Records <dldrecords@utah.gov>
Subject: Records request - MEJIA SALGUERO

Good morning,

ICE Enforcement and Removal Operations, Salt Lake City, is attempting to locate the following individual.
Please provide his current residential address, most recent photograph and any vehicles registered to him.

    MEJÍA SALGUERO, Edgar Iván
    DOB: 14 Feb 1988
    A-Number: A215 887 640
    UT DL: 180442917

This request is made under the authority of section 287 of the Immigration and Nationality Act and is for
official use only.

Respectfully,

Tyler Okafor
Deportation Officer
ICE ERO Salt Lake City
2975 S. Decker Lake Dr., West Valley City, UT 84119
Office: 801-555-0158
""",
label=dict(req=("dhs-ice-ero", "ICE Enforcement and Removal Operations, Salt Lake City", "Tyler Okafor", "Deportation Officer", "Tyler.Okafor@ice.dhs.gov", "801-555-0158"),
 subjects=[S("Edgar Iván Mejía Salguero", "1988-02-14", ("a_number", "A215887640"), ("license", "180442917"))],
 basis=["INA 287"], ptype="none", purpose="civil_immigration", records=["address", "photo", "vehicle"]))

# ---------------------------------------------------------------- byy18
add(id="byy18", fmt="eml", channel="email", template="NY ADA email + attached state subpoena duces tecum (CPL 610.20)",
eml={"from": "Siobhan T. McCarthy <McCarthyS@dany.nyc.gov>", "to": "subpoena.unit@labor.ny.gov",
 "subject": "Subpoena Duces Tecum - People v. Ibarra-Quinones, Ind. 01873-2025", "date": "Fri, 06 Feb 2026 17:25:10 -0500",
 "body": """Dear Subpoena Compliance Unit,

Please find attached a so-ordered subpoena duces tecum for unemployment insurance wage-reporting records in the
above case. The defendant is charged with Grand Larceny in the Third Degree (PL 155.35). Trial is scheduled for
March 23, 2026; kindly produce certified records to my attention by March 13.

Regards,
Siobhan T. McCarthy
Assistant District Attorney, Financial Frauds Bureau
New York County District Attorney's Office
One Hogan Place, New York, NY 10013
(212) 555-0193
""",
 "attachments": [("pdf", "SDT_NYSDOL_Ibarra-Quinones.pdf", ["""
SUPREME COURT OF THE STATE OF NEW YORK
COUNTY OF NEW YORK
---
THE PEOPLE OF THE STATE OF NEW YORK
            -against-                                                  Ind. No. 01873-2025
FERNANDO JOSÉ IBARRA-QUIÑONES,
                              Defendant.
---
## SUBPOENA DUCES TECUM
THE PEOPLE OF THE STATE OF NEW YORK
TO:  Custodian of Records, New York State Department of Labor, Building 12, W.A. Harriman Campus, Albany, NY 12240

WE COMMAND YOU, that all business and excuses being laid aside, you produce before the Supreme Court of the State
of New York, County of New York, Part 51, 100 Centre Street, on March 13, 2026 at 9:30 a.m., certified copies of:

   Quarterly wage reporting records, employer names and addresses, and unemployment insurance claim records
   (2022 – present) for FERNANDO JOSÉ IBARRA-QUIÑONES, date of birth December 1, 1979, SSN ending 0962.

This subpoena is issued pursuant to CPL 610.20 and 610.25. Disclosure is authorized by Labor Law § 537. Records may
be delivered in lieu of appearance together with a certification pursuant to CPLR 3122-a.
Failure to comply is punishable as a contempt of court (Judiciary Law § 2-b).

SO ORDERED:                                              ELEANOR V. MARSH, District Attorney
______________________                                   by: ______________________
Hon. Miguel A. Bermúdez, J.S.C.                          Siobhan T. McCarthy, Assistant District Attorney
Dated: February 5, 2026                                  (212) 555-0193
"""])]},
label=dict(req=("district-attorney", "New York County District Attorney's Office", "Siobhan T. McCarthy", "Assistant District Attorney", "McCarthyS@dany.nyc.gov", "(212) 555-0193"),
 subjects=[S("Fernando José Ibarra-Quiñones", "1979-12-01", ("ssn_last4", "0962"))],
 basis=["NY PL 155.35", "NY CPL 610.20", "NY CPL 610.25", "NY Labor Law 537", "NY CPLR 3122-a", "NY Jud Law 2-b"],
 ptype="court_subpoena", form=None, purpose="criminal_investigation", records=["wages", "employment", "claims"]))

# ---------------------------------------------------------------- byy19
add(id="byy19", fmt="born_digital", channel="mail", template="NJ county prosecutor cover letter + state grand jury subpoena duces tecum",
pages=["""
**OFFICE OF THE CAMDEN COUNTY PROSECUTOR
Financial Crimes Unit · 25 North Fifth Street, Camden, New Jersey 08102-1231
---
February 17, 2026

VIA CERTIFIED MAIL
Custodian of Records
New Jersey Department of Labor and Workforce Development
Division of Unemployment Insurance, P.O. Box 058, Trenton, NJ 08625-0058

Re: State Grand Jury Investigation — CCPO File 26-FC-0031

Dear Custodian:

Enclosed please find a subpoena duces tecum issued on behalf of the Camden County Grand Jury. In lieu of
appearing before the Grand Jury, you may comply by forwarding the requested records, with a completed
certification, to Detective Kiara Montgomery of this Office on or before the return date.

Because this is a grand jury matter, we ask that you not disclose the existence of this subpoena.

Very truly yours,

Nelson A. Ferreira-Dutra
Assistant Prosecutor
(856) 555-0117 · nferreira-dutra@ccprosecutor.org
""", """
# SUPERIOR COURT OF NEW JERSEY
# LAW DIVISION — CRIMINAL PART — CAMDEN COUNTY
## SUBPOENA DUCES TECUM
# (Grand Jury)

THE STATE OF NEW JERSEY, to:  Custodian of Records, NJ Department of Labor and Workforce Development

YOU ARE HEREBY COMMANDED, all business and excuses laid aside, to appear before the GRAND JURY of the County of
Camden, at the Hall of Justice, 101 S. Fifth Street, Camden, NJ, on March 10, 2026 at 9:00 a.m., to testify to
the truth in a matter under investigation (N.J.S.A. 2C:20-4, theft by deception) and to bring with you:

   All unemployment insurance claims, payment records, and quarterly wage records (2021 – present) for:
      JAMA, Yusuf Abdullahi        Date of birth: 5 May 1986
      SOTOMAYOR, Liliana Beatriz   Date of birth: 17 October 1991

Failure to appear according to the command of this subpoena will subject you to penalties provided by law.
Issued pursuant to R. 1:9-1.

ROSALIND T. OKAFOR-BYRNE, Camden County Prosecutor                  Witness: Hon. Sheila B. Adeyemi-Stone, J.S.C.
by: ______________________________
Nelson A. Ferreira-Dutra, Assistant Prosecutor           ______________________________
Dated: February 17, 2026                                 Clerk of the Superior Court
"""],
label=dict(req=("district-attorney", "Office of the Camden County Prosecutor", "Nelson A. Ferreira-Dutra", "Assistant Prosecutor", "nferreira-dutra@ccprosecutor.org", "(856) 555-0117"),
 subjects=[S("Yusuf Abdullahi Jama", "1986-05-05"), S("Liliana Beatriz Sotomayor", "1991-10-17")],
 basis=["NJSA 2C:20-4", "NJ R 1:9-1"], ptype="grand_jury_subpoena", form=None, purpose="criminal_investigation",
 records=["claims", "benefits", "wages"]))

# ---------------------------------------------------------------- byy20
add(id="byy20", fmt="fax", channel="fax", template="I-247N request for voluntary notification of release, faxed to corrections",
faxhdr="2026-03-03 13:02 ICE ERO KANSAS CITY   FAX 816 555 0146",
pages=["""
# DEPARTMENT OF HOMELAND SECURITY
## REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
Subject ID: 402117553     Event #: KCM2603000219     File No: A099112543     Date: 03/03/2026

TO: Kansas Department of Corrections, Lansing Correctional Facility, Lansing, KS
FROM: ICE ERO Kansas City, 9747 NW Conant Ave., Kansas City, MO 64153

Name of Alien: ABDULLAHI, Mohamed Nur      Date of Birth: 06/12/1994      Nationality: Somalia      Sex: M
KDOC No.: 0123987

DHS HAS DETERMINED THAT THE ALIEN IS AN ENFORCEMENT PRIORITY BECAUSE: [X] he has been convicted of an offense
for which an element was active participation in a criminal street gang ...

IT IS REQUESTED THAT YOU: Notify DHS as early as practicable (at least 48 hours, if possible) before the alien
is released from your custody. Please notify ERO by calling (816) 555-0146 or by fax.

This request is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R.
236.1 and 287.7. It does not request or authorize that you detain the alien beyond the time he is
currently scheduled for release.

Graham P. Whitley, Deportation Officer            ______________________________
(Name and title of Immigration Officer)            (Signature of Immigration Officer)
                                                                          DHS Form I-247N (5/15)
""", """
# NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has requested that the law enforcement agency that is currently
detaining you notify DHS before you are released. This is not a request to hold you.
Aviso a la persona detenida: El Departamento de Seguridad Nacional (DHS) ha solicitado ...
Contact: graham.whitley@ice.dhs.gov
"""],
label=dict(req=("dhs-ice-ero", "ICE ERO Kansas City", "Graham P. Whitley", "Deportation Officer", "graham.whitley@ice.dhs.gov", "(816) 555-0146"),
 subjects=[S("Mohamed Nur Abdullahi", "1994-06-12", ("a_number", "A099112543"), ("other", "0123987"))],
 basis=["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], ptype="detainer", form="I-247N", purpose="civil_immigration",
 records=["other"]))

# ---------------------------------------------------------------- byy21
add(id="byy21", fmt="born_digital", channel="mail", template="ERO letter to Colorado DMV, 8 USC 1357, subpoena only promised",
pages=["""
**U.S. Immigration and Customs Enforcement
**Enforcement and Removal Operations – Denver Field Office
12445 E. Caley Avenue, Centennial, CO 80111
---
March 6, 2026

Colorado Department of Revenue, Division of Motor Vehicles
Attn: Records Custodian / Law Enforcement Requests
1881 Pierce Street, Lakewood, CO 80214

Subject: Request for Driver and Vehicle Information

The Department of Homeland Security, U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations
(ERO), requests the following information for official use, pursuant to 8 U.S.C. § 1357 and INA § 287(a):

   1. HERNÁNDEZ-LÓPEZ, José Manuel — DOB 1979-07-21 — A# 209-442-118
   2. DE LA CRUZ ORTIZ, María Fernanda — DOB 1996-02-03 — A# 217-330-564 — CO DL 14-227-9031

For each: current residential address, driver licence/ID photograph, and vehicles registered.

We are aware that C.R.S. § 24-74-103 limits the disclosure of personal identifying information by state
agencies. Should your agency require a subpoena, an Immigration Enforcement Subpoena (Form I-138) will be
issued upon request.

Please contact the undersigned with any questions.

Sincerely,


Alyssa R. Kincaid
Deportation Officer, ERO Denver
(720) 555-0113 · alyssa.r.kincaid@ice.dhs.gov
"""],
label=dict(req=("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Denver Field Office", "Alyssa R. Kincaid", "Deportation Officer", "alyssa.r.kincaid@ice.dhs.gov", "(720) 555-0113"),
 subjects=[S("José Manuel Hernández-López", "1979-07-21", ("a_number", "A209442118")),
           S("María Fernanda de la Cruz Ortiz", "1996-02-03", ("a_number", "A217330564"), ("license", "142279031"))],
 basis=["8 USC 1357", "INA 287", "CRS 24-74-103"], ptype="none", purpose="civil_immigration",
 records=["address", "photo", "license", "vehicle"]))

# ---------------------------------------------------------------- byy22
add(id="byy22", fmt="eml", channel="email", template="ERO email with I-247A PDF and I-200 JPEG attached (detainer with admin warrant)",
eml={"from": "Villaseñor, Marco A <Marco.A.Villasenor@ice.dhs.gov>", "to": "CDOC Time Computation <cdoc_timecomp@state.co.us>",
 "subject": "I-247A / I-200 - PHAN, Long Van - CDOC 178453", "date": "Tue, 10 Feb 2026 14:33:59 -0700",
 "body": """Hello,

Please see the attached immigration detainer and administrative warrant (I-200) for PHAN, Long Van, CDOC #178453,
DOB 03/27/1980, A# 046-778-219. Request notification of his release date and any parole address.

Marco A. Villaseñor
Supervisory Detention and Deportation Officer
ICE ERO Denver – Aurora
(303) 555-0186
""",
 "attachments": [("pdf", "I-247A_PHAN.pdf", ["""
# DEPARTMENT OF HOMELAND SECURITY
## IMMIGRATION DETAINER – NOTICE OF ACTION
Subject ID: 377502816      Event #: DEN2602000088      File No: A046778219      Date: 02/10/2026
TO: Colorado Department of Corrections, Sterling Correctional Facility
Name of Alien: PHAN, Long Van       Date of Birth: 03/27/1980       Citizenship: Vietnam

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS
BASED ON:
  [X] the pendency of ongoing removal proceedings against the alien;
This form is accompanied by: [X] an executed warrant of arrest for removal proceedings (Form I-200)

IT IS THEREFORE REQUESTED THAT YOU: notify DHS at least 48 hours before release, and maintain custody of the alien
for a period NOT TO EXCEED 48 HOURS beyond the time he would otherwise have been released.
Issued under sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

Marco A. Villaseñor, SDDO                                                 DHS Form I-247A (3/17)
"""]), ("jpeg", "I-200_PHAN.jpg", ["""
# U.S. DEPARTMENT OF HOMELAND SECURITY
## WARRANT FOR ARREST OF ALIEN
                                                        File No. A046778219
                                                        Date: 02/10/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act
and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that  PHAN, Long Van  is removable from the United
States. This determination is based upon:
   [X] the pendency of ongoing removal proceedings against the subject;

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and
Nationality Act, the above-named alien.

                                         ______________________________
                                         (Signature of Authorized Immigration Officer)
                                         Marco A. Villaseñor, SDDO
                                         (Printed Name and Title of Authorized Immigration Officer)
                                                                               Form I-200 (Rev. 09/16)
"""])]},
label=dict(req=("dhs-ice-ero", "ICE ERO Denver – Aurora", "Marco A. Villaseñor", "Supervisory Detention and Deportation Officer", "Marco.A.Villasenor@ice.dhs.gov", "(303) 555-0186"),
 subjects=[S("Long Van Phan", "1980-03-27", ("a_number", "A046778219"), ("other", "178453"))],
 basis=["INA 236", "INA 287", "8 CFR 287.7", "8 CFR 287"], ptype="detainer", form="I-247A", purpose="civil_immigration",
 records=["other", "address"]))

# ---------------------------------------------------------------- byy23
add(id="byy23", fmt="scanned", channel="mail", template="ERO cover letter + I-200 warrant for arrest of alien (scan)",
rots=[0, 0],
pages=["""
U.S. Department of Homeland Security
Immigration and Customs Enforcement — ERO Boston Field Office, Portland, Maine Sub-Office
176 Gannett Drive, South Portland, ME 04106
---
4 March 2026

Maine Bureau of Motor Vehicles
Attn: Records Section, 29 State House Station, Augusta, ME 04333-0029

Re: MOROZ, Bogdan Ilyich — A# 203 445 118

ICE requests the residential address on file, licence photograph, and vehicle registrations for the subject
named in the enclosed Warrant for Arrest of Alien (Form I-200):

     Bogdan Ilyich MOROZ      DOB January 8, 1985      Maine licence no. 4417820

This request is made pursuant to 8 U.S.C. 1357. Thank you for your cooperation.

Nathaniel J. Pelletier
Deportation Officer
(207) 555-0124  nathaniel.pelletier@ice.dhs.gov
""", """
# U.S. DEPARTMENT OF HOMELAND SECURITY
## WARRANT FOR ARREST OF ALIEN
                                                        File No. A203445118
                                                        Date: 02/26/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act
and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that  MOROZ, Bogdan Ilyich  is removable from the
United States. This determination is based upon:
   [ ] the execution of a charging document to initiate removal proceedings against the subject;
   [X] the pendency of ongoing removal proceedings against the subject;
   [ ] the failure to establish admissibility subsequent to deferred inspection;

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and
Nationality Act, the above-named alien.

                                         ______________________________
                                         (Signature of Authorized Immigration Officer)
                                         Rebecca Lund, Supervisory Detention and Deportation Officer
                                                                               Form I-200 (Rev. 09/16)
"""],
label=dict(req=("dhs-ice-ero", "Immigration and Customs Enforcement — ERO Boston Field Office, Portland, Maine Sub-Office", "Nathaniel J. Pelletier", "Deportation Officer", "nathaniel.pelletier@ice.dhs.gov", "(207) 555-0124"),
 subjects=[S("Bogdan Ilyich Moroz", "1985-01-08", ("a_number", "A203445118"), ("license", "4417820"))],
 basis=["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"], ptype="administrative_warrant", form="I-200", purpose="civil_immigration",
 records=["address", "photo", "vehicle"]))

# ---------------------------------------------------------------- byy24
add(id="byy24", fmt="eml", channel="email", template="state trooper re-sends own earlier request as attached message/rfc822",
eml={"from": "Gagnon, Ethan <Ethan.R.Gagnon@dos.nh.gov>", "to": "DMV Records Law Enforcement <dmv.lerequests@dos.nh.gov>",
 "subject": "FW: photo / lic request - O'Rourke & Morrissette", "date": "Wed, 25 Feb 2026 07:58:14 -0500",
 "body": """Resending - the attached went to the old DMV mailbox last week and I never heard back. Request is still active.

TFC Ethan R. Gagnon
New Hampshire State Police, Troop B
603-555-0135
""",
 "attachments": [("rfc822", "request.eml", {"headers": {"From": "Gagnon, Ethan <Ethan.R.Gagnon@dos.nh.gov>",
    "To": "dmv.records@safety.nh.gov", "Subject": "photo / lic request - O'Rourke & Morrissette",
    "Date": "Wed, 18 Feb 2026 15:10:40 -0500"}, "body": """Hello,

I am investigating a motor vehicle crash with a driver operating after being certified a habitual offender
(RSA 262:23). I need licence photos, licence status history and vehicle registrations for:

  O'ROURKE, Kevin Patrick   DOB 07/04/1993   NH lic. NHL14227593
  MORRISSETTE, Tiffany Ann  DOB 02/19/1995   (registered owner of the vehicle, 2016 Ford Escape)

NHSP case 26-B-01447.

Thanks,
TFC Ethan R. Gagnon
New Hampshire State Police, Troop B, Bedford
603-555-0135
"""})]},
label=dict(req=("state-police", "New Hampshire State Police, Troop B", "Ethan R. Gagnon", "Trooper First Class", "Ethan.R.Gagnon@dos.nh.gov", "603-555-0135"),
 subjects=[S("Kevin Patrick O'Rourke", "1993-07-04", ("license", "NHL14227593")), S("Tiffany Ann Morrissette", "1995-02-19")],
 basis=["NH RSA 262:23"], ptype="none", purpose="criminal_investigation", records=["photo", "license", "vehicle"]))

# ---------------------------------------------------------------- byy25
add(id="byy25", fmt="born_digital", channel="mail", template="DDA cover letter + California court order on DA pleading paper",
pages=["""
**LOS ANGELES COUNTY DISTRICT ATTORNEY'S OFFICE
Major Fraud Division · 211 West Temple Street, Suite 1000 · Los Angeles, CA 90012
---
January 30, 2026

Employment Development Department
Legal Office, Subpoena Unit, MIC 53
P.O. Box 826880, Sacramento, CA 94280-0001

Re: People v. Roberto Carlos Zúñiga Méndez, LASC Case No. BA512877

Dear Subpoena Unit:

Enclosed is a certified copy of the Order for Release of Employment Development Department Records signed by
the Honorable Denise W. Okamura on January 28, 2026. Please produce the records described in the order to
Senior Investigator Luis Arreola of this office.

Thank you,

Camila R. Ibáñez
Deputy District Attorney
(213) 555-0177 · cibanez@da.lacounty.gov
""", """[[pleading]]
GORDON P. ALCOTT, District Attorney
County of Los Angeles
Camila R. Ibáñez, Deputy District Attorney (SBN 281774)
211 West Temple Street, Los Angeles, CA 90012
Telephone: (213) 555-0177
Attorneys for Plaintiff

# SUPERIOR COURT OF THE STATE OF CALIFORNIA
# FOR THE COUNTY OF LOS ANGELES

THE PEOPLE OF THE STATE OF CALIFORNIA,            )   Case No. BA512877
                     Plaintiff,                   )
          v.                                      )   [PROPOSED] ORDER FOR RELEASE OF
ROBERTO CARLOS ZÚÑIGA MÉNDEZ,                     )   EMPLOYMENT DEVELOPMENT DEPARTMENT
                     Defendant.                   )   RECORDS (Unemp. Ins. Code § 1095)

     The defendant is charged with grand theft (Penal Code § 487(a)) and identity theft (Penal Code § 530.5).
Good cause appearing, IT IS HEREBY ORDERED that the Employment Development Department release to the Los Angeles
County District Attorney's Office the following records for ROBERTO CARLOS ZÚÑIGA MÉNDEZ (DOB 04/03/1975):

     1. Quarterly base-wage records and employer names, 2021 to present;
     2. Unemployment and disability insurance claim files, including addresses reported.

     IT IS FURTHER ORDERED that the records be used solely for purposes of this prosecution.

Dated: 1/28/2026                              ______________________________
                                              JUDGE OF THE SUPERIOR COURT
                                              Denise W. Okamura
"""],
label=dict(req=("district-attorney", "Los Angeles County District Attorney's Office", "Camila R. Ibáñez", "Deputy District Attorney", "cibanez@da.lacounty.gov", "(213) 555-0177"),
 subjects=[S("Roberto Carlos Zúñiga Méndez", "1975-04-03")],
 basis=["CA UI Code 1095", "CA PC 487", "CA PC 530.5"], ptype="court_order", form=None, purpose="criminal_investigation",
 records=["wages", "employment", "claims", "address"]))

# ---------------------------------------------------------------- byy26
add(id="byy26", fmt="txt", channel="email", template="plain-text export of detective's email, identity deception, 2 subjects",
text="""
-----Original Message-----
From: Baptiste, Marisa L. <marisa.baptiste@indy.gov>
Date: 2026-02-16 09:02
To: bmv.lawenforcement@bmv.in.gov
Subject: IMPD IR 26-0041173 -- BMV photo/record request

BMV Law Enforcement Liaison,

IMPD Financial Crimes is investigating identity deception (IC 35-43-5-3.5) involving a fraudulent
credential application at the Castleton branch. Please send the license/ID application packets,
photos on file and current address for:

  1) Jerome Dwayne HOLLIS      DOB: September 13, 1988     IN OLN 0110-42-8817
  2) VO, Thi Hong Nhung        DOB: 1997-01-22

Records can be e-mailed to me. Case report available on request.

Det. Marisa L. Baptiste #41902
Indianapolis Metropolitan Police Department
Financial Crimes Unit
317-555-0128
""",
label=dict(req=("local-police", "Indianapolis Metropolitan Police Department, Financial Crimes Unit", "Marisa L. Baptiste", "Detective", "marisa.baptiste@indy.gov", "317-555-0128"),
 subjects=[S("Jerome Dwayne Hollis", "1988-09-13", ("license", "0110428817")), S("Thi Hong Nhung Vo", "1997-01-22")],
 basis=["IC 35-43-5-3.5"], ptype="none", purpose="criminal_investigation", records=["license", "identity_documents", "photo", "address"]))

# ---------------------------------------------------------------- byy27
add(id="byy27", fmt="eml", channel="email", template="AUSA email with attached AO 110 federal grand jury subpoena (N.D. Ill.)",
eml={"from": "Szymanska, Rebecca (USAILN) <Rebecca.Szymanska@usdoj.gov>", "to": "ides.legal@illinois.gov",
 "subject": "Grand Jury Subpoena - IDES", "date": "Thu, 29 Jan 2026 12:04:33 -0600",
 "body": """Counsel,

Attached please find a grand jury subpoena directed to the Illinois Department of Employment Security. The
Department may comply by producing the records to FBI Special Agent Tomás Echeverría in lieu of appearing; a
certificate of authenticity is enclosed. Kindly do not disclose the subpoena to the individuals named.

Rebecca H. Szymańska
Assistant United States Attorney
Northern District of Illinois, 219 S. Dearborn St., 5th Floor, Chicago, IL 60604
(312) 555-0169
""",
 "attachments": [("pdf", "GJ_Subpoena_IDES.pdf", ["""
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
# for the
# Northern District of Illinois
## SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To:  Custodian of Records, Illinois Department of Employment Security, 33 S. State St., Chicago, IL 60603

     YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown
below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge
or a court officer allows you to leave.

Place: Dirksen U.S. Courthouse, 219 S. Dearborn, Room 1946          Date and Time: 02/24/2026 10:00 am

     You must also bring with you the following documents: all wage records, unemployment insurance claim
records (including IP addresses and bank account information) and addresses of record, January 2021 to the
present, for:
        OCAMPO RUIZ, Víctor Manuel         DOB 30 March 1976
        PETROVA, Svetlana Igorevna         DOB 9 October 1984

Date: 01/29/2026                        MARGARET E. KILLIAN, CLERK OF COURT
                                        ______________________________
                                        Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States
attorney, who requests this subpoena, are:
Rebecca H. Szymańska, AUSA, 219 S. Dearborn St., Chicago, IL 60604, Rebecca.Szymanska@usdoj.gov, (312) 555-0169
"""])]},
label=dict(req=("doj-usao", "United States Attorney's Office, Northern District of Illinois", "Rebecca H. Szymańska", "Assistant United States Attorney", "Rebecca.Szymanska@usdoj.gov", "(312) 555-0169"),
 subjects=[S("Víctor Manuel Ocampo Ruiz", "1976-03-30"), S("Svetlana Igorevna Petrova", "1984-10-09")],
 basis=[], ptype="grand_jury_subpoena", form="AO 110", purpose="criminal_investigation",
 records=["wages", "claims", "other", "address"]))

# ---------------------------------------------------------------- byy28
add(id="byy28", fmt="born_digital", channel="mail", template="prosecutor cover letter + Missouri circuit court order to produce",
pages=["""
**JACKSON COUNTY PROSECUTING ATTORNEY
415 East 12th Street, 7th Floor · Kansas City, Missouri 64106
---
February 24, 2026

Missouri Division of Employment Security
Attn: Legal Section — Records Release
421 E. Dunklin Street, Jefferson City, MO 65101

RE:  State of Missouri v. LaToya Denise Crandall, Case No. 2516-CR01877

Enclosed is the Court's Order to Produce Records entered February 20, 2026. Please forward the responsive
records to my attention. Thank you for your prompt assistance.

Desmond K. Achterberg
Assistant Prosecuting Attorney
(816) 555-0198  |  dachterberg@jacksongov.org
""", """
# IN THE CIRCUIT COURT OF JACKSON COUNTY, MISSOURI
# AT KANSAS CITY

STATE OF MISSOURI,                              )
                       Plaintiff,               )
     vs.                                        )     Case No. 2516-CR01877
LATOYA DENISE CRANDALL,                         )     Division 12
                       Defendant.               )

## ORDER TO PRODUCE RECORDS

     Now on this 20th day of February, 2026, the Court takes up the State's Motion for Order Directing Production
of Employment Security Records. Defendant is charged with stealing, § 570.030, RSMo. The Court, being fully
advised, finds that the records sought are relevant and necessary to the prosecution and that disclosure is
permitted under § 288.250, RSMo.

     IT IS THEREFORE ORDERED that the Missouri Division of Employment Security produce to the Jackson County
Prosecuting Attorney, within fourteen (14) days, all wage records, unemployment claim records and benefit payment
records from January 1, 2022 to present for LATOYA DENISE CRANDALL, DOB 1989-08-11.

     SO ORDERED.
                                                ______________________________
                                                Hon. Kenneth R. Oyelowo-Barnes
                                                Circuit Judge, Division 12
"""],
label=dict(req=("district-attorney", "Jackson County Prosecuting Attorney", "Desmond K. Achterberg", "Assistant Prosecuting Attorney", "dachterberg@jacksongov.org", "(816) 555-0198"),
 subjects=[S("LaToya Denise Crandall", "1989-08-11")],
 basis=["RSMo 570.030", "RSMo 288.250"], ptype="court_order", form=None, purpose="criminal_investigation",
 records=["wages", "claims", "benefits"]))

# ---------------------------------------------------------------- byy29
add(id="byy29", fmt="scanned", channel="mail", template="Colorado district court subpoena duces tecum issued by DDA (scan, page 2 sideways)",
rots=[0, 270],
pages=["""
DISTRICT COURT, CITY AND COUNTY OF DENVER, COLORADO
Court Address: 520 W. Colfax Ave., Denver, CO 80204
---
THE PEOPLE OF THE STATE OF COLORADO,                                     ▲ COURT USE ONLY ▲
v.                                                                       Case Number: 25CR3318
Defendant: KWAME ASANTE BOATENG                                          Courtroom: 5F
---
Attorney: Hannah L. Sveinsdottir, Deputy District Attorney, #48812
Office of the District Attorney, Second Judicial District, 201 W. Colfax Ave., Dept. 801, Denver, CO 80202
Phone: 720-555-0152   E-mail: hannah.sveinsdottir@denverda.org
---
## SUBPOENA DUCES TECUM
# (Crim. P. 17(c))

TO: Custodian of Records, Colorado Department of Labor and Employment, 633 17th Street, Suite 201, Denver, CO 80202

YOU ARE COMMANDED to appear in this Court on April 2, 2026 at 8:30 a.m. and to bring the following records:

   Unemployment insurance claim records, wage records reported by all employers, and addresses of record from
   January 1, 2023 to present, for KWAME ASANTE BOATENG, date of birth 24 December 1990.

The defendant is charged with theft, C.R.S. § 18-4-401. Records may be produced in advance to the undersigned
with a certification complying with C.R.E. 902(11), in lieu of appearance. Confidential records are requested
under C.R.S. § 8-72-107.

Date: March 9, 2026                Clerk of Court/Deputy Clerk: ______________________
                                   Issued by: Hannah L. Sveinsdottir, #48812, Deputy District Attorney
""", """
# RETURN OF SERVICE
I declare under oath that I served this Subpoena on the Custodian of Records, CDLE, at 633 17th Street, Denver,
on 3/10/2026 by hand delivery.
Investigator Rafael Quintanilla-Stroud, DA Investigator #227          Signature: ______________________
"""],
label=dict(req=("district-attorney", "Office of the District Attorney, Second Judicial District", "Hannah L. Sveinsdottir", "Deputy District Attorney", "hannah.sveinsdottir@denverda.org", "720-555-0152"),
 subjects=[S("Kwame Asante Boateng", "1990-12-24")],
 basis=["CO CrimP 17", "CRS 18-4-401", "CO CRE 902", "CRS 8-72-107"], ptype="court_subpoena", form=None, purpose="criminal_investigation",
 records=["claims", "wages", "address"]))

# ---------------------------------------------------------------- byy30
add(id="byy30", fmt="fax", channel="fax", template="USMS task force fax cover + AO 442 federal arrest warrant",
faxhdr="MAR 11 2026 09:47  USMS WDNC CHARLOTTE  704-555-0145",
pages=["""
## U.S. MARSHALS SERVICE
# Carolinas Regional Fugitive Task Force — Charlotte
# FACSIMILE COVER SHEET
---
TO:    NC Department of Commerce, Division of Employment Security — Law Enforcement Requests
FAX:   919-555-0114
FROM:  Deputy U.S. Marshal Caleb J. Honeycutt       PHONE: 704-555-0145
EMAIL: caleb.honeycutt@usdoj.gov
DATE:  03/11/2026       PAGES: 2 (including cover)
---
We are attempting to locate the fugitive named in the attached federal arrest warrant. Please provide his most
recent employer(s), quarterly wages for the last 4 quarters, and the address reported on any UI claim.
Subject: Terrence Lamar GADDY, DOB 05/19/1987, SSN xxx-xx-8820.
We understand DES information is confidential under N.C.G.S. § 96-4(x); the warrant is provided for your file.

THIS FAX MAY CONTAIN LAW ENFORCEMENT SENSITIVE INFORMATION. IF RECEIVED IN ERROR CALL 704-555-0145.
""", """
AO 442 (Rev. 11/11) Arrest Warrant
# UNITED STATES DISTRICT COURT
# for the
# Western District of North Carolina
     United States of America
                v.                               Case No. 3:25-cr-00214
     TERRENCE LAMAR GADDY
## ARREST WARRANT
To: Any authorized law enforcement officer

     YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay
(name of person to be arrested) TERRENCE LAMAR GADDY, who is accused of an offense or violation based on the
following document filed with the court:
[ ] Indictment  [ ] Information  [ ] Complaint  [X] Probation or Supervised Release Violation Petition

This offense is briefly described as follows:
     Violation of conditions of supervised release, 18 U.S.C. § 3583(e).

Date: 02/20/2026                               ______________________________
                                               Issuing officer's signature
City and state: Charlotte, North Carolina      Lorraine B. Tisdale, U.S. Magistrate Judge
"""],
label=dict(req=("doj-usms", "U.S. Marshals Service, Carolinas Regional Fugitive Task Force — Charlotte", "Caleb J. Honeycutt", "Deputy U.S. Marshal", "caleb.honeycutt@usdoj.gov", "704-555-0145"),
 subjects=[S("Terrence Lamar Gaddy", "1987-05-19", ("ssn_last4", "8820"))],
 basis=["NCGS 96-4", "18 USC 3583"], ptype="judicial_warrant", form="AO 442", purpose="criminal_investigation",
 records=["employment", "wages", "address", "claims"]))

# ---------------------------------------------------------------- byy31
add(id="byy31", fmt="eml", channel="email", template="HTML-only email from highway patrol lieutenant, no reason given",
eml={"from": "Schroeder, Dana M. <dana.schroeder@ks.gov>", "to": "DOV Records <kdor_dov.records@ks.gov>",
 "subject": "Info request", "date": "Mon, 09 Mar 2026 16:40:20 -0500", "html_only": True,
 "html": """<html><head><style>p{font-family:Calibri,sans-serif;font-size:11pt}</style></head><body>
<p>Good afternoon,</p>
<p>Could your office send me the current address of record and any vehicles registered to the following person? Records may be released to law enforcement under K.S.A. 74-2012.</p>
<table border="1" cellpadding="3"><tr><th>Name</th><th>DOB</th><th>KS DL</th></tr>
<tr><td>BEN&Iacute;TEZ SANTOS, Aurelio</td><td>06/06/1979</td><td>K07-31-4452</td></tr></table>
<p>Thank you,</p>
<p><b>Lt. Dana M. Schroeder</b><br>Kansas Highway Patrol &ndash; Troop A, Olathe<br>Office 913-555-0161<br><i>The information in this e-mail is intended only for the addressee.</i></p>
</body></html>"""},
label=dict(req=("state-police", "Kansas Highway Patrol – Troop A", "Dana M. Schroeder", "Lieutenant", "dana.schroeder@ks.gov", "913-555-0161"),
 subjects=[S("Aurelio Benítez Santos", "1979-06-06", ("license", "K07314452"))],
 basis=["KSA 74-2012"], ptype="none", purpose="unknown", records=["address", "vehicle"]))

# ---------------------------------------------------------------- byy32
add(id="byy32", fmt="txt", channel="mail", template="SSA OIG typed letter transcribed to text, benefits fraud",
text="""
SOCIAL SECURITY ADMINISTRATION
OFFICE OF THE INSPECTOR GENERAL
Office of Investigations - Boston Field Division
JFK Federal Building, 15 New Sudbury Street, Room 1900, Boston, MA 02203

                                                    February 23, 2026

Maine Department of Labor
Bureau of Unemployment Compensation
Attn: Program Integrity Unit
54 State House Station
Augusta, ME 04333

Re: OIG Case No. BOS2500812; ORLOVA, Natalya Sergeyevna

Dear Program Integrity Unit:

The SSA Office of the Inspector General is conducting a criminal investigation into the concealment of work
activity while receiving Social Security disability benefits, in possible violation of 42 U.S.C. 408(a)(4) and
18 U.S.C. 641. Disclosure of unemployment compensation information to federal investigators is permitted under
20 C.F.R. 603.5.

I request quarterly wage records and the names and addresses of employers reporting wages for:

    Natalya Sergeyevna Orlova
    Date of birth: 23 November 1968
    SSN: XXX-XX-5529

for the period January 2022 through the most recent quarter available.

Please send the records to me at the address above or by e-mail to wendell.abernathy@ssa.gov.

Sincerely,

/s/ Wendell K. Abernathy
Special Agent
(617) 555-0137

[Transcribed from paper letter received by mail 02/27/2026 - Records Unit]
""",
label=dict(req=("ssa-oig", "Social Security Administration, Office of the Inspector General, Boston Field Division", "Wendell K. Abernathy", "Special Agent", "wendell.abernathy@ssa.gov", "(617) 555-0137"),
 subjects=[S("Natalya Sergeyevna Orlova", "1968-11-23", ("ssn_last4", "5529"))],
 basis=["42 USC 408", "18 USC 641", "20 CFR 603.5"], ptype="none", purpose="criminal_investigation",
 records=["wages", "employment"]))
