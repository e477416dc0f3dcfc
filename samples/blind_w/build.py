#!/usr/bin/env python3
"""Build the blind-w sample set (32 request documents + expected labels).

Written by an independent author who never saw the document-reading program.
Run:  /work/main/.venv/bin/python samples/blind_w/build.py
Deterministic: fixed seed, fixed PDF/e-mail metadata.
"""
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY
from email.utils import format_datetime

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, XPreformatted)

rl_config.invariant = 1
SEED = 20250611
OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_w"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

for name, fn in [("DVSans", "DejaVuSans.ttf"), ("DVSans-Bold", "DejaVuSans-Bold.ttf"),
                 ("DVSans-Oblique", "DejaVuSans-Oblique.ttf"),
                 ("DVSerif", "DejaVuSerif.ttf"), ("DVSerif-Bold", "DejaVuSerif-Bold.ttf"),
                 ("DVSerif-Italic", "DejaVuSerif-Italic.ttf"),
                 ("DVMono", "DejaVuSansMono.ttf"), ("DVMono-Bold", "DejaVuSansMono-Bold.ttf"),
                 ("DVCond", "DejaVuSansCondensed.ttf"), ("DVCond-Bold", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
for fam, reg, bold, it in [("DVSans", "DVSans", "DVSans-Bold", "DVSans-Oblique"),
                           ("DVSerif", "DVSerif", "DVSerif-Bold", "DVSerif-Italic"),
                           ("DVMono", "DVMono", "DVMono-Bold", "DVMono"),
                           ("DVCond", "DVCond", "DVCond-Bold", "DVCond")]:
    addMapping(fam, 0, 0, reg)
    addMapping(fam, 1, 0, bold)
    addMapping(fam, 0, 1, it)
    addMapping(fam, 1, 1, bold)

FIXED_PDF_DATE = dt.datetime(2025, 1, 31, 12, 0, 0)


# --------------------------------------------------------------------------------------------
# PDF rendering from a tiny block language
# --------------------------------------------------------------------------------------------
def esc(t):
    t = t.replace("&", "&amp;")
    t = re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group()), t)
    t = re.sub(r"(^|\n) ", lambda m: m.group(1) + "&nbsp;", t)
    return t.replace("\n", "<br/>")


def make_styles(font):
    base = {"sans": "DVSans", "serif": "DVSerif", "cond": "DVCond", "mono": "DVMono"}[font]
    bold = base + "-Bold"
    s = {}
    s["p"] = ParagraphStyle("p", fontName=base, fontSize=10.5, leading=13.6, spaceAfter=6)
    s["pj"] = ParagraphStyle("pj", parent=s["p"], alignment=4)
    s["h"] = ParagraphStyle("h", fontName=bold, fontSize=11, leading=14, spaceAfter=4, spaceBefore=4)
    s["title"] = ParagraphStyle("title", fontName=bold, fontSize=14, leading=18, alignment=1, spaceAfter=4)
    s["bigtitle"] = ParagraphStyle("bt", fontName=bold, fontSize=17, leading=21, alignment=1, spaceAfter=6)
    s["center"] = ParagraphStyle("c", fontName=base, fontSize=10.5, leading=13.5, alignment=1)
    s["centerb"] = ParagraphStyle("cb", fontName=bold, fontSize=11, leading=14, alignment=1)
    s["right"] = ParagraphStyle("r", fontName=base, fontSize=10.5, leading=13.5, alignment=2)
    s["small"] = ParagraphStyle("s", fontName=base, fontSize=8.2, leading=10.2, spaceAfter=4)
    s["cell"] = ParagraphStyle("cell", fontName=base, fontSize=9.2, leading=11.2)
    s["cellb"] = ParagraphStyle("cellb", fontName=bold, fontSize=9.2, leading=11.2)
    s["pre"] = ParagraphStyle("pre", fontName="DVMono", fontSize=9.2, leading=11.6, spaceAfter=6)
    s["lh1"] = ParagraphStyle("lh1", fontName=bold, fontSize=15, leading=19, alignment=1)
    s["lh"] = ParagraphStyle("lh", fontName=base, fontSize=9, leading=11.5, alignment=1)
    return s


def build_flow(blocks, font):
    S = make_styles(font)
    flow = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "pj", "h", "title", "bigtitle", "center", "centerb", "right", "small"):
            flow.append(Paragraph(esc(b[1]), S[kind]))
        elif kind == "pre":
            flow.append(XPreformatted(b[1].replace("&", "&amp;"), S["pre"]))
        elif kind == "sp":
            flow.append(Spacer(1, b[1]))
        elif kind == "hr":
            flow.append(HRFlowable(width="100%", thickness=b[1] if len(b) > 1 else 1, color=colors.black,
                                   spaceBefore=2, spaceAfter=6))
        elif kind == "pb":
            flow.append(PageBreak())
        elif kind == "letterhead":
            lines = b[1]
            flow.append(Paragraph(esc(lines[0]), S["lh1"]))
            for ln in lines[1:]:
                flow.append(Paragraph(esc(ln), S["lh"]))
            flow.append(HRFlowable(width="100%", thickness=1.5, color=colors.black, spaceBefore=4,
                                   spaceAfter=10))
        elif kind == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            header = b[3] if len(b) > 3 else True
            data = []
            for i, row in enumerate(rows):
                st = S["cellb"] if (header and i == 0) else S["cell"]
                data.append([Paragraph(esc(c), st) for c in row])
            t = Table(data, colWidths=[w * inch for w in widths] if widths else None, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
            flow.append(t)
            flow.append(Spacer(1, 8))
        elif kind == "box":
            t = Table([[Paragraph(esc(b[1]), S["cell"])]], colWidths=[6.8 * inch], hAlign="LEFT")
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                                   ("TOPPADDING", (0, 0), (-1, -1), 5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            flow.append(t)
            flow.append(Spacer(1, 8))
        else:
            raise ValueError(kind)
    return flow


def render_pdf(path, blocks, font="sans", footer=None, margin=0.8, title="Document"):
    def on_page(canvas, doc):
        ftxt, first = footer if isinstance(footer, tuple) else (footer, 1)
        if ftxt and doc.page >= first:
            canvas.saveState()
            canvas.setFont("DVSans", 7.5)
            txt = ftxt.replace("{page}", str(doc.page))
            canvas.drawString(margin * inch, 0.45 * inch, txt)
            canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=margin * inch, rightMargin=margin * inch,
                            topMargin=0.7 * inch, bottomMargin=0.75 * inch, title=title,
                            author="", subject="", creator="", producer="")
    doc.build(build_flow(blocks, font), onFirstPage=on_page, onLaterPages=on_page)


def pdf_bytes(blocks, font="sans", footer=None, title="Document"):
    p = os.path.join(TMP, "tmp_attach.pdf")
    render_pdf(p, blocks, font=font, footer=footer, title=title)
    with open(p, "rb") as f:
        return f.read()


# --------------------------------------------------------------------------------------------
# rasterising, scan and fax degradation
# --------------------------------------------------------------------------------------------
def rasterize(pdf_path, dpi):
    d = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-png", pdf_path, os.path.join(d, "pg")], check=True)
    imgs = []
    for fn in sorted(os.listdir(d)):
        im = Image.open(os.path.join(d, fn))
        im.load()
        imgs.append(im.convert("L"))
    shutil.rmtree(d)
    return imgs


def degrade_scan(im, rng, angle, turn=0, grey=228, noise=7.0, quality=55):
    arr = np.asarray(im, dtype=np.float32)
    # grey paper, slightly washed-out ink
    arr = 30.0 + arr * ((grey - 30.0) / 255.0)
    # uneven illumination (vertical gradient)
    h, w = arr.shape
    grad = np.linspace(0, rng.uniform(-14, 10), h, dtype=np.float32)[:, None]
    arr = arr + grad
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    arr = arr + nrng.normal(0, noise, arr.shape).astype(np.float32)
    # a few dust specks
    for _ in range(rng.randrange(20, 60)):
        y, x = rng.randrange(h), rng.randrange(w)
        arr[max(0, y - 1):y + 2, max(0, x - 1):x + 2] = rng.uniform(40, 120)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "L")
    out = out.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=int(grey - 20))
    out = out.filter(ImageFilter.GaussianBlur(0.55))
    if turn:
        out = out.rotate(turn, expand=True)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    res = Image.open(buf)
    res.load()
    return res


def write_scanned(path, blocks, rng, font="serif", footer=None, dpi=200, turns=None, quality=55):
    tmp = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(tmp, blocks, font=font, footer=footer)
    pages = rasterize(tmp, dpi)
    out = []
    for i, pg in enumerate(pages):
        ang = rng.choice([-1, 1]) * rng.uniform(0.5, 1.9)
        turn = (turns or {}).get(i, 0)
        out.append(degrade_scan(pg, rng, ang, turn=turn, quality=quality))
    out[0].save(path, "PDF", save_all=True, append_images=out[1:], resolution=float(dpi),
                creationDate=FIXED_PDF_DATE.timetuple(), modDate=FIXED_PDF_DATE.timetuple(), title="Scan", producer="ScanStation")


def write_fax(path, blocks, rng, header=None, font="sans", footer=None, skew=True):
    tmp = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(tmp, blocks, font=font, footer=footer)
    pages = rasterize(tmp, 200)
    fnt = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 22)
    out = []
    n = len(pages)
    for i, pg in enumerate(pages):
        im = pg
        if skew:
            im = im.rotate(rng.choice([-1, 1]) * rng.uniform(0.2, 0.7), resample=Image.BILINEAR,
                           expand=False, fillcolor=255)
        arr = np.asarray(im, dtype=np.float32)
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        arr = arr + nrng.normal(0, 18, arr.shape).astype(np.float32)
        bw = Image.fromarray(np.where(arr < 150, 0, 255).astype(np.uint8), "L")
        d = ImageDraw.Draw(bw)
        if header:
            d.rectangle([0, 0, bw.width, 40], fill=255)
            d.text((30, 8), header.format(page=i + 1, pages=n), font=fnt, fill=0)
        # sparse speckle and one horizontal streak
        w, h = bw.size
        for _ in range(rng.randrange(150, 400)):
            x, y = rng.randrange(w), rng.randrange(h)
            d.point((x, y), fill=0)
        y = rng.randrange(200, h - 200)
        d.line([(0, y), (w, y)], fill=0, width=1)
        out.append(bw.convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def photo_jpeg(blocks, rng, font="serif", angle=1.6):
    """A phone photo / quick scan of a one-page document, returned as JPEG bytes."""
    tmp = os.path.join(TMP, "photo_src.pdf")
    render_pdf(tmp, blocks, font=font)
    pg = rasterize(tmp, 150)[0]
    im = degrade_scan(pg, rng, angle, grey=215, noise=5.0, quality=60)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=62)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# e-mail helpers
# --------------------------------------------------------------------------------------------
def finish_eml(msg, doc_id):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_%s_part%d_b7c1" % (doc_id, i))
            i += 1
    return msg.as_bytes(policy=DEFAULT_POLICY)


