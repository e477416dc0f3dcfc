#!/usr/bin/env python3
"""Build the blind_j sample set (independent author; fixed seeds; deterministic).

Run:  /work/main/.venv/bin/python samples/blind_j/build.py
Writes bj01..bj32 (+ .expected.json) next to this file.
"""
import datetime
import glob
import io
import json
import os
import random
import shutil
import subprocess
import tempfile
import time
from email import policy
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
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))
FAMILY = "blind-j"
FD = "/usr/share/fonts/truetype/dejavu/"
SEED = 20250611

# ----------------------------------------------------------------- fonts
_FONTS = {
    "S": ("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "R": ("DejaVuSerif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "M": ("DejaVuSansMono", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf"),
    "C": ("DejaVuSansCondensed", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
}
for _k, (fam, n, b, i, bi) in _FONTS.items():
    for suffix, fn in (("", n), ("-B", b), ("-I", i), ("-BI", bi)):
        pdfmetrics.registerFont(TTFont(fam + suffix, FD + fn))
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")

_ALIGN = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT, "J": TA_JUSTIFY}
_STYLE_CACHE = {}


def style(size=10, font="S", align="L", bold=False, after=4, before=0, indent=0, lead=None):
    key = (size, font, align, bold, after, before, indent, lead)
    if key not in _STYLE_CACHE:
        fam = _FONTS[font][0]
        _STYLE_CACHE[key] = ParagraphStyle(
            "s%d" % len(_STYLE_CACHE), fontName=fam + ("-B" if bold else ""),
            fontSize=size, leading=lead or size * 1.25, alignment=_ALIGN[align],
            spaceAfter=after, spaceBefore=before, leftIndent=indent)
    return _STYLE_CACHE[key]


def p(text, size=10, font="S", align="L", bold=False, after=4, before=0, indent=0, lead=None):
    return Paragraph(text, style(size, font, align, bold, after, before, indent, lead))


def lines(text, **kw):
    """A block of lines (newline separated) as one paragraph."""
    return p(text.strip("\n").replace("\n", "<br/>"), **kw)


def sp(h=6):
    return Spacer(1, h)


def pb():
    return PageBreak()


def hr(width=7.0, thick=1):
    t = Table([[""]], colWidths=[width * inch], rowHeights=[2])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), thick, colors.black)]))
    return t


def tbl(rows, widths, size=9, font="S", grid=True, head=True, pad=3, valign="TOP", bold_first_col=False):
    data = []
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            if isinstance(cell, str):
                b = (head and r == 0) or (bold_first_col and c == 0)
                cells.append(p(cell, size=size, font=font, bold=b, after=0))
            else:
                cells.append(cell)
        data.append(cells)
    t = Table(data, colWidths=[w * inch for w in widths])
    cmds = [("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    if head and grid:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    t.setStyle(TableStyle(cmds))
    return t


def box(flowables, width=7.0, pad=6):
    if not isinstance(flowables, list):
        flowables = [flowables]
    t = Table([[flowables]], colWidths=[width * inch])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                           ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                           ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]))
    return t


def build_pdf(story, footer=None, header=None, margins=(0.8, 0.8, 0.75, 0.75), font="S", pagenum=True,
              title="document"):
    """Render a story to PDF bytes. margins = (left, right, top, bottom) in inches."""
    buf = io.BytesIO()
    fam = _FONTS[font][0]

    def deco(canv, doc):
        canv.saveState()
        w, h = letter
        if header:
            canv.setFont(fam, 7.5)
            canv.drawString(margins[0] * inch, h - 0.45 * inch, header)
        y = 0.45 * inch
        if footer:
            canv.setFont(fam, 7)
            for i, ln in enumerate(reversed(footer.split("\n"))):
                canv.drawCentredString(w / 2, y + i * 9, ln)
        if pagenum:
            canv.setFont(fam, 7.5)
            canv.drawRightString(w - margins[1] * inch, 0.28 * inch, "Page %d" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=margins[0] * inch, rightMargin=margins[1] * inch,
                            topMargin=margins[2] * inch, bottomMargin=margins[3] * inch, title=title,
                            author="", creator="", producer="")
    doc.build(list(story), onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


# ----------------------------------------------------------------- rasterising
def rasterize(pdf_bytes, dpi, gray=True):
    tmp = tempfile.mkdtemp(prefix="bj_")
    try:
        src = os.path.join(tmp, "in.pdf")
        with open(src, "wb") as f:
            f.write(pdf_bytes)
        args = ["pdftoppm", "-r", str(dpi), "-png"]
        if gray:
            args.append("-gray")
        subprocess.run(args + [src, os.path.join(tmp, "pg")], check=True)
        pages = []
        for fn in sorted(glob.glob(os.path.join(tmp, "pg-*.png")), key=lambda s: int(s.rsplit("-", 1)[1][:-4])):
            im = Image.open(fn)
            im.load()
            pages.append(im.convert("L"))
        return pages
    finally:
        shutil.rmtree(tmp)


FIXED_DATE = time.strptime("2025-06-30 12:00:00", "%Y-%m-%d %H:%M:%S")


def degrade_scan(page, rng, angle, turn=0, paper=232, noise=5.0, quality=38, blur=0.5, speckle=300):
    arr = np.asarray(page, dtype=np.float32)
    # ink never pure black, paper greyish
    arr = 28 + arr * ((paper - 28) / 255.0)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=int(paper - 10))
    arr = np.asarray(img, dtype=np.float32)
    arr = arr + rng.normal(0, noise, arr.shape)
    # uneven illumination: slight vertical gradient
    h, w = arr.shape
    grad = np.linspace(0, rng.uniform(-12, 12), h)[:, None]
    arr = arr + grad
    # dust speckles
    ys = rng.integers(0, h, speckle)
    xs = rng.integers(0, w, speckle)
    arr[ys, xs] = rng.uniform(40, 120, speckle)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if turn:
        img = img.rotate(turn, expand=True)
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality)
    b.seek(0)
    out = Image.open(b)
    out.load()
    return out


def write_scanned(pdf_bytes, path, seed, dpi=200, turns=None, angles=None, **kw):
    rng = np.random.default_rng(seed)
    pages = rasterize(pdf_bytes, dpi)
    turns = turns or {}
    outs = []
    for i, pg in enumerate(pages):
        ang = angles[i] if angles and i < len(angles) else float(rng.uniform(0.5, 2.0)) * (1 if rng.random() < 0.5 else -1)
        outs.append(degrade_scan(pg, rng, ang, turn=turns.get(i, 0), **kw))
    outs[0].save(path, "PDF", save_all=True, append_images=outs[1:], resolution=float(dpi), quality=55,
                 creationDate=FIXED_DATE, modDate=FIXED_DATE, title="scan")
    return path


_FAXFONT = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)


