#!/usr/bin/env python3
"""Build the blind_s evaluation set (32 labelled request documents).

Written by an independent author who never saw the document-reading program.
Deterministic: fixed seeds, reportlab invariant mode, fixed PDF/email dates.
Run:  /work/main/.venv/bin/python samples/blind_s/build.py
Needs: reportlab, Pillow, numpy, poppler-utils (pdftoppm).
"""
import glob
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from email import policy
from email.message import EmailMessage
from email.utils import formataddr

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

OUT = os.path.dirname(os.path.abspath(__file__))
FAMILY = "blind-s"
SEED = 4711
DV = "/usr/share/fonts/truetype/dejavu/"

for name, fn in [("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                 ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
                 ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                 ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                 ("DejaVuSansMono", "DejaVuSansMono.ttf"), ("DejaVuSansMono-Bold", "DejaVuSansMono-Bold.ttf"),
                 ("DejaVuSansMono-Oblique", "DejaVuSansMono-Oblique.ttf"),
                 ("DejaVuSansCond", "DejaVuSansCondensed.ttf"),
                 ("DejaVuSansCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
                 ("DejaVuSansCond-Oblique", "DejaVuSansCondensed-Oblique.ttf")]:
    pdfmetrics.registerFont(TTFont(name, DV + fn))

FONTS = {
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
    "dvs": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "dvserif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "dvmono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique"),
    "dvcond": ("DejaVuSansCond", "DejaVuSansCond-Bold", "DejaVuSansCond-Oblique"),
}
for fam, (r, b, i) in FONTS.items():
    if r.startswith("DejaVu"):
        addMapping(r, 0, 0, r)
        addMapping(r, 1, 0, b)
        addMapping(r, 0, 1, i)
        addMapping(r, 1, 1, b)

TMP = "/tmp/author_s/work"
os.makedirs(TMP, exist_ok=True)


def mk(text):
    """Plain text -> reportlab markup. **bold**, ^^italic^^, newline -> <br/>."""
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t, flags=re.S)
    t = re.sub(r"\^\^(.+?)\^\^", r"<i>\1</i>", t, flags=re.S)
    t = re.sub("([\u2610\u2612])", r'<font name="DejaVuSans">\1</font>', t)
    return t.replace("\n", "<br/>")


class Squiggle(Flowable):
    """A hand-written-looking signature stroke."""

    def __init__(self, seed, width=150, height=30, color=(0.08, 0.1, 0.38)):
        super().__init__()
        self.seed, self.width, self.height, self.color = seed, width, height, color

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        r = random.Random(self.seed)
        c = self.canv
        c.setStrokeColorRGB(*self.color)
        c.setLineWidth(1.2)
        mid = self.height / 2
        x, y = 4, mid + r.uniform(-4, 4)
        p = c.beginPath()
        p.moveTo(x, y)
        n = r.randint(6, 9)
        step = (self.width - 12) / n
        for _ in range(n):
            x2 = x + step * r.uniform(0.8, 1.1)
            y2 = mid + r.uniform(-9, 9)
            p.curveTo(x + r.uniform(0, step), y + r.uniform(-16, 16),
                      x2 - r.uniform(0, step), y2 + r.uniform(-16, 16), x2, y2)
            x, y = x2, y2
        c.drawPath(p, stroke=1, fill=0)
        c.setLineWidth(0.8)
        c.line(r.uniform(6, 20), mid - 10, r.uniform(60, 110), mid - 8)


class SetFooter(Flowable):
    def __init__(self, left="", right="", center=""):
        super().__init__()
        self.vals = (left, center, right)

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv._doctemplate_footer = self.vals


class D:
    """Flowable factory bound to one font family and size."""

    def __init__(self, fam="times", size=10.5, leading=None):
        self.fam = fam
        self.r, self.b, self.i = FONTS[fam]
        self.size = size
        self.leading = leading or size * 1.28

    def style(self, align="L", size=None, bold=False, italic=False, before=0, after=5,
              indent=0, first=0, leading=None, right=0, color=None):
        size = size or self.size
        st = ParagraphStyle(
            "x", fontName=self.b if bold else (self.i if italic else self.r), fontSize=size,
            leading=leading or size * (self.leading / self.size),
            alignment={"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT, "J": TA_JUSTIFY}[align],
            spaceBefore=before, spaceAfter=after, leftIndent=indent, firstLineIndent=first,
            rightIndent=right)
        if color:
            st.textColor = color
        return st

    def check(self, text):
        if not self.r.startswith("DejaVu"):
            bad = sorted({c for c in text if c not in "\n\u2610\u2612" and not c.encode("cp1252", "ignore")})
            if bad:
                print("WARNING: glyphs missing in", self.fam, bad, repr(text[:40]))

    def p(self, text, **kw):
        self.check(text)
        return Paragraph(mk(text), self.style(**kw))

    def h(self, text, size=None, align="C", after=6, before=0):
        return Paragraph(mk(text), self.style(align=align, size=size or self.size + 2, bold=True,
                                              after=after, before=before))

    def cell(self, text, size=None, bold=False, align="L", italic=False):
        if isinstance(text, Flowable):
            return text
        self.check(text)
        return Paragraph(mk(text), self.style(size=size or self.size - 0.5, bold=bold, italic=italic,
                                              after=0, align=align))

    def kv(self, rows, widths=(150, 320), grid=False, size=None, bold_keys=True, pad=2,
           shade=None):
        data = [[self.cell(k, size, bold=bold_keys), self.cell(v, size)] for k, v in rows]
        t = Table(data, colWidths=widths, hAlign="LEFT")
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
              ("LEFTPADDING", (0, 0), (-1, -1), 3)]
        if grid:
            st.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
        if shade:
            st.append(("BACKGROUND", (0, 0), (0, -1), colors.Color(*shade)))
        t.setStyle(TableStyle(st))
        return t

    def table(self, rows, widths, grid=True, header=True, size=None, pad=3):
        data = []
        for ri, row in enumerate(rows):
            data.append([self.cell(c, size, bold=(header and ri == 0)) for c in row])
        t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
        if grid:
            st.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
        if header:
            st.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
        t.setStyle(TableStyle(st))
        return t

    def box(self, text, width=468, size=None, bold=False, pad=6, align="L"):
        t = Table([[self.cell(text, size, bold=bold, align=align)]], colWidths=[width], hAlign="LEFT")
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                               ("TOPPADDING", (0, 0), (-1, -1), pad),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                               ("LEFTPADDING", (0, 0), (-1, -1), pad)]))
        return t

    def cols(self, left, right, widths=(234, 234), size=None, align_right="R"):
        t = Table([[self.cell(left, size), self.cell(right, size, align=align_right)]],
                  colWidths=widths, hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    def sp(self, h=8):
        return Spacer(1, h)

    def hr(self, thick=0.8, width=468, before=2, after=6):
        t = Table([[""]], colWidths=[width], rowHeights=[1])
        t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), thick, colors.black)]))
        return KeepTogether([Spacer(1, before), t, Spacer(1, after)])

    def sig(self, seed, width=150):
        t = Table([[Squiggle(seed, width)]], colWidths=[width + 10], hAlign="LEFT")
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return t

    def pb(self):
        return PageBreak()


def build_pdf(story, margins=(0.9, 0.9, 0.85, 0.9), footer_font=("Helvetica", 7.5),
              page_numbers=None, title="", author=""):
    """margins in inches: left, right, top, bottom. page_numbers: format like 'Page {n}'."""
    buf = io.BytesIO()
    lm, rm, tm, bm = [m * inch for m in margins]
    doc = BaseDocTemplate(buf, pagesize=letter, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title, author=author, creator="", subject="")
    frame = Frame(lm, bm, letter[0] - lm - rm, letter[1] - tm - bm, id="f", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)

    def on_end(canv, d):
        vals = getattr(canv, "_doctemplate_footer", ("", "", ""))
        canv.saveState()
        canv.setFont(*footer_font)
        y = bm * 0.5
        if vals[0]:
            canv.drawString(lm, y, vals[0])
        if vals[1]:
            canv.drawCentredString(letter[0] / 2, y, vals[1])
        if vals[2]:
            canv.drawRightString(letter[0] - rm, y, vals[2])
        if page_numbers:
            canv.drawCentredString(letter[0] / 2, y - 10, page_numbers.format(n=d.page))
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=on_end)])
    doc.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------- raster helpers

def rasterize(pdf_bytes, dpi, tag):
    d = tempfile.mkdtemp(prefix=tag + "_", dir=TMP)
    src = os.path.join(d, "in.pdf")
    with open(src, "wb") as f:
        f.write(pdf_bytes)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, os.path.join(d, "pg")],
                   check=True)
    pages = []
    for fn in sorted(glob.glob(os.path.join(d, "pg-*.png"))):
        im = Image.open(fn)
        im.load()
        pages.append(im.convert("L"))
    return pages


def stamp(img, text_lines, xy, angle, scale, color=70):
    """Rubber stamp drawn on a transparent layer and composited (dark grey)."""
    font = ImageFont.truetype(DV + "DejaVuSans-Bold.ttf", int(26 * scale))
    w = int(360 * scale)
    h = int((20 + 36 * len(text_lines)) * scale)
    layer = Image.new("L", (w, h), 0)
    dr = ImageDraw.Draw(layer)
    dr.rectangle([2, 2, w - 3, h - 3], outline=255, width=max(2, int(3 * scale)))
    for k, line in enumerate(text_lines):
        tw = dr.textlength(line, font=font)
        dr.text(((w - tw) / 2, int((10 + 36 * k) * scale)), line, fill=255, font=font)
    layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
    ink = Image.new("L", layer.size, color)
    img.paste(ink, xy, layer)
    return img


def degrade_page(img, rng, angle=0.0, rot=0, noise=6.0, bg=228, blur=0.5, quality=55,
                 stamp_spec=None, grad=14):
    img = img.convert("L")
    if stamp_spec:
        img = stamp(img, *stamp_spec)
    arr = np.asarray(img).astype(np.float32) / 255.0
    h, w = arr.shape
    paper = bg - grad * (np.linspace(0, 1, w)[None, :] * np.linspace(0.3, 1, h)[:, None])
    arr = arr * paper + (1 - arr) * 25  # ink is not perfectly black
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=int(bg - 40))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(img).astype(np.float32) + rng.normal(0, noise, (img.size[1], img.size[0]))
    # a few dust specks
    for _ in range(int(rng.integers(15, 40))):
        y, x = int(rng.integers(0, h - 4)), int(rng.integers(0, w - 4))
        arr[y:y + int(rng.integers(1, 4)), x:x + int(rng.integers(1, 4))] = 40
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rot:
        img = img.rotate(rot, expand=True)
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality)
    b.seek(0)
    out = Image.open(b)
    out.load()
    return out


FIXED_TIME = time.struct_time((2025, 10, 1, 12, 0, 0, 2, 274, 0))


def write_scanned(doc_id, pdf_bytes, page_opts, dpi=200, seed=0):
    rng = np.random.default_rng(SEED + seed)
    pages = rasterize(pdf_bytes, dpi, doc_id)
    out = []
    for k, pg in enumerate(pages):
        opts = dict(page_opts[k] if k < len(page_opts) else {})
        out.append(degrade_page(pg, rng, **opts))
    path = os.path.join(OUT, doc_id + ".pdf")
    out[0].save(path, "PDF", save_all=True, append_images=out[1:], resolution=float(dpi),
                quality=55, title="scan", creationDate=FIXED_TIME, modDate=FIXED_TIME,
                producer="", creator="")
    return path


def write_fax(doc_id, pdf_bytes, header, seed=0, skew=0.0, speckle=0.0015):
    """header: callable(page_no, total) -> str, drawn at the top of each page."""
    rng = np.random.default_rng(SEED + 100 + seed)
    pages = rasterize(pdf_bytes, 200, doc_id)
    font = ImageFont.truetype(DV + "DejaVuSansMono.ttf", 24)
    out = []
    for k, pg in enumerate(pages):
        pg = pg.convert("L")
        if skew:
            pg = pg.rotate(skew * (1 if k % 2 == 0 else -0.6), resample=Image.BICUBIC,
                           fillcolor=255)
        canvas = Image.new("L", (pg.size[0], pg.size[1]), 255)
        canvas.paste(pg, (0, 18))
        dr = ImageDraw.Draw(canvas)
        dr.rectangle([0, 0, canvas.size[0], 44], fill=255)
        dr.text((40, 10), header(k + 1, len(pages)), fill=0, font=font)
        arr = np.asarray(canvas).astype(np.float32)
        arr += rng.normal(0, 18, arr.shape)
        bw = np.where(arr > 150, 255, 0).astype(np.uint8)
        mask = rng.random(bw.shape) < speckle
        bw[mask] = 0
        # horizontal streak typical of a dirty scanner bar
        y = int(rng.integers(300, bw.shape[0] - 300))
        bw[y:y + 2, :: 3] = 0
        out.append(Image.fromarray(bw).convert("1"))
    path = os.path.join(OUT, doc_id + ".tif")
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True,
                append_images=out[1:])
    return path


def write_born(doc_id, pdf_bytes):
    path = os.path.join(OUT, doc_id + ".pdf")
    with open(path, "wb") as f:
        f.write(pdf_bytes)
    return path


def write_txt(doc_id, text):
    path = os.path.join(OUT, doc_id + ".txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.lstrip("\n"))
    return path


def write_eml(doc_id, msg, seed=0):
    random.seed(SEED + 500 + seed)  # email boundaries come from the random module
    data = msg.as_bytes(policy=policy.SMTP)
    path = os.path.join(OUT, doc_id + ".eml")
    with open(path, "wb") as f:
        f.write(data)
    return path


def new_msg(frm, to, subject, date, msgid, cc=None, extra=None):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def photo_of(pdf_bytes, page=0, dpi=150, angle=1.4, seed=0, quality=72):
    """Turn a rendered page into a phone-camera-like JPEG (bytes)."""
    rng = np.random.default_rng(SEED + 900 + seed)
    pg = rasterize(pdf_bytes, dpi, "photo")[page].convert("RGB")
    arr = np.asarray(pg).astype(np.float32)
    tint = np.array([236, 228, 212], dtype=np.float32) / 255.0
    arr = arr * tint
    h, w, _ = arr.shape
    shade = 1 - 0.12 * np.linspace(0, 1, w)[None, :, None]
    arr = arr * shade + rng.normal(0, 4, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(96, 88, 80))
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality)
    return b.getvalue()


# ---------------------------------------------------------------- labels

LABELS = {}


