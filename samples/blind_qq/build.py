#!/usr/bin/env python3
"""Build the blind-qq sample set (independent author). Deterministic: fixed seed.

Run: /work/main/.venv/bin/python samples/blind_qq/build.py
Temporary files go to /tmp/author_qq.
"""
import io
import json
import os
import random
import subprocess
import glob
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
import datetime as dt

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_qq"
os.makedirs(TMP, exist_ok=True)
SEED = 4242
FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"), ("R", "DejaVuSerif.ttf"),
                 ("RB", "DejaVuSerif-Bold.ttf"), ("M", "DejaVuSansMono.ttf"), ("MB", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
FAMILY = {"sans": ("S", "SB"), "serif": ("R", "RB"), "mono": ("M", "MB")}


# ---------------------------------------------------------------- rendering
def join_paragraphs(lines):
    """Re-flow prose that was hard-wrapped in the source so the PDF wraps it naturally."""
    out = []
    for ln in lines:
        if out:
            prev = out[-1]
            pind = len(prev) - len(prev.lstrip(" "))
            nind = len(ln) - len(ln.lstrip(" "))
            prose_prev = (not prev.startswith("@") and len(prev) >= 68 and "   " not in prev.strip())
            cont = (ln.strip() and not ln.startswith("@") and "   " not in ln.strip()
                    and (nind == pind == 0 or (pind > 0 and nind >= pind)))
            if prev.rstrip()[-1:].isdigit() and ln.strip()[:1].isupper():
                cont = False
            if prose_prev and cont and not ln.lstrip().startswith(("[", "-", "(1)", "(2)", "1.", "2.", "3.", "4.", "a.", "b.", "c.", "d.", "e.")):
                out[-1] = prev.rstrip() + " " + ln.strip()
                continue
        out.append(ln)
    return out


def render_pdf(path, text, family="sans", size=10.5):
    """Tiny markup: @T title, @C centered bold, @c centered, @B bold, @R right, @S small,
    @HR rule, @PB page break, @SP half line. Other lines wrap."""
    reg, bold = FAMILY[family]
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    W, H = letter
    L, Rm = 60, W - 60
    y = H - 60
    lead = size * 1.32

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 60

    for raw in join_paragraphs(text.strip("\n").split("\n")):
        if raw.startswith("@PB"):
            newpage()
            continue
        if y < 70:
            newpage()
        if raw.startswith("@HR"):
            c.setLineWidth(0.8)
            c.line(L, y + 4, Rm, y + 4)
            y -= lead * 0.6
            continue
        if raw.startswith("@SP"):
            y -= lead * 0.5
            continue
        tag, body = (raw[:2], raw[3:]) if raw[:1] == "@" and len(raw) > 2 and raw[2] == " " else ("", raw)
        if tag == "@T":
            c.setFont(bold, size + 4)
            c.drawCentredString(W / 2, y, body)
            y -= (size + 4) * 1.4
        elif tag == "@C":
            c.setFont(bold, size + 1)
            c.drawCentredString(W / 2, y, body)
            y -= lead * 1.05
        elif tag == "@c":
            c.setFont(reg, size - 0.5)
            c.drawCentredString(W / 2, y, body)
            y -= lead
        elif tag == "@R":
            c.setFont(reg, size)
            c.drawRightString(Rm, y, body)
            y -= lead
        elif tag == "@S":
            c.setFont(reg, size - 2.5)
            for ln in simpleSplit(body, reg, size - 2.5, Rm - L) or [""]:
                c.drawString(L, y, ln)
                y -= (size - 2.5) * 1.3
        else:
            f = bold if tag == "@B" else reg
            c.setFont(f, size)
            if "   " in body.strip() and tag in ("", "@B"):
                import re as _re
                cw = size * 0.55
                for mt in _re.finditer(r"\S+(?: {1,2}\S+)*", body):
                    c.drawString(min(L + mt.start() * cw, Rm - c.stringWidth(mt.group(), f, size)), y, mt.group())
                y -= lead
                continue
            indent = len(body) - len(body.lstrip(" "))
            x = L + indent * size * 0.5
            for ln in simpleSplit(body.lstrip(" "), f, size, Rm - x) or [""]:
                if y < 70:
                    newpage()
                    c.setFont(f, size)
                c.drawString(x, y, ln)
                y -= lead
    c.showPage()
    c.save()


def raster(pdf, dpi, tag):
    pre = os.path.join(TMP, tag)
    for old in glob.glob(pre + "-*.png"):
        os.remove(old)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, pre], check=True)
    return [Image.open(p).convert("L") for p in sorted(glob.glob(pre + "-*.png"))]


def degrade(img, rng, angle, grey=0.88, noise=9.0, flip=0):
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if flip:
        img = img.rotate(flip, expand=True)
    a = np.asarray(img).astype(np.float32)
    a = a * grey + 6
    nrs = np.random.RandomState(rng.randrange(1 << 30))
    a += nrs.normal(0, noise, a.shape)
    speck = nrs.random_sample(a.shape) < 0.0007
    a[speck] = 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a, "L")
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=55)
    buf.seek(0)
    return Image.open(buf).convert("L")


def make_scanned(docid, text, family, rng, flips=(), dpi=200):
    pdf = os.path.join(TMP, docid + "_src.pdf")
    render_pdf(pdf, text, family)
    pages = raster(pdf, dpi, docid)
    outp = []
    for i, p in enumerate(pages):
        ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
        outp.append(degrade(p, rng, ang, flip=flips[i] if i < len(flips) else 0))
    path = os.path.join(OUT, docid + ".pdf")
    import time as _t
    fixed = _t.gmtime(1793523600)
    outp[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=outp[1:],
                 creationDate=fixed, modDate=fixed, title=docid, producer="scan")
    return path


def make_fax(docid, text, family, rng, header):
    pdf = os.path.join(TMP, docid + "_src.pdf")
    render_pdf(pdf, text, family, size=11)
    pages = raster(pdf, 200, docid)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    outp = []
    n = len(pages)
    for i, p in enumerate(pages):
        p = p.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(p)
        d.rectangle([0, 0, p.width, 44], fill=255)
        d.text((30, 12), header + f"   P.{i + 1:03d}/{n:03d}", font=font, fill=0)
        a = np.asarray(p).astype(np.float32)
        nrs = np.random.RandomState(rng.randrange(1 << 30))
        a += nrs.normal(0, 18, a.shape)
        bw = Image.fromarray(np.where(a < 150, 0, 255).astype(np.uint8), "L").convert("1")
        outp.append(bw)
    path = os.path.join(OUT, docid + ".tif")
    outp[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=outp[1:])
    return path


def make_pdf(docid, text, family="sans"):
    path = os.path.join(OUT, docid + ".pdf")
    render_pdf(path, text, family)
    return path


def att_pdf_bytes(tag, text, family="sans"):
    p = os.path.join(TMP, tag + ".pdf")
    render_pdf(p, text, family)
    return open(p, "rb").read()


def att_image_bytes(tag, text, family, rng, fmt):
    p = os.path.join(TMP, tag + ".pdf")
    render_pdf(p, text, family)
    pages = raster(p, 150, tag)
    img = pages[0]
    buf = io.BytesIO()
    if fmt == "PNG":
        img.save(buf, "PNG", optimize=True)
    else:
        img = degrade(img, rng, rng.uniform(0.8, 1.6), grey=0.85, noise=6)
        img.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def fix_boundaries(msg, tag):
    n = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            n += 1
            part.set_boundary(f"=_qq_{tag}_{n}_boundary")
    return msg


def base_msg(frm, to, subject, date, mid, cc=None):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    m["MIME-Version"] = "1.0"
    return m


def write_eml(docid, msg):
    fix_boundaries(msg, docid)
    path = os.path.join(OUT, docid + ".eml")
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))
    return path


