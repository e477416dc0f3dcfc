#!/usr/bin/env python3
"""Build the blind_i sample set: 32 request documents plus <id>.expected.json labels.

Written by an independent author who never saw the program under test.
Deterministic: fixed seeds, reportlab invariant mode, fixed e-mail boundaries and dates.
Run:  /work/main/.venv/bin/python samples/blind_i/build.py
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
import time
from email import policy
from email.message import EmailMessage

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
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))
FAMILY = "blind-i"
DJ = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("DV-Sans", "DejaVuSans.ttf"), ("DV-Sans-B", "DejaVuSans-Bold.ttf"),
                 ("DV-Sans-I", "DejaVuSans-Oblique.ttf"), ("DV-Sans-BI", "DejaVuSans-BoldOblique.ttf"),
                 ("DV-Serif", "DejaVuSerif.ttf"), ("DV-Serif-B", "DejaVuSerif-Bold.ttf"),
                 ("DV-Serif-I", "DejaVuSerif-Italic.ttf"), ("DV-Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
                 ("DV-Mono", "DejaVuSansMono.ttf"), ("DV-Mono-B", "DejaVuSansMono-Bold.ttf"),
                 ("DV-Cond", "DejaVuSansCondensed.ttf"), ("DV-Cond-B", "DejaVuSansCondensed-Bold.ttf"),
                 ("DV-Cond-I", "DejaVuSansCondensed-Oblique.ttf"),
                 ("DV-Cond-BI", "DejaVuSansCondensed-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(name, DJ + fn))
pdfmetrics.registerFontFamily("DV-Sans", normal="DV-Sans", bold="DV-Sans-B", italic="DV-Sans-I", boldItalic="DV-Sans-BI")
pdfmetrics.registerFontFamily("DV-Serif", normal="DV-Serif", bold="DV-Serif-B", italic="DV-Serif-I", boldItalic="DV-Serif-BI")
pdfmetrics.registerFontFamily("DV-Cond", normal="DV-Cond", bold="DV-Cond-B", italic="DV-Cond-I", boldItalic="DV-Cond-BI")
pdfmetrics.registerFontFamily("DV-Mono", normal="DV-Mono", bold="DV-Mono-B", italic="DV-Mono", boldItalic="DV-Mono-B")

FONTS = {
    # family: (regular, bold, italic)
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
    "serif": ("DV-Serif", "DV-Serif-B", "DV-Serif-I"),
    "sans": ("DV-Sans", "DV-Sans-B", "DV-Sans-I"),
    "cond": ("DV-Cond", "DV-Cond-B", "DV-Cond-I"),
}
FALLBACK = {"times": "serif", "helv": "sans", "courier": "sans"}


# ---------------------------------------------------------------- PDF rendering
def mk(text):
    """Escape and convert light markup: **bold**, ~~italic~~, newline -> <br/>."""
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t, flags=re.S)
    t = re.sub(r"~~(.+?)~~", r"<i>\1</i>", t, flags=re.S)
    return t.replace("\n", "<br/>")


def all_text(elements):
    out = []
    for e in elements:
        for x in e[1:]:
            if isinstance(x, str):
                out.append(x)
            elif isinstance(x, (list, tuple)):
                for y in x:
                    if isinstance(y, str):
                        out.append(y)
                    elif isinstance(y, (list, tuple)):
                        out.extend(z for z in y if isinstance(z, str))
    return "\n".join(out)


def render_pdf(path, elements, font="times", size=10.5, footer=None, header=None, pagenum=False,
               margin=0.9, leading=None):
    txt = all_text(elements) + (footer or "") + (header or "")
    if font in FALLBACK:
        try:
            txt.encode("cp1252")
            if "☐" in txt or "☒" in txt:
                raise UnicodeError
        except UnicodeError:
            font = FALLBACK[font]
    reg, bold, ital = FONTS[font]
    lead = leading or size * 1.28
    base = ParagraphStyle("base", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.55)
    if font in ("serif", "sans", "cond"):
        base.fontName = {"serif": "DV-Serif", "sans": "DV-Sans", "cond": "DV-Cond"}[font]
    st = {
        "p": base,
        "pj": ParagraphStyle("pj", parent=base, alignment=TA_JUSTIFY),
        "c": ParagraphStyle("c", parent=base, alignment=TA_CENTER),
        "r": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
        "h": ParagraphStyle("h", parent=base, fontName=bold, spaceBefore=4),
        "cb": ParagraphStyle("cb", parent=base, fontName=bold, alignment=TA_CENTER, fontSize=size + 2,
                             leading=(size + 2) * 1.25),
        "big": ParagraphStyle("big", parent=base, fontName=bold, alignment=TA_CENTER, fontSize=size + 5,
                              leading=(size + 5) * 1.2),
        "s": ParagraphStyle("s", parent=base, fontSize=size - 2.5, leading=(size - 2.5) * 1.25),
        "sc": ParagraphStyle("sc", parent=base, fontSize=size - 2.5, leading=(size - 2.5) * 1.25,
                             alignment=TA_CENTER),
        "ind": ParagraphStyle("ind", parent=base, leftIndent=24),
        "pre": ParagraphStyle("pre", parent=base, fontName="DV-Mono" if font not in ("courier",) else "Courier",
                              fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 2, leading=(size - 2) * 1.2, spaceAfter=0),
        "lh1": ParagraphStyle("lh1", parent=base, fontName=bold, alignment=TA_CENTER, fontSize=size + 3,
                              leading=(size + 3) * 1.2, spaceAfter=1),
        "lh2": ParagraphStyle("lh2", parent=base, alignment=TA_CENTER, fontSize=size - 1.5,
                              leading=(size - 1.5) * 1.2, spaceAfter=0),
    }
    flow = []
    W = letter[0] - 2 * margin * inch
    for e in elements:
        k = e[0]
        if k in ("p", "pj", "c", "r", "h", "cb", "big", "s", "sc", "ind"):
            flow.append(Paragraph(mk(e[1]), st[k]))
        elif k == "pre":
            flow.append(Paragraph(mk(e[1]).replace(" ", "&nbsp;"), st["pre"]))
        elif k == "sp":
            flow.append(Spacer(1, e[1]))
        elif k == "pb":
            flow.append(PageBreak())
        elif k == "hr":
            t = Table([[""]], colWidths=[W], rowHeights=[2])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), e[1] if len(e) > 1 else 1, colors.black)]))
            flow.append(t)
            flow.append(Spacer(1, 6))
        elif k == "lh":
            lines = e[1]
            flow.append(Paragraph(mk(lines[0]), st["lh1"]))
            for ln in lines[1:]:
                flow.append(Paragraph(mk(ln), st["lh2"]))
            t = Table([[""]], colWidths=[W], rowHeights=[4])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.black)]))
            flow.append(t)
            flow.append(Spacer(1, 10))
        elif k in ("tbl", "grid", "kv"):
            rows = e[1]
            widths = e[2] if len(e) > 2 and e[2] else None
            cw = [w * inch for w in widths] if widths else None
            data = [[Paragraph(mk(c), st["cell"]) if isinstance(c, str) else c for c in r] for r in rows]
            t = Table(data, colWidths=cw, hAlign="LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if k in ("tbl", "grid"):
                sty.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
            if k == "grid":
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
            t.setStyle(TableStyle(sty))
            flow.append(t)
            flow.append(Spacer(1, 6))
        elif k == "sig":
            # ("sig", scrawl, [lines])
            sigsty = ParagraphStyle("sig", parent=base, fontName=FONTS["serif"][2] if font in ("serif", "sans", "cond") else ital,
                                    fontSize=size + 4, leading=(size + 4) * 1.1, spaceAfter=0)
            flow.append(Spacer(1, 6))
            if e[1]:
                flow.append(Paragraph(mk(e[1]), sigsty))
            t = Table([[""]], colWidths=[2.8 * inch], rowHeights=[2], hAlign="LEFT")
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.black)]))
            flow.append(t)
            flow.append(Paragraph(mk("\n".join(e[2])), ParagraphStyle("sl", parent=base, spaceAfter=8)))
        else:
            raise ValueError(k)

    def onpage(canv, doc):
        canv.saveState()
        canv.setFont(reg, 7.5)
        if footer:
            for i, ln in enumerate(footer.split("\n")):
                canv.drawString(margin * inch, 0.45 * inch + 9 * (len(footer.split("\n")) - 1 - i), ln)
        if header:
            canv.drawCentredString(letter[0] / 2, letter[1] - 0.45 * inch, header)
        if pagenum:
            canv.drawRightString(letter[0] - margin * inch, 0.45 * inch, "Page %d" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=margin * inch, rightMargin=margin * inch,
                            topMargin=0.75 * inch, bottomMargin=0.85 * inch, title="", author="", subject="",
                            creator="", producer="")
    doc.build(flow, onFirstPage=onpage, onLaterPages=onpage)


def rasterize(pdf, dpi):
    d = tempfile.mkdtemp(prefix="bi_ras_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(d, "p")], check=True)
    pages = []
    for fn in sorted(os.listdir(d)):
        im = Image.open(os.path.join(d, fn))
        im.load()
        pages.append(im.convert("L"))
    shutil.rmtree(d)
    return pages


def pdf_bytes(elements, **kw):
    fd, p = tempfile.mkstemp(suffix=".pdf", prefix="bi_")
    os.close(fd)
    render_pdf(p, elements, **kw)
    with open(p, "rb") as f:
        b = f.read()
    return p, b


# ---------------------------------------------------------------- degradation
def degrade_scan(img, rng, angle, turn=0, grey=28, noise=6, blur=0.7, quality=50):
    arr = np.asarray(img).astype(np.float32)
    h, w = arr.shape
    # paper tone + uneven illumination
    grad = np.linspace(0, 1, w)[None, :] * rng.uniform(-14, 14) + np.linspace(0, 1, h)[:, None] * rng.uniform(-10, 10)
    arr = arr * (1 - grey / 255.0) + grad + rng.uniform(0, 6)
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    bg = int(np.median(np.asarray(im)))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    arr = np.asarray(im).astype(np.float32) + rng.normal(0, noise, (h, w))
    # a few dark specks
    for _ in range(int(rng.integers(20, 60))):
        y, x = int(rng.integers(0, h - 3)), int(rng.integers(0, w - 3))
        arr[y:y + 2, x:x + 2] = rng.uniform(40, 120)
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if turn:
        im = im.rotate(turn, expand=True)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return out


def make_scanned(out_path, elements, seed, angles, turns=None, dpi=200, **kw):
    rng = np.random.default_rng(seed)
    tmp, _ = pdf_bytes(elements, **kw)
    pages = rasterize(tmp, dpi)
    os.remove(tmp)
    turns = turns or {}
    imgs = [degrade_scan(p, rng, angles[i % len(angles)], turns.get(i, 0)) for i, p in enumerate(pages)]
    when = time.strptime("2025-01-01", "%Y-%m-%d")
    imgs[0].save(out_path, "PDF", save_all=True, append_images=imgs[1:], resolution=float(dpi),
                 creationDate=when, modDate=when, quality=55)


MONO = ImageFont.truetype(DJ + "DejaVuSansMono.ttf", 22)


def make_fax(out_path, elements, seed, header_fn, angles=None, **kw):
    rng = np.random.default_rng(seed)
    tmp, _ = pdf_bytes(elements, **kw)
    pages = rasterize(tmp, 200)
    os.remove(tmp)
    n = len(pages)
    outs = []
    for i, p in enumerate(pages):
        im = p.filter(ImageFilter.GaussianBlur(0.45))
        if angles:
            im = im.rotate(angles[i % len(angles)], resample=Image.BICUBIC, fillcolor=255)
        canvas = Image.new("L", im.size, 255)
        canvas.paste(im, (0, 30))
        d = ImageDraw.Draw(canvas)
        d.text((40, 6), header_fn(i + 1, n), font=MONO, fill=0)
        arr = np.asarray(canvas).astype(np.float32) + rng.normal(0, 18, (canvas.size[1], canvas.size[0]))
        bw = Image.fromarray((arr > 150).astype(np.uint8) * 255).convert("1")
        # sprinkle fax noise
        a = np.array(bw, dtype=np.uint8)
        for _ in range(int(rng.integers(80, 200))):
            y, x = int(rng.integers(0, a.shape[0] - 2)), int(rng.integers(0, a.shape[1] - 2))
            a[y:y + 1 + int(rng.integers(0, 2)), x:x + 1 + int(rng.integers(0, 2))] = 0
        outs.append(Image.fromarray(a * 255).convert("1"))
    outs[0].save(out_path, compression="group4", dpi=(200, 200), save_all=True, append_images=outs[1:])


def page_image(elements, dpi=150, seed=0, photo=False, noise=7, **kw):
    """Render a document to a single-page image (first page) for e-mail attachments."""
    tmp, _ = pdf_bytes(elements, **kw)
    pages = rasterize(tmp, dpi)
    os.remove(tmp)
    rng = np.random.default_rng(seed)
    out = []
    for p in pages:
        if photo:
            im = degrade_scan(p, rng, rng.uniform(-1.6, 1.6), 0, grey=40, noise=noise, blur=0.8, quality=70)
        else:
            im = p
        out.append(im)
    return out


def stack_vertical(imgs):
    w = max(i.size[0] for i in imgs)
    h = sum(i.size[1] for i in imgs)
    c = Image.new("L", (w, h), 255)
    y = 0
    for i in imgs:
        c.paste(i, (0, y))
        y += i.size[1]
    return c


# ---------------------------------------------------------------- e-mail
def fix_boundaries(msg, doc_id):
    n = [0]

    def walk(m):
        if m.is_multipart():
            n[0] += 1
            m.set_boundary("=_%s_part%d_b7c1e0" % (doc_id, n[0]))
            for p in m.get_payload():
                walk(p)
        elif m.get_content_type() == "message/rfc822":
            for p in m.get_payload():
                walk(p)
    walk(msg)


def new_mail(frm, to, subject, date, msgid, cc=None, extra=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    for k, v in (extra or []):
        m[k] = v
    return m


def write_eml(doc_id, msg):
    fix_boundaries(msg, doc_id)
    with open(os.path.join(OUT, doc_id + ".eml"), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


def img_bytes(im, fmt, **kw):
    b = io.BytesIO()
    im.save(b, fmt, **kw)
    return b.getvalue()


# ---------------------------------------------------------------- labels
def label(doc_id, fmt, template, agency_key, agency_name, person, title, email, phone, subjects, basis,
          ptype, form, attached, purpose, records, channel):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    subs = []
    for s in subjects:
        name, dob = s[0], s[1]
        ids = [{"type": t, "value": v} for t, v in (s[2] if len(s) > 2 else [])]
        subs.append({"name": name, "dob": dob, "identifiers": ids})
    rec = {
        "id": doc_id, "family": FAMILY, "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person, "title": title,
                      "email": email, "phone": phone},
        "subjects": subs,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }
    with open(os.path.join(OUT, doc_id + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")


def out(doc_id, ext):
    return os.path.join(OUT, "%s.%s" % (doc_id, ext))


def write_txt(doc_id, text):
    with open(out(doc_id, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text.lstrip("\n"))


ALL = []


def doc(fn):
    ALL.append(fn)
    return fn


# ================================================================ documents
@doc
def bi01():
    els = [
        ("lh", ["U.S. Department of Homeland Security",
                "U.S. Immigration and Customs Enforcement",
                "Enforcement and Removal Operations — Denver Field Office",
                "12445 East Caley Avenue, Centennial, Colorado 80111"]),
        ("r", "January 14, 2025"),
        ("p", "**VIA ELECTRONIC MAIL** (dor_lawenforcement@state.co.us)"),
        ("p", "Colorado Department of Revenue\nDivision of Motor Vehicles\nAttn: Law Enforcement Records Unit\n1881 Pierce Street\nLakewood, CO 80214"),
        ("p", "**RE: Request for Records — OROZCO BAUTISTA, Efraín; A 208-517-334**"),
        ("p", "To Whom It May Concern:"),
        ("pj", "U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), respectfully "
               "requests information maintained by your agency regarding the individual identified below. This request "
               "is made pursuant to the authority of the Secretary of Homeland Security under section 287 of the "
               "Immigration and Nationality Act (8 U.S.C. § 1357) and 8 C.F.R. Part 287."),
        ("grid", [["Name", "Date of Birth", "Country of Birth", "CO DL/ID No.", "A-Number"],
                  ["Efraín OROZCO BAUTISTA", "06/22/1988", "Mexico", "17-482-9931", "A 208-517-334"]],
         [1.7, 0.95, 1.05, 1.1, 1.1]),
        ("p", "Specifically, ERO requests the following:"),
        ("ind", "1.  Current and all prior residential and mailing addresses on file;\n"
                "2.  The most recent driver license / identification card photograph; and\n"
                "3.  Any vehicles currently registered to the subject, including plate number and VIN."),
        ("pj", "The information is requested for official use only and will be used by this office in the performance "
               "of its official duties. It will not be disseminated outside the Department of Homeland Security except "
               "as permitted by law. Please return responsive records to the undersigned by e-mail."),
        ("p", "Thank you for your prompt attention to this matter. Should you have any questions, please contact me "
              "at the telephone number or e-mail address below."),
        ("p", "Respectfully,"),
        ("sig", "M. Whitfield", ["Marcus T. Whitfield", "Deportation Officer", "ERO Denver Field Office",
                                 "Tel: (303) 555-0147", "Email: marcus.whitfield@ice.dhs.gov"]),
        ("s", "cc: SDDO R. Alcaraz, ERO Denver (Fugitive Operations)"),
    ]
    render_pdf(out("bi01", "pdf"), els, font="times", size=11,
               footer="FOR OFFICIAL USE ONLY (FOUO) — LAW ENFORCEMENT SENSITIVE")
    label("bi01", "born_digital", "ERO field office letter on letterhead, by e-mail, no process",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Denver Field Office",
          "Marcus T. Whitfield", "Deportation Officer", "marcus.whitfield@ice.dhs.gov", "(303) 555-0147",
          [("Efraín Orozco Bautista", "1988-06-22", [("a_number", "A208517334"), ("license", "174829931")])],
          ["INA 287", "8 USC 1357", "8 CFR 287"], "none", None, False, "civil_immigration",
          ["address", "photo", "vehicle"], "email")


@doc
def bi02():
    body = """Good afternoon,

I'm a Special Agent with the FBI Seattle Field Office, assigned to one of our white collar squads. We have an open investigation into a wire fraud scheme (18 U.S.C. § 1343) and related money laundering (18 U.S.C. § 1956) involving a property-management business in Tacoma.

Could your unit provide quarterly wage records and employer history for the following two individuals, 2021 Q1 to present:

  1. TRAN, Minh Quang  -  DOB 11/03/1979  -  SSN ending 4471
  2. Svetlana Y. Morozova  -  DOB 1984-07-19  -  SSN last four 0928

