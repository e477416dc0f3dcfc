# -*- coding: utf-8 -*-
"""Builds the blind-uu test set deterministically.

Independent author; never saw the program under test.
Run:  /work/main/.venv/bin/python samples/blind_uu/build.py
Temporary files go to /tmp/author_uu.
"""
import io
import json
import os
import random
import re
import subprocess
import sys
from email.message import EmailMessage
from email import policy
from email.utils import make_msgid  # noqa: F401  (fixed ids used instead)

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (HRFlowable, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_uu"
os.makedirs(TMP, exist_ok=True)
SEED = 4242
import datetime
import time
FIXED_DT = time.strptime("2026-03-10 12:00:00", "%Y-%m-%d %H:%M:%S")
FAMILY = "blind-uu"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-B", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-B", FONTDIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Mono", FONTDIR + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("Mono-B", FONTDIR + "DejaVuSansMono-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans", boldItalic="Sans-B")
registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif", boldItalic="Serif-B")
registerFontFamily("Mono", normal="Mono", bold="Mono-B", italic="Mono", boldItalic="Mono-B")


# ---------------------------------------------------------------- rendering
def _esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def markup_to_pdf(text, path, font="Serif", size=10.5, footer=None, margins=0.9):
    """Tiny markup: '# ' centred big bold, '### ' centred bold, '## ' bold,
    '|a|b|' table rows ('|@2|1|' sets column weights), '---' rule,
    '=PAGE=' page break, '> ' indented, '~ ' small print, blank = space."""
    bold = font + "-B"
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25, alignment=1),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=size + 0.5, leading=(size + 1) * 1.25, alignment=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size * 1.3),
        "q": ParagraphStyle("q", fontName=font, fontSize=size, leading=size * 1.3, leftIndent=28),
        "s": ParagraphStyle("s", fontName=font, fontSize=size - 2.5, leading=(size - 2.5) * 1.3),
        "c": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "ch": ParagraphStyle("ch", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
    }
    width = letter[0] - 2 * margins * inch
    story, rows, weights = [], [], None

    def flush():
        nonlocal rows, weights
        if not rows:
            return
        n = max(len(r) for r in rows)
        w = weights or [1] * n
        tot = float(sum(w))
        cw = [width * x / tot for x in w]
        data = []
        for i, r in enumerate(rows):
            r = r + [""] * (n - len(r))
            data.append([Paragraph(_esc(c), st["ch" if i == 0 else "c"]) for c in r])
        t = Table(data, colWidths=cw, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(t)
        story.append(Spacer(1, 6))
        rows, weights = [], None

    for line in text.strip("\n").split("\n"):
        if line.startswith("|@"):
            flush()
            weights = [float(x) for x in line.strip("|@").split("|")]
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if line.strip() == "":
            story.append(Spacer(1, size * 0.6))
        elif line.strip() == "---":
            story.append(HRFlowable(width="100%", thickness=1, color=colors.black, spaceBefore=2, spaceAfter=4))
        elif line.strip() == "=PAGE=":
            story.append(PageBreak())
        elif line.startswith("# "):
            story.append(Paragraph(_esc(line[2:]), st["h1"]))
        elif line.startswith("### "):
            story.append(Paragraph(_esc(line[4:]), st["h3"]))
        elif line.startswith("## "):
            story.append(Paragraph(_esc(line[3:]), st["h2"]))
        elif line.startswith("> "):
            story.append(Paragraph(_esc(line[2:]), st["q"]))
        elif line.startswith("~ "):
            story.append(Paragraph(_esc(line[2:]), st["s"]))
        else:
            story.append(Paragraph(_esc(line), st["p"]))
    flush()

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        if footer:
            canv.drawString(margins * inch, 0.5 * inch, footer)
        canv.drawRightString(letter[0] - margins * inch, 0.5 * inch, "Page %d" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=margins * inch, rightMargin=margins * inch,
                            topMargin=0.75 * inch, bottomMargin=0.8 * inch, invariant=1,
                            title="", author="", creator="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def pdf_pages(pdf, dpi):
    base = os.path.join(TMP, os.path.basename(pdf)[:-4] + "_r%d" % dpi)
    for f in os.listdir(TMP):
        if f.startswith(os.path.basename(base) + "-"):
            os.remove(os.path.join(TMP, f))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, base], check=True)
    files = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(base) + "-"))
    return [Image.open(os.path.join(TMP, f)).convert("L") for f in files]


def degrade(img, rng, turn=0, quality=45, noise=9.0, grey=0.86):
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if turn:
        img = img.rotate(turn, expand=True)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    a = np.asarray(img).astype(np.float32)
    a = a * grey + (255 * (1 - grey)) * 0.55
    a += nrng.normal(0, noise, a.shape)
    # a few specks
    for _ in range(300):
        y, x = nrng.integers(0, a.shape[0]), nrng.integers(0, a.shape[1])
        a[y:y + 2, x:x + 2] = 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(a, "L").save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("L")


def make_scanned(text, out, rng, turns=None, font="Serif", dpi=200, footer=None):
    pdf = os.path.join(TMP, os.path.basename(out) + ".src.pdf")
    markup_to_pdf(text, pdf, font=font, footer=footer)
    pages = pdf_pages(pdf, dpi)
    turns = turns or {}
    imgs = [degrade(p, rng, turns.get(i, 0)) for i, p in enumerate(pages)]
    imgs[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=imgs[1:], quality=50,
                 creationDate=FIXED_DT, modDate=FIXED_DT, producer="scan", title="scan")


def make_fax(text, out, rng, header, font="Sans", footer=None):
    pdf = os.path.join(TMP, os.path.basename(out) + ".src.pdf")
    markup_to_pdf(text, pdf, font=font, footer=footer, size=10.5)
    pages = pdf_pages(pdf, 200)
    n = len(pages)
    fnt = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 26)
    outs = []
    for i, p in enumerate(pages):
        ang = rng.uniform(-0.6, 0.6)
        p = p.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        canvas = Image.new("L", (p.width, p.height + 50), 255)
        canvas.paste(p, (0, 50))
        d = ImageDraw.Draw(canvas)
        d.text((40, 12), header.format(page=i + 1, n=n), font=fnt, fill=0)
        a = np.asarray(canvas).astype(np.int16)
        nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
        a = a + nrng.normal(0, 25, a.shape)
        bw = Image.fromarray((a > 150).astype(np.uint8) * 255, "L").convert("1")
        outs.append(bw)
    outs[0].save(out, compression="group4", dpi=(200, 200), save_all=True, append_images=outs[1:])


def pdf_bytes(text, name, font="Serif", footer=None, size=10.5):
    pdf = os.path.join(TMP, name)
    markup_to_pdf(text, pdf, font=font, footer=footer, size=size)
    with open(pdf, "rb") as f:
        return f.read()


def image_bytes(text, name, rng, fmt="JPEG", font="Serif", dpi=150, light=True):
    """Render markup and return a list of image bytes (one per page)."""
    pdf = os.path.join(TMP, name + ".src.pdf")
    markup_to_pdf(text, pdf, font=font)
    res = []
    for p in pdf_pages(pdf, dpi):
        if light:
            p = degrade(p, rng, 0, quality=70, noise=5.0, grey=0.93)
        buf = io.BytesIO()
        if fmt == "JPEG":
            p.save(buf, "JPEG", quality=60)
        else:
            p.save(buf, "PNG", optimize=True)
        res.append(buf.getvalue())
    return res


def make_eml(out, hdr, body, html=None, html_only=False, attachments=(), forwarded=None):
    m = EmailMessage(policy=policy.SMTP)
    for k, v in hdr:
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    for data, maintype, subtype, fname in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if forwarded is not None:
        m.add_attachment(forwarded, filename="Original message.eml")
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("=_part_%s_%d_b7f3" % (os.path.basename(out).split(".")[0], i))
    with open(out, "wb") as f:
        f.write(m.as_bytes())


# ---------------------------------------------------------------- labels
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def label(id_, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel):
    ak, an, person, title, email, phone = req
    return {
        "id": id_, "family": FAMILY, "format": fmt, "template": template,
        "requestor": {"agency_key": ak, "agency_name": an, "person": person, "title": title,
                      "email": email, "phone": phone},
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ================================================================ documents
@doc
def buu01(rng):
    t = """
### U.S. Department of Homeland Security
### U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations
Denver Field Office
12445 East Caley Avenue, Centennial, CO 80111
---
October 14, 2025

Colorado Department of Revenue
Division of Motor Vehicles – Records Section
1881 Pierce Street
Lakewood, CO 80214

RE: Request for Information – ERO Case Ref. DEN-FUG-25-04417

To Whom It May Concern:

Pursuant to the authority contained in section 287 of the Immigration and Nationality Act (8 U.S.C. § 1357) and 8 C.F.R. § 287.5, U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), respectfully requests any information your office maintains regarding the individuals listed below. This information is requested for official use only.

## 1.  GÓMEZ RAMÍREZ, Luis Alberto
> Date of Birth: 03/11/1989
> A-Number: A# 208 441 563
> Colorado DL: 14-203-5581

## 2.  DE LA CRUZ, Ana Lucía   (also known as Ana Lucía Pérez)
> Date of Birth: 22 July 1994
> A-Number: A 215-907-320

Ms. de la Cruz is believed to reside with her spouse, Ernesto Pérez Villa; ERO is not requesting records concerning Mr. Pérez Villa.

Specifically, ERO requests: (a) the most current residential and mailing address on file; (b) a copy of the most recent driver license or identification card photograph; and (c) any vehicles currently registered to either individual, including plate number, make, model and VIN.

Please direct the response to the undersigned by e-mail or by mail to the address above. Your cooperation is appreciated.

Respectfully,



Kyle R. Brandt
Deportation Officer
ICE/ERO Denver – Fugitive Operations
Desk: (303) 555-0147
kyle.r.brandt@ice.dhs.gov

cc: Matthew Salas, Supervisory Detention and Deportation Officer
~ WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).
"""
    markup_to_pdf(t, os.path.join(OUT, "buu01.pdf"), font="Serif")
    return label("buu01", "born_digital", "ERO letter to DMV, two subjects, LAST-first headings",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
                  "Kyle R. Brandt", "Deportation Officer", "kyle.r.brandt@ice.dhs.gov", "(303) 555-0147"),
                 [S("Luis Alberto Gómez Ramírez", "1989-03-11", ("a_number", "A208441563"), ("license", "142035581")),
                  S("Ana Lucía de la Cruz", "1994-07-22", ("a_number", "A215907320"))],
                 ["INA 287", "8 USC 1357", "8 CFR 287.5", "5 USC 552"], "none", None, False, "civil_immigration",
                 ["address", "photo", "vehicle"], "mail")


@doc
def buu02(rng):
    body = """Good morning,

I am a Special Agent with the FBI Denver Division assigned to a complex financial crimes squad. We are investigating a scheme in which stolen identities were used to file unemployment insurance claims with CDLE between 2021 and 2023, in possible violation of 18 U.S.C. § 1343 (wire fraud).

One of the identity-theft victims is Margaret Ellison (we are NOT asking for her records; she has already provided a statement). The person we believe filed and collected on the claims is:

  Dmytro Kovalenko
  DOB: 1986-05-19
  SSN: XXX-XX-7732

Could your unit provide quarterly wage records reported for Mr. Kovalenko from 2021 Q1 through the most recent quarter, the names and addresses of the reporting employers (we believe one is Front Range Drywall LLC in Commerce City), and any UI claims filed under his SSN, including the mailing address and phone number on each claim?

If you need a formal request on letterhead or a subpoena, please let me know and I will get that started. Our case number is 196D-DN-3390121.

Thank you,

Rachel Okafor
Special Agent
Federal Bureau of Investigation – Denver Division
8000 East 36th Avenue, Denver, CO 80238
Office: 720-555-0119
rokafor@fbi.gov
"""
    make_eml(os.path.join(OUT, "buu02.eml"), [
        ("From", "Okafor, Rachel (DN) (FBI) <rokafor@fbi.gov>"),
        ("To", "UI Records Requests <cdle_ui_records@state.co.us>"),
        ("Subject", "Wage record request - 196D-DN-3390121"),
        ("Date", "Tue, 04 Nov 2025 08:41:17 -0700"),
        ("Message-ID", "<buu02.4417@fbi.gov>"),
        ("MIME-Version", "1.0")], body)
    return label("buu02", "eml", "FBI agent informal plain-text email, one subject, victim named",
                 ("doj-fbi", "Federal Bureau of Investigation – Denver Division", "Rachel Okafor", "Special Agent",
                  "rokafor@fbi.gov", "720-555-0119"),
                 [S("Dmytro Kovalenko", "1986-05-19", ("ssn_last4", "7732"))],
                 ["18 USC 1343"], "none", None, False, "criminal_investigation",
                 ["wages", "employment", "claims", "address", "phone"], "email")


