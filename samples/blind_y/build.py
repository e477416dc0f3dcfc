#!/usr/bin/env python3
"""Build the blind-y sample set (32 request documents + expected labels).

Written by an independent author who never saw the document-reading program.
Deterministic: fixed seeds, fixed dates, reportlab invariant mode.
Run:  /work/main/.venv/bin/python samples/blind_y/build.py
"""
import datetime
import time
import io
import json
import os
import re
import subprocess
import tempfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab.lib.fonts import addMapping  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_y"
FAMILY = "blind-y"
FD = "/usr/share/fonts/truetype/dejavu/"

for fam, files in {
    "Sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "Serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "Cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique",
             "DejaVuSansCondensed-BoldOblique"),
    "SerifC": ("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-Italic",
               "DejaVuSerifCondensed-BoldItalic"),
    "Mono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique", "DejaVuSansMono-BoldOblique"),
}.items():
    names = [fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic"]
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, FD + f + ".ttf"))
    addMapping(fam, 0, 0, names[0])
    addMapping(fam, 1, 0, names[1])
    addMapping(fam, 0, 1, names[2])
    addMapping(fam, 1, 1, names[3])


def seed_for(key):
    return zlib.crc32(key.encode("utf-8"))


# ----------------------------------------------------------------------------------------------
# text / layout helpers
# ----------------------------------------------------------------------------------------------
def fix(t):
    return re.sub(r"&(?!amp;|lt;|gt;|#\d+;|nbsp;)", "&amp;", t)


def st(font="Serif", size=10.5, lead=None, align=TA_LEFT, after=5, before=0, indent=0, first=0):
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=lead or size * 1.3, alignment=align,
                          spaceAfter=after, spaceBefore=before, leftIndent=indent, firstLineIndent=first)


def P(t, **kw):
    return Paragraph(fix(t), st(**kw))


def C(t, **kw):
    kw.setdefault("align", TA_CENTER)
    return P(t, **kw)


def lines(text, **kw):
    """A block of short lines (address block) -> one paragraph with <br/>."""
    kw.setdefault("after", 8)
    return P("<br/>".join(text.strip("\n").split("\n")), **kw)


def sp(h=8):
    return Spacer(1, h)


def hr(w=0.8, after=6):
    return HRFlowable(width="100%", thickness=w, color=colors.black, spaceBefore=2, spaceAfter=after)


def letterhead(left, right=None, font="Serif", size=9, lw=None, rw=None, rule=True):
    lw = lw or 4.4 * inch
    rw = rw or 2.3 * inch
    lp = Paragraph(fix("<br/>".join(left)), st(font=font, size=size, after=0))
    cells = [lp]
    widths = [lw]
    if right:
        cells.append(Paragraph(fix("<br/>".join(right)), st(font=font, size=size - 1, align=TA_RIGHT, after=0)))
        widths.append(rw)
    t = Table([cells], colWidths=widths)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    out = [t]
    if rule:
        out.append(hr(1.2, 10))
    return out


def grid(rows, widths, font="Sans", size=8.5, lsize=6.5, pad=3, box=True, header=False):
    """rows: list of rows; a cell is a str (value only) or (label, value)."""
    data = []
    for r in rows:
        row = []
        for c in r:
            if isinstance(c, tuple):
                lab, val = c
                row.append(Paragraph(fix(f'<font size="{lsize}">{lab}</font><br/>{val}'),
                                     st(font=font, size=size, after=0)))
            else:
                row.append(Paragraph(fix(c), st(font=font, size=size, after=0)))
        data.append(row)
    t = Table(data, colWidths=widths)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), pad),
             ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if box:
        style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
    t.setStyle(TableStyle(style))
    return t


def build_pdf(path, story, footer=None, top_note=None, margins=(0.85, 0.85, 0.8, 0.8), title="",
              footer_font=("Sans", 6.5), page_numbers=False):
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=l * inch, rightMargin=r * inch,
                            topMargin=t * inch, bottomMargin=b * inch, title=title, author="", subject="",
                            creator="", invariant=1)

    def onpage(c, d):
        c.saveState()
        W, H = letter
        if footer:
            c.setFont(*footer_font)
            y = 0.45 * inch
            for i, ln in enumerate(footer.split("\n")):
                c.drawCentredString(W / 2, y - i * (footer_font[1] + 2), ln.replace("{page}", str(d.page)))
        if page_numbers:
            c.setFont("Sans", 7.5)
            c.drawRightString(W - r * inch, 0.3 * inch, f"Page {d.page}")
        if top_note:
            c.setFont("Sans", 7)
            c.drawString(l * inch, H - 0.45 * inch, top_note)
        c.restoreState()

    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def pdf_bytes(story, **kw):
    fd, p = tempfile.mkstemp(suffix=".pdf", dir=TMP)
    os.close(fd)
    build_pdf(p, story, **kw)
    with open(p, "rb") as f:
        data = f.read()
    os.remove(p)
    return data


# ----------------------------------------------------------------------------------------------
# raster pipelines
# ----------------------------------------------------------------------------------------------
def rasterize(pdf_path, dpi=200, key="x"):
    d = os.path.join(TMP, "r_" + key)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf_path, os.path.join(d, "p")], check=True)
    return [Image.open(os.path.join(d, f)).convert("L") for f in sorted(os.listdir(d))]


def degrade_scan(img, rs, angle, turn=0, grey=0.86, noise=5.0, quality=55, blur=0.5):
    a = np.asarray(img).astype(np.float32)
    a = 18 + a * ((255 * grey - 18) / 255.0)
    # uneven illumination: gentle gradient
    h, w = a.shape
    gy = np.linspace(0, 1, h)[:, None]
    gx = np.linspace(0, 1, w)[None, :]
    a = a - 10 * gy * gx
    a = a + rs.normal(0, noise, a.shape)
    # dust specks
    for _ in range(int(rs.integers(40, 120))):
        y, x = int(rs.integers(0, h - 3)), int(rs.integers(0, w - 3))
        a[y:y + int(rs.integers(1, 3)), x:x + int(rs.integers(1, 3))] = rs.uniform(40, 120)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=int(255 * grey - 8))
    if turn:
        im = im.rotate(turn, expand=True)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("L")


def scanned_pdf_bytes(src_pdf, key, turns=None, dpi=200, quality=55, grey=0.86):
    rs = np.random.default_rng(seed_for(key))
    pages = rasterize(src_pdf, dpi=dpi, key=key)
    out = []
    for i, pg in enumerate(pages):
        turn = (turns or {}).get(i, 0)
        ang = float(rs.uniform(0.5, 2.0)) * (1 if rs.random() < 0.5 else -1)
        out.append(degrade_scan(pg, rs, ang, turn=turn, grey=grey, quality=quality))
    buf = io.BytesIO()
    fixed = time.gmtime(1740830400)
    out[0].save(buf, "PDF", save_all=True, append_images=out[1:], resolution=float(dpi), quality=quality,
                creationDate=fixed, modDate=fixed, producer="", creator="")
    return buf.getvalue()


def photo_jpeg(img, key, angle=1.8, quality=72, scale=0.6):
    """A phone photo of a paper page: colour cast, vignette, tilt."""
    rs = np.random.default_rng(seed_for(key))
    img = img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    d = np.sqrt(((yy - h / 2) / h) ** 2 + ((xx - w / 2) / w) ** 2)
    shade = 1.0 - 0.35 * d
    a = (25 + a * 0.82) * shade + rs.normal(0, 4, a.shape)
    a = np.clip(a, 0, 255)
    rgb = np.stack([a * 1.0, a * 0.96, a * 0.88], axis=2)
    im = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(70, 62, 55))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


MONO = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)


def fax_tiff(src_pdf, out_path, key, headers=None, threshold=150):
    rs = np.random.default_rng(seed_for(key))
    pages = rasterize(src_pdf, dpi=200, key=key)
    out = []
    for i, pg in enumerate(pages):
        a = np.asarray(pg).astype(np.float32)
        a = a + rs.normal(0, 22, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        ang = float(rs.uniform(-0.6, 0.6))
        im = im.rotate(ang, resample=Image.BILINEAR, fillcolor=255)
        bw = im.point(lambda v: 255 if v > threshold else 0).convert("1")
        if headers:
            bw = bw.convert("L")
            dr = ImageDraw.Draw(bw)
            dr.rectangle([0, 0, bw.width, 44], fill=255)
            dr.text((30, 10), headers[i] if isinstance(headers, list) else headers.format(p=i + 1, n=len(pages)),
                    font=MONO, fill=0)
            bw = bw.point(lambda v: 255 if v > 128 else 0).convert("1")
        # random speckle noise typical of fax lines
        arr = np.array(bw, dtype=bool)
        mask = rs.random(arr.shape) < 0.0006
        arr[mask] = ~arr[mask]
        out.append(Image.fromarray(arr))
    out[0].save(out_path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


# ----------------------------------------------------------------------------------------------
# email helpers
# ----------------------------------------------------------------------------------------------
def fix_boundaries(msg, key):
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"----=_Part_{seed_for(key) % 99991}_{i}.{seed_for(key + str(i)) % 1000003}")
    return msg


def dt(y, mo, d, h, mi, tzh=-5):
    return datetime.datetime(y, mo, d, h, mi, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=tzh)))


def write_eml(path, msg, key):
    fix_boundaries(msg, key)
    with open(path, "wb") as f:
        f.write(bytes(msg))


# ----------------------------------------------------------------------------------------------
# expected record
# ----------------------------------------------------------------------------------------------
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def E(id, fmt, template, agency_key, agency_name, person, title, email, phone, subjects, basis, ptype, form,
      purpose, records, channel):
    return {
        "id": id, "family": FAMILY, "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person, "title": title,
                      "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": ptype != "none",
        "purpose": purpose, "records_requested": records, "channel": channel,
    }


DOCS = []


def register(fn):
    DOCS.append(fn)
    return fn


def out(name):
    return os.path.join(OUT, name)


def src(name):
    return os.path.join(TMP, name)


SIG = '<font name="Serif-Italic" size="13">{}</font>'  # a typed stand-in for an ink signature


# ==============================================================================================
# by01  DOL-OIG letter to Texas Workforce Commission (born digital, no process)
# ==============================================================================================
@register
def by01():
    i = "by01"
    s = []
    s += letterhead(["<b>U.S. Department of Labor</b>", "Office of Inspector General",
                     "Office of Investigations – Labor Racketeering and Fraud", "Dallas Regional Office",
                     "525 S. Griffin Street, Room 411", "Dallas, Texas 75202"],
                    ["Marcus T. Whitfield", "Special Agent in Charge", "", "Main (214) 555-0140",
                     "Fax (214) 555-0141"])
    s.append(P("February 10, 2025", after=12))
    s.append(lines("""Texas Workforce Commission
Regulatory Integrity Division
Attn: Custodian of Records
101 East 15th Street, Room 0360
Austin, Texas 78778-0001"""))
    s.append(P("<b>Re:&nbsp;&nbsp;Request for Unemployment Insurance Records<br/>"
               "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;OIG Case No. 25-DAL-0117-UIF</b>", after=10))
    s.append(P("Dear Custodian of Records:"))
    body = [
        "The U.S. Department of Labor, Office of Inspector General (DOL-OIG), is conducting a criminal "
        "investigation of a scheme to obtain unemployment insurance (UI) benefits from the Texas Workforce "
        "Commission through fictitious employers and false wage claims. The conduct under investigation may "
        "constitute violations of Title 18, United States Code, Sections 1343 (wire fraud), 1028A (aggravated "
        "identity theft) and 641 (theft of public money).",
        "To assist in this investigation, DOL-OIG requests the following records for the individuals listed "
        "below, for the period January 1, 2022, through the present:",
    ]
    for b in body:
        s.append(P(b, align=TA_JUSTIFY))
    for n, b in enumerate([
        "All initial and continued UI claims, including the claim application, claimant-reported mailing and "
        "residential addresses, telephone numbers and e-mail addresses, and the IP addresses from which claims "
        "and payment requests were filed;",
        "Benefit payment history, including the bank routing and account numbers or debit card to which "
        "payments were issued; and",
        "Quarterly wage records, together with the name, address and TWC account number of each employer "
        "reporting wages for the individual."], 1):
        s.append(P(f"{n}.&nbsp;&nbsp;{b}", indent=24, first=-14, align=TA_JUSTIFY))
    s.append(sp(4))
    s.append(grid([["<b>Name</b>", "<b>Date of Birth</b>", "<b>SSN (last four)</b>"],
                   ["TRAN, Minh Van", "11/23/1984", "xxx-xx-6612"],
                   ["IBÁÑEZ-RUIZ, Dolores", "05/17/1979", "xxx-xx-0398"],
                   ["PRUITT, Kevin James", "02/08/1990", "xxx-xx-2277"]],
                  [2.6 * inch, 1.6 * inch, 1.8 * inch], font="Serif", size=10, header=True))
    s.append(sp(10))
    for b in [
        "Disclosure of confidential unemployment compensation information to DOL-OIG for the purpose of an "
        "investigation is permitted under 20 C.F.R. Part 603 and Texas Labor Code § 301.081.",
        "Please do not notify the individuals named above of this request, as doing so could compromise an "
        "ongoing investigation. Records may be provided electronically to the undersigned at "
        "okonjo.rebecca@oig.dol.gov or mailed to the address above. If you have any questions, please contact "
        "me directly at (214) 555-0142.",
        "Thank you for your assistance."]:
        s.append(P(b, align=TA_JUSTIFY))
    s.append(P("Sincerely,", before=6, after=4))
    s.append(P(SIG.format("Rebecca A. Okonjo"), after=0))
    s.append(lines("Rebecca A. Okonjo\nSpecial Agent\nDallas Regional Office", after=14))
    s.append(P("cc:&nbsp;&nbsp;Daniel Reyes, Assistant United States Attorney, Northern District of Texas",
               size=9))
    build_pdf(out(i + ".pdf"), s, title="TWC records request",
              footer="LAW ENFORCEMENT SENSITIVE – This letter and any records produced in response are the property "
                     "of the DOL-OIG\nand may not be disseminated outside your agency without prior approval.")
    return E(i, "born_digital", "OIG letterhead letter, SAC above signer, subject table",
             "dol-oig", "U.S. Department of Labor, Office of Inspector General", "Rebecca A. Okonjo",
             "Special Agent", "okonjo.rebecca@oig.dol.gov", "(214) 555-0142",
             [("Minh Van Tran", "1984-11-23", [("ssn_last4", "6612")]),
              ("Dolores Ibáñez-Ruiz", "1979-05-17", [("ssn_last4", "0398")]),
              ("Kevin James Pruitt", "1990-02-08", [("ssn_last4", "2277")])],
             ["18 USC 1343", "18 USC 1028A", "18 USC 641", "20 CFR 603", "TX Labor Code 301.081"],
             "none", None, "criminal_investigation",
             ["claims", "benefits", "wages", "employment", "address", "phone", "email", "other"], "mail")


# ==============================================================================================
# by02  short ICE e-mail to Tennessee labor department (plain text)
# ==============================================================================================
@register
def by02():
    i = "by02"
    m = EmailMessage()
    m["From"] = '"Castaneda, Rolando" <rolando.castaneda@ice.dhs.gov>'
    m["To"] = "UI Records Requests <ui.records@tn.gov>"
    m["Subject"] = "Employer info request"
    m["Date"] = format_datetime(dt(2025, 1, 14, 8, 3, -6))
    m["Message-ID"] = "<SA1PR09MB8811C3E2A0F4@SA1PR09MB8811.namprd09.prod.outlook.com>"
    m.set_content("""Good morning,

I'm trying to find current employer info for the below individual. Can your office run him for any wages reported in the last 4 quarters and give me the employer name/address on file? Also the last address you have for him.

ESPINOZA ARAUJO, Wilmer Josué     DOB 07/02/1996     A# 215 447 890

This is for official use only. Authority: 8 U.S.C. 1357.

Thanks,

R. Castañeda
Officer
U.S. Immigration and Customs Enforcement
Memphis, TN
Desk: 901-555-0113

WARNING: This email and any attachments are FOR OFFICIAL USE ONLY (FOUO). It may contain information exempt from public release under the Freedom of Information Act.
""")
    write_eml(out(i + ".eml"), m, i)
    return E(i, "eml", "terse plain-text ICE email, no component named",
             "dhs-ice", "U.S. Immigration and Customs Enforcement", "Rolando Castañeda", "Officer",
             "rolando.castaneda@ice.dhs.gov", "901-555-0113",
             [("Wilmer Josué Espinoza Araujo", "1996-07-02", [("a_number", "A215447890")])],
             ["8 USC 1357"], "none", None, "civil_immigration", ["employment", "wages", "address"], "email")


# ==============================================================================================
# by03  ERO e-mail with DHS Form I-138 PDF (administrative subpoena) to Georgia DOL
# ==============================================================================================
def i138_story():
    s = []
    s.append(grid([[("", "<b>DEPARTMENT OF HOMELAND SECURITY</b><br/>U.S. Immigration and Customs Enforcement"),
                    ("Subpoena Number", "ATL-ERO-2025-0316")]], [4.9 * inch, 1.9 * inch], size=9))
    s.append(sp(6))
    s.append(C("<b>IMMIGRATION ENFORCEMENT SUBPOENA</b>", font="Sans", size=14, after=2))
    s.append(C("To Require Attendance and/or Production of Documents or Records", font="Sans", size=9, after=8))
    s.append(grid([[("In the Matter of", "Oswaldo NÚÑEZ GÓMEZ"), ("File No.", "A 208 113 564")],
                   [("To (name and address)", "Custodian of Records<br/>Georgia Department of Labor<br/>"
                                              "148 Andrew Young International Blvd NE<br/>Atlanta, GA 30303"),
                    ("Date of Birth", "09/14/1991")]], [4.9 * inch, 1.9 * inch], size=9))
    s.append(sp(6))
    s.append(P("By the authority vested in the Secretary of Homeland Security by section 235(d)(4)(A) of the "
               "Immigration and Nationality Act (8 U.S.C. § 1225(d)(4)(A)) and 8 C.F.R. § 287.4, YOU ARE HEREBY "
               "COMMANDED to produce the records described below in connection with an investigation or inquiry "
               "relating to the enforcement of the immigration laws of the United States, namely the "
               "admissibility, deportability or removability of the above-named individual.", font="Sans",
               size=9, align=TA_JUSTIFY))
    s.append(grid([[("Records to be produced",
                     "For the period January 1, 2022 to the present: (1) all quarterly wage records reported for "
                     "the above-named individual, including the name, address and account number of each "
                     "reporting employer; (2) any unemployment insurance claims filed by the individual; "
                     "(3) the most recent residential and mailing address on file.")]],
                  [6.8 * inch], size=9))
    s.append(sp(4))
    s.append(grid([[("Place of compliance", "ICE ERO Atlanta Field Office<br/>180 Ted Turner Dr SW, Suite 522<br/>"
                                            "Atlanta, GA 30303"),
                    ("Date and time", "February 28, 2025<br/>10:00 a.m.")],
                   [("Production in lieu of appearance",
                     "[X] Records may be produced by mail or e-mail to the officer named below in lieu of "
                     "appearance."), ("Officer to contact", "DO Danielle M. Holloway<br/>(404) 555-0167")]],
                  [4.9 * inch, 1.9 * inch], size=9))
    s.append(sp(6))
    s.append(P("<b>NOTICE:</b> Failure to comply with this subpoena may subject you to an order of a United States "
               "District Court compelling compliance, and failure to obey such an order may be punished as "
               "contempt of court. See 8 U.S.C. § 1225(d)(4)(B).", font="Sans", size=8.5, align=TA_JUSTIFY))
    s.append(sp(6))
    s.append(grid([[("Signature of issuing officer", '<font name="Serif-Italic" size="12">B. K. Albrecht</font>'),
                    ("Name and title", "Brent K. Albrecht<br/>Assistant Field Office Director"),
                    ("Date", "02/11/2025")]], [2.6 * inch, 2.8 * inch, 1.4 * inch], size=9))
    s.append(sp(10))
    s.append(C("<b>CERTIFICATE OF SERVICE</b>", font="Sans", size=9))
    s.append(grid([[("Served by", ""), ("Manner of service", "[X] e-mail&nbsp;&nbsp;[ ] personal&nbsp;&nbsp;[ ] mail"),
                    ("Date", "")]], [2.6 * inch, 2.8 * inch, 1.4 * inch], size=9))
    return s


