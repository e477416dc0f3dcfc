#!/usr/bin/env python3
"""Blind set R: 32 hand-written request documents with labels.

Written by an independent author who never saw the extraction program.
Run:  /work/main/.venv/bin/python samples/blind_r/build.py
Deterministic (fixed seeds, reportlab invariant mode, fixed MIME boundaries).
"""
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import subprocess
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_r/work"
FD = "/usr/share/fonts/truetype/dejavu/"
SEED = 4181
import time
FIXED_DATE = time.gmtime(1767225600)
RNG = random.Random(SEED)
NRNG = np.random.default_rng(SEED)

for fam, files in {
    "Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf"),
    "Cond": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf", "DejaVuSerifCondensed-Italic.ttf", "DejaVuSerifCondensed-BoldItalic.ttf"),
}.items():
    names = [fam, fam + "-B", fam + "-I", fam + "-BI"]
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, FD + f))
    addMapping(fam, 0, 0, names[0]); addMapping(fam, 1, 0, names[1])
    addMapping(fam, 0, 1, names[2]); addMapping(fam, 1, 1, names[3])

# ---------------------------------------------------------------- PDF rendering

def _fmt(text):
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t, flags=re.S)
    return t.replace("\n", "<br/>")


def pdf_bytes(blocks, font="Serif", size=10, footer=None, header=None, margins=0.85):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=margins * inch, rightMargin=margins * inch,
                            topMargin=0.75 * inch, bottomMargin=0.8 * inch, title="", author="")
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.55)
    al = {"l": TA_LEFT, "c": TA_CENTER, "r": TA_RIGHT, "j": TA_JUSTIFY}
    story = []
    W = letter[0] - 2 * margins * inch

    def para(text, **o):
        st = ParagraphStyle("x", parent=base, alignment=al[o.get("align", "l")],
                            fontSize=o.get("size", size), leading=o.get("size", size) * 1.28,
                            fontName=(o.get("font", font) + ("-B" if o.get("bold") else "")),
                            spaceAfter=o.get("after", base.spaceAfter), spaceBefore=o.get("before", 0),
                            leftIndent=o.get("indent", 0))
        return Paragraph(_fmt(text), st)

    for b in blocks:
        if isinstance(b, str):
            story.append(para(b)); continue
        k = b[0]; o = b[2] if len(b) > 2 and isinstance(b[2], dict) else {}
        if k == "p":
            story.append(para(b[1], **o))
        elif k == "h":
            story.append(para(b[1], bold=True, align=o.get("align", "c"), size=o.get("size", size + 2), after=o.get("after", 6)))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "hr":
            t = Table([[""]], colWidths=[W]); t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.black)]))
            story.append(t)
        elif k == "lh":
            lines = b[1]
            story.append(para(lines[0], bold=True, align="c", size=size + 4, after=1))
            for ln in lines[1:]:
                story.append(para(ln, align="c", size=size - 1, after=0))
            t = Table([[""]], colWidths=[W]); t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.5, colors.black)]))
            story.append(t); story.append(Spacer(1, 10))
        elif k in ("kv", "tbl"):
            rows = b[1]
            widths = o.get("widths")
            fs = o.get("size", size - 0.5)
            cst = ParagraphStyle("c", parent=base, fontSize=fs, leading=fs * 1.25, spaceAfter=0)
            cstb = ParagraphStyle("cb", parent=cst, fontName=font + "-B")
            data = []
            for ri, r in enumerate(rows):
                row = []
                for ci, c in enumerate(r):
                    boldc = (k == "kv" and ci == 0) or (k == "tbl" and ri == 0 and o.get("header", True))
                    row.append(Paragraph(_fmt(c), cstb if boldc else cst))
                data.append(row)
            if not widths:
                n = len(rows[0]); widths = [W / n] * n if k == "tbl" else [W * 0.32, W * 0.68]
            else:
                widths = [W * x for x in widths]
            t = Table(data, colWidths=widths)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if o.get("grid", True):
                ts.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
            if o.get("shade") and k == "kv":
                ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e4e4e4")))
            t.setStyle(TableStyle(ts))
            story.append(t); story.append(Spacer(1, o.get("after", 8)))
        elif k == "pre":
            st = ParagraphStyle("m", parent=base, fontName="Mono", fontSize=o.get("size", 9), leading=o.get("size", 9) * 1.25)
            story.append(Preformatted(b[1], st))
        elif k == "cb":
            story.append(para(("☒ " if b[1] else "☐ ") + b[2] if isinstance(b[1], bool) else b[1], indent=o.get("indent", 12), after=3))
        else:
            raise ValueError(k)

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont(font, 7)
        if footer:
            canvas.drawString(margins * inch, 0.45 * inch, footer.replace("{page}", str(d.page)))
        if header:
            canvas.drawRightString(letter[0] - margins * inch, letter[1] - 0.45 * inch, header.replace("{page}", str(d.page)))
        canvas.restoreState()

    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def concat_pdfs(parts):
    """Render each part (blocks, kwargs) separately and join them with qpdf."""
    os.makedirs(TMP, exist_ok=True)
    names = []
    for i, (blocks, kw) in enumerate(parts):
        p = os.path.join(TMP, f"part{i}.pdf")
        with open(p, "wb") as f:
            f.write(pdf_bytes(blocks, **kw))
        names.append(p)
    if len(names) == 1:
        return open(names[0], "rb").read()
    outp = os.path.join(TMP, "joined.pdf")
    # qpdf with a content-derived /ID keeps the output byte-identical between runs
    subprocess.run(["qpdf", "--empty", "--deterministic-id", "--pages", *names, "--", outp], check=True)
    data = open(outp, "rb").read()
    return data


def raster(pdf, dpi, gray=True):
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "r.pdf")
    with open(src, "wb") as f:
        f.write(pdf)
    for fn in os.listdir(TMP):
        if fn.startswith("pg"):
            os.remove(os.path.join(TMP, fn))
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [src, os.path.join(TMP, "pg")]
    subprocess.run(args, check=True)
    pages = sorted(fn for fn in os.listdir(TMP) if fn.startswith("pg"))
    return [Image.open(os.path.join(TMP, fn)).convert("L" if gray else "RGB") for fn in pages]


def degrade_scan(img, angle, noise=6.0, turn=0, blur=0.55):
    a = np.asarray(img).astype(np.float32)
    a = a * 0.85 + 24.0                                   # grey paper, lifted blacks
    a += NRNG.normal(0, noise, a.shape)
    # faint vertical streak like a dirty scanner glass
    x = int(NRNG.integers(100, a.shape[1] - 100)); a[:, x:x + 2] -= 18
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=226)
    if turn == 180:
        im = im.transpose(Image.ROTATE_180)
    elif turn == 90:
        im = im.transpose(Image.ROTATE_90)
    elif turn == 270:
        im = im.transpose(Image.ROTATE_270)
    return im


def write_scanned(path, pdf, dpi, angles, turns=None, quality=55):
    pages = raster(pdf, dpi)
    turns = turns or {}
    outs = [degrade_scan(p, angles[i % len(angles)], turn=turns.get(i, 0)) for i, p in enumerate(pages)]
    outs[0].save(path, "PDF", save_all=True, append_images=outs[1:], resolution=float(dpi), quality=quality,
                 creationDate=FIXED_DATE, modDate=FIXED_DATE)


def _mono(sz):
    return ImageFont.truetype(FD + "DejaVuSansMono.ttf", sz)


def write_fax(path, pdf, header_fmt, speckle=350):
    pages = raster(pdf, 200)
    n = len(pages); outs = []
    for i, p in enumerate(pages, 1):
        a = np.asarray(p)
        bw = Image.fromarray(np.where(a < 160, 0, 255).astype(np.uint8))
        d = ImageDraw.Draw(bw)
        d.rectangle([0, 0, bw.width, 46], fill=255)
        d.text((40, 12), header_fmt.format(p=i, n=n), font=_mono(25), fill=0)
        arr = np.array(bw)
        ys = NRNG.integers(50, arr.shape[0], speckle); xs = NRNG.integers(0, arr.shape[1], speckle)
        arr[ys, xs] = 0
        # slight skew as a sheet-fed fax would have
        im = Image.fromarray(arr).rotate(float(NRNG.uniform(-0.6, 0.6)), fillcolor=255, resample=Image.NEAREST)
        outs.append(im.convert("1"))
    outs[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=outs[1:])