@doc
def buu03(rng):
    t = """
DEPARTMENT OF HOMELAND SECURITY
### IMMIGRATION ENFORCEMENT SUBPOENA
### To Appear and/or Produce Records
### (8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4)
Subpoena No.: DEN-ERO-25-0992                         File No.: A219 338 417
---
|@1|1|
|TO:|IN THE MATTER OF:|
|Custodian of Records, Colorado Department of Human Services, 1575 Sherman Street, Denver, CO 80203|WARSAME, Abdirahman Hassan  /  DOB: 02/07/1991  /  A# 219-338-417|

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to appear before the official named below, at the place, date and time indicated, to give testimony and/or produce the records described below, relating to a matter under investigation by U.S. Immigration and Customs Enforcement concerning the admissibility and/or removability of the above-named individual from the United States.

**RECORDS TO BE PRODUCED:** See Attachment A.

|@1|1|1|
|Place of appearance|Date|Time|
|ICE ERO, 12445 E. Caley Ave., Centennial, CO 80111 (production by mail or e-mail in lieu of appearance is acceptable)|December 1, 2025|10:00 a.m.|

This subpoena is issued pursuant to section 235(d)(4) of the Immigration and Nationality Act. Failure to comply with this subpoena may result in the Department of Homeland Security seeking an order from a United States District Court to compel compliance.

|@1|1|
|Name and title of issuing official|Signature|
|Jessica M. Thornton, Supervisory Detention and Deportation Officer, ICE ERO Denver. Tel. 303-555-0162. jessica.thornton@ice.dhs.gov|/s/ Jessica M. Thornton   Date: 11/06/2025|

~ DHS Form I-138 (Rev. 08/22)                                                           Page 1 of 2
=PAGE=
### ATTACHMENT A – Records to be Produced
Subject: Abdirahman Hassan WARSAME   DOB: February 7, 1991   A219338417

1. All addresses (residential and mailing) reported by or for the subject from January 1, 2023 to the present.
2. All telephone numbers reported by or for the subject.
3. Records of any application for or enrollment in public assistance, including SNAP and Colorado Works, limited to dates of application, status, and the address of record.

Please do not include records concerning other members of the subject's household.

### CERTIFICATE OF SERVICE
I certify that I served this subpoena by [X] mail  [ ] personal delivery on 11/06/2025.
Signature: /s/ J. M. Thornton

~ Privacy Act Statement: Authority to collect this information is contained in 8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4. DHS Form I-138 (Rev. 08/22)
"""
    make_scanned(t, os.path.join(OUT, "buu03.pdf"), rng, turns={1: 180}, font="Sans")
    return label("buu03", "scanned", "DHS I-138 immigration enforcement subpoena to human services, page 2 upside down",
                 ("dhs-ice-ero", "ICE ERO Denver", "Jessica M. Thornton", "Supervisory Detention and Deportation Officer",
                  "jessica.thornton@ice.dhs.gov", "303-555-0162"),
                 [S("Abdirahman Hassan Warsame", "1991-02-07", ("a_number", "A219338417"))],
                 ["8 USC 1225", "8 CFR 287.4", "INA 235"], "administrative_subpoena", "I-138", True,
                 "civil_immigration", ["address", "phone", "benefits"], "mail")


@doc
def buu04(rng):
    t = """
### DEPARTMENT OF HOMELAND SECURITY
### IMMIGRATION DETAINER – NOTICE OF ACTION
|@1|1|1|
|Subject ID: 391224877|Event #: DEN2510001234|File No: A201 774 950|
|Date: November 3, 2025|||

**TO:** (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)
Colorado Department of Corrections, Sterling Correctional Facility, Offender Records
Fax: 970-555-0133

**FROM:** (Department of Homeland Security Office Address)
ICE ERO Denver Field Office, 12445 E. Caley Ave., Centennial, CO 80111

|@2|1|1|1|
|Name of Alien|Date of Birth|Citizenship|Sex|
|TRẦN, Văn Phúc|08/30/1979|Vietnam|M|
|CDOC #: 178432|||

**1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):**
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[ ] Biometric confirmation of the alien's identity and a records check of federal databases;
[ ] Statements made by the alien to an immigration officer.

**IT IS THEREFORE REQUESTED THAT YOU:**
[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling the ICE office at 303-555-0158.
[X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
[X] Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

Alicia Moreno-Cruz, Deportation Officer
(Name and title of Immigration Officer)            (Signature of Immigration Officer)  /s/ A. Moreno-Cruz
=PAGE=
### NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be released from custody. If you have a complaint regarding this detainer, contact the ICE Joint Intake Center at 1-877-555-0100.

|@1|1|
|Served on (name)|Date / method|
|Van Phuc TRAN|______________|

~ DHS Form I-247A (3/17)                                                      Page 2 of 2
"""
    make_fax(t, os.path.join(OUT, "buu04.tif"), rng,
             "NOV-03-2025 09:14  FROM: ICE ERO DENVER 3035550158   TO: 9705550133   P.{page:03d}/{n:03d}")
    return label("buu04", "fax", "I-247A detainer faxed to a prison",
                 ("dhs-ice-ero", "ICE ERO Denver Field Office", "Alicia Moreno-Cruz", "Deportation Officer", None, "303-555-0158"),
                 [S("Văn Phúc Trần", "1979-08-30", ("a_number", "A201774950"), ("other", "178432"))],
                 ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", False, "civil_immigration",
                 ["other"], "fax")


@doc
def buu05(rng):
    t = """COLORADO DIVISION OF MOTOR VEHICLES
LAW ENFORCEMENT RECORDS REQUEST - ONLINE SUBMISSION
Submission ID: LE-2025-11-0488
Submitted: 2025-11-12 14:07 MST
================================================================

-- Requesting Officer --
Agency name:            Aurora Police Department
Officer name:           Det. Minh-Chau Pham
Badge / ID number:      2291
Unit:                   Auto Theft Unit
Email:                  mpham@auroragov.org
Phone:                  303-555-0174

-- Case Information --
Agency case number:     APD 25-118904
Offense / statute:      Aggravated Motor Vehicle Theft, C.R.S. 18-4-409
Reason for request:     Identify and locate suspect seen driving victim's stolen
                        2019 Toyota Tacoma. Registered owner/victim (Patricia
                        Lindqvist) has been contacted - no records needed on her.

-- Subject of Request --
Last name:              Ibáñez
First name:             Rodrigo
Middle name:            Tomás
Suffix:
Date of birth:          1997-12-04
DL / ID number:         19-442-0076
State:                  CO

-- Records Requested (check all that apply) --
[x] Driver license / ID photo
[x] Current address
[ ] Address history
[x] Vehicles registered to subject
[ ] Driving record (MVR)

-- Certification --
[x] I certify that this request is made for a permissible use under the federal
    Driver's Privacy Protection Act, 18 U.S.C. 2721(b)(1), in carrying out the
    functions of a law enforcement agency, and that the information will be used
    only for that purpose.

Electronic signature: Minh-Chau Pham
"""
    with open(os.path.join(OUT, "buu05.txt"), "w", encoding="utf-8") as f:
        f.write(t)
    return label("buu05", "txt", "DMV law-enforcement web-form submission, local detective",
                 ("local-police", "Aurora Police Department", "Minh-Chau Pham", "Detective", "mpham@auroragov.org", "303-555-0174"),
                 [S("Rodrigo Tomás Ibáñez", "1997-12-04", ("license", "194420076"))],
                 ["CRS 18-4-409", "18 USC 2721"], "none", None, False, "criminal_investigation",
                 ["photo", "address", "vehicle"], "email")


@doc
def buu06(rng):
    t = """
### ENGLEWOOD POLICE DEPARTMENT
Investigations Bureau – Financial Crimes
3615 South Elati Street, Englewood, Colorado 80110
---
November 18, 2025

Colorado Department of Labor and Employment
Division of Unemployment Insurance – Legal Records Unit
251 E. 12th Avenue, Denver, CO 80203

Re: Service of Search Warrant 25SW1183 (EPD Case 25-07729)

Enclosed please find a search warrant signed by the Honorable Teresa M. Albright, Arapahoe County District Court, for records of your agency relating to Yusuf Abdi Mohamed and Bích Ngọc Lê. Please produce the records listed in the warrant to me within ten (10) days. Electronic production (encrypted e-mail or secure file transfer) is preferred.

Please note that the victim in this matter, Harold Vance, age 78, is not a subject of the warrant and his own claim file is not requested.

Thank you for your assistance.

Det. Sgt. Lauren Keesling, #612
Englewood Police Department
303-555-0181  |  lkeesling@englewoodco.gov
=PAGE=
|@1|1|
|DISTRICT COURT, ARAPAHOE COUNTY, COLORADO  Court Address: 7325 S. Potomac St., Centennial, CO 80112|▲ COURT USE ONLY ▲|
|THE PEOPLE OF THE STATE OF COLORADO  IN THE MATTER OF THE SEARCH OF: Records maintained by the Colorado Department of Labor and Employment, Division of Unemployment Insurance|Warrant Number: 25SW1183  Division: 14|
### SEARCH WARRANT

TO ANY PEACE OFFICER IN THE STATE OF COLORADO:

Detective Sergeant Lauren Keesling of the Englewood Police Department has made application and affidavit to this Court, and the Court is satisfied that there is probable cause to believe that the property described below is located at the place described below, and that it is evidence of the crimes of Identity Theft, C.R.S. § 18-5-902, and Theft, C.R.S. § 18-4-401.

This warrant is issued pursuant to Crim. P. 41 and § 16-3-301, C.R.S.

**PERSONS WHOSE RECORDS ARE TO BE SEIZED:**
|@3|2|2|
|Name|Date of Birth|Other identifiers|
|MOHAMED, Yusuf Abdi|04/16/1985|SSN ending 2094|
|LÊ, Bích Ngọc (a/k/a Ngoc Le)|1992-09-09|CO DL 16-871-3302|

**PROPERTY TO BE SEIZED:** For the period January 1, 2024 through the date of this warrant: (1) all unemployment insurance claims filed in the names of the persons above or using their Social Security numbers, including claimant addresses, telephone numbers and e-mail addresses; (2) quarterly wage records and employer names; (3) payment records including bank routing and account information for benefit deposits; and (4) IP address and login logs for the MyUI+ accounts associated with the claims.

YOU ARE THEREFORE COMMANDED to search for and seize the above property and to make a return of this warrant to this Court within fourteen (14) days.

Dated: November 17, 2025                    BY THE COURT:

                                             /s/ Teresa M. Albright
                                             District Court Judge
"""
    markup_to_pdf(t, os.path.join(OUT, "buu06.pdf"), font="Serif", footer="EPD 25-07729 — LAW ENFORCEMENT SENSITIVE")
    return label("buu06", "born_digital", "police cover letter + Colorado district court search warrant, table of two persons",
                 ("local-police", "Englewood Police Department", "Lauren Keesling", "Detective Sergeant",
                  "lkeesling@englewoodco.gov", "303-555-0181"),
                 [S("Yusuf Abdi Mohamed", "1985-04-16", ("ssn_last4", "2094")),
                  S("Bích Ngọc Lê", "1992-09-09", ("license", "168713302"))],
                 ["CRS 18-5-902", "CRS 18-4-401", "CO CrimP 41", "CRS 16-3-301"], "judicial_warrant", None, True,
                 "criminal_investigation", ["claims", "wages", "employment", "address", "phone", "email", "other"], "mail")