@register
def by03():
    i = "by03"
    pdf = pdf_bytes(i138_story(), footer="DHS Form I-138 (subpoena) – Page {page}", margins=(0.7, 0.7, 0.6, 0.7))
    m = EmailMessage()
    m["From"] = '"Holloway, Danielle M" <danielle.m.holloway@ice.dhs.gov>'
    m["To"] = "GDOL Legal Records <legal.records@gdol.ga.gov>"
    m["Subject"] = "Immigration Enforcement Subpoena - Records Request - NUNEZ GOMEZ"
    m["Date"] = format_datetime(dt(2025, 2, 11, 15, 42))
    m["Message-ID"] = "<BN0P110MB1492E6F1@BN0P110MB1492.NAMP110.PROD.OUTLOOK.COM>"
    m.set_content("""Good afternoon,

Please see the attached subpoena issued by ICE ERO Atlanta. We are requesting the quarterly wage information and any UI claim records for the subject listed on the subpoena, along with the most recent address on file.

Records can be returned to me via email in lieu of appearance. Please let me know if your office needs anything further to process the request.

Respectfully,

Danielle M. Holloway
Deportation Officer
Enforcement and Removal Operations | Atlanta Field Office
U.S. Immigration and Customs Enforcement
180 Ted Turner Dr SW, Atlanta, GA 30303
Office: (404) 555-0167
""")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="I-138_NUNEZ_GOMEZ.pdf")
    write_eml(out(i + ".eml"), m, i)
    return E(i, "eml", "ERO cover email with I-138 immigration enforcement subpoena PDF attached",
             "dhs-ice-ero", "ICE Enforcement and Removal Operations, Atlanta Field Office", "Danielle M. Holloway",
             "Deportation Officer", "danielle.m.holloway@ice.dhs.gov", "(404) 555-0167",
             [("Oswaldo Núñez Gómez", "1991-09-14", [("a_number", "A208113564")])],
             ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", "civil_immigration",
             ["wages", "employment", "claims", "address"], "email")


# ==============================================================================================
# by04  Wichita PD cover letter + Kansas district court search warrant (scanned)
# ==============================================================================================
@register
def by04():
    i = "by04"
    s = []
    s += letterhead(["<b>WICHITA POLICE DEPARTMENT</b>", "Investigations Division – Financial Crimes Section",
                     "455 N. Main Street, Wichita, Kansas 67202"], ["Chief of Police", "Edwin R. Castellano"],
                    font="Sans")
    s.append(P("March 4, 2025", after=10))
    s.append(lines("Kansas Department of Labor\nOffice of General Counsel – UI Records\n401 SW Topeka Blvd.\n"
                   "Topeka, KS 66603"))
    s.append(P("<b>RE: Search Warrant – WPD Case 25C011482</b>"))
    for b in [
        "Enclosed please find a search warrant issued by the Honorable Gregory A. Whitcomb, District Judge, "
        "Eighteenth Judicial District, commanding production of unemployment insurance and wage records held by "
        "the Kansas Department of Labor. I understand KDOL may release claimant information to law enforcement "
        "under K.S.A. 44-714 upon proper process.",
        "Please provide the records described in the warrant to me by e-mail at tbledsoe@wichita.gov or by mail "
        "to the address above. Contact me at (316) 555-0129 with any questions."]:
        s.append(P(b, align=TA_JUSTIFY))
    s.append(P("Respectfully,", before=4))
    s.append(lines("Det. Tanya R. Bledsoe #1742\nWichita Police Department\nFinancial Crimes Section"))
    s.append(PageBreak())
    s.append(C("IN THE DISTRICT COURT OF SEDGWICK COUNTY, KANSAS<br/>CRIMINAL DEPARTMENT", font="Serif", size=11,
               after=10))
    s.append(P("IN THE MATTER OF THE SEARCH OF: Records maintained by the Kansas Department of Labor "
               "relating to Adrian Paul Kowalczyk", size=10))
    s.append(P("Case No. 2025-SW-000214", align=TA_RIGHT, size=10))
    s.append(C("<b>SEARCH WARRANT</b>", size=14, before=6, after=10))
    s.append(P("THE STATE OF KANSAS TO: Any Law Enforcement Officer of the State of Kansas, and to the Custodian "
               "of Records of the Kansas Department of Labor, 401 SW Topeka Blvd., Topeka, Kansas:",
               align=TA_JUSTIFY))
    for b in [
        "WHEREAS, a sworn affidavit having been made before me by Detective Tanya R. Bledsoe of the Wichita Police "
        "Department, and the Court having found probable cause to believe that evidence of the crimes of Theft, "
        "K.S.A. 21-5801, and Unemployment Benefit Fraud, K.S.A. 44-719, is contained in the records described "
        "below;",
        "YOU ARE THEREFORE COMMANDED to search the records of the Kansas Department of Labor for the following "
        "and to seize and deliver the same to the affiant:"]:
        s.append(P(b, align=TA_JUSTIFY))
    for b in [
        "All unemployment insurance claims filed by or in the name of ADRIAN PAUL KOWALCZYK, date of birth "
        "December 3, 1987, Kansas driver's license K07-45-3381, SSN ending 5519, from July 1, 2023 to the present, "
        "including applications, weekly certifications, and all addresses, telephone numbers and e-mail addresses "
        "provided;",
        "Login and IP address records associated with the claimant's online account;",
        "Benefit payment records, including bank account and routing information for direct deposits; and",
        "Quarterly wage records reported by any employer for the same person, including Heartland Millwork, Inc."]:
        s.append(P("•&nbsp;&nbsp;" + b, indent=20, first=-10, align=TA_JUSTIFY))
    s.append(P("This warrant is issued pursuant to K.S.A. 22-2502 and shall be executed and returned within "
               "ninety-six (96) hours as provided in K.S.A. 22-2506. Production by the custodian of true copies of "
               "electronic records to the affiant shall constitute execution of this warrant.", align=TA_JUSTIFY))
    s.append(P("Dated this 3rd day of March, 2025, at 4:20 p.m.", before=6))
    s.append(sp(14))
    s.append(P(SIG.format("G. A. Whitcomb"), align=TA_RIGHT, after=0))
    s.append(P("Hon. Gregory A. Whitcomb<br/>District Judge, Eighteenth Judicial District", align=TA_RIGHT))
    s.append(PageBreak())
    s.append(C("<b>RETURN AND INVENTORY</b>", size=12, after=10))
    s.append(P("I received the attached search warrant on March 3, 2025, and executed it as follows: ____________"
               "______________________________________________________________", size=10))
    s.append(P("Inventory of items seized: ___________________________________________________________________"
               "______________________________________________", size=10))
    s.append(sp(30))
    s.append(P("______________________________<br/>Officer executing warrant", size=10))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(1.0, 1.0, 0.9, 0.9))
    with open(out(i + ".pdf"), "wb") as f:
        f.write(scanned_pdf_bytes(p, i, turns={2: 180}))
    return E(i, "scanned", "city police cover letter + state district court search warrant, scanned",
             "local-police", "Wichita Police Department", "Tanya R. Bledsoe", "Detective", "tbledsoe@wichita.gov",
             "(316) 555-0129",
             [("Adrian Paul Kowalczyk", "1987-12-03", [("license", "K07453381"), ("ssn_last4", "5519")])],
             ["KSA 44-714", "KSA 21-5801", "KSA 44-719", "KSA 22-2502", "KSA 22-2506"],
             "judicial_warrant", None, "criminal_investigation",
             ["claims", "benefits", "wages", "employment", "address", "phone", "email", "other"], "mail")


# ==============================================================================================
# by05  Greenville County (SC) Sheriff fax request form
# ==============================================================================================
@register
def by05():
    i = "by05"
    s = []
    s.append(C("<b>GREENVILLE COUNTY SHERIFF'S OFFICE</b>", font="Sans", size=15, after=0))
    s.append(C("Criminal Investigations Division • 4 McGee Street • Greenville, South Carolina 29601",
               font="Sans", size=9))
    s.append(hr(2))
    s.append(C("<b>FAX TRANSMITTAL</b>", font="Sans", size=20, after=14))
    s.append(grid([[("TO", "SC Dept. of Employment and Workforce – Office of General Counsel"),
                    ("FAX", "(803) 555-0140")],
                   [("FROM", "Inv. Marcus L. Odom, CID"), ("FAX", "(864) 555-0189")],
                   [("PHONE", "(864) 555-0188"), ("DATE", "03/03/2025")],
                   [("RE", "Employment / wage information request – Case 2025-004117"), ("PAGES (incl. cover)", "2")]],
                  [4.6 * inch, 2.2 * inch], size=11, lsize=7.5, pad=6))
    s.append(sp(16))
    s.append(P("Comments: Please see attached request. Return results by fax or to modom@greenvillecounty.org. "
               "Thank you.", font="Sans", size=11))
    s.append(sp(200))
    s.append(P("CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential law "
               "enforcement information intended only for the addressee. If you received this in error, notify "
               "the sender immediately and destroy all copies.", font="Sans", size=8))
    s.append(PageBreak())
    s.append(C("<b>LAW ENFORCEMENT REQUEST FOR EMPLOYMENT / WAGE INFORMATION</b>", font="Sans", size=12,
               after=8))
    W = [2.3 * inch, 4.5 * inch]
    s.append(grid([["Requesting Agency", "Greenville County Sheriff's Office"],
                   ["Officer Name / Rank", "ODOM, Marcus L. / Investigator"],
                   ["Badge / ID #", "2291"],
                   ["Phone / Fax", "864-555-0188 / 864-555-0189"],
                   ["E-mail", "modom@greenvillecounty.org"],
                   ["Case / Incident #", "2025-004117"],
                   ["Offense Under Investigation", "Grand Larceny, S.C. Code Ann. § 16-13-30"]], W, size=10,
                  pad=5))
    s.append(sp(8))
    s.append(P("<b>SUBJECT INFORMATION</b>", font="Sans", size=10))
    s.append(grid([["Name (Last, First, Middle)", "DUBOIS, Terrence Lamar"],
                   ["Date of Birth", "06/29/1993"],
                   ["SSN", "XXX-XX-3068"],
                   ["SC DL #", "102487735"]], W, size=10, pad=5))
    s.append(sp(8))
    s.append(P("<b>INFORMATION REQUESTED</b>", font="Sans", size=10))
    s.append(grid([["[X] Current / last employer name & address", "[X] Wage history (last 4 quarters)"],
                   ["[ ] UI claim history", "[X] Address of record"]], [3.4 * inch, 3.4 * inch], size=10, pad=5))
    s.append(sp(8))
    s.append(P("I certify that the information requested is for a legitimate law enforcement purpose in connection "
               "with an active criminal investigation and will not be disclosed except as necessary for that "
               "investigation. Disclosure to law enforcement is authorized by S.C. Code Ann. § 41-29-150.",
               font="Sans", size=9.5, align=TA_JUSTIFY))
    s.append(sp(6))
    s.append(grid([[("Requesting officer signature", '<font name="Serif-Italic" size="13">M L Odom</font>'),
                    ("Date", "03/03/2025")],
                   [("Supervisor approval", "Lt. Karen Whitley"), ("Date", "03/03/2025")]],
                  [4.6 * inch, 2.2 * inch], size=10, pad=5))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(0.8, 0.8, 0.75, 0.7))
    fax_tiff(p, out(i + ".tif"), i,
             headers="MAR-03-2025 10:42     FROM-GCSO CID 8645550189        TO-18035550140        P.{p:03d}/{n:03d}")
    return E(i, "fax", "sheriff fax cover + label/value request form",
             "sheriff", "Greenville County Sheriff's Office", "Marcus L. Odom", "Investigator",
             "modom@greenvillecounty.org", "864-555-0188",
             [("Terrence Lamar Dubois", "1993-06-29", [("ssn_last4", "3068"), ("license", "102487735")])],
             ["SC Code 16-13-30", "SC Code 41-29-150"], "none", None, "criminal_investigation",
             ["employment", "wages", "address"], "fax")


# ==============================================================================================
# by06  Tennessee criminal court subpoena duces tecum to TN DHS (born digital)
# ==============================================================================================
@register
def by06():
    i = "by06"
    s = []
    s.append(C("STATE OF TENNESSEE", font="Serif-Bold", size=12, after=0))
    s.append(C("IN THE CRIMINAL COURT FOR DAVIDSON COUNTY, TENNESSEE<br/>DIVISION IV", size=11, after=12))
    cap = Table([[Paragraph("STATE OF TENNESSEE<br/><br/>v.<br/><br/>LATOYA RENEE McCRARY,<br/>"
                            "&nbsp;&nbsp;&nbsp;&nbsp;Defendant.", st(size=10.5, after=0)),
                  Paragraph(")<br/>)<br/>)<br/>)<br/>)<br/>)", st(size=10.5, after=0)),
                  Paragraph("<br/>Case No. 2024-C-1893<br/><br/>Offense: Theft of Property<br/>"
                            "over $10,000 (T.C.A. § 39-14-103)", st(size=10.5, after=0))]],
                colWidths=[3.0 * inch, 0.3 * inch, 3.2 * inch])
    s.append(cap)
    s.append(C("<b>SUBPOENA DUCES TECUM (CRIMINAL)</b>", size=13, before=14, after=10))
    s.append(P("TO: Custodian of Records<br/>Tennessee Department of Human Services<br/>James K. Polk Building<br/>"
               "505 Deaderick Street<br/>Nashville, Tennessee 37243", after=10))
    s.append(P("YOU ARE COMMANDED to appear before the Criminal Court for Davidson County, Division IV, Justice A.A. "
               "Birch Building, 408 Second Avenue North, Nashville, Tennessee, on <b>April 14, 2025, at 9:00 a.m.</b>, "
               "to testify on behalf of the State in the above-styled case, and to bring with you the following "
               "documents:", align=TA_JUSTIFY))
    for n, b in enumerate([
        "The complete Supplemental Nutrition Assistance Program (SNAP) and Families First case file for "
        "Latoya Renee McCrary, date of birth October 8, 1988, including all applications, recertifications, "
        "interview notes and household composition;",
        "All addresses reported by or on behalf of the above individual from January 1, 2022 through "
        "December 31, 2024;",
        "EBT card issuance records and EBT transaction history for the same period."], 1):
        s.append(P(f"({n})&nbsp;&nbsp;{b}", indent=28, first=-18, align=TA_JUSTIFY))
    s.append(P("In lieu of personal appearance, the custodian may comply with this subpoena by delivering true and "
               "certified copies of the records, accompanied by an affidavit satisfying Tenn. R. Evid. 902(11), to "
               "the Assistant District Attorney General named below on or before the date set out above.",
               align=TA_JUSTIFY))
    s.append(P("This subpoena is issued pursuant to Rule 17 of the Tennessee Rules of Criminal Procedure and "
               "T.C.A. § 40-17-123. Failure to obey this subpoena without adequate excuse may be deemed a contempt "
               "of the court from which it issued.", align=TA_JUSTIFY))
    s.append(sp(6))
    t = Table([[Paragraph("Issued at the request of:<br/><b>Caleb J. Hardaway</b><br/>Assistant District Attorney "
                          "General<br/>Office of the District Attorney General<br/>20th Judicial District<br/>"
                          "Washington Square, 222 2nd Avenue North, Suite 500<br/>Nashville, TN 37201<br/>"
                          "(615) 555-0174<br/>caleb.hardaway@nashville.gov", st(size=9.5, after=0)),
                Paragraph("Issued this 10th day of March, 2025.<br/><br/>DENISE M. PORTER<br/>Criminal Court Clerk"
                          "<br/><br/>By: " + SIG.format("R. Ledbetter") + "<br/>Deputy Clerk",
                          st(size=9.5, after=0))]], colWidths=[3.4 * inch, 3.1 * inch])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(sp(14))
    s.append(hr(0.5))
    s.append(C("<b>RETURN ON SERVICE</b>", size=10))
    s.append(P("Served on the Custodian of Records, Tennessee Department of Human Services, on ____________, 2025, "
               "by _____________________________.", size=9.5))
    build_pdf(out(i + ".pdf"), s, margins=(1.0, 1.0, 0.8, 0.8),
              footer="Davidson County Criminal Court Clerk (rev. 08/2022)")
    return E(i, "born_digital", "state criminal court subpoena duces tecum, clerk-issued at ADA request",
             "district-attorney", "Office of the District Attorney General, 20th Judicial District",
             "Caleb J. Hardaway", "Assistant District Attorney General", "caleb.hardaway@nashville.gov",
             "(615) 555-0174",
             [("Latoya Renee McCrary", "1988-10-08", [])],
             ["TCA 39-14-103", "TN R Evid 902", "TN CrimP 17", "TCA 40-17-123"],
             "court_subpoena", None, "criminal_investigation", ["benefits", "address", "other"], "mail")


# ==============================================================================================
# by07  internal forward (message/rfc822 attached) of an FBI e-mail, Nevada DETR
# ==============================================================================================
@register
def by07():
    i = "by07"
    inner = EmailMessage()
    inner["From"] = '"Okafor, Jerome T. (LV) (FBI)" <jtokafor@fbi.gov>'
    inner["To"] = '"Lisa Pham" <lpham@detr.nv.gov>'
    inner["Subject"] = "Wage/employer request - FBI LV"
    inner["Date"] = format_datetime(dt(2025, 2, 19, 10, 17, -8))
    inner["Message-ID"] = "<PH0PR09MB7740A1B2C3D4E5@PH0PR09MB7740.namprd09.prod.outlook.com>"
    txt = """Ms. Pham,

Per our call this morning, FBI Las Vegas is investigating a romance-scam and money laundering network operating out of Clark County (violations of 18 U.S.C. § 1343 and 18 U.S.C. § 1956). I am requesting the employer(s) of record and quarterly wages (2023 Q1 to present) that DETR has for the following two people:

  1) SOKOLOV, Dmitri Andreyevich   DOB: 1985-04-21   NV DL 1502938471
  2) Faduma Abdi WARSAME           DOB: 02 Jan 1992

If either of them filed for unemployment, the claim dates would also help, but the employers are the priority.

Thank you,

Jerome T. Okafor
Special Agent
Federal Bureau of Investigation | Las Vegas Field Office
1787 W. Lake Mead Blvd., Las Vegas, NV 89106
Desk: 702-555-0151 | jtokafor@fbi.gov
"""
    html = ("<html><body><p>Ms. Pham,</p><p>Per our call this morning, FBI Las Vegas is investigating a romance-scam "
            "and money laundering network operating out of Clark County (violations of 18 U.S.C. &sect; 1343 and "
            "18 U.S.C. &sect; 1956). I am requesting the employer(s) of record and quarterly wages (2023 Q1 to "
            "present) that DETR has for the following two people:</p><ol><li>SOKOLOV, Dmitri Andreyevich &nbsp; "
            "DOB: 1985-04-21 &nbsp; NV DL 1502938471</li><li>Faduma Abdi WARSAME &nbsp; DOB: 02 Jan 1992</li></ol>"
            "<p>If either of them filed for unemployment, the claim dates would also help, but the employers are "
            "the priority.</p><p>Thank you,</p><p><b>Jerome T. Okafor</b><br>Special Agent<br>Federal Bureau of "
            "Investigation | Las Vegas Field Office<br>1787 W. Lake Mead Blvd., Las Vegas, NV 89106<br>Desk: "
            "702-555-0151 | jtokafor@fbi.gov</p></body></html>")
    inner.set_content(txt)
    inner.add_alternative(html, subtype="html")
    m = EmailMessage()
    m["From"] = '"Pham, Lisa" <lpham@detr.nv.gov>'
    m["To"] = "ESD Records Unit <esdrecords@detr.nv.gov>"
    m["Cc"] = '"Garrity, Owen" <ogarrity@detr.nv.gov>'
    m["Subject"] = "FW: Wage/employer request - FBI LV"
    m["Date"] = format_datetime(dt(2025, 2, 19, 11, 2, -8))
    m["Message-ID"] = "<BYAPR09MB6120F0E1D2@BYAPR09MB6120.namprd09.prod.outlook.com>"
    m.set_content("""Forwarding the FBI request (original attached) for logging.

Per NRS 612.265 we can give law enforcement the employer/wage info once they confirm it's for a criminal case, which he did (wire fraud / money laundering). Can someone pull the quarters and send them back to him directly? Owen - cc'ing you so legal has it.

Lisa Pham
Legal Assistant | Office of Legal Counsel
Nevada Department of Employment, Training and Rehabilitation
""")
    m.add_attachment(inner)
    write_eml(out(i + ".eml"), m, i)
    return E(i, "eml", "internal forward of an FBI e-mail attached as message/rfc822",
             "doj-fbi", "Federal Bureau of Investigation, Las Vegas Field Office", "Jerome T. Okafor",
             "Special Agent", "jtokafor@fbi.gov", "702-555-0151",
             [("Dmitri Andreyevich Sokolov", "1985-04-21", [("license", "1502938471")]),
              ("Faduma Abdi Warsame", "1992-01-02", [])],
             ["18 USC 1343", "18 USC 1956", "NRS 612.265"], "none", None, "criminal_investigation",
             ["employment", "wages", "claims"], "email")


