"""Build the blind_ccc sample set (independent author). Deterministic: fixed seed.

Run:  /work/main/.venv/bin/python samples/blind_ccc/build.py
"""
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas


# ================================================================ document texts and labels
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def R(key, agency, person, title, email=None, phone=None):
    return {"agency_key": key, "agency_name": agency, "person": person, "title": title, "email": email, "phone": phone}


def LAB(req, subjects, basis, ptype, form, attached, purpose, records, channel):
    return {"requestor": req, "subjects": subjects, "legal_basis": [{"normalized": b} for b in basis],
            "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
            "warrant_or_subpoena_attached": attached, "purpose": purpose,
            "records_requested": records, "channel": channel}


DOCS = []

# ---------------------------------------------------------------- bccc01 ERO letter, WA ESD
DOCS.append(dict(id="bccc01", format="born_digital", template="ERO field office letter, no process, A-number", font="Serif",
footer="FOR OFFICIAL USE ONLY - LAW ENFORCEMENT SENSITIVE",
markup="""
^^U.S. Department of Homeland Security
^U.S. Immigration and Customs Enforcement
^Enforcement and Removal Operations - Seattle Field Office
^12500 Tukwila International Blvd., Seattle, WA 98168
---

October 5, 2026

Washington State Employment Security Department
Attn: Records Disclosure Unit
P.O. Box 9046
Olympia, WA 98507-9046

Re: Request for Employer and Address Information - File No. SEA2610-0457

To Whom It May Concern:

U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), respectfully requests the most recent address of record, telephone number, and the names and addresses of all reporting employers for the individual identified below for the period January 2025 to present.

**Name: SAMATAR, Abdirahman Hassan
**Date of Birth: 02/14/1991
**Alien Registration No.: A 215-603-884
**Country of Citizenship: Somalia

This request is made pursuant to the authority of section 287 of the Immigration and Nationality Act, 8 U.S.C. § 1357, and is for official use only. The subject's spouse, Hodan Warsame, may be listed as a household member on prior claims; no information is requested about her.

Please direct the information to the undersigned at (206) 555-0143 or by e-mail to marcus.tillery@ice.dhs.gov. Your cooperation is appreciated.

Sincerely,


Marcus J. Tillery
Deportation Officer
ICE/ERO Seattle
(206) 555-0143
"""
, label=LAB(R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Seattle Field Office",
              "Marcus J. Tillery", "Deportation Officer", "marcus.tillery@ice.dhs.gov", "(206) 555-0143"),
            [S("Abdirahman Hassan Samatar", "1991-02-14", ("a_number", "A215603884"))],
            ["INA 287", "8 USC 1357"], "none", None, False, "civil_immigration",
            ["address", "phone", "employment"], "mail")))

# ---------------------------------------------------------------- bccc02 Oregon circuit court search warrant
DOCS.append(dict(id="bccc02", format="born_digital", template="detective cover letter + Oregon circuit court search warrant", font="Sans",
markup="""
^^PORTLAND POLICE BUREAU
^Detective Division - Fraud Detail
^1111 SW 2nd Ave, Portland, OR 97204
---
Date: 8 October 2026
To: Oregon Employment Department, Legal Compliance Unit, 875 Union St NE, Salem OR 97311
From: Det. Kimberly Ashcroft #48213
Case: PPB 26-318442

Enclosed please find a search warrant signed by the Honorable Ramón Ibarra-Wells, Circuit Court Judge, Multnomah County, directing production of unemployment insurance claim records for the two persons named in it. The investigation concerns identity theft (ORS 165.800) and aggravated identity theft (ORS 165.803) involving claims filed with stolen identities. The victim, Mr. Gerald Pruitt, is not a subject and his records are not requested.

Please return the records within ten days to me at kimberly.ashcroft@police.portlandoregon.gov or 503-555-0172.

Det. Kimberly Ashcroft
Portland Police Bureau, Fraud Detail
<<PAGE>>
^^IN THE CIRCUIT COURT OF THE STATE OF OREGON
^^FOR THE COUNTY OF MULTNOMAH
---
**SEARCH WARRANT                                        No. 26SW04417

IN THE NAME OF THE STATE OF OREGON, to any police officer:

Upon the affidavit of Detective Kimberly Ashcroft, sworn before me this day, I find probable cause to believe that evidence of the crimes of Identity Theft, ORS 165.800, and Aggravated Identity Theft, ORS 165.803, is located in the records of the Oregon Employment Department, Salem, Oregon.

YOU ARE THEREFORE COMMANDED, pursuant to ORS 133.555 and ORS 133.565, to search for and seize the following:

1. All unemployment insurance claim applications, weekly certifications, payment records, direct-deposit account information, IP addresses and mailing addresses associated with:
   a. Tran Thi Hoa (DOB 1986-11-03), Oregon driver license 7723019
   b. Duc Van Pham (DOB 1983-06-21)
2. All correspondence between the Department and the persons named above from 01/01/2025 to the present.

This warrant shall be executed within five days of issuance and returned to this court.

Issued this 7th day of October, 2026, at 3:40 p.m.

_______________________________
Ramón Ibarra-Wells
Circuit Court Judge
"""
, label=LAB(R("local-police", "Portland Police Bureau", "Kimberly Ashcroft", "Detective",
              "kimberly.ashcroft@police.portlandoregon.gov", "503-555-0172"),
            [S("Tran Thi Hoa", "1986-11-03", ("license", "7723019")), S("Duc Van Pham", "1983-06-21")],
            ["ORS 165.800", "ORS 165.803", "ORS 133.555", "ORS 133.565"], "judicial_warrant", None, True,
            "criminal_investigation", ["claims", "benefits", "address", "other"], "mail")))

# ---------------------------------------------------------------- bccc03 2703(d)-style order, D. Nev.
DOCS.append(dict(id="bccc03", format="born_digital", template="USAO transmittal + federal 2703(d)-style order, D. Nev.", font="Serif",
footer="Page {p}",
markup="""
^^UNITED STATES DISTRICT COURT
^^DISTRICT OF NEVADA
---
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)
                                                     Case No. 2:26-mj-00812-HLO
                                                     FILED UNDER SEAL

^^ORDER

This matter having come before the Court pursuant to an application under Title 18, United States Code, Section 2703(d), by Assistant United States Attorney Priya Raghunathan, which application requests an order directing the Nevada Department of Employment, Training and Rehabilitation ("DETR"), Employment Security Division, an entity that provides an online claimant portal, to disclose the records described in Attachment A, the Court finds that the applicant has offered specific and articulable facts showing that there are reasonable grounds to believe that the records are relevant and material to an ongoing criminal investigation of violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft).

IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that DETR shall, within ten days of the date of this Order, disclose to the United States the records described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that DETR shall not disclose the existence of the application or this Order to the listed subscribers or to any other person for one year.

DATED: October 6, 2026

                                   ______________________________
                                   Harriet L. Osei
                                   United States Magistrate Judge
<<PAGE>>
^^ATTACHMENT A
**Records to be disclosed

For the claimant accounts associated with the following persons, for the period March 1, 2025 through the date of this Order:

  1. Jonathan Reese McAllister, date of birth 4 Sep 1979
  2. Lucía Ortega Villalobos, date of birth 19 Jan 1992

(a) names, mailing and physical addresses, telephone numbers and e-mail addresses registered to the account;
(b) log-in records with date, time and Internet Protocol (IP) address;
(c) bank account and debit-card information to which benefits were paid;
(d) claim history and payment history.

Records should be provided to: Priya Raghunathan, Assistant United States Attorney, 501 Las Vegas Blvd. South, Suite 1100, Las Vegas, NV 89101; priya.raghunathan@usdoj.gov; (702) 555-0119.
"""
, label=LAB(R("doj-usao", "United States Attorney's Office, District of Nevada", "Priya Raghunathan", "Assistant United States Attorney",
              "priya.raghunathan@usdoj.gov", "(702) 555-0119"),
            [S("Jonathan Reese McAllister", "1979-09-04"), S("Lucía Ortega Villalobos", "1992-01-19")],
            ["18 USC 2703", "18 USC 1343", "18 USC 1028A", "18 USC 2705"], "court_order", None, True,
            "criminal_investigation", ["address", "phone", "email", "other", "claims", "benefits"], "mail")))

