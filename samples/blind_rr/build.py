#!/usr/bin/env python3
"""Build the blind_rr sample set (independent author). Deterministic: fixed seed.

Run: /work/main/.venv/bin/python samples/blind_rr/build.py
"""
import io, json, os, random, subprocess, tempfile, textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_rr/work"
os.makedirs(TMP, exist_ok=True)
SEED = 4242
FD = "/usr/share/fonts/truetype/dejavu/"
for nm, f in [("Sans", "DejaVuSans.ttf"), ("SansB", "DejaVuSans-Bold.ttf"), ("Serif", "DejaVuSerif.ttf"),
              ("SerifB", "DejaVuSerif-Bold.ttf"), ("Mono", "DejaVuSansMono.ttf"), ("MonoB", "DejaVuSansMono-Bold.ttf"),
              ("SerifI", "DejaVuSerif-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, FD + f))

# ---------------------------------------------------------------- rendering
def render_pdf(text, style="serif", invariant=True):
    """Tiny markup: @C centered bold, @c centered, @B bold, @R right, @M mono, @I italic,
    @H rule, @S n space, @P page break, blank line = gap. Other lines wrap."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setAuthor("")
    W, H = letter
    body = "Serif" if style == "serif" else "Sans"
    bold = body + "B"
    left, right, top, bottom = 72, W - 72, H - 60, 60
    y = top
    size = 10.5 if style == "serif" else 10
    def newpage():
        nonlocal y
        c.showPage(); y = top
    for raw in text.strip("\n").split("\n"):
        if raw.startswith("@P"):
            newpage(); continue
        if y < bottom + 14:
            newpage()
        if raw.startswith("@S"):
            y -= int(raw[2:].strip() or 10); continue
        if raw.startswith("@H"):
            c.setLineWidth(0.8); c.line(left, y + 4, right, y + 4); y -= 8; continue
        if raw.strip() == "":
            y -= size * 0.8; continue
        tag = raw[:2] if raw.startswith("@") else ""
        s = raw[3:] if tag else raw
        if tag == "@C":
            c.setFont(bold, 13); c.drawCentredString(W / 2, y, s); y -= 17; continue
        if tag == "@c":
            c.setFont(body, 10); c.drawCentredString(W / 2, y, s); y -= 13; continue
        if tag == "@R":
            c.setFont(body, 10); c.drawRightString(right, y, s); y -= 13; continue
        if tag == "@M":
            c.setFont("Mono", 8.8); c.drawString(left, y, s); y -= 11.5; continue
        if tag == "@B":
            font = bold
        elif tag == "@I":
            font = "SerifI"
        else:
            font = body
        c.setFont(font, size)
        # wrap by width
        indent = len(s) - len(s.lstrip(" "))
        words = s.strip().split(" ")
        line = ""
        x0 = left + indent * 4
        maxw = right - x0
        for w in words:
            t = (line + " " + w) if line else w
            if pdfmetrics.stringWidth(t, font, size) > maxw and line:
                c.drawString(x0, y, line); y -= size * 1.35
                if y < bottom:
                    newpage(); c.setFont(font, size)
                line = w
            else:
                line = t
        c.drawString(x0, y, line); y -= size * 1.35
    c.showPage(); c.save()
    return buf.getvalue()


def pdf_to_images(pdf_bytes, dpi, gray=True, name="x"):
    d = tempfile.mkdtemp(dir=TMP)
    p = os.path.join(d, name + ".pdf")
    open(p, "wb").write(pdf_bytes)
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [p, os.path.join(d, "pg")]
    subprocess.run(args, check=True)
    files = sorted(f for f in os.listdir(d) if f.startswith("pg") and f.endswith(".png"))
    return [Image.open(os.path.join(d, f)).convert("L") for f in files]


def degrade(img, rng, flip=False):
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.82 + 30  # grey background
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    a += nrng.normal(0, 9, a.shape)
    speck = nrng.random(a.shape) < 0.0008
    a[speck] = 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.5))
    if flip:
        img = img.rotate(180)
    b = io.BytesIO(); img.save(b, "JPEG", quality=rng.randint(45, 60)); b.seek(0)
    return Image.open(b).convert("L")


def write_scanned(pdf_bytes, path, rng, flips=(), sideways=()):
    imgs = pdf_to_images(pdf_bytes, 200, name="scan")
    out = []
    for i, im in enumerate(imgs):
        im = degrade(im, rng, flip=(i in flips))
        if i in sideways:
            im = im.rotate(90, expand=True)
        b = io.BytesIO(); im.save(b, "JPEG", quality=55); b.seek(0)
        out.append(Image.open(b))
    import time; fixed = time.gmtime(1794830400)
    out[0].save(path, "PDF", resolution=200, save_all=True, append_images=out[1:],
                creationDate=fixed, modDate=fixed, producer="scanner", title="Scanned document")


def write_fax(pdf_bytes, path, header, rng):
    imgs = pdf_to_images(pdf_bytes, 200, name="fax")
    n = len(imgs)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    pages = []
    for i, im in enumerate(imgs):
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 44], fill=255)
        d.text((40, 12), header.format(p=i + 1, n=n), font=font, fill=0)
        a = np.asarray(im).astype(np.int16)
        nrng = np.random.default_rng(rng.randint(0, 10**6))
        a = np.where(nrng.random(a.shape) < 0.0006, 0, a)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        pages.append(im.point(lambda v: 255 if v > 150 else 0).convert("1"))
    pages[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=pages[1:])


def image_bytes(pdf_bytes, fmt, dpi=150, rng=None):
    imgs = pdf_to_images(pdf_bytes, dpi, name="att")
    im = imgs[0]
    if rng is not None:
        im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=250)
    b = io.BytesIO()
    if fmt == "PNG":
        im.save(b, "PNG", optimize=True)
    else:
        im.save(b, "JPEG", quality=70)
    return b.getvalue()


def dt(y, m, d, hh, mm, tz=-5):
    return format_datetime(datetime(y, m, d, hh, mm, 0, tzinfo=timezone(timedelta(hours=tz))))


def eml_bytes(msg):
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary(f"=_brr_part_{k:02d}_7Qx")
    return msg.as_bytes()


# ---------------------------------------------------------------- labels
DOCS = []

def label(i, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    agency_key, agency_name, person, title, email, phone = req
    return {
        "id": i, "family": "blind-rr", "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }

CONF = ("CONFIDENTIALITY NOTICE: This communication, including any attachments, may contain law enforcement "
        "sensitive information intended only for the named recipient. If you received it in error, notify "
        "the sender and destroy all copies.")

# ================================================================ documents
def brr01(rng):
    t = """
@C ARIZONA DEPARTMENT OF PUBLIC SAFETY
@c Criminal Investigations Division - Financial Crimes Unit
@c 2102 West Encanto Boulevard, Phoenix, Arizona 85009
@H
@R November 3, 2026

Arizona Department of Transportation
Motor Vehicle Division - Records Services, Mail Drop 539M
P.O. Box 2100
Phoenix, AZ 85001

@B RE: DPS Report No. 2026-114873 - Request for MVD Records

To the Records Custodian:

The Department of Public Safety is conducting an active criminal investigation into a fraudulent scheme in which the identity of an elderly Scottsdale resident, Mrs. Eleanor Whitcombe, was used to open lines of credit and to purchase two vehicles. The offenses under investigation include fraudulent schemes and artifices, A.R.S. § 13-2310, and taking the identity of another person, A.R.S. § 13-2008. Mrs. Whitcombe is the victim in this matter; no records concerning her are requested.

I respectfully request the following records for the individuals listed below: current and prior residential addresses, the most recent driver license photograph, and all vehicles registered or titled in their names since January 1, 2024.

@M  NAME                         DATE OF BIRTH    AZ DRIVER LICENSE
@M  ---------------------------  ---------------  -----------------
@M  ÁVILA, Rodrigo Esteban       07/14/1989       D08812345
@M  PHAM, Thi Lan                1992-02-09       B04417729

This request is made under A.R.S. § 28-455, which permits disclosure of personal information to a law enforcement agency in carrying out its functions, and 18 U.S.C. § 2721(b)(1).

Records may be returned by e-mail to the address below. Please contact me with any questions.

Respectfully,

@S 18
Det. Marcus J. Oyelaran #7712
Detective, Financial Crimes Unit
Arizona Department of Public Safety
Office: (602) 555-0143
moyelaran@azdps.gov

cc: Sgt. Paula Reyes, Financial Crimes Unit
@S 30
@I This document contains law enforcement sensitive information. Do not disseminate outside the recipient agency.
"""
    open(f"{OUT}/brr01.pdf", "wb").write(render_pdf(t, "serif"))
    return label("brr01", "born_digital", "state police letter on letterhead, subjects in a table, victim named",
                 ("state-police", "Arizona Department of Public Safety", "Marcus J. Oyelaran", "Detective",
                  "moyelaran@azdps.gov", "(602) 555-0143"),
                 [("Rodrigo Esteban Ávila", "1989-07-14", [("license", "D08812345")]),
                  ("Thi Lan Pham", "1992-02-09", [("license", "B04417729")])],
                 ["ARS 13-2310", "ARS 13-2008", "ARS 28-455", "18 USC 2721"],
                 "none", None, False, "criminal_investigation", ["address", "photo", "vehicle"], "mail")


def brr02(rng):
    m = EmailMessage()
    m["From"] = '"Kowalczyk, Adam J" <adam.j.kowalczyk@ice.dhs.gov>'
    m["To"] = "records.requests@labor.ny.gov"
    m["Subject"] = "Request for employer/address info - FOUO"
    m["Date"] = dt(2026, 11, 2, 8, 14)
    m["Message-ID"] = "<brr02.20261102.0814@ice.dhs.gov>"
    m.set_content("""Good morning,

U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations (ERO), New York City Field Office, requests any current employer, quarterly wage information and address of record on file with NYSDOL for the individual below.

This request is made pursuant to 8 U.S.C. § 1357 and section 287 of the Immigration and Nationality Act.

  Name:   OSMAN, Abdirahman Yusuf
  DOB:    1985-11-23
  A#:     208-114-553
  Last known address: 2140 Grand Concourse, Apt 5F, Bronx, NY

The subject has a pending removal case and ERO is attempting to locate him. The information is for official use only and will not be further disseminated.

Thank you for your assistance.

V/r,

Adam J. Kowalczyk
Deportation Officer | Fugitive Operations Team
ICE ERO New York City Field Office
26 Federal Plaza, New York, NY 10278
Desk: 212-555-0117
adam.j.kowalczyk@ice.dhs.gov

WARNING: This email is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).
""")
    open(f"{OUT}/brr02.eml", "wb").write(eml_bytes(m))
    return label("brr02", "eml", "short plain-text email from ERO deportation officer, A-number, FOUO",
                 ("dhs-ice-ero", "ICE Enforcement and Removal Operations, New York City Field Office", "Adam J. Kowalczyk",
                  "Deportation Officer", "adam.j.kowalczyk@ice.dhs.gov", "212-555-0117"),
                 [("Abdirahman Yusuf Osman", "1985-11-23", [("a_number", "A208114553")])],
                 ["8 USC 1357", "INA 287"], "none", None, False, "civil_immigration",
                 ["employment", "wages", "address"], "email")


def brr03(rng):
    sub = """
@c DEPARTMENT OF HOMELAND SECURITY
@C IMMIGRATION ENFORCEMENT SUBPOENA
@c To Appear and/or Produce Records
@H
@M Subpoena No.: ATL-ERO-26-0917                      File No.: A215 880 412
@S 6
@B To: Custodian of Records, Georgia Department of Driver Services
   2206 Eastview Parkway, Conyers, GA 30013

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED TO produce the records listed below to the U.S. Immigration and Customs Enforcement officer named below, at 180 Ted Turner Drive SW, Suite 522, Atlanta, GA 30303, on or before November 20, 2026, in connection with an investigation or inquiry relating to the enforcement of the immigration laws of the United States, namely the admissibility and removability of the individual named below.

@B Records to be produced:
  All driver license and identification card applications, the most recent photograph, all residential and mailing addresses of record, and all vehicles registered to:
  GÓMEZ IBÁÑEZ, Julián Andrés - DOB 03/22/1994 - GA DL 058812340 - A215 880 412

This subpoena is issued pursuant to 8 U.S.C. § 1225(d), 8 U.S.C. § 1357 and 8 C.F.R. § 287.4. Failure to comply with this subpoena may render you liable to proceedings in a United States District Court to enforce compliance with this subpoena.

@M Contact officer: Keisha L. Barnwell, Deportation Officer, (404) 555-0131
@S 14
@M ____________________________________
@M Raymond T. Lockhart
@M Assistant Field Office Director, ERO Atlanta
@M (Name and title of issuing officer)      Date: 10/30/2026
@S 12
@B CERTIFICATE OF SERVICE
@M [ ] Personal service   [X] Electronic mail   [ ] Certified mail
@S 8
@M DHS Form I-138 (6/25)
"""
    pdf = render_pdf(sub, "sans")
    m = EmailMessage()
    m["From"] = "Barnwell, Keisha L <keisha.barnwell@ice.dhs.gov>"
    m["To"] = "legal.records@dds.ga.gov"
    m["Subject"] = "Immigration Enforcement Subpoena - GOMEZ IBANEZ"
    m["Date"] = dt(2026, 10, 30, 15, 2)
    m["Message-ID"] = "<brr03.1030@ice.dhs.gov>"
    m.set_content("""Good afternoon,

Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) issued by ICE ERO Atlanta for records maintained by DDS concerning Julián Andrés GÓMEZ IBÁÑEZ.