# ==============================================================================================
# by08  I-247A detainer faxed to Tennessee Department of Correction
# ==============================================================================================
def ck(on):
    return "☒" if on else "☐"


@register
def by08():
    i = "by08"
    s = []
    s.append(C("<b>U.S. Immigration and Customs Enforcement</b><br/>Enforcement and Removal Operations<br/>"
               "New Orleans Field Office – Memphis Sub-Office", font="Sans", size=11, after=10))
    s.append(C("<b>FACSIMILE</b>", font="Sans", size=22, after=12))
    s.append(grid([[("To", "Tennessee Department of Correction<br/>Sentence Management Services / Detainers"),
                    ("Fax", "(615) 555-0109")],
                   [("From", "SDDO Curtis D. Lamb"), ("Phone", "(901) 555-0122")],
                   [("Date", "02/18/2025"), ("Pages", "3 (including cover)")],
                   [("Re", "Immigration detainer – VU, Quang Huy"), ("", "")]], [4.6 * inch, 2.2 * inch],
                  size=11, pad=6))
    s.append(sp(14))
    s.append(P("Please place the attached detainer in the subject's file and acknowledge receipt by signing the "
               "bottom of page 2 and returning it to the fax number above.", font="Sans", size=11))
    s.append(PageBreak())
    s.append(grid([[("", "DEPARTMENT OF HOMELAND SECURITY"),
                    ("Subject ID:", "382914775"), ("Event #:", "MEM2502000143")],
                   [("", "<b>IMMIGRATION DETAINER – NOTICE OF ACTION</b>"), ("File No:", "A201774390"),
                    ("Date:", "02/18/2025")]], [3.6 * inch, 1.6 * inch, 1.6 * inch], size=9.5))
    s.append(grid([[("TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)",
                     "Tennessee Department of Correction<br/>Turney Center Industrial Complex, Only, TN"),
                    ("FROM: (Department of Homeland Security Office Address)",
                     "ICE ERO Memphis<br/>5705 Stage Rd, Suite 214<br/>Memphis, TN 38134")]],
                  [3.4 * inch, 3.4 * inch], size=9))
    s.append(grid([[("Name of Alien:", "VU, Quang Huy"), ("Date of Birth:", "05/11/1989"),
                    ("Citizenship:", "VIETNAM"), ("Sex:", "M")]],
                  [2.6 * inch, 1.5 * inch, 1.7 * inch, 1.0 * inch], size=9.5))
    s.append(sp(4))
    f = dict(font="Sans", size=8.3, after=3, align=TA_JUSTIFY)
    s.append(P("<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
               "DETERMINATION IS BASED ON (complete box 1 or 2):</b>", **f))
    for on, t in [(True, "A final order of removal against the alien;"),
                  (False, "The pendency of ongoing removal proceedings against the alien;"),
                  (False, "Biometric confirmation of the alien's identity and a records check of federal databases "
                          "that affirmatively indicate, by themselves or in addition to other reliable information, "
                          "that the alien either lacks immigration status or notwithstanding such status is "
                          "removable under U.S. immigration law; and/or"),
                  (False, "Statements made by the alien to an immigration officer and/or other reliable evidence "
                          "that affirmatively indicate the alien either lacks immigration status or notwithstanding "
                          "such status is removable under U.S. immigration law.")]:
        s.append(P(f"{ck(on)}&nbsp;&nbsp;{t}", indent=18, first=-12, **f))
    s.append(P("<b>2. DHS REQUESTS THAT YOU:</b>", **f))
    for t in ["Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from "
              "your custody. Please notify DHS by calling ☒ U.S. Immigration and Customs Enforcement (ICE) at "
              "(901) 555-0122. If you cannot reach an official at the number(s) provided, please contact the Law "
              "Enforcement Support Center at: (802) 555-0100.",
              "Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would "
              "otherwise have been released from your custody to allow DHS to assume custody. The alien must be "
              "served with a copy of this form for the detainer to take effect. This detainer arises from DHS "
              "authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, "
              "diversion, custody classification, work, quarter assignments, or other matters.",
              "Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.",
              "Notify this office in the event of the alien's death, hospitalization or transfer to another "
              "institution."]:
        s.append(P(f"{ck(True)}&nbsp;&nbsp;{t}", indent=18, first=-12, **f))
    s.append(P("<b>THIS DETAINER IS ACCOMPANIED BY:</b> ☐ Form I-200 (Warrant for Arrest of Alien) signed by an "
               "immigration officer; ☒ Form I-205 (Warrant of Removal/Deportation) signed by an immigration officer. "
               "This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and "
               "8 C.F.R. §§ 236.1 and 287.7.", **f))
    s.append(sp(4))
    s.append(grid([[("Name and title of Immigration Officer", "Curtis D. Lamb, Supervisory Detention and Deportation "
                                                              "Officer"),
                    ("Signature of Immigration Officer", '<font name="Serif-Italic" size="12">Curtis Lamb</font>')]],
                  [3.9 * inch, 2.9 * inch], size=9))
    s.append(P("Notice: If the alien may be the victim of a crime, or you want the alien to remain in the United "
               "States for prosecution or other law enforcement purposes, please notify the ICE Law Enforcement "
               "Support Center at (802) 555-0100.", font="Sans", size=7.5, before=4))
    s.append(PageBreak())
    s.append(C("<b>TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN</b>", font="Sans",
               size=9))
    s.append(grid([[("Date of latest criminal charge/conviction:", ""), ("Last offense charged/conviction:", "")],
                   [("This form was served upon the alien on ________, in the following manner:",
                     "☐ in person&nbsp;&nbsp;☐ inmate mail delivery&nbsp;&nbsp;☐ other (please specify):"),
                    ("", "")],
                   [("Name and title of officer", ""), ("Signature of officer", "")]],
                  [3.4 * inch, 3.4 * inch], size=9, pad=10))
    s.append(sp(10))
    s.append(C("<b>NOTICE TO THE DETAINEE</b>", font="Sans", size=9))
    s.append(P("The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration "
               "detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume "
               "custody of you after you otherwise would be released from custody. If you have a complaint "
               "regarding this detainer, please contact the ICE Joint Intake Center.", font="Sans", size=8.5,
               align=TA_JUSTIFY))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(0.7, 0.7, 0.75, 0.6), footer="DHS Form I-247A (3/17)          Page {page} of 3")
    fax_tiff(p, out(i + ".tif"), i,
             headers="02/18/2025 14:07  9015550122      ICE ERO MEMPHIS         PAGE {p:02d}/{n:02d}")
    return E(i, "fax", "ERO fax cover + I-247A detainer (notice of action)",
             "dhs-ice-ero", "ICE Enforcement and Removal Operations, Memphis Sub-Office", "Curtis D. Lamb",
             "Supervisory Detention and Deportation Officer", None, "(901) 555-0122",
             [("Quang Huy Vu", "1989-05-11", [("a_number", "A201774390")])],
             ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration",
             ["other"], "fax")


# ==============================================================================================
# by09  ERO Seattle letter + I-200 to Washington ESD (born digital)
# ==============================================================================================
@register
def by09():
    i = "by09"
    s = []
    s += letterhead(["<b>U.S. Department of Homeland Security</b>", "U.S. Immigration and Customs Enforcement",
                     "Enforcement and Removal Operations – Seattle Field Office",
                     "12500 Tukwila International Blvd., Seattle, WA 98168"], None, font="Sans", size=9.5)
    s.append(P("January 27, 2025", font="Sans", size=10, after=10))
    s.append(lines("Washington State Employment Security Department\nAttn: Records Disclosure Unit\nPO Box 9046\n"
                   "Olympia, WA 98507-9046", font="Sans", size=10))
    s.append(P("<b>RE: Request for Information – SHEVCHENKO, Oleksandr Mykolayovych<br/>A-File: 219 450 117 | "
               "Date of Birth: 14 March 1990 | Country of Citizenship: Ukraine</b>", font="Sans", size=10))
    for b in [
        "To Whom It May Concern:",
        "U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), is seeking to "
        "locate the above-named individual, who is the subject of the enclosed Warrant for Arrest of Alien (Form "
        "I-200).",
        "Pursuant to 8 U.S.C. § 1357(a) and section 287 of the Immigration and Nationality Act, ICE respectfully "
        "requests the subject's most recent residential and mailing address and telephone number, and the name "
        "and address of each employer that has reported wages for the subject in the last four quarters.",
        "Please direct your response to Deportation Officer Nathaniel P. Ruiz at nathaniel.p.ruiz@ice.dhs.gov "
        "or (206) 555-0135. Thank you for your cooperation."]:
        s.append(P(b, font="Sans", size=10, align=TA_JUSTIFY))
    s.append(P("Sincerely,", font="Sans", size=10, before=4, after=2))
    s.append(P(SIG.format("N. P. Ruiz"), after=0))
    s.append(lines("Nathaniel P. Ruiz\nDeportation Officer\nICE ERO Seattle", font="Sans", size=10))
    s.append(P("Enclosure: Form I-200", font="Sans", size=9))
    s.append(PageBreak())
    s.append(P("U.S. DEPARTMENT OF HOMELAND SECURITY", font="Sans-Bold", size=10, after=0))
    s.append(C("<b>WARRANT FOR ARREST OF ALIEN</b>", font="Sans", size=14, before=6, after=8))
    s.append(grid([[("File No.", "219 450 117"), ("Date", "01/22/2025")]], [3.4 * inch, 3.4 * inch], size=10))
    s.append(sp(8))
    f = dict(font="Sans", size=10, align=TA_JUSTIFY)
    s.append(P("To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
               "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest "
               "for immigration violations", **f))
    s.append(P("I have determined that there is probable cause to believe that <b>Oleksandr Mykolayovych "
               "SHEVCHENKO</b> is removable from the United States. This determination is based upon:", **f))
    for on, t in [(True, "the execution of a charging document to initiate removal proceedings against the subject;"),
                  (False, "the pendency of ongoing removal proceedings against the subject;"),
                  (False, "the failure to establish admissibility subsequent to deferred inspection;"),
                  (False, "biometric confirmation of the subject's identity and a records check of federal databases "
                          "that affirmatively indicate, by themselves or in addition to other reliable information, "
                          "that the subject either lacks immigration status or notwithstanding such status is "
                          "removable under U.S. immigration law; and/or"),
                  (False, "statements made voluntarily by the subject to an immigration officer and/or other "
                          "reliable evidence that affirmatively indicate the subject either lacks immigration status "
                          "or notwithstanding such status is removable under U.S. immigration law.")]:
        s.append(P(f"{ck(on)}&nbsp;&nbsp;{t}", indent=20, first=-14, **f))
    s.append(P("YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and "
               "Nationality Act, the above-named alien.", before=6, **f))
    s.append(sp(16))
    s.append(grid([[("(Signature of Authorized Immigration Officer)",
                     '<font name="Serif-Italic" size="13">Marisol E. Quintanilla</font>'),
                    ("(Printed Name and Title of Authorized Immigration Officer)",
                     "Marisol E. Quintanilla<br/>Supervisory Detention and Deportation Officer")]],
                  [3.4 * inch, 3.4 * inch], size=10))
    s.append(sp(14))
    s.append(C("<b>Certificate of Service</b>", font="Sans", size=10))
    s.append(P("I hereby certify that the Warrant for Arrest of Alien was served by me at ____________________ "
               "(Location) on ______________________ (Name of Alien) on ____________ (Date of Service), and the "
               "contents of this notice were read to him or her in the ____________ (Language) language.",
               font="Sans", size=9))
    build_pdf(out(i + ".pdf"), s, margins=(0.9, 0.9, 0.8, 0.8), footer="Form I-200 (Rev. 09/16)",
              title="ERO request")
    return E(i, "born_digital", "ERO letter with Form I-200 enclosure",
             "dhs-ice-ero", "ICE Enforcement and Removal Operations, Seattle Field Office", "Nathaniel P. Ruiz",
             "Deportation Officer", "nathaniel.p.ruiz@ice.dhs.gov", "(206) 555-0135",
             [("Oleksandr Mykolayovych Shevchenko", "1990-03-14", [("a_number", "A219450117")])],
             ["8 USC 1357", "INA 287", "INA 236", "8 CFR 287"], "administrative_warrant", "I-200",
             "civil_immigration", ["address", "phone", "employment"], "mail")


# ==============================================================================================
# by10  ERO Phoenix memo + I-205 to Arizona DES (scanned)
# ==============================================================================================
@register
def by10():
    i = "by10"
    s = []
    s += letterhead(["<b>U.S. Department of Homeland Security</b>", "Immigration and Customs Enforcement",
                     "Enforcement and Removal Operations", "Phoenix Field Office", "2035 N. Central Avenue",
                     "Phoenix, AZ 85004"], ["John A. Cantú", "Field Office Director"], font="Serif", size=9.5)
    s.append(C("<b>MEMORANDUM</b>", size=13, after=10))
    f = dict(size=10.5, align=TA_JUSTIFY)
    s.append(grid([["FOR:", "Arizona Department of Economic Security<br/>Division of Benefits and Medical Eligibility"
                            " – Records<br/>1789 W. Jefferson Street, Phoenix, AZ 85007"],
                   ["FROM:", "Gloria T. Manzanares, Deportation Officer, ERO Phoenix"],
                   ["DATE:", "December 2, 2024"],
                   ["SUBJECT:", "Address request – IBARRA SALCIDO, Héctor (A094 362 558)"]],
                  [1.0 * inch, 5.6 * inch], font="Serif", size=10.5, box=False))
    s.append(hr(0.6))
    for b in [
        "ERO Phoenix is attempting to locate the above-named alien, who is subject to a final order of removal. A "
        "copy of the executed Warrant of Removal/Deportation (Form I-205) is attached for your reference.",
        "Under the authority of INA § 241(a) and 8 U.S.C. 1357, this office requests the last known residential "
        "address and telephone number reported to your department for Mr. Ibarra Salcido (DOB: Feb. 19, 1983), "
        "including any address listed on a Nutrition Assistance or Cash Assistance application.",
        "Please provide the information to the undersigned by e-mail at gloria.manzanares@ice.dhs.gov or by phone "
        "at (602) 555-0117. This request is for official use only."]:
        s.append(P(b, **f))
    s.append(sp(10))
    s.append(P(SIG.format("Gloria T. Manzanares"), after=0))
    s.append(lines("Gloria T. Manzanares\nDeportation Officer"))
    s.append(PageBreak())
    s.append(P("U.S. Department of Homeland Security", font="Sans", size=10, after=0))
    s.append(C("<b>WARRANT OF REMOVAL/DEPORTATION</b>", font="Sans", size=14, before=6, after=10))
    s.append(grid([[("File No:", "A094 362 558"), ("Date:", "11/06/2024")]], [3.4 * inch, 3.4 * inch], size=10))
    s.append(sp(6))
    g = dict(font="Sans", size=10, align=TA_JUSTIFY)
    s.append(P("To any immigration officer of the United States Department of Homeland Security:", **g))
    s.append(P("<u>Héctor IBARRA SALCIDO</u>", before=4, **g))
    s.append(P("(Full name of alien)", font="Sans", size=7, after=6))
    s.append(P("who entered the United States at <u>unknown place</u> on <u>unknown date</u> is subject to "
               "removal/deportation from the United States, based upon a final order by:", **g))
    for on, t in [(True, "an immigration judge in exclusion, deportation, or removal proceedings"),
                  (False, "a designated official"), (False, "the Board of Immigration Appeals"),
                  (False, "a United States District or Magistrate Court Judge")]:
        s.append(P(f"{ck(on)}&nbsp;&nbsp;{t}", indent=20, first=-14, **g))
    s.append(P("and pursuant to the following provisions of the Immigration and Nationality Act:", before=4, **g))
    s.append(P("<u>Section 212(a)(6)(A)(i) of the Immigration and Nationality Act, as amended</u>", indent=20, **g))
    s.append(P("I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
               "Secretary of Homeland Security under the laws of the United States and by his or her direction, "
               "command you to take into custody and remove from the United States the above-named alien, pursuant "
               "to law, at the expense of: the appropriation \"Enforcement and Removal Operations\".", before=6,
               **g))
    s.append(sp(16))
    s.append(grid([[("(Signature of immigration officer)", '<font name="Serif-Italic" size="13">R. Villalobos</font>'),
                    ("(Title of immigration officer)", "Assistant Field Office Director")],
                   [("(Date and office location)", "11/06/2024 – Phoenix, Arizona"), ("", "")]],
                  [3.4 * inch, 3.4 * inch], size=10))
    s.append(sp(12))
    t = Table([["Photograph of alien removed", "Right index fingerprint of alien removed"],
               ["\n\n\n\n\n\n", ""]], colWidths=[3.4 * inch, 3.4 * inch])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("FONT", (0, 0), (-1, -1), "Sans", 8)]))
    s.append(t)
    s.append(C("Verification of Removal", font="Sans", size=9, before=8))
    s.append(grid([[("Departure date", ""), ("Port of departure", ""), ("Manner of departure", "")]],
                  [2.2 * inch, 2.3 * inch, 2.3 * inch], size=9, pad=8))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(0.9, 0.9, 0.8, 0.8))
    with open(out(i + ".pdf"), "wb") as fh:
        fh.write(scanned_pdf_bytes(p, i, turns={1: 90}, grey=0.84))
    return E(i, "scanned", "ERO memorandum (FOD on letterhead) + I-205 warrant of removal, scanned",
             "dhs-ice-ero", "ICE Enforcement and Removal Operations, Phoenix Field Office", "Gloria T. Manzanares",
             "Deportation Officer", "gloria.manzanares@ice.dhs.gov", "(602) 555-0117",
             [("Héctor Ibarra Salcido", "1983-02-19", [("a_number", "A094362558")])],
             ["INA 241", "8 USC 1357", "INA 212"], "administrative_warrant", "I-205", "civil_immigration",
             ["address", "phone"], "mail")


