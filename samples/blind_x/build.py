#!/usr/bin/env python3
"""Build the blind_x sample set (32 request documents + expected labels).

Written by an independent author who never saw the document-reading program.
Deterministic: fixed seeds, fixed dates, reportlab invariant mode, fixed MIME
boundaries.  Run with:  /work/main/.venv/bin/python samples/blind_x/build.py
Temporary files go to /tmp/author_x.
"""
import glob
import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import time
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_x"
FD = "/usr/share/fonts/truetype/dejavu/"
FAMILY = "blind-x"
FIXED_TIME = time.strptime("2025-07-15 12:00:00", "%Y-%m-%d %H:%M:%S")

_FONTS = {
    "Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "Cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
             "DejaVuSansCondensed-BoldOblique.ttf"),
    "Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf",
             "DejaVuSansMono-BoldOblique.ttf"),
}
for fam, files in _FONTS.items():
    names = [fam, fam + "-B", fam + "-I", fam + "-BI"]
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, FD + f))
    addMapping(fam, 0, 0, names[0])
    addMapping(fam, 1, 0, names[1])
    addMapping(fam, 0, 1, names[2])
    addMapping(fam, 1, 1, names[3])


# --------------------------------------------------------------------------- PDF
def mk(t):
    """Tiny markup: **bold**, ~~italic~~, newline -> <br/>; everything else escaped."""
    t = html.escape(t, quote=False)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t, flags=re.S)
    t = re.sub(r"~~(.+?)~~", r"<i>\1</i>", t, flags=re.S)
    return t.replace("\n", "<br/>")


def _styles(fam, size):
    s = {}
    s["p"] = ParagraphStyle("p", fontName=fam, fontSize=size, leading=size * 1.32, spaceAfter=size * 0.6)
    s["pc"] = ParagraphStyle("pc", parent=s["p"], alignment=TA_CENTER)
    s["pr"] = ParagraphStyle("pr", parent=s["p"], alignment=TA_RIGHT)
    s["sm"] = ParagraphStyle("sm", parent=s["p"], fontSize=size * 0.78, leading=size * 0.98, spaceAfter=3)
    s["smc"] = ParagraphStyle("smc", parent=s["sm"], alignment=TA_CENTER)
    s["h"] = ParagraphStyle("h", parent=s["p"], fontName=fam + "-B", fontSize=size * 1.25,
                            leading=size * 1.5, alignment=TA_CENTER, spaceAfter=size * 0.5)
    s["hl"] = ParagraphStyle("hl", parent=s["h"], alignment=TA_LEFT)
    s["lh1"] = ParagraphStyle("lh1", parent=s["p"], fontName=fam + "-B", fontSize=size * 1.35,
                              leading=size * 1.6, alignment=TA_CENTER, spaceAfter=0)
    s["lh2"] = ParagraphStyle("lh2", parent=s["p"], fontSize=size * 0.86, leading=size * 1.1,
                              alignment=TA_CENTER, spaceAfter=0)
    s["lhl1"] = ParagraphStyle("lhl1", parent=s["lh1"], alignment=TA_LEFT)
    s["lhl2"] = ParagraphStyle("lhl2", parent=s["lh2"], alignment=TA_LEFT)
    s["cell"] = ParagraphStyle("cell", parent=s["p"], fontSize=size * 0.9, leading=size * 1.12, spaceAfter=0)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=fam + "-B")
    s["sig"] = ParagraphStyle("sig", parent=s["p"], fontName="Serif-I", fontSize=size * 1.55,
                              leading=size * 1.8, spaceAfter=0)
    s["mono"] = ParagraphStyle("mono", fontName="Mono", fontSize=size * 0.85, leading=size * 1.1)
    return s


def _hr(width=1.0):
    t = Table([[""]], colWidths=["100%"], rowHeights=[4])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), width, colors.black)]))
    return t


def build_pdf(target, blocks, fam="Serif", size=10, header=None, footer=None, footer_r=None,
              margins=(0.9, 0.9, 0.8, 0.8), title="", author=""):
    st = _styles(fam, size)
    story = []
    for b in blocks:
        k = b[0]
        if k in ("p", "pc", "pr", "sm", "smc", "h", "hl"):
            story.append(Paragraph(mk(b[1]), st[k]))
        elif k in ("lh", "lhl"):
            s1, s2 = ("lh1", "lh2") if k == "lh" else ("lhl1", "lhl2")
            lines = b[1]
            story.append(Paragraph(mk(lines[0]), st[s1]))
            for ln in lines[1:]:
                story.append(Paragraph(mk(ln), st[s2]))
            story.append(Spacer(1, 4))
            story.append(_hr(1.2))
            story.append(Spacer(1, 10))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "hr":
            story.append(_hr(b[1] if len(b) > 1 else 0.8))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sig":
            story.append(Paragraph(mk(b[1]), st["sig"]))
        elif k == "mono":
            story.append(Preformatted(b[1], st["mono"]))
        elif k in ("kv", "kvn", "box"):
            if k == "box":
                rows, widths, opts = [[b[1]]], [None], (b[2] if len(b) > 2 else {})
            else:
                rows, widths = b[1], b[2]
                opts = b[3] if len(b) > 3 else {}
            boldcol = opts.get("bold", 0 if k != "box" else -1)
            data = []
            for row in rows:
                cells = []
                for ci, c in enumerate(row):
                    style = st["cellb"] if ci == boldcol else st["cell"]
                    cells.append(Paragraph(mk(c), style))
                data.append(cells)
            w = [x * inch if x else None for x in widths]
            t = Table(data, colWidths=w, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                  ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if k in ("kv", "box"):
                ts.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
            if opts.get("shade"):
                ts.append(("BACKGROUND", (0, 0), (0, -1), colors.Color(0.9, 0.9, 0.9)))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            raise ValueError(k)

    def onpage(c, doc):
        c.saveState()
        if header:
            c.setFont(fam, 7.5)
            c.drawString(doc.leftMargin, letter[1] - 0.45 * inch, header.format(p=doc.page))
        if footer:
            c.setFont(fam, 7.5)
            c.drawString(doc.leftMargin, 0.45 * inch, footer.format(p=doc.page))
        if footer_r:
            c.setFont(fam, 7.5)
            c.drawRightString(letter[0] - doc.rightMargin, 0.45 * inch, footer_r.format(p=doc.page))
        c.restoreState()

    l, r, t, btm = margins
    doc = SimpleDocTemplate(target, pagesize=letter, leftMargin=l * inch, rightMargin=r * inch,
                            topMargin=t * inch, bottomMargin=btm * inch, title=title, author=author,
                            creator="", subject="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def pdf_bytes(blocks, **kw):
    buf = io.BytesIO()
    build_pdf(buf, blocks, **kw)
    return buf.getvalue()


# ------------------------------------------------------------------- raster
def rasterize(pdf_data, dpi, key):
    d = os.path.join(TMP, key)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    src = os.path.join(d, "src.pdf")
    with open(src, "wb") as f:
        f.write(pdf_data)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, os.path.join(d, "pg")], check=True)
    files = sorted(glob.glob(os.path.join(d, "pg-*.png")))
    return [Image.open(f).convert("L") for f in files]


def scan_page(img, rng, angle, turn=0, bg=228, noise=6.0, quality=62):
    a = np.asarray(img, dtype=np.float32) / 255.0 * bg
    h, w = a.shape
    yy = np.linspace(-1, 1, h)[:, None]
    xx = np.linspace(-1, 1, w)[None, :]
    a = a - 10.0 * (0.45 * xx + 0.3 * yy + 0.35) ** 2
    a += rng.normal(0, noise, a.shape)
    n = int(h * w * 0.00006)
    ys = rng.integers(0, h, n)
    xs = rng.integers(0, w, n)
    a[ys, xs] = rng.uniform(30, 120, n)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L")
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=int(bg - 25), expand=False)
    if turn:
        im = im.rotate(turn, expand=True)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("L")


def save_scanned(path, pages, dpi, quality=55):
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi),
                  quality=quality, creationDate=FIXED_TIME, modDate=FIXED_TIME, producer="Scan2PDF")


def fax_page(img, header, rng, angle=0.0, thresh=150):
    im = img
    if angle:
        im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    d = ImageDraw.Draw(im)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 24)
    d.rectangle([0, 0, im.width, 52], fill=255)
    d.text((34, 14), header, fill=0, font=font)
    a = np.asarray(im, dtype=np.float32) + rng.normal(0, 18, (im.height, im.width))
    bw = np.where(a > thresh, 255, 0).astype(np.uint8)
    n = int(im.height * im.width * 0.00004)
    ys = rng.integers(60, im.height - 2, n)
    xs = rng.integers(0, im.width - 2, n)
    bw[ys, xs] = 0
    bw[ys + 1, xs] = 0
    return Image.fromarray(bw, "L").convert("1")


def save_fax(path, pages):
    pages[0].save(path, format="TIFF", compression="group4", dpi=(200, 200), save_all=True,
                  append_images=pages[1:])


# -------------------------------------------------------------------- e-mail
def email_msg(frm, to, subject, date, body=None, html_body=None, cc=None, msgid=None,
              in_reply_to=None, attachments=(), forwarded=None, extra=None):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or "<%s>" % subject.encode("utf-8").hex()[:24]
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if body is not None and html_body is not None:
        m.set_content(body)
        m.add_alternative(html_body, subtype="html")
    elif html_body is not None:
        m.set_content(html_body, subtype="html")
    else:
        m.set_content(body)
    for data, maintype, subtype, fname in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if forwarded is not None:
        m.add_attachment(forwarded)
    return m


def write_eml(path, msg, seed):
    random.seed(seed)
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=policy.default))


def tz(hours):
    return timezone(timedelta(hours=hours))


# -------------------------------------------------------------------- labels
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def label(id_, fmt, template, req, subjects, basis, ptype, form, purpose, records, channel, attached=None):
    if attached is None:
        attached = ptype != "none"
    return {
        "id": id_, "family": FAMILY, "format": fmt, "template": template,
        "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], req)),
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }


