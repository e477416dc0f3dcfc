#!/usr/bin/env python3
"""blind_k: 32 hand-written request documents with ground-truth labels.

Written by an independent author who never saw the document-reading program.
Deterministic: fixed seeds, reportlab invariant mode, fixed e-mail boundaries
and fixed PDF dates.  Run:  /work/main/.venv/bin/python samples/blind_k/build.py
"""
import time
import glob
import io
import json
import os
import subprocess
import tempfile
from email import policy
from email.message import EmailMessage

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(tempfile.gettempdir(), "blind_k_build")
os.makedirs(WORK, exist_ok=True)
FIXED_DT = time.gmtime(1751284800)  # 2025-06-30 12:00 UTC
FD = "/usr/share/fonts/truetype/dejavu/"

for fam, files in {
    "Sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "Serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "Cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique",
             "DejaVuSansCondensed-BoldOblique"),
    "Mono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique", "DejaVuSansMono-BoldOblique"),
}.items():
    names = [fam, fam + "-B", fam + "-I", fam + "-BI"]
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, FD + f + ".ttf"))
    addMapping(fam, 0, 0, names[0])
    addMapping(fam, 1, 0, names[1])
    addMapping(fam, 0, 1, names[2])
    addMapping(fam, 1, 1, names[3])

ALIGN = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT, "J": TA_JUSTIFY}


# ----------------------------------------------------------------- PDF helpers
def S(font="Serif", size=10.5, lead=None, align="L", before=0, after=5, left=0, first=0):
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=lead or size * 1.28,
                          alignment=ALIGN[align], spaceBefore=before, spaceAfter=after,
                          leftIndent=left, firstLineIndent=first)


def P(text, **kw):
    return Paragraph(text.strip("\n").replace("\n", "<br/>"), S(**kw))


def paras(text, **kw):
    """Blank-line separated paragraphs."""
    return [P(b, **kw) for b in text.strip("\n").split("\n\n")]


def HR(w=0.8, before=2, after=6, color=colors.black):
    return HRFlowable(width="100%", thickness=w, color=color, spaceBefore=before, spaceAfter=after)


def SP(h=8):
    return Spacer(1, h)


def T(rows, widths, font="Sans", size=9, grid=True, pad=3, header=False, boxed=False, bold_col0=False,
      valign="TOP", spans=(), shade=None):
    data = []
    for r in rows:
        row = []
        for j, c in enumerate(r):
            if isinstance(c, str):
                t = c.replace("\n", "<br/>")
                if bold_col0 and j == 0:
                    t = "<b>%s</b>" % t
                row.append(Paragraph(t, S(font, size, after=0)))
            else:
                row.append(c)
        data.append(row)
    t = Table(data, colWidths=widths)
    st = [("VALIGN", (0, 0), (-1, -1), valign),
          ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if grid:
        st.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    if boxed:
        st.append(("BOX", (0, 0), (-1, -1), 0.9, colors.black))
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")))
    if shade:
        st.append(("BACKGROUND",) + shade)
    for sp in spans:
        st.append(("SPAN",) + sp)
    t.setStyle(TableStyle(st))
    return t


def make_pdf(target, flow, footer=None, margins=(60, 60, 54, 60), font="Sans", fsize=7.5):
    l, r, t, b = margins

    def onpage(c, doc):
        if footer:
            c.saveState()
            f = footer(doc.page) if callable(footer) else footer
            c.setFont(font, fsize)
            lines = f.split("\n")
            for i, line in enumerate(lines):
                c.drawString(l, 22 + 9 * (len(lines) - 1 - i), line)
            c.restoreState()

    doc = SimpleDocTemplate(target, pagesize=letter, leftMargin=l, rightMargin=r, topMargin=t,
                            bottomMargin=b, title="", author="", subject="", creator="")
    doc.build(flow, onFirstPage=onpage, onLaterPages=onpage)


def pdf_bytes(flow, **kw):
    buf = io.BytesIO()
    make_pdf(buf, flow, **kw)
    return buf.getvalue()


def sig(text, size=15):
    """A 'handwritten' signature line (italic serif)."""
    return P('<font name="Serif-I" size="%d">%s</font>' % (size, text), font="Serif", size=size, after=0)


# -------------------------------------------------------------- image helpers
def rasterize(pdf_path, dpi, tag):
    prefix = os.path.join(WORK, "%s_r%d" % (tag, dpi))
    for f in glob.glob(prefix + "-*.png"):
        os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf_path, prefix], check=True)
    files = sorted(glob.glob(prefix + "-*.png"), key=lambda p: int(p.rsplit("-", 1)[1][:-4]))
    return [Image.open(f).convert("L") for f in files]


def degrade_scan(im, rng, angle, rot=0, bg=232, noise=7.0, blur=0.7, jpeg=50, specks=0.0004):
    a = np.asarray(im, dtype=np.float32) * (bg / 255.0)
    h, w = a.shape
    grad = (np.linspace(0, rng.uniform(-14, 14), w)[None, :]
            + np.linspace(0, rng.uniform(-12, 12), h)[:, None])
    a = np.clip(a + grad, 0, 255).astype(np.uint8)
    im2 = Image.fromarray(a).filter(ImageFilter.GaussianBlur(blur))
    im2 = im2.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=int(bg * 0.82))
    a = np.asarray(im2, dtype=np.float32) + rng.normal(0, noise, (h, w))
    n = int(h * w * specks)
    a[rng.integers(0, h, n), rng.integers(0, w, n)] = rng.uniform(10, 110, n)
    im2 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rot:
        im2 = im2.rotate(rot, expand=True)
    buf = io.BytesIO()
    im2.save(buf, "JPEG", quality=jpeg)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def save_scanned(images, path, dpi, quality=45):
    images[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:],
                   quality=quality, creationDate=FIXED_DT, modDate=FIXED_DT)


def mono_font(px):
    return ImageFont.truetype(FD + "DejaVuSansMono.ttf", px)


def save_fax(images, path, header_fn, rng, threshold=165):
    pages = []
    n = len(images)
    for i, im in enumerate(images):
        im = im.rotate(float(rng.uniform(-0.6, 0.6)), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 44], fill=255)
        d.text((36, 12), header_fn(i + 1, n), font=mono_font(22), fill=0)
        a = np.asarray(im, dtype=np.float32) + rng.normal(0, 22, (im.height, im.width))
        b = a > threshold
        k = int(im.height * im.width * 0.0003)
        b[rng.integers(0, im.height, k), rng.integers(0, im.width, k)] = False
        pages.append(Image.fromarray((b * 255).astype(np.uint8)).convert("1"))
    pages[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=pages[1:])


def find_coeffs(pa, pb):
    m = []
    for p1, p2 in zip(pa, pb):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    return np.linalg.solve(np.array(m, dtype=float), np.array(pb, dtype=float).reshape(8))