# ==============================================================================================
# by11  Indiana DWD web-portal submission (txt)
# ==============================================================================================
@register
def by11():
    i = "by11"
    t = """==================================================================
 INDIANA DEPARTMENT OF WORKFORCE DEVELOPMENT
 Law Enforcement Information Request -- Online Submission
 Submission ID: LE-2025-000871      Submitted: 2025-02-21 16:48:09 EST
==================================================================

REQUESTOR
  Requesting Agency .........: Indianapolis Metropolitan Police Department
  Division / Unit ...........: Robbery Unit, Investigations Division
  Requestor Name ............: Sgt. Brianna K. Holt
  Badge / Employee # ........: 41873
  Phone .....................: (317) 555-0107
  Email .....................: brianna.holt@indy.gov
  Supervisor ................: Lt. Graham Ostrowski

CASE
  Agency Case Number ........: IMPD 25-0038841
  Nature of Investigation ...: Armed robbery (IC 35-42-5-1) - series of
                               convenience store robberies, east district
  Justification .............: Suspects identified through surveillance
                               video and a cooperating witness. Need
                               employer information to locate both for
                               arrest.

SUBJECT 1
  Last Name .................: Mahamud
  First Name ................: Abdirahman
  Middle Name ...............: Hassan
  Date of Birth .............: 1998-08-30
  SSN (last 4) ..............: 7340

SUBJECT 2
  Last Name .................: Delgado Cruz
  First Name ................: Yesenia
  Middle Name ...............:
  Date of Birth .............: 1999-12-11
  SSN (last 4) ..............:

INFORMATION REQUESTED
  [x] Employer(s) of record
  [x] Wage detail (most recent 4 quarters)
  [ ] Unemployment insurance claims
  [x] Address on file
  [x] Telephone number on file

CERTIFICATION
  [x] I certify that this request is made in the course of an active
      criminal investigation and that the information will be used
      only for that purpose. I understand disclosure is made under
      IC 22-4-19-6 and 20 CFR 603.5 and that redisclosure is prohibited.

  Electronic signature ......: Brianna K. Holt
  IP address ................: 10.14.220.57

------------------------------------------------------------------
This notification was generated automatically by the DWD Law
Enforcement Request Portal and emailed to leinfo@dwd.in.gov.
Do not reply to this message.
------------------------------------------------------------------
"""
    with open(out(i + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(t)
    return E(i, "txt", "state web-portal submission notification, label/value text",
             "local-police", "Indianapolis Metropolitan Police Department", "Brianna K. Holt", "Sergeant",
             "brianna.holt@indy.gov", "(317) 555-0107",
             [("Abdirahman Hassan Mahamud", "1998-08-30", [("ssn_last4", "7340")]),
              ("Yesenia Delgado Cruz", "1999-12-11", [])],
             ["IC 35-42-5-1", "IC 22-4-19-6", "20 CFR 603.5"], "none", None, "criminal_investigation",
             ["employment", "wages", "address", "phone"], "email")


# ==============================================================================================
# by12  AUSA e-mail (multipart/alternative) + AO 110 grand jury subpoena PDF, Kentucky OUI
# ==============================================================================================
def ao110_story():
    s = []
    s.append(P("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", font="Sans", size=7.5))
    s.append(C("UNITED STATES DISTRICT COURT", font="Serif-Bold", size=13, before=4, after=0))
    s.append(C("for the", size=9, after=0))
    s.append(C("<u>Western District of Kentucky</u>", size=11, after=10))
    s.append(C("<b>SUBPOENA TO TESTIFY BEFORE A GRAND JURY</b>", size=12, after=10))
    s.append(P("To:&nbsp;&nbsp;Custodian of Records, Kentucky Office of Unemployment Insurance<br/>"
               "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;500 Mero Street, Frankfort, KY 40601", size=10.5))
    s.append(P("YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown "
               "below to testify before the court's grand jury. When you arrive, you must remain at the court until "
               "the judge or a court officer allows you to leave.", size=10, align=TA_JUSTIFY))
    s.append(grid([[("Place:", "Gene Snyder U.S. Courthouse<br/>601 W. Broadway, Louisville, KY 40202"),
                    ("Date and Time:", "03/25/2025 9:00 am")],
                   [("", "Grand Jury Room 2 (4th Floor)"), ("GJ No.", "25-0112")]],
                  [4.4 * inch, 2.3 * inch], font="Serif", size=10))
    s.append(P("You must also bring with you the following documents, electronically stored information, or "
               "objects <i>(blank if not applicable)</i>:", size=10, before=8))
    s.append(P("<b>SEE ATTACHMENT A.</b>", size=10, indent=20))
    s.append(sp(16))
    t = Table([[Paragraph("Date:&nbsp;&nbsp;02/26/2025", st(size=10)),
                Paragraph("<i>CLERK OF COURT</i><br/><br/>" + SIG.format("A. Whitlow") +
                          "<br/>Signature of Clerk or Deputy Clerk", st(size=9.5))]],
              colWidths=[3.0 * inch, 3.6 * inch])
    s.append(t)
    s.append(sp(12))
    s.append(P("The name, address, e-mail, and telephone number of the United States attorney, or assistant United "
               "States attorney, who requests this subpoena, are:", size=9.5))
    s.append(P("Kathleen M. Brennan, Assistant United States Attorney<br/>United States Attorney's Office, Western "
               "District of Kentucky<br/>717 West Broadway, Louisville, KY 40202<br/>Kathleen.Brennan@usdoj.gov | "
               "(502) 555-0196", size=9.5, indent=20))
    s.append(PageBreak())
    s.append(C("<b>ATTACHMENT A</b>", size=12, after=4))
    s.append(C("Kentucky Office of Unemployment Insurance – GJ 25-0112", size=10, after=10))
    s.append(P("For the period March 1, 2020 through the date of this subpoena, produce the following records "
               "relating to the individuals listed below, and to any claim filed using their names or Social "
               "Security numbers:", size=10, align=TA_JUSTIFY))
    s.append(grid([["<b>Name</b>", "<b>DOB</b>", "<b>SSN</b>"],
                   ["Jamal Rashid WHITAKER", "01/15/1986", "XXX-XX-8823"],
                   ["Rosa María DE LA CRUZ PAREDES", "07/04/1977", "XXX-XX-5150"],
                   ["Shane M. COLLIER", "10/30/1991", "XXX-XX-0946"]],
                  [3.2 * inch, 1.5 * inch, 1.6 * inch], font="Serif", size=10, header=True))
    s.append(sp(6))
    for n, b in enumerate([
        "All unemployment insurance and Pandemic Unemployment Assistance claim files, including initial "
        "applications, weekly certifications, identity verification documents, and correspondence;",
        "All payment records, including the bank account or prepaid debit card to which benefits were paid;",
        "All mailing addresses, telephone numbers and e-mail addresses associated with the claims;",
        "IP address and device logs for each online filing or certification."], 1):
        s.append(P(f"{n}.&nbsp;&nbsp;{b}", size=10, indent=22, first=-14, align=TA_JUSTIFY))
    s.append(P("Records may be produced in electronic form to Special Agent Tomasz Wierzbicki, U.S. Department of "
               "Labor, Office of Inspector General, in lieu of appearance, together with a certification of "
               "authenticity of domestic records of regularly conducted activity pursuant to Fed. R. Evid. 902(11).",
               size=10, align=TA_JUSTIFY, before=6))
    return s


@register
def by12():
    i = "by12"
    pdf = pdf_bytes(ao110_story(), margins=(1.0, 1.0, 0.7, 0.8))
    m = EmailMessage()
    m["From"] = '"Brennan, Kathleen (USAKYW)" <Kathleen.Brennan@usdoj.gov>'
    m["To"] = "UI Legal <ui.legal@ky.gov>"
    m["Cc"] = '"Wierzbicki, Tomasz (OIG)" <wierzbicki.tomasz@oig.dol.gov>'
    m["Subject"] = "Grand Jury Subpoena - Kentucky OUI - GJ 25-0112"
    m["Date"] = format_datetime(dt(2025, 2, 26, 13, 55))
    m["Message-ID"] = "<DM6PR09MB4631B7C8@DM6PR09MB4631.namprd09.prod.outlook.com>"
    body = """Good afternoon,

Attached please find a federal grand jury subpoena directed to the Custodian of Records of the Office of Unemployment Insurance. Production may be made electronically to SA Tomasz Wierzbicki (DOL-OIG, cc'd) in lieu of appearance; please include the signed business records certification.

Although the secrecy provisions of Fed. R. Crim. P. 6(e) do not bind a witness, we ask that you not disclose the existence of this subpoena to the individuals named in Attachment A, as doing so could impede an ongoing investigation.

Thank you,

Kathleen M. Brennan
Assistant United States Attorney
Western District of Kentucky
717 West Broadway | Louisville, KY 40202
(502) 555-0196
"""
    m.set_content(body)
    m.add_alternative("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
                      + "</body></html>", subtype="html")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="GJ_25-0112_KY_OUI.pdf")
    write_eml(out(i + ".eml"), m, i)
    return E(i, "eml", "AUSA e-mail (text+html) with AO 110 grand jury subpoena PDF",
             "doj-usao", "United States Attorney's Office, Western District of Kentucky", "Kathleen M. Brennan",
             "Assistant United States Attorney", "Kathleen.Brennan@usdoj.gov", "(502) 555-0196",
             [("Jamal Rashid Whitaker", "1986-01-15", [("ssn_last4", "8823")]),
              ("Rosa María de la Cruz Paredes", "1977-07-04", [("ssn_last4", "5150")]),
              ("Shane M. Collier", "1991-10-30", [("ssn_last4", "0946")])],
             ["FRCrP 6", "FRE 902"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
             ["claims", "benefits", "identity_documents", "address", "phone", "email", "other"], "email")


# ==============================================================================================
# by13  Maricopa County Attorney cover letter + Superior Court order (born digital)
# ==============================================================================================
@register
def by13():
    i = "by13"
    s = []
    s += letterhead(["<b>MARICOPA COUNTY ATTORNEY</b>", "Fraud &amp; Specialty Prosecutions Bureau",
                     "225 West Madison Street, Phoenix, Arizona 85003"],
                    ["Lorraine K. Adeyemi", "County Attorney"], font="SerifC", size=10)
    s.append(P("March 5, 2025", after=10))
    s.append(lines("Arizona Department of Economic Security\nOffice of the Attorney General – DES Records Liaison\n"
                   "1789 W. Jefferson Street, Site Code 050A\nPhoenix, AZ 85007"))
    s.append(P("<b>Re:&nbsp;&nbsp;<i>State v. Owusu-Mensah</i>, CR2024-139082-001<br/>"
               "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Order for Release of Confidential DES Records</b>"))
    for b in [
        "Dear Records Custodian:",
        "Enclosed is a certified copy of the Order entered March 3, 2025, by the Honorable Teresa L. Villaseñor of "
        "the Maricopa County Superior Court, directing the Department to produce the Nutrition Assistance and Cash "
        "Assistance records described in the Order. Please produce the records to my office within the time "
        "stated, with a custodian's declaration.",
        "If you have any questions, I can be reached at (602) 555-0183 or montoyaa@mcao.maricopa.gov."]:
        s.append(P(b, align=TA_JUSTIFY))
    s.append(P("Very truly yours,", before=4))
    s.append(P(SIG.format("Alicia Montoya-Baird"), after=0))
    s.append(lines("Alicia R. Montoya-Baird\nDeputy County Attorney\nFraud &amp; Specialty Prosecutions Bureau"))
    s.append(P("Enclosure", size=9))
    s.append(PageBreak())
    s.append(P("Alicia R. Montoya-Baird, Bar No. 031876<br/>Deputy County Attorney<br/>MARICOPA COUNTY ATTORNEY'S "
               "OFFICE<br/>225 West Madison Street, Phoenix, AZ 85003<br/>Telephone (602) 555-0183", size=9.5,
               after=12))
    s.append(C("IN THE SUPERIOR COURT OF THE STATE OF ARIZONA<br/>IN AND FOR THE COUNTY OF MARICOPA", size=11.5,
               after=10))
    cap = Table([[Paragraph("STATE OF ARIZONA,<br/>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Plaintiff,<br/>vs.<br/>"
                            "KWAME OWUSU-MENSAH,<br/>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Defendant.",
                            st(size=10.5, after=0)),
                  Paragraph("No. CR2024-139082-001<br/><br/><b>ORDER RE: RELEASE OF CONFIDENTIAL DEPARTMENT OF "
                            "ECONOMIC SECURITY RECORDS</b><br/><br/>(Assigned to the Hon. Teresa L. Villaseñor)",
                            st(size=10.5, after=0))]], colWidths=[3.2 * inch, 3.3 * inch])
    cap.setStyle(TableStyle([("LINEAFTER", (0, 0), (0, 0), 0.6, colors.black),
                             ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(cap)
    s.append(sp(12))
    f = dict(size=11, lead=22, align=TA_JUSTIFY, first=36)
    s.append(P("The Court having considered the State's Motion for Disclosure of Confidential Records pursuant to "
               "A.R.S. § 41-1959 and Rule 15.1(g), Arizona Rules of Criminal Procedure, the Defendant having been "
               "charged with Fraudulent Schemes and Artifices, A.R.S. § 13-2310, and Theft, A.R.S. § 13-1802, and "
               "good cause appearing,", **f))
    s.append(P("<b>IT IS ORDERED</b> that the Arizona Department of Economic Security shall produce to the Maricopa "
               "County Attorney's Office, within twenty-one (21) days of service of this Order, copies of all "
               "Nutrition Assistance and Cash Assistance case records for the period January 1, 2021 to the present "
               "concerning the following persons, including applications, renewals, household composition, "
               "reported employment and earnings, all addresses reported, and benefit issuance history:", **f))
    s.append(P("1.&nbsp;&nbsp;Kwame OWUSU-MENSAH, date of birth 4/9/1980;", size=11, indent=60, after=2))
    s.append(P("2.&nbsp;&nbsp;Brenda Lee HARGROVE, date of birth 12/22/1982.", size=11, indent=60, after=10))
    s.append(P("<b>IT IS FURTHER ORDERED</b> that the records shall be used solely for purposes of this criminal "
               "prosecution, shall be disclosed to defense counsel as required by Rule 15.1, and shall not be "
               "further disseminated without leave of Court.", **f))
    s.append(P("DATED this 3rd day of March, 2025.", size=11, before=10))
    s.append(sp(12))
    s.append(P(SIG.format("Teresa L. Villaseñor"), align=TA_RIGHT, after=0))
    s.append(P("HONORABLE TERESA L. VILLASEÑOR<br/>JUDGE OF THE SUPERIOR COURT", align=TA_RIGHT, size=10.5))
    build_pdf(out(i + ".pdf"), s, margins=(1.0, 1.0, 0.8, 0.8), page_numbers=True)
    return E(i, "born_digital", "county attorney cover letter (county attorney on letterhead) + superior court order",
             "district-attorney", "Maricopa County Attorney's Office", "Alicia R. Montoya-Baird",
             "Deputy County Attorney", "montoyaa@mcao.maricopa.gov", "(602) 555-0183",
             [("Kwame Owusu-Mensah", "1980-04-09", []), ("Brenda Lee Hargrove", "1982-12-22", [])],
             ["ARS 41-1959", "AZ CrimP 15.1", "ARS 13-2310", "ARS 13-1802"], "court_order", None,
             "criminal_investigation", ["benefits", "address", "employment", "wages"], "mail")


# ==============================================================================================
# by14  DOL-OIG e-mail + 18 U.S.C. 2703(d) order PDF, California EDD
# ==============================================================================================
def order2703_story():
    s = []
    s.append(C("UNITED STATES DISTRICT COURT<br/>EASTERN DISTRICT OF CALIFORNIA", font="Serif-Bold", size=12,
               after=14))
    cap = Table([[Paragraph("IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER "
                            "PURSUANT TO 18 U.S.C. § 2703(d) DIRECTED TO THE CALIFORNIA EMPLOYMENT DEVELOPMENT "
                            "DEPARTMENT", st(size=10.5, after=0)),
                  Paragraph("Case No. 2:25-mj-00048-MET<br/><br/><b>ORDER</b><br/><br/><b>FILED UNDER SEAL</b>",
                            st(size=10.5, after=0))]], colWidths=[3.4 * inch, 3.0 * inch])
    cap.setStyle(TableStyle([("LINEAFTER", (0, 0), (0, 0), 0.6, colors.black),
                             ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (1, 0), (1, 0), 14)]))
    s.append(cap)
    s.append(sp(12))
    f = dict(size=11, lead=21, align=TA_JUSTIFY, first=36)
    for b in [
        "The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court "
        "issue an Order requiring the California Employment Development Department (\"EDD\"), which provides an "
        "electronic communication service to users of its UI Online system, to disclose the records and other "
        "information described in Attachment A to this Order.",
        "The Court finds that the United States has offered specific and articulable facts showing that there are "
        "reasonable grounds to believe that the records or other information sought are relevant and material to "
        "an ongoing criminal investigation.",
        "The Court determines that there is reason to believe that notification of the existence of this Order "
        "will seriously jeopardize the ongoing investigation, including by giving targets an opportunity to "
        "destroy or tamper with evidence or change patterns of behavior. See 18 U.S.C. § 2705(b).",
        "IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that EDD shall, within ten days of the date of "
        "this Order, disclose to the United States the records and other information described in Attachment A.",
        "IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that EDD shall not disclose the existence of the "
        "application of the United States, or the existence of this Order of the Court, to the account holders "
        "or to any other person, for a period of one year from the date of this Order, except that EDD may "
        "disclose this Order to an attorney for EDD for the purpose of receiving legal advice."]:
        s.append(P(b, **f))
    s.append(P("IT IS SO ORDERED.", size=11, before=6))
    s.append(P("Dated: February 24, 2025", size=11, before=10))
    s.append(P(SIG.format("Marcus E. Tolliver"), align=TA_RIGHT, after=0))
    s.append(P("MARCUS E. TOLLIVER<br/>UNITED STATES MAGISTRATE JUDGE", align=TA_RIGHT, size=10.5))
    s.append(PageBreak())
    s.append(C("<b>ATTACHMENT A</b>", size=12, after=10))
    s.append(P("<b>I. The Accounts.</b> This Order applies to the UI Online accounts and claims associated with:",
               size=10.5))
    s.append(grid([["<b>Claimant name</b>", "<b>Date of birth</b>", "<b>Other identifiers</b>"],
                   ["Gabriel Ángel OCHOA BETANCOURT", "June 3, 1994", "CA DL D4471829"],
                   ["Tiffany Nhu LAM", "February 25, 1997", "—"]],
                  [2.9 * inch, 1.6 * inch, 1.9 * inch], font="Serif", size=10, header=True))
    s.append(P("<b>II. Records to be disclosed.</b> For the period March 1, 2023 to the date of this Order, EDD shall "
               "disclose the following non-content records: (a) names, user names, e-mail addresses, telephone "
               "numbers and mailing addresses associated with each account; (b) account creation dates and the IP "
               "address used to create each account; (c) logs of all log-ins, with date, time and source IP "
               "address; (d) claim filing and certification dates and the IP address of each; and (e) the payment "
               "method and bank account or debit card information associated with each claim.", size=10.5,
               align=TA_JUSTIFY, before=8))
    return s


@register
def by14():
    i = "by14"
    pdf = pdf_bytes(order2703_story(), margins=(1.0, 1.0, 0.8, 0.8), page_numbers=True)
    m = EmailMessage()
    m["From"] = '"Yamamoto, Derek S - OIG" <derek.yamamoto@oig.dol.gov>'
    m["To"] = '"EDD Legal Office - Subpoena Unit" <legal.subpoenas@edd.ca.gov>'
    m["Subject"] = "2703(d) Order - UI Online account records (SEALED)"
    m["Date"] = format_datetime(dt(2025, 2, 25, 9, 31, -8))
    m["Message-ID"] = "<MN2PR09MB5519A0@MN2PR09MB5519.namprd09.prod.outlook.com>"
    m.set_content("""Hello,

Attached is a court order signed yesterday by a U.S. Magistrate Judge in the Eastern District of California. It directs EDD to produce non-content UI Online account records (log-in and IP history, contact information, payment method) for the two claimant accounts listed in Attachment A.

This is in connection with our investigation of an unemployment insurance fraud scheme involving wire fraud (18 U.S.C. 1343). My understanding is that Unemployment Insurance Code section 1095 allows EDD to release this information in response to the order. Please note the order includes a non-disclosure provision.

Records can be uploaded to the secure link I will send separately, or burned to disc and mailed to our Sacramento office.

Thanks very much,

Derek S. Yamamoto
Special Agent
U.S. Department of Labor – Office of Inspector General
Office of Investigations, San Francisco Region – Sacramento Post of Duty
(916) 555-0161
""")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="2_25-mj-00048_Order_2703d.pdf")
    write_eml(out(i + ".eml"), m, i)
    return E(i, "eml", "DOL-OIG e-mail with 18 USC 2703(d) court order PDF attached",
             "dol-oig", "U.S. Department of Labor, Office of Inspector General", "Derek S. Yamamoto",
             "Special Agent", "derek.yamamoto@oig.dol.gov", "(916) 555-0161",
             [("Gabriel Ángel Ochoa Betancourt", "1994-06-03", [("license", "D4471829")]),
              ("Tiffany Nhu Lam", "1997-02-25", [])],
             ["18 USC 2703", "18 USC 2705", "18 USC 1343", "CA UI Code 1095"], "court_order", None,
             "criminal_investigation", ["claims", "benefits", "address", "phone", "email", "other"], "email")


# ==============================================================================================
# by15  SSA-OIG fax: cover + inspector-general subpoena to Oklahoma ESC
# ==============================================================================================
@register
def by15():
    i = "by15"
    s = []
    s.append(P("<b>SOCIAL SECURITY ADMINISTRATION</b><br/>Office of the Inspector General<br/>Office of "
               "Investigations – Oklahoma City Field Office<br/>P.O. Box 26104, Oklahoma City, OK 73126",
               font="Sans", size=10.5, after=12))
    s.append(C("<b>FAX COVER SHEET</b>", font="Sans", size=18, after=10))
    s.append(grid([["TO:", "Oklahoma Employment Security Commission – Legal Division"],
                   ["FAX:", "405-555-0102"],
                   ["FROM:", "Luis F. Arriaga, Special Agent"],
                   ["PHONE:", "405-555-0148"],
                   ["DATE:", "March 11, 2025"],
                   ["PAGES:", "3 including cover"]], [1.3 * inch, 5.5 * inch], size=11, pad=5))
    s.append(sp(10))
    s.append(P("Attached is an Inspector General subpoena duces tecum for wage and claim records. We are "
               "investigating concealment of work activity by Social Security disability beneficiaries, possible "
               "violations of 42 U.S.C. § 408(a)(4) and 18 U.S.C. § 641. Records can be returned by fax or to "
               "luis.arriaga@ssa.gov. Please call me with any questions.", font="Sans", size=11, align=TA_JUSTIFY))
    s.append(sp(160))
    s.append(P("This facsimile may contain sensitive information protected by the Privacy Act (5 U.S.C. § 552a). If "
               "you are not the intended recipient, please notify the sender and destroy this document.",
               font="Sans", size=8.5))
    s.append(PageBreak())
    s.append(C("OFFICE OF THE INSPECTOR GENERAL<br/>SOCIAL SECURITY ADMINISTRATION", font="Serif-Bold", size=12,
               after=6))
    s.append(C("<b>SUBPOENA DUCES TECUM</b>", font="Serif", size=14, after=2))
    s.append(C("No. OIG-25-OK-0032", size=10, after=10))
    s.append(P("TO:&nbsp;&nbsp;Custodian of Records<br/>Oklahoma Employment Security Commission<br/>Will Rogers "
               "Memorial Office Building<br/>2401 N. Lincoln Blvd., Oklahoma City, OK 73105", size=10.5, indent=30,
               first=-30))
    f = dict(size=10.5, align=TA_JUSTIFY)
    s.append(P("YOU ARE HEREBY COMMANDED to produce to Special Agent Luis F. Arriaga of the Office of the Inspector "
               "General, Social Security Administration, at 5200 N. Classen Blvd., Suite 310, Oklahoma City, OK "
               "73118, on or before April 4, 2025, at 10:00 a.m., the records described in Schedule A, which are "
               "necessary in the performance of the responsibility of the Inspector General under the Inspector "
               "General Act of 1978, as amended.", **f))
    s.append(P("This subpoena is issued pursuant to 5 U.S.C. § 406(a)(4) in connection with an official "
               "investigation being conducted by the Office of the Inspector General. In the case of contumacy or "
               "refusal to obey, this subpoena shall be enforceable by order of any appropriate United States "
               "District Court.", **f))
    s.append(P("The production of copies of the records by mail or facsimile on or before the date above, "
               "accompanied by a certificate of the custodian, will be considered compliance with this subpoena.",
               **f))
    s.append(sp(8))
    s.append(P("IN TESTIMONY WHEREOF, the undersigned has hereunto set his hand this 10th day of March, 2025.", **f))
    s.append(sp(12))
    s.append(P(SIG.format("Harold W. Pennington"), align=TA_RIGHT, after=0))
    s.append(P("Harold W. Pennington<br/>Inspector General<br/>Social Security Administration", align=TA_RIGHT,
               size=10.5))
    s.append(PageBreak())
    s.append(C("<b>SCHEDULE A</b>", size=12, after=10))
    s.append(P("For the period January 1, 2019 through the present, all quarterly wage records (including employer "
               "name, address and account number), new-hire reports, and unemployment insurance claim and benefit "
               "payment records for:", **f))
    s.append(grid([["DUVALL, Cheryl Ann", "DOB: Sept. 2, 1969", "SSN: ***-**-1184"],
                   ["DUVALL, Wendell R.", "DOB: November 19, 1966", "SSN: ***-**-9052"]],
                  [2.6 * inch, 2.1 * inch, 1.9 * inch], font="Serif", size=10.5, pad=5))
    s.append(sp(8))
    s.append(P("Disclosure of this information to a federal official for the purpose of an investigation is "
               "permitted by 20 C.F.R. § 603.5 and 40 O.S. § 4-508.", **f))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(0.9, 0.9, 0.8, 0.8))
    fax_tiff(p, out(i + ".tif"), i, headers="Mar 11 2025 09:15AM   SSA OIG OKC   (405) 555-0148     p.{p}",
             threshold=140)
    return E(i, "fax", "SSA-OIG fax cover + Inspector General subpoena duces tecum",
             "ssa-oig", "Social Security Administration, Office of the Inspector General", "Luis F. Arriaga",
             "Special Agent", "luis.arriaga@ssa.gov", "405-555-0148",
             [("Cheryl Ann Duvall", "1969-09-02", [("ssn_last4", "1184")]),
              ("Wendell R. Duvall", "1966-11-19", [("ssn_last4", "9052")])],
             ["42 USC 408", "18 USC 641", "5 USC 552a", "5 USC 406", "20 CFR 603.5", "40 OS 4-508"],
             "administrative_subpoena", None, "criminal_investigation",
             ["wages", "employment", "claims", "benefits"], "fax")


# ==============================================================================================
# by16  DEA administrative subpoena (21 U.S.C. 876) to Missouri Division of Employment Security
# ==============================================================================================
@register
def by16():
    i = "by16"
    s = []
    t = Table([[Paragraph("<b>U.S. Department of Justice</b><br/>Drug Enforcement Administration", st(font="Sans",
                                                                                                     size=10)),
                Paragraph("File No.: <b>R2-24-0087</b><br/>G-DEP Identifier: <b>NAMS4</b><br/>Subpoena No.: "
                          "<b>25-STL-00214</b>", st(font="Sans", size=9, align=TA_RIGHT))]],
              colWidths=[3.6 * inch, 3.2 * inch])
    s.append(t)
    s.append(C("<b>SUBPOENA</b>", font="Sans", size=20, before=6, after=8))
    s.append(grid([[("TO:", "Custodian of Records<br/>Missouri Department of Labor and Industrial Relations<br/>"
                            "Division of Employment Security<br/>421 E. Dunklin Street, Jefferson City, MO 65101")],
                   [("In the matter of:", "Investigation under the Controlled Substances Act, 21 U.S.C. § 801 et seq., "
                                          "including possible violations of 21 U.S.C. §§ 841 and 846")]],
                  [6.8 * inch], size=10, pad=5))
    s.append(sp(6))
    f = dict(font="Sans", size=9.5, align=TA_JUSTIFY)
    s.append(P("By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent "
               "Kyle D. Brandt, an official of the Drug Enforcement Administration, at 317 S. 16th Street, St. Louis, "
               "Missouri 63103, on the 2nd day of April, 2025, at 10:00 a.m., to testify and give evidence in "
               "regard to an investigation relating to the enforcement of the Controlled Substances Act, and to "
               "bring with you and produce at that time and place the following records:", **f))
    s.append(grid([["For the period January 1, 2023 to the present: all quarterly wage records, including the name, "
                    "address and employer account number of each employer reporting wages, all unemployment "
                    "insurance claims, and the most recent address on file, for:<br/><br/>"
                    "(1)&nbsp;&nbsp;IBARRA-MONTES, Juan Carlos – DOB 08/15/1988 – SSN XXX-XX-4907<br/>"
                    "(2)&nbsp;&nbsp;PRATER, Deshawn L. – DOB 03/19/1995 – MO DL# R104772391"]],
                  [6.8 * inch], size=10, pad=8))
    s.append(sp(6))
    s.append(P("In lieu of appearance, you may comply with this subpoena by providing copies of the records to the "
               "agent named above on or before the return date. This subpoena is issued pursuant to Section 506 of "
               "Public Law 91-513 (21 U.S.C. 876). Failure to comply with this subpoena may result in the Attorney "
               "General invoking the aid of the appropriate United States District Court to compel compliance.",
               **f))
    s.append(P("<b>Notice:</b> Disclosure of the existence of this subpoena could impede a criminal investigation. "
               "You are requested not to disclose it to the persons named above.", **f))
    s.append(sp(6))
    s.append(grid([[("Issued by (signature)", '<font name="Serif-Italic" size="13">Kyle D. Brandt</font>'),
                    ("Name and title", "Kyle D. Brandt<br/>Special Agent"), ("Date", "03/12/2025")],
                   [("Address", "DEA St. Louis Division<br/>317 S. 16th Street, St. Louis, MO 63103"),
                    ("Telephone", "(314) 555-0193"), ("E-mail", "kyle.d.brandt@dea.gov")]],
                  [3.0 * inch, 2.2 * inch, 1.6 * inch], size=9.5, pad=5))
    s.append(sp(14))
    s.append(C("<b>RETURN OF SERVICE</b>", font="Sans", size=9.5))
    s.append(grid([[("Served on (name)", ""), ("Method", "☐ in person ☐ certified mail ☐ fax/e-mail"),
                    ("Date", "")], [("Served by", ""), ("Title", ""), ("", "")]],
                  [3.0 * inch, 2.2 * inch, 1.6 * inch], size=9, pad=7))
    build_pdf(out(i + ".pdf"), s, margins=(0.85, 0.85, 0.7, 0.8),
              footer="Previous editions are obsolete. – Law Enforcement Sensitive")
    return E(i, "born_digital", "DEA 21 USC 876 administrative subpoena form",
             "doj-dea", "Drug Enforcement Administration, St. Louis Division", "Kyle D. Brandt", "Special Agent",
             "kyle.d.brandt@dea.gov", "(314) 555-0193",
             [("Juan Carlos Ibarra-Montes", "1988-08-15", [("ssn_last4", "4907")]),
              ("Deshawn L. Prater", "1995-03-19", [("license", "R104772391")])],
             ["21 USC 801", "21 USC 841", "21 USC 846", "PL 91-513", "21 USC 876"], "administrative_subpoena",
             None, "criminal_investigation", ["wages", "employment", "claims", "address"], "mail")


# ==============================================================================================
# by17  Texas grand jury subpoena duces tecum to HHSC (scanned)
# ==============================================================================================
@register
def by17():
    i = "by17"
    s = []
    s.append(C("THE STATE OF TEXAS", font="Serif-Bold", size=14, after=2))
    s.append(C("<b>GRAND JURY SUBPOENA DUCES TECUM</b>", size=13, after=2))
    s.append(C("185th District Court Grand Jury – Harris County, Texas", size=11, after=2))
    s.append(C("Grand Jury No. 1823041 &nbsp;&nbsp;|&nbsp;&nbsp; Term: January 2025", size=10, after=12))
    f = dict(size=11, align=TA_JUSTIFY, lead=16)
    s.append(P("TO ANY SHERIFF OR CONSTABLE OF THE STATE OF TEXAS – GREETINGS:", **f))
    s.append(P("YOU ARE HEREBY COMMANDED to summon <b>Custodian of Records, Texas Health and Human Services "
               "Commission, 4900 N. Lamar Blvd., Austin, Texas 78751</b>, to be and appear before the Grand Jury of "
               "the 185th District Court of Harris County, Texas, at the Harris County Criminal Justice Center, 1201 "
               "Franklin Street, Houston, Texas, on the <b>17th day of April, 2025, at 9:00 o'clock A.M.</b>, then "
               "and there to testify as a witness in an investigation now pending before said Grand Jury "
               "(In re: Theft, Tex. Penal Code § 31.03), and to bring with you and produce the following:", **f))
    s.append(P("All Supplemental Nutrition Assistance Program (SNAP) and Temporary Assistance for Needy Families "
               "(TANF) case records from January 1, 2021 to present for <b>GUTIÉRREZ DE LA FUENTE, Ana Lucía</b>, "
               "DOB 03/27/1985, including applications, household composition, addresses and telephone numbers "
               "reported, Lone Star Card issuance, and EBT transaction histories.", indent=30, **f))
    s.append(P("In lieu of appearance, the witness may deliver the records to the Harris County District Attorney's "
               "Office with a business records affidavit that complies with Tex. R. Evid. 902(10). This subpoena is "
               "issued under Articles 20A.051 and 24.02 of the Texas Code of Criminal Procedure. HEREIN FAIL NOT, and "
               "make due return of this writ showing how you have executed the same.", **f))
    s.append(P("WITNESS MY HAND AND SEAL OF OFFICE, at Houston, Texas, this 18th day of March, 2025.", before=6,
               **f))
    t = Table([[Paragraph("Requested by:<br/>Jonathan T. Ferris<br/>Assistant District Attorney<br/>Harris County "
                          "District Attorney's Office<br/>Financial Crimes Division<br/>1201 Franklin St., Suite 600"
                          "<br/>Houston, Texas 77002<br/>(713) 555-0119", st(size=10)),
                Paragraph("NELDA P. SAUCEDO<br/>District Clerk, Harris County, Texas<br/><br/>By: " +
                          SIG.format("M. Trevino") + "<br/>Deputy", st(size=10))]],
              colWidths=[3.3 * inch, 3.3 * inch])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(PageBreak())
    s.append(C("<b>OFFICER'S RETURN</b>", size=12, after=10))
    s.append(P("Came to hand the ____ day of ____________, 2025, and executed the ____ day of ____________, 2025, "
               "by delivering to the within-named witness in person a true copy of this subpoena.", size=11))
    s.append(sp(20))
    s.append(P("__________________________________<br/>Sheriff / Constable / Deputy", size=11))
    s.append(sp(30))
    s.append(P("GRAND JURY PROCEEDINGS ARE SECRET. Tex. Code Crim. Proc. art. 20A.204.", size=9))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(1.0, 1.0, 0.9, 0.9))
    with open(out(i + ".pdf"), "wb") as fh:
        fh.write(scanned_pdf_bytes(p, i, turns={1: 180}))
    return E(i, "scanned", "Texas state grand jury subpoena duces tecum, scanned",
             "district-attorney", "Harris County District Attorney's Office", "Jonathan T. Ferris",
             "Assistant District Attorney", None, "(713) 555-0119",
             [("Ana Lucía Gutiérrez de la Fuente", "1985-03-27", [])],
             ["TX PC 31.03", "TX R Evid 902", "TX CCP 20A.051", "TX CCP 24.02", "TX CCP 20A.204"],
             "grand_jury_subpoena", None, "criminal_investigation", ["benefits", "address", "phone", "other"],
             "mail")


# ==============================================================================================
# by18  Louisiana child-support investigator reply thread, pasted as text
# ==============================================================================================
@register
def by18():
    i = "by18"
    t = """From: Broussard, Camille <Camille.Broussard@la.gov>
Sent: Tuesday, February 4, 2025 3:12 PM
To: LWC Records Request <records@lwc.la.gov>
Cc: Theriot, Monique <Monique.Theriot@la.gov>
Subject: RE: Employer inquiry - NCP THIBODEAUX

Mr. Marchand,

Thank you for getting back to me. Our office is the Title IV-D child support agency for Louisiana, and we are asking under 42 U.S.C. 653 and 42 U.S.C. 666(c)(1) as well as La. R.S. 23:1660, which I understand allows LWC to share this with the child support program.

To restate the request: we need the current employer of record and the last two quarters of wages for the noncustodial parent below, plus any unemployment benefits he is drawing so we can issue an income withholding order.

  NCP:  Travis Paul Thibodeaux
  DOB:  April 30, 1989
  SSN:  ending 4412
  Last known address: Houma, LA

The custodial parent is Kayla Breaux (case no. on our side is 0094-118832-CS).

Thanks,

Camille Broussard
Child Support Enforcement Specialist 3
Louisiana Department of Children and Family Services
Child Support Enforcement - Terrebonne Parish Office
(985) 555-0152

-----Original Message-----
From: Marchand, Kevin <kmarchand@lwc.la.gov>
Sent: Monday, February 3, 2025 10:47 AM
To: Broussard, Camille <Camille.Broussard@la.gov>
Subject: RE: Employer inquiry - NCP THIBODEAUX

Ms. Broussard,

We received your request below. Before we can release wage information, please tell me the legal authority your office is relying on. If you have a court order, please attach it.

Kevin Marchand
Records Disclosure | Louisiana Workforce Commission

> -----Original Message-----
> From: Broussard, Camille <Camille.Broussard@la.gov>
> Sent: Friday, January 31, 2025 4:05 PM
> To: LWC Records Request <records@lwc.la.gov>
> Subject: Employer inquiry - NCP THIBODEAUX
>
> Good afternoon, can you tell me where Travis Thibodeaux (DOB 4/30/1989)
> is working now? New hire info shows nothing since 2023.
> Thank you, Camille
"""
    with open(out(i + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(t)
    return E(i, "txt", "plain-text e-mail thread: child-support reply quoting agency's question",
             "other", "Louisiana Department of Children and Family Services, Child Support Enforcement",
             "Camille Broussard", "Child Support Enforcement Specialist 3", "Camille.Broussard@la.gov",
             "(985) 555-0152",
             [("Travis Paul Thibodeaux", "1989-04-30", [("ssn_last4", "4412")])],
             ["42 USC 653", "42 USC 666", "LA RS 23:1660"], "none", None, "unknown",
             ["employment", "wages", "benefits"], "email")


# ==============================================================================================
# by19  U.S. Marshals letter to Oklahoma Human Services (warrant mentioned, not attached)
# ==============================================================================================
@register
def by19():
    i = "by19"
    s = []
    s += letterhead(["<b>U.S. Department of Justice</b>", "United States Marshals Service",
                     "Western District of Oklahoma", "200 N.W. 4th Street, Room 2417", "Oklahoma City, OK 73102"],
                    ["Wesley D. Kaufman", "United States Marshal"], font="Serif", size=9.5)
    s.append(P("February 20, 2025", align=TA_RIGHT, after=10))
    s.append(lines("Oklahoma Human Services\nOffice of Inspector General\nSequoyah Memorial Office Building\n"
                   "2400 N. Lincoln Blvd.\nOklahoma City, OK 73105"))
    s.append(P("<b>RE:&nbsp;&nbsp;Fugitive Location Request – USMS Warrant No. 2425-0118-0611-B</b>"))
    f = dict(align=TA_JUSTIFY)
    for b in [
        "To the Records Custodian:",
        "The United States Marshals Service, Metro Oklahoma City Fugitive Task Force, is seeking to locate "
        "<b>Ricardo VILLANUEVA-SOTO</b> (date of birth 12/01/1990), who is the subject of an outstanding federal "
        "arrest warrant issued by the United States District Court for the Western District of Oklahoma for "
        "possession of a firearm by a prohibited person, 18 U.S.C. § 922(g)(1), and for violation of the terms of "
        "his supervised release. The warrant is active and can be confirmed through NCIC; a copy is available upon "
        "request.",
        "The Food and Nutrition Act, at 7 U.S.C. § 2020(e)(8), and 7 C.F.R. § 272.1(c)(1)(vii), "
        "require a State agency to make the address, Social Security number and, if available, photograph of a "
        "household member available to a law enforcement officer who furnishes the name of a member who is "
        "fleeing to avoid prosecution or custody for a felony. Similar provisions apply to TANF under 42 U.S.C. "
        "§ 608(a)(9).",
        "We request the current residential address and telephone number reported by Mr. Villanueva-Soto, and the "
        "status of any SNAP or TANF case on which he is listed (active or closed, and the servicing county "
        "office). Our information indicates he may be listed as a household member on a case headed by "
        "<b>Stephanie Mae CORBIN</b> (DOB 1992-07-16); we also request the address and telephone number on any "
        "such case.",
        "Please direct your response to the undersigned at (405) 555-0176 or tyler.haskins@usdoj.gov. Thank you "
        "for your assistance."]:
        s.append(P(b, **f))
    s.append(P("Respectfully,", before=4, after=2))
    s.append(P(SIG.format("Tyler Haskins"), after=0))
    s.append(lines("Tyler J. Haskins\nDeputy U.S. Marshal\nMetro Oklahoma City Fugitive Task Force"))
    s.append(P("cc: SDUSM Andrew Pollock, Task Force Coordinator", size=9))
    build_pdf(out(i + ".pdf"), s, margins=(1.0, 1.0, 0.8, 0.8),
              footer="LAW ENFORCEMENT SENSITIVE – Do not disclose to the subject")
    return E(i, "born_digital", "USMS letter (Marshal on letterhead), warrant referenced but not attached",
             "doj-usms", "United States Marshals Service, Western District of Oklahoma", "Tyler J. Haskins",
             "Deputy U.S. Marshal", "tyler.haskins@usdoj.gov", "(405) 555-0176",
             [("Ricardo Villanueva-Soto", "1990-12-01", []), ("Stephanie Mae Corbin", "1992-07-16", [])],
             ["18 USC 922", "7 USC 2020", "7 CFR 272.1", "42 USC 608"], "none", None, "criminal_investigation",
             ["address", "phone", "benefits"], "mail")


# ==============================================================================================
# by20  Reno PD e-mail with photographed Justice Court search warrant (JPEG attachments)
# ==============================================================================================
@register
def by20():
    i = "by20"
    s = []
    s.append(C("IN THE JUSTICE COURT OF RENO TOWNSHIP<br/>COUNTY OF WASHOE, STATE OF NEVADA", font="Serif-Bold",
               size=12, after=12))
    s.append(C("<b>SEARCH WARRANT</b>", size=15, after=4))
    s.append(C("SW No. RJC-25-0391", size=10, after=10))
    s.append(P("STATE OF NEVADA&nbsp;&nbsp;&nbsp;&nbsp;)<br/>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
               "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
               "&nbsp;&nbsp;) ss.<br/>COUNTY OF WASHOE&nbsp;&nbsp;)", size=11))
    f = dict(size=11.5, lead=17, align=TA_JUSTIFY)
    s.append(P("The State of Nevada, to any Peace Officer in the County of Washoe:", **f))
    s.append(P("Proof by Affidavit having been made before me by Detective Sean Gallagher, Reno Police Department, "
               "that there is probable cause to believe that certain property, namely business records, "
               "constituting evidence of the crimes of Obtaining and Using Personal Identifying Information of "
               "Another (NRS 205.463) and Theft (NRS 205.0832), is presently located at the <b>Nevada Division of "
               "Welfare and Supportive Services, 1470 College Parkway, Carson City, Nevada</b>, and its electronic "
               "records systems, to wit:", **f))
    s.append(P("All SNAP, TANF and Medicaid applications submitted by or on behalf of <b>Kristina Yurievna "
               "BARANOVA</b>, DOB 10/12/1986, from January 1, 2023 to present, including documents uploaded with "
               "those applications, case notes, all addresses, telephone numbers and e-mail addresses reported, and "
               "EBT card issuance and replacement records.", indent=30, **f))
    s.append(P("YOU ARE HEREBY COMMANDED to search forthwith the place named for the property specified, serving this "
               "warrant between the hours of 7:00 a.m. and 7:00 p.m., and if the property is there, to seize it, "
               "leave a copy of this warrant and a receipt for the property taken, and make a return to this Court "
               "within ten (10) days. This warrant is issued pursuant to NRS 179.045.", **f))
    s.append(P("GIVEN UNDER MY HAND and dated this 6th day of March, 2025.", before=6, **f))
    s.append(sp(16))
    s.append(P(SIG.format("Patricia D. Lindqvist"), align=TA_RIGHT, after=0))
    s.append(P("JUSTICE OF THE PEACE, RENO TOWNSHIP<br/>Hon. Patricia D. Lindqvist", align=TA_RIGHT, size=10.5))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(1.0, 1.0, 0.9, 0.9))
    pages = rasterize(p, dpi=150, key=i)
    jpg = photo_jpeg(pages[0], i, angle=-2.2, scale=0.9)
    m = EmailMessage()
    m["From"] = '"Gallagher, Sean" <gallaghers@reno.gov>'
    m["To"] = "DWSS Investigations <dwss.investigations@dwss.nv.gov>"
    m["Subject"] = "Search warrant - DWSS records - BARANOVA"
    m["Date"] = format_datetime(dt(2025, 3, 6, 17, 24, -8))
    m["Message-ID"] = "<CAK9pZrE1q7x=UoFv2LwR0@mail.gmail.com>"
    m.set_content("""Hello,

Attached is a photo of the signed search warrant from Reno Justice Court (the original will be hand delivered to your Carson City office). It covers the SNAP/TANF/Medicaid applications and case file for Kristina Baranova, DOB 10/12/1986, including whatever she uploaded with the applications and any EBT card replacements.

We believe she applied using identity documents belonging to at least two other people, so the uploaded documents are the most important part.

Please let me know who I should coordinate with.

Det. Sean Gallagher #2317
Reno Police Department | Financial Crimes Unit
455 E. 2nd St., Reno, NV 89501
775-555-0138 | gallaghers@reno.gov

Sent from my iPhone
""")
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="IMG_4471.jpg")
    write_eml(out(i + ".eml"), m, i)
    return E(i, "eml", "detective e-mail with phone photo (JPEG) of justice court search warrant",
             "local-police", "Reno Police Department", "Sean Gallagher", "Detective", "gallaghers@reno.gov",
             "775-555-0138",
             [("Kristina Yurievna Baranova", "1986-10-12", [])],
             ["NRS 205.463", "NRS 205.0832", "NRS 179.045"], "judicial_warrant", None, "criminal_investigation",
             ["benefits", "identity_documents", "address", "phone", "email", "other"], "email")


# ==============================================================================================
# by21  AO 88B civil subpoena (FLSA suit) faxed by plaintiffs' counsel to Georgia DOL
# ==============================================================================================
@register
def by21():
    i = "by21"
    s = []
    s.append(P("<b>KAMINSKI &amp; ODUYA LLC</b><br/>Attorneys at Law<br/>1180 Peachtree Street NE, Suite 2310<br/>"
               "Atlanta, Georgia 30309<br/>Tel 404-555-0125 | Fax 404-555-0126", font="Serif", size=10.5))
    s.append(hr())
    s.append(C("<b>FACSIMILE TRANSMISSION</b>", size=16, after=10))
    s.append(grid([[("To", "Georgia Department of Labor – Legal Services / Subpoena Compliance"),
                    ("Fax", "404-555-0197")],
                   [("From", "Peter J. Kaminski, Esq."), ("Date", "February 12, 2025")],
                   [("Re", "<i>Fuentes, et al. v. Peachtree Poultry Processing, LLC</i>, No. 1:24-cv-03817"),
                    ("Pages", "4 (with cover)")]], [4.7 * inch, 2.1 * inch], font="Serif", size=10.5, pad=5))
    s.append(sp(10))
    s.append(P("Please find attached a subpoena for the production of quarterly wage records. This is a collective "
               "action under the Fair Labor Standards Act, 29 U.S.C. § 216(b). We understand that O.C.G.A. "
               "§ 34-8-125 permits the Department to disclose wage information in response to a subpoena; if the "
               "Department requires a signed release from our clients, please let us know and we will provide it. "
               "Questions may be directed to me at pkaminski@kaminskioduya.com.", align=TA_JUSTIFY))
    s.append(sp(150))
    s.append(P("CONFIDENTIAL: This facsimile is intended only for the named recipient and may contain privileged "
               "attorney-client communications. If received in error, please call 404-555-0125.", size=8))
    s.append(PageBreak())
    s.append(P("AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of "
               "Premises in a Civil Action", font="Sans", size=7))
    s.append(C("UNITED STATES DISTRICT COURT", font="Serif-Bold", size=13, before=6, after=0))
    s.append(C("for the<br/><u>Northern District of Georgia</u>", size=10, after=8))
    cap = Table([[Paragraph("<u>María Elena Fuentes, et al.</u><br/><i>Plaintiff</i><br/>v.<br/>"
                            "<u>Peachtree Poultry Processing, LLC</u><br/><i>Defendant</i>", st(size=10)),
                  Paragraph("<br/>Civil Action No. 1:24-cv-03817-RKE", st(size=10))]],
                colWidths=[3.6 * inch, 3.0 * inch])
    s.append(cap)
    s.append(C("<b>SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS<br/>OR TO PERMIT INSPECTION OF PREMISES "
               "IN A CIVIL ACTION</b>", size=10.5, before=6, after=8))
    s.append(P("To:&nbsp;&nbsp;<u>Custodian of Records, Georgia Department of Labor, 148 Andrew Young International "
               "Blvd. NE, Atlanta, GA 30303</u>", size=10))
    s.append(P("☒ <b><i>Production:</i> YOU ARE COMMANDED</b> to produce at the time, date, and place set forth "
               "below the following documents, electronically stored information, or objects, and to permit "
               "inspection, copying, testing, or sampling of the material: All quarterly wage records (Form DOL-4N "
               "wage detail) reported by Peachtree Poultry Processing, LLC, or any other employer, for the period "
               "January 1, 2021 through December 31, 2024, for the following individuals: (1) FUENTES, María "
               "Elena, SSN xxx-xx-3391; (2) ORTIZ PEÑA, Bienvenido, SSN xxx-xx-6025; (3) NGUYEN, Hoa Thi, SSN "
               "xxx-xx-7784.", size=10, align=TA_JUSTIFY))
    s.append(grid([[("Place:", "Kaminski &amp; Oduya LLC, 1180 Peachtree Street NE, Suite 2310, Atlanta, GA 30309"),
                    ("Date and Time:", "03/14/2025 10:00 am")]], [4.5 * inch, 2.1 * inch], font="Serif", size=10))
    s.append(P("☐ <b><i>Inspection of Premises:</i> YOU ARE COMMANDED</b> to permit entry onto the designated "
               "premises, land, or other property possessed or controlled by you ...", size=9.5, before=6))
    s.append(P("The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of "
               "compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule "
               "45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of "
               "not doing so.", size=9.5, align=TA_JUSTIFY))
    s.append(P("Date: 02/12/2025", size=10, before=4))
    t = Table([[Paragraph("CLERK OF COURT<br/><br/>________________________<br/>Signature of Clerk or Deputy Clerk",
                          st(size=9)),
                Paragraph("OR", st(size=10, align=TA_CENTER)),
                Paragraph(SIG.format("Peter J. Kaminski") + "<br/>________________________<br/>Attorney's signature",
                          st(size=9))]], colWidths=[2.7 * inch, 0.8 * inch, 2.9 * inch])
    s.append(t)
    s.append(P("The name, address, e-mail address, and telephone number of the attorney representing (<i>name of "
               "party</i>) <u>Plaintiffs María Elena Fuentes, et al.</u>, who issues or requests this subpoena, are: "
               "<u>Peter J. Kaminski, Kaminski &amp; Oduya LLC, 1180 Peachtree Street NE, Suite 2310, Atlanta, GA "
               "30309; pkaminski@kaminskioduya.com; 404-555-0125</u>", size=9.5, before=6))
    s.append(P("<b>Notice to the person who issues or requests this subpoena</b><br/>If this subpoena commands the "
               "production of documents, electronically stored information, or tangible things or the inspection of "
               "premises before trial, a notice and a copy of the subpoena must be served on each party in this case "
               "before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).", size=8.5,
               before=4))
    s.append(PageBreak())
    s.append(C("<b>Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)</b>", size=9))
    rule = ("(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to "
            "attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person "
            "resides, is employed, or regularly transacts business in person; ... (2) For Other Discovery. A "
            "subpoena may command: (A) production of documents, electronically stored information, or tangible "
            "things at a place within 100 miles of where the person resides, is employed, or regularly transacts "
            "business in person; and (B) inspection of premises at the premises to be inspected. (d) Protecting a "
            "Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A party or "
            "attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing "
            "undue burden or expense on a person subject to the subpoena. ... (e) Duties in Responding to a "
            "Subpoena. (1) Producing Documents or Electronically Stored Information. ... (g) Contempt. The court for "
            "the district where compliance is required—and also, after a motion is transferred, the issuing "
            "court—may hold in contempt a person who, having been served, fails without adequate excuse to obey the "
            "subpoena or an order related to it.")
    s.append(P(rule, size=8, align=TA_JUSTIFY))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(0.9, 0.9, 0.75, 0.7))
    fax_tiff(p, out(i + ".tif"), i,
             headers="02/12/2025 16:31 FAX 404 555 0126   KAMINSKI ODUYA LLC        @{p:03d}/{n:03d}")
    return E(i, "fax", "law firm fax cover + AO 88B civil subpoena (FLSA wage suit)",
             "other", "Kaminski & Oduya LLC", "Peter J. Kaminski", "Attorney", "pkaminski@kaminskioduya.com",
             "404-555-0125",
             [("María Elena Fuentes", None, [("ssn_last4", "3391")]),
              ("Bienvenido Ortiz Peña", None, [("ssn_last4", "6025")]),
              ("Hoa Thi Nguyen", None, [("ssn_last4", "7784")])],
             ["29 USC 216", "OCGA 34-8-125", "FRCP 45"], "court_subpoena", "AO 88B", "unknown",
             ["wages", "employment"], "fax")


