"""Build the blind_dd sample set (independent author). Deterministic: fixed seed.

Run: /work/main/.venv/bin/python samples/blind_dd/build.py
Temporary files go to /tmp/author_dd.
"""
import io
import json
import os
import random
import subprocess
import sys
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

# ====================== document texts and labels ======================
# Document texts and labels for blind_dd.

COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def R(key, name, person, title, email=None, phone=None):
    return {"agency_key": key, "agency_name": name, "person": person, "title": title, "email": email, "phone": phone}


def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def lab(req, subs, basis, ptype, form, attached, purpose, records, channel):
    return {"requestor": req, "subjects": subs, "legal_basis": [{"normalized": b} for b in basis],
            "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
            "warrant_or_subpoena_attached": attached, "purpose": purpose,
            "records_requested": records, "channel": channel}


DOCS = []

# ---------------------------------------------------------------- bdd01
DOCS.append(dict(id="bdd01", format="born_digital", font="Serif",
 template="municipal PD letter, director in letterhead, det. sgt signs with badge, victim named",
 text="""
## CITY OF NEWARK
# DEPARTMENT OF PUBLIC SAFETY - DIVISION OF POLICE
# Auto Theft & Burglary Task Force
>> Public Safety Director: Frederick M. Hale
>> 480 Clinton Avenue, Newark, NJ 07108
>> Tel (973) 555-0114   Fax (973) 555-0115
---
February 9, 2026

New Jersey Motor Vehicle Commission
Law Enforcement Liaison Unit
P.O. Box 160
Trenton, NJ 08666

RE: Request for driver and registration records
Our Case No.: NPD-26-004417   (Report date 01/27/2026)

To the Records Custodian:

The Newark Division of Police is investigating a burglary and theft of a motor vehicle reported on
January 27, 2026 at a residence on Ferry Street. The complainant, Mrs. Dolores Whitfield, reported that
her 2019 Honda CR-V was removed from her driveway along with items taken from her garage. This matter is
being investigated as theft under N.J.S.A. 2C:20-3 and burglary under N.J.S.A. 2C:18-2.

A person of interest has been identified through video canvass. I am requesting the following
information from MVC files concerning:

** GÓMEZ, Rafael Ángel
     Date of Birth: July 14, 1988
     NJ Driver License: G5512 30874 07142

Please provide (1) the current and prior addresses on file, (2) a copy of the most recent digital
license photograph, and (3) any vehicles registered to him in the last two years.

This request is made for an active criminal investigation. Kindly return the results to the undersigned
by e-mail or fax. Thank you for your assistance.

Respectfully,

Det. Sgt. Marisol T. Pacheco  #4471
Auto Theft & Burglary Task Force
Newark Division of Police
mpacheco@newarkpd.newarkcitynj.gov
(973) 555-0117

cc: Lt. Gerald Oyelaran, Commanding Officer, ATBTF
~ This correspondence contains law enforcement sensitive information. Unauthorized dissemination is prohibited.
""",
 label=lab(R("local-police", "Newark Division of Police", "Marisol T. Pacheco", "Detective Sergeant",
             "mpacheco@newarkpd.newarkcitynj.gov", "(973) 555-0117"),
           [S("Rafael Ángel Gómez", "1988-07-14", ("license", "G55123087407142"))],
           ["NJSA 2C:20-3", "NJSA 2C:18-2"], "none", None, False, "criminal_investigation",
           ["address", "photo", "vehicle"], "mail")))

# ---------------------------------------------------------------- bdd02
DOCS.append(dict(id="bdd02", format="eml",
 template="ERO deportation officer plain-text email, A-number, for official use",
 eml=dict(**{"from": "Tyler J. Brandt <Tyler.J.Brandt@ice.dhs.gov>",
             "to": "BMV Law Enforcement Requests <bmvlerequests@bmv.ohio.gov>",
             "subject": "Records request - KAMARA",
             "date": "Tue, 03 Mar 2026 08:41:12 -0500",
             "msgid": "<20260303084112.7731@ice.dhs.gov>",
             "body": """Good morning,

ERO Detroit, Columbus sub-office, requests any BMV information you may have for the following
individual:

  Name:   KAMARA, Abdoulaye
  DOB:    1991-11-02
  A#:     A 214-557-903
  Ohio DL/ID: RT 448210

We are looking for the current residential address, any vehicle registered to the subject, and
the photo on file. This information is for official use only and is requested pursuant to 8 USC 1357
and section 287 of the Immigration and Nationality Act.

Thank you for your help.

V/r,

Tyler J. Brandt
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Detroit Field Office - Columbus, OH
Desk: 614-555-0163
Tyler.J.Brandt@ice.dhs.gov

WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).
"""}),
 label=lab(R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Detroit Field Office",
             "Tyler J. Brandt", "Deportation Officer", "Tyler.J.Brandt@ice.dhs.gov", "614-555-0163"),
           [S("Abdoulaye Kamara", "1991-11-02", ("a_number", "A214557903"), ("license", "RT448210"))],
           ["8 USC 1357", "INA 287", "5 USC 552"], "none", None, False, "civil_immigration",
           ["address", "vehicle", "photo"], "email")))

# ---------------------------------------------------------------- bdd03
DOCS.append(dict(id="bdd03", format="scanned", font="Sans", rots=[0, 180],
 template="sheriff request form, label/value subjects, employer and victim named, cc line; page 2 upside down",
 text="""
## COOK COUNTY SHERIFF'S OFFICE
# Investigations Division - Financial Crimes Unit
# 50 W. Washington St., Chicago, Illinois 60602
---
** REQUEST FOR INFORMATION - OUTSIDE AGENCY
|Field|Entry|
|To (agency)|Illinois Department of Employment Security - Benefit Payment Control|
|Date of request|17 February 2026|
|CCSO RD / Case #|CCSO-FC-26-00213|
|Offense|Burglary (720 ILCS 5/19-1); Theft (720 ILCS 5/16-1)|
|Victim / complainant|Northside Tool & Die Co. (owner: Gary Lindqvist)|

** SUBJECT 1
|Field|Entry|
|Last name|NOWAK|
|First / middle|Pawel Jan|
|DOB|1984-05-30|
|IL DL #|N200-4418-4151|
|Last known employer|Lakeview Freight Services LLC|

** SUBJECT 2
|Field|Entry|
|Last name|DE LA CRUZ|
|First / middle|Héctor Manuel|
|DOB|09/12/1990|
|SSN (last 4)|xxx-xx-6620|

Information requested: quarterly wage records (last 6 quarters), employer names and addresses, and
any unemployment insurance claims filed, including the mailing address given on each claim.

Reason: Both subjects are suspected of entering the victim business after hours on 01/08/2026 and removing
tools valued over $40,000. Subject 1 is a former employee of the victim. The landlord of Subject 2,
Ms. Teresa Olmos, has been interviewed and is NOT a subject of this request.

[PAGE]
** REQUESTING INVESTIGATOR
|Name|Rank / Star #|Phone|E-mail|
|Investigator Darnell K. Whitby|Inv. / Star 1187|(312) 555-0148|darnell.whitby@ccsheriff.org|

Approved: Sgt. Anita Kowalczyk, Financial Crimes Unit (initials: AK)

I certify that this information is requested in furtherance of a criminal investigation.

Signature: ____D. K. Whitby____            Date: 02/17/2026

cc: Sgt. A. Kowalczyk; ASA Brendan Moy, Cook County State's Attorney's Office (Financial Crimes)
~ CCSO Form INV-14 (rev. 2023). Information obtained is to be used for law enforcement purposes only.
""",
 label=lab(R("sheriff", "Cook County Sheriff's Office", "Darnell K. Whitby", "Investigator",
             "darnell.whitby@ccsheriff.org", "(312) 555-0148"),
           [S("Pawel Jan Nowak", "1984-05-30", ("license", "N20044184151")),
            S("Héctor Manuel de la Cruz", "1990-09-12", ("ssn_last4", "6620"))],
           ["720 ILCS 5/19-1", "720 ILCS 5/16-1"], "none", None, False, "criminal_investigation",
           ["wages", "employment", "claims", "address"], "mail")))

# ---------------------------------------------------------------- bdd04
DOCS.append(dict(id="bdd04", format="fax", font="Sans",
 fax_header="02/24/2026 14:07  FROM: PSP TROOP K PHILA  215 555 0142   TO: 717 555 0199   P.{p}/{n}",
 template="state police request faxed by clerk 'for' trooper, cover sheet",
 text="""
## PENNSYLVANIA STATE POLICE
# Troop K - Philadelphia Station / Criminal Investigation Unit
# 2201 Belmont Avenue, Philadelphia, PA 19131
---
** FACSIMILE TRANSMITTAL
To: PennDOT Bureau of Driver Licensing - Law Enforcement Services
Fax: 717-555-0199
From: Clerk Typist Jeanette Rowe, for Tpr. Kevin A. Szymanski
Date: 02/24/2026           Pages (incl. cover): 2
Re: PSP Incident No. PA2026-0211873

Message: Tpr. Szymanski is in the field today and asked me to send this. Please direct any questions
or the response to him directly at the number on page 2. - J.R.
~ CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential information belonging to the Pennsylvania State Police. If you received this fax in error, notify the sender at 215-555-0142 and destroy all copies.
[PAGE]
# PENNSYLVANIA STATE POLICE - REQUEST FOR DRIVER INFORMATION

Date: 24 Feb 2026
Incident No.: PA2026-0211873
Offense: Theft by unlawful taking, 18 Pa.C.S. Section 3921; Receiving stolen property, 18 Pa.C.S. Section 3925

Subject:  Viktor Olegovich Melnyk
DOB:      March 3, 1979
PA DL:    29 184 551

Requested: certified driver history, current address, and copy of license photograph.

The above subject is a suspect in the theft of construction equipment from a job site in Bucks County.
The equipment owner, Hollis Excavating (contact Mr. Ray Hollis), is the victim and is not a subject.

Tpr. Kevin A. Szymanski, #11407
Criminal Investigation Unit, Troop K
Phone 215-555-0146 | ra-pspk-ciu@pa.gov
""",
 label=lab(R("state-police", "Pennsylvania State Police, Troop K", "Kevin A. Szymanski", "Trooper",
             "ra-pspk-ciu@pa.gov", "215-555-0146"),
           [S("Viktor Olegovich Melnyk", "1979-03-03", ("license", "29184551"))],
           ["18 PaCS 3921", "18 PaCS 3925"], "none", None, False, "criminal_investigation",
           ["license", "address", "photo"], "fax")))