# ---------------------------------------------------------------- bccc04 AO 110 grand jury, D. Colo.
DOCS.append(dict(id="bccc04", format="born_digital", template="AO 110 federal grand jury subpoena + AUSA letter", font="Sans", size=9.5,
markup="""
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
^^UNITED STATES DISTRICT COURT
^for the
^District of Colorado
---
**SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records
    Colorado Department of Labor and Employment
    Unemployment Insurance Division
    633 17th Street, Suite 201, Denver, CO 80202

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place: Byron G. Rogers U.S. Courthouse, 1929 Stout Street, Denver, CO 80294     Date and Time: 11/04/2026 9:00 am
                                                              Grand Jury Room 3

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):

SEE ATTACHMENT A

Date: 10/07/2026                               CLERK OF COURT
                                               Marian V. Tolliver
                                               ______________________
                                               Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Daniel K. Oyelaran, Assistant U.S. Attorney, 1801 California Street, Suite 1600, Denver, CO 80202, daniel.oyelaran@usdoj.gov, (303) 555-0164
<<PAGE>>
^^ATTACHMENT A - GJ 26-2-114

For each person listed below, produce quarterly wage records reported by all employers, UI claim files, payment histories, and addresses of record, January 1, 2024 to present:

  GÓMEZ-ARRIAGA, Esteban            DOB: March 30, 1988
  DE LA CRUZ, Marisol Inés          DOB: December 2, 1990
  Employer of interest: Front Range Pallet & Crate LLC (FEIN 84-1234567) - produce its quarterly wage reports listing the persons above.

In lieu of appearance, records may be produced to Special Agent Hannah Voss, FBI Denver, with a completed certificate of authenticity under Fed. R. Evid. 902(11). This subpoena is issued in a criminal investigation; the recipient is requested not to disclose its existence (see Fed. R. Crim. P. 6(e)).
"""
, label=LAB(R("doj-usao", "United States Attorney's Office, District of Colorado", "Daniel K. Oyelaran", "Assistant U.S. Attorney",
              "daniel.oyelaran@usdoj.gov", "(303) 555-0164"),
            [S("Esteban Gómez-Arriaga", "1988-03-30"), S("Marisol Inés de la Cruz", "1990-12-02")],
            ["FRE 902", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
            ["wages", "employment", "claims", "benefits", "address"], "mail")))

# ---------------------------------------------------------------- bccc05 AO 88B civil, D.N.J.
DOCS.append(dict(id="bccc05", format="born_digital", template="AO 88B civil subpoena from plaintiff's attorney, FLSA case", font="Serif", size=9.5,
markup="""
AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
^^UNITED STATES DISTRICT COURT
^for the
^District of New Jersey
---
     YESENIA NÚÑEZ, et al.,                     )
           Plaintiffs,                           )    Civil Action No. 2:25-cv-09931-JXN-AME
     v.                                          )
     GARDEN STATE HOSPITALITY GROUP, INC.,       )
           Defendant.                            )

**SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To: Custodian of Records, New Jersey Department of Labor and Workforce Development, Division of Unemployment Insurance, 1 John Fitch Plaza, Trenton, NJ 08625

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material: All quarterly wage reports (Form WR-30) filed by Garden State Hospitality Group, Inc. listing plaintiff Yesenia Núñez (DOB 07/22/1994) or plaintiff Bich Ngoc Lê (DOB 05/09/1989), and all unemployment claim determinations for either plaintiff, 2022 to present.

Place: Kessler Alvarado LLP, 60 Park Place, Suite 900, Newark, NJ 07102      Date and Time: 11/09/2026 10:00 a.m.

The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

Date: 10/09/2026
                 CLERK OF COURT                         OR    /s/ Alana M. Kessler
                                                              Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing Plaintiffs, who issues or requests this subpoena, are: Alana M. Kessler, Esq., Kessler Alvarado LLP, 60 Park Place, Suite 900, Newark, NJ 07102; akessler@kessleralvarado.com; (973) 555-0128.

**Notice to the person who issues or requests this subpoena
If this subpoena commands the production of documents, a notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
<<PAGE>>
**Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)
(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, or regularly transacts business in person ...
(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena ...
(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored Information ...
(g) Contempt. The court for the district where compliance is required may hold in contempt a person who, having been served, fails without adequate excuse to obey the subpoena or an order related to it.
"""
, label=LAB(R("other", "Kessler Alvarado LLP", "Alana M. Kessler", "Attorney for Plaintiffs", "akessler@kessleralvarado.com", "(973) 555-0128"),
            [S("Yesenia Núñez", "1994-07-22"), S("Bich Ngoc Lê", "1989-05-09")],
            ["FRCP 45"], "court_subpoena", "AO 88B", True, "unknown", ["wages", "employment", "claims"], "mail")))

# ---------------------------------------------------------------- bccc06 I-138 ERO Phoenix to AZ DES
DOCS.append(dict(id="bccc06", format="born_digital", template="DHS Form I-138 Immigration Enforcement Subpoena", font="Sans", size=9.5,
markup="""
^DEPARTMENT OF HOMELAND SECURITY
^^IMMIGRATION ENFORCEMENT SUBPOENA
^(To Appear and/or Produce Records)
Subpoena No.: PHO-26-0338                                      File No.: A 208 771 053
---
To: Custodian of Records, Arizona Department of Economic Security, Office of Legal Compliance, 1789 W. Jefferson St., Phoenix, AZ 85007

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to produce the records listed below at the place, date and time specified, in connection with an investigation or inquiry relating to the enforcement of U.S. immigration laws, including the admissibility or removability of an alien, pursuant to Section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4.

Records to be produced: Any and all records for Alejandro Ibáñez Soto (a/k/a "Alex Ibanez"), DOB 1984-08-11, A208771053, including current and prior residential and mailing addresses, telephone numbers, SNAP and cash assistance case information including household composition, and employer information, 06/01/2024 to present. Do not produce records of the household members (Rosa Soto Medina, Mateo Ibáñez) except as they reflect the subject's address.

Place: ICE ERO Phoenix, 2035 N. Central Ave., Phoenix, AZ 85004          Date: October 30, 2026   Time: 10:00 AM
Records may be mailed or e-mailed in lieu of appearance to the issuing officer, craig.whitfield@ice.dhs.gov, (602) 555-0137.

Failure to comply with this subpoena may result in the Department of Homeland Security seeking a court order in a United States District Court to compel compliance, and failure to obey such an order may be punished as contempt of court.

_______________________________          Date of issuance: 10/08/2026
(Signature of issuing official)
Craig Whitfield, Supervisory Detention and Deportation Officer, ICE ERO Phoenix

DHS Form I-138 (6/17)
"""
, label=LAB(R("dhs-ice-ero", "ICE ERO Phoenix", "Craig Whitfield", "Supervisory Detention and Deportation Officer", "craig.whitfield@ice.dhs.gov", "(602) 555-0137"),
            [S("Alejandro Ibáñez Soto", "1984-08-11", ("a_number", "A208771053"))],
            ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True, "civil_immigration",
            ["address", "phone", "benefits", "employment"], "mail")))

# ---------------------------------------------------------------- bccc07 ERO SLC letter + I-205
DOCS.append(dict(id="bccc07", format="born_digital", template="ERO letter with Form I-205 warrant of removal attached", font="Serif",
markup="""
U.S. Department of Homeland Security
Immigration and Customs Enforcement
Salt Lake City Field Office
2975 Decker Lake Drive, West Valley City, UT 84119

Oct. 13, 2026

Utah Department of Workforce Services
Government Records Access Unit
140 East 300 South, Salt Lake City, UT 84111

RE: Milorad Janković, DOB 1 June 1977

Dear Records Officer,

The above-named individual is subject to a final order of removal. A copy of the Warrant of Removal/Deportation (Form I-205) is enclosed. ICE requests his current residential address and any employer reported in the last two quarters so the warrant may be executed under 8 U.S.C. § 1231(a).

Respectfully,

Erin M. Sandoval
Supervisory Detention and Deportation Officer
erin.sandoval@ice.dhs.gov  |  801-555-0191
<<PAGE>>
^U.S. Department of Homeland Security
^^WARRANT OF REMOVAL/DEPORTATION
                                                   File No: A 097 455 210
                                                   Date: 09/28/2026
To any immigration officer of the United States Department of Homeland Security:

Milorad JANKOVIĆ
(Full name of alien)

who entered the United States at New York, NY on 05/17/2003 is subject to removal/deportation from the United States, based upon a final order by:
   [X] an immigration judge in exclusion, deportation, or removal proceedings
   [ ] a designated official
   [ ] the Board of Immigration Appeals
   [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(1)(B)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation "Enforcement and Removal Operations".

_____________________________
(Signature of immigration officer)
Field Office Director, Salt Lake City
(Title of immigration officer)
Salt Lake City, Utah  (Date and office location)

Form I-205 (Rev. 08/01/07)
"""
, label=LAB(R("dhs-ice-ero", "Immigration and Customs Enforcement, Salt Lake City Field Office", "Erin M. Sandoval",
              "Supervisory Detention and Deportation Officer", "erin.sandoval@ice.dhs.gov", "801-555-0191"),
            [S("Milorad Janković", "1977-06-01", ("a_number", "A097455210"))],
            ["8 USC 1231", "INA 237"], "administrative_warrant", "I-205", True, "civil_immigration",
            ["address", "employment"], "mail")))

# ---------------------------------------------------------------- bccc08 APD letter, NM DWS
DOCS.append(dict(id="bccc08", format="born_digital", template="municipal police homicide unit letter, no process", font="Sans",
markup="""
^^CITY OF ALBUQUERQUE - ALBUQUERQUE POLICE DEPARTMENT
^Criminal Investigations Bureau  •  Homicide Unit
^400 Roma NW, Albuquerque, New Mexico 87102
---
2026-10-14

New Mexico Department of Workforce Solutions
Office of General Counsel
401 Broadway NE
Albuquerque, NM 87102

APD Case No. 26-0081733

Counsel:

The Albuquerque Police Department is investigating the death of Ms. Angelina Chee, which occurred on September 27, 2026, as a homicide under NMSA 1978, § 30-2-1. Detectives have identified Ricardo Alonso Baca-Trujillo, born 1995-02-08, New Mexico driver's license no. 502-118-946, as a person of interest. We ask for his employer(s) of record, the addresses and telephone numbers he reported with any unemployment claim, and his last date of employment.

A witness in the case, Mr. Darnell Whitehorse, has been interviewed; no records are sought about him.

We understand the Department may require legal process. If so, please let me know and we will obtain it.

Respectfully,

Sgt. Teresa Villanueva-Ortiz
Homicide Unit, Albuquerque Police Department
tvillanueva-ortiz@cabq.gov
Office 505-555-0110

cc: Lt. Paul Redhorse, Homicide Unit Commander
"""
, label=LAB(R("local-police", "Albuquerque Police Department", "Teresa Villanueva-Ortiz", "Sergeant, Homicide Unit",
              "tvillanueva-ortiz@cabq.gov", "505-555-0110"),
            [S("Ricardo Alonso Baca-Trujillo", "1995-02-08", ("license", "502118946"))],
            ["NMSA 30-2-1"], "none", None, False, "criminal_investigation",
            ["employment", "address", "phone", "claims"], "mail")))

# ---------------------------------------------------------------- bccc09 SSA OIG letter, NY DOL
DOCS.append(dict(id="bccc09", format="born_digital", template="SSA OIG special agent letter, wage records, two subjects", font="Serif",
markup="""
^^SOCIAL SECURITY ADMINISTRATION
^^OFFICE OF THE INSPECTOR GENERAL
^Office of Investigations - New York Field Division
^26 Federal Plaza, Room 40-100, New York, NY 10278
---
                                                              October 15, 2026
New York State Department of Labor
Unemployment Insurance Division - Law Enforcement Liaison
State Office Campus, Building 12
Albany, NY 12240

Subject: Request for Wage and Claim Records - OIG Case No. NY-2609-0114-Q

Dear Liaison Officer:

The Social Security Administration, Office of the Inspector General (SSA OIG) is conducting a criminal investigation into the concealment of work activity while receiving Supplemental Security Income, in possible violation of 42 U.S.C. § 1383a(a) and 18 U.S.C. § 641 (theft of government funds). We request quarterly wage records, employer names and addresses, and unemployment insurance claim history, January 2023 to the present, for:

  1. KOWALCZYK, Tadeusz Piotr — DOB 11/30/1968 — SSN ending 4417
  2. Nataliya Horbachenko — DOB 04/05/1972 — SSN ending 9082 (representative payee for the SSI recipient Oksana Horbachenko, who is not a subject of this request)

We believe disclosure is permitted under 20 C.F.R. § 603.5(i) and New York Labor Law § 537. Please send records to Special Agent Victor Mensah-Brooks at victor.mensah-brooks@ssa.gov, telephone (212) 555-0153.

Sincerely,

Victor Mensah-Brooks
Special Agent
SSA Office of the Inspector General
"""
, label=LAB(R("ssa-oig", "Social Security Administration, Office of the Inspector General", "Victor Mensah-Brooks", "Special Agent",
              "victor.mensah-brooks@ssa.gov", "(212) 555-0153"),
            [S("Tadeusz Piotr Kowalczyk", "1968-11-30", ("ssn_last4", "4417")),
             S("Nataliya Horbachenko", "1972-04-05", ("ssn_last4", "9082"))],
            ["42 USC 1383a", "18 USC 641", "20 CFR 603.5", "NY Labor Law 537"], "none", None, False,
            "criminal_investigation", ["wages", "employment", "claims"], "mail")))

# ---------------------------------------------------------------- bccc10 I-247A to Montana State Hospital
DOCS.append(dict(id="bccc10", format="born_digital", template="Form I-247A detainer to state hospital (DPHHS)", font="Sans", size=9,
markup="""
DEPARTMENT OF HOMELAND SECURITY
^^IMMIGRATION DETAINER - NOTICE OF ACTION
                                                                     Subject ID: 390118274
                                                                     Event #: HEL2610000219
                                                                     File No: A 214 336 907
                                                                     Date: 10/16/2026
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
Montana State Hospital, Montana Department of Public Health and Human Services, 300 Garnet Way, Warm Springs, MT 59756
FROM: (Department of Homeland Security Office Address)
ICE ERO Helena Sub-Office, 2 N. Last Chance Gulch, Helena, MT 59601

Name of Alien: Oleksandr Mykolaiovych BONDARENKO
Date of Birth: 1981-03-12        Citizenship: Ukraine        Sex: M

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
   [X] a final order of removal against the alien;
   [ ] the pendency of ongoing removal proceedings against the alien;
   [ ] biometric confirmation of the alien's identity and a records check of federal databases ...
   [ ] statements made by the alien to an immigration officer ...

IT IS THEREFORE REQUESTED THAT YOU:
• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
• Notify this office in the event of the alien's death, hospitalization or transfer to another institution.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. It is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.

Please also provide the alien's anticipated release date and the address he reported at intake.

_________________________________________
(Signature of Authorized Immigration Officer)
Jared T. Kincaid, Supervisory Detention and Deportation Officer
(406) 555-0127   jared.kincaid@ice.dhs.gov

DHS Form I-247A (3/17)
"""
, label=LAB(R("dhs-ice-ero", "ICE ERO Helena Sub-Office", "Jared T. Kincaid", "Supervisory Detention and Deportation Officer", "jared.kincaid@ice.dhs.gov", "(406) 555-0127"),
            [S("Oleksandr Mykolaiovych Bondarenko", "1981-03-12", ("a_number", "A214336907"))],
            ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", False, "civil_immigration",
            ["address", "other"], "mail")))

# ---------------------------------------------------------------- bccc11 FBI plain email, WA ESD
DOCS.append(dict(id="bccc11", format="eml", template="FBI special agent plain-text email, no process",
email=dict(**{"from": "Nguyen, Khanh (SE) (FBI) <knguyen3@fbi.gov>", "to": "esd.disclosure@esd.wa.gov",
  "subject": "Employer info request - 18 USC 1349 investigation", "date": "Mon, 19 Oct 2026 08:12:44 -0700",
  "msgid": "<20261019151244.7Q2@fbi.gov>", "body": """Good morning,

I'm a Special Agent with the FBI Seattle Field Office, Tacoma Resident Agency. We're working a health care fraud conspiracy case (18 U.S.C. 1349 and 18 U.S.C. 1347) involving a home-care agency in Pierce County. Could ESD tell me who has reported wages for the following two people since Q1 2025, and the addresses on file?

- Fartun Abdi Yusuf, DOB 09/17/1985
- Gordon Lee Whitlock, DOB 12/03/1970, WA DL WHITLGL503KA (this is the older format, sorry)

Whitlock is the owner of Evergreen Compassion Care LLC; the company itself is not a target of this request, only the two individuals. If you need a subpoena I can get one from the USAO, just let me know, but I was told ESD can sometimes help on a letter request.

Thanks very much,

Khanh Nguyen
Special Agent
Federal Bureau of Investigation - Seattle Division, Tacoma RA
Desk: 253-555-0176
Cell: 253-555-0181
knguyen3@fbi.gov
"""}),
label=LAB(R("doj-fbi", "Federal Bureau of Investigation - Seattle Division, Tacoma RA", "Khanh Nguyen", "Special Agent", "knguyen3@fbi.gov", "253-555-0176"),
          [S("Fartun Abdi Yusuf", "1985-09-17"), S("Gordon Lee Whitlock", "1970-12-03", ("license", "WHITLGL503KA"))],
          ["18 USC 1349", "18 USC 1347"], "none", None, False, "criminal_investigation", ["wages", "employment", "address"], "email")))

# ---------------------------------------------------------------- bccc12 sheriff HTML-only email + PNG arrest warrant
WARRANT_12 = """
^^COUNTY COURT, EL PASO COUNTY, COLORADO
^Court Address: 270 S. Tejon St., Colorado Springs, CO 80903
---
THE PEOPLE OF THE STATE OF COLORADO
v.
Defendant: DZHUMABAEV, Ruslan Bakytovich   DOB: 1993-07-26                 Case Number: 26M004812
                                                                           Division: 2A
^^WARRANT FOR ARREST
^(Failure to Appear)

TO ANY PEACE OFFICER IN THE STATE OF COLORADO:

The Defendant named above, having been charged with Theft, C.R.S. § 18-4-401, and having been ordered to appear before this Court on September 22, 2026 and having failed to appear, YOU ARE COMMANDED to arrest the Defendant and bring the Defendant before this Court without unnecessary delay, pursuant to Crim. P. 9.

Bond: $2,500 cash only.

Issued: 09/23/2026                         BY THE COURT:
                                           ______________________
                                           Hon. Margarita Solís-Kent, County Court Judge
"""
DOCS.append(dict(id="bccc12", format="eml", template="sheriff's deputy HTML-only email with PNG image of county court arrest warrant",
email=dict(**{"from": "\"Dep. Brandon Kołodziej\" <brandon.kolodziej@elpasoco.com>", "to": "cdhs_records@state.co.us",
  "cc": "warrants.unit@elpasoco.com",
  "subject": "FTA warrant - address request DZHUMABAEV", "date": "Tue, 20 Oct 2026 14:03:10 -0600",
  "msgid": "<a8f2c1e09@elpasoco.com>",
  "html": """<html><body style="font-family:Calibri,sans-serif">
<p>Hello CDHS Records,</p>
<p>The El Paso County Sheriff's Office Warrants Unit is trying to locate <b>Ruslan Bakytovich Dzhumabaev</b> (DOB 07/26/1993) on the attached County Court arrest warrant (case 26M004812, theft). We believe he may receive SNAP or Colorado Works benefits and would appreciate <b>any current residential or mailing address and phone number</b> you have on file.</p>
<p>His girlfriend, Alina Sokolova, may be the head of household on the case; we are not asking about her.</p>
<p>Thank you,</p>
<p>Deputy Brandon Kołodziej #3391<br>Warrants Unit<br>El Paso County Sheriff's Office<br>27 E. Vermijo Ave., Colorado Springs, CO 80903<br>Office: (719) 555-0148</p>
<p style="font-size:9px;color:#666">CONFIDENTIALITY NOTICE: This e-mail may contain confidential criminal justice information. If you received it in error, notify the sender and delete it.</p>
</body></html>""",
  "attachments": [dict(kind="png", filename="26M004812_warrant.png", markup=WARRANT_12, font="Serif", size=11)]}),
label=LAB(R("sheriff", "El Paso County Sheriff's Office", "Brandon Kołodziej", "Deputy, Warrants Unit", "brandon.kolodziej@elpasoco.com", "(719) 555-0148"),
          [S("Ruslan Bakytovich Dzhumabaev", "1993-07-26")],
          ["CRS 18-4-401", "CO CrimP 9"], "judicial_warrant", None, True, "criminal_investigation", ["address", "phone"], "email")))

# ---------------------------------------------------------------- bccc13 ERO multipart/alternative + I-200 PDF
I200_13 = """
^U.S. DEPARTMENT OF HOMELAND SECURITY
^^WARRANT FOR ARREST OF ALIEN
                                                       File No. A 203 918 446
                                                       Date: 10/02/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that Edwin Josué Portillo Argueta is removable from the United States. This determination is based upon:
   [ ] the execution of a charging document to initiate removal proceedings against the subject;
   [X] the pendency of ongoing removal proceedings against the subject;
   [ ] the failure to establish admissibility subsequent to deferred inspection;
   [ ] biometric confirmation of the subject's identity and a records check of federal databases ...

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

_______________________________
(Signature of Authorized Immigration Officer)
Rochelle D. Amundsen, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)

Form I-200 (Rev. 09/16)
"""
DOCS.append(dict(id="bccc13", format="eml", template="ERO deportation officer multipart/alternative email with I-200 PDF",
email=dict(**{"from": "Tomas Reyes-Lindqvist <Tomas.Reyes-Lindqvist@ice.dhs.gov>", "to": "DETR ESD Records <esdrecords@detr.nv.gov>",
  "subject": "Request for address/employer - PORTILLO ARGUETA, Edwin (A203918446)", "date": "Wed, 21 Oct 2026 09:41:02 -0700",
  "msgid": "<BN7PR09MB4471@ice.dhs.gov>",
  "body": """Good morning,

ICE Enforcement and Removal Operations, Las Vegas Sub-Office, requests the current address and most recent employer on file for:

  PORTILLO ARGUETA, Edwin Josué
  DOB: 22 Feb 1998
  A#: 203-918-446

An administrative warrant (Form I-200) is attached. The information will be used for official purposes only.

V/r,
Tomas Reyes-Lindqvist
Deportation Officer
ICE ERO Salt Lake City Field Office - Las Vegas Sub-Office
501 S. Las Vegas Blvd, Las Vegas, NV 89101
Office: 702-555-0106
""",
  "html": """<div style="font-family:Segoe UI">Good morning,<br><br>ICE Enforcement and Removal Operations, Las Vegas Sub-Office, requests the current address and most recent employer on file for:<br><br>
<b>PORTILLO ARGUETA, Edwin Josué</b><br>DOB: 22 Feb 1998<br>A#: 203-918-446<br><br>An administrative warrant (Form I-200) is attached. The information will be used for official purposes only.<br><br>
V/r,<br>Tomas Reyes-Lindqvist<br>Deportation Officer<br>ICE ERO Salt Lake City Field Office - Las Vegas Sub-Office<br>501 S. Las Vegas Blvd, Las Vegas, NV 89101<br>Office: 702-555-0106</div>""",
  "attachments": [dict(kind="pdf", filename="I-200_PORTILLO.pdf", markup=I200_13, font="Sans", size=10)]}),
label=LAB(R("dhs-ice-ero", "ICE ERO Salt Lake City Field Office - Las Vegas Sub-Office", "Tomas Reyes-Lindqvist", "Deportation Officer",
            "Tomas.Reyes-Lindqvist@ice.dhs.gov", "702-555-0106"),
          [S("Edwin Josué Portillo Argueta", "1998-02-22", ("a_number", "A203918446"))],
          ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration", ["address", "employment"], "email")))

# ---------------------------------------------------------------- bccc14 Kings County DA + state grand jury subpoena PDF
GJ_14 = """
^^SUBPOENA DUCES TECUM
^^FOR A GRAND JURY
^THE PEOPLE OF THE STATE OF NEW YORK
---
TO: Records Access Officer, New York State Department of Labor, Building 12, W.A. Harriman Campus, Albany, NY 12240

WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the County of Kings, at the Supreme Court Building, 320 Jay Street, Brooklyn, New York, on the 12th day of November, 2026, at 10:00 a.m., as a witness in a criminal action prosecuted by the People of the State of New York against JOHN DOE(S), and that you bring with you and produce the following:

All unemployment insurance claim records, including applications, IP log-in data, bank deposit information, and wage records, January 1, 2025 to date, for:
   (1) Kwame Asante Boateng, DOB 06/14/1987
   (2) Svetlana Igorevna Markova, DOB 10/01/1990

This subpoena is issued pursuant to CPL 610.20 and 610.25 in connection with an investigation of Grand Larceny (Penal Law § 155.35) and Falsifying Business Records (Penal Law § 175.10).

Failure to comply with this subpoena is punishable as a contempt of court and may subject you to penalty pursuant to Penal Law § 215.50.

Dated: Brooklyn, New York, October 16, 2026
                                          MARGARET T. OKAFOR
                                          District Attorney, Kings County
                                          By: Siobhan P. Adeyemi-Clarke, Assistant District Attorney
                                          Frauds Bureau, 350 Jay Street, Brooklyn, NY 11201  (718) 555-0139
DO NOT DISCLOSE: Disclosure of the existence of this subpoena may impede a criminal investigation (CPL 190.25(4)).
"""
DOCS.append(dict(id="bccc14", format="eml", template="ADA plain email with state grand jury subpoena duces tecum PDF (NY)",
email=dict(**{"from": "Adeyemi-Clarke, Siobhan <adeyemis@brooklynda.org>", "to": "LawEnforcementRequests@labor.ny.gov",
  "subject": "Grand Jury Subpoena - Kings County - UI records (2 individuals)", "date": "Fri, 16 Oct 2026 16:55:21 -0400",
  "msgid": "<CAKDA2026101616552@brooklynda.org>",
  "body": """Dear Records Access Officer,

Please find attached a grand jury subpoena duces tecum issued by the Kings County District Attorney's Office, Frauds Bureau. Personal appearance is waived if the records are produced to me electronically together with a business records certification by the return date.

The records relate to Kwame Asante Boateng and Svetlana Igorevna Markova. Please do not notify the individuals.

Regards,

Siobhan P. Adeyemi-Clarke
Assistant District Attorney, Frauds Bureau
Kings County District Attorney's Office
350 Jay Street, Brooklyn, NY 11201
T: (718) 555-0139
""",
  "attachments": [dict(kind="pdf", filename="GJ_SDT_NYSDOL_2026-10-16.pdf", markup=GJ_14, font="Serif", size=10)]}),
label=LAB(R("district-attorney", "Kings County District Attorney's Office", "Siobhan P. Adeyemi-Clarke", "Assistant District Attorney",
            "adeyemis@brooklynda.org", "(718) 555-0139"),
          [S("Kwame Asante Boateng", "1987-06-14"), S("Svetlana Igorevna Markova", "1990-10-01")],
          ["NY CPL 610.20", "NY CPL 610.25", "NY PL 155.35", "NY PL 175.10", "NY PL 215.50", "NY CPL 190.25"],
          "grand_jury_subpoena", None, True, "criminal_investigation", ["claims", "other", "wages"], "email")))

# ---------------------------------------------------------------- bccc15 Phoenix PD + JPEG court order
ORDER_15 = """
^^IN THE SUPERIOR COURT OF THE STATE OF ARIZONA
^^IN AND FOR THE COUNTY OF MARICOPA
---
In the Matter of the Application of the Phoenix Police Department        No. CR2026-118842-SW
for Release of Records of the Arizona Department of Economic Security

^^ORDER FOR RELEASE OF CONFIDENTIAL RECORDS

Upon the application of the State of Arizona, and good cause appearing, the Court finds that the records described below are relevant to a pending criminal investigation of Fraudulent Schemes and Artifices, A.R.S. § 13-2310, and that disclosure is authorized under A.R.S. § 41-1959 and A.R.S. § 23-722.

IT IS ORDERED that the Arizona Department of Economic Security shall release to Detective Alicia Benally-Moore, Phoenix Police Department, all unemployment insurance and SNAP application records, addresses, telephone numbers and payment records for:

   YAZZIE, Darrell James     DOB 3/9/1982
   Hu, Mei-Ling              DOB 1996-12-18

IT IS FURTHER ORDERED that the records shall be used solely for the purposes of the criminal investigation.

DATED this 14th day of October, 2026.
                                     ______________________________
                                     Hon. Gustavo R. Echeverría
                                     Judge of the Superior Court
"""
DOCS.append(dict(id="bccc15", format="eml", template="detective email with photographed (JPEG) superior court order",
email=dict(**{"from": "alicia.benally-moore@phoenix.gov", "to": "DES Legal Compliance <legalcompliance@azdes.gov>",
  "subject": "Court order - records release - PPD DR 26-1942207", "date": "Thu, 15 Oct 2026 11:20:33 -0700",
  "msgid": "<0f3b9a7e-ppd@phoenix.gov>",
  "body": """Hi,

Attached is a photo of the signed court order from Judge Echeverría for the DES records on Darrell Yazzie and Mei-Ling Hu (our DR 26-1942207, fraud investigation). Originals are going out by mail today. Could you send the records to this email?

Darrell's mother, Loretta Yazzie, is listed on the same SNAP household - we don't need hers.

Thanks!
Det. Alicia Benally-Moore, #9183
Phoenix Police Department - Financial Crimes Unit
602-555-0133

Sent from my iPhone
""",
  "attachments": [dict(kind="jpeg", filename="IMG_4471.jpg", markup=ORDER_15, font="Serif", size=11)]}),
label=LAB(R("local-police", "Phoenix Police Department", "Alicia Benally-Moore", "Detective, Financial Crimes Unit",
            "alicia.benally-moore@phoenix.gov", "602-555-0133"),
          [S("Darrell James Yazzie", "1982-03-09"), S("Mei-Ling Hu", "1996-12-18")],
          ["ARS 13-2310", "ARS 41-1959", "ARS 23-722"], "court_order", None, True, "criminal_investigation",
          ["claims", "benefits", "address", "phone"], "email")))

# ---------------------------------------------------------------- bccc16 forwarded DEA subpoena (message/rfc822)
DEA_16 = """
^U.S. Department of Justice
^Drug Enforcement Administration
^^SUBPOENA
                                                           Subpoena No.: DR-26-0417
                                                           File No.: R3-26-0022
To: Custodian of Records, New Mexico Human Services Department, Income Support Division, P.O. Box 2348, Santa Fe, NM 87504

In the matter of an investigation pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876) of possible violations of 21 U.S.C. §§ 841 and 846 relating to controlled substances, YOU ARE HEREBY REQUIRED to appear before Diversion Investigator/Special Agent Rafael Chávez-Domínguez, an officer of the Drug Enforcement Administration, at 2660 Fritts Crossing SE, Albuquerque, NM 87106 on 11/06/2026 at 10:00 AM, and to bring with you:

All records of applications for and receipt of Medicaid, SNAP and TANF benefits, including addresses, telephone numbers, household composition and reported income/employers, for:
   SILVA ECHEVERRÍA, José Manuel - DOB 5 Jan 1989
   Tuyet Mai Nguyen - DOB 1991-08-30
for the period January 1, 2025 to present.

In lieu of appearance, records may be produced by mail to the undersigned.

In the event of failure to obey this subpoena, the Attorney General may invoke the aid of any court of the United States within the jurisdiction of which the investigation is carried on to compel compliance (21 U.S.C. 876(c)).

Issued: 10/20/2026          Signature: ________________  Rafael Chávez-Domínguez, Special Agent, DEA Albuquerque District Office
"""
INNER_16 = dict(**{"from": "Chavez-Dominguez, Rafael <rafael.chavez-dominguez@dea.gov>", "to": "isd.legal@hsd.nm.gov",
  "subject": "DEA Subpoena DR-26-0417", "date": "Tue, 20 Oct 2026 10:02:55 -0600", "msgid": "<SA1PR09MB0417@dea.gov>",
  "body": """Good morning,

Attached is DEA administrative subpoena DR-26-0417 for benefit records on two individuals involved in a fentanyl distribution investigation. Please email responsive records to me; no appearance necessary.

Respectfully,
SA Rafael Chávez-Domínguez
DEA Albuquerque District Office
(505) 555-0161
""", "attachments": [dict(kind="pdf", filename="DR-26-0417.pdf", markup=DEA_16, font="Serif", size=10)]})
DOCS.append(dict(id="bccc16", format="eml", template="intake staff forward (message/rfc822) of DEA 21 USC 876 subpoena email",
email=dict(**{"from": "Maribel Archuleta <maribel.archuleta@hsd.nm.gov>", "to": "HSD OGC Records <ogc.records@hsd.nm.gov>",
  "subject": "Fwd: DEA Subpoena DR-26-0417", "date": "Wed, 21 Oct 2026 07:48:09 -0600", "msgid": "<fwd-0417@hsd.nm.gov>",
  "body": """Forwarding the DEA subpoena that came into the ISD legal box yesterday. Original message attached. Please log and route.

Maribel Archuleta
Administrative Assistant II, Income Support Division
""", "attachments": [dict(kind="rfc822", spec=INNER_16)]}),
label=LAB(R("doj-dea", "Drug Enforcement Administration, Albuquerque District Office", "Rafael Chávez-Domínguez", "Special Agent",
            "rafael.chavez-dominguez@dea.gov", "(505) 555-0161"),
          [S("José Manuel Silva Echeverría", "1989-01-05"), S("Tuyet Mai Nguyen", "1991-08-30")],
          ["PL 91-513", "21 USC 876", "21 USC 841", "21 USC 846"], "administrative_subpoena", None, True,
          "criminal_investigation", ["benefits", "address", "phone", "employment"], "email")))

# ---------------------------------------------------------------- bccc17 HSI labor trafficking email, NJ
DOCS.append(dict(id="bccc17", format="eml", template="HSI special agent plain email, labor trafficking, three subjects",
email=dict(**{"from": "\"Ferreira, Daniela M\" <Daniela.M.Ferreira@hsi.dhs.gov>", "to": "njdol.legal@dol.nj.gov",
  "cc": "Anthony.Greco@usdoj.gov",
  "subject": "HSI Newark - request for wage records (forced labor investigation)", "date": "Thu, 22 Oct 2026 13:30:00 -0400",
  "msgid": "<HSI-NWK-20261022-1330@hsi.dhs.gov>",
  "body": """Good afternoon,

Homeland Security Investigations (HSI) Newark is conducting a criminal investigation into forced labor and document servitude (18 U.S.C. §§ 1589 and 1592) at several landscaping companies in Middlesex County. AUSA Anthony Greco (cc'd) is assigned.

We request employer wage filings and any UI claims for the following persons, 2023 to present:

1. Valentín Ochoa Ruiz, DOB 11-Apr-1979 (believed owner/operator, "Ochoa Green Services")
2. Wilmer Antonio Ochoa, DOB 1982-07-07
3. Petra Milovanović, DOB 02/27/1976 (bookkeeper)

Workers identified as potential victims (e.g., Santos Xitumul) are not subjects of this request and we ask that nothing be sent about them.

The request is made pursuant to 19 U.S.C. § 1589a and 8 U.S.C. § 1357(b) enforcement authority. Please contact me with any questions.

Daniela M. Ferreira
Special Agent
HSI Newark - Human Trafficking Group
Office (973) 555-0185 | Cell (973) 555-0187
"""}),
label=LAB(R("dhs-ice-hsi", "Homeland Security Investigations (HSI) Newark", "Daniela M. Ferreira", "Special Agent",
            "Daniela.M.Ferreira@hsi.dhs.gov", "(973) 555-0185"),
          [S("Valentín Ochoa Ruiz", "1979-04-11"), S("Wilmer Antonio Ochoa", "1982-07-07"), S("Petra Milovanović", "1976-02-27")],
          ["18 USC 1589", "18 USC 1592", "19 USC 1589a", "8 USC 1357"], "none", None, False, "criminal_investigation",
          ["wages", "employment", "claims"], "email")))

# ---------------------------------------------------------------- bccc18 ERO HTML-only informal email, MA DTA
DOCS.append(dict(id="bccc18", format="eml", template="ERO informal HTML-only email, A-number, for official use",
email=dict(**{"from": "Kevin O'Donoghue <kevin.odonoghue@ice.dhs.gov>", "to": "dta.lawenforcement@mass.gov",
  "subject": "address check", "date": "Fri, 23 Oct 2026 15:17:40 -0400", "msgid": "<ero-bos-88123@ice.dhs.gov>",
  "html": """<html><body><p>Hi there,</p>
<p>Can you run this one for me and let me know last known address and whether she's on any benefits? FOUO.</p>
<table border="1" cellpadding="3"><tr><td>Name</td><td>Amina Ali Farah</td></tr>
<tr><td>DOB</td><td>1990-05-02</td></tr><tr><td>A#</td><td>A 209-114-552</td></tr></table>
<p>Thanks,<br>Kevin O'Donoghue<br>Deportation Officer | Boston Field Office<br>U.S. Immigration and Customs Enforcement<br>
Enforcement and Removal Operations<br>Burlington, MA | 781-555-0122</p>
<p><i>WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).</i></p></body></html>"""}),
label=LAB(R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Boston Field Office",
            "Kevin O'Donoghue", "Deportation Officer", "kevin.odonoghue@ice.dhs.gov", "781-555-0122"),
          [S("Amina Ali Farah", "1990-05-02", ("a_number", "A209114552"))],
          [], "none", None, False, "civil_immigration", ["address", "benefits"], "email")))

# ---------------------------------------------------------------- bccc19 Vermont trial subpoena via email
VT_19 = """
^^STATE OF VERMONT
SUPERIOR COURT                                                 CRIMINAL DIVISION
Chittenden Unit                                                Docket No. 26-CR-03318
---
^^STATE OF VERMONT v. CALEB R. THIBODEAU
^^SUBPOENA DUCES TECUM

TO: Keeper of Records, Vermont Department of Labor, Unemployment Insurance & Wages Division, 5 Green Mountain Drive, Montpelier, VT 05601

YOU ARE COMMANDED to appear before the Superior Court, Criminal Division, Chittenden Unit, 32 Cherry Street, Burlington, Vermont, on November 17, 2026 at 8:30 a.m., to testify in the trial of the above-captioned matter, and to bring with you:

Certified copies of all wage records and unemployment claim records (including claimant statements and the mailing address on each claim) for Caleb R. Thibodeau, date of birth March 11, 1997, for 2024 through 2026.

Personal appearance may be excused upon delivery of certified records under V.R.Cr.P. 17(c) and V.R.E. 902(11) before the trial date. The defendant is charged with false pretenses, 13 V.S.A. § 2002.

Issued at the request of the State.
Dated: 10/21/2026                       /s/ Nora L. Pelletier
                                        Nora L. Pelletier, Deputy State's Attorney
                                        Chittenden County State's Attorney's Office
"""
DOCS.append(dict(id="bccc19", format="eml", template="deputy state's attorney multipart/alternative email with criminal trial subpoena PDF (VT)",
email=dict(**{"from": "\"Pelletier, Nora\" <nora.pelletier@vermont.gov>", "to": "labor.records@vermont.gov",
  "cc": "\"Lavoie, Denise (Paralegal)\" <denise.lavoie@vermont.gov>",
  "subject": "Trial subpoena - State v. Thibodeau, 26-CR-03318", "date": "Wed, 21 Oct 2026 10:05:12 -0400",
  "msgid": "<SAO-CHIT-3318@vermont.gov>",
  "body": """Good morning,

Please see the attached trial subpoena for certified wage and UI claim records for Caleb Thibodeau. A certification under V.R.E. 902(11) in lieu of appearance is fine.

Thank you,
Nora L. Pelletier
Deputy State's Attorney
Chittenden County State's Attorney's Office
32 Cherry St., Suite 305, Burlington, VT 05401
(802) 555-0114
""",
  "html": """<p>Good morning,</p><p>Please see the attached trial subpoena for certified wage and UI claim records for Caleb Thibodeau. A certification under V.R.E. 902(11) in lieu of appearance is fine.</p>
<p>Thank you,<br>Nora L. Pelletier<br>Deputy State's Attorney<br>Chittenden County State's Attorney's Office<br>32 Cherry St., Suite 305, Burlington, VT 05401<br>(802) 555-0114</p>""",
  "attachments": [dict(kind="pdf", filename="Subpoena_Thibodeau_VDOL.pdf", markup=VT_19, font="Serif", size=10)]}),
label=LAB(R("district-attorney", "Chittenden County State's Attorney's Office", "Nora L. Pelletier", "Deputy State's Attorney",
            "nora.pelletier@vermont.gov", "(802) 555-0114"),
          [S("Caleb R. Thibodeau", "1997-03-11")],
          ["VT CrimP 17", "VT R Evid 902", "13 VSA 2002"], "court_subpoena", None, True, "criminal_investigation",
          ["wages", "claims", "address"], "email")))

# ---------------------------------------------------------------- bccc20 scanned ATF letter + AO 93
DOCS.append(dict(id="bccc20", format="scanned", template="scanned ATF cover letter + AO 93 search and seizure warrant, D. Idaho",
rotations={2: 180}, font="Serif", size=10.5,
markup="""
U.S. Department of Justice
Bureau of Alcohol, Tobacco, Firearms and Explosives
Boise Field Office
1249 S. Vinnell Way, Suite 200, Boise, Idaho 83709

October 19, 2026

Idaho Department of Labor
Attn: Legal / Records Custodian
317 W. Main Street
Boise, ID 83735

Re: ATF Investigation No. 785040-26-0031

Dear Custodian:

Enclosed is a federal search and seizure warrant issued by a United States Magistrate Judge for the District of Idaho, directing the production of employment and wage records for Dustin Wade Halvorsen (DOB 08/02/1984), who is under investigation for possession of firearms by a prohibited person, 18 U.S.C. § 922(g)(1). Please provide the records to me within 14 days.

Sincerely,

Special Agent Bryce A. Lindqvist
ATF Boise Field Office
Office: (208) 555-0158
bryce.lindqvist@atf.gov
<<PAGE>>
AO 93 (Rev. 11/13) Search and Seizure Warrant
^^UNITED STATES DISTRICT COURT
^for the
^District of Idaho
---
        In the Matter of the Search of                  )
  Records maintained by the Idaho Department of Labor    )     Case No. 1:26-mj-00419-REP
  relating to Dustin Wade Halvorsen                       )

^^SEARCH AND SEIZURE WARRANT

To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Idaho: records of the Idaho Department of Labor, 317 W. Main Street, Boise, ID, as described in Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: records described in Attachment B, evidence of violations of 18 U.S.C. § 922(g)(1).

YOU ARE COMMANDED to execute this warrant on or before November 2, 2026 (not to exceed 14 days) in the daytime 6:00 a.m. to 10:00 p.m.

The officer executing this warrant must prepare an inventory as required by law and promptly return this warrant and inventory to the duty magistrate judge.

[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 ...

Date and time issued: 10/16/2026 2:15 pm               ________________________________
                                                        Judge's signature
City and state: Boise, Idaho                            Raymond E. Pettigrew, U.S. Magistrate Judge
<<PAGE>>
^^ATTACHMENT B - Items to be Seized
1. Quarterly wage records reported for Dustin Wade Halvorsen, Idaho driver's license no. RT428163K, 2024 to present, including employer names and addresses.
2. Unemployment insurance claims, addresses of record, and telephone numbers for the same person.
3. Any records identifying Halvorsen's employer, Snake River Gunsmithing & Supply (Kuna, ID), for the same period.
This warrant is issued in accordance with Fed. R. Crim. P. 41.
"""
, label=LAB(R("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Boise Field Office", "Bryce A. Lindqvist", "Special Agent",
              "bryce.lindqvist@atf.gov", "(208) 555-0158"),
            [S("Dustin Wade Halvorsen", "1984-08-02", ("license", "RT428163K"))],
            ["18 USC 922", "18 USC 3103a", "18 USC 2705", "FRCrP 41"], "judicial_warrant", "AO 93", True,
            "criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "mail")))

# ---------------------------------------------------------------- bccc21 scanned Cheyenne PD request form
DOCS.append(dict(id="bccc21", format="scanned", template="scanned municipal police records request form, WY", font="Sans", size=11,
markup="""
^^CHEYENNE POLICE DEPARTMENT
^415 W. 18th Street, Cheyenne, WY 82001   •   Records: (307) 555-0192
^^REQUEST FOR INFORMATION FROM OUTSIDE AGENCY
---
TO AGENCY: Wyoming Department of Workforce Services - UI Division          DATE: 10/22/2026
ATTN: Benefit Payment Control / Records

CPD CASE #: 26-14587          OFFENSE: Aggravated Assault and Battery, W.S. 6-2-502
---
**SUBJECT
Last: FLORES-MENDIVIL        First: Jesús        Middle: Armando
DOB: 1990-09-14               WY DL#: 111-222-903        SSN (last 4): 6630
---
**INFORMATION REQUESTED (check all that apply)
[X] Current / last known address      [X] Employer name & address      [ ] Wage history
[X] Telephone number                   [ ] Photograph                     [ ] Other: ____________
---
Justification: Subject is a suspect in a stabbing 10/18/2026. Victim (Colt Ramsey) hospitalized. Need employer to locate subject. Request under W.S. 27-3-607(a)(iv), release to law enforcement.

REQUESTING OFFICER: Det. Lyle K. Oberholtzer           BADGE #: 217
PHONE: (307) 555-0193                                  E-MAIL: loberholtzer@cheyennepd.org
SIGNATURE: ____________________                         SUPERVISOR APPROVAL: Sgt. M. Two Bulls

For DWS use only:  Received ______  Processed by ______  [ ] Released  [ ] Denied
"""
, label=LAB(R("local-police", "Cheyenne Police Department", "Lyle K. Oberholtzer", "Detective", "loberholtzer@cheyennepd.org", "(307) 555-0193"),
            [S("Jesús Armando Flores-Mendivil", "1990-09-14", ("license", "111222903"), ("ssn_last4", "6630"))],
            ["WS 6-2-502", "WS 27-3-607"], "none", None, False, "criminal_investigation",
            ["address", "employment", "phone"], "mail")))

# ---------------------------------------------------------------- bccc22 scanned DOL OIG IG subpoena, CT
DOCS.append(dict(id="bccc22", format="scanned", template="scanned DOL OIG inspector general subpoena with cover letter, CT",
rotations={1: 90}, font="Serif", size=10.5,
markup="""
U.S. DEPARTMENT OF LABOR
OFFICE OF INSPECTOR GENERAL - OFFICE OF INVESTIGATIONS, LABOR RACKETEERING AND FRAUD
Boston Regional Office, JFK Federal Building, 15 New Sudbury St., Room E-120, Boston, MA 02203

20 October 2026

Connecticut Department of Labor
Office of Program Policy - Legal Division
200 Folly Brook Boulevard
Wethersfield, CT 06109

Re: OIG Case 35-2610-0009-PF

The Office of Inspector General is investigating a scheme to file fraudulent unemployment insurance claims in Connecticut using identities of nursing-home workers (18 U.S.C. §§ 1343, 1028A). The enclosed Inspector General subpoena requires production of records on three claimants. Production in electronic form to me will satisfy the subpoena.

Special Agent Mariana Kostadinova-Reyes
DOL-OIG, Hartford Post of Duty
kostadinova-reyes.mariana@oig.dol.gov   (860) 555-0147
<<PAGE>>
^^UNITED STATES DEPARTMENT OF LABOR
^^OFFICE OF INSPECTOR GENERAL
^^SUBPOENA DUCES TECUM
                                                                    No. OIG-26-BOS-118
TO: Custodian of Records, Connecticut Department of Labor, 200 Folly Brook Blvd., Wethersfield, CT 06109

YOU ARE HEREBY COMMANDED to produce the documents described in the schedule below to the Office of Inspector General, U.S. Department of Labor, on or before November 10, 2026, in connection with an official investigation being conducted by this Office pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4).

SCHEDULE: All UI claim records (initial and continued claims, IP addresses, payment methods, mailing addresses) for:
  (a) Nguyễn Văn Thành, DOB 1975-01-25
  (b) O'BRIEN, Siobhan Marie, DOB 07/19/1983
  (c) Dragana Petrović, DOB 3 October 1969

This subpoena is issued under the authority of the Inspector General. In case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate United States district court.

Issued at Washington, D.C., this 19th day of October, 2026.
                                     ________________________________
                                     Acting Inspector General, U.S. Department of Labor
"""
, label=LAB(R("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Mariana Kostadinova-Reyes", "Special Agent",
              "kostadinova-reyes.mariana@oig.dol.gov", "(860) 555-0147"),
            [S("Nguyễn Văn Thành", "1975-01-25"), S("Siobhan Marie O'Brien", "1983-07-19"), S("Dragana Petrović", "1969-10-03")],
            ["18 USC 1343", "18 USC 1028A", "5 USC 406"], "administrative_subpoena", None, True, "criminal_investigation",
            ["claims", "other", "address"], "mail")))

# ---------------------------------------------------------------- bccc23 scanned PA court order via ADA
DOCS.append(dict(id="bccc23", format="scanned", template="scanned ADA letter + Court of Common Pleas order (PA DHS)",
font="Serif", size=10.5,
markup="""
DISTRICT ATTORNEY'S OFFICE - CITY AND COUNTY OF PHILADELPHIA
Three South Penn Square, Philadelphia, PA 19107-3499
Economic Crimes Unit

October 21, 2026

Pennsylvania Department of Human Services
Office of General Counsel - Subpoena Unit
625 Forster Street, Harrisburg, PA 17120

Re: Commonwealth v. Andrzej Nowicki-Baird, CP-51-CR-0007731-2026

Dear Counsel:

Enclosed is an Order of the Court of Common Pleas directing release of the public assistance case file of the defendant, who is charged with theft by deception (18 Pa.C.S. § 3922) and unsworn falsification to authorities (18 Pa.C.S. § 4904). Please forward certified records to my attention.

Very truly yours,
Camille R. Okonkwo-Hart
Assistant District Attorney
215-555-0102 | camille.okonkwo-hart@phila.gov
<<PAGE>>
^^IN THE COURT OF COMMON PLEAS OF PHILADELPHIA COUNTY
^^FIRST JUDICIAL DISTRICT OF PENNSYLVANIA
^CRIMINAL TRIAL DIVISION
---
COMMONWEALTH OF PENNSYLVANIA          :
          v.                           :      CP-51-CR-0007731-2026
ANDRZEJ NOWICKI-BAIRD                  :

^^ORDER

AND NOW, this 20th day of October, 2026, upon consideration of the Commonwealth's Motion for Release of Public Assistance Records, and the Court finding that the records are necessary for the prosecution of the above matter, it is hereby ORDERED and DECREED that the Pennsylvania Department of Human Services shall produce to the Philadelphia District Attorney's Office the complete cash assistance and SNAP case record, including household composition, reported income, addresses and EBT transaction history, for:

   Andrzej Nowicki-Baird, date of birth June 3, 1981

notwithstanding the confidentiality provisions of 62 P.S. § 404 and 55 Pa. Code § 105.4. Records of other household members (Halina Nowicka) shall be redacted.

BY THE COURT:
______________________
Hon. Theodora Lindgren-Ayala, J.
"""
, label=LAB(R("district-attorney", "District Attorney's Office - City and County of Philadelphia", "Camille R. Okonkwo-Hart",
              "Assistant District Attorney", "camille.okonkwo-hart@phila.gov", "215-555-0102"),
            [S("Andrzej Nowicki-Baird", "1981-06-03")],
            ["18 PaCS 3922", "18 PaCS 4904", "62 PS 404", "55 Pa Code 105.4"], "court_order", None, True, "criminal_investigation",
            ["benefits", "address", "other"], "mail")))

# ---------------------------------------------------------------- bccc24 scanned USMS letter, RI DHS
DOCS.append(dict(id="bccc24", format="scanned", template="scanned U.S. Marshals fugitive location letter, two subjects", font="Sans", size=10.5,
rotations={0: 0},
markup="""
^^U.S. Department of Justice
^^United States Marshals Service
^District of Rhode Island
^One Exchange Terrace, Providence, RI 02903
---
10/23/2026

Rhode Island Department of Human Services
Attn: Fraud Investigation / Records
25 Howard Avenue, Cranston, RI 02920

RE: Fugitive Investigation - USMS Warrant Nos. 1026-0412-0155-F and 1026-0412-0156-F

The United States Marshals Service is charged with locating and apprehending federal fugitives (28 U.S.C. § 566). The persons below are the subjects of outstanding federal arrest warrants for supervised-release violations following convictions for bank robbery (18 U.S.C. § 2113). The warrants are not enclosed. Please provide current addresses, telephone numbers, and any benefits case addresses:

   MEDEIROS, Tiago Alves       DOB: 04/16/1992
   Shukri Mohamed Jama         DOB: 1988-11-09     RI Lic. 4417852

Deputy U.S. Marshal Patrick J. Sousa
Fugitive Task Force
(401) 555-0134   patrick.sousa@usdoj.gov

This letter contains law enforcement sensitive information.
"""
, label=LAB(R("doj-usms", "United States Marshals Service, District of Rhode Island", "Patrick J. Sousa", "Deputy U.S. Marshal",
              "patrick.sousa@usdoj.gov", "(401) 555-0134"),
            [S("Tiago Alves Medeiros", "1992-04-16"), S("Shukri Mohamed Jama", "1988-11-09", ("license", "4417852"))],
            ["28 USC 566", "18 USC 2113"], "none", None, False, "criminal_investigation", ["address", "phone", "benefits"], "mail")))

# ---------------------------------------------------------------- bccc25 fax I-247N
DOCS.append(dict(id="bccc25", format="fax", template="faxed Form I-247N request for voluntary notification, juvenile facility (WA DCYF)",
fax_header="OCT-26-2026 09:14  FROM: ICE ERO SEATTLE 2065550199  TO: 3605550144",
markup="""
^^FAX COVER SHEET
ICE Enforcement and Removal Operations - Tacoma Sub-Office
1623 E. J Street, Suite 2, Tacoma, WA 98421
To: Records Office, Green Hill School (WA Dept. of Children, Youth, and Families - Juvenile Rehabilitation)
Fax: 360-555-0144            From: DO Alisha Penberthy            Phone: 253-555-0112
Pages (incl. cover): 2
Message: Please provide release date and address on release for the subject below. Form I-247N attached.
<<PAGE>>
DEPARTMENT OF HOMELAND SECURITY                                        Subject ID: 412077531
^^REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
                                                                        File No: A 220 015 764
                                                                        Date: October 26, 2026
TO: Green Hill School, 375 SW 11th St, Chehalis, WA 98532
FROM: ICE ERO Tacoma Sub-Office

Name of Alien: Andrés Felipe GUTIÉRREZ MORA      DOB: 01/30/2007      Nationality: Colombia

DHS suspects that the subject is an alien who is removable from the United States and is an enforcement priority. IT IS REQUESTED THAT YOU: notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please also provide the address the subject will reside at upon release.

This request is made under the authority of sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 236.1 and 287.7.

Alisha Penberthy, Deportation Officer                 ____________________________
alisha.penberthy@ice.dhs.gov                           (Signature of Immigration Officer)
DHS Form I-247N (5/15)
"""
, label=LAB(R("dhs-ice-ero", "ICE Enforcement and Removal Operations - Tacoma Sub-Office", "Alisha Penberthy", "Deportation Officer",
              "alisha.penberthy@ice.dhs.gov", "253-555-0112"),
            [S("Andrés Felipe Gutiérrez Mora", "2007-01-30", ("a_number", "A220015764"))],
            ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247N", False, "civil_immigration",
            ["other", "address"], "fax")))

# ---------------------------------------------------------------- bccc26 fax LVMPD request
DOCS.append(dict(id="bccc26", format="fax", template="faxed municipal police letter request, NV identity theft",
fax_header="10/27/2026 13:52  LVMPD FINANCIAL CRIMES  7025550150  >> DETR ESD",
markup="""
^^LAS VEGAS METROPOLITAN POLICE DEPARTMENT
^Financial Crimes Section - 400 S. Martin Luther King Blvd., Las Vegas, NV 89106
---
TO: DETR - Employment Security Division, Investigations & Audit, 500 E. Third St., Carson City, NV 89713
FAX: (775) 555-0120
DATE: 27 Oct 2026
RE: LVMPD Event # 261019-2274

We are investigating the use of stolen personal identifying information to obtain unemployment benefits (NRS 205.463 - obtaining and using personal identifying information of another person). Pursuant to NRS 612.265, please provide the claim history, addresses, telephone numbers and bank accounts associated with claims filed in the names of:

   1) Bao Ngoc TRINH, DOB 02-18-1994 (suspect)
   2) Marcus Dwayne Pettaway Jr., DOB 08-01-1999 (suspect)

The identity-theft victim, Mrs. Evelyn Harcastle, DOB 1951, has authorized release of her own file by separate letter; that is not part of this request.

Detective Rosalind Achterberg, P# 15522
rachterberg@lvmpd.com   |   (702) 555-0150
"""
, label=LAB(R("local-police", "Las Vegas Metropolitan Police Department", "Rosalind Achterberg", "Detective", "rachterberg@lvmpd.com", "(702) 555-0150"),
            [S("Bao Ngoc Trinh", "1994-02-18"), S("Marcus Dwayne Pettaway Jr.", "1999-08-01")],
            ["NRS 205.463", "NRS 612.265"], "none", None, False, "criminal_investigation",
            ["claims", "address", "phone", "other"], "fax")))

# ---------------------------------------------------------------- bccc27 fax NH state grand jury subpoena
DOCS.append(dict(id="bccc27", format="fax", template="faxed NH county grand jury subpoena duces tecum",
fax_header="2026-10-28 10:31 MERRIMACK CTY ATTY 603-555-0171 TO NHES LEGAL",
markup="""
^^THE STATE OF NEW HAMPSHIRE
MERRIMACK, SS.                                                 SUPERIOR COURT
                                                               Grand Jury - November Term 2026
^^GRAND JURY SUBPOENA DUCES TECUM

TO: Keeper of Records, New Hampshire Employment Security, 45 South Fruit Street, Concord, NH 03301

You are hereby commanded to appear before the Grand Jury of the Superior Court for the County of Merrimack, at 163 North Main Street, Concord, on November 13, 2026 at 9:00 a.m., and to bring with you:

All wage reports, employer records and unemployment claim records for HUSSEIN, Abdiweli Osman (DOB 12/12/1986) and for Travis J. Beaulieu (DOB 1991-04-04), January 2025 to date.

This matter concerns a theft by deception investigation, RSA 637:4. Production to Assistant County Attorney Gwendolyn Ferrante in lieu of appearance will be accepted.

Witness, the Honorable Chief Justice of the Superior Court, October 27, 2026.
                                             ______________________
                                             Clerk of Court

Requested by: Gwendolyn Ferrante, Assistant County Attorney, Merrimack County Attorney's Office, 4 Court Street, Concord, NH 03301, (603) 555-0171, gferrante@mcao.nh.gov
"""
, label=LAB(R("district-attorney", "Merrimack County Attorney's Office", "Gwendolyn Ferrante", "Assistant County Attorney", "gferrante@mcao.nh.gov", "(603) 555-0171"),
            [S("Abdiweli Osman Hussein", "1986-12-12"), S("Travis J. Beaulieu", "1991-04-04")],
            ["NH RSA 637:4"], "grand_jury_subpoena", None, True, "criminal_investigation",
            ["wages", "employment", "claims"], "fax")))

# ---------------------------------------------------------------- bccc28 fax IRS summons
DOCS.append(dict(id="bccc28", format="fax", template="faxed IRS summons (Form 2039) from IRS-CI special agent, CA EDD",
fax_header="OCT 29 2026 08:02AM IRS CI OAKLAND 510-555-0108 P",
markup="""
^^Summons
In the matter of: Imelda Concepción Zúñiga Paredes, 1944 Fruitvale Ave., Oakland, CA
Internal Revenue Service (Division): Criminal Investigation       Industry/Area: Oakland Field Office
Periods: Calendar years 2023, 2024 and 2025
---
The Commissioner of Internal Revenue
To: Custodian of Records, California Employment Development Department, P.O. Box 826880, Sacramento, CA 94280
At: 1301 Clay Street, Suite 800S, Oakland, CA 94612

You are hereby summoned and required to appear before Special Agent Wendell Tsosie-Marsh, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown:

All quarterly wage reports (DE 9C) listing Imelda Concepción Zúñiga Paredes, DOB 1979-10-07, SSN xxx-xx-2281, and all State Disability Insurance and unemployment benefit payment records for her.

Place and time for appearance: 1301 Clay Street, Suite 800S, Oakland, CA 94612, on the 19th day of November, 2026 at 10 o'clock a.m.

Issued under authority of the Internal Revenue Code this 28th day of October, 2026.
Signature of issuing officer: ____________  Wendell Tsosie-Marsh, Special Agent, (510) 555-0108, wendell.tsosie-marsh@ci.irs.gov
Signature of approving officer: ____________  Supervisory Special Agent Renata Baumgartner-Vo

Form 2039 (Rev. 12-2001)
<<PAGE>>
**Provisions of the Internal Revenue Code
Sec. 7602. Examination of books and witnesses ... Sec. 7603. Service of summons ... Sec. 7604. Enforcement of summons. (a) Jurisdiction of district court. If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production ...
Sec. 7609. Special procedures for third-party summonses ... Sec. 7610. Fees and costs for witnesses ...
Note: this summons is issued in connection with a criminal investigation of willful failure to file and false returns (26 U.S.C. 7203 and 7206(1)).
"""
, label=LAB(R("irs-ci", "Internal Revenue Service, Criminal Investigation", "Wendell Tsosie-Marsh", "Special Agent",
              "wendell.tsosie-marsh@ci.irs.gov", "(510) 555-0108"),
            [S("Imelda Concepción Zúñiga Paredes", "1979-10-07", ("ssn_last4", "2281"))],
            ["26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7609", "26 USC 7610", "26 USC 7203", "26 USC 7206"],
            "administrative_subpoena", "2039", True, "criminal_investigation", ["wages", "benefits"], "fax")))

# ---------------------------------------------------------------- bccc29 txt web form, Aurora PD
DOCS.append(dict(id="bccc29", format="txt", template="pasted web-form submission, municipal police, no reason given",
text="""
==== CDLE Law Enforcement Information Request - Online Form Submission ====
Submission ID: LE-2026-10-30-0087
Submitted: 10/30/2026 16:42 MT
Source: https://cdle.colorado.gov/le-request (form v3)

Requesting Agency ........ Aurora Police Department
Agency Type .............. Municipal police
Officer Name ............. Ofc. Hamid Rahimi
Badge / ID ............... 2871
Title / Rank ............. Patrol Officer
Phone .................... 303-555-0179
Email .................... hrahimi@auroragov.org
Case / Report # .......... (blank)

Subject Last Name ........ Vásquez de León
Subject First Name ....... Griselda
Subject Middle ........... 
Date of Birth ............ 1987-12-05
Other identifiers ........ CO DL 16-004-7788

Information requested .... [x] Address  [ ] Employer  [ ] Wages  [ ] Claim status  [x] Phone
Reason for request ....... need current address
Legal authority .......... (none entered)

Certification ............ [x] I certify this request is made in my official capacity.
=====================================================================
"""
, label=LAB(R("local-police", "Aurora Police Department", "Hamid Rahimi", "Patrol Officer", "hrahimi@auroragov.org", "303-555-0179"),
            [S("Griselda Vásquez de León", "1987-12-05", ("license", "160047788"))],
            [], "none", None, False, "unknown", ["address", "phone"], "email")))

# ---------------------------------------------------------------- bccc30 txt phone transcription, Maine
DOCS.append(dict(id="bccc30", format="txt", template="transcribed handwritten faxed request, state police, Maine DHHS",
text="""
MAINE DHHS - OFFICE FOR FAMILY INDEPENDENCE
INCOMING REQUEST - TRANSCRIPTION OF HANDWRITTEN FAX
-------------------------------------------------
Fax received: 31-Oct-2026, 10:05 a.m., from 207-555-0118 (MSP Troop F, Houlton)
Transcribed by: J. Thériault, Clerk II (original is hard to read - filed in case folder)

--- begin transcription ---
To: DHHS / OFI records
From: Tpr. Erik Sundqvist, Maine State Police, Troop F
Call-back: 207-555-0116   email: erik.sundqvist@maine.gov

I am investigating a burglary and theft of a snowmobile from a camp in Aroostook County (17-A MRS sec. 401 burglary and sec. 353 theft). Requesting current address for
   Ngo Quoc Bao, born 22 March 1996
and a phone number for the household where he gets mail. His live-in partner is Kayla Pelkey - she is NOT a suspect and I don't need anything on her; only the address where Ngo gets mail.

Thank you - Tpr. Sundqvist
--- end transcription ---

No warrant or subpoena attached. Passed to supervisor.
"""
, label=LAB(R("state-police", "Maine State Police", "Erik Sundqvist", "Trooper", "erik.sundqvist@maine.gov", "207-555-0116"),
            [S("Ngo Quoc Bao", "1996-03-22")],
            ["17-A MRS 401", "17-A MRS 353"], "none", None, False, "criminal_investigation", ["address", "phone"], "fax")))

# ---------------------------------------------------------------- bccc31 txt pasted CA criminal subpoena
DOCS.append(dict(id="bccc31", format="txt", template="OCR text of mailed California criminal subpoena duces tecum (Deputy DA)",
text="""
[Intake note: text copied from subpoena received by U.S. Mail 11/02/2026 - EDD Legal Office, scanned copy in case file]

SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO
THE PEOPLE OF THE STATE OF CALIFORNIA,            Case No. F26908817
                      Plaintiff,
     vs.
PAOLO ESTEBAN RAMÍREZ-QUIÑONES,
                      Defendant.

CRIMINAL SUBPOENA DUCES TECUM
(Penal Code §§ 1326, 1327; Evidence Code §§ 1560-1562)

THE PEOPLE OF THE STATE OF CALIFORNIA, TO: Custodian of Records, Employment Development Department, Legal Office, 800 Capitol Mall, MIC 53, Sacramento, CA 95814

YOU ARE ORDERED TO APPEAR AS A WITNESS in this action at the date, time and place shown below UNLESS you make a special agreement with the person named below, and to produce the records described:

Date: December 1, 2026   Time: 8:30 a.m.   Dept.: 62   Address: 1100 Van Ness Ave., Fresno, CA 93724

Records: All unemployment insurance claims, EDD Debit Card payment records, and base-period wage records for Paolo Esteban Ramírez-Quiñones (DOB 01/15/1990), and for his co-defendant Teodora Ivanova Georgieva (DOB 09/09/1985), January 2021 through December 2022. Disclosure authorized under Unemployment Insurance Code section 1095(b).

Charges: Pen. Code § 550(b) and § 487(a) (grand theft).

Dated: 10/28/2026
Requested by: Lourdes M. Arámbula-Finch, Deputy District Attorney, Fresno County District Attorney's Office, 2100 Tulare St., Fresno, CA 93721, (559) 555-0165, larambula-finch@fresnocountyca.gov
"""
, label=LAB(R("district-attorney", "Fresno County District Attorney's Office", "Lourdes M. Arámbula-Finch", "Deputy District Attorney",
              "larambula-finch@fresnocountyca.gov", "(559) 555-0165"),
            [S("Paolo Esteban Ramírez-Quiñones", "1990-01-15"), S("Teodora Ivanova Georgieva", "1985-09-09")],
            ["CA PC 1326", "CA PC 1327", "CA Evid Code 1560", "CA Evid Code 1562", "CA UI Code 1095", "CA PC 550", "CA PC 487"],
            "court_subpoena", None, True, "criminal_investigation", ["claims", "benefits", "wages"], "mail")))

# ---------------------------------------------------------------- bccc32 txt USPIS email pasted
DOCS.append(dict(id="bccc32", format="txt", template="plain-text export of postal inspector email, mail theft, Utah",
text="""
From: Postal Inspector Hollis Braithwaite <HBraithwaite@uspis.gov>
Sent: Monday, November 2, 2026 9:12 AM
To: DWS GRAMA Requests
Subject: Request - mail theft investigation, Salt Lake County

Hello,

I am a U.S. Postal Inspector assigned to the Salt Lake City Domicile, Denver Division. We are investigating a ring stealing mail from cluster boxes in West Jordan and Taylorsville, including DWS benefit cards (18 U.S.C. 1708, possession of stolen mail). I would like to know what mailing addresses and phone numbers DWS has on file for

  Kimberly Ann Fautanu-Wells  (DOB 06/30/1993)
  Daniyar Seitkali             (DOB 1989-01-17)

and whether any replacement benefit cards were mailed to addresses other than their residences since July 2026. Utah Code 35A-4-312 may permit disclosure to law enforcement; if DWS needs a subpoena please tell me.

Thank you,
Hollis Braithwaite
U.S. Postal Inspector
U.S. Postal Inspection Service - Salt Lake City
(801) 555-0197
"""
, label=LAB(R("usps-uspis", "U.S. Postal Inspection Service - Salt Lake City", "Hollis Braithwaite", "U.S. Postal Inspector",
              "HBraithwaite@uspis.gov", "(801) 555-0197"),
            [S("Kimberly Ann Fautanu-Wells", "1993-06-30"), S("Daniyar Seitkali", "1989-01-17")],
            ["18 USC 1708", "UCA 35A-4-312"], "none", None, False, "criminal_investigation", ["address", "phone", "benefits"], "email")))

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 4242
FD = "/usr/share/fonts/truetype/dejavu/"
for name, f in [("Sans", "DejaVuSans.ttf"), ("SansB", "DejaVuSans-Bold.ttf"),
                ("Serif", "DejaVuSerif.ttf"), ("SerifB", "DejaVuSerif-Bold.ttf"),
                ("Mono", "DejaVuSansMono.ttf"), ("MonoB", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + f))


# ---------------------------------------------------------------- PDF renderer
def render_pdf(markup, font="Serif", size=10.0, footer=None):
    """Markup: '^^' big centred bold, '^' centred, '**' bold, '---' rule, '<<PAGE>>' page break."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle("document")
    W, H = letter
    left, right, top, bottom = 64, W - 64, H - 60, 64
    bold = font + "B"
    y = top
    page = 1

    def new_page():
        nonlocal y, page
        if footer:
            c.setFont(font, 7.5)
            c.drawCentredString(W / 2, 34, footer.replace("{p}", str(page)))
        c.showPage()
        page += 1
        y = top

    for raw in markup.strip("\n").split("\n"):
        if raw.strip() == "<<PAGE>>":
            new_page()
            continue
        if raw.strip() == "---":
            c.setLineWidth(0.8)
            c.line(left, y + 4, right, y + 4)
            y -= 8
            continue
        if raw.startswith("^^"):
            fnt, sz, mode, txt = bold, size + 3, "c", raw[2:]
        elif raw.startswith("^"):
            fnt, sz, mode, txt = font, size, "c", raw[1:]
        elif raw.startswith("**"):
            fnt, sz, mode, txt = bold, size, "l", raw[2:]
        else:
            fnt, sz, mode, txt = font, size, "l", raw
        indent = len(txt) - len(txt.lstrip(" "))
        txt = txt.strip(" ") if mode == "c" else txt.lstrip(" ")
        x0 = left + indent * sz * 0.5
        # wrap
        words = txt.split(" ")
        lines, cur = [], ""
        for w in words:
            trial = (cur + " " + w) if cur else w
            if pdfmetrics.stringWidth(trial, fnt, sz) > (right - x0):
                lines.append(cur)
                cur = w
            else:
                cur = trial
        lines.append(cur)
        for ln in lines:
            if y < bottom:
                new_page()
            c.setFont(fnt, sz)
            if mode == "c":
                c.drawCentredString(W / 2, y, ln)
            else:
                c.drawString(x0, y, ln)
            y -= sz * 1.38
    if footer:
        c.setFont(font, 7.5)
        c.drawCentredString(W / 2, 34, footer.replace("{p}", str(page)))
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_to_images(pdf_bytes, dpi, gray=True):
    with tempfile.TemporaryDirectory(dir="/tmp") as td:
        p = os.path.join(td, "in.pdf")
        open(p, "wb").write(pdf_bytes)
        args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [p, os.path.join(td, "pg")]
        subprocess.run(args, check=True)
        files = sorted(f for f in os.listdir(td) if f.startswith("pg"))
        return [Image.open(os.path.join(td, f)).convert("L").copy() for f in files]


def degrade_scan(img, rng, rot90=0):
    a = np.asarray(img).astype(np.float32)
    bg = rng.uniform(205, 232)
    a = bg - (255 - a) * (bg / 255.0) * rng.uniform(0.85, 1.0)
    a += np.asarray(np.random.RandomState(rng.randint(0, 10**6)).normal(0, 9, a.shape), dtype=np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.6))
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=int(bg - 25))
    if rot90:
        im = im.rotate(rot90, expand=True)
    # JPEG round trip for artefacts
    b = io.BytesIO()
    im.save(b, "JPEG", quality=rng.randint(45, 65))
    return Image.open(io.BytesIO(b.getvalue())).convert("L")


def write_scanned(path, pdf_bytes, rng, rotations):
    pages = pdf_to_images(pdf_bytes, rng.choice([200, 220, 240]))
    out = [degrade_scan(p, rng, rotations.get(i, 0)) for i, p in enumerate(pages)]
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:], quality=60,
                creationDate=time.gmtime(1793696400), modDate=time.gmtime(1793696400))


def write_fax(path, pdf_bytes, header, rng):
    pages = pdf_to_images(pdf_bytes, 200)
    n = len(pages)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 26)
    outs = []
    for i, p in enumerate(pages):
        d = ImageDraw.Draw(p)
        d.rectangle([0, 0, p.width, 50], fill=255)
        d.text((30, 12), header + f"   P.{i + 1:03d}/{n:03d}", font=font, fill=0)
        a = np.asarray(p).astype(np.int16)
        noise = np.random.RandomState(rng.randint(0, 10**6)).randint(-40, 40, a.shape)
        a = np.clip(a + noise, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, "L").rotate(rng.uniform(-0.8, 0.8), fillcolor=255, resample=Image.BICUBIC)
        outs.append(im.point(lambda v: 255 if v > 150 else 0).convert("1"))
    outs[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=outs[1:])


def image_bytes(pdf_bytes, fmt, rng):
    pg = pdf_to_images(pdf_bytes, 150)[0]
    if fmt == "JPEG":
        pg = degrade_scan(pg, rng)
    b = io.BytesIO()
    pg.save(b, fmt, **({"quality": 70} if fmt == "JPEG" else {"optimize": True}))
    return b.getvalue()


# ---------------------------------------------------------------- email builder
def build_email(spec, rng, raw=True):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = spec["from"]
    m["To"] = spec["to"]
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    m["Subject"] = spec["subject"]
    m["Date"] = spec["date"]
    m["Message-ID"] = spec["msgid"]
    body, html = spec.get("body"), spec.get("html")
    if body and html:
        m.set_content(body)
        m.add_alternative(html, subtype="html")
    elif html:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
    for att in spec.get("attachments", []):
        kind = att["kind"]
        if kind == "pdf":
            data = render_pdf(att["markup"], att.get("font", "Serif"), att.get("size", 10), att.get("footer"))
            m.add_attachment(data, maintype="application", subtype="pdf", filename=att["filename"])
        elif kind in ("png", "jpeg"):
            pdf = render_pdf(att["markup"], att.get("font", "Serif"), att.get("size", 10))
            data = image_bytes(pdf, "PNG" if kind == "png" else "JPEG", rng)
            m.add_attachment(data, maintype="image", subtype=kind, filename=att["filename"])
        elif kind == "rfc822":
            inner = build_email(att["spec"], rng, raw=False)
            m.add_attachment(inner)
    if raw:
        n = 0
        for part in m.walk():
            if part.is_multipart() and part.get_content_type().startswith("multipart/"):
                n += 1
                part.set_boundary("----=_Part_%s_%d" % (spec["msgid"].strip("<>").split("@")[0][:12], n))
        return m.as_bytes()
    return m


def main():
    rng = random.Random(SEED)
    np.random.seed(SEED)
    for d in DOCS:
        did, fmt = d["id"], d["format"]
        if fmt == "born_digital":
            path = os.path.join(OUT, did + ".pdf")
            open(path, "wb").write(render_pdf(d["markup"], d.get("font", "Serif"), d.get("size", 10), d.get("footer")))
        elif fmt == "scanned":
            path = os.path.join(OUT, did + ".pdf")
            write_scanned(path, render_pdf(d["markup"], d.get("font", "Serif"), d.get("size", 10.5)), rng,
                          d.get("rotations", {}))
        elif fmt == "fax":
            path = os.path.join(OUT, did + ".tif")
            write_fax(path, render_pdf(d["markup"], d.get("font", "Sans"), d.get("size", 11)), d["fax_header"], rng)
        elif fmt == "eml":
            path = os.path.join(OUT, did + ".eml")
            open(path, "wb").write(build_email(d["email"], rng))
        elif fmt == "txt":
            path = os.path.join(OUT, did + ".txt")
            open(path, "w", encoding="utf-8").write(d["text"].strip("\n") + "\n")
        label = {"id": did, "family": "blind-ccc", "format": fmt, "template": d["template"]}
        label.update(d["label"])
        with open(os.path.join(OUT, did + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