# ==============================================================================================
# by22  Kentucky circuit court criminal subpoena duces tecum (scanned)
# ==============================================================================================
@register
def by22():
    i = "by22"
    s = []
    s.append(P("Rev. 1-19<br/>Page 1 of 2<br/>Commonwealth of Kentucky<br/>Court of Justice "
               "www.kycourts.gov<br/>RCr 7.02", font="Sans", size=7.5, after=4))
    s.append(C("<b>SUBPOENA DUCES TECUM</b>", font="Sans", size=14, after=2))
    s.append(C("☒ Circuit &nbsp;&nbsp;☐ District &nbsp;&nbsp;Court &nbsp;&nbsp;&nbsp;&nbsp;County: <u>JEFFERSON</u>"
               " &nbsp;&nbsp;&nbsp;&nbsp;Division: <u>11</u>", font="Sans", size=9.5, after=6))
    s.append(grid([[("Case No.", "24-CR-002214"), ("", "")],
                   [("PLAINTIFF", "COMMONWEALTH OF KENTUCKY"), ("DEFENDANT", "DONOVAN RAY PRITCHETT")]],
                  [3.4 * inch, 3.4 * inch], size=10))
    s.append(sp(6))
    s.append(grid([[("TO:", "Custodian of Records<br/>Kentucky Office of Unemployment Insurance<br/>"
                            "500 Mero Street, 4th Floor<br/>Frankfort, KY 40601")]], [6.8 * inch], size=10))
    f = dict(font="Sans", size=9.5, align=TA_JUSTIFY)
    s.append(P("The Commonwealth of Kentucky to the above-named person: You are commanded to appear before the "
               "Jefferson Circuit Court, Division 11, Louis D. Brandeis Hall of Justice, 600 W. Jefferson Street, "
               "Louisville, Kentucky, on <b>May 6, 2025, at 9:00 a.m.</b>, to testify in the above-styled action on "
               "behalf of the Commonwealth, and to bring with you the following:", before=6, **f))
    s.append(P("Certified copies of all unemployment insurance claims filed by DONOVAN RAY PRITCHETT, date of birth "
               "02/11/1984, SSN ending 7716, from April 1, 2022 to the present; benefit payment history; the "
               "claimant's reported addresses; and quarterly wage records and employer information reported for "
               "the same period.", indent=24, **f))
    s.append(P("Charge(s): Theft by Deception over $1,000, KRS 514.040. The Commonwealth requests these records be "
               "produced as permitted by KRS 341.190. A certified copy of the records delivered to the Office of "
               "the Commonwealth's Attorney before the appearance date will be accepted in lieu of appearance.",
               **f))
    s.append(sp(6))
    s.append(grid([[("Issued at the request of:", "Mary Kate Lindholm<br/>Assistant Commonwealth's Attorney<br/>"
                                                  "30th Judicial Circuit<br/>514 W. Liberty Street, Louisville, KY "
                                                  "40202<br/>(502) 555-0104"),
                    ("Date issued", "03/17/2025<br/><br/>LaDonna S. Whitfield, Clerk<br/>By: " +
                     '<font name="Serif-Italic" size="12">J. Maddox</font>' + ", D.C.")]],
                  [3.6 * inch, 3.2 * inch], size=9.5))
    s.append(P("Failure to obey this subpoena without adequate excuse may be deemed a contempt of court.",
               font="Sans", size=8, before=6))
    s.append(PageBreak())
    s.append(C("<b>RETURN OF SERVICE</b>", font="Sans", size=11, after=8))
    s.append(grid([[("This subpoena was served by delivering a copy to the person named:", "")],
                   [("Date:", "")], [("Served by:", "")], [("Title:", "")]], [6.8 * inch], size=10, pad=10))
    s.append(sp(12))
    s.append(P("☐ Not served because: ___________________________________________", font="Sans", size=10))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(0.85, 0.85, 0.7, 0.8))
    with open(out(i + ".pdf"), "wb") as fh:
        fh.write(scanned_pdf_bytes(p, i, turns={1: 180}, grey=0.9))
    return E(i, "scanned", "Kentucky AOC-style criminal subpoena duces tecum, scanned",
             "district-attorney", "Office of the Commonwealth's Attorney, 30th Judicial Circuit", "Mary Kate Lindholm",
             "Assistant Commonwealth's Attorney", None, "(502) 555-0104",
             [("Donovan Ray Pritchett", "1984-02-11", [("ssn_last4", "7716")])],
             ["KY RCr 7.02", "KRS 514.040", "KRS 341.190"], "court_subpoena", None, "criminal_investigation",
             ["claims", "benefits", "address", "wages", "employment"], "mail")


