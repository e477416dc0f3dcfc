#!/usr/bin/env python
"""Build the blind-aaa sample set (independent author). Deterministic: fixed seed.

Run:  /work/main/.venv/bin/python samples/blind_aaa/build.py
Writes <id>.<ext> and <id>.expected.json into this folder. Temp files go to /tmp/author_aaa.
"""
import io
import json
import os
import random
import subprocess
import tempfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_aaa"
os.makedirs(TMP, exist_ok=True)
SEED = 20261122
rng = random.Random(SEED)

# ---- fonts (DejaVu for accents) -------------------------------------------
FONT, FONTB = "Helvetica", "Helvetica-Bold"
for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
    if os.path.exists(cand):
        pdfmetrics.registerFont(TTFont("DV", cand))
        pdfmetrics.registerFont(TTFont("DVB", cand.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")))
        FONT, FONTB = "DV", "DVB"
MONO = "Courier"


# ---- PDF rendering -----------------------------------------------------------
def render_pdf(path, pages, mono=False, size=10):
    """pages: list of page strings. Line markup:
    '# text' bold centred heading; '## text' bold left; '---' rule; '>> text' right aligned;
    other lines wrapped body text."""
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("document")
    c.setAuthor("")
    body = MONO if mono else FONT
    for ptxt in pages:
        y = H - 60
        for raw in ptxt.strip("\n").split("\n"):
            line = raw.rstrip()
            if line.startswith("# "):
                c.setFont(FONTB, size + 3)
                c.drawCentredString(W / 2, y, line[2:])
                y -= size + 8
                continue
            if line.startswith("## "):
                c.setFont(FONTB, size + 1)
                c.drawString(60, y, line[3:])
                y -= size + 5
                continue
            if line.strip() == "---":
                c.line(60, y + 4, W - 60, y + 4)
                y -= 8
                continue
            if line.startswith(">> "):
                c.setFont(body, size)
                c.drawRightString(W - 60, y, line[3:])
                y -= size + 3
                continue
            if not line:
                y -= size - 2
                continue
            c.setFont(body, size)
            if stringWidth(line, body, size) <= W - 120:
                c.drawString(60, y, line)
                y -= size + 3
                continue
            indent = len(line) - len(line.lstrip(" "))
            words = line.strip().split(" ")
            cur = ""
            maxw = W - 120 - indent * 4
            for w in words:
                t = (cur + " " + w).strip()
                if stringWidth(t, body, size) > maxw and cur:
                    c.drawString(60 + indent * 4, y, cur)
                    y -= size + 3
                    cur = w
                else:
                    cur = t
            if cur:
                c.drawString(60 + indent * 4, y, cur)
                y -= size + 3
        c.showPage()
    c.save()


def pdf_to_images(pdf, dpi, gray=True):
    d = tempfile.mkdtemp(dir=TMP)
    args = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        args.append("-gray")
    subprocess.run(args + [pdf, os.path.join(d, "p")], check=True)
    files = sorted(f for f in os.listdir(d) if f.endswith(".png"))
    return [Image.open(os.path.join(d, f)).copy() for f in files]


def degrade(img, r, turn=0):
    img = img.convert("L")
    angle = r.uniform(0.5, 2.0) * r.choice([-1, 1])
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    # grey paper + noise
    w, h = img.size
    noise = Image.frombytes("L", (w, h), r.randbytes(w * h))
    base = Image.new("L", (w, h), r.randint(215, 232))
    paper = Image.composite(img, base, img.point(lambda v: 255 if v < 200 else 0))
    paper = Image.blend(paper, noise.convert("L").resize((w, h)), 0.08)
    paper = paper.filter(ImageFilter.GaussianBlur(0.6))
    if turn:
        paper = paper.rotate(turn, expand=True)
    # jpeg artifacts
    b = io.BytesIO()
    paper.save(b, "JPEG", quality=r.randint(35, 55))
    b.seek(0)
    return Image.open(b).convert("L")


def make_scanned(pdf_src, out, turns, dpi=200):
    imgs = pdf_to_images(pdf_src, dpi)
    pages = [degrade(im, rng, turns[i] if i < len(turns) else 0) for i, im in enumerate(imgs)]
    fixed = __import__("time").gmtime(1795165200)
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=50,
                  creationDate=fixed, modDate=fixed)


def make_fax(pdf_src, out, header):
    imgs = pdf_to_images(pdf_src, 200)
    n = len(imgs)
    pages = []
    try:
        fnt = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 26)
    except Exception:
        fnt = ImageFont.load_default()
    for i, im in enumerate(imgs):
        im = im.convert("L")
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.size[0], 50], fill=255)
        d.text((40, 12), header.format(p=i + 1, n=n), fill=0, font=fnt)
        bw = im.point(lambda v: 0 if v < 150 else 255).convert("1")
        # sprinkle specks
        px = bw.load()
        for _ in range(400):
            x, y = rng.randrange(bw.size[0]), rng.randrange(bw.size[1])
            px[x, y] = 0
        pages.append(bw)
    pages[0].save(out, compression="group4", dpi=(200, 200), save_all=True, append_images=pages[1:])


def pdf_bytes(pages, **kw):
    p = os.path.join(TMP, "att_%d.pdf" % rng.randrange(10**9))
    render_pdf(p, pages, **kw)
    with open(p, "rb") as f:
        return f.read()


def image_bytes(pages, fmt, dpi=150, photo=False):
    p = os.path.join(TMP, "img_%d.pdf" % rng.randrange(10**9))
    render_pdf(p, pages)
    im = pdf_to_images(p, dpi)[0]
    if photo:
        im = im.convert("L").rotate(rng.uniform(1, 2.5), resample=Image.BICUBIC, expand=True, fillcolor=190)
        im = ImageOps.autocontrast(im)
        im = Image.blend(im, Image.new("L", im.size, 200), 0.15)
    b = io.BytesIO()
    if fmt == "JPEG":
        im.convert("RGB").save(b, "JPEG", quality=70)
    else:
        im.convert("L").save(b, "PNG", optimize=True)
    return b.getvalue()