If either of them filed a UI claim during that period, the claim history would help as well.

If you need a subpoena for this, let me know and I'll get one going through the USAO. A colleague mentioned your office sometimes handles these on a letter request, and I'm happy to put this on letterhead if that's easier.

Thanks,
Dan

Daniel J. Kowalczyk
Special Agent
Federal Bureau of Investigation - Seattle Division
1110 Third Avenue, Seattle, WA 98101
Desk: (206) 555-0133 | Cell: (206) 555-0190
"""
    m = new_mail('"Kowalczyk, Daniel J. (SE) (FBI)" <djkowalczyk@fbi.gov>',
                 "ESD Records Requests <esd-records@esd.wa.gov>",
                 "Wage/employment records request - 2 subjects",
                 "Tue, 22 Oct 2024 14:06:51 -0700", "<20241022210651.4471.djk@fbi.gov>")
    m.set_content(body)
    write_eml("bi02", m)
    label("bi02", "eml", "informal plain-text e-mail from an FBI agent, two subjects, no process",
          "doj-fbi", "Federal Bureau of Investigation - Seattle Division", "Daniel J. Kowalczyk", "Special Agent",
          "djkowalczyk@fbi.gov", "(206) 555-0133",
          [("Minh Quang Tran", "1979-11-03", [("ssn_last4", "4471")]),
           ("Svetlana Y. Morozova", "1984-07-19", [("ssn_last4", "0928")])],
          ["18 USC 1343", "18 USC 1956"], "none", None, False, "criminal_investigation",
          ["wages", "employment", "claims"], "email")


@doc
def bi03():
    els = [
        ("lh", ["EL PASO POLICE DEPARTMENT", "Criminal Investigations Division — Financial Crimes Unit",
                "911 N. Raynor Street, El Paso, Texas 79903  •  (915) 555-0160"]),
        ("p", "March 3, 2025"),
        ("p", "Texas Workforce Commission\nOpen Records / Subpoena Compliance\n101 East 15th Street, Room 266\nAustin, TX 78778-0001"),
        ("p", "Re: EPPD Case No. 25-041877 — Search Warrant for Records"),
        ("p", "To the Custodian of Records:"),
        ("pj", "Enclosed please find a search warrant signed by the Honorable Lucía Aranda-Whitt, Judge of the 34th "
               "District Court, El Paso County, commanding the production of records held by the Texas Workforce "
               "Commission relating to Héctor Manuel Ibáñez Soto (DOB 02/14/1991, TX DL 41870255)."),
        ("pj", "Our unit is investigating the fraudulent use of a complainant's identifying information to obtain "
               "employment and unemployment benefits. Please provide the employer(s) of record, quarterly wage "
               "history, unemployment claim records and any address and telephone number on file for the subject, "
               "from January 1, 2023 to the present."),
        ("pj", "Records may be mailed to my attention at the address above or delivered electronically to "
               "villalobosri@elpasotexas.gov. Please include a business records affidavit. Thank you for your assistance."),
        ("p", "Sincerely,"),
        ("sig", "Rosa I. Villalobos", ["Detective Rosa I. Villalobos, #1872", "Financial Crimes Unit",
                                      "Office (915) 555-0162", "villalobosri@elpasotexas.gov"]),
        ("s", "Enclosure: Search Warrant (2 pages)"),
        ("pb",),
        ("c", "**SEARCH WARRANT**"),
        ("c", "**THE STATE OF TEXAS**  §\n**COUNTY OF EL PASO**  §"),
        ("pj", "THE STATE OF TEXAS, to the Sheriff or any Peace Officer of El Paso County, Texas, or any Peace Officer "
               "of the State of Texas, GREETINGS:"),
        ("pj", "WHEREAS, the Affiant, whose name appears on the Affidavit attached hereto, is a peace officer under the "
               "laws of Texas and did heretofore this day subscribe and swear to said Affidavit before me (which said "
               "Affidavit is here now made a part hereof for all purposes), and whereas I find that the verified facts "
               "stated by Affiant in said Affidavit show that Affiant has probable cause for the belief she expresses "
               "therein and establishes existence of proper grounds for the issuance of this Warrant under Article "
               "18.02 of the Texas Code of Criminal Procedure;"),
        ("pj", "NOW, THEREFORE, you are commanded to search for and seize the following items held by the Texas "
               "Workforce Commission, 101 East 15th Street, Austin, Travis County, Texas, in any form, including "
               "electronic data:"),
        ("ind", "(a) all employer wage reports listing wages paid to HÉCTOR MANUEL IBÁÑEZ SOTO, date of birth "
                "February 14, 1991, or to any person using Social Security number ending in 5530;\n"
                "(b) all unemployment insurance claim records, including applications, payment records, bank "
                "account and debit card information, and IP address logs;\n"
                "(c) all residential and mailing addresses, telephone numbers and e-mail addresses on file;"),
        ("pj", "which items constitute evidence that the offenses of Fraudulent Use or Possession of Identifying "
               "Information, Texas Penal Code § 32.51, and Theft, Texas Penal Code § 31.03, have been committed, and "
               "that the named person committed them. The complainant, Dolores Ferriter, has reported that her "
               "identifying information was used without her consent."),
        ("pj", "Herein fail not, and due return make hereof. The items seized may be delivered to the Affiant, "
               "Detective Rosa I. Villalobos, El Paso Police Department, in lieu of personal appearance."),
        ("p", "ISSUED this 28th day of February, 2025, at 3:15 o'clock p.m., to certify which witness my hand."),
        ("sig", "L. Aranda-Whitt", ["MAGISTRATE", "Hon. Lucía Aranda-Whitt", "Judge, 34th District Court",
                                   "El Paso County, Texas"]),
        ("pb",),
        ("c", "**OFFICER'S RETURN AND INVENTORY**"),
        ("pj", "The undersigned Affiant, being a peace officer under the laws of Texas and being duly sworn, on oath "
               "certifies that the foregoing warrant came to hand on the day it was issued and that it was executed on "
               "the ____ day of ______________, 2025, by serving it upon the Texas Workforce Commission and "
               "receiving the following records: ___________________________________________"),
        ("sig", "", ["Affiant", "Subscribed and sworn to before me on ______________, 2025", "",
                     "Magistrate, El Paso County, Texas"]),
    ]
    make_scanned(out("bi03", "pdf"), els, seed=303, angles=[0.8, -1.2, 0.5], turns={2: 180}, font="times", size=11)
    label("bi03", "scanned", "scanned city-police cover letter plus Texas state search warrant",
          "local-police", "El Paso Police Department", "Rosa I. Villalobos", "Detective",
          "villalobosri@elpasotexas.gov", "(915) 555-0162",
          [("Héctor Manuel Ibáñez Soto", "1991-02-14", [("license", "41870255"), ("ssn_last4", "5530")])],
          ["TX CCP 18.02", "TX PC 32.51", "TX PC 31.03"], "judicial_warrant", None, True,
          "criminal_investigation", ["employment", "wages", "claims", "address", "phone", "email"], "mail")


I247A_NOTIFY = ("Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released "
                "from your custody. Please notify DHS by calling ☒ U.S. Immigration and Customs Enforcement (ICE) or "
                "☐ U.S. Customs and Border Protection (CBP) at {phone}. If you cannot reach an official at the "
                "number(s) provided, please contact the Law Enforcement Support Center at: (802) 555-0120.")


@doc
def bi04():
    cover = [
        ("big", "FAX TRANSMITTAL"),
        ("c", "U.S. Immigration and Customs Enforcement\nEnforcement and Removal Operations — Phoenix Field Office\n"
              "Criminal Apprehension Program (CAP)\n2035 N. Central Avenue, Phoenix, AZ 85004"),
        ("sp", 10),
        ("tbl", [["TO:", "Arizona Department of Corrections, Rehabilitation & Reentry — Offender Services / Time Computation"],
                 ["FAX:", "(602) 555-0119"],
                 ["FROM:", "Kyle B. Demarest, Deportation Officer"],
                 ["PHONE:", "(602) 555-0178        E-MAIL: kyle.b.demarest@ice.dhs.gov"],
                 ["DATE:", "02/18/2025"],
                 ["PAGES:", "3 (including cover)"],
                 ["RE:", "Immigration Detainer — ADCRR inmate #318842, GOMEZ-ARRIAGA, Julio Cesar"]],
         [1.0, 5.6]),
        ("p", "Please lodge the attached immigration detainer (Form I-247A) and serve the subject copy on the inmate. "
              "Please notify this office at least 48 hours prior to release and fax back the projected release date "
              "to (602) 555-0179. Thank you."),
        ("sp", 30),
        ("s", "CONFIDENTIALITY NOTICE: This facsimile may contain law enforcement sensitive information intended only "
              "for the addressee. If you received this in error, notify the sender immediately and destroy all copies."),
        ("pb",),
        ("c", "DEPARTMENT OF HOMELAND SECURITY"),
        ("big", "IMMIGRATION DETAINER – NOTICE OF ACTION"),
        ("tbl", [["Subject ID: 3X91KQ7", "Event #: PHO2502001337", "File No: 216 044 981", "Date: 02/18/2025"]],
         [1.6, 1.8, 1.6, 1.6]),
        ("tbl", [["TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)\n"
                  "Arizona Dept. of Corrections, Rehabilitation & Reentry\nASPC-Lewis, Buckeye, AZ",
                  "FROM: (Department of Homeland Security Office Address)\nICE ERO Phoenix\n2035 N. Central Avenue\nPhoenix, AZ 85004"]],
         [3.3, 3.3]),
        ("tbl", [["Name of Alien: GOMEZ-ARRIAGA, JULIO CESAR", "Date of Birth: 09/30/1990",
                  "Citizenship: MEXICO", "Sex: M"]], [2.8, 1.5, 1.4, 0.9]),
        ("h", "1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
              "DETERMINATION IS BASED ON (complete box 1 or 2)."),
        ("s", "☒ A final order of removal against the alien;\n"
              "☐ The pendency of ongoing removal proceedings against the alien;\n"
              "☐ Biometric confirmation of the alien's identity and a records check of federal databases that "
              "affirmatively indicate, by themselves or in addition to other reliable information, that the alien "
              "either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or\n"
              "☐ Statements made by the alien to an immigration officer and/or other reliable evidence that "
              "affirmatively indicate the alien either lacks immigration status or notwithstanding such status is "
              "removable under U.S. immigration law."),
        ("h", "2. DHS HAS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION (complete box 1 or 2)."),
        ("s", "☐ Upon completion of the proceeding or investigation for which the alien was transferred to your "
              "custody, DHS intends to resume custody of the alien to complete processing and/or make an admissibility determination."),
        ("h", "IT IS THEREFORE REQUESTED THAT YOU:"),
        ("s", "• " + I247A_NOTIFY.format(phone="(602) 555-0178") + "\n"
              "• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would "
              "otherwise have been released from your custody to allow DHS to assume custody. The alien must be "
              "served with a copy of this form for the detainer to take effect (see 8 C.F.R. § 287.7).\n"
              "• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.\n"
              "• Notify this office in the event of the alien's death, hospital admission, or transfer to another institution.\n"
              "☐ If checked: please cancel the detainer related to this alien previously submitted to you on ________ (date)."),
        ("tbl", [["KYLE B. DEMAREST, DEPORTATION OFFICER\n(Name and title of Immigration Officer)",
                  "/s/ K. Demarest\n(Signature of Immigration Officer)"]], [3.8, 2.8]),
        ("s", "Notice: If the alien may be the victim of a crime or you want the alien to remain in the United States "
              "for prosecution or other law enforcement purposes, including acting as a witness, please notify the "
              "ICE Law Enforcement Support Center at (802) 555-0120."),
        ("tbl", [["TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN WITHIN THIS FACILITY:\n"
                  "Date of latest criminal charge/conviction: __________  Last offense charged/conviction: __________\n"
                  "This form was served upon the alien on __________, in the following manner:\n"
                  "☐ in person   ☐ by inmate mail delivery   ☐ other (please specify): __________"]], [6.6]),
        ("s", "DHS Form I-247A (3/17)                                                                                      Page 1 of 2"),
        ("pb",),
        ("big", "NOTICE TO THE DETAINEE"),
        ("pj", "The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration "
               "detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of "
               "you after you otherwise would be released from custody. DHS has requested that the law enforcement "
               "agency which is currently detaining you maintain custody of you for a period not to exceed 48 hours "
               "beyond the time when you would have been released based on your criminal charges or convictions."),
        ("pj", "If you have a complaint regarding this detainer or related to violations of civil rights or civil "
               "liberties connected to DHS activities, please contact the ICE Joint Intake Center at 1-877-555-0142. "
               "If you believe you are a United States citizen or the victim of a crime, please advise DHS by calling "
               "the ICE Law Enforcement Support Center toll free at (855) 555-0165."),
        ("s", "DHS Form I-247A (3/17)                                                                                      Page 2 of 2"),
    ]
    make_fax(out("bi04", "tif"), cover, seed=404,
             header_fn=lambda i, n: "FEB-18-2025 09:47   FROM: ICE ERO PHOENIX CAP   6025550179   TO: 6025550119   P.%d/%d" % (i, n),
             angles=[0.3, -0.4, 0.2], font="sans", size=10)
    label("bi04", "fax", "faxed ERO cover sheet plus Form I-247A detainer to state corrections",
          "dhs-ice-ero", "ICE Enforcement and Removal Operations — Phoenix Field Office", "Kyle B. Demarest",
          "Deportation Officer", "kyle.b.demarest@ice.dhs.gov", "(602) 555-0178",
          [("Julio Cesar Gomez-Arriaga", "1990-09-30", [("a_number", "A216044981")])],
          ["8 CFR 287.7"], "detainer", "I-247A", True, "civil_immigration", ["other"], "fax")


@doc
def bi05():
    text = """
From: DES Records Portal <noreply-records-portal@azdes.gov>
To: LE-Requests@azdes.gov
Date: Mon, 07 Apr 2025 10:42:19 -0700
Subject: [LE Portal] New Law Enforcement Information Request  #LE-2025-004219

*** This message was generated automatically by the DES Records Portal. Do not reply. ***

================================================================
ARIZONA DEPARTMENT OF ECONOMIC SECURITY
LAW ENFORCEMENT INFORMATION REQUEST - ONLINE FORM
================================================================
Submission ID ........... LE-2025-004219
Submitted ............... 04/07/2025 10:42 AM MST

-- REQUESTING AGENCY --
Agency Name ............. Pima County Sheriff's Department
Agency ORI .............. AZ0100000
Division/Unit ........... Property Crimes Unit
Address ................. 1750 E. Benson Hwy, Tucson, AZ 85714

-- REQUESTOR --
First Name .............. Alyssa
Last Name ............... Marchetti
Title/Rank .............. Detective
Badge/ID # .............. 4471
Email ................... amarchetti@sheriff.pima.gov
Phone ................... 520-555-0104

-- CASE INFORMATION --
Case/Report Number ...... 250311-0457
Offense(s) .............. Theft; Fraudulent schemes and artifices
Statute(s) .............. A.R.S. 13-1802, A.R.S. 13-2310

-- SUBJECT 1 --
Last Name ............... Ramírez de la Cruz
First Name .............. Aurelio
Middle Name ............. 
Date of Birth ........... 1975-12-02
SSN (last 4) ............ 3306

-- SUBJECT 2 --
(none entered)

-- RECORDS REQUESTED --
[X] Address of record
[X] Employer / wage information
[ ] Benefit / claim history
[X] Telephone number
[ ] Other: 

-- JUSTIFICATION --
Subject is suspected of removing approx. $38,000 in construction equipment
from a job site belonging to his former employer (Desert Sun Framing LLC)
and selling it through online marketplaces. Current address and employer
are needed to locate the subject and the property.

-- CERTIFICATION --
[X] I certify that this request is made in connection with an active
    criminal investigation and that the information will be used solely
    for law enforcement purposes.

