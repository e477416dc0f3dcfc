#!/usr/bin/env python
"""Build the blind_l sample set: 32 labelled request documents.

Independent author's set: state court process (warrants, orders, grand jury
subpoenas, trial subpoenas) and the federal process most easily confused with it.
Run:  /work/main/.venv/bin/python samples/blind_l/build.py
Everything is deterministic (fixed seeds, fixed dates, fixed MIME boundaries).
"""
import io
import json
import os
import random
import subprocess
import tempfile
import time
from email.message import EmailMessage
from email import policy
from email.utils import formataddr

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

rl_config.invariant = 1

OUT = os.path.dirname(os.path.abspath(__file__))
FAMILY = "blind-l"
SEED = 4242
FD = "/usr/share/fonts/truetype/dejavu/"

for fam, base in (("DV", "DejaVuSans"), ("DVS", "DejaVuSerif"), ("DVM", "DejaVuSansMono"),
                  ("DVC", "DejaVuSansCondensed"), ("DVSC", "DejaVuSerifCondensed")):
    variants = {"": base, "-B": base + "-Bold",
                "-I": base + ("-Italic" if "Serif" in base else "-Oblique"),
                "-BI": base + ("-BoldItalic" if "Serif" in base else "-BoldOblique")}
    for suf, fn in variants.items():
        pdfmetrics.registerFont(TTFont(fam + suf, FD + fn + ".ttf"))
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")

# ---------------------------------------------------------------- pdf helpers
_styles = {}


def st(font="DVS", size=10.5, lead=None, align="L", sb=0, sa=5, li=0, fi=0, ri=0):
    key = (font, size, lead, align, sb, sa, li, fi, ri)
    if key not in _styles:
        _styles[key] = ParagraphStyle(
            "s%d" % len(_styles), fontName=font, fontSize=size,
            leading=lead or size * 1.28,
            alignment={"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT, "J": TA_JUSTIFY}[align],
            spaceBefore=sb, spaceAfter=sa, leftIndent=li, firstLineIndent=fi, rightIndent=ri)
    return _styles[key]


def P(text, **kw):
    return Paragraph(text.replace("\n", "<br/>"), st(**kw))


def SP(h=6):
    return Spacer(1, h)


def HR(w=0.8, color=colors.black, sb=2, sa=6):
    return HRFlowable(width="100%", thickness=w, color=color, spaceBefore=sb, spaceAfter=sa)


def T(rows, widths, font="DVS", size=9.5, grid=True, pad=3, valign="TOP", extra=(), lead=None):
    data = [[c if not isinstance(c, str) else Paragraph(c.replace("\n", "<br/>"),
                                                        st(font=font, size=size, lead=lead, sa=0))
             for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def page_deco(left=None, center=None, right=None, top=None, font="DV", size=7.5, top_right=None):
    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, size)
        pn = canvas.getPageNumber()
        w, h = letter
        if left:
            canvas.drawString(54, 30, left.format(page=pn))
        if center:
            canvas.drawCentredString(w / 2, 30, center.format(page=pn))
        if right:
            canvas.drawRightString(w - 54, 30, right.format(page=pn))
        if top:
            canvas.drawString(54, h - 30, top.format(page=pn))
        if top_right:
            canvas.drawRightString(w - 54, h - 30, top_right.format(page=pn))
        canvas.restoreState()
    return deco


def make_pdf(story, deco=None, margins=(60, 60, 54, 54), title="", author="", creator=""):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=margins[0], rightMargin=margins[1],
                            topMargin=margins[2], bottomMargin=margins[3], title=title,
                            author=author, creator=creator or "Microsoft Word", subject="")
    if deco:
        doc.build(story, onFirstPage=deco, onLaterPages=deco)
    else:
        doc.build(story)
    return buf.getvalue()


def sigline(name, title, extra=None, font="DVS", size=10, width=230, indent=260, script=None):
    rows = []
    if script:
        rows.append([P("<i>%s</i>" % script, font="DVS-I", size=15, sa=0)])
    rows.append([HRFlowable(width=width, thickness=0.7, color=colors.black, spaceBefore=0, spaceAfter=1)])
    rows.append([P(name, font=font, size=size, sa=0)])
    for line in ([title] if title else []) + (extra or []):
        rows.append([P(line, font=font, size=size - 0.5, sa=0)])
    t = Table(rows, colWidths=[width + 10])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    outer = Table([["", t]], colWidths=[indent, width + 12])
    outer.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


# ------------------------------------------------------------ raster helpers
def pdf_to_gray_pages(pdf_bytes, dpi):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.pdf")
        with open(src, "wb") as f:
            f.write(pdf_bytes)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, os.path.join(td, "p")],
                       check=True)
        names = sorted(n for n in os.listdir(td) if n.startswith("p") and n.endswith(".png"))
        return [Image.open(os.path.join(td, n)).convert("L").copy() for n in names]


def degrade_scan(img, rng, angle=0.8, turn=0, bg=232, noise=9, quality=55, blur=0.5):
    a = np.asarray(img).astype(np.float32)
    # paper tone + slightly uneven illumination
    h, w = a.shape
    grad = np.linspace(0, 14, w)[None, :] + np.linspace(0, 8, h)[:, None]
    a = a * (bg - 20) / 255.0 + 12 + (255 - bg) * 0 - grad * 0.6
    a += rng.normal(0, noise, a.shape)
    # dust specks
    for _ in range(int(rng.integers(40, 120))):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        a[max(0, y - 1):y + 2, max(0, x - 1):x + 2] = rng.uniform(40, 120)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L")
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=int(bg * 0.78))
    if turn:
        im = im.rotate(turn, expand=True)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("L")


FIXED_PDF_DATE = time.struct_time((2024, 10, 15, 12, 0, 0, 1, 289, 0))


def write_scanned(pdf_bytes, path, seed, angles, turns=None, dpi=200, quality=55, bg=230):
    rng = np.random.default_rng(seed)
    pages = pdf_to_gray_pages(pdf_bytes, dpi)
    out = []
    for i, pg in enumerate(pages):
        out.append(degrade_scan(pg, rng, angle=angles[i % len(angles)],
                                turn=(turns or {}).get(i, 0), bg=bg, quality=quality))
    out[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=out[1:],
                creationDate=FIXED_PDF_DATE, modDate=FIXED_PDF_DATE, producer="KM-4750 Scan")
    return len(out)


def write_fax(pdf_bytes, path, seed, header_fn, angle=0.35):
    rng = np.random.default_rng(seed)
    pages = pdf_to_gray_pages(pdf_bytes, 200)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 24)
    out = []
    n = len(pages)
    for i, pg in enumerate(pages):
        im = pg.rotate(angle * (1 if i % 2 == 0 else -0.6), resample=Image.BICUBIC,
                       fillcolor=255)
        # fax header line across the top edge
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 44], fill=255)
        d.text((28, 10), header_fn(i + 1, n), font=font, fill=0)
        a = np.asarray(im).astype(np.float32)
        a += rng.normal(0, 22, a.shape)
        bw = (a > 150).astype(np.uint8) * 255
        # scattered black pixels and a couple of horizontal streaks
        mask = rng.random(bw.shape) < 0.0008
        bw[mask] = 0
        for _ in range(2):
            y = int(rng.integers(60, bw.shape[0] - 10))
            bw[y, :] = np.where(rng.random(bw.shape[1]) < 0.35, 0, bw[y, :])
        out.append(Image.fromarray(bw, "L").convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True,
                append_images=out[1:])
    return n


def pdf_to_jpeg(pdf_bytes, seed, dpi=150, page=0, angle=0.6, quality=60):
    rng = np.random.default_rng(seed)
    pg = pdf_to_gray_pages(pdf_bytes, dpi)[page]
    im = degrade_scan(pg, rng, angle=angle, bg=236, noise=7, quality=quality)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


# --------------------------------------------------------------- e-mail helper
def build_email(frm, to, subject, date, msgid, text=None, html=None, cc=None,
                attachments=(), extra_headers=()):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in extra_headers:
        msg[k] = v
    if text is not None and html is not None:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
    for att in attachments:
        if isinstance(att, EmailMessage):
            msg.add_attachment(att)
        else:
            data, maintype, subtype, fname = att
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg


def write_email(msg, path, seed):
    random.seed(seed)  # MIME boundaries come from the random module
    data = msg.as_bytes(policy=policy.SMTP)
    with open(path, "wb") as f:
        f.write(data)