def write_fax(pdf_bytes, path, seed, header_fmt=None, angle=0.3, threshold=150):
    """header_fmt: str with {p} and {n} placeholders for page number / count."""
    rng = np.random.default_rng(seed)
    pages = rasterize(pdf_bytes, 200)
    n = len(pages)
    outs = []
    for i, pg in enumerate(pages):
        img = pg.rotate(angle * (1 if i % 2 == 0 else -0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        if header_fmt:
            d = ImageDraw.Draw(img)
            d.rectangle([0, 0, img.width, 40], fill=255)
            d.text((30, 10), header_fmt.format(p=i + 1, n=n), font=_FAXFONT, fill=0)
        arr = np.asarray(img, dtype=np.float32) + rng.normal(0, 18, (img.height, img.width))
        bw = (arr > threshold).astype(np.uint8) * 255
        # fax line noise: a few random black specks and a thin streak
        h, w = bw.shape
        ys = rng.integers(0, h, 500)
        xs = rng.integers(0, w, 500)
        bw[ys, xs] = 0
        sy = int(rng.integers(h // 3, h - 100))
        bw[sy, int(w * 0.1):int(w * 0.9)][rng.random(int(w * 0.9) - int(w * 0.1)) < 0.3] = 0
        outs.append(Image.fromarray(bw).convert("1", dither=Image.Dither.NONE))
    outs[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=outs[1:])
    return path


def page_jpeg(pdf_bytes, seed, dpi=150, angle=0.8, quality=70):
    rng = np.random.default_rng(seed)
    pages = rasterize(pdf_bytes, dpi)
    out = []
    for pg in pages:
        im = degrade_scan(pg, rng, angle, paper=238, noise=3.0, quality=quality, blur=0.3, speckle=80)
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality)
        out.append(b.getvalue())
    return out


# ----------------------------------------------------------------- email
def email_bytes(msg, seed):
    random.seed(seed)
    return msg.as_bytes(policy=policy.SMTP)


def base_msg(frm, to, subject, date, msgid, cc=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    return m


def dt(y, mo, d, h, mi, tz=-6):
    return datetime.datetime(y, mo, d, h, mi, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


# ----------------------------------------------------------------- labels
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def label(doc_id, fmt, template, agency_key, agency_name, person, title, email, phone, subjects, basis,
          ptype, form, attached, purpose, records, channel):
    return {
        "id": doc_id, "family": FAMILY, "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }


def save(doc_id, ext, data, lab):
    path = os.path.join(OUT, "%s.%s" % (doc_id, ext))
    if data is not None:
        mode = "w" if isinstance(data, str) else "wb"
        with open(path, mode, **({"encoding": "utf-8"} if mode == "w" else {})) as f:
            f.write(data)
    with open(os.path.join(OUT, doc_id + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
        f.write("\n")


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# =================================================================== documents
# ---------------------------------------------------------------- bj01
@doc
def bj01():
    story = [
        lines("""<b>U.S. Department of Homeland Security</b>
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations
Denver Field Office
12445 East Caley Avenue, Centennial, CO 80111""", size=10, align="C"),
        hr(), sp(8),
        p("February 11, 2025", align="R"),
        lines("""Colorado Department of Revenue
Division of Motor Vehicles
Attn: Records Custodian / Law Enforcement Liaison
1881 Pierce Street
Lakewood, CO 80214"""), sp(6),
        p("<b>RE: Request for Information — Subjects listed below</b><br/>Our reference: ERO-DEN-25-0417"),
        p("Dear Records Custodian:"),
        p("Pursuant to the authority granted under section 287 of the Immigration and Nationality Act "
          "(8 U.S.C. § 1357) and 8 C.F.R. § 287.5, this office respectfully requests the most recent residential "
          "address of record, the driver license / identification card photograph, and any vehicles currently "
          "registered to each of the individuals listed below. Each is the subject of an ongoing enforcement "
          "action by this office.", align="J"),
        tbl([["No.", "Name", "Date of Birth", "A-Number", "CO DL / ID No."],
             ["1", "NGUYỄN THỊ THU HÀ", "11/02/1988", "A 212-345-678", "—"],
             ["2", "TRẦN, Quốc Bảo", "1979-06-23", "—", "14-223-6789"],
             ["3", "PHẠM VĂN LONG (a.k.a. Long Van Pham)", "04 Jan 1992", "A 208 771 305", "09-114-5521"]],
            [0.45, 1.35, 1.2, 1.4, 1.5]),
        sp(8),
        p("Ms. Nguyễn may currently reside with her sister, Nguyễn Thị Hồng Nhung, in Aurora. Please do not "
          "include records of other household members; this request is limited to the three persons listed above.",
          align="J"),
        p("The information furnished will be used for official purposes only and will not be further disseminated "
          "outside the Department of Homeland Security. If records cannot be released without additional "
          "documentation, please contact me so that I may arrange it.", align="J"),
        p("Thank you for your cooperation."), sp(4),
        p("Respectfully,"), sp(18),
        lines("""Kevin R. Albright
Deportation Officer
ICE / ERO Denver — Fugitive Operations
Tel: (303) 555-0142
kevin.albright@ice.dhs.gov"""), sp(10),
        p("cc: SDDO M. Castellanos, Fugitive Operations Team 2", size=8.5),
    ]
    pdf = build_pdf(story, footer="FOR OFFICIAL USE ONLY — LAW ENFORCEMENT SENSITIVE")
    path = os.path.join(OUT, "bj01.pdf")
    write_scanned(pdf, path, seed=101, dpi=220)
    lab = label("bj01", "scanned", "ERO field office letter to DMV, subject table with Vietnamese names, scanned",
                "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
                "Kevin R. Albright", "Deportation Officer", "kevin.albright@ice.dhs.gov", "(303) 555-0142",
                [("Nguyễn Thị Thu Hà", "1988-11-02", [("a_number", "A212345678")]),
                 ("Quốc Bảo Trần", "1979-06-23", [("license", "142236789")]),
                 ("Phạm Văn Long", "1992-01-04", [("a_number", "A208771305"), ("license", "091145521")])],
                ["INA 287", "8 USC 1357", "8 CFR 287.5"], "none", None, False, "civil_immigration",
                ["address", "photo", "vehicle"], "mail")
    save("bj01", "pdf", None, lab)


# ---------------------------------------------------------------- bj02
def i247a_story(subject_name, dob, country, sex, a_no, subj_id, event, date, to, frm, officer, officer_title, extra_ids=""):
    X, O = "☒", "☐"
    return [
        tbl([[lines("DEPARTMENT OF HOMELAND SECURITY", size=9, bold=True),
              lines(f"Subject ID: {subj_id}\nEvent #: {event}\nFile No: {a_no}\nDate: {date}", size=8.5)]],
            [4.4, 2.6], grid=False, head=False),
        p("<b>IMMIGRATION DETAINER – NOTICE OF ACTION</b>", size=13, align="C", before=4),
        tbl([["TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)",
              "FROM: (Department of Homeland Security Office Address)"],
             [to, frm]], [3.5, 3.5], size=8.5, head=False),
        sp(4),
        tbl([["Name of Alien:", subject_name], ["Date of Birth:", dob], ["Citizenship:", country],
             ["Sex:", sex], ["Other identifiers:", extra_ids or "—"]], [1.6, 5.4], size=9, head=False,
            bold_first_col=True),
        sp(6),
        p("<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN.</b> "
          "THIS DETERMINATION IS BASED ON (complete box 1 or 2).", size=8.5),
        p(f"{X} A final order of removal against the alien;", size=8.5, indent=14, after=1),
        p(f"{O} The pendency of ongoing removal proceedings against the alien;", size=8.5, indent=14, after=1),
        p(f"{O} Biometric confirmation of the alien's identity and a records check of federal databases that "
          "affirmatively indicate, by themselves or in addition to other reliable information, that the alien "
          "either lacks immigration status or notwithstanding such status is removable;", size=8.5, indent=14, after=1),
        p(f"{O} Statements made by the alien to an immigration officer and/or other reliable evidence.", size=8.5,
          indent=14),
        p("<b>2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION</b> "
          f"(complete box 1 or 2). {O} Upon completion of the proceeding or investigation, please return the alien "
          "to DHS custody.", size=8.5),
        p("<b>IT IS THEREFORE REQUESTED THAT YOU:</b>", size=8.5, before=3),
        p("• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released "
          "from your custody. Please notify DHS by calling the number listed below.", size=8.5, indent=10, after=1),
        p("• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would "
          "otherwise have been released from your custody to allow DHS to assume custody.", size=8.5, indent=10, after=1),
        p("• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.",
          size=8.5, indent=10, after=1),
        p("• Notify this office in the event of the alien's death, hospitalization or transfer to another "
          "institution.", size=8.5, indent=10),
        p("This detainer is issued pursuant to 8 U.S.C. §§ 1226 and 1357 and 8 C.F.R. § 287.7. The alien must "
          "be served with a copy of this form for the detainer to take effect. This detainer arises from DHS "
          "authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, "
          "diversion, custody classification, work, quarter assignments, or other matters.", size=8, align="J"),
        sp(16),
        tbl([[officer + "<br/>" + officer_title, "(Signature of Authorized Immigration Officer)"],
             ["(Name and title of Immigration Officer)", ""]], [3.5, 3.5], size=8.5, grid=False, head=False),
    ]


@doc
def bj02():
    cover = [
        p("<b>FACSIMILE TRANSMITTAL</b>", size=18, align="C"),
        p("U.S. Immigration and Customs Enforcement — ERO Denver Field Office, Aurora Sub-Office", align="C"),
        sp(8),
        tbl([["TO:", "Colorado Department of Corrections — Offender Records / Time Computation"],
             ["FAX:", "(719) 555-0110"],
             ["FROM:", "SDDO Rachel Okafor, ERO Denver"],
             ["PHONE:", "(720) 555-0173"], ["FAX:", "(720) 555-0174"],
             ["E-MAIL:", "rachel.okafor@ice.dhs.gov"],
             ["DATE:", "03/05/2025"], ["PAGES:", "3 (including cover)"],
             ["RE:", "Immigration Detainer — ABDULLAHI, Hodan Mohamed — CDOC # 187452"]],
            [1.1, 5.9], size=10, head=False, bold_first_col=True),
        sp(10),
        p("Records staff:", size=10),
        p("Please see the attached Immigration Detainer (Form I-247A) for the inmate referenced above, currently "
          "housed at La Vista Correctional Facility. Kindly lodge the detainer, fax back the signed acknowledgement, "
          "and provide the inmate's projected/mandatory release date and the last known residential address on file.",
          align="J"),
        p("Thank you,<br/>R. Okafor"),
        sp(40),
        p("CONFIDENTIALITY NOTICE: This facsimile contains information that is law enforcement sensitive and intended "
          "only for the addressee. If you received it in error, notify the sender immediately and destroy all copies.",
          size=7.5, align="J"),
        pb(),
    ]
    form = i247a_story("ABDULLAHI, HODAN MOHAMED", "07/19/1994", "SOMALIA", "F", "A219004386", "384712655",
                       "DEN2502000117", "03/05/2025",
                       "Colorado Department of Corrections<br/>La Vista Correctional Facility, Pueblo, CO",
                       "ICE ERO Denver Field Office<br/>12445 E. Caley Ave., Centennial, CO 80111<br/>(720) 555-0173",
                       "Rachel Okafor", "Supervisory Detention and Deportation Officer", extra_ids="CDOC # 187452")
    notice = [pb(), p("<b>NOTICE TO THE DETAINEE</b>", size=11, align="C"),
              p("The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration "
                "detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody "
                "of you after you otherwise would be released from custody. DHS has requested that the law enforcement "
                "agency which is currently detaining you maintain custody of you for a period not to exceed 48 hours "
                "beyond the time when you would have been released.", size=9, align="J"),
              p("If you have a complaint regarding this detainer or related to violations of civil rights or civil "
                "liberties connected to DHS activities, please contact the ICE Joint Intake Center at 1-877-2INTAKE "
                "(246-8253).", size=9, align="J"),
              sp(10),
              p("Served on the alien by: ____________________ Date: ____________ (Facility records officer)", size=9)]
    pdf = build_pdf(cover + form + notice, pagenum=False)
    path = os.path.join(OUT, "bj02.tif")
    write_fax(pdf, path, seed=202, header_fmt="03/05/2025 14:07  FROM:7205550174  ICE ERO DENVER        P.{p:03d}/{n:03d}")
    lab = label("bj02", "fax", "fax cover + I-247A detainer to state corrections",
                "dhs-ice-ero", "U.S. Immigration and Customs Enforcement — ERO Denver Field Office",
                "Rachel Okafor", "Supervisory Detention and Deportation Officer", "rachel.okafor@ice.dhs.gov",
                "(720) 555-0173",
                [("Hodan Mohamed Abdullahi", "1994-07-19", [("a_number", "A219004386"), ("other", "187452"),
                                                           ("other", "384712655")])],
                ["8 USC 1226", "8 USC 1357", "8 CFR 287.7"], "detainer", "I-247A", False, "civil_immigration",
                ["address", "other"], "fax")
    save("bj02", "tif", None, lab)


# ---------------------------------------------------------------- bj03
@doc
def bj03():
    letter_pg = [
        lines("""<b>U.S. Department of Justice</b>
<i>United States Attorney's Office</i>
<i>District of Colorado</i>""", size=11, font="R"),
        hr(), p("1801 California Street, Suite 1600 · Denver, Colorado 80202 · (303) 555-0100", size=8, font="R"),
        sp(10), p("April 2, 2025", font="R"),
        lines("""<b>VIA CERTIFIED MAIL</b>
Custodian of Records
Colorado Department of Labor and Employment
Unemployment Insurance Division — Legal Unit
633 17th Street, Suite 201
Denver, CO 80202""", font="R"), sp(6),
        p("Re: Federal Grand Jury Subpoena No. 25-GJ-118-07", font="R", bold=True),
        p("Dear Custodian:", font="R"),
        p("Enclosed please find a subpoena issued by a federal grand jury sitting in the District of Colorado, "
          "pursuant to Rule 17 of the Federal Rules of Criminal Procedure. The subpoena calls for quarterly wage "
          "records and unemployment insurance claim files for the individuals identified in Attachment A. The "
          "grand jury is investigating possible violations of 18 U.S.C. §§ 1343 and 1349.", font="R", align="J"),
        p("In lieu of appearing before the grand jury on the return date, you may comply by delivering "
          "certified copies of the records, together with the enclosed certificate of authenticity, to Special Agent "
          "Dana Whitfield of the U.S. Department of Labor, Office of Inspector General, who is assisting the grand "
          "jury. Please do not disclose the existence of this subpoena; although Fed. R. Crim. P. 6(e) does not bind "
          "a witness, disclosure could impede the investigation.", font="R", align="J"),
        p("If you have questions, please contact me directly.", font="R"),
        p("Sincerely,", font="R"), sp(4),
        lines("""PETER J. HALVERSON
Acting United States Attorney""", font="R"), sp(4),
        lines("""<i>s/ Erin M. Castellano</i>
By: Erin M. Castellano
Assistant United States Attorney
(303) 555-0118 · erin.castellano@usdoj.gov""", font="R"), sp(6),
        p("Enclosures: AO 110 Subpoena; Attachment A; Certificate of Authenticity", size=8.5, font="R"),
        pb(),
    ]
    ao110 = [
        p("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", size=7.5, font="R"),
        p("UNITED STATES DISTRICT COURT", size=14, font="R", align="C", bold=True, after=0),
        p("for the", size=9, font="R", align="C", after=0),
        p("District of Colorado", size=11, font="R", align="C"), sp(6),
        p("SUBPOENA TO TESTIFY BEFORE A GRAND JURY", size=12, font="R", align="C", bold=True),
        p("To: Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance Division",
          font="R"),
        p("YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown "
          "below to testify before the court's grand jury. When you arrive, you must remain at the court until the "
          "judge or a court officer allows you to leave.", font="R", align="J"),
        tbl([["Place: Byron G. Rogers U.S. Courthouse<br/>1929 Stout Street, Room C-204<br/>Denver, CO 80294",
              "Date and Time:<br/>05/06/2025 9:00 am"]], [4.5, 2.4], font="R", head=False),
        sp(4),
        p("You must also bring with you the following documents, electronically stored information, or objects "
          "(<i>blank if not applicable</i>): <b>See Attachment A.</b>", font="R", align="J"),
        sp(10),
        tbl([["Date: 04/01/2025", "<i>CLERK OF COURT</i><br/><br/><i>s/ L. Marchetti</i><br/>"
              "Signature of Clerk or Deputy Clerk"]], [3.4, 3.5], font="R", grid=False, head=False),
        sp(8),
        p("The name, address, e-mail, and telephone number of the United States attorney, or assistant United "
          "States attorney, who requests this subpoena, are:", font="R", size=9),
        lines("""Erin M. Castellano, Assistant United States Attorney
1801 California Street, Suite 1600, Denver, CO 80202
erin.castellano@usdoj.gov · (303) 555-0118""", font="R", size=9, indent=14),
        pb(),
        p("ATTACHMENT A — Grand Jury Subpoena No. 25-GJ-118-07", font="R", bold=True, align="C"),
        p("For the period January 1, 2021 through the date of this subpoena, produce the following records "
          "relating to each person listed below:", font="R"),
        tbl([["#", "Name", "Date of birth", "SSN"],
             ["1", "ŁUKASZ WÓJCIK", "08/14/1985", "XXX-XX-4471"],
             ["2", "DĄBROWSKA, Małgorzata Ewa", "February 27, 1987", "XXX-XX-9032"]],
            [0.35, 2.8, 1.7, 1.6], font="R"),
        sp(6),
        p("a. Quarterly wage records reported by any employer, including employer name, account number and address;",
          font="R", indent=12, after=2),
        p("b. Unemployment insurance claim files, including initial and continued claims, weekly certifications, "
          "and claimant-reported employment history;", font="R", indent=12, after=2),
        p("c. Payment history, including bank account and routing numbers and debit-card records used to receive "
          "benefits, and IP addresses associated with online filings.", font="R", indent=12),
        p("Records of the employer account for Wójcik Drywall &amp; Finishing LLC need only be produced to the extent "
          "they identify wages paid to the persons above.", font="R", align="J"),
    ]
    pdf = build_pdf(letter_pg + ao110, font="R")
    save("bj03", "pdf", pdf, label(
        "bj03", "born_digital", "USAO cover letter + AO 110 grand jury subpoena + attachment (Polish names)",
        "doj-usao", "United States Attorney's Office, District of Colorado", "Erin M. Castellano",
        "Assistant United States Attorney", "erin.castellano@usdoj.gov", "(303) 555-0118",
        [("Łukasz Wójcik", "1985-08-14", [("ssn_last4", "4471")]),
         ("Małgorzata Ewa Dąbrowska", "1987-02-27", [("ssn_last4", "9032")])],
        ["FRCrP 17", "18 USC 1343", "18 USC 1349", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True,
        "criminal_investigation", ["wages", "employment", "claims", "other"], "mail"))


# ---------------------------------------------------------------- bj04
@doc
def bj04():
    body = """Good afternoon,

I'm a Special Agent with HSI Denver and I'm currently working a document and benefit fraud
investigation (18 U.S.C. § 1546) involving a labor staffing company in Weld County.

Could you please send me the Colorado DL/ID issuance history, the most recent photo, and the
current address of record for the subject in the subject line? His DL number should be
16-450-2218. I'd also appreciate copies of any identity documents he presented at issuance
(passport, I-94, proof of lawful presence, etc.).

Dvořák may also appear in your system as "Jiri Dvorak" without the accents. He reportedly lives
with the owner of the staffing company, Brenda Kowalczyk, but this request is only about him --
please don't send anything on her.

If there's a form you need me to fill out, just let me know and I'll get it back to you today.

Thanks,
Pat

--
Patrick J. Whelan
Special Agent
U.S. Immigration and Customs Enforcement
Homeland Security Investigations -- SAC Denver
Desk: (720) 555-0126 | Cell: (720) 555-0127
patrick.j.whelan@ice.dhs.gov

WARNING: This message and any attachments may contain LAW ENFORCEMENT SENSITIVE information.
It is intended only for the named recipient(s). If you are not the intended recipient,
please notify the sender and delete this message.
"""
    m = base_msg('"Whelan, Patrick J" <patrick.j.whelan@ice.dhs.gov>',
                 "DMV Law Enforcement Requests <dor_dmv_lerequests@state.co.us>",
                 "Records request – DVOŘÁK, Jiří (DOB 1990-09-30)", dt(2025, 3, 12, 15, 41),
                 "<BN7PR09MB2611.4D1A@BN7PR09MB2611.namprd09.prod.outlook.com>")
    m.set_content(body)
    save("bj04", "eml", email_bytes(m, 404), label(
        "bj04", "eml", "informal plain-text HSI agent email, subject named once in subject line then by surname",
        "dhs-ice-hsi", "Homeland Security Investigations — SAC Denver", "Patrick J. Whelan", "Special Agent",
        "patrick.j.whelan@ice.dhs.gov", "(720) 555-0126",
        [("Jiří Dvořák", "1990-09-30", [("license", "164502218")])],
        ["18 USC 1546"], "none", None, False, "criminal_investigation",
        ["license", "photo", "address", "identity_documents"], "email"))


# ---------------------------------------------------------------- bj05
@doc
def bj05():
    cover = [
        p("U.S. Department of Homeland Security", size=9, after=0),
        p("Immigration and Customs Enforcement – Enforcement and Removal Operations", size=9, after=0),
        p("Boston Field Office · 1000 District Avenue · Burlington, MA 01803", size=9),
        hr(), sp(6),
        p("FAX COVER SHEET", size=20, bold=True),
        tbl([["Date:", "May 14, 2025", "Pages (incl. cover):", "3"],
             ["To:", "Massachusetts Department of Unemployment Assistance — Legal Department", "Fax:", "(617) 555-0120"],
             ["From:", "Stéphane Bérubé, Supervisory Detention and Deportation Officer", "Phone:", "(781) 555-0135"],
             ["", "stephane.berube@ice.dhs.gov", "Fax:", "(781) 555-0136"]],
            [0.7, 3.6, 1.4, 1.3], size=9.5, head=False, grid=False, bold_first_col=True),
        sp(10), p("<b>Re: Immigration Enforcement Subpoena BOS-25-ERO-0092</b>"),
        p("Please produce the records described in the attached subpoena for the two individuals named therein. "
          "Responsive records may be returned by fax or by e-mail to the address above. The original will follow by "
          "mail upon request.", align="J"),
        p("Thank you for your prompt attention.", after=30),
        p("The information contained in this facsimile is intended only for the use of the addressee and may contain "
          "sensitive but unclassified information. Any review, dissemination or copying by persons other than the "
          "addressee is prohibited.", size=7.5, align="J"),
        pb(),
    ]
    sub = [
        tbl([["U.S. Department of Homeland Security", "Subpoena No. BOS-25-ERO-0092"]], [4.5, 2.5], size=9,
            grid=False, head=False),
        p("IMMIGRATION ENFORCEMENT SUBPOENA", size=14, bold=True, align="C", after=0),
        p("To Appear and/or Produce Records", size=10, align="C"),
        tbl([["To:", "Keeper of Records<br/>Department of Unemployment Assistance<br/>Charles F. Hurley Building, "
                     "19 Staniford Street, Boston, MA 02114"],
             ["In the matter of:", "PIERRE-LOUIS, Marie-Claude (A 203 118 442), DOB 12/08/1983<br/>"
                                   "JEAN-BAPTISTE, Wilner (A 215 660 019), DOB 05/30/1977"]],
            [1.5, 5.5], size=9.5, head=False, bold_first_col=True),
        sp(6),
        p("By the authority of Section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. "
          "§ 1225(d)(4)(A), and 8 C.F.R. § 287.4, you are hereby commanded to produce the records described below "
          "at the U.S. Immigration and Customs Enforcement office at 1000 District Avenue, Burlington, MA 01803, on "
          "or before <b>June 4, 2025 at 10:00 a.m.</b>, in connection with an investigation or inquiry relating to "
          "the enforcement of the immigration laws of the United States, including the admissibility and "
          "removability of the persons named above.", align="J", size=9.5),
        p("<b>Records to be produced:</b>", size=9.5),
        p("1. Current and prior residential and mailing addresses and telephone numbers provided by each claimant;",
          size=9.5, indent=12, after=1),
        p("2. Names and addresses of all employers reported by or for each person, including Atlantic Harbor "
          "Seafood, Inc. (New Bedford), and the name of any supervisor listed as a contact (e.g., Dwayne Kessler);",
          size=9.5, indent=12, after=1),
        p("3. Wages reported for each person for calendar quarters 2022 Q1 through the present.", size=9.5,
          indent=12),
        p("Records concerning the employer's supervisors or co-workers are not requested.", size=9.5),
        p("Failure to comply with this subpoena may result in the Department of Homeland Security seeking an order "
          "from a United States District Court compelling compliance, and failure to obey such an order may be "
          "punished as contempt of court.", size=9.5, align="J"),
        sp(14),
        tbl([["Stéphane Bérubé<br/>Supervisory Detention and Deportation Officer<br/>ICE ERO Boston",
              "______________________________<br/>(Signature of Issuing Official)<br/>Date: 05/14/2025"]],
            [3.5, 3.5], size=9.5, grid=False, head=False),
        sp(6),
        p("DHS Form I-138 (Rev. 08/20)", size=7.5),
        pb(),
        p("<b>CERTIFICATE OF SERVICE</b>", align="C"),
        p("I certify that I served this subpoena by ☐ personal delivery ☒ facsimile ☐ certified mail on the keeper "
          "of records named above on 05/14/2025.", size=9.5),
        p("Signature: ______________________ Name: S. Bérubé, SDDO", size=9.5, before=20),
        p("<b>INSTRUCTIONS</b>", before=20),
        p("Records may be produced in electronic form. If any record is withheld under a claim of privilege, "
          "identify the record and the privilege claimed. Questions regarding this subpoena should be directed to "
          "the issuing official at the telephone number shown on the cover sheet.", size=9, align="J"),
    ]
    pdf = build_pdf(cover + sub, pagenum=False)
    write_fax(pdf, os.path.join(OUT, "bj05.tif"), seed=505,
              header_fmt="MAY-14-2025 11:52A  ICE ERO BOSTON     7815550136     P. {p}/{n}", threshold=140)
    save("bj05", "tif", None, label(
        "bj05", "fax", "fax cover + DHS I-138 immigration enforcement subpoena to state UI agency, Haitian names",
        "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Boston Field Office",
        "Stéphane Bérubé", "Supervisory Detention and Deportation Officer", "stephane.berube@ice.dhs.gov",
        "(781) 555-0135",
        [("Marie-Claude Pierre-Louis", "1983-12-08", [("a_number", "A203118442")]),
         ("Wilner Jean-Baptiste", "1977-05-30", [("a_number", "A215660019")])],
        ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True, "civil_immigration",
        ["address", "phone", "employment", "wages"], "fax"))


# ---------------------------------------------------------------- bj06
@doc
def bj06():
    letter_pg = [
        lines("""<b>U.S. Department of Homeland Security</b>
Immigration and Customs Enforcement
Enforcement and Removal Operations — St. Paul Field Office
1 Federal Drive, Suite 1601, Fort Snelling, MN 55111"""),
        hr(), sp(6),
        p("January 29, 2025"),
        lines("""Minnesota Department of Public Safety
Driver and Vehicle Services — Records Unit
445 Minnesota Street, Suite 161
St. Paul, MN 55101"""), sp(6),
        p("<b>Subject: true name unknown, using the name Abdirahman Yusuf WARSAME</b><br/>"
          "<b>also known as: “Abdi Farah”</b><br/>File No. A 210 447 915 · claimed DOB 1 March 1990"),
        p("To whom it may concern:"),
        p("U.S. Immigration and Customs Enforcement (ICE) has issued the enclosed Warrant for Arrest of Alien "
          "(Form I-200) for the individual identified above. ICE respectfully requests any Minnesota driver license or "
          "identification card record for this person, including the current address of record, the most recent "
          "photograph and the license history. This request is made under the authority of 8 U.S.C. § 1357.",
          align="J"),
        p("Our information indicates the subject may be staying with his cousin, Sahra Abdi Nur, in Burnsville. "
          "We are not requesting records for Ms. Nur or any other member of that household.", align="J"),
        p("Please direct any questions or responsive records to the undersigned.", align="J"),
        p("Sincerely,", before=6), sp(20),
        lines("""Lindsey Haugen
Deportation Officer
ERO St. Paul
(612) 555-0139 · lindsey.haugen@ice.dhs.gov"""),
        sp(8), p("Enclosure: Form I-200", size=8.5),
        pb(),
    ]
    X, O = "☒", "☐"
    i200 = [
        tbl([["U.S. DEPARTMENT OF HOMELAND SECURITY", "File No. A210447915<br/>Date: 01/27/2025"]], [4.8, 2.2],
            grid=False, head=False),
        p("WARRANT FOR ARREST OF ALIEN", size=15, bold=True, align="C", before=6),
        p("To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality "
          "Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration "
          "violations", align="J"),
        p("I have determined that there is probable cause to believe that <u>WARSAME, Abdirahman Yusuf</u> is "
          "removable from the United States. This determination is based upon:", align="J"),
        p(f"{O} the execution of a charging document to initiate removal proceedings against the subject;", indent=12, after=2),
        p(f"{X} the pendency of ongoing removal proceedings against the subject;", indent=12, after=2),
        p(f"{O} the failure to establish admissibility subsequent to deferred inspection;", indent=12, after=2),
        p(f"{O} biometric confirmation of the subject's identity and a records check of federal databases that "
          "affirmatively indicate, by themselves or in addition to other reliable information, that the subject "
          "either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; "
          "and/or", indent=12, after=2),
        p(f"{O} statements made voluntarily by the subject to an immigration officer and/or other reliable evidence "
          "that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is "
          "removable under U.S. immigration law.", indent=12),
        p("YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and "
          "Nationality Act, the above-named alien.", bold=True, align="J", before=6),
        sp(20),
        tbl([["", "Marcus T. Rhee<br/>(Signature of Authorized Immigration Officer)"],
             ["", "Marcus T. Rhee, Supervisory Detention and Deportation Officer<br/>"
                  "(Printed Name and Title of Authorized Immigration Officer)"]], [3.0, 4.0], grid=False, head=False),
        sp(16), hr(),
        p("<b>Certificate of Service</b>", align="C"),
        p("I hereby certify that the Warrant for Arrest of Alien was served by me at ______________ on "
          "______________ (Name of Alien), and the contents of this notice were read to him or her in the "
          "_____________ language.", size=9),
        p("Name and Signature of Officer ____________________ Name or Number of Interpreter (if applicable) "
          "____________________", size=9, before=8),
        p("Form I-200 (Rev. 09/16)", size=7.5, before=12),
    ]
    pdf = build_pdf(letter_pg + i200, pagenum=False)
    write_scanned(pdf, os.path.join(OUT, "bj06.pdf"), seed=606, dpi=200, turns={1: 180}, paper=226)
    save("bj06", "pdf", None, label(
        "bj06", "scanned", "ERO letter + I-200 (second page upside down), 'true name unknown, using' alias",
        "dhs-ice-ero", "Immigration and Customs Enforcement, Enforcement and Removal Operations — St. Paul Field Office",
        "Lindsey Haugen", "Deportation Officer", "lindsey.haugen@ice.dhs.gov", "(612) 555-0139",
        [("Abdirahman Yusuf Warsame", "1990-03-01", [("a_number", "A210447915")])],
        ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True,
        "civil_immigration", ["license", "address", "photo"], "mail"))


# ---------------------------------------------------------------- bj07
@doc
def bj07():
    txt = """COLORADO DEPARTMENT OF REVENUE - DIVISION OF MOTOR VEHICLES
ONLINE LAW ENFORCEMENT RECORDS REQUEST  (plain-text export)
============================================================
Submission ID ........ LE-2025-03381
Submitted ............ 2025-03-18 14:22:07 MDT
Status ............... RECEIVED - PENDING REVIEW

--- REQUESTER ---------------------------------------------
Agency ............... Adams County Sheriff's Office
Division/Unit ........ Patrol Division - District 2
Requester name ....... Travis Molina
Rank/Title ........... Sergeant
Badge/ID ............. S-1187
Email ................ tmolina@adamscountyso.us
Phone ................ 303-555-0164
Supervisor ........... Lt. Dana Everhart

--- SUBJECT -----------------------------------------------
Last name ............ IBÁÑEZ DE LA CRUZ
First name ........... José Luis
Middle ...............
Date of birth ........ 1986-10-12
DL/ID number ......... 21-087-3345
Plate (if known) .....

--- INFORMATION REQUESTED ---------------------------------
[X] Current address of record
[X] Vehicle registration(s)
[ ] Photograph
[ ] Driving record / MVR
[ ] Other:

Reason for request / case number:
  ATL - need current address. No case # yet.

Additional information:
  Subject may be staying with girlfriend Keisha Tran-Morales in Thornton.
  Mother (Rosa María de la Cruz) called it in.

--- CERTIFICATION -----------------------------------------
[X] I certify that this request is made in the performance of my official
    duties and is a permissible use under the Driver's Privacy Protection Act,
    18 U.S.C. § 2721(b)(1), and C.R.S. § 24-72-204. I understand that
    requests are logged as required by C.R.S. § 24-74-103.

Electronic signature: Travis Molina   2025-03-18
============================================================
"""
    save("bj07", "txt", txt, label(
        "bj07", "txt", "web-portal form export from sheriff's sergeant, no stated reason",
        "sheriff", "Adams County Sheriff's Office", "Travis Molina", "Sergeant", "tmolina@adamscountyso.us",
        "303-555-0164",
        [("José Luis Ibáñez de la Cruz", "1986-10-12", [("license", "210873345")])],
        ["18 USC 2721", "CRS 24-72-204", "CRS 24-74-103"], "none", None, False, "unknown",
        ["address", "vehicle"], "email"))


# ---------------------------------------------------------------- bj08
@doc
def bj08():
    cover = [
        tbl([[lines("<b>HOUSTON POLICE DEPARTMENT</b>\nRobbery Division\n1200 Travis Street\nHouston, Texas 77002",
                    size=10),
              lines("Incident No. 008814725-J\nPhone (713) 555-0152", size=9, align="R")]], [4.4, 2.6],
            grid=False, head=False),
        hr(), sp(6),
        p("21 January 2025"),
        lines("""Texas Workforce Commission
Office of General Counsel — Open Records / Subpoena Response
101 East 15th Street
Austin, Texas 78778"""), sp(6),
        p("Re: Search Warrant — TWC records for two suspects (aggravated robbery)", bold=True),
        p("To the Custodian of Records:"),
        p("Enclosed is a search warrant signed by the Honorable Judge of the 180th District Court of Harris County "
          "commanding production of employer, wage and unemployment claim records maintained by the Texas Workforce "
          "Commission for the two suspects named in the warrant. Please deliver the responsive records to me at the "
          "address above or by e-mail to marisol.cardenas@houstontx.gov within the time stated in the warrant.",
          align="J"),
        p("The complainant and witnesses named in the affidavit are not subjects of this warrant and no records "
          "concerning them are sought.", align="J"),
        p("Respectfully,", before=6), sp(16),
        lines("""Det. Marisol Cárdenas-Whitaker #11472
Robbery Division, Houston Police Department
(713) 555-0152"""),
        pb(),
    ]
    w = [
        tbl([["THE STATE OF TEXAS", "§", ""], ["", "§", "<b>SEARCH WARRANT</b>"], ["COUNTY OF HARRIS", "§", ""]],
            [2.5, 0.5, 3.5], font="R", grid=False, head=False, pad=1),
        sp(8),
        p("THE STATE OF TEXAS: To the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the "
          "State of Texas:", font="R", align="J"),
        p("WHEREAS, the Affiant, whose name appears on the Affidavit annexed hereto, is a peace officer under the laws "
          "of Texas and did heretofore this day subscribe and swear to said Affidavit before me, and whereas I find that "
          "the verified facts stated by Affiant in said Affidavit show that Affiant has probable cause for the belief "
          "Affiant expresses therein and establishes the existence of proper grounds for the issuance of this Warrant "
          "under Article 18.02(a)(10) of the Texas Code of Criminal Procedure;", font="R", align="J"),
        p("NOW, THEREFORE, you are commanded to enter the suspected place described in said Affidavit, to wit: the "
          "business records of the <b>Texas Workforce Commission</b>, 101 East 15th Street, Austin, Travis County, "
          "Texas, including records stored electronically, and there search for and seize the following property: "
          "all employer names and addresses, quarterly wage records and unemployment benefit claim records, with "
          "claimant-provided addresses, from January 1, 2023 to the present, pertaining to:", font="R", align="J"),
        p("1. VÕ, Trọng Nghĩa — date of birth 05/17/1998", font="R", indent=20, after=2),
        p("2. Dashawn “D-Nice” Terrell McBRIDE — date of birth February 9, 2000", font="R", indent=20),
        p("which property constitutes evidence that the offense of Aggravated Robbery, Texas Penal Code § 29.03, was "
          "committed on or about December 28, 2024, at 9800 Bellaire Boulevard, Houston, Harris County, Texas, and "
          "that the named persons committed said offense. The complainant in said offense is Lâm Thị Hương; she is not "
          "a party whose records are sought.", font="R", align="J"),
        p("HEREIN FAIL NOT, and due return make hereof within three days, exclusive of the day of its execution, "
          "with your written return showing how you have executed same.", font="R", align="J"),
        p("ISSUED this the 20th day of January, 2025, at 4:35 o'clock P.M., to certify which witness my hand this "
          "day.", font="R", align="J"),
        sp(24),
        lines("""______________________________________
JUDGE RENATA BLACKWELL
180th District Court
Harris County, Texas""", font="R", indent=220),
    ]
    pdf = build_pdf(cover + w, pagenum=False)
    write_scanned(pdf, os.path.join(OUT, "bj08.pdf"), seed=808, dpi=200, angles=[-0.7, 1.6])
    save("bj08", "pdf", None, label(
        "bj08", "scanned", "municipal detective cover letter + Texas state search warrant for TWC records",
        "local-police", "Houston Police Department", "Marisol Cárdenas-Whitaker", "Detective",
        "marisol.cardenas@houstontx.gov", "(713) 555-0152",
        [("Trọng Nghĩa Võ", "1998-05-17", []), ("Dashawn Terrell McBride", "2000-02-09", [])],
        ["TX CCP 18.02", "TX PC 29.03"], "judicial_warrant", None, True, "criminal_investigation",
        ["employment", "wages", "claims", "address"], "mail"))


# ---------------------------------------------------------------- bj09
@doc
def bj09():
    s = 8.5
    form = [
        tbl([[lines("<b>AURORA POLICE DEPARTMENT</b>\n15001 E. Alameda Parkway · Aurora, CO 80012", size=9),
              lines("<b>REQUEST FOR DRIVER / VEHICLE INFORMATION</b>\nLaw Enforcement Use Only\nForm APD-RR-14 (rev 2023)",
                    size=9, align="R")]], [3.6, 3.4], grid=False, head=False),
        hr(thick=2), sp(4),
        tbl([["TO:", "Colorado DMV — Law Enforcement Liaison", "FAX:", "(303) 555-0197"],
             ["Requesting officer:", "Ofc. Bryce Lindqvist #2291", "Unit:", "Auto Theft Unit"],
             ["Phone:", "303-555-0181", "Fax:", "303-555-0182"],
             ["E-mail:", "blindqvist@auroragov.org", "Date:", "04/22/2025"],
             ["Case #:", "APD 25-011874", "Offense:", "Aggravated Motor Vehicle Theft, C.R.S. 18-4-409"],
             ["Victim / R.O.:", "Gerald Pankratz (records NOT requested)", "Supervisor:", "Sgt. Alicia Brennan"]],
            [1.35, 2.55, 0.85, 2.25], size=s, head=False, bold_first_col=True),
        sp(8),
        p("<b>SUBJECTS</b> (one per line — attach additional sheet if needed)", size=9),
        tbl([["#", "LAST NAME", "FIRST / MIDDLE", "DOB", "DL / ID #", "RECORDS NEEDED"],
             ["1", "YUSUF-ADEN", "Mustafe Cabdi", "1995-04-11", "11-302-7764", "photo, address"],
             ["2", "AL-HASHIMI", "Zainab Fadhil", "03/22/1999", "unk.", "address, vehicle reg."],
             ["3", "HERNÁNDEZ-SALGADO", "María de los Ángeles", "12 Aug 1993", "18-665-0921",
              "photo, address, vehicle reg."],
             ["4", "ĐINH", "Công Thành", "2001-07-07", "20-119-4406", "photo"]],
            [0.3, 1.3, 1.25, 0.95, 1.1, 2.1], size=s),
        sp(8),
        p("<b>Narrative:</b> Subjects identified through pawn records and a traffic stop as occupants of / persons "
          "associated with a stolen 2022 Toyota Tacoma (R.O. Pankratz). Requesting photos for photo line-up and "
          "current addresses to locate.", size=s, align="J"),
        sp(6),
        box([p("<b>CERTIFICATION</b>", size=s),
             p("I certify that this request is made in the course of my official law enforcement duties, that it is a "
               "permissible use under 18 U.S.C. § 2721(b)(1), and that information received will not be disclosed "
               "except as permitted by C.R.S. § 42-1-206 and department policy. Misuse of motor vehicle records may "
               "result in criminal and civil penalties.", size=s, align="J"),
             p("Officer signature: <i>B. Lindqvist</i> #2291 &nbsp;&nbsp;&nbsp; Supervisor approval: <i>A. Brennan</i>",
               size=s, before=6)]),
        sp(8),
        p("DMV USE ONLY — Received by: ________ Date: ________ Processed: ☐ Full ☐ Partial ☐ Denied", size=8),
    ]
    pdf = build_pdf(form, pagenum=False)
    write_fax(pdf, os.path.join(OUT, "bj09.tif"), seed=909,
              header_fmt="APR 22 2025  09:18     AURORA PD AUTO THEFT    303 555 0182      #4417 P.{p:02d}")
    save("bj09", "tif", None, label(
        "bj09", "fax", "faxed municipal police request form, 4-subject table",
        "local-police", "Aurora Police Department", "Bryce Lindqvist", "Officer", "blindqvist@auroragov.org",
        "303-555-0181",
        [("Mustafe Cabdi Yusuf-Aden", "1995-04-11", [("license", "113027764")]),
         ("Zainab Fadhil Al-Hashimi", "1999-03-22", []),
         ("María de los Ángeles Hernández-Salgado", "1993-08-12", [("license", "186650921")]),
         ("Công Thành Đinh", "2001-07-07", [("license", "201194406")])],
        ["CRS 18-4-409", "18 USC 2721", "CRS 42-1-206"], "none", None, False, "criminal_investigation",
        ["photo", "address", "vehicle"], "fax"))


# ---------------------------------------------------------------- bj10
@doc
def bj10():
    cover = [
        lines("""<b>OFFICE OF THE DISTRICT ATTORNEY</b>
EIGHTEENTH JUDICIAL DISTRICT
6450 S. Revere Parkway · Centennial, Colorado 80111""", font="R", align="C"),
        hr(), sp(6),
        p("April 15, 2025", font="R"),
        lines("""Colorado Department of Human Services
Office of Legal Affairs — Records Production
1575 Sherman Street
Denver, CO 80203""", font="R"), sp(6),
        p("RE: <i>People v. Teodoro Andrés Quispe Mamani</i>, Arapahoe County District Court Case No. 24CR3318 — "
          "Order for Production of Records", font="R", bold=True),
        p("Dear Records Custodian:", font="R"),
        p("Enclosed is a copy of the Court's Order entered April 14, 2025, directing the Colorado Department of Human "
          "Services to produce certain public assistance records concerning the defendant. Please produce the records "
          "to my office within fourteen days, as the Order provides. Records may be delivered electronically to the "
          "address below.", font="R", align="J"),
        p("Thank you for your assistance.", font="R"), sp(14),
        lines("""Graham P. Solberg
Deputy District Attorney, Economic Crime Unit
(720) 555-0103
gsolberg@da18.co.us""", font="R"),
        pb(),
    ]
    caption = tbl([
        [lines("DISTRICT COURT, ARAPAHOE COUNTY, COLORADO\nCourt Address: 7325 S. Potomac Street\n"
               "Centennial, CO 80112", font="R", size=9), ""],
        [lines("<b>THE PEOPLE OF THE STATE OF COLORADO</b>,\nPlaintiff,\n\nv.\n\n"
               "<b>TEODORO ANDRÉS QUISPE MAMANI</b>,\nDefendant.", font="R", size=9),
         lines("\n\n▲ COURT USE ONLY ▲\n\nCase Number: 24CR3318\nDiv.: 202", font="R", size=9, align="C")],
        [p("<b>ORDER RE: PEOPLE'S MOTION FOR PRODUCTION OF RECORDS FROM THE COLORADO DEPARTMENT OF HUMAN "
           "SERVICES</b>", font="R", size=9.5, align="C"), ""]],
        [4.6, 2.4], head=False)
    caption.setStyle(TableStyle([("SPAN", (0, 2), (1, 2))]))
    order = [
        caption, sp(10),
        p("THIS MATTER comes before the Court on the People's Motion for Production of Records pursuant to Crim. P. "
          "17(c). The Defendant is charged with theft of public assistance benefits in violation of C.R.S. "
          "§ 26-1-127 and theft, C.R.S. § 18-4-401. The Court, having reviewed the motion, the Defendant's response, "
          "and the confidentiality provisions of C.R.S. § 26-1-114, and being fully advised, FINDS that the records "
          "described below are evidentiary and relevant, are not otherwise procurable reasonably in advance of trial, "
          "and that the People cannot properly prepare for trial without them.", font="R", align="J"),
        p("IT IS HEREBY ORDERED that the Colorado Department of Human Services shall, within fourteen (14) days of "
          "service of this Order, produce to the Office of the District Attorney for the Eighteenth Judicial District "
          "the following records concerning the Defendant, <b>Teodoro Andrés Quispe Mamani</b> (DOB 09/03/1981):",
          font="R", align="J"),
        p("(a) all applications and redeterminations for SNAP and Colorado Works benefits from January 1, 2021 to "
          "the present, including reported household composition and income;", font="R", indent=18, after=2),
        p("(b) all residential and mailing addresses reported to the Department; and", font="R", indent=18, after=2),
        p("(c) the benefit issuance history for any case on which the Defendant is a payee or household member.",
          font="R", indent=18),
        p("IT IS FURTHER ORDERED that records concerning the Defendant's former spouse, Rocío Mamani Flores, who is "
          "a witness in this case, and records concerning any minor child, are not within the scope of this Order and "
          "shall not be produced. The records produced shall be used solely for purposes of this prosecution and are "
          "subject to the protective order entered on March 3, 2025.", font="R", align="J"),
        p("SO ORDERED this 14th day of April, 2025.", font="R", before=4),
        sp(10),
        lines("""BY THE COURT:

<i>s/ Adaeze N. Whitmore</i>
______________________________
Adaeze N. Whitmore
District Court Judge""", font="R", indent=250),
    ]
    pdf = build_pdf(cover + order, font="R")
    save("bj10", "pdf", pdf, label(
        "bj10", "born_digital", "DA cover letter + Colorado district court order to human services (Crim. P. 17(c))",
        "district-attorney", "Office of the District Attorney, Eighteenth Judicial District", "Graham P. Solberg",
        "Deputy District Attorney", "gsolberg@da18.co.us", "(720) 555-0103",
        [("Teodoro Andrés Quispe Mamani", "1981-09-03", [])],
        ["CO CrimP 17", "CRS 26-1-127", "CRS 18-4-401", "CRS 26-1-114"], "court_order", None, True,
        "criminal_investigation", ["benefits", "address", "other"], "mail"))


# ---------------------------------------------------------------- bj11
def dea_subpoena_pdf():
    story = [
        tbl([[lines("U.S. DEPARTMENT OF JUSTICE\nDRUG ENFORCEMENT ADMINISTRATION", size=10, bold=True),
              lines("Subpoena No. DEN-25-0419\nFile No. R3-25-0088", size=9, align="R")]], [4.5, 2.5],
            grid=False, head=False),
        p("SUBPOENA", size=18, bold=True, align="C", before=6),
        tbl([["TO:", "Custodian of Records<br/>Colorado Department of Labor and Employment<br/>"
                     "Unemployment Insurance — Employer Services<br/>633 17th Street, Denver, CO 80202"]],
            [0.7, 6.3], head=False, grid=False, bold_first_col=True),
        sp(6),
        p("By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED TO APPEAR BEFORE Special Agent Renee M. "
          "Kowalski, an officer of the Drug Enforcement Administration, at 12154 East Easter Avenue, Centennial, "
          "Colorado 80112, on the 2nd day of June, 2025, at 10:00 a.m., to give testimony in connection with an "
          "investigation relating to controlled substances, and to bring with you and produce at that time and "
          "place the following records:", align="J"),
        p("Quarterly wage records reported from January 1, 2022 to the present, and the names, addresses and "
          "account numbers of all reporting employers, for the following persons:", align="J"),
        tbl([["", "Name", "DOB", "SSN"],
             ["1", "Ernesto “Neto” SOTO VILLALOBOS", "1984-01-25", "xxx-xx-6120"],
             ["2", "NGÔ THỊ LAN (family name Ngô)", "10/30/1990", "unknown"],
             ["3", "KARIMOV, Rustam Bakhtiyorovich", "2 Dec 1979", "xxx-xx-0387"]],
            [0.3, 3.4, 1.4, 1.5], size=9.5),
        sp(6),
        p("In lieu of appearance, you may comply with this subpoena by furnishing the records to the above-named "
          "officer on or before the date shown. Do not disclose the existence of this subpoena, as disclosure could "
          "impede the investigation being conducted and thereby interfere with the enforcement of federal law.",
          align="J"),
        p("This subpoena is issued pursuant to Title 21, United States Code, Section 876. Failure to comply with this "
          "subpoena may render you liable to proceedings in a United States District Court to enforce obedience to "
          "the requirements of this subpoena.", align="J"),
        sp(14),
        tbl([["Signed: <i>Theodore Blaylock</i><br/>Theodore Blaylock<br/>Assistant Special Agent in Charge<br/>"
              "Denver Field Division", "Issued: May 12, 2025<br/>Authority: Sec. 506 of Public Law 91-513 "
              "(21 U.S.C. 876)"]], [3.5, 3.5], grid=False, head=False),
        sp(14),
        p("Previous editions are obsolete.", size=7),
    ]
    return build_pdf(story, pagenum=False)


@doc
def bj11():
    text = """Good morning,

Attached please find an administrative subpoena issued under 21 U.S.C. § 876 in connection
with an ongoing DEA investigation into methamphetamine distribution in the Denver metro area
(21 U.S.C. §§ 841 and 846).

We are requesting quarterly wage records and employer information for the three individuals
listed in the subpoena. In lieu of appearance, you may return responsive records by secure
e-mail to me. Please do not notify the individuals named.

Respectfully,

Renee M. Kowalski
Special Agent
Drug Enforcement Administration, Denver Field Division - Group 4
Office: (303) 555-0133
renee.m.kowalski@dea.gov
"""
    html = ("<html><body style='font-family:Calibri,Arial'><p>Good morning,</p>"
            "<p>Attached please find an administrative subpoena issued under 21 U.S.C. &sect; 876 in connection with "
            "an ongoing DEA investigation into methamphetamine distribution in the Denver metro area "
            "(21 U.S.C. &sect;&sect; 841 and 846).</p>"
            "<p>We are requesting quarterly wage records and employer information for the three individuals listed in "
            "the subpoena. In lieu of appearance, you may return responsive records by secure e-mail to me. Please do "
            "not notify the individuals named.</p><p>Respectfully,</p>"
            "<p><b>Renee M. Kowalski</b><br>Special Agent<br>Drug Enforcement Administration, Denver Field Division - "
            "Group 4<br>Office: (303) 555-0133<br><a href='mailto:renee.m.kowalski@dea.gov'>renee.m.kowalski@dea.gov</a>"
            "</p></body></html>")
    m = base_msg('"Kowalski, Renee M." <renee.m.kowalski@dea.gov>',
                 '"CDLE UI Legal Requests" <cdle_legalrequests@state.co.us>',
                 "DEA Administrative Subpoena DEN-25-0419 - wage and employer records", dt(2025, 5, 12, 9, 3),
                 "<20250512150322.7F3A1@dea.gov>")
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    m.add_attachment(dea_subpoena_pdf(), maintype="application", subtype="pdf", filename="DEN-25-0419_Subpoena.pdf")
    save("bj11", "eml", email_bytes(m, 1111), label(
        "bj11", "eml", "DEA agent email (multipart/alternative) with 21 USC 876 subpoena PDF attached, 3 subjects",
        "doj-dea", "Drug Enforcement Administration, Denver Field Division", "Renee M. Kowalski", "Special Agent",
        "renee.m.kowalski@dea.gov", "(303) 555-0133",
        [("Ernesto Soto Villalobos", "1984-01-25", [("ssn_last4", "6120")]),
         ("Ngô Thị Lan", "1990-10-30", []),
         ("Rustam Bakhtiyorovich Karimov", "1979-12-02", [("ssn_last4", "0387")])],
        ["21 USC 876", "21 USC 841", "21 USC 846", "PL 91-513"], "administrative_subpoena", None, True,
        "criminal_investigation", ["wages", "employment"], "email"))


# ---------------------------------------------------------------- bj12
@doc
def bj12():
    story = [
        lines("""U.S. Department of Justice
<b>Federal Bureau of Investigation</b>""", size=11, font="R"),
        hr(), sp(2),
        tbl([["In Reply, Please Refer to<br/>File No. 281D-DN-3391027", "8000 East 36th Avenue<br/>Denver, CO 80238"]],
            [3.5, 3.5], font="R", size=9, grid=False, head=False),
        sp(4), p("June 3, 2025", font="R", align="R"),
        lines("""Colorado Department of Corrections
Office of Legal Services — Offender Records
2862 South Circle Drive
Colorado Springs, CO 80906""", font="R"), sp(8),
        p("<b>RE: LÊ, Ngọc Bảo — CDOC # 171209 — DOB 14 February 1996</b>", font="R"),
        p("Dear Sir or Madam:", font="R"),
        p("The Federal Bureau of Investigation (FBI), Denver Field Office, is conducting a criminal investigation into "
          "the extortion of small businesses along the Federal Boulevard corridor, a possible violation of Title 18, "
          "United States Code, Section 1951 (interference with commerce by threats or violence). Information "
          "developed to date indicates that the inmate named above may be directing the activity from custody.",
          font="R", align="J"),
        p("Pursuant to the FBI's investigative authority under 28 U.S.C. § 533, the FBI requests the following "
          "records regarding Mr. Lê for the period January 1, 2024 to the present:", font="R", align="J"),
        p("1. the approved visitor list and visitation log;", font="R", indent=20, after=1),
        p("2. inmate telephone account records, including numbers called and call detail records;", font="R",
          indent=20, after=1),
        p("3. inmate bank, commissary and deposit records, including the names of depositors; and", font="R",
          indent=20, after=1),
        p("4. the anticipated release date and the address of record upon release.", font="R", indent=20),
        p("Mr. Lê's mother, Lê Thị Mai, is listed as his emergency contact. We are not requesting records about her "
          "or any other visitor at this time.", font="R", align="J"),
        p("Please contact Special Agent Natalia Brzezinski at (303) 555-0107 or nbrzezinski@fbi.gov with any "
          "questions or to arrange delivery of the records. Thank you for your assistance.", font="R", align="J"),
        p("Sincerely,", font="R", before=4), sp(18),
        lines("""Natalia Brzezinski
Special Agent
Federal Bureau of Investigation
Denver Field Office""", font="R"), sp(8),
        p("cc: AUSA Howard Liang, District of Colorado", font="R", size=8.5),
    ]
    pdf = build_pdf(story, font="R", footer="UNCLASSIFIED // LAW ENFORCEMENT SENSITIVE", pagenum=False)
    write_scanned(pdf, os.path.join(OUT, "bj12.pdf"), seed=1212, dpi=240, paper=220, noise=6.0)
    save("bj12", "pdf", None, label(
        "bj12", "scanned", "FBI field office letter to corrections, one inmate (inverted Vietnamese name)",
        "doj-fbi", "Federal Bureau of Investigation, Denver Field Office", "Natalia Brzezinski", "Special Agent",
        "nbrzezinski@fbi.gov", "(303) 555-0107",
        [("Ngọc Bảo Lê", "1996-02-14", [("other", "171209")])],
        ["18 USC 1951", "28 USC 533"], "none", None, False, "criminal_investigation",
        ["phone", "address", "other"], "mail"))


# ---------------------------------------------------------------- bj13
@doc
def bj13():
    cover = [
        p("FAX", size=26, bold=True, font="C"),
        p("U.S. Immigration and Customs Enforcement · ERO Salt Lake City Field Office", size=10, font="C"),
        p("2975 Decker Lake Drive, Suite 100 · West Valley City, UT 84119", size=9, font="C"),
        hr(), sp(6),
        tbl([["To", "Utah Department of Corrections — Records Bureau"], ["Fax", "801-555-0171"],
             ["From", "Brandon K. Tuilagi, Deportation Officer"], ["Phone", "(801) 555-0148"],
             ["E-mail", "brandon.tuilagi@ice.dhs.gov"], ["Date", "18 Feb 2025"], ["Pages", "2 + cover"]],
            [1.0, 6.0], font="C", head=False, grid=False, bold_first_col=True),
        sp(10),
        p("Re: GÓMEZ RUIZ, Marco Antonio — UDC offender # 254417 — DOB 1988-03-04", font="C", bold=True),
        p("Attached is a Warrant of Removal/Deportation (Form I-205) for the above offender. Please provide his "
          "scheduled release date and any address of record, and contact me at least 48 hours before release so that "
          "ICE can take custody. This request is made pursuant to 8 U.S.C. § 1231.", font="C", align="J"),
        p("Thank you — DO Tuilagi", font="C"),
        pb(),
    ]
    X, O = "☒", "☐"
    i205 = [
        tbl([["U.S. Department of Homeland Security", "File No: A098765432<br/>Date: 02/18/2025"]], [4.8, 2.2],
            grid=False, head=False),
        p("WARRANT OF REMOVAL/DEPORTATION", size=15, bold=True, align="C", before=8),
        p("To any immigration officer of the United States Department of Homeland Security:", before=6),
        p("<u>GÓMEZ RUIZ, Marco Antonio</u> (Full name of alien)", indent=20),
        p("who entered the United States at <u>near El Paso, TX</u> (Place of entry) on <u>06/2006</u> (Date of entry) "
          "is subject to removal/deportation from the United States, based upon a final order by:", align="J"),
        p(f"{X} an immigration judge in exclusion, deportation, or removal proceedings", indent=20, after=1),
        p(f"{O} a designated official", indent=20, after=1),
        p(f"{O} the Board of Immigration Appeals", indent=20, after=1),
        p(f"{O} a United States District or Magistrate Court Judge", indent=20),
        p("and pursuant to the following provisions of the Immigration and Nationality Act:", align="J"),
        p("<u>Section 212(a)(6)(A)(i) of the Immigration and Nationality Act, as amended</u>", indent=20),
        p("I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
          "Secretary of Homeland Security under the laws of the United States and by his or her direction, command "
          "you to take into custody and remove from the United States the above-named alien, pursuant to law, at the "
          "expense of: <u>the appropriation for enforcement and removal operations</u>.", align="J"),
        sp(16),
        tbl([["", "<i>J. Pettersen</i><br/>(Signature of immigration officer)<br/>Joanna Pettersen<br/>"
                  "Acting Field Office Director<br/>(Title of immigration officer)<br/>West Valley City, UT "
                  "(Date and office location) 02/18/2025"]], [3.0, 4.0], grid=False, head=False),
        sp(10),
        p("Form I-205 (Rev. 08/01/07)", size=7.5),
        pb(),
        p("<b>To be completed by immigration officer executing the warrant:</b>", before=4),
        tbl([["Name of alien being removed:", "GÓMEZ RUIZ, Marco Antonio"],
             ["Port of departure:", ""], ["Destination:", "Mexico"],
             ["Photograph of alien removed", "Right index fingerprint of alien removed"],
             ["<br/><br/><br/><br/><br/>", ""],
             ["Signature of alien being fingerprinted:", ""],
             ["Signature and title of immigration officer taking prints:", ""]],
            [3.5, 3.5], head=False),
        p("<b>Verification of Removal</b>", before=12),
        p("Departure witnessed by: ______________________ (Signature and title) &nbsp; Date: ________", size=9),
    ]
    pdf = build_pdf(cover + i205, pagenum=False)
    write_fax(pdf, os.path.join(OUT, "bj13.tif"), seed=1313,
              header_fmt="Feb.18. 2025  3:26PM   ICE SLC ERO                         No.0719   P. {p}")
    save("bj13", "tif", None, label(
        "bj13", "fax", "fax cover + I-205 warrant of removal to state corrections",
        "dhs-ice-ero", "U.S. Immigration and Customs Enforcement · ERO Salt Lake City Field Office",
        "Brandon K. Tuilagi", "Deportation Officer", "brandon.tuilagi@ice.dhs.gov", "(801) 555-0148",
        [("Marco Antonio Gómez Ruiz", "1988-03-04", [("a_number", "A098765432"), ("other", "254417")])],
        ["8 USC 1231", "INA 212"], "administrative_warrant", "I-205", True, "civil_immigration",
        ["address", "other"], "fax"))


# ---------------------------------------------------------------- bj14
@doc
def bj14():
    cap = tbl([[lines("STATE OF WASHINGTON,\n\n                    Plaintiff,\n\n        v.\n\n"
                      "OLEKSANDR VIKTOROVYCH KOVALENKO,\n\n                    Defendant.", font="R", size=10),
                lines("No. 24-1-04417-2 SEA\n\nSUBPOENA DUCES TECUM\n(CrR 4.8)", font="R", size=10, bold=True)]],
              [3.8, 3.0], head=False, grid=False)
    cap.setStyle(TableStyle([("LINEAFTER", (0, 0), (0, 0), 0.8, colors.black),
                             ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black)]))
    s1 = [
        p("SUPERIOR COURT OF WASHINGTON FOR KING COUNTY", font="R", size=12, bold=True, align="C", after=10),
        cap, sp(10),
        p("THE STATE OF WASHINGTON TO: Records Custodian, Washington State Employment Security Department, "
          "Unemployment Insurance Records, P.O. Box 9046, Olympia, WA 98507", font="R", align="J"),
        p("YOU ARE COMMANDED to appear in the King County Courthouse, 516 Third Avenue, Courtroom E-1201, Seattle, "
          "Washington, on <b>June 23, 2025 at 9:00 a.m.</b>, to testify as a witness in the above-entitled criminal "
          "case on behalf of the State, and to bring with you the following:", font="R", align="J"),
        p("All unemployment insurance claim records, weekly claim certifications, employer-reported wage and hour "
          "records, and employer separation information for the Defendant, Oleksandr Viktorovych Kovalenko, "
          "DOB 11/21/1983, for the period January 1, 2022 through the present.", font="R", indent=24, align="J"),
        p("The Defendant is charged with Theft in the First Degree, RCW 9A.56.030. No records are sought concerning "
          "the complaining witness, Deborah Ashcroft, or the Defendant's former employer.", font="R", align="J"),
        p("In lieu of personal appearance, you may comply with this subpoena by delivering true copies of the records, "
          "with a certification of the custodian that satisfies ER 902(11), to the undersigned on or before the date "
          "above. Kovalenko's counsel will receive a copy of any records produced.", font="R", align="J"),
        p("FAILURE TO OBEY THIS SUBPOENA MAY SUBJECT YOU TO PUNISHMENT FOR CONTEMPT OF COURT.", font="R", bold=True),
        p("DATED: May 27, 2025", font="R", before=6), sp(10),
        lines("""DANIEL R. OSTERHOUT
King County Prosecuting Attorney

By: <i>s/ Sung-min Park</i>
Sung-min Park, WSBA #48112
Deputy Prosecuting Attorney
516 Third Avenue, W554, Seattle, WA 98104
(206) 555-0177 · sungmin.park@kingcounty.gov""", font="R", indent=230),
        pb(),
        p("CERTIFICATE OF RECORDS CUSTODIAN (ER 902(11))", font="R", bold=True, align="C"),
        p("I, ______________________, certify under penalty of perjury under the laws of the State of Washington "
          "that I am the custodian of records, or other qualified person, of the Employment Security Department; that "
          "the attached records are true copies made at or near the time of the occurrence of the matters set forth, "
          "by — or from information transmitted by — a person with knowledge of those matters; that they were kept in "
          "the course of the regularly conducted activity; and that they were made by the regularly conducted "
          "activity as a regular practice.", font="R", align="J"),
        p("Signed at ______________, Washington, on ____________.", font="R", before=10),
        p("Signature: ______________________ Title: ______________________", font="R", before=16),
    ]
    pdf = build_pdf(s1, font="R", margins=(1.0, 0.8, 0.8, 0.8))
    write_scanned(pdf, os.path.join(OUT, "bj14.pdf"), seed=1414, dpi=200, turns={1: 90})
    save("bj14", "pdf", None, label(
        "bj14", "scanned", "Washington superior court criminal subpoena duces tecum (CrR 4.8) issued by DPA",
        "district-attorney", "King County Prosecuting Attorney's Office", "Sung-min Park",
        "Deputy Prosecuting Attorney", "sungmin.park@kingcounty.gov", "(206) 555-0177",
        [("Oleksandr Viktorovych Kovalenko", "1983-11-21", [])],
        ["WA CrR 4.8", "RCW 9A.56.030", "WA ER 902"], "court_subpoena", None, True, "criminal_investigation",
        ["claims", "wages", "employment"], "mail"))


# ---------------------------------------------------------------- bj15
@doc
def bj15():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family: Arial, sans-serif; font-size: 11pt">
<p>Good morning,</p>
<p>ICE Enforcement and Removal Operations (ERO), Denver Field Office, is requesting information on the individuals
below. Please provide the <b>current residential address, telephone number(s)</b> and whether the individual is
<b>currently receiving or has applied for any public benefits</b> administered by your Department.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde3ea"><th>Name</th><th>DOB</th><th>A#</th><th>Notes</th></tr>
<tr><td>Mohammed Abdel-Rahman AL-MASRI<br><i>(also spelled Muhammad Abdelrahman Almasri)</i></td>
<td>07/15/1985</td><td>A201-556-873</td><td>Last known: Aurora, CO</td></tr>
<tr><td>IBÁÑEZ CÁRDENAS, Yesenia</td><td>1993-11-09</td><td>&mdash;</td><td>Possibly Commerce City</td></tr>
</table>
<p>Mr. Al-Masri's spouse, Rania Haddad, is a U.S. citizen and is <u>not</u> a subject of this request.</p>
<p>This request is made pursuant to section 287 of the Immigration and Nationality Act and 8 U.S.C. &sect;&sect; 1373
and 1644, which provide that no State or local government entity may prohibit or restrict the exchange of
information regarding immigration status with DHS. The information is for official use only.</p>
<p>Thank you for your assistance,</p>
<p style="font-size:10pt">Eric Sandoval<br>Deportation Officer<br>U.S. Immigration &amp; Customs Enforcement<br>
ERO Denver &ndash; Alien Criminal Apprehension Program<br>Office: (303) 555-0190<br>
<a href="mailto:eric.sandoval@ice.dhs.gov">eric.sandoval@ice.dhs.gov</a></p>
<p style="font-size:8pt;color:#777">FOR OFFICIAL USE ONLY. This communication may contain information that is exempt
from public release under the Freedom of Information Act (5 U.S.C. 552).</p>
</body></html>
"""
    m = base_msg('"Sandoval, Eric" <eric.sandoval@ice.dhs.gov>',
                 "CDHS Law Enforcement Requests <cdhs_lerequests@state.co.us>",
                 "Information request — 2 subjects — ERO Denver", dt(2025, 4, 2, 8, 17),
                 "<SJ0PR09MB6744.1B2C@SJ0PR09MB6744.namprd09.prod.outlook.com>")
    m.set_content(html, subtype="html")
    save("bj15", "eml", email_bytes(m, 1515), label(
        "bj15", "eml", "HTML-only ERO email to human services, table with alias spelling in parentheses",
        "dhs-ice-ero", "U.S. Immigration & Customs Enforcement, ERO Denver", "Eric Sandoval", "Deportation Officer",
        "eric.sandoval@ice.dhs.gov", "(303) 555-0190",
        [("Mohammed Abdel-Rahman Al-Masri", "1985-07-15", [("a_number", "A201556873")]),
         ("Yesenia Ibáñez Cárdenas", "1993-11-09", [])],
        ["INA 287", "8 USC 1373", "8 USC 1644", "5 USC 552"], "none", None, False, "civil_immigration",
        ["address", "phone", "benefits"], "email"))


# ---------------------------------------------------------------- bj16
@doc
def bj16():
    txt = """CDLE Unemployment Insurance — Law Enforcement Data Request
Web form submission  |  Reference UI-LE-25-00744  |  Received 05/02/2025 10:56 AM

Requesting agency:        Colorado Bureau of Investigation
Section/Unit:             Identity Theft & Fraud Unit
Name of requester:        Wen-Li Harrington
Title:                    Agent
Email:                    wharrington@state.co.us
Phone:                    303-555-0115
Agency case number:       CBI 2025-00917

Nature of investigation:
  Identity theft, C.R.S. 18-5-902. Suspects filed UI claims using stolen identities and
  routed payments to prepaid cards. Claims filed in the victims' names (incl. Elaine
  Fournier and Bradley Osei) were already obtained under a prior request; this request is
  limited to the two suspects below. Do NOT send additional victim records.

Subject 1
  Last name:      NOVÁKOVÁ
  First name:     Kateřina
  Middle:
  DOB:            1991-05-06
  SSN (last 4):   2290

Subject 2
  Last name:      Horák
  First name:     Tomáš
  Middle:         (none)
  DOB:            08/19/1989
  SSN (last 4):   7713

Records requested (check all that apply):
  [x] Wage records (quarterly)       [x] Employer names/addresses
  [x] UI claim history               [x] Claimant address / phone / email on file
  [ ] Benefit payment details        [ ] Other

Certification:
  [x] I certify that the information is requested for a criminal investigation and will be
      used only for that purpose, consistent with C.R.S. § 8-72-107 and 20 C.F.R. § 603.5.

Submitted by: Wen-Li Harrington (authenticated via CBI portal account wharrington)
"""
    save("bj16", "txt", txt, label(
        "bj16", "txt", "state bureau of investigation web-form submission to UI agency, 2 Czech suspects, victims named",
        "state-police", "Colorado Bureau of Investigation", "Wen-Li Harrington", "Agent", "wharrington@state.co.us",
        "303-555-0115",
        [("Kateřina Nováková", "1991-05-06", [("ssn_last4", "2290")]),
         ("Tomáš Horák", "1989-08-19", [("ssn_last4", "7713")])],
        ["CRS 18-5-902", "CRS 8-72-107", "20 CFR 603.5"], "none", None, False, "criminal_investigation",
        ["wages", "employment", "claims", "address", "phone", "email"], "email"))


# ---------------------------------------------------------------- bj17
@doc
def bj17():
    story = [
        p("SUBPOENA DUCES TECUM FOR GRAND JURY", font="R", size=13, bold=True, align="C"),
        p("GJ No. 2025-0318 · Frauds Bureau", font="R", size=9, align="C"),
        sp(6),
        p("THE PEOPLE OF THE STATE OF NEW YORK", font="R", bold=True),
        p("TO: Records Access Officer, New York State Department of Labor, Unemployment Insurance Division, "
          "Building 12, W. Averell Harriman State Office Campus, Albany, NY 12240", font="R", align="J"),
        p("GREETINGS:", font="R", bold=True),
        p("WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND "
          "JURY of the County of Kings, at the Office of the District Attorney, 350 Jay Street, Brooklyn, New York "
          "11201, on the 12th day of May, 2025, at 10:00 o'clock in the forenoon, and at any recessed or adjourned "
          "date, as a witness in a criminal proceeding, and that you bring with you and produce the following:",
          font="R", align="J"),
        p("All unemployment insurance claim files, weekly certifications, payment records, employer registration "
          "records and quarterly wage reporting, from January 1, 2021 to date, relating to:", font="R", align="J"),
        p("1. KAMIŃSKI, Tadeusz a/k/a “Tadek” — DOB 1975-01-30", font="R", indent=24, after=2),
        p("2. Agnieszka LEWANDOWSKA-NOWAK — DOB March 9, 1982", font="R", indent=24, after=2),
        p("3. Przemysław ZAJĄC (also spelled Przemyslaw Zajac) — DOB 16 June 1990", font="R", indent=24),
        p("The Grand Jury is investigating, among other offenses, Grand Larceny in the Second Degree (Penal Law "
          "§ 155.40) and Insurance Fraud (Penal Law § 176.25). Records concerning the complainant, Rebecca "
          "Szymańska, are not called for by this subpoena.", font="R", align="J"),
        p("This subpoena is issued pursuant to CPL 610.20. The proceedings of the Grand Jury are secret (CPL "
          "190.25[4]); you are directed not to disclose the existence of this subpoena. In lieu of appearance, "
          "records may be delivered to the Assistant District Attorney named below together with a sworn business "
          "records certification.", font="R", align="J"),
        p("Failure to comply with this subpoena is punishable as a contempt of court.", font="R", bold=True),
        p("Dated: Brooklyn, New York, April 21, 2025", font="R", before=6),
        sp(8),
        lines("""DISTRICT ATTORNEY, KINGS COUNTY

By: <i>Naomi Feld-Ruiz</i>
Naomi Feld-Ruiz
Assistant District Attorney, Frauds Bureau
(718) 555-0129 · feldruizn@kingsda.nyc.gov""", font="R", indent=230),
    ]
    pdf = build_pdf(story, font="R", footer="GRAND JURY MATERIAL — SECRET", pagenum=False)
    write_scanned(pdf, os.path.join(OUT, "bj17.pdf"), seed=1717, dpi=250, paper=228, quality=33)
    save("bj17", "pdf", None, label(
        "bj17", "scanned", "New York county grand jury subpoena duces tecum, 3 Polish subjects in numbered list",
        "district-attorney", "Kings County District Attorney's Office", "Naomi Feld-Ruiz",
        "Assistant District Attorney", "feldruizn@kingsda.nyc.gov", "(718) 555-0129",
        [("Tadeusz Kamiński", "1975-01-30", []),
         ("Agnieszka Lewandowska-Nowak", "1982-03-09", []),
         ("Przemysław Zając", "1990-06-16", [])],
        ["NY PL 155.40", "NY PL 176.25", "NY CPL 610.20", "NY CPL 190.25"], "grand_jury_subpoena", None, True,
        "criminal_investigation", ["claims", "wages", "employment", "benefits"], "mail"))


# ---------------------------------------------------------------- bj18
@doc
def bj18():
    story = [
        tbl([[lines("<b>SOCIAL SECURITY ADMINISTRATION</b>\nOffice of the Inspector General\nOffice of Investigations — "
                    "Chicago Field Division, Minneapolis Office\n212 Third Avenue South, Suite 300, Minneapolis, MN 55401",
                    size=9.5), ""]], [6.0, 1.0], grid=False, head=False),
        hr(), sp(6),
        p("FAX TRANSMISSION — 1 page", bold=True),
        p("TO: Minnesota Department of Human Services, Office of Inspector General — Data Practices Unit"),
        p("FAX: 651-555-0187 &nbsp;&nbsp; DATE: July 9, 2025"),
        sp(6),
        p("<b>RE: Request for records — Xaawo Cali Maxamed (Hawo Ali Mohamed)</b><br/>"
          "DOB: 02/28/1960 · SSN: XXX-XX-5518 · SSA-OIG Case No. CHI2500311"),
        p("Dear Data Practices Compliance Official:"),
        p("The Social Security Administration, Office of the Inspector General, Office of Investigations, is "
          "conducting a criminal investigation of the above-named individual for possible violations of 42 U.S.C. "
          "§ 1383a (fraudulent acts relating to Supplemental Security Income) and 18 U.S.C. § 641 (theft of "
          "government funds). The investigation concerns unreported household income and residence while "
          "receiving SSI benefits.", align="J"),
        p("We respectfully request copies of the following records from January 1, 2022 to the present:", align="J"),
        p("• MFIP, SNAP, General Assistance and Medical Assistance applications and renewals;", indent=14, after=1),
        p("• reported household composition, income and addresses; and", indent=14, after=1),
        p("• EBT card issuance and transaction location history.", indent=14),
        p("The beneficiary's representative payee, Farhiya Omar Hussein, is not a subject of this investigation, "
          "and we do not request records concerning her.", align="J"),
        p("We understand Minn. Stat. § 13.46 governs the release of welfare data and that disclosure to a law "
          "enforcement officer investigating a crime is permitted under that section. This request is made under "
          "the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406.", align="J"),
        p("Please fax responsive records to 612-555-0145 or e-mail them to the undersigned.", align="J"),
        p("Sincerely,", before=4), sp(16),
        lines("""Curtis Ahlberg
Special Agent
SSA Office of the Inspector General
612-555-0144 · curtis.ahlberg@ssa.gov"""),
    ]
    pdf = build_pdf(story, footer="This transmission contains sensitive personal information. "
                    "If received in error, notify the sender.")
    write_fax(pdf, os.path.join(OUT, "bj18.tif"), seed=1818,
              header_fmt="07/09/2025 16:41  6125550145  SSA OIG MPLS       PAGE {p:02d}/{n:02d}", threshold=135)
    save("bj18", "tif", None, label(
        "bj18", "fax", "faxed SSA-OIG letter to human services, Somali name with second spelling in parentheses",
        "ssa-oig", "Social Security Administration, Office of the Inspector General, Office of Investigations",
        "Curtis Ahlberg", "Special Agent", "curtis.ahlberg@ssa.gov", "612-555-0144",
        [("Xaawo Cali Maxamed", "1960-02-28", [("ssn_last4", "5518")])],
        ["42 USC 1383a", "18 USC 641", "MN Stat 13.46", "5 USC 406"], "none", None, False,
        "criminal_investigation", ["benefits", "address", "other"], "fax"))


# ---------------------------------------------------------------- bj19
@doc
def bj19():
    story = [
        tbl([[lines("DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection", size=10, bold=True),
              lines("<b>SUMMONS</b>\nNo. DEN-OFO-25-0031", size=12, align="R")]], [4.5, 2.5], grid=False, head=False),
        hr(thick=2), sp(4),
        tbl([["To:", "Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles, Title and "
                     "Registration Section, 1881 Pierce Street, Lakewood, CO 80214"],
             ["In the matter of:", "Exportation of motor vehicles through the Port of Denver — CBP case "
                                   "DEN-25-OFO-0127"]],
            [1.4, 5.6], size=9.5, head=False, bold_first_col=True),
        sp(6),
        p("By the authority of Section 509 of the Tariff Act of 1930, as amended (19 U.S.C. 1509), you are hereby "
          "summoned and required to appear before <b>Supervisory CBP Officer Jorge L. Arredondo</b>, an officer of "
          "U.S. Customs and Border Protection, or any other CBP officer designated, at 7001 Tower Road, Suite 110, "
          "Denver, CO 80249, on <b>June 16, 2025 at 10:00 a.m.</b>, to give testimony and to produce the records "
          "described below, relating to the exportation of vehicles believed to have been obtained by fraud, in "
          "possible violation of 18 U.S.C. § 553 (importation or exportation of stolen vehicles).", size=9.5,
          align="J"),
        p("<b>Records to be produced</b> (January 1, 2023 to present): certificates of title, title applications, "
          "registrations, lien filings and lien releases, and the address of record and licence status, for vehicles "
          "titled or registered to:", size=9.5, align="J"),
        tbl([["Name", "Date of birth", "Colorado DL"],
             ["AL-KHATIB, Nasser Jamil", "1981-04-02", "03-556-1290"],
             ["Bogdan PETROVIĆ", "22 Nov 1976", "not known"]], [3.2, 1.6, 1.8], size=9.5),
        sp(4),
        p("Records concerning the co-signer on the Petrović purchase-money loan, Milena Petrović, and the lienholder, "
          "Sunrise Auto Credit Union, are not requested except as they appear on the titles above.", size=9.5,
          align="J"),
        p("Records may be produced by mail or electronic delivery to the officer named above in lieu of personal "
          "appearance. Failure to comply with this summons will render you liable to proceedings in a United States "
          "District Court to enforce obedience to the requirements of this summons, as provided by 19 U.S.C. 1510.",
          size=9.5, align="J"),
        sp(10),
        tbl([["Issued: May 27, 2025<br/>Port of Denver, Office of Field Operations",
              "<i>Jorge L. Arredondo</i><br/>Jorge L. Arredondo<br/>Supervisory CBP Officer<br/>"
              "(303) 555-0166 · jorge.arredondo@cbp.dhs.gov"]], [3.3, 3.7], size=9.5, grid=False, head=False),
        sp(10), hr(),
        p("<b>CERTIFICATE OF SERVICE</b> — I certify that I served the summons above on the person named, by "
          "☒ certified mail ☐ personal service ☐ leaving a copy at the last place of business, on ____________.",
          size=8.5),
        p("CBP Form 3115 (06/23)", size=7.5, before=8),
    ]
    pdf = build_pdf(story, pagenum=False)
    save("bj19", "pdf", pdf, label(
        "bj19", "born_digital", "CBP Form 3115 customs summons to DMV (stolen vehicle export), co-signer named",
        "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Port of Denver",
        "Jorge L. Arredondo", "Supervisory CBP Officer", "jorge.arredondo@cbp.dhs.gov", "(303) 555-0166",
        [("Nasser Jamil Al-Khatib", "1981-04-02", [("license", "035561290")]),
         ("Bogdan Petrović", "1976-11-22", [])],
        ["19 USC 1509", "18 USC 553", "19 USC 1510"], "administrative_subpoena", "CBP 3115", True,
        "criminal_investigation", ["vehicle", "address", "license"], "mail"))


# ---------------------------------------------------------------- bj20
@doc
def bj20():
    cover = [
        p("U.S. Department of Justice", size=9, after=0),
        p("Bureau of Alcohol, Tobacco, Firearms and Explosives", size=12, bold=True, after=0),
        p("Denver Field Division · 950 17th Street, Suite 1800 · Denver, CO 80202", size=9),
        hr(), sp(8),
        p("FACSIMILE", size=16, bold=True),
        tbl([["To:", "CO DMV — Law Enforcement Records", "Fax:", "303-555-0197"],
             ["From:", "SA Kyle Odegaard", "Phone:", "303-555-0109"],
             ["Date:", "2025-06-05", "Pages:", "3"]], [0.8, 3.2, 0.8, 2.2], head=False, grid=False,
            bold_first_col=True),
        sp(10),
        p("Attached is a federal search and seizure warrant for DMV records (Case No. 25-sw-00311-KLM). Please produce "
          "responsive records to me by e-mail (kyle.odegaard@atf.gov) or fax on or before the date in the warrant. "
          "Attachment B lists the records to be seized.", align="J"),
        p("Thanks — Kyle Odegaard, Special Agent, ATF Denver Group II"),
        pb(),
    ]
    s = 9
    ao93 = [
        p("AO 93 (Rev. 11/13) Search and Seizure Warrant", size=7.5, font="R"),
        p("UNITED STATES DISTRICT COURT", size=13, font="R", bold=True, align="C", after=0),
        p("for the", size=8.5, font="R", align="C", after=0),
        p("District of Colorado", size=10.5, font="R", align="C"),
        tbl([[p("In the Matter of the Search of<br/>(<i>Briefly describe the property to be searched or identify the "
                "person by name and address</i>)<br/><b>RECORDS MAINTAINED BY THE COLORADO DIVISION OF MOTOR VEHICLES "
                "PERTAINING TO HAMZA YASIN OMAR AND DENYS IHOROVYCH BONDARENKO</b>", font="R", size=s),
              p("<br/>Case No. 25-sw-00311-KLM", font="R", size=s)]], [4.3, 2.7], head=False, grid=False),
        p("SEARCH AND SEIZURE WARRANT", size=12, font="R", bold=True, align="C", before=6),
        p("To: Any authorized law enforcement officer", font="R", size=s),
        p("An application by a federal law enforcement officer or an attorney for the government requests the search "
          "of the following person or property located in the District of Colorado (<i>identify the person or "
          "describe the property to be searched and give its location</i>): See Attachment A.", font="R", size=s,
          align="J"),
        p("I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the "
          "person or property described above, and that such search will reveal (<i>identify the person or describe "
          "the property to be seized</i>): See Attachment B.", font="R", size=s, align="J"),
        p("<b>YOU ARE COMMANDED</b> to execute this warrant on or before <u>June 19, 2025</u> (<i>not to exceed 14 "
          "days</i>) ☒ in the daytime 6:00 a.m. to 10:00 p.m. ☐ at any time in the day or night because good cause "
          "has been established.", font="R", size=s, align="J"),
        p("Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
          "property taken to the person from whom, or from whose premises, the property was taken, or leave the copy "
          "and receipt at the place where the property was taken.", font="R", size=s, align="J"),
        p("The officer executing this warrant, or an officer present during the execution of the warrant, must "
          "prepare an inventory as required by law and promptly return this warrant and inventory to <u>Hon. "
          "Kathleen R. Mayhew</u> (<i>United States Magistrate Judge</i>).", font="R", size=s, align="J"),
        p("☐ Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed "
          "in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay "
          "notice to the person who, or whose property, will be searched or seized (<i>check the appropriate box</i>) "
          "☐ for ___ days (<i>not to exceed 30</i>) ☐ until, the facts justifying, the later specific date of ____.",
          font="R", size=s, align="J"),
        sp(6),
        tbl([["Date and time issued: 06/05/2025 11:20 am", "<i>Kathleen R. Mayhew</i><br/>Judge's signature"],
             ["City and state: Denver, Colorado", "Kathleen R. Mayhew, United States Magistrate Judge<br/>"
                                                  "<i>Printed name and title</i>"]],
            [3.5, 3.5], font="R", size=s, head=False, grid=False),
        pb(),
        p("ATTACHMENT A — Property to be searched", font="R", bold=True, align="C"),
        p("Records, including electronically stored records, maintained by the Colorado Department of Revenue, Division "
          "of Motor Vehicles, 1881 Pierce Street, Lakewood, Colorado.", font="R", align="J"),
        p("ATTACHMENT B — Particular things to be seized", font="R", bold=True, align="C", before=10),
        p("For the period January 1, 2022 to the present, the following records pertaining to:", font="R"),
        tbl([["Name", "DOB", "CO DL No."],
             ["Hamza Yasin OMAR", "09/14/1997", "17-220-9931"],
             ["BONDARENKO, Denys Ihorovych", "1994-02-03", "—"]], [3.2, 1.6, 1.8], font="R"),
        sp(6),
        p("a. driver license and identification card applications and supporting documents; b. photographs and "
          "signatures; c. residential and mailing addresses; d. vehicle registrations and titles.", font="R",
          align="J"),
        p("which constitute evidence of violations of 18 U.S.C. § 922(g)(1) (possession of a firearm by a prohibited "
          "person) and 18 U.S.C. § 924(c). This warrant is issued pursuant to Fed. R. Crim. P. 41. No records are "
          "sought concerning the licensed dealer employee, Carl Westbrook, who reported the purchases.", font="R",
          align="J"),
    ]
    pdf = build_pdf(cover + ao93, pagenum=False)
    write_fax(pdf, os.path.join(OUT, "bj20.tif"), seed=2020,
              header_fmt="2025-06-05 11:47  ATF DENVER FD  303-555-0108  -> 3035550197   pg {p} of {n}")
    save("bj20", "tif", None, label(
        "bj20", "fax", "ATF fax cover + AO 93 federal search and seizure warrant with attachments A/B",
        "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Denver Field Division", "Kyle Odegaard",
        "Special Agent", "kyle.odegaard@atf.gov", "303-555-0109",
        [("Hamza Yasin Omar", "1997-09-14", [("license", "172209931")]),
         ("Denys Ihorovych Bondarenko", "1994-02-03", [])],
        ["18 USC 3103a", "18 USC 2705", "18 USC 922", "18 USC 924", "FRCrP 41"], "judicial_warrant", "AO 93", True,
        "criminal_investigation", ["license", "identity_documents", "photo", "address", "vehicle"], "fax"))


# ---------------------------------------------------------------- bj21
@doc
def bj21():
    story = [
        tbl([[lines("<b>HENNEPIN COUNTY SHERIFF'S OFFICE</b>\nWarrants &amp; Fugitive Unit\n350 South 5th Street, "
                    "Room 6, Minneapolis, MN 55415", size=10),
              lines("Phone 612-555-0196\nFax 612-555-0195", size=9, align="R")]], [4.8, 2.2], grid=False,
            head=False),
        hr(thick=2), sp(6),
        p("August 4, 2025", align="R"),
        lines("""Minnesota Department of Human Services
Data Practices Office
P.O. Box 64998
St. Paul, MN 55164-0998"""), sp(6),
        p("<b>Re: Address request — persons with outstanding felony / gross misdemeanor arrest warrants</b>"),
        p("To the Data Practices Official:"),
        p("The Hennepin County Sheriff's Office Warrants Unit is attempting to locate and arrest the persons listed "
          "below, each of whom is the subject of an outstanding arrest warrant issued by the Hennepin County District "
          "Court. Under Minn. Stat. § 13.46, subd. 2, the current address of a recipient of assistance may be "
          "disclosed to a law enforcement officer who provides the name of the recipient and notifies the agency that "
          "the recipient is a fugitive felon or is subject to an outstanding warrant. We request the current address "
          "and telephone number on file for each person.", align="J"),
        tbl([["#", "Name", "DOB", "Warrant / court file", "Offense (Minn. Stat.)"],
             ["1", "CABDULLAAHI XASAN NUUR", "1989-03-14", "27-CR-24-18810", "Burglary 2nd Degree, 609.582"],
             ["2", "GUTIÉRREZ DE LA TORRE, Luz Marina", "07/07/1977", "27-CR-25-00412", "Theft (felony), 609.52"],
             ["3", "NGUYỄN, Văn Hiếu", "1 Dec 1984", "27-CR-23-30977", "DWI, gross misdemeanor, 169A.26"],
             ["4", "Faadumo Axmed Warsame (Fadumo Ahmed Warsame)", "1999-05-21", "27-CR-25-06230",
              "Financial transaction card fraud, 609.821"],
             ["5", "KRAWCZYK, Zbigniew Jan", "10/25/1968", "27-CR-24-22154", "Assault 3rd Degree, 609.223"]],
            [0.3, 1.6, 1.05, 1.35, 2.6], size=9),
        sp(8),
        p("Copies of the warrants are available on request. Please do not provide information concerning other "
          "household members. The item 2 warrant was signed by the Hon. Patrick Dunleavy; the complainant in item 5, "
          "Mark Oyelowo, has asked to be notified of the arrest but is not a subject of this request.", align="J"),
        p("Responses may be faxed to 612-555-0195 or e-mailed to the undersigned.", align="J"),
        p("Thank you,", before=4), sp(16),
        lines("""Sgt. Kristin M. Halvorsen
Warrants &amp; Fugitive Unit
Hennepin County Sheriff's Office
612-555-0196 · kristin.halvorsen@hennepin.us"""), sp(6),
        p("cc: Chief Deputy R. Oyelaran; file", size=8.5),
    ]
    pdf = build_pdf(story, pagenum=False)
    write_scanned(pdf, os.path.join(OUT, "bj21.pdf"), seed=2121, dpi=230, angles=[1.8], paper=224)
    save("bj21", "pdf", None, label(
        "bj21", "scanned", "sheriff warrants-unit letter to human services, 5-subject table with wrapped names",
        "sheriff", "Hennepin County Sheriff's Office", "Kristin M. Halvorsen", "Sergeant",
        "kristin.halvorsen@hennepin.us", "612-555-0196",
        [("Cabdullaahi Xasan Nuur", "1989-03-14", []),
         ("Luz Marina Gutiérrez de la Torre", "1977-07-07", []),
         ("Văn Hiếu Nguyễn", "1984-12-01", []),
         ("Faadumo Axmed Warsame", "1999-05-21", []),
         ("Zbigniew Jan Krawczyk", "1968-10-25", [])],
        ["MN Stat 13.46", "MN Stat 609.582", "MN Stat 609.52", "MN Stat 169A.26", "MN Stat 609.821",
         "MN Stat 609.223"], "none", None, False, "criminal_investigation", ["address", "phone"], "mail"))


# ---------------------------------------------------------------- bj22
def i247n_pdf():
    X, O = "☒", "☐"
    s = 8.5
    story = [
        tbl([[lines("DEPARTMENT OF HOMELAND SECURITY", size=9, bold=True),
              lines("Subject ID: 402118873\nEvent #: SEA2507000342\nFile No: A 207 331 904\nDate: 07/14/2025",
                    size=8.5)]], [4.4, 2.6], grid=False, head=False),
        p("<b>REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN</b>", size=11.5, align="C"),
        tbl([["TO: (Name and Title of Institution)", "FROM: (Department of Homeland Security Office Address)"],
             ["Washington State Department of Corrections<br/>Coyote Ridge Corrections Center, Connell, WA",
              "ICE ERO Seattle Field Office<br/>12500 Tukwila International Blvd., Tukwila, WA 98168"]],
            [3.5, 3.5], size=s, head=False),
        sp(4),
        tbl([["Name of Alien:", "PHẠM, MINH TUẤN"], ["Date of Birth:", "08/08/1991"], ["Citizenship:", "VIETNAM"],
             ["Sex:", "M"]], [1.6, 5.4], size=9, head=False, bold_first_col=True),
        sp(4),
        p("<b>1. DHS SUSPECTS THAT THE SUBJECT IS A REMOVABLE ALIEN AND AN ENFORCEMENT PRIORITY</b> because the "
          "subject:", size=s),
        p(f"{X} has been convicted of an offense listed in DHS enforcement priorities;", size=s, indent=14, after=1),
        p(f"{O} has been charged with an offense listed in DHS enforcement priorities;", size=s, indent=14, after=1),
        p(f"{O} is subject to a final order of removal.", size=s, indent=14),
        p("<b>IT IS THEREFORE REQUESTED THAT YOU:</b>", size=s),
        p("• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from "
          "your custody. Please notify DHS by calling (206) 555-0186 or (206) 555-0188 (24 hrs).", size=s, indent=10,
          after=1),
        p("• This request does not require you to hold the alien beyond the time he or she would otherwise be "
          "released.", size=s, indent=10),
        p("This request arises from DHS authorities under sections 236 and 287 of the Immigration and Nationality "
          "Act and 8 C.F.R. 236.1 and 287.7.", size=s, align="J"),
        sp(14),
        tbl([["Craig D. Lundqvist, Supervisory Detention and Deportation Officer<br/>(Name and title of Immigration "
              "Officer)", "<i>C. Lundqvist</i><br/>(Signature of Immigration Officer)"]], [4.0, 3.0], size=s,
            grid=False, head=False),
        sp(8), p("DHS Form I-247N (3/17)", size=7),
    ]
    return build_pdf(story, pagenum=False)


@doc
def bj22():
    body = """Hello,

Please find attached a Form I-247N, Request for Voluntary Notification of Release, for the below
offender currently housed at Coyote Ridge Corrections Center.

  Offender:  PHAM, Minh Tuan (Phạm Minh Tuấn)
  DOC#:      412877
  DOB:       1991-08-08

We would appreciate notification of his earliest release date and the address he will be
released to. You can reply to this email or call the numbers below.

Regards,

Nicole Ferreira-Baptista
Deportation Officer
ERO Seattle Field Office - Tukwila, WA
Office (206) 555-0186
nicole.ferreira-baptista@ice.dhs.gov
"""
    m = base_msg("Ferreira-Baptista, Nicole <nicole.ferreira-baptista@ice.dhs.gov>",
                 "DOC Records Release Unit <docrecordsrelease@doc1.wa.gov>",
                 "I-247N - PHAM, Minh Tuan - DOC 412877", dt(2025, 7, 14, 13, 29, tz=-7),
                 "<PH0PR09MB7810.9E44@PH0PR09MB7810.namprd09.prod.outlook.com>")
    m.set_content(body)
    jpg = page_jpeg(i247n_pdf(), seed=2222, dpi=150, angle=-1.1)[0]
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="I-247N_PHAM.jpg")
    save("bj22", "eml", email_bytes(m, 2222), label(
        "bj22", "eml", "ERO email with I-247N request for notification attached as JPEG scan",
        "dhs-ice-ero", "ERO Seattle Field Office", "Nicole Ferreira-Baptista", "Deportation Officer",
        "nicole.ferreira-baptista@ice.dhs.gov", "(206) 555-0186",
        [("Phạm Minh Tuấn", "1991-08-08", [("a_number", "A207331904"), ("other", "412877"),
                                            ("other", "402118873")])],
        ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247N", False, "civil_immigration",
        ["other", "address"], "email"))


# ---------------------------------------------------------------- bj23
@doc
def bj23():
    s = 9
    page1 = [
        p("AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of "
          "Premises in a Civil Action", size=7, font="R"),
        p("UNITED STATES DISTRICT COURT", size=13, font="R", bold=True, align="C", after=0),
        p("for the", size=8.5, font="R", align="C", after=0),
        p("District of New Mexico", size=10.5, font="R", align="C"),
        tbl([[lines("ANA LUCÍA NÚÑEZ-YBARRA,\n<i>Plaintiff</i>\nv.\nSUNBELT HARVEST PACKING, INC., and "
                    "GARRETT L. DOYLE,\n<i>Defendants</i>", font="R", size=s),
              lines("\n\nCivil Action No. 1:24-cv-00872-JHR-KK", font="R", size=s)]], [4.0, 3.0], head=False,
            grid=False),
        p("SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL "
          "ACTION", size=10.5, font="R", bold=True, align="C", before=6),
        p("To: Custodian of Records, New Mexico Department of Workforce Solutions, 401 Broadway NE, Albuquerque, NM "
          "87102", font="R", size=s),
        p("☒ <b>Production:</b> YOU ARE COMMANDED to produce at the time, date, and place set forth below the "
          "following documents, electronically stored information, or objects, and to permit inspection, copying, "
          "testing, or sampling of the material: <b>See Schedule A.</b>", font="R", size=s, align="J"),
        tbl([["Place: Calloway &amp; Pruitt LLP, 500 Marquette Ave NW, Suite 1200, Albuquerque, NM 87102",
              "Date and Time:<br/>04/07/2025 10:00 am"]], [4.6, 2.4], font="R", size=s, head=False),
        p("☐ <b>Inspection of Premises:</b> YOU ARE COMMANDED to permit entry onto the designated premises …", font="R",
          size=s, before=4),
        p("The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of "
          "compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and "
          "(g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.",
          font="R", size=s, align="J"),
        tbl([["Date: 03/10/2025", "CLERK OF COURT<br/><br/>________________<br/>Signature of Clerk or Deputy Clerk",
              "OR<br/><br/><i>/s/ Whitney A. Calloway</i><br/>Attorney's signature"]], [2.0, 2.6, 2.4], font="R",
            size=s, head=False, grid=False),
        p("The name, address, e-mail address, and telephone number of the attorney representing (<i>name of party</i>) "
          "Defendants Sunbelt Harvest Packing, Inc. and Garrett L. Doyle, who issues or requests this subpoena, are: "
          "Whitney A. Calloway, Calloway &amp; Pruitt LLP, 500 Marquette Ave NW, Suite 1200, Albuquerque, NM 87102; "
          "wcalloway@callowaypruitt.com; (505) 555-0123.", font="R", size=s, align="J"),
        box([p("<b>Notice to the person who issues or requests this subpoena</b>", font="R", size=8),
             p("If this subpoena commands the production of documents, electronically stored information, or tangible "
               "things or the inspection of premises before trial, a notice and a copy of the subpoena must be served "
               "on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. "
               "45(a)(4).", font="R", size=8, align="J")]),
        pb(),
        p("SCHEDULE A", font="R", bold=True, align="C"),
        p("Definitions. “Plaintiff” means Ana Lucía Núñez-Ybarra, date of birth January 17, 1990, Social Security "
          "number ending in 3108. Defendant Garrett L. Doyle is the former supervisor of Plaintiff; no records "
          "concerning Mr. Doyle are requested.", font="R", align="J"),
        p("Documents to be produced (January 1, 2021 to present):", font="R"),
        p("1. All unemployment insurance claim records for Plaintiff, including initial claims, separation "
          "information and any determinations or appeals;", font="R", indent=18, after=2),
        p("2. All wage records reported by any employer for Plaintiff; and", font="R", indent=18, after=2),
        p("3. Records of unemployment benefits paid to Plaintiff, including dates and amounts.", font="R", indent=18),
        p("Records may be produced electronically to wcalloway@callowaypruitt.com in lieu of appearance. The parties "
          "have stipulated to a protective order governing confidential information.", font="R", align="J"),
        pb(),
        p("Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)", font="R", bold=True,
          size=9),
        p("<b>(c) Place of Compliance.</b> (1) <i>For a Trial, Hearing, or Deposition.</i> A subpoena may command a "
          "person to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person "
          "resides, is employed, or regularly transacts business in person; or (B) within the state where the person "
          "resides, is employed, or regularly transacts business in person, if the person (i) is a party or a party's "
          "officer; or (ii) is commanded to attend a trial and would not incur substantial expense. (2) <i>For Other "
          "Discovery.</i> A subpoena may command: (A) production of documents, electronically stored information, or "
          "tangible things at a place within 100 miles of where the person resides, is employed, or regularly "
          "transacts business in person; and (B) inspection of premises at the premises to be inspected.",
          font="R", size=7.5, align="J"),
        p("<b>(d) Protecting a Person Subject to a Subpoena; Enforcement.</b> (1) <i>Avoiding Undue Burden or Expense; "
          "Sanctions.</i> A party or attorney responsible for issuing and serving a subpoena must take reasonable steps "
          "to avoid imposing undue burden or expense on a person subject to the subpoena. The court for the district "
          "where compliance is required must enforce this duty and impose an appropriate sanction—which may include "
          "lost earnings and reasonable attorney's fees—on a party or attorney who fails to comply. (2) <i>Command to "
          "Produce Materials or Permit Inspection.</i> (A) <i>Appearance Not Required.</i> A person commanded to "
          "produce documents need not appear in person at the place of production or inspection unless also commanded "
          "to appear for a deposition, hearing, or trial. (B) <i>Objections.</i> A person commanded to produce "
          "documents or tangible things may serve on the party or attorney designated in the subpoena a written "
          "objection … The objection must be served before the earlier of the time specified for compliance or 14 "
          "days after the subpoena is served.", font="R", size=7.5, align="J"),
        p("<b>(e) Duties in Responding to a Subpoena.</b> (1) <i>Producing Documents or Electronically Stored "
          "Information.</i> (A) <i>Documents.</i> A person responding to a subpoena to produce documents must produce "
          "them as they are kept in the ordinary course of business or must organize and label them to correspond to "
          "the categories in the demand. …", font="R", size=7.5, align="J"),
        p("<b>(g) Contempt.</b> The court for the district where compliance is required—and also, after a motion is "
          "transferred, the issuing court—may hold in contempt a person who, having been served, fails without "
          "adequate excuse to obey the subpoena or an order related to it.", font="R", size=7.5, align="J"),
        p("For access to subpoena materials, see Fed. R. Civ. P. 45(a) Committee Note (2013).", font="R", size=7.5),
    ]
    pdf = build_pdf(page1, font="R", margins=(0.75, 0.75, 0.6, 0.7))
    save("bj23", "pdf", pdf, label(
        "bj23", "born_digital", "AO 88B civil subpoena to state workforce agency, issued by defense attorney",
        "other", "Calloway & Pruitt LLP", "Whitney A. Calloway", "Attorney", "wcalloway@callowaypruitt.com",
        "(505) 555-0123",
        [("Ana Lucía Núñez-Ybarra", "1990-01-17", [("ssn_last4", "3108")])],
        ["FRCP 45"], "court_subpoena", "AO 88B", True, "unknown", ["claims", "wages", "benefits"], "mail"))


# ---------------------------------------------------------------- bj24
@doc
def bj24():
    txt = """From: Adeyemi, Olumide <oadeyemi@lakewoodco.gov>
Sent: Tuesday, May 6, 2025 8:41 AM
To: DMV Law Enforcement Requests <dor_dmv_lerequests@state.co.us>
Subject: Photo request - homicide case LPD 25-4410

Good morning,

Working a homicide from 05/03 (Belmar area), investigated as murder in the first degree
(C.R.S. 18-3-102). I need DL/ID photos and current addresses for two persons of interest:

  1) Daniel "Flaco" Ortiz Beltrán    DOB 2/14/1997    CO DL 19-774-0153
  2) Rashid Hamdan al-Zubaidi        DOB 1995-10-03   (no CO DL found in CCIC, may have ID card)

The victim is Trevon Michaels (DOB 4/1/1999) - we already have everything we need on him, so
nothing on the victim please. Ortiz Beltrán's brother Mateo was a witness and we don't need
anything on him either.

Email is fine for the photos. Appreciate the quick turnaround on these.

Det. Olumide Adeyemi
Major Crimes Unit
Lakewood Police Department
445 S. Allison Pkwy, Lakewood, CO 80226
Desk 303-555-0158
"""
    save("bj24", "txt", txt, label(
        "bj24", "txt", "pasted Outlook email from municipal detective, nickname in quotes, victim/witness named",
        "local-police", "Lakewood Police Department", "Olumide Adeyemi", "Detective", "oadeyemi@lakewoodco.gov",
        "303-555-0158",
        [("Daniel Ortiz Beltrán", "1997-02-14", [("license", "197740153")]),
         ("Rashid Hamdan al-Zubaidi", "1995-10-03", [])],
        ["CRS 18-3-102"], "none", None, False, "criminal_investigation", ["photo", "address"], "email"))


# ---------------------------------------------------------------- bj25
@doc
def bj25():
    cover = [
        lines("""U.S. Department of Justice
<i>United States Attorney's Office, District of Colorado</i>
1801 California Street, Suite 1600, Denver, CO 80202""", font="R", size=10),
        hr(), sp(6),
        p("July 22, 2025", font="R"),
        lines("""Colorado Department of Corrections
Office of the Inspector General / Legal Services
2862 South Circle Drive, Colorado Springs, CO 80906""", font="R"), sp(6),
        p("Re: Sealed Order under 18 U.S.C. § 2703(d), Misc. No. 25-mj-01144-STV", font="R", bold=True),
        p("Enclosed is an Order of the United States District Court for the District of Colorado directing the "
          "Colorado Department of Corrections to disclose the inmate messaging and account records described in "
          "Attachment A to the Order. The Order also directs CDOC not to disclose its existence. Please produce the "
          "records to FBI Task Force Officer Luis Anaya or to me within ten days.", font="R", align="J"),
        p("Very truly yours,", font="R"), sp(14),
        lines("""Meredith A. Lindgren
Assistant United States Attorney
(303) 555-0112 · meredith.lindgren@usdoj.gov""", font="R"),
        pb(),
    ]
    order = [
        p("UNITED STATES DISTRICT COURT<br/>FOR THE DISTRICT OF COLORADO", font="R", bold=True, align="C"),
        tbl([[p("IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. "
                "§ 2703(d) DIRECTING THE COLORADO DEPARTMENT OF CORRECTIONS TO DISCLOSE RECORDS", font="R", size=9.5),
              p("Misc. No. 25-mj-01144-STV<br/><br/><b>FILED UNDER SEAL</b>", font="R", size=9.5)]], [4.4, 2.6],
            head=False, grid=False),
        p("ORDER", font="R", bold=True, align="C", size=12, before=6),
        p("The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court "
          "issue an Order requiring the Colorado Department of Corrections (“CDOC”), which provides an electronic "
          "communication service to inmates through its inmate messaging and tablet program, to disclose the records "
          "and other information described in Attachment A to this Order.", font="R", align="J"),
        p("The Court finds that the United States has offered specific and articulable facts showing that there are "
          "reasonable grounds to believe that the records or other information sought are relevant and material to an "
          "ongoing criminal investigation of violations of 21 U.S.C. §§ 841(a)(1) and 846.", font="R", align="J"),
        p("IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that CDOC shall, within ten days of the date of "
          "this Order, disclose to the United States the records and other information described in Attachment A.",
          font="R", align="J"),
        p("IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that CDOC shall not disclose the existence of the "
          "application of the United States, or the existence of this Order of the Court, to the listed inmates or to "
          "any other person for a period of one year, unless and until otherwise authorized to do so by the Court.",
          font="R", align="J"),
        p("IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the Court.",
          font="R", align="J"),
        p("DATED: July 21, 2025", font="R", before=6), sp(10),
        lines("""BY THE COURT:

<i>Priya Raman-Stolz</i>
United States Magistrate Judge""", font="R", indent=260),
        pb(),
        p("ATTACHMENT A", font="R", bold=True, align="C"),
        p("I. The accounts", font="R", bold=True),
        tbl([["Inmate", "CDOC No.", "DOB"],
             ["MONTOYA-ARCHULETA, Rubén Darío", "162230", "1979-05-09"],
             ["Fritznel DORVILUS", "188914", "11/30/1988"]], [3.6, 1.4, 1.6], font="R"),
        p("II. Records to be disclosed (January 1, 2025 to the date of this Order)", font="R", bold=True, before=8),
        p("A. Account and subscriber information, including approved contact lists with names, addresses and "
          "telephone numbers of approved correspondents;", font="R", indent=14, after=2),
        p("B. Message logs (date, time, sender, recipient, and size) for electronic messages, but not the content of "
          "communications;", font="R", indent=14, after=2),
        p("C. Records of deposits to and payments for the accounts, including payor names and payment methods.",
          font="R", indent=14),
        p("Information concerning non-inmate correspondents, including Montoya-Archuleta's sister, Dolores Montoya, "
          "shall be limited to the identifiers appearing in the subject accounts' records.", font="R", align="J"),
    ]
    pdf = build_pdf(cover + order, font="R", pagenum=False)
    write_scanned(pdf, os.path.join(OUT, "bj25.pdf"), seed=2525, dpi=200, turns={2: 270}, angles=[0.6, -1.2, 0.9])
    save("bj25", "pdf", None, label(
        "bj25", "scanned", "AUSA cover + federal 2703(d)-style court order to corrections (inmate messaging), attachment rotated",
        "doj-usao", "United States Attorney's Office, District of Colorado", "Meredith A. Lindgren",
        "Assistant United States Attorney", "meredith.lindgren@usdoj.gov", "(303) 555-0112",
        [("Rubén Darío Montoya-Archuleta", "1979-05-09", [("other", "162230")]),
         ("Fritznel Dorvilus", "1988-11-30", [("other", "188914")])],
        ["18 USC 2703", "18 USC 2705", "21 USC 841", "21 USC 846"], "court_order", None, True,
        "criminal_investigation", ["other"], "mail"))


# ---------------------------------------------------------------- bj26
@doc
def bj26():
    cover = [
        p("SALT LAKE COUNTY DISTRICT ATTORNEY'S OFFICE", size=13, bold=True, align="C", after=0),
        p("Justice Division · 35 East 500 South · Salt Lake City, Utah 84111", size=9, align="C"),
        hr(), sp(6),
        p("FAX", size=22, bold=True),
        tbl([["TO:", "Utah Department of Workforce Services — Records / GRAMA &amp; Subpoena Unit"],
             ["FAX #:", "801-555-0151"], ["FROM:", "Brianna Sorensen, Legal Secretary to DDA Marcus Fonoti"],
             ["PHONE:", "385-555-0138"], ["DATE:", "June 10, 2025"], ["# PAGES:", "2 including cover"]],
            [1.0, 6.0], head=False, grid=False, bold_first_col=True),
        sp(10),
        p("Attached please find a Subpoena Duces Tecum in <i>State v. Hadžić and Zieliński</i>, Case No. 241905533. "
          "Deputy District Attorney Fonoti asks that the certified records be returned to our office, attention "
          "Brianna, by the date indicated. Questions regarding the scope of the subpoena should go to Mr. Fonoti at "
          "385-555-0137 or mfonoti@saltlakecounty.gov.", align="J"),
        sp(30),
        p("CONFIDENTIAL: This facsimile may contain privileged or confidential information intended only for the "
          "recipient named above.", size=7.5),
        pb(),
    ]
    sub = [
        lines("""Marcus Fonoti (Bar No. 14420)
Deputy District Attorney
Salt Lake County District Attorney's Office
35 East 500 South, Salt Lake City, Utah 84111
Telephone: 385-555-0137 · mfonoti@saltlakecounty.gov
Attorney for the State of Utah""", font="R", size=9),
        sp(6),
        p("IN THE THIRD JUDICIAL DISTRICT COURT<br/>SALT LAKE COUNTY, STATE OF UTAH", font="R", bold=True,
          align="C"),
        tbl([[lines("STATE OF UTAH,\n        Plaintiff,\nvs.\n\nEMIR HADŽIĆ (DOB 04/19/1986) and\n"
                    "TOMASZ ZIELIŃSKI (DOB 1992-12-05),\n        Defendants.", font="R", size=9.5),
              lines("<b>SUBPOENA DUCES TECUM</b>\n\nCase No. 241905533\n\nJudge Helen Okubo-Strand", font="R",
                    size=9.5)]], [3.9, 3.1], head=False),
        sp(6),
        p("THE STATE OF UTAH TO: Custodian of Records, Utah Department of Workforce Services, 140 East 300 South, "
          "Salt Lake City, Utah 84111", font="R", align="J"),
        p("YOU ARE COMMANDED, pursuant to Utah R. Crim. P. 14, to appear at the Scott M. Matheson Courthouse, 450 "
          "South State Street, Courtroom W-43, Salt Lake City, on July 8, 2025 at 8:30 a.m., at the trial of the "
          "above-entitled action, and to bring with you:", font="R", align="J"),
        p("All unemployment insurance and SNAP application and claim records, reported wages and employers, "
          "addresses of record, and benefit payment histories for the Defendants Emir Hadžić and Tomasz Zieliński "
          "(SSN ending 6642), from January 1, 2023 to the present.", font="R", indent=18, align="J"),
        p("The Defendants are charged with Theft, Utah Code Ann. § 76-6-404, and Communications Fraud, Utah Code Ann. "
          "§ 76-10-1801. Records of the State's witness, DWS investigator Jolene Barlow, are not requested.",
          font="R", align="J"),
        p("Personal appearance is not required if, before the date above, you deliver true copies of the records "
          "with a certification complying with Utah R. Evid. 902(11) to the attorney named above.", font="R",
          align="J"),
        p("DATED June 9, 2025.", font="R", before=6),
        lines("""<i>/s/ Marcus Fonoti</i>
Marcus Fonoti, Deputy District Attorney""", font="R", indent=250),
        sp(10),
        p("Failure to obey this subpoena without adequate excuse may be deemed a contempt of the court.", font="R",
          size=8.5, bold=True),
    ]
    pdf = build_pdf(cover + sub, pagenum=False)
    write_fax(pdf, os.path.join(OUT, "bj26.tif"), seed=2626,
              header_fmt="JUN-10-2025 02:13 PM   SL CO DA JUSTICE DIV     385 555 0139      P.0{p}")
    save("bj26", "tif", None, label(
        "bj26", "fax", "DA office fax (sent by legal secretary) + Utah criminal trial subpoena duces tecum, 2 defendants",
        "district-attorney", "Salt Lake County District Attorney's Office", "Marcus Fonoti",
        "Deputy District Attorney", "mfonoti@saltlakecounty.gov", "385-555-0137",
        [("Emir Hadžić", "1986-04-19", []), ("Tomasz Zieliński", "1992-12-05", [("ssn_last4", "6642")])],
        ["UT CrimP 14", "UCA 76-6-404", "UCA 76-10-1801", "UT R Evid 902"], "court_subpoena", None, True,
        "criminal_investigation", ["claims", "benefits", "wages", "employment", "address"], "fax"))


# ---------------------------------------------------------------- bj27
@doc
def bj27():
    letter_pg = [
        lines("""<b>U.S. Department of Labor</b>
Office of Inspector General — Office of Investigations
Atlanta Region · 61 Forsyth Street SW, Room 6T20 · Atlanta, GA 30303"""),
        hr(), sp(6),
        p("March 3, 2025"),
        lines("""Georgia Department of Labor
Office of General Counsel — Subpoena Compliance
148 Andrew Young International Blvd NE
Atlanta, GA 30303"""), sp(6),
        p("<b>Re: Inspector General Subpoena No. ATL-25-017 — OIG Case No. 24-0471-0003-UI</b>"),
        p("Dear Custodian of Records:"),
        p("The Office of Inspector General is investigating a scheme to file fraudulent unemployment insurance claims "
          "in Georgia using the identities of others and to route benefit payments to accounts controlled by the "
          "scheme's participants, in possible violation of 18 U.S.C. §§ 1343 and 1028A. Enclosed is an Inspector "
          "General subpoena duces tecum for claim and wage records of the four individuals listed in Schedule A.",
          align="J"),
        p("We recognize that O.C.G.A. § 34-8-121 makes these records confidential; disclosure to a federal agency "
          "for the administration or enforcement of a federal program is permitted under 20 C.F.R. Part 603. Please "
          "deliver the records electronically to the undersigned by the return date.", align="J"),
        p("Sincerely,", before=4), sp(16),
        lines("""Tamika R. Ellsworth
Special Agent
(404) 555-0193 · ellsworth.tamika@oig.dol.gov"""),
        pb(),
    ]
    sub = [
        p("UNITED STATES DEPARTMENT OF LABOR<br/>OFFICE OF INSPECTOR GENERAL", bold=True, align="C", size=11),
        p("SUBPOENA DUCES TECUM", bold=True, align="C", size=14, before=4),
        p("No. ATL-25-017", align="C"),
        p("TO: Custodian of Records, Georgia Department of Labor, 148 Andrew Young International Blvd NE, Atlanta, "
          "GA 30303", align="J"),
        p("YOU ARE HEREBY COMMANDED to produce the records described in Schedule A to Special Agent Tamika R. "
          "Ellsworth, or any other special agent of the Office of Inspector General, U.S. Department of Labor, at 61 "
          "Forsyth Street SW, Room 6T20, Atlanta, Georgia, on or before <b>March 31, 2025</b>, in connection with an "
          "investigation being conducted by the Office of Inspector General.", align="J"),
        p("This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4). "
          "In the case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate "
          "United States district court.", align="J"),
        sp(14),
        tbl([["Date: 02/27/2025", "<i>Mariela Q. Strand</i><br/>Mariela Q. Strand<br/>Deputy Inspector General"]],
            [3.5, 3.5], grid=False, head=False),
        sp(14),
        p("SCHEDULE A", bold=True, align="C"),
        p("For the period March 1, 2020 to the present, for each person listed: all UI claim applications and weekly "
          "certifications; claimant addresses, e-mail addresses and telephone numbers; IP addresses and device "
          "identifiers used to file; bank account and debit card information for payments; and all wages reported "
          "by employers.", size=9.5, align="J"),
        tbl([["", "Claimant name", "DOB", "SSN (last 4)"],
             ["1", "Abdoulaye Mamadou DIALLO", "1992-03-03", "8821"],
             ["2", "OKONKWO-BRIGGS, Chinwe Adaeze", "07/29/1987", "0456"],
             ["3", "TRẦN THỊ MỸ DUNG", "11 Sep 1995", "3390"],
             ["4", "GÓMEZ IBÁÑEZ, Juan Sebastián", "1983-02-14", "6607"]],
            [0.3, 1.9, 1.3, 1.2], size=9.5),
    ]
    pdf = build_pdf(letter_pg + sub, footer="LAW ENFORCEMENT SENSITIVE", pagenum=False)
    write_scanned(pdf, os.path.join(OUT, "bj27.pdf"), seed=2727, dpi=200, turns={1: 180}, angles=[-1.4, 0.5])
    save("bj27", "pdf", None, label(
        "bj27", "scanned", "DOL-OIG cover letter + inspector-general subpoena duces tecum, 4-claimant table",
        "dol-oig", "U.S. Department of Labor, Office of Inspector General", "Tamika R. Ellsworth", "Special Agent",
        "ellsworth.tamika@oig.dol.gov", "(404) 555-0193",
        [("Abdoulaye Mamadou Diallo", "1992-03-03", [("ssn_last4", "8821")]),
         ("Chinwe Adaeze Okonkwo-Briggs", "1987-07-29", [("ssn_last4", "0456")]),
         ("Trần Thị Mỹ Dung", "1995-09-11", [("ssn_last4", "3390")]),
         ("Juan Sebastián Gómez Ibáñez", "1983-02-14", [("ssn_last4", "6607")])],
        ["18 USC 1343", "18 USC 1028A", "OCGA 34-8-121", "20 CFR 603", "5 USC 406"], "administrative_subpoena", None,
        True, "criminal_investigation", ["claims", "wages", "address", "email", "phone", "other"], "mail"))


# ---------------------------------------------------------------- bj28
@doc
def bj28():
    txt = """==================================================================
RECORDS UNIT TICKET  RU-2025-0612            Source: e-mail (LE inbox)
Received: 2025-06-12 09:14                   Assigned to: K. Dunleavy
==================================================================

---------- message body (pasted) ----------

From: Hyun-woo Baek <hbaek@uspis.gov>
To: DMV LE Requests <dor_dmv_lerequests@state.co.us>
Date: Thu, 12 Jun 2025 09:02:51 -0600
Subject: Request - 3 subjects - USPIS Denver mail theft / carrier robbery

Hello,

I am a U.S. Postal Inspector assigned to the Denver Field Office. We are investigating the
armed robbery of a letter carrier (18 U.S.C. § 2114) and a related series of mail thefts from
cluster boxes using a stolen arrow key (18 U.S.C. § 1708).

Request: current address, DL/ID photo, and any registered vehicles for:

  1) Kelvin Antoine MOÏSE, DOB 1999-01-22
  2) SALAZAR NÚÑEZ, Brayan Andrés, DOB 06/30/2002, CO ID 22-101-5567
  3) unknown female, true name unknown, using the name "Yadira Solís",
     claimed DOB 1998-09-09

The victim carrier, Gloria Whitehorse, and the customer who reported the thefts are NOT
subjects -- please don't send anything on them.

Thank you,
Hyun-woo Baek
Postal Inspector
U.S. Postal Inspection Service - Denver
(303) 555-0178

---------- end of pasted body ----------
"""
    save("bj28", "txt", txt, label(
        "bj28", "txt", "records-unit ticket with pasted postal inspector email, 3 subjects incl. 'true name unknown, using'",
        "usps-uspis", "U.S. Postal Inspection Service - Denver", "Hyun-woo Baek", "Postal Inspector",
        "hbaek@uspis.gov", "(303) 555-0178",
        [("Kelvin Antoine Moïse", "1999-01-22", []),
         ("Brayan Andrés Salazar Núñez", "2002-06-30", [("license", "221015567")]),
         ("Yadira Solís", "1998-09-09", [])],
        ["18 USC 2114", "18 USC 1708"], "none", None, False, "criminal_investigation",
        ["address", "photo", "vehicle"], "email"))


# ---------------------------------------------------------------- bj29
@doc
def bj29():
    story = [
        tbl([[lines("<b>Department of the Treasury</b>\nInternal Revenue Service\nCriminal Investigation", size=10),
              lines("Denver Field Office\n1999 Broadway, Stop 7200\nDenver, CO 80202", size=9, align="R")]],
            [3.5, 3.5], grid=False, head=False),
        hr(), sp(8),
        tbl([["Date:", "July 8, 2025"], ["Person to contact:", "Lorenzo M. Vitale, Special Agent"],
             ["Telephone:", "(303) 555-0105"], ["E-mail:", "lorenzo.vitale@ci.irs.gov"],
             ["Refer reply to:", "CI-DEN-2025-0418"]], [1.6, 4.0], size=9, head=False, grid=False,
            bold_first_col=True),
        sp(8),
        lines("""Colorado Department of Labor and Employment
Division of Unemployment Insurance — Employer Services / Wage Records
633 17th Street, Suite 201
Denver, CO 80202"""), sp(8),
        p("<b>Subject: Volodymyr “Vlad” SHEVCHENKO — DOB 1978-07-04 — SSN XXX-XX-2755</b>"),
        p("Dear Custodian of Records:"),
        p("IRS Criminal Investigation is conducting an investigation of the above individual for possible criminal "
          "violations of the Internal Revenue Code, including 26 U.S.C. § 7201 (attempt to evade or defeat tax) and "
          "26 U.S.C. § 7206(1) (false return). We request copies of the quarterly wage records reported for "
          "Mr. Shevchenko from tax year 2019 to the present, including the name, address and account number of each "
          "reporting employer.", align="J"),
        p("Mr. Shevchenko files jointly with his spouse, Iryna Shevchenko. She is not a subject of this investigation "
          "and no records concerning her are requested. Please do not advise Shevchenko of this request.",
          align="J"),
        p("Records may be provided on electronic media or by secure e-mail. Thank you for your cooperation.",
          align="J"),
        p("Sincerely,", before=4), sp(16),
        lines("""Lorenzo M. Vitale
Special Agent, IRS Criminal Investigation

Approved: Hannah Ostrowski, Supervisory Special Agent"""),
    ]
    pdf = build_pdf(story, footer="Letter 2325 (CI) (Rev. 1-2024) · Department of the Treasury – Internal Revenue "
                                  "Service")
    save("bj29", "pdf", pdf, label(
        "bj29", "born_digital", "IRS-CI letter for wage records, one subject with nickname in quotes, spouse named",
        "irs-ci", "Internal Revenue Service, Criminal Investigation, Denver Field Office", "Lorenzo M. Vitale",
        "Special Agent", "lorenzo.vitale@ci.irs.gov", "(303) 555-0105",
        [("Volodymyr Shevchenko", "1978-07-04", [("ssn_last4", "2755")])],
        ["26 USC 7201", "26 USC 7206"], "none", None, False, "criminal_investigation", ["wages", "employment"],
        "mail"))


# ---------------------------------------------------------------- bj30
@doc
def bj30():
    inner = base_msg('"Valenzuela-Park, Sofía (DPD)" <sofia.valenzuela@denvergov.org>',
                     '"Haskins, Caleb (USMS)" <caleb.haskins@usdoj.gov>',
                     "Locate request - Jean-Robert Désir", dt(2025, 8, 11, 16, 52),
                     "<DM6PR05MB4423.8BC1@DM6PR05MB4423.namprd05.prod.outlook.com>")
    inner.set_content("""Caleb,

Here's what I have on our guy for the state records request:

Subject: DÉSIR, Jean-Robert
   true name unknown -- also uses "Robert Desire" and "Jean Robert Dezir"
DOB: 1987-02-11 (has also used 1987-11-02)
FBI #: 482019KD7

Known associates: girlfriend Nadège Casimir (not wanted), landlord Howard Pruett
(Montbello duplex, he says Désir left in June). Neither is a subject.

Wanted on the federal supervised release violation warrant (D. Colo.). Anything the
state has on current address, phone or employer would help.

Sofía Valenzuela-Park
Detective / TFO, Colorado Violent Offender Task Force
Denver Police Department
""")
    outer = base_msg('"Haskins, Caleb (USMS)" <caleb.haskins@usdoj.gov>',
                     "CDHS Law Enforcement Requests <cdhs_lerequests@state.co.us>",
                     "Fwd: Locate request - Jean-Robert Désir", dt(2025, 8, 12, 8, 5),
                     "<SA1PR09MB8890.2F0D@SA1PR09MB8890.namprd09.prod.outlook.com>")
    outer.set_content("""Good morning,

I'm the USMS coordinator for the Colorado Violent Offender Task Force. Forwarding the request
below (attached) from our Denver PD task force officer.

The subject is wanted on a federal arrest warrant for violating the conditions of his
supervised release (18 U.S.C. § 3583); the underlying conviction is felon in possession,
18 U.S.C. § 922(g)(1). We'd like any current address, telephone number and employer
information CDHS has on file for him. Please reply to me directly rather than to Det.
Valenzuela-Park.

Thank you,

Caleb J. Haskins
Deputy U.S. Marshal
United States Marshals Service - District of Colorado
(303) 555-0161
caleb.haskins@usdoj.gov
""")
    outer.add_attachment(inner)
    save("bj30", "eml", email_bytes(outer, 3030), label(
        "bj30", "eml", "Deputy U.S. Marshal email forwarding a task-force officer's message as message/rfc822",
        "doj-usms", "United States Marshals Service - District of Colorado", "Caleb J. Haskins",
        "Deputy U.S. Marshal", "caleb.haskins@usdoj.gov", "(303) 555-0161",
        [("Jean-Robert Désir", "1987-02-11", [("other", "482019KD7")])],
        ["18 USC 3583", "18 USC 922"], "none", None, False, "criminal_investigation",
        ["address", "phone", "employment"], "email"))


# ---------------------------------------------------------------- bj31
def elgin_warrant_pdf():
    story = [
        p("IN THE CIRCUIT COURT OF THE SIXTEENTH JUDICIAL CIRCUIT<br/>KANE COUNTY, ILLINOIS", font="R", bold=True,
          align="C"),
        tbl([[lines("IN RE: SEARCH WARRANT FOR RECORDS OF THE\nILLINOIS DEPARTMENT OF EMPLOYMENT SECURITY", font="R",
                    size=9.5), lines("No. 2025 SW 000184", font="R", size=9.5)]], [4.6, 2.4], head=False),
        p("SEARCH WARRANT", font="R", bold=True, align="C", size=13, before=8),
        p("On this day, Detective Ramón Ortega-Sandoval, Complainant, has subscribed and sworn to a complaint for "
          "search warrant before me. Upon examination of the complaint, I find that it states facts sufficient to "
          "show probable cause.", font="R", align="J"),
        p("I THEREFORE COMMAND THAT YOU SEARCH the records of the Illinois Department of Employment Security, 33 South "
          "State Street, Chicago, Illinois 60603, including records maintained electronically, pertaining to:",
          font="R", align="J"),
        p("1. YOUSSEF, Karim Adel (DOB 06/19/1993)", font="R", indent=24, after=2),
        p("2. Beatriz Adriana MEDINA-VÁSQUEZ (DOB 1996-04-08)", font="R", indent=24),
        p("AND SEIZE THE FOLLOWING: claimant applications and certifications; addresses, telephone numbers and e-mail "
          "addresses provided to the Department; employer and wage records; and benefit payment records, from "
          "January 1, 2024 to the present; which have been used in the commission of, or which constitute evidence "
          "of, the offenses of Theft, 720 ILCS 5/16-1, and Identity Theft, 720 ILCS 5/16-30.", font="R", align="J"),
        p("This warrant is issued pursuant to 725 ILCS 5/108-1 et seq. The victim, Pauline Greco, is not a person "
          "whose records are to be seized.", font="R", align="J"),
        p("I FURTHER COMMAND that a return of this warrant be made to this Court within 96 hours of its execution.",
          font="R", align="J"),
        sp(8),
        tbl([["Date: June 30, 2025<br/>Time: 2:10 p.m.", "<i>Terrence J. Lindahl</i><br/>______________________<br/>"
              "JUDGE Terrence J. Lindahl, Circuit Court of Kane County"]], [3.0, 4.0], font="R", grid=False,
            head=False),
    ]
    return build_pdf(story, font="R", pagenum=False)


@doc
def bj31():
    text = """Good afternoon,

Attached is a search warrant signed today by Judge Lindahl of the Sixteenth Judicial Circuit,
Kane County, for IDES records on two subjects in an identity theft case (Elgin PD RD# 25-008821).

Please email responsive records to me at this address. If you need the warrant served on a
specific office or in a different format, let me know.

Thank you,

Det. Ramón Ortega-Sandoval
Investigations Division - Financial Crimes
Elgin Police Department
151 Douglas Ave, Elgin, IL 60120
(847) 555-0124
"""
    html = ("<html><body><p>Good afternoon,</p><p>Attached is a search warrant signed today by Judge Lindahl of the "
            "Sixteenth Judicial Circuit, Kane County, for IDES records on two subjects in an identity theft case "
            "(Elgin PD RD# 25-008821).</p><p>Please email responsive records to me at this address. If you need the "
            "warrant served on a specific office or in a different format, let me know.</p><p>Thank you,</p>"
            "<p>Det. Ram&oacute;n Ortega-Sandoval<br>Investigations Division - Financial Crimes<br>Elgin Police "
            "Department<br>151 Douglas Ave, Elgin, IL 60120<br>(847) 555-0124</p></body></html>")
    m = base_msg('"Ortega-Sandoval, Ramón" <ortega-sandoval.r@cityofelgin.org>',
                 "IDES Legal Subpoena Unit <des.subpoena@illinois.gov>",
                 "Search Warrant - IDES records - Elgin PD RD# 25-008821", dt(2025, 6, 30, 15, 2, tz=-5),
                 "<CY4PR19MB1120.77A0@CY4PR19MB1120.namprd19.prod.outlook.com>")
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    m.add_attachment(elgin_warrant_pdf(), maintype="application", subtype="pdf", filename="SW_2025-184_IDES.pdf")
    save("bj31", "eml", email_bytes(m, 3131), label(
        "bj31", "eml", "municipal detective email with Illinois circuit court search warrant PDF attached",
        "local-police", "Elgin Police Department", "Ramón Ortega-Sandoval", "Detective",
        "ortega-sandoval.r@cityofelgin.org", "(847) 555-0124",
        [("Karim Adel Youssef", "1993-06-19", []), ("Beatriz Adriana Medina-Vásquez", "1996-04-08", [])],
        ["720 ILCS 5/16-1", "720 ILCS 5/16-30", "725 ILCS 5/108-1"], "judicial_warrant", None, True,
        "criminal_investigation", ["claims", "address", "phone", "email", "employment", "wages", "benefits"],
        "email"))


# ---------------------------------------------------------------- bj32
@doc
def bj32():
    cover = [
        p("OFFICE OF THE STATE ATTORNEY", font="R", bold=True, align="C", size=12, after=0),
        p("ELEVENTH JUDICIAL CIRCUIT OF FLORIDA", font="R", align="C", after=0),
        p("E.R. Graham Building · 1350 N.W. 12th Avenue · Miami, Florida 33136", font="R", align="C", size=9),
        hr(), sp(6),
        p("May 12, 2025", font="R"),
        lines("""Florida Department of Children and Families
Office of General Counsel — Records Custodian
401 N.W. 2nd Avenue, Suite N-1014
Miami, Florida 33128""", font="R"), sp(6),
        p("Re: <i>State of Florida v. Rodríguez de la Paz and Augustin</i>, Case No. F24-019874", font="R", bold=True),
        p("Dear Records Custodian:", font="R"),
        p("Enclosed is a certified copy of the Court's Order Granting the State's Motion to Compel Production of Public "
          "Assistance Records, entered May 9, 2025. Please produce the records described in paragraph 1 of the Order "
          "to my attention within twenty days, with the redactions required by paragraph 2.", font="R", align="J"),
        p("Sincerely,", font="R"), sp(12),
        lines("""Danielle Fourcand-Mejía
Assistant State Attorney, Economic Crimes Unit
(305) 555-0147 · daniellefourcand@miamisao.com""", font="R"),
        pb(),
    ]
    order = [
        p("IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT<br/>IN AND FOR MIAMI-DADE COUNTY, FLORIDA",
          font="R", bold=True, align="C"),
        p("CRIMINAL DIVISION", font="R", align="C"),
        tbl([[lines("STATE OF FLORIDA,\n        Plaintiff,\nv.\n\nYANELIS RODRÍGUEZ DE LA PAZ, and\n"
                    "WOODLEY “TI-WOOD” AUGUSTIN,\n        Defendants.", font="R", size=9.5),
              lines("CASE NO.: F24-019874\n\nSECTION: 21", font="R", size=9.5)]], [4.3, 2.7], head=False,
            grid=False),
        p("ORDER GRANTING STATE'S MOTION TO COMPEL PRODUCTION OF PUBLIC ASSISTANCE RECORDS", font="R", bold=True,
          align="C", before=8),
        p("THIS CAUSE came before the Court upon the State's Motion to Compel Production of Public Assistance Records, "
          "and the Court, having reviewed the motion, heard argument of counsel, and being otherwise fully advised, "
          "finds that the Defendants are charged with public assistance fraud, § 414.39, Fla. Stat., and grand theft, "
          "§ 812.014, Fla. Stat., that the records sought are relevant to those charges, and that disclosure of the "
          "records is authorized by court order under section 414.295, Florida Statutes. It is therefore",
          font="R", align="J"),
        p("ORDERED AND ADJUDGED:", font="R", bold=True),
        p("1. The Florida Department of Children and Families shall produce to the Office of the State Attorney, within "
          "twenty (20) days of service of this Order, all applications, recertifications and interview notes for SNAP, "
          "Temporary Cash Assistance and Medicaid, together with benefit issuance histories and reported household "
          "addresses, from January 1, 2021 to the present, for Defendant YANELIS RODRÍGUEZ DE LA PAZ (DOB: 21 Aug "
          "1985) and Defendant WOODLEY AUGUSTIN (DOB: 13 Mar 1982).", font="R", align="J"),
        p("2. The Department shall redact information concerning the minor children residing in the household and "
          "concerning the co-applicant's mother, Odalys de la Paz Ferrer, who is not a party to this action.",
          font="R", align="J"),
        p("3. The records shall be disclosed only to counsel of record and shall not be further disseminated except "
          "as necessary for this prosecution.", font="R", align="J"),
        p("DONE AND ORDERED in Chambers at Miami, Miami-Dade County, Florida, this 9th day of May, 2025.", font="R",
          before=4),
        sp(10),
        lines("""<i>Leopoldo Arriaga-Benítez</i>
__________________________________
LEOPOLDO ARRIAGA-BENÍTEZ
CIRCUIT JUDGE""", font="R", indent=250),
        sp(8),
        p("Copies furnished to:<br/>ASA Danielle Fourcand-Mejía, Office of the State Attorney<br/>"
          "Alberto Quintana, Esq., counsel for Defendant Rodríguez de la Paz<br/>"
          "Marie-Ange Théodore, Esq., counsel for Defendant Augustin<br/>"
          "DCF Office of General Counsel", font="R", size=8.5),
    ]
    pdf = build_pdf(cover + order, font="R")
    save("bj32", "pdf", pdf, label(
        "bj32", "born_digital", "Florida state attorney cover + circuit court order compelling DCF records, 2 defendants",
        "district-attorney", "Office of the State Attorney, Eleventh Judicial Circuit of Florida",
        "Danielle Fourcand-Mejía", "Assistant State Attorney", "daniellefourcand@miamisao.com", "(305) 555-0147",
        [("Yanelis Rodríguez de la Paz", "1985-08-21", []), ("Woodley Augustin", "1982-03-13", [])],
        ["FS 414.39", "FS 812.014", "FS 414.295"], "court_order", None, True, "criminal_investigation",
        ["benefits", "address"], "mail"))


# ----------------------------------------------------------------- main
def main():
    random.seed(SEED)
    for fn in DOCS:
        fn()
    print("wrote %d documents to %s" % (len(DOCS), OUT))


if __name__ == "__main__":
    main()