Responsive records can be returned to me by reply e-mail. Please contact me if you have questions.

Thank you,
Keisha L. Barnwell
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - Atlanta Field Office
(404) 555-0131
""")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="I-138_ATL-ERO-26-0917.pdf")
    open(f"{OUT}/brr03.eml", "wb").write(eml_bytes(m))
    return label("brr03", "eml", "email from ERO officer with I-138 subpoena attached as PDF",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Atlanta Field Office",
                  "Keisha L. Barnwell", "Deportation Officer", "keisha.barnwell@ice.dhs.gov", "(404) 555-0131"),
                 [("Julián Andrés Gómez Ibáñez", "1994-03-22", [("license", "058812340"), ("a_number", "A215880412")])],
                 ["8 USC 1225", "8 USC 1357", "8 CFR 287.4"], "administrative_subpoena", "I-138", True,
                 "civil_immigration", ["license", "photo", "address", "vehicle"], "email")


def brr04(rng):
    t = """
@C U.S. Department of Justice
@c Federal Bureau of Investigation - Minneapolis Field Office
@c 1501 Freeway Boulevard, Brooklyn Center, MN 55430
@H
@R October 27, 2026

Minnesota Department of Employment and Economic Development
Unemployment Insurance Program - Legal Records
332 Minnesota Street, Suite E200
St. Paul, MN 55101

Re: Service of federal search warrant, Case No. 26-mj-884 (TML)

Dear Custodian of Records:

Enclosed is a search and seizure warrant issued by the United States District Court for the District of Minnesota for records maintained by DEED. Please produce the items listed in Attachment B within ten business days. Electronic production (PDF or CSV) to the e-mail address below is acceptable.

Sincerely,

@S 14
Brandon K. Lindahl
Special Agent, Federal Bureau of Investigation
(763) 555-0162 | bklindahl@fbi.gov

Enclosure: Search and Seizure Warrant with Attachments A and B
@P
@M AO 93 (Rev. 11/13) Search and Seizure Warrant
@S 6
@C UNITED STATES DISTRICT COURT
@c for the
@c District of Minnesota
@S 6
In the Matter of the Search of records maintained by the Minnesota Department of Employment and Economic Development pertaining to Hodan Abdi WARSAME and Liban Mohamed FARAH
@R Case No. 26-mj-884 (TML)
@S 4
@C SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Minnesota: See Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: See Attachment B.

YOU ARE COMMANDED to execute this warrant on or before November 10, 2026 (not to exceed 14 days) [X] in the daytime 6:00 a.m. to 10:00 p.m.

The officer executing this warrant must give a copy of the warrant and a receipt for the property taken to the person from whom the property was taken, and must promptly return this warrant and inventory as required by law and Fed. R. Crim. P. 41 to Teresa M. Lindqvist, United States Magistrate Judge.