def write_txt(docid, text):
    path = os.path.join(OUT, docid + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")
    return path


def label(docid, fmt, template, req, subjects, basis, ptype, form, purpose, records, channel, attached=None):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    if attached is None:
        attached = ptype != "none"
    rec = {
        "id": docid, "family": "blind-qq", "format": fmt, "template": template,
        "requestor": {"agency_key": req[0], "agency_name": req[1], "person": req[2], "title": req[3],
                      "email": req[4], "phone": req[5]},
        "subjects": [{"name": s[0], "dob": s[1], "identifiers": [{"type": t, "value": v} for t, v in s[2]]}
                     for s in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose, "records_requested": records, "channel": channel,
    }
    with open(os.path.join(OUT, docid + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- documents
def build(rng):
    # ---------------- bqq01: ERO informal e-mail, plain text
    m = base_msg('"Ramos, Daniel J" <daniel.j.ramos@ice.dhs.gov>', "DMV Records Requests <dmv_records@state.co.us>",
                 "records request - ALVARADO", "Mon, 05 Oct 2026 08:14:22 -0600", "<qq01.7781@ice.dhs.gov>")
    m.set_content("""Good morning,

Can you please run the below subject and send me the current address on file, any vehicles
registered to him, and the most recent license photo. This is for official use.

Subject: ALVARADO GÓMEZ, Luis Fernando
DOB: 07/22/1991
A# 208-114-376
CO DL 12-345-6789

Request made pursuant to 8 U.S.C. 1357.

Thank you,

Daniel Ramos
Deportation Officer
ICE ERO Denver - Aurora Sub-Office
Office: (303) 555-0147
daniel.j.ramos@ice.dhs.gov
""")
    write_eml("bqq01", m)
    label("bqq01", "eml", "ERO officer informal plain-text email, one subject with A-number",
          ("dhs-ice-ero", "ICE ERO Denver - Aurora Sub-Office", "Daniel Ramos", "Deportation Officer",
           "daniel.j.ramos@ice.dhs.gov", "(303) 555-0147"),
          [("Luis Fernando Alvarado Gómez", "1991-07-22", [("a_number", "A208114376"), ("license", "123456789")])],
          ["8 USC 1357"], "none", None, "civil_immigration", ["address", "vehicle", "photo"], "email")

    # ---------------- bqq02: sheriff detective, pasted email (txt)
    write_txt("bqq02", """From: Oduya, Kimberly <kimberly.oduya@pinal.gov>
Sent: Tuesday, October 6, 2026 2:41 PM
To: MVD Law Enforcement Records
Subject: Request for MVD info - DR# 26-031877

Hello,

I'm a property crimes detective with the Pinal County Sheriff's Office working an auto theft
case (A.R.S. § 13-1814, theft of means of transportation). The vehicle was recovered in
Casa Grande and we have two persons of interest. I'm requesting the registration history for
the recovered vehicle and current address + photo for:

  1) TRAN, Minh Quoc -- DOB 1998-02-14 -- AZ DL D04417729
  2) Salazar, Ana Lucía -- DOB 2001-11-30

Vehicle: 2017 Honda Civic, VIN 2HGFC2F59HH512345, AZ plate CKD4418.
Registered owner/victim is Mr. Gerald Whitcomb, who reported it stolen 9/28/2026 -- no need to
run him.

This is a law enforcement request under A.R.S. § 28-455 and 18 U.S.C. § 2721(b)(1).

Thanks much,

Det. Sgt. Kimberly Oduya #4471
Pinal County Sheriff's Office - Property Crimes
Desk 520-555-0119
""")
    label("bqq02", "txt", "sheriff detective email pasted into text file, two subjects plus named victim",
          ("sheriff", "Pinal County Sheriff's Office", "Kimberly Oduya", "Detective Sergeant",
           "kimberly.oduya@pinal.gov", "520-555-0119"),
          [("Minh Quoc Tran", "1998-02-14", [("license", "D04417729")]), ("Ana Lucía Salazar", "2001-11-30", [])],
          ["ARS 13-1814", "ARS 28-455", "18 USC 2721"], "none", None, "criminal_investigation",
          ["vehicle", "address", "photo"], "email")

    # ---------------- bqq03: ERO letter + I-200 (scanned)
    t03 = """@C U.S. Department of Homeland Security
@c U.S. Immigration and Customs Enforcement
@c Enforcement and Removal Operations - Chicago Field Office
@c 101 West Congress Parkway, Chicago, IL 60605
@S Field Office Director: Sylvia M. Brandt
@HR
@R September 29, 2026
Indiana Bureau of Motor Vehicles
Records Division
100 North Senate Avenue, Room N404
Indianapolis, IN 46204
@SP
@B RE: Request for Information - WARSAME, Abdirahman Yusuf
@SP
To Whom It May Concern:
@SP
The enclosed Warrant for Arrest of Alien (Form I-200) has been issued for the individual named
above, date of birth May 3, 1988, A-Number 212 345 678. Our office requests that you provide
the subject's current residential address, any vehicles registered in his name, and the most
recent driver's license or identification card photograph.
@SP
This request is made pursuant to 8 U.S.C. § 1357 and 8 C.F.R. § 287.5. Please treat this
request as law enforcement sensitive.
@SP
Thank you for your cooperation. Questions may be directed to me at (312) 555-0163 or
marcus.hollings@ice.dhs.gov.
@SP
Sincerely,
@SP
@SP
Marcus T. Hollings
Supervisory Detention and Deportation Officer
Chicago Field Office
@SP
Enclosure: Form I-200
@PB
@c U.S. Department of Homeland Security
@T WARRANT FOR ARREST OF ALIEN
@R File No. 212345678
@R Date: 09/28/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and
Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of
arrest for immigration violations
@SP
I have determined that there is probable cause to believe that ABDIRAHMAN YUSUF WARSAME is
removable from the United States. This determination is based upon:
@SP
  [X] the execution of a charging document to initiate removal proceedings against the subject;
  [ ] the pendency of ongoing removal proceedings against the subject;
  [ ] the failure to establish admissibility subsequent to deferred inspection;
  [ ] biometric confirmation of the subject's identity and a records check of federal databases;
  [ ] statements made voluntarily by the subject to an immigration officer.
@SP
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration
and Nationality Act, the above-named alien.
@SP
@SP
(Signature of Authorized Immigration Officer)   /s/ S. M. Brandt
Sylvia M. Brandt, Field Office Director, Chicago
(Printed Name and Title of Authorized Immigration Officer)
@HR
@B Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ______________ on
______________ (Date), and the contents of this notice were read to him or her in the
______________ language.
@SP
@S Form I-200 (Rev. 09/16)
"""
    make_scanned("bqq03", t03, "serif", rng, flips=(0, 180))
    label("bqq03", "scanned", "ERO cover letter on field-office letterhead (FOD named above signer) + I-200, second page upside down",
          ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Chicago Field Office",
           "Marcus T. Hollings", "Supervisory Detention and Deportation Officer", "marcus.hollings@ice.dhs.gov", "(312) 555-0163"),
          [("Abdirahman Yusuf Warsame", "1988-05-03", [("a_number", "A212345678")])],
          ["8 USC 1357", "8 CFR 287.5", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200",
          "civil_immigration", ["address", "vehicle", "photo"], "mail")

    # ---------------- bqq04: city police fax cover + request form (fax)
    t04 = """@T FAX TRANSMITTAL
@C LORAIN POLICE DEPARTMENT - DETECTIVE BUREAU
@c 100 West Erie Avenue, Lorain, Ohio 44052
@HR
DATE:      10/14/2026
TO:        Ohio Bureau of Motor Vehicles - Records Request Section
FAX:       (614) 555-0188
FROM:      Det. Raymond Kowalczyk
PHONE:     (440) 555-0131
PAGES:     2 (including cover)
RE:        Records request - LPD-26-014552
@HR
Please see attached request form. Return by fax to (440) 555-0132. Thank you.
@SP
@S CONFIDENTIALITY NOTICE: This facsimile contains law enforcement sensitive information intended only for the addressee. If you received it in error, notify the sender by telephone and destroy all copies.
@PB
@C LAW ENFORCEMENT RECORDS REQUEST
@c (BMV 1173 - agency copy)
@HR
Requesting Agency:        Lorain Police Department
Officer Name / Badge:     Det. Raymond Kowalczyk  #218
Telephone:                (440) 555-0131
Case / Report No.:        LPD-26-014552
Offense(s):               Theft, R.C. 2913.02; Forgery, R.C. 2913.31
@HR
SUBJECT 1  Name (Last, First, Middle):  PETROVIĆ, Dragan
           DOB: 04/11/1979        OL #: RS441872
SUBJECT 2  Name (Last, First, Middle):  MILLER, Shawna R.
           DOB: 12/02/1985        OL #: unknown
@HR
Records requested:
  [X] Driver license / ID photo
  [X] Address history
  [ ] Vehicle registration
  [ ] Certified driving record
@HR
Certification: I certify that this request is made for a law enforcement purpose permitted by
18 U.S.C. 2721(b)(1) and R.C. 4501.27 and that the information will be used only for that
purpose.
@SP
Signature:  R. Kowalczyk                Date: 10/14/2026
"""
    make_fax("bqq04", t04, "sans", rng, "OCT-14-2026 11:07  FROM: LORAIN PD DET BUREAU  4405550132")
    label("bqq04", "fax", "city police fax cover + label/value records request form, two subjects",
          ("local-police", "Lorain Police Department", "Raymond Kowalczyk", "Detective", None, "(440) 555-0131"),
          [("Dragan Petrović", "1979-04-11", [("license", "RS441872")]), ("Shawna R. Miller", "1985-12-02", [])],
          ["ORC 2913.02", "ORC 2913.31", "18 USC 2721", "ORC 4501.27"], "none", None, "criminal_investigation",
          ["photo", "address"], "fax")

    # ---------------- bqq05: FBI e-mail + AO 93 PDF
    ao93 = """@C UNITED STATES DISTRICT COURT
@c for the
@c District of Utah
@HR
In the Matter of the Search of
Records maintained by the Utah Department of Workforce Services relating to the persons
identified in Attachment A
@R Case No. 2:26-mj-00417-MLO
@T SEARCH AND SEIZURE WARRANT
To:  Any authorized law enforcement officer
@SP
An application by a federal law enforcement officer or an attorney for the government requests
the search of the following person or property located in the District of Utah:
See Attachment A.
@SP
I find that the affidavit(s), or any recorded testimony, establish probable cause to search and
seize the person or property described above, and that such search will reveal: See Attachment B.
@SP
YOU ARE COMMANDED to execute this warrant on or before October 23, 2026 (not to exceed 14 days)
  [X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night
@SP
Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for
the property taken to the person from whom, or from whose premises, the property was taken.
The officer executing this warrant, or an officer present during the execution of the warrant,
must prepare an inventory as required by law and promptly return this warrant and inventory to
Hon. Margaret L. Oyelaran.
@SP
  [ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse
  result listed in 18 U.S.C. § 2705 (except for delay of trial).
@SP
Date and time issued:  10/09/2026  3:12 pm              /s/ Margaret L. Oyelaran
                                                              Judge's signature
City and state:  Salt Lake City, Utah     Hon. Margaret L. Oyelaran, U.S. Magistrate Judge
@S AO 93 (Rev. 11/13) Search and Seizure Warrant
@PB
@C ATTACHMENT A - Property to be searched
Records in the possession, custody or control of the Utah Department of Workforce Services,
140 East 300 South, Salt Lake City, Utah, relating to:
  1. Jesús Alberto IBÁÑEZ ROJAS, date of birth 03/17/1984, SSN ending 4471
  2. Kristin Marie DAHLQUIST, date of birth 1990-08-05
@SP
@C ATTACHMENT B - Particular things to be seized
All records from January 1, 2024 to present constituting evidence of violations of
18 U.S.C. §§ 1343 (wire fraud) and 1028A (aggravated identity theft), including:
  a. unemployment insurance claims, applications and weekly certifications;
  b. benefit payment records, including bank routing and account numbers and debit card records;
  c. quarterly wage records and employer names;
  d. addresses, telephone numbers and e-mail addresses on file;
  e. IP address and login records for online claim filing.
"""
    m = base_msg("Caroline Ashby <cashby@fbi.gov>", "DWS Records Custodian <dwsrecords@utah.gov>",
                 "Search warrant service - UT DWS records - 2:26-mj-00417", "Fri, 09 Oct 2026 16:48:03 -0600",
                 "<qq05.2210@fbi.gov>")
    m.set_content("""Good afternoon,

Attached please find a federal search and seizure warrant signed by Magistrate Judge Oyelaran
this afternoon. The warrant commands production of claims, payment and wage records for the two
individuals named in Attachment A. We are investigating fraudulent unemployment insurance claims
(wire fraud, 18 U.S.C. § 1343).

Please produce the responsive records to me electronically by October 23. A records
certification (business records declaration) would be appreciated.

Thank you,

Caroline Ashby
Special Agent
Federal Bureau of Investigation
Salt Lake City Field Office - Ogden RA
(801) 555-0172
""")
    m.add_attachment(att_pdf_bytes("bqq05_ao93", ao93, "serif"), maintype="application", subtype="pdf",
                     filename="2026-10-09 SW 2-26-mj-00417 signed.pdf")
    write_eml("bqq05", m)
    label("bqq05", "eml", "FBI agent email with signed AO 93 search warrant PDF attached, two subjects in Attachment A",
          ("doj-fbi", "Federal Bureau of Investigation, Salt Lake City Field Office", "Caroline Ashby", "Special Agent",
           "cashby@fbi.gov", "(801) 555-0172"),
          [("Jesús Alberto Ibáñez Rojas", "1984-03-17", [("ssn_last4", "4471")]), ("Kristin Marie Dahlquist", "1990-08-05", [])],
          ["18 USC 1343", "18 USC 3103a", "18 USC 2705", "18 USC 1028A"], "judicial_warrant", "AO 93",
          "criminal_investigation", ["claims", "benefits", "wages", "employment", "address", "phone", "email", "other"], "email")

    # ---------------- bqq06: DEA 21 USC 876 subpoena (born digital)
    t06 = """@C U.S. Department of Justice
@C Drug Enforcement Administration
@T SUBPOENA
@R File No. M3-26-0114
@R G-DEP Identifier: MMF1C
TO:  Custodian of Records
     Kansas Department of Labor, Unemployment Insurance Division
     401 SW Topeka Boulevard, Topeka, Kansas 66603
@SP
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent
Tomás R. Villaseñor, an official of the Drug Enforcement Administration, at DEA Wichita Resident
Office, 1919 N. Amidon, Suite 400, Wichita, Kansas, on November 2, 2026 at 10:00 a.m., to testify
and give information in connection with an investigation pursuant to the Comprehensive Drug Abuse
Prevention and Control Act of 1970 (Sec. 506 of Public Law 91-513; Title 21, United States Code,
Section 876), relating to the enforcement of the Controlled Substances Act, and to bring with you
and produce the following:
@SP
Quarterly wage records reported from January 1, 2024 to present, together with employer names,
addresses and FEIN, for:
  1. DE LA CRUZ MENDOZA, Rafael   DOB 06/09/1987   SSN XXX-XX-0932
  2. BONDARENKO, Yaroslav         DOB 1993-01-21
@SP
In lieu of appearance, you may comply by mailing legible copies of the records, with a
certification of authenticity, to the agent named above.
@SP
This subpoena is issued in an investigation of violations of 21 U.S.C. §§ 841 and 846. You are
requested not to disclose the existence of this subpoena, as disclosure could impede the
investigation.
@SP
Failure to comply with this subpoena may render you liable to proceedings in the United States
District Court to enforce obedience to the requirements of this subpoena.
@SP
@SP
Issued this 14th day of October, 2026.
@SP
/s/ Tomás R. Villaseñor
Tomás R. Villaseñor, Special Agent
Wichita Resident Office, Kansas City District Office
Telephone (316) 555-0124   tomas.r.villasenor@dea.gov
"""
    make_pdf("bqq06", t06, "serif")
    label("bqq06", "born_digital", "DEA administrative subpoena (21 USC 876) to labor department, two subjects, district-court enforcement clause",
          ("doj-dea", "Drug Enforcement Administration", "Tomás R. Villaseñor", "Special Agent",
           "tomas.r.villasenor@dea.gov", "(316) 555-0124"),
          [("Rafael de la Cruz Mendoza", "1987-06-09", [("ssn_last4", "0932")]), ("Yaroslav Bondarenko", "1993-01-21", [])],
          ["PL 91-513", "21 USC 876", "21 USC 841", "21 USC 846"], "administrative_subpoena", None,
          "criminal_investigation", ["wages", "employment"], "mail")

    # ---------------- bqq07: Montana Highway Patrol web-form (txt)
    write_txt("bqq07", """=== MVD Law Enforcement Records Request - Online Submission ===
Submission ID:        LE-2026-10-3391
Submitted:            2026-10-19 06:52 MDT
Routed to:            Records Unit (auto-notification)

Requesting agency:    Montana Highway Patrol
Agency ORI:           MT0259900
Requester name:       Trooper Cody J. Lindqvist
Badge/ID:             7712
Email:                clindqvist@mt.gov
Phone:                406-555-0108
Case/incident #:      MHP-26-22180

Nature of investigation:
  Hit and run resulting in injury (MCA 61-7-103). Pickup left scene on US-93 north of Lolo at
  approx. 2315 hrs on 10/17. Partial plate obtained from witness.

Subject(s):
  Name:   BOYD, Travis Allen
  DOB:    02 Dec 1976
  DL #:   0301976412345 (MT)

Records requested:
  [x] Registered owner / vehicle registration history (plate 24-8831B)
  [x] Driver license photo
  [x] Residential address
  [ ] Driving record

Legal authority cited:  18 U.S.C. 2721(b)(1); MCA 61-11-105

Certification: [x] I certify that I am a sworn law enforcement officer and this request is for
an official law enforcement purpose.
=== end of submission ===
""")
    label("bqq07", "txt", "state patrol web-portal submission notification, label/value layout",
          ("state-police", "Montana Highway Patrol", "Cody J. Lindqvist", "Trooper", "clindqvist@mt.gov", "406-555-0108"),
          [("Travis Allen Boyd", "1976-12-02", [("license", "0301976412345")])],
          ["MCA 61-7-103", "18 USC 2721", "MCA 61-11-105"], "none", None, "criminal_investigation",
          ["vehicle", "photo", "address"], "email")

    # ---------------- bqq08: I-138 Immigration Enforcement Subpoena (born digital)
    t08 = """@c U.S. Department of Homeland Security
@T IMMIGRATION ENFORCEMENT SUBPOENA
@c (To Appear and/or Produce Records)
@R Subpoena Number: ELP-26-ERO-0881
@HR
To: Custodian of Records
    New Mexico Taxation and Revenue Department, Motor Vehicle Division
    1100 South St. Francis Drive, Santa Fe, NM 87504
@SP
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before the officer of
the Department of Homeland Security named below at the place, date and time indicated, to give
testimony and/or to produce the records listed below, in connection with an investigation or
inquiry relating to the enforcement of the Immigration and Nationality Act (8 U.S.C. § 1101 et
seq.) concerning:
@SP
@B Admissibility and removability of NÚÑEZ ECHEVERRÍA, Rosa Elena, DOB 11/04/1995, A# 219-556-012
@SP
Records to be produced: all driver license and identification card applications, photographs,
residential and mailing addresses, and vehicle registrations from January 2023 to present.
@SP
Place: ICE ERO El Paso Field Office, 11541 Montana Avenue, El Paso, TX 79936
Date: October 28, 2026          Time: 9:00 a.m.
(Records may be mailed in lieu of appearance.)
@SP
This subpoena is issued pursuant to section 235(d)(4)(A) of the Immigration and Nationality Act,
8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4.
@SP
Failure to comply with this subpoena may subject you to proceedings in a United States District
Court to compel compliance.
@HR
Issued by:  /s/ Victor A. Lindgren
Victor A. Lindgren, Assistant Field Office Director
Enforcement and Removal Operations, El Paso Field Office
Tel. (915) 555-0150
Date: 10/07/2026
@SP
@S Form I-138 (Rev. 08/11)
"""
    make_pdf("bqq08", t08, "sans")
    label("bqq08", "born_digital", "DHS Form I-138 immigration enforcement subpoena to MVD, enforcement clause",
          ("dhs-ice-ero", "Enforcement and Removal Operations, El Paso Field Office", "Victor A. Lindgren",
           "Assistant Field Office Director", None, "(915) 555-0150"),
          [("Rosa Elena Núñez Echeverría", "1995-11-04", [("a_number", "A219556012")])],
          ["8 USC 1101", "INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138",
          "civil_immigration", ["license", "identity_documents", "photo", "address", "vehicle"], "mail")

    # ---------------- bqq09: forwarded HSI e-mail (message/rfc822)
    inner = base_msg('"O\'Halloran, Brendan" <brendan.ohalloran@ice.dhs.gov>', "trenton.uioffice@dol.nj.gov",
                     "Request for wage/employer records - HSI Newark", "Wed, 14 Oct 2026 15:20:41 -0400",
                     "<qq09inner.55@ice.dhs.gov>")
    inner.set_content("""Good afternoon,

HSI Newark is investigating a human smuggling and labor trafficking organization operating in
Middlesex and Monmouth Counties (8 U.S.C. § 1324; 18 U.S.C. § 1589). I am requesting quarterly
wage records, employer names and addresses on file since 2024 for the following individuals:

  PHAM, Quoc Bao        DOB 5/14/1989
  NGUYEN, Thi Mai       DOB March 15, 1992
  HRYTSENKO, Oksana     DOB 1997-09-30

We believe several of them were paid through Garden State Seafood Processing LLC of Edison; we
are not requesting the employer's own account records at this time.

Please contact me with any questions.

V/r,
Brendan O'Halloran
Special Agent
Homeland Security Investigations - Newark
(973) 555-0139
""")
    m = base_msg("Priya Natarajan <priya.natarajan@dol.nj.gov>", "UI Records Disclosure <ui.disclosure@dol.nj.gov>",
                 "FW: Request for wage/employer records - HSI Newark", "Thu, 15 Oct 2026 09:02:10 -0400",
                 "<qq09outer.56@dol.nj.gov>")
    m.set_content("""Forwarding for logging -- this came into the Trenton office mailbox yesterday afternoon.
Can your unit handle? Original message attached.

Priya Natarajan
Benefit Payment Control
NJ Department of Labor and Workforce Development
""")
    m.add_attachment(inner, filename="Request for wage-employer records - HSI Newark.eml")
    write_eml("bqq09", m)
    label("bqq09", "eml", "internal forward from state labor staff, original HSI request attached as message/rfc822, three subjects",
          ("dhs-ice-hsi", "Homeland Security Investigations - Newark", "Brendan O'Halloran", "Special Agent",
           "brendan.ohalloran@ice.dhs.gov", "(973) 555-0139"),
          [("Quoc Bao Pham", "1989-05-14", []), ("Thi Mai Nguyen", "1992-03-15", []), ("Oksana Hrytsenko", "1997-09-30", [])],
          ["8 USC 1324", "18 USC 1589"], "none", None, "criminal_investigation", ["wages", "employment"], "email")

    # ---------------- bqq10: Texas search warrant + cover letter (scanned)
    t10 = """@C LAREDO POLICE DEPARTMENT
@c Investigations Division - Financial Crimes Unit
@c 4712 Maher Avenue, Laredo, Texas 78041
@HR
@R October 13, 2026
Texas Workforce Commission
Office of General Counsel - Open Records / Subpoenas
101 East 15th Street, Austin, Texas 78778
@SP
Re: Search Warrant - LPD Case 26-118204
@SP
Enclosed is a search warrant signed today by the Judge of the 111th District Court, Webb County,
for wage and employer records relating to Héctor Manuel Rodríguez Villarreal. Please fax the
responsive records and a business records affidavit to (956) 555-0178, attention to the
undersigned.
@SP
Respectfully,
@SP
Det. Mariela Cantú-Ortiz
Financial Crimes Unit
(956) 555-0177
mcantu-ortiz@ci.laredo.tx.us
@PB
@C THE STATE OF TEXAS          §
@C COUNTY OF WEBB              §
@T SEARCH WARRANT
THE STATE OF TEXAS: To the Sheriff or any Peace Officer of Webb County, Texas, or any Peace
Officer of the State of Texas, GREETINGS:
@SP
WHEREAS, the Affiant, whose name appears on the affidavit attached hereto, is a peace officer
under the laws of Texas and did heretofore this day subscribe and swear to said affidavit before
me, and whereas I find that the verified facts stated by Affiant in said affidavit show that
Affiant has probable cause for the belief expressed therein and establish the existence of proper
grounds for issuance of this Warrant pursuant to Article 18.02(a)(10), Texas Code of Criminal
Procedure;
@SP
NOW, THEREFORE, you are commanded to search the records held by the Texas Workforce Commission for
all wage records, employer names and addresses, and addresses of record from January 1, 2023 to
the present relating to RODRÍGUEZ VILLARREAL, Héctor Manuel, DOB 1983-10-27, Texas DL 28813406,
which constitute evidence of the offenses of Theft, Tex. Penal Code § 31.03, and Misapplication of
Fiduciary Property, Tex. Penal Code § 32.45.
@SP
HEREIN FAIL NOT, and due return make hereof.
@SP
ISSUED at 10:40 o'clock a.m. on this the 13th day of October, 2026, to certify which witness my
hand this day.
@SP
@SP
                         ______/s/ R. P. Salinas______
                         JUDGE, 111th District Court
                         Webb County, Texas
                         Hon. Ricardo P. Salinas
"""
    make_scanned("bqq10", t10, "serif", rng, flips=(0, 0))
    label("bqq10", "scanned", "city police cover letter + Texas state-court search warrant (district judge)",
          ("local-police", "Laredo Police Department", "Mariela Cantú-Ortiz", "Detective",
           "mcantu-ortiz@ci.laredo.tx.us", "(956) 555-0177"),
          [("Héctor Manuel Rodríguez Villarreal", "1983-10-27", [("license", "28813406")])],
          ["TX CCP 18.02", "TX PC 31.03", "TX PC 32.45"], "judicial_warrant", None, "criminal_investigation",
          ["wages", "employment", "address"], "mail")

    # ---------------- bqq11: I-247A detainer (fax)
    t11 = """@C ICE ERO ATLANTA FIELD OFFICE - FAX
To: Georgia Department of Correction, Offender Administration / Detainer Unit
Fax: (478) 555-0102        Pages: 2
From: SDDO Derrick L. Osei, (404) 555-0191
@SP
Please lodge the attached detainer and advise projected release date. Thank you.
@SP
@S CONFIDENTIALITY NOTICE: This transmission contains sensitive but unclassified information. If received in error, notify the sender at (404) 555-0191 and destroy it.
@PB
@c DEPARTMENT OF HOMELAND SECURITY
@T IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 384519027        Event #: ATL2610000412        File No: A 215 903 448
Date: 10/20/2026
TO: (Name and Title of Institution) Georgia Department of Corrections - Lee State Prison
FROM: (DHS Office Address) ICE ERO Atlanta, 180 Ted Turner Dr. SW, Atlanta, GA 30303
Name of Alien: MENDOZA ARÉVALO, José Luis
Date of Birth: 01/19/1990     Citizenship: Honduras     Sex: M
@SP
1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS
DETERMINATION IS BASED ON:
  [X] A final order of removal against the alien;
  [ ] The pendency of ongoing removal proceedings against the alien;
  [ ] Biometric confirmation of the alien's identity and a records check of federal databases;
  [ ] Statements made by the alien to an immigration officer.
@SP
IT IS THEREFORE REQUESTED THAT YOU:
  - Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is
    released from your custody.
  - Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she
    would otherwise have been released from your custody to allow DHS to assume custody.
  - Relay this detainer to any other law enforcement agency to which you transfer the alien.
@SP
This detainer arises from DHS authorities and should not impact decisions about the alien's bail,
rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or
other matters. It is issued under sections 236 and 287 of the Immigration and Nationality Act
and 8 CFR 287.7.
@SP
This form was accompanied by:  [ ] Form I-200   [X] Form I-205 (served separately)
@SP
/s/ D. L. Osei
Derrick L. Osei, Supervisory Detention and Deportation Officer
(Name and Title of Immigration Officer)
@S Form I-247A (3/17)
"""
    make_fax("bqq11", t11, "sans", rng, "10/20/2026 14:32 ICE ERO ATL  +14045550190")
    label("bqq11", "fax", "ERO I-247A detainer with short fax cover to state corrections",
          ("dhs-ice-ero", "ICE ERO Atlanta Field Office", "Derrick L. Osei", "Supervisory Detention and Deportation Officer",
           None, "(404) 555-0191"),
          [("José Luis Mendoza Arévalo", "1990-01-19", [("a_number", "A215903448")])],
          ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration", ["other"], "fax")

    # ---------------- bqq12: AUSA letter + AO 110 grand jury subpoena (born digital)
    t12 = """@C U.S. Department of Justice
@c United States Attorney
@c District of Minnesota
@S 600 United States Courthouse, 300 South Fourth Street, Minneapolis, MN 55415   (612) 555-0150
@HR
@R October 15, 2026
Custodian of Records
Minnesota Department of Employment and Economic Development
Unemployment Insurance Program
332 Minnesota Street, Suite E200
St. Paul, MN 55101
@SP
@B Re: Federal Grand Jury Subpoena No. GJ2026-118
@SP
Dear Custodian:
@SP
Enclosed is a subpoena issued by a federal grand jury sitting in this district. In lieu of
appearing on the return date, you may comply by producing the requested records, with the
enclosed certificate of authenticity, to the undersigned on or before the return date.
@SP
Although Rule 6(e) of the Federal Rules of Criminal Procedure does not bind witnesses, we request
that you not disclose the existence of this subpoena, as disclosure could impede an ongoing
investigation.
@SP
Very truly yours,
@SP
JOANNA R. FELD
United States Attorney
@SP
By: /s/ Daniel K. Osterberg
Daniel K. Osterberg
Assistant United States Attorney
(612) 555-0155  |  daniel.osterberg@usdoj.gov
@SP
Enclosures
@PB
@S AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
@C UNITED STATES DISTRICT COURT
@c for the
@c District of Minnesota
@T SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, Minnesota Department of Employment and Economic Development,
    332 Minnesota Street, Suite E200, St. Paul, MN 55101
@SP
YOU ARE COMMANDED to appear in this United States district court at the time, date, and place
shown below to testify before the court's grand jury. When you arrive, you must remain at the
court until the judge or a court officer allows you to leave.
@SP
Place: U.S. Courthouse, 300 South Fourth Street, Minneapolis, MN      Date and Time: 11/05/2026 9:00 am
Grand Jury Room 11W
@SP
You must also bring with you the following documents, electronically stored information, or
objects: SEE ATTACHMENT.
@SP
Date: 10/15/2026                              CLERK OF COURT
                                              /s/ K. Fogarty
                                              Signature of Clerk or Deputy Clerk
@SP
The name, address, e-mail, and telephone number of the United States attorney, or assistant
United States attorney, who requests this subpoena, are:
Daniel K. Osterberg, AUSA, 300 South Fourth Street, Suite 600, Minneapolis, MN 55415,
daniel.osterberg@usdoj.gov, (612) 555-0155
@PB
@C ATTACHMENT TO GRAND JURY SUBPOENA GJ2026-118
For the period January 1, 2023 through the present, produce all unemployment insurance claim
records, benefit payment records (including payment method, bank account and debit card
information), wage detail records, and addresses and telephone numbers of record for:
@SP
  1. Faadumo Cali ABDULLAHI          date of birth 04/02/1986
  2. Hussein Mohamed JAMA            date of birth 1979-07-19
  3. MITCHELL, Brandon Lee           date of birth 11/23/1991
"""
    make_pdf("bqq12", t12, "serif")
    label("bqq12", "born_digital", "AUSA cover letter (US Attorney's name above AUSA signer) + AO 110 grand jury subpoena + attachment, three subjects",
          ("doj-usao", "United States Attorney, District of Minnesota", "Daniel K. Osterberg", "Assistant United States Attorney",
           "daniel.osterberg@usdoj.gov", "(612) 555-0155"),
          [("Faadumo Cali Abdullahi", "1986-04-02", []), ("Hussein Mohamed Jama", "1979-07-19", []),
           ("Brandon Lee Mitchell", "1991-11-23", [])],
          ["FRCrP 6"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
          ["claims", "benefits", "wages", "address", "phone", "other"], "mail")

    # ---------------- bqq13: reply thread, warrant promised later (eml)
    m = base_msg('"Vang, Hollis" <hollis.vang@greshamoregon.gov>',
                 '"Ortega-Blanco, Marisol" <marisol.ortega-blanco@odhsoha.oregon.gov>',
                 "RE: Records request - SOKOLOVA", "Tue, 20 Oct 2026 10:31:55 -0700", "<qq13.901@greshamoregon.gov>")
    m.set_content("""Hi Marisol,

Understood on the court order requirement. I'm drafting a search warrant for the records now and
should have it signed by a judge early next week -- I'll send it over as soon as it's signed.
In the meantime is there anything you can tell me without it? Even confirming whether you have a
current address would help.

Thanks,
Hollis

Det. Hollis Vang | Gresham Police Department | Property Crimes Unit
503-555-0126 | hollis.vang@greshamoregon.gov

-----Original Message-----
From: Ortega-Blanco, Marisol <marisol.ortega-blanco@odhsoha.oregon.gov>
Sent: Monday, October 19, 2026 9:12 AM
To: Vang, Hollis <hollis.vang@greshamoregon.gov>
Subject: RE: Records request - SOKOLOVA

Detective Vang,

Thank you for your request. Under ORS 180.805 and ODHS policy we can release client information
to law enforcement only in response to a court order or a warrant signed by a judge. Once you
have one, please send it to this address and we will process it promptly.

Marisol Ortega-Blanco
Records & Information Disclosure, Oregon Department of Human Services

> -----Original Message-----
> From: Vang, Hollis
> Sent: Friday, October 16, 2026 4:47 PM
> Subject: Records request - SOKOLOVA
>
> Good afternoon. I'm investigating an identity theft (ORS 165.800) and theft by deception
> case, GPD 26-40977. I'm requesting the address and phone number on file, and any EBT card
> issuance history, for SOKOLOVA, Irina Petrovna, DOB 1994-06-21.
>
> Det. Hollis Vang, Gresham PD
""")
    write_eml("bqq13", m)
    label("bqq13", "eml", "police reply in a thread quoting agency's refusal; warrant promised, not attached",
          ("local-police", "Gresham Police Department", "Hollis Vang", "Detective", "hollis.vang@greshamoregon.gov", "503-555-0126"),
          [("Irina Petrovna Sokolova", "1994-06-21", [])],
          ["ORS 180.805", "ORS 165.800"], "none", None, "criminal_investigation", ["address", "phone", "benefits"], "email")

    # ---------------- bqq14: WA prosecutor letter + superior court order (born digital)
    t14 = """@C WHATCOM COUNTY PROSECUTING ATTORNEY
@c Margaret A. Solheim, Prosecuting Attorney
@c 311 Grand Avenue, Suite 201, Bellingham, WA 98225
@HR
@R October 21, 2026
Washington State Department of Licensing
Public Disclosure / Records Custodian
PO Box 9030, Olympia, WA 98507
@SP
Re: State v. Kowalski, Whatcom County Superior Court No. 26-1-00412-37
@SP
Enclosed is a certified copy of an Order for Production of Records entered yesterday by the
Honorable Rebecca S. Thornquist. Please produce the records described in the order, with a
certification under ER 902(11), to my attention within fourteen days.
@SP
Sincerely,
@SP
Theodore J. Nakamura, WSBA #41822
Deputy Prosecuting Attorney
(360) 555-0144  tnakamura@co.whatcom.wa.us
@SP
cc: Kelsey Marchetti, Whatcom County Public Defender (counsel for defendant)
@PB
@C SUPERIOR COURT OF WASHINGTON FOR WHATCOM COUNTY
@HR
STATE OF WASHINGTON,                         No. 26-1-00412-37
                 Plaintiff,
       v.                                    ORDER FOR PRODUCTION OF RECORDS
ANDRZEJ PIOTR KOWALSKI,                      (Department of Licensing)
                 Defendant.
@HR
THIS MATTER having come before the Court on the State's motion under CrR 4.7(d), the defendant
being charged with Vehicular Assault, RCW 46.61.522, and Hit and Run - Injury, RCW 46.52.020, and
the Court having reviewed the files and records herein and being fully advised;
@SP
IT IS ORDERED that the Washington State Department of Licensing shall produce to the Whatcom
County Prosecuting Attorney, within fourteen (14) days of service of this order, certified copies
of the following records for ANDRZEJ PIOTR KOWALSKI, DOB 02/08/1981, WA driver license
WDL7K2M9P41B:
  1. driver license record and license application history;
  2. all photographs on file;
  3. address history;
  4. vehicle registration and title records for vehicles registered to him since 01/01/2024.
@SP
IT IS FURTHER ORDERED that the records may be authenticated by certification under ER 902(11).
@SP
DONE IN OPEN COURT this 20th day of October, 2026.
@SP
                                  /s/ Rebecca S. Thornquist
                                  JUDGE REBECCA S. THORNQUIST
@SP
Presented by: Theodore J. Nakamura, WSBA #41822, Deputy Prosecuting Attorney
"""
    make_pdf("bqq14", t14, "serif")
    label("bqq14", "born_digital", "deputy prosecutor letter (elected PA named in letterhead) + Washington superior court order",
          ("district-attorney", "Whatcom County Prosecuting Attorney", "Theodore J. Nakamura", "Deputy Prosecuting Attorney",
           "tnakamura@co.whatcom.wa.us", "(360) 555-0144"),
          [("Andrzej Piotr Kowalski", "1981-02-08", [("license", "WDL7K2M9P41B")])],
          ["WA ER 902", "WA CrR 4.7", "RCW 46.61.522", "RCW 46.52.020"], "court_order", None, "criminal_investigation",
          ["license", "photo", "address", "vehicle"], "mail")

    # ---------------- bqq15: SSA OIG HTML-only email
    m = base_msg('"Reddick, Latoya M." <latoya.reddick@ssa.gov>', "MDES Records <records@mdes.ms.gov>",
                 "SSA-OIG request - wage records (JA-26-0312)", "Wed, 21 Oct 2026 13:05:00 -0500", "<qq15.33@ssa.gov>")
    m.set_content("""<html><body style="font-family:Calibri,Arial">
<p>Good afternoon,</p>
<p>The Social Security Administration, Office of the Inspector General, is investigating possible
violations of 42 U.S.C. &sect; 408(a)(4) (concealment of work activity while receiving disability
benefits) and 18 U.S.C. &sect; 641. I am requesting quarterly wage records and employer names and
addresses for the period 2022 Q1 through the most recent quarter for the individual below.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>SSN</th></tr>
<tr><td>BYRD, Clarence Edward</td><td>04/09/1960</td><td>XXX-XX-5518</td></tr>
</table>
<p>We understand disclosure to a federal law enforcement agency is permitted under 20 C.F.R. Part 603
and Miss. Code Ann. &sect; 71-5-127.</p>
<p>Respectfully,</p>
<p><b>Latoya M. Reddick</b><br>Special Agent<br>Social Security Administration, Office of the Inspector General<br>
Office of Investigations, Jackson (MS) Resident Office<br>Office: 601-555-0110<br>
<i>This e-mail may contain Privacy Act protected information. If you are not the intended recipient, please delete it.</i></p>
</body></html>
""", subtype="html")
    write_eml("bqq15", m)
    label("bqq15", "eml", "SSA OIG HTML-only email with table, one subject with SSN last four",
          ("ssa-oig", "Social Security Administration, Office of the Inspector General", "Latoya M. Reddick", "Special Agent",
           "latoya.reddick@ssa.gov", "601-555-0110"),
          [("Clarence Edward Byrd", "1960-04-09", [("ssn_last4", "5518")])],
          ["42 USC 408", "18 USC 641", "20 CFR 603", "MS Code 71-5-127"], "none", None, "criminal_investigation",
          ["wages", "employment"], "email")

    # ---------------- bqq16: CBP Form 3115 summons (scanned)
    t16 = """@c DEPARTMENT OF HOMELAND SECURITY
@c U.S. Customs and Border Protection
@T SUMMONS
@R Case No. LB-OFO-26-0377
To:  Custodian of Records, California Department of Motor Vehicles
     Registration Operations, 2415 First Avenue, Sacramento, CA 95818
@SP
In the matter of: Exportation of stolen vehicles through the Port of Long Beach
@SP
By the service of this summons upon you, YOU ARE HEREBY SUMMONED AND REQUIRED to appear before
CBP Officer (Enforcement) Natalie Truong, an officer of U.S. Customs and Border Protection, at
301 E. Ocean Blvd., Suite 1400, Long Beach, CA 90802, on November 6, 2026 at 10:00 a.m., to
testify and to produce the following records:
@SP
Title and registration history, registered owner names and addresses, and lienholder records for
VINs 1FTEW1EP5MKD12345, 5UXCR6C05L9B54321 and 3GNAXUEV6NL223344, and all vehicle registrations and
the address of record for the registered owner GRIGORYAN, Armen Vardanovich, DOB 1985-09-12,
CA DL B7712045.
@SP
This summons is issued pursuant to 19 U.S.C. § 1509 in an inquiry into possible violations of
19 U.S.C. § 1595a and 18 U.S.C. § 553 (exportation of stolen motor vehicles).
@SP
Failure to comply with this summons will render you liable to proceedings in a U.S. District Court
to enforce compliance with this summons as well as other sanctions (19 U.S.C. § 1510).
@SP
Issued by: /s/ Gregory P. Aldana
Gregory P. Aldana, Assistant Port Director, Tactical Operations
Los Angeles/Long Beach Seaport      Telephone: (562) 555-0181
Date: 10/02/2026
@SP
@S CBP Form 3115 (10/99)
"""
    make_scanned("bqq16", t16, "sans", rng, flips=(90,))
    label("bqq16", "scanned", "CBP Form 3115 customs summons (19 USC 1509) to DMV, scanned page turned 90 degrees",
          ("dhs-cbp", "U.S. Customs and Border Protection", "Gregory P. Aldana", "Assistant Port Director, Tactical Operations",
           None, "(562) 555-0181"),
          [("Armen Vardanovich Grigoryan", "1985-09-12", [("license", "B7712045")])],
          ["19 USC 1509", "19 USC 1595a", "18 USC 553", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115",
          "criminal_investigation", ["vehicle", "address"], "mail")

    # ---------------- bqq17: Pennsylvania State Police letter, 3 subjects (born digital)
    t17 = """@C COMMONWEALTH OF PENNSYLVANIA
@C PENNSYLVANIA STATE POLICE
@c Col. Harold B. Winslow, Commissioner
@c Troop J - Lancaster, Criminal Investigation Unit
@c 2099 Lincoln Highway East, Lancaster, PA 17602
@HR
14 October 2026
@SP
Pennsylvania Department of Human Services
Bureau of Program Integrity - Law Enforcement Liaison
P.O. Box 2675, Harrisburg, PA 17105
@SP
@B SUBJECT: Request for Information - PSP Incident No. PA2026-1187734
@SP
Troop J is investigating a theft by deception scheme targeting an elderly Lancaster County
resident, Mrs. Eleanor Stoltzfus, in violation of 18 Pa.C.S. § 3922 (theft by deception) and
18 Pa.C.S. § 3925 (receiving stolen property). Investigators have identified the following
persons, believed to be public assistance recipients, and request their current addresses and
telephone numbers of record:
@SP
  1. Joseph Anthony CASTELLANO          DOB: 1979-03-30
  2. PETTIFORD, Dwayne R.               DOB: 08/14/1988
  3. Nadia KOVALENKO                    DOB: 12 Jan 1995
@SP
We understand the Department may release this information to a law enforcement agency under
62 P.S. § 404 and 55 Pa. Code § 105.4. The information will be used solely for this criminal
investigation.
@SP
Please direct the response to the undersigned.
@SP
Respectfully,
@SP
Cpl. Megan E. Fitzgerald
Criminal Investigation Unit, Troop J
(717) 555-0103   mefitzgera@pa.gov
@SP
cc: Lt. Steven Barr, Crime Section Commander
"""
    make_pdf("bqq17", t17, "sans")
    label("bqq17", "born_digital", "state police letter with commissioner named in letterhead, corporal signs; three subjects and a named victim",
          ("state-police", "Pennsylvania State Police", "Megan E. Fitzgerald", "Corporal", "mefitzgera@pa.gov", "(717) 555-0103"),
          [("Joseph Anthony Castellano", "1979-03-30", []), ("Dwayne R. Pettiford", "1988-08-14", []),
           ("Nadia Kovalenko", "1995-01-12", [])],
          ["18 PaCS 3922", "18 PaCS 3925", "62 PS 404", "55 PaCode 105.4"], "none", None, "criminal_investigation",
          ["address", "phone"], "mail")

    # ---------------- bqq18: ERO e-mail + I-205 PNG
    i205 = """@c U.S. DEPARTMENT OF HOMELAND SECURITY
@T WARRANT OF REMOVAL/DEPORTATION
@R File No: A201 887 345
@R Date: 09/30/2026
To any immigration officer of the United States Department of Homeland Security:
@SP
@B RUBÉN ESPINOZA-MARTÍNEZ
(Full name of alien who is to be removed)
@SP
who entered the United States at Nogales, AZ on or about April 2011, is subject to
removal/deportation from the United States, based upon a final order by:
  [X] an immigration judge in exclusion, deportation, or removal proceedings
  [ ] a designated official
  [ ] the Board of Immigration Appeals
  [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
  212(a)(6)(A)(i)
@SP
I, the undersigned officer of the United States, by virtue of the power and authority vested in
the Secretary of Homeland Security under the laws of the United States and by his or her
direction, command you to take into custody and remove from the United States the above-named
alien, pursuant to law, at the expense of the appropriation "Enforcement and Removal Operations".
@SP
/s/ John C. Ferraro                        Field Office Director, Phoenix
(Signature of immigration officer)         (Title of immigration officer)
@SP
Phoenix, Arizona    09/30/2026
@S Form I-205 (Rev. 08/07)
"""
    m = base_msg('"Quintero, Adriana" <adriana.quintero@ice.dhs.gov>', "ADCRR Offender Records <records@azadc.gov>",
                 "Final order - ESPINOZA-MARTINEZ - release date?", "Thu, 22 Oct 2026 14:10:37 -0700",
                 "<qq18.4410@ice.dhs.gov>")
    m.set_content("""Good afternoon,

ICE ERO Phoenix has a final order for the inmate below. Attached is the Warrant of
Removal/Deportation (I-205). Please confirm his earliest release date and send a current booking
photo so we can coordinate pickup at the facility.

Inmate:  ESPINOZA-MARTÍNEZ, Rubén
ADCRR #: 312847
DOB:     1993-06-02
A#:      201 887 345

Thank you,

Adriana Quintero
Deportation Officer
ERO Phoenix - Florence Sub-Office
(520) 555-0165
""")
    m.add_attachment(att_image_bytes("bqq18_i205", i205, "sans", rng, "PNG"), maintype="image", subtype="png",
                     filename="I-205_ESPINOZA.png")
    write_eml("bqq18", m)
    label("bqq18", "eml", "ERO email to state corrections with I-205 attached as PNG image",
          ("dhs-ice-ero", "ERO Phoenix - Florence Sub-Office", "Adriana Quintero", "Deportation Officer",
           "adriana.quintero@ice.dhs.gov", "(520) 555-0165"),
          [("Rubén Espinoza-Martínez", "1993-06-02", [("a_number", "A201887345")])],
          ["INA 212"], "administrative_warrant", "I-205", "civil_immigration", ["other", "photo"], "email")

    # ---------------- bqq19: USMS pasted email (txt)
    write_txt("bqq19", """From:     Tillman, Robert (USMS) <robert.tillman@usdoj.gov>
Sent:     Monday, October 26, 2026 7:58 AM
To:       SCDMV Law Enforcement Liaison
Cc:       Marsh, Kendra (USMS)
Subject:  Fugitive locate - DMV info request - HOLLOWAY

Morning,

The Carolinas Regional Fugitive Task Force is attempting to locate a fugitive wanted on a federal
arrest warrant out of the District of South Carolina for felon in possession of a firearm,
18 U.S.C. § 922(g)(1). The warrant was issued 08/14/2026 (I can send the NCIC hit confirmation if
you need it; the warrant itself is not attached).

Subject: HOLLOWAY, Terrence Jamal
DOB:     09/03/1990
SC DL:   103884215

Requesting any address on file, phone, vehicles registered, and most recent photo. His mother,
Ms. Gloria Holloway, has already been interviewed -- please do not run her.

Authority: 28 U.S.C. § 566(e)(1)(B).

Thanks,

DUSM Robert Tillman
U.S. Marshals Service, District of South Carolina
Carolinas Regional Fugitive Task Force
(803) 555-0161 (o)
""")
    label("bqq19", "txt", "Deputy US Marshal pasted email; federal warrant mentioned but not attached; named relative not a subject",
          ("doj-usms", "U.S. Marshals Service, District of South Carolina", "Robert Tillman", "Deputy U.S. Marshal",
           "robert.tillman@usdoj.gov", "(803) 555-0161"),
          [("Terrence Jamal Holloway", "1990-09-03", [("license", "103884215")])],
          ["18 USC 922", "28 USC 566"], "none", None, "criminal_investigation", ["address", "phone", "vehicle", "photo"], "email")

    # ---------------- bqq20: Georgia DA fax + subpoena duces tecum
    t20 = """@C OFFICE OF THE DISTRICT ATTORNEY
@c Chattahoochee Judicial Circuit
@c 100 Tenth Street, Columbus, Georgia 31901
@T FAX
To:     Georgia Department of Labor - Legal Services / Records Custodian
Fax:    (404) 555-0196
From:   Whitney S. Calloway, Assistant District Attorney
Phone:  (706) 555-0114
Date:   October 21, 2026          Pages (incl. cover): 2
Re:     State v. Alston, SU-26-CR-1183 - Subpoena Duces Tecum
@SP
Certified copies mailed or delivered in lieu of appearance are acceptable. Thank you.
@PB
@C IN THE SUPERIOR COURT OF MUSCOGEE COUNTY
@C STATE OF GEORGIA
@HR
THE STATE OF GEORGIA                        Criminal Action No. SU-26-CR-1183
      v.
DEMETRIUS KEON ALSTON, Defendant
@HR
@T SUBPOENA DUCES TECUM
TO: Custodian of Records, Georgia Department of Labor, 148 Andrew Young International Blvd. NE,
Atlanta, Georgia 30303
@SP
You are hereby commanded, laying all other business aside, to be and appear at the Superior Court
of Muscogee County, Government Center, 100 Tenth Street, Columbus, Georgia, on the 9th day of
November, 2026, at 9:00 a.m., to testify as a witness in the above-styled case, in which the
defendant is charged with Theft by Taking, O.C.G.A. § 16-8-2, and to bring with you:
@SP
All employment and quarterly wage records, and all unemployment insurance claims and payment
records, for DEMETRIUS KEON ALSTON, DOB 05/27/1996, from January 1, 2025 to present.
@SP
This subpoena is issued pursuant to O.C.G.A. § 24-13-23. Production of certified copies by mail
in lieu of appearance is authorized by O.C.G.A. § 24-13-26.
@SP
Witness the Honorable Judges of said Court, this 21st day of October, 2026.
@SP
/s/ T. Harrell, Deputy Clerk, Superior Court of Muscogee County
@SP
Requested by: Whitney S. Calloway, Assistant District Attorney, Georgia Bar No. 552917
"""
    make_fax("bqq20", t20, "serif", rng, "21-OCT-2026 16:44 DA CHATT CIRCUIT 706 555 0115")
    label("bqq20", "fax", "district attorney fax cover + Georgia superior court subpoena duces tecum (criminal case)",
          ("district-attorney", "Office of the District Attorney, Chattahoochee Judicial Circuit", "Whitney S. Calloway",
           "Assistant District Attorney", None, "(706) 555-0114"),
          [("Demetrius Keon Alston", "1996-05-27", [])],
          ["OCGA 16-8-2", "OCGA 24-13-23", "OCGA 24-13-26"], "court_subpoena", None, "criminal_investigation",
          ["employment", "wages", "claims"], "fax")

    # ---------------- bqq21: AO 88B civil subpoena by AUSA (born digital)
    t21 = """@S AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
@C UNITED STATES DISTRICT COURT
@c for the
@c Eastern District of Michigan
@HR
MARISA ELENA DELGADO, Plaintiff
        v.                                             Civil Action No. 2:25-cv-13308
UNITED STATES OF AMERICA, Defendant
@T SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
To: Custodian of Records, Michigan Department of State, Office of Record Services,
    7064 Crowner Drive, Lansing, MI 48918
@SP
[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the
following documents, electronically stored information, or objects, and to permit inspection,
copying, testing, or sampling of the material: Certified driving record, driver license
application and license history, and all vehicle registrations for plaintiff MARISA ELENA
DELGADO, date of birth 1987-02-19, together with any crash reports on file involving her.
@SP
Place: U.S. Attorney's Office, 211 W. Fort Street, Suite 2001, Detroit, MI 48226
Date and Time: 11/16/2026 10:00 am
@SP
The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place
of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and
Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential
consequences of not doing so.
@SP
Date: 10/19/2026           CLERK OF COURT            OR     /s/ Ingrid C. Halvorsen
                                                            Attorney's signature
@SP
The name, address, e-mail address, and telephone number of the attorney representing the United
States of America, who issues or requests this subpoena, are: Ingrid C. Halvorsen, Assistant
United States Attorney, 211 W. Fort Street, Suite 2001, Detroit, MI 48226;
ingrid.halvorsen@usdoj.gov; (313) 555-0137.
@SP
Notice to the person who issues or requests this subpoena: If this subpoena commands the
production of documents before trial, a notice and a copy of the subpoena must be served on each
party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P.
45(a)(4).
@SP
cc: Rachel Moss, Moss & Kettering PLC (counsel for plaintiff)
@PB
@C Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)
@S (c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, or regularly transacts business in person ...
@S (d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena ...
@S (e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored Information ...
@S (g) Contempt. The court for the district where compliance is required may hold in contempt a person who, having been served, fails without adequate excuse to obey the subpoena or an order related to it.
@SP
@S This action arises under the Federal Tort Claims Act, 28 U.S.C. § 2671 et seq.
"""
    make_pdf("bqq21", t21, "sans")
    label("bqq21", "born_digital", "AO 88B civil subpoena signed by AUSA in tort case (plaintiff's driving record); civil, purpose unknown",
          ("doj-usao", "United States Attorney's Office, Eastern District of Michigan", "Ingrid C. Halvorsen",
           "Assistant United States Attorney", "ingrid.halvorsen@usdoj.gov", "(313) 555-0137"),
          [("Marisa Elena Delgado", "1987-02-19", [])],
          ["FRCP 45", "28 USC 2671"], "court_subpoena", "AO 88B", "unknown", ["license", "vehicle", "other"], "mail")

    # ---------------- bqq22: ATF plain email, two subjects
    m = base_msg("Kwame A. Boateng <kwame.boateng@atf.gov>", "KYTC Driver Licensing <kytc.dlrecords@ky.gov>",
                 "Request -- DL photos/addresses (ATF 786045-26-0018)", "Mon, 26 Oct 2026 11:22:09 -0500",
                 "<qq22.77@atf.gov>", cc="Brooks, Shannon <shannon.brooks@atf.gov>")
    m.set_content("""Hello,

ATF Bowling Green is investigating a series of straw purchases of firearms from licensed dealers
in Warren and Barren Counties (false statements, 18 U.S.C. § 922(a)(6) and § 924(a)(1)(A)).
Request the most recent driver license photographs and addresses of record for:

- Layla Marie SIZEMORE, DOB 07/08/1999, KY OL S12-345-678
- Corey Dwight FANNIN, DOB October 3, 1997

This request is made for a law enforcement function under 18 U.S.C. 2721(b)(1).

Thank you for your help,

Kwame A. Boateng
Special Agent
Bureau of Alcohol, Tobacco, Firearms and Explosives
Louisville Field Division - Bowling Green Field Office
Office (270) 555-0129
""")
    write_eml("bqq22", m)
    label("bqq22", "eml", "ATF agent plain email, two subjects, cc to colleague",
          ("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Kwame A. Boateng", "Special Agent",
           "kwame.boateng@atf.gov", "(270) 555-0129"),
          [("Layla Marie Sizemore", "1999-07-08", [("license", "S12345678")]), ("Corey Dwight Fannin", "1997-10-03", [])],
          ["18 USC 922", "18 USC 924", "18 USC 2721"], "none", None, "criminal_investigation", ["photo", "address"], "email")

    # ---------------- bqq23: HSI letter + federal court order D. Nev (born digital)
    t23 = """@C U.S. Department of Homeland Security
@c Homeland Security Investigations
@c Office of the Special Agent in Charge - Las Vegas
@c 501 S. Las Vegas Blvd., Suite 200, Las Vegas, NV 89101
@HR
@R October 19, 2026
Nevada Department of Employment, Training and Rehabilitation
Employment Security Division - Records Custodian
500 East Third Street, Carson City, NV 89713
@SP
Re: Order in Case No. 2:26-mc-00093
@SP
Please find enclosed a sealed order of the United States District Court for the District of
Nevada directing disclosure of wage and employer records for the individuals named in the order.
Kindly provide the records to me by mail or encrypted e-mail within ten business days.
@SP
Sincerely,
@SP
Jordan T. Whitaker
Special Agent, HSI Las Vegas
(702) 555-0158 | jordan.t.whitaker@ice.dhs.gov
@PB
@C UNITED STATES DISTRICT COURT
@C DISTRICT OF NEVADA
@HR
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER DIRECTING THE
NEVADA DEPARTMENT OF EMPLOYMENT, TRAINING AND REHABILITATION TO DISCLOSE RECORDS
@R Case No. 2:26-mc-00093
@R FILED UNDER SEAL
@T ORDER
This matter comes before the Court on the ex parte application of the United States. The Court
finds that the United States has offered specific and articulable facts showing that there are
reasonable grounds to believe that the records described below are relevant and material to an
ongoing criminal investigation of violations of 8 U.S.C. § 1324a and 18 U.S.C. § 1546, and that
disclosure is consistent with 20 C.F.R. § 603.7 and NRS 612.265. The Court acts under its
authority including the All Writs Act, 28 U.S.C. § 1651.
@SP
IT IS THEREFORE ORDERED that the Nevada Department of Employment, Training and Rehabilitation
shall disclose to Homeland Security Investigations all quarterly wage records, employer names and
addresses, and addresses of record from January 1, 2024 to the present for:
  (1) PAREDES QUIJANO, Óscar Iván, born 1982-12-11;
  (2) VO, Nhung Thi, born 05/27/1990,
including any wages reported by Silver Basin Drywall LLC.
@SP
IT IS FURTHER ORDERED that the Department shall not disclose the existence of this Order or the
investigation to the listed persons or to any other person for a period of one year.
@SP
DATED this 16th day of October, 2026.
@SP
                                   /s/ Elena M. Castellanos
                                   UNITED STATES MAGISTRATE JUDGE
"""
    make_pdf("bqq23", t23, "sans")
    label("bqq23", "born_digital", "HSI cover letter + sealed federal magistrate order for UI wage records, two subjects, employer named",
          ("dhs-ice-hsi", "Homeland Security Investigations - Las Vegas", "Jordan T. Whitaker", "Special Agent",
           "jordan.t.whitaker@ice.dhs.gov", "(702) 555-0158"),
          [("Óscar Iván Paredes Quijano", "1982-12-11", []), ("Nhung Thi Vo", "1990-05-27", [])],
          ["8 USC 1324a", "18 USC 1546", "20 CFR 603.7", "NRS 612.265", "28 USC 1651"], "court_order", None,
          "criminal_investigation", ["wages", "employment", "address"], "mail")

    # ---------------- bqq24: NJ county prosecutor letter, subpoena only mentioned (scanned)
    t24 = """@C OFFICE OF THE MIDDLESEX COUNTY PROSECUTOR
@c Yolanda C. Brightwater, Prosecutor
@c 25 Kirkpatrick Street, New Brunswick, New Jersey 08901
@HR
@R November 2, 2026
New Jersey Motor Vehicle Commission
Records Access Unit
225 East State Street, Trenton, NJ 08666
@SP
Re: MCPO Case No. 26-004471 - Request for driver abstract and photograph
@SP
Dear Records Custodian:
@SP
This Office is investigating a series of residential burglaries and thefts in Edison and
Piscataway Townships (N.J.S.A. 2C:18-2; N.J.S.A. 2C:20-3). We respectfully request a certified
driver abstract, the most recent digitized photograph, and the current address of record for:
@SP
      NUUR, Mohamed Abdi     DOB 03/14/1994     NJ DL N66284179305941
@SP
This request is made pursuant to N.J.S.A. 39:2-3.4. If the Commission requires a subpoena for
any portion of this request, please advise and a grand jury subpoena will be issued.
@SP
Very truly yours,
@SP
YOLANDA C. BRIGHTWATER
MIDDLESEX COUNTY PROSECUTOR
@SP
By: Luis A. Bermúdez
Detective Sergeant, Major Crimes Unit
(732) 555-0121   lbermudez@co.middlesex.nj.us
@SP
cc: Chief of Detectives Harold Kim
"""
    make_scanned("bqq24", t24, "serif", rng)
    label("bqq24", "scanned", "county prosecutor letter (prosecutor above 'By:' signer); grand jury subpoena only offered, not attached",
          ("district-attorney", "Office of the Middlesex County Prosecutor", "Luis A. Bermúdez", "Detective Sergeant",
           "lbermudez@co.middlesex.nj.us", "(732) 555-0121"),
          [("Mohamed Abdi Nuur", "1994-03-14", [("license", "N66284179305941")])],
          ["NJSA 2C:18-2", "NJSA 2C:20-3", "NJSA 39:2-3.4"], "none", None, "criminal_investigation",
          ["license", "photo", "address"], "mail")

    # ---------------- bqq25: DHS OIG e-mail + IG subpoena as JPEG
    igs = """@c DEPARTMENT OF HOMELAND SECURITY
@C OFFICE OF INSPECTOR GENERAL
@T SUBPOENA DUCES TECUM
@R OIG No. I26-CBP-SND-04418
TO: Custodian of Records, California Employment Development Department,
    800 Capitol Mall, Sacramento, CA 95814
@SP
YOU ARE HEREBY REQUIRED to produce the records described below to Special Agent Rajesh K.
Subramanian, DHS OIG, 1 Civic Center Plaza, San Diego, CA, on or before November 9, 2026:
@SP
Quarterly wage records, employer names and addresses, and addresses of record from January 1,
2023 to present for ALEJANDRA BEATRIZ MONTES DE OCA (DOB 09/09/1985) and ROGELIO FUENTES YBARRA
(DOB 1979-02-27, SSN ending 3390).
@SP
This subpoena is issued under the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4),
in the course of an investigation conducted by the Office of Inspector General.
@SP
This subpoena is enforceable by order of an appropriate United States District Court.
@SP
Issued at Washington, D.C., this 8th day of October, 2026.
/s/ Paul R. Denning
Assistant Inspector General for Investigations (by delegation from the Inspector General)
"""
    m = base_msg('"Subramanian, Rajesh K." <rajesh.subramanian@oig.dhs.gov>', "EDD Legal Office <subpoenas@edd.ca.gov>",
                 "DHS OIG subpoena - I26-CBP-SND-04418", "Tue, 27 Oct 2026 09:41:18 -0700", "<qq25.120@oig.dhs.gov>")
    m.set_content("""Hello,

Attached is a photo of an Inspector General subpoena for wage records. DHS OIG is investigating a
CBP officer suspected of accepting bribes (18 U.S.C. § 201); the two people named in the subpoena
are believed to have received payments on the officer's behalf. We understand disclosure is
permitted under Cal. Unemp. Ins. Code § 1095. The original will follow by certified mail.

Regards,

Rajesh K. Subramanian
Special Agent
DHS Office of Inspector General, Office of Investigations - San Diego
(619) 555-0146
""")
    m.add_attachment(att_image_bytes("bqq25_igs", igs, "serif", rng, "JPEG"), maintype="image", subtype="jpeg",
                     filename="IMG_20261027_0912.jpg")
    write_eml("bqq25", m)
    label("bqq25", "eml", "DHS OIG agent email with inspector-general subpoena attached as a JPEG photo, two subjects",
          ("dhs-oig", "DHS Office of Inspector General", "Rajesh K. Subramanian", "Special Agent",
           "rajesh.subramanian@oig.dhs.gov", "(619) 555-0146"),
          [("Alejandra Beatriz Montes de Oca", "1985-09-09", []),
           ("Rogelio Fuentes Ybarra", "1979-02-27", [("ssn_last4", "3390")])],
          ["18 USC 201", "CA UI Code 1095", "5 USC 406"], "administrative_subpoena", None, "criminal_investigation",
          ["wages", "employment", "address"], "email")

    # ---------------- bqq26: I-247N (born digital)
    t26 = """@c DEPARTMENT OF HOMELAND SECURITY
@T REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE
@C OF SUSPECTED PRIORITY ALIEN
Subject ID: 407718253       Event #: OMA2610000288       File No: A096 441 207
Date: 10/23/2026
@HR
TO: Records Administrator, Nebraska Department of Correctional Services, Lincoln, NE
FROM: ICE ERO Omaha, 1717 Avenue H East, Omaha, NE 68110
Name of Alien: HERNÁNDEZ DE LEÓN, Marvin Estuardo
Date of Birth: 1987-08-30     Nationality: Guatemala     Sex: M
@HR
THE ALIEN IS SUSPECTED OF BEING A PRIORITY ALIEN WHO IS REMOVABLE FROM THE UNITED STATES.
@SP
IT IS REQUESTED THAT YOU:
  Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is
  released from your custody. Please notify ICE by calling (402) 555-0175.
@SP
This request for notification does not request or authorize that you detain the subject beyond
the time he or she is currently scheduled for release from your custody. It is made under
8 U.S.C. § 1357(d) and 8 C.F.R. § 236.1.
@SP
/s/ Shauna K. Breckenridge
Shauna K. Breckenridge, Deportation Officer
(Name and title of Immigration Officer)
@S Form I-247N (3/17)
"""
    make_pdf("bqq26", t26, "sans")
    label("bqq26", "born_digital", "ERO I-247N request for voluntary notification of release to state corrections",
          ("dhs-ice-ero", "ICE ERO Omaha", "Shauna K. Breckenridge", "Deportation Officer", None, "(402) 555-0175"),
          [("Marvin Estuardo Hernández de León", "1987-08-30", [("a_number", "A096441207")])],
          ["8 USC 1357", "8 CFR 236.1"], "detainer", "I-247N", "civil_immigration", ["other"], "mail")

    # ---------------- bqq27: Illinois State Police pasted email (txt)
    write_txt("bqq27", """-----Original Message-----
From: Wiśniewska, Renata <renata.wisniewska@illinois.gov>
Sent: Wednesday, October 28, 2026 3:16 PM
To: IDES.LawEnforcementRequests@illinois.gov
Cc: Pike, Aaron
Subject: ISP DCI - request for employer info

Good afternoon,

The Illinois State Police, Division of Criminal Investigation, Zone 5, is investigating a
vehicular hijacking that occurred in Joliet on October 22 (720 ILCS 5/18-3). We are requesting
the current employer and address on file for the suspect, WHITLEY, Jamal Tyrone (DOB 1995-11-07),
and a possible co-offender, Marcus D. Reyes-Quiñones (DOB March 9, 2000).

I understand IDES may disclose this to a law enforcement agency under 820 ILCS 405/1900.

Thank you,

MSgt. Renata Wiśniewska
Illinois State Police
Division of Criminal Investigation - Zone 5
(815) 555-0149
""")
    label("bqq27", "txt", "state police email saved as text (Outlook header block), two subjects, cc to lieutenant",
          ("state-police", "Illinois State Police", "Renata Wiśniewska", "Master Sergeant",
           "renata.wisniewska@illinois.gov", "(815) 555-0149"),
          [("Jamal Tyrone Whitley", "1995-11-07", []), ("Marcus D. Reyes-Quiñones", "2000-03-09", [])],
          ["720 ILCS 5/18-3", "820 ILCS 405/1900"], "none", None, "criminal_investigation", ["employment", "address"], "email")

    # ---------------- bqq28: Florida sheriff fax + arrest warrant
    t28 = """@C MARION COUNTY SHERIFF'S OFFICE
@c Criminal Investigations Division
@c 692 NW 30th Avenue, Ocala, Florida 34475
@T FACSIMILE
TO:    FLHSMV - Bureau of Records, Law Enforcement Requests     FAX (850) 555-0107
FROM:  Det. Travis M. Quarles, ID 3318                          TEL (352) 555-0168
DATE:  10/29/2026          PAGES: 2
@SP
Requesting current DL photograph and residential address for the subject of the attached active
arrest warrant, DARNELL LAMAR GREENE, FL DL G650-421-89-256-0. The photo is exempt from public
disclosure under s. 119.0712(2), F.S.; requested for law enforcement use only.
@SP
Thank you - Det. Quarles
@PB
@C IN THE CIRCUIT COURT OF THE FIFTH JUDICIAL CIRCUIT
@C IN AND FOR MARION COUNTY, FLORIDA
@HR
STATE OF FLORIDA                                CASE NO.: 2026-CF-003318
vs.
DARNELL LAMAR GREENE        DOB: 07/16/1989
@T ARREST WARRANT
IN THE NAME OF THE STATE OF FLORIDA: TO ALL AND SINGULAR THE SHERIFFS OF THE STATE OF FLORIDA:
@SP
WHEREAS, complaint under oath has been made before me that DARNELL LAMAR GREENE did, on or about
September 12, 2026, in Marion County, Florida, commit Grand Theft, contrary to § 812.014, Fla.
Stat., and Dealing in Stolen Property, contrary to § 812.019, Fla. Stat.; and the undersigned
Judge, having examined the sworn complaint, finds probable cause to believe the offenses were
committed by the said defendant;
@SP
THESE ARE THEREFORE TO COMMAND YOU forthwith to arrest the said defendant and bring him before me,
or another judge of this Court, to be dealt with according to law.
@SP
BOND: $25,000.00
@SP
GIVEN under my hand and seal this 2nd day of October, 2026.
@SP
                              /s/ Patricia W. Ocampo
                              CIRCUIT JUDGE
"""
    make_fax("bqq28", t28, "sans", rng, "OCT 29 2026 09:12AM  MCSO CID          352 555 0169")
    label("bqq28", "fax", "sheriff detective fax cover + Florida circuit court arrest warrant",
          ("sheriff", "Marion County Sheriff's Office", "Travis M. Quarles", "Detective", None, "(352) 555-0168"),
          [("Darnell Lamar Greene", "1989-07-16", [("license", "G650421892560")])],
          ["FS 119.0712", "FS 812.014", "FS 812.019"], "judicial_warrant", None, "criminal_investigation",
          ["photo", "address"], "fax")

    # ---------------- bqq29: city officer, address only, no reason (multipart/alternative)
    m = base_msg("Daniel Szabo <dszabo@burlingtonvt.gov>", "DMV Records <dmv.records@vermont.gov>",
                 "address check", "Fri, 30 Oct 2026 17:52:40 -0400", "<qq29.3@burlingtonvt.gov>")
    plain = """Hi -- could you send me the current address you have on file for Connor James Beaulieu,
DOB 1998-04-25? Thanks.

Ofc. Daniel Szabo #341
Burlington Police Department
802-555-0133
"""
    m.set_content(plain)
    m.add_alternative("""<html><body><div>Hi -- could you send me the current address you have on file for
Connor James Beaulieu, DOB 1998-04-25? Thanks.</div><br><div>Ofc. Daniel Szabo #341<br>Burlington Police
Department<br>802-555-0133</div></body></html>""", subtype="html")
    write_eml("bqq29", m)
    label("bqq29", "eml", "one-line officer address request, multipart/alternative, no reason given",
          ("local-police", "Burlington Police Department", "Daniel Szabo", "Officer", "dszabo@burlingtonvt.gov", "802-555-0133"),
          [("Connor James Beaulieu", "1998-04-25", [])], [], "none", None, "unknown", ["address"], "email")

    # ---------------- bqq30: IRS-CI summons Form 2039 (born digital)
    t30 = """@T Summons
In the matter of: Teodoro Villanueva Bautista, SSN XXX-XX-8841
Internal Revenue Service (Division): Criminal Investigation
Industry/Area (name or number): New Orleans Field Office
Periods: Calendar years 2022 through 2025
@C The Commissioner of Internal Revenue
To: Custodian of Records, Louisiana Workforce Commission
At: 1001 North 23rd Street, Baton Rouge, LA 70802
@SP
You are hereby summoned and required to appear before Special Agent Nicole B. Thibodeaux, an officer
of the Internal Revenue Service, to give testimony and to bring with you and to produce for
examination the following books, records, papers, and other data relating to the tax liability or
the collection of the tax liability or for the purpose of inquiring into any offense connected
with the administration or enforcement of the internal revenue laws concerning the person
identified above for the periods shown:
@SP
All quarterly wage reports filed by any employer for Teodoro Villanueva Bautista, and employer
names, addresses and account numbers, for the periods shown.
@SP
Place and time for appearance at: 1555 Poydras Street, Suite 220, New Orleans, LA 70112
on the 12th day of November, 2026 at 10 o'clock a.m.
@SP
Issued under authority of the Internal Revenue Code this 5th day of October, 2026.
@SP
/s/ Nicole B. Thibodeaux      Special Agent
Signature of issuing officer   Title         Telephone (225) 555-0112   nicole.thibodeaux@ci.irs.gov
@SP
/s/ Harold J. Broussard       Supervisory Special Agent
Signature of approving officer (if applicable)
@S Form 2039 (Rev. 10-2010)  Catalog Number 21405J   www.irs.gov   Part A - to be given to person summoned
@PB
@C Provisions of the Internal Revenue Code (26 U.S.C.)
@B Sec. 7602. Examination of books and witnesses
@S (a) Authority to summon, etc. - For the purpose of ascertaining the correctness of any return, making a return where none has been made, determining the liability of any person for any internal revenue tax ... (b) Purpose may include inquiry into offense. The purposes for which the Secretary may take any action described in paragraph (1), (2), or (3) of subsection (a) include the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws.
@B Sec. 7603. Service of summons
@S (a) In general. A summons issued under this title shall be served by the Secretary, by an attested copy delivered in hand to the person to whom it is directed, or left at his last and usual place of abode ...
@B Sec. 7604. Enforcement of summons
@S (a) Jurisdiction of district court. If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production of books, papers, records, or other data.
"""
    make_pdf("bqq30", t30, "sans")
    label("bqq30", "born_digital", "IRS Form 2039 summons issued by CI special agent, IRC provisions page with district-court enforcement",
          ("irs-ci", "Internal Revenue Service, Criminal Investigation", "Nicole B. Thibodeaux", "Special Agent",
           "nicole.thibodeaux@ci.irs.gov", "(225) 555-0112"),
          [("Teodoro Villanueva Bautista", None, [("ssn_last4", "8841")])],
          ["26 USC 7602", "26 USC 7603", "26 USC 7604"],
          "administrative_subpoena", "IRS Form 2039", "criminal_investigation", ["wages", "employment"], "mail")

    # ---------------- bqq31: NY county grand jury subpoena (scanned)
    t31 = """@C THE PEOPLE OF THE STATE OF NEW YORK
@T SUBPOENA DUCES TECUM FOR A GRAND JURY
@R GJ No. 4471/2026
TO: Custodian of Records, New York State Department of Labor, Unemployment Insurance Division,
    Building 12, W. Averell Harriman State Office Campus, Albany, NY 12226
@SP
GREETINGS: WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend
before the GRAND JURY of the County of Kings, at the Grand Jury Room, 350 Jay Street, Brooklyn, New
York, on the 12th day of November, 2026, at 10:00 a.m., and at any recessed or adjourned date, as a
witness in a criminal action or proceeding, and that you bring with you and produce:
@SP
All unemployment insurance claim records, benefit payment records, wage reporting records and
employer information from January 1, 2024 to present for:
     SANTIAGO DE LA ROSA, Wilfredo     DOB 1977-01-05     SSN ending 6204
     VOLKOVA, Tatiana                  DOB 14 February 1986
@SP
in connection with an investigation of Grand Larceny in the Third Degree (Penal Law § 155.35) and
Insurance Fraud (Penal Law § 176.20). Disclosure is authorized notwithstanding Labor Law § 537.
@SP
Failure to comply with this subpoena is punishable as a contempt of Court and may result in your
arrest and detention (CPL 610.20; Judiciary Law § 750).
@SP
Dated: Brooklyn, New York, October 22, 2026
@SP
MICHAEL T. ADEYEMI, District Attorney, Kings County
By: /s/ Sofia Ramírez-Klein
Sofia Ramírez-Klein, Assistant District Attorney, Rackets Division
350 Jay Street, Brooklyn, NY 11201    (718) 555-0193
@PB
@C NOTICE TO WITNESS
This subpoena relates to a Grand Jury proceeding. Grand Jury proceedings are secret under Criminal
Procedure Law § 190.25(4). You may comply by delivering certified copies of the records, with a
business records certification under CPLR 4518, to the Assistant District Attorney named on the
front of this subpoena before the return date.
"""
    make_scanned("bqq31", t31, "serif", rng, flips=(0, 180))
    label("bqq31", "scanned", "Kings County DA grand jury subpoena duces tecum (DA named above ADA signer) + notice page upside down",
          ("district-attorney", "Kings County District Attorney", "Sofia Ramírez-Klein", "Assistant District Attorney",
           None, "(718) 555-0193"),
          [("Wilfredo Santiago de la Rosa", "1977-01-05", [("ssn_last4", "6204")]), ("Tatiana Volkova", "1986-02-14", [])],
          ["NY PL 155.35", "NY PL 176.20", "NY Labor Law 537", "NY CPL 610.20", "NY Jud Law 750", "NY CPL 190.25",
           "NY CPLR 4518"],
          "grand_jury_subpoena", None, "criminal_investigation", ["claims", "benefits", "wages", "employment"], "mail")

    # ---------------- bqq32: Colorado criminal subpoena duces tecum (born digital)
    t32 = """DISTRICT COURT, EL PASO COUNTY, COLORADO
Court Address: 270 S. Tejon Street, Colorado Springs, CO 80903
@SP
THE PEOPLE OF THE STATE OF COLORADO
v.
Defendant: SHANE PATRICK MULCAHY
@R ▲ COURT USE ONLY ▲
@R Case Number: 26CR2291      Division: 11
Attorney: Aubrey L. Castañeda, Deputy District Attorney, Reg. No. 48812
Office of the District Attorney, Fourth Judicial District
105 E. Vermijo Avenue, Colorado Springs, CO 80903
Phone: (719) 555-0186    E-mail: acastaneda@da4.state.co.us
@HR
@T SUBPOENA DUCES TECUM (CRIMINAL)
TO: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles,
    1881 Pierce Street, Lakewood, CO 80214
@SP
YOU ARE COMMANDED to appear in this Court, Division 11, on December 1, 2026 at 8:30 a.m., to
testify in the above case, in which the defendant is charged with Vehicular Assault, C.R.S.
§ 18-3-205, and Leaving the Scene of an Accident Involving Serious Bodily Injury, C.R.S.
§ 42-4-1601, and to bring with you:
@SP
A certified driver history, driver license photograph, and title and registration records for
SHANE PATRICK MULCAHY, DOB 10/30/1992, Colorado DL 14-077-3921.
@SP
This subpoena is issued under Crim. P. 17(c). Release of motor vehicle records is authorized by
C.R.S. § 42-1-206. Records may be produced in advance with a certification under C.R.E. 902(11) in
lieu of personal appearance.
@SP
Date: October 23, 2026               Clerk of Court/Deputy Clerk: /s/ J. Whitfield   (SEAL)
@SP
/s/ Aubrey L. Castañeda, Attorney for the People
"""
    make_pdf("bqq32", t32, "sans")
    label("bqq32", "born_digital", "Colorado district court criminal subpoena duces tecum issued at DA's request (caption box layout)",
          ("district-attorney", "Office of the District Attorney, Fourth Judicial District", "Aubrey L. Castañeda",
           "Deputy District Attorney", "acastaneda@da4.state.co.us", "(719) 555-0186"),
          [("Shane Patrick Mulcahy", "1992-10-30", [("license", "140773921")])],
          ["CRS 18-3-205", "CRS 42-4-1601", "CO CrimP 17", "CRS 42-1-206", "CO CRE 902"], "court_subpoena", None,
          "criminal_investigation", ["license", "photo", "vehicle"], "mail")


if __name__ == "__main__":
    build(random.Random(SEED))
    print("done")