Electronic Signature .... Alyssa Marchetti
================================================================
"""
    write_txt("bi05", text)
    label("bi05", "txt", "web-portal submission notification (plain text) from a county sheriff detective",
          "sheriff", "Pima County Sheriff's Department", "Alyssa Marchetti", "Detective",
          "amarchetti@sheriff.pima.gov", "520-555-0104",
          [("Aurelio Ramírez de la Cruz", "1975-12-02", [("ssn_last4", "3306")])],
          ["ARS 13-1802", "ARS 13-2310"], "none", None, False, "criminal_investigation",
          ["address", "employment", "wages", "phone"], "email")


@doc
def bi06():
    els = [
        ("lh", ["U.S. Department of Homeland Security", "U.S. Immigration and Customs Enforcement",
                "Enforcement and Removal Operations, Newark Field Office",
                "970 Broad Street, Newark, NJ 07102"]),
        ("p", "February 4, 2025"),
        ("p", "**VIA CERTIFIED MAIL — RETURN RECEIPT REQUESTED**"),
        ("p", "Custodian of Records\nNew Jersey Motor Vehicle Commission\nLegal and Regulatory Affairs\n225 East State Street\nTrenton, NJ 08666"),
        ("p", "Re: Immigration Enforcement Subpoena No. NWK-ERO-25-0318"),
        ("p", "Dear Custodian of Records:"),
        ("pj", "Enclosed please find an Immigration Enforcement Subpoena (DHS Form I-138) issued to the New Jersey Motor "
               "Vehicle Commission in connection with an inquiry concerning Rodrigo Araújo Pereira, born May 8, 1993 "
               "(A-Number A220-315-847). In lieu of personal appearance, you may comply with the subpoena by "
               "delivering certified copies of the responsive records to me at the address above, or electronically "
               "to gabriela.szymanska@ice.dhs.gov, on or before the return date shown on the subpoena."),
        ("pj", "Should you have any questions concerning this subpoena, please contact me at (973) 555-0125."),
        ("p", "Sincerely,"),
        ("sig", "G. Szymańska", ["Gabriela Szymańska", "Deportation Officer", "ERO Newark"]),
        ("s", "Enclosure: DHS Form I-138"),
        ("pb",),
        ("tbl", [["U.S. Department of Homeland Security", "Subpoena No.: NWK-ERO-25-0318"]], [4.3, 2.3]),
        ("big", "IMMIGRATION ENFORCEMENT SUBPOENA"),
        ("c", "To Appear and/or Produce Records"),
        ("tbl", [["TO:  Custodian of Records, New Jersey Motor Vehicle Commission\n225 East State Street, Trenton, NJ 08666",
                  "In the matter of:\nRodrigo ARAÚJO PEREIRA\nDOB 05/08/1993\nA220 315 847"]], [4.3, 2.3]),
        ("pj", "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before the officer of the "
               "Department of Homeland Security named below, at the place, date and time specified, to give testimony "
               "and to produce the books, papers, records and documents described below, relating to the "
               "admissibility, deportability or removability of the above-named individual, in connection with an "
               "investigation or inquiry relating to the enforcement of the immigration laws of the United States."),
        ("tbl", [["Place: ICE ERO Newark, 970 Broad Street, Newark, NJ 07102", "Date and time: 02/28/2025, 10:00 a.m."],
                 ["Officer: Deportation Officer Gabriela Szymańska", "Telephone: (973) 555-0125"]], [4.3, 2.3]),
        ("h", "Records to be produced:"),
        ("pj", "Any and all records maintained for the above-named individual, including but not limited to: full name "
               "and any aliases; date of birth; current and prior residential and mailing addresses; driver license or "
               "non-driver identification number, license application(s) and the most recent photograph; and all "
               "vehicle registrations in the individual's name."),
        ("pj", "In lieu of appearance, the records may be delivered to the officer named above on or before the date "
               "and time indicated. This subpoena is issued pursuant to section 235(d) of the Immigration and "
               "Nationality Act, 8 U.S.C. § 1225(d), and 8 C.F.R. § 287.4."),
        ("pj", "Failure to comply with this subpoena may subject you to an order of a United States District Court "
               "compelling compliance; failure to obey such an order may be punished by the court as contempt."),
        ("tbl", [["Issued by: /s/ Jonathan R. Whitcombe\nAssistant Field Office Director, ERO Newark",
                  "Date issued: 02/04/2025\nNewark, New Jersey"]], [4.3, 2.3]),
        ("h", "CERTIFICATE OF SERVICE"),
        ("s", "I hereby certify that I served this subpoena on the person named above on ________ by  ☐ personal "
              "service  ☒ certified mail  ☐ other: ________.          Signature: ______________________"),
        ("s", "DHS Form I-138 (6/09)"),
    ]
    render_pdf(out("bi06", "pdf"), els, font="sans", size=10)
    label("bi06", "born_digital", "ERO cover letter plus DHS Form I-138 Immigration Enforcement Subpoena",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Newark Field Office",
          "Gabriela Szymańska", "Deportation Officer", "gabriela.szymanska@ice.dhs.gov", "(973) 555-0125",
          [("Rodrigo Araújo Pereira", "1993-05-08", [("a_number", "A220315847")])],
          ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True,
          "civil_immigration", ["address", "license", "photo", "vehicle"], "mail")


def i200_elements(file_no, date, name, officer, boxes):
    chk = lambda b: "☒" if b else "☐"
    return [
        ("c", "U.S. DEPARTMENT OF HOMELAND SECURITY"),
        ("big", "WARRANT FOR ARREST OF ALIEN"),
        ("tbl", [["", "File No. " + file_no], ["", "Date: " + date]], [4.4, 2.2]),
        ("pj", "To:   Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
               "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for "
               "immigration violations"),
        ("pj", "I have determined that there is probable cause to believe that **%s** is removable from the United "
               "States. This determination is based upon:" % name),
        ("ind", chk(boxes[0]) + " the execution of a charging document to initiate removal proceedings against the subject;\n" +
         chk(boxes[1]) + " the pendency of ongoing removal proceedings against the subject;\n" +
         chk(boxes[2]) + " the failure to establish admissibility subsequent to deferred inspection;\n" +
         chk(boxes[3]) + " biometric confirmation of the subject's identity and a records check of federal databases "
         "that affirmatively indicate, by themselves or in addition to other reliable information, that the subject "
         "either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or\n" +
         chk(boxes[4]) + " statements made voluntarily by the subject to an immigration officer and/or other reliable "
         "evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such "
         "status is removable under U.S. immigration law."),
        ("pj", "YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and "
               "Nationality Act, the above-named alien."),
        ("sp", 8),
        ("tbl", [["", "/s/ " + officer[0] + "\n(Signature of Authorized Immigration Officer)"],
                 ["", officer[0].upper() + ", " + officer[1] + "\n(Printed Name and Title of Authorized Immigration Officer)"]],
         [3.0, 3.6]),
        ("h", "Certificate of Service"),
        ("s", "I hereby certify that the Warrant for Arrest of Alien was served by me at ____________________ (Location) "
              "on ______________ on ______________, and the contents of this notice were read to him or her in the "
              "____________ (Language) language.\n\n"
              "______________________________                 ______________________________\n"
              "Name and Signature of Officer                        Name or Number of Interpreter (if applicable)"),
        ("s", "Form I-200 (Rev. 09/16)"),
    ]


@doc
def bi07():
    body = """Good morning,

ICE Chicago ERO is attempting to locate the individual named below, who is the subject of the attached Warrant for Arrest of Alien (Form I-200). Please provide the most recent residential address and telephone number your agency has on file for him.

    Name:  Wilmer Chávez Roque
    DOB:   1996-08-17
    A#:    219-884-502

Thank you for your assistance. Please let me know if you need anything further from our office.

V/r,

Luis A. Ortega
Deportation Officer
Enforcement and Removal Operations - Chicago Field Office
U.S. Immigration and Customs Enforcement
101 W. Congress Parkway, Chicago, IL 60605
Office: 312-555-0155
Luis.A.Ortega@ice.dhs.gov

WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).
"""
    m = new_mail('"Ortega, Luis A" <Luis.A.Ortega@ice.dhs.gov>',
                 "DHS.LawEnforcementRequests@illinois.gov",
                 "Records request - warrant attached - CHAVEZ ROQUE, Wilmer",
                 "Wed, 29 Jan 2025 08:12:40 -0600", "<CH2PR09MB7715.ortega.0129@ice.dhs.gov>")
    m.set_content(body)
    els = i200_elements("A219 884 502", "01/21/2025", "WILMER CHAVEZ ROQUE",
                        ("Samuel K. Okafor", "Supervisory Detention and Deportation Officer"),
                        [False, True, False, False, False])
    tmp, pdf = pdf_bytes(els, font="times", size=11)
    os.remove(tmp)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="I-200_CHAVEZ_ROQUE.pdf")
    write_eml("bi07", m)
    label("bi07", "eml", "ERO e-mail asking for address with Form I-200 attached as PDF",
          "dhs-ice-ero", "Enforcement and Removal Operations - Chicago Field Office", "Luis A. Ortega",
          "Deportation Officer", "Luis.A.Ortega@ice.dhs.gov", "312-555-0155",
          [("Wilmer Chávez Roque", "1996-08-17", [("a_number", "A219884502")])],
          ["INA 236", "INA 287", "8 CFR 287", "5 USC 552"], "administrative_warrant", "I-200", True,
          "civil_immigration", ["address", "phone"], "email")


@doc
def bi08():
    els = [
        ("lh", ["U.S. Department of Justice", "United States Attorney", "District of New Mexico",
                "201 Third Street NW, Suite 900, Albuquerque, New Mexico 87102  •  (505) 555-0130"]),
        ("r", "June 10, 2024"),
        ("p", "Custodian of Records\nNew Mexico Department of Workforce Solutions\nOffice of General Counsel\n401 Broadway NE\nAlbuquerque, NM 87102"),
        ("p", "Re:  Federal Grand Jury Subpoena No. GJ24-117-03"),
        ("p", "Dear Custodian of Records:"),
        ("pj", "Enclosed is a subpoena issued by a federal grand jury sitting in the District of New Mexico, which "
               "requires the production of the records described in Attachment A. In lieu of appearing before the "
               "grand jury on the return date, you may comply by producing the records to Special Agent Nicolás Baca, "
               "U.S. Department of Labor, Office of Inspector General, who will deliver them to the grand jury."),
        ("pj", "Please complete and return the enclosed certificate of authenticity so that the records may be "
               "admitted under Federal Rule of Evidence 902(11) without the need for a custodian's testimony."),
        ("pj", "Although Rule 6(e) of the Federal Rules of Criminal Procedure does not impose an obligation of secrecy "
               "on you, you are requested not to disclose the existence of this subpoena or the fact of your "
               "compliance, as disclosure could impede an ongoing criminal investigation."),
        ("pj", "If you have any questions, please contact me at (505) 555-0139 or kathleen.sandoval@usdoj.gov, or "
               "Special Agent Baca at (505) 555-0145."),
        ("p", "Sincerely,"),
        ("p", "UNITED STATES ATTORNEY"),
        ("sig", "Kathleen P. Sandoval", ["KATHLEEN P. SANDOVAL", "Assistant United States Attorney"]),
        ("s", "Enclosures: Subpoena (AO 110); Attachment A; Certificate of Authenticity"),
        ("pb",),
        ("s", "AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury"),
        ("cb", "UNITED STATES DISTRICT COURT"),
        ("c", "for the\nDistrict of New Mexico"),
        ("big", "SUBPOENA TO TESTIFY BEFORE A GRAND JURY"),
        ("p", "To:  Custodian of Records, New Mexico Department of Workforce Solutions\n      401 Broadway NE, Albuquerque, NM 87102"),
        ("pj", "YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown "
               "below to testify before the court's grand jury. When you arrive, you must remain at the court until "
               "the judge or a court officer allows you to leave."),
        ("tbl", [["Place: Pete V. Domenici United States Courthouse\n333 Lomas Blvd. NW\nAlbuquerque, NM 87102",
                  "Date and Time: 07/09/2024 9:00 am\n\nRoom: Grand Jury Room, 3rd Floor"]], [3.6, 3.0]),
        ("pj", "You must also bring with you the following documents, electronically stored information, or objects "
               "(blank if not applicable): **See Attachment A.**"),
        ("tbl", [["Date: 06/10/2024", "CLERK OF COURT\n\n/s/ M. Archuleta\nSignature of Clerk or Deputy Clerk"]], [3.6, 3.0]),
        ("pj", "The name, address, e-mail, and telephone number of the United States attorney, or assistant United "
               "States attorney, who requests this subpoena, are:"),
        ("p", "Kathleen P. Sandoval, Assistant United States Attorney, 201 Third Street NW, Suite 900, Albuquerque, NM "
              "87102, kathleen.sandoval@usdoj.gov, (505) 555-0139"),
        ("pb",),
        ("cb", "ATTACHMENT A"),
        ("c", "Grand Jury Subpoena No. GJ24-117-03"),
        ("pj", "For the period January 1, 2020 through the date of this subpoena, produce all records maintained by the "
               "New Mexico Department of Workforce Solutions relating to the following individuals:"),
        ("grid", [["Name", "Date of Birth", "SSN"],
                  ["VOLKOV, Dmitri Alexandrovich", "02/27/1982", "XXX-XX-6614"],
                  ["QUIÑÓNEZ, Yesenia Paola", "10/05/1989", "XXX-XX-2250"]], [2.8, 1.6, 1.6]),
        ("p", "including:"),
        ("ind", "1. Unemployment insurance claim files, including initial and continued claims, weekly certifications, "
                "payment histories, and bank account or debit card information used to receive payments;\n"
                "2. IP address and device logs for any online claim activity;\n"
                "3. Quarterly wage records reported by any employer and the identity of each such employer;\n"
                "4. All residential and mailing addresses, telephone numbers and e-mail addresses on file."),
    ]
    render_pdf(out("bi08", "pdf"), els, font="times", size=11, pagenum=True)
    label("bi08", "born_digital", "AUSA cover letter with AO 110 federal grand jury subpoena and attachment",
          "doj-usao", "United States Attorney, District of New Mexico", "Kathleen P. Sandoval",
          "Assistant United States Attorney", "kathleen.sandoval@usdoj.gov", "(505) 555-0139",
          [("Dmitri Alexandrovich Volkov", "1982-02-27", [("ssn_last4", "6614")]),
           ("Yesenia Paola Quiñónez", "1989-10-05", [("ssn_last4", "2250")])],
          ["FRE 902", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
          ["claims", "wages", "employment", "address", "phone", "email"], "mail")

@doc
def bi09():
    text = """Hi there,

Aurora PD Robbery Unit here. We're working an aggravated robbery (C.R.S. 18-4-302) of a convenience store on E. Colfax Ave from 2/9. The store clerk picked our suspect out of a social media photo and we've got him tentatively ID'd as:

    Deshawn Marcus Pettiford    DOB 07-14-2001    CO DL 19-337-0482

Could you send over his DL photo and address history? We need the photo for a photo lineup this week.

Thanks much,
Trevor

