#!/usr/bin/env python3
"""Build the blind-u evaluation set (32 request documents + expected labels).

Independent author; deterministic (fixed seeds).  Run with the project venv:
    /work/main/.venv/bin/python samples/blind_u/build.py
Temporary rendering files go to /tmp/author_u/build.
"""
import io
import json
import os
import random
import shutil
import subprocess
import time
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_u/build"
FAMILY = "blind-u"
SEED = 4242
FD = "/usr/share/fonts/truetype/dejavu/"
SCRIPT_FONT = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
MONO_FONT = FD + "DejaVuSansMono.ttf"
MONO_BOLD = FD + "DejaVuSansMono-Bold.ttf"

# ---------------------------------------------------------------- fonts
_FONTS = {
    "Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf"),
    "Cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
    "SerifC": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf", "DejaVuSerifCondensed-Italic.ttf", "DejaVuSerifCondensed-BoldItalic.ttf"),
}
for fam, files in _FONTS.items():
    names = [fam, fam + "-B", fam + "-I", fam + "-BI"]
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, FD + f))
    addMapping(fam, 0, 0, names[0])
    addMapping(fam, 1, 0, names[1])
    addMapping(fam, 0, 1, names[2])
    addMapping(fam, 1, 1, names[3])


# ---------------------------------------------------------------- flowable helpers
def S(font="Serif", size=10.5, lead=None, align=0, bold=False, italic=False, space=5, indent=0, first=0, before=0):
    name = font + ("-B" if bold and not italic else "") + ("-I" if italic and not bold else "") + ("-BI" if bold and italic else "")
    return ParagraphStyle("s", fontName=name, fontSize=size, leading=lead or size * 1.28, alignment=align,
                          spaceAfter=space, spaceBefore=before, leftIndent=indent, firstLineIndent=first)


def esc(t):
    return t.replace("&", "&amp;").replace("&amp;amp;", "&amp;")


def P(text, **kw):
    return Paragraph(esc(text).replace("\n", "<br/>"), S(**kw))


def C(text, **kw):
    kw.setdefault("align", 1)
    return P(text, **kw)


def SP(h=8):
    return Spacer(1, h)


def HR(w=1, before=2, after=6):
    return HRFlowable(width="100%", thickness=w, color=colors.black, spaceBefore=before, spaceAfter=after)


def PB():
    return PageBreak()


def T(rows, widths, font="Sans", size=9, grid=True, header=False, pad=3, box_only=False, bold_col0=False,
      spans=(), extra=(), align=0):
    cells = []
    for row in rows:
        r = []
        for j, c in enumerate(row):
            if isinstance(c, str):
                r.append(P(c, font=font, size=size, space=0, bold=(bold_col0 and j == 0), align=align))
            else:
                r.append(c)
        cells.append(r)
    t = Table(cells, colWidths=[w * inch for w in widths])
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
          ("LEFTPADDING", (0, 0), (-1, -1), pad + 1), ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1)]
    if grid:
        st.append(("GRID", (0, 0), (-1, -1), 0.7, colors.black))
    if box_only:
        st.append(("BOX", (0, 0), (-1, -1), 0.9, colors.black))
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.82, 0.82, 0.82)))
    for sp in spans:
        st.append(("SPAN",) + tuple(sp))
    st.extend(extra)
    t.setStyle(TableStyle(st))
    return t