[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705.

@M Date and time issued: 10/27/2026 10:15 am        /s/ Teresa M. Lindqvist
@M                                                   Judge's signature
@M City and state: St. Paul, Minnesota   Teresa M. Lindqvist, U.S. Magistrate Judge
@P
@C ATTACHMENT A - Property to be searched
Records, in whatever form, maintained by the Minnesota Department of Employment and Economic Development, 332 Minnesota Street, St. Paul, Minnesota, pertaining to:
@M   1. Hodan Abdi WARSAME, date of birth June 5, 1990
@M   2. Liban Mohamed FARAH, date of birth January 30, 1987
@S 8
@C ATTACHMENT B - Particular things to be seized
All records that constitute evidence of violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1349 (conspiracy), for the period March 1, 2024 through the present, including:
  a. unemployment insurance claims, applications and weekly certifications;
  b. payment records, including bank account and debit card information used to receive benefits;
  c. employer and quarterly wage records;
  d. mailing and residential addresses, telephone numbers and e-mail addresses provided by the claimants;
  e. IP address logs associated with claim filings.
"""
    write_scanned(render_pdf(t, "serif"), f"{OUT}/brr04.pdf", rng, flips=(2,))
    return label("brr04", "scanned", "FBI cover letter + AO 93 search warrant with attachments, scanned, last page upside down",
                 ("doj-fbi", "Federal Bureau of Investigation - Minneapolis Field Office", "Brandon K. Lindahl", "Special Agent",
                  "bklindahl@fbi.gov", "(763) 555-0162"),
                 [("Hodan Abdi Warsame", "1990-06-05", []), ("Liban Mohamed Farah", "1987-01-30", [])],
                 ["FRCrP 41", "18 USC 3103a", "18 USC 2705", "18 USC 1343", "18 USC 1349"],
                 "judicial_warrant", "AO 93", True, "criminal_investigation",
                 ["claims", "benefits", "wages", "employment", "address", "phone", "email", "other"], "mail")


def brr05(rng):
    t = """
@C COOK COUNTY SHERIFF'S OFFICE
@c Investigations Unit - Financial Crimes
@c 50 W. Washington Street, Chicago, Illinois 60602
@S 10
@C FAX TRANSMITTAL
@H
@M TO:      IDES Legal - Subpoena & Records Unit
@M FAX:     (312) 555-0190
@M FROM:    Investigator Tomasz Wiśniewski, Star #4471
@M PHONE:   (708) 555-0138
@M DATE:    11/05/2026
@M PAGES:   2 (including cover)
@M RE:      CCSO Case 26-031552 - wage/claim records
@H
Please see the attached request form. Kindly fax responsive records to (708) 555-0139 or e-mail them to the address on the form.
@S 40
@B CONFIDENTIALITY NOTICE
The documents accompanying this facsimile contain confidential criminal justice information. If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution is strictly prohibited. Please notify the sender by telephone immediately.
@P
@C LAW ENFORCEMENT REQUEST FOR INFORMATION
@c Cook County Sheriff's Office - Form INV-17 (Rev. 2024)
@H
@M Requesting Agency ....... Cook County Sheriff's Office, Investigations Unit
@M Requesting Officer ...... Investigator Tomasz Wiśniewski          Star # 4471
@M Telephone ............... (708) 555-0138
@M E-mail .................. tomasz.wisniewski@cookcountysheriffil.gov
@M Case / RD Number ........ CCSO 26-031552
@M Offense ................. Financial exploitation of an elderly person,
@M                           720 ILCS 5/17-56
@M Victim .................. Harold Lindgren (age 84) - NO RECORDS REQUESTED
@H
@B SUBJECT(S)
@M  #  Last name            First / middle       DOB          Sex
@M  1  DE LA CRUZ           Mariano              09/17/1979   M
@M  2  DE LA CRUZ-PÉREZ     Yesenia              04/02/1983   F
@H
@B INFORMATION REQUESTED
@M [X] Employer(s) of record       [X] Quarterly wages (last 8 quarters)
@M [X] Unemployment claims         [X] Address of record
@M [ ] Other: ______________________________
@S 6
Authority: disclosure to a law enforcement agency pursuant to 820 ILCS 405/1900(B).
@S 10
@M Officer signature: /s/ T. Wiśniewski            Date: 11/05/2026
@M Supervisor approval: Sgt. Deborah Kline #1903
"""
    write_fax(render_pdf(t, "sans"), f"{OUT}/brr05.tif",
              "11/05/2026 09:41  FROM: CCSO INVESTIGATIONS 708 555 0139   TO: 3125550190   P.{p:03d}/{n:03d}", rng)
    return label("brr05", "fax", "sheriff fax cover + label/value request form, two subjects, victim and sergeant named",
                 ("sheriff", "Cook County Sheriff's Office", "Tomasz Wiśniewski", "Investigator",
                  "tomasz.wisniewski@cookcountysheriffil.gov", "(708) 555-0138"),
                 [("Mariano De La Cruz", "1979-09-17", []), ("Yesenia De La Cruz-Pérez", "1983-04-02", [])],
                 ["720 ILCS 5/17-56", "820 ILCS 405/1900"], "none", None, False, "criminal_investigation",
                 ["employment", "wages", "claims", "address"], "fax")


def brr06(rng):
    t = """KYTC DRIVER LICENSING - LAW ENFORCEMENT RECORDS REQUEST (ONLINE SUBMISSION)
=============================================================================
Submission ID ........ LE-2026-118204
Submitted ............ 11/09/2026 14:22 ET
Routed to ............ records.dl@ky.gov

REQUESTER
  Name ............... Carla Ruiz-Bennett
  Rank/Title ......... Detective Sergeant
  Agency ............. Kentucky State Police - Drug Enforcement/Special Investigations (DESI) East
  Badge/ID ........... 2291
  Phone .............. 606-555-0121
  E-mail ............. carla.ruiz-bennett@ky.gov
  Agency case # ...... KSP-DESI-E-26-0388

SUBJECT 1
  Last name .......... Kovalenko
  First name ......... Dmytro
  Middle ............. 
  DOB ................ 1996-08-21
  KY OL # ............ K08-112-457

ASSOCIATE (listed for context only - no records requested)
  Bogdan Kovalenko (brother)

RECORDS REQUESTED
  [x] Driver license photo
  [x] Address history
  [x] Vehicle registrations
  [ ] Driving history

PURPOSE / JUSTIFICATION
  Active narcotics investigation - trafficking in a controlled substance, KRS 218A.1412.
  Subject is believed to be operating a vehicle registered to a third party. Permissible
  use under the DPPA, 18 U.S.C. 2721(b)(1).

CERTIFICATION
  [x] I certify that I am a sworn law enforcement officer and that this information will be
      used only for the stated law enforcement purpose.
  Electronic signature: C. Ruiz-Bennett
"""
    open(f"{OUT}/brr06.txt", "w", encoding="utf-8").write(t)
    return label("brr06", "txt", "pasted web-portal submission from state police narcotics unit, associate named",
                 ("state-police", "Kentucky State Police - Drug Enforcement/Special Investigations (DESI) East",
                  "Carla Ruiz-Bennett", "Detective Sergeant", "carla.ruiz-bennett@ky.gov", "606-555-0121"),
                 [("Dmytro Kovalenko", "1996-08-21", [("license", "K08112457")])],
                 ["KRS 218A.1412", "18 USC 2721"], "none", None, False, "criminal_investigation",
                 ["photo", "address", "vehicle"], "email")


def brr07(rng):
    t = """
@c U.S. Department of Homeland Security
@c U.S. Immigration and Customs Enforcement
@C Enforcement and Removal Operations
@c Salt Lake City Field Office
@c 2975 Decker Lake Drive, West Valley City, UT 84119
@H
@R 28 October 2026

Utah Department of Public Safety
Driver License Division - Records Section
4501 South 2700 West
Salt Lake City, UT 84129

@B Re: VUKOVIĆ, Nemanja - A# 219 004 776

Dear Records Section:

U.S. Immigration and Customs Enforcement (ICE) has issued the enclosed Warrant for Arrest of Alien (Form I-200) for the above-named individual, date of birth December 2, 1991. ICE ERO requests the subject's current residential address and the photograph associated with any Utah driver license or identification card, Utah DL 193004812.

This request is made pursuant to 8 U.S.C. § 1357(a) and 8 C.F.R. § 287.5. Please direct any questions and the responsive records to the undersigned.

Sincerely,

@S 16
Lorena Castellanos-Whitfield
Deportation Officer
ICE ERO Salt Lake City
Tel: 801-555-0184
lorena.castellanos-whitfield@ice.dhs.gov

Enclosure (1)
@P
@c U.S. DEPARTMENT OF HOMELAND SECURITY
@C WARRANT FOR ARREST OF ALIEN
@S 4
@M                                               File No. A219 004 776
@M                                               Date: 10/27/2026
@S 8
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that NEMANJA VUKOVIĆ is removable from the United States. This determination is based upon:
@M [X] the execution of a charging document to initiate removal proceedings against the subject;
@M [ ] the pendency of ongoing removal proceedings against the subject;
@M [ ] the failure to establish admissibility subsequent to deferred inspection;
@M [ ] biometric confirmation of the subject's identity and a records check of federal
@M     databases that affirmatively indicate ... that the subject either lacks immigration
@M     status or notwithstanding such status is removable under U.S. immigration law;
@M [ ] statements made voluntarily by the subject to an immigration officer.
@S 6
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.
@S 16
@M ____________________________________
@M (Signature of Authorized Immigration Officer)
@M Gregory P. Ashdown
@M Supervisory Detention and Deportation Officer
@S 16
@B Certificate of Service (complete if served)
@M I hereby certify that the Warrant for Arrest of Alien was served by me at
@M ________________ on _______________________ (Name of alien)
@S 10
@M Form I-200 (Rev. 09/16)
"""
    open(f"{OUT}/brr07.pdf", "wb").write(render_pdf(t, "serif"))
    return label("brr07", "born_digital", "ERO cover letter with I-200 warrant for arrest of alien enclosed",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Salt Lake City Field Office",
                  "Lorena Castellanos-Whitfield", "Deportation Officer", "lorena.castellanos-whitfield@ice.dhs.gov", "801-555-0184"),
                 [("Nemanja Vuković", "1991-12-02", [("a_number", "A219004776"), ("license", "193004812")])],
                 ["8 USC 1357", "8 CFR 287.5", "INA 236", "INA 287", "8 CFR 287"],
                 "administrative_warrant", "I-200", True, "civil_immigration", ["address", "photo"], "mail")


def brr08(rng):
    w = """
@c U.S. DEPARTMENT OF HOMELAND SECURITY
@C WARRANT OF REMOVAL/DEPORTATION
@S 4
@M                                          File No: A204 557 981
@M                                          Date:    09/30/2026
@S 6
To any immigration officer of the United States Department of Homeland Security:

@M   THANH VAN NGUYEN
@M   (Full name of alien)
who entered the United States at Los Angeles, CA on 06/11/2004 (Place of entry / Date of entry) is subject to removal/deportation from the United States, based upon a final order by:
@M   [X] an immigration judge in exclusion, deportation, or removal proceedings
@M   [ ] a designated official
@M   [ ] the Board of Immigration Appeals
@M   [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(2)(A)(iii).

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation "Operations and Support, ICE".
@S 14
@M ______________________________
@M (Signature of immigration officer)
@M Field Office Director, Seattle
@M (Title of immigration officer)
@M Portland, Oregon  (Date and office location)
@S 10
@M Form I-205 (Rev. 08/07)
"""
    png = image_bytes(render_pdf(w, "sans"), "PNG", dpi=130, rng=rng)
    m = EmailMessage()
    m["From"] = "Teague, Samuel R <samuel.r.teague@ice.dhs.gov>"
    m["To"] = "DMV Records Requests <dmv.records@odot.oregon.gov>"
    m["Subject"] = "Records request - NGUYEN, Thanh Van / A204557981"
    m["Date"] = dt(2026, 11, 4, 10, 37, -8)
    m["Message-ID"] = "<brr08.1104@ice.dhs.gov>"
    plain = """Hello DMV Records,

ERO Portland is seeking the current address and any vehicle registration information for the subject below, who is under a final order of removal. A copy of the Warrant of Removal/Deportation (Form I-205) is attached.

  NGUYỄN, Thành Văn
  DOB: 14 Feb 1983
  A 204-557-981
  OR DL 7781123

Thank you,
Samuel R. Teague
Deportation Officer, ICE ERO Portland Sub-Office (Seattle Field Office)
503-555-0109
"""
    m.set_content(plain)
    html = ("<html><body><p>Hello DMV Records,</p><p>ERO Portland is seeking the current address and any vehicle "
            "registration information for the subject below, who is under a final order of removal. A copy of the "
            "Warrant of Removal/Deportation (Form I-205) is attached.</p><table border='1'><tr><td>Name</td><td>NGUYỄN, Thành Văn</td></tr>"
            "<tr><td>DOB</td><td>14 Feb 1983</td></tr><tr><td>A-Number</td><td>A 204-557-981</td></tr><tr><td>OR DL</td><td>7781123</td></tr></table>"
            "<p>Thank you,<br>Samuel R. Teague<br>Deportation Officer, ICE ERO Portland Sub-Office (Seattle Field Office)<br>503-555-0109</p></body></html>")
    m.add_alternative(html, subtype="html")
    m.add_attachment(png, maintype="image", subtype="png", filename="I205_scan.png")
    open(f"{OUT}/brr08.eml", "wb").write(eml_bytes(m))
    return label("brr08", "eml", "multipart/alternative email from ERO with I-205 warrant attached as PNG image",
                 ("dhs-ice-ero", "ICE ERO Portland Sub-Office (Seattle Field Office)", "Samuel R. Teague", "Deportation Officer",
                  "samuel.r.teague@ice.dhs.gov", "503-555-0109"),
                 [("Thành Văn Nguyễn", "1983-02-14", [("a_number", "A204557981"), ("license", "7781123")])],
                 ["INA 237"], "administrative_warrant", "I-205", True, "civil_immigration", ["address", "vehicle"], "email")


def brr09(rng):
    t = """
@c DEPARTMENT OF HOMELAND SECURITY
@C IMMIGRATION DETAINER - NOTICE OF ACTION
@H
@M Subject ID: 402118765          Event #: DET2610000481
@M File No:    A212 339 047       Date:    November 5, 2026
@H
@M TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
@M     Michigan Department of Corrections, Records Office
@M     Ionia Correctional Facility, 1576 W. Bluewater Hwy, Ionia, MI 48846
@M FROM: (Department of Homeland Security Office Address)
@M     ICE Enforcement and Removal Operations, Detroit Field Office
@M     333 Mt. Elliott Street, Detroit, MI 48207
@S 4
@M Name of Alien: HORVAT, Luka Ivan
@M Date of Birth: 06/19/1988     Nationality: CROATIA     Sex: M
@M MDOC Offender No.: 884102
@H
@B 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
@M [X] A final order of removal against the alien;
@M [ ] The pendency of ongoing removal proceedings against the alien;
@M [ ] Biometric confirmation of the alien's identity and a records check of federal databases;
@M [ ] Statements made by the alien to an immigration officer and/or other reliable evidence.
@S 4
@B IT IS THEREFORE REQUESTED THAT YOU:
@M [X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien
@M     is released from your custody. Please notify DHS by calling (313) 555-0150.
@M [X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time
@M     when he/she would otherwise have been released from your custody to allow DHS to
@M     assume custody.
@M [X] Relay this detainer to any other law enforcement agency to which you transfer custody.
@M [X] Please provide the offender's current projected release date.
@S 4
This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This form is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. §§ 236.1 and 287.7.
@S 12
@M ____________________________________
@M (Signature of Authorized Immigration Officer)
@M Jerome A. Whitakker, Supervisory Detention and Deportation Officer
@M ERO Detroit Detainer Unit | (313) 555-0150 | jerome.whitakker@ice.dhs.gov
@S 8
@M Form I-247A (3/17)
@P
@C NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be released from custody. If you believe you are a United States citizen or the victim of a crime, please advise DHS by calling the ICE Law Enforcement Support Center toll free at (855) 555-0148.
@S 10
@C AVISO AL DETENIDO
El Departamento de Seguridad Nacional (DHS) ha emitido una orden de detención inmigratoria en su contra. Si usted cree que es ciudadano de los Estados Unidos o víctima de un delito, por favor notifíquelo al DHS.
"""
    open(f"{OUT}/brr09.pdf", "wb").write(render_pdf(t, "sans"))
    return label("brr09", "born_digital", "I-247A immigration detainer to state corrections with notice page",
                 ("dhs-ice-ero", "ICE Enforcement and Removal Operations, Detroit Field Office", "Jerome A. Whitakker",
                  "Supervisory Detention and Deportation Officer", "jerome.whitakker@ice.dhs.gov", "(313) 555-0150"),
                 [("Luka Ivan Horvat", "1988-06-19", [("a_number", "A212339047"), ("other", "884102")])],
                 ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247A", True,
                 "civil_immigration", ["other"], "mail")


def brr10(rng):
    t = """
@C U.S. Immigration and Customs Enforcement
@c Enforcement and Removal Operations - Houston Field Office
@c 126 Northpoint Drive, Houston, TX 77060
@S 6
@C FACSIMILE
@H
@M To:       TDCJ Classification and Records - Detainer Section, Huntsville
@M Fax:      936-555-0176
@M From:     IEA Darnell V. Pruitt, Criminal Alien Program
@M Phone:    281-555-0163
@M Email:    darnell.pruitt@ice.dhs.gov
@M Pages:    3
@M Subject:  Detainer - RAMÍREZ DE ARELLANO, José Ignacio / TDCJ# 02384471
@H
Attached please find an immigration detainer for the inmate named above. Please acknowledge receipt and lodge the detainer. We ask that you honor it in accordance with Tex. Code Crim. Proc. art. 2.251.
@S 30
This facsimile is intended only for the addressee. It may contain information that is privileged or law enforcement sensitive.
@P
@c DEPARTMENT OF HOMELAND SECURITY
@C IMMIGRATION DETAINER - REQUEST FOR VOLUNTARY ACTION
@H
@M Subject ID: 330917452      Event #: HOU2611000219      File No: A097 552 310
@M Date: 11/06/2026
@M TO: Texas Department of Criminal Justice, Classification and Records, Huntsville, TX
@M Name of Alien: RAMÍREZ DE ARELLANO, José Ignacio
@M Date of Birth: 10/08/1979   Citizenship: MEXICO   Sex: M   TDCJ#: 02384471
@H
@B DHS HAS TAKEN THE FOLLOWING ACTION RELATED TO THE PERSON IDENTIFIED ABOVE, CURRENTLY IN YOUR CUSTODY:
@M [X] Determined that there is reason to believe the individual is an alien subject
@M     to removal from the United States.
@S 4
@B IT IS REQUESTED THAT YOU:
@M [X] Maintain custody of the subject for a period NOT TO EXCEED 48 HOURS, excluding
@M     Saturdays, Sundays, and holidays, beyond the time when the subject would have
@M     otherwise been released from your custody to allow DHS to take custody.
@M [X] Provide a copy to the subject of this detainer.
@M [X] Notify this office of the time of release at least 30 days prior to release or as
@M     far in advance as possible.
@S 6
This request is issued under the authority of section 287 of the Immigration and Nationality Act and 8 CFR 287.7. 
@S 14
@M ___________________________________
@M Darnell V. Pruitt, Immigration Enforcement Agent
@M (Name and title of immigration officer)
@S 6
@M DHS Form I-247D (5/15)
@P
@C NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. A detainer is a request that the law enforcement agency keep you in custody for up to 48 hours beyond your scheduled release so DHS may take custody of you.
"""
    write_fax(render_pdf(t, "sans"), f"{OUT}/brr10.tif",
              "NOV-06-2026 13:08   ICE ERO HOU CAP   281 555 0164   #{p}/{n}", rng)
    return label("brr10", "fax", "ERO fax cover + I-247D detainer to state prison, TX state law cited",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Houston Field Office",
                  "Darnell V. Pruitt", "Immigration Enforcement Agent", "darnell.pruitt@ice.dhs.gov", "281-555-0163"),
                 [("José Ignacio Ramírez de Arellano", "1979-10-08", [("a_number", "A097552310"), ("other", "02384471")])],
                 ["TX CCP 2.251", "INA 287", "8 CFR 287.7"], "detainer", "I-247D", True, "civil_immigration",
                 ["other"], "fax")


def brr11(rng):
    t = """
@C U.S. Department of Justice
@c United States Attorney's Office - Eastern District of Virginia
@c 2100 Jamieson Avenue, Alexandria, Virginia 22314
@H
@R November 9, 2026

Virginia Department of Motor Vehicles
Legal Services - Law Enforcement Records
2300 West Broad Street
Richmond, VA 23220

Re: Order under 18 U.S.C. § 2703(d), Case No. 1:26-ec-00412

Dear Sir or Madam:

Please find enclosed an Order entered by the United States District Court for the Eastern District of Virginia directing the Department to disclose records associated with myDMV online accounts. I understand DMV's practice under Va. Code § 46.2-208 is to release customer records to law enforcement only on appropriate process; the enclosed Order satisfies that requirement. The Order also directs that its existence not be disclosed to the account holders.

Please contact me with questions about the scope of the Order.

Very truly yours,

@S 14
Priya N. Balasubramanian
Assistant United States Attorney
(703) 555-0126
priya.balasubramanian@usdoj.gov
@P
@C UNITED STATES DISTRICT COURT
@C FOR THE EASTERN DISTRICT OF VIRGINIA
@c Alexandria Division
@S 8
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d) DIRECTED TO THE VIRGINIA DEPARTMENT OF MOTOR VEHICLES
@R Case No. 1:26-ec-00412
@R FILED UNDER SEAL
@S 6
@C ORDER
This matter having come before the Court pursuant to an application under Title 18, United States Code, Section 2703(d), by Assistant United States Attorney Priya N. Balasubramanian, the Court finds that the applicant has offered specific and articulable facts showing that there are reasonable grounds to believe that the records and other information described below are relevant and material to an ongoing criminal investigation into violations of 18 U.S.C. § 1028A (aggravated identity theft) and 18 U.S.C. § 1343 (wire fraud).

IT IS THEREFORE ORDERED that the Virginia Department of Motor Vehicles shall, within ten days of the date of this Order, disclose the following records and information pertaining to the myDMV online account(s) associated with:
@M   (1) Andrei POPESCU, DOB 1984-05-11, Virginia customer no. T61-44-8820
@M   (2) Oksana MELNYK, DOB 1993-09-27
  a. account holder names, residential and mailing addresses, e-mail addresses and telephone numbers;
  b. records of session times and Internet Protocol addresses used to access the accounts, from January 1, 2025 to the date of this Order;
  c. records of online transactions, including address changes and duplicate credential orders.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that the Virginia Department of Motor Vehicles shall not disclose the existence of the application or this Order to the account holders or any other person for a period of one year.
@S 10
@M ENTERED this 6th day of November, 2026.
@S 12
@M BY THE COURT:
@M /s/ William R. Castellano
@M United States Magistrate Judge
"""
    open(f"{OUT}/brr11.pdf", "wb").write(render_pdf(t, "serif"))
    return label("brr11", "born_digital", "AUSA transmittal letter + 18 USC 2703(d) order from federal court",
                 ("doj-usao", "United States Attorney's Office - Eastern District of Virginia", "Priya N. Balasubramanian",
                  "Assistant United States Attorney", "priya.balasubramanian@usdoj.gov", "(703) 555-0126"),
                 [("Andrei Popescu", "1984-05-11", [("license", "T61448820")]), ("Oksana Melnyk", "1993-09-27", [])],
                 ["18 USC 2703", "VA Code 46.2-208", "18 USC 1028A", "18 USC 1343", "18 USC 2705"],
                 "court_order", None, True, "criminal_investigation", ["address", "email", "phone", "other"], "mail")


def brr12(rng):
    t = """
@C ESSEX COUNTY PROSECUTOR'S OFFICE
@c Veterans Courthouse, 50 West Market Street, Newark, New Jersey 07102
@H
@R November 6, 2026
New Jersey Department of Labor and Workforce Development
Division of Unemployment Insurance - Legal Records Unit
P.O. Box 058, Trenton, NJ 08625

Re: State v. Ochieng and Salcedo-Vargas, Ind. No. 26-07-01933-I

Dear Custodian:

Enclosed please find a certified copy of an Order entered today by the Honorable Marisol T. Acevedo, J.S.C., directing production of certified unemployment insurance and wage records. Kindly produce the records to my attention within fourteen (14) days.

@S 12
Giuliana F. Restrepo
Assistant Prosecutor, Insurance Fraud Unit
(973) 555-0133 - grestrepo@njecpo.gov

c: Theodore N. Magliaro, Acting Essex County Prosecutor
@P
@M Giuliana F. Restrepo, Assistant Prosecutor (Atty ID 018822009)
@M Essex County Prosecutor's Office, 50 West Market Street, Newark, NJ 07102
@S 10
@M STATE OF NEW JERSEY,              :  SUPERIOR COURT OF NEW JERSEY
@M           Plaintiff,              :  LAW DIVISION - CRIMINAL PART
@M      v.                           :  ESSEX COUNTY
@M KAMAU OCHIENG and                 :  
@M ROSA ELENA SALCEDO-VARGAS,        :  Indictment No. 26-07-01933-I
@M           Defendants.             :
@M                                   :  ORDER FOR PRODUCTION OF RECORDS
@S 10
THIS MATTER having been opened to the Court by Theodore N. Magliaro, Acting Essex County Prosecutor, by Giuliana F. Restrepo, Assistant Prosecutor, appearing, on notice to counsel for the defendants; and defendants Kamau Ochieng (DOB 04/16/1981) and Rosa Elena Salcedo-Vargas (DOB 12/03/1990) having been charged with theft by deception, N.J.S.A. 2C:20-4, and unemployment insurance fraud, N.J.S.A. 43:21-16; and the Court having considered the submissions and good cause having been shown;

IT IS on this 6th day of November, 2026, ORDERED that the New Jersey Department of Labor and Workforce Development shall produce to the Essex County Prosecutor's Office certified copies of:
  1. all unemployment insurance claims filed by or in the name of either defendant from January 1, 2023 to the present, with payment histories;
  2. all wage records reported for either defendant under N.J.S.A. 43:21-11(g);
  3. the names and addresses of employers reporting wages for either defendant;

IT IS FURTHER ORDERED that the records so produced shall be used solely for purposes of this prosecution.
@S 16
@M                                  /s/ Marisol T. Acevedo
@M                                  HON. MARISOL T. ACEVEDO, J.S.C.
"""
    write_scanned(render_pdf(t, "serif"), f"{OUT}/brr12.pdf", rng, sideways=(0,))
    return label("brr12", "scanned", "county prosecutor cover letter + state superior court order, two defendants, scanned",
                 ("district-attorney", "Essex County Prosecutor's Office", "Giuliana F. Restrepo", "Assistant Prosecutor",
                  "grestrepo@njecpo.gov", "(973) 555-0133"),
                 [("Kamau Ochieng", "1981-04-16", []), ("Rosa Elena Salcedo-Vargas", "1990-12-03", [])],
                 ["NJSA 2C:20-4", "NJSA 43:21-16", "NJSA 43:21-11"], "court_order", None, True,
                 "criminal_investigation", ["claims", "benefits", "wages", "employment"], "mail")


def brr13(rng):
    sub = """
@M AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
@S 6
@C UNITED STATES DISTRICT COURT
@c for the
@c Northern District of Georgia
@S 8
@C SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, Georgia Department of Labor, 148 Andrew Young International Blvd NE, Atlanta, GA 30303

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.
@M Place: Richard B. Russell Federal Building, 75 Ted Turner Dr. SW, Atlanta, GA
@M Date and Time: 12/01/2026 9:30 am            Grand Jury No. 26-3-114
You must also bring with you the following documents, electronically stored information, or objects: SEE ATTACHMENT A.
@M Date: 10/29/2026                CLERK OF COURT
@M                                 /s/ L. Okonjo
@M                                 Signature of Clerk or Deputy Clerk
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
@M Daniel Whitfield, Assistant U.S. Attorney, 75 Ted Turner Dr. SW, Suite 600,
@M Atlanta, GA 30303  daniel.whitfield@usdoj.gov  (404) 555-0170
@P
@C ATTACHMENT A
For the period January 1, 2023 to the present, all records relating to the following persons:
@M  TRAVIS WAYNE HOLCOMB     DOB 02/11/1977    SSN XXX-XX-4471
@M  MARISELA ORTÍZ QUIÑONES  DOB 1986-07-30
1. Quarterly wage reports and employer names and addresses;
2. Unemployment insurance claims, certifications and payment records.
In lieu of appearance, records may be produced to the requesting AUSA together with a certificate of authenticity. See Fed. R. Crim. P. 17(c).
"""
    pdf = render_pdf(sub, "serif")
    m = EmailMessage()
    m["From"] = '"Whitfield, Daniel (USAGAN)" <daniel.whitfield@usdoj.gov>'
    m["To"] = "subpoenas@gdol.ga.gov"
    m["Cc"] = '"Holloway, Tamika (USAGAN)" <tamika.holloway@usdoj.gov>'
    m["Subject"] = "Grand Jury Subpoena - GJ 26-3-114"
    m["Date"] = dt(2026, 10, 29, 16, 45)
    m["Message-ID"] = "<brr13.1029@usdoj.gov>"
    m.set_content("""Good afternoon,

Please see the attached grand jury subpoena for GDOL wage and UI claim records. The matter concerns an investigation of wire fraud, 18 U.S.C. § 1343. Records may be produced electronically to me in lieu of appearance; my paralegal, Tamika Holloway (cc'd), can arrange a secure file transfer link.

Please do not disclose the existence of this subpoena to the persons named.

Thank you,

Daniel Whitfield
Assistant United States Attorney
Northern District of Georgia
(404) 555-0170
""")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="GJ_Subpoena_GDOL.pdf")
    open(f"{OUT}/brr13.eml", "wb").write(eml_bytes(m))
    return label("brr13", "eml", "AUSA email with AO 110 grand jury subpoena PDF, paralegal cc'd",
                 ("doj-usao", "U.S. Attorney's Office, Northern District of Georgia", "Daniel Whitfield",
                  "Assistant United States Attorney", "daniel.whitfield@usdoj.gov", "(404) 555-0170"),
                 [("Travis Wayne Holcomb", "1977-02-11", [("ssn_last4", "4471")]), ("Marisela Ortíz Quiñones", "1986-07-30", [])],
                 ["18 USC 1343", "FRCrP 17"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
                 ["wages", "employment", "claims", "benefits"], "email")


def brr14(rng):
    t = """
@C COMMONWEALTH OF MASSACHUSETTS
@M SUFFOLK, ss.                                   SUPERIOR COURT DEPARTMENT
@M                                                OF THE TRIAL COURT
@S 6
@C GRAND JURY SUBPOENA DUCES TECUM
@c (G.L. c. 277, § 68; G.L. c. 233, § 1)
@S 6
@B To: Keeper of Records, Registry of Motor Vehicles, 10 Park Plaza, Boston, MA 02116

You are hereby commanded, in the name of the Commonwealth of Massachusetts, to appear before the Grand Jury sitting at the Suffolk County Courthouse, Three Pemberton Square, Boston, on Thursday, the 10th day of December, 2026, at 9:00 a.m., and from day to day thereafter until the action is heard by said Grand Jury, to give evidence of what you know relating to an investigation then and there to be heard, and you are further required to bring with you:

Certified copies of all license and identification card applications, source identity documents submitted, digital photographs, and residential address history for:
@M   Siobhan M. GALLAGHER    DOB 03/09/1988   MA Lic. S44120987
@M   Darius Tavares MONTEIRO  DOB 1995-08-14

This investigation concerns possible violations of G.L. c. 266, § 30 (larceny) and G.L. c. 90, § 24B (false RMV documents). Production of the records to the Assistant District Attorney named below in advance of the return date will be accepted in lieu of personal appearance.

Hereof fail not, as you will answer your default under the pains and penalties in the law in that behalf made and provided.
@S 6
@M Dated at Boston, November 2, 2026
@S 8
@M Witness: Hon. Heidi E. Brieger, Chief Justice of the Superior Court
@M /s/ Michael J. Donovan-Ruiz, Clerk/Magistrate
@S 10
@M Issued at the request of:
@M Fiona R. McDermott, Assistant District Attorney
@M Suffolk County District Attorney's Office, One Bulfinch Place, Boston, MA 02114
@M (617) 555-0147   fiona.mcdermott@mass.gov
"""
    open(f"{OUT}/brr14.pdf", "wb").write(render_pdf(t, "serif"))
    return label("brr14", "born_digital", "state (MA) grand jury subpoena duces tecum requested by ADA",
                 ("district-attorney", "Suffolk County District Attorney's Office", "Fiona R. McDermott",
                  "Assistant District Attorney", "fiona.mcdermott@mass.gov", "(617) 555-0147"),
                 [("Siobhan M. Gallagher", "1988-03-09", [("license", "S44120987")]), ("Darius Tavares Monteiro", "1995-08-14", [])],
                 ["MGL 277-68", "MGL 233-1", "MGL 266-30", "MGL 90-24B"], "grand_jury_subpoena", None, True,
                 "criminal_investigation", ["license", "identity_documents", "photo", "address"], "mail")


def brr15(rng):
    t = """
@M AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit
@M Inspection of Premises in a Civil Action
@S 6
@C UNITED STATES DISTRICT COURT
@c for the
@c District of Colorado
@S 6
@M BERNADETTE QUIROGA,                  )
@M            Plaintiff                 )   Civil Action No. 1:26-cv-01177-RMR
@M       v.                             )
@M UNITED STATES OF AMERICA,            )
@M            Defendant                 )
@S 6
@C SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION
To: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles, 1881 Pierce Street, Lakewood, CO 80214

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material: See Schedule A.
@M Place: U.S. Attorney's Office, 1801 California St., Suite 1600, Denver, CO 80202
@M Date and Time: 12/04/2026 10:00 am
The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.
@M Date: 11/03/2026          CLERK OF COURT  OR  /s/ Kyle D. Marchetti
@M                                               Attorney's signature
The name, address, e-mail address, and telephone number of the attorney representing the United States of America, who issues or requests this subpoena, are: Kyle D. Marchetti, Assistant United States Attorney, 1801 California St., Suite 1600, Denver, CO 80202; kyle.marchetti@usdoj.gov; (303) 555-0155.
@P
@C SCHEDULE A
This action arises under the Federal Tort Claims Act, 28 U.S.C. §§ 1346(b), 2671-2680, from a collision on June 3, 2025 involving a U.S. Postal Service vehicle driven by Dwight Halvorsen. Produce, for plaintiff BERNADETTE QUIROGA (DOB January 19, 1975; CO DL 98-441-2207):
  1. driver license history, including restrictions, suspensions and reinstatements;
  2. the motor vehicle record (driving history) for 2015 to present;
  3. any accident reports on file for June 3, 2025.