# ==============================================================================================
# by23  ALEA State Bureau of Investigation letter to Alabama DHR (born digital)
# ==============================================================================================
@register
def by23():
    i = "by23"
    s = []
    s += letterhead(["<b>ALABAMA LAW ENFORCEMENT AGENCY</b>", "State Bureau of Investigation",
                     "Financial Crimes Unit", "201 South Union Street, Montgomery, Alabama 36104"],
                    ["Col. Raymond L. Cheatham", "Director, State Bureau of Investigation"], font="Sans",
                    size=9.5)
    s.append(P("28 February 2025", after=10))
    s.append(lines("Alabama Department of Human Resources\nOffice of Legal Services\nGordon Persons Building\n"
                   "50 N. Ripley Street\nMontgomery, AL 36130"))
    s.append(P("<b>Subject: Request for Records – SBI Case No. 2025-01-0142</b>"))
    f = dict(align=TA_JUSTIFY)
    for b in [
        "Dear Legal Services:",
        "The State Bureau of Investigation is investigating the use of stolen identities, including that of an "
        "elderly victim in Elmore County, to obtain Food Assistance (SNAP) benefits. The conduct constitutes "
        "identity theft and trafficking in stolen identities under Ala. Code §§ 13A-8-192 and 13A-8-193. Two "
        "suspects have been identified:"]:
        s.append(P(b, **f))
    s.append(grid([["BOGDAN PETROVIĆ", "DOB: 9 June 1979", "AL DL 7710452"],
                   ["AMINA YUSUF HIRSI", "DOB: 22 October 1990", "SSN ending 0817"]],
                  [2.4 * inch, 2.0 * inch, 2.1 * inch], font="Serif", size=10.5, pad=4))
    s.append(sp(8))
    for b in [
        "We request copies of any Food Assistance or Family Assistance applications filed by, or listing, either "
        "suspect since January 1, 2022, including any identity documents submitted with the applications; all "
        "addresses and telephone numbers reported; and EBT card issuance and replacement records.",
        "We understand that information about SNAP households may be disclosed to law enforcement officials "
        "investigating program violations under 7 C.F.R. § 272.1(c). The victim's information should not be "
        "released to any other party.",
        "Please contact me at (334) 555-0115 or brandon.marsh@alea.gov to arrange delivery."]:
        s.append(P(b, **f))
    s.append(P("Respectfully,", before=4, after=2))
    s.append(P(SIG.format("Brandon T. Marsh"), after=0))
    s.append(lines("Brandon T. Marsh\nSpecial Agent, Financial Crimes Unit\nState Bureau of Investigation"))
    build_pdf(out(i + ".pdf"), s, margins=(1.0, 1.0, 0.8, 0.8),
              footer="CONFIDENTIAL – FOR LAW ENFORCEMENT USE ONLY")
    return E(i, "born_digital", "state bureau of investigation letter, director on letterhead, two suspects",
             "state-police", "Alabama Law Enforcement Agency, State Bureau of Investigation", "Brandon T. Marsh",
             "Special Agent", "brandon.marsh@alea.gov", "(334) 555-0115",
             [("Bogdan Petrović", "1979-06-09", [("license", "7710452")]),
              ("Amina Yusuf Hirsi", "1990-10-22", [("ssn_last4", "0817")])],
             ["AL Code 13A-8-192", "AL Code 13A-8-193", "7 CFR 272.1"], "none", None, "criminal_investigation",
             ["benefits", "identity_documents", "address", "phone", "other"], "mail")