def write_label(lab):
    with open(os.path.join(OUT, lab["id"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
        f.write("\n")


def out(name):
    return os.path.join(OUT, name)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# =========================================================================== bx01
@doc
def bx01():
    body = """Good morning,

Can you please run the individual below and send me the most recent residential
address you have on file along with a copy of the DL photo?

  GÓMEZ PERALTA, Luis Alberto
  DOB: 07/19/1991
  A# 209 114 587
  CO DL# 17-254-3318

This request is made for official use pursuant to 8 U.S.C. § 1357. If you need
anything else from me to process it just let me know. A scan or a reply to this
email is fine.

Thank you,

Brian Kowalczyk
Immigration Officer
U.S. Immigration and Customs Enforcement
12445 E. Caley Ave., Centennial, CO 80111
Desk: 303-555-0147

WARNING: This message and any attachments are UNCLASSIFIED//FOR OFFICIAL USE
ONLY (U//FOUO). They may contain information exempt from public release under
the Freedom of Information Act (5 U.S.C. 552). It is to be controlled, handled,
transmitted, distributed, and disposed of in accordance with DHS policy relating
to FOUO information and is not to be released to the public or other personnel
who do not have a valid "need-to-know" without prior approval of an authorized
DHS official.
"""
    m = email_msg('"Kowalczyk, Brian T" <brian.t.kowalczyk@ice.dhs.gov>',
                  "DOR_DMV_LERequests@state.co.us",
                  "Records request - GOMEZ PERALTA", datetime(2025, 2, 4, 8, 12, tzinfo=tz(-7)),
                  body=body, msgid="<SA1PR09MB77410C2@SA1PR09MB7741.namprd09.prod.outlook.com>")
    write_eml(out("bx01.eml"), m, 101)
    return label("bx01", "eml", "short plain-text e-mail from an ICE officer (no component), FOUO footer",
                 ("dhs-ice", "U.S. Immigration and Customs Enforcement", "Brian Kowalczyk", "Immigration Officer",
                  "brian.t.kowalczyk@ice.dhs.gov", "303-555-0147"),
                 [S("Luis Alberto Gómez Peralta", "1991-07-19", ("a_number", "A209114587"), ("license", "172543318"))],
                 ["8 USC 1357", "5 USC 552"], "none", None, "civil_immigration", ["address", "photo"], "email")


# =========================================================================== bx02
@doc
def bx02():
    blocks = [
        ("lh", ["U.S. Department of Justice", "Federal Bureau of Investigation",
                "Pittsburgh Field Office", "3311 East Carson Street, Pittsburgh, Pennsylvania 15203"]),
        ("kvn", [["In Reply, Please Refer to", ""], ["File No. 196B-PG-3387412", "April 8, 2025"]],
         [3.4, 3.2], {"bold": -1}),
        ("p", "Pennsylvania Department of Transportation\nBureau of Driver Licensing\n"
              "Attn: Law Enforcement Requests / Records Section\n1101 South Front Street\nHarrisburg, PA 17104"),
        ("p", "**Re: Request for Driver License, Photograph and Vehicle Records**"),
        ("p", "Dear Records Custodian:"),
        ("p", "The Federal Bureau of Investigation (FBI), Pittsburgh Field Office, is conducting a criminal "
              "investigation into a home-improvement and investment scheme in which elderly residents of "
              "Allegheny and Westmoreland Counties were induced to wire funds to accounts controlled by the "
              "persons named below, in possible violation of Title 18, United States Code, Sections 1343 "
              "(wire fraud) and 1349 (conspiracy). One of the victims, Mr. Harold Pryce of Monroeville, lost "
              "more than $180,000."),
        ("p", "In furtherance of this investigation, the FBI respectfully requests copies of the following "
              "records, to the extent they are maintained by PennDOT, for each individual listed:"),
        ("p", "(a) driver license and identification card application records, including the most recent "
              "photograph on file;\n(b) all residential and mailing addresses of record; and\n"
              "(c) vehicle registration and title records, current and historical since January 1, 2022."),
        ("kv", [["Name", "Date of Birth", "PA DL / ID No."],
                ["Dmitri V. Sokolov", "11/02/1984", "31 882 406"],
                ["Kateryna Bondarenko", "May 23, 1988", "unknown"]], [2.6, 1.6, 2.0], {"bold": -1}),
        ("p", "This request is made by a federal law enforcement agency in carrying out its functions and is "
              "permitted under the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and 75 Pa.C.S. "
              "§ 6114. The information provided will be used solely for official investigative purposes. "
              "Please do not notify the individuals of this request, as disclosure could jeopardize an "
              "ongoing investigation."),
        ("p", "Records may be e-mailed to the undersigned or mailed to the address above. Should you have "
              "any questions, please contact Special Agent Alyssa M. Tran at (412) 555-0163 or amtran@fbi.gov."),
        ("p", "Sincerely,"),
        ("p", "MICHAEL J. RENFROE\nSpecial Agent in Charge"),
        ("sp", 4),
        ("sig", "Alyssa M. Tran"),
        ("p", "By: Alyssa M. Tran\nSpecial Agent\nSquad PG-4, White Collar Crime"),
        ("sp", 6),
        ("sm", "cc: 196B-PG-3387412 (file)"),
    ]
    build_pdf(out("bx02.pdf"), blocks, fam="Serif", size=10.5,
              footer="This document contains neither recommendations nor conclusions of the FBI.",
              title="PennDOT request", author="FBI Pittsburgh")
    return label("bx02", "born_digital", "FBI field-office letter, SAC name above the signing agent, 2 subjects in a table",
                 ("doj-fbi", "Federal Bureau of Investigation, Pittsburgh Field Office", "Alyssa M. Tran",
                  "Special Agent", "amtran@fbi.gov", "(412) 555-0163"),
                 [S("Dmitri V. Sokolov", "1984-11-02", ("license", "31882406")),
                  S("Kateryna Bondarenko", "1988-05-23")],
                 ["18 USC 1343", "18 USC 1349", "18 USC 2721", "75 PaCS 6114"], "none", None,
                 "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


# =========================================================================== bx03
@doc
def bx03():
    cover = [
        ("lh", ["ALLENTOWN POLICE DEPARTMENT", "Criminal Investigations Division — Financial Crimes",
                "425 Hamilton Street, Allentown, PA 18101  •  (610) 555-0128"]),
        ("p", "March 18, 2025"),
        ("p", "Pennsylvania Department of Labor & Industry\nOffice of Unemployment Compensation\n"
              "Attn: Custodian of Records\n651 Boas Street\nHarrisburg, PA 17121"),
        ("p", "RE: Search Warrant — APD Incident No. 25-041177"),
        ("p", "To whom it may concern,"),
        ("p", "Enclosed please find a search warrant issued by Magisterial District Judge Patricia L. Ostrowski "
              "for unemployment compensation records relating to the two claimants named in the warrant. "
              "Please provide the records listed under \"Items to be searched for and seized\" to my attention. "
              "Electronic copies on disc or by e-mail are acceptable."),
        ("p", "Thank you for your assistance. I can be reached at the number above or at "
              "ribanez@allentownpa.gov."),
        ("p", "Respectfully,"),
        ("sig", "R. Ibáñez"),
        ("p", "Det. Ramón E. Ibáñez #318\nAllentown Police Department"),
        ("pb",),
    ]
    warrant = [
        ("kvn", [["COMMONWEALTH OF PENNSYLVANIA", "APPLICATION FOR SEARCH WARRANT AND AUTHORIZATION"],
                 ["COUNTY OF LEHIGH", "Warrant Control No. 2025-LH-00771"]], [3.2, 3.6], {"bold": 1}),
        ("kv", [["Docket Number (Issuing Authority)", "MD-0412-2025"],
                ["Police Incident Number", "25-041177"],
                ["AFFIANT NAME", "Det. Ramón E. Ibáñez"],
                ["AGENCY", "Allentown Police Department"],
                ["BADGE NUMBER", "318"],
                ["PHONE NUMBER", "610-555-0128"]], [2.6, 4.2], {"shade": 1}),
        ("p", "**IDENTIFY ITEMS TO BE SEARCHED FOR AND SEIZED** (Be as specific as possible):"),
        ("box", "All Unemployment Compensation claim records, including initial claim applications, bi-weekly "
                "claim filings, IP address and login records, debit card and direct-deposit bank account "
                "information, and all mailing and residential addresses, for the period 06/01/2024 to present, "
                "for the following claimants:\n"
                "1) NGUYEN, Thi Hoa — DOB 02/14/1979 — SSN XXX-XX-6621\n"
                "2) CAO, Minh Duc — DOB 09/30/1975"),
        ("p", "**SPECIFIC DESCRIPTION OF PREMISES AND/OR PERSON TO BE SEARCHED:**"),
        ("box", "Records maintained by the Pennsylvania Department of Labor and Industry, Office of "
                "Unemployment Compensation, 651 Boas Street, Harrisburg, PA 17121, including electronically "
                "stored records accessible from that location."),
        ("kv", [["NAME OF OWNER, OCCUPANT OR POSSESSOR", "PA Department of Labor and Industry"],
                ["VIOLATION OF (Describe conduct or specify statute)",
                 "18 Pa.C.S. § 4106 (Access Device Fraud); 18 Pa.C.S. § 3922 (Theft by Deception); "
                 "43 P.S. § 871 (False statements to obtain compensation)"],
                ["DATE(S) OF VIOLATION", "Between 06/01/2024 and 12/31/2024"]], [2.6, 4.2], {"shade": 1}),
        ("p", "☐ Warrant Application Approved by District Attorney — DA File No. ______\n"
              "☐ Additional Pages Attached (Other than Affidavit of Probable Cause)\n"
              "☒ Probable Cause Affidavit(s) MUST be attached (unless sealed below). Total number of pages: 1"),
        ("p", "**TO LAW ENFORCEMENT OFFICER:** WHEREAS, facts have been sworn to or affirmed before me by written "
              "affidavit(s) attached hereto from which I have found probable cause, I do authorize you to search "
              "the premises or person described, and to seize, secure, inventory, and make return according to "
              "the Pennsylvania Rules of Criminal Procedure, the items described above."),
        ("p", "This Warrant shall be served as soon as practicable and shall be served only between the hours of "
              "6AM to 10PM but in no event later than 2 days after issuance. Pa.R.Crim.P. 203(D)."),
        ("kv", [["Issued under my hand this 17th day of March, 2025, at 2:40 PM.",
                 "Signature of Issuing Authority: ~~P. L. Ostrowski~~\n"
                 "Hon. Patricia L. Ostrowski, Magisterial District Judge\nMagisterial District No. 31-1-04"]],
         [3.2, 3.6], {"bold": -1}),
        ("pb",),
        ("h", "AFFIDAVIT OF PROBABLE CAUSE"),
        ("p", "Police Incident No. 25-041177          Warrant Control No. 2025-LH-00771"),
        ("p", "Your affiant, Det. Ramón E. Ibáñez, has been a police officer with the Allentown Police Department "
              "for eleven years and has been assigned to the Financial Crimes Unit since 2019."),
        ("p", "On 01/09/2025 your affiant received a complaint from Deborah Klinger of Allentown, who reported "
              "that she had received a notice from the Department of Labor and Industry stating that an "
              "unemployment compensation claim had been filed in her name. Ms. Klinger stated she has been "
              "continuously employed and never filed a claim. Records obtained from her employer confirm this."),
        ("p", "Investigation revealed that at least nine claims filed in the names of Lehigh County residents "
              "directed payments to debit cards mailed to 1418 W. Tilghman Street, Apt. 2, a residence leased "
              "to Thi Hoa NGUYEN. Surveillance video from a Fulton Bank branch shows a male matching the "
              "description of Minh Duc CAO withdrawing cash with two of the cards on 10/22/2024."),
        ("p", "Based on the above, your affiant believes that the claim records described in this warrant will "
              "contain evidence of violations of 18 Pa.C.S. § 4106 and 18 Pa.C.S. § 3922."),
        ("kv", [["Sworn to and subscribed before me this 17th day of March, 2025.\n"
                 "~~P. L. Ostrowski~~   Issuing Authority  (SEAL)",
                 "~~Ramón E. Ibáñez~~\nSignature of Affiant"]], [3.6, 3.2], {"bold": -1}),
    ]
    data = pdf_bytes(cover + warrant, fam="Sans", size=9.5, footer="AOPC 410A — Rev. 12/20", footer_r="Page {p}")
    imgs = rasterize(data, 200, "bx03")
    rng = np.random.default_rng(303)
    pages = [scan_page(imgs[0], rng, 0.8), scan_page(imgs[1], rng, -1.3), scan_page(imgs[2], rng, 0.6, turn=180)]
    save_scanned(out("bx03.pdf"), pages, 200)
    return label("bx03", "scanned", "police cover letter + Pennsylvania magisterial district judge search warrant with affidavit; last page upside down",
                 ("local-police", "Allentown Police Department", "Ramón E. Ibáñez", "Detective",
                  "ribanez@allentownpa.gov", "(610) 555-0128"),
                 [S("Thi Hoa Nguyen", "1979-02-14", ("ssn_last4", "6621")), S("Minh Duc Cao", "1975-09-30")],
                 ["18 PaCS 4106", "18 PaCS 3922", "43 PS 871", "PA CrimP 203"], "judicial_warrant", "AOPC 410A",
                 "criminal_investigation", ["claims", "benefits", "address", "other"], "mail")


# =========================================================================== bx04
@doc
def bx04():
    cover = [
        ("h", "POLK COUNTY SHERIFF'S OFFICE"),
        ("pc", "Investigations Division • 1985 NE 51st Place • Des Moines, Iowa 50313"),
        ("sp", 8),
        ("h", "FAX TRANSMITTAL"),
        ("kv", [["TO:", "Iowa DOT – Motor Vehicle Division, Records"],
                ["FAX:", "515-555-0190"],
                ["FROM:", "Deputy J. Whitfield #4471"],
                ["PHONE:", "515-555-0136"],
                ["DATE:", "2025-02-11"],
                ["PAGES (incl. cover):", "2"],
                ["RE:", "Records request – SO case 25-003318"]], [1.8, 4.6], {"shade": 1}),
        ("p", "Please see the attached request form. Call or e-mail if you need anything further. Thank you."),
        ("sp", 20),
        ("sm", "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential law "
               "enforcement information intended only for the use of the agency named above. If you have received "
               "this fax in error, please notify the sender immediately by telephone and destroy the documents."),
        ("pb",),
        ("h", "POLK COUNTY SHERIFF'S OFFICE\nREQUEST FOR RECORDS / INFORMATION"),
        ("kv", [["Date of request", "2025-02-11"],
                ["Agency to", "Iowa Department of Transportation, Motor Vehicle Division"],
                ["Requesting officer", "Deputy Jamal K. Whitfield, #4471"],
                ["Unit", "Investigations – Property Crimes"],
                ["Supervisor", "Sgt. Erin Molloy"],
                ["Phone / e-mail", "515-555-0136 / jwhitfield@polkcountyiowa.gov"],
                ["Case number", "25-003318"],
                ["Offense(s)", "Burglary 3rd Degree, Iowa Code § 713.6A; Theft 2nd Degree, Iowa Code § 714.2"]],
         [1.9, 4.5], {"shade": 1}),
        ("p", "**SUBJECT**"),
        ("kv", [["Last name", "HASSAN"], ["First name", "Abdirahman"], ["Middle", "Mohamed"],
                ["DOB", "08/03/1996"], ["DL / ID #", "914KL2205 (IA)"], ["Sex / Race", "M / B"]],
         [1.9, 4.5], {"shade": 1}),
        ("p", "**RECORDS REQUESTED**\n☒ Current address of record   ☒ Driver license photo   "
              "☒ Vehicle registration(s)   ☐ Driving record / abstract   ☐ Other: ________"),
        ("p", "**CERTIFICATION** — I certify that this information is requested for use by a law enforcement "
              "agency in carrying out its functions, as permitted by 18 U.S.C. § 2721(b)(1) and Iowa Code "
              "§ 321.11, in connection with an active criminal investigation."),
        ("kv", [["Signature", "~~J. K. Whitfield~~"], ["Date", "02/11/2025"]], [1.9, 4.5], {"shade": 1}),
    ]
    data = pdf_bytes(cover, fam="Sans", size=10)
    imgs = rasterize(data, 200, "bx04")
    rng = np.random.default_rng(404)
    n = len(imgs)
    pages = [fax_page(im, "FEB-11-2025 10:41   POLK CO SHERIFF INV   515 555 0136   TO:15155550190   P.%03d/%03d"
                      % (i + 1, n), rng, angle=0.3 * (i + 1)) for i, im in enumerate(imgs)]
    save_fax(out("bx04.tif"), pages)
    return label("bx04", "fax", "sheriff fax cover + one-page request form with label/value boxes and checkboxes",
                 ("sheriff", "Polk County Sheriff's Office", "Jamal K. Whitfield", "Deputy",
                  "jwhitfield@polkcountyiowa.gov", "515-555-0136"),
                 [S("Abdirahman Mohamed Hassan", "1996-08-03", ("license", "914KL2205"))],
                 ["IA Code 713.6A", "IA Code 714.2", "18 USC 2721", "IA Code 321.11"], "none", None,
                 "criminal_investigation", ["address", "photo", "vehicle"], "fax")


# =========================================================================== bx05
@doc
def bx05():
    i138 = [
        ("pc", "DEPARTMENT OF HOMELAND SECURITY"),
        ("h", "IMMIGRATION ENFORCEMENT SUBPOENA"),
        ("pc", "To Appear and/or Produce Records\n(Pursuant to Section 235(d)(4) of the Immigration and Nationality Act, "
               "8 U.S.C. § 1225(d)(4), and 8 C.F.R. § 287.4)"),
        ("kv", [["Subpoena Number: SPM-25-0419", "Date issued: April 11, 2025"],
                ["To: Custodian of Records\nMinnesota Department of Employment and Economic Development\n"
                 "Unemployment Insurance Division\n180 East 5th Street, Suite 1200\nSt. Paul, MN 55101",
                 "In re: WARSAME, Hodan Ali\nDOB: 12/05/1990\nA-File: 212 447 903"]], [3.4, 3.4], {"bold": -1}),
        ("p", "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to produce the "
              "records listed below to the officer named below, relating to a matter under investigation by the "
              "Department of Homeland Security concerning the admissibility and removability of the alien named "
              "above, in accordance with the provisions of the Immigration and Nationality Act:"),
        ("box", "1. All quarterly wage records reported by any employer for the above-named individual from "
                "January 1, 2023 to the present, including employer names, addresses and FEIN.\n"
                "2. The most recent residential and mailing addresses, telephone numbers and e-mail addresses "
                "provided by the individual in any unemployment insurance application or account."),
        ("kv", [["Produce to / appear before:", "Deportation Officer Cheryl A. Lindqvist\nU.S. Immigration and "
                 "Customs Enforcement, Enforcement and Removal Operations\n1 Federal Drive, Suite 1601, "
                 "Fort Snelling, MN 55111\nTel. 612-555-0171"],
                ["Date and time:", "May 2, 2025, 10:00 a.m. (records may be produced by mail or e-mail in lieu of "
                 "appearance)"]], [1.9, 4.9]),
        ("p", "Failure to comply with this subpoena may result in the Department of Homeland Security seeking an "
              "order of a United States District Court compelling compliance, as provided in section "
              "235(d)(4)(B) of the Act, 8 U.S.C. § 1225(d)(4)(B)."),
        ("kv", [["Signature of issuing officer:\n~~Peter D. Haskins~~\nPeter D. Haskins\nAssistant Field Office "
                 "Director, St. Paul", "Title of issuing officer:\nAssistant Field Office Director\n"
                 "Enforcement and Removal Operations"]], [3.4, 3.4], {"bold": -1}),
        ("sm", "CERTIFICATE OF SERVICE — I hereby certify that on ________ I served this subpoena by ☐ personal "
               "service ☒ certified mail ☒ e-mail upon the person named above.  Signature: __________________"),
    ]
    att = pdf_bytes(i138, fam="Sans", size=9.5, footer="Form I-138 (Rev. 08/22)", title="I-138")
    body = """Hello,

Attached is a DHS Immigration Enforcement Subpoena (Form I-138) for records
pertaining to the individual listed below. Please provide the requested records
to my attention by the return date on the subpoena (May 2, 2025). Records may be
e-mailed back to me or mailed to the address on the subpoena.

  Name: WARSAME, Hodan Ali
  DOB: 12/05/1990
  A#: 212-447-903

I understand DEED data are classified under Minn. Stat. § 268.19; the subpoena
is issued under federal authority as stated on the form.

Respectfully,

Cheryl A. Lindqvist
Deportation Officer
U.S. Department of Homeland Security
Immigration and Customs Enforcement
Enforcement and Removal Operations – St. Paul Field Office
Office: 612-555-0171
cheryl.a.lindqvist@ice.dhs.gov
"""
    m = email_msg('"Lindqvist, Cheryl A" <cheryl.a.lindqvist@ice.dhs.gov>',
                  '"DEED UI Records" <deed.ui.records@state.mn.us>',
                  "DHS Subpoena SPM-25-0419 - WARSAME", datetime(2025, 4, 11, 14, 3, tzinfo=tz(-5)),
                  body=body, attachments=[(att, "application", "pdf", "SPM-25-0419_I-138.pdf")],
                  msgid="<BN0PR09MB6821A1@BN0PR09MB6821.namprd09.prod.outlook.com>")
    write_eml(out("bx05.eml"), m, 105)
    return label("bx05", "eml", "ERO e-mail with attached born-digital I-138 immigration enforcement subpoena",
                 ("dhs-ice-ero", "ICE Enforcement and Removal Operations – St. Paul Field Office",
                  "Cheryl A. Lindqvist", "Deportation Officer", "cheryl.a.lindqvist@ice.dhs.gov", "612-555-0171"),
                 [S("Hodan Ali Warsame", "1990-12-05", ("a_number", "A212447903"))],
                 ["INA 235", "8 USC 1225", "8 CFR 287.4", "MN Stat 268.19"], "administrative_subpoena", "I-138",
                 "civil_immigration", ["wages", "employment", "address", "phone", "email"], "email")


# =========================================================================== bx06
@doc
def bx06():
    txt = """Colorado Department of Revenue - Division of Motor Vehicles
Law Enforcement Record Request Portal :: Submission Receipt
==================================================================
Submission #      : LE-2025-004417
Submitted         : 2025-01-28 16:42 MST
Routed to         : DMV Records - Law Enforcement Desk
------------------------------------------------------------------
REQUESTING AGENCY
  Agency name ........ Denver Police Department - Traffic Investigations Bureau
  ORI ................ CO0160200
  Officer name ....... Det. Aaron J. Kessler
  Badge / serial ..... 07781
  Phone .............. 720-555-0119
  E-mail ............. aaron.kessler@denvergov.org
  Supervisor ......... Lt. Monica Trujillo

CASE INFORMATION
  Case / report # .... 25-38812
  Offense ............ Leaving the scene of an accident involving serious
                       bodily injury, C.R.S. 42-4-1601
  Narrative .......... Pedestrian (Luz Herrera, 61) struck 01/24/2025 at
                       W. Alameda Ave & S. Federal Blvd. Witness Gerald
                       Amundsen provided partial plate; registered owner
                       identified below. Need photo for lineup.

SUBJECT 1
  Last name .......... DE LA CRUZ
  First name ......... Marisol
  Middle ............. (none)
  DOB ................ 1993-10-21
  CO DL / ID # ....... 15-881-0442

RECORDS REQUESTED
  [x] Driver record / status
  [x] Photograph
  [x] Address history
  [x] Vehicles registered to subject
  [ ] Certified copies

CERTIFICATIONS
  [x] I certify that this request is made for a permissible purpose under the
      federal Driver's Privacy Protection Act, 18 U.S.C. 2721 et seq., and
      C.R.S. 42-1-206, by a law enforcement agency carrying out its functions.
  [x] I attest this request is not made for the purpose of investigating or
      enforcing federal civil immigration law (C.R.S. 24-74-103).

Electronic signature: Aaron J. Kessler   (IP 10.42.17.8)
==================================================================
This receipt was generated automatically. Do not reply to this message.
"""
    with open(out("bx06.txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    return label("bx06", "txt", "Colorado DMV web-portal submission receipt (plain text, dotted label/value)",
                 ("local-police", "Denver Police Department - Traffic Investigations Bureau", "Aaron J. Kessler",
                  "Detective", "aaron.kessler@denvergov.org", "720-555-0119"),
                 [S("Marisol de la Cruz", "1993-10-21", ("license", "158810442"))],
                 ["CRS 42-4-1601", "18 USC 2721", "CRS 42-1-206", "CRS 24-74-103"], "none", None,
                 "criminal_investigation", ["license", "photo", "address", "vehicle"], "email")


# =========================================================================== bx07
@doc
def bx07():
    blocks = [
        ("lhl", ["U.S. Department of Justice", "Drug Enforcement Administration",
                 "Detroit Field Division — Columbus District Office",
                 "500 South Front Street, Suite 612, Columbus, Ohio 43215"]),
        ("p", "May 20, 2025"),
        ("p", "Custodian of Records\nOhio Bureau of Motor Vehicles\nLegal Services / Records Request Unit\n"
              "1970 West Broad Street\nColumbus, Ohio 43223"),
        ("p", "Re: DEA Subpoena No. C5-25-114862; DEA File No. RC-25-0077"),
        ("p", "Dear Custodian:"),
        ("p", "Enclosed is an administrative subpoena issued by the Drug Enforcement Administration in "
              "connection with an ongoing criminal investigation of the distribution of fentanyl and "
              "methamphetamine in Franklin and Delaware Counties. I understand that the BMV releases personal "
              "information to law enforcement under R.C. 4501.27(B)(2)(a). In lieu of a personal appearance, "
              "you may comply by forwarding legible copies of the requested records, together with a "
              "completed business-records certification, to the address above or to "
              "marcus.d.bellweather@dea.gov."),
        ("p", "Please do not disclose the existence of this subpoena to the persons named in it; disclosure "
              "could impede the investigation."),
        ("p", "Thank you for your cooperation."),
        ("sig", "M. D. Bellweather"),
        ("p", "Marcus D. Bellweather\nSpecial Agent\n(614) 555-0152"),
        ("pb",),
        ("pc", "UNITED STATES DEPARTMENT OF JUSTICE\nDRUG ENFORCEMENT ADMINISTRATION"),
        ("h", "SUBPOENA"),
        ("kv", [["Subpoena No.", "C5-25-114862"], ["File No.", "RC-25-0077"], ["G-DEP Identifier", "PG1E5"]],
         [1.8, 4.8], {"shade": 1}),
        ("p", "TO: Custodian of Records, Ohio Bureau of Motor Vehicles, 1970 West Broad Street, Columbus, Ohio 43223"),
        ("p", "By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED TO APPEAR BEFORE Special Agent "
              "Marcus D. Bellweather, an officer of the Drug Enforcement Administration, at 500 South Front "
              "Street, Suite 612, Columbus, Ohio, on the 9th day of June, 2025, at 10:00 o'clock a.m., to testify "
              "and give information in connection with an investigation relating to the enforcement of the "
              "Controlled Substances Act, Title 21, United States Code, Section 801 et seq., including possible "
              "violations of 21 U.S.C. §§ 841(a)(1) and 846."),
        ("p", "AND YOU ARE HEREBY REQUIRED TO BRING WITH YOU AND PRODUCE at said time and place the following "
              "records, documents, and things:"),
        ("box", "Ohio driver license and identification card application records, digitized photographs, all "
                "residential and mailing addresses of record, and all certificates of title and vehicle "
                "registrations (current and since 01/01/2023) for:\n"
                "(1) RAMÍREZ SOTO, Ernesto — DOB 04/11/1987 — OH OL TK553019\n"
                "(2) PRYOR, DeShawn Lamar — DOB 01/09/1995"),
        ("p", "Failure to comply with the requirements of this subpoena will render you liable to proceedings in "
              "the district court of the United States to enforce obedience to the requirements of this "
              "subpoena, and to punish default or disobedience."),
        ("p", "Issued under authority of Sec. 506 of Public Law 91-513 (21 U.S.C. 876)."),
        ("kv", [["In testimony whereof, the undersigned has hereunto affixed his signature this 20th day of May, 2025.",
                 "~~M. D. Bellweather~~\nMarcus D. Bellweather, Special Agent\nTitle of issuing officer"]],
         [3.4, 3.2], {"bold": -1}),
        ("sm", "Return of service: I certify that I served this subpoena on the person named herein on "
               "________ by ☐ personal delivery ☐ certified mail.   Signature: ______________"),
    ]
    build_pdf(out("bx07.pdf"), blocks, fam="Serif", size=10, footer="DEA subpoena — previous editions are obsolete",
              title="DEA Subpoena C5-25-114862", author="DEA")
    return label("bx07", "born_digital", "DEA cover letter + 21 USC 876 administrative subpoena (2 subjects)",
                 ("doj-dea", "Drug Enforcement Administration, Columbus District Office", "Marcus D. Bellweather",
                  "Special Agent", "marcus.d.bellweather@dea.gov", "(614) 555-0152"),
                 [S("Ernesto Ramírez Soto", "1987-04-11", ("license", "TK553019")),
                  S("DeShawn Lamar Pryor", "1995-01-09")],
                 ["ORC 4501.27", "21 USC 801", "21 USC 841", "21 USC 846", "PL 91-513", "21 USC 876"],
                 "administrative_subpoena", None, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "mail")


# =========================================================================== bx08
@doc
def bx08():
    letter_ = [
        ("lh", ["U.S. Department of Homeland Security", "U.S. Immigration and Customs Enforcement",
                "Enforcement and Removal Operations — Omaha Sub-Office",
                "1717 Avenue H East, Omaha, NE 68110"]),
        ("pr", "3 March 2025"),
        ("p", "Nebraska Department of Motor Vehicles\nDriver and Vehicle Records Division\n"
              "301 Centennial Mall South\nLincoln, NE 68509"),
        ("p", "RE: Request for Information — SANDOVAL-IBARRA, Jesús Alejandro"),
        ("kvn", [["DOB:", "17 Jun 1985"], ["A-Number:", "A201 556 874"], ["NE OL #:", "E41177302"]],
         [1.3, 3.0]),
        ("p", "Dear Records Custodian,"),
        ("p", "U.S. Immigration and Customs Enforcement (ICE) is attempting to locate the above-named individual, "
              "who is the subject of the enclosed Form I-200, Warrant for Arrest of Alien. Pursuant to "
              "8 U.S.C. § 1357 and 8 C.F.R. § 287.5, ICE respectfully requests any record of the subject's current "
              "and previous residential addresses, any vehicles registered in his name, and the most recent "
              "license photograph."),
        ("p", "Please forward responsive records to the undersigned by e-mail at lucia.m.paredes@ice.dhs.gov or "
              "by mail to the address above. Thank you for your assistance in this matter."),
        ("p", "Sincerely,"),
        ("p", "For the Field Office Director,\nSamuel J. Rourke"),
        ("sig", "Lucía M. Paredes"),
        ("p", "Lucía M. Paredes\nDeportation Officer\n(402) 555-0133"),
        ("sp", 6),
        ("sm", "Enclosure: Form I-200"),
        ("pb",),
    ]
    i200 = [
        ("pc", "U.S. DEPARTMENT OF HOMELAND SECURITY"),
        ("h", "WARRANT FOR ARREST OF ALIEN"),
        ("kvn", [["", "File No. A201 556 874"], ["", "Date: 02/24/2025"]], [3.6, 3.0], {"bold": -1}),
        ("p", "To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
              "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest "
              "for immigration violations"),
        ("p", "I have determined that there is probable cause to believe that **Jesús Alejandro SANDOVAL-IBARRA** "
              "is removable from the United States. This determination is based upon:"),
        ("p", "☐ the execution of a charging document to initiate removal proceedings against the subject;\n"
              "☒ the pendency of ongoing removal proceedings against the subject;\n"
              "☐ the failure to establish admissibility subsequent to deferred inspection;\n"
              "☒ biometric confirmation of the subject's identity and a records check of federal databases that "
              "affirmatively indicate, by themselves or in addition to other reliable information, that the "
              "subject either lacks immigration status or notwithstanding such status is removable under U.S. "
              "immigration law; and/or\n"
              "☐ statements made voluntarily by the subject to an immigration officer and/or other reliable "
              "evidence that affirmatively indicate the subject either lacks immigration status or "
              "notwithstanding such status is removable under U.S. immigration law."),
        ("p", "YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration "
              "and Nationality Act, the above-named alien."),
        ("kv", [["~~G. P. Meeks~~\n(Signature of Authorized Immigration Officer)",
                 "Gordon P. Meeks, Supervisory Detention and Deportation Officer\n"
                 "(Printed Name and Title of Authorized Immigration Officer)"]], [3.2, 3.6], {"bold": -1}),
        ("hl", "Certificate of Service"),
        ("p", "I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on "
              "________________, and the contents of this notice were read to him or her in the "
              "____________ language."),
        ("kv", [["Name and Signature of Officer", "Name or Number of Interpreter (if applicable)"]], [3.2, 3.6],
         {"bold": -1}),
    ]
    data = pdf_bytes(letter_ + i200, fam="Serif", size=10, footer="Form I-200 (Rev. 09/16)")
    imgs = rasterize(data, 200, "bx08")
    rng = np.random.default_rng(808)
    pages = [scan_page(imgs[0], rng, -0.7, noise=7), scan_page(imgs[1], rng, 1.6, noise=7)]
    save_scanned(out("bx08.pdf"), pages, 200)
    return label("bx08", "scanned", "ERO locate letter ('For the Field Office Director') + I-200 warrant for arrest of alien, scanned 200 dpi",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Omaha Sub-Office",
                  "Lucía M. Paredes", "Deportation Officer", "lucia.m.paredes@ice.dhs.gov", "(402) 555-0133"),
                 [S("Jesús Alejandro Sandoval-Ibarra", "1985-06-17", ("a_number", "A201556874"),
                    ("license", "E41177302"))],
                 ["8 USC 1357", "8 CFR 287.5", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200",
                 "civil_immigration", ["address", "vehicle", "photo"], "mail")


# =========================================================================== bx09
@doc
def bx09():
    cover = [
        ("h", "FAX"),
        ("pc", "U.S. Immigration and Customs Enforcement\nEnforcement and Removal Operations\n"
               "Hartford Sub-Office • 450 Main Street, Room 483 • Hartford, CT 06103"),
        ("sp", 6),
        ("kv", [["To", "CT DMV – Law Enforcement Liaison Unit"], ["Fax", "860-555-0101"],
                ["From", "DO Raymond K. Oyelaran"], ["Phone", "860-555-0186"],
                ["E-mail", "raymond.k.oyelaran@ice.dhs.gov"], ["Date", "April 22, 2025"],
                ["Pages", "2 (including cover)"], ["Re", "Locate request"]], [1.4, 5.0], {"shade": 1}),
        ("p", "Please see the attached Warrant of Removal for the below subject. Requesting any current address, "
              "vehicle registration and photograph on file."),
        ("mono", "  SUBJECT:  KOVALENKO, Oleksandr\n  DOB:      1979-01-30\n  A#:       A099 412 367\n"
                 "  CT DL:    201948375"),
        ("sp", 6),
        ("p", "This information is requested pursuant to INA § 287(a) / 8 U.S.C. § 1357(a) and is for official "
              "use only."),
        ("sp", 30),
        ("sm", "The information contained in this facsimile is intended only for the individual or entity named "
               "above. If you are not the intended recipient, any dissemination or copying of this communication "
               "is strictly prohibited. If you received this fax in error please call 860-555-0186."),
        ("pb",),
        ("pc", "U.S. Department of Homeland Security"),
        ("h", "WARRANT OF REMOVAL/DEPORTATION"),
        ("kvn", [["", "File No: A099 412 367"], ["", "Date: March 14, 2024"]], [3.8, 2.8], {"bold": -1}),
        ("p", "To any immigration officer of the United States Department of Homeland Security:"),
        ("p", "**Oleksandr KOVALENKO**\n(Full name of alien)"),
        ("p", "who entered the United States at **New York, NY** on **08/02/2016**\n"
              "(Place of entry)                                   (Date of entry)"),
        ("p", "is subject to removal/deportation from the United States, based upon a final order by:"),
        ("p", "☒ an immigration judge in exclusion, deportation, or removal proceedings\n"
              "☐ a designated official\n☐ the Board of Immigration Appeals\n"
              "☐ a United States District or Magistrate Court Judge"),
        ("p", "and pursuant to the following provisions of the Immigration and Nationality Act:\n"
              "**Section 237(a)(1)(B) — present in the United States in violation of law (nonimmigrant overstay)**"),
        ("p", "I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
              "Secretary of Homeland Security under the laws of the United States and by his or her direction, "
              "command you to take into custody and remove from the United States the above-named alien, "
              "pursuant to law, at the expense of: the appropriation \"Enforcement and Removal Operations.\""),
        ("kv", [["~~T. W. Abernathy~~\n(Signature of immigration officer)",
                 "Field Office Director, Boston\n(Title of immigration officer)"],
                ["Burlington, MA\n(Date and office location)", "March 14, 2024"]], [3.3, 3.3], {"bold": -1}),
    ]
    data = pdf_bytes(cover, fam="Sans", size=10, footer="Form I-205 (Rev. 08/01/07)")
    imgs = rasterize(data, 200, "bx09")
    rng = np.random.default_rng(909)
    pages = [fax_page(im, "04/22/2025 09:13  8605550186  ICE ERO HARTFORD        PAGE %02d/02" % (i + 1), rng,
                      angle=-0.4) for i, im in enumerate(imgs)]
    save_fax(out("bx09.tif"), pages)
    return label("bx09", "fax", "ERO fax cover + I-205 warrant of removal (with the District/Magistrate Judge checkbox, unchecked)",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Hartford Sub-Office",
                  "Raymond K. Oyelaran", "Deportation Officer", "raymond.k.oyelaran@ice.dhs.gov", "860-555-0186"),
                 [S("Oleksandr Kovalenko", "1979-01-30", ("a_number", "A099412367"), ("license", "201948375"))],
                 ["INA 287", "8 USC 1357", "INA 237"], "administrative_warrant", "I-205",
                 "civil_immigration", ["address", "vehicle", "photo"], "fax")


# =========================================================================== bx10
@doc
def bx10():
    htmlb = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>The Wisconsin DOJ Division of Criminal Investigation is investigating a home-repair contractor who took
deposits from at least fourteen homeowners in Waukesha and Racine counties and never performed the work
(theft by contractor, Wis. Stat. &sect; 779.02(5), and theft, Wis. Stat. &sect; 943.20). One complainant,
Mr. Dale Everts, lost $38,500.</p>
<p>I am requesting quarterly wage records (2023 Q1 to present), including employer names and addresses, and
any unemployment insurance claims filed, for the two individuals below. My understanding is that DWD may
disclose this information to law enforcement under Wis. Stat. &sect; 108.14(7).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Name (Last, First M.)</th><th>DOB</th><th>SSN (last 4)</th></tr>
<tr><td>Zielinski, Pawel J.</td><td>03/27/1982</td><td>7710</td></tr>
<tr><td>Nowak, Agnieszka</td><td>09/14/1986</td><td>&mdash;</td></tr>
</table>
<p>DCI Case No. 25-1187. Please send the results to me directly; secure e-mail is fine.</p>
<p>Thank you,</p>
<p><b>Rachel L. Thorsen</b><br>Special Agent<br>Wisconsin Department of Justice<br>
Division of Criminal Investigation &ndash; Milwaukee Field Office<br>
(608) 555-0124 | thorsenrl@doj.state.wi.us</p>
<p style="font-size:8pt;color:#666">CONFIDENTIALITY NOTICE: This e-mail, including attachments, may contain
information that is confidential and protected by law. If you are not the intended recipient, please notify
the sender and delete this message.</p>
</body></html>
"""
    m = email_msg('"Thorsen, Rachel L." <thorsenrl@doj.state.wi.us>',
                  "DWDUILawEnforcement@dwd.wisconsin.gov",
                  "DCI Case 25-1187 - wage records request (2 subjects)",
                  datetime(2025, 3, 6, 13, 27, tzinfo=tz(-6)), html_body=htmlb,
                  msgid="<CH3PR19MB7f2a@CH3PR19MB.namprd19.prod.outlook.com>")
    write_eml(out("bx10.eml"), m, 110)
    return label("bx10", "eml", "HTML-only e-mail from a state DOJ criminal investigation agent, subjects in an HTML table",
                 ("state-police", "Wisconsin Department of Justice, Division of Criminal Investigation",
                  "Rachel L. Thorsen", "Special Agent", "thorsenrl@doj.state.wi.us", "(608) 555-0124"),
                 [S("Pawel J. Zielinski", "1982-03-27", ("ssn_last4", "7710")), S("Agnieszka Nowak", "1986-09-14")],
                 ["WI Stat 779.02", "WI Stat 943.20", "WI Stat 108.14"], "none", None,
                 "criminal_investigation", ["wages", "employment", "claims"], "email")


# =========================================================================== bx11
@doc
def bx11():
    cover = [
        ("lh", ["U.S. Department of Justice", "United States Attorney", "Northern District of Illinois"]),
        ("kvn", [["", "Dirksen Federal Building\n219 South Dearborn Street, Fifth Floor\nChicago, Illinois 60604"]],
         [3.6, 3.0], {"bold": -1}),
        ("p", "May 14, 2025"),
        ("p", "BY CERTIFIED MAIL\nIllinois Department of Employment Security\nLegal Division — Subpoena Compliance\n"
              "33 South State Street, 9th Floor\nChicago, Illinois 60603"),
        ("p", "Re: Grand Jury Subpoena No. 2025-0611-GJ-19"),
        ("p", "Dear Custodian of Records:"),
        ("p", "Enclosed is a subpoena issued by a federal grand jury sitting in this District. You may comply with "
              "the subpoena by producing the records described in Attachment A, together with the enclosed "
              "certificate of authenticity, on or before the return date, in which case a personal appearance "
              "will not be necessary. We understand that 820 ILCS 405/1900 governs disclosure of IDES records; "
              "production in response to a federal grand jury subpoena is authorized."),
        ("p", "You are requested not to disclose the existence of this subpoena to any person named in it, as such "
              "disclosure could impede an ongoing investigation. Although Rule 6(e) of the Federal Rules of "
              "Criminal Procedure does not impose a secrecy obligation on witnesses, we ask your cooperation."),
        ("p", "Questions may be directed to me at (312) 555-0197 or jennifer.okonkwo-baines@usdoj.gov."),
        ("p", "Very truly yours,"),
        ("p", "MORRIS T. HALVERSON\nActing United States Attorney"),
        ("sig", "Jennifer Okonkwo-Baines"),
        ("p", "By: Jennifer Okonkwo-Baines\nAssistant United States Attorney"),
        ("sm", "Enclosures"),
        ("pb",),
    ]
    ao110 = [
        ("sm", "AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury"),
        ("h", "UNITED STATES DISTRICT COURT"),
        ("pc", "for the\nNorthern District of Illinois"),
        ("h", "SUBPOENA TO TESTIFY BEFORE A GRAND JURY"),
        ("p", "To: Custodian of Records, Illinois Department of Employment Security\n"
              "     33 South State Street, Chicago, Illinois 60603"),
        ("p", "YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown "
              "below to testify before the court's grand jury. When you arrive, you must remain at the court until "
              "the judge or a court officer allows you to leave."),
        ("kv", [["Place: Everett McKinley Dirksen U.S. Courthouse\n219 South Dearborn Street, Room 1804\n"
                 "Chicago, Illinois 60604", "Date and Time:\n06/10/2025 9:30 am"]], [4.3, 2.3], {"bold": -1}),
        ("p", "You must also bring with you the following documents, electronically stored information, or objects "
              "(blank if not applicable):\n**See Attachment A.**"),
        ("kv", [["Date: 05/13/2025", "CLERK OF COURT\n~~L. P. Dubois~~\nSignature of Clerk or Deputy Clerk\n"
                 "Lorraine P. Dubois, Deputy Clerk"]], [3.3, 3.3], {"bold": -1}),
        ("p", "The name, address, e-mail, and telephone number of the United States attorney, or assistant United "
              "States attorney, who requests this subpoena, are:"),
        ("box", "Jennifer Okonkwo-Baines, Assistant United States Attorney, 219 South Dearborn Street, 5th Floor, "
                "Chicago, Illinois 60604 — jennifer.okonkwo-baines@usdoj.gov — (312) 555-0197"),
        ("pb",),
        ("h", "ATTACHMENT A"),
        ("pc", "Grand Jury Subpoena No. 2025-0611-GJ-19"),
        ("p", "For the period January 1, 2021 through the date of this subpoena, produce all records maintained by "
              "the Illinois Department of Employment Security relating to the following individuals:"),
        ("kv", [["#", "Name", "Date of Birth", "SSN (last four)"],
                ["1", "Tomás Ignacio Villareal", "02/08/1980", "4402"],
                ["2", "Beatriz Núñez-Ortega", "11/19/1983", "—"],
                ["3", "Gregory Allen Fairbanks", "07/04/1969", "8817"]], [0.4, 2.6, 1.5, 1.6], {"bold": -1}),
        ("p", "including but not limited to:\n"
              "a. applications for unemployment insurance benefits, including all identifying information, "
              "addresses, telephone numbers and e-mail addresses provided;\n"
              "b. certifications, payment histories and the method of payment, including bank account and routing "
              "numbers and debit-card records;\n"
              "c. IP addresses and device information associated with claim filings and account log-ins;\n"
              "d. quarterly wage records reported by any employer, including Prairie Line Logistics LLC."),
    ]
    build_pdf(out("bx11.pdf"), cover + ao110, fam="Serif", size=10, title="GJ subpoena 2025-0611-GJ-19",
              author="USAO-NDIL")
    return label("bx11", "born_digital", "AUSA cover letter + AO 110 grand jury subpoena + Attachment A with 3 subjects",
                 ("doj-usao", "United States Attorney's Office, Northern District of Illinois",
                  "Jennifer Okonkwo-Baines", "Assistant United States Attorney",
                  "jennifer.okonkwo-baines@usdoj.gov", "(312) 555-0197"),
                 [S("Tomás Ignacio Villareal", "1980-02-08", ("ssn_last4", "4402")),
                  S("Beatriz Núñez-Ortega", "1983-11-19"),
                  S("Gregory Allen Fairbanks", "1969-07-04", ("ssn_last4", "8817"))],
                 ["820 ILCS 405/1900", "FRCrP 6"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
                 ["claims", "benefits", "address", "phone", "email", "wages", "employment", "other"], "mail")


# =========================================================================== bx12
@doc
def bx12():
    blocks = [
        ("kvn", [["Approved, SCAO", "Original - Court\n1st copy - Witness\n2nd copy - File\n3rd copy - Extra"]],
         [4.8, 1.8], {"bold": -1}),
        ("kv", [["STATE OF MICHIGAN\n17th JUDICIAL CIRCUIT\nKENT COUNTY",
                 "**SUBPOENA**\nOrder to Appear and/or Produce", "CASE NO.\n24-08812-FH"]], [2.6, 2.4, 1.6],
         {"bold": -1}),
        ("p", "Court address: 180 Ottawa Avenue NW, Grand Rapids, MI 49503      Court telephone no.: (616) 555-0100"),
        ("kv", [["Police Report No. (if applicable)\nGRPD 24-118834", ""],
                ["Plaintiff(s)/Petitioner(s)\n☒ People of the State of Michigan", "Defendant(s)/Respondent(s)\n"
                 "KRISTINA MARIE DOMBROWSKI"],
                ["Plaintiff's/Petitioner's attorney, bar no., address, and telephone no.\n"
                 "Marcus L. Van Hoven (P71234), Assistant Prosecuting Attorney\nKent County Prosecutor's Office\n"
                 "82 Ionia Ave NW, Grand Rapids, MI 49503\n(616) 555-0145 • mvanhoven@kentcountymi.gov",
                 "Defendant's/Respondent's attorney, bar no., address, and telephone no.\n"
                 "Anne-Marie Kowalski (P80552)\n99 Monroe Ave NW, Ste 410, Grand Rapids, MI 49503"]],
         [3.3, 3.3], {"bold": -1}),
        ("p", "In the Name of the People of the State of Michigan. TO:\n"
              "**Custodian of Records, Michigan Department of State, Record Lookup Unit, 7064 Crowner Drive, "
              "Lansing, MI 48918**"),
        ("p", "If you require special accommodations to use the court because of a disability or if you require a "
              "foreign language interpreter to help you fully participate in court proceedings, please contact the "
              "court immediately to make arrangements."),
        ("p", "**YOU ARE ORDERED:**\n"
              "☒ 1. to appear personally at the time and place stated below: You may be required to appear from "
              "time to time and day to day until excused.\n"
              "     ☒ The court address above   ☐ Other: ______\n"
              "     Day: Tuesday   Date: 07/08/2025   Time: 8:30 a.m.   Before: Hon. Christina R. Elzinga\n"
              "☐ 2. Testify at trial / examination / hearing.\n"
              "☒ 3. Produce/permit inspection or copying of the following items: Certified driving record, "
              "original license application, digitized photograph, all addresses of record, and vehicle "
              "registration/title history for KRISTINA MARIE DOMBROWSKI, DOB 05/30/1992, "
              "DL D 516 884 203 117. Certified records with a records-custodian affidavit may be mailed in lieu of "
              "appearance.\n"
              "☐ 4. Testify as to your assets, and bring with you the items listed in line 3 above.\n"
              "☐ 5. Testify at deposition.\n"
              "☐ 6. MCL 600.6104(2), 600.6116, or 600.6119 prohibition against transferring or disposing of "
              "property is attached.\n"
              "☐ 7. Other: ________"),
        ("p", "Charge(s) (criminal cases): Unlawful Driving Away of an Automobile, MCL 750.413; Receiving and "
              "Concealing Stolen Property, MCL 750.535(3)(a)."),
        ("kv", [["Person requesting subpoena\nMarcus L. Van Hoven, APA", "Telephone no.\n(616) 555-0145"],
                ["Date: 06/02/2025", "Judge/clerk/attorney: ~~Marcus L. Van Hoven~~ (P71234)"]], [3.3, 3.3],
         {"bold": -1}),
        ("p", "**NOTE:** If you are requesting a subpoena and you intend to call a witness from the court's witness "
              "list, you must also complete and serve the required notice. FAILURE TO OBEY THE COMMANDS OF THE "
              "SUBPOENA OR APPEAR AT THE STATED TIME AND PLACE MAY SUBJECT YOU TO PENALTY FOR CONTEMPT OF COURT."),
        ("pb",),
        ("h", "PROOF OF SERVICE"),
        ("pc", "Case No. 24-08812-FH"),
        ("p", "TO PROCESS SERVER: You must make and file your return with the court clerk. If you are unable to "
              "complete service you must return this original and all copies to the court clerk."),
        ("p", "☐ OFFICER CERTIFICATE   ☐ AFFIDAVIT OF PROCESS SERVER\n"
              "I certify that I am a sheriff, deputy sheriff, bailiff, appointed court officer, or attorney for a "
              "party (MCR 2.104[A][2]), and that: (notarization not required)\n"
              "☐ I personally served a copy of the subpoena, together with ______________ on:\n"
              "☐ I have attempted service on the following person and have been unable to complete service."),
        ("kv", [["Name(s)", "Complete address(es) of service", "Day, date, time"],
                ["", "", ""]], [2.0, 3.0, 1.6], {"bold": -1}),
        ("p", "ACKNOWLEDGMENT OF SERVICE — I acknowledge that I have received service of the subpoena and required "
              "fees, if any, together with ______ on ______ (day, date, time) on behalf of ______________."),
        ("sp", 20),
        ("sm", "MC 11 (9/24) SUBPOENA, Order to Appear and/or Produce — MCL 600.1455, MCL 767.40a, MCR 2.506"),
    ]
    data = pdf_bytes(blocks, fam="Sans", size=9, footer="MC 11 (9/24)  SUBPOENA, Order to Appear and/or Produce",
                     footer_r="MCL 600.1455, MCL 767.40a, MCR 2.506")
    imgs = rasterize(data, 200, "bx12")
    rng = np.random.default_rng(1212)
    pages = [scan_page(imgs[0], rng, 1.1, bg=222), scan_page(imgs[1], rng, -0.5, turn=90, bg=222)]
    save_scanned(out("bx12.pdf"), pages, 200)
    return label("bx12", "scanned", "Michigan SCAO MC 11 criminal-case subpoena requested by an APA; proof-of-service page turned 90°",
                 ("district-attorney", "Kent County Prosecutor's Office", "Marcus L. Van Hoven",
                  "Assistant Prosecuting Attorney", "mvanhoven@kentcountymi.gov", "(616) 555-0145"),
                 [S("Kristina Marie Dombrowski", "1992-05-30", ("license", "D516884203117"))],
                 ["MCL 600.6104", "MCL 600.6116", "MCL 600.6119", "MCL 750.413", "MCL 750.535", "MI MCR 2.104",
                  "MCL 600.1455", "MCL 767.40a", "MI MCR 2.506"],
                 "court_subpoena", "MC 11", "criminal_investigation", ["license", "photo", "address", "vehicle"],
                 "mail")


# =========================================================================== bx13
@doc
def bx13():
    cover = [
        ("h", "ICE ERO CHARLOTTE — FAX COVER SHEET"),
        ("pc", "5701 Executive Center Drive, Suite 300, Charlotte, NC 28212"),
        ("kv", [["TO:", "NC Dept. of Adult Correction — Combined Records"], ["FAX:", "919-555-0174"],
                ["FROM:", "IEA Brandon T. Coley"], ["TEL:", "704-555-0158"], ["DATE:", "03/19/2025"],
                ["PAGES:", "2"]], [1.2, 5.2], {"shade": 1}),
        ("p", "Attached detainer for the offender below. Please lodge and advise of projected release date. Also "
              "requesting the last known address and any contacts on file for the offender."),
        ("mono", "  NAME:   LOPEZ HERRERA, Wilmer Antonio\n  DOB:    1994-02-22\n  OPUS#:  1498832\n"
                 "  A#:     215 009 461"),
        ("sp", 8),
        ("p", "Questions: brandon.t.coley@ice.dhs.gov"),
        ("pb",),
        ("pc", "DEPARTMENT OF HOMELAND SECURITY"),
        ("h", "IMMIGRATION DETAINER - NOTICE OF ACTION"),
        ("kv", [["Subject ID: 398117245", "Event #: CHA2503000417", "File No: A215 009 461", "Date: March 19, 2025"]],
         [1.65, 1.75, 1.65, 1.6], {"bold": -1}),
        ("kv", [["TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)\n"
                 "NC Department of Adult Correction — Central Prison, Raleigh",
                 "FROM: (Department of Homeland Security Office Address)\nICE ERO Charlotte\n"
                 "5701 Executive Center Dr, Charlotte, NC 28212"]], [3.3, 3.3], {"bold": -1}),
        ("kv", [["Name of Alien: Wilmer Antonio LÓPEZ HERRERA", "Date of Birth: 02/22/1994",
                 "Citizenship: Honduras", "Sex: M"]], [2.7, 1.5, 1.5, 0.9], {"bold": -1}),
        ("p", "**1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
              "DETERMINATION IS BASED ON (complete box 1 or 2).**\n"
              "☒ A final order of removal against the alien;\n"
              "☐ The pendency of ongoing removal proceedings against the alien;\n"
              "☐ Biometric confirmation of the alien's identity and a records check of federal databases that "
              "affirmatively indicate, by themselves or in addition to other reliable information, that the alien "
              "either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; "
              "and/or\n"
              "☐ Statements made by the alien to an immigration officer and/or other reliable evidence that "
              "affirmatively indicate the alien either lacks immigration status or notwithstanding such status is "
              "removable under U.S. immigration law."),
        ("p", "**IT IS THEREFORE REQUESTED THAT YOU:**\n"
              "• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released "
              "from your custody. Please notify DHS by calling ☒ U.S. Immigration and Customs Enforcement (ICE) or "
              "☐ U.S. Customs and Border Protection (CBP) at 704-555-0158.\n"
              "• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she "
              "would otherwise have been released from your custody to allow DHS to assume custody.\n"
              "• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.\n"
              "• Notify this office in the event of the alien's death, hospitalization or transfer to another "
              "institution."),
        ("p", "☐ If checked: please cancel the detainer related to this alien previously submitted to you on "
              "________ (date)."),
        ("kv", [["Brandon T. Coley, Immigration Enforcement Agent\n(Name and title of Immigration Officer)",
                 "~~B. T. Coley~~\n(Signature of Immigration Officer)"]], [3.3, 3.3], {"bold": -1}),
        ("sm", "Notice: If the alien may be the victim of a crime or you want the alien to remain in the United "
               "States for a law enforcement purpose, notify the ICE Law Enforcement Support Center at (802) 555-0110. "
               "This detainer arises from DHS authorities and should not impact decisions about the alien's bail, "
               "rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or "
               "other matters. Immigration detainers are issued under sections 236 and 287 of the Immigration and "
               "Nationality Act and 8 C.F.R. §§ 236.1 and 287.7. The alien must be served with a copy of this form "
               "for the detainer to take effect."),
    ]
    data = pdf_bytes(cover, fam="Sans", size=9, footer="DHS Form I-247A (3/17)", footer_r="Page {p} of 2")
    imgs = rasterize(data, 200, "bx13")
    rng = np.random.default_rng(1313)
    pages = [fax_page(im, "Mar 19 2025 15:52  ICE ERO CHARLOTTE  7045550158 -> 9195550174   p.%d" % (i + 1), rng,
                      angle=0.5) for i, im in enumerate(imgs)]
    save_fax(out("bx13.tif"), pages)
    return label("bx13", "fax", "ERO fax cover + I-247A immigration detainer to a state prison",
                 ("dhs-ice-ero", "ICE ERO Charlotte", "Brandon T. Coley", "Immigration Enforcement Agent",
                  "brandon.t.coley@ice.dhs.gov", "704-555-0158"),
                 [S("Wilmer Antonio López Herrera", "1994-02-22", ("a_number", "A215009461"), ("other", "1498832"))],
                 ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration",
                 ["other", "address"], "fax")


# =========================================================================== bx14
@doc
def bx14():
    form = [
        ("pc", "DEPARTMENT OF HOMELAND SECURITY"),
        ("h", "REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN"),
        ("kv", [["Subject ID: 402266918", "Event #: BOS2505001182", "File No: A208 771 350", "Date: 05/27/2025"]],
         [1.65, 1.75, 1.65, 1.55], {"bold": -1}),
        ("kv", [["TO: (Name and Title of Institution)\nMassachusetts Department of Correction\nMCI-Norfolk, "
                 "Records Office", "FROM: (DHS Office Address)\nICE ERO Boston\n1000 District Avenue, "
                 "Burlington, MA 01803"]], [3.3, 3.3], {"bold": -1}),
        ("kv", [["Name of Alien: Paulo Henrique MEDEIROS DA SILVA", "Date of Birth: 10/03/1988",
                 "Citizenship: Brazil", "Sex: M"]], [2.8, 1.5, 1.4, 0.9], {"bold": -1}),
        ("p", "**THE ABOVE-NAMED ALIEN IS A SUSPECTED PRIORITY ALIEN BASED ON:**\n"
              "☒ A final order of removal;  ☐ pending removal proceedings;  ☐ biometric confirmation and records "
              "check;  ☐ statements of the alien."),
        ("p", "**IT IS REQUESTED THAT YOU:**\n"
              "Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from "
              "your custody. Please notify ICE at 781-555-0122.\n"
              "This request does not ask you to hold the alien beyond the time when he/she would otherwise be "
              "released from your custody."),
        ("kv", [["Vivian Tran, Deportation Officer\n(Name and title of Immigration Officer)",
                 "~~Vivian Tran~~\n(Signature of Immigration Officer)"]], [3.3, 3.3], {"bold": -1}),
        ("sm", "This request arises from DHS authorities and should not impact decisions about the alien's bail, "
               "rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or "
               "other matters. It is issued under sections 236 and 287 of the Immigration and Nationality Act and "
               "8 C.F.R. 287.7."),
        ("sm", "DHS Form I-247N (3/17)"),
    ]
    data = pdf_bytes(form, fam="Sans", size=9.5)
    img = rasterize(data, 150, "bx14")[0]
    w, h = img.size
    img = img.crop((0, 0, w, int(h * 0.72)))
    img = img.rotate(-0.6, resample=Image.BICUBIC, fillcolor=235)
    a = np.asarray(img, dtype=np.float32) / 255.0 * 240
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    body = """Good afternoon,

Please find attached an I-247N for the inmate listed below, currently housed at
MCI-Norfolk. We are requesting notification of his release at least 48 hours
prior to release. Could you also confirm his earliest release date and the
address he has listed for post-release?

MEDEIROS DA SILVA, Paulo Henrique
DOB 10/03/1988
DOC commitment # W112847
A# 208-771-350

This is a notification request only; we are not asking DOC to hold him past his
release date.

Thanks,
Vivian

Vivian Tran
Deportation Officer
ICE Enforcement and Removal Operations, Boston Field Office
Burlington, MA | Desk 781-555-0122
"""
    m = email_msg('"Tran, Vivian" <vivian.tran@ice.dhs.gov>',
                  '"DOC Records - MCI Norfolk" <norfolk.records@doc.state.ma.us>',
                  "I-247N - MEDEIROS DA SILVA, Paulo Henrique - W112847",
                  datetime(2025, 5, 27, 15, 40, tzinfo=tz(-4)), body=body,
                  attachments=[(buf.getvalue(), "image", "png", "I247N_MEDEIROS.png")],
                  msgid="<DM8PR09MB62030@DM8PR09MB6203.namprd09.prod.outlook.com>")
    write_eml(out("bx14.eml"), m, 114)
    return label("bx14", "eml", "ERO e-mail with I-247N request for notification of release attached as PNG image",
                 ("dhs-ice-ero", "ICE Enforcement and Removal Operations, Boston Field Office", "Vivian Tran",
                  "Deportation Officer", "vivian.tran@ice.dhs.gov", "781-555-0122"),
                 [S("Paulo Henrique Medeiros da Silva", "1988-10-03", ("a_number", "A208771350"),
                    ("other", "W112847"))],
                 ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247N", "civil_immigration",
                 ["other", "address"], "email")


# =========================================================================== bx15
@doc
def bx15():
    cover = [
        ("lh", ["U.S. Department of Justice", "United States Attorney's Office", "District of Minnesota",
                "600 United States Courthouse • 300 South Fourth Street • Minneapolis, MN 55415"]),
        ("p", "April 24, 2025"),
        ("p", "Minnesota Department of Human Services\nOffice of General Counsel\nAttn: Subpoena and Court Order "
              "Compliance\n540 Cedar Street\nSt. Paul, MN 55155"),
        ("p", "Re: In re Application for an Order Pursuant to 18 U.S.C. § 2703(d), No. 25-mj-318 (LWB) — "
              "FILED UNDER SEAL"),
        ("p", "Dear Counsel:"),
        ("p", "Enclosed please find an Order of the United States District Court for the District of Minnesota "
              "directing the Minnesota Department of Human Services to disclose the records described in "
              "Attachment A to the Order. The Order also prohibits notification of any person of its existence. "
              "We recognize that the requested information includes welfare data classified under Minn. Stat. "
              "§ 13.46; the Order supplies the necessary authority for disclosure."),
        ("p", "Please provide the records within ten days to FBI Special Agent Cole Haugen, Minneapolis Field "
              "Office, or to me. Please contact me with any questions at (612) 555-0118 or kari.lindahl@usdoj.gov."),
        ("p", "Sincerely,"),
        ("p", "ERIN C. MAHLBERG\nActing United States Attorney"),
        ("sig", "s/ Kari M. Lindahl"),
        ("p", "BY: KARI M. LINDAHL\nAssistant United States Attorney"),
        ("sm", "Enclosure"),
        ("pb",),
    ]
    order = [
        ("h", "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA"),
        ("kv", [["IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO "
                 "18 U.S.C. § 2703(d) DIRECTED TO THE MINNESOTA DEPARTMENT OF HUMAN SERVICES",
                 "Case No. 25-mj-318 (LWB)\n\n**FILED UNDER SEAL**"]], [4.2, 2.4], {"bold": -1}),
        ("h", "ORDER"),
        ("p", "The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the "
              "Court issue an Order requiring the Minnesota Department of Human Services (\"DHS-MN\"), which provides "
              "an electronic communication service to users of its MNbenefits online application portal, to "
              "disclose the records and other information described in Attachment A to this Order."),
        ("p", "The Court finds that the United States has offered specific and articulable facts showing that there "
              "are reasonable grounds to believe that the records or other information sought are relevant and "
              "material to an ongoing criminal investigation into possible violations of 18 U.S.C. §§ 641 and 1343."),
        ("p", "The Court determines that there is reason to believe that notification of the existence of the "
              "application or this Order will seriously jeopardize the ongoing investigation, including by giving "
              "targets an opportunity to destroy or tamper with evidence. See 18 U.S.C. § 2705(b)."),
        ("p", "IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that DHS-MN shall, within ten days of the "
              "date of this Order, disclose to the United States the records and other information described in "
              "Attachment A to this Order."),
        ("p", "IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that DHS-MN shall not disclose the existence of the "
              "application of the United States, or the existence of this Order of the Court, to the subscribers of "
              "the account(s) listed in Attachment A, or to any other person, for a period of one year from the date "
              "of this Order, unless and until otherwise authorized to do so by the Court."),
        ("p", "IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the "
              "Court."),
        ("kv", [["Dated: April 23, 2025", "~~Leah W. Brandvold~~\nHon. Leah W. Brandvold\n"
                 "United States Magistrate Judge"]], [3.3, 3.3], {"bold": -1}),
        ("pb",),
        ("h", "ATTACHMENT A"),
        ("p", "**I. Accounts.** This Order applies to MNbenefits accounts and related case records associated with "
              "the following persons:"),
        ("kv", [["Name", "Date of birth"],
                ["Sahra Abdi Nur", "1991-03-15"],
                ["Abdiweli Yusuf Roble", "1987-11-29"]], [2.8, 1.6], {"bold": -1}),
        ("p", "**II. Records to be disclosed** for the period January 1, 2023 to the present:\n"
              "1. Subscriber and applicant names, residential and mailing addresses, telephone numbers and e-mail "
              "addresses;\n2. Records of session times and durations, and the Internet Protocol addresses used to "
              "create or access the accounts;\n3. Case numbers and household members listed on each application;\n"
              "4. Records of SNAP and MFIP benefit issuance, including EBT card numbers and issuance dates."),
    ]
    build_pdf(out("bx15.pdf"), cover + order, fam="Serif", size=10.5,
              header="CASE 0:25-mj-00318-LWB *SEALED*   Doc. 3   Filed 04/23/25   Page {p}",
              title="25-mj-318 Order", author="USAO-MN")
    return label("bx15", "born_digital", "AUSA cover letter + federal 18 USC 2703(d) order to a state human-services agency with attachment",
                 ("doj-usao", "United States Attorney's Office, District of Minnesota", "Kari M. Lindahl",
                  "Assistant United States Attorney", "kari.lindahl@usdoj.gov", "(612) 555-0118"),
                 [S("Sahra Abdi Nur", "1991-03-15"), S("Abdiweli Yusuf Roble", "1987-11-29")],
                 ["18 USC 2703", "MN Stat 13.46", "18 USC 641", "18 USC 1343", "18 USC 2705"], "court_order", None,
                 "criminal_investigation", ["address", "phone", "email", "benefits", "other"], "mail")


# =========================================================================== bx16
@doc
def bx16():
    cover = [
        ("lhl", ["COOK COUNTY STATE'S ATTORNEY'S OFFICE", "Financial Crimes Unit",
                 "2650 South California Avenue, Chicago, Illinois 60608"]),
        ("p", "June 4, 2025"),
        ("p", "Illinois Department of Employment Security\nAttn: Legal Division — Court Orders\n"
              "33 South State Street\nChicago, IL 60603"),
        ("p", "Re: People v. Javier Antonio Castañeda Ruiz, No. 24 CR 0918801"),
        ("p", "Dear Sir or Madam:"),
        ("p", "Attached is a certified copy of an order entered June 3, 2025 by the Honorable Patrick J. Keane "
              "directing production of records of your Department relating to the defendant. Please forward "
              "certified copies to my attention within 21 days. Thank you for your prompt attention."),
        ("sig", "M. D. Fairweather"),
        ("p", "Monique D. Fairweather\nAssistant State's Attorney\n(773) 555-0131\n"
              "monique.fairweather@cookcountysao.org"),
        ("pb",),
    ]
    order = [
        ("h", "IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\nCOUNTY DEPARTMENT, CRIMINAL DIVISION"),
        ("kv", [["PEOPLE OF THE STATE OF ILLINOIS,\n          Plaintiff,\n     v.\n"
                 "JAVIER ANTONIO CASTAÑEDA RUIZ,\n          Defendant.",
                 "\nNo. 24 CR 0918801\n\nHon. Patrick J. Keane\nJudge Presiding"]], [4.0, 2.6], {"bold": -1}),
        ("h", "ORDER FOR PRODUCTION OF RECORDS"),
        ("p", "This cause coming before the Court on the motion of the People of the State of Illinois, by the "
              "State's Attorney of Cook County, through Assistant State's Attorney Monique D. Fairweather, for an "
              "order directing the production of records, due notice having been given, and the Court being fully "
              "advised in the premises;"),
        ("p", "THE COURT FINDS that the records described below are relevant and material to the prosecution of "
              "the defendant for violations of 720 ILCS 5/17-10.5 (insurance fraud) and 720 ILCS 5/16-1 (theft), "
              "and that disclosure is authorized by Section 1900 of the Unemployment Insurance Act, "
              "820 ILCS 405/1900."),
        ("p", "IT IS HEREBY ORDERED:"),
        ("p", "1. The Illinois Department of Employment Security shall produce to the Cook County State's "
              "Attorney's Office certified copies of all wage records reported by any employer, and all "
              "unemployment insurance claim and benefit payment records, for JAVIER ANTONIO CASTAÑEDA RUIZ, "
              "date of birth 08/16/1981, Social Security No. XXX-XX-3095, for the period January 1, 2022 through "
              "the present."),
        ("p", "2. The records shall be produced within twenty-one (21) days of service of this Order."),
        ("p", "3. The records produced shall be maintained as confidential and used solely for purposes of this "
              "prosecution."),
        ("kv", [["ENTERED:\n\n~~Patrick J. Keane~~\nJudge Patrick J. Keane          No. 2114\n\n"
                 "Dated: JUN 03 2025",
                 "Prepared by:\nASA Monique D. Fairweather, Atty. No. 91234\nCook County State's Attorney's Office\n"
                 "2650 S. California Ave., Chicago, IL 60608\n(773) 555-0131"]], [3.3, 3.3], {"bold": -1}),
        ("sp", 10),
        ("smc", "CLERK OF THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS — CERTIFIED COPY"),
    ]
    data = pdf_bytes(cover + order, fam="Serif", size=10.5)
    imgs = rasterize(data, 200, "bx16")
    rng = np.random.default_rng(1616)
    pages = [scan_page(imgs[0], rng, -1.8, noise=7, bg=230), scan_page(imgs[1], rng, 0.9, noise=7, bg=226)]
    save_scanned(out("bx16.pdf"), pages, 200)
    return label("bx16", "scanned", "ASA cover letter + Cook County circuit court order for production of records",
                 ("district-attorney", "Cook County State's Attorney's Office", "Monique D. Fairweather",
                  "Assistant State's Attorney", "monique.fairweather@cookcountysao.org", "(773) 555-0131"),
                 [S("Javier Antonio Castañeda Ruiz", "1981-08-16", ("ssn_last4", "3095"))],
                 ["720 ILCS 5/17-10.5", "720 ILCS 5/16-1", "820 ILCS 405/1900"], "court_order", None,
                 "criminal_investigation", ["wages", "employment", "claims", "benefits"], "mail")


# =========================================================================== bx17
@doc
def bx17():
    inner_body = """Ms. Hendricks,

I'm a detective with the Columbus Division of Police, Financial Crimes Unit. I
got your name from a coworker who said you could point me in the right
direction.

I'm investigating a theft from an elderly victim (Mrs. Eleanor Vance, 84) -
her former home aide is suspected of taking about $22,000 from her accounts
(R.C. 2913.02, theft from a person in a protected class). I'm trying to find
out where the suspect is working now and what she has been paid since
January 2024:

    Keisha Renee Donnelly
    DOB 12/02/1990
    SSN ending 5589

I know wage information is confidential under R.C. 4141.21, so if I need to
get a subpoena or a court order please let me know and I'll start that
process. Our case number is 2025-0077815.

Thanks for your time,

Det. Andrej M. Sokol #2231
Columbus Division of Police
Financial Crimes Unit
120 Marconi Blvd., Columbus, OH 43215
614-555-0149 | amsokol@columbus.gov
"""
    inner = email_msg('"Sokol, Andrej M." <amsokol@columbus.gov>',
                      '"Hendricks, Paula" <paula.hendricks@jfs.ohio.gov>', "Wage info request",
                      datetime(2025, 2, 24, 9, 51, tzinfo=tz(-5)), body=inner_body,
                      msgid="<BY5PR14MB39@BY5PR14MB3901.namprd14.prod.outlook.com>")
    outer_body = """Forwarding this one - it came to my inbox directly, not the subpoena box. He
doesn't have a subpoena or an order. Can your unit log it and get back to him?

Thanks,
Paula

Paula Hendricks
Program Administrator 2
Office of Unemployment Insurance Operations
Ohio Department of Job and Family Services
"""
    m = email_msg('"Hendricks, Paula" <paula.hendricks@jfs.ohio.gov>',
                  '"ODJFS UC Legal - Subpoena Unit" <ucsubpoena@jfs.ohio.gov>', "FW: Wage info request",
                  datetime(2025, 2, 24, 11, 5, tzinfo=tz(-5)), body=outer_body, forwarded=inner,
                  msgid="<SJ0PR09MB88@SJ0PR09MB8801.namprd09.prod.outlook.com>")
    write_eml(out("bx17.eml"), m, 117)
    return label("bx17", "eml", "state-agency colleague forwards a city detective's e-mail as a message/rfc822 attachment",
                 ("local-police", "Columbus Division of Police", "Andrej M. Sokol", "Detective",
                  "amsokol@columbus.gov", "614-555-0149"),
                 [S("Keisha Renee Donnelly", "1990-12-02", ("ssn_last4", "5589"))],
                 ["ORC 2913.02", "ORC 4141.21"], "none", None, "criminal_investigation", ["employment", "wages"],
                 "email")


# =========================================================================== bx18
@doc
def bx18():
    blocks = [
        ("lh", ["U.S. Department of Justice", "Bureau of Alcohol, Tobacco, Firearms and Explosives",
                "Charlotte Field Division — Charlotte Group II",
                "6701 Carmel Road, Suite 200, Charlotte, North Carolina 28226"]),
        ("kvn", [["", "Refer to: 784045-25-0019"], ["", "12 May 2025"]], [4.0, 2.6], {"bold": -1}),
        ("p", "North Carolina Division of Motor Vehicles\nDriver License Section — Records\n"
              "3101 Mail Service Center\nRaleigh, NC 27697-3101"),
        ("p", "SUBJECT: Request for Records — Firearms Trafficking Investigation"),
        ("p", "Dear Records Supervisor:"),
        ("p", "ATF Charlotte Group II is investigating the straw purchase of at least twenty-three handguns from "
              "federal firearms licensees in Gaston and Mecklenburg Counties, several of which have been recovered "
              "at crime scenes, in violation of 18 U.S.C. §§ 922(a)(6) and 924(a)(1)(A). To identify the "
              "purchasers and their associates, ATF requests the following records for the individuals listed "
              "below: driver license and identification card application records, including photographs and all "
              "addresses of record, and any vehicles registered to them."),
        ("kv", [["Name", "DOB", "NC DL #"],
                ["BATTLE, Jerome Lamont", "03/03/1998", "000038812457"],
                ["LÊ, Quang Minh", "07/21/1999", "000041177902"]], [2.6, 1.4, 2.2], {"bold": -1}),
        ("p", "This request is made for use by a federal law enforcement agency in carrying out its functions, as "
              "permitted by 18 U.S.C. § 2721(b)(1) and N.C. Gen. Stat. § 20-43.1. Please do not contact the "
              "individuals named above."),
        ("p", "Records may be sent to Special Agent Natalie R. Osei at the address above, by e-mail to "
              "natalie.osei@atf.gov, or by fax to (704) 555-0177. Questions may be directed to SA Osei at "
              "(704) 555-0176."),
        ("p", "Thank you for your assistance."),
        ("p", "Sincerely yours,"),
        ("p", "DEREK L. MUNSON\nSpecial Agent in Charge"),
        ("sig", "Natalie Osei"),
        ("p", "Natalie R. Osei\nSpecial Agent, Charlotte Group II"),
        ("sp", 6),
        ("sm", "cc: AUSA Grant W. Pruitt, Western District of North Carolina\n    Group Supervisor Lamar J. Tate"),
    ]
    build_pdf(out("bx18.pdf"), blocks, fam="Sans", size=10, footer="LAW ENFORCEMENT SENSITIVE",
              title="NCDMV request", author="ATF Charlotte")
    return label("bx18", "born_digital", "ATF letter, SAC name printed above the signing special agent, cc: AUSA; 2 subjects",
                 ("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Charlotte Field Division",
                  "Natalie R. Osei", "Special Agent", "natalie.osei@atf.gov", "(704) 555-0176"),
                 [S("Jerome Lamont Battle", "1998-03-03", ("license", "000038812457")),
                  S("Quang Minh Lê", "1999-07-21", ("license", "000041177902"))],
                 ["18 USC 922", "18 USC 924", "18 USC 2721", "NCGS 20-43.1"], "none", None,
                 "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


# =========================================================================== bx19
@doc
def bx19():
    form = [
        ("pc", "DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection"),
        ("h", "SUMMONS"),
        ("kv", [["Summons No.", "BUF-OFO-25-0063"], ["Case No.", "PB-25-00412"]], [1.6, 3.0], {"shade": 1}),
        ("p", "To: Records Custodian, New York State Department of Motor Vehicles, 6 Empire State Plaza, "
              "Albany, NY 12228"),
        ("p", "By the service of this summons, you are hereby required to appear before **Supervisory CBP Officer "
              "Daniel J. Wozniak**, an officer of U.S. Customs and Border Protection, at the Peace Bridge Port of "
              "Entry, 1 Peace Bridge Plaza, Buffalo, NY 14213, on **June 16, 2025** at **10:00 a.m.**, to give "
              "testimony and to produce the records described below, in connection with an investigation or "
              "inquiry to ascertain the correctness of entries, to determine the liability of any person for "
              "duties, fees and taxes, and to ensure compliance with the laws of the United States administered "
              "by U.S. Customs and Border Protection, including the investigation of the smuggling of "
              "merchandise in violation of 18 U.S.C. § 545 and 19 U.S.C. § 1595a."),
        ("p", "**Records to be produced:**"),
        ("box", "All vehicle registration and title records, driver license records (including photograph) and "
                "addresses of record for:\nANDRIY PETRENKO, DOB 05/09/1977, NY DL 812 553 019"),
        ("p", "Issued under authority of 19 U.S.C. § 1509. Failure to comply with this summons will render you "
              "liable to proceedings in a United States District Court to enforce compliance with this summons, "
              "as well as other sanctions (19 U.S.C. § 1510)."),
        ("kv", [["Name and title of issuing officer:\nDaniel J. Wozniak, Supervisory CBP Officer",
                 "Signature: ~~D. J. Wozniak~~\nDate: 06/02/2025"]], [3.3, 3.3], {"bold": -1}),
        ("sm", "CBP Form 3115 (04/25)"),
    ]
    data = pdf_bytes(form, fam="Sans", size=10)
    img = rasterize(data, 150, "bx19")[0]
    rng = np.random.default_rng(1919)
    img = scan_page(img, rng, 1.4, bg=215, noise=5, quality=75)
    w, h = img.size
    canvas = Image.new("L", (w + 80, h + 80), 90)
    canvas.paste(img, (40, 40))
    buf = io.BytesIO()
    canvas.save(buf, "JPEG", quality=72)
    body = """Good morning,

Please see the attached CBP Form 3115 summons. In lieu of a personal appearance,
you may e-mail certified copies of the records to me at the address below by
the date on the summons.

Subject: PETRENKO, Andriy  DOB 05/09/1977  NY DL 812 553 019

Please call if you have any questions.

Respectfully,
Daniel J. Wozniak
Supervisory CBP Officer
U.S. Customs and Border Protection | Office of Field Operations
Buffalo Field Office - Peace Bridge Port of Entry
Office (716) 555-0183
daniel.j.wozniak@cbp.dhs.gov

Sent from my iPhone
"""
    m = email_msg('"WOZNIAK, DANIEL J" <daniel.j.wozniak@cbp.dhs.gov>',
                  "LE.Requests@dmv.ny.gov", "CBP Summons - Peace Bridge POE - records request",
                  datetime(2025, 6, 2, 7, 48, tzinfo=tz(-4)), body=body,
                  attachments=[(buf.getvalue(), "image", "jpeg", "IMG_4471.jpg")],
                  msgid="<7C2B1F0E-44A1-4F6C-9D7E@cbp.dhs.gov>")
    write_eml(out("bx19.eml"), m, 119)
    return label("bx19", "eml", "CBP officer e-mail (from phone) with a photographed CBP Form 3115 summons as JPEG",
                 ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Buffalo Field Office",
                  "Daniel J. Wozniak", "Supervisory CBP Officer", "daniel.j.wozniak@cbp.dhs.gov", "(716) 555-0183"),
                 [S("Andriy Petrenko", "1977-05-09", ("license", "812553019"))],
                 ["18 USC 545", "19 USC 1595a", "19 USC 1509", "19 USC 1510"], "administrative_subpoena",
                 "CBP Form 3115", "criminal_investigation", ["vehicle", "license", "photo", "address"], "email")


# =========================================================================== bx20
@doc
def bx20():
    cover = [
        ("lh", ["Department of the Treasury", "Internal Revenue Service — Criminal Investigation",
                "Omaha Post of Duty • 1616 Capitol Avenue, Suite 200, Omaha, NE 68102"]),
        ("p", "2025-05-06"),
        ("p", "Nebraska Department of Labor\nOffice of Unemployment Insurance — Records Custodian\n"
              "550 South 16th Street\nLincoln, NE 68508"),
        ("p", "Dear Custodian of Records:"),
        ("p", "Enclosed is an Internal Revenue Service summons (Form 2039) requiring the production of wage records "
              "in connection with a criminal investigation of the tax liability of the persons named in the summons "
              "for possible violations of 26 U.S.C. § 7201 (attempt to evade or defeat tax). I understand that "
              "Neb. Rev. Stat. § 48-612.01 permits disclosure of wage information to federal agencies in these "
              "circumstances. You may satisfy the summons by mailing the records, with the enclosed certificate, "
              "before the appearance date."),
        ("p", "Sincerely,"),
        ("sig", "Colleen R. Mulcahy"),
        ("p", "Colleen R. Mulcahy\nSpecial Agent\n402-555-0161\ncolleen.mulcahy@ci.irs.gov"),
        ("pb",),
    ]
    summons = [
        ("h", "Summons"),
        ("kv", [["In the matter of", "Raymond T. Albrecht and Lisa M. Albrecht, 4420 Pacific Street, Omaha, NE 68105"],
                ["Internal Revenue Service (Division)", "Criminal Investigation"],
                ["Industry/Area (name or number)", "Omaha Post of Duty"],
                ["Periods", "Calendar years ending December 31, 2021, 2022 and 2023"]], [2.4, 4.2], {"shade": 1}),
        ("pc", "**The Commissioner of Internal Revenue**"),
        ("p", "To: Custodian of Records, Nebraska Department of Labor\nAt: 550 South 16th Street, Lincoln, NE 68508"),
        ("p", "You are hereby summoned and required to appear before **Colleen R. Mulcahy**, an officer of the "
              "Internal Revenue Service, to give testimony and to bring with you and to produce for examination the "
              "following books, records, papers, and other data relating to the tax liability or the collection of "
              "the tax liability or for the purpose of inquiring into any offense connected with the administration "
              "or enforcement of the internal revenue laws concerning the person identified above for the periods "
              "shown."),
        ("box", "All quarterly wage reports (UI wage records) filed by any employer for:\n"
                "• Raymond T. Albrecht, SSN XXX-XX-2290, date of birth 10/11/1971\n"
                "• Lisa M. Albrecht, date of birth 02/19/1974\n"
                "for the periods 01/01/2021 through 12/31/2023, including employer name, address and FEIN."),
        ("p", "Do not write in this space"),
        ("kv", [["Business address and telephone number of IRS officer before whom you are to appear:",
                 "1616 Capitol Avenue, Suite 200, Omaha, NE 68102 — 402-555-0161"],
                ["Place and time for appearance at", "1616 Capitol Avenue, Suite 200, Omaha, NE, on the 2nd day of "
                 "June, 2025 at 9:00 o'clock a.m."]], [3.0, 3.6], {"bold": -1}),
        ("pc", "Issued under authority of the Internal Revenue Code this 6th day of May, 2025."),
        ("kv", [["~~Colleen R. Mulcahy~~\nSignature of issuing officer — Special Agent",
                 "~~Gerald P. Osterhaus~~\nSignature of approving officer (if applicable) — Supervisory Special Agent"]],
         [3.3, 3.3], {"bold": -1}),
        ("sm", "Catalog No. 21405J   www.irs.gov   Form 2039 (Rev. 12-2023)   Part C — to be given to person summoned"),
        ("pb",),
        ("h", "Provisions of the Internal Revenue Code"),
        ("p", "**Sec. 7602 (26 U.S.C. § 7602). Examination of books and witnesses.** (a) Authority to summon, etc. — "
              "For the purpose of ascertaining the correctness of any return, making a return where none has been "
              "made, determining the liability of any person for any internal revenue tax ..., or collecting any such "
              "liability, the Secretary is authorized to examine any books, papers, records, or other data which may "
              "be relevant or material to such inquiry; to summon the person liable for tax ... or any other person "
              "the Secretary may deem proper, to appear ... and to produce such books, papers, records, or other "
              "data, and to give such testimony, under oath, as may be relevant or material to such inquiry. "
              "(b) Purpose may include inquiry into offense."),
        ("p", "**Sec. 7603 (26 U.S.C. § 7603). Service of summons.** A summons issued under section 7602 shall be "
              "served by the Secretary, by an attested copy delivered in hand to the person to whom it is directed, "
              "or left at his last and usual place of abode; ... or by certified or registered mail."),
        ("p", "**Sec. 7604 (26 U.S.C. § 7604). Enforcement of summons.** (a) Jurisdiction of district court. — If "
              "any person is summoned under the internal revenue laws to appear, to testify, or to produce books, "
              "papers, records, or other data, the United States district court for the district in which such "
              "person resides or is found shall have jurisdiction by appropriate process to compel such attendance, "
              "testimony, or production of books, papers, records, or other data."),
        ("p", "**Sec. 7610 (26 U.S.C. § 7610). Fees and costs for witnesses.** ... **Sec. 7210 (26 U.S.C. § 7210). "
              "Failure to obey summons.** Any person who, being duly summoned to appear to testify, or to appear and "
              "produce books, accounts, records, memoranda, or other papers, as required under sections 7602, 7603, and "
              "7604(b), neglects to appear or to produce such books, "
              "accounts, records, memoranda, or other papers, shall, upon conviction thereof, be fined not more "
              "than $1,000, or imprisoned not more than 1 year, or both, together with costs of prosecution."),
    ]
    build_pdf(out("bx20.pdf"), cover + summons, fam="Sans", size=9.5, title="Form 2039", author="IRS-CI")
    return label("bx20", "born_digital", "IRS-CI cover letter + IRS summons Form 2039 with Code provisions page (two taxpayers)",
                 ("irs-ci", "Internal Revenue Service — Criminal Investigation, Omaha Post of Duty", "Colleen R. Mulcahy",
                  "Special Agent", "colleen.mulcahy@ci.irs.gov", "402-555-0161"),
                 [S("Raymond T. Albrecht", "1971-10-11", ("ssn_last4", "2290")), S("Lisa M. Albrecht", "1974-02-19")],
                 ["26 USC 7201", "NE Rev Stat 48-612.01", "26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7610",
                  "26 USC 7210"],
                 "administrative_subpoena", "Form 2039", "criminal_investigation", ["wages", "employment"], "mail")


# =========================================================================== bx21
@doc
def bx21():
    cover = [
        ("lh", ["U.S. Department of Homeland Security", "Homeland Security Investigations",
                "Office of the Special Agent in Charge — Boston",
                "1000 District Avenue, Burlington, MA 01803"]),
        ("p", "June 5, 2025"),
        ("p", "Massachusetts Registry of Motor Vehicles\nAttn: Legal / Law Enforcement Unit\n"
              "25 Newport Avenue Extension\nQuincy, MA 02171"),
        ("p", "Re: Search and Seizure Warrant, Case No. 25-mj-4187-MCD"),
        ("p", "Dear Sir or Madam:"),
        ("p", "HSI Boston is investigating an organization that obtains Massachusetts licenses and identification "
              "cards with counterfeit foreign passports and fraudulent immigration documents, in violation of "
              "18 U.S.C. § 1028 (fraud in connection with identification documents) and 18 U.S.C. § 1546 (fraud "
              "and misuse of visas, permits, and other documents). Enclosed is a search and seizure warrant issued "
              "under Rule 41 of the Federal Rules of Criminal Procedure by a United States Magistrate Judge for the "
              "District of Massachusetts. Please produce the records described in Attachment B of the warrant to the "
              "undersigned."),
        ("p", "Thank you for your assistance. I may be reached at (781) 555-0168 or diego.f.altamirano@hsi.dhs.gov."),
        ("p", "Respectfully,"),
        ("p", "For: Special Agent in Charge, HSI Boston"),
        ("sig", "Diego F. Altamirano"),
        ("p", "Diego F. Altamirano\nSpecial Agent\nDocument and Benefit Fraud Task Force"),
        ("pb",),
    ]
    ao93 = [
        ("sm", "AO 93 (Rev. 11/13) Search and Seizure Warrant"),
        ("h", "UNITED STATES DISTRICT COURT"),
        ("pc", "for the\nDistrict of Massachusetts"),
        ("kv", [["In the Matter of the Search of\n(Briefly describe the property to be searched or identify the "
                 "person by name and address)\nRECORDS MAINTAINED BY THE MASSACHUSETTS REGISTRY OF MOTOR VEHICLES "
                 "RELATING TO THE PERSONS IDENTIFIED IN ATTACHMENT A", "\nCase No. 25-mj-4187-MCD"]], [4.4, 2.2],
         {"bold": -1}),
        ("h", "SEARCH AND SEIZURE WARRANT"),
        ("p", "To: Any authorized law enforcement officer"),
        ("p", "An application by a federal law enforcement officer or an attorney for the government requests the "
              "search of the following person or property located in the District of Massachusetts (identify the "
              "person or describe the property to be searched and give its location): **See Attachment A.**"),
        ("p", "I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize "
              "the person or property described above, and that such search will reveal (identify the person or "
              "describe the property to be seized): **See Attachment B.**"),
        ("p", "YOU ARE COMMANDED to execute this warrant on or before **June 18, 2025** (not to exceed 14 days)\n"
              "☒ in the daytime 6:00 a.m. to 10:00 p.m.   ☐ at any time in the day or night because good cause has "
              "been established."),
        ("p", "Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
              "property taken to the person from whom, or from whose premises, the property was taken, or leave the "
              "copy and receipt at the place where the property was taken."),
        ("p", "The officer executing this warrant, or an officer present during the execution of the warrant, must "
              "prepare an inventory as required by law and promptly return this warrant and inventory to "
              "**Hon. Martina C. Delgado**.\n"
              "☐ Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result "
              "listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this "
              "warrant to delay notice to the person who, or whose property, will be searched or seized."),
        ("kv", [["Date and time issued: 06/04/2025 3:15 pm", "~~Martina C. Delgado~~\nJudge's signature"],
                ["City and state: Boston, MA", "Martina C. Delgado, U.S. Magistrate Judge\nPrinted name and title"]],
         [3.3, 3.3], {"bold": -1}),
        ("pb",),
        ("h", "ATTACHMENT A — Property to be searched"),
        ("p", "Records maintained by the Massachusetts Registry of Motor Vehicles, 25 Newport Avenue Extension, "
              "Quincy, Massachusetts, relating to the following persons:"),
        ("kv", [["Name", "Date of birth", "MA license / ID"],
                ["Edwin Yamil Rosario Colón", "9 Jan 1990", "S48213907"],
                ["Fatuma Abdi Hersi", "27 Apr 1995", "S77120453"],
                ["Ivana Kovačević", "1 Dec 1992", "none known"]], [2.8, 1.5, 2.0], {"bold": -1}),
        ("h", "ATTACHMENT B — Property to be seized"),
        ("p", "For the period January 1, 2021 to the present, all records constituting evidence of violations of "
              "18 U.S.C. §§ 1028 and 1546 relating to the persons in Attachment A, namely:\n"
              "1. All license, learner's permit and identification card applications, including digital photographs "
              "and signatures;\n2. Copies of all identity documents submitted in support of any application, "
              "including passports, birth certificates, Social Security cards and immigration documents;\n"
              "3. All residential and mailing addresses of record and records of address changes."),
    ]
    data = pdf_bytes(cover + ao93, fam="Serif", size=10)
    imgs = rasterize(data, 240, "bx21")
    rng = np.random.default_rng(2121)
    pages = [scan_page(imgs[0], rng, 0.5, noise=5),
             scan_page(imgs[1], rng, -1.0, noise=5),
             scan_page(imgs[2], rng, 0.7, noise=5, turn=180)]
    save_scanned(out("bx21.pdf"), pages, 240, quality=50)
    return label("bx21", "scanned", "HSI cover letter + AO 93 search and seizure warrant with Attachments A/B (3 subjects); last page upside down",
                 ("dhs-ice-hsi", "Homeland Security Investigations, Office of the Special Agent in Charge — Boston",
                  "Diego F. Altamirano", "Special Agent", "diego.f.altamirano@hsi.dhs.gov", "(781) 555-0168"),
                 [S("Edwin Yamil Rosario Colón", "1990-01-09", ("license", "S48213907")),
                  S("Fatuma Abdi Hersi", "1995-04-27", ("license", "S77120453")),
                  S("Ivana Kovačević", "1992-12-01")],
                 ["18 USC 1028", "18 USC 1546", "FRCrP 41", "18 USC 3103a", "18 USC 2705"], "judicial_warrant", "AO 93",
                 "criminal_investigation", ["license", "photo", "identity_documents", "address"], "mail")


# =========================================================================== bx22
@doc
def bx22():
    body = """Here's the case info you asked for.

NYSP Case No. 12811940
Offenses under investigation: Grand Larceny 2nd Degree, PL § 155.40, and
Identity Theft 1st Degree, PL § 190.80.

Subject info again for convenience:

1) DUNLEAVY, Colm Patrick - DOB 08/19/1983 - NY Client ID 456 789 123
2) SZYMAŃSKA, Renata - DOB 02/11/1990 - no NY license found in our query

Still looking for the license photos, current addresses and registration
history for both. Thanks for your help.

Inv. Siobhan M. Keegan
New York State Police - Bureau of Criminal Investigation
Troop G, Major Crimes Unit
Latham, NY | (518) 555-0137


From: DMV Law Enforcement Records <dmv.le.records@dmv.ny.gov>
Sent: Monday, June 9, 2025 2:14 PM
To: Keegan, Siobhan M (TROOPERS) <siobhan.keegan@troopers.ny.gov>
Subject: RE: Request for DMV records - NYSP BCI

Investigator Keegan,

Before we can process this request we need the agency case number and the
offense under investigation, per DMV policy under VTL § 202 and the federal
Driver's Privacy Protection Act (18 U.S.C. 2721). Please reply to this
message with that information.

Regards,
J. Alvarez
Records Unit, Law Enforcement Requests
NYS Department of Motor Vehicles

> From: Keegan, Siobhan M (TROOPERS) <siobhan.keegan@troopers.ny.gov>
> Sent: Monday, June 9, 2025 10:02 AM
> To: DMV Law Enforcement Records <dmv.le.records@dmv.ny.gov>
> Subject: Request for DMV records - NYSP BCI
>
> Good morning,
>
> I need the license photo, current address and registration history for the
> two subjects below. They are suspects in a scheme involving vehicles
> purchased with stolen identities.
>
> DUNLEAVY, Colm Patrick  DOB 08/19/1983  Client ID 456789123
> SZYMANSKA, Renata  DOB 02/11/1990
>
> Thank you,
> Inv. S. Keegan, NYSP BCI
"""
    m = email_msg('"Keegan, Siobhan M (TROOPERS)" <siobhan.keegan@troopers.ny.gov>',
                  '"DMV Law Enforcement Records" <dmv.le.records@dmv.ny.gov>',
                  "RE: Request for DMV records - NYSP BCI", datetime(2025, 6, 10, 8, 31, tzinfo=tz(-4)),
                  body=body, msgid="<MN2PR09MB5533B@MN2PR09MB5533.namprd09.prod.outlook.com>",
                  in_reply_to="<BL1PR09MB40221A@BL1PR09MB4022.namprd09.prod.outlook.com>")
    write_eml(out("bx22.eml"), m, 122)
    return label("bx22", "eml", "state police investigator's reply quoting the DMV clerk's question and her original request",
                 ("state-police", "New York State Police - Bureau of Criminal Investigation", "Siobhan M. Keegan",
                  "Investigator", "siobhan.keegan@troopers.ny.gov", "(518) 555-0137"),
                 [S("Colm Patrick Dunleavy", "1983-08-19", ("license", "456789123")),
                  S("Renata Szymańska", "1990-02-11")],
                 ["NY PL 155.40", "NY PL 190.80", "NY VTL 202", "18 USC 2721"], "none", None,
                 "criminal_investigation", ["photo", "address", "vehicle"], "email")


# =========================================================================== bx23
@doc
def bx23():
    cover = [
        ("lh", ["HENNEPIN COUNTY SHERIFF'S OFFICE", "Sheriff Curtis J. Hallberg",
                "Investigations Division — Violent Crimes Unit",
                "350 South Fifth Street, Room 6, Minneapolis, MN 55415"]),
        ("p", "Date: 05/19/2025"),
        ("p", "To: Minnesota Department of Public Safety, Driver and Vehicle Services — Records Unit\n"
              "445 Minnesota Street, Suite 168, St. Paul, MN 55101"),
        ("p", "Re: Search Warrant — HCSO Case 25-017733"),
        ("p", "Attached is a search warrant signed today by the Honorable Steven A. Lindgren, Hennepin County "
              "District Court, for DVS records of the person named in the warrant. Please return the records to me "
              "by e-mail (andrea.fuentes@hennepin.us). A completed receipt/inventory is requested for our return "
              "to the court."),
        ("sig", "Andrea L. Fuentes"),
        ("p", "Detective Andrea L. Fuentes\nViolent Crimes Unit\n612-555-0114"),
        ("pb",),
    ]
    warrant = [
        ("kvn", [["STATE OF MINNESOTA", "DISTRICT COURT"], ["COUNTY OF HENNEPIN", "FOURTH JUDICIAL DISTRICT"]],
         [3.3, 3.3], {"bold": 0}),
        ("pr", "Court File No. 27-SW-25-1432"),
        ("h", "SEARCH WARRANT"),
        ("p", "THE STATE OF MINNESOTA, TO THE SHERIFF OR ANY PEACE OFFICER OF HENNEPIN COUNTY, OR ANY OTHER PEACE "
              "OFFICER IN THE STATE OF MINNESOTA:"),
        ("p", "WHEREAS, Detective Andrea L. Fuentes has this day on oath made application to the said Court applying "
              "for issuance of a search warrant to search the following described location: records maintained by "
              "the Minnesota Department of Public Safety, Driver and Vehicle Services Division, 445 Minnesota "
              "Street, St. Paul, Minnesota, including electronically stored records, for the following described "
              "property and things:"),
        ("box", "All driver license and identification card records for ÓSCAR MANUEL QUIÑONES VEGA, DOB 03/21/1989, "
                "MN DL Q152-447-893-210, including the application, digitized photograph, all addresses of record, "
                "and all vehicles registered in his name since January 1, 2024."),
        ("p", "WHEREAS, the application and supporting affidavit of Detective Andrea L. Fuentes was duly presented "
              "and read by the Court, and being fully advised in the premises, the Court finds that probable cause "
              "exists for the issuance of a search warrant upon the following grounds (Minn. Stat. § 626.07):\n"
              "☐ The property above-described was stolen or embezzled.\n"
              "☐ The property above-described was used as a means of committing a crime.\n"
              "☒ The property above-described constitutes evidence which tends to show a crime has been committed, "
              "or tends to show that a particular person has committed a crime."),
        ("p", "The Court further finds that probable cause exists to believe that the above-described property and "
              "things are at the above-described location, and that the offenses under investigation are "
              "Assault in the Second Degree, Minn. Stat. § 609.222, and Drive-By Shooting, Minn. Stat. § 609.66, "
              "subd. 1e. The victim, Tobias Greer, was struck by gunfire on 05/11/2025."),
        ("p", "NOW, THEREFORE, YOU, the peace officer(s) aforesaid, ARE HEREBY COMMANDED, pursuant to Minn. Stat. "
              "§§ 626.05 to 626.08, to search the described location for the described property and things, and to "
              "seize said property and things and retain them in custody subject to court order and according to "
              "law. Data released by DVS pursuant to this warrant is governed by Minn. Stat. § 171.12."),
        ("kv", [["BY THE COURT:\n\n~~Steven A. Lindgren~~\nHon. Steven A. Lindgren\nJudge of District Court",
                 "Date: 05/19/2025\nTime: 11:05 a.m."]], [3.6, 3.0], {"bold": -1}),
        ("sm", "RECEIPT, INVENTORY AND RETURN to be filed with the Court Administrator within 10 days of execution."),
    ]
    build_pdf(out("bx23.pdf"), cover + warrant, fam="Serif", size=10.5, footer="HCSO — Law Enforcement Sensitive",
              footer_r="Page {p}", title="27-SW-25-1432", author="HCSO")
    return label("bx23", "born_digital", "sheriff's detective cover memo + Minnesota district court search warrant",
                 ("sheriff", "Hennepin County Sheriff's Office", "Andrea L. Fuentes", "Detective",
                  "andrea.fuentes@hennepin.us", "612-555-0114"),
                 [S("Óscar Manuel Quiñones Vega", "1989-03-21", ("license", "Q152447893210"))],
                 ["MN Stat 626.07", "MN Stat 609.222", "MN Stat 609.66", "MN Stat 626.05", "MN Stat 626.08",
                  "MN Stat 171.12"], "judicial_warrant", None, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "mail")


# =========================================================================== bx24
@doc
def bx24():
    blocks = [
        ("lh", ["OFFICE OF THE DISTRICT ATTORNEY, KINGS COUNTY", "Frauds Bureau",
                "350 Jay Street, Brooklyn, New York 11201-2908"]),
        ("h", "FAX TRANSMITTAL"),
        ("kv", [["To", "NYS Department of Labor — Counsel's Office, Subpoena Compliance"],
                ["Fax", "518-555-0108"], ["From", "ADA Nathaniel Chu"], ["Phone", "718-555-0129"],
                ["Date", "June 24, 2025"], ["Pages (incl. cover)", "3"],
                ["Re", "Grand Jury Subpoena Duces Tecum — UI and wage records"]], [1.8, 4.6], {"shade": 1}),
        ("p", "Please find the attached subpoena. A business-records certification under CPLR 3122-a is attached for "
              "your convenience; if the records are produced with a completed certification, no personal appearance "
              "is required. E-mail: chun@brooklynda.org."),
        ("sm", "CONFIDENTIALITY NOTICE: This transmission relates to a grand jury proceeding. Grand jury proceedings "
               "are secret and disclosure is prohibited by CPL § 190.25(4). If you received this fax in error, notify "
               "the sender immediately and destroy all copies."),
        ("pb",),
        ("pr", "GJ No. 2025-0447\nDA File 25-F-1183"),
        ("h", "SUBPOENA DUCES TECUM FOR A GRAND JURY"),
        ("pc", "THE PEOPLE OF THE STATE OF NEW YORK"),
        ("p", "TO: Custodian of Records, New York State Department of Labor, Building 12, W.A. Harriman State Office "
              "Campus, Albany, New York 12240"),
        ("p", "GREETINGS: WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before "
              "the GRAND JURY of the County of Kings, at 350 Jay Street, 19th Floor, Brooklyn, New York, on "
              "**July 15, 2025 at 10:00 AM**, and at any recessed or adjourned date, to testify and give evidence in "
              "a criminal proceeding concerning possible violations of Penal Law § 190.65 (scheme to defraud in the "
              "first degree), and that you bring with you and produce:"),
        ("box", "Any and all unemployment insurance claim records, employer wage reporting records (Form NYS-45), and "
                "addresses of record, for the period 01/01/2022 to the present, for the following individuals:\n"
                "  MUNTEANU, Bogdan Ilie — DOB 6/30/1985\n  EZE, Ngozi Chiamaka — DOB 1/17/1993"),
        ("p", "Failure to comply with this subpoena is punishable as a contempt of Court and may make you liable to "
              "the person on whose behalf this subpoena was issued for a penalty not to exceed fifty dollars and all "
              "damages sustained by reason of your failure to comply. (CPL § 610.20; CPLR 2308.)"),
        ("p", "WITNESS, HONORABLE RAYMOND P. OKAFOR, one of the Justices of the Supreme Court of the State of New York, "
              "at Brooklyn, N.Y., on June 23, 2025."),
        ("kv", [["MARGARET T. OSEI-BONSU\nDistrict Attorney, Kings County",
                 "By: ~~Nathaniel Chu~~\nNathaniel Chu, Assistant District Attorney\n718-555-0129"]], [3.3, 3.3],
         {"bold": -1}),
        ("pb",),
        ("h", "CERTIFICATION OF BUSINESS RECORDS\n(CPLR 3122-a and CPLR 4518)"),
        ("p", "I, ______________________, do hereby certify under penalty of perjury:"),
        ("p", "1. I am the duly authorized custodian or other qualified witness of the records of the New York State "
              "Department of Labor and have the authority to make this certification.\n"
              "2. The records produced with this certification are accurate versions of the documents described in "
              "the subpoena duces tecum that are in the possession, custody, or control of the Department.\n"
              "3. The records were made in the regular course of business, and it was the regular course of business "
              "to make such records at the time of the act, transaction, occurrence or event recorded, or within a "
              "reasonable time thereafter."),
        ("kv", [["Signature", ""], ["Print name / title", ""], ["Date", ""]], [2.0, 4.4], {"shade": 1}),
    ]
    data = pdf_bytes(blocks, fam="Serif", size=10)
    imgs = rasterize(data, 200, "bx24")
    rng = np.random.default_rng(2424)
    n = len(imgs)
    pages = [fax_page(im, "JUN-24-2025 14:02  KINGS CO DA FRAUDS BUREAU  718 555 0129   P.%02d/%02d" % (i + 1, n),
                      rng, angle=0.2 - 0.3 * i) for i, im in enumerate(imgs)]
    save_fax(out("bx24.tif"), pages)
    return label("bx24", "fax", "county DA fax cover + New York grand jury subpoena duces tecum + CPLR 3122-a certification",
                 ("district-attorney", "Office of the District Attorney, Kings County", "Nathaniel Chu",
                  "Assistant District Attorney", "chun@brooklynda.org", "718-555-0129"),
                 [S("Bogdan Ilie Munteanu", "1985-06-30"), S("Ngozi Chiamaka Eze", "1993-01-17")],
                 ["NY CPLR 3122-a", "NY CPL 190.25", "NY PL 190.65", "NY CPL 610.20", "NY CPLR 2308", "NY CPLR 4518"],
                 "grand_jury_subpoena", None, "criminal_investigation", ["claims", "wages", "employment", "address"],
                 "fax")


# =========================================================================== bx25
@doc
def bx25():
    text = """Hi,

I'm working a series of mail thefts and stolen/altered checks out of the
Waterbury and Naugatuck post offices (18 U.S.C. 1708 and 18 U.S.C. 513). Could
you pull the current address and DL photo for these two?

1) Jaylen R. Mercado, DOB 02/25/2001
2) ORTIZ, Yesenia - dob 10-06-1999 - CT DL 180114476