--
Det. Trevor Lindqvist #2291
Robbery Unit | Aurora Police Department
15001 E. Alameda Pkwy, Aurora, CO 80012
O: 303-555-0171 | tlindqvist@auroragov.org
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi there,</p>
<p>Aurora PD Robbery Unit here. We're working an aggravated robbery (C.R.S. 18-4-302) of a convenience store on E. Colfax Ave from 2/9. The store clerk picked our suspect out of a social media photo and we've got him tentatively ID'd as:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>CO DL</th></tr>
<tr><td>Deshawn Marcus Pettiford</td><td>07-14-2001</td><td>19-337-0482</td></tr>
</table>
<p>Could you send over his DL photo and address history? We need the photo for a photo lineup this week.</p>
<p>Thanks much,<br>Trevor</p>
<p style="color:#1f3864">--<br><b>Det. Trevor Lindqvist #2291</b><br>Robbery Unit | Aurora Police Department<br>
15001 E. Alameda Pkwy, Aurora, CO 80012<br>O: 303-555-0171 | <a href="mailto:tlindqvist@auroragov.org">tlindqvist@auroragov.org</a></p>
</body></html>
"""
    m = new_mail('"Lindqvist, Trevor" <tlindqvist@auroragov.org>', "DOR_DMV_LERequests@state.co.us",
                 "Photo + address request - APD case 25-004512", "Tue, 11 Feb 2025 16:31:02 -0700",
                 "<MN0PR11MB6.25004512.tl@auroragov.org>")
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    write_eml("bi09", m)
    label("bi09", "eml", "short informal detective e-mail, multipart/alternative, no process",
          "local-police", "Aurora Police Department", "Trevor Lindqvist", "Detective", "tlindqvist@auroragov.org",
          "303-555-0171", [("Deshawn Marcus Pettiford", "2001-07-14", [("license", "193370482")])],
          ["CRS 18-4-302"], "none", None, False, "criminal_investigation", ["photo", "address"], "email")


@doc
def bi10():
    els = [
        ("lh", ["U.S. Department of Justice", "United States Marshals Service",
                "Eastern District of Wisconsin", "517 East Wisconsin Avenue, Room 38, Milwaukee, WI 53202"]),
        ("p", "September 23, 2024"),
        ("p", "Wisconsin Department of Corrections\nOffice of Records Management\n3099 E. Washington Avenue\nMadison, WI 53704"),
        ("p", "**Subject: Request for Information — Federal Fugitive WARSAME, Abdirahman Hassan**"),
        ("p", "Dear Records Supervisor:"),
        ("pj", "The United States Marshals Service (USMS), Great Lakes Regional Fugitive Task Force, is seeking to "
               "locate and apprehend Abdirahman Hassan WARSAME (date of birth March 4, 1987; WI DOC #00712458). "
               "Mr. Warsame is the subject of a federal arrest warrant issued by the U.S. District Court for the "
               "Eastern District of Wisconsin on a petition alleging violations of the conditions of his supervised "
               "release (18 U.S.C. § 3583(e)). His underlying conviction is for being a felon in possession of a "
               "firearm, 18 U.S.C. § 922(g)(1)."),
        ("pj", "Pursuant to 28 U.S.C. § 566(e)(1)(B), the USMS is authorized to investigate fugitive matters as "
               "directed by the Attorney General. To assist our investigation, we respectfully request the "
               "following information from your records:"),
        ("ind", "a.  Last known address and any release or residence plans on file;\n"
                "b.  Telephone numbers reported by or for the subject;\n"
                "c.  Most recent booking photograph;\n"
                "d.  Names and contact information of persons on the approved visitor list."),
        ("pj", "This information will be used solely for the purpose of locating and apprehending the fugitive. "
               "Please do not notify the subject or his associates of this request."),
        ("pb",),
        ("p", "Wisconsin Department of Corrections\nSeptember 23, 2024\nPage 2"),
        ("pj", "Records may be sent to my attention by mail at the address above or by e-mail to "
               "kristin.halvorsen@usdoj.gov. If you have any questions, I can be reached at (414) 555-0186."),
        ("p", "Thank you for your cooperation."),
        ("p", "Respectfully,"),
        ("sig", "Kristin A. Halvorsen", ["Kristin A. Halvorsen", "Deputy United States Marshal",
                                        "Great Lakes Regional Fugitive Task Force — Milwaukee"]),
        ("s", "cc:  Supervisory Deputy U.S. Marshal Thomas Breitenbach\n       File"),
    ]
    make_scanned(out("bi10", "pdf"), els, seed=1010, angles=[-1.4, 0.9], turns={1: 90}, font="times", size=11.5)
    label("bi10", "scanned", "scanned two-page U.S. Marshals fugitive letter, no process",
          "doj-usms", "United States Marshals Service, Eastern District of Wisconsin", "Kristin A. Halvorsen",
          "Deputy United States Marshal", "kristin.halvorsen@usdoj.gov", "(414) 555-0186",
          [("Abdirahman Hassan Warsame", "1987-03-04", [])],
          ["18 USC 3583", "18 USC 922", "28 USC 566"], "none", None, False, "criminal_investigation",
          ["address", "phone", "photo", "other"], "mail")


@doc
def bi11():
    els = [
        ("lh", ["MULTNOMAH COUNTY DISTRICT ATTORNEY", "1200 SW 1st Avenue, Suite 5200, Portland, Oregon 97204",
                "Main (503) 555-0100   •   Fax (503) 555-0129"]),
        ("big", "FACSIMILE COVER SHEET"),
        ("tbl", [["To:", "Oregon Employment Department — UI Records / Subpoena Unit"],
                 ["Fax:", "(503) 555-0187"],
                 ["From:", "Hannah J. Okonkwo-Reyes, Deputy District Attorney"],
                 ["Phone:", "(503) 555-0128"],
                 ["E-mail:", "hannah.okonkwo-reyes@mcda.us"],
                 ["Date:", "November 13, 2024"],
                 ["Pages:", "3 including this page"],
                 ["Re:", "State v. Garrett Wayne Thompson, Multnomah County Case No. 24CR51873"]], [1.0, 5.6]),
        ("pj", "Attached is a signed Order for Release of Employment Department Records in the above case. Please fax "
               "the responsive records to my attention at (503) 555-0129 or call me with any questions. Trial is "
               "currently set for January 21, 2025."),
        ("sp", 40),
        ("s", "CONFIDENTIAL: The information in this facsimile is confidential and may be legally privileged. It is "
              "intended only for the use of the recipient named above. If you are not the intended recipient, you are "
              "hereby notified that any dissemination, distribution or copying of this communication is strictly prohibited."),
        ("pb",),
        ("c", "IN THE CIRCUIT COURT OF THE STATE OF OREGON\nFOR THE COUNTY OF MULTNOMAH"),
        ("tbl", [["STATE OF OREGON,\n                    Plaintiff,\n        v.\n\nGARRETT WAYNE THOMPSON,\n                    Defendant.",
                  "Case No. 24CR51873\n\nORDER FOR RELEASE OF EMPLOYMENT DEPARTMENT RECORDS"]], [3.4, 3.2]),
        ("pj", "THIS MATTER came before the Court on the State's motion for an order directing the Oregon Employment "
               "Department to release records concerning the defendant. The Court, having reviewed the motion and the "
               "declaration of Deputy District Attorney Hannah J. Okonkwo-Reyes, finds that the records sought are "
               "relevant and material to the pending prosecution of the defendant for Theft in the First Degree, "
               "ORS 164.055, and Identity Theft, ORS 165.800, and that disclosure is authorized by court order under "
               "ORS 657.665."),
        ("p", "Now, therefore, IT IS HEREBY ORDERED:"),
        ("ind", "1. The Oregon Employment Department shall produce to the Multnomah County District Attorney's Office "
                "the following records concerning GARRETT WAYNE THOMPSON, date of birth 11/19/1983: (a) wage records "
                "reported by any employer for calendar years 2022 through 2024; (b) unemployment insurance claim "
                "records, including applications and payment histories; and (c) all addresses and telephone "
                "numbers on file.\n"
                "2. The records shall be produced within fourteen (14) days of service of this Order.\n"
                "3. The records shall be used solely for purposes of this criminal proceeding and shall not be "
                "further disclosed except as provided by law or further order of the Court."),
        ("p", "DATED this 12th day of November, 2024."),
        ("sig", "B. T. Achterberg", ["Honorable Benjamin T. Achterberg", "Circuit Court Judge"]),
        ("s", "Submitted by:\nHannah J. Okonkwo-Reyes, OSB #114482\nDeputy District Attorney\nOf Attorneys for the State"),
        ("pb",),
        ("c", "CERTIFICATE OF SERVICE"),
        ("pj", "I hereby certify that on November 13, 2024, I served a true copy of the foregoing ORDER FOR RELEASE OF "
               "EMPLOYMENT DEPARTMENT RECORDS on the Oregon Employment Department by facsimile transmission, and on "
               "counsel for the defendant, Marcus Oyelaran-Fitch, by e-mail through the court's electronic filing system."),
        ("sig", "/s/ Hannah J. Okonkwo-Reyes", ["Hannah J. Okonkwo-Reyes, OSB #114482"]),
    ]
    make_fax(out("bi11", "tif"), els, seed=1111,
             header_fn=lambda i, n: "11/13/2024 15:02  MCDA TRIAL UNIT C      (503)555-0129      #4417 P.00%d/00%d" % (i, n),
             angles=[-0.5, 0.6, -0.3], font="times", size=11)
    label("bi11", "fax", "faxed DA cover sheet plus Oregon circuit court order for employment records",
          "district-attorney", "Multnomah County District Attorney", "Hannah J. Okonkwo-Reyes",
          "Deputy District Attorney", "hannah.okonkwo-reyes@mcda.us", "(503) 555-0128",
          [("Garrett Wayne Thompson", "1983-11-19", [])],
          ["ORS 164.055", "ORS 165.800", "ORS 657.665"], "court_order", None, True, "criminal_investigation",
          ["wages", "claims", "address", "phone"], "fax")


@doc
def bi12():
    els = [
        ("lh", ["U.S. Department of Justice", "United States Attorney's Office", "Eastern District of Virginia",
                "2100 Jamieson Avenue, Alexandria, Virginia 22314"]),
        ("p", "February 24, 2025"),
        ("p", "**By electronic mail:** lawenforcement@dmv.virginia.gov"),
        ("p", "Custodian of Records\nVirginia Department of Motor Vehicles\n2300 West Broad Street\nRichmond, VA 23220"),
        ("p", "Re:  ~~United States v. Jamal Everett Brooks~~, Criminal No. 1:24-cr-00211"),
        ("p", "Dear Custodian:"),
        ("pj", "The defendant in the above-captioned case is charged with possession with intent to distribute "
               "controlled substances, in violation of 21 U.S.C. § 841(a)(1), and possession of a firearm in "
               "furtherance of a drug trafficking crime, in violation of 18 U.S.C. § 924(c). Trial is scheduled to "
               "begin on March 17, 2025."),
        ("pj", "Enclosed is a trial subpoena for records of the Virginia Department of Motor Vehicles relating to the "
               "defendant and to Tamika Renee Fulton, the registered owner of a vehicle at issue in the case. Your "
               "appearance will be excused if, before the return date, you provide certified copies of the requested "
               "records together with the enclosed certification under Federal Rule of Evidence 902(11)."),
        ("pj", "Please direct any questions to me at (703) 555-0142 or olusegun.adeyemi@usdoj.gov."),
        ("p", "Very truly yours,"),
        ("p", "ERIK S. LINDQUIST\nACTING UNITED STATES ATTORNEY"),
        ("sig", "/s/ Olusegun T. Adeyemi", ["By: Olusegun T. Adeyemi", "Assistant United States Attorney"]),
        ("pb",),
        ("s", "AO 89B (07/16) Subpoena to Produce Documents, Information, or Objects in a Criminal Case"),
        ("cb", "UNITED STATES DISTRICT COURT"),
        ("c", "for the\nEastern District of Virginia"),
        ("tbl", [["United States of America\n                 v.\nJamal Everett Brooks\n                 Defendant",
                  "\nCase No. 1:24-cr-00211-LMB"]], [3.6, 3.0]),
        ("cb", "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS\nIN A CRIMINAL CASE"),
        ("p", "To:  Custodian of Records, Virginia Department of Motor Vehicles, 2300 West Broad Street, Richmond, VA 23220"),
        ("pj", "YOU ARE COMMANDED to produce at the time, date, and place set forth below the following books, papers, "
               "documents, data, or other objects: **See Attachment A.**"),
        ("tbl", [["Place: U.S. District Court, Courtroom 700\n401 Courthouse Square, Alexandria, VA 22314",
                  "Date and Time: 03/17/2025 10:00 am"]], [3.6, 3.0]),
        ("pj", "Certain provisions of Fed. R. Crim. P. 17 are attached, including Rule 17(c)(2), relating to your "
               "ability to file a motion to quash or modify the subpoena; Rule 17(d) and (e), which govern service of "
               "subpoenas; and Rule 17(g), relating to your duty to respond to this subpoena and the potential "
               "consequences of not doing so."),
        ("tbl", [["(SEAL)\n\nDate: 02/24/2025", "CLERK OF COURT\n\n/s/ D. Whitcombe-Hale\nSignature of Clerk or Deputy Clerk"]], [3.6, 3.0]),
        ("pj", "The name, address, e-mail, and telephone number of the attorney representing (name of party) "
               "**United States of America**, who requests this subpoena, are:"),
        ("p", "Olusegun T. Adeyemi, AUSA, 2100 Jamieson Avenue, Alexandria, VA 22314, olusegun.adeyemi@usdoj.gov, (703) 555-0142"),
        ("pb",),
        ("cb", "ATTACHMENT A"),
        ("pj", "Certified copies of the following records maintained by the Virginia Department of Motor Vehicles, "
               "for the period January 1, 2019 to present:"),
        ("grid", [["Name", "Date of Birth", "Records"],
                  ["BROOKS, Jamal Everett", "01/30/1990", "Driver license record and application(s); all photographs; address history; vehicle registrations and title history"],
                  ["FULTON, Tamika Renee", "1992-08-11", "Address history; vehicle registration and title history for all vehicles, including VA plate UXK-3307"]],
         [1.8, 1.1, 3.7]),
        ("sp", 10),
        ("h", "Federal Rule of Criminal Procedure 17 (c), (d), (e), and (g) (Effective 12/1/08)"),
        ("s", "(c) Producing Documents and Objects. (1) In General. A subpoena may order the witness to produce any "
              "books, papers, documents, data, or other objects the subpoena designates. The court may direct the "
              "witness to produce the designated items in court before trial or before they are to be offered in "
              "evidence. (2) Quashing or Modifying the Subpoena. On motion made promptly, the court may quash or modify "
              "the subpoena if compliance would be unreasonable or oppressive.\n"
              "(d) Service. A marshal, a deputy marshal, or any nonparty who is at least 18 years old may serve a subpoena. ...\n"
              "(e) Place of Service. (1) In the United States. A subpoena requiring a witness to attend a hearing or trial "
              "may be served at any place within the United States. ...\n"
              "(g) Contempt. The court (other than a magistrate judge) may hold in contempt a witness who, without "
              "adequate excuse, disobeys a subpoena issued by a federal court in that district."),
    ]
    render_pdf(out("bi12", "pdf"), els, font="times", size=11)
    label("bi12", "born_digital", "AUSA cover letter with AO 89B criminal trial subpoena for DMV records",
          "doj-usao", "United States Attorney's Office, Eastern District of Virginia", "Olusegun T. Adeyemi",
          "Assistant United States Attorney", "olusegun.adeyemi@usdoj.gov", "(703) 555-0142",
          [("Jamal Everett Brooks", "1990-01-30", []), ("Tamika Renee Fulton", "1992-08-11", [])],
          ["21 USC 841", "18 USC 924", "FRE 902", "FRCrP 17"], "court_subpoena", "AO 89B", True,
          "criminal_investigation", ["license", "photo", "address", "vehicle"], "email")


@doc
def bi13():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Good afternoon,</p>
<p>Laredo North Station is investigating an alien smuggling case (8 USC 1324) involving a load vehicle that failed to yield at the I-35 immigration checkpoint on 03/02/2025 and was later abandoned near Encinal. The vehicle is a <b>2016 Chevrolet Suburban, TX plate KRW4471</b>, VIN 1GNSKHKC4GR118207.</p>
<p>We are requesting the current registration and title history for this vehicle, the registered owner's name and address, and any other vehicles registered to the same person. From our checks we believe the registered owner may be:</p>
<p style="margin-left:30px"><b>Ezequiel Alejandro Benavides Ochoa</b><br>DOB: 10/12/1985</p>
<p>Please respond to this e-mail. Thank you in advance for your help.</p>
<p>Respectfully,</p>
<p><b>Rubén D. Garza</b><br>
Supervisory Border Patrol Agent<br>
Laredo North Station - Intelligence Unit<br>
U.S. Border Patrol | Laredo Sector<br>
U.S. Customs and Border Protection<br>
Office: (956) 555-0113<br>
<a href="mailto:ruben.d.garza@cbp.dhs.gov">ruben.d.garza@cbp.dhs.gov</a></p>
<p style="font-size:8pt;color:#666">WARNING: This message and any attachments are For Official Use Only and may contain Law Enforcement Sensitive information.</p>
</body></html>
"""
    m = new_mail('"GARZA, RUBEN D" <ruben.d.garza@cbp.dhs.gov>', "TxDMV Law Enforcement Requests <le.requests@txdmv.gov>",
                 "Registration / owner info request - TX KRW4471", "Thu, 06 Mar 2025 13:55:10 -0600",
                 "<SA1PR09MB.garza.0306@cbp.dhs.gov>")
    m.set_content(html, subtype="html")
    write_eml("bi13", m)
    label("bi13", "eml", "HTML-only Border Patrol e-mail asking for registered-owner details, no process",
          "dhs-cbp", "U.S. Border Patrol | Laredo Sector", "Rubén D. Garza", "Supervisory Border Patrol Agent",
          "ruben.d.garza@cbp.dhs.gov", "(956) 555-0113",
          [("Ezequiel Alejandro Benavides Ochoa", "1985-10-12", [])],
          ["8 USC 1324"], "none", None, False, "criminal_investigation", ["vehicle", "address"], "email")


@doc
def bi14():
    chk = "☒"
    no = "☐"
    els = [
        ("lh", ["U.S. Department of Homeland Security", "U.S. Immigration and Customs Enforcement",
                "Enforcement and Removal Operations — Atlanta Field Office",
                "180 Ted Turner Drive SW, Suite 522, Atlanta, GA 30303"]),
        ("p", "October 7, 2024"),
        ("p", "Georgia Department of Corrections\nOffender Administration — Records & Release Unit\n300 Patrol Road\nForsyth, GA 31029"),
        ("p", "RE:  NGUYEN, Quoc Bao   DOB: 1979-12-21   GDC ID: 1002874431   A# 095 771 203"),
        ("p", "Dear Records Supervisor:"),
        ("pj", "Please find attached a copy of Form I-205, Warrant of Removal/Deportation, issued for the above-named "
               "inmate, who is currently in the custody of the Georgia Department of Corrections. The subject is "
               "subject to a final order of removal and ERO intends to assume custody of him upon his release from "
               "state custody in order to effect his removal under 8 U.S.C. § 1231."),
        ("pj", "ERO respectfully requests that your office provide (1) the subject's tentative release date and any "
               "changes to it, (2) his current facility assignment, and (3) any post-release address he has provided. "
               "This request is made under the authority of 8 U.S.C. §§ 1231 and 1357."),
        ("pj", "Please direct responses and questions to Deportation Officer Camille R. Broussard at (404) 555-0193 "
               "or camille.broussard@ice.dhs.gov."),
        ("p", "Sincerely,"),
        ("sig", "Camille R. Broussard", ["Camille R. Broussard", "Deportation Officer", "ERO Atlanta"]),
        ("s", "Attachment: Form I-205"),
        ("pb",),
        ("c", "U.S. Department of Homeland Security"),
        ("big", "WARRANT OF REMOVAL/DEPORTATION"),
        ("tbl", [["", "File No: A095 771 203"], ["", "Date: October 2, 2024"]], [4.4, 2.2]),
        ("p", "To any immigration officer of the United States Department of Homeland Security:"),
        ("tbl", [["QUOC BAO NGUYEN"], ["(Full name of alien)"]], [6.6]),
        ("p", "who entered the United States at  **LOS ANGELES, CA**  (Place of entry)  on  **06/11/1998**  (Date of entry)"),
        ("p", "is subject to removal/deportation from the United States, based upon a final order by:"),
        ("ind", chk + " an immigration judge in exclusion, deportation, or removal proceedings\n" +
         no + " a designated official\n" + no + " the Board of Immigration Appeals\n" +
         no + " a United States District or Magistrate Court Judge"),
        ("p", "and pursuant to the following provisions of the Immigration and Nationality Act:"),
        ("ind", "Section 237(a)(2)(A)(iii) of the Immigration and Nationality Act, as amended"),
        ("pj", "I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
               "Secretary of Homeland Security under the laws of the United States and by his or her direction, "
               "command you to take into custody and remove from the United States the above-named alien, pursuant "
               "to law, at the expense of: **the appropriation \"Enforcement and Removal Operations\"**"),
        ("tbl", [["/s/ Renata L. Voskuijlen\n(Signature of immigration officer)", "Field Office Director\n(Title of immigration officer)"],
                 ["October 2, 2024, Atlanta, Georgia\n(Date and office location)", ""]], [3.6, 3.0]),
        ("s", "Form I-205 (Rev. 08/01/07)"),
        ("pb",),
        ("tbl", [["Photograph of alien removed", "Right index fingerprint"],
                 ["\n\n\n\n\n\n", "\n\n\n\n\n\n"]], [3.3, 3.3]),
        ("p", "Signature of alien being fingerprinted: ______________________________"),
        ("p", "Signature and title of officer taking print: ______________________________"),
        ("h", "Verification of Removal"),
        ("p", "Departure Date: ______________    Port of Departure: ______________    Manner of Departure: ______________"),
        ("p", "Signature of Verifying Officer: ______________________    Title of Officer: ______________"),
        ("s", "Form I-205 (Rev. 08/01/07)"),
    ]
    render_pdf(out("bi14", "pdf"), els, font="sans", size=10)
    label("bi14", "born_digital", "ERO cover letter to state corrections with Form I-205 warrant of removal",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Atlanta Field Office",
          "Camille R. Broussard", "Deportation Officer", "camille.broussard@ice.dhs.gov", "(404) 555-0193",
          [("Quoc Bao Nguyen", "1979-12-21", [("a_number", "A095771203")])],
          ["8 USC 1231", "8 USC 1357", "INA 237"], "administrative_warrant", "I-205", True, "civil_immigration",
          ["other", "address"], "mail")


@doc
def bi15():
    text = """
From: Thorsen, Jared K. <jthorsen@utah.gov>
Sent: Tuesday, August 13, 2024 3:18 PM
To: DWS Info Requests <dwsinforequests@utah.gov>
Subject: Employer info needed - homicide investigation SBI 24-0392

Hello DWS,

I'm an agent with the Utah Department of Public Safety, State Bureau of Investigation. We are assisting the Uintah County Sheriff's Office with a homicide investigation (Utah Code Ann. § 76-5-203) and are trying to locate a person of interest:

   Name:  KOBZAR, Oleksandr P.
   DOB:   23 Nov 1992

We need his most recent employer(s) from the quarterly wage filings and any address you have on file. Please do not contact the employer.

Also, if you have anything on his girlfriend, Kateryna Bilyk (DOB 1995-04-02) -- we believe she works at the same place -- employer name only for her.

Case number is SBI 24-0392. I can come by in person with a request on letterhead if your process requires it.

Thanks,

Agent Jared Thorsen
Utah Department of Public Safety | State Bureau of Investigation
5500 W. Amelia Earhart Dr., Salt Lake City, UT 84116
801-555-0152 (desk) | 801-555-0199 (cell)
"""
    write_txt("bi15", text)
    label("bi15", "txt", "plain-text copy of a state bureau agent's e-mail, two subjects, no process",
          "state-police", "Utah Department of Public Safety, State Bureau of Investigation", "Jared K. Thorsen",
          "Agent", "jthorsen@utah.gov", "801-555-0152",
          [("Oleksandr P. Kobzar", "1992-11-23", []), ("Kateryna Bilyk", "1995-04-02", [])],
          ["UCA 76-5-203"], "none", None, False, "criminal_investigation", ["employment", "wages", "address"], "email")