# ---- labels ----------------------------------------------------------------
def label(i, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    rec = {
        "id": i, "family": "blind-aaa", "format": fmt, "template": template,
        "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], req)),
        "subjects": [
            {"name": s[0], "dob": s[1], "identifiers": [{"type": t, "value": v} for t, v in s[2]]}
            for s in subjects
        ],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }
    with open(os.path.join(OUT, i + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)


def write_eml(i, msg):
    with open(os.path.join(OUT, i + ".eml"), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


def mk_msg(frm, to, subj, date, cc=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = msgid or "<%d.%d@mail.example.gov>" % (rng.randrange(10**8), rng.randrange(10**6))
    m["MIME-Version"] = "1.0"
    return m


def P(i, ext):
    return os.path.join(OUT, i + "." + ext)


def tmp(i):
    return os.path.join(TMP, i + "_src.pdf")


# =============================================================================
# DOCUMENTS
# =============================================================================

def d01():
    i = "baaa01"
    render_pdf(P(i, "pdf"), ["""
# U.S. Department of Homeland Security
# U.S. Immigration and Customs Enforcement
>> Enforcement and Removal Operations
>> Denver Field Office
>> 12445 E. Caley Avenue, Centennial, CO 80111
---
October 27, 2026

VIA ELECTRONIC MAIL (dmv_records@state.co.us)

Colorado Department of Revenue, Division of Motor Vehicles
Attn: Records Custodian
1881 Pierce Street, Lakewood, CO 80214

RE: Request for Information - NÚÑEZ ORTEGA, Jesús Alberto

To Whom It May Concern:

U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations, respectfully
requests your assistance in obtaining the most current residential address, a copy of the driver
license photograph, and any vehicle registrations associated with the individual listed below.
This information is requested for official use in the performance of duties authorized under
section 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.5.

Name: NÚÑEZ ORTEGA, Jesús Alberto
Date of Birth: March 4, 1987
A-Number: A 208-114-377
Colorado DL: 15-402-7781

Please provide the information to the undersigned by e-mail. Your cooperation is appreciated.

Sincerely,

Kevin R. Halloran
Deportation Officer
ICE ERO Denver
Office: (303) 555-0142
kevin.r.halloran@ice.dhs.gov

FOR OFFICIAL USE ONLY / LAW ENFORCEMENT SENSITIVE
"""])
    label(i, "born_digital", "ERO letter on letterhead, single subject, INA 287",
          ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
           "Kevin R. Halloran", "Deportation Officer", "kevin.r.halloran@ice.dhs.gov", "(303) 555-0142"],
          [("Jesús Alberto Núñez Ortega", "1987-03-04", [("a_number", "A208114377"), ("license", "154027781")])],
          ["INA 287", "8 CFR 287.5"], "none", None, False, "civil_immigration",
          ["address", "photo", "vehicle"], "email")


def d02():
    i = "baaa02"
    m = mk_msg('"Ostrowski, Daniel P. (DN) (FBI)" <dpostrowski@fbi.gov>', "UI-Records@cdle.state.co.us",
               "wage records request - 2 subjects", "Tue, 03 Nov 2026 09:41:17 -0700")
    m.set_content("""Good morning,

I'm a Special Agent with the FBI Denver Division, White Collar squad. We have an open
investigation into a wire fraud scheme (18 U.S.C. § 1343) and I'm trying to confirm
employment for two people. Could your unit pull quarterly wage records (last 8 quarters)
and employer names for:

  1) TRAN, Minh Thanh        DOB 11/22/1979   SSN xxx-xx-6612
  2) WARSAME, Abdirahman Hassan   DOB 06/15/1991

If you need something more formal from us just let me know what format works.

Thanks,
Dan

Daniel P. Ostrowski
Special Agent
Federal Bureau of Investigation - Denver
8000 E. 36th Ave, Denver CO 80238
desk 303-555-0117 | cell 720-555-0163
""")
    write_eml(i, m)
    label(i, "eml", "informal plain-text FBI email, two subjects, wages",
          ["doj-fbi", "Federal Bureau of Investigation - Denver", "Daniel P. Ostrowski", "Special Agent",
           "dpostrowski@fbi.gov", "303-555-0117"],
          [("Minh Thanh Tran", "1979-11-22", [("ssn_last4", "6612")]),
           ("Abdirahman Hassan Warsame", "1991-06-15", [])],
          ["18 USC 1343"], "none", None, False, "criminal_investigation",
          ["wages", "employment"], "email")


def d03():
    i = "baaa03"
    pages = ["""
DHS FORM I-247A (3/17)                                   Subject ID: 398114207
                                                         Event #: DEN2611000431
                                                         File No: A 215 330 918
# DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER - NOTICE OF ACTION
---
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
Colorado Department of Corrections, Denver Reception & Diagnostic Center
Offender Records Unit

FROM: (Department of Homeland Security Office Address)
ICE Enforcement and Removal Operations, Aurora Sub-Office
3130 N. Oakland St., Aurora, CO 80010

Name of Alien: KOVALENKO, Bogdan
Date of Birth: 09/30/1984        Citizenship: Ukraine        Sex: M

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN.
THIS DETERMINATION IS BASED ON (complete box 1 or 2):
[X] biometric confirmation of the subject's identity and a records check of federal databases
that affirmatively indicate, by themselves or in addition to other reliable information, that
the subject either lacks immigration status or notwithstanding such status is removable under
U.S. immigration law;
[X] statements made by the subject to an immigration officer and/or other reliable evidence
that affirmatively indicate the subject either lacks immigration status or notwithstanding
such status is removable under U.S. immigration law.

IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is
released from your custody. Please notify DHS by calling (303) 555-0188 or e-mailing
ERO.Aurora.Detainers@ice.dhs.gov.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when
he/she would otherwise have been released from your custody to allow DHS to assume custody.
- Relay this detainer to any other law enforcement agency to which you transfer custody.

This detainer arises from DHS authorities and should not impact decisions about the alien's
bail, rehabilitation, parole, release, diversion, custody classification, work, quarter
assignments, or other matters.
""", """
DHS Form I-247A (3/17)                                                    Page 2 of 2

This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality
Act and 8 C.F.R. 287.7. Your facility is also requested to provide a copy of the subject's
current sentence computation and projected release date.

Rafael S. Montoya                                       (Signature of Immigration Officer)
Supervisory Detention and Deportation Officer
Date: 11/09/2026    Time: 14:20

NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. If you
have a complaint regarding this detainer, contact the ICE Joint Intake Center at
1-877-555-0100.

Served on inmate: [ ] Yes  [X] No (served on institution)   CDOC #: 178844
"""]
    render_pdf(tmp(i), pages, mono=True, size=9)
    make_fax(tmp(i), P(i, "tif"), "NOV-09-2026 14:31   ICE ERO AURORA   3035550199        P.{p}/{n}")
    label(i, "fax", "faxed I-247A detainer to state corrections",
          ["dhs-ice-ero", "ICE Enforcement and Removal Operations, Aurora Sub-Office", "Rafael S. Montoya",
           "Supervisory Detention and Deportation Officer", "ERO.Aurora.Detainers@ice.dhs.gov", "(303) 555-0188"],
          [("Bogdan Kovalenko", "1984-09-30", [("a_number", "A215330918")])],
          ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", False, "civil_immigration",
          ["other"], "fax")


def d04():
    i = "baaa04"
    render_pdf(P(i, "pdf"), ["""
                                                        SEARCH WARRANT NO. 26-SW-04417
# THE STATE OF TEXAS
# SEARCH WARRANT
THE STATE OF TEXAS                    §
                                      §      IN THE 230TH DISTRICT COURT
COUNTY OF HARRIS                      §

TO THE SHERIFF OR ANY PEACE OFFICER OF HARRIS COUNTY, TEXAS, OR ANY PEACE OFFICER OF THE
STATE OF TEXAS:

WHEREAS, the Affiant, Detective Andre L. Beaumont of the Houston Police Department, Financial
Crimes Division, did heretofore this day subscribe and swear to an affidavit before me, which
affidavit is attached hereto and made a part hereof for all purposes, and whereas I find that
the verified facts stated by Affiant in said affidavit show that Affiant has probable cause for
the belief expressed therein and establish the existence of proper grounds for issuance of this
Warrant under Article 18.02, Texas Code of Criminal Procedure;

NOW, THEREFORE, you are commanded to search the records maintained by the Texas Department of
Public Safety, Driver License Division, 5805 N. Lamar Blvd., Austin, Texas, for the following
items, which constitute evidence of the offense of Fraudulent Use or Possession of Identifying
Information, Tex. Penal Code § 32.51:

  a) All driver license and identification card application records, including photographs,
     signatures, and residential and mailing addresses, for IBÁÑEZ, Rosa María, W/F,
     DOB 01/12/1990, TX DL 24817365;
  b) Any record of duplicate or replacement licenses issued from 01/01/2024 to present.

Herein fail not, but have you then and there this Warrant within three days, exclusive of the
day of its issuance, with your return thereon, showing how you have executed the same.

ISSUED this 14th day of October, 2026, at 3:05 o'clock P.M., to certify which witness my hand.

                                   ______________________________
                                   Hon. Margaret A. Okafor
                                   Judge, 230th District Court
                                   Harris County, Texas

Returned to: Det. A. L. Beaumont #11872, Houston Police Department, 1200 Travis St.,
Houston TX 77002, (713) 555-0129, andre.beaumont@houstontx.gov
"""])
    label(i, "born_digital", "Texas state-court search warrant for DL records",
          ["local-police", "Houston Police Department, Financial Crimes Division", "Andre L. Beaumont",
           "Detective", "andre.beaumont@houstontx.gov", "(713) 555-0129"],
          [("Rosa María Ibáñez", "1990-01-12", [("license", "24817365")])],
          ["TX CCP 18.02", "TX PC 32.51"], "judicial_warrant", None, True, "criminal_investigation",
          ["license", "photo", "address"], "mail")


def d05():
    i = "baaa05"
    att = pdf_bytes(["""
                                                                 Warrant for Arrest of Alien
# U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
                                                                 File No. A201 556 902
                                                                 Date: 10/19/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and
Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest
for immigration violations

I have determined that there is probable cause to believe that DE LA CRUZ GÓMEZ, María Fernanda
is removable from the United States. This determination is based upon:

[X] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[X] biometric confirmation of the subject's identity and a records check of federal databases
    that affirmatively indicate, by themselves or in addition to other reliable information,
    that the subject either lacks immigration status or notwithstanding such status is
    removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration
and Nationality Act, the above-named alien.

                                   (Signature of Authorized Immigration Officer)
                                   Marcus T. Delacroix
                                   Supervisory Detention and Deportation Officer
                                   (Printed Name and Title of Authorized Immigration Officer)

Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ______________ on
______________ (date), and the contents of this notice were read to him or her in the
__________ language.

Form I-200 (Rev. 09/16)
"""])
    m = mk_msg("Luis Echeverría <luis.echeverria@ice.dhs.gov>", "cdhs.records@state.co.us",
               "Request for Info - DE LA CRUZ GOMEZ, Maria Fernanda (A201556902)",
               "Mon, 19 Oct 2026 16:02:44 -0600",
               cc="ERO-Denver-Fugitive-Ops@ice.dhs.gov")
    text = """Good afternoon,

ICE ERO Denver is attempting to locate the below subject, who is the subject of the attached
administrative warrant (Form I-200). We respectfully request any current address, phone
number, and household information on file with your department.

    Subject: María Fernanda DE LA CRUZ GÓMEZ
    DOB: 1993-07-08
    A#: 201-556-902

This request is made under the authority of 8 U.S.C. § 1357.

Respectfully,

Luis Echeverría
Deportation Officer | Fugitive Operations
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - Denver Field Office
Desk: 303-555-0174
"""
    m.set_content(text)
    m.add_alternative("<html><body>" + "".join("<p>%s</p>" % l.replace("  ", "&nbsp;&nbsp;") for l in text.split("\n")) + "</body></html>", subtype="html")
    m.add_attachment(att, maintype="application", subtype="pdf", filename="I-200_DELACRUZGOMEZ.pdf")
    write_eml(i, m)
    label(i, "eml", "ERO email (multipart/alternative) with I-200 PDF attached",
          ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Denver Field Office",
           "Luis Echeverría", "Deportation Officer", "luis.echeverria@ice.dhs.gov", "303-555-0174"],
          [("María Fernanda de la Cruz Gómez", "1993-07-08", [("a_number", "A201556902")])],
          ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True,
          "civil_immigration", ["address", "phone", "other"], "email")


def d06():
    i = "baaa06"
    pages = ["""
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
# for the
# District of Colorado
---
# SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records
    Colorado Department of Labor and Employment, Unemployment Insurance Division
    633 17th Street, Suite 201, Denver, CO 80202

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place
shown below to testify before the court's grand jury. When you arrive, you must remain at the
court until the judge or a court officer allows you to leave.

Place: Alfred A. Arraj U.S. Courthouse, 901 19th Street,      Date and Time:
       Denver, CO 80294, Grand Jury Room C-110                 12/08/2026 9:00 am

You must also bring with you the following documents, electronically stored information, or
objects (blank if not applicable):
       SEE ATTACHMENT A.

In lieu of appearance, production may be made to the Assistant U.S. Attorney named below.

Date: 11/02/2026                         CLERK OF COURT
                                         Jeffrey P. Colwell, Clerk
                                         Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant
United States attorney, who requests this subpoena, are:
  Hannah E. Sorensen, Assistant United States Attorney
  1801 California Street, Suite 1600, Denver, CO 80202
  hannah.sorensen@usdoj.gov  (303) 555-0151
""", """
# ATTACHMENT A
GJ No. 26-03 / Grand Jury Subpoena #2026R00718-004

This subpoena is issued under Rule 17 of the Federal Rules of Criminal Procedure. Please
produce the following for the period January 1, 2022 through the present:

1. All unemployment insurance claim files, including applications, identity verification
   documents, IP-address logs, payment histories and bank deposit information, for:
     a. VOLKOV, Dmitri Sergeyevich     DOB 1982-02-17    SSN ending 3308
     b. VOLKOVA, Svetlana Igorevna     DOB 1985-12-01    SSN ending 9174
2. All quarterly wage reports filed by any employer for the above individuals.

You are requested not to disclose the existence of this subpoena, as disclosure could
impede the investigation being conducted. Fed. R. Crim. P. 6(e).

Records may be produced with a certificate of authenticity consistent with Federal Rule
of Evidence 902(11).
"""]
    render_pdf(tmp(i), pages)
    make_scanned(tmp(i), P(i, "pdf"), [0, 180])
    label(i, "scanned", "AO 110 federal grand jury subpoena, scanned; page 2 upside down",
          ["doj-usao", "United States Attorney's Office, District of Colorado", "Hannah E. Sorensen",
           "Assistant United States Attorney", "hannah.sorensen@usdoj.gov", "(303) 555-0151"],
          [("Dmitri Sergeyevich Volkov", "1982-02-17", [("ssn_last4", "3308")]),
           ("Svetlana Igorevna Volkova", "1985-12-01", [("ssn_last4", "9174")])],
          ["FRCrP 17", "FRCrP 6", "FRE 902"], "grand_jury_subpoena", "AO 110", True,
          "criminal_investigation", ["claims", "benefits", "wages", "identity_documents", "other"], "mail")


def d07():
    i = "baaa07"
    txt = """=== Submission received via Colorado DMV Law Enforcement Request Portal ===
Confirmation #: LE-2026-118407
Submitted: 2026-11-04 22:17 MST
Notification sent to: dmv_lerequests@state.co.us

---------------------------------------------------------------
Requesting Agency ............ Greeley Police Department
Requesting Officer ........... Ofc. Brianna K. Lucero
Badge / ID ................... 2291
Title / Rank ................. Patrol Officer
Phone ........................ 970-555-0136
Email ........................ brianna.lucero@greeleypd.gov
Case / Report Number ......... GPD26-019331
---------------------------------------------------------------
Subject Last Name ............ Gómez Salinas
Subject First Name ........... Héctor
Subject Middle ............... Iván
Date of Birth ................ 1996-05-21
DL / ID Number ............... 17-330-5528
Plate ........................ CO BXR-4417
---------------------------------------------------------------
Records Requested (check all): [x] Current address  [x] Vehicle registration
                               [ ] Driver photo      [ ] Driving record
Reason for request:
  Suspect in motor vehicle theft, C.R.S. 18-4-409. Vehicle recovered w/ suspect's
  wallet inside. Need reg'd owner info and last known address for follow up.

Permissible use (DPPA 18 U.S.C. 2721(b)(1)):  [x] Yes, law enforcement function
Certification: I certify that the information requested will be used solely for
official law enforcement purposes.   /s/ B. Lucero
"""
    with open(P(i, "txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    label(i, "txt", "DMV web-portal submission from municipal officer",
          ["local-police", "Greeley Police Department", "Brianna K. Lucero", "Patrol Officer",
           "brianna.lucero@greeleypd.gov", "970-555-0136"],
          [("Héctor Iván Gómez Salinas", "1996-05-21", [("license", "173305528")])],
          ["CRS 18-4-409", "18 USC 2721"], "none", None, False, "criminal_investigation",
          ["address", "vehicle"], "email")


def d08():
    i = "baaa08"
    render_pdf(P(i, "pdf"), ["""
                                                      Subpoena Number: DEN-26-ERO-00931
# DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION ENFORCEMENT SUBPOENA
# To Appear and/or Produce Records
By the Authority of 8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4
---
In the Matter of: FARAH, Abdullahi Mohamed        File No: A 212 045 663

To: Custodian of Records
    Colorado Department of Human Services, Office of Economic Security
    1575 Sherman Street, Denver, CO 80203

By the service of this subpoena upon you, YOU ARE HEREBY SUMMONED AND REQUIRED TO produce the
records described below to the DHS officer named below. The records requested relate to the
subject's admissibility to, or removability from, the United States:

  All records reflecting the current and prior residential addresses, telephone numbers,
  household composition, employer(s) reported, and dates of benefit applications for
  Abdullahi Mohamed FARAH, born 04/02/1989, Somalia, from 01/2023 to present.

Place: ICE ERO Denver, 12445 E. Caley Ave., Centennial, CO 80111
Date and time: On or before November 30, 2026, 10:00 a.m.
In lieu of appearance, records may be delivered by mail or e-mail to the officer below.

Failure to comply with this subpoena may result in the Department of Homeland Security
seeking enforcement of the subpoena in a United States District Court, which may issue an
order requiring compliance, and failure to obey such order may be punished as contempt.

Issued by: Theresa N. Kowalczyk                       Date: November 10, 2026
Title: Assistant Field Office Director, ICE ERO Denver
Signature: /s/ Theresa N. Kowalczyk
Tel: (720) 555-0190   Email: theresa.kowalczyk@ice.dhs.gov

                              CERTIFICATE OF SERVICE
Served by: Dep. Officer P. Whitlock on 11/10/2026 by [ ] personal [X] mail [ ] e-mail

DHS Form I-138 (10/23)
"""])
    label(i, "born_digital", "I-138 Immigration Enforcement Subpoena to human services",
          ["dhs-ice-ero", "ICE ERO Denver", "Theresa N. Kowalczyk", "Assistant Field Office Director",
           "theresa.kowalczyk@ice.dhs.gov", "(720) 555-0190"],
          [("Abdullahi Mohamed Farah", "1989-04-02", [("a_number", "A212045663")])],
          ["8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True, "civil_immigration",
          ["address", "phone", "employment", "benefits", "other"], "mail")


def d09():
    i = "baaa09"
    pages = ["""
# LARIMER COUNTY SHERIFF'S OFFICE
# Investigations Division
2501 Midpoint Drive, Fort Collins, CO 80525      Main 970-555-0120   Fax 970-555-0121
---
# FAX TRANSMITTAL / RECORDS REQUEST
To: CDOR - DMV Law Enforcement Records           Fax: 303-555-0199
From: Sgt. Colleen M. Fairbanks, #4410           Date: 17 Nov 2026
Pages (incl. cover): 1                           Case #: LCSO 26-08812

REQUEST FOR DRIVER / VEHICLE INFORMATION - LAW ENFORCEMENT USE

Subject:      PHAM, Tuan Anh
DOB:          02/08/1988
CO DL #:      16-118-0934
Last known:   Loveland, CO

Information requested:  [X] Residence address history   [X] DL photo   [X] Registered vehicles
                        [ ] Driving record               [ ] Signature

Nature of investigation: Second degree burglary, C.R.S. 18-4-203 (residential, 11/12/26).
Subject observed on neighbor's video; need photo for line-up and vehicle info.

Permissible use: 18 U.S.C. § 2721(b)(1) - government agency carrying out its functions.

Requested by: Sgt. Colleen M. Fairbanks           Phone: 970-555-0125
E-mail: cfairbanks@larimer.org

CONFIDENTIALITY NOTICE: This facsimile contains law enforcement sensitive information intended
only for the named recipient. If received in error, notify the sender at 970-555-0120 and
destroy all copies.
"""]
    render_pdf(tmp(i), pages)
    make_fax(tmp(i), P(i, "tif"), "11/17/2026 08:52  LARIMER CO SO INVEST  9705550121   #0412 P.00{p}/00{n}")
    label(i, "fax", "sheriff faxed DMV request form, burglary",
          ["sheriff", "Larimer County Sheriff's Office", "Colleen M. Fairbanks", "Sergeant",
           "cfairbanks@larimer.org", "970-555-0125"],
          [("Tuan Anh Pham", "1988-02-08", [("license", "161180934")])],
          ["CRS 18-4-203", "18 USC 2721"], "none", None, False, "criminal_investigation",
          ["address", "photo", "vehicle"], "fax")


def d10():
    i = "baaa10"
    att = pdf_bytes(["""
# IN THE CIRCUIT COURT OF THE STATE OF OREGON
# FOR THE COUNTY OF MULTNOMAH

STATE OF OREGON,                               )    Case No. 26CR51207
                    Plaintiff,                 )
        v.                                     )    ORDER FOR PRODUCTION OF
KATERYNA OLEKSIIVNA BONDARENKO,                )    EMPLOYMENT DEPARTMENT RECORDS
DOB 08/29/1977,                                )
                    Defendant.                 )

This matter came before the Court on the State's motion for an order directing the Oregon
Employment Department to disclose confidential records. The Court, having reviewed the motion
and the declaration of Deputy District Attorney Owen B. Marchetti, finds that the records are
relevant to the prosecution of the defendant for Aggravated Theft in the First Degree,
ORS 164.057, and that disclosure is permitted by ORS 657.665.

IT IS HEREBY ORDERED that the Oregon Employment Department shall produce to the Multnomah
County District Attorney's Office, within 14 days of service of this Order:
  1. All wage records reported for the defendant from Q1 2023 to present;
  2. Names and addresses of all reporting employers;
  3. Any unemployment insurance claims filed by the defendant, with contact information given.

Records shall not be disclosed by the State except as needed for the prosecution. Victim
information (L. Ashworth) shall be redacted from any public filing.

DATED: October 30, 2026

                                           ______________________________
                                           Hon. Beatrice L. Nakamura
                                           Circuit Court Judge
"""])
    m = mk_msg("Owen Marchetti <owen.marchetti@mcda.us>", "records.requests@employ.oregon.gov",
               "Court order - State v. Bondarenko, 26CR51207", "Thu, 05 Nov 2026 11:15:03 -0800",
               cc="Tamsin Reyes <tamsin.reyes@mcda.us>")
    m.set_content("""Hello,

Please find attached a signed order from Judge Nakamura in State v. Bondarenko
(Multnomah County Circuit Court No. 26CR51207) directing production of wage and UI
claim records for the defendant, Kateryna Bondarenko (DOB 8/29/1977).

Please send the records to me or to my paralegal, Tamsin Reyes (cc'd). Happy to
accept an encrypted e-mail or a disc by mail.

Thank you,

Owen B. Marchetti
Deputy District Attorney
Multnomah County District Attorney's Office
1200 SW 1st Ave, Suite 5200, Portland OR 97204
(503) 555-0148
""")
    m.add_attachment(att, maintype="application", subtype="pdf", filename="Order_26CR51207_signed.pdf")
    write_eml(i, m)
    label(i, "eml", "DDA email with Oregon circuit court production order attached",
          ["district-attorney", "Multnomah County District Attorney's Office", "Owen B. Marchetti",
           "Deputy District Attorney", "owen.marchetti@mcda.us", "(503) 555-0148"],
          [("Kateryna Oleksiivna Bondarenko", "1977-08-29", [])],
          ["ORS 164.057", "ORS 657.665"], "court_order", None, True, "criminal_investigation",
          ["wages", "employment", "claims", "address", "phone"], "email")


def d11():
    i = "baaa11"
    pages = ["""
# U.S. Department of Homeland Security
Immigration and Customs Enforcement - Enforcement and Removal Operations
Salt Lake City Field Office, 2975 Decker Lake Dr., West Valley City, UT 84119
---
12 November 2026

Utah Department of Corrections
Records Bureau
14717 S. Minuteman Dr., Draper, UT 84020

Re: IBARRA-SÁNCHEZ, Juan Carlos   DOB 14 Jun 1981   A# 088 412 776   USP # 241907

Records Bureau staff:

The above-named individual is subject to a final order of removal. A copy of the executed
Warrant of Removal/Deportation (Form I-205) is enclosed. Please provide this office with the
subject's projected release date, his current housing facility, and any address or contact
information he has listed for release, so that ERO may take custody upon release.

Please direct questions to the undersigned at (801) 555-0133 or
samuel.oyelaran@ice.dhs.gov.

Sincerely,

Samuel A. Oyelaran
Deportation Officer, Criminal Alien Program
ICE ERO Salt Lake City

Enclosure: Form I-205
""", """
                                                           File No: A088 412 776
                                                           Date: 09/03/2026
# U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION

To any immigration officer of the United States Department of Homeland Security:

IBARRA-SÁNCHEZ, Juan Carlos
(Full name of alien)

who entered the United States at  El Paso, TX   on or about   2004
                                  (Place of entry)              (Date of entry)

is subject to removal/deportation from the United States, based upon a final order by:
  [X] an immigration judge in exclusion, deportation, or removal proceedings
  [ ] a designated official
  [ ] the Board of Immigration Appeals
  [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
  section 212(a)(6)(A)(i); section 237(a)(2)(A)(iii)

I, the undersigned officer of the United States, by virtue of the power and authority vested
in the Secretary of Homeland Security under the laws of the United States and by his or her
direction, command you to take into custody and remove from the United States the above-named
alien, pursuant to law, at the expense of:  the appropriation "Enforcement and Removal
Operations, ICE".

                                   (Signature of immigration officer)
                                   Dana F. Whitcombe, Field Office Director
                                   (Title of immigration officer)
                                   Salt Lake City, UT
                                   (Date and office location)

Form I-205 (Rev. 08/07)
"""]
    render_pdf(tmp(i), pages)
    make_scanned(tmp(i), P(i, "pdf"), [0, 90])
    label(i, "scanned", "ERO cover letter with I-205 enclosure, scanned; page 2 sideways",
          ["dhs-ice-ero", "Immigration and Customs Enforcement - Enforcement and Removal Operations, Salt Lake City Field Office",
           "Samuel A. Oyelaran", "Deportation Officer", "samuel.oyelaran@ice.dhs.gov", "(801) 555-0133"],
          [("Juan Carlos Ibarra-Sánchez", "1981-06-14", [("a_number", "A088412776")])],
          ["INA 212", "INA 237"], "administrative_warrant", "I-205", True, "civil_immigration",
          ["address", "phone", "other"], "mail")

def d12():
    i = "baaa12"
    render_pdf(P(i, "pdf"), ["""
# UNITED STATES MARSHALS SERVICE
# District of Kansas
500 State Avenue, Room 456, Kansas City, KS 66101
---
USMS Reference: 2026-KS-WANT-0377                                   2 November 2026

Kansas Department of Revenue
Division of Vehicles - Driver Records
P.O. Box 2188, Topeka, KS 66601

BY U.S. MAIL AND E-MAIL

Subject: Request for Driver and Vehicle Information - Federal Fugitive

The United States Marshals Service, under 28 U.S.C. § 566(e)(1)(B), is responsible for locating
and apprehending federal fugitives. WHITCOMB, Tyler James (W/M, DOB 1994-07-19, KS DL
009-71-4402) is the subject of an outstanding federal arrest warrant issued by the U.S. District
Court for the District of Kansas for Felon in Possession of a Firearm, 18 U.S.C. § 922(g)(1).
The warrant is not enclosed but can be verified through NCIC.

We request the following:
   - all addresses on file, including mailing addresses, with dates;
   - the most recent license/ID photograph;
   - all vehicles registered to the subject or co-registered with any other person.

Disclosure to a law enforcement agency carrying out its functions is permitted under the
Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and K.S.A. 74-2012.

Please contact me with any questions.

Respectfully,

Deputy U.S. Marshal Carla J. Riesling
Fugitive Task Force Coordinator
(913) 555-0166 | carla.riesling@usdoj.gov

cc: SDUSM R. Hatfield
"""])
    label(i, "born_digital", "USMS fugitive letter, no warrant enclosed",
          ["doj-usms", "United States Marshals Service, District of Kansas", "Carla J. Riesling",
           "Deputy U.S. Marshal, Fugitive Task Force Coordinator", "carla.riesling@usdoj.gov", "(913) 555-0166"],
          [("Tyler James Whitcomb", "1994-07-19", [("license", "009714402")])],
          ["28 USC 566", "18 USC 922", "18 USC 2721", "KSA 74-2012"], "none", None, False,
          "criminal_investigation", ["address", "photo", "vehicle"], "mail")


def d13():
    i = "baaa13"
    att = pdf_bytes(["""
# U.S. DEPARTMENT OF JUSTICE
# DRUG ENFORCEMENT ADMINISTRATION
# SUBPOENA
                                                      Subpoena No.: PH-26-441870
                                                      Case No.: R3-26-0092
TO: Custodian of Records
    Arizona Department of Economic Security, Unemployment Insurance Administration
    1789 W. Jefferson Street, Phoenix, AZ 85007

In the matter of an investigation under the Controlled Substances Act, YOU ARE HEREBY REQUIRED
to appear before Special Agent Whitney A. Castellanos, an officer of the Drug Enforcement
Administration, at 3010 N. 2nd Street, Phoenix, AZ 85012, on the 20th day of November, 2026,
at 10:00 a.m., and to bring with you and produce the following records:

  All wage and employer records, and all UI claim records including addresses and telephone
  numbers, from January 2024 to present, for:
    VILLASEÑOR, Ramón Ignacio      DOB 12/03/1986
    MONROE, Keisha Lavonne         DOB 07/27/1992

This subpoena is issued pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876), in
connection with an investigation of violations of 21 U.S.C. §§ 841 and 846. In lieu of
appearance, you may comply by providing the requested records to the agent named above.

In the event of failure to comply, the Attorney General may invoke the aid of any court of the
United States, including the United States District Court, to compel compliance.

Please do not disclose the existence of this request; disclosure could impede the investigation.

Issued at: Phoenix, AZ     Date: 11/06/2026

/s/ Whitney A. Castellanos, Special Agent          (602) 555-0157
(Signature and title of DEA official)

DEA Form 8 (rev.)
"""])
    m = mk_msg("Castellanos, Whitney A <Whitney.A.Castellanos@dea.gov>", "uirecords@azdes.gov",
               "DEA Subpoena PH-26-441870", "Fri, 6 Nov 2026 14:48:09 -0700")
    m.set_content("""Records Custodian,

Attached is a DEA administrative subpoena for wage/employer and UI claim records for two
individuals. Electronic production to this address is fine (Excel or PDF).

V/R,
SA Whitney A. Castellanos
DEA Phoenix Field Division, Group 4
O: 602-555-0157
""")
    m.add_attachment(att, maintype="application", subtype="pdf", filename="PH-26-441870.pdf")
    write_eml(i, m)
    label(i, "eml", "DEA 21 USC 876 subpoena attached to brief email, two subjects",
          ["doj-dea", "Drug Enforcement Administration, Phoenix Field Division", "Whitney A. Castellanos",
           "Special Agent", "Whitney.A.Castellanos@dea.gov", "602-555-0157"],
          [("Ramón Ignacio Villaseñor", "1986-12-03", []), ("Keisha Lavonne Monroe", "1992-07-27", [])],
          ["PL 91-513", "21 USC 876", "21 USC 841", "21 USC 846"], "administrative_subpoena", "DEA Form 8",
          True, "criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "email")


def d14():
    i = "baaa14"
    txt = """From: Sgt. Dwayne Pruitt <dpruitt@cityofcasper.wy.us>
Sent: Wednesday, November 11, 2026 7:52 AM
To: WYDOT Driver Services <dot-driverservices@wyo.gov>
Subject: address check

Morning -

Can somebody run a current address for a Nikolai PETROVIC, dob 1971-10-05, WY DL
#112-408-339? Last we had him he was on CY Ave but that's old. Just need whatever you've
got on file.

Thx

Sgt. D. Pruitt
Casper Police Dept.
307-555-0112
"""
    with open(P(i, "txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    label(i, "txt", "pasted terse email from municipal sergeant, no reason given",
          ["local-police", "Casper Police Dept.", "Dwayne Pruitt", "Sergeant",
           "dpruitt@cityofcasper.wy.us", "307-555-0112"],
          [("Nikolai Petrovic", "1971-10-05", [("license", "112408339")])],
          [], "none", None, False, "unknown", ["address"], "email")


def d15():
    i = "baaa15"
    render_pdf(P(i, "pdf"), ["""
AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit
Inspection of Premises in a Civil Action
# UNITED STATES DISTRICT COURT
# for the
# District of Nevada

UNITED STATES OF AMERICA                         )
            Plaintiff                            )
     v.                                          )   Civil Action No. 2:25-cv-01984-GMN
GREGORY ASHBY LINDQVIST, et al.                  )
            Defendant                            )

# SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
# OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To: Custodian of Records, Nevada Department of Employment, Training and Rehabilitation,
    Employment Security Division, 500 E. Third Street, Carson City, NV 89713

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the
following documents, electronically stored information, or objects, and to permit inspection,
copying, testing, or sampling of the material:
    All quarterly wage records and employer names and addresses reported for Gregory Ashby
    LINDQVIST (DOB 5 Feb 1968, SSN last four 2051) from January 1, 2020 to present.

Place: U.S. Attorney's Office, 501 Las Vegas Blvd. South,     Date and Time:
       Suite 1100, Las Vegas, NV 89101                          12/04/2026 10:00 am

The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place
of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and
Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential
consequences of not doing so.

Date: 11/05/2026            CLERK OF COURT                OR   /s/ Priya S. Venkataraman
                                                               Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing the
United States of America, who issues or requests this subpoena, are:
Priya S. Venkataraman, Assistant United States Attorney, Civil Division, 501 Las Vegas Blvd.
South, Suite 1100, Las Vegas, NV 89101; priya.venkataraman@usdoj.gov; (702) 555-0139

Notice to the person who issues or requests this subpoena: If this subpoena commands the
production of documents, a notice and a copy of the subpoena must be served on each party in
this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
""", """
AO 88B (Rev. 02/14) (Page 3)
# Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)
(c) Place of Compliance.
  (2) For Other Discovery. A subpoena may command: (A) production of documents, electronically
  stored information, or tangible things at a place within 100 miles of where the person
  resides, is employed, or regularly transacts business in person...
(d) Protecting a Person Subject to a Subpoena; Enforcement.
  (1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible for issuing
  and serving a subpoena must take reasonable steps to avoid imposing undue burden or expense...
(e) Duties in Responding to a Subpoena.
  (1) Producing Documents or Electronically Stored Information...
(g) Contempt. The court for the district where compliance is required ... may hold in contempt
  a person who, having been served, fails without adequate excuse to obey the subpoena.

For access to subpoena materials, see Fed. R. Civ. P. 45(a) Committee Note (2013).

Matter: civil action under the False Claims Act, 31 U.S.C. §§ 3729-3733.
"""])
    label(i, "born_digital", "AO 88B civil-action subpoena by AUSA (False Claims Act)",
          ["doj-usao", "U.S. Attorney's Office, District of Nevada, Civil Division", "Priya S. Venkataraman",
           "Assistant United States Attorney", "priya.venkataraman@usdoj.gov", "(702) 555-0139"],
          [("Gregory Ashby Lindqvist", "1968-02-05", [("ssn_last4", "2051")])],
          ["FRCP 45", "31 USC 3729", "31 USC 3733"], "court_subpoena", "AO 88B", True, "unknown",
          ["wages", "employment"], "mail")


def d16():
    i = "baaa16"
    pages = ["""
# COLORADO STATE PATROL
# Investigative Services Section
700 Kipling Street, Lakewood, Colorado 80215
---
November 16, 2026

Colorado Division of Motor Vehicles
Driver Control / Records Section
1881 Pierce St., Lakewood, CO 80214

RE: CSP Case 2C-26-04418 - Hit and Run Resulting in Serious Bodily Injury

Dear Records Custodian,

The Colorado State Patrol is investigating a crash on US-285 near Fairplay on
November 8, 2026, in which a pedestrian was seriously injured and the driver left the
scene, in violation of C.R.S. 42-4-1601. Witness Gerald Thibodeaux provided a partial plate.

We have identified the following person as a possible driver and respectfully request, for
this active criminal investigation, certified copies of:

    - driver license history and current photograph,
    - residential address and any address changes since January 2026,
    - vehicle registration(s), including any 2015-2019 gray Ford F-150.

    Name:   Emily Rose HARTWELL
    DOB:    1999-03-27
    CO DL:  09-114-2283

This request is made in accordance with C.R.S. 24-74-103 and the Driver's Privacy
Protection Act, 18 U.S.C. 2721(b)(1).

Thank you for your assistance.

Cpl. Marcus D. Yellowhorse
Colorado State Patrol, Investigative Services
Office (303) 555-0177   marcus.yellowhorse@state.co.us
"""]
    render_pdf(tmp(i), pages)
    make_scanned(tmp(i), P(i, "pdf"), [0])
    label(i, "scanned", "state patrol letter, hit and run, scanned single page",
          ["state-police", "Colorado State Patrol, Investigative Services Section", "Marcus D. Yellowhorse",
           "Corporal", "marcus.yellowhorse@state.co.us", "(303) 555-0177"],
          [("Emily Rose Hartwell", "1999-03-27", [("license", "091142283")])],
          ["CRS 42-4-1601", "CRS 24-74-103", "18 USC 2721"], "none", None, False, "criminal_investigation",
          ["license", "photo", "address", "vehicle"], "mail")


def d17():
    i = "baaa17"
    inner = mk_msg("\"Kowalski, Adam J\" <adam.j.kowalski@hsi.dhs.gov>", "dmvinfo@state.co.us",
                   "Info request - HSI Denver - 3 subjects", "Mon, 9 Nov 2026 15:20:31 -0700")
    inner.set_content("""Hello DMV team,

I'm a Special Agent with Homeland Security Investigations (HSI) Denver. We are conducting a
criminal investigation into an alien smuggling and harboring organization operating along
I-70 (8 U.S.C. § 1324). I'd like to request address history, DL photos and any registered
vehicles for the following:

  - NGUYỄN, Thị Lan          DOB 1990-08-14   CO DL 14-227-6610
  - ĐỖ, Văn Hùng             DOB 1987-01-30
  - PEÑA RÍOS, Carlos Eduardo  DOB 1979-04-11   CO ID 11-905-3342

This information is for law enforcement use only and will not be further disseminated.

Thank you,

SA Adam J. Kowalski
Homeland Security Investigations - Denver
U.S. Immigration and Customs Enforcement
O: 303-555-0146 | C: 720-555-0181
""")
    m = mk_msg("Deb Archuleta <deborah.archuleta@state.co.us>", "DMV Records LE Unit <dmv_lerequests@state.co.us>",
               "FW: Info request - HSI Denver - 3 subjects", "Tue, 10 Nov 2026 08:03:12 -0700")
    m.set_content("""Forwarding this one to the LE unit - it came into the general DMV info box yesterday.
Original attached.

Deb Archuleta
Customer Service, Colorado DMV
""")
    m.add_attachment(inner, filename="Info request - HSI Denver - 3 subjects.eml")
    write_eml(i, m)
    label(i, "eml", "internal forward with original HSI email attached as message/rfc822",
          ["dhs-ice-hsi", "Homeland Security Investigations - Denver", "Adam J. Kowalski", "Special Agent",
           "adam.j.kowalski@hsi.dhs.gov", "303-555-0146"],
          [("Thị Lan Nguyễn", "1990-08-14", [("license", "142276610")]),
           ("Văn Hùng Đỗ", "1987-01-30", []),
           ("Carlos Eduardo Peña Ríos", "1979-04-11", [("license", "119053342")])],
          ["8 USC 1324"], "none", None, False, "criminal_investigation",
          ["address", "photo", "vehicle"], "email")


def d18():
    i = "baaa18"
    pages = ["""
MARICOPA COUNTY ATTORNEY'S OFFICE
225 West Madison Street, Phoenix, Arizona 85003
Deputy County Attorney Jonah R. Whitfield, Bar No. 031877
Tel (602) 555-0118  jwhitfield@mcao.maricopa.gov
# IN THE SUPERIOR COURT OF THE STATE OF ARIZONA
# IN AND FOR THE COUNTY OF MARICOPA

STATE OF ARIZONA,                              No. CR2026-118834-001
                 Plaintiff,
vs.                                            SUBPOENA DUCES TECUM
MARISOL QUINTANILLA-ORTIZ,                     (Criminal)
                 Defendant.

THE STATE OF ARIZONA TO: Custodian of Records, Arizona Department of Economic Security,
Unemployment Insurance Administration, 1789 W. Jefferson St., Phoenix, AZ 85007

YOU ARE COMMANDED to appear and produce the documents listed below at the trial of the
above-entitled action on December 14, 2026 at 8:30 a.m., Courtroom 6B, Central Court Building,
201 W. Jefferson, Phoenix. Production in lieu of appearance may be made by delivering certified
copies to the Deputy County Attorney named above on or before December 7, 2026.

DOCUMENTS: All unemployment insurance claim records, weekly certifications, payment records,
and employer wage reports for Marisol QUINTANILLA-ORTIZ, DOB 1984-10-09, SSN XXX-XX-5530,
for the period 03/2024 through 06/2026.

This subpoena is issued pursuant to Rule 34, Arizona Rules of Criminal Procedure, in a
prosecution for Theft, A.R.S. § 13-1802, and Fraudulent Schemes and Artifices, A.R.S. § 13-2310.

Failure to obey this subpoena without adequate excuse may be deemed a contempt of court.

Date: November 13, 2026                   JEFF FINE, CLERK OF THE SUPERIOR COURT
                                          By: T. Abernathy, Deputy Clerk

Requested by: Jonah R. Whitfield, Deputy County Attorney
"""]
    render_pdf(tmp(i), pages)
    make_fax(tmp(i), P(i, "tif"), "13-NOV-2026 16:40  MCAO FRAUD BUREAU  602 555 0119   PAGE {p} OF {n}")
    label(i, "fax", "Arizona criminal subpoena duces tecum, faxed",
          ["district-attorney", "Maricopa County Attorney's Office", "Jonah R. Whitfield",
           "Deputy County Attorney", "jwhitfield@mcao.maricopa.gov", "(602) 555-0118"],
          [("Marisol Quintanilla-Ortiz", "1984-10-09", [("ssn_last4", "5530")])],
          ["AZ CrimP 34", "ARS 13-1802", "ARS 13-2310"], "court_subpoena", None, True,
          "criminal_investigation", ["claims", "benefits", "wages"], "fax")


def d19():
    i = "baaa19"
    render_pdf(P(i, "pdf"), ["""
# U.S. Department of Justice
# Bureau of Alcohol, Tobacco, Firearms and Explosives
Albuquerque Field Office, 201 Third Street NW, Suite 1500, Albuquerque, NM 87102
---
October 22, 2026                                              ATF Inv. No. 786035-26-0019

New Mexico Taxation & Revenue Department
Motor Vehicle Division, Records Unit
Joseph M. Montoya Bldg., 1100 S. St. Francis Dr., Santa Fe, NM 87504

Re: Service of Federal Search Warrant

Enclosed please find a search and seizure warrant issued by the United States District Court
for the District of New Mexico, together with Attachments A and B. Please produce the records
described in Attachment B to the undersigned within 10 days. Records may be sent on disc or to
the e-mail below.

Sincerely,

Olivia M. Trujillo
Special Agent, ATF Albuquerque Field Office
(505) 555-0153   olivia.trujillo@atf.gov
""", """
AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
# for the
# District of New Mexico

In the Matter of the Search of                    )
RECORDS MAINTAINED BY THE NEW MEXICO MOTOR        )    Case No. 26-MR-2231
VEHICLE DIVISION RELATING TO EZEQUIEL A. BACA     )

# SEARCH AND SEIZURE WARRANT

To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests
the search of the following person or property located in the District of New Mexico:
   See Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search
and seize the person or property described above, and that such search will reveal:
   See Attachment B.

YOU ARE COMMANDED to execute this warrant on or before November 5, 2026 (not to exceed 14 days)
[X] in the daytime 6:00 a.m. to 10:00 p.m.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for
the property taken to the person from whom, or from whose premises, the property was taken.

[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse
result listed in 18 U.S.C. § 2705 (except for delay of trial).

Date and time issued: 10/22/2026 11:40 am          Judge's signature: /s/ Laura T. Fashing
City and state: Albuquerque, New Mexico            Hon. Laura T. Fashing, U.S. Magistrate Judge

ATTACHMENT A: Records of the New Mexico Motor Vehicle Division, Santa Fe, NM.
ATTACHMENT B: All driver license, identification card and vehicle title/registration records,
including photographs and addresses, for Ezequiel Armando BACA, DOB 02/28/1991, NM DL
503318207, constituting evidence of violations of 18 U.S.C. § 922(g)(1) and 26 U.S.C. § 5861(d).
Warrant executed in accordance with Fed. R. Crim. P. 41.
"""])
    label(i, "born_digital", "ATF cover letter + AO 93 federal search warrant",
          ["doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Albuquerque Field Office",
           "Olivia M. Trujillo", "Special Agent", "olivia.trujillo@atf.gov", "(505) 555-0153"],
          [("Ezequiel Armando Baca", "1991-02-28", [("license", "503318207")])],
          ["18 USC 3103a", "18 USC 2705", "18 USC 922", "26 USC 5861", "FRCrP 41"], "judicial_warrant", "AO 93",
          True, "criminal_investigation", ["license", "identity_documents", "vehicle", "photo", "address"], "mail")


def d20():
    i = "baaa20"
    m = mk_msg("RODRIGUEZ-VANCE, STEPHANIE L <STEPHANIE.L.RODRIGUEZ-VANCE@cbp.dhs.gov>",
               "mvd.lawenforcement@dot.nm.gov", "Request for MVD information - A# 219 774 031",
               "Wed, 18 Nov 2026 10:26:55 -0700")
    html = """<html><head><style>p{font-family:Calibri,Arial;font-size:11pt}</style></head><body>
<p>Good morning,</p>
<p>U.S. Border Patrol, Deming Station, respectfully requests any address, telephone number and
photograph on file for the following individual. The subject is a <b>removable alien</b> encountered
by agents and later released; we are attempting to confirm his current location.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>ALI, Hamza Yusuf</td></tr>
<tr><td><b>DOB</b></td><td>19-Sep-2000</td></tr>
<tr><td><b>A-Number</b></td><td>A219 774 031</td></tr>
<tr><td><b>NM DL</b></td><td>509 412 886</td></tr>
</table>
<p>Authority: 8 U.S.C. &sect; 1357(a); 8 C.F.R. &sect; 287.5(a). For official use only.</p>
<p>Thank you for your assistance.</p>
<p>Stephanie L. Rodriguez-Vance<br>Border Patrol Agent - Intelligence<br>
U.S. Customs and Border Protection | Deming Station<br>Office: (575) 555-0124<br>
<span style="font-size:8pt;color:#777">WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).
It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).</span></p>
</body></html>"""
    m.set_content(html, subtype="html")
    write_eml(i, m)
    label(i, "eml", "HTML-only Border Patrol email with table, removable alien",
          ["dhs-cbp", "U.S. Customs and Border Protection, U.S. Border Patrol, Deming Station",
           "Stephanie L. Rodriguez-Vance", "Border Patrol Agent - Intelligence",
           "STEPHANIE.L.RODRIGUEZ-VANCE@cbp.dhs.gov", "(575) 555-0124"],
          [("Hamza Yusuf Ali", "2000-09-19", [("a_number", "A219774031"), ("license", "509412886")])],
          ["8 USC 1357", "8 CFR 287.5", "5 USC 552"], "none", None, False, "civil_immigration",
          ["address", "phone", "photo"], "email")


def d21():
    i = "baaa21"
    pages = ["""
DEPARTMENT OF HOMELAND SECURITY                                  1. NUMBER
U.S. CUSTOMS AND BORDER PROTECTION                                  SEA-2026-0417
# SUMMONS
19 U.S.C. 1509
---
2. TO (Name, Address):
   Washington State Employment Security Department
   Attn: Records Custodian, Unemployment Insurance Division
   P.O. Box 9046, Olympia, WA 98507

3. In the matter of: Liability of Seaport Halal Imports LLC for duties, fees and penalties,
   and possible violations of 19 U.S.C. 1592 and 18 U.S.C. 545 (smuggling).

4. YOU ARE HEREBY SUMMONED AND REQUIRED to appear before Tomasz W. Brzezinski, Special Agent /
   CBP Officer, an officer of U.S. Customs and Border Protection, at the time and place below,
   to give testimony and to produce the following records:

   Quarterly wage detail reports and employer account information for
     (a) YUSUF, Faisal Abdi         DOB 1983-05-06   SSN last 4: 7780
     (b) HIRSI, Ayaan Mohamed       DOB 1990-11-29
   from 01/01/2023 to present, and the UI employer account file for Seaport Halal Imports LLC.

5. PLACE: CBP Office of Field Operations, 1000 Second Avenue, Suite 2100, Seattle, WA 98104
   DATE: December 1, 2026    TIME: 9:00 a.m.

Failure to comply with this summons will render you liable to proceedings in a United States
District Court to enforce obedience to the requirements of this summons (19 U.S.C. 1510), and
to penalties.

ISSUED BY: /s/ Tomasz W. Brzezinski              TITLE: Supervisory CBP Officer
DATE: 11/03/2026                                 TEL: (206) 555-0172
E-MAIL: tomasz.brzezinski@cbp.dhs.gov

CBP Form 3115 (03/09)
"""]
    render_pdf(tmp(i), pages)
    make_scanned(tmp(i), P(i, "pdf"), [0])
    label(i, "scanned", "CBP Form 3115 customs summons, scanned",
          ["dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Seattle",
           "Tomasz W. Brzezinski", "Supervisory CBP Officer", "tomasz.brzezinski@cbp.dhs.gov", "(206) 555-0172"],
          [("Faisal Abdi Yusuf", "1983-05-06", [("ssn_last4", "7780")]),
           ("Ayaan Mohamed Hirsi", "1990-11-29", [])],
          ["19 USC 1509", "19 USC 1592", "18 USC 545", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115",
          True, "criminal_investigation", ["wages", "employment", "other"], "mail")


def d22():
    i = "baaa22"
    render_pdf(P(i, "pdf"), ["""
DHS Form I-247N (3/17)
                                                    Subject ID: 401772385
                                                    Event #: SEA2610002214
                                                    File No: A 206 981 447
# DEPARTMENT OF HOMELAND SECURITY
# REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
---
TO: Washington State Department of Corrections      FROM: ICE ERO Seattle Field Office
    Coyote Ridge Corrections Center, Records            12500 Tukwila International Blvd.
    Connell, WA 99326                                   Seattle, WA 98168

Name of Alien: MOROZOV, Aleksandr Ivanovich
Date of Birth: 1976-02-14        Nationality: Russia         Sex: M
DOC #: 402277

THE ALIEN IS SUSPECTED OF BEING A PRIORITY FOR REMOVAL. DHS requests that you notify DHS as
early as practicable (at least 48 hours, if possible) before the alien is released from your
custody, by calling (206) 555-0109 or e-mailing SEA.ERO.Notifications@ice.dhs.gov.

This request is issued under the authority of sections 236 and 287 of the Immigration and
Nationality Act and 8 C.F.R. 236.1 and 287.7. It does not request or authorize that you
detain the alien beyond the time he/she is currently scheduled for release.

Please also provide the subject's projected release date and intended release address.

Signature: /s/ Hollis J. Brandt                   Date: 11/12/2026
Immigration Enforcement Agent, ICE ERO Seattle

Transmitted by e-mail to doc.records@doc1.wa.gov
"""])
    label(i, "born_digital", "I-247N voluntary notification request to state corrections",
          ["dhs-ice-ero", "ICE ERO Seattle Field Office", "Hollis J. Brandt", "Immigration Enforcement Agent",
           "SEA.ERO.Notifications@ice.dhs.gov", "(206) 555-0109"],
          [("Aleksandr Ivanovich Morozov", "1976-02-14", [("a_number", "A206981447")])],
          ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247N", False, "civil_immigration",
          ["address", "other"], "email")

def d23():
    i = "baaa23"
    img = image_bytes(["""
STATE OF MINNESOTA                                              DISTRICT COURT
COUNTY OF HENNEPIN                                   FOURTH JUDICIAL DISTRICT
                                                     Court File No. 27-CR-26-22817
State of Minnesota,
                    Plaintiff,
vs.                                                  WARRANT OF ARREST
Abdiwali Ahmed Nur,  DOB 03/19/1995,
                    Defendant.

TO: THE SHERIFF OF HENNEPIN COUNTY AND ANY OTHER PEACE OFFICER IN THE STATE OF MINNESOTA

A complaint has been filed with the Court charging the above-named defendant with Theft,
Minn. Stat. § 609.52, subd. 2(a)(1), and the Court has found probable cause to believe that the
defendant committed the offense. The defendant failed to appear as ordered.

YOU ARE ORDERED, in the name of the State of Minnesota, to arrest the defendant and bring the
defendant promptly before the Court, pursuant to Minn. R. Crim. P. 3.01.

Bail: $10,000 without conditions / $2,500 with conditions.

Dated: October 28, 2026                   BY THE COURT:  /s/ Hon. Eleanor V. Sundquist
                                                        Judge of District Court
"""], "JPEG", dpi=130, photo=True)
    m = mk_msg("Deputy Kyle Bergstrom <kyle.bergstrom@hennepin.us>", "dhs.lawenforcement@state.mn.us",
               "Warrant subject - address request (Nur, Abdiwali)", "Thu, 12 Nov 2026 13:37:20 -0600")
    m.set_content("""Hi,

I'm with the Hennepin County Sheriff's Office Warrant Unit. We're trying to serve the attached
district court arrest warrant on Abdiwali Ahmed NUR (DOB 3/19/1995). The addresses we have are
no good. Could you check whether DHS has a current residential address or phone number for him
from any benefit program?

Pic of the warrant attached - I can send a certified copy if needed.

Thanks,
Deputy Kyle Bergstrom #1842
Hennepin County Sheriff's Office - Warrant Unit
350 S. 5th St, Minneapolis MN 55415
612-555-0158

Sent from my iPhone""")
    m.add_attachment(img, maintype="image", subtype="jpeg", filename="IMG_4471.jpg")
    write_eml(i, m)
    label(i, "eml", "deputy email with phone photo (JPEG) of Minnesota arrest warrant",
          ["sheriff", "Hennepin County Sheriff's Office - Warrant Unit", "Kyle Bergstrom", "Deputy",
           "kyle.bergstrom@hennepin.us", "612-555-0158"],
          [("Abdiwali Ahmed Nur", "1995-03-19", [])],
          ["MN Stat 609.52", "MN CrimP 3.01"], "judicial_warrant", None, True, "criminal_investigation",
          ["address", "phone"], "email")


def d24():
    i = "baaa24"
    pages = ["""
# IN THE SUPERIOR COURT OF FULTON COUNTY
# STATE OF GEORGIA

STATE OF GEORGIA                                 )
                                                 )     Indictment No. 26SC199402
v.                                               )
                                                 )
LATOYA DENISE WHITFIELD                          )

# ORDER COMPELLING PRODUCTION OF RECORDS

Upon the State's motion, and it appearing to the Court that records held by the Georgia
Department of Labor are material to the prosecution of the above-styled case for Theft by
Taking, O.C.G.A. § 16-8-2, and Identity Fraud, O.C.G.A. § 16-9-121, and that disclosure is
authorized by court order under O.C.G.A. § 34-8-121,

IT IS HEREBY ORDERED that the Georgia Department of Labor shall produce to the Fulton County
District Attorney's Office, Attn: ADA Reginald T. Osei, within ten (10) days:

  (a) all unemployment insurance claim records for LATOYA DENISE WHITFIELD, date of birth
      July 2, 1988, last four of SSN 4417, including mailing addresses, telephone numbers,
      e-mail addresses, and bank account information provided;
  (b) all quarterly wage records reported for her from 2023 to present.

The records shall be certified pursuant to O.C.G.A. § 24-9-902(11).

SO ORDERED this 9th day of November, 2026.

                                        ________________________________
                                        Judge Cassandra M. Oduya
                                        Superior Court of Fulton County
                                        Atlanta Judicial Circuit

Prepared and presented by:
Reginald T. Osei, Assistant District Attorney
Fulton County District Attorney's Office
136 Pryor Street SW, Atlanta, GA 30303
(404) 555-0127   rosei@fultoncountyga.gov
"""]
    render_pdf(tmp(i), pages)
    make_fax(tmp(i), P(i, "tif"), "Nov 10 2026 09:12AM  Fulton Co DA Econ Crimes  4045550128  p.{p}")
    label(i, "fax", "Georgia superior court order to produce DOL records, faxed",
          ["district-attorney", "Fulton County District Attorney's Office", "Reginald T. Osei",
           "Assistant District Attorney", "rosei@fultoncountyga.gov", "(404) 555-0127"],
          [("Latoya Denise Whitfield", "1988-07-02", [("ssn_last4", "4417")])],
          ["OCGA 16-8-2", "OCGA 16-9-121", "OCGA 34-8-121", "OCGA 24-9-902"], "court_order", None, True,
          "criminal_investigation", ["claims", "address", "phone", "email", "wages", "other"], "fax")


def d25():
    i = "baaa25"
    txt = """New submission: "Law Enforcement Information Request" (form id 7)
Florida Department of Economic Opportunity - Reemployment Assistance
Received: 11/18/2026 10:04:51 AM EST
----------------------------------------------------------------------

Agency Name:            Social Security Administration, Office of the Inspector General
                        Office of Investigations - Miami Field Division
Requester Name:         Special Agent Ileana Castro-Mendieta
Requester Title:        Special Agent
Email:                  ileana.castro-mendieta@ssa.gov
Phone:                  (305) 555-0161
Agency Case No.:        MIA2600318

Subject(s):
   1. Name: Yolanda Beatriz Sotomayor Cruz    DOB: 1958-12-24    SSN (last 4): 0923
   2. Name: Ernesto Sotomayor                 DOB: 1955-06-07    SSN (last 4): 4471

Information Requested:
   Reemployment assistance claims and payment history, employer wage reports
   (2022-present), addresses and phone numbers on file.

Purpose / Justification:
   SSA-OIG is investigating concealment of work activity while receiving Title II disability
   benefits (42 U.S.C. § 408(a)(4)) and theft of government funds (18 U.S.C. § 641).
   Disclosure requested under 20 C.F.R. § 603.5 (disclosure to public officials).

Attachments: none

[x] I certify that I am a sworn law enforcement officer and that this information is needed
    for an official investigation.
----------------------------------------------------------------------
This message was generated automatically by the DEO web portal. Do not reply.
"""
    with open(P(i, "txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    label(i, "txt", "web form submission from SSA OIG, two subjects",
          ["ssa-oig", "Social Security Administration, Office of the Inspector General, Office of Investigations - Miami Field Division",
           "Ileana Castro-Mendieta", "Special Agent", "ileana.castro-mendieta@ssa.gov", "(305) 555-0161"],
          [("Yolanda Beatriz Sotomayor Cruz", "1958-12-24", [("ssn_last4", "0923")]),
           ("Ernesto Sotomayor", "1955-06-07", [("ssn_last4", "4471")])],
          ["42 USC 408", "18 USC 641", "20 CFR 603.5"], "none", None, False, "criminal_investigation",
          ["claims", "benefits", "wages", "address", "phone"], "email")


def d26():
    i = "baaa26"
    render_pdf(P(i, "pdf"), ["""
# GRAND JURY SUBPOENA DUCES TECUM
# SUPREME COURT OF THE STATE OF NEW YORK
# COUNTY OF KINGS
---
THE PEOPLE OF THE STATE OF NEW YORK
TO: Records Access Officer, New York State Department of Motor Vehicles
    6 Empire State Plaza, Albany, NY 12228

GREETINGS:
WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the
GRAND JURY of the County of Kings, at the Grand Jury Room, 350 Jay Street, Brooklyn, New York,
on the 7th day of December, 2026, at 10:00 A.M., as a witness in a criminal proceeding, and
that you bring with you and produce the following:

  Certified abstracts of all driver license and registration records, including photo images,
  addresses and ownership history, for:
     1. HNATYUK, Vasyl Petrovych           DOB 1980-03-15    NY Client ID 712 409 338
     2. BARKOWSKI, Irena                   DOB 1986-09-09    NY Client ID 655 031 294
     3. OKAFOR-LEWIS, Chinedu Samuel       DOB 1992-01-04

Records may be produced in lieu of personal appearance by delivering them with a certification
pursuant to CPLR 3122-a to the Assistant District Attorney named below. The investigation
concerns Grand Larceny in the Third Degree, Penal Law § 155.35, and Insurance Fraud, Penal Law
§ 176.20.

For failure to attend you will be deemed guilty of a contempt of court and liable to the
penalties provided by law. This subpoena is issued pursuant to CPL 610.20 and 610.25.

Dated: Brooklyn, New York, November 6, 2026

ERIC GONZALEZ, District Attorney, Kings County
By: /s/ Naomi R. Feldstein
Assistant District Attorney, Auto Crimes Bureau
350 Jay Street, Brooklyn, NY 11201
(718) 555-0135   feldsteinn@brooklynda.org

THIS SUBPOENA IS ISSUED IN CONNECTION WITH A SECRET GRAND JURY PROCEEDING. DISCLOSURE OF ITS
EXISTENCE MAY BE A VIOLATION OF PENAL LAW § 215.70.
"""])
    label(i, "born_digital", "New York county grand jury subpoena duces tecum to DMV, three subjects",
          ["district-attorney", "Kings County District Attorney's Office", "Naomi R. Feldstein",
           "Assistant District Attorney", "feldsteinn@brooklynda.org", "(718) 555-0135"],
          [("Vasyl Petrovych Hnatyuk", "1980-03-15", [("license", "712409338")]),
           ("Irena Barkowski", "1986-09-09", [("license", "655031294")]),
           ("Chinedu Samuel Okafor-Lewis", "1992-01-04", [])],
          ["NY CPLR 3122-a", "NY PL 155.35", "NY PL 176.20", "NY CPL 610.20", "NY CPL 610.25", "NY PL 215.70"],
          "grand_jury_subpoena", None, True, "criminal_investigation",
          ["license", "vehicle", "photo", "address"], "mail")


def d27():
    i = "baaa27"
    render_pdf(P(i, "pdf"), ["""
# Department of the Treasury
# Internal Revenue Service - Criminal Investigation
Chicago Field Office, 230 S. Dearborn St., Stop 2400-CHI, Chicago, IL 60604
---
In reply refer to: CI-CHI-2026-0733                                  Date: 2026-11-02

Illinois Department of Employment Security
Benefit Information Unit / Legal
33 S. State Street, Chicago, IL 60603

Dear Custodian of Records:

IRS Criminal Investigation is conducting a criminal investigation of the individuals named below
for possible violations of 26 U.S.C. § 7201 (attempt to evade or defeat tax) and 26 U.S.C.
§ 7206(1) (false returns). We request copies of employer-reported quarterly wage information for
calendar years 2023 through 2025 and the name and address of each reporting employer for:

   Name                          Date of Birth        SSN (last four)
   Bogusław T. Zieliński         17 Aug 1970          8842
   Agnieszka Zielińska           2 Jan 1974           1156

This request is made for purposes of a federal criminal investigation, consistent with
820 ILCS 405/1900 and 20 C.F.R. part 603. Please do not notify the subjects.

If you have questions, please contact me directly.

Sincerely,

/s/
Marcus Ellingsworth-Abara
Special Agent
Tel: 312-555-0106   Fax: 312-555-0107
marcus.ellingsworth-abara@ci.irs.gov

cc: SSA Patricia Lindgren, Group 3
"""])
    label(i, "born_digital", "IRS-CI letter, two subjects with Polish diacritics, Illinois",
          ["irs-ci", "Internal Revenue Service - Criminal Investigation, Chicago Field Office",
           "Marcus Ellingsworth-Abara", "Special Agent", "marcus.ellingsworth-abara@ci.irs.gov", "312-555-0106"],
          [("Bogusław T. Zieliński", "1970-08-17", [("ssn_last4", "8842")]),
           ("Agnieszka Zielińska", "1974-01-02", [("ssn_last4", "1156")])],
          ["26 USC 7201", "26 USC 7206", "820 ILCS 405/1900", "20 CFR 603"], "none", None, False,
          "criminal_investigation", ["wages", "employment"], "mail")


def d28():
    i = "baaa28"
    pages = ["""
# U.S. Department of Labor
# Office of Inspector General - Office of Investigations
Labor Racketeering and Fraud, Dallas Region, 525 S. Griffin St., Room 407, Dallas, TX 75202
---
November 4, 2026

Texas Workforce Commission
Office of General Counsel - Subpoena/Records Unit
101 E. 15th Street, Austin, TX 78778

Re: Service of Court Order, Case No. 3:26-MJ-00871-BT

The enclosed Order, issued under 18 U.S.C. § 2703(d), requires the Texas Workforce Commission to
disclose the records described in its Attachment A concerning the unemployment insurance claims
portal account of JAMAL RASHID COLEMAN (DOB 10/10/1993). The Order also directs that TWC not
disclose its existence to the account holder (18 U.S.C. § 2705(b)).

Please provide responsive records to me at kendra.vasquez-holt@oig.dol.gov.

Kendra Vasquez-Holt, Special Agent
(214) 555-0145
""", """
# UNITED STATES DISTRICT COURT
# FOR THE NORTHERN DISTRICT OF TEXAS
# DALLAS DIVISION

IN THE MATTER OF THE APPLICATION OF THE           )
UNITED STATES OF AMERICA FOR AN ORDER PURSUANT    )   Case No. 3:26-MJ-00871-BT
TO 18 U.S.C. § 2703(d)                            )

# ORDER
The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that
the Court issue an Order requiring the Texas Workforce Commission, which provides remote
computing services to UI claimants, to disclose the records and other information described in
Attachment A to this Order.

The Court finds that the United States has offered specific and articulable facts showing that
there are reasonable grounds to believe that the records sought are relevant and material to an
ongoing criminal investigation of wire fraud, 18 U.S.C. § 1343, and aggravated identity theft,
18 U.S.C. § 1028A.

IT IS ORDERED under 18 U.S.C. § 2703(d) that TWC shall, within ten days of receipt of this Order,
disclose to the United States the records described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that TWC shall not disclose the existence of the
application or this Order for one year.

Date: 11/02/2026                     /s/ Rebecca A. Rutherford
                                     UNITED STATES MAGISTRATE JUDGE

ATTACHMENT A: For UI claimant account(s) associated with Jamal Rashid Coleman, DOB 1993-10-10,
SSN ending 6029: subscriber and claimant information, mailing and e-mail addresses, telephone
numbers, login IP addresses with dates and times, and bank routing/account numbers for
benefit deposits, from March 1, 2024 to present.
"""]
    render_pdf(tmp(i), pages)
    make_scanned(tmp(i), P(i, "pdf"), [0, 0])
    label(i, "scanned", "DOL-OIG cover letter + federal 2703(d) order, scanned",
          ["dol-oig", "U.S. Department of Labor, Office of Inspector General - Office of Investigations",
           "Kendra Vasquez-Holt", "Special Agent", "kendra.vasquez-holt@oig.dol.gov", "(214) 555-0145"],
          [("Jamal Rashid Coleman", "1993-10-10", [("ssn_last4", "6029")])],
          ["18 USC 2703", "18 USC 2705", "18 USC 1343", "18 USC 1028A"], "court_order", None, True,
          "criminal_investigation", ["claims", "address", "email", "phone", "other"], "mail")


def d29():
    i = "baaa29"
    img = image_bytes(["""
                                                                 File No. A 217 603 154
                                                                 Date: 11/05/2026
# U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and
Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of
arrest for immigration violations

I have determined that there is probable cause to believe that Sokha CHHAY is removable from
the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases;
[ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration
and Nationality Act, the above-named alien.

                               /s/ Gwendolyn P. Araujo
                               (Signature of Authorized Immigration Officer)
                               Gwendolyn P. Araujo, Acting Assistant Field Office Director

Form I-200 (Rev. 09/16)
"""], "PNG", dpi=110)
    m = mk_msg("\"Tran, Peter (ICE)\" <peter.tran2@ice.dhs.gov>", "Benefit Integrity <benefit.integrity@dshs.wa.gov>",
               "Locate request - CHHAY, Sokha", "Mon, 16 Nov 2026 07:45:02 -0800")
    text = """Hello,

My name is Peter Tran, Deportation Officer with ICE Enforcement and Removal Operations, Seattle.
I am trying to locate CHHAY, Sokha (DOB 23 April 1985, A217 603 154). Attached is the Form I-200
for this individual.

Can you please confirm if he is receiving any DSHS assistance and, if so, the address and phone
number he reported? Any employer info would also help.

Thank you for your time,

Peter Tran
Deportation Officer
ICE ERO Seattle - Tacoma Sub-Office
(253) 555-0115
"""
    m.set_content(text)
    m.add_attachment(img, maintype="image", subtype="png", filename="scan0017.png")
    write_eml(i, m)
    label(i, "eml", "ERO email with PNG image of I-200 attached, human services",
          ["dhs-ice-ero", "ICE Enforcement and Removal Operations, Seattle - Tacoma Sub-Office", "Peter Tran",
           "Deportation Officer", "peter.tran2@ice.dhs.gov", "(253) 555-0115"],
          [("Sokha Chhay", "1985-04-23", [("a_number", "A217603154")])],
          ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
          ["benefits", "address", "phone", "employment"], "email")


def d30():
    i = "baaa30"
    render_pdf(P(i, "pdf"), ["""
# UNITED STATES DEPARTMENT OF LABOR
# OFFICE OF INSPECTOR GENERAL
# SUBPOENA DUCES TECUM
                                                          No. OIG-26-NY-0218
TO: Custodian of Records
    New York State Department of Labor, Unemployment Insurance Division
    Building 12, W.A. Harriman State Office Campus, Albany, NY 12240

YOU ARE HEREBY COMMANDED to produce the records described in the attached Schedule to
Special Agent Bernard Q. Achebe, U.S. Department of Labor, Office of Inspector General,
201 Varick Street, Room 871, New York, NY 10014, on or before December 3, 2026.

This subpoena is issued pursuant to the Inspector General Act of 1978, 5 U.S.C. § 406(a)(4),
in connection with an official investigation of possible violations of 18 U.S.C. § 641 (theft
of public money) and 18 U.S.C. § 1343 (wire fraud) involving pandemic unemployment assistance.

In the case of contumacy or refusal to obey, this subpoena shall be enforceable by order of
any appropriate United States district court.

SCHEDULE
For claimants LÊ, Thị Hồng Nhung (DOB 1997-06-30) and MWANGI, Peter Kamau (DOB 1989-02-11):
  1. All UI and PUA claim applications, identity documents submitted, and payment histories;
  2. All mailing, e-mail and IP addresses and phone numbers associated with the claims;
  3. Quarterly wage records reported 2020-2023.
Production under N.Y. Labor Law § 537 is requested; records may be certified.

Signed at Washington, DC, this 9th day of November, 2026.

/s/ Larissa M. Dombrowski
Inspector General (Acting)
U.S. Department of Labor

Contact: Special Agent Bernard Q. Achebe, (646) 555-0183, achebe.bernard@oig.dol.gov
---
SERVED BY: Special Agent Bernard Q. Achebe, DOL-OIG New York Field Office, who requests that
the records be produced to him electronically. Served by certified mail, 11/10/2026.
"""])
    label(i, "born_digital", "DOL inspector-general subpoena duces tecum, two subjects",
          ["dol-oig", "U.S. Department of Labor, Office of Inspector General", "Bernard Q. Achebe",
           "Special Agent", "achebe.bernard@oig.dol.gov", "(646) 555-0183"],
          [("Thị Hồng Nhung Lê", "1997-06-30", []), ("Peter Kamau Mwangi", "1989-02-11", [])],
          ["5 USC 406", "18 USC 641", "18 USC 1343", "NY Labor Law 537"], "administrative_subpoena",
          None, True, "criminal_investigation",
          ["claims", "benefits", "identity_documents", "address", "email", "phone", "wages"], "mail")


def d31():
    i = "baaa31"
    txt = """-----Original Message-----
From: Det. Renata Kowalczuk-Boyd <rkowalczukboyd@charlottenc.gov>
Sent: Friday, November 13, 2026 4:58 PM
To: NCDMV LE Requests <ncdmv.lerequests@ncdot.gov>
Cc: Sgt. Omar Haddad <ohaddad@charlottenc.gov>
Subject: CMPD 20261109-0442 // DL photos - armed robbery suspects

Good afternoon,

Charlotte-Mecklenburg Police Department, Robbery Unit. I am investigating an armed robbery
(N.C. Gen. Stat. § 14-87) of a convenience store on 11/09/2026. The clerk, Mr. Anand Raghunathan,
was pistol whipped. We have three possible suspects and need DL photos to build photo lineups,
plus current addresses:

   1. DeShawn Marcus Ellery      DOB 04/17/2003   NC DL 000038821774
   2. Brandon Lee Hutchins       DOB 12/01/2001   NC DL 000041295530
   3. Ángel Luis Ortega Ruiz     DOB 05/25/2004

I understand release for law enforcement is allowed under G.S. 20-43.1 and the federal DPPA.

Thank you,
Detective R. Kowalczuk-Boyd #3817
CMPD Robbery Unit
601 E. Trade St., Charlotte NC 28202
Desk 704-555-0144
"""
    with open(P(i, "txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    label(i, "txt", "pasted email text from municipal detective, three robbery suspects, victim named",
          ["local-police", "Charlotte-Mecklenburg Police Department, Robbery Unit", "Renata Kowalczuk-Boyd",
           "Detective", "rkowalczukboyd@charlottenc.gov", "704-555-0144"],
          [("DeShawn Marcus Ellery", "2003-04-17", [("license", "000038821774")]),
           ("Brandon Lee Hutchins", "2001-12-01", [("license", "000041295530")]),
           ("Ángel Luis Ortega Ruiz", "2004-05-25", [])],
          ["NCGS 14-87", "NCGS 20-43.1"], "none", None, False, "criminal_investigation",
          ["photo", "address"], "email")


def d32():
    i = "baaa32"
    att = pdf_bytes(["""
DISTRICT COURT, EL PASO COUNTY, COLORADO
270 S. Tejon St., Colorado Springs, CO 80903
---
THE PEOPLE OF THE STATE OF COLORADO,
v.
Defendant: YESENIA ALVARADO TREVIÑO                               ^ COURT USE ONLY ^
---
Attorney for the People: Gabriel S. Fontaine, #48812              Case No. 26CR3309
Deputy District Attorney, Fourth Judicial District                Division: 10
105 E. Vermijo Ave., Colorado Springs, CO 80903
Phone: (719) 555-0131   E-mail: gfontaine@elpasoco.com
---
# SUBPOENA DUCES TECUM (CRIMINAL)
TO: Custodian of Records, Colorado Department of Human Services, Division of Food and
Energy Assistance, 1575 Sherman St., Denver, CO 80203

YOU ARE COMMANDED to appear at the El Paso County Combined Courts, Division 10, on
January 12, 2027 at 8:30 a.m., to testify in the above case and to bring the following:

  Certified copies of all SNAP and Colorado Works application and eligibility records for
  Yesenia ALVARADO TREVIÑO, DOB 22 Feb 1986, including reported household members, reported
  income and employers, and addresses, for 01/2024-present.

In lieu of appearance, certified records delivered to the Deputy District Attorney before the
hearing date, with an affidavit under C.R.E. 902(11), will satisfy this subpoena.

This subpoena is issued pursuant to Crim. P. 17 and C.R.S. 16-9-101 in a prosecution for
Theft, C.R.S. 18-4-401, and Identity Theft, C.R.S. 18-5-902.

Date: 11/16/2026                          CLERK OF THE DISTRICT COURT
                                          By: /s/ M. Rosales, Deputy Clerk
"""])
    m = mk_msg("Gabriel Fontaine <gfontaine@elpasoco.com>", "cdhs_subpoenas@state.co.us",
               "Subpoena Duces Tecum - People v. Alvarado Treviño, 26CR3309", "Tue, 17 Nov 2026 10:09:48 -0700",
               cc="Victim-Witness Unit <vw@elpasoco.com>")
    m.set_content("""Records Custodian:

Attached please find a criminal subpoena duces tecum in People v. Yesenia Alvarado Treviño,
El Paso County District Court case 26CR3309. Certified records with a business records
affidavit will excuse appearance. Per C.R.S. 24-74-103 I understand your office will log this
request; please note it is court-issued process in a criminal case.

The People's witness, Ms. Dolores Whitaker, will not need these records.

Gabriel S. Fontaine
Deputy District Attorney
Fourth Judicial District Attorney's Office
(719) 555-0131

CONFIDENTIALITY NOTICE: This e-mail may contain privileged and confidential information
intended only for the recipient named above.
""")
    m.add_attachment(att, maintype="application", subtype="pdf", filename="SDT_26CR3309_CDHS.pdf")
    write_eml(i, m)
    label(i, "eml", "Colorado DDA email with criminal subpoena duces tecum PDF attached",
          ["district-attorney", "Fourth Judicial District Attorney's Office", "Gabriel S. Fontaine",
           "Deputy District Attorney", "gfontaine@elpasoco.com", "(719) 555-0131"],
          [("Yesenia Alvarado Treviño", "1986-02-22", [])],
          ["CO CRE 902", "CO CrimP 17", "CRS 16-9-101", "CRS 18-4-401", "CRS 18-5-902", "CRS 24-74-103"],
          "court_subpoena", None, True, "criminal_investigation",
          ["benefits", "claims", "wages", "employment", "address"], "email")


if __name__ == "__main__":
    for n in range(1, 33):
        random.seed(SEED + n)  # MIME boundaries come from the global random module
        globals()["d%02d" % n]()
    print("done")