Requested under the DPPA, 18 USC 2721(b)(1), and C.G.S. 14-10 for law
enforcement use. Happy to send a formal letter on letterhead if you need one.

Thanks!
Lena

--
Lena K. Marchetti
U.S. Postal Inspector
U.S. Postal Inspection Service | Boston Division - Hartford Domicile
(860) 555-0193 | lkmarchetti@uspis.gov
"""
    htmlb = """<html><body style="font-family:Aptos,Arial,sans-serif">
<p>Hi,</p>
<p>I'm working a series of mail thefts and stolen/altered checks out of the Waterbury and Naugatuck post
offices (18 U.S.C. 1708 and 18 U.S.C. 513). Could you pull the current address and DL photo for these two?</p>
<ol><li>Jaylen R. Mercado, DOB 02/25/2001</li>
<li>ORTIZ, Yesenia &ndash; dob 10-06-1999 &ndash; CT DL 180114476</li></ol>
<p>Requested under the DPPA, 18 USC 2721(b)(1), and C.G.S. 14-10 for law enforcement use. Happy to send a
formal letter on letterhead if you need one.</p>
<p>Thanks!<br>Lena</p>
<p>--<br><b>Lena K. Marchetti</b><br>U.S. Postal Inspector<br>U.S. Postal Inspection Service | Boston Division
&ndash; Hartford Domicile<br>(860) 555-0193 | lkmarchetti@uspis.gov</p>
</body></html>
"""
    m = email_msg('"Marchetti, Lena K - Hartford, CT" <lkmarchetti@uspis.gov>',
                  "DMV.LawEnforcement@ct.gov", "Photo/address request - mail theft investigation",
                  datetime(2025, 3, 13, 16, 20, tzinfo=tz(-4)), body=text, html_body=htmlb,
                  msgid="<PH0PR11MB4967E@PH0PR11MB4967.namprd11.prod.outlook.com>")
    write_eml(out("bx25.eml"), m, 125)
    return label("bx25", "eml", "short informal multipart/alternative e-mail from a postal inspector, 2 subjects",
                 ("usps-uspis", "U.S. Postal Inspection Service, Boston Division", "Lena K. Marchetti",
                  "U.S. Postal Inspector", "lkmarchetti@uspis.gov", "(860) 555-0193"),
                 [S("Jaylen R. Mercado", "2001-02-25"), S("Yesenia Ortiz", "1999-10-06", ("license", "180114476"))],
                 ["18 USC 1708", "18 USC 513", "18 USC 2721", "CGS 14-10"], "none", None, "criminal_investigation",
                 ["address", "photo"], "email")


# =========================================================================== bx26
@doc
def bx26():
    txt = """From: noreply-dmvportal@nebraska.gov
