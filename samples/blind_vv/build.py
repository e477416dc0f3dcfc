"""Build the blind_vv sample set (independent author). Deterministic: fixed seed.

Run:  /work/main/.venv/bin/python samples/blind_vv/build.py
Temporary renders go to /tmp/author_vv.
"""
import io
import json
import os
import random
import subprocess
import sys
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_vv"
os.makedirs(TMP, exist_ok=True)
SEED = 20261122
RNG = random.Random(SEED)

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-B", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-B", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Mono", FD + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("Mono-B", FD + "DejaVuSansMono-Bold.ttf"))

FAMILIES = {"sans": ("Sans", "Sans-B"), "serif": ("Serif", "Serif-B"), "mono": ("Mono", "Mono-B")}


# ---------------------------------------------------------------- PDF renderer
def render_pdf(text, family="sans", size=10, margin=60):
    """Tiny markup renderer. Returns PDF bytes (with text layer)."""
    reg, bold = FAMILIES[family]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    W, H = letter
    x0, x1 = margin, W - margin
    width = x1 - x0
    y = H - margin
    lead = size * 1.35

    def newpage():
        nonlocal y
        c.showPage()
        y = H - margin

    def need(h):
        if y - h < margin:
            newpage()

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line == "!P":
            newpage()
            continue
        if line == "":
            y -= lead * 0.6
            continue
        if line == "!R":
            need(8)
            c.setLineWidth(0.8)
            c.line(x0, y, x1, y)
            y -= 8
            continue
        if line == "!RR":
            need(10)
            c.setLineWidth(2)
            c.line(x0, y, x1, y)
            c.setLineWidth(0.6)
            c.line(x0, y - 3, x1, y - 3)
            y -= 12
            continue
        tag, _, rest = line.partition(" ")
        if tag in ("!H", "!h", "!c", "!cb"):
            fs = {"!H": size + 5, "!h": size + 1.5, "!c": size, "!cb": size}[tag]
            fn = reg if tag == "!c" else bold
            for part in simpleSplit(rest, fn, fs, width):
                need(fs * 1.4)
                c.setFont(fn, fs)
                c.drawCentredString((x0 + x1) / 2, y - fs, part)
                y -= fs * 1.4
            continue
        if tag == "!RT":
            need(lead)
            c.setFont(reg, size)
            c.drawRightString(x1, y - size, rest)
            y -= lead
            continue
        if tag in ("!B", "!F", "!M", "!I"):
            fn = {"!B": bold, "!F": reg, "!M": "Mono", "!I": reg}[tag]
            fs = size - 2.5 if tag == "!F" else size
            ind = 24 if tag == "!I" else 0
            for part in simpleSplit(rest, fn, fs, width - ind):
                need(fs * 1.35)
                c.setFont(fn, fs)
                c.drawString(x0 + ind, y - fs, part)
                y -= fs * 1.35
            continue
        if tag == "!KV":
            k, _, v = rest.partition("|")
            kw = width * 0.34
            parts = simpleSplit(v.strip(), reg, size, width - kw - 6) or [""]
            kparts = simpleSplit(k.strip(), bold, size - 1, kw - 8) or [""]
            h = lead * max(len(parts), len(kparts)) + 4
            need(h)
            c.setLineWidth(0.4)
            c.rect(x0, y - h, width, h)
            c.line(x0 + kw, y, x0 + kw, y - h)
            c.setFont(bold, size - 1)
            for i, kp in enumerate(kparts):
                c.drawString(x0 + 4, y - size - 1 - i * lead, kp)
            c.setFont(reg, size)
            for i, p in enumerate(parts):
                c.drawString(x0 + kw + 5, y - size - 1 - i * lead, p)
            y -= h
            continue
        if tag in ("!T", "!TH"):
            cells = [s.strip() for s in rest.split("|")]
            n = len(cells)
            cw = width / n
            fn = bold if tag == "!TH" else reg
            fs = size - 1
            wrapped = [simpleSplit(cl, fn, fs, cw - 6) or [""] for cl in cells]
            h = max(len(w) for w in wrapped) * fs * 1.3 + 5
            need(h)
            c.setLineWidth(0.5)
            if tag == "!TH":
                c.setFillGray(0.88)
                c.rect(x0, y - h, width, h, fill=1, stroke=0)
                c.setFillGray(0)
            for i, w in enumerate(wrapped):
                c.rect(x0 + i * cw, y - h, cw, h)
                c.setFont(fn, fs)
                for j, p in enumerate(w):
                    c.drawString(x0 + i * cw + 3, y - fs - 2 - j * fs * 1.3, p)
            y -= h
            continue
        # ordinary paragraph line
        for part in simpleSplit(line, reg, size, width):
            need(lead)
            c.setFont(reg, size)
            c.drawString(x0, y - size, part)
            y -= lead
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_to_images(pdf_bytes, name, dpi=200):
    p = os.path.join(TMP, name + ".pdf")
    with open(p, "wb") as f:
        f.write(pdf_bytes)
    prefix = os.path.join(TMP, name + "_pg")
    for fn in os.listdir(TMP):
        if fn.startswith(name + "_pg"):
            os.remove(os.path.join(TMP, fn))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, prefix], check=True)
    files = sorted(fn for fn in os.listdir(TMP) if fn.startswith(name + "_pg") and fn.endswith(".png"))
    return [Image.open(os.path.join(TMP, fn)).convert("L") for fn in files]


def degrade(img, rng, turn=0):
    angle = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    bg = rng.randint(205, 228)
    a = np.asarray(img).astype(np.float32)
    a = bg * 0.0 + a * (bg / 255.0)  # grey paper
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    a = np.asarray(img).astype(np.float32)
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    a += nrng.normal(0, 9, a.shape)
    specks = nrng.random(a.shape) < 0.0008
    a[specks] = 40
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if turn:
        img = img.rotate(turn, expand=True)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(38, 55))
    return Image.open(io.BytesIO(buf.getvalue()))


def write_scanned(pdf_bytes, path, name, rng, turns=None):
    pages = pdf_to_images(pdf_bytes, name, dpi=200)
    out = []
    for i, pg in enumerate(pages):
        t = (turns or {}).get(i, 0)
        out.append(degrade(pg, rng, t).convert("L"))
    fixed = __import__("time").gmtime(1795251600)
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:],
                creationDate=fixed, modDate=fixed, producer="scanner")


def write_fax(pdf_bytes, path, name, rng, header=None):
    pages = pdf_to_images(pdf_bytes, name, dpi=200)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 24)
    out = []
    n = len(pages)
    for i, pg in enumerate(pages):
        a = np.asarray(pg).astype(np.float32)
        nrng = np.random.default_rng(rng.randint(0, 10**6))
        a += nrng.normal(0, 25, a.shape)
        img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
        img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BILINEAR, fillcolor=255)
        img = img.point(lambda p: 255 if p > 140 else 0)
        if header:
            d = ImageDraw.Draw(img)
            d.rectangle([0, 0, img.width, 40], fill=255)
            d.text((30, 8), header.format(p=i + 1, n=n), font=font, fill=0)
        b = np.asarray(img).copy()
        sp = nrng.random(b.shape) < 0.0004
        b[sp] = 0
        out.append(Image.fromarray(b).convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def png_of(pdf_bytes, name, page=0, dpi=150, jpeg=False):
    pages = pdf_to_images(pdf_bytes, name, dpi=dpi)
    img = pages[page]
    a = np.asarray(img).astype(np.float32) * 0.93
    if jpeg:
        a += np.random.default_rng(7).normal(0, 5, a.shape)
    else:
        a = (a // 16) * 16 + 8
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8)).rotate(0.7, fillcolor=225, resample=Image.BICUBIC)
    buf = io.BytesIO()
    if jpeg:
        img.save(buf, "JPEG", quality=70)
    else:
        img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def mkmail(frm, to, subject, date, msgid, cc=None, text=None, html=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    if text is not None and html is not None:
        m.set_content(text)
        m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
    return m


def dt(y, mo, d, h, mi, off=-6):
    return format_datetime(datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off))))


# ---------------------------------------------------------------- labels
def S(name, dob=None, **ids):
    idl = []
    for k, v in ids.items():
        for val in (v if isinstance(v, list) else [v]):
            idl.append({"type": k, "value": val})
    return {"name": name, "dob": dob, "identifiers": idl}


COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def label(i, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel):
    return {
        "id": i, "family": "blind-vv", "format": fmt, "template": template,
        "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], req)),
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def save_label(lab):
    with open(os.path.join(OUT, lab["id"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
        f.write("\n")


def wbytes(name, data):
    if isinstance(data, EmailMessage):
        k = 0
        for part in data.walk():
            if part.get_content_maintype() == "multipart":
                k += 1
                part.set_boundary("=_vv_%s_%d" % (name.split(".")[0], k))
        data = data.as_bytes()
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# =============================================================== documents
@doc
def bvv01():
    t = """
!h U.S. Department of Homeland Security
!c U.S. Immigration and Customs Enforcement
!c Enforcement and Removal Operations
!c Salt Lake City Field Office
!c 2975 Decker Lake Drive, West Valley City, UT 84119
!RR
!F Office of the Field Office Director — Marcus T. Adeyemi, Field Office Director
!RT October 6, 2026

Utah Department of Public Safety
Driver License Division — Records Section
4501 South 2700 West
Salt Lake City, UT 84129

!B RE: Request for Information — GÓMEZ RAMÍREZ, Luis Alberto

To Whom It May Concern:

Pursuant to the authority contained in Section 287 of the Immigration and Nationality Act (8 U.S.C. § 1357) and 8 C.F.R. § 287.5, U.S. Immigration and Customs Enforcement (ICE) respectfully requests that your office provide the following information regarding the individual identified below. This information is needed for official use by this office.

!KV Name | GÓMEZ RAMÍREZ, Luis Alberto
!KV Date of Birth | 07/14/1988
!KV Alien Registration No. | A# 208-334-571
!KV Utah Driver License | 165433921
!KV Last Known City | Ogden, Utah

Specifically, we request: (1) the most current residential and mailing address on file; (2) a copy of the most recent driver license photograph; and (3) a list of any vehicles currently registered to the subject, including plate numbers.

Please treat this request as law-enforcement sensitive. Responsive records may be returned by email to the officer below or by mail to the above address, Attn: Fugitive Operations.

Thank you for your cooperation.

Sincerely,


Kelsey R. Whitford
Deportation Officer
ICE/ERO Salt Lake City
Tel: (801) 555-0147
kelsey.whitford@ice.dhs.gov
!R
!F WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).
"""
    wbytes("bvv01.pdf", render_pdf(t, "serif"))
    return label("bvv01", "born_digital", "ERO field office letter on letterhead, FOD above signer, label/value box",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Salt Lake City Field Office",
                  "Kelsey R. Whitford", "Deportation Officer", "kelsey.whitford@ice.dhs.gov", "(801) 555-0147"),
                 [S("Luis Alberto Gómez Ramírez", "1988-07-14", a_number="A208334571", license="165433921")],
                 ["INA 287", "8 USC 1357", "8 CFR 287.5", "5 USC 552"], "none", None, False, "civil_immigration",
                 ["address", "photo", "vehicle"], "mail")


@doc
def bvv02():
    body = """Hi there,

Trooper Brandt with MHP out of Missoula. I'm working a hit and run (MCA 61-7-103) from last Saturday night on Reserve St -- pedestrian, Ruth Ann Halvorsen, is still at St. Pat's.

Plate came back to a rental but the renter is:

  Dmitri Aleksandrovich Sokolov
  DOB 2 Feb 1991
  MT DL 0311991020202

Could you send me his DL photo and whatever address you have on file? A witness thinks she can ID him from a photo lineup.

Happy to get a warrant if you need one for this, just let me know and I'll get it going with the county attorney.

Thanks much,
Tyler

Tpr. Tyler J. Brandt #412
Montana Highway Patrol | District 1 - Missoula
Cell 406-555-0162
tbrandt@mt.gov
"""
    m = mkmail('"Brandt, Tyler" <tbrandt@mt.gov>', "MVD Records <mvdrecords@mt.gov>",
               "DL photo request - hit and run case 26-0419", dt(2026, 10, 13, 7, 52), "<a1f0c2.tb412@mt.gov>", text=body)
    wbytes("bvv02.eml", m)
    return label("bvv02", "eml", "short informal trooper e-mail, warrant offered later",
                 ("state-police", "Montana Highway Patrol", "Tyler J. Brandt", "Trooper", "tbrandt@mt.gov", "406-555-0162"),
                 [S("Dmitri Aleksandrovich Sokolov", "1991-02-02", license="0311991020202")],
                 ["MCA 61-7-103"], "none", None, False, "criminal_investigation", ["photo", "address"], "email")


@doc
def bvv03():
    body = """Hi team -- this one landed in my inbox instead of the records box. Can you log it and pull what we can? I told him to expect a call from you.

-Dana

Dana Whitcomb | Compliance Enforcement Investigator
Nevada Department of Motor Vehicles
(775) 555-0104

-----Original Message-----
From: Phan, Minh <minh.phan@ice.dhs.gov>
Sent: Monday, October 12, 2026 9:41 AM
To: Whitcomb, Dana <dwhitcomb@dmv.nv.gov>
Subject: records request - two subjects

Dana,

Good talking to you at the task force meeting. As discussed, HSI Las Vegas is investigating a document fraud ring operating out of a tax-prep storefront on East Charleston (18 U.S.C. § 1546 and 18 U.S.C. § 1028). We are requesting the DL/ID application records for the two individuals below, including copies of the identity documents presented at application and the photos on file.

1) IBÁÑEZ SOTO, Carolina -- DOB 1994-11-03 -- NV DL 1502837741
2) HOLUB, Petr -- DOB 09/30/1979 -- no NV DL known, may hold an ID card

Both are believed to have obtained credentials using counterfeit Permanent Resident Cards. Please do not contact the subjects.

V/r,
Minh Phan
Special Agent
Homeland Security Investigations - Las Vegas
U.S. Immigration and Customs Enforcement
Desk: 702-555-0178
"""
    m = mkmail("Dana Whitcomb <dwhitcomb@dmv.nv.gov>", "DMV Records Unit <records@dmv.nv.gov>",
               "FW: records request - two subjects", dt(2026, 10, 12, 13, 5, -7), "<fw.3381@dmv.nv.gov>", text=body)
    wbytes("bvv03.eml", m)
    return label("bvv03", "eml", "HSI agent e-mail forwarded inline by state DMV investigator",
                 ("dhs-ice-hsi", "Homeland Security Investigations - Las Vegas", "Minh Phan", "Special Agent",
                  "minh.phan@ice.dhs.gov", "702-555-0178"),
                 [S("Carolina Ibáñez Soto", "1994-11-03", license="1502837741"), S("Petr Holub", "1979-09-30")],
                 ["18 USC 1546", "18 USC 1028"], "none", None, False, "criminal_investigation",
                 ["license", "identity_documents", "photo"], "email")


@doc
def bvv04():
    t = """
!H PIMA COUNTY SHERIFF'S DEPARTMENT
!c Civil Division — Civil Process Unit
!c 32 N. Stone Ave., Tucson, AZ 85701  ·  Fax 520-555-0144
!RR
!H FACSIMILE TRANSMITTAL
!KV Date | 11/04/2026
!KV To | Arizona Department of Transportation, MVD — Records Services
!KV Fax | 602-555-0129
!KV From | Deputy Rosa Delgado #5517
!KV Phone | 520-555-0143
!KV Pages (incl. cover) | 2
!KV Re | Vehicle record inquiry — tax warrant execution

Please process the attached request. Call with any questions.
!F CONFIDENTIALITY: This facsimile may contain information protected by law. If received in error, notify the sender at the number above and destroy all copies.
!P
!h PIMA COUNTY SHERIFF'S DEPARTMENT
!H REQUEST FOR MOTOR VEHICLE RECORD INFORMATION
!F Information requested pursuant to A.R.S. § 28-455 and the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1) (use by a government agency in carrying out its functions).
!R
!B SECTION A — SUBJECT
!KV Last name | PRUITT
!KV First / Middle | Harlan Wesley
!KV Date of birth | May 22, 1969
!KV AZ DL / ID No. | D08817342
!KV Last known address | Unknown — prior address Marana, AZ
!B SECTION B — INFORMATION REQUESTED
!KV Current address | [X]
!KV Registered vehicles / titles | [X]
!KV Lienholder information | [X]
!KV Photograph | [ ]
!B SECTION C — REASON
Execution of a Warrant for Collection of Tax issued by the Arizona Department of Revenue under A.R.S. § 42-1114. The warrant is on file with the Civil Division; deputies have been directed to levy on personal property, including motor vehicles, of the taxpayer named above.
!B SECTION D — CERTIFICATION
I certify that the information requested will be used only for the purpose stated above.

Signature: ___R. Delgado___     Name/Rank: Deputy Rosa Delgado, #5517     Date: 11/04/2026
Supervisor: Sgt. Alan Moorcroft, Civil Process Unit
"""
    write_fax(render_pdf(t, "sans"), os.path.join(OUT, "bvv04.tif"), "bvv04", RNG,
              header="NOV-04-2026 10:17   PCSD CIVIL DIV   520 555 0144   P.{p:03d}/{n:03d}")
    return label("bvv04", "fax", "sheriff civil unit fax cover + MVD request form, agency's own tax collection warrant (not attached)",
                 ("sheriff", "Pima County Sheriff's Department", "Rosa Delgado", "Deputy", None, "520-555-0143"),
                 [S("Harlan Wesley Pruitt", "1969-05-22", license="D08817342")],
                 ["ARS 28-455", "18 USC 2721", "ARS 42-1114"], "none", None, False, "unknown",
                 ["address", "vehicle"], "fax")


@doc
def bvv05():
    t = """OHIO DEPARTMENT OF JOB AND FAMILY SERVICES
Law Enforcement Records Request -- Online Submission
================================================================
Submission ID ........ LE-2026-004418
Submitted ............ 2026-10-19 15:07 EDT
Routed to ............ Office of Unemployment Insurance Operations / Records

REQUESTING AGENCY
  Agency name ........ Columbus Division of Police
  ORI ................ OH0250400
  Officer name ....... Det. Aaliyah M. Brooks
  Badge / ID ......... 2291
  Unit ............... Fraud/Forgery Unit
  Phone .............. 614-555-0119
  E-mail ............. abrooks@columbus.gov
  Agency case # ...... 2026-178845

SUBJECT OF REQUEST
  Last name .......... KOVALENKO
  First name ......... Oleksandr
  Middle name ........ Petrovych
  Date of birth ...... 04/11/1985
  SSN (last 4) ....... 6620
  Last known address . (blank)

RECORDS REQUESTED
  [x] Quarterly wage history
  [x] Employer(s) of record
  [ ] Unemployment claim history
  [ ] Payment history

OFFENSE / STATUTE
  R.C. 2913.02 Theft; R.C. 2913.49 Identity fraud

STATEMENT OF PURPOSE
  Suspect in theft of approx. $14,000 from his former employer,
  Buckeye Fastener Supply (victim business; contact Mr. Doug Ferris,
  controller). Need current employer to locate suspect for arrest.

CERTIFICATION
  [x] I certify that this request is made for a law enforcement
      purpose as permitted under R.C. 4141.21 and 20 C.F.R. Part 603,
      and that information received will be used only for that purpose.

Electronic signature: Aaliyah M. Brooks
================================================================
This is an automated message. Do not reply to this e-mail.
"""
    wbytes("bvv05.txt", t.encode("utf-8"))
    return label("bvv05", "txt", "state portal web-form submission (plain text), city police detective",
                 ("local-police", "Columbus Division of Police", "Aaliyah M. Brooks", "Detective", "abrooks@columbus.gov", "614-555-0119"),
                 [S("Oleksandr Petrovych Kovalenko", "1985-04-11", ssn_last4="6620")],
                 ["ORC 2913.02", "ORC 2913.49", "ORC 4141.21", "20 CFR 603"], "none", None, False,
                 "criminal_investigation", ["wages", "employment"], "email")


@doc
def bvv06():
    t = """From:    Tillman, Jerome (USMS) <jerome.tillman@usms.doj.gov>
Sent:    Wednesday, October 21, 2026 4:18 PM
To:      KDOL UI Records <kdol.records@ks.gov>
Subject: Fugitive - QUINONES-VIDAL

Afternoon,

We have an active federal arrest warrant out of the District of Kansas for the
individual below for violating his supervised release (original conviction was
21 U.S.C. 841(a)(1), PWID meth). I don't have the warrant in front of me but I
can get you a copy if your office needs it.

   Rafael Quiñones-Vidal
   DOB: December 8, 1990
   SSN ends 4127

Looking for most recent employer and wage quarters, plus any mailing address he
put on a UI claim. His mother, Lucía Vidal, lives in Garden City and says she
hasn't seen him -- no need to pull anything on her.

Thanks in advance,

Jerome Tillman
Deputy U.S. Marshal
U.S. Marshals Service - District of Kansas
Wichita, KS
O: 316-555-0185
C: 316-555-0186

This e-mail and any attachments are intended solely for the addressee and may
contain law enforcement sensitive information.
"""
    wbytes("bvv06.txt", t.encode("utf-8"))
    return label("bvv06", "txt", "e-mail printout pasted to text, deputy marshal; warrant mentioned not attached",
                 ("doj-usms", "U.S. Marshals Service - District of Kansas", "Jerome Tillman", "Deputy U.S. Marshal",
                  "jerome.tillman@usms.doj.gov", "316-555-0185"),
                 [S("Rafael Quiñones-Vidal", "1990-12-08", ssn_last4="4127")],
                 ["21 USC 841"], "none", None, False, "criminal_investigation",
                 ["employment", "wages", "address"], "email")


@doc
def bvv07():
    t = """
!H U.S. Department of Justice
!h Federal Bureau of Investigation
!c Omaha Field Office · 4411 South 121st Court · Omaha, Nebraska 68137
!R
!F Eugene R. Talbot, Special Agent in Charge
!F In Reply, Please Refer to File No. 196B-OM-3409127
!RT 28 October 2026

Nebraska Department of Labor
Office of Unemployment Insurance — Benefit Payment Control
550 South 16th Street
Lincoln, NE 68508

Dear Records Custodian:

The Federal Bureau of Investigation (FBI) is conducting a criminal investigation into a wire fraud scheme (Title 18, United States Code, Section 1343) in which proceeds of fraudulent loan applications were routed through accounts at Prairie Valley Credit Union, the principal victim. Information developed to date indicates that the individuals listed below reported employment that may not exist.

The FBI requests quarterly wage records from the first quarter of 2024 to the present, and any unemployment insurance claim records, for the following individuals:

!TH Name | Date of Birth | SSN (last 4)
!T TRAN, Bao Ngoc | 1987-03-04 | xxx-xx-4418
!T YUSUF, Abdi Warsame | 05/16/1992 | xxx-xx-0937
!T WHITAKER, Cody James | Feb. 27, 1990 | xxx-xx-2285

We understand that such information is confidential under Neb. Rev. Stat. § 48-612 and may be disclosed to law enforcement only as permitted by law. Please contact the undersigned to arrange delivery; if your office requires legal process, please advise.

Your assistance in this matter is greatly appreciated.

Sincerely,

Eugene R. Talbot
Special Agent in Charge

By:  Corinne D. Haas
Special Agent
(402) 555-0131  ·  cdhaas@fbi.gov
"""
    wbytes("bvv07.pdf", render_pdf(t, "serif"))
    return label("bvv07", "born_digital", "FBI field office letter, SAC above 'By:' agent, ruled table of three subjects",
                 ("doj-fbi", "Federal Bureau of Investigation, Omaha Field Office", "Corinne D. Haas", "Special Agent",
                  "cdhaas@fbi.gov", "(402) 555-0131"),
                 [S("Bao Ngoc Tran", "1987-03-04", ssn_last4="4418"), S("Abdi Warsame Yusuf", "1992-05-16", ssn_last4="0937"),
                  S("Cody James Whitaker", "1990-02-27", ssn_last4="2285")],
                 ["18 USC 1343", "NE Stat 48-612"], "none", None, False, "criminal_investigation", ["wages", "claims"], "mail")


@doc
def bvv08():
    t = """
!H OFFICE OF THE DISTRICT ATTORNEY
!h BRONX COUNTY
!c 198 East 161st Street · Bronx, New York 10451 · (718) 555-0100
!F ROBERT T. MALLOY, District Attorney
!RR
!RT November 2, 2026

New York State Department of Motor Vehicles
Records Access / Law Enforcement Requests
6 Empire State Plaza
Albany, NY 12228

!B Re: Investigation No. 2026-BX-04471 — Economic Crimes Bureau

Dear Sir or Madam:

This Office is investigating a grand larceny in the second degree (Penal Law § 155.40) arising from the theft of construction equipment from a Mott Haven job site. In connection with that investigation, I request registration and title history, from January 1, 2023 to the present, for all vehicles and trailers registered to the following persons:

1.  Anthony S. Ruggiero, DOB 09/19/1983, NYS Client ID 512 884 309
2.  Marisol de la Cruz Peña, DOB January 12, 1996

I understand that your Department furnishes such records to law enforcement agencies pursuant to Vehicle and Traffic Law § 202. If your Department requires a subpoena duces tecum before releasing these records, please advise and one will be issued forthwith.

Kindly direct the response to my attention. Thank you for your prompt assistance.

Very truly yours,

ROBERT T. MALLOY
District Attorney, Bronx County

by: Naomi R. Feldstein
Assistant District Attorney
Economic Crimes Bureau
(718) 555-0155 · feldsteinn@bronxda.nyc.gov

cc: Det. Kevin O'Shea, NYPD 46th Precinct Detective Squad
"""
    write_scanned(render_pdf(t, "serif"), os.path.join(OUT, "bvv08.pdf"), "bvv08", RNG)
    return label("bvv08", "scanned", "DA letterhead letter, scanned; only says a subpoena can be issued",
                 ("district-attorney", "Office of the District Attorney, Bronx County", "Naomi R. Feldstein",
                  "Assistant District Attorney", "feldsteinn@bronxda.nyc.gov", "(718) 555-0155"),
                 [S("Anthony S. Ruggiero", "1983-09-19", license="512884309"), S("Marisol de la Cruz Peña", "1996-01-12")],
                 ["NY PL 155.40", "NY VTL 202"], "none", None, False, "criminal_investigation", ["vehicle"], "mail")


@doc
def bvv09():
    t = """
!F DEPARTMENT OF HOMELAND SECURITY                                                                     OMB No. 1653-0000
!F U.S. Immigration and Customs Enforcement
!H IMMIGRATION ENFORCEMENT SUBPOENA
!c To Appear and/or Produce Records
!R
!KV Subpoena No. | ERO-SEA-2026-01187
!KV File No. | A215 667 903
!KV In the Matter of | FARAH, Abdirahman Hassan (DOB 06/01/1989)
!KV To | Custodian of Records, Washington State Department of Licensing, 1125 Washington St. SE, Olympia, WA 98504
!R
By the authority vested in the Secretary of Homeland Security by section 235(d)(4)(A) of the Immigration and Nationality Act (INA), 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4, you are hereby commanded to produce the records described below, relating to an investigation concerning the subject's admissibility to, or removability from, the United States.

!B Records to be produced:
!I 1. All driver license and identification card application records for the subject, including addresses provided;
!I 2. The most recent photograph on file;
!I 3. Vehicle registration records listing the subject as owner or co-owner.

!KV Produce to | Supervisory Detention and Deportation Officer Gregory P. Lindqvist, ICE ERO Seattle, 12500 Tukwila International Blvd., Seattle, WA 98168
!KV On or before | November 16, 2026, 10:00 a.m.
!KV Telephone / E-mail | 206-555-0183 · greg.lindqvist@ice.dhs.gov

Failure to comply with this subpoena may result in the Department of Homeland Security seeking enforcement: under INA § 235(d)(4)(B), a United States District Court may, upon application, issue an order requiring compliance, and any failure to obey such order may be punished as contempt.

!KV Signature of Issuing Officer | /s/ Gregory P. Lindqvist
!KV Name and Title | Gregory P. Lindqvist, Supervisory Detention and Deportation Officer
!KV Date | October 30, 2026
!R
!F PRIVACY ACT STATEMENT: Authority for collection of this information is 5 U.S.C. § 552a and the provisions cited above. Disclosure is mandatory.
!F DHS Form I-138 (Rev. 08/19)
"""
    wbytes("bvv09.pdf", render_pdf(t, "sans"))
    return label("bvv09", "born_digital", "DHS Form I-138 immigration enforcement subpoena with district-court enforcement clause",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, ERO Seattle", "Gregory P. Lindqvist",
                  "Supervisory Detention and Deportation Officer", "greg.lindqvist@ice.dhs.gov", "206-555-0183"),
                 [S("Abdirahman Hassan Farah", "1989-06-01", a_number="A215667903")],
                 ["INA 235", "8 USC 1225", "8 CFR 287.4", "5 USC 552a"], "administrative_subpoena", "I-138", True,
                 "civil_immigration", ["license", "address", "photo", "vehicle"], "mail")


@doc
def bvv10():
    body = """Good afternoon,

Attached is an administrative warrant (I-200) for the subject below. Requesting current residential address and any vehicle registration info you have on file.

Subject: KOVAČEVIĆ, Mirela
DOB: 17-Mar-1993
A# 219-004-518

Please reply to me directly. Thank you for your help.

Respectfully,

Valeria Ortega
Deportation Officer
ICE Enforcement and Removal Operations
Chicago Field Office - Indianapolis Sub-Office
Office: 317-555-0126
valeria.ortega@ice.dhs.gov
"""
    m = mkmail('"Ortega, Valeria" <valeria.ortega@ice.dhs.gov>', "BMV Records <bmvrecords@bmv.in.gov>",
               "Records request - KOVACEVIC, Mirela (I-200 attached)", dt(2026, 10, 27, 14, 31, -5), "<ero.ind.55102@ice.dhs.gov>", text=body)
    t = """
!F DEPARTMENT OF HOMELAND SECURITY
!H WARRANT FOR ARREST OF ALIEN
!RT File No. A219 004 518
!RT Date: 10/26/2026
To:  Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that  Mirela KOVAČEVIĆ  is removable from the United States. This determination is based upon:

[X] the execution of a charging document to initiate removal proceedings against the subject;
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

!KV (Signature of Authorized Immigration Officer) | /s/ Harold J. Meeks
!KV (Printed Name and Title of Authorized Immigration Officer) | Harold J. Meeks, Supervisory Detention and Deportation Officer
!B Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on ____________ (Date) and the contents of this notice were read to him or her in the ________ language.
!F Form I-200 (Rev. 09/16)
"""
    m.add_attachment(render_pdf(t, "sans"), maintype="application", subtype="pdf", filename="I-200_KOVACEVIC.pdf")
    wbytes("bvv10.eml", m)
    return label("bvv10", "eml", "ERO officer e-mail with I-200 PDF attached",
                 ("dhs-ice-ero", "ICE Enforcement and Removal Operations, Chicago Field Office - Indianapolis Sub-Office",
                  "Valeria Ortega", "Deportation Officer", "valeria.ortega@ice.dhs.gov", "317-555-0126"),
                 [S("Mirela Kovačević", "1993-03-17", a_number="A219004518")],
                 ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
                 ["address", "vehicle"], "email")


@doc
def bvv11():
    t = """
!h U.S. Department of Homeland Security
!c Immigration and Customs Enforcement · Enforcement and Removal Operations
!c Atlanta Field Office — Charlotte Sub-Office · 6130 Tyvola Centre Dr., Charlotte, NC 28217
!R
!RT 3 November 2026
North Carolina Division of Motor Vehicles
Driver and Vehicle Records — Law Enforcement Liaison
3101 Mail Service Center, Raleigh, NC 27697

Subject:  José Antonio DE LA CRUZ IBÁÑEZ
DOB:      1977-10-25
A-File:   A087 552 319

The above subject is subject to a final order of removal and a Warrant of Removal/Deportation (Form I-205), copy enclosed, has been issued. ICE is authorized to detain and remove the subject under 8 U.S.C. § 1231. Please furnish the subject's last known address and any vehicles registered in his name.

Bryce N. Hollister
Deportation Officer, ICE/ERO Charlotte
704-555-0139 · bryce.hollister@ice.dhs.gov
Enclosure: I-205
!P
!F DEPARTMENT OF HOMELAND SECURITY
!H WARRANT OF REMOVAL/DEPORTATION
!RT File No: A087 552 319
!RT Date: 09/14/2026
To any immigration officer of the United States Department of Homeland Security:

José Antonio DE LA CRUZ IBÁÑEZ
(Full name of alien to be removed/deported)

who entered the United States at  Nogales, AZ  on  05/02/2004  (Place of entry / Date of entry)

is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge

and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(1)(B)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation for enforcement.

!KV (Signature of immigration officer) | /s/ Denise A. Caraway
!KV (Title of immigration officer) | Field Office Director, Atlanta
!KV (Date and office location) | 09/14/2026, Atlanta, Georgia
!F Form I-205 (Rev. 08/01/07)
"""
    write_scanned(render_pdf(t, "sans"), os.path.join(OUT, "bvv11.pdf"), "bvv11", RNG, turns={1: 180})
    return label("bvv11", "scanned", "ERO cover letter + I-205 (immigration-judge box checked), scanned, page 2 upside down",
                 ("dhs-ice-ero", "Immigration and Customs Enforcement, Enforcement and Removal Operations, Atlanta Field Office - Charlotte Sub-Office",
                  "Bryce N. Hollister", "Deportation Officer", "bryce.hollister@ice.dhs.gov", "704-555-0139"),
                 [S("José Antonio de la Cruz Ibáñez", "1977-10-25", a_number="A087552319")],
                 ["8 USC 1231", "INA 237"], "administrative_warrant", "I-205", True, "civil_immigration",
                 ["address", "vehicle"], "mail")


@doc
def bvv12():
    t = """
!F DEPARTMENT OF HOMELAND SECURITY
!H IMMIGRATION DETAINER – NOTICE OF ACTION
!KV Subject ID | 3391847720
!KV Event # | DAL2610001234
!KV File No. | A216 330 872
!KV Date | October 29, 2026
!KV TO (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency) | Texas Department of Criminal Justice, Classification and Records, Huntsville, TX
!KV FROM (Department of Homeland Security Office Address) | ICE ERO Dallas, 8101 N. Stemmons Fwy, Dallas, TX 75247
!KV Name of Alien | NÚÑEZ ARELLANO, Ricardo
!KV Date of Birth | 11/22/1986
!KV Citizenship | Mexico
!KV Sex | M
!B 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[X] Biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law;
!B IT IS THEREFORE REQUESTED THAT YOU:
[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling 214-555-0190.
[X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
[X] Serve a copy of this form on the alien.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This form is issued under sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.
!KV Signature of Immigration Officer | /s/ Darnell K. Haskins
!KV Name and Title | Darnell K. Haskins, Supervisory Detention and Deportation Officer, ERO Dallas
!F DHS Form I-247A (3/17)
"""
    write_fax(render_pdf(t, "sans", size=9.5), os.path.join(OUT, "bvv12.tif"), "bvv12", RNG,
              header="OCT 29 2026 16:48  ICE ERO DALLAS  2145550190  P.{p:02d}")
    return label("bvv12", "fax", "I-247A detainer faxed to state corrections",
                 ("dhs-ice-ero", "ICE ERO Dallas", "Darnell K. Haskins", "Supervisory Detention and Deportation Officer",
                  None, "214-555-0190"),
                 [S("Ricardo Núñez Arellano", "1986-11-22", a_number="A216330872")],
                 ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", True, "civil_immigration",
                 ["other"], "fax")


@doc
def bvv13():
    text = """Good morning,

Please see the attached Form I-247N for the below inmate. ICE requests notification of his scheduled release date and time from MCI-Norfolk. Please call or email when a date is set.

PHAM, Van Long -- DOB 08/09/1981 -- A044 918 276 -- DOC commitment W109842

Thanks,
Sean M. Fitzgerald
Immigration Enforcement Agent
ICE ERO Boston - Criminal Alien Program
781-555-0112 | sean.m.fitzgerald@ice.dhs.gov

UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE
"""
    html = "<html><body>" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    m = mkmail('"Fitzgerald, Sean M" <sean.m.fitzgerald@ice.dhs.gov>',
               "DOC Records Division <docrecords@doc.state.ma.us>", "I-247N - PHAM, Van Long - request for notification",
               dt(2026, 11, 9, 8, 14, -5), "<cap.bos.90411@ice.dhs.gov>", text=text, html=html)
    t = """
!F DEPARTMENT OF HOMELAND SECURITY
!H REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
!KV Subject ID | 2204871193
!KV Event # | BOS2611000387
!KV File No. | A044 918 276
!KV Date | November 6, 2026
!KV TO | Massachusetts Department of Correction, MCI-Norfolk, Records
!KV FROM | ICE ERO Boston, 1000 District Ave., Burlington, MA 01803
!KV Name of Alien | PHAM, Van Long
!KV Date of Birth | 08/09/1981
!KV Citizenship | Vietnam
!B THE ABOVE NAMED SUBJECT IS SUSPECTED OF BEING A PRIORITY ALIEN
DHS requests that you notify ICE as early as practicable (at least 48 hours, if possible) before the subject is released from your custody. This request does not ask you to detain the subject beyond the time he or she would otherwise be released. This request is made under section 236 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.
!KV Signature of Immigration Officer | /s/ Angela Russo
!KV Name and Title | Angela Russo, Supervisory Detention and Deportation Officer
!F DHS Form I-247N (5/15)
"""
    m.add_attachment(png_of(render_pdf(t, "sans"), "bvv13"), maintype="image", subtype="png", filename="I247N_PHAM.png")
    wbytes("bvv13.eml", m)
    return label("bvv13", "eml", "ERO CAP officer e-mail (multipart/alternative) with I-247N as PNG image",
                 ("dhs-ice-ero", "ICE ERO Boston - Criminal Alien Program", "Sean M. Fitzgerald", "Immigration Enforcement Agent",
                  "sean.m.fitzgerald@ice.dhs.gov", "781-555-0112"),
                 [S("Van Long Pham", "1981-08-09", a_number="A044918276", other="W109842")],
                 ["INA 236", "8 CFR 287.7"], "detainer", "I-247N", True, "civil_immigration", ["other"], "email")


@doc
def bvv14():
    t = """
!F U.S. DEPARTMENT OF JUSTICE
!H DRUG ENFORCEMENT ADMINISTRATION
!H SUBPOENA
!KV Subpoena No. | SL-26-117734
!KV DEA Case No. | M3-26-0081
!KV To | Custodian of Records, Missouri Department of Revenue, Motor Vehicle and Driver Licensing Division, 301 W. High St., Jefferson City, MO 65101
!R
In the matter of an investigation of violations of 21 U.S.C. § 841 and 21 U.S.C. § 846, and pursuant to Section 506 of Public Law 91-513 (21 U.S.C. § 876), you are hereby required to produce the records described below to Special Agent Nathaniel B. Crowe of the Drug Enforcement Administration, at 317 S. 16th Street, St. Louis, MO 63103, on or before November 23, 2026.

!B RECORDS TO BE PRODUCED
All motor vehicle registration and title records (current and historical, January 2024 to present), all addresses of record, and the most recent driver license photograph for:
!TH Name | Date of Birth | MO DL
!T Jesús Manuel OCHOA-BRACAMONTES | April 30, 1982 | unknown
!T Kayla Marie STRICKLAND | January 15, 1997 | N081349922

In lieu of appearance, you may comply by mailing certified copies of the records to the agent named above. You are requested not to disclose the existence of this subpoena; disclosure could impede the investigation.

Failure to comply with this subpoena may result in the Attorney General invoking the aid of the United States District Court to compel compliance (21 U.S.C. § 876(c)).

!KV Issued by (Signature) | /s/ Nathaniel B. Crowe
!KV Name / Title | Nathaniel B. Crowe, Special Agent, St. Louis Division Office
!KV Telephone | 314-555-0158
!KV Date issued | November 2, 2026
!F DEA Form 88 · Previous editions are obsolete
"""
    wbytes("bvv14.pdf", render_pdf(t, "sans"))
    return label("bvv14", "born_digital", "DEA 21 USC 876 administrative subpoena, two subjects in table, district-court enforcement clause",
                 ("doj-dea", "Drug Enforcement Administration, St. Louis Division Office", "Nathaniel B. Crowe", "Special Agent",
                  None, "314-555-0158"),
                 [S("Jesús Manuel Ochoa-Bracamontes", "1982-04-30"), S("Kayla Marie Strickland", "1997-01-15", license="N081349922")],
                 ["21 USC 841", "21 USC 846", "PL 91-513", "21 USC 876"], "administrative_subpoena", "DEA Form 88", True,
                 "criminal_investigation", ["vehicle", "address", "photo"], "mail")


@doc
def bvv15():
    t = """
!F DEPARTMENT OF HOMELAND SECURITY
!F U.S. Customs and Border Protection
!H SUMMONS
!c 19 U.S.C. 1509
!R
!KV Summons No. | STR-2026-0412
!KV To | Custodian of Records, New Mexico Taxation and Revenue Department, Motor Vehicle Division, Joseph Montoya Bldg., 1100 S. St. Francis Dr., Santa Fe, NM 87504
!R
In the matter of: the importation and exportation of motor vehicles by Frontera Auto Export LLC and its principal, GUTIÉRREZ VALDEZ, Héctor Iván (DOB 02/11/1975; NM DL 501283947), in connection with an investigation of possible violations of 18 U.S.C. § 545 (smuggling goods into the United States).

YOU ARE HEREBY SUMMONED and required to appear before Supervisory CBP Officer Renata M. Salcedo, an officer of U.S. Customs and Border Protection, at the Santa Teresa Port of Entry, 5100 Santa Teresa Blvd., Santa Teresa, NM, on December 1, 2026 at 9:00 a.m., to give testimony and to produce the following records:

!I (a) certificates of title, registrations and title-transfer history, 2023 to present, for all vehicles in which the above-named person or Frontera Auto Export LLC is or was listed as owner, lessee or lienholder;
!I (b) all addresses of record for the above-named person.

Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce compliance with this summons as well as other sanctions (19 U.S.C. 1510).

!KV Signature | /s/ Renata M. Salcedo
!KV Name / Title | Renata M. Salcedo, Supervisory CBP Officer, Office of Field Operations
!KV Telephone | 575-555-0114
!KV Date | November 5, 2026
!F CBP Form 3115 (04/19)
"""
    write_scanned(render_pdf(t, "serif"), os.path.join(OUT, "bvv15.pdf"), "bvv15", RNG)
    return label("bvv15", "scanned", "CBP Form 3115 summons (19 USC 1509) scanned, smuggling named",
                 ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations", "Renata M. Salcedo",
                  "Supervisory CBP Officer", None, "575-555-0114"),
                 [S("Héctor Iván Gutiérrez Valdez", "1975-02-11", license="501283947")],
                 ["19 USC 1509", "18 USC 545", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115", True,
                 "criminal_investigation", ["vehicle", "address"], "mail")


@doc
def bvv16():
    t = """
!h U.S. Department of Labor
!c Office of Inspector General — Office of Investigations, Labor Racketeering and Fraud
!c 61 Forsyth Street SW, Suite 6T1, Atlanta, GA 30303
!R
!RT November 9, 2026
Georgia Department of Labor
Attn: Custodian of Records, UI Integrity Division
148 Andrew Young International Blvd. NE
Atlanta, GA 30303

!B Re: OIG Case No. 26-ATL-0213-UIF

Dear Custodian of Records:

The Office of Inspector General is investigating a scheme to obtain unemployment insurance benefits through fictitious employers, in possible violation of 18 U.S.C. § 641 and 18 U.S.C. § 1343. Enclosed is an Inspector General subpoena for claim and wage records for the following claimants:

!TH Claimant | DOB | SSN
!T LAMBERT, Shawna Renee | 07/07/1991 | XXX-XX-5512
!T FUENTES-MARÍN, Yolanda Graciela | 10/19/1988 | XXX-XX-3046

In addition to the claim files and quarterly wage records, please include the IP address logs associated with each claimant's online filings. We recognize that these records are confidential under O.C.G.A. § 34-8-121; disclosure to this office is authorized by 20 C.F.R. § 603.5.

Sincerely,

Travis Okafor
Special Agent
(404) 555-0172 · okafor.travis@oig.dol.gov
Enclosure
!P
!H UNITED STATES DEPARTMENT OF LABOR
!H OFFICE OF INSPECTOR GENERAL
!h SUBPOENA DUCES TECUM
!KV To | Custodian of Records, Georgia Department of Labor
!KV Case | 26-ATL-0213-UIF
In accordance with the Inspector General Act of 1978, as amended (5 U.S.C. § 406(a)(4)), you are hereby commanded to produce the records described in the attached schedule to Special Agent Travis Okafor at the address above on or before December 4, 2026.

Schedule: complete UI claim files, payment histories, quarterly wage records (2023 Q1 to present), and internet protocol (IP) login records for Shawna Renee Lambert and Yolanda Graciela Fuentes-Marín.

This subpoena is enforceable by order of any appropriate United States district court.

!KV Signature | /s/ Lorraine W. Achebe
!KV Title | Deputy Inspector General, U.S. Department of Labor
!KV Date | November 6, 2026
"""
    wbytes("bvv16.pdf", render_pdf(t, "serif"))
    return label("bvv16", "born_digital", "DOL OIG agent cover letter + IG subpoena duces tecum signed by deputy IG",
                 ("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Travis Okafor", "Special Agent",
                  "okafor.travis@oig.dol.gov", "(404) 555-0172"),
                 [S("Shawna Renee Lambert", "1991-07-07", ssn_last4="5512"),
                  S("Yolanda Graciela Fuentes-Marín", "1988-10-19", ssn_last4="3046")],
                 ["18 USC 641", "18 USC 1343", "OCGA 34-8-121", "20 CFR 603.5", "5 USC 406"], "administrative_subpoena", None, True,
                 "criminal_investigation", ["claims", "wages", "benefits", "other"], "mail")


@doc
def bvv17():
    t = """
!h U.S. Department of Justice
!c Bureau of Alcohol, Tobacco, Firearms and Explosives
!c Albuquerque Field Office · 201 Third Street NW, Suite 1500 · Albuquerque, NM 87102
!R
!RT November 10, 2026
New Mexico Motor Vehicle Division
Law Enforcement Records Unit
Santa Fe, NM 87504

RE: Service of Federal Search Warrant, Case No. 26-MR-1187

Enclosed is a search and seizure warrant issued under Fed. R. Crim. P. 41 by the United States District Court for the District of New Mexico, directing the production of the records described in Attachment B. Please deliver responsive records to me by the date indicated. Thank you.

Luke Barnaby
Special Agent, ATF
505-555-0153 · luke.barnaby@atf.gov
!P
!F AO 93 (Rev. 11/13) Search and Seizure Warrant
!H UNITED STATES DISTRICT COURT
!c for the
!h District of New Mexico
!KV In the Matter of the Search of | Records maintained by the New Mexico Motor Vehicle Division relating to Tomasz WIŚNIEWSKI, DOB 12/02/1984, NM DL 073381945
!KV Case No. | 26-MR-1187
!H SEARCH AND SEIZURE WARRANT
To:  Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of New Mexico: see Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: see Attachment B.

YOU ARE COMMANDED to execute this warrant on or before November 20, 2026 (not to exceed 14 days) in the daytime 6:00 a.m. to 10:00 p.m.

[X] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized.

!KV Date and time issued | 11/06/2026 3:42 p.m.   /s/ Carmen L. Aragón — Judge's signature
!KV City and state | Albuquerque, New Mexico    Hon. Carmen L. Aragón, United States Magistrate Judge
!P
!h ATTACHMENT A — Property to be searched
Records maintained by the New Mexico Motor Vehicle Division, 1100 S. St. Francis Drive, Santa Fe, NM, relating to Tomasz Wiśniewski, born December 2, 1984.
!h ATTACHMENT B — Items to be seized
All records that constitute evidence of violations of 18 U.S.C. § 922(g)(1) (felon in possession of a firearm) and 26 U.S.C. § 5861(d) (possession of an unregistered firearm), namely: driver license and identification card application records; photographs; all residential and mailing addresses; and vehicle registration records, from January 1, 2022 to the present.
"""
    wbytes("bvv17.pdf", render_pdf(t, "sans"))
    return label("bvv17", "born_digital", "ATF cover letter + AO 93 search and seizure warrant with attachments",
                 ("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Albuquerque Field Office", "Luke Barnaby",
                  "Special Agent", "luke.barnaby@atf.gov", "505-555-0153"),
                 [S("Tomasz Wiśniewski", "1984-12-02", license="073381945")],
                 ["FRCrP 41", "18 USC 3103a", "18 USC 2705", "18 USC 922", "26 USC 5861"], "judicial_warrant", "AO 93", True,
                 "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


@doc
def bvv18():
    t = """
!H HOUSTON POLICE DEPARTMENT
!c Financial Crimes Division · 1200 Travis St., Houston, TX 77002
!H FAX
!KV To | Texas Workforce Commission — Open Records / Subpoena Response
!KV Fax | 512-555-0197
!KV From | Det. Kimberly Vo, Financial Crimes, Unit 3
!KV Phone / e-mail | 713-555-0121 · kimberly.vo@houstonpolice.org
!KV Date | 10/28/2026
!KV Pages | 2 including cover
Attached: signed search warrant for TWC wage and employer records. Please fax responsive records to 713-555-0122 or email. Thank you.
!P
!RT No. 26-SW-30418
!H SEARCH WARRANT
THE STATE OF TEXAS    §
COUNTY OF HARRIS      §

THE STATE OF TEXAS: TO THE SHERIFF OR ANY PEACE OFFICER OF HARRIS COUNTY, TEXAS, OR ANY PEACE OFFICER OF THE STATE OF TEXAS, GREETINGS:

WHEREAS, the Affiant, whose name appears on the Affidavit annexed hereto, is a peace officer under the laws of Texas and did heretofore this day subscribe and swear to said Affidavit before me, and whereas I find that the verified facts stated by Affiant in said Affidavit show that Affiant has probable cause for the belief he or she expresses therein and establish the existence of proper grounds for issuance of this Warrant pursuant to Article 18.02(a)(10) of the Texas Code of Criminal Procedure;

NOW, THEREFORE, you are commanded to enter the Texas Workforce Commission, 101 East 15th Street, Austin, Texas, and there to search for and seize the following records as evidence of the offense of Fraudulent Use or Possession of Identifying Information, Tex. Penal Code § 32.51: all quarterly wage reports, employer-of-record information and unemployment claim records from January 1, 2024 to present for:

!TH Name | DOB
!T Mohamed Abdullahi GULED | 08/21/1993
!T Ashley Nicole PRUETT | 05/03/1995

Herein fail not, and due return make hereof as provided in Article 18.06 and 18.10, Texas Code of Criminal Procedure.

ISSUED at 2:15 o'clock p.m. on this the 27th day of October, 2026, to certify which witness my hand this day.

/s/ Patrice M. Dunning
JUDGE PRESIDING, 351st District Court
Harris County, Texas
"""
    write_fax(render_pdf(t, "serif"), os.path.join(OUT, "bvv18.tif"), "bvv18", RNG,
              header="10/28/2026 11:02 7135550122        HPD FINANCIAL CRIMES          PAGE {p:02d}/{n:02d}")
    return label("bvv18", "fax", "HPD fax cover + Texas district court search warrant for TWC wage records",
                 ("local-police", "Houston Police Department, Financial Crimes Division", "Kimberly Vo", "Detective",
                  "kimberly.vo@houstonpolice.org", "713-555-0121"),
                 [S("Mohamed Abdullahi Guled", "1993-08-21"), S("Ashley Nicole Pruett", "1995-05-03")],
                 ["TX CCP 18.02", "TX PC 32.51", "TX CCP 18.06", "TX CCP 18.10"], "judicial_warrant", None, True,
                 "criminal_investigation", ["wages", "employment", "claims"], "fax")


@doc
def bvv19():
    t = """
!H CHATHAM COUNTY SHERIFF'S OFFICE
!c Criminal Investigations — Fugitive Unit · 1050 Carl Griffin Dr., Savannah, GA 31405
!R
!B MEMORANDUM
TO:      Georgia Department of Driver Services, Law Enforcement Records
FROM:    Sgt. Curtis Ledbetter, Fugitive Unit
DATE:    Nov. 12, 2026
RE:      Records request — active arrest warrant 26-MW-08812

Attached is a copy of an active arrest warrant for Desmond Tyrell Hayes, DOB 01/30/1998, GA DL 058214776. Request last known address, license photograph, and any vehicles registered to subject. Subject is believed to be armed; do not contact.

Sgt. Curtis Ledbetter · (912) 555-0176 · cledbetter@chathamcountyga.gov
!P
!h MAGISTRATE COURT OF CHATHAM COUNTY
!h STATE OF GEORGIA
!RT Warrant No. 26-MW-08812
!H WARRANT FOR ARREST
TO ANY SHERIFF, DEPUTY SHERIFF, CORONER, CONSTABLE, MARSHAL, POLICE OFFICER, OR OTHER OFFICER AUTHORIZED BY LAW TO EXECUTE WARRANTS IN THIS STATE — GREETINGS:

For sufficient cause made known to me in the affidavit of Det. Ana Lucía Ferreira of the Savannah Police Department, which is incorporated by reference herein, there is probable cause to believe that on or about October 31, 2026, in Chatham County, Georgia, the accused:

DESMOND TYRELL HAYES, B/M, DOB 01/30/1998

did commit the offense of AGGRAVATED ASSAULT, O.C.G.A. § 16-5-21, in that he did assault Marcus Lee Boyd with a handgun, a deadly weapon.

You are therefore commanded to arrest the accused and bring him before me, or some other judicial officer of this State, to be dealt with as the law directs. This warrant is issued pursuant to O.C.G.A. § 17-4-40.

Witness my hand and seal, this 3rd day of November, 2026.

/s/ Eleanor B. Whitfield
Judge, Magistrate Court of Chatham County
"""
    write_scanned(render_pdf(t, "sans"), os.path.join(OUT, "bvv19.pdf"), "bvv19", RNG, turns={1: 90})
    return label("bvv19", "scanned", "sheriff memo + Georgia magistrate arrest warrant, scanned, second page sideways",
                 ("sheriff", "Chatham County Sheriff's Office", "Curtis Ledbetter", "Sergeant", "cledbetter@chathamcountyga.gov",
                  "(912) 555-0176"),
                 [S("Desmond Tyrell Hayes", "1998-01-30", license="058214776")],
                 ["OCGA 16-5-21", "OCGA 17-4-40"], "judicial_warrant", None, True, "criminal_investigation",
                 ["address", "photo", "vehicle"], "mail")


@doc
def bvv20():
    t = """
!h U.S. Department of Justice
!c United States Attorney's Office — Eastern District of Washington
!c 920 W. Riverside Ave., Suite 300, Spokane, WA 99201
!R
!RT November 13, 2026
Washington State Employment Security Department
Office of Special Investigations / Records Custodian
Olympia, WA 98504

Re: In re Application of the United States for an Order Pursuant to 18 U.S.C. § 2703(d), No. 2:26-mc-00431

Enclosed please find an Order of the United States District Court for the Eastern District of Washington directing production of the records described therein. We understand that ESD records are confidential under RCW 50.13.020; the enclosed order is provided for that reason. Please also note the non-disclosure provision of the Order.

Priya Raman
Assistant United States Attorney
(509) 555-0166 · priya.raman@usdoj.gov
!P
!H UNITED STATES DISTRICT COURT
!h FOR THE EASTERN DISTRICT OF WASHINGTON
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)          Case No. 2:26-mc-00431
!H ORDER
This matter having come before the Court pursuant to an application under Title 18, United States Code, Section 2703(c) and (d), by Assistant United States Attorney Priya Raman, which application requests an order directing the Washington State Employment Security Department ("ESD"), which operates the eServices claimant account system, to disclose certain records, the Court finds that the applicant has offered specific and articulable facts showing that there are reasonable grounds to believe that the records are relevant and material to an ongoing criminal investigation of violations of 18 U.S.C. § 1343 and 18 U.S.C. § 1028A.

IT IS ORDERED that ESD shall, within fourteen days, disclose the following for the claimant accounts of VASYL HNATYUK (DOB 09/09/1979) and LORENA BEATRIZ CAAMAÑO (DOB 03/28/1990): account registration information, e-mail addresses and telephone numbers of record, and login records including IP addresses, dates and times, from March 1, 2025 to the present.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that ESD shall not disclose the existence of the application or this Order to the listed account holders or any other person for one year.

DATED this 12th day of November, 2026.

/s/ James T. Oakhurst
UNITED STATES MAGISTRATE JUDGE
"""
    wbytes("bvv20.pdf", render_pdf(t, "serif"))
    return label("bvv20", "born_digital", "AUSA transmittal + federal 2703(d)-style order to state employment agency",
                 ("doj-usao", "United States Attorney's Office — Eastern District of Washington", "Priya Raman",
                  "Assistant United States Attorney", "priya.raman@usdoj.gov", "(509) 555-0166"),
                 [S("Vasyl Hnatyuk", "1979-09-09"), S("Lorena Beatriz Caamaño", "1990-03-28")],
                 ["18 USC 2703", "RCW 50.13.020", "18 USC 1343", "18 USC 1028A", "18 USC 2705"], "court_order", None, True,
                 "criminal_investigation", ["email", "phone", "other"], "mail")


@doc
def bvv21():
    body = """Hello,

Attached is a signed order from Judge Lindahl (Hennepin County District Court) directing DEED to release UI claim and wage detail records for the defendant in State v. Abdullahi, 27-CR-26-14452. Trial is set for January, so we'd appreciate the records by November 20 if at all possible.

You can send them to me by secure email or mail to the address below.

Thank you,

Britta Sorensen
Assistant Hennepin County Attorney | Adult Prosecution Division
Hennepin County Attorney's Office
300 South Sixth Street, Minneapolis, MN 55487
612-555-0149 | britta.sorensen@hennepin.us

CONFIDENTIALITY NOTICE: This e-mail may contain privileged or confidential information. If you are not the intended recipient, please delete it and notify the sender.
"""
    m = mkmail('"Sorensen, Britta" <britta.sorensen@hennepin.us>', "DEED UI Records <deed.uirecords@state.mn.us>",
               "Court order - State v. Abdullahi - DEED wage and claim records", dt(2026, 11, 3, 10, 44),
               "<hcao.77213@hennepin.us>", text=body)
    t = """
!c STATE OF MINNESOTA                                              DISTRICT COURT
!c COUNTY OF HENNEPIN                                        FOURTH JUDICIAL DISTRICT
!R
State of Minnesota, Plaintiff,
vs.
Hodan Ali Abdullahi, Defendant.
!RT Court File No. 27-CR-26-14452
!H ORDER FOR RELEASE OF NOT PUBLIC DATA
The above matter came before the Court on the State's motion for an order under Minn. Stat. § 13.03, subd. 6, and Minn. Stat. § 268.19, authorizing the Minnesota Department of Employment and Economic Development (DEED) to release unemployment insurance data. The defendant is charged with theft by swindle, Minn. Stat. § 609.52, subd. 2(a)(4), arising from a scheme reported by the complainant, Fatuma Noor.

Based on the files and records herein, the Court finds that the benefit of disclosure outweighs any harm to the confidentiality interests of the data subject.

IT IS HEREBY ORDERED:
1. DEED shall produce to the Hennepin County Attorney's Office all unemployment insurance claim records, payment records and quarterly wage detail records from 2023 to present for Hodan Ali Abdullahi, DOB 06/14/1987.
2. The records shall be used solely for purposes of this prosecution and shall not be further disseminated except as the Court allows.

BY THE COURT:

/s/ Gregory Lindahl
Judge of District Court
Dated: October 30, 2026
"""
    m.add_attachment(render_pdf(t, "serif"), maintype="application", subtype="pdf", filename="Order_27-CR-26-14452.pdf")
    wbytes("bvv21.eml", m)
    return label("bvv21", "eml", "county attorney e-mail with Minnesota district court order PDF attached",
                 ("district-attorney", "Hennepin County Attorney's Office", "Britta Sorensen", "Assistant Hennepin County Attorney",
                  "britta.sorensen@hennepin.us", "612-555-0149"),
                 [S("Hodan Ali Abdullahi", "1987-06-14")],
                 ["MN Stat 13.03", "MN Stat 268.19", "MN Stat 609.52"], "court_order", None, True, "criminal_investigation",
                 ["claims", "benefits", "wages"], "email")


@doc
def bvv22():
    t = """NM MVD -- LAW ENFORCEMENT INQUIRY PORTAL
Request export (plain text)                         Printed 11/16/2026 08:02

Request #: LEI-11-2026-0932
Received:  11/15/2026 21:47 MST
Status:    PENDING REVIEW

Requesting agency : University of New Mexico Police Department
Officer           : Ofc. Samantha Yazzie  (#117)
Email             : syazzie@unm.edu
Phone             : 505-555-0108

Subject
  Name            : NAKAMURA, Kenji Ryan
  DOB             : 2004-02-19
  NM DL #         :
  Sex             : M

Information requested
  [X] Current residential address
  [X] Vehicle(s) registered
  [ ] Driver history
  [ ] Photo

Reason for request (required):
  follow up

Authority cited by requester:
  NMSA 1978, § 66-2-7.1

Requester acknowledgment: I understand that misuse of MVD information may
result in loss of access and criminal penalties.   [accepted]
"""
    wbytes("bvv22.txt", t.encode("utf-8"))
    return label("bvv22", "txt", "MVD portal export, campus police, no real reason given",
                 ("other", "University of New Mexico Police Department", "Samantha Yazzie", "Officer", "syazzie@unm.edu",
                  "505-555-0108"),
                 [S("Kenji Ryan Nakamura", "2004-02-19")],
                 ["NMSA 66-2-7.1"], "none", None, False, "unknown", ["address", "vehicle"], "email")


@doc
def bvv23():
    t = """

       IN THE SUPERIOR COURT OF THE STATE OF WASHINGTON
                   IN AND FOR THE COUNTY OF KING

STATE OF WASHINGTON,                  )
                        Plaintiff,    )   No. 26-1-03318-7 SEA
        v.                            )
                                      )   SUBPOENA DUCES TECUM
QUOC BAO NGUYEN,                      )   (CrR 4.8)
                        Defendant.    )
______________________________________)

THE STATE OF WASHINGTON TO:  Records Custodian
                             Washington State Department of Licensing
                             1125 Washington Street SE, Olympia, WA 98504

YOU ARE COMMANDED to appear in the above-entitled court, King County
Courthouse, 516 Third Avenue, Seattle, on December 7, 2026 at 9:00 a.m.,
Courtroom E-1201, to testify in the above case on behalf of the State, and
to bring with you the following:

   Certified copies of all driver license records, the most recent
   photograph, and all vehicle registration records for QUOC BAO NGUYEN,
   DOB 11/30/1989, WA DL WDL8K2P4Q19B.

The defendant is charged with Vehicular Assault, RCW 46.61.522. The named
victim is Rebecca Ostrowski.

In lieu of personal appearance, you may comply by delivering the records
with a certification meeting the requirements of ER 902(11) and RCW 5.45.020
to the undersigned before the date above.

DATED: November 4, 2026.

                    [fictional] KING COUNTY PROSECUTING ATTORNEY

                    By: /s/ Marcus Jae-won Lee
                    Marcus Jae-won Lee, WSBA #48817
                    Senior Deputy Prosecuting Attorney
                    516 Third Avenue, W554, Seattle, WA 98104
                    206-555-0177   marcus.lee@kingcounty.gov
"""
    t = t.replace("[fictional] ", "")
    wbytes("bvv23.txt", t.encode("utf-8"))
    return label("bvv23", "txt", "Washington criminal subpoena duces tecum (CrR 4.8) as plain text, issued by deputy prosecutor",
                 ("district-attorney", "King County Prosecuting Attorney", "Marcus Jae-won Lee", "Senior Deputy Prosecuting Attorney",
                  "marcus.lee@kingcounty.gov", "206-555-0177"),
                 [S("Quoc Bao Nguyen", "1989-11-30", license="WDL8K2P4Q19B")],
                 ["WA CrR 4.8", "RCW 46.61.522", "WA ER 902", "RCW 5.45.020"], "court_subpoena", None, True,
                 "criminal_investigation", ["license", "photo", "vehicle"], "email")


@doc
def bvv24():
    t = """
!h U.S. Department of Justice
!c United States Attorney's Office · District of South Carolina
!c 1441 Main Street, Suite 500 · Columbia, SC 29201
!R
!RT 16 November 2026
Custodian of Records
South Carolina Department of Employment and Workforce
1550 Gadsden Street, Columbia, SC 29201

Re: Federal Grand Jury Subpoena No. 26-GJ-0388

Dear Custodian:

Enclosed is a grand jury subpoena issued in connection with an investigation of possible violations of 18 U.S.C. §§ 1341, 1343 and 1349. You may comply by producing the records described in Attachment A to the agent identified below in lieu of appearing. Because grand jury matters are secret under Fed. R. Crim. P. 6(e), we ask that you not disclose the existence of this subpoena to the persons named.

Please contact Special Agent Derek Lomax, FBI Columbia, at 803-555-0120, or me with any questions.

Sincerely,

Whitney A. Grayson
Assistant United States Attorney
(803) 555-0138 · whitney.grayson@usdoj.gov
!P
!F AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
!H UNITED STATES DISTRICT COURT
!c for the
!h District of South Carolina
!H SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To:  Custodian of Records, South Carolina Department of Employment and Workforce

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

!KV Place | Matthew J. Perry, Jr. Courthouse, 901 Richland Street, Columbia, SC 29201
!KV Date and Time | 12/09/2026 9:30 a.m.
You must also bring with you the following documents, electronically stored information, or objects: See Attachment A.

!KV Date | 11/13/2026
!KV CLERK OF COURT | /s/ Signature of Clerk or Deputy Clerk
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are: Whitney A. Grayson, AUSA, 1441 Main Street, Suite 500, Columbia, SC 29201, whitney.grayson@usdoj.gov, (803) 555-0138
!h ATTACHMENT A
All unemployment insurance claim records, benefit payment records, and quarterly wage records (2022 to present), including employers of record, for:
!TH Name | Date of Birth | SSN (last four)
!T RUIZ-ECHEVERRÍA, Daniel | 1986-01-09 | 1903
!T SIMS, Broderick Lamont | 1980-07-22 | 6157
"""
    wbytes("bvv24.pdf", render_pdf(t, "sans"))
    return label("bvv24", "born_digital", "AUSA cover letter + AO 110 grand jury subpoena with Attachment A table",
                 ("doj-usao", "United States Attorney's Office, District of South Carolina", "Whitney A. Grayson",
                  "Assistant United States Attorney", "whitney.grayson@usdoj.gov", "(803) 555-0138"),
                 [S("Daniel Ruiz-Echeverría", "1986-01-09", ssn_last4="1903"), S("Broderick Lamont Sims", "1980-07-22", ssn_last4="6157")],
                 ["18 USC 1341", "18 USC 1343", "18 USC 1349", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True,
                 "criminal_investigation", ["claims", "benefits", "wages", "employment"], "mail")


@doc
def bvv25():
    t = """
!H NAVAJO NATION DIVISION OF PUBLIC SAFETY
!h Navajo Police Department — Shiprock District
!c P.O. Box 3239, Shiprock, New Mexico 87420 · (505) 555-0190
!F Chief of Police: Delbert Nez
!RR
!RT Nov. 17, 2026
New Mexico Motor Vehicle Division
Law Enforcement Records
Santa Fe, New Mexico

Re: Request for Driver License Photograph and Address — NPD Report No. SR-26-11872

To the Records Custodian:

The Navajo Police Department, Criminal Investigations, is investigating an aggravated assault that occurred on November 8, 2026, near Beclabito, within the Navajo Nation. Because the suspect and the victim are both enrolled members, the matter may be prosecuted federally under 18 U.S.C. § 1153 as well as under 17 N.N.C. § 316. The victim, Loretta Tso, and an eyewitness, Harrison Begaye, have identified the suspect by name as:

!B Tyson Ray ETSITTY, date of birth April 5, 1999

We request a copy of his New Mexico driver license photograph for a photographic line-up, and his current address of record. A tribal court arrest warrant is being sought and will be forwarded to you upon issuance.

Respectfully,

Wallace Begay
Criminal Investigator
Navajo Police Department — Shiprock District
Direct: (505) 555-0191 · wallace.begay@navajo-nsn.gov
"""
    wbytes("bvv25.pdf", render_pdf(t, "serif"))
    return label("bvv25", "born_digital", "tribal police letter, chief above signer, victim and witness named, warrant promised later",
                 ("other", "Navajo Police Department — Shiprock District", "Wallace Begay", "Criminal Investigator",
                  "wallace.begay@navajo-nsn.gov", "(505) 555-0191"),
                 [S("Tyson Ray Etsitty", "1999-04-05")],
                 ["18 USC 1153", "17 NNC 316"], "none", None, False, "criminal_investigation", ["photo", "address"], "mail")


@doc
def bvv26():
    t = """
!F AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
!H UNITED STATES DISTRICT COURT
!c for the
!h District of Oregon
!KV Plaintiff | Marisela Ocampo-Rivas
!KV v. Defendant | Cascadia Freight Lines, Inc.
!KV Civil Action No. | 3:25-cv-01962-JR
!h SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION
To: Oregon Employment Department, Custodian of Records, 875 Union Street NE, Salem, OR 97311

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material: See Attachment A.
!KV Place | Harrow & Lindqvist LLP, 1211 SW Fifth Ave., Suite 2400, Portland, OR 97204
!KV Date and Time | 12/14/2026 10:00 a.m.
The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.
!KV Date | 11/10/2026
!KV CLERK OF COURT OR | /s/ Jonathan P. Wexler — Attorney's signature
The name, address, e-mail address, and telephone number of the attorney representing Cascadia Freight Lines, Inc., who issues or requests this subpoena, are: Jonathan P. Wexler, Harrow & Lindqvist LLP, 1211 SW Fifth Ave., Suite 2400, Portland, OR 97204; jwexler@harrowlindqvist.com; 503-555-0107.
!h ATTACHMENT A
1. All unemployment insurance claim records for Marisela Ocampo-Rivas (DOB 08/13/1984; SSN ending 7731), including separation statements and employer responses.
2. Quarterly wage records reported for Marisela Ocampo-Rivas from 2022 to present.
The Department may designate these records confidential under ORS 657.665; Defendant will agree to an appropriate protective order.
"""
    wbytes("bvv26.pdf", render_pdf(t, "sans", size=9.5))
    return label("bvv26", "born_digital", "AO 88B civil subpoena issued by defense attorney in employment suit",
                 ("other", "Harrow & Lindqvist LLP (counsel for Cascadia Freight Lines, Inc.)", "Jonathan P. Wexler", "Attorney",
                  "jwexler@harrowlindqvist.com", "503-555-0107"),
                 [S("Marisela Ocampo-Rivas", "1984-08-13", ssn_last4="7731")],
                 ["FRCP 45", "ORS 657.665"], "court_subpoena", "AO 88B", True, "unknown", ["claims", "wages"], "mail")


@doc
def bvv27():
    body = """Thanks Karen.

Yes, both subjects -- and please add the address history for each EBT account, not just the current mailing address. For your log, this is a federal mail theft investigation (18 U.S.C. 1708); we have recovered stolen mail containing EBT cards at an address linked to both.

Renée

Renée Duchamp
U.S. Postal Inspector
U.S. Postal Inspection Service - Milwaukee Domicile
414-555-0133 | rduchamp@uspis.gov

On Oct 30, 2026, at 10:12 AM, Karen Lutz <karen.lutz@dhs.wisconsin.gov> wrote:
> Inspector Duchamp,
>
> We received your request below. Under Wis. Stat. 49.83 we can only release
> for purposes connected with program administration or a law enforcement
> investigation -- can you confirm the statute / nature of the investigation and
> whether you need both individuals?
>
> Karen Lutz
> Program Integrity, Wisconsin Department of Health Services
>
>> From: Duchamp, Renée <rduchamp@uspis.gov>
>> Sent: Thursday, October 29, 2026 3:55 PM
>> To: DHS Program Integrity <dhsprogramintegrity@dhs.wisconsin.gov>
>> Subject: Records request
>>
>> Good afternoon,
>>
>> Requesting EBT card issuance and mailing address records for:
>>
>>   BELTRÁN, Santiago Efraín -- DOB 1978-06-02
>>   MEYERS, Krystal Anne -- DOB 12/11/1995
>>
>> Thank you,
>> Insp. R. Duchamp, USPIS
"""
    m = mkmail('"Duchamp, Renée" <rduchamp@uspis.gov>', "Karen Lutz <karen.lutz@dhs.wisconsin.gov>",
               "RE: RE: Records request", dt(2026, 10, 30, 13, 26), "<uspis.mke.2291@uspis.gov>",
               cc="DHS Program Integrity <dhsprogramintegrity@dhs.wisconsin.gov>", text=body)
    wbytes("bvv27.eml", m)
    return label("bvv27", "eml", "postal inspector reply quoting earlier thread with the state agency",
                 ("usps-uspis", "U.S. Postal Inspection Service - Milwaukee Domicile", "Renée Duchamp", "U.S. Postal Inspector",
                  "rduchamp@uspis.gov", "414-555-0133"),
                 [S("Santiago Efraín Beltrán", "1978-06-02"), S("Krystal Anne Meyers", "1995-12-11")],
                 ["18 USC 1708", "WI Stat 49.83"], "none", None, False, "criminal_investigation", ["benefits", "address"], "email")


@doc
def bvv28():
    html = """<html><head><style>p{font-family:Calibri,Arial;font-size:11pt}</style></head><body>
<p>Good morning,</p>
<p>I supervise <b>Caleb Joseph Mraz</b> (DOB 10/10/1992) on probation at docket <b>CP-02-CR-0004417-2025</b> (Theft by Unlawful Taking, 18 Pa.C.S. &sect; 3921). He has stopped reporting and a bench warrant was issued on 10/29/2026 for the violation; a Gagnon hearing will be scheduled under 42 Pa.C.S. &sect; 9771 once he is in custody.</p>
<p>Could you please check whether he has an open SNAP or medical assistance case and provide any current address and phone number on file? His girlfriend, Tessa Wirth, was his last known contact, but she states he moved out in September.</p>
<p>Thank you,</p>
<p>Eric Lindgren<br>
Probation Officer II<br>
Allegheny County Adult Probation<br>
436 Grant Street, Pittsburgh, PA 15219<br>
Office: 412-555-0135<br>
<a href="mailto:eric.lindgren@alleghenycounty.us">eric.lindgren@alleghenycounty.us</a></p>
<p style="font-size:8pt;color:#777">The information contained in this e-mail is confidential and intended only for the recipient.</p>
</body></html>"""
    m = mkmail('"Lindgren, Eric" <eric.lindgren@alleghenycounty.us>', "DHS OIG Records <ra-oigrecords@pa.gov>",
               "Absconder - address/phone request - MRAZ, Caleb", dt(2026, 11, 2, 9, 3, -5), "<acap.48820@alleghenycounty.us>", html=html)
    wbytes("bvv28.eml", m)
    return label("bvv28", "eml", "HTML-only e-mail, county probation officer, absconder with bench warrant (not attached)",
                 ("other", "Allegheny County Adult Probation", "Eric Lindgren", "Probation Officer II",
                  "eric.lindgren@alleghenycounty.us", "412-555-0135"),
                 [S("Caleb Joseph Mraz", "1992-10-10")],
                 ["18 PaCS 3921", "42 PaCS 9771"], "none", None, False, "criminal_investigation",
                 ["benefits", "address", "phone"], "email")


@doc
def bvv29():
    inner_body = """Mr. Grant,

Thank you for taking my call this morning. As discussed, the SSA Office of the Inspector General is investigating a Supplemental Security Income recipient who we believe concealed work activity while receiving benefits, in possible violation of 42 U.S.C. § 1383a and 18 U.S.C. § 641.

Subject: María Fernanda Castillo Oyervides
DOB: 5/25/1970
SSN: XXX-XX-8810

I am requesting quarterly wage records reported by any Tennessee employer (2023 to present), the names and addresses of those employers, and any unemployment claims she filed. I understand these records are confidential under T.C.A. § 50-7-701 and are released to law enforcement only as that section allows.

Respectfully,

Jovan Marković
Special Agent
Social Security Administration, Office of the Inspector General
Office of Investigations - Nashville Field Office
615-555-0161 | jovan.markovic@ssa.gov
"""
    inner = mkmail('"Markovic, Jovan" <jovan.markovic@ssa.gov>', "Hollis Grant <hollis.grant@tn.gov>",
                   "SSA OIG request - wage records", dt(2026, 11, 4, 11, 20, -6), "<oig.nash.6615@ssa.gov>", text=inner_body)
    outer = mkmail("Hollis Grant <hollis.grant@tn.gov>", "TDLWD Records Requests <records.requests@tn.gov>",
                   "Fwd: SSA OIG request - wage records", dt(2026, 11, 4, 14, 2, -6), "<fwd.1184@tn.gov>",
                   text="Records team - see the attached request from SSA OIG. He also called me this morning. Please log and handle.\n\nHollis Grant\nBenefit Payment Control Unit\nTN Dept. of Labor & Workforce Development\n")
    outer.add_attachment(inner)
    wbytes("bvv29.eml", outer)
    return label("bvv29", "eml", "state staff forwards SSA OIG agent's e-mail as message/rfc822 attachment",
                 ("ssa-oig", "Social Security Administration, Office of the Inspector General", "Jovan Marković", "Special Agent",
                  "jovan.markovic@ssa.gov", "615-555-0161"),
                 [S("María Fernanda Castillo Oyervides", "1970-05-25", ssn_last4="8810")],
                 ["42 USC 1383a", "18 USC 641", "TCA 50-7-701"], "none", None, False, "criminal_investigation",
                 ["wages", "employment", "claims"], "email")


@doc
def bvv30():
    text = """Good afternoon,

Please see the attached grand jury subpoena for BMV records. Records may be delivered to my attention in lieu of appearance. Please call me if you have any questions.

Danielle M. Reyes-Whitman
Assistant Prosecuting Attorney
Major Drug Offenders Unit
Cuyahoga County Prosecutor's Office
1200 Ontario Street, Cleveland, OH 44113
216-555-0124 | dreyes-whitman@prosecutor.cuyahogacounty.us
"""
    html = "<div>" + "".join("<p>%s</p>" % p.replace("\n", "<br/>") for p in text.split("\n\n")) + "</div>"
    m = mkmail('"Reyes-Whitman, Danielle" <dreyes-whitman@prosecutor.cuyahogacounty.us>',
               "BMV Records Request <bmvrecords@dps.ohio.gov>", "Grand Jury Subpoena - BMV records",
               dt(2026, 11, 5, 15, 37, -5), "<ccpo.4410.gj@prosecutor.cuyahogacounty.us>", text=text, html=html)
    t = """
!h THE STATE OF OHIO, CUYAHOGA COUNTY, ss.
!H COURT OF COMMON PLEAS
!h SUBPOENA DUCES TECUM — GRAND JURY
!RT G.J. No. 2026-1187
To: Custodian of Records, Ohio Bureau of Motor Vehicles, 1970 W. Broad St., Columbus, OH 43223

YOU ARE HEREBY COMMANDED to appear before the Grand Jury of Cuyahoga County, Justice Center, 1200 Ontario Street, Cleveland, Ohio, on the 2nd day of December, 2026 at 9:00 a.m., to testify in a matter then and there to be heard concerning possible violations of R.C. 2925.03 (trafficking in drugs), and to bring with you:

Certified copies of all vehicle registration and title records, and the most recent driver license photograph, for ANDRÉS FELIPE ZULUAGA RÍOS, DOB 03/15/1991, OH DL TK482913.

This subpoena is issued pursuant to Crim.R. 17(C). Compliance may be made by delivering the records to the requesting Assistant Prosecuting Attorney before the date above.

Requested by: Danielle M. Reyes-Whitman, Assistant Prosecuting Attorney (0091477)

NAILAH K. BRANDT, Clerk of Courts
By: /s/ T. Kowalczyk, Deputy Clerk      Date: November 4, 2026
"""
    m.add_attachment(png_of(render_pdf(t, "serif"), "bvv30", jpeg=True), maintype="image", subtype="jpeg",
                     filename="GJ_subpoena_BMV.jpg")
    wbytes("bvv30.eml", m)
    return label("bvv30", "eml", "county prosecutor e-mail (multipart/alternative) with JPEG of Ohio county grand jury subpoena",
                 ("district-attorney", "Cuyahoga County Prosecutor's Office", "Danielle M. Reyes-Whitman",
                  "Assistant Prosecuting Attorney", "dreyes-whitman@prosecutor.cuyahogacounty.us", "216-555-0124"),
                 [S("Andrés Felipe Zuluaga Ríos", "1991-03-15", license="TK482913")],
                 ["ORC 2925.03", "OH CrimP 17"], "grand_jury_subpoena", None, True, "criminal_investigation",
                 ["vehicle", "photo"], "email")


@doc
def bvv31():
    t = """
!F ATTORNEY OR PARTY WITHOUT ATTORNEY: Celeste Arambula, Deputy District Attorney (SBN 301562), Office of the District Attorney, County of Fresno, 2100 Tulare Street, Fresno, CA 93721 · TEL: 559-555-0117 · E-MAIL: carambula@fresnocountyca.gov · ATTORNEY FOR: The People
!H SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO
!c 1100 Van Ness Avenue, Fresno, CA 93724
!KV PEOPLE OF THE STATE OF CALIFORNIA vs. DEFENDANT | Efraín Tadeo OLMOS-GARIBAY
!KV CASE NUMBER | F26904418
!H CRIMINAL SUBPOENA (Duces Tecum)
!c (Penal Code, § 1326 et seq.)
THE PEOPLE OF THE STATE OF CALIFORNIA, TO (name, address, and telephone number of witness, if known): Custodian of Records, Employment Development Department, 800 Capitol Mall, Sacramento, CA 95814

1. YOU ARE ORDERED TO APPEAR AS A WITNESS in this case at the date, time, and place shown below UNLESS you make a special agreement with the person named in item 3.
!KV Date / Time / Dept. | January 11, 2027 · 8:30 a.m. · Dept. 32

2. YOU ARE ORDERED TO PRODUCE THE DOCUMENTS AND THINGS DESCRIBED below: All unemployment and disability insurance claim records, payment histories, and quarterly wage records (2023 to present) for Efraín Tadeo Olmos-Garibay, DOB 02/07/1983, SSN ending 0465. The records may be delivered in a sealed envelope with the affidavit required by Evidence Code sections 1560 and 1561. EDD is authorized to disclose under Unemployment Insurance Code § 1095(f).

3. IF YOU HAVE ANY QUESTIONS ABOUT THE TIME OR DATE FOR YOU TO APPEAR, or if you want to be certain that your presence is required, contact: Celeste Arambula, DDA, 559-555-0117.

Defendant is charged with insurance fraud, Penal Code § 550; the victim insurer is Golden Valley Mutual.

!KV Date issued | November 6, 2026
!KV Clerk, by | /s/ M. Sandoval, Deputy
!F Form Adopted for Mandatory Use — Judicial Council of California CR-125/JV-525 — Penal Code, § 1326 et seq.
"""
    write_scanned(render_pdf(t, "sans", size=9.5), os.path.join(OUT, "bvv31.pdf"), "bvv31", RNG)
    return label("bvv31", "scanned", "California criminal subpoena duces tecum CR-125, scanned, requested by DDA",
                 ("district-attorney", "Office of the District Attorney, County of Fresno", "Celeste Arambula",
                  "Deputy District Attorney", "carambula@fresnocountyca.gov", "559-555-0117"),
                 [S("Efraín Tadeo Olmos-Garibay", "1983-02-07", ssn_last4="0465")],
                 ["CA PC 1326", "CA Evid Code 1560", "CA Evid Code 1561", "CA UI Code 1095", "CA PC 550"], "court_subpoena",
                 "CR-125", True, "criminal_investigation", ["claims", "benefits", "wages"], "mail")


@doc
def bvv32():
    t = """
!H VIRGINIA STATE POLICE
!c Bureau of Criminal Investigation — Richmond Field Office
!c 9035 Brook Road, Glen Allen, VA 23060
!RR
!h REQUEST FOR INFORMATION — VIRGINIA EMPLOYMENT COMMISSION
!KV VSP Case # | 2026-BCI-07713
!KV Date | November 12, 2026
!KV Requesting Agent | Special Agent Jordan T. Ashby
!KV Telephone | (804) 555-0168
!KV E-mail | jordan.ashby@vsp.virginia.gov
!KV Fax | (804) 555-0169
!KV Offense(s) | Grand larceny, Va. Code § 18.2-95; conspiracy, Va. Code § 18.2-22
!B SUBJECTS
!TH # | Name (Last, First Middle) | DOB | SSN (last 4)
!T 1 | WÓJCIK, Stanisław Piotr | 08/03/1976 | 3391
!T 2 | HAYNES, Brittany Lynn | 1994-09-17 | 7084
!T 3 | DOAN, Minh Chau | 24 Dec 1988 | 2260
!B INFORMATION REQUESTED
[X] Employer(s) of record and addresses    [X] Quarterly wages, last 8 quarters    [ ] UI claims
!B NARRATIVE
Subjects are suspected in the theft of outboard motors and marine electronics from Tidewater Marine Supply, Inc. (victim). Witness Gerald Pike (store manager) — no records requested on the witness.
!B CERTIFICATION
I certify that the information requested is needed in the performance of my official duties in a criminal investigation and will be handled in accordance with Va. Code § 60.2-114.

Signature: /s/ J. T. Ashby          Approved: First Sgt. Lorna Whitby, BCI Richmond
"""
    write_fax(render_pdf(t, "sans"), os.path.join(OUT, "bvv32.tif"), "bvv32", RNG,
              header="11/12/2026  09:41   VSP BCI RICHMOND   8045550169   #0417  P.{p:03d}")
    return label("bvv32", "fax", "state police request form with ruled subject table, faxed",
                 ("state-police", "Virginia State Police, Bureau of Criminal Investigation — Richmond Field Office",
                  "Jordan T. Ashby", "Special Agent", "jordan.ashby@vsp.virginia.gov", "(804) 555-0168"),
                 [S("Stanisław Piotr Wójcik", "1976-08-03", ssn_last4="3391"), S("Brittany Lynn Haynes", "1994-09-17", ssn_last4="7084"),
                  S("Minh Chau Doan", "1988-12-24", ssn_last4="2260")],
                 ["VA Code 18.2-95", "VA Code 18.2-22", "VA Code 60.2-114"], "none", None, False, "criminal_investigation",
                 ["employment", "wages"], "fax")


if __name__ == "__main__":
    for fn in DOCS:
        lab = fn()
        save_label(lab)
        print(lab["id"], lab["format"], lab["legal_process"]["type"])