def photo_jpeg(pdf, dpi=150, quality=72):
    """A phone photograph of the first page: warm tint, keystone, shadow, noise."""
    p = raster(pdf, dpi, gray=False)[0]
    w, h = p.size
    canvas = Image.new("RGB", (w + 160, h + 160), (88, 76, 62))
    canvas.paste(p, (80, 80))
    W, H = canvas.size
    quad = (30, 0, 0, H - 25, W, H, W - 10, 40)  # UL, LL, LR, UR source corners
    im = canvas.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
    a = np.asarray(im).astype(np.float32)
    a *= np.array([1.0, 0.96, 0.86], dtype=np.float32)
    yy = np.linspace(0.82, 1.04, H)[:, None, None]
    a *= yy
    a += NRNG.normal(0, 5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(-1.2, resample=Image.BICUBIC, fillcolor=(70, 60, 50))
    b = io.BytesIO(); im.save(b, "JPEG", quality=quality); return b.getvalue()


def scan_png(pdf, dpi=150, angle=0.8):
    p = raster(pdf, dpi)[0]
    a = np.asarray(p).astype(np.float32) * 0.9 + 18
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.point(lambda v: (v // 32) * 32 + 16)
    b = io.BytesIO(); im.save(b, "PNG", optimize=True); return b.getvalue()

# ---------------------------------------------------------------- e-mail helpers

def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def email_msg(frm, to, subject, date, body=None, html=None, cc=None, msgid=None, extra=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or f"<{abs(hash(subject)) % 10**10}.br@mail.example>"
    for k, v in (extra or {}).items():
        m[k] = v
    if body is not None and html is not None:
        m.set_content(body); m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
    return m


def fix_boundaries(m, tag):
    for i, part in enumerate(m.walk()):
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_{tag}_{i:02d}_b0undary")


def write_eml(path, m, tag):
    fix_boundaries(m, tag)
    with open(path, "wb") as f:
        f.write(m.as_bytes(policy=policy.default))

# ---------------------------------------------------------------- labels

COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}
DOCS = []


def label(id, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel):
    ak, an, person, title, email, phone = req
    return {
        "id": id, "family": "blind-r", "format": fmt, "template": template,
        "requestor": {"agency_key": ak, "agency_name": an, "person": person, "title": title,
                      "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }


def doc(fn):
    DOCS.append(fn); return fn


def P(name):
    return os.path.join(OUT, name)

CONF = ("CONFIDENTIALITY NOTICE: This communication, including any attachments, is intended only for the "
        "named recipient and may contain law enforcement sensitive information. If you received it in error, "
        "notify the sender and destroy all copies.")

# ================================================================ documents

@doc
def br01():
    inner = """-----Original Message-----
From: Sandoval, Luis E <Luis.E.Sandoval@ice.dhs.gov>
Sent: Monday, January 13, 2025 3:47 PM
To: DMV Aurora Office <dor_aurora_dlo@state.co.us>
Subject: records request - IBANEZ ROJAS

Good afternoon,

I am a Deportation Officer with ICE Enforcement and Removal Operations, Denver
Field Office. I'm trying to locate the individual below and would appreciate
whatever you have on file -- current residential address, DL photo, and any
vehicles registered to him.

   IBÁÑEZ ROJAS, Carlos Andrés
   DOB: 11/02/1988
   A# 208-554-913
   CO DL# 14-882-5530 (per prior encounter, may be expired)

This request is made pursuant to 8 U.S.C. § 1357 and INA § 287 and is for
official use only.

Thank you,

Luis Sandoval
Deportation Officer
ICE/ERO Denver Field Office
12445 E. Caley Ave., Centennial, CO 80111
Desk: (303) 555-0162 | Cell: (720) 555-0188
"""
    body = """Records team,

This came into the Aurora DL office counter inbox yesterday afternoon. Sending it your
way for logging per the data-privacy procedure -- I have not replied to him and nobody here
looked anything up.

Dana

Dana Kowalczyk
Driver License Office Supervisor - Aurora
Colorado Division of Motor Vehicles
303-555-0114

""" + inner
    m = email_msg("\"Kowalczyk, Dana\" <dana.kowalczyk@state.co.us>",
                  "DOR DMV Records Requests <dor_dmvrecords@state.co.us>",
                  "FW: records request - IBANEZ ROJAS", dt.datetime(2025, 1, 14, 9, 12, 4, tzinfo=tz(-7)),
                  body=body, msgid="<BY5PR09MB4471.dk.0114@state.co.us>")
    write_eml(P("br01.eml"), m, "br01")
    return label("br01", "eml", "ERO officer e-mail forwarded inline by DMV office supervisor",
                 ("dhs-ice-ero", "ICE/ERO Denver Field Office", "Luis Sandoval", "Deportation Officer",
                  "Luis.E.Sandoval@ice.dhs.gov", "(303) 555-0162"),
                 [("Carlos Andrés Ibáñez Rojas", "1988-11-02", [("a_number", "A208554913"), ("license", "148825530")])],
                 ["8 USC 1357", "INA 287"], "none", None, False, "civil_immigration",
                 ["address", "photo", "vehicle"], "email")


@doc
def br02():
    b = [("lh", ["U.S. Department of Justice", "Federal Bureau of Investigation", "Minneapolis Field Office",
                 "1501 Freeway Boulevard, Brooklyn Center, Minnesota 55430"]),
         ("p", "In Reply, Please Refer to\nFile No. 196B-MP-3388214", {"size": 8.5}),
         ("p", "February 6, 2025", {"align": "r"}),
         "Minnesota Department of Employment and Economic Development\nUnemployment Insurance Division\n"
         "Attn: Data Practices – Law Enforcement Requests\n180 East Fifth Street, Suite 1200\nSt. Paul, MN 55101",
         ("p", "**Re: Request for Wage Detail and Unemployment Insurance Records**", {"before": 6}),
         "Dear Records Custodian:",
         ("p", "The Federal Bureau of Investigation (FBI) is conducting a criminal investigation into a suspected "
               "scheme to defraud the Minnesota Medical Assistance program through the billing of personal care "
               "services that were never provided. The conduct under investigation may constitute violations of "
               "Title 18, United States Code, Sections 1343 (wire fraud) and 1349 (conspiracy).", {"align": "j"}),
         ("p", "We understand that unemployment insurance data are classified as private under Minnesota Statutes, "
               "section 268.19, and we ask that DEED release the information below under the law enforcement "
               "provisions of that section. The individuals are:", {"align": "j"}),
         ("tbl", [["Name", "Date of Birth", "SSN (last four)"],
                  ["FARAH, Abdirahman Yusuf", "05/14/1990", "XXX-XX-6021"],
                  ["WARSAME, Hodan Ali", "08/30/1993", "XXX-XX-1957"]], {"widths": [0.45, 0.25, 0.30]}),
         ("p", "For each person, please provide for the period January 1, 2021 through December 31, 2024:"),
         ("p", "1. quarterly wage detail reported by every employer, with employer name, address and account number;\n"
               "2. any unemployment insurance claims filed, including the mailing address, telephone number and "
               "e-mail address given on each claim; and\n3. payment history for any such claim.", {"indent": 14}),
         ("p", "Ms. Ingrid Halvorsen, owner of Lakeside Companion Care LLC, reported the billing irregularities to "
               "the Department of Human Services and is cooperating with the investigation; she is not a subject "
               "and no records about her are requested.", {"align": "j"}),
         ("p", "Because the investigation is ongoing, we ask that you not notify the individuals of this request. "
               "Records may be sent by secure e-mail to the agent below.", {"align": "j"}),
         ("p", "Sincerely,", {"before": 6}),
         ("p", "ALVIN R. CASTELLANO\nSpecial Agent in Charge", {"after": 14}),
         ("p", "By:   /s/ M. Sorensen", {"after": 2}),
         ("p", "Megan T. Sorensen\nSpecial Agent\nMinneapolis Field Office, Squad HC-2\n(763) 555-0139\nmtsorensen@fbi.gov"),
         ("p", "cc: File 196B-MP-3388214", {"size": 8.5, "before": 8}),
         ]
    pdf = pdf_bytes(b, font="Serif", size=10,
                    footer="This document contains neither recommendations nor conclusions of the FBI. It is the property of the FBI and is loaned to your agency.")
    open(P("br02.pdf"), "wb").write(pdf)
    return label("br02", "born_digital", "FBI field office letter, SAC name above signing agent, table of subjects",
                 ("doj-fbi", "Federal Bureau of Investigation, Minneapolis Field Office", "Megan T. Sorensen",
                  "Special Agent", "mtsorensen@fbi.gov", "(763) 555-0139"),
                 [("Abdirahman Yusuf Farah", "1990-05-14", [("ssn_last4", "6021")]),
                  ("Hodan Ali Warsame", "1993-08-30", [("ssn_last4", "1957")])],
                 ["18 USC 1343", "18 USC 1349", "MN Stat 268.19"], "none", None, False, "criminal_investigation",
                 ["wages", "employment", "claims", "address", "phone", "email", "benefits"], "mail")


@doc
def br03():
    cover = [("lh", ["U.S. Department of Homeland Security", "U.S. Immigration and Customs Enforcement",
                     "Enforcement and Removal Operations – Salt Lake City Field Office",
                     "2975 Decker Lake Drive, West Valley City, UT 84119"]),
             ("p", "27 March 2025", {"align": "r"}),
             "Utah Department of Public Safety\nDriver License Division – Records Section\n4501 South 2700 West\nSalt Lake City, UT 84129",
             ("p", "**Subject: Request for Information – TRẦN, Quốc Huy (A215 447 902)**", {"before": 6}),
             "To Whom It May Concern:",
             ("p", "U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), has issued "
                   "the enclosed Warrant for Arrest of Alien (Form I-200) for the above subject. To assist officers in "
                   "executing the warrant, ERO requests the subject's most recent residential and mailing address, "
                   "driver license photograph, and license/identification card history.", {"align": "j"}),
             ("kv", [["Name", "TRẦN, Quốc Huy"], ["Date of birth", "1992-06-18"], ["A-Number", "215 447 902"],
                     ["Utah DL", "160447239"], ["Country of citizenship", "Vietnam"]], {"widths": [0.3, 0.5], "shade": True}),
             ("p", "This request is made under the authority of sections 236 and 287 of the Immigration and "
                   "Nationality Act and 8 C.F.R. § 287.5. Please direct any questions to the undersigned.", {"align": "j"}),
             ("p", "Respectfully,", {"before": 6, "after": 18}),
             "Aaron P. Lindqvist\nDeportation Officer\nICE ERO Salt Lake City\n(801) 555-0127\naaron.p.lindqvist@ice.dhs.gov",
             ("p", "Enclosure: Form I-200", {"size": 8.5}),
             ]
    i200 = [("tbl", [["U.S. DEPARTMENT OF HOMELAND SECURITY", "WARRANT FOR ARREST OF ALIEN"]],
             {"grid": False, "size": 11, "header": True}),
            ("kv", [["File No.", "A215 447 902"], ["Date", "03/21/2025"]], {"widths": [0.2, 0.4], "grid": False}),
            ("p", "To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
                  "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest "
                  "for immigration violations", {"align": "j"}),
            ("p", "I have determined that there is probable cause to believe that **TRẦN, Quốc Huy** is removable "
                  "from the United States. This determination is based upon:", {"align": "j"}),
            ("cb", False, "the execution of a charging document to initiate removal proceedings against the subject;"),
            ("cb", False, "the pendency of ongoing removal proceedings against the subject;"),
            ("cb", False, "the failure to establish admissibility subsequent to deferred inspection;"),
            ("cb", False, "biometric confirmation of the subject's identity and a records check of federal databases "
                          "that affirmatively indicate, by themselves or in addition to other reliable information, "
                          "that the subject either lacks immigration status or notwithstanding such status is removable "
                          "under U.S. immigration law; and/or"),
            ("cb", True, "statements made voluntarily by the subject to an immigration officer and/or other reliable "
                         "evidence that affirmatively indicate the subject either lacks immigration status or "
                         "notwithstanding such status is removable under U.S. immigration law."),
            ("p", "YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and "
                  "Nationality Act, the above-named alien.", {"before": 6, "bold": True}),
            ("kv", [["(Signature of Authorized Immigration Officer)", "/s/ G. T. Vance"],
                    ["(Printed Name and Title of Authorized Immigration Officer)", "Gregory T. Vance, Supervisory Detention and Deportation Officer"]],
             {"widths": [0.45, 0.55]}),
            ("h", "Certificate of Service", {"size": 10}),
            ("p", "I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ (Location) on "
                  "____________ on ____________ (Date and Time) and the contents of this notice were read to him or her "
                  "in the ____________ language.", {"size": 9}),
            ("kv", [["Name and Signature of Officer", ""], ["Name or Number of Interpreter (if applicable)", ""]], {"widths": [0.45, 0.55]}),
            ]
    pdf = concat_pdfs([(cover, {"font": "Serif", "size": 10}),
                       (i200, {"font": "Sans", "size": 9.5, "footer": "Form I-200 (Rev. 09/16)"})])
    write_scanned(P("br03.pdf"), pdf, 200, [0.8, -1.3])
    return label("br03", "scanned", "ERO cover letter with I-200, scanned 200 dpi",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Salt Lake City Field Office",
                  "Aaron P. Lindqvist", "Deportation Officer", "aaron.p.lindqvist@ice.dhs.gov", "(801) 555-0127"),
                 [("Quốc Huy Trần", "1992-06-18", [("a_number", "A215447902"), ("license", "160447239")])],
                 ["INA 236", "INA 287", "8 CFR 287.5", "8 CFR 287"], "administrative_warrant", "I-200", True,
                 "civil_immigration", ["address", "photo", "license"], "mail")



@doc
def br04():
    cover = [("h", "FAX TRANSMITTAL", {"size": 20}),
             ("p", "U.S. Immigration and Customs Enforcement\nEnforcement and Removal Operations – Kansas City Field Office\n"
                   "2700 NE Vivion Road, Kansas City, MO 64119", {"align": "c"}),
             ("sp", 10),
             ("kv", [["TO:", "MDOC Records / Classification – Western Reception, Diagnostic and Correctional Center"],
                     ["FAX:", "(816) 555-0190"],
                     ["FROM:", "DO R. Moreau, ICE ERO Kansas City"],
                     ["PHONE:", "(816) 555-0173"], ["E-MAIL:", "rachel.d.moreau@ice.dhs.gov"],
                     ["DATE:", "04/08/2025"], ["PAGES:", "3 (including cover)"],
                     ["RE:", "Immigration detainer – GÓMEZ SALINAS, Jesús Alberto – MDOC #1298847"]],
              {"widths": [0.18, 0.82], "size": 11}),
             ("p", "Comments: Please lodge the attached detainer against the above offender and return the "
                   "acknowledgment (page 3, bottom) to this office by fax. Thank you.", {"size": 11}),
             ("sp", 150),
             ("p", CONF, {"size": 8}),
             ]
    form = [("tbl", [["DEPARTMENT OF HOMELAND SECURITY", "IMMIGRATION DETAINER – NOTICE OF ACTION"]], {"grid": False, "size": 11}),
            ("kv", [["Subject ID:", "389021457"], ["Event #:", "KCM2504000317"], ["File No:", "A201 339 584"],
                    ["Date:", "April 8, 2025"]], {"widths": [0.2, 0.4], "grid": False}),
            ("kv", [["TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)",
                     "Missouri Department of Corrections\nWestern Reception, Diagnostic and Correctional Center\n3401 Faraon Street, St. Joseph, MO 64506"],
                    ["FROM: (Department of Homeland Security Office Address)",
                     "ICE ERO Kansas City Field Office\n2700 NE Vivion Road, Kansas City, MO 64119"],
                    ["Name of Alien:", "GÓMEZ SALINAS, Jesús Alberto"],
                    ["Date of Birth:", "02/17/1985      Citizenship: Mexico      Sex: M"]], {"widths": [0.42, 0.58]}),
            ("p", "1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
                  "DETERMINATION IS BASED ON (complete box 1 or 2).", {"bold": True}),
            ("cb", True, "A final order of removal against the alien;"),
            ("cb", False, "The pendency of ongoing removal proceedings against the alien;"),
            ("cb", False, "Biometric confirmation of the alien's identity and a records check of federal databases that "
                          "affirmatively indicate, by themselves or in addition to other reliable information, that the "
                          "alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or"),
            ("cb", False, "Statements made by the alien to an immigration officer and/or other reliable evidence that "
                          "affirmatively indicate the alien either lacks immigration status or notwithstanding such status is removable."),
            ("p", "2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION (complete box 1 or 2).", {"bold": True}),
            ("cb", False, "Upon completion of the proceeding or investigation for which the alien was transferred to your "
                          "custody, DHS intends to resume custody of the alien to complete processing and/or make an admissibility determination."),
            ("p", "IT IS THEREFORE REQUESTED THAT YOU:", {"bold": True, "before": 4}),
            ("p", "• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from "
                  "your custody. Please notify DHS by calling ☒ U.S. Immigration and Customs Enforcement (ICE) or "
                  "☐ U.S. Customs and Border Protection (CBP) at (816) 555-0173. If you cannot reach an official at the "
                  "number(s) provided, please contact the Law Enforcement Support Center at (802) 555-0100.\n"
                  "• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would "
                  "otherwise have been released from your custody to allow DHS to assume custody. The alien must be served "
                  "with a copy of this form for the detainer to take effect. This detainer arises from DHS authority and "
                  "should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody "
                  "classification, work, quarter assignments, or other matters.\n"
                  "• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.\n"
                  "• Notify this office in the event of the alien's death, hospitalization or transfer to another institution.", {"size": 9}),
            ("cb", False, "If checked: please cancel the detainer related to this alien previously submitted to you on ________ (date)."),
            ("kv", [["(Name and title of Immigration Officer)", "Rachel D. Moreau, Deportation Officer"],
                    ["(Signature of Immigration Officer)", "/s/ R. D. Moreau"]], {"widths": [0.42, 0.58]}),
            ("pb",),
            ("h", "Notice to the Detainee", {"size": 10}),
            ("p", "The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration "
                  "detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of "
                  "you after you otherwise would be released from custody. DHS has requested that the law enforcement "
                  "agency which is currently detaining you maintain custody of you for a period not to exceed 48 hours "
                  "beyond the time when you would otherwise have been released. This request flows from federal "
                  "regulation 8 C.F.R. § 287.7, which provides that a law enforcement agency \"shall maintain custody of an "
                  "alien\" once a detainer has been issued by DHS. If you have a complaint regarding this detainer, contact "
                  "the ICE Joint Intake Center at 1-877-555-0142.", {"align": "j", "size": 9}),
            ("h", "TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN", {"size": 9.5}),
            ("kv", [["Local Booking/Inmate #:", "1298847"], ["Estimated release date/time:", ""],
                    ["Date of latest criminal charge/conviction:", ""], ["Latest offense charged/convicted:", ""],
                    ["This form was served upon the alien on ________, in the following manner:", "☐ in person   ☐ inmate mail delivery   ☐ other"],
                    ["(Name and title of Officer)", ""], ["(Signature of Officer)", ""]], {"widths": [0.5, 0.5]}),
            ]
    pdf = concat_pdfs([(cover, {"font": "Sans", "size": 10}),
                       (form, {"font": "Sans", "size": 9, "footer": "DHS Form I-247A (3/17)                                                                                     Page {page} of 2"})])
    write_fax(P("br04.tif"), pdf, "APR-08-2025 14:22   FROM: ICE ERO KCM   8165550174   TO: 18165550190        P.{p}/{n}")
    return label("br04", "fax", "fax cover + I-247A detainer to state corrections",
                 ("dhs-ice-ero", "ICE ERO Kansas City Field Office", "Rachel D. Moreau", "Deportation Officer",
                  "rachel.d.moreau@ice.dhs.gov", "(816) 555-0173"),
                 [("Jesús Alberto Gómez Salinas", "1985-02-17",
                   [("a_number", "A201339584"), ("other", "389021457"), ("other", "1298847")])],
                 ["8 CFR 287.7"], "detainer", "I-247A", True, "civil_immigration", ["other"], "fax")


@doc
def br05():
    txt = """OKLAHOMA EMPLOYMENT SECURITY COMMISSION
Law Enforcement Information Request - Online Submission
=======================================================
Submission ID ........... LE-2025-000418
Submitted ............... 2025-05-02 16:41:07 CDT
Routed to ............... OESC Legal / Records Custodian

-- REQUESTOR --
Requesting Agency:        Tulsa Police Department
Division/Unit:            Detective Division - Burglary Unit
Requestor Name:           Cody R. Hargis
Rank/Title:               Detective
Badge/ID #:               2219
Phone:                    918-555-0145
Email:                    chargis@cityoftulsa.org
Supervisor:               Sgt. Melissa Dunaway

-- CASE --
Case/Report Number:       2025-014477
Offense(s):               Burglary in the second degree (21 O.S. § 1435);
                          Knowingly concealing stolen property (21 O.S. § 1713)

-- SUBJECT 1 --
Last Name:                VOLKOV
First Name:               Dmitri
Middle Name:              Sergeyevich
DOB:                      12/03/1979
SSN:                      ***-**-8816
Last Known Address:       (unknown)

-- SUBJECT 2 --
Last Name:
First Name:
DOB:

-- INFORMATION REQUESTED --
[X] Current / most recent employer
[X] Wage history (last 4 quarters)
[ ] UI claim history
[X] Address on file
[ ] Other:

Narrative / Justification:
Subject is a suspect in a series of commercial burglaries (copper wire and
HVAC units) in south Tulsa between Feb and April 2025. Pawn records tie him to
the stolen property. Need current employer to locate and interview him.
Victim businesses: Riverside Mechanical, Inc.; Ferrell Electric Supply.

Legal Authority Cited:    40 O.S. § 4-508

Certification:
[X] I certify that this information is requested for an official criminal
    investigation and will be used only for that purpose.

Electronic Signature:     Cody R. Hargis
IP Address:               10.41.7.118
"""
    open(P("br05.txt"), "w", encoding="utf-8").write(txt)
    return label("br05", "txt", "state UI agency web-form submission by municipal detective",
                 ("local-police", "Tulsa Police Department", "Cody R. Hargis", "Detective", "chargis@cityoftulsa.org", "918-555-0145"),
                 [("Dmitri Sergeyevich Volkov", "1979-12-03", [("ssn_last4", "8816")])],
                 ["21 OS 1435", "21 OS 1713", "40 OS 4-508"], "none", None, False, "criminal_investigation",
                 ["employment", "wages", "address"], "email")


@doc
def br06():
    cover = [("lh", ["SEATTLE POLICE DEPARTMENT", "Investigations Bureau – Auto Theft Unit",
                     "610 Fifth Avenue, P.O. Box 34986, Seattle, WA 98124-4986"]),
             ("p", "June 10, 2025"),
             "Washington State Department of Licensing\nPublic Disclosure / Law Enforcement Records\nP.O. Box 9030\nOlympia, WA 98507-9030",
             ("p", "Re: Search Warrant No. 25-0-01871-9 SEA – SPD Case 2025-148833", {"bold": True, "before": 4}),
             "To the Custodian of Records:",
             ("p", "Enclosed is a search warrant signed June 9, 2025 by the Honorable Patricia L. Okafor, King County "
                   "Superior Court, commanding production of Department of Licensing records for Marcus Anthony "
                   "DELGADO-REYES. Please provide the listed records within ten days, in electronic form if possible, to "
                   "my attention. A return of service will be filed with the court once the records are received.", {"align": "j"}),
             "Thank you for your help.",
             ("p", "Det. Jonah K. Whitaker #7731\nAuto Theft Unit\n(206) 555-0158\njonah.whitaker@seattle.gov", {"before": 12}),
             ]
    sw = [("p", "SUPERIOR COURT OF WASHINGTON FOR KING COUNTY", {"bold": True, "align": "c", "size": 12}),
          ("tbl", [["STATE OF WASHINGTON,\n\n                         Plaintiff,\n      v.\n\nRECORDS OF THE WASHINGTON STATE DEPARTMENT OF LICENSING RELATING TO MARCUS ANTHONY DELGADO-REYES",
                    "No. 25-0-01871-9 SEA\n\nSEARCH WARRANT"]], {"widths": [0.6, 0.4], "header": False}),
          ("p", "THE STATE OF WASHINGTON TO ANY PEACE OFFICER IN THE STATE:", {"bold": True}),
          ("p", "Upon the sworn complaint made before me by Detective Jonah K. Whitaker of the Seattle Police Department, "
                "there is probable cause to believe that the crimes of Theft of a Motor Vehicle, RCW 9A.56.065, and "
                "Trafficking in Stolen Property in the First Degree, RCW 9A.82.050, have been committed and that "
                "evidence of those crimes is held by the Washington State Department of Licensing, 1125 Washington "
                "Street SE, Olympia, Washington.", {"align": "j"}),
          ("p", "YOU ARE COMMANDED to:", {"bold": True}),
          ("p", "1. Search the records maintained by the Department of Licensing for the following:\n"
                "   a. driver license and identicard records, including all photographs, signatures and addresses, for "
                "DELGADO-REYES, Marcus Anthony, DOB 07/21/1996, WA DL WDL4X7M29Q8B;\n"
                "   b. vehicle registration and title records, including addresses of record, for any vehicle registered "
                "to that person since January 1, 2023;\n"
                "   c. title and registration history for VIN 1HGCV1F34LA012887 (2020 Honda Accord), reported stolen by "
                "its registered owner, Evelyn S. Park, on March 3, 2025.\n"
                "2. Seize the records described above, which may be produced in electronic form.\n"
                "3. Promptly return this warrant to me or the clerk of this court, with a written inventory of the "
                "property seized. A copy of the warrant and a receipt for the property taken shall be given to the "
                "custodian of the records.", {"align": "j"}),
          ("p", "This warrant is issued under CrR 2.3.", {"align": "j"}),
          ("p", "Dated this 9th day of June, 2025, at 3:14 p.m.", {"before": 8}),
          ("p", "______________________________________\nJUDGE  Patricia L. Okafor\nPrinted or Typed Name of Judge", {"before": 18}),
          ]
    pdf = concat_pdfs([(cover, {"font": "Sans", "size": 10}),
                       (sw, {"font": "Serif", "size": 10.5, "footer": "SEARCH WARRANT – Page {page}"})])
    open(P("br06.pdf"), "wb").write(pdf)
    return label("br06", "born_digital", "SPD cover letter + King County Superior Court search warrant for DOL records",
                 ("local-police", "Seattle Police Department", "Jonah K. Whitaker", "Detective",
                  "jonah.whitaker@seattle.gov", "(206) 555-0158"),
                 [("Marcus Anthony Delgado-Reyes", "1996-07-21", [("license", "WDL4X7M29Q8B")])],
                 ["RCW 9A.56.065", "RCW 9A.82.050", "WA CrR 2.3"], "judicial_warrant", None, True,
                 "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


@doc
def br07():
    ao110 = [("p", "AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", {"size": 8}),
             ("p", "UNITED STATES DISTRICT COURT", {"bold": True, "align": "c", "size": 13, "after": 0}),
             ("p", "for the\nDistrict of Arizona", {"align": "c"}),
             ("p", "SUBPOENA TO TESTIFY BEFORE A GRAND JURY", {"bold": True, "align": "c", "size": 12}),
             ("kv", [["To:", "Custodian of Records\nArizona Department of Economic Security\n1789 W. Jefferson Street, Phoenix, AZ 85007"]],
              {"widths": [0.1, 0.9], "grid": False}),
             ("p", "YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown "
                   "below to testify before the court's grand jury. When you arrive, you must remain at the court until the "
                   "judge or a court officer allows you to leave.", {"align": "j"}),
             ("tbl", [["Place: Sandra Day O'Connor U.S. Courthouse\n401 W. Washington Street, Phoenix, AZ 85003", "Date and Time:\n04/15/2025 9:00 am"],
                      ["Grand Jury Room 3 – GJ No. 25-03-117", ""]], {"widths": [0.65, 0.35], "header": False}),
             ("p", "You must also bring with you the following documents, electronically stored information, or objects "
                   "(blank if not applicable):  **See Attachment A.**", {"align": "j"}),
             ("kv", [["Date: 03/17/2025", "CLERK OF COURT\n\n/s/ T. Benally\nSignature of Clerk or Deputy Clerk"]], {"widths": [0.45, 0.55], "grid": False}),
             ("p", "The name, address, e-mail, and telephone number of the United States attorney, or assistant United States "
                   "attorney, who requests this subpoena, are:", {"size": 9}),
             ("p", "Rebecca L. Thornquist, Assistant United States Attorney\nUnited States Attorney's Office, District of Arizona\n"
                   "40 N. Central Avenue, Suite 1800, Phoenix, AZ 85004\nRebecca.Thornquist@usdoj.gov  (602) 555-0131", {"size": 9}),
             ("pb",),
             ("h", "ATTACHMENT A"),
             ("p", "For the period January 1, 2020 to the present, produce all records in the possession, custody or control "
                   "of the Arizona Department of Economic Security relating to the following individuals:"),
             ("tbl", [["#", "Name", "DOB", "SSN"],
                      ["1", "NÚÑEZ ORTEGA, Guadalupe", "09/25/1987", "XXX-XX-3340"],
                      ["2", "VILLASEÑOR, Héctor Manuel", "02/06/1983", "XXX-XX-7712"]], {"widths": [0.06, 0.46, 0.22, 0.26]}),
             ("p", "a. all unemployment insurance claim applications, including the IP addresses, e-mail addresses, telephone "
                   "numbers and mailing addresses used to file or certify each claim;\n"
                   "b. benefit payment records, including bank account and debit card information;\n"
                   "c. quarterly wage reports submitted by any employer; and\n"
                   "d. all correspondence with the claimant.", {"indent": 12}),
             ("p", "In lieu of appearing, the custodian may produce the records with a completed certification of domestic "
                   "records of regularly conducted activity under Fed. R. Evid. 902(11).", {"align": "j"}),
             ]
    pdf = pdf_bytes(ao110, font="Sans", size=9.5)
    body = """Hello,

Attached is a federal grand jury subpoena for Arizona Department of Economic
Security records relating to two individuals. The return date is April 15, 2025.
In lieu of appearing, you may produce the records with the enclosed 902(11)
certification to Special Agent Paul Ferreira, U.S. Department of Labor OIG
(cc'd), who is working the case with our office.

For your log: we are investigating possible violations of 18 U.S.C. §§ 1343 and
1028A in connection with pandemic-era unemployment claims. Please do not
disclose the existence of the subpoena to the individuals named.

Thanks very much,
Rebecca

Rebecca L. Thornquist | Assistant United States Attorney
U.S. Attorney's Office | District of Arizona
40 N. Central Ave., Suite 1800 | Phoenix, AZ 85004
(602) 555-0131 | Rebecca.Thornquist@usdoj.gov
"""
    html = "<html><body>" + "".join(f"<p>{l}</p>" if l else "" for l in body.replace("&", "&amp;").split("\n\n")) + "</body></html>"
    html = html.replace("\n", "<br>")
    m = email_msg("\"Thornquist, Rebecca (USAAZ)\" <Rebecca.Thornquist@usdoj.gov>", "DES Legal Records <desrecords-legal@azdes.gov>",
                  "Grand Jury Subpoena - DES wage & UI records (GJ 25-03-117)", dt.datetime(2025, 3, 18, 11, 2, 41, tzinfo=tz(-7)),
                  body=body, html=html, cc="\"Ferreira, Paul - OIG\" <Ferreira.Paul@oig.dol.gov>",
                  msgid="<SA1PR09MB88412.rlt@usdoj.gov>")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="GJ Subpoena 25-03-117 AZ DES.pdf")
    write_eml(P("br07.eml"), m, "br07")
    return label("br07", "eml", "AUSA e-mail (multipart/alternative) with AO 110 grand jury subpoena PDF",
                 ("doj-usao", "U.S. Attorney's Office, District of Arizona", "Rebecca L. Thornquist",
                  "Assistant United States Attorney", "Rebecca.Thornquist@usdoj.gov", "(602) 555-0131"),
                 [("Guadalupe Núñez Ortega", "1987-09-25", [("ssn_last4", "3340")]),
                  ("Héctor Manuel Villaseñor", "1983-02-06", [("ssn_last4", "7712")])],
                 ["18 USC 1343", "18 USC 1028A", "FRE 902"], "grand_jury_subpoena", "AO 110", True,
                 "criminal_investigation", ["claims", "benefits", "wages", "employment", "address", "phone", "email"], "email")


@doc
def br08():
    cover = [("lh", ["U.S. Department of Homeland Security", "U.S. Immigration and Customs Enforcement",
                     "501 South Las Vegas Boulevard, Suite 200, Las Vegas, NV 89101"]),
             ("p", "May 20, 2025"),
             "Custodian of Records\nNevada Department of Motor Vehicles\n555 Wright Way\nCarson City, NV 89711",
             ("p", "Re: Immigration Enforcement Subpoena No. ICE-LVG-2025-00087", {"bold": True, "before": 4}),
             ("p", "Enclosed please find an Immigration Enforcement Subpoena (DHS Form I-138) requiring the production of "
                   "records held by the Nevada Department of Motor Vehicles. The records may be produced by mail or "
                   "electronically to the undersigned on or before the date shown on the subpoena. Personal appearance "
                   "is not required if the records are produced.", {"align": "j"}),
             ("p", "Questions may be directed to me at (702) 555-0126 or craig.m.ellison@ice.dhs.gov.", {"align": "j"}),
             ("p", "Sincerely,", {"before": 4, "after": 16}),
             "Craig M. Ellison\nSupervisory Immigration Officer\nU.S. Immigration and Customs Enforcement, Las Vegas",
             ]
    form = [("p", "DEPARTMENT OF HOMELAND SECURITY", {"bold": True, "align": "c", "after": 0}),
            ("p", "IMMIGRATION ENFORCEMENT SUBPOENA", {"bold": True, "align": "c", "size": 13, "after": 0}),
            ("p", "To Appear and/or Produce Records", {"align": "c", "after": 0}),
            ("p", "(By authority of Sec. 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. 1225(d)(4)(A), and 8 C.F.R. 287.4)",
             {"align": "c", "size": 8.5}),
            ("kv", [["Subpoena No.", "ICE-LVG-2025-00087"], ["File No.", "A 219 006 471"],
                    ["In the matter of", "DE LA CRUZ FIGUEROA, Ramón"],
                    ["1. To:", "Custodian of Records, Nevada Department of Motor Vehicles, 555 Wright Way, Carson City, NV 89711"]],
             {"widths": [0.25, 0.75]}),
            ("p", "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED TO:", {"bold": True}),
            ("cb", False, "2A. Appear before the official named in Block 3 at the date, time and place indicated, to give testimony."),
            ("cb", True, "2B. Produce the records (books, papers, or other documents) indicated in Block 4, before the official "
                         "named in Block 3 at the date, time and place indicated."),
            ("kv", [["3. Official", "Craig M. Ellison, Supervisory Immigration Officer, U.S. Immigration and Customs Enforcement, "
                                    "501 S. Las Vegas Blvd., Suite 200, Las Vegas, NV 89101"],
                    ["Date and time", "June 6, 2025, 10:00 a.m."],
                    ["4. Records required", "Any and all records relating to the above-named individual, DOB April 9, 1991, "
                                            "NV DL 1205884471, including driver license and identification card applications, "
                                            "photographs, residential and mailing addresses, and vehicle registration records."]],
             {"widths": [0.25, 0.75]}),
            ("p", "The testimony or documents are required in connection with an investigation or inquiry relating to the "
                  "admissibility of the subject and his removability from the United States.", {"align": "j", "size": 9}),
            ("p", "Failure to comply with this subpoena may subject you to an order of a United States District Court, under "
                  "the authority of Sec. 235(d)(4)(B) of the Immigration and Nationality Act, 8 U.S.C. 1225(d)(4)(B), to "
                  "compel compliance, and failure to obey such order may be punished by the court as contempt thereof.",
             {"align": "j", "size": 9, "bold": True}),
            ("kv", [["5. Signature of Issuing Officer", "/s/ Craig M. Ellison"],
                    ["Name and Title", "Craig M. Ellison, Supervisory Immigration Officer"],
                    ["Date and Place of Issuance", "05/20/2025, Las Vegas, NV"]], {"widths": [0.35, 0.65]}),
            ("pb",),
            ("h", "CERTIFICATE OF SERVICE", {"size": 11}),
            ("p", "This subpoena was served by:  ☐ personal service   ☒ certified mail   ☐ other, on ____________ (date) upon "
                  "____________________ (name of person served)."),
            ("kv", [["Signature of person serving", ""], ["Title", ""]], {"widths": [0.35, 0.65]}),
            ("h", "ACKNOWLEDGMENT OF SERVICE", {"size": 11}),
            ("p", "I acknowledge receipt of this subpoena on ____________ (date)."),
            ("kv", [["Signature", ""], ["Title", ""]], {"widths": [0.35, 0.65]}),
            ]
    pdf = concat_pdfs([(cover, {"font": "Serif", "size": 10.5}),
                       (form, {"font": "Sans", "size": 9.5, "footer": "Form I-138 (Rev. 08/19)"})])
    open(P("br08.pdf"), "wb").write(pdf)
    return label("br08", "born_digital", "ICE cover letter + I-138 immigration enforcement subpoena to DMV",
                 ("dhs-ice", "U.S. Immigration and Customs Enforcement", "Craig M. Ellison", "Supervisory Immigration Officer",
                  "craig.m.ellison@ice.dhs.gov", "(702) 555-0126"),
                 [("Ramón de la Cruz Figueroa", "1991-04-09", [("a_number", "A219006471"), ("license", "1205884471")])],
                 ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True,
                 "civil_immigration", ["license", "photo", "address", "vehicle"], "mail")


@doc
def br09():
    cover = [("lh", ["OFFICE OF THE DISTRICT ATTORNEY", "Second Judicial District – City and County of Denver",
                     "201 W. Colfax Ave., Dept. 801, Denver, Colorado 80202 · (720) 555-0100"]),
             ("p", "July 1, 2025"),
             "Custodian of Records\nColorado Department of Labor and Employment\nUnemployment Insurance Division\n251 E. 12th Avenue\nDenver, CO 80203",
             ("p", "Re: People v. Aleksandr Petrovich Kuznetsov, Denver District Court Case No. 2025CR1187", {"bold": True, "before": 4}),
             "Dear Custodian:",
             ("p", "Enclosed is a certified copy of the Order for Production of Unemployment Insurance Records entered by the "
                   "Denver District Court on June 27, 2025. Please produce the records described in the Order within "
                   "fourteen days to the undersigned. A records certification form is acceptable in lieu of testimony.", {"align": "j"}),
             ("p", "The defendant is charged with theft and forgery arising from fictitious claims filed while he was "
                   "employed by Front Range Logistics, Inc. Thank you for your prompt attention.", {"align": "j"}),
             ("p", "Very truly yours,", {"before": 6}),
             ("p", "JORDAN A. WHITFIELD\nDistrict Attorney", {"after": 14}),
             ("p", "By: Natalia Reyes-Kim\nDeputy District Attorney, Economic Crime Unit\n(720) 555-0119 · nreyes-kim@denverda.org"),
             ("p", "Enclosure", {"size": 8.5}),
             ]
    order = [("tbl", [["DISTRICT COURT, CITY AND COUNTY OF DENVER, COLORADO\n520 W. Colfax Ave., Denver, CO 80204\n\n"
                       "THE PEOPLE OF THE STATE OF COLORADO,\n\nv.\n\nALEKSANDR PETROVICH KUZNETSOV,\nDefendant.",
                       "\n\n\n▲ COURT USE ONLY ▲\n\nCase Number: 2025CR1187\nCourtroom: 5F"]],
              {"widths": [0.64, 0.36], "header": False}),
             ("p", "ORDER FOR PRODUCTION OF UNEMPLOYMENT INSURANCE RECORDS", {"bold": True, "align": "c", "size": 11.5, "before": 4}),
             ("p", "THIS MATTER comes before the Court on the People's Motion for an Order Directing Production of "
                   "Unemployment Insurance Records pursuant to C.R.S. § 8-72-107(1) and Crim. P. 17(c). The Court, having "
                   "reviewed the motion and the file and being fully advised, FINDS that the records described below are "
                   "relevant and material to the charges of Theft, C.R.S. § 18-4-401, and Forgery, C.R.S. § 18-5-102, "
                   "pending against the Defendant, and that the need for disclosure outweighs the confidentiality interest.", {"align": "j"}),
             ("p", "IT IS THEREFORE ORDERED that the Colorado Department of Labor and Employment shall produce to the Office "
                   "of the District Attorney, Second Judicial District, within fourteen (14) days of service of this Order:", {"align": "j"}),
             ("p", "(a) all claims for unemployment benefits filed in the name or Social Security number of Aleksandr P. "
                   "Kuznetsov, date of birth 01/25/1982, SSN ending in 5093, from January 1, 2022 to the present;\n"
                   "(b) all wage records reported by any employer for that person for the same period; and\n"
                   "(c) payment histories, including the bank accounts to which benefits were deposited.", {"indent": 14}),
             ("p", "IT IS FURTHER ORDERED that the records shall be used solely for purposes of this prosecution and shall "
                   "not be further disseminated except as required by the Colorado Rules of Criminal Procedure.", {"align": "j"}),
             ("p", "Dated: June 27, 2025", {"before": 6}),
             ("p", "BY THE COURT:\n\n\n______________________________\nRaymond T. Ashworth\nDistrict Court Judge", {"before": 4}),
             ]
    pdf = concat_pdfs([(cover, {"font": "Serif", "size": 10.5}), (order, {"font": "Serif", "size": 10.5})])
    write_scanned(P("br09.pdf"), pdf, 200, [-0.6, 1.7])
    return label("br09", "scanned", "DA cover letter (DA above deputy) + Colorado district court order, scanned 200 dpi",
                 ("district-attorney", "Office of the District Attorney, Second Judicial District", "Natalia Reyes-Kim",
                  "Deputy District Attorney", "nreyes-kim@denverda.org", "(720) 555-0119"),
                 [("Aleksandr Petrovich Kuznetsov", "1982-01-25", [("ssn_last4", "5093")])],
                 ["CRS 8-72-107", "CO CrimP 17", "CRS 18-4-401", "CRS 18-5-102"], "court_order", None, True,
                 "criminal_investigation", ["claims", "wages", "employment", "benefits"], "mail")


@doc
def br10():
    body = """Ms. Okonkwo,

Sorry about that. Case number is JCSO 2025-0087331. She is charged with Theft of
Property 1st Degree, Code of Alabama § 13A-8-3, for taking approximately $48,000
from her former employer (the victim, Mr. Harold Biggs, owner of Biggs Auto Parts
in Bessemer). There is an active warrant. We need her current employer and
address so we can serve it. SSN last four is 4471.

Thanks,
Inv. Derrick Pruitt
Financial Crimes Unit
Jefferson County Sheriff's Office
716 Richard Arrington Jr. Blvd. N., Birmingham, AL 35203
(205) 555-0176

-----Original Message-----
From: Okonkwo, Adaeze <adaeze.okonkwo@labor.alabama.gov>
Sent: Wednesday, July 23, 2025 4:12 PM
To: Pruitt, Derrick <pruittd@jccal.org>
Subject: RE: Records request - Washington, Tamika

Investigator Pruitt,

We received your request. Before we can process it, please provide the case
number, the nature of the investigation, and any additional identifiers (SSN
or last four). Our release of wage information is governed by Ala. Code
§ 25-4-116 and 20 C.F.R. Part 603.

Regards,
Adaeze Okonkwo
Records Custodian, Legal Division
Alabama Department of Workforce

-----Original Message-----
From: Pruitt, Derrick <pruittd@jccal.org>
Sent: Wednesday, July 23, 2025 9:38 AM
To: UI Law Enforcement Requests <uilawenforcement@labor.alabama.gov>
Subject: Records request - Washington, Tamika

Good morning,

I'm looking for employment info on Tamika Renee Washington, DOB 9/12/1989.
Last known address 1417 Avenue F, Birmingham. Anything you can send would be
appreciated.

Derrick Pruitt
JCSO Financial Crimes
"""
    m = email_msg("\"Pruitt, Derrick\" <pruittd@jccal.org>", "\"Okonkwo, Adaeze\" <adaeze.okonkwo@labor.alabama.gov>",
                  "RE: Records request - Washington, Tamika", dt.datetime(2025, 7, 24, 10, 5, 33, tzinfo=tz(-5)),
                  body=body, msgid="<CH0PR15MB5512.dp0724@jccal.org>",
                  extra={"In-Reply-To": "<MN2PR09MB7731.ao0723@labor.alabama.gov>"})
    write_eml(P("br10.eml"), m, "br10")
    return label("br10", "eml", "sheriff investigator reply quoting agency clerk's question and his first message",
                 ("sheriff", "Jefferson County Sheriff's Office", "Derrick Pruitt", "Investigator", "pruittd@jccal.org", "(205) 555-0176"),
                 [("Tamika Renee Washington", "1989-09-12", [("ssn_last4", "4471")])],
                 ["AL Code 13A-8-3", "AL Code 25-4-116", "20 CFR 603"], "none", None, False, "criminal_investigation",
                 ["employment", "address"], "email")


@doc
def br11():
    cover = [("p", "U.S. Department of Justice\nDrug Enforcement Administration\nNew Orleans Field Division – Enforcement Group 3",
              {"bold": True, "size": 11}),
             ("p", "3838 N. Causeway Blvd., Suite 1800, Metairie, LA 70002"),
             ("h", "FACSIMILE COVER SHEET", {"size": 16, "align": "l"}),
             ("kv", [["To", "Louisiana Office of Motor Vehicles – Legal / Records"], ["Fax", "225-555-0193"],
                     ["From", "SA Camille R. Thibodeaux"], ["Phone", "504-555-0147"],
                     ["E-mail", "camille.r.thibodeaux@dea.gov"], ["Date", "9/15/2025"], ["Pages", "2 incl. cover"]],
              {"widths": [0.2, 0.8], "size": 11}),
             ("p", "Message: Attached is a DEA administrative subpoena for OMV records. Investigation concerns "
                   "distribution of fentanyl, 21 U.S.C. §§ 841(a)(1) and 846. Originals to follow by mail. Please "
                   "call me with any questions.", {"size": 11}),
             ("sp", 120),
             ("p", "This facsimile is intended only for the addressee. It may contain information that is privileged, "
                   "law enforcement sensitive, and exempt from disclosure. Any other dissemination is prohibited.", {"size": 8}),
             ]
    sub = [("p", "U.S. DEPARTMENT OF JUSTICE\nDRUG ENFORCEMENT ADMINISTRATION", {"bold": True, "align": "c"}),
           ("p", "SUBPOENA", {"bold": True, "align": "c", "size": 15}),
           ("kv", [["Subpoena No.", "NO-25-114872"], ["File No.", "R3-25-0041"], ["G-DEP Identifier", "GFX1C"]],
            {"widths": [0.25, 0.4]}),
           ("p", "TO: Custodian of Records, Louisiana Office of Motor Vehicles, 7979 Independence Blvd., Baton Rouge, LA 70806"),
           ("p", "In the matter of an investigation being conducted by the Drug Enforcement Administration pursuant to "
                 "Title 21, United States Code, Section 876 (Section 506 of Public Law 91-513), relating to controlled substances:", {"align": "j"}),
           ("p", "YOU ARE HEREBY REQUIRED to appear before Special Agent Camille R. Thibodeaux, an officer of the Drug "
                 "Enforcement Administration, at 3838 N. Causeway Blvd., Suite 1800, Metairie, Louisiana 70002, on the "
                 "30th day of September, 2025, at 10:00 a.m., to testify and give information relating to an investigation "
                 "of violations of the Controlled Substances Act, 21 U.S.C. 801 et seq., and to bring with you and produce "
                 "the following records:", {"align": "j"}),
           ("p", "All driver license, identification card and vehicle registration records, including digitized photographs, "
                 "address history and registered vehicles, for:\n"
                 "   1. BOUDREAUX, Trevor James – W/M – DOB 03/04/1987 – LA DL 009218873\n"
                 "   2. PHAM, Lanh Thi – A/F – DOB 10/19/1990 – LA DL 011457206", {"align": "l"}),
           ("p", "In lieu of appearance, you may comply with this subpoena by furnishing the records described above to the "
                 "officer named, together with a certification of their authenticity, on or before the return date.", {"align": "j"}),
           ("p", "You are requested not to disclose the existence of this subpoena for an indefinite period of time. Any "
                 "such disclosure could impede the investigation being conducted and thereby interfere with the "
                 "enforcement of federal law.", {"align": "j", "size": 9}),
           ("p", "Failure to comply with this subpoena will render you liable to proceedings in the United States District "
                 "Court to enforce obedience to the requirements of this subpoena, and to punish default or disobedience.",
            {"align": "j", "bold": True, "size": 9.5}),
           ("kv", [["Issued under authority of Sec. 506 of Public Law 91-513 (21 U.S.C. 876)", ""],
                   ["Signature", "/s/ Camille R. Thibodeaux"], ["Name / Title", "Camille R. Thibodeaux, Special Agent"],
                   ["Place / Date issued", "Metairie, Louisiana – September 15, 2025"]], {"widths": [0.45, 0.55]}),
           ]
    pdf = concat_pdfs([(cover, {"font": "Sans", "size": 10}), (sub, {"font": "Serif", "size": 10, "footer": "DEA subpoena NO-25-114872    page {page}"})])
    write_fax(P("br11.tif"), pdf, "SEP-15-2025 11:07   DEA NOD GRP3   504 555 0148   >> 2255550193      P.0{p}/0{n}")
    return label("br11", "fax", "DEA fax cover + 21 USC 876 administrative subpoena to OMV, two subjects",
                 ("doj-dea", "Drug Enforcement Administration, New Orleans Field Division", "Camille R. Thibodeaux",
                  "Special Agent", "camille.r.thibodeaux@dea.gov", "504-555-0147"),
                 [("Trevor James Boudreaux", "1987-03-04", [("license", "009218873")]),
                  ("Lanh Thi Pham", "1990-10-19", [("license", "011457206")])],
                 ["21 USC 841", "21 USC 846", "21 USC 876", "PL 91-513", "21 USC 801"], "administrative_subpoena", None, True,
                 "criminal_investigation", ["license", "photo", "address", "vehicle"], "fax")


@doc
def br12():
    b = [("lh", ["U.S. Department of Justice", "United States Marshals Service", "Southern District of Indiana",
                 "46 East Ohio Street, Room 179, Indianapolis, Indiana 46204"]),
         ("p", "2025-08-04", {"align": "r"}),
         ("p", "VIA FIRST-CLASS MAIL", {"bold": True, "size": 9}),
         "Indiana Bureau of Motor Vehicles\nRecords Division\nIndiana Government Center North\n100 N. Senate Avenue, Room N405\nIndianapolis, IN 46204",
         ("p", "RE:  Fugitive Brandon Keith SIZEMORE\n        USMS Warrant No. 2025-0612-0388-SIN", {"bold": True, "before": 4}),
         "Dear Records Supervisor:",
         ("p", "The United States Marshals Service is charged with investigating and apprehending federal fugitives, "
               "28 U.S.C. § 566(e)(1)(B). On June 12, 2025 the United States District Court for the Southern District "
               "of Indiana issued a warrant for the arrest of Brandon Keith SIZEMORE, who is charged with being a "
               "felon in possession of a firearm in violation of 18 U.S.C. § 922(g)(1) and who failed to appear for "
               "arraignment. Mr. Sizemore is a fugitive and is believed to be living in central Indiana.", {"align": "j"}),
         ("p", "To assist in locating him, we request the following from BMV files:", {"align": "j"}),
         ("kv", [["Name", "SIZEMORE, Brandon Keith"], ["Date of birth", "30 June 1984"], ["Indiana license", "0890-44-1276"],
                 ["Requested", "Current and prior addresses of record; most recent digital image; vehicle registrations; "
                               "all license and title transactions since January 1, 2024"]], {"widths": [0.25, 0.6]}),
         ("p", "Disclosure to a law enforcement agency carrying out its functions is permitted by the Driver's Privacy "
               "Protection Act, 18 U.S.C. § 2721(b)(1). Please send the records to the deputy named below by e-mail or "
               "mail. Thank you for your continued assistance to the Marshals Service.", {"align": "j"}),
         ("p", "Sincerely,", {"before": 6}),
         ("p", "MICHAEL D. HOLLOWAY\nUnited States Marshal", {"after": 12}),
         ("p", "By:  /s/ Kyle Brennan\nDeputy United States Marshal\nGreat Lakes Regional Fugitive Task Force\n(317) 555-0152\nkyle.brennan@usdoj.gov"),
         ("p", "cc: Chief Deputy U.S. Marshal S. Akintola; Task Force file", {"size": 8.5, "before": 8}),
         ]
    pdf = pdf_bytes(b, font="Serif", size=10.5, footer="LAW ENFORCEMENT SENSITIVE")
    open(P("br12.pdf"), "wb").write(pdf)
    return label("br12", "born_digital", "USMS letter for fugitive location; Marshal's name above deputy's signature",
                 ("doj-usms", "United States Marshals Service, Southern District of Indiana", "Kyle Brennan",
                  "Deputy United States Marshal", "kyle.brennan@usdoj.gov", "(317) 555-0152"),
                 [("Brandon Keith Sizemore", "1984-06-30", [("license", "0890441276")])],
                 ["28 USC 566", "18 USC 922", "18 USC 2721"], "none", None, False, "criminal_investigation",
                 ["address", "photo", "vehicle", "license"], "mail")


@doc
def br13():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Please provide registration and registered owner information for <b>AZ plate CRX4417</b> (2019 Ford F-150, white),
along with the driver license record and current residential address of the registered owner, believed to be:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>IBARRA QUINTERO, Rosa Elena</td></tr>
<tr><td><b>DOB</b></td><td>05/08/1977</td></tr>
<tr><td><b>AZ DL</b></td><td>D08812345</td></tr>
</table>
<p>Authority: 6 U.S.C. &sect; 211; 19 U.S.C. &sect; 1589a.</p>
<p>Thank you for your assistance.</p>
<p>V/r,</p>
<p style="margin:0">Veronica M. Acosta<br>
CBP Officer<br>
U.S. Customs and Border Protection | Office of Field Operations<br>
Nogales Port of Entry – DeConcini Crossing<br>
Office: (520) 555-0135</p>
<p style="font-size:8pt;color:#555">WARNING: This document is FOR OFFICIAL USE ONLY (FOUO). It contains information that may be
exempt from public release under the Freedom of Information Act (5 U.S.C. 552).</p>
</body></html>"""
    m = email_msg("\"ACOSTA, VERONICA M (CBP)\" <veronica.m.acosta@cbp.dhs.gov>", "mvdlawenforcement@azdot.gov",
                  "Registered owner info - AZ plate CRX4417", dt.datetime(2025, 9, 11, 7, 52, 10, tzinfo=tz(-7)),
                  html=html, msgid="<DM6PR09MB2290.vma@cbp.dhs.gov>")
    write_eml(P("br13.eml"), m, "br13")
    return label("br13", "eml", "CBP OFO HTML-only e-mail asking for registered-owner info, no reason given",
                 ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Nogales Port of Entry",
                  "Veronica M. Acosta", "CBP Officer", "veronica.m.acosta@cbp.dhs.gov", "(520) 555-0135"),
                 [("Rosa Elena Ibarra Quintero", "1977-05-08", [("license", "D08812345")])],
                 ["6 USC 211", "19 USC 1589a", "5 USC 552"], "none", None, False, "unknown",
                 ["vehicle", "license", "address"], "email")


@doc
def br14():
    sub = [("tbl", [["ATTORNEY OR PARTY WITHOUT ATTORNEY: Priya K. Mahajan, Deputy District Attorney (SBN 298114)\n"
                     "Office of the District Attorney, County of Fresno\n2100 Tulare Street, Suite 100, Fresno, CA 93721\n"
                     "TELEPHONE NO.: (559) 555-0142   E-MAIL: pmahajan@fresnocountyca.gov\nATTORNEY FOR: The People",
                     "FOR COURT USE ONLY"],
                    ["SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO\n1100 Van Ness Avenue, Fresno, CA 93724", ""],
                    ["PEOPLE OF THE STATE OF CALIFORNIA\nvs.\nDEFENDANT: JOAQUÍN ESTEBAN ARREOLA", ""],
                    ["SUBPOENA (CRIMINAL OR JUVENILE)\n☒ DUCES TECUM", "CASE NUMBER:\nF25901234"]],
            {"widths": [0.7, 0.3], "header": False, "size": 8.5}),
           ("p", "THE PEOPLE OF THE STATE OF CALIFORNIA, TO (NAME): Custodian of Records, Employment Development "
                 "Department, Legal Office, 800 Capitol Mall, MIC 53, Sacramento, CA 95814", {"bold": True}),
           ("p", "1. YOU ARE ORDERED TO APPEAR AS A WITNESS in this case at the date, time, and place shown in the box below "
                 "UNLESS you make a special agreement with the person named in item 3:"),
           ("tbl", [["Date: October 20, 2025", "Time: 8:30 a.m.", "Dept.: 62", "Room:"],
                    ["Address: 1100 Van Ness Avenue, Fresno, CA 93724", "", "", ""]], {"header": False, "size": 8.5}),
           ("p", "2. and you are ordered to bring with you the documents described in Attachment 2. If you have been served "
                 "with this subpoena as a custodian of records, you may comply by delivering a copy of the records, together "
                 "with the declaration of custodian on page 2, in a sealed envelope to the clerk of the court. Procedure "
                 "authorized by Evidence Code sections 1560, 1561 and 1271.", {"align": "j"}),
           ("p", "3. IF YOU HAVE ANY QUESTIONS ABOUT THE TIME OR DATE FOR YOU TO APPEAR, OR IF YOU WANT TO BE CERTAIN THAT "
                 "YOUR PRESENCE IS REQUIRED, CONTACT THE FOLLOWING PERSON BEFORE THE DATE ON WHICH YOU ARE TO APPEAR: "
                 "Priya K. Mahajan, Deputy District Attorney, (559) 555-0142.", {"size": 8.5}),
           ("p", "4. WITNESS FEES: You may be entitled to witness fees, mileage, or both, in the discretion of the court.", {"size": 8.5}),
           ("p", "DISOBEDIENCE OF THIS SUBPOENA MAY BE PUNISHED AS CONTEMPT BY THIS COURT. YOU WILL ALSO BE LIABLE FOR THE "
                 "SUM OF ONE HUNDRED DOLLARS AND ALL DAMAGES RESULTING FROM YOUR FAILURE TO OBEY.", {"bold": True, "size": 8.5}),
           ("kv", [["Date issued: September 22, 2025", "/s/ Priya K. Mahajan\nPriya K. Mahajan, DEPUTY DISTRICT ATTORNEY\n(SIGNATURE OF PERSON ISSUING SUBPOENA) (TITLE)"]],
            {"widths": [0.4, 0.6], "grid": False}),
           ("pb",),
           ("h", "ATTACHMENT 2 – RECORDS TO BE PRODUCED", {"size": 11}),
           ("p", "For JOAQUÍN ESTEBAN ARREOLA, DOB 1/11/1994, SSN ending 2208, for the period January 1, 2023 through the "
                 "date of production:\n"
                 "a. quarterly wage records and the names and addresses of all reporting employers;\n"
                 "b. all unemployment insurance and state disability insurance claims, including claim forms, continued-claim "
                 "certifications and payment history;\n"
                 "c. any EDD investigation reports concerning false statements to obtain benefits.", {"indent": 8}),
           ("p", "The defendant is charged with violations of Unemployment Insurance Code section 2101 and Penal Code section "
                 "487(a). This subpoena is issued by the prosecuting attorney under Penal Code section 1326.", {"align": "j"}),
           ("h", "DECLARATION OF CUSTODIAN OF RECORDS", {"size": 11, "before": 10}),
           ("p", "I, ______________________, declare: I am the duly authorized custodian of the records of the Employment "
                 "Development Department and have authority to certify them. The accompanying records are true copies of "
                 "all records described in the subpoena, prepared by personnel of the Department in the ordinary course of "
                 "business at or near the time of the act, condition or event. I declare under penalty of perjury under the "
                 "laws of the State of California that the foregoing is true and correct.", {"align": "j", "size": 9}),
           ("p", "Date: ____________        Signature: ______________________________", {"before": 8}),
           ]
    pdf = pdf_bytes(sub, font="Sans", size=9.5,
                    footer="CR-125/JV-525 [Rev. January 1, 2024]   SUBPOENA (CRIMINAL OR JUVENILE)   Penal Code, § 1326; Evidence Code, §§ 1560, 1561")
    open(P("br14.pdf"), "wb").write(pdf)
    return label("br14", "born_digital", "California criminal subpoena duces tecum (CR-125 style) issued by deputy DA to EDD",
                 ("district-attorney", "Office of the District Attorney, County of Fresno", "Priya K. Mahajan",
                  "Deputy District Attorney", "pmahajan@fresnocountyca.gov", "(559) 555-0142"),
                 [("Joaquín Esteban Arreola", "1994-01-11", [("ssn_last4", "2208")])],
                 ["CA Evid 1560", "CA Evid 1561", "CA Evid 1271", "CA UIC 2101", "CA PC 487", "CA PC 1326"],
                 "court_subpoena", "CR-125", True, "criminal_investigation", ["wages", "employment", "claims", "benefits"], "mail")


@doc
def br15():
    txt = """From:	Kowalski, Nathan J - DOT <nathan.kowalski@dot.wi.gov>
Sent:	Saturday, October 4, 2025 1:16 AM
To:	DMV Law Enforcement Support
Subject:	Hit and run - need photo/address ASAP
Importance:	High

Hi -- Trooper Kowalski, WSP DeForest Post. I'm working a hit-and-run with injury
from tonight on I-90/94 near Lake Delton. Pedestrian (Abigail Thorsen, 34) was
taken to UW Health with serious injuries. Witness Teng Xiong got a partial plate
and the car came back to a 2012 Honda Accord registered to LOR, KEVIN, DOB
02/27/2001.

Need his DL photo for a photo array and his current address. Incident #
2025-WSP-118244. Violation is s. 346.67, Wis. Stats. (duty upon striking person).

Please send to my email or call the post, someone is there 24/7.

Thanks

Tpr. Nathan Kowalski #611
Wisconsin State Patrol - DeForest Post
608-555-0166
nathan.kowalski@dot.wi.gov
"""
    open(P("br15.txt"), "w", encoding="utf-8").write(txt)
    return label("br15", "txt", "state trooper e-mail saved as text by DMV staff (Outlook 'Save as')",
                 ("state-police", "Wisconsin State Patrol - DeForest Post", "Nathan Kowalski", "Trooper",
                  "nathan.kowalski@dot.wi.gov", "608-555-0166"),
                 [("Kevin Lor", "2001-02-27", [])],
                 ["WI Stat 346.67"], "none", None, False, "criminal_investigation", ["photo", "address"], "email")


@doc
def br16():
    w = [("p", "IN THE SUPERIOR COURT OF THE STATE OF ARIZONA\nIN AND FOR THE COUNTY OF MARICOPA", {"bold": True, "align": "c", "size": 11.5}),
         ("tbl", [["STATE OF ARIZONA,\n                     Plaintiff,\nvs.\nERNESTO CHAVIRA LUJÁN,\n                     Defendant.",
                   "No. CR2025-118455-001\n\nWARRANT OF ARREST\n(Felony – Indictment)"]], {"widths": [0.55, 0.45], "header": False}),
         ("p", "TO ANY PEACE OFFICER IN THE STATE OF ARIZONA:", {"bold": True}),
         ("p", "An indictment having been returned charging the above-named defendant with the offense of AGGRAVATED ASSAULT, "
               "a class 3 dangerous felony, in violation of A.R.S. §§ 13-1204(A)(2) and 13-1203, and the Court having "
               "found probable cause for the issuance of this warrant under Ariz. R. Crim. P. 3.2,", {"align": "j"}),
         ("p", "YOU ARE COMMANDED to arrest the defendant and bring him before this Court, or if the Court is unavailable, "
               "before the nearest or most accessible magistrate in this county, without unnecessary delay.", {"bold": True, "align": "j"}),
         ("kv", [["Defendant", "ERNESTO CHAVIRA LUJÁN"], ["DOB", "03/15/1999"], ["Sex / Race", "M / H"],
                 ["Height / Weight", "5'09\" / 170"], ["Last known address", "3318 W. Roeser Rd., Phoenix, AZ 85041"],
                 ["Bond", "$50,000 cash only"]], {"widths": [0.3, 0.6]}),
         ("p", "Issued: October 9, 2025", {"before": 6}),
         ("p", "HON. KRISTEN A. YAZZIE\nJudge of the Superior Court\n\nby /s/ D. Gallegos, Deputy Clerk", {"before": 6}),
         ]
    wpdf = pdf_bytes(w, font="Serif", size=10.5)
    jpg = photo_jpeg(wpdf, dpi=140)
    body = """Good afternoon,

Attached is a photo of the felony arrest warrant for ERNESTO CHAVIRA LUJÁN,
DOB 03/15/1999 (Maricopa County Superior Court CR2025-118455-001, agg assault,
A.R.S. 13-1204). We have been unable to locate him at his last known address.

Could you check whether he is on any DES case (SNAP / cash assistance) and send
the most recent address and phone number on file, and the employer if one is
listed? MCSO DR# 25-041877.

Thank you,

Det. Alicia Bermúdez #S1942
Maricopa County Sheriff's Office
Fugitive Apprehension / Warrants Unit
602-555-0187
"""
    m = email_msg("\"Bermudez, Alicia M.\" <A.Bermudez@mcso.maricopa.gov>", "DES Law Enforcement Liaison <lerequests@azdes.gov>",
                  "Locate request w/ warrant - CHAVIRA LUJAN, Ernesto", dt.datetime(2025, 10, 14, 13, 26, 58, tzinfo=tz(-7)),
                  body=body, msgid="<20251014202658.S1942@mcso.maricopa.gov>")
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="IMG_20251014_131902.jpg")
    write_eml(P("br16.eml"), m, "br16")
    return label("br16", "eml", "sheriff detective e-mail with phone photo (JPEG) of Arizona superior court arrest warrant",
                 ("sheriff", "Maricopa County Sheriff's Office", "Alicia M. Bermúdez", "Detective",
                  "A.Bermudez@mcso.maricopa.gov", "602-555-0187"),
                 [("Ernesto Chavira Luján", "1999-03-15", [])],
                 ["ARS 13-1204", "ARS 13-1203", "AZ CrimP 3.2"], "judicial_warrant", None, True, "criminal_investigation",
                 ["address", "phone", "employment"], "email")


@doc
def br17():
    cover = [("lh", ["OFFICE OF THE PROSECUTING ATTORNEY", "JACKSON COUNTY, MISSOURI",
                     "415 East 12th Street, 11th Floor · Kansas City, Missouri 64106"]),
             ("p", "October 16, 2025"),
             "Missouri Department of Social Services\nFamily Support Division – Custodian of Records\n615 Howerton Court\nJefferson City, MO 65109",
             ("p", "Re: Grand Jury Subpoena Duces Tecum – GJ 2025-0934", {"bold": True}),
             "Dear Custodian:",
             ("p", "Enclosed is a subpoena duces tecum issued on behalf of the Jackson County Grand Jury. In lieu of "
                   "appearing before the grand jury, you may deliver certified copies of the requested records to my "
                   "office on or before the return date together with a business records affidavit.", {"align": "j"}),
             ("p", "The grand jury proceedings are secret. Please do not disclose the subpoena or its subject matter to "
                   "the persons named.", {"align": "j"}),
             ("p", "Sincerely,", {"before": 6}),
             ("p", "DOUGLAS W. AKERS\nProsecuting Attorney", {"after": 10}),
             ("p", "Katherine J. Novak\nAssistant Prosecuting Attorney\nMo. Bar No. 61234\n(816) 555-0112 · knovak@jacksongov.org"),
             ]
    sub = [("p", "IN THE CIRCUIT COURT OF JACKSON COUNTY, MISSOURI\nAT KANSAS CITY", {"bold": True, "align": "c", "size": 11.5}),
           ("p", "IN RE: THE JACKSON COUNTY GRAND JURY, 2025 TERM\nGrand Jury No. GJ 2025-0934", {"align": "c"}),
           ("p", "GRAND JURY SUBPOENA DUCES TECUM", {"bold": True, "align": "c", "size": 13}),
           ("p", "THE STATE OF MISSOURI TO: Custodian of Records, Missouri Department of Social Services, Family Support "
                 "Division, 615 Howerton Court, Jefferson City, MO 65109", {"bold": True}),
           ("p", "YOU ARE COMMANDED to appear before the Grand Jury of Jackson County, Missouri, at the Jackson County "
                 "Courthouse, 415 East 12th Street, Kansas City, Missouri, on November 5, 2025, at 9:00 a.m., to testify in "
                 "a matter then and there to be heard, and to bring with you the following:", {"align": "j"}),
           ("p", "All Supplemental Nutrition Assistance Program (SNAP), Temporary Assistance, and MO HealthNet case records "
                 "from January 1, 2023 to the present for the persons below, including applications, reported addresses and "
                 "telephone numbers, household composition, and EBT card issuance and transaction histories:\n"
                 "    1. MITCHELL, Darnell Anthony – DOB April 2, 1986\n"
                 "    2. PADILLA DE LEÓN, Yesenia – DOB November 7, 1992", {"indent": 6}),
           ("p", "This subpoena is issued under § 491.100, RSMo, in connection with the grand jury's inquiry into possible "
                 "violations of § 570.030, RSMo (stealing) and § 570.223, RSMo (identity theft).", {"align": "j"}),
           ("p", "Failure to obey this subpoena may be punished as contempt of court.", {"bold": True}),
           ("kv", [["Issued at the request of:", "Katherine J. Novak, Assistant Prosecuting Attorney, Mo. Bar No. 61234"],
                   ["Date issued:", "October 15, 2025"],
                   ["", "CIRCUIT CLERK OF JACKSON COUNTY\n\nBy: /s/ M. Oyelaran, Deputy Clerk\n(SEAL)"]], {"widths": [0.3, 0.7], "grid": False}),
           ]
    pdf = concat_pdfs([(cover, {"font": "Serif", "size": 10.5}), (sub, {"font": "Serif", "size": 10.5})])
    write_scanned(P("br17.pdf"), pdf, 250, [1.1, -0.7], turns={1: 180}, quality=50)
    return label("br17", "scanned", "prosecutor cover letter + Missouri county grand jury subpoena duces tecum; page 2 upside down",
                 ("district-attorney", "Office of the Prosecuting Attorney, Jackson County, Missouri", "Katherine J. Novak",
                  "Assistant Prosecuting Attorney", "knovak@jacksongov.org", "(816) 555-0112"),
                 [("Darnell Anthony Mitchell", "1986-04-02", []), ("Yesenia Padilla de León", "1992-11-07", [])],
                 ["RSMo 491.100", "RSMo 570.030", "RSMo 570.223"], "grand_jury_subpoena", None, True,
                 "criminal_investigation", ["benefits", "address", "phone", "other"], "mail")


@doc
def br18():
    cover = [("lh", ["OFFICE OF INSPECTOR GENERAL", "U.S. Department of Homeland Security",
                     "Office of Investigations – New Orleans Field Office", "1250 Poydras Street, Suite 1410, New Orleans, LA 70113"]),
             ("p", "September 29, 2025"),
             "Louisiana Workforce Commission\nAttn: Custodian of Records / Office of General Counsel\n1001 North 23rd Street\nBaton Rouge, LA 70802",
             "Dear Custodian of Records:",
             ("p", "The Department of Homeland Security Office of Inspector General (DHS OIG) is investigating the submission "
                   "of fraudulent applications for Federal Emergency Management Agency (FEMA) disaster assistance following "
                   "Hurricane Francine, in possible violation of 18 U.S.C. § 1040 (fraud in connection with major disaster "
                   "or emergency benefits) and 18 U.S.C. § 1001. Enclosed is an Inspector General subpoena duces tecum "
                   "for Louisiana Workforce Commission records.", {"align": "j"}),
             ("p", "Records may be provided electronically to the undersigned. Please contact me if you have questions about "
                   "the scope of the subpoena.", {"align": "j"}),
             ("p", "Sincerely,", {"before": 6, "after": 14}),
             "Marcus D. Feld\nSpecial Agent\nDHS OIG, New Orleans Field Office\n(504) 555-0161 | marcus.feld@oig.dhs.gov",
             ("p", "Enclosure: Subpoena OIG-25-0219", {"size": 8.5}),
             ]
    sub = [("p", "UNITED STATES OF AMERICA\nDEPARTMENT OF HOMELAND SECURITY\nOFFICE OF INSPECTOR GENERAL", {"bold": True, "align": "c"}),
           ("p", "SUBPOENA DUCES TECUM", {"bold": True, "align": "c", "size": 14}),
           ("p", "No. OIG-25-0219", {"align": "c"}),
           ("p", "TO: Custodian of Records, Louisiana Workforce Commission, 1001 North 23rd Street, Baton Rouge, LA 70802", {"bold": True}),
           ("p", "YOU ARE HEREBY COMMANDED to produce the records described in the attached schedule to Special Agent Marcus "
                 "D. Feld, Office of Inspector General, 1250 Poydras Street, Suite 1410, New Orleans, Louisiana 70113, on or "
                 "before October 20, 2025, at 10:00 a.m. This subpoena is issued pursuant to the Inspector General Act of "
                 "1978, as amended, 5 U.S.C. § 406(a)(4), in connection with an investigation being conducted by the "
                 "Office of Inspector General.", {"align": "j"}),
           ("h", "SCHEDULE", {"size": 11, "align": "l"}),
           ("p", "For the period August 1, 2021 to the present, for each person listed:"),
           ("tbl", [["Name", "Date of birth", "SSN"], ["MOROZOVA, Svetlana Ivanovna", "1975-10-30", "XXX-XX-6642"],
                    ["SHEVCHENKO, Oleksandr", "21 Apr 1972", "XXX-XX-0385"]], {"widths": [0.5, 0.25, 0.25]}),
           ("p", "1. Quarterly wage records and the name and address of each employer.\n2. All unemployment insurance claims, "
                 "including addresses and contact information provided.\n3. Records of benefit payments.", {"indent": 10}),
           ("p", "In case of contumacy or refusal to obey, this subpoena is enforceable by order of an appropriate United "
                 "States District Court. 5 U.S.C. § 406(a)(4).", {"bold": True, "align": "j"}),
           ("p", "IN TESTIMONY WHEREOF, the undersigned has set her hand this 26th day of September, 2025.", {"before": 6}),
           ("p", "/s/ Renata S. Whitlow\nRenata S. Whitlow\nInspector General", {"before": 10}),
           ]
    pdf = concat_pdfs([(cover, {"font": "Serif", "size": 10.5}), (sub, {"font": "Serif", "size": 10.5, "footer": "OIG-25-0219"})])
    open(P("br18.pdf"), "wb").write(pdf)
    return label("br18", "born_digital", "DHS OIG agent cover letter + Inspector General subpoena duces tecum, two subjects",
                 ("dhs-oig", "DHS OIG, New Orleans Field Office", "Marcus D. Feld", "Special Agent",
                  "marcus.feld@oig.dhs.gov", "(504) 555-0161"),
                 [("Svetlana Ivanovna Morozova", "1975-10-30", [("ssn_last4", "6642")]),
                  ("Oleksandr Shevchenko", "1972-04-21", [("ssn_last4", "0385")])],
                 ["18 USC 1040", "18 USC 1001", "5 USC 406"], "administrative_subpoena", None, True,
                 "criminal_investigation", ["wages", "employment", "claims", "address", "benefits"], "mail")


@doc
def br19():
    form = [("p", "SOCIAL SECURITY ADMINISTRATION\nOFFICE OF THE INSPECTOR GENERAL – OFFICE OF INVESTIGATIONS", {"bold": True, "align": "c"}),
            ("p", "REQUEST FOR INFORMATION FROM STATE AGENCY", {"bold": True, "align": "c", "size": 13}),
            ("kv", [["Date of request", "11/03/2025"],
                    ["To (agency)", "South Carolina Department of Social Services – Economic Services Records Unit"],
                    ["Agency fax", "(803) 555-0191"],
                    ["From (agent)", "Special Agent Rosalind T. Mabry"],
                    ["Office", "SSA OIG, Atlanta Field Division – Columbia Resident Office"],
                    ["Telephone", "(803) 555-0124"], ["E-mail", "rosalind.mabry@ssa.gov"],
                    ["OIG case number", "ATL-25-00612-F"]], {"widths": [0.3, 0.7], "shade": True}),
            ("p", "SUBJECT OF INQUIRY", {"bold": True}),
            ("kv", [["Name (Last, First Middle)", "PRIDGEN, Gerald Wayne"], ["Alias", "Jerry Pridgen"],
                    ["Date of birth", "1958-08-19"], ["SSN", "XXX-XX-3817"],
                    ["Last known address", "204 Shealy Rd., Lexington, SC 29073"]], {"widths": [0.3, 0.7], "shade": True}),
            ("p", "INFORMATION REQUESTED", {"bold": True}),
            ("cb", True, "Current address and address history"),
            ("cb", True, "Household composition"),
            ("cb", True, "Benefit history (SNAP / TANF / Medicaid), including dates and amounts"),
            ("cb", True, "Reported employment and earnings"),
            ("cb", False, "Photograph"),
            ("kv", [["Nature of investigation", "Misuse of Social Security benefits by representative payee (beneficiary: "
                                              "Loretta M. Pridgen, mother) and concealment of work activity – 42 U.S.C. "
                                              "§ 408(a)(5); 18 U.S.C. § 641."],
                    ["Authority", "Inspector General Act of 1978, as amended, 5 U.S.C. § 406; Privacy Act, 5 U.S.C. § 552a(b)(7)."]],
             {"widths": [0.3, 0.7], "shade": True}),
            ("p", "I certify that the information requested is needed in the performance of an official criminal "
                  "investigation and will be used only for that purpose.", {"size": 9}),
            ("kv", [["Agent signature", "/s/ Rosalind T. Mabry"], ["Printed name / title", "Rosalind T. Mabry, Special Agent"]],
             {"widths": [0.3, 0.7]}),
            ("pb",),
            ("h", "INSTRUCTIONS AND PRIVACY ACT NOTICE", {"size": 11}),
            ("p", "Please return the completed response by fax to (803) 555-0125 or by e-mail to the agent listed on page 1. "
                  "Do not notify the subject of this request. Information furnished will be maintained in OIG investigative "
                  "files and may be disclosed to the Department of Justice for prosecution.", {"align": "j"}),
            ("kv", [["State agency response (to be completed by agency)", ""], ["Records located?", "☐ Yes   ☐ No"],
                    ["Completed by", ""], ["Date", ""]], {"widths": [0.5, 0.5]}),
            ]
    pdf = pdf_bytes(form, font="Sans", size=9.5, footer="SSA-OIG-OI Form 52 (06/2023)          page {page} of 2")
    write_fax(P("br19.tif"), pdf, "NOV-03-2025 09:31  SSA OIG COLUMBIA    8035550125          #2217  P.0{p}/0{n}", speckle=500)
    return label("br19", "fax", "SSA OIG faxed request form with label/value columns",
                 ("ssa-oig", "Social Security Administration, Office of the Inspector General", "Rosalind T. Mabry",
                  "Special Agent", "rosalind.mabry@ssa.gov", "(803) 555-0124"),
                 [("Gerald Wayne Pridgen", "1958-08-19", [("ssn_last4", "3817")])],
                 ["42 USC 408", "18 USC 641", "5 USC 406", "5 USC 552a"], "none", None, False, "criminal_investigation",
                 ["address", "benefits", "employment", "wages", "other"], "fax")


@doc
def br20():
    cover = [("lh", ["U.S. Immigration and Customs Enforcement", "Enforcement and Removal Operations",
                     "St. Paul Field Office – Fugitive Operations", "1 Federal Drive, Suite 1601, Fort Snelling, MN 55111"]),
             ("p", "2025-11-12"),
             "Minnesota Department of Public Safety\nDriver and Vehicle Services – Records Unit\n445 Minnesota Street\nSt. Paul, MN 55101",
             ("p", "RE:  JAMA, Abdullahi Omar   A 096 512 337   DOB 01 DEC 1986", {"bold": True}),
             ("p", "The above individual is subject to a final order of removal. A Warrant of Removal/Deportation (Form I-205) "
                   "has been issued and a copy is enclosed. ERO requests the subject's current address of record, any "
                   "vehicles registered in his name, and the most recent license photograph, to be used in locating and "
                   "removing the subject under section 241 of the Immigration and Nationality Act (8 U.S.C. § 1231).", {"align": "j"}),
             "Please reply to the officer below.",
             ("p", "Kristoffer L. Haugen\nDeportation Officer, Fugitive Operations Team\n(612) 555-0153\nkristoffer.l.haugen@ice.dhs.gov", {"before": 14}),
             ("p", "cc: A-File", {"size": 8.5}),
             ]
    i205 = [("tbl", [["U.S. Department of Homeland Security", "Warrant of Removal/Deportation"]], {"grid": False, "size": 11}),
            ("kv", [["File No:", "A096 512 337"], ["Date:", "10/29/2025"]], {"widths": [0.2, 0.4], "grid": False}),
            ("p", "To any immigration officer of the United States Department of Homeland Security:", {"bold": True}),
            ("kv", [["(Full name of alien)", "JAMA, Abdullahi Omar"],
                    ["who entered the United States at", "Minneapolis, MN          on  08/14/2009 (date of entry)"]], {"widths": [0.35, 0.65]}),
            ("p", "is subject to removal/deportation from the United States, based upon a final order by:"),
            ("cb", True, "an immigration judge in exclusion, deportation, or removal proceedings"),
            ("cb", False, "a designated official"),
            ("cb", False, "the Board of Immigration Appeals"),
            ("cb", False, "a United States District or Magistrate Court Judge"),
            ("p", "and pursuant to the following provisions of the Immigration and Nationality Act:  Section 237(a)(2)(A)(iii)", {"before": 4}),
            ("p", "I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary "
                  "of Homeland Security under the laws of the United States and by his or her direction, command you to take "
                  "into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: "
                  "Operations and Support.", {"align": "j"}),
            ("kv", [["(Signature of immigration officer)", "/s/ P. A. Lindahl"],
                    ["(Title of immigration officer)", "Peter A. Lindahl, Field Office Director"],
                    ["(Date and office location)", "10/29/2025 – Fort Snelling, MN"]], {"widths": [0.35, 0.65]}),
            ("h", "Verification of Removal", {"size": 10, "before": 8}),
            ("kv", [["Departure verified by", ""], ["Date / Port of departure", ""], ["Manner of departure", ""],
                    ["Photograph / right index fingerprint of alien removed", "\n\n\n"]], {"widths": [0.45, 0.55]}),
            ]
    pdf = concat_pdfs([(cover, {"font": "Sans", "size": 10}),
                       (i205, {"font": "Sans", "size": 9.5, "footer": "Form I-205 (Rev. 08/01/07)"})])
    write_scanned(P("br20.pdf"), pdf, 240, [-1.0, 0.6], turns={1: 90}, quality=50)
    return label("br20", "scanned", "ERO fugitive-ops cover letter + I-205 (page scanned sideways)",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, St. Paul Field Office",
                  "Kristoffer L. Haugen", "Deportation Officer", "kristoffer.l.haugen@ice.dhs.gov", "(612) 555-0153"),
                 [("Abdullahi Omar Jama", "1986-12-01", [("a_number", "A096512337")])],
                 ["INA 241", "8 USC 1231", "INA 237"], "administrative_warrant", "I-205", True, "civil_immigration",
                 ["address", "vehicle", "photo"], "mail")


@doc
def br21():
    form = [("tbl", [["DEPARTMENT OF HOMELAND SECURITY", "REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN"]],
             {"grid": False, "size": 10.5}),
            ("kv", [["Subject ID:", "402885170"], ["Event #:", "CHI2511000842"], ["File No:", "A243 118 509"], ["Date:", "November 18, 2025"]],
             {"widths": [0.2, 0.4], "grid": False}),
            ("kv", [["TO: (Name and Title of Institution)", "Indiana Department of Correction – Rockville Correctional Facility\n811 W. 50 N., Rockville, IN 47872"],
                    ["FROM: (DHS Office Address)", "ICE ERO Chicago Field Office – Indianapolis Sub-Office\n5525 W. Raymond St., Indianapolis, IN 46241"],
                    ["Name of Alien:", "HERNÁNDEZ-PEÑA, María José"],
                    ["Date of Birth:", "06/03/1994     Nationality: Honduras     Sex: F"]], {"widths": [0.38, 0.62]}),
            ("p", "DHS SUSPECTS THAT THE SUBJECT IS A REMOVABLE ALIEN WHO IS A PRIORITY FOR REMOVAL, based on:", {"bold": True}),
            ("cb", True, "A final order of removal entered by an immigration judge on 02/11/2021;"),
            ("cb", False, "The alien has been convicted of an offense listed in the priority categories."),
            ("p", "IT IS REQUESTED THAT YOU:", {"bold": True, "before": 4}),
            ("p", "Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your "
                  "custody. Please notify DHS by calling (317) 555-0165 or the Law Enforcement Support Center at (802) 555-0100. "
                  "This request does not request or authorize that you detain the subject beyond the time he or she is "
                  "currently scheduled for release from your custody.", {"align": "j"}),
            ("p", "Authority: sections 236 and 287 of the Immigration and Nationality Act; 8 C.F.R. § 287.7.", {"size": 9}),
            ("kv", [["(Name and title of Immigration Officer)", "Tomasz Wierzbicki, Deportation Officer"],
                    ["(Signature of Immigration Officer)", "/s/ T. Wierzbicki"]], {"widths": [0.4, 0.6]}),
            ("kv", [["Local Booking/Inmate #:", "274119"], ["Estimated release date:", ""], ["Served on alien (date/manner):", ""]],
             {"widths": [0.4, 0.6]}),
            ("p", "DHS Form I-247N (5/15)", {"size": 8}),
            ]
    png = scan_png(pdf_bytes(form, font="Sans", size=9.5), dpi=150, angle=0.7)
    body = """Good afternoon,

Please see the attached Form I-247N, Request for Voluntary Notification of Release,
for the inmate below. Kindly acknowledge receipt and let this office know the
scheduled release date.

   HERNÁNDEZ-PEÑA, María José
   DOB 06/03/1994
   IDOC # 274119
   A243 118 509

Respectfully,

Tomasz Wierzbicki
Deportation Officer
ICE ERO Chicago Field Office - Indianapolis Sub-Office
(317) 555-0165
"""
    m = email_msg("\"Wierzbicki, Tomasz\" <Tomasz.Wierzbicki@ice.dhs.gov>", "IDOC Records - Central <idocrecords@idoc.in.gov>",
                  "I-247N - HERNANDEZ-PENA, Maria Jose - IDOC 274119", dt.datetime(2025, 11, 18, 14, 40, 2, tzinfo=tz(-5)),
                  body=body, msgid="<PH0PR09MB6620.tw1118@ice.dhs.gov>")
    m.add_attachment(png, maintype="image", subtype="png", filename="I-247N_HERNANDEZ-PENA.png")
    write_eml(P("br21.eml"), m, "br21")
    return label("br21", "eml", "ERO e-mail with scanned I-247N (PNG) to state corrections",
                 ("dhs-ice-ero", "ICE ERO Chicago Field Office - Indianapolis Sub-Office", "Tomasz Wierzbicki",
                  "Deportation Officer", "Tomasz.Wierzbicki@ice.dhs.gov", "(317) 555-0165"),
                 [("María José Hernández-Peña", "1994-06-03",
                   [("a_number", "A243118509"), ("other", "274119"), ("other", "402885170")])],
                 ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247N", True, "civil_immigration", ["other"], "email")


@doc
def br22():
    cover = [("lh", ["U.S. Department of Homeland Security", "Homeland Security Investigations",
                     "Office of the Special Agent in Charge – Denver", "Resident Agent in Charge, Salt Lake City",
                     "2975 Decker Lake Drive, Suite 100, West Valley City, UT 84119"]),
             ("p", "August 26, 2025"),
             "Utah Division of Motor Vehicles\nAttn: Records Custodian\n210 North 1950 West\nSalt Lake City, UT 84134",
             ("p", "Re: Customs Summons – HSI case SL02PR25SL0017", {"bold": True}),
             ("p", "Homeland Security Investigations (HSI) is investigating the exportation of stolen vehicles and "
                   "smuggling of goods from the United States in violation of 18 U.S.C. §§ 553 and 554. The enclosed "
                   "summons, issued under 19 U.S.C. § 1509, requires production of title and registration records "
                   "maintained by your Division.", {"align": "j"}),
             ("p", "You may comply by delivering the records to me on or before the date shown in the summons; no personal "
                   "appearance will then be necessary.", {"align": "j"}),
             ("p", "Sincerely,", {"before": 4}),
             ("p", "KELSEY A. MORROW\nSpecial Agent in Charge", {"after": 10}),
             ("p", "Owen R. Castillo\nSpecial Agent\nHSI Salt Lake City\n(801) 555-0171\nowen.r.castillo@ice.dhs.gov"),
             ]
    summ = [("tbl", [["DEPARTMENT OF HOMELAND SECURITY\nU.S. Immigration and Customs Enforcement", "SUMMONS\n(19 U.S.C. 1509)"]],
             {"grid": False, "size": 11}),
            ("kv", [["Summons No.", "SLC-25-3115-044"],
                    ["To", "Custodian of Records, Utah Division of Motor Vehicles, 210 North 1950 West, Salt Lake City, UT 84134"],
                    ["In the matter of", "Exportation of stolen motor vehicles – Wasatch Classic Imports LLC"]], {"widths": [0.22, 0.78]}),
            ("p", "You are hereby summoned and required to appear before Special Agent Owen R. Castillo, an officer of Homeland "
                  "Security Investigations, at 2975 Decker Lake Drive, Suite 100, West Valley City, Utah, on September 15, "
                  "2025 at 9:00 a.m., to give testimony and to produce the following records:", {"align": "j"}),
            ("p", "All title, registration and lienholder records, including addresses of record and copies of title "
                  "applications and supporting documents, from January 1, 2023 to the present, for vehicles registered or "
                  "titled to:\n"
                  "   (1) BARRAGÁN MEDINA, Luis Fernando – DOB 07/07/1980 – UT DL 185502214\n"
                  "   (2) HEWITT, Shane Patrick – DOB 01/30/1976\n"
                  "   (3) Wasatch Classic Imports LLC, 4420 S. 300 W., Murray, UT", {"indent": 6}),
            ("p", "Failure to comply with this summons will render you liable to proceedings in a United States District Court "
                  "to enforce compliance with this summons as well as other sanctions (19 U.S.C. 1510).", {"bold": True, "align": "j"}),
            ("kv", [["Issued at", "West Valley City, Utah"], ["Date", "August 26, 2025"],
                    ["Signature", "/s/ Owen R. Castillo"], ["Name and title", "Owen R. Castillo, Special Agent"]], {"widths": [0.3, 0.7]}),
            ("h", "Certificate of Service", {"size": 10, "before": 6}),
            ("p", "I certify that I served the summons shown above on ____________ (date) by ☐ personal delivery ☐ certified mail.", {"size": 9}),
            ]
    pdf = concat_pdfs([(cover, {"font": "Serif", "size": 10.5}),
                       (summ, {"font": "Sans", "size": 9.5, "footer": "CBP Form 3115 (04/05)"})])
    open(P("br22.pdf"), "wb").write(pdf)
    return label("br22", "born_digital", "HSI cover letter (SAC above agent) + customs summons Form 3115 to DMV",
                 ("dhs-ice-hsi", "Homeland Security Investigations, Salt Lake City", "Owen R. Castillo", "Special Agent",
                  "owen.r.castillo@ice.dhs.gov", "(801) 555-0171"),
                 [("Luis Fernando Barragán Medina", "1980-07-07", [("license", "185502214")]),
                  ("Shane Patrick Hewitt", "1976-01-30", [])],
                 ["18 USC 553", "18 USC 554", "19 USC 1509", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115", True,
                 "criminal_investigation", ["vehicle", "address"], "mail")


@doc
def br23():
    letter_b = [("lh", ["COLORADO BUREAU OF INVESTIGATION", "Investigations Section – Human Trafficking Unit",
                        "690 Kipling Street, Suite 4000, Lakewood, Colorado 80215"]),
                ("p", "September 8, 2025"),
                "Colorado Department of Human Services\nOffice of Economic Security – Records Compliance\n1575 Sherman Street\nDenver, CO 80203",
                ("p", "RE: CBI Case No. 2025-1103 – Request for Records", {"bold": True}),
                "To the Records Custodian:",
                ("p", "The Colorado Bureau of Investigation is conducting an active criminal investigation into human "
                      "trafficking for involuntary servitude and sexual servitude, C.R.S. §§ 18-3-503 and 18-3-504. The "
                      "investigation concerns the two individuals below, who are believed to have used public-assistance "
                      "applications to support the housing of trafficking victims, including a 17-year-old (identified "
                      "in CBI reports by initials only).", {"align": "j"}),
                ("tbl", [["Name", "DOB"], ["BONDARENKO, Viktor Andriyovych", "02/14/1984"], ["HRYTSENKO, Oksana", "1989-09-09"]],
                 {"widths": [0.6, 0.3]}),
                ("p", "We request any addresses, telephone numbers, household members, and public-assistance benefit history "
                      "(SNAP, Colorado Works, LEAP) on file for these individuals from January 2023 to the present. We "
                      "understand that public-assistance records are confidential under C.R.S. § 26-1-114 and that "
                      "C.R.S. § 24-74-103 limits disclosure of personal identifying information; this request supports an "
                      "active criminal investigation and is not for civil immigration enforcement.", {"align": "j"}),
                ("p", "Respectfully,", {"before": 6}),
                ("p", "ALANA M. REYES\nDirector", {"after": 10}),
                ("p", "Marco A. Trujillo\nAgent, Human Trafficking Unit\n303-555-0148\nmarco.trujillo@state.co.us"),
                ]
    pdf = pdf_bytes(letter_b, font="Serif", size=10.5, footer="CBI – LAW ENFORCEMENT SENSITIVE – DO NOT DISSEMINATE")
    body = """Good morning,

Please see the attached request letter for CDHS records in CBI case 2025-1103.
Happy to talk through it by phone if that's easier. The original is not being
mailed -- the PDF is the request.

Thanks,
Marco

Marco A. Trujillo | Agent
Colorado Bureau of Investigation | Human Trafficking Unit
O: 303-555-0148
"""
    m = email_msg("\"Trujillo - CBI, Marco\" <marco.trujillo@state.co.us>", "CDHS Law Enforcement Requests <cdhs_lerequests@state.co.us>",
                  "CBI records request - case 2025-1103 (letter attached)", dt.datetime(2025, 9, 8, 8, 47, 19, tzinfo=tz(-6)),
                  body=body, msgid="<CAK2mT0rujillo2025110308@mail.gmail.com>")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="CBI_2025-1103_CDHS_request.pdf")
    write_eml(P("br23.eml"), m, "br23")
    return label("br23", "eml", "state bureau agent e-mail with PDF request letter (director above agent), two subjects",
                 ("state-police", "Colorado Bureau of Investigation", "Marco A. Trujillo", "Agent",
                  "marco.trujillo@state.co.us", "303-555-0148"),
                 [("Viktor Andriyovych Bondarenko", "1984-02-14", []), ("Oksana Hrytsenko", "1989-09-09", [])],
                 ["CRS 18-3-503", "CRS 18-3-504", "CRS 26-1-114", "CRS 24-74-103"], "none", None, False,
                 "criminal_investigation", ["address", "phone", "benefits", "other"], "email")


@doc
def br24():
    b = [("lh", ["UNITED STATES POSTAL INSPECTION SERVICE", "Charlotte Division – Columbia Domicile",
                 "1601 Assembly Street, Columbia, SC 29201-9998"]),
         ("p", "Dec. 1, 2025", {"align": "r"}),
         "South Carolina Department of Motor Vehicles\nOffice of General Counsel – Records Requests\nP.O. Box 1498\nBlythewood, SC 29016",
         ("p", "Re:  Request for DMV Records – USPIS Case No. 4127893-MT", {"bold": True}),
         "Dear Sir or Madam:",
         ("p", "The U.S. Postal Inspection Service is investigating a series of thefts from USPS collection boxes and the "
               "use of a stolen postal arrow key in the Columbia area, in violation of 18 U.S.C. § 1708 (theft or receipt "
               "of stolen mail) and 18 U.S.C. § 1704 (keys and locks stolen or reproduced). I request the following DMV "
               "records for the persons listed: driver license photograph, all addresses of record, and vehicle "
               "registrations.", {"align": "j"}),
         ("tbl", [["Name", "Date of Birth", "SC DL No."], ["JENKINS, Tyrell Marquis", "April 11, 1998", "104455892"],
                  ["McALLISTER, Brianna Lynn", "December 29, 2000", "unknown"]], {"widths": [0.45, 0.3, 0.25]}),
         ("p", "Release of these records to a federal law enforcement agency is permitted by 18 U.S.C. § 2721(b)(1) and "
               "S.C. Code Ann. § 30-4-160. The records will be used only for this criminal investigation.", {"align": "j"}),
         ("p", "Thank you for your assistance. Please send the records to me at the address above or by e-mail.", {"align": "j"}),
         ("p", "Sincerely,", {"before": 6}),
         ("p", "RENÉE L. DUBOIS\nInspector in Charge, Charlotte Division", {"after": 10}),
         ("p", "/s/ Garrett W. Simms\nGarrett W. Simms\nPostal Inspector\n(803) 555-0133 · gwsimms@uspis.gov"),
         ("p", "cc: Julian P. Rhodes, Assistant United States Attorney, District of South Carolina", {"size": 8.5, "before": 8}),
         ]
    pdf = pdf_bytes(b, font="Sans", size=10)
    open(P("br24.pdf"), "wb").write(pdf)
    return label("br24", "born_digital", "Postal Inspection Service letter (inspector in charge above inspector), two subjects, AUSA cc",
                 ("usps-uspis", "United States Postal Inspection Service, Charlotte Division", "Garrett W. Simms",
                  "Postal Inspector", "gwsimms@uspis.gov", "(803) 555-0133"),
                 [("Tyrell Marquis Jenkins", "1998-04-11", [("license", "104455892")]),
                  ("Brianna Lynn McAllister", "2000-12-29", [])],
                 ["18 USC 1708", "18 USC 1704", "18 USC 2721", "SC Code 30-4-160"], "none", None, False,
                 "criminal_investigation", ["photo", "address", "vehicle"], "mail")


@doc
def br25():
    txt = """[DETR RECORDS - INCOMING MAIL - TEXT COPY]
[Received by U.S. mail 12/08/2025. Original letter scanned to file LE-25-1207; text keyed by J. Ramos]

LAS VEGAS METROPOLITAN POLICE DEPARTMENT
Financial Crimes Section
400 S. Martin Luther King Blvd., Las Vegas, Nevada 89106

December 3, 2025

Nevada Department of Employment, Training and Rehabilitation
Employment Security Division - Records / Legal
500 E. Third Street
Carson City, NV 89713

RE: LVMPD Event No. LLV251020003187 - Employment and wage records

To whom it may concern,

The Las Vegas Metropolitan Police Department Financial Crimes Section is
investigating the use of another person's identifying information to obtain
employment and credit, in violation of NRS 205.463 (obtaining and using
personal identifying information of another person). The victim, Dwayne R.
Kessler, reported that wages were being reported under his Social Security
number by employers he never worked for.

The person believed to be using his identity is:

    Name:   SOLÍS ÁVILA, Gabriela
    DOB:    Sep 3, 1991
    Also known as: "Gaby Solis"

I am requesting, under NRS 612.265, the names and addresses of all employers
that have reported wages for Ms. Solís Ávila, the quarterly wages reported
from 2023 to the present, and any address she has provided to DETR.

Please mail the records to my attention at the address above, or call me to
arrange a secure electronic transfer.

Sincerely,

(signed)

Daniel H. Park, P#15522
Detective, Financial Crimes Section
(702) 555-0129
d15522p@lvmpd.com

[end of text copy]
"""
    open(P("br25.txt"), "w", encoding="utf-8").write(txt)
    return label("br25", "txt", "records clerk's keyed text copy of a mailed police letter",
                 ("local-police", "Las Vegas Metropolitan Police Department, Financial Crimes Section", "Daniel H. Park",
                  "Detective", "d15522p@lvmpd.com", "(702) 555-0129"),
                 [("Gabriela Solís Ávila", "1991-09-03", [])],
                 ["NRS 205.463", "NRS 612.265"], "none", None, False, "criminal_investigation",
                 ["employment", "wages", "address"], "mail")


@doc
def br26():
    cover = [("lh", ["U.S. Department of Labor", "Office of Inspector General – Office of Investigations",
                     "Chicago Region – Minneapolis Resident Office", "300 South Fourth Street, Suite 840, Minneapolis, MN 55415"]),
             ("p", "December 15, 2025"),
             ("p", "VIA FEDEX", {"bold": True, "size": 9}),
             "Minnesota Department of Employment and Economic Development\nOffice of General Counsel\n180 East Fifth Street, Suite 1200\nSt. Paul, MN 55101",
             ("p", "Re: Order under 18 U.S.C. § 2703(d), D. Minn. No. 25-mj-1047 (HAB)", {"bold": True}),
             ("p", "Enclosed is a sealed order of the United States District Court for the District of Minnesota directing DEED "
                   "to disclose account and log-in records for the UIMN applicant self-service system. The order also "
                   "prohibits disclosure of its existence under 18 U.S.C. § 2705(b). The investigation concerns wire fraud "
                   "(18 U.S.C. § 1343) and aggravated identity theft (18 U.S.C. § 1028A) involving unemployment claims.", {"align": "j"}),
             ("p", "Please produce the records within ten days to the undersigned by encrypted e-mail or on disc.", {"align": "j"}),
             ("p", "Sincerely,", {"before": 6}),
             ("p", "MARGARET E. FLORES\nSpecial Agent in Charge, Chicago Region", {"after": 10}),
             ("p", "Brian K. Oduya\nSpecial Agent\n(612) 555-0109\noduya.brian@oig.dol.gov"),
             ]
    order = [("p", "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA", {"bold": True, "align": "c", "size": 12}),
             ("tbl", [["IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. "
                       "§ 2703(d) DIRECTED TO THE MINNESOTA DEPARTMENT OF EMPLOYMENT AND ECONOMIC DEVELOPMENT",
                       "Case No. 25-mj-1047 (HAB)\n\nFILED UNDER SEAL"]], {"widths": [0.62, 0.38], "header": False}),
             ("p", "ORDER", {"bold": True, "align": "c", "size": 12}),
             ("p", "The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court "
                   "issue an Order requiring the Minnesota Department of Employment and Economic Development (\"DEED\"), which "
                   "provides a remote computing service through its UIMN applicant self-service portal, to disclose the records "
                   "and other information described in Attachment A to this Order.", {"align": "j"}),
             ("p", "The Court finds that the United States has offered specific and articulable facts showing that there are "
                   "reasonable grounds to believe that the records or other information sought are relevant and material to "
                   "an ongoing criminal investigation.", {"align": "j"}),
             ("p", "The Court determines that there is reason to believe that notification of the existence of this Order will "
                   "seriously jeopardize the ongoing investigation, including by giving targets an opportunity to destroy or "
                   "tamper with evidence. See 18 U.S.C. § 2705(b).", {"align": "j"}),
             ("p", "IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that DEED shall, within ten days of the date of "
                   "this Order, disclose to the United States the records and other information described in Attachment A.", {"align": "j"}),
             ("p", "IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that DEED shall not disclose the existence of the "
                   "application or this Order to any other person for a period of one year, except that DEED may disclose "
                   "this Order to an attorney for DEED for the purpose of receiving legal advice.", {"align": "j"}),
             ("p", "IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the Court.", {"align": "j"}),
             ("p", "Date: Dec. 11, 2025", {"before": 6}),
             ("p", "______________________________\nHon. Hildur A. Brekke\nUnited States Magistrate Judge", {"before": 10}),
             ("pb",),
             ("h", "ATTACHMENT A"),
             ("p", "I. The Account(s). This Order applies to UIMN accounts associated with the following persons:"),
             ("tbl", [["Name", "Date of birth", "SSN"], ["ABDI, Fartun Mohamed", "07/19/1995", "ending 2281"],
                      ["NUR, Khalid Hassan", "1991-03-27", "unknown"]], {"widths": [0.5, 0.25, 0.25]}),
             ("p", "II. Records to be disclosed, for January 1, 2021 to the date of this Order:\n"
                   "A. account registration information, including user names, e-mail addresses, telephone numbers and mailing addresses;\n"
                   "B. records of session times and durations and the Internet Protocol addresses used for each log-in;\n"
                   "C. claim filing and weekly request history; and\n"
                   "D. bank account and routing numbers designated for benefit payments.", {"indent": 8}),
             ]
    pdf = concat_pdfs([(cover, {"font": "Serif", "size": 10.5}),
                       (order, {"font": "Serif", "size": 10.5, "footer": "CASE 0:25-mj-01047-HAB   *SEALED*   Doc. 3   Filed 12/11/25   Page {page} of 2"})])
    open(P("br26.pdf"), "wb").write(pdf)
    return label("br26", "born_digital", "DOL OIG cover letter + 18 USC 2703(d) order (D. Minn.) to state UI agency",
                 ("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Brian K. Oduya", "Special Agent",
                  "oduya.brian@oig.dol.gov", "(612) 555-0109"),
                 [("Fartun Mohamed Abdi", "1995-07-19", [("ssn_last4", "2281")]), ("Khalid Hassan Nur", "1991-03-27", [])],
                 ["18 USC 2703", "18 USC 2705", "18 USC 1343", "18 USC 1028A"], "court_order", None, True,
                 "criminal_investigation", ["email", "phone", "address", "claims", "benefits", "other"], "mail")


@doc
def br27():
    cover = [("p", "U.S. Department of Justice\nBureau of Alcohol, Tobacco, Firearms and Explosives", {"bold": True, "size": 11}),
             ("p", "Columbia Field Office\n1835 Assembly Street, Suite 309, Columbia, SC 29201\nwww.atf.gov", {"size": 9}),
             ("hr",),
             ("p", "October 30, 2025", {"before": 8}),
             "South Carolina Department of Corrections\nOffice of General Counsel / Records\n4444 Broad River Road\nColumbia, SC 29210",
             ("p", "Please find attached a federal search and seizure warrant for SCDC records relating to inmate DeShawn "
                   "L. McCray and his visitor Porsha D. Gadsden. Records may be provided on disc or by secure transfer to me. "
                   "I will pick them up in person if that is easier for your staff.", {"align": "j"}),
             ("p", "Leah C. Drummond\nSpecial Agent, ATF Columbia Field Office\n(803) 555-0116 · leah.drummond@atf.gov", {"before": 14}),
             ]
    ao93 = [("p", "AO 93 (Rev. 11/13) Search and Seizure Warrant", {"size": 8}),
            ("p", "UNITED STATES DISTRICT COURT", {"bold": True, "align": "c", "size": 13, "after": 0}),
            ("p", "for the\nDistrict of South Carolina", {"align": "c"}),
            ("tbl", [["In the Matter of the Search of\n(Briefly describe the property to be searched or identify the person by name and address)\n"
                      "RECORDS MAINTAINED BY THE SOUTH CAROLINA DEPARTMENT OF CORRECTIONS RELATING TO INMATE DESHAWN LAMAR McCRAY, SCDC #385512",
                      "Case No. 3:25-mj-00618"]], {"widths": [0.65, 0.35], "header": False, "size": 8.5}),
            ("p", "SEARCH AND SEIZURE WARRANT", {"bold": True, "align": "c", "size": 12}),
            ("p", "To: Any authorized law enforcement officer", {"bold": True}),
            ("p", "An application by a federal law enforcement officer or an attorney for the government requests the search "
                  "of the following person or property located in the District of South Carolina: See Attachment A.", {"align": "j"}),
            ("p", "I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the "
                  "person or property described above, and that such search will reveal: See Attachment B.", {"align": "j"}),
            ("p", "YOU ARE COMMANDED to execute this warrant on or before November 12, 2025 (not to exceed 14 days)\n"
                  "☒ in the daytime 6:00 a.m. to 10:00 p.m.   ☐ at any time in the day or night because good cause has been established.", {"align": "j"}),
            ("p", "Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property "
                  "taken to the person from whom, or from whose premises, the property was taken, or leave the copy and "
                  "receipt at the place where the property was taken.", {"align": "j", "size": 9}),
            ("p", "The officer executing this warrant, or an officer present during the execution of the warrant, must prepare "
                  "an inventory as required by law and promptly return this warrant and inventory to the Hon. Winston T. "
                  "Lacroix, United States Magistrate Judge.", {"align": "j", "size": 9}),
            ("p", "☐ Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in "
                  "18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay "
                  "notice to the person who, or whose property, will be searched or seized.", {"size": 9}),
            ("kv", [["Date and time issued: 10/29/2025 2:05 pm", "/s/ Winston T. Lacroix\nJudge's signature"],
                    ["City and state: Columbia, South Carolina", "Winston T. Lacroix, U.S. Magistrate Judge\nPrinted name and title"]],
             {"widths": [0.5, 0.5], "grid": False}),
            ("pb",),
            ("h", "ATTACHMENT A – Property to Be Searched"),
            ("p", "Records maintained by the South Carolina Department of Corrections, 4444 Broad River Road, Columbia, South "
                  "Carolina 29210, relating to (1) inmate McCRAY, DeShawn Lamar, SCDC #385512, DOB 08/08/1995, and "
                  "(2) approved visitor GADSDEN, Porsha Denise, DOB 02/03/1997.", {"align": "j"}),
            ("h", "ATTACHMENT B – Items to Be Seized"),
            ("p", "Records for the period January 1, 2025 to the present constituting evidence of violations of 18 U.S.C. "
                  "§§ 922(a)(6), 924(a)(1)(A) and 933 (trafficking in firearms), namely:\n"
                  "1. visitation logs and the visitor application of Porsha Denise Gadsden, including the address, telephone "
                  "number and identification she provided;\n"
                  "2. inmate telephone system call detail records and recordings for inmate McCray;\n"
                  "3. inmate trust account deposit records, including the names and addresses of depositors.", {"indent": 6}),
            ]
    pdf = concat_pdfs([(cover, {"font": "Sans", "size": 10}), (ao93, {"font": "Serif", "size": 10})])
    write_scanned(P("br27.pdf"), pdf, 200, [0.5, -1.8, 1.2], quality=55)
    return label("br27", "scanned", "ATF cover note + AO 93 search and seizure warrant for state prison records, scanned",
                 ("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Columbia Field Office", "Leah C. Drummond",
                  "Special Agent", "leah.drummond@atf.gov", "(803) 555-0116"),
                 [("DeShawn Lamar McCray", "1995-08-08", [("other", "385512")]),
                  ("Porsha Denise Gadsden", "1997-02-03", [])],
                 ["18 USC 3103a", "18 USC 2705", "18 USC 922", "18 USC 924", "18 USC 933"], "judicial_warrant", "AO 93", True,
                 "criminal_investigation", ["address", "phone", "identity_documents", "other"], "mail")


@doc
def br28():
    sub = [("p", "AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action", {"size": 7.5}),
           ("p", "UNITED STATES DISTRICT COURT", {"bold": True, "align": "c", "size": 13, "after": 0}),
           ("p", "for the\nDistrict of Colorado", {"align": "c"}),
           ("tbl", [["KAREN L. WHITFIELD,\n                 Plaintiff\n       v.\nOLEG STEPANENKO and FRONT RANGE FREIGHT, INC.,\n                 Defendants",
                     "Civil Action No. 1:25-cv-02217-RMR-KAS"]], {"widths": [0.6, 0.4], "header": False}),
           ("p", "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS\nOR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION",
            {"bold": True, "align": "c", "size": 10.5}),
           ("p", "To: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles, 1881 Pierce Street, Lakewood, CO 80214"),
           ("p", "☒ Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following "
                 "documents, electronically stored information, or objects, and to permit inspection, copying, testing, or "
                 "sampling of the material: See Exhibit A.", {"align": "j"}),
           ("tbl", [["Place: Marsh & Olufemi LLP, 1700 Lincoln Street, Suite 2400, Denver, CO 80203", "Date and Time:\n01/16/2026 10:00 am"]],
            {"widths": [0.65, 0.35], "header": False}),
           ("p", "☐ Inspection of Premises: YOU ARE COMMANDED to permit entry onto the designated premises ...", {"size": 9}),
           ("p", "The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of "
                 "compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and "
                 "(g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.", {"align": "j", "size": 9}),
           ("kv", [["Date: 12/18/2025", "CLERK OF COURT\n\nOR   /s/ Theodore J. Marsh\nAttorney's signature"]], {"widths": [0.45, 0.55], "grid": False}),
           ("p", "The name, address, e-mail address, and telephone number of the attorney representing (name of party) Karen L. "
                 "Whitfield, who issues or requests this subpoena, are: Theodore J. Marsh, Marsh & Olufemi LLP, 1700 Lincoln "
                 "Street, Suite 2400, Denver, CO 80203; tmarsh@marsholufemi.com; (303) 555-0193.", {"size": 9}),
           ("p", "Notice to the person who issues or requests this subpoena: If this subpoena commands the production of "
                 "documents, electronically stored information, or tangible things or the inspection of premises before "
                 "trial, a notice and a copy of the subpoena must be served on each party in this case before it is served "
                 "on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).", {"size": 8.5, "bold": True}),
           ("pb",),
           ("h", "EXHIBIT A"),
           ("p", "Produce the following records concerning Defendant OLEG STEPANENKO, date of birth November 5, 1981, "
                 "Colorado driver license no. 09-412-7781:"),
           ("p", "1. the complete motor vehicle record and driver history, including all convictions, suspensions and "
                 "accident reports, for the period January 1, 2019 to the present;\n"
                 "2. commercial driver license records, including medical examiner's certificates and self-certification forms;\n"
                 "3. license status and class history.", {"indent": 8}),
           ("p", "These records are requested for use in connection with a civil proceeding in a federal court, as permitted "
                 "by 18 U.S.C. § 2721(b)(4), and in accordance with C.R.S. § 42-1-206.", {"align": "j"}),
           ("h", "PROOF OF SERVICE", {"before": 10, "size": 11}),
           ("p", "(This section should not be filed with the court unless required by Fed. R. Civ. P. 45.)", {"size": 8.5}),
           ("p", "I received this subpoena for (name of individual and title, if any) ____________________ on (date) __________.\n"
                 "☐ I served the subpoena by delivering a copy to the named person as follows: ______________________\n"
                 "I declare under penalty of perjury that this information is true.", {"size": 9}),
           ("p", "Server's signature: ______________________   Printed name and title: ______________________", {"size": 9}),
           ("pb",),
           ("h", "Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)", {"size": 10}),
           ("p", "(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a "
                 "trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, "
                 "or regularly transacts business in person; ... (2) For Other Discovery. A subpoena may command: (A) production "
                 "of documents, electronically stored information, or tangible things at a place within 100 miles of where the "
                 "person resides, is employed, or regularly transacts business in person; and (B) inspection of premises at the "
                 "premises to be inspected.\n\n"
                 "(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A "
                 "party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing "
                 "undue burden or expense on a person subject to the subpoena. ...\n\n"
                 "(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored Information. ... "
                 "(A) Documents. A person responding to a subpoena to produce documents must produce them as they are kept in "
                 "the ordinary course of business or must organize and label them to correspond to the categories in the demand. ...\n\n"
                 "(g) Contempt. The court for the district where compliance is required — and also, after a motion is "
                 "transferred, the issuing court — may hold in contempt a person who, having been served, fails without "
                 "adequate excuse to obey the subpoena or an order related to it.", {"size": 8, "align": "j"}),
           ]
    pdf = pdf_bytes(sub, font="Serif", size=9.5)
    open(P("br28.pdf"), "wb").write(pdf)
    return label("br28", "born_digital", "AO 88B civil subpoena signed by plaintiff's attorney to DMV (personal-injury suit)",
                 ("other", "Marsh & Olufemi LLP", "Theodore J. Marsh", "Attorney", "tmarsh@marsholufemi.com", "(303) 555-0193"),
                 [("Oleg Stepanenko", "1981-11-05", [("license", "094127781")])],
                 ["FRCP 45", "18 USC 2721", "CRS 42-1-206"], "court_subpoena", "AO 88B", True, "unknown",
                 ["license", "other"], "mail")


@doc
def br29():
    cover = [("h", "MARION COUNTY PUBLIC DEFENDER AGENCY", {"size": 14}),
             ("p", "151 N. Delaware Street, Suite 200 · Indianapolis, Indiana 46204 · Main (317) 555-0100", {"align": "c", "size": 9}),
             ("h", "FAX", {"size": 28, "align": "l"}),
             ("kv", [["To:", "Indiana Department of Workforce Development – Legal / Subpoena Processing"],
                     ["Fax #:", "(317) 555-0196"], ["From:", "Nikhil R. Desai, Deputy Public Defender"],
                     ["Direct:", "(317) 555-0102"], ["E-mail:", "ndesai@pdamc.org"],
                     ["Date:", "January 6, 2026"], ["Pages:", "2 (with cover)"],
                     ["Re:", "State v. Petrović, 49D29-2508-F5-024417 – Subpoena duces tecum"]], {"widths": [0.15, 0.85], "size": 11}),
             ("p", "Please see the attached subpoena for employment records of our client. Certified copies by mail or fax "
                   "are acceptable in lieu of appearance. Thank you.", {"size": 11}),
             ("sp", 80),
             ("p", "PRIVILEGED AND CONFIDENTIAL: This facsimile contains attorney work product intended only for the named "
                   "recipient. If you are not the intended recipient, please call us and destroy this transmission.", {"size": 8}),
             ]
    sub = [("tbl", [["STATE OF INDIANA\n\nCOUNTY OF MARION", ")\n)  SS:\n)", "IN THE MARION SUPERIOR COURT\nCRIMINAL DIVISION, ROOM 29\n\nCAUSE NO. 49D29-2508-F5-024417"]],
            {"widths": [0.3, 0.1, 0.6], "grid": False, "header": False}),
           ("p", "STATE OF INDIANA,\n          Plaintiff,\n     v.\nDUŠAN PETROVIĆ,\n          Defendant."),
           ("p", "SUBPOENA DUCES TECUM", {"bold": True, "align": "c", "size": 13}),
           ("p", "THE STATE OF INDIANA TO: Keeper of Records, Indiana Department of Workforce Development, 10 N. Senate "
                 "Avenue, Indianapolis, IN 46204", {"bold": True}),
           ("p", "You are hereby commanded to appear before the Marion Superior Court, Criminal Division, Room 29, 675 Justice "
                 "Way, Indianapolis, Indiana, on January 21, 2026 at 9:00 a.m., to testify on behalf of the DEFENDANT in the "
                 "above cause, and to bring with you:", {"align": "j"}),
           ("p", "All employer wage reports and any records identifying the employers of DUŠAN PETROVIĆ (DOB 10/02/1988, "
                 "SSN XXX-XX-5560) for the calendar quarters July 2024 through September 2025, including the employer name, "
                 "address and reported wages for each quarter.", {"indent": 10}),
           ("p", "The defendant is charged with Identity Deception, Ind. Code § 35-43-5-3.5. Production of certified copies "
                 "accompanied by a certification that complies with Ind. Evidence Rule 902(9) will be accepted in lieu of "
                 "personal appearance. Disclosure is authorized by Ind. Code § 22-4-19-6(b) pursuant to a subpoena. This "
                 "subpoena is issued under Indiana Trial Rule 45.", {"align": "j"}),
           ("p", "Dated: January 5, 2026", {"before": 4}),
           ("kv", [["Requested by:\nNikhil R. Desai, #34567-49\nDeputy Public Defender\nAttorney for Defendant\n(317) 555-0102",
                    "CLERK, MARION SUPERIOR COURT\n\nBy: /s/ K. Ostrowski\nDeputy Clerk       (SEAL)"]], {"widths": [0.5, 0.5], "grid": False}),
           ]
    pdf = concat_pdfs([(cover, {"font": "Sans", "size": 10}), (sub, {"font": "Serif", "size": 10.5})])
    write_fax(P("br29.tif"), pdf, "01/06/2026 16:03  MCPDA FAX 3175550101 -> 3175550196   PAGE {p} OF {n}")
    return label("br29", "fax", "public defender fax cover + Indiana criminal subpoena duces tecum (issued by clerk) for defendant's wages",
                 ("other", "Marion County Public Defender Agency", "Nikhil R. Desai", "Deputy Public Defender",
                  "ndesai@pdamc.org", "(317) 555-0102"),
                 [("Dušan Petrović", "1988-10-02", [("ssn_last4", "5560")])],
                 ["IC 35-43-5-3.5", "IN R Evid 902", "IC 22-4-19-6", "IN TR 45"], "court_subpoena", None, True,
                 "criminal_investigation", ["employment", "wages"], "fax")


@doc
def br30():
    text = """Hello,

U.S. Citizenship and Immigration Services, Fraud Detection and National Security
Directorate (FDNS), is conducting an administrative review of an immigration benefit
request (Form I-485) filed by the individual below. To verify her claimed
employment, we request the quarterly wage records and the names of all employers
reporting wages for her for 2023 through the present.

  Name:     NAVARRO DE LA O, Itzel
  DOB:      1996-01-24
  A-Number: A213 775 046

This request is made under section 103 of the Immigration and Nationality Act,
8 U.S.C. § 1103, and 8 C.F.R. § 103.2(b)(16). The information will be used to
determine the applicant's eligibility for the benefit sought and whether she is
removable from the United States.

Thank you,

Imani S. Crawford
Immigration Officer, FDNS
USCIS Las Vegas Field Office
(702) 555-0144
"""
    html = ("<html><body><div style='font-family:Segoe UI,sans-serif;font-size:10.5pt'>"
            "<p>Hello,</p><p>U.S. Citizenship and Immigration Services, Fraud Detection and National Security Directorate (FDNS), "
            "is conducting an administrative review of an immigration benefit request (Form I-485) filed by the individual below. "
            "To verify her claimed employment, we request the quarterly wage records and the names of all employers reporting wages "
            "for her for 2023 through the present.</p>"
            "<table style='border:1px solid #999'><tr><td><b>Name</b></td><td>NAVARRO DE LA O, Itzel</td></tr>"
            "<tr><td><b>DOB</b></td><td>1996-01-24</td></tr><tr><td><b>A-Number</b></td><td>A213 775 046</td></tr></table>"
            "<p>This request is made under section 103 of the Immigration and Nationality Act, 8 U.S.C. &sect; 1103, and "
            "8 C.F.R. &sect; 103.2(b)(16). The information will be used to determine the applicant's eligibility for the benefit "
            "sought and whether she is removable from the United States.</p>"
            "<p>Thank you,</p><p>Imani S. Crawford<br>Immigration Officer, FDNS<br>USCIS Las Vegas Field Office<br>(702) 555-0144</p>"
            "</div></body></html>")
    m = email_msg("\"Crawford, Imani S\" <imani.s.crawford@uscis.dhs.gov>", "DETR ESD Legal <esdlegal@detr.nv.gov>",
                  "Employment verification request - A213 775 046", dt.datetime(2025, 6, 25, 10, 18, 44, tzinfo=tz(-7)),
                  body=text, html=html, msgid="<BN8PR09MB3301.isc@uscis.dhs.gov>")
    write_eml(P("br30.eml"), m, "br30")
    return label("br30", "eml", "USCIS FDNS multipart/alternative e-mail verifying employment for benefit adjudication",
                 ("dhs-uscis", "USCIS Fraud Detection and National Security, Las Vegas Field Office", "Imani S. Crawford",
                  "Immigration Officer", "imani.s.crawford@uscis.dhs.gov", "(702) 555-0144"),
                 [("Itzel Navarro de la O", "1996-01-24", [("a_number", "A213775046")])],
                 ["INA 103", "8 USC 1103", "8 CFR 103.2"], "none", None, False, "civil_immigration",
                 ["wages", "employment"], "email")


@doc
def br31():
    order = [("p", "NINETEENTH JUDICIAL DISTRICT COURT\nPARISH OF EAST BATON ROUGE\nSTATE OF LOUISIANA", {"bold": True, "align": "c", "size": 11.5}),
             ("tbl", [["IN RE: APPLICATION OF THE EAST BATON ROUGE PARISH SHERIFF'S OFFICE FOR PRODUCTION OF RECORDS",
                       "MISC. NO. 25-MC-0412\nSECTION 24"]], {"widths": [0.65, 0.35], "header": False}),
             ("p", "ORDER", {"bold": True, "align": "c", "size": 13}),
             ("p", "Considering the foregoing Application and the supporting affidavit of Detective Sergeant Remy J. Fontenot of "
                   "the East Baton Rouge Parish Sheriff's Office, and the Court finding that the records sought are relevant "
                   "and material to an ongoing criminal investigation of violations of La. R.S. 14:67 (theft) and La. R.S. "
                   "14:133 (filing or maintaining false public records);", {"align": "j"}),
             ("p", "IT IS ORDERED that the Louisiana Department of Children and Family Services produce to Detective Sergeant "
                   "Remy J. Fontenot, within ten (10) days of service of this Order, the complete SNAP and FITAP case records, "
                   "including applications, redeterminations, household composition, reported addresses and telephone numbers, "
                   "and EBT issuance history, for the period January 1, 2023 to the present, relating to:", {"align": "j"}),
             ("p", "1. Kendrick Paul BROUSSARD, date of birth May 30, 1983;\n2. Shanice M. TOUSSAINT, date of birth December 12, 1990.", {"indent": 20}),
             ("p", "IT IS FURTHER ORDERED that the production of these records is authorized notwithstanding the confidentiality "
                   "provisions of La. R.S. 46:56, and that the records shall be used only for purposes of the criminal "
                   "investigation and any resulting prosecution.", {"align": "j"}),
             ("p", "Baton Rouge, Louisiana, this 3rd day of November, 2025.", {"before": 6}),
             ("p", "______________________________\nJUDGE CELESTE D. ARCENEAUX\n19th JUDICIAL DISTRICT COURT", {"before": 16, "align": "r"}),
             ]
    pdf = pdf_bytes(order, font="Serif", size=11)
    inner_body = """Ms. Theriot,

As we discussed by phone, attached is the signed order from the 19th JDC for the
SNAP / FITAP case records of Kendrick Broussard and Shanice Toussaint. This is
EBRSO Item # 25-118744 -- theft of benefits and false public records
(La. R.S. 14:67 and 14:133).

Please let me know who in your office will be handling it and roughly when I can
expect the records.

Thanks,

Det. Sgt. Remy J. Fontenot
Criminal Investigations Division - Financial Crimes
East Baton Rouge Parish Sheriff's Office
(225) 555-0138
"""
    inner = email_msg("\"Fontenot, Remy J.\" <rfontenot@ebrso.org>", "\"Theriot, Monique\" <monique.theriot@la.gov>",
                      "Court order - SNAP records - Broussard", dt.datetime(2025, 11, 4, 15, 2, 17, tzinfo=tz(-6)),
                      body=inner_body, msgid="<0b1e9f.rjf1104@ebrso.org>")
    inner.add_attachment(pdf, maintype="application", subtype="pdf", filename="Order 25-MC-0412 signed.pdf")
    outer_body = """Forwarding for the log and processing. The signed order is attached to the
original message below. Legal has looked at it -- signed by the judge, 19th JDC,
appears valid. Please route to the records team.

Monique Theriot
Paralegal, Bureau of General Counsel
Louisiana Department of Children and Family Services
"""
    outer = email_msg("\"Theriot, Monique\" <monique.theriot@la.gov>", "DCFS Records Compliance <dcfs.recordscompliance@la.gov>",
                      "Fwd: Court order - SNAP records - Broussard", dt.datetime(2025, 11, 5, 8, 31, 50, tzinfo=tz(-6)),
                      body=outer_body, msgid="<SJ0PR09MB9911.mt1105@la.gov>")
    outer.add_attachment(inner)
    write_eml(P("br31.eml"), outer, "br31")
    return label("br31", "eml", "state agency paralegal forwards sheriff detective's e-mail (message/rfc822) carrying a Louisiana court order PDF",
                 ("sheriff", "East Baton Rouge Parish Sheriff's Office", "Remy J. Fontenot", "Detective Sergeant",
                  "rfontenot@ebrso.org", "(225) 555-0138"),
                 [("Kendrick Paul Broussard", "1983-05-30", []), ("Shanice M. Toussaint", "1990-12-12", [])],
                 ["LA RS 14:67", "LA RS 14:133", "LA RS 46:56"], "court_order", None, True, "criminal_investigation",
                 ["benefits", "address", "phone", "other"], "email")


@doc
def br32():
    txt = """From: Okoro Wendell T <wendell.okoro@ci.irs.gov>
To: DWS Records Custodian <dwsrecords@utah.gov>
Date: Mon, 17 Nov 2025 09:44:12 -0700
Subject: Wage records request - IRS-CI

Good morning,

I am a Special Agent with IRS Criminal Investigation in Salt Lake City. I am
investigating possible violations of 26 U.S.C. § 7201 (attempt to evade or
defeat tax) and 26 U.S.C. § 7206(1) (false return) and would like to request
Utah wage and employer information for the two people below, for tax years
2021 through 2024:

  1. NIELSEN, Tyler Jacob      DOB 08/16/1979
  2. CÁRDENAS NIELSEN, Ana Lucía   DOB 02/09/1982

Specifically: the employer names, addresses and quarterly wages reported for
each of them. I understand Utah Code § 35A-4-312 allows DWS to share this
information with law enforcement for a criminal investigation.

Please note that because of 26 U.S.C. § 6103 I can't tell you much more about
the case, and I am not asking you for any tax return information.

Thank you,

Wendell T. Okoro
Special Agent
IRS Criminal Investigation - Denver Field Office, Salt Lake City POD
50 S. 200 E., Salt Lake City, UT 84111
801-555-0184
"""
    open(P("br32.txt"), "w", encoding="utf-8").write(txt)
    return label("br32", "txt", "IRS-CI agent e-mail pasted into a text file with headers",
                 ("irs-ci", "IRS Criminal Investigation - Denver Field Office, Salt Lake City POD", "Wendell T. Okoro",
                  "Special Agent", "wendell.okoro@ci.irs.gov", "801-555-0184"),
                 [("Tyler Jacob Nielsen", "1979-08-16", []), ("Ana Lucía Cárdenas Nielsen", "1982-02-09", [])],
                 ["26 USC 7201", "26 USC 7206", "UCA 35A-4-312", "26 USC 6103"], "none", None, False,
                 "criminal_investigation", ["employment", "wages"], "email")


# ================================================================ main

def main():
    os.makedirs(TMP, exist_ok=True)
    for fn in DOCS:
        lab = fn()
        with open(P(lab["id"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"wrote {len(DOCS)} documents to {OUT}")


if __name__ == "__main__":
    main()