Subject: [LE Inquiry] New submission NEDMV-LE-0093321

NEBRASKA DEPARTMENT OF MOTOR VEHICLES
DRIVER RECORD - LAW ENFORCEMENT INQUIRY (WEB)

Confirmation:            NEDMV-LE-0093321
Submitted:               03/31/2025 08:14:55 CDT

Agency:                  Omaha Police Department - Northeast Precinct
Officer Name:            Ofc. Tyler J. Brandt
Badge/ID:                2094
Email:                   tyler.brandt@cityofomaha.org
Phone:                   402-555-0172
Case/Report Number:
Purpose of Request:      need current address to make contact

Subject Last Name:       JAMA
Subject First Name:      Fadumo
Subject Middle Name:     Ali
Subject DOB:             04/12/1997
Driver License Number:
State:                   NE

Information Requested:   Current address; Phone number on file

Certification:           [X] By submitting this form I certify that this request is
                         for use by a government agency, including a court or law
                         enforcement agency, in carrying out its functions, as
                         permitted by the Driver's Privacy Protection Act,
                         18 U.S.C. 2721(b)(1), and the Uniform Motor Vehicle
                         Records Disclosure Act, Neb. Rev. Stat. 60-2901 to
                         60-2913.

-- This message was generated automatically by the NDMV LE Portal. --
"""
    with open(out("bx26.txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    return label("bx26", "txt", "auto-generated web-portal notification; officer gives no case number or crime",
                 ("local-police", "Omaha Police Department - Northeast Precinct", "Tyler J. Brandt", "Officer",
                  "tyler.brandt@cityofomaha.org", "402-555-0172"),
                 [S("Fadumo Ali Jama", "1997-04-12")],
                 ["18 USC 2721", "NE Rev Stat 60-2901", "NE Rev Stat 60-2913"], "none", None, "unknown",
                 ["address", "phone"], "email")


# =========================================================================== bx27
@doc
def bx27():
    cover = [
        ("lh", ["U.S. Department of Justice", "United States Attorney", "Eastern District of Pennsylvania"]),
        ("kvn", [["Priya S. Raman\nAssistant United States Attorney\nCivil Division",
                  "615 Chestnut Street, Suite 1250\nPhiladelphia, Pennsylvania 19106-4476\n"
                  "(215) 555-0187\npriya.raman@usdoj.gov"]], [3.3, 3.3], {"bold": -1}),
        ("p", "July 1, 2025"),
        ("p", "VIA FEDEX\nCustodian of Records\nPennsylvania Department of Human Services\nOffice of Long-Term Living\n"
              "625 Forster Street\nHarrisburg, PA 17120"),
        ("p", "Re: United States ex rel. Dalton v. Keystone Home Health Partners, LLC, et al., "
              "Civil Action No. 2:23-cv-04412 (E.D. Pa.)"),
        ("p", "Dear Custodian:"),
        ("p", "The United States has intervened in the above qui tam action under the False Claims Act, "
              "31 U.S.C. §§ 3729–3733. Enclosed is a subpoena issued under Federal Rule of Civil Procedure 45 for "
              "records of the Office of Long-Term Living concerning three direct-care workers who were enrolled as "
              "attendants under the defendant agency. The production may include protected health information; a "
              "qualified protective order satisfying 45 C.F.R. § 164.512(e) has been entered and a copy is enclosed."),
        ("p", "In lieu of appearance, you may produce the records electronically to me on or before the date in the "
              "subpoena. Please call me if you would like to discuss the scope or timing."),
        ("p", "Sincerely,"),
        ("p", "CHARLES E. WETHERILL\nUnited States Attorney"),
        ("sig", "/s/ Priya S. Raman"),
        ("p", "PRIYA S. RAMAN\nAssistant United States Attorney"),
        ("sm", "Enclosures\ncc: Counsel of record (w/ encl.)"),
        ("pb",),
    ]
    sub = [
        ("sm", "AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of "
               "Premises in a Civil Action"),
        ("h", "UNITED STATES DISTRICT COURT"),
        ("pc", "for the\nEastern District of Pennsylvania"),
        ("kv", [["UNITED STATES ex rel. MARCY DALTON\n          Plaintiff\n     v.\n"
                 "KEYSTONE HOME HEALTH PARTNERS, LLC, et al.\n          Defendant",
                 "\n\nCivil Action No. 2:23-cv-04412"]], [4.0, 2.6], {"bold": -1}),
        ("h", "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS\nOR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION"),
        ("p", "To: Custodian of Records, Pennsylvania Department of Human Services, Office of Long-Term Living, "
              "625 Forster Street, Harrisburg, PA 17120"),
        ("p", "☒ **Production:** YOU ARE COMMANDED to produce at the time, date, and place set forth below the "
              "following documents, electronically stored information, or objects, and to permit inspection, "
              "copying, testing, or sampling of the material: **See Schedule A.**"),
        ("kv", [["Place: U.S. Attorney's Office, 615 Chestnut Street, Suite 1250, Philadelphia, PA 19106 (or by "
                 "secure electronic transfer)", "Date and Time:\n07/31/2025 10:00 am"]], [4.4, 2.2], {"bold": -1}),
        ("p", "☐ **Inspection of Premises:** YOU ARE COMMANDED to permit entry onto the designated premises ..."),
        ("p", "The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of "
              "compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) "
              "and (g), relating to your duty to respond to this subpoena and the potential consequences of not "
              "doing so."),
        ("kv", [["Date: 06/30/2025", "CLERK OF COURT\n\n________________________\nSignature of Clerk or Deputy Clerk"],
                ["", "OR   ~~/s/ Priya S. Raman~~\nAttorney's signature"]], [3.3, 3.3], {"bold": -1}),
        ("p", "The name, address, e-mail address, and telephone number of the attorney representing (name of party) "
              "**United States of America**, who issues or requests this subpoena, are: Priya S. Raman, AUSA, "
              "615 Chestnut Street, Suite 1250, Philadelphia, PA 19106; priya.raman@usdoj.gov; (215) 555-0187."),
        ("box", "**Notice to the person who issues or requests this subpoena**\nIf this subpoena commands the "
                "production of documents, electronically stored information, or tangible things or the inspection "
                "of premises before trial, a notice and a copy of the subpoena must be served on each party in this "
                "case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4)."),
        ("pb",),
        ("h", "SCHEDULE A"),
        ("p", "For the period January 1, 2019 through December 31, 2023, produce the following records concerning "
              "the direct-care workers listed below:"),
        ("kv", [["Worker", "Date of birth"],
                ["Svetlana P. Kuznetsova", "September 2, 1979"],
                ["Brianna L. Tolliver", "June 8, 1994"],
                ["Abdullahi Hassan Farah", "January 25, 1986"]], [3.0, 2.2], {"bold": -1}),
        ("p", "1. Attendant enrollment and provider-agreement records, including home addresses reported;\n"
              "2. Dates of employment or assignment with Keystone Home Health Partners, LLC;\n"
              "3. Electronic visit verification records, timesheets, and hours billed;\n"
              "4. Payroll and payment records reflecting wages paid to each worker."),
        ("sp", 8),
        ("h", "Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)"),
        ("sm", "(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to "
               "attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person "
               "resides, is employed, or regularly transacts business in person ... (2) For Other Discovery. A "
               "subpoena may command: (A) production of documents, electronically stored information, or tangible "
               "things at a place within 100 miles of where the person resides, is employed, or regularly transacts "
               "business in person; and (B) inspection of premises at the premises to be inspected.\n"
               "(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; "
               "Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable "
               "steps to avoid imposing undue burden or expense on a person subject to the subpoena ...\n"
               "(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored "
               "Information ... (2) Claiming Privilege or Protection ...\n"
               "(g) Contempt. The court for the district where compliance is required — and also, after a motion is "
               "transferred, the issuing court — may hold in contempt a person who, having been served, fails without "
               "adequate excuse to obey the subpoena or an order related to it."),
    ]
    build_pdf(out("bx27.pdf"), cover + sub, fam="Serif", size=10, title="Subpoena 2:23-cv-04412", author="USAO-EDPA")
    return label("bx27", "born_digital", "AUSA civil-division cover letter + AO 88B civil subpoena (qui tam), Schedule A with 3 workers",
                 ("doj-usao", "United States Attorney's Office, Eastern District of Pennsylvania", "Priya S. Raman",
                  "Assistant United States Attorney", "priya.raman@usdoj.gov", "(215) 555-0187"),
                 [S("Svetlana P. Kuznetsova", "1979-09-02"), S("Brianna L. Tolliver", "1994-06-08"),
                  S("Abdullahi Hassan Farah", "1986-01-25")],
                 ["31 USC 3729", "31 USC 3733", "FRCP 45", "45 CFR 164.512"], "court_subpoena", "AO 88B", "unknown",
                 ["address", "employment", "wages", "other"], "mail")


# =========================================================================== bx28
@doc
def bx28():
    form = [
        ("kv", [["STATE OF NORTH CAROLINA\nMecklenburg County", "File No.\n24 CRS 218844"],
                ["In The General Court Of Justice\n☐ District  ☒ Superior Court Division", ""]], [4.4, 2.2],
         {"bold": -1}),
        ("kv", [["STATE", "versus", "TREVON MARQUISE GAITHER"]], [1.8, 1.0, 3.8], {"bold": -1}),
        ("h", "SUBPOENA"),
        ("pc", "G.S. 1A-1, Rule 45; 8-59; 15A-801; 15A-802"),
        ("p", "Party Requesting Subpoena: ☒ State/Plaintiff  ☐ Defendant      ☐ Judgment Creditor"),
        ("kv", [["Name And Address Of Person Subpoenaed",
                 "Custodian of Records\nNC Division of Employment Security\n700 Wade Avenue\nRaleigh, NC 27605"]],
         [2.6, 4.0], {"bold": 0}),
        ("p", "**YOU ARE COMMANDED TO:** (check all that apply)\n"
              "☒ appear and testify, in the above entitled action, before the court at the place, date and time "
              "indicated below.\n"
              "☒ produce and permit inspection and copying of the following items, at the place, date and time "
              "indicated below:\n"
              "   All employer quarterly wage reports and all unemployment insurance claim records (applications, "
              "weekly certifications, payment history) for TREVON MARQUISE GAITHER, DOB 11/14/1996, SSN ending "
              "4417, for January 2023 through present."),
        ("kv", [["Name And Location Of Court/Place Of Deposition/Place To Produce\n"
                 "Mecklenburg County Courthouse, 832 East Fourth Street, Courtroom 5350, Charlotte, NC 28202",
                 "Date To Appear: 08/11/2025\nTime: 9:30 AM"]], [4.4, 2.2], {"bold": -1}),
        ("kv", [["Name And Address Of Applicant Or Applicant's Attorney\nWhitney A. Broadnax, Assistant District "
                 "Attorney\nOffice of the District Attorney, 26th Prosecutorial District\n700 East Trade Street, "
                 "Charlotte, NC 28202\nTelephone No. (704) 555-0165",
                 "Date: 07/08/2025\nSignature: ~~Monica T. Greer~~\n☒ Deputy CSC  ☐ Assistant CSC  ☐ Clerk Of "
                 "Superior Court  ☐ Magistrate  ☐ Attorney/DA"]], [3.6, 3.0], {"bold": -1}),
        ("sm", "NOTE TO PERSON SUBPOENAED: You may produce the records by mailing certified copies, with an affidavit "
               "of the custodian, as provided in G.S. 8-44.1 and Rule 45(c). You are entitled to witness fees. If you "
               "have questions about being subpoenaed, contact the person who requested the subpoena."),
        ("sm", "AOC-G-100, Rev. 7/23   © 2023 Administrative Office of the Courts   (Over)"),
    ]
    att = pdf_bytes(form, fam="Cond", size=9.5, title="AOC-G-100")
    body = """Good morning,

