#!/usr/bin/env python3
"""Build the blind-t sample set (32 labelled request documents).

Written by an independent author who never saw the extraction program.
Deterministic: fixed seeds, fixed dates, fixed MIME boundaries, reportlab invariant mode.
Run:  /work/main/.venv/bin/python samples/blind_t/build.py
"""
import datetime
import io
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email import policy

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.platypus.flowables import HRFlowable

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_t/work"
FAMILY = "blind-t"
SEED = 4242
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------- fonts & styles
for fam, base in (("Sans", "DejaVuSans"), ("Serif", "DejaVuSerif")):
    it = "Oblique" if fam == "Sans" else "Italic"
    pdfmetrics.registerFont(TTFont(fam, FONTDIR + base + ".ttf"))
    pdfmetrics.registerFont(TTFont(fam + "-B", FONTDIR + base + "-Bold.ttf"))
    pdfmetrics.registerFont(TTFont(fam + "-I", FONTDIR + base + "-" + it + ".ttf"))
    pdfmetrics.registerFont(TTFont(fam + "-BI", FONTDIR + base + "-Bold" + it + ".ttf"))
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")
pdfmetrics.registerFont(TTFont("Mono", FONTDIR + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("Mono-B", FONTDIR + "DejaVuSansMono-Bold.ttf"))
addMapping("Mono", 0, 0, "Mono")
addMapping("Mono", 1, 0, "Mono-B")
addMapping("Mono", 0, 1, "Mono")
addMapping("Mono", 1, 1, "Mono-B")


def esc(t):
    return re.sub(r"&(?!amp;|lt;|gt;|#\d+;|nbsp;)", "&amp;", t)


class St:
    """A set of paragraph styles for one document."""

    def __init__(self, font="Serif", size=10.5, lead=None):
        lead = lead or size * 1.35
        self.font = font
        self.body = ParagraphStyle("b", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.7)
        self.just = ParagraphStyle("j", parent=self.body, alignment=TA_JUSTIFY)
        self.tight = ParagraphStyle("t", parent=self.body, spaceAfter=0)
        self.small = ParagraphStyle("s", parent=self.body, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=2)
        self.center = ParagraphStyle("c", parent=self.body, alignment=TA_CENTER, spaceAfter=1)
        self.right = ParagraphStyle("r", parent=self.body, alignment=TA_RIGHT)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=font + "-B", fontSize=size + 4,
                                 leading=(size + 4) * 1.25, alignment=TA_CENTER, spaceAfter=4)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=font + "-B", fontSize=size + 1.5,
                                 leading=(size + 1.5) * 1.25, alignment=TA_CENTER, spaceAfter=3)
        self.h3 = ParagraphStyle("h3", parent=self.body, fontName=font + "-B", fontSize=size,
                                 spaceAfter=3)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=size - 1, leading=(size - 1) * 1.25,
                                   spaceAfter=0)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=font + "-B")
        self.mono = ParagraphStyle("m", fontName="Mono", fontSize=size - 1.5, leading=(size - 1.5) * 1.3)


def P(st, text, style="body"):
    return Paragraph(esc(text), getattr(st, style))


def lines(st, block, style="tight"):
    return [P(st, ln if ln.strip() else "&nbsp;", style) for ln in block.strip("\n").split("\n")]


def SP(h=8):
    return Spacer(1, h)


def HR(w=0.8, sa=6):
    return HRFlowable(width="100%", thickness=w, color=colors.black, spaceBefore=2, spaceAfter=sa)


def KV(st, rows, widths=(2.0 * inch, 4.5 * inch), grid=True, label_bold=True):
    data = [[Paragraph(esc(a), st.cellb if label_bold else st.cell), Paragraph(esc(b), st.cell)] for a, b in rows]
    t = Table(data, colWidths=list(widths))
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        style += [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                  ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.93, 0.93))]
    t.setStyle(TableStyle(style))
    return t


def GRID(st, rows, widths, header=True, box=True):
    data = [[Paragraph(esc(c), st.cellb if (header and i == 0) else st.cell) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if box:
        style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    t.setStyle(TableStyle(style))
    return t


def BOX(st, flow_or_text, width=6.5 * inch, style="body"):
    inner = [P(st, flow_or_text, style)] if isinstance(flow_or_text, str) else flow_or_text
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def TWO(left, right, widths=(3.25 * inch, 3.25 * inch)):
    t = Table([[left, right]], colWidths=list(widths))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


class Signature(Flowable):
    """A hand-drawn-looking squiggle."""

    def __init__(self, seed, width=150, height=30):
        super().__init__()
        self.seed, self.width, self.height = seed, width, height

    def draw(self):
        r = random.Random(self.seed)
        c = self.canv
        c.setLineWidth(1.1)
        c.setStrokeColor(colors.Color(0.05, 0.1, 0.35))
        p = c.beginPath()
        x, y = 4, self.height * 0.4
        p.moveTo(x, y)
        for _ in range(r.randint(5, 8)):
            nx = x + r.uniform(12, 26)
            p.curveTo(x + r.uniform(0, 10), y + r.uniform(-14, 18), nx - r.uniform(0, 10),
                      y + r.uniform(-14, 18), nx, self.height * r.uniform(0.2, 0.6))
            x = nx
        c.drawPath(p, stroke=1, fill=0)
        c.line(2, 2, x * r.uniform(0.6, 1.0), 2 + r.uniform(-2, 2))


def SIGN(seed):
    return Signature(seed)


def build_pdf(path, flow, footer=None, header=None, margins=0.85, pagenum=False, top=None):
    def on_page(c, d):
        c.saveState()
        if footer:
            c.setFont("Sans", 7.5)
            for i, ln in enumerate(footer.split("\n")):
                c.drawString(margins * inch, 0.45 * inch + 9 * (len(footer.split("\n")) - 1 - i), ln)
        if pagenum:
            c.setFont("Sans", 7.5)
            c.drawRightString(letter[0] - margins * inch, 0.45 * inch, "Page %d" % d.page)
        if header:
            c.setFont("Sans-B", 8)
            c.drawCentredString(letter[0] / 2, letter[1] - 0.45 * inch, header)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=margins * inch, rightMargin=margins * inch,
                            topMargin=(top or margins) * inch, bottomMargin=0.9 * inch,
                            title="", author="", subject="", creator="", producer="")
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)


def pdf_bytes(flow, **kw):
    os.makedirs(TMP, exist_ok=True)
    p = os.path.join(TMP, "tmp_%d.pdf" % random.Random(str(kw) + str(len(flow))).randint(0, 10**9))
    build_pdf(p, flow, **kw)
    with open(p, "rb") as f:
        data = f.read()
    os.remove(p)
    return data


# ---------------------------------------------------------------- raster / degrade
def rasterize(pdf_path, dpi):
    d = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf_path, os.path.join(d, "p")], check=True)
    files = sorted(f for f in os.listdir(d) if f.endswith(".png"))
    imgs = [Image.open(os.path.join(d, f)).convert("L") for f in files]
    for im in imgs:
        im.load()
    shutil.rmtree(d)
    return imgs


def degrade(img, rng, angle=0.8, turn=0, bg=236, noise=7.0, blur=0.5, jpeg_q=60, specks=400):
    a = np.asarray(img).astype(np.float32)
    a = a * (bg / 255.0)  # grey paper
    a += rng.normal(0, noise, a.shape)
    h, w = a.shape
    ys = rng.integers(0, h, specks)
    xs = rng.integers(0, w, specks)
    a[ys, xs] = rng.uniform(30, 120, specks)
    # faint vertical streak (scanner glass)
    sx = int(rng.integers(w // 5, 4 * w // 5))
    a[:, sx:sx + 2] -= 25
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L")
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=int(bg * 0.8))
    if turn:
        im = im.rotate(turn, expand=True)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=jpeg_q)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return out


import time as _time
FIXED_DT = _time.gmtime(1751371200)


def save_scanned(pdf_path, out_path, dpi, seed, turns=None, angles=None, bg=236, noise=7.0, jpeg_q=60):
    rng = np.random.default_rng(seed)
    pages = rasterize(pdf_path, dpi)
    res = []
    for i, pg in enumerate(pages):
        ang = (angles or {}).get(i, float(rng.uniform(0.5, 2.0)) * (1 if rng.random() < 0.5 else -1))
        res.append(degrade(pg, rng, angle=ang, turn=(turns or {}).get(i, 0), bg=bg, noise=noise, jpeg_q=jpeg_q))
    res[0].save(out_path, "PDF", resolution=float(dpi), save_all=True, append_images=res[1:], quality=jpeg_q,
                creationDate=FIXED_DT, modDate=FIXED_DT)


def fax_header_font(px):
    return ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", px)