def LH2(left, right, font="Sans", size=8.5, lw=3.6, rw=3.4, rule=True):
    """Two-column letterhead."""
    t = Table([[P(left, font=font, size=size, space=0), P(right, font=font, size=size, space=0, align=2)]],
              colWidths=[lw * inch, rw * inch])
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    if rule:
        st.append(("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black))
    t.setStyle(TableStyle(st))
    return t


def X(on):
    return "☒" if on else "☐"


def build_pdf(path, flow, footer=None, header=None, font="Sans", margins=(0.9, 0.8, 0.85, 0.85), pagenum=False,
              pagesize=letter, title="Document"):
    lm, rm, tm, bm = margins

    def deco(canv, doc):
        canv.saveState()
        w, h = pagesize
        if header:
            canv.setFont(font, 7.5)
            canv.drawCentredString(w / 2, h - 0.45 * inch, header)
        y = 0.45 * inch
        if footer:
            canv.setFont(font, 7)
            for i, line in enumerate(reversed(footer.split("\n"))):
                canv.drawCentredString(w / 2, y + i * 9, line)
        if pagenum:
            canv.setFont(font, 7.5)
            canv.drawRightString(w - rm * inch, 0.3 * inch, "Page %d" % doc.page)
        canv.restoreState()

    d = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=lm * inch, rightMargin=rm * inch,
                          topMargin=tm * inch, bottomMargin=bm * inch, title=title, author="", creator="", producer="")
    d.build(list(flow), onFirstPage=deco, onLaterPages=deco)


def pdf_bytes(flow, **kw):
    p = os.path.join(TMP, "tmp_%d.pdf" % random.randint(0, 10 ** 9))
    build_pdf(p, flow, **kw)
    with open(p, "rb") as f:
        b = f.read()
    os.remove(p)
    return b


# ---------------------------------------------------------------- raster helpers
def rasterize(pdf, dpi, prefix):
    out = os.path.join(TMP, prefix)
    for f in os.listdir(TMP):
        if f.startswith(prefix + "-"):
            os.remove(os.path.join(TMP, f))
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-png", pdf, out], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(prefix + "-") and f.endswith(".png"))
    return [Image.open(os.path.join(TMP, f)).convert("L") for f in pages]


def _font(path, px):
    return ImageFont.truetype(path, int(px))


def overlay(img, ov, dpi):
    """Stamps and handwritten notes, coordinates as fractions of the page."""
    W, H = img.size
    x, y = int(ov["x"] * W), int(ov["y"] * H)
    ink = ov.get("ink", 70)
    if ov["kind"] == "hand":
        f = _font(SCRIPT_FONT, ov.get("size", 16) * dpi / 72.0)
        lines = ov["text"].split("\n")
        lh = int(f.size * 1.15)
        tw = max(int(f.getlength(l)) for l in lines) + 20
        layer = Image.new("L", (tw, lh * len(lines) + 20), 255)
        d = ImageDraw.Draw(layer)
        for i, l in enumerate(lines):
            d.text((10, 5 + i * lh), l, font=f, fill=ink)
        if ov.get("underline"):
            d.line((10, lh * len(lines) + 8, tw - 10, lh * len(lines) + 12), fill=ink, width=max(2, dpi // 100))
    else:  # stamp
        f = _font(FD + "DejaVuSans-Bold.ttf", ov.get("size", 11) * dpi / 72.0)
        lines = ov["lines"]
        lh = int(f.size * 1.3)
        tw = max(int(f.getlength(l)) for l in lines) + int(f.size * 1.6)
        th = lh * len(lines) + int(f.size * 1.0)
        layer = Image.new("L", (tw + 8, th + 8), 255)
        d = ImageDraw.Draw(layer)
        bw = max(3, dpi // 60)
        d.rounded_rectangle((4, 4, tw + 2, th + 2), radius=int(f.size * 0.5), outline=ink, width=bw)
        for i, l in enumerate(lines):
            lw_ = f.getlength(l)
            d.text(((tw + 6 - lw_) / 2, int(f.size * 0.5) + i * lh), l, font=f, fill=ink)
        # patchy ink
        rs = np.random.default_rng(int(ov["x"] * 1000 + ov["y"] * 100))
        a = np.asarray(layer).astype(np.int16)
        mask = rs.random(a.shape) < 0.18
        a[mask & (a < 200)] = 200
        layer = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    layer = layer.rotate(ov.get("angle", 0), expand=True, fillcolor=255, resample=Image.BICUBIC)
    region = img.crop((x, y, x + layer.size[0], y + layer.size[1]))
    region = ImageChops.darker(region, layer.crop((0, 0) + region.size))
    img.paste(region, (x, y))
    return img


def scan_degrade(img, rng, rot=0):
    a = np.asarray(img).astype(np.float32)
    bg = rng.uniform(214, 234)
    a = 18 + a * ((bg - 18) / 255.0)
    h, w = a.shape
    gx = np.linspace(-1, 1, w)[None, :]
    gy = np.linspace(-1, 1, h)[:, None]
    a = a + rng.uniform(-5, 5) * gx + rng.uniform(-5, 5) * gy
    a = a + rng.normal(0, rng.uniform(4, 7), a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    ang = float(rng.uniform(0.5, 1.4) * rng.choice([-1, 1]))
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=int(bg * 0.55))
    if rot:
        im = im.rotate(rot, expand=True)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=int(rng.integers(38, 55)))
    buf.seek(0)
    return Image.open(buf).convert("L")


def fax_page(img, rng, header=None, rot=0):
    im = img.rotate(float(rng.uniform(-0.7, 0.7)), resample=Image.BILINEAR, fillcolor=255)
    if rot:
        im = im.rotate(rot, expand=True)
    if header:
        d = ImageDraw.Draw(im)
        d.rectangle((0, 0, im.size[0], 44), fill=255)
        d.text((40, 12), header, font=_font(MONO_FONT, 21), fill=0)
    a = np.asarray(im).astype(np.float32)
    a = a + rng.normal(0, 18, a.shape)
    thr = rng.uniform(135, 165)
    b = (a > thr).astype(np.uint8) * 255
    specks = rng.random(b.shape) < 0.0006
    b[specks] = 0
    # a couple of faint horizontal streaks
    for _ in range(int(rng.integers(0, 3))):
        yy = int(rng.integers(60, b.shape[0] - 5))
        b[yy, :: int(rng.integers(2, 5))] = 0
    return Image.fromarray(b).convert("1")


def save_scanned(images, path, dpi):
    ts = time.struct_time((2025, 3, 20, 12, 0, 0, 3, 79, 0))
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:],
                   quality=60, creationDate=ts, modDate=ts)


def save_fax(images, path):
    images[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=images[1:])


# ---------------------------------------------------------------- email helpers
def mk_mail(frm, to, subject, date, mid, cc=None, reply_to=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def fix_boundaries(msg, tag):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%s_%03d_%08d" % (tag, n, 4242 * n + 17))
    return msg


def TZ(h):
    return timezone(timedelta(hours=h))


# ---------------------------------------------------------------- labels
def label(did, fmt, template, ag, ag_name, person, title, email, phone, subjects, basis, ptype, form,
          attached, purpose, records, channel):
    return {
        "id": did, "family": FAMILY, "format": fmt, "template": template,
        "requestor": {"agency_key": ag, "agency_name": ag_name, "person": person, "title": title,
                      "email": email, "phone": phone},
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype,
                          "court_issued": ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"),
                          "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }


def subj(name, dob=None, **ids):
    out = []
    for k in ("a_number", "license", "ssn_last4", "other"):
        v = ids.get(k)
        if v is None:
            continue
        for one in (v if isinstance(v, list) else [v]):
            out.append({"type": k, "value": one})
    return {"name": name, "dob": dob, "identifiers": out}


DOCS = []


def register(fn):
    DOCS.append(fn)
    return fn


# ================================================================ BORN-DIGITAL (bu01-bu06)
@register
def bu01():
    F = "Serif"
    flow = [
        C("U.S. Department of Justice", font=F, size=11, bold=True, space=0),
        C("Drug Enforcement Administration", font=F, size=11, bold=True, space=0),
        C("Rocky Mountain Field Division · Denver Field Office · 12154 East Easter Avenue · Centennial, Colorado 80112", font=F, size=8, space=2),
        HR(1.5),
        C("SUBPOENA", font=F, size=18, bold=True, space=2),
        C("UNITED STATES OF AMERICA — DEPARTMENT OF JUSTICE", font=F, size=9.5, space=10),
        T([["<b>TO:</b>\nCustodian of Records\nColorado Department of Revenue\nDivision of Motor Vehicles — Driver and Vehicle Records\n1881 Pierce Street\nLakewood, CO 80214",
            "<b>Subpoena No.:</b> RM-25-214877\n<b>DEA File No.:</b> RM-24-0093\n<b>G-DEP Identifier:</b> G1-RM-4Q\n<b>Date issued:</b> March 4, 2025\n<b>Served:</b> Certified Mail 7022 0410 0003 1187 5521"]],
          [3.6, 3.0], font=F, size=9.5),
        SP(10),
        P("By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to appear before Group Supervisor "
          "Ryan P. Hollister, an officer of the Drug Enforcement Administration, at 12154 East Easter Avenue, "
          "Centennial, Colorado, on <b>March 28, 2025, at 10:00 a.m.</b>, to give testimony and to bring with you "
          "and produce the records listed below, in connection with an investigation being conducted under the "
          "Controlled Substances Act into possible violations of 21 U.S.C. §§ 841(a)(1) and 846.", font=F, align=4),
        P("This subpoena is issued pursuant to Section 506 of Public Law 91-513 (Title 21, United States Code, "
          "Section 876). In lieu of a personal appearance, you may comply by mailing or delivering certified copies "
          "of the records to the officer named above on or before the return date.", font=F, align=4),
        P("<b>RECORDS TO BE PRODUCED</b>", font=F, before=4),
        P("For each person listed, all Colorado driver license, permit and identification card records, including "
          "the application, copies of identity and residency documents presented, the most recent and all prior "
          "digital photographs, every address of record, and all vehicle registration and title records for any "
          "vehicle registered to or co-owned by the person from January 1, 2022 to the present:", font=F, align=4),
        T([["", "Name", "Date of birth", "CO DL / ID No."],
           ["1", "ECHEVERRÍA-SALAS, Joaquín Andrés", "07/22/1991", "19-204-5518"],
           ["2", "VOLKOV, Dmitri", "11/03/1986", "unknown"]],
          [0.3, 2.9, 1.2, 1.6], font=F, size=9.5, header=True),
        SP(8),
        P("Do not disclose the existence of this subpoena to the persons named. Disclosure could impede the "
          "investigation and interfere with the enforcement of federal law.", font=F, size=9.5, italic=True, align=4),
        P("<b>FAILURE TO COMPLY.</b> In case of contumacy by, or refusal to obey this subpoena, the Attorney General "
          "may invoke the aid of any court of the United States within the jurisdiction of which the investigation "
          "is carried on, or of which the subpoenaed person is an inhabitant, to compel compliance. The United "
          "States District Court may issue an order requiring you to appear and produce records; failure to obey "
          "such order may be punished as contempt (21 U.S.C. § 876(c)).", font=F, size=9.5, align=4),
        SP(18),
        T([["", "/s/ Ryan P. Hollister\n______________________________\nRyan P. Hollister\nGroup Supervisor, Enforcement Group 4\nDrug Enforcement Administration\n(720) 555-0160"]],
          [3.3, 3.3], font=F, size=9.5, grid=False),
    ]
    lab = label("bu01", "born_digital", "DEA administrative subpoena (21 USC 876) to DMV, two subjects in a table",
                "doj-dea", "Drug Enforcement Administration, Rocky Mountain Field Division", "Ryan P. Hollister",
                "Group Supervisor", None, "(720) 555-0160",
                [subj("Joaquín Andrés Echeverría-Salas", "1991-07-22", license="192045518"),
                 subj("Dmitri Volkov", "1986-11-03")],
                ["21 USC 841", "21 USC 846", "PL 91-513", "21 USC 876"],
                "administrative_subpoena", None, True, "criminal_investigation",
                ["license", "identity_documents", "photo", "address", "vehicle"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F}}


@register
def bu02():
    F = "Sans"
    flow = [
        LH2("<b>U.S. Department of Justice</b>\nFederal Bureau of Investigation",
            "Albuquerque Field Office\n4200 Luecking Park Avenue NE\nAlbuquerque, New Mexico 87107"),
        SP(14),
        P("In Reply, Please Refer to\nFile No. 91A-AQ-3398127", font=F, size=8.5),
        P("March 5, 2025", font=F),
        P("<b>VIA EMAIL</b> (mvd.lawenforcement@tax.nm.gov)", font=F, size=9),
        P("New Mexico Taxation and Revenue Department\nMotor Vehicle Division — Records Bureau\nP.O. Box 1028\nSanta Fe, NM 87504-1028", font=F),
        P("<b>Re: Request for Driver and Vehicle Records — Travis Lee McAllister</b>", font=F, before=4),
        P("Dear Records Bureau:", font=F),
        P("The Federal Bureau of Investigation is investigating a series of armed robberies of federally insured "
          "financial institutions in Albuquerque and Rio Rancho between January 9 and February 26, 2025, in violation "
          "of Title 18, United States Code, Section 2113(a) and (d). One of the persons under investigation is:", font=F, align=4),
        T([["Name:", "Travis Lee McAllister"], ["Date of birth:", "14 Feb 1993"],
           ["NM driver license:", "034582211"], ["Last known address:", "2217 Alamosa Dr. SW, Albuquerque, NM 87105"]],
          [1.6, 3.6], font=F, size=9.5, grid=False, bold_col0=True),
        SP(6),
        P("As permitted for use by a government agency, including a law enforcement agency, in carrying out its "
          "functions (18 U.S.C. § 2721(b)(1)), I request copies of the following:", font=F, align=4),
        P("• the current and all prior addresses of record;\n• the most recent driver license photograph;\n"
          "• the driver license file and status; and\n• registration records for any vehicle registered to Mr. McAllister.",
          font=F, indent=14),
        P("A bank teller who witnessed the February 26 robbery, Ms. Carla Benavídez, has provided a description of a "
          "dark grey pickup; vehicle records are therefore of particular interest. Please do not contact the subject.", font=F, align=4),
        P("Records may be sent electronically to the address below. Thank you for your assistance.", font=F),
        P("Sincerely,", font=F, before=4),
        SP(14),
        P("Kimberly A. Dufresne\nSpecial Agent\nFederal Bureau of Investigation, Albuquerque\nkadufresne@fbi.gov | (505) 555-0134", font=F),
        SP(10),
        P("cc: AUSA Marcus Y. Delgado, U.S. Attorney's Office, District of New Mexico", font=F, size=8.5),
    ]
    lab = label("bu02", "born_digital", "FBI field office letter to motor vehicle division, bank robbery",
                "doj-fbi", "Federal Bureau of Investigation, Albuquerque Field Office", "Kimberly A. Dufresne",
                "Special Agent", "kadufresne@fbi.gov", "(505) 555-0134",
                [subj("Travis Lee McAllister", "1993-02-14", license="034582211")],
                ["18 USC 2113", "18 USC 2721"], "none", None, False, "criminal_investigation",
                ["address", "photo", "license", "vehicle"], "email")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F}}


@register
def bu03():
    F = "Serif"
    flow = [
        P("<b>WHITCOMBE &amp; LAIRD LLP</b>\nAttorneys at Law\n1550 Larimer Street, Suite 900 · Denver, Colorado 80202\nTel. (303) 555-0188 · jwhitcombe@whitcombelaird.com", font=F, size=9, align=1),
        HR(),
        P("March 6, 2025", font=F),
        P("<b>Via Certified Mail</b>", font=F, size=9.5),
        P("Custodian of Records\nColorado Department of Labor and Employment\nUnemployment Insurance Division — Legal Records\n633 17th Street, Suite 201\nDenver, CO 80202", font=F),
        P("Re: <i>Gómez Ibáñez v. Front Range Cold Storage, LLC</i>, Civil Action No. 1:24-cv-02871-NYW (D. Colo.)", font=F, bold=False),
        P("Dear Custodian:", font=F),
        P("This firm represents Defendant Front Range Cold Storage, LLC in the above wage-and-hour action. Enclosed is a "
          "subpoena to produce documents directed to the Department. We understand that unemployment insurance records "
          "are confidential under C.R.S. § 8-72-107; a stipulated protective order (ECF No. 31) governs their use in this "
          "case, and a copy is available on request. The Plaintiff's counsel has been served with notice of the subpoena.", font=F, align=4),
        P("Please call me if a records certification in lieu of appearance is acceptable to the Department.", font=F),
        P("Very truly yours,", font=F),
        SP(12),
        P("Jonathan R. Whitcombe\nJonathan R. Whitcombe, Esq.\nCounsel for Defendant", font=F),
        P("Enclosure\ncc: Ana Lucía Ferreira, Esq. (counsel for Plaintiff)", font=F, size=8.5),
        PB(),
        P("AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action", font=F, size=7),
        HR(0.5),
        C("UNITED STATES DISTRICT COURT", font=F, size=13, bold=True, space=0),
        C("for the", font=F, size=9, space=0),
        C("District of Colorado", font=F, size=11, space=8),
        T([["Rosa Elena Gómez Ibáñez\n<i>Plaintiff</i>\nv.\nFront Range Cold Storage, LLC\n<i>Defendant</i>",
            "\n)\n)\n)\n)", "Civil Action No. 1:24-cv-02871-NYW"]], [3.2, 0.3, 3.0], font=F, size=9.5, grid=False),
        SP(6),
        C("SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS\nOR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION", font=F, size=10, bold=True),
        P("To: Custodian of Records, Colorado Department of Labor and Employment, 633 17th Street, Denver, CO 80202", font=F, size=9.5),
        P("<i>(Name of person to whom this subpoena is directed)</i>", font=F, size=7.5, align=1),
        P(X(True) + " <b>Production:</b> YOU ARE COMMANDED to produce at the time, date, and place set forth below the following "
          "documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material:", font=F, size=9.5, align=4),
        P("All unemployment insurance claim files for claimant Rosa Elena Gómez Ibáñez (date of birth September 30, 1979; "
          "SSN ending in 6612), including initial and continued claims, separation information, benefit payment history, "
          "employer responses, and quarterly wage records reported by any employer, for the period January 1, 2021 to the present.", font=F, size=9.5, indent=16),
        T([["Place: Whitcombe &amp; Laird LLP, 1550 Larimer Street, Suite 900, Denver, CO 80202", "Date and Time:\n04/07/2025 9:00 am"]],
          [4.6, 1.9], font=F, size=9),
        P(X(False) + " <b>Inspection of Premises:</b> YOU ARE COMMANDED to permit entry onto the designated premises ...", font=F, size=9, before=6),
        P("The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; "
          "Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to "
          "your duty to respond to this subpoena and the potential consequences of not doing so.", font=F, size=9, align=4),
        P("Date: 03/06/2025", font=F, size=9.5),
        T([["CLERK OF COURT\n\n________________________\n<i>Signature of Clerk or Deputy Clerk</i>", "OR",
            "/s/ Jonathan R. Whitcombe\n________________________\n<i>Attorney's signature</i>"]], [2.8, 0.6, 2.8], font=F, size=9, grid=False),
        P("The name, address, e-mail address, and telephone number of the attorney representing Defendant Front Range Cold "
          "Storage, LLC, who issues or requests this subpoena, are: Jonathan R. Whitcombe, Whitcombe &amp; Laird LLP, "
          "1550 Larimer Street, Suite 900, Denver, CO 80202; jwhitcombe@whitcombelaird.com; (303) 555-0188.", font=F, size=9, align=4),
        P("<b>Notice to the person who issues or requests this subpoena</b>\nIf this subpoena commands the production of "
          "documents, electronically stored information, or tangible things or the inspection of premises before trial, a "
          "notice and a copy of the subpoena must be served on each party in this case before it is served on the person to "
          "whom it is directed. Fed. R. Civ. P. 45(a)(4).", font=F, size=8.5, align=4),
        PB(),
        C("Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)", font=F, size=9, bold=True),
        P("<b>(c) Place of Compliance.</b> (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a "
          "trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, or "
          "regularly transacts business in person ... (2) For Other Discovery. A subpoena may command: (A) production of "
          "documents, electronically stored information, or tangible things at a place within 100 miles of where the person "
          "resides, is employed, or regularly transacts business in person; and (B) inspection of premises at the premises to be inspected.", font=F, size=8, align=4),
        P("<b>(d) Protecting a Person Subject to a Subpoena; Enforcement.</b> (1) Avoiding Undue Burden or Expense; Sanctions. "
          "A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing "
          "undue burden or expense on a person subject to the subpoena. The court for the district where compliance is "
          "required must enforce this duty ... (2)(B) Objections. A person commanded to produce documents or tangible things "
          "or to permit inspection may serve on the party or attorney designated in the subpoena a written objection ...", font=F, size=8, align=4),
        P("<b>(e) Duties in Responding to a Subpoena.</b> (1) Producing Documents or Electronically Stored Information. ... "
          "(A) Documents. A person responding to a subpoena to produce documents must produce them as they are kept in the "
          "ordinary course of business or must organize and label them to correspond to the categories in the demand ...", font=F, size=8, align=4),
        P("<b>(g) Contempt.</b> The court for the district where compliance is required—and also, after a motion is transferred, "
          "the issuing court—may hold in contempt a person who, having been served, fails without adequate excuse to obey the "
          "subpoena or an order related to it.", font=F, size=8, align=4),
        P("For access to subpoena materials, see Fed. R. Civ. P. 45(a) Committee Note (2013).", font=F, size=8),
    ]
    lab = label("bu03", "born_digital", "law-firm cover letter + AO 88B civil subpoena for UI claim and wage records",
                "other", "Whitcombe & Laird LLP", "Jonathan R. Whitcombe", "Counsel for Defendant (attorney)",
                "jwhitcombe@whitcombelaird.com", "(303) 555-0188",
                [subj("Rosa Elena Gómez Ibáñez", "1979-09-30", ssn_last4="6612")],
                ["CRS 8-72-107", "FRCP 45"], "court_subpoena", "AO 88B", True, "unknown",
                ["claims", "benefits", "wages", "employment"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F}}


@register
def bu04():
    F = "Sans"
    box = lambda rows, w: T(rows, w, font=F, size=9)
    flow = [
        T([["<b>Summons</b>", "Department of the Treasury\nInternal Revenue Service"]], [4.0, 2.8], font=F, size=12, grid=False),
        HR(1.2),
        box([["<b>In the matter of</b>  Phuong Thi Nguyen (NGUYEN, Phuong Thi), 4418 W. Kentucky Ave., Denver, CO 80219"],
             ["<b>Internal Revenue Service (Division):</b> Criminal Investigation"],
             ["<b>Industry/Area (name or number):</b> Denver Field Office, Rocky Mountain Area"],
             ["<b>Periods:</b> Calendar years 2021, 2022 and 2023"]], [6.8]),
        SP(6),
        C("<b>The Commissioner of Internal Revenue</b>", font=F, size=11),
        P("<b>To:</b> Colorado Department of Labor and Employment, Attn: Custodian of Records, Unemployment Insurance Employer Services, 633 17th Street, Denver, CO 80202", font=F, size=9.5),
        P("You are hereby summoned and required to appear before <b>Aaron J. Whitlock, Special Agent</b>, an officer of the "
          "Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following "
          "books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for "
          "the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue "
          "laws concerning the person identified above for the periods shown.", font=F, size=9.5, align=4),
        P("<b>Records:</b> All quarterly wage detail reports (employer name, account number, wages paid) filed with the "
          "Department for the individual Phuong Thi Nguyen, SSN XXX-XX-2290, date of birth 1976-08-15, and all unemployment "
          "insurance claims filed by her, for January 1, 2021 through December 31, 2023, including the employer account "
          "records of Saigon Pearl Nail Spa LLC (Colorado employer account no. 0488213) insofar as they report wages paid to her.", font=F, size=9.5, align=4),
        T([["<b>Business address and telephone number of IRS officer before whom you are to appear:</b>\n1999 Broadway, Stop 9000 DEN, Denver, CO 80202 · (303) 555-0177",
            ],
           ["<b>Place and time for appearance at:</b> 1999 Broadway, Denver, CO 80202 on the 1st day of April, 2025 at 9 o'clock a.m."]],
          [6.8], font=F, size=9),
        SP(4),
        P("Issued under authority of the Internal Revenue Code this <b>10th</b> day of <b>March</b>, <b>2025</b>.", font=F, size=9.5),
        T([["/s/ Aaron J. Whitlock\nSignature of issuing officer", "Special Agent\nTitle"],
           ["/s/ Gloria M. Estrada\nSignature of approving officer (if applicable)", "Supervisory Special Agent\nTitle"]],
          [3.6, 3.2], font=F, size=9),
        P("Form <b>2039</b> (Rev. 10-2010) Catalog Number 21405J · www.irs.gov · Part A — to be given to person summoned", font=F, size=7),
        PB(),
        C("<b>Provisions of the Internal Revenue Code</b>", font=F, size=10),
        P("Authority for this summons: Title 26, United States Code, Sections 7602 and 7603. Section 7602(a) authorizes the "
          "Secretary, for the purpose of ascertaining the correctness of any return, determining the liability of any person "
          "for any internal revenue tax, or inquiring into any offense connected with the administration or enforcement of the "
          "internal revenue laws, to summon any person having possession, custody, or care of books of account containing "
          "entries relating to the business of the person liable for tax. Service is made as provided in 26 U.S.C. § 7603.", font=F, size=8.5, align=4),
        P("<b>Enforcement.</b> If any person is summoned under the internal revenue laws to appear, to testify, or to produce "
          "books, papers, records, or other data, the United States District Court for the district in which such person "
          "resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or "
          "production (26 U.S.C. § 7604).", font=F, size=8.5, align=4),
        P("<b>Payment of expenses.</b> The Secretary shall by regulations establish the rates and conditions under which payment "
          "may be made of the costs of searching for, reproducing, or transporting records (26 U.S.C. § 7610).", font=F, size=8.5, align=4),
        SP(8),
        C("<b>Certificate of Service of Summons</b>", font=F, size=10),
        P("I certify that I served the summons shown on the front of this form on: Date 03/10/2025. How summons was served: "
          + X(False) + " in hand " + X(False) + " at last and usual place of abode " + X(True) + " certified mail to the Department "
          "(7021 2720 0001 4436 9087).", font=F, size=9),
        P("Signature: /s/ Aaron J. Whitlock      Title: Special Agent, IRS Criminal Investigation", font=F, size=9),
        SP(10),
        P("<b>Transmittal note:</b> This summons is issued in a criminal investigation of possible violations of 26 U.S.C. § 7201 "
          "(tax evasion) and 26 U.S.C. § 7206(1) (false returns). Please direct questions to SA Whitlock at (303) 555-0177 or "
          "aaron.whitlock@ci.irs.gov. Do not disclose this summons to the taxpayer.", font=F, size=8.5, align=4),
    ]
    lab = label("bu04", "born_digital", "IRS Form 2039 summons from IRS-CI for wage records, statute page",
                "irs-ci", "Internal Revenue Service, Criminal Investigation, Denver Field Office", "Aaron J. Whitlock",
                "Special Agent", "aaron.whitlock@ci.irs.gov", "(303) 555-0177",
                [subj("Phuong Thi Nguyen", "1976-08-15", ssn_last4="2290")],
                ["26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7610", "26 USC 7201", "26 USC 7206"],
                "administrative_subpoena", "Form 2039", True, "criminal_investigation",
                ["wages", "employment", "claims"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F}}


@register
def bu05():
    F = "Serif"
    flow = [
        LH2("<b>U.S. Department of Justice</b>\n<b>Federal Bureau of Investigation</b>\nPortland Field Office",
            "9109 NE Cascades Parkway\nPortland, OR 97220\n(503) 555-0109 (main)", font=F),
        SP(12),
        P("File No. 196B-PD-3470012", font=F, size=9),
        P("March 14, 2025", font=F),
        P("<b>VIA FEDERAL EXPRESS</b>", font=F, size=9.5),
        P("Oregon Department of Transportation\nDriver and Motor Vehicle Services Division\nAttn: Records Policy Unit / Legal Process\n1905 Lana Avenue NE\nSalem, OR 97314", font=F),
        P("Dear Records Policy Unit:", font=F),
        P("Enclosed please find an Order of the United States District Court for the District of Oregon, issued under "
          "18 U.S.C. § 2703(d), directing DMV to disclose the DMV2U online-services account records described in Attachment A. "
          "Please produce the records to me within ten days of receipt. The Order also directs that DMV not notify any person "
          "of its existence.", font=F, align=4),
        P("If you have questions, contact me directly at (503) 555-0146 or nbrooks2@fbi.gov.", font=F),
        P("Respectfully,", font=F),
        SP(14),
        P("Nathaniel C. Brooks\nSpecial Agent, Cyber/Financial Crimes Squad\nFBI Portland", font=F),
        P("Enclosure (Order, Case No. 3:25-mc-00219)\ncc: AUSA Priya Raman", font=F, size=8.5),
        PB(),
        C("UNITED STATES DISTRICT COURT", font=F, size=13, bold=True, space=0),
        C("FOR THE DISTRICT OF OREGON", font=F, size=11, bold=True, space=10),
        T([["IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d) "
            "DIRECTED TO OREGON DEPARTMENT OF TRANSPORTATION, DRIVER AND MOTOR VEHICLE SERVICES (DMV2U ONLINE SERVICES)",
            "Case No. 3:25-mc-00219\n\n<b>ORDER</b>\n\n<b>FILED UNDER SEAL</b>"]], [4.2, 2.4], font=F, size=9.5, grid=False,
          extra=[("LINEAFTER", (0, 0), (0, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black)]),
        SP(10),
        P("The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an "
          "Order requiring the Oregon Department of Transportation, Driver and Motor Vehicle Services Division (\"DMV\"), a "
          "provider of an electronic communications service to the public through its DMV2U portal, to disclose the records and "
          "other information described in Attachment A to this Order.", font=F, align=4, first=24, lead=17),
        P("The Court finds that the United States has offered specific and articulable facts showing that there are reasonable "
          "grounds to believe that the records or other information sought are relevant and material to an ongoing criminal "
          "investigation of violations of 18 U.S.C. §§ 1028A and 1343. The Court is a court of competent jurisdiction as defined "
          "in 18 U.S.C. § 2711(3).", font=F, align=4, first=24, lead=17),
        P("IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that DMV shall, within ten days of the date of this Order, "
          "disclose to the United States the records and other information described in Attachment A.", font=F, align=4, first=24, lead=17),
        P("IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that DMV shall not disclose the existence of the application "
          "or this Order to any person for a period of one year, except that DMV may disclose it to an attorney for the purpose of "
          "receiving legal advice.", font=F, align=4, first=24, lead=17),
        P("IT IS SO ORDERED.", font=F, before=6),
        T([["DATED this 12th day of March, 2025.", "/s/ Alana K. Whitford\n___________________________\nHONORABLE ALANA K. WHITFORD\nUnited States Magistrate Judge"]],
          [3.1, 3.5], font=F, size=10, grid=False),
        PB(),
        C("<b>ATTACHMENT A</b>", font=F, size=11),
        C("Records to be disclosed", font=F, size=10),
        P("I. The following DMV2U accounts and any account registered to the same e-mail address, telephone number or customer number:", font=F, align=4),
        T([["Account holder (as registered)", "Date of birth", "Oregon DL / customer no."],
           ["Kateryna Bondarenko", "04/09/1990", "DL 7741902"],
           ["Oleksandr M. Hrytsenko", "12/01/1988", "Cust. no. 30-118-5527"]], [2.8, 1.3, 2.5], font=F, size=9.5, header=True),
        SP(6),
        P("II. For each account, from June 1, 2024 through the date of this Order: (a) subscriber information — names, mailing and "
          "residential addresses, e-mail addresses and telephone numbers provided at registration or later; (b) records of session "
          "times and durations and the Internet Protocol addresses used to log in; (c) records of any address changes, duplicate "
          "licence or registration orders, and the delivery addresses given for them; (d) means and source of payment.", font=F, align=4),
        P("III. Records need not include the content of any communication.", font=F),
    ]
    lab = label("bu05", "born_digital", "FBI cover letter + federal 2703(d) order to DMV for online account records",
                "doj-fbi", "Federal Bureau of Investigation, Portland Field Office", "Nathaniel C. Brooks",
                "Special Agent", "nbrooks2@fbi.gov", "(503) 555-0146",
                [subj("Kateryna Bondarenko", "1990-04-09", license="7741902"),
                 subj("Oleksandr M. Hrytsenko", "1988-12-01", other="301185527")],
                ["18 USC 2703", "18 USC 1028A", "18 USC 1343", "18 USC 2711", "18 USC 2705"],
                "court_order", None, True, "criminal_investigation",
                ["address", "email", "phone", "other"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F, "footer": "SEALED — Case No. 3:25-mc-00219", "pagenum": True}}


@register
def bu06():
    F = "Sans"
    flow = [
        T([["U.S. Department of Justice\n<b>United States Marshals Service</b>\nWestern District of Washington",
            "<b>Pacific Northwest Violent Offender Task Force</b>\n700 Stewart Street, Suite 9000\nSeattle, WA 98101"]],
          [3.4, 3.4], font=F, size=9, grid=False, extra=[("LINEBELOW", (0, 0), (-1, 0), 2, colors.black)]),
        SP(10),
        P("12 March 2025", font=F),
        P("Via e-mail: dol.lawenforcementrequests@dol.wa.gov", font=F, size=9),
        P("Washington State Department of Licensing\nRecords Services — Law Enforcement Requests\nP.O. Box 9030\nOlympia, WA 98507", font=F),
        P("<b>SUBJECT: Fugitive investigation — HOLLOWAY, Curtis Wayne</b>", font=F),
        P("To whom it may concern,", font=F),
        P("The United States Marshals Service is seeking to locate and apprehend <b>Curtis Wayne Holloway</b> (DOB 1984-06-17, "
          "WA DL WDL8Q2Z4M17B), who is the subject of an outstanding Pierce County Superior Court warrant (No. 24-1-03318-6) for "
          "Assault in the First Degree, RCW 9A.36.011. The task force has adopted the warrant under its authority to investigate "
          "fugitive matters, 28 U.S.C. § 566(e)(1)(B).", font=F, align=4),
        P("Holloway is believed to be using a vehicle registered to an associate, <b>Shayla Marie Doucette</b> (DOB 1990-02-25). "
          "We request, for both persons:", font=F, align=4),
        T([["Record", "Holloway", "Doucette"],
           ["Current and prior residential / mailing addresses", X(True), X(True)],
           ["Driver licence photograph", X(True), X(True)],
           ["Vehicle registrations (plate, VIN, registered owner address)", X(True), X(True)],
           ["Driving record / licence status", X(True), X(False)]], [4.2, 1.1, 1.1], font=F, size=9, header=True),
        SP(8),
        P("This request is made for a law enforcement function as permitted by 18 U.S.C. § 2721(b)(1) and RCW 46.12.630. Please "
          "treat the request as law enforcement sensitive; do not notify the subjects.", font=F, align=4),
        P("Regards,", font=F),
        SP(10),
        P("Tomasz J. Wiśniewski\nDeputy United States Marshal\nPNVOTF — Seattle\nDesk: (206) 555-0171  |  tomasz.wisniewski@usdoj.gov", font=F),
        SP(6),
        P("cc: Supervisory Deputy U.S. Marshal Andrea L. Kimura", font=F, size=8.5),
    ]
    lab = label("bu06", "born_digital", "USMS task-force letter (fugitive + associate) to licensing dept, checkbox table",
                "doj-usms", "United States Marshals Service, Western District of Washington (Pacific Northwest Violent Offender Task Force)",
                "Tomasz J. Wiśniewski", "Deputy United States Marshal", "tomasz.wisniewski@usdoj.gov", "(206) 555-0171",
                [subj("Curtis Wayne Holloway", "1984-06-17", license="WDL8Q2Z4M17B"),
                 subj("Shayla Marie Doucette", "1990-02-25")],
                ["RCW 9A.36.011", "28 USC 566", "18 USC 2721", "RCW 46.12.630"], "none", None, False,
                "criminal_investigation", ["address", "photo", "vehicle", "license"], "email")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F, "footer": "LAW ENFORCEMENT SENSITIVE"}}