def phone_photo(page, rng):
    """page: L image of a document page -> RGB JPEG bytes that look like a phone snapshot."""
    W, H = page.size
    cw, ch = int(W * 1.18), int(H * 1.14)
    desk = np.zeros((ch, cw, 3), dtype=np.float32)
    desk[:] = (96, 78, 60)
    desk += rng.normal(0, 9, (ch, cw, 1))
    canvas = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8))
    ox, oy = (cw - W) / 2, (ch - H) / 2
    quad = [(ox + 40, oy + 10), (ox + W - 5, oy + 55), (ox + W + 25, oy + H - 20), (ox - 10, oy + H - 45)]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    co = find_coeffs(quad, src)
    rgb = Image.merge("RGB", [page.point(lambda v: v * 0.97)] * 2 + [page.point(lambda v: v * 0.90)])
    warped = rgb.transform((cw, ch), Image.PERSPECTIVE, tuple(co), Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (W, H), 255).transform((cw, ch), Image.PERSPECTIVE, tuple(co), Image.BICUBIC,
                                                 fillcolor=0)
    canvas.paste(warped, (0, 0), mask)
    a = np.asarray(canvas, dtype=np.float32)
    yy, xx = np.mgrid[0:ch, 0:cw]
    light = 1.0 - 0.22 * ((xx / cw - 0.25) ** 2 + (yy / ch - 0.2) ** 2)
    a = a * light[..., None] + rng.normal(0, 4, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


# -------------------------------------------------------------- email helpers
def email_bytes(msg, tag):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_%s_part%02d_b6f1" % (tag, i))
            i += 1
    return msg.as_bytes(policy=policy.SMTP)


def new_msg(frm, to, subject, date, msgid, cc=None, extra=None):
    m = EmailMessage(policy=policy.SMTP)
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


# -------------------------------------------------------------- output helpers
DOCS = []


def expect(id_, fmt, template, requestor, subjects, basis, process, attached, purpose, records, channel):
    ptype, court, form = process
    assert ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena",
                     "administrative_subpoena", "administrative_warrant", "detainer", "none")
    assert court == (ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"))
    vocab = {"address", "phone", "email", "photo", "vehicle", "license", "identity_documents", "wages",
             "employment", "claims", "benefits", "tax", "criminal_history", "ssn", "date_of_birth", "other"}
    assert set(records) <= vocab, records
    agency_key, agency_name, person, title, email_, phone = requestor
    rec = {
        "id": id_, "family": "blind-k", "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email_, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }
    with open(os.path.join(OUT, id_ + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    DOCS.append(rec)


def out(name):
    return os.path.join(OUT, name)


def work(name):
    return os.path.join(WORK, name)


def write_text(name, text, crlf=False):
    t = text.strip("\n") + "\n"
    if crlf:
        t = t.replace("\n", "\r\n")
    with open(out(name), "wb") as fh:
        fh.write(t.encode("utf-8"))


def write_bytes(name, data):
    with open(out(name), "wb") as fh:
        fh.write(data)


CONF = ("CONFIDENTIALITY NOTICE: This transmission may contain law enforcement sensitive information intended "
        "only for the addressee. If you received it in error, notify the sender and destroy all copies.")


# =========================================================================== bk01
def bk01():
    """ERO deportation officer replies to the records unit's questions, quoting the thread."""
    body = """Good morning,

Thanks for getting back to me. To answer your questions: we are looking for the subject's current residential address on file and the most recent DL photo. Subject info again:

GÓMEZ-IBÁÑEZ, María Fernanda
DOB: 11/23/1990
A# 209 417 385
CO DL# 14-082-3317

This request is made pursuant to 8 U.S.C. § 1357 and is for official use. Let me know if you need anything else from me.

V/r,

Marcus Delgado
Deportation Officer
ICE ERO Denver – Fugitive Operations
Desk: (720) 555-0134
Cell: (303) 555-0177

-----Original Message-----
From: DMV LE Requests <dor_dmv_lerequests@state.co.us>
Sent: Monday, January 13, 2025 4:51 PM
To: Delgado, Marcus T <Marcus.T.Delgado@ice.dhs.gov>
Subject: RE: Request - address/photo - GOMEZ IBANEZ

Officer Delgado,

We received your request below. Before we can process it, please tell us which records you are asking for, the purpose of the request and the legal authority. Requests for personal information are reviewed under C.R.S. 24-74-103.

Thank you,
Records Unit
Colorado Division of Motor Vehicles

> -----Original Message-----
> From: Delgado, Marcus T <Marcus.T.Delgado@ice.dhs.gov>
> Sent: Monday, January 13, 2025 10:02 AM
> To: DMV LE Requests <dor_dmv_lerequests@state.co.us>
> Subject: Request - address/photo - GOMEZ IBANEZ
>
> Hello, can you run the subject below for me? Thank you.
>
> GOMEZ-IBANEZ, Maria Fernanda  11/23/1990
"""
    m = new_msg('"Delgado, Marcus T" <Marcus.T.Delgado@ice.dhs.gov>',
                "DMV LE Requests <dor_dmv_lerequests@state.co.us>",
                "RE: Request - address/photo - GOMEZ IBANEZ",
                "Tue, 14 Jan 2025 09:12:44 -0700", "<BN8PR09MB4471.9A2C@ice.dhs.gov>",
                extra={"In-Reply-To": "<SA1PR09MB0021.77E1@state.co.us>",
                       "Thread-Topic": "Request - address/photo - GOMEZ IBANEZ"})
    m.set_content(body)
    write_bytes("bk01.eml", email_bytes(m, "bk01"))
    expect("bk01", "eml", "ERO officer reply quoting the unit's questions; plain text",
           ("dhs-ice-ero", "ICE ERO Denver – Fugitive Operations", "Marcus Delgado", "Deportation Officer",
            "Marcus.T.Delgado@ice.dhs.gov", "(720) 555-0134"),
           [("María Fernanda Gómez-Ibáñez", "1990-11-23", [("a_number", "A209417385"), ("license", "140823317")])],
           ["8 USC 1357", "CRS 24-74-103"], ("none", False, None), False, "civil_immigration",
           ["address", "photo"], "email")


# =========================================================================== bk02
def bk02():
    lh = [P("<b>PASADENA POLICE DEPARTMENT</b>", font="Serif", size=16, align="C", after=1),
          P("Criminal Investigations Division · Financial Crimes Unit", font="Serif", size=10, align="C", after=1),
          P("2201 Red Bluff Road · Pasadena, Texas 77506 · (713) 555-0160", font="Serif", size=9, align="C", after=2),
          HR(1.4)]
    letter_ = lh + [
        P("February 4, 2025", after=10),
        P("<b>Sent via e-mail to:</b> ui.records@twc.texas.gov", size=9.5, after=10),
        P("Texas Workforce Commission\nCustodian of Records – Unemployment Insurance\n101 E. 15th Street\nAustin, Texas 78778", after=12),
        P("<b>Re: Search Warrant – PPD Case No. 2025-003817 – Oleksandr KOVALENKO</b>", after=10),
        P("To the Custodian of Records:"),
    ] + paras("""Attached is a search warrant signed on February 3, 2025 by the Judge of the 351st District Court of Harris County directing production of unemployment insurance claim and wage records connected to <b>Oleksandr Kovalenko</b> (DOB 07/02/1988, TX DL 31548802, SSN ending 4471).

Mr. Kovalenko is the suspect in an investigation of Fraudulent Use or Possession of Identifying Information, Tex. Penal Code § 32.51, in which the personal information of at least six Harris County residents was used to file benefit claims. One of the complainants, Ms. Janet Ruiz, first reported the fraud to our department on December 9, 2024.

I understand that TWC claimant information is confidential under Texas Labor Code § 301.081; the warrant was issued under Article 18.02 of the Texas Code of Criminal Procedure. Please include a business records affidavit that complies with Tex. R. Evid. 902(10) so the records can be admitted without a sponsoring witness.

Records may be returned to me by e-mail or on disc to the address above. Thank you for your assistance.""", align="J") + [
        SP(6), P("Respectfully,", after=14), sig("B. K. Castillo"),
        P("Det. Brian K. Castillo #417\nFinancial Crimes Unit\nbcastillo@pasadenatx.gov | (713) 555-0162", after=12),
        P("cc: Sgt. Melissa Dunlap, Financial Crimes Supervisor\n      ADA Peter Lange, Harris County District Attorney's Office", size=9),
        PageBreak(),
    ]
    caption = T([["THE STATE OF TEXAS", "§", ""], ["", "§", "SEARCH WARRANT"], ["COUNTY OF HARRIS", "§", ""]],
                [180, 30, 240], font="Serif", size=11, grid=False, pad=1)
    warrant = [caption, SP(14),
               P("THE STATE OF TEXAS, To the Sheriff or any Peace Officer of Harris County, Texas, or any Peace "
                 "Officer of the State of Texas, GREETINGS:", align="J", after=8)] + paras(
        """WHEREAS, the Affiant, Detective Brian K. Castillo, a peace officer under the laws of the State of Texas, did heretofore this day subscribe and swear to an Affidavit before me, which Affidavit is on file with this Court and is incorporated herein for all purposes; and WHEREAS I find that the verified facts stated by Affiant in said Affidavit show that Affiant has probable cause for the belief expressed therein and establish the existence of proper grounds for the issuance of this Warrant under Article 18.02(a)(10), Texas Code of Criminal Procedure;

NOW, THEREFORE, you are commanded to search the records of the <b>Texas Workforce Commission</b>, including records maintained electronically and accessible from Harris County, Texas, for the items described in Exhibit A, which constitute evidence that the offense of Fraudulent Use or Possession of Identifying Information (Texas Penal Code § 32.51) was committed and that <b>OLEKSANDR KOVALENKO</b>, white male, date of birth 07/02/1988, committed said offense.

The custodian of said records is ORDERED to deliver the items described in Exhibit A to the Affiant or any peace officer executing this Warrant, together with an affidavit of the custodian.

HEREIN FAIL NOT, and due return make hereof within three (3) days, exclusive of the day of its execution, with your return thereon, showing how you have executed the same.

ISSUED this <u>3rd</u> day of <u>February</u>, 2025, at <u>4:12</u> o'clock <u>p</u>.m., to certify which witness my hand this day.""",
        align="J", after=8) + [
        SP(18), sig("Renée D. Okafor", 16),
        P("______________________________________\nJUDGE PRESIDING\n351st District Court, Harris County, Texas\nPrinted name: Renée D. Okafor", after=16),
        PageBreak(),
        P("<b>EXHIBIT A – ITEMS TO BE SEIZED</b>", align="C", size=12, after=10),
        P("Records of the Texas Workforce Commission for the period March 1, 2023 through the date of this warrant:", align="J"),
    ] + [P("%d. %s" % (i + 1, t), left=18, first=-14, align="J") for i, t in enumerate([
        "All unemployment insurance claims filed by, or listing as claimant, OLEKSANDR KOVALENKO (DOB 07/02/1988, SSN XXX-XX-4471, Texas DL 31548802), including initial claims, payment requests and work search logs;",
        "All wage records and employer reports reported under the same Social Security number;",
        "All mailing addresses, residential addresses, telephone numbers and e-mail addresses used on any such claim;",
        "Internet Protocol (IP) addresses, device identifiers and log-in times for the claimant's online account;",
        "Bank routing and account numbers, and debit-card issuance records, to which any benefit payment was directed;",
        "Any claim on which bank account ending 9920 or e-mail address o.kovalenko88@proton.me was used."])]
    make_pdf(out("bk02.pdf"), letter_ + warrant, footer=lambda p: "PPD 2025-003817 · page %d" % p)
    expect("bk02", "born_digital", "Texas district court search warrant for UI records with detective's cover letter",
           ("local-police", "Pasadena Police Department", "Brian K. Castillo", "Detective",
            "bcastillo@pasadenatx.gov", "(713) 555-0162"),
           [("Oleksandr Kovalenko", "1988-07-02", [("license", "31548802"), ("ssn_last4", "4471")])],
           ["TX PC 32.51", "TX Labor Code 301.081", "TX CCP 18.02", "TX R Evid 902"],
           ("judicial_warrant", True, None), True, "criminal_investigation",
           ["claims", "wages", "address", "phone", "email", "other"], "email")


# =========================================================================== bk03
def bk03():
    cover = [
        P("<b>LARIMER COUNTY SHERIFF'S OFFICE</b>", font="Sans", size=15, align="C", after=0),
        P("Investigations Division · 2600 Midpoint Drive · Fort Collins, Colorado 80525", font="Sans", size=9, align="C"),
        SP(10), P("<b>FAX TRANSMITTAL</b>", font="Sans", size=22, align="C", after=14),
        T([["TO:", "Colorado Division of Motor Vehicles – Law Enforcement Records", "FAX:", "(303) 555-0140"],
           ["FROM:", "Inv. Shauna R. Becker", "PHONE:", "(970) 555-0119"],
           ["DATE:", "01/21/2025", "FAX:", "(970) 555-0120"],
           ["RE:", "Records request – LC25-000318", "PAGES:", "2 (incl. cover)"]],
          [55, 250, 55, 110], size=10, bold_col0=True),
        SP(16), P("<b>Comments:</b>", font="Sans", size=10),
        P("Please see attached request for two subjects. Records can be faxed back to the number above or "
          "e-mailed to sbecker@larimer.gov. Thank you!", font="Sans", size=11, after=30),
        P(CONF, font="Sans", size=8, align="J"), PageBreak()]
    box = "☒"
    nob = "☐"
    form = [
        P("COLORADO DEPARTMENT OF REVENUE · DIVISION OF MOTOR VEHICLES", font="Sans", size=9, align="C", after=0),
        P("<b>LAW ENFORCEMENT REQUEST FOR DRIVER / VEHICLE RECORDS</b>", font="Sans", size=13, align="C", after=8),
        P("<b>Section A – Requesting Agency</b>", font="Sans", size=9.5, after=2),
        T([["Agency", "Larimer County Sheriff's Office", "ORI", "CO0350000"],
           ["Requesting officer", "Shauna R. Becker", "Rank / title", "Investigator"],
           ["Badge / ID", "4412", "Phone", "(970) 555-0119"],
           ["E-mail", "sbecker@larimer.gov", "Fax", "(970) 555-0120"],
           ["Case / report no.", "LC25-000318", "Offense", "Second Degree Burglary, C.R.S. 18-4-203"]],
          [100, 160, 75, 155], size=9, bold_col0=True),
        SP(8), P("<b>Section B – Subject(s)</b>", font="Sans", size=9.5, after=2),
        T([["#", "Last name", "First name", "Middle name", "DOB", "DL / ID no.", "State"],
           ["1", "HASSAN", "Fadumo", "Abdi", "04/09/1996", "09-114-5523", "CO"],
           ["2", "WARSAME", "Abdiqani", "", "02/17/1994", "unknown", ""]],
          [20, 85, 75, 70, 70, 100, 40], size=9, header=True),
        SP(8), P("<b>Section C – Records requested</b> (check all that apply)", font="Sans", size=9.5, after=2),
        T([[box + " Current address / address history", box + " Driver license photo"],
           [box + " Driver record / license status", box + " Vehicle registration(s)"],
           [nob + " Title history", nob + " Other: ____________________"]], [245, 245], size=9.5, grid=False),
        SP(8), P("<b>Section D – Purpose</b>", font="Sans", size=9.5, after=2),
        T([[box + " Active criminal investigation", nob + " Crime in progress / exigent circumstances"],
           [nob + " Court proceeding", nob + " Other (explain): ______________"]], [245, 245], size=9.5, grid=False),
        SP(8), P("<b>Section E – Certification</b>", font="Sans", size=9.5, after=2),
        P("I certify that the information requested will be used only for a law enforcement purpose permitted by "
          "the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and C.R.S. § 42-1-206, and that it will not be "
          "used for the purpose of investigating or enforcing federal civil immigration law (C.R.S. § 24-74-103).",
          font="Sans", size=8.5, align="J"),
        SP(6),
        T([["Signature of requesting officer", "Date", "Supervisor approval"],
           ["/s/ S. Becker", "01/21/2025", "Sgt. Tom Reinholt #2019"]], [200, 90, 200], size=9),
    ]
    pdf = work("bk03.pdf")
    make_pdf(pdf, cover + form, footer=lambda p: "DR 2489-LE (Rev. 07/23)" if p == 2 else "")
    imgs = rasterize(pdf, 200, "bk03")
    rng = np.random.default_rng(103)
    save_fax(imgs, out("bk03.tif"),
             lambda i, n: "JAN-21-2025 14:07   FROM: LARIMER CO SO INVEST  9705550120   TO: 3035550140   P.%d/%d" % (i, n), rng)
    expect("bk03", "fax", "sheriff fax cover + state DMV law-enforcement request form with checkboxes",
           ("sheriff", "Larimer County Sheriff's Office", "Shauna R. Becker", "Investigator",
            "sbecker@larimer.gov", "(970) 555-0119"),
           [("Fadumo Abdi Hassan", "1996-04-09", [("license", "091145523")]),
            ("Abdiqani Warsame", "1994-02-17", [])],
           ["CRS 18-4-203", "18 USC 2721", "CRS 42-1-206", "CRS 24-74-103"],
           ("none", False, None), False, "criminal_investigation", ["address", "photo", "license", "vehicle"], "fax")


# =========================================================================== bk04
def dhs_head(title, sub=None):
    rows = [[P("<b>U.S. Department of Homeland Security</b>", font="Sans", size=10, after=0),
             P("<b>%s</b>" % title, font="Sans", size=13, align="R", after=0)]]
    if sub:
        rows.append(["", P(sub, font="Sans", size=9, align="R", after=0)])
    return T(rows, [230, 262], grid=False, pad=1)


def bk04():
    lh = [T([[P("<b>U.S. Department of Homeland Security</b>\nU.S. Immigration and Customs Enforcement\n"
                "Enforcement and Removal Operations\nDenver Field Office\n12445 E. Caley Avenue\nCentennial, CO 80111",
                font="Serif", size=9.5, after=0),
              P("<b>Robert L. Hagan</b>\nField Office Director", font="Serif", size=9.5, align="R", after=0)]],
            [330, 162], grid=False, pad=0), HR(0.8, before=6, after=14)]
    page1 = lh + [
        P("March 3, 2025", after=8), P("<b>VIA U.S. MAIL</b>", size=9.5, after=8),
        P("Colorado Department of Human Services\nOffice of Economic Security – Records Custodian\n1575 Sherman Street\nDenver, CO 80203", after=12),
        T([["RE:", "Request for Information"], ["Subject:", "DE LA CRUZ MÁRQUEZ, Juan Carlos"],
           ["DOB:", "04 MAR 1985"], ["A-File:", "A208 334 561"]], [60, 300], font="Serif", size=10.5, grid=False, pad=1),
        SP(10), P("Dear Custodian of Records:"),
    ] + paras("""U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), respectfully requests your assistance in locating the above-referenced individual, who is the subject of an administrative Warrant for Arrest of Alien (Form I-200), a copy of which is enclosed.

ICE is authorized to request this information under 8 U.S.C. § 1357. In addition, 8 U.S.C. §§ 1373 and 1644 provide that a State or local government entity may not prohibit or in any way restrict the sending to or receiving from ICE of information regarding the immigration status of any individual.

Please provide the subject's most recent residential and mailing addresses, telephone numbers, and the names of household members listed on any application for benefits.

Please direct your response and any questions to SDDO Jennifer M. Solis at (720) 555-0155 or Jennifer.M.Solis@ice.dhs.gov. Thank you for your cooperation.""", align="J") + [
        SP(4), P("Sincerely,", after=10), sig("Jennifer M. Solis", 15),
        P("Jennifer M. Solis\nSupervisory Detention and Deportation Officer\nfor Robert L. Hagan, Field Office Director", after=10),
        P("Enclosure: Form I-200", size=9), PageBreak()]
    chk = ["☐ the execution of a charging document to initiate removal proceedings against the subject;",
           "☒ the pendency of ongoing removal proceedings against the subject;",
           "☐ the failure to establish admissibility subsequent to deferred inspection;",
           "☐ biometric confirmation of the subject's identity and a records check of federal databases that affirmatively "
           "indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration "
           "status or notwithstanding such status is removable under U.S. immigration law; and/or",
           "☐ statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that "
           "affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable "
           "under U.S. immigration law."]
    page2 = [dhs_head("Warrant for Arrest of Alien"), HR(1.2, before=4),
             T([["", "File No. A208 334 561"], ["", "Date: 02/27/2025"]], [300, 192], font="Sans", size=10, grid=False, pad=1),
             SP(8),
             P("To:\tAny immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
               "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for "
               "immigration violations", font="Sans", size=10, align="J", after=10),
             P("I have determined that there is probable cause to believe that <u>JUAN CARLOS DE LA CRUZ MARQUEZ</u> is "
               "removable from the United States. This determination is based upon:", font="Sans", size=10, align="J", after=6)
             ] + [P(c, font="Sans", size=9.5, left=22, first=-14, align="J", after=4) for c in chk] + [
             SP(8),
             P("YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and "
               "Nationality Act, the above-named alien.", font="Sans", size=10, align="J", after=18),
             T([[sig("D. P. Whitlock", 14), ""],
                ["(Signature of Authorized Immigration Officer)", ""],
                ["DANIEL P. WHITLOCK, Supervisory Detention and Deportation Officer", ""],
                ["(Printed Name and Title of Authorized Immigration Officer)", ""]],
               [380, 112], font="Sans", size=8.5, grid=False, pad=1),
             SP(14), HR(1.0), P("<b>Certificate of Service</b>", font="Sans", size=10, align="C"),
             P("I hereby certify that the Warrant for Arrest of Alien was served by me at ______________________ "
               "(Location) on ______________ (Date and Time), and the contents of this notice were read to him or her "
               "in the ________________ (Language) language.", font="Sans", size=9, align="J", after=18),
             T([["Name and Signature of Officer", "Name or Number of Interpreter (if applicable)"]], [246, 246],
               font="Sans", size=8.5, grid=False)]
    pdf = work("bk04.pdf")
    make_pdf(pdf, page1 + page2, footer=lambda p: "Form I-200 (Rev. 09/16)" if p == 2 else "")
    imgs = rasterize(pdf, 200, "bk04")
    rng = np.random.default_rng(104)
    pages = [degrade_scan(imgs[0], rng, 0.8), degrade_scan(imgs[1], rng, -1.3, rot=180)]
    save_scanned(pages, out("bk04.pdf"), 200)
    expect("bk04", "scanned", "ERO letter signed 'for' the field office director with I-200 (second page upside down)",
           ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
            "Jennifer M. Solis", "Supervisory Detention and Deportation Officer", "Jennifer.M.Solis@ice.dhs.gov",
            "(720) 555-0155"),
           [("Juan Carlos de la Cruz Márquez", "1985-03-04", [("a_number", "A208334561")])],
           ["8 USC 1357", "8 USC 1373", "8 USC 1644", "INA 236", "INA 287", "8 CFR 287"],
           ("administrative_warrant", False, "I-200"), True, "civil_immigration", ["address", "phone", "other"], "mail")


# =========================================================================== bk05
def bk05():
    sub = [dhs_head("Immigration Enforcement Subpoena", "To Appear and/or Produce Records"), HR(1.2, before=4),
           T([["Subpoena No.: DEN-25-0117", "File No.: A215 330 908"]], [246, 246], size=9.5, grid=False, pad=1),
           SP(6),
           T([["To:", "Custodian of Records\nColorado Department of Labor and Employment\nDivision of Unemployment Insurance\n633 17th Street, Suite 201\nDenver, CO 80202"]],
             [40, 452], size=10, grid=False, pad=1), SP(8),
           P("By the authority of section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), "
             "and 8 C.F.R. § 287.4, you are hereby summoned and required to appear before <b>Deportation Officer Kristen "
             "Alvarado</b>, an officer of U.S. Immigration and Customs Enforcement, at 12445 E. Caley Avenue, Centennial, "
             "CO 80111, on <b>April 4, 2025</b> at 10:00 a.m., to give testimony in connection with the following matter:",
             font="Sans", size=9.5, align="J"),
           P("In the matter of <b>Hodan Mohamed ABDI</b>, A215 330 908, date of birth 08/15/1992, concerning her "
             "admissibility to, and removability from, the United States.", font="Sans", size=9.5, left=18, align="J"),
           P("and to bring with you and produce for examination the following books, papers, and documents:",
             font="Sans", size=9.5)] + [
        P(t, font="Sans", size=9.5, left=30, first=-12, align="J", after=3) for t in [
            "1. All unemployment insurance claim applications filed by or on behalf of the subject, including every "
            "residential address, mailing address and telephone number listed;",
            "2. Quarterly wage detail records reported for the subject from January 1, 2022 to the present, including "
            "employer name, address and FEIN;",
            "3. Any photograph or identity document submitted for identity verification."]] + [
        SP(6),
        P("In lieu of appearance, you may comply by providing certified copies of the above records to the officer "
          "named above on or before the date indicated.", font="Sans", size=9.5, align="J"),
        P("Failure to comply with this subpoena will render you liable to proceedings in a United States District "
          "Court which may result in an order by the court requiring your compliance and punishment for contempt for "
          "failure to obey such order.", font="Sans", size=9.5, align="J", after=14),
        T([["Issued at: Centennial, Colorado", "Date: March 18, 2025"],
           [sig("Paul R. Lindqvist", 13), ""],
           ["(Signature of issuing officer)", ""],
           ["Paul R. Lindqvist, Assistant Field Office Director", ""],
           ["(Name and title of issuing officer)", ""]], [300, 192], size=9, grid=False, pad=1),
        SP(12), HR(0.6),
        P("<b>CERTIFICATE OF SERVICE</b>  This subpoena was served by ☐ personal service ☒ electronic mail "
          "on 03/19/2025 by K. Alvarado.", font="Sans", size=8.5)]
    pdfb = pdf_bytes(sub, footer="DHS Form I-138 (6/09)")
    body = """Good afternoon,

Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) issued to the Colorado Department of Labor and Employment for records relating to the subject listed below.

    Name:      ABDI, Hodan Mohamed
    DOB:       08/15/1992
    A-Number:  A215-330-908

Records can be sent electronically to this e-mail address in lieu of personal appearance. The return date is April 4, 2025. If you have any questions about the subpoena, please contact me at the number below.

Respectfully,

Kristen Alvarado
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Denver Field Office
Office: 720-555-0131
Kristen.Alvarado@ice.dhs.gov

WARNING: This communication and any attachments may contain information that is Law Enforcement Sensitive (LES). It is intended only for the addressee.
"""
    m = new_msg('"Alvarado, Kristen" <Kristen.Alvarado@ice.dhs.gov>',
                "CDLE UI Records <cdle_ui_records@state.co.us>",
                "Immigration Enforcement Subpoena - ABDI, Hodan Mohamed - response due 04/04/2025",
                "Wed, 19 Mar 2025 13:27:05 -0600", "<CH3PR09MB8812.0C41@ice.dhs.gov>")
    m.set_content(body)
    m.add_attachment(pdfb, maintype="application", subtype="pdf", filename="I-138_DEN-25-0117_ABDI.pdf")
    write_bytes("bk05.eml", email_bytes(m, "bk05"))
    expect("bk05", "eml", "ERO e-mail with DHS Form I-138 immigration enforcement subpoena PDF attached",
           ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
            "Kristen Alvarado", "Deportation Officer", "Kristen.Alvarado@ice.dhs.gov", "720-555-0131"),
           [("Hodan Mohamed Abdi", "1992-08-15", [("a_number", "A215330908")])],
           ["INA 235", "8 USC 1225", "8 CFR 287.4"], ("administrative_subpoena", False, "I-138"), True,
           "civil_immigration", ["claims", "wages", "employment", "address", "phone", "photo", "identity_documents"],
           "email")


# =========================================================================== bk06
def bk06():
    text = """From: Whitfield, Dana <dana.whitfield@state.co.us>
Sent: Friday, February 14, 2025 7:52 AM
To: DMV LE Requests <dor_dmv_lerequests@state.co.us>
Subject: hit and run SBI - need DL photo / vehicles

Morning,

Working a hit-and-run with serious bodily injury from last night on Highway 66 east of Lyons (CSP case 2B250214-0031). Leaving the scene of an accident involving serious bodily injury, C.R.S. 42-4-1601, so this is a felony investigation. Victim is still at Longmont United.

A witness (Elena Ruiz) saw a gray Ford F-150 leave the scene, partial CO plate starting BXK-4. A second witness identified a possible driver:

   Brandon James McAllister
   DOB 10/30/1979

Can you send me his DL photo, current address, and a list of vehicles registered to him? If you can also run gray Ford pickups with plates starting BXK4 registered in Boulder/Larimer/Weld that would be a huge help.

Thanks,

Cpl. Dana Whitfield #2286
Colorado State Patrol
Vehicular Crimes Unit – Investigations
(970) 555-0108 (cell)
"""
    write_text("bk06.txt", text)
    expect("bk06", "txt", "state patrol corporal's e-mail saved as text (Outlook headers)",
           ("state-police", "Colorado State Patrol", "Dana Whitfield", "Corporal", "dana.whitfield@state.co.us",
            "(970) 555-0108"),
           [("Brandon James McAllister", "1979-10-30", [])],
           ["CRS 42-4-1601"], ("none", False, None), False, "criminal_investigation",
           ["photo", "address", "vehicle"], "email")


# =========================================================================== bk07
def bk07():
    lh = [T([[P("<b>U.S. Department of Justice</b>", font="Times-Roman", size=13, after=0),
              P("", after=0)],
             [P("<i>United States Attorney</i>\n<i>District of New Mexico</i>", font="Times-Roman", size=11, after=0),
              P("RYAN P. ELLISON\nUnited States Attorney", font="Times-Roman", size=9, align="R", after=0)]],
            [330, 162], grid=False, pad=0), HR(0.6, before=4, after=2),
          P("201 Third Street NW, Suite 900 · Albuquerque, New Mexico 87102 · (505) 555-0183", font="Times-Roman",
            size=8.5, after=12)]
    letter_ = lh + [
        P("April 10, 2025", font="Times-Roman", size=11, after=8),
        P("<b>VIA FEDERAL EXPRESS</b>", font="Times-Roman", size=10, after=8),
        P("Custodian of Records\nNew Mexico Department of Workforce Solutions\n401 Broadway NE\nAlbuquerque, NM 87102",
          font="Times-Roman", size=11, after=10),
        P("<b>Re: Federal Grand Jury Subpoena No. GJ25-0457</b>", font="Times-Roman", size=11, after=10),
        P("Dear Custodian:", font="Times-Roman", size=11)] + paras(
        """Enclosed is a subpoena issued by a federal grand jury sitting in the District of New Mexico. The subpoena is issued in connection with an ongoing federal criminal investigation into possible violations of 18 U.S.C. §§ 1343 (wire fraud) and 1349 (conspiracy). It calls for quarterly wage records, unemployment insurance claim files and employer reports relating to <b>TRAN, Minh Van</b> (DOB 12/01/1975, SSN ending 6632) and <b>NGUYEN, Lan Thi</b> (DOB 05/19/1979, SSN ending 0418), and to their employer, Golden Lotus Nail Supply LLC.

In lieu of appearing before the grand jury, you may comply by delivering the records, together with the enclosed certificate of authenticity under Fed. R. Evid. 902(11), to Special Agent Andrea Benally, U.S. Department of Labor, Office of Inspector General, on or before the return date.

Although Rule 6(e) of the Federal Rules of Criminal Procedure does not prohibit you from disclosing the existence of this subpoena, we ask that you not do so, because disclosure could impede the investigation.

If you have questions, please contact me at (505) 555-0176 or gabriela.montoya@usdoj.gov.""",
        font="Times-Roman", size=11, align="J") + [
        P("Sincerely,", font="Times-Roman", size=11, after=2),
        P("RYAN P. ELLISON\nUnited States Attorney", font="Times-Roman", size=11, after=8),
        sig("/s/ Gabriela I. Montoya", 13),
        P("GABRIELA I. MONTOYA\nAssistant United States Attorney", font="Times-Roman", size=11, after=8),
        P("Enclosures: Subpoena (AO 110); Attachment A; Certificate of Authenticity", font="Times-Roman", size=9),
        PageBreak()]
    ao = [P("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", font="Times-Roman", size=8, after=8),
          P("<b>UNITED STATES DISTRICT COURT</b>", font="Times-Roman", size=14, align="C", after=0),
          P("for the\nDistrict of New Mexico", font="Times-Roman", size=11, align="C", after=10),
          P("<b>SUBPOENA TO TESTIFY BEFORE A GRAND JURY</b>", font="Times-Roman", size=12, align="C", after=10),
          P("To:  Custodian of Records, New Mexico Department of Workforce Solutions, 401 Broadway NE, Albuquerque, NM 87102",
            font="Times-Roman", size=11, after=8),
          P("YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below "
            "to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a "
            "court officer allows you to leave.", font="Times-Roman", size=11, align="J"),
          T([["Place: Pete V. Domenici United States Courthouse\n333 Lomas Blvd. NW, Albuquerque, NM 87102",
              "Date and Time:\n05/08/2025 9:00 am"], ["", "Grand Jury Room: 25-2"]], [330, 160],
            font="Times-Roman", size=10.5),
          SP(6),
          P("You must also bring with you the following documents, electronically stored information, or objects "
            "<i>(blank if not applicable)</i>:  <b>See Attachment A.</b>", font="Times-Roman", size=11, align="J", after=16),
          T([["Date:  04/09/2025", "<i>CLERK OF COURT</i>"], ["", sig("D. Archuleta", 13)],
             ["", "<i>Signature of Clerk or Deputy Clerk</i>"]], [250, 242], font="Times-Roman", size=10.5, grid=False),
          SP(12),
          P("The name, address, e-mail, and telephone number of the United States attorney, or assistant United States "
            "attorney, who requests this subpoena, are:", font="Times-Roman", size=10, align="J"),
          P("Gabriela I. Montoya, Assistant United States Attorney, 201 Third Street NW, Suite 900, Albuquerque, NM "
            "87102 · gabriela.montoya@usdoj.gov · (505) 555-0176", font="Times-Roman", size=10, left=20),
          PageBreak(),
          P("<b>ATTACHMENT A</b>", font="Times-Roman", size=12, align="C"),
          P("For the period January 1, 2021 through the present, produce:", font="Times-Roman", size=11)] + [
        P(t, font="Times-Roman", size=11, left=22, first=-14, align="J") for t in [
            "1. Quarterly wage detail records reported for Minh Van TRAN (DOB 12/01/1975, SSN XXX-XX-6632) and Lan Thi "
            "NGUYEN (DOB 05/19/1979, SSN XXX-XX-0418);",
            "2. All unemployment insurance claims filed by either person, including addresses, telephone numbers, e-mail "
            "addresses and payment histories;",
            "3. All quarterly contribution and wage reports filed by Golden Lotus Nail Supply LLC (FEIN XX-XXX4410)."]] + [
        SP(16), P("<b>CERTIFICATE OF AUTHENTICITY OF DOMESTIC RECORDS OF A REGULARLY CONDUCTED ACTIVITY</b>",
                  font="Times-Roman", size=11, align="C"),
        P("I, ______________________, attest, under penalties of perjury by the laws of the United States of America "
          "pursuant to 28 U.S.C. § 1746, that the information contained in this certification is true and correct. I am "
          "employed by the New Mexico Department of Workforce Solutions, and my title is ______________________. The "
          "records attached hereto were made at or near the time of the occurrence of the matters set forth by, or from "
          "information transmitted by, a person with knowledge of those matters, were kept in the course of regularly "
          "conducted activity, and were made as a regular practice of that activity, within the meaning of Fed. R. Evid. "
          "803(6) and 902(11).", font="Times-Roman", size=10.5, align="J"),
        SP(10), P("_______________________    ____________________________\nDate                                         Signature",
                  font="Times-Roman", size=10)]
    make_pdf(out("bk07.pdf"), letter_ + ao, footer="", font="Times-Roman")
    expect("bk07", "born_digital", "AUSA cover letter with AO 110 grand jury subpoena, attachment and 902(11) certificate",
           ("doj-usao", "United States Attorney's Office, District of New Mexico", "Gabriela I. Montoya",
            "Assistant United States Attorney", "gabriela.montoya@usdoj.gov", "(505) 555-0176"),
           [("Minh Van Tran", "1975-12-01", [("ssn_last4", "6632")]),
            ("Lan Thi Nguyen", "1979-05-19", [("ssn_last4", "0418")])],
           ["18 USC 1343", "18 USC 1349", "FRE 902", "FRCrP 6", "28 USC 1746", "FRE 803"],
           ("grand_jury_subpoena", True, "AO 110"), True, "criminal_investigation",
           ["wages", "claims", "employment", "address", "phone", "email"], "mail")


# =========================================================================== bk08
def bk08():
    plain = """Good afternoon,

The FBI Denver Field Office, Rocky Mountain Safe Streets Task Force, is investigating a series of armed bank robberies in Jefferson and Arapahoe Counties (18 U.S.C. § 2113). Two individuals have been identified as possible participants. I am requesting DL/ID photographs and address history for both:

  1) PETROVIĆ, Dragana – DOB 6 Feb 1991 – CO DL 17-220-4408
  2) ILIĆ, Marko – DOB 1989-09-14 – no CO DL found; may hold a Utah ID card

I understand that under C.R.S. 24-74-103 information may be shared to support an active criminal investigation; this is one (FBI file 91A-DN-3390217). Please do not contact the subjects. Images can be sent to this address.

Thank you,

Rachel Lindgren
Special Agent
FBI Denver | Rocky Mountain Safe Streets Task Force
8000 E. 36th Avenue, Denver, CO 80238
Desk (303) 555-0188 | relindgren@fbi.gov
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>The FBI Denver Field Office, Rocky Mountain Safe Streets Task Force, is investigating a series of armed bank robberies in Jefferson and Arapahoe Counties (18 U.S.C. &sect; 2113). Two individuals have been identified as possible participants. I am requesting DL/ID photographs and address history for both:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>#</th><th>Name</th><th>DOB</th><th>DL / ID</th></tr>
<tr><td>1</td><td>PETROVIĆ, Dragana</td><td>6 Feb 1991</td><td>CO DL 17-220-4408</td></tr>
<tr><td>2</td><td>ILIĆ, Marko</td><td>1989-09-14</td><td>no CO DL found; may hold a Utah ID card</td></tr>
</table>
<p>I understand that under C.R.S. 24-74-103 information may be shared to support an active criminal investigation; this is one (FBI file 91A-DN-3390217). Please do not contact the subjects. Images can be sent to this address.</p>
<p>Thank you,</p>
<p><b>Rachel Lindgren</b><br>Special Agent<br>FBI Denver | Rocky Mountain Safe Streets Task Force<br>8000 E. 36th Avenue, Denver, CO 80238<br>Desk (303) 555-0188 | <a href="mailto:relindgren@fbi.gov">relindgren@fbi.gov</a></p>
</body></html>
"""
    m = new_msg('"Lindgren, Rachel E. (DN) (FBI)" <relindgren@fbi.gov>',
                "DMV LE Requests <dor_dmv_lerequests@state.co.us>",
                "FBI Denver - request for DL photos - bank robbery investigation",
                "Thu, 06 Mar 2025 15:41:18 -0700", "<fbi.9c11d2.20250306@fbi.gov>")
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    write_bytes("bk08.eml", email_bytes(m, "bk08"))
    expect("bk08", "eml", "FBI special agent e-mail, multipart/alternative with HTML table of two subjects",
           ("doj-fbi", "FBI Denver Field Office", "Rachel Lindgren", "Special Agent", "relindgren@fbi.gov",
            "(303) 555-0188"),
           [("Dragana Petrović", "1991-02-06", [("license", "172204408")]),
            ("Marko Ilić", "1989-09-14", [])],
           ["18 USC 2113", "CRS 24-74-103"], ("none", False, None), False, "criminal_investigation",
           ["photo", "address"], "email")


# =========================================================================== bk09
def bk09():
    cover = [P("<b>MICHIGAN STATE POLICE</b>", font="Sans", size=15, align="C", after=0),
             P("Second District · Fraud Investigation Unit\n42145 Garfield Road · Clinton Township, MI 48038",
               font="Sans", size=9, align="C", after=4), HR(1.0),
             P("June 2, 2025", after=8), P("VIA CERTIFIED MAIL", size=9.5, after=8),
             P("Michigan Department of Health and Human Services\nFOIA and Records Custodian\n333 S. Grand Avenue\nLansing, MI 48933", after=10),
             P("<b>Re: People v. Kayla Dawn Prewitt, Macomb County Circuit Court No. 2025-001284-FH – Order for "
               "Production of Records</b>", after=10),
             P("Dear Records Custodian:")] + paras(
        """Enclosed is a certified copy of an order of the Macomb County Circuit Court, entered May 28, 2025, directing the Department to produce public assistance records for Kayla Dawn Prewitt and Dustin Ray Prewitt. Ms. Prewitt is charged with welfare fraud over $500 under MCL 400.60.

Please send the responsive records to my attention at the address above within 21 days of service, as the order requires. Electronic copies may be e-mailed to KowalczykA@michigan.gov.

Thank you for your prompt attention to this matter.""", align="J") + [
        P("Sincerely,", after=10), sig("A. J. Kowalczyk"),
        P("D/Sgt. Aaron J. Kowalczyk\nMichigan State Police, Second District Fraud Investigation Unit\n"
          "(586) 555-0123 · KowalczykA@michigan.gov", after=8),
        P("Enclosure", size=9), PageBreak()]
    cap = T([[P("PEOPLE OF THE STATE OF MICHIGAN,\n\n          Plaintiff,\nv\n\nKAYLA DAWN PREWITT,\n\n          Defendant.",
                font="Serif", size=10.5, after=0),
              P("Case No. 2025-001284-FH\n\nHon. Gregory T. Ashby", font="Serif", size=10.5, after=0)]],
            [280, 212], grid=False, pad=2)
    order = [P("STATE OF MICHIGAN", align="C", after=0),
             P("IN THE CIRCUIT COURT FOR THE COUNTY OF MACOMB", align="C", after=10),
             cap, HR(0.8, before=6),
             P("<b>ORDER FOR PRODUCTION OF PUBLIC ASSISTANCE RECORDS</b>", align="C", after=6),
             P("At a session of said Court held in the City of Mount Clemens, County of Macomb, State of Michigan, "
               "on May 28, 2025.", align="C", size=9.5, after=4),
             P("PRESENT: HON. GREGORY T. ASHBY, Circuit Judge", align="C", size=9.5, after=10)] + paras(
        """This matter having come before the Court on the motion of the People, through Assistant Prosecuting Attorney Lauren E. Sikorski, supported by the affidavit of Detective Sergeant Aaron J. Kowalczyk of the Michigan State Police; the Court being advised that the records sought are confidential under MCL 400.35 and may be released upon order of a court; and the Court being otherwise fully advised in the premises;

IT IS HEREBY ORDERED that the Michigan Department of Health and Human Services shall produce to Detective Sergeant Aaron J. Kowalczyk, Michigan State Police, within twenty-one (21) days of service of this Order, the following records for the period January 1, 2022 through the present:

(a) all applications, redeterminations and semi-annual contact reports for Food Assistance Program and Family Independence Program benefits submitted by or on behalf of KAYLA DAWN PREWITT (DOB 03/14/1987) or DUSTIN RAY PREWITT (DOB 01/22/1985);

(b) benefit issuance histories and Bridge Card (EBT) transaction histories for any case on which either person is listed; and

(c) all addresses, telephone numbers and household composition reported on any such case.

IT IS FURTHER ORDERED that the records shall be used only for the purposes of this prosecution and shall not be further disseminated except as provided by MCR 6.201.""",
        align="J", after=7) + [
        SP(12),
        T([["", sig("Gregory T. Ashby", 15)], ["", "______________________________\nHON. GREGORY T. ASHBY (P41827)\nCircuit Judge"]],
          [260, 232], font="Serif", size=10, grid=False),
        SP(14),
        T([["A TRUE COPY\nMACOMB COUNTY CLERK\nBy: R. Nowicki, Deputy Clerk\nMay 29, 2025"]], [170], font="Sans", size=8.5,
          grid=False, boxed=True)]
    pdf = work("bk09.pdf")
    make_pdf(pdf, cover + order, footer=lambda p: "" if p == 1 else "2025-001284-FH   Order for Production – page %d of 2" % (p - 1))
    imgs = rasterize(pdf, 200, "bk09")
    rng = np.random.default_rng(109)
    pages = [degrade_scan(imgs[0], rng, -0.6)]
    for i, im in enumerate(imgs[1:]):
        pages.append(degrade_scan(im, rng, 1.4 if i == 0 else -0.9, rot=90 if i == 1 else 0, bg=226))
    save_scanned(pages, out("bk09.pdf"), 200)
    expect("bk09", "scanned", "MSP cover letter + Michigan circuit court order for public assistance records (last page sideways)",
           ("state-police", "Michigan State Police", "Aaron J. Kowalczyk", "Detective Sergeant",
            "KowalczykA@michigan.gov", "(586) 555-0123"),
           [("Kayla Dawn Prewitt", "1987-03-14", []), ("Dustin Ray Prewitt", "1985-01-22", [])],
           ["MCL 400.60", "MCL 400.35", "MI MCR 6.201"], ("court_order", True, None), True, "criminal_investigation",
           ["benefits", "address", "phone", "other"], "mail")


# =========================================================================== bk10
def bk10():
    cover = [P("<b>U.S. Immigration and Customs Enforcement</b>", font="Sans", size=13, after=0),
             P("Enforcement and Removal Operations – Denver Field Office\nCriminal Apprehension Program (CAP)",
               font="Sans", size=10, after=8), HR(1.5),
             P("<b>F A X</b>", font="Sans", size=28, after=12),
             T([["To:", "CDOC Offender Records – Sterling Correctional Facility", "Fax:", "970-555-0167"],
                ["From:", "DO Isabel C. Moreno", "Phone:", "720-555-0149"],
                ["Date:", "05/06/2025", "Fax:", "720-555-0150"],
                ["Pages:", "2 (including cover)", "Re:", "Detainer – FARAH"]], [50, 260, 45, 135], size=10,
               grid=False, bold_col0=True),
             SP(14), HR(0.5),
             P("Please lodge the attached detainer for inmate FARAH, Abdirahman Mohamed, CDOC #198832, and notify ICE of "
               "his scheduled release date. Please fax the signed acknowledgment back to 720-555-0150.",
               font="Sans", size=11, align="J", after=30),
             P("This facsimile contains UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE information. " + CONF, font="Sans",
               size=8, align="J"), PageBreak()]
    box = lambda on: "☒" if on else "☐"  # noqa: E731
    f = 8.6
    form = [T([[P("<b>DEPARTMENT OF HOMELAND SECURITY</b>", font="Sans", size=10, after=0),
                P("<b>IMMIGRATION DETAINER – NOTICE OF ACTION</b>", font="Sans", size=11, align="R", after=0)]],
              [220, 272], grid=False, pad=1), HR(1.2, before=2, after=4),
            T([["Subject ID: 379114862", "Event #: DEN2505000412", "File No: A203 775 410", "Date: May 6, 2025"]],
              [118, 130, 124, 120], size=8.5),
            T([["TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)\n"
                "Colorado Department of Corrections, Sterling Correctional Facility\n12101 Highway 61, Sterling, CO 80751",
                "FROM: (Department of Homeland Security Office Address)\nICE ERO Denver Field Office\n"
                "12445 E. Caley Avenue, Centennial, CO 80111"]], [246, 246], size=8.5),
            T([["Name of Alien: FARAH, ABDIRAHMAN MOHAMED"],
               ["Date of Birth: 01/07/1990      Nationality: SOMALIA      Sex: M"]], [492], size=9),
            SP(4),
            P("<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
              "DETERMINATION IS BASED ON</b> (complete box 1 or 2):", font="Sans", size=f, align="J", after=2)] + [
        P(t, font="Sans", size=f, left=18, first=-12, align="J", after=2) for t in [
            box(1) + " A final order of removal against the alien;",
            box(0) + " The pendency of ongoing removal proceedings against the alien;",
            box(0) + " Biometric confirmation of the alien's identity and a records check of federal databases that "
            "affirmatively indicate, by themselves or in addition to other reliable information, that the alien either "
            "lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or",
            box(0) + " Statements made by the alien to an immigration officer and/or other reliable evidence that "
            "affirmatively indicate the alien either lacks immigration status or notwithstanding such status is "
            "removable under U.S. immigration law."]] + [
        P("<b>2. DHS HAS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION</b> (complete box 1 or 2).",
          font="Sans", size=f, after=2),
        P(box(0) + " Upon completion of the proceeding or investigation for which the alien was transferred to your "
          "custody, DHS intends to resume custody of the alien to complete processing and/or make an admissibility "
          "determination.", font="Sans", size=f, left=18, first=-12, align="J"),
        P("<b>IT IS THEREFORE REQUESTED THAT YOU:</b>", font="Sans", size=f + 0.4, after=2)] + [
        P("• " + t, font="Sans", size=f, left=18, first=-9, align="J", after=2) for t in [
            "Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your "
            "custody. Please notify DHS by calling ☒ U.S. Immigration and Customs Enforcement (ICE) or ☐ U.S. Customs "
            "and Border Protection (CBP) at 720-555-0149. If you cannot reach an official at the number(s) provided, "
            "please contact the Law Enforcement Support Center at: (802) 555-0100.",
            "Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would "
            "otherwise have been released from your custody to allow DHS to assume custody. The alien must be served "
            "with a copy of this form for the detainer to take effect. This detainer arises from DHS authorities and "
            "should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody "
            "classification, work, quarter assignments, or other matters.",
            "Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.",
            "Notify this office in the event of the alien's death, hospitalization or transfer to another institution."]] + [
        P(box(0) + " If checked: please cancel the detainer related to this alien previously submitted to you on "
          "__________ (date).", font="Sans", size=f),
        SP(6),
        T([["ISABEL C. MORENO, Deportation Officer", sig("Isabel C. Moreno", 12)],
           ["(Name and title of Immigration Officer)", "(Signature of Immigration Officer)"]], [246, 246],
          size=8.5, grid=False, pad=1),
        SP(4), HR(0.5),
        P("<b>Notice:</b> If the alien may be the victim of a crime or you want the alien to remain in the United States "
          "for a law enforcement purpose, notify the ICE Law Enforcement Support Center. Authority: sections 236 and "
          "287 of the Immigration and Nationality Act; 8 C.F.R. 287.7.", font="Sans", size=7.8, align="J")]
    pdf = work("bk10.pdf")
    make_pdf(pdf, cover + form, footer=lambda p: "DHS Form I-247A (3/17)                                    Page 1 of 1" if p == 2 else "",
             margins=(60, 60, 40, 50))
    imgs = rasterize(pdf, 200, "bk10")
    rng = np.random.default_rng(110)
    save_fax(imgs, out("bk10.tif"),
             lambda i, n: "05/06/2025  10:22  ICE ERO DENVER CAP     720 555 0150     #0412 P.%03d/%03d" % (i, n), rng)
    expect("bk10", "fax", "ERO fax cover + I-247A detainer to state corrections facility",
           ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Denver Field Office",
            "Isabel C. Moreno", "Deportation Officer", None, "720-555-0149"),
           [("Abdirahman Mohamed Farah", "1990-01-07", [("a_number", "A203775410"), ("other", "198832")])],
           ["INA 236", "INA 287", "8 CFR 287.7"], ("detainer", False, "I-247A"), True, "civil_immigration",
           ["other"], "fax")


# =========================================================================== bk11
def bk11():
    lh = [P("<b>U.S. DEPARTMENT OF LABOR</b>", font="Serif", size=14, align="C", after=0),
          P("OFFICE OF INSPECTOR GENERAL\nOffice of Investigations – Labor Racketeering and Fraud\nDenver Resident Office",
            font="Serif", size=9.5, align="C", after=0),
          P("1244 Speer Boulevard, Suite 510 · Denver, Colorado 80204", font="Serif", size=8.5, align="C", after=2),
          HR(0.6)]
    body = lh + [
        P("May 12, 2025", align="R", after=8),
        P("<i>Via electronic mail only</i> — bpc.records@state.co.us", size=9.5, after=8),
        P("Colorado Department of Labor and Employment\nDivision of Unemployment Insurance\nAttn: Benefit Payment Control Unit\n633 17th Street, Suite 201\nDenver, CO 80202", after=10),
        P("Re: Request for Unemployment Insurance Records – OIG Case No. 24-DEN-0188-UI", after=8),
        P("Dear Benefit Payment Control Manager:")] + paras(
        """The U.S. Department of Labor, Office of Inspector General (DOL-OIG), is conducting a criminal investigation into unemployment insurance (UI) fraud involving claims filed in Colorado during 2021 and 2022. The investigation concerns possible violations of 18 U.S.C. §§ 1341 and 1343 (mail and wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft).

Under the Inspector General Act of 1978, as amended, 5 U.S.C. § 406, this office is authorized to obtain information relevant to fraud in programs funded by the Department. Disclosure of UI information to our office for this purpose is permitted by 20 C.F.R. § 603.5(i).

We request the complete UI claim files for the individuals listed below, including the claimant addresses, telephone numbers and e-mail addresses on file, the Internet Protocol (IP) addresses captured when the claims were filed and certified, payment histories, and the wage records used to establish each claim.""",
        align="J") + [
        T([["Claimant", "DOB", "SSN (last 4)", "Claim ID"],
           ["WHITAKER, Travis Lee", "02/11/1983", "0937", "CO-UI-21-0488120"],
           ["VOLKOVA, Irina V.", "11/30/1992", "6120", "CO-UI-21-0519544"],
           ["MUÑOZ PEÑA, Andrés", "07/07/1987", "2284", "CO-UI-22-0012937"]],
          [170, 90, 90, 140], font="Serif", size=9.5, header=True),
        SP(8)] + paras(
        """Please provide the records in electronic format by June 13, 2025. Questions may be directed to Senior Special Agent Curtis Obi at (303) 555-0129 or obi.curtis@oig.dol.gov. Thank you for your continued cooperation with our office.""",
        align="J") + [
        SP(4), P("Sincerely,", after=4),
        P("<b>THERESA A. MULVANEY</b>\nSpecial Agent in Charge", after=6),
        sig("Curtis Obi", 15),
        P("By: Curtis Obi\nSenior Special Agent", after=12),
        P("cc: ASAC Ronald Petrakis, DOL-OIG Dallas Region", size=9),
        SP(10), HR(0.4),
        P("This letter and any information provided in response are FOR OFFICIAL USE ONLY and may not be disclosed "
          "outside the Department of Labor without prior approval of the Office of Inspector General.", size=7.5,
          align="J")]
    make_pdf(out("bk11.pdf"), body, footer="OIG Case No. 24-DEN-0188-UI")
    expect("bk11", "born_digital", "DOL-OIG letter; SAC name printed above the actual signer ('By:'), table of 3 claimants",
           ("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Curtis Obi", "Senior Special Agent",
            "obi.curtis@oig.dol.gov", "(303) 555-0129"),
           [("Travis Lee Whitaker", "1983-02-11", [("ssn_last4", "0937")]),
            ("Irina V. Volkova", "1992-11-30", [("ssn_last4", "6120")]),
            ("Andrés Muñoz Peña", "1987-07-07", [("ssn_last4", "2284")])],
           ["18 USC 1341", "18 USC 1343", "18 USC 1028A", "5 USC 406", "20 CFR 603.5"],
           ("none", False, None), False, "criminal_investigation",
           ["claims", "address", "phone", "email", "wages", "other"], "email")


# =========================================================================== bk12
def bk12():
    sub = [P("U.S. Department of Justice", font="Times-Roman", size=11, after=0),
           P("<b>Drug Enforcement Administration</b>", font="Times-Roman", size=13, after=0),
           P("Rocky Mountain Field Division · 12154 E. Easter Avenue · Centennial, CO 80112", font="Times-Roman",
             size=8.5, after=4), HR(1.4),
           P("<b>SUBPOENA</b>", font="Times-Roman", size=18, align="C", after=2),
           P("(Issued under the authority of Title 21, United States Code, Section 876)", font="Times-Roman",
             size=10, align="C", after=10),
           T([["File No.: R3-25-0042", "G-DEP: GR2C1", "Subpoena No.: RMFD-25-1163"]], [164, 164, 164],
             font="Times-Roman", size=10),
           SP(8),
           P("TO:  Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles, 1881 Pierce "
             "Street, Lakewood, CO 80214", font="Times-Roman", size=11, after=8),
           P("In the matter of an investigation under the Controlled Substances Act, YOU ARE HEREBY REQUIRED to appear "
             "before Special Agent Samuel K. Odom, an officer of the Drug Enforcement Administration, at the address "
             "above on <b>March 31, 2025</b> at 9:00 a.m., and to bring with you and produce the following records:",
             font="Times-Roman", size=11, align="J")] + [
        P(t, font="Times-Roman", size=11, left=24, first=-14, align="J") for t in [
            "1. Driver license and identification card records, including the most recent photograph, for "
            "<b>Héctor VÉLEZ DEL RÍO</b>, DOB 05/29/1982, CO DL 11-205-9087;",
            "2. The same records for <b>Luis Alberto OCAMPO</b>, DOB 12/03/1995;",
            "3. Current and prior addresses of record and all vehicles registered to either person since January 1, 2023."]] + [
        SP(4),
        P("In lieu of personal appearance, the records may be delivered to the agent named above by mail or "
          "electronic mail at samuel.k.odom@dea.gov.", font="Times-Roman", size=11, align="J"),
        P("This subpoena is issued pursuant to 21 U.S.C. § 876 in connection with an investigation relating to the "
          "illegal distribution of controlled substances. Failure to comply may result in the Attorney General invoking "
          "the aid of a United States District Court to compel compliance with this subpoena, and any failure to obey "
          "the order of the court may be punished as contempt thereof.", font="Times-Roman", size=11, align="J"),
        P("You are requested not to disclose the existence of this subpoena, as disclosure could impede the "
          "investigation.", font="Times-Roman", size=10, align="J", after=16),
        T([["Issued: March 17, 2025", sig("Angela R. Marsh", 14)],
           ["", "Angela R. Marsh\nGroup Supervisor, Enforcement Group 2"]], [250, 242], font="Times-Roman", size=10.5,
          grid=False)]
    pdfb = pdf_bytes(sub, footer="DEA Subpoena RMFD-25-1163 · Page 1 of 1", font="Sans")
    body = """Good morning,

Attached please find a DEA administrative subpoena (21 U.S.C. 876) for DMV records on two subjects in an ongoing narcotics trafficking investigation (21 U.S.C. 841 and 846):

- VÉLEZ DEL RÍO, Héctor, 05/29/1982
- OCAMPO, Luis Alberto, 12/03/1995

We are looking for DL/ID info with photos, addresses, and registered vehicles. Please e-mail the results to me; no personal appearance is necessary.

Thank you,

SA Samuel K. Odom
Drug Enforcement Administration
Rocky Mountain Field Division – Enforcement Group 2
O: (720) 555-0115
C: (720) 555-0116
"""
    m = new_msg("Samuel K. Odom <samuel.k.odom@dea.gov>", "DMV LE Requests <dor_dmv_lerequests@state.co.us>",
                "DEA subpoena RMFD-25-1163 (DMV records)", "Mon, 17 Mar 2025 08:05:51 -0600",
                "<20250317140551.41d9@dea.gov>")
    m.set_content(body)
    m.add_attachment(pdfb, maintype="application", subtype="pdf", filename="RMFD-25-1163.pdf")
    write_bytes("bk12.eml", email_bytes(m, "bk12"))
    expect("bk12", "eml", "DEA agent e-mail with 21 USC 876 administrative subpoena PDF attached",
           ("doj-dea", "Drug Enforcement Administration, Rocky Mountain Field Division", "Samuel K. Odom",
            "Special Agent", "samuel.k.odom@dea.gov", "(720) 555-0115"),
           [("Héctor Vélez del Río", "1982-05-29", [("license", "112059087")]),
            ("Luis Alberto Ocampo", "1995-12-03", [])],
           ["21 USC 876", "21 USC 841", "21 USC 846"], ("administrative_subpoena", False, None), True,
           "criminal_investigation", ["license", "photo", "address", "vehicle"], "email")


# =========================================================================== bk13
def bk13():
    cap = T([[P("PEOPLE OF THE STATE OF ILLINOIS,\n                    Plaintiff,\n          v.\nRAMÓN IBÁÑEZ-SOTO,\n                    Defendant.",
                font="Times-Roman", size=11, after=0),
              P(")\n)\n)\n)\n)", font="Times-Roman", size=11, after=0),
              P("No. 24 CR 0815501\n\nCalendar 12\nJudge Angela M. DiNapoli", font="Times-Roman", size=11, after=0)]],
            [250, 20, 200], grid=False, pad=1)
    d = [P("IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\nCOUNTY DEPARTMENT, CRIMINAL DIVISION", font="Times-Roman",
           size=12, align="C", after=12), cap, SP(10),
         P("<b>SUBPOENA DUCES TECUM</b>", font="Times-Roman", size=14, align="C", after=10),
         P("To:\tKeeper of Records\n\tIllinois Department of Employment Security\n\tLegal Division – Subpoena Unit\n"
           "\t33 South State Street, 9th Floor\n\tChicago, Illinois 60603", font="Times-Roman", size=11, left=30, after=10),
         P("YOU ARE COMMANDED to produce the following documents before the Honorable Angela M. DiNapoli in Courtroom "
           "506 of the Leighton Criminal Court Building, 2650 South California Avenue, Chicago, Illinois 60608, on "
           "<b>July 15, 2025 at 9:30 a.m.</b>:", font="Times-Roman", size=11, align="J"),
         P("Any and all wage records, employer reports and unemployment insurance claim records, including "
           "applications, certifications and payment histories, for <b>RAMÓN IBÁÑEZ-SOTO</b>, date of birth "
           "September 21, 1979, Social Security number XXX-XX-5832, for the period January 1, 2022 through "
           "December 31, 2024.", font="Times-Roman", size=11, left=30, align="J"),
         P("The defendant is charged with Theft, 720 ILCS 5/16-1(a)(1). The records are sought for trial. The "
           "Department's confidentiality obligations under Section 1900 of the Unemployment Insurance Act, 820 ILCS "
           "405/1900, permit disclosure pursuant to a subpoena issued in a criminal proceeding.", font="Times-Roman",
           size=11, align="J"),
         P("In lieu of appearance, you may comply by mailing legible, certified copies of the records, with a "
           "certification that complies with Ill. R. Evid. 902(11), to the attorney named below before the date "
           "stated above.", font="Times-Roman", size=11, align="J"),
         P("YOUR FAILURE TO RESPOND TO THIS SUBPOENA WILL SUBJECT YOU TO PUNISHMENT FOR CONTEMPT OF THIS COURT.",
           font="Times-Roman", size=11, align="J", after=12),
         T([["Issued at the request of:\nColleen M. Brady\nAssistant State's Attorney, Atty. No. 91234\n"
             "Cook County State's Attorney's Office\n2650 S. California Ave., Chicago, IL 60608\n"
             "(773) 555-0145 · colleen.brady@cookcountysao.org",
             "WITNESS: June 9, 2025\n\n" + "Mariana Okonjo-Reyes" + "\nClerk of the Circuit Court of Cook County\n\nBy: T. Jablonski, Deputy Clerk\n(Seal of Court)"]],
           [260, 230], font="Times-Roman", size=10, grid=False),
         SP(12), HR(0.5),
         P("<b>SERVICE:</b> Served by U.S. Mail, certified, return receipt requested, on June 10, 2025. "
           "Investigator: Inv. Terrence Hollis, CCSAO Investigations Bureau.", font="Times-Roman", size=9)]
    make_pdf(out("bk13.pdf"), d, footer="CCCR 0617 (Rev. 01/22)                     Subpoena Duces Tecum – Criminal",
             font="Times-Roman")
    expect("bk13", "born_digital", "Cook County criminal subpoena duces tecum requested by an Assistant State's Attorney",
           ("district-attorney", "Cook County State's Attorney's Office", "Colleen M. Brady",
            "Assistant State's Attorney", "colleen.brady@cookcountysao.org", "(773) 555-0145"),
           [("Ramón Ibáñez-Soto", "1979-09-21", [("ssn_last4", "5832")])],
           ["720 ILCS 5/16-1", "820 ILCS 405/1900", "IL R Evid 902"], ("court_subpoena", True, None), True,
           "criminal_investigation", ["wages", "employment", "claims"], "mail")


# =========================================================================== bk14
def bk14():
    text = """======================================================================
 COLORADO DMV – LAW ENFORCEMENT RECORDS REQUEST (ONLINE SUBMISSION)
======================================================================
Submission ID ........ LERR-2025-00731
Submitted ............ 2025-02-03 15:22 MST
Routed to ............ dor_dmv_lerequests@state.co.us (e-mail notification)

--- REQUESTING AGENCY ---
Agency name .......... Aurora Police Department
Agency type .......... Municipal police
ORI .................. CO0030100
Officer name ......... Derek Halvorsen
Rank / title ......... Patrol Officer
Badge / ID ........... 2217
E-mail ............... dhalvorsen@auroragov.org
Phone ................ 303-555-0106
Supervisor ........... Sgt. Monica Reyes

--- SUBJECT ---
Last name ............ NÚÑEZ ORTEGA
First name ........... José Luis
Middle name .......... 
Date of birth ........ 1971-08-25
DL / ID number ....... 06-441-2290
State ................ CO

--- RECORDS REQUESTED ---
[x] Current address
[ ] Address history
[ ] Photograph
[ ] Vehicle registration
[ ] Driver record
[ ] Other: 

--- PURPOSE ---
Purpose of request (required): locate / follow up
Case or report number: 
Legal authority (optional): 

--- CERTIFICATION ---
[x] I certify that the information requested is for official law enforcement use
    and that I am authorized to make this request.

Typed signature: D. Halvorsen 2217
IP: 10.22.184.61
"""
    write_text("bk14.txt", text, crlf=True)
    expect("bk14", "txt", "web-portal form submission from a municipal officer, vague purpose (CRLF)",
           ("local-police", "Aurora Police Department", "Derek Halvorsen", "Patrol Officer",
            "dhalvorsen@auroragov.org", "303-555-0106"),
           [("José Luis Núñez Ortega", "1971-08-25", [("license", "064412290")])],
           [], ("none", False, None), False, "unknown", ["address"], "email")


# =========================================================================== bk15
def bk15():
    cover = [P("<b>U.S. Department of Homeland Security</b>\nHomeland Security Investigations\n"
               "Office of the Resident Agent in Charge – Portland, Oregon", font="Sans", size=10, after=0),
             P("4310 SW Macadam Avenue, Suite 300 · Portland, OR 97239", font="Sans", size=8.5, after=4), HR(1.2),
             P("July 21, 2025", after=10), P("VIA U.S. MAIL", size=9, after=8),
             P("Oregon Department of Transportation\nDriver and Motor Vehicle Services – Records Section\n"
               "1905 Lana Avenue NE\nSalem, OR 97314", after=10),
             P("<b>Re: Federal Search Warrant, Case No. 3:25-mc-00417</b>", after=8),
             P("Dear Records Custodian:")] + paras(
        """Enclosed is a search and seizure warrant issued by a United States Magistrate Judge for the District of Oregon pursuant to Rule 41 of the Federal Rules of Criminal Procedure. The warrant authorizes the seizure of driver license application files, photographs and supporting identity documents for Lucía Peña Sáenz and Rafael Antonio Peña, as described in Attachment B.

HSI is investigating the production and use of counterfeit immigration and identity documents in violation of 18 U.S.C. § 1546 and 18 U.S.C. § 1028. We understand that DMV personal information is protected under ORS 802.179; the enclosed warrant is provided so that the Department may release the records.

Please provide the records to me within ten days. I can be reached at (503) 555-0193 or nathan.c.greer@ice.dhs.gov.""",
        align="J") + [
        P("Respectfully,", after=10), sig("Nathan C. Greer"),
        P("Nathan C. Greer\nSpecial Agent\nHSI Portland", after=8),
        P("Enclosure: AO 93 Search and Seizure Warrant with Attachments A and B", size=9), PageBreak()]
    w = [P("AO 93 (Rev. 11/13) Search and Seizure Warrant", font="Times-Roman", size=8, after=8),
         P("<b>UNITED STATES DISTRICT COURT</b>", font="Times-Roman", size=14, align="C", after=0),
         P("for the\nDistrict of Oregon", font="Times-Roman", size=11, align="C", after=8),
         T([[P("In the Matter of the Search of\n<i>(Briefly describe the property to be searched or identify the person by "
               "name and address)</i>\nRecords maintained by the Oregon Department of Transportation, Driver and Motor "
               "Vehicle Services, 1905 Lana Ave NE, Salem, Oregon, as described in Attachment A",
               font="Times-Roman", size=10, after=0), P(")\n)\n)\n)\n)", font="Times-Roman", size=10, after=0),
             P("Case No. 3:25-mc-00417", font="Times-Roman", size=10, after=0)]], [290, 20, 180], grid=False),
         SP(6), P("<b>SEARCH AND SEIZURE WARRANT</b>", font="Times-Roman", size=12, align="C", after=6),
         P("To:\tAny authorized law enforcement officer", font="Times-Roman", size=10.5)] + paras(
        """An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Oregon <i>(identify the person or describe the property to be searched and give its location)</i>: See Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal <i>(identify the person or describe the property to be seized)</i>: See Attachment B.

YOU ARE COMMANDED to execute this warrant on or before <u>August 1, 2025</u> <i>(not to exceed 14 days)</i>  ☒ in the daytime 6:00 a.m. to 10:00 p.m.  ☐ at any time in the day or night because good cause has been established.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place where the property was taken.

The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to <u>Hon. Stacie F. Brennan</u>.

☐ Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized <i>(check the appropriate box)</i> ☐ for ____ days <i>(not to exceed 30)</i>.""",
        font="Sans", size=9.2, align="J", after=5) + [
        T([["Date and time issued:   07/18/2025 2:47 pm", sig("Stacie F. Brennan", 13)],
           ["", "<i>Judge's signature</i>"],
           ["City and state:   Portland, Oregon", "Stacie F. Brennan, United States Magistrate Judge"],
           ["", "<i>Printed name and title</i>"]], [250, 242], font="Times-Roman", size=10, grid=False, pad=1),
        PageBreak(),
        P("<b>ATTACHMENT A – Property to be searched</b>", font="Times-Roman", size=11, align="C"),
        P("Records maintained by the Oregon Department of Transportation, Driver and Motor Vehicle Services (DMV), "
          "relating to the following persons:", font="Times-Roman", size=11, align="J"),
        T([["Name", "Date of birth", "Oregon DL / ID"],
           ["PEÑA SÁENZ, Lucía", "October 5, 1993", "7281934"],
           ["PEÑA, Rafael Antonio", "February 28, 1969", "none located"]], [200, 130, 130], font="Sans", size=9.5,
          header=True),
        SP(10),
        P("<b>ATTACHMENT B – Particular things to be seized</b>", font="Times-Roman", size=11, align="C"),
        P("Records that constitute evidence of violations of 18 U.S.C. § 1546 (fraud and misuse of visas, permits, "
          "and other documents) and 18 U.S.C. § 1028 (fraud in connection with identification documents), namely:",
          font="Times-Roman", size=11, align="J")] + [
        P(t, font="Times-Roman", size=11, left=22, first=-14, align="J") for t in [
            "1. All applications for driver licenses, permits or identification cards, including copies of every "
            "identity, residency and lawful-presence document submitted;",
            "2. All photographs and signature images captured by DMV;",
            "3. All residential and mailing addresses of record, and any change-of-address records."]]
    pdf = work("bk15.pdf")
    make_pdf(pdf, cover + w)
    imgs = rasterize(pdf, 200, "bk15")
    rng = np.random.default_rng(115)
    pages = [degrade_scan(imgs[0], rng, 1.1), degrade_scan(imgs[1], rng, -0.7, bg=228),
             degrade_scan(imgs[2], rng, 0.5, rot=270)]
    save_scanned(pages, out("bk15.pdf"), 200)
    expect("bk15", "scanned", "HSI cover letter + AO 93 search and seizure warrant with attachments (last page sideways)",
           ("dhs-ice-hsi", "Homeland Security Investigations, Office of the Resident Agent in Charge – Portland, Oregon",
            "Nathan C. Greer", "Special Agent", "nathan.c.greer@ice.dhs.gov", "(503) 555-0193"),
           [("Lucía Peña Sáenz", "1993-10-05", [("license", "7281934")]),
            ("Rafael Antonio Peña", "1969-02-28", [])],
           ["FRCrP 41", "18 USC 1546", "18 USC 1028", "ORS 802.179", "18 USC 3103a", "18 USC 2705"],
           ("judicial_warrant", True, "AO 93"), True, "criminal_investigation",
           ["license", "identity_documents", "photo", "address"], "mail")


# =========================================================================== bk16
def bk16():
    inner = new_msg('"Sorensen, Erik" <Erik.Sorensen@ice.dhs.gov>', '"Hollis, Janae" <janae.hollis@state.co.us>',
                    "information request", "Mon, 10 Feb 2025 14:03:27 -0700", "<PH0PR09MB7734.55AA@ice.dhs.gov>")
    inner.set_content("""Good afternoon Ms. Hollis,

Requesting any information your office has on the individual below: current address, phone numbers, and household members. This is for official use only.

ABDULLAHI, Ayaan Yusuf
DOB: 06/12/1999
A# 219-004-117

Please call or e-mail with any questions.

Thank you,

Erik Sorensen
Officer
U.S. Immigration & Customs Enforcement
Denver, CO
Office 720-555-0172
""")
    outer = new_msg('"Hollis, Janae - CDHS" <janae.hollis@state.co.us>',
                    "CDHS Records Request Unit <cdhs_records@state.co.us>", "FW: information request",
                    "Tue, 11 Feb 2025 08:16:40 -0700", "<MW4PR09MB1180.3B0C@state.co.us>")
    outer.set_content("""Hi team,

Forwarding the attached message - it came directly to me at the Adams County office yesterday. Not sure if it should go through you, so I have not responded.

Janae Hollis
Eligibility Supervisor | Adams County Human Services
Colorado Department of Human Services
""")
    outer.add_attachment(inner)
    write_bytes("bk16.eml", email_bytes(outer, "bk16"))
    expect("bk16", "eml", "state-agency colleague forwards an ICE officer's e-mail as an attached message/rfc822",
           ("dhs-ice", "U.S. Immigration & Customs Enforcement", "Erik Sorensen", "Officer",
            "Erik.Sorensen@ice.dhs.gov", "720-555-0172"),
           [("Ayaan Yusuf Abdullahi", "1999-06-12", [("a_number", "A219004117")])],
           [], ("none", False, None), False, "civil_immigration", ["address", "phone", "other"], "email")


# =========================================================================== bk17
def bk17():
    lh = [P("<b>U.S. Department of Justice</b>", font="Times-Roman", size=13, after=0),
          P("<i>United States Attorney's Office\nNorthern District of Georgia</i>", font="Times-Roman", size=11, after=2),
          HR(0.6, before=2, after=2),
          P("75 Ted Turner Drive SW, Suite 600 · Atlanta, Georgia 30303 · (404) 555-0150", font="Times-Roman", size=8.5,
            after=12)]
    letter_ = lh + [
        P("September 8, 2025", font="Times-Roman", size=11, after=8),
        P("<b>By electronic mail:</b> dds.legal@dds.ga.gov", font="Times-Roman", size=10, after=8),
        P("Office of General Counsel\nGeorgia Department of Driver Services\n2206 Eastview Parkway\nConyers, GA 30013",
          font="Times-Roman", size=11, after=10),
        P("<b>Re: Order under 18 U.S.C. § 2703(d), Misc. No. 1:25-MC-0219 (SEALED)</b>", font="Times-Roman", size=11,
          after=8),
        P("Dear Counsel:", font="Times-Roman", size=11)] + paras(
        """Enclosed is an order of the United States District Court for the Northern District of Georgia requiring the Department to disclose the account records described in Attachment A for the DDS 2 GO online services account used by Jamal Everett Booker. The records are sought in a federal criminal investigation of aggravated identity theft, 18 U.S.C. § 1028A.

The order also directs, under 18 U.S.C. § 2705(b), that the Department not notify the account holder or any other person of the order for one year. Please produce the records electronically to me by September 22, 2025.""",
        font="Times-Roman", size=11, align="J") + [
        P("Very truly yours,", font="Times-Roman", size=11, after=8), sig("Malik J. Thornton", 14),
        P("Malik J. Thornton\nAssistant United States Attorney\n(404) 555-0153 · malik.thornton@usdoj.gov",
          font="Times-Roman", size=11), PageBreak()]
    order = [P("<b>UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF GEORGIA\nATLANTA DIVISION</b>",
               font="Times-Roman", size=12, align="C", after=12),
             T([[P("IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO "
                   "18 U.S.C. § 2703(d)", font="Times-Roman", size=11, after=0),
                 P("Misc. No. 1:25-MC-0219\n\n<b>FILED UNDER SEAL</b>", font="Times-Roman", size=11, after=0)]],
               [300, 190], grid=False, boxed=False),
             SP(10), P("<b>ORDER</b>", font="Times-Roman", size=13, align="C", after=8)] + paras(
        """The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Georgia Department of Driver Services ("DDS"), an entity that provides an electronic communications or remote computing service through its DDS 2 GO online portal, to disclose the records and other information described in Attachment A to this Order.

The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation.

The Court determines that there is reason to believe that notification of the existence of this Order will seriously jeopardize the ongoing investigation, including by giving targets an opportunity to destroy or tamper with evidence. See 18 U.S.C. § 2705(b).

IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that DDS shall, within ten days of the date of this Order, disclose to the United States the records and other information described in Attachment A to this Order.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that DDS shall not disclose the existence of the application of the United States, or the existence of this Order of the Court, to the subscriber or to any other person, for a period of one year, except that DDS may disclose this Order to an attorney for DDS for the purpose of receiving legal advice.

IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the Court.""",
        font="Times-Roman", size=11, align="J", after=7) + [
        SP(6), T([["September 5, 2025", sig("Catherine W. Moultrie", 14)],
                  ["Date", "United States Magistrate Judge"]], [240, 250], font="Times-Roman", size=10.5, grid=False),
        PageBreak(),
        P("<b>ATTACHMENT A</b>", font="Times-Roman", size=12, align="C"),
        P("<b>I. The Account</b>", font="Times-Roman", size=11),
        P("The Order applies to records associated with the DDS 2 GO online services account linked to Georgia driver "
          "license number 058771234, issued to <b>BOOKER, Jamal Everett</b>, date of birth April 17, 1990, and to the "
          "account registered with the e-mail address jeb.auto90@outlook.com.", font="Times-Roman", size=11, align="J"),
        P("<b>II. Records and other information to be disclosed</b>", font="Times-Roman", size=11)] + [
        P(t, font="Times-Roman", size=11, left=22, first=-14, align="J") for t in [
            "A. Names, e-mail addresses, telephone numbers and physical and mailing addresses associated with the account;",
            "B. Records of session times and durations, and the Internet Protocol (IP) addresses used to log in to or "
            "transact on the account, from January 1, 2024 to the present;",
            "C. Records of any duplicate license, address change or credential request made through the account, "
            "including payment method information."]]
    make_pdf(out("bk17.pdf"), letter_ + order, footer=lambda p: "Case 1:25-mc-00219   SEALED   Page %d" % p if p > 1 else "",
             font="Times-Roman")
    expect("bk17", "born_digital", "AUSA letter with sealed 18 USC 2703(d) order (N.D. Ga.) for online-portal records",
           ("doj-usao", "United States Attorney's Office, Northern District of Georgia", "Malik J. Thornton",
            "Assistant United States Attorney", "malik.thornton@usdoj.gov", "(404) 555-0153"),
           [("Jamal Everett Booker", "1990-04-17", [("license", "058771234")])],
           ["18 USC 2703", "18 USC 1028A", "18 USC 2705"], ("court_order", True, None), True,
           "criminal_investigation", ["email", "phone", "address", "license", "other"], "email")


# =========================================================================== bk18
def bk18():
    cover = [P("<b>U.S. Customs and Border Protection</b>\nOffice of Field Operations · Port of Denver (3307)\n"
               "Outbound Enforcement Team · 8400 Peña Boulevard, Denver, CO 80249", font="Sans", size=10, after=6),
             HR(1.5), P("<b>FACSIMILE COVER SHEET</b>", font="Sans", size=18, after=12),
             T([["DATE", "08/12/2025"], ["TO", "Colorado DMV – Title and Registration Records"],
                ["FAX", "303-555-0144"], ["FROM", "CBPO Allison Reyes-Whitford"], ["PHONE", "303-555-0125"],
                ["E-MAIL", "allison.reyes-whitford@cbp.dhs.gov"], ["PAGES", "2 including cover"]],
               [90, 360], size=10.5, bold_col0=True),
             SP(14),
             P("Attached is a CBP summons for title and registration records. Records may be faxed or e-mailed to me in "
               "lieu of appearance. Thank you.", font="Sans", size=11, align="J", after=24),
             P("WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (FOUO). It contains information that may "
               "be exempt from public release under the Freedom of Information Act.", font="Sans", size=8, align="J"),
             PageBreak()]
    f = 9.2
    form = [T([[P("DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection", font="Sans", size=9, after=0),
                P("<b>SUMMONS</b>", font="Sans", size=20, align="C", after=0),
                P("Summons No. DEN-OB-25-0091", font="Sans", size=9, align="R", after=0)]], [190, 130, 172],
              grid=False, pad=1), HR(1.2),
            T([["To: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles, Title and "
                "Registration Section, 1881 Pierce Street, Lakewood, CO 80214"]], [492], size=f),
            SP(6),
            P("By the service of this summons, you are hereby required to appear before <b>Allison Reyes-Whitford</b>, "
              "an officer of U.S. Customs and Border Protection, at 8400 Peña Boulevard, Denver, CO 80249, on "
              "<b>August 26, 2025</b> at 10:00 a.m., to give testimony and to produce the records described below in "
              "connection with an investigation or inquiry for the purpose of ascertaining the correctness of any entry, "
              "for determining the liability of any person for duties, fees and taxes due or which may be due the United "
              "States, for determining liability for fines and penalties, or for insuring compliance with the laws of the "
              "United States administered by U.S. Customs and Border Protection.", font="Sans", size=f, align="J"),
            P("<b>Records to be produced:</b>", font="Sans", size=f, after=2)] + [
        P(t, font="Sans", size=f, left=18, first=-12, align="J", after=2) for t in [
            "1. Certificate of title and registration histories, including all lienholder and transfer records, for every "
            "vehicle titled to <b>ZIELIŃSKI, Wojciech</b> (DOB 1977-03-19, CO DL 04-377-1902) or to Zielinski Auto "
            "Export LLC since January 1, 2024;",
            "2. Copies of the identification documents and signatures submitted with each title application;",
            "3. The residential and mailing addresses of record for Wojciech Zieliński."]] + [
        SP(4),
        P("In lieu of appearance, the records may be delivered by the date above to the officer named.",
          font="Sans", size=f),
        P("Failure to comply with this summons will render you liable to proceedings in a United States District Court "
          "to enforce obedience to the requirements of this summons and to punish default or disobedience (19 U.S.C. "
          "1510).", font="Sans", size=f, align="J"),
        P("Issued under authority of 19 U.S.C. 1509.", font="Sans", size=f, after=10),
        T([["Issued by (name and title): Gerald T. Nakamura, Assistant Port Director – Trade", "Date: 08/11/2025"],
           [sig("Gerald T. Nakamura", 12), ""], ["Signature", ""]], [330, 162], size=f, grid=False, pad=1),
        SP(6), HR(0.5),
        T([["CERTIFICATE OF SERVICE", "Served by: ☐ in person  ☒ fax  ☐ certified mail   on 08/12/2025  by A. Reyes-Whitford"]],
          [130, 362], size=8)]
    pdf = work("bk18.pdf")
    make_pdf(pdf, cover + form, footer=lambda p: "CBP Form 3115 (03/23)" if p == 2 else "")
    imgs = rasterize(pdf, 200, "bk18")
    rng = np.random.default_rng(118)
    save_fax(imgs, out("bk18.tif"),
             lambda i, n: "AUG 12 2025 09:48AM  CBP DEN OUTBOUND  303 555 0126   PAGE %d OF %d" % (i, n), rng)
    expect("bk18", "fax", "CBP fax cover + Form 3115 customs summons (19 USC 1509), no crime named",
           ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Port of Denver",
            "Allison Reyes-Whitford", "CBP Officer", "allison.reyes-whitford@cbp.dhs.gov", "303-555-0125"),
           [("Wojciech Zieliński", "1977-03-19", [("license", "043771902")])],
           ["19 USC 1510", "19 USC 1509"], ("administrative_subpoena", False, "CBP Form 3115"), True, "unknown",
           ["vehicle", "identity_documents", "address"], "fax")


