"""blind_bb: an independent author's 32 labelled request documents (motor-vehicle and corrections records unit). Run: .venv/bin/python samples/blind_bb/build.py"""
import io
import time

import numpy as np
import os
import random
import subprocess
import tempfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FD = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}
for k, (r, b) in _FONTS.items():
    pdfmetrics.registerFont(TTFont(k, FD + r))
    pdfmetrics.registerFont(TTFont(k + "-B", FD + b))

TMP = "/tmp/author_bb"
os.makedirs(TMP, exist_ok=True)


def pdf_bytes(text, font="serif", size=10.0, title=None):
    """Render marked-up text to PDF bytes.

    Pages are separated by form feeds. Line markup:
      #C centred bold large   #c centred   #B bold   #R right   #S small
      #HR rule   #T a | b | c boxed table row (#T2 = 35/65 label/value)
      #SP n  vertical space
    """
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    if title:
        c.setTitle(title)
    W, H = letter
    L, R = 60, W - 60
    for page in text.split("\f"):
        y = H - 56
        for raw in page.strip("\n").split("\n"):
            line = raw.rstrip()
            tag, _, rest = line.partition(" ")
            if tag == "#C":
                c.setFont(font + "-B", size + 3)
                for part in simpleSplit(rest, font + "-B", size + 3, R - L):
                    c.drawCentredString(W / 2, y, part)
                    y -= size + 6
                continue
            if tag == "#c":
                c.setFont(font, size)
                for part in simpleSplit(rest, font, size, R - L):
                    c.drawCentredString(W / 2, y, part)
                    y -= size + 3
                continue
            if tag == "#R":
                c.setFont(font, size)
                c.drawRightString(R, y, rest)
                y -= size + 3
                continue
            if tag == "#HR":
                c.setLineWidth(0.8)
                c.line(L, y + size * 0.4, R, y + size * 0.4)
                y -= size * 0.8
                continue
            if tag == "#SP":
                y -= float(rest or 6)
                continue
            if tag in ("#T", "#T2", "#TB"):
                cells = [x.strip() for x in rest.split("|")]
                n = len(cells)
                if tag == "#T2" and n == 2:
                    widths = [(R - L) * 0.35, (R - L) * 0.65]
                else:
                    widths = [(R - L) / n] * n
                fnt = font + "-B" if tag == "#TB" else font
                fs = size - 0.5
                wrapped = [simpleSplit(cl, fnt, fs, w - 6) or [""] for cl, w in zip(cells, widths)]
                nl = max(len(w) for w in wrapped)
                h = nl * (fs + 2) + 5
                x = L
                c.setLineWidth(0.6)
                for w, lines in zip(widths, wrapped):
                    c.rect(x, y - h + fs + 3, w, h)
                    c.setFont(fnt, fs)
                    yy = y
                    for ln in lines:
                        c.drawString(x + 3, yy, ln)
                        yy -= fs + 2
                    x += w
                y -= h
                continue
            if tag in ("#B", "#S"):
                fnt = font + "-B" if tag == "#B" else font
                fs = size if tag == "#B" else size - 2
                body = rest
            else:
                fnt, fs, body = font, size, line
            c.setFont(fnt, fs)
            if not body.strip():
                y -= fs * 0.9
                continue
            indent = len(body) - len(body.lstrip(" "))
            for part in simpleSplit(body.strip(), fnt, fs, R - L - indent * 4):
                c.drawString(L + indent * 4, y, part)
                y -= fs + 3
        c.showPage()
    c.save()
    return buf.getvalue()


def _raster(pdfdata, dpi, stem):
    p = os.path.join(TMP, stem + ".pdf")
    with open(p, "wb") as f:
        f.write(pdfdata)
    out = os.path.join(TMP, stem + "_pg")
    for fn in os.listdir(TMP):
        if fn.startswith(stem + "_pg"):
            os.remove(os.path.join(TMP, fn))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, out], check=True)
    files = sorted(fn for fn in os.listdir(TMP) if fn.startswith(stem + "_pg"))
    return [Image.open(os.path.join(TMP, fn)).convert("L") for fn in files]


def scanned_pdf(pdfdata, path, seed, dpi=200, rotations=None, quality=55):
    rng = random.Random(seed)
    pages = _raster(pdfdata, dpi, os.path.basename(path).split(".")[0])
    out = []
    for i, im in enumerate(pages):
        # grey paper
        bg = rng.randint(205, 228)
        im = im.point(lambda v, bg=bg: int(v * (bg / 255.0)))
        ang = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=bg)
        nrng = np.random.default_rng(seed * 100 + i)
        noise = Image.fromarray(np.clip(nrng.normal(128, rng.uniform(14, 24), (im.height, im.width)), 0, 255).astype("uint8"), "L")
        im = Image.blend(im, noise, 0.10)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        d = ImageDraw.Draw(im)
        for _ in range(250):
            x, y = rng.randrange(im.width), rng.randrange(im.height)
            d.point((x, y), fill=rng.randint(40, 120))
        rot = (rotations or {}).get(i, 0)
        if rot:
            im = im.rotate(rot, expand=True)
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality)
        b.seek(0)
        out.append(Image.open(b).convert("L"))
    fixed = time.struct_time((2026, 10, 20, 12, 0, 0, 1, 293, 0))
    out[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=out[1:],
                creationDate=fixed, modDate=fixed)


def fax_tiff(pdfdata, path, header=None, seed=0):
    rng = random.Random(seed)
    pages = _raster(pdfdata, 200, os.path.basename(path).split(".")[0])
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    n = len(pages)
    for i, im in enumerate(pages):
        if header:
            d = ImageDraw.Draw(im)
            d.rectangle((0, 0, im.width, 40), fill=255)
            d.text((30, 8), header.format(p=i + 1, n=n), font=font, fill=0)
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        bw = im.point(lambda v: 255 if v > 150 else 0).convert("1")
        d = ImageDraw.Draw(bw)
        for _ in range(120):
            d.point((rng.randrange(bw.width), rng.randrange(bw.height)), fill=0)
        out.append(bw)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def page_jpeg(pdfdata, stem, seed, quality=70):
    """First page of a PDF as a phone-photo-ish JPEG (bytes)."""
    rng = random.Random(seed)
    im = _raster(pdfdata, 150, stem)[0]
    im = im.point(lambda v: int(v * 0.9 + 10))
    im = im.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=225)
    b = io.BytesIO()
    im.convert("RGB").save(b, "JPEG", quality=quality)
    return b.getvalue()

# ---------------------------------------------------------------------------
# Documents and labels
# ---------------------------------------------------------------------------
import json
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}
DOCS = []


def label(i, fmt, template, ak, an, person, title, email, phone, subjects, basis,
          ptype, form, purpose, records, channel):
    return {
        "id": "bbb%02d" % i, "family": "blind-bb", "format": fmt, "template": template,
        "requestor": {"agency_key": ak, "agency_name": an, "person": person, "title": title,
                      "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": ptype != "none",
        "purpose": purpose, "records_requested": records, "channel": channel,
    }


def mkdate(y, mo, d, h, mi, off=-6):
    return format_datetime(datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off))))