Please see the attached subpoena duces tecum in State v. Gaither, 24 CRS 218844
(Mecklenburg Co. Superior Court). The defendant is charged with obtaining
property by false pretenses, G.S. 14-100, arising out of a UI claim scheme.
Trial is set for the week of August 11.

If DES can send certified copies of the wage and claim records with a custodian
affidavit (N.C. R. Evid. 803(6)), we will not need anyone from your office to
appear. I understand disclosure to a prosecutor is permitted under
N.C.G.S. 96-4(x).

Thank you,

Whitney A. Broadnax
Assistant District Attorney
Office of the District Attorney, 26th Prosecutorial District
700 E. Trade Street, Charlotte, NC 28202
(704) 555-0165
"""
    m = email_msg('"Broadnax, Whitney A." <Whitney.A.Broadnax@nccourts.org>',
                  '"DES Legal - Subpoenas" <des.subpoenas@commerce.nc.gov>',
                  "Subpoena duces tecum - State v. Gaither, 24CRS218844",
                  datetime(2025, 7, 8, 10, 17, tzinfo=tz(-4)), body=body,
                  attachments=[(att, "application", "pdf", "Gaither_DES_subpoena.pdf")],
                  msgid="<CO1PR09MB7799F@CO1PR09MB7799.namprd09.prod.outlook.com>")
    write_eml(out("bx28.eml"), m, 128)
    return label("bx28", "eml", "ADA e-mail with attached North Carolina AOC-G-100 subpoena (criminal trial)",
                 ("district-attorney", "Office of the District Attorney, 26th Prosecutorial District",
                  "Whitney A. Broadnax", "Assistant District Attorney", "Whitney.A.Broadnax@nccourts.org",
                  "(704) 555-0165"),
                 [S("Trevon Marquise Gaither", "1996-11-14", ("ssn_last4", "4417"))],
                 ["NC CivP 45", "NCGS 8-59", "NCGS 15A-801", "NCGS 15A-802", "NCGS 8-44.1", "NCGS 14-100",
                  "NC R Evid 803", "NCGS 96-4"],
                 "court_subpoena", "AOC-G-100", "criminal_investigation", ["wages", "employment", "claims"], "email")


# =========================================================================== bx29
@doc
def bx29():
    cover = [
        ("lh", ["U.S. Department of Labor", "Office of Inspector General — Office of Investigations",
                "Labor Racketeering and Fraud — Chicago Region",
                "230 South Dearborn Street, Suite 774, Chicago, IL 60604"]),
        ("p", "June 20, 2025"),
        ("p", "Custodian of Records\nIowa Workforce Development\nUnemployment Insurance Division\n"
              "1000 East Grand Avenue\nDes Moines, Iowa 50319"),
        ("p", "Re: OIG Subpoena No. OIG-25-CH-0217"),
        ("p", "Dear Custodian:"),
        ("p", "The U.S. Department of Labor, Office of Inspector General, is investigating a scheme to obtain "
              "unemployment insurance benefits from Iowa Workforce Development using stolen identities, in "
              "violation of 18 U.S.C. §§ 1343 and 1028A. Enclosed is an Inspector General subpoena for claim and "
              "wage records relating to two claimants. Disclosure of this information to the OIG is permitted by "
              "20 C.F.R. § 603.5 and Iowa Code § 96.11(6)."),
        ("p", "Records may be produced electronically to me at ochoa-lindgren.mariana@oig.dol.gov. Please contact me "
              "at (312) 555-0154 with any questions."),
        ("p", "Sincerely,"),
        ("sig", "Mariana Ochoa-Lindgren"),
        ("p", "Mariana Ochoa-Lindgren\nSpecial Agent"),
        ("pb",),
    ]
    sub = [
        ("pc", "UNITED STATES DEPARTMENT OF LABOR\nOFFICE OF INSPECTOR GENERAL"),
        ("h", "SUBPOENA DUCES TECUM"),
        ("pr", "No. OIG-25-CH-0217"),
        ("p", "TO: Custodian of Records, Iowa Workforce Development, Unemployment Insurance Division, 1000 East Grand "
              "Avenue, Des Moines, Iowa 50319"),
        ("p", "YOU ARE HEREBY REQUIRED to produce the records described in the attached Schedule to Special Agent "
              "Mariana Ochoa-Lindgren, U.S. Department of Labor, Office of Inspector General, 230 South Dearborn "
              "Street, Suite 774, Chicago, Illinois 60604, on or before **July 21, 2025**, in connection with an "
              "investigation being conducted by the Office of Inspector General."),
        ("p", "This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. "
              "§ 406(a)(4). In case of contumacy or refusal to obey, this subpoena shall be enforceable by order of "
              "an appropriate United States District Court."),
        ("kv", [["IN WITNESS WHEREOF, I have hereunto set my hand this 18th day of June, 2025.",
                 "~~Anthony R. Merriweather~~\nANTHONY R. MERRIWEATHER\nActing Inspector General\n"
                 "U.S. Department of Labor"]], [3.3, 3.3], {"bold": -1}),
        ("h", "SCHEDULE"),
        ("p", "For the period March 1, 2023 to the present, all records relating to unemployment insurance claims "
              "filed in the names of, and all wage records reported for:"),
        ("kv", [["TRAN, Hung Van", "DOB 07/07/1982", "SSN xxx-xx-5120"],
                ["SCHROEDER, Kimberly Ann", "DOB 03/30/1977", "SSN xxx-xx-0846"]], [2.6, 1.8, 2.0], {"bold": 0}),
        ("p", "including: (a) initial and continued claims, with all addresses, telephone numbers and e-mail "
              "addresses provided; (b) IP addresses and device identifiers associated with each filing; (c) payment "
              "records, including bank account and debit card information; and (d) employer wage reports."),
    ]
    build_pdf(out("bx29.pdf"), cover + sub, fam="Sans", size=10, footer="FOR OFFICIAL USE ONLY — Law Enforcement Sensitive",
              title="OIG-25-CH-0217", author="DOL-OIG")
    return label("bx29", "born_digital", "DOL-OIG agent cover letter + Inspector General subpoena duces tecum with schedule",
                 ("dol-oig", "U.S. Department of Labor, Office of Inspector General, Office of Investigations",
                  "Mariana Ochoa-Lindgren", "Special Agent", "ochoa-lindgren.mariana@oig.dol.gov", "(312) 555-0154"),
                 [S("Hung Van Tran", "1982-07-07", ("ssn_last4", "5120")),
                  S("Kimberly Ann Schroeder", "1977-03-30", ("ssn_last4", "0846"))],
                 ["18 USC 1343", "18 USC 1028A", "20 CFR 603.5", "IA Code 96.11", "5 USC 406"],
                 "administrative_subpoena", None, "criminal_investigation",
                 ["claims", "benefits", "address", "phone", "email", "wages", "other"], "mail")


# =========================================================================== bx30
@doc
def bx30():
    cover = [
        ("lh", ["STATE OF CONNECTICUT", "DIVISION OF CRIMINAL JUSTICE",
                "Office of the State's Attorney — Judicial District of Hartford",
                "300 Corporate Place, Rocky Hill, CT 06067"]),
        ("kvn", [["SHARMILA V. DESAI\nState's Attorney", "May 29, 2025"]], [4.0, 2.6], {"bold": -1}),
        ("p", "Department of Social Services\nOffice of Legal Counsel, Regulations and Administrative Hearings\n"
              "55 Farmington Avenue\nHartford, CT 06105"),
        ("p", "RE: State v. Angela María Rivera-Santos and José Ángel Colón Rivera — ex parte order for records"),
        ("p", "Enclosed is an order of the Superior Court directing the Department to produce eligibility and benefit "
              "records for the two persons named in the order. Please contact me to arrange delivery of the "
              "records; they may be provided on encrypted media or through the Division's secure file-transfer site."),
        ("sig", "Thomas J. Caruso"),
        ("p", "Thomas J. Caruso\nInspector\n(860) 555-0143 | thomas.caruso@ct.gov"),
        ("sm", "Enc."),
        ("pb",),
    ]
    order = [
        ("kvn", [["DOCKET NO. HHD-CR25-0288417-T", "SUPERIOR COURT"],
                 ["STATE OF CONNECTICUT", "JUDICIAL DISTRICT OF HARTFORD"],
                 ["v.", ""],
                 ["ANGELA MARÍA RIVERA-SANTOS, et al.", "AT HARTFORD"]], [3.8, 2.8], {"bold": -1}),
        ("h", "ORDER FOR DISCLOSURE OF RECORDS"),
        ("p", "The Court, having reviewed the application of the State and the affidavit of Inspector Thomas J. "
              "Caruso of the Office of the State's Attorney for the Judicial District of Hartford, finds that there "
              "is probable cause to believe that the crime of larceny in the first degree by defrauding a public "
              "community, in violation of General Statutes § 53a-122(a)(4), has been committed, and that the "
              "records described below are relevant and material to the investigation and prosecution of that "
              "offense."),
        ("p", "Accordingly, pursuant to General Statutes § 17b-90(b), IT IS HEREBY ORDERED that the Commissioner of "
              "Social Services, or the custodian of records of the Department of Social Services, shall produce to "
              "Inspector Thomas J. Caruso, within fourteen (14) days, copies of the following records for the period "
              "January 1, 2022 to the present:"),
        ("p", "1. All applications and renewals for Supplemental Nutrition Assistance Program and HUSKY Health "
              "benefits, including household composition, addresses reported, and reported employment and income;\n"
              "2. Benefit issuance histories;\n"
              "for the following persons:\n"
              "   (a) Angela María Rivera-Santos, date of birth April 2, 1984;\n"
              "   (b) José Ángel Colón Rivera, date of birth November 17, 1979."),
        ("p", "IT IS FURTHER ORDERED that the Department shall not disclose the existence of this order to the "
              "persons named herein for a period of ninety (90) days."),
        ("kv", [["BY THE COURT\n\n~~Eleanor V. Marchand~~\nMarchand, J.", "Date: 5/28/2025"]], [3.8, 2.8],
         {"bold": -1}),
    ]
    build_pdf(out("bx30.pdf"), cover + order, fam="Serif", size=10.5, title="HHD-CR25-0288417-T",
              author="DCJ Hartford")
    return label("bx30", "born_digital", "State's Attorney inspector cover letter (State's Attorney named above) + Connecticut Superior Court ex parte order",
                 ("district-attorney", "Office of the State's Attorney — Judicial District of Hartford",
                  "Thomas J. Caruso", "Inspector", "thomas.caruso@ct.gov", "(860) 555-0143"),
                 [S("Angela María Rivera-Santos", "1984-04-02"), S("José Ángel Colón Rivera", "1979-11-17")],
                 ["CGS 53a-122", "CGS 17b-90"], "court_order", None, "criminal_investigation",
                 ["benefits", "address", "employment", "wages"], "mail")


# =========================================================================== bx31
@doc
def bx31():
    txt = """[Copied from Outlook into the request log by M. Ruiz, CDOC Offender Records, 02/18/2025]