# =========================================================================== bk19
def bk19():
    lh = [T([[P("<b>UNITED STATES\nPOSTAL INSPECTION SERVICE</b>", font="Sans", size=12, after=0),
              P("DENVER DIVISION\n1745 Stout Street, Suite 900\nDenver, CO 80202-3034", font="Sans", size=8.5,
                align="R", after=0)]], [280, 212], grid=False, pad=0), HR(2.0, before=4, after=14)]
    d = lh + [
        P("October 2, 2025", after=10), P("VIA U.S. MAIL", size=9.5, after=8),
        P("Colorado Division of Motor Vehicles\nAttn: Law Enforcement Records\n1881 Pierce Street\nLakewood, CO 80214", after=10),
        P("SUBJECT: Request for Driver and Vehicle Information – Case No. 4012587-MT(1)", after=8),
        P("To Whom It May Concern:")] + paras(
        """The U.S. Postal Inspection Service is investigating a series of mail thefts from cluster box units in Thornton and Northglenn, and the subsequent use of stolen checks and identity information, in violation of 18 U.S.C. § 1708 (theft of mail) and 18 U.S.C. § 1028 (identity fraud).

Please provide the driver license photographs, license status, current addresses of record and registered vehicles for the following two individuals, who were observed on surveillance video:""",
        align="J") + [
        P("Croft, Shelby Ann — DOB: January 9, 2001 — CO DL 22-418-0376\nHarris, Devonte L. — DOB: July 23, 1998 — CO DL 19-096-5541",
          left=24, after=8)] + paras(
        """This information is requested for use in a criminal investigation, a permissible use under 18 U.S.C. § 2721(b)(1). Please send the results to my attention at the address above or to omarchetti@uspis.gov. If you have any questions, I can be reached at (303) 555-0137.""",
        align="J") + [
        P("Sincerely,", after=10), sig("Owen T. Marchetti"),
        P("Owen T. Marchetti\nU.S. Postal Inspector\nMail Theft Team", after=14),
        P("cc: Team Leader Carla Whitmore", size=9)]
    make_pdf(out("bk19.pdf"), d, footer="Case No. 4012587-MT(1) · Law Enforcement Sensitive")
    expect("bk19", "born_digital", "Postal Inspector letter on letterhead, two subjects inline",
           ("usps-uspis", "U.S. Postal Inspection Service, Denver Division", "Owen T. Marchetti",
            "U.S. Postal Inspector", "omarchetti@uspis.gov", "(303) 555-0137"),
           [("Shelby Ann Croft", "2001-01-09", [("license", "224180376")]),
            ("Devonte L. Harris", "1998-07-23", [("license", "190965541")])],
           ["18 USC 1708", "18 USC 1028", "18 USC 2721"], ("none", False, None), False, "criminal_investigation",
           ["photo", "license", "address", "vehicle"], "mail")