# ================================================================ shared form bodies
def form_i200(file_no, name, date, signer, signer_title, basis_box=0, office="Denver, Colorado", F="Sans", served=None):
    boxes = ["the execution of a charging document to initiate removal proceedings against the subject;",
             "the pendency of ongoing removal proceedings against the subject;",
             "the failure to establish admissibility subsequent to deferred inspection;",
             "biometric confirmation of the subject's identity and a records check of federal databases that affirmatively "
             "indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration "
             "status or notwithstanding such status is removable under U.S. immigration law; and/or",
             "statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that "
             "affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable "
             "under U.S. immigration law."]
    flow = [
        T([["DEPARTMENT OF HOMELAND SECURITY\nU.S. Immigration and Customs Enforcement", "<b>Warrant for Arrest of Alien</b>"]],
          [4.0, 2.8], font=F, size=10, grid=False),
        HR(1.5),
        T([["", "File No. " + file_no], ["", "Date: " + date]], [4.6, 2.2], font=F, size=9.5, grid=False),
        SP(4),
        P("To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and "
          "part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations", font=F, size=9.5, align=4),
        P("I have determined that there is probable cause to believe that <b>" + name + "</b> is removable from the United States. "
          "This determination is based upon:", font=F, size=9.5, align=4),
    ]
    for i, b in enumerate(boxes):
        flow.append(P(X(i == basis_box) + "  " + b, font=F, size=9, indent=22, first=-14))
    flow += [
        P("YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, "
          "the above-named alien.", font=F, size=9.5, before=4, align=4),
        SP(14),
        T([["", "/s/ " + signer + "\n_______________________________________\n(Signature of Authorized Immigration Officer)\n\n"
            + signer + ", " + signer_title + "\n(Printed Name and Title of Authorized Immigration Officer)"]],
          [2.6, 4.2], font=F, size=9, grid=False),
        SP(8),
        C("<b>Certificate of Service</b>", font=F, size=10),
        P("I hereby certify that the Warrant for Arrest of Alien was served by me at " + (served or "________________") +
          " on __________________ (Date), and the contents of this notice were read to him or her in the "
          "______________ language.", font=F, size=9, align=4),
        T([["_____________________________\nName and Signature of Officer", "_____________________________\nName or Number of Interpreter (if applicable)"]],
          [3.4, 3.4], font=F, size=8.5, grid=False),
        SP(6),
        P("Form I-200 (Rev. 09/16) · " + office, font=F, size=7),
    ]
    return flow


def form_ao110(district, to, place, date_time, issued, rider_rows, ausa_block, F="Serif"):
    return [
        P("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", font=F, size=7),
        HR(0.5),
        C("UNITED STATES DISTRICT COURT", font=F, size=13, bold=True, space=0),
        C("for the", font=F, size=9, space=0),
        C(district, font=F, size=11, space=10),
        C("<b>SUBPOENA TO TESTIFY BEFORE A GRAND JURY</b>", font=F, size=11),
        P("To: " + to, font=F, size=10),
        P("YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to "
          "testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court "
          "officer allows you to leave.", font=F, size=9.5, align=4),
        T([["Place: " + place, "Date and Time:\n" + date_time]], [4.6, 1.9], font=F, size=9),
        SP(4),
        P("You must also bring with you the following documents, electronically stored information, or objects "
          "<i>(blank if not applicable)</i>: <b>See Attachment A.</b>", font=F, size=9.5),
        P("Date: " + issued, font=F, size=9.5, before=6),
        T([["", "CLERK OF COURT\n\n/s/ R. Okafor-Lindgren\n______________________________\n<i>Signature of Clerk or Deputy Clerk</i>"]],
          [3.4, 3.2], font=F, size=9, grid=False),
        P("The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, "
          "who requests this subpoena, are:", font=F, size=9, before=8),
        P(ausa_block, font=F, size=9, indent=18),
        PB(),
        C("<b>ATTACHMENT A</b>", font=F, size=11),
        P("In lieu of appearing, the custodian may produce the records listed below, together with a certificate of authenticity, "
          "to the Assistant United States Attorney named on the subpoena on or before the return date.", font=F, size=9.5, align=4),
        T(rider_rows, [2.6, 1.2, 1.2, 1.6], font=F, size=9, header=True),
        SP(6),
        P("For each person: (1) all unemployment insurance claims filed (initial, weekly and continued), with the claimant "
          "contact information, mailing addresses, telephone numbers and e-mail addresses given; (2) payment history, including "
          "bank routing and account numbers or debit-card numbers to which benefits were paid; (3) Internet Protocol addresses "
          "and device identifiers captured when claims were filed; (4) quarterly wage records reported for the person from "
          "January 1, 2020 to the present.", font=F, size=9.5, align=4),
    ]


# ================================================================ E-MAIL (bu07-bu12)
@register
def bu07():
    m = mk_mail('"Guerrero, Alejandro" <Alejandro.Guerrero@ice.dhs.gov>', "DMV Records Unit <records@dmv.nv.gov>",
                "Records request - 3 subjects", datetime(2025, 3, 3, 8, 14, 51, tzinfo=TZ(-8)),
                "<SA1PR09MB88121F0A4D2@SA1PR09MB8812.namprd09.prod.outlook.com>")
    body = """Good morning,

ICE ERO Las Vegas is requesting any records on file for the below subjects. Looking for current
address, any registered vehicles and a copy of the license/ID photo if available. This information
is for official use only and is requested pursuant to 8 U.S.C. 1357(a).

  NAME                                   DOB          A#
  RAMÍREZ DE LA CRUZ, José Luis          04/11/1988   216-448-903
  NGUYEN, Thanh Hai                      1995-01-30   209 117 552   (NV DL 1402987765)
  WARSAME, Abdirahman Mohamed            9 Aug 1991   A205-331-870

If there is a form your office needs me to fill out, please send it over and I will return it
the same day.

Thank you,

Alejandro Guerrero
Deportation Officer
Enforcement and Removal Operations | Las Vegas Sub-Office
U.S. Immigration and Customs Enforcement
501 S. Las Vegas Blvd., Las Vegas, NV 89101
Office: (702) 555-0126
Cell:   (702) 555-0191

WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information
that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552). It is to
be controlled, stored, handled, transmitted, distributed, and disposed of in accordance with DHS
policy relating to FOUO information and is not to be released to the public or other personnel who
do not have a valid "need-to-know" without prior approval of an authorized DHS official. Records
about individuals are protected by the Privacy Act of 1974, 5 U.S.C. 552a.
"""
    m.set_content(body)
    lab = label("bu07", "eml", "ERO deportation officer plain-text email, three subjects with A-numbers, FOUO footer",
                "dhs-ice-ero", "ICE ERO Las Vegas (Enforcement and Removal Operations, Las Vegas Sub-Office)",
                "Alejandro Guerrero", "Deportation Officer", "Alejandro.Guerrero@ice.dhs.gov", "(702) 555-0126",
                [subj("José Luis Ramírez de la Cruz", "1988-04-11", a_number="A216448903"),
                 subj("Thanh Hai Nguyen", "1995-01-30", a_number="A209117552", license="1402987765"),
                 subj("Abdirahman Mohamed Warsame", "1991-08-09", a_number="A205331870")],
                ["8 USC 1357", "5 USC 552", "5 USC 552a"], "none", None, False, "civil_immigration",
                ["address", "vehicle", "photo"], "email")
    return {"label": lab, "eml": m}


@register
def bu08():
    m = mk_mail('"Solis, Renata" <Renata.Solis@ice.dhs.gov>', '"IDES Legal - Subpoena Unit" <DES.Legal@illinois.gov>',
                "HSI Chicago – request for wage/employer information (CR CH07PR25CH0041)",
                datetime(2025, 3, 7, 15, 2, 9, tzinfo=TZ(-6)), "<BN0PR09MB7719E2C3@BN0PR09MB7719.namprd09.prod.outlook.com>",
                cc="Michael.Ostrander@ice.dhs.gov")
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>I am a Special Agent with Homeland Security Investigations (HSI) in Chicago. HSI is conducting a
criminal investigation of a labor staffing company, Lakeshore Staffing Partners, Inc., for harboring and
employing unauthorized aliens (8 U.S.C. &sect; 1324(a)(1)(A)(iii)) and for the use of fraudulent identity and
employment documents (18 U.S.C. &sect; 1546).</p>
<p>I am requesting quarterly wage records, including the names and FEINs of all reporting employers, for the
two individuals below, from <b>January 2022 to present</b>:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#d9d9d9"><th>Name</th><th>DOB</th><th>SSN (last 4)</th></tr>
<tr><td>Oleg Petrenko</td><td>03/14/1979</td><td>8831</td></tr>
<tr><td>Halima Abdi Yusuf</td><td>1987-07-02</td><td>&mdash;</td></tr>
</table>
<p>I understand IDES may require a subpoena under 820 ILCS 405/1900 before releasing this information. If so,
please let me know and I will have one issued through the U.S. Attorney's Office.</p>
<p>Thank you for your help,</p>
<p style="margin-top:18px">
<b>Renata Sol&iacute;s</b><br>
Special Agent<br>
Homeland Security Investigations &ndash; Chicago<br>
U.S. Immigration and Customs Enforcement<br>
Desk: (312) 555-0148<br>
<a href="mailto:Renata.Solis@ice.dhs.gov">Renata.Solis@ice.dhs.gov</a></p>
<p style="font-size:8pt;color:#555">LAW ENFORCEMENT SENSITIVE: This email and any attachments contain information
that is law enforcement sensitive. Do not disseminate without the approval of the sender.</p>
</body></html>"""
    m.set_content(html, subtype="html")
    lab = label("bu08", "eml", "HSI special agent HTML-only email with table, wage records, IL statute",
                "dhs-ice-hsi", "Homeland Security Investigations – Chicago", "Renata Solís", "Special Agent",
                "Renata.Solis@ice.dhs.gov", "(312) 555-0148",
                [subj("Oleg Petrenko", "1979-03-14", ssn_last4="8831"), subj("Halima Abdi Yusuf", "1987-07-02")],
                ["8 USC 1324", "18 USC 1546", "820 ILCS 405/1900"], "none", None, False, "criminal_investigation",
                ["wages", "employment"], "email")
    return {"label": lab, "eml": m}


@register
def bu09():
    F = "Sans"
    i138 = [
        T([["DEPARTMENT OF HOMELAND SECURITY", "<b>IMMIGRATION ENFORCEMENT SUBPOENA</b>"]], [3.6, 3.2], font=F, size=10, grid=False),
        HR(1.5),
        T([["<b>To:</b> Custodian of Records\nOregon Employment Department\n875 Union Street NE\nSalem, OR 97311",
            "<b>Subpoena Number:</b> POO-25-03-0117\n<b>Case / File No.:</b> A215 902 446\n<b>Date:</b> 03/10/2025"]],
          [3.6, 3.2], font=F, size=9.5),
        SP(8),
        P("By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED TO: " + X(False) + " appear before the DHS "
          "official named herein to give testimony, and/or " + X(True) + " produce the records (books, papers or other "
          "documents) indicated below, on or before <b>March 31, 2025</b>, to the office shown, in connection with an "
          "investigation or inquiry relating to the enforcement of U.S. immigration laws:", font=F, size=9.5, align=4),
        P("<b>Regarding:</b> IBÁÑEZ CARRILLO, Marisol — DOB: 1992-05-19 — A-File: A215 902 446", font=F, size=9.5),
        P("<b>Records:</b> All wage and employment records, including names and addresses of employers reporting wages for the "
          "above subject from 01/01/2023 to present, and the residential and mailing addresses of record.", font=F, size=9.5, align=4),
        P("The information sought is relevant and material to the determination of the admissibility and/or removability of the "
          "above subject. This subpoena is issued pursuant to Section 235(d)(4)(A) of the Immigration and Nationality Act, "
          "8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4.", font=F, size=9.5, align=4),
        T([["<b>Place of production:</b>\nU.S. Immigration and Customs Enforcement, ERO Portland\n4310 SW Macadam Avenue\nPortland, OR 97239\nPhone: (503) 555-0112",
            "<b>Issuing official:</b>\n/s/ Brian K. Lindqvist\nBrian K. Lindqvist\nSupervisory Detention and Deportation Officer"]],
          [3.4, 3.4], font=F, size=9),
        SP(6),
        P("<b>NOTICE.</b> Failure to comply with this subpoena may subject you to an order of a United States District Court "
          "requiring compliance; failure to obey the order of the court may be punished as contempt (8 U.S.C. § 1225(d)(4)(B)). "
          "Questions regarding this subpoena may be directed to the issuing official.", font=F, size=8.5, align=4),
        SP(6),
        P("DHS Form I-138 (5/19)", font=F, size=7),
        PB(),
        C("<b>CERTIFICATE OF SERVICE</b>", font=F, size=10),
        P("I certify that on 03/10/2025 I served this subpoena on the Oregon Employment Department by " + X(False) +
          " personal delivery " + X(True) + " electronic mail to a designated agent " + X(False) + " certified mail.", font=F, size=9),
        P("/s/ B. Lindqvist, SDDO", font=F, size=9),
    ]
    pdf = pdf_bytes(i138, font=F)
    m = mk_mail('"Lindqvist, Brian K" <Brian.K.Lindqvist@ice.dhs.gov>', "OED Legal Records <OED_LegalRecords@employ.oregon.gov>",
                "Immigration Enforcement Subpoena POO-25-03-0117", datetime(2025, 3, 10, 11, 47, 30, tzinfo=TZ(-7)),
                "<DM6PR09MB5540A11B7C@DM6PR09MB5540.namprd09.prod.outlook.com>")
    text = """Good morning,

Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) for employment and wage
records regarding the subject listed on the subpoena. Please return responsive records to the
undersigned by March 31, 2025. Records may be emailed to me in PDF format.

Respectfully,

Brian K. Lindqvist
Supervisory Detention and Deportation Officer
ICE Enforcement and Removal Operations – Portland
Office (503) 555-0112
"""
    html = ("<html><body><p>Good morning,</p><p>Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) "
            "for employment and wage records regarding the subject listed on the subpoena. Please return responsive records "
            "to the undersigned by <b>March 31, 2025</b>. Records may be emailed to me in PDF format.</p>"
            "<p>Respectfully,</p><p>Brian K. Lindqvist<br>Supervisory Detention and Deportation Officer<br>"
            "ICE Enforcement and Removal Operations &ndash; Portland<br>Office (503) 555-0112</p></body></html>")
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="I-138_POO-25-03-0117.pdf")
    lab = label("bu09", "eml", "ERO email (multipart/alternative) with PDF I-138 immigration enforcement subpoena",
                "dhs-ice-ero", "ICE Enforcement and Removal Operations – Portland", "Brian K. Lindqvist",
                "Supervisory Detention and Deportation Officer", "Brian.K.Lindqvist@ice.dhs.gov", "(503) 555-0112",
                [subj("Marisol Ibáñez Carrillo", "1992-05-19", a_number="A215902446")],
                ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True,
                "civil_immigration", ["wages", "employment", "address"], "email")
    return {"label": lab, "eml": m}


@register
def bu10(rng):
    flow = form_i200("A204 557 118", "Efraín ÁLVAREZ GÓMEZ", "03/06/2025", "Marcus D. Pennington", "SDDO",
                     basis_box=1, office="ERO Denver Field Office, Aurora, CO")
    img = photo_of_pdf(flow, rng, {"font": "Sans"})
    m = mk_mail("Marcus D Pennington <marcus.d.pennington@ice.dhs.gov>", "dmv_lawenforcement@state.co.us",
                "Admin warrant - address/photo request", datetime(2025, 3, 11, 7, 58, 2, tzinfo=TZ(-6)),
                "<CH3PR09MB74033FF01A@CH3PR09MB7403.namprd09.prod.outlook.com>")
    m.set_content("""Records Unit -