@doc
def buu07(rng):
    order = """
### UNITED STATES DISTRICT COURT
### for the
### District of Colorado

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d) DIRECTED TO THE COLORADO DEPARTMENT OF LABOR AND EMPLOYMENT
Case No. 25-sc-00412-NRC
Filed Under Seal
---
### ORDER

This matter comes before the Court on the application of the United States, by Assistant United States Attorney Jonathan P. Whitcomb, for an order under 18 U.S.C. § 2703(d) directing the Colorado Department of Labor and Employment ("CDLE"), which provides the MyUI+ online claimant service, to disclose the records described in Attachment A.

The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records sought are relevant and material to an ongoing criminal investigation of possible violations of 18 U.S.C. §§ 1343 and 1028A.

IT IS ORDERED that CDLE shall, within ten days, disclose to the United States the records described in Attachment A.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that CDLE shall not disclose the existence of the application or this Order to the account holders or any other person for a period of one year, except to an attorney for the purpose of obtaining legal advice.

Dated: December 2, 2025                      BY THE COURT:
                                              /s/ Nadia R. Castellanos
                                              United States Magistrate Judge
=PAGE=
### ATTACHMENT A
For each MyUI+ account associated with the following persons, for the period March 1, 2024 to the present:
|@3|2|2|
|Account holder|Date of birth|Identifier|
|Paweł ZIELIŃSKI|02/14/1988|SSN xxx-xx-3108|
|Jericho Manalo BAUTISTA|January 5, 1990|CO DL 13-660-2187|
1. Subscriber information: names, mailing and residential addresses, telephone numbers and e-mail addresses on the account;
2. Login history, including dates, times and source IP addresses;
3. Records of claims filed through the account, including the bank accounts designated for benefit payments.
"""
    pdfb = pdf_bytes(order, "buu07_order.pdf", font="Serif")
    body = """Ms. Alvarado,

As we discussed by phone this morning, attached is a sealed order signed by Magistrate Judge Castellanos under 18 U.S.C. § 2703(d) directing CDLE to produce MyUI+ account records for two individuals:

  - Paweł Zieliński, DOB 02/14/1988
  - Jericho Manalo Bautista, DOB 01/05/1990

Attachment A to the order describes the records (subscriber info, login/IP history, and claims with payment accounts). Please send the production to me and to SA Luis Fajardo (DOL-OIG), who is the case agent. The order is under seal, so please limit internal distribution to the staff needed to comply.

Thanks very much,

Jonathan P. Whitcomb
Assistant United States Attorney
U.S. Attorney's Office | District of Colorado
1801 California Street, Suite 1600, Denver, CO 80202
(303) 555-0102 | jonathan.whitcomb@usdoj.gov

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain sealed or privileged material. If you received it in error, delete it and notify the sender.
"""
    make_eml(os.path.join(OUT, "buu07.eml"), [
        ("From", "\"Whitcomb, Jonathan (USACO)\" <jonathan.whitcomb@usdoj.gov>"),
        ("To", "Teresa Alvarado <teresa.alvarado@state.co.us>"),
        ("Cc", "\"Fajardo, Luis - OIG\" <fajardo.luis@oig.dol.gov>"),
        ("Subject", "2703(d) Order - CDLE MyUI+ records (SEALED)"),
        ("Date", "Wed, 03 Dec 2025 11:02:09 -0700"),
        ("Message-ID", "<buu07.20251203@usdoj.gov>"),
        ("MIME-Version", "1.0")], body,
        attachments=[(pdfb, "application", "pdf", "25-sc-00412 Order 2703d.pdf")])
    return label("buu07", "eml", "AUSA email with attached sealed 2703(d) order (PDF)",
                 ("doj-usao", "U.S. Attorney's Office, District of Colorado", "Jonathan P. Whitcomb",
                  "Assistant United States Attorney", "jonathan.whitcomb@usdoj.gov", "(303) 555-0102"),
                 [S("Paweł Zieliński", "1988-02-14", ("ssn_last4", "3108")),
                  S("Jericho Manalo Bautista", "1990-01-05", ("license", "136602187"))],
                 ["18 USC 2703", "18 USC 1343", "18 USC 1028A", "18 USC 2705"], "court_order", None, True,
                 "criminal_investigation", ["address", "phone", "email", "claims", "other"], "email")


@doc
def buu08(rng):
    t = """
### EL PASO COUNTY SHERIFF'S OFFICE
### Investigations Division
27 East Vermijo Avenue, Colorado Springs, CO 80903   •   (719) 555-0126
---
# INTERAGENCY REQUEST FOR RECORDS
Form ISD-14 (rev. 2/2024)
|@1|1|1|
|Date of request|Case number|Offense|
|11/21/2025|EPSO 25-00871|Burglary 2nd Degree, C.R.S. 18-4-203|
|To agency|Attention|Return by|
|Colorado DMV|Law Enforcement Records|Fax or e-mail|

**SUBJECT(S) – records requested for each person listed below**
|@0.4|2.6|1.4|1.6|1.6|
|#|Name (Last, First Middle)|DOB|DL / ID #|Role|
|1|HERNÁNDEZ-OCHOA, Jesús Manuel|07/19/1993|11-506-2294|Suspect|
|2|TESFAYE, Meron Alemu|1998-01-30|20-117-8843|Suspect|
|3|KOWALCZYK, Agnieszka (nee NOWAK)|4 Mar 1987|09-334-1205|Registered owner of suspect vehicle (silver Honda CR-V)|
|4|NGUYỄN-BROOKS, Thảo Vy|Dec. 2, 2001|24-610-0098|Passenger in suspect vehicle (identified by witness)|

Victim / reporting party: Thomas Aldridge, 4410 Centennial Blvd. — NO records requested.

**RECORDS REQUESTED:**
[X] DL / ID photograph    [X] Residential address    [X] Vehicle registration(s)    [ ] Driving history

**REQUESTING INVESTIGATOR**
|@1|1|
|Name / ID #|Contact|
|Investigator Shannon McAllister, #4471|719-555-0126 / shannonmcallister@elpasoco.com|
|Supervisor approval|Sgt. D. Lund, #3302|

~ The information requested is for use in an active criminal investigation and will not be disseminated outside the criminal justice system.
"""
    make_scanned(t, os.path.join(OUT, "buu08.pdf"), rng, font="Sans")
    return label("buu08", "scanned", "sheriff interagency request form, ruled table of four subjects",
                 ("sheriff", "El Paso County Sheriff's Office", "Shannon McAllister", "Investigator",
                  "shannonmcallister@elpasoco.com", "719-555-0126"),
                 [S("Jesús Manuel Hernández-Ochoa", "1993-07-19", ("license", "115062294")),
                  S("Meron Alemu Tesfaye", "1998-01-30", ("license", "201178843")),
                  S("Agnieszka Kowalczyk", "1987-03-04", ("license", "093341205")),
                  S("Thảo Vy Nguyễn-Brooks", "2001-12-02", ("license", "246100098"))],
                 ["CRS 18-4-203"], "none", None, False, "criminal_investigation",
                 ["photo", "address", "vehicle"], "mail")


I200 = """
### U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
|@1|1|
|File No. {file}|Date: {date}|

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that **{name}** is removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases;
[ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

{signer}
(Signature of Authorized Immigration Officer)
{signer_title}
(Printed Name and Title of Authorized Immigration Officer)

### Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on ____________, and the contents of this notice were read to him or her in the ______ language.
~ Form I-200 (Rev. 09/16)
"""


@doc
def buu09(rng):
    t = """
U.S. Department of Homeland Security
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations – Grand Junction Sub-Office
2815 H Road, Grand Junction, CO 81506
---
9 December 2025

Colorado Division of Motor Vehicles
Attn: Records Custodian
P.O. Box 173345, Denver, CO 80217

Subject: Request for address and vehicle information – JEAN-BAPTISTE, Wisly

Dear Records Custodian:

Enclosed is a copy of a Form I-200, Warrant for Arrest of Alien, issued for the individual below. Under the authority of 8 U.S.C. § 1357(a), ERO requests the subject's current residential address and any vehicle registered in his name.

> Name: JEAN-BAPTISTE, Wisly
> DOB: 1984-06-21
> Country of birth: Haiti
> A-File: 212 660 984

Records indicate the subject may be living with his wife, Marie-Claude Jean-Baptiste, in Clifton, CO. No records are requested for her.

Please contact me with any questions.

Sincerely,

Ramón Villaseñor
Deportation Officer
970-555-0143  •  ramon.villasenor@ice.dhs.gov

Enclosure: Form I-200
=PAGE=
""" + I200.format(file="A212 660 984", date="12/08/2025", name="Wisly JEAN-BAPTISTE",
                  signer="/s/ Carolyn S. Whitaker-Lowe",
                  signer_title="Carolyn S. Whitaker-Lowe, Supervisory Detention and Deportation Officer")
    markup_to_pdf(t, os.path.join(OUT, "buu09.pdf"), font="Sans")
    return label("buu09", "born_digital", "ERO cover letter with enclosed I-200",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Grand Junction Sub-Office",
                  "Ramón Villaseñor", "Deportation Officer", "ramon.villasenor@ice.dhs.gov", "970-555-0143"),
                 [S("Wisly Jean-Baptiste", "1984-06-21", ("a_number", "A212660984"))],
                 ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True,
                 "civil_immigration", ["address", "vehicle"], "mail")


@doc
def buu10(rng):
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>U.S. Border Patrol is requesting driver license information for the two individuals below. Both were encountered by agents on 11/30/2025 and are believed to be present in the United States in violation of 8 U.S.C. &sect; 1182(a)(6)(A)(i). This request is made under the authority of 8 U.S.C. &sect; 1357.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dce6f1"><th>Last Name</th><th>First Name</th><th>DOB</th><th>CO DL#</th></tr>
<tr><td>CHOI</td><td>Hyun-woo</td><td>10/03/1995</td><td>15-998-0021</td></tr>
<tr><td>CHOI (n&eacute;e KANG)</td><td>Seo-yeon</td><td>04/27/1996</td><td>unknown</td></tr>
</table>
<p>We would need: DL/ID photo, current address of record, and license status for each. A reply to this e-mail is fine.</p>
<p>Thank you for your help,</p>
<p><b>Kevin Lutz</b><br>Border Patrol Agent (Intelligence)<br>U.S. Customs and Border Protection<br>U.S. Border Patrol &ndash; Havre Station<br>Office: 406-555-0188<br><a href="mailto:kevin.lutz@cbp.dhs.gov">kevin.lutz@cbp.dhs.gov</a></p>
<p style="font-size:8pt;color:#777">WARNING: This message is LAW ENFORCEMENT SENSITIVE. Do not forward without the approval of the sender.</p>
</body></html>"""
    make_eml(os.path.join(OUT, "buu10.eml"), [
        ("From", "\"LUTZ, KEVIN M\" <kevin.lutz@cbp.dhs.gov>"),
        ("To", "dmv_le_requests@state.co.us"),
        ("Subject", "Request - DL photo/address - 2 subj"),
        ("Date", "Mon, 01 Dec 2025 15:26:51 -0700"),
        ("Message-ID", "<buu10.1201@cbp.dhs.gov>"),
        ("MIME-Version", "1.0")], None, html=html, html_only=True)
    return label("buu10", "eml", "Border Patrol HTML-only email with subject table",
                 ("dhs-cbp", "U.S. Customs and Border Protection, U.S. Border Patrol – Havre Station", "Kevin Lutz",
                  "Border Patrol Agent (Intelligence)", "kevin.lutz@cbp.dhs.gov", "406-555-0188"),
                 [S("Hyun-woo Choi", "1995-10-03", ("license", "159980021")),
                  S("Seo-yeon Choi", "1996-04-27")],
                 ["8 USC 1182", "8 USC 1357"], "none", None, False, "civil_immigration",
                 ["photo", "address", "license"], "email")


@doc
def buu11(rng):
    t = """
# FAX TRANSMITTAL
### UNITED STATES ATTORNEY'S OFFICE – DISTRICT OF COLORADO
1801 California Street, Suite 1600, Denver, Colorado 80202
|@1|2|
|To:|Custodian of Records, Colorado Department of Revenue – Division of Motor Vehicles|
|Fax:|303-555-0140|
|From:|Marisa Delgado-Finch, Assistant United States Attorney|
|Phone:|303-555-0107   marisa.delgado-finch@usdoj.gov|
|Date:|January 6, 2026|
|Pages:|3 (including cover)|