# =========================================================================== bk20
def bk20():
    d = [P("PASSAIC COUNTY PROSECUTOR'S OFFICE\n401 Grand Street, Paterson, New Jersey 07505\n"
           "Priya S. Raman, Assistant Prosecutor · (973) 555-0172 · praman@passaiccountynj.org",
           font="Times-Roman", size=9, after=6), HR(0.6),
         T([[P("STATE OF NEW JERSEY\n\n          v.\n\nDARIUSZ NOWAK,\n          Defendant.", font="Times-Roman",
               size=11, after=0),
             P("SUPERIOR COURT OF NEW JERSEY\nLAW DIVISION – CRIMINAL PART\nPASSAIC COUNTY\n\nIndictment No. 24-11-00932-I\n\n"
               "<b>CRIMINAL ACTION</b>", font="Times-Roman", size=11, after=0)]], [230, 260], grid=False),
         SP(8), P("<b>SUBPOENA DUCES TECUM</b>", font="Times-Roman", size=14, align="C", after=8),
         P("THE STATE OF NEW JERSEY, to:  Custodian of Records, New Jersey Motor Vehicle Commission, Legal and "
           "Regulatory Affairs, 225 East State Street, Trenton, NJ 08666", font="Times-Roman", size=11, align="J"),
         P("YOU ARE HEREBY COMMANDED to appear before the Superior Court of New Jersey, Law Division, Passaic County, at "
           "the Passaic County Courthouse, 77 Hamilton Street, Paterson, New Jersey, on <b>November 17, 2025 at 9:00 "
           "a.m.</b>, to testify in the above-entitled action on the part of the State, and to bring with you the "
           "following:", font="Times-Roman", size=11, align="J")] + [
        P(t, font="Times-Roman", size=11, left=22, first=-14, align="J") for t in [
            "1. Certified driver abstract and license history for <b>DARIUSZ NOWAK</b>, date of birth 05/30/1984, New "
            "Jersey driver license N6142 38710 84530;",
            "2. All digitized photographs and signatures on file for that license;",
            "3. All addresses of record since January 1, 2022, and all vehicle registrations in his name."]] + [
        P("The defendant is charged with theft by unlawful taking, N.J.S.A. 2C:20-3, and impersonation, N.J.S.A. "
          "2C:21-17. This subpoena is issued pursuant to R. 1:9-1 and R. 1:9-2. You may comply by delivering certified "
          "copies of the records to the Assistant Prosecutor named above on or before the return date.",
          font="Times-Roman", size=11, align="J"),
        P("Failure without adequate excuse to obey this subpoena may be deemed a contempt of the court.",
          font="Times-Roman", size=11, after=12),
        T([["Dated: October 20, 2025", "Michelle A. Ferreira-Dunn\nClerk of the Superior Court"],
           ["", sig("M. Ferreira-Dunn", 13)],
           ["Issued at the request of:\nPriya S. Raman, Assistant Prosecutor\nfor CAMDEN P. HOLLOWAY, Passaic County Prosecutor",
            "By: ____________________"]], [250, 240], font="Times-Roman", size=10.5, grid=False),
        SP(10), HR(0.5),
        P("RETURN OF SERVICE: Served by certified mail, RRR 7019 2280 0000 4412 9035, on 10/21/2025.  "
          "Det. Kevin Oyelaran, PCPO Economic Crimes Unit.", font="Times-Roman", size=9)]
    pdf = work("bk20.pdf")
    make_pdf(pdf, d, font="Times-Roman")
    imgs = rasterize(pdf, 250, "bk20")
    rng = np.random.default_rng(120)
    pages = [degrade_scan(im, rng, -1.6 if i == 0 else 0.9, bg=220, noise=9) for i, im in enumerate(imgs)]
    save_scanned(pages, out("bk20.pdf"), 250, quality=40)
    expect("bk20", "scanned", "New Jersey criminal subpoena duces tecum from a county prosecutor (grey scan)",
           ("district-attorney", "Passaic County Prosecutor's Office", "Priya S. Raman", "Assistant Prosecutor",
            "praman@passaiccountynj.org", "(973) 555-0172"),
           [("Dariusz Nowak", "1984-05-30", [("license", "N61423871084530")])],
           ["NJSA 2C:20-3", "NJSA 2C:21-17", "NJ R 1:9-1", "NJ R 1:9-2"], ("court_subpoena", True, None), True,
           "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


# =========================================================================== bk21
def bk21():
    lh = [P("<b>U.S. Department of Homeland Security</b>", font="Serif", size=11, after=0),
          P("U.S. Immigration and Customs Enforcement\nEnforcement and Removal Operations\nGrand Junction Sub-Office · "
            "2815 H Road, Grand Junction, CO 81506", font="Serif", size=9, after=2), HR(0.8, after=12)]
    letter_ = lh + [
        P("August 18, 2025", after=6), P("<i>Via electronic mail:</i> cdoc_timecomp@state.co.us", size=9.5, after=8),
        P("Colorado Department of Corrections\nOffender Records – Time/Release Operations\n2862 South Circle Drive\n"
          "Colorado Springs, CO 80906", after=10),
        P("Re: BONDARENKO, Yuriy — CDOC #173245 — A204 118 967", after=8),
        P("Dear Time/Release Operations:")] + paras(
        """ICE ERO requests the projected release or parole date, the approved parole address, and a copy of the most recent facility identification photograph for the above-named inmate. Mr. Bondarenko (DOB September 9, 1986) is subject to a final order of removal, and the enclosed Warrant of Removal/Deportation (Form I-205) has been issued for him.

This request is made under 8 U.S.C. § 1231 and 8 C.F.R. § 241.2. Please contact me with the requested information or with any questions.""",
        align="J") + [
        P("Thank you,", after=8), sig("T. J. Keel"),
        P("Travis J. Keel\nDeportation Officer, ICE ERO Grand Junction\n(970) 555-0181 · Travis.J.Keel@ice.dhs.gov", after=8),
        P("Enclosure: I-205", size=9), PageBreak()]
    f = 9.5
    cb = lambda on: "☒" if on else "☐"  # noqa: E731
    w = [dhs_head("Warrant of Removal/Deportation"), HR(1.2, before=4),
         T([["", "File No: A204 118 967"], ["", "Date: August 14, 2025"]], [300, 192], size=f, grid=False, pad=1),
         SP(6), P("To any immigration officer of the United States Department of Homeland Security:", font="Sans", size=f),
         P("<u>YURIY BONDARENKO</u>\n<i>(Full name of alien)</i>", font="Sans", size=f, align="C"),
         P("who entered the United States at <u>New York, NY</u> on <u>03/22/2014</u> is subject to "
           "removal/deportation from the United States, based upon a final order by:", font="Sans", size=f, align="J")] + [
        P(t, font="Sans", size=f, left=30, first=-12, after=2) for t in [
            cb(1) + " an immigration judge in exclusion, deportation, or removal proceedings",
            cb(0) + " a designated official",
            cb(0) + " the Board of Immigration Appeals",
            cb(0) + " a United States District or Magistrate Court Judge"]] + [
        P("and pursuant to the following provisions of the Immigration and Nationality Act:", font="Sans", size=f),
        P("<u>section 237(a)(2)(A)(iii), as amended</u>", font="Sans", size=f, left=30),
        P("I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary "
          "of Homeland Security under the laws of the United States and by his or her direction, command you to take "
          "into custody and remove from the United States the above-named alien, pursuant to law, at the expense of:",
          font="Sans", size=f, align="J"),
        P(cb(1) + " the appropriation \"Enforcement and Removal Operations\"", font="Sans", size=f, left=30, after=14),
        T([[sig("Marguerite S. Olander", 13), ""],
           ["(Signature of immigration officer)", ""],
           ["Marguerite S. Olander, Field Office Director", ""],
           ["(Title of immigration officer)", ""],
           ["Centennial, Colorado   08/14/2025", ""],
           ["(Date and office location)", ""]], [330, 162], size=8.5, grid=False, pad=1),
        SP(10), HR(0.5),
        P("To be completed by immigration officer executing the warrant:  Name of alien being removed: ____________  "
          "Port, date, and manner of removal: ____________", font="Sans", size=8.5)]
    make_pdf(out("bk21.pdf"), letter_ + w, footer=lambda p: "Form I-205 (Rev. 08/07)" if p == 2 else "")
    expect("bk21", "born_digital", "ERO letter to corrections with Form I-205 warrant of removal",
           ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Grand Junction Sub-Office",
            "Travis J. Keel", "Deportation Officer", "Travis.J.Keel@ice.dhs.gov", "(970) 555-0181"),
           [("Yuriy Bondarenko", "1986-09-09", [("a_number", "A204118967"), ("other", "173245")])],
           ["8 USC 1231", "8 CFR 241.2", "INA 237"], ("administrative_warrant", False, "I-205"), True,
           "civil_immigration", ["other", "address", "photo"], "email")