def label(doc_id, fmt, template, agency_key, agency_name, person, title, email, phone,
          subjects, basis, ptype, form, attached, purpose, records, channel):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    subj = []
    for s in subjects:
        name, dob = s[0], s[1]
        ids = [{"type": t, "value": v} for t, v in (s[2] if len(s) > 2 else [])]
        subj.append({"name": name, "dob": dob, "identifiers": ids})
    rec = {
        "id": doc_id, "family": FAMILY, "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email, "phone": phone},
        "subjects": subj,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }
    LABELS[doc_id] = rec
    with open(os.path.join(OUT, doc_id + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ======================================================================= documents

def bs01():
    d = D("times", 10.5)
    s = [
        SetFooter("FOR OFFICIAL USE ONLY // LAW ENFORCEMENT SENSITIVE", "",
                  "OIG Case No. 50-5521-0017-IU"),
        d.p("**U.S. Department of Labor**", align="C", size=14, after=1),
        d.p("Office of Inspector General", align="C", size=12, after=1),
        d.p("Office of Investigations – Labor Racketeering and Fraud", align="C", size=10, after=1),
        d.p("Chicago Regional Office · 230 South Dearborn Street, Suite 744 · Chicago, Illinois 60604",
            align="C", size=8.5, after=2),
        d.hr(1.2),
        d.cols("Thomas J. Brennan\nRegional Special Agent in Charge",
               "Telephone (312) 555-0140\nFacsimile (312) 555-0141", size=8.5),
        d.sp(14),
        d.p("February 11, 2025"),
        d.p("**VIA FIRST-CLASS MAIL**", size=9.5),
        d.p("Illinois Department of Employment Security\nBenefit Payment Control Division\n"
            "Attn: Custodian of Records\n33 South State Street, 10th Floor\nChicago, IL 60603"),
        d.p("**Re: Request for Unemployment Insurance and Wage Records\n"
            "OIG Case No. 50-5521-0017-IU**", indent=36),
        d.p("Dear Custodian of Records:"),
        d.p("The U.S. Department of Labor, Office of Inspector General (DOL-OIG), is conducting a "
            "criminal investigation into a scheme to obtain unemployment insurance (UI) benefits "
            "through the use of stolen and synthetic identities. The conduct under investigation "
            "may constitute violations of 18 U.S.C. § 1343 (wire fraud), 18 U.S.C. § 1028A "
            "(aggravated identity theft), and 18 U.S.C. § 641 (theft of public money).", align="J"),
        d.p("The Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(1), authorizes this "
            "office to access records relating to programs funded by the Department of Labor, and "
            "20 C.F.R. § 603.5 permits a State UI agency to disclose confidential UC information "
            "to a federal official for oversight and investigation of the UC program. We "
            "respectfully request copies of the following records for the individuals listed "
            "below, for the period March 1, 2020 to the present:", align="J"),
        d.p("1.  All UI claim applications (initial, additional and reopened), weekly "
            "certifications, and claimant-provided contact information, including e-mail "
            "addresses, telephone numbers and the IP addresses associated with each filing;", indent=18),
        d.p("2.  Benefit payment histories, including the method of payment, bank routing and "
            "account numbers, and debit card issuance records;", indent=18),
        d.p("3.  Quarterly wage records reported by employers for each Social Security number.",
            indent=18, after=8),
        d.table([["Name", "Date of Birth", "SSN (last 4)"],
                 ["GÓMEZ ARRIETA, Luis Fernando", "07/19/1984", "XXX-XX-4471"],
                 ["TRAN, Thi Ngoc Anh", "11/02/1991", "XXX-XX-0938"],
                 ["MARSH, Kevin Douglas", "05/30/1979", "XXX-XX-6620"]],
                [210, 110, 110]),
        d.sp(8),
        d.p("Records may be provided electronically in Excel or CSV format. Please do not notify "
            "the claimants of this request, as disclosure could jeopardize an ongoing criminal "
            "investigation. If you have questions, please contact me at (312) 555-0147 or "
            "ibanez.marisol.a@oig.dol.gov.", align="J"),
        d.p("Thank you for your continued cooperation with the Office of Inspector General."),
        d.p("Sincerely,", after=0),
        d.sig(101),
        d.p("Marisol A. Ibáñez\nSpecial Agent\nU.S. Department of Labor – OIG\nChicago Regional Office",
            after=10),
        d.p("cc:  AUSA Jonathan P. Reyes, U.S. Attorney's Office, N.D. Ill. (Financial Crimes Section)",
            size=8.5),
    ]
    write_born("bs01", build_pdf(s, title="DOL-OIG records request"))
    label("bs01", "born_digital", "DOL-OIG letterhead letter, SAC named above signer, 3 subjects in table",
          "dol-oig", "U.S. Department of Labor, Office of Inspector General", "Marisol A. Ibáñez",
          "Special Agent", "ibanez.marisol.a@oig.dol.gov", "(312) 555-0147",
          [("Luis Fernando Gómez Arrieta", "1984-07-19", [("ssn_last4", "4471")]),
           ("Thi Ngoc Anh Tran", "1991-11-02", [("ssn_last4", "0938")]),
           ("Kevin Douglas Marsh", "1979-05-30", [("ssn_last4", "6620")])],
          ["18 USC 1343", "18 USC 1028A", "18 USC 641", "5 USC 406", "20 CFR 603.5"],
          "none", None, False, "criminal_investigation",
          ["claims", "email", "phone", "benefits", "wages", "other"], "mail")


def bs02():
    m = new_msg(formataddr(("Dwyer, Patrick J.", "patrick.dwyer@ssa.gov")),
                formataddr(("Holloway, Denise", "denise.holloway@jfs.ohio.gov")),
                "SSA-OIG request - benefit and address information - WARSAME / YUSUF",
                "Wed, 05 Mar 2025 14:37:09 -0500", "<20250305193709.4F21@ssa.gov>")
    text = """Good afternoon Ms. Holloway,

I am a Special Agent with the Social Security Administration, Office of the
Inspector General (SSA-OIG), Columbus office. We have an open criminal
investigation involving concealment of household income and living
arrangements to obtain Supplemental Security Income, in possible violation of
42 U.S.C. 1383a(a) and 18 U.S.C. 641.

Would ODJFS be able to provide the following for the two individuals below,
from January 2022 to the present:

  - current and prior residential and mailing addresses on file for SNAP,
    Medicaid and Ohio Works First
  - household composition as reported on each application/renewal
  - reported earned income and the employer name(s) reported

  1) Abdirahman Farah WARSAME   DOB 14 Aug 1976   SSN ending 2259
  2) Hodan Ali YUSUF            DOB 22 Mar 1981   SSN ending 8134

If your office needs this on letterhead or requires a specific form, just let
me know and I will get it to you.

Thank you,

Patrick J. Dwyer
Special Agent
Social Security Administration
Office of the Inspector General - Office of Investigations
Columbus, Ohio
Office: (614) 555-0162 | Cell: (614) 555-0188

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the
sole use of the intended recipient(s) and may contain law enforcement
sensitive information. Any unauthorized review, use, disclosure or
distribution is prohibited.
"""
    html = ("<html><body style='font-family:Calibri,Arial,sans-serif;font-size:11pt'>"
            "<p>Good afternoon Ms. Holloway,</p>"
            "<p>I am a Special Agent with the Social Security Administration, Office of the Inspector "
            "General (SSA-OIG), Columbus office. We have an open criminal investigation involving "
            "concealment of household income and living arrangements to obtain Supplemental Security "
            "Income, in possible violation of 42 U.S.C. 1383a(a) and 18 U.S.C. 641.</p>"
            "<p>Would ODJFS be able to provide the following for the two individuals below, from "
            "January 2022 to the present:</p><ul>"
            "<li>current and prior residential and mailing addresses on file for SNAP, Medicaid and "
            "Ohio Works First</li><li>household composition as reported on each application/renewal</li>"
            "<li>reported earned income and the employer name(s) reported</li></ul>"
            "<table border='1' cellpadding='4' style='border-collapse:collapse'>"
            "<tr><th>#</th><th>Name</th><th>DOB</th><th>SSN ending</th></tr>"
            "<tr><td>1</td><td>Abdirahman Farah WARSAME</td><td>14 Aug 1976</td><td>2259</td></tr>"
            "<tr><td>2</td><td>Hodan Ali YUSUF</td><td>22 Mar 1981</td><td>8134</td></tr></table>"
            "<p>If your office needs this on letterhead or requires a specific form, just let me know "
            "and I will get it to you.</p><p>Thank you,</p>"
            "<p><b>Patrick J. Dwyer</b><br>Special Agent<br>Social Security Administration<br>"
            "Office of the Inspector General - Office of Investigations<br>Columbus, Ohio<br>"
            "Office: (614) 555-0162 | Cell: (614) 555-0188</p>"
            "<p style='font-size:8pt;color:#666'>CONFIDENTIALITY NOTICE: This e-mail, including any "
            "attachments, is for the sole use of the intended recipient(s) and may contain law "
            "enforcement sensitive information. Any unauthorized review, use, disclosure or "
            "distribution is prohibited.</p></body></html>")
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    write_eml("bs02", m, 2)
    label("bs02", "eml", "SSA-OIG agent e-mail, multipart/alternative, 2 subjects",
          "ssa-oig", "Social Security Administration, Office of the Inspector General",
          "Patrick J. Dwyer", "Special Agent", "patrick.dwyer@ssa.gov", "(614) 555-0162",
          [("Abdirahman Farah Warsame", "1976-08-14", [("ssn_last4", "2259")]),
           ("Hodan Ali Yusuf", "1981-03-22", [("ssn_last4", "8134")])],
          ["42 USC 1383a", "18 USC 641"], "none", None, False, "criminal_investigation",
          ["address", "benefits", "wages", "employment", "other"], "email")


def i200_page(d, file_no, date, name, signer, signer_title, seed, basis_checks, office):
    dvs = D("dvs", 9.5)
    return [
        SetFooter("Form I-200 (Rev. 09/16)", "", ""),
        dvs.p("U.S. DEPARTMENT OF HOMELAND SECURITY", align="C", bold=True, size=10, after=1),
        dvs.p("WARRANT FOR ARREST OF ALIEN", align="C", bold=True, size=13, after=10),
        dvs.cols("", f"File No. {file_no}\n\nDate: {date}", size=9.5),
        dvs.sp(6),
        dvs.p("To:   Any immigration officer authorized pursuant to sections 236 and 287 of the "
              "Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, "
              "to serve warrants of arrest for immigration violations"),
        dvs.p(f"I have determined that there is probable cause to believe that   **{name}**   is "
              "removable from the United States. This determination is based upon:", before=6),
        *[dvs.p(("☒ " if c else "☐ ") + t, indent=24, after=3) for c, t in basis_checks],
        dvs.p("YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the "
              "Immigration and Nationality Act, the above-named alien.", before=8, after=16),
        dvs.cols("", "", size=9),
        dvs.sig(seed, 140),
        dvs.p("(Signature of Authorized Immigration Officer)", size=8, after=1),
        dvs.p(f"{signer}\n{signer_title}", size=9.5, after=1),
        dvs.p("(Printed Name and Title of Authorized Immigration Officer)", size=8, after=14),
        dvs.hr(1),
        dvs.p("Certificate of Service", align="C", bold=True),
        dvs.p("I hereby certify that the Warrant for Arrest of Alien was served by me at "
              "______________________ (Location) on ______________________ (Name of Alien) on "
              "______________ (Date of Service), and the contents of this notice were read to him or "
              "her in the ______________ (Language) language.", size=8.5),
        dvs.p("______________________________          ______________________________", size=8.5,
              before=14, after=0),
        dvs.p("Name and Signature of Officer                           Name or Number of Interpreter "
              "(if applicable)", size=7.5),
        dvs.p(office, size=7.5, before=12, align="R"),
    ]


def bs03():
    d = D("times", 11)
    s = [
        d.p("U.S. Department of Homeland Security", align="L", bold=True, size=11, after=0),
        d.p("U.S. Immigration and Customs Enforcement", align="L", size=10.5, after=0),
        d.p("Enforcement and Removal Operations", align="L", size=10.5, after=0),
        d.p("Chicago Field Office\n101 West Congress Parkway, 4th Floor\nChicago, IL 60605",
            size=9.5, after=2),
        d.hr(0.8),
        d.p("Field Office Director: Samuel R. Okafor", size=9, align="R"),
        d.sp(6),
        d.p("September 3, 2024"),
        d.p("Illinois Secretary of State\nDriver Services Department – Records Custodian\n"
            "2701 S. Dirksen Parkway\nSpringfield, IL 62723"),
        d.p("RE:  Request for Driver Record Information – CASTAÑEDA RUIZ, José Manuel", bold=True),
        d.p("To whom it may concern:"),
        d.p("Pursuant to 8 U.S.C. § 1357 and the authority delegated to immigration officers of the "
            "Department of Homeland Security, U.S. Immigration and Customs Enforcement (ICE), "
            "Enforcement and Removal Operations (ERO), requests the following records relating to "
            "the individual named in the enclosed Warrant for Arrest of Alien (Form I-200):",
            align="J"),
        d.kv([("Name:", "CASTAÑEDA RUIZ, José Manuel"), ("Date of Birth:", "02/27/1990"),
              ("A-Number:", "A214 877 035"), ("IL DL/ID No.:", "C235-6619-0482")],
             widths=(110, 300)),
        d.sp(6),
        d.p("(1) current residential and mailing address on file; (2) the most recent driver's "
            "license/identification card photograph; (3) license status and issuance history; and "
            "(4) any vehicles registered to the subject.", align="J"),
        d.p("Please forward responsive records to the undersigned at the address above or by e-mail "
            "to aaron.k.lindqvist@ice.dhs.gov. Your assistance is appreciated.", align="J"),
        d.p("Respectfully,", after=0),
        d.sig(303, 130),
        d.p("Aaron K. Lindqvist\nDeportation Officer\nICE ERO Chicago\n(312) 555-0131"),
        d.p("Enclosure: Form I-200", size=9),
        d.pb(),
        *i200_page(d, "A214 877 035", "08/28/2024", "José Manuel CASTAÑEDA RUIZ",
                   "Gloria M. Pacheco", "Supervisory Detention and Deportation Officer", 304,
                   [(True, "the execution of a charging document to initiate removal proceedings "
                           "against the subject;"),
                    (False, "the pendency of ongoing removal proceedings against the subject;"),
                    (False, "the failure to establish admissibility subsequent to deferred inspection;"),
                    (True, "biometric confirmation of the subject's identity and a records check of "
                           "federal databases that affirmatively indicate, by themselves or in "
                           "addition to other reliable information, that the subject either lacks "
                           "immigration status or notwithstanding such status is removable under U.S. "
                           "immigration law; and/or"),
                    (False, "statements made voluntarily by the subject to an immigration officer "
                            "and/or other reliable evidence that affirmatively indicate the subject "
                            "either lacks immigration status or notwithstanding such status is "
                            "removable under U.S. immigration law.")],
                   "ERO Chicago Field Office"),
    ]
    pdf = build_pdf(s)
    write_scanned("bs03", pdf, [
        dict(angle=0.8, noise=5, bg=230, stamp_spec=(["RECEIVED", "SEP 09 2024", "DRIVER SERVICES"],
                                                      (1150, 140), 8, 1.0)),
        dict(angle=-1.3, noise=6, bg=224)], dpi=200, seed=3)
    label("bs03", "scanned", "ICE ERO cover letter + Form I-200, scanned with received stamp",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations",
          "Aaron K. Lindqvist", "Deportation Officer", "aaron.k.lindqvist@ice.dhs.gov",
          "(312) 555-0131",
          [("José Manuel Castañeda Ruiz", "1990-02-27",
            [("a_number", "A214877035"), ("license", "C23566190482")])],
          ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"],
          "administrative_warrant", "I-200", True, "civil_immigration",
          ["address", "photo", "license", "vehicle"], "mail")


def bs04():
    d = D("dvs", 10)
    s = [
        d.p("CASS COUNTY SHERIFF'S OFFICE", align="C", bold=True, size=15, after=0),
        d.p("Warrants Division · 1612 23rd Avenue North · Fargo, North Dakota 58102", align="C",
            size=9, after=8),
        d.p("FAX TRANSMITTAL", align="C", bold=True, size=18, after=12),
        d.kv([("TO:", "NDDOT – Drivers License Division, Records"), ("FAX:", "(701) 555-0170"),
              ("FROM:", "Deputy Kyle J. Hagen, Warrants Division"),
              ("PHONE:", "(701) 555-0119"), ("DATE:", "03/18/2025"),
              ("PAGES:", "2 (including cover)"),
              ("RE:", "Photo / address / vehicle request – KOVAČEVIĆ")],
             widths=(80, 380), grid=True, pad=5, size=11),
        d.sp(16),
        d.p("Comments: Please see attached request form. Subject has an active District Court "
            "warrant. Please fax return to 701-555-0120 or email hagenk@casscountynd.gov. Thanks.",
            size=11),
        d.sp(160),
        d.box("CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain "
              "confidential criminal justice information intended only for the use of the "
              "addressee. If you have received this fax in error, please notify the sender "
              "immediately by telephone and destroy the documents.", size=8.5),
        d.pb(),
    ]
    f = D("dvs", 9.5)
    s += [
        f.p("LAW ENFORCEMENT REQUEST FOR DRIVER RECORD / PHOTO", align="C", bold=True, size=13,
            after=2),
        f.p("North Dakota Department of Transportation – Drivers License Division", align="C",
            size=9, after=10),
        f.p("SECTION A – REQUESTING AGENCY", bold=True, size=10),
        f.kv([("Agency", "Cass County Sheriff's Office"), ("ORI", "ND0090000"),
              ("Officer name / rank", "Deputy Kyle J. Hagen"), ("Badge / ID #", "4417"),
              ("Phone", "(701) 555-0119"), ("Fax", "(701) 555-0120"),
              ("E-mail", "hagenk@casscountynd.gov"), ("Case / Incident #", "25-004312")],
             widths=(150, 318), grid=True, pad=4),
        f.sp(8),
        f.p("SECTION B – SUBJECT", bold=True, size=10),
        f.kv([("Name (Last, First Middle)", "KOVAČEVIĆ, Dragan Milan"),
              ("Date of birth", "1988-11-04"), ("ND operator license #", "KOV 48 1927"),
              ("Last known address", "unknown – believed West Fargo area")],
             widths=(150, 318), grid=True, pad=4),
        f.sp(8),
        f.p("SECTION C – RECORDS REQUESTED", bold=True, size=10),
        f.p("☒ Photograph / digital image     ☒ Address history     ☐ Driving record (abstract)     "
            "☒ Vehicle registrations     ☐ Other: ____________", size=9.5),
        f.sp(4),
        f.p("SECTION D – REASON FOR REQUEST", bold=True, size=10),
        f.box("Service of outstanding Cass County District Court arrest warrant — Aggravated "
              "Assault, N.D.C.C. § 12.1-17-02. Need current photo for positive identification and "
              "most recent address and vehicles for locating subject.", width=468),
        f.sp(8),
        f.p("SECTION E – CERTIFICATION", bold=True, size=10),
        f.p("I certify that this request is made by a law enforcement agency in carrying out its "
            "functions, a permissible use under the Driver's Privacy Protection Act, 18 U.S.C. "
            "§ 2721(b)(1), and N.D.C.C. § 39-33-02, and that the information received will be used "
            "only for that purpose.", size=9),
        f.sp(10),
        f.sig(404, 140),
        f.kv([("Signature of requesting officer", "Date: 03/18/2025")], widths=(234, 234),
             bold_keys=False),
        f.sp(10),
        f.p("SFN 51972 (rev. 2023)", size=7, align="R"),
    ]
    pdf = build_pdf(s)
    write_fax("bs04", pdf, lambda n, t: f"03/18/2025 09:14  CASS CO SHERIFF WARRANTS  7015550119"
                                        f"      P.{n:03d}/{t:03d}", seed=4, skew=0.4)
    label("bs04", "fax", "sheriff fax cover + state DL request form with label/value grid",
          "sheriff", "Cass County Sheriff's Office", "Kyle J. Hagen", "Deputy",
          "hagenk@casscountynd.gov", "(701) 555-0119",
          [("Dragan Milan Kovačević", "1988-11-04", [("license", "KOV481927")])],
          ["NDCC 12.1-17-02", "18 USC 2721", "NDCC 39-33-02"],
          "none", None, False, "criminal_investigation", ["photo", "address", "vehicle"], "fax")


def bs05():
    d = D("times", 11)
    s = [
        SetFooter("", "", ""),
        d.p("**U.S. Department of Justice**", size=13, after=0),
        d.p("^^United States Attorney^^\n^^District of New Jersey^^", size=11, after=2),
        d.hr(0.6),
        d.cols("^^Raymond T. Colvin, Acting United States Attorney^^",
               "402 East State Street, Room 430\nTrenton, New Jersey 08608\n(609) 555-0100",
               size=8.5),
        d.sp(10),
        d.cols("", "March 31, 2025"),
        d.sp(6),
        d.p("Custodian of Records\nNew Jersey Department of Labor and Workforce Development\n"
            "Office of Legal and Regulatory Services\n1 John Fitch Plaza, P.O. Box 110\n"
            "Trenton, New Jersey 08625"),
        d.p("Re:  Grand Jury Subpoena – Investigation No. 24-1187 (GJ)", bold=True, indent=36),
        d.p("Dear Custodian:"),
        d.p("Enclosed please find a federal grand jury subpoena directed to your agency. The "
            "subpoena requires the production of the records described in Attachment A. In lieu of "
            "appearing before the grand jury on the return date, you may comply by delivering the "
            "records to me on or before that date, together with the enclosed certificate of "
            "authenticity executed pursuant to Federal Rule of Evidence 902(11).", align="J"),
        d.p("Although Fed. R. Crim. P. 6(e) does not impose an obligation of secrecy on grand jury "
            "witnesses, you are requested not to disclose the existence of this subpoena, or the fact "
            "of your compliance, to the individuals named in Attachment A or any third party, since "
            "disclosure could impede the investigation.", align="J"),
        d.p("Questions may be directed to me at (609) 555-0126 or "
            "daniela.ferreira-lutz@usdoj.gov. Thank you for your prompt attention to this matter."),
        d.p("Very truly yours,", after=0),
        d.p("RAYMOND T. COLVIN\nActing United States Attorney", size=10, after=0),
        d.sig(505, 140),
        d.p("By:  Daniela Ferreira-Lutz\nAssistant United States Attorney"),
        d.p("Enclosures", size=9),
        d.pb(),
    ]
    f = D("times", 10)
    s += [
        SetFooter("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", "", ""),
        f.p("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", size=8, after=6),
        f.p("UNITED STATES DISTRICT COURT", align="C", bold=True, size=14, after=0),
        f.p("for the", align="C", size=9, after=0),
        f.p("District of New Jersey", align="C", size=11, after=10),
        f.p("SUBPOENA TO TESTIFY BEFORE A GRAND JURY", align="C", bold=True, size=12, after=10),
        f.p("To:  Custodian of Records, New Jersey Department of Labor and Workforce Development, "
            "1 John Fitch Plaza, Trenton, NJ 08625"),
        f.p("YOU ARE COMMANDED to appear in this United States district court at the time, date, and "
            "place shown below to testify before the court's grand jury. When you arrive, you must "
            "remain at the court until the judge or a court officer allows you to leave.", before=6),
        f.table([["Place: Clarkson S. Fisher U.S. Courthouse\n402 East State Street\n"
                  "Trenton, NJ 08608", "Date and Time:\n04/22/2025  9:30 am"]], [300, 168],
                header=False),
        f.p("You must also bring with you the following documents, electronically stored "
            "information, or objects ^^(blank if not applicable)^^:", before=8),
        f.p("SEE ATTACHMENT A", bold=True, indent=36, after=16),
        f.cols("Date:  03/31/2025", "^^CLERK OF COURT^^"),
        f.sp(4),
        f.cols("", "/s/ R. Okonkwo"),
        f.cols("", "^^Signature of Clerk or Deputy Clerk^^", size=8),
        f.sp(16),
        f.p("The name, address, e-mail, and telephone number of the United States attorney, or "
            "assistant United States attorney, who requests this subpoena, are:", size=9),
        f.p("Daniela Ferreira-Lutz, Assistant United States Attorney, 402 East State Street, "
            "Room 430, Trenton, NJ 08608 · daniela.ferreira-lutz@usdoj.gov · (609) 555-0126",
            size=9),
        f.pb(),
        SetFooter("Grand Jury Investigation No. 24-1187 (GJ)", "", "Attachment A"),
        f.p("ATTACHMENT A", align="C", bold=True, size=12, after=10),
        f.p("For the period January 1, 2021 through the date of this subpoena, produce the "
            "following records relating to the persons identified below:", size=10.5),
        f.table([["Name", "Date of Birth", "SSN (last four)"],
                 ["ROMERO DE LA CRUZ, Ana Lucía", "06/15/1986", "3307"],
                 ["SEREDA, Bogdan I.", "01/09/1972", "8815"]], [220, 110, 110]),
        f.sp(8),
        f.p("1.  All quarterly wage records reported by any employer, including employer name, "
            "FEIN, address and wages paid per quarter.", indent=14),
        f.p("2.  All unemployment insurance claims, including applications, weekly certifications, "
            "determinations, and payment histories (including the bank account or debit card to "
            "which benefits were paid).", indent=14),
        f.p("3.  All employer registration and contribution records for Sereda Home Improvement "
            "LLC, to the extent they identify either person as an owner, officer or employee.",
            indent=14),
        f.p("Records maintained electronically should be produced in native or .csv format.",
            before=6),
    ]
    write_born("bs05", build_pdf(s))
    label("bs05", "born_digital", "AUSA cover letter + AO 110 grand jury subpoena + Attachment A",
          "doj-usao", "United States Attorney, District of New Jersey", "Daniela Ferreira-Lutz",
          "Assistant United States Attorney", "daniela.ferreira-lutz@usdoj.gov", "(609) 555-0126",
          [("Ana Lucía Romero de la Cruz", "1986-06-15", [("ssn_last4", "3307")]),
           ("Bogdan I. Sereda", "1972-01-09", [("ssn_last4", "8815")])],
          ["FRE 902", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
          ["wages", "employment", "claims", "benefits"], "mail")


def bs06():
    m = new_msg(formataddr(("Nguyen, Thomas H", "thomas.h.nguyen@ice.dhs.gov")),
                formataddr(("Kline, Jolene", "jkline@pa.gov")),
                "RE: Request for DL photos / application documents - HSI Philadelphia",
                "Thu, 24 Apr 2025 11:52:40 -0400", "<BN8PR09MB4417.A12@ice.dhs.gov>",
                cc=formataddr(("RA-PD Law Enforcement Requests", "ra-pdlerequests@pa.gov")),
                extra={"In-Reply-To": "<SA1PR09MB7712.33@pa.gov>",
                       "References": "<BN8PR09MB4417.A01@ice.dhs.gov> <SA1PR09MB7712.33@pa.gov>"})
    m.set_content("""Ms. Kline,

Thanks for the quick turnaround. To answer your questions:

1. Purpose: this is a criminal investigation. HSI Philadelphia is investigating
   the manufacture and sale of fraudulent identity documents, 18 U.S.C. 1028 and
   18 U.S.C. 1546. Both individuals are targets of the investigation (not
   victims or witnesses).

2. Authority: we are requesting under the law enforcement exception of the
   Driver's Privacy Protection Act, 18 U.S.C. 2721(b)(1), which I understand is
   mirrored in 75 Pa.C.S. 6114. There is no subpoena at this time. If PennDOT
   requires one for the source documents I can ask the AUSA, but I'd prefer to
   avoid the delay if the photos and applications can be released without it.

Let me know if you need anything on letterhead.

V/r,
Tom

Thomas H. Nguyen
Special Agent
Homeland Security Investigations - Philadelphia
U.S. Immigration and Customs Enforcement
Desk: (215) 555-0154

-----Original Message-----
From: Kline, Jolene <jkline@pa.gov>
Sent: Thursday, April 24, 2025 9:06 AM
To: Nguyen, Thomas H <thomas.h.nguyen@ice.dhs.gov>
Subject: RE: Request for DL photos / application documents - HSI Philadelphia

Good morning Agent Nguyen,

Before we can process this we need (1) the purpose of the request and whether
it relates to a criminal investigation, and (2) the legal authority you are
relying on. Please reply to all so our law enforcement unit has it on file.

Thank you,
Jolene Kline
Records Specialist 2, Bureau of Driver Licensing
Pennsylvania Department of Transportation

-----Original Message-----
From: Nguyen, Thomas H <thomas.h.nguyen@ice.dhs.gov>
Sent: Wednesday, April 23, 2025 4:41 PM
To: RA-PD Law Enforcement Requests <ra-pdlerequests@pa.gov>
Subject: Request for DL photos / application documents - HSI Philadelphia

Hello,

Requesting the DL photographs, the original and renewal application records,
and copies of the identity documents presented (birth certificate, passport,
Social Security card, proof of residency) for:

  1) Dmytro Oleksandrovych HAVRYLIUK   DOB 10/30/1993   PA DL 31 558 204
  2) IBÁÑEZ ROBLES, Yesenia            DOB 02/14/1997   PA DL 29 104 773

Thank you,
SA Thomas Nguyen
HSI Philadelphia
""")
    write_eml("bs06", m, 6)
    label("bs06", "eml", "HSI agent reply answering DMV clerk's questions, quoted thread, 2 subjects",
          "dhs-ice-hsi", "Homeland Security Investigations - Philadelphia", "Thomas H. Nguyen",
          "Special Agent", "thomas.h.nguyen@ice.dhs.gov", "(215) 555-0154",
          [("Dmytro Oleksandrovych Havryliuk", "1993-10-30", [("license", "31558204")]),
           ("Yesenia Ibáñez Robles", "1997-02-14", [("license", "29104773")])],
          ["18 USC 1028", "18 USC 1546", "18 USC 2721", "75 PaCS 6114"],
          "none", None, False, "criminal_investigation",
          ["photo", "license", "identity_documents"], "email")


def bs07():
    text = """From: Michigan Department of State <noreply-leir@michigan.gov>
To: MDOS Law Enforcement Services <MDOS-LESRequests@michigan.gov>
Date: Fri, 18 Apr 2025 14:22:11 -0400
Subject: [LEIR] New submission LEIR-2025-0418-00937 - Ypsilanti Police Department

A new Law Enforcement Information Request has been submitted online.
Do not reply to this automated message.

================================================================
 LAW ENFORCEMENT INFORMATION REQUEST  (form BDVR-154-LE online)
================================================================
Submission ID ............ LEIR-2025-0418-00937
Submitted ................ 04/18/2025 14:22:07 EDT

-- Requesting agency --
Agency ................... Ypsilanti Police Department
ORI ...................... MI8129300
Officer name ............. Det. Curtis L. Wendt
Badge # .................. 207
Telephone ................ (734) 555-0109
E-mail ................... cwendt@cityofypsilanti.com
Supervisor ............... Sgt. Alyssa M. Ferency

-- Investigation --
Case number .............. YPD-25-03371
Offense / statute ........ Retail Fraud 1st Degree, MCL 750.356c
Statement of purpose ..... Suspect identified by store loss prevention
                           (witness T. Greer) from receipt and video.
                           Need digitized image for photo lineup and
                           current address for follow-up.

-- Subject 1 --
Last name ................ PHAM
First name ............... Quoc Bao
Middle name ..............
Date of birth ............ 09/06/1995
DL / PID number .......... P 510 286 447 913
Sex ...................... M

-- Records requested --
[x] Digitized image (photo)
[x] Driver record / license status
[x] Address history
[ ] Vehicle registration / title
[ ] Other

-- Certification --
[x] I certify that I am a law enforcement officer requesting this
    information in the performance of official duties, as permitted by
    MCL 257.208c and the federal Driver's Privacy Protection Act,
    18 USC 2721, and that misuse is subject to penalty.

Electronic signature ..... Curtis L. Wendt
================================================================
"""
    write_txt("bs07", text)
    label("bs07", "txt", "state DMV online law-enforcement request form notification (dotted label/value)",
          "local-police", "Ypsilanti Police Department", "Curtis L. Wendt", "Detective",
          "cwendt@cityofypsilanti.com", "(734) 555-0109",
          [("Quoc Bao Pham", "1995-09-06", [("license", "P510286447913")])],
          ["MCL 750.356c", "MCL 257.208c", "18 USC 2721"],
          "none", None, False, "criminal_investigation", ["photo", "license", "address"], "email")


def bs08():
    d = D("courier", 9.5)
    s = [
        SetFooter("DEA FILE NO. M3-24-0091", "", "SUBPOENA NO. 25-WRO-0147"),
        d.p("U.S. DEPARTMENT OF JUSTICE", align="C", bold=True, size=11, after=0),
        d.p("DRUG ENFORCEMENT ADMINISTRATION", align="C", bold=True, size=11, after=8),
        d.p("SUBPOENA", align="C", bold=True, size=16, after=10),
        d.kv([("TO:", "Custodian of Records\nKansas Department of Labor\n401 SW Topeka Blvd.\n"
                      "Topeka, KS 66603"),
              ("SUBPOENA NO.:", "25-WRO-0147"), ("FILE NO.:", "M3-24-0091"),
              ("IN THE MATTER OF:", "Investigation of possible violations of 21 U.S.C. §§ 841 and "
                                    "846 (controlled substances)")],
             widths=(130, 338), grid=True, pad=4),
        d.sp(8),
        d.p("By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before "
            "Special Agent Christopher M. Baumgartner, an officer of the Drug Enforcement "
            "Administration, at 301 N. Main Street, Suite 1150, Wichita, Kansas 67202, on the 6th "
            "day of June, 2025, at 10:00 a.m., to give testimony and to produce the following "
            "books, papers, records and documents:", align="J"),
        d.p("For the period January 1, 2022 to present: all quarterly wage records, the names and "
            "addresses of all reporting employers, and any claims for unemployment insurance "
            "benefits (including mailing addresses and payment records) for:", align="J", indent=18),
        d.p("(1) Jaime Alberto OROZCO-NÚÑEZ, DOB: 12 Jan 1983, SSN XXX-XX-5192\n"
            "(2) Tyrell Marcus GAINES, DOB: 21 Jul 1990, SSN XXX-XX-0046", indent=36, bold=True),
        d.p("This subpoena is issued pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876), "
            "in connection with an investigation relating to controlled substances. The records "
            "requested are relevant and material to that investigation.", align="J"),
        d.p("Failure to comply with this subpoena may render you liable to proceedings in the "
            "United States District Court to enforce obedience to the requirements of this "
            "subpoena, as provided in 21 U.S.C. 876(c).", align="J"),
        d.p("IN LIEU OF APPEARANCE, you may comply by mailing or e-mailing legible copies of the "
            "records described above, together with a signed certificate of authenticity, to the "
            "officer named above on or before the return date. Please do not disclose the existence "
            "of this subpoena; disclosure could impede the investigation.", align="J"),
        d.sp(6),
        d.kv([("Issued at:", "Wichita, Kansas"), ("Date:", "May 14, 2025")], widths=(100, 200)),
        d.sp(6),
        d.sig(808, 150),
        d.p("CHRISTOPHER M. BAUMGARTNER\nSpecial Agent\nDrug Enforcement Administration\n"
            "Wichita Resident Office, Kansas City District Office\n"
            "Tel. (316) 555-0138   christopher.m.baumgartner@dea.gov"),
        d.pb(),
        d.p("RETURN OF SERVICE", align="C", bold=True, size=12),
        d.p("I certify that I served the foregoing subpoena on the person named therein by "
            "[ ] personal delivery  [X] certified mail  [ ] electronic mail, on ___________, 2025.",
            before=6),
        d.p("__________________________________\n(Signature of person making service)", before=20),
        d.sp(20),
        d.p("CERTIFICATE OF CUSTODIAN OF RECORDS", align="C", bold=True, size=12),
        d.p("I, _______________________, certify that I am the custodian of records of the Kansas "
            "Department of Labor, that the attached records are true copies of records made and "
            "kept in the regular course of business, at or near the time of the events recorded, "
            "by a person with knowledge.", before=6),
        d.p("__________________________________   Date: ____________", before=20),
    ]
    write_born("bs08", build_pdf(s))
    label("bs08", "born_digital", "DEA administrative subpoena (21 USC 876) with return of service page",
          "doj-dea", "Drug Enforcement Administration", "Christopher M. Baumgartner",
          "Special Agent", "christopher.m.baumgartner@dea.gov", "(316) 555-0138",
          [("Jaime Alberto Orozco-Núñez", "1983-01-12", [("ssn_last4", "5192")]),
           ("Tyrell Marcus Gaines", "1990-07-21", [("ssn_last4", "0046")])],
          ["21 USC 841", "21 USC 846", "PL 91-513", "21 USC 876"],
          "administrative_subpoena", None, True, "criminal_investigation",
          ["wages", "employment", "claims", "address", "benefits"], "mail")


def bs09():
    d = D("dvserif", 10.5)
    s = [
        d.p("IN THE IOWA DISTRICT COURT FOR POLK COUNTY", align="C", bold=True, size=12, after=12),
        d.cols("STATE OF IOWA,\n\n          vs.\n\nRECORDS OF IOWA WORKFORCE DEVELOPMENT\n"
               "1000 East Grand Avenue, Des Moines, Iowa",
               "Search Warrant No. SWPC 025817\n\n\n**SEARCH WARRANT**", widths=(270, 198)),
        d.hr(0.8, before=8),
        d.p("THE STATE OF IOWA, to any peace officer of the State:", bold=True),
        d.p("Proof by affidavit under oath having been made this day before me by Detective Lauren "
            "M. Schaefer of the Des Moines Police Department, and the Court having found that "
            "probable cause exists to believe that records maintained by Iowa Workforce Development, "
            "1000 East Grand Avenue, Des Moines, Polk County, Iowa, constitute evidence of the "
            "crimes of Theft in the First Degree, in violation of Iowa Code sections 714.1 and "
            "714.2, and False Statements to Obtain Benefits, in violation of Iowa Code section "
            "96.16;", align="J"),
        d.p("YOU ARE THEREFORE COMMANDED, in the daytime, to make immediate search of the above "
            "place for the following property, and if found, to seize it and bring it forthwith "
            "before me or any other magistrate of this county:", align="J"),
        d.p("All records relating to unemployment insurance claims filed by or in the name of "
            "**Minh Khoa Vũ** (date of birth March 4, 1987; SSN ending 5518), for the period "
            "January 1, 2023 through the present, including initial and continued claims, weekly "
            "certifications, reported earnings, payment records and the bank accounts to which "
            "payments were deposited; and all quarterly wage records reported for the same person "
            "by any employer, including Lindgren Plumbing & Heating, Inc.", indent=24, align="J"),
        d.p("The confidentiality provisions of Iowa Code section 96.11(6) do not prevent compliance "
            "with this warrant. This warrant is issued pursuant to Iowa Code section 808.4.",
            align="J"),
        d.p("Dated this 12th day of May, 2025, at 10:40 a.m.", before=6),
        d.sp(4),
        d.cols("", "", widths=(240, 228)),
        d.sig(909, 150),
        d.p("Kathleen R. Dunmore\nDistrict Associate Judge, Fifth Judicial District of Iowa"),
        d.pb(),
        d.p("RETURN AND INVENTORY", align="C", bold=True, size=12),
        d.p("Received the within warrant on the 12th day of May, 2025, and on the ____ day of "
            "__________, 2025, I served the same by delivering a copy to the custodian of records "
            "at Iowa Workforce Development and requesting production of the records described.",
            align="J"),
        d.p("Inventory of property seized: ______________________________________________________\n"
            "___________________________________________________________________________", before=6),
        d.sp(20),
        d.kv([("Executing officer:", "Det. Lauren M. Schaefer, #4482"),
              ("Agency:", "Des Moines Police Department – Financial Crimes Unit"),
              ("Address:", "25 East 1st Street, Des Moines, IA 50309"),
              ("Telephone:", "(515) 555-0177"), ("E-mail:", "lschaefer@dmgov.org"),
              ("DMPD case no.:", "25-011784")], widths=(120, 330)),
        d.sp(16),
        d.p("Records custodian: please deliver responsive records to Det. Schaefer. Questions "
            "about the underlying complaint (reported by Harold E. Lindgren, the employer) should "
            "be directed to the detective, not to the Court.", italic=True, size=10),
    ]
    write_scanned("bs09", build_pdf(s), [
        dict(angle=-0.7, noise=6, bg=226),
        dict(angle=0.5, rot=180, noise=6, bg=222)], dpi=200, seed=9)
    label("bs09", "scanned", "Iowa district court search warrant for UI records + return page (upside down)",
          "local-police", "Des Moines Police Department", "Lauren M. Schaefer", "Detective",
          "lschaefer@dmgov.org", "(515) 555-0177",
          [("Minh Khoa Vũ", "1987-03-04", [("ssn_last4", "5518")])],
          ["IA Code 714.1", "IA Code 714.2", "IA Code 96.16", "IA Code 96.11", "IA Code 808.4"],
          "judicial_warrant", None, True, "criminal_investigation",
          ["claims", "benefits", "wages", "other"], "mail")


def i247a_pdf():
    d = D("dvs", 8.6)
    s = [
        SetFooter("DHS Form I-247A (3/17)", "", "Page 1 of 3"),
        d.p("DEPARTMENT OF HOMELAND SECURITY", align="C", bold=True, size=10, after=0),
        d.p("IMMIGRATION DETAINER - NOTICE OF ACTION", align="C", bold=True, size=13, after=8),
        d.kv([("Subject ID: 391127745", "Event #: OMA2503000412"),
              ("File No: A208 455 613", "Date: March 21, 2025")], widths=(234, 234),
             bold_keys=False),
        d.kv([("TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)",
               "FROM: (Department of Homeland Security Office Address)"),
              ("Nebraska Department of Correctional Services\nTecumseh State Correctional "
               "Institution\n2725 N. Highway 50, Tecumseh, NE 68450",
               "ICE Enforcement and Removal Operations\nOmaha Field Office\n1717 Avenue H\n"
               "Omaha, NE 68110")], widths=(234, 234), grid=True, bold_keys=False),
        d.kv([("Name of Alien: LÓPEZ QUIÑÓNEZ, Marvin Estuardo", ""),
              ("Date of Birth: 12/02/1999", "Citizenship: GUATEMALA        Sex: M")],
             widths=(300, 168), bold_keys=False),
        d.sp(4),
        d.p("1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. "
            "THIS DETERMINATION IS BASED ON (complete box 1 or 2):", bold=True),
        d.p("☒ A final order of removal against the alien;\n"
            "☐ The pendency of ongoing removal proceedings against the alien;\n"
            "☐ Biometric confirmation of the alien's identity and a records check of federal "
            "databases that affirmatively indicate, by themselves or in addition to other reliable "
            "information, that the alien either lacks immigration status or notwithstanding such "
            "status is removable under U.S. immigration law; and/or\n"
            "☐ Statements made by the alien to an immigration officer and/or other reliable evidence "
            "that affirmatively indicate the alien either lacks immigration status or "
            "notwithstanding such status is removable under U.S. immigration law.", indent=14),
        d.p("2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION "
            "(complete box 1 or 2).  ☐", bold=True),
        d.p("IT IS THEREFORE REQUESTED THAT YOU:", bold=True, before=4),
        d.p("• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is "
            "released from your custody. Please notify DHS by calling ☒ U.S. Immigration and "
            "Customs Enforcement (ICE) at (402) 555-0114.\n"
            "• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when "
            "he/she would otherwise have been released from your custody to allow DHS to assume "
            "custody.\n"
            "• Relay this detainer to any other law enforcement agency to which you transfer custody "
            "of the alien.\n"
            "• Notify this office in the event of the alien's death, hospitalization or transfer to "
            "another institution.", indent=14),
        d.p("This detainer arises from DHS authorities under sections 236 and 287 of the "
            "Immigration and Nationality Act and 8 C.F.R. § 287.7 and should not impact decisions "
            "about the alien's bail, rehabilitation, parole, release, diversion, custody "
            "classification, work, quarter assignments, or other matters.", before=4),
        d.sp(6),
        d.kv([("Ramón D. Velásquez, Deportation Officer", "(Signature of Immigration Officer)")],
             widths=(234, 234), bold_keys=False),
        d.sig(1010, 130),
        d.p("Paul W. Dressler – Supervisory Detention and Deportation Officer (issuing officer)",
            size=8),
        d.hr(0.8),
        d.p("Notice: If the alien may be the victim of a crime or you want the alien to remain in "
            "the United States for prosecution or other law enforcement purposes, including acting "
            "as a witness, please notify the ICE Law Enforcement Support Center at (802) 555-0199.",
            size=7.5),
        d.pb(),
        SetFooter("DHS Form I-247A (3/17)", "", "Page 2 of 3"),
        d.p("NOTICE TO THE DETAINEE", align="C", bold=True, size=11),
        d.p("The Department of Homeland Security (DHS) has placed an immigration detainer on you. "
            "An immigration detainer is a notice from DHS informing law enforcement agencies that "
            "DHS intends to assume custody of you after you otherwise would be released from their "
            "custody. DHS has requested that the law enforcement agency which is currently "
            "detaining you maintain custody of you for a period not to exceed 48 hours beyond the "
            "time when you would have otherwise been released. If DHS does not take you into "
            "custody during that additional 48 hour period, you should contact your custodian "
            "(the agency that is holding you now) to inquire about your release.", align="J"),
        d.p("If you have a complaint regarding this detainer or related to violations of civil "
            "rights or civil liberties connected to DHS activities, please contact the ICE Joint "
            "Intake Center at 1-877-555-0166.", align="J"),
        d.pb(),
        SetFooter("DHS Form I-247A (3/17)", "", "Page 3 of 3"),
        d.p("CERTIFICATE OF SERVICE", align="C", bold=True, size=11),
        d.p("This form was served upon the alien on ______________, in the following manner: "
            "☐ in person   ☐ by inclusion in an I-203 or I-203A   ☐ by fax or electronic mail",
            before=6),
        d.p("______________________________   ______________________________", before=20),
        d.p("Name and title of officer          Signature of officer", size=8),
    ]
    return build_pdf(s)


def bs10():
    m = new_msg(formataddr(("Velásquez, Ramón D", "ramon.d.velasquez@ice.dhs.gov")),
                formataddr(("NDCS Central Records", "ndcs.records@nebraska.gov")),
                "Immigration Detainer I-247A - LOPEZ QUINONEZ, Marvin - NDCS #91204",
                "Fri, 21 Mar 2025 08:17:55 -0500", "<CH3PR09MB8123.1F0A@ice.dhs.gov>")
    m.set_content("""Good morning,

Please see the attached Form I-247A, Immigration Detainer - Notice of Action,
for the inmate below, currently housed at the Tecumseh State Correctional
Institution.

  Name:   LOPEZ QUINONEZ, Marvin Estuardo
  DOB:    12/02/1999
  NDCS #: 91204
  A#:     208-455-613

We request that your office lodge the detainer, acknowledge receipt, and
notify ERO Omaha at least 48 hours prior to the inmate's release. Please also
provide his projected release / parole eligibility date and the release
address listed in his parole plan, if any.

Thank you for your assistance.

Ramon D. Velasquez
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - Omaha Field Office
1717 Avenue H, Omaha, NE 68110
Desk: (402) 555-0114
""")
    m.add_attachment(i247a_pdf(), maintype="application", subtype="pdf",
                     filename="I-247A_LOPEZ_QUINONEZ_A208455613.pdf")
    write_eml("bs10", m, 10)
    label("bs10", "eml", "ERO e-mail to state corrections with I-247A PDF attached",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Omaha Field Office",
          "Ramón D. Velásquez", "Deportation Officer", "ramon.d.velasquez@ice.dhs.gov",
          "(402) 555-0114",
          [("Marvin Estuardo López Quiñónez", "1999-12-02",
            [("a_number", "A208455613"), ("other", "91204")])],
          ["INA 236", "INA 287", "8 CFR 287.7"],
          "detainer", "I-247A", True, "civil_immigration", ["other", "address"], "email")


def bs11():
    d = D("helv", 10.5)
    s = [
        d.p("U.S. Immigration and Customs Enforcement", bold=True, size=14, after=0),
        d.p("Detroit, Michigan  ·  333 Mt. Elliott Street  ·  Detroit, MI 48207", size=9, after=10),
        d.p("FACSIMILE TRANSMITTAL SHEET", bold=True, size=16, align="C", after=14),
        d.kv([("TO:", "Michigan Department of Corrections – Central Records Office"),
              ("FAX NUMBER:", "(517) 555-0181"),
              ("FROM:", "Derek S. Pruitt, Immigration Officer"),
              ("PHONE:", "(313) 555-0150"),
              ("DATE:", "June 2, 2025"),
              ("TOTAL PAGES:", "2"),
              ("RE:", "Request for Voluntary Notification of Release – NGUYEN, VAN HIEU, MDOC #488120")],
             widths=(110, 358), grid=True, pad=5),
        d.sp(18),
        d.p("Please see the attached Form I-247N. Kindly acknowledge receipt by return fax and "
            "notify our office prior to the subject's release or parole.", size=11),
        d.sp(200),
        d.p("The information contained in this facsimile is intended only for the addressee and "
            "may be law enforcement sensitive. If you are not the intended recipient, please "
            "notify the sender and destroy all copies.", size=8.5, italic=True),
        d.pb(),
    ]
    f = D("dvs", 9)
    s += [
        f.p("DEPARTMENT OF HOMELAND SECURITY", align="C", bold=True, size=10, after=0),
        f.p("REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN", align="C",
            bold=True, size=11.5, after=8),
        f.kv([("Subject ID: 402281975", "Event #: DET2506000133"),
              ("File No: A041 227 950", "Date: 06/02/2025")], widths=(234, 234), bold_keys=False),
        f.kv([("TO: Michigan Department of Corrections\nCentral Records Office, Lansing, MI",
               "FROM: ICE – Detroit, MI\n333 Mt. Elliott Street, Detroit, MI 48207")],
             widths=(234, 234), grid=True, bold_keys=False),
        f.kv([("Name of Alien: NGUYEN, VAN HIEU", "Date of Birth: 01/09/1978"),
              ("Citizenship: VIETNAM", "Sex: M")], widths=(234, 234), bold_keys=False),
        f.sp(4),
        f.p("1. DHS HAS DETERMINED THAT THE ALIEN IN YOUR CUSTODY IS A PRIORITY FOR REMOVAL BECAUSE "
            "HE OR SHE:", bold=True),
        f.p("☒ has been convicted of an offense listed as a priority for removal;\n"
            "☐ is the subject of a final order of removal;\n"
            "☐ has been apprehended at the border or ports of entry while attempting to unlawfully "
            "enter the United States.", indent=14),
        f.p("IT IS THEREFORE REQUESTED THAT YOU:", bold=True, before=4),
        f.p("• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien "
            "is released from your custody. Please notify DHS by calling (313) 555-0150 or by fax "
            "to (313) 555-0151.", indent=14),
        f.p("This request for notification does not request or authorize that you detain the "
            "subject beyond the time he or she is currently scheduled for release from your "
            "custody. This request is issued under the authority of section 287 of the "
            "Immigration and Nationality Act and 8 C.F.R. § 287.7.", before=4),
        f.sp(8),
        f.sig(1111, 120),
        f.p("Derek S. Pruitt, Immigration Officer          (Name and title of Immigration Officer)",
            size=8.5),
        f.hr(0.6),
        f.p("TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN", bold=True,
            size=8.5),
        f.p("Date of latest criminal charge/conviction: ________   Last offense charged/conviction: "
            "______________   Estimated release date: ____________", size=8.5),
        f.sp(30),
        f.p("DHS Form I-247N (5/15)", size=7.5),
    ]
    write_fax("bs11", build_pdf(s), lambda n, t: f"JUN-02-2025 15:47  FROM: ICE DETROIT  "
                                                 f"+1 313 555 0150   TO: 15175550181   P.{n}/{t}",
              seed=11, skew=-0.3)
    label("bs11", "fax", "ICE fax cover sheet + Form I-247N request for notification",
          "dhs-ice", "U.S. Immigration and Customs Enforcement", "Derek S. Pruitt",
          "Immigration Officer", None, "(313) 555-0150",
          [("Van Hieu Nguyen", "1978-01-09", [("a_number", "A041227950"), ("other", "488120")])],
          ["INA 287", "8 CFR 287.7"], "detainer", "I-247N", True, "civil_immigration",
          ["other"], "fax")


def bs12():
    d = D("times", 11)
    s = [
        d.p("U.S. Department of Justice", bold=True, size=13, align="C", after=0),
        d.p("United States Marshals Service", size=12, align="C", after=0),
        d.p("Eastern District of Michigan", size=11, align="C", after=0),
        d.p("Detroit Fugitive Apprehension Team", size=10, align="C", italic=True, after=2),
        d.hr(1),
        d.cols("Gerald W. Pruszynski\nUnited States Marshal",
               "Theodore Levin U.S. Courthouse\n231 W. Lafayette Blvd., Room 1200\nDetroit, MI 48226",
               size=8.5),
        d.sp(12),
        d.p("14 January 2025"),
        d.p("Michigan Department of Health and Human Services\nOffice of Inspector General – "
            "Law Enforcement Liaison\nP.O. Box 30062\nLansing, Michigan 48909"),
        d.p("**Subject:  Fleeing Felon – Request for Recipient Address\n"
            "WHITLOCK, Jerome Anthony – DOB 03/11/1992 – SSN XXX-XX-7714**"),
        d.p("Dear Liaison:"),
        d.p("The United States Marshals Service is attempting to locate and apprehend the "
            "individual named above, who is the subject of an outstanding felony warrant issued "
            "by the 36th District Court, Detroit, for Assault with Intent to do Great Bodily Harm "
            "Less than Murder, MCL 750.84. We have reason to believe the subject may be receiving "
            "food assistance or cash assistance administered by your department.", align="J"),
        d.p("Under 7 U.S.C. § 2020(e)(8) and 42 U.S.C. § 608(a)(9)(B), a State agency administering "
            "SNAP or TANF shall furnish the address, Social Security number and, if available, "
            "photograph of a recipient to a law enforcement officer who furnishes the recipient's "
            "name and notifies the agency that the recipient is fleeing to avoid prosecution, and "
            "that locating or apprehending the recipient is within the officer's official duties. "
            "See also 7 C.F.R. § 272.1(c)(1)(vii). I so certify.", align="J"),
        d.p("Accordingly, I request the subject's current address and, if available, photograph. "
            "A copy of the warrant is enclosed. Please do not contact the subject.", align="J"),
        d.p("Respectfully,", after=0),
        d.sig(1212, 140),
        d.p("Elena V. Sokolova\nDeputy United States Marshal\nDetroit Fugitive Apprehension Team\n"
            "Office: (313) 555-0172  ·  elena.sokolova@usdoj.gov"),
        d.p("Enclosure: Felony Warrant, 36th District Court (1 page)", size=9),
        d.pb(),
    ]
    w = D("dvs", 9.5)
    s += [
        SetFooter("MC 200 (warrant) – Original: Court  1st copy: Law enforcement", "", ""),
        w.kv([("Approved, SCAO", "Original – Court\n1st copy – Law enforcement")],
             widths=(300, 168), bold_keys=False, size=7.5),
        w.p("STATE OF MICHIGAN\n36TH DISTRICT COURT – CITY OF DETROIT", bold=True, size=11,
            after=2),
        w.p("FELONY WARRANT", bold=True, size=14, align="C", after=6),
        w.kv([("CASE NO.", "25-000418-FY"), ("ORI", "MI821015J"),
              ("Court address", "421 Madison Street, Detroit, MI 48226")], widths=(120, 348),
             grid=True),
        w.sp(6),
        w.kv([("THE PEOPLE OF THE STATE OF MICHIGAN v.", "Defendant name and address:\n"
              "JEROME ANTHONY WHITLOCK\nLast known: 18841 Keystone St., Detroit, MI 48234"),
              ("Date of birth", "03/11/1992"), ("Race / Sex", "B / M"),
              ("Complaining witness", "P.O. Demetrius Hall, Detroit Police Dept., 9th Precinct")],
             widths=(190, 278), grid=True),
        w.sp(6),
        w.p("TO ANY PEACE OFFICER OR COURT OFFICER AUTHORIZED TO MAKE ARREST:", bold=True),
        w.p("The complaining witness has filed a sworn complaint in this court stating that on "
            "12/29/2024, in the City of Detroit, the defendant, contrary to law, did assault "
            "Terrence Boyd with intent to do great bodily harm less than the crime of murder; "
            "contrary to MCL 750.84. [FELONY: 10 Years]", align="J"),
        w.p("Upon examination of the complaining witness, I find that the complaint is sufficient "
            "and there is probable cause to believe that the defendant committed the offense. "
            "THEREFORE, IN THE NAME OF THE PEOPLE OF THE STATE OF MICHIGAN, I order you to arrest "
            "and bring the defendant before the court immediately.", align="J"),
        w.sp(10),
        w.kv([("Date: 01/02/2025", "Judge/Magistrate: Hon. Arlene D. Kasprzak    Bar no. P48812")],
             widths=(150, 318), bold_keys=False),
        w.sig(1213, 140),
        w.p("Bond: ☐ Personal recognizance  ☒ $50,000 cash/surety, 10% not allowed", size=9),
    ]
    write_born("bs12", build_pdf(s))
    label("bs12", "born_digital", "USMS fleeing-felon letter to human services + state felony warrant copy",
          "doj-usms", "United States Marshals Service, Eastern District of Michigan",
          "Elena V. Sokolova", "Deputy United States Marshal", "elena.sokolova@usdoj.gov",
          "(313) 555-0172",
          [("Jerome Anthony Whitlock", "1992-03-11", [("ssn_last4", "7714")])],
          ["MCL 750.84", "7 USC 2020", "42 USC 608", "7 CFR 272.1"],
          "judicial_warrant", None, True, "criminal_investigation", ["address", "photo"], "mail")


def bs13():
    m = new_msg(formataddr(("Jake Thibodeau", "j.thibodeau@windhamsheriff.vermont.gov")),
                "dmv.lawenforcement@vermont.gov", "photo pls",
                "Mon, 28 Jul 2025 16:03:21 -0400", "<A7C1E3F9-22B1-4F0E-9B2A@windhamsheriff.vermont.gov>")
    m.set_content("""Hi there -

Can you send me the most recent DL photo you have for Tyler Ames BOUCHARD,
DOB 4 Mar 1987, VT OLN 50218847.

Thanks
Jake

Sgt. Jacob R. Thibodeau
Windham County Sheriff's Office
Newfane, VT
802-555-0103

Sent from my iPhone
""")
    write_eml("bs13", m, 13)
    label("bs13", "eml", "two-line informal sheriff e-mail, no reason given",
          "sheriff", "Windham County Sheriff's Office", "Jacob R. Thibodeau", "Sergeant",
          "j.thibodeau@windhamsheriff.vermont.gov", "802-555-0103",
          [("Tyler Ames Bouchard", "1987-03-04", [("license", "50218847")])],
          [], "none", None, False, "unknown", ["photo"], "email")


def bs14():
    d = D("dvserif", 10.5)
    s = [
        d.p("U.S. Department of Justice", bold=True, size=13, after=0),
        d.p("^^United States Attorney's Office^^\n^^District of Nebraska^^", after=2),
        d.hr(0.6),
        d.cols("^^Lorenzo M. Haight\nUnited States Attorney^^",
               "1620 Dodge Street, Suite 1400\nOmaha, Nebraska 68102\n(402) 555-0190", size=8.5),
        d.sp(10),
        d.p("May 2, 2025", align="R"),
        d.p("Custodian of Records\nNebraska Department of Motor Vehicles\nDriver and Vehicle Records "
            "Division\n301 Centennial Mall South\nLincoln, NE 68509"),
        d.p("Re:   ^^United States v. Oleksiy Bondarenko, et al.^^, Case No. 8:24CR3117", bold=True,
            indent=30),
        d.p("Dear Custodian:"),
        d.p("Enclosed is a trial subpoena issued by the Clerk of the United States District Court "
            "for the District of Nebraska in the above criminal case, which charges the defendants "
            "with conspiracy to commit wire fraud in violation of 18 U.S.C. § 1349. Trial is set to "
            "begin June 9, 2025.", align="J"),
        d.p("Pursuant to Fed. R. Crim. P. 17(c), the subpoena directs production of the records "
            "listed in the attached rider. Your personal appearance will not be necessary if, before "
            "the trial date, you provide certified copies of those records together with the "
            "enclosed declaration, which complies with Fed. R. Evid. 902(11). The United States "
            "understands that disclosure in response to this subpoena is permitted by Neb. Rev. Stat. "
            "§ 60-2906.", align="J"),
        d.p("Please note that no records are sought concerning any witness in this case, including "
            "Mr. Dale Pfannenstiel, whose name appears in the title history only as a prior owner.",
            align="J"),
        d.p("If you have any questions, please contact me at (402) 555-0193 or "
            "keiko.brandt@usdoj.gov, or my paralegal, Ms. Renata Vlček, at (402) 555-0195."),
        d.p("Sincerely,", after=0),
        d.p("LORENZO M. HAIGHT\nUnited States Attorney", size=10, after=0),
        d.sig(1414, 130),
        d.p("KEIKO A. BRANDT\nAssistant United States Attorney"),
        d.p("Enclosures: Subpoena (AO 89); Rider; Declaration", size=9),
        d.pb(),
        SetFooter("AO 89 (Rev. 08/09) Subpoena to Testify at a Hearing or Trial in a Criminal Case",
                  "", ""),
        d.p("AO 89 (Rev. 08/09) Subpoena to Testify at a Hearing or Trial in a Criminal Case",
            size=8),
        d.p("UNITED STATES DISTRICT COURT", align="C", bold=True, size=14, after=0),
        d.p("for the\nDistrict of Nebraska", align="C", size=10, after=8),
        d.table([["United States of America\n          v.\nOleksiy Bondarenko and Shanice Marie "
                  "Tolbert\n^^Defendant^^", ")\n)     Case No.  8:24CR3117\n)\n)"]], [260, 208],
                grid=False, header=False),
        d.p("SUBPOENA TO TESTIFY AT A HEARING OR TRIAL IN A CRIMINAL CASE", align="C", bold=True,
            before=6),
        d.p("To:  Custodian of Records, Nebraska Department of Motor Vehicles, 301 Centennial Mall "
            "South, Lincoln, NE 68509"),
        d.p("YOU ARE COMMANDED to appear in the United States district court at the time, date, and "
            "place shown below to testify in this criminal case. When you arrive, you must remain at "
            "the court until the judge or a court officer allows you to leave.", align="J"),
        d.table([["Place of Appearance:  Roman L. Hruska U.S. Courthouse\n111 South 18th Plaza, "
                  "Omaha, NE 68102", "Courtroom No.: 4\nDate and Time: 06/09/2025 9:00 am"]],
                [300, 168], header=False),
        d.p("You must also bring with you the following documents, electronically stored "
            "information, or objects ^^(blank if not applicable)^^:  See attached Rider.", before=6),
        d.sp(10),
        d.cols("(SEAL)\n\nDate:  05/02/2025", "CLERK OF COURT\n\n/s/ T. Halvorson\n"
               "^^Signature of Clerk or Deputy Clerk^^"),
        d.sp(10),
        d.p("The name, address, e-mail, and telephone number of the attorney representing ^^(name "
            "of party)^^ United States of America, who requests this subpoena, are:", size=9.5),
        d.p("Keiko A. Brandt, Assistant United States Attorney, 1620 Dodge Street, Suite 1400, "
            "Omaha, NE 68102; keiko.brandt@usdoj.gov; (402) 555-0193", size=9.5),
        d.pb(),
        SetFooter("United States v. Bondarenko, 8:24CR3117", "", "Rider to Subpoena"),
        d.p("RIDER TO TRIAL SUBPOENA – NEBRASKA DEPARTMENT OF MOTOR VEHICLES", align="C", bold=True),
        d.p("Produce certified copies of the following records, January 1, 2019 to present:",
            before=6),
        d.table([["Name", "Date of Birth", "NE Operator's License"],
                 ["Oleksiy Bondarenko", "1985-08-19", "H04419872"],
                 ["Shanice Marie Tolbert", "10 October 1994", "unknown"]], [200, 120, 148]),
        d.p("1.  Driver license and state ID applications, including the supporting identity and "
            "residency documents presented.", indent=14, before=6),
        d.p("2.  All digital photographs (license images) on file.", indent=14),
        d.p("3.  Vehicle registration and certificate-of-title history for any vehicle titled or "
            "registered to either person, including VIN 1FTFW1E58MFA40372.", indent=14),
    ]
    write_born("bs14", build_pdf(s))
    label("bs14", "born_digital", "AUSA cover letter + AO 89 criminal trial subpoena + rider",
          "doj-usao", "United States Attorney's Office, District of Nebraska", "Keiko A. Brandt",
          "Assistant United States Attorney", "keiko.brandt@usdoj.gov", "(402) 555-0193",
          [("Oleksiy Bondarenko", "1985-08-19", [("license", "H04419872")]),
           ("Shanice Marie Tolbert", "1994-10-10", [])],
          ["18 USC 1349", "FRCrP 17", "FRE 902", "NE Rev Stat 60-2906"],
          "court_subpoena", "AO 89", True, "criminal_investigation",
          ["license", "identity_documents", "photo", "vehicle"], "mail")


def bs15():
    d = D("times", 10.5)
    s = [
        d.p("COMMONWEALTH OF PENNSYLVANIA\nCOUNTY OF ALLEGHENY", bold=True, size=10, after=6),
        d.p("IN THE COURT OF COMMON PLEAS OF ALLEGHENY COUNTY, PENNSYLVANIA\nCRIMINAL DIVISION",
            align="C", bold=True, size=11.5, after=10),
        d.table([["COMMONWEALTH OF PENNSYLVANIA\n\n          v.\n\nRENÉE L. KASPRZYK and\n"
                  "DARIUSZ M. KASPRZYK,\n                    Defendants.",
                  "CC No. CP-02-CR-0004417-2024\nCP-02-CR-0004418-2024\n\nOTN: U 772104-3\n\n"
                  "**SUBPOENA DUCES TECUM**"]], [260, 208], grid=False, header=False),
        d.hr(0.8),
        d.p("TO:  Custodian of Records, Pennsylvania Department of Human Services, Office of "
            "General Counsel, 3rd Floor West, Health & Welfare Building, 625 Forster Street, "
            "Harrisburg, PA 17120"),
        d.p("YOU ARE ORDERED to appear before the Court of Common Pleas of Allegheny County, "
            "Courtroom 520, Allegheny County Courthouse, 436 Grant Street, Pittsburgh, PA 15219, on "
            "**August 4, 2025 at 9:00 A.M.**, to testify on behalf of the Commonwealth in the "
            "above-captioned criminal matter, and to bring with you the following:", align="J"),
        d.p("The complete Supplemental Nutrition Assistance Program (SNAP) and cash assistance "
            "(TANF) case records for Renée L. Kasprzyk (DOB 02/08/1980) and Dariusz M. Kasprzyk "
            "(DOB 06/12/1977), January 1, 2021 to present, including all applications and "
            "renewals, reported household composition and income, eligibility determinations, "
            "and EBT issuance and transaction histories.", indent=24, align="J"),
        d.p("The defendants are charged with Fraudulently Obtaining Assistance, 62 P.S. § 481(a), "
            "and Theft by Deception, 18 Pa.C.S. § 3922. In lieu of appearance, the records may be "
            "produced with a certification of the custodian in accordance with Pa.R.E. 902(11) "
            "delivered to the Assistant District Attorney named below before the hearing date.",
            align="J"),
        d.p("This subpoena is issued pursuant to Pa.R.Crim.P. 107. If you fail to attend or to "
            "produce the documents or things required by this subpoena, you may be subject to the "
            "sanctions authorized by law, including but not limited to contempt of court.",
            align="J"),
        d.sp(6),
        d.cols("REQUESTED BY:\nGabriel Montañez-Ruiz\nAssistant District Attorney\n"
               "Office of the District Attorney of Allegheny County\n"
               "(District Attorney Margaret H. O'Rourke)\n436 Grant Street, Suite 401\n"
               "Pittsburgh, PA 15219\n(412) 555-0128\ngmontanez@alleghenycountyda.us",
               "BY THE COURT:\nDEPARTMENT OF COURT RECORDS\nCRIMINAL DIVISION\n\n\n"
               "_________________________\nClerk of Courts\n\nDate: June 30, 2025\n(SEAL)"),
        d.pb(),
        d.p("INSTRUCTIONS TO RECORDS CUSTODIAN", align="C", bold=True, size=12),
        d.p("1.  Records produced in lieu of appearance must be accompanied by the attached "
            "certification, signed by the custodian or other qualified person.", before=6),
        d.p("2.  Do not send records to the Court. Deliver them to the Assistant District Attorney "
            "named on the subpoena.", before=4),
        d.p("3.  Direct questions to ADA Montañez-Ruiz at (412) 555-0128. Paralegal: Ms. Colleen "
            "Shaughnessy, (412) 555-0129.", before=4),
        d.sp(18),
        d.p("CERTIFICATION OF RECORDS CUSTODIAN", align="C", bold=True),
        d.p("I, ____________________, certify that I am the custodian of records of the "
            "Pennsylvania Department of Human Services, and that the enclosed ______ pages are true "
            "and correct copies of records kept in the regular course of business.", before=6),
        d.p("____________________________            Date: _______________", before=24),
    ]
    write_scanned("bs15", build_pdf(s), [
        dict(angle=1.1, noise=6, bg=225, stamp_spec=(["DHS OGC", "RECEIVED", "JUL 07 2025"],
                                                      (1180, 2000), -6, 0.9)),
        dict(angle=-0.6, noise=5, bg=229)], dpi=200, seed=15)
    label("bs15", "scanned", "Pennsylvania Common Pleas criminal subpoena duces tecum, requested by ADA",
          "district-attorney", "Office of the District Attorney of Allegheny County",
          "Gabriel Montañez-Ruiz", "Assistant District Attorney", "gmontanez@alleghenycountyda.us",
          "(412) 555-0128",
          [("Renée L. Kasprzyk", "1980-02-08", []), ("Dariusz M. Kasprzyk", "1977-06-12", [])],
          ["62 PS 481", "18 PaCS 3922", "PA R Evid 902", "PA CrimP 107"],
          "court_subpoena", None, True, "criminal_investigation", ["benefits", "other"], "mail")


def summons3115_pdf():
    d = D("dvs", 9.5)
    s = [
        d.kv([("DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection",
               "SUMMONS NO.\nBUF-2025-0611")], widths=(330, 138), grid=True),
        d.p("SUMMONS", align="C", bold=True, size=16, before=6, after=6),
        d.kv([("TO:", "Custodian of Records\nNew York State Department of Motor Vehicles\n"
                      "6 Empire State Plaza\nAlbany, NY 12228")], widths=(60, 408), grid=True),
        d.sp(6),
        d.p("By the service of this summons upon you, YOU ARE HEREBY SUMMONED AND REQUIRED to appear "
            "before Supervisory CBP Officer Karolina Wiśniewska, an officer of U.S. Customs and "
            "Border Protection, at 726 Exchange Street, Suite 400, Buffalo, NY 14210, on July 22, 2025 "
            "at 10:00 a.m., to give testimony and to produce the records described below, in "
            "connection with an investigation or inquiry to ascertain the correctness of entries, to "
            "determine the liability of any person for duties, fees and taxes, or to ensure "
            "compliance with the laws of the United States administered by U.S. Customs and Border "
            "Protection (19 U.S.C. 1509).", align="J"),
        d.p("RECORDS TO BE PRODUCED:", bold=True, before=4),
        d.p("Driver license and identification card records (including current and prior "
            "addresses) and all vehicle registration records, 2022 to present, for:\n"
            "  SHEVCHUK, Artem Volodymyrovych — DOB 1989-02-17 — NY Client ID 482 117 903\n"
            "  IBARRA MONTOYA, Lucía — DOB 1992-04-25 — NY Client ID 611 230 845", indent=14),
        d.p("In lieu of personal appearance, the records may be furnished by mail or electronically "
            "to the officer named above on or before the date of appearance.", before=4),
        d.p("Failure to comply with this summons will render you liable to proceedings in a U.S. "
            "District Court to enforce compliance with this summons as well as other sanctions "
            "(19 U.S.C. 1510).", bold=True, before=4),
        d.sp(6),
        d.kv([("Issued at: Buffalo, New York", "Date: June 30, 2025")], widths=(234, 234),
             bold_keys=False),
        d.sig(1616, 140),
        d.kv([("Name: Rafael J. Domínguez", "Title: Port Director, Port of Buffalo")],
             widths=(234, 234), bold_keys=False),
        d.hr(0.6),
        d.p("CERTIFICATE OF SERVICE OF SUMMONS", bold=True, align="C", size=9),
        d.p("I certify that I served the summons shown above on ____________ (date) by "
            "☐ personal delivery  ☒ e-mail  ☐ certified mail.   Signature: ______________", size=8.5),
        d.p("CBP Form 3115 (08/20)", size=7.5, align="L", before=10),
    ]
    return build_pdf(s)


def bs16():
    m = new_msg(formataddr(("Wiśniewska, Karolina", "karolina.wisniewska@cbp.dhs.gov")),
                formataddr(("NYS DMV Law Enforcement Unit", "dmv.le.requests@dmv.ny.gov")),
                "CBP Summons BUF-2025-0611 - DMV records - SHEVCHUK / IBARRA MONTOYA",
                "Mon, 30 Jun 2025 13:09:47 -0400", "<DM6PR09MB5521.7E1@cbp.dhs.gov>")
    m.set_content("""Good afternoon,

Attached is a Summons (CBP Form 3115) requiring production of driver license,
address and vehicle registration records for the two individuals listed
below. They are under investigation by our office for smuggling merchandise
into the United States (18 U.S.C. 545) through the Peace Bridge crossing.

  - Artem Volodymyrovych SHEVCHUK, DOB 02/17/1989, NY Client ID 482117903
  - Lucia IBARRA MONTOYA, DOB 04/25/1992, NY Client ID 611230845

Responsive records may be e-mailed to me in lieu of appearance. The original
summons was also sent by certified mail.

Regards,

Karolina Wisniewska
Supervisory CBP Officer
Tactical Analytical Unit - Port of Buffalo
U.S. Customs and Border Protection | Office of Field Operations
Office (716) 555-0125
""")
    jpg = photo_of(summons3115_pdf(), angle=1.6, seed=16)
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="IMG_20250630_125811.jpg")
    write_eml("bs16", m, 16)
    label("bs16", "eml", "CBP OFO e-mail with phone photo (JPEG) of CBP Form 3115 summons",
          "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations",
          "Karolina Wiśniewska", "Supervisory CBP Officer", "karolina.wisniewska@cbp.dhs.gov",
          "(716) 555-0125",
          [("Artem Volodymyrovych Shevchuk", "1989-02-17", [("license", "482117903")]),
           ("Lucía Ibarra Montoya", "1992-04-25", [("license", "611230845")])],
          ["18 USC 545", "19 USC 1509", "19 USC 1510"],
          "administrative_subpoena", "CBP Form 3115", True, "criminal_investigation",
          ["license", "address", "vehicle"], "email")


def bs17():
    d = D("dvs", 9.5)
    s = [
        SetFooter("Form I-138 (Rev. 01/25)", "", "Page 1 of 2"),
        d.p("DEPARTMENT OF HOMELAND SECURITY", align="C", bold=True, size=10.5, after=0),
        d.p("U.S. Immigration and Customs Enforcement", align="C", size=9.5, after=6),
        d.p("IMMIGRATION ENFORCEMENT SUBPOENA", align="C", bold=True, size=14, after=0),
        d.p("To Appear and/or Produce Records\n(8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4)",
            align="C", size=9, after=8),
        d.kv([("Subpoena No.", "ERO-HAR-2025-00318"), ("File No.", "A219 004 876"),
              ("In the Matter of", "DE LEÓN ZÚÑIGA, Wilmer Antonio  (DOB 17 Jun 1996)")],
             widths=(130, 338), grid=True, pad=4),
        d.sp(6),
        d.kv([("To:", "Custodian of Records\nConnecticut Department of Labor\nOffice of Program "
                      "Policy – Records\n200 Folly Brook Boulevard\nWethersfield, CT 06109")],
             widths=(40, 428)),
        d.p("By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED TO:", bold=True,
            before=6),
        d.p("☐ Appear before the immigration officer named below to give testimony.\n"
            "☒ Produce the records and documents described below to the issuing officer at the "
            "address below, on or before **May 30, 2025**.", indent=14),
        d.p("in connection with an investigation or inquiry relating to the enforcement of the "
            "immigration laws, including the admissibility and removability of the above-referenced "
            "alien, pursuant to Section 235(d)(4)(A) of the Immigration and Nationality Act and "
            "8 C.F.R. § 287.4.", align="J"),
        d.p("RECORDS TO BE PRODUCED:", bold=True, before=4),
        d.p("All quarterly wage records reported for the above-named person since January 1, 2021, "
            "including each employer's name, address and FEIN; all unemployment compensation claims; "
            "and the most recent residential and mailing address on file.", indent=14, align="J"),
        d.p("Failure to comply with this subpoena may result in the institution of proceedings in a "
            "United States District Court to compel compliance (8 U.S.C. § 1225(d)(4)(B)).",
            bold=True, before=6),
        d.sp(8),
        d.kv([("Issuing officer:", "Francesca L. Moretti"),
              ("Title:", "Assistant Field Office Director"),
              ("Office:", "ICE Enforcement and Removal Operations – Boston Field Office, "
                          "Hartford Sub-Office, 450 Main Street, Hartford, CT 06103"),
              ("Telephone / e-mail:", "(860) 555-0160 / francesca.l.moretti@ice.dhs.gov"),
              ("Date issued:", "May 9, 2025")], widths=(120, 348), grid=True, pad=4),
        d.sig(1717, 140),
        d.p("(Signature of Issuing Officer)", size=8),
        d.pb(),
        SetFooter("Form I-138 (Rev. 01/25)", "", "Page 2 of 2"),
        d.p("CERTIFICATE OF SERVICE", align="C", bold=True, size=11),
        d.p("I certify that on ____________ I served this subpoena on the person named above by "
            "☐ personal delivery  ☒ certified mail  ☐ e-mail.", before=6),
        d.p("______________________________  (Name/Title)     ____________ (Date)", before=16),
        d.sp(20),
        d.p("PRIVACY ACT STATEMENT", bold=True),
        d.p("Authority: 8 U.S.C. §§ 1225(d) and 1357. Purpose: The information will be used to "
            "determine the admissibility or removability of the individual named and to enforce the "
            "immigration laws of the United States. Routine uses: information may be shared with "
            "other federal, state, local, tribal or foreign agencies as described in applicable "
            "system of records notices. Disclosure: compliance with this subpoena is mandatory; "
            "failure to comply may result in enforcement proceedings.", align="J"),
    ]
    write_born("bs17", build_pdf(s))
    label("bs17", "born_digital", "DHS Form I-138 Immigration Enforcement Subpoena to labor dept.",
          "dhs-ice-ero", "ICE Enforcement and Removal Operations – Boston Field Office, Hartford Sub-Office",
          "Francesca L. Moretti", "Assistant Field Office Director",
          "francesca.l.moretti@ice.dhs.gov", "(860) 555-0160",
          [("Wilmer Antonio de León Zúñiga", "1996-06-17", [("a_number", "A219004876")])],
          ["8 USC 1225", "8 CFR 287.4", "INA 235", "8 USC 1357"],
          "administrative_subpoena", "I-138", True, "civil_immigration",
          ["wages", "employment", "claims", "address"], "mail")


def bs18():
    d = D("times", 11)
    s = [
        d.p("UNITED STATES POSTAL INSPECTION SERVICE", bold=True, size=14, align="C", after=0),
        d.p("Boston Division – Providence Domicile", align="C", after=10),
        d.p("FAX", bold=True, size=30, align="C", after=10),
        d.kv([("To:", "R.I. Department of Labor and Training – UI Integrity Unit"),
              ("Fax:", "(401) 555-0177"), ("From:", "Postal Inspector Siobhan M. Carrick"),
              ("Phone:", "(401) 555-0121"), ("Date:", "May 7, 2025"),
              ("Pages:", "3 including cover"),
              ("Re:", "Records request – USPIS Case 4187652-MT")],
             widths=(70, 398), pad=6, size=11.5),
        d.sp(10),
        d.p("[ ] Urgent   [X] For review   [ ] Please comment   [X] Please reply", size=11),
        d.sp(150),
        d.p("NOTICE: This facsimile may contain sensitive law enforcement information. If received "
            "in error, call the sender and destroy it.", size=9, italic=True),
        d.pb(),
        d.p("UNITED STATES POSTAL INSPECTION SERVICE", bold=True, size=12, after=0),
        d.p("BOSTON DIVISION", size=10, after=0),
        d.cols("Inspector in Charge\nRonald K. Ashby",
               "24 Corliss Street\nProvidence, RI 02904-9998", size=8.5),
        d.hr(0.6),
        d.p("May 7, 2025"),
        d.p("Rhode Island Department of Labor and Training\nUnemployment Insurance – Integrity Unit\n"
            "1511 Pontiac Avenue\nCranston, RI 02920"),
        d.p("Re:  USPIS Case No. 4187652-MT", bold=True),
        d.p("Dear Sir or Madam:"),
        d.p("The U.S. Postal Inspection Service is investigating the theft of mailed "
            "unemployment insurance debit cards and benefit checks from postal routes in Pawtucket "
            "and Central Falls, and the fraudulent negotiation of those items, in violation of "
            "18 U.S.C. § 1708 (theft of mail) and 18 U.S.C. § 1341 (mail fraud). A letter carrier, "
            "Mr. Gary Fontaine, reported repeated thefts from a cluster box on his route.",
            align="J"),
        d.p("Our investigation indicates that the three individuals listed below filed claims "
            "using mailing addresses on the affected routes. I respectfully request, for each of "
            "them, all claims filed since January 1, 2024, the mailing and residential addresses "
            "provided (including any address changes and the dates made), and records of debit "
            "card and check issuance and re-issuance.", align="J"),
        d.pb(),
        d.p("USPIS Case No. 4187652-MT – page 2", size=9, italic=True),
        d.table([["Name", "Date of Birth", "SSN (last 4)"],
                 ["RODRIGUES, Destiny Ann", "01/30/1998", "xxx-xx-2860"],
                 ["OSEI-BONSU, Kwame", "1994-09-12", "xxx-xx-7313"],
                 ["PETRENKO, Vladislav", "Sept. 3, 1985", "xxx-xx-1149"]], [200, 120, 120]),
        d.sp(8),
        d.p("I understand that R.I. Gen. Laws § 28-42-38 governs the confidentiality of "
            "information held by the Department, and I will use any information provided solely "
            "for the purposes of this criminal investigation.", align="J"),
        d.p("Please fax records to (401) 555-0122 or e-mail them to smcarrick@uspis.gov.",
            align="J"),
        d.p("Sincerely,", after=0),
        d.sig(1818, 130),
        d.p("Siobhan M. Carrick\nU.S. Postal Inspector\nTel. (401) 555-0121"),
    ]
    write_fax("bs18", build_pdf(s), lambda n, t: f"05/07/2025  11:03   USPIS BOSTON DIV   "
                                                 f"6175550145        PAGE {n:02d} OF {t:02d}",
              seed=18, skew=0.25)
    label("bs18", "fax", "USPIS fax cover + 2-page letter, 3 subjects, letter-carrier witness",
          "usps-uspis", "United States Postal Inspection Service, Boston Division",
          "Siobhan M. Carrick", "U.S. Postal Inspector", "smcarrick@uspis.gov", "(401) 555-0121",
          [("Destiny Ann Rodrigues", "1998-01-30", [("ssn_last4", "2860")]),
           ("Kwame Osei-Bonsu", "1994-09-12", [("ssn_last4", "7313")]),
           ("Vladislav Petrenko", "1985-09-03", [("ssn_last4", "1149")])],
          ["18 USC 1708", "18 USC 1341", "RIGL 28-42-38"],
          "none", None, False, "criminal_investigation", ["claims", "address", "benefits"], "fax")


def bs19():
    d = D("times", 11)
    s = [
        d.p("OFFICE OF THE DISTRICT ATTORNEY", bold=True, size=14, align="C", after=0),
        d.p("EIGHTEENTH JUDICIAL DISTRICT OF KANSAS", size=11, align="C", after=0),
        d.p("Sedgwick County Courthouse · 535 N. Main · Wichita, Kansas 67203", size=9, align="C",
            after=2),
        d.p("ELEANOR R. WHITCOMB, District Attorney", size=9, align="C", italic=True),
        d.hr(1.2),
        d.p("April 4, 2025"),
        d.p("Kansas Department for Children and Families\nOffice of General Counsel – Records\n"
            "555 S. Kansas Avenue\nTopeka, KS 66603"),
        d.p("Re:  ^^State of Kansas v. Brandon Lee Hutchins and Kayla Marie Hutchins^^,\n"
            "       Sedgwick County Case No. 2024-CR-002318", bold=True),
        d.p("Dear Counsel:"),
        d.p("Enclosed is a certified copy of the Court's Order for Production of Department for "
            "Children and Families Records entered April 3, 2025, in the above criminal case. Please "
            "produce the records described in the Order to my office within the time stated. If a "
            "records custodian declaration is needed for trial, I will forward one separately.",
            align="J"),
        d.p("Please contact me at (316) 555-0133 or hana.ahmed-larsen@sedgwickcounty.gov with any "
            "questions."),
        d.p("Very truly yours,", after=0),
        d.sig(1919, 130),
        d.p("Hana Ahmed-Larsen\nDeputy District Attorney\nConsumer Fraud & Economic Crime Division"),
        d.p("Enclosure\ncc:  Defense counsel Mitchell J. Oberle (w/ encl.)", size=9),
        d.pb(),
        d.p("IN THE EIGHTEENTH JUDICIAL DISTRICT\nDISTRICT COURT, SEDGWICK COUNTY, KANSAS\n"
            "CRIMINAL DEPARTMENT", align="C", bold=True),
        d.table([["STATE OF KANSAS,\n                   Plaintiff,\nv.\n\nBRANDON LEE HUTCHINS and\n"
                  "KAYLA MARIE HUTCHINS,\n                   Defendants.",
                  "\n\nCase No. 2024-CR-002318"]], [280, 188], grid=False, header=False),
        d.p("ORDER FOR PRODUCTION OF DEPARTMENT FOR CHILDREN AND FAMILIES RECORDS", align="C",
            bold=True, before=6),
        d.p("NOW on this 3rd day of April, 2025, the State's Motion for Production of Records comes "
            "before the Court. The State appears by Hana Ahmed-Larsen, Deputy District Attorney. "
            "The defendants appear by counsel.", align="J"),
        d.p("The Court finds that the defendants are charged with theft, K.S.A. 21-5801, and "
            "making a false statement to obtain public assistance, K.S.A. 39-720; that the records "
            "described below are material to the prosecution and to the defense; and that "
            "production is appropriate under K.S.A. 22-3212.", align="J"),
        d.p("IT IS THEREFORE ORDERED that the Kansas Department for Children and Families shall, "
            "within fourteen (14) days of service of this Order, produce to the Office of the "
            "District Attorney and to defense counsel complete copies of all records of "
            "applications for and receipt of food assistance and child care assistance for "
            "**Brandon Lee Hutchins** (DOB 08/27/1989) and **Kayla Marie Hutchins** (DOB "
            "11/30/1991), from January 1, 2022 to the present, including reported household "
            "income, reported employment and all addresses reported.", align="J"),
        d.p("IT IS FURTHER ORDERED that the records shall be used only for purposes of this "
            "prosecution and shall not be further disseminated.", align="J"),
        d.p("IT IS SO ORDERED.", bold=True),
        d.sp(4),
        d.cols("", "/s/ Victor A. Salinas\nHON. VICTOR A. SALINAS\nDISTRICT JUDGE"),
        d.sp(8),
        d.p("Prepared and approved by:\n/s/ Hana Ahmed-Larsen, #27114\nDeputy District Attorney",
            size=9.5),
        d.p("ELECTRONICALLY FILED 2025 Apr 03 PM 3:12 CLERK OF THE SEDGWICK COUNTY DISTRICT COURT "
            "CASE NUMBER: 2024-CR-002318", size=7, before=10),
    ]
    write_born("bs19", build_pdf(s))
    label("bs19", "born_digital", "Kansas DA cover letter + state district court production order",
          "district-attorney", "Office of the District Attorney, Eighteenth Judicial District of Kansas",
          "Hana Ahmed-Larsen", "Deputy District Attorney", "hana.ahmed-larsen@sedgwickcounty.gov",
          "(316) 555-0133",
          [("Brandon Lee Hutchins", "1989-08-27", []), ("Kayla Marie Hutchins", "1991-11-30", [])],
          ["KSA 21-5801", "KSA 39-720", "KSA 22-3212"],
          "court_order", None, True, "criminal_investigation",
          ["benefits", "wages", "employment", "address"], "mail")


def bs20():
    text = """From: Halvorsen, Erik M. (MP) (FBI) <emhalvorsen@fbi.gov>
Sent: Tuesday, July 15, 2025 8:41 AM
To: DPS DL Law Enforcement Requests <DLlawenforcement@state.sd.us>
Cc: Bjornstad, Kari L. (MP) (FBI) <klbjornstad@fbi.gov>
Subject: Request - DL images/records - Sioux Falls bank robbery

UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE

Good morning,

I am a Special Agent with the FBI Minneapolis Division, Sioux Falls Resident
Agency. We are investigating the July 11, 2025 armed robbery of a bank branch
on West 41st Street in Sioux Falls (18 U.S.C. 2113(a) and (d)).

Requesting driver license photographs, current address on file, and license
history for the following:

   1. LaPOINTE, Tyler James      DOB 1996-04-03   SD DL 02519774
   2. NUR, Rashid Abdi           DOB 1993-12-19   SD DL unknown

This is a permissible use under 18 U.S.C. 2721(b)(1). Please e-mail the
results to me. SA Kari Bjornstad (cc'd) is the co-case agent.

Thank you,

Erik M. Halvorsen
Special Agent
FBI Minneapolis | Sioux Falls Resident Agency
O: 605-555-0112 | C: 605-555-0190

UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE
"""
    write_txt("bs20", text)
    label("bs20", "txt", "Outlook-copied FBI e-mail pasted as text, 2 subjects",
          "doj-fbi", "FBI Minneapolis Division, Sioux Falls Resident Agency", "Erik M. Halvorsen",
          "Special Agent", "emhalvorsen@fbi.gov", "605-555-0112",
          [("Tyler James LaPointe", "1996-04-03", [("license", "02519774")]),
           ("Rashid Abdi Nur", "1993-12-19", [])],
          ["18 USC 2113", "18 USC 2721"], "none", None, False, "criminal_investigation",
          ["photo", "address", "license"], "email")


def bs21():
    d = D("helv", 10)
    s = [
        d.p("IRS", bold=True, size=20, after=0),
        d.p("Department of the Treasury\nInternal Revenue Service\nCriminal Investigation", size=9.5,
            after=2),
        d.hr(1),
        d.cols("Special Agent in Charge, Chicago Field Office:\nMonique D. Farrow",
               "Omaha Post of Duty\n1313 Farnam Street, Stop 5000\nOmaha, NE 68102", size=8.5),
        d.sp(10),
        d.p("Date: February 20, 2025"),
        d.p("Nebraska Department of Labor\nAttn: Custodian of Records, Legal Division\n"
            "550 South 16th Street\nLincoln, NE 68508"),
        d.p("Dear Custodian:"),
        d.p("Enclosed is an Internal Revenue Service summons (Form 2039) directing production of "
            "wage and unemployment insurance records. The summons is issued in connection with an "
            "investigation of possible violations of 26 U.S.C. § 7201 (attempt to evade or defeat "
            "tax) and 26 U.S.C. § 7206(1) (false return) by Tomasz J. Wierzbicki.", align="J"),
        d.p("You may comply by mailing the records to me before the appearance date, in which case "
            "no appearance is necessary. Please do not disclose this summons to the taxpayer.",
            align="J"),
        d.p("Sincerely,", after=0),
        d.sig(2121, 130),
        d.p("Noreen K. Battaglia\nSpecial Agent\n(402) 555-0146\nnoreen.battaglia@ci.irs.gov"),
        d.p("Enclosure: Form 2039", size=9),
        d.pb(),
        SetFooter("Form 2039 (Rev. 10-2010)", "Catalog Number 21405J", "www.irs.gov"),
        d.p("Summons", bold=True, size=16, after=4),
        d.kv([("In the matter of", "Tomasz J. Wierzbicki"),
              ("Internal Revenue Service (Division):", "Criminal Investigation"),
              ("Industry/Area (name or number):", "Chicago Field Office – Omaha POD"),
              ("Periods:", "Calendar years 2021, 2022, 2023 and 2024")],
             widths=(200, 268), grid=True, pad=3),
        d.p("The Commissioner of Internal Revenue", bold=True, before=6),
        d.p("To:  Custodian of Records, Nebraska Department of Labor\n"
            "At:  550 South 16th Street, Lincoln, NE 68508"),
        d.p("You are hereby summoned and required to appear before Noreen K. Battaglia, an officer "
            "of the Internal Revenue Service, to give testimony and to bring with you and to produce "
            "for examination the following books, records, papers, and other data relating to the "
            "tax liability or the collection of the tax liability or for the purpose of inquiring "
            "into any offense connected with the administration or enforcement of the internal "
            "revenue laws concerning the person identified above for the periods shown.", align="J",
            size=9.5),
        d.box("All quarterly wage detail reports for Tomasz J. Wierzbicki (SSN XXX-XX-6081, date of "
              "birth 5 Nov 1968), including the names and addresses of all reporting employers, and "
              "all unemployment insurance claims filed by him, for the periods shown. Also all "
              "quarterly contribution and wage reports filed by Wierzbicki Drywall Inc. that list "
              "Tomasz J. Wierzbicki as an employee or officer.", size=9.5),
        d.kv([("Business address and telephone number of IRS officer before whom you are to appear:",
               "1313 Farnam Street, Stop 5000, Omaha, NE 68102 · (402) 555-0146"),
              ("Place and time for appearance at", "1313 Farnam Street, Omaha, NE on the 24th day of "
                                                    "March, 2025 at 10:00 o'clock a.m.")],
             widths=(200, 268), grid=True, pad=3, size=8.5),
        d.p("Issued under authority of the Internal Revenue Code this 20th day of February, 2025.",
            before=6),
        d.kv([("Signature of issuing officer:  [signed]  Noreen K. Battaglia", "Title: Special Agent"),
              ("Signature of approving officer (if applicable):  [signed]  Martin D. Ochs",
               "Title: Supervisory Special Agent")], widths=(330, 138), grid=True, pad=4,
             bold_keys=False),
        d.pb(),
        SetFooter("Form 2039 (Rev. 10-2010)", "", "Part A – to be given to person summoned"),
        d.p("Provisions of the Internal Revenue Code", bold=True, size=12),
        d.p("**Sec. 7602. Examination of books and witnesses.** (a) Authority to summon, etc. — For "
            "the purpose of ascertaining the correctness of any return, making a return where none "
            "has been made, determining the liability of any person for any internal revenue tax "
            "..., or collecting any such liability, the Secretary is authorized to examine any "
            "books, papers, records, or other data which may be relevant or material to such "
            "inquiry; ... (c) Notice of contact of third parties ...", size=8.5, align="J"),
        d.p("**Sec. 7603. Service of summons.** (a) In general — A summons issued under section "
            "7602 shall be served by the Secretary, by an "
            "attested copy delivered in hand to the person to whom it is directed, or left at his "
            "last and usual place of abode ...", size=8.5, align="J"),
        d.p("**Sec. 7604. Enforcement of summons.** (a) Jurisdiction of district court — If any "
            "person is summoned under the internal revenue laws to appear, to testify, or to "
            "produce books, papers, records, or other data, the United States district court for "
            "the district in which such person resides or is found shall have jurisdiction by "
            "appropriate process to compel such attendance, testimony, or production ...",
            size=8.5, align="J"),
        d.p("**Sec. 7210. Failure to obey summons.** Any person who, being duly summoned to appear "
            "to testify, or to appear and produce books, accounts, records, memoranda, or other "
            "papers, as required under sections 7602, 7603, "
            "and 7604(b), neglects to appear or to produce ... shall, upon conviction thereof, be "
            "fined not more than $1,000, or imprisoned not more than 1 year, or both ...",
            size=8.5, align="J"),
    ]
    write_born("bs21", build_pdf(s))
    label("bs21", "born_digital", "IRS-CI cover letter + Form 2039 summons + IRC provisions page",
          "irs-ci", "Internal Revenue Service, Criminal Investigation", "Noreen K. Battaglia",
          "Special Agent", "noreen.battaglia@ci.irs.gov", "(402) 555-0146",
          [("Tomasz J. Wierzbicki", "1968-11-05", [("ssn_last4", "6081")])],
          ["26 USC 7201", "26 USC 7206", "26 USC 7602", "26 USC 7603", "26 USC 7604",
           "26 USC 7210"],
          "administrative_subpoena", "Form 2039", True, "criminal_investigation",
          ["wages", "employment", "claims"], "mail")


def bs22():
    text = """Date: Mon, 9 Jun 2025 10:12:44 -0400
From: "Reyes-Whitaker, Samantha (TROOPERS)" <samantha.reyes-whitaker@troopers.ny.gov>
To: NYSDOL Law Enforcement Liaison <le.liaison@labor.ny.gov>
Subject: Wage / UI history request - NYSP case 12784416

Hello,

I am an Investigator with the New York State Police, Troop G Bureau of
Criminal Investigation, Latham. I am investigating a Grand Larceny in the
Third Degree (Penal Law 155.35) involving the embezzlement of approximately
$61,000 from a veterinary practice in Saratoga County by its former
bookkeeper. The practice owner, Dr. Priya Raman, is the complainant.

I am requesting the employer and wage history and any unemployment insurance
claim history, January 2022 to present, for:

    Name:  Dennis Paul GARROW
    DOB:   09/27/1983
    SSN:   last four 5520

My understanding is that the Department may disclose this information to a
law enforcement agency under Labor Law 537. If a subpoena is required please
let me know and I will coordinate with the Saratoga County DA's Office.

Thank you,

Inv. Samantha Reyes-Whitaker
New York State Police
Troop G - BCI Latham
(518) 555-0137
"""
    write_txt("bs22", text)
    label("bs22", "txt", "state police e-mail saved as text with headers, complainant named",
          "state-police", "New York State Police", "Samantha Reyes-Whitaker", "Investigator",
          "samantha.reyes-whitaker@troopers.ny.gov", "(518) 555-0137",
          [("Dennis Paul Garrow", "1983-09-27", [("ssn_last4", "5520")])],
          ["NY PL 155.35", "NY Labor Law 537"], "none", None, False, "criminal_investigation",
          ["employment", "wages", "claims"], "email")


def bs23():
    m = new_msg(formataddr(("Pelletier, Jonathan R", "jonathan.r.pelletier@ice.dhs.gov")),
                formataddr(("BMV Records", "bmv.records@maine.gov")),
                "Records request - OSMAN, Ahmed Abdiwali",
                "Wed, 13 Aug 2025 15:26:02 -0400", "<MN2PR09MB6610.2C@ice.dhs.gov>")
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10.5pt">
<p>Good afternoon,</p>
<p><b>FOR OFFICIAL USE ONLY.</b> U.S. Immigration &amp; Customs Enforcement requests the current
residential address, any vehicles registered, and the license/credential status for the
individual below. This request is made under the authority of section 287 of the Immigration and
Nationality Act (8 U.S.C. 1357).</p>
<table style="border-collapse:collapse" cellpadding="3">
<tr><td style="border:1px solid #999"><b>Name</b></td><td style="border:1px solid #999">OSMAN, Ahmed Abdiwali</td></tr>
<tr><td style="border:1px solid #999"><b>DOB</b></td><td style="border:1px solid #999">1991-03-15</td></tr>
<tr><td style="border:1px solid #999"><b>A#</b></td><td style="border:1px solid #999">203-114-958</td></tr>
<tr><td style="border:1px solid #999"><b>Last known city</b></td><td style="border:1px solid #999">Lewiston, ME</td></tr>
</table>
<p>Please reply to this e-mail with any responsive information. Thank you in advance for your
assistance.</p>
<p>Respectfully,</p>
<p style="color:#1F3864"><b>Jonathan R. Pelletier</b><br>
Immigration Officer<br>
U.S. Immigration and Customs Enforcement<br>
Scarborough, Maine<br>
Office: (207) 555-0118<br>
<a href="mailto:jonathan.r.pelletier@ice.dhs.gov">jonathan.r.pelletier@ice.dhs.gov</a></p>
<p style="font-size:8pt;color:#808080">WARNING: This document is FOR OFFICIAL USE ONLY (FOUO). It
contains information that may be exempt from public release under the Freedom of Information
Act (5 U.S.C. 552).</p>
</body></html>
"""
    m.set_content(html, subtype="html")
    write_eml("bs23", m, 23)
    label("bs23", "eml", "HTML-only ICE e-mail, FOUO, A-number, no component named",
          "dhs-ice", "U.S. Immigration & Customs Enforcement", "Jonathan R. Pelletier",
          "Immigration Officer", "jonathan.r.pelletier@ice.dhs.gov", "(207) 555-0118",
          [("Ahmed Abdiwali Osman", "1991-03-15", [("a_number", "A203114958")])],
          ["INA 287", "8 USC 1357", "5 USC 552"], "none", None, False, "civil_immigration",
          ["address", "vehicle", "license"], "email")


def bs24():
    d = D("times", 11)
    s = [
        d.p("OFFICE OF INSPECTOR GENERAL", bold=True, size=13, after=0),
        d.p("Department of Homeland Security", size=11, after=0),
        d.p("Office of Investigations – Boston Field Office", size=10, after=0),
        d.p("10 Causeway Street, Room 1010, Boston, MA 02222", size=9, after=2),
        d.hr(1),
        d.p("Naomi F. Whitlatch, Special Agent in Charge", size=9, align="R", italic=True),
        d.sp(6),
        d.p("April 9, 2025"),
        d.p("Massachusetts Department of Unemployment Assistance\nProgram Integrity – Legal Unit\n"
            "Charles F. Hurley Building, 19 Staniford Street\nBoston, MA 02114"),
        d.p("Re:  Search Warrant No. 25-mj-4127-PRA – DHS OIG Case I25-TSA-BOS-01233", bold=True),
        d.p("Dear Sir/Madam:"),
        d.p("Enclosed is a search and seizure warrant issued under Rule 41 of the Federal Rules of "
            "Criminal Procedure by a United States Magistrate Judge for the District of "
            "Massachusetts, authorizing the seizure of the records described in its Attachment B. "
            "The warrant relates to a criminal investigation of a Transportation Security "
            "Administration employee who is believed to have collected unemployment benefits while "
            "employed, in violation of 18 U.S.C. §§ 641 and 1343.", align="J"),
        d.p("In lieu of an on-site search, we ask that DUA staff gather the records and provide them "
            "to me on encrypted media or by secure file transfer. Please call me to arrange the "
            "transfer.", align="J"),
        d.p("Sincerely,", after=0),
        d.sig(2424, 130),
        d.p("Ricardo Núñez Cabrera\nSpecial Agent\nDHS Office of Inspector General\n"
            "(617) 555-0156 · ricardo.nunez@oig.dhs.gov"),
        d.pb(),
    ]
    f = D("dvserif", 9.5)
    s += [
        f.p("AO 93 (Rev. 11/13) Search and Seizure Warrant", size=8),
        f.p("UNITED STATES DISTRICT COURT", align="C", bold=True, size=14, after=0),
        f.p("for the\nDistrict of Massachusetts", align="C", after=8),
        f.table([["In the Matter of the Search of\n^^(Briefly describe the property to be searched or "
                  "identify the person by name and address)^^\nRecords maintained by the "
                  "Massachusetts Department of Unemployment Assistance relating to Marcus Anthony "
                  "Bellamy", ")\n)     Case No. 25-mj-4127-PRA\n)\n)"]], [300, 168], grid=False,
                header=False),
        f.p("SEARCH AND SEIZURE WARRANT", align="C", bold=True, size=12, before=6),
        f.p("To:  Any authorized law enforcement officer"),
        f.p("An application by a federal law enforcement officer or an attorney for the government "
            "requests the search of the following person or property located in the District of "
            "Massachusetts ^^(identify the person or describe the property to be searched and give "
            "its location)^^:  See Attachment A.", align="J"),
        f.p("I find that the affidavit(s), or any recorded testimony, establish probable cause to "
            "search and seize the person or property described above, and that such search will "
            "reveal ^^(identify the person or describe the property to be seized)^^:  See "
            "Attachment B.", align="J"),
        f.p("YOU ARE COMMANDED to execute this warrant on or before April 22, 2025 ^^(not to "
            "exceed 14 days)^^\n☒ in the daytime 6:00 a.m. to 10:00 p.m.  ☐ at any time in the day "
            "or night because good cause has been established.", align="J"),
        f.p("Unless delayed notice is authorized below, you must give a copy of the warrant and a "
            "receipt for the property taken to the person from whom, or from whose premises, the "
            "property was taken, or leave the copy and receipt at the place where the property was "
            "taken.", align="J"),
        f.p("The officer executing this warrant, or an officer present during the execution of the "
            "warrant, must prepare an inventory as required by law and promptly return this warrant "
            "and inventory to  Hon. Paulina R. Asante, U.S. Magistrate Judge.", align="J"),
        f.p("☐ Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an "
            "adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize "
            "the officer executing this warrant to delay notice to the person who, or whose "
            "property, will be searched or seized ^^(check the appropriate box)^^  ☐ for ___ days "
            "^^(not to exceed 30)^^.", align="J", size=9),
        f.sp(6),
        f.kv([("Date and time issued:  04/08/2025  2:15 p.m.", "/s/ Paulina R. Asante\n^^Judge's "
                                                              "signature^^"),
              ("City and state:  Boston, Massachusetts", "Paulina R. Asante, U.S. Magistrate Judge\n"
                                                         "^^Printed name and title^^")],
             widths=(250, 218), bold_keys=False),
        f.pb(),
        f.p("ATTACHMENT A – Property to be searched", bold=True, align="C"),
        f.p("Records, in any form, maintained by the Massachusetts Department of Unemployment "
            "Assistance (DUA), 19 Staniford Street, Boston, MA 02114, including its UI Online claim "
            "system, relating to Marcus Anthony BELLAMY (date of birth February 3, 1986; SSN ending "
            "3921).", align="J"),
        f.p("ATTACHMENT B – Particular things to be seized", bold=True, align="C", before=10),
        f.p("For the period March 1, 2020 through the present:", before=4),
        f.p("1. All claims for regular unemployment insurance, PUA and PEUC benefits, including "
            "applications, weekly certifications and reported work and earnings;\n"
            "2. All payment records, including the bank accounts and debit cards to which benefits "
            "were paid;\n"
            "3. All login records and IP addresses associated with the claimant's online account;\n"
            "4. All quarterly wage records reported by any employer, including the Transportation "
            "Security Administration.", indent=14),
    ]
    write_scanned("bs24", build_pdf(s), [
        dict(angle=0.6, noise=5, bg=231),
        dict(angle=-1.0, noise=6, bg=226, stamp_spec=(["DUA LEGAL", "APR 10 2025"],
                                                       (1200, 170), 5, 0.9)),
        dict(angle=0.4, rot=90, noise=6, bg=228)], dpi=200, seed=24)
    label("bs24", "scanned", "DHS-OIG cover letter + AO 93 search warrant + attachments (p3 sideways)",
          "dhs-oig", "Department of Homeland Security, Office of Inspector General",
          "Ricardo Núñez Cabrera", "Special Agent", "ricardo.nunez@oig.dhs.gov", "(617) 555-0156",
          [("Marcus Anthony Bellamy", "1986-02-03", [("ssn_last4", "3921")])],
          ["FRCrP 41", "18 USC 641", "18 USC 1343", "18 USC 3103a", "18 USC 2705"],
          "judicial_warrant", "AO 93", True, "criminal_investigation",
          ["claims", "benefits", "wages", "other"], "mail")


def bs25():
    inner = new_msg(formataddr(("Okafor, Chinedu A", "chinedu.a.okafor@ice.dhs.gov")),
                    formataddr(("Kowalczyk, Brenda", "brenda.kowalczyk@illinois.gov")),
                    "Request for client information",
                    "Tue, 18 Feb 2025 07:58:30 -0600", "<SJ0PR09MB9930.11@ice.dhs.gov>")
    inner.set_content("""Ms. Kowalczyk,

Good morning. I am a Special Agent with Homeland Security Investigations
(HSI) Chicago, assigned to the Aurora office. HSI is conducting a criminal
investigation into an alien smuggling and harboring organization operating in
Kane County (8 U.S.C. 1324). We believe the individuals below may be
receiving SNAP benefits at addresses that are being used as stash houses.

Could you provide the addresses on file, the household members listed on the
case, and any phone numbers for:

  - Juan Carlos BAUTISTA SALGADO, DOB 04/11/1979
  - María de los Ángeles OCHOA BENÍTEZ, DOB 23 Feb 1985

I can be reached at the numbers below. Thank you for your help.

Chinedu A. Okafor
Special Agent
Homeland Security Investigations - Chicago (Aurora)
Office: (630) 555-0123
Mobile: (630) 555-0124
""")
    outer = new_msg(formataddr(("Kowalczyk, Brenda", "brenda.kowalczyk@illinois.gov")),
                    formataddr(("DHS Legal Records Unit", "DHS.LegalRecords@illinois.gov")),
                    "FW: Request for client information",
                    "Tue, 18 Feb 2025 10:21:14 -0600", "<CY8PR09MB0042.7A@illinois.gov>")
    outer.set_content("""Hi,

Forwarding per our procedure - this came to my inbox this morning from a
federal agent. I have not responded or given out anything. Both are active
SNAP cases at our office.

Brenda Kowalczyk
Caseworker
IDHS Family Community Resource Center - Aurora
""")
    outer.add_attachment(inner)
    write_eml("bs25", outer, 25)
    label("bs25", "eml", "caseworker forwards HSI request to records unit as message/rfc822 attachment",
          "dhs-ice-hsi", "Homeland Security Investigations (HSI) Chicago", "Chinedu A. Okafor",
          "Special Agent", "chinedu.a.okafor@ice.dhs.gov", "(630) 555-0123",
          [("Juan Carlos Bautista Salgado", "1979-04-11", []),
           ("María de los Ángeles Ochoa Benítez", "1985-02-23", [])],
          ["8 USC 1324"], "none", None, False, "criminal_investigation",
          ["address", "phone", "other"], "email")


def bs26():
    d = D("times", 11.5)
    s = [
        d.p("HENNIKER POLICE DEPARTMENT", bold=True, size=15, align="C", after=0),
        d.p("340 Western Avenue · Henniker, New Hampshire 03242\nBusiness (603) 555-0107 · "
            "Fax (603) 555-0108", align="C", size=9.5, after=2),
        d.p("Chief of Police  Dana M. Sargent", align="C", size=9, italic=True),
        d.hr(1),
        d.p("October 6, 2025"),
        d.p("NH Department of Safety\nDivision of Motor Vehicles – Bureau of Driver Licensing\n"
            "Attn: Records / Law Enforcement Requests\n23 Hazen Drive, Concord, NH 03305\n"
            "Via fax: (603) 555-0199"),
        d.p("RE:  Court order for release of DMV records – HPD Case #25-1047-OF", bold=True),
        d.p("Good afternoon,"),
        d.p("Attached please find an Order of the Merrimack County Superior Court directing the "
            "Division to release the listed records for two suspects in a series of thefts from "
            "construction sites in Henniker and Hillsborough (theft by unauthorized taking, "
            "RSA 637:3). I understand the Division requires a court order before releasing digitized "
            "photographs.", align="J"),
        d.p("Please fax the records to (603) 555-0108 or e-mail smoriarty@henniker.nh.gov. Feel free "
            "to call me with any questions."),
        d.p("Thank you,", after=0),
        d.sig(2626, 120),
        d.p("Det. Cpl. Sean P. Moriarty\nHenniker Police Department\n(603) 555-0107 ext. 214"),
        d.pb(),
        d.p("THE STATE OF NEW HAMPSHIRE", bold=True, align="C", size=12, after=8),
        d.cols("MERRIMACK, SS.", "SUPERIOR COURT"),
        d.p("Docket No. 217-2025-CR-00614", align="C", before=6),
        d.p("In re: Application of the Henniker Police Department\nfor Release of Motor Vehicle "
            "Records", align="C", bold=True),
        d.p("ORDER", align="C", bold=True, size=13, before=6),
        d.p("Upon the sworn application of Detective Corporal Sean P. Moriarty of the Henniker "
            "Police Department, the Court finds that the records described below are relevant and "
            "material to an ongoing criminal investigation of theft by unauthorized taking, "
            "RSA 637:3, and that their release is authorized under RSA 260:14.", align="J"),
        d.p("Accordingly, the New Hampshire Department of Safety, Division of Motor Vehicles, is "
            "hereby ORDERED to release to Detective Corporal Moriarty the following records: the "
            "digitized license photograph, the most recent license application and the documents "
            "presented with it, and the residential address history, for:", align="J"),
        d.table([["Name", "DOB", "NH License No."],
                 ["Raymond Joseph OUELLETTE", "07/22/1975", "07OUE22751"],
                 ["Cheyenne L. DUQUETTE", "01/15/1999", "not known"]], [210, 100, 150]),
        d.p("The records shall be used solely for the purpose of the investigation and any "
            "resulting prosecution.", before=6),
        d.p("SO ORDERED.", bold=True),
        d.cols("October 3, 2025\nDate", "/s/ Theresa M. Lavallée\nPresiding Justice"),
    ]
    write_fax("bs26", build_pdf(s), lambda n, t: f"10/06/2025 13:22  FROM: HENNIKER POLICE DEPT  "
                                                 f"603-555-0107  TO: 6035550199  P. {n}/{t}",
              seed=26, skew=-0.35)
    label("bs26", "fax", "small-town police fax letter + NH Superior Court order for DMV photo",
          "local-police", "Henniker Police Department", "Sean P. Moriarty", "Detective Corporal",
          "smoriarty@henniker.nh.gov", "(603) 555-0107",
          [("Raymond Joseph Ouellette", "1975-07-22", [("license", "07OUE22751")]),
           ("Cheyenne L. Duquette", "1999-01-15", [])],
          ["NH RSA 637:3", "NH RSA 260:14"], "court_order", None, True, "criminal_investigation",
          ["photo", "license", "identity_documents", "address"], "fax")


def bs27():
    d = D("times", 11)
    s = [
        d.p("U.S. Department of Justice", bold=True, size=13, after=0),
        d.p("^^United States Attorney\nNorthern District of Ohio^^", after=2),
        d.hr(0.6),
        d.cols("^^United States Court House\n801 West Superior Avenue, Suite 400\nCleveland, "
               "Ohio 44113-1852^^", "^^(216) 555-0142\nadaeze.obi@usdoj.gov^^", size=8.5),
        d.sp(10),
        d.p("June 17, 2025", align="R"),
        d.p("Ohio Department of Job and Family Services\nOffice of Legal Services\n"
            "30 East Broad Street, 31st Floor\nColumbus, Ohio 43215"),
        d.p("Re:  ^^In re Application of the United States for an Order Pursuant to 18 U.S.C. "
            "§ 2703(d)^^, No. 1:25-MC-00088", bold=True),
        d.p("Dear Counsel:"),
        d.p("Enclosed is an Order of the United States District Court for the Northern District of "
            "Ohio requiring the Ohio Department of Job and Family Services to disclose certain "
            "records associated with online unemployment insurance claimant accounts. Please note "
            "that the Order also directs ODJFS not to disclose the existence of the application or "
            "the Order for one year.", align="J"),
        d.p("Records may be provided to Special Agent Colin B. Ashcroft, U.S. Department of Labor "
            "OIG, who is the case agent, or to me. Thank you for your cooperation.", align="J"),
        d.p("Sincerely,", after=0),
        d.p("CAROLINE J. VANDERMEER\nUnited States Attorney", size=10, after=0),
        d.sig(2727, 130),
        d.p("By:  Adaeze N. Obi\nAssistant United States Attorney"),
        d.pb(),
        d.p("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF OHIO\nEASTERN DIVISION", align="C",
            bold=True),
        d.table([["IN THE MATTER OF THE APPLICATION OF\nTHE UNITED STATES OF AMERICA FOR AN\nORDER "
                  "PURSUANT TO 18 U.S.C. § 2703(d)", ")\n)   Misc. No. 1:25-MC-00088\n)\n)   "
                  "FILED UNDER SEAL"]], [270, 198], grid=False, header=False),
        d.p("ORDER", align="C", bold=True, size=13, before=6),
        d.p("This matter having come before the Court pursuant to an application under Title 18, "
            "United States Code, Section 2703(b) and (c), which application requests the issuance "
            "of an order under Title 18, United States Code, Section 2703(d), directing the Ohio "
            "Department of Job and Family Services (\"ODJFS\"), which operates the online "
            "unemployment insurance claimant portal, to disclose the records and other information "
            "described in Attachment A to this Order, the Court finds that the applicant has offered "
            "specific and articulable facts showing that there are reasonable grounds to believe "
            "that the records or other information sought are relevant and material to an ongoing "
            "criminal investigation of violations of 18 U.S.C. §§ 1343 and 1028A.", align="J"),
        d.p("IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that ODJFS shall, within ten "
            "days of the date of this Order, disclose to the United States the records and other "
            "information described in Attachment A.", align="J"),
        d.p("IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that ODJFS shall not disclose "
            "the existence of the application of the United States, or the existence of this Order "
            "of the Court, to the account holders or to any other person, for a period of one year "
            "from the date of this Order, unless and until otherwise authorized to do so by the "
            "Court.", align="J"),
        d.p("SO ORDERED.", bold=True),
        d.cols("Date: June 16, 2025", "/s/ Reuben T. Castellanos\nUnited States Magistrate Judge"),
        d.pb(),
        d.p("ATTACHMENT A", align="C", bold=True, size=12),
        d.p("I.  Accounts", bold=True, before=6),
        d.p("ODJFS unemployment insurance claimant accounts associated with the following persons, "
            "or with the e-mail addresses and telephone numbers used to register them:"),
        d.table([["Account holder", "Date of birth", "Known e-mail"],
                 ["Oluwaseun David ADEYEMI", "1990-05-08", "seun.adeyemi90@example.com"],
                 ["Brittany Nicole SZYMANSKI", "14 September 1993", "bnszym93@example.net"]],
                [190, 110, 168]),
        d.p("II.  Records to be disclosed (March 1, 2020 to present)", bold=True, before=8),
        d.p("A. Registration information: names, addresses, e-mail addresses and telephone "
            "numbers provided;\nB. Login history, including dates, times and source IP addresses, "
            "and device identifiers;\nC. All claims filed and weekly certifications submitted "
            "through each account;\nD. Payment destination information (bank routing and account "
            "numbers, debit card numbers).", indent=14),
    ]
    write_born("bs27", build_pdf(s, page_numbers="{n}"))
    label("bs27", "born_digital", "AUSA cover letter + federal 18 USC 2703(d) order with Attachment A",
          "doj-usao", "United States Attorney, Northern District of Ohio", "Adaeze N. Obi",
          "Assistant United States Attorney", "adaeze.obi@usdoj.gov", "(216) 555-0142",
          [("Oluwaseun David Adeyemi", "1990-05-08", []),
           ("Brittany Nicole Szymanski", "1993-09-14", [])],
          ["18 USC 2703", "18 USC 2705", "18 USC 1343", "18 USC 1028A"],
          "court_order", None, True, "criminal_investigation",
          ["address", "email", "phone", "claims", "other"], "mail")


def bs28():
    d = D("times", 11.5)
    s = [
        d.cols("U.S. Department of Justice\nBureau of Alcohol, Tobacco,\nFirearms and Explosives",
               "Kansas City Field Division\nWichita Field Office\n1999 N. Amidon Ave., Suite 300\n"
               "Wichita, KS 67203", widths=(250, 218), size=10),
        d.p("Special Agent in Charge: Lamar J. Whitfield", size=8.5, italic=True, before=2),
        d.hr(1),
        d.p("786035-25-0042", align="R", size=9, after=0),
        d.p("August 19, 2025", align="R"),
        d.p("Kansas Department of Revenue\nDivision of Vehicles – Records Section\n"
            "300 SW 29th Street\nTopeka, KS 66611"),
        d.p("Dear Records Section:"),
        d.p("The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) is conducting a criminal "
            "investigation into suspected straw purchasing and trafficking of firearms in the "
            "Wichita area, in violation of 18 U.S.C. § 932 and 18 U.S.C. § 922(a)(6). Information "
            "provided by a federal firearms licensee identified the individuals listed below.",
            align="J"),
        d.p("Pursuant to the law enforcement exception of the Driver's Privacy Protection Act, "
            "18 U.S.C. § 2721(b)(1), and K.S.A. 74-2012, I request the following for each person: "
            "driver license photograph, current and previous addresses, and all vehicles registered "
            "in the person's name.", align="J"),
        d.table([["#", "Name", "DOB", "KS DL No."],
                 ["1", "STROUD, Cody Allen", "06/14/2001", "K07-41-8822"],
                 ["2", "HUYNH, Thanh Tung", "10/27/1998", "K09-22-1045"],
                 ["3", "IBARRA-QUINTANA, Marisela", "March 2, 2000", "—"]], [20, 200, 110, 120]),
        d.sp(6),
        d.p("Please send the records to my attention at the address above or by e-mail to "
            "hollis.merriweather@atf.gov. Because this is an ongoing investigation, please do not "
            "notify the individuals of this request.", align="J"),
        d.pb(),
        d.p("Kansas Department of Revenue – page 2", size=9, italic=True),
        d.p("Thank you for your assistance. If you have any questions, I can be reached at "
            "(316) 555-0193.", before=8),
        d.p("Sincerely,", after=0),
        d.sig(2828, 140),
        d.p("Hollis B. Merriweather\nSpecial Agent\nATF Wichita Field Office"),
        d.sp(30),
        d.p("cc:  Group Supervisor Teresa M. Ng, ATF Wichita Field Office\n     File",
            size=9.5),
    ]
    write_scanned("bs28", build_pdf(s), [
        dict(angle=-1.6, noise=7, bg=222, quality=50),
        dict(angle=0.9, rot=270, noise=6, bg=226)], dpi=200, seed=28)
    label("bs28", "scanned", "ATF letter, 3 subjects in table, page 2 rotated 90 degrees",
          "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Kansas City Field Division",
          "Hollis B. Merriweather", "Special Agent", "hollis.merriweather@atf.gov", "(316) 555-0193",
          [("Cody Allen Stroud", "2001-06-14", [("license", "K07418822")]),
           ("Thanh Tung Huynh", "1998-10-27", [("license", "K09221045")]),
           ("Marisela Ibarra-Quintana", "2000-03-02", [])],
          ["18 USC 932", "18 USC 922", "18 USC 2721", "KSA 74-2012"],
          "none", None, False, "criminal_investigation", ["photo", "address", "vehicle"], "mail")


def bs29():
    m = new_msg(formataddr(("Brekke, Leah M", "leah.m.brekke@uscis.dhs.gov")),
                formataddr(("Job Service North Dakota - UI Legal", "jsnd.legal@jobsnd.com")),
                "USCIS FDNS verification request - NYGAARD (A240118372)",
                "Thu, 11 Sep 2025 09:45:00 -0500", "<PH0PR09MB3381.9D@uscis.dhs.gov>")
    m.set_content("""Good morning,

U.S. Citizenship and Immigration Services (USCIS), Fraud Detection and
National Security Directorate, is verifying information submitted in support
of a pending Form I-130, Petition for Alien Relative, and Form I-485,
Application to Register Permanent Residence or Adjust Status.

Please verify the employer(s), quarterly wages reported for 2023 through the
present, and the address of record for the following individuals:

  Petitioner:   Cole Anders NYGAARD
                DOB 02/19/1990, SSN last four 4108
  Beneficiary:  Olena Viktorivna NYGAARD (nee KRAVCHENKO)
                DOB 1995-07-07, A-number A240 118 372

This inquiry is made under section 103 of the Immigration and Nationality Act
(8 U.S.C. 1103) and 8 C.F.R. 103.2(b). The information will be used in the
adjudication of the pending applications.

Thank you for your assistance.

Leah M. Brekke
Immigration Officer, Fraud Detection and National Security (FDNS)
U.S. Citizenship and Immigration Services
St. Paul Field Office
Phone: (651) 555-0135
""")
    write_eml("bs29", m, 29)
    label("bs29", "eml", "USCIS FDNS benefit-fraud verification e-mail to labor agency, 2 subjects",
          "dhs-uscis", "U.S. Citizenship and Immigration Services, Fraud Detection and National Security Directorate",
          "Leah M. Brekke", "Immigration Officer", "leah.m.brekke@uscis.dhs.gov", "(651) 555-0135",
          [("Cole Anders Nygaard", "1990-02-19", [("ssn_last4", "4108")]),
           ("Olena Viktorivna Nygaard", "1995-07-07", [("a_number", "A240118372")])],
          ["INA 103", "8 USC 1103", "8 CFR 103.2"], "none", None, False, "civil_immigration",
          ["employment", "wages", "address"], "email")


def bs30():
    d = D("helv", 10.5)
    s = [
        d.p("Office of Enforcement and Removal Operations", size=9, after=0),
        d.p("U.S. Department of Homeland Security\n1717 Avenue H\nOmaha, NE 68110", size=9, after=4),
        d.cols("", "**U.S. Immigration\nand Customs\nEnforcement**", size=12),
        d.sp(10),
        d.p("July 14, 2025"),
        d.p("Iowa Department of Transportation\nMotor Vehicle Division – Office of Driver and "
            "Identification Services\n6310 SE Convenience Blvd.\nAnkeny, IA 50021"),
        d.p("Re:  Request for records – AJPOP COC, Efraín Santos (A212 604 337)", bold=True),
        d.p("To the Records Custodian:"),
        d.p("ICE Enforcement and Removal Operations (ERO), Omaha Field Office, Des Moines "
            "Sub-Office, is attempting to locate the above individual, who is subject to a final "
            "order of removal. A copy of the Warrant of Removal/Deportation (Form I-205) is "
            "attached. Pursuant to 8 U.S.C. §§ 1231 and 1357, ERO requests:", align="J"),
        d.p("• the most recent license or ID photograph;\n• the residential and mailing address on "
            "file; and\n• any vehicle registered to the subject.", indent=20),
        d.kv([("Name", "Efraín Santos AJPOP COC"), ("DOB", "1993-01-28"),
              ("A-Number", "A212 604 337"), ("Iowa DL/ID", "874KT2091")], widths=(90, 250),
             grid=True),
        d.sp(6),
        d.p("Please respond to the undersigned at (515) 555-0161 or "
            "natalia.ruiz-haddad@ice.dhs.gov."),
        d.p("Sincerely,", after=0),
        d.sig(3030, 130),
        d.p("Natalia Ruiz-Haddad\nDeportation Officer\nERO Omaha – Des Moines Sub-Office"),
        d.pb(),
    ]
    f = D("dvs", 9.5)
    s += [
        SetFooter("Form I-205 (Rev. 08/01/07)", "", ""),
        f.p("U.S. DEPARTMENT OF HOMELAND SECURITY", align="C", bold=True, size=10.5, after=0),
        f.p("WARRANT OF REMOVAL/DEPORTATION", align="C", bold=True, size=14, after=10),
        f.cols("", "File No: A212 604 337\n\nDate: 07/09/2025"),
        f.p("To any immigration officer of the United States Department of Homeland Security:",
            before=6),
        f.p("**Efraín Santos AJPOP COC**", align="C", after=0),
        f.p("(Full name of alien)", align="C", size=8),
        f.p("who entered the United States at  Lukeville, Arizona  on  05/2013", align="C"),
        f.p("(Place of entry)                         (Date of entry)", align="C", size=8),
        f.p("is subject to removal/deportation from the United States, based upon a final order by:"),
        f.p("☒ an immigration judge in exclusion, deportation, or removal proceedings\n"
            "☐ a designated official\n"
            "☐ the Board of Immigration Appeals\n"
            "☐ a United States District or Magistrate Court Judge", indent=30),
        f.p("and pursuant to the following provisions of the Immigration and Nationality Act:"),
        f.p("212(a)(6)(A)(i)", align="C", bold=True),
        f.p("I, the undersigned officer of the United States, by virtue of the power and authority "
            "vested in the Secretary of Homeland Security under the laws of the United States and "
            "by his or her direction, command you to take into custody and remove from the United "
            "States the above-named alien, pursuant to law, at the expense of:", align="J"),
        f.p("the appropriation \"Enforcement and Removal Operations\"", align="C"),
        f.sp(8),
        f.sig(3031, 140),
        f.p("(Signature of immigration officer)\nMarcus L. Fenwick, Field Office Director\n"
            "(Title of immigration officer)\nOmaha, Nebraska\n(Date and office location)", size=9),
        f.hr(0.8),
        f.kv([("Photograph of alien removed", "Right index fingerprint of alien removed")],
             widths=(234, 234), grid=True, bold_keys=False),
        f.kv([("\n\n\n\n", "\n\n\n\n")], widths=(234, 234), grid=True),
        f.p("Signature of alien being fingerprinted: __________________________", before=6),
        f.p("Signature and title of immigration officer taking print: ______________________"),
        f.p("Verification of Removal", bold=True, align="C", before=6),
        f.p("Departure Date and Place of Departure: __________   Manner of Departure: __________",
            size=9),
    ]
    write_born("bs30", build_pdf(s))
    label("bs30", "born_digital", "ERO letter to DOT motor vehicle division + Form I-205 with judge checkbox",
          "dhs-ice-ero", "ICE Enforcement and Removal Operations (ERO), Omaha Field Office",
          "Natalia Ruiz-Haddad", "Deportation Officer", "natalia.ruiz-haddad@ice.dhs.gov",
          "(515) 555-0161",
          [("Efraín Santos Ajpop Coc", "1993-01-28",
            [("a_number", "A212604337"), ("license", "874KT2091")])],
          ["8 USC 1231", "8 USC 1357", "INA 212"],
          "administrative_warrant", "I-205", True, "civil_immigration",
          ["photo", "address", "vehicle"], "mail")


def gj_ny_pdf():
    d = D("times", 11)
    s = [
        d.p("SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS", align="C", bold=True),
        d.p("GRAND JURY SUBPOENA DUCES TECUM", align="C", bold=True, size=13, before=6),
        d.p("GJ No. 4417/2025", align="R", size=9.5),
        d.p("THE PEOPLE OF THE STATE OF NEW YORK", bold=True, before=4),
        d.p("TO:  Custodian of Records, New York State Department of Labor, Building 12, "
            "W.A. Harriman State Office Campus, Albany, NY 12226"),
        d.p("GREETINGS:", bold=True),
        d.p("WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend "
            "before the GRAND JURY of the County of Kings, at 350 Jay Street, Brooklyn, New York, on "
            "the 30th day of June, 2025, at 10:00 A.M., and at any recessed or adjourned date, to "
            "give evidence in a criminal proceeding, and that you bring with you and produce the "
            "following:", align="J"),
        d.p("All quarterly wage reporting records (NYS-45 wage detail) and all unemployment "
            "insurance claim records, January 1, 2021 to date, including employer names and "
            "addresses, for:", indent=20, align="J"),
        d.table([["Name", "Date of birth"],
                 ["Yevgeniy LAZAREV", "03/02/1979"],
                 ["Khadija Abdi FARAH", "12/01/1988"],
                 ["Luis Ángel PEÑA BATISTA", "08/19/1991"],
                 ["Samuel B. ROTHSTEIN", "04/25/1966"]], [220, 120]),
        d.p("Failure to comply with this subpoena is punishable as a contempt of court and as "
            "otherwise provided by law. This subpoena is issued pursuant to CPL 610.20 and "
            "CPL 610.25.", before=8, align="J"),
        d.p("Grand jury proceedings are secret (CPL 190.25(4)). You are directed not to disclose the "
            "existence of this subpoena. Records may be produced in lieu of appearance, accompanied "
            "by a certification pursuant to CPLR 4518, to the Assistant District Attorney named "
            "below.", align="J"),
        d.p("Dated: Brooklyn, New York\n           June 2, 2025", before=6),
        d.cols("", "HAROLD K. ASHWORTH\nDistrict Attorney, Kings County\n\nBy: /s/ Tamar E. "
               "Abramowitz\nAssistant District Attorney\nRackets Division\n350 Jay Street, "
               "Brooklyn, NY 11201\n(718) 555-0174"),
    ]
    return build_pdf(s)


def bs31():
    m = new_msg(formataddr(("Abramowitz, Tamar E.", "abramowitzt@brooklynda.org")),
                formataddr(("NYSDOL Counsel's Office - Subpoenas", "subpoena.unit@labor.ny.gov")),
                "Grand Jury Subpoena Duces Tecum - GJ No. 4417/2025 - returnable 6/30/2025",
                "Tue, 03 Jun 2025 12:30:18 -0400", "<0A8B2C11.KCDA@brooklynda.org>")
    m.set_content("""Dear Records Custodian:

Attached please find a Grand Jury Subpoena Duces Tecum returnable June 30,
2025, seeking wage reporting and unemployment insurance records for four
individuals. This is a criminal investigation into a payroll and insurance
fraud scheme (Penal Law 176.20 and 155.40).

In lieu of appearing, you may produce the records electronically to me,
together with a business records certification under CPLR 4518. Please do
not disclose the existence of this subpoena to the individuals named; grand
jury matters are secret under CPL 190.25(4).

Thank you,

Tamar E. Abramowitz
Assistant District Attorney
Rackets Division
Kings County District Attorney's Office
350 Jay Street, Brooklyn, NY 11201
(718) 555-0174
""")
    m.add_attachment(gj_ny_pdf(), maintype="application", subtype="pdf",
                     filename="GJ 4417-2025 SDT NYSDOL.pdf")
    write_eml("bs31", m, 31)
    label("bs31", "eml", "ADA e-mail with state grand jury subpoena duces tecum PDF, 4 subjects",
          "district-attorney", "Kings County District Attorney's Office", "Tamar E. Abramowitz",
          "Assistant District Attorney", "abramowitzt@brooklynda.org", "(718) 555-0174",
          [("Yevgeniy Lazarev", "1979-03-02", []), ("Khadija Abdi Farah", "1988-12-01", []),
           ("Luis Ángel Peña Batista", "1991-08-19", []), ("Samuel B. Rothstein", "1966-04-25", [])],
          ["NY PL 176.20", "NY PL 155.40", "NY CPLR 4518", "NY CPL 190.25", "NY CPL 610.20",
           "NY CPL 610.25"],
          "grand_jury_subpoena", None, True, "criminal_investigation",
          ["wages", "employment", "claims"], "email")


def bs32():
    text = """PENNSYLVANIA STATE POLICE
TROOP H - HARRISBURG - CRIMINAL INVESTIGATION UNIT
8000 Bretz Drive, Harrisburg, PA 17112

MEMORANDUM                                   SENT VIA EMAIL: ra-pdlerequests@pa.gov

DATE:     2025-09-02
TO:       PennDOT, Bureau of Driver Licensing / Bureau of Motor Vehicles
          Law Enforcement Request Unit
FROM:     Cpl. Heather L. Zimmerman, Criminal Investigation Unit
SUBJECT:  Driver / vehicle information request
          PSP Incident No. PA2025-1187340

1. The Pennsylvania State Police is investigating a hit-and-run crash
   resulting in serious bodily injury on SR 0022 in Lower Paxton Township on
   08/29/2025 (75 Pa.C.S. Sec. 3742, accidents involving death or personal
   injury). A partial registration plate and vehicle description obtained
   from a witness led to the vehicle below.

2. Request the following:

      a. Registration and title history for PA registration plate KXR-4471
         (2014 Ford F-150, gray).
      b. Driver license photograph, license status and current address for
         the registered owner:

            HOSTETLER, Gerald Wayne
            DOB:  1961-05-02
            PA OLN: 18 440 219

3. This request is made for use by a law enforcement agency in carrying out
   its functions, 18 U.S.C. Sec. 2721(b)(1).

4. Return results to Cpl. Zimmerman, (717) 555-0186,
   hezimmerma@pa.gov.

                                   Heather L. Zimmerman, Cpl.
                                   Criminal Investigation Unit, Troop H

cc: Sgt. R. Delgado, CIU Supervisor
"""
    write_txt("bs32", text)
    label("bs32", "txt", "state police plain-text memorandum sent by e-mail (hit-and-run)",
          "state-police", "Pennsylvania State Police", "Heather L. Zimmerman", "Corporal",
          "hezimmerma@pa.gov", "(717) 555-0186",
          [("Gerald Wayne Hostetler", "1961-05-02", [("license", "18440219")])],
          ["75 PaCS 3742", "18 USC 2721"], "none", None, False, "criminal_investigation",
          ["vehicle", "photo", "license", "address"], "email")


# ======================================================================= main

ALL = [bs01, bs02, bs03, bs04, bs05, bs06, bs07, bs08, bs09, bs10, bs11, bs12, bs13, bs14, bs15,
       bs16, bs17, bs18, bs19, bs20, bs21, bs22, bs23, bs24, bs25, bs26, bs27, bs28, bs29, bs30,
       bs31, bs32]


def main():
    random.seed(SEED)
    only = set(sys.argv[1:])
    for fn in ALL:
        if only and fn.__name__ not in only:
            continue
        fn()
        print("built", fn.__name__)


if __name__ == "__main__":
    main()