@doc
def bi16():
    body = """Ms. Patterson,

As we discussed by phone this morning, attached is a federal search and seizure warrant issued by the U.S. District Court for the Western District of North Carolina for wage and unemployment insurance records held by NC DES. HSI Charlotte is investigating an identity and document fraud ring (18 U.S.C. §§ 1028, 1028A and 1546) in which stolen identities were used to obtain employment and UI benefits.

The records are described in Attachment B to the warrant (three individuals). The warrant must be executed by March 21, so I would appreciate it if your office could produce the records by March 19. I can provide a secure file transfer link, or I can pick up a disc at your Raleigh office.

Thank you again for your help.

Simone R. Whitley
Special Agent
Homeland Security Investigations (HSI) Charlotte
U.S. Immigration and Customs Enforcement
Office: (704) 555-0166
Simone.R.Whitley@ice.dhs.gov
"""
    m = new_mail('"Whitley, Simone R" <Simone.R.Whitley@ice.dhs.gov>',
                 '"Patterson, Denise" <denise.patterson@commerce.nc.gov>',
                 "Service of federal search warrant - NC DES records (HSI case CH05TR25CH0012)",
                 "Fri, 07 Mar 2025 16:48:03 -0500", "<BY5PR09MB.whitley.20250307@ice.dhs.gov>",
                 cc="DES Legal <des.legal@commerce.nc.gov>")
    m.set_content(body)
    els = [
        ("s", "AO 93 (Rev. 11/13) Search and Seizure Warrant"),
        ("cb", "UNITED STATES DISTRICT COURT"),
        ("c", "for the\nWestern District of North Carolina"),
        ("tbl", [["In the Matter of the Search of\n(Briefly describe the property to be searched or identify the person by name and address)\n\n"
                  "RECORDS MAINTAINED BY THE NORTH CAROLINA DIVISION OF EMPLOYMENT SECURITY RELATING TO THREE INDIVIDUALS",
                  "\n\nCase No. 3:25-mj-00088"]], [4.0, 2.6]),
        ("big", "SEARCH AND SEIZURE WARRANT"),
        ("p", "To:     Any authorized law enforcement officer"),
        ("pj", "An application by a federal law enforcement officer or an attorney for the government requests the search "
               "of the following person or property located in the Western District of North Carolina (identify the "
               "person or describe the property to be searched and give its location): **See Attachment A.**"),
        ("pj", "I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the "
               "person or property described above, and that such search will reveal (identify the person or describe "
               "the property to be seized): **See Attachment B.**"),
        ("pj", "YOU ARE COMMANDED to execute this warrant on or before **March 21, 2025** (not to exceed 14 days)\n"
               "☒ in the daytime 6:00 a.m. to 10:00 p.m.     ☐ at any time in the day or night because good cause has been established."),
        ("pj", "Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
               "property taken to the person from whom, or from whose premises, the property was taken, or leave the "
               "copy and receipt at the place where the property was taken."),
        ("pj", "The officer executing this warrant, or an officer present during the execution of the warrant, must "
               "prepare an inventory as required by law and promptly return this warrant and inventory to "
               "**Duty Magistrate Judge** (United States Magistrate Judge)."),
        ("pj", "☐ Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed "
               "in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to "
               "delay notice to the person who, or whose property, will be searched or seized (check the appropriate box)\n"
               "☐ for ____ days (not to exceed 30)  ☐ until, the facts justifying, the later specific date of ________."),
        ("tbl", [["Date and time issued:  03/07/2025  2:41 pm", "/s/ Ellen M. Radcliffe-Young\nJudge's signature"],
                 ["City and state:  Charlotte, North Carolina", "Ellen M. Radcliffe-Young, U.S. Magistrate Judge\nPrinted name and title"]],
         [3.3, 3.3]),
        ("pb",),
        ("s", "AO 93 (Rev. 11/13) Search and Seizure Warrant (Page 2)"),
        ("cb", "Return"),
        ("tbl", [["Case No.: 3:25-mj-00088", "Date and time warrant executed:", "Copy of warrant and inventory left with:"],
                 ["Inventory made in the presence of:", "", ""],
                 ["Inventory of the property taken and name of any person(s) seized:\n\n\n\n", "", ""]], [2.2, 2.2, 2.2]),
        ("cb", "Certification"),
        ("pj", "I declare under penalty of perjury that this inventory is correct and was returned along with the "
               "original warrant to the designated judge."),
        ("p", "Date: ____________          ______________________________ Executing officer's signature"),
        ("pb",),
        ("cb", "ATTACHMENT A\nProperty to Be Searched"),
        ("pj", "Records, in any form, maintained by the North Carolina Department of Commerce, Division of Employment "
               "Security (DES), 700 Wade Avenue, Raleigh, North Carolina 27605, including records stored on DES "
               "servers accessible from its offices in the Western District of North Carolina."),
        ("cb", "ATTACHMENT B\nParticular Things to Be Seized"),
        ("pj", "For the period January 1, 2021 to the present, all records relating to the following individuals, which "
               "constitute evidence, fruits, or instrumentalities of violations of 18 U.S.C. §§ 1028, 1028A, and 1546:"),
        ("grid", [["#", "Name", "DOB"],
                  ["1", "Luz Marina CASTAÑEDA RÍOS", "05/16/1986"],
                  ["2", "José Alfredo CASTAÑEDA RÍOS", "09/09/1988"],
                  ["3", "Mihail Ionuț POPESCU", "01/25/1979"]], [0.4, 3.2, 1.4]),
        ("ind", "a. quarterly wage reports and the names and addresses of all reporting employers;\n"
                "b. unemployment insurance claims, including applications, weekly certifications and payment records;\n"
                "c. all addresses, telephone numbers and e-mail addresses provided by or for the individuals;\n"
                "d. identity documents submitted in support of any claim or identity verification."),
    ]
    tmp, pdf = pdf_bytes(els, font="sans", size=10)
    os.remove(tmp)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="3-25-mj-00088 Search Warrant (signed).pdf")
    write_eml("bi16", m)
    label("bi16", "eml", "HSI agent e-mail with AO 93 federal search warrant PDF attached, three subjects",
          "dhs-ice-hsi", "Homeland Security Investigations (HSI) Charlotte", "Simone R. Whitley", "Special Agent",
          "Simone.R.Whitley@ice.dhs.gov", "(704) 555-0166",
          [("Luz Marina Castañeda Ríos", "1986-05-16", []), ("José Alfredo Castañeda Ríos", "1988-09-09", []),
           ("Mihail Ionuț Popescu", "1979-01-25", [])],
          ["18 USC 1028", "18 USC 1028A", "18 USC 1546", "18 USC 3103a", "18 USC 2705"], "judicial_warrant",
          "AO 93", True, "criminal_investigation",
          ["wages", "employment", "claims", "address", "phone", "email", "identity_documents"], "email")