# =========================================================================== bk22
def bk22():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#1f1f1f">
<div>Hello,</div>
<div>&nbsp;</div>
<div>I'm a Deputy with the U.S. Marshals Service, District of Colorado, working with the Colorado Violent Offender Task Force. We have an active federal arrest warrant for the subject below for a violation of his supervised release conditions (18 U.S.C. &sect; 3583). He has been absconding since June.</div>
<div>&nbsp;</div>
<div>Could your office check for any <b>current employer information</b> and the <b>most recent quarterly wage records</b>, plus the address on his last UI claim, if any? That would help us locate him.</div>
<div>&nbsp;</div>
<table style="border:1px solid #999;border-collapse:collapse;font-size:10pt">
<tr><td style="padding:3px 8px;background:#eee">Name</td><td style="padding:3px 8px">FUENTES BARAHONA, Nicolás Ignacio</td></tr>
<tr><td style="padding:3px 8px;background:#eee">DOB</td><td style="padding:3px 8px">12/02/1988</td></tr>
<tr><td style="padding:3px 8px;background:#eee">SSN</td><td style="padding:3px 8px">XXX-XX-7714</td></tr>
<tr><td style="padding:3px 8px;background:#eee">FBI #</td><td style="padding:3px 8px">552137KD9</td></tr>
</table>
<div>&nbsp;</div>
<div>I can send a copy of the warrant if you need it.</div>
<div>&nbsp;</div>
<div>Thanks,</div>
<div>&nbsp;</div>
<div style="color:#1f3864"><b>Kyle R. Banning</b><br>Deputy U.S. Marshal<br>United States Marshals Service &ndash; District of Colorado<br>Colorado Violent Offender Task Force<br>Cell: (303) 555-0121<br><a href="mailto:kyle.banning@usdoj.gov">kyle.banning@usdoj.gov</a></div>
</body></html>
"""
    m = new_msg('"Banning, Kyle (USMS)" <kyle.banning@usdoj.gov>', "CDLE UI Records <cdle_ui_records@state.co.us>",
                "Fugitive locate - employer / wage info", "Fri, 19 Sep 2025 11:08:02 -0600",
                "<SJ0PR09MB6120.1F77@usdoj.gov>")
    m.set_content(html, subtype="html")
    write_bytes("bk22.eml", email_bytes(m, "bk22"))
    expect("bk22", "eml", "HTML-only e-mail from a deputy U.S. marshal; warrant mentioned but not attached",
           ("doj-usms", "United States Marshals Service – District of Colorado", "Kyle R. Banning",
            "Deputy U.S. Marshal", "kyle.banning@usdoj.gov", "(303) 555-0121"),
           [("Nicolás Ignacio Fuentes Barahona", "1988-12-02", [("ssn_last4", "7714"), ("other", "552137KD9")])],
           ["18 USC 3583"], ("none", False, None), False, "criminal_investigation",
           ["employment", "wages", "address"], "email")


# =========================================================================== bk23
def bk23():
    cover = [P("<b>PORTLAND POLICE BUREAU</b>", font="Sans", size=14, after=0),
             P("Detective Division · Assault Detail\n1111 SW 2nd Avenue · Portland, OR 97204", font="Sans", size=9, after=4),
             HR(1.0),
             P("June 24, 2025", after=8),
             P("Oregon Employment Department\nAttn: Records Custodian / Legal Services\n875 Union Street NE\nSalem, OR 97311", after=10),
             P("RE: State of Oregon v. Cody Allen Rasmussen, Multnomah County Case No. 25CR31877 – Court Order for Records",
               after=8)] + paras(
        """Please find enclosed a signed order of the Multnomah County Circuit Court directing the Employment Department to release wage and employer records for Cody Allen Rasmussen (DOB 06/18/1991). The records are needed for the prosecution of an Assault in the Second Degree case.