From: Mensah, Kwame (USMS) <kwame.mensah@usms.doj.gov>
Sent: Tuesday, February 18, 2025 11:06 AM
To: CDOC Records Office <cdoc_records@state.co.us>
Subject: Fugitive locate - VELASQUEZ ORDUNO

Good morning,

The USMS Colorado Violent Offender Task Force is attempting to locate the
individual below, a former CDOC inmate who discharged parole in 2024. He is
wanted on a federal arrest warrant issued by the U.S. District Court for the
District of Colorado (No. 1:24-cr-00317) for felon in possession of a firearm,
18 U.S.C. 922(g)(1).

  Name:   VELÁSQUEZ ORDUÑO, Christian David
  DOB:    1/24/1989
  CDOC #: 178442
  FBI #:  432870LA9

We are requesting his last known address and parole address, any phone
numbers on file, emergency contacts / known associates listed in his file,
and his most recent booking or facility photo. The USMS is authorized to
locate and apprehend federal fugitives under 28 U.S.C. 566.

I can pick up a copy in person or receive by email. Thank you.

Kwame A. Mensah
Deputy U.S. Marshal
U.S. Marshals Service - District of Colorado
901 19th Street, Denver, CO 80294
Cell: 303-555-0126
"""
    with open(out("bx31.txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    return label("bx31", "txt", "e-mail pasted into a text log by a corrections clerk; mentions (does not attach) a federal arrest warrant",
                 ("doj-usms", "U.S. Marshals Service - District of Colorado", "Kwame A. Mensah", "Deputy U.S. Marshal",
                  "kwame.mensah@usms.doj.gov", "303-555-0126"),
                 [S("Christian David Velásquez Orduño", "1989-01-24", ("other", "178442"), ("other", "432870LA9"))],
                 ["18 USC 922", "28 USC 566"], "none", None, "criminal_investigation",
                 ["address", "phone", "photo", "other"], "email")


# =========================================================================== bx32
@doc
def bx32():
    txt = """CDLE | Unemployment Insurance | Law Enforcement & Government Agency Data Request