# ==============================================================================================
# by24  HSI e-mail, HTML only, Florida reemployment assistance
# ==============================================================================================
@register
def by24():
    i = "by24"
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Homeland Security Investigations (HSI) Tampa is conducting a criminal investigation of <b>Gulfline Drywall &amp; Stucco, Inc.</b> and its owner for harboring and employing unauthorized aliens (8 U.S.C. &sect; 1324) and fraud and misuse of documents (18 U.S.C. &sect; 1546).</p>
<p>We are requesting:</p>
<ul>
<li>Employer&#8217;s Quarterly Reports (RT-6) filed by Gulfline Drywall &amp; Stucco, Inc. for 2022 through 2024, with the employee wage listings;</li>
<li>Wage records (all employers) and any reemployment assistance claims for the individuals below.</li>
</ul>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#d9e2f3"><th>Name</th><th>DOB</th><th>SSN (last 4)</th><th>Role</th></tr>
<tr><td>Rodrigo Esteban SALCEDO</td><td>01/09/1975</td><td>2209</td><td>Owner / registered agent</td></tr>
<tr><td>Yulieth Carolina MENDOZA &Aacute;VILA</td><td>05/30/1999</td><td>8815</td><td>Employee</td></tr>
<tr><td>Abdiqani Farah JAMA</td><td>11/17/1994</td><td>3302</td><td>Employee</td></tr>
</table>
<p>It is my understanding that section 443.1715, Florida Statutes, permits the Department to disclose this information to a federal law enforcement agency. Please let me know if a subpoena is required and I will have one issued.</p>
<p>Respectfully,</p>
<p style="color:#1f3864"><b>Marcos A. Ferreira</b><br>Special Agent<br>Homeland Security Investigations &ndash; Tampa<br>U.S. Immigration and Customs Enforcement<br>2203 N. Lois Ave., Suite 600, Tampa, FL 33607<br>Office: 813-555-0158 | Cell: 813-555-0159<br><a href="mailto:marcos.a.ferreira@ice.dhs.gov">marcos.a.ferreira@ice.dhs.gov</a></p>
<p style="font-size:8pt;color:#808080">LAW ENFORCEMENT SENSITIVE: This communication and any attachments may contain sensitive information. Do not distribute without the permission of the sender.</p>
</body></html>
"""
    m = EmailMessage()
    m["From"] = '"Ferreira, Marcos A" <marcos.a.ferreira@ice.dhs.gov>'
    m["To"] = '"RA Records Custodian" <RArecords@commerce.fl.gov>'
    m["Subject"] = "HSI Tampa - wage records request - Gulfline Drywall & Stucco"
    m["Date"] = format_datetime(dt(2025, 1, 22, 9, 14))
    m["Message-ID"] = "<SJ0PR09MB9012A7D6@SJ0PR09MB9012.namprd09.prod.outlook.com>"
    m.set_content(html, subtype="html")
    write_eml(out(i + ".eml"), m, i)
    return E(i, "eml", "HSI HTML-only e-mail with subject table, worksite criminal case",
             "dhs-ice-hsi", "Homeland Security Investigations – Tampa", "Marcos A. Ferreira", "Special Agent",
             "marcos.a.ferreira@ice.dhs.gov", "813-555-0158",
             [("Rodrigo Esteban Salcedo", "1975-01-09", [("ssn_last4", "2209")]),
              ("Yulieth Carolina Mendoza Ávila", "1999-05-30", [("ssn_last4", "8815")]),
              ("Abdiqani Farah Jama", "1994-11-17", [("ssn_last4", "3302")])],
             ["8 USC 1324", "18 USC 1546", "FS 443.1715"], "none", None, "criminal_investigation",
             ["wages", "employment", "claims"], "email")


# ==============================================================================================
# by25  I-247N request for voluntary notification of release (born digital)
# ==============================================================================================
@register
def by25():
    i = "by25"
    s = []
    s.append(grid([[("", "DEPARTMENT OF HOMELAND SECURITY"), ("Subject ID:", "401228735"),
                    ("Event #:", "NOL2501000877")],
                   [("", "<b>REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN</b>"),
                    ("File No:", "A 078 921 446"), ("Date:", "January 30, 2025")]],
                  [3.8 * inch, 1.5 * inch, 1.5 * inch], size=9.5))
    s.append(grid([[("TO: (Name and Title of Institution)",
                     "Louisiana Department of Public Safety and Corrections<br/>Office of Adult Services – Records "
                     "Unit<br/>504 Mayflower Street, Baton Rouge, LA 70802"),
                    ("FROM: (DHS Office Address)", "U.S. Immigration and Customs Enforcement<br/>Enforcement and "
                                                   "Removal Operations – New Orleans Field Office<br/>1250 Poydras "
                                                   "Street, Suite 325, New Orleans, LA 70113")]],
                  [3.4 * inch, 3.4 * inch], size=9))
    s.append(grid([[("Name of Alien:", "MARTÍNEZ OLVERA, José Refugio"), ("Date of Birth:", "01/28/1981"),
                    ("Nationality:", "MEXICO"), ("Sex:", "M")]],
                  [2.9 * inch, 1.4 * inch, 1.5 * inch, 1.0 * inch], size=9.5))
    f = dict(font="Sans", size=9, after=4, align=TA_JUSTIFY)
    s.append(P("<b>1. DHS HAS DETERMINED THAT THE ALIEN IS A PRIORITY FOR REMOVAL BECAUSE HE/SHE:</b>", before=6, **f))
    for on, t in [(True, "has been convicted of an offense listed as a felony in the convicting jurisdiction;"),
                  (False, "has been convicted of three or more misdemeanor offenses;"),
                  (False, "has been convicted of a significant misdemeanor;"),
                  (False, "is subject to a final order of removal.")]:
        s.append(P(f"{ck(on)}&nbsp;&nbsp;{t}", indent=18, first=-12, **f))
    s.append(P("<b>2. DHS REQUESTS THAT YOU:</b>", **f))
    s.append(P(f"{ck(True)}&nbsp;&nbsp;Notify DHS as early as practicable (at least 48 hours, if possible) before the "
               "alien is released from your custody. Please notify DHS by calling ERO New Orleans at (504) 555-0131 "
               "or the Law Enforcement Support Center at (802) 555-0100.", indent=18, first=-12, **f))
    s.append(P("<b>This request does not request or authorize that you detain the alien beyond the time he or she is "
               "currently scheduled for release from your custody.</b> It is issued pursuant to sections 236 and 287 "
               "of the Immigration and Nationality Act and 8 C.F.R. 287.7.", **f))
    s.append(sp(6))
    s.append(grid([[("Name and title of Immigration Officer", "Brittany L. Fontenot, Deportation Officer"),
                    ("Signature of Immigration Officer", '<font name="Serif-Italic" size="12">B. Fontenot</font>')]],
                  [3.9 * inch, 2.9 * inch], size=9.5))
    s.append(sp(10))
    s.append(C("<b>TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN</b>", font="Sans",
               size=8.5))
    s.append(grid([[("Estimated release date:", ""), ("DOC number:", "")],
                   [("Name and title of officer:", ""), ("Signature:", "")]], [3.4 * inch, 3.4 * inch], size=9,
                  pad=9))
    s.append(sp(8))
    s.append(C("<b>NOTICE TO THE ALIEN</b>", font="Sans", size=8.5))
    s.append(P("The Department of Homeland Security (DHS) has requested that the law enforcement agency currently "
               "holding you notify DHS of your release. This request does not authorize the law enforcement agency "
               "to detain you beyond the time you are otherwise scheduled to be released.", font="Sans", size=8,
               align=TA_JUSTIFY))
    build_pdf(out(i + ".pdf"), s, margins=(0.7, 0.7, 0.7, 0.7), footer="DHS Form I-247N (12/16)")
    return E(i, "born_digital", "I-247N request for voluntary notification of release",
             "dhs-ice-ero", "ICE Enforcement and Removal Operations, New Orleans Field Office",
             "Brittany L. Fontenot", "Deportation Officer", None, "(504) 555-0131",
             [("José Refugio Martínez Olvera", "1981-01-28", [("a_number", "A078921446")])],
             ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247N", "civil_immigration", ["other"], "mail")


# ==============================================================================================
# by26  Tulsa PD typed letter + OKDHS release form (scanned)
# ==============================================================================================
@register
def by26():
    i = "by26"
    s = []
    s.append(C("<b>TULSA POLICE DEPARTMENT</b>", font="Serif", size=16, after=0))
    s.append(C("600 Civic Center • Tulsa, Oklahoma 74103", size=9.5, after=0))
    s.append(C("Detective Division – Assault Unit", size=9.5, after=4))
    s.append(hr(1.5))
    s.append(P("Feb. 26, 2025", after=10, font="Mono", size=10))
    m = dict(font="Mono", size=10, lead=14)
    s.append(lines("Oklahoma Human Services\nLegal Division - Records\nSequoyah Memorial Office Building\n"
                   "2400 N Lincoln Blvd\nOklahoma City OK 73105", **m))
    s.append(P("RE: TPD Case # 2025-009312", **m))
    for b in [
        "To whom it may concern,",
        "I am investigating an Aggravated Assault and Battery (21 O.S. § 646) that occurred on 02/15/2025 in the "
        "1500 block of N. Peoria Ave. The victim, Ernesto Salgado, was struck with a bat and remains "
        "hospitalized. A witness, Mrs. Dorothy Kimble, identified the two suspects below.",
        "   1. KOVACS, Daniel Steven       W/M   DOB 08/04/2000\n".replace("\n", "") ,
        "   2. LÓPEZ DE LA ROSA, Itzel     H/F   DOB 03/15/2001",
        "Neither suspect has a current address in our records. I am requesting the last known address and phone "
        "number for each from any SNAP or child care assistance application on file with your agency. The "
        "completed OKDHS law enforcement request form is attached.",
        "Thank you for your help. I can be reached at 918-555-0165 or hgreer@cityoftulsa.org."]:
        s.append(P(b.replace("   ", "&nbsp;&nbsp;&nbsp;"), **m))
    s.append(P("Det. Harlan W. Greer #1187<br/>Tulsa Police Department<br/>Assault Unit", before=16, **m))
    s.append(PageBreak())
    s.append(C("<b>OKLAHOMA HUMAN SERVICES</b><br/>Law Enforcement Request for Release of Client Information",
               font="Sans", size=11, after=8))
    W = [2.4 * inch, 4.4 * inch]
    s.append(grid([["Requesting officer", "Harlan W. Greer"], ["Agency", "Tulsa Police Department"],
                   ["Badge / ID", "1187"], ["Phone", "918-555-0165"], ["E-mail", "hgreer@cityoftulsa.org"],
                   ["Case number", "2025-009312"],
                   ["Client name(s) / DOB", "Daniel Steven Kovacs 08/04/2000; Itzel López de la Rosa 03/15/2001"],
                   ["Information requested", "Last known address; telephone number"],
                   ["Reason for request", "Suspects in aggravated assault investigation"]], W, size=10, pad=5))
    s.append(sp(8))
    s.append(P("Information concerning applicants and recipients of public assistance is confidential under 56 O.S. "
               "§ 183 and may be released to a law enforcement officer only as permitted by law. The requesting "
               "officer certifies that the information will be used solely for the official purpose stated.",
               font="Sans", size=9, align=TA_JUSTIFY))
    s.append(grid([[("Officer signature", '<font name="Serif-Italic" size="13">H. W. Greer</font>'),
                    ("Date", "02/26/2025")]], [4.6 * inch, 2.2 * inch], size=10, pad=5))
    s.append(sp(8))
    s.append(P("FOR OKDHS USE ONLY: &nbsp;☐ Approved &nbsp;☐ Denied &nbsp;&nbsp;Reviewed by: ____________ "
               "Date: ________", font="Sans", size=9))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(1.0, 1.0, 0.8, 0.8))
    with open(out(i + ".pdf"), "wb") as fh:
        fh.write(scanned_pdf_bytes(p, i, turns={0: 0, 1: 90}, grey=0.88))
    return E(i, "scanned", "typed city police letter + agency release form, scanned",
             "local-police", "Tulsa Police Department", "Harlan W. Greer", "Detective", "hgreer@cityoftulsa.org",
             "918-555-0165",
             [("Daniel Steven Kovacs", "2000-08-04", []), ("Itzel López de la Rosa", "2001-03-15", [])],
             ["21 OS 646", "56 OS 183"], "none", None, "criminal_investigation", ["address", "phone"], "mail")


# ==============================================================================================
# by27  IRS-CI e-mail + Form 2039 summons PDF to Kansas DOL
# ==============================================================================================
def f2039_story():
    s = []
    s.append(C("<b>Summons</b>", font="Serif", size=18, after=8))
    s.append(grid([[("In the matter of", "Stanislav Hrubý, 7314 W. 83rd Street, Overland Park, KS 66204")],
                   [("Internal Revenue Service (Division):", "Criminal Investigation")],
                   [("Industry/Area (name or number):", "Kansas City Field Office")],
                   [("Periods:", "Calendar years ended December 31, 2020, 2021, 2022 and 2023")]], [6.8 * inch],
                  font="Serif", size=10))
    s.append(C("<b>The Commissioner of Internal Revenue</b>", size=11, before=6, after=4))
    s.append(P("To:&nbsp;&nbsp;Custodian of Records, Kansas Department of Labor<br/>At:&nbsp;&nbsp;401 SW Topeka "
               "Blvd., Topeka, KS 66603", size=10))
    f = dict(size=9.5, align=TA_JUSTIFY)
    s.append(P("You are hereby summoned and required to appear before <u>Erik J. Lindgren, Special Agent</u>, an "
               "officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for "
               "examination the following books, records, papers, and other data relating to the tax liability or "
               "the collection of the tax liability or for the purpose of inquiring into any offense connected with "
               "the administration or enforcement of the internal revenue laws concerning the person identified "
               "above for the periods shown.", **f))
    s.append(grid([["All quarterly wage records reported to the Kansas Department of Labor for Stanislav Hrubý "
                    "(SSN ending 6650) for the periods above, including the name, address and federal employer "
                    "identification number of each reporting employer, and all unemployment insurance benefits "
                    "paid to him, with dates and amounts."]], [6.8 * inch], font="Serif", size=10, pad=6))
    s.append(P("<b>Do not write in this space</b>", size=8, before=4))
    s.append(grid([[("Business address and telephone number of IRS officer before whom you are to appear:",
                     "IRS-CI, 2850 NE Independence Ave., Lee's Summit, MO 64064 &nbsp;&nbsp;(913) 555-0124")],
                   [("Place and time for appearance at", "2850 NE Independence Ave., Lee's Summit, MO on the 3rd day "
                                                         "of April, 2025 at 10:00 o'clock a.m.")]],
                  [6.8 * inch], font="Serif", size=9.5))
    s.append(P("Issued under authority of the Internal Revenue Code this <u>4th</u> day of <u>March</u>, <u>2025</u>.",
               size=10, before=6))
    s.append(grid([[("Signature of issuing officer", '<font name="Serif-Italic" size="12">Erik J. Lindgren</font>'),
                    ("Title", "Special Agent")],
                   [("Signature of approving officer (if applicable)",
                     '<font name="Serif-Italic" size="12">Dana R. McAllister</font>'),
                    ("Title", "Supervisory Special Agent")]], [4.4 * inch, 2.4 * inch], font="Serif", size=9.5))
    s.append(P("Form 2039 (Rev. 10-2010) &nbsp;&nbsp; Catalog Number 21405J &nbsp;&nbsp; www.irs.gov &nbsp;&nbsp; "
               "Part A – to be given to person summoned", size=7.5, before=4))
    s.append(PageBreak())
    s.append(C("<b>Provisions of the Internal Revenue Code</b>", size=11, after=6))
    g = dict(size=8.3, align=TA_JUSTIFY, after=4)
    for h, b in [
        ("Sec. 7602. Examination of books and witnesses",
         "(a) Authority to summon, etc. – For the purpose of ascertaining the correctness of any return, making a "
         "return where none has been made, determining the liability of any person for any internal revenue tax ... "
         "the Secretary is authorized – (1) To examine any books, papers, records, or other data which may be "
         "relevant or material to such inquiry; (2) To summon the person liable for tax ... or any other person the "
         "Secretary may deem proper, to appear before the Secretary at a time and place named in the summons and to "
         "produce such books, papers, records, or other data, and to give such testimony, under oath, as may be "
         "relevant or material to such inquiry."),
        ("Sec. 7603. Service of summons",
         "(a) In general – A summons issued under section 7602 shall be "
         "served by the Secretary, by an attested copy delivered in hand to the person to whom it is directed, or "
         "left at his last and usual place of abode ..."),
        ("Sec. 7604. Enforcement of summons",
         "(a) Jurisdiction of district court – If any person is summoned under the internal revenue laws to appear, "
         "to testify, or to produce books, papers, records, or other data, the United States district court for the "
         "district in which such person resides or is found shall have jurisdiction by appropriate process to "
         "compel such attendance, testimony, or production of books, papers, records, or other data."),
        ("Sec. 7210. Failure to obey summons",
         "Any person who, being duly summoned to appear to testify, or to appear and produce books, accounts, "
         "records, memoranda, or other papers, as required under sections 7602, 7603, and 7604(b), neglects to appear or to produce such books ... shall, upon conviction thereof, "
         "be fined not more than $1,000, or imprisoned not more than 1 year, or both.")]:
        s.append(P(f"<b>{h}</b>", size=8.5, after=1))
        s.append(P(b, **g))
    return s


@register
def by27():
    i = "by27"
    pdf = pdf_bytes(f2039_story(), margins=(0.85, 0.85, 0.7, 0.7))
    m = EmailMessage()
    m["From"] = '"Lindgren Erik J" <erik.lindgren@ci.irs.gov>'
    m["To"] = "KDOL Legal <kdol.legal@ks.gov>"
    m["Subject"] = "IRS Summons - wage records - HRUBY"
    m["Date"] = format_datetime(dt(2025, 3, 4, 14, 8, -6))
    m["Message-ID"] = "<CY8PR09MB7772E1@CY8PR09MB7772.namprd09.prod.outlook.com>"
    m.set_content("""Good afternoon,

Please find attached an IRS summons (Form 2039) for the quarterly wage information your agency holds for the individual named (Stanislav Hrubý, DOB 1978-07-07). IRS Criminal Investigation is investigating possible violations of 26 U.S.C. 7201 and 7206(1).

Rather than appearing, you may mail or email certified copies of the records to me before the appearance date. Please call if you have questions about the summons.

Thank you,

Erik J. Lindgren
Special Agent
IRS - Criminal Investigation
Kansas City Field Office
Office: (913) 555-0124
""")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="Summons_Form2039_KDOL.pdf")
    write_eml(out(i + ".eml"), m, i)
    return E(i, "eml", "IRS-CI e-mail with Form 2039 summons PDF (code provisions on page 2)",
             "irs-ci", "IRS Criminal Investigation, Kansas City Field Office", "Erik J. Lindgren", "Special Agent",
             "erik.lindgren@ci.irs.gov", "(913) 555-0124",
             [("Stanislav Hrubý", "1978-07-07", [("ssn_last4", "6650")])],
             ["26 USC 7201", "26 USC 7206", "26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7210"],
             "administrative_subpoena", "2039", "criminal_investigation", ["wages", "employment", "benefits"],
             "email")


# ==============================================================================================
# by28  state trooper plain-text e-mail, no reason given (txt)
# ==============================================================================================
@register
def by28():
    i = "by28"
    t = """Date: Thu, 13 Mar 2025 07:52:31 -0500
From: "Sgt. Dale Whitworth" <dale.whitworth@mshp.dps.mo.gov>
To: desrecords@labor.mo.gov
Subject: info request

Morning,

Need current employer and address on the following if you have anything:

WEBER, Cody Allen      DOB 05/05/1992    MO OL# T091553827
Natalia S. Voronova    DOB 1994-11-19

Thanks