def new_msg(frm, to, subject, date, doc_id, cc=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = "<%s.%s@mail.example-relay.net>" % (doc_id, date.strftime("%Y%m%d%H%M%S"))
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def label(doc_id, fmt, template, requestor, subjects, basis, process, attached, purpose, records, channel):
    ptype, form = process
    ag, agname, person, title, email, phone = requestor
    return {
        "id": doc_id, "family": "blind-w", "format": fmt, "template": template,
        "requestor": {"agency_key": ag, "agency_name": agname, "person": person, "title": title,
                      "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }


DOCS = []


def doc(**kw):
    DOCS.append(kw)
    return kw


# ============================================================================================
# bw01  born-digital letter, Washington police -> Employment Security Dept. (no process)
# ============================================================================================
def b_bw01(path, rng):
    blocks = [
        ("letterhead", ["CITY OF TUMWATER POLICE DEPARTMENT",
                        "Criminal Investigations Division",
                        "1400 Capitol Boulevard SW  •  Tumwater, Washington 98501",
                        "Main (360) 555-0100  •  Investigations (360) 555-0143"]),
        ("p", "October 8, 2024"),
        ("p", "Employment Security Department\nRecords Disclosure Unit\nPO Box 9046\nOlympia, WA 98507-9046"),
        ("p", "<b>RE: Request for employment, wage and claim information\nTPD Case No. 24-0917-THF</b>"),
        ("p", "To the Records Disclosure Unit:"),
        ("pj", "I am the investigating detective on a theft reported to this department on August 2, 2024 by "
               "Cascade Fixture Supply, Inc., 7300 Linderson Way SW, through its controller, Ms. Darlene Whitcomb. "
               "The company alleges that a former warehouse lead diverted copper fittings and fixtures valued well in "
               "excess of $5,000 between March and July of this year. If proven, the conduct constitutes Theft in the "
               "First Degree under RCW 9A.56.030, theft as defined in RCW 9A.56.020(1)(a). A co-worker, Mr. Tomás "
               "Iriarte, has given a recorded witness statement and the company's loss-prevention contractor has "
               "supplied inventory reconciliations."),
        ("pj", "The suspect is identified as follows:"),
        ("table", [["Name", "Date of birth", "WA driver license", "SSN"],
                   ["HAVRYLIUK, Ruslan Petrovych", "11/23/1989", "HAVRYRP542N7", "XXX-XX-4471"]],
         [2.3, 1.2, 1.6, 1.3]),
        ("pj", "Mr. Havryliuk separated from Cascade Fixture Supply on or about July 26, 2024 and his current "
               "whereabouts are unknown. I respectfully request the following for the period January 1, 2024 to "
               "the present:"),
        ("p", "1. The name and address of every employer that has reported wages for him, with the quarterly "
              "wage detail;\n"
              "2. Whether he has filed an initial or continued claim for unemployment benefits and, if so, the "
              "mailing address, residence address, telephone number and e-mail address given on the claim."),
        ("pj", "It is my understanding that the Department may disclose otherwise confidential records to a law "
               "enforcement agency in the circumstances described in RCW 50.13.060 and consistent with the federal "
               "confidentiality rules at 20 C.F.R. Part 603. The information will be used solely for this "
               "investigation and will not be further disclosed except as required in a criminal prosecution."),
        ("pj", "Please contact me if a different form or additional detail is required. Responsive records may be "
               "sent by secure e-mail to the address below."),
        ("sp", 10),
        ("p", "Respectfully,"),
        ("sp", 18),
        ("p", "Brenna O'Halloran, #317\nDetective Sergeant\nTumwater Police Department\n"
              "bohalloran@ci.tumwater.wa.us  |  (360) 555-0143"),
        ("sp", 8),
        ("small", "cc: Kenji Morimoto, Deputy Prosecuting Attorney, Thurston County Prosecuting Attorney's Office\n"
                  "File: 24-0917-THF"),
    ]
    render_pdf(path, blocks, font="serif", footer="TPD-CID Form L-2 (letter)   Page {page}")


doc(id="bw01", fmt="born_digital", ext="pdf", build=b_bw01, label=dict(
    template="WA municipal police detective letter to ESD, theft, wage/claim request",
    requestor=("local-police", "City of Tumwater Police Department", "Brenna O'Halloran", "Detective Sergeant",
               "bohalloran@ci.tumwater.wa.us", "(360) 555-0143"),
    subjects=[("Ruslan Petrovych Havryliuk", "1989-11-23", [("license", "HAVRYRP542N7"), ("ssn_last4", "4471")])],
    basis=["RCW 9A.56.030", "RCW 9A.56.020", "RCW 50.13.060", "20 CFR 603"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["employment", "wages", "claims", "address", "phone", "email"], channel="mail"))


# ============================================================================================
# bw02  e-mail multipart/alternative, Minnesota sheriff -> DVS (no process)
# ============================================================================================
def b_bw02(path, rng):
    text = """Good afternoon,

Dakota County Sheriff's Office is investigating a series of theft-by-swindle
incidents targeting elderly residents in Apple Valley and Eagan (Minn. Stat.
§ 609.52, subd. 2(a)(4)). The victims include Mr. Harold Lindqvist (84) and
Mrs. Evelyn Brandt (79); both were contacted by a man posing as a utility
worker and a woman who collected cash "deposits".

I'm requesting the current DVS record, including the most recent license
photograph, address of record and registered vehicles, for the two
individuals below:

  1. NGUYEN, Thanh Long     DOB 1991-02-14   MN DL N-512-774-309-118
  2. JAMA, Hodan Abdi       DOB 1995-09-30   MN DL J-340-118-562-907

Disclosure to a law enforcement agency carrying out its functions is
permitted by 18 U.S.C. § 2721(b)(1) and Minn. Stat. § 171.12, subd. 7,
and the data remain private under Minn. Stat. § 13.69 in our hands.

Our victim advocate, Pauline Ekstrom, is coordinating with the families,
so please route any questions to me rather than to her.

Thank you,

Sgt. Abdirahman Warsame
Investigations Division | Dakota County Sheriff's Office
1580 Highway 55, Hastings, MN 55033
Desk 651-555-0172 | abdirahman.warsame@co.dakota.mn.us
ICR 24-118765

This e-mail may contain criminal investigative data classified as
confidential or protected nonpublic under Minn. Stat. § 13.82.
"""
    html = "<html><body style='font-family:Calibri,Arial,sans-serif;font-size:11pt'>" + "".join(
        "<p>%s</p>" % para.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
        for para in text.split("\n\n")) + "</body></html>"
    m = new_msg('"Warsame, Abdirahman" <abdirahman.warsame@co.dakota.mn.us>',
                "DVS Law Enforcement Requests <dvs.lerequests@state.mn.us>",
                "DL photo/address request - DCSO ICR 24-118765 - theft by swindle",
                dt.datetime(2024, 9, 17, 14, 22, 5, tzinfo=tz(-5)), "bw02")
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    with open(path, "wb") as f:
        f.write(finish_eml(m, "bw02"))


doc(id="bw02", fmt="eml", ext="eml", build=b_bw02, label=dict(
    template="MN sheriff sergeant e-mail (multipart/alternative) to DVS, two subjects, victims named",
    requestor=("sheriff", "Dakota County Sheriff's Office", "Abdirahman Warsame", "Sergeant, Investigations Division",
               "abdirahman.warsame@co.dakota.mn.us", "651-555-0172"),
    subjects=[("Thanh Long Nguyen", "1991-02-14", [("license", "N512774309118")]),
              ("Hodan Abdi Jama", "1995-09-30", [("license", "J340118562907")])],
    basis=["MN Stat 609.52", "18 USC 2721", "MN Stat 171.12", "MN Stat 13.69", "MN Stat 13.82"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["photo", "address", "vehicle", "license"], channel="email"))


# ============================================================================================
# bw03  scanned: cover letter + Oregon circuit court search warrant for DMV records
# ============================================================================================
def b_bw03(path, rng):
    blocks = [
        ("letterhead", ["GRESHAM POLICE DEPARTMENT",
                        "Investigations Unit — Financial Crimes",
                        "1333 NW Eastman Parkway, Gresham, OR 97030   |   503-555-0118"]),
        ("p", "17 October 2024"),
        ("p", "Oregon Department of Transportation\nDriver and Motor Vehicle Services — Records Section\n"
              "1905 Lana Ave NE\nSalem, OR 97314"),
        ("p", "Re: Search Warrant — GPD Case 24-51877 (Identity Theft)"),
        ("pj", "Enclosed is a search warrant signed by a judge of the Circuit Court for Multnomah County directing "
               "production of DMV records for two persons. The victim in this matter, Mr. Daniel Okafor of Troutdale, "
               "discovered that an Oregon driver license bearing his name but another person's photograph had been "
               "used to open credit accounts. Please deliver the records listed in the warrant to me; a return will be "
               "filed with the court."),
        ("p", "Thank you for your assistance.\n\n\nDet. Marisol Echeverría\nGresham Police Department\n"
              "marisol.echeverria@greshamoregon.gov   503-555-0118"),
        ("pb",),
        ("centerb", "IN THE CIRCUIT COURT OF THE STATE OF OREGON\nFOR THE COUNTY OF MULTNOMAH"),
        ("sp", 6),
        ("title", "SEARCH WARRANT"),
        ("p", "STATE OF OREGON          )\n                                        ) ss.          SW No. 24-SW-3381\n"
              "County of Multnomah       )"),
        ("p", "TO ANY POLICE OFFICER IN THE STATE OF OREGON, GREETINGS:"),
        ("pj", "Upon the affidavit of Detective Marisol Echeverría of the Gresham Police Department, sworn to before "
               "me this day, I find probable cause to believe that evidence of the crimes of Identity Theft, ORS "
               "165.800, and Aggravated Identity Theft, ORS 165.803, is presently located in the records of the "
               "Oregon Department of Transportation, Driver and Motor Vehicle Services Division (DMV), 1905 Lana Ave "
               "NE, Salem, Oregon."),
        ("pj", "YOU ARE HEREBY COMMANDED to search the records of the DMV for the following persons:"),
        ("table", [["Name", "DOB", "OR DL/ID No.", "Notes"],
                   ["GÓMEZ IBARRA, Luis Fernando", "04/17/1984", "7712045", ""],
                   ["KOWALCZYK, Agnieszka Maria", "12/02/1990", "5530981", "formerly NOWAK"]],
         [2.4, 1.0, 1.2, 2.0]),
        ("pj", "and to seize the following: all driver license, permit and identification card applications and "
               "supporting identity documents; all photographs and signature images; every residence and mailing "
               "address of record; and records of all vehicles titled or registered to either person, for the "
               "period January 1, 2019 to the present."),
        ("pj", "The DMV is authorized to release these records to the executing officer under ORS 802.179. This "
               "warrant is issued under ORS 133.525 to 133.703 and shall be executed within five days; the executing "
               "officer shall make return as required by ORS 133.565 and ORS 133.615."),
        ("sp", 8),
        ("p", "Dated and signed at 10:42 a.m. on October 16, 2024."),
        ("sp", 16),
        ("p", "______________________________\nHon. Patricia Van Hollebeke\nCircuit Court Judge"),
    ]
    write_scanned(path, blocks, rng, font="serif", dpi=200, turns={1: 0})


doc(id="bw03", fmt="scanned", ext="pdf", build=b_bw03, label=dict(
    template="OR police cover letter + Multnomah circuit court search warrant for DMV records, scanned",
    requestor=("local-police", "Gresham Police Department", "Marisol Echeverría", "Detective",
               "marisol.echeverria@greshamoregon.gov", "503-555-0118"),
    subjects=[("Luis Fernando Gómez Ibarra", "1984-04-17", [("license", "7712045")]),
              ("Agnieszka Maria Kowalczyk", "1990-12-02", [("license", "5530981")])],
    basis=["ORS 165.800", "ORS 165.803", "ORS 802.179", "ORS 133.525", "ORS 133.703", "ORS 133.565",
           "ORS 133.615"],
    process=("judicial_warrant", None), attached=True, purpose="criminal_investigation",
    records=["license", "identity_documents", "photo", "address", "vehicle"], channel="mail"))


# ============================================================================================
# bw04  fax: ERO cover sheet + I-200 to Wisconsin DOC
# ============================================================================================
def b_bw04(path, rng):
    blocks = [
        ("bigtitle", "FAX TRANSMITTAL"),
        ("center", "U.S. Department of Homeland Security\nU.S. Immigration and Customs Enforcement\n"
                   "Enforcement and Removal Operations — Chicago Field Office, Milwaukee Sub-Office\n"
                   "310 E. Knapp Street, Milwaukee, WI 53202"),
        ("sp", 8),
        ("table", [["TO:", "Wisconsin Department of Corrections — Records Office, Dodge Correctional Institution"],
                   ["FAX:", "(920) 555-0131"],
                   ["FROM:", "Deportation Officer Kyle R. Brandvold"],
                   ["PHONE:", "(414) 555-0137"],
                   ["E-MAIL:", "kyle.r.brandvold@ice.dhs.gov"],
                   ["DATE:", "09/18/2024"],
                   ["PAGES:", "2 (including cover)"]], [1.1, 5.6], False),
        ("h", "RE: Subject in your custody"),
        ("table", [["Name", "DOB", "DOC #", "A-Number"],
                   ["MOHAMED, Abdiqani Yusuf", "06/05/1987", "00712455", "A212 456 789"]], [2.4, 1.2, 1.3, 1.8]),
        ("pj", "Attached please find Form I-200, Warrant for Arrest of Alien, for the above subject. Please provide "
               "this office with the subject's projected release date, current housing unit, any scheduled court "
               "appearances or writs, and the release address on file with the institution. Please notify the "
               "undersigned by telephone prior to any release or transfer."),
        ("sp", 20),
        ("small", "CONFIDENTIALITY NOTICE: This facsimile contains law enforcement sensitive information intended "
                  "only for the addressee. If you have received it in error, notify the sender at the number above "
                  "and destroy all copies."),
        ("pb",),
        ("center", "U.S. DEPARTMENT OF HOMELAND SECURITY"),
        ("title", "WARRANT FOR ARREST OF ALIEN"),
        ("right", "File No. A212 456 789\nDate: 09/16/2024"),
        ("pj", "To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
               "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest "
               "for immigration violations"),
        ("pj", "I have determined that there is probable cause to believe that <b>ABDIQANI YUSUF MOHAMED</b> is "
               "removable from the United States. This determination is based upon:"),
        ("p", "[X] the execution of a charging document to initiate removal proceedings against the subject;\n"
              "[ ] the pendency of ongoing removal proceedings against the subject;\n"
              "[ ] the failure to establish admissibility subsequent to deferred inspection;\n"
              "[X] biometric confirmation of the subject's identity and a records check of federal databases "
              "that affirmatively indicate, by themselves or in addition to other reliable information, that the "
              "subject either lacks immigration status or notwithstanding such status is removable under U.S. "
              "immigration law; and/or\n"
              "[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable "
              "evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding "
              "such status is removable under U.S. immigration law."),
        ("pj", "YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and "
               "Nationality Act, the above-named alien."),
        ("sp", 10),
        ("p", "______________________________________\n(Signature of Authorized Immigration Officer)\n\n"
              "Rachel M. Oyelaran, Supervisory Detention and Deportation Officer\n"
              "(Printed Name and Title of Authorized Immigration Officer)"),
        ("h", "Certificate of Service"),
        ("p", "I hereby certify that the Warrant for Arrest of Alien was served by me at ______________ "
              "on ______________, and the contents of this notice were read to him or her in the ______________ "
              "language.\n\n_____________________________          _____________________________\n"
              "Name and Signature of Officer                       Name or Number of Interpreter (if applicable)"),
    ]
    write_fax(path, blocks, rng, font="sans", footer=("Form I-200 (Rev. 09/16)", 2),
              header="SEP-18-2024 10:26  FROM: ICE ERO MKE   4145550137   TO: 19205550131   P.{page:03d}/{pages:03d}")


doc(id="bw04", fmt="fax", ext="tif", build=b_bw04, label=dict(
    template="ERO fax cover + I-200 to state DOC, release date/address",
    requestor=("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Chicago Field Office, Milwaukee Sub-Office",
               "Kyle R. Brandvold", "Deportation Officer", "kyle.r.brandvold@ice.dhs.gov", "(414) 555-0137"),
    subjects=[("Abdiqani Yusuf Mohamed", "1987-06-05", [("a_number", "A212456789"), ("other", "00712455")])],
    basis=["INA 236", "INA 287", "8 CFR 287"],
    process=("administrative_warrant", "I-200"), attached=True, purpose="civil_immigration",
    records=["other", "address"], channel="fax"))


# ============================================================================================
# bw05  e-mail with I-247A PDF to Georgia DOC
# ============================================================================================
def i247a_blocks(d):
    return [
        ("center", "DEPARTMENT OF HOMELAND SECURITY"),
        ("title", "IMMIGRATION DETAINER – NOTICE OF ACTION"),
        ("table", [["Subject ID: " + d["sid"], "Event #: " + d["event"], "File No: " + d["file"]],
                   ["Date: " + d["date"], "", ""]], [2.2, 2.3, 2.2], False),
        ("table", [["TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)",
                    "FROM: (DHS Office Address)"],
                   [d["to"], d["from"]]], [3.4, 3.3], False),
        ("table", [["Name of Alien:", d["name"]], ["Date of Birth:", d["dob"]], ["Citizenship:", d["cit"]],
                   ["Sex:", d["sex"]]], [1.6, 5.1], False),
        ("h", "1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. "
              "THIS DETERMINATION IS BASED ON (complete box 1 or 2)."),
        ("small", "[X] A final order of removal against the alien;\n"
                  "[ ] The pendency of ongoing removal proceedings against the alien;\n"
                  "[ ] Biometric confirmation of the alien's identity and a records check of federal databases that "
                  "affirmatively indicate, by themselves or in addition to other reliable information, that the alien "
                  "either lacks immigration status or notwithstanding such status is removable under U.S. immigration "
                  "law; and/or\n"
                  "[ ] Statements made by the alien to an immigration officer and/or other reliable evidence that "
                  "affirmatively indicate the alien either lacks immigration status or notwithstanding such status is "
                  "removable under U.S. immigration law."),
        ("small", "2. DHS has issued a Form I-205, Warrant of Removal/Deportation, and transferred the alien to your "
                  "custody for a proceeding or investigation. Upon completion, please return the alien to DHS custody."),
        ("h", "IT IS THEREFORE REQUESTED THAT YOU:"),
        ("small", "• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released "
                  "from your custody. Please notify DHS by calling [X] U.S. Immigration and Customs Enforcement (ICE) "
                  "or [ ] U.S. Customs and Border Protection (CBP) at " + d["phone"] + ". If you cannot reach an "
                  "official at the number(s) provided, please contact the Law Enforcement Support Center at "
                  "(802) 555-0100.\n"
                  "• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she "
                  "would otherwise have been released from your custody to allow DHS to assume custody.\n"
                  "• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.\n"
                  "• Notify this office in the event of the alien's death, hospitalization or transfer to another "
                  "institution."),
        ("small", "This detainer arises from DHS authorities and should not impact decisions about the alien's bail, "
                  "rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or "
                  "other matters. This detainer is issued pursuant to sections 236 and 287 of the Immigration and "
                  "Nationality Act and 8 C.F.R. 287.7."),
        ("sp", 6),
        ("p", "__________________________________\n" + d["officer"] + "\n(Name and title of Immigration Officer)"),
        ("small", "Notice: If the alien may be the victim of a crime or you want the alien to remain in the United "
                  "States for a law enforcement purpose, notify the ICE Law Enforcement Support Center at "
                  "(802) 555-0100."),
    ]


def b_bw05(path, rng):
    d = dict(sid="345776120", event="ATL2410001234", file="A098 765 432", date="10/02/2024",
             to="Georgia Department of Corrections\nOffender Administration — Classification & Release",
             frm=None, name="DE LA CRUZ VALDEZ, JESÚS ANTONIO", dob="02/28/1979", cit="Mexico", sex="M",
             phone="(404) 555-0161", officer="Benjamín Ortega, Deportation Officer")
    d["from"] = "ICE ERO Atlanta Field Office\n180 Ted Turner Dr SW, Atlanta, GA 30303"
    pdf = pdf_bytes(i247a_blocks(d), font="sans", footer="DHS Form I-247A (3/17)   Page {page}")
    body = """Good morning,

Attached please find an Immigration Detainer (DHS Form I-247A) for the inmate
listed below, who is serving a sentence in GDC custody. The Form I-205 was
served when the final order issued and is on file with our office.

   Name:  DE LA CRUZ VALDEZ, Jesús Antonio
   DOB:   02/28/1979
   GDC ID: 1000871223
   A#:    098-765-432

Please lodge the detainer, confirm receipt by reply e-mail, and send us the
tentative release date together with any address and telephone number the
inmate has listed for release or visitation.

Respectfully,

Benjamín Ortega
Deportation Officer
ICE Enforcement and Removal Operations | Atlanta Field Office
Office: (404) 555-0161
benjamin.ortega@ice.dhs.gov

WARNING: This message may contain information that is Law Enforcement
Sensitive (LES) and/or For Official Use Only (FOUO).
"""
    m = new_msg('"Ortega, Benjamín" <benjamin.ortega@ice.dhs.gov>',
                "GDC Offender Records <offender.records@gdc.ga.gov>",
                "I-247A – DE LA CRUZ VALDEZ, Jesús Antonio – GDC ID 1000871223",
                dt.datetime(2024, 10, 2, 8, 51, 40, tzinfo=tz(-4)), "bw05")
    m.set_content(body)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="I-247A_DELACRUZVALDEZ.pdf")
    with open(path, "wb") as f:
        f.write(finish_eml(m, "bw05"))


doc(id="bw05", fmt="eml", ext="eml", build=b_bw05, label=dict(
    template="ERO e-mail with I-247A PDF attached to state corrections",
    requestor=("dhs-ice-ero", "ICE Enforcement and Removal Operations | Atlanta Field Office", "Benjamín Ortega",
               "Deportation Officer", "benjamin.ortega@ice.dhs.gov", "(404) 555-0161"),
    subjects=[("Jesús Antonio de la Cruz Valdez", "1979-02-28",
               [("a_number", "A098765432"), ("other", "1000871223")])],
    basis=["INA 236", "INA 287", "8 CFR 287.7"],
    process=("detainer", "I-247A"), attached=True, purpose="civil_immigration",
    records=["other", "address", "phone"], channel="email"))


# ============================================================================================
# bw06  born-digital: Kings County ADA cover letter + NY Supreme Court order (NY DOL records)
# ============================================================================================
def b_bw06(path, rng):
    blocks = [
        ("letterhead", ["DISTRICT ATTORNEY OF KINGS COUNTY",
                        "350 Jay Street, Brooklyn, New York 11201-2908",
                        "Frauds Bureau  ·  (718) 555-0129"]),
        ("p", "January 9, 2025"),
        ("p", "BY E-MAIL AND FIRST-CLASS MAIL\n\nNew York State Department of Labor\nOffice of Special Investigations — "
              "Subpoena & Court Order Compliance\nBuilding 12, W.A. Harriman State Office Campus\nAlbany, NY 12226"),
        ("p", "Re: <i>People v. Oluwaseun Adebayo-Grant</i>, Ind. No. 71544-2024"),
        ("p", "Dear Compliance Officer:"),
        ("pj", "Enclosed is a so-ordered copy of an Order of the Supreme Court, Kings County, directing the Department "
               "to produce unemployment insurance records relating to the defendant. The defendant is charged with "
               "Grand Larceny in the Second Degree (Penal Law § 155.40) arising from claims filed while he was "
               "employed as a payroll coordinator at Flatlands Home Care Agency; the agency's owner, Ms. Renée "
               "Castellanos-Whyte, is a complaining witness. Please direct the records, with a business-records "
               "certification under CPLR 4518, to my attention. Questions may be directed to Detective Investigator "
               "Harold Quist of this office."),
        ("p", "Very truly yours,\n\n\nMiriam Szczepańska\nAssistant District Attorney\n(718) 555-0129\n"
              "szczepanskam@brooklynda.org"),
        ("pb",),
        ("p", "At IAS Part 14 of the Supreme Court of the State of New York, held in and for the County of Kings, at "
              "the Courthouse located at 320 Jay Street, Brooklyn, New York, on the 7th day of January, 2025."),
        ("p", "P R E S E N T:  HON. GERALD T. FITZSIMMONS, Justice."),
        ("hr",),
        ("p", "THE PEOPLE OF THE STATE OF NEW YORK,\n\n                    — against —\n\n"
              "OLUWASEUN ADEBAYO-GRANT,\n                                                       Defendant."),
        ("right", "Ind. No. 71544-2024\n\n<b>ORDER</b>"),
        ("hr",),
        ("pj", "Upon the annexed affirmation of Assistant District Attorney Miriam Szczepańska, dated January 6, 2025, "
               "and upon all prior proceedings herein, and it appearing that the records described below are relevant "
               "and material to the prosecution of the above-captioned indictment charging violations of Penal Law "
               "§ 155.40(1) and § 175.35 (Offering a False Instrument for Filing in the First Degree), and that the "
               "interests of justice require their production notwithstanding the confidentiality provisions of "
               "Labor Law § 537, it is hereby"),
        ("pj", "<b>ORDERED</b>, pursuant to CPL § 610.20 and Judiciary Law § 2-b(1), that the New York State "
               "Department of Labor shall produce to the District Attorney of Kings County, within twenty-one (21) "
               "days of service of this Order, the following records concerning OLUWASEUN ADEBAYO-GRANT (date of "
               "birth 7 August 1982; Social Security number ending 5126):"),
        ("p", "(a) all claims for unemployment insurance benefits filed from March 1, 2020 to the present, including "
              "claim applications, weekly certifications, the IP addresses and telephone numbers used, and the "
              "mailing and residence addresses given;\n"
              "(b) a history of all benefit payments, with the bank account or debit card to which each was paid; and\n"
              "(c) quarterly wage reports filed by any employer for the same period."),
        ("pj", "<b>ORDERED</b> that the records so produced shall be used solely in connection with this criminal "
               "proceeding and shall not be further disclosed except as required by law; and it is further"),
        ("pj", "<b>ORDERED</b> that service of a copy of this Order by electronic mail shall be good and sufficient."),
        ("sp", 8),
        ("right", "E N T E R :\n\n\n______________________________\nJ. S. C."),
    ]
    render_pdf(path, blocks, font="serif")


doc(id="bw06", fmt="born_digital", ext="pdf", build=b_bw06, label=dict(
    template="Kings County ADA cover letter + NY Supreme Court order to DOL for UI records",
    requestor=("district-attorney", "District Attorney of Kings County", "Miriam Szczepańska",
               "Assistant District Attorney", "szczepanskam@brooklynda.org", "(718) 555-0129"),
    subjects=[("Oluwaseun Adebayo-Grant", "1982-08-07", [("ssn_last4", "5126")])],
    basis=["NY PL 155.40", "NY CPLR 4518", "NY PL 175.35", "NY Labor Law 537", "NY CPL 610.20", "NY Jud Law 2-b"],
    process=("court_order", None), attached=True, purpose="criminal_investigation",
    records=["claims", "benefits", "address", "phone", "wages", "other"], channel="mail"))


# ============================================================================================
# bw07  txt: Georgia DOL web-form submission from a sheriff's investigator
# ============================================================================================
def b_bw07(path, rng):
    text = """GEORGIA DEPARTMENT OF LABOR
Law Enforcement Information Request -- Online Submission (confirmation copy)
------------------------------------------------------------------------------
Submission ID ........ LE-2024-11-00417
Submitted ............ 11/14/2024 09:52 AM (ET)
Routed to ............ Office of General Counsel / Records Disclosure

REQUESTING AGENCY
  Agency name ........ Cobb County Sheriff's Office
  Agency ORI ......... GA0330000
  Requester name ..... Inv. Keisha Danielle Thornton
  Title / rank ....... Investigator, Property Crimes Unit
  E-mail ............. keisha.thornton@cobbcounty.org
  Phone .............. 770-555-0154
  Supervisor ......... Lt. Gerald Means

CASE INFORMATION
  Case / report no. .. 24-089431
  Offense(s) ......... Theft by Taking (O.C.G.A. § 16-8-2); Theft by Deception
                       (O.C.G.A.
                       § 16-8-3)
  Authority cited .... O.C.G.A. § 34-8-126; 20 CFR 603.5

SUBJECT 1
  Last name .......... IBÁÑEZ
  First name ......... Rodrigo
  Middle name ........ Esteban
  Date of birth ...... 1986-05-19
  SSN (last 4) ....... 3308
  Also known as ...... "Rudy" Ibanez
SUBJECT 2 ............ (none entered)

INFORMATION REQUESTED
  [x] Current / last known address
  [x] Employer(s) of record
  [x] Wage history (last 4 quarters)
  [ ] UI claim history
  [ ] Other: ______________________

NARRATIVE (max 1,000 characters)
  Subject operated as an unlicensed remodeling contractor and took deposits
  from at least six homeowners in Marietta and Kennesaw without performing
  work. Victims who have given statements include Gloria Pettiford and
  Marcus Yeboah. Subject's former business partner, Wade Lindholm, says the
  subject now works for a commercial drywall company in Gwinnett County but
  does not know the name. Need employer to locate subject for arrest on
  warrants already obtained in Cobb County Magistrate Court.

CERTIFICATION
  [x] I certify that this request is made in connection with an official
      criminal investigation and that information received will be used only
      for that purpose and safeguarded as required by law.
  Electronic signature: Keisha D. Thornton   11/14/2024
------------------------------------------------------------------------------
Do not reply to this automated message. Questions: records.disclosure@gdol.ga.gov
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


doc(id="bw07", fmt="txt", ext="txt", build=b_bw07, label=dict(
    template="GA DOL law-enforcement web-form confirmation, sheriff investigator, one subject with a.k.a.",
    requestor=("sheriff", "Cobb County Sheriff's Office", "Keisha Danielle Thornton",
               "Investigator, Property Crimes Unit", "keisha.thornton@cobbcounty.org", "770-555-0154"),
    subjects=[("Rodrigo Esteban Ibáñez", "1986-05-19", [("ssn_last4", "3308")])],
    basis=["OCGA 16-8-2", "OCGA 16-8-3", "OCGA 34-8-126", "20 CFR 603.5"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["address", "employment", "wages"], channel="email"))


# ============================================================================================
# bw08  scanned: Middlesex DA cover letter + state grand jury subpoena to DUA
# ============================================================================================
def b_bw08(path, rng):
    blocks = [
        ("letterhead", ["COMMONWEALTH OF MASSACHUSETTS",
                        "OFFICE OF THE MIDDLESEX DISTRICT ATTORNEY",
                        "15 Commonwealth Avenue, Woburn, MA 01801",
                        "Economic Crimes Unit  ·  Tel. 781-555-0190"]),
        ("p", "November 12, 2024"),
        ("p", "Keeper of Records\nDepartment of Unemployment Assistance — Legal Department\n"
              "Charles F. Hurley Building, 19 Staniford Street\nBoston, MA 02114"),
        ("p", "Re: Grand Jury Subpoena — Middlesex Grand Jury No. 2024-117"),
        ("pj", "Dear Keeper of Records: Enclosed please find a subpoena issued on behalf of a Middlesex County grand "
               "jury presently investigating larceny over $1,200 (G.L. c. 266, § 30) and identity fraud "
               "(G.L. c. 266, § 37E) in connection with unemployment claims filed in the names of at least fourteen "
               "residents of Lowell and Framingham. Disclosure to this office is authorized by M.G.L. c. 151A, "
               "§ 46(a) and (b)."),
        ("pj", "In lieu of personal appearance, you may comply by delivering certified copies of the records to "
               "Trooper Daniel Ferreira of the Massachusetts State Police Detective Unit assigned to this office, on "
               "or before the return date. Grand jury proceedings are secret; please do not disclose the existence "
               "of this subpoena to the persons named."),
        ("p", "Sincerely,\n\n\nSiobhan Keane-Moreau\nAssistant District Attorney\nsiobhan.keane-moreau@mass.gov"),
        ("pb",),
        ("centerb", "COMMONWEALTH OF MASSACHUSETTS"),
        ("p", "MIDDLESEX, ss.                                                             SUPERIOR COURT\n"
              "                                                                                  GRAND JURY"),
        ("title", "SUBPOENA FOR THE PRODUCTION OF DOCUMENTS\n(DUCES TECUM)"),
        ("p", "To: Keeper of Records, Department of Unemployment Assistance, 19 Staniford Street, Boston, MA"),
        ("pj", "GREETINGS: You are hereby commanded, in the name of the Commonwealth of Massachusetts, to appear "
               "before the Grand Jury for the County of Middlesex, at the Superior Court, 200 Trade Center, Woburn, "
               "on <b>December 3, 2024 at 9:00 AM</b>, and from day to day thereafter until the action is heard by "
               "said Grand Jury, to give evidence of what you know relating to a matter then and there to be "
               "inquired into, and to bring with you:"),
        ("pj", "All records of claims for unemployment benefits (including Pandemic Unemployment Assistance) filed "
               "by or in the name of the persons listed below from March 1, 2020 to the present: claim applications, "
               "addresses, telephone numbers and e-mail addresses of record, IP address logs, payment histories, "
               "bank accounts or debit cards to which payments were made, and all quarterly wage records reported "
               "by employers:"),
        ("table", [["Name", "Date of Birth", "SSN (last 4)"],
                   ["VŨ, Thị Hồng Nhung", "01/11/1993", "0742"],
                   ["CARVALHO, Edson Luiz", "10/03/1988", "5519"]], [3.0, 1.6, 1.4]),
        ("pj", "Hereof fail not, as you will answer your default under the pains and penalties in the law in that "
               "behalf made and provided. This subpoena is issued pursuant to G.L. c. 277, § 68 and "
               "Mass. R. Crim. P. 17(a)(2)."),
        ("p", "Dated at Woburn, November 8, 2024."),
        ("sp", 10),
        ("p", "Requested by: Siobhan Keane-Moreau, Assistant District Attorney\n\n"
              "______________________________\nAttest: Maureen T. Galvin-Lacroix\nClerk of Courts"),
    ]
    write_scanned(path, blocks, rng, font="serif", dpi=200, turns={1: 90})


doc(id="bw08", fmt="scanned", ext="pdf", build=b_bw08, label=dict(
    template="Middlesex DA cover letter + MA state grand jury subpoena duces tecum to DUA, scanned (p2 turned 90°)",
    requestor=("district-attorney", "Office of the Middlesex District Attorney", "Siobhan Keane-Moreau",
               "Assistant District Attorney", "siobhan.keane-moreau@mass.gov", "781-555-0190"),
    subjects=[("Thị Hồng Nhung Vũ", "1993-01-11", [("ssn_last4", "0742")]),
              ("Edson Luiz Carvalho", "1988-10-03", [("ssn_last4", "5519")])],
    basis=["MGL 266-30", "MGL 266-37E", "MGL 151A-46", "MGL 277-68", "MA CrimP 17"],
    process=("grand_jury_subpoena", None), attached=True, purpose="criminal_investigation",
    records=["claims", "benefits", "address", "phone", "email", "wages", "other"], channel="mail"))


# ============================================================================================
# bw09  born-digital: DEA cover letter + 21 USC 876 administrative subpoena to NM MVD
# ============================================================================================
def b_bw09(path, rng):
    blocks = [
        ("letterhead", ["U.S. Department of Justice", "Drug Enforcement Administration",
                        "Albuquerque District Office  ·  2660 Fritts Crossing SE  ·  Albuquerque, New Mexico 87106"]),
        ("right", "www.dea.gov"),
        ("p", "December 4, 2024"),
        ("p", "Custodian of Records\nNew Mexico Taxation and Revenue Department — Motor Vehicle Division\n"
              "Joseph M. Montoya Building, 1100 South St. Francis Drive\nSanta Fe, NM 87504"),
        ("p", "Dear Custodian:"),
        ("pj", "The Drug Enforcement Administration is conducting a criminal investigation into the distribution of "
               "fentanyl and methamphetamine in the Albuquerque and Española areas, in violation of Title 21, "
               "United States Code, Sections 841(a)(1) and 846, and of the New Mexico Controlled Substances Act "
               "(NMSA 1978, § 30-31-20). The enclosed subpoena requests Motor Vehicle Division records for two "
               "individuals. Release of driver and vehicle records to a law enforcement agency is permitted by "
               "18 U.S.C. § 2721(b)(1) and NMSA 1978, § 66-2-7.1."),
        ("pj", "You may comply by mailing certified copies or by sending them electronically to the undersigned. "
               "Please do not notify the named persons; disclosure could impede the investigation."),
        ("p", "Sincerely,\n\n\nAna Lucía Benavídez\nSpecial Agent, Group 3\n(505) 555-0176\nana.l.benavidez@dea.gov"),
        ("pb",),
        ("center", "UNITED STATES DEPARTMENT OF JUSTICE\nDRUG ENFORCEMENT ADMINISTRATION"),
        ("bigtitle", "SUBPOENA"),
        ("table", [["Case Number: R3-24-0187", "Subpoena No.: ABQ-25-00311"],
                   ["File Title: MONTOYA-CHÁVEZ, Efraín et al.", "G-DEP Identifier: XHQ1C"]], [3.4, 3.3], False),
        ("p", "TO: Custodian of Records, New Mexico Motor Vehicle Division, 1100 South St. Francis Drive, Santa Fe, "
              "NM 87504"),
        ("pj", "By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to appear before Special Agent Ana "
               "Lucía Benavídez, an officer of the Drug Enforcement Administration, at 2660 Fritts Crossing SE, "
               "Albuquerque, NM 87106, on the 20th day of December, 2024, at 10:00 a.m., to testify and give "
               "information in connection with an investigation relating to the enforcement of the Controlled "
               "Substances Act, 21 U.S.C. § 801 et seq., and to bring with you and produce the following:"),
        ("table", [["#", "Name", "DOB", "NM DL", "Records"],
                   ["1", "MONTOYA-CHÁVEZ, Efraín", "3 Mar 1980", "502118843",
                    "Driver license history, application, digital photograph, all addresses, all vehicles registered "
                    "or titled, 01/01/2021 – present"],
                   ["2", "YBARRA, Rosalinda (a.k.a. \"Rosie\")", "21 Jul 1992", "unknown",
                    "Same as above; also any identification card record"]],
         [0.3, 1.9, 0.9, 1.0, 2.6]),
        ("pj", "In lieu of appearance, the records may be mailed or delivered electronically to the Special Agent "
               "named above on or before the return date."),
        ("pj", "This subpoena is issued pursuant to Section 506 of Public Law 91-513 (21 U.S.C. § 876). Failure to "
               "comply with this subpoena may result in the Attorney General invoking the aid of a United States "
               "District Court to compel compliance, as provided in 21 U.S.C. § 876(c). You are requested not to "
               "disclose the existence of this subpoena; any such disclosure could impede the investigation being "
               "conducted and thereby interfere with the enforcement of federal law."),
        ("sp", 8),
        ("table", [["Issued by: /s/ Roberto J. Kessler", "Title: Group Supervisor, Albuquerque District Office",
                    "Date: 12/04/2024"]], [2.6, 2.9, 1.2], False),
        ("small", "DEA Administrative Subpoena — Records Only. Contact the requesting agent at (505) 555-0176."),
    ]
    render_pdf(path, blocks, font="sans", footer=("DEA Subpoena ABQ-25-00311", 2))


doc(id="bw09", fmt="born_digital", ext="pdf", build=b_bw09, label=dict(
    template="DEA cover letter + 21 USC 876 administrative subpoena to state MVD, two subjects",
    requestor=("doj-dea", "Drug Enforcement Administration, Albuquerque District Office", "Ana Lucía Benavídez",
               "Special Agent, Group 3", "ana.l.benavidez@dea.gov", "(505) 555-0176"),
    subjects=[("Efraín Montoya-Chávez", "1980-03-03", [("license", "502118843")]),
              ("Rosalinda Ybarra", "1992-07-21", [])],
    basis=["21 USC 841", "21 USC 846", "NMSA 30-31-20", "18 USC 2721", "NMSA 66-2-7.1", "21 USC 801",
           "PL 91-513", "21 USC 876"],
    process=("administrative_subpoena", None), attached=True, purpose="criminal_investigation",
    records=["license", "identity_documents", "photo", "address", "vehicle"], channel="mail"))


# ============================================================================================
# bw10  fax: Aurora (IL) police request form to IDES, two subjects in a table
# ============================================================================================
def b_bw10(path, rng):
    blocks = [
        ("letterhead", ["AURORA POLICE DEPARTMENT", "Investigations Division — Financial Crimes",
                        "1200 E. Indian Trail, Aurora, Illinois 60505  ·  Fax 630-555-0103"]),
        ("title", "REQUEST FOR RECORDS FROM OUTSIDE AGENCY"),
        ("table", [["To agency:", "Illinois Department of Employment Security — Benefit Payment Control / Records"],
                   ["Attention:", "Law Enforcement Liaison"],
                   ["Fax:", "312-555-0199"],
                   ["RD number:", "24-041877"],
                   ["Offense(s):", "Theft (720 ILCS 5/16-1); Identity Theft (720 ILCS 5/16-30)"],
                   ["Requesting officer:", "Det. Grzegorz Wiśniewski  #1187"],
                   ["Phone / e-mail:", "630-555-0102  /  gwisniewski@aurora-il.org"],
                   ["Date:", "21 Nov 2024"]], [1.6, 5.1], False),
        ("h", "SUBJECT(S)"),
        ("table", [["Last", "First", "Middle", "DOB", "SSN (last 4)"],
                   ["OKONKWO-BELL", "Chidinma", "R.", "06/14/1990", "2207"],
                   ["SALAZAR DE LEÓN", "Héctor", "—", "01/05/1985", "9014"]], [1.7, 1.2, 0.8, 1.3, 1.2]),
        ("h", "INFORMATION REQUESTED"),
        ("p", "☒ Current employer(s) and employer address\n☒ Quarterly wage records, 2023 Q1 through 2024 Q3\n"
              "☒ UI claim status and mailing address on claim\n☐ Other: ____________________"),
        ("h", "BRIEF SYNOPSIS"),
        ("pj", "Westfield Dental Group reported (office manager Linda Cho-Rasmussen) that two former front-desk "
               "employees diverted patient co-payments and used patient identities to open store credit accounts. "
               "Both subjects left the practice in August 2024. Employer information is needed to locate and "
               "interview the subjects."),
        ("h", "AUTHORITY"),
        ("pj", "Disclosure to a law enforcement agency for a criminal investigation is requested under "
               "820 ILCS 405/1900. Information will be maintained as confidential and used only for this "
               "investigation."),
        ("sp", 12),
        ("p", "Officer signature: ______________________       Supervisor approval: Sgt. Lorraine Baptiste #904"),
        ("small", "APD Form INV-114 (rev. 2022). This transmission contains confidential law enforcement information."),
    ]
    write_fax(path, blocks, rng, font="sans",
              header="NOV-21-2024 14:07  AURORA PD INVESTIGATIONS  630 555 0103  ->  312 555 0199   P.{page}/{pages}")


doc(id="bw10", fmt="fax", ext="tif", build=b_bw10, label=dict(
    template="IL municipal police faxed outside-agency request form to IDES, two subjects table",
    requestor=("local-police", "Aurora Police Department", "Grzegorz Wiśniewski", "Detective",
               "gwisniewski@aurora-il.org", "630-555-0102"),
    subjects=[("Chidinma R. Okonkwo-Bell", "1990-06-14", [("ssn_last4", "2207")]),
              ("Héctor Salazar de León", "1985-01-05", [("ssn_last4", "9014")])],
    basis=["720 ILCS 5/16-1", "720 ILCS 5/16-30", "820 ILCS 405/1900"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["employment", "wages", "claims", "address"], channel="fax"))


# ============================================================================================
# bw11  e-mail HTML-only with NJ Superior Court subpoena duces tecum PDF (Assistant Prosecutor)
# ============================================================================================
def b_bw11(path, rng):
    sub = [
        ("centerb", "SUPERIOR COURT OF NEW JERSEY\nLAW DIVISION — CRIMINAL PART\nCAMDEN COUNTY"),
        ("sp", 6),
        ("table", [["STATE OF NEW JERSEY,\n          Plaintiff,\n     v.\nPIOTR J. KOWALSKI and\nDARIUSZ ZIELIŃSKI,\n"
                    "          Defendants.",
                    "Indictment No. 24-06-01122-I\n\nCRIMINAL ACTION\n\nSUBPOENA DUCES TECUM\n(R. 1:9-1; R. 1:9-2)"]],
         [3.4, 3.3], False),
        ("p", "THE STATE OF NEW JERSEY, to:\nCustodian of Records\nNew Jersey Motor Vehicle Commission — "
              "Legal & Regulatory Affairs\n225 East State Street, Trenton, NJ 08666"),
        ("pj", "YOU ARE HEREBY COMMANDED to appear before the Superior Court of New Jersey, Law Division, Criminal "
               "Part, at the Hall of Justice, 101 South 5th Street, Camden, New Jersey, on <b>February 3, 2025 at "
               "9:00 a.m.</b>, to testify on behalf of the State in the above-entitled action, and to bring with "
               "you certified copies of the following:"),
        ("p", "1. Complete driver history abstract, license/permit application records and all digital photographs "
              "for KOWALSKI, Piotr J., DOB 05/09/1977, NJ DL K6124 38115 05771;\n"
              "2. Same for ZIELIŃSKI, Dariusz, DOB 12/30/1983, NJ DL Z3041 72664 12831;\n"
              "3. Address history and all vehicle registration and title records for both persons, "
              "January 1, 2022 to present."),
        ("pj", "Production of the records to the Camden County Prosecutor's Office on or before the return date, "
               "with a certification of the custodian, will be accepted in lieu of personal appearance."),
        ("pj", "Failure to appear according to the command of this subpoena will subject you to a penalty and to "
               "punishment for contempt of court."),
        ("sp", 8),
        ("table", [["/s/ Michelle R. Abernathy\nClerk of the Superior Court", "Issued by:\n/s/ Nadia Haddad-Rivera\n"
                    "Assistant Prosecutor, Attorney ID 031122015\nCamden County Prosecutor's Office\n"
                    "25 North Fifth Street, Camden, NJ 08102\n856-555-0140  ·  nhaddad@camdencountypros.org"]],
         [3.0, 3.7], False),
        ("p", "Dated: December 19, 2024"),
    ]
    pdf = pdf_bytes(sub, font="serif", footer="Revised 09/2019, CN 10151 — Subpoena Duces Tecum (Criminal)")
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Good afternoon,</p>
<p>Please see the attached subpoena duces tecum issued in <i>State of New Jersey v. Piotr J. Kowalski and
Dariusz Zieli&#324;ski</i>, Indictment No. 24-06-01122-I, which charges theft by deception,
<b>N.J.S.A.&nbsp;2C:20-4</b>, and theft by unlawful taking, <b>N.J.S.A.&nbsp;2C:20-3</b>, arising from the
sale of vehicles with altered titles to buyers in Cherry Hill and Pennsauken.</p>
<p>The subpoena asks for certified license abstracts, photographs, address history and registration/title
history for both defendants. My understanding is that MVC may release these records to us under
N.J.S.A.&nbsp;39:2-3.4(c)(1) and the federal Driver's Privacy Protection Act, 18 U.S.C. &sect;&nbsp;2721(b)(1).</p>
<p>Detective Lieutenant Marcus Oyelowo of our Financial Crimes Unit can pick up the records in Trenton if that is
easier for your staff. Trial is currently listed for February 3.</p>
<p>Thank you,</p>
<p><b>Nadia Haddad-Rivera</b><br>Assistant Prosecutor | Financial Crimes Unit<br>
Camden County Prosecutor's Office<br>25 North Fifth Street, Camden, NJ 08102<br>
Tel. 856-555-0140<br><a href="mailto:nhaddad@camdencountypros.org">nhaddad@camdencountypros.org</a></p>
<p style="font-size:8pt;color:#666">CONFIDENTIALITY NOTICE: The information contained in this e-mail and any
attachments is confidential and may be privileged. If you are not the intended recipient, please notify the sender
and delete this message.</p>
</body></html>"""
    m = new_msg('"Nadia Haddad-Rivera" <nhaddad@camdencountypros.org>',
                "MVC Legal Subpoenas <mvc.subpoenas@mvc.nj.gov>",
                "Subpoena Duces Tecum - State v. Kowalski et al. - Ind. 24-06-01122-I",
                dt.datetime(2024, 12, 19, 15, 4, 12, tzinfo=tz(-5)), "bw11",
                cc="Marcus Oyelowo <moyelowo@camdencountypros.org>")
    m.set_content(html, subtype="html")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="SDT_MVC_Kowalski_Zielinski.pdf")
    with open(path, "wb") as f:
        f.write(finish_eml(m, "bw11"))


doc(id="bw11", fmt="eml", ext="eml", build=b_bw11, label=dict(
    template="NJ Assistant Prosecutor HTML-only e-mail with Superior Court criminal subpoena duces tecum PDF to MVC",
    requestor=("district-attorney", "Camden County Prosecutor's Office", "Nadia Haddad-Rivera",
               "Assistant Prosecutor", "nhaddad@camdencountypros.org", "856-555-0140"),
    subjects=[("Piotr J. Kowalski", "1977-05-09", [("license", "K61243811505771")]),
              ("Dariusz Zieliński", "1983-12-30", [("license", "Z30417266412831")])],
    basis=["NJSA 2C:20-4", "NJSA 2C:20-3", "NJSA 39:2-3.4", "18 USC 2721", "NJ R 1:9-1", "NJ R 1:9-2"],
    process=("court_subpoena", None), attached=True, purpose="criminal_investigation",
    records=["license", "photo", "address", "vehicle", "identity_documents"], channel="email"))


# ============================================================================================
# bw12  scanned: Tennessee sheriff letter to TN DLWD (no process)
# ============================================================================================
def b_bw12(path, rng):
    blocks = [
        ("letterhead", ["KNOX COUNTY SHERIFF'S OFFICE", "Criminal Investigations Division",
                        "400 Main Street, Suite 283  ·  Knoxville, Tennessee 37902  ·  (865) 555-0188"]),
        ("p", "December 2, 2024"),
        ("p", "Tennessee Department of Labor and Workforce Development\nOffice of General Counsel — Records\n"
              "220 French Landing Drive\nNashville, TN 37243"),
        ("p", "<b>Re: Request for employment and wage information — KCSO Case #2024-117403</b>"),
        ("p", "To Whom It May Concern:"),
        ("pj", "I am investigating the theft of catalytic converters, copper wire and a skid-steer loader, "
               "with a combined value over $10,000, from Smoky Ridge Auto Salvage in Powell, Tennessee. The owner, "
               "Mr. William \"Bud\" Tolliver, reported the thefts in September. The offense is theft of property as "
               "defined in Tenn. Code Ann. § 39-14-103, graded as a Class C felony under § 39-14-105(a)(4)."),
        ("pj", "Our suspect is a former yard employee:"),
        ("p", "      SOKOLOV, Dmitri Aleksandrovich\n      a.k.a. \"Dima Sokol\"\n      DOB: 9 January 1979\n"
              "      SSN: XXX-XX-6620"),
        ("pj", "A witness, Ms. Crystal Vance, told investigators that Mr. Sokolov is now working for a roofing "
               "contractor in Blount or Sevier County, but we have been unable to identify the employer. I request "
               "the name and address of any employer that has reported wages under his Social Security number since "
               "April 1, 2024, the wages reported, and the address and telephone number listed on any unemployment "
               "claim he has filed."),
        ("pj", "I understand the Department may disclose this information to law enforcement under Tenn. Code Ann. "
               "§ 50-7-701(b). Please contact me with any questions."),
        ("p", "Respectfully,\n\n\nDet. Ruth Ann Pickering\nCriminal Investigations Division\n(865) 555-0188\n"
              "rpickering@knoxsheriff.org"),
        ("small", "cc: Owen Blevins, Assistant District Attorney General, 6th Judicial District"),
    ]
    write_scanned(path, blocks, rng, font="serif", dpi=220)


doc(id="bw12", fmt="scanned", ext="pdf", build=b_bw12, label=dict(
    template="TN sheriff detective letter to labor dept, scanned, subject with a.k.a., victim and witness named",
    requestor=("sheriff", "Knox County Sheriff's Office", "Ruth Ann Pickering", "Detective",
               "rpickering@knoxsheriff.org", "(865) 555-0188"),
    subjects=[("Dmitri Aleksandrovich Sokolov", "1979-01-09", [("ssn_last4", "6620")])],
    basis=["TCA 39-14-103", "TCA 39-14-105", "TCA 50-7-701"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["employment", "wages", "address", "phone", "claims"], channel="mail"))


# ============================================================================================
# bw13  born-digital: ERO Denver cover letter + I-138 Immigration Enforcement Subpoena to CO DMV
# ============================================================================================
def b_bw13(path, rng):
    blocks = [
        ("p", "<b>U.S. Department of Homeland Security</b>\nU.S. Immigration and Customs Enforcement\n"
              "Enforcement and Removal Operations\nDenver Field Office\n12445 East Caley Avenue\n"
              "Centennial, CO 80111"),
        ("right", "February 3, 2025"),
        ("p", "Colorado Department of Revenue\nDivision of Motor Vehicles — Driver Records\n"
              "1881 Pierce Street\nLakewood, CO 80214"),
        ("p", "Subject: Immigration Enforcement Subpoena DEN-2025-0193"),
        ("pj", "Please find enclosed an Immigration Enforcement Subpoena (DHS Form I-138) requesting records "
               "maintained by your office concerning the individual named therein. Please provide the driver license "
               "or identification card application, the most recent photograph, all addresses of record and any "
               "vehicle registrations on or before February 18, 2025. Records may be e-mailed to the officer below."),
        ("pj", "Thank you for your cooperation."),
        ("p", "\n\nTravis J. Lindgren\nDeportation Officer\nTel. 720-555-0150\ntravis.j.lindgren@ice.dhs.gov"),
        ("pb",),
        ("right", "OMB No. 1653-0048"),
        ("center", "DEPARTMENT OF HOMELAND SECURITY"),
        ("bigtitle", "IMMIGRATION ENFORCEMENT SUBPOENA"),
        ("center", "To Appear and/or Produce Records"),
        ("table", [["Subpoena No.: DEN-2025-0193", "File No.: A205 118 640"],
                   ["In the Matter of: SÁNCHEZ OLMEDO, Wilmer Josué", "DOB: 11/02/1996"]], [3.4, 3.3], False),
        ("p", "To: Custodian of Records, Colorado Division of Motor Vehicles, 1881 Pierce Street, Lakewood, CO 80214"),
        ("pj", "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before the Department "
               "of Homeland Security officer named below, at the place, date and time specified, to give testimony "
               "and/or to produce the records or items described below, in connection with an investigation or "
               "inquiry relating to the enforcement of the immigration laws of the United States, namely the "
               "determination of the admissibility to, or removability from, the United States of the person named "
               "above."),
        ("table", [["Officer: Travis J. Lindgren, Deportation Officer", "Date/Time: 02/18/2025  9:00 AM"],
                   ["Place: 12445 E. Caley Ave., Centennial, CO 80111", "Tel.: 720-555-0150"]], [3.4, 3.3], False),
        ("pj", "Records to be produced: Colorado driver license / ID card applications and supporting documents, "
               "most recent digital photograph, all residential and mailing addresses of record, and all vehicles "
               "registered to the person named above (Colorado DL 22-148-9937), from January 1, 2022 to present."),
        ("pj", "This subpoena is issued pursuant to section 235(d)(4) of the Immigration and Nationality Act, "
               "8 U.S.C. § 1225(d)(4), and 8 C.F.R. § 287.4. In the event of your failure to comply with this "
               "subpoena, the Department of Homeland Security may apply to a United States District Court for an "
               "order compelling compliance, and failure to obey such an order may be punished by the court as a "
               "contempt thereof."),
        ("sp", 8),
        ("table", [["Signature of Issuing Officer:\n/s/ Gloria N. Estrada-Wills",
                    "Name and Title:\nGloria N. Estrada-Wills\nActing Field Office Director",
                    "Date Issued:\n02/03/2025"]], [2.4, 2.9, 1.4], False),
        ("h", "CERTIFICATE OF SERVICE"),
        ("small", "This subpoena was served on ______________ (date) by [ ] personal service [ ] certified mail "
                  "[X] e-mail to the custodian named above.   Served by: ______________________"),
    ]
    render_pdf(path, blocks, font="sans", footer=("Form I-138 (Rev. 04/21)", 2))


doc(id="bw13", fmt="born_digital", ext="pdf", build=b_bw13, label=dict(
    template="ERO cover letter + DHS I-138 Immigration Enforcement Subpoena to state DMV",
    requestor=("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
               "Travis J. Lindgren", "Deportation Officer", "travis.j.lindgren@ice.dhs.gov", "720-555-0150"),
    subjects=[("Wilmer Josué Sánchez Olmedo", "1996-11-02",
               [("a_number", "A205118640"), ("license", "221489937")])],
    basis=["INA 235", "8 USC 1225", "8 CFR 287.4"],
    process=("administrative_subpoena", "I-138"), attached=True, purpose="civil_immigration",
    records=["license", "identity_documents", "photo", "address", "vehicle"], channel="mail"))


# ============================================================================================
# bw14  e-mail plain text: FBI agent to Mississippi DHS, three subjects, landlord/analyst named
# ============================================================================================
def b_bw14(path, rng):
    body = """Ms. Carraway,

Thanks for taking my call this morning. As discussed, the FBI Jackson Field
Office is investigating a scheme involving fraudulent benefit applications
filed between 2021 and 2023 (wire fraud, 18 U.S.C. § 1343; theft of
government funds, 18 U.S.C. § 641). The Hinds County District Attorney is
also considering state charges under Miss. Code Ann. § 97-19-39 (false
pretenses). The matter was referred by your program integrity analyst,
Jerome Batiste.

Could you check whether the following individuals received SNAP or TANF
benefits from MDHS, and send their addresses and telephone numbers of record
and their EBT card issuance/replacement history:

  - Tavares Deshon Whitfield, DOB 1988-04-27
  - LaToya R. Whitfield (maiden name Crump), DOB 1990-12-15
  - Abdullahi Nur Hirsi, DOB 1979-08-08

The Whitfields' former landlord, Ms. Opal Dearing, has already confirmed
they left the Pearl address in 2023, so an older address alone won't help us.

My understanding is that MDHS may disclose this information to federal law
enforcement under 7 U.S.C. 2020(e)(8) and 7 CFR 272.1(c). If you need a
formal letter or a subpoena instead, let me know and I'll get one started.

Thank you,

Ingrid M. Perez
Special Agent
Federal Bureau of Investigation - Jackson Field Office
1220 Echelon Parkway, Jackson, MS 39213
Office: 601-555-0147
imperez@fbi.gov
"""
    m = new_msg('"Perez, Ingrid M. (JN) (FBI)" <imperez@fbi.gov>',
                '"Carraway, Denise" <denise.carraway@mdhs.ms.gov>',
                "Request for information - 3 individuals (FBI JN)",
                dt.datetime(2024, 8, 27, 11, 18, 55, tzinfo=tz(-5)), "bw14")
    m.set_content(body)
    with open(path, "wb") as f:
        f.write(finish_eml(m, "bw14"))


doc(id="bw14", fmt="eml", ext="eml", build=b_bw14, label=dict(
    template="FBI special agent plain-text e-mail to state human services, three subjects, maiden name",
    requestor=("doj-fbi", "Federal Bureau of Investigation - Jackson Field Office", "Ingrid M. Perez",
               "Special Agent", "imperez@fbi.gov", "601-555-0147"),
    subjects=[("Tavares Deshon Whitfield", "1988-04-27", []),
              ("LaToya R. Whitfield", "1990-12-15", []),
              ("Abdullahi Nur Hirsi", "1979-08-08", [])],
    basis=["18 USC 1343", "18 USC 641", "MS Code 97-19-39", "7 USC 2020", "7 CFR 272.1"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["benefits", "address", "phone", "other"], channel="email"))


# ============================================================================================
# bw15  fax: ERO cover + I-247D detainer to Colorado DOC
# ============================================================================================
def b_bw15(path, rng):
    blocks = [
        ("title", "FACSIMILE COVER SHEET"),
        ("center", "DHS / ICE / Enforcement and Removal Operations\nDenver Field Office — Detainer Unit"),
        ("sp", 8),
        ("pre", "DATE:      January 14, 2025\n"
                "TO:        Colorado Department of Corrections, Offender Records\n"
                "           Sterling Correctional Facility\n"
                "FAX:       970-555-0108\n"
                "FROM:      Yesenia Cárdenas-Holt, Deportation Officer\n"
                "PHONE:     303-555-0164\n"
                "E-MAIL:    yesenia.cardenas-holt@ice.dhs.gov\n"
                "PAGES:     3 (incl. cover)"),
        ("h", "MESSAGE:"),
        ("pj", "Please find attached an Immigration Detainer – Request for Voluntary Action (DHS Form I-247D) for "
               "HOANG, Minh Duc, CDOC #183776, DOB 07/19/1985. Please advise this office of the inmate's "
               "mandatory release / parole eligibility date and the address on the parole plan, and notify us "
               "at least 48 hours before release."),
        ("sp", 30),
        ("small", "The documents accompanying this facsimile transmission may contain information which is law "
                  "enforcement sensitive. If you are not the intended recipient, you are hereby notified that any "
                  "disclosure, copying, distribution or use is strictly prohibited."),
        ("pb",),
        ("center", "DEPARTMENT OF HOMELAND SECURITY"),
        ("title", "IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION"),
        ("table", [["Subject ID: 412 006 873", "Event #: DEN2501000377", "File No: A078 214 559"],
                   ["Date: 01/14/2025", "", ""]], [2.2, 2.3, 2.2], False),
        ("table", [["TO: Colorado Department of Corrections\nSterling Correctional Facility\n12101 Highway 61, "
                    "Sterling, CO 80751",
                    "FROM: ICE Denver Field Office\n12445 E. Caley Ave.\nCentennial, CO 80111"]], [3.4, 3.3], False),
        ("table", [["Name of Alien:", "HOANG, MINH DUC"], ["Date of Birth:", "07/19/1985"],
                   ["Citizenship:", "Vietnam"], ["Sex:", "M"]], [1.6, 5.1], False),
        ("h", "DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. "
              "THIS DETERMINATION IS BASED ON:"),
        ("small", "[ ] A final order of removal against the alien;\n"
                  "[X] The pendency of ongoing removal proceedings against the alien;\n"
                  "[X] Biometric confirmation of the alien's identity and a records check of federal databases;\n"
                  "[ ] Statements made by the alien to an immigration officer and/or other reliable evidence."),
        ("h", "IT IS THEREFORE REQUESTED THAT YOU:"),
        ("small", "[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is "
                  "released from your custody. Please notify DHS by calling ICE at 303-555-0164.\n"
                  "[X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she "
                  "would otherwise have been released from your custody to allow DHS to assume custody.\n"
                  "[X] Relay this request to any other law enforcement agency to which you transfer custody."),
        ("small", "This request is made pursuant to sections 236 and 287 of the Immigration and Nationality Act and "
                  "8 C.F.R. §§ 236.1 and 287.7. Your agency's compliance with this request is voluntary."),
        ("sp", 6),
        ("p", "__________________________________\nYesenia Cárdenas-Holt, Deportation Officer\n"
              "(Name and title of Immigration Officer)"),
        ("pb",),
        ("title", "NOTICE TO THE DETAINEE"),
        ("pj", "The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration "
               "detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody "
               "of you after you otherwise would be released from custody. If you have a complaint about this "
               "detainer, contact the ICE Joint Intake Center at 1-877-555-0199."),
        ("pj", "El Departamento de Seguridad Nacional (DHS) ha emitido una orden de detención inmigratoria en su "
               "contra. Mediante esta orden, se notifica a los organismos policiales que el DHS pretende arrestarle "
               "cuando usted cumpla su reclusión actual."),
    ]
    write_fax(path, blocks, rng, font="sans", footer=("DHS Form I-247D (5/15)", 2),
              header="01/14/2025 15:42  ICE DEN ERO DETAINERS   3035550164   #{page}/{pages}")


doc(id="bw15", fmt="fax", ext="tif", build=b_bw15, label=dict(
    template="ERO fax cover + I-247D detainer (request for voluntary action) to state corrections",
    requestor=("dhs-ice-ero", "DHS / ICE / Enforcement and Removal Operations, Denver Field Office — Detainer Unit",
               "Yesenia Cárdenas-Holt", "Deportation Officer", "yesenia.cardenas-holt@ice.dhs.gov", "303-555-0164"),
    subjects=[("Minh Duc Hoang", "1985-07-19", [("a_number", "A078214559"), ("other", "183776")])],
    basis=["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"],
    process=("detainer", "I-247D"), attached=True, purpose="civil_immigration",
    records=["other", "address"], channel="fax"))


# ============================================================================================
# bw16  born-digital: attorney cover letter + AO 88B civil subpoena (D. Conn.) to CT DMV
# ============================================================================================
def b_bw16(path, rng):
    blocks = [
        ("letterhead", ["BRENNAN & WHITLOCK LLP", "Attorneys at Law",
                        "185 Asylum Street, 12th Floor  ·  Hartford, Connecticut 06103  ·  (860) 555-0114"]),
        ("p", "December 16, 2024"),
        ("p", "VIA CERTIFIED MAIL\nCustodian of Records\nConnecticut Department of Motor Vehicles\n"
              "60 State Street, Wethersfield, CT 06161"),
        ("p", "Re: <i>Castellanos v. Northeast Freightways LLC, et al.</i>, No. 3:24-cv-01187 (KAD)"),
        ("pj", "This firm represents the plaintiff, Jennifer A. Castellanos, in the above personal-injury action "
               "arising from a collision on Interstate 84 in Farmington. Enclosed is a subpoena for the driving "
               "history and registration records of the individual defendant. We believe release is permitted by "
               "18 U.S.C. § 2721(b)(4) (use in connection with a civil proceeding in a federal court) and "
               "Conn. Gen. Stat. § 14-10(f). Copies of the subpoena have been served on all counsel of record."),
        ("p", "Very truly yours,\n\n\nAdaeze N. Brennan\nabrennan@brennanwhitlock.com\n\n"
              "cc: Gregory P. Lusk, Esq. (counsel for defendants)"),
        ("pb",),
        ("small", "AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection "
                  "of Premises in a Civil Action"),
        ("centerb", "UNITED STATES DISTRICT COURT\nfor the\nDistrict of Connecticut"),
        ("table", [["Jennifer A. Castellanos\n          Plaintiff\n     v.\nNortheast Freightways LLC and "
                    "Mark D. Reinholt\n          Defendant",
                    "\nCivil Action No. 3:24-cv-01187 (KAD)"]], [3.6, 3.1], False),
        ("centerb", "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS\n"
                    "OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION"),
        ("p", "To: Custodian of Records, Connecticut Department of Motor Vehicles, 60 State Street, "
              "Wethersfield, CT 06161"),
        ("pj", "<b>[X] Production:</b> YOU ARE COMMANDED to produce at the time, date, and place set forth below "
               "the following documents, electronically stored information, or objects, and to permit inspection, "
               "copying, testing, or sampling of the material: Certified copies of the complete driving history, "
               "license status and suspension history, and all vehicle registration records for MARK DWAYNE "
               "REINHOLT, date of birth 10/02/1971, Connecticut operator's license no. 058-213-377, for the period "
               "January 1, 2014 to the present."),
        ("table", [["Place: Brennan & Whitlock LLP, 185 Asylum Street, 12th Floor, Hartford, CT 06103",
                    "Date and Time:\n01/15/2025 10:00 am"]], [4.6, 2.1], False),
        ("pj", "The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of "
               "compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule "
               "45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of "
               "not doing so."),
        ("p", "Date: 12/16/2024\n\n     CLERK OF COURT                                         OR\n\n"
              "     ________________________                       /s/ Adaeze N. Brennan\n"
              "     Signature of Clerk or Deputy Clerk                Attorney's signature"),
        ("small", "The name, address, e-mail address, and telephone number of the attorney representing Plaintiff "
                  "Jennifer A. Castellanos, who issues or requests this subpoena, are: Adaeze N. Brennan, Brennan & "
                  "Whitlock LLP, 185 Asylum Street, 12th Floor, Hartford, CT 06103; abrennan@brennanwhitlock.com; "
                  "(860) 555-0114."),
        ("small", "<b>Notice to the person who issues or requests this subpoena</b>\nIf this subpoena commands the "
                  "production of documents, electronically stored information, or tangible things or the inspection "
                  "of premises before trial, a notice and a copy of the subpoena must be served on each party in this "
                  "case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4)."),
        ("pb",),
        ("small", "Civil Action No. 3:24-cv-01187 (KAD)"),
        ("centerb", "PROOF OF SERVICE\n(This section should not be filed with the court unless required by "
                    "Fed. R. Civ. P. 45.)"),
        ("p", "I received this subpoena for (name of individual and title, if any) ______________________ on "
              "(date) __________.\n\n[ ] I served the subpoena by delivering a copy to the named person as follows: "
              "______________________ on (date) __________ ; or\n[ ] I returned the subpoena unexecuted because: "
              "______________________\n\nI declare under penalty of perjury that this information is true.\n\n"
              "Date: __________          ______________________\n                                       Server's signature"),
        ("h", "Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)"),
        ("small", "(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person "
                  "to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person "
                  "resides, is employed, or regularly transacts business in person ... (2) For Other Discovery. A "
                  "subpoena may command: (A) production of documents, electronically stored information, or tangible "
                  "things at a place within 100 miles of where the person resides, is employed, or regularly transacts "
                  "business in person; and (B) inspection of premises at the premises to be inspected.\n"
                  "(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; "
                  "Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable "
                  "steps to avoid imposing undue burden or expense on a person subject to the subpoena ...\n"
                  "(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored "
                  "Information ...\n(g) Contempt. The court for the district where compliance is required—and also, "
                  "after a motion is transferred, the issuing court—may hold in contempt a person who, having been "
                  "served, fails without adequate excuse to obey the subpoena or an order related to it."),
    ]
    render_pdf(path, blocks, font="serif")


doc(id="bw16", fmt="born_digital", ext="pdf", build=b_bw16, label=dict(
    template="Plaintiff's attorney cover letter + AO 88B civil subpoena (D. Conn.) to CT DMV",
    requestor=("other", "Brennan & Whitlock LLP", "Adaeze N. Brennan", "Attorney for Plaintiff",
               "abrennan@brennanwhitlock.com", "(860) 555-0114"),
    subjects=[("Mark Dwayne Reinholt", "1971-10-02", [("license", "058213377")])],
    basis=["18 USC 2721", "CGS 14-10", "FRCP 45"],
    process=("court_subpoena", "AO 88B"), attached=True, purpose="unknown",
    records=["license", "vehicle"], channel="mail"))


# ============================================================================================
# bw17  scanned: ERO Phoenix letter + I-205 Warrant of Removal/Deportation to Arizona corrections
# ============================================================================================
def b_bw17(path, rng):
    blocks = [
        ("p", "<b>U.S. Department of Homeland Security</b>\nImmigration and Customs Enforcement\n"
              "Enforcement and Removal Operations — Phoenix Field Office\n2035 N. Central Avenue\n"
              "Phoenix, AZ 85004"),
        ("sp", 6),
        ("p", "August 30, 2024"),
        ("p", "Arizona Department of Corrections, Rehabilitation and Reentry\nOffender Services Bureau — "
              "Time Computation / Release\n701 E. Jefferson Street\nPhoenix, AZ 85034"),
        ("p", "RE: RAMÍREZ-NÚÑEZ, Óscar Iván — ADCRR #321884 — A# 201 556 873 — DOB 14 Feb 1990"),
        ("pj", "The above individual, presently in ADCRR custody, is subject to a final order of removal. Enclosed is "
               "a copy of the Warrant of Removal/Deportation (Form I-205). So that this office can arrange transfer "
               "at the conclusion of his sentence, we ask that you provide his earliest release date, any pending "
               "detainers or holds from other jurisdictions, and a copy of his most recent booking photograph."),
        ("pj", "Please direct your response to the undersigned."),
        ("p", "\nMariana Ochoa-Lindqvist\nDeportation Officer\nPhone: (602) 555-0183\n"
              "mariana.ochoa-lindqvist@ice.dhs.gov"),
        ("pb",),
        ("center", "U.S. DEPARTMENT OF HOMELAND SECURITY"),
        ("title", "WARRANT OF REMOVAL/DEPORTATION"),
        ("right", "File No: A201 556 873\nDate: 08/29/2024"),
        ("p", "To any immigration officer of the United States Department of Homeland Security:"),
        ("pj", "<b>ÓSCAR IVÁN RAMÍREZ-NÚÑEZ</b>  (Full name of alien)\nwho entered the United States at "
               "<u>Nogales, AZ</u> (Place of entry) on <u>on or about 06/2009</u> (Date of entry) is subject to "
               "removal/deportation from the United States, based upon a final order by:"),
        ("p", "[X] an immigration judge in exclusion, deportation, or removal proceedings\n"
              "[ ] a designated official\n[ ] the Board of Immigration Appeals\n"
              "[ ] a United States District or Magistrate Court Judge"),
        ("pj", "and pursuant to the following provisions of the Immigration and Nationality Act:\n"
               "<u>212(a)(6)(A)(i)</u>"),
        ("pj", "I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
               "Secretary of Homeland Security under the laws of the United States and by his or her direction, "
               "command you to take into custody and remove from the United States the above-named alien, pursuant "
               "to law, at the expense of:"),
        ("p", "[X] the appropriation \"Enforcement and Removal Operations\" of the Department of Homeland Security"),
        ("sp", 10),
        ("p", "______________________________\n(Signature of immigration officer)\n\n"
              "John W. Castellano-Reyes, Field Office Director, Phoenix\n(Title of immigration officer)\n\n"
              "Phoenix, Arizona  (Date and office location)"),
        ("pb",),
        ("small", "To be completed by immigration officer executing the warrant:  Name of alien being removed: "
                  "__________________________"),
        ("table", [["Removed:", "(Date)", "(Place of departure)", "(Manner of removal)"],
                   ["", "", "", ""]], [1.5, 1.5, 1.9, 1.8]),
        ("table", [["Photograph of alien removed", "Right thumbprint"], ["\n\n\n\n\n\n\n", "\n\n\n\n\n\n\n"]],
         [3.3, 3.3]),
        ("p", "Signature of alien being fingerprinted: ___________________\n"
              "Signature and title of immigration officer taking print: ___________________\n"
              "Departure witnessed by: ___________________  (Signature and title of immigration officer)\n"
              "If actual departure is not witnessed, fully identify source or means of verification of departure:\n"
              "______________________________________________________"),
    ]
    write_scanned(path, blocks, rng, font="serif", dpi=200, turns={2: 180}, footer=("Form I-205 (Rev. 08/01/07)", 2))


doc(id="bw17", fmt="scanned", ext="pdf", build=b_bw17, label=dict(
    template="ERO letter + I-205 Warrant of Removal/Deportation (judge checkbox unchecked) to state corrections, scanned",
    requestor=("dhs-ice-ero", "Immigration and Customs Enforcement, Enforcement and Removal Operations — Phoenix Field Office",
               "Mariana Ochoa-Lindqvist", "Deportation Officer", "mariana.ochoa-lindqvist@ice.dhs.gov",
               "(602) 555-0183"),
    subjects=[("Óscar Iván Ramírez-Núñez", "1990-02-14", [("a_number", "A201556873"), ("other", "321884")])],
    basis=["INA 212"],
    process=("administrative_warrant", "I-205"), attached=True, purpose="civil_immigration",
    records=["other", "photo"], channel="mail"))


# ============================================================================================
# bw18  born-digital: HSI cover letter + AO 93 federal search warrant for Arizona DES records
# ============================================================================================
def b_bw18(path, rng):
    blocks = [
        ("letterhead", ["U.S. Department of Homeland Security", "Homeland Security Investigations",
                        "Office of the Special Agent in Charge — Phoenix",
                        "400 North 5th Street, Phoenix, Arizona 85004"]),
        ("p", "December 9, 2024"),
        ("p", "Arizona Department of Economic Security\nUnemployment Insurance Administration — Legal Services\n"
              "1789 W. Jefferson Street\nPhoenix, AZ 85007"),
        ("p", "Re: Federal search warrant, Case No. 24-9318MB"),
        ("pj", "HSI Phoenix is investigating a human smuggling and harboring organization (8 U.S.C. § 1324(a)) that "
               "laundered proceeds through a staffing company (18 U.S.C. § 1956). State charges under A.R.S. "
               "§ 13-2319 are being prepared by the Maricopa County Attorney's Office. The enclosed warrant, issued "
               "by a United States Magistrate Judge, authorizes seizure of the Department's wage and claim records "
               "for the persons listed in Attachment A. I understand A.R.S. § 23-722 permits the Department to "
               "comply."),
        ("pj", "Please do not notify the account holders: the court has authorized delayed notice. Records may be "
               "provided on encrypted media or through our secure file-transfer site."),
        ("p", "Sincerely,\n\n\nCorbin J. Halvorsen\nSpecial Agent, HSI Phoenix — Human Smuggling Group\n"
              "(602) 555-0112  ·  corbin.j.halvorsen@hsi.dhs.gov"),
        ("pb",),
        ("small", "AO 93 (Rev. 11/13) Search and Seizure Warrant"),
        ("centerb", "UNITED STATES DISTRICT COURT\nfor the\nDistrict of Arizona"),
        ("table", [["In the Matter of the Search of\n(Briefly describe the property to be searched or identify the "
                    "person by name and address)\n\nRECORDS MAINTAINED BY THE ARIZONA DEPARTMENT OF ECONOMIC "
                    "SECURITY, 1789 W. JEFFERSON ST., PHOENIX, AZ, AS DESCRIBED IN ATTACHMENT A",
                    "\n\nCase No. 24-9318MB"]], [4.4, 2.3], False),
        ("centerb", "SEARCH AND SEIZURE WARRANT"),
        ("p", "To: Any authorized law enforcement officer"),
        ("pj", "An application by a federal law enforcement officer or an attorney for the government requests the "
               "search of the following person or property located in the District of Arizona (identify the person "
               "or describe the property to be searched and give its location): See Attachment A."),
        ("pj", "I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize "
               "the person or property described above, and that such search will reveal (identify the person or "
               "describe the property to be seized): See Attachment B."),
        ("pj", "YOU ARE COMMANDED to execute this warrant on or before December 20, 2024 (not to exceed 14 days)\n"
               "[X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause "
               "has been established."),
        ("pj", "Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
               "property taken to the person from whom, or from whose premises, the property was taken, or leave the "
               "copy and receipt at the place where the property was taken."),
        ("pj", "The officer executing this warrant, or an officer present during the execution of the warrant, must "
               "prepare an inventory as required by law and promptly return this warrant and inventory to the duty "
               "United States Magistrate Judge."),
        ("pj", "[X] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result "
               "listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this "
               "warrant to delay notice to the person who, or whose property, will be searched or seized "
               "[X] for 30 days (not to exceed 30)."),
        ("table", [["Date and time issued: 12/06/2024 3:41 pm", "/s/ Elena M. Castillo-Briggs\nJudge's signature"],
                   ["City and state: Phoenix, Arizona",
                    "Hon. Elena M. Castillo-Briggs, United States Magistrate Judge\nPrinted name and title"]],
         [3.0, 3.7], False),
        ("pb",),
        ("centerb", "ATTACHMENT A — Property to be searched"),
        ("pj", "Records in the possession, custody or control of the Arizona Department of Economic Security, "
               "Unemployment Insurance Administration, relating to the following persons and to the employer "
               "account of Desert Bloom Staffing LLC (AZ UI acct. 0009981-4):"),
        ("table", [["Name", "DOB", "Also known as"],
                   ["Jesús Manuel ARREDONDO QUINTERO", "1983-12-09", "\"Chuy\""],
                   ["Liliana Paola ORTIZ RAMÍREZ", "1987-04-22", "Liliana Arredondo"],
                   ["TRAN, Van Khoa", "1976-10-30", "Kevin Tran"]], [3.0, 1.3, 2.0]),
        ("centerb", "ATTACHMENT B — Property to be seized"),
        ("pj", "For the period January 1, 2021 to the present: (1) quarterly wage reports filed by any employer for "
               "the persons in Attachment A and all employees reported by Desert Bloom Staffing LLC; (2) all "
               "unemployment insurance claims by those persons, with addresses, telephone numbers, e-mail addresses "
               "and IP addresses used; (3) bank account and debit card information for benefit deposits. This warrant "
               "is executed in accordance with Fed. R. Crim. P. 41(f); the agency may produce the records to the "
               "executing agent without the agent's physical presence."),
    ]
    render_pdf(path, blocks, font="sans")


doc(id="bw18", fmt="born_digital", ext="pdf", build=b_bw18, label=dict(
    template="HSI cover letter + AO 93 search and seizure warrant (D. Ariz.) for state UI records, three subjects",
    requestor=("dhs-ice-hsi", "Homeland Security Investigations, Office of the Special Agent in Charge — Phoenix",
               "Corbin J. Halvorsen", "Special Agent, HSI Phoenix — Human Smuggling Group",
               "corbin.j.halvorsen@hsi.dhs.gov", "(602) 555-0112"),
    subjects=[("Jesús Manuel Arredondo Quintero", "1983-12-09", []),
              ("Liliana Paola Ortiz Ramírez", "1987-04-22", []),
              ("Van Khoa Tran", "1976-10-30", [])],
    basis=["8 USC 1324", "18 USC 1956", "ARS 13-2319", "ARS 23-722", "18 USC 3103a", "18 USC 2705", "FRCrP 41"],
    process=("judicial_warrant", "AO 93"), attached=True, purpose="criminal_investigation",
    records=["wages", "employment", "claims", "address", "phone", "email", "other"], channel="mail"))


# ============================================================================================
# bw19  e-mail plain text reply thread: Louisiana State Police -> LWC
# ============================================================================================
def b_bw19(path, rng):
    body = """Ms. Guidry,

Per your note below, here is the request in writing with the statutory
cites.

LSP Criminal Investigations Division is investigating theft and identity
theft (La. R.S. 14:67 and La. R.S. 14:67.16) involving payroll diversion at
two seafood processors in Plaquemines Parish. The plant managers who reported
it, Mr. Curtis Landry and Ms. Huong Dao, are cooperating and are not
suspects. The subjects are:

  PHAM, Quoc Bao          DOB 03/08/1982   LA DL 009341172
  LÊ, Thị Thu Hà          DOB 11/19/1986   (no DL located)

Requested, Jan 2023 to present:
  * employer wage reports (employer name/address, quarterly wages)
  * any UI claims: dates, amounts paid, mailing address, phone, and the
    bank account / debit card used for payment

I understand LWC may disclose to a law enforcement agency under
La. R.S. 23:1660(H) and 20 CFR 603.5, and we will keep the data confidential.

Thanks again,

Jean-Luc Thibodeaux
Trooper First Class
Louisiana State Police - Criminal Investigations Division, Region I
Office 225-555-0133 | Cell 225-555-0134
jean-luc.thibodeaux@la.gov

-----Original Message-----
From: Guidry, Annette <aguidry@lwc.la.gov>
Sent: Monday, October 21, 2024 4:02 PM
To: Thibodeaux, Jean-Luc <jean-luc.thibodeaux@la.gov>
Subject: RE: LSP CID request - Pham / Le

Trooper, we can't act on a phone request. Please send it in writing from
your .gov e-mail with the names, DOBs, what you need, and the statutory basis
for the disclosure.

Annette Guidry
Louisiana Workforce Commission | Office of Legal Counsel
"""
    m = new_msg('"Thibodeaux, Jean-Luc" <jean-luc.thibodeaux@la.gov>', '"Guidry, Annette" <aguidry@lwc.la.gov>',
                "RE: LSP CID request - Pham / Le", dt.datetime(2024, 10, 22, 9, 37, 2, tzinfo=tz(-5)), "bw19",
                extra={"In-Reply-To": "<lwc.20241021160211@mail.example-relay.net>"})
    m.set_content(body)
    with open(path, "wb") as f:
        f.write(finish_eml(m, "bw19"))


doc(id="bw19", fmt="eml", ext="eml", build=b_bw19, label=dict(
    template="LA State Police trooper plain-text reply e-mail to LWC with quoted thread, two subjects",
    requestor=("state-police", "Louisiana State Police - Criminal Investigations Division, Region I",
               "Jean-Luc Thibodeaux", "Trooper First Class", "jean-luc.thibodeaux@la.gov", "225-555-0133"),
    subjects=[("Quoc Bao Pham", "1982-03-08", [("license", "009341172")]),
              ("Thị Thu Hà Lê", "1986-11-19", [])],
    basis=["LA RS 14:67", "LA RS 14:67.16", "LA RS 23:1660", "20 CFR 603.5"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["wages", "employment", "claims", "benefits", "address", "phone", "other"], channel="email"))


# ============================================================================================
# bw20  txt: clerk transcription of a handwritten letter from a Kansas police chief (mail)
# ============================================================================================
def b_bw20(path, rng):
    text = """[Transcribed by Division of Vehicles, Records Unit, from a handwritten letter
 received by U.S. Mail on 01/06/2025.  Original on file, log #DV-25-0031.]

                                   Oberlin Police Dept.
                                   City Hall, Oberlin KS
                                   Jan 2, 2025

To: Kansas Dept. of Revenue, Division of Vehicles, Driver Records

I am requesting copies of the Kansas driver license photo and the current
address on file for:

      BUCKLEY, Dale Everett    DOB 2-17-1975
      (not sure of exact license number -- I think it starts K08)

He is suspected of theft of farm equipment (K.S.A. 21-5801), a hay rake and
a trailer, from the farm of Mr. & Mrs. Arlen Voth east of town. The truck he
was seen in, a white Ford F-250, is registered to his sister Connie Buckley
Marsh, who is not a suspect. Please also list any vehicles registered to
Dale himself.

Per K.S.A. 74-2012 I understand law enforcement can get this information.
You can mail it to me at City Hall or call.

Thanks,
Chief Wendell J. Harms
Oberlin Police Dept.
785-555-0109
[signature]
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


doc(id="bw20", fmt="txt", ext="txt", build=b_bw20, label=dict(
    template="clerk transcription of a mailed handwritten request from a KS police chief to DMV",
    requestor=("local-police", "Oberlin Police Dept.", "Wendell J. Harms", "Chief", None, "785-555-0109"),
    subjects=[("Dale Everett Buckley", "1975-02-17", [])],
    basis=["KSA 21-5801", "KSA 74-2012"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["photo", "address", "vehicle"], channel="mail"))


# ============================================================================================
# bw21  born-digital: AUSA cover letter + AO 110 federal grand jury subpoena, 4 subjects table
# ============================================================================================
def b_bw21(path, rng):
    blocks = [
        ("letterhead", ["U.S. Department of Justice", "United States Attorney", "District of Nebraska",
                        "1620 Dodge Street, Suite 1400  ·  Omaha, Nebraska 68102-1506  ·  (402) 555-0125"]),
        ("right", "January 17, 2025"),
        ("p", "Custodian of Records\nNebraska Department of Labor — Office of Unemployment Insurance\n"
              "550 South 16th Street\nLincoln, NE 68508"),
        ("p", "Re: Grand Jury Subpoena No. 2025R00041-GJ-07"),
        ("pj", "Dear Custodian: A federal grand jury in this district is investigating aggravated identity theft "
               "(18 U.S.C. § 1028A) and the misuse of Social Security numbers (42 U.S.C. § 408(a)(7)(B)) by persons "
               "employed at meat-processing plants in Dakota and Hall Counties. The enclosed subpoena requires the "
               "production of records relating to the individuals listed in Attachment A. Neb. Rev. Stat. "
               "§ 48-612 permits the Department to furnish these records in response to a subpoena."),
        ("pj", "You may comply by delivering the records to Special Agent Dwayne Okonjo, Social Security "
               "Administration, Office of the Inspector General, who is assisting the grand jury, on or before the "
               "return date, together with a certificate of authenticity under Fed. R. Evid. 902(11). Although the "
               "secrecy obligations of Fed. R. Crim. P. 6(e) do not bind you, we ask that you not disclose the "
               "subpoena to the named individuals. This subpoena is issued under Fed. R. Crim. P. 17(c)."),
        ("p", "Sincerely,\n\nSUSAN T. LINDGREN-ACHOLA\nUnited States Attorney\n\n\nBy: Katarzyna L. Brzezinski\n"
              "Assistant United States Attorney\n(402) 555-0125  ·  katarzyna.brzezinski@usdoj.gov"),
        ("pb",),
        ("small", "AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury"),
        ("centerb", "UNITED STATES DISTRICT COURT\nfor the\nDistrict of Nebraska"),
        ("centerb", "SUBPOENA TO TESTIFY BEFORE A GRAND JURY"),
        ("p", "To: Custodian of Records, Nebraska Department of Labor, 550 South 16th Street, Lincoln, NE 68508"),
        ("pj", "YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown "
               "below to testify before the court's grand jury. When you arrive, you must remain at the court until "
               "the judge or a court officer allows you to leave."),
        ("table", [["Place: Roman L. Hruska U.S. Courthouse\n111 South 18th Plaza, Omaha, NE 68102",
                    "Date and Time:\n02/11/2025 9:00 am"]], [4.4, 2.3], False),
        ("pj", "You must also bring with you the following documents, electronically stored information, or objects "
               "(blank if not applicable): SEE ATTACHMENT A."),
        ("p", "Date: 01/17/2025                         CLERK OF COURT\n\n"
              "                                               /s/ D. Rasmussen\n"
              "                                               Signature of Clerk or Deputy Clerk"),
        ("small", "The name, address, e-mail, and telephone number of the United States attorney, or assistant United "
                  "States attorney, who requests this subpoena, are: Katarzyna L. Brzezinski, AUSA, 1620 Dodge Street, "
                  "Suite 1400, Omaha, NE 68102; katarzyna.brzezinski@usdoj.gov; (402) 555-0125"),
        ("pb",),
        ("centerb", "ATTACHMENT A\nGrand Jury Subpoena No. 2025R00041-GJ-07"),
        ("pj", "For each person below, for the period January 1, 2020 to the date of this subpoena: (1) all quarterly "
               "wage records reported by any employer, with employer name, address and FEIN; (2) all unemployment "
               "insurance claims, including addresses, telephone numbers, e-mail addresses and IP addresses used; "
               "(3) payment histories."),
        ("table", [["Name (Last, First Middle)", "DOB", "SSN (last 4)", "Also known as / prior names"],
                   ["ABDULLAHI, Farhan Mohamed", "1990-03-02", "4418", "Farhaan Abdulahi"],
                   ["MORALES GARCÍA, José Luis", "1979-11-27", "0936", "\"Pepe\" Morales"],
                   ["ČERNÁ, Petra", "1994-06-16", "7751", "née Novotná"],
                   ["WATTS, Brandon Lee", "1985-08-09", "2264", "—"]], [2.3, 1.1, 1.0, 2.3]),
        ("small", "Produce records for each name and number as listed, including records under the prior names."),
    ]
    render_pdf(path, blocks, font="serif")


doc(id="bw21", fmt="born_digital", ext="pdf", build=b_bw21, label=dict(
    template="AUSA cover letter + AO 110 federal grand jury subpoena to state labor dept, four persons in table",
    requestor=("doj-usao", "United States Attorney, District of Nebraska", "Katarzyna L. Brzezinski",
               "Assistant United States Attorney", "katarzyna.brzezinski@usdoj.gov", "(402) 555-0125"),
    subjects=[("Farhan Mohamed Abdullahi", "1990-03-02", [("ssn_last4", "4418")]),
              ("José Luis Morales García", "1979-11-27", [("ssn_last4", "0936")]),
              ("Petra Černá", "1994-06-16", [("ssn_last4", "7751")]),
              ("Brandon Lee Watts", "1985-08-09", [("ssn_last4", "2264")])],
    basis=["18 USC 1028A", "42 USC 408", "NE Rev Stat 48-612", "FRE 902", "FRCrP 6", "FRCrP 17"],
    process=("grand_jury_subpoena", "AO 110"), attached=True, purpose="criminal_investigation",
    records=["wages", "employment", "claims", "address", "phone", "email", "benefits", "other"], channel="mail"))


# ============================================================================================
# bw22  fax: Louisville Metro PD cover + Jefferson Circuit Court order to KY Office of UI
# ============================================================================================
def b_bw22(path, rng):
    blocks = [
        ("letterhead", ["LOUISVILLE METRO POLICE DEPARTMENT", "Financial Crimes Unit",
                        "633 West Jefferson Street, Louisville, KY 40202"]),
        ("title", "FAX"),
        ("pre", "To:      Kentucky Office of Unemployment Insurance - Legal / Records\n"
                "Fax:     502-555-0170\n"
                "From:    Det. Shawna M. Pruitt, Financial Crimes Unit\n"
                "Phone:   502-555-0175        E-mail: shawna.pruitt@louisvilleky.gov\n"
                "Date:    11/06/2024\n"
                "Re:      Court order - Jefferson Circuit Court 24-CR-003317\n"
                "Pages:   2"),
        ("pj", "Please see the attached order signed yesterday by the Jefferson Circuit Court. The victim employer, "
               "Ohio Valley Millwork, Inc., through its HR director Glen Stahlman, reported that the defendant kept "
               "a terminated co-worker on payroll and redirected the wages. Please fax responsive records to "
               "502-555-0175 (our secure fax) or e-mail them to me. Thank you."),
        ("pb",),
        ("centerb", "COMMONWEALTH OF KENTUCKY\nJEFFERSON CIRCUIT COURT\nDIVISION NINE (9)\nCASE NO. 24-CR-003317"),
        ("sp", 6),
        ("p", "COMMONWEALTH OF KENTUCKY                                                PLAINTIFF\n\nv.\n\n"
              "RADOVAN KOVAČEVIĆ                                                            DEFENDANT"),
        ("title", "ORDER FOR PRODUCTION OF RECORDS"),
        ("pj", "This matter having come before the Court on motion of the Commonwealth, by Assistant Commonwealth's "
               "Attorney Lindsey Ocampo, and the Court being otherwise sufficiently advised, the Court finds that the "
               "records described below are material to the prosecution of the charges of Theft by Deception, "
               "$10,000 or more (KRS 514.040), and Unlawful Access to a Computer in the First Degree (KRS 434.845), "
               "and that good cause exists for their production notwithstanding the confidentiality provisions of "
               "KRS 341.190."),
        ("pj", "IT IS HEREBY ORDERED that the Kentucky Office of Unemployment Insurance, Education and Labor "
               "Cabinet, shall produce to Detective Shawna M. Pruitt, Louisville Metro Police Department, within "
               "fourteen (14) days, all unemployment insurance claim records, benefit payment histories, employer "
               "wage reports, and addresses of record, from January 1, 2022 to the present, for:"),
        ("p", "      1.  RADOVAN KOVAČEVIĆ, DOB 04/04/1981, SSN ending 3390; and\n"
              "      2.  JELENA KOVAČEVIĆ, a/k/a Jelena Marković, DOB 10/22/1984."),
        ("pj", "The records shall be produced pursuant to RCr 7.02 and shall be used only for purposes of this "
               "prosecution."),
        ("p", "SO ORDERED this 5th day of November, 2024."),
        ("sp", 12),
        ("p", "                                                 ______________________________\n"
              "                                                 JUDGE, JEFFERSON CIRCUIT COURT\n"
              "                                                 Hon. Annette R. Whitlow-Baines"),
        ("small", "Tendered by: Lindsey Ocampo, Assistant Commonwealth's Attorney, 514 W. Liberty St., Louisville, KY"),
    ]
    write_fax(path, blocks, rng, font="sans",
              header="11/06/2024  13:18   LMPD FCU              5025550175      P. {page}")


doc(id="bw22", fmt="fax", ext="tif", build=b_bw22, label=dict(
    template="Louisville Metro PD fax cover + Jefferson Circuit Court order to KY UI office, two subjects",
    requestor=("local-police", "Louisville Metro Police Department", "Shawna M. Pruitt", "Detective",
               "shawna.pruitt@louisvilleky.gov", "502-555-0175"),
    subjects=[("Radovan Kovačević", "1981-04-04", [("ssn_last4", "3390")]),
              ("Jelena Kovačević", "1984-10-22", [])],
    basis=["KRS 514.040", "KRS 434.845", "KRS 341.190", "KY RCr 7.02"],
    process=("court_order", None), attached=True, purpose="criminal_investigation",
    records=["claims", "benefits", "wages", "employment", "address"], channel="fax"))


# ============================================================================================
# bw23  e-mail multipart/alternative + SSA OIG subpoena PDF to WorkForce West Virginia
# ============================================================================================
def b_bw23(path, rng):
    sub = [
        ("center", "SOCIAL SECURITY ADMINISTRATION\nOFFICE OF THE INSPECTOR GENERAL"),
        ("bigtitle", "SUBPOENA DUCES TECUM"),
        ("right", "No. OIG-24-PHI-0571"),
        ("p", "TO: Custodian of Records\nWorkForce West Virginia — Unemployment Compensation Division\n"
              "1900 Kanawha Boulevard East, Charleston, WV 25305"),
        ("pj", "YOU ARE HEREBY COMMANDED to produce the records described below to Special Agent Marcus T. Oduya, "
               "Social Security Administration, Office of the Inspector General, Office of Investigations, "
               "Philadelphia Field Division, 500 Virginia Street East, Suite 420, Charleston, WV 25301, on or before "
               "<b>February 28, 2025</b>, in connection with an investigation being conducted by the Office of the "
               "Inspector General:"),
        ("pj", "For RANDALL WAYNE COTTRILL, SSN XXX-XX-8123, date of birth 05/30/1972, for the period January 1, "
               "2021 to the present: (1) all quarterly wage records reported by any employer, including employer "
               "names and addresses; (2) all claims for unemployment compensation and payment records; (3) all "
               "addresses and telephone numbers of record."),
        ("pj", "This subpoena is issued pursuant to the authority of the Inspector General Act of 1978, as amended, "
               "5 U.S.C. § 406(a)(4). Failure to comply with this subpoena may result in the Inspector General "
               "seeking its enforcement in the appropriate United States District Court."),
        ("pj", "Certified copies of the records, accompanied by a declaration of the custodian, may be produced by "
               "mail or electronically in lieu of personal appearance."),
        ("sp", 10),
        ("p", "IN TESTIMONY WHEREOF, the undersigned, an official of the Office of the Inspector General, has "
              "hereunto set his hand this 6th day of February, 2025.\n\n\n______________________________\n"
              "Thomas E. Ballantyne\nDeputy Inspector General for Investigations"),
        ("small", "SSA-OIG Form 0-12 (Subpoena)   ·   Contact: SA Marcus T. Oduya, 304-555-0121"),
    ]
    pdf = pdf_bytes(sub, font="serif")
    text = """Good afternoon,

Please find attached an Inspector General subpoena issued under the
Inspector General Act of 1978, as amended (5 U.S.C. § 406(a)(4)).

SSA OIG is investigating a beneficiary who we believe concealed work
activity while receiving Social Security disability benefits (42 U.S.C.
§ 408(a)(4); 18 U.S.C. § 641). The subpoena asks for WorkForce West Virginia
wage and claim records for Randall Wayne Cottrill (DOB 05/30/1972). His wife,
Brenda Cottrill, is his representative payee; we are NOT requesting her
records at this time. The employer we have identified so far is Mingo Hollow
Excavating (owner Lonnie Sizemore).

My understanding is that W. Va. Code § 21A-10-11 permits disclosure in
response to a subpoena. Certified copies may be e-mailed to me.

Respectfully,

Marcus T. Oduya
Special Agent
Social Security Administration, Office of the Inspector General
Office of Investigations - Charleston, WV Resident Office
Phone: 304-555-0121
marcus.oduya@ssa.gov
"""
    html = ("<html><body style='font-family:Segoe UI,Arial;font-size:10.5pt'>"
            + "".join("<p>%s</p>" % p_.replace("&", "&amp;").replace("\n", "<br>") for p_ in text.split("\n\n"))
            + "</body></html>")
    m = new_msg('"Oduya, Marcus T." <marcus.oduya@ssa.gov>', "UC Legal Unit <uclegal@wv.gov>",
                "OIG Subpoena - WorkForce WV wage/claim records - OIG-24-PHI-0571",
                dt.datetime(2025, 2, 6, 13, 30, 18, tzinfo=tz(-5)), "bw23")
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="OIG-24-PHI-0571_Subpoena.pdf")
    with open(path, "wb") as f:
        f.write(finish_eml(m, "bw23"))


doc(id="bw23", fmt="eml", ext="eml", build=b_bw23, label=dict(
    template="SSA OIG agent e-mail (alternative + PDF) with IG subpoena to state UI agency; spouse named, not subject",
    requestor=("ssa-oig", "Social Security Administration, Office of the Inspector General", "Marcus T. Oduya",
               "Special Agent", "marcus.oduya@ssa.gov", "304-555-0121"),
    subjects=[("Randall Wayne Cottrill", "1972-05-30", [("ssn_last4", "8123")])],
    basis=["5 USC 406", "42 USC 408", "18 USC 641", "WV Code 21A-10-11"],
    process=("administrative_subpoena", None), attached=True, purpose="criminal_investigation",
    records=["wages", "employment", "claims", "benefits", "address", "phone"], channel="email"))


# ============================================================================================
# bw24  born-digital: Colorado Bureau of Investigation letter to CO DMV (no process)
# ============================================================================================
def b_bw24(path, rng):
    blocks = [
        ("letterhead", ["COLORADO BUREAU OF INVESTIGATION", "Investigations Section — Major Crimes Unit",
                        "690 Kipling Street, Suite 4000  ·  Lakewood, CO 80215  ·  303-555-0166"]),
        ("right", "2025-01-22"),
        ("p", "Colorado Department of Revenue\nDivision of Motor Vehicles — Investigations & Records\n"
              "1881 Pierce Street, Lakewood, CO 80214"),
        ("p", "<b>Subject: Request for driver and vehicle records — CBI Case No. 2024-3318</b>"),
        ("pj", "The Colorado Bureau of Investigation is conducting an active criminal investigation into an identity "
               "theft ring (C.R.S. § 18-5-902) that used stolen identities to register and re-sell stolen vehicles "
               "(aggravated motor vehicle theft, C.R.S. § 18-4-409). The matter was referred by Lakewood Police "
               "Officer Dylan Marsh after a victim, Ms. Rosa Elena Quiñónez, received registration notices for "
               "vehicles she never owned."),
        ("pj", "I request the following records for the two individuals listed below: driver license / ID photographs, "
               "current and prior addresses, all vehicle registrations and titles since January 1, 2022, and copies of "
               "the identity documents submitted with their most recent license applications."),
        ("table", [["#", "Name", "DOB", "CO DL"],
                   ["1", "YILMAZ, Emre Can", "08/14/1992", "19-334-2210"],
                   ["2", "HALVERSON, Tracy Lynn (née Pettibone)", "01/23/1980", "08-771-4426"]],
         [0.3, 3.2, 1.2, 1.5]),
        ("pj", "This request is made in support of an active criminal investigation as contemplated by "
               "C.R.S. 24-74-103, and release to a law enforcement agency is authorized by § 42-1-206, C.R.S., and "
               "18 U.S.C. § 2721(b)(1). The information will be used only for this criminal investigation and will "
               "not be used for civil immigration enforcement."),
        ("sp", 6),
        ("p", "Caleb R. Sandoval\nAgent, Major Crimes Unit\nColorado Bureau of Investigation\n"
              "caleb.sandoval@state.co.us  |  303-555-0166"),
        ("sp", 6),
        ("small", "cc: Harriet Ngata, Chief Deputy District Attorney, First Judicial District\n"
                  "CBI Form INV-7 · Criminal Justice Records — handle in accordance with C.R.S. 24-72-305"),
    ]
    render_pdf(path, blocks, font="sans")


doc(id="bw24", fmt="born_digital", ext="pdf", build=b_bw24, label=dict(
    template="CBI agent letter to CO DMV, two subjects incl. née name, victim and referring officer named",
    requestor=("state-police", "Colorado Bureau of Investigation", "Caleb R. Sandoval", "Agent, Major Crimes Unit",
               "caleb.sandoval@state.co.us", "303-555-0166"),
    subjects=[("Emre Can Yilmaz", "1992-08-14", [("license", "193342210")]),
              ("Tracy Lynn Halverson", "1980-01-23", [("license", "087714426")])],
    basis=["CRS 18-5-902", "CRS 18-4-409", "CRS 24-74-103", "CRS 42-1-206", "18 USC 2721", "CRS 24-72-305"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["photo", "address", "vehicle", "identity_documents"], channel="mail"))


# ============================================================================================
# bw25  scanned: Pennsylvania application for search warrant and authorization (PennDOT records)
# ============================================================================================
def b_bw25(path, rng):
    blocks = [
        ("centerb", "COMMONWEALTH OF PENNSYLVANIA\nCOUNTY OF ALLEGHENY"),
        ("title", "APPLICATION FOR SEARCH WARRANT\nAND AUTHORIZATION"),
        ("table", [["Docket Number (Issuing Authority): MJ-05209-SW-0000141-2024", "Police Incident Number: 24-188204",
                    "Warrant Control Number: PBP-24-3310"]], [2.8, 2.0, 1.9], False),
        ("table", [["AFFIANT NAME: Det. Joseph A. Marchetti", "AGENCY: Pittsburgh Bureau of Police — Financial Crimes",
                    "PHONE NUMBER: 412-555-0193", "AFFIANT ID No. 4471"]], [1.8, 2.3, 1.4, 1.2], False),
        ("p", "being duly sworn (or affirmed) before me according to law, deposes and says that there is probable cause "
              "to believe that certain property is evidence of or the fruit of a crime or is contraband or is "
              "unlawfully possessed or is otherwise subject to seizure, and is located at particular premises or in "
              "the possession of particular person as described below."),
        ("h", "IDENTIFY ITEMS TO BE SEARCHED FOR AND SEIZED (Be as specific as possible):"),
        ("pj", "Pennsylvania Department of Transportation driver license and identification card records, including "
               "digital photographs, signature images, application documents with supporting identity documents, and "
               "address history, January 2020 to present, for:\n"
               "  (1) ADEYEMI, Folasade Olufunke — DOB 1989-02-11 — PA DL 28 451 339\n"
               "  (2) BRENNAN-ACEVEDO, Kyle Thomas — DOB 1991-10-07 — PA DL 31 008 742"),
        ("h", "SPECIFIC DESCRIPTION OF PREMISES AND/OR PERSON TO BE SEARCHED:"),
        ("p", "PennDOT Bureau of Driver Licensing, Riverfront Office Center, 1101 South Front Street, Harrisburg, PA "
              "17104, including electronically stored records accessible from that location."),
        ("table", [["NAME OF OWNER, OCCUPANT OR POSSESSOR: Commonwealth of Pennsylvania, Department of Transportation",
                    "VIOLATION OF (Describe conduct or specify statute):\n18 Pa.C.S. § 4120 (Identity Theft); "
                    "18 Pa.C.S. § 3922 (Theft by Deception); 18 Pa.C.S. § 4101 (Forgery)",
                    "DATE(S) OF VIOLATION:\n06/2024 – 09/2024"]], [2.3, 3.1, 1.3], False),
        ("small", "[X] Probable Cause Affidavit(s) MUST be attached (unless sealed below). Total number of pages: 2\n"
                  "TOTAL NUMBER OF PAGES IS SUM OF ALL APPLICATION, PROBABLE CAUSE AND CONTINUATION PAGES EVEN IF ANY "
                  "OF THE PAGES ARE SEALED."),
        ("p", "Sworn to and subscribed before me this 14th day of October, 2024.\n\n"
              "__________________________ (SEAL)        __________________________\n"
              "Signature of Issuing Authority               Signature of Affiant\n"
              "Mag. Dist. No. 05-2-09"),
        ("hr",),
        ("title", "SEARCH WARRANT"),
        ("pj", "TO LAW ENFORCEMENT OFFICER: WHEREAS, facts have been sworn to or affirmed before me by written "
               "affidavit(s) attached hereto from which I have found probable cause, I do authorize you to search the "
               "above described premises or person, and to seize, secure, inventory, and make return according to the "
               "Pennsylvania Rules of Criminal Procedure, the items described above."),
        ("small", "[X] This Warrant shall be served as soon as practicable and shall be served only between the hours "
                  "of 6AM to 10PM but in no event later than: 10/16/2024 at 10 PM.\n"
                  "Issued under my hand this 14th day of October, 2024 at 3:05 PM.\n"
                  "Issuing Authority (Signature): ________________   Magisterial District Judge Theresa M. Kuchta"),
        ("pb",),
        ("title", "AFFIDAVIT OF PROBABLE CAUSE"),
        ("small", "Police Incident Number 24-188204                         Page 1 of 1"),
        ("pj", "Your affiant is a detective assigned to the Financial Crimes Unit of the Pittsburgh Bureau of Police. "
               "On 09/23/2024 the victim, Reginald Fairbanks, 67, of Brookline, reported that an unknown female had "
               "withdrawn $14,800 from his savings account at a Carrick branch bank using a Pennsylvania photo "
               "identification card bearing his late wife's name. The teller, Jasmine Oduya, provided a description and "
               "surveillance stills. Bank records show the account was accessed through a change-of-address request "
               "listing a Bethel Park apartment leased to FOLASADE OLUFUNKE ADEYEMI. The property manager, Mr. Stanley "
               "Wojcik, identified ADEYEMI and her co-tenant KYLE THOMAS BRENNAN-ACEVEDO from the surveillance stills."),
        ("pj", "Your affiant believes that PennDOT photograph and application records for ADEYEMI and "
               "BRENNAN-ACEVEDO will show whether either obtained identification documents in the names of other "
               "persons, and will allow comparison with the surveillance images. This application is made under "
               "Pa.R.Crim.P. 203."),
        ("p", "\nDet. Joseph A. Marchetti #4471                 Sworn before: Theresa M. Kuchta, MDJ"),
    ]
    write_scanned(path, blocks, rng, font="sans", dpi=200, turns={2: 180},
                  footer="AOPC 410A - Rev. 07/12")


doc(id="bw25", fmt="scanned", ext="pdf", build=b_bw25, label=dict(
    template="PA application for search warrant and authorization + PC affidavit (PennDOT records), scanned, p2 upside down",
    requestor=("local-police", "Pittsburgh Bureau of Police", "Joseph A. Marchetti", "Detective", None,
               "412-555-0193"),
    subjects=[("Folasade Olufunke Adeyemi", "1989-02-11", [("license", "28451339")]),
              ("Kyle Thomas Brennan-Acevedo", "1991-10-07", [("license", "31008742")])],
    basis=["18 PaCS 4120", "18 PaCS 3922", "18 PaCS 4101", "PA CrimP 203"],
    process=("judicial_warrant", None), attached=True, purpose="criminal_investigation",
    records=["license", "photo", "identity_documents", "address"], channel="mail"))


# ============================================================================================
# bw26  e-mail: internal forward (message/rfc822) of a Utah County sheriff's detective's request
# ============================================================================================
def b_bw26(path, rng):
    inner_text = """Hi Gwen,

Good to meet you at the fraud task force training last week. I'm working an
organized retail theft case out of Orem and Lehi (Utah Code Ann. §§ 76-6-404,
-412) and hoped you could point me in the right direction.

Could you tell me whether these two are receiving SNAP or financial
assistance through DWS, and if so the current address and employer they
reported?

   Bryce Allen Kimball   DOB 06/21/1994
   Tevita Fonua Mahe     DOB 12/01/1990

Bryce's girlfriend, Kaylee Strand, is cooperating and gave a statement, so
please don't include anything about her. I believe DWS can share this with
us under Utah Code Ann. § 35A-4-312, but if you need something more formal
just let me know.

Thanks!
Det. Ramón Villaseñor-Ortiz
Utah County Sheriff's Office - Investigations
3075 N. Main St., Spanish Fork, UT 84660
801-555-0157
rvillasenor@utahcounty.gov
Case 24UC19022
"""
    inner = new_msg('"Ramón Villaseñor-Ortiz" <rvillasenor@utahcounty.gov>', '"Gwen Taufa" <gtaufa@utah.gov>',
                    "records request - Utah County SO case 24UC19022",
                    dt.datetime(2024, 11, 25, 16, 47, 9, tzinfo=tz(-7)), "bw26inner")
    inner.set_content(inner_text)
    outer = new_msg('"Gwen Taufa" <gtaufa@utah.gov>', "DWS Records & Disclosure <dwsrecords@utah.gov>",
                    "FW: records request - Utah County SO case 24UC19022",
                    dt.datetime(2024, 11, 26, 8, 3, 44, tzinfo=tz(-7)), "bw26")
    outer.set_content("Forwarding to the records unit - this came to my inbox directly and I have not responded "
                      "or looked anything up.\n\nGwen Taufa\nEligibility Services Manager\n"
                      "Department of Workforce Services\n")
    outer.add_attachment(inner)
    with open(path, "wb") as f:
        f.write(finish_eml(outer, "bw26"))


doc(id="bw26", fmt="eml", ext="eml", build=b_bw26, label=dict(
    template="internal forward with attached message/rfc822: sheriff detective's informal request to a DWS employee",
    requestor=("sheriff", "Utah County Sheriff's Office", "Ramón Villaseñor-Ortiz", "Detective",
               "rvillasenor@utahcounty.gov", "801-555-0157"),
    subjects=[("Bryce Allen Kimball", "1994-06-21", []), ("Tevita Fonua Mahe", "1990-12-01", [])],
    basis=["UCA 76-6-404", "UCA 76-6-412", "UCA 35A-4-312"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["benefits", "address", "employment"], channel="email"))


# ============================================================================================
# bw27  fax: Mobile (AL) police request-for-information form to Alabama Dept of Labor
# ============================================================================================
def b_bw27(path, rng):
    blocks = [
        ("letterhead", ["MOBILE POLICE DEPARTMENT", "Criminal Investigation Section — Property Crimes",
                        "2460 Government Boulevard · Mobile, Alabama 36606"]),
        ("title", "LAW ENFORCEMENT REQUEST FOR INFORMATION"),
        ("table", [["TO:", "Alabama Department of Labor, Unemployment Compensation — Legal Division, Montgomery"],
                   ["FROM:", "Cpl. Terrence L. Buford, Property Crimes"],
                   ["PHONE:", "251-555-0126          FAX: 251-555-0127"],
                   ["E-MAIL:", "tbuford@cityofmobile.org"],
                   ["CASE #:", "MPD 2024-00331872"],
                   ["DATE:", "September 30, 2024"]], [1.2, 5.5], False),
        ("h", "OFFENSE UNDER INVESTIGATION"),
        ("p", "Theft of Property 1st Degree — Ala. Code § 13A-8-3 (theft as defined in Ala. Code 1975, "
              "§ 13A-8-2)"),
        ("h", "PERSONS ABOUT WHOM INFORMATION IS REQUESTED"),
        ("table", [["NAME (LAST, FIRST MIDDLE)", "DOB", "AL DL #", "SSN LAST 4"],
                   ["GÓMEZ DE JESÚS, María Guadalupe", "03/15/1978", "7401186", "—"],
                   ["SAELEE, Kao", "09/05/1983", "—", "6312"]], [2.9, 1.2, 1.3, 1.3]),
        ("h", "INFORMATION REQUESTED"),
        ("p", "Current and previous employers (name, address, phone), most recent address and phone number on file, "
              "and whether either person has an open UC claim."),
        ("h", "CIRCUMSTANCES"),
        ("pj", "Two former cashiers are suspected of voiding sales and pocketing cash at a Schillinger Road home-"
               "improvement store over seven months (loss approx. $22,400). Store manager Clay Harbison and asset-"
               "protection investigator Shonda Pettway have provided video and register data. Both suspects quit "
               "without notice and moved; employer information will help locate them."),
        ("h", "AUTHORITY FOR RELEASE"),
        ("p", "Ala. Code § 25-4-116"),
        ("sp", 10),
        ("p", "Requesting officer: __________________    Cpl. T. L. Buford #2219\n"
              "Supervisor: Sgt. Dana Kittrell"),
        ("small", "MPD Form CIS-22  ·  CONFIDENTIAL: This document contains law enforcement sensitive information."),
    ]
    write_fax(path, blocks, rng, font="sans",
              header="SEP 30 2024 11:52AM  MOBILE POLICE CIS        251 555 0127     p.{page}")


doc(id="bw27", fmt="fax", ext="tif", build=b_bw27, label=dict(
    template="AL municipal police faxed request-for-information form to labor dept, two subjects, witnesses named",
    requestor=("local-police", "Mobile Police Department", "Terrence L. Buford", "Corporal, Property Crimes",
               "tbuford@cityofmobile.org", "251-555-0126"),
    subjects=[("María Guadalupe Gómez de Jesús", "1978-03-15", [("license", "7401186")]),
              ("Kao Saelee", "1983-09-05", [("ssn_last4", "6312")])],
    basis=["AL Code 13A-8-3", "AL Code 13A-8-2", "AL Code 25-4-116"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["employment", "address", "phone", "claims"], channel="fax"))


# ============================================================================================
# bw28  born-digital: Fairfax Commonwealth's Attorney cover + VA circuit court subpoena duces tecum
# ============================================================================================
def b_bw28(path, rng):
    blocks = [
        ("letterhead", ["OFFICE OF THE COMMONWEALTH'S ATTORNEY", "FAIRFAX COUNTY, VIRGINIA",
                        "4110 Chain Bridge Road, Room 114, Fairfax, Virginia 22030  ·  703-555-0178"]),
        ("p", "March 3, 2025"),
        ("p", "Virginia Employment Commission\nAttn: Subpoena Processing / Office of the Commissioner\n"
              "6606 West Broad Street\nRichmond, VA 23230"),
        ("p", "RE: Commonwealth v. Demetrius Kane Rollins and Aleksandra Ivanovna Petrova,\n"
              "      CR24-001877 and CR24-001878"),
        ("pj", "Enclosed is a subpoena duces tecum issued by the Clerk of the Circuit Court of Fairfax County for VEC "
               "records concerning the two defendants, who are charged with grand larceny (Va. Code § 18.2-95) and "
               "embezzlement (Va. Code § 18.2-111) from a Tysons restaurant group. The restaurant's controller, "
               "Ms. Priya Raghunathan, and the former general manager, Mr. Owen Fetterman, are Commonwealth "
               "witnesses. I understand Va. Code § 60.2-114 permits the Commission to produce these records in "
               "response to a subpoena in a criminal proceeding. Please return the records directly to the Clerk as "
               "the subpoena directs, with a copy to me."),
        ("p", "Sincerely,\n\n\nColleen M. Achterberg\nAssistant Commonwealth's Attorney\n"
              "colleen.achterberg@fairfaxcounty.gov"),
        ("pb",),
        ("centerb", "VIRGINIA:\nIN THE CIRCUIT COURT OF FAIRFAX COUNTY"),
        ("title", "SUBPOENA DUCES TECUM (CRIMINAL)"),
        ("center", "Va. Code § 19.2-267; Rule 3A:12(b), Rules of the Supreme Court of Virginia"),
        ("table", [["COMMONWEALTH OF VIRGINIA\nv.\nROLLINS, Demetrius Kane\nPETROVA, Aleksandra Ivanovna",
                    "Case Nos. CR24-001877\n                 CR24-001878\nHearing date: April 14, 2025, 10:00 a.m."]],
         [3.4, 3.3], False),
        ("p", "TO THE SHERIFF OF THE CITY OF RICHMOND:"),
        ("pj", "You are commanded to summon: Custodian of Records, Virginia Employment Commission, 6606 West Broad "
               "Street, Richmond, Virginia 23230, to produce on or before April 7, 2025, to the Clerk of this Court, "
               "4110 Chain Bridge Road, Fairfax, Virginia, the following writings and objects:"),
        ("table", [["Name", "Date of birth", "Records"],
                   ["ROLLINS, Demetrius Kane", "04/30/1987",
                    "All employer wage reports, unemployment claims and payments, addresses of record, 1/1/2022 – present"],
                   ["PETROVA, Aleksandra Ivanovna", "08/19/1992", "Same"]], [2.3, 1.1, 3.3]),
        ("pj", "The writings and objects may be delivered to the Clerk in a sealed envelope in lieu of personal "
               "appearance. These records are confidential under Va. Code § 60.2-114 and shall be opened only by the "
               "Court or as the Court directs."),
        ("table", [["Requested by: Colleen M. Achterberg, Assistant Commonwealth's Attorney, VSB No. 81244\n"
                    "Office of the Commonwealth's Attorney, Fairfax County — 703-555-0178",
                    "Issued March 3, 2025\nJOHN T. FREY-ALDRIDGE, CLERK\n\nby ____________________ Deputy Clerk"]],
         [3.9, 2.8], False),
        ("small", "RETURN OF SERVICE: Executed on ______________ by delivering a copy to ______________________ "
                  "Sheriff, City of Richmond  By ______________ Deputy Sheriff"),
    ]
    render_pdf(path, blocks, font="serif", footer=("Form CC-1374 (adapted)", 2))


doc(id="bw28", fmt="born_digital", ext="pdf", build=b_bw28, label=dict(
    template="VA Commonwealth's Attorney cover + Fairfax Circuit Court criminal subpoena duces tecum to VEC",
    requestor=("district-attorney", "Office of the Commonwealth's Attorney, Fairfax County", "Colleen M. Achterberg",
               "Assistant Commonwealth's Attorney", "colleen.achterberg@fairfaxcounty.gov", "703-555-0178"),
    subjects=[("Demetrius Kane Rollins", "1987-04-30", []), ("Aleksandra Ivanovna Petrova", "1992-08-19", [])],
    basis=["VA Code 18.2-95", "VA Code 18.2-111", "VA Code 60.2-114", "VA Code 19.2-267", "VA R 3A:12"],
    process=("court_subpoena", None), attached=True, purpose="criminal_investigation",
    records=["wages", "employment", "claims", "benefits", "address"], channel="mail"))


# ============================================================================================
# bw29  scanned: ICE (no component) letter + I-200 to Idaho Transportation Department
# ============================================================================================
def b_bw29(path, rng):
    blocks = [
        ("p", "<b>U.S. Immigration and Customs Enforcement</b>\n1185 S. Vinnell Way\nBoise, Idaho 83709"),
        ("right", "March 11, 2025"),
        ("p", "Idaho Transportation Department\nDivision of Motor Vehicles — Records Request Unit\n"
              "3311 W. State Street\nBoise, ID 83703"),
        ("p", "RE: Records request — BONDARENKO, Nazar Oleksandrovych"),
        ("pj", "Dear Records Custodian,"),
        ("pj", "This office is attempting to locate the individual named below, for whom a Warrant for Arrest of Alien "
               "(copy attached) has been issued. Please provide the most recent residential and mailing address on "
               "file, the most recent license photograph, and any vehicles registered to him."),
        ("table", [["Name", "DOB", "A-Number", "Idaho DL"],
                   ["BONDARENKO, Nazar Oleksandrovych", "10/12/1988", "A215-330-487", "XK418203D"]],
         [2.7, 1.1, 1.4, 1.4]),
        ("pj", "This request is made under the authority of 8 U.S.C. § 1357(a). Release of motor vehicle records to a "
               "government agency in carrying out its functions is permitted by 18 U.S.C. § 2721(b)(1) and Idaho Code "
               "§ 49-203(4). His spouse, Oksana Bondarenko, and his employer, Treasure Valley Framing, should not be "
               "contacted."),
        ("p", "Thank you,\n\n\nHollis D. Granger\nImmigration Officer\nU.S. Immigration and Customs Enforcement\n"
              "(208) 555-0144 · hollis.d.granger@ice.dhs.gov"),
        ("pb",),
        ("center", "U.S. DEPARTMENT OF HOMELAND SECURITY"),
        ("title", "WARRANT FOR ARREST OF ALIEN"),
        ("right", "File No. A215 330 487\nDate: 03/07/2025"),
        ("pj", "To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
               "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest "
               "for immigration violations"),
        ("pj", "I have determined that there is probable cause to believe that <b>NAZAR OLEKSANDROVYCH BONDARENKO</b> "
               "is removable from the United States. This determination is based upon:"),
        ("p", "[ ] the execution of a charging document to initiate removal proceedings against the subject;\n"
              "[X] the pendency of ongoing removal proceedings against the subject;\n"
              "[ ] the failure to establish admissibility subsequent to deferred inspection;\n"
              "[ ] biometric confirmation of the subject's identity and a records check of federal databases ...;\n"
              "[X] statements made voluntarily by the subject to an immigration officer and/or other reliable "
              "evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding "
              "such status is removable under U.S. immigration law."),
        ("pj", "YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and "
               "Nationality Act, the above-named alien."),
        ("sp", 10),
        ("p", "______________________________________\n(Signature of Authorized Immigration Officer)\n\n"
              "Vernon A. Kealoha, Supervisory Detention and Deportation Officer\n"
              "(Printed Name and Title of Authorized Immigration Officer)"),
        ("h", "Certificate of Service"),
        ("p", "I hereby certify that the Warrant for Arrest of Alien was served by me at ______________ on "
              "______________, and the contents of this notice were read to him or her in the ______________ "
              "language."),
    ]
    write_scanned(path, blocks, rng, font="serif", dpi=200, footer=("Form I-200 (Rev. 09/16)", 2))


doc(id="bw29", fmt="scanned", ext="pdf", build=b_bw29, label=dict(
    template="ICE (no component named) locate letter + I-200 to state DMV, scanned; spouse/employer named",
    requestor=("dhs-ice", "U.S. Immigration and Customs Enforcement", "Hollis D. Granger", "Immigration Officer",
               "hollis.d.granger@ice.dhs.gov", "(208) 555-0144"),
    subjects=[("Nazar Oleksandrovych Bondarenko", "1988-10-12",
               [("a_number", "A215330487"), ("license", "XK418203D")])],
    basis=["8 USC 1357", "18 USC 2721", "ID Code 49-203", "INA 236", "INA 287", "8 CFR 287"],
    process=("administrative_warrant", "I-200"), attached=True, purpose="civil_immigration",
    records=["address", "photo", "vehicle"], channel="mail"))


# ============================================================================================
# bw30  e-mail with JPEG photo of a North Dakota district court order (Fargo PD)
# ============================================================================================
def b_bw30(path, rng):
    order = [
        ("p", "STATE OF NORTH DAKOTA                              IN DISTRICT COURT\n"
              "COUNTY OF CASS                                        EAST CENTRAL JUDICIAL DISTRICT"),
        ("hr",),
        ("p", "State of North Dakota,                       Plaintiff,\n\nvs.                                     "
              "              Case No. 09-2024-CR-04412\n\nAbdiwali Hassan Farah,                      Defendant."),
        ("hr",),
        ("title", "ORDER FOR PRODUCTION OF RECORDS"),
        ("pj", "[¶1] The State of North Dakota, by Assistant Cass County State's Attorney Brynn E. Solheim, moved "
               "under N.D.R.Crim.P. 17(c) for an order directing Job Service North Dakota to produce records. The "
               "defendant is charged with Theft of Property, N.D.C.C. § 12.1-23-02, a class B felony, arising from "
               "cargo losses at Red River Logistics, Inc., whose owner Phong Tran reported the thefts."),
        ("pj", "[¶2] IT IS ORDERED that Job Service North Dakota, notwithstanding N.D.C.C. § 52-01-03, shall produce "
               "to Detective Kristoffer Aune, Fargo Police Department, within ten (10) days of service, all "
               "unemployment insurance claim records, employer wage records, and addresses of record, from "
               "January 1, 2023 to the present, for ABDIWALI HASSAN FARAH, date of birth July 7, 1991."),
        ("pj", "[¶3] The records shall be used only for purposes of this criminal proceeding."),
        ("sp", 6),
        ("p", "Dated: 12/10/2024.                                     BY THE COURT:\n\n"
              "                                                               /s/ Lisbeth Grønvold\n"
              "                                                               Lisbeth Grønvold, District Judge"),
    ]
    jpg = photo_jpeg(order, rng, font="serif", angle=1.4)
    body = """Good morning,

Attached is a photo of the signed order for Job Service records in our
theft case (State v. Abdiwali Hassan Farah, Cass County 09-2024-CR-04412).
The scanner in our unit is down, so I took a picture of it; the certified
copy will follow by mail.

The order covers UI claims, employer wage records and addresses for the
defendant from January 2023 forward. Please send the records to me.

Thank you,
Kristoffer Aune
Detective | Fargo Police Department - Investigations
105 25th St N, Fargo ND 58102
Office: 701-555-0148
kaune@FargoND.gov
"""
    m = new_msg('"Aune, Kristoffer" <kaune@FargoND.gov>', "JSND UI Legal <uilegal@nd.gov>",
                "Court Order - Cass County 09-2024-CR-04412 - Job Service records",
                dt.datetime(2024, 12, 11, 9, 12, 31, tzinfo=tz(-6)), "bw30")
    m.set_content(body)
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="IMG_20241211_085944.jpg")
    with open(path, "wb") as f:
        f.write(finish_eml(m, "bw30"))


doc(id="bw30", fmt="eml", ext="eml", build=b_bw30, label=dict(
    template="Fargo PD detective e-mail with JPEG photo of ND district court order to Job Service",
    requestor=("local-police", "Fargo Police Department - Investigations", "Kristoffer Aune", "Detective",
               "kaune@FargoND.gov", "701-555-0148"),
    subjects=[("Abdiwali Hassan Farah", "1991-07-07", [])],
    basis=["ND CrimP 17", "NDCC 12.1-23-02", "NDCC 52-01-03"],
    process=("court_order", None), attached=True, purpose="criminal_investigation",
    records=["claims", "wages", "employment", "address"], channel="email"))


# ============================================================================================
# bw31  born-digital: US Marshals fugitive letter to Oklahoma Employment Security Commission
# ============================================================================================
def b_bw31(path, rng):
    blocks = [
        ("letterhead", ["U.S. Department of Justice", "United States Marshals Service",
                        "Northern District of Oklahoma — Fugitive Task Force",
                        "333 West 4th Street, Room 4557, Tulsa, OK 74103"]),
        ("right", "4 February 2025"),
        ("p", "Oklahoma Employment Security Commission\nLegal Division — Records Requests\n"
              "Will Rogers Memorial Office Building, 2401 N. Lincoln Blvd.\nOklahoma City, OK 73105"),
        ("p", "<b>RE: Fugitive investigation — TUCKERMAN, Garrett Wayne</b>"),
        ("pj", "The United States Marshals Service is seeking to locate and apprehend Garrett Wayne TUCKERMAN "
               "(DOB March 30, 1990; Oklahoma DL T904418372), who is wanted on a Tulsa County District Court felony "
               "warrant (CF-2024-3391) for Larceny of an Automobile and Grand Larceny, 21 O.S. §§ 1701, 1704 and "
               "1720. The task force is authorized to investigate fugitive matters under 28 U.S.C. § 566(e)(1)(B) "
               "and 34 U.S.C. § 41503."),
        ("pj", "TUCKERMAN has not been at his listed address since October. His mother, Darla Tuckerman of Sand "
               "Springs, and a former girlfriend, Jolene Fairweather, have been interviewed and do not know where he "
               "is working. We therefore request the name, address and telephone number of any employer that has "
               "reported wages for him since July 1, 2024, the most recent quarterly wage report, and any address or "
               "telephone number he has given on an unemployment claim."),
        ("pj", "We understand the Commission may release this information to a law enforcement agency consistent with "
               "40 O.S. § 4-508. The information will be used solely to locate the fugitive."),
        ("p", "Respectfully,\n\n\nCaroline E. Stroud\nDeputy United States Marshal\n"
              "Office 918-555-0111  ·  caroline.stroud@usdoj.gov"),
        ("small", "LAW ENFORCEMENT SENSITIVE — This letter and any response contain information about an ongoing "
                  "fugitive investigation. Do not release to the public or the subject."),
    ]
    render_pdf(path, blocks, font="sans")


doc(id="bw31", fmt="born_digital", ext="pdf", build=b_bw31, label=dict(
    template="USMS deputy letter to state employment commission to locate fugitive on state warrant; family named",
    requestor=("doj-usms", "United States Marshals Service, Northern District of Oklahoma — Fugitive Task Force",
               "Caroline E. Stroud", "Deputy United States Marshal", "caroline.stroud@usdoj.gov", "918-555-0111"),
    subjects=[("Garrett Wayne Tuckerman", "1990-03-30", [("license", "T904418372")])],
    basis=["21 OS 1701", "21 OS 1704", "21 OS 1720", "28 USC 566", "34 USC 41503", "40 OS 4-508"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["employment", "wages", "address", "phone", "claims"], channel="mail"))


# ============================================================================================
# bw32  txt: Nevada DETR portal confirmation, LVMPD detective, two subjects
# ============================================================================================
def b_bw32(path, rng):
    text = """==============================================================================
 NEVADA DEPARTMENT OF EMPLOYMENT, TRAINING AND REHABILITATION (DETR)
 Employment Security Division -- Law Enforcement Records Request Portal
 CONFIRMATION COPY                                   Ref: ESD-LE-25-000862
==============================================================================
Received: 2025-02-19 14:06 PST          Status: QUEUED FOR REVIEW

[Requester]
 Agency:            Las Vegas Metropolitan Police Department
 Bureau/Section:    Financial Crimes Section
 Name:              Noelani K. Akana
 Rank/Title:        Detective
 Personnel #:       P#14922
 Phone:             702-555-0185
 Email:             n14922a@lvmpd.com

[Case]
 Event #:           LLV241203001488
 Offense(s):        Grand larceny, NRS 205.220; obtaining and using personal
                    identifying information of another, NRS 205.463
 Legal authority:   NRS 612.265

[Subject 1]
 Last:  ZÚÑIGA BARRIOS     First: Ximena        Middle:
 DOB:   1996-09-04         SSN last 4: 5581     NV DL: 1402211875

[Subject 2]
 Last:  KARIUKI            First: Peter         Middle: Mwangi
 DOB:   1979-02-28         SSN last 4: 0417     NV DL: (unknown)

[Records requested]
 (x) Employer name(s)/address(es)   (x) Quarterly wages   (x) UI claims
 ( ) Benefit payment detail         ( ) Other

[Notes]
 Victim is a Henderson resident, Dolores Ambrose (79), whose identity was used
 to obtain a credit line; her caregiver's husband (Kariuki) and a co-worker of
 the caregiver (Zuniga Barrios) are the suspects. Please DO NOT contact the
 subjects or the victim's family.

[Attestation]
 (x) I attest this request is for an official criminal investigation.
==============================================================================
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


doc(id="bw32", fmt="txt", ext="txt", build=b_bw32, label=dict(
    template="NV DETR law-enforcement portal confirmation (text), LVMPD detective, two subjects",
    requestor=("local-police", "Las Vegas Metropolitan Police Department", "Noelani K. Akana", "Detective",
               "n14922a@lvmpd.com", "702-555-0185"),
    subjects=[("Ximena Zúñiga Barrios", "1996-09-04", [("ssn_last4", "5581"), ("license", "1402211875")]),
              ("Peter Mwangi Kariuki", "1979-02-28", [("ssn_last4", "0417")])],
    basis=["NRS 205.220", "NRS 205.463", "NRS 612.265"],
    process=("none", None), attached=False, purpose="criminal_investigation",
    records=["employment", "wages", "claims"], channel="email"))


# ============================================================================================
def main():
    os.makedirs(TMP, exist_ok=True)
    seen = set()
    for d in DOCS:
        assert d["id"] not in seen
        seen.add(d["id"])
        rng = random.Random("%s-%s" % (SEED, d["id"]))
        path = os.path.join(OUT, "%s.%s" % (d["id"], d["ext"]))
        d["build"](path, rng)
        lab = label(d["id"], d["fmt"], **d["label"])
        with open(os.path.join(OUT, "%s.expected.json" % d["id"]), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%-5s %-12s %-24s %8d bytes" % (d["id"], d["fmt"], lab["legal_process"]["type"], os.path.getsize(path)))


if __name__ == "__main__":
    main()