Please see the attached federal grand jury subpoena. The subpoena relates to an investigation of possible violations of 21 U.S.C. §§ 841(a)(1) and 846. In lieu of appearing, you may comply by producing the records described in Attachment A, with a completed certificate of authenticity, to Task Force Officer Gil Navarrete, DEA, at the address on the subpoena.

You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation.

~ CONFIDENTIALITY NOTE: The documents accompanying this facsimile contain information belonging to the U.S. Department of Justice which is legally privileged. If you are not the intended recipient, please notify us by telephone immediately.
=PAGE=
~ AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
### UNITED STATES DISTRICT COURT
### for the
### District of Colorado
### SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.
|@2|1|
|Place: Byron G. Rogers U.S. Courthouse, 1929 Stout Street, Denver, CO 80294|Date and Time: 01/27/2026 9:00 am|

You must also bring with you the following documents, electronically stored information, or objects: **SEE ATTACHMENT A**

Date: 01/06/2026                                  CLERK OF COURT
                                                  /s/ R. Okamura
                                                  Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Marisa Delgado-Finch, AUSA, 1801 California St., Suite 1600, Denver, CO 80202, marisa.delgado-finch@usdoj.gov, 303-555-0107
Subpoena No. GJ-26-0014
=PAGE=
### ATTACHMENT A
Custodian of Records, Colorado Division of Motor Vehicles – Grand Jury Subpoena GJ-26-0014
For each person listed, produce for the period January 1, 2020 to present:
|@0.4|2.6|1.4|1.6|
|No.|Name|Date of Birth|CO DL / ID No.|
|1|ESPINOZA VALDÉZ, Héctor Iván|02/28/1981|16-220-4417|
|2|NÚÑEZ, Yesenia (AKA Yesenia Núñez-Torres)|1990-08-13|18-004-7761|
a. Driver license and ID card applications, including photographs and documents submitted to prove identity and lawful presence;
b. Address history;
c. Vehicle registration and title records.
Records relating to Ramiro Espinoza (deceased) are not requested.
"""
    make_fax(t, os.path.join(OUT, "buu11.tif"), rng,
             "01/06/2026 16:52  USAO-CO 3035550107            #0418 P.{page:03d}/{n:03d}")
    return label("buu11", "fax", "USAO fax cover + AO 110 grand jury subpoena + attachment table",
                 ("doj-usao", "United States Attorney's Office – District of Colorado", "Marisa Delgado-Finch",
                  "Assistant United States Attorney", "marisa.delgado-finch@usdoj.gov", "303-555-0107"),
                 [S("Héctor Iván Espinoza Valdéz", "1981-02-28", ("license", "162204417")),
                  S("Yesenia Núñez", "1990-08-13", ("license", "180047761"))],
                 ["21 USC 841", "21 USC 846"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
                 ["license", "photo", "identity_documents", "address", "vehicle"], "fax")


@doc
def buu12(rng):
    t = """[Transcribed by DMV Records Unit from a mailed letter received 01/12/2026. Original on file, bin 2026-01.]

COLORADO STATE PATROL
Troop 4A - Grand Junction
2709 Highway 50, Grand Junction, CO 81503

January 7, 2026

Motor Vehicle Records
Colorado Department of Revenue

Hello,

I am requesting the most recent address on file for Svitlana Bondarenko, date of birth 17 September 1976, and a list of any vehicles currently registered to her. I would appreciate it if the information could be mailed back to me at the address above or e-mailed.

Thank you for your time.

Trooper Darnell Haskins, #2217
Colorado State Patrol
970-555-0190
darnell.haskins@state.co.us
"""
    with open(os.path.join(OUT, "buu12.txt"), "w", encoding="utf-8") as f:
        f.write(t)
    return label("buu12", "txt", "clerk transcription of a short mailed trooper letter, no reason given",
                 ("state-police", "Colorado State Patrol, Troop 4A", "Darnell Haskins", "Trooper",
                  "darnell.haskins@state.co.us", "970-555-0190"),
                 [S("Svitlana Bondarenko", "1976-09-17")],
                 [], "none", None, False, "unknown", ["address", "vehicle"], "mail")


@doc
def buu13(rng):
    t = """
### HARTWELL & PRUITT LLP
Attorneys at Law
1200 Seventeenth Street, Suite 2100  |  Denver, Colorado 80202  |  303-555-0164
---
January 14, 2026

VIA CERTIFIED MAIL
Custodian of Records
Colorado Department of Labor and Employment
633 17th Street, Suite 201, Denver, CO 80202

Re: Quintero-Vega v. Brightline Logistics, Inc., Civil Action No. 1:25-cv-02218-RMR (D. Colo.)

Dear Custodian:

This firm represents the defendant, Brightline Logistics, Inc., in the above action. Enclosed for service is a subpoena duces tecum issued under Fed. R. Civ. P. 45 seeking wage and unemployment-claim records for two non-party former employees, Tomasz Wiśniewski and Fatuma Abdullahi Osman. We understand that such information is confidential under C.R.S. § 8-72-107; a stipulated protective order has been entered in the case and a copy is available on request. Notice of the subpoena has been served on plaintiff's counsel.

Please contact me with any questions about the scope of production.

Very truly yours,
Gregory A. Lindahl
glindahl@hartwellpruitt.com
Counsel for Defendant
=PAGE=
~ AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
### UNITED STATES DISTRICT COURT
### for the
### District of Colorado
|@1|1|
|MARISOL QUINTERO-VEGA, Plaintiff  v.  BRIGHTLINE LOGISTICS, INC., Defendant|Civil Action No. 1:25-cv-02218-RMR|
### SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION
To: Custodian of Records, Colorado Department of Labor and Employment

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material: See Schedule A.
|@2|1|
|Place: Hartwell & Pruitt LLP, 1200 Seventeenth St., Suite 2100, Denver, CO 80202|Date and Time: 02/06/2026 10:00 am|

The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

Date: 01/14/2026          CLERK OF COURT  OR  /s/ Gregory A. Lindahl   Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing Brightline Logistics, Inc., who issues or requests this subpoena, are: Gregory A. Lindahl, Hartwell & Pruitt LLP, 1200 Seventeenth Street, Suite 2100, Denver, CO 80202; glindahl@hartwellpruitt.com; 303-555-0164
=PAGE=
### SCHEDULE A
For the period January 1, 2022 through December 31, 2025, for each of the following individuals:
|@2|1|1|
|Name|Date of Birth|SSN (last four)|
|Tomasz Wiśniewski|1979-11-23|5590|
|Fatuma Abdullahi Osman|06/02/1988|2217|
1. Quarterly wage records, including the identity of each reporting employer;
2. Unemployment insurance claims, including separation information provided by any employer and determinations issued.
No records are sought concerning the plaintiff, Marisol Quintero-Vega.
"""
    markup_to_pdf(t, os.path.join(OUT, "buu13.pdf"), font="Serif")
    return label("buu13", "born_digital", "law-firm cover + AO 88B civil subpoena for non-party wage records",
                 ("other", "Hartwell & Pruitt LLP", "Gregory A. Lindahl", "Counsel for Defendant",
                  "glindahl@hartwellpruitt.com", "303-555-0164"),
                 [S("Tomasz Wiśniewski", "1979-11-23", ("ssn_last4", "5590")),
                  S("Fatuma Abdullahi Osman", "1988-06-02", ("ssn_last4", "2217"))],
                 ["FRCP 45", "CRS 8-72-107"], "court_subpoena", "AO 88B", True, "unknown",
                 ["wages", "employment", "claims"], "mail")


@doc
def buu14(rng):
    sub = """
### U.S. Department of Justice
### Drug Enforcement Administration
### SUBPOENA
|@1|1|
|Case Number: RK-25-0093|Subpoena No.: RMD-26-00031|
|TO: Custodian of Records, Colorado Division of Motor Vehicles, 1881 Pierce St., Lakewood, CO 80214|Date issued: January 20, 2026|

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent Tyrone W. Bickham, Drug Enforcement Administration, 12154 E. Easter Ave., Centennial, CO 80112, on February 3, 2026 at 10:00 a.m., to give testimony and to produce the records described below in connection with an investigation under the Controlled Substances Act, Title 21, United States Code, concerning possible violations of 21 U.S.C. § 841.

RECORDS: For the persons listed below, driver license and identification card records, including photographs, residential and mailing addresses, and vehicle registrations:
|@2|1|1|
|Name|DOB|DL No.|
|PETRENKO, Oleksandr (a/k/a "Sasha")|1991-03-03|17-556-0982|
|VŨ, Thị Kim Thanh|12 Jun 1987|—|
Mailing the requested records to the officer named above by the return date will be deemed compliance with this subpoena.

This subpoena is issued pursuant to Title 21, United States Code, Section 876. Failure to comply with this subpoena may result in an application to a United States District Court for an order compelling compliance.

ISSUED BY: /s/ Karen D. Whitfield, Assistant Special Agent in Charge, Rocky Mountain Field Division
~ Do not disclose the existence of this subpoena; disclosure could impede the investigation.
"""
    pdfb = pdf_bytes(sub, "buu14_sub.pdf", font="Sans", size=10)
    body = """Good afternoon,

Please see the attached DEA administrative subpoena (RMD-26-00031) for DMV records on two subjects, Oleksandr Petrenko and Thi Kim Thanh Vu. We are looking for their DL/ID photos, addresses of record, and any vehicles registered to them.

Electronic return to this address is fine. Call me with any questions.

Thank you,
SA Tyrone W. Bickham
Drug Enforcement Administration | Rocky Mountain Field Division
Desk 303-555-0139 | Cell 720-555-0140
tyrone.w.bickham@dea.gov
"""
    make_eml(os.path.join(OUT, "buu14.eml"), [
        ("From", "\"Bickham, Tyrone W\" <tyrone.w.bickham@dea.gov>"),
        ("To", "DOR_DMV_Subpoenas@state.co.us"),
        ("Subject", "DEA Subpoena RMD-26-00031 / RK-25-0093"),
        ("Date", "Tue, 20 Jan 2026 13:15:02 -0700"),
        ("Message-ID", "<buu14.0120@dea.gov>"),
        ("MIME-Version", "1.0")], body,
        attachments=[(pdfb, "application", "pdf", "RMD-26-00031.pdf")])
    return label("buu14", "eml", "DEA agent email with attached 21 USC 876 subpoena (PDF)",
                 ("doj-dea", "Drug Enforcement Administration, Rocky Mountain Field Division", "Tyrone W. Bickham",
                  "Special Agent", "tyrone.w.bickham@dea.gov", "303-555-0139"),
                 [S("Oleksandr Petrenko", "1991-03-03", ("license", "175560982")),
                  S("Thị Kim Thanh Vũ", "1987-06-12")],
                 ["21 USC 841", "21 USC 876"], "administrative_subpoena", None, True, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "email")


I205 = """
### U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION
|@1|1|
|File No: {file}|Date: {date}|

To any immigration officer of the United States Department of Homeland Security:

**{name}** (Full name of alien), who entered the United States at {entry} on {entry_date}, is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: {provisions}

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation "Operations and Support, U.S. Immigration and Customs Enforcement."

{signer}
(Signature of immigration officer)
{signer_title}
(Title of immigration officer)
{place}
(Date and office location)
~ Form I-205 (8/07)
"""


@doc
def buu15(rng):
    t = """
U.S. Department of Homeland Security
U.S. Immigration and Customs Enforcement
ERO Denver – Criminal Alien Program
---
### MEMORANDUM
|@1|3|
|TO:|Colorado Department of Corrections, Offender Records / Time Computation|
|FROM:|Sung-min Yoon, Deportation Officer, ICE ERO Denver CAP|
|DATE:|February 2, 2026|
|RE:|SHEVCHUK, Bohdan Ihorovych – CDOC # 164920 – A098 765 432|

ERO has obtained a final order of removal for the inmate named below; a copy of the Form I-205, Warrant of Removal/Deportation, is attached. So that ERO may effect removal under 8 U.S.C. § 1231(a) upon release, please provide:

1. The inmate's projected release / mandatory release date and current facility;
2. Copies of any passport or other identity documents held in the inmate file.

> Name: Bohdan Ihorovych SHEVCHUK
> DOB: 2 Feb 1982
> Place of birth: Lviv, Ukraine
> CDOC #: 164920      A#: 098-765-432

Responses may be faxed to 303-555-0153 or e-mailed to sungmin.yoon@ice.dhs.gov. Telephone: 303-555-0152.

Sung-min Yoon
Deportation Officer
=PAGE=
""" + I205.format(file="A098 765 432", date="01/28/2026", name="Bohdan Ihorovych SHEVCHUK",
                  entry="Chicago, IL", entry_date="June 14, 2013", provisions="212(a)(6)(A)(i)",
                  signer="/s/ Raymond T. Castellano", signer_title="Field Office Director",
                  place="January 28, 2026 – Centennial, Colorado")
    make_scanned(t, os.path.join(OUT, "buu15.pdf"), rng, turns={1: 90}, font="Serif")
    return label("buu15", "scanned", "ERO memo to prison + I-205 (page scanned sideways)",
                 ("dhs-ice-ero", "ICE ERO Denver – Criminal Alien Program", "Sung-min Yoon", "Deportation Officer",
                  "sungmin.yoon@ice.dhs.gov", "303-555-0152"),
                 [S("Bohdan Ihorovych Shevchuk", "1982-02-02", ("a_number", "A098765432"), ("other", "164920"))],
                 ["8 USC 1231", "INA 212"], "administrative_warrant", "I-205", True, "civil_immigration",
                 ["other", "identity_documents"], "mail")


@doc
def buu16(rng):
    t = """
### SOCIAL SECURITY ADMINISTRATION
### OFFICE OF THE INSPECTOR GENERAL
Office of Investigations – Denver Field Division
1961 Stout Street, Room 08-148, Denver, CO 80294
---
February 9, 2026

Colorado Department of Labor and Employment
Unemployment Insurance Division, Benefit Payment Control
P.O. Box 8789, Denver, CO 80201

Subject: Request for Quarterly Wage and Claim Information — OIG Case No. DEN2500187

Dear Benefit Payment Control Manager:

The Social Security Administration, Office of the Inspector General (SSA OIG), is conducting a criminal investigation into possible violations of 42 U.S.C. § 408(a) and 18 U.S.C. § 641 involving the concealment of work activity by Supplemental Security Income recipients. We request quarterly wage information and unemployment claim information for the individuals listed below.

This request is made under the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a), and section 1106 of the Social Security Act (42 U.S.C. § 1306). Disclosure to a federal official for this purpose is permitted under 20 C.F.R. § 603.5.
|@2.4|1.3|1.1|1.6|
|Name (Last, First Middle)|DOB|SSN (last 4)|Period requested|
|FARAH, Ifrah Mohamed|1983-09-15|6604|2022 Q1 – 2025 Q4|
|NGUYEN, Quoc Bao|10/01/1975|1149|2023 Q1 – 2025 Q4|
|WÓJCIK, Zofia Maria|19 Aug 1969|3381|2022 Q3 – 2025 Q4|

Ms. Farah's representative payee, her brother Ahmed Farah, is not a subject of this investigation and no records concerning him are requested.

For each individual, please provide employer names, addresses and FEINs, wages by quarter, and any claims for unemployment benefits with the dates filed and amounts paid. Full Social Security numbers will be provided by secure e-mail upon request.

If you have any questions, please contact me at 303-555-0177 or brenda.castaneda@ssa.gov.

Sincerely,

Brenda L. Castañeda
Special Agent
SSA OIG, Denver Field Division
~ This letter contains sensitive information protected by the Privacy Act of 1974, 5 U.S.C. § 552a.
"""
    markup_to_pdf(t, os.path.join(OUT, "buu16.pdf"), font="Serif", footer="SSA-OIG | DEN2500187")
    return label("buu16", "born_digital", "SSA OIG letter with ruled table of three benefit recipients",
                 ("ssa-oig", "Social Security Administration, Office of the Inspector General", "Brenda L. Castañeda",
                  "Special Agent", "brenda.castaneda@ssa.gov", "303-555-0177"),
                 [S("Ifrah Mohamed Farah", "1983-09-15", ("ssn_last4", "6604")),
                  S("Quoc Bao Nguyen", "1975-10-01", ("ssn_last4", "1149")),
                  S("Zofia Maria Wójcik", "1969-08-19", ("ssn_last4", "3381"))],
                 ["42 USC 408", "18 USC 641", "5 USC 406", "42 USC 1306", "20 CFR 603.5", "5 USC 552a"], "none", None, False,
                 "criminal_investigation", ["wages", "employment", "claims"], "mail")


@doc
def buu17(rng):
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = "Aaron Whitley <awhitley@lakewoodco.org>"
    inner["To"] = "dmv.lawenforcement@state.co.us"
    inner["Subject"] = "Records request - LPD 25-20417 - Aggravated Robbery"
    inner["Date"] = "Fri, 12 Dec 2025 16:44:30 -0700"
    inner["Message-ID"] = "<buu17a.1212@lakewoodco.org>"
    inner.set_content("""Hello DMV Records,

Lakewood PD is investigating an aggravated robbery (C.R.S. 18-4-302) at a convenience store on W. Colfax on 12/09/2025. Two suspects have been identified through surveillance and a witness, Rachel Kim (store clerk, no records needed).

Suspect 1: GEBREMEDHIN, Dawit - DOB 05/05/1990 - CO DL 10-552-7813
Suspect 2: BEKELE, Samuel Tadesse - DOB 1993-11-21 - DL unknown

Requesting for both: DL photo, address of record, and registered vehicles.

Thanks,
Det. Aaron J. Whitley #1907
Lakewood Police Department - Investigations
Office 303-555-0115
""")
    body = """Resending - my original request (attached) bounced from the old DMV address. Still need this one when you get a chance; the case is active.

Aaron

Det. Aaron J. Whitley #1907
Lakewood Police Department | Investigations
445 S. Allison Pkwy, Lakewood CO 80226
303-555-0115
"""
    make_eml(os.path.join(OUT, "buu17.eml"), [
        ("From", "Aaron Whitley <awhitley@lakewoodco.org>"),
        ("To", "DMV Law Enforcement Requests <dmv_le_requests@state.co.us>"),
        ("Subject", "FW: Records request - LPD 25-20417 - Aggravated Robbery"),
        ("Date", "Mon, 15 Dec 2025 08:03:12 -0700"),
        ("Message-ID", "<buu17b.1215@lakewoodco.org>"),
        ("MIME-Version", "1.0")], body, forwarded=inner)
    return label("buu17", "eml", "detective resends own request as attached message/rfc822",
                 ("local-police", "Lakewood Police Department", "Aaron J. Whitley", "Detective", "awhitley@lakewoodco.org",
                  "303-555-0115"),
                 [S("Dawit Gebremedhin", "1990-05-05", ("license", "105527813")),
                  S("Samuel Tadesse Bekele", "1993-11-21")],
                 ["CRS 18-4-302"], "none", None, False, "criminal_investigation", ["photo", "address", "vehicle"], "email")


@doc
def buu18(rng):
    t = """
U.S. Department of Justice
Bureau of Alcohol, Tobacco, Firearms and Explosives
Denver Field Division – Colorado Springs Field Office
---
# REQUEST FOR DRIVER / VEHICLE INFORMATION
|@1|2|
|Date|February 11, 2026|
|To|Colorado DMV – Law Enforcement Liaison (fax 303-555-0140)|
|Requesting Agent|SA Mateusz Grabowski|
|Phone / E-mail|719-555-0124 / mateusz.grabowski@atf.gov|
|ATF Investigation No.|786020-26-0011|
|Nature of investigation|Firearms trafficking / straw purchasing – 18 U.S.C. §§ 922(a)(6), 924(a)(1)(A)|

**SUBJECT**
|@1|2|
|Name|PHAM, Duy Khang|
|DOB|1999-07-14|
|OLN / State|21-883-4410 / CO|
|Last known address|Fountain, CO|

**INFORMATION REQUESTED:**  [X] DL photo   [X] Address of record   [X] Registered vehicles   [ ] Title history

Associate (for identification only – NO records requested): Tyler Brandon Voss.

Agent signature: /s/ M. Grabowski          Supervisor: RAC J. Whitmore
~ LAW ENFORCEMENT SENSITIVE – This information is requested in connection with an active ATF criminal investigation.
"""
    make_fax(t, os.path.join(OUT, "buu18.tif"), rng,
             "FEB 11 2026 10:27AM  ATF COLO SPGS FO   719 555 0124   p.{page}")
    return label("buu18", "fax", "ATF one-page request form, label/value layout",
                 ("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Denver Field Division – Colorado Springs Field Office",
                  "Mateusz Grabowski", "Special Agent", "mateusz.grabowski@atf.gov", "719-555-0124"),
                 [S("Duy Khang Pham", "1999-07-14", ("license", "218834410"))],
                 ["18 USC 922", "18 USC 924"], "none", None, False, "criminal_investigation",
                 ["photo", "address", "vehicle"], "fax")


@doc
def buu19(rng):
    t = """
### DEPARTMENT OF HOMELAND SECURITY
# REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
|@1|1|1|
|Subject ID: 402118730|Event #: DEN2602000417|File No: A220 145 906|
|Date: February 16, 2026|||
**TO:** Colorado Department of Corrections, Denver Reception & Diagnostic Center – Records
**FROM:** ICE ERO Denver Field Office, 12445 E. Caley Avenue, Centennial, CO 80111
|@2|1|1|1|
|Name of Alien|Date of Birth|Nationality|Gender|
|JUNG, Min-jae|12/01/1988|Republic of Korea|M|

**1. DHS HAS DETERMINED THAT THE INDIVIDUAL IS A SUSPECTED PRIORITY ALIEN BASED ON:**
[X] A record of conviction for an offense listed under the current enforcement priorities;
[ ] Other: __________________

**IT IS REQUESTED THAT YOU:**
Notify DHS as early as practicable (at least 48 hours, if possible) before the individual is released from your custody, by calling 303-555-0158 or by faxing the release date to 303-555-0153. This request does not ask you to detain the individual beyond the time he or she would otherwise be released.

This request is made under the authority of sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.

Brandon Kealoha, Deportation Officer              /s/ B. Kealoha
(Name and title of Immigration Officer)            (Signature of Immigration Officer)
~ DHS Form I-247N (5/15)
"""
    markup_to_pdf(t, os.path.join(OUT, "buu19.pdf"), font="Sans")
    return label("buu19", "born_digital", "I-247N request for voluntary notification of release",
                 ("dhs-ice-ero", "ICE ERO Denver Field Office", "Brandon Kealoha", "Deportation Officer", None, "303-555-0158"),
                 [S("Min-jae Jung", "1988-12-01", ("a_number", "A220145906"))],
                 ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247N", False, "civil_immigration",
                 ["other"], "mail")


@doc
def buu20(rng):
    w = """
~ AO 93 (Rev. 11/13) Search and Seizure Warrant
### UNITED STATES DISTRICT COURT
### for the
### District of Colorado
|@2|1|
|In the Matter of the Search of (Briefly describe the property to be searched or identify the person by name and address): Records maintained by the Colorado Division of Motor Vehicles relating to Ricardo Andrés SALCEDO MUÑOZ and Guadalupe Itzel CERVANTES RÍOS|Case No. 26-sw-00188-SBP|
### SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Colorado: records described in Attachment A, which are evidence of violations of 18 U.S.C. § 1546 (fraud and misuse of visas, permits and other documents) and 18 U.S.C. § 1028 (fraud in connection with identification documents).

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above.

YOU ARE COMMANDED to execute this warrant on or before February 27, 2026 in the daytime 6:00 a.m. to 10:00 p.m. The officer executing this warrant must give a copy of the warrant and a receipt for the property taken, and must promptly return this warrant and inventory to the undersigned judge, as required by law and Fed. R. Crim. P. 41.