def save_fax(pdf_path, out_path, seed, header=None):
    """header: callable(page_no, n_pages) -> str or None"""
    rng = np.random.default_rng(seed)
    pages = rasterize(pdf_path, 200)
    out = []
    for i, pg in enumerate(pages):
        im = pg.copy()
        if header:
            d = ImageDraw.Draw(im)
            d.rectangle([0, 0, im.width, 44], fill=255)
            d.text((30, 12), header(i + 1, len(pages)), font=fax_header_font(24), fill=0)
        im = im.rotate(float(rng.uniform(-0.5, 0.5)), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a += rng.normal(0, 18, a.shape)
        bw = (a > 150).astype(np.uint8) * 255
        h, w = bw.shape
        n = 900
        bw[rng.integers(0, h, n), rng.integers(0, w, n)] = 0
        # drop-out line (fax transmission glitch)
        y = int(rng.integers(h // 3, 2 * h // 3))
        bw[y:y + 1, :] = 255
        out.append(Image.fromarray(bw, "L").convert("1"))
    out[0].save(out_path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


# ---------------------------------------------------------------- email
def finish_email(msg, tag):
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary("=_%s_part%d_7f3a" % (tag, i))
    return msg.as_bytes(policy=policy.SMTP)


def new_msg(frm, to, date, subject, msgid, cc=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Date"] = date
    m["Subject"] = subject
    m["Message-ID"] = msgid
    for k, v in (extra or []):
        m[k] = v
    return m


# ---------------------------------------------------------------- labels
def subj(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def req(key, agency, person, title, email=None, phone=None):
    return {"agency_key": key, "agency_name": agency, "person": person, "title": title, "email": email,
            "phone": phone}


COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}
DOCS = []


def doc(id_, fmt, template, requestor, subjects, basis, ptype, form, attached, purpose, records, channel):
    assert fmt in ("born_digital", "scanned", "fax", "eml", "txt")
    assert purpose in ("criminal_investigation", "civil_immigration", "unknown")
    assert channel in ("email", "fax", "mail")
    return {"id": id_, "family": FAMILY, "format": fmt, "template": template, "requestor": requestor,
            "subjects": subjects, "legal_basis": [{"normalized": b} for b in basis],
            "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
            "warrant_or_subpoena_attached": attached, "purpose": purpose, "records_requested": records,
            "channel": channel}


EXT = {"born_digital": "pdf", "scanned": "pdf", "fax": "tif", "eml": "eml", "txt": "txt"}


def write_label(label):
    with open(os.path.join(OUT, label["id"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False, indent=2)
        f.write("\n")


def outpath(id_, fmt):
    return os.path.join(OUT, "%s.%s" % (id_, EXT[fmt]))


def tmp_pdf(id_):
    return os.path.join(TMP, id_ + "_src.pdf")


# =============================================================================================
# DOCUMENTS
# =============================================================================================

def bt01():
    body = """Good morning,

Can you please run the below two individuals and send me whatever you have for current address, DL photo and any vehicles registered to them? Request is made pursuant to 8 U.S.C. 1357 and section 287 of the INA. For official use only.

1.  NÚÑEZ IBARRA, José Luis     DOB 07/14/1988    A# 208-455-112    CO DL 17-042-8831
2.  NGUYEN, Thi Hoa             DOB 11/02/1979    A# 094 617 330

If it's easier to send as a PDF that's fine. Thank you in advance.

Daniel Rojas
Deportation Officer
U.S. Department of Homeland Security
Immigration and Customs Enforcement | Enforcement and Removal Operations
Denver Field Office - Aurora Sub-Office
Desk: (303) 555-0147 | Cell: (720) 555-0183
daniel.rojas@ice.dhs.gov

WARNING: This email and any attachments are FOR OFFICIAL USE ONLY (FOUO). They may contain information exempt from public release under the Freedom of Information Act.
"""
    m = new_msg('"Rojas, Daniel" <daniel.rojas@ice.dhs.gov>', "DMV LE Requests <dmv_lerequests@state.co.us>",
                "Tue, 14 Jan 2025 08:52:11 -0700", "Info request - 2 subjects", "<BT01.20250114085211@ice.dhs.gov>")
    m.set_content(body)
    open(outpath("bt01", "eml"), "wb").write(finish_email(m, "bt01"))
    return doc("bt01", "eml", "ERO deportation officer informal plain-text email, two subjects with A-numbers",
               req("dhs-ice-ero", "Immigration and Customs Enforcement | Enforcement and Removal Operations",
                   "Daniel Rojas", "Deportation Officer", "daniel.rojas@ice.dhs.gov", "(303) 555-0147"),
               [subj("José Luis Núñez Ibarra", "1988-07-14", ("a_number", "A208455112"), ("license", "170428831")),
                subj("Thi Hoa Nguyen", "1979-11-02", ("a_number", "A094617330"))],
               ["8 USC 1357", "INA 287"], "none", None, False, "civil_immigration",
               ["address", "photo", "vehicle"], "email")


def bt02():
    st = St("Serif", 10)
    f = [P(st, "U.S. Department of Justice", "h2"), P(st, "Federal Bureau of Investigation", "h1"),
         P(st, "Jackson Field Office", "center"), P(st, "1220 Echelon Parkway, Jackson, Mississippi 39213", "center"),
         HR(1.2), SP(4),
         TWO(lines(st, "In Reply, Please Refer to\nFile No. 318A-JN-3390124"), lines(st, "\nFebruary 3, 2025", "right")),
         SP(10), P(st, "<b>BY FIRST-CLASS MAIL</b>"),
         *lines(st, """Mississippi Department of Employment Security
Attn: Custodian of Records, Office of Legal Counsel
P.O. Box 1699
Jackson, MS 39215-1699"""), SP(10),
         P(st, "<b>Re: Request for Wage, Employment and Claim Records</b>"),
         P(st, "Dear Custodian of Records:"),
         P(st, "The Federal Bureau of Investigation (FBI) is conducting a criminal investigation into possible "
               "violations of Title 18, United States Code, Sections 1343 (Wire Fraud) and 1349 (Attempt and "
               "Conspiracy). In furtherance of this investigation, the FBI respectfully requests copies of the "
               "quarterly wage records, the names and addresses of all reporting employers, and any unemployment "
               "insurance claims filed from January 1, 2021 to the present for the following individual:", "just"),
         KV(st, [("Name", "Marcus Anthony Whitfield"), ("Date of Birth", "1983-09-22"),
                 ("SSN (last four)", "XXX-XX-4471")], widths=(1.7 * inch, 3.2 * inch)), SP(8),
         P(st, "We understand that disclosure of such information to a public official for use in a criminal "
               "investigation is permitted under Miss. Code Ann. § 71-5-127 and the confidentiality provisions of "
               "20 C.F.R. Part 603. Records may be provided in paper or electronic form.", "just"),
         P(st, "Because disclosure of this request could impede the investigation, we ask that you not notify the "
               "individual named above of this request. Questions may be directed to Special Agent Rachel E. Okafor "
               "at (601) 555-0126 or reokafor@fbi.gov.", "just"),
         P(st, "Thank you for your cooperation."), P(st, "Sincerely yours,"), SP(4),
         *lines(st, "ROBERT J. KESSLER\nSpecial Agent in Charge"), SP(6), P(st, "By:", "tight"), SIGN(21),
         *lines(st, "Rachel E. Okafor\nSpecial Agent")]
    build_pdf(outpath("bt02", "born_digital"), f, footer="FBI - Jackson Field Office")
    return doc("bt02", "born_digital", "FBI letter on letterhead, SAC name above signing agent, wage request",
               req("doj-fbi", "Federal Bureau of Investigation", "Rachel E. Okafor", "Special Agent",
                   "reokafor@fbi.gov", "(601) 555-0126"),
               [subj("Marcus Anthony Whitfield", "1983-09-22", ("ssn_last4", "4471"))],
               ["18 USC 1343", "18 USC 1349", "MS Code 71-5-127", "20 CFR 603"], "none", None, False,
               "criminal_investigation", ["wages", "employment", "claims"], "mail")


def bt03():
    st = St("Sans", 10)
    cover = [P(st, "RENO COUNTY SHERIFF'S OFFICE", "h1"), P(st, "Investigations Division", "center"),
             P(st, "206 W. First Avenue  ·  Hutchinson, Kansas 67501", "center"), HR(), P(st, "FACSIMILE TRANSMITTAL", "h2"),
             SP(6),
             KV(st, [("TO", "Kansas Department of Revenue, Division of Vehicles - Driver Records / LE Unit"),
                     ("FAX", "(785) 555-0190"), ("FROM", "Det. Leah M. Strand"), ("PHONE", "(620) 555-0134"),
                     ("DATE", "01/27/2025"), ("PAGES", "2 (including cover)"),
                     ("RE", "Records request - RCSO case 25-000871")]), SP(14),
             P(st, "Please see attached request form. Photo needed ASAP for photo array. Thanks!"), SP(120),
             P(st, "CONFIDENTIALITY NOTICE: The information contained in this facsimile is confidential and intended "
                   "only for the use of the individual or entity named above. If you have received this fax in error, "
                   "please notify the sender immediately by telephone and destroy the original.", "small"),
             PageBreak()]
    form = [P(st, "LAW ENFORCEMENT REQUEST FOR DRIVER / VEHICLE RECORD INFORMATION", "h2"),
            P(st, "(complete all fields - incomplete requests will be returned)", "center"), SP(6),
            KV(st, [("Requesting Agency", "Reno County Sheriff's Office"), ("ORI", "KS0780000"),
                    ("Officer Name", "Det. Leah M. Strand"), ("Badge / ID #", "2217"),
                    ("Telephone", "(620) 555-0134"), ("E-mail", "lstrand@renocountyks.gov"),
                    ("Case Number", "25-000871"),
                    ("Nature of Investigation", "Burglary (K.S.A. 21-5807) / theft of firearms (K.S.A. 21-5801)"),
                    ("Subject Name (Last, First Middle)", "CHAVARRÍA SOLÍS, Edwin Josué"),
                    ("Date of Birth", "04/19/1996"), ("DL Number / State", "K07-84-2291  /  KS"),
                    ("Information Requested",
                     "[X] Driver license photo    [X] Current / previous address<br/>"
                     "[X] Vehicle registration    [ ] Driving history    [ ] Signature"),
                    ("Delivery", "[X] Fax (620) 555-0135    [ ] E-mail    [ ] Mail")],
               widths=(2.2 * inch, 4.3 * inch)), SP(10),
            P(st, "<b>CERTIFICATION.</b> I certify that the information requested is for use by a law enforcement "
                  "agency in carrying out its functions as permitted by 18 U.S.C. § 2721(b)(1) and K.S.A. 74-2012, "
                  "and that it will not be re-disclosed except as permitted by law.", "just"),
            SP(16), TWO([SIGN(33), P(st, "Signature of requesting officer", "small")],
                        [P(st, "01/27/2025"), P(st, "Date", "small")]),
            SP(16), P(st, "FOR DOV USE ONLY:  Received ______  Processed by ______  Date ______", "small")]
    build_pdf(tmp_pdf("bt03"), cover + form, footer="DOV-LE-7 (rev. 2019)")
    save_fax(tmp_pdf("bt03"), outpath("bt03", "fax"), 303,
             header=lambda p, n: "01/27/2025 14:06   6205550135   RENO CO SO INVEST     PAGE %02d/%02d" % (p, n))
    return doc("bt03", "fax", "Kansas sheriff faxed cover + DMV request form with label/value grid",
               req("sheriff", "Reno County Sheriff's Office", "Leah M. Strand", "Detective",
                   "lstrand@renocountyks.gov", "(620) 555-0134"),
               [subj("Edwin Josué Chavarría Solís", "1996-04-19", ("license", "K07842291"))],
               ["KSA 21-5807", "KSA 21-5801", "18 USC 2721", "KSA 74-2012"], "none", None, False,
               "criminal_investigation", ["photo", "address", "vehicle"], "fax")


def bt04():
    st = St("Serif", 10.5)
    head = TWO(lines(st, "<b>U.S. Department of Homeland Security</b>\nU.S. Immigration and Customs Enforcement\n"
                         "Enforcement and Removal Operations\nSalt Lake City Field Office - Boise Sub-Office\n"
                         "1185 S. Vinnell Way, Boise, ID 83709"),
               lines(st, "\n\nMarisol Aguirre\nField Office Director", "right"))
    f = [head, HR(1.2), P(st, "March 10, 2025", "right"),
         *lines(st, """Idaho Department of Correction
Central Records Unit
1299 N. Orchard Street, Suite 110
Boise, ID 83706"""), SP(10),
         P(st, "<b>Subject: Request for Information - WARSAME, Abdirahman Farah (IDOC #118842)</b>"),
         P(st, "Dear Records Supervisor:"),
         P(st, "U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), requests "
               "information concerning the inmate identified below, who is the subject of the enclosed Warrant for "
               "Arrest of Alien (Form I-200). Please provide (1) the projected release or parole date, (2) the last "
               "known address prior to incarceration and any address listed in the parole release plan, and (3) a "
               "current booking or facility photograph.", "just"),
         KV(st, [("Name", "WARSAME, Abdirahman Farah"), ("Date of Birth", "02 Jun 1991"),
                 ("A-Number", "215 730 486"), ("IDOC Number", "118842"), ("Country of Citizenship", "Somalia")],
            widths=(1.8 * inch, 3.0 * inch)), SP(8),
         P(st, "This request is made under the authority of 8 U.S.C. §§ 1226 and 1357. Please direct the response to "
               "the undersigned by mail at the address above, or by e-mail to kevin.t.halvorsen@ice.dhs.gov.", "just"),
         P(st, "Sincerely,"), SIGN(44),
         *lines(st, "Kevin T. Halvorsen\nDeportation Officer\n(208) 555-0161"), SP(8),
         P(st, "Enclosure: Form I-200", "small")]
    f += [PageBreak()]
    sf = St("Sans", 9.5)
    f += [TWO(lines(sf, "<b>U.S. DEPARTMENT OF HOMELAND SECURITY</b>"), lines(sf, "<b>WARRANT FOR ARREST OF ALIEN</b>", "right")),
          HR(1.5), TWO(lines(sf, ""), lines(sf, "File No.  215 730 486\nDate:  03/07/2025", "right")), SP(10),
          P(sf, "To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
                "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest "
                "for immigration violations", "just"),
          P(sf, "I have determined that there is probable cause to believe that <u>ABDIRAHMAN FARAH WARSAME</u> is "
                "removable from the United States. This determination is based upon:", "just"),
          *[P(sf, t, "just") for t in [
              "[ ] the execution of a charging document to initiate removal proceedings against the subject;",
              "[ ] the pendency of ongoing removal proceedings against the subject;",
              "[ ] the failure to establish admissibility subsequent to deferred inspection;",
              "[X] biometric confirmation of the subject's identity and a records check of federal databases that "
              "affirmatively indicate, by themselves or in addition to other reliable information, that the subject "
              "either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; "
              "and/or",
              "[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence "
              "that affirmatively indicate the subject either lacks immigration status or notwithstanding such status "
              "is removable under U.S. immigration law."]],
          SP(6),
          P(sf, "YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and "
                "Nationality Act, the above-named alien.", "just"), SP(14),
          TWO([SIGN(45), P(sf, "(Signature of Authorized Immigration Officer)", "small")],
              [P(sf, "Brenda L. Stavros, SDDO"), P(sf, "(Printed Name and Title of Authorized Immigration Officer)", "small")]),
          SP(18), P(sf, "<b>Certificate of Service</b>"),
          P(sf, "I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ (Location) on "
                "________________ on ____________ (Date of Service), and the contents of this notice were read to him "
                "or her in the ______________ (Language) language.", "just"), SP(10),
          TWO(lines(sf, "______________________________\nName and Signature of Officer"),
              lines(sf, "______________________________\nName or Number of Interpreter (if applicable)"))]
    build_pdf(tmp_pdf("bt04"), f, footer="ICE ERO Salt Lake City / Boise")
    save_scanned(tmp_pdf("bt04"), outpath("bt04", "scanned"), 250, 404, turns={1: 180})
    return doc("bt04", "scanned", "ERO cover letter (FOD name in letterhead) + I-200 warrant, page 2 upside down",
               req("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations",
                   "Kevin T. Halvorsen", "Deportation Officer", "kevin.t.halvorsen@ice.dhs.gov", "(208) 555-0161"),
               [subj("Abdirahman Farah Warsame", "1991-06-02", ("a_number", "A215730486"), ("other", "118842"))],
               ["8 USC 1226", "8 USC 1357", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200",
               True, "civil_immigration", ["address", "photo", "other"], "mail")


def bt05():
    txt = """From:     TN DOS Driver Services - LE Records Portal <noreply-lerp@tn.gov>
Sent:     Wednesday, April 2, 2025 10:17 AM
To:       DS.LERecords@tn.gov
Subject:  [LE Portal] New Request #LER-2025-004417

*** This notification was generated automatically. Do not reply to this message. ***

A new law enforcement records request has been submitted through the portal.

Request ID ............ LER-2025-004417
Submitted ............. 2025-04-02 10:16:52 CDT
Agency ................ Murfreesboro Police Department
ORI ................... TN0750200
Requesting Officer .... Det. Curtis Lamar Beasley
Title / Rank .......... Detective, Crash Reconstruction / Traffic Investigations Unit
Phone ................. 615-555-0172
Email ................. cbeasley@murfreesborotn.gov
Supervisor ............ Sgt. Amanda Krull
Case / Report # ....... 2025-031184
Offense ............... Leaving scene of crash involving injury - T.C.A. 55-10-101

Subject 1
   Last ............... OKONKWO-BELL
   First .............. Tamara
   Middle ............. Jean
   DOB ................ 1990-12-05
   TN DL # ............ 112448907

Subject 2
   Last ............... PHAM
   First .............. Quoc
   Middle ............. Bao
   DOB ................ 1986-03-30
   TN DL # ............ (unknown)

Records Requested ..... [x] DL photo  [x] Address history  [x] Registered vehicles  [ ] Driving record
Justification ......... Witness described the suspect vehicle as a silver Nissan Altima; partial tag
                        comes back to Subject 1. Subject 2 listed as an additional driver on the
                        insurance. Photos needed for a lineup.
Certification ......... [x] I certify that this request is made by a law enforcement agency for use in
                        carrying out its functions, pursuant to 18 U.S.C. 2721(b)(1) and T.C.A. 55-25-107.

--
Tennessee Department of Safety & Homeland Security | Driver Services Division
"""
    open(outpath("bt05", "txt"), "w", encoding="utf-8").write(txt)
    return doc("bt05", "txt", "portal notification pasted as text, municipal detective, two subjects",
               req("local-police", "Murfreesboro Police Department", "Curtis Lamar Beasley", "Detective",
                   "cbeasley@murfreesborotn.gov", "615-555-0172"),
               [subj("Tamara Jean Okonkwo-Bell", "1990-12-05", ("license", "112448907")),
                subj("Quoc Bao Pham", "1986-03-30")],
               ["TCA 55-10-101", "18 USC 2721", "TCA 55-25-107"], "none", None, False, "criminal_investigation",
               ["photo", "address", "vehicle"], "email")


def bt06():
    st = St("Serif", 10.5)
    f = [P(st, "U.S. Department of Homeland Security", "center"), P(st, "HOMELAND SECURITY INVESTIGATIONS", "h1"),
         P(st, "Office of the Resident Agent in Charge - Albuquerque", "center"),
         P(st, "5441 Watson Drive SE, Albuquerque, NM 87106", "center"), HR(1.2),
         P(st, "19 February 2025", "right"), P(st, "<b>VIA CERTIFIED MAIL</b>"),
         *lines(st, """New Mexico Taxation and Revenue Department
Motor Vehicle Division - Office of the Director
Attn: Records Custodian / Legal Bureau
P.O. Box 1028
Santa Fe, NM 87504-1028"""), SP(8),
         P(st, "<b>RE: Search Warrant, D.N.M. Case No. 25-MR-0317</b>"),
         P(st, "Dear Records Custodian:"),
         P(st, "Homeland Security Investigations (HSI) is investigating an organization suspected of producing and "
               "selling fraudulent identity documents and immigration documents, in violation of 18 U.S.C. §§ 1028 "
               "and 1546. Enclosed please find a Search and Seizure Warrant issued on February 18, 2025 by a United "
               "States Magistrate Judge for the District of New Mexico.", "just"),
         P(st, "The warrant authorizes seizure of the records described in its Attachment B: driver license "
               "application records, the photographs on file, copies of all identity documents submitted in support "
               "of each application (including foreign passports and consular identification cards), and the "
               "residential and mailing address history for the following two license holders:", "just"),
         GRID(st, [["Name", "Date of Birth", "NM DL No."],
                   ["IBÁÑEZ QUINTANA, Rigoberto", "08/11/1977", "501-223-978"],
                   ["IBÁÑEZ, Yesenia Paola", "01/26/1999", "510-044-612"]], [2.6 * inch, 1.4 * inch, 1.6 * inch]),
         SP(8),
         P(st, "Please produce the records on or before March 4, 2025. Certified electronic copies may be delivered "
               "to the undersigned at naomi.beltran@ice.dhs.gov. Assistant U.S. Attorney Kathleen Darrow is assigned "
               "to the matter.", "just"),
         P(st, "Respectfully,"), SP(4),
         *lines(st, "ERIK SALCEDO\nSpecial Agent in Charge, HSI El Paso"), SP(4), P(st, "By:", "tight"), SIGN(61),
         *lines(st, "Naomi R. Beltrán\nSpecial Agent, HSI Albuquerque\n(505) 555-0139"), SP(6),
         P(st, "Enclosure: AO 93, Search and Seizure Warrant (2 pages with attachments)", "small"), PageBreak()]
    sf = St("Sans", 9.5)
    f += [P(sf, "AO 93 (Rev. 11/13) Search and Seizure Warrant", "small"), HR(0.6),
          P(sf, "UNITED STATES DISTRICT COURT", "h1"), P(sf, "for the", "center"),
          P(sf, "District of New Mexico", "h2"), SP(6),
          TWO([P(sf, "In the Matter of the Search of<br/>(Briefly describe the property to be searched or identify the "
                     "person by name and address)"), SP(4),
               P(sf, "<b>Records maintained by the New Mexico Motor Vehicle Division pertaining to Rigoberto Ibáñez "
                     "Quintana and Yesenia Paola Ibáñez</b>")],
              [SP(20), P(sf, "Case No. <b>25-MR-0317</b>")]), SP(6),
          P(sf, "SEARCH AND SEIZURE WARRANT", "h2"),
          P(sf, "To: Any authorized law enforcement officer"),
          P(sf, "An application by a federal law enforcement officer or an attorney for the government requests the "
                "search of the following person or property located in the District of New Mexico (identify the "
                "person or describe the property to be searched and give its location): <b>See Attachment A.</b>", "just"),
          P(sf, "I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize "
                "the person or property described above, and that such search will reveal (identify the person or "
                "describe the property to be seized): <b>See Attachment B.</b>", "just"),
          P(sf, "YOU ARE COMMANDED to execute this warrant on or before <u>March 4, 2025</u> (not to exceed 14 days) "
                "[X] in the daytime 6:00 a.m. to 10:00 p.m.  [ ] at any time in the day or night because good cause has "
                "been established.", "just"),
          P(sf, "Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
                "property taken to the person from whom, or from whose premises, the property was taken, or leave the "
                "copy and receipt at the place where the property was taken.", "just"),
          P(sf, "The officer executing this warrant, or an officer present during the execution of the warrant, must "
                "prepare an inventory as required by law and promptly return this warrant and inventory to "
                "<u>Hon. Laura M. Fuentes</u> (United States Magistrate Judge).", "just"),
          P(sf, "[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result "
                "listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this "
                "warrant to delay notice to the person who, or whose property, will be searched or seized.", "just"),
          SP(10),
          TWO(lines(sf, "Date and time issued:  02/18/2025  3:42 p.m.\n\nCity and state:  Albuquerque, New Mexico"),
              [SIGN(62), P(sf, "Judge's signature", "small"),
               P(sf, "Laura M. Fuentes, United States Magistrate Judge"), P(sf, "Printed name and title", "small")]),
          PageBreak(),
          P(sf, "ATTACHMENT A - Property to be searched", "h2"),
          P(sf, "Records, in whatever form maintained, of the New Mexico Taxation and Revenue Department, Motor Vehicle "
                "Division, Santa Fe, New Mexico, relating to driver licenses or identification cards issued to:", "just"),
          P(sf, "1. Rigoberto IBÁÑEZ QUINTANA, date of birth 08/11/1977, NM DL 501-223-978;<br/>"
                "2. Yesenia Paola IBÁÑEZ, date of birth 01/26/1999, NM DL 510-044-612."), SP(8),
          P(sf, "ATTACHMENT B - Items to be seized", "h2"),
          P(sf, "All records described in Attachment A that constitute evidence of violations of 18 U.S.C. §§ 1028 "
                "and 1546, for the period January 1, 2019 to present, including: (a) license and identification "
                "card applications; (b) digital photographs and signatures; (c) copies of identity and residency "
                "documents presented; (d) residential and mailing address history.", "just")]
    build_pdf(outpath("bt06", "born_digital"), f)
    return doc("bt06", "born_digital", "HSI cover letter (SAC above signing agent) + AO 93 search warrant, D.N.M.",
               req("dhs-ice-hsi", "Homeland Security Investigations", "Naomi R. Beltrán", "Special Agent",
                   "naomi.beltran@ice.dhs.gov", "(505) 555-0139"),
               [subj("Rigoberto Ibáñez Quintana", "1977-08-11", ("license", "501223978")),
                subj("Yesenia Paola Ibáñez", "1999-01-26", ("license", "510044612"))],
               ["18 USC 1028", "18 USC 1546", "18 USC 3103a", "18 USC 2705"], "judicial_warrant", "AO 93", True,
               "criminal_investigation", ["license", "photo", "identity_documents", "address"], "mail")


def bt07():
    sf = St("Serif", 10.5)
    sub = [P(sf, "U.S. Department of Justice", "center"), P(sf, "Drug Enforcement Administration", "h2"),
           HR(1.2), P(sf, "SUBPOENA", "h1"),
           TWO(lines(sf, "File No.: LR-25-0044\nG-DEP: ID1C"), lines(sf, "Subpoena No.: 25-LRRO-0117", "right")),
           SP(6),
           P(sf, "TO: Custodian of Records<br/>Arkansas Division of Workforce Services<br/>#2 Capitol Mall<br/>"
                 "Little Rock, AR 72201"), SP(4),
           P(sf, "By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED AND DIRECTED to appear before "
                 "Special Agent Brent M. Haskins, an officer of the Drug Enforcement Administration, at 10825 Financial "
                 "Centre Parkway, Suite 300, Little Rock, Arkansas, on the 27th day of March, 2025, at 10:00 a.m., to "
                 "testify and give information in connection with an investigation relating to the enforcement of the "
                 "Controlled Substances Act (21 U.S.C. § 801 et seq.).", "just"),
           P(sf, "You are further required to bring with you and produce at said time and place the following:", "just"),
           BOX(sf, "Quarterly wage records, the names and addresses of all reporting employers, and all unemployment "
                   "insurance claim records for the period January 1, 2022 to present, for:<br/><br/>"
                   "(1) Dmitri Sergeyevich VOLKOV, DOB 10/17/1981, SSN XXX-XX-0839<br/>"
                   "(2) Oksana PETRENKO-VOLKOVA, DOB 05/03/1984, SSN XXX-XX-2256"),
           SP(6),
           P(sf, "In lieu of personal appearance, you may comply by delivering certified copies of the records to the "
                 "officer named above on or before the return date.", "just"),
           P(sf, "Failure to comply with the requirements of this subpoena will render you liable to proceedings in "
                 "the United States District Court to enforce obedience to the requirements of this subpoena, and to "
                 "punish default or disobedience.", "just"),
           P(sf, "Issued under authority of Sec. 506 of Public Law 91-513 (84 Stat. 1236; 21 U.S.C. 876).", "just"),
           P(sf, "You are requested not to disclose the existence of this subpoena, as disclosure could impede the "
                 "investigation being conducted and thereby interfere with the enforcement of federal law.", "just"),
           SP(6),
           TWO(lines(sf, "Signed at Little Rock, Arkansas\nthis 6th day of March, 2025"),
               [SIGN(71), P(sf, "Jonathan P. Reiner"), P(sf, "Group Supervisor, Little Rock Resident Office", "small")])]
    pdf = pdf_bytes(sub, footer="Previous editions obsolete")
    body = """Ms. Lindqvist,

Per our phone call this afternoon, attached is a DEA administrative subpoena for quarterly wage and employer records on the two individuals below. The return date is March 27 but anything earlier is appreciated. Electronic production (PDF or Excel) to this address is fine.

  VOLKOV, Dmitri Sergeyevich - DOB 10/17/1981
  PETRENKO-VOLKOVA, Oksana - DOB 05/03/1984

Please call with any questions.

Brent Haskins
Special Agent | Drug Enforcement Administration
Little Rock Resident Office | New Orleans Field Division
O: 501-555-0115   C: 501-555-0198
"""
    m = new_msg('"Haskins, Brent M." <brent.m.haskins@dea.gov>', '"ADWS Legal" <adws.legal@arkansas.gov>',
                "Thu, 06 Mar 2025 15:20:44 -0600", "DEA Subpoena - wage records - VOLKOV / PETRENKO",
                "<BT07.250306152044.dea@dea.gov>")
    m.set_content(body)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="DEA_Subpoena_25-LRRO-0117.pdf")
    open(outpath("bt07", "eml"), "wb").write(finish_email(m, "bt07"))
    return doc("bt07", "eml", "DEA agent email with 21 USC 876 administrative subpoena PDF attached",
               req("doj-dea", "Drug Enforcement Administration", "Brent Haskins", "Special Agent",
                   "brent.m.haskins@dea.gov", "501-555-0115"),
               [subj("Dmitri Sergeyevich Volkov", "1981-10-17", ("ssn_last4", "0839")),
                subj("Oksana Petrenko-Volkova", "1984-05-03", ("ssn_last4", "2256"))],
               ["21 USC 801", "PL 91-513", "21 USC 876"], "administrative_subpoena", None, True,
               "criminal_investigation", ["wages", "employment", "claims"], "email")


def bt08():
    st = St("Serif", 10.5)
    f = [TWO(lines(st, "<b>MARION COUNTY DISTRICT ATTORNEY'S OFFICE</b>\n555 Court Street NE, Room 4110\n"
                       "P.O. Box 14500\nSalem, Oregon 97309"),
             lines(st, "GREGORY A. TILLMAN\nDistrict Attorney\n\nTelephone (503) 555-0100", "right")), HR(1.2),
         P(st, "March 18, 2025"), P(st, "<b>Via U.S. Mail</b>"),
         *lines(st, """Oregon Employment Department
Attn: Legal Services - Records Custodian
875 Union Street NE
Salem, OR 97311"""), SP(8),
         P(st, "<b>Re: State of Oregon v. Aleksander Nowicki and Brianna Kaye Tolliver<br/>"
               "Marion County Circuit Court Case No. 24CR61733</b>"),
         P(st, "Dear Records Custodian:"),
         P(st, "Enclosed is a certified copy of an Order for Production of Employment Department Records entered by "
               "the Circuit Court on March 14, 2025. The defendants are charged with Aggravated Theft in the First "
               "Degree (ORS 164.057) and Identity Theft (ORS 165.800) arising out of unemployment insurance claims "
               "filed with the Department. The investigation began when Harold J. Wendt, a Salem resident, reported "
               "that he had received a claim notice for a claim he never filed.", "just"),
         P(st, "Because ORS 657.665 restricts disclosure of Department records, the State sought and obtained the "
               "enclosed order. Please produce the records described in the Order within fourteen days to my "
               "attention. If production in electronic form is easier, records may be sent to "
               "jamsel-reyes@co.marion.or.us.", "just"),
         P(st, "Thank you for your assistance."), P(st, "Very truly yours,"), SP(4),
         P(st, "GREGORY A. TILLMAN, District Attorney", "tight"), SIGN(81),
         *lines(st, "Jacob Amsel-Reyes, OSB #145530\nDeputy District Attorney\n(503) 555-0129"), SP(6),
         P(st, "Enclosure<br/>cc: Det. Morgan Ellery, Salem Police Department", "small"), PageBreak()]
    sf = St("Serif", 11, 22)
    f += [P(sf, "IN THE CIRCUIT COURT OF THE STATE OF OREGON", "h2"), P(sf, "FOR THE COUNTY OF MARION", "h2"), SP(10),
          TWO(lines(sf, "STATE OF OREGON,\n          Plaintiff,\n     v.\nALEKSANDER NOWICKI, and\nBRIANNA KAYE TOLLIVER,\n"
                        "          Defendants."),
              lines(sf, "Case No. 24CR61733\n\nORDER FOR PRODUCTION OF\nEMPLOYMENT DEPARTMENT RECORDS")), SP(12),
          P(sf, "This matter came before the Court on the State's Motion for Production of Records. The Court, having "
                "reviewed the motion and supporting declaration, finds that the records described below are relevant "
                "and material to the prosecution of this case and that their disclosure is authorized by ORS 657.665.",
            "just"),
          P(sf, "IT IS HEREBY ORDERED that the Oregon Employment Department shall, within fourteen (14) days of service "
                "of this Order, produce to the Marion County District Attorney's Office:", "just"),
          P(sf, "(1) all unemployment insurance claim records, including initial claim applications, weekly "
                "certifications, IP address logs, payment records and bank deposit information, for claims filed by "
                "or in the name of ALEKSANDER NOWICKI, date of birth 06/02/1992, or BRIANNA KAYE TOLLIVER, date of "
                "birth 11/21/1995; and", "just"),
          P(sf, "(2) all quarterly wage records reported for either defendant from January 1, 2021 to present.", "just"),
          P(sf, "IT IS FURTHER ORDERED that the records shall be used only for purposes of this prosecution and shall "
                "be provided to defense counsel in discovery subject to a protective order.", "just"),
          P(sf, "DATED this 14th day of March, 2025."), SP(6),
          TWO(lines(sf, ""), [SIGN(82), P(sf, "Circuit Court Judge Elena R. Marsh", "tight")])]
    build_pdf(outpath("bt08", "born_digital"), f, footer="Page - ORDER FOR PRODUCTION OF RECORDS")
    return doc("bt08", "born_digital", "Oregon DDA cover letter (DA name in letterhead) + circuit court production order",
               req("district-attorney", "Marion County District Attorney's Office", "Jacob Amsel-Reyes",
                   "Deputy District Attorney", "jamsel-reyes@co.marion.or.us", "(503) 555-0129"),
               [subj("Aleksander Nowicki", "1992-06-02"), subj("Brianna Kaye Tolliver", "1995-11-21")],
               ["ORS 164.057", "ORS 165.800", "ORS 657.665"], "court_order", None, True, "criminal_investigation",
               ["claims", "wages", "other"], "mail")


def bt09():
    st = St("Serif", 11)
    f = [P(st, "Megan O. Castellanos, ISB #10377<br/>Deputy Prosecuting Attorney<br/>Ada County Prosecuting "
               "Attorney's Office<br/>200 W. Front Street, Room 3191<br/>Boise, Idaho 83702<br/>Telephone: (208) 555-0153"),
         SP(14), P(st, "IN THE DISTRICT COURT OF THE FOURTH JUDICIAL DISTRICT OF THE<br/>STATE OF IDAHO, IN AND FOR THE "
                       "COUNTY OF ADA", "h2"), SP(8),
         TWO(lines(st, "IN RE: GRAND JURY PROCEEDINGS\n\nADA COUNTY GRAND JURY\nEMPANELED JANUARY 2025"),
             lines(st, "Grand Jury No. GJ 2025-02\n\nSUBPOENA DUCES TECUM\n(GRAND JURY)")), SP(10),
         P(st, "THE STATE OF IDAHO TO: <b>Custodian of Records, Idaho Department of Health and Welfare, Division of "
               "Welfare, 450 W. State Street, Boise, ID 83720</b>"),
         P(st, "YOU ARE HEREBY COMMANDED to appear before the Ada County Grand Jury at the Ada County Courthouse, "
               "200 W. Front Street, Boise, Idaho, on the 15th day of April, 2025, at 9:00 a.m., to testify in an "
               "investigation of possible violations of Idaho Code § 56-227 (public assistance fraud) and Idaho Code "
               "§ 18-2403 (theft), and to bring with you the following:", "just"),
         BOX(st, "All records of applications for and receipt of SNAP and Medicaid benefits, including reported "
                 "household addresses and telephone numbers, from January 1, 2022 to the present, for:<br/><br/>"
                 "DUBROVSKY, Pavel Anatolyevich — DOB: 07/29/1974<br/>SAMPSON, Kendra Lee — DOB: 02/14/1981"),
         SP(6),
         P(st, "In lieu of appearance you may deliver certified copies of the records, together with the attached "
               "Declaration of Custodian, to the Deputy Prosecuting Attorney named above on or before the date set "
               "for appearance. This subpoena is issued pursuant to I.C.R. 17. Disobedience of this subpoena may be "
               "punished as a contempt of court.", "just"),
         P(st, "DATED March 21, 2025."), SP(4),
         TWO(lines(st, ""), [P(st, "CLERK OF THE DISTRICT COURT", "tight"), SIGN(91),
                             P(st, "By: T. Albrecht, Deputy Clerk", "tight")]),
         PageBreak(),
         P(st, "DECLARATION OF CUSTODIAN OF RECORDS", "h2"), SP(6),
         P(st, "I, ______________________________, declare:", "just"),
         P(st, "1. I am the duly authorized custodian of the records of the Idaho Department of Health and Welfare, "
               "or am otherwise qualified, and have authority to certify the records produced.", "just"),
         P(st, "2. The records produced are true copies of all records described in the Subpoena Duces Tecum issued "
               "in Grand Jury No. GJ 2025-02, were prepared by personnel of the Department in the ordinary course of "
               "business at or near the time of the act, condition or event recorded.", "just"),
         P(st, "I declare under penalty of perjury pursuant to the law of the State of Idaho that the foregoing is "
               "true and correct.", "just"), SP(20),
         TWO(lines(st, "_________________________\nDate"), lines(st, "_________________________\nSignature"))]
    build_pdf(tmp_pdf("bt09"), f, footer="SUBPOENA DUCES TECUM (GRAND JURY) - Page")
    save_scanned(tmp_pdf("bt09"), outpath("bt09", "scanned"), 200, 909, bg=230)
    return doc("bt09", "scanned", "Idaho state grand jury subpoena duces tecum, clerk-signed, DPA caption block",
               req("district-attorney", "Ada County Prosecuting Attorney's Office", "Megan O. Castellanos",
                   "Deputy Prosecuting Attorney", None, "(208) 555-0153"),
               [subj("Pavel Anatolyevich Dubrovsky", "1974-07-29"), subj("Kendra Lee Sampson", "1981-02-14")],
               ["ID Code 56-227", "ID Code 18-2403", "ID CrimP 17"], "grand_jury_subpoena", None, True,
               "criminal_investigation", ["benefits", "address", "phone"], "mail")


def bt10():
    st = St("Serif", 10.5)
    cover = [P(st, "MISSOULA POLICE DEPARTMENT", "h1"), P(st, "Detective Division", "center"), HR(),
             P(st, "FAX", "h1"), SP(6),
             KV(st, [("Date", "3/25/2025"), ("To", "MVD Records & Driver Control Bureau"), ("Fax", "(406) 555-0107"),
                     ("From", "Det. Luka Kovačević #412"), ("Return fax", "(406) 555-0166"),
                     ("No. of pages incl. cover", "2")], widths=(1.8 * inch, 4.2 * inch)), SP(10),
             P(st, "Comments: Request letter attached. Please call me when you have it and I'll confirm the fax # on my end."),
             PageBreak()]
    letter_ = [TWO(lines(st, "<b>MISSOULA POLICE DEPARTMENT</b>\n435 Ryman Street\nMissoula, Montana 59802"),
                   lines(st, "JAIME R. ORDÓÑEZ\nChief of Police", "right")), HR(1.2),
               P(st, "25 March 2025"),
               *lines(st, """Montana Department of Justice
Motor Vehicle Division
Records & Driver Control Bureau
P.O. Box 201430
Helena, MT 59620-1430"""), SP(8),
               P(st, "<b>RE: Request for DL photographs, addresses and registrations - MPD Case 2025-00918</b>"),
               P(st, "To whom it may concern,"),
               P(st, "The Missoula Police Department Detective Division is investigating an aggravated assault (Mont. "
                     "Code Ann. § 45-5-202) that occurred on March 22, 2025. The victim, Ms. Kaylee Arbogast, and an "
                     "independent witness have provided descriptions of two suspects. I am requesting the current "
                     "driver license photograph, address of record and all vehicle registrations for the following "
                     "persons:", "just"),
               GRID(st, [["Name", "DOB", "MT DL #"],
                         ["Tyler James Brockmann", "1998-05-09", "0319805091201"],
                         ["Sinh Van Tran", "1993-01-17", "unknown"]], [2.6 * inch, 1.4 * inch, 1.8 * inch]), SP(8),
               P(st, "This request is made for a law enforcement purpose as permitted under 18 U.S.C. § 2721(b)(1) "
                     "and Mont. Code Ann. § 61-11-507. Please fax results to (406) 555-0166 or e-mail "
                     "lkovacevic@ci.missoula.mt.us.", "just"),
               P(st, "Respectfully,"), SIGN(101),
               *lines(st, "Luka Kovačević\nDetective, Missoula Police Department\n(406) 555-0165")]
    build_pdf(tmp_pdf("bt10"), cover + letter_)
    save_fax(tmp_pdf("bt10"), outpath("bt10", "fax"), 1010,
             header=lambda p, n: "MAR-25-2025 11:02   MISSOULA PD DET DIV   4065550166        P.%d/%d" % (p, n))
    return doc("bt10", "fax", "municipal detective fax cover + letter, chief named in letterhead, victim named",
               req("local-police", "Missoula Police Department", "Luka Kovačević", "Detective",
                   "lkovacevic@ci.missoula.mt.us", "(406) 555-0165"),
               [subj("Tyler James Brockmann", "1998-05-09", ("license", "0319805091201")),
                subj("Sinh Van Tran", "1993-01-17")],
               ["MCA 45-5-202", "18 USC 2721", "MCA 61-11-507"], "none", None, False, "criminal_investigation",
               ["photo", "address", "vehicle"], "fax")


def bt11():
    body = """FYI - this landed in my inbox instead of the records box. Can someone on your team take it? He says it's time sensitive.

Thanks,
Jolene

Jolene Pfeifer
Benefits Integrity Unit | Wyoming Department of Workforce Services
(307) 555-0111

---------- Forwarded message ---------
From: Schaefer, Garrett <garrett.schaefer@wyo.gov>
Date: Fri, Apr 25, 2025 at 4:48 PM
Subject: wage/employer request - DCI case 25-0212
To: Jolene Pfeifer <jolene.pfeifer@wyo.gov>


Jolene,

Got your name from Sgt. Maddox at Laramie Co. SO. I'm working a felony theft / embezzlement case (W.S. 6-3-402) out of a Cheyenne property management company and need the most recent employer and quarterly wages reported for:

IBARRA DE LA CRUZ, Rosa Elvira    DOB 09-14-1979    WY DL 118-294-407

and whether she has drawn any UI since January 2024. Can you point me to the right person if it isn't you?

Thanks,
Garrett Schaefer
Special Agent
Wyoming Division of Criminal Investigation
208 S. College Dr., Cheyenne, WY 82007
Office 307-555-0196
"""
    m = new_msg('"Jolene Pfeifer" <jolene.pfeifer@wyo.gov>', '"DWS UI Records" <dws-uirecords@wyo.gov>',
                "Mon, 28 Apr 2025 09:03:27 -0600", "Fwd: wage/employer request - DCI case 25-0212",
                "<CAF7bt11x0Q=fwd@mail.gmail.com>")
    m.set_content(body)
    open(outpath("bt11", "eml"), "wb").write(finish_email(m, "bt11"))
    return doc("bt11", "eml", "state agency colleague forwards (inline) a state DCI agent's wage request",
               req("state-police", "Wyoming Division of Criminal Investigation", "Garrett Schaefer", "Special Agent",
                   "garrett.schaefer@wyo.gov", "307-555-0196"),
               [subj("Rosa Elvira Ibarra de la Cruz", "1979-09-14", ("license", "118294407"))],
               ["WS 6-3-402"], "none", None, False, "criminal_investigation", ["employment", "wages", "claims"],
               "email")


def bt12():
    sf = St("Sans", 9.5)
    f = [TWO(lines(sf, "<b>DEPARTMENT OF HOMELAND SECURITY</b>\nU.S. Immigration and Customs Enforcement"),
             lines(sf, "<b>IMMIGRATION ENFORCEMENT SUBPOENA</b>\n(To Appear and/or Produce Records)", "right")), HR(1.5),
         KV(sf, [("Subpoena No.", "ERO-DEN-2025-00163"), ("File No.", "A 241 056 719"),
                 ("In the Matter of", "GÓMEZ HERRERA, María de la Cruz")], widths=(1.6 * inch, 4.9 * inch)), SP(6),
         P(sf, "To: <b>Custodian of Records<br/>Colorado Department of Revenue, Division of Motor Vehicles<br/>"
               "1881 Pierce Street, Lakewood, CO 80214</b>"),
         P(sf, "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to:  [ ] appear   "
               "[X] produce the records specified below  before the Immigration Officer named below, at the Denver "
               "Field Office, 12445 E. Caley Avenue, Centennial, CO 80111, on <b>April 14, 2025</b> at <b>10:00 a.m.</b>, "
               "in connection with an investigation or inquiry relating to the enforcement of the Immigration and "
               "Nationality Act, including the admissibility or removability of the person named above.", "just"),
         P(sf, "<b>Records to be produced:</b>"),
         BOX(sf, "All records pertaining to GÓMEZ HERRERA, María de la Cruz, date of birth 1985-02-27, including "
                 "driver license and identification card applications and issuance history, photographs, residential "
                 "and mailing addresses, and vehicle registrations, for the period 01/01/2019 to present."),
         SP(6),
         P(sf, "Records may be produced by mail or electronically to Deportation Officer Luis Caballero, "
               "luis.caballero@ice.dhs.gov, in lieu of appearance.", "just"),
         P(sf, "<b>Authority.</b> This subpoena is issued under Section 235(d)(4)(A) of the Immigration and Nationality "
               "Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4.", "just"),
         P(sf, "<b>Failure to comply.</b> In case of refusal to obey this subpoena, the issuing officer may apply to a "
               "United States District Court for an order requiring compliance, and any failure to obey such order "
               "of the court may be punished by the court as a contempt thereof (8 U.S.C. § 1225(d)(4)(B)).", "just"),
         SP(6),
         KV(sf, [("Issuing Officer (signature)", ""), ("Name", "Andrea M. Sokolowski"),
                 ("Title", "Assistant Field Office Director, ERO Denver"), ("Date issued", "03/31/2025"),
                 ("Telephone", "(303) 555-0122"), ("E-mail", "andrea.sokolowski@ice.dhs.gov")],
            widths=(2.0 * inch, 4.5 * inch)),
         SP(4), SIGN(121), PageBreak(),
         P(sf, "CERTIFICATE OF SERVICE", "h2"),
         P(sf, "I certify that I served this subpoena on ______________________ on ___________ by:  "
               "[ ] personal delivery   [X] certified mail, return receipt requested   [ ] other: ________", "just"),
         SP(14), TWO(lines(sf, "_______________________\nSignature"), lines(sf, "_______________________\nTitle")),
         SP(16), P(sf, "PRIVACY ACT STATEMENT", "h3"),
         P(sf, "Authority: the information requested is collected under the authority of the Immigration and "
               "Nationality Act. Purpose: to obtain records relevant to the administration and enforcement of the "
               "immigration laws. Disclosure of the information requested is mandatory.", "small")]
    build_pdf(outpath("bt12", "born_digital"), f, footer="DHS Form I-138")
    return doc("bt12", "born_digital", "ICE Immigration Enforcement Subpoena (I-138 style) with district-court enforcement clause",
               req("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, ERO Denver", "Andrea M. Sokolowski",
                   "Assistant Field Office Director", "andrea.sokolowski@ice.dhs.gov", "(303) 555-0122"),
               [subj("María de la Cruz Gómez Herrera", "1985-02-27", ("a_number", "A241056719"))],
               ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True,
               "civil_immigration", ["license", "photo", "address", "vehicle"], "mail")


def bt13():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>U.S. Customs and Border Protection, Office of Field Operations, Miami International Airport, requests verification
of the Florida driver license record for the traveler below. The subject presented at secondary inspection on
05/19/2025 and offered a Florida driver license as evidence of U.S. residence in support of his application for
admission. CBP is evaluating admissibility under INA &sect; 212(a)(6)(C)(i).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>&#272;&#7862;NG, V&#259;n Minh</td></tr>
<tr><td><b>DOB</b></td><td>1992-08-08</td></tr>
<tr><td><b>FL DL</b></td><td>D523-781-92-288-0</td></tr>
<tr><td><b>Passport</b></td><td>C4418203 (VNM)</td></tr>
</table>
<p>Please confirm whether the license is valid, the address of record, and the issuance history (original issue date
and any duplicates). This request is made for official use under the authority of 8 U.S.C. &sect; 1357.</p>
<p>Respectfully,</p>
<p><b>CBPO Adriana Morales</b><br>
CBP Officer (Enforcement) | Admissibility Enforcement Unit<br>
U.S. Customs and Border Protection | Office of Field Operations<br>
Miami International Airport, Miami, FL<br>
Desk: 305-555-0178 | adriana.morales@cbp.dhs.gov</p>
<p style="font-size:8pt;color:#666">WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains
information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).</p>
</body></html>
"""
    m = new_msg('"MORALES, ADRIANA (OFO)" <adriana.morales@cbp.dhs.gov>',
                "FLHSMV LE Records <le.records@flhsmv.gov>", "Tue, 20 May 2025 13:34:09 -0400",
                "Request - DL verification - secondary inspection MIA",
                "<BT13.9a2c41@CBPMAIL.cbp.dhs.gov>")
    m.set_content(html, subtype="html")
    open(outpath("bt13", "eml"), "wb").write(finish_email(m, "bt13"))
    return doc("bt13", "eml", "CBP OFO HTML-only email, admissibility check, Vietnamese name with diacritics",
               req("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations", "Adriana Morales",
                   "CBP Officer (Enforcement)", "adriana.morales@cbp.dhs.gov", "305-555-0178"),
               [subj("Văn Minh Đặng", "1992-08-08", ("license", "D523781922880"), ("other", "C4418203"))],
               ["INA 212", "8 USC 1357", "5 USC 552"], "none", None, False, "civil_immigration",
               ["license", "address"], "email")


def bt14():
    txt = """From: Dawson, Wesley (KSP) <wesley.dawson@ky.gov>
Sent: Thursday, June 5, 2025 7:48 AM
To: KYTC DL Law Enforcement <KYTC.DL.LawEnf@ky.gov>
Subject: RE: records request - KSP Post 7

Case # is 07-25-0441. It's a theft by unlawful taking over $1,000 (KRS 514.030) and receiving stolen property (KRS 514.110) - a 20' equipment trailer and a skid steer taken from a job site in Berea. The two men below were seen on a neighbor's camera loading it. I need current address on file and DL photos for both. Law enforcement exemption under the DPPA, 18 USC 2721(b)(1).

   HOLLOWAY, Dustin Ray      DOB 3/11/1989    KY OL# H04-183-725
   ABDI, Hassan Mohamed      DOB 8/30/1997    (no OL# - may have a KY ID)

Appreciate it.

Tpr. Wesley Dawson #1187
Kentucky State Police, Post 7 - Richmond
859-555-0131

-----Original Message-----
From: KYTC DL Law Enforcement <KYTC.DL.LawEnf@ky.gov>
Sent: Wednesday, June 4, 2025 3:12 PM
To: Dawson, Wesley (KSP) <wesley.dawson@ky.gov>
Subject: RE: records request - KSP Post 7

Trooper Dawson,

We received your request for driver photos. Before we can process it, please reply with your agency case number and the offense being investigated. Requests are processed in accordance with the Driver's Privacy Protection Act.

Thank you,
L. Garrison
Records Section, Division of Driver Licensing
Kentucky Transportation Cabinet

-----Original Message-----
From: Dawson, Wesley (KSP) <wesley.dawson@ky.gov>
Sent: Wednesday, June 4, 2025 1:40 PM
To: KYTC DL Law Enforcement <KYTC.DL.LawEnf@ky.gov>
Subject: records request - KSP Post 7

Need photos and addresses on two subjects, theft case. Will send names. - Tpr Dawson
"""
    open(outpath("bt14", "txt"), "w", encoding="utf-8").write(txt)
    return doc("bt14", "txt", "Outlook reply thread saved as text; trooper answers clerk's follow-up question",
               req("state-police", "Kentucky State Police", "Wesley Dawson", "Trooper", "wesley.dawson@ky.gov",
                   "859-555-0131"),
               [subj("Dustin Ray Holloway", "1989-03-11", ("license", "H04183725")),
                subj("Hassan Mohamed Abdi", "1997-08-30")],
               ["KRS 514.030", "KRS 514.110", "18 USC 2721"], "none", None, False, "criminal_investigation",
               ["address", "photo"], "email")


def detainer_form(sf, kind, d):
    """I-247A or I-247N body. d: dict of fields."""
    title = {"A": "IMMIGRATION DETAINER - NOTICE OF ACTION",
             "N": "REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN"}[kind]
    f = [TWO(lines(sf, "<b>DEPARTMENT OF HOMELAND SECURITY</b>"), lines(sf, "<b>%s</b>" % title, "right"),
             widths=(2.6 * inch, 4.3 * inch)), HR(1.5),
         GRID(sf, [["Subject ID: %s" % d["sid"], "Event #: %s" % d["event"], "File No: %s" % d["file"]]],
              [2.2 * inch, 2.5 * inch, 2.2 * inch], header=False),
         P(sf, "Date: %s" % d["date"], "right"),
         KV(sf, [("TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)", d["to"]),
                 ("FROM: (Department of Homeland Security Office Address)", d["from"])],
            widths=(2.6 * inch, 4.3 * inch)),
         GRID(sf, [["Name of Alien: " + d["name"], "Date of Birth: " + d["dob"]],
                   ["Citizenship: " + d["nat"], "Sex: " + d["sex"]]], [4.3 * inch, 2.6 * inch], header=False), SP(6)]
    if kind == "A":
        f += [P(sf, "<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
                    "DETERMINATION IS BASED ON (complete box 1 or 2).</b>", "just"),
              P(sf, "[ ] A final order of removal against the alien;<br/>[ ] The pendency of ongoing removal proceedings "
                    "against the alien;<br/>[X] Biometric confirmation of the alien's identity and a records check of "
                    "federal databases that affirmatively indicate, by themselves or in addition to other reliable "
                    "information, that the alien either lacks immigration status or notwithstanding such status is "
                    "removable under U.S. immigration law; and/or<br/>[ ] Statements made by the alien to an "
                    "immigration officer and/or other reliable evidence that affirmatively indicate the alien either "
                    "lacks immigration status or notwithstanding such status is removable under U.S. immigration law."),
              P(sf, "<b>2. [ ] DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION.</b>"),
              P(sf, "<b>IT IS THEREFORE REQUESTED THAT YOU:</b>"),
              P(sf, "• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released "
                    "from your custody. Please notify DHS by calling [X] U.S. Immigration and Customs Enforcement (ICE) "
                    "or [ ] U.S. Customs and Border Protection (CBP) at %s. If you cannot reach an official at the "
                    "number(s) provided, please contact the Law Enforcement Support Center at (802) 555-0100.<br/>"
                    "• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she "
                    "would otherwise have been released from your custody to allow DHS to assume custody.<br/>"
                    "• Relay this detainer to any other law enforcement agency to which you transfer custody of the "
                    "alien.<br/>• Notify this office in the event of the alien's death, hospitalization or transfer to "
                    "another institution." % d["phone"], "just"),
              P(sf, "[ ] If checked: please cancel the detainer related to this alien previously submitted to you on "
                    "________ (date)."),
              ]
        auth = ("This detainer arises from DHS authorities and should not impact decisions about the alien's bail, "
                "rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or "
                "other matters. The alien must be served with a copy of this form for the detainer to take effect. "
                "This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and "
                "8 C.F.R. 287.7.")
    else:
        f += [P(sf, "<b>THE ALIEN IS SUSPECTED OF BEING A REMOVABLE ALIEN WHO IS A PRIORITY FOR REMOVAL.</b> DHS has "
                    "reason to believe the alien is removable based on: [X] a record check of federal databases; "
                    "[ ] statements made by the alien to an immigration officer.", "just"),
              P(sf, "<b>IT IS REQUESTED THAT YOU:</b>"),
              P(sf, "• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is "
                    "released from your custody, by calling %s, and provide the alien's scheduled release date and "
                    "time and, if known, the address to which the alien will be released.<br/>"
                    "• This request for notification does not request or authorize that you detain the subject beyond "
                    "the time he or she is currently scheduled for release from your custody." % d["phone"], "just")]
        auth = ("This request is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and "
                "8 C.F.R. §§ 236.1 and 287.7. It does not constitute a detainer.")
    f += [SP(8), TWO([SIGN(d["seed"]), P(sf, "(Signature of Immigration Officer)", "small")],
                     [P(sf, d["officer"]), P(sf, "(Name and Title of Immigration Officer)", "small")]),
          SP(8), BOX(sf, auth, width=6.9 * inch, style="small"), SP(6),
          P(sf, "<b>Notice to the alien:</b> DHS intends to assume custody of you. If you believe you are a United "
                "States citizen or the victim of a crime, please advise DHS by calling the ICE Law Enforcement Support "
                "Center toll free at (855) 555-0199.", "small")]
    return f


def bt15():
    sf = St("Sans", 9)
    cover = [P(sf, "U.S. Immigration and Customs Enforcement", "h2"),
             P(sf, "Enforcement and Removal Operations - Washington Field Office", "center"),
             P(sf, "Criminal Apprehension Program", "center"), HR(), P(sf, "FAX COVER SHEET", "h1"), SP(6),
             KV(sf, [("TO", "Virginia Department of Corrections - Court & Legal Services / Central Classification"),
                     ("FAX", "(804) 555-0170"), ("FROM", "Ricardo Fonseca, Deportation Officer"),
                     ("PHONE", "(703) 555-0150"), ("DATE", "06/10/2025"), ("PAGES", "2"),
                     ("RE", "Detainer - MEJÍA ALVARADO, Wilmer Antonio - VADOC #1893347")]), SP(10),
             P(sf, "Please lodge the attached detainer and acknowledge receipt by returning a signed copy. "
                   "Notify ERO at least 48 hours prior to release."), SP(100),
             P(sf, "This facsimile contains law enforcement sensitive information intended only for the addressee.", "small"),
             PageBreak()]
    f = detainer_form(sf, "A", dict(sid="384920117", event="WAS2506000412", file="210-884-356", date="06/10/2025",
                                    to="Virginia Department of Corrections, Greensville Correctional Center, Jarratt, VA",
                                    frm=None, **{"from": "ICE ERO Washington Field Office, 14797 Murdock Street, Chantilly, VA 20151"},
                                    name="MEJÍA ALVARADO, Wilmer Antonio", dob="01/23/1990", nat="Honduras",
                                    sex="M", phone="(703) 555-0150", officer="Ricardo Fonseca, Deportation Officer",
                                    seed=151))
    build_pdf(tmp_pdf("bt15"), cover + f, footer="DHS Form I-247A (3/17)", margins=0.8)
    save_fax(tmp_pdf("bt15"), outpath("bt15", "fax"), 1515,
             header=lambda p, n: "06/10/2025 16:22 FAX 7035550151   ICE ERO WFO CAP        P.%03d/%03d" % (p, n))
    return doc("bt15", "fax", "ERO fax cover + I-247A immigration detainer to state DOC",
               req("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Washington Field Office",
                   "Ricardo Fonseca", "Deportation Officer", None, "(703) 555-0150"),
               [subj("Wilmer Antonio Mejía Alvarado", "1990-01-23", ("a_number", "A210884356"),
                     ("other", "1893347"), ("other", "384920117"))],
               ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", False, "civil_immigration",
               ["other"], "fax")


def bt16():
    st = St("Serif", 10.5)
    f = [P(st, "U.S. Department of Justice", "h2"),
         TWO(lines(st, "United States Attorney\nDistrict of Kansas"), lines(st, "", "right")), HR(1.2),
         TWO(lines(st, "<i>Douglas R. Hempel</i>\nActing United States Attorney", "small"),
             lines(st, "500 State Avenue, Suite 360\nKansas City, Kansas 66101\n(913) 555-0100", "small")), SP(10),
         P(st, "April 7, 2025", "right"), P(st, "<b>BY CERTIFIED MAIL</b>"),
         *lines(st, """Office of General Counsel
Kansas Department of Labor
401 SW Topeka Boulevard
Topeka, KS 66603"""), SP(8),
         P(st, "<b>Re: Federal Grand Jury Subpoena No. 25-GJ-0118-KC</b>"),
         P(st, "Dear Custodian of Records:"),
         P(st, "Enclosed is a subpoena issued by a federal grand jury sitting in Kansas City, Kansas. In lieu of "
               "appearing before the grand jury on the date shown, you may comply by producing the records described "
               "in Attachment A, together with the enclosed certification under Fed. R. Evid. 902(11), to Special "
               "Agent Hollis Mbeki, Federal Bureau of Investigation, who is assisting in this matter.", "just"),
         P(st, "Although the secrecy obligations of Fed. R. Crim. P. 6(e) do not apply to witnesses, we ask that you "
               "not disclose the existence of this subpoena, as disclosure could impede an ongoing criminal "
               "investigation.", "just"),
         P(st, "If you have any questions, please contact me at (913) 555-0104 or meredith.szabo@usdoj.gov."),
         P(st, "Sincerely,"), SP(2), P(st, "DOUGLAS R. HEMPEL<br/>Acting United States Attorney", "tight"), SIGN(161),
         *lines(st, "Meredith K. Szabo\nAssistant United States Attorney"), SP(6),
         P(st, "Enclosures", "small"), PageBreak()]
    sf = St("Sans", 9.5)
    f += [P(sf, "AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", "small"), HR(0.6),
          P(sf, "UNITED STATES DISTRICT COURT", "h1"), P(sf, "for the", "center"), P(sf, "District of Kansas", "h2"),
          SP(6), P(sf, "SUBPOENA TO TESTIFY BEFORE A GRAND JURY", "h2"), SP(4),
          P(sf, "To: <b>Custodian of Records, Kansas Department of Labor, 401 SW Topeka Blvd., Topeka, KS 66603</b>"),
          P(sf, "YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown "
                "below to testify before the court's grand jury. When you arrive, you must remain at the court until "
                "the judge or a court officer allows you to leave.", "just"),
          GRID(sf, [["Place: Robert J. Dole U.S. Courthouse\n500 State Avenue, Kansas City, KS 66101",
                     "Date and Time: 04/29/2025 9:00 am"], ["Grand Jury Room 3", ""]],
               [4.3 * inch, 2.5 * inch], header=False), SP(6),
          P(sf, "You must also bring with you the following documents, electronically stored information, or objects "
                "(blank if not applicable): <b>See Attachment A.</b>", "just"), SP(10),
          TWO(lines(sf, "Date: 04/07/2025"), [P(sf, "CLERK OF COURT", "tight"), SIGN(162),
                                            P(sf, "Signature of Clerk or Deputy Clerk", "small")]), SP(10),
          P(sf, "The name, address, e-mail, and telephone number of the United States attorney, or assistant United "
                "States attorney, who requests this subpoena, are:", "just"),
          P(sf, "Meredith K. Szabo, AUSA, 500 State Avenue, Suite 360, Kansas City, KS 66101, "
                "meredith.szabo@usdoj.gov, (913) 555-0104"), PageBreak(),
          P(sf, "ATTACHMENT A", "h2"), P(sf, "Grand Jury Subpoena No. 25-GJ-0118-KC", "center"), SP(6),
          P(sf, "For the period January 1, 2022 through the date of this subpoena, produce all quarterly wage records, "
                "employer names and addresses, and unemployment insurance claim records (including claim applications "
                "and payment histories) for the following individuals:", "just"),
          GRID(sf, [["Name", "DOB", "SSN (last 4)"], ["Javier Alonso Peña-Ruiz", "12/01/1987", "5518"],
                    ["Crystal Ann Vo", "06/18/1991", "0042"], ["Mohamed Abdullahi Yusuf", "02/09/1984", "7763"]],
               [3.0 * inch, 1.5 * inch, 1.5 * inch]), SP(8),
          P(sf, "Records may be produced electronically. Please complete the enclosed certification of domestic records "
                "of regularly conducted activity (Fed. R. Evid. 902(11)).", "just")]
    build_pdf(outpath("bt16", "born_digital"), f)
    return doc("bt16", "born_digital", "AUSA cover letter (acting USA name above signer) + AO 110 grand jury subpoena, 3 subjects",
               req("doj-usao", "United States Attorney, District of Kansas", "Meredith K. Szabo",
                   "Assistant United States Attorney", "meredith.szabo@usdoj.gov", "(913) 555-0104"),
               [subj("Javier Alonso Peña-Ruiz", "1987-12-01", ("ssn_last4", "5518")),
                subj("Crystal Ann Vo", "1991-06-18", ("ssn_last4", "0042")),
                subj("Mohamed Abdullahi Yusuf", "1984-02-09", ("ssn_last4", "7763"))],
               ["FRE 902", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
               ["wages", "employment", "claims"], "mail")


def bt17():
    sf = St("Serif", 10.5)
    f = [P(sf, "U.S. Department of Homeland Security", "center"), P(sf, "WARRANT OF REMOVAL/DEPORTATION", "h1"), SP(8),
         TWO(lines(sf, ""), lines(sf, "File No:  A087 552 903\nDate:  02/11/2025", "right")), SP(8),
         P(sf, "To any immigration officer of the United States Department of Homeland Security:"), SP(4),
         P(sf, "<u>Bartosz Jan KOWALCZYK</u>", "center"), P(sf, "(Full name of alien to be removed/deported)", "center"),
         SP(4),
         P(sf, "who entered the United States at <u>Chicago, IL</u> on <u>06/15/2004</u>", "center"),
         P(sf, "(Place of entry)                    (Date of entry)", "center"), SP(4),
         P(sf, "is subject to removal/deportation from the United States, based upon a final order by:"),
         P(sf, "[X] an immigration judge in exclusion, deportation, or removal proceedings<br/>"
               "[ ] a designated official<br/>[ ] the Board of Immigration Appeals<br/>"
               "[ ] a United States District or Magistrate Court Judge"),
         P(sf, "and pursuant to the following provisions of the Immigration and Nationality Act:"),
         P(sf, "<u>Section 237(a)(1)(B)</u>"), SP(4),
         P(sf, "I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
               "Secretary of Homeland Security under the laws of the United States and by his or her direction, "
               "command you to take into custody and remove from the United States the above-named alien, pursuant "
               "to law, at the expense of:", "just"),
         P(sf, "<u>the appropriation \"Enforcement and Removal Operations, 2025\"</u>"), SP(14),
         TWO([SIGN(171), P(sf, "(Signature of immigration officer)", "small"),
              P(sf, "Field Office Director", "tight"), P(sf, "(Title of immigration officer)", "small")],
             [SP(20), P(sf, "Baltimore, MD  02/11/2025", "tight"), P(sf, "(Date and office location)", "small")]),
         SP(30), P(sf, "Form I-205 (Rev. 08/01/07)", "small")]
    build_pdf(tmp_pdf("bt17"), f)
    rng = np.random.default_rng(1717)
    pg = rasterize(tmp_pdf("bt17"), 170)[0]
    im = degrade(pg, rng, angle=-1.4, bg=222, noise=6, jpeg_q=62, specks=300)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=62)
    body = """Hello,

Our office has a final order of removal for the subject below and we are attempting to locate him. Attached is his Warrant of Removal/Deportation (I-205). Could you please provide his current residential address, any phone number on file, and any vehicles registered to him?

Subject:  KOWALCZYK, Bartosz Jan
DOB:      1979-04-04
A#:       A 087 552 903
MD DL:    K-325-617-028-940

Thank you for your assistance.

Hanna Tesfaye
Deportation Officer - Fugitive Operations Team
ICE ERO Baltimore Field Office
31 Hopkins Plaza, Baltimore, MD 21201
(410) 555-0188
"""
    m = new_msg('"Tesfaye, Hanna" <hanna.tesfaye@ice.dhs.gov>', "MVA Investigative Records <mva.records@mdot.maryland.gov>",
                "Wed, 12 Feb 2025 10:41:53 -0500", "Request for current address - final order subject",
                "<BT17.SN6PR09MB@ice.dhs.gov>")
    m.set_content(body)
    m.add_attachment(buf.getvalue(), maintype="image", subtype="jpeg", filename="I205_KOWALCZYK_scan.jpg")
    open(outpath("bt17", "eml"), "wb").write(finish_email(m, "bt17"))
    return doc("bt17", "eml", "ERO fugitive-ops email with photographed I-205 attached as JPEG",
               req("dhs-ice-ero", "ICE ERO Baltimore Field Office", "Hanna Tesfaye", "Deportation Officer",
                   "hanna.tesfaye@ice.dhs.gov", "(410) 555-0188"),
               [subj("Bartosz Jan Kowalczyk", "1979-04-04", ("a_number", "A087552903"),
                     ("license", "K325617028940"))],
               ["INA 237"], "administrative_warrant", "I-205", True, "civil_immigration",
               ["address", "phone", "vehicle"], "email")


def bt18():
    st = St("Serif", 10.5)
    f = [P(st, "SUBPOENA DUCES TECUM (CRIMINAL)", "h1"),
         P(st, "Commonwealth of Virginia    Va. Code § 19.2-267; Rule 3A:12(b)", "center"), HR(),
         P(st, "VIRGINIA: IN THE CIRCUIT COURT OF THE CITY OF RICHMOND", "h2"), SP(6),
         TWO(lines(st, "COMMONWEALTH OF VIRGINIA\n     v.\nDeANDRE LAMONT PRICE, Defendant"),
             lines(st, "Case No. CR25-000412-00\nHearing/Trial Date: May 27, 2025")), SP(8),
         P(st, "TO ANY AUTHORIZED OFFICER: You are commanded to summon"),
         BOX(st, "Custodian of Records<br/>Virginia Employment Commission<br/>6606 West Broad Street<br/>"
                 "Richmond, Virginia 23230"),
         SP(6),
         P(st, "to produce the following documents, papers, or tangible things to the Clerk of this Court, John Marshall "
               "Courts Building, 400 North Ninth Street, Richmond, Virginia, on or before <b>May 19, 2025 at 9:00 "
               "a.m.</b>:", "just"),
         P(st, "All unemployment insurance claim records, including initial and continued claims, payment history and "
               "claimant address records, and all employer-reported quarterly wage records (Q1 2023 through Q1 2025), "
               "for DeANDRE LAMONT PRICE, date of birth September 2, 1994, SSN ending 7720.", "just"),
         P(st, "The defendant is charged with obtaining money by false pretenses in violation of Va. Code § 18.2-178. "
               "The Commission may produce records notwithstanding Va. Code § 60.2-114 upon service of this subpoena.",
           "just"),
         P(st, "Requested by: <b>Olivia M. Carrington, VSB No. 89311</b>, Assistant Commonwealth's Attorney, Office of "
               "the Commonwealth's Attorney for the City of Richmond, 400 North Ninth Street, Room 300, Richmond, VA "
               "23219, (804) 555-0145, ocarrington@rva.gov", "just"),
         P(st, "Counsel for defendant: Samuel Okereke, Esq., (804) 555-0160 (copy of this subpoena provided).", "small"),
         SP(8),
         TWO(lines(st, "April 22, 2025\nDATE ISSUED"),
             [P(st, "Harriet N. Goode, CLERK", "tight"), SP(2), P(st, "by", "tight"), SIGN(181),
              P(st, "D. Lyons, DEPUTY CLERK", "tight")]),
         PageBreak(),
         P(st, "RETURN OF SERVICE", "h2"),
         P(st, "Executed on ______________, 2025 by delivering a copy of this subpoena duces tecum to the person named "
               "above in person / by posting / by certified mail. (circle one)", "just"), SP(20),
         TWO(lines(st, "___________________________\nSheriff / Deputy Sheriff"), lines(st, "___________________________\nDate")),
         SP(20), P(st, "NOTICE TO RECIPIENT", "h3"),
         P(st, "If you are not a party to this case, you may deliver the requested items to the Clerk with a cover "
               "letter referencing the case number in lieu of appearing. Do not send records directly to the attorney "
               "who requested the subpoena unless the Court so directs.", "small")]
    build_pdf(outpath("bt18", "born_digital"), f, footer="Virginia Circuit Court - Subpoena Duces Tecum (Criminal)")
    return doc("bt18", "born_digital", "Virginia circuit court criminal subpoena duces tecum requested by ACA, defense counsel named",
               req("district-attorney", "Office of the Commonwealth's Attorney for the City of Richmond",
                   "Olivia M. Carrington", "Assistant Commonwealth's Attorney", "ocarrington@rva.gov",
                   "(804) 555-0145"),
               [subj("DeAndre Lamont Price", "1994-09-02", ("ssn_last4", "7720"))],
               ["VA Code 19.2-267", "VA R 3A:12", "VA Code 18.2-178", "VA Code 60.2-114"], "court_subpoena", None,
               True, "criminal_investigation", ["claims", "address", "wages"], "mail")


def bt19():
    st = St("Serif", 11)
    w = [P(st, "STATE OF GEORGIA", "center"), P(st, "COUNTY OF COBB", "center"),
         P(st, "MAGISTRATE COURT OF COBB COUNTY", "h2"), SP(4), P(st, "SEARCH WARRANT", "h1"),
         P(st, "Warrant No. 25-W-03318", "center"), SP(8),
         P(st, "TO ANY SHERIFF, DEPUTY SHERIFF, CORONER, CONSTABLE, MARSHAL, POLICE OFFICER, OR OTHER LAW ENFORCEMENT "
               "OFFICER OF THIS STATE, GREETINGS:", "just"),
         P(st, "Affidavit having been made before me by Detective Kendrick A. Boateng, Marietta Police Department, "
               "that he has probable cause to believe that at the premises of the Georgia Department of Driver "
               "Services, 2206 East View Parkway, Conyers, Georgia 30013, there is now being concealed certain "
               "property, namely: digitized driver license photographs, license application documents (including "
               "copies of identity documents submitted), and residential address history, pertaining to LUIS "
               "FERNANDO MARTÍNEZ-OCHOA (DOB 10/30/1995, GA DL 058221947) and TASHA RENEE HARGROVE (DOB 07/07/1988, "
               "GA DL 043775102), which constitute evidence of the crime of Aggravated Assault, O.C.G.A. § 16-5-21.",
           "just"),
         P(st, "I am satisfied that there is probable cause to believe that the property so described is being concealed "
               "on the premises above described and that the foregoing grounds for issuance of the search warrant "
               "exist, pursuant to O.C.G.A. § 17-5-21.", "just"),
         P(st, "YOU ARE HEREBY COMMANDED to search forthwith the premises above described for the property specified, "
               "serving this warrant and making the search within ten (10) days of this date, and if the property be "
               "found there, to seize it, leaving a copy of this warrant and a receipt for the property taken, and "
               "prepare a written inventory of the property seized and return this warrant before me.", "just"),
         P(st, "Witness my hand and seal this 13th day of May, 2025, at 5:40 p.m."), SP(10),
         TWO(lines(st, ""), [SIGN(191), P(st, "Hon. Priya D. Ramaswamy", "tight"),
                             P(st, "Judge, Magistrate Court of Cobb County", "tight")])]
    pdf = pdf_bytes(w)
    body = """Ms. Whitlock,

Attached is the signed search warrant (Cobb County Magistrate Court, Warrant No. 25-W-03318). It covers the license photos, the application documents and the address history for both subjects. Let me know if you need the original delivered to Conyers.

Kendrick Boateng
Detective, Crimes Against Persons Unit
Marietta Police Department
770-555-0157

On Tue, May 13, 2025 at 4:02 PM DDS Law Enforcement Records <le.records@dds.ga.gov> wrote:
> Detective Boateng,
>
> We can release driver history to law enforcement on request, but the application
> documents and the digitized images you asked for require a subpoena or warrant under
> O.C.G.A. § 40-5-2. Please send us a copy once you have one.
>
> Regards,
> Renee Whitlock
> Records Custody Unit | Georgia Department of Driver Services
>
>> On Mon, May 12, 2025 at 9:15 AM Kendrick Boateng <kboateng@mariettaga.gov> wrote:
>> Good morning,
>> Need DL photos, applications and address history for two suspects in an
>> aggravated assault (O.C.G.A. § 16-5-21), MPD case 25-010337:
>>
>> MARTÍNEZ-OCHOA, Luis Fernando   DOB 1995-10-30   GA DL 058 221 947
>> HARGROVE, Tasha Renee           DOB 1988-07-07   GA DL 043 775 102
>>
>> Thanks,
>> Det. K. Boateng, Marietta PD
"""
    m = new_msg('"Boateng, Kendrick" <kboateng@mariettaga.gov>', '"DDS Law Enforcement Records" <le.records@dds.ga.gov>',
                "Wed, 14 May 2025 11:26:02 -0400", "RE: Search warrant - DDS records - MPD 25-010337",
                "<BT19.0514112602@mariettaga.gov>",
                extra=[("In-Reply-To", "<dds.93a1@dds.ga.gov>"), ("References", "<mpd.77f0@mariettaga.gov> <dds.93a1@dds.ga.gov>")])
    m.set_content(body)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="SW_25-W-03318_signed.pdf")
    open(outpath("bt19", "eml"), "wb").write(finish_email(m, "bt19"))
    return doc("bt19", "eml", "reply thread with quoted history, Georgia magistrate search warrant PDF attached",
               req("local-police", "Marietta Police Department", "Kendrick Boateng", "Detective",
                   "kboateng@mariettaga.gov", "770-555-0157"),
               [subj("Luis Fernando Martínez-Ochoa", "1995-10-30", ("license", "058221947")),
                subj("Tasha Renee Hargrove", "1988-07-07", ("license", "043775102"))],
               ["OCGA 16-5-21", "OCGA 17-5-21", "OCGA 40-5-2"], "judicial_warrant", None, True,
               "criminal_investigation", ["photo", "license", "identity_documents", "address"], "email")


def bt20():
    st = St("Sans", 10)
    f = [TWO(lines(st, "<b>U.S. Department of Justice</b>\n\nUnited States Marshals Service\nDistrict of New Jersey"),
             lines(st, "\n\nNew York / New Jersey Regional\nFugitive Task Force", "right")), HR(1.2),
         TWO(lines(st, "Martin Luther King Jr. Federal Building\n50 Walnut Street, Newark, NJ 07102"),
             lines(st, "2 May 2025", "right")), SP(12),
         P(st, "<b>VIA E-MAIL: records.custodian@dol.nj.gov</b>"),
         *lines(st, """Custodian of Records
New Jersey Department of Labor and Workforce Development
Office of Legal and Regulatory Services
1 John Fitch Plaza, Trenton, NJ 08625"""), SP(8),
         P(st, "<b>Re: Fugitive investigation - USMS No. 2025-NJ-0388</b>"),
         P(st, "Dear Custodian:"),
         P(st, "The United States Marshals Service (USMS) is seeking to locate and apprehend the fugitive named below, "
               "who is the subject of a federal arrest warrant issued by the U.S. District Court for the Eastern "
               "District of Pennsylvania for violation of the conditions of supervised release. The underlying "
               "conviction is for possession of a firearm by a prohibited person, 18 U.S.C. § 922(g)(1). The USMS is "
               "authorized to investigate such fugitive matters under 28 U.S.C. § 566(e)(1)(B).", "just"),
         KV(st, [("Name", "Reginald Obi NWACHUKWU (a/k/a \"Reggie Knox\")"), ("DOB", "14 Nov 1985"),
                 ("SSN", "XXX-XX-3308"), ("FBI No.", "772019KD5")], widths=(1.3 * inch, 4.4 * inch)), SP(6),
         P(st, "The fugitive may be residing with his girlfriend, <b>Danielle Marie ROSSI</b> (DOB 21 Mar 1990). We "
               "request, for both individuals, the name and address of each employer reporting wages since the first "
               "quarter of 2024, the quarterly wage amounts, and the address of record.", "just"),
         P(st, "Please treat this request as law enforcement sensitive and do not contact either individual. Responses "
               "may be e-mailed to the undersigned.", "just"),
         P(st, "Respectfully,"), SP(2),
         P(st, "ERIC T. LOWRY<br/>United States Marshal", "tight"), SP(4), SIGN(201),
         *lines(st, "Anthony V. DiNapoli\nDeputy U.S. Marshal\nNY/NJ Regional Fugitive Task Force\n"
                    "(973) 555-0121 | anthony.dinapoli@usdoj.gov")]
    build_pdf(outpath("bt20", "born_digital"), f,
              footer="LAW ENFORCEMENT SENSITIVE - This document is the property of the U.S. Marshals Service and may not be "
                     "disseminated\nwithout the permission of the USMS.")
    return doc("bt20", "born_digital", "USMS fugitive-locate letter, Marshal named above deputy, fugitive + associate",
               req("doj-usms", "United States Marshals Service", "Anthony V. DiNapoli", "Deputy U.S. Marshal",
                   "anthony.dinapoli@usdoj.gov", "(973) 555-0121"),
               [subj("Reginald Obi Nwachukwu", "1985-11-14", ("ssn_last4", "3308"), ("other", "772019KD5")),
                subj("Danielle Marie Rossi", "1990-03-21")],
               ["18 USC 922", "28 USC 566"], "none", None, False, "criminal_investigation",
               ["employment", "wages", "address"], "email")


def bt21():
    inner = new_msg('"Hollister, Craig D." <craig.hollister@atf.gov>', "beatriz.castillo@myflfamilies.com",
                    "Fri, 30 May 2025 14:11:05 -0400", "Request for address / benefits info",
                    "<BT21inner.8841@atf.gov>")
    inner.set_content("""Ms. Castillo,

Thanks for taking my call. As discussed, the ATF Tampa Field Division is investigating a firearms straw purchasing scheme (18 U.S.C. §§ 932 and 924(a)(1)(A)). Two of the purchasers listed a residential address we believe is false. Could your office confirm the address(es) and phone number(s) on file, and whether either person is an active SNAP or TANF recipient:

  DESROSIERS, Marie-Claude     DOB 12/08/1993
  SOTO GARCÍA, Efraín          DOB 06/25/1971

If this needs to go to your legal office instead, please pass it along and let me know who to follow up with.

Respectfully,

Craig D. Hollister
Special Agent
Bureau of Alcohol, Tobacco, Firearms and Explosives
Tampa Field Division - Group III
813-555-0119 (o)
""")
    outer = new_msg('"Castillo, Beatriz" <beatriz.castillo@myflfamilies.com>',
                    '"DCF Legal - Records" <dcf.legalrecords@myflfamilies.com>',
                    "Mon, 02 Jun 2025 08:37:44 -0400", "FW: Request for address / benefits info",
                    "<BT21outer.0602@myflfamilies.com>")
    outer.set_content("""Good morning,

Forwarding the attached request from ATF Tampa. I told the agent we'd route it to Legal for review. Original message attached.

Bea Castillo
Economic Self-Sufficiency | Florida Department of Children and Families
Region: SunCoast
""")
    outer.add_attachment(inner)
    open(outpath("bt21", "eml"), "wb").write(finish_email(outer, "bt21"))
    return doc("bt21", "eml", "state staffer forwards ATF agent's request as attached message/rfc822",
               req("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Craig D. Hollister",
                   "Special Agent", "craig.hollister@atf.gov", "813-555-0119"),
               [subj("Marie-Claude Desrosiers", "1993-12-08"), subj("Efraín Soto García", "1971-06-25")],
               ["18 USC 932", "18 USC 924"], "none", None, False, "criminal_investigation",
               ["address", "phone", "benefits"], "email")


def bt22():
    txt = """[Transcribed by Records Unit staff (K.P.) from a handwritten letter received by U.S. Mail on 06/16/2025.
 Original scanned to file MDOC-RQ-25-0611. Spelling as in original.]

RANKIN COUNTY SHERIFF'S DEPARTMENT
Criminal Investigations Division
221 N. Timber St., Brandon MS 39042

6/12/2025

To: MS Dept. of Corrections - Records Dept.
    Jackson, MS

Re: Case # RCSD-25-1473, auto burglaries (Miss. Code Ann. 97-17-33), Crossgates area

Maam/Sir,

We are investigating a string of about 14 auto burglaries in the Crossgates area since April. Two persons of interest were both recently released from MDOC custody. I am requesting the following on each:

  1. Travis Wayne PICKERING   DOB 1/9/1984    MDOC # R4471
  2. Cortez L. BYNUM          DOB 10/02/1992  MDOC # 211586

 - Address each was released to, and any address updates since release
 - Names on their approved visitation list while in custody

Please mail or call me with what you have. My cell is best.

Thank you,
(signed)
Inv. Bobby Joe Tatum
Rankin County Sheriff's Dept.
Cell 601-555-0187
"""
    open(outpath("bt22", "txt"), "w", encoding="utf-8").write(txt)
    return doc("bt22", "txt", "records staff transcription of a handwritten mailed sheriff's investigator letter",
               req("sheriff", "Rankin County Sheriff's Department", "Bobby Joe Tatum", "Investigator", None,
                   "601-555-0187"),
               [subj("Travis Wayne Pickering", "1984-01-09", ("other", "R4471")),
                subj("Cortez L. Bynum", "1992-10-02", ("other", "211586"))],
               ["MS Code 97-17-33"], "none", None, False, "criminal_investigation", ["address", "other"], "mail")


def bt23():
    st = St("Serif", 10.5)
    f = [P(st, "SOCIAL SECURITY ADMINISTRATION", "h2"), P(st, "OFFICE OF THE INSPECTOR GENERAL", "h1"),
         P(st, "Office of Investigations · Atlanta Field Division · Nashville Office", "center"),
         P(st, "801 Broadway, Suite 502, Nashville, TN 37203", "center"), HR(1.2), SP(4),
         TWO(lines(st, "OIG Case No.: ATL2500318-N"), lines(st, "April 15, 2025", "right")), SP(8),
         P(st, "<b>BY CERTIFIED MAIL - RETURN RECEIPT REQUESTED</b>"),
         *lines(st, """Custodian of Records
Tennessee Department of Labor and Workforce Development
Employment Security Division - Tax/Wage Records
220 French Landing Drive
Nashville, TN 37243"""), SP(8),
         P(st, "Dear Custodian of Records:"),
         P(st, "The SSA Office of the Inspector General is conducting a criminal investigation of an individual who is "
               "suspected of concealing work activity while receiving Social Security Disability Insurance benefits, "
               "in violation of 42 U.S.C. § 408(a)(4) and 18 U.S.C. § 641.", "just"),
         P(st, "Enclosed is an Inspector General subpoena duces tecum directing production of quarterly wage records "
               "and employer information for <b>Lonnie Earl MAYFIELD</b>, date of birth February 19, 1968. Please "
               "produce the records by May 9, 2025. You may return the records by mail or by secure e-mail to the "
               "undersigned.", "just"),
         P(st, "Thank you for your prompt attention to this matter."), P(st, "Sincerely,"), SIGN(231),
         *lines(st, "Camille J. Ortiz-Bauer\nSpecial Agent\n(615) 555-0138\ncamille.ortiz-bauer@ssa.gov"), SP(6),
         P(st, "Enclosure: Subpoena Duces Tecum No. 25-ATL-0411", "small"), PageBreak()]
    f += [P(st, "UNITED STATES OF AMERICA", "h2"), P(st, "SOCIAL SECURITY ADMINISTRATION", "h2"),
          P(st, "OFFICE OF THE INSPECTOR GENERAL", "h2"), SP(6), P(st, "SUBPOENA DUCES TECUM", "h1"),
          P(st, "No. 25-ATL-0411", "center"), SP(8),
          P(st, "TO: Custodian of Records, Tennessee Department of Labor and Workforce Development, 220 French Landing "
                "Drive, Nashville, TN 37243"),
          P(st, "YOU ARE HEREBY COMMANDED to produce the documents described in Schedule A to Special Agent Camille "
                "J. Ortiz-Bauer, Social Security Administration, Office of the Inspector General, 801 Broadway, Suite "
                "502, Nashville, TN 37203, on or before May 9, 2025, at 10:00 a.m.", "just"),
          P(st, "This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § "
                "406(a)(4), in connection with an investigation being conducted by the Office of the Inspector "
                "General.", "just"),
          P(st, "Failure to comply with this subpoena may result in the Inspector General seeking enforcement of this "
                "subpoena by order of the appropriate United States District Court.", "just"),
          SP(4), P(st, "<b>SCHEDULE A</b>"),
          P(st, "For Lonnie Earl MAYFIELD, date of birth 02/19/1968, Social Security number XXX-XX-5162: all quarterly "
                "wage records reported by any employer from January 1, 2020 to the present, and the name, address and "
                "federal employer identification number of each employer.", "just"),
          SP(8), P(st, "IN WITNESS WHEREOF, I have hereunto set my hand this 14th day of April, 2025."), SP(6),
          TWO(lines(st, ""), [SIGN(232), P(st, "Walter P. Brennan", "tight"),
                              P(st, "Deputy Inspector General for Investigations", "tight"),
                              P(st, "(on behalf of the Inspector General)", "small")])]
    build_pdf(outpath("bt23", "born_digital"), f, footer="SSA-OIG Subpoena Duces Tecum", pagenum=True)
    return doc("bt23", "born_digital", "SSA OIG agent cover letter + Inspector General subpoena duces tecum",
               req("ssa-oig", "Social Security Administration, Office of the Inspector General",
                   "Camille J. Ortiz-Bauer", "Special Agent", "camille.ortiz-bauer@ssa.gov", "(615) 555-0138"),
               [subj("Lonnie Earl Mayfield", "1968-02-19", ("ssn_last4", "5162"))],
               ["42 USC 408", "18 USC 641", "5 USC 406"], "administrative_subpoena", None, True,
               "criminal_investigation", ["wages", "employment"], "mail")


def bt24():
    text = """Good morning,

The U.S. Postal Inspection Service is investigating the theft of mail, including unemployment insurance debit cards and claim correspondence, from cluster box units in Aurora, Colorado (18 U.S.C. § 1708), and related aggravated identity theft (18 U.S.C. § 1028A).

We believe the following individuals filed UI claims listing mailing addresses on the affected routes. For each, we request the mailing addresses, e-mail addresses and telephone numbers associated with their UI claims, and any address changes made since January 2024:

  - Thanh Huong Trinh, DOB 02/28/1975
  - Kateryna Bondarenko, DOB 09/09/1988
  - Liban Abdi Jama, DOB 04/01/2000

We understand disclosure to law enforcement is addressed in § 8-72-107, C.R.S. Please let me know if you need anything further from us, such as a formal letter on letterhead.

Thank you,

Erik A. Lindqvist
Postal Inspector
U.S. Postal Inspection Service | Denver Division
Desk 303-555-0193 | ealindqvist@uspis.gov
"""
    html = """<html><body><div style="font-family:Arial;font-size:10pt">
<p>Good morning,</p>
<p>The U.S. Postal Inspection Service is investigating the theft of mail, including unemployment insurance debit cards
and claim correspondence, from cluster box units in Aurora, Colorado (18 U.S.C. &sect; 1708), and related aggravated
identity theft (18 U.S.C. &sect; 1028A).</p>
<p>We believe the following individuals filed UI claims listing mailing addresses on the affected routes. For each, we
request the mailing addresses, e-mail addresses and telephone numbers associated with their UI claims, and any address
changes made since January 2024:</p>
<ul><li>Thanh Huong Trinh, DOB 02/28/1975</li><li>Kateryna Bondarenko, DOB 09/09/1988</li>
<li>Liban Abdi Jama, DOB 04/01/2000</li></ul>
<p>We understand disclosure to law enforcement is addressed in &sect; 8-72-107, C.R.S. Please let me know if you need
anything further from us, such as a formal letter on letterhead.</p>
<p>Thank you,</p>
<p><b>Erik A. Lindqvist</b><br>Postal Inspector<br>U.S. Postal Inspection Service | Denver Division<br>
Desk 303-555-0193 | <a href="mailto:ealindqvist@uspis.gov">ealindqvist@uspis.gov</a></p>
</div></body></html>
"""
    m = new_msg('"Lindqvist, Erik A - Denver, CO" <ealindqvist@uspis.gov>',
                "CDLE UI Legal <cdle_uilegal@state.co.us>", "Tue, 08 Apr 2025 09:12:30 -0600",
                "Records request - mail theft / UI claims - Aurora CBUs", "<BT24.a81f@uspis.gov>",
                cc="Postal Inspector Team Leader <tleader.denver@uspis.gov>")
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    open(outpath("bt24", "eml"), "wb").write(finish_email(m, "bt24"))
    return doc("bt24", "eml", "USPIS multipart/alternative email, three claimants, cc line",
               req("usps-uspis", "U.S. Postal Inspection Service", "Erik A. Lindqvist", "Postal Inspector",
                   "ealindqvist@uspis.gov", "303-555-0193"),
               [subj("Thanh Huong Trinh", "1975-02-28"), subj("Kateryna Bondarenko", "1988-09-09"),
                subj("Liban Abdi Jama", "2000-04-01")],
               ["18 USC 1708", "18 USC 1028A", "CRS 8-72-107"], "none", None, False, "criminal_investigation",
               ["address", "email", "phone", "claims"], "email")


def bt25():
    st = St("Serif", 10.5)
    f = [TWO(lines(st, "<b>MARYLAND STATE POLICE</b>\nCriminal Enforcement Division\nAuto Theft Unit\n"
                       "1201 Reisterstown Road, Pikesville, MD 21208"),
             lines(st, "Colonel T. Everett Hollins\nSuperintendent", "right")), HR(1.2),
         P(st, "June 11, 2025", "right"), P(st, "<b>VIA FIRST-CLASS MAIL</b>"),
         *lines(st, """Maryland Department of Transportation
Motor Vehicle Administration
Office of Investigations & Records Custodian
6601 Ritchie Highway, N.E.
Glen Burnie, MD 21062"""), SP(8),
         P(st, "<b>RE: Court Order, Misc. No. C-02-CR-25-000219 - MSP Case 25-ATU-0097</b>"),
         P(st, "Dear Custodian:"),
         P(st, "The Maryland State Police Auto Theft Unit is investigating a scheme in which stolen vehicles were "
               "re-titled through the MVA using altered out-of-state titles. Enclosed is an Order of the Circuit Court "
               "for Anne Arundel County directing production of title and registration records, supporting identity documents, "
               "photographs and address records for the two individuals named in the Order.", "just"),
         P(st, "Please contact me if you have any questions regarding this request.", "just"),
         P(st, "Sincerely,"), SIGN(251),
         *lines(st, "Det. Sgt. Yuri Pavlenko\nAuto Theft Unit, Maryland State Police\n(410) 555-0112\n"
                    "yuri.pavlenko@maryland.gov"), SP(6),
         P(st, "Enclosure<br/>cc: ASA Denise Fairbanks, Office of the State's Attorney for Anne Arundel County", "small"),
         PageBreak()]
    sf = St("Serif", 11, 21)
    f += [P(sf, "IN THE CIRCUIT COURT FOR ANNE ARUNDEL COUNTY, MARYLAND", "h2"), SP(6),
          TWO(lines(sf, "IN THE MATTER OF AN APPLICATION\nFOR AN ORDER DIRECTING THE\nPRODUCTION OF RECORDS"),
              lines(sf, "Misc. No. C-02-CR-25-000219\n\n(UNDER SEAL)")), SP(10), P(sf, "ORDER", "h1"),
          P(sf, "Upon the Application of Detective Sergeant Yuri Pavlenko of the Maryland State Police, and the Court "
                "having found that there are reasonable grounds to believe that the records described below are "
                "relevant to an investigation of violations of Md. Code Ann., Crim. Law § 7-105 and § 14-110 of the "
                "Transportation Article, it is this 9th day of June, 2025, by the Circuit Court for Anne Arundel County,",
            "just"),
          P(sf, "<b>ORDERED</b>, that the Maryland Motor Vehicle Administration produce to the Maryland State Police, "
                "within fifteen (15) days, all certificate of title and registration applications, supporting "
                "identity and ownership documents, digital photographs, and residential and mailing address records from January 1, 2023 to "
                "the present for:", "just"),
          P(sf, "OKAFOR-JAMES, Chidi — DOB 05/15/1983 — MD DL O-216-448-901-223<br/>"
                "BELLAMY, Shauna Marie — DOB 08/27/1990"),
          P(sf, "and it is further <b>ORDERED</b>, that the Application and this Order be SEALED until further order "
                "of this Court.", "just"), SP(10),
          TWO(lines(sf, ""), [SIGN(252), P(sf, "JUDGE Miriam T. Castellano", "tight"),
                              P(sf, "Circuit Court for Anne Arundel County", "tight")])]
    build_pdf(outpath("bt25", "born_digital"), f)
    return doc("bt25", "born_digital", "state police cover letter (superintendent in letterhead) + Maryland circuit court order",
               req("state-police", "Maryland State Police", "Yuri Pavlenko", "Detective Sergeant",
                   "yuri.pavlenko@maryland.gov", "(410) 555-0112"),
               [subj("Chidi Okafor-James", "1983-05-15", ("license", "O216448901223")),
                subj("Shauna Marie Bellamy", "1990-08-27")],
               ["MD CR 7-105", "MD TR 14-110"], "court_order", None, True, "criminal_investigation",
               ["vehicle", "identity_documents", "photo", "address"], "mail")


def bt26():
    sf = St("Serif", 11, 20)
    o = [P(sf, "UNITED STATES DISTRICT COURT", "h2"), P(sf, "for the", "center"), P(sf, "DISTRICT OF NEW JERSEY", "h2"),
         SP(8),
         TWO(lines(sf, "IN THE MATTER OF THE APPLICATION OF\nTHE UNITED STATES OF AMERICA FOR AN\nORDER PURSUANT TO "
                       "18 U.S.C. § 2703(d)"),
             lines(sf, "Mag. No. 25-4418 (ESW)\n\nFILED UNDER SEAL")), SP(8), P(sf, "ORDER", "h1"),
         P(sf, "The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the "
               "Court issue an Order requiring the New Jersey Department of Labor and Workforce Development (\"NJDOL\"), "
               "which provides an online claimant portal, to disclose the records and other information described in "
               "Attachment B to this Order.", "just"),
         P(sf, "The Court finds that the United States has offered specific and articulable facts showing that there are "
               "reasonable grounds to believe that the records or other information sought are relevant and material "
               "to an ongoing criminal investigation of violations of 18 U.S.C. §§ 1343 and 1028A.", "just"),
         P(sf, "IT IS ORDERED under 18 U.S.C. § 2703(d) that NJDOL shall, within ten days of the date of this Order, "
               "disclose to the United States the records and other information described in Attachment B.", "just"),
         P(sf, "IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that NJDOL shall not disclose the existence of the "
               "application or this Order to the listed account holders, or to any other person, for a period of one "
               "year, except to an attorney for the purpose of obtaining legal advice.", "just"),
         P(sf, "IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the "
               "Court.", "just"),
         TWO(lines(sf, "Date: June 9, 2025"), [SIGN(261), P(sf, "Hon. Evelyn S. Wojcik", "tight"),
                                                P(sf, "United States Magistrate Judge", "tight")]),
         PageBreak(), P(sf, "ATTACHMENT A", "h2"),
         P(sf, "Online claimant accounts maintained by NJDOL associated with:"),
         P(sf, "1. Andrés Felipe QUIÑONES RIVERA, DOB 11/11/1989, SSN XXX-XX-6093<br/>"
               "2. Dariusz ZIELIŃSKI, DOB 03/02/1977, SSN XXX-XX-1185"), SP(6),
         P(sf, "ATTACHMENT B", "h2"),
         P(sf, "For each account in Attachment A, for the period March 1, 2024 to present: (a) names, residential and "
               "mailing addresses, e-mail addresses and telephone numbers provided; (b) records of session times and "
               "the Internet Protocol addresses used for each login; (c) claims filed through the account, including "
               "the bank routing and account numbers designated for payment.", "just")]
    pdf = pdf_bytes(o, pagenum=True)
    body = """Good afternoon,

Please find attached an Order issued under 18 U.S.C. § 2703(d) by the U.S. District Court for the District of New Jersey, requiring production of contact information, login/IP records and claim records associated with the online UI claimant accounts for the two individuals listed in Attachment A.

The Order includes a non-disclosure provision under 18 U.S.C. § 2705(b) - please do not notify the account holders. Production is due within ten days (by June 19); electronic production to me is fine.

Regards,

Paulo Ferreira
Special Agent
U.S. Department of Labor - Office of Inspector General
Office of Investigations - Labor Racketeering and Fraud | Newark
973-555-0144 | ferreira.paulo@oig.dol.gov
"""
    m = new_msg('"Ferreira, Paulo - OIG" <ferreira.paulo@oig.dol.gov>', '"NJDOL Legal Records" <legal.records@dol.nj.gov>',
                "Mon, 09 Jun 2025 15:47:19 -0400", "Court Order 25-4418 (ESW) - NJ UI claimant account records",
                "<BT26.20250609@oig.dol.gov>")
    m.set_content(body)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="2703d_Order_25-4418_SEALED.pdf")
    open(outpath("bt26", "eml"), "wb").write(finish_email(m, "bt26"))
    return doc("bt26", "eml", "DOL-OIG agent email with attached 18 USC 2703(d) order (D.N.J.)",
               req("dol-oig", "U.S. Department of Labor - Office of Inspector General", "Paulo Ferreira",
                   "Special Agent", "ferreira.paulo@oig.dol.gov", "973-555-0144"),
               [subj("Andrés Felipe Quiñones Rivera", "1989-11-11", ("ssn_last4", "6093")),
                subj("Dariusz Zieliński", "1977-03-02", ("ssn_last4", "1185"))],
               ["18 USC 2703", "18 USC 2705", "18 USC 1343", "18 USC 1028A"], "court_order", None, True,
               "criminal_investigation", ["address", "email", "phone", "claims", "other"], "email")


def bt27():
    st = St("Sans", 10)
    f = [P(st, "Department of the Treasury", "center"), P(st, "Internal Revenue Service - Criminal Investigation", "h2"),
         P(st, "Louisville Field Office · 600 Dr. Martin Luther King Jr. Place, Louisville, KY 40202", "center"), HR(1.2),
         TWO(lines(st, "Date: 05/06/2025\nPerson to contact: Gwendolyn R. Pruitt, SA\nTelephone: (502) 555-0167\n"
                       "E-mail: gwendolyn.pruitt@ci.irs.gov"), lines(st, "Refer reply to: CI:LOU:SA", "right")), SP(8),
         *lines(st, """Education and Labor Cabinet
Office of Unemployment Insurance - Legal / Records Custodian
500 Mero Street
Frankfort, KY 40601"""), SP(8),
         P(st, "Dear Records Custodian:"),
         P(st, "Enclosed is an Internal Revenue Service summons (Form 2039) requiring production of records in "
               "connection with a criminal investigation concerning Hollis Grant Abernathy for possible violations of "
               "26 U.S.C. § 7201 (attempt to evade or defeat tax) and 26 U.S.C. § 7202 (willful failure to collect or "
               "pay over tax). Rather than appearing in person, you may mail certified copies of the records to me by "
               "the date shown on the summons.", "just"),
         P(st, "Sincerely,"), SIGN(271), *lines(st, "Gwendolyn R. Pruitt\nSpecial Agent"), PageBreak()]
    sf = St("Sans", 9)
    f += [TWO(lines(sf, "<b>Summons</b>"), lines(sf, "Form 2039 (Rev. 12-2001)", "right")), HR(1),
          KV(sf, [("In the matter of", "Hollis Grant Abernathy, 2215 Old Frankfort Pike, Versailles, KY 40383"),
                  ("Internal Revenue Service (Division)", "Criminal Investigation"),
                  ("Industry/Area (name or number)", "Louisville Field Office"),
                  ("Periods", "Calendar years 2021, 2022, 2023 and 2024"),
                  ("The Commissioner of Internal Revenue", "To: Custodian of Records, Kentucky Education and Labor "
                                                           "Cabinet, Office of Unemployment Insurance"),
                  ("At", "500 Mero Street, Frankfort, KY 40601")], widths=(2.1 * inch, 4.6 * inch)), SP(6),
          P(sf, "You are hereby summoned and required to appear before <b>Gwendolyn R. Pruitt</b>, an officer of the "
                "Internal Revenue Service, to give testimony and to bring with you and to produce for examination the "
                "following books, records, papers, and other data relating to the tax liability or the collection of "
                "the tax liability or for the purpose of inquiring into any offense connected with the administration "
                "or enforcement of the internal revenue laws concerning the person identified above for the periods "
                "shown.", "just"),
          BOX(sf, "1. All quarterly wage and contribution reports (UI-3) filed by Abernathy Roofing &amp; Gutters LLC, "
                  "including the names and wages of each employee reported.<br/>2. All wages reported by any employer "
                  "for Hollis Grant Abernathy, DOB 07/04/1970, SSN XXX-XX-9027, and the name and address of each such "
                  "employer.<br/>3. Employer account registration records listing Hollis Grant Abernathy as owner, "
                  "member or responsible party.", width=6.7 * inch), SP(6),
          KV(sf, [("Place and time for appearance", "at 600 Dr. Martin Luther King Jr. Place, Louisville, KY 40202, "
                                                    "on the 2nd day of June, 2025 at 10:00 o'clock a.m."),
                  ("Issued under authority of the Internal Revenue Code this", "6th day of May, 2025")],
             widths=(2.1 * inch, 4.6 * inch)), SP(4),
          TWO([SIGN(272), P(sf, "Signature of issuing officer: Gwendolyn R. Pruitt, Special Agent", "small")],
              [SIGN(273), P(sf, "Signature of approving officer (if applicable): Marcus Delacroix-Hale, "
                                "Supervisory Special Agent", "small")]),
          SP(6), P(sf, "<b>Provisions of the Internal Revenue Code</b>", "h3"),
          P(sf, "<b>26 U.S.C. § 7602. Examination of books and witnesses.</b> (a) Authority to summon, etc. - For the "
                "purpose of ascertaining the correctness of any return, making a return where none has been made, "
                "determining the liability of any person for any internal revenue tax ..., or collecting any such "
                "liability, the Secretary is authorized to summon ... any person having possession, custody, or care "
                "of books of account containing entries relating to the business of the person liable for tax ...", "small"),
          P(sf, "<b>26 U.S.C. § 7604. Enforcement of summons.</b> (a) Jurisdiction of district court. - If any person is "
                "summoned under the internal revenue laws to appear, to testify, or to produce books, papers, records, "
                "or other data, the United States district court for the district in which such person resides or is "
                "found shall have jurisdiction by appropriate process to compel such attendance, testimony, or "
                "production of books, papers, records, or other data.", "small"),
          P(sf, "<b>26 U.S.C. § 7210. Failure to obey summons.</b> Any person who, being duly summoned to appear to "
                "testify, or to appear and produce books, accounts, records, memoranda, or other papers, as required "
                "under section 7602 or 7604(b), neglects to appear or to "
                "produce such books ... shall, upon conviction thereof, be fined not more than $1,000, or imprisoned "
                "not more than 1 year, or both ...", "small")]
    build_pdf(outpath("bt27", "born_digital"), f, footer="Catalog No. 21405J    www.irs.gov    Form 2039 (Rev. 12-2001)")
    return doc("bt27", "born_digital", "IRS-CI cover letter + Form 2039 summons with printed IRC enforcement provisions",
               req("irs-ci", "Internal Revenue Service - Criminal Investigation", "Gwendolyn R. Pruitt", "Special Agent",
                   "gwendolyn.pruitt@ci.irs.gov", "(502) 555-0167"),
               [subj("Hollis Grant Abernathy", "1970-07-04", ("ssn_last4", "9027"))],
               ["26 USC 7201", "26 USC 7202", "26 USC 7602", "26 USC 7604", "26 USC 7210"],
               "administrative_subpoena", "2039", True, "criminal_investigation", ["wages", "employment", "tax"],
               "mail")


def bt28():
    st = St("Serif", 10.5)
    f = [TWO(lines(st, "<b>HARRISON COUNTY SHERIFF'S DEPARTMENT</b>\nInvestigations Division\n10451 Larkin Smith Drive\n"
                       "Gulfport, Mississippi 39503"), lines(st, "SHERIFF\nWalter B. Peavey", "right")), HR(1.2),
         P(st, "May 5, 2025"),
         *lines(st, """Mississippi Department of Employment Security
Office of the General Counsel
1235 Echelon Parkway
Jackson, MS 39213"""), SP(8),
         P(st, "<b>RE: Request for employer / address information - HCSD Case 25-004512</b>"),
         P(st, "To the Records Custodian:"),
         P(st, "The Harrison County Sheriff's Department holds a felony arrest warrant (copy attached) for the individual "
               "named below, charged with aggravated assault, Miss. Code Ann. § 97-3-7. Deputies have been unable to "
               "locate him at his last known address. I am requesting the name and address of his current or most "
               "recent employer, as reported to MDES, and any address he has provided to the Department.", "just"),
         KV(st, [("Name", "MARCHBANKS, Quentin Earl"), ("DOB", "02/06/1991"), ("SSN (last 4)", "XXX-XX-6674")],
            widths=(1.5 * inch, 3.4 * inch)), SP(6),
         P(st, "I understand that Miss. Code Ann. § 71-5-127 permits disclosure to law enforcement in these "
               "circumstances. You may reach me at (228) 555-0149 or by e-mail at dlofton@harrisoncountysheriff.ms.gov.",
           "just"),
         P(st, "Respectfully,"), SIGN(281), *lines(st, "Investigator Dwayne K. Lofton\nInvestigations Division"),
         PageBreak(),
         P(st, "IN THE JUSTICE COURT OF HARRISON COUNTY, MISSISSIPPI", "h2"), SP(4),
         TWO(lines(st, "STATE OF MISSISSIPPI\n     vs.\nQUENTIN EARL MARCHBANKS"), lines(st, "Cause No. JC-25-01377\n"
                                                                                            "Warrant No. 25-0419")),
         SP(6), P(st, "ARREST WARRANT", "h1"),
         P(st, "THE STATE OF MISSISSIPPI", "center"),
         P(st, "TO ANY LAWFUL OFFICER OF HARRISON COUNTY, MISSISSIPPI:", "h3"),
         P(st, "Affidavit having been made before me, and I having found probable cause therefor, YOU ARE HEREBY "
               "COMMANDED to take into custody the body of <b>QUENTIN EARL MARCHBANKS</b>, B/M, DOB 02/06/1991, if to "
               "be found in your county, and have him before the Justice Court of Harrison County, Mississippi, "
               "forthwith, to answer the charge of AGGRAVATED ASSAULT, in violation of Miss. Code Ann. § 97-3-7(2), "
               "committed on or about April 26, 2025 in Harrison County, Mississippi, against the peace and dignity of "
               "the State of Mississippi.", "just"),
         P(st, "HEREIN FAIL NOT, and have you then and there this writ."),
         P(st, "Given under my hand this the 28th day of April, 2025."), SP(8),
         TWO(lines(st, "Bond: $75,000.00"), [SIGN(282), P(st, "Hon. Loretta Bilbo-Pace", "tight"),
                                             P(st, "Justice Court Judge, Harrison County", "tight")]),
         SP(20), P(st, "RETURN: Executed this ____ day of __________, 20__ by arresting the within named defendant.  "
                       "________________ Deputy Sheriff", "small")]
    build_pdf(tmp_pdf("bt28"), f)
    save_scanned(tmp_pdf("bt28"), outpath("bt28", "scanned"), 200, 2828, bg=214, noise=8)
    return doc("bt28", "scanned", "sheriff investigator letter + Mississippi justice court arrest warrant, grey scan",
               req("sheriff", "Harrison County Sheriff's Department", "Dwayne K. Lofton", "Investigator",
                   "dlofton@harrisoncountysheriff.ms.gov", "(228) 555-0149"),
               [subj("Quentin Earl Marchbanks", "1991-02-06", ("ssn_last4", "6674"))],
               ["MS Code 97-3-7", "MS Code 71-5-127"], "judicial_warrant", None, True, "criminal_investigation",
               ["employment", "address"], "mail")


def bt29():
    txt = """Date: Thu, 17 Jul 2025 10:05:48 -0600
From: Rosalind Achebe-Kerr <rosalind.achebe-kerr@oig.dhs.gov>
To: NM MVD Law Enforcement Liaison <mvd.le.liaison@tax.nm.gov>
Subject: Vehicle registration / title history - DHS OIG

Good morning,

The DHS Office of Inspector General, Office of Investigations, is conducting a criminal investigation of a federal employee for bribery of a public official (18 U.S.C. § 201). I'm requesting registration and title history (all vehicles, 2021-present) and the addresses of record for the following two individuals:

  SANDOVAL, Raúl Antonio      DOB 06/13/1979   NM DL 100234567
  SANDOVAL, Marisela          DOB 10/02/1981   (spouse, née Chávez)

A PDF or a screen print of the title history is fine. Please do not contact the individuals.

Thank you,

Rosalind Achebe-Kerr
Special Agent
DHS Office of Inspector General | Office of Investigations
El Paso Field Office
(915) 555-0124

This communication may contain law enforcement sensitive information. If you received it in error, please notify the sender and delete it.
"""
    open(outpath("bt29", "txt"), "w", encoding="utf-8").write(txt)
    return doc("bt29", "txt", "plain-text email export from DHS OIG agent, married couple",
               req("dhs-oig", "DHS Office of Inspector General", "Rosalind Achebe-Kerr", "Special Agent",
                   "rosalind.achebe-kerr@oig.dhs.gov", "(915) 555-0124"),
               [subj("Raúl Antonio Sandoval", "1979-06-13", ("license", "100234567")),
                subj("Marisela Sandoval", "1981-10-02")],
               ["18 USC 201"], "none", None, False, "criminal_investigation", ["vehicle", "address"], "email")


def bt30():
    st = St("Sans", 10)
    f = [TWO(lines(st, "<b>NEW MEXICO STATE POLICE</b>\nInvestigations Bureau - District 11\n"
                       "4711 N. Butler Ave., Farmington, NM 87401"),
             lines(st, "Chief Ramon L. Archuleta\nDepartment of Public Safety", "right")), HR(1.2),
         P(st, "July 2, 2025", "right"),
         *lines(st, """New Mexico Health Care Authority
Income Support Division - Office of General Counsel
P.O. Box 2348
Santa Fe, NM 87504"""), SP(8),
         P(st, "<b>Re: Search Warrant - NMSP Case 25-11-00862</b>"),
         P(st, "Counsel:"),
         P(st, "Enclosed is a search warrant issued by the San Juan County Magistrate Court for records held by the "
               "Income Support Division. The records are sought in connection with a homicide investigation. Please "
               "provide the records described in the warrant to me by mail, or contact me to arrange pick-up.", "just"),
         P(st, "Thank you,"), SIGN(301),
         *lines(st, "Agent Isaiah K. Begay\nNew Mexico State Police, Investigations Bureau\n(505) 555-0176\n"
                    "isaiah.begay@dps.nm.gov"), PageBreak(),
         P(st, "STATE OF NEW MEXICO", "center"), P(st, "COUNTY OF SAN JUAN", "center"),
         P(st, "IN THE MAGISTRATE COURT", "h2"), SP(4), P(st, "SEARCH WARRANT", "h1"),
         P(st, "No. M-45-FR-2025-00311", "center"), SP(6),
         P(st, "THE STATE OF NEW MEXICO TO ANY OFFICER AUTHORIZED BY LAW:", "h3"),
         P(st, "Proof by affidavit having been made before me by Agent Isaiah K. Begay, New Mexico State Police, that "
               "there is probable cause to believe that on the premises of the New Mexico Health Care Authority, "
               "Income Support Division, 1474 Rodeo Road, Santa Fe, New Mexico, there is now being concealed the "
               "following property: records of applications for SNAP and Medicaid benefits, including all reported "
               "addresses, telephone numbers and household members, from January 1, 2024 to present, for DORIAN KEE "
               "BENALLY, DOB 03/15/1990, and GRACIELA OFELIA LUJÁN, DOB 07/19/1994, which property constitutes "
               "evidence of the crime of Murder in the First Degree, NMSA 1978, § 30-2-1.", "just"),
         P(st, "YOU ARE HEREBY COMMANDED to search the place described above for the property described, serving this "
               "warrant and making the search in the daytime within ten (10) days from the date of issuance, and if "
               "the property is found there, to seize it, leaving a copy of this warrant and a receipt for the "
               "property taken, and to prepare a written inventory of the property seized and promptly return this "
               "warrant and the inventory to this Court as required by Rule 6-208 NMRA.", "just"),
         P(st, "Dated 1 July 2025, at 2:15 p.m."), SP(8),
         TWO(lines(st, ""), [SIGN(302), P(st, "Hon. Dolores A. Jaramillo", "tight"),
                             P(st, "Magistrate Judge, San Juan County", "tight")])]
    build_pdf(tmp_pdf("bt30"), f, footer="NMSP - Investigations Bureau")
    save_scanned(tmp_pdf("bt30"), outpath("bt30", "scanned"), 300, 3030, turns={1: 90}, jpeg_q=45, noise=6)
    return doc("bt30", "scanned", "state police letter (chief in letterhead) + NM magistrate search warrant, page 2 turned 90",
               req("state-police", "New Mexico State Police", "Isaiah K. Begay", "Agent", "isaiah.begay@dps.nm.gov",
                   "(505) 555-0176"),
               [subj("Dorian Kee Benally", "1990-03-15"), subj("Graciela Ofelia Luján", "1994-07-19")],
               ["NMSA 30-2-1", "NMRA 6-208"], "judicial_warrant", None, True, "criminal_investigation",
               ["benefits", "address", "phone", "other"], "mail")


def bt31():
    sf = St("Sans", 9)
    cover = [P(sf, "DHS / U.S. Immigration and Customs Enforcement", "h2"), P(sf, "Miami, Florida", "center"), HR(),
             P(sf, "FACSIMILE", "h1"),
             KV(sf, [("To:", "Florida Department of Corrections - Bureau of Classification & Central Records"),
                     ("Fax:", "(850) 555-0131"), ("From:", "Yolanda Ferrer-Castaño, Immigration Enforcement Agent"),
                     ("Tel:", "(954) 555-0163"), ("Date:", "07/08/2025"), ("Pages:", "2")]), SP(10),
             P(sf, "Request for notification of release - DE LA CRUZ RAMÍREZ, Jhonatan Alexis, FDC #Y51837. Please "
                   "include the projected release date and the release address, if known."),
             PageBreak()]
    f = detainer_form(sf, "N", {"sid": "391155802", "event": "MIA2507000093", "file": "219 004 781",
                                "date": "07/08/2025",
                                "to": "Florida Department of Corrections, Bureau of Classification & Central Records, "
                                      "Tallahassee, FL",
                                "from": "DHS/ICE, 865 SW 78th Avenue, Plantation, FL 33324",
                                "name": "DE LA CRUZ RAMÍREZ, Jhonatan Alexis", "dob": "11/27/1998",
                                "nat": "Dominican Republic", "sex": "M", "phone": "(954) 555-0163",
                                "officer": "Yolanda Ferrer-Castaño, Immigration Enforcement Agent", "seed": 311})
    build_pdf(tmp_pdf("bt31"), cover + f, footer="DHS Form I-247N (3/17)", margins=0.8)
    save_fax(tmp_pdf("bt31"), outpath("bt31", "fax"), 3131,
             header=lambda p, n: "JUL-08-2025  09:17A  FROM-DHS ICE MIAMI   +9545550164   T-221  P.%03d/%03d" % (p, n))
    return doc("bt31", "fax", "ICE fax cover + I-247N request for voluntary notification of release, no component named",
               req("dhs-ice", "DHS / U.S. Immigration and Customs Enforcement", "Yolanda Ferrer-Castaño",
                   "Immigration Enforcement Agent", None, "(954) 555-0163"),
               [subj("Jhonatan Alexis de la Cruz Ramírez", "1998-11-27", ("a_number", "A219004781"),
                     ("other", "Y51837"), ("other", "391155802"))],
               ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247N", False,
               "civil_immigration", ["address", "other"], "fax")


def bt32():
    st = St("Serif", 11)
    f = [P(st, "IN THE CIRCUIT COURT OF PULASKI COUNTY, ARKANSAS", "h2"), P(st, "FIFTH DIVISION", "center"), SP(8),
         TWO(lines(st, "STATE OF ARKANSAS                    PLAINTIFF\n\nv.\n\nTRAVON DESHAWN MILLER           DEFENDANT"),
             lines(st, "\nNo. 60CR-25-1184")), SP(8), P(st, "SUBPOENA DUCES TECUM", "h1"), SP(4),
         P(st, "THE STATE OF ARKANSAS TO: <b>Custodian of Records, Arkansas Department of Human Services, Division of "
               "County Operations, 700 Main Street, Little Rock, AR 72201</b>"),
         P(st, "YOU ARE COMMANDED to appear in the Circuit Court of Pulaski County, Fifth Division, 401 West Markham "
               "Street, Little Rock, Arkansas, on the 18th day of August, 2025, at 9:00 a.m., to testify in the "
               "above-styled criminal case on behalf of the Defendant, and to bring with you:", "just"),
         BOX(st, "All records of applications for SNAP and TANF benefits, including reported household addresses and "
                 "telephone numbers, from June 1, 2024 to present, for KEISHA LANETTE DOTSON, date of birth May 22, "
                 "1992."),
         SP(6),
         P(st, "The Defendant is charged with theft of property, Ark. Code Ann. § 5-36-103. In lieu of appearance, the "
               "custodian may deliver certified copies of the records with an affidavit complying with Ark. R. Evid. "
               "902(11) to counsel for the Defendant at the address below on or before August 11, 2025. This subpoena "
               "is issued pursuant to Ark. R. Civ. P. 45, as made applicable in criminal cases.", "just"),
         P(st, "WITNESS my hand and seal of said Court this 14th day of July, 2025."), SP(4),
         TWO(lines(st, "Requested by:\nRebecca Y. Thornbury (AR Bar No. 2011-204)\nDeputy Public Defender\n"
                       "Sixth Judicial District Public Defender\n201 S. Broadway, Suite 210\nLittle Rock, AR 72201\n"
                       "(501) 555-0108"),
             [P(st, "DANA M. WHITLOW, CIRCUIT CLERK", "tight"), SIGN(321), P(st, "By: ______________ D.C.", "tight")]),
         PageBreak(), P(st, "RETURN OF SERVICE", "h2"),
         P(st, "I certify that I served this subpoena on the named custodian on ____________, 2025, by delivering a copy "
               "to ______________________.", "just"), SP(20),
         TWO(lines(st, "__________________________\nProcess Server"), lines(st, "__________________________\nDate"))]
    build_pdf(tmp_pdf("bt32"), f)
    save_scanned(tmp_pdf("bt32"), outpath("bt32", "scanned"), 200, 3232, bg=240, noise=9, jpeg_q=50)
    return doc("bt32", "scanned", "Arkansas circuit court criminal SDT requested by defense (public defender); defendant not the subject",
               req("other", "Sixth Judicial District Public Defender", "Rebecca Y. Thornbury", "Deputy Public Defender",
                   None, "(501) 555-0108"),
               [subj("Keisha Lanette Dotson", "1992-05-22")],
               ["AR Code 5-36-103", "AR R Evid 902", "AR CivP 45"], "court_subpoena", None, True,
               "criminal_investigation", ["benefits", "address", "phone"], "mail")


def main():
    os.makedirs(TMP, exist_ok=True)
    random.seed(SEED)
    for fn in [bt01, bt02, bt03, bt04, bt05, bt06, bt07, bt08, bt09, bt10, bt11, bt12, bt13, bt14, bt15, bt16,
               bt17, bt18, bt19, bt20, bt21, bt22, bt23, bt24, bt25, bt26, bt27, bt28, bt29, bt30, bt31, bt32]:
        label = fn()
        write_label(label)
        DOCS.append(label)
        print(label["id"], label["format"], label["legal_process"]["type"])
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