# ---------------------------------------------------------------- bdd05
DOCS.append(dict(id="bdd05", format="born_digital", font="Serif",
 template="FBI cover letter + AO 93 search and seizure warrant (S.D. Ohio), two subjects",
 text="""
# U.S. Department of Justice
# Federal Bureau of Investigation
Cincinnati Field Office
2012 Ronald Reagan Drive
Cincinnati, OH 45236

March 11, 2026

Ohio Department of Job and Family Services
Office of Legal Services - Subpoena/Warrant Unit
30 E. Broad Street, 31st Floor
Columbus, OH 43215

Re: Search and Seizure Warrant, Case No. 1:26-mj-00188

Dear Custodian of Records:

Enclosed is a search and seizure warrant issued by the United States District Court for the Southern
District of Ohio directing production of unemployment insurance claim records, wage records and
employer records for the two persons listed in Attachment A. Please produce the records by the date stated in the
warrant. This investigation concerns wire fraud in violation of 18 U.S.C. Section 1343.

Sincerely,

Special Agent Nadia R. Ferreira
Federal Bureau of Investigation
(513) 555-0172 | nrferreira@fbi.gov
[PAGE]
~ AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
# for the
# Southern District of Ohio
In the Matter of the Search of                          )
Records maintained by the Ohio Department of Job        )     Case No. 1:26-mj-00188
and Family Services relating to the persons named in    )
Attachment A                                            )
## SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the
search of the following person or property located in the Southern District of Ohio: records of the Ohio
Department of Job and Family Services described in Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the
person or property described above, and that such search will reveal: evidence of violations of
18 U.S.C. Sections 1343 and 1349, as described in Attachment B.

YOU ARE COMMANDED to execute this warrant on or before March 25, 2026 (not to exceed 14 days)
  [X] in the daytime 6:00 a.m. to 10:00 p.m.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the
property taken to the person from whom, or from whose premises, the property was taken.

The officer executing this warrant must prepare an inventory as required by law and promptly return
this warrant and inventory to Hon. Stephanie K. Bowman, United States Magistrate Judge.

[ ] Pursuant to 18 U.S.C. Section 3103a(b), I find that immediate notification may have an adverse
result listed in 18 U.S.C. Section 2705 (except for delay of trial).

Date and time issued: 03/10/2026 3:42 pm           /s/ Stephanie K. Bowman
City and state: Cincinnati, Ohio                   Stephanie K. Bowman, U.S. Magistrate Judge
[PAGE]
# ATTACHMENT A - Persons
|Name|Date of birth|SSN (last 4)|
|TRAN, Minh Quoc|1986-02-19|4471|
|OKAFOR, Chidinma Grace|1993-08-07|0958|

# ATTACHMENT B - Items to be seized
All unemployment insurance claims filed in the names above from January 1, 2021 to present, including
claimant addresses, e-mail addresses, IP addresses, bank deposit information, payment histories,
and all quarterly wage records and employer information reported for the named persons.
""",
 label=lab(R("doj-fbi", "Federal Bureau of Investigation, Cincinnati Field Office", "Nadia R. Ferreira", "Special Agent",
             "nrferreira@fbi.gov", "(513) 555-0172"),
           [S("Minh Quoc Tran", "1986-02-19", ("ssn_last4", "4471")),
            S("Chidinma Grace Okafor", "1993-08-07", ("ssn_last4", "0958"))],
           ["18 USC 1343", "18 USC 1349", "18 USC 3103a", "18 USC 2705"], "judicial_warrant", "AO 93", True,
           "criminal_investigation", ["claims", "wages", "employment", "address", "email", "other"], "mail")))

# ---------------------------------------------------------------- bdd06
I200 = """
~ DEPARTMENT OF HOMELAND SECURITY                                                   I-200 (Rev. 09/16)
## WARRANT FOR ARREST OF ALIEN
File No. A 207 331 486
Date: 02/26/2026

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and
Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for
immigration violations

I have determined that there is probable cause to believe that NGUYỄN, Văn Hùng
is removable from the United States. This determination is based upon:
  [X] the execution of a charging document to initiate removal proceedings against the subject;
  [ ] the pendency of ongoing removal proceedings against the subject;
  [ ] the failure to establish admissibility subsequent to deferred inspection;
  [X] biometric confirmation of the subject's identity and a records check of federal databases that
      affirmatively indicate, by themselves or in addition to other reliable information, that the subject
      either lacks immigration status or notwithstanding such status is removable under U.S. immigration law

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and
Nationality Act, the above-named alien.

                               (Signature of Authorized Immigration Officer)
                               /s/ Curtis W. Lindell
                               Curtis W. Lindell, Supervisory Detention and Deportation Officer
                               (Printed Name and Title of Authorized Immigration Officer)

Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ________ on ________ ,
and the contents of this notice were read to him or her in the ________ language.
"""
DOCS.append(dict(id="bdd06", format="eml",
 template="ERO officer email with I-200 PDF attached; Vietnamese name",
 eml=dict(**{"from": "\"Ochoa, Belinda R\" <Belinda.R.Ochoa@ice.dhs.gov>",
             "to": "dor.records@dor.mo.gov",
             "subject": "Address request w/ warrant - NGUYEN Van Hung",
             "date": "Thu, 26 Feb 2026 15:02:55 -0600",
             "msgid": "<CH0PR09MB1234.ice.dhs.gov>",
             "body": """Hello,

Please see the attached administrative warrant for NGUYỄN, Văn Hùng (DOB 04/22/1983,
A# 207-331-486). We are trying to locate him and would appreciate the most recent residential address and
any vehicle registration information held by the Missouri Department of Revenue, Motor Vehicle and
Driver Licensing. His Missouri license number should be W104338152.

Thanks in advance,

Belinda R. Ochoa
Deportation Officer
ICE ERO Chicago - Kansas City Sub-Office
Office: 816-555-0131 | Cell: 816-555-0139
""",
             "attachments": [dict(kind="pdf", filename="I-200_NGUYEN.pdf", text=I200)]}),
 label=lab(R("dhs-ice-ero", "ICE ERO Chicago - Kansas City Sub-Office", "Belinda R. Ochoa", "Deportation Officer",
             "Belinda.R.Ochoa@ice.dhs.gov", "816-555-0131"),
           [S("Văn Hùng Nguyễn", "1983-04-22", ("a_number", "A207331486"), ("license", "W104338152"))],
           ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
           ["address", "vehicle"], "email")))

# ---------------------------------------------------------------- bdd07
DOCS.append(dict(id="bdd07", format="txt",
 template="web portal submission from municipal detective",
 text="""
Service Oklahoma - Law Enforcement Records Request Portal
Submission ID: LE-2026-00931
Submitted: 2026-03-05 10:22:41 CST
-------------------------------------------------------------
Requesting Agency:        Tulsa Police Department
Division / Unit:          Property Crimes - Auto Theft
Officer Name:             Cpl. Brandon E. Whitehorse
Badge / ID No.:           2214
Phone:                    (918) 555-0126
Email:                    bwhitehorse@cityoftulsa.org
Supervisor:               Lt. Sharon Pruitt
Case / Report No.:        2026-0084412

Subject Last Name:        Ibáñez
Subject First Name:       Joaquín
Middle:                   Esteban
Date of Birth:            06/18/1995
OK DL / ID No.:           J084771236
Records Requested:        [x] Current address  [x] Vehicle registrations  [ ] Photo  [x] Phone on file

Reason for Request / Statute:
Subject is believed to be in possession of a stolen 2021 Ford F-150 taken from a dealership
(victim: Green Country Ford). Investigation for Receiving Stolen Property, 21 O.S. § 1713.

Certification: [x] I certify this request is for a legitimate law enforcement purpose under
the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1).
-------------------------------------------------------------
""",
 label=lab(R("local-police", "Tulsa Police Department", "Brandon E. Whitehorse", "Corporal",
             "bwhitehorse@cityoftulsa.org", "(918) 555-0126"),
           [S("Joaquín Esteban Ibáñez", "1995-06-18", ("license", "J084771236"))],
           ["21 OS 1713", "18 USC 2721"], "none", None, False, "criminal_investigation",
           ["address", "vehicle", "phone"], "email")))

# ---------------------------------------------------------------- bdd08
DOCS.append(dict(id="bdd08", format="scanned", font="Sans", rots=[0, 90],
 template="I-247A detainer to state DOC, scanned, page 2 sideways",
 text="""
~ DEPARTMENT OF HOMELAND SECURITY                                                      I-247A (3/17)
## IMMIGRATION DETAINER - NOTICE OF ACTION
|Subject ID: 389114572|Event #: KCM2602000417|File No: A 098 765 143|
Date: February 19, 2026

TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
Missouri Department of Corrections, Western Reception Diagnostic & Correctional Center, St. Joseph, MO

FROM: (Department of Homeland Security Office Address)
ICE ERO, 2020 Grand Blvd., Kansas City, MO

|Name of Alien|Date of Birth|Citizenship|Sex|
|HASSAN, Abdirahman Mohamed|1/14/1989 (January 14, 1989)|Somalia|M|
MDOC Offender No.: 1298346

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS
DETERMINATION IS BASED ON (complete box 1 or 2).
  [X] A final order of removal against the subject;
  [ ] The pendency of ongoing removal proceedings against the subject;

2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION ( ) Upon completion...

IT IS THEREFORE REQUESTED THAT YOU:
 - Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from
   your custody. Please notify DHS by calling (816) 555-0150 or emailing KCM.Detainers@ice.dhs.gov.
 - Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would
   otherwise have been released from your custody to allow DHS to assume custody.
 - Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
 - Notify this office in the event of the alien's death, hospitalization or transfer to another institution.

This detainer arises from DHS authorities and should not impede the original criminal proceedings. This
form is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

Lamar T. Whitfield-Greene, Supervisory Detention and Deportation Officer
(Name and title of Immigration Officer)            /s/ L. T. Whitfield-Greene
(Signature of Immigration Officer)
[PAGE]
# Notice to the Detainee
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration
detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of
you after you otherwise would be released from custody. If you believe you are a United States citizen
or the victim of a crime, please advise DHS by calling the ICE Law Enforcement Support Center toll free
at (855) 555-0148.

# Aviso al Detenido
El Departamento de Seguridad Nacional (DHS) ha emitido una orden de detención inmigratoria en su contra.
""",
 label=lab(R("dhs-ice-ero", "ICE ERO Kansas City", "Lamar T. Whitfield-Greene", "Supervisory Detention and Deportation Officer",
             "KCM.Detainers@ice.dhs.gov", "(816) 555-0150"),
           [S("Abdirahman Mohamed Hassan", "1989-01-14", ("a_number", "A098765143"), ("other", "1298346"))],
           ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", True, "civil_immigration",
           ["other"], "mail")))