Sgt. Dale Whitworth
Missouri State Highway Patrol
Troop F - Jefferson City
573-555-0146
"""
    with open(out(i + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(t)
    return E(i, "txt", "terse trooper e-mail saved as text, no purpose or authority",
             "state-police", "Missouri State Highway Patrol", "Dale Whitworth", "Sergeant",
             "dale.whitworth@mshp.dps.mo.gov", "573-555-0146",
             [("Cody Allen Weber", "1992-05-05", [("license", "T091553827")]),
              ("Natalia S. Voronova", "1994-11-19", [])],
             [], "none", None, "unknown", ["employment", "address"], "email")


# ==============================================================================================
# by29  ATF fax request form to Tennessee Department of Labor and Workforce Development
# ==============================================================================================
@register
def by29():
    i = "by29"
    s = []
    s.append(P("<b>U.S. Department of Justice</b><br/>Bureau of Alcohol, Tobacco, Firearms and Explosives<br/>"
               "Nashville Field Division – Nashville Group II<br/>5300 Maryland Way, Suite 200, Brentwood, TN 37027",
               font="Sans", size=10))
    s.append(hr(1.5))
    s.append(C("<b>REQUEST FOR EMPLOYMENT AND WAGE INFORMATION</b>", font="Sans", size=13, after=2))
    s.append(C("(Privacy Act request by a law enforcement agency – 5 U.S.C. § 552a(b)(7))", font="Sans", size=8.5,
               after=8))
    W = [2.0 * inch, 4.8 * inch]
    s.append(grid([["TO", "Tennessee Department of Labor and Workforce Development<br/>Employment Security Division – "
                          "Records / Legal<br/>220 French Landing Drive, Nashville, TN 37243<br/>FAX 615-555-0144"],
                   ["FROM", "Special Agent Olivia M. Stroud"],
                   ["TELEPHONE", "615-555-0127"],
                   ["E-MAIL", "olivia.stroud@atf.gov"],
                   ["ATF CASE NUMBER", "785045-25-0019"],
                   ["VIOLATIONS", "18 U.S.C. § 922(a)(6) (false statement in acquisition of a firearm); "
                                  "18 U.S.C. § 924(a)(1)(A)"]], W, size=10, pad=5))
    s.append(sp(8))
    s.append(grid([["<b>#</b>", "<b>SUBJECT (LAST, FIRST MIDDLE)</b>", "<b>DOB</b>", "<b>IDENTIFIER</b>"],
                   ["1", "BUI, Thanh Long", "1996-09-09", "TN DL 128845930"],
                   ["2", "COLLINS, Marquise Deondre", "10/14/1997", "SSN xxx-xx-0271"]],
                  [0.4 * inch, 3.0 * inch, 1.4 * inch, 2.0 * inch], size=10, pad=5, header=True))
    s.append(sp(8))
    s.append(grid([["INFORMATION REQUESTED", "☒ Employer(s) of record&nbsp;&nbsp; ☒ Wages – last 8 quarters&nbsp;&nbsp;"
                                             "☒ Last known address&nbsp;&nbsp; ☐ UI claims"]], W, size=10, pad=5))
    s.append(sp(8))
    s.append(P("The information requested is needed in connection with an active federal criminal investigation of "
               "firearms trafficking. ATF requests that the Division release the information as permitted by T.C.A. "
               "§ 50-7-701 and that the subjects not be notified of this request.", font="Sans", size=9.5,
               align=TA_JUSTIFY))
    s.append(grid([[("Requesting agent", '<font name="Serif-Italic" size="12">Olivia M. Stroud</font>'),
                    ("Date", "03/07/2025")],
                   [("Approved – Resident Agent in Charge / Group Supervisor", "GS Terrence Oyelowo"),
                    ("Date", "03/07/2025")]], [4.8 * inch, 2.0 * inch], size=10, pad=5))
    s.append(sp(10))
    s.append(P("LAW ENFORCEMENT SENSITIVE – This document is the property of ATF and is loaned to your agency. It "
               "may not be released without ATF's permission.", font="Sans", size=7.5))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(0.8, 0.8, 0.7, 0.7))
    fax_tiff(p, out(i + ".tif"), i,
             headers="03/07/2025 11:26  FROM: ATF NASHVILLE FO 615-555-0127   TO: 6155550144     P {p}/{n}")
    return E(i, "fax", "ATF one-page faxed request form with subject table and checkbox list",
             "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Nashville Field Division",
             "Olivia M. Stroud", "Special Agent", "olivia.stroud@atf.gov", "615-555-0127",
             [("Thanh Long Bui", "1996-09-09", [("license", "128845930")]),
              ("Marquise Deondre Collins", "1997-10-14", [("ssn_last4", "0271")])],
             ["5 USC 552a", "18 USC 922", "18 USC 924", "TCA 50-7-701"], "none", None, "criminal_investigation",
             ["employment", "wages", "address"], "fax")


# ==============================================================================================
# by30  Postal Inspector cover letter + AO 93 search warrant to Washington ESD (scanned)
# ==============================================================================================
@register
def by30():
    i = "by30"
    s = []
    s += letterhead(["<b>UNITED STATES POSTAL INSPECTION SERVICE</b>", "Seattle Division",
                     "P.O. Box 400, Seattle, WA 98111-4000"], ["Inspector in Charge", "Celeste M. Varga"],
                    font="Sans")
    s.append(P("March 7, 2025", after=10))
    s.append(lines("Washington State Employment Security Department\nRecords Disclosure Unit\nPO Box 9046\n"
                   "Olympia, WA 98507-9046"))
    s.append(P("<b>Re: Federal search warrant MJ25-0093 – unemployment claim records</b>"))
    for b in [
        "Enclosed is a search and seizure warrant issued under Fed. R. Crim. P. 41 by a United States Magistrate "
        "Judge for the Western District of Washington. The warrant authorizes seizure of the ESD records described "
        "in its Attachments A and B, which relate to claims whose benefit debit cards and correspondence were "
        "mailed to addresses controlled by the subjects.",
        "Please provide the records electronically to me at akwhitlock@uspis.gov, or call me at (206) 555-0190 to "
        "arrange a secure transfer. The warrant should be executed on or before March 20, 2025."]:
        s.append(P(b, align=TA_JUSTIFY))
    s.append(P("Sincerely,", before=4, after=2))
    s.append(P(SIG.format("Aaron K. Whitlock"), after=0))
    s.append(lines("Aaron K. Whitlock\nPostal Inspector\nMail Fraud Team"))
    s.append(PageBreak())
    s.append(P("AO 93 (Rev. 11/13) Search and Seizure Warrant", font="Sans", size=7.5))
    s.append(C("UNITED STATES DISTRICT COURT", font="Serif-Bold", size=13, before=4, after=0))
    s.append(C("for the<br/><u>Western District of Washington</u>", size=10, after=8))
    cap = Table([[Paragraph("In the Matter of the Search of<br/><i>(Briefly describe the property to be searched or "
                            "identify the person by name and address)</i><br/>RECORDS MAINTAINED BY THE WASHINGTON STATE "
                            "EMPLOYMENT SECURITY DEPARTMENT RELATING TO THE CLAIMANTS IDENTIFIED IN ATTACHMENT A",
                            st(size=9.5)),
                  Paragraph("<br/>Case No. MJ25-0093", st(size=10))]], colWidths=[4.0 * inch, 2.6 * inch])
    s.append(cap)
    s.append(C("<b>SEARCH AND SEIZURE WARRANT</b>", size=12, before=6, after=6))
    f = dict(size=9.5, align=TA_JUSTIFY)
    s.append(P("To:&nbsp;&nbsp;Any authorized law enforcement officer", **f))
    s.append(P("An application by a federal law enforcement officer or an attorney for the government requests the "
               "search of the following person or property located in the Western District of Washington "
               "<i>(identify the person or describe the property to be searched and give its location)</i>: "
               "<u>See Attachment A, incorporated herein by reference.</u>", **f))
    s.append(P("I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize "
               "the person or property described above, and that such search will reveal <i>(identify the person or "
               "describe the property to be seized)</i>: <u>See Attachment B, incorporated herein by reference.</u>",
               **f))
    s.append(P("<b>YOU ARE COMMANDED</b> to execute this warrant on or before <u>March 20, 2025</u> <i>(not to "
               "exceed 14 days)</i> ☒ in the daytime 6:00 a.m. to 10:00 p.m. ☐ at any time in the day or night "
               "because good cause has been established.", **f))
    s.append(P("Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
               "property taken to the person from whom, or from whose premises, the property was taken, or leave the "
               "copy and receipt at the place where the property was taken.", **f))
    s.append(P("The officer executing this warrant, or an officer present during the execution of the warrant, must "
               "prepare an inventory as required by law and promptly return this warrant and inventory to <u>the "
               "duty Magistrate Judge</u>.", **f))
    s.append(P("☐ Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result "
               "listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this "
               "warrant to delay notice to the person who, or whose property, will be searched or seized.", **f))
    t = Table([[Paragraph("Date and time issued: <u>03/06/2025 2:14 pm</u>", st(size=9.5)),
                Paragraph(SIG.format("Lauren E. Haskell") + "<br/><i>Judge's signature</i>", st(size=9.5))],
               [Paragraph("City and state: <u>Seattle, Washington</u>", st(size=9.5)),
                Paragraph("<u>Hon. Lauren E. Haskell, United States Magistrate Judge</u><br/><i>Printed name and "
                          "title</i>", st(size=9.5))]], colWidths=[3.2 * inch, 3.4 * inch])
    s.append(t)
    s.append(PageBreak())
    s.append(C("<b>ATTACHMENT A – Property to Be Searched</b>", size=11, after=6))
    s.append(P("Records stored by the Washington State Employment Security Department, Olympia, Washington, relating "
               "to unemployment insurance claims filed in the names of, or using the identifiers of:", **f))
    s.append(grid([["MARCHENKO, Yevgeniy Olegovich", "DOB 06/06/1983", "WA DL WDL8K2M19JQ4"],
                   ["HOANG, Duc Minh", "DOB 01/31/1987", "SSN ending 3470"],
                   ["SIMMONS, Latrice D.", "DOB 08/19/1992", "—"]], [2.9 * inch, 1.5 * inch, 2.2 * inch],
                  font="Serif", size=9.5, pad=4))
    s.append(C("<b>ATTACHMENT B – Items to Be Seized</b>", size=11, before=10, after=6))
    s.append(P("All records, from January 1, 2022 to the present, that constitute evidence, fruits or "
               "instrumentalities of violations of 18 U.S.C. § 1341 (mail fraud), 18 U.S.C. § 1343 (wire fraud) and "
               "18 U.S.C. § 1028A (aggravated identity theft), including: (1) claim applications and weekly claims; "
               "(2) all mailing addresses, telephone numbers and e-mail addresses associated with the claims; "
               "(3) IP address and log-in records; (4) benefit payment records, including debit card issuance and the "
               "addresses to which cards were mailed.", **f))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(0.9, 0.9, 0.7, 0.8))
    with open(out(i + ".pdf"), "wb") as fh:
        fh.write(scanned_pdf_bytes(p, i, turns={2: 90}, grey=0.86))
    return E(i, "scanned", "postal inspector cover letter + AO 93 federal search warrant with attachments, scanned",
             "usps-uspis", "United States Postal Inspection Service, Seattle Division", "Aaron K. Whitlock",
             "Postal Inspector", "akwhitlock@uspis.gov", "(206) 555-0190",
             [("Yevgeniy Olegovich Marchenko", "1983-06-06", [("license", "WDL8K2M19JQ4")]),
              ("Duc Minh Hoang", "1987-01-31", [("ssn_last4", "3470")]),
              ("Latrice D. Simmons", "1992-08-19", [])],
             ["FRCrP 41", "18 USC 3103a", "18 USC 2705", "18 USC 1341", "18 USC 1343", "18 USC 1028A"],
             "judicial_warrant", "AO 93", "criminal_investigation",
             ["claims", "benefits", "address", "phone", "email", "other"], "mail")


# ==============================================================================================
# by31  King County Prosecutor transmittal + Superior Court order to WA DSHS (born digital)
# ==============================================================================================
@register
def by31():
    i = "by31"
    s = []
    s += letterhead(["<b>KING COUNTY PROSECUTING ATTORNEY'S OFFICE</b>", "Economic Crimes &amp; Fraud Unit",
                     "W554 King County Courthouse, 516 Third Avenue, Seattle, WA 98104"],
                    ["Nathaniel O. Ferrante", "Prosecuting Attorney"], font="Sans", size=9)
    s.append(P("March 12, 2025", size=10))
    s.append(P("VIA U.S. MAIL", size=9, after=8))
    s.append(lines("Department of Social and Health Services\nPublic Records / Subpoena Coordinator\nP.O. Box 45135\n"
                   "Olympia, WA 98504-5135", size=10))
    s.append(P("Re: <i>State v. Soto Echeverría</i>, King County No. 24-1-05517-2 SEA", size=10))
    s.append(P("Enclosed is a signed order of the King County Superior Court directing production of DSHS eligibility "
               "records. Please send the records to my attention. My direct line is 206-555-0148 and my e-mail is "
               "rachel.bergstrom@kingcounty.gov.", size=10, align=TA_JUSTIFY))
    s.append(P("Rachel S. Bergstrom<br/>Senior Deputy Prosecuting Attorney", size=10, before=8))
    s.append(hr(0.6, 14))
    s.append(C("SUPERIOR COURT OF WASHINGTON FOR KING COUNTY", size=12, after=10))
    cap = Table([[Paragraph("STATE OF WASHINGTON,<br/>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Plaintiff,"
                            "<br/>&nbsp;&nbsp;&nbsp;&nbsp;v.<br/>MIGUEL ÁNGEL SOTO ECHEVERRÍA,<br/>"
                            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Defendant.", st(size=10.5)),
                  Paragraph("No. 24-1-05517-2 SEA<br/><br/><b>ORDER FOR PRODUCTION OF DSHS RECORDS</b><br/>"
                            "(CrR 4.7; RCW 74.04.060)", st(size=10.5))]], colWidths=[3.3 * inch, 3.3 * inch])
    cap.setStyle(TableStyle([("LINEAFTER", (0, 0), (0, 0), 0.6, colors.black),
                             ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (1, 0), (1, 0), 12)]))
    s.append(cap)
    s.append(sp(8))
    f = dict(size=11, lead=20, align=TA_JUSTIFY, first=30)
    s.append(P("THIS MATTER having come before the Court on the State's motion for an order directing the Washington "
               "State Department of Social and Health Services (DSHS) to produce records, the defendant having been "
               "charged with Theft in the First Degree, RCW 9A.56.030, and Unlawful Practices to Obtain Public "
               "Assistance, RCW 74.08.331, and the Court finding that the records are material to the prosecution "
               "and that disclosure is authorized under RCW 74.04.060 and CrR 4.7(d), now, therefore,", **f))
    s.append(P("IT IS HEREBY ORDERED that DSHS shall, within fourteen (14) days, produce to the King County "
               "Prosecuting Attorney's Office the complete Basic Food and TANF eligibility file, including "
               "applications, eligibility reviews, reported income and employment, all addresses reported, and "
               "benefit issuance history, from January 1, 2021 to the present, for (1) MIGUEL ÁNGEL SOTO "
               "ECHEVERRÍA, DOB 10/02/1979, and (2) household member LUCÍA BEATRIZ SOTO, DOB 02/14/1981. The State "
               "shall provide copies to defense counsel.", **f))
    s.append(P("DONE IN OPEN COURT this 11th day of March, 2025.", size=11, before=6))
    t = Table([[Paragraph("Presented by:<br/>" + SIG.format("Rachel S. Bergstrom") + "<br/>Rachel S. Bergstrom, WSBA "
                          "#48812<br/>Senior Deputy Prosecuting Attorney", st(size=9.5)),
                Paragraph("<br/>" + SIG.format("Howard K. Lindahl") + "<br/>JUDGE HOWARD K. LINDAHL",
                          st(size=10))]], colWidths=[3.3 * inch, 3.3 * inch])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(P("Copy received; approved as to form: Colin J. Hartsell, WSBA #39021, Attorney for Defendant",
               size=9, before=8))
    build_pdf(out(i + ".pdf"), s, margins=(0.9, 0.9, 0.7, 0.7), page_numbers=True)
    return E(i, "born_digital", "prosecutor transmittal (PA on letterhead) + state superior court order",
             "district-attorney", "King County Prosecuting Attorney's Office", "Rachel S. Bergstrom",
             "Senior Deputy Prosecuting Attorney", "rachel.bergstrom@kingcounty.gov", "206-555-0148",
             [("Miguel Ángel Soto Echeverría", "1979-10-02", []), ("Lucía Beatriz Soto", "1981-02-14", [])],
             ["WA CrR 4.7", "RCW 74.04.060", "RCW 9A.56.030", "RCW 74.08.331"], "court_order", None,
             "criminal_investigation", ["benefits", "address", "employment", "wages"], "mail")


# ==============================================================================================
# by32  Marion County Sheriff e-mail with scanned arrest warrant PDF (image only)
# ==============================================================================================
@register
def by32():
    i = "by32"
    s = []
    s.append(C("STATE OF INDIANA&nbsp;&nbsp;&nbsp;&nbsp;)&nbsp;&nbsp;&nbsp;&nbsp;IN THE MARION SUPERIOR COURT<br/>"
               "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
               "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;)&nbsp;SS:&nbsp;&nbsp;CRIMINAL DIVISION 24<br/>"
               "COUNTY OF MARION&nbsp;&nbsp;)&nbsp;&nbsp;&nbsp;&nbsp;CAUSE NO. 49D24-2411-F6-031877", size=11,
               after=12))
    s.append(P("STATE OF INDIANA<br/>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;vs.<br/>BRANDON LEE ASHCRAFT", size=11))
    s.append(C("<b>WARRANT FOR ARREST</b>", size=15, before=8, after=10))
    f = dict(size=11, lead=17, align=TA_JUSTIFY)
    s.append(P("THE STATE OF INDIANA, TO ANY LAW ENFORCEMENT OFFICER OF THE STATE OF INDIANA, GREETINGS:", **f))
    s.append(P("You are hereby commanded to arrest <b>BRANDON LEE ASHCRAFT</b>, date of birth 04/19/1991, W/M, 6'01\", "
               "190 lbs., Indiana driver's license 1182-44-9305, and bring him before the Marion Superior Court, "
               "Criminal Division 24, to answer a charge of Theft, a Level 6 Felony, in violation of IC 35-43-4-2, "
               "the Court having found probable cause for his arrest upon the information and affidavit filed "
               "herein.", **f))
    s.append(P("Bond is set at $5,000.00 cash. This warrant is issued pursuant to IC 35-33-2-1.", **f))
    s.append(P("WITNESS, the Clerk of said Court and the seal thereof, this 21st day of November, 2024.", before=6,
               **f))
    s.append(sp(12))
    t = Table([[Paragraph("Renée A. Castlebury<br/>Clerk, Marion Circuit/Superior Court<br/>By: D. Poindexter, Deputy",
                          st(size=10)),
                Paragraph(SIG.format("Sheila R. Carrington") + "<br/>Judge, Marion Superior Court<br/>"
                          "Hon. Sheila R. Carrington", st(size=10))]], colWidths=[3.3 * inch, 3.3 * inch])
    s.append(t)
    s.append(sp(20))
    s.append(C("<b>RETURN</b>", size=11))
    s.append(P("I served this warrant by arresting the within-named defendant on ________________, 20___.", size=10))
    p = src(i + "_src.pdf")
    build_pdf(p, s, margins=(1.0, 1.0, 0.9, 0.9))
    scan = scanned_pdf_bytes(p, i, grey=0.9, quality=60)
    m = EmailMessage()
    m["From"] = '"Vazquez, Alondra" <alondra.vazquez@indy.gov>'
    m["To"] = "FSSA Law Enforcement Requests <fssa.lerequests@fssa.in.gov>"
    m["Subject"] = "Active warrant - address request - ASHCRAFT, Brandon"
    m["Date"] = format_datetime(dt(2025, 2, 13, 13, 37))
    m["Message-ID"] = "<PH7PR09MB6650C9F1@PH7PR09MB6650.namprd09.prod.outlook.com>"
    m.set_content("""Good afternoon,

MCSO Warrants is attempting to locate Brandon Lee Ashcraft, DOB 04/19/1991, on the attached active felony warrant out of Marion Superior Court, Criminal Division 24 (Level 6 felony theft, IC 35-43-4-2).

Could you check whether he has an open SNAP, TANF or Medicaid case and give us the address and phone number he has reported? My understanding is that 7 U.S.C. 2020(e)(8) allows address information to be released for a fleeing felon.

Thank you,

Deputy Alondra P. Vázquez  #M4417
Warrants & Extraditions Unit
Marion County Sheriff's Office
40 S. Alabama St., Indianapolis, IN 46204
317-555-0170
""")
    m.add_attachment(scan, maintype="application", subtype="pdf", filename="scan0219.pdf")
    write_eml(out(i + ".eml"), m, i)
    return E(i, "eml", "sheriff's deputy e-mail with image-only scan of state arrest warrant",
             "sheriff", "Marion County Sheriff's Office", "Alondra P. Vázquez", "Deputy", "alondra.vazquez@indy.gov",
             "317-555-0170",
             [("Brandon Lee Ashcraft", "1991-04-19", [("license", "1182449305")])],
             ["IC 35-43-4-2", "7 USC 2020", "IC 35-33-2-1"], "judicial_warrant", None, "criminal_investigation",
             ["address", "phone", "benefits"], "email")


# ==============================================================================================
def main():
    os.makedirs(TMP, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith("by") and f != "build.py":
            os.remove(os.path.join(OUT, f))
    for fn in DOCS:
        e = fn()
        with open(out(e["id"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(e, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(e["id"], e["format"], e["legal_process"]["type"])


if __name__ == "__main__":
    main()