Disclosure is permitted under 18 U.S.C. § 2721(b)(4) (use in connection with a civil proceeding in a federal court).
"""
    open(f"{OUT}/brr15.pdf", "wb").write(render_pdf(t, "sans"))
    return label("brr15", "born_digital", "AO 88B civil subpoena by AUSA defending an FTCA suit; subject is the plaintiff",
                 ("doj-usao", "U.S. Attorney's Office, District of Colorado", "Kyle D. Marchetti",
                  "Assistant United States Attorney", "kyle.marchetti@usdoj.gov", "(303) 555-0155"),
                 [("Bernadette Quiroga", "1975-01-19", [("license", "984412207")])],
                 ["FRCP 45", "28 USC 1346", "28 USC 2671", "28 USC 2680", "18 USC 2721"],
                 "court_subpoena", "AO 88B", True, "unknown", ["license", "other"], "mail")


def brr16(rng):
    t = """
@C IN THE COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO
@c CRIMINAL DIVISION
@S 6
@M STATE OF OHIO,                       :   Case No. 26CR-004417
@M           Plaintiff,                 :
@M      vs.                             :   Judge Aldana-Reiss
@M DESHAWN MARCUS PETTIFORD,            :
@M           Defendant.                 :
@S 8
@C SUBPOENA DUCES TECUM (CRIMINAL)
@c Crim.R. 17(C)
@S 4
@B TO: Records Custodian, Ohio Department of Job and Family Services, Office of Legal Services, 30 E. Broad Street, 31st Floor, Columbus, OH 43215