# ---------------------------------------------------------------- bdd09
DOCS.append(dict(id="bdd09", format="born_digital", font="Serif",
 template="AUSA cover letter + AO 110 grand jury subpoena (E.D. Mo.), two subjects, defense attorney cc",
 text="""
# U.S. Department of Justice
# United States Attorney's Office - Eastern District of Missouri
Thomas F. Eagleton U.S. Courthouse, 111 South 10th Street, 20th Floor, St. Louis, MO 63102

January 30, 2026

Custodian of Records
Missouri Department of Labor and Industrial Relations, Division of Employment Security
421 East Dunklin Street, Jefferson City, MO 65101

Re: Grand Jury Subpoena No. 2026R-00117-GJ

Dear Custodian:

Enclosed please find a federal grand jury subpoena. In lieu of personal appearance, you may comply by
producing the requested records to Task Force Officer Jerome Pittman of the DEA St. Louis Division on or
before the return date. Please do not disclose the existence of this subpoena, as disclosure could impede
an ongoing investigation.

If you have questions, please contact me at (314) 555-0109 or rachel.osei@usdoj.gov.

Very truly yours,
SAYLER A. FLEMING
United States Attorney

s/ Rachel A. Osei
Rachel A. Osei
Assistant United States Attorney

cc: Gregory Tamblyn, Esq. (counsel for a witness - NOT a subject of this request)
[PAGE]
~ AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
# for the
# Eastern District of Missouri
## SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, Missouri Division of Employment Security

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown
below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge
or a court officer allows you to leave.
|Place|Date and Time|
|Thomas F. Eagleton U.S. Courthouse, Grand Jury Room 2, St. Louis, MO|02/24/2026 9:00 am|
You must also bring with you the following documents, electronically stored information, or objects:
All wage records, employer reports, and unemployment benefit claim files, including addresses and
telephone numbers provided, for the period January 1, 2022 to the present, for:
  1. Carlos Alberto Núñez Ortega, DOB 10/03/1987
  2. Dmitri S. Volkov, DOB 1990-12-21, SSN ending 3318

Date: 01/29/2026                                      CLERK OF COURT
                                                      /s/ Gregory J. Linhares
                                                      Signature of Clerk or Deputy Clerk
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States
attorney, who requests this subpoena, are:
Rachel A. Osei, AUSA, 111 S. 10th Street, St. Louis, MO 63102, rachel.osei@usdoj.gov, (314) 555-0109

~ Grand jury investigation of violations of 21 U.S.C. Sections 841 and 846 and 18 U.S.C. Section 1956.
""",
 label=lab(R("doj-usao", "United States Attorney's Office - Eastern District of Missouri", "Rachel A. Osei",
             "Assistant United States Attorney", "rachel.osei@usdoj.gov", "(314) 555-0109"),
           [S("Carlos Alberto Núñez Ortega", "1987-10-03"),
            S("Dmitri S. Volkov", "1990-12-21", ("ssn_last4", "3318"))],
           ["21 USC 841", "21 USC 846", "18 USC 1956"], "grand_jury_subpoena", "AO 110", True,
           "criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "mail")))

# ---------------------------------------------------------------- bdd10
DOCS.append(dict(id="bdd10", format="eml",
 template="state police HTML-only email, subject table, initials-only sign-off under typed name, victim named",
 eml=dict(**{"from": "\"Det. Sgt. Jonah K. Wetherby\" <jwetherby@isp.in.gov>",
             "to": "bmv-lawenforcement@bmv.in.gov",
             "cc": "lhaverstock@isp.in.gov",
             "subject": "ISP 26ISP-41-002287 // photo + address request (2 subjects)",
             "date": "Mon, 09 Mar 2026 11:15:03 -0400",
             "msgid": "<a8f3c2e1-9b4d@isp.in.gov>",
             "html_only": True,
             "html": """<html><body style="font-family:Calibri,Arial">
<p>BMV Law Enforcement Unit,</p>
<p>Indiana State Police, Lafayette District investigators are working a theft case (Ind. Code &sect; 35-43-4-2)
involving catalytic converters cut from vehicles at a fleet lot owned by <b>Wabash Valley Transit</b>.
The fleet manager, Mr. Curtis Doane, reported the loss. Please provide the most recent license photo,
residential address, and registered vehicles for the two individuals below.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name (Last, First Middle)</th><th>DOB</th><th>IN DL #</th></tr>
<tr><td>ADEYEMI-BROOKS, Tobias Lee</td><td>12 Aug 1997</td><td>4810-22-5573</td></tr>
<tr><td>SOLÍS, Ana Lucía</td><td>02 Jan 2000</td><td>6604-19-0021</td></tr>
</table>
<p>Please reply to me and cc Det. Haverstock.</p>
<p>Jonah K. Wetherby<br>
Detective Sergeant, Criminal Investigations<br>
Indiana State Police - Lafayette Post<br>
765-555-0124<br>
<i>-JKW</i></p>
<p style="font-size:8pt;color:#666">This e-mail may contain confidential law enforcement information.</p>
</body></html>"""}),
 label=lab(R("state-police", "Indiana State Police - Lafayette Post", "Jonah K. Wetherby", "Detective Sergeant",
             "jwetherby@isp.in.gov", "765-555-0124"),
           [S("Tobias Lee Adeyemi-Brooks", "1997-08-12", ("license", "4810225573")),
            S("Ana Lucía Solís", "2000-01-02", ("license", "6604190021"))],
           ["IC 35-43-4-2"], "none", None, False, "criminal_investigation",
           ["photo", "address", "vehicle"], "email")))

# ---------------------------------------------------------------- bdd11
I205 = """
~ U.S. Department of Homeland Security                                              I-205 (Rev. 08/01/07)
## WARRANT OF REMOVAL/DEPORTATION
File No: A 201 448 976
Date: January 12, 2026

To any immigration officer of the United States Department of Homeland Security:

RAMÍREZ-ECHEVERRÍA, José Luis (DOB 05/21/1992)
(Full name of alien)

who entered the United States at Hidalgo, Texas on or about March 2014,
is subject to removal/deportation from the United States, based upon a final order by:
  [X] an immigration judge in exclusion, deportation, or removal proceedings
  [ ] a designated official
  [ ] the Board of Immigration Appeals
  [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
  section 237(a)(1)(B); section 241(a) of the Immigration and Nationality Act.

I, the undersigned officer of the United States, by virtue of the power and authority vested in the
Secretary of Homeland Security under the laws of the United States and by his or her direction, command
you to take into custody and remove from the United States the above-named alien, pursuant to law, at the
expense of: the appropriation "Enforcement and Removal Operations".

/s/ Monique D. Fontenot
(Signature of immigration officer)
Monique D. Fontenot, Assistant Field Office Director
(Title of immigration officer)
New Orleans, Louisiana
(Date and office location)
"""
DOCS.append(dict(id="bdd11", format="fax", font="Mono",
 fax_header="Jan 14 2026 09:12  ICE ERO NOLA  504-555-0188  -> LA OMV LE SERV  p.{p}/{n}",
 template="fax cover from ERO deportation officer + I-205 warrant of removal",
 text="""
** U.S. Immigration and Customs Enforcement
** Enforcement and Removal Operations - New Orleans Field Office
1250 Poydras Street, Suite 325, New Orleans, LA 70113
---
# FAX COVER SHEET
TO:       Louisiana Office of Motor Vehicles, Law Enforcement Services
FAX:      225-555-0190
FROM:     SDDO Paul E. Thibodeaux
PHONE:    504-555-0187
EMAIL:    Paul.E.Thibodeaux@ice.dhs.gov
DATE:     01/14/2026
PAGES:    2

REMARKS:
Attached warrant of removal for RAMIREZ-ECHEVERRIA. ERO requests current address of record, any
vehicle registrations and the photograph on file in order to effect removal under 8 U.S.C. 1231.
Louisiana DL # 008451920. Please fax response to the number above.

~ This facsimile is intended only for the addressee. It may contain For Official Use Only information.
[PAGE]
""" + I205,
 label=lab(R("dhs-ice-ero", "Enforcement and Removal Operations - New Orleans Field Office", "Paul E. Thibodeaux",
             "Supervisory Detention and Deportation Officer", "Paul.E.Thibodeaux@ice.dhs.gov", "504-555-0187"),
           [S("José Luis Ramírez-Echeverría", "1992-05-21", ("a_number", "A201448976"), ("license", "008451920"))],
           ["8 USC 1231", "INA 237", "INA 241"], "administrative_warrant", "I-205", True, "civil_immigration",
           ["address", "vehicle", "photo"], "fax")))

# ---------------------------------------------------------------- bdd12
DOCS.append(dict(id="bdd12", format="born_digital", font="Sans",
 template="DEA administrative subpoena (21 USC 876 / PL 91-513) with district-court enforcement clause",
 text="""
# UNITED STATES DEPARTMENT OF JUSTICE
# DRUG ENFORCEMENT ADMINISTRATION
## SUBPOENA
|File No.: GK-26-0031|G-DEP ID: XXGK2|Subpoena No.: 26-NOL-00412|
TO: Custodian of Records
    Arkansas Division of Workforce Services
    #2 Capitol Mall, Little Rock, AR 72201

By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to appear before Diversion
Investigator / Special Agent Lorena M. Castellanos, an officer of the Drug Enforcement Administration,
at 10825 Financial Centre Pkwy, Suite 300, Little Rock, AR 72211, on March 30, 2026 at 10:00 a.m., to
give testimony and to produce the records described below in connection with an investigation relating
to the enforcement of the Controlled Substances Act (21 U.S.C. 801 et seq.), specifically possession with
intent to distribute methamphetamine in violation of 21 U.S.C. 841(a)(1).

RECORDS REQUIRED:
Employer-reported quarterly wage records and unemployment insurance claims (including claimant
mailing address and telephone number) from 01/01/2023 through present for:
  - Jaxon Wade PRUITT, born 27 November 1994, SSN XXX-XX-2085
  - Yesenia Guadalupe CÁRDENAS VILLA, born 3 April 1996

In lieu of appearance you may furnish the records to the officer named above. Failure to comply with
this subpoena will render you liable to proceedings in the district court of the United States to enforce
obedience to the requirements of this subpoena, and to punish default or disobedience.

Issued under authority of Section 506 of Public Law 91-513 (21 U.S.C. 876).

Issued by: /s/ Lorena M. Castellanos
Lorena M. Castellanos, Special Agent, DEA New Orleans Field Division - Little Rock District Office
Telephone: (501) 555-0133   Email: lorena.m.castellanos@dea.gov
Date: 03/09/2026

~ DEA Form (subpoena) - Records produced may be used for official law enforcement purposes only. The Right to Financial Privacy Act does not apply to records of a state agency.
""",
 label=lab(R("doj-dea", "Drug Enforcement Administration, New Orleans Field Division - Little Rock District Office",
             "Lorena M. Castellanos", "Special Agent", "lorena.m.castellanos@dea.gov", "(501) 555-0133"),
           [S("Jaxon Wade Pruitt", "1994-11-27", ("ssn_last4", "2085")),
            S("Yesenia Guadalupe Cárdenas Villa", "1996-04-03")],
           ["21 USC 876", "PL 91-513", "21 USC 801", "21 USC 841"], "administrative_subpoena", None, True,
           "criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "mail")))

# ---------------------------------------------------------------- bdd13
DOCS.append(dict(id="bdd13", format="scanned", font="Serif", rots=[0, 0],
 template="Birmingham PD detective note + Alabama circuit court search warrant (scanned)",
 text="""
** BIRMINGHAM POLICE DEPARTMENT - Crimes Against Property
1710 1st Avenue North, Birmingham, AL 35203
To: ALEA Driver License Division, Records Unit          Date: 3/2/2026
Attached is a search warrant signed by Judge Carole Pettaway for DL records of the subject below.
Please send certified copies to me. - Det. Marcus O. Lyle, #3390, (205) 555-0157, mlyle@birminghamal.gov
---
# IN THE CIRCUIT COURT OF JEFFERSON COUNTY, ALABAMA
# BIRMINGHAM DIVISION
## SEARCH WARRANT
STATE OF ALABAMA, JEFFERSON COUNTY                    Warrant No. SW-2026-0219

TO ANY SHERIFF, CONSTABLE, OR LAWFUL OFFICER OF THE STATE OF ALABAMA:

Proof by affidavit having been made this day before me by Detective Marcus O. Lyle of the Birmingham
Police Department, that there is probable cause for believing that evidence of the crime of Theft of
Property in the First Degree, Code of Alabama 1975, Section 13A-8-3, is contained in records of the
Alabama Law Enforcement Agency, Driver License Division, Montgomery, Alabama, namely:

  The complete driver license file, application documents, photographs, and address history of
  DARIUS LAMONT WHITAKER, DOB 1992-09-30, Alabama DL No. 8812045.

YOU ARE THEREFORE COMMANDED, in accordance with Ala. Code Section 15-5-2 and Rule 3.8 of the Alabama
Rules of Criminal Procedure, to make immediate search for the records described and to deliver them to
the affiant. The victim in this matter, Crestline Jewelers (owner Sandra Bui), is not a subject.

Dated this 27th day of February, 2026.

/s/ Carole Pettaway
Circuit Judge, Tenth Judicial Circuit of Alabama
""",
 label=lab(R("local-police", "Birmingham Police Department", "Marcus O. Lyle", "Detective",
             "mlyle@birminghamal.gov", "(205) 555-0157"),
           [S("Darius Lamont Whitaker", "1992-09-30", ("license", "8812045"))],
           ["AL Code 13A-8-3", "AL Code 15-5-2", "AL CrimP 3.8"], "judicial_warrant", None, True,
           "criminal_investigation", ["license", "identity_documents", "photo", "address"], "mail")))

# ---------------------------------------------------------------- bdd14
DOCS.append(dict(id="bdd14", format="eml",
 template="FBI task force officer multipart email, three subjects in a list, employer named",
 eml=dict(**{"from": "TFO Ryan P. McAllister <rpmcallister@fbi.gov>",
             "to": "KDOL Legal <kdol.legal@ks.gov>",
             "subject": "Request for wage/employer info - FBI Kansas City SSTF",
             "date": "Wed, 18 Feb 2026 16:20:44 -0600",
             "msgid": "<7d1e9c44.5f2a@fbi.gov>",
             "body": """Good afternoon,

I'm a Wichita PD detective assigned as a Task Force Officer to the FBI Kansas City Safe Streets Task Force
(Wichita RA). We are investigating a string of armed robberies of convenience stores in Sedgwick and Butler
counties, being charged federally as Hobbs Act robbery (18 U.S.C. 1951) and brandishing under 18 U.S.C. 924(c).

Could KDOL provide the most recent employer of record, quarterly wages (2024-2025) and address on file for:

 1) Marquise D. Holloway - DOB 07/09/1999
 2) Sergio Iván Peña Álvarez - DOB 1998-01-25
 3) Khadra Abdi Warsame - DOB 16 Oct 2001

We believe #1 and #2 worked together at Prairie Line Logistics in Park City (manager: Ms. Jolene Kerr) - that
employer is not a target. Happy to provide a subpoena if needed but hoping to get a lead quickly.

Thanks,
Ryan McAllister
Task Force Officer, FBI Safe Streets Task Force - Wichita RA
Detective, Wichita Police Department
316-555-0119 (desk) | rpmcallister@fbi.gov
""",
             "html": """<html><body><p>Good afternoon,</p><p>I'm a Wichita PD detective assigned as a Task Force Officer to the FBI Kansas City Safe Streets Task Force (Wichita RA). We are investigating a string of armed robberies of convenience stores in Sedgwick and Butler counties, being charged federally as Hobbs Act robbery (18 U.S.C. 1951) and brandishing under 18 U.S.C. 924(c).</p>
<p>Could KDOL provide the most recent employer of record, quarterly wages (2024-2025) and address on file for:</p>
<ol><li>Marquise D. Holloway - DOB 07/09/1999</li><li>Sergio Iván Peña Álvarez - DOB 1998-01-25</li><li>Khadra Abdi Warsame - DOB 16 Oct 2001</li></ol>
<p>We believe #1 and #2 worked together at Prairie Line Logistics in Park City (manager: Ms. Jolene Kerr) - that employer is not a target. Happy to provide a subpoena if needed but hoping to get a lead quickly.</p>
<p>Thanks,<br>Ryan McAllister<br>Task Force Officer, FBI Safe Streets Task Force - Wichita RA<br>Detective, Wichita Police Department<br>316-555-0119 (desk) | rpmcallister@fbi.gov</p></body></html>"""}),
 label=lab(R("doj-fbi", "FBI Kansas City Safe Streets Task Force - Wichita RA", "Ryan P. McAllister", "Task Force Officer",
             "rpmcallister@fbi.gov", "316-555-0119"),
           [S("Marquise D. Holloway", "1999-07-09"), S("Sergio Iván Peña Álvarez", "1998-01-25"),
            S("Khadra Abdi Warsame", "2001-10-16")],
           ["18 USC 1951", "18 USC 924"], "none", None, False, "criminal_investigation",
           ["employment", "wages", "address"], "email")))

# ---------------------------------------------------------------- bdd15
DOCS.append(dict(id="bdd15", format="txt",
 template="pasted web-form submission, municipal police, Mississippi",
 text="""
MISSISSIPPI DEPARTMENT OF PUBLIC SAFETY - DRIVER SERVICES
Law Enforcement Information Request (online form) -- confirmation copy

Request #: MDPS-LE-88231          Received: 4 March 2026, 2:51 PM

REQUESTOR
  Agency ........ Jackson Police Department (MS)
  Name .......... Officer Terrence L. Gaines
  Rank/Badge .... Patrol Officer / 1562
  Unit .......... Precinct 2 Property Crimes
  Phone ......... 601-555-0178
  E-mail ........ tgaines@jacksonms.gov

SUBJECT
  Name .......... PHAM, Thi Lan
  DOB ........... 1990-02-11
  DL # .......... 801 443 229
  Sex ........... F

INFORMATION NEEDED
  Residential address; registered vehicles (tag/VIN)

JUSTIFICATION
  Report 26-011734. Vehicle observed leaving scene of an auto burglary at Metrocenter lot.
  Auto burglary - Miss. Code Ann. § 97-17-33. Victim: Rev. Albert Coleman (not a subject).

I attest the information will be used only for law enforcement purposes.  [X] Agree
""",
 label=lab(R("local-police", "Jackson Police Department", "Terrence L. Gaines", "Patrol Officer",
             "tgaines@jacksonms.gov", "601-555-0178"),
           [S("Thi Lan Pham", "1990-02-11", ("license", "801443229"))],
           ["MS Code 97-17-33"], "none", None, False, "criminal_investigation",
           ["address", "vehicle"], "email")))

# ---------------------------------------------------------------- bdd16
DOCS.append(dict(id="bdd16", format="born_digital", font="Serif",
 template="18 USC 2703(d)-style court order, D.N.J., AUSA applicant",
 text="""
# UNITED STATES DISTRICT COURT
# DISTRICT OF NEW JERSEY

IN THE MATTER OF THE APPLICATION OF THE        )   Mag. No. 26-3051 (LDW)
UNITED STATES OF AMERICA FOR AN ORDER          )
PURSUANT TO 18 U.S.C. § 2703(d)                )   FILED UNDER SEAL

## ORDER

This matter having come before the Court pursuant to an application under Title 18, United States Code,
Section 2703(b) and (d), by Assistant United States Attorney Priya N. Raghavan, which application requests
an order directing the New Jersey Motor Vehicle Commission ("MVC"), which maintains an online customer
account portal, to disclose certain records and other information, as set forth in Attachment A;

The Court finds that the applicant has offered specific and articulable facts showing that there are
reasonable grounds to believe that the records or other information sought are relevant and material to an
ongoing criminal investigation of aggravated identity theft (18 U.S.C. § 1028A) and access device fraud
(18 U.S.C. § 1029).

IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that MVC shall, within ten days of the date of
this Order, disclose to the United States the records described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that MVC shall not disclose the existence of the
application or this Order to the subscribers of the accounts listed in Attachment A.

SO ORDERED this 2nd day of March, 2026.

/s/ Leda Dunn Wettre
HON. LEDA DUNN WETTRE
UNITED STATES MAGISTRATE JUDGE
[PAGE]
# ATTACHMENT A
Accounts and persons:
|Account holder|DOB|NJ DL #|
|Oluwaseun Adebayo BANJO|1985-06-30|B0127 55804 06305|
|Irina KOVALENKO|1992-10-14|K6031 28815 10142|
Information to be disclosed: online account login records and IP addresses, e-mail addresses and telephone
numbers associated with each account, mailing addresses, and all duplicate license and address-change
transactions from January 1, 2025 to the present.

Submitted by: Priya N. Raghavan, Assistant U.S. Attorney, 970 Broad Street, Newark, NJ 07102,
(973) 555-0103, priya.raghavan@usdoj.gov
""",
 label=lab(R("doj-usao", "United States Attorney's Office, District of New Jersey", "Priya N. Raghavan",
             "Assistant United States Attorney", "priya.raghavan@usdoj.gov", "(973) 555-0103"),
           [S("Oluwaseun Adebayo Banjo", "1985-06-30", ("license", "B01275580406305")),
            S("Irina Kovalenko", "1992-10-14", ("license", "K60312881510142"))],
           ["18 USC 2703", "18 USC 1028A", "18 USC 1029", "18 USC 2705"], "court_order", None, True,
           "criminal_investigation", ["email", "phone", "address", "license", "other"], "mail")))

# ---------------------------------------------------------------- bdd17
DOCS.append(dict(id="bdd17", format="eml",
 template="detective re-sends his earlier email (forwarded message/rfc822 attached), two subjects, attorney named",
 eml=dict(**{"from": "Det. Anthony Bruzzese <anthony.bruzzese@kcpd.org>",
             "to": "DOR Law Enforcement Requests <dlbmail@dor.mo.gov>",
             "subject": "FW: Info request - KCPD 2026-004512 (resending)",
             "date": "Fri, 27 Feb 2026 09:03:18 -0600",
             "msgid": "<KCPD-20260227-0903@kcpd.org>",
             "body": """Resending - I sent the attached on Tuesday to an old mailbox and it bounced. Please
handle the original request below. Thanks.

Det. A. Bruzzese #6120
KCPD Robbery Unit
816-555-0135
""",
             "attachments": [dict(kind="rfc822", **{"from": "Det. Anthony Bruzzese <anthony.bruzzese@kcpd.org>",
                   "to": "mvdl.lawenf@dor.mo.gov", "subject": "Info request - KCPD 2026-004512",
                   "date": "Tue, 24 Feb 2026 13:40:02 -0600", "messageid": "<KCPD-20260224-1340@kcpd.org>",
                   "body": """Hello,

KCPD Robbery Unit is investigating a robbery of a check-cashing business (RSMo 570.023, robbery 2nd degree,
and stealing, RSMo 570.030). Requesting Missouri DL photos, addresses and registered vehicles for:

  BEKOV, Ruslan Timurovich   DOB 5/19/1996   MO DL Z094418770
  Kayla Renee FONTAINE       DOB 11/30/1998

Note: Fontaine's attorney, Mr. Lawrence Whitcomb, has contacted us; he is not involved in this request.

Thank you,
Anthony Bruzzese
Detective, Robbery Unit
Kansas City Missouri Police Department
1125 Locust St, Kansas City, MO 64106
816-555-0135 | anthony.bruzzese@kcpd.org
"""})]}),
 label=lab(R("local-police", "Kansas City Missouri Police Department", "Anthony Bruzzese", "Detective",
             "anthony.bruzzese@kcpd.org", "816-555-0135"),
           [S("Ruslan Timurovich Bekov", "1996-05-19", ("license", "Z094418770")),
            S("Kayla Renee Fontaine", "1998-11-30")],
           ["RSMo 570.023", "RSMo 570.030"], "none", None, False, "criminal_investigation",
           ["photo", "address", "vehicle"], "email")))

# ---------------------------------------------------------------- bdd18
DOCS.append(dict(id="bdd18", format="fax", font="Cond",
 fax_header="03/06/2026 08:47 OKCO SHERIFF INV   405 555 0152   #0441 P.{p}/{n}",
 template="sheriff faxed request form, deputy requests, lieutenant approves, relative named",
 text="""
## OKLAHOMA COUNTY SHERIFF'S OFFICE
# Criminal Investigations Division
# 201 N. Shartel Ave., Oklahoma City, OK 73102
Sheriff Tommie L. Johnson III
---
# REQUEST FOR RECORDS FROM STATE AGENCY
TO: Oklahoma Human Services, Office of Inspector General / Records        FAX: 405-555-0198
DATE: 06 March 2026                                           OCSO CASE NO.: 26-CID-0771

SUBJECT(S):
|Name|DOB|Identifiers|
|MBEKI-JONES, Andre Patrice|1987-12-02|OK DL D108827719|
|VÁSQUEZ DE LEÓN, Rosa Elvira|1989-04-17|SSN xxx-xx-5512|

INFORMATION REQUESTED: Current address on file, household composition and SNAP/TANF benefit case
addresses for the above subjects.

NATURE OF INVESTIGATION: Second degree burglary of a residence (21 O.S. § 1435). Subjects are
believed to be staying with a relative, Ms. Gloria Vásquez (mother of Subject 2), who is not a suspect.

REQUESTING DEPUTY:  Dep. Cody R. Harjo, #822       PHONE: 405-555-0153   EMAIL: cody.harjo@oklahomacounty.org
APPROVED BY:        Lt. Renee S. Buckner, CID       (signature) R.S.B.

Please fax or e-mail results to the requesting deputy.
~ Law enforcement sensitive. Released information will be used solely for the stated criminal investigation.
""",
 label=lab(R("sheriff", "Oklahoma County Sheriff's Office", "Cody R. Harjo", "Deputy",
             "cody.harjo@oklahomacounty.org", "405-555-0153"),
           [S("Andre Patrice Mbeki-Jones", "1987-12-02", ("license", "D108827719")),
            S("Rosa Elvira Vásquez de León", "1989-04-17", ("ssn_last4", "5512"))],
           ["21 OS 1435"], "none", None, False, "criminal_investigation",
           ["address", "benefits", "other"], "fax")))

# ---------------------------------------------------------------- bdd19
DOCS.append(dict(id="bdd19", format="born_digital", font="Serif",
 template="Ohio common pleas criminal subpoena duces tecum, requested by assistant prosecutor; defense counsel cc",
 text="""
# IN THE COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO
# CRIMINAL DIVISION
STATE OF OHIO,                      )    Case No. 25CR-006614
        Plaintiff,                   )
   v.                                )    Judge Kimberly J. Cocroft
KHALID YUSUF OMAR,                   )
        Defendant.                   )
## SUBPOENA DUCES TECUM
# (Crim.R. 17(C))
THE STATE OF OHIO, FRANKLIN COUNTY, ss:
To: Records Custodian, Ohio Department of Job and Family Services, Office of Unemployment Insurance
Operations, 4020 E. Fifth Avenue, Columbus, Ohio 43219

YOU ARE HEREBY COMMANDED to appear before the Court of Common Pleas, 375 S. High Street, Columbus, Ohio,
Courtroom 5C, on April 6, 2026 at 9:00 a.m., and to bring with you: all employer wage reports and
employment history for KHALID YUSUF OMAR, date of birth March 28, 1982, SSN ending 7740, for calendar years
2023 through 2025. Production of certified copies with an affidavit under Evid.R. 902 before the hearing
date will be accepted in lieu of appearance.

The defendant is charged with Theft in violation of R.C. 2913.02 and Tampering with Records, R.C. 2913.42.

Issued at the request of:                          MARYELLEN O'SHAUGHNESSY, CLERK
Assistant Prosecuting Attorney                      By: /s/ T. Delgado, Deputy Clerk
Jordan M. Kessler (0091123)                          Date: March 10, 2026
Franklin County Prosecutor's Office
373 S. High Street, 14th Floor, Columbus, OH 43215
614-555-0110 / jmkessler@franklincountyohio.gov

cc: Atty. Samira Haddad, counsel for Defendant
""",
 label=lab(R("district-attorney", "Franklin County Prosecutor's Office", "Jordan M. Kessler", "Assistant Prosecuting Attorney",
             "jmkessler@franklincountyohio.gov", "614-555-0110"),
           [S("Khalid Yusuf Omar", "1982-03-28", ("ssn_last4", "7740"))],
           ["OH CrimP 17", "OH R Evid 902", "ORC 2913.02", "ORC 2913.42"], "court_subpoena", None, True,
           "criminal_investigation", ["wages", "employment"], "mail")))

# ---------------------------------------------------------------- bdd20
I138 = """
~ DEPARTMENT OF HOMELAND SECURITY                                                   Form I-138
## IMMIGRATION ENFORCEMENT SUBPOENA
# To Appear and/or Produce Records
Subpoena No.: CHI-HSI-2026-0058          In the matter of: LOZANO QUISPE, Edwin Ramiro (A 215 880 340)
To: Illinois Secretary of State, Driver Services Department, Custodian of Records
    2701 S. Dirksen Pkwy, Springfield, IL 62723

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to produce the records described below
to Special Agent Quentin J. Marsh, Homeland Security Investigations, 1 N. Wacker Dr., Chicago, IL, on or
before March 20, 2026, in connection with an investigation or inquiry relating to the enforcement of the
immigration laws of the United States concerning the admissibility or removability of the named alien.

Records: driver license/ID application(s), identity documents presented, current and prior addresses,
photographs, and vehicles registered to: Edwin Ramiro LOZANO QUISPE, DOB 1988-08-08, IL DL L250-5518-8221.

This subpoena is issued pursuant to Section 235(d) of the Immigration and Nationality Act (8 U.S.C. 1225(d))
and 8 C.F.R. 287.4. In case of failure to comply, the subpoena may be enforced by order of a United States
District Court pursuant to 8 U.S.C. 1225(d)(4).

Date: 03/04/2026           /s/ Victoria A. Lindqvist
                           Victoria A. Lindqvist, Special Agent in Charge, HSI Chicago
                           (Signature and title of issuing officer)
"""
DOCS.append(dict(id="bdd20", format="eml",
 template="HSI special agent email with PNG image of I-138 subpoena about removability",
 eml=dict(**{"from": "Quentin Marsh <quentin.j.marsh@ice.dhs.gov>",
             "to": "sosdslerequests@ilsos.gov",
             "subject": "DHS Subpoena - CHI-HSI-2026-0058",
             "date": "Wed, 04 Mar 2026 12:12:12 -0600",
             "msgid": "<5c0ffee1@ice.dhs.gov>",
             "body": """Custodian of Records,

Attached is a DHS immigration enforcement subpoena (image) for records relating to Edwin Ramiro Lozano Quispe.
Please produce the listed records electronically to me at this address by the date shown.

Regards,
SA Quentin J. Marsh
Homeland Security Investigations - Chicago
U.S. Immigration and Customs Enforcement
312-555-0166
""",
             "attachments": [dict(kind="png", filename="subpoena_CHI-HSI-2026-0058.png", text=I138, font="Sans")]}),
 label=lab(R("dhs-ice-hsi", "Homeland Security Investigations - Chicago", "Quentin J. Marsh", "Special Agent",
             "quentin.j.marsh@ice.dhs.gov", "312-555-0166"),
           [S("Edwin Ramiro Lozano Quispe", "1988-08-08", ("a_number", "A215880340"), ("license", "L25055188221"))],
           ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True, "civil_immigration",
           ["license", "identity_documents", "address", "photo", "vehicle"], "email")))

# ---------------------------------------------------------------- bdd21
DOCS.append(dict(id="bdd21", format="scanned", font="Serif", rots=[0],
 template="Orleans Parish grand jury subpoena duces tecum requested by ADA (scanned)",
 text="""
# CRIMINAL DISTRICT COURT FOR THE PARISH OF ORLEANS
# STATE OF LOUISIANA
## GRAND JURY SUBPOENA DUCES TECUM
Grand Jury Matter No. GJ-26-014                                   Section "Grand Jury"

TO: Custodian of Records, Louisiana Department of Children and Family Services,
    627 N. Fourth Street, Baton Rouge, LA 70802

YOU ARE HEREBY COMMANDED, in the name of the State of Louisiana, to appear before the Orleans Parish Grand
Jury, 2700 Tulane Avenue, New Orleans, on the 16th day of March, 2026 at 9:30 a.m., and to bring with you
the following records, pursuant to La. C.Cr.P. art. 66:

  All SNAP and FITAP case records, including addresses reported, household members listed and benefit
  issuance histories, January 2024 to present, for: THIBODAUX, Nicole Marie, born 1985-03-09, SSN last four 2291.

This subpoena relates to an investigation of theft of public benefits, La. R.S. 14:67 and La. R.S. 14:133
(filing false public records). Grand jury proceedings are secret (La. C.Cr.P. art. 434).

Requested by:
Assistant District Attorney Jerome A. Batiste
Orleans Parish District Attorney's Office, 619 S. White Street, New Orleans, LA 70119
(504) 555-0121  jbatiste@orleansda.com

By order of the Court,  /s/ Hon. Darryl A. Derbigny, Judge, Section "K"
Deputy Clerk: /s/ M. Fontenot
""",
 label=lab(R("district-attorney", "Orleans Parish District Attorney's Office", "Jerome A. Batiste", "Assistant District Attorney",
             "jbatiste@orleansda.com", "(504) 555-0121"),
           [S("Nicole Marie Thibodaux", "1985-03-09", ("ssn_last4", "2291"))],
           ["LA CCrP 66", "LA RS 14:67", "LA RS 14:133", "LA CCrP 434"], "grand_jury_subpoena", None, True,
           "criminal_investigation", ["benefits", "address", "other"], "mail")))

# ---------------------------------------------------------------- bdd22
DOCS.append(dict(id="bdd22", format="born_digital", font="Sans",
 template="I-247N request for voluntary notification of release to state DOC",
 text="""
~ DEPARTMENT OF HOMELAND SECURITY                                                      I-247N (3/17)
## REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
|Subject ID: 412207785|Event #: CHI2603001122|File No: A 217 604 019|
Date: March 2, 2026
TO: Indiana Department of Correction, Pendleton Correctional Facility, Pendleton, IN
FROM: ICE Enforcement and Removal Operations, Indianapolis Sub-Office, Indianapolis, IN

|Name of Alien|Date of Birth|Nationality|Sex|IDOC #|
|SULEIMANOV, Bakhtiyor Rustamovich|1986-07-23|Uzbekistan|M|284411|

DHS suspects that the subject is a removable alien based on a records check of federal databases.

IT IS REQUESTED THAT YOU: Notify DHS as early as practicable (at least 48 hours, if possible) before the
alien is released from your custody. Please notify DHS by calling (317) 555-0140 or emailing
IND.ERO.Notifications@ice.dhs.gov. This request for notification is issued under sections 236 and 287
of the Immigration and Nationality Act and 8 CFR 287.7. It does not request or authorize that you detain
the subject beyond the time he or she is currently scheduled for release.

Colleen M. Ferraro, Deportation Officer                  /s/ C. M. Ferraro
(Name and title of Immigration Officer)                  (Signature of Immigration Officer)

Notice: If the alien is transferred to another institution, please relay this request to that agency.
""",
 label=lab(R("dhs-ice-ero", "ICE Enforcement and Removal Operations, Indianapolis Sub-Office", "Colleen M. Ferraro",
             "Deportation Officer", "IND.ERO.Notifications@ice.dhs.gov", "(317) 555-0140"),
           [S("Bakhtiyor Rustamovich Suleimanov", "1986-07-23", ("a_number", "A217604019"), ("other", "284411"))],
           ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247N", True, "civil_immigration",
           ["other"], "mail")))

# ---------------------------------------------------------------- bdd23
SUMMONS = """
~ Form 2039 (Rev. 12-2019)          Department of the Treasury - Internal Revenue Service
## Summons
In the matter of: Reginald T. Ashcombe, 1140 Wyndham Ct, Harrisburg, PA
Internal Revenue Service (Division): Criminal Investigation         Periods: 2021 through 2024
The Commissioner of Internal Revenue
To: Custodian of Records, Pennsylvania Department of Labor & Industry, Office of Unemployment
    Compensation Tax Services, 651 Boas Street, Harrisburg, PA 17121

You are hereby summoned and required to appear before Special Agent Denise L. Okonkwo, an officer of the
Internal Revenue Service, to give testimony and to bring with you and to produce for examination the
following books, records, papers, and other data relating to the tax liability or the collection of the tax
liability or for the purpose of inquiring into any offense connected with the administration or enforcement
of the internal revenue laws concerning the person identified above:

All quarterly wage reports (UC-2A) listing Reginald T. Ashcombe (DOB 1975-01-30, SSN ending 8813) as an
employee, and all employer registration records for Ashcombe Home Care LLC, 2021-2024.

Place and time for appearance: 228 Walnut Street, Harrisburg, PA 17101, on April 2, 2026 at 10:00 a.m.
Issued under authority of the Internal Revenue Code (26 U.S.C. 7602) this 9th day of March, 2026.

/s/ Denise L. Okonkwo, Special Agent                 /s/ Harold V. Kim, Supervisory Special Agent
(Signature of issuing officer)                      (Signature of approving officer)

Failure to comply may result in enforcement proceedings in a United States District Court under
26 U.S.C. 7604.
"""
DOCS.append(dict(id="bdd23", format="eml",
 template="IRS-CI special agent email with IRS Form 2039 summons PDF (scanned) attached",
 eml=dict(**{"from": "Okonkwo Denise L <Denise.L.Okonkwo@ci.irs.gov>",
             "to": "ra-li-ucts-legal@pa.gov",
             "subject": "IRS Summons - Ashcombe",
             "date": "Mon, 09 Mar 2026 14:31:00 -0400",
             "msgid": "<CIPHL-20260309-1431@ci.irs.gov>",
             "body": """Good afternoon,

IRS Criminal Investigation, Philadelphia Field Office (Harrisburg POD), is conducting a criminal investigation
into possible violations of 26 U.S.C. 7201 (tax evasion) and 26 U.S.C. 7206(1). Attached is an IRS summons
(Form 2039) for wage and employer records. Certified copies mailed or e-mailed to me will satisfy the summons.

Denise L. Okonkwo
Special Agent, IRS-Criminal Investigation
Harrisburg, PA | 717-555-0145
""",
             "attachments": [dict(kind="pdf", filename="Summons_2039_Ashcombe.pdf", text=SUMMONS, scan=True)]}),
 label=lab(R("irs-ci", "IRS Criminal Investigation, Philadelphia Field Office", "Denise L. Okonkwo", "Special Agent",
             "Denise.L.Okonkwo@ci.irs.gov", "717-555-0145"),
           [S("Reginald T. Ashcombe", "1975-01-30", ("ssn_last4", "8813"))],
           ["26 USC 7201", "26 USC 7206", "26 USC 7602", "26 USC 7604"], "administrative_subpoena", "Form 2039", True,
           "criminal_investigation", ["wages", "employment", "other"], "email")))

# ---------------------------------------------------------------- bdd24
DOCS.append(dict(id="bdd24", format="fax", font="Serif",
 fax_header="MAR-10-2026 11:20 CBP FP&F NEWARK 973 555 0182 TO 6095550191 P{p}/{n}",
 template="CBP Form 3115 summons (civil customs penalty inquiry) faxed to state MVC",
 text="""
~ DEPARTMENT OF HOMELAND SECURITY - U.S. Customs and Border Protection                 CBP Form 3115
## SUMMONS
Summons No.: NWK-2026-0014
To: New Jersey Motor Vehicle Commission, Title & Registration Records Custodian, 225 E. State St., Trenton, NJ

Pursuant to section 509 of the Tariff Act of 1930, as amended (19 U.S.C. 1509), you are hereby summoned and
required to appear before Import Specialist Kenji A. Morrow of U.S. Customs and Border Protection, Office of
Trade, at 1100 Raymond Blvd., Newark, NJ 07102, on March 26, 2026 at 10:00 a.m., to give testimony and to
produce records in connection with an inquiry into the correctness of entries and the liability of the
person named below for duties, fees and penalties under 19 U.S.C. 1592.

Records: title and registration history, including owner addresses, for all vehicles titled in New Jersey to
  HOANG, Duc Anh (DOB 03/15/1981) or to Hoang Auto Export LLC, from January 2023 to present.

Any person who fails to comply may be subject to an order of a United States District Court compelling
compliance, under 19 U.S.C. 1510.

Issued: March 10, 2026         /s/ Kenji A. Morrow
Kenji A. Morrow, Import Specialist, Office of Trade, Newark (973) 555-0183  kenji.a.morrow@cbp.dhs.gov
Approved: Port Director (by) W. Castellano
""",
 label=lab(R("dhs-cbp", "U.S. Customs and Border Protection, Office of Trade, Newark", "Kenji A. Morrow", "Import Specialist",
             "kenji.a.morrow@cbp.dhs.gov", "(973) 555-0183"),
           [S("Duc Anh Hoang", "1981-03-15")],
           ["19 USC 1509", "19 USC 1592", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115", True, "unknown",
           ["vehicle", "address"], "fax")))

# ---------------------------------------------------------------- bdd25
DOCS.append(dict(id="bdd25", format="born_digital", font="Serif",
 template="AO 88B civil subpoena (N.D. Ill.) issued by plaintiff's attorney; civil case",
 text="""
~ AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
# UNITED STATES DISTRICT COURT
# for the
# Northern District of Illinois
Midwest Staffing Partners, Inc.,  Plaintiff            )
        v.                                             )   Civil Action No. 1:25-cv-04418
Lucas Ferreira dos Santos and Agnieszka Wrobel,        )
        Defendants                                     )
## SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
To: Custodian of Records, Illinois Department of Employment Security, 33 S. State Street, Chicago, IL 60603

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following
documents, electronically stored information, or objects: All wage records and employer-of-record reports
filed for Lucas Ferreira dos Santos (DOB 1989-02-14) and Agnieszka Wrobel (DOB 1991-07-29) from
July 1, 2023 to present.
|Place: Harlan & Voss LLP, 200 W. Madison St., Suite 2600, Chicago, IL 60606|Date and Time: 04/03/2026 10:00 am|

The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place of compliance;
Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g).

Date: 03/05/2026        CLERK OF COURT  OR  /s/ Elise M. Harlan
                                            Attorney's signature
The name, address, e-mail address, and telephone number of the attorney representing Midwest Staffing
Partners, Inc., who issues or requests this subpoena, are: Elise M. Harlan, Harlan & Voss LLP, 200 W. Madison St.,
Suite 2600, Chicago, IL 60606; eharlan@harlanvoss.com; (312) 555-0190
""",
 label=lab(R("other", "Harlan & Voss LLP (counsel for Midwest Staffing Partners, Inc.)", "Elise M. Harlan", "Attorney",
             "eharlan@harlanvoss.com", "(312) 555-0190"),
           [S("Lucas Ferreira dos Santos", "1989-02-14"), S("Agnieszka Wrobel", "1991-07-29")],
           ["FRCP 45"], "court_subpoena", "AO 88B", True, "unknown", ["wages", "employment"], "mail")))

# ---------------------------------------------------------------- bdd26
KSWARRANT = """
# IN THE EIGHTEENTH JUDICIAL DISTRICT
# DISTRICT COURT, SEDGWICK COUNTY, KANSAS
# CRIMINAL DEPARTMENT
STATE OF KANSAS, Plaintiff, vs. ELIJAH DEVONTE CRANSTON, Defendant.        Case No. 2026-CR-000388
## WARRANT FOR ARREST (ON COMPLAINT)
THE STATE OF KANSAS, TO ANY LAW ENFORCEMENT OFFICER:

A Complaint having been filed in this Court charging the above-named defendant with Theft, a severity
level 9 nonperson felony, K.S.A. 21-5801(a)(1), and Criminal Damage to Property, K.S.A. 21-5813, and the
Court having found probable cause from the sworn complaint pursuant to K.S.A. 22-2304,

YOU ARE COMMANDED to arrest ELIJAH DEVONTE CRANSTON, DOB 02/08/1994, and bring him before this Court without
unnecessary delay.
Bond: $25,000 surety.

Dated: February 20, 2026                       /s/ Hon. Tyler J. Roush
                                               District Judge
"""
DOCS.append(dict(id="bdd26", format="eml",
 template="municipal fugitive detective email with attached Kansas arrest warrant PDF",
 eml=dict(**{"from": "Nkechi Ugwu <nugwu@wichita.gov>",
             "to": "kdol.lawenforcement@ks.gov",
             "cc": "Sgt. Paul Dreiling <pdreiling@wichita.gov>",
             "subject": "Warrant subject - current employer? (CRANSTON, Elijah)",
             "date": "Tue, 24 Feb 2026 10:05:33 -0600",
             "msgid": "<WPD-0224-1005-ugwu@wichita.gov>",
             "body": """Hi KDOL team,

Wichita PD Warrants/Fugitive Section is trying to locate Elijah Devonte Cranston (DOB 02/08/1994) on the
attached Sedgwick County felony arrest warrant. Can you tell us his most recent employer(s) of record and the
address on his UI account, if any? Last four of SSN: 6034.

Appreciate the help.

Det. Nkechi Ugwu
Warrants/Fugitive Section, Wichita Police Department
455 N. Main St, Wichita, KS 67202
O: 316-555-0161
""",
             "attachments": [dict(kind="pdf", filename="2026-CR-000388_warrant.pdf", text=KSWARRANT)]}),
 label=lab(R("local-police", "Wichita Police Department", "Nkechi Ugwu", "Detective",
             "nugwu@wichita.gov", "316-555-0161"),
           [S("Elijah Devonte Cranston", "1994-02-08", ("ssn_last4", "6034"))],
           ["KSA 21-5801", "KSA 21-5813", "KSA 22-2304"], "judicial_warrant", None, True, "criminal_investigation",
           ["employment", "address", "claims"], "email")))

# ---------------------------------------------------------------- bdd27
DOCS.append(dict(id="bdd27", format="txt",
 template="NYPD detective request pasted from DMV law-enforcement portal, complainant named",
 text="""
NYS DMV - Law Enforcement Request (Form MV-15LE online)  -- printed 03/03/2026 16:48

Agency:            New York City Police Department, 75th Detective Squad
ORI:               NY0303000
Requesting member: Det. Giovanni R. Castellano, Shield 2317
Tax Reg #:         948812
Telephone:         (718) 555-0125
E-mail:            giovanni.castellano@nypd.org
Commanding Officer: Det. Lt. Yvonne Adair

Subject name:      OYELOWO, Babatunde K.
Date of birth:     1983-10-05
NY Client ID:      738 204 119
Info requested:    Photo image, address history

Purpose: Investigation of robbery in the second degree (PL 160.10), Complaint #2026-075-01822.
Complainant Mr. Harold Finkel identified the subject from a photo array; complainant is NOT the subject.

I affirm that the information is requested for a permissible use under Vehicle and Traffic Law § 202 and
18 U.S.C. § 2721(b)(1).
""",
 label=lab(R("local-police", "New York City Police Department, 75th Detective Squad", "Giovanni R. Castellano", "Detective",
             "giovanni.castellano@nypd.org", "(718) 555-0125"),
           [S("Babatunde K. Oyelowo", "1983-10-05", ("license", "738204119"))],
           ["NY PL 160.10", "NY VTL 202", "18 USC 2721"], "none", None, False, "criminal_investigation",
           ["photo", "address"], "email")))

# ---------------------------------------------------------------- bdd28
DOCS.append(dict(id="bdd28", format="born_digital", font="Serif",
 template="Arkansas circuit court order directing DHS to release records to sheriff's investigator",
 text="""
# IN THE CIRCUIT COURT OF PULASKI COUNTY, ARKANSAS
# SIXTH DIVISION
IN RE: INVESTIGATION OF PCSO CASE NO. 2026-00917                         No. 60CR-26-0412
## ORDER FOR RELEASE OF RECORDS
On this day comes before the Court the Motion of the Pulaski County Sheriff's Office, by and through
Investigator Latoya S. Merriweather, for an order directing the Arkansas Department of Human Services,
Division of County Operations, to release records, and the Court, being well and sufficiently advised, FINDS:

1. The Pulaski County Sheriff's Office is conducting a criminal investigation into theft of property,
   Ark. Code Ann. § 5-36-103, and public assistance fraud, Ark. Code Ann. § 20-76-409.
2. The records sought are confidential under Ark. Code Ann. § 20-76-109 and may be released only upon order
   of a court of competent jurisdiction.

IT IS THEREFORE ORDERED that the Arkansas Department of Human Services shall release to Investigator
Merriweather, within fourteen (14) days, the application files, addresses of record, household members, and
benefit issuance histories (SNAP, TEA) from January 1, 2024 to present, for:

   Name                          Date of Birth
   Tamika Shawnte RUFFIN         September 2, 1988
   Quang Minh VU                 June 11, 1979

IT IS SO ORDERED.
/s/ Alice S. Gray
CIRCUIT JUDGE                                   Date: 03/03/2026

Prepared by: Inv. Latoya S. Merriweather, Pulaski County Sheriff's Office, Criminal Investigation Division,
3201 W. Roosevelt Rd., Little Rock, AR 72204 | 501-555-0144 | lmerriweather@pcso.pulaskicounty.net
cc: Deputy Prosecuting Attorney Mark Hollingsworth, Sixth Judicial District
""",
 label=lab(R("sheriff", "Pulaski County Sheriff's Office", "Latoya S. Merriweather", "Investigator",
             "lmerriweather@pcso.pulaskicounty.net", "501-555-0144"),
           [S("Tamika Shawnte Ruffin", "1988-09-02"), S("Quang Minh Vu", "1979-06-11")],
           ["AR Code 5-36-103", "AR Code 20-76-409", "AR Code 20-76-109"], "court_order", None, True,
           "criminal_investigation", ["benefits", "address", "other"], "mail")))

# ---------------------------------------------------------------- bdd29
DOCS.append(dict(id="bdd29", format="txt",
 template="USMS deputy web-form submission, fugitive, relative named, federal warrant mentioned not attached",
 text="""
=== ALEA Driver License Division :: Agency Data Request (submitted via web form) ===
Ticket: 2026-DLD-04417
Date/Time: 2026-03-09 07:58 CDT

Agency name: U.S. Marshals Service - Northern District of Alabama (Gulf Coast Regional Fugitive Task Force)
Requester: Deputy U.S. Marshal Caleb J. Rutledge
Title: Deputy U.S. Marshal
Phone: 205-555-0138
Email: caleb.rutledge@usdoj.gov

Subject: WYNN, Terrell Jamarcus
DOB: Dec 19, 1991
AL DL: 7730918
Last 4 SSN: 4402

Records sought: current address, photograph, vehicles registered.

Details: Subject is wanted on a federal arrest warrant (N.D. Ala.) for felon in possession of a firearm,
18 U.S.C. 922(g)(1). USMS authority: 28 U.S.C. 566. Subject's mother, Mrs. Lorraine Wynn, has been
contacted and is not a subject. Warrant available upon request.
""",
 label=lab(R("doj-usms", "U.S. Marshals Service - Northern District of Alabama", "Caleb J. Rutledge", "Deputy U.S. Marshal",
             "caleb.rutledge@usdoj.gov", "205-555-0138"),
           [S("Terrell Jamarcus Wynn", "1991-12-19", ("license", "7730918"), ("ssn_last4", "4402"))],
           ["18 USC 922", "28 USC 566"], "none", None, False, "criminal_investigation",
           ["address", "photo", "vehicle"], "email")))

# ---------------------------------------------------------------- bdd30
DOCS.append(dict(id="bdd30", format="scanned", font="Serif", rots=[0, 180],
 template="NY Supreme Court (Kings) criminal subpoena duces tecum issued by ADA, scanned; page 2 upside down",
 text="""
# SUPREME COURT OF THE STATE OF NEW YORK
# COUNTY OF KINGS
THE PEOPLE OF THE STATE OF NEW YORK
        -against-                                               Ind. No. 71844-25
MARIANA BEATRIZ ROJAS-TEJADA and WOJCIECH P. ZIELINSKI,
                               Defendants.
## SUBPOENA DUCES TECUM
THE PEOPLE OF THE STATE OF NEW YORK
TO: Records Access Officer, New York State Department of Labor, Unemployment Insurance Division,
    State Office Campus, Building 12, Albany, NY 12226

WE COMMAND YOU, that all business and excuses being laid aside, you produce to the Supreme Court of the State of
New York, County of Kings, Part 21, at 320 Jay Street, Brooklyn, NY, on April 14, 2026, the following:

Any and all wage reporting records, employer names and addresses, and unemployment insurance claims,
including claimant addresses and telephone numbers, for the period 01/01/2022 - present, for:
  (1) Mariana Beatriz ROJAS-TEJADA, DOB 1979-08-14
  (2) Wojciech P. ZIELINSKI, DOB 1976-02-27, SSN xxx-xx-1190

This subpoena is issued pursuant to CPL 610.20 and 610.25. The defendants are charged with Grand Larceny in
the Second Degree (Penal Law § 155.40) and Insurance Fraud (Penal Law § 176.25).
[PAGE]
Failure to comply with this subpoena is punishable as a contempt of court (Judiciary Law § 753).

Dated: Brooklyn, New York, March 6, 2026

ERIC GONZALEZ, District Attorney, Kings County (printed)
By: /s/ Shauna E. Whitlock
Shauna E. Whitlock, Assistant District Attorney
Frauds Bureau, 350 Jay Street, Brooklyn, NY 11201
(718) 555-0112   whitlocks@brooklynda.org

cc: Adriana Lugo-Marín, Esq. (attorney for defendant Rojas-Tejada)
    Harvey Brennan, Esq. (attorney for defendant Zielinski)
""",
 label=lab(R("district-attorney", "Kings County District Attorney's Office", "Shauna E. Whitlock", "Assistant District Attorney",
             "whitlocks@brooklynda.org", "(718) 555-0112"),
           [S("Mariana Beatriz Rojas-Tejada", "1979-08-14"),
            S("Wojciech P. Zielinski", "1976-02-27", ("ssn_last4", "1190"))],
           ["NY CPL 610.20", "NY CPL 610.25", "NY PL 155.40", "NY PL 176.25", "NY Jud Law 753"], "court_subpoena", None, True,
           "criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "mail")))

# ---------------------------------------------------------------- bdd31
DOCS.append(dict(id="bdd31", format="born_digital", font="Sans",
 template="ATF letter, RAC in letterhead, agent signs, three subjects in table, co-defendant's attorney named",
 text="""
# U.S. Department of Justice
# Bureau of Alcohol, Tobacco, Firearms and Explosives
Jackson Field Office - New Orleans Field Division
100 W. Capitol Street, Suite 1200, Jackson, MS 39269
Resident Agent in Charge: Douglas H. Pettigrew
---
                                                          In Reply Refer To: 784020-26-0019
                                                          17 February 2026

Mississippi Department of Public Safety
Driver Service Bureau - Records Unit
1900 E. Woodrow Wilson Ave., Jackson, MS 39216

Dear Records Unit:

ATF is investigating a firearms trafficking conspiracy involving straw purchases at federally licensed
dealers in Hinds and Rankin counties, in violation of 18 U.S.C. §§ 922(a)(6), 924(a)(1)(A) and 932. I
request copies of the driver license photographs, addresses of record and license histories for:

|Name|Date of Birth|MS DL No.|
|Jarvis Deon McCLENDON|04/02/1998 (April 2, 1998)|802117645|
|Brianna Nicole SHELBY|2000-10-19|803554218|
|Luis Fernando Ávila Montoya|21 May 1995|—|

Please note that Mr. McClendon's attorney, Ms. Felicia Odom, has no role in this request.

Respectfully,

Special Agent Rhiannon T. Castle
ATF Jackson Field Office
601-555-0129 | rhiannon.castle@atf.gov

   R.T.C.
""",
 label=lab(R("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Jackson Field Office", "Rhiannon T. Castle",
             "Special Agent", "rhiannon.castle@atf.gov", "601-555-0129"),
           [S("Jarvis Deon McClendon", "1998-04-02", ("license", "802117645")),
            S("Brianna Nicole Shelby", "2000-10-19", ("license", "803554218")),
            S("Luis Fernando Ávila Montoya", "1995-05-21")],
           ["18 USC 922", "18 USC 924", "18 USC 932"], "none", None, False, "criminal_investigation",
           ["photo", "address", "license"], "mail")))

# ---------------------------------------------------------------- bdd32
OHORDER = """
# IN THE COURT OF COMMON PLEAS
# MONTGOMERY COUNTY, OHIO
IN RE: Application of the Ohio Bureau of Criminal Investigation for Production       Case No. 2026 MI 00073
of Records Held by the Ohio Department of Job and Family Services
## ORDER
This cause came before the Court on the application of Special Agent Brent A. Holtzclaw of the Ohio Attorney
General's Bureau of Criminal Investigation. The Court finds that the records are sought in connection with a
criminal investigation of trafficking in drugs, R.C. 2925.03, and that disclosure is permitted under
R.C. 5101.27 upon court order.

IT IS ORDERED that the Ohio Department of Job and Family Services release to BCI the addresses of record, household
composition and benefit issuance records (SNAP, Ohio Works First) for AHMED, Faisal Nur (DOB 1993-06-06) and
ESPINOZA, Graciela (DOB 1996-12-01), from January 1, 2025 to present.

SO ORDERED.      /s/ Mary E. Montgomery, Judge          March 4, 2026
"""
DOCS.append(dict(id="bdd32", format="eml",
 template="state BCI agent email with JPEG photo of Ohio common pleas court order",
 eml=dict(**{"from": "Brent Holtzclaw <Brent.Holtzclaw@OhioAGO.gov>",
             "to": "ODJFS Legal Subpoenas <subpoenas@jfs.ohio.gov>",
             "subject": "Court order for records - BCI 2026-0419",
             "date": "Thu, 05 Mar 2026 10:44:09 -0500",
             "msgid": "<BCI-2026-0419-0305@OhioAGO.gov>",
             "body": """ODJFS Legal,

Attached is a photo of a signed order from the Montgomery County Court of Common Pleas (Case 2026 MI 00073)
directing release of benefit records for two individuals in our drug trafficking investigation. Original
to follow by mail. Please send the records to me.

Brent A. Holtzclaw
Special Agent, Special Investigations Unit
Ohio Attorney General's Bureau of Criminal Investigation
London, Ohio | 740-555-0177
""",
             "attachments": [dict(kind="jpeg", filename="IMG_4471.jpg", text=OHORDER)]}),
 label=lab(R("state-police", "Ohio Attorney General's Bureau of Criminal Investigation", "Brent A. Holtzclaw", "Special Agent",
             "Brent.Holtzclaw@OhioAGO.gov", "740-555-0177"),
           [S("Faisal Nur Ahmed", "1993-06-06"), S("Graciela Espinoza", "1996-12-01")],
           ["ORC 2925.03", "ORC 5101.27"], "court_order", None, True, "criminal_investigation",
           ["address", "benefits", "other"], "email")))

# ====================== rendering ======================

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_dd/work"
os.makedirs(TMP, exist_ok=True)
SEED = 4242
FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                 ("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                 ("Mono", "DejaVuSansMono.ttf"), ("Mono-B", "DejaVuSansMono-Bold.ttf"),
                 ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))


def render_pdf(text, path, font="Serif", size=10.5):
    """Tiny markup: '## ' big centred bold, '# ' centred bold, '** ' bold line,
    '>> ' right-aligned, '---' rule, '|a|b|c' table row (first row bold),
    '[PAGE]' page break, '~ ' small print."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    plain = [l.rstrip() for l in text.split("\n") if l.strip() and not l.startswith(("|", "#", "~ ", "[PAGE]"))]
    plain = [l[3:] if l.startswith(("** ", ">> ")) else l for l in plain]
    if plain:
        maxw = max(stringWidth(l, font + "-B", 1.0) for l in plain)
        size = max(7.5, min(size, (letter[0] - 122) / maxw))
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("")
    W, H = letter
    lm, rm, top, bot = 60, 60, 60, 60
    y = H - top
    bold = font + "-B"
    in_table = False
    first_row = True

    def newpage():
        nonlocal y
        c.showPage()
        y = H - top

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line == "[PAGE]":
            newpage()
            continue
        if y < bot + 20:
            newpage()
        if line.startswith("|"):
            cells = [x.strip() for x in line.strip("|").split("|")]
            if not in_table:
                first_row = True
            in_table = True
            n = len(cells)
            cw = (W - lm - rm) / n
            f = bold if first_row else font
            c.setFont(f, size - 1.5)
            hmax = 1
            wrapped = [simpleSplit(x, f, size - 1.5, cw - 6) or [""] for x in cells]
            hmax = max(len(w) for w in wrapped)
            rh = hmax * (size + 1) + 6
            for i, w in enumerate(wrapped):
                c.rect(lm + i * cw, y - rh + size, cw, rh, stroke=1, fill=0)
                for j, t in enumerate(w):
                    c.drawString(lm + i * cw + 3, y - j * (size + 1), t)
            y -= rh
            first_row = False
            continue
        in_table = False
        if line.startswith("## "):
            y -= 7
            c.setFont(bold, size + 4)
            c.drawCentredString(W / 2, y, line[3:])
            y -= size + 9
        elif line.startswith("# "):
            c.setFont(bold, size + 1)
            c.drawCentredString(W / 2, y, line[2:])
            y -= size + 5
        elif line.startswith(">> "):
            c.setFont(font, size)
            c.drawRightString(W - rm, y, line[3:])
            y -= size + 4
        elif line.strip() == "---":
            c.line(lm, y + 4, W - rm, y + 4)
            y -= 8
        elif line.startswith("~ "):
            c.setFont(font, size - 2.5)
            for t in simpleSplit(line[2:], font, size - 2.5, W - lm - rm):
                c.drawString(lm, y, t)
                y -= size - 1
        else:
            f = font
            t0 = line
            if line.startswith("** "):
                f, t0 = bold, line[3:]
            c.setFont(f, size)
            if not t0.strip():
                y -= size * 0.8
                continue
            indent = len(t0) - len(t0.lstrip(" "))
            for t in simpleSplit(t0.strip(), f, size, W - lm - rm - indent * 4):
                if y < bot:
                    newpage()
                    c.setFont(f, size)
                c.drawString(lm + indent * 4, y, t)
                y -= size + 3.5
    c.showPage()
    c.save()


def pdf_to_images(pdf, dpi, gray=True):
    stem = os.path.join(TMP, os.path.basename(pdf)[:-4] + f"_r{dpi}")
    args = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        args.append("-gray")
    subprocess.run(args + [pdf, stem], check=True)
    d = os.path.dirname(stem)
    files = sorted(f for f in os.listdir(d) if f.startswith(os.path.basename(stem) + "-") and f.endswith(".png"))
    return [Image.open(os.path.join(d, f)).convert("L") for f in files]


def degrade(img, rng, rot90=0):
    a = np.asarray(img).astype(np.float32)
    bg = rng.uniform(205, 235)
    a = a * (bg / 255.0)
    a += np.asarray(np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(5, 11), a.shape), dtype=np.float32)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=int(bg))
    if rot90:
        im = im.rotate(rot90, expand=True)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=rng.randint(45, 65))
    buf.seek(0)
    return Image.open(buf).convert("L")


def make_scanned(text, path, rng, font, rots):
    tmp = os.path.join(TMP, os.path.basename(path)[:-4] + "_src.pdf")
    render_pdf(text, tmp, font=font)
    imgs = pdf_to_images(tmp, 200)
    out = [degrade(im, rng, rots[i] if i < len(rots) else 0) for i, im in enumerate(imgs)]
    import time
    fixed = time.strptime("2026-03-12 09:00:00", "%Y-%m-%d %H:%M:%S")
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:],
                creationDate=fixed, modDate=fixed)


def make_fax(text, path, rng, font, header):
    tmp = os.path.join(TMP, os.path.basename(path)[:-4] + "_src.pdf")
    render_pdf(text, tmp, font=font)
    imgs = pdf_to_images(tmp, 200)
    fnt = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    pages = []
    n = len(imgs)
    for i, im in enumerate(imgs):
        im = im.copy()
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 60], fill=255)
        if header:
            d.text((40, 18), header.format(p=i + 1, n=n), font=fnt, fill=0)
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(im).astype(np.int16)
        r = np.random.default_rng(rng.randint(0, 10**6))
        speck = r.random(a.shape) < 0.0015
        a[speck] = 0
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1")
        pages.append(im)
    pages[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=pages[1:])


def make_eml(spec, rng):
    m = EmailMessage()
    m["From"] = spec["from"]
    m["To"] = spec["to"]
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    m["Subject"] = spec["subject"]
    m["Date"] = spec["date"]
    m["Message-ID"] = spec["msgid"]
    if spec.get("html_only"):
        m.set_content(spec["html"], subtype="html")
    else:
        m.set_content(spec["body"])
        if spec.get("html"):
            m.add_alternative(spec["html"], subtype="html")
    for att in spec.get("attachments", []):
        kind = att["kind"]
        if kind == "pdf":
            p = os.path.join(TMP, att["filename"])
            render_pdf(att["text"], p, font=att.get("font", "Serif"))
            if att.get("scan"):
                make_scanned(att["text"], p, rng, att.get("font", "Serif"), [])
            m.add_attachment(open(p, "rb").read(), maintype="application", subtype="pdf", filename=att["filename"])
        elif kind in ("png", "jpeg"):
            p = os.path.join(TMP, att["filename"] + ".pdf")
            render_pdf(att["text"], p, font=att.get("font", "Serif"))
            imgs = pdf_to_images(p, 150)
            im = imgs[0]
            if kind == "jpeg":
                im = degrade(im, rng)
            buf = io.BytesIO()
            im.save(buf, "PNG" if kind == "png" else "JPEG", **({} if kind == "png" else {"quality": 70}))
            m.add_attachment(buf.getvalue(), maintype="image", subtype="png" if kind == "png" else "jpeg", filename=att["filename"])
        elif kind == "rfc822":
            inner = EmailMessage()
            for k in ("From", "To", "Subject", "Date", "Message-ID"):
                inner[k] = att[k.lower().replace("-", "")]
            inner.set_content(att["body"])
            m.add_attachment(inner)
    random.seed(spec["msgid"])  # deterministic MIME boundaries
    return m.as_bytes()


def main():
    import shutil
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP, exist_ok=True)
    rng = random.Random(SEED)
    for d in DOCS:
        did, fmt = d["id"], d["format"]
        font = d.get("font", "Serif")
        if fmt == "born_digital":
            path = os.path.join(OUT, did + ".pdf")
            render_pdf(d["text"], path, font=font)
        elif fmt == "scanned":
            path = os.path.join(OUT, did + ".pdf")
            make_scanned(d["text"], path, rng, font, d.get("rots", []))
        elif fmt == "fax":
            path = os.path.join(OUT, did + ".tif")
            make_fax(d["text"], path, rng, font, d.get("fax_header"))
        elif fmt == "eml":
            path = os.path.join(OUT, did + ".eml")
            open(path, "wb").write(make_eml(d["eml"], rng))
        elif fmt == "txt":
            path = os.path.join(OUT, did + ".txt")
            open(path, "w", encoding="utf-8").write(d["text"].strip("\n") + "\n")
        lab = dict(d["label"])
        rec = {"id": did, "family": "blind-dd", "format": fmt, "template": d["template"]}
        rec.update(lab)
        with open(os.path.join(OUT, did + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(did, fmt, os.path.getsize(path))


if __name__ == "__main__":
    main()