Records may be mailed to me at the address above. Thank you.""", align="J") + [
        P("Det. Hannah K. Lindqvist #51207\nPortland Police Bureau – Assault Detail\n(503) 555-0164\nhannah.lindqvist@police.portlandoregon.gov",
          after=6), PageBreak()]
    order = [P("IN THE CIRCUIT COURT OF THE STATE OF OREGON\nFOR THE COUNTY OF MULTNOMAH", align="C", after=10),
             T([[P("STATE OF OREGON,\n          Plaintiff,\n     v.\nCODY ALLEN RASMUSSEN,\n          Defendant.", after=0),
                 P("Case No. 25CR31877\n\n<b>ORDER FOR DISCLOSURE OF EMPLOYMENT DEPARTMENT RECORDS</b>", after=0)]],
               [250, 240], font="Serif", grid=False), SP(10)] + paras(
        """THIS MATTER came before the Court on the State's motion, by Deputy District Attorney Owen M. Farraday, supported by the declaration of Detective Hannah K. Lindqvist of the Portland Police Bureau. Defendant is charged with Assault in the Second Degree, ORS 163.175. The Court finds that the records described below are relevant to the pending criminal proceeding and that disclosure is authorized by ORS 657.665.

IT IS HEREBY ORDERED that the Oregon Employment Department shall, within fourteen (14) days of service of this Order, release to Detective Hannah K. Lindqvist of the Portland Police Bureau the following records concerning CODY ALLEN RASMUSSEN, date of birth June 18, 1991, SSN XXX-XX-2049:

1. Quarterly wage records reported by any employer from January 1, 2024 to the present, including the name and address of each employer; and

2. The residential and mailing addresses listed on any unemployment insurance claim.

IT IS FURTHER ORDERED that the records shall be used solely for purposes of this criminal proceeding. The name of the victim, identified in the charging instrument by the initials M.T., shall not be disclosed to the Department.""",
        align="J", after=8) + [
        SP(14), T([["DATED: June 20, 2025", sig("Patricia L. Yamamoto", 14)],
                   ["", "____________________________\nCircuit Court Judge Patricia L. Yamamoto"]], [230, 260],
                  font="Serif", size=10.5, grid=False),
        SP(10), P("Submitted by: Owen M. Farraday, OSB #104417, Deputy District Attorney, Multnomah County",
                  size=9)]
    pdf = work("bk23.pdf")
    make_pdf(pdf, cover + order, footer=lambda p: "Page %d – ORDER" % (p - 1) if p > 1 else "")
    imgs = rasterize(pdf, 200, "bk23")
    rng = np.random.default_rng(123)
    pages = [degrade_scan(im, rng, a, bg=236, noise=6) for im, a in zip(imgs, [-0.5, 1.8, 0.7])]
    save_scanned(pages, out("bk23.pdf"), 200)
    expect("bk23", "scanned", "Portland PD detective cover letter + Oregon circuit court order for wage records",
           ("local-police", "Portland Police Bureau", "Hannah K. Lindqvist", "Detective",
            "hannah.lindqvist@police.portlandoregon.gov", "(503) 555-0164"),
           [("Cody Allen Rasmussen", "1991-06-18", [("ssn_last4", "2049")])],
           ["ORS 163.175", "ORS 657.665"], ("court_order", True, None), True, "criminal_investigation",
           ["wages", "employment", "address"], "mail")


# =========================================================================== bk24
def bk24():
    d = [P("IN THE SUPERIOR COURT OF CHATHAM COUNTY\nSTATE OF GEORGIA", font="Times-Roman", size=12, align="C", after=10),
         T([[P("IN RE: GRAND JURY INVESTIGATION\nJULY TERM 2025", font="Times-Roman", size=11, after=0),
             P("GJ File No. 2025-GJ-0314", font="Times-Roman", size=11, align="R", after=0)]], [300, 190], grid=False),
         SP(8), P("<b>GRAND JURY SUBPOENA FOR PRODUCTION OF DOCUMENTS</b>", font="Times-Roman", size=13, align="C", after=10),
         P("TO:\tCustodian of Records\n\tGeorgia Department of Labor – Unemployment Insurance Division\n\t148 Andrew Young "
           "International Blvd. NE, Atlanta, GA 30303", font="Times-Roman", size=11, after=10),
         P("YOU ARE HEREBY COMMANDED, pursuant to O.C.G.A. §§ 24-13-21 and 24-13-23, to appear before the Grand Jury of "
           "Chatham County, Chatham County Courthouse, 133 Montgomery Street, Savannah, Georgia, on <b>August 12, 2025 "
           "at 9:00 a.m.</b>, and to bring with you the following:", font="Times-Roman", size=11, align="J")] + [
        P(t, font="Times-Roman", size=11, left=22, first=-14, align="J") for t in [
            "(1) All unemployment insurance claim files, including addresses, telephone numbers, bank deposit "
            "information and payment histories, for <b>DeShawn Marcus Tillman</b> (DOB 11/08/1994) and <b>Aaliyah J. "
            "Tillman</b> (DOB 02/25/1996);",
            "(2) All quarterly wage records reported for either person from 2023 to the present."]] + [
        P("The Grand Jury is inquiring into possible violations of O.C.G.A. § 16-8-2 (theft by taking) and O.C.G.A. "
          "§ 16-9-121 (identity fraud).", font="Times-Roman", size=11, align="J"),
        P("In lieu of appearance, you may comply by delivering certified copies of the documents, accompanied by a "
          "certification under O.C.G.A. § 24-9-902(11), to the Assistant District Attorney named below on or before the "
          "date stated. HEREIN FAIL NOT under penalty of law.", font="Times-Roman", size=11, align="J", after=14),
        T([["Witness the Honorable Judges of said Court,\nthis 22nd day of July, 2025.",
            "TAMMIE R. MOSELEY-GRANT\nClerk of Superior Court\n\n" + "By: L. Habersham, Deputy Clerk"],
           ["", sig("L. Habersham", 12)]], [250, 240], font="Times-Roman", size=10.5, grid=False),
        SP(14),
        T([["<b>Requested by:</b>\nWhitney L. Cobb, Assistant District Attorney\nOffice of the District Attorney, Eastern "
            "Judicial Circuit\n133 Montgomery Street, Suite 600, Savannah, GA 31401\nwcobb@chathamcountyga.gov · (912) 555-0139"]],
          [490], font="Times-Roman", size=10, grid=False, boxed=True),
        SP(10),
        P("Served by certified mail, return receipt requested, July 23, 2025. Investigator: Sgt. Luis Camacho, "
          "CCDA Investigations.", font="Times-Roman", size=9)]
    make_pdf(out("bk24.pdf"), d, footer="GRAND JURY MATTER – SECRET", font="Times-Roman")
    expect("bk24", "born_digital", "Georgia state grand jury subpoena for UI records requested by an ADA",
           ("district-attorney", "Office of the District Attorney, Eastern Judicial Circuit", "Whitney L. Cobb",
            "Assistant District Attorney", "wcobb@chathamcountyga.gov", "(912) 555-0139"),
           [("DeShawn Marcus Tillman", "1994-11-08", []), ("Aaliyah J. Tillman", "1996-02-25", [])],
           ["OCGA 24-13-21", "OCGA 24-13-23", "OCGA 16-8-2", "OCGA 16-9-121", "OCGA 24-9-902"],
           ("grand_jury_subpoena", True, None), True, "criminal_investigation",
           ["claims", "address", "phone", "wages", "other"], "mail")


# =========================================================================== bk25
def bk25():
    d = [P("IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT\nIN AND FOR MIAMI-DADE COUNTY, FLORIDA\nCRIMINAL DIVISION",
           font="Times-Roman", size=11.5, align="C", after=10),
         T([[P("STATE OF FLORIDA,\n          Plaintiff,\nvs.\nGUILLERMO ANDRÉS IBÁÑEZ,\n          Defendant.", font="Serif",
               size=10.5, after=0),
             P("CASE NO.: F24-019876\nSECTION: 07\nJUDGE: Hon. Marisol Echeverría-Banks", font="Serif", size=10.5,
               after=0)]], [250, 240], grid=False),
         SP(8), P("<b>SUBPOENA DUCES TECUM FOR TRIAL</b>", font="Serif", size=13, align="C", after=8),
         P("THE STATE OF FLORIDA:\nTo:  Records Custodian, Florida Department of Highway Safety and Motor Vehicles, "
           "Bureau of Records, 2900 Apalachee Parkway, Tallahassee, FL 32399", font="Serif", size=10.5, after=8),
         P("YOU ARE COMMANDED to appear before the Honorable Marisol Echeverría-Banks, Judge of the Circuit Court, at the "
           "Richard E. Gerstein Justice Building, 1351 N.W. 12th Street, Courtroom 4-3, Miami, Florida, on <b>December 1, "
           "2025 at 9:00 a.m.</b>, to testify in this action, and to bring with you:", font="Serif", size=10.5,
           align="J"),
         P("Certified copies of all driver license application records, all photographs captured from 2015 to the "
           "present, and the address history for GUILLERMO ANDRÉS IBÁÑEZ, date of birth August 14, 1990, Florida driver "
           "license I150-540-90-294-0.", font="Serif", size=10.5, left=24, align="J"),
         P("This subpoena is issued pursuant to Fla. R. Crim. P. 3.361. In lieu of appearance, the records custodian may "
           "furnish the records with a certification or declaration that complies with § 90.902(11), Fla. Stat., "
           "delivered to the attorney named below before the trial date.", font="Serif", size=10.5, align="J"),
         P("If you fail to appear, you may be in contempt of court.", font="Serif", size=10.5, after=12),
         T([["Dated: November 3, 2025", "JUAN F. ALDERETE-PRICE\nClerk of the Circuit and County Courts"],
            ["", sig("R. Castellanos", 12)], ["", "By: R. Castellanos, Deputy Clerk"]], [240, 250], font="Serif",
           size=10, grid=False),
         SP(10),
         P("Subpoena requested by: Elena Castañeda-Whitman, Esq., Florida Bar No. 0123456, Castañeda Whitman Law, P.A., "
           "2600 S. Douglas Road, Suite 410, Coral Gables, FL 33134 · (305) 555-0186 · ecastaneda@castanedawhitmanlaw.com · "
           "Attorney for Defendant", font="Serif", size=9.5, align="J"),
         SP(6), P("<i>If you are a person with a disability who needs any accommodation in order to participate in this "
                  "proceeding, you are entitled, at no cost to you, to the provision of certain assistance.</i>",
                  font="Serif", size=8)]
    pdfb = pdf_bytes(d, footer="F24-019876 – Subpoena Duces Tecum for Trial", font="Serif")
    plain = """Good afternoon,

My office represents Mr. Guillermo Andrés Ibáñez in the above criminal case, set for trial the week of December 1. Attached is a subpoena duces tecum for trial issued by the Clerk of the Circuit Court for his driver license application records, photographs and address history.

These records are important to the defense: the State's identification witness, Ms. Carla Benning, described a man with a different license photo, and we need the certified history to show that.

The certification under § 90.902(11) can be e-mailed to me directly, with the certified copies mailed to my office. Please let me know if DHSMV requires anything further from us.

Thank you,

Elena Castañeda-Whitman, Esq.
Castañeda Whitman Law, P.A.
2600 S. Douglas Road, Suite 410
Coral Gables, FL 33134
Tel. (305) 555-0186
ecastaneda@castanedawhitmanlaw.com

This e-mail may contain privileged attorney-client or work-product information.
"""
    m = new_msg('"Elena Castañeda-Whitman" <ecastaneda@castanedawhitmanlaw.com>',
                "DHSMV Bureau of Records <records.subpoenas@flhsmv.gov>",
                "State v. Ibáñez, F24-019876 – Subpoena duces tecum for trial", "Mon, 03 Nov 2025 16:44:10 -0500",
                "<CWL.20251103.2214@castanedawhitmanlaw.com>")
    m.set_content(plain)
    m.add_attachment(pdfb, maintype="application", subtype="pdf", filename="F24-019876_SDT_DHSMV.pdf")
    write_bytes("bk25.eml", email_bytes(m, "bk25"))
    expect("bk25", "eml", "defence attorney e-mail with Florida criminal trial subpoena duces tecum PDF",
           ("other", "Castañeda Whitman Law, P.A.", "Elena Castañeda-Whitman", "Attorney for Defendant",
            "ecastaneda@castanedawhitmanlaw.com", "(305) 555-0186"),
           [("Guillermo Andrés Ibáñez", "1990-08-14", [("license", "I150540902940")])],
           ["FL CrimP 3.361", "FS 90.902"], ("court_subpoena", True, None), True, "criminal_investigation",
           ["license", "photo", "address"], "email")


# =========================================================================== bk26
def bk26():
    text = """[Typed copy of a letter received by U.S. Mail, 02/18/2025 – original filed in tray B]

                         WELD COUNTY SHERIFF'S OFFICE
                           Investigations Division
                 1950 O Street  *  Greeley, Colorado 80631
                 Phone (970) 555-0148   *   Fax (970) 555-0149

February 12, 2025

Colorado Department of Human Services
Records Request Unit
1575 Sherman Street
Denver, CO 80203

RE:  WCSO Case 25-01877 / Child Abuse Investigation

To whom it may concern,

     The Weld County Sheriff's Office is conducting a criminal investigation of
child abuse resulting in serious bodily injury (C.R.S. 18-6-401(7)) involving a
two-year-old child. Two adults who lived with the child during the relevant
period are persons of interest:

     DUNBAR, Ashley Marie        DOB 06/02/1995
     YBARRA SOLÍS, Ricardo       DOB 10/10/1990

     I am requesting any addresses and telephone numbers these two persons
reported to your Department in the past 18 months, the household members
listed on their most recent applications, and the dates and amounts of any
SNAP or Colorado Works benefits issued to them.

     Please direct the records to me at the address above or by e-mail at
pokonkwo@weld.gov.  Thank you for your assistance.

Respectfully,

   [signed]

Paul D. Okonkwo
Detective Sergeant, Crimes Against Children Unit
Weld County Sheriff's Office
"""
    write_text("bk26.txt", text)
    expect("bk26", "txt", "clerk's typed transcription of a mailed sheriff's letter",
           ("sheriff", "Weld County Sheriff's Office", "Paul D. Okonkwo", "Detective Sergeant", "pokonkwo@weld.gov",
            "(970) 555-0148"),
           [("Ashley Marie Dunbar", "1995-06-02", []), ("Ricardo Ybarra Solís", "1990-10-10", [])],
           ["CRS 18-6-401"], ("none", False, None), False, "criminal_investigation",
           ["address", "phone", "benefits", "other"], "mail")


# =========================================================================== bk27
def bk27():
    memo = [P("<b>NEW MEXICO STATE POLICE</b>", font="Sans", size=14, align="C", after=0),
            P("Investigations Bureau – Special Investigations Unit\n4491 Cerrillos Road, Santa Fe, NM 87507",
              font="Sans", size=9, align="C", after=4), HR(1.0),
            P("<b>MEMORANDUM</b>", font="Sans", size=13, after=6),
            T([["TO:", "Custodian of Records, New Mexico Health Care Authority (Income Support Division)"],
               ["FROM:", "Agent Mariana Chávez-Lucero, NMSP Investigations Bureau"],
               ["DATE:", "April 28, 2025"],
               ["RE:", "Court order for records – Joaquín Esteban Archuleta – NMSP Case 25-SIU-00388"],
               ["SENT:", "by e-mail to hca.records@hca.nm.gov"]],
              [55, 435], font="Sans", size=10, grid=False, bold_col0=True), HR(0.5)] + paras(
        """Attached is an order of the First Judicial District Court directing your agency to produce SNAP and Medicaid application records for Joaquín Esteban Archuleta. Please return the records to me by e-mail at mariana.chavez-lucero@dps.nm.gov or call (505) 555-0114 with any questions.""",
        font="Sans", size=10.5, align="J") + [PageBreak()]
    order = [P("STATE OF NEW MEXICO\nCOUNTY OF SANTA FE\nFIRST JUDICIAL DISTRICT COURT", font="Times-Roman", size=11,
               after=10),
             P("IN THE MATTER OF THE APPLICATION OF THE NEW MEXICO STATE POLICE FOR AN ORDER DIRECTING THE PRODUCTION "
               "OF RECORDS", font="Times-Roman", size=11, align="J", after=4),
             P("No. D-101-MS-2025-00041", font="Times-Roman", size=11, after=10),
             P("<b>ORDER FOR PRODUCTION OF RECORDS</b>", font="Times-Roman", size=13, align="C", after=8)] + paras(
        """THIS MATTER having come before the Court upon the sworn Application of Agent Mariana Chávez-Lucero of the New Mexico State Police Investigations Bureau, and the Court having reviewed the Application and the affidavit attached thereto and being otherwise fully advised in the premises, FINDS that there is probable cause to believe that the records described below contain evidence of the crime of Fraud, NMSA 1978, § 30-16-6, and that the records may be disclosed for law enforcement purposes consistent with 45 C.F.R. § 164.512(f).

IT IS THEREFORE ORDERED that the New Mexico Health Care Authority shall, within fifteen (15) days, produce to Agent Mariana Chávez-Lucero the following records concerning JOAQUÍN ESTEBAN ARCHULETA, date of birth January 30, 1978, SSN ending 8842:

a. all applications and recertifications for Supplemental Nutrition Assistance Program (SNAP) and Medicaid benefits submitted since January 1, 2023, including household members listed;

b. all residential and mailing addresses and telephone numbers reported; and

c. benefit issuance histories.

IT IS FURTHER ORDERED that this Order and the Application shall remain sealed until further order of the Court.""",
        font="Times-Roman", size=11, align="J", after=8) + [
        SP(10), T([["", sig("Arturo B. Salcido", 14)], ["", "HON. ARTURO B. SALCIDO\nDISTRICT JUDGE"]], [250, 240],
                  font="Times-Roman", size=10.5, grid=False),
        SP(8), P("Submitted by: Agent Mariana Chávez-Lucero, NMSP\nApproved: Deputy District Attorney Rosa I. Trujillo, "
                 "First Judicial District Attorney's Office", font="Times-Roman", size=9)]
    make_pdf(out("bk27.pdf"), memo + order, footer=lambda p: "D-101-MS-2025-00041  SEALED" if p > 1 else "NMSP 25-SIU-00388")
    expect("bk27", "born_digital", "NMSP memo + New Mexico district court order for public-assistance records",
           ("state-police", "New Mexico State Police", "Mariana Chávez-Lucero", "Agent",
            "mariana.chavez-lucero@dps.nm.gov", "(505) 555-0114"),
           [("Joaquín Esteban Archuleta", "1978-01-30", [("ssn_last4", "8842")])],
           ["NMSA 30-16-6", "45 CFR 164.512"], ("court_order", True, None), True, "criminal_investigation",
           ["benefits", "address", "phone", "other"], "email")


# =========================================================================== bk28
def bk28():
    sub = [P("<b>SOCIAL SECURITY ADMINISTRATION\nOFFICE OF THE INSPECTOR GENERAL</b>", font="Serif", size=12,
             align="C", after=6), HR(1.2),
           P("<b>SUBPOENA DUCES TECUM</b>", font="Serif", size=16, align="C", after=2),
           P("No. OIG-SSA-25-0309", font="Serif", size=10, align="C", after=10),
           P("TO:  Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance Division, "
             "633 17th Street, Denver, CO 80202", font="Serif", size=10.5, align="J"),
           P("YOU ARE HEREBY COMMANDED to produce to Special Agent Farhan A. Siddiqui, Office of the Inspector General, "
             "Social Security Administration, 1961 Stout Street, Denver, CO 80294, on or before <b>October 24, 2025</b>, "
             "the following records:", font="Serif", size=10.5, align="J"),
           P("All quarterly wage records and employer names and addresses reported for <b>WARSAME, Hamza Abdi</b>, date "
             "of birth March 27, 1980, SSN XXX-XX-3058, for the period January 1, 2021 to the present.", font="Serif",
             size=10.5, left=24, align="J"),
           P("This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in "
             "connection with an official investigation by the Office of the Inspector General. In case of contumacy or "
             "refusal to obey, this subpoena is enforceable by order of any appropriate United States district court.",
             font="Serif", size=10.5, align="J", after=14),
           T([["IN TESTIMONY WHEREOF, I have hereunto set my hand at Baltimore, Maryland, this 3rd day of October, 2025.",
               ""], ["", sig("Leonora P. Ashcombe", 14)], ["", "Leonora P. Ashcombe\nInspector General"]],
             [260, 230], font="Serif", size=10, grid=False)]
    pdf = work("bk28.pdf")
    make_pdf(pdf, sub, footer="SSA-OIG Form 8 (rev.)")
    page = rasterize(pdf, 150, "bk28")[0]
    jpg = phone_photo(page, np.random.default_rng(128))
    body = """Hello,