def email_msg(frm, to, subj, date, body=None, html=None, cc=None, mid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = "<%s>" % (mid or "x@example.gov")
    m["MIME-Version"] = "1.0"
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    return m


# ===================================================================== bbb01
DOCS.append(dict(kind="eml", build=lambda: email_msg(
    '"Tran, Kevin" <kevin.tran@ice.dhs.gov>', "mvrecords@state.co.us",
    "records check - MORALES-IBANEZ", mkdate(2026, 10, 1, 8, 41, -6), body="""\
Good morning,

Can your office run the below and send me the current address on file, any
vehicles registered to him, and the most recent DL photo?

  MORALES-IBÁÑEZ, Iván Alejandro
  DOB: 07/22/1991
  A# 214 665 903
  CO DL 13-118-4407

This request is made pursuant to 8 U.S.C. § 1357 and is for official use only.

Thanks,

Kevin Tran
Deportation Officer
ICE/ERO Denver Field Office - Aurora Sub-Office
Desk: (303) 555-0147 | Cell: (720) 555-0162
kevin.tran@ice.dhs.gov
""", mid="CH2PR09MB4411.20261001.kt@ice.dhs.gov"),
    label=label(1, "eml", "informal ERO e-mail, one subject, DL and A-number",
                "dhs-ice-ero", "ICE/ERO Denver Field Office", "Kevin Tran", "Deportation Officer",
                "kevin.tran@ice.dhs.gov", "(303) 555-0147",
                [("Iván Alejandro Morales-Ibáñez", "1991-07-22", [("a_number", "A214665903"), ("license", "131184407")])],
                ["8 USC 1357"], "none", None, "civil_immigration", ["address", "vehicle", "photo"], "email")))

# ===================================================================== bbb02
T02 = """#c KNOX COUNTY SHERIFF'S OFFICE
#C Sheriff Raymond D. Haskins
#c 400 Main Street, Suite 100 · Knoxville, Tennessee 37902 · (865) 555-0100
#HR
#SP 4
October 2, 2026

Tennessee Department of Correction
Records and Offender Management Services
Rachel Jackson Building, 320 Sixth Avenue North
Nashville, TN 37243

#B RE: KCSO Case No. 2026-014477 — Aggravated Burglary (T.C.A. § 39-14-403)

To Whom It May Concern:

The Criminal Investigations Division of the Knox County Sheriff's Office is investigating a series of aggravated burglaries in the Maloney Road area, including the residence of Mrs. Opal Greer on September 19, 2026. Two former TDOC inmates have been developed as suspects. I am requesting the following records for each person listed below:

    1. Incarceration history, including facility assignments and release dates;
    2. Last reported residential address and release plan address;
    3. Approved visitor lists for the twelve months before release.

#T2 Name | PRUITT, Dustin Wayne
#T2 Date of Birth | March 3, 1994
#T2 TDOC / TOMIS ID | 00518832
#SP 6
#T2 Name | WHITFIELD, Keandre L.
#T2 Date of Birth | 11 Jan 1999
#T2 TDOC / TOMIS ID | 00603317

I understand that certain of these records are confidential under T.C.A. § 10-7-504 and will be used only for this investigation. Det. Sgt. Lisa Brandt is also assigned to this case and may contact your office to coordinate. Please return the records to me by e-mail or to the address above.

Respectfully,

#SP 14
Carl J. Ruckman
Investigator, Criminal Investigations Division
Direct: (865) 555-0133
cruckman@knoxsheriff.org

cc: Lt. Marcus Oyler, CID Commander
#SP 40
#S This communication contains law enforcement sensitive information. If you are not the intended recipient, notify the sender and destroy all copies.
"""
DOCS.append(dict(kind="pdf", text=T02, font="serif", label=label(
    2, "born_digital", "sheriff letterhead (sheriff printed, investigator signs), two inmates, table",
    "sheriff", "Knox County Sheriff's Office", "Carl J. Ruckman", "Investigator, Criminal Investigations Division",
    "cruckman@knoxsheriff.org", "(865) 555-0133",
    [("Dustin Wayne Pruitt", "1994-03-03", [("other", "00518832")]),
     ("Keandre L. Whitfield", "1999-01-11", [("other", "00603317")])],
    ["TCA 39-14-403", "TCA 10-7-504"], "none", None, "criminal_investigation",
    ["criminal_history", "address", "other"], "mail")))

# ===================================================================== bbb03
def _b03():
    inner = email_msg('Jelena Marković <jelena.markovic@ice.dhs.gov>', "Pamela Ortiz <pamela.ortiz@mvc.nj.gov>",
                      "Request - MVC records, HSI Newark case", mkdate(2026, 10, 2, 15, 12, -4), body="""\
Ms. Ortiz,

Thank you for speaking with me this afternoon. As discussed, HSI Newark is
investigating the fraudulent procurement of New Jersey driver licenses using
counterfeit foreign identity documents, in violation of 18 U.S.C. § 1028 and
18 U.S.C. § 1546. Two of the licenses were issued at the Lodi agency; the
agency employee who processed them, Frank Deluca, is cooperating and is not a
target.

I am requesting, for each person below, the license application, copies of all
identity documents presented at issuance, the digitized photograph, and every
address on file:

  1) NGUYEN, Thanh Van      DOB 1986-09-14   NJ DL N4107 31226 09864
  2) WARSAME, Abdirahman Hassan   DOB 2 Feb 1990   NJ DL W0172 44901 83902

Please call me with any questions.

Respectfully,
Jelena Marković
Special Agent
U.S. Immigration and Customs Enforcement
Homeland Security Investigations - Newark
620 Frelinghuysen Ave, Newark, NJ 07114
Office: (973) 555-0118
""", mid="BN8PR09MB.hsi.0a1@ice.dhs.gov")
    outer = email_msg("Pamela Ortiz <pamela.ortiz@mvc.nj.gov>", "MVC Records Unit <records.unit@mvc.nj.gov>",
                      "FW: Request - MVC records, HSI Newark case", mkdate(2026, 10, 5, 9, 3, -4),
                      body="""\
Team - forwarding the attached request from HSI (original message attached).
It's federal, so I'll need a supervisor to sign off before anything goes out.
Can someone log it and pull the two files?

Pam Ortiz
Agency Operations, NJ Motor Vehicle Commission
""", mid="MVC.fw.20261005.po@mvc.nj.gov")
    outer.add_attachment(inner)
    return outer


DOCS.append(dict(kind="eml", build=_b03, label=label(
    3, "eml", "agency-internal forward, HSI request attached as message/rfc822, two subjects",
    "dhs-ice-hsi", "Homeland Security Investigations - Newark", "Jelena Marković", "Special Agent",
    "jelena.markovic@ice.dhs.gov", "(973) 555-0118",
    [("Thanh Van Nguyen", "1986-09-14", [("license", "N41073122609864")]),
     ("Abdirahman Hassan Warsame", "1990-02-02", [("license", "W01724490183902")])],
    ["18 USC 1028", "18 USC 1546"], "none", None, "criminal_investigation",
    ["license", "identity_documents", "photo", "address"], "email")))

# ===================================================================== bbb04
T04 = """#C ALBUQUERQUE POLICE DEPARTMENT
#c Traffic Investigations Unit · 400 Roma Ave NW · Albuquerque, NM 87102
#SP 4
#C REQUEST FOR MOTOR VEHICLE INFORMATION
#c (Law Enforcement Use Only — Fax completed form to MVD Records, 505-555-0190)
#SP 6
#T2 Date of request | 10/06/2026
#T2 APD Case # | 26-0087751
#T2 Offense | Leaving the scene of an accident involving great bodily harm (NMSA 1978, § 66-7-201)
#T2 Date of offense | 09/30/2026
#SP 8
#B SUBJECT / REGISTERED OWNER
#T2 Last, First Middle | GÓMEZ, Rosa Elena
#T2 DOB | 12/05/1979
#T2 NM DL # | 501847223
#T2 Plate / State | BKTJ41 / NM
#T2 VIN (partial) | ...4HK207731
#SP 8
#B INFORMATION REQUESTED (check all that apply)
#T [X] Registration history | [X] DL photo | [X] Address of record | [ ] Driving record
#SP 8
#T2 Victim (do not release) | Pedestrian — Harold Begay, adult male
#T2 Witness | Carla Montoya (on scene)
#SP 8
#B REQUESTING OFFICER
#T2 Name / Badge | Ofc. Daniel R. Archuleta  #4471
#T2 Unit | Traffic Investigations Unit
#T2 Phone | 505-555-0139
#T2 E-mail | darchuleta@cabq.gov
#T2 Supervisor approval | Sgt. M. Chavez #3120
#SP 10
I certify this information is requested for an official law enforcement purpose in connection with the case above.
#SP 10
Signature: ____D. Archuleta____________     Date: 10/06/2026
"""
DOCS.append(dict(kind="fax", text=T04, font="sans",
                 header="OCT-06-2026 09:14  FROM: APD TRAFFIC 505 555 0180   TO: MVD RECORDS   P.{p}/{n}",
                 label=label(
    4, "fax", "municipal police faxed request form, label/value grid, victim and witness named",
    "local-police", "Albuquerque Police Department", "Daniel R. Archuleta", "Officer, Traffic Investigations Unit",
    "darchuleta@cabq.gov", "505-555-0139",
    [("Rosa Elena Gómez", "1979-12-05", [("license", "501847223")])],
    ["NMSA 66-7-201"], "none", None, "criminal_investigation",
    ["vehicle", "photo", "address"], "fax")))

# ===================================================================== bbb05
T05 = """==== STATE OF COLORADO - DEPARTMENT OF CORRECTIONS ====
==== Law Enforcement Records Request Portal ====
Submission #: LE-2026-10-0412
Submitted:    10/08/2026 14:22 MDT
--------------------------------------------------------
Requesting agency ........ U.S. Marshals Service, District of Colorado
Unit ..................... Colorado Violent Offender Task Force
Requestor name ........... Brian K. Osei
Title/rank ............... Deputy U.S. Marshal
Phone .................... 303-555-0115
Email .................... brian.osei@usdoj.gov
--------------------------------------------------------
SUBJECT 1
  Last name .............. KOVALENKO
  First name ............. Dmytro
  Middle ................. 
  DOB .................... 1988-04-19
  CDOC # ................. 178245
--------------------------------------------------------
Records requested:
  [x] Current / last known address
  [x] Release date and release address
  [x] Parole officer and supervision info
  [ ] Photograph
  [ ] Other

Reason for request (required):
Subject is a fugitive wanted on a federal arrest warrant issued in D. Colo.
case 26-mj-00318 for felon in possession of a firearm, 18 U.S.C. § 922(g)(1).
Subject paroled from CDOC 06/2025 and absconded from supervision; his parole
officer (PO Sandra Whitlock) has had no contact since August. USMS authority
28 U.S.C. § 566.

Legal process attached? ( ) Yes (x) No

I certify that I am a sworn law enforcement officer and that this request
is made for a legitimate law enforcement purpose.   [x] I agree
--------------------------------------------------------
Routing: CDOC Records - Offender Services   Status: NEW
"""
DOCS.append(dict(kind="txt", text=T05, label=label(
    5, "txt", "web-portal submission pasted as text, USMS fugitive",
    "doj-usms", "U.S. Marshals Service, District of Colorado", "Brian K. Osei", "Deputy U.S. Marshal",
    "brian.osei@usdoj.gov", "303-555-0115",
    [("Dmytro Kovalenko", "1988-04-19", [("other", "178245")])],
    ["18 USC 922", "28 USC 566"], "none", None, "criminal_investigation",
    ["address", "criminal_history", "other"], "email")))

# ===================================================================== bbb06
DOCS.append(dict(kind="eml", build=lambda: email_msg(
    "Yonas Haile <yonas.haile@ice.dhs.gov>", "Melissa Crandall <mcrandall@utah.gov>",
    "RE: RE: Address request - FARAH", mkdate(2026, 10, 9, 11, 57, -6), body="""\
Ms. Crandall,

It's for official use. The subject is a removable alien and we are trying to
verify his current residence. Our authority is section 287 of the
Immigration and Nationality Act and 8 CFR 287.5. Please send whatever
address and vehicle information you have.

V/r
Officer Y. Haile
U.S. Immigration & Customs Enforcement
Salt Lake City, UT
801-555-0179

-----Original Message-----
From: Melissa Crandall <mcrandall@utah.gov>
Sent: Thursday, October 8, 2026 4:10 PM
To: Yonas Haile <yonas.haile@ice.dhs.gov>
Subject: RE: Address request - FARAH

Officer Haile,

Before we can process this we need to know the purpose of the request and
the legal authority you are relying on. Is any warrant or court order
attached?

Melissa Crandall
Driver License Division - Records Section

> -----Original Message-----
> From: Yonas Haile <yonas.haile@ice.dhs.gov>
> Sent: Thursday, October 8, 2026 9:02 AM
> Subject: Address request - FARAH
>
> Requesting current address and vehicles for:
> FARAH, Ahmed Abdullahi   DOB 23 June 1985   A 098 441 276
> Thank you.
""", mid="SA1PR09.yh.1009@ice.dhs.gov"),
    label=label(6, "eml", "reply thread quoting clerk's question; ICE officer with no component named",
                "dhs-ice", "U.S. Immigration & Customs Enforcement", "Yonas Haile", "Officer",
                "yonas.haile@ice.dhs.gov", "801-555-0179",
                [("Ahmed Abdullahi Farah", "1985-06-23", [("a_number", "A098441276")])],
                ["INA 287", "8 CFR 287.5"], "none", None, "civil_immigration", ["address", "vehicle"], "email")))

# ===================================================================== bbb07
T07 = """#c SOCIAL SECURITY ADMINISTRATION
#C OFFICE OF THE INSPECTOR GENERAL
#c Office of Investigations — Atlanta Field Division
#c 61 Forsyth Street SW, Suite 23T29 · Atlanta, GA 30303
#HR
#SP 6
#R 6 October 2026
Georgia Department of Driver Services
Attn: Records Custodian / Law Enforcement Requests
2206 East View Parkway
Conyers, GA 30013

Re:  OIG Case No. ATL2600418R — Misuse of Social Security Number

Dear Records Custodian:

The Social Security Administration, Office of the Inspector General, is conducting a criminal investigation into the misuse of a Social Security number in violation of 42 U.S.C. § 408(a)(7)(B). Our investigation indicates that the individual named below obtained a Georgia driver's license using an SSN assigned to another person, Mr. Terrence Mobley, who reported the misuse to SSA.

#T2 Name | Luis Fernando de la Cruz Peña
#T2 Date of birth | February 14, 1977
#T2 SSN (last four) | XXX-XX-6621
#T2 GA DL number | 058 331 974

Please provide: the original and all renewal license applications; copies of the identity and residency documents submitted; the digital photograph; and all addresses of record. This request is made under the routine use and law enforcement provisions of the Privacy Act, 5 U.S.C. § 552a(b)(7), and O.C.G.A. § 40-5-2.

Please do not notify the subject of this request, as doing so could impede the investigation. Questions may be directed to me at (404) 555-0175 or rachel.whitcomb@ssa.gov.

Sincerely,
#SP 16
Rachel A. Whitcomb
Special Agent
#SP 30
#S WARNING: This document is the property of the SSA OIG and may contain information protected by the Privacy Act. It may not be disseminated without the express permission of the OIG.
"""
DOCS.append(dict(kind="pdf", text=T07, font="serif", label=label(
    7, "born_digital", "SSA OIG letter, SSN misuse, accented compound surname with particle",
    "ssa-oig", "Social Security Administration, Office of the Inspector General", "Rachel A. Whitcomb", "Special Agent",
    "rachel.whitcomb@ssa.gov", "(404) 555-0175",
    [("Luis Fernando de la Cruz Peña", "1977-02-14", [("ssn_last4", "6621"), ("license", "058331974")])],
    ["42 USC 408", "5 USC 552a", "OCGA 40-5-2"], "none", None, "criminal_investigation",
    ["license", "identity_documents", "photo", "address"], "mail")))

# ===================================================================== bbb08
T08 = """MV RECORDS UNIT - REQUEST LOG ENTRY (pasted)

Log #:              MV-26-1013-07
Received:           10/13/2026  10:05 a.m., e-mail to drivers.records@ky.gov
Logged by:          J. Albrecht, Records Technician II

---- message text as received ----
From: Sizemore, Matthew (KSP) <matthew.sizemore@ky.gov>
Sent: Tuesday, October 13, 2026 10:02 AM
Subject: plate/OL check

need RO + address on KY plate 7HJ-552 and the OL record on
Tiffany Ann CAUDILL DOB 05/30/1996 OL# C02-771-408
thx

TFC Matthew Sizemore
Kentucky State Police, Post 11 London
606-555-0121
---- end of message ----

Reason given:       None. Clerk replied asking for a reason and case number;
                    TFC Sizemore answered by phone that he "just needs an
                    address to follow up on something."
Legal process:      None mentioned.

Disposition:        Pending. Caller said his supervisor, Sgt. Wes Hollon,
                    would send a written request. Nothing released.

Logged: JA  10/13/2026 10:19
"""
DOCS.append(dict(kind="txt", text=T08, label=label(
    8, "txt", "clerk log entry with pasted terse e-mail, no reason given",
    "state-police", "Kentucky State Police, Post 11 London", "Matthew Sizemore", "Trooper First Class",
    "matthew.sizemore@ky.gov", "606-555-0121",
    [("Tiffany Ann Caudill", "1996-05-30", [("license", "C02771408")])],
    [], "none", None, "unknown", ["vehicle", "address", "license"], "email")))

# ===================================================================== bbb09
T09 = """#c U.S. Department of Justice
#C Federal Bureau of Investigation
#c Jacksonville Field Office · 6061 Gate Parkway · Jacksonville, Florida 32256
#c Special Agent in Charge: Coleman R. Pryce
#HR
#SP 4
In Reply, Please Refer to File No. 196B-JK-3407782                                October 7, 2026

Florida Department of Corrections
Bureau of Classification and Central Records
501 South Calhoun Street
Tallahassee, FL 32399-2500

Dear Sir or Madam:

The FBI Jacksonville Field Office is investigating a scheme to defraud Seaside Title Group, a Jacksonville title company, of approximately $1.4 million through fraudulent wire instructions, in violation of Title 18, United States Code, Section 1343 (wire fraud) and Section 1956 (money laundering). Evidence indicates the scheme was coordinated in part by a person incarcerated at Baker Correctional Institution, using inmate telephones and visitors.

To further this investigation, the FBI requests the following records for the individuals listed below for the period January 1, 2025 to present: inmate telephone call detail records; visitation logs and visitor applications (including addresses given by visitors); inmate trust fund deposit records; and any release or transfer address on file.

#TB Name | DOB | Identifier
#T PETRENKO, Oleksandr | 03 Oct 1982 | FDC # K45120
#T NÚÑEZ VEGA, Marisol | 11 May 1993 | (visitor)
#T KLEIN, Brandon T. | 27 Aug 1990 | (visitor)
#SP 6
We are aware that these records are exempt from public disclosure under section 945.10, Florida Statutes, and they will be used solely for this criminal investigation. Please contact the undersigned if you require additional information.

Sincerely,

Coleman R. Pryce
Special Agent in Charge
#SP 4
By:
#SP 12
Gregory P. Alvarado
Special Agent, White Collar Crime Squad
(904) 555-0109 · gpalvarado@fbi.gov
"""
DOCS.append(dict(kind="pdf", text=T09, font="serif", label=label(
    9, "born_digital", "FBI letterhead, SAC block with 'By:' agent signature, three subjects table",
    "doj-fbi", "Federal Bureau of Investigation, Jacksonville Field Office", "Gregory P. Alvarado",
    "Special Agent, White Collar Crime Squad", "gpalvarado@fbi.gov", "(904) 555-0109",
    [("Oleksandr Petrenko", "1982-10-03", [("other", "K45120")]),
     ("Marisol Núñez Vega", "1993-05-11", []),
     ("Brandon T. Klein", "1990-08-27", [])],
    ["18 USC 1343", "18 USC 1956", "FS 945.10"], "none", None, "criminal_investigation",
    ["other", "address"], "mail")))

# ===================================================================== bbb10
H10 = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>U.S. Border Patrol requests the <b>current address of record and the most recent
driver license photograph</b> for the individual below. The subject is believed to be
present in the United States in violation of law. This request is made pursuant to
section 287 of the Immigration and Nationality Act and 8 C.F.R. &sect; 287.5.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>RAM&Iacute;REZ SOTO, Jes&uacute;s Alberto</td></tr>
<tr><td><b>DOB</b></td><td>January 30, 1998</td></tr>
<tr><td><b>NM DL/ID</b></td><td>none known</td></tr>
</table>
<p>Please reply to this email or fax to (575) 555-0157.</p>
<p>Respectfully,</p>
<p>Cody J. Brennan<br>Border Patrol Agent<br>U.S. Border Patrol &ndash; Deming Station, El Paso Sector<br>
U.S. Customs and Border Protection<br>Office: (575) 555-0156<br>
<a href="mailto:cody.brennan@cbp.dhs.gov">cody.brennan@cbp.dhs.gov</a></p>
<p style="font-size:8pt;color:#666">WARNING: This email is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains
information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).</p>
</body></html>"""
DOCS.append(dict(kind="eml", build=lambda: email_msg(
    "Brennan, Cody J <cody.brennan@cbp.dhs.gov>", "MVD Law Enforcement Liaison <mvd.le@dps.nm.gov>",
    "Request for DL photo / address", mkdate(2026, 10, 9, 14, 33, -6), html=H10, mid="CBP.dmg.20261009.cjb@cbp.dhs.gov"),
    label=label(10, "eml", "HTML-only Border Patrol e-mail, INA prose citation, FOIA footer",
                "dhs-cbp", "U.S. Border Patrol – Deming Station, El Paso Sector", "Cody J. Brennan", "Border Patrol Agent",
                "cody.brennan@cbp.dhs.gov", "(575) 555-0156",
                [("Jesús Alberto Ramírez Soto", "1998-01-30", [])],
                ["INA 287", "8 CFR 287.5", "5 USC 552"], "none", None, "civil_immigration", ["address", "photo"], "email")))

# ===================================================================== bbb11
T11 = """GEORGIA DEPARTMENT OF CORRECTIONS
Open Records / Law Enforcement Request Form  -  ONLINE SUBMISSION
Confirmation: GDC-LE-26-08815        Received: Oct 12, 2026 08:47 AM