------------------------------------------------------------------------------
Request ID: UI-LE-25-00862          Received: 04/02/2025 13:22 MDT
Status: NEW  (queue: Benefit Payment Control / Legal)

== Requestor ==
Agency type:     Federal - Office of Inspector General
Agency:          Social Security Administration, Office of the Inspector General,
                 Office of Investigations - Denver Field Division
Name:            Ifeoma C. Nwachukwu
Title:           Special Agent
Phone:           303-555-0145
Email:           ifeoma.nwachukwu@ssa.gov

== Subject(s) ==
#1  Last: GUTIÉRREZ DÍAZ   First: Roberto   Middle: Carlos
    DOB: 09/12/1968   SSN last 4: 3381
#2  Last: GUTIÉRREZ   First: Marta   Middle: (blank)
    DOB: 05/05/1970   SSN last 4: (blank)
    Relationship: spouse / representative payee

== Records requested ==
[x] Quarterly wage records  (period: 2021 Q1 - present)
[x] Employer names and addresses
[x] UI claim history
[ ] Claimant address / contact information
[ ] Other

== Reason for request ==
Investigation of concealment of work activity by an SSDI/SSI beneficiary
(42 U.S.C. 408(a)(4); 18 U.S.C. 641). Subject #1 has received disability
benefits since 2019 while reportedly working for a Pueblo roofing contractor.