@doc
def bi17():
    els = [
        ("lh", ["U.S. Department of Justice", "Drug Enforcement Administration",
                "Detroit Field Division — Cleveland District Office",
                "310 W. Lakeside Avenue, Suite 300, Cleveland, Ohio 44113"]),
        ("p", "www.dea.gov"),
        ("r", "December 2, 2024"),
        ("p", "Ohio Bureau of Motor Vehicles\nAttn: Legal Services — Records Custodian\n1970 West Broad Street\nColumbus, OH 43223"),
        ("p", "Re:  DEA Case No. R2-24-0093 / Subpoena No. CL-25-0147"),
        ("p", "Dear Custodian of Records:"),
        ("pj", "The Drug Enforcement Administration is conducting an investigation into the distribution of fentanyl "
               "and methamphetamine in the Cleveland area, in violation of 21 U.S.C. §§ 841 and 846. In connection "
               "with that investigation, please find enclosed an administrative subpoena directing production of "
               "Bureau of Motor Vehicles records relating to the two individuals listed in the schedule."),
        ("pj", "You may comply with the subpoena by mailing or e-mailing legible copies of the records to the "
               "undersigned on or before the return date, in which case a personal appearance is not required. "
               "Please do not disclose the existence of this subpoena to the subjects, as doing so could impede the "
               "investigation."),
        ("p", "Thank you for your cooperation. I may be reached at (216) 555-0137."),
        ("p", "Sincerely,"),
        ("sig", "Roberto Q. Ilagan", ["Roberto Q. Ilagan", "Special Agent", "roberto.q.ilagan@dea.gov"]),
        ("pb",),
        ("c", "UNITED STATES DEPARTMENT OF JUSTICE\nDRUG ENFORCEMENT ADMINISTRATION"),
        ("big", "SUBPOENA"),
        ("tbl", [["TO:  Custodian of Records\nOhio Bureau of Motor Vehicles\n1970 West Broad Street\nColumbus, OH 43223",
                  "Subpoena No.: CL-25-0147\nFile No.: R2-24-0093\nG-DEP: G1-24-0311"]], [4.0, 2.6]),
        ("pj", "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent "
               "Roberto Q. Ilagan, an official of the Drug Enforcement Administration, at 310 W. Lakeside Avenue, "
               "Suite 300, Cleveland, Ohio 44113, on the 20th day of December, 2024, at 10:00 a.m., to give testimony "
               "and to produce the records described below in connection with an investigation relating to the "
               "enforcement of the Controlled Substances Act (21 U.S.C. 801 et seq.)."),
        ("h", "Records to be produced (SCHEDULE):"),
        ("grid", [["Name", "Date of Birth", "Other"],
                  ["Mauricio Esteban VILLASEÑOR-PAZ", "01/09/1983", "—"],
                  ["Kenneth Lyle DRUMMOND", "06/30/1977", "OH DL No. UB740186"]], [2.8, 1.3, 2.5]),
        ("pj", "For each individual: driver license and identification card records, including applications and all "
               "photographs; all residential and mailing addresses; and all vehicles currently or previously "
               "registered, with plate numbers and VINs."),
        ("pj", "Failure to comply with the requirements of this subpoena will render you liable to proceedings in the "
               "United States District Court to enforce obedience to the requirements of this subpoena, and to punish "
               "default or disobedience."),
        ("pj", "Issued under authority of Section 506 of Public Law 91-513 (21 U.S.C. 876)."),
        ("tbl", [["Signature:  /s/ Marcus D. Pellegrino", "Title:  Group Supervisor"],
                 ["Date issued:  December 2, 2024", "Location:  Cleveland, Ohio"]], [3.6, 3.0]),
        ("h", "RETURN OF SERVICE"),
        ("s", "I certify that I served this subpoena on the date and in the manner below:\n"
              "☐ in person   ☒ by certified mail   ☐ by facsimile   ☐ by e-mail        Date: ____________   "
              "Signature: ____________________"),
    ]
    make_scanned(out("bi17", "pdf"), els, seed=1717, angles=[1.6, -0.7], font="times", size=11)
    label("bi17", "scanned", "scanned DEA cover letter plus 21 USC 876 administrative subpoena, two subjects",
          "doj-dea", "Drug Enforcement Administration, Detroit Field Division — Cleveland District Office",
          "Roberto Q. Ilagan", "Special Agent", "roberto.q.ilagan@dea.gov", "(216) 555-0137",
          [("Mauricio Esteban Villaseñor-Paz", "1983-01-09", []),
           ("Kenneth Lyle Drummond", "1977-06-30", [("license", "UB740186")])],
          ["21 USC 841", "21 USC 846", "21 USC 801", "PL 91-513", "21 USC 876"], "administrative_subpoena", None,
          True, "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


@doc
def bi18():
    els = [
        ("big", "WELD COUNTY SHERIFF'S OFFICE"),
        ("c", "1950 O Street, Greeley, Colorado 80631\nInvestigations Division   •   Phone 970-555-0108   •   Fax 970-555-0109"),
        ("hr", 1.5),
        ("cb", "FAX"),
        ("tbl", [["TO", "Colorado DMV — Law Enforcement Records Unit", "FAX", "303-555-0176"],
                 ["FROM", "Inv. Callum Fairbanks", "DATE", "01/29/2025"],
                 ["RE", "DL / driver history request", "PAGES", "2"]], [0.7, 3.3, 0.8, 1.8]),
        ("p", "Please see attached request. Need photo ASAP, suspect fled from deputies 01/26 and we are trying to get "
              "a positive ID. Fax back to 970-555-0109 or email cfairbanks@weld.gov. Thanks!"),
        ("sp", 200),
        ("s", "This facsimile contains CONFIDENTIAL CRIMINAL JUSTICE INFORMATION. Unauthorized review, use or "
              "dissemination is prohibited. If received in error please call 970-555-0108."),
        ("pb",),
        ("cb", "LAW ENFORCEMENT REQUEST FOR MOTOR VEHICLE / DRIVER RECORDS"),
        ("c", "Colorado Department of Revenue — Division of Motor Vehicles   (LAW ENFORCEMENT USE ONLY)"),
        ("grid", [["REQUESTING AGENCY", "", "", ""],
                  ["Agency:", "Weld County Sheriff's Office", "ORI:", "CO0620000"],
                  ["Requestor:", "Investigator Callum Fairbanks", "Badge/ID:", "S1129"],
                  ["Phone:", "970-555-0108", "Fax:", "970-555-0109"],
                  ["E-mail:", "cfairbanks@weld.gov", "Case #:", "25WC01633"],
                  ["Offense:", "Vehicular eluding, C.R.S. 42-4-1413", "Date:", "01/29/2025"]],
         [1.1, 2.7, 0.9, 1.9]),
        ("grid", [["SUBJECT", "", "", ""],
                  ["Last:", "WÓJCIK", "First:", "Tomasz"],
                  ["Middle:", "Jan", "DOB:", "10/06/1994"],
                  ["DL/ID #:", "16-228-4410", "State:", "CO"],
                  ["Plate:", "unknown", "VIN:", ""]], [1.1, 2.7, 0.9, 1.9]),
        ("h", "RECORDS REQUESTED"),
        ("p", "[X] Driver license status / driving history      [X] DL/ID photograph      [X] Address of record\n"
              "[  ] Vehicle registration      [  ] Title history      [  ] Other: ____________"),
        ("h", "PURPOSE OF REQUEST"),
        ("p", "[X] Criminal investigation      [  ] Traffic enforcement      [  ] Court / prosecution      [  ] Other: ________"),
        ("h", "CERTIFICATION"),
        ("pj", "I certify that the information requested is for use by a law enforcement agency in carrying out its "
               "functions, as permitted by the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and "
               "C.R.S. 42-1-206, and that it will not be used for any other purpose."),
        ("tbl", [["Signature:  C. Fairbanks", "Printed name:  Callum R. Fairbanks", "Title:  Investigator"]], [2.4, 2.4, 1.8]),
        ("s", "DMV USE ONLY:  Received ________  Processed by ________  Released ☐ Y ☐ N"),
    ]
    make_fax(out("bi18", "tif"), els, seed=1818,
             header_fn=lambda i, n: "Jan 29 2025 11:26AM  WELD CO SO INVEST.  970 555 0109   page %d" % i,
             angles=[0.9, -0.6], font="helv", size=10.5)
    label("bi18", "fax", "faxed sheriff cover sheet plus fill-in DMV law-enforcement request form",
          "sheriff", "Weld County Sheriff's Office", "Callum R. Fairbanks", "Investigator", "cfairbanks@weld.gov",
          "970-555-0108", [("Tomasz Jan Wójcik", "1994-10-06", [("license", "162284410")])],
          ["CRS 42-4-1413", "18 USC 2721", "CRS 42-1-206"], "none", None, False, "criminal_investigation",
          ["license", "photo", "address"], "fax")


@doc
def bi19():
    els = [
        ("lh", ["U.S. Department of Labor", "Office of Inspector General — Office of Investigations",
                "Labor Racketeering and Fraud — Phoenix Resident Office",
                "230 N. First Avenue, Suite 602, Phoenix, AZ 85003"]),
        ("p", "April 22, 2025"),
        ("p", "**Sent via e-mail to UIFraudLegal@azdes.gov**"),
        ("p", "Arizona Department of Economic Security\nUnemployment Insurance Administration\nAttn: Office of Special Investigations / Legal\n1789 W. Jefferson Street\nPhoenix, AZ 85007"),
        ("p", "RE:  Order Pursuant to 18 U.S.C. § 2703(d), Misc. No. 25-01144MB"),
        ("pj", "The U.S. Department of Labor, Office of Inspector General (DOL-OIG), is investigating a scheme to obtain "
               "unemployment insurance benefits through fraudulent claims filed in the names of Arizona residents. "
               "Enclosed is an order issued by the United States District Court for the District of Arizona under "
               "18 U.S.C. § 2703(d), directing the Arizona Department of Economic Security to disclose records "
               "associated with online claimant accounts used by the individuals identified in Attachment A."),
        ("pj", "Please note that the order prohibits disclosure of its existence for one year (18 U.S.C. § 2705(b)). "
               "Responsive records may be delivered to me through the DOL-OIG secure file transfer site; I will send "
               "a link on request."),
        ("p", "Thank you for your continued cooperation with our office."),
        ("sig", "Ingrid M. Solberg", ["Ingrid M. Solberg", "Special Agent", "DOL-OIG, Phoenix", "(602) 555-0159",
                                     "solberg.ingrid@oig.dol.gov"]),
        ("pb",),
        ("cb", "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF ARIZONA"),
        ("tbl", [["IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO "
                  "18 U.S.C. § 2703(d)", "Misc. No. 25-01144MB\n\n**FILED UNDER SEAL**"]], [4.3, 2.3]),
        ("big", "ORDER"),
        ("pj", "The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the "
               "Court issue an Order requiring the Arizona Department of Economic Security (\"DES\"), which provides "
               "an online claimant portal through which users communicate with DES and store account information, to "
               "disclose the records and other information described in Attachment A to this Order."),
        ("pj", "The Court finds that the United States has offered specific and articulable facts showing that there "
               "are reasonable grounds to believe that the records or other information sought are relevant and "
               "material to an ongoing criminal investigation into possible violations of 18 U.S.C. § 1343 (wire "
               "fraud) and 18 U.S.C. § 641 (theft of government funds)."),
        ("pj", "The Court determines that there is reason to believe that notification of the existence of this Order "
               "will seriously jeopardize the ongoing investigation, including by giving targets an opportunity to "
               "destroy or tamper with evidence or change patterns of behavior. See 18 U.S.C. § 2705(b)(3), (5)."),
        ("pj", "IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that DES shall, within ten days of the date "
               "of this Order, disclose to the United States the records and other information described in "
               "Attachment A to this Order."),
        ("pj", "IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that DES shall not disclose the existence of the "
               "application of the United States, or the existence of this Order of the Court, to the subscribers of "
               "the accounts listed in Attachment A, or to any other person, for a period of one year from the date "
               "of this Order, except that DES may disclose this Order to an attorney for the purpose of receiving legal advice."),
        ("pj", "IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the Court."),
        ("p", "Dated this 17th day of April, 2025."),
        ("sig", "/s/ Carlos R. Benavídez", ["Honorable Carlos R. Benavídez", "United States Magistrate Judge"]),
        ("pb",),
        ("cb", "ATTACHMENT A"),
        ("p", "**I. Accounts.** This Order applies to DES online claimant accounts associated with the following individuals:"),
        ("grid", [["Name", "DOB", "SSN (last 4)"],
                  ["Precious Adaeze Nwosu", "1990-03-12", "4082"],
                  ["Curtis Lamar Bellweather", "1986-11-05", "7735"]], [3.0, 1.5, 1.5]),
        ("p", "**II. Records to be disclosed** for the period March 1, 2020 to the date of this Order:"),
        ("ind", "A. Subscriber information: names, user names, residential and mailing addresses, telephone numbers and "
                "e-mail addresses associated with each account;\n"
                "B. Records of session times and durations and the Internet Protocol addresses used to log in;\n"
                "C. Unemployment insurance claim records filed through the accounts, including payment method and "
                "bank account information."),
    ]
    render_pdf(out("bi19", "pdf"), els, font="times", size=11, pagenum=True)
    label("bi19", "born_digital", "DOL-OIG cover letter with 18 USC 2703(d) order from federal district court",
          "dol-oig", "U.S. Department of Labor, Office of Inspector General", "Ingrid M. Solberg", "Special Agent",
          "solberg.ingrid@oig.dol.gov", "(602) 555-0159",
          [("Precious Adaeze Nwosu", "1990-03-12", [("ssn_last4", "4082")]),
           ("Curtis Lamar Bellweather", "1986-11-05", [("ssn_last4", "7735")])],
          ["18 USC 2703", "18 USC 2705", "18 USC 1343", "18 USC 641"], "court_order", None, True,
          "criminal_investigation", ["address", "phone", "email", "claims", "other"], "email")


@doc
def bi20():
    body = """Good afternoon IDOC Records,

Please see the attached immigration detainer (Form I-247D) for the below inmate. Please lodge the detainer, serve the inmate copy, and confirm receipt by reply e-mail. Kindly advise this office of the inmate's projected release date and of any change to it.

    ALVARADO MENDEZ, Josue
    DOB: 04/09/1985
    IDOC #: 118392
    A# 089 552 017

Thank you,

Brent A. Haddock
Immigration Enforcement Agent
ICE ERO Salt Lake City Field Office - Boise Sub-Office
1185 S. Vinnell Way, Boise, ID 83709
Desk: (208) 555-0117
brent.haddock@ice.dhs.gov
"""
    m = new_mail('"Haddock, Brent A" <brent.haddock@ice.dhs.gov>', "IDOC Central Records <centralrecords@idoc.idaho.gov>",
                 "Detainer - ALVARADO MENDEZ, Josue  IDOC #118392", "Thu, 10 Nov 2016 14:22:37 -0700",
                 "<20161110212237.haddock.118392@ice.dhs.gov>")
    m.set_content(body)
    els = [
        ("c", "DEPARTMENT OF HOMELAND SECURITY"),
        ("big", "IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION"),
        ("tbl", [["Subject ID: 2K7HP31", "Event #: SLC1611000782", "File No: 089 552 017", "Date: 11/10/2016"]],
         [1.6, 1.8, 1.6, 1.6]),
        ("tbl", [["TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)\n"
                  "Idaho Department of Correction\nIdaho State Correctional Institution, Kuna, ID",
                  "FROM: (Department of Homeland Security Office Address)\nICE ERO Boise Sub-Office\n1185 S. Vinnell Way\nBoise, ID 83709"]],
         [3.3, 3.3]),
        ("tbl", [["MAY RELEASE: ALVARADO MENDEZ, JOSUE", "Date of Birth: 04/09/1985", "Citizenship: HONDURAS", "Sex: M"]],
         [2.8, 1.5, 1.5, 0.8]),
        ("h", "1. DHS HAS DETERMINED THAT THE INDIVIDUAL IS A PRIORITY FOR REMOVAL BECAUSE HE OR SHE:"),
        ("s", "☐ engaged in or is suspected of terrorism or espionage, or otherwise poses a danger to national security;\n"
              "☒ has been convicted of an offense of which an element was active participation in a criminal street gang;\n"
              "☐ has been convicted of an offense classified as a felony in the convicting jurisdiction;\n"
              "☐ has been convicted of an \"aggravated felony,\" as defined under section 101(a)(43) of the Immigration "
              "and Nationality Act at the time of the conviction;\n"
              "☐ has been convicted of 3 or more misdemeanor offenses;"),
        ("h", "2. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE INDIVIDUAL IS A REMOVABLE ALIEN, BASED ON:"),
        ("s", "☒ a final order of removal against the individual;\n"
              "☐ the pendency of ongoing removal proceedings against the individual;\n"
              "☐ biometric confirmation of the individual's identity and a records check of federal databases;\n"
              "☐ statements made by the individual to an immigration officer and/or other reliable evidence."),
        ("h", "IT IS THEREFORE REQUESTED THAT YOU:"),
        ("s", "• Notify DHS as early as practicable (at least 48 hours, if possible) before the individual is released "
              "from your custody. Please notify DHS by calling (208) 555-0117 during business hours or (802) 555-0120 "
              "after hours or in an emergency.\n"
              "• Maintain custody of the individual for a period NOT TO EXCEED 48 HOURS beyond the time when he/she "
              "would otherwise have been released from your custody to allow DHS to assume custody (see 8 C.F.R. § 287.7).\n"
              "• Provide a copy to the individual who is the subject of this detainer.\n"
              "• Notify this office in the event of the individual's death, hospital admission, or transfer to another institution."),
        ("tbl", [["LAURA P. KINCAID, SUPERVISORY DETENTION AND DEPORTATION OFFICER\n(Name and title of Immigration Officer)",
                  "/s/ L. P. Kincaid\n(Signature of Immigration Officer)"]], [4.0, 2.6]),
        ("s", "DHS Form I-247D (12/15)                                                                    Page 1 of 3"),
    ]
    imgs = page_image(els, dpi=150, seed=2020, photo=True, noise=0, font="sans", size=10)
    png = imgs[0].point(lambda v: (v // 16) * 17)
    m.add_attachment(img_bytes(png, "PNG", optimize=True), maintype="image", subtype="png",
                     filename="I-247D_ALVARADO_MENDEZ.png")
    write_eml("bi20", m)
    label("bi20", "eml", "ERO e-mail to state corrections with Form I-247D detainer attached as a scanned PNG",
          "dhs-ice-ero", "ICE ERO Salt Lake City Field Office - Boise Sub-Office", "Brent A. Haddock",
          "Immigration Enforcement Agent", "brent.haddock@ice.dhs.gov", "(208) 555-0117",
          [("Josue Alvarado Mendez", "1985-04-09", [("a_number", "A089552017")])],
          ["INA 101", "8 CFR 287.7"], "detainer", "I-247D", True, "civil_immigration", ["other"], "email")

@doc
def bi21():
    els = [
        ("lh", ["SOCIAL SECURITY ADMINISTRATION", "OFFICE OF THE INSPECTOR GENERAL",
                "Office of Investigations — Philadelphia Field Division",
                "300 Spring Garden Street, Philadelphia, PA 19123"]),
        ("r", "Refer to: PHI-2408-0417"),
        ("p", "August 19, 2024"),
        ("p", "Pennsylvania Department of Human Services\nBureau of Program Integrity\nP.O. Box 2675\nHarrisburg, PA 17105-2675"),
        ("p", "**Re: Request for Benefit Records in Support of a Criminal Investigation**"),
        ("p", "Dear Sir or Madam:"),
        ("pj", "The Social Security Administration, Office of the Inspector General (SSA-OIG), is conducting a criminal "
               "investigation concerning possible violations of 42 U.S.C. § 1383a(a) (fraudulent acts relating to "
               "Supplemental Security Income) and 18 U.S.C. § 641 (theft of public money). The investigation concerns "
               "the following individuals, who reside together in Philadelphia County:"),
        ("grid", [["Name", "Date of Birth", "SSN"],
                  ["NGUYỄN, Thị Lan", "August 15, 1961", "XXX-XX-5172"],
                  ["PHẠM, Văn Đức", "February 3, 1958", "XXX-XX-8830"]], [2.6, 1.8, 1.6]),
        ("pj", "Ms. Nguyễn has received SSI payments since 2016 as an individual living alone with no income. We "
               "request copies of any Department of Human Services case records for either individual from January 1, "
               "2019 to the present, including SNAP, Medical Assistance and TANF applications and renewals, reported "
               "household composition, reported income and employment, and all addresses on file."),
        ("pj", "This request is made under the Privacy Act of 1974, 5 U.S.C. § 552a(b)(7), which permits disclosure "
               "to a law enforcement agency for a civil or criminal law enforcement activity upon written request "
               "from the head of the agency or a designee. Disclosure of SNAP information for the administration and "
               "enforcement of other federal assistance programs is permitted under 7 C.F.R. § 272.1(c)."),
        ("pj", "Please forward the records to my attention at the address above. If you have any questions, please "
               "contact me at (215) 555-0121 or derrick.ashworth@ssa.gov."),
        ("p", "Sincerely,"),
        ("sig", "Derrick L. Ashworth", ["Derrick L. Ashworth", "Special Agent", "Office of Investigations"]),
        ("p", "APPROVED:"),
        ("sig", "", ["Special Agent-in-Charge, Philadelphia Field Division"]),
    ]
    render_pdf(out("bi21", "pdf"), els, font="serif", size=10.5,
               footer="SOCIAL SECURITY ADMINISTRATION — OFFICE OF THE INSPECTOR GENERAL — LAW ENFORCEMENT SENSITIVE")
    label("bi21", "born_digital", "SSA-OIG letter to state human services asking for benefit records, two subjects",
          "ssa-oig", "Social Security Administration, Office of the Inspector General", "Derrick L. Ashworth",
          "Special Agent", "derrick.ashworth@ssa.gov", "(215) 555-0121",
          [("Thị Lan Nguyễn", "1961-08-15", [("ssn_last4", "5172")]),
           ("Văn Đức Phạm", "1958-02-03", [("ssn_last4", "8830")])],
          ["42 USC 1383a", "18 USC 641", "5 USC 552a", "7 CFR 272.1"], "none", None, False,
          "criminal_investigation", ["benefits", "employment", "address"], "mail")


@doc
def bi22():
    els = [
        ("lh", ["DISTRICT ATTORNEY", "KINGS COUNTY", "350 JAY STREET", "BROOKLYN, NY 11201-2908", "(718) 555-0100"]),
        ("p", "RACKETS DIVISION"),
        ("r", "December 16, 2024"),
        ("p", "New York State Department of Labor\nOffice of Counsel — Subpoena Unit\nW. Averell Harriman State Office Campus\nBuilding 12, Room 509\nAlbany, NY 12226"),
        ("p", "Re:  Grand Jury Subpoena Duces Tecum — GJ No. 3917/2024"),
        ("p", "Dear Sir or Madam:"),
        ("pj", "Enclosed please find a Grand Jury subpoena duces tecum in connection with an investigation being "
               "conducted by this Office into possible violations of Penal Law §§ 155.40 (Grand Larceny in the Second "
               "Degree) and 190.65 (Scheme to Defraud in the First Degree)."),
        ("pj", "In lieu of personal appearance, you may comply by forwarding the requested records, together with a "
               "completed business records certification, to my attention on or before the return date. Please be "
               "advised that Grand Jury proceedings are secret (CPL 190.25(4)); we ask that you not disclose the "
               "existence of this subpoena to the persons named in it."),
        ("p", "Should you have any questions, please contact me at (718) 555-0144 or feinbergr@brooklynda.org."),
        ("p", "Very truly yours,"),
        ("sig", "Rachel S. Feinberg", ["Rachel S. Feinberg", "Assistant District Attorney"]),
        ("pb",),
        ("c", "GRAND JURY SUBPOENA DUCES TECUM"),
        ("cb", "THE PEOPLE OF THE STATE OF NEW YORK"),
        ("p", "TO:  Custodian of Records, New York State Department of Labor\n       W. Averell Harriman State Office Campus, Albany, NY 12226"),
        ("pj", "GREETINGS: WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before "
               "the GRAND JURY of the County of Kings, at the Grand Jury Room, 320 Jay Street, Brooklyn, New York, on "
               "the 14th day of January, 2025, at 10:00 A.M., and at any recessed or adjourned date, as a witness in a "
               "criminal action prosecuted by the People of the State of New York against JOHN DOE(S), and that you "
               "bring with you and produce the following:"),
        ("pj", "Any and all records for the period January 1, 2021 to present relating to the persons listed below, "
               "including quarterly wage reporting (Form NYS-45) entries showing wages paid and the identity of each "
               "reporting employer; unemployment insurance claim files and payment records; and all addresses on file:"),
        ("grid", [["Name", "Date of Birth"],
                  ["Oksana Volodymyrivna HRYTSENKO", "12/01/1988"],
                  ["Luis Ángel NÚÑEZ VALDIVIA", "06/20/1979"],
                  ["Kwame OSEI-BONSU", "09/09/1983"]], [3.6, 1.8]),
        ("pj", "Failure to comply with this subpoena is punishable as a contempt of court and shall make you liable to "
               "the People of the State of New York for a penalty not to exceed fifty dollars and also for all damages "
               "sustained by reason of your failure to comply. This subpoena is issued pursuant to CPL 610.20 and 610.25."),
        ("p", "Dated:  Brooklyn, New York\n             December 16, 2024"),
        ("sig", "", ["DISTRICT ATTORNEY, KINGS COUNTY", "By: /s/ Rachel S. Feinberg, Assistant District Attorney"]),
        ("s", "THIS SUBPOENA IS ISSUED IN CONNECTION WITH A GRAND JURY INVESTIGATION. IT IS REQUESTED THAT YOU NOT "
              "DISCLOSE ITS EXISTENCE, AS DISCLOSURE MAY IMPEDE THE INVESTIGATION."),
        ("pb",),
        ("cb", "CERTIFICATION OF BUSINESS RECORDS"),
        ("pj", "I, ____________________, am the ____________________ of the New York State Department of Labor and am a "
               "duly authorized custodian of its records. The records produced herewith in response to Grand Jury "
               "subpoena GJ No. 3917/2024 are true and complete copies of records made in the regular course of "
               "business, at or near the time of the acts, transactions or events recorded."),
        ("p", "Signature: ______________________      Date: ______________"),
    ]
    make_scanned(out("bi22", "pdf"), els, seed=2222, angles=[-0.6, 1.1, -1.8], turns={2: 180}, font="times", size=11)
    label("bi22", "scanned", "scanned ADA cover letter with New York county grand jury subpoena duces tecum, three subjects",
          "district-attorney", "District Attorney, Kings County", "Rachel S. Feinberg", "Assistant District Attorney",
          "feinbergr@brooklynda.org", "(718) 555-0144",
          [("Oksana Volodymyrivna Hrytsenko", "1988-12-01", []), ("Luis Ángel Núñez Valdivia", "1979-06-20", []),
           ("Kwame Osei-Bonsu", "1983-09-09", [])],
          ["NY PL 155.40", "NY PL 190.65", "NY CPL 190.25", "NY CPL 610.20", "NY CPL 610.25"],
          "grand_jury_subpoena", None, True, "criminal_investigation", ["wages", "employment", "claims", "address"], "mail")


@doc
def bi23():
    body = """Good morning,

Attached please find a CBP summons (DHS Form 3115) requiring production of Motor Vehicle Division records for the individual and vehicle identified below. The summons is issued in connection with an ongoing investigation of the smuggling of undeclared merchandise through the DeConcini Port of Entry (18 U.S.C. § 545).

    Name:  Itzel Guadalupe Navarrete Olmos
    DOB:   02/11/1997
    Vehicle: 2019 Ram 1500, AZ plate CNX4418

Records may be returned to me by e-mail in lieu of appearance. Please call me if you have any questions.

Regards,

Matthew J. Hollis
Supervisory CBP Officer
Anti-Terrorism Contraband Enforcement Team (A-TCET)
Port of Nogales, Arizona
U.S. Customs and Border Protection | Office of Field Operations
Tel. (520) 555-0148
matthew.hollis@cbp.dhs.gov
"""
    m = new_mail('"HOLLIS, MATTHEW J" <matthew.hollis@cbp.dhs.gov>',
                 "MVD Law Enforcement Liaison <mvdlerequests@azdot.gov>",
                 "CBP Summons - MVD records - NAVARRETE OLMOS", "Mon, 09 Jun 2025 09:05:44 -0700",
                 "<DM6PR09MB.hollis.0609@cbp.dhs.gov>")
    m.set_content(body)
    els = [
        ("tbl", [["DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection", "1. Summons No.\nNOG-25-0062"]], [4.6, 2.0]),
        ("big", "SUMMONS"),
        ("tbl", [["2. TO (Name, Address):\nCustodian of Records\nArizona Department of Transportation, Motor Vehicle Division\n1801 W. Jefferson Street, Phoenix, AZ 85007"]], [6.6]),
        ("pj", "By the service of this summons upon you, you are hereby required to appear before **Matthew J. Hollis, "
               "Supervisory CBP Officer**, an officer of U.S. Customs and Border Protection, at the place, date and time "
               "indicated below, to give testimony and to produce the records (including statements, declarations, and "
               "other documents) indicated below, regarding the matter of: **importation of merchandise by or on behalf "
               "of Itzel Guadalupe Navarrete Olmos (DOB 02/11/1997) through the Port of Nogales, Arizona.**"),
        ("tbl", [["3. Place of appearance:\nCBP Port of Nogales, 9 N. Grand Avenue, Nogales, AZ 85621",
                  "4. Date and time:\nJune 30, 2025, 9:00 a.m."]], [4.3, 2.3]),
        ("h", "5. Records required to be produced:"),
        ("pj", "Certified copies of the driver license record, license application(s) and most recent photograph of "
               "the individual named above; all residential and mailing addresses on file; and the registration and "
               "title history for all vehicles registered to her, including Arizona plate CNX4418."),
        ("pj", "This summons is issued pursuant to 19 U.S.C. § 1509. Failure to comply with this summons will render you "
               "liable to proceedings in a U.S. District Court to enforce compliance with this summons as well as other "
               "sanctions (19 U.S.C. § 1510)."),
        ("pj", "In lieu of appearance, the records may be delivered to the summoning officer at the address above or by "
               "e-mail to matthew.hollis@cbp.dhs.gov on or before the date shown."),
        ("tbl", [["6. Name and title of summoning officer:\nMatthew J. Hollis, Supervisory CBP Officer",
                  "7. Signature:\n/s/ M. J. Hollis", "8. Date issued:\n06/09/2025"]], [3.2, 1.9, 1.5]),
        ("tbl", [["9. Approved by: Yvette C. Landeros, Assistant Port Director", "Tel. (520) 555-0148"]], [4.6, 2.0]),
        ("h", "CERTIFICATE OF SERVICE"),
        ("s", "I certify that I served this summons on the person named above on ______ by ☐ personal delivery "
              "☐ mail ☒ electronic mail.    Signature: ____________________"),
        ("s", "DHS Form 3115 (10/09)"),
    ]
    tmp, pdf = pdf_bytes(els, font="sans", size=10)
    os.remove(tmp)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="Summons_NOG-25-0062.pdf")
    write_eml("bi23", m)
    label("bi23", "eml", "CBP officer e-mail with DHS Form 3115 customs summons attached as PDF",
          "dhs-cbp", "U.S. Customs and Border Protection | Office of Field Operations", "Matthew J. Hollis",
          "Supervisory CBP Officer", "matthew.hollis@cbp.dhs.gov", "(520) 555-0148",
          [("Itzel Guadalupe Navarrete Olmos", "1997-02-11", [])],
          ["18 USC 545", "19 USC 1509", "19 USC 1510"], "administrative_subpoena", "DHS Form 3115", True,
          "criminal_investigation", ["license", "photo", "address", "vehicle"], "email")


@doc
def bi24():
    text = """
From: Park, Hye-jin <hpark@uspis.gov>
Date: Wed, Oct 16, 2024 at 9:41 AM
To: RMV Law Enforcement Liaison <rmv.leliaison@dot.state.ma.us>
Subject: Request for RMV info - mail theft investigation (USPIS case 4392187-MT)

Good morning,

The U.S. Postal Inspection Service is investigating a series of thefts from blue collection boxes in Worcester and Shrewsbury using a stolen postal arrow key, and the subsequent washing and negotiation of checks taken from the mail (18 U.S.C. 1708, 18 U.S.C. 1344). Two suspects have been identified from surveillance video:

- DOUCETTE, Christopher Allen   DOB 05/27/1998   MA Lic. S48213377
- Marisol Ortiz-Feliciano   DOB unknown (approx. 25 yrs old), believed to reside in Worcester

Could you please provide the license photographs, current and prior addresses, and any vehicles registered to either person? This request is made for law enforcement purposes as permitted under 18 U.S.C. 2721(b)(1).

Thank you,

Hye-jin Park
U.S. Postal Inspector
Boston Division - Worcester Domicile
(617) 555-0103
hpark@uspis.gov
"""
    write_txt("bi24", text)
    label("bi24", "txt", "plain-text e-mail from a postal inspector, two subjects (one without DOB), no process",
          "usps-uspis", "U.S. Postal Inspection Service", "Hye-jin Park", "U.S. Postal Inspector", "hpark@uspis.gov",
          "(617) 555-0103",
          [("Christopher Allen Doucette", "1998-05-27", [("license", "S48213377")]),
           ("Marisol Ortiz-Feliciano", None, [])],
          ["18 USC 1708", "18 USC 1344", "18 USC 2721"], "none", None, False, "criminal_investigation",
          ["photo", "address", "vehicle"], "email")


@doc
def bi25():
    els = [
        ("lh", ["Internal Revenue Service", "Criminal Investigation — Houston Field Office",
                "8701 S. Gessner Drive, Mail Stop 5000 HOU, Houston, TX 77074"]),
        ("tbl", [["Department of the Treasury", "Person to contact: Noor Al-Khatib, Special Agent\n"
                  "Telephone: (713) 555-0181\nE-mail: noor.al-khatib@ci.irs.gov\nRefer reply to: CI-HOU-24-1186"]],
         [3.0, 3.6]),
        ("p", "Date: November 4, 2024"),
        ("p", "Texas Workforce Commission\nAttn: Custodian of Records / Office of General Counsel\n101 East 15th Street\nAustin, TX 78778"),
        ("p", "Dear Custodian:"),
        ("pj", "IRS Criminal Investigation is conducting a criminal investigation of Roberto Ignacio Salcedo Varela "
               "(date of birth 04/18/1972, SSN XXX-XX-7719) for potential violations of 26 U.S.C. § 7201 (attempt to "
               "evade or defeat tax) and 26 U.S.C. § 7206(1) (false return). Enclosed is an Internal Revenue Service "
               "summons issued under 26 U.S.C. § 7602, requiring production of records maintained by the Texas "
               "Workforce Commission."),
        ("pj", "You may comply with the summons by mailing or e-mailing the requested records to me before the date of "
               "appearance. If you do so, a personal appearance will not be necessary."),
        ("p", "Sincerely,"),
        ("sig", "Noor Al-Khatib", ["Noor Al-Khatib", "Special Agent"]),
        ("s", "Enclosure: Form 2039"),
        ("pb",),
        ("big", "Summons"),
        ("tbl", [["In the matter of: **the tax liability of Roberto Ignacio Salcedo Varela, Houston, Texas**"],
                 ["Internal Revenue Service (Division): Criminal Investigation"],
                 ["Industry/Area (name or number): Houston Field Office"],
                 ["Periods: Calendar years ending December 31, 2020, 2021, 2022 and 2023"]], [6.6]),
        ("cb", "The Commissioner of Internal Revenue"),
        ("p", "To:  Custodian of Records, Texas Workforce Commission\nAt:  101 East 15th Street, Austin, TX 78778"),
        ("pj", "You are hereby summoned and required to appear before **Noor Al-Khatib, Special Agent**, an officer of the "
               "Internal Revenue Service, to give testimony and to bring with you and to produce for examination the "
               "following books, records, papers, and other data relating to the tax liability or the collection of "
               "the tax liability or for the purpose of inquiring into any offense connected with the administration "
               "or enforcement of the internal revenue laws concerning the person identified above for the periods shown:"),
        ("pj", "All quarterly wage records reported by any employer for Roberto Ignacio Salcedo Varela (SSN XXX-XX-7719), "
               "including employer names, addresses and account numbers; all unemployment insurance claims filed by him "
               "and payment records; and all addresses on file, for the periods shown above."),
        ("tbl", [["Do not write in this space", ""]], [3.3, 3.3]),
        ("tbl", [["Business address and telephone number of IRS officer before whom you are to appear:\n"
                  "8701 S. Gessner Drive, Houston, TX 77074   (713) 555-0181"],
                 ["Place and time for appearance at: 8701 S. Gessner Drive, Houston, TX, on the 5th day of December, 2024, at 10:00 o'clock a.m."]],
         [6.6]),
        ("pj", "Issued under authority of the Internal Revenue Code this 4th day of November, 2024."),
        ("tbl", [["/s/ Noor Al-Khatib\nSignature of issuing officer", "Special Agent\nTitle"],
                 ["/s/ Raymond E. Okonjo\nSignature of approving officer (if applicable)", "Supervisory Special Agent\nTitle"]],
         [3.6, 3.0]),
        ("s", "Form 2039 (Rev. 10-2010)    Catalog Number 21405J    www.irs.gov    Part A — to be given to person summoned"),
        ("pb",),
        ("cb", "Provisions of the Internal Revenue Code"),
        ("s", "**Sec. 7603. Service of summons** (a) In general. A summons issued under section 7602 shall be served by the Secretary, by an attested copy delivered in hand to the "
              "person to whom it is directed, or left at his last and usual place of abode; and the certificate of "
              "service signed by the person serving the summons shall be evidence of the facts it states on the "
              "hearing of an application for the enforcement of the summons. ..."),
        ("s", "**Sec. 7604. Enforcement of summons** (a) Jurisdiction of district court. If any person is summoned "
              "under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other "
              "data, the United States district court for the district in which such person resides or is found "
              "shall have jurisdiction by appropriate process to compel such attendance, testimony, or production "
              "of books, papers, records, or other data. ..."),
        ("s", "**Sec. 7605. Time and place of examination** (a) Time and place. The time and place of examination "
              "pursuant to the provisions of section 7602 shall be such time "
              "and place as may be fixed by the Secretary and as are reasonable under the circumstances. ..."),
        ("s", "**Sec. 7610. Fees and costs for witnesses** (a) In general. The Secretary shall by regulations establish "
              "the rates and conditions under which payment may be made of fees and mileage to persons who are "
              "summoned to appear before the Secretary, and reimbursement for such costs that are reasonably "
              "necessary which have been directly incurred in searching for, reproducing, or transporting books, "
              "papers, records, or other data required to be produced by summons. ..."),
        ("s", "**Sec. 7210. Failure to obey summons.** Any person who, being duly summoned to appear to testify, or to "
              "appear and produce books, accounts, records, memoranda, or other papers, as required under sections "
              "7602, 7603, and 7604(b), neglects to appear or to produce such "
              "books, accounts, records, memoranda, or other papers, shall, upon conviction thereof, be fined not "
              "more than $1,000, or imprisoned not more than 1 year, or both, together with costs of prosecution."),
        ("s", "Form 2039 (Rev. 10-2010)"),
    ]
    render_pdf(out("bi25", "pdf"), els, font="helv", size=10)
    label("bi25", "born_digital", "IRS-CI cover letter with Form 2039 summons and printed Code provisions",
          "irs-ci", "Internal Revenue Service, Criminal Investigation — Houston Field Office", "Noor Al-Khatib",
          "Special Agent", "noor.al-khatib@ci.irs.gov", "(713) 555-0181",
          [("Roberto Ignacio Salcedo Varela", "1972-04-18", [("ssn_last4", "7719")])],
          ["26 USC 7201", "26 USC 7206", "26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7605",
           "26 USC 7610", "26 USC 7210"],
          "administrative_subpoena", "Form 2039", True, "criminal_investigation",
          ["wages", "employment", "claims", "address"], "mail")

@doc
def bi26():
    body = """Good afternoon,

Please see the attached subpoena duces tecum in People v. Reginald Amos Tuttle, El Paso County District Court case 24CR4471. We are requesting the defendant's public assistance records (SNAP and Colorado Works) and the addresses he reported to the county department, for the period on the subpoena.

Trial is set for July 14, 2025. You may comply in lieu of appearance by sending certified copies with a custodian affidavit under C.R.E. 902(11) to my attention before the appearance date. A scan of the signed subpoena is attached; the original was sent by mail today.

Thank you,

Elena V. Markovic
Deputy District Attorney
Office of the District Attorney, Fourth Judicial District
105 E. Vermijo Ave., Colorado Springs, CO 80903
(719) 555-0153
elenamarkovic@elpasoco.com
"""
    m = new_mail('Elena Markovic <elenamarkovic@elpasoco.com>', "cdhs_legal_subpoenas@state.co.us",
                 "Subpoena duces tecum - People v. Tuttle, 24CR4471", "Fri, 30 May 2025 15:40:12 -0600",
                 "<CY4PR14MB.markovic.24CR4471@elpasoco.com>")
    m.set_content(body)
    els = [
        ("tbl", [["DISTRICT COURT, EL PASO COUNTY, COLORADO\nCourt Address: 270 S. Tejon Street\nColorado Springs, CO 80903\n\n"
                  "THE PEOPLE OF THE STATE OF COLORADO,\n\nv.\n\nDefendant: REGINALD AMOS TUTTLE",
                  "\n\n\n\n▲ COURT USE ONLY ▲"],
                 ["Attorney for the People:\nElena V. Markovic, #48812, Deputy District Attorney\n105 E. Vermijo Ave., Colorado Springs, CO 80903\n"
                  "Phone: (719) 555-0153   E-mail: elenamarkovic@elpasoco.com",
                  "Case Number: 24CR4471\n\nDiv.: 10   Ctrm: S402"]], [4.3, 2.3]),
        ("cb", "SUBPOENA TO PRODUCE (SUBPOENA DUCES TECUM)"),
        ("p", "TO:  Custodian of Records, Colorado Department of Human Services, 1575 Sherman Street, Denver, CO 80203"),
        ("pj", "YOU ARE ORDERED to attend and give testimony in the above case at the El Paso County Judicial Building, "
               "270 S. Tejon Street, Courtroom S402, on July 14, 2025, at 8:30 a.m., and to bring with you the following:"),
        ("pj", "All records of public assistance benefits, including SNAP and Colorado Works (TANF) applications, "
               "redeterminations, payment histories, and all residential and mailing addresses reported by or for "
               "REGINALD AMOS TUTTLE, DOB 03/29/1985, for the period January 1, 2022 to present."),
        ("pj", "The defendant is charged with Theft, C.R.S. 18-4-401, and Forgery, C.R.S. 18-5-102. This subpoena is "
               "issued pursuant to Crim. P. 17(c). In lieu of appearance, records may be produced with an affidavit of "
               "the custodian under C.R.E. 902(11)."),
        ("pj", "FAILURE TO OBEY THIS SUBPOENA WITHOUT ADEQUATE EXCUSE MAY BE DEEMED A CONTEMPT OF COURT."),
        ("tbl", [["Date: May 30, 2025", "/s/ Elena V. Markovic\nAttorney for the People\n\nor ____________________ Clerk of Court / Deputy Clerk"]],
         [3.0, 3.6]),
        ("s", "CRIM 11 SUBPOENA TO PRODUCE  R1/25"),
    ]
    imgs = page_image(els, dpi=130, seed=2626, photo=True, font="sans", size=10)
    m.add_attachment(img_bytes(imgs[0].convert("RGB"), "JPEG", quality=72), maintype="image", subtype="jpeg",
                     filename="IMG_4471_subpoena_Tuttle.jpg")
    write_eml("bi26", m)
    label("bi26", "eml", "deputy DA e-mail with a JPEG scan of a Colorado criminal subpoena duces tecum",
          "district-attorney", "Office of the District Attorney, Fourth Judicial District", "Elena V. Markovic",
          "Deputy District Attorney", "elenamarkovic@elpasoco.com", "(719) 555-0153",
          [("Reginald Amos Tuttle", "1985-03-29", [])],
          ["CO CRE 902", "CRS 18-4-401", "CRS 18-5-102", "CO CrimP 17"], "court_subpoena", None, True,
          "criminal_investigation", ["benefits", "address"], "email")


@doc
def bi27():
    els = [
        ("big", "GEORGIA BUREAU OF INVESTIGATION"),
        ("c", "Investigative Division — Financial Investigations Unit\n3121 Panthersville Road, Decatur, Georgia 30034"),
        ("hr", 1.5),
        ("cb", "FACSIMILE TRANSMITTAL"),
        ("tbl", [["Date:", "April 4, 2025", "Pages:", "3 (incl. cover)"],
                 ["To:", "Georgia Department of Labor — Legal Services / Subpoena Unit", "Fax:", "(404) 555-0198"],
                 ["From:", "SA Dwayne L. Castleberry", "Phone:", "(404) 555-0165"],
                 ["E-mail:", "dwayne.castleberry@gbi.ga.gov", "Fax:", "(404) 555-0166"]], [0.8, 3.6, 0.8, 1.4]),
        ("pj", "Attached please find a search warrant issued by the Superior Court of Fulton County for wage, employment "
               "and unemployment claim records of two individuals, GBI Case No. 2025-0183-FIU. Please contact me to "
               "arrange production of the records. Thank you for your assistance."),
        ("sp", 160),
        ("s", "NOTICE: This transmission contains information that is confidential and intended only for the named "
              "recipient. If you have received this fax in error, please notify the sender and destroy it."),
        ("pb",),
        ("cb", "SEARCH WARRANT"),
        ("c", "STATE OF GEORGIA\nCOUNTY OF FULTON"),
        ("pj", "TO ANY SHERIFF, DEPUTY SHERIFF, CORONER, OR ANY OTHER OFFICER AUTHORIZED BY LAW TO EXECUTE SEARCH "
               "WARRANTS IN THIS STATE, INCLUDING SPECIAL AGENTS OF THE GEORGIA BUREAU OF INVESTIGATION:"),
        ("pj", "Affidavit having been made before me by Special Agent Dwayne L. Castleberry, Georgia Bureau of "
               "Investigation, that he has reason to believe that on the premises known as the Georgia Department of "
               "Labor, 148 Andrew Young International Boulevard NE, Atlanta, Fulton County, Georgia, there is now "
               "located certain property, namely:"),
        ("ind", "Records, whether in paper or electronic form, of wages reported by employers, employer identities, "
                "unemployment insurance claims and payments, and all addresses and telephone numbers on file, for the "
                "period January 1, 2022 to the present, pertaining to:\n"
                "    (1) SHANICE DENISE HOLLOWELL, date of birth 7/7/1986; and\n"
                "    (2) EMEKA J. NWACHUKWU, date of birth 2/19/1981,"),
        ("pj", "which is being possessed in violation of Georgia law and constitutes evidence of the crimes of Theft by "
               "Deception, O.C.G.A. § 16-8-3, and Identity Fraud, O.C.G.A. § 16-9-121; and I am satisfied that there "
               "is probable cause to believe that the property so described is being concealed on the premises above "
               "described and that the foregoing grounds for issuance of a search warrant exist."),
        ("pj", "YOU ARE HEREBY COMMANDED to search forthwith the premises above described within ten (10) days of this "
               "date, in accordance with O.C.G.A. § 17-5-21, for the property specified, serving this warrant and "
               "making the search, and if the property be found there, to seize it, prepare a written inventory of the "
               "property seized, and return this warrant before me or any other judicial officer of this County as "
               "required by law."),
        ("p", "Issued this 3rd day of April, 2025, at 4:20 o'clock p.m."),
        ("sig", "H. E. Vance", ["Judge, Superior Court of Fulton County", "Atlanta Judicial Circuit",
                               "Hon. Harriet E. Vance"]),
        ("pb",),
        ("cb", "RETURN AND INVENTORY"),
        ("pj", "I received the attached search warrant on April 3, 2025, and have executed it as follows: on the ____ "
               "day of ________, 2025, at ____ o'clock __.m., I searched the premises described in the warrant and left "
               "a copy of the warrant with ______________________ together with a receipt for the items seized."),
        ("p", "The following is an inventory of property taken pursuant to the warrant: ________________________________"),
        ("sig", "", ["Special Agent Dwayne L. Castleberry, GBI", "Sworn to and subscribed before me this ___ day of ________, 2025.",
                     "", "Judge / Clerk"]),
    ]
    make_fax(out("bi27", "tif"), els, seed=2727,
             header_fn=lambda i, n: "04/04/2025  10:13  4045550166        GBI FIU DECATUR               PAGE  %02d/%02d" % (i, n),
             angles=[-0.8, 0.4, 0.0], font="times", size=11)
    label("bi27", "fax", "faxed state bureau cover sheet plus Georgia superior court search warrant, two subjects",
          "state-police", "Georgia Bureau of Investigation", "Dwayne L. Castleberry", "Special Agent",
          "dwayne.castleberry@gbi.ga.gov", "(404) 555-0165",
          [("Shanice Denise Hollowell", "1986-07-07", []), ("Emeka J. Nwachukwu", "1981-02-19", [])],
          ["OCGA 16-8-3", "OCGA 16-9-121", "OCGA 17-5-21"], "judicial_warrant", None, True,
          "criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "fax")


@doc
def bi28():
    els = [
        ("lh", ["U.S. Department of Justice", "United States Attorney's Office", "Middle District of Florida — Civil Division",
                "400 North Tampa Street, Suite 3200, Tampa, Florida 33602"]),
        ("p", "May 2, 2025"),
        ("p", "Custodian of Records\nFlorida Department of Commerce\nReemployment Assistance Program\n107 East Madison Street\nTallahassee, FL 32399"),
        ("p", "Re:  ~~United States v. Sunbelt Kinetics Home Health, LLC, et al.~~, No. 8:23-cv-02914"),
        ("p", "Dear Custodian of Records:"),
        ("pj", "This office represents the United States in the above civil action, brought under the False Claims Act, "
               "31 U.S.C. § 3729 et seq. Enclosed please find a subpoena issued under Federal Rule of Civil Procedure "
               "45 for wage and reemployment assistance records relating to two former employees of the defendant "
               "home-health agency, as described in Schedule A."),
        ("pj", "Production of copies by mail or secure electronic transfer to my attention by the date stated will "
               "satisfy the subpoena. Please contact my paralegal, Ms. Tanya Rushworth, at (813) 555-0126 with "
               "questions about logistics."),
        ("p", "Sincerely,"),
        ("sig", "Amelia J. Castellanos-Burke", ["Amelia J. Castellanos-Burke", "Assistant United States Attorney",
                                               "(813) 555-0127  •  amelia.castellanos-burke@usdoj.gov"]),
        ("pb",),
        ("s", "AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action"),
        ("cb", "UNITED STATES DISTRICT COURT"),
        ("c", "for the\nMiddle District of Florida"),
        ("tbl", [["UNITED STATES OF AMERICA,\n             Plaintiff\n                v.\nSUNBELT KINETICS HOME HEALTH, LLC, et al.,\n             Defendant",
                  "\n\nCivil Action No. 8:23-cv-02914-WFJ-AAS"]], [3.8, 2.8]),
        ("cb", "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS\nOR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION"),
        ("p", "To:  Custodian of Records, Florida Department of Commerce, Reemployment Assistance Program\n"
              "       107 East Madison Street, Tallahassee, FL 32399"),
        ("pj", "☒ **Production:** YOU ARE COMMANDED to produce at the time, date, and place set forth below the following "
               "documents, electronically stored information, or objects, and to permit inspection, copying, testing, "
               "or sampling of the material: **See Schedule A.**"),
        ("tbl", [["Place: U.S. Attorney's Office, 400 N. Tampa St., Suite 3200, Tampa, FL 33602",
                  "Date and Time:\n05/30/2025 10:00 am"]], [4.3, 2.3]),
        ("pj", "☐ **Inspection of Premises:** YOU ARE COMMANDED to permit entry onto the designated premises, land, or "
               "other property possessed or controlled by you at the time, date, and location set forth below."),
        ("pj", "The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of "
               "compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) "
               "and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so."),
        ("tbl", [["Date: 05/02/2025\n\nCLERK OF COURT\n\n____________________\nSignature of Clerk or Deputy Clerk",
                  "OR\n\n\n/s/ Amelia J. Castellanos-Burke\nAttorney's signature"]], [3.3, 3.3]),
        ("pj", "The name, address, e-mail address, and telephone number of the attorney representing (name of party) "
               "**United States of America**, who issues or requests this subpoena, are: Amelia J. Castellanos-Burke, "
               "Assistant United States Attorney, 400 North Tampa Street, Suite 3200, Tampa, FL 33602, "
               "amelia.castellanos-burke@usdoj.gov, (813) 555-0127."),
        ("s", "**Notice to the person who issues or requests this subpoena**\nIf this subpoena commands the production of "
              "documents, electronically stored information, or tangible things or the inspection of premises before "
              "trial, a notice and a copy of the subpoena must be served on each party in this case before it is served "
              "on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4)."),
        ("pb",),
        ("cb", "PROOF OF SERVICE"),
        ("p", "(This section should not be filed with the court unless required by Fed. R. Civ. P. 45.)"),
        ("p", "I received this subpoena for (name of individual and title, if any) ______________________ on (date) __________.\n"
              "☐ I served the subpoena by delivering a copy to the named person as follows: ______________________\n"
              "☐ I returned the subpoena unexecuted because: ______________________"),
        ("p", "I declare under penalty of perjury that this information is true.\nDate: __________    ______________________ Server's signature"),
        ("sp", 12),
        ("cb", "SCHEDULE A"),
        ("pj", "For the period January 1, 2019 through December 31, 2023, produce all quarterly wage records reported for, "
               "and the identity of each employer of, the following individuals, together with any reemployment "
               "assistance claims filed by them:"),
        ("grid", [["Name", "Date of Birth", "SSN (last four)"],
                  ["Gloria Ester Mendoza-Acuña", "January 8, 1970", "1184"],
                  ["Peter Vance Lindgren", "November 30, 1965", "6021"]], [3.0, 1.8, 1.6]),
    ]
    make_scanned(out("bi28", "pdf"), els, seed=2828, angles=[0.6, -1.0, 1.9], turns={0: 0, 1: 0, 2: 90}, font="times", size=11)
    label("bi28", "scanned", "scanned AUSA civil-division letter with AO 88B civil subpoena (False Claims Act case)",
          "doj-usao", "United States Attorney's Office, Middle District of Florida — Civil Division",
          "Amelia J. Castellanos-Burke", "Assistant United States Attorney", "amelia.castellanos-burke@usdoj.gov",
          "(813) 555-0127",
          [("Gloria Ester Mendoza-Acuña", "1970-01-08", [("ssn_last4", "1184")]),
           ("Peter Vance Lindgren", "1965-11-30", [("ssn_last4", "6021")])],
          ["31 USC 3729", "FRCP 45"], "court_subpoena", "AO 88B", True, "unknown",
          ["wages", "employment", "claims"], "mail")


@doc
def bi29():
    els = [
        ("lh", ["SAINT PAUL POLICE DEPARTMENT", "Special Investigations Unit — Financial Crimes",
                "367 Grove Street, Saint Paul, Minnesota 55101"]),
        ("p", "January 9, 2025"),
        ("p", "Minnesota Department of Human Services\nData Practices Office\nP.O. Box 64998\nSt. Paul, MN 55164-0998"),
        ("p", "RE:  Court Order for Release of Not Public Data — SPPD CN 24-188713"),
        ("pj", "Enclosed please find a certified copy of an Order for Release of Not Public Data signed by the Honorable "
               "Theodora J. Lindahl, Ramsey County District Court, under Minn. Stat. § 13.03, subd. 6. The order "
               "directs the Department to release data concerning Travis Dean Ketchum, DOB 06/02/1988, who was "
               "enrolled as a personal care assistant for a vulnerable adult victim in our case."),
        ("pj", "Our investigation concerns financial exploitation of a vulnerable adult (Minn. Stat. § 609.2335) and "
               "theft by swindle (Minn. Stat. § 609.52). Please send the data to my attention at the address above or "
               "to lena.vang@ci.stpaul.mn.us."),
        ("p", "Thank you,"),
        ("sig", "Lena K. Vang", ["Sgt. Lena K. Vang, #533", "Special Investigations Unit", "(651) 555-0114"]),
        ("s", "Enclosure"),
        ("pb",),
        ("tbl", [["STATE OF MINNESOTA\n\nCOUNTY OF RAMSEY", "DISTRICT COURT\n\nSECOND JUDICIAL DISTRICT"]], [3.3, 3.3]),
        ("tbl", [["In the Matter of the Application of the Saint Paul Police Department for Release of Not Public Data",
                  "Court File No. 62-MC-24-1182\n\n**ORDER FOR RELEASE OF NOT PUBLIC DATA**"]], [3.3, 3.3]),
        ("pj", "The above matter came before the undersigned Judge of District Court upon the application of Sergeant "
               "Lena K. Vang of the Saint Paul Police Department. Based upon the application and all the files and "
               "records herein, the Court makes the following:"),
        ("cb", "FINDINGS"),
        ("ind", "1. The data sought are private data on individuals maintained by the Minnesota Department of Human "
                "Services (DHS) concerning personal care assistance services billed to Medical Assistance.\n"
                "2. The data are relevant to a pending criminal investigation of financial exploitation of a vulnerable "
                "adult, E.M.B., in violation of Minn. Stat. § 609.2335.\n"
                "3. The data are discoverable under Minn. Stat. § 13.03, subd. 6, and the benefit to the applicant "
                "outweighs any harm to the confidentiality interests of the data subject."),
        ("cb", "ORDER"),
        ("p", "IT IS HEREBY ORDERED:"),
        ("ind", "1. DHS shall release to the Saint Paul Police Department the following data regarding TRAVIS DEAN "
                "KETCHUM, date of birth June 2, 1988: personal care assistant enrollment records; agency affiliations; "
                "time sheets and claims submitted for services; payment records; and all addresses and telephone "
                "numbers on file, for the period January 1, 2022 to the present.\n"
                "2. The data shall be used only for purposes of the criminal investigation and any resulting "
                "prosecution, and shall not otherwise be disseminated.\n"
                "3. This Order and the application shall be filed under seal."),
        ("tbl", [["", "BY THE COURT:\n\n/s/ Theodora J. Lindahl\nJudge of District Court"],
                 ["Dated: January 8, 2025", ""]], [3.3, 3.3]),
        ("sp", 18),
        ("s", "I hereby certify that the foregoing is a true and correct copy of the original on file in this office.\n"
              "COURT ADMINISTRATOR, Ramsey County     By: /s/ J. Moua, Deputy     Date: 01/08/2025"),
    ]
    render_pdf(out("bi29", "pdf"), els, font="times", size=11.5)
    label("bi29", "born_digital", "city-police cover letter with Minnesota district court order for DHS data",
          "local-police", "Saint Paul Police Department", "Lena K. Vang", "Sergeant", "lena.vang@ci.stpaul.mn.us",
          "(651) 555-0114", [("Travis Dean Ketchum", "1988-06-02", [])],
          ["MN Stat 13.03", "MN Stat 609.2335", "MN Stat 609.52"], "court_order", None, True,
          "criminal_investigation", ["employment", "wages", "address", "phone"], "mail")


@doc
def bi30():
    inner = new_mail('"Hobbs, Nathaniel" <nathaniel.hobbs@ice.dhs.gov>', '"Ostrowski, Kimberly" <kimberly.ostrowski@state.co.us>',
                     "Information request", "Mon, 17 Mar 2025 07:58:21 -0600", "<PH0PR09MB.hobbs.0317@ice.dhs.gov>")
    inner.set_content("""Ms. Ostrowski,

I am an officer with U.S. Immigration and Customs Enforcement. I am requesting current employer and address information for the individual below, for official use.

    IBARRA CASTILLO, Noemí
    DOB: 1992-01-27
    A# 212 640 118

Please respond to this e-mail at your earliest convenience.

Respectfully,

Nathaniel Hobbs
Immigration Officer
U.S. Immigration and Customs Enforcement
Department of Homeland Security
Office: 720-555-0136
""")
    outer = new_mail('"Ostrowski, Kimberly" <kimberly.ostrowski@state.co.us>', "CDLE Records Requests <cdle_records@state.co.us>",
                     "FW: Information request", "Mon, 17 Mar 2025 09:14:05 -0600", "<CO1PR.ostrowski.fw0317@state.co.us>")
    outer.set_content("""Forwarding per our procedure - this came to my inbox at the Denver workforce center this morning. I have not responded to it.

Kim

Kimberly Ostrowski
Workforce Specialist | Denver Workforce Center
Colorado Department of Labor and Employment
""")
    outer.add_attachment(inner, filename="Information request.eml")
    write_eml("bi30", outer)
    label("bi30", "eml", "internal forward of an ICE officer's request attached as message/rfc822, no process",
          "dhs-ice", "U.S. Immigration and Customs Enforcement", "Nathaniel Hobbs", "Immigration Officer",
          "nathaniel.hobbs@ice.dhs.gov", "720-555-0136",
          [("Noemí Ibarra Castillo", "1992-01-27", [("a_number", "A212640118")])],
          [], "none", None, False, "civil_immigration", ["employment", "address"], "email")


@doc
def bi31():
    els = [
        ("lh", ["OFFICE OF INSPECTOR GENERAL", "Department of Homeland Security",
                "Office of Investigations — San Diego Field Office",
                "2251 San Diego Avenue, Suite B-140, San Diego, CA 92110"]),
        ("p", "July 15, 2025"),
        ("p", "California Department of Motor Vehicles\nInformation Policy and Liaison Branch, MS H165\nP.O. Box 942890\nSacramento, CA 94290-0890"),
        ("p", "Subject:  DHS OIG Subpoena Duces Tecum No. OIG-SD-25-0031"),
        ("pj", "The Department of Homeland Security, Office of Inspector General (DHS OIG), is investigating allegations "
               "that a U.S. Customs and Border Protection Officer assigned to the San Ysidro Port of Entry accepted "
               "bribes (18 U.S.C. § 201) in exchange for allowing vehicles to pass without inspection. Enclosed is an "
               "Inspector General subpoena for California DMV records relating to the two individuals named in the "
               "attached schedule."),
        ("pj", "Please provide the records to the undersigned by the return date. Electronic production is acceptable. "
               "Because this is an ongoing investigation, we ask that you not notify the individuals of this subpoena."),
        ("p", "Respectfully,"),
        ("sig", "Renee K. Blackwood", ["Renee K. Blackwood", "Special Agent", "(619) 555-0172",
                                      "renee.blackwood@oig.dhs.gov"]),
        ("pb",),
        ("cb", "UNITED STATES DEPARTMENT OF HOMELAND SECURITY\nOFFICE OF INSPECTOR GENERAL"),
        ("big", "SUBPOENA DUCES TECUM"),
        ("r", "No. OIG-SD-25-0031"),
        ("p", "TO:  Custodian of Records\n       California Department of Motor Vehicles\n       2415 First Avenue, Sacramento, CA 95818"),
        ("pj", "YOU ARE HEREBY COMMANDED to produce the records, documents, and other information described in the "
               "attached Schedule to Special Agent Renee K. Blackwood, DHS Office of Inspector General, 2251 San Diego "
               "Avenue, Suite B-140, San Diego, California 92110, on or before **August 8, 2025, at 10:00 a.m.**"),
        ("pj", "This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), "
               "in connection with an official investigation being conducted by the Office of Inspector General, "
               "Department of Homeland Security. In case of contumacy or refusal to obey, this subpoena is enforceable "
               "by order of any appropriate United States district court."),
        ("p", "IN TESTIMONY WHEREOF, the undersigned has hereunto set her hand this 15th day of July, 2025."),
        ("sig", "M. A. Dunleavy", ["Marguerite A. Dunleavy", "Assistant Inspector General for Investigations",
                                  "For the Inspector General"]),
        ("pb",),
        ("cb", "SCHEDULE"),
        ("pj", "For the period January 1, 2020 to the present, produce the following records for each individual "
               "listed below: (1) driver license records, applications and all photographs; (2) all residential and "
               "mailing addresses; and (3) all vehicle registration and title records, including any vehicles "
               "registered jointly with another person."),
        ("grid", [["Name", "DOB", "CA DL"],
                  ["COVARRUBIAS LEMUS, Adrián", "09/14/1987", "B4471823"],
                  ["ESPARZA, Yolanda Patricia", "12/30/1990", "unknown"]], [3.0, 1.5, 1.6]),
        ("h", "RETURN OF SERVICE"),
        ("p", "Served by ☐ personal delivery ☒ certified mail ☐ electronic mail on ____________, 2025, by ____________________."),
    ]
    render_pdf(out("bi31", "pdf"), els, font="serif", size=10.5,
               footer="LAW ENFORCEMENT SENSITIVE — This document is the property of DHS OIG and is loaned to your agency.")
    label("bi31", "born_digital", "DHS OIG cover letter with Inspector General subpoena duces tecum, two subjects",
          "dhs-oig", "Department of Homeland Security, Office of Inspector General", "Renee K. Blackwood",
          "Special Agent", "renee.blackwood@oig.dhs.gov", "(619) 555-0172",
          [("Adrián Covarrubias Lemus", "1987-09-14", [("license", "B4471823")]),
           ("Yolanda Patricia Esparza", "1990-12-30", [])],
          ["18 USC 201", "5 USC 406"], "administrative_subpoena", None, True, "criminal_investigation",
          ["license", "photo", "address", "vehicle"], "mail")


@doc
def bi32():
    text = """
[Records Unit transcription -- letter received by U.S. Mail 11/04/2024. Original on file, scan queue #2024-1104-03.]

U.S. Department of Justice
Bureau of Alcohol, Tobacco, Firearms and Explosives
Kansas City Field Division - Wichita Field Office
301 N. Main Street, Suite 1000
Wichita, Kansas 67202

October 29, 2024

Kansas Department of Corrections
Records Management Section
714 SW Jackson, Suite 300
Topeka, KS 66603

RE: Request for Information - ATF Investigation No. 771045-24-0019

Dear Records Manager:

The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) is investigating a firearms trafficking group that is believed to be acquiring handguns through straw purchases in the Wichita area (18 U.S.C. 932) and supplying them to persons prohibited from possessing firearms (18 U.S.C. 922(g)). The following individuals are believed to have been in KDOC custody or under post-release supervision within the last five years:

    1. BRINKERHOFF, Colton Wade      DOB: 01/15/1999
    2. OCHOA ZAMUDIO, Jesús Emilio   DOB: 08/03/2000
    3. MELNYK, Andriy                DOB: unknown

We request the most recent photograph, the last known address, and the name and telephone number of any supervising parole officer for each of the individuals above.

Please forward the information to me at the address above or by e-mail to wesley.harjo@atf.gov. I can be reached at (316) 555-0149 with any questions.

Sincerely,

[signature]
Wesley T. Harjo
Special Agent

cc: Resident Agent in Charge, Wichita Field Office
"""
    write_txt("bi32", text)
    label("bi32", "txt", "records-unit transcription of a mailed ATF letter, three subjects, no process",
          "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Wesley T. Harjo", "Special Agent",
          "wesley.harjo@atf.gov", "(316) 555-0149",
          [("Colton Wade Brinkerhoff", "1999-01-15", []), ("Jesús Emilio Ochoa Zamudio", "2000-08-03", []),
           ("Andriy Melnyk", None, [])],
          ["18 USC 932", "18 USC 922"], "none", None, False, "criminal_investigation", ["photo", "address", "other"],
          "mail")


if __name__ == "__main__":
    import sys
    random.seed(20250611)
    only = set(sys.argv[1:])
    for fn in ALL:
        if not only or fn.__name__ in only:
            fn()
    print("built", len(ALL), "documents into", OUT)