YOU ARE COMMANDED to appear before the Court of Common Pleas, 375 South High Street, Courtroom 5C, Columbus, Ohio, on December 8, 2026 at 9:00 a.m., to testify as a witness on behalf of the STATE OF OHIO, and to bring with you the following:

Certified copies of all SNAP and Ohio Works First applications, redeterminations, household composition statements, benefit issuance histories and addresses of record for DESHAWN MARCUS PETTIFORD, date of birth May 22, 1983, from January 2022 to present.

The defendant is charged with theft, R.C. 2913.02, and tampering with records, R.C. 2913.42. Release of public assistance records for this purpose is governed by R.C. 5101.27. Certified records delivered to the undersigned before the hearing date may be accepted in lieu of appearance.

@M Issued at the request of:                 MARYELLEN STRICKLAND
@M Hannah J. Okonkwo-Reyes (0091174)         Clerk of Courts, Franklin County
@M Assistant Prosecuting Attorney            By: /s/ J. Boateng, Deputy Clerk
@M Franklin County Prosecutor's Office       Date: November 2, 2026
@M 373 South High Street, 14th Floor
@M Columbus, OH 43215  (614) 555-0192
@M hokonkworeyes@franklincountyohio.gov
@S 8
@M RETURN OF SERVICE: Received this subpoena on ________ and served by ________
"""
    write_scanned(render_pdf(t, "serif"), f"{OUT}/brr16.pdf", rng)
    return label("brr16", "scanned", "Ohio common pleas criminal subpoena duces tecum, requested by assistant prosecutor, scanned",
                 ("district-attorney", "Franklin County Prosecutor's Office", "Hannah J. Okonkwo-Reyes",
                  "Assistant Prosecuting Attorney", "hokonkworeyes@franklincountyohio.gov", "(614) 555-0192"),
                 [("Deshawn Marcus Pettiford", "1983-05-22", [])],
                 ["OH CrimP 17", "ORC 2913.02", "ORC 2913.42", "ORC 5101.27"], "court_subpoena", None, True,
                 "criminal_investigation", ["benefits", "claims", "address"], "mail")


def brr17(rng):
    t = """
@C OFFICE OF THE DISTRICT ATTORNEY
@c COUNTY OF SAN DIEGO - Economic Crimes Division
@c 330 West Broadway, San Diego, CA 92101
@S 6
@C FAX COVER SHEET
@H
@M TO:     EDD Legal Office - Subpoena Processing Unit      FAX: 916-555-0108
@M FROM:   Rafael Ángel Ybarra, Deputy District Attorney    FAX: 619-555-0104
@M PHONE:  619-555-0105
@M EMAIL:  rafael.ybarra@sdcda.gov
@M DATE:   October 30, 2026          PAGES: 3
@M RE:     People v. Vo et al., SCD298814
@H
Attached is a criminal subpoena duces tecum with attachment. Please provide records with an affidavit of custodian of records (Evid. Code §§ 1561, 1562).
@P
@M ATTORNEY: Rafael Ángel Ybarra, Deputy District Attorney (SBN 287114)
@M San Diego County District Attorney, 330 W. Broadway, San Diego, CA 92101
@S 6
@C SUPERIOR COURT OF CALIFORNIA, COUNTY OF SAN DIEGO
@S 4
@M PEOPLE OF THE STATE OF CALIFORNIA                 Case No.: SCD298814
@M      vs.
@M VO, MINH TUAN; NGUYEN-VO, LINH, Defendants
@S 4
@C CRIMINAL SUBPOENA DUCES TECUM
@c (Pen. Code, § 1326; Evid. Code, § 1560)
THE PEOPLE OF THE STATE OF CALIFORNIA, TO: Custodian of Records, Employment Development Department, 800 Capitol Mall, Sacramento, CA 95814.

YOU ARE ORDERED TO APPEAR AS A WITNESS in this case at the date, time and place shown below, and to produce the records described in the attachment, unless you make a special agreement with the person named above. Compliance by delivering true, legible and durable copies with a custodian's affidavit as provided in Evidence Code section 1560 is sufficient.
@M DATE: December 2, 2026    TIME: 8:30 a.m.    DEPT: 1102
@M Date issued: 10/29/2026      Clerk, by /s/ A. Medrano, Deputy
@P
@C ATTACHMENT - RECORDS TO BE PRODUCED
All unemployment and disability insurance claims, payment histories, bank/debit card payment destinations, and quarterly wage records for:
@M   VO, MINH TUAN      DOB 08/05/1979   SSN ending 2286
@M   NGUYEN-VO, LINH    DOB 03/17/1982
Defendants are charged with making false statements to obtain benefits, Unemployment Insurance Code § 2101, and grand theft, Penal Code § 487.
"""
    write_fax(render_pdf(t, "sans"), f"{OUT}/brr17.tif",
              "OCT-30-2026 FRI 11:52 AM  SDDA ECONOMIC CRIMES   FAX NO. 6195550104   P. {p}", rng)
    return label("brr17", "fax", "DA fax cover + California criminal subpoena duces tecum with attachment",
                 ("district-attorney", "Office of the District Attorney, County of San Diego", "Rafael Ángel Ybarra",
                  "Deputy District Attorney", "rafael.ybarra@sdcda.gov", "619-555-0105"),
                 [("Minh Tuan Vo", "1979-08-05", [("ssn_last4", "2286")]), ("Linh Nguyen-Vo", "1982-03-17", [])],
                 ["CA Evid Code 1561", "CA Evid Code 1562", "CA PC 1326", "CA Evid Code 1560", "CA UI Code 2101", "CA PC 487"],
                 "court_subpoena", None, True, "criminal_investigation", ["claims", "benefits", "wages", "other"], "fax")


def brr18(rng):
    t = """
@c U.S. Department of Justice
@C DRUG ENFORCEMENT ADMINISTRATION
@c St. Louis Field Division - Tactical Diversion Squad
@c 317 South 16th Street, St. Louis, MO 63103
@S 6
@C SUBPOENA
@H
@M In the matter of: Investigation No. MS-26-0118          Subpoena No. 26-STL-00742
@M TO: Custodian of Records
@M     Missouri Department of Revenue, Motor Vehicle and Driver Licensing
@M     Harry S Truman State Office Building, 301 W. High Street, Jefferson City, MO 65101
@S 4
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent Courtney L. Mabry, an official of the Drug Enforcement Administration, at the place, date and time specified, to testify and to produce the records described below, which are relevant and material to an investigation relating to the enforcement of Title 21, United States Code, specifically possible violations of 21 U.S.C. §§ 841 and 846:
@M Place: DEA St. Louis Division, 317 S. 16th St.     Date: 11/24/2026  10:00 a.m.
@S 4
@B RECORDS TO BE PRODUCED (delivery by mail or e-mail in lieu of appearance is acceptable):
Driver license applications and photographs, residential and mailing addresses, and all vehicle registration and title records for:
@M  1. WHITLOCK, Jamal Antoine     DOB 11/02/1990    MO DL R112047583
@M  2. HRYTSENKO, Oleksandr        DOB 1984-12-28
@S 4
This subpoena is issued pursuant to Title 21, United States Code, Section 876, and Section 506 of Public Law 91-513. In the event of contumacy or refusal to obey this subpoena, the Attorney General may invoke the aid of any United States District Court to compel compliance. You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation.
@S 14
@M ______________________________          Date: November 9, 2026
@M Courtney L. Mabry, Special Agent (Authorized Official)
@M DEA St. Louis Division  |  (314) 555-0178  |  courtney.l.mabry@dea.gov
@S 10
@M DEA St. Louis Division - Administrative Subpoena (Rev. 2024)
"""
    open(f"{OUT}/brr18.pdf", "wb").write(render_pdf(t, "sans"))
    return label("brr18", "born_digital", "DEA administrative subpoena under 21 USC 876 with district-court enforcement clause",
                 ("doj-dea", "Drug Enforcement Administration, St. Louis Field Division - Tactical Diversion Squad",
                  "Courtney L. Mabry", "Special Agent", "courtney.l.mabry@dea.gov", "(314) 555-0178"),
                 [("Jamal Antoine Whitlock", "1990-11-02", [("license", "R112047583")]), ("Oleksandr Hrytsenko", "1984-12-28", [])],
                 ["21 USC 841", "21 USC 846", "21 USC 876", "PL 91-513"], "administrative_subpoena", None, True,
                 "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


def brr19(rng):
    s = """
@c DEPARTMENT OF HOMELAND SECURITY
@c U.S. CUSTOMS AND BORDER PROTECTION
@C SUMMONS
@H
@M Summons No.: SEA-OFO-2026-0311
@M To: Custodian of Records, Washington State Department of Licensing,
@M     Vehicle Records, 1125 Washington St SE, Olympia, WA 98504
@S 4
In the matter of: the exportation of motor vehicles through the Port of Seattle/Tacoma by or on behalf of ABDIWELI HASSAN NUR (DOB 4 Mar 1988).

You are hereby summoned and required to appear before CBP Officer (Enforcement) Ingrid M. Ekdahl, an officer of U.S. Customs and Border Protection, at 1000 Second Avenue, Suite 2200, Seattle, WA 98104, on November 23, 2026 at 10:00 a.m., and to produce: certificates of title, registration histories and owner addresses for all vehicles titled or registered to the person named above since January 1, 2025.