Attached is a signed I-200 for the below subject. Requesting address on file, photo, and any
vehicles registered to him.

Subject: ÁLVAREZ GÓMEZ, Efraín
DOB: 1983-12-08
A 204 557 118

Thanks,
Marcus Pennington
SDDO | ERO Denver Field Office
U.S. Immigration & Customs Enforcement
303-555-0157

Sent from my iPhone
""")
    m.add_attachment(img, maintype="image", subtype="jpeg", filename="IMG_4471.JPG")
    lab = label("bu10", "eml", "short ERO email from phone with JPEG photo of a signed I-200",
                "dhs-ice-ero", "ERO Denver Field Office, U.S. Immigration & Customs Enforcement", "Marcus D. Pennington",
                "Supervisory Detention and Deportation Officer (SDDO)", "marcus.d.pennington@ice.dhs.gov", "303-555-0157",
                [subj("Efraín Álvarez Gómez", "1983-12-08", a_number="A204557118")],
                ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
                ["address", "photo", "vehicle"], "email")
    return {"label": lab, "eml": m}


def co_search_warrant(F="Serif"):
    return [
        T([["DISTRICT COURT, ARAPAHOE COUNTY, STATE OF COLORADO\nCourt Address: 7325 South Potomac Street, Centennial, CO 80112",
            "\n\n▲ COURT USE ONLY ▲"],
           ["THE PEOPLE OF THE STATE OF COLORADO\n\nIN THE MATTER OF THE SEARCH OF: records held by the Colorado Department of Human "
            "Services, Food and Energy Assistance Division, 1575 Sherman Street, Denver, Colorado",
            "Search Warrant No.: 25SW0318\n\nDiv.: 21"]], [4.6, 2.2], font=F, size=9),
        SP(8),
        C("<b>SEARCH WARRANT</b>", font=F, size=13),
        P("TO ANY PEACE OFFICER IN THE STATE OF COLORADO:", font=F, bold=True),
        P("Detective Luis A. Becerra, Aurora Police Department, having made an affidavit before me, and the Court having found "
          "probable cause to believe that the records described below are located at the premises of the Colorado Department of "
          "Human Services, and that they are material evidence in the investigation of <b>Murder in the First Degree, "
          "C.R.S. § 18-3-102</b>, arising from the death of Tamika Holt on February 21, 2025, at Aurora, Colorado;", font=F, align=4, lead=15),
        P("YOU ARE THEREFORE COMMANDED, pursuant to C.R.S. § 16-3-301 et seq. and Crim. P. 41, to search for and seize the following:", font=F, align=4, lead=15),
        P("1. Electronic Benefits Transfer (EBT) card issuance and transaction records, including date, time, terminal location "
          "and amount, from February 1, 2025 through March 5, 2025, for SNAP case records in the name of <b>Darnell Quincy Spears</b>, "
          "date of birth 11/19/1996;\n2. All residential and mailing addresses and telephone numbers reported by Darnell Quincy "
          "Spears in his benefit application and recertification;\n3. The names of all household members listed on the case.",
          font=F, indent=16, align=4, lead=15),
        P("This warrant shall be executed within fourteen (14) days of its date. The records may be produced electronically to "
          "the affiant. A copy of this warrant and a receipt for the records seized shall be left with the custodian, and a return "
          "shall be filed with this Court.", font=F, align=4, lead=15),
        SP(10),
        T([["Dated: March 6, 2025, at 3:12 p.m.", "BY THE COURT:\n\n/s/ Elena V. Marchetti\n______________________________\nDistrict Court Judge"]],
          [3.2, 3.4], font=F, size=10, grid=False),
    ]


@register
def bu11():
    pdf = pdf_bytes(co_search_warrant(), font="Serif")
    inner = mk_mail('"Becerra, Luis" <lbecerra@auroragov.org>', "CDHS Records <cdhs_records@state.co.us>",
                    "Records request - APD case 25-007714", datetime(2025, 3, 4, 16, 40, 12, tzinfo=TZ(-7)),
                    "<a7c1e2f0-3d1b-4c55-9d3b-0a5f25007714@auroragov.org>")
    inner.set_content("""Hello,

I am a homicide detective with the Aurora Police Department. We are investigating a homicide that
occurred on 02/21/2025 (APD case 25-007714). I would like to request any EBT card transaction history
from 02/01/2025 to present, and the address and phone number on file, for:

  Darnell Quincy Spears, DOB 11/19/1996

Is this something your office can provide by email, or will you need a warrant?

Det. Luis A. Becerra #2291
Aurora Police Department – Major Crimes/Homicide Unit
15001 E. Alameda Pkwy, Aurora, CO 80012
(303) 555-0152
""")
    m = mk_mail('"Becerra, Luis" <lbecerra@auroragov.org>', "CDHS Records <cdhs_records@state.co.us>",
                "FW: Records request - APD case 25-007714 -- SEARCH WARRANT ATTACHED",
                datetime(2025, 3, 7, 9, 5, 44, tzinfo=TZ(-7)), "<5e0b8a11-77d2-4f0e-8c2e-1b6c25007714@auroragov.org>",
                cc="Sgt. Kelly Marchand <kmarchand@auroragov.org>")
    m.set_content("""Good morning,

Following up on my email below (attached) from 03/04. Per your office's reply we obtained a signed
search warrant for the EBT/SNAP records, address and phone number. The warrant is attached (25SW0318).
Please process at your earliest convenience; the records can be sent to me at this address.

Thank you,

Det. Luis A. Becerra #2291
Aurora Police Department | Major Crimes/Homicide
Desk (303) 555-0152
""")
    m.add_attachment(inner)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="25SW0318_signed.pdf")
    lab = label("bu11", "eml", "detective email, earlier request attached as message/rfc822, PDF Colorado search warrant",
                "local-police", "Aurora Police Department", "Luis A. Becerra", "Detective", "lbecerra@auroragov.org",
                "(303) 555-0152",
                [subj("Darnell Quincy Spears", "1996-11-19")],
                ["CRS 18-3-102", "CRS 16-3-301", "CO CrimP 41"], "judicial_warrant", None, True,
                "criminal_investigation", ["benefits", "address", "phone", "other"], "email")
    return {"label": lab, "eml": m}


@register
def bu12():
    rider = [["Name", "Date of birth", "SSN (last 4)", "Other"],
             ["Farhan Abdullahi Nur", "02/17/1985", "5019", "WA DL WDLJ7XK2P94B"],
             ["Ngozi Adaeze Okafor", "10/03/1990", "—", "ESD claimant ID 88014472"]]
    ausa = ("Megan O'Dwyer-Blake, Assistant United States Attorney\nUnited States Attorney's Office, Western District of Washington\n"
            "700 Stewart Street, Suite 5220, Seattle, WA 98101\nmegan.odwyer-blake@usdoj.gov · (206) 555-0103")
    flow = form_ao110("Western District of Washington",
                      "Custodian of Records, Washington State Employment Security Department, P.O. Box 9046, Olympia, WA 98507",
                      "United States Courthouse, 700 Stewart Street, Seattle, WA 98101\nGrand Jury Room 12-A",
                      "04/08/2025 9:00 am", "03/10/2025", rider, ausa)
    pdf = pdf_bytes(flow, font="Serif", footer="GJ 25-2 · Subpoena No. 2025R00412-017")
    m = mk_mail('"O\'Dwyer-Blake, Megan (USAWAW)" <Megan.ODwyer-Blake@usdoj.gov>',
                "ESD Records Requests <esdrecordsrequest@esd.wa.gov>",
                "Grand Jury Subpoena 2025R00412-017 (ESD)", datetime(2025, 3, 10, 13, 20, 0, tzinfo=TZ(-7)),
                "<SJ0PR09MB6616D8E21F@SJ0PR09MB6616.namprd09.prod.outlook.com>",
                cc='"Ruiz, Daniel (SSA/OIG)" <daniel.ruiz@ssa.gov>')
    m.set_content("""Dear Custodian of Records,

Attached is a federal grand jury subpoena for records of the Employment Security Department. The
grand jury is investigating wire fraud (18 U.S.C. 1343) and aggravated identity theft (18 U.S.C.
1028A) involving unemployment insurance claims. The records described in Attachment A may be produced
electronically to me in lieu of appearance, with a completed certificate of authenticity.

Although Fed. R. Crim. P. 6(e) does not impose secrecy obligations on witnesses, we ask that you not
disclose the existence of the subpoena to the account holders, as that could impede the investigation.

Thank you,

Megan O'Dwyer-Blake
Assistant United States Attorney
Western District of Washington
(206) 555-0103
""")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="GJ_Subpoena_2025R00412-017.pdf")
    lab = label("bu12", "eml", "AUSA email with AO 110 grand jury subpoena PDF for UI claims",
                "doj-usao", "United States Attorney's Office, Western District of Washington", "Megan O'Dwyer-Blake",
                "Assistant United States Attorney", "Megan.ODwyer-Blake@usdoj.gov", "(206) 555-0103",
                [subj("Farhan Abdullahi Nur", "1985-02-17", ssn_last4="5019", license="WDLJ7XK2P94B"),
                 subj("Ngozi Adaeze Okafor", "1990-10-03", other="88014472")],
                ["18 USC 1343", "18 USC 1028A", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True,
                "criminal_investigation", ["claims", "benefits", "wages", "address", "phone", "email", "other"], "email")
    return {"label": lab, "eml": m}


# ================================================================ TXT (bu13-bu14)
@register
def bu13():
    text = """=====================================================================
 COLORADO DMV — LAW ENFORCEMENT DATA REQUEST — ONLINE SUBMISSION
=====================================================================
Submission ID ........ LE-2025-004471
Submitted ............ 2025-03-18 14:22:07 MDT
Routed to ............ DMV Investigations / Records Release

--- REQUESTING OFFICER ---
Agency ............... Longmont Police Department
Agency ORI ........... CO0070200
Officer name ......... Kaitlyn M. Brandt
Rank / Badge ......... Officer / #1187
Email ................ kaitlyn.brandt@longmontcolorado.gov
Phone ................ 303-555-0119
Case / report no. .... LPD 25-01832

--- SUBJECT ---
Last name ............ HUSSEIN
First name ........... Abdiqani
Middle name .......... 
Date of birth ........ 07/05/2000
CO DL/ID no. ......... 16-552-9048
Other ID ............. 

--- RECORDS REQUESTED ---
[X] DL/ID photograph
[X] Address history
[ ] Vehicle registration
[ ] Driving record (MVR)
[ ] Copies of source documents

--- PURPOSE ---
Reason for request:
  Theft investigation (C.R.S. 18-4-401) - suspect identification from store surveillance
  video, need photo to compare. Suspect gave name verbally to loss prevention.

--- ATTESTATION ---
[X] I certify that this request is made for a legitimate law enforcement purpose as
    permitted under C.R.S. 24-72-204 and the Driver's Privacy Protection Act,
    18 U.S.C. 2721(b)(1), and that the information will be used only for that purpose.

Electronic signature: Kaitlyn M. Brandt
IP: 10.44.18.207
---------------------------------------------------------------------
This notification was generated automatically. Do not reply.
"""
    lab = label("bu13", "txt", "web-portal submission notification, key/value dotted fields",
                "local-police", "Longmont Police Department", "Kaitlyn M. Brandt", "Officer",
                "kaitlyn.brandt@longmontcolorado.gov", "303-555-0119",
                [subj("Abdiqani Hussein", "2000-07-05", license="165529048")],
                ["CRS 18-4-401", "CRS 24-72-204", "18 USC 2721"], "none", None, False, "criminal_investigation",
                ["photo", "address"], "email")
    return {"label": lab, "text": text}


@register
def bu14():
    text = """From: Lindgren, Teresa <tlindgren@larimer.gov>
Sent: Wednesday, March 19, 2025 10:31 AM
To: CDLE_UI_Records <cdle_ui_records@state.co.us>
Subject: info request

Hi there,

Need current employer and address on the following two. Thanks!

Kowalski, Brent J.        DOB 1978-02-11
Ana Sofía Cárdenas Vela   DOB 21 Jun 1989

Teresa Lindgren
Investigator
Larimer County Sheriff's Office
2501 Midpoint Drive, Fort Collins, CO 80525
Office 970-555-0184