== Authority / attestations ==
[x] I understand UI information is confidential under C.R.S. 8-72-107 and
    will be used only for the purpose stated.
[x] This request is not for the purpose of investigating or enforcing federal
    civil immigration law (C.R.S. 24-74-103).

Typed signature: Ifeoma C. Nwachukwu, SA
------------------------------------------------------------------------------
"""
    with open(out("bx32.txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    return label("bx32", "txt", "state labor department online request form dump; SSA-OIG agent, 2 subjects (one a payee)",
                 ("ssa-oig", "Social Security Administration, Office of the Inspector General, Office of Investigations - Denver Field Division",
                  "Ifeoma C. Nwachukwu", "Special Agent", "ifeoma.nwachukwu@ssa.gov", "303-555-0145"),
                 [S("Roberto Carlos Gutiérrez Díaz", "1968-09-12", ("ssn_last4", "3381")),
                  S("Marta Gutiérrez", "1970-05-05")],
                 ["42 USC 408", "18 USC 641", "CRS 8-72-107", "CRS 24-74-103"], "none", None,
                 "criminal_investigation", ["wages", "employment", "claims"], "email")


# ============================================================================ main
def main():
    os.makedirs(TMP, exist_ok=True)
    for f in glob.glob(out("bx*")):
        os.remove(f)
    labels = []
    for fn in DOCS:
        lab = fn()
        write_label(lab)
        labels.append(lab)
    from collections import Counter
    print("documents:", len(labels))
    print("formats:", dict(Counter(x["format"] for x in labels)))
    print("process:", dict(Counter(x["legal_process"]["type"] for x in labels)))
    print("purpose:", dict(Counter(x["purpose"] for x in labels)))
    print("agency:", dict(Counter(x["requestor"]["agency_key"] for x in labels)))


if __name__ == "__main__":
    main()