Agency Type:            District Attorney's Office
Agency Name:            Office of the District Attorney, Atlanta Judicial Circuit
Requester Name:         Tamika R. Greene
Position:               Senior Investigator
Work Phone:             404-555-0188
Work E-mail:            tamika.greene@fultoncountyga.gov
Mailing Address:        136 Pryor Street SW, 3rd Floor, Atlanta, GA 30303

Case / Reference No.:   State v. Salazar-Ortiz et al., Indictment No. 26SC001245
Offense(s):             Aggravated assault, O.C.G.A. § 16-5-21

Offender(s):
  1. SALAZAR-ORTIZ, Javier Enrique    DOB 1992-08-03   GDC ID 1001672290
  2. BELL, Quintavious                DOB 2000-01-15   GDC ID 1002218734

Records Requested:
  - Complete movement / housing history
  - Disciplinary reports
  - Booking photographs
  - Address listed at intake

Purpose / Comments:
Both defendants are charged with the aggravated assault of Ms. Daniela Ruiz
on 4/2/2026. Trial is set for December. ADA Christopher Ng is prosecuting;
records needed to prepare for trial and to locate Mr. Bell's prior address.

Attachments:            (none)
Certification:          [X] I certify that I am employed by the agency listed
                        and that the records will be used for official purposes.
"""
DOCS.append(dict(kind="txt", text=T11, label=label(
    11, "txt", "online request form text, DA investigator, two defendants, victim and ADA named",
    "district-attorney", "Office of the District Attorney, Atlanta Judicial Circuit", "Tamika R. Greene",
    "Senior Investigator", "tamika.greene@fultoncountyga.gov", "404-555-0188",
    [("Javier Enrique Salazar-Ortiz", "1992-08-03", [("other", "1001672290")]),
     ("Quintavious Bell", "2000-01-15", [("other", "1002218734")])],
    ["OCGA 16-5-21"], "none", None, "criminal_investigation",
    ["criminal_history", "photo", "address"], "email")))

# ===================================================================== bbb12
T12 = """#c U.S. DEPARTMENT OF LABOR
#C OFFICE OF INSPECTOR GENERAL
#c Office of Investigations — Labor Racketeering and Fraud · Dallas Region
#c 525 S. Griffin Street, Room 721, Dallas, Texas 75202
#c Special Agent-in-Charge Elaine Voss
#HR
#SP 4
October 13, 2026

Texas Department of Public Safety
Driver License Division — Enforcement & Compliance Service
P.O. Box 4087, Austin, TX 78773-0001

SUBJECT: Request for Driver License Records — OIG Case No. 26-DAL-0211-UI

Dear Custodian of Records:

The U.S. Department of Labor, Office of Inspector General (DOL-OIG) is conducting a criminal investigation of a scheme to obtain pandemic-era and regular unemployment insurance benefits using stolen identities, in possible violation of 18 U.S.C. §§ 1341 and 1028A. Two individuals are believed to have filed claims listing Lone Star Staffing Solutions as their last employer while using Texas driver licenses issued in other people's names.

We respectfully request copies of the license/ID card applications, photographs, and addresses of record for:

    •  TREVIÑO GARZA, Roberto Carlos — DOB 06/09/1984 — TX DL 24517739
    •  ABDI, Aisha Mohamed — DOB 03/28/1995 — TX DL 40981126

We understand that disclosure to a federal agency carrying out its functions is permitted under Tex. Transp. Code § 730.007(a)(2)(A) and 18 U.S.C. § 2721(b)(1).

If you have any questions, please contact Special Agent Derek M. Stanfield at (972) 555-0126 or stanfield.derek.m@oig.dol.gov.

Sincerely,
#SP 14
Derek M. Stanfield
Special Agent

cc: Case file
"""
DOCS.append(dict(kind="pdf", text=T12, font="sans", label=label(
    12, "born_digital", "DOL-OIG letterhead with SAC printed, agent signs, two subjects bulleted",
    "dol-oig", "U.S. Department of Labor, Office of Inspector General", "Derek M. Stanfield", "Special Agent",
    "stanfield.derek.m@oig.dol.gov", "(972) 555-0126",
    [("Roberto Carlos Treviño Garza", "1984-06-09", [("license", "24517739")]),
     ("Aisha Mohamed Abdi", "1995-03-28", [("license", "40981126")])],
    ["18 USC 1341", "18 USC 1028A", "TX Transp Code 730.007", "18 USC 2721"], "none", None,
    "criminal_investigation", ["license", "photo", "address"], "mail")))

# ===================================================================== bbb13
T13 = """From: Wojcik, Krystyna (ATF) <krystyna.wojcik@atf.gov>
To: ALEA Driver License Records
Subject: DL info request - ATF Birmingham
Date: Wed, 14 Oct 2026 07:58:11 -0500

ALEA Records,

ATF Birmingham Field Office is investigating straw purchases of firearms at
Dixie Pawn & Gun in Bessemer (an FFL; the store is not under investigation).
One purchaser listed an Alabama DL and an address that appear to be false,
in violation of 18 U.S.C. § 922(a)(6) and § 924(a)(1)(A).

Please send the DL record, photo, addresses of record and any vehicles
associated with:

    Jamal Everett Hollins
    DOB: July 4, 1997
    AL DL: 8820147

Thank you,

SA Krystyna Wójcik
Special Agent, Bureau of Alcohol, Tobacco, Firearms and Explosives
Birmingham Field Office, Group I
O: 205-555-0113

