#!/usr/bin/env python
"""Build the blind-eee sample set (independent author). Deterministic: fixed seed.

Run: /work/main/.venv/bin/python samples/blind_eee/build.py
"""
import time
import io
import json
import os
import random
import subprocess
import tempfile
from email.message import EmailMessage
from email import policy

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (HRFlowable, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer)

rl_config.invariant = 1
OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20250 + 555
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, f in [("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                ("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                ("Mono", "DejaVuSansMono.ttf"), ("Mono-B", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + f))
FAMILY = {"sans": ("Sans", "Sans-B"), "serif": ("Serif", "Serif-B"), "mono": ("Mono", "Mono-B")}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(text, font="serif", size=10.5):
    """Tiny markup: '# ' centred bold heading, '## ' bold line, '^ ' centred,
    '> ' right aligned, '_ ' small print, '---' rule, '~~~' page break."""
    reg, bold = FAMILY[font]
    base = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=1)
    st = {
        "#": ParagraphStyle("h", parent=base, fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3, alignment=TA_CENTER, spaceAfter=3),
        "##": ParagraphStyle("h2", parent=base, fontName=bold),
        "^": ParagraphStyle("c", parent=base, alignment=TA_CENTER),
        ">": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
        "_": ParagraphStyle("s", parent=base, fontSize=size - 2.5, leading=(size - 2.5) * 1.3),
    }
    story = []
    for line in text.strip("\n").split("\n"):
        s = line.rstrip()
        if s == "":
            story.append(Spacer(1, size * 0.7))
        elif s == "---":
            story.append(HRFlowable(width="100%", thickness=0.8, spaceBefore=2, spaceAfter=4))
        elif s == "~~~":
            story.append(PageBreak())
        else:
            key = s.split(" ", 1)[0]
            if key in st and " " in s:
                story.append(Paragraph(esc(s.split(" ", 1)[1]), st[key]))
            else:
                lead = len(s) - len(s.lstrip(" "))
                p = esc(s.lstrip(" "))
                story.append(Paragraph(("&nbsp;" * lead) + p, base))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=0.75 * inch, bottomMargin=0.75 * inch, title="", author="")
    doc.build(story)
    return buf.getvalue()


def pdf_pages(pdf_bytes, dpi):
    with tempfile.TemporaryDirectory(dir="/tmp/author_eee") as td:
        p = os.path.join(td, "in.pdf")
        with open(p, "wb") as f:
            f.write(pdf_bytes)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, os.path.join(td, "pg")], check=True)
        names = sorted(n for n in os.listdir(td) if n.startswith("pg"))
        return [Image.open(os.path.join(td, n)).convert("L").copy() for n in names]


def degrade(img, rng, turn=0):
    bg = rng.randint(205, 228)
    arr = np.asarray(img).astype(np.float32)
    arr = bg - (255 - arr) * (bg / 255.0) * 0.95
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    angle = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=bg, expand=False)
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    arr = np.asarray(img).astype(np.float32) + nrng.normal(0, 9, (img.height, img.width))
    # a few specks
    for _ in range(120):
        y, x = nrng.integers(0, img.height - 3), nrng.integers(0, img.width - 3)
        arr[y:y + 2, x:x + 2] = 40
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if turn:
        img = img.rotate(turn, expand=True)
    b = io.BytesIO()
    img.save(b, "JPEG", quality=38)
    return Image.open(io.BytesIO(b.getvalue())).convert("L")


def make_scanned(pdf_bytes, rng, turns):
    pages = pdf_pages(pdf_bytes, 200)
    out = [degrade(p, rng, turns.get(i, 0)) for i, p in enumerate(pages)]
    b = io.BytesIO()
    out[0].save(b, "PDF", resolution=200, save_all=True, append_images=out[1:],
                creationDate=time.gmtime(1760950800), modDate=time.gmtime(1760950800))
    return b.getvalue()


def make_fax(pdf_bytes, header):
    pages = pdf_pages(pdf_bytes, 200)
    font = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 22)
    out = []
    n = len(pages)
    for i, p in enumerate(pages):
        p = p.copy()
        d = ImageDraw.Draw(p)
        d.rectangle([0, 0, p.width, 40], fill=255)
        d.text((30, 8), f"{header}   P.{i + 1:02d}/{n:02d}", font=font, fill=0)
        out.append(p.point(lambda v: 255 if v > 150 else 0).convert("1"))
    b = io.BytesIO()
    out[0].save(b, "TIFF", compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])
    return b.getvalue()


def page_image(pdf_bytes, fmt, rng, dpi=110, page=0, degrade_it=True):
    img = pdf_pages(pdf_bytes, dpi)[page]
    if degrade_it:
        img = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=235)
    b = io.BytesIO()
    if fmt == "jpeg":
        img.save(b, "JPEG", quality=70)
    else:
        img.save(b, "PNG", optimize=True)
    return b.getvalue()


def fix_boundaries(msg, tag):
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"=_eee_{tag}_{i:02d}_boundary")
    return msg