[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705.

Date and time issued: 02/13/2026 3:41 pm          /s/ Susan B. Prentiss, Judge's signature
City and state: Denver, Colorado                   Susan B. Prentiss, U.S. Magistrate Judge
=PAGE=
### ATTACHMENT A – Records to be seized
|@2|1|1|
|Name|DOB|CO DL/ID|
|SALCEDO MUÑOZ, Ricardo Andrés|1986-01-09|14-730-0652|
|CERVANTES RÍOS, Guadalupe Itzel|April 30, 1993|none located|
1. All driver license and identification card applications, including photographs, signatures, and every identity and lawful-presence document submitted;
2. All addresses of record.
"""
    imgs = image_bytes(w, "buu20_warrant", rng, fmt="JPEG")
    body = """Good morning,

Attached is a federal search warrant (AO 93, Case No. 26-sw-00188-SBP) signed by Magistrate Judge Prentiss for DMV records relating to Ricardo Andrés Salcedo Muñoz and Guadalupe Itzel Cervantes Ríos. HSI Denver is investigating a document fraud ring and we need the full application packets (photos and all source documents), along with addresses of record.

The warrant pages are attached as photos because our scanner is down - let me know if you need a hard copy served in person.

Respectfully,

Caroline Ng
Special Agent
Homeland Security Investigations (HSI) Denver
U.S. Immigration and Customs Enforcement
Office: 303-555-0168
caroline.ng@ice.dhs.gov
"""
    atts = [(b, "image", "jpeg", "warrant_p%d.jpg" % (i + 1)) for i, b in enumerate(imgs)]
    make_eml(os.path.join(OUT, "buu20.eml"), [
        ("From", "\"Ng, Caroline\" <caroline.ng@ice.dhs.gov>"),
        ("To", "dmv_le_requests@state.co.us"),
        ("Subject", "Search Warrant 26-sw-00188 - DMV records"),
        ("Date", "Mon, 16 Feb 2026 09:12:40 -0700"),
        ("Message-ID", "<buu20.0216@ice.dhs.gov>"),
        ("MIME-Version", "1.0")], body, attachments=atts)
    return label("buu20", "eml", "HSI email with AO 93 search warrant attached as JPEG photos",
                 ("dhs-ice-hsi", "Homeland Security Investigations (HSI) Denver", "Caroline Ng", "Special Agent",
                  "caroline.ng@ice.dhs.gov", "303-555-0168"),
                 [S("Ricardo Andrés Salcedo Muñoz", "1986-01-09", ("license", "147300652")),
                  S("Guadalupe Itzel Cervantes Ríos", "1993-04-30")],
                 ["18 USC 1546", "18 USC 1028", "FRCrP 41", "18 USC 3103a", "18 USC 2705"], "judicial_warrant", "AO 93", True,
                 "criminal_investigation", ["license", "photo", "identity_documents", "address"], "email")


@doc
def buu21(rng):
    t = """CO DMV - LAW ENFORCEMENT DATA REQUEST PORTAL
Submission #LE-2026-00314      Received 02/18/2026 07:55

Agency ......................... U.S. Postal Inspection Service, Denver Division
Requester ...................... Inspector Adaeze N. Obi
Title .......................... U.S. Postal Inspector
Email .......................... aobi@uspis.gov
Phone .......................... 303-555-0193
Case # ......................... 4212-2026-0077-MT

Subject last name .............. Garrido-Fuentes
Subject first name ............. Nicolás
Subject middle ................. (none)
DOB (YYYY-MM-DD) ............... 1990-11-02
DL/ID # ........................ 12-076-3319

Records requested .............. Photo; Residential address; Vehicle registrations

Justification (free text):
  Subject is suspected in a series of mail thefts from cluster boxes in
  Thornton and Northglenn (18 U.S.C. 1708) and possession of a stolen
  USPS arrow key (18 U.S.C. 1704). Need photo for a lineup and current
  address for surveillance.

Requester certification:
  I certify this request is for a law enforcement purpose permitted by
  18 U.S.C. 2721(b)(1) and C.R.S. 42-1-206, and that the data will not
  be re-disclosed.      [X] I agree
"""
    with open(os.path.join(OUT, "buu21.txt"), "w", encoding="utf-8") as f:
        f.write(t)
    return label("buu21", "txt", "DMV portal submission by a postal inspector, dotted label layout",
                 ("usps-uspis", "U.S. Postal Inspection Service, Denver Division", "Adaeze N. Obi", "U.S. Postal Inspector",
                  "aobi@uspis.gov", "303-555-0193"),
                 [S("Nicolás Garrido-Fuentes", "1990-11-02", ("license", "120763319"))],
                 ["18 USC 1708", "18 USC 1704", "18 USC 2721", "CRS 42-1-206"], "none", None, False,
                 "criminal_investigation", ["photo", "address", "vehicle"], "email")


@doc
def buu22(rng):
    t = """
OFFICE OF THE DISTRICT ATTORNEY – SECOND JUDICIAL DISTRICT
201 W. Colfax Ave., Dept. 801, Denver, CO 80202
---
February 20, 2026

Colorado Department of Human Services
Attn: Custodian of Records, Division of Child Welfare
1575 Sherman Street, Denver, CO 80203

Re: People v. Marcus Deonte Williams, Denver District Court Case No. 25CR03318

Enclosed is an Order of the Denver District Court directing production of confidential records concerning the defendant and Destiny Ann Ruiz. Please produce the records directly to the Court's chambers as the Order directs, with a copy of your transmittal letter to me.

Thank you,
Priya Raman
Deputy District Attorney, Reg. No. 49520
720-555-0134  |  priya.raman@denverda.org
=PAGE=
|@1.6|1|
|DISTRICT COURT, CITY AND COUNTY OF DENVER, COLORADO. 520 W. Colfax Ave., Denver, CO 80204|▲ COURT USE ONLY ▲|
|THE PEOPLE OF THE STATE OF COLORADO, Plaintiff, v. MARCUS DEONTE WILLIAMS, Defendant.|Case Number: 25CR03318  Courtroom: 5D|
### ORDER RE: PRODUCTION OF CONFIDENTIAL RECORDS OF THE COLORADO DEPARTMENT OF HUMAN SERVICES

THIS MATTER comes before the Court on the People's Motion for Production of Records pursuant to Crim. P. 17(c) and C.R.S. § 19-1-307(2)(f). The Defendant is charged with Child Abuse Resulting in Serious Bodily Injury, C.R.S. § 18-6-401. The Court, having reviewed the motion and being fully advised, FINDS that the records described below are relevant and material and that the need for them outweighs the confidentiality interests involved.

IT IS ORDERED that the Colorado Department of Human Services shall produce to chambers, for in camera review, within 21 days:
1. All child welfare referral, assessment and case records from January 1, 2022 to the present in which either of the following persons is named as a parent, caregiver or household member:
> Marcus Deonte WILLIAMS, DOB 07/07/1991
> Destiny Ann RUIZ (a/k/a Destiny Ortiz), DOB 1995-03-18
2. Records of public assistance benefits paid to either person, including addresses of record.

The child victim, identified in these proceedings as J.W. (DOB 2021), shall be referred to by initials in any production. This Order does not extend to records concerning co-defendant Travis Leon Harte.

SO ORDERED this 19th day of February, 2026.

BY THE COURT:
/s/ Elena Márquez-Bauer
District Court Judge
"""
    markup_to_pdf(t, os.path.join(OUT, "buu22.pdf"), font="Serif")
    return label("buu22", "born_digital", "DA cover letter + Colorado district court order for human-services records",
                 ("district-attorney", "Office of the District Attorney – Second Judicial District", "Priya Raman",
                  "Deputy District Attorney", "priya.raman@denverda.org", "720-555-0134"),
                 [S("Marcus Deonte Williams", "1991-07-07"), S("Destiny Ann Ruiz", "1995-03-18")],
                 ["CO CrimP 17", "CRS 19-1-307", "CRS 18-6-401"], "court_order", None, True, "criminal_investigation",
                 ["other", "benefits", "address"], "mail")


@doc
def buu23(rng):
    t = """
U.S. Department of Justice
United States Marshals Service
District of Colorado – Colorado Violent Offender Task Force
901 19th Street, 3rd Floor, Denver, CO 80294
---
February 23, 2026

Colorado Department of Labor and Employment
Attn: Legal Records Unit

RE: Fugitive investigation – KAMIŃSKI, Dariusz (USMS No. 48830-013)

The United States Marshals Service is seeking to locate and apprehend Dariusz Kamiński, also known as "Darek Kaminski," DOB November 9, 1984, who is the subject of the enclosed federal arrest warrant. The USMS is authorized to investigate fugitive matters under 28 U.S.C. § 566(e)(1)(B).

We request the names and addresses of any employer that has reported wages for Mr. Kamiński since July 1, 2025, the most recent quarterly wages reported, and any address he provided on an unemployment claim. His SSN ends in 6218.

Please contact me directly with any questions.

Joseph Tuilagi
Deputy United States Marshal
Office 303-555-0129  |  joseph.tuilagi@usdoj.gov

Encl.: AO 442 Arrest Warrant, Case No. 1:24-cr-00291-DDD
=PAGE=
~ AO 442 (Rev. 11/11) Arrest Warrant
### UNITED STATES DISTRICT COURT
### for the
### District of Colorado
|@2|1|
|United States of America  v.  DARIUSZ KAMIŃSKI, Defendant|Case No. 1:24-cr-00291-DDD|
### ARREST WARRANT
To: Any authorized law enforcement officer

YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay (name of person to be arrested) **Dariusz Kamiński**, who is accused of an offense or violation based on the following document filed with the court:
[ ] Indictment  [ ] Superseding Indictment  [ ] Information  [ ] Complaint  [ ] Probation Violation Petition  [X] Supervised Release Violation Petition  [ ] Violation Notice  [ ] Order of the Court

This offense is briefly described as follows: Violation of the conditions of supervised release, 18 U.S.C. § 3583(e). Original offense of conviction: Bank Fraud, 18 U.S.C. § 1344.

Date: 01/30/2026                     /s/ Daniel D. Dreyer
                                       Issuing officer's signature
City and state: Denver, Colorado       Daniel D. Dreyer, United States District Judge
### Return
This warrant was received on (date) ________, and the person was arrested on (date) ________ at (city and state) ________.
"""
    make_scanned(t, os.path.join(OUT, "buu23.pdf"), rng, font="Serif")
    return label("buu23", "scanned", "USMS letter with enclosed AO 442 arrest warrant",
                 ("doj-usms", "United States Marshals Service, District of Colorado", "Joseph Tuilagi",
                  "Deputy United States Marshal", "joseph.tuilagi@usdoj.gov", "303-555-0129"),
                 [S("Dariusz Kamiński", "1984-11-09", ("ssn_last4", "6218"))],
                 ["28 USC 566", "18 USC 3583", "18 USC 1344"], "judicial_warrant", "AO 442", True,
                 "criminal_investigation", ["employment", "wages", "address"], "mail")


@doc
def buu24(rng):
    sub = """
|@1.6|1|
|DISTRICT COURT, ADAMS COUNTY, STATE OF COLORADO. 1100 Judicial Center Drive, Brighton, CO 80601|▲ COURT USE ONLY ▲|
|IN RE: THE 2025–2026 ADAMS COUNTY GRAND JURY|Case No. 25CR0001 (Grand Jury)  Div. W|
### SUBPOENA DUCES TECUM TO APPEAR BEFORE THE GRAND JURY

THE PEOPLE OF THE STATE OF COLORADO,
TO: Custodian of Records, Colorado Department of Labor and Employment, 633 17th Street, Denver, CO 80202

YOU ARE HEREBY COMMANDED to appear before the Adams County Grand Jury at the Adams County Justice Center, Brighton, Colorado, on March 17, 2026 at 9:00 a.m., and to bring with you the documents described in Exhibit A. This subpoena is issued pursuant to § 16-5-204, C.R.S., and Crim. P. 6 and 17.

Grand jury proceedings are secret. You may comply by delivering certified copies of the records to the District Attorney's investigator before the return date, in which case your personal appearance will be excused.

Dated: 02/24/2026                      CLERK OF THE DISTRICT COURT
                                        By: /s/ M. Ortiz, Deputy Clerk
Issued at the request of: Roberto E. Saldívar, Chief Deputy District Attorney, #38211, 17th Judicial District
=PAGE=
### EXHIBIT A
Investigation of unemployment insurance fraud, C.R.S. § 8-81-101. For the period January 1, 2023 to the present, for the following persons:
|@2|1|1|
|Name|Date of birth|SSN (last 4)|
|PIERRE-LOUIS, Jean Robert|1977-03-25|8802|
|BRECKENRIDGE, Cody Allen|02/14/1989|3356|
(a) all unemployment insurance claims and payment records; (b) quarterly wage records and employer identities; (c) claimant correspondence and employer separation statements.
"""
    pdfb = pdf_bytes(sub, "buu24_gj.pdf", font="Serif")
    body = """Dear Custodian,

Attached is a grand jury subpoena duces tecum from the Adams County Grand Jury for CDLE records regarding Jean Robert Pierre-Louis and Cody Allen Breckenridge (see Exhibit A). Early production to our investigator, Dana Whitlock, will excuse a personal appearance.

Please treat this subpoena as confidential.

Roberto E. Saldívar
Chief Deputy District Attorney
Office of the District Attorney, 17th Judicial District
1000 Judicial Center Dr., Brighton, CO 80601
303-555-0146
"""
    html = "<html><body><p>" + "</p><p>".join(p.replace("\n", "<br>") for p in body.split("\n\n")) + "</p></body></html>"
    make_eml(os.path.join(OUT, "buu24.eml"), [
        ("From", "Roberto Saldívar <rsaldivar@adcogov.org>"),
        ("To", "cdle_legal_records@state.co.us"),
        ("Subject", "Grand Jury Subpoena Duces Tecum - 25CR0001"),
        ("Date", "Tue, 24 Feb 2026 14:48:00 -0700"),
        ("Message-ID", "<buu24.0224@adcogov.org>"),
        ("MIME-Version", "1.0")], body, html=html,
        attachments=[(pdfb, "application", "pdf", "GJ SDT CDLE 25CR0001.pdf")])
    return label("buu24", "eml", "DA email (multipart/alternative) with state grand jury subpoena PDF",
                 ("district-attorney", "Office of the District Attorney, 17th Judicial District", "Roberto E. Saldívar",
                  "Chief Deputy District Attorney", "rsaldivar@adcogov.org", "303-555-0146"),
                 [S("Jean Robert Pierre-Louis", "1977-03-25", ("ssn_last4", "8802")),
                  S("Cody Allen Breckenridge", "1989-02-14", ("ssn_last4", "3356"))],
                 ["CRS 16-5-204", "CO CrimP 6", "CO CrimP 17", "CRS 8-81-101"], "grand_jury_subpoena", None, True,
                 "criminal_investigation", ["claims", "wages", "employment", "other"], "email")


@doc
def buu25(rng):
    t = """
### DEPARTMENT OF HOMELAND SECURITY
### U.S. Customs and Border Protection
# SUMMONS
### (19 U.S.C. 1509)
|@1|1|
|No. DEN-OFO-26-0007|In the matter of: Importations by Pacific Crest Trading LLC and its principals|

To: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles, 1881 Pierce Street, Lakewood, CO 80214

YOU ARE HEREBY SUMMONED and required to appear before Supervisory CBP Officer Armando Ybarra, an officer of U.S. Customs and Border Protection, or any other designated CBP officer, at Denver International Airport Port of Entry, 24890 E. 78th Ave., Denver, CO 80249, on March 9, 2026 at 10:00 a.m., to give testimony and to produce the following records relating to an investigation of merchandise imported contrary to law (18 U.S.C. § 545):

For each of the following persons – all addresses of record, driver license numbers, and all vehicles (including commercial vehicles and trailers) registered or titled, from January 1, 2023 to present:
> 1. VILLANUEVA, Rodel Santos – DOB 05/17/1980
> 2. VILLANUEVA, Maricel Dizon – DOB 30 Oct 1982

Records may be mailed to the officer named above on or before the date of appearance in lieu of personal appearance.

Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce compliance with this summons, as well as other sanctions.

|@1|1|
|Issued by: /s/ Armando Ybarra|Title: Supervisory CBP Officer, Office of Field Operations, Denver Port of Entry|
|Telephone: 303-555-0172|E-mail: armando.ybarra@cbp.dhs.gov|
|Date: February 25, 2026||
~ CBP Form 3115 (10/16)
"""
    markup_to_pdf(t, os.path.join(OUT, "buu25.pdf"), font="Sans")
    return label("buu25", "born_digital", "CBP Form 3115 summons, two Filipino subjects, company named",
                 ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Denver Port of Entry",
                  "Armando Ybarra", "Supervisory CBP Officer", "armando.ybarra@cbp.dhs.gov", "303-555-0172"),
                 [S("Rodel Santos Villanueva", "1980-05-17"), S("Maricel Dizon Villanueva", "1982-10-30")],
                 ["19 USC 1509", "18 USC 545"], "administrative_subpoena", "3115", True, "criminal_investigation",
                 ["address", "license", "vehicle"], "mail")


@doc
def buu26(rng):
    t = """
|@1.6|1|
|COUNTY COURT, PUEBLO COUNTY, COLORADO. 501 N. Elizabeth St., Pueblo, CO 81003|▲ COURT USE ONLY ▲|
|THE PEOPLE OF THE STATE OF COLORADO v. Defendant: ALEJANDRO DE JESÚS MOLINA-ARCE|Case No. 25M00912  Div. 4|
|Attorney: Hannah M. Volkova, Deputy District Attorney, #51207, 10th Judicial District Attorney's Office, 701 Court St., Pueblo, CO 81003. Phone 719-555-0137. hvolkova@pueblocounty.us||
### SUBPOENA DUCES TECUM (CRIMINAL)
TO: Custodian of Records, Colorado Division of Motor Vehicles, Driver Control Section

YOU ARE COMMANDED to appear in the Pueblo County Court, Division 4, on March 30, 2026 at 8:30 a.m. for the jury trial in the above case, and to bring with you:
A certified copy of the driver history, license status history (including all restraints), and the most recent license photograph of the Defendant, Alejandro de Jesús MOLINA-ARCE, DOB 10/04/1996, CO DL 22-415-0783.

The Defendant is charged with DUI, § 42-4-1301(1)(a), C.R.S., and Driving Under Restraint, § 42-2-138, C.R.S.

This subpoena is issued pursuant to Crim. P. 17. In lieu of appearance, the records may be delivered to the District Attorney with a declaration satisfying C.R.E. 902(11).

Prosecution witnesses also subpoenaed (no records requested): Officer Kelsey Dunbar, Pueblo Police Department; Marco Antonio Ruelas (civilian).

Date: 02/27/2026                   CLERK OF THE COURT
                                     By: /s/ T. Gallegos, Deputy Clerk
"""
    make_fax(t, os.path.join(OUT, "buu26.tif"), rng,
             "02/27/2026 11:06 7195550137 PUEBLO DA 10TH JD        PAGE {page:02d}/{n:02d}")
    return label("buu26", "fax", "Colorado county-court criminal trial subpoena duces tecum, faxed by DA",
                 ("district-attorney", "10th Judicial District Attorney's Office", "Hannah M. Volkova",
                  "Deputy District Attorney", "hvolkova@pueblocounty.us", "719-555-0137"),
                 [S("Alejandro de Jesús Molina-Arce", "1996-10-04", ("license", "224150783"))],
                 ["CRS 42-4-1301", "CRS 42-2-138", "CO CrimP 17", "CO CRE 902"], "court_subpoena", None, True,
                 "criminal_investigation", ["license", "photo"], "fax")


@doc
def buu27(rng):
    t = """
### MESA POLICE DEPARTMENT
Financial Crimes Unit  •  130 N. Robson, Mesa, Arizona 85201
---
March 2, 2026

Colorado Department of Revenue
Division of Motor Vehicles – Records Request Unit
Lakewood, CO 80214

RE: Mesa PD DR# 2025-1108842 – Out-of-state records request

To the Records Unit:

The Mesa Police Department is investigating a fraudulent schemes and artifices offense, A.R.S. § 13-2310, and theft, A.R.S. § 13-1802, involving loans obtained from Saguaro Credit Union in the names of elderly members, including the victim Dolores Atencio. Our investigation indicates that the two suspects below relocated to Colorado in 2025.

Suspect 1:  Ximena Paola WHITAKER (née Zúñiga Herrera)
            DOB: 1985-06-08
Suspect 2:  Brett Allen WHITAKER Jr.
            DOB: January 17, 1983
            AZ DL (surrendered): D04417725

I am requesting any Colorado driver license or ID information, including the license photograph, current address of record, and any vehicles registered to either suspect.

Your assistance is greatly appreciated. Please contact me with any questions.

Respectfully,

Det. Tomás Echeverría #21877
Mesa Police Department – Financial Crimes
Desk: 480-555-0148
tomas.echeverria@mesaaz.gov
"""
    markup_to_pdf(t, os.path.join(OUT, "buu27.pdf"), font="Sans")
    return label("buu27", "born_digital", "out-of-state city police letter, married couple, maiden name and Jr.",
                 ("local-police", "Mesa Police Department", "Tomás Echeverría", "Detective",
                  "tomas.echeverria@mesaaz.gov", "480-555-0148"),
                 [S("Ximena Paola Whitaker", "1985-06-08"),
                  S("Brett Allen Whitaker Jr.", "1983-01-17", ("license", "D04417725"))],
                 ["ARS 13-2310", "ARS 13-1802"], "none", None, False, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "mail")


@doc
def buu28(rng):
    w = I200.format(file="A213 004 772", date="02/26/2026", name="Omar Yousef AL-KHATIB",
                    signer="/s/ Dennis R. Okafor-Hale",
                    signer_title="Dennis R. Okafor-Hale, Assistant Field Office Director")
    img = image_bytes(w, "buu28_i200", rng, fmt="PNG", font="Sans", dpi=110, light=False)
    body = """Good afternoon,

ERO Denver is seeking the current employer and address of record for the individual below, who is the subject of the attached administrative warrant (Form I-200). Please advise whether any employer has reported wages for him in the last two quarters.

  Name: AL-KHATIB, Omar Yousef
  DOB: 19 February 1987
  A#: A213-004-772

For official use only. Thank you for your assistance.

V/r,
Jared T. Holloway
Deportation Officer | Fugitive Operations Team
ICE Enforcement and Removal Operations – Denver
Office: 303-555-0155
jared.holloway@ice.dhs.gov
"""
    html = ("<html><body style='font-family:Arial'><p>Good afternoon,</p><p>ERO Denver is seeking the current employer "
            "and address of record for the individual below, who is the subject of the attached administrative warrant "
            "(Form I-200). Please advise whether any employer has reported wages for him in the last two quarters.</p>"
            "<table border='1' cellpadding='3'><tr><td><b>Name</b></td><td>AL-KHATIB, Omar Yousef</td></tr>"
            "<tr><td><b>DOB</b></td><td>19 February 1987</td></tr><tr><td><b>A#</b></td><td>A213-004-772</td></tr></table>"
            "<p>For official use only. Thank you for your assistance.</p><p>V/r,<br>Jared T. Holloway<br>Deportation "
            "Officer | Fugitive Operations Team<br>ICE Enforcement and Removal Operations &ndash; Denver<br>Office: "
            "303-555-0155<br>jared.holloway@ice.dhs.gov</p></body></html>")
    make_eml(os.path.join(OUT, "buu28.eml"), [
        ("From", "\"Holloway, Jared T\" <jared.holloway@ice.dhs.gov>"),
        ("To", "cdle_ui_records@state.co.us"),
        ("Subject", "Employer / address request - AL-KHATIB"),
        ("Date", "Fri, 27 Feb 2026 13:33:21 -0700"),
        ("Message-ID", "<buu28.0227@ice.dhs.gov>"),
        ("MIME-Version", "1.0")], body, html=html,
        attachments=[(img[0], "image", "png", "I-200_AL-KHATIB.png")])
    return label("buu28", "eml", "ERO email (multipart/alternative) with I-200 as PNG",
                 ("dhs-ice-ero", "ICE Enforcement and Removal Operations – Denver", "Jared T. Holloway",
                  "Deportation Officer", "jared.holloway@ice.dhs.gov", "303-555-0155"),
                 [S("Omar Yousef Al-Khatib", "1987-02-19", ("a_number", "A213004772"))],
                 ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
                 ["employment", "address", "wages"], "email")


@doc
def buu29(rng):
    t = """
### U.S. DEPARTMENT OF LABOR
### OFFICE OF INSPECTOR GENERAL
Office of Investigations – Labor Racketeering and Fraud
Denver Resident Office, 1244 Speer Blvd., Suite 500, Denver, CO 80204
---
March 3, 2026

Colorado Department of Labor and Employment
Unemployment Insurance – Integrity and Fraud Unit
251 E. 12th Ave., Denver, CO 80203

SUBJECT: Request for UI Claim and Wage Records – DOL-OIG Case No. 25-DEN-0311-UI

Dear Integrity Unit Manager:

The U.S. Department of Labor, Office of Inspector General (DOL-OIG), is investigating allegations of unemployment insurance fraud involving the persons listed below, in possible violation of 18 U.S.C. §§ 1343 and 641. Pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. §§ 401-424, and the disclosure provisions of 20 C.F.R. § 603.5(i), we request the following records for the period March 1, 2024 to the present:

(1) all UI claims filed, with claimant addresses, telephone numbers, e-mail addresses and IP addresses used;
(2) payment histories, including the bank accounts and debit cards to which benefits were paid;
(3) quarterly wage records and employer information.
=PAGE=
Subjects:

1. JANKOWSKI, Kayla Marie — DOB 1994-02-03 — SSN ending 0415
2. SOTOMAYOR IBARRA, Luis Ángel — DOB March 4, 1987 — SSN ending 8870

Mr. Sotomayor Ibarra's former employer, Kessler Roofing & Gutters, is cooperating and no records concerning the company's owner, Dale Kessler, are requested.

Please send the records by secure e-mail to the undersigned. Thank you for your continued assistance with UI fraud matters.

Sincerely,

Gregory Sato
Special Agent
DOL-OIG, Denver Resident Office
972-555-0121  ·  sato.gregory@oig.dol.gov
"""
    make_scanned(t, os.path.join(OUT, "buu29.pdf"), rng, turns={1: 180}, font="Serif")
    return label("buu29", "scanned", "DOL OIG letter, subjects on second (upside-down) page",
                 ("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Gregory Sato", "Special Agent",
                  "sato.gregory@oig.dol.gov", "972-555-0121"),
                 [S("Kayla Marie Jankowski", "1994-02-03", ("ssn_last4", "0415")),
                  S("Luis Ángel Sotomayor Ibarra", "1987-03-04", ("ssn_last4", "8870"))],
                 ["18 USC 1343", "18 USC 641", "5 USC 401", "5 USC 424", "20 CFR 603.5"], "none", None, False,
                 "criminal_investigation", ["claims", "address", "phone", "email", "other", "wages", "employment"], "mail")


@doc
def buu30(rng):
    t = """From: Kirkpatrick, Dale <dkirkpatrick@co.larimer.co.us>
Sent: Wednesday, March 4, 2026 7:18 AM
To: DMV Law Enforcement Requests <dmv_le_requests@state.co.us>
Subject: LCSO 26-001964 - arson - 3 persons of interest

Good morning,

Larimer County Sheriff's Office is working a first degree arson (C.R.S. 18-4-102)
at a rural residence near Wellington. The homeowner/victim is Joan Feeney. We have
three persons of interest and are requesting DL photos, current addresses, and
registered vehicles for each:

NAME                          DOB           CO DL#
----------------------------  ------------  ------------
TRUJILLO, Efrain Jr.          1979-12-30    08-119-2045
ABDI, Faadumo Ahmed           07/22/1996    none known
PETROVIĆ, Nikola              14 Jan 2000   23-007-5512

Please send results to me directly. Thanks for the help.

Sgt. Dale Kirkpatrick
Criminal Investigations Division
Larimer County Sheriff's Office
2501 Midpoint Dr., Fort Collins, CO 80525
970-555-0111
"""
    with open(os.path.join(OUT, "buu30.txt"), "w", encoding="utf-8") as f:
        f.write(t)
    return label("buu30", "txt", "pasted plain-text sheriff email with fixed-width table of three",
                 ("sheriff", "Larimer County Sheriff's Office", "Dale Kirkpatrick", "Sergeant",
                  "dkirkpatrick@co.larimer.co.us", "970-555-0111"),
                 [S("Efrain Trujillo Jr.", "1979-12-30", ("license", "081192045")),
                  S("Faadumo Ahmed Abdi", "1996-07-22"),
                  S("Nikola Petrović", "2000-01-14", ("license", "230075512"))],
                 ["CRS 18-4-102"], "none", None, False, "criminal_investigation", ["photo", "address", "vehicle"], "email")


@doc
def buu31(rng):
    summ = """
|@1|1|
|Summons|Form 2039 (Rev. 10-2010)|
|In the matter of: Marie-Lourdes SAINT-FLEUR (SSN ending 4470)|Periods: Calendar years 2021 through 2024|
Internal Revenue Service (Division): Criminal Investigation
Industry/Area (name or number): Denver Field Office
### The Commissioner of Internal Revenue
To: Custodian of Records, Colorado Department of Labor and Employment
At: 633 17th Street, Denver, CO 80202

You are hereby summoned and required to appear before Special Agent Victor Lindqvist, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown:

All quarterly wage records reported for Marie-Lourdes Saint-Fleur (DOB 08/08/1979), including employer names, addresses and FEINs, and all unemployment insurance benefits paid to her, for calendar years 2021 through 2024.

Place and time for appearance: 1999 Broadway, Denver, CO 80202, on March 24, 2026 at 10:00 a.m.

Issued under authority of the Internal Revenue Code this 5th day of March, 2026.
|@1|1|
|/s/ Victor Lindqvist, Special Agent|/s/ Angela P. Ruiz-Moreno, Supervisory Special Agent|
=PAGE=
### Provisions of the Internal Revenue Code
26 U.S.C. § 7602. Examination of books and witnesses. (a) Authority to summon, etc. — For the purpose of ascertaining the correctness of any return, making a return where none has been made, determining the liability of any person for any internal revenue tax ... or inquiring into any offense connected with the administration or enforcement of the internal revenue laws, the Secretary is authorized to summon the person liable for tax ... or any other person the Secretary may deem proper, to appear ... and to produce such books, papers, records, or other data.

26 U.S.C. § 7604. Enforcement of summons. (a) Jurisdiction of district court. — If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production.
"""
    pdfb = pdf_bytes(summ, "buu31_summons.pdf", font="Sans", size=9.5)
    body = """Hello,

Please find attached an IRS summons (Form 2039) for wage and UI benefit records concerning Marie-Lourdes Saint-Fleur, DOB 08/08/1979, for 2021-2024. This is part of a criminal tax investigation (26 U.S.C. 7201). The records can be mailed or sent via our secure portal instead of a personal appearance; I can send a portal invite if that works for your office.

Thank you,

Victor Lindqvist
Special Agent, IRS Criminal Investigation
Denver Field Office
720-555-0195
victor.lindqvist@ci.irs.gov
"""
    html = "<html><body><div>" + body.replace("\n", "<br>\n") + "</div></body></html>"
    make_eml(os.path.join(OUT, "buu31.eml"), [
        ("From", "Victor Lindqvist <victor.lindqvist@ci.irs.gov>"),
        ("To", "CDLE Legal Records <cdle_legal_records@state.co.us>"),
        ("Subject", "IRS Summons - Saint-Fleur"),
        ("Date", "Thu, 05 Mar 2026 10:20:55 -0700"),
        ("Message-ID", "<buu31.0305@ci.irs.gov>"),
        ("MIME-Version", "1.0")], body, html=html,
        attachments=[(pdfb, "application", "pdf", "Form2039_SaintFleur.pdf")])
    return label("buu31", "eml", "IRS-CI email with Form 2039 summons PDF",
                 ("irs-ci", "IRS Criminal Investigation, Denver Field Office", "Victor Lindqvist", "Special Agent",
                  "victor.lindqvist@ci.irs.gov", "720-555-0195"),
                 [S("Marie-Lourdes Saint-Fleur", "1979-08-08", ("ssn_last4", "4470"))],
                 ["26 USC 7201", "26 USC 7602", "26 USC 7604"], "administrative_subpoena", "2039", True,
                 "criminal_investigation", ["wages", "employment", "benefits"], "email")


@doc
def buu32(rng):
    t = """
### LARAMIE COUNTY DISTRICT ATTORNEY'S OFFICE
310 West 19th Street, Suite 200, Cheyenne, Wyoming 82001  •  (307) 555-0117
---
March 6, 2026

Colorado Department of Corrections
Office of Offender Records
2862 South Circle Drive, Colorado Springs, CO 80906

Re: State of Wyoming v. Krystian Adam Mazur, Criminal Action No. 2025-CR-0448

Dear Records Custodian:

Please find enclosed a certified copy of an Order of the First Judicial District Court directing production of certain Colorado Department of Corrections records concerning Krystian Adam Mazur and Viktor Andriyovych Lysenko. I would be grateful if you would produce the records to my office by the date stated in the Order.

Sincerely,
Shane P. Merriweather
Deputy District Attorney
smerriweather@laramiecountywy.gov
=PAGE=
### IN THE DISTRICT COURT, FIRST JUDICIAL DISTRICT
### LARAMIE COUNTY, WYOMING
|@2|1|
|STATE OF WYOMING, Plaintiff, v. KRYSTIAN ADAM MAZUR, Defendant.|Criminal Action No. 2025-CR-0448|
### ORDER FOR PRODUCTION OF RECORDS

THIS MATTER having come before the Court on the State's Motion under W.R.Cr.P. 17(c) for production of records held by the Colorado Department of Corrections, and the Court having found good cause, IT IS HEREBY ORDERED that the Colorado Department of Corrections produce to the Laramie County District Attorney on or before April 3, 2026 the following records:

For (1) Krystian Adam MAZUR, DOB 04/04/1990, CDOC #183377, and (2) Viktor Andriyovych LYSENKO (a/k/a Victor Lisenko), DOB 11 November 1975, CDOC #142206:
(a) release and parole addresses of record; (b) visitation logs and approved visitor lists; (c) inmate telephone account records listing numbers called, from January 1, 2023 to the date of release.

The Defendant is charged with Aggravated Assault and Battery, W.S. 6-2-502. This Order does not extend to co-defendant Rylee Jo Sandoval.

DATED this 4th day of March, 2026.

BY THE COURT:
/s/ Catherine R. Lundgren
District Court Judge
"""
    markup_to_pdf(t, os.path.join(OUT, "buu32.pdf"), font="Serif")
    return label("buu32", "born_digital", "Wyoming DA cover letter + district court order to Colorado prisons",
                 ("district-attorney", "Laramie County District Attorney's Office", "Shane P. Merriweather",
                  "Deputy District Attorney", "smerriweather@laramiecountywy.gov", "(307) 555-0117"),
                 [S("Krystian Adam Mazur", "1990-04-04", ("other", "183377")),
                  S("Viktor Andriyovych Lysenko", "1975-11-11", ("other", "142206"))],
                 ["WY CrimP 17", "WS 6-2-502"], "court_order", None, True, "criminal_investigation",
                 ["address", "phone", "other"], "mail")


# ================================================================ main
EXT = {"born_digital": "pdf", "scanned": "pdf", "fax": "tif", "eml": "eml", "txt": "txt"}


def main():
    only = set(sys.argv[1:])
    for fn in DOCS:
        if only and fn.__name__ not in only:
            continue
        rng = random.Random(SEED * 1000 + int(fn.__name__[3:]))
        lab = fn(rng)
        assert lab["id"] == fn.__name__
        path = os.path.join(OUT, "%s.%s" % (lab["id"], EXT[lab["format"]]))
        assert os.path.exists(path), path
        with open(os.path.join(OUT, lab["id"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(lab["id"], lab["format"], lab["legal_process"]["type"], os.path.getsize(path))


if __name__ == "__main__":
    main()