[pasted from e-mail into records log by B. Terry, 10/14/2026]
"""
DOCS.append(dict(kind="txt", text=T13, label=label(
    13, "txt", "ATF e-mail pasted as plain text, straw purchase",
    "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Birmingham Field Office", "Krystyna Wójcik",
    "Special Agent", "krystyna.wojcik@atf.gov", "205-555-0113",
    [("Jamal Everett Hollins", "1997-07-04", [("license", "8820147")])],
    ["18 USC 922", "18 USC 924"], "none", None, "criminal_investigation",
    ["license", "photo", "address", "vehicle"], "email")))

# ===================================================================== bbb14
I200 = """#c U.S. DEPARTMENT OF HOMELAND SECURITY
#C WARRANT FOR ARREST OF ALIEN
#SP 4
#R File No. A207 551 318
#R Date: 10/05/2026
#SP 4
To:  Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations
#SP 4
I have determined that there is probable cause to believe that   Sergio Iván OCHOA BELTRÁN   is removable from the United States. This determination is based upon:
  [X] the execution of a charging document to initiate removal proceedings against the subject;
  [ ] the pendency of ongoing removal proceedings against the subject;
  [ ] the failure to establish admissibility subsequent to deferred inspection;
  [X] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
  [ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.
#SP 4
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.
#SP 16
#T (Signature of Authorized Immigration Officer) | Nathaniel Brooks, Supervisory Detention and Deportation Officer (Printed Name and Title of Authorized Immigration Officer)
#SP 10
#B Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ________ on ____________, and the contents of this notice were read to him or her in the ________ language.
#SP 30
#S Form I-200 (Rev. 09/16)
"""


def _b14():
    m = email_msg('"Ruiz, Alejandro" <alejandro.ruiz2@ice.dhs.gov>', "DMV Records Release <dmv.records@odot.oregon.gov>",
                  "Admin warrant - OCHOA BELTRAN, Sergio", mkdate(2026, 10, 6, 10, 15, -7), body="""\
Hello,

Please see the attached warrant for the subject below. We are requesting his
current residential address and any vehicle registrations.

  Sergio Iván OCHOA BELTRÁN
  DOB 11/17/1989
  A207551318

Thank you,

Alejandro Ruiz
Deportation Officer
Enforcement and Removal Operations - Portland, OR
Tel. (503) 555-0164
""", mid="ERO.pdx.20261006.ar@ice.dhs.gov")
    m.add_attachment(pdf_bytes(I200, "sans", 10), maintype="application", subtype="pdf",
                     filename="I-200_OCHOA-BELTRAN.pdf")
    return m


DOCS.append(dict(kind="eml", build=_b14, label=label(
    14, "eml", "ERO e-mail with I-200 PDF attached",
    "dhs-ice-ero", "Enforcement and Removal Operations - Portland, OR", "Alejandro Ruiz", "Deportation Officer",
    "alejandro.ruiz2@ice.dhs.gov", "(503) 555-0164",
    [("Sergio Iván Ochoa Beltrán", "1989-11-17", [("a_number", "A207551318")])],
    ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", "civil_immigration",
    ["address", "vehicle"], "email")))

# ===================================================================== bbb15
T15 = """#c U.S. Department of Homeland Security
#c U.S. Immigration and Customs Enforcement
#C Enforcement and Removal Operations — Miami Field Office
#c 865 SW 78th Avenue, Suite 101 · Plantation, FL 33324
#c Field Office Director Marcus J. Delgado
#HR
#SP 4
October 1, 2026

Florida Department of Highway Safety and Motor Vehicles
Bureau of Records
2900 Apalachee Parkway, MS 89
Tallahassee, FL 32399

Re: FONSECA RIVAS, Yanelis Caridad — A201 338 762

Enclosed is a copy of a Warrant of Removal/Deportation (Form I-205) issued for the above subject, DOB 08/06/1992. ERO respectfully requests the subject's most recent residential address, the most recent photograph on file, and any vehicle registration information.

Please direct your response to the undersigned at (954) 555-0144 or tatiana.volkova@ice.dhs.gov.

Sincerely,
#SP 14
Tatiana Volkova
Deportation Officer

Enclosure: Form I-205
\f#c U.S. Department of Homeland Security
#C WARRANT OF REMOVAL/DEPORTATION
#R File No: A201 338 762
#R Date: 09/28/2026
#SP 4
To any immigration officer of the United States Department of Homeland Security:
#SP 4
   Yanelis Caridad FONSECA RIVAS
#c (Full name of alien)
#SP 2
who entered the United States at   Miami, FL   on   03/14/2019
#c (Place of entry)                    (Date of entry)
#SP 2
is subject to removal/deportation from the United States, based upon a final order by:
  [X] an immigration judge in exclusion, deportation, or removal proceedings
  [ ] a designated official
  [ ] the Board of Immigration Appeals
  [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
     237(a)(1)(B)
#SP 4
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of:
     the appropriation "Operations and Support, ICE"
#SP 18
#T (Signature of immigration officer) | Marcus J. Delgado, Field Office Director (Title of immigration officer)
#T Miami, Florida (Date and office location) | 09/28/2026
#SP 20
#S Form I-205 (Rev. 08/07)
\f#C To be completed by immigration officer executing the warrant:
#SP 6
Name of alien being removed:  Yanelis Caridad FONSECA RIVAS
#SP 4
#T Photograph of alien removed | Right thumbprint
#SP 60
Removed by ______________________ on ______________ at ______________ (port of departure)
#SP 8
Departure witnessed by: ______________________________ (Signature and title of officer)
#SP 8
If actual departure is not witnessed, fully identify source or means of verification of departure:
#SP 30
#S Form I-205 (Rev. 08/07) Page 2
"""
DOCS.append(dict(kind="scan", text=T15, font="sans", rot={2: 180}, label=label(
    15, "scanned", "ERO cover letter (FOD printed, officer signs) + I-205 with judge checkbox, back page upside down",
    "dhs-ice-ero", "Enforcement and Removal Operations — Miami Field Office", "Tatiana Volkova", "Deportation Officer",
    "tatiana.volkova@ice.dhs.gov", "(954) 555-0144",
    [("Yanelis Caridad Fonseca Rivas", "1992-08-06", [("a_number", "A201338762")])],
    ["INA 237"], "administrative_warrant", "I-205", "civil_immigration",
    ["address", "photo", "vehicle"], "mail")))

# ===================================================================== bbb16
T16 = """#C FAX TRANSMITTAL
#c U.S. Immigration and Customs Enforcement · ERO Chicago Field Office · Louisville Sub-Office
#c 601 W. Broadway, Room 422, Louisville, KY 40202 · Fax (502) 555-0169
#SP 6
#T2 To | Records Office, Northpoint Training Center (KY Dept. of Corrections)
#T2 Fax | (859) 555-0150
#T2 From | DO Shane P. McGrath
#T2 Phone | (502) 555-0167
#T2 Date | 10/14/2026
#T2 Pages | 2 (including cover)
#SP 8
Please lodge the attached detainer against your inmate MUNTEANU, Bogdan Ilie (KYDOC #298841) and notify this office of his scheduled release date.
#SP 30
#S CONFIDENTIALITY NOTICE: This facsimile may contain law enforcement sensitive information intended only for the addressee. If received in error, call the sender and destroy it.
\f#c DEPARTMENT OF HOMELAND SECURITY
#C IMMIGRATION DETAINER - NOTICE OF ACTION
#T Subject ID: 384517702 | Event #: LOU2610000214 | File No: A216 904 115 | Date: October 14, 2026
#T2 TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency) | Northpoint Training Center, Kentucky Department of Corrections, Burgin, KY
#T2 FROM: (Department of Homeland Security Office Address) | ICE ERO Louisville, 601 W. Broadway, Louisville, KY 40202
#T Name of Alien: MUNTEANU, Bogdan Ilie | Date of Birth: 02/19/1987 | Nationality: Romania | Sex: M
#B 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
  [X] A final order of removal against the alien;
  [ ] The pendency of ongoing removal proceedings against the alien;
  [ ] Biometric confirmation of the alien's identity and a records check of federal databases ...
  [ ] Statements made by the alien to an immigration officer and/or other reliable evidence ...
#B IT IS THEREFORE REQUESTED THAT YOU:
 • Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling U.S. Immigration and Customs Enforcement (ICE) at (502) 555-0167.
 • Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
 • Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
 • Notify this office in the event of the alien's death, hospitalization or transfer to another institution.
This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. It is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 CFR 287.7.
#SP 12
#T Shane P. McGrath, Deportation Officer (Name and title of Immigration Officer) | (Signature of Immigration Officer)
#SP 6
#S Form I-247A (3/17)
"""
DOCS.append(dict(kind="fax", text=T16, font="sans", size=9.5,
                 header="10/14/2026 13:52   ICE ERO LOUISVILLE   5025550169   >> NTC RECORDS   PAGE {p} OF {n}",
                 label=label(
    16, "fax", "fax cover + I-247A detainer to state prison",
    "dhs-ice-ero", "ICE ERO Louisville", "Shane P. McGrath", "Deportation Officer",
    None, "(502) 555-0167",
    [("Bogdan Ilie Munteanu", "1987-02-19", [("a_number", "A216904115"), ("other", "298841")])],
    ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration",
    ["other"], "fax")))

# ===================================================================== bbb17
I247D = """#c DEPARTMENT OF HOMELAND SECURITY
#C IMMIGRATION DETAINER - REQUEST FOR VOLUNTARY ACTION
#T Subject ID: 377120984 | Event #: BAL2610000388 | File No: A089 712 443 | Date: 10/15/2026
#T2 TO: (Name and Title of Institution) | Maryland Department of Public Safety and Correctional Services, Jessup Correctional Institution
#T2 FROM: (DHS Office Address) | ICE ERO Baltimore, 31 Hopkins Plaza, 6th Floor, Baltimore, MD 21201
#T Name of Alien: NÚÑEZ-ARÉVALO, Wilfredo | Date of Birth: 12/01/1990 | Nationality: El Salvador | Sex: M
#B THE ALIEN IS A PRIORITY FOR REMOVAL BECAUSE:
  [X] the alien has been convicted of an offense listed in the enforcement priorities;
  [ ] the alien is subject to a final order of removal.
#B DHS REQUESTS THAT YOU VOLUNTARILY:
 [X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
 [ ] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released.
This request is issued under sections 236 and 287 of the Immigration and Nationality Act and 8 CFR 287.7. This request does not require compliance.
#SP 14
#T Lauren M. Pike, Deportation Officer (Name and title of Immigration Officer) | (Signature of Immigration Officer)
#SP 8
#S Form I-247D (12/16)
"""


def _b17():
    m = email_msg("Pike, Lauren M <lauren.m.pike@ice.dhs.gov>", "DPSCS Commitment Office <dpscs.commitment@maryland.gov>",
                  "I-247D NUNEZ-AREVALO, Wilfredo SID 4412870", mkdate(2026, 10, 15, 13, 40, -4), body="""\
Good afternoon,

Attached please find an I-247D for inmate NÚÑEZ-ARÉVALO, Wilfredo
(SID 4412870, DOB 12/01/1990). Please notify our office of his scheduled
release date and any pending transfers.

Respectfully,

Lauren M. Pike
Deportation Officer | Criminal Apprehension Program
ICE Enforcement and Removal Operations, Baltimore Field Office
410-555-0198 (o)
""", mid="ERO.bal.20261015.lmp@ice.dhs.gov")
    m.add_attachment(pdf_bytes(I247D, "sans", 10), maintype="application", subtype="pdf",
                     filename="I247D_NUNEZ-AREVALO.pdf")
    return m


DOCS.append(dict(kind="eml", build=_b17, label=label(
    17, "eml", "ERO CAP e-mail with I-247D PDF",
    "dhs-ice-ero", "ICE Enforcement and Removal Operations, Baltimore Field Office", "Lauren M. Pike", "Deportation Officer",
    "lauren.m.pike@ice.dhs.gov", "410-555-0198",
    [("Wilfredo Núñez-Arévalo", "1990-12-01", [("a_number", "A089712443"), ("other", "4412870")])],
    ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247D", "civil_immigration",
    ["other"], "email")))

# ===================================================================== bbb18
T18 = """#c DEPARTMENT OF HOMELAND SECURITY
#c U.S. Immigration and Customs Enforcement
#C IMMIGRATION ENFORCEMENT SUBPOENA
#c To Appear and/or Produce Records
#T Subpoena No.: SLC-26-0417 | File No.: A213 004 829 / A213 004 830
#T2 To: | Custodian of Records, Idaho Transportation Department, Division of Motor Vehicles, 3311 W. State Street, Boise, ID 83703
#SP 6
By the service of this subpoena upon you, YOU ARE HEREBY SUMMONED AND REQUIRED TO:
  [ ] Appear before the officer named below to give testimony;
  [X] Produce the following books, papers, and other documents:
#SP 2
     All driver license and identification card applications, photographs, addresses of record, vehicle registrations and titles, and copies of documents submitted to establish identity or lawful presence, for:
       (1) BONDARENKO, Anatoliy Sergeyevich, DOB 08/12/1980, A213 004 829
       (2) BONDARENKO, Olena Vasylivna, DOB 01/25/1983, A213 004 830
#SP 4
This subpoena is issued pursuant to section 235(d) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d), and 8 C.F.R. § 287.4, in connection with an investigation or inquiry relating to the enforcement of the immigration laws, namely to determine the admissibility or removability of the persons named above.
#SP 4
Place of production: ICE ERO Boise, 1185 S. Vinnell Way, Boise, ID 83709 — or by secure e-mail to the issuing officer.
Date and time: on or before November 2, 2026, 10:00 a.m.
#SP 4
#B NOTICE
Failure to comply with this subpoena may result in the Department of Homeland Security seeking an order from a United States District Court requiring compliance; failure to obey such an order may be punished by the court as contempt.
#SP 12
#T Signature of Issuing Officer: __________________ | Curtis L. Yamada, Supervisory Detention and Deportation Officer, ERO Salt Lake City — Boise Sub-Office
#T Telephone: (208) 555-0152 | Date: October 16, 2026
#SP 8
#B CERTIFICATE OF SERVICE
I certify that I served this subpoena by [ ] personal delivery [X] certified mail on the custodian named above.
#SP 20
#S Form I-138 (Rev. 06/15)
"""
DOCS.append(dict(kind="pdf", text=T18, font="sans", size=9.5, label=label(
    18, "born_digital", "I-138 Immigration Enforcement Subpoena, two subjects, district-court enforcement clause",
    "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, ERO Salt Lake City — Boise Sub-Office", "Curtis L. Yamada",
    "Supervisory Detention and Deportation Officer", None, "(208) 555-0152",
    [("Anatoliy Sergeyevich Bondarenko", "1980-08-12", [("a_number", "A213004829")]),
     ("Olena Vasylivna Bondarenko", "1983-01-25", [("a_number", "A213004830")])],
    ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", "civil_immigration",
    ["license", "photo", "address", "vehicle", "identity_documents"], "mail")))

# ===================================================================== bbb19
T19 = """#c U.S. Department of Justice
#C Drug Enforcement Administration
#C SUBPOENA
#T In the matter of: Investigation of violations of 21 U.S.C. § 841 and § 846 | Case No. GN-26-0031 · Subpoena No. BH-26-114
#T2 TO: | Custodian of Records, Alabama Law Enforcement Agency, Driver License Division, 201 S. Union Street, Montgomery, AL 36104
#SP 6
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent Ryan T. Castellanos, an official of the Drug Enforcement Administration, at 1200 Corporate Drive, Suite 300, Birmingham, AL 35242, on October 30, 2026 at 10:00 a.m., to testify and to give information relating to the investigation named above, and to bring with you and produce the records described in the attached Schedule A.
#SP 4
In lieu of personal appearance, the records may be produced by mail or e-mail to the officer named above on or before the return date.
#SP 4
This subpoena is issued pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876). Failure to comply with this subpoena may result in an application to a United States District Court for an order compelling compliance, and disobedience of such an order may be punished as contempt.
#SP 4
The information sought is relevant and material to a legitimate law enforcement inquiry. Disclosure of the existence of this subpoena may impede the investigation; you are requested not to disclose it.
#SP 14
#T Issued by: Ryan T. Castellanos, Special Agent / Group Supervisor | Date: October 15, 2026 · Tel. (205) 555-0184
#SP 20
#S DEA — Birmingham Resident Office · New Orleans Field Division
\f#C SCHEDULE A
#SP 6
For each person listed, produce: driver license / ID card application(s), digitized photograph, all addresses of record, and vehicle registration information.
#SP 6
#TB Name | Date of birth | AL DL
#T PICKENS, Demetrius Lamar | 09/09/1991 | 6603918
#T TRAN, Ngoc Anh | 02/17/1994 | 7315204
#SP 10
Records may be certified by the custodian as business records. Direct questions to SA Castellanos at (205) 555-0184.
"""
DOCS.append(dict(kind="scan", text=T19, font="serif", rot={1: 90}, label=label(
    19, "scanned", "DEA 21 USC 876 subpoena with Schedule A (page 2 scanned sideways)",
    "doj-dea", "Drug Enforcement Administration", "Ryan T. Castellanos", "Special Agent / Group Supervisor",
    None, "(205) 555-0184",
    [("Demetrius Lamar Pickens", "1991-09-09", [("license", "6603918")]),
     ("Ngoc Anh Tran", "1994-02-17", [("license", "7315204")])],
    ["21 USC 841", "21 USC 846", "PL 91-513", "21 USC 876"], "administrative_subpoena", None,
    "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")))

# ===================================================================== bbb20
S3115 = """#c DEPARTMENT OF HOMELAND SECURITY
#c U.S. Customs and Border Protection
#C SUMMONS
#c (19 U.S.C. 1509)
#T In the matter of: Alpine Trade Logistics LLC — Entry Nos. 231-4471092-6 et seq. | Summons No. SAV-2026-0093
#T2 To: | Custodian of Records, Georgia Department of Driver Services, 2206 East View Parkway, Conyers, GA 30013
#SP 4
You are hereby summoned and required to appear before Supervisory CBP Officer Hannah E. Lindqvist, an officer of U.S. Customs and Border Protection, or any other officer designated, to give testimony and to produce the records described below, which relate to the correctness of entries, the liability of persons for duties, fees and taxes, or the liability of persons for fines and penalties, or which otherwise relate to insuring compliance with the laws of the United States administered by CBP.
#SP 4
#B Records to be produced:
Driver license applications, photographs, addresses of record and vehicle registrations for:
  CORTÉS MEDINA, Rafael Ángel — DOB 04/02/1975 — GA DL 041 207 118
  MARKOVA, Svetlana Igorevna — DOB 10/19/1986 — GA DL 052 883 604
#SP 4
Place: U.S. Customs and Border Protection, 1 E. Bay Street, Savannah, GA 31401.   Date: November 5, 2026, 9:30 a.m.
#SP 4
If you fail to comply with this summons, the Attorney General may apply to the United States District Court for an order requiring compliance, as provided in 19 U.S.C. 1510.
#SP 12
#T Issued by: Hannah E. Lindqvist, Supervisory CBP Officer | Office of Field Operations, Port of Savannah · 912-555-0131 · Date: 10/16/2026
#SP 14
#S CBP Form 3115 (05/08)
"""


def _b20():
    m = email_msg("LINDQVIST, HANNAH E <hannah.e.lindqvist@cbp.dhs.gov>", "lawenforcement@dds.ga.gov",
                  "CBP Summons - Custodian of Records", mkdate(2026, 10, 16, 9, 5, -4),
                  body="""\
Good morning,

Attached is a CBP summons (Form 3115) for DDS records on two individuals
connected to Alpine Trade Logistics LLC. CBP is investigating the smuggling of
undeclared goods through the Port of Savannah in violation of 18 U.S.C. § 545,
together with HSI Savannah.

Electronic production to this address is acceptable in lieu of appearance.

Hannah E. Lindqvist
Supervisory CBP Officer, Fraud Enforcement Team
U.S. Customs and Border Protection, Office of Field Operations
Port of Savannah | 912-555-0131
""", html="""<html><body><p>Good morning,</p><p>Attached is a CBP summons (Form 3115) for DDS records on
two individuals connected to Alpine Trade Logistics LLC. CBP is investigating the smuggling of undeclared goods
through the Port of Savannah in violation of 18 U.S.C. &sect; 545, together with HSI Savannah.</p>
<p>Electronic production to this address is acceptable in lieu of appearance.</p>
<p>Hannah E. Lindqvist<br>Supervisory CBP Officer, Fraud Enforcement Team<br>U.S. Customs and Border Protection,
Office of Field Operations<br>Port of Savannah | 912-555-0131</p></body></html>""",
                  mid="CBP.sav.20261016.hel@cbp.dhs.gov")
    m.add_attachment(pdf_bytes(S3115, "sans", 9.5), maintype="application", subtype="pdf",
                     filename="Summons_SAV-2026-0093.pdf")
    return m


DOCS.append(dict(kind="eml", build=_b20, label=label(
    20, "eml", "multipart/alternative CBP e-mail with Form 3115 summons PDF",
    "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations", "Hannah E. Lindqvist",
    "Supervisory CBP Officer", "hannah.e.lindqvist@cbp.dhs.gov", "912-555-0131",
    [("Rafael Ángel Cortés Medina", "1975-04-02", [("license", "041207118")]),
     ("Svetlana Igorevna Markova", "1986-10-19", [("license", "052883604")])],
    ["19 USC 1509", "19 USC 1510", "18 USC 545"], "administrative_subpoena", "CBP Form 3115",
    "criminal_investigation", ["license", "photo", "address", "vehicle"], "email")))

# ===================================================================== bbb21
T21 = """#c U.S. Department of Justice
#C Federal Bureau of Investigation
#c Portland Field Office · 9109 NE Cascades Parkway · Portland, OR 97220
#HR
October 9, 2026

Oregon Department of Transportation
Driver and Motor Vehicle Services — Records Policy Unit
1905 Lana Ave NE, Salem, OR 97314

Re: Service of federal search warrant, Case No. 3:26-mc-00914

Dear Records Policy Unit:

Enclosed is a search and seizure warrant issued under Fed. R. Crim. P. 41 by a United States Magistrate Judge for the District of Oregon, together with Attachments A and B. The warrant authorizes the seizure of DMV records, described in Attachment B, relating to the two persons named in Attachment A. I understand that DMV releases personal information to law enforcement under ORS 802.179.

Please produce the records to me electronically. I can be reached at (503) 555-0128 or mybarra@fbi.gov.

Sincerely,
#SP 14
Mónica Ybarra
Special Agent
\f#S AO 93 (Rev. 11/13) Search and Seizure Warrant
#C UNITED STATES DISTRICT COURT
#c for the
#c District of Oregon
#SP 4
#T In the Matter of the Search of (Briefly describe the property to be searched or identify the person by name and address): RECORDS MAINTAINED BY OREGON DMV PERTAINING TO THE PERSONS DESCRIBED IN ATTACHMENT A | Case No. 3:26-mc-00914
#C SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
#SP 2
An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Oregon (identify the person or describe the property to be searched and give its location): See Attachment A.
#SP 2
I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal (identify the person or describe the property to be seized): See Attachment B.
#SP 2
YOU ARE COMMANDED to execute this warrant on or before October 23, 2026 (not to exceed 14 days)
   [X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause has been established.
#SP 2
Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place where the property was taken.
#SP 2
The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to Hon. Paul R. Whitaker (United States Magistrate Judge).
#SP 2
   [ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized.
#SP 10
#T Date and time issued: 10/09/2026 2:14 pm | Judge's signature: /s/ Paul R. Whitaker
#T City and state: Portland, Oregon | Paul R. Whitaker, United States Magistrate Judge (Printed name and title)
\f#C ATTACHMENT A — Property to Be Searched
Records maintained by the Oregon Department of Transportation, Driver and Motor Vehicle Services Division, 1905 Lana Ave NE, Salem, Oregon, pertaining to:
  1. TRINH, Duc Minh (a/k/a "Danny Trinh"), DOB 06/30/1985, Oregon DL 7390215
  2. SOKOLOVA, Ekaterina Pavlovna, DOB 03/14/1992, Oregon DL 8127746
#SP 10
#C ATTACHMENT B — Particular Things to Be Seized
All records constituting evidence of violations of 18 U.S.C. §§ 1028A (aggravated identity theft) and 1344 (bank fraud), namely: (a) all driver license and ID card applications; (b) photographs and signature images; (c) documents submitted to prove identity, residence or legal presence; (d) all addresses of record; (e) vehicle titles and registrations.
"""
DOCS.append(dict(kind="pdf", text=T21, font="serif", size=9.8, label=label(
    21, "born_digital", "FBI cover letter + AO 93 federal search warrant with attachments A/B",
    "doj-fbi", "Federal Bureau of Investigation, Portland Field Office", "Mónica Ybarra", "Special Agent",
    "mybarra@fbi.gov", "(503) 555-0128",
    [("Duc Minh Trinh", "1985-06-30", [("license", "7390215")]),
     ("Ekaterina Pavlovna Sokolova", "1992-03-14", [("license", "8127746")])],
    ["FRCrP 41", "ORS 802.179", "18 USC 3103a", "18 USC 2705", "18 USC 1028A", "18 USC 1344"],
    "judicial_warrant", "AO 93", "criminal_investigation",
    ["license", "photo", "identity_documents", "address", "vehicle"], "mail")))

# ===================================================================== bbb22
T22 = """#c EL PASO POLICE DEPARTMENT
#c Criminal Investigations Division — Financial Crimes Unit
#c 911 N. Raynor Street · El Paso, Texas 79903
#SP 8
TO: Texas Department of Public Safety, Driver License Division, Custodian of Records
FROM: Det. Esteban Ruelas #2290
DATE: October 8, 2026
RE: Search warrant — EPPD Case 26-271804
#SP 4
Attached is a signed search warrant for Driver License Division records on Marco Antonio JÁUREGUI-LUGO. Please fax or e-mail certified copies to me at (915) 555-0146 / ruelase@elpasotexas.gov.
#SP 4
— Det. E. Ruelas
#SP 14
#c THE STATE OF TEXAS          §
#c                             §
#c COUNTY OF EL PASO           §
#C SEARCH WARRANT
THE STATE OF TEXAS: To the Sheriff or any Peace Officer of El Paso County, Texas, or any Peace Officer of the State of Texas:
#SP 2
WHEREAS, the Affiant, Detective Esteban Ruelas, whose name appears on the affidavit annexed hereto, is a peace officer under the laws of Texas and did heretofore this day subscribe and swear to said affidavit before me (which said affidavit is here now made a part hereof for all purposes), and whereas I find that the verified facts stated by Affiant in said affidavit show that Affiant has probable cause for the belief he expresses therein and establishes existence of proper grounds for issuance of this warrant under Tex. Code Crim. Proc. art. 18.02(a)(10);
\f#B NOW, THEREFORE, you are commanded to enter the premises of the Texas Department of Public Safety, Driver License Division, 5805 N. Lamar Blvd., Austin, Texas, and there search for and seize the following:
  all driver license applications, photographs, thumbprint images, addresses of record, and identity documents on file for Marco Antonio JÁUREGUI-LUGO, DOB 01/11/1987, Texas DL 31774250,
which constitute evidence that the offense of Fraudulent Use or Possession of Identifying Information, Tex. Penal Code § 32.51, was committed and that Marco Antonio Jáuregui-Lugo committed said offense against the complainant, Dorothy Kessler.
#SP 4
HEREIN FAIL NOT, and due return make hereof.
#SP 4
ISSUED this the 7th day of October, 2026, at 3:40 o'clock P.M., to certify which witness my hand this day.
#SP 20
#R ______________________________
#R Hon. Adriana C. Villalobos
#R JUDGE, 384th District Court
#R El Paso County, Texas
"""
DOCS.append(dict(kind="scan", text=T22, font="serif", rot={}, label=label(
    22, "scanned", "police memo + Texas state search warrant (art. 18.02), complainant named",
    "local-police", "El Paso Police Department", "Esteban Ruelas", "Detective",
    "ruelase@elpasotexas.gov", "(915) 555-0146",
    [("Marco Antonio Jáuregui-Lugo", "1987-01-11", [("license", "31774250")])],
    ["TX CCP 18.02", "TX PC 32.51"], "judicial_warrant", None, "criminal_investigation",
    ["license", "photo", "address", "identity_documents"], "mail")))

# ===================================================================== bbb23
T23 = """#c GLYNN COUNTY SHERIFF'S OFFICE
#C Sheriff Darnell T. Broome
#c 1812 Newcastle Street · Brunswick, Georgia 31520 · (912) 555-0160
#HR
October 9, 2026

Georgia Department of Corrections
Office of Legal Services — Records Custodian
300 Patrol Road, Forsyth, GA 31029

Re: Search warrant for GDC inmate telephone and visitation records

Please find enclosed a search warrant signed by the Chief Magistrate of Glynn County on October 8, 2026 for the inmate telephone recordings and visitation records described in it. Kindly provide the records on disc or by secure transfer to my attention. I may be reached at (912) 555-0163 or sleggett@glynncounty-ga.gov.

Thank you for your assistance,
#SP 14
Inv. Shawna K. Leggett
Criminal Investigations Division
\f#C MAGISTRATE COURT OF GLYNN COUNTY
#C STATE OF GEORGIA
#C SEARCH WARRANT
#R Warrant No. SW-26-0772
TO ANY SHERIFF, DEPUTY SHERIFF, CORONER, CONSTABLE, MARSHAL, POLICE OFFICER, OR OTHER OFFICER CHARGED WITH THE DUTY OF ENFORCING THE CRIMINAL LAWS:
#SP 2
Affidavit having been made before me by Investigator Shawna K. Leggett, Glynn County Sheriff's Office, that she has reason to believe that at the Georgia Department of Corrections, 300 Patrol Road, Forsyth, Georgia, there is now located certain records, namely:
   (a) recordings and call detail of all inmate telephone calls placed by inmate Terrell DeShawn MACK, GDC ID 1000458823, DOB 04/16/1993, from 06/01/2026 to present;
   (b) visitation logs, visitor applications and addresses given by visitor Alicia Marie STOLTZ, DOB 07/02/1996;
which are being possessed in violation of O.C.G.A. § 16-13-30 and O.C.G.A. § 16-10-93, and constitute evidence of the crimes of trafficking in controlled substances and influencing a witness, the witness being one Rodney Pate.
#SP 2
I am satisfied that there is probable cause to believe that the records described are located at the premises described, and that the foregoing grounds for issuance of this warrant exist under O.C.G.A. § 17-5-21.
#SP 2
YOU ARE HEREBY COMMANDED to search forthwith the premises described for the records described, serving this warrant and making the search in the daytime or at any time of the day or night, and if the records are found there to seize them and bring them before me or another judicial officer. This warrant must be executed within ten (10) days of issuance.
#SP 4
WITNESS MY HAND AND SEAL this 8th day of October, 2026, at 11:20 a.m.
#SP 18
#R ______________________________________
#R Frances W. Oglesby, Chief Magistrate
#R Magistrate Court of Glynn County, Georgia
#SP 6
#c [SEAL]
"""
DOCS.append(dict(kind="pdf", text=T23, font="serif", size=10, label=label(
    23, "born_digital", "sheriff cover letter + Georgia magistrate search warrant for prison records, witness named",
    "sheriff", "Glynn County Sheriff's Office", "Shawna K. Leggett", "Investigator, Criminal Investigations Division",
    "sleggett@glynncounty-ga.gov", "(912) 555-0163",
    [("Terrell DeShawn Mack", "1993-04-16", [("other", "1000458823")]),
     ("Alicia Marie Stoltz", "1996-07-02", [])],
    ["OCGA 16-13-30", "OCGA 16-10-93", "OCGA 17-5-21"], "judicial_warrant", None, "criminal_investigation",
    ["other", "address"], "mail")))

# ===================================================================== bbb24
T24 = """#C NEW MEXICO STATE POLICE
#c Investigations Bureau — District 4, Las Cruces
#c 3773 Bataan Memorial West · Las Cruces, NM 88012
#SP 6
#C FACSIMILE
#T2 TO | NM Corrections Department, Probation & Parole Division — Records
#T2 FROM | Agent Felipe N. Baca
#T2 PHONE | 575-555-0171
#T2 E-MAIL | felipe.baca@dps.nm.gov
#T2 DATE | 10/10/2026
#T2 PAGES | 2
#SP 8
Attached is a copy of an arrest warrant for the subject below. NMSP requests NMCD provide his last known address, current probation/parole status and supervising officer, and most recent booking photograph.
#SP 4
   VILLEGAS-DURÁN, Armando José — DOB 09/22/1985 — NMCD #71544
#SP 4
Thank you.   — Agent F. Baca
\f#C STATE OF NEW MEXICO
#C COUNTY OF DOÑA ANA
#C THIRD JUDICIAL DISTRICT COURT
#SP 4
#T STATE OF NEW MEXICO, Plaintiff, v. ARMANDO JOSÉ VILLEGAS-DURÁN, Defendant. | No. D-307-CR-2026-00612
#C ARREST WARRANT
THE STATE OF NEW MEXICO TO ANY OFFICER AUTHORIZED TO EXECUTE THIS WARRANT:
#SP 2
You are hereby commanded to arrest ARMANDO JOSÉ VILLEGAS-DURÁN, date of birth 09/22/1985, and bring the defendant forthwith before the Third Judicial District Court, to answer the charge of Aggravated Battery (Great Bodily Harm), contrary to NMSA 1978, § 30-3-5(C), committed upon Lorenzo Apodaca on or about August 29, 2026 in Doña Ana County, New Mexico.
#SP 2
This warrant is issued upon a finding of probable cause pursuant to Rule 5-208 NMRA.
#SP 2
Conditions of release: Bond set at $25,000 cash or surety.
#SP 14
#T Date: October 9, 2026 | ______________________ District Judge Hon. Teresa M. Valdez
#SP 8
#B RETURN
I certify that I executed this warrant by arresting the defendant on ___________ at ___________.
#SP 14
______________________ Officer / Agency
"""
DOCS.append(dict(kind="fax", text=T24, font="sans",
                 header="10/10/26 FRI 15:07 FAX 575 555 0172 NMSP DIST 4 LAS CRUCES        P. {p}",
                 label=label(
    24, "fax", "state police fax cover + NM district court arrest warrant, victim named",
    "state-police", "New Mexico State Police", "Felipe N. Baca", "Agent",
    "felipe.baca@dps.nm.gov", "575-555-0171",
    [("Armando José Villegas-Durán", "1985-09-22", [("other", "71544")])],
    ["NMSA 30-3-5", "NM CrimP 5-208"], "judicial_warrant", None, "criminal_investigation",
    ["address", "criminal_history", "photo"], "fax")))

# ===================================================================== bbb25
T25 = """#c U.S. Department of Justice
#C United States Attorney's Office
#c Eastern District of Kentucky
#c Carlton E. Shirley, United States Attorney
#c 260 W. Vine Street, Suite 300 · Lexington, Kentucky 40507 · (859) 555-0100
#HR
October 13, 2026

Office of the General Counsel
Kentucky Transportation Cabinet
200 Mero Street, Frankfort, KY 40622

Re: Order under 18 U.S.C. § 2703(d) — Misc. No. 5:26-mc-00077-EBA

Dear Counsel:

Enclosed is an order of the United States District Court for the Eastern District of Kentucky directing the Cabinet to disclose subscriber and log-in records for online driver-services accounts held by the two persons named in the order. The order also prohibits notice to the account holders for one year under 18 U.S.C. § 2705(b).

Please produce the records to FBI Special Agent Neil Garver, the case agent, or to me. If you have any questions, I can be reached at (859) 555-0111 or jonathan.mabry@usdoj.gov.

Very truly yours,

CARLTON E. SHIRLEY
United States Attorney
#SP 4
By:
#SP 10
Jonathan R. Mabry
Assistant United States Attorney
\f#C UNITED STATES DISTRICT COURT
#C EASTERN DISTRICT OF KENTUCKY
#c CENTRAL DIVISION at LEXINGTON
#SP 4
#T IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d) | Misc. No. 5:26-mc-00077-EBA   FILED UNDER SEAL
#C ORDER
This matter having come before the Court pursuant to an application under Title 18, United States Code, Section 2703(b) and (c), which application requests the issuance of an order under Title 18, United States Code, Section 2703(d) directing the Kentucky Transportation Cabinet, which provides electronic communication and remote computing services to users of its online driver-services portal, to disclose certain records and other information, as set forth in Attachment A to this Order, the Court finds that the applicant has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation into violations of 18 U.S.C. §§ 1028 and 1029.
#SP 2
IT IS THEREFORE ORDERED, pursuant to Title 18, United States Code, Section 2703(d), that the Kentucky Transportation Cabinet shall, within ten days of the date of this Order, disclose to the United States the records described in Attachment A, for the accounts associated with:
   • Cody Allen WHITT, DOB 12/08/1992, KY OL W02-418-773
   • Darya Yurievna ZAITSEVA, DOB 05/21/1994
#SP 2
IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that the Cabinet shall not disclose the existence of the application or this Order to the listed account holders or any other person for a period of one year, except to its attorneys for the purpose of receiving legal advice.
#SP 2
Attachment A: account registration information (names, mailing and residential addresses, e-mail addresses, telephone numbers), log-in and session records with IP addresses, and records of address changes made online, from January 1, 2025 to the date of this Order.
#SP 12
#T Date: October 9, 2026 | /s/ Edward B. Atkins, United States Magistrate Judge
"""
DOCS.append(dict(kind="pdf", text=T25, font="serif", size=9.8, label=label(
    25, "born_digital", "USAO cover letter (US Attorney printed, AUSA signs 'By:') + 2703(d) order",
    "doj-usao", "United States Attorney's Office, Eastern District of Kentucky", "Jonathan R. Mabry",
    "Assistant United States Attorney", "jonathan.mabry@usdoj.gov", "(859) 555-0111",
    [("Cody Allen Whitt", "1992-12-08", [("license", "W02418773")]),
     ("Darya Yurievna Zaitseva", "1994-05-21", [])],
    ["18 USC 2703", "18 USC 2705", "18 USC 1028", "18 USC 1029"], "court_order", None, "criminal_investigation",
    ["address", "email", "phone", "other"], "mail")))

# ===================================================================== bbb26
T26 = """#c OFFICE OF THE STATE'S ATTORNEY FOR PRINCE GEORGE'S COUNTY
#c 14735 Main Street, Room M3403 · Upper Marlboro, Maryland 20772
#HR
October 14, 2026

Maryland Motor Vehicle Administration
Investigations Division — Records Custodian
6601 Ritchie Highway, N.E., Glen Burnie, MD 21062

Re: State of Maryland v. Deshawn Antoine Graves, Case No. C-16-CR-26-000482

Enclosed is a certified copy of an Order of the Circuit Court for Prince George's County directing the MVA to produce records in the above case. Release to a prosecuting agency is also permitted by 18 U.S.C. § 2721(b)(1). Please send certified copies to my attention.

Caroline B. Fitzhugh
Assistant State's Attorney
(301) 555-0137 · cbfitzhugh@co.pg.md.us
\f#T STATE OF MARYLAND | * IN THE
#T v. | * CIRCUIT COURT FOR
#T DESHAWN ANTOINE GRAVES, Defendant | * PRINCE GEORGE'S COUNTY, MARYLAND
#T  | * Case No. C-16-CR-26-000482
#c * * * * * * * * * * * * *
#C ORDER
Upon consideration of the State's Motion for Production of Motor Vehicle Administration Records, and good cause having been shown, it is this 13th day of October, 2026, by the Circuit Court for Prince George's County, Maryland,
#SP 2
ORDERED, that the Maryland Motor Vehicle Administration shall, within fifteen (15) days, produce to the Office of the State's Attorney for Prince George's County certified copies of the driver's license application records, photographs, vehicle registration history and addresses of record for:
    (1) Deshawn Antoine GRAVES, DOB 02/27/1995, MD license G-612-455-901-337; and
    (2) Yesenia Carolina MEJÍA PORTILLO, DOB 10/30/1997, registered owner of MD tag 3FK8812;
and it is further
#SP 2
ORDERED, that the records are produced pursuant to § 12-111 of the Transportation Article and Md. Rule 4-264 for use in the prosecution of the Defendant for armed robbery, Md. Code Ann., Crim. Law § 3-403, and shall not be disclosed for any other purpose.
#SP 16
#R ___________________________________
#R Judge Wendell P. Ashby
#R Circuit Court for Prince George's County
#SP 10
#c TRUE COPY — TEST: Loretta J. Tibbs, Clerk of the Circuit Court     [SEAL]
"""
DOCS.append(dict(kind="scan", text=T26, font="serif", rot={}, label=label(
    26, "scanned", "ASA cover note + Maryland circuit court order (boxed caption), two subjects",
    "district-attorney", "Office of the State's Attorney for Prince George's County", "Caroline B. Fitzhugh",
    "Assistant State's Attorney", "cbfitzhugh@co.pg.md.us", "(301) 555-0137",
    [("Deshawn Antoine Graves", "1995-02-27", [("license", "G612455901337")]),
     ("Yesenia Carolina Mejía Portillo", "1997-10-30", [])],
    ["18 USC 2721", "MD TR 12-111", "MD Rule 4-264", "MD CR 3-403"], "court_order", None, "criminal_investigation",
    ["license", "photo", "vehicle", "address"], "mail")))

# ===================================================================== bbb27
O27 = """#c IN THE DISTRICT COURT OF THE FOURTH JUDICIAL DISTRICT OF THE
#c STATE OF IDAHO, IN AND FOR THE COUNTY OF ADA
#SP 4
#T STATE OF IDAHO, Plaintiff, vs. TRAVIS LEE HOLLOWAY, Defendant. | Case No. CR01-26-18842   ORDER FOR RELEASE OF DEPARTMENT OF CORRECTION RECORDS
#SP 4
THIS MATTER having come before the Court upon the State's motion, and good cause appearing therefor, pursuant to I.C.R. 16,
#SP 2
IT IS HEREBY ORDERED that the Idaho Department of Correction release to Detective Kayla Brandvold of the Boise Police Department the following records concerning TRAVIS LEE HOLLOWAY, IDOC No. 118372, DOB 06/14/1988: (1) parole supervision file, including all reported residential addresses; (2) employment verification records; (3) photographs taken during supervision.
#SP 2
IT IS FURTHER ORDERED that the records shall be used only in the prosecution of the Defendant for Grand Theft, Idaho Code § 18-2407, and shall not be further disseminated.
#SP 4
DATED this 15th day of October, 2026.
#SP 14
#R __________________________________
#R MIRIAM E. SORENSEN
#R District Judge
"""


def _b27():
    m = email_msg("Kayla Brandvold <kbrandvold@cityofboise.org>", "IDOC Central Records <centralrecords@idoc.idaho.gov>",
                  "Court order - Holloway IDOC records", mkdate(2026, 10, 15, 16, 22, -6), body="""\
Hi,

Attached is a photo of the signed order from Judge Sorensen for IDOC records
on our suspect, Travis Holloway (IDOC #118372). Can you pull his parole file,
last reported address, and the employer info his PO (Jared Yates) had on file?
He told his PO he was working at Treasure Valley Roofing, which turned out to
be the victim business in my case.

The original certified copy is going out in the mail today.

Thanks!
Det. Kayla Brandvold #792
Boise Police Department | Property Crimes
(208) 555-0193

Sent from my iPhone
""", mid="BPD.20261015.kb@cityofboise.org")
    m.add_attachment(page_jpeg(pdf_bytes(O27, "serif", 10.5), "bbb27o", 27), maintype="image", subtype="jpeg",
                     filename="IMG_4471.jpg")
    return m


DOCS.append(dict(kind="eml", build=_b27, label=label(
    27, "eml", "detective e-mail from phone with JPEG photo of Idaho district court order",
    "local-police", "Boise Police Department", "Kayla Brandvold", "Detective",
    "kbrandvold@cityofboise.org", "(208) 555-0193",
    [("Travis Lee Holloway", "1988-06-14", [("other", "118372")])],
    ["ID CrimP 16", "ID Code 18-2407"], "court_order", None, "criminal_investigation",
    ["address", "employment", "photo", "other"], "email")))

# ===================================================================== bbb28
T28 = """#c U.S. Department of Justice
#c United States Attorney's Office · Middle District of Tennessee
#c 719 Church Street, Suite 3300 · Nashville, Tennessee 37203
#HR
October 12, 2026

Custodian of Records
Tennessee Department of Safety and Homeland Security, Driver Services Division
312 Rosa L. Parks Avenue, Nashville, TN 37243

Re: Grand Jury Subpoena No. 26-0381

Dear Custodian:

Enclosed is a federal grand jury subpoena for records of the Driver Services Division. In lieu of personal appearance, you may comply by producing the records described in the attachment, together with a certificate of authenticity under Fed. R. Evid. 902(11), to IRS-CI Special Agent Thomas Gurney on or before the return date. The records are sought in an investigation of violations of 18 U.S.C. § 1344; disclosure to a federal agency is permitted by T.C.A. § 55-25-107.

Grand jury matters are secret under Rule 6(e) of the Federal Rules of Criminal Procedure. You are requested not to disclose the existence of this subpoena.

Sincerely,
#SP 12
Rebecca L. Hargrove
Assistant United States Attorney
(615) 555-0102 · rebecca.hargrove@usdoj.gov
\f#S AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
#C UNITED STATES DISTRICT COURT
#c for the
#c Middle District of Tennessee
#C SUBPOENA TO TESTIFY BEFORE A GRAND JURY
#T2 To: | Custodian of Records, Tennessee Department of Safety and Homeland Security, Driver Services Division
#SP 4
YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to depart.
#T Place: U.S. Courthouse, 719 Church Street, Nashville, TN 37203, Grand Jury Room 2 | Date and Time: 11/04/2026 9:00 am
#SP 4
You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable): See Attachment.
#SP 14
#T Date: 10/12/2026 | CLERK OF COURT  /s/ D. Whitcomb-Hale, Signature of Clerk or Deputy Clerk
#SP 4
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Rebecca L. Hargrove, AUSA, 719 Church Street, Suite 3300, Nashville, TN 37203, rebecca.hargrove@usdoj.gov, (615) 555-0102
\f#C ATTACHMENT — Grand Jury Subpoena No. 26-0381
Produce for each person below: all driver license and ID applications, digitized photographs, addresses of record, and any vehicle records maintained by the Division.
#SP 4
#TB Name | Date of birth | TN DL no.
#T BIGGS, Jerome Alton | 03/30/1979 | 104558293
#T CARRASCO, Lizbeth Guadalupe | 07/07/1988 | 118204657
#T NUR, Faisal Abdi | 11/19/1991 | unknown
"""
DOCS.append(dict(kind="pdf", text=T28, font="serif", size=10, label=label(
    28, "born_digital", "AUSA letter + AO 110 grand jury subpoena + attachment table, three subjects",
    "doj-usao", "United States Attorney's Office, Middle District of Tennessee", "Rebecca L. Hargrove",
    "Assistant United States Attorney", "rebecca.hargrove@usdoj.gov", "(615) 555-0102",
    [("Jerome Alton Biggs", "1979-03-30", [("license", "104558293")]),
     ("Lizbeth Guadalupe Carrasco", "1988-07-07", [("license", "118204657")]),
     ("Faisal Abdi Nur", "1991-11-19", [])],
    ["FRE 902", "18 USC 1344", "TCA 55-25-107", "FRCrP 6"], "grand_jury_subpoena", "AO 110",
    "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")))

# ===================================================================== bbb29
T29 = """#c STATE OF ALABAMA — UNIFIED JUDICIAL SYSTEM
#C IN THE CIRCUIT COURT OF MOBILE COUNTY, ALABAMA
#C GRAND JURY SUBPOENA DUCES TECUM
#T Grand Jury Term: Fall 2026 | GJ No. 2026-F-118
#T2 TO: | Custodian of Records, Alabama Department of Corrections, 301 S. Ripley Street, Montgomery, AL 36104
#SP 4
YOU ARE HEREBY COMMANDED to appear before the Grand Jury of Mobile County, Alabama, at the Mobile Government Plaza, 205 Government Street, Mobile, Alabama, on the 2nd day of November, 2026, at 9:00 A.M., then and there to testify and give evidence on behalf of the State of Alabama, and to bring with you the following:
#SP 2
  1. All inmate telephone call detail records, visitation records and disciplinary reports for inmate Cedric Lamont YARBROUGH, AIS #00298114, DOB 01/19/1984, from March 1, 2026 to present;
  2. The personnel file, post assignments and time records of ADOC Correctional Officer Brittany Nicole HALE, Fountain Correctional Facility;
#SP 2
relating to a matter under investigation by the Grand Jury concerning the promotion of prison contraband, Ala. Code § 13A-10-36. Production may be made to the District Attorney in lieu of appearance, pursuant to Ala. R. Crim. P. 17.1.
#SP 4
Warden Lyle Dunaway has been separately subpoenaed to testify.
#SP 4
WITNESS my hand this 9th day of October, 2026.
#SP 14
#T ____________________ Circuit Clerk, Mobile County (by Deputy Clerk) | [SEAL OF THE CIRCUIT COURT]
#SP 6
#T2 Issued at the request of: | Marcus A. Tillery, Chief Deputy District Attorney, Office of the District Attorney, 13th Judicial Circuit, 205 Government St., Mobile, AL 36644 · (251) 555-0148 · mtillery@mobileda.org
#SP 10
#S Disobedience of this subpoena may be punished as contempt of court.
"""
DOCS.append(dict(kind="scan", text=T29, font="serif", rot={0: 180}, label=label(
    29, "scanned", "Alabama county grand jury SDT (scanned upside down), inmate + officer subjects, warden named",
    "district-attorney", "Office of the District Attorney, 13th Judicial Circuit", "Marcus A. Tillery",
    "Chief Deputy District Attorney", "mtillery@mobileda.org", "(251) 555-0148",
    [("Cedric Lamont Yarbrough", "1984-01-19", [("other", "00298114")]),
     ("Brittany Nicole Hale", None, [])],
    ["AL Code 13A-10-36", "AL CrimP 17.1"], "grand_jury_subpoena", None, "criminal_investigation",
    ["other", "employment"], "mail")))

# ===================================================================== bbb30
T30 = """#C MIDDLESEX COUNTY PROSECUTOR'S OFFICE
#c 25 Kirkpatrick Street, New Brunswick, NJ 08901 · Fax 732-555-0125
#C FAX COVER SHEET
#T2 To | NJ MVC — Legal & Regulatory Affairs / Subpoena Unit
#T2 From | Daniel F. Kowalczyk, Assistant Prosecutor
#T2 Phone | 732-555-0124
#T2 E-mail | daniel.kowalczyk@co.middlesex.nj.us
#T2 Re | State v. Hryhorenko, Ind. No. 26-05-00731-I
#T2 Pages | 2
#SP 6
Subpoena duces tecum attached. Certified records may be produced in lieu of appearance.
\f#T STATE OF NEW JERSEY, Plaintiff, v. VIKTOR HRYHORENKO and ROSA MARÍA IBÁÑEZ DE LEÓN, Defendants. | SUPERIOR COURT OF NEW JERSEY, LAW DIVISION — CRIMINAL PART, MIDDLESEX COUNTY. Indictment No. 26-05-00731-I. Prosecutor's File No. 26-1187
#C SUBPOENA DUCES TECUM
THE STATE OF NEW JERSEY, TO: Custodian of Records, New Jersey Motor Vehicle Commission, 225 East State Street, Trenton, NJ 08666
#SP 2
YOU ARE HEREBY COMMANDED to appear before the Superior Court of New Jersey at the Middlesex County Courthouse, 56 Paterson Street, New Brunswick, New Jersey, on November 16, 2026 at 9:00 a.m., and to bring with you certified copies of the following, pursuant to R. 1:9-1 and R. 1:9-2:
  Driver license history, digitized photographs, addresses of record, and vehicle registration and title history for:
   • HRYHORENKO, Viktor — DOB 02/08/1983 — NJ DL H6218 40773 08832
   • IBÁÑEZ DE LEÓN, Rosa María — DOB 06/21/1990
#SP 2
These records are required in the prosecution of the defendants for theft by unlawful taking, N.J.S.A. 2C:20-3, and forgery, N.J.S.A. 2C:21-1, involving vehicles taken from Edison Auto Mall.
#SP 2
Failure to appear according to the command of this subpoena will make you liable to punishment for contempt of court. R. 1:9-5.
#SP 10
#T /s/ Daniel F. Kowalczyk, Assistant Prosecutor, Attorney for the State | /s/ Clerk of the Superior Court — Michelle R. Santangelo
#T Dated: October 16, 2026 | [Seal of the Superior Court]
"""
DOCS.append(dict(kind="fax", text=T30, font="serif", size=9.8,
                 header="OCT 16 2026 02:31PM  MCPO TRIAL SECTION  7325550125      p.{p}",
                 label=label(
    30, "fax", "prosecutor fax cover + NJ Superior Court subpoena duces tecum, two defendants",
    "district-attorney", "Middlesex County Prosecutor's Office", "Daniel F. Kowalczyk", "Assistant Prosecutor",
    "daniel.kowalczyk@co.middlesex.nj.us", "732-555-0124",
    [("Viktor Hryhorenko", "1983-02-08", [("license", "H62184077308832")]),
     ("Rosa María Ibáñez de León", "1990-06-21", [])],
    ["NJ R 1:9-1", "NJ R 1:9-2", "NJSA 2C:20-3", "NJSA 2C:21-1", "NJ R 1:9-5"], "court_subpoena", None,
    "criminal_investigation", ["license", "photo", "address", "vehicle"], "fax")))

# ===================================================================== bbb31
S31 = """#c VIRGINIA:
#C IN THE CIRCUIT COURT OF FAIRFAX COUNTY
#T COMMONWEALTH OF VIRGINIA v. TUAN ANH PHAM | Case No. FE-2026-0000418
#C SUBPOENA DUCES TECUM (CRIMINAL)
#c Va. Code § 19.2-267; Rule 3A:12(b)
#SP 4
TO THE SHERIFF OF THE CITY OF RICHMOND: You are commanded to summon
#T2 Custodian of Records | Virginia Department of Motor Vehicles, 2300 West Broad Street, Richmond, VA 23220
#SP 2
to produce the following documents before this Court at 4110 Chain Bridge Road, Fairfax, Virginia, on December 7, 2026 at 10:00 a.m., the date of trial:
#SP 2
   Certified copies of the complete customer record of TUAN ANH PHAM, DOB 04/04/1989, Virginia customer no. T70-55-1298, including license and ID card applications, source documents presented, photographs, address history, and vehicle registrations.
#SP 2
The defendant is charged with obtaining money by false pretenses, Va. Code § 18.2-178. Requested by the Commonwealth.
#SP 10
#T Issued: October 19, 2026 | ____________________ Deputy Clerk, Circuit Court of Fairfax County
#T2 Requested by: | Lindsey Q. Parrish, Assistant Commonwealth's Attorney, VSB No. 88412, 4110 Chain Bridge Road, Fairfax, VA 22030, (703) 555-0174
"""


def _b31():
    body = """\
Good afternoon,

Attached is a criminal subpoena duces tecum for DMV records in Commonwealth v.
Pham, set for trial December 7. We don't need a records custodian to appear
if DMV can send a certified copy in advance. The victim in the case, Gloria
Benavides, has already been interviewed; we only need the defendant's DMV file.

Thank you,

Lindsey Q. Parrish
Assistant Commonwealth's Attorney
Office of the Commonwealth's Attorney, Fairfax County
(703) 555-0174 | lparrish@fairfaxcounty.gov
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in body.strip().split("\n\n")) + "</body></html>"
    m = email_msg("Parrish, Lindsey Q. <lparrish@fairfaxcounty.gov>", "DMV Law Enforcement Liaison <dmvlawenforcement@dmv.virginia.gov>",
                  "SDT - Commonwealth v. Pham FE-2026-418", mkdate(2026, 10, 19, 14, 2, -4), body=body, html=html,
                  mid="OCA.fx.20261019.lqp@fairfaxcounty.gov")
    m.add_attachment(pdf_bytes(S31, "serif", 10), maintype="application", subtype="pdf", filename="SDT_Pham_DMV.pdf")
    return m


DOCS.append(dict(kind="eml", build=_b31, label=label(
    31, "eml", "Commonwealth's Attorney e-mail (multipart/alternative) with Virginia criminal SDT PDF",
    "district-attorney", "Office of the Commonwealth's Attorney, Fairfax County", "Lindsey Q. Parrish",
    "Assistant Commonwealth's Attorney", "lparrish@fairfaxcounty.gov", "(703) 555-0174",
    [("Tuan Anh Pham", "1989-04-04", [("license", "T70551298")])],
    ["VA Code 19.2-267", "VA R 3A:12", "VA Code 18.2-178"], "court_subpoena", None, "criminal_investigation",
    ["license", "identity_documents", "photo", "address", "vehicle"], "email")))

# ===================================================================== bbb32
T32 = """#c IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT
#c IN AND FOR MIAMI-DADE COUNTY, FLORIDA
#c CIVIL DIVISION
#R CASE NO.: 2025-018842-CA-01
#SP 4
MARISELA FUENTES,
      Plaintiff,
v.
ATLANTIC COAST CARRIERS, LLC, and JAMES EDWARD PULLIAM,
      Defendants.
______________________________________/
#SP 4
#C SUBPOENA DUCES TECUM WITHOUT DEPOSITION
THE STATE OF FLORIDA:
TO: Records Custodian, Florida Department of Highway Safety and Motor Vehicles, Division of Motorist Services, Neil Kirkman Building, 2900 Apalachee Parkway, Tallahassee, FL 32399
#SP 2
YOU ARE COMMANDED to produce on or before November 20, 2026, at the offices of Quintero & Saldaña, P.A., 2333 Ponce de Leon Blvd., Suite 610, Coral Gables, FL 33134, the following documents, pursuant to Fla. R. Civ. P. 1.351 and 1.410:
#SP 2
   Complete driver license file and driving history, including license applications, suspensions, and crash reports, for JAMES EDWARD PULLIAM, DOB 12/22/1969, Florida DL P415-882-69-462-0.
#SP 2
These items will be used as evidence in this civil action. Production is authorized by section 322.20, Florida Statutes, and 18 U.S.C. § 2721(b)(4). In lieu of production in person, you may mail certified copies to the attorney named below.
#SP 2
If you fail to comply with this subpoena, you may be in contempt of court. You are subpoenaed by the attorney whose name appears on this subpoena, and unless excused by that attorney or the Court, you shall respond as directed.
#SP 6
DATED on October 20, 2026.
#SP 10
#T ELENA R. CASTELLÓ, Clerk of the Court and Comptroller | By: ____________________ Deputy Clerk
#SP 10
#R _______________________________
#R Andrés F. Quintero, Esq.
#R Florida Bar No. 0812247
#R QUINTERO & SALDAÑA, P.A.
#R Attorneys for Plaintiff
#R (305) 555-0190 · aquintero@qslawfirm.com
#SP 10
#S If you are a person with a disability who needs any accommodation in order to participate in this proceeding, you are entitled, at no cost to you, to the provision of certain assistance. Please contact ADA Coordination, Lawson E. Thomas Courthouse Center.
"""
DOCS.append(dict(kind="pdf", text=T32, font="serif", size=10, label=label(
    32, "born_digital", "Florida civil attorney-issued subpoena duces tecum without deposition",
    "other", "Quintero & Saldaña, P.A.", "Andrés F. Quintero", "Attorney for Plaintiff",
    "aquintero@qslawfirm.com", "(305) 555-0190",
    [("James Edward Pulliam", "1969-12-22", [("license", "P415882694620")])],
    ["FL CivP 1.351", "FL CivP 1.410", "FS 322.20", "18 USC 2721"], "court_subpoena", None, "unknown",
    ["license", "other"], "mail")))


# ---------------------------------------------------------------------------
def main():
    assert len(DOCS) == 32, len(DOCS)
    for d in DOCS:
        lab = d["label"]
        i = lab["id"]
        seed = int(i[3:])
        k = d["kind"]
        if k == "pdf":
            data = pdf_bytes(d["text"], d.get("font", "serif"), d.get("size", 10.5), title=None)
            open(os.path.join(OUT, i + ".pdf"), "wb").write(data)
        elif k == "scan":
            data = pdf_bytes(d["text"], d.get("font", "serif"), d.get("size", 10.5))
            scanned_pdf(data, os.path.join(OUT, i + ".pdf"), seed, dpi=200, rotations=d.get("rot"))
        elif k == "fax":
            data = pdf_bytes(d["text"], d.get("font", "sans"), d.get("size", 10.5))
            fax_tiff(data, os.path.join(OUT, i + ".tif"), header=d.get("header"), seed=seed)
        elif k == "eml":
            m = d["build"]()
            for n, part in enumerate(m.walk()):
                if part.is_multipart():
                    part.set_boundary("===============%s_%d==" % (i, n))
            open(os.path.join(OUT, i + ".eml"), "wb").write(bytes(m))
        elif k == "txt":
            open(os.path.join(OUT, i + ".txt"), "w", encoding="utf-8").write(d["text"])
        with open(os.path.join(OUT, i + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