def email_msg(frm, to, subject, date, msgid, cc=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    return m


def label(agency_key, agency_name, person, title, email, phone, subjects, basis, ptype, form,
          attached, purpose, records, channel):
    return {
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype,
                          "court_issued": ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"),
                          "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }


DOCS = []


def doc(id, fmt, template, lab, **kw):
    DOCS.append(dict(id=id, fmt=fmt, template=template, label=lab, **kw))

# ---------------------------------------------------------------- 01 GA state search warrant
doc("beee01", "born_digital", "county police cover letter + Georgia magistrate search warrant for DDS records",
    label("local-police", "Gwinnett County Police Department", "Kendra L. Whitfield", "Detective",
          "k.whitfield@gwinnettcountypd.us", "(770) 555-0142",
          [("Thị Hồng Nhung Nguyễn", "1990-11-02", [("license", "058331942")])],
          ["OCGA 17-5-21", "OCGA 16-9-121"], "judicial_warrant", None, True, "criminal_investigation",
          ["license", "photo", "address", "identity_documents"], "mail"),
    font="serif", text="""
# GWINNETT COUNTY POLICE DEPARTMENT
^ Criminal Investigations Division - Financial Crimes Unit
^ 770 Hi Hope Road, Lawrenceville, Georgia 30043
---
September 29, 2025

Georgia Department of Driver Services
Attn: Custodian of Records / Legal Services
2206 Eastview Parkway
Conyers, GA 30013

RE: Service of Search Warrant No. 25-SW-01187 / GCPD Case 25-0071934

To the Custodian of Records:

Enclosed is a certified copy of a search warrant signed by a Judge of the Magistrate Court of Gwinnett County. The warrant authorizes the seizure of Department of Driver Services records relating to NGUYỄN, Thị Hồng Nhung (DOB 11/02/1990, Georgia DL# 058 331 942), including the digitized photograph, the application file and all identity documents scanned at issuance, and every address of record since January 1, 2022.

This case involves the use of the victim's identity (victim: Patricia A. Oyelaran) to obtain a duplicate credential. Please do not notify the license holder. Records may be sent to me by secure email or held for pickup.

Respectfully,

Det. Kendra L. Whitfield #2417
Financial Crimes Unit
(770) 555-0142 | k.whitfield@gwinnettcountypd.us
~~~
# IN THE MAGISTRATE COURT OF GWINNETT COUNTY
# STATE OF GEORGIA
^ SEARCH WARRANT
^ Warrant No. 25-SW-01187

TO ANY SHERIFF, DEPUTY SHERIFF, CORONER, OR ANY OTHER PEACE OFFICER AUTHORIZED BY LAW TO EXECUTE WARRANTS IN THIS STATE:

Affidavit having been made before me by Detective K. L. Whitfield, Gwinnett County Police Department, that she has probable cause to believe that on the premises known as the Georgia Department of Driver Services, 2206 Eastview Parkway, Conyers, Georgia, there is now located certain property, namely driver license and identification card records, photographs, signatures and supporting identity documents associated with Thị Hồng Nhung Nguyễn, date of birth November 2, 1990, which constitute evidence of the crime of Identity Fraud, O.C.G.A. § 16-9-121;

And I being satisfied that there is probable cause to believe that the property so described is being concealed on the premises above described, and that the foregoing grounds for issuance of a search warrant exist pursuant to O.C.G.A. § 17-5-21;

YOU ARE HEREBY COMMANDED to search forthwith the premises described, in the daytime or at any time of the day or night, and to seize the property described and make return of this warrant to this Court as required by law.

Issued this 26th day of September, 2025, at 10:42 a.m.

/s/ Marcus D. Ellery
Hon. Marcus D. Ellery
Judge, Magistrate Court of Gwinnett County
""")

# ---------------------------------------------------------------- 02 ERO email, no process
def _e02():
    m = email_msg('"Ramos, Hector J" <hector.j.ramos@ice.dhs.gov>', "DL-LE-Requests@dps.texas.gov",
                  "Request - DL info (2 subjects) // FOUO", "Tue, 14 Oct 2025 08:17:52 -0500",
                  "<BN0PR09MB7741A3F2E1@BN0PR09MB7741.namprd09.prod.outlook.com>")
    m.set_content("""Good morning,

ICE Enforcement and Removal Operations (ERO), Dallas Field Office, respectfully requests the most recent residential address on file, the driver license photo, and any vehicle registrations for the following individuals:

1) GÓMEZ IBÁÑEZ, José Luis
   DOB: 1986-07-19
   A# 208-451-377
   TX DL 31857204

2) SÁNCHEZ DE LA CRUZ, Marisol
   DOB: 04/23/1991
   A# 215 900 613

This information is requested for official use pursuant to 8 U.S.C. § 1357 and 8 C.F.R. § 287.5. Please reply to this email or call my desk line below.

V/r,

Hector J. Ramos
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Dallas Field Office
8101 N. Stemmons Fwy, Dallas, TX 75247
Desk: 214-555-0117
hector.j.ramos@ice.dhs.gov

WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).
""")
    return m


doc("beee02", "eml", "ERO deportation officer plain-text email, two subjects with A-numbers",
    label("dhs-ice-ero", "ICE Enforcement and Removal Operations, Dallas Field Office", "Hector J. Ramos",
          "Deportation Officer", "hector.j.ramos@ice.dhs.gov", "214-555-0117",
          [("José Luis Gómez Ibáñez", "1986-07-19", [("a_number", "A208451377"), ("license", "31857204")]),
           ("Marisol Sánchez de la Cruz", "1991-04-23", [("a_number", "A215900613")])],
          ["8 USC 1357", "8 CFR 287.5", "5 USC 552"], "none", None, False, "civil_immigration",
          ["address", "photo", "vehicle"], "email"),
    build=_e02)

# ---------------------------------------------------------------- 03 scanned I-200 with cover letter
doc("beee03", "scanned", "ERO cover letter + Form I-200 warrant for arrest of alien (scanned)",
    label("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Oklahoma City Sub-Office",
          "Lydia Marchetti", "Deportation Officer", "lydia.marchetti@ice.dhs.gov", "405-555-0186",
          [("Abdirahman Mohamed Hassan", "1989-02-02", [("a_number", "A099412865")])],
          ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
          ["address", "vehicle"], "mail"),
    font="sans", turns={1: 180}, text="""
^ U.S. Department of Homeland Security
^ U.S. Immigration and Customs Enforcement
^ Enforcement and Removal Operations - Oklahoma City Sub-Office
^ 3100 S. Meridian Ave, Oklahoma City, OK 73119
---
> 15 Aug 2025

Service Oklahoma
Records Management - Law Enforcement Liaison
2401 N. Lincoln Blvd.
Oklahoma City, OK 73105

Subject: Request for address information - HASSAN, Abdirahman Mohamed

Dear Records Custodian,

Enclosed please find a copy of a Warrant for Arrest of Alien issued for the individual named below. ERO requests the current residential address and any vehicle registration information your office maintains.

   Name: HASSAN, Abdirahman Mohamed
   DOB: 02 Feb 1989
   Country of citizenship: Somalia
   A-File: A099 412 865

Please direct the response to the undersigned at 405-555-0186 or lydia.marchetti@ice.dhs.gov.

Sincerely,

Lydia Marchetti
Deportation Officer
~~~
^ U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
> File No. A099 412 865
> Date: 08/14/2025

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that HASSAN, Abdirahman Mohamed is removable from the United States. This determination is based upon:

[X] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[X] biometric confirmation of the subject's identity and a records check of federal databases;
[ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

(Signature of Authorized Immigration Officer)   /s/ D. K. Foust
Daniel K. Foust, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)

Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ________ on ________ (Name of Alien), and the contents of this notice were read to him or her in the ________ language.

_ Form I-200 (Rev. 09/16)
""")

# ---------------------------------------------------------------- 04 fax I-247A
doc("beee04", "fax", "fax cover + Form I-247A detainer to state corrections",
    label("dhs-ice-ero", "ICE ERO Washington Field Office", "Brandon T. Kessler", "Deportation Officer",
          "brandon.t.kessler@ice.dhs.gov", "703-555-0163",
          [("Van Duc Tran", "1984-09-30", [("a_number", "A201337509"), ("other", "1457762")])],
          ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", True, "civil_immigration",
          ["address", "other"], "fax"),
    font="sans", header="OCT-02-2025 09:41  FROM:ICE ERO WAS FO CHANTILLY 703 555 0160  TO:VADOC CCU",
    text="""
# FACSIMILE TRANSMITTAL
---
TO: Virginia Department of Corrections - Central Classification / Court & Legal
FAX: 804-555-0121
FROM: DO Brandon T. Kessler, ICE ERO Washington Field Office (Chantilly)
PHONE: 703-555-0163   EMAIL: brandon.t.kessler@ice.dhs.gov
DATE: 10/02/2025   PAGES (incl. cover): 2

RE: TRAN, Van Duc   VADOC # 1457762

Please lodge the attached Immigration Detainer (Form I-247A) on the above inmate and confirm receipt by return fax. Also advise the projected release date and the address of record listed for release planning.

CONFIDENTIALITY NOTICE: This facsimile may contain law enforcement sensitive information. If you received it in error, notify the sender and destroy all copies.
~~~
^ DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 351844721   Event #: WAS2510000412   File No: A201 337 509   Date: October 2, 2025

TO: (Name and Title of Institution) Virginia Department of Corrections, 6900 Atmore Drive, Richmond, VA 23225
FROM: (Department of Homeland Security Office) ICE ERO Washington Field Office, 14797 Murdock Street, Chantilly, VA 20151

Name of Alien: TRAN, VAN DUC
Date of Birth: 09/30/1984   Citizenship: Vietnam   Sex: M

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[ ] Biometric confirmation of the alien's identity and a records check of federal databases;
[ ] Statements made by the alien to an immigration officer.

IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
- Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.

This detainer arises from DHS authorities, including sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7, and should not impede criminal proceedings.

/s/ Brandon T. Kessler, Deportation Officer
(Signature of Authorized Immigration Officer)

_ DHS Form I-247A (3/17)
""")

# ---------------------------------------------------------------- 05 txt web form, KS sheriff
doc("beee05", "txt", "pasted online law-enforcement request form (Kansas DOR), sheriff deputy",
    label("sheriff", "Sedgwick County Sheriff's Office", "Aaron P. Lindqvist", "Deputy",
          "aaron.lindqvist@sedgwickcounty.org", "316-555-0138",
          [("Tomasz Andrzej Kowalczyk", "1995-05-17", [("license", "K08214477")])],
          ["KSA 21-5807", "18 USC 2721"], "none", None, False, "criminal_investigation",
          ["photo", "address", "license"], "email"),
    text="""=== KDOR Division of Vehicles :: Law Enforcement Records Request ===
Submission ID ........ 77120-4431
Submitted ............ 2025-09-03 14:22 CDT
Routed to ............ DOV Records Unit (queue: LE-PHOTO)

-- Requesting Officer --
Agency ............... Sedgwick County Sheriff's Office
Name ................. Lindqvist, Aaron P.
Rank/Title ........... Deputy
Badge/ID ............. 2291
Email ................ aaron.lindqvist@sedgwickcounty.org
Phone ................ 316-555-0138
Case / Report # ...... SCSO 25-118204

-- Subject --
Last name ............ KOWALCZYK
First name ........... Tomasz
Middle ............... Andrzej
Date of birth ........ 05/17/1995
KS DL / ID # ......... K08-21-4477

-- Records requested --
[x] Driver license / ID photograph
[x] Current address of record
[x] License status and class
[ ] Vehicle registration
[ ] Other: ________

-- Reason for request --
Residential burglary investigation, K.S.A. 21-5807. Subject identified as possible suspect from
doorbell camera video at 4400 blk N. Woodlawn; need DL photo for a photo lineup.

-- Certification --
[x] I certify that this request is made for a law enforcement purpose permitted under the
    Driver's Privacy Protection Act, 18 U.S.C. 2721(b)(1), and that the information will be
    used only for that purpose.

Electronic signature: A. LINDQVIST   IP: 10.41.2.77
""")

# ---------------------------------------------------------------- 06 AUSA cover + AO 110
doc("beee06", "born_digital", "AUSA cover letter + AO 110 federal grand jury subpoena with attachment",
    label("doj-usao", "United States Attorney's Office, Eastern District of Virginia", "Rebecca N. Thorsby",
          "Assistant United States Attorney", "rebecca.thorsby@usdoj.gov", "(703) 555-0129",
          [("Farah Abdullahi Warsame", "1979-12-08", [("ssn_last4", "4410")]),
           ("Liliana Pérez-Ocampo", "1992-03-03", [("ssn_last4", "2067")])],
          ["18 USC 1343", "18 USC 1349", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True,
          "criminal_investigation", ["wages", "employment", "claims", "address"], "mail"),
    font="serif", text="""
^ U.S. Department of Justice
^ United States Attorney
^ Eastern District of Virginia
---
_ 2100 Jamieson Avenue, Alexandria, Virginia 22314 | (703) 555-0100
> September 22, 2025

VIA FEDERAL EXPRESS
Custodian of Records
Virginia Employment Commission
Office of General Counsel
6606 West Broad Street
Richmond, VA 23230

Re: Grand Jury Subpoena No. GJ25-0417-AJT

Dear Custodian:

Enclosed is a subpoena issued by a federal grand jury sitting in this District. The grand jury is investigating possible violations of federal criminal law, including 18 U.S.C. §§ 1343 and 1349. You may satisfy the subpoena by producing the records described in Attachment A, together with a completed certificate of authenticity, to Special Agent Owen P. Castellano of the FBI Washington Field Office on or before the return date; in that case your personal appearance will not be required.

Although Rule 6(e) of the Federal Rules of Criminal Procedure does not prohibit a witness from disclosing the existence of a grand jury subpoena, disclosure could impede the investigation. We therefore ask that you not disclose this subpoena to the persons named in Attachment A.

Questions may be directed to me at (703) 555-0129 or rebecca.thorsby@usdoj.gov.

Very truly yours,

UNITED STATES ATTORNEY

By: /s/ Rebecca N. Thorsby
Rebecca N. Thorsby
Assistant United States Attorney

Enclosures: Subpoena (AO 110), Attachment A, Certificate of Authenticity
cc: SA Owen P. Castellano, FBI WFO (w/o encl.)
~~~
_ AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
^ for the
^ Eastern District of Virginia

# SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Virginia Employment Commission, 6606 West Broad Street, Richmond, VA 23230

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place: Albert V. Bryan U.S. Courthouse, 401 Courthouse Square, Alexandria, VA 22314
Date and Time: 10/21/2025 9:30 am
Room: Grand Jury Room 3

You must also bring with you the following documents, electronically stored information, or objects:
See Attachment A.

Date: 09/22/2025
CLERK OF COURT
/s/ J. M. Pettiford
Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Rebecca N. Thorsby, AUSA, 2100 Jamieson Avenue, Alexandria, VA 22314, rebecca.thorsby@usdoj.gov, (703) 555-0129
~~~
# ATTACHMENT A
^ Grand Jury Subpoena No. GJ25-0417-AJT

For the period January 1, 2021 through the present, produce all records in the possession of the Virginia Employment Commission relating to the following individuals:

1. WARSAME, Farah Abdullahi - date of birth December 8, 1979 - SSN ending 4410
2. PÉREZ-OCAMPO, Liliana - date of birth March 3, 1992 - SSN ending 2067

including: (a) quarterly wage reports submitted by any employer; (b) employer names and addresses; (c) unemployment insurance claim files, including initial and weekly claims, IP addresses and bank account information used to file; and (d) all mailing and residential addresses provided.

Records may be produced electronically in searchable PDF or Excel format.
""")

# ---------------------------------------------------------------- 07 email + I-138 PDF
I138_07 = """
^ DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION ENFORCEMENT SUBPOENA
> Subpoena No. OMA-25-0381

To: Custodian of Records, Nebraska Department of Labor, Office of Unemployment Insurance, 550 South 16th Street, Lincoln, NE 68508

By the service of this subpoena upon you, YOU ARE HEREBY SUMMONED AND REQUIRED TO: [ ] appear  [X] produce the records described below

In the matter of: ALVARADO GUTIÉRREZ, Wilmer Josué, File No. A216 334 019, DOB 10/05/1993

in connection with an investigation or inquiry relating to the enforcement of the Immigration and Nationality Act, including the alien's admissibility and removability.

Records to be produced: all employer-reported quarterly wage records for the last eight quarters; employer names, addresses and FEINs; and the mailing and residential addresses on file for the above individual.

Produce to: Deportation Officer K. Bondarenko, ICE ERO Omaha, 1717 Avenue H East, Omaha, NE 68110, no later than November 7, 2025.

This subpoena is issued pursuant to Section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d), and 8 C.F.R. § 287.4. Failure to comply with this subpoena may result in the Department seeking an order of a United States District Court to compel compliance, and failure to obey such order may be punished as contempt.

Issued at Omaha, Nebraska, on October 20, 2025.

/s/ Gregory A. Pruitt
Gregory A. Pruitt, Acting Assistant Field Office Director
(Name and title of issuing officer)

_ DHS Form I-138 (8/07)
"""


def _e07():
    m = email_msg("Bondarenko, Kateryna <Kateryna.Bondarenko@ice.dhs.gov>", "ndol.uitaxrecords@nebraska.gov",
                  "Immigration Enforcement Subpoena OMA-25-0381 - ALVARADO GUTIERREZ",
                  "Mon, 20 Oct 2025 15:03:11 -0500", "<20251020150311.5521@ice.dhs.gov>")
    m.set_content("""Hello,

Attached is an Immigration Enforcement Subpoena (DHS Form I-138) served on the Nebraska Department of Labor for wage and employer records, and address information, for one individual:

  Wilmer Josué ALVARADO GUTIÉRREZ, DOB 10/05/1993, A216-334-019

Records can be returned to me by email as PDF or Excel by the date listed on the subpoena. Please let me know if you need a hard copy served.

Thank you,

Kateryna Bondarenko
Deportation Officer
ICE Enforcement and Removal Operations - Omaha
Office: 402-555-0139
""")
    m.add_attachment(render_pdf(I138_07, "sans"), maintype="application", subtype="pdf",
                     filename="I-138_OMA-25-0381.pdf")
    return m


doc("beee07", "eml", "ERO email with Form I-138 immigration enforcement subpoena PDF attached",
    label("dhs-ice-ero", "ICE Enforcement and Removal Operations - Omaha", "Kateryna Bondarenko",
          "Deportation Officer", "Kateryna.Bondarenko@ice.dhs.gov", "402-555-0139",
          [("Wilmer Josué Alvarado Gutiérrez", "1993-10-05", [("a_number", "A216334019")])],
          ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True,
          "civil_immigration", ["wages", "employment", "address"], "email"),
    build=_e07)

# ---------------------------------------------------------------- 08 FBI cover + 2703(d) order
doc("beee08", "born_digital", "FBI cover letter + federal 18 USC 2703(d) order for online benefits account records",
    label("doj-fbi", "Federal Bureau of Investigation, Minneapolis Field Office", "Jordan E. Halvorsen",
          "Special Agent", "jehalvorsen@fbi.gov", "763-555-0104",
          [("Dmitri Pavlovich Sokolov", "1987-04-14", [])],
          ["18 USC 2703", "18 USC 2705", "18 USC 2252A"], "court_order", None, True,
          "criminal_investigation", ["email", "phone", "address", "other"], "mail"),
    font="sans", text="""
^ U.S. Department of Justice
# Federal Bureau of Investigation
^ Minneapolis Field Office - 1501 Freeway Boulevard, Brooklyn Center, MN 55430
---
In Reply, Please Refer to File No. 305I-MP-4471820
> October 8, 2025

Minnesota Department of Human Services
Office of General Counsel - Data Practices
540 Cedar Street
St. Paul, MN 55101

Re: Order issued under 18 U.S.C. § 2703(d), Case No. 25-mj-744

Dear Data Practices Compliance Official:

Please find enclosed an Order of the United States District Court for the District of Minnesota directing the Minnesota Department of Human Services, as operator of the MNbenefits online application portal, to disclose subscriber and account records described in Attachment A to the Order, relating to the account user Dmitri Pavlovich SOKOLOV (DOB 04/14/1987).

The Order also directs that the Department not disclose its existence to the account holder. Please produce responsive records within fourteen (14) days to the undersigned.

Sincerely,

Jordan E. Halvorsen
Special Agent, Violent Crimes Against Children Squad
763-555-0104 | jehalvorsen@fbi.gov
~~~
# UNITED STATES DISTRICT COURT
# DISTRICT OF MINNESOTA

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)
> Case No. 25-mj-744 (DLM)

# ORDER

The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Minnesota Department of Human Services ("the Provider"), a provider of an electronic communications service, to disclose the records and other information described in Attachment A.

The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation into violations of 18 U.S.C. § 2252A.

IT IS ORDERED under 18 U.S.C. § 2703(d) that the Provider shall, within fourteen days of the date of this Order, disclose to the United States the records and other information described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the Provider shall not disclose the existence of the application or this Order to any person for a period of one year, unless otherwise ordered.

Dated: October 7, 2025

BY THE COURT:
/s/ Douglas L. Marquardt
Hon. Douglas L. Marquardt
United States Magistrate Judge
~~~
# ATTACHMENT A

Records for the MNbenefits account(s) associated with user Dmitri Pavlovich Sokolov, date of birth April 14, 1987, and login email d.p.sokolov87@protonmail.com, for the period June 1, 2024 to present:

a. Names, email addresses, telephone numbers and physical or mailing addresses provided at registration or later;
b. Records of session times and durations and the IP addresses used to access the account;
c. Account creation date and all changes to contact information.
""")

# ---------------------------------------------------------------- 09 scanned ATF + AO 93
doc("beee09", "scanned", "ATF transmittal + AO 93 federal search and seizure warrant for DMV records (scanned)",
    label("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Columbia Field Office", "Marcus T. Delacroix",
          "Special Agent", "marcus.delacroix@atf.gov", "803-555-0158",
          [("Jamal Rashad Pinckney", "1997-06-11", [("license", "102884736")])],
          ["18 USC 922", "26 USC 5861", "18 USC 3103a", "18 USC 2705"], "judicial_warrant", "AO 93", True,
          "criminal_investigation", ["license", "photo", "vehicle", "address"], "mail"),
    font="serif", turns={2: 90}, text="""
^ U.S. Department of Justice
# Bureau of Alcohol, Tobacco, Firearms and Explosives
^ Charlotte Field Division - Columbia Field Office
^ 1835 Assembly Street, Suite 311, Columbia, SC 29201
---
> 10/14/2025

SC Department of Motor Vehicles
Attn: Office of General Counsel / Records
10311 Wilson Blvd.
Blythewood, SC 29016

Re: Service of federal search warrant, Case No. 3:25-mj-00412

The attached Search and Seizure Warrant authorizes ATF to obtain SCDMV records for PINCKNEY, Jamal Rashad, DOB 06/11/1997, SC DL 102884736: license history and images, all vehicle registrations and title records, and address history. Please contact me when records are ready; I will pick them up in person and complete the inventory.

SA Marcus T. Delacroix
803-555-0158 | marcus.delacroix@atf.gov
~~~
_ AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
^ for the
^ District of South Carolina

In the Matter of the Search of: Records maintained by the South Carolina Department of Motor Vehicles relating to Jamal Rashad Pinckney, DOB 06/11/1997
> Case No. 3:25-mj-00412

# SEARCH AND SEIZURE WARRANT

To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of South Carolina: the records described in Attachment A, held at SCDMV, 10311 Wilson Blvd., Blythewood, SC.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal evidence of violations of 18 U.S.C. § 922(g)(1) and 26 U.S.C. § 5861(d), as described in Attachment B.

YOU ARE COMMANDED to execute this warrant on or before October 27, 2025 (not to exceed 14 days)
[X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause has been established.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken.

The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to Hon. Eleanor B. Whitcomb.

[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial).

Date and time issued: 10/13/2025 3:15 pm      /s/ Eleanor B. Whitcomb   Judge's signature
City and state: Columbia, South Carolina      Eleanor B. Whitcomb, U.S. Magistrate Judge
~~~
# ATTACHMENT A / B

Property to be searched: driver license, identification card, vehicle registration and title records maintained by SCDMV for Jamal Rashad Pinckney, born June 11, 1997, SC driver license number 102884736.

Items to be seized: all license and ID applications and images (photographs and signatures); all registration and title records for any vehicle associated with the subject since January 1, 2023; and all residential and mailing addresses reported to SCDMV.
""")

# ---------------------------------------------------------------- 10 FBI letter MT, no process
doc("beee10", "born_digital", "FBI resident agency letter requesting DL photos, two subjects, no process",
    label("doj-fbi", "Federal Bureau of Investigation, Salt Lake City Field Office, Billings Resident Agency",
          "Teresa M. Quintanilla", "Special Agent", "tmquintanilla@fbi.gov", "(406) 555-0171",
          [("Cody James Braddock", "1994-01-30", [("license", "0419940130417")]),
           ("Anastasia Petrenko", "1998-08-22", [])],
          ["18 USC 2113", "18 USC 2721"], "none", None, False, "criminal_investigation",
          ["photo", "address", "license", "vehicle"], "mail"),
    font="serif", text="""
^ U.S. Department of Justice
^ Federal Bureau of Investigation
^ Salt Lake City Field Office - Billings Resident Agency
^ 2708 1st Avenue North, Suite 300, Billings, Montana 59101
---
> 6 October 2025

Montana Department of Justice
Motor Vehicle Division - Records and Driver Control Bureau
P.O. Box 201430
Helena, MT 59620-1430

Re: Request for driver license photographs and records - FBI File 91A-SU-3380915

To whom it may concern:

The Federal Bureau of Investigation is conducting an official criminal investigation into the September 19, 2025 robbery of the First Interstate Bank branch on Grand Avenue, Billings, a violation of Title 18, United States Code, Section 2113(a). The bank teller, Ms. Jolene Harstad, has been interviewed. Two individuals have been identified as possible participants. I request copies of the driver license photographs, current and prior addresses, license status, and any vehicles registered to:

   BRADDOCK, Cody James            DOB: January 30, 1994      MT DL: 0419940130417
   PETRENKO, Anastasia             DOB: August 22, 1998       (license number unknown)

This request is made for use in the course of a law enforcement function as permitted by 18 U.S.C. § 2721(b)(1). The records will be used solely for investigative purposes.

Please return the information to me by email at tmquintanilla@fbi.gov or by phone at (406) 555-0171. Thank you for your assistance.

Sincerely,

Teresa M. Quintanilla
Special Agent

cc: SSRA Wendell P. Short, Billings RA
""")

# ---------------------------------------------------------------- 11 LVMPD informal email
def _e11():
    m = email_msg("Rafael Ibarra-Cienfuegos <R9821I@lvmpd.com>", "esd-le-liaison@detr.nv.gov",
                  "employer info needed - LVMPD homicide event 250812-3301",
                  "Fri, 15 Aug 2025 11:48:02 -0700", "<CAHk9x2-LVMPD-250812@mail.lvmpd.com>")
    m.set_content("""Hi Dana,

Following up on my call this morning. We're working LVMPD Event # 250812-3301, a homicide (NRS 200.010) from last Monday near Nellis and Charleston. The victim is Darnell Hughes (deceased). Our person of interest is:

Oleksandr HRYTSENKO
DOB 1990-11-21
NV DL 1702448913

Can you pull his last reported employers (names/addresses) and the wage quarters, plus any address he gave on a UI claim? If you need paper on this I can get a subpoena from the DA's office, but we're trying to move fast on it.

Thanks,
Rafael

Det. Rafael Ibarra-Cienfuegos, P#9821
LVMPD Homicide Section
400 S. Martin L. King Blvd, Las Vegas NV 89106
o: 702-555-0192  c: 702-555-0193
""")
    return m


doc("beee11", "eml", "informal municipal-police detective email, homicide, promises subpoena if needed",
    label("local-police", "Las Vegas Metropolitan Police Department", "Rafael Ibarra-Cienfuegos", "Detective",
          "R9821I@lvmpd.com", "702-555-0192",
          [("Oleksandr Hrytsenko", "1990-11-21", [("license", "1702448913")])],
          ["NRS 200.010"], "none", None, False, "criminal_investigation",
          ["employment", "wages", "address", "claims"], "email"),
    build=_e11)

# ---------------------------------------------------------------- 12 fax MS circuit court subpoena duces tecum
doc("beee12", "fax", "faxed ADA cover + Mississippi circuit court criminal subpoena duces tecum (clerk-issued)",
    label("district-attorney", "Office of the District Attorney, Seventh Circuit Court District (Hinds County)",
          "Camille D. Fontenot", "Assistant District Attorney", "cfontenot@hindsda.ms.gov", "601-555-0190",
          [("DeAndre Lamont McCray", "1988-02-14", [("ssn_last4", "6621")])],
          ["MS Code 71-5-127", "MS Code 97-19-39"], "court_subpoena", None, True, "criminal_investigation",
          ["wages", "employment", "claims"], "fax"),
    font="serif", header="10/06/2025 16:05 6015550190  HINDS CO DA OFFICE",
    text="""
# OFFICE OF THE DISTRICT ATTORNEY
^ Seventh Circuit Court District - Hinds County, Mississippi
^ 407 East Pascagoula Street, Jackson, MS 39201
---
FAX TO: MDES - Legal / Subpoena Compliance   601-555-0111
FROM: Camille D. Fontenot, Assistant District Attorney
RE: State v. DeAndre L. McCray, Cause No. 25-0-611
Pages: 2 (including cover)

Please see the attached subpoena duces tecum. Records may be delivered to my office before the trial date in lieu of appearance, with a business records affidavit. MDES records are requested under the exception in Miss. Code Ann. § 71-5-127 for disclosure pursuant to subpoena. Call me at 601-555-0190 or email cfontenot@hindsda.ms.gov with questions.
~~~
# IN THE CIRCUIT COURT OF HINDS COUNTY, MISSISSIPPI
^ FIRST JUDICIAL DISTRICT

STATE OF MISSISSIPPI
v.                                                  CAUSE NO. 25-0-611
DEANDRE LAMONT McCRAY, Defendant

# SUBPOENA DUCES TECUM

THE STATE OF MISSISSIPPI
TO: Custodian of Records, Mississippi Department of Employment Security, 1235 Echelon Parkway, Jackson, MS 39213

YOU ARE COMMANDED to appear before the Circuit Court of Hinds County, Mississippi, First Judicial District, at the Hinds County Courthouse, Jackson, Mississippi, on the 3rd day of November, 2025, at 9:00 o'clock a.m., to testify on behalf of the State in the above cause, in which the Defendant is charged with False Pretenses under Miss. Code Ann. § 97-19-39, and to bring with you:

All quarterly wage records, employer reports, and unemployment insurance claim files, including payment histories, for DeAndre Lamont McCray, DOB 02/14/1988, SSN XXX-XX-6621, for January 1, 2022 to present.

HEREIN FAIL NOT, under penalty of law.

ISSUED this the 6th day of October, 2025.

LORETTA J. BANKS, CIRCUIT CLERK
By: /s/ T. Ransom, D.C.

Issued at the request of: Camille D. Fontenot (MSB #10423), Assistant District Attorney, for the State
""")

# ---------------------------------------------------------------- 13 txt CBP email saved as text
doc("beee13", "txt", "CBP officer short email saved to text by records ticket system, no purpose stated",
    label("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Honolulu", "Keoni Nakamura-Reyes",
          "CBP Officer", "keoni.nakamura-reyes@cbp.dhs.gov", "808-555-0124",
          [("Minh Khoa Lê", "1985-03-28", [("license", "H00912337")])],
          ["19 USC 1589a"], "none", None, False, "unknown",
          ["address", "vehicle"], "email"),
    text="""Ticket: HDOT-MVR-2025-0917        Queue: Law Enforcement Requests        Status: NEW
Created: 09/17/2025 07:02 HST by mail-gateway
---------------------------------------------------------------------------
From:    NAKAMURA-REYES, KEONI <keoni.nakamura-reyes@cbp.dhs.gov>
Sent:    Wednesday, September 17, 2025 6:58 AM
To:      HDOT Motor Vehicle Records
Subject: records request

Aloha,

Requesting current address and vehicle registration(s) for:

  LÊ, Minh Khoa
  DOB 03/28/1985
  HI DL H00912337

Request is made under 19 U.S.C. 1589a. Please treat as law enforcement sensitive and reply to
this address only.

Mahalo,
CBPO K. Nakamura-Reyes
U.S. Customs and Border Protection | Office of Field Operations
Honolulu Service Port | 300 Rodgers Blvd, Honolulu HI 96819
808-555-0124
---------------------------------------------------------------------------
[Attachments: none]
""")

# ---------------------------------------------------------------- 14 DEA 21 USC 876 subpoena
doc("beee14", "born_digital", "DEA administrative subpoena (21 USC 876) to state workforce agency, two subjects",
    label("doj-dea", "Drug Enforcement Administration, New Orleans Field Division", "Marguerite A. Theriot",
          "Group Supervisor", "marguerite.a.theriot@dea.gov", "504-555-0147",
          [("Tyrell Joseph Broussard", "1991-08-08", []),
           ("Yesenia Núñez Villarreal", "1994-12-19", [])],
          ["21 USC 876", "21 USC 841", "21 USC 846", "LA RS 23:1660"], "administrative_subpoena", None, True,
          "criminal_investigation", ["wages", "employment", "address", "claims"], "mail"),
    font="sans", text="""
^ U.S. Department of Justice
# DRUG ENFORCEMENT ADMINISTRATION
^ New Orleans Field Division - 3838 N. Causeway Blvd., Suite 1800, Metairie, LA 70002
---
# SUBPOENA
> Subpoena No.: NO-25-118432
> DEA Case No.: R2-25-0041

TO: Custodian of Records
Louisiana Workforce Commission
1001 N. 23rd Street
Baton Rouge, LA 70802

In the matter of: an investigation being conducted under the Controlled Substances Act

By service of this subpoena upon you, YOU ARE HEREBY COMMANDED to produce the records described below to Group Supervisor Marguerite A. Theriot, Drug Enforcement Administration, at the address above, on or before November 14, 2025, at 10:00 a.m. Production by mail or secure electronic transfer in lieu of personal appearance is acceptable.

Records to be produced (January 1, 2023 to present):
1. All quarterly wage records and employer information reported for:
   a. BROUSSARD, Tyrell Joseph, date of birth 08/08/1991
   b. NÚÑEZ VILLARREAL, Yesenia, date of birth 12/19/1994
2. All unemployment insurance claims filed by the above persons, including the claimant address, telephone number and bank routing information.

This subpoena is issued pursuant to Title 21, United States Code, Section 876, in connection with an investigation of offenses involving controlled substances in violation of 21 U.S.C. §§ 841 and 846. The records sought are relevant and material to that investigation. Disclosure of the records is permitted notwithstanding La. R.S. 23:1660(H) to the extent federal law so requires.

In the case of contumacy by, or refusal to obey a subpoena issued to, any person, the Attorney General may invoke the aid of any court of the United States within the jurisdiction of which the investigation is carried on to compel compliance with the subpoena (21 U.S.C. 876(c)). Failure to obey such order of a United States District Court may be punished by the court as contempt thereof.

Issued at Metairie, Louisiana, this 16th day of October, 2025.

/s/ Marguerite A. Theriot
Marguerite A. Theriot
Group Supervisor, Drug Enforcement Administration
Telephone: 504-555-0147   Email: marguerite.a.theriot@dea.gov

_ Please do not disclose the existence of this subpoena; disclosure could impede the investigation.
""")

# ---------------------------------------------------------------- 15 ERO email + I-205 JPEG
I205_15 = """
^ U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION
> File No: A078 552 910
> Date: 06/30/2025

To any immigration officer of the United States Department of Homeland Security:

(Full name of alien) Ana Lucía QUIÑÓNEZ BETANCOURT

who entered the United States at (Port) Unknown on (Date) Unknown

is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge

and pursuant to the following provisions of the Immigration and Nationality Act:
Section 212(a)(6)(A)(i)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation for Enforcement and Removal Operations.

/s/ R. J. Oyelaran-Smith
(Signature of immigration officer)
Field Office Director, Salt Lake City
(Title of immigration officer)
Salt Lake City, Utah (Date and office location)

_ Form I-205 (Rev. 08/07)
"""


def _e15(rng):
    m = email_msg("Castellanos, Ryan M <Ryan.M.Castellanos@ice.dhs.gov>", "dmv.lawenforcement@itd.idaho.gov",
                  "I-205 / address request - QUINONEZ BETANCOURT, Ana Lucia", "Wed, 23 Jul 2025 10:26:40 -0600",
                  "<SJ0PR09MB66220D1C41@SJ0PR09MB6622.namprd09.prod.outlook.com>",
                  cc="ERO-SLC-Boise-FugOps@ice.dhs.gov")
    m.set_content("""Good morning ITD Records,

Please see the attached Warrant of Removal/Deportation (Form I-205) for the subject below. ERO Boise is requesting the subject's current residential address and any vehicles registered in her name. Request made pursuant to 8 U.S.C. 1357.

  QUIÑÓNEZ BETANCOURT, Ana Lucía
  DOB: 07/09/1983
  A# 078-552-910

Thank you for your continued assistance.

Ryan M. Castellanos
Deportation Officer | ICE ERO Salt Lake City - Boise Sub-Office
1185 S. Vinnell Way, Boise, ID 83709
Office (208) 555-0133
""")
    m.add_attachment(page_image(render_pdf(I205_15, "serif"), "jpeg", rng, dpi=120), maintype="image",
                     subtype="jpeg", filename="IMG_4471.jpg")
    return m


doc("beee15", "eml", "ERO email with photographed Form I-205 warrant of removal (JPEG) attached",
    label("dhs-ice-ero", "ICE ERO Salt Lake City - Boise Sub-Office", "Ryan M. Castellanos", "Deportation Officer",
          "Ryan.M.Castellanos@ice.dhs.gov", "(208) 555-0133",
          [("Ana Lucía Quiñónez Betancourt", "1983-07-09", [("a_number", "A078552910")])],
          ["INA 212", "8 USC 1357"], "administrative_warrant", "I-205", True, "civil_immigration",
          ["address", "vehicle"], "email"),
    build=_e15)

# ---------------------------------------------------------------- 16 scanned AO 88B civil
doc("beee16", "scanned", "attorney-issued AO 88B civil subpoena (federal employment lawsuit) to state labor agency (scanned)",
    label("other", "Kimura Lindgren LLP", "Bradley S. Kimura", "Attorney", "bkimura@kimuralindgren.com", "(303) 555-0165",
          [("Marisela Ortega-Vigil", "1984-05-27", [("ssn_last4", "3390")])],
          ["FRCP 45", "CRS 8-72-107"], "court_subpoena", "AO 88B", True, "unknown",
          ["claims", "wages", "employment"], "mail"),
    font="serif", turns={1: 180}, text="""
_ AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
# UNITED STATES DISTRICT COURT
^ for the
^ District of Colorado

MARISELA ORTEGA-VIGIL, Plaintiff
v.                                          Civil Action No. 1:25-cv-01893
FRONT RANGE LOGISTICS, LLC, Defendant

# SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To: Custodian of Records, Colorado Department of Labor and Employment, Division of Unemployment Insurance, 251 E. 12th Avenue, Denver, CO 80203

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material: See Exhibit A.

Place: Kimura Lindgren LLP, 1600 Stout Street, Suite 900, Denver, CO 80202     Date and Time: 11/10/2025 10:00 am

The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

Date: 10/17/2025
CLERK OF COURT                    OR      /s/ Bradley S. Kimura
                                          Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing Front Range Logistics, LLC, who issues or requests this subpoena, are: Bradley S. Kimura, Kimura Lindgren LLP, 1600 Stout Street, Suite 900, Denver, CO 80202; bkimura@kimuralindgren.com; (303) 555-0165

Notice to the person who issues or requests this subpoena: a notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
~~~
# EXHIBIT A

1. The complete unemployment insurance claim file for Marisela Ortega-Vigil (DOB 05/27/1984; SSN ending 3390), including the initial claim, separation information submitted by any employer, and all determinations and appeal decisions.
2. Quarterly wage records reported for Ms. Ortega-Vigil from January 1, 2022 to the present.

The Division may designate these records confidential under C.R.S. § 8-72-107; Defendant will accept production subject to the Stipulated Protective Order entered in this case.
""")

# ---------------------------------------------------------------- 17 I-247D born digital
doc("beee17", "born_digital", "Form I-247D immigration detainer - request for voluntary action, to state corrections",
    label("dhs-ice-ero", "ICE ERO New Orleans Field Office - Little Rock Sub-Office", "Trent A. Mabry",
          "Supervisory Detention and Deportation Officer", None, "501-555-0108",
          [("Efraín Ruiz-Tapia", "1979-01-15", [("a_number", "A209117845"), ("other", "176605")])],
          ["INA 287", "8 CFR 287.7"], "detainer", "I-247D", True, "civil_immigration", ["other"], "mail"),
    font="sans", size=10, text="""
^ DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER - REQUEST FOR VOLUNTARY ACTION
Subject ID: 418830275     Event #: NOL2510002217     File No: A209 117 845     Date: 10/09/2025

TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
Arkansas Division of Correction, Records Office, 6814 Princeton Pike, Pine Bluff, AR 71602

FROM: (Department of Homeland Security Office Address)
ICE ERO New Orleans Field Office - Little Rock Sub-Office, 4977 Old Greenwood Road, Fort Smith, AR 72903

Name of Alien: RUIZ-TAPIA, Efraín
Date of Birth: 01/15/1979    Nationality: Mexico    Sex: M    ADC #: 176605

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[ ] A final order of removal against the alien;
[X] The pendency of ongoing removal proceedings against the alien;
[X] Biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

2. DHS REQUESTS THAT YOU VOLUNTARILY:
[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling 501-555-0108 or the ICE Pacific Enforcement Response Center.
[X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
[X] Serve a copy of this form on the alien.

This request flows from federal authority, including section 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7. Your cooperation is voluntary.

/s/ Trent A. Mabry
Trent A. Mabry, Supervisory Detention and Deportation Officer
(Signature and Title of Immigration Officer)

NOTICE TO THE DETAINEE: The Department of Homeland Security (DHS) has requested the law enforcement agency that is currently detaining you to notify DHS before you are released. If you have questions, call the ICE Joint Intake Center at 1-877-555-0199.

_ DHS Form I-247D (5/15)
""")

# ---------------------------------------------------------------- 18 USPIS multipart/alternative
def _e18():
    plain = """Good afternoon,

The U.S. Postal Inspection Service, Philadelphia Division, is investigating a series of mail thefts from blue collection boxes in New Castle County (18 U.S.C. 1708). I am requesting DMV records for the following two individuals:

- Kyle Anthony BRENNAN-DOYLE, DOB 02/29/1996, DE DL 2038841
- Svetlana Ivanovna KUZNETSOVA, DOB 10/10/1993

Specifically: license photos, current and prior addresses, license status, and all vehicles registered to either person. This request is made under the law enforcement exception of the DPPA, 18 U.S.C. 2721(b)(1).

Thank you,
Hannah R. Okafor
U.S. Postal Inspector
USPIS Philadelphia Division - Wilmington Domicile
(302) 555-0177 | hrokafor@uspis.gov
"""
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>The U.S. Postal Inspection Service, Philadelphia Division, is investigating a series of mail thefts from blue collection boxes in New Castle County (18 U.S.C. 1708). I am requesting DMV records for the following two individuals:</p>
<ul><li>Kyle Anthony <b>BRENNAN-DOYLE</b>, DOB 02/29/1996, DE DL 2038841</li>
<li>Svetlana Ivanovna <b>KUZNETSOVA</b>, DOB 10/10/1993</li></ul>
<p>Specifically: license photos, current and prior addresses, license status, and all vehicles registered to either person. This request is made under the law enforcement exception of the DPPA, 18 U.S.C. 2721(b)(1).</p>
<p>Thank you,<br><b>Hannah R. Okafor</b><br>U.S. Postal Inspector<br>USPIS Philadelphia Division - Wilmington Domicile<br>(302) 555-0177 | <a href="mailto:hrokafor@uspis.gov">hrokafor@uspis.gov</a></p>
<p style="font-size:8pt;color:#777">CONFIDENTIALITY: This message is intended only for the addressee and may contain law enforcement sensitive information.</p>
</body></html>"""
    m = email_msg("Okafor, Hannah R <hrokafor@uspis.gov>", "DMV.Records@delaware.gov",
                  "USPIS Case 4102918-MT - DL/registration request", "Thu, 11 Sep 2025 13:20:09 -0400",
                  "<a7c1e9f04d2b@uspis.gov>", cc="Ted.Varga@uspis.gov")
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    return m


doc("beee18", "eml", "Postal Inspector multipart/alternative email to DMV, two subjects",
    label("usps-uspis", "U.S. Postal Inspection Service, Philadelphia Division", "Hannah R. Okafor", "U.S. Postal Inspector",
          "hrokafor@uspis.gov", "(302) 555-0177",
          [("Kyle Anthony Brennan-Doyle", "1996-02-29", [("license", "2038841")]),
           ("Svetlana Ivanovna Kuznetsova", "1993-10-10", [])],
          ["18 USC 1708", "18 USC 2721"], "none", None, False, "criminal_investigation",
          ["photo", "address", "license", "vehicle"], "email"),
    build=_e18)

# ---------------------------------------------------------------- 19 fax AL sheriff request form
doc("beee19", "fax", "faxed sheriff's office records request form to state labor department",
    label("sheriff", "Mobile County Sheriff's Office", "Shawna M. Pettaway", "Investigator",
          "spettaway@mobileso.com", "251-555-0114",
          [("Terrence Duane Williams", "1982-03-12", [("ssn_last4", "7781")])],
          ["AL Code 13A-8-3", "AL Code 25-4-116"], "none", None, False, "criminal_investigation",
          ["employment", "wages", "address"], "fax"),
    font="mono", size=9.5, header="SEP 24 2025 10:12AM  MCSO CID  251 555 0115",
    text="""
# MOBILE COUNTY SHERIFF'S OFFICE
^ Criminal Investigations Division
^ 510 S. Royal Street, Mobile, Alabama 36603
---
# REQUEST FOR RECORDS INFORMATION

TO:   Alabama Department of Labor - Unemployment Compensation, Benefit Payment Control
FAX:  334-555-0102
DATE: 09/24/2025

REQUESTING OFFICER: Inv. Shawna M. Pettaway      BADGE: 1187
PHONE: 251-555-0114                             FAX: 251-555-0115
EMAIL: spettaway@mobileso.com
CASE #: 2025-CID-04471
OFFENSE: Theft of Property 1st Degree - Code of Alabama 1975, Sec. 13A-8-3

SUBJECT
  Name (Last, First Middle): WILLIAMS, Terrence Duane
  DOB: 03/12/1982            SSN (last 4): 7781
  Race/Sex: B/M              Last known address: unknown

INFORMATION REQUESTED
  [X] Current employer(s)
  [X] Wage history - last 4 quarters
  [X] Address on file
  [ ] Claim history
  [ ] Other ______________

I certify that the above information is requested in connection with an active criminal investigation and will be used solely for law enforcement purposes. I understand that ADOL information is confidential under Ala. Code Sec. 25-4-116.

Officer signature: /s/ S. M. Pettaway          Supervisor approval: /s/ Lt. Dwayne K. Harrell

*** CONFIDENTIAL - LAW ENFORCEMENT SENSITIVE ***
""")

# ---------------------------------------------------------------- 20 Iowa court order + county attorney cover
doc("beee20", "born_digital", "county attorney cover + Iowa district court order for workforce records in criminal case",
    label("district-attorney", "Polk County Attorney's Office", "Megan E. Vroom", "Assistant Polk County Attorney",
          "megan.vroom@polkcountyiowa.gov", "515-555-0151",
          [("Hodan Yusuf Abdi", "1990-07-04", [])],
          ["IA Code 96.11", "IA Code 714.1", "IA Code 714.2"], "court_order", None, True, "criminal_investigation",
          ["wages", "claims", "benefits"], "mail"),
    font="serif", text="""
# POLK COUNTY ATTORNEY
^ 206 6th Avenue, Suite 300, Des Moines, Iowa 50309
---
October 1, 2025

Iowa Workforce Development
Office of General Counsel
1000 East Grand Avenue
Des Moines, IA 50319

Re: State v. Hodan Yusuf Abdi, FECR374219

Counsel:

Enclosed is a file-stamped copy of the Court's Order for Production of Records entered September 30, 2025. Please produce the wage and claim records described in the Order to my attention within twenty days. A certification of records custodian form is enclosed for your convenience.

Sincerely,

/s/ Megan E. Vroom
Megan E. Vroom
Assistant Polk County Attorney
515-555-0151 | megan.vroom@polkcountyiowa.gov

cc: Defense counsel of record (w/ encl.)
~~~
# IN THE IOWA DISTRICT COURT FOR POLK COUNTY

STATE OF IOWA,                          CRIMINAL NO. FECR374219
        Plaintiff,
vs.                                     ORDER FOR PRODUCTION OF RECORDS
HODAN YUSUF ABDI,
        Defendant.

On the State's Motion for Production of Records, the Court, having reviewed the motion and the file, FINDS:

1. Defendant is charged by Trial Information with Theft in the First Degree in violation of Iowa Code sections 714.1 and 714.2(1), arising from alleged receipt of unemployment benefits through false statements.

2. Records maintained by Iowa Workforce Development concerning Defendant's reported wages and unemployment insurance claims are relevant to the charge. Iowa Code section 96.11(6) permits disclosure of such records pursuant to court order.

IT IS THEREFORE ORDERED that Iowa Workforce Development shall produce to the Polk County Attorney's Office, with copies to defense counsel, all quarterly wage records, unemployment insurance claims, and benefit payment histories for Hodan Yusuf Abdi, date of birth July 4, 1990, for the period January 1, 2021 through the present.

SO ORDERED.

_ State of Iowa Courts - Case Number FECR374219 - Type: ORDER FOR PRODUCTION
_ So Ordered: /s/ Kathleen M. Dvorak, District Associate Judge, Fifth Judicial District of Iowa. Electronically signed on 2025-09-30 14:08:51
""")

# ---------------------------------------------------------------- 21 txt SSA OIG web form
doc("beee21", "txt", "pasted online request form (Missouri DOR) from SSA OIG special agent, two subjects",
    label("ssa-oig", "Social Security Administration, Office of the Inspector General, Kansas City Field Division",
          "Tamsin Greer-Holloway", "Special Agent", "tamsin.greer-holloway@ssa.gov", "816-555-0176",
          [("Eduardo Ibáñez Salcedo", "1958-09-14", [("license", "E108845512")]),
           ("Gloria Ibáñez", "1961-01-02", [])],
          ["42 USC 1383a", "18 USC 641", "18 USC 2721"], "none", None, False, "criminal_investigation",
          ["address", "photo", "vehicle"], "email"),
    text="""Missouri Department of Revenue - Motor Vehicle & Driver Licensing
Law Enforcement Information Request (web)
Confirmation: MODOR-LE-2025-11873
Date/Time received: 8/28/2025 4:51:37 PM

Requesting agency ...... Social Security Administration, Office of the Inspector General
Division/Office ........ Kansas City Field Division
Requester name ......... Tamsin Greer-Holloway
Title .................. Special Agent
Email .................. tamsin.greer-holloway@ssa.gov
Telephone .............. 816-555-0176
Agency case number ..... KC-2508-0441-Q

Subject 1
  Name ................. Eduardo Ibáñez Salcedo
  Date of birth ........ 09/14/1958
  MO DL/ID ............. E108845512

Subject 2
  Name ................. Gloria Ibáñez
  Date of birth ........ 01/02/1961
  MO DL/ID ............. (unknown)

Information requested .. Residential address history; DL/ID photograph; vehicle registrations

Purpose / justification:
  Investigation of Supplemental Security Income fraud (42 U.S.C. 1383a) and theft of
  government funds (18 U.S.C. 641). Beneficiary reported living alone in Kansas City;
  evidence suggests residence with spouse in Jefferson City. Records needed to establish
  residence for the period 2021-2025.

Permissible use (DPPA, 18 U.S.C. 2721(b)) .. (b)(1) Government agency carrying out its functions
Requester attests information is accurate .. YES
""")

# ---------------------------------------------------------------- 22 Texas state grand jury subpoena by email
GJ22 = """
# THE STATE OF TEXAS
^ GRAND JURY SUBPOENA DUCES TECUM
^ 184th District Court Grand Jury - Harris County, Texas
> GJ No. 2025-184-0772

TO: Custodian of Records, Texas Workforce Commission, 101 E. 15th Street, Austin, Texas 78778

YOU ARE HEREBY COMMANDED to appear before the Grand Jury of Harris County, Texas, empaneled for the 184th District Court, at the Harris County Criminal Justice Center, 1201 Franklin Street, Houston, Texas, on November 12, 2025, at 9:00 a.m., then and there to testify in a matter pending before said Grand Jury, and to bring with you the following:

All wage records, employer account information, and unemployment benefit claim records, including addresses of record, for the period January 1, 2023 to present, for:
  1. VALDÉS OCHOA, Jorge Arturo - DOB 02/11/1987
  2. LAM, Phuong Thi - DOB 06/03/1995

The Grand Jury is investigating the offense of Organized Retail Theft, Tex. Penal Code § 31.16. Compliance may be made by delivering the records with a business records affidavit in the form prescribed by Tex. R. Evid. 902(10) to the requesting attorney in lieu of appearance. Records are subject to disclosure under Tex. Lab. Code § 301.085.

This subpoena is issued under Article 20A.251, Texas Code of Criminal Procedure.

HEREIN FAIL NOT, and make due return hereof.

Witness my hand and seal of said Court, at office in Houston, Texas, on October 22, 2025.

HAROLD B. FINCH, District Clerk, Harris County, Texas
By: /s/ A. Okonjo, Deputy

Requested by: Cristina Villaseñor, Assistant District Attorney, Harris County District Attorney's Office, Special Crimes Bureau, 1201 Franklin Street, Suite 600, Houston, TX 77002. Tel. 713-555-0187
"""


def _e22():
    m = email_msg('"Villaseñor, Cristina (DAO)" <Villasenor_Cristina@dao.hctx.net>', "subpoenas@twc.texas.gov",
                  "Grand Jury Subpoena - GJ 2025-184-0772 (Valdés Ochoa / Lam)", "Wed, 22 Oct 2025 17:41:19 -0500",
                  "<DM6PR14MB22817F@DM6PR14MB2281.namprd14.prod.outlook.com>",
                  cc="Inv. Darnell Okafor <Okafor_Darnell@dao.hctx.net>")
    m.set_content("""Good evening,

Please find attached a grand jury subpoena duces tecum issued by the 184th District Court Grand Jury for TWC wage and claim records on two individuals, Jorge Arturo Valdés Ochoa and Phuong Thi Lam. A business records affidavit may be returned with the records in lieu of appearance. Electronic production to this email address is fine.

Our investigator, Darnell Okafor, is copied and can arrange pickup if needed.

Regards,

Cristina Villaseñor
Assistant District Attorney
Harris County District Attorney's Office | Special Crimes Bureau
713-555-0187

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may contain grand jury material protected from disclosure.
""")
    m.add_attachment(render_pdf(GJ22, "serif"), maintype="application", subtype="pdf",
                     filename="GJ_2025-184-0772_TWC.pdf")
    return m


doc("beee22", "eml", "ADA email with Texas county grand jury subpoena duces tecum PDF attached",
    label("district-attorney", "Harris County District Attorney's Office", "Cristina Villaseñor", "Assistant District Attorney",
          "Villasenor_Cristina@dao.hctx.net", "713-555-0187",
          [("Jorge Arturo Valdés Ochoa", "1987-02-11", []), ("Phuong Thi Lam", "1995-06-03", [])],
          ["TX PC 31.16", "TX R Evid 902", "TX Lab Code 301.085", "TX CCP 20A.251"], "grand_jury_subpoena", None, True,
          "criminal_investigation", ["wages", "employment", "claims", "address"], "email"),
    build=_e22)

# ---------------------------------------------------------------- 23 scanned ND BCI letter
doc("beee23", "scanned", "state bureau of investigation letter, three subjects, DL photos (scanned)",
    label("state-police", "North Dakota Bureau of Criminal Investigation", "Grant P. Solberg", "Special Agent",
          "gpsolberg@nd.gov", "701-555-0145",
          [("Ryan Christopher Tollefson", "1992-12-01", [("license", "TOL921201")]),
           ("Mariah Lynn Whitebird", "1996-05-08", []),
           ("Ilir Berisha", "1989-04-17", [])],
          ["NDCC 12.1-23-02", "NDCC 19-03.1-23"], "none", None, False, "criminal_investigation",
          ["photo", "address", "license"], "mail"),
    font="serif", turns={}, text="""
# OFFICE OF ATTORNEY GENERAL
^ BUREAU OF CRIMINAL INVESTIGATION
^ 4205 State Street - Bismarck, ND 58503 - (701) 555-0140
---
> September 30, 2025

North Dakota Department of Transportation
Driver License Division - Records Section
608 East Boulevard Avenue
Bismarck, ND 58505-0700

RE: BCI Case No. 25-0871 - request for driver license images and addresses

Dear Records Section:

The Bureau of Criminal Investigation is investigating a series of thefts of copper wire and equipment from oilfield sites in McKenzie and Williams Counties (N.D.C.C. § 12.1-23-02), and related distribution of methamphetamine (N.D.C.C. § 19-03.1-23). Please provide the most recent license photograph, license status, and all addresses of record for the following persons:

1. TOLLEFSON, Ryan Christopher - DOB 12-01-1992 - ND OL TOL921201
2. WHITEBIRD, Mariah Lynn - DOB 05-08-1996
3. BERISHA, Ilir - DOB 04-17-1989

Sheriff Dale R. Ostlund of McKenzie County is assisting with this case; please send the response only to me.

Respectfully,

Grant P. Solberg
Special Agent, Williston Regional Office
(701) 555-0145  gpsolberg@nd.gov
""")

# ---------------------------------------------------------------- 24 CBP 3115 summons
doc("beee24", "born_digital", "CBP Form 3115 customs summons (19 USC 1509) to state motor vehicle agency",
    label("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Port of Miami - Outbound Enforcement",
          "Jerome T. Whitaker", "Supervisory CBP Officer", "jerome.t.whitaker@cbp.dhs.gov", "305-555-0128",
          [("Yordanka Petrova Dimitrova", "1984-11-09", []),
           ("Luis Ángel Ferrer Domínguez", "1979-05-30", [("license", "F656120795300")])],
          ["19 USC 1509", "18 USC 553", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115", True,
          "criminal_investigation", ["vehicle", "address"], "mail"),
    font="sans", size=10, text="""
^ DEPARTMENT OF HOMELAND SECURITY
^ U.S. Customs and Border Protection
# SUMMONS
_ 19 U.S.C. 1509
> Summons No.: MIA-OE-2025-0093

To: Records Custodian, Florida Department of Highway Safety and Motor Vehicles, Neil Kirkman Building, 2900 Apalachee Parkway, Tallahassee, FL 32399

YOU ARE HEREBY SUMMONED AND REQUIRED to appear before Supervisory CBP Officer Jerome T. Whitaker, an officer of U.S. Customs and Border Protection, or any other designated officer, at 1500 Port Boulevard, Miami, FL 33132, on November 6, 2025, at 10:00 a.m., to give testimony and to produce the records specified below relating to the exportation of merchandise, namely motor vehicles, from the United States.

Records required (January 1, 2024 to present):
(a) Certificates of title, registration records, lien releases and title transfer history for any motor vehicle titled or registered to:
    DIMITROVA, Yordanka Petrova - DOB 11/09/1984
    FERRER DOMÍNGUEZ, Luis Ángel - DOB 05/30/1979 - FL DL F656-120-79-530-0
(b) All addresses on file for the above persons.

This summons is issued in connection with an inquiry into the unlawful exportation of stolen motor vehicles in violation of 18 U.S.C. § 553 and the laws administered by U.S. Customs and Border Protection.

Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce obedience to the requirements of this summons and to punish default or disobedience (19 U.S.C. 1510).

Issued under authority of Section 509 of the Tariff Act of 1930, as amended (19 U.S.C. 1509), at Miami, Florida, this 20th day of October, 2025.

/s/ Jerome T. Whitaker
Jerome T. Whitaker, Supervisory CBP Officer, Outbound Enforcement Team
Telephone: 305-555-0128   Email: jerome.t.whitaker@cbp.dhs.gov

_ CBP Form 3115 (04/22)
""")

# ---------------------------------------------------------------- 25 DHS OIG email with forwarded original (message/rfc822)
def _e25():
    inner = email_msg("Brightwater, Nathaniel <nathaniel.brightwater@oig.dhs.gov>", "dotmvrecords@wyo.gov",
                      "Records request - DHS OIG case I25-CBP-DEN-08812", "Mon, 29 Sep 2025 09:05:44 -0600",
                      "<20250929090544.1187@oig.dhs.gov>")
    inner.set_content("""Good morning,

The DHS Office of Inspector General is conducting a criminal investigation involving possible bribery of a public official (18 U.S.C. 201). I am requesting vehicle registration records, driver license information and photographs, and current addresses for:

  HARTSOCK, Caleb J.    DOB 08/02/1981   WY DL 113480925
  LYSENKO, Bogdan       DOB 03/19/1986

Please do not contact the individuals. Thank you.

Nathaniel O. Brightwater
Special Agent, DHS OIG Office of Investigations - Denver Field Office
Cell 720-555-0109
""")
    m = email_msg("Brightwater, Nathaniel <nathaniel.brightwater@oig.dhs.gov>", "WYDOT Motor Vehicle Services <dot-mvs-lawenforcement@wyo.gov>",
                  "FW: Records request - DHS OIG case I25-CBP-DEN-08812", "Tue, 07 Oct 2025 14:30:02 -0600",
                  "<20251007143002.2290@oig.dhs.gov>")
    m.set_content("""Hello,

I sent the request below on 9/29 to what turned out to be an old records mailbox. Resending it here (original attached). Grateful for anything you can provide this week.

Nathaniel O. Brightwater
Special Agent
DHS Office of Inspector General, Denver Field Office
720-555-0109
""")
    m.add_attachment(inner)
    return m


doc("beee25", "eml", "DHS OIG email re-sending an original request attached as message/rfc822",
    label("dhs-oig", "DHS Office of Inspector General, Denver Field Office", "Nathaniel O. Brightwater", "Special Agent",
          "nathaniel.brightwater@oig.dhs.gov", "720-555-0109",
          [("Caleb J. Hartsock", "1981-08-02", [("license", "113480925")]), ("Bogdan Lysenko", "1986-03-19", [])],
          ["18 USC 201"], "none", None, False, "criminal_investigation",
          ["vehicle", "license", "photo", "address"], "email"),
    build=_e25)

# ---------------------------------------------------------------- 26 fax MD arrest warrant
doc("beee26", "fax", "faxed county police cover + Maryland District Court arrest warrant",
    label("local-police", "Baltimore County Police Department", "Corey M. Lindell", "Detective",
          "clindell@baltimorecountymd.gov", "410-555-0183",
          [("Kwame Osei-Bonsu", "1993-08-25", [])],
          ["MD CR 3-202", "MD CR 3-203", "MD Rule 4-212"], "judicial_warrant", None, True, "criminal_investigation",
          ["address", "photo", "vehicle"], "fax"),
    font="serif", header="2025-10-03 13:47  BCOPD PREC 6 TOWSON  410 555 0184",
    text="""
# BALTIMORE COUNTY POLICE DEPARTMENT
^ Criminal Investigations Bureau - Crimes Against Persons
^ 700 East Joppa Road, Towson, Maryland 21286
---
FAX COVER SHEET
TO: MVA Investigative Division - Records Request Unit     FAX: 410-555-0120
FROM: Det. Corey M. Lindell #5519                          PHONE: 410-555-0183
EMAIL: clindell@baltimorecountymd.gov
DATE: Oct 3, 2025          PAGES: 2

Subject: OSEI-BONSU, Kwame   DOB 25 Aug 1993

Attached is an open arrest warrant for the above subject (First-Degree Assault). Requesting current MVA address, license photo, and any vehicles titled or registered to him, to assist the warrant service. Complainant in this case is Shanice Purnell; please do not include her records.
~~~
# DISTRICT COURT OF MARYLAND FOR BALTIMORE COUNTY
^ Located at: 120 East Chesapeake Avenue, Towson, MD 21286
> Case No. D-08-CR-25-004417
# WARRANT FOR ARREST

STATE OF MARYLAND vs. KWAME OSEI-BONSU
Date of Birth: 08/25/1993   Sex: M   Height: 5'11"   Weight: 180

TO ANY AUTHORIZED LAW ENFORCEMENT OFFICER, GREETING:

You are hereby commanded to arrest and bring before a judicial officer of this Court without unnecessary delay the above-named Defendant, charged in the Statement of Charges filed in this case with:

Count 1: First-Degree Assault, Md. Code Ann., Crim. Law § 3-202
Count 2: Second-Degree Assault, § 3-203 of the Criminal Law Article

Having found probable cause to believe that the Defendant committed the offenses charged, this warrant is issued pursuant to Md. Rule 4-212.

Date: 09/30/2025
/s/ Theresa L. Okonjo-Ward
Judge, District Court of Maryland

_ DC-CR-004 - WARRANT - Return of service on reverse
""")

# ---------------------------------------------------------------- 27 USMS letter mentions warrant, none attached
doc("beee27", "born_digital", "U.S. Marshals fugitive letter mentioning (not attaching) a federal arrest warrant",
    label("doj-usms", "United States Marshals Service, District of South Dakota", "Kristin A. Bjornstad",
          "Deputy U.S. Marshal", "kristin.bjornstad@usdoj.gov", "605-555-0126",
          [("Dustin Ray Bergquist", "1988-10-03", [])],
          ["21 USC 846", "28 USC 566", "18 USC 3053"], "none", None, False, "criminal_investigation",
          ["employment", "address", "phone", "claims"], "mail"),
    font="sans", text="""
^ U.S. Department of Justice
# United States Marshals Service
^ District of South Dakota
^ 400 S. Phillips Avenue, Room 216, Sioux Falls, SD 57104
---
October 10, 2025

South Dakota Department of Labor and Regulation
Reemployment Assistance Division - Attn: Records
P.O. Box 4730
Aberdeen, SD 57402-4730

RE: Fugitive investigation - BERGQUIST, Dustin Ray (a.k.a. "Dusty" Bergquist), DOB 10/03/1988

To Whom It May Concern:

The above individual is the subject of a federal arrest warrant issued July 15, 2025 by the United States District Court for the District of South Dakota for violation of the conditions of his supervised release. His underlying conviction is for conspiracy to distribute methamphetamine, 21 U.S.C. § 846.

The U.S. Marshals Service is charged with apprehending federal fugitives under 28 U.S.C. § 566 and 18 U.S.C. § 3053. I respectfully request any information in your files that may help locate Mr. Bergquist: current or recent employers, the address and telephone number on any reemployment assistance claim, and the dates of any claims filed since January 2025.

A copy of the warrant can be provided on request. Please contact me directly with any questions.

Sincerely,

Kristin A. Bjornstad
Deputy U.S. Marshal
Office: 605-555-0126
kristin.bjornstad@usdoj.gov

cc: SDUSM Paul R. Everly
""")

# ---------------------------------------------------------------- 28 NC SBI HTML-only email + PNG court order
ORDER28 = """
^ STATE OF NORTH CAROLINA                    IN THE GENERAL COURT OF JUSTICE
^ COUNTY OF WAKE                              SUPERIOR COURT DIVISION
> File No. 25 CRS 018822

IN RE: APPLICATION OF THE NORTH CAROLINA STATE BUREAU OF INVESTIGATION FOR RECORDS OF THE DIVISION OF EMPLOYMENT SECURITY

# ORDER

THIS MATTER coming before the undersigned Superior Court Judge upon the application of Special Agent Marcus E. Tillery of the North Carolina State Bureau of Investigation, and the Court finding that the records described below are relevant to a pending criminal investigation of Robbery with a Dangerous Weapon, N.C. Gen. Stat. § 14-87, and that disclosure is authorized by N.C. Gen. Stat. § 96-4(x);

IT IS THEREFORE ORDERED that the North Carolina Department of Commerce, Division of Employment Security, produce to the State Bureau of Investigation all wage records, employer names and addresses, unemployment insurance claim records and addresses of record, from January 1, 2024 to present, for:

  ROUSE, Tyquan Marcel - DOB 04/09/1999
  DOMÍNGUEZ-RUELAS, Esperanza - DOB 12/15/1997

This the 14th day of October, 2025.

/s/ Allison K. Brantley
Superior Court Judge Presiding
"""


def _e28(rng):
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<p>DES Legal,</p>
<p>Attached please find a signed Order from Wake County Superior Court (25 CRS 018822) directing release of DES wage, employer and claim records for the two individuals below. Please send the records to me by secure email.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th></tr>
<tr><td>ROUSE, Tyquan Marcel</td><td>04/09/1999</td></tr>
<tr><td>DOM&Iacute;NGUEZ-RUELAS, Esperanza</td><td>12/15/1997</td></tr>
</table>
<p>Respectfully,</p>
<p><b>SA Marcus E. Tillery</b><br>North Carolina State Bureau of Investigation<br>Central District - Raleigh<br>
Office 919-555-0131<br><a href="mailto:mtillery@ncsbi.gov">mtillery@ncsbi.gov</a></p>
</body></html>"""
    m = email_msg("Tillery, Marcus E. <mtillery@ncsbi.gov>", "des.legal@commerce.nc.gov",
                  "Court Order - DES records - 25 CRS 018822", "Thu, 16 Oct 2025 09:12:30 -0400",
                  "<1f7b0e2c-55aa-4c1e-9c0e-ncsbi25crs018822@ncsbi.gov>")
    m.set_content(html, subtype="html")
    m.add_attachment(page_image(render_pdf(ORDER28, "serif"), "png", rng, dpi=110, degrade_it=False),
                     maintype="image", subtype="png", filename="Order_25CRS018822.png")
    return m


doc("beee28", "eml", "state bureau agent HTML-only email with NC superior court order attached as PNG",
    label("state-police", "North Carolina State Bureau of Investigation", "Marcus E. Tillery", "Special Agent",
          "mtillery@ncsbi.gov", "919-555-0131",
          [("Tyquan Marcel Rouse", "1999-04-09", []), ("Esperanza Domínguez-Ruelas", "1997-12-15", [])],
          ["NCGS 14-87", "NCGS 96-4"], "court_order", None, True, "criminal_investigation",
          ["wages", "employment", "claims", "address"], "email"),
    build=_e28)

# ---------------------------------------------------------------- 29 scanned I-247N
doc("beee29", "scanned", "Form I-247N request for voluntary notification of release, to state corrections (scanned)",
    label("dhs-ice-ero", "ICE ERO Chicago Field Office, Kansas City Sub-Office", "Felipe A. Santangelo",
          "Deportation Officer", None, "816-555-0148",
          [("Dragan Kovačević", "1977-06-21", [("a_number", "A094771206"), ("other", "1288430")])],
          ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247N", True, "civil_immigration", ["other"], "mail"),
    font="sans", size=10, turns={}, text="""
^ DEPARTMENT OF HOMELAND SECURITY
# REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
Subject ID: 402276198      Event #: CHI2509007731      File No: A094 771 206      Date: 09/18/2025

TO: (Name and Title of Institution) Missouri Department of Corrections, Offender Records, 2729 Plaza Drive, Jefferson City, MO 65109
FROM: (DHS Office) ICE ERO Chicago Field Office, Kansas City Sub-Office, 2700 Cleveland Avenue, Kansas City, MO 64127

Name of Individual: KOVAČEVIĆ, Dragan
Date of Birth: 06/21/1977     Citizenship: Bosnia and Herzegovina     Sex: M     MODOC #: 1288430

1. DHS HAS DETERMINED THAT THE INDIVIDUAL IS A PRIORITY FOR REMOVAL BECAUSE HE/SHE:
[X] has been convicted of an offense classified as a felony in the convicting jurisdiction;
[ ] has been convicted of an offense for which an element was active participation in a criminal street gang;
[ ] has been convicted of three or more misdemeanor offenses.

2. DHS REQUESTS THAT YOU:
Notify DHS as early as practicable (at least 48 hours, if possible) before the individual is released from your custody. Please call or fax DHS at 816-555-0148 (fax 816-555-0149).

This request does not request or authorize that you detain the subject beyond the time he/she is currently scheduled for release from your custody. It is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 CFR 287.7.

/s/ F. A. Santangelo
Felipe A. Santangelo, Deportation Officer
(Name and title of Immigration Officer)

_ DHS Form I-247N (5/15)
""")

# ---------------------------------------------------------------- 30 txt OHP web form
doc("beee30", "txt", "pasted online records request (Service Oklahoma) from highway patrol trooper, fatality collision",
    label("state-police", "Oklahoma Highway Patrol", "Jace W. Redbird", "Trooper",
          "jace.redbird@dps.ok.gov", "405-555-0112",
          [("Shelby Ann Crutchfield", "1999-03-07", [("license", "D023318870")])],
          ["21 OS 711", "47 OS 11-902"], "none", None, False, "criminal_investigation",
          ["license", "photo", "vehicle", "address"], "email"),
    text="""SERVICE OKLAHOMA - LAW ENFORCEMENT RECORD REQUEST PORTAL
-------------------------------------------------------
Request #: SOK-LE-0925-03318        Received: 2025-09-25 02:14:09 (CT)

Requesting agency:   Oklahoma Highway Patrol - Troop B (Tulsa)
Officer:             Tpr. Jace W. Redbird        Unit/Badge: B-47
Email:               jace.redbird@dps.ok.gov
Phone:               405-555-0112
OHP incident #:      B25-09-1187

Subject(s)
  1. CRUTCHFIELD, SHELBY ANN    DOB 1999-03-07    OK DL D023318870

Records requested:   Driver license status and history, DL photo, all vehicles registered,
                     address of record.

Reason:              Fatality collision 09/24/2025, US-75 at 71st St S. Driver arrested for
                     first degree manslaughter (21 O.S. 711) and DUI (47 O.S. 11-902).
                     Records needed for affidavit and case filing with the Tulsa County DA.

Urgency:             [ ] Routine  [x] Priority   [ ] Emergency
Acknowledgement:     [x] Information will be used only for the stated law enforcement purpose.
""")

# ---------------------------------------------------------------- 31 Hawaii criminal subpoena duces tecum
doc("beee31", "born_digital", "Hawaii circuit court criminal subpoena duces tecum requested by deputy prosecutor",
    label("district-attorney", "Department of the Prosecuting Attorney, City and County of Honolulu", "Leilani K. Fujimoto-Kealoha",
          "Deputy Prosecuting Attorney", "lfujimoto-kealoha@honoluluprosecutor.org", "(808) 555-0155",
          [("Kawika Makoa Alapai", "1986-11-23", [("ssn_last4", "5128")])],
          ["HI CrimP 17", "HRS 708-830.5", "HRS 383-141"], "court_subpoena", None, True, "criminal_investigation",
          ["claims", "benefits", "wages", "employment"], "mail"),
    font="serif", text="""
# IN THE CIRCUIT COURT OF THE FIRST CIRCUIT
# STATE OF HAWAIʻI

STATE OF HAWAIʻI,                              CR. NO. 1CPC-25-0000917
                                                 
        vs.                                    SUBPOENA DUCES TECUM
                                                 
KAWIKA MAKOA ALAPAI,                           Trial Week: December 1, 2025
        Defendant.                             Judge: Hon. Colette S. Nakagawa

# SUBPOENA DUCES TECUM

THE STATE OF HAWAIʻI

TO: CUSTODIAN OF RECORDS, Department of Labor and Industrial Relations, Unemployment Insurance Division, 830 Punchbowl Street, Room 325, Honolulu, Hawaiʻi 96813

YOU ARE COMMANDED to appear in the above-entitled Court, Kaʻahumanu Hale, 777 Punchbowl Street, Honolulu, on December 1, 2025, at 8:30 a.m., and to bring with you the following: certified copies of all unemployment insurance claim records, benefit payment histories, and employer wage reports for Kawika Makoa Alapai, date of birth 11/23/1986, social security number ending in 5128, for the period March 1, 2023 through the present.

This subpoena is issued pursuant to Rule 17 of the Hawaiʻi Rules of Penal Procedure. Defendant is charged with Theft in the First Degree, HRS § 708-830.5, and Unemployment Insurance Fraud, HRS § 383-141. DLIR Investigator Malia Santos is also listed as a witness for the State.

In lieu of appearance, the records may be delivered with a certification of custodian to the Deputy Prosecuting Attorney named below on or before November 21, 2025.

Dated: Honolulu, Hawaiʻi, October 24, 2025.

CLERK OF THE ABOVE-ENTITLED COURT
/s/ R. Kamaka
By: Deputy Clerk

Requested by:
LEILANI K. FUJIMOTO-KEALOHA
Deputy Prosecuting Attorney
Department of the Prosecuting Attorney, City and County of Honolulu
1060 Richards Street, Honolulu, HI 96813
Tel. (808) 555-0155 | lfujimoto-kealoha@honoluluprosecutor.org

_ If you have questions about this subpoena, contact the Deputy Prosecuting Attorney above. Failure to obey may be deemed contempt of court.
""")

# ---------------------------------------------------------------- 32 DOL OIG email + IG subpoena PDF
IGSUB32 = """
^ UNITED STATES DEPARTMENT OF LABOR
^ OFFICE OF INSPECTOR GENERAL
# SUBPOENA DUCES TECUM
> No. OIG-OI-DEN-2025-0316

TO: Custodian of Records
Colorado Department of Labor and Employment, Unemployment Insurance Division
251 East 12th Avenue, Denver, Colorado 80203

YOU ARE HEREBY REQUIRED to produce the following records, documents and information to Special Agent Víctor Manuel Arce, U.S. Department of Labor, Office of Inspector General, Office of Investigations - Labor Racketeering and Fraud, 1244 Speer Boulevard, Suite 515, Denver, CO 80204, on or before November 20, 2025:

For claimants BARINOV, Sergei Nikolaevich (DOB 1983-03-04) and HOÀNG, Mai Anh (DOB 1990-09-09), and for all claims filed from IP address 73.14.201.88:
1. All unemployment insurance and PUA claim applications and weekly certifications;
2. Identity verification documents submitted with any claim;
3. Benefit payment records, including debit card and direct deposit account information;
4. Quarterly wage records and employer information;
5. All mailing addresses, email addresses and telephone numbers on file.

This subpoena is issued under the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in connection with an investigation of mail fraud (18 U.S.C. § 1341) and aggravated identity theft (18 U.S.C. § 1028A) involving unemployment insurance benefits.

In case of refusal to obey, this subpoena is enforceable by order of any appropriate United States district court.

Signed at Washington, D.C., this 27th day of October, 2025.

/s/ Larissa M. Hwang
Larissa M. Hwang
Inspector General, U.S. Department of Labor
"""


def _e32():
    m = email_msg('"Arce, Victor M - OIG" <Arce.Victor.M@oig.dol.gov>', "cdle_ui_integrity@state.co.us",
                  "DOL-OIG IG Subpoena OIG-OI-DEN-2025-0316", "Tue, 28 Oct 2025 10:55:47 -0600",
                  "<BYAPR09MB4417E1@BYAPR09MB4417.namprd09.prod.outlook.com>")
    m.set_content("""Good morning,

Please find attached an Inspector General subpoena for UI claim, payment, identity verification and wage records relating to two claimants (Sergei Nikolaevich Barinov and Mai Anh Hoàng) and to claims filed from one IP address. We understand CDLE may disclose these records to a federal agency under C.R.S. § 8-72-107 and 20 C.F.R. part 603.

Production on a CD/USB or via our secure file transfer site is fine. Please call me if you have any questions.

Víctor Manuel Arce
Special Agent
U.S. Department of Labor - Office of Inspector General
Office of Investigations, Denver
Desk: 303-555-0172
""")
    m.add_attachment(render_pdf(IGSUB32, "serif"), maintype="application", subtype="pdf",
                     filename="OIG_Subpoena_CDLE_0316.pdf")
    return m


doc("beee32", "eml", "DOL OIG agent email with Inspector General subpoena duces tecum PDF attached",
    label("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Víctor Manuel Arce", "Special Agent",
          "Arce.Victor.M@oig.dol.gov", "303-555-0172",
          [("Sergei Nikolaevich Barinov", "1983-03-04", []), ("Mai Anh Hoàng", "1990-09-09", [])],
          ["5 USC 406", "18 USC 1341", "18 USC 1028A", "CRS 8-72-107", "20 CFR 603"], "administrative_subpoena", None, True,
          "criminal_investigation", ["claims", "benefits", "wages", "employment", "address", "identity_documents", "email", "phone"], "email"),
    build=_e32)


# ================================================================ main
def main():
    rng = random.Random(SEED)
    ext = {"born_digital": "pdf", "scanned": "pdf", "fax": "tif", "eml": "eml", "txt": "txt"}
    for d in DOCS:
        fmt = d["fmt"]
        path = os.path.join(OUT, f"{d['id']}.{ext[fmt]}")
        if fmt == "born_digital":
            data = render_pdf(d["text"], d.get("font", "serif"), d.get("size", 10.5))
        elif fmt == "scanned":
            data = make_scanned(render_pdf(d["text"], d.get("font", "serif"), d.get("size", 10.5)), rng, d.get("turns", {}))
        elif fmt == "fax":
            data = make_fax(render_pdf(d["text"], d.get("font", "serif"), d.get("size", 10.5)), d["header"])
        elif fmt == "txt":
            data = d["text"].encode("utf-8")
        else:
            fn = d["build"]
            msg = fn(rng) if fn.__code__.co_argcount else fn()
            data = fix_boundaries(msg, d["id"]).as_bytes()
        with open(path, "wb") as f:
            f.write(data)
        rec = {"id": d["id"], "family": "blind-eee", "format": fmt, "template": d["template"]}
        rec.update(d["label"])
        with open(os.path.join(OUT, f"{d['id']}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(DOCS), "documents written")


if __name__ == "__main__":
    os.makedirs("/tmp/author_eee", exist_ok=True)
    main()