"Service Above Self"
"""
    lab = label("bu14", "txt", "pasted terse email from sheriff's investigator, no reason given",
                "sheriff", "Larimer County Sheriff's Office", "Teresa Lindgren", "Investigator", "tlindgren@larimer.gov",
                "970-555-0184",
                [subj("Brent J. Kowalski", "1978-02-11"), subj("Ana Sofía Cárdenas Vela", "1989-06-21")],
                [], "none", None, False, "unknown", ["employment", "address"], "email")
    return {"label": lab, "text": text}


# ================================================================ SCANNED (bu15-bu24)
def form_i205(file_no, name, entered, order_by, ina_sec, order_date, signer, title, office, date, F="Sans"):
    opts = ["an immigration judge in exclusion, deportation, or removal proceedings",
            "a designated official",
            "the Board of Immigration Appeals",
            "a United States District or Magistrate Court Judge"]
    flow = [
        T([["U.S. Department of Homeland Security", "<b>Warrant of Removal/Deportation</b>"]], [3.6, 3.2], font=F, size=10.5, grid=False),
        HR(1.5),
        T([["", "File No: " + file_no], ["", "Date: " + date]], [4.6, 2.2], font=F, size=9.5, grid=False),
        P("To any immigration officer of the United States Department of Homeland Security:", font=F, size=9.5, before=6),
        P("<b>" + name + "</b>", font=F, size=10, align=1),
        C("(Full name of alien)", font=F, size=7.5),
        P("who entered the United States at <u>" + entered + "</u> is subject to removal/deportation from the United States, "
          "based upon a final order by:", font=F, size=9.5, align=4),
    ]
    for i, o in enumerate(opts):
        flow.append(P(X(i == order_by) + "  " + o, font=F, size=9.5, indent=24, first=-14, space=2))
    flow += [
        P("and pursuant to the following provisions of the Immigration and Nationality Act:", font=F, size=9.5, before=4),
        P("<u>" + ina_sec + "</u>", font=F, size=9.5, indent=24),
        P("Final order dated " + order_date + ".", font=F, size=9.5, indent=24),
        P("I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of "
          "Homeland Security under the laws of the United States and by his or her direction, command you to take into custody "
          "and remove from the United States the above-named alien, pursuant to law, at the expense of:", font=F, size=9.5, align=4, before=4),
        P("<u>the appropriation \"Operations and Support, U.S. Immigration and Customs Enforcement\"</u>", font=F, size=9.5, indent=24),
        SP(14),
        T([["", "/s/ " + signer + "\n___________________________________\n(Signature of immigration officer)\n" + title +
            "\n(Title of immigration officer)\n" + office + "\n(Date and office location)"]], [2.4, 4.4], font=F, size=9, grid=False),
        SP(8),
        HR(0.6),
        T([["Photograph of alien removed\n\n\n\n\n", "Right index fingerprint of alien removed\n\n\n\n\n"]], [3.4, 3.4], font=F, size=8),
        P("Form I-205 (Rev. 08/01/07)", font=F, size=7, before=4),
    ]
    return flow


@register
def bu15():
    F = "Sans"
    flow = [
        C("U.S. Department of Homeland Security\nU.S. Immigration and Customs Enforcement", font=F, size=11, bold=True),
        C("Enforcement and Removal Operations — Chicago Field Office\nKansas City Sub-Office · 2675 Prosperity Avenue · Fairfax, KS 66115", font=F, size=9),
        HR(2),
        C("<b>TRANSMITTAL / ROUTING SHEET</b>", font=F, size=15, before=10),
        SP(10),
        T([["TO:", "Kansas Department of Revenue, Division of Vehicles — Records Section, 300 SW 29th Street, Topeka, KS 66611"],
           ["FROM:", "Deportation Officer Sarah J. Mwangi, ICE ERO Kansas City"],
           ["DATE:", "March 13, 2025"],
           ["RE:", "Request for records — CASTAÑEDA RUÍZ, Wilmer Antonio (A213-667-045)"],
           ["PAGES:", "3 (including this sheet)"],
           ["DELIVERY:", "First-Class Mail"]], [1.2, 5.4], font=F, size=10, bold_col0=True),
        SP(16),
        P("<b>Enclosures:</b>\n1. Letter of request\n2. Form I-205, Warrant of Removal/Deportation (copy)", font=F),
        SP(40),
        P("CONFIDENTIALITY NOTICE: The enclosed documents contain law enforcement sensitive information belonging to the U.S. "
          "Department of Homeland Security. If you have received them in error, please notify the sender at (913) 555-0138 "
          "and destroy all copies.", font=F, size=8.5, align=4),
        PB(),
        LH2("<b>U.S. Department of Homeland Security</b>\nU.S. Immigration and Customs Enforcement\nEnforcement and Removal Operations",
            "Kansas City Sub-Office\n2675 Prosperity Avenue\nFairfax, KS 66115"),
        SP(14),
        P("March 13, 2025", font=F),
        P("Kansas Department of Revenue\nDivision of Vehicles, Records Section\n300 SW 29th Street\nTopeka, KS 66611", font=F),
        P("<b>RE: CASTAÑEDA RUÍZ, Wilmer Antonio — DOB: August 14, 1990 — A213-667-045</b>", font=F),
        P("Dear Records Custodian:", font=F),
        P("U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, is attempting to locate the above-named "
          "individual, who is subject to a final order of removal. A copy of the Warrant of Removal/Deportation (Form I-205) is "
          "enclosed. Removal of aliens subject to final orders is carried out under 8 U.S.C. § 1231.", font=F, align=4),
        P("We respectfully request the following Kansas Division of Vehicles information for Mr. Castañeda Ruíz:", font=F),
        P("1. Current and previous residential addresses;\n2. Driver's license or identification card photograph;\n3. Vehicles registered in his name.", font=F, indent=18),
        P("Please forward the information to my attention at the address above or by e-mail to sarah.j.mwangi@ice.dhs.gov. "
          "I can be reached at (913) 555-0138.", font=F, align=4),
        P("Thank you for your cooperation.", font=F),
        SP(4),
        P("Sincerely,", font=F),
        SP(16),
        P("Sarah J. Mwangi\nDeportation Officer\nICE ERO Kansas City", font=F),
        PB(),
    ] + form_i205("A213 667 045", "Wilmer Antonio CASTAÑEDA RUÍZ", "or near Hidalgo, Texas, on or about May 2, 2016",
                  0, "Section 237(a)(1)(B)", "November 2, 2023", "Dwayne R. Kettleman", "Assistant Field Office Director",
                  "Kansas City, KS — 03/12/2025", "03/12/2025")
    ov = [{"page": 1, "kind": "stamp", "x": 0.56, "y": 0.10, "lines": ["RECEIVED", "MAR 17 2025", "KDOR — DOV RECORDS"], "angle": 7},
          {"page": 1, "kind": "hand", "x": 0.06, "y": 0.86, "text": "Logged #0312 — LM  3/17", "size": 15, "angle": 3}]
    lab = label("bu15", "scanned", "ERO routing sheet + letter + I-205 (upside-down page), mailed to vehicles division",
                "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Kansas City Sub-Office",
                "Sarah J. Mwangi", "Deportation Officer", "sarah.j.mwangi@ice.dhs.gov", "(913) 555-0138",
                [subj("Wilmer Antonio Castañeda Ruíz", "1990-08-14", a_number="A213667045")],
                ["8 USC 1231", "INA 237"], "administrative_warrant", "I-205", True, "civil_immigration",
                ["address", "photo", "vehicle"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F},
            "raster": {"dpi": 200, "rot": {2: 180}, "ov": ov}}


@register
def bu16():
    F = "Sans"
    flow = [
        T([["DEPARTMENT OF HOMELAND SECURITY", "<b>IMMIGRATION DETAINER – NOTICE OF ACTION</b>"]], [3.3, 3.5], font=F, size=10, grid=False),
        HR(1.5),
        T([["Subject ID: 384551902", "Event #: SLC2503000142", "File No: A 217 004 389"],
           ["Date: March 11, 2025", "Nationality: HONDURAS", "Sex: M"]], [2.3, 2.3, 2.2], font=F, size=9),
        SP(4),
        T([["<b>TO:</b> (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)\nUtah Department of Corrections\n"
            "Records Bureau / Offender Management\n14717 South Minuteman Drive, Draper, UT 84020",
            "<b>FROM:</b> (Department of Homeland Security Office Address)\nICE Enforcement and Removal Operations\n"
            "Salt Lake City Field Office\n2975 Decker Lake Drive, West Valley City, UT 84119"]], [3.4, 3.4], font=F, size=8.5),
        T([["<b>Name of Alien:</b> TRUJILLO-MEJÍA, Nelson Javier"],
           ["<b>Date of Birth:</b> 01/27/1994     <b>Citizenship:</b> Honduras     <b>UDC Offender No.:</b> 268841"]], [6.8], font=F, size=9),
        SP(4),
        P("<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2).</b>", font=F, size=8.5),
        P(X(True) + " A final order of removal against the alien;", font=F, size=8.5, indent=12),
        P(X(False) + " The pendency of ongoing removal proceedings against the alien;", font=F, size=8.5, indent=12),
        P(X(False) + " Biometric confirmation of the alien's identity and a records check of federal databases that affirmatively "
          "indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status "
          "or notwithstanding such status is removable under U.S. immigration law; and/or", font=F, size=8.5, indent=12),
        P(X(False) + " Statements made by the alien to an immigration officer and/or other reliable evidence that affirmatively "
          "indicate the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.", font=F, size=8.5, indent=12),
        P("<b>2. " + X(False) + " DHS HAS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION.</b>", font=F, size=8.5),
        P("<b>IT IS THEREFORE REQUESTED THAT YOU:</b>", font=F, size=8.5, before=4),
        P("• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. "
          "Please notify DHS by calling " + X(True) + " U.S. Immigration and Customs Enforcement (ICE) at (801) 555-0137.\n"
          "• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have "
          "been released from your custody to allow DHS to assume custody.\n"
          "• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.\n"
          "• Notify this office in the event of the alien's death, hospitalization or transfer to another institution.",
          font=F, size=8.5, indent=12),
        P("This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, "
          "release, diversion, custody classification, work, quarter assignments, or other matters. This detainer is issued pursuant "
          "to 8 U.S.C. §§ 1226, 1231 and 1357 and 8 C.F.R. § 287.7.", font=F, size=8.5, align=4),
        SP(8),
        T([["Dana L. Fairbanks, SDDO\n(Name and title of Immigration Officer)", "/s/ Dana L. Fairbanks\n(Signature of Immigration Officer)"]],
          [3.4, 3.4], font=F, size=9),
        SP(4),
        P("<b>Notice:</b> If the alien may be the victim of a crime or you want the alien to remain in the United States for a "
          "law enforcement purpose, notify the ICE Law Enforcement Support Center at (802) 555-0100.", font=F, size=7.5),
        T([["<b>TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN</b>\n"
            "Date of latest criminal charge/conviction: ____________   Last offense charged/conviction: ____________\n"
            "Estimated release date/time: ____________\nThis form was served upon the alien on __________, in the following manner: "
            + X(False) + " in person " + X(False) + " by inmate mail delivery " + X(False) + " other: ________"]], [6.8], font=F, size=8),
        P("DHS Form I-247A (3/17)", font=F, size=7, before=4),
        PB(),
        C("<b>NOTICE TO THE DETAINEE</b>", font=F, size=11),
        P("The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice "
          "from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be "
          "released from custody. DHS has requested that the law enforcement agency which is currently detaining you maintain custody "
          "of you for a period not to exceed 48 hours beyond the time when you would have been released based on your criminal "
          "charges or convictions. If DHS does not take you into custody during that additional 48-hour period, you should contact "
          "your custodian (the agency that is holding you now) to inquire about your release.", font=F, size=9, align=4),
        C("<b>AVISO AL DETENIDO</b>", font=F, size=11, before=8),
        P("El Departamento de Seguridad Nacional (DHS) le ha puesto una retención de inmigración. Una retención de inmigración es un "
          "aviso del DHS informando a las agencias del orden público que el DHS tiene la intención de asumir la custodia de usted "
          "después de que usted de lo contrario sería puesto en libertad. El DHS ha solicitado que la agencia del orden público que "
          "actualmente lo tiene detenido mantenga su custodia por un período no mayor de 48 horas más allá del tiempo en que usted "
          "habría sido puesto en libertad.", font=F, size=9, align=4),
    ]
    ov = [{"page": 0, "kind": "stamp", "x": 0.60, "y": 0.005, "lines": ["UDC RECORDS", "MAR 12 2025"], "angle": -4, "size": 10}]
    lab = label("bu16", "scanned", "ICE I-247A detainer to state corrections with detainee notice page (English/Spanish)",
                "dhs-ice-ero", "ICE Enforcement and Removal Operations, Salt Lake City Field Office", "Dana L. Fairbanks",
                "Supervisory Detention and Deportation Officer (SDDO)", None, "(801) 555-0137",
                [subj("Nelson Javier Trujillo-Mejía", "1994-01-27", a_number="A217004389", other=["384551902", "268841"])],
                ["8 USC 1226", "8 USC 1231", "8 USC 1357", "8 CFR 287.7"], "detainer", "I-247A", False,
                "civil_immigration", ["other"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F, "margins": (0.7, 0.7, 0.6, 0.6)},
            "raster": {"dpi": 200, "rot": {}, "ov": ov}}


@register
def bu17():
    F = "Serif"
    flow = [
        LH2("<b>HOUSTON POLICE DEPARTMENT</b>\nFinancial Crimes Division — Identity Theft Unit\n1200 Travis Street, Houston, Texas 77002",
            "Incident No. 041877-25\nMarch 10, 2025", font=F, size=9),
        SP(16),
        C("<b>SERVICE OF SEARCH WARRANT — RECORDS</b>", font=F, size=12),
        SP(8),
        P("TO: Texas Workforce Commission, Office of General Counsel — Open Records / Subpoenas, 101 East 15th Street, Room 266, "
          "Austin, Texas 78778", font=F),
        P("Enclosed is a search warrant signed by the Judge of the 180th District Court of Harris County, Texas, for unemployment "
          "insurance and wage records of the two persons named in it. I ask that the records be produced to me, by mail or by "
          "secure e-mail, within ten days. A business records affidavit is requested (Tex. R. Evid. 902(10)).", font=F, align=4),
        P("I understand TWC records are confidential under Tex. Labor Code § 301.081; they will be used only for this criminal "
          "investigation and any resulting prosecution.", font=F, align=4),
        SP(10),
        P("Ngoc Anh Pham\nDetective, Identity Theft Unit\nHouston Police Department\n(713) 555-0175 · ngocanh.pham@houstontx.gov", font=F),
        PB(),
        C("<b>SEARCH WARRANT</b>", font=F, size=14),
        C("THE STATE OF TEXAS\nCOUNTY OF HARRIS", font=F, size=10, bold=True),
        P("THE STATE OF TEXAS, to the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas:", font=F, bold=True, before=6),
        P("WHEREAS, Affiant, Detective Ngoc Anh Pham, a peace officer employed by the Houston Police Department, did heretofore this day "
          "subscribe and swear to an affidavit before me (which said affidavit is here now made a part hereof for all purposes), and "
          "whereas I find that the verified facts stated by Affiant in said affidavit show that Affiant has probable cause for the "
          "belief expressed therein and establish the existence of proper grounds for the issuance of this Warrant, pursuant to "
          "Article 18.02(a)(10) of the Texas Code of Criminal Procedure;", font=F, align=4, lead=15),
        P("NOW, THEREFORE, you are commanded to enter the premises of the TEXAS WORKFORCE COMMISSION, or to serve this warrant upon its "
          "custodian of records by any lawful means, and there to search for and seize the following property, which constitutes "
          "evidence that the offenses of Fraudulent Use or Possession of Identifying Information (Tex. Penal Code § 32.51) and Theft "
          "(Tex. Penal Code § 31.03) were committed:", font=F, align=4, lead=15),
        P("(a) All unemployment benefit claims filed in the names of <b>Darius Lamont Whitfield</b> (DOB 04/02/1989) and "
          "<b>Yesenia Guadalupe Olvera Treviño</b> (DOB 03/30/1992), including claimant addresses, telephone numbers and e-mail "
          "addresses, payment records, debit-card and direct-deposit information, and Internet Protocol address logs; "
          "(b) wage records reported for each person from January 1, 2023 to the present.", font=F, align=4, lead=15, indent=16),
        P("Herein fail not, and due return make hereof. This warrant is issued under Chapter 18 of the Texas Code of Criminal "
          "Procedure, including Article 18.01.", font=F, align=4, lead=15),
        P("WITNESS MY SIGNATURE on this the 7th day of March, 2025, at 4:40 o'clock p.m.", font=F, before=6),
        SP(12),
        T([["", "/s/ Marcus T. Allbright\n___________________________________\nJUDGE, 180th DISTRICT COURT\nHARRIS COUNTY, TEXAS"]],
          [3.0, 3.6], font=F, size=10, grid=False),
    ]
    ov = [{"page": 0, "kind": "stamp", "x": 0.58, "y": 0.14, "lines": ["TWC — OGC", "RECEIVED", "MAR 14 2025"], "angle": -6}]
    lab = label("bu17", "scanned", "HPD cover memo + Texas district court search warrant (sideways page) for TWC records",
                "local-police", "Houston Police Department", "Ngoc Anh Pham", "Detective", "ngocanh.pham@houstontx.gov",
                "(713) 555-0175",
                [subj("Darius Lamont Whitfield", "1989-04-02"), subj("Yesenia Guadalupe Olvera Treviño", "1992-03-30")],
                ["TX R Evid 902", "TX Labor Code 301.081", "TX CCP 18.02", "TX PC 32.51", "TX PC 31.03", "TX CCP 18.01"],
                "judicial_warrant", None, True, "criminal_investigation",
                ["claims", "benefits", "wages", "address", "phone", "email", "other"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F},
            "raster": {"dpi": 200, "rot": {1: 90}, "ov": ov}}


@register
def bu18():
    F = "Serif"
    flow = [
        LH2("<b>U.S. Department of Homeland Security</b>\nU.S. Immigration and Customs Enforcement\nHomeland Security Investigations",
            "Office of the Special Agent in Charge\n2035 N. Central Avenue\nPhoenix, AZ 85004", font=F),
        SP(12),
        P("March 14, 2025", font=F),
        P("Arizona Department of Economic Security\nOffice of Special Investigations / Legal Process\n1789 W. Jefferson Street\nPhoenix, AZ 85007", font=F),
        P("Re: Service of federal search warrant, Case No. 25-4117MB", font=F, bold=True),
        P("Dear Custodian of Records,", font=F),
        P("Please find enclosed a Search and Seizure Warrant issued by a United States Magistrate Judge for the District of Arizona, "
          "with Attachments A and B. HSI is investigating forced labor and the harboring of aliens for commercial advantage. The "
          "warrant authorizes seizure of the Department's records described in Attachment B for the two individuals named in "
          "Attachment A. Electronic production to the undersigned is acceptable.", font=F, align=4),
        P("Please contact me with any questions.", font=F),
        SP(14),
        P("Douglas R. Achterberg\nSpecial Agent, HSI Phoenix\n(602) 555-0116 · douglas.r.achterberg@ice.dhs.gov", font=F),
        PB(),
        P("AO 93 (Rev. 11/13) Search and Seizure Warrant", font=F, size=7),
        HR(0.5),
        C("UNITED STATES DISTRICT COURT", font=F, size=13, bold=True, space=0),
        C("for the", font=F, size=9, space=0),
        C("District of Arizona", font=F, size=11, space=8),
        T([["In the Matter of the Search of\n<i>(Briefly describe the property to be searched or identify the person by name and address)</i>\n"
            "Records maintained by the Arizona Department of Economic Security pertaining to Liem Van Dang and Hoa Thi Dang",
            "\n)\n)\n)\n)", "Case No. 25-4117MB"]], [3.6, 0.3, 2.7], font=F, size=9, grid=False),
        C("<b>SEARCH AND SEIZURE WARRANT</b>", font=F, size=11, before=6),
        P("To: Any authorized law enforcement officer", font=F, size=9.5),
        P("An application by a federal law enforcement officer or an attorney for the government requests the search of the following "
          "person or property located in the District of Arizona: <i>See Attachment A.</i>", font=F, size=9.5, align=4),
        P("I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property "
          "described above, and that such search will reveal: <i>See Attachment B.</i>", font=F, size=9.5, align=4),
        P("YOU ARE COMMANDED to execute this warrant on or before <u>March 27, 2025</u> <i>(not to exceed 14 days)</i>\n"
          + X(True) + " in the daytime 6:00 a.m. to 10:00 p.m.   " + X(False) + " at any time in the day or night because good cause has been established.",
          font=F, size=9.5),
        P("Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the "
          "person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place where the "
          "property was taken.", font=F, size=9.5, align=4),
        P("The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as "
          "required by law and promptly return this warrant and inventory to <u>Hon. Deborah L. Ferrante</u>.", font=F, size=9.5, align=4),
        P(X(False) + " Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in "
          "18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the "
          "person who, or whose property, will be searched or seized.", font=F, size=9, align=4),
        T([["Date and time issued: 03/13/2025 2:41 pm", "/s/ Deborah L. Ferrante\n<i>Judge's signature</i>"],
           ["City and state: Phoenix, Arizona", "Hon. Deborah L. Ferrante, U.S. Magistrate Judge\n<i>Printed name and title</i>"]],
          [3.3, 3.3], font=F, size=9, grid=False),
        PB(),
        C("<b>ATTACHMENT A — Property to be searched</b>", font=F, size=10.5),
        P("Records maintained by the Arizona Department of Economic Security (DES), 1789 W. Jefferson Street, Phoenix, Arizona, "
          "including records stored electronically, pertaining to:", font=F, size=9.5),
        T([["Name", "DOB", "Known address"],
           ["Liem Van Dang", "1975-10-12", "8812 N. 43rd Ave., Glendale, AZ"],
           ["Hoa Thi Dang", "1979-03-08", "8812 N. 43rd Ave., Glendale, AZ"]], [2.0, 1.2, 3.4], font=F, size=9, header=True),
        C("<b>ATTACHMENT B — Items to be seized</b>", font=F, size=10.5, before=10),
        P("Records, from January 1, 2021 to the present, that constitute evidence of violations of 18 U.S.C. § 1589 (forced labor) and "
          "8 U.S.C. § 1324(a)(1)(A)(iii) and (a)(1)(B)(i) (harboring for commercial advantage), namely: (1) applications for "
          "Nutrition Assistance, Cash Assistance and child care assistance, and all addresses, telephone numbers and household "
          "members reported therein; (2) reported employment and income, including employer names; (3) benefit issuance records. "
          "This warrant is issued under Fed. R. Crim. P. 41.", font=F, size=9.5, align=4),
    ]
    ov = [{"page": 0, "kind": "hand", "x": 0.58, "y": 0.22, "text": "Rec'd 3/17 — route to OSI\nsupervisor", "size": 15, "angle": -2}]
    lab = label("bu18", "scanned", "HSI cover letter + AO 93 federal search warrant with attachments (last page sideways)",
                "dhs-ice-hsi", "U.S. Immigration and Customs Enforcement, Homeland Security Investigations (Phoenix)",
                "Douglas R. Achterberg", "Special Agent", "douglas.r.achterberg@ice.dhs.gov", "(602) 555-0116",
                [subj("Liem Van Dang", "1975-10-12"), subj("Hoa Thi Dang", "1979-03-08")],
                ["18 USC 3103a", "18 USC 2705", "18 USC 1589", "8 USC 1324", "FRCrP 41"],
                "judicial_warrant", "AO 93", True, "criminal_investigation",
                ["benefits", "address", "phone", "employment", "other"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F},
            "raster": {"dpi": 200, "rot": {2: 90}, "ov": ov}}


@register
def bu19():
    F = "Serif"
    flow = [
        C("<b>SUBPOENA DUCES TECUM</b>\n<b>FOR GRAND JURY</b>", font=F, size=14),
        SP(4),
        T([["SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS\n\nTHE PEOPLE OF THE STATE OF NEW YORK\n\n- against -\n\nJOHN DOE(S)",
            "GJ No. 1187/2025\nSubp. No. 25-04471\n\nInvestigation No. 2025KN003312"]], [4.4, 2.2], font=F, size=10, grid=False,
          extra=[("BOX", (0, 0), (0, 0), 0.8, colors.black)]),
        SP(8),
        P("<b>THE PEOPLE OF THE STATE OF NEW YORK</b>", font=F),
        P("TO: Custodian of Records, New York State Department of Labor, Unemployment Insurance Division, "
          "Building 12, W.A. Harriman State Office Campus, Albany, New York 12240", font=F),
        P("<b>YOU ARE HEREBY COMMANDED</b>, all business and excuses being laid aside, to appear before the GRAND JURY of the County "
          "of Kings, at the Grand Jury Room, 350 Jay Street, Brooklyn, New York, on the <b>2nd day of April, 2025</b>, at 10:00 a.m., "
          "as a witness in a criminal proceeding, and to bring with you and produce the following:", font=F, align=4, lead=15),
        P("All unemployment insurance claim files, including claimant applications, mailing addresses, telephone numbers, bank "
          "account and payment information, and quarterly wage reporting, from January 1, 2022 to the date of this subpoena, for:", font=F, align=4, indent=18),
        T([["GAREYEV, Ruslan", "DOB 05/29/1983", "SSN ending 4107"],
           ["GAREYEVA, Svetlana", "DOB 12/14/1985", "SSN ending 9920"],
           ["BEKMURODOV, Mirza", "DOB 1991-07-30", "—"]], [2.4, 1.6, 1.6], font=F, size=10, grid=False),
        SP(6),
        P("This subpoena is issued pursuant to CPL 610.20 and 610.25 in connection with an investigation of Grand Larceny in the "
          "Second Degree (Penal Law § 155.40) and Offering a False Instrument for Filing (Penal Law § 175.35). In lieu of "
          "appearance, the records may be delivered with a certification conforming to CPLR 3122-a.", font=F, align=4, lead=15),
        P("Grand jury proceedings are secret (CPL 190.25[4]). Disclosure of the existence of this subpoena or of its contents may "
          "constitute a crime under Penal Law § 215.70.", font=F, align=4, italic=True),
        P("Failure to comply with this subpoena is punishable as a contempt of court.", font=F),
        P("Dated: Brooklyn, New York\nMarch 7, 2025", font=F, before=6),
        T([["", "DISTRICT ATTORNEY, KINGS COUNTY\n\nBy: /s/ Yelena Sorokina\n____________________________\nYelena Sorokina\nAssistant District Attorney\n"
            "Frauds Bureau, 350 Jay Street, Brooklyn, NY 11201\n(718) 555-0143 · sorokinay@brooklynda.org"]], [2.6, 4.0], font=F, size=9.5, grid=False),
    ]
    ov = [{"page": 0, "kind": "stamp", "x": 0.04, "y": 0.005, "lines": ["NYSDOL COUNSEL", "MAR 12 2025", "RECEIVED"], "angle": 5},
          {"page": 0, "kind": "hand", "x": 0.05, "y": 0.90, "text": "due 4/2 — certify per 3122-a", "size": 14, "angle": -3}]
    lab = label("bu19", "scanned", "New York county grand jury subpoena duces tecum issued by ADA, three subjects",
                "district-attorney", "District Attorney, Kings County", "Yelena Sorokina", "Assistant District Attorney",
                "sorokinay@brooklynda.org", "(718) 555-0143",
                [subj("Ruslan Gareyev", "1983-05-29", ssn_last4="4107"),
                 subj("Svetlana Gareyeva", "1985-12-14", ssn_last4="9920"),
                 subj("Mirza Bekmurodov", "1991-07-30")],
                ["NY CPL 610.20", "NY CPL 610.25", "NY PL 155.40", "NY PL 175.35", "NY CPLR 3122-a", "NY CPL 190.25", "NY PL 215.70"],
                "grand_jury_subpoena", None, True, "criminal_investigation",
                ["claims", "address", "phone", "benefits", "wages"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F},
            "raster": {"dpi": 200, "rot": {}, "ov": ov}}


@register
def bu20():
    F = "Serif"
    flow = [
        T([["STATE OF MICHIGAN", "<b>DEPARTMENT OF STATE POLICE</b>\nLANSING", "COL. R. A. HENNESSEY\nDIRECTOR"]],
          [2.2, 2.6, 2.0], font=F, size=9, grid=False, align=1, extra=[("LINEBELOW", (0, 0), (-1, 0), 1, colors.black)]),
        SP(14),
        P("March 12, 2025", font=F),
        P("Michigan Department of Health and Human Services\nOffice of Inspector General — Law Enforcement Liaison\n235 S. Grand Avenue\nLansing, MI 48933", font=F),
        P("RE: MSP Incident No. 051-0001278-25", font=F, bold=True),
        P("Dear Sir or Madam:", font=F),
        P("The Michigan State Police, Fifth District Special Investigation Section, is investigating <b>Jerome Tyrell Banks</b> "
          "(DOB 5/2/1981) and <b>Chantel Monique Banks</b> (DOB 9/18/1983) for welfare fraud (MCL 400.60) and obtaining money by "
          "false pretenses (MCL 750.218). Information developed to date indicates that the Banks household received Food Assistance "
          "Program and Family Independence Program benefits while failing to report earned income from a business operated out of "
          "their residence in Benton Harbor.", font=F, align=4),
        P("I request copies of the following for both individuals, for the period January 2022 to the present:", font=F),
        P("a) applications and redeterminations, including household composition and all addresses reported;\n"
          "b) income and employment reported;\nc) benefit issuance history.", font=F, indent=18),
        P("It is my understanding that disclosure to law enforcement for this purpose is permitted by MCL 400.35 and by "
          "7 C.F.R. § 272.1(c)(1)(vi). If a subpoena or other process is required, please advise.", font=F, align=4),
        P("Thank you for your assistance.", font=F),
        SP(4),
        P("Respectfully,", font=F),
        SP(16),
        P("D/Sgt. Paul A. Zielinski\nDetective Sergeant, Special Investigation Section\nFifth District Headquarters, Paw Paw\n"
          "(269) 555-0129 | zielinskip@michigan.gov", font=F),
        SP(6),
        P("PAZ/kr\ncc: F/Lt. D. Ostrowski, Fifth District Commander", font=F, size=8.5),
    ]
    ov = [{"page": 0, "kind": "stamp", "x": 0.60, "y": 0.11, "lines": ["RECEIVED", "MAR 14 2025", "MDHHS-OIG"], "angle": -9},
          {"page": 0, "kind": "hand", "x": 0.55, "y": 0.80, "text": "Log & route to supervisor — JM", "size": 16, "angle": -4, "underline": True}]
    lab = label("bu20", "scanned", "state police letter, three-part letterhead, stamp and handwritten routing note",
                "state-police", "Michigan Department of State Police", "Paul A. Zielinski", "Detective Sergeant",
                "zielinskip@michigan.gov", "(269) 555-0129",
                [subj("Jerome Tyrell Banks", "1981-05-02"), subj("Chantel Monique Banks", "1983-09-18")],
                ["MCL 400.60", "MCL 750.218", "MCL 400.35", "7 CFR 272.1"], "none", None, False, "criminal_investigation",
                ["benefits", "address", "employment", "other"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F}, "raster": {"dpi": 200, "rot": {}, "ov": ov}}


@register
def bu21():
    F = "Serif"
    flow = [
        C("UNITED STATES DEPARTMENT OF LABOR\nOFFICE OF INSPECTOR GENERAL", font=F, size=12, bold=True),
        C("Office of Investigations — Labor Racketeering and Fraud\nSan Francisco Region · 90 Seventh Street, Suite 2-700 · San Francisco, CA 94103", font=F, size=8.5),
        HR(1.5),
        C("<b>SUBPOENA DUCES TECUM</b>", font=F, size=15, before=6),
        C("OIG Subpoena No. SF-2025-0061", font=F, size=9.5),
        SP(6),
        P("TO: Custodian of Records\nNevada Department of Employment, Training and Rehabilitation\nEmployment Security Division\n500 East Third Street\nCarson City, NV 89713", font=F),
        P("YOU ARE HEREBY REQUIRED to produce to Special Agent in Charge Theresa M. Volkert, or an agent designated by her, at the "
          "address shown above on or before <b>April 4, 2025</b>, the following records, which are necessary in the performance of the "
          "responsibilities of the Inspector General under the Inspector General Act of 1978, as amended (Pub. L. 95-452):", font=F, align=4, lead=14.5),
        T([["#", "Claimant", "DOB", "SSN", "Records"],
           ["1", "ECKHARDT, Brandon Tate", "01/22/1987", "XXX-XX-3350", "All UI and PUA claim records"],
           ["2", "LÊ, Kiều Trang", "06/06/1993", "XXX-XX-8816", "All UI and PUA claim records"]],
          [0.3, 1.9, 1.0, 1.1, 2.3], font=F, size=9, header=True),
        SP(6),
        P("Records include, for March 2020 to the present: initial and weekly certifications; identity-verification results and the "
          "documents uploaded; all mailing addresses, e-mail addresses and telephone numbers; payment records including the bank or "
          "debit-card accounts paid; and Internet Protocol addresses and login logs.", font=F, align=4, lead=14.5),
        P("These records are sought in an investigation of possible violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 641 "
          "(theft of public money) involving federally funded unemployment compensation. Disclosure to the Inspector General is "
          "consistent with 20 C.F.R. Part 603.", font=F, align=4, lead=14.5),
        P("This subpoena is issued under the authority of Section 6(a)(4) of the Inspector General Act of 1978, as amended, "
          "5 U.S.C. § 406(a)(4). In the case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any "
          "appropriate United States district court.", font=F, align=4, lead=14.5),
        SP(10),
        T([["Issued at San Francisco, California,\nthis 11th day of March, 2025.",
            "/s/ Theresa M. Volkert\n______________________________\nTheresa M. Volkert\nSpecial Agent in Charge, San Francisco Region\n"
            "for the Inspector General, U.S. Department of Labor\n(415) 555-0165"]], [3.0, 3.6], font=F, size=9.5, grid=False),
    ]
    ov = [{"page": 0, "kind": "stamp", "x": 0.08, "y": 0.105, "lines": ["DETR — ESD", "APPEALS / LEGAL", "RECEIVED MAR 17 2025"], "angle": 4, "size": 9}]
    lab = label("bu21", "scanned", "DOL-OIG inspector-general subpoena duces tecum for UI/PUA claim records, table of claimants",
                "dol-oig", "U.S. Department of Labor, Office of Inspector General (Office of Investigations – Labor Racketeering and Fraud, San Francisco Region)",
                "Theresa M. Volkert", "Special Agent in Charge", None, "(415) 555-0165",
                [subj("Brandon Tate Eckhardt", "1987-01-22", ssn_last4="3350"),
                 subj("Kiều Trang Lê", "1993-06-06", ssn_last4="8816")],
                ["PL 95-452", "18 USC 1343", "18 USC 641", "20 CFR 603", "5 USC 406"],
                "administrative_subpoena", None, True, "criminal_investigation",
                ["claims", "benefits", "identity_documents", "address", "email", "phone", "other"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F}, "raster": {"dpi": 200, "rot": {}, "ov": ov}}


@register
def bu22():
    F = "Sans"
    flow = [
        T([["<b>Office of Enforcement and Removal Operations</b>\nU.S. Department of Homeland Security\n1717 Avenue H East\nOmaha, NE 68110",
            "<b>U.S. Immigration\nand Customs\nEnforcement</b>"]], [4.6, 2.2], font=F, size=9, grid=False,
          extra=[("ALIGN", (1, 0), (1, 0), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 1.5, colors.black)]),
        SP(14),
        P("March 18, 2025", font=F),
        P("Nebraska Department of Motor Vehicles\nDriver and Vehicle Records Division\n301 Centennial Mall South\nLincoln, NE 68509", font=F),
        P("<b>RE: Request for Information — SHIRE, Mohamed Abdi (A 201 883 754)</b>", font=F),
        P("Dear Records Administrator:", font=F),
        P("U.S. Immigration and Customs Enforcement (ICE) is seeking to locate <b>Mohamed Abdi Shire</b>, born March 4, 1987, "
          "who has been determined to be a removable alien. Mr. Shire's last address known to this office is no longer valid.", font=F, align=4),
        P("ICE respectfully requests, for official use only, the following information maintained by your office:", font=F),
        T([["", "Mohamed Abdi Shire", "Fartun Hassan Ali"],
           ["Date of birth", "March 4, 1987", "December 1, 1989"],
           ["Nebraska DL / ID", "H11843207", "unknown"],
           ["Requested", "address of record, photograph, registered vehicles", "address of record, registered vehicles"]],
          [1.5, 2.6, 2.6], font=F, size=9),
        SP(6),
        P("Ms. Fartun Hassan Ali is believed to reside with Mr. Shire, and vehicles registered to her may be used by him.", font=F, align=4),
        P("This request is made under the authority of 8 U.S.C. § 1357 and section 287 of the Immigration and Nationality Act, and "
          "disclosure to a government agency is permitted by 18 U.S.C. § 2721(b)(1) and Neb. Rev. Stat. § 60-2906.", font=F, align=4),
        PB(),
        P("Nebraska DMV — SHIRE, Mohamed Abdi — page 2", font=F, size=8),
        SP(6),
        P("Please return the requested information to the undersigned by mail or e-mail. Should you have any questions, I can be "
          "reached at (402) 555-0114.", font=F, align=4),
        P("Thank you for your assistance in this matter.", font=F),
        SP(4),
        P("Sincerely,", font=F),
        SP(18),
        P("Jeffrey T. Hollins\nDeportation Officer\nOmaha Field Office\njeffrey.t.hollins@ice.dhs.gov", font=F),
        SP(10),
        P("cc: R. Castellanos, Assistant Field Office Director", font=F, size=8.5),
        SP(30),
        P("FOR OFFICIAL USE ONLY", font=F, size=8, align=1, bold=True),
    ]
    ov = [{"page": 0, "kind": "stamp", "x": 0.60, "y": 0.17, "lines": ["NDMV", "MAR 21 2025"], "angle": 10}]
    lab = label("bu22", "scanned", "ERO two-page letter with side-logo letterhead and comparison table; page 2 upside down",
                "dhs-ice-ero", "Office of Enforcement and Removal Operations, U.S. Immigration and Customs Enforcement (Omaha Field Office)",
                "Jeffrey T. Hollins", "Deportation Officer", "jeffrey.t.hollins@ice.dhs.gov", "(402) 555-0114",
                [subj("Mohamed Abdi Shire", "1987-03-04", a_number="A201883754", license="H11843207"),
                 subj("Fartun Hassan Ali", "1989-12-01")],
                ["8 USC 1357", "INA 287", "18 USC 2721", "NE Rev Stat 60-2906"], "none", None, False, "civil_immigration",
                ["address", "photo", "vehicle"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F}, "raster": {"dpi": 200, "rot": {1: 180}, "ov": ov}}


@register
def bu23():
    F = "Sans"
    flow = [
        T([["ATTORNEY OR PARTY WITHOUT ATTORNEY (Name, State Bar number, and address):\nNathaniel P. Corrigan, SBN 287714\n"
            "Deputy District Attorney\nFresno County District Attorney's Office\n2100 Tulare Street, Suite 1000, Fresno, CA 93721\n"
            "TELEPHONE NO.: (559) 555-0158   E-MAIL: ncorrigan@fresnocountyca.gov\nATTORNEY FOR (Name): The People",
            "FOR COURT USE ONLY"],
           ["SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO\nSTREET ADDRESS: 1100 Van Ness Avenue\nCITY AND ZIP CODE: Fresno, CA 93724\nBRANCH NAME: Criminal", ""],
           ["PEOPLE OF THE STATE OF CALIFORNIA\nvs.\nDEFENDANT: ROBERTO CARLOS ECHAVARRÍA NÚÑEZ", ""],
           ["<b>SUBPOENA (CRIMINAL OR JUVENILE)</b>\n" + X(True) + " <b>DUCES TECUM</b>", "CASE NUMBER:\nF24907215"]],
          [4.7, 2.1], font=F, size=8.5),
        SP(6),
        P("THE PEOPLE OF THE STATE OF CALIFORNIA, TO (NAME): Custodian of Records, Employment Development Department, "
          "Legal Office — Subpoena Unit, 800 Capitol Mall, MIC 53, Sacramento, CA 95814", font=F, size=9),
        P("1. YOU ARE ORDERED TO APPEAR AS A WITNESS in this action at the date, time, and place shown in the box below UNLESS you make "
          "a special agreement with the person named in item 4:", font=F, size=9),
        T([["a. Date: April 15, 2025", "Time: 8:30 a.m.", "Dept.: 62"],
           ["b. Address: 1100 Van Ness Avenue, Fresno, CA 93724", "", ""]], [3.0, 2.0, 1.8], font=F, size=9,
          spans=[((0, 1), (2, 1))]),
        SP(6),
        P("2. " + X(True) + " AND YOU ARE ORDERED TO PRODUCE THE DOCUMENTS AND THINGS DESCRIBED IN ITEM 3. "
          + X(True) + " Mail a copy of the documents to the clerk of the court, with the declaration of custodian of records, in "
          "compliance with Evidence Code sections 1560, 1561, 1562, and 1271. Place a copy of the records in an envelope and seal it; "
          "attach a copy of this subpoena to the envelope.", font=F, size=9, align=4),
        P("3. The documents and things to be produced and any date or special instructions are described as follows: "
          "Certified copies of all wage records (DE 9C quarterly reports) and unemployment insurance claim records, including "
          "addresses of record, for ROBERTO CARLOS ECHAVARRÍA NÚÑEZ, date of birth 02/09/1986, for the period January 1, 2022 "
          "through December 31, 2024. Records are confidential under Unemployment Insurance Code section 1094 and are requested "
          "for use in this criminal prosecution.", font=F, size=9, align=4),
        P("4. IF YOU HAVE ANY QUESTIONS ABOUT THE TIME OR DATE TO APPEAR, OR IF YOU WANT TO BE CERTAIN THAT YOUR PRESENCE IS REQUIRED, "
          "CONTACT THE FOLLOWING PERSON BEFORE THE DATE ON WHICH YOU ARE TO APPEAR: Nathaniel P. Corrigan, Deputy District Attorney, "
          "(559) 555-0158.", font=F, size=9, align=4),
        P("5. Witness Fees: You may be entitled to witness fees, mileage, or both, in the discretion of the court.", font=F, size=9),
        P("DISOBEDIENCE OF THIS SUBPOENA MAY BE PUNISHED AS CONTEMPT BY THIS COURT. YOU WILL ALSO BE LIABLE FOR THE SUM OF ONE "
          "HUNDRED DOLLARS AND ALL DAMAGES RESULTING FROM YOUR FAILURE TO OBEY (Penal Code § 1331).", font=F, size=8.5, bold=True, align=4),
        T([["Date issued: March 10, 2025", "Clerk, by /s/ J. Vang, Deputy"],
           ["Requesting party: Nathaniel P. Corrigan, Deputy District Attorney", "(SIGNATURE OF PERSON ISSUING SUBPOENA)"]],
          [3.6, 3.2], font=F, size=8.5, grid=False),
        P("Form Adopted for Mandatory Use — Judicial Council of California SUBP-002 [Rev. January 1, 2012] · Penal Code, §§ 1326, 1327", font=F, size=7),
        PB(),
        C("<b>PROOF OF SERVICE OF SUBPOENA</b>", font=F, size=10),
        P("1. I served this Subpoena (Criminal or Juvenile) Duces Tecum by personally delivering a copy to the person served as follows: "
          "Person served: EDD Legal Office, Subpoena Unit. Date: 03/12/2025. Address: 800 Capitol Mall, Sacramento, CA.", font=F, size=9),
        P("Case summary for custodian (not part of subpoena): defendant is charged with grand theft (Penal Code § 487(a)) and identity "
          "theft (Penal Code § 530.5) against the victim, Lorena Paz, his former employer's bookkeeper. Witness Gerardo Félix "
          "will testify regarding payroll.", font=F, size=8.5, align=4),
        P("I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.", font=F, size=9),
        P("Date: 03/12/2025       /s/ Marcus Oyelaran, DA Investigator", font=F, size=9),
    ]
    ov = [{"page": 0, "kind": "stamp", "x": 0.70, "y": 0.04, "lines": ["EDD LEGAL", "MAR 13 2025"], "angle": -5, "size": 10}]
    lab = label("bu23", "scanned", "California SUBP-002 criminal subpoena duces tecum requested by deputy DA, proof of service page",
                "district-attorney", "Fresno County District Attorney's Office", "Nathaniel P. Corrigan",
                "Deputy District Attorney", "ncorrigan@fresnocountyca.gov", "(559) 555-0158",
                [subj("Roberto Carlos Echavarría Núñez", "1986-02-09")],
                ["CA Evid Code 1560", "CA Evid Code 1561", "CA Evid Code 1562", "CA Evid Code 1271", "CA UI Code 1094",
                 "CA PC 1331", "CA PC 1326", "CA PC 1327", "CA PC 487", "CA PC 530.5"],
                "court_subpoena", "SUBP-002", True, "criminal_investigation", ["wages", "claims", "address"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F, "margins": (0.6, 0.6, 0.5, 0.6)},
            "raster": {"dpi": 200, "rot": {}, "ov": ov}}


@register
def bu24():
    F = "Sans"
    flow = [
        C("SOCIAL SECURITY ADMINISTRATION\nOFFICE OF THE INSPECTOR GENERAL", font=F, size=11, bold=True),
        C("Office of Investigations · Philadelphia Field Division\n300 Spring Garden Street, Room 720 · Philadelphia, PA 19123", font=F, size=8.5),
        HR(1),
        P("4 Mar 2025", font=F, align=2),
        P("Pennsylvania Department of Human Services\nBureau of Program Integrity — Law Enforcement Requests\nP.O. Box 2675\nHarrisburg, PA 17105", font=F),
        P("Reference: SSA-OIG Case No. PHI2400871", font=F, bold=True),
        P("Dear Program Integrity Staff,", font=F),
        P("The Social Security Administration, Office of the Inspector General, is conducting a criminal investigation of "
          "<b>MCCANN, Gerald Francis</b> (DOB 10/30/1958; SSN XXX-XX-7764), a Supplemental Security Income recipient who is "
          "suspected of concealing his true residence and household income from SSA, in violation of 42 U.S.C. § 1383a(a) and "
          "18 U.S.C. § 641.", font=F, align=4),
        P("To assist this investigation, please provide:", font=F),
        T([["1.", "Addresses reported by Mr. McCann in any Medical Assistance or SNAP application since 2019"],
           ["2.", "Household composition and all household members listed"],
           ["3.", "Earned and unearned income reported"],
           ["4.", "Benefit issuance history (SNAP, cash assistance)"]], [0.4, 6.2], font=F, size=9.5, grid=False),
        SP(6),
        P("This request is made as a routine use for law enforcement purposes under the Privacy Act, 5 U.S.C. § 552a(b)(7). We "
          "recognize that public assistance records are confidential under 62 P.S. § 404, which permits disclosure for purposes "
          "directly connected with the administration of public assistance, including investigation of fraud.", font=F, align=4),
        P("Please send the records to my attention. Thank you.", font=F),
        SP(14),
        P("Olamide R. Adeyemi\nSpecial Agent\nSSA-OIG, Philadelphia Field Division\nTel (215) 555-0167\nolamide.adeyemi@ssa.gov", font=F),
    ]
    ov = [{"page": 0, "kind": "hand", "x": 0.52, "y": 0.83, "text": "PI-25-0418", "size": 18, "angle": -2, "underline": True}]
    lab = label("bu24", "scanned", "SSA-OIG letter to human services, SSI fraud, numbered list",
                "ssa-oig", "Social Security Administration, Office of the Inspector General (Philadelphia Field Division)",
                "Olamide R. Adeyemi", "Special Agent", "olamide.adeyemi@ssa.gov", "(215) 555-0167",
                [subj("Gerald Francis McCann", "1958-10-30", ssn_last4="7764")],
                ["42 USC 1383a", "18 USC 641", "5 USC 552a", "62 PS 404"], "none", None, False, "criminal_investigation",
                ["address", "benefits", "other"], "mail")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F}, "raster": {"dpi": 200, "rot": {}, "ov": ov}}


# ================================================================ FAX (bu25-bu32)
def fax_cover(F, frm_org, rows, note, confidential=True):
    flow = [
        C("<b>" + frm_org + "</b>", font=F, size=12),
        C("<b>F A X</b>", font=F, size=30, before=6),
        HR(2),
        T(rows, [1.4, 5.2], font=F, size=10.5, bold_col0=True, pad=6),
        SP(14),
        P(note, font=F, size=10.5),
    ]
    if confidential:
        flow += [SP(60), HR(0.8),
                 P("CONFIDENTIALITY NOTICE: This facsimile transmission contains confidential information intended only for the "
                   "use of the addressee. If you are not the intended recipient, you are notified that any disclosure, copying, "
                   "distribution, or use of its contents is prohibited. If you received this fax in error, please notify the sender "
                   "by telephone immediately and destroy the documents.", font=F, size=8.5, align=4)]
    return flow


@register
def bu25():
    F = "Sans"
    rows = [["To:", "Colorado DMV — Driver/Vehicle Records, Law Enforcement Desk"], ["Fax:", "303-555-0130"],
            ["From:", "Det. Corey J. Vanderveen #482, Greeley Police Department — Investigations"],
            ["Phone:", "970-555-0121"], ["Fax:", "970-555-0122"], ["Date:", "03/14/2025"], ["Pages:", "2 (incl. cover)"]]
    flow = fax_cover(F, "GREELEY POLICE DEPARTMENT\n2875 W. 10th Street · Greeley, Colorado 80634", rows,
                     "Request form attached. Please fax results back to 970-555-0122. Thank you.")
    flow += [PB(),
             C("<b>DRIVER / VEHICLE RECORDS REQUEST — LAW ENFORCEMENT</b>", font=F, size=12),
             C("Colorado Department of Revenue · Division of Motor Vehicles", font=F, size=8),
             HR(1),
             T([["<b>Requesting agency</b>", "Greeley Police Department", "<b>ORI</b>", "CO0620100"],
                ["<b>Officer name</b>", "Corey J. Vanderveen", "<b>Badge / ID</b>", "482"],
                ["<b>Title</b>", "Detective", "<b>Phone</b>", "970-555-0121"],
                ["<b>E-mail</b>", "corey.vanderveen@greeleygov.com", "<b>Case #</b>", "25-03311"]],
               [1.4, 2.6, 1.0, 1.8], font=F, size=9.5),
             SP(8),
             P("<b>SUBJECT INFORMATION</b>", font=F, size=10),
             T([["Last name", "First name", "MI", "Date of birth", "CO DL / ID #"],
                ["SANDOVAL", "Marisela", "R.", "1998-02-16", "21-044-7183"]], [1.6, 1.6, 0.5, 1.3, 1.8], font=F, size=10, header=True),
             SP(8),
             P("<b>RECORDS REQUESTED</b> (check all that apply)", font=F, size=10),
             T([[X(True) + " DL/ID photograph", X(True) + " Address history", X(True) + " Vehicle registration / title"],
                [X(False) + " Driving record (MVR)", X(False) + " Signature image", X(False) + " Source documents"]],
               [2.2, 2.2, 2.4], font=F, size=10, grid=False),
             SP(8),
             P("<b>PURPOSE OF REQUEST</b>", font=F, size=10),
             T([[X(True) + " Criminal investigation    Offense: Aggravated Motor Vehicle Theft, C.R.S. 18-4-409"],
                [X(False) + " Traffic / accident investigation"], [X(False) + " Service of process"], [X(False) + " Other: ____________"]],
               [6.8], font=F, size=10, grid=False),
             SP(10),
             P("Information released under C.R.S. 42-1-206 and the federal Driver's Privacy Protection Act (18 U.S.C. § 2721 et seq.) "
               "may be used only for the purpose stated above. Misuse may result in criminal penalties.", font=F, size=8.5, align=4),
             SP(10),
             T([["Signature: /s/ C. Vanderveen", "Date: 03/14/2025"]], [4.4, 2.4], font=F, size=10, grid=False),
             ]
    ov = [{"page": 1, "kind": "hand", "x": 0.50, "y": 0.80, "text": "Pls fax back ASAP — thx CV", "size": 16, "angle": -3, "ink": 20}]
    lab = label("bu25", "fax", "police fax cover + DMV law-enforcement request form with checkboxes and ruled tables",
                "local-police", "Greeley Police Department", "Corey J. Vanderveen", "Detective",
                "corey.vanderveen@greeleygov.com", "970-555-0121",
                [subj("Marisela R. Sandoval", "1998-02-16", license="210447183")],
                ["CRS 18-4-409", "CRS 42-1-206", "18 USC 2721"], "none", None, False, "criminal_investigation",
                ["photo", "address", "vehicle"], "fax")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F},
            "raster": {"rot": {}, "ov": ov, "fax_header": "MAR-14-2025 09:12  GREELEY PD INVEST   9705550122        P.{p:02d}/{n:02d}"}}


@register
def bu26():
    F = "Serif"
    rows = [["TO:", "Arizona Department of Economic Security — Office of Special Investigations"], ["FAX #:", "(602) 555-0193"],
            ["FROM:", "Det. Ramona Etsitty, MCSO Special Victims / Elder Abuse"], ["PHONE:", "(602) 555-0181"],
            ["DATE:", "March 19, 2025"], ["# PAGES:", "2"], ["RE:", "Records request — MCSO DR# 25-011874"]]
    flow = fax_cover(F, "MARICOPA COUNTY SHERIFF'S OFFICE\n550 West Jackson Street · Phoenix, Arizona 85003", rows,
                     "Letter follows.")
    flow += [PB(),
             C("<b>MARICOPA COUNTY SHERIFF'S OFFICE</b>", font=F, size=13),
             C("Special Victims Division — Elder Abuse Unit", font=F, size=9.5),
             HR(1),
             P("March 19, 2025", font=F),
             P("Arizona Department of Economic Security\nOffice of Special Investigations\nP.O. Box 6123, Site Code 050X\nPhoenix, AZ 85005", font=F),
             P("RE: Request for records — MCSO DR# 25-011874", font=F, bold=True),
             P("To the Office of Special Investigations:", font=F),
             P("I am investigating the theft of approximately $61,000 from an 84-year-old Sun City resident, Mr. Harold Finnegan, "
               "by two former in-home caregivers. The offenses under investigation are theft, A.R.S. § 13-1802, and theft from a "
               "vulnerable adult (financial exploitation), A.R.S. § 46-456.", font=F, align=4),
             P("I respectfully request the current address, current and past employers, and any public assistance received since "
               "January 2023 for:", font=F),
             P("COLE, Dwayne Everett — DOB 10/04/1979\nPEÑA ORTIZ, María Graciela — DOB 1982-07-21", font=F, indent=24, bold=True),
             P("Mr. Finnegan's daughter, Mrs. Colleen Finnegan-Park, reported the thefts and has been cooperative.", font=F, align=4),
             P("Please fax the results to (602) 555-0182 or e-mail r_etsitty@mcso.maricopa.gov. Thank you.", font=F),
             SP(12),
             P("Det. Ramona Etsitty #S1734\nMaricopa County Sheriff's Office\n(602) 555-0181", font=F),
             ]
    lab = label("bu26", "fax", "sheriff fax cover + detective letter, elder financial exploitation, two subjects",
                "sheriff", "Maricopa County Sheriff's Office", "Ramona Etsitty", "Detective", "r_etsitty@mcso.maricopa.gov",
                "(602) 555-0181",
                [subj("Dwayne Everett Cole", "1979-10-04"), subj("María Graciela Peña Ortiz", "1982-07-21")],
                ["ARS 13-1802", "ARS 46-456"], "none", None, False, "criminal_investigation",
                ["address", "employment", "benefits"], "fax")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F},
            "raster": {"rot": {}, "ov": [], "fax_header": "03/19/2025  14:07   MCSO SVD ELDER     6025550182     #{p}/{n}"}}


@register
def bu27():
    F = "Sans"
    flow = [
        T([["DEPARTMENT OF HOMELAND SECURITY", "<b>IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION</b>"]], [3.0, 3.8], font=F, size=10, grid=False),
        HR(1.5),
        T([["Subject ID: 471 206 558", "Event #: ATL2503001987", "File No: A210 665 239"], ["Date: 03/20/2025", "Nationality: Ukraine", ""]],
          [2.3, 2.3, 2.2], font=F, size=9),
        T([["<b>TO:</b> Georgia Department of Corrections\nOffender Administration — Detainers\n300 Patrol Road, Forsyth, GA 31029",
            "<b>FROM:</b> ICE Enforcement and Removal Operations\nAtlanta Field Office\n180 Ted Turner Drive SW, Atlanta, GA 30303"]],
          [3.4, 3.4], font=F, size=9),
        T([["<b>Name of Alien:</b> KOVALENKO, Andriy Mykolayovych     <b>DOB:</b> 09/13/1986     <b>GDC ID:</b> 1004588231"]], [6.8], font=F, size=9),
        SP(4),
        P("<b>DHS HAS DETERMINED THAT THE ALIEN IS A PRIORITY FOR REMOVAL.</b> This determination is based on:", font=F, size=9),
        P(X(True) + " Conviction of an offense for which an element was active participation in a criminal street gang; "
          + X(False) + " Conviction of an aggravated felony; " + X(True) + " Conviction of a felony offense; "
          + X(False) + " Three or more misdemeanors.", font=F, size=9, indent=12),
        P("<b>IT IS REQUESTED THAT YOU:</b>", font=F, size=9, before=4),
        P("• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody, "
          "by calling (404) 555-0172.\n• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when "
          "he/she would otherwise have been released, to allow DHS to assume custody for removal purposes.\n"
          "• Serve a copy of this form on the alien.", font=F, size=9, indent=12),
        P("This request is issued pursuant to section 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7, and, for "
          "an alien in removal proceedings, section 236 of the Immigration and Nationality Act. This is a request for voluntary "
          "action; it does not require you to hold the alien.", font=F, size=9, align=4),
        SP(10),
        T([["Tavares L. Whitmore, Immigration Enforcement Agent\n(Name and title of Immigration Officer)",
            "/s/ T. L. Whitmore\n(Signature of Immigration Officer)"]], [3.4, 3.4], font=F, size=9),
        SP(4),
        T([["<b>TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN</b>\nEstimated release date: ___________\n"
            "Served on alien on ___________ by " + X(False) + " in person " + X(False) + " inmate mail"]], [6.8], font=F, size=8.5),
        P("DHS Form I-247D (5/15)", font=F, size=7, before=4),
    ]
    lab = label("bu27", "fax", "ICE I-247D detainer (request for voluntary action) faxed to state corrections",
                "dhs-ice-ero", "ICE Enforcement and Removal Operations, Atlanta Field Office", "Tavares L. Whitmore",
                "Immigration Enforcement Agent", None, "(404) 555-0172",
                [subj("Andriy Mykolayovych Kovalenko", "1986-09-13", a_number="A210665239", other=["471206558", "1004588231"])],
                ["INA 287", "8 CFR 287.7", "INA 236"], "detainer", "I-247D", False, "civil_immigration", ["other"], "fax")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F, "margins": (0.7, 0.7, 0.7, 0.6)},
            "raster": {"rot": {}, "ov": [], "fax_header": "20-MAR-2025 10:41   FROM: ICE ERO ATLANTA  4045550179   TO: 4785550110   P{p}"}}


@register
def bu28():
    F = "Sans"
    rows = [["TO:", "Minnesota Driver and Vehicle Services — Records Unit"], ["FAX:", "651-555-0144"],
            ["FROM:", "DO Brandon Kowalczyk, ICE ERO St. Paul"], ["TEL:", "612-555-0131"],
            ["EMAIL:", "brandon.kowalczyk@ice.dhs.gov"], ["DATE:", "3/21/2025"], ["PAGES:", "2"]]
    flow = fax_cover(F, "U.S. Immigration and Customs Enforcement\nEnforcement and Removal Operations — St. Paul Field Office\n"
                        "1 Federal Drive, Suite 1601, Fort Snelling, MN 55111", rows,
                     "RE: HIRSI, Sadia Farah — DOB 04/22/1996 — A220 138 771 — MN DL H621-448-903-117\n\n"
                     "Attached is an I-200 warrant for the above subject. Please provide the current address, most recent photo "
                     "and any vehicles registered. Thank you.")
    flow += [PB()] + form_i200("A220 138 771", "Sadia Farah HIRSI", "03/19/2025", "Adaeze N. Umeh",
                               "Supervisory Detention and Deportation Officer", basis_box=3, office="ERO St. Paul, MN")
    ov = [{"page": 0, "kind": "hand", "x": 0.55, "y": 0.50, "text": "urgent — thx!", "size": 18, "angle": -5, "ink": 15}]
    lab = label("bu28", "fax", "ERO fax cover sheet + I-200 administrative arrest warrant to driver services",
                "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — St. Paul Field Office",
                "Brandon Kowalczyk", "Deportation Officer", "brandon.kowalczyk@ice.dhs.gov", "612-555-0131",
                [subj("Sadia Farah Hirsi", "1996-04-22", a_number="A220138771", license="H621448903117")],
                ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
                ["address", "photo", "vehicle"], "fax")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F},
            "raster": {"rot": {1: 180}, "ov": ov, "fax_header": "Mar 21 2025 08:55   ICE ERO STP   6125550131   page {p} of {n}"}}


@register
def bu29():
    F = "Serif"
    flow = [
        C("<b>OFFICE OF THE DISTRICT ATTORNEY</b>\nEIGHTEENTH JUDICIAL DISTRICT", font=F, size=12),
        C("6450 S. Revere Parkway · Centennial, Colorado 80111 · Main (720) 555-0100", font=F, size=8.5),
        HR(1.2),
        P("<b>FACSIMILE TRANSMITTAL</b>\nTo: Colorado Department of Labor and Employment, UI Legal Records (fax 303-555-0186)\n"
          "From: Heather L. Montague, Chief Deputy District Attorney, Economic Crime Unit\nDate: March 24, 2025     Pages: 2", font=F, size=10),
        HR(0.6),
        P("Custodian of Records:", font=F),
        P("Please find attached a signed Order of the Arapahoe County District Court in <i>People v. Bjorklund</i>, 24CR03187, "
          "directing the Department to produce the unemployment insurance records of the defendant. I am aware that such records "
          "are confidential under C.R.S. § 8-72-107 and may be released on court order (see also C.R.S. § 24-74-103). Please "
          "send the records to my office within 21 days as the Order directs. My direct line is (720) 555-0147 and my e-mail "
          "is hmontague@da18.state.co.us.", font=F, align=4),
        P("Thank you,", font=F),
        SP(10),
        P("Heather L. Montague, #39114\nChief Deputy District Attorney", font=F),
        PB(),
        T([["DISTRICT COURT, ARAPAHOE COUNTY, COLORADO\nCourt Address: 7325 S. Potomac Street, Centennial, CO 80112\n\n"
            "THE PEOPLE OF THE STATE OF COLORADO,\n\nv.\n\nDefendant: KRISTOFER ALLEN BJORKLUND", "\n\n\n▲ COURT USE ONLY ▲"],
           ["", "Case Number: 24CR03187\n\nDivision: 203"]], [4.5, 2.3], font=F, size=9.5),
        SP(8),
        C("<b>ORDER FOR PRODUCTION OF UNEMPLOYMENT INSURANCE RECORDS</b>", font=F, size=11),
        P("THIS MATTER comes before the Court on the People's Motion for Order Directing Production of Records (filed March 17, "
          "2025). The Court, having reviewed the Motion and the file and being fully advised, FINDS that the records described "
          "below are relevant and material to the prosecution of the defendant on charges of Theft, C.R.S. § 18-4-401, and "
          "Forgery, C.R.S. § 18-5-102, and that disclosure is authorized by C.R.S. § 8-72-107.", font=F, align=4, lead=16, first=24),
        P("IT IS THEREFORE ORDERED that the Colorado Department of Labor and Employment shall produce to the Office of the "
          "District Attorney, within twenty-one (21) days of service of this Order, certified copies of all unemployment "
          "insurance claims filed by or in the name of <b>Kristofer Allen Bjorklund</b>, date of birth August 29, 1990, from "
          "January 1, 2023 to the present, including claim applications, weekly certifications, benefit payment records, "
          "employer separation responses, and quarterly wage records reported for him.", font=F, align=4, lead=16, first=24),
        P("IT IS FURTHER ORDERED that the records shall be used solely for purposes of this criminal case and shall be provided "
          "to defense counsel in discovery subject to Crim. P. 16.", font=F, align=4, lead=16, first=24),
        SP(8),
        T([["Dated: March 21, 2025", "BY THE COURT:\n\n/s/ Jonah B. Castillo-Reyes\n_____________________________\nDistrict Court Judge"]],
          [3.2, 3.6], font=F, size=10, grid=False),
    ]
    lab = label("bu29", "fax", "DA fax transmittal + Colorado district court order for UI records",
                "district-attorney", "Office of the District Attorney, Eighteenth Judicial District", "Heather L. Montague",
                "Chief Deputy District Attorney", "hmontague@da18.state.co.us", "(720) 555-0147",
                [subj("Kristofer Allen Bjorklund", "1990-08-29")],
                ["CRS 8-72-107", "CRS 24-74-103", "CRS 18-4-401", "CRS 18-5-102", "CO CrimP 16"],
                "court_order", None, True, "criminal_investigation", ["claims", "benefits", "wages"], "fax")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F},
            "raster": {"rot": {}, "ov": [], "fax_header": "03/24/2025 MON 11:18 FAX 720 555 0199  DA18 ECONOMIC CRIME   {p:03d}/{n:03d}"}}


@register
def bu30():
    F = "Serif"
    flow = [
        C("<b>IN THE COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO</b>\nCRIMINAL DIVISION", font=F, size=11),
        SP(6),
        T([["STATE OF OHIO,\n\tPlaintiff,\n\nvs.\n\nDESHAWN MARCUS TOLLIVER,\n\tDefendant.",
            "Case No. 24CR-004417\n\nJudge Patricia E. Vollmer\n\n<b>SUBPOENA DUCES TECUM\n(CRIMINAL)</b>"]], [3.6, 3.0], font=F, size=10, grid=False,
          extra=[("LINEAFTER", (0, 0), (0, 0), 0.8, colors.black)]),
        SP(10),
        P("THE STATE OF OHIO, FRANKLIN COUNTY, ss:", font=F, bold=True),
        P("TO: Records Custodian, Ohio Bureau of Motor Vehicles, Legal Services, 1970 West Broad Street, Columbus, Ohio 43223", font=F),
        P("YOU ARE COMMANDED to appear before the Court of Common Pleas of Franklin County, Ohio, at the Franklin County Courthouse, "
          "345 South High Street, Courtroom 5C, Columbus, Ohio, on <b>April 14, 2025 at 9:00 a.m.</b>, then and there to testify "
          "in the above-captioned criminal case on behalf of the State of Ohio, and you are further commanded to bring with you:", font=F, align=4, lead=15),
        P("Certified copies of driver license and identification card application records and the most recent photograph for "
          "<b>DeShawn Marcus Tolliver</b>, DOB 01/11/1994, Ohio DL TR419882; and certified title and registration records for "
          "all vehicles titled or registered to DeShawn Marcus Tolliver or to <b>Keisha Lynn Tolliver</b>, DOB 05/30/1996, "
          "from June 1, 2023 to the present.", font=F, align=4, lead=15, indent=18),
        P("This subpoena is issued under Crim.R. 17(C). Personal information is requested for use by a court and a law "
          "enforcement agency as permitted by R.C. 4501.27. The defendant is charged with Theft, R.C. 2913.02, and Tampering "
          "with Records, R.C. 2913.42. Certified copies delivered before the hearing date, with an affidavit of the custodian, "
          "will satisfy this subpoena unless you are notified otherwise.", font=F, align=4, lead=15),
        P("Fail not under penalty of law.", font=F),
        SP(6),
        T([["Requested by:\nLauren E. Haskins (0091552)\nAssistant Prosecuting Attorney\nFranklin County Prosecutor's Office\n"
            "373 South High Street, 14th Floor, Columbus, OH 43215\n(614) 555-0139\nlehaskins@franklincountyohio.gov",
            "Issued: March 17, 2025\n\nCLERK OF COURTS\nFRANKLIN COUNTY, OHIO\n\nBy: /s/ T. Abernathy\nDeputy Clerk"]],
          [3.6, 3.0], font=F, size=9.5, grid=False),
        PB(),
        C("<b>RETURN OF SERVICE</b>", font=F, size=11),
        P("Received this subpoena on ____________, 2025, and served the same on the within-named witness by " + X(False) +
          " personal service " + X(False) + " residence service " + X(True) + " certified mail / facsimile to designated agent.", font=F),
        P("Fees: Service $______  Mileage $______   Total $______", font=F),
        P("______________________________\nSheriff / Process Server", font=F, before=20),
    ]
    lab = label("bu30", "fax", "Ohio common pleas criminal subpoena duces tecum to BMV, requested by assistant prosecutor",
                "district-attorney", "Franklin County Prosecutor's Office", "Lauren E. Haskins", "Assistant Prosecuting Attorney",
                "lehaskins@franklincountyohio.gov", "(614) 555-0139",
                [subj("DeShawn Marcus Tolliver", "1994-01-11", license="TR419882"), subj("Keisha Lynn Tolliver", "1996-05-30")],
                ["OH CrimP 17", "ORC 4501.27", "ORC 2913.02", "ORC 2913.42"], "court_subpoena", None, True,
                "criminal_investigation", ["license", "photo", "vehicle"], "fax")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F},
            "raster": {"rot": {}, "ov": [], "fax_header": "17 MAR 2025 15:52  FCPO CRIM APPEALS/TRIAL  614 555 0138   P. {p}"}}


@register
def bu31():
    F = "Sans"
    flow = [
        LH2("<b>U.S. Customs and Border Protection</b>\nU.S. Border Patrol — Tucson Sector\nCasa Grande Station, Prosecutions Unit",
            "396 S. Camino Mercado\nCasa Grande, AZ 85122\nTel (520) 555-0150 · Fax (520) 555-0151"),
        SP(14),
        P("March 5, 2025", font=F),
        P("BY FACSIMILE — (602) 555-0196", font=F, size=9, bold=True),
        P("Arizona Department of Transportation\nMotor Vehicle Division — Law Enforcement Records\n1801 W. Jefferson Street, MD 530M\nPhoenix, AZ 85007", font=F),
        P("Subject: Vehicle / registered owner records — Event CAG2503020044", font=F, bold=True),
        P("On March 2, 2025, agents assigned to the Casa Grande Station stopped two vehicles on State Route 347 that were "
          "transporting a total of eleven undocumented non-citizens. The drivers have been charged federally with alien smuggling "
          "(8 U.S.C. § 1324(a)(1)(A)(ii)). To support the prosecution, I request the records below.", font=F, align=4),
        T([["Plate / VIN", "Registered owner", "DOB", "AZ DL"],
           ["AZ CJR4471 / 1GCUYDED5KZ118842", "Esteban Iván Carrasco Lugo", "1999-09-09", "D08812345"],
           ["AZ 2PF93T / 3N1AB7AP6HY297150", "Brianna Nicole Foster", "2001-12-03", "—"]], [2.4, 2.1, 1.0, 1.1], font=F, size=9, header=True),
        SP(6),
        P("For each: registration and title history, registered owner addresses, and the owner's driver license photograph and status. "
          "Disclosure is permitted for use by a government agency in carrying out its functions (18 U.S.C. § 2721(b)(1); A.R.S. § 28-455).", font=F, align=4),
        SP(10),
        P("Cody R. Threlkeld\nBorder Patrol Agent (Prosecutions)\ncody.r.threlkeld@cbp.dhs.gov\n(520) 555-0150", font=F),
    ]
    lab = label("bu31", "fax", "Border Patrol prosecutions-unit fax letter, plate/owner table, alien smuggling",
                "dhs-cbp", "U.S. Customs and Border Protection, U.S. Border Patrol — Tucson Sector, Casa Grande Station",
                "Cody R. Threlkeld", "Border Patrol Agent (Prosecutions)", "cody.r.threlkeld@cbp.dhs.gov", "(520) 555-0150",
                [subj("Esteban Iván Carrasco Lugo", "1999-09-09", license="D08812345"),
                 subj("Brianna Nicole Foster", "2001-12-03")],
                ["8 USC 1324", "18 USC 2721", "ARS 28-455"], "none", None, False, "criminal_investigation",
                ["vehicle", "address", "photo", "license"], "fax")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F},
            "raster": {"rot": {}, "ov": [], "fax_header": "MAR 05 2025  13:26   USBP CAG PROS   520 555 0151   P.1"}}


@register
def bu32():
    F = "Serif"
    flow = [
        C("COMMONWEALTH OF VIRGINIA", font=F, size=10, bold=True),
        C("<b>DEPARTMENT OF STATE POLICE</b>\nBureau of Criminal Investigation — Chesapeake Field Office\n"
          "1005 Executive Boulevard, Chesapeake, Virginia 23320", font=F, size=10),
        HR(1),
        T([["<b>TO:</b> Virginia Employment Commission, Records Custodian / Legal Division, Fax (804) 555-0112",
            "<b>DATE:</b> 2025-03-26"],
           ["<b>FROM:</b> Special Agent Kenneth O. Baptiste", "<b>VSP FILE:</b> 2025-04412-C"]], [4.6, 2.2], font=F, size=9.5),
        SP(10),
        P("The Virginia State Police is conducting a criminal investigation into the embezzlement of funds from a Chesapeake "
          "property-management company (Va. Code § 18.2-111). Two former employees are suspects:", font=F, align=4),
        P("1.  Jovana PETROVIĆ, date of birth 2 November 1991\n2.  Aleksandar PETROVIĆ, date of birth 17 March 1988", font=F, indent=24),
        P("I request all employer wage reports (names and addresses of employers and quarterly wages) for both individuals from "
          "the first quarter of 2022 through the present, together with the residential address each most recently reported. I "
          "understand that disclosure to a law enforcement agency is governed by Va. Code § 60.2-114, and I will provide any "
          "additional documentation your office requires.", font=F, align=4),
        P("Results may be faxed to (757) 555-0164 or e-mailed to kenneth.baptiste@vsp.virginia.gov.", font=F),
        SP(14),
        P("Respectfully submitted,", font=F),
        SP(10),
        P("K. O. Baptiste\nKenneth O. Baptiste, Special Agent\nBureau of Criminal Investigation, General Investigation Section\n"
          "Office (757) 555-0163", font=F),
        SP(8),
        P("cc: First Sergeant W. L. Coffey", font=F, size=8.5),
    ]
    lab = label("bu32", "fax", "state police one-page faxed memo-letter, wage records, Serbian names with diacritics",
                "state-police", "Virginia Department of State Police, Bureau of Criminal Investigation", "Kenneth O. Baptiste",
                "Special Agent", "kenneth.baptiste@vsp.virginia.gov", "(757) 555-0163",
                [subj("Jovana Petrović", "1991-11-02"), subj("Aleksandar Petrović", "1988-03-17")],
                ["VA Code 18.2-111", "VA Code 60.2-114"], "none", None, False, "criminal_investigation",
                ["wages", "employment", "address"], "fax")
    return {"label": lab, "flow": flow, "pdfkw": {"font": F},
            "raster": {"rot": {}, "ov": [], "fax_header": "03/26/2025 16:02   VSP BCI CHESAPEAKE   7575550164   PAGE 01"}}


# ================================================================ driver
def photo_of_pdf(flow, rng, pdfkw):
    """A phone photo of the first page of a printed form (JPEG bytes)."""
    p = os.path.join(TMP, "photo_src.pdf")
    build_pdf(p, flow, **pdfkw)
    page = rasterize(p, 150, "photo")[0]
    a = np.asarray(page).astype(np.float32)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    vign = 1 - 0.22 * (((xx - w / 2) / w) ** 2 + ((yy - h / 2) / h) ** 2) * 4
    a = (25 + a * 0.85) * vign + rng.normal(0, 3, a.shape)
    g = np.clip(a, 0, 255).astype(np.uint8)
    rgb = Image.merge("RGB", (Image.fromarray(g), Image.fromarray(np.clip(a * 0.97, 0, 255).astype(np.uint8)),
                              Image.fromarray(np.clip(a * 0.88, 0, 255).astype(np.uint8))))
    rgb = rgb.rotate(float(rng.uniform(2, 4)), resample=Image.BICUBIC, expand=True, fillcolor=(92, 74, 60))
    canvas = Image.new("RGB", (rgb.size[0] + 120, rgb.size[1] + 140), (88, 70, 58))
    canvas.paste(rgb, (50, 70))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    canvas.save(buf, "JPEG", quality=72)
    return buf.getvalue()


def main():
    os.makedirs(TMP, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith("bu") and f[2:4].isdigit():
            os.remove(os.path.join(OUT, f))
    for i, fn in enumerate(DOCS):
        random.seed(SEED + i)
        rng = np.random.default_rng(SEED + i)
        doc = fn(rng) if fn.__code__.co_argcount else fn()
        lab = doc["label"]
        did, fmt = lab["id"], lab["format"]
        if fmt == "born_digital":
            build_pdf(os.path.join(OUT, did + ".pdf"), doc["flow"], **doc.get("pdfkw", {}))
        elif fmt in ("scanned", "fax"):
            src = os.path.join(TMP, did + "_src.pdf")
            build_pdf(src, doc["flow"], **doc.get("pdfkw", {}))
            r = doc["raster"]
            dpi = r.get("dpi", 200) if fmt == "scanned" else 200
            pages = rasterize(src, dpi, did)
            for ov in r.get("ov", []):
                pages[ov["page"]] = overlay(pages[ov["page"]], ov, dpi)
            n = len(pages)
            if fmt == "scanned":
                imgs = [scan_degrade(p, rng, r.get("rot", {}).get(k, 0)) for k, p in enumerate(pages)]
                save_scanned(imgs, os.path.join(OUT, did + ".pdf"), dpi)
            else:
                hdr = r.get("fax_header")
                imgs = [fax_page(p, rng, hdr.format(p=k + 1, n=n) if hdr else None, r.get("rot", {}).get(k, 0))
                        for k, p in enumerate(pages)]
                save_fax(imgs, os.path.join(OUT, did + ".tif"))
        elif fmt == "eml":
            msg = fix_boundaries(doc["eml"], did)
            with open(os.path.join(OUT, did + ".eml"), "wb") as f:
                f.write(msg.as_bytes())
        elif fmt == "txt":
            with open(os.path.join(OUT, did + ".txt"), "w", encoding="utf-8") as f:
                f.write(doc["text"])
        with open(os.path.join(OUT, did + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(did, fmt, lab["legal_process"]["type"])


if __name__ == "__main__":
    main()