This summons is issued under 19 U.S.C. § 1509. Failure to comply may result in enforcement proceedings in the United States District Court as provided by 19 U.S.C. § 1510.
@S 10
@M /s/ Harold Q. Vance, Assistant Port Director (Trade Enforcement)
@M Date: 11/03/2026
@S 6
@M CBP Form 3115 (06/24)
"""
    jpg = image_bytes(render_pdf(s, "sans"), "JPEG", dpi=140, rng=rng)
    m = EmailMessage()
    m["From"] = '"Ekdahl, Ingrid M." <ingrid.m.ekdahl@cbp.dhs.gov>'
    m["To"] = "dol.lawenforcement@dol.wa.gov"
    m["Subject"] = "CBP Summons - vehicle title records"
    m["Date"] = dt(2026, 11, 3, 13, 20, -8)
    m["Message-ID"] = "<brr19.1103@cbp.dhs.gov>"
    m.set_content("""Good afternoon,

Attached is a CBP summons (Form 3115) for vehicle title and registration records. CBP is investigating the export of vehicles reported stolen, possible violations of 18 U.S.C. § 553. A cooperating exporter (Northgate Auto Exports LLC, contact Pavel Sirota) is not a subject of this request.

Please send responsive records to me at this address.

Respectfully,
Ingrid M. Ekdahl
CBP Officer (Enforcement) | Outbound Enforcement Team
U.S. Customs and Border Protection, Office of Field Operations, Seattle Field Office
Office: 206-555-0114
""")
    m.add_alternative("""<html><body><p>Good afternoon,</p><p>Attached is a CBP summons (Form 3115) for vehicle title and registration
records. CBP is investigating the export of vehicles reported stolen, possible violations of 18 U.S.C. &sect; 553. A cooperating exporter
(Northgate Auto Exports LLC, contact Pavel Sirota) is not a subject of this request.</p><p>Please send responsive records to me at this address.</p>
<p>Respectfully,<br>Ingrid M. Ekdahl<br>CBP Officer (Enforcement) | Outbound Enforcement Team<br>U.S. Customs and Border Protection, Office of Field Operations, Seattle Field Office<br>Office: 206-555-0114</p></body></html>""", subtype="html")
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="summons_3115.jpg")
    open(f"{OUT}/brr19.eml", "wb").write(eml_bytes(m))
    return label("brr19", "eml", "CBP officer email with Form 3115 summons attached as JPEG, exporter contact named",
                 ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Seattle Field Office",
                  "Ingrid M. Ekdahl", "CBP Officer (Enforcement)", "ingrid.m.ekdahl@cbp.dhs.gov", "206-555-0114"),
                 [("Abdiweli Hassan Nur", "1988-03-04", [])],
                 ["18 USC 553", "19 USC 1509", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115", True,
                 "criminal_investigation", ["vehicle", "address"], "email")


def brr20(rng):
    t = """PA DEPARTMENT OF LABOR & INDUSTRY - OFFICE OF UC BENEFITS
LAW ENFORCEMENT INFORMATION REQUEST (online form)
Confirmation #: LI-LE-20261112-0093
Received: 2026-11-12 09:47:31

-- Requestor --
Name:            Renata Szymańska
Title:           Special Agent
Agency:          U.S. Department of Homeland Security, ICE - Homeland Security Investigations (HSI Philadelphia)
Address:         114 N. 8th Street, Philadelphia, PA 19107
Phone:           215-555-0166
E-mail:          renata.szymanska@ice.dhs.gov
Agency case no.: PH12PR26PH0047

-- Subject(s) --
1) Last: Hernández Ruiz   First: Ezequiel    DOB: 05/30/1991   SSN (last 4): 0937
2) Last: Lam              First: Quoc Bao    DOB: 1987-10-02   SSN (last 4):

-- Records sought --
Employer names and addresses; quarterly wage records 2024 Q1 to present; UC claim history.

-- Reason for request --
Criminal investigation: document fraud and identity theft (18 U.S.C. 1546, 18 U.S.C. 1028).
The subjects are believed to have used fraudulent identity documents to obtain employment at
Keystone Valley Poultry (HR contact: Dennis Mohler). No records requested for the employer contact.

-- Legal authority cited by requestor --
43 P.S. § 871

-- Attachments --
(none)
"""
    open(f"{OUT}/brr20.txt", "w", encoding="utf-8").write(t)
    return label("brr20", "txt", "web-form submission from HSI special agent, criminal fraud, employer contact named",
                 ("dhs-ice-hsi", "U.S. Department of Homeland Security, ICE - Homeland Security Investigations (HSI Philadelphia)",
                  "Renata Szymańska", "Special Agent", "renata.szymanska@ice.dhs.gov", "215-555-0166"),
                 [("Ezequiel Hernández Ruiz", "1991-05-30", [("ssn_last4", "0937")]), ("Quoc Bao Lam", "1987-10-02", [])],
                 ["18 USC 1546", "18 USC 1028", "43 PS 871"], "none", None, False, "criminal_investigation",
                 ["employment", "wages", "claims"], "email")


def brr21(rng):
    m = EmailMessage()
    m["From"] = "Vang, Anthony <anthony.vang@hennepin.us>"
    m["To"] = "DVS Records <dvs.records@state.mn.us>"
    m["Subject"] = "RE: RE: DVS photo request - ICR 26-0442871"
    m["Date"] = dt(2026, 11, 10, 11, 5, -6)
    m["Message-ID"] = "<brr21.c@hennepin.us>"
    m["In-Reply-To"] = "<brr21.b@state.mn.us>"
    m.set_content("""Hi Sarah,

Sorry about that - yes, it's for a criminal case. We're investigating theft from a vulnerable adult (Minn. Stat. § 609.2335) and theft (Minn. Stat. § 609.52). Victim is Dolores Fenwick, 88, of Bloomington; we don't need anything on her.

Subject: Jaroslav NOVÁK, DOB January 9, 1972, MN DL H412771903228.

Need the DL photo and the address on file. Thanks!

Deputy Anthony Vang #1187
Investigations Division
Hennepin County Sheriff's Office
612-555-0129

-----Original Message-----
From: DVS Records <dvs.records@state.mn.us>
Sent: Monday, November 9, 2026 3:47 PM
To: Vang, Anthony <anthony.vang@hennepin.us>
Subject: RE: DVS photo request - ICR 26-0442871

Deputy Vang,

Under Minn. Stat. § 171.12 and the federal DPPA (18 U.S.C. § 2721) we need the purpose of the request before we can release a photo. Can you tell us what it's for?

Sarah Engstrom
Records Specialist, Driver and Vehicle Services

> -----Original Message-----
> From: Vang, Anthony <anthony.vang@hennepin.us>
> Sent: Monday, November 9, 2026 1:12 PM
> Subject: DVS photo request - ICR 26-0442871
>
> Hello, can I get a DL photo and address for Jaroslav Novák, DOB 01/09/1972? Case ICR 26-0442871.
> Thanks, Dep. Vang
""")
    open(f"{OUT}/brr21.eml", "wb").write(eml_bytes(m))
    return label("brr21", "eml", "sheriff deputy reply quoting records clerk's question and original request",
                 ("sheriff", "Hennepin County Sheriff's Office", "Anthony Vang", "Deputy",
                  "anthony.vang@hennepin.us", "612-555-0129"),
                 [("Jaroslav Novák", "1972-01-09", [("license", "H412771903228")])],
                 ["MN Stat 609.2335", "MN Stat 609.52", "MN Stat 171.12", "18 USC 2721"], "none", None, False,
                 "criminal_investigation", ["photo", "address"], "email")


def brr22(rng):
    inner = EmailMessage()
    inner["From"] = '"Okoro, Emmanuel C" <emmanuel.c.okoro@ice.dhs.gov>'
    inner["To"] = "dmv.customerservice@ncdot.gov"
    inner["Subject"] = "Address verification request"
    inner["Date"] = dt(2026, 11, 2, 14, 31)
    inner["Message-ID"] = "<brr22.inner@ice.dhs.gov>"
    inner.set_content("""Good afternoon,

I am a Deportation Officer with ICE Enforcement and Removal Operations, Atlanta Field Office, Charlotte Sub-Office. I am requesting the most recent address on file and any vehicles registered to the following individuals:

1. MEJÍA ARGUETA, Santos Wilfredo - DOB 1993-04-17 - A# 213-667-090 - NC DL 000038819442
2. ARGUETA DE MEJÍA, Reina Isabel - DOB 1995-09-02 - A# 213-667-091

This information is for official use only. Authority: 8 U.S.C. § 1357. I understand release to a government agency is permitted under N.C. Gen. Stat. § 20-43.1.

Thank you,
Emmanuel C. Okoro
Deportation Officer
ICE ERO Charlotte
Office: 704-555-0188
Cell: 704-555-0189
""")
    m = EmailMessage()
    m["From"] = '"Bynum, Celeste" <celeste.bynum@ncdot.gov>'
    m["To"] = "DMV Legal Records <dmv.legalrecords@ncdot.gov>"
    m["Subject"] = "FW: Address verification request"
    m["Date"] = dt(2026, 11, 3, 8, 2)
    m["Message-ID"] = "<brr22.outer@ncdot.gov>"
    m.set_content("""Forwarding to Legal Records per policy - this came into the Customer Contact Center general mailbox yesterday. Original message attached.

Celeste Bynum
NCDMV Customer Contact Center
""")
    m.add_attachment(inner)
    open(f"{OUT}/brr22.eml", "wb").write(eml_bytes(m))
    return label("brr22", "eml", "internal forward inside state agency with ERO request attached as message/rfc822",
                 ("dhs-ice-ero", "ICE Enforcement and Removal Operations, Atlanta Field Office, Charlotte Sub-Office",
                  "Emmanuel C. Okoro", "Deportation Officer", "emmanuel.c.okoro@ice.dhs.gov", "704-555-0188"),
                 [("Santos Wilfredo Mejía Argueta", "1993-04-17", [("a_number", "A213667090"), ("license", "000038819442")]),
                  ("Reina Isabel Argueta de Mejía", "1995-09-02", [("a_number", "A213667091")])],
                 ["8 USC 1357", "NCGS 20-43.1"], "none", None, False, "civil_immigration", ["address", "vehicle"], "email")


def brr23(rng):
    t = """
@C TENNESSEE BUREAU OF INVESTIGATION
@c Criminal Investigation Division - Fraud Unit
@c 901 R.S. Gass Boulevard, Nashville, Tennessee 37216
@H
@M Date: 2026-11-04
@M TBI File No.: 2026-WF-00318
@S 6
Tennessee Department of Human Services
Office of General Counsel - Records Requests
James K. Polk Building, 505 Deaderick Street
Nashville, TN 37243

Subject: Request for SNAP / EBT records

Dear Counsel:

The Tennessee Bureau of Investigation is investigating the trafficking of Supplemental Nutrition Assistance Program benefits at a convenience store in Davidson County. The conduct under investigation includes theft of property, T.C.A. § 39-14-103, and the unauthorized use or acquisition of SNAP benefits, 7 U.S.C. § 2024(b). Disclosure of recipient information to law enforcement officials investigating SNAP violations is authorized by 7 C.F.R. § 272.1(c).

Please provide, for each person identified as a subject below, the SNAP application(s), household composition, EBT card transaction history from January 1, 2025 to date, and the address of record.

@M  NAME                           DOB          SSN (last 4)   ROLE
@M  Brantley, Cody Allen           08/23/1984   6620           Subject
@M  Sokolova, Yelena Viktorovna    1989-02-14   1157           Subject
@M  Tillis, Raymond                --           --             Store owner / witness
@M                                                             (NO RECORDS REQUESTED)
@S 6
Please call me if the request should be narrowed.

Sincerely,
@S 14
Whitney A. Calloway
Special Agent, Criminal Investigation Division
Office: 615-555-0144 | whitney.calloway@tbi.tn.gov

cc: Martin Beasley, Assistant District Attorney General, 20th Judicial District
"""
    open(f"{OUT}/brr23.pdf", "wb").write(render_pdf(t, "serif"))
    return label("brr23", "born_digital", "state bureau of investigation letter, table with two subjects and a witness row",
                 ("state-police", "Tennessee Bureau of Investigation", "Whitney A. Calloway", "Special Agent",
                  "whitney.calloway@tbi.tn.gov", "615-555-0144"),
                 [("Cody Allen Brantley", "1984-08-23", [("ssn_last4", "6620")]),
                  ("Yelena Viktorovna Sokolova", "1989-02-14", [("ssn_last4", "1157")])],
                 ["TCA 39-14-103", "7 USC 2024", "7 CFR 272.1"], "none", None, False, "criminal_investigation",
                 ["benefits", "claims", "address"], "mail")


def brr24(rng):
    t = """