Please see the attached subpoena (photo - I'm in the field today; the original will follow by mail). We are investigating an SSDI beneficiary who appears to have concealed work activity while receiving benefits (42 U.S.C. § 408(a)(4)).

Subject: Hamza Abdi WARSAME, DOB 03/27/1980, SSN ending 3058

We need his quarterly wage records and employer information from 2021 to present. Please send results to me at this address.

Thank you,
Farhan Siddiqui
Special Agent
Social Security Administration – Office of the Inspector General
Denver Field Division
(720) 555-0138

Sent from my iPhone
"""
    m = new_msg('"Siddiqui, Farhan A." <farhan.siddiqui@ssa.gov>', "CDLE UI Records <cdle_ui_records@state.co.us>",
                "OIG subpoena - wage records - WARSAME", "Fri, 03 Oct 2025 13:19:55 -0600",
                "<F3C1A0E2-77D4-4B1A-9E0C-2B11@ssa.gov>")
    m.set_content(body)
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="IMG_4471.jpeg")
    write_bytes("bk28.eml", email_bytes(m, "bk28"))
    expect("bk28", "eml", "SSA-OIG agent e-mail with a phone photo (JPEG) of an IG subpoena",
           ("ssa-oig", "Social Security Administration – Office of the Inspector General", "Farhan Siddiqui",
            "Special Agent", "farhan.siddiqui@ssa.gov", "(720) 555-0138"),
           [("Hamza Abdi Warsame", "1980-03-27", [("ssn_last4", "3058")])],
           ["42 USC 408", "5 USC 406"], ("administrative_subpoena", False, None), True, "criminal_investigation",
           ["wages", "employment"], "email")


# =========================================================================== bk29
def bk29():
    text = """From: Holloway, Grant D. <Grant.Holloway@atf.gov>
Sent: Thursday, March 6, 2025 11:40 AM
To: CDOC Offender Records <cdoc_offender_records@state.co.us>
Cc: Perales, Nina (ATF) <Nina.Perales@atf.gov>
Subject: Records request - firearms trafficking investigation

Good morning,

ATF Denver Group II is investigating a straw-purchasing and firearms trafficking ring operating out of Pueblo and Colorado Springs (18 U.S.C. 922(g)(1), 18 U.S.C. 933). We are requesting the following from CDOC:

1. For inmate DeAndre Tyrell JAMISON, CDOC #172901, DOB 05/05/1993: his approved visitor list, visitation logs since 10/01/2024, and the phone numbers on his approved call list.

2. For parolee Vanessa Louise ORTEGA, DOB 09/21/1997: her current parole address and phone number on file.

Please let me know if a subpoena is required and we will get one issued through the USAO.

Regards,

Grant D. Holloway
Special Agent
Bureau of Alcohol, Tobacco, Firearms and Explosives
Denver Field Division – Group II
O: 303-555-0191
"""
    write_text("bk29.txt", text)
    expect("bk29", "txt", "ATF agent e-mail pasted as plain text; one inmate and one parolee",
           ("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Denver Field Division", "Grant D. Holloway",
            "Special Agent", "Grant.Holloway@atf.gov", "303-555-0191"),
           [("DeAndre Tyrell Jamison", "1993-05-05", [("other", "172901")]),
            ("Vanessa Louise Ortega", "1997-09-21", [])],
           ["18 USC 922", "18 USC 933"], ("none", False, None), False, "criminal_investigation",
           ["other", "phone", "address"], "email")


# =========================================================================== bk30
def bk30():
    cover = [P("<b>HILLSBOROUGH COUNTY SHERIFF'S OFFICE</b>", font="Sans", size=13, align="C", after=0),
             P("Criminal Investigations Division · Economic Crimes Section\n2008 E. 8th Avenue · Tampa, Florida 33605",
               font="Sans", size=9, align="C", after=4), HR(1.4),
             P("<b>FAX COVER</b>", font="Sans", size=20, after=8),
             T([["To", "Florida Commerce – Reemployment Assistance, Records Custodian"], ["Fax", "(850) 555-0173"],
                ["From", "Det. Yolanda M. Pierre-Louis, Economic Crimes"], ["Phone", "(813) 555-0157"],
                ["E-mail", "ypierrelouis@hcso.tampa.fl.us"], ["Date", "10 Sep 2025"], ["Pages", "3"]],
               [70, 400], size=10.5, bold_col0=True),
             SP(12),
             P("Search warrant attached for Reemployment Assistance claim records. Please call me when records are "
               "ready; they may be returned by e-mail.", font="Sans", size=11, after=20),
             P(CONF, font="Sans", size=8, align="J"), PageBreak()]
    w = [P("IN THE CIRCUIT COURT OF THE THIRTEENTH JUDICIAL CIRCUIT\nIN AND FOR HILLSBOROUGH COUNTY, FLORIDA",
           font="Times-Roman", size=11.5, align="C", after=10),
         P("<b>SEARCH WARRANT</b>", font="Times-Roman", size=15, align="C", after=4),
         P("STATE OF FLORIDA\nCOUNTY OF HILLSBOROUGH", font="Times-Roman", size=11, after=8)] + paras(
        """IN THE NAME OF THE STATE OF FLORIDA, to all and singular the Sheriff and Deputy Sheriffs of Hillsborough County, Florida, and to any law enforcement officer of the State of Florida:

WHEREAS, complaint on oath and in writing, supported by affidavit, having been made before me by Detective Yolanda M. Pierre-Louis of the Hillsborough County Sheriff's Office, that she has probable cause to believe and does believe that the laws of the State of Florida have been violated, to wit: Grand Theft, § 812.014, Fla. Stat., and Criminal Use of Personal Identification Information, § 817.568, Fla. Stat.; and that evidence of said offenses is contained in the records described below, in the custody of the Florida Department of Commerce, Reemployment Assistance Program;

AND WHEREAS the facts stated in the affidavit are sufficient to show probable cause under § 933.02, Fla. Stat.;

NOW THEREFORE, you, with such lawful assistance as may be necessary, are hereby commanded to serve this warrant upon the Records Custodian and to search for and seize the following records:""",
        font="Times-Roman", size=11, align="J") + [
        P(t, font="Times-Roman", size=11, left=22, first=-14, align="J") for t in [
            "1. All Reemployment Assistance claims filed in the names of <b>PHAM, Thanh Huong</b> (DOB 12/19/1986, SSN "
            "XXX-XX-5120) and <b>LE, Quang Minh</b> (DOB 04/02/1984, SSN XXX-XX-3376), including applications, "
            "certifications and payment records;",
            "2. All addresses, telephone numbers and e-mail addresses associated with those claims;",
            "3. IP address and log-in records, and the bank accounts or debit cards to which payments were sent."]] + [
        P("and to deliver said records to the affiant, and to make return of this warrant within ten (10) days.",
          font="Times-Roman", size=11, align="J"),
        P("WITNESS my hand and seal this 9th day of September, 2025.", font="Times-Roman", size=11, after=14),
        T([["", sig("Desmond K. Albritton", 14)],
           ["", "CIRCUIT JUDGE\nThirteenth Judicial Circuit\nDesmond K. Albritton"]], [240, 250], font="Times-Roman",
          size=10.5, grid=False)]
    pdf = work("bk30.pdf")
    make_pdf(pdf, cover + w, footer=lambda p: "" if p == 1 else "HCSO Case 25-441903 · Search Warrant · page %d" % (p - 1))
    imgs = rasterize(pdf, 200, "bk30")
    rng = np.random.default_rng(130)
    save_fax(imgs, out("bk30.tif"),
             lambda i, n: "SEP/10/2025 WED 02:31 PM  HCSO ECONOMIC CRIMES  FAX No. 813 555 0158   P. %03d" % i, rng)
    expect("bk30", "fax", "sheriff fax cover + Florida circuit court search warrant for reemployment-assistance claims",
           ("sheriff", "Hillsborough County Sheriff's Office", "Yolanda M. Pierre-Louis", "Detective",
            "ypierrelouis@hcso.tampa.fl.us", "(813) 555-0157"),
           [("Thanh Huong Pham", "1986-12-19", [("ssn_last4", "5120")]),
            ("Quang Minh Le", "1984-04-02", [("ssn_last4", "3376")])],
           ["FS 812.014", "FS 817.568", "FS 933.02"], ("judicial_warrant", True, None), True,
           "criminal_investigation", ["claims", "address", "phone", "email", "other"], "fax")


# =========================================================================== bk31
def bk31():
    lh = [T([[P("<b>DEPARTMENT OF THE TREASURY</b>\nINTERNAL REVENUE SERVICE\nCRIMINAL INVESTIGATION", font="Times-Roman",
                size=11, after=0),
              P("Denver Field Office\n1999 Broadway, MS 6000\nDenver, CO 80202", font="Times-Roman", size=9, align="R",
                after=0)]], [300, 192], grid=False, pad=0), HR(0.8, before=4, after=14)]
    d = lh + [
        P("November 14, 2025", font="Times-Roman", size=11, after=8),
        P("VIA USPS CERTIFIED MAIL 9589 0710 5270 0311 4482 16", font="Times-Roman", size=9.5, after=8),
        P("Colorado Department of Labor and Employment\nUnemployment Insurance Employer Services – Wage Records\n"
          "633 17th Street, Suite 201\nDenver, CO 80202", font="Times-Roman", size=11, after=10),
        P("Re: Request for State Wage Information", font="Times-Roman", size=11, after=8),
        P("Dear Sir or Madam:", font="Times-Roman", size=11)] + paras(
        """IRS Criminal Investigation is conducting an investigation of possible violations of 26 U.S.C. § 7201 (attempt to evade or defeat tax) and 26 U.S.C. § 7206(1) (false return). To assist in this investigation, I request the quarterly wage records reported to your agency for the following individuals for calendar years 2021 through 2024, including the name, address and account number of each reporting employer:

      MOROZOV, Sergei Anatolyevich — born 30 Aug 1975 — SSN ending 7781
      MOROZOVA, Natalia — born 14 Jan 1979 — SSN ending 1196

Any information you provide will be used solely for this investigation and will be safeguarded in the same manner as federal tax information under 26 U.S.C. § 6103. Please mail the records to my attention at the address above, or call me to arrange secure electronic delivery.""",
        font="Times-Roman", size=11, align="J") + [
        P("Sincerely,", font="Times-Roman", size=11, after=8), sig("Benjamin R. Whitcomb"),
        P("Benjamin R. Whitcomb, CPA\nSpecial Agent\nIRS Criminal Investigation, Denver Field Office\nTel. (303) 555-0196",
          font="Times-Roman", size=11, after=12),
        P("cc: Supervisory Special Agent Dana Kaur", font="Times-Roman", size=9)]
    make_pdf(out("bk31.pdf"), d, footer="IRS-CI · Law Enforcement Sensitive", font="Times-Roman")
    expect("bk31", "born_digital", "IRS-CI special agent letter requesting wage records for two people",
           ("irs-ci", "Internal Revenue Service, Criminal Investigation, Denver Field Office", "Benjamin R. Whitcomb",
            "Special Agent", None, "(303) 555-0196"),
           [("Sergei Anatolyevich Morozov", "1975-08-30", [("ssn_last4", "7781")]),
            ("Natalia Morozova", "1979-01-14", [("ssn_last4", "1196")])],
           ["26 USC 7201", "26 USC 7206", "26 USC 6103"], ("none", False, None), False, "criminal_investigation",
           ["wages", "employment"], "mail")


# =========================================================================== bk32
def bk32():
    f = 9
    cb = lambda on: "☒" if on else "☐"  # noqa: E731
    form = [T([[P("<b>DEPARTMENT OF HOMELAND SECURITY</b>", font="Sans", size=10, after=0),
                P("<b>IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION</b>", font="Sans", size=10.5, align="R",
                  after=0)]], [190, 302], grid=False, pad=1), HR(1.2, before=2, after=4),
            T([["Subject ID: 418226097", "Event #: DEN2511000093", "File No: A212 556 083", "Date: 11/20/2025"]],
              [118, 130, 124, 120], size=8.5),
            T([["TO: Colorado Department of Corrections – Denver Reception & Diagnostic Center\n10900 Smith Road, Denver, CO 80239",
                "FROM: ICE ERO Denver Field Office\n12445 E. Caley Avenue, Centennial, CO 80111"]], [246, 246], size=8.5),
            T([["Name of Alien: HOANG, DUC HUY"], ["Date of Birth: 07/11/1989    Citizenship: VIETNAM    Sex: M"]],
              [492], size=9), SP(4),
            P("<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
              "DETERMINATION IS BASED ON:</b>", font="Sans", size=f, after=2)] + [
        P(t, font="Sans", size=f, left=18, first=-12, after=2, align="J") for t in [
            cb(0) + " A final order of removal against the alien;",
            cb(1) + " The pendency of ongoing removal proceedings against the alien;",
            cb(0) + " Biometric confirmation of the alien's identity and a records check of federal databases;",
            cb(0) + " Statements made by the alien to an immigration officer and/or other reliable evidence."]] + [
        P("<b>IT IS REQUESTED THAT YOU:</b>", font="Sans", size=f + 0.5, after=2)] + [
        P("• " + t, font="Sans", size=f, left=18, first=-9, after=2, align="J") for t in [
            "Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your "
            "custody. Please notify DHS by calling (720) 555-0161.",
            "Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would "
            "otherwise have been released from your custody to allow DHS to assume custody.",
            "Provide a copy to the alien of this request.",
            "Notify this office in the event of the alien's death, hospitalization or transfer to another institution."]] + [
        SP(8),
        T([["JORGE A. RÍOS, Deportation Officer", sig("Jorge A. Ríos", 12)],
           ["(Name and title of Immigration Officer)", "(Signature of Immigration Officer)"]], [246, 246], size=8.5,
          grid=False, pad=1),
        SP(4), HR(0.5),
        P("Authority: sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.", font="Sans",
          size=8)]
    pdf = work("bk32.pdf")
    make_pdf(pdf, form, footer="DHS Form I-247D (12/16)", margins=(60, 60, 40, 50))
    page = rasterize(pdf, 150, "bk32")[0]
    im = degrade_scan(page, np.random.default_rng(132), 0.9, bg=240, noise=4, jpeg=85, specks=0.0001)
    im = im.point(lambda v: (v // 16) * 17)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=True)
    plain = """Good morning,

Attached is an immigration detainer (Form I-247D) for inmate HOANG, Duc Huy, CDOC #184417, DOB 07/11/1989, A212 556 083. Please lodge it and notify our office of his scheduled release date.

Thank you,

Jorge A. Ríos
Deportation Officer
ICE ERO Denver – Criminal Alien Program
(720) 555-0161
Jorge.A.Rios@ice.dhs.gov
"""
    html = ("<html><body style='font-family:Calibri,sans-serif'><p>Good morning,</p><p>Attached is an immigration "
            "detainer (Form I-247D) for inmate <b>HOANG, Duc Huy</b>, CDOC #184417, DOB 07/11/1989, A212 556 083. "
            "Please lodge it and notify our office of his scheduled release date.</p><p>Thank you,</p>"
            "<p>Jorge A. Ríos<br>Deportation Officer<br>ICE ERO Denver &ndash; Criminal Alien Program<br>(720) 555-0161"
            "<br>Jorge.A.Rios@ice.dhs.gov</p></body></html>")
    m = new_msg('"Ríos, Jorge A" <Jorge.A.Rios@ice.dhs.gov>', "CDOC DRDC Records <cdoc_drdc_records@state.co.us>",
                "Detainer - HOANG, Duc Huy - CDOC 184417", "Thu, 20 Nov 2025 07:58:31 -0700",
                "<DM6PR09MB2207.8E15@ice.dhs.gov>")
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    m.add_attachment(buf.getvalue(), maintype="image", subtype="png", filename="Scan_20251120_0754.png")
    write_bytes("bk32.eml", email_bytes(m, "bk32"))
    expect("bk32", "eml", "ERO e-mail (plain+HTML) with a PNG scan of an I-247D detainer",
           ("dhs-ice-ero", "ICE ERO Denver – Criminal Alien Program", "Jorge A. Ríos", "Deportation Officer",
            "Jorge.A.Rios@ice.dhs.gov", "(720) 555-0161"),
           [("Duc Huy Hoang", "1989-07-11", [("a_number", "A212556083"), ("other", "184417")])],
           ["INA 236", "INA 287", "8 CFR 287.7"], ("detainer", False, "I-247D"), True, "civil_immigration",
           ["other"], "email")


ALL = [bk01, bk02, bk03, bk04, bk05, bk06, bk07, bk08, bk09, bk10, bk11, bk12, bk13, bk14, bk15, bk16,
       bk17, bk18, bk19, bk20, bk21, bk22, bk23, bk24, bk25, bk26, bk27, bk28, bk29, bk30, bk31, bk32]

if __name__ == "__main__":
    for fn in ALL:
        fn()
    assert len(DOCS) == 32
    print("wrote %d documents to %s" % (len(DOCS), OUT))