# ------------------------------------------------------------- label helper
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def expected(id_, fmt, template, req, subjects, basis, ptype, form, purpose, records, channel,
             attached=None):
    rec = {
        "id": id_, "family": FAMILY, "format": fmt, "template": template,
        "requestor": {"agency_key": req[0], "agency_name": req[1], "person": req[2],
                      "title": req[3], "email": req[4], "phone": req[5]},
        "subjects": [{"name": s[0], "dob": s[1],
                      "identifiers": [{"type": t, "value": v} for t, v in (s[2] if len(s) > 2 else [])]}
                     for s in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": (ptype != "none") if attached is None else attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }
    with open(os.path.join(OUT, id_ + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return rec


def save(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(OUT, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)


def letterhead(lines, font="DVS", big=15, small=8.5, align="C", rule=True):
    out = [P("<b>%s</b>" % lines[0], font=font, size=big, align=align, sa=1)]
    for ln in lines[1:]:
        out.append(P(ln, font=font, size=small, align=align, sa=0))
    if rule:
        out.append(HR(1.2, sb=4, sa=10))
    return out


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn

# ============================================================== documents


@doc
def bl01():
    """NY Supreme Court search warrant (Kings) with ADA cover letter; born digital."""
    s = []
    s += letterhead(["DISTRICT ATTORNEY — KINGS COUNTY",
                     "350 JAY STREET · BROOKLYN, NEW YORK 11201-2908",
                     "(718) 555-0100"], big=14)
    s.append(P("FRAUDS BUREAU", font="DVS-B", size=9, align="R", sa=4))
    s.append(P("September 9, 2024", sa=8))
    s.append(P("<b>VIA FEDEX PRIORITY OVERNIGHT</b>", size=9.5, sa=10))
    s.append(P("Records Access Officer\nNew York State Department of Motor Vehicles\n"
               "Legal Bureau – Subpoena Compliance Unit\n6 Empire State Plaza, Room 522A\n"
               "Albany, New York 12228", sa=6))
    s.append(T([["Re:", "<b>People v. John Doe (Whitfield investigation)</b>\n"
                 "Search Warrant No. 2024-KSW-1187\nDA File No. FR-24-0611"]],
               [40, 380], grid=False, size=10.5, pad=0))
    s.append(SP(4))
    s.append(P("Dear Records Access Officer:"))
    body = [
        "Enclosed please find a search warrant issued on September 6, 2024 by the Honorable "
        "Lorraine T. Castellano, Justice of the Supreme Court, Kings County, directing the search of "
        "records maintained by the New York State Department of Motor Vehicles. The warrant is "
        "addressed to any police officer of the City of New York and will be executed by Detective "
        "Luis Ferraro of the NYPD Financial Crimes Task Force, who has asked that I forward it to your "
        "unit so that the records can be assembled in the ordinary course.",
        "This Office is investigating a scheme in which driver licenses and non-driver identification "
        "cards were obtained in the names of real people and then used to open credit lines and to "
        "register vehicles. The conduct under investigation includes identity theft in the first "
        "degree (Penal Law § 190.80) and grand larceny in the third degree (Penal Law § 155.35).",
        "The warrant covers the following individuals:",
    ]
    for b in body:
        s.append(P(b, align="J", sa=6, size=10))
    s.append(T([["<b>Name</b>", "<b>Date of Birth</b>", "<b>DMV Client ID</b>"],
                ["WHITFIELD, Darnell Kareem", "11/02/1988", "412 887 903"],
                ["IBÁÑEZ CÓRDOVA, Yesenia", "07/21/1993", "733 015 248"]],
               [200, 100, 120], size=10))
    s.append(SP(8))
    for b in [
        "For each person, please provide the complete license and non-driver ID file, including "
        "application documents and the proofs of identity submitted, every photograph on file, the "
        "address history, and all vehicle registrations and titles issued in that person's name from "
        "January 1, 2021 to the present.",
        "Certified copies may be delivered to Detective Ferraro or to me at the address above. Because "
        "the investigation is ongoing, we ask that you not notify the individuals named of the "
        "existence of the warrant. If you have any questions please call me at (718) 555-0143 or "
        "e-mail kalinowskim@brooklynda.org.",
    ]:
        s.append(P(b, align="J", sa=6, size=10))
    s.append(P("Very truly yours,", sb=4, sa=16, size=10))
    s.append(P("Meredith S. Kalinowski\nAssistant District Attorney\nFrauds Bureau", sa=4, size=10))
    s.append(P("Enclosure", size=9, sa=2))
    s.append(P("cc: Det. Luis Ferraro, Shield No. 4471, NYPD Financial Crimes Task Force", size=9))
    s.append(PageBreak())
    # --- the warrant
    s.append(P("SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS", font="DVS-B", size=12,
               align="C", sa=10))
    s.append(T([["THE PEOPLE OF THE STATE OF NEW YORK\n\n— against —\n\nJOHN DOE",
                 "<b>SEARCH WARRANT</b>\n\nWarrant No. 2024-KSW-1187\nPart SW-3"]],
               [300, 170], size=10.5, extra=[("LINEAFTER", (0, 0), (0, 0), 0.8, colors.black)],
               grid=False))
    s.append(SP(10))
    s.append(P("<b>IN THE NAME OF THE PEOPLE OF THE STATE OF NEW YORK</b>", align="C", sa=8))
    s.append(P("TO ANY POLICE OFFICER OF THE CITY OF NEW YORK:", font="DVS-B", sa=8))
    for b in [
        "Proof by affidavit having been made this day before me by Detective Luis Ferraro, Shield "
        "No. 4471, of the New York City Police Department, that there is reasonable cause to believe "
        "that certain property, namely the records described below, constitutes evidence and tends to "
        "demonstrate that an offense was committed and that a particular person participated in the "
        "commission of an offense, to wit: Identity Theft in the First Degree (Penal Law § 190.80) and "
        "Grand Larceny in the Third Degree (Penal Law § 155.35);",
        "YOU ARE THEREFORE COMMANDED, pursuant to CPL 690.05 and 690.10, to make a search of the "
        "business records of the New York State Department of Motor Vehicles, 6 Empire State Plaza, "
        "Albany, New York 12228, including records stored electronically and accessible from that "
        "location, for the following property:",
    ]:
        s.append(P(b, align="J", sa=7))
    for b in [
        "(a) all driver license, learner permit and non-driver identification card records, "
        "including applications and the documents submitted as proof of identity, for DARNELL KAREEM "
        "WHITFIELD (DOB 11/02/1988, Client ID 412 887 903) and YESENIA IBÁÑEZ CÓRDOVA (DOB "
        "07/21/1993, Client ID 733 015 248);",
        "(b) all digital photographs and signature images captured for the above persons;",
        "(c) all residential and mailing addresses recorded for the above persons, with the dates "
        "each address was entered;",
        "(d) all vehicle registration and title records issued to or in the name of the above "
        "persons from January 1, 2021 to the date of this warrant;",
    ]:
        s.append(P(b, li=22, align="J", sa=4))
    s.append(P("and if you find such property or any part thereof, to bring it before this Court "
               "without unnecessary delay. This warrant must be executed not more than ten days after "
               "the date of issuance (CPL 690.30), between the hours of 6:00 a.m. and 9:00 p.m.",
               align="J", sb=4, sa=12))
    s.append(P("Dated: Brooklyn, New York\n            September 6, 2024", sa=16))
    s.append(sigline("HON. LORRAINE T. CASTELLANO", "Justice of the Supreme Court",
                     script="L. T. Castellano"))
    pdf = make_pdf(s, page_deco(center="KCDA FR-24-0611 — Page {page}"), title="Whitfield SW",
                   margins=(60, 60, 40, 48))
    save("bl01.pdf", pdf)
    return expected(
        "bl01", "born_digital", "NY Supreme Court search warrant with ADA cover letter",
        ("district-attorney", "District Attorney — Kings County, Frauds Bureau",
         "Meredith S. Kalinowski", "Assistant District Attorney", "kalinowskim@brooklynda.org",
         "(718) 555-0143"),
        [("Darnell Kareem Whitfield", "1988-11-02", [("license", "412887903")]),
         ("Yesenia Ibáñez Córdova", "1993-07-21", [("license", "733015248")])],
        ["NY PL 190.80", "NY PL 155.35", "NY CPL 690.05", "NY CPL 690.10", "NY CPL 690.30"],
        "judicial_warrant", None, "criminal_investigation",
        ["license", "identity_documents", "photo", "address", "vehicle"], "mail")


@doc
def bl02():
    """E-mail from Allegheny County ADA; attachment is a Common Pleas order for UC records."""
    s = []
    s.append(P("IN THE COURT OF COMMON PLEAS OF ALLEGHENY COUNTY, PENNSYLVANIA\nCRIMINAL DIVISION",
               font="DVS-B", size=11.5, align="C", sa=14))
    s.append(T([["COMMONWEALTH OF PENNSYLVANIA\n\n          v.\n\nOLEKSANDR HRYTSENKO and\n"
                 "MARTA KOWALCZYK-BRUNO,\n                    Defendants.",
                 ")\n)\n)\n)\n)\n)\n)",
                 "CP-02-CR-0004417-2024\nCP-02-CR-0004418-2024\n\nOTN: U 771204-3"]],
               [250, 20, 180], grid=False, size=10.5))
    s.append(SP(12))
    s.append(P("<u>ORDER OF COURT</u>", font="DVS-B", size=12, align="C", sa=12))
    for b in [
        "AND NOW, this 14th day of August, 2024, upon consideration of the Commonwealth's Motion for "
        "Production of Unemployment Compensation Records, and the Court finding that the records "
        "sought are relevant to the prosecution of the above-captioned matters, which charge theft "
        "by deception (18 Pa.C.S. § 3922) and unsworn falsification to authorities (18 Pa.C.S. "
        "§ 4904), it is hereby ORDERED, ADJUDGED and DECREED that the Motion is GRANTED.",
        "The Pennsylvania Department of Labor &amp; Industry, Office of Unemployment Compensation "
        "Benefits, shall, within twenty (20) days of service of this Order, produce to the Office of "
        "the District Attorney of Allegheny County the following records for the period January 1, "
        "2021 through the date of this Order, as permitted by 43 P.S. § 766:",
    ]:
        s.append(P(b, align="J", sa=8, fi=24))
    for b in [
        "1.  All applications for benefits, bi-weekly claim filings and claimant certifications filed "
        "in the names of Oleksandr Hrytsenko (DOB 03/14/1985; SSN ending 6621) and Marta "
        "Kowalczyk-Bruno (DOB 12/02/1990; SSN ending 0457);",
        "2.  All quarterly wage records reported by any employer for either Defendant, including the "
        "employer's name and address;",
        "3.  The mailing addresses, telephone numbers and e-mail addresses provided on any claim, and "
        "the IP addresses recorded for each online claim filing;",
        "4.  A statement of benefits paid, with payment dates and the account or debit card to which "
        "each payment was made.",
    ]:
        s.append(P(b, li=36, fi=-18, align="J", sa=5))
    s.append(P("The records shall be accompanied by a certification of the custodian. The records "
               "shall be used only for purposes of this prosecution and shall not be further "
               "disseminated except as required by law or further Order of Court.",
               align="J", sb=6, sa=22, fi=24))
    s.append(P("BY THE COURT:", align="R", sa=26, ri=60))
    s.append(sigline("Kevin P. McAllister", "J.", width=200, indent=270, script="K. P. McAllister"))
    s.append(SP(20))
    s.append(P("Presented by: Priya Raghunathan, Assistant District Attorney, PA I.D. No. 318822", size=8.5))
    pdf = make_pdf(s, page_deco(left="Filed 08/14/2024 11:02 AM  Department of Court Records, "
                                     "Criminal Division, Allegheny County, PA", size=7),
                   margins=(70, 70, 60, 60))
    text = """Good afternoon,

Please find attached an Order of Court signed by Judge McAllister on August 14 in
Commonwealth v. Hrytsenko and Commonwealth v. Kowalczyk-Bruno (CP-02-CR-0004417-2024 and
-0004418-2024). The Order directs L&I to produce UC claim and wage records for both
defendants within 20 days of service. This e-mail is our service copy; the certified
copy is also going out by first-class mail today.

Both defendants are charged with theft by deception and unsworn falsification in
connection with UC claims filed in 2021 and 2022 while they were on the payroll of a
trucking company here in Pittsburgh. We are particularly interested in the IP address
logs for the online claim filings (item 3 of the Order).

The records can be sent electronically to me at this address, or on disc to:

   Allegheny County District Attorney's Office
   Economic Crimes Unit, 401 Allegheny County Courthouse
   436 Grant Street, Pittsburgh, PA 15219

Please let me know who in your office will be handling this and whether you need
anything further from us.

Thank you,

Priya Raghunathan
Assistant District Attorney | Economic Crimes Unit
Office of the District Attorney of Allegheny County
412-555-0162 | praghunathan@alleghenycounty.us

CONFIDENTIALITY NOTICE: This message and any attachments may contain confidential
information protected by law. If you are not the intended recipient, please notify
the sender and delete this message.
"""
    msg = build_email(
        formataddr(("Raghunathan, Priya", "praghunathan@alleghenycounty.us")),
        formataddr(("L&I UC Legal Process", "ra-li-uc-legalprocess@pa.gov")),
        "Court Order - Commonwealth v. Hrytsenko / Kowalczyk-Bruno (CP-02-CR-0004417-2024)",
        "Thu, 15 Aug 2024 14:27:53 -0400", "<8f3c1a27.55c0@alleghenycounty.us>",
        text=text, attachments=[(pdf, "application", "pdf", "Order_CP-02-CR-0004417-2024.pdf")])
    write_email(msg, os.path.join(OUT, "bl02.eml"), 2)
    return expected(
        "bl02", "eml", "ADA e-mail with PA Common Pleas order for UC records attached (PDF)",
        ("district-attorney", "Office of the District Attorney of Allegheny County",
         "Priya Raghunathan", "Assistant District Attorney", "praghunathan@alleghenycounty.us",
         "412-555-0162"),
        [("Oleksandr Hrytsenko", "1985-03-14", [("ssn_last4", "6621")]),
         ("Marta Kowalczyk-Bruno", "1990-12-02", [("ssn_last4", "0457")])],
        ["18 PaCS 3922", "18 PaCS 4904", "43 PS 766"],
        "court_order", None, "criminal_investigation",
        ["claims", "wages", "employment", "address", "phone", "email", "benefits", "other"], "email")


@doc
def bl03():
    """Ohio (Cuyahoga) grand jury subpoena duces tecum issued by the Clerk; scanned."""
    s = []
    s.append(T([["<b>THE STATE OF OHIO,</b>\n<b>CUYAHOGA COUNTY, ss.</b>",
                 "<b>COURT OF COMMON PLEAS</b>\nJustice Center · 1200 Ontario Street\nCleveland, Ohio 44113"]],
               [230, 250], grid=False, font="DV", size=10))
    s.append(SP(8))
    s.append(P("SUBPOENA DUCES TECUM — GRAND JURY", font="DV-B", size=14, align="C", sa=2))
    s.append(P("(R.C. 2939.12; Crim.R. 17)", font="DV", size=9, align="C", sa=10))
    s.append(T([["Grand Jury Investigation No.", "2024-GJ-1183"],
                ["Term", "September 2024 Term, Panel B"],
                ["Offense(s) under inquiry", "R.C. 2913.02 (Theft); R.C. 2913.49 (Identity Fraud); "
                 "R.C. 4507.30 (Prohibited acts — driver's license)"]],
               [160, 320], font="DV", size=9.5))
    s.append(SP(10))
    s.append(P("TO:  Custodian of Records\n        Ohio Bureau of Motor Vehicles, Legal Services\n"
               "        1970 West Broad Street\n        Columbus, Ohio 43223", font="DV", size=10.5, sa=10))
    for b in [
        "YOU ARE HEREBY COMMANDED to appear before the Grand Jury of Cuyahoga County, Ohio, at the "
        "Justice Center, 1200 Ontario Street, Cleveland, Ohio, Room 9-B, on the <b>22nd day of "
        "October, 2024, at 9:00 a.m.</b>, then and there to testify and the truth to speak in a "
        "matter pending before said Grand Jury, and not depart without leave of the Court or the Grand "
        "Jury.",
        "YOU ARE FURTHER COMMANDED to bring with you the books, papers, records and documents "
        "described in Attachment A.",
        "In lieu of personal appearance, the custodian may satisfy this subpoena by delivering "
        "certified copies of the records, with an affidavit of the custodian, to the Assistant "
        "Prosecuting Attorney named below on or before the return date. Grand jury matters are secret "
        "(Crim.R. 6(E)). You are requested not to disclose the existence of this subpoena.",
        "Failure to obey this subpoena without adequate excuse may be deemed a contempt of the Court "
        "of Common Pleas.",
    ]:
        s.append(P(b, font="DV", size=10, align="J", sa=7))
    s.append(SP(6))
    s.append(T([["Issued at the request of:\nMichael D. Szymanski (0087714)\nAssistant Prosecuting Attorney\n"
                 "Cuyahoga County Prosecutor's Office\n1200 Ontario Street, 9th Floor\nCleveland, Ohio 44113\n"
                 "(216) 555-0178\nmszymanski@prosecutor.cuyahogacounty.us",
                 "NAILAH J. PRUITT-OWENS\nClerk of the Court of Common Pleas\n\n\nBy: <i>R. Delgado</i>\n"
                 "_________________________\nDeputy Clerk\n\nDate issued: 09/27/2024\n[ COURT SEAL ]"]],
               [250, 230], font="DV", size=9.5))
    s.append(PageBreak())
    s.append(P("ATTACHMENT A", font="DV-B", size=12, align="C", sa=2))
    s.append(P("Grand Jury Investigation No. 2024-GJ-1183 — Ohio Bureau of Motor Vehicles",
               font="DV", size=9.5, align="C", sa=12))
    s.append(P("Produce the following records for each person listed below, for the period January 1, "
               "2020 through the date of production:", font="DV", size=10, sa=8))
    s.append(T([["<b>Name</b>", "<b>DOB</b>", "<b>OL / ID No.</b>"],
                ["WARSAME, Abdirahman Farah", "06/30/1991", "RK482915"],
                ["ALI, Hodan Mohamed", "01/09/1994", "RT307716"]],
               [200, 100, 130], font="DV", size=10))
    s.append(SP(10))
    for b in [
        "1. Driver license and identification card application records, including all documents "
        "scanned or presented as proof of identity, Social Security number and Ohio residency.",
        "2. All photographs and signature images on file.",
        "3. Address history, including every mailing and residence address reported, with dates.",
        "4. Vehicle title and registration records (including temporary tags) in which either person "
        "is listed as owner, co-owner or lessee.",
        "5. Records of any duplicate or replacement license or ID card issued, including the deputy "
        "registrar agency location and transaction date.",
    ]:
        s.append(P(b, font="DV", size=10, li=18, fi=-14, sa=5, align="J"))
    s.append(SP(12))
    s.append(P("Questions regarding this subpoena may be directed to APA Michael D. Szymanski at "
               "(216) 555-0178. Investigator assigned: Inv. Craig Halloran, CCPO Economic Crimes.",
               font="DV", size=9.5, sa=6))
    s.append(SP(24))
    s.append(P("RETURN OF SERVICE", font="DV-B", size=10.5, align="C", sa=6))
    s.append(P("Received this subpoena on ____________, 20___, and served the same by certified mail / "
               "personal delivery upon ______________________________ on ____________, 20___.\n\n"
               "______________________________  Deputy Sheriff / Process Server", font="DV", size=9.5))
    pdf = make_pdf(s, page_deco(left="CCPO-GJ-17 (rev. 2/22)", right="Page {page} of 2", font="DV"))
    write_scanned(pdf, os.path.join(OUT, "bl03.pdf"), 303, angles=[0.9, -1.3], turns={1: 180})
    return expected(
        "bl03", "scanned", "Ohio county grand jury subpoena duces tecum (Clerk) with attachment",
        ("district-attorney", "Cuyahoga County Prosecutor's Office", "Michael D. Szymanski",
         "Assistant Prosecuting Attorney", "mszymanski@prosecutor.cuyahogacounty.us", "(216) 555-0178"),
        [("Abdirahman Farah Warsame", "1991-06-30", [("license", "RK482915")]),
         ("Hodan Mohamed Ali", "1994-01-09", [("license", "RT307716")])],
        ["ORC 2939.12", "OH CrimP 17", "ORC 2913.02", "ORC 2913.49", "ORC 4507.30", "OH CrimP 6"],
        "grand_jury_subpoena", None, "criminal_investigation",
        ["license", "identity_documents", "photo", "address", "vehicle"], "mail")


@doc
def bl04():
    """Fax: ERO cover sheet + DHS Form I-138 Immigration Enforcement Subpoena to Indiana DWD."""
    s = []
    s.append(P("FAX TRANSMITTAL", font="DV-B", size=22, sa=4))
    s.append(P("U.S. Department of Homeland Security\nU.S. Immigration and Customs Enforcement\n"
               "Enforcement and Removal Operations — Chicago Field Office\nIndianapolis Sub-Office\n"
               "575 N. Pennsylvania Street, Suite 400, Indianapolis, IN 46204", font="DV", size=10, sa=14))
    s.append(T([["TO:", "Indiana Department of Workforce Development — Legal / Records Custodian"],
                ["FAX:", "(317) 555-0198"],
                ["FROM:", "SDDO Bradley J. Vanderpool"],
                ["PHONE:", "(317) 555-0119"],
                ["E-MAIL:", "bradley.vanderpool@ice.dhs.gov"],
                ["DATE:", "10/03/2024"],
                ["PAGES:", "3 (including cover)"],
                ["RE:", "Immigration Enforcement Subpoena No. ERO-CHI-IND-2024-0388"]],
               [80, 400], font="DV", size=11))
    s.append(SP(16))
    s.append(P("Attached please find an Immigration Enforcement Subpoena (Form I-138) for wage and "
               "employer records on one individual. Please produce the records by the return date "
               "listed. Records may be faxed to (317) 555-0120 or e-mailed to the address above in lieu "
               "of appearance. Contact me with any questions.", font="DV", size=11, sa=14, align="J"))
    s.append(P("<b>FOR OFFICIAL USE ONLY / LAW ENFORCEMENT SENSITIVE</b>\nThe information in this "
               "facsimile is intended only for the named recipient. If you received this in error, "
               "notify the sender by telephone and destroy all copies.", font="DV", size=9))
    s.append(PageBreak())
    s.append(P("DEPARTMENT OF HOMELAND SECURITY", font="DV-B", size=11, align="C", sa=0))
    s.append(P("IMMIGRATION ENFORCEMENT SUBPOENA TO APPEAR AND/OR PRODUCE RECORDS",
               font="DV-B", size=12.5, align="C", sa=0))
    s.append(P("(8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4)", font="DV", size=9, align="C", sa=10))
    s.append(T([["Subpoena Number: ERO-CHI-IND-2024-0388", "Date: 10/03/2024"],
                ["In the Matter of: TRAN, Van Minh     File No.: A208 551 904     DOB: 04/17/1986", ""],
                ["To: Custodian of Records, Indiana Department of Workforce Development\n"
                 "      10 N. Senate Avenue, Indianapolis, IN 46204", ""]],
               [340, 140], font="DV", size=9.5,
               extra=[("SPAN", (0, 1), (1, 1)), ("SPAN", (0, 2), (1, 2))]))
    s.append(SP(8))
    for b in [
        "By the service of this subpoena upon you, and by the authority of Section 235(d)(4)(A) of the "
        "Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4, YOU ARE "
        "HEREBY COMMANDED AND REQUIRED to appear before Supervisory Detention and Deportation Officer "
        "Bradley J. Vanderpool, an officer of the Department of Homeland Security, at 575 N. "
        "Pennsylvania Street, Suite 400, Indianapolis, Indiana 46204, on <b>October 24, 2024 at 10:00 "
        "a.m.</b>, to give testimony in connection with an investigation or inquiry relating to the "
        "enforcement of the immigration laws of the United States, namely the alienage, admissibility "
        "and removability of the above-named person, and to bring with you and produce for examination "
        "the following books, papers and documents:",
    ]:
        s.append(P(b, font="DV", size=9.8, align="J", sa=6))
    for b in [
        "1. All quarterly wage records reported for TRAN, Van Minh, SSN ending 5812, from January 1, "
        "2022 to the present, including the name, address and FEIN of each reporting employer;",
        "2. Any unemployment insurance claim filed by the above person, and the residential and "
        "mailing addresses and telephone numbers listed on it;",
        "3. The most recent address of record for the above person.",
    ]:
        s.append(P(b, font="DV", size=9.8, li=18, fi=-12, sa=4, align="J"))
    s.append(P("The production of certified copies of the records described above, delivered on or "
               "before the date stated, will be accepted in lieu of your personal appearance.",
               font="DV", size=9.8, sb=4, sa=6, align="J"))
    s.append(T([["<b>NOTICE:</b> Failure to comply with this subpoena may result in the Department of "
                 "Homeland Security applying to a United States District Court for an order requiring "
                 "compliance (8 U.S.C. § 1225(d)(4)(B)). Failure to obey such an order may be punished "
                 "by the court as a contempt thereof."]], [480], font="DV", size=9.3))
    s.append(SP(10))
    s.append(T([["<i>B. J. Vanderpool</i>\n____________________________\nSignature of Issuing Officer",
                 "Bradley J. Vanderpool\nSupervisory Detention and Deportation Officer\n"
                 "ICE ERO Chicago — Indianapolis"]], [230, 250], font="DV", size=9.5, grid=False))
    s.append(PageBreak())
    s.append(P("CERTIFICATE OF SERVICE", font="DV-B", size=12, align="C", sa=10))
    s.append(P("I hereby certify that on 10/03/2024 I served a copy of this subpoena upon the Indiana "
               "Department of Workforce Development, Custodian of Records, by  [ ] personal service   "
               "[X] facsimile   [ ] certified mail.", font="DV", size=10, sa=16))
    s.append(P("<i>B. J. Vanderpool</i>   Bradley J. Vanderpool, SDDO", font="DV", size=10, sa=20))
    s.append(P("Name and title of person served: ______________________________", font="DV", size=10))
    pdf = make_pdf(s, page_deco(left="DHS Form I-138 (12/23)", right="Page {page} of 3", font="DV"))
    write_fax(pdf, os.path.join(OUT, "bl04.tif"), 404,
              lambda p, n: "OCT-03-2024 15:41   ICE ERO INDIANAPOLIS   3175550120   P.%d/%d" % (p, n))
    return expected(
        "bl04", "fax", "ERO fax cover + DHS I-138 immigration enforcement subpoena (wage records)",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — "
         "Chicago Field Office, Indianapolis Sub-Office", "Bradley J. Vanderpool",
         "Supervisory Detention and Deportation Officer", "bradley.vanderpool@ice.dhs.gov",
         "(317) 555-0119"),
        [("Van Minh Tran", "1986-04-17", [("a_number", "A208551904"), ("ssn_last4", "5812")])],
        ["8 USC 1225", "8 CFR 287.4", "INA 235"],
        "administrative_subpoena", "I-138", "civil_immigration",
        ["wages", "employment", "claims", "address", "phone"], "fax")


@doc
def bl05():
    """Massachusetts District Court trial subpoena duces tecum (clerk-magistrate) + ADA letter."""
    s = []
    s += letterhead(["Office of the Middlesex District Attorney",
                     "Framingham District Court Unit · 600 Concord Street · Framingham, MA 01702",
                     "Tel. 781-555-0137 · Fax 781-555-0138"], font="DV", big=13)
    s.append(P("October 18, 2024", font="DV", sa=10))
    s.append(P("Keeper of Records\nMassachusetts Registry of Motor Vehicles\nRecords Certification Unit\n"
               "25 Newport Avenue Extension\nQuincy, MA 02171", font="DV", sa=10))
    s.append(P("<b>Re: Commonwealth v. Julián Andrés Gómez Ochoa, Docket No. 2449CR001873</b>",
               font="DV", sa=8))
    for b in [
        "Dear Keeper of Records:",
        "Enclosed is a summons (subpoena duces tecum) issued by the Clerk-Magistrate of the Framingham "
        "Division of the District Court Department for the trial of the above matter, presently "
        "scheduled for November 12, 2024. The defendant is charged with operating a motor vehicle "
        "while under the influence of intoxicating liquor, G.L. c. 90, § 24, and operating after "
        "suspension, G.L. c. 90, § 23.",
        "Personal appearance will be excused if certified copies of the requested records are received "
        "by this office no later than November 6, 2024. Please include the Registry's attestation so "
        "that the records may be admitted without a live witness.",
        "Thank you for your assistance. Please contact me directly with any questions.",
    ]:
        s.append(P(b, font="DV", align="J", sa=8))
    s.append(P("Sincerely,", font="DV", sb=4, sa=20))
    s.append(P("Colleen M. Fitzgerald\nAssistant District Attorney\ncolleen.fitzgerald@mass.gov\n"
               "781-555-0137", font="DV", sa=12))
    s.append(P("Enc.\ncc: Atty. Raymond Kessler (defense counsel), w/ enc.", font="DV", size=9))
    s.append(PageBreak())
    s.append(P("COMMONWEALTH OF MASSACHUSETTS", font="DVS-B", size=11, align="C", sa=0))
    s.append(P("THE TRIAL COURT", font="DVS", size=10, align="C", sa=0))
    s.append(T([["MIDDLESEX, ss.", "DISTRICT COURT DEPARTMENT\nFRAMINGHAM DIVISION\nDocket No. 2449CR001873"]],
               [240, 240], grid=False, font="DVS", size=10,
               extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    s.append(SP(6))
    s.append(P("COMMONWEALTH\nv.\nJULIÁN ANDRÉS GÓMEZ OCHOA", font="DVS-B", size=10.5, align="C", sa=10))
    s.append(P("SUMMONS TO WITNESS — SUBPOENA DUCES TECUM", font="DVS-B", size=13, align="C", sa=2))
    s.append(P("(G.L. c. 277, § 68; Mass. R. Crim. P. 17)", font="DVS", size=9, align="C", sa=10))
    s.append(P("To: Keeper of Records, Registry of Motor Vehicles, 25 Newport Avenue Extension, "
               "Quincy, MA 02171", font="DVS", sa=8))
    for b in [
        "YOU ARE HEREBY COMMANDED, in the name of the Commonwealth of Massachusetts, to appear before "
        "the District Court Department of the Trial Court, Framingham Division, 600 Concord Street, "
        "Framingham, Massachusetts, on <b>Tuesday, November 12, 2024 at 9:00 A.M.</b>, and from day to "
        "day thereafter until the action is heard by the Court, to give evidence of what you know "
        "relating to a criminal proceeding then and there to be heard between the Commonwealth and the "
        "above-named defendant.",
        "YOU ARE FURTHER REQUIRED to bring with you the following:",
    ]:
        s.append(P(b, font="DVS", align="J", sa=7))
    for b in [
        "a) a certified copy of the driver license record and driving history of JULIÁN ANDRÉS GÓMEZ "
        "OCHOA, date of birth February 28, 1979, Massachusetts license no. S41739028;",
        "b) the license status on April 2, 2024, with copies of every notice of suspension or "
        "revocation mailed to him and the address to which each notice was mailed;",
        "c) the most recent license photograph on file.",
    ]:
        s.append(P(b, font="DVS", li=24, fi=-14, sa=4, align="J"))
    s.append(P("Hereof fail not, as you will answer your default under the pains and penalties in the "
               "law in that behalf made and provided.", font="DVS", sb=4, sa=8, align="J"))
    s.append(P("Dated: October 17, 2024", font="DVS", sa=14))
    s.append(T([["Summonsed at the request of:\nColleen M. Fitzgerald, ADA\nMiddlesex District Attorney's Office\n"
                 "781-555-0137",
                 "Witness: Hon. Margaret E. Tierney, First Justice\n\n<i>Joseph A. Lombardi</i>\n"
                 "______________________________\nJoseph A. Lombardi, Clerk-Magistrate"]],
               [230, 250], grid=False, font="DVS", size=9.5))
    pdf = make_pdf(s, page_deco(left="DC-CR-Witness Summons (rev. 3/19)", right="{page}", font="DVS"))
    save("bl05.pdf", pdf)
    return expected(
        "bl05", "born_digital", "Massachusetts District Court witness summons duces tecum + ADA letter",
        ("district-attorney", "Office of the Middlesex District Attorney", "Colleen M. Fitzgerald",
         "Assistant District Attorney", "colleen.fitzgerald@mass.gov", "781-555-0137"),
        [("Julián Andrés Gómez Ochoa", "1979-02-28", [("license", "S41739028")])],
        ["MGL 90-24", "MGL 90-23", "MGL 277-68", "MA CrimP 17"],
        "court_subpoena", None, "criminal_investigation",
        ["license", "address", "photo"], "mail")


@doc
def bl06():
    """ERO letter to Tennessee DOC with Form I-200 Warrant for Arrest of Alien attached."""
    s = []
    s.append(T([["<b>U.S. Department of Homeland Security</b>\nU.S. Immigration and Customs Enforcement\n"
                 "Enforcement and Removal Operations\nNew Orleans Field Office — Nashville Sub-Office\n"
                 "1321 Murfreesboro Pike, Suite 520\nNashville, TN 37217",
                 "<b>[DHS SEAL]</b>"]], [380, 100], grid=False, font="DV", size=9.5,
               extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    s.append(HR(0.6, sb=6, sa=12))
    s.append(P("August 20, 2024", font="DV", sa=10))
    s.append(P("Tennessee Department of Correction\nSentence Management Services\n"
               "Rachel Jackson Building, 6th Floor\n320 Sixth Avenue North\nNashville, TN 37243", font="DV", sa=12))
    s.append(P("<b>RE: Request for Information — HERNÁNDEZ DE LA CRUZ, José Ramiro\n"
               "       A# 215 664 087 · TDOC # 00598342 · DOB 09/03/1982</b>", font="DV", sa=10))
    for b in [
        "To Whom It May Concern:",
        "U.S. Immigration and Customs Enforcement (ICE) has issued the enclosed Warrant for Arrest of "
        "Alien (Form I-200) for the above-named individual, who is presently in the custody of the "
        "Tennessee Department of Correction. Under the authority of 8 U.S.C. § 1357 and 8 C.F.R. "
        "§ 287.7, ICE respectfully requests the following information:",
    ]:
        s.append(P(b, font="DV", align="J", sa=8))
    for b in ["• current facility and housing location;",
              "• projected release date, parole hearing date and any detainers or holds on file;",
              "• the last known residential address reported by the individual and any address listed "
              "in his release plan;",
              "• a copy of his most recent booking or facility photograph."]:
        s.append(P(b, font="DV", li=20, sa=2))
    for b in [
        "Please direct your response to Deportation Officer Kristina L. Mayfield by e-mail at "
        "kristina.mayfield@ice.dhs.gov or by telephone at (615) 555-0147. This information is "
        "requested for official use and will be handled in accordance with DHS privacy policies.",
        "Thank you for your continued cooperation.",
    ]:
        s.append(P(b, font="DV", align="J", sa=8, sb=4))
    s.append(P("Respectfully,", font="DV", sa=18))
    s.append(P("Kristina L. Mayfield\nDeportation Officer\nICE ERO Nashville\n(615) 555-0147", font="DV", sa=8))
    s.append(P("Enclosure: Form I-200", font="DV", size=9))
    s.append(PageBreak())
    s.append(T([["DEPARTMENT OF HOMELAND SECURITY", "Warrant for Arrest of Alien"]],
               [300, 180], grid=False, font="DV-B", size=10,
               extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    s.append(HR(1.5, sb=2, sa=10))
    s.append(T([["", "File No. A215 664 087\n\nDate: 08/19/2024"]], [300, 180], grid=False, font="DV", size=10))
    s.append(SP(8))
    for b in [
        "To:  Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
        "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of "
        "arrest for immigration violations",
        "I have determined that there is probable cause to believe that <u>HERNÁNDEZ DE LA CRUZ, José "
        "Ramiro</u> is removable from the United States. This determination is based upon:",
    ]:
        s.append(P(b, font="DV", size=10, align="J", sa=8))
    for b in ["[X]  the execution of a charging document to initiate removal proceedings against the subject;",
              "[   ]  the pendency of ongoing removal proceedings against the subject;",
              "[   ]  the failure to establish admissibility subsequent to deferred inspection;",
              "[X]  biometric confirmation of the subject's identity and a records check of federal "
              "databases that affirmatively indicate, by themselves or in addition to other reliable "
              "information, that the subject either lacks immigration status or notwithstanding such "
              "status is removable under U.S. immigration law; and/or",
              "[   ]  statements made voluntarily by the subject to an immigration officer and/or other "
              "reliable evidence that affirmatively indicate the subject either lacks immigration status "
              "or notwithstanding such status is removable under U.S. immigration law."]:
        s.append(P(b, font="DV", size=9.5, li=30, fi=-22, sa=3, align="J"))
    s.append(P("YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the "
               "Immigration and Nationality Act, the above-named alien.", font="DV-B", size=10, sb=8, sa=18))
    s.append(T([["", "<i>D. Oyelaran</i>\n______________________________\n(Signature of Authorized Immigration Officer)\n\n"
                 "Daniel Oyelaran, Supervisory Detention and Deportation Officer\n"
                 "(Printed Name and Title of Authorized Immigration Officer)"]], [180, 300],
               grid=False, font="DV", size=9))
    s.append(SP(14))
    s.append(HR(0.8))
    s.append(P("Certificate of Service", font="DV-B", size=10, align="C", sa=6))
    s.append(P("I hereby certify that the Warrant for Arrest of Alien was served by me at "
               "_________________ (Location) on ______________________ (Name of Alien) on "
               "__________ (Date of Service), and the contents of this notice were read to him or her "
               "in the ______________ (Language) language.", font="DV", size=9, sa=14))
    s.append(T([["______________________________\nName and Signature of Officer",
                 "______________________________\nName or Number of Interpreter (if applicable)"]],
               [240, 240], grid=False, font="DV", size=8.5))
    pdf = make_pdf(s, page_deco(left="Form I-200 (Rev. 09/16)", font="DV", size=7))
    save("bl06.pdf", pdf)
    return expected(
        "bl06", "born_digital", "ERO request letter to state DOC with Form I-200 enclosed",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, "
         "New Orleans Field Office — Nashville Sub-Office", "Kristina L. Mayfield", "Deportation Officer",
         "kristina.mayfield@ice.dhs.gov", "(615) 555-0147"),
        [("José Ramiro Hernández de la Cruz", "1982-09-03",
          [("a_number", "A215664087"), ("other", "00598342")])],
        ["8 USC 1357", "8 CFR 287.7", "INA 236", "INA 287", "8 CFR 287"],
        "administrative_warrant", "I-200", "civil_immigration",
        ["address", "photo", "other"], "mail")


def i247a_pdf(fields, checks, signer, title, office, authority_line):
    s = []
    s.append(T([["DEPARTMENT OF HOMELAND SECURITY", "IMMIGRATION DETAINER – NOTICE OF ACTION"]],
               [220, 260], grid=False, font="DV-B", size=10.5,
               extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    s.append(HR(1.4, sb=2, sa=6))
    s.append(T([["Subject ID: " + fields["subject_id"], "Event #: " + fields["event"],
                 "File No: " + fields["file"]]], [160, 160, 160], font="DV", size=9))
    s.append(T([["TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)\n"
                 + fields["to"],
                 "FROM: (Department of Homeland Security Office Address)\n" + fields["from"]]],
               [240, 240], font="DV", size=8.8))
    s.append(T([["Name of Alien: " + fields["name"]],
                ["Date of Birth: " + fields["dob"] + "      Nationality: " + fields["nat"]
                 + "      Sex: " + fields["sex"]]], [480], font="DV", size=9))
    s.append(SP(4))
    s.append(P("<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE "
               "ALIEN. THIS DETERMINATION IS BASED ON</b> (complete box 1 or 2).",
               font="DV", size=8.8, sa=3))
    for c in checks:
        s.append(P(c, font="DV", size=8.5, li=22, fi=-16, sa=2, align="J"))
    s.append(P("<b>IT IS THEREFORE REQUESTED THAT YOU:</b>", font="DV", size=8.8, sb=4, sa=3))
    for c in ["[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien "
              "is released from your custody. Please notify DHS by calling [X] U.S. Immigration and "
              "Customs Enforcement (ICE) or [ ] U.S. Customs and Border Protection (CBP) at "
              + fields["phone"] + ". If you cannot reach an official at the number(s) provided, please "
              "contact the Law Enforcement Support Center at: (802) 872-6020.",
              "[X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when "
              "he/she would otherwise have been released from your custody to allow DHS to assume "
              "custody. The alien must be served with a copy of this form for the detainer to take "
              "effect. This detainer arises from DHS authorities and should not impede the originating "
              "process.",
              "[X] Relay this detainer to any other law enforcement agency to which you transfer custody "
              "of the alien.",
              "[ ] Notify this office in the event of the alien's death, hospitalization or transfer to "
              "another institution."]:
        s.append(P(c, font="DV", size=8.5, li=22, fi=-16, sa=2, align="J"))
    s.append(P(authority_line, font="DV", size=8.5, sb=4, sa=6, align="J"))
    s.append(T([["(Name and title of Immigration Officer)\n" + signer + ", " + title,
                 "(Signature of Immigration Officer)\n<i>%s</i>" % signer]],
               [280, 200], font="DV", size=9))
    s.append(SP(6))
    s.append(P("<b>Notice:</b> If the alien may be the victim of a crime or you want the alien to remain in "
               "the United States for a law enforcement purpose, notify the ICE Law Enforcement Support "
               "Center at (802) 872-6020. You may also call this number if you have any other questions or "
               "concerns about this matter.", font="DV", size=8, sa=6, align="J"))
    s.append(P("TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN WHO IS THE "
               "SUBJECT OF THIS NOTICE:", font="DV-B", size=8, sa=2))
    s.append(P("Date of latest criminal charge/conviction: __________   Last offense charged/conviction: "
               "______________________   This form was served upon the alien on __________ in the "
               "following manner: [ ] in person  [ ] by inmate mail delivery  [ ] other (please specify): "
               "__________", font="DV", size=8, sa=6))
    s.append(P("(Name and title of Officer) ______________________   (Signature of Officer) "
               "______________________", font="DV", size=8))
    return make_pdf(s, page_deco(left="DHS Form I-247A (3/17)", font="DV", size=7),
                    margins=(54, 54, 40, 44))


@doc
def bl07():
    """ERO e-mail to Louisiana DOC with I-247A detainer attached (PDF)."""
    pdf = i247a_pdf(
        {"subject_id": "352118870", "event": "NOL2409001457", "file": "A097 412 336",
         "to": "Louisiana Department of Public Safety and Corrections\nElayn Hunt Correctional Center\n"
               "6925 Highway 74, St. Gabriel, LA 70776",
         "from": "ICE ERO New Orleans Field Office\n1250 Poydras Street, Suite 325\nNew Orleans, LA 70113",
         "name": "DANG, Quoc Bao", "dob": "05/26/1979", "nat": "VIETNAM", "sex": "M",
         "phone": "(504) 555-0131"},
        ["[X] A final order of removal against the alien;",
         "[ ] The pendency of ongoing removal proceedings against the alien;",
         "[ ] Biometric confirmation of the alien's identity and a records check of federal databases "
         "that affirmatively indicate, by themselves or in addition to other reliable information, "
         "that the alien either lacks immigration status or notwithstanding such status is removable "
         "under U.S. immigration law; and/or",
         "[ ] Statements made by the alien to an immigration officer and/or other reliable evidence that "
         "affirmatively indicate the alien either lacks immigration status or notwithstanding such "
         "status is removable under U.S. immigration law.",
         "2. [X] DHS transferred the alien to your custody for a proceeding or investigation, and DHS "
         "intends to resume custody of the alien upon completion of that proceeding or investigation. "
         "This detainer is accompanied by: [ ] Form I-200 (Warrant for Arrest of Alien) "
         "[X] Form I-205 (Warrant of Removal/Deportation), signed by an immigration officer."],
        "Marcus T. Delacroix", "Deportation Officer", "New Orleans",
        "This detainer is issued pursuant to 8 U.S.C. §§ 1226 and 1357 and 8 C.F.R. § 287.7.")
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Please see the attached <b>I-247A</b> immigration detainer for the below subject currently at
Elayn Hunt Correctional Center. Please lodge the detainer and serve a copy on the subject.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>A-Number</th><th>DOC #</th></tr>
<tr><td>DANG, Quoc Bao</td><td>05/26/1979</td><td>A097-412-336</td><td>00714522</td></tr>
</table>
<p>In addition, can you please advise his <b>projected release/full-term date</b> and send me a copy
of his most recent <b>facility photo</b> and any <b>release address</b> he has given classification?
We need this to plan the pick-up.</p>
<p>Thank you for your help,</p>
<p>Marcus T. Delacroix<br>
Deportation Officer | Criminal Apprehension Program<br>
U.S. Immigration and Customs Enforcement<br>
Enforcement and Removal Operations – New Orleans<br>
Desk: (504) 555-0131 | Cell: (504) 555-0132<br>
<a href="mailto:marcus.t.delacroix@ice.dhs.gov">marcus.t.delacroix@ice.dhs.gov</a></p>
<p style="font-size:8pt;color:#666">WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).
It contains information that may be exempt from public release under the Freedom of Information Act
(5 U.S.C. 552).</p>
</body></html>"""
    text = ("Good morning,\n\nPlease see the attached I-247A immigration detainer for the below subject "
            "currently at Elayn Hunt Correctional Center. Please lodge the detainer and serve a copy on "
            "the subject.\n\n  Name: DANG, Quoc Bao\n  DOB: 05/26/1979\n  A-Number: A097-412-336\n"
            "  DOC #: 00714522\n\nIn addition, can you please advise his projected release/full-term date "
            "and send me a copy of his most recent facility photo and any release address he has given "
            "classification? We need this to plan the pick-up.\n\nThank you for your help,\n\n"
            "Marcus T. Delacroix\nDeportation Officer | Criminal Apprehension Program\n"
            "U.S. Immigration and Customs Enforcement\nEnforcement and Removal Operations – New Orleans\n"
            "Desk: (504) 555-0131 | Cell: (504) 555-0132\nmarcus.t.delacroix@ice.dhs.gov\n\n"
            "WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains "
            "information that may be exempt from public release under the Freedom of Information Act "
            "(5 U.S.C. 552).\n")
    msg = build_email(
        formataddr(("Delacroix, Marcus T", "marcus.t.delacroix@ice.dhs.gov")),
        formataddr(("DOC Records – EHCC", "ehcc.records@corrections.la.gov")),
        "I-247A Detainer - DANG, Quoc Bao - A097412336",
        "Mon, 23 Sep 2024 08:12:09 -0500", "<SA1PR09MB77C2F1@SA1PR09MB.namprd09.prod.outlook.com>",
        text=text, html=html,
        attachments=[(pdf, "application", "pdf", "I-247A_DANG_A097412336.pdf")])
    write_email(msg, os.path.join(OUT, "bl07.eml"), 7)
    return expected(
        "bl07", "eml", "ERO e-mail (multipart/alternative) with I-247A detainer PDF attached",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – "
         "New Orleans", "Marcus T. Delacroix", "Deportation Officer", "marcus.t.delacroix@ice.dhs.gov",
         "(504) 555-0131"),
        [("Quoc Bao Dang", "1979-05-26", [("a_number", "A097412336"), ("other", "00714522")])],
        ["8 USC 1226", "8 USC 1357", "8 CFR 287.7", "5 USC 552"],
        "detainer", "I-247A", "civil_immigration",
        ["other", "photo", "address"], "email")


@doc
def bl08():
    """Web-form submission (text) from a Kentucky State Police detective; no reason given."""
    txt = """KENTUCKY TRANSPORTATION CABINET
Division of Driver Licensing — Law Enforcement Records Request Portal
=====================================================================
Submission ID ........ LERR-2024-118306
Submitted ............ 2024-10-07 16:52:31 EDT
Status ............... NEW (unassigned)

--- REQUESTING AGENCY ---
Agency name .......... Kentucky State Police
Unit / Post .......... Post 4 — Elizabethtown
ORI .................. KYKSP0400
Requesting officer ... Det. Sgt. Amanda R. Pruitt
Badge / ID # ......... 2217
Phone ................ 270-555-0104
E-mail ............... amanda.pruitt@ky.gov
Supervisor ........... Lt. Gary Womack

--- SUBJECT 1 ---
Last name ............ LINDQVIST
First name ........... Erik
Middle ............... Johan
DOB (mm/dd/yyyy) ..... 10/08/1976
OL / ID number ....... P03-118-472
SSN (last 4) ......... (not provided)

--- RECORDS REQUESTED ---
[x] Current address of record
[x] Address history
[x] Photograph
[ ] Driving history
[ ] Vehicle registration
[ ] Other: ___________

--- PURPOSE ---
Permissible use under DPPA (select):
  (x) 18 U.S.C. 2721(b)(1) - use by a government agency/law enforcement in carrying out its functions
  ( ) other
Case / incident number: 
Brief description of purpose: Official law enforcement purpose.

--- CERTIFICATION ---
[x] I certify that I am a sworn law enforcement officer and that this information is requested for
    a permissible purpose under the Driver's Privacy Protection Act. I understand that misuse of
    personal information is subject to civil and criminal penalties.

Electronic signature: Amanda R. Pruitt   (IP 10.42.18.77)

---------------------------------------------------------------------
This notification was generated automatically. Do not reply to this message.
Records staff: log the request in the LE Request Register before processing.
"""
    save("bl08.txt", txt)
    return expected(
        "bl08", "txt", "state DMV law-enforcement web portal submission, no reason stated",
        ("state-police", "Kentucky State Police", "Amanda R. Pruitt", "Detective Sergeant", "amanda.pruitt@ky.gov",
         "270-555-0104"),
        [("Erik Johan Lindqvist", "1976-10-08", [("license", "P03118472")])],
        ["18 USC 2721"],
        "none", None, "unknown", ["address", "photo"], "email")


@doc
def bl09():
    """Virginia magistrate search warrant (DC-339) + affidavit (DC-338) + detective letter; scanned."""
    s = []
    s += letterhead(["HENRICO COUNTY POLICE DIVISION",
                     "Investigative Bureau — Financial Crimes Unit",
                     "P.O. Box 90775 · Henrico, Virginia 23273-0775 · (804) 555-0180"], font="DVS", big=13)
    s.append(P("July 30, 2024", sa=10))
    s.append(P("Virginia Employment Commission\nOffice of the General Counsel — Legal Process\n"
               "6606 West Broad Street\nRichmond, VA 23230", sa=10))
    s.append(P("<b>Re: Search Warrant — HCPD Case 2024-118773</b>", sa=8))
    for b in [
        "Please find enclosed a search warrant issued by a Henrico County magistrate on July 29, 2024, "
        "together with a copy of the supporting affidavit, for unemployment insurance records relating "
        "to Mykola V. Petrenko. The investigation concerns unemployment claims filed in the name of "
        "Mr. Harold Beasley of Glen Allen, who is the victim in this case and did not file any claim.",
        "I would appreciate the records on CD or by secure e-mail within fourteen days. I can be reached "
        "at (804) 555-0186 or par47@henrico.us.",
    ]:
        s.append(P(b, align="J", sa=8))
    s.append(P("Sincerely,", sa=18))
    s.append(P("Det. Ana Lucía Paredes #1347\nFinancial Crimes Unit\nHenrico County Police Division", sa=8))
    s.append(PageBreak())
    # warrant
    s.append(T([["SEARCH WARRANT", "Commonwealth of Virginia   VA. CODE § 19.2-56"]],
               [220, 260], grid=False, font="DV-B", size=11, extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    s.append(T([["[ ] Circuit Court   [X] General District Court   [ ] J&DR District Court\nof HENRICO COUNTY",
                 "Warrant No. SW-24-0917"]], [330, 150], font="DV", size=9))
    s.append(SP(6))
    s.append(P("TO ANY SHERIFF OR ANY POLICE OFFICER:", font="DV-B", size=10, sa=5))
    s.append(P("You are hereby commanded in the name of the Commonwealth to forthwith search the following "
               "place, person or thing either in day or night:", font="DV", size=9.5, sa=4))
    s.append(T([["The business records of the Virginia Employment Commission, 6606 West Broad Street, "
                 "Richmond, Virginia 23230, including records maintained electronically and accessible "
                 "from that location."]], [480], font="DV", size=9.5))
    s.append(P("for the following property, objects and/or persons:", font="DV", size=9.5, sb=4, sa=4))
    s.append(T([["All unemployment insurance claim records, claimant contact information (mailing address, "
                 "telephone numbers, e-mail addresses), IP address logs for online claim filings, wage "
                 "records reported by employers, and payment records, for the period January 1, 2022 "
                 "to present, relating to MYKOLA V. PETRENKO, DOB 09/12/1987, SSN ending 3390, including any "
                 "claim paid to a debit card, bank account or mailing address associated with him."]], [480], font="DV", size=9.5))
    s.append(P("and you are further commanded to seize said property, objects and/or persons, if they be "
               "found, and to bring them before the court having jurisdiction.", font="DV", size=9.5,
               sb=4, sa=4, align="J"))
    s.append(P("This SEARCH WARRANT is issued in relation to an offense substantially described as "
               "follows: Obtaining money by false pretenses, Va. Code § 18.2-178; identity theft, "
               "Va. Code § 18.2-186.3.", font="DV", size=9.5, sa=4, align="J"))
    s.append(P("I, the undersigned, have found probable cause to believe that the property or person "
               "constitutes evidence of the crime identified herein or tends to show that the person(s) "
               "named or described herein has committed or is committing a crime, and further that the "
               "search should be made, based on the statements in the attached affidavit sworn to by "
               "Det. A. L. Paredes, Henrico County Police Division.", font="DV", size=9.5, sa=8, align="J"))
    s.append(T([["July 29, 2024   2:47 PM\nDATE AND TIME",
                 "<i>W. T. Gaskins</i>\n______________________________\n[X] MAGISTRATE   [ ] JUDGE\n"
                 "William T. Gaskins"]], [240, 240], grid=False, font="DV", size=9.5))
    s.append(SP(8))
    s.append(P("EXECUTION", font="DV-B", size=9.5, sa=2))
    s.append(P("Executed by searching the within described place, person or thing on ____________ at "
               "______ and by seizing ______________________ .   __________________ Officer", font="DV", size=8.8))
    s.append(PageBreak())
    # affidavit
    s.append(T([["AFFIDAVIT FOR SEARCH WARRANT", "Commonwealth of Virginia   VA. CODE § 19.2-54"]],
               [220, 260], grid=False, font="DV-B", size=11, extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    s.append(SP(6))
    for b in [
        "The undersigned Applicant states under oath:",
        "1. A search is requested in relation to an offense substantially described as follows: "
        "Obtaining money by false pretenses (§ 18.2-178) and identity theft (§ 18.2-186.3).",
        "2. The place, person or thing to be searched is described as follows: the business records of "
        "the Virginia Employment Commission, 6606 West Broad Street, Richmond, Virginia.",
        "3. The things or persons to be searched for are described as follows: see Attachment to Search "
        "Warrant SW-24-0917.",
        "4. The material facts constituting probable cause that the search should be made are: On "
        "05/14/2024 Harold J. Beasley reported that he received a Form 1099-G from the VEC showing "
        "$11,340 in unemployment benefits he never applied for. VEC Benefit Payment Control confirmed "
        "that the claim was filed online and paid to a prepaid debit card. The card was registered to "
        "a mailing address on Parham Road leased to Mykola V. Petrenko. Surveillance video from a "
        "retail store shows Petrenko withdrawing funds with the card on 03/02/2024. Records held by "
        "the VEC will show the IP addresses, telephone numbers and e-mail addresses used on the claim.",
        "5. The object, thing or person searched for constitutes evidence of the commission of such "
        "offense.",
        "I have personal knowledge of the facts set forth in this affidavit AND/OR I was advised of the "
        "facts set forth in this affidavit by one or more other persons.",
    ]:
        s.append(P(b, font="DV", size=9.5, sa=5, align="J"))
    s.append(SP(6))
    s.append(T([["Det. Ana Lucía Paredes, Henrico County Police Division\nAPPLICANT",
                 "Subscribed and sworn to before me this day.\n07/29/2024   <i>W. T. Gaskins</i>\n"
                 "[X] MAGISTRATE  [ ] JUDGE"]], [240, 240], grid=False, font="DV", size=9))
    pdf = make_pdf(s, page_deco(left="FORM DC-339/DC-338 (MASTER, PAGE {page})", font="DV", size=7))
    write_scanned(pdf, os.path.join(OUT, "bl09.pdf"), 909, angles=[-0.7, 1.1, 0.5], turns={2: 90},
                  dpi=200, quality=50)
    return expected(
        "bl09", "scanned", "Virginia magistrate search warrant + affidavit + detective cover letter",
        ("local-police", "Henrico County Police Division", "Ana Lucía Paredes", "Detective",
         "par47@henrico.us", "(804) 555-0186"),
        [("Mykola V. Petrenko", "1987-09-12", [("ssn_last4", "3390")])],
        ["VA Code 19.2-56", "VA Code 19.2-54", "VA Code 18.2-178", "VA Code 18.2-186.3"],
        "judicial_warrant", "DC-339", "criminal_investigation",
        ["claims", "address", "phone", "email", "wages", "benefits", "other"], "mail")


@doc
def bl10():
    """Minnesota district court: County Attorney's application, then order for DHS not-public data."""
    cap = [T([["STATE OF MINNESOTA", "DISTRICT COURT"], ["COUNTY OF HENNEPIN", "FOURTH JUDICIAL DISTRICT"]],
             [240, 240], grid=False, font="DVS-B", size=10.5, extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")]),
           SP(8),
           T([["In the Matter of the Application of the Hennepin County Attorney for an Order Directing "
               "the Minnesota Department of Human Services to Disclose Not-Public Data",
               "Court File No. 27-CR-24-18842"]], [300, 180], font="DVS", size=10,
             extra=[("LINEAFTER", (0, 0), (0, 0), 0.8, colors.black), ("GRID", (0, 0), (-1, -1), 0, colors.white)],
             grid=False),
           SP(10)]
    s = list(cap)
    s.append(P("APPLICATION FOR ORDER PURSUANT TO MINN. STAT. § 13.03, SUBD. 6", font="DVS-B", size=11.5,
               align="C", sa=10))
    for b in [
        "Jacob R. Engstrom, Assistant Hennepin County Attorney, respectfully applies to the Court for an "
        "order under Minn. Stat. § 13.03, subd. 6, directing the Minnesota Department of Human Services "
        "(DHS) to disclose the not-public welfare data described below, and in support states:",
        "1. The Hennepin County Attorney's Office has charged FADUMO ABDI HASSAN (DOB 02/11/1984) and "
        "AHMED NUR JAMA (DOB 08/25/1980) with wrongfully obtaining assistance in violation of Minn. "
        "Stat. § 256.98 and theft in violation of Minn. Stat. § 609.52, in connection with Child Care "
        "Assistance Program and Minnesota Family Investment Program benefits received from 2021 "
        "through 2023.",
        "2. The data sought are welfare data classified as private under Minn. Stat. § 13.46. DHS may "
        "release them pursuant to a court order. The State has no other means of obtaining certified "
        "copies of the application files.",
        "3. The data are necessary to the prosecution: the applications, household composition "
        "statements and reported income will show what the defendants represented to the county and the "
        "State, and the benefit issuance history will establish the loss amount. Special Investigator "
        "Mai Xiong of the DHS Office of Inspector General has confirmed that the records exist.",
        "4. The interest of the defendants in the privacy of the data is protected by the limitation on "
        "use proposed in the order, and is outweighed by the public interest in the prosecution.",
        "WHEREFORE, the State asks that the Court enter the attached proposed order.",
    ]:
        s.append(P(b, align="J", sa=7))
    s.append(P("Dated: October 1, 2024", sb=4, sa=6))
    s.append(P("ELAINE R. HOLMQUIST\nHennepin County Attorney", sa=16, li=260))
    s.append(P("<i>s/ Jacob R. Engstrom</i>\nJacob R. Engstrom (#0398842)\nAssistant Hennepin County Attorney\n"
               "C-2000 Government Center, 300 South Sixth Street\nMinneapolis, MN 55487\n"
               "Telephone: (612) 555-0191\njacob.engstrom@hennepin.us", li=260, size=10))
    s.append(PageBreak())
    s += cap
    s.append(P("ORDER", font="DVS-B", size=13, align="C", sa=10))
    s.append(P("The above matter came before the undersigned upon the application of the Hennepin County "
               "Attorney. Based on the application and the files and records herein, the Court finds that "
               "the data sought are discoverable, that the benefit to the State of disclosure outweighs any "
               "harm to the confidentiality interests of the persons who are the subjects of the data, and "
               "that the protective limits below are sufficient. See Minn. Stat. § 13.03, subd. 6.",
               align="J", sa=8))
    s.append(P("<b>IT IS HEREBY ORDERED:</b>", sa=6))
    for b in [
        "1. The Minnesota Department of Human Services shall, within 21 days of service of this Order, "
        "produce to the Hennepin County Attorney's Office certified copies of the following data "
        "concerning FADUMO ABDI HASSAN (DOB 02/11/1984, PMI 00418822) and AHMED NUR JAMA (DOB "
        "08/25/1980, PMI 00537716), for January 1, 2021 through December 31, 2023:",
    ]:
        s.append(P(b, align="J", sa=4))
    for b in ["a. all Combined Applications and Child Care Assistance applications, renewals and "
              "household reports;", "b. reported income, employer names and addresses, and any verification "
              "of employment submitted;", "c. residential and mailing addresses of record;",
              "d. the benefit issuance history for MFIP and CCAP, with payment dates and amounts."]:
        s.append(P(b, li=30, sa=3))
    for b in [
        "2. The data shall be used solely for the prosecution of State v. Hassan and State v. Jama, "
        "shall be disclosed to defense counsel under Minn. R. Crim. P. 9.01, and shall not be otherwise "
        "disseminated.",
        "3. DHS shall not be required to disclose data concerning any child other than household "
        "composition and dates of care.",
    ]:
        s.append(P(b, align="J", sa=6, sb=3))
    s.append(P("BY THE COURT:", sb=10, sa=4, li=260))
    s.append(P("Dated: October 3, 2024", sa=14))
    s.append(sigline("The Honorable Theresa M. Lindgren", "Judge of District Court", script="T. M. Lindgren"))
    pdf = make_pdf(s, page_deco(left="27-CR-24-18842", right="Page {page}", font="DVS"))
    save("bl10.pdf", pdf)
    return expected(
        "bl10", "born_digital", "Minnesota County Attorney application followed by district court order",
        ("district-attorney", "Hennepin County Attorney's Office", "Jacob R. Engstrom",
         "Assistant Hennepin County Attorney", "jacob.engstrom@hennepin.us", "(612) 555-0191"),
        [("Fadumo Abdi Hassan", "1984-02-11", [("other", "00418822")]),
         ("Ahmed Nur Jama", "1980-08-25", [("other", "00537716")])],
        ["MN Stat 13.03", "MN Stat 256.98", "MN Stat 609.52", "MN Stat 13.46", "MN CrimP 9.01"],
        "court_order", None, "criminal_investigation",
        ["benefits", "wages", "employment", "address"], "mail")


def ao110_pdf(district, to_lines, place, room, when, docs_line, date, clerk, ausa_block, attach_a):
    s = []
    s.append(P("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", font="DVS", size=7.5, sa=10))
    s.append(P("UNITED STATES DISTRICT COURT", font="DVS-B", size=14, align="C", sa=0))
    s.append(P("for the", font="DVS-I", size=9, align="C", sa=0))
    s.append(P("<u>%s</u>" % district, font="DVS", size=11, align="C", sa=12))
    s.append(P("SUBPOENA TO TESTIFY BEFORE A GRAND JURY", font="DVS-B", size=12, align="C", sa=10))
    s.append(P("To:  " + to_lines, font="DVS", size=10.5, sa=10))
    s.append(P("YOU ARE COMMANDED to appear in this United States district court at the time, date, and "
               "place shown below to testify before the court's grand jury. When you arrive, you must "
               "remain at the court until the judge or a court officer allows you to leave.",
               font="DVS", size=10, align="J", sa=8))
    s.append(T([["Place: " + place, "Date and Time:\n" + when], ["", "Room: " + room]],
               [320, 160], font="DVS", size=10))
    s.append(SP(8))
    s.append(P("You must also bring with you the following documents, electronically stored information, "
               "or objects <i>(blank if not applicable)</i>:  " + docs_line, font="DVS", size=10, align="J", sa=16))
    s.append(T([["Date: " + date, "CLERK OF COURT\n\n<i>%s</i>\n______________________________\n"
                 "Signature of Clerk or Deputy Clerk" % clerk]], [240, 240], grid=False, font="DVS", size=10))
    s.append(SP(14))
    s.append(P("The name, address, e-mail, and telephone number of the United States attorney, or "
               "assistant United States attorney, who requests this subpoena, are:", font="DVS", size=9.5, sa=4))
    s.append(P(ausa_block, font="DVS", size=9.5, li=20))
    s.append(PageBreak())
    s += attach_a
    return make_pdf(s)


@doc
def bl11():
    """AUSA e-mail with federal AO 110 grand jury subpoena (E.D. Wis.) to state workforce agency."""
    att = [P("ATTACHMENT A", font="DVS-B", size=12, align="C", sa=4),
           P("Subpoena to: Custodian of Records, Wisconsin Department of Workforce Development\n"
             "Grand Jury Subpoena No. GJ-2024-0571-TW", font="DVS", size=9.5, align="C", sa=12)]
    for b in [
        "For the period January 1, 2020 through the present, produce the following records for each "
        "individual listed below:",
        "1. All unemployment insurance initial and weekly claims, including the claimant's name, "
        "address, telephone number, e-mail address, the IP address and device information recorded for "
        "each online filing, and the payment method and account for each benefit payment.",
        "2. All quarterly wage detail records reported for the individual by any employer, including "
        "the employer's name, address and UI account number.",
        "3. Any fraud or overpayment determinations made with respect to the individual.",
    ]:
        att.append(P(b, font="DVS", size=10, align="J", sa=6))
    att.append(T([["<b>Name</b>", "<b>Date of birth</b>", "<b>SSN (last four)</b>"],
                  ["Juan Pablo Ortiz Meléndez", "May 5, 1988", "xxx-xx-7712"],
                  ["Ashley Nicole Brandt", "November 23, 1991", "xxx-xx-2046"]],
                 [200, 130, 130], font="DVS", size=10))
    att.append(SP(12))
    att.append(P("In lieu of appearing on the date indicated, you may comply with this subpoena by producing "
                 "the records, together with a completed certificate of authenticity, to Special Agent Erin "
                 "M. Shaughnessy, Federal Bureau of Investigation, 3600 S. Lake Drive, St. Francis, WI "
                 "53235. Please do not disclose the existence of this subpoena; disclosure could impede an "
                 "ongoing investigation.", font="DVS", size=10, align="J"))
    pdf = ao110_pdf("Eastern District of Wisconsin",
                    "Custodian of Records\n        Wisconsin Department of Workforce Development\n"
                    "        201 E. Washington Avenue, Madison, WI 53703",
                    "United States Courthouse\n517 East Wisconsin Avenue\nMilwaukee, WI 53202",
                    "Grand Jury Room 365", "11/19/2024  9:00 am", "See Attachment A.",
                    "10/22/2024", "L. Marchetti", "Rebecca L. Thornquist, Assistant United States Attorney\n"
                    "517 East Wisconsin Avenue, Room 530, Milwaukee, WI 53202\n"
                    "rebecca.thornquist@usdoj.gov · (414) 555-0155", att)
    text = """Good morning,

Attached is a federal grand jury subpoena (AO 110) returnable November 19, 2024 in the Eastern
District of Wisconsin, directed to the Department's custodian of records. It seeks UI claim and
quarterly wage records for the two individuals listed in Attachment A. The investigation
involves a scheme to obtain unemployment benefits through false claims, in violation of
18 U.S.C. § 1343 (wire fraud).

As the attachment explains, you can comply by sending the records with a certificate of
authenticity to SA Erin Shaughnessy at FBI Milwaukee instead of appearing; electronic
production (CSV or PDF on encrypted media, or via our secure file transfer link, which SA
Shaughnessy can send you) is fine.

Grand jury matters are secret under Fed. R. Crim. P. 6(e), and we ask that the Department not
disclose the subpoena to the individuals named or to their employers.

Please confirm receipt and let me know who will be handling it.

Regards,

Rebecca L. Thornquist
Assistant United States Attorney
United States Attorney's Office, Eastern District of Wisconsin
517 E. Wisconsin Ave., Room 530 | Milwaukee, WI 53202
(414) 555-0155 | rebecca.thornquist@usdoj.gov
"""
    msg = build_email(
        formataddr(("Thornquist, Rebecca (USAWIE)", "rebecca.thornquist@usdoj.gov")),
        formataddr(("DWD UI Legal Process", "uilegalprocess@dwd.wisconsin.gov")),
        "Grand Jury Subpoena - DWD - GJ-2024-0571-TW",
        "Wed, 23 Oct 2024 09:41:10 -0500", "<BN0PR09MB4410.USAWIE.20241023@usdoj.gov>",
        text=text, cc=formataddr(("Shaughnessy, Erin M. (MW) (FBI)", "emshaughnessy@fbi.gov")),
        attachments=[(pdf, "application", "pdf", "GJ_Subpoena_DWD_GJ-2024-0571.pdf")])
    write_email(msg, os.path.join(OUT, "bl11.eml"), 11)
    return expected(
        "bl11", "eml", "AUSA e-mail with AO 110 federal grand jury subpoena attached",
        ("doj-usao", "United States Attorney's Office, Eastern District of Wisconsin",
         "Rebecca L. Thornquist", "Assistant United States Attorney", "rebecca.thornquist@usdoj.gov",
         "(414) 555-0155"),
        [("Juan Pablo Ortiz Meléndez", "1988-05-05", [("ssn_last4", "7712")]),
         ("Ashley Nicole Brandt", "1991-11-23", [("ssn_last4", "2046")])],
        ["18 USC 1343", "FRCrP 6"],
        "grand_jury_subpoena", "AO 110", "criminal_investigation",
        ["claims", "wages", "employment", "address", "phone", "email", "benefits", "other"], "email")


@doc
def bl12():
    """North Carolina AOC-G-100-style subpoena issued by an ADA for DMV records (criminal trial)."""
    s = []
    s.append(T([["STATE OF NORTH CAROLINA\n\n<b>WAKE</b>  County", "File No.\n<b>24 CRS 051207</b>\n\n"
                 "In The General Court Of Justice\n[ ] District  [X] Superior Court Division"]],
               [250, 230], font="DV", size=9.5))
    s.append(T([["<b>STATE</b>  VERSUS\nName Of Defendant:  <b>MARISOL RÍOS-VALDEZ</b>",
                 "<b>SUBPOENA</b>\n\nG.S. 1A-1, Rule 45; 8-59; 8-61; 15A-801; 15A-802"]],
               [250, 230], font="DV", size=9.5))
    s.append(T([["Party Requesting Subpoena:\n[X] State   [ ] Defendant   [ ] Plaintiff",
                 "[X] Subpoena for Production of Documents, Objects or Electronically Stored Information"]],
               [250, 230], font="DV", size=8.8))
    s.append(SP(6))
    s.append(T([["<b>TO</b>\nName and Address Of Person Subpoenaed:\nCustodian of Records\n"
                 "N.C. Division of Motor Vehicles — Driver License Records\n3148 Mail Service Center\n"
                 "1100 New Bern Avenue, Raleigh, NC 27697-3148",
                 "<b>YOU ARE COMMANDED TO</b>\n[X] appear and testify, in the above entitled action, before "
                 "the court at the place, date and time indicated below.\n[X] produce and permit inspection "
                 "and copying of the following items, at the place, date and time indicated below."]],
               [240, 240], font="DV", size=9))
    s.append(T([["Name And Location Of Court:\nWake County Justice Center, Courtroom 7C\n300 S. Salisbury "
                 "Street, Raleigh, NC 27601", "Date To Appear:  11/18/2024\nTime To Appear:  9:30 [X] AM [ ] PM"]],
               [300, 180], font="DV", size=9))
    s.append(T([["<b>Items to be produced:</b> A certified copy of the complete driver license record of "
                 "MARISOL RÍOS-VALDEZ, date of birth 03/15/1990, N.C. driver license number 000038472915, "
                 "including license status and history, the most recent digital photograph, the residence and "
                 "mailing addresses of record, and all vehicle registrations in her name on or after "
                 "01/01/2024. The charges pending are felony hit and run, G.S. 20-166(a), arising from a "
                 "collision on 02/09/2024. A sworn custodian's affidavit and certified copies delivered to "
                 "the District Attorney's Office before the appearance date will satisfy this subpoena."]],
               [480], font="DV", size=9))
    s.append(T([["Name And Address Of Applicant Or Applicant's Attorney:\nGregory T. Holloway, Assistant "
                 "District Attorney\nWake County District Attorney's Office\nP.O. Box 31, Raleigh, NC 27602\n"
                 "Telephone No.: (919) 555-0127\ngregory.t.holloway@nccourts.org",
                 "Date: 10/24/2024\nSignature:  <i>Gregory T. Holloway</i>\n[ ] Deputy CSC   [ ] Assistant CSC\n"
                 "[ ] Clerk Of Superior Court   [ ] Magistrate\n[X] Attorney/DA"]],
               [280, 200], font="DV", size=8.8))
    s.append(SP(6))
    s.append(T([["<b>RETURN OF SERVICE</b>\nI certify this subpoena was received and served on the person "
                 "subpoenaed as follows:  [ ] personal delivery  [ ] registered or certified mail  "
                 "[ ] telephone communication by  ______________________\nDate Served: ________   Name Of "
                 "Person Served: ______________________   Signature: ______________________"]],
               [480], font="DV", size=8.5))
    s.append(PageBreak())
    s.append(P("NOTE TO PERSON SUBPOENAED", font="DV-B", size=11, align="C", sa=6))
    for b in [
        "If you have any questions about being subpoenaed, you should contact the person named on the "
        "front of this subpoena in the box labeled \"Name And Address Of Applicant Or Applicant's "
        "Attorney\".",
        "You are entitled to a witness fee for each day you are required to attend court as a witness "
        "(G.S. 7A-314). If you are a records custodian, you may mail or deliver the records to the clerk "
        "of superior court in a sealed envelope together with an affidavit as provided in G.S. 8-44.1.",
        "<b>Duties in responding to subpoena.</b> (Rule 45(d), N.C. Rules of Civil Procedure, made "
        "applicable in criminal proceedings by G.S. 15A-801.) A person commanded to produce documents "
        "shall produce them as they are kept in the usual course of business or shall organize and label "
        "them to correspond with the categories in the request.",
        "<b>Protection of persons subject to subpoena.</b> A person commanded to appear, produce and "
        "permit inspection may, within ten days after service, serve a written objection. The party "
        "serving the subpoena may then move the court for an order to compel production.",
        "<b>Failure to appear.</b> A person who fails without adequate excuse to obey a subpoena may be "
        "held in contempt of court (G.S. 15A-802) and may be arrested under an order for arrest.",
    ]:
        s.append(P(b, font="DV", size=9, align="J", sa=6))
    pdf = make_pdf(s, page_deco(left="AOC-G-100, Rev. 2/20  © 2020 Administrative Office of the Courts",
                                right="(Over)" if False else "Page {page}", font="DV", size=7),
                   margins=(54, 54, 44, 50))
    save("bl12.pdf", pdf)
    return expected(
        "bl12", "born_digital", "North Carolina AOC-G-100 subpoena for production signed by the ADA",
        ("district-attorney", "Wake County District Attorney's Office", "Gregory T. Holloway",
         "Assistant District Attorney", "gregory.t.holloway@nccourts.org", "(919) 555-0127"),
        [("Marisol Ríos-Valdez", "1990-03-15", [("license", "000038472915")])],
        ["NC RCivP 45", "NCGS 8-59", "NCGS 8-61", "NCGS 15A-801", "NCGS 15A-802", "NCGS 20-166",
         "NCGS 7A-314", "NCGS 8-44.1"],
        "court_subpoena", "AOC-G-100", "criminal_investigation",
        ["license", "photo", "address", "vehicle"], "mail")


@doc
def bl13():
    """Fax from sheriff's warrants division with a Tennessee General Sessions arrest warrant."""
    s = []
    s.append(P("RUTHERFORD COUNTY SHERIFF'S OFFICE", font="DVS-B", size=16, align="C", sa=0))
    s.append(P("Warrants Division · 940 New Salem Highway · Murfreesboro, Tennessee 37129",
               font="DVS", size=9.5, align="C", sa=2))
    s.append(HR(2, sb=2, sa=10))
    s.append(P("FACSIMILE", font="DVS-B", size=18, sa=10))
    s.append(T([["To:", "TN Dept. of Labor & Workforce Development — Employment Security, Legal Unit",
                 "Fax:", "(615) 555-0195"],
                ["From:", "Deputy Cody L. Haskins, Warrants Division", "Phone:", "(615) 555-0132"],
                ["Date:", "October 2, 2024", "Pages:", "2"],
                ["Re:", "Locate request — active warrant 24-GS-08817", "E-mail:", "chaskins@rutherfordcountytn.gov"]],
               [45, 255, 50, 130], font="DVS", size=10))
    s.append(SP(12))
    for b in [
        "Ma'am / Sir,",
        "Our office holds the attached active arrest warrant out of Rutherford County General Sessions "
        "Court for DRAGAN KOVAČEVIĆ, DOB 12/01/1983. We have been unable to locate him at his last known "
        "address in Smyrna. We request the name and address of any employer that has reported wages for "
        "him in the last four quarters, and any mailing address he has given your department on an "
        "unemployment claim.",
        "We understand these records are confidential under T.C.A. § 50-7-701 and will use them only to "
        "serve the warrant. Please fax the response to (615) 555-0133 or e-mail it to me at the address "
        "above.",
        "Thank you,",
    ]:
        s.append(P(b, font="DVS", size=11, align="J", sa=8))
    s.append(P("Dep. Cody L. Haskins #4418\nRutherford County Sheriff's Office — Warrants Division",
               font="DVS", size=11, sb=10, sa=16))
    s.append(P("CONFIDENTIAL: This facsimile may contain law enforcement sensitive information. If you are "
               "not the intended recipient, call (615) 555-0132 immediately.", font="DVS-I", size=8.5))
    s.append(PageBreak())
    s.append(T([["STATE OF TENNESSEE\nRUTHERFORD COUNTY", "GENERAL SESSIONS COURT\nWARRANT NO. 24-GS-08817"]],
               [240, 240], grid=False, font="DVS-B", size=11, extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    s.append(SP(4))
    s.append(P("ARREST WARRANT", font="DVS-B", size=16, align="C", sa=8))
    s.append(T([["STATE OF TENNESSEE\n          vs.\n<b>KOVAČEVIĆ, DRAGAN</b>\nDOB: 12/01/1983   Sex: M   "
                 "Race: W\nLast known address: 212 Enon Springs Rd W, Apt 6, Smyrna, TN 37167"]],
               [480], font="DVS", size=10))
    s.append(SP(8))
    for b in [
        "TO ANY LAWFUL OFFICER OF THE STATE OF TENNESSEE:",
        "Affidavit of complaint having been made before me by Det. Charles Mabry, La Vergne Police "
        "Department, that there is probable cause to believe that the offense of THEFT OF PROPERTY "
        "($10,000 – $60,000), in violation of T.C.A. § 39-14-103, has been committed, and that the "
        "above-named Defendant committed it, by obtaining two vehicles from Stones River Auto Sales, "
        "LLC on a forged payoff check on or about June 18, 2024;",
        "YOU ARE THEREFORE COMMANDED, in the name of the State, forthwith to arrest the Defendant and "
        "bring him before the General Sessions Court of Rutherford County, Tennessee, or, in the event "
        "of the absence or incapacity of the judge, before the nearest appropriate magistrate, to answer "
        "the above charge. Issued pursuant to Tenn. R. Crim. P. 4.",
    ]:
        s.append(P(b, font="DVS", size=10.5, align="J", sa=8))
    s.append(T([["Bond: $25,000\nIssued: 07/09/2024  10:14",
                 "<i>Patricia W. Greer</i>\n______________________________\nHon. Patricia W. Greer\n"
                 "Judge, General Sessions Court"]], [240, 240], grid=False, font="DVS", size=10))
    s.append(SP(12))
    s.append(P("RETURN: Executed by arresting the Defendant on __________ at ______.   Officer: __________",
               font="DVS", size=9))
    pdf = make_pdf(s)
    write_fax(pdf, os.path.join(OUT, "bl13.tif"), 1313,
              lambda p, n: "10/02/2024 09:18  RCSO WARRANTS DIV  6155550133   PAGE %02d OF %02d" % (p, n),
              angle=-0.45)
    return expected(
        "bl13", "fax", "sheriff fax cover asking for employer/address, with TN General Sessions arrest warrant",
        ("sheriff", "Rutherford County Sheriff's Office — Warrants Division", "Cody L. Haskins", "Deputy",
         "chaskins@rutherfordcountytn.gov", "(615) 555-0132"),
        [("Dragan Kovačević", "1983-12-01", [])],
        ["TCA 50-7-701", "TCA 39-14-103", "TN CrimP 4"],
        "judicial_warrant", None, "criminal_investigation",
        ["employment", "address"], "fax")


@doc
def bl14():
    """Public defender e-mail with Kentucky circuit clerk's subpoena duces tecum (criminal trial)."""
    s = []
    s.append(T([["AOC-025   Doc. Code: SDT\nRev. 1-19\nPage 1 of 1\n\nCommonwealth of Kentucky\n"
                 "Court of Justice   www.kycourts.gov\n\nCR 45.01; RCr 7.02",
                 "<b>SUBPOENA DUCES TECUM</b>\n\nCase No. <b>24-CR-00731</b>\n\nCourt  [X] Circuit  [ ] District\n"
                 "County  <b>FAYETTE</b>"]], [240, 240], font="DV", size=9))
    s.append(SP(6))
    s.append(T([["<b>COMMONWEALTH OF KENTUCKY</b>", "PLAINTIFF"], ["VS.", ""],
                ["<b>CHINEDU EMMANUEL OKONKWO</b>", "DEFENDANT"]], [360, 120], grid=False, font="DV", size=10))
    s.append(SP(8))
    s.append(P("The Commonwealth of Kentucky to:  Official Custodian of Records, Kentucky Transportation "
               "Cabinet, Division of Driver Licensing, 200 Mero Street, Frankfort, KY 40622", font="DV", size=10, sa=8))
    s.append(P("You are commanded to appear at the <b>Fayette Circuit Court, Division 5, Robert F. Stephens "
               "Courthouse, 120 N. Limestone, Lexington, KY</b> on <b>December 3, 2024</b> at <b>9:00 a.m.</b>, "
               "to testify in the above-styled action on behalf of the Defendant, and to bring with you the "
               "following:", font="DV", size=10, sa=6, align="J"))
    for b in ["1. A certified copy of the driving history record of CHINEDU EMMANUEL OKONKWO, DOB "
              "07/04/1992, operator's license no. O12-448-903;",
              "2. Copies of every notice of suspension, reinstatement or other license action issued to "
              "him from January 1, 2022 to the present, with the mailing address used and proof of "
              "mailing;",
              "3. The address history on file for him."]:
        s.append(P(b, font="DV", size=10, li=20, fi=-12, sa=3, align="J"))
    s.append(P("Certified copies delivered to counsel for the Defendant before the hearing date, with a "
               "custodian's certification, will be accepted in lieu of appearance.", font="DV", size=10,
               sb=4, sa=10, align="J"))
    s.append(T([["Date: 11/04/2024", "VINCENT L. HARDIN, Circuit Court Clerk\n\nBy: <i>T. Salyers</i>  , D.C."]],
               [240, 240], grid=False, font="DV", size=10))
    s.append(SP(6))
    s.append(T([["Requested by:  Hannah E. Whitcomb, Assistant Public Advocate, Attorney for Defendant\n"
                 "Kentucky Department of Public Advocacy — Lexington Trial Office\n"
                 "163 E. Main Street, Suite 400, Lexington, KY 40507 · (859) 555-0152"]], [480], font="DV", size=9))
    s.append(SP(6))
    s.append(P("RETURN OF SERVICE:  Served by delivering a copy to ______________________ this ____ day of "
               "____________, 20__.   ______________________ Sheriff / Server", font="DV", size=8.5))
    pdf = make_pdf(s, margins=(56, 56, 44, 44))
    text = """Dear Custodian,

I represent Chinedu Okonkwo in Commonwealth v. Okonkwo, Fayette Circuit Court No. 24-CR-00731.
He is charged with DUI (KRS 189A.010) and with operating on a suspended license (KRS 186.620).
The suspension notices the Cabinet says it mailed to him are at issue, so we need his certified
driving history, the suspension/reinstatement notices with the addresses and proof of mailing,
and his address history.

Attached is a subpoena duces tecum issued by the Fayette Circuit Clerk under RCr 7.02. Trial is
set for December 3. If the certified records can reach my office by November 26 you will not
need to send anyone to court.

Thank you. Please call or e-mail me if anything in the subpoena is unclear.

Hannah E. Whitcomb
Assistant Public Advocate
Kentucky Department of Public Advocacy | Lexington Trial Office
163 E. Main St., Suite 400, Lexington, KY 40507
(859) 555-0152 | hannah.whitcomb@ky.gov

This e-mail may contain attorney-client privileged or work-product material.
"""
    msg = build_email(
        formataddr(("Whitcomb, Hannah E (DPA)", "hannah.whitcomb@ky.gov")),
        formataddr(("KYTC Driver Licensing Records", "kytc.dlrecords@ky.gov")),
        "Subpoena duces tecum - Commonwealth v. Okonkwo, 24-CR-00731 (Fayette Cir.)",
        "Tue, 05 Nov 2024 11:03:44 -0500", "<CH3PR09MB8844.KYDPA.2411051603@ky.gov>",
        text=text, attachments=[(pdf, "application", "pdf", "SDT_KYTC_Okonkwo.pdf")])
    write_email(msg, os.path.join(OUT, "bl14.eml"), 14)
    return expected(
        "bl14", "eml", "defense counsel e-mail with KY circuit clerk subpoena duces tecum (PDF)",
        ("other", "Kentucky Department of Public Advocacy — Lexington Trial Office", "Hannah E. Whitcomb",
         "Assistant Public Advocate", "hannah.whitcomb@ky.gov", "(859) 555-0152"),
        [("Chinedu Emmanuel Okonkwo", "1992-07-04", [("license", "O12448903")])],
        ["KRS 189A.010", "KRS 186.620", "KY RCr 7.02", "KY CR 45.01"],
        "court_subpoena", "AOC-025", "criminal_investigation",
        ["license", "address", "other"], "email")


@doc
def bl15():
    """DEA administrative subpoena (21 U.S.C. 876) to Missouri DOR with attachment; scanned."""
    s = []
    s.append(P("U.S. Department of Justice\nDrug Enforcement Administration", font="DVS-B", size=11, sa=0))
    s.append(HR(1.5, sb=2, sa=6))
    s.append(P("SUBPOENA", font="DVS-B", size=20, align="C", sa=2))
    s.append(P("Subpoena No. <b>SLD-24-117802</b>        DEA Case No. <b>MK-24-0093</b>", font="DVS", size=10,
               align="C", sa=10))
    s.append(T([["TO:", "Custodian of Records\nMissouri Department of Revenue — Motor Vehicle and Driver Licensing\n"
                 "Harry S Truman State Office Building, 301 West High Street\nJefferson City, MO 65101"]],
               [50, 430], grid=False, font="DVS", size=10.5))
    s.append(SP(8))
    for b in [
        "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special "
        "Agent Rachel D. Kim, Drug Enforcement Administration, at 317 South 16th Street, St. Louis, "
        "Missouri 63103, on the <b>8th day of November, 2024, at 10:00 a.m.</b>, to testify and to give "
        "testimony and to produce the records described in the attachment to this subpoena, in "
        "connection with an investigation relating to the enforcement of the Controlled Substances Act "
        "(21 U.S.C. 801 et seq.).",
        "This subpoena is issued pursuant to Section 506 of Public Law 91-513 (84 Stat. 1236; 21 U.S.C. "
        "876). Failure to comply with this subpoena may result in the Attorney General or his designee "
        "invoking the aid of a United States District Court to compel compliance, and a court order "
        "so obtained may be enforced through contempt proceedings.",
        "Production of the records described, together with a completed certificate of custodian, "
        "delivered to the issuing official on or before the date stated will be accepted in lieu of "
        "personal appearance. You are requested not to disclose the existence of this subpoena for an "
        "indefinite period: any such disclosure could impede the investigation and thereby interfere "
        "with the enforcement of federal law.",
    ]:
        s.append(P(b, font="DVS", size=10.2, align="J", sa=8))
    s.append(SP(6))
    s.append(T([["Issued at: St. Louis, Missouri\nDate: October 21, 2024",
                 "<i>Rachel D. Kim</i>\n______________________________\nRachel D. Kim, Special Agent\n"
                 "(Signature and title of issuing official)\nDEA St. Louis Division — Enforcement Group 4\n"
                 "Tel. (314) 555-0163  ·  rachel.d.kim@dea.gov"]], [220, 260], grid=False, font="DVS", size=9.5))
    s.append(PageBreak())
    s.append(P("ATTACHMENT TO SUBPOENA No. SLD-24-117802", font="DVS-B", size=11.5, align="C", sa=8))
    s.append(P("The records relate to an investigation of the distribution of controlled substances and "
               "conspiracy, 21 U.S.C. §§ 841(a)(1) and 846. Produce for each person below, for the period "
               "January 1, 2021 to present:", font="DVS", size=10, sa=8, align="J"))
    s.append(T([["<b>Name</b>", "<b>DOB</b>", "<b>MO DL / ID</b>"],
                ["NÚÑEZ SALGADO, Esteban", "08/09/1990", "N148204375"],
                ["HOLT, Terrence DeShawn", "01/30/1987", "H061553920"]],
               [200, 110, 150], font="DVS", size=10))
    s.append(SP(8))
    for b in ["a. driver license and non-driver ID application records, with current and prior "
              "addresses;",
              "b. the most recent license photograph;",
              "c. all motor vehicle title and registration records listing either person as owner or "
              "lienholder, with plate numbers and VINs;",
              "d. any temporary permits issued by a dealer in either person's name."]:
        s.append(P(b, font="DVS", size=10, li=20, fi=-12, sa=4))
    s.append(SP(14))
    s.append(P("CERTIFICATE OF CUSTODIAN OF RECORDS", font="DVS-B", size=10, align="C", sa=4))
    s.append(P("I, ______________________, certify that I am the custodian of the records produced and that "
               "they are true copies of records made and kept in the regular course of business.\n\n"
               "Signature __________________   Date __________", font="DVS", size=9.5))
    pdf = make_pdf(s, page_deco(left="DEA Form (subpoena) — FOR OFFICIAL USE ONLY", right="Page {page} of 2",
                                font="DVS", size=7))
    write_scanned(pdf, os.path.join(OUT, "bl15.pdf"), 1515, angles=[1.6, -0.6], dpi=220, quality=52, bg=222)
    return expected(
        "bl15", "scanned", "DEA 21 USC 876 administrative subpoena with attachment (scan)",
        ("doj-dea", "Drug Enforcement Administration, St. Louis Division", "Rachel D. Kim", "Special Agent",
         "rachel.d.kim@dea.gov", "(314) 555-0163"),
        [("Esteban Núñez Salgado", "1990-08-09", [("license", "N148204375")]),
         ("Terrence DeShawn Holt", "1987-01-30", [("license", "H061553920")])],
        ["21 USC 801", "PL 91-513", "21 USC 876", "21 USC 841", "21 USC 846"],
        "administrative_subpoena", None, "criminal_investigation",
        ["license", "address", "photo", "vehicle"], "mail")


@doc
def bl16():
    """ERO letter to Ohio DRC with Form I-205 Warrant of Removal/Deportation; born digital."""
    s = []
    s += letterhead(["U.S. Immigration and Customs Enforcement",
                     "Enforcement and Removal Operations · Detroit Field Office · Columbus Sub-Office",
                     "16 East Broad Street, 10th Floor, Columbus, OH 43215"], font="DVSC", big=13, align="L")
    s.append(P("June 5, 2024", font="DVSC", sa=10))
    s.append(P("Ohio Department of Rehabilitation and Correction\nBureau of Sentence Computation\n"
               "4545 Fisher Road, Suite D\nColumbus, OH 43228", font="DVSC", sa=10))
    s.append(P("<b>Subject: GÓMEZ IBÁÑEZ, Luis Fernando — A201 337 458 — ODRC # A789123</b>", font="DVSC", sa=8))
    for b in [
        "Dear Records Supervisor:",
        "The above individual, currently serving a sentence at Madison Correctional Institution, is "
        "subject to a final order of removal. A copy of the Warrant of Removal/Deportation (Form I-205) "
        "is enclosed. Pursuant to 8 U.S.C. § 1231 and 8 U.S.C. § 1357, please provide this office with:",
    ]:
        s.append(P(b, font="DVSC", align="J", sa=8))
    for b in ["1. his expected release date and any scheduled transfer;",
              "2. copies of any passport, consular identification card or birth certificate held in his "
              "property, which are needed to obtain a travel document;",
              "3. the home plan or release address on file;",
              "4. his most recent photograph."]:
        s.append(P(b, font="DVSC", li=20, sa=3))
    s.append(P("Please reply to Deportation Officer Ahmed K. Bashir at (614) 555-0129 or "
               "ahmed.k.bashir@ice.dhs.gov. Thank you for your assistance.", font="DVSC", sb=6, sa=14, align="J"))
    s.append(P("Sincerely,", font="DVSC", sa=18))
    s.append(P("Ahmed K. Bashir\nDeportation Officer\nICE ERO Columbus", font="DVSC", sa=8))
    s.append(P("Encl.: I-205", font="DVSC", size=9))
    s.append(PageBreak())
    s.append(T([["U.S. Department of Homeland Security", "Warrant of Removal/Deportation"]], [240, 240],
               grid=False, font="DVS-B", size=10.5, extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    s.append(HR(1.3, sb=2, sa=8))
    s.append(T([["", "File No: <u>A201 337 458</u>\nDate: <u>06/03/2024</u>"]], [300, 180], grid=False,
               font="DVS", size=10))
    s.append(P("To any immigration officer of the United States Department of Homeland Security:",
               font="DVS", size=10.5, sb=6, sa=8))
    s.append(P("<u>Luis Fernando GÓMEZ IBÁÑEZ</u>  (Full name of alien)", font="DVS", size=10.5, align="C", sa=4))
    s.append(P("who entered the United States at  <u>near Hidalgo, Texas</u>  (Place of entry)  on  "
               "<u>on or about 03/2009</u>  (Date of entry)", font="DVS", size=10.5, sa=6, align="C"))
    s.append(P("is subject to removal/deportation from the United States, based upon a final order by:",
               font="DVS", size=10.5, sa=4))
    for b in ["[X]  an immigration judge in exclusion, deportation, or removal proceedings",
              "[  ]  a designated official", "[  ]  the Board of Immigration Appeals",
              "[  ]  a United States District or Magistrate Court Judge"]:
        s.append(P(b, font="DVS", size=10.5, li=40, sa=2))
    s.append(P("and pursuant to the following provisions of the Immigration and Nationality Act:",
               font="DVS", size=10.5, sb=4, sa=2))
    s.append(P("<u>212(a)(6)(A)(i)</u>", font="DVS", size=10.5, li=40, sa=8))
    s.append(P("I, the undersigned officer of the United States, by virtue of the power and authority vested "
               "in the Secretary of Homeland Security under the laws of the United States and by his or her "
               "direction, command you to take into custody and remove from the United States the "
               "above-named alien, pursuant to law, at the expense of:", font="DVS", size=10.5, align="J", sa=4))
    s.append(P("<u>the appropriation \"Operations and Support, U.S. Immigration and Customs Enforcement\"</u>",
               font="DVS", size=10, align="C", sa=16))
    s.append(T([["", "<i>Renee A. Sokolowski</i>\n______________________________\n(Signature of immigration officer)\n"
                 "Field Office Director\n(Title of immigration officer)\n06/03/2024, Detroit, Michigan\n"
                 "(Date and office location)"]], [200, 280], grid=False, font="DVS", size=9.5))
    s.append(SP(10))
    s.append(HR(0.6))
    s.append(P("To be completed by immigration officer executing the warrant:  Name of alien being removed: "
               "____________________   Port, date, and manner of removal: ____________________\n"
               "Photograph of alien removed: [   ]     Right index fingerprint of alien removed: [   ]",
               font="DVS", size=8.8))
    pdf = make_pdf(s, page_deco(left="Form I-205 (Rev. 08/07)", right="Page {page} of 2", font="DVS", size=7))
    save("bl16.pdf", pdf)
    return expected(
        "bl16", "born_digital", "ERO letter to state prison with I-205 Warrant of Removal enclosed",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, "
         "Detroit Field Office, Columbus Sub-Office", "Ahmed K. Bashir", "Deportation Officer",
         "ahmed.k.bashir@ice.dhs.gov", "(614) 555-0129"),
        [("Luis Fernando Gómez Ibáñez", None, [("a_number", "A201337458"), ("other", "A789123")])],
        ["8 USC 1231", "8 USC 1357", "INA 212"],
        "administrative_warrant", "I-205", "civil_immigration",
        ["other", "identity_documents", "address", "photo"], "mail")


@doc
def bl17():
    """HTML-only e-mail from an HSI special agent to Minnesota DVS; no process attached."""
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:10.5pt;color:#1f1f1f">
<div>Hello DVS Records team,</div>
<div><br></div>
<div>I am a Special Agent with Homeland Security Investigations (HSI) in St. Paul. I am conducting a
criminal investigation into an alien smuggling and document fraud organization operating out of the
Twin Cities (violations of 8 U.S.C. &sect; 1324 and 18 U.S.C. &sect; 1546). Under the DPPA law
enforcement exception, 18 U.S.C. &sect; 2721(b)(1), I am requesting the following for each person
listed below:</div>
<ul>
<li>Driver license / ID card photograph (all images on file)</li>
<li>Copies of the identity documents presented at application (passport, foreign ID, I-94, etc.)</li>
<li>Current and previous addresses of record</li>
<li>License status and issue history</li>
</ul>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<tr style="background:#dde6f0"><th>#</th><th>Name (Last, First Middle)</th><th>DOB</th><th>MN DL/ID</th></tr>
<tr><td>1</td><td>MUSE, Abdiweli Ahmed</td><td>1985-03-19</td><td>W552148923017</td></tr>
<tr><td>2</td><td>PHAM, Thi Bich Ngoc</td><td>1993-12-30</td><td>P710356284401</td></tr>
<tr><td>3</td><td>MELNYK, Oksana</td><td>1989-06-06</td><td>unknown</td></tr>
</table>
<div><br></div>
<div>HSI case number: SP06BR24SP0014. Please send the results to me by e-mail. If you need this
request on letterhead or signed by my supervisor, let me know and I will get that to you.</div>
<div><br></div>
<div>Thank you,</div>
<div><br></div>
<div style="font-size:9.5pt">
<b>Dmitri A. Volkov</b><br>
Special Agent<br>
Homeland Security Investigations &ndash; St. Paul<br>
U.S. Immigration and Customs Enforcement<br>
2901 Metro Drive, Suite 100, Bloomington, MN 55425<br>
Office: (952) 555-0114 &nbsp;|&nbsp; Mobile: (612) 555-0115<br>
<a href="mailto:dmitri.a.volkov@ice.dhs.gov">dmitri.a.volkov@ice.dhs.gov</a>
</div>
<div style="font-size:8pt;color:#777"><br>cc: GS Karen Whitlock, HSI St. Paul Group 2</div>
</body></html>"""
    msg = build_email(
        formataddr(("Volkov, Dmitri A", "dmitri.a.volkov@ice.dhs.gov")),
        formataddr(("DVS Law Enforcement Requests", "dvs.lerequests@state.mn.us")),
        "Request for DVS records - HSI criminal investigation SP06BR24SP0014",
        "Fri, 11 Oct 2024 13:36:02 -0500", "<DM8PR09MB6112A3C@DM8PR09MB.namprd09.prod.outlook.com>",
        html=html, cc=formataddr(("Whitlock, Karen", "karen.whitlock@ice.dhs.gov")))
    write_email(msg, os.path.join(OUT, "bl17.eml"), 17)
    return expected(
        "bl17", "eml", "HTML-only HSI agent e-mail, criminal investigation, three subjects, no process",
        ("dhs-ice-hsi", "Homeland Security Investigations – St. Paul", "Dmitri A. Volkov", "Special Agent",
         "dmitri.a.volkov@ice.dhs.gov", "(952) 555-0114"),
        [("Abdiweli Ahmed Muse", "1985-03-19", [("license", "W552148923017")]),
         ("Thi Bich Ngoc Pham", "1993-12-30", [("license", "P710356284401")]),
         ("Oksana Melnyk", "1989-06-06", [])],
        ["8 USC 1324", "18 USC 1546", "18 USC 2721"],
        "none", None, "criminal_investigation",
        ["photo", "identity_documents", "address", "license"], "email")


@doc
def bl18():
    """NY (Queens) grand jury subpoena duces tecum issued by the DA in the name of the People."""
    s = []
    s.append(P("OFFICE OF THE DISTRICT ATTORNEY, QUEENS COUNTY", font="DVS-B", size=12, align="C", sa=0))
    s.append(P("125-01 Queens Boulevard · Kew Gardens, New York 11415-1568", font="DVS", size=9, align="C", sa=0))
    s.append(P("Major Economic Crimes Bureau", font="DVS-I", size=9, align="C", sa=4))
    s.append(HR(0.7, sa=12))
    s.append(P("November 6, 2024", sa=10))
    s.append(P("New York State Department of Labor\nOffice of Counsel — Subpoena Unit\nBuilding 12, Room 509\n"
               "W. Averell Harriman State Office Campus\nAlbany, NY 12226", sa=10))
    s.append(P("Re: Grand Jury Investigation — Chowdhury / De la Cruz Mejía; GJ No. 4417/2024", font="DVS-B", sa=8))
    for b in [
        "Enclosed is a grand jury subpoena duces tecum for unemployment insurance and wage reporting "
        "records. You may comply by forwarding certified copies, with the enclosed business records "
        "certification, to the undersigned before the return date, in which case no personal appearance "
        "will be required.",
        "Please note the secrecy provisions printed on the subpoena. Questions may be directed to me at "
        "(718) 555-0149 or avujovic@queensda.org, or to Senior Investigator Thomas Rourke at (718) 555-0150.",
    ]:
        s.append(P(b, align="J", sa=8))
    s.append(P("Very truly yours,", sa=18))
    s.append(P("Aleksandra Vujović\nAssistant District Attorney", sa=4))
    s.append(PageBreak())
    s.append(T([["SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF QUEENS",
                 "GRAND JURY SUBPOENA\nDUCES TECUM\n\nGJ No. 4417/2024\nSubpoena No. 24-11-0391"]],
               [300, 180], font="DVS-B", size=10.5))
    s.append(SP(10))
    s.append(P("THE PEOPLE OF THE STATE OF NEW YORK", font="DVS-B", size=12, align="C", sa=6))
    s.append(P("TO:  Records Access Officer, New York State Department of Labor, Building 12, W. Averell "
               "Harriman State Office Campus, Albany, New York 12226", sa=8))
    for b in [
        "<b>WE COMMAND YOU</b>, that all business and excuses being laid aside, you appear and attend before "
        "the GRAND JURY of the County of Queens, at the Office of the District Attorney, 125-01 Queens "
        "Boulevard, Kew Gardens, New York, on the <b>4th day of December, 2024, at 10:00 a.m.</b>, and at "
        "any recessed or adjourned date, to give evidence in a criminal proceeding now pending before "
        "said Grand Jury, and that you bring with you and produce the following:",
    ]:
        s.append(P(b, align="J", sa=6))
    for b in [
        "Any and all records of claims for unemployment insurance benefits, payment histories, claimant "
        "addresses and telephone numbers, and quarterly wage reporting (NYS-45) entries, for the period "
        "January 1, 2021 to the present, pertaining to:",
    ]:
        s.append(P(b, li=24, align="J", sa=4))
    s.append(T([["CHOWDHURY, Rafiqul Islam", "DOB 04/19/1981", "SSN xxx-xx-5530"],
                ["DE LA CRUZ MEJÍA, Ana Lucía", "DOB 10/27/1987", "SSN xxx-xx-8812"]],
               [200, 110, 130], grid=False, size=10, extra=[("LEFTPADDING", (0, 0), (0, -1), 24)]))
    s.append(P("including all wage reporting for the above persons by Jamaica Bay Home Care Agency, Inc.",
               li=24, align="J", sa=8, sb=4))
    for b in [
        "Failure to comply with this subpoena is punishable as a contempt of court and may render you "
        "liable to the People for damages and penalties.",
        "This subpoena is issued pursuant to CPL 610.20 and 610.25. Grand jury proceedings are secret "
        "(CPL 190.25(4)). Disclosure of the nature or substance of this subpoena, or of any grand jury "
        "testimony, may constitute a crime (Penal Law § 215.70). The matter under investigation "
        "includes Grand Larceny in the Second Degree (Penal Law § 155.40) and Falsifying Business "
        "Records in the First Degree (Penal Law § 175.10).",
    ]:
        s.append(P(b, align="J", sa=6, size=10))
    s.append(P("Dated: Kew Gardens, New York\n            November 6, 2024", sb=6, sa=10))
    s.append(T([["", "DISTRICT ATTORNEY, QUEENS COUNTY\n\nBy: <i>A. Vujović</i>\n______________________________\n"
                 "Aleksandra Vujović\nAssistant District Attorney\n(718) 555-0149"]], [220, 260], grid=False,
               size=10))
    pdf = make_pdf(s, page_deco(center="QDA-GJ-SDT (2023)", font="DVS", size=7))
    save("bl18.pdf", pdf)
    return expected(
        "bl18", "born_digital", "NY county grand jury subpoena duces tecum (DA-issued) + ADA cover letter",
        ("district-attorney", "Office of the District Attorney, Queens County — Major Economic Crimes Bureau",
         "Aleksandra Vujović", "Assistant District Attorney", "avujovic@queensda.org", "(718) 555-0149"),
        [("Rafiqul Islam Chowdhury", "1981-04-19", [("ssn_last4", "5530")]),
         ("Ana Lucía De la Cruz Mejía", "1987-10-27", [("ssn_last4", "8812")])],
        ["NY CPL 610.20", "NY CPL 610.25", "NY CPL 190.25", "NY PL 215.70", "NY PL 155.40", "NY PL 175.10"],
        "grand_jury_subpoena", None, "criminal_investigation",
        ["claims", "benefits", "address", "phone", "wages", "employment"], "mail")


@doc
def bl19():
    """Fax: ERO cover + Form I-247D (request for voluntary action) to Pennsylvania DOC."""
    s = []
    s.append(P("U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT", font="DV-B", size=13, sa=0))
    s.append(P("ERO Philadelphia — York Sub-Office · 3400 Concord Road, York, PA 17402", font="DV", size=9.5, sa=8))
    s.append(P("FAX COVER SHEET", font="DV-B", size=18, sa=8))
    s.append(T([["Date", "11/14/2016"], ["To", "PA Department of Corrections — Records Office, SCI Camp Hill"],
                ["Fax", "717-555-0191"], ["From", "IEA Leonard P. Szabo"], ["Phone", "717-555-0176"],
                ["E-mail", "leonard.p.szabo@ice.dhs.gov"], ["Pages", "2"]], [70, 410], font="DV", size=10.5))
    s.append(SP(12))
    s.append(P("Detainer attached (I-247D) for inmate CASTAÑO RUIZ, Andrés Felipe, DOC # KJ-4471. "
               "Please lodge and serve the subject. Also please fax back the face sheet showing his "
               "minimum/maximum dates, his FBI number and the address he has listed for parole.",
               font="DV", size=11, align="J", sa=10))
    s.append(P("Thank you — L. Szabo", font="DV", size=11))
    s.append(PageBreak())
    s.append(T([["DEPARTMENT OF HOMELAND SECURITY", "IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION"]],
               [210, 270], grid=False, font="DV-B", size=10, extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    s.append(HR(1.4, sb=2, sa=6))
    s.append(T([["Subject ID: 229845120", "Event #: PHI1611000884", "File No: A088 217 654"]], [160, 160, 160],
               font="DV", size=9))
    s.append(T([["TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)\n"
                 "SCI Camp Hill, 2500 Lisburn Road, Camp Hill, PA 17011",
                 "FROM: (DHS Office Address)\nICE ERO York, 3400 Concord Road, York, PA 17402"]],
               [240, 240], font="DV", size=8.8))
    s.append(T([["Name of Individual: CASTAÑO RUIZ, Andrés Felipe"],
                ["Date of Birth: 11/22/1978     Citizenship: COLOMBIA     Sex: M"]], [480], font="DV", size=9))
    s.append(SP(4))
    s.append(P("<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN.</b> "
               "THIS DETERMINATION IS BASED ON:", font="DV", size=8.8, sa=3))
    for c in ["[ ] a final order of removal against the subject;",
              "[X] the pendency of ongoing removal proceedings against the subject;",
              "[X] biometric confirmation of the subject's identity and a records check of federal databases "
              "that affirmatively indicate, by themselves or in addition to other reliable information, "
              "that the subject either lacks immigration status or notwithstanding such status is removable "
              "under U.S. immigration law; and/or",
              "[ ] statements made by the subject to an immigration officer and/or other reliable evidence."]:
        s.append(P(c, font="DV", size=8.5, li=22, fi=-16, sa=2, align="J"))
    s.append(P("<b>2. DHS REQUESTS THAT YOU VOLUNTARILY:</b>", font="DV", size=8.8, sb=4, sa=3))
    for c in ["[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the subject is "
              "released from your custody. Please notify DHS by calling U.S. Immigration and Customs "
              "Enforcement (ICE) at 717-555-0176.",
              "[X] Maintain custody of the subject for a period NOT TO EXCEED 48 HOURS beyond the time when "
              "he/she would otherwise have been released from your custody to allow DHS to assume custody.",
              "[X] Provide a copy to the subject of this detainer."]:
        s.append(P(c, font="DV", size=8.5, li=22, fi=-16, sa=2, align="J"))
    s.append(P("This request arises from DHS authorities (section 287 of the Immigration and Nationality Act "
               "and 8 C.F.R. § 287.7) and should not impede the originating criminal process. The subject "
               "has been convicted of an offense listed as a priority under current DHS guidance.",
               font="DV", size=8.5, sb=4, sa=8, align="J"))
    s.append(T([["(Name and title of Immigration Officer)\nLeonard P. Szabo, Immigration Enforcement Agent",
                 "(Signature of Immigration Officer)\n<i>L. P. Szabo</i>"]], [280, 200], font="DV", size=9))
    s.append(SP(6))
    s.append(P("Notice: If the individual may be the victim of a crime or you want the individual to remain in "
               "the United States for a law enforcement purpose, notify the ICE Law Enforcement Support "
               "Center at (802) 872-6020.", font="DV", size=8, align="J"))
    pdf = make_pdf(s, page_deco(left="DHS Form I-247D (12/15)", right="Page {page}", font="DV", size=7),
                   margins=(54, 54, 48, 44))
    write_fax(pdf, os.path.join(OUT, "bl19.tif"), 1919,
              lambda p, n: "NOV-14-2016 10:22A FROM:ICE ERO YORK PA  7175550177   TO:17175550191  P.%d" % p)
    return expected(
        "bl19", "fax", "ERO fax cover with I-247D detainer (request for voluntary action) to state prison",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, ERO Philadelphia — York Sub-Office",
         "Leonard P. Szabo", "Immigration Enforcement Agent", "leonard.p.szabo@ice.dhs.gov", "717-555-0176"),
        [("Andrés Felipe Castaño Ruiz", "1978-11-22", [("a_number", "A088217654"), ("other", "KJ4471")])],
        ["INA 287", "8 CFR 287.7"],
        "detainer", "I-247D", "civil_immigration",
        ["other", "address"], "fax")


@doc
def bl20():
    """Plain-text export of an e-mail thread: Louisiana State Police detective to OMV."""
    txt = """From:    Thibodeaux, Jean-Luc <jean-luc.thibodeaux@la.gov>
Sent:    Tuesday, October 1, 2024 2:14 PM
To:      OMV Investigations Unit <omv.investigations@la.gov>
Cc:      Guidry, Renee <renee.guidry@la.gov>
Subject: RE: DL photo / registration request - LSP Item # C-11-24-00482

Ms. Hebert,

Sorry about that - item number is above. This is an armed robbery investigation (La. R.S. 14:64)
out of Troop A; two suspects were identified from a pawn transaction. I need DL photos, current
address on file and any vehicles registered to either of them:

  1. BATISTE, Tramaine Joseph   DOB 05/14/1996   LA DL 008744213
  2. LE, Kenneth Minh           DOB 01/22/1999   LA DL 011960587

This falls under the law enforcement exception in the DPPA (18 USC 2721(b)(1)). Photos can be
e-mailed back to me directly. Thank you for the quick turnaround.

Det. Jean-Luc Thibodeaux
Louisiana State Police - Criminal Investigations Division, Region 1 (Troop A)
7919 Independence Blvd., Baton Rouge, LA 70806
Office 225-555-0117 | Cell 225-555-0118

-----Original Message-----
From:    Hebert, Dana <dana.hebert@la.gov>
Sent:    Tuesday, October 1, 2024 1:58 PM
To:      Thibodeaux, Jean-Luc <jean-luc.thibodeaux@la.gov>
Subject: RE: DL photo / registration request

Good afternoon Detective, we can process this but I need your LSP item or case number and the
offense under investigation for our log.

Dana Hebert
Office of Motor Vehicles - Investigations Unit

-----Original Message-----
From:    Thibodeaux, Jean-Luc <jean-luc.thibodeaux@la.gov>
Sent:    Tuesday, October 1, 2024 1:31 PM
To:      OMV Investigations Unit <omv.investigations@la.gov>
Subject: DL photo / registration request

Need DL photos, addresses and vehicle registrations on two subjects, details to follow. Thanks.

Det. J. Thibodeaux, LSP CID
"""
    save("bl20.txt", txt)
    return expected(
        "bl20", "txt", "plain-text e-mail thread export, state police detective to OMV, reply includes case no.",
        ("state-police", "Louisiana State Police - Criminal Investigations Division", "Jean-Luc Thibodeaux",
         "Detective", "jean-luc.thibodeaux@la.gov", "225-555-0117"),
        [("Tramaine Joseph Batiste", "1996-05-14", [("license", "008744213")]),
         ("Kenneth Minh Le", "1999-01-22", [("license", "011960587")])],
        ["LA RS 14:64", "18 USC 2721"],
        "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email")


@doc
def bl21():
    """IRS-CI cover letter + Form 2039 summons to NC Division of Employment Security."""
    s = []
    s.append(T([["<b>Internal Revenue Service</b>\nCriminal Investigation\nCharlotte Field Office\n"
                 "10715 David Taylor Drive, Suite 300\nCharlotte, NC 28262",
                 "<b>Department of the Treasury</b>\n\nPerson to Contact:\nLorena Quintanilla-Márquez\n"
                 "Special Agent\nTelephone: 704-555-0121\nE-mail: lorena.quintanilla@ci.irs.gov\n"
                 "Refer Reply to: CI:CHA:LQM"]], [260, 220], grid=False, font="DV", size=9.5))
    s.append(SP(12))
    s.append(P("Date: September 17, 2024", font="DV", sa=10))
    s.append(P("N.C. Department of Commerce\nDivision of Employment Security — Legal Section\nP.O. Box 25903\n"
               "Raleigh, NC 27611", font="DV", sa=10))
    for b in [
        "Dear Custodian of Records:",
        "Enclosed is an Internal Revenue Service summons (Form 2039) requiring the production of "
        "quarterly wage records and unemployment insurance claim information. The summons is issued in "
        "connection with a criminal investigation of possible violations of 26 U.S.C. § 7201 (attempt to "
        "evade or defeat tax) and 26 U.S.C. § 7206(1) (false returns).",
        "You may comply by mailing legible copies of the records, together with the enclosed certificate "
        "of authenticity, to me at the address above on or before the date shown on the summons. If you "
        "do so, personal appearance will not be necessary.",
        "Please do not disclose this summons to the taxpayers named. If you have any questions, please "
        "contact me at the telephone number above.",
    ]:
        s.append(P(b, font="DV", size=10.5, align="J", sa=8))
    s.append(P("Sincerely,", font="DV", sa=20))
    s.append(P("Lorena Quintanilla-Márquez\nSpecial Agent", font="DV", sa=8))
    s.append(P("Enclosures: Form 2039 (Parts A and C); Certificate of Authenticity", font="DV", size=9))
    s.append(PageBreak())
    s.append(P("Summons", font="DVS-B", size=18, align="C", sa=8))
    s.append(T([["In the matter of", "HORVAT, Viktor S. (SSN xxx-xx-4418) and BABIĆ, Goran (SSN xxx-xx-9061)"],
                ["Internal Revenue Service (Identify Division)", "Criminal Investigation"],
                ["Industry/Area (name or number)", "Charlotte Field Office"],
                ["Periods", "Calendar years 2020, 2021, 2022 and 2023"]], [190, 290], font="DV", size=9))
    s.append(P("<b>The Commissioner of Internal Revenue</b>", font="DV", size=10, sb=6, sa=2))
    s.append(P("To:  Custodian of Records, N.C. Division of Employment Security\nAt:  700 Wade Avenue, "
               "Raleigh, NC 27605", font="DV", size=10, sa=6))
    s.append(P("You are hereby summoned and required to appear before <b>Special Agent Lorena "
               "Quintanilla-Márquez</b>, an officer of the Internal Revenue Service, to give testimony and "
               "to bring with you and to produce for examination the following books, records, papers, and "
               "other data relating to the tax liability or the collection of the tax liability or for the "
               "purpose of inquiring into any offense connected with the administration or enforcement of "
               "the internal revenue laws concerning the person identified above for the periods shown.",
               font="DV", size=9.5, align="J", sa=6))
    s.append(T([["For each person named above (VIKTOR S. HORVAT, DOB 02/06/1975; GORAN BABIĆ, DOB "
                 "09/17/1979): (1) all quarterly wage reports (Form NCUI 101 detail) submitted by any "
                 "employer, including employer name, account number and address; (2) all unemployment "
                 "insurance claims, with the addresses, telephone numbers and bank account information "
                 "provided and benefits paid; (3) any employer account for which either person is listed "
                 "as owner, officer or responsible party."]], [480], font="DV", size=9))
    s.append(P("Do not write in this space", font="DV-I", size=7, align="C", sb=2, sa=4))
    s.append(T([["Business address and telephone number of IRS officer before whom you are to appear:\n"
                 "10715 David Taylor Drive, Suite 300, Charlotte, NC 28262   704-555-0121"],
                ["Place and time for appearance at: 10715 David Taylor Drive, Charlotte, NC\n"
                 "on the 21st day of October, 2024 at 10:00 o'clock a.m."],
                ["Issued under authority of the Internal Revenue Code this 17th day of September, 2024."]],
               [480], font="DV", size=9))
    s.append(SP(4))
    s.append(T([["<i>L. Quintanilla-Márquez</i>\nSignature of issuing officer\nSpecial Agent",
                 "<i>M. Okafor</i>\nSignature of approving officer (if applicable)\nSupervisory Special Agent"]],
               [240, 240], font="DV", size=9))
    s.append(SP(6))
    s.append(P("Form <b>2039</b> (Rev. 10-2010)   Catalog Number 21405J   www.irs.gov   Part A — to be given to "
               "person summoned", font="DV", size=7.5))
    s.append(PageBreak())
    s.append(P("Provisions of the Internal Revenue Code (Title 26, United States Code)", font="DV-B", size=11,
               align="C", sa=8))
    for b in [
        "<b>26 U.S.C. § 7602. Examination of books and witnesses.</b> (a) Authority to summon, etc. — For "
        "the purpose of ascertaining the correctness of any return, making a return where none has been "
        "made, determining the liability of any person for any internal revenue tax, or collecting any "
        "such liability, the Secretary is authorized to examine any books, papers, records, or other "
        "data which may be relevant or material to such inquiry, and to summon any person having "
        "possession, custody, or care of such books ... (b) Purpose may include inquiry into offense. "
        "— The purposes for which the Secretary may take any action described in paragraph (1), (2), or "
        "(3) of subsection (a) include the purpose of inquiring into any offense connected with the "
        "administration or enforcement of the internal revenue laws.",
        "<b>26 U.S.C. § 7603. Service of summons.</b> A summons shall be served by the Secretary, by an "
        "attested copy delivered in hand to the person to whom it is directed, or left at his last and "
        "usual place of abode; or by certified or registered mail to the last known address of such "
        "person.",
        "<b>26 U.S.C. § 7604. Enforcement of summons.</b> (a) Jurisdiction of district court. — If any "
        "person is summoned under the internal revenue laws to appear, to testify, or to produce books, "
        "papers, records, or other data, the United States district court for the district in which "
        "such person resides or is found shall have jurisdiction by appropriate process to compel such "
        "attendance, testimony, or production of books, papers, records, or other data. (b) Enforcement. "
        "— Whenever any person summoned neglects or refuses to obey such summons, the Secretary may "
        "apply to the judge of the district court or to a United States magistrate judge for an "
        "attachment against him as for a contempt.",
        "<b>26 U.S.C. § 7609. Special procedures for third-party summonses.</b> Notice of a third-party "
        "summons is not required where the summons is issued by a criminal investigator of the Internal "
        "Revenue Service in connection with the investigation of an offense connected with the "
        "administration or enforcement of the internal revenue laws (§ 7609(c)(2)(E)).",
        "<b>26 U.S.C. § 7210. Failure to obey summons.</b> Any person who, being duly summoned to appear to "
        "testify, or to appear and produce books, accounts, records, memoranda, or other papers, as "
        "required under sections 7602, 7603, and 7604(b), neglects to "
        "appear or to produce such books ... shall, upon conviction thereof, be fined not more than "
        "$1,000, or imprisoned not more than 1 year, or both, together with costs of prosecution.",
    ]:
        s.append(P(b, font="DV", size=8.6, align="J", sa=6))
    s.append(P("Form 2039 (Rev. 10-2010)", font="DV", size=7.5, sb=6))
    pdf = make_pdf(s, margins=(56, 56, 48, 48))
    save("bl21.pdf", pdf)
    return expected(
        "bl21", "born_digital", "IRS-CI cover letter + Form 2039 summons (third-party) to state employment agency",
        ("irs-ci", "Internal Revenue Service, Criminal Investigation, Charlotte Field Office",
         "Lorena Quintanilla-Márquez", "Special Agent", "lorena.quintanilla@ci.irs.gov", "704-555-0121"),
        [("Viktor S. Horvat", "1975-02-06", [("ssn_last4", "4418")]),
         ("Goran Babić", "1979-09-17", [("ssn_last4", "9061")])],
        ["26 USC 7201", "26 USC 7206", "26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7609",
         "26 USC 7210"],
        "administrative_subpoena", "Form 2039", "criminal_investigation",
        ["wages", "employment", "claims", "benefits", "address", "phone", "other"], "mail")


@doc
def bl22():
    """Wisconsin circuit court ex parte order on ADA's motion (DCF/DHS benefit records); scanned."""
    cap = [P("STATE OF WISCONSIN            CIRCUIT COURT            MILWAUKEE COUNTY", font="DVS-B",
             size=11, align="C", sa=10),
           T([["STATE OF WISCONSIN,\n                    Plaintiff,\n     v.\nPA NHIA XIONG and\nDOLORES IBARRA "
               "FUENTES,\n                    Defendants.",
               "Case Nos. 2024CF003318\n                 2024CF003319"]], [300, 180], grid=False, font="DVS",
             size=10.5), SP(8)]
    s = []
    s += letterhead(["MILWAUKEE COUNTY DISTRICT ATTORNEY'S OFFICE",
                     "Safety Building · 821 W. State Street, Room 405 · Milwaukee, WI 53233",
                     "Public Assistance Fraud Unit · (414) 555-0144"], font="DVS", big=12)
    s.append(P("August 27, 2024", sa=8))
    s.append(P("Wisconsin Department of Children and Families\nOffice of Legal Counsel\n201 E. Washington Avenue\n"
               "Madison, WI 53703", sa=8))
    s.append(P("Re: <i>State v. Xiong</i>, 2024CF003318; <i>State v. Ibarra Fuentes</i>, 2024CF003319", sa=8))
    for b in ["Enclosed please find a certified copy of the ex parte order signed by Judge Halvorsen on August "
              "26, 2024, together with the State's motion. Please produce the Wisconsin Shares child care "
              "and W-2 case records described in the order within 30 days. The records may be sent to my "
              "attention at the address above or by e-mail to bianca.moreno-schultz@da.wi.gov.",
              "Thank you for your cooperation."]:
        s.append(P(b, align="J", sa=8))
    s.append(P("Bianca R. Moreno-Schultz\nAssistant District Attorney", sb=14, sa=4))
    s.append(PageBreak())
    s += cap
    s.append(P("EX PARTE MOTION FOR ORDER RELEASING PUBLIC ASSISTANCE RECORDS", font="DVS-B", size=11,
               align="C", sa=8))
    for b in [
        "The State of Wisconsin, by Assistant District Attorney Bianca R. Moreno-Schultz, moves the Court "
        "ex parte for an order directing the Wisconsin Department of Children and Families to release "
        "records concerning the defendants, and states:",
        "1. The defendants are charged with public assistance fraud contrary to Wis. Stat. § 49.95 and "
        "theft by fraud contrary to Wis. Stat. § 943.20(1)(d), arising from Wisconsin Shares child care "
        "subsidy payments made between March 2022 and November 2023.",
        "2. Records of applicants for and recipients of public assistance are confidential under Wis. "
        "Stat. § 49.83 and may be released for purposes directly connected with the administration of "
        "public assistance, including the prosecution of fraud, and upon order of a court.",
        "3. The State requests an ex parte order because notice to the defendants is not required for "
        "the production of records to the prosecution, and the records will be disclosed to the defense "
        "in discovery under Wis. Stat. § 971.23.",
    ]:
        s.append(P(b, align="J", sa=6, size=10))
    s.append(P("Dated August 22, 2024.      Electronically signed by Bianca R. Moreno-Schultz, Assistant "
               "District Attorney, State Bar No. 1104729", size=9.5, sb=4))
    s.append(PageBreak())
    s += cap
    s.append(P("ORDER", font="DVS-B", size=13, align="C", sa=8))
    s.append(P("Upon the State's ex parte motion, and the Court being satisfied that the records are needed for "
               "the prosecution of these cases, IT IS ORDERED that the Wisconsin Department of Children and "
               "Families shall produce to the Milwaukee County District Attorney's Office, within thirty (30) "
               "days, certified copies of:", align="J", sa=6))
    for b in ["(a) all Wisconsin Shares and W-2 applications, renewals and six-month reports filed by PA NHIA "
              "XIONG (DOB 04/03/1986) and DOLORES IBARRA FUENTES (DOB 12/19/1983);",
              "(b) the reported household members, residential addresses and employers listed on those "
              "documents, and any employment verification received;",
              "(c) the child care authorization and payment history for any provider paid on the "
              "defendants' cases, January 1, 2022 through December 31, 2023."]:
        s.append(P(b, li=24, fi=-16, sa=4, align="J"))
    s.append(P("IT IS FURTHER ORDERED that the records shall be used only in connection with these "
               "prosecutions.", align="J", sb=4, sa=14))
    s.append(P("BY THE COURT:", li=260, sa=6))
    s.append(P("<i>Electronically signed by Hon. Gregory J. Halvorsen</i>\nCircuit Court Judge\n08/26/2024",
               li=260))
    pdf = make_pdf(s, page_deco(left="CR-215 (ex parte records order)", right="{page}", font="DVS", size=7))
    write_scanned(pdf, os.path.join(OUT, "bl22.pdf"), 2222, angles=[0.6, -1.8, 1.2], turns={0: 180},
                  dpi=200, quality=48, bg=226)
    return expected(
        "bl22", "scanned", "Wisconsin circuit court ex parte order with ADA motion and cover letter",
        ("district-attorney", "Milwaukee County District Attorney's Office — Public Assistance Fraud Unit",
         "Bianca R. Moreno-Schultz", "Assistant District Attorney", "bianca.moreno-schultz@da.wi.gov",
         "(414) 555-0144"),
        [("Pa Nhia Xiong", "1986-04-03", []), ("Dolores Ibarra Fuentes", "1983-12-19", [])],
        ["WI Stat 49.95", "WI Stat 943.20", "WI Stat 49.83", "WI Stat 971.23"],
        "court_order", None, "criminal_investigation",
        ["benefits", "address", "employment", "other"], "mail")


@doc
def bl23():
    """IMPD detective e-mail with Marion Superior Court search warrant (PDF) for BMV records."""
    s = []
    s.append(T([["STATE OF INDIANA\n\nCOUNTY OF MARION", ")\n)  SS:\n)",
                 "IN THE MARION SUPERIOR COURT\nCRIMINAL DIVISION, ROOM 29\n\nCAUSE NO. 49D29-2410-MC-031744"]],
               [160, 40, 280], grid=False, font="DVS", size=10.5))
    s.append(SP(12))
    s.append(P("SEARCH WARRANT", font="DVS-B", size=15, align="C", sa=10))
    s.append(P("TO ANY CONSTABLE, POLICE OFFICER, SHERIFF OR CONSERVATOR OF THE PEACE:", font="DVS-B", size=10.5, sa=8))
    for b in [
        "Detective Kyle R. Brandenburg, Indianapolis Metropolitan Police Department, this day made "
        "application to the undersigned for the issuance of a search warrant and, upon examination of "
        "the sworn affidavit filed herewith, the Court finds that probable cause exists pursuant to "
        "I.C. 35-33-5-1 and I.C. 35-33-5-2.",
        "You are therefore authorized and ordered, in the name of the State of Indiana, with the "
        "necessary and proper assistance, to search the records of the <b>Indiana Bureau of Motor "
        "Vehicles</b>, Indiana Government Center North, 100 N. Senate Avenue, Room N481, Indianapolis, "
        "Indiana 46204, for the following:",
    ]:
        s.append(P(b, align="J", sa=7))
    for b in ["1. All credential (driver license, learner permit and identification card) records issued to "
              "THAO VY TRINH, DOB 09/30/1995, credential no. 5102-44-7839, and to BRANDON LEE HOSTETLER, "
              "DOB 02/17/1989, credential no. 0388-16-2274;",
              "2. All photographs, signature images and source documents (proof of identity, lawful status, "
              "Social Security number and Indiana residency) scanned or retained at each transaction;",
              "3. The transaction history, including the branch location, date and time of each credential "
              "transaction, and every address recorded;",
              "4. All vehicle registration records in either person's name from 01/01/2023 to present."]:
        s.append(P(b, li=24, fi=-14, sa=4, align="J"))
    s.append(P("which records constitute evidence of the offenses of Identity Deception, I.C. 35-43-5-3.5, "
               "and Fraud, I.C. 35-43-5-4, and to return the records seized, together with this warrant, "
               "to this Court.", align="J", sb=4, sa=12))
    s.append(P("Dated this 4th day of October, 2024, at 3:12 o'clock p.m.", sa=18))
    s.append(sigline("Hon. Yvette M. Olatunji", "Judge, Marion Superior Court", script="Y. M. Olatunji"))
    pdf = make_pdf(s, page_deco(left="Marion Superior Court — Search Warrant", right="Page {page} of 1",
                                font="DVS", size=7))
    text = """Good afternoon,

Attached is a signed search warrant from Marion Superior Court (Cause No. 49D29-2410-MC-031744)
for BMV credential records on two individuals, Thao Vy Trinh and Brandon Lee Hostetler.
We believe credentials were obtained in both names using stolen identities.

Please send the records to me by e-mail once complete. Let me know if you need the original
affidavit or anything else from us.

Thanks,

Det. Kyle R. Brandenburg #41187
Indianapolis Metropolitan Police Department
Financial Crimes / Identity Theft Unit
(317) 555-0170 | kbrandenburg@indy.gov
"""
    html = ("<html><body><p>Good afternoon,</p><p>Attached is a signed search warrant from Marion Superior "
            "Court (Cause No. 49D29-2410-MC-031744) for BMV credential records on two individuals, "
            "<b>Thao Vy Trinh</b> and <b>Brandon Lee Hostetler</b>. We believe credentials were obtained in "
            "both names using stolen identities.</p><p>Please send the records to me by e-mail once complete. "
            "Let me know if you need the original affidavit or anything else from us.</p><p>Thanks,</p>"
            "<p>Det. Kyle R. Brandenburg #41187<br>Indianapolis Metropolitan Police Department<br>Financial "
            "Crimes / Identity Theft Unit<br>(317) 555-0170 | <a href=\"mailto:kbrandenburg@indy.gov\">"
            "kbrandenburg@indy.gov</a></p></body></html>")
    msg = build_email(
        formataddr(("Brandenburg, Kyle R", "kbrandenburg@indy.gov")),
        formataddr(("BMV Legal - Records Requests", "bmvlegal@bmv.in.gov")),
        "Search Warrant - BMV records - Trinh / Hostetler",
        "Fri, 04 Oct 2024 16:05:27 -0400", "<CY5PR09MB7711.IMPD.20241004200527@indy.gov>",
        text=text, html=html, attachments=[(pdf, "application", "pdf", "SW_BMV_49D29-2410-MC-031744.pdf")])
    write_email(msg, os.path.join(OUT, "bl23.eml"), 23)
    return expected(
        "bl23", "eml", "police detective e-mail (text+html) with Indiana Superior Court search warrant PDF",
        ("local-police", "Indianapolis Metropolitan Police Department", "Kyle R. Brandenburg", "Detective",
         "kbrandenburg@indy.gov", "(317) 555-0170"),
        [("Thao Vy Trinh", "1995-09-30", [("license", "5102447839")]),
         ("Brandon Lee Hostetler", "1989-02-17", [("license", "0388162274")])],
        ["IC 35-33-5-1", "IC 35-33-5-2", "IC 35-43-5-3.5", "IC 35-43-5-4"],
        "judicial_warrant", None, "criminal_investigation",
        ["license", "photo", "identity_documents", "address", "vehicle"], "email")


@doc
def bl24():
    """Fax: Baltimore City SAO cover + Circuit Court grand jury subpoena duces tecum to MVA."""
    s = []
    s.append(P("OFFICE OF THE STATE'S ATTORNEY FOR BALTIMORE CITY", font="DVS-B", size=13, align="C", sa=0))
    s.append(P("Economic Crimes Division · 120 East Baltimore Street, 9th Floor · Baltimore, Maryland 21202",
               font="DVS", size=9, align="C", sa=6))
    s.append(HR(1.2))
    s.append(P("TELECOPIER TRANSMITTAL", font="DVS-B", size=15, sa=8))
    s.append(T([["DATE:", "December 2, 2024", "NO. OF PAGES:", "3"],
                ["TO:", "Custodian of Records, Maryland MVA", "FAX:", "410-555-0108"],
                ["FROM:", "ASA Devon K. Marshall", "PHONE:", "443-555-0161"],
                ["", "", "E-MAIL:", "dmarshall@stattorney.org"]], [55, 205, 85, 135], grid=False,
               font="DVS", size=10.5))
    s.append(SP(10))
    s.append(P("Please see the attached grand jury subpoena duces tecum. The MVA may comply by sending "
               "certified copies of the listed records to my attention at the address above before the "
               "return date; no appearance will then be necessary. The grand jury's work is secret — please "
               "do not notify the persons named.", font="DVS", size=11, align="J", sa=10))
    s.append(P("Devon K. Marshall\nAssistant State's Attorney", font="DVS", size=11, sa=20))
    s.append(P("The documents accompanying this telecopy contain confidential information which is legally "
               "privileged. If you have received this telecopy in error, please notify us by telephone "
               "immediately and return the original to us by mail.", font="DVS-I", size=8.5))
    s.append(PageBreak())
    s.append(P("CIRCUIT COURT FOR BALTIMORE CITY", font="DVS-B", size=13, align="C", sa=0))
    s.append(P("STATE OF MARYLAND", font="DVS", size=11, align="C", sa=8))
    s.append(P("SUBPOENA DUCES TECUM — GRAND JURY", font="DVS-B", size=13, align="C", sa=2))
    s.append(P("(Md. Rule 4-266; Md. Rule 4-642)", font="DVS", size=9, align="C", sa=10))
    s.append(T([["In the Matter of: <b>GRAND JURY INVESTIGATION 24-GJ-0452</b>", "Term: September 2024"]],
               [330, 150], font="DVS", size=10))
    s.append(SP(6))
    s.append(P("TO:  Custodian of Records, Maryland Motor Vehicle Administration, 6601 Ritchie Highway, N.E., "
               "Glen Burnie, Maryland 21062", font="DVS", size=10.5, sa=8))
    for b in [
        "YOU ARE HEREBY COMMANDED to appear before the Grand Jury for Baltimore City, Clarence M. Mitchell, "
        "Jr. Courthouse, 100 N. Calvert Street, Room 206, Baltimore, Maryland, on <b>December 16, 2024 at "
        "9:30 a.m.</b>, to testify in an investigation of identity fraud under Md. Code Ann., Crim. Law "
        "§ 8-301, and to bring with you:",
    ]:
        s.append(P(b, font="DVS", size=10.5, align="J", sa=6))
    for b in ["Certified copies of all driver license, learner's permit and identification card records, "
              "including application documents, proof-of-identity and proof-of-residency documents, "
              "photographs, and address history, from January 1, 2022 to the present, for:",
              "     (1) OKORO, Chidi Benedict — DOB 08/21/1984 — MD license O-620-418-937-551",
              "     (2) KRZEMIŃSKA, Joanna — DOB 03/02/1991 — MD license K-652-109-774-210"]:
        s.append(P(b, font="DVS", size=10.5, li=20, sa=4, align="J"))
    s.append(P("Failure to obey this subpoena may be punished as contempt of court.", font="DVS", size=10.5,
               sb=4, sa=10))
    s.append(T([["Issued at the request of:\nDevon K. Marshall, Assistant State's Attorney\n120 E. Baltimore "
                 "Street, 9th Floor, Baltimore, MD 21202\n443-555-0161",
                 "BY ORDER OF THE COURT\n\n<i>Marvin J. Pettigrew</i>\n____________________________\n"
                 "Clerk of the Circuit Court\nfor Baltimore City\nDate issued: 11/27/2024"]],
               [260, 220], font="DVS", size=9.5))
    s.append(PageBreak())
    s.append(P("SHERIFF'S / SERVER'S RETURN", font="DVS-B", size=11, align="C", sa=8))
    s.append(P("[ ] Served by delivering a copy to ______________________ on __________ at ______.\n"
               "[ ] Served by facsimile transmission, with the consent of the custodian, on 12/02/2024.\n"
               "[ ] Not served: ______________________________\n\nFee: $________   Signature: "
               "______________________", font="DVS", size=10))
    s.append(SP(14))
    s.append(P("Notice: Any person who discloses matters occurring before the grand jury, except as permitted "
               "by Md. Rule 4-642, may be subject to sanctions.", font="DVS", size=9))
    pdf = make_pdf(s)
    write_fax(pdf, os.path.join(OUT, "bl24.tif"), 2424,
              lambda p, n: "12/02/2024  11:47   4435550162   BALTO CITY SAO ECON   #0441 P.%03d/%03d" % (p, n))
    return expected(
        "bl24", "fax", "prosecutor fax cover + Maryland circuit court grand jury subpoena (clerk, by order of court)",
        ("district-attorney", "Office of the State's Attorney for Baltimore City — Economic Crimes Division",
         "Devon K. Marshall", "Assistant State's Attorney", "dmarshall@stattorney.org", "443-555-0161"),
        [("Chidi Benedict Okoro", "1984-08-21", [("license", "O620418937551")]),
         ("Joanna Krzemińska", "1991-03-02", [("license", "K652109774210")])],
        ["MD Rule 4-266", "MD Rule 4-642", "MD Crim Law 8-301"],
        "grand_jury_subpoena", None, "criminal_investigation",
        ["license", "identity_documents", "photo", "address"], "fax")


@doc
def bl25():
    """Connecticut Superior Court: State's Attorney application followed by ex parte order (DMV)."""
    cap = T([["DOCKET NO. HHD-CR24-0291156-T", "SUPERIOR COURT"],
             ["STATE OF CONNECTICUT", "JUDICIAL DISTRICT OF HARTFORD"],
             ["v.", "AT HARTFORD"],
             ["KWAME ASANTE-MENSAH and\nLUCÍA BEATRIZ PEÑA DE LEÓN", "OCTOBER 28, 2024"]],
            [260, 220], grid=False, font="DV", size=10, extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")])
    s = [cap, SP(12)]
    s.append(P("APPLICATION FOR EX PARTE ORDER FOR PRODUCTION OF MOTOR VEHICLE RECORDS", font="DV-B", size=11,
               align="C", sa=10))
    for b in [
        "The State of Connecticut, by Supervisory Assistant State's Attorney Helena Wójcik-Barry, "
        "respectfully applies for an ex parte order directing the Commissioner of Motor Vehicles to "
        "produce the records described below, and represents:",
        "1. The defendants are charged with identity theft in the first degree, General Statutes "
        "§ 53a-129b, and larceny in the first degree, General Statutes § 53a-122, arising from the "
        "purchase of vehicles with loans obtained in the names of other persons.",
        "2. The facts supporting this application are set out in the affidavit of Inspector Ramón E. "
        "Villanueva of the Division of Criminal Justice, which is incorporated by reference and "
        "submitted under seal.",
        "3. Personal information in motor vehicle records may be disclosed pursuant to an order of a "
        "court of competent jurisdiction under General Statutes § 14-10. The State requests that the "
        "order issue ex parte so as not to alert persons who may be uncharged co-conspirators.",
    ]:
        s.append(P(b, font="DV", size=10, align="J", sa=7))
    s.append(P("THE STATE OF CONNECTICUT", font="DV-B", size=10, li=260, sb=6, sa=14))
    s.append(P("By: <i>Helena Wójcik-Barry</i>\nHelena Wójcik-Barry, Juris No. 431207\nSupervisory Assistant "
               "State's Attorney\nOffice of the State's Attorney, J.D. of Hartford\n101 Lafayette Street, "
               "Hartford, CT 06106\nTel. 860-555-0125 · helena.wojcik-barry@ct.gov", font="DV", size=9.5, li=260))
    s.append(PageBreak())
    s += [cap, SP(12)]
    s.append(P("ORDER", font="DV-B", size=13, align="C", sa=10))
    s.append(P("The foregoing application having been heard ex parte, and the Court having reviewed the "
               "affidavit of Inspector Ramón E. Villanueva, it is hereby <b>ORDERED</b> that the Commissioner "
               "of Motor Vehicles, or the custodian of records of the Department of Motor Vehicles, produce "
               "to the Office of the State's Attorney for the Judicial District of Hartford, within fourteen "
               "days, certified copies of the following records for the period January 1, 2022 to present:",
               font="DV", size=10, align="J", sa=6))
    for b in ["(a) the operator's license and identification card records of KWAME ASANTE-MENSAH (date of "
              "birth June 18, 1986; operator's license no. 164402983) and LUCÍA BEATRIZ PEÑA DE LEÓN (date "
              "of birth January 3, 1992; operator's license no. 190557318), including application documents "
              "and documents presented to establish identity;",
              "(b) all photographs taken in connection with such licenses or cards;",
              "(c) all addresses of record and changes of address;",
              "(d) all registration and title records for vehicles registered or titled to either person."]:
        s.append(P(b, font="DV", size=10, li=28, fi=-18, sa=4, align="J"))
    s.append(P("It is further ORDERED that the Department shall not disclose the existence of this order to "
               "the defendants or any other person, except as necessary to comply, until further order of "
               "the Court.", font="DV", size=10, align="J", sb=4, sa=14))
    s.append(P("BY THE COURT,", font="DV", li=260, sa=18))
    s.append(P("<i>A. C. Rinaldi</i>\n______________________________\nRinaldi, J.\nJudge of the Superior Court",
               font="DV", size=10, li=260))
    pdf = make_pdf(s, page_deco(left="HHD-CR24-0291156-T", right="{page}", font="DV", size=7.5))
    save("bl25.pdf", pdf)
    return expected(
        "bl25", "born_digital", "Connecticut State's Attorney application followed by Superior Court ex parte order",
        ("district-attorney", "Office of the State's Attorney, Judicial District of Hartford",
         "Helena Wójcik-Barry", "Supervisory Assistant State's Attorney", "helena.wojcik-barry@ct.gov",
         "860-555-0125"),
        [("Kwame Asante-Mensah", "1986-06-18", [("license", "164402983")]),
         ("Lucía Beatriz Peña de León", "1992-01-03", [("license", "190557318")])],
        ["CGS 53a-129b", "CGS 53a-122", "CGS 14-10"],
        "court_order", None, "criminal_investigation",
        ["license", "identity_documents", "photo", "address", "vehicle"], "mail")


@doc
def bl26():
    """DOL-OIG agent e-mail with Inspector General subpoena duces tecum (PDF) to a state UI agency."""
    s = []
    s.append(P("UNITED STATES DEPARTMENT OF LABOR", font="DVS-B", size=13, align="C", sa=0))
    s.append(P("OFFICE OF INSPECTOR GENERAL", font="DVS-B", size=12, align="C", sa=0))
    s.append(P("Washington, D.C. 20210", font="DVS", size=9, align="C", sa=10))
    s.append(P("SUBPOENA DUCES TECUM", font="DVS-B", size=16, align="C", sa=2))
    s.append(P("No. OIG-OI-PHL-2024-0217", font="DVS", size=10, align="C", sa=12))
    s.append(P("TO:  Custodian of Records\n        Virginia Employment Commission\n        6606 West Broad Street, "
               "Richmond, Virginia 23230", font="DVS", size=10.5, sa=10))
    for b in [
        "YOU ARE HEREBY REQUIRED to produce to the Office of Inspector General, U.S. Department of Labor, "
        "all of the documents, information and data described in the attached Schedule A that are in your "
        "possession, custody or control, on or before <b>November 29, 2024</b>, at the Office of "
        "Investigations, 170 South Independence Mall West, Suite 370 East, Philadelphia, Pennsylvania "
        "19106, to the attention of Special Agent Nkechi A. Obi.",
        "This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. "
        "§ 406(a)(4), in the course of an investigation being conducted by the Office of Inspector "
        "General.",
        "In case of contumacy or refusal to obey, this subpoena is enforceable by order of any appropriate "
        "United States district court.",
    ]:
        s.append(P(b, font="DVS", size=10.2, align="J", sa=8))
    s.append(P("IN TESTIMONY WHEREOF, the undersigned has hereunto set his hand this 30th day of October, 2024.",
               font="DVS", size=10.2, sa=18))
    s.append(sigline("Anthony R. Delgado-Marsh", "Deputy Inspector General", ["U.S. Department of Labor"],
                     script="A. R. Delgado-Marsh"))
    s.append(PageBreak())
    s.append(P("SCHEDULE A", font="DVS-B", size=12, align="C", sa=8))
    s.append(P("Definitions and instructions: \"Claimant\" means each person identified below. Records may be "
               "produced in electronic form. Disclosure of confidential unemployment compensation information "
               "to the OIG for this purpose is consistent with 20 C.F.R. Part 603.", font="DVS", size=9.5,
               sa=8, align="J"))
    s.append(T([["<b>Claimant</b>", "<b>Date of birth</b>", "<b>SSN</b>"],
                ["ASHBY, Reginald T.", "07/07/1980", "XXX-XX-9054"],
                ["ABDULLAHI, Mariam Yusuf", "03/25/1997", "XXX-XX-1186"],
                ["VU, Duc Anh", "10/10/1984", "XXX-XX-3327"]], [200, 130, 130], font="DVS", size=10))
    s.append(SP(8))
    for b in ["1. All initial and continued claims for Unemployment Insurance, Pandemic Unemployment "
              "Assistance and Pandemic Emergency Unemployment Compensation filed by or in the name of each "
              "Claimant, March 1, 2020 to present.",
              "2. For each claim: the mailing and residential addresses, telephone numbers and e-mail "
              "addresses provided; IP addresses and device identifiers; identity verification results.",
              "3. Payment records, including the bank account, routing number or debit card to which each "
              "payment was made.",
              "4. Quarterly wage records for each Claimant, with employer name and address."]:
        s.append(P(b, font="DVS", size=10, li=18, fi=-12, sa=4, align="J"))
    pdf = make_pdf(s, page_deco(left="DOL-OIG Subpoena Duces Tecum", right="Page {page} of 2", font="DVS", size=7))
    text = """Good morning,

Please find attached a DOL-OIG Inspector General subpoena (No. OIG-OI-PHL-2024-0217) for
unemployment claim and wage records for three claimants. We are investigating an identity-theft
ring that filed UI and pandemic claims in Virginia and other states; the violations under
investigation include 18 U.S.C. §§ 1343 (wire fraud), 641 (theft of government funds) and 1028A
(aggravated identity theft).

The return date is November 29. Electronic production (CSV/Excel for the claim and payment data)
sent to me through our secure file exchange is preferred; I can send an upload link to whoever
will handle this.

Thank you,

Nkechi A. Obi
Special Agent
U.S. Department of Labor, Office of Inspector General
Office of Investigations - Philadelphia Region
Office: 215-555-0183 | Cell: 267-555-0184
obi.nkechi@oig.dol.gov
"""
    msg = build_email(
        formataddr(("Obi, Nkechi A - OIG", "obi.nkechi@oig.dol.gov")),
        formataddr(("VEC Office of General Counsel", "legal.process@vec.virginia.gov")),
        "DOL-OIG Subpoena OIG-OI-PHL-2024-0217 - UI claim records",
        "Thu, 31 Oct 2024 10:17:45 -0400", "<PH0PR09MB93C1E7.DOLOIG.20241031@oig.dol.gov>",
        text=text, attachments=[(pdf, "application", "pdf", "OIG_Subpoena_VEC_2024-0217.pdf")])
    write_email(msg, os.path.join(OUT, "bl26.eml"), 26)
    return expected(
        "bl26", "eml", "DOL-OIG agent e-mail with Inspector General subpoena (PDF), three claimants",
        ("dol-oig", "U.S. Department of Labor, Office of Inspector General, Office of Investigations - "
         "Philadelphia Region", "Nkechi A. Obi", "Special Agent", "obi.nkechi@oig.dol.gov", "215-555-0183"),
        [("Reginald T. Ashby", "1980-07-07", [("ssn_last4", "9054")]),
         ("Mariam Yusuf Abdullahi", "1997-03-25", [("ssn_last4", "1186")]),
         ("Duc Anh Vu", "1984-10-10", [("ssn_last4", "3327")])],
        ["18 USC 1343", "18 USC 641", "18 USC 1028A", "5 USC 406", "20 CFR 603"],
        "administrative_subpoena", None, "criminal_investigation",
        ["claims", "address", "phone", "email", "benefits", "wages", "employment", "other"], "email")


@doc
def bl27():
    """ATF cover letter + AO 93 search and seizure warrant (E.D. Tenn.) for driver records; scanned."""
    s = []
    s.append(P("U.S. Department of Justice", font="DVS-B", size=12, sa=0))
    s.append(P("Bureau of Alcohol, Tobacco, Firearms and Explosives", font="DVS", size=10.5, sa=0))
    s.append(T([["Knoxville Field Office\n710 Locust Street, Suite 500\nKnoxville, TN 37902",
                 "www.atf.gov"]], [380, 100], grid=False, font="DVS", size=9,
               extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    s.append(HR(0.8, sa=10))
    s.append(P("764010:BWC\nKNX 2024-0155", font="DVS", size=9, align="R", sa=8))
    s.append(P("November 13, 2024", sa=10))
    s.append(P("Tennessee Department of Safety and Homeland Security\nDriver Services Division — Records\n"
               "312 Rosa L. Parks Avenue, 27th Floor\nNashville, TN 37243", sa=10))
    for b in [
        "Dear Records Custodian:",
        "Enclosed is a federal search and seizure warrant issued by a United States Magistrate Judge for "
        "the Eastern District of Tennessee authorizing the search of driver license and vehicle records "
        "held by your Department for Travis Wayne Pruett. ATF is investigating the possession of "
        "firearms by a convicted felon, 18 U.S.C. § 922(g)(1), and the use of a firearm in furtherance of "
        "a drug trafficking crime, 18 U.S.C. § 924(c).",
        "Please provide the records listed in Attachment B of the warrant to me by e-mail or mail. "
        "I can be reached at (865) 555-0175 or brent.caldwell@atf.gov.",
    ]:
        s.append(P(b, align="J", sa=8))
    s.append(P("Sincerely,", sa=18))
    s.append(P("Brent W. Caldwell\nSpecial Agent, Knoxville Field Office", sa=8))
    s.append(P("Enclosure", size=9))
    s.append(PageBreak())
    s.append(P("AO 93 (Rev. 11/13) Search and Seizure Warrant", font="DVS", size=7.5, sa=8))
    s.append(P("UNITED STATES DISTRICT COURT", font="DVS-B", size=14, align="C", sa=0))
    s.append(P("for the", font="DVS-I", size=9, align="C", sa=0))
    s.append(P("<u>Eastern District of Tennessee</u>", size=11, align="C", sa=10))
    s.append(T([["In the Matter of the Search of\n(Briefly describe the property to be searched or identify the "
                 "person by name and address)\nRECORDS MAINTAINED BY THE TENNESSEE DEPARTMENT OF SAFETY AND "
                 "HOMELAND SECURITY PERTAINING TO TRAVIS WAYNE PRUETT",
                 ")\n)\n)      Case No. 3:24-MJ-2187\n)\n)"]], [300, 180], grid=False, font="DVS", size=9))
    s.append(SP(4))
    s.append(P("SEARCH AND SEIZURE WARRANT", font="DVS-B", size=12, align="C", sa=6))
    s.append(P("To:   Any authorized law enforcement officer", sa=6))
    for b in [
        "An application by a federal law enforcement officer or an attorney for the government requests the "
        "search of the following person or property located in the Eastern District of Tennessee "
        "<i>(identify the person or describe the property to be searched and give its location)</i>: See "
        "Attachment A.",
        "I find that the affidavit(s), or any recorded testimony, establish probable cause to search and "
        "seize the person or property described above, and that such search will reveal <i>(identify the "
        "person or describe the property to be seized)</i>: See Attachment B.",
        "<b>YOU ARE COMMANDED</b> to execute this warrant on or before <u>November 26, 2024</u> <i>(not to "
        "exceed 14 days)</i>   [X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or "
        "night because good cause has been established.",
        "Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for "
        "the property taken to the person from whom, or from whose premises, the property was taken, or "
        "leave the copy and receipt at the place where the property was taken.",
        "The officer executing this warrant, or an officer present during the execution of the warrant, "
        "must prepare an inventory as required by law and promptly return this warrant and inventory to "
        "<u>Hon. Claire D. Whitfield-Ames</u>.",
        "[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse "
        "result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing "
        "this warrant to delay notice to the person who, or whose property, will be searched or seized.",
    ]:
        s.append(P(b, size=9.5, align="J", sa=5))
    s.append(T([["Date and time issued:  11/12/2024  4:05 pm\n\nCity and state:  Knoxville, Tennessee",
                 "<i>C. D. Whitfield-Ames</i>\n______________________________\nJudge's signature\n"
                 "Claire D. Whitfield-Ames, U.S. Magistrate Judge\nPrinted name and title"]],
               [240, 240], grid=False, size=9.5))
    s.append(PageBreak())
    s.append(P("ATTACHMENT A — Property to be searched", font="DVS-B", size=11, sa=4))
    s.append(P("Records maintained by the Tennessee Department of Safety and Homeland Security, Driver "
               "Services Division, 312 Rosa L. Parks Avenue, Nashville, Tennessee, including records stored "
               "electronically, pertaining to TRAVIS WAYNE PRUETT, date of birth August 14, 1983, Tennessee "
               "driver license number 104773925. The warrant will be served on the Department, which will "
               "produce the records; agents will not enter the premises (Fed. R. Crim. P. 41).",
               size=10, align="J", sa=10))
    s.append(P("ATTACHMENT B — Property to be seized", font="DVS-B", size=11, sa=4))
    for b in ["1. All driver license and identification records, including applications and supporting "
              "identity documents;", "2. All photographs and signature images;",
              "3. All residential and mailing addresses, with dates;",
              "4. All records of vehicles registered to or titled in the name of TRAVIS WAYNE PRUETT, and "
              "handgun carry permit status, for January 1, 2020 to present."]:
        s.append(P(b, size=10, li=18, fi=-12, sa=4))
    pdf = make_pdf(s, page_deco(right="Page {page}", font="DVS", size=7))
    write_scanned(pdf, os.path.join(OUT, "bl27.pdf"), 2727, angles=[-1.1, 0.7, -0.4], turns={2: 270},
                  dpi=200, quality=50)
    return expected(
        "bl27", "scanned", "ATF cover letter + AO 93 federal search warrant with attachments (scan)",
        ("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Knoxville Field Office",
         "Brent W. Caldwell", "Special Agent", "brent.caldwell@atf.gov", "(865) 555-0175"),
        [("Travis Wayne Pruett", "1983-08-14", [("license", "104773925")])],
        ["18 USC 922", "18 USC 924", "18 USC 3103a", "18 USC 2705", "FRCrP 41"],
        "judicial_warrant", "AO 93", "criminal_investigation",
        ["license", "identity_documents", "photo", "address", "vehicle", "other"], "mail")


@doc
def bl28():
    """AUSA cover letter + federal 18 U.S.C. 2703(d) order to a state UI agency (claimant portal)."""
    s = []
    s += letterhead(["U.S. Department of Justice",
                     "United States Attorney's Office · Southern District of Ohio",
                     "303 Marconi Boulevard, Suite 200 · Columbus, Ohio 43215 · (614) 555-0110"],
                    font="DVS", big=13, align="L")
    s.append(P("September 24, 2024", sa=10))
    s.append(P("<b>VIA FEDEX</b>\nOhio Department of Job and Family Services\n"
               "Office of Legal and Acquisition Services — Subpoena Unit\n30 East Broad Street, 31st Floor\n"
               "Columbus, Ohio 43215", sa=10))
    s.append(P("<b>Re: In re Application of the United States for an Order Pursuant to 18 U.S.C. § 2703(d), "
               "Misc. No. 2:24-mc-0419</b>", sa=8))
    for b in [
        "Enclosed is an order of the United States District Court for the Southern District of Ohio, "
        "entered September 23, 2024, directing the Department to disclose records associated with two "
        "unemployment claimant online accounts. The records are sought in an investigation of wire "
        "fraud, 18 U.S.C. § 1343, and aggravated identity theft, 18 U.S.C. § 1028A.",
        "The order is sealed and prohibits disclosure of its existence for one year. Please coordinate "
        "production with me at caroline.mbeki@usdoj.gov or (614) 555-0114.",
    ]:
        s.append(P(b, align="J", sa=8))
    s.append(P("Very truly yours,\n\nKENNETH L. PARKHURST\nUnited States Attorney", sa=8))
    s.append(P("<i>s/ Caroline F. Mbeki</i>\nCaroline F. Mbeki\nAssistant United States Attorney", sa=8))
    s.append(PageBreak())
    s.append(P("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF OHIO\nEASTERN DIVISION", font="DVS-B",
               size=11.5, align="C", sa=10))
    s.append(T([["IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO "
                 "18 U.S.C. § 2703(d)", "Misc. No. 2:24-mc-0419\n\nMagistrate Judge Farrow\n\n<b>FILED UNDER "
                 "SEAL</b>"]], [300, 180], font="DVS", size=10, grid=False,
               extra=[("LINEAFTER", (0, 0), (0, 0), 0.8, colors.black)]))
    s.append(SP(10))
    s.append(P("ORDER", font="DVS-B", size=13, align="C", sa=8))
    for b in [
        "The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that "
        "the Court issue an Order requiring the Ohio Department of Job and Family Services (\"ODJFS\"), "
        "which provides claimants an electronic communication service and remote computing service "
        "through its online unemployment claimant portal, to disclose the records and other information "
        "described in Attachment B to this Order.",
        "The Court finds that the United States has offered specific and articulable facts showing that "
        "there are reasonable grounds to believe that the records or other information sought are "
        "relevant and material to an ongoing criminal investigation.",
        "The Court determines that there is reason to believe that notification of the existence of the "
        "application or this Order will seriously jeopardize the ongoing investigation, including by "
        "giving targets an opportunity to destroy or tamper with evidence. See 18 U.S.C. § 2705(b).",
        "IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that ODJFS shall, within ten days of "
        "the date of this Order, disclose to the United States the records and other information "
        "described in Attachment B.",
        "IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that ODJFS shall not disclose the existence of the "
        "application of the United States, or the existence of this Order of the Court, to the "
        "subscribers of the account(s) listed in Attachment A, or to any other person, for a period of "
        "one year from the date of this Order, unless and until otherwise authorized to do so by the "
        "Court, except that ODJFS may disclose this Order to an attorney for ODJFS for the purpose of "
        "receiving legal advice.",
        "IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by "
        "the Court.",
    ]:
        s.append(P(b, size=10, align="J", sa=6, fi=24))
    s.append(P("SO ORDERED.", sb=4, sa=6))
    s.append(T([["Date: September 23, 2024", "<i>s/ Daniel R. Farrow</i>\nDANIEL R. FARROW\nUNITED STATES "
                 "MAGISTRATE JUDGE"]], [240, 240], grid=False, size=10))
    s.append(PageBreak())
    s.append(P("ATTACHMENT A — Accounts", font="DVS-B", size=11, sa=6))
    s.append(T([["<b>Claimant name on account</b>", "<b>DOB</b>", "<b>Account / e-mail</b>"],
                ["Olumide Adeyemi", "1990-04-12", "o.adeyemi.works@gmail.com"],
                ["Jerome K. Whitaker", "1986-12-09", "jkwhitaker86@outlook.com"]],
               [170, 90, 220], size=9.5))
    s.append(SP(10))
    s.append(P("ATTACHMENT B — Records to be disclosed", font="DVS-B", size=11, sa=6))
    for b in ["1. Subscriber and account information: names, mailing and residential addresses, telephone "
              "numbers, e-mail addresses, dates of account creation, and security questions;",
              "2. Records of session times and durations, and the Internet Protocol addresses used to log in "
              "to, file weekly claims from, or change the payment method on each account, July 1, 2021 to "
              "present;",
              "3. Claim records: claims filed, benefits paid, and the bank account and routing number or "
              "debit card designated for payment, with each change."]:
        s.append(P(b, size=10, li=18, fi=-12, sa=4, align="J"))
    pdf = make_pdf(s, page_deco(left="Case 2:24-mc-00419  *SEALED*  Filed 09/23/24  Page {page}", font="DVS", size=7))
    save("bl28.pdf", pdf)
    return expected(
        "bl28", "born_digital", "AUSA letter with federal 18 USC 2703(d) order (claimant portal records)",
        ("doj-usao", "United States Attorney's Office, Southern District of Ohio", "Caroline F. Mbeki",
         "Assistant United States Attorney", "caroline.mbeki@usdoj.gov", "(614) 555-0114"),
        [("Olumide Adeyemi", "1990-04-12", []), ("Jerome K. Whitaker", "1986-12-09", [])],
        ["18 USC 2703", "18 USC 1343", "18 USC 1028A", "18 USC 2705"],
        "court_order", None, "criminal_investigation",
        ["address", "phone", "email", "claims", "benefits", "other"], "mail")


@doc
def bl29():
    """Plain-text e-mail from a USCIS FDNS officer asking a state labor agency for wage records."""
    txt = """Date: Wed, 28 Aug 2024 10:46:12 -0400
From: "Haddad, Samir N" <samir.n.haddad@uscis.dhs.gov>
To: "DLLR UI Records" <ui.records@labor.maryland.gov>
Subject: Employment verification request - A215008771

Good morning,

I am an Immigration Officer with the Fraud Detection and National Security Directorate (FDNS),
U.S. Citizenship and Immigration Services, Baltimore Field Office. In connection with a pending
immigration benefit matter, I am requesting verification of employment and quarterly wage
information for the following individual:

    Name:      RAHIMI, Shirin
    DOB:       May 2, 1991
    A-Number:  A215 008 771
    SSN:       ***-**-6093

Specifically, please provide the names and addresses of all employers who reported wages for
Ms. Rahimi from the first quarter of 2022 through the most recent quarter available, with the
wages reported each quarter.

This request is made under the authority of INA § 103 and 8 C.F.R. § 103.2(b) and the information
is for official use only. A reply by e-mail is fine, or I can give you a fax number.

Thank you for your assistance.

Samir N. Haddad
Immigration Officer, FDNS
U.S. Citizenship and Immigration Services | Baltimore Field Office
3701 Koppers Street, Baltimore, MD 21227
Tel: (410) 555-0138
samir.n.haddad@uscis.dhs.gov

WARNING: This message may contain information protected by 8 U.S.C. § 1367. Do not disclose
outside DHS without authorization.
"""
    save("bl29.txt", txt)
    return expected(
        "bl29", "txt", "plain-text e-mail, USCIS FDNS officer asking for wage/employer records (A-number)",
        ("dhs-uscis", "U.S. Citizenship and Immigration Services, Fraud Detection and National Security "
         "Directorate, Baltimore Field Office", "Samir N. Haddad", "Immigration Officer, FDNS",
         "samir.n.haddad@uscis.dhs.gov", "(410) 555-0138"),
        [("Shirin Rahimi", "1991-05-02", [("a_number", "A215008771"), ("ssn_last4", "6093")])],
        ["INA 103", "8 CFR 103.2", "8 USC 1367"],
        "none", None, "civil_immigration", ["employment", "wages"], "email")


@doc
def bl30():
    """Deputy U.S. Marshal e-mail with an AO 442 arrest warrant attached as a JPEG photo/scan."""
    s = []
    s.append(P("AO 442 (Rev. 11/11) Arrest Warrant", font="DVS", size=8, sa=10))
    s.append(P("UNITED STATES DISTRICT COURT", font="DVS-B", size=15, align="C", sa=0))
    s.append(P("for the", font="DVS-I", size=10, align="C", sa=0))
    s.append(P("<u>District of Connecticut</u>", font="DVS", size=12, align="C", sa=12))
    s.append(T([["United States of America\n          v.\nEMEKA CHUKWUMA NWOSU\n\n          <i>Defendant</i>",
                 ")\n)\n)     Case No. 3:24-cr-00188 (VAB)\n)\n)"]], [260, 220], grid=False, font="DVS", size=11))
    s.append(SP(8))
    s.append(P("ARREST WARRANT", font="DVS-B", size=13, align="C", sa=8))
    s.append(P("To:      Any authorized law enforcement officer", font="DVS", size=11, sa=8))
    s.append(P("<b>YOU ARE COMMANDED</b> to arrest and bring before a United States magistrate judge without "
               "unnecessary delay <i>(name of person to be arrested)</i>  <u>EMEKA CHUKWUMA NWOSU</u>, who is "
               "accused of an offense or violation based on the following document filed with the court:",
               font="DVS", size=11, align="J", sa=6))
    s.append(P("[X] Indictment    [ ] Superseding Indictment    [ ] Information    [ ] Superseding Information    "
               "[ ] Complaint    [ ] Probation Violation Petition    [ ] Supervised Release Violation Petition    "
               "[ ] Violation Notice    [ ] Order of the Court", font="DVS", size=10, sa=8))
    s.append(P("This offense is briefly described as follows:\n<u>Conspiracy to distribute and to possess with "
               "intent to distribute 400 grams or more of fentanyl, 21 U.S.C. §§ 846 and 841(a)(1), "
               "(b)(1)(A).</u>", font="DVS", size=11, sa=16))
    s.append(T([["Date:  08/14/2024", "<i>Maria E. Castillo-Ruiz</i>\n______________________________\n"
                 "<i>Issuing officer's signature</i>\n\nHon. Maria E. Castillo-Ruiz, U.S. Magistrate Judge\n"
                 "<i>Printed name and title</i>"], ["City and state:  New Haven, Connecticut", ""]],
               [220, 260], grid=False, font="DVS", size=10.5))
    s.append(SP(12))
    s.append(P("Return", font="DVS-B", size=11, align="C", sa=4))
    s.append(P("This warrant was received on <i>(date)</i> ________ , and the person was arrested on <i>(date)"
               "</i> ________ at <i>(city and state)</i> ______________________ .", font="DVS", size=10))
    pdf = make_pdf(s)
    jpg = pdf_to_jpeg(pdf, 3030, dpi=140, angle=-1.2, quality=62)
    text = """Hello,

The U.S. Marshals Service, District of Connecticut, is looking for the below fugitive, who is
wanted on the attached federal arrest warrant (AO 442, D. Conn. 3:24-cr-00188) for a fentanyl
distribution conspiracy (21 U.S.C. 846 / 841). The Marshals' arrest authority is 18 U.S.C. 3053.

    NWOSU, Emeka Chukwuma
    DOB 11/19/1985
    SSN ending 4470

Could you check whether any employer has reported wages for him in the last two quarters and
give me the employer name(s) and address(es), plus any address he has listed on an
unemployment claim? He is believed to be working under his true name in the Hartford area.

Thank you for any help,

Ryan O. Castellanos
Deputy U.S. Marshal
U.S. Marshals Service - District of Connecticut
141 Church Street, New Haven, CT 06510
Office (203) 555-0166 | Cell (203) 555-0167
ryan.castellanos@usdoj.gov
"""
    html = ("<html><body style=\"font-family:Arial;font-size:10pt\"><p>Hello,</p><p>The U.S. Marshals Service, "
            "District of Connecticut, is looking for the below fugitive, who is wanted on the attached federal "
            "arrest warrant (AO 442, D. Conn. 3:24-cr-00188) for a fentanyl distribution conspiracy "
            "(21 U.S.C. 846 / 841). The Marshals' arrest authority is 18 U.S.C. 3053.</p>"
            "<p style=\"margin-left:30px\"><b>NWOSU, Emeka Chukwuma</b><br>DOB 11/19/1985<br>SSN ending 4470</p>"
            "<p>Could you check whether any employer has reported wages for him in the last two quarters and "
            "give me the employer name(s) and address(es), plus any address he has listed on an unemployment "
            "claim? He is believed to be working under his true name in the Hartford area.</p>"
            "<p>Thank you for any help,</p><p>Ryan O. Castellanos<br>Deputy U.S. Marshal<br>U.S. Marshals "
            "Service - District of Connecticut<br>141 Church Street, New Haven, CT 06510<br>Office (203) "
            "555-0166 | Cell (203) 555-0167<br>ryan.castellanos@usdoj.gov</p></body></html>")
    msg = build_email(
        formataddr(("Castellanos, Ryan (USMS)", "ryan.castellanos@usdoj.gov")),
        formataddr(("CT DOL Program Integrity", "dol.programintegrity@ct.gov")),
        "USMS fugitive locate - NWOSU, Emeka C. - wage/employer info",
        "Mon, 16 Sep 2024 15:22:31 -0400", "<SJ0PR09MB66F3D2.USMS.20240916@usdoj.gov>",
        text=text, html=html, attachments=[(jpg, "image", "jpeg", "IMG_4471.jpg")])
    write_email(msg, os.path.join(OUT, "bl30.eml"), 30)
    return expected(
        "bl30", "eml", "Deputy U.S. Marshal e-mail with AO 442 arrest warrant as a JPEG image",
        ("doj-usms", "U.S. Marshals Service - District of Connecticut", "Ryan O. Castellanos",
         "Deputy U.S. Marshal", "ryan.castellanos@usdoj.gov", "(203) 555-0166"),
        [("Emeka Chukwuma Nwosu", "1985-11-19", [("ssn_last4", "4470")])],
        ["21 USC 846", "21 USC 841", "18 USC 3053"],
        "judicial_warrant", "AO 442", "criminal_investigation",
        ["employment", "address"], "email")


@doc
def bl31():
    """Sheriff's detective re-sends his earlier request, attached as message/rfc822; no process."""
    inner_text = """Good afternoon,

I am investigating a series of residential burglaries in Anderson and Colerain Townships
(Ohio Rev. Code 2911.12, burglary; HCSO report nos. 24-031877 and 24-032105). A suspect,

    Darius Lamont FIELDS, DOB 06/11/1994, SSN ending 3309,

has been identified from pawn records but has no current address. I understand that UC and
wage records are confidential under R.C. 4141.21, but that ODJFS may assist law enforcement in
an active criminal investigation. I am asking for:

  - the name and address of his most recent employer(s), and
  - any address or telephone number he has provided on a claim.

One of the victims, Mrs. Eleanor Voss, recognized him as a former employee of a landscaping
contractor who worked on her property, so employer information may be the quickest way to find
him.

Thank you,

Det. Samuel J. Reinholt
Hamilton County Sheriff's Office - Criminal Investigation Section
11021 Hamilton Avenue, Cincinnati, OH 45231
(513) 555-0193 | sreinholt@hcso.org
"""
    inner = build_email(
        formataddr(("Reinholt, Samuel J.", "sreinholt@hcso.org")),
        formataddr(("ODJFS Law Enforcement Liaison", "le.liaison@jfs.ohio.gov")),
        "Records request - burglary suspect FIELDS, Darius L.",
        "Tue, 08 Oct 2024 14:51:07 -0400", "<20241008185107.2231@hcso.org>",
        text=inner_text, html="<html><body><pre style=\"font-family:Calibri\">%s</pre></body></html>"
        % inner_text.replace("&", "&amp;").replace("<", "&lt;"))
    outer_text = """Hello,

I sent the request below (attached) on October 8th and have not had a response. I'm re-sending
it in case it went to the wrong mailbox. This is still an active case and we would appreciate
anything you can give us on Mr. Fields's employer or address.

Thanks,
Det. Sam Reinholt
HCSO CIS
(513) 555-0193
"""
    msg = build_email(
        formataddr(("Reinholt, Samuel J.", "sreinholt@hcso.org")),
        formataddr(("ODJFS Law Enforcement Liaison", "le.liaison@jfs.ohio.gov")),
        "FW: Records request - burglary suspect FIELDS, Darius L. (2nd request)",
        "Thu, 17 Oct 2024 09:05:44 -0400", "<20241017130544.7781@hcso.org>",
        text=outer_text, attachments=[inner])
    write_email(msg, os.path.join(OUT, "bl31.eml"), 31)
    return expected(
        "bl31", "eml", "sheriff detective follow-up with original request attached as message/rfc822",
        ("sheriff", "Hamilton County Sheriff's Office - Criminal Investigation Section", "Samuel J. Reinholt",
         "Detective", "sreinholt@hcso.org", "(513) 555-0193"),
        [("Darius Lamont Fields", "1994-06-11", [("ssn_last4", "3309")])],
        ["ORC 2911.12", "ORC 4141.21"],
        "none", None, "criminal_investigation", ["employment", "address", "phone"], "email")


@doc
def bl32():
    """Plain-text e-subpoena notice: Louisiana district court subpoena duces tecum (requested by ADA)."""
    txt = """*** THIS IS AN AUTOMATED MESSAGE FROM THE EAST BATON ROUGE PARISH CLERK OF COURT ***
*** eSUBPOENA SERVICE - electronic service accepted by agreement with the agency ***

Service ID:        EBR-ESUB-2024-0711958
Served by e-mail:  10/29/2024 08:02 CDT
Recipient:         Custodian of Records, Louisiana Workforce Commission (lwc.legal@lwc.la.gov)
Requesting party:  State of Louisiana - ADA Monique R. Fontenot (mfontenot@ebrda.org, 225-555-0158)

------------------------------------------------------------------------------------------
                          NINETEENTH JUDICIAL DISTRICT COURT
                     PARISH OF EAST BATON ROUGE - STATE OF LOUISIANA

STATE OF LOUISIANA                                         DOCKET NO. DC-24-01562
VERSUS                                                     SECTION 5
CEDRIC PAUL LEBLANC                                        CRIMINAL

                                SUBPOENA DUCES TECUM
                               (La. C.Cr.P. art. 732)

TO:  Custodian of Records
     Louisiana Workforce Commission, Office of Unemployment Insurance Administration
     1001 North 23rd Street, Baton Rouge, LA 70802

YOU ARE HEREBY COMMANDED to appear before the Nineteenth Judicial District Court, 300 North
Boulevard, Baton Rouge, Louisiana, Section 5, on the 9th day of December, 2024, at 9:30 o'clock
A.M., to testify in the above-entitled criminal case, and to bring with you and produce at said
time and place the following:

   1. All quarterly wage records reported for CEDRIC PAUL LEBLANC (DOB 02/29/1988, SSN ending
      7720) from 01/01/2022 to present, with the name and address of each reporting employer;
   2. All unemployment insurance claims filed in his name for the same period, including the
      claimant addresses, the weekly certifications of work search and earnings, and the record
      of benefits paid.

The defendant is charged with theft, La. R.S. 14:67, and with making false statements to obtain
unemployment benefits. The records are confidential under La. R.S. 23:1660 and are to be
produced under seal to the Court; certified copies with a custodian's affidavit delivered to the
Clerk before the hearing date will satisfy this subpoena.

Failure to comply may subject you to punishment for contempt of court.

Issued at the request of:                       BY ORDER OF THE COURT
Monique R. Fontenot (Bar Roll No. 35517)
Assistant District Attorney                     /s/ Keisha M. Landry
East Baton Rouge Parish District Attorney       Deputy Clerk of Court
222 St. Louis Street, 5th Floor                 for Clerk of Court, Parish of East Baton Rouge
Baton Rouge, LA 70802                           Date issued: 10/28/2024
(225) 555-0158
------------------------------------------------------------------------------------------

To acknowledge service, reply to this message or log in to the eSubpoena portal.
Questions about the subpoena should be directed to the requesting party listed above.
"""
    save("bl32.txt", txt)
    return expected(
        "bl32", "txt", "clerk's e-subpoena notice carrying a Louisiana subpoena duces tecum (plain text)",
        ("district-attorney", "East Baton Rouge Parish District Attorney", "Monique R. Fontenot",
         "Assistant District Attorney", "mfontenot@ebrda.org", "(225) 555-0158"),
        [("Cedric Paul LeBlanc", "1988-02-29", [("ssn_last4", "7720")])],
        ["LA CCrP 732", "LA RS 14:67", "LA RS 23:1660"],
        "court_subpoena", None, "criminal_investigation",
        ["wages", "employment", "claims", "address", "benefits"], "email")


def main():
    random.seed(SEED)
    recs = []
    for fn in DOCS:
        recs.append(fn())
    print("built", len(recs), "documents")


if __name__ == "__main__":
    main()