@C SOCIAL SECURITY ADMINISTRATION
@c OFFICE OF THE INSPECTOR GENERAL - Office of Investigations
@c Baltimore Field Division, 6401 Security Boulevard, Baltimore, MD 21235
@H
@R 14 October 2026

Maryland Motor Vehicle Administration
Investigations Division - Records
6601 Ritchie Highway N.E.
Glen Burnie, MD 21062

Subject: Request for MVA Records - SSA OIG Case No. BAL2600231

Dear Records Custodian:

The Social Security Administration, Office of the Inspector General, is investigating Rashad Omar TILLMAN for misuse of a Social Security number, 42 U.S.C. § 408(a)(7)(B), and theft of government funds, 18 U.S.C. § 641. Mr. Tillman (date of birth 30 November 1979, Maryland driver license T-514-206-338-190) is suspected of obtaining a Maryland license using another person's identity.

I request copies of the license application(s), the identity and residency documents presented, the digital photograph(s), and the address history on file.

I understand the MVA may release this information to a law enforcement agency under § 12-111 of the Transportation Article and 18 U.S.C. § 2721(b)(1).

Sincerely,
@S 16
Monique D. Farrow
Special Agent
SSA OIG, Baltimore Field Division
(410) 555-0159 / monique.farrow@ssa.gov
@S 20
@I FOR OFFICIAL USE ONLY - LAW ENFORCEMENT SENSITIVE
"""
    write_scanned(render_pdf(t, "serif"), f"{OUT}/brr24.pdf", rng)
    return label("brr24", "scanned", "SSA OIG letter on letterhead, scanned",
                 ("ssa-oig", "Social Security Administration, Office of the Inspector General", "Monique D. Farrow",
                  "Special Agent", "monique.farrow@ssa.gov", "(410) 555-0159"),
                 [("Rashad Omar Tillman", "1979-11-30", [("license", "T514206338190")])],
                 ["42 USC 408", "18 USC 641", "MD TR 12-111", "18 USC 2721"], "none", None, False,
                 "criminal_investigation", ["license", "identity_documents", "photo", "address"], "mail")


def brr25(rng):
    t = """
@C U.S. DEPARTMENT OF LABOR
@c Office of Inspector General - Office of Investigations, Labor Racketeering and Fraud
@c Milwaukee Resident Office, 310 W. Wisconsin Avenue, Suite 1180, Milwaukee, WI 53203
@H
@R November 5, 2026
Custodian of Records
Wisconsin Department of Workforce Development, Division of Unemployment Insurance
201 E. Washington Avenue, Madison, WI 53703

Re: Inspector General Subpoena No. 2026-CHI-0455

Enclosed is a subpoena duces tecum issued by the Office of Inspector General. We recognize the confidentiality of UI information under Wis. Stat. § 108.14(7) and 20 C.F.R. part 603; disclosure in response to a subpoena is provided for in those provisions. Please contact me to arrange electronic production.

@S 12
Tyler J. Brennecke
Special Agent, DOL-OIG
(414) 555-0131 | brennecke.tyler@oig.dol.gov
@P
@C UNITED STATES DEPARTMENT OF LABOR
@C OFFICE OF INSPECTOR GENERAL
@C SUBPOENA DUCES TECUM
@S 6
@M No. 2026-CHI-0455
TO: Custodian of Records, Wisconsin Department of Workforce Development

YOU ARE HEREBY REQUIRED to produce the documents described in the attached schedule to Special Agent Tyler J. Brennecke, U.S. Department of Labor, Office of Inspector General, 310 W. Wisconsin Avenue, Suite 1180, Milwaukee, WI 53203, on or before December 1, 2026, in connection with an investigation by the Office of Inspector General of possible violations of 18 U.S.C. §§ 1341, 1343 and 1028A relating to unemployment insurance claims.

This subpoena is issued under the authority of 5 U.S.C. § 406(a)(4). In the case of contumacy or refusal to obey, this subpoena is enforceable by order of any appropriate United States District Court.
@S 12
@M /s/ Larissa D. Fontaine-Moore
@M Deputy Inspector General for Investigations
@M Date: November 4, 2026
@P
@C SCHEDULE
For the period March 1, 2024 to present, all unemployment insurance claim records, including initial and weekly claims, payment records, and IP address and device logs, together with quarterly wage records, for:
@M   XIONG, Tou Lee          DOB 1992-05-08
@M   KOWALSKI, Ashley Marie  DOB 04/19/1990
"""
    open(f"{OUT}/brr25.pdf", "wb").write(render_pdf(t, "sans"))
    return label("brr25", "born_digital", "DOL-OIG special agent cover letter + IG subpoena duces tecum with schedule",
                 ("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Tyler J. Brennecke", "Special Agent",
                  "brennecke.tyler@oig.dol.gov", "(414) 555-0131"),
                 [("Tou Lee Xiong", "1992-05-08", []), ("Ashley Marie Kowalski", "1990-04-19", [])],
                 ["WI Stat 108.14", "20 CFR 603", "18 USC 1341", "18 USC 1343", "18 USC 1028A", "5 USC 406"],
                 "administrative_subpoena", None, True, "criminal_investigation", ["claims", "benefits", "wages", "other"], "mail")


def brr26(rng):
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Good morning MVD Records,</p>
<p>APD Auto Theft Unit is requesting registration, address and DL photo information for the two individuals below in connection with case <b>26-0091447</b>. We are investigating unlawful taking of a motor vehicle, NMSA 1978, &sect; 30-16D-1, and receiving or transferring stolen vehicles, NMSA 1978, &sect; 30-16D-4. The registered owner of the stolen truck, Gerald Montoya, is the victim and is <u>not</u> a subject.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>NM DL</th></tr>
<tr><td>CH&Aacute;VEZ, Ignacio Tom&aacute;s</td><td>02/28/1997</td><td>503118872</td></tr>
<tr><td>BUI, Kim Ngoc</td><td>1998-06-15</td><td>&mdash;</td></tr>
</table>
<p>Please send results to me by email.</p>
<p>Thank you,<br><br>
<b>Det. Ricardo Baca-Sandoval</b><br>
Auto Theft Unit | Albuquerque Police Department<br>
400 Roma Ave NW, Albuquerque, NM 87102<br>
Office 505-555-0112<br>
rbaca-sandoval@cabq.gov</p>
<p style="font-size:9pt;color:#666">cc: Sgt. Angela Trujillo</p>
</body></html>"""
    m = EmailMessage()
    m["From"] = '"Baca-Sandoval, Ricardo" <rbaca-sandoval@cabq.gov>'
    m["To"] = "mvd.lawenforcement@tax.nm.gov"
    m["Cc"] = "atrujillo@cabq.gov"
    m["Subject"] = "APD case 26-0091447 - MVD info request"
    m["Date"] = dt(2026, 11, 11, 9, 12, -7)
    m["Message-ID"] = "<brr26@cabq.gov>"
    m.set_content(html, subtype="html")
    open(f"{OUT}/brr26.eml", "wb").write(eml_bytes(m))
    return label("brr26", "eml", "HTML-only email from city police detective, subjects in HTML table, victim and sergeant named",
                 ("local-police", "Albuquerque Police Department", "Ricardo Baca-Sandoval", "Detective",
                  "rbaca-sandoval@cabq.gov", "505-555-0112"),
                 [("Ignacio Tomás Chávez", "1997-02-28", [("license", "503118872")]), ("Kim Ngoc Bui", "1998-06-15", [])],
                 ["NMSA 30-16D-1", "NMSA 30-16D-4"], "none", None, False, "criminal_investigation",
                 ["vehicle", "address", "photo"], "email")


def brr27(rng):
    t = """
@C HOUSTON POLICE DEPARTMENT
@c Financial Crimes Division - Identity Theft Squad
@c 1200 Travis Street, Houston, Texas 77002
@S 6
@C FAX
@H
@M TO:    Texas Workforce Commission, Office of General Counsel
@M        Open Records / Subpoena Unit          FAX: 512-555-0193
@M FROM:  Officer Luis Alberto Treviño #15528
@M PHONE: 713-555-0102     EMAIL: luis.trevino@houstonpolice.gov
@M DATE:  11/10/2026       PAGES: 3 (incl. cover)
@M RE:    HPD Incident No. 148822-26 - signed search warrant
@H
Attached is a signed search warrant for TWC records. Please return responsive records to my e-mail above. Thank you.
@P
@M                          SEARCH WARRANT
@S 4
@M THE STATE OF TEXAS      §
@M                         §
@M COUNTY OF HARRIS        §
@S 6
THE STATE OF TEXAS: To the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas:

WHEREAS, the Affiant, L. A. Treviño, a peace officer employed by the Houston Police Department, did heretofore this day subscribe and swear to an affidavit before me, and whereas I find that the verified facts stated by Affiant in said affidavit show that Affiant has probable cause for the belief he expresses therein and establishes the existence of proper grounds for issuance of this Warrant under Article 18.02 of the Texas Code of Criminal Procedure, namely that records held by the Texas Workforce Commission constitute evidence that the offense of Fraudulent Use or Possession of Identifying Information, Tex. Penal Code § 32.51, was committed;

NOW, THEREFORE, you are commanded to forthwith search the records of the Texas Workforce Commission, 101 East 15th Street, Austin, Texas, and seize the following: all unemployment benefit claims, payment records, employer wage reports and addresses of record for:
@M   SÁNCHEZ OLVERA, Abigail       DOB 1988-01-25
@M   HADDAD, Kareem Adel           DOB 07/07/1985    TX DL 41128830
@P
and to make return of this warrant within three days, exclusive of the day of its issuance, as required by Article 18.06, Texas Code of Criminal Procedure.

HEREIN FAIL NOT, and due return make hereof.

ISSUED at 2:41 o'clock p.m. on this the 10th day of November, 2026, to certify which witness my hand this day.
@S 16
@M __________________________________
@M Hon. Conrado M. Villaseñor
@M Judge, 185th District Court, Harris County, Texas
"""
    write_fax(render_pdf(t, "serif"), f"{OUT}/brr27.tif",
              "NOV-10-2026 15:12   HPD FINANCIAL CRIMES   713 555 0102   P.{p:02d}/{n:02d}", rng)
    return label("brr27", "fax", "city police fax cover + Texas state district court search warrant",
                 ("local-police", "Houston Police Department", "Luis Alberto Treviño", "Officer",
                  "luis.trevino@houstonpolice.gov", "713-555-0102"),
                 [("Abigail Sánchez Olvera", "1988-01-25", []), ("Kareem Adel Haddad", "1985-07-07", [("license", "41128830")])],
                 ["TX CCP 18.02", "TX PC 32.51", "TX CCP 18.06"], "judicial_warrant", None, True,
                 "criminal_investigation", ["claims", "benefits", "wages", "employment", "address"], "fax")


def brr28(rng):
    t = """
@C U.S. Department of Justice
@c United States Marshals Service - Western District of Kentucky
@c 601 West Broadway, Room 162, Louisville, KY 40202
@H
@R November 6, 2026
Kentucky Transportation Cabinet
Division of Driver Licensing - Records Branch
200 Mero Street, Frankfort, KY 40622

@B Re: Fugitive investigation - ALVARENGA, Cristian Josué (USMS No. 3826-1104-0417-E)

To whom it may concern:

The United States Marshals Service is seeking to apprehend the above-named individual, date of birth February 13, 1996, who is wanted on the attached federal arrest warrant issued by the U.S. District Court for the Western District of Kentucky, charging conspiracy to distribute methamphetamine in violation of 21 U.S.C. §§ 846 and 841(a)(1). The USMS is authorized to investigate such fugitive matters under 28 U.S.C. § 566(e)(1)(B).

Please provide the subject's current and prior addresses, his most recent license or ID photograph, and any vehicles registered to him.

Respectfully,
@S 14
Garrett W. Huffines
Deputy U.S. Marshal
Office (502) 555-0173 - garrett.huffines@usms.doj.gov
@P
@M AO 442 (Rev. 11/11) Arrest Warrant
@S 4
@C UNITED STATES DISTRICT COURT
@c for the
@c Western District of Kentucky
@S 4
@M United States of America
@M            v.                            Case No. 3:26-cr-00158-RSA
@M Cristian Josué Alvarenga
@M       Defendant
@S 4
@C ARREST WARRANT
To: Any authorized law enforcement officer

YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay (name of person to be arrested) Cristian Josué Alvarenga, who is accused of an offense or violation based on the following document filed with the court:
@M [X] Indictment  [ ] Superseding Indictment  [ ] Information  [ ] Complaint
@M [ ] Probation Violation Petition  [ ] Supervised Release Violation Petition
This offense is briefly described as follows: Conspiracy to possess with intent to distribute 500 grams or more of a mixture containing methamphetamine, 21 U.S.C. §§ 846, 841(a)(1) and (b)(1)(A).
@M Date: 10/21/2026                  /s/ K. Lindley, Deputy Clerk
@M                                   Issuing officer's signature
@M City and state: Louisville, KY    Rhonda S. Albrecht, Clerk of Court
@S 6
@C Return
@M This warrant was received on (date) ________, and the person was arrested on ________
"""
    open(f"{OUT}/brr28.pdf", "wb").write(render_pdf(t, "serif"))
    return label("brr28", "born_digital", "deputy U.S. marshal letter + AO 442 arrest warrant copy",
                 ("doj-usms", "United States Marshals Service - Western District of Kentucky", "Garrett W. Huffines",
                  "Deputy U.S. Marshal", "garrett.huffines@usms.doj.gov", "(502) 555-0173"),
                 [("Cristian Josué Alvarenga", "1996-02-13", [])],
                 ["21 USC 846", "21 USC 841", "28 USC 566"], "judicial_warrant", "AO 442", True,
                 "criminal_investigation", ["address", "photo", "vehicle"], "mail")


def brr29(rng):
    t = """FLHSMV - Law Enforcement Records Request Portal
Request Export  |  Ticket: DL-LE-2026-447019  |  Status: NEW
Created: Nov 12, 2026 4:18 PM EST   Channel: Web Portal (auto-forwarded to lerequests@flhsmv.gov)
---------------------------------------------------------------------------
Requesting Officer:   Brenda L. Szabo
Position:             U.S. Postal Inspector
Agency:               U.S. Postal Inspection Service - Miami Division
ORI:                  FLUPS0100
Phone:                305-555-0119
Email:                blszabo@uspis.gov
Agency Case #:        MIA-4411982-MT(1)

Subject Information
  Name:   CABRERA DOMÍNGUEZ, Yusniel        DOB: 03 Mar 1999   DL#: C165-540-99-083-0
  Name:   PONS, Ariadna Beatriz              DOB: 2001-11-20    DL#:

Information Requested:  DL/ID photograph; residential address; registered vehicles

Nature of Investigation:
  Mail theft from cluster box units in Hialeah (18 U.S.C. 1708) and criminal use of personal
  identification information (s. 817.568, F.S.). Subjects observed on USPS video.

Statutory Authority for Release:  DPPA 18 U.S.C. 2721(b)(1); s. 119.0712(2), F.S.

Certification: I certify this request is for a law enforcement purpose.  [X] Agreed
---------------------------------------------------------------------------
"""
    open(f"{OUT}/brr29.txt", "w", encoding="utf-8").write(t)
    return label("brr29", "txt", "motor-vehicle portal export from postal inspector, two subjects",
                 ("usps-uspis", "U.S. Postal Inspection Service - Miami Division", "Brenda L. Szabo", "U.S. Postal Inspector",
                  "blszabo@uspis.gov", "305-555-0119"),
                 [("Yusniel Cabrera Domínguez", "1999-03-03", [("license", "C165540990830")]),
                  ("Ariadna Beatriz Pons", "2001-11-20", [])],
                 ["18 USC 1708", "FS 817.568", "18 USC 2721", "FS 119.0712"], "none", None, False,
                 "criminal_investigation", ["photo", "address", "vehicle"], "email")


def brr30(rng):
    s = """
@M Form 2039 (Rev. 12-2024)          Department of the Treasury - Internal Revenue Service
@C SUMMONS
@S 4
@M In the matter of: Teodoro Alejandro Villalpando-Ruiz, 1452 Quivas St., Denver, CO 80204
@M Internal Revenue Service (Division): Criminal Investigation
@M Periods: Calendar years 2022 through 2025
@S 4
@B The Commissioner of Internal Revenue
To: Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance Employer Services, 633 17th Street, Denver, CO 80202

You are hereby summoned and required to appear before Special Agent Naomi R. Kettering, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data:

All quarterly wage records reported by any employer for Teodoro Alejandro Villalpando-Ruiz (SSN ending 5519, date of birth June 30, 1972), and the names, addresses and account numbers of each such employer, for the periods stated above.
@M Place and time for appearance at: 1999 Broadway, Denver, CO 80202
@M on the 7th day of December, 2026 at 10:00 o'clock a.m.
@M Issued under authority of the Internal Revenue Code this 3rd day of November, 2026.
@S 6
@M /s/ Naomi R. Kettering          Special Agent
@M Signature of issuing officer    Title
@M /s/ Curtis L. Redfern           Supervisory Special Agent
@M Signature of approving officer  Title
@P
@C Provisions of the Internal Revenue Code
@B Authority to examine books and witnesses - 26 U.S.C. § 7602
For the purpose of ascertaining the correctness of any return, making a return where none has been made, determining the liability of any person for any internal revenue tax, or collecting any such liability, the Secretary is authorized to summon the person liable for tax or any other person the Secretary may deem proper to appear and produce records.
@B Service of summons - 26 U.S.C. § 7603
A summons shall be served by the Secretary by an attested copy delivered in hand to the person to whom it is directed, or left at his last and usual place of abode.
@B Enforcement of summons - 26 U.S.C. § 7604
If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production.
"""
    pdf = render_pdf(s, "sans")
    m = EmailMessage()
    m["From"] = "Kettering Naomi R <naomi.kettering@ci.irs.gov>"
    m["To"] = "cdle_records_legal@state.co.us"
    m["Subject"] = "IRS Summons - Villalpando-Ruiz"
    m["Date"] = dt(2026, 11, 3, 14, 48, -7)
    m["Message-ID"] = "<brr30@ci.irs.gov>"
    m.set_content("""Good afternoon,

Attached please find an IRS summons (Form 2039) for wage records in connection with an investigation of possible violations of 26 U.S.C. § 7201 (attempt to evade or defeat tax) and 26 U.S.C. § 7206(1) (false return). I am aware that CDLE treats wage records as confidential under C.R.S. § 8-72-107; the summons is provided for that reason.

Records can be mailed or sent electronically to me. Thank you for your help.

Naomi R. Kettering
Special Agent
IRS - Criminal Investigation, Denver Field Office
303-555-0195
""")
    m.add_alternative("""<html><body><p>Good afternoon,</p><p>Attached please find an IRS summons (Form 2039) for wage records in connection with an
investigation of possible violations of 26 U.S.C. &sect; 7201 (attempt to evade or defeat tax) and 26 U.S.C. &sect; 7206(1) (false return).
I am aware that CDLE treats wage records as confidential under C.R.S. &sect; 8-72-107; the summons is provided for that reason.</p>
<p>Records can be mailed or sent electronically to me. Thank you for your help.</p><p>Naomi R. Kettering<br>Special Agent<br>
IRS - Criminal Investigation, Denver Field Office<br>303-555-0195</p></body></html>""", subtype="html")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="Summons_2039_CDLE.pdf")
    open(f"{OUT}/brr30.eml", "wb").write(eml_bytes(m))
    return label("brr30", "eml", "IRS-CI special agent email with Form 2039 summons PDF (IRC boilerplate on back)",
                 ("irs-ci", "IRS - Criminal Investigation, Denver Field Office", "Naomi R. Kettering", "Special Agent",
                  "naomi.kettering@ci.irs.gov", "303-555-0195"),
                 [("Teodoro Alejandro Villalpando-Ruiz", "1972-06-30", [("ssn_last4", "5519")])],
                 ["26 USC 7201", "26 USC 7206", "CRS 8-72-107", "26 USC 7602", "26 USC 7603", "26 USC 7604"],
                 "administrative_subpoena", "IRS Form 2039", True, "criminal_investigation",
                 ["wages", "employment"], "email")


def brr31(rng):
    t = """
@C U.S. Department of Justice
@c Bureau of Alcohol, Tobacco, Firearms and Explosives
@c Detroit Field Division - Grand Rapids Field Office
@c 3 Ionia Avenue SW, Suite 500, Grand Rapids, MI 49503
@H
@M 10/30/2026                                   ATF Investigation No. 778040-26-0019
@S 6
Michigan Department of State
Records Access Unit - Law Enforcement Requests
7064 Crowner Drive, Lansing, MI 48918

@B RE: Request for Records (THIS IS NOT A SUBPOENA)

Dear Records Access Unit:

On October 22, 2026, agents and task force officers executed a federal search warrant at a residence in Wyoming, Michigan in connection with an investigation of possession of firearms by a prohibited person, 18 U.S.C. § 922(g)(1), and straw purchasing, 18 U.S.C. § 932. The search warrant related to that residence only and is not enclosed. This letter is a request and is not a subpoena or a court order; if your office requires legal process, please advise and ATF will seek a grand jury subpoena.

ATF requests the driver license photographs, addresses of record and registered vehicles for:
@M   Kyle Matthew VANDERMOLEN      born March 8, 1994
@M   Zbigniew P. KACZMAREK         born 1969-11-11
I understand release to a law enforcement agency is permitted under MCL 257.208c.

Sincerely,
@S 14
Danielle M. Osei
Special Agent, ATF Grand Rapids Field Office
(616) 555-0148 | danielle.osei@atf.gov

cc: TFO Brian Koopman, Wyoming Police Department
"""
    write_scanned(render_pdf(t, "serif"), f"{OUT}/brr31.pdf", rng)
    return label("brr31", "scanned", "look-alike: ATF letter that mentions a search warrant and says it is not a subpoena; nothing attached",
                 ("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Detroit Field Division - Grand Rapids Field Office",
                  "Danielle M. Osei", "Special Agent", "danielle.osei@atf.gov", "(616) 555-0148"),
                 [("Kyle Matthew Vandermolen", "1994-03-08", []), ("Zbigniew P. Kaczmarek", "1969-11-11", [])],
                 ["18 USC 922", "18 USC 932", "MCL 257.208c"], "none", None, False, "criminal_investigation",
                 ["photo", "address", "vehicle"], "mail")


def brr32(rng):
    t = """From: Mills, Keandra <keandra.mills@doc.mo.gov>
To: DOR Motor Vehicle Records <dlrecords@dor.mo.gov>
Date: Fri, 13 Nov 2026 10:26:44 -0600
Subject: Absconder - address/vehicle request - OCAMPO IBARRA

Good morning,

I supervise Luis Fernando Ocampo Ibarra (DOB 10/21/1990, MO DL F190722845, DOC #1288430),
who is on felony probation out of St. Louis County and has absconded from supervision. A
violation report has been submitted. He is also a suspect in a new burglary in Florissant,
§ 569.170, RSMo, being worked by Det. Aaron Greer of the St. Louis County Police Department.

Under § 217.720, RSMo, probation officers may arrest absconders. Could you provide any address
changes since June 2026 and any vehicles currently registered to him?

His mother, Graciela Ibarra, is listed as his home plan contact; I do not need her records.

Thank you,

Keandra Mills
Probation and Parole Officer II
Missouri Department of Corrections - Division of Probation and Parole, District 7 (St. Louis)
314-555-0186
"""
    open(f"{OUT}/brr32.txt", "w", encoding="utf-8").write(t)
    return label("brr32", "txt", "plain-text email from state probation officer about an absconder, detective and mother named",
                 ("other", "Missouri Department of Corrections - Division of Probation and Parole", "Keandra Mills",
                  "Probation and Parole Officer II", "keandra.mills@doc.mo.gov", "314-555-0186"),
                 [("Luis Fernando Ocampo Ibarra", "1990-10-21", [("license", "F190722845"), ("other", "1288430")])],
                 ["RSMo 569.170", "RSMo 217.720"], "none", None, False, "criminal_investigation",
                 ["address", "vehicle"], "email")


def main():
    rng = random.Random(SEED)
    labels = []
    for i in range(1, 33):
        fn = globals()[f"brr{i:02d}"]
        lab = fn(random.Random(SEED * 100 + i))
        labels.append(lab)
        with open(f"{OUT}/{lab['id']}.expected.json", "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")
    from collections import Counter
    print(Counter(l["format"] for l in labels))
    print(Counter(l["legal_process"]["type"] for l in labels))


if __name__ == "__main__":
    main()
