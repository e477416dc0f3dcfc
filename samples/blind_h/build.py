"""Build the blind-h sample set (32 request documents + labels).

Independent author; deterministic (fixed seeds, reportlab invariant mode, fixed email headers).
Run:  /work/main/.venv/bin/python samples/blind_h/build.py
"""
import io, json, os, re, subprocess, sys, tempfile, glob
from email.message import EmailMessage
from email import policy
from email.utils import formataddr

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Preformatted, Flowable, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
for name, f in [("Serif", "DejaVuSerif"), ("Serif-B", "DejaVuSerif-Bold"), ("Serif-I", "DejaVuSerif-Italic"),
                ("Serif-BI", "DejaVuSerif-BoldItalic"), ("Sans", "DejaVuSans"), ("Sans-B", "DejaVuSans-Bold"),
                ("Sans-I", "DejaVuSans-Oblique"), ("Sans-BI", "DejaVuSans-BoldOblique"),
                ("Mono", "DejaVuSansMono"), ("Mono-B", "DejaVuSansMono-Bold"), ("Mono-I", "DejaVuSansMono-Oblique"),
                ("Mono-BI", "DejaVuSansMono-BoldOblique"), ("Cond", "DejaVuSansCondensed"),
                ("Cond-B", "DejaVuSansCondensed-Bold"), ("Cond-I", "DejaVuSansCondensed-Oblique"),
                ("Cond-BI", "DejaVuSansCondensed-BoldOblique")]:
    pdfmetrics.registerFont(TTFont(name, FD + f + ".ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
for fam in ["Serif", "Sans", "Mono", "Cond"]:
    registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-BI")

# ----------------------------------------------------------------------------------------------
# tiny markup -> reportlab flowables
# ----------------------------------------------------------------------------------------------

def mk(text):
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t, flags=re.S)
    t = re.sub(r"__(.+?)__", r"<i>\1</i>", t, flags=re.S)
    t = t.replace("☐", '<font name="Sans">☐</font>').replace("☒", '<font name="Sans">☒</font>')
    t = t.replace("\n", "<br/>")
    return t


class Seal(Flowable):
    def __init__(self, text, size=54):
        super().__init__(); self.text = text; self.size = size
        self.width = size; self.height = size
    def draw(self):
        c = self.canv; r = self.size / 2
        c.setLineWidth(1.4); c.circle(r, r, r - 1); c.setLineWidth(0.6); c.circle(r, r, r - 5)
        c.setFont("Sans-B", 9); c.drawCentredString(r, r - 3, self.text)


class Sig(Flowable):
    """hand-ish signature: italic text with a slight slant and a rule under it"""
    def __init__(self, text, width=220, font="Serif-BI", size=15):
        super().__init__(); self.text = text; self.w = width; self.font = font; self.size = size
        self.width = width; self.height = size + 8
    def draw(self):
        c = self.canv
        c.saveState(); c.translate(6, 7); c.skew(0, 12)
        c.setFont(self.font, self.size); c.setFillColor(colors.HexColor("#1a2a6c"))
        c.drawString(0, 0, self.text); c.restoreState()
        c.setLineWidth(0.5); c.line(0, 3, self.w, 3)


def build_pdf(path, blocks, font="Serif", size=10.5, footer=None, header=None, margins=0.9):
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.32, alignment=TA_JUSTIFY,
                            spaceAfter=size * 0.6),
        "pl": ParagraphStyle("pl", fontName=font, fontSize=size, leading=size * 1.28, alignment=TA_LEFT,
                             spaceAfter=size * 0.5),
        "h": ParagraphStyle("h", fontName=font + "-B", fontSize=size + 3, leading=(size + 3) * 1.25,
                            alignment=TA_CENTER, spaceAfter=6, spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=font + "-B", fontSize=size + 0.5, leading=(size + 1) * 1.25,
                             alignment=TA_CENTER, spaceAfter=4),
        "c": ParagraphStyle("c", fontName=font, fontSize=size, leading=size * 1.25, alignment=TA_CENTER),
        "r": ParagraphStyle("r", fontName=font, fontSize=size, leading=size * 1.25, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2.5, leading=(size - 2.5) * 1.25,
                                alignment=TA_JUSTIFY, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cellb": ParagraphStyle("cellb", fontName=font + "-B", fontSize=size - 1, leading=(size - 1) * 1.2),
        "lh1": ParagraphStyle("lh1", fontName=font + "-B", fontSize=size + 3.5, leading=(size + 3.5) * 1.2,
                              alignment=TA_CENTER),
        "lh2": ParagraphStyle("lh2", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25,
                              alignment=TA_CENTER),
        "lhl1": ParagraphStyle("lhl1", fontName=font + "-B", fontSize=size + 2.5, leading=(size + 2.5) * 1.2),
        "lhl2": ParagraphStyle("lhl2", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
    }
    fl = []
    for b in blocks:
        k = b[0]
        if k in ("p", "pl", "h", "h2", "c", "r", "small"):
            fl.append(Paragraph(mk(b[1]), st[k]))
        elif k == "lh":  # centered letterhead
            lines = b[1]
            fl.append(Paragraph(mk(lines[0]), st["lh1"]))
            for ln in lines[1:]:
                fl.append(Paragraph(mk(ln), st["lh2"]))
            fl.append(Spacer(1, 4)); fl.append(HR()); fl.append(Spacer(1, 8))
        elif k == "lhs":  # seal + left letterhead
            seal, lines = b[1], b[2]
            inner = [Paragraph(mk(lines[0]), st["lhl1"])] + [Paragraph(mk(x), st["lhl2"]) for x in lines[1:]]
            t = Table([[Seal(seal), inner]], colWidths=[66, 400])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            fl.append(t); fl.append(Spacer(1, 4)); fl.append(HR()); fl.append(Spacer(1, 8))
        elif k == "pre":
            fl.append(Preformatted(b[1], ParagraphStyle("pre", fontName="Mono", fontSize=b[2] if len(b) > 2 else size - 1.5,
                                                        leading=(b[2] if len(b) > 2 else size - 1.5) * 1.3)))
        elif k in ("table", "grid"):
            rows, widths = b[1], b[2]
            data = []
            for i, row in enumerate(rows):
                sty = st["cellb"] if (k == "table" and i == 0) else st["cell"]
                data.append([Paragraph(mk(c), sty) if isinstance(c, str) else c for c in row])
            t = Table(data, colWidths=widths, repeatRows=1 if k == "table" else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if k == "table":
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
            if len(b) > 3:
                ts += b[3]
            t.setStyle(TableStyle(ts)); fl.append(t); fl.append(Spacer(1, 8))
        elif k == "box":
            t = Table([[Paragraph(mk(b[1]), st["pl"])]], colWidths=[b[2] if len(b) > 2 else 468])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
            fl.append(t); fl.append(Spacer(1, 8))
        elif k == "sp":
            fl.append(Spacer(1, b[1]))
        elif k == "hr":
            fl.append(HR())
        elif k == "pb":
            fl.append(PageBreak())
        elif k == "sig":
            fl.append(Sig(b[1], *(b[2:] if len(b) > 2 else ())))
        elif k == "flow":
            fl.append(b[1])
        else:
            raise ValueError(k)

    def on_page(c, d):
        c.saveState()
        if footer:
            c.setFont(font, 7.5)
            l, r = footer if isinstance(footer, tuple) else (footer, "")
            c.drawString(margins * inch, 0.5 * inch, l)
            c.drawRightString(letter[0] - margins * inch, 0.5 * inch, r.replace("{p}", str(d.page)))
        if header:
            c.setFont(font + "-B", 8)
            c.drawCentredString(letter[0] / 2, letter[1] - 0.45 * inch, header)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=margins * inch, rightMargin=margins * inch,
                            topMargin=0.75 * inch, bottomMargin=0.8 * inch, title="", author="", subject="",
                            creator="", producer="")
    doc.build(fl, onFirstPage=on_page, onLaterPages=on_page)


class HR(Flowable):
    def __init__(self, w=None, thick=0.8):
        super().__init__(); self.thick = thick; self.height = 2
    def wrap(self, aw, ah):
        self.width = aw; return aw, 2
    def draw(self):
        self.canv.setLineWidth(self.thick); self.canv.line(0, 1, self.width, 1)


def pdf_bytes(blocks, **kw):
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "x.pdf"); build_pdf(p, blocks, **kw)
        return open(p, "rb").read()

# ----------------------------------------------------------------------------------------------
# raster degradations
# ----------------------------------------------------------------------------------------------

def rasterize(pdfdata, dpi):
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "x.pdf"); open(p, "wb").write(pdfdata)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, os.path.join(td, "pg")], check=True)
        pages = sorted(glob.glob(os.path.join(td, "pg*.png")))
        return [Image.open(x).copy() for x in pages]


def scan_page(img, rng, angle, turn=0, bg=232, noise=9, blur=0.6):
    img = img.convert("L")
    a = np.asarray(img).astype(np.float32)
    # paper grey + slightly uneven illumination
    h, w = a.shape
    grad = np.linspace(0, 1, w)[None, :] * rng.uniform(-10, 10) + np.linspace(0, 1, h)[:, None] * rng.uniform(-8, 8)
    a = a * (bg / 255.0) + grad
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=int(bg - 25))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    a += rng.normal(0, noise, a.shape)
    # specks
    n = int(a.size * 0.00015)
    ys = rng.integers(0, a.shape[0], n); xs = rng.integers(0, a.shape[1], n)
    a[ys, xs] = rng.uniform(20, 90, n)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if turn:
        img = img.rotate(turn, expand=True)
    # JPEG artifacts
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=int(rng.integers(38, 55))); buf.seek(0)
    return Image.open(buf).convert("L")


def save_scanned_pdf(path, pdfdata, dpi, seed, turns=None, angles=None):
    rng = np.random.default_rng(seed)
    pages = rasterize(pdfdata, dpi)
    out = []
    for i, pg in enumerate(pages):
        ang = angles[i] if angles else float(rng.uniform(-1.8, 1.8))
        t = (turns or {}).get(i, 0)
        out.append(scan_page(pg, rng, ang, t))
    import datetime
    fixed = __import__("time").gmtime(1746100800)
    out[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=out[1:], quality=50,
                creationDate=fixed, modDate=fixed, producer="", title="")


def fax_font(sz):
    return ImageFont.truetype(FD + "DejaVuSansMono.ttf", sz)


def save_fax_tiff(path, pdfdata, seed, header_fn, angle_range=0.7):
    rng = np.random.default_rng(seed)
    pages = rasterize(pdfdata, 200)
    out = []
    n = len(pages)
    for i, pg in enumerate(pages):
        pg = pg.convert("L")
        pg = pg.rotate(float(rng.uniform(-angle_range, angle_range)), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(pg)
        d.rectangle([0, 0, pg.width, 44], fill=255)
        d.text((40, 12), header_fn(i + 1, n), font=fax_font(24), fill=0)
        a = np.asarray(pg).astype(np.float32)
        a += rng.normal(0, 22, a.shape)
        bw = (a > 150)
        # fax line dropouts + specks
        for _ in range(int(rng.integers(1, 4))):
            y = int(rng.integers(60, bw.shape[0] - 5)); bw[y:y + 1, :] = bw[y:y + 1, :] | (rng.random(bw.shape[1]) > 0.3)
        k = int(bw.size * 0.0002)
        bw[rng.integers(0, bw.shape[0], k), rng.integers(0, bw.shape[1], k)] = False
        im = Image.fromarray((bw * 255).astype(np.uint8)).convert("1", dither=Image.Dither.NONE)
        out.append(im)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])

# ----------------------------------------------------------------------------------------------
# email helpers
# ----------------------------------------------------------------------------------------------

def fix_boundaries(msg, tag):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("==_bh_%s_%02d_boundary_7f3a9c" % (tag, i))


def write_eml(path, msg, tag):
    fix_boundaries(msg, tag)
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))

# ----------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def label(id_, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel):
    rec = {
        "id": id_, "family": "blind-h", "format": fmt, "template": template,
        "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], req)),
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": x} for x in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }
    with open(os.path.join(OUT, id_ + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2); f.write("\n")


DOCS = []
def doc(fn):
    DOCS.append(fn); return fn

# ==============================================================================================
# bh01 — FBI letter, subjects in a table with alias column (born digital, no process)
# ==============================================================================================
@doc
def bh01():
    b = [
        ("lhs", "FBI", ["U.S. Department of Justice", "Federal Bureau of Investigation",
                        "Denver Field Office", "8000 East 36th Avenue, Denver, Colorado 80238"]),
        ("pl", "In Reply, Please Refer to\nFile No. 91A-DN-3381207"),
        ("r", "February 11, 2025"),
        ("sp", 6),
        ("pl", "**VIA ELECTRONIC MAIL** (dmv.lerecords@state.co.us)"),
        ("pl", "Colorado Department of Revenue\nDivision of Motor Vehicles\nLaw Enforcement Records Unit\n"
               "1881 Pierce Street\nLakewood, Colorado 80214"),
        ("pl", "**Re: Request for Driver License / Identification Card Records**"),
        ("p", "Dear Records Custodian:"),
        ("p", "The Federal Bureau of Investigation (FBI), Denver Field Office, Violent Crimes Task Force, is "
              "conducting an active criminal investigation into a series of armed robberies of convenience "
              "stores along Martin Luther King Jr. Blvd and East Colfax Avenue in Denver and Aurora between "
              "October 2024 and January 2025. The robberies are being investigated as violations of Title 18, "
              "United States Code, Section 1951 (Interference with Commerce by Robbery) and Section 924(c) "
              "(Use of a Firearm During a Crime of Violence)."),
        ("p", "One of the affected businesses, the Quik-Stop Market owned by Harjit Singh Bains, has provided "
              "surveillance video. Investigators have developed the following individuals as suspects, and we "
              "respectfully request the records described below for each of them:"),
        ("table", [["Last Name, First Middle", "Date of Birth", "CO DL / ID No.", "Alias / AKA"],
                   ["NÚÑEZ DE ARCO, Joaquín Esteban", "07/14/1991", "15-204-7781", "\u201cKino\u201d"],
                   ["TRAN, Minh Duc", "11/02/1988", "09-118-3364", "Danny TRAN"],
                   ["KOWALCZYK, Paweł", "02/23/1979", "unknown", "Paul KOWALCZYK"]],
         [150, 78, 92, 140]),
        ("p", "For each individual, please provide (1) all current and prior residential and mailing addresses "
              "on file; (2) the most recent digital photograph (and any prior photographs); and (3) a listing "
              "of all vehicles currently or previously registered in the individual\u2019s name."),
        ("p", "This request is made for use by a law enforcement agency in carrying out its functions, as "
              "permitted by 18 U.S.C. § 2721(b)(1). We understand that C.R.S. § 24-74-103 permits the "
              "Department to share personal identifying information in connection with an active criminal "
              "investigation, and we certify that the information will not be used for civil immigration "
              "enforcement. We also understand that driver records are released under § 42-1-206, C.R.S."),
        ("p", "Please return responsive records by reply e-mail to the undersigned. Should you have any "
              "questions, I can be reached at (303) 555-0147 or rmoyelaran@fbi.gov."),
        ("pl", "Sincerely,"),
        ("sig", "Rachel M. Oyelaran"),
        ("pl", "Rachel M. Oyelaran\nSpecial Agent\nViolent Crimes Task Force, Squad C-4\nFBI Denver"),
        ("sp", 8),
        ("pl", "Approved: SSA Dana Whitcomb\ncc: TFO Marcus Lindgren, Aurora Police Department (case agent)"),
    ]
    build_pdf(os.path.join(OUT, "bh01.pdf"), b, font="Serif", size=10.5,
              footer=("UNCLASSIFIED // LAW ENFORCEMENT SENSITIVE", "Page {p}"))
    label("bh01", "born_digital", "FBI field office letter, suspects in a 4-column table with alias column",
          ["doj-fbi", "Federal Bureau of Investigation, Denver Field Office", "Rachel M. Oyelaran", "Special Agent",
           "rmoyelaran@fbi.gov", "(303) 555-0147"],
          [("Joaquín Esteban Núñez de Arco", "1991-07-14", [("license", "152047781")]),
           ("Minh Duc Tran", "1988-11-02", [("license", "091183364")]),
           ("Paweł Kowalczyk", "1979-02-23", [])],
          ["18 USC 1951", "18 USC 924", "18 USC 2721", "CRS 24-74-103", "CRS 42-1-206"],
          "none", None, False, "criminal_investigation", ["address", "photo", "vehicle"], "email")

# ==============================================================================================
# bh02 — ERO deportation officer, informal plain-text email
# ==============================================================================================
@doc
def bh02():
    m = EmailMessage()
    m["From"] = formataddr(("Halvorsen, Brandon T", "Brandon.T.Halvorsen@ice.dhs.gov"))
    m["To"] = "dmv.lerecords@state.co.us"
    m["Subject"] = "records check - WARSAME"
    m["Date"] = "Tue, 04 Mar 2025 08:17:52 -0700"
    m["Message-ID"] = "<BY5PR09MB4471A2C9E1@BY5PR09MB4471.namprd09.prod.outlook.com>"
    m.set_content("""Good morning,

Hoping you can help me out with a records check. I'm trying to locate the
following individual:

   WARSAME, Abdirahman Yusuf
   DOB: 03/19/1990
   A# 209-446-117
   Possible CO ID card issued 2019

Looking for the most recent address on file, any vehicles registered to
him, and the photo if you are able to send it. He was previously married
to Hodan Ali Jama -- no need to run her, she is not part of this. Last
known address was off Sable Blvd in Aurora but he moved out of there
sometime in 2023.

This request is made under 8 U.S.C. 1357 for official use.

Thanks in advance,

Brandon Halvorsen
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Denver Field Office
Centennial, CO
Office: 720-555-0132
Cell: 720-555-0181
""")
    write_eml(os.path.join(OUT, "bh02.eml"), m, "02")
    label("bh02", "eml", "ERO officer informal plain-text email, one subject with A-number, ex-spouse mentioned",
          ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
           "Brandon Halvorsen", "Deportation Officer", "Brandon.T.Halvorsen@ice.dhs.gov", "720-555-0132"],
          [("Abdirahman Yusuf Warsame", "1990-03-19", [("a_number", "A209446117")])],
          ["8 USC 1357"], "none", None, False, "civil_immigration", ["address", "vehicle", "photo"], "email")

# ==============================================================================================
# bh03 — ERO cover letter + I-200 (scanned; I-200 page upside down)
# ==============================================================================================
I200_BOXES = [
    "☐ the execution of a charging document to initiate removal proceedings against the subject;",
    "☒ the pendency of ongoing removal proceedings against the subject;",
    "☐ the failure to establish admissibility subsequent to deferred inspection;",
    "☐ biometric confirmation of the subject\u2019s identity and a records check of federal databases that "
    "affirmatively indicate, by themselves or in addition to other reliable information, that the subject "
    "either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or",
    "☐ statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that "
    "affirmatively indicate the subject either lacks immigration status or notwithstanding such status is "
    "removable under U.S. immigration law.",
]

@doc
def bh03():
    b = [
        ("lh", ["U.S. Department of Homeland Security", "U.S. Immigration and Customs Enforcement",
                "Enforcement and Removal Operations \u2013 Salt Lake City Field Office",
                "2975 Decker Lake Drive, West Valley City, Utah 84119"]),
        ("r", "17 January 2025"),
        ("pl", "Utah Department of Public Safety\nDriver License Division \u2013 Records Section\n"
               "4501 South 2700 West\nSalt Lake City, UT 84129"),
        ("pl", "**RE: Request for Information \u2013 GÓMEZ-IBÁÑEZ, Rigoberto (A215 338 904)**"),
        ("p", "To Whom It May Concern:"),
        ("p", "U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), is "
              "seeking to locate and arrest the above-named alien, who is the subject of a Warrant for Arrest "
              "of Alien (Form I-200), a copy of which is enclosed. Mr. Gómez-Ibáñez, date of birth May 30, "
              "1985, previously held Utah driver license number 170448215."),
        ("p", "ERO respectfully requests the subject\u2019s current residential address, mailing address, and "
              "most recent photograph on file. The subject\u2019s former employer, Sandoval Roofing of Ogden, and "
              "his former landlord, Mr. Keith Ashby, have been unable to provide a current address."),
        ("p", "This request is made pursuant to the authority of 8 U.S.C. § 1357(a). Please direct any "
              "response or questions to the undersigned at (801) 555-0163 or lucia.valdespino@ice.dhs.gov."),
        ("pl", "Respectfully,"),
        ("sig", "L. Valdespino"),
        ("pl", "Lucía Valdespino\nSupervisory Detention and Deportation Officer\nSalt Lake City Field Office"),
        ("pl", "Enclosure: Form I-200"),
        ("pb",),
        ("pl", "U.S. DEPARTMENT OF HOMELAND SECURITY"),
        ("h", "WARRANT FOR ARREST OF ALIEN"),
        ("grid", [["File No. A215 338 904", "Date: 01/09/2025"]], [234, 234]),
        ("p", "To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
              "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of "
              "arrest for immigration violations"),
        ("p", "I have determined that there is probable cause to believe that **Rigoberto GÓMEZ-IBÁÑEZ** is "
              "removable from the United States. This determination is based upon:"),
    ] + [("pl", x) for x in I200_BOXES] + [
        ("p", "YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration "
              "and Nationality Act, the above-named alien."),
        ("sp", 10),
        ("sig", "Marcus J. Feld", 230),
        ("pl", "(Signature of Authorized Immigration Officer)\nMarcus J. Feld, Assistant Field Office Director\n"
               "(Printed Name and Title of Authorized Immigration Officer)"),
        ("sp", 8), ("hr",),
        ("h2", "Certificate of Service"),
        ("p", "I hereby certify that the Warrant for Arrest of Alien was served by me at ______________ "
              "(Location) on ______________________ (Name of Alien) on __________ (Date of Service), and the "
              "contents of this notice were read to him or her in the ______________ (Language) language."),
        ("pl", "_____________________________          _____________________________\n"
               "Name and Signature of Officer                  Name or Number of Interpreter (if applicable)"),
    ]
    pdf = pdf_bytes(b, font="Serif", size=10.5, footer=("", "Form I-200 (Rev. 09/16)"))
    save_scanned_pdf(os.path.join(OUT, "bh03.pdf"), pdf, 200, seed=303, turns={1: 180})
    label("bh03", "scanned", "ERO cover letter with Form I-200 enclosed; scan, second page upside down",
          ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations \u2013 Salt Lake City Field Office",
           "Lucía Valdespino", "Supervisory Detention and Deportation Officer", "lucia.valdespino@ice.dhs.gov",
           "(801) 555-0163"],
          [("Rigoberto Gómez-Ibáñez", "1985-05-30", [("a_number", "A215338904"), ("license", "170448215")])],
          ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"],
          "administrative_warrant", "I-200", True, "civil_immigration", ["address", "photo"], "mail")
# ==============================================================================================
# bh04 — fax: ICE fax cover + I-247A detainer to state DOC
# ==============================================================================================
@doc
def bh04():
    b = [
        ("h", "FAX TRANSMITTAL"),
        ("c", "U.S. Immigration and Customs Enforcement \u2022 ERO Denver \u2022 Criminal Alien Program"),
        ("c", "12445 E. Caley Avenue, Centennial, CO 80111"),
        ("sp", 10),
        ("grid", [["TO:", "Colorado Department of Corrections \u2013 Offender Records / Time Computation"],
                  ["FAX:", "(719) 555-0119"],
                  ["FROM:", "Aliyu Bello, Deportation Officer"],
                  ["PHONE / FAX:", "(303) 555-0172  /  (303) 555-0173"],
                  ["E-MAIL:", "aliyu.bello@ice.dhs.gov"],
                  ["DATE:", "02/20/2025"],
                  ["PAGES:", "3 (including cover)"],
                  ["RE:", "Immigration Detainer \u2013 ĐẶNG, Văn Hùng \u2013 CDOC #187442"]], [90, 378]),
        ("p", "Please lodge the attached Immigration Detainer (Form I-247A) against the above inmate, currently "
              "housed at Sterling Correctional Facility. Please notify ICE at least 48 hours prior to release. "
              "Also, please fax back the inmate\u2019s projected release/parole eligibility date, face sheet, "
              "and most recent booking photograph."),
        ("sp", 20),
        ("box", "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain information that is "
                "law enforcement sensitive and may be protected by the Privacy Act, 5 U.S.C. § 552a. If you "
                "have received this fax in error, please notify the sender immediately and destroy the documents."),
        ("pb",),
        ("pl", "DEPARTMENT OF HOMELAND SECURITY"),
        ("h", "IMMIGRATION DETAINER \u2013 NOTICE OF ACTION"),
        ("grid", [["Subject ID: 389112047", "Event #: DEN2502000318"],
                  ["File No: A098 765 412", "Date: February 20, 2025"]], [234, 234]),
        ("grid", [["TO: (Name and Title of Institution \u2013 OR Any Subsequent Law Enforcement Agency)\n"
                   "Colorado Department of Corrections\nSterling Correctional Facility, Sterling, CO",
                   "FROM: (Department of Homeland Security Office Address)\nICE ERO Denver Field Office\n"
                   "12445 E. Caley Ave., Centennial, CO 80111"]], [234, 234]),
        ("grid", [["Name of Alien: ĐẶNG, Văn Hùng", "Date of Birth: 08/05/1979", "Nationality: VIETNAM", "Sex: M"]],
         [180, 110, 110, 68]),
        ("pl", "**1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
               "DETERMINATION IS BASED ON** (complete box 1 or 2)."),
        ("pl", "☒ A final order of removal against the alien;\n"
               "☐ The pendency of ongoing removal proceedings against the alien;\n"
               "☐ Biometric confirmation of the alien\u2019s identity and a records check of federal databases "
               "that affirmatively indicate, by themselves or in addition to other reliable information, that "
               "the alien either lacks immigration status or notwithstanding such status is removable under "
               "U.S. immigration law; and/or\n"
               "☐ Statements made by the alien to an immigration officer and/or other reliable evidence that "
               "affirmatively indicate the alien either lacks immigration status or notwithstanding such status "
               "is removable under U.S. immigration law."),
        ("pl", "**2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION** (complete box "
               "1 or 2).  ☐ Upon completion of the proceeding or investigation for which the alien was "
               "transferred to your custody, DHS intends to resume custody of the alien to complete processing "
               "and/or make an admissibility determination."),
        ("pl", "**IT IS THEREFORE REQUESTED THAT YOU:**"),
        ("pl", "\u2022 Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is "
               "released from your custody. Please notify DHS by calling ☒ U.S. Immigration and Customs "
               "Enforcement (ICE) or ☐ U.S. Customs and Border Protection (CBP) at (303) 555-0172. If you cannot "
               "reach an official at the number(s) provided, please contact the Law Enforcement Support Center "
               "at: (802) 555-0100.\n"
               "\u2022 Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when "
               "he/she would otherwise have been released from your custody to allow DHS to assume custody. The "
               "alien must be served with a copy of this form for the detainer to take effect.\n"
               "\u2022 Relay this detainer to any other law enforcement agency to which you transfer custody of "
               "the alien.\n"
               "\u2022 Notify this office in the event of the alien\u2019s death, hospital admission, or transfer "
               "to another institution."),
        ("pl", "☐ If checked: please cancel the detainer related to this alien previously submitted to you on "
               "________ (date)."),
        ("grid", [["Aliyu Bello, Deportation Officer\n(Name and title of Immigration Officer)",
                   Sig("A. Bello", 200, "Sans-I", 13)]], [234, 234]),
        ("small", "Notice: If the alien may be the victim of a crime or you want the alien to remain in the "
                  "United States for prosecution or other law enforcement purposes, including acting as a "
                  "witness, please notify the ICE Law Enforcement Support Center at (802) 555-0100."),
        ("pb",),
        ("h2", "TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN"),
        ("pl", "Date of latest criminal charge/conviction: ____________   Last offense charged/conviction: "
               "________________________\nEstimated release date/time: ____________________"),
        ("pl", "This form was served upon the alien on ____________, in the following manner:\n"
               "☐ in person   ☐ by inmate mail delivery   ☐ other (please specify): ______________________"),
        ("pl", "________________________________________      ____________________________________\n"
               "(Name and title of Officer)                                  (Signature of Officer)"),
        ("hr",),
        ("h2", "NOTICE TO THE DETAINEE"),
        ("p", "The Department of Homeland Security (DHS) has placed an immigration detainer on you. An "
              "immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends "
              "to assume custody of you after you otherwise would be released from custody. DHS has requested "
              "that the law enforcement agency which is currently detaining you maintain custody of you for a "
              "period not to exceed 48 hours beyond the time when you would otherwise have been released."),
        ("p", "This detainer arises from DHS authorities and should not impact decisions about your bail, "
              "rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, "
              "or other matters."),
        ("small", "Authority: Sections 236 and 287 of the Immigration and Nationality Act (8 U.S.C. §§ 1226 and "
                  "1357) and 8 C.F.R. § 287.7."),
    ]
    pdf = pdf_bytes(b, font="Sans", size=9.5, footer=("DHS Form I-247A (3/17)", "Page {p}"))
    save_fax_tiff(os.path.join(OUT, "bh04.tif"), pdf, 404,
                  lambda p, n: "02/20/2025 14:06   ICE ERO DENVER CAP   3035550173   P.%03d/%03d" % (p, n))
    label("bh04", "fax", "ICE fax cover sheet + Form I-247A detainer to state prison",
          ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, ERO Denver, Criminal Alien Program",
           "Aliyu Bello", "Deportation Officer", "aliyu.bello@ice.dhs.gov", "(303) 555-0172"],
          [("Văn Hùng Đặng", "1979-08-05", [("a_number", "A098765412"), ("other", "187442")])],
          ["5 USC 552a", "INA 236", "INA 287", "8 USC 1226", "8 USC 1357", "8 CFR 287.7"],
          "detainer", "I-247A", True, "civil_immigration", ["other", "photo"], "fax")

# ==============================================================================================
# bh05 — txt: web-portal submission from municipal police to labor department
# ==============================================================================================
@doc
def bh05():
    t = """=====================================================================
COLORADO DEPARTMENT OF LABOR AND EMPLOYMENT
Law Enforcement Information Request - Online Submission
Submission ID: LE-2025-000417        Received: 2025-03-03 09:41:17 MST
=====================================================================

Requesting Agency ........: Fort Morgan Police Department
Agency ORI ...............: CO0440100
Requesting Officer .......: Det. Sgt. Kenneth R. Albright
Badge/ID .................: 3112
Title ....................: Detective Sergeant, Investigations Unit
Phone ....................: (970) 555-0126
Email ....................: kalbright@fortmorganpd.us
Case/Report Number .......: FMPD 25-001873
Nature of Investigation ..: Theft (C.R.S. 18-4-401) - employee theft
Active criminal investigation? ......... [X] Yes  [ ] No
Related to immigration enforcement? .... [ ] Yes  [X] No

---------------------------------------------------------------------
SUBJECT INFORMATION
---------------------------------------------------------------------
Last Name ................: Olmedo Sáenz
First Name ...............: Héctor
Middle ...................: Iván
DOB (MM/DD/YYYY) .........: 10/27/1994
SSN (last 4 only) ........: 0932
Other names used .........: Hector Olmedo

---------------------------------------------------------------------
RECORDS REQUESTED (check all that apply)
---------------------------------------------------------------------
[X] Wage / earnings records (last 8 quarters)
[X] Employer(s) of record
[ ] Unemployment insurance claim history
[X] Address of record
[ ] Other: ____________________

Narrative / Justification:
Between August and December 2024 the subject worked as a crew lead for
Ruiz Lawn Care LLC (owner Arturo Ruiz, the complainant) and is alleged
to have sold approximately $14,000 of company equipment. Subject has since
left the area. Requesting wage records to identify his current employer
so that he can be located and interviewed. Witness Denise Kowalski
(former office manager) has given a written statement; no records are
requested for her.

Certification:
I certify that this request is made in connection with an active
criminal investigation, that the information will be used only for that
purpose and not for civil immigration enforcement, in accordance with
C.R.S. 24-74-103 and 8-72-107.

Electronic signature: /s/ Kenneth R. Albright       Date: 03/03/2025
---------------------------------------------------------------------
This submission was generated by the CDLE online portal. Do not reply.
"""
    open(os.path.join(OUT, "bh05.txt"), "w", encoding="utf-8").write(t)
    label("bh05", "txt", "labor-department web portal submission from municipal police, dotted-leader fields",
          ["local-police", "Fort Morgan Police Department", "Kenneth R. Albright", "Detective Sergeant, Investigations Unit",
           "kalbright@fortmorganpd.us", "(970) 555-0126"],
          [("Héctor Iván Olmedo Sáenz", "1994-10-27", [("ssn_last4", "0932")])],
          ["CRS 18-4-401", "CRS 24-74-103", "CRS 8-72-107"],
          "none", None, False, "criminal_investigation", ["wages", "employment", "address"], "email")
# ==============================================================================================
# bh06 — AUSA email + attached AO 110 grand jury subpoena (PDF) with Attachment A numbered list
# ==============================================================================================
@doc
def bh06():
    ao110 = [
        ("pl", "AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury"),
        ("sp", 6),
        ("h", "UNITED STATES DISTRICT COURT"),
        ("c", "for the"),
        ("c", "District of Colorado"),
        ("sp", 10),
        ("h", "SUBPOENA TO TESTIFY BEFORE A GRAND JURY"),
        ("grid", [["To:  Custodian of Records\n       Colorado Department of Labor and Employment\n"
                   "       633 17th Street, Suite 201, Denver, CO 80202"]], [468]),
        ("p", "YOU ARE COMMANDED to appear in this United States district court at the time, date, and place "
              "shown below to testify before the court\u2019s grand jury. When you arrive, you must remain at the "
              "court until the judge or a court officer allows you to leave."),
        ("grid", [["Place: Byron G. Rogers U.S. Courthouse\n1929 Stout Street\nDenver, CO 80294",
                   "Date and Time:\n04/08/2025 9:00 am\nGrand Jury Room 2"]], [300, 168]),
        ("p", "You must also bring with you the following documents, electronically stored information, or "
              "objects (__blank if not applicable__):"),
        ("pl", "**SEE ATTACHMENT A.**"),
        ("sp", 14),
        ("grid", [["Date: 03/10/2025", "CLERK OF COURT\n\n" , ],
                  ["", "/s/ T. Halloran\nSignature of Clerk or Deputy Clerk"]], [234, 234]),
        ("p", "The name, address, e-mail, and telephone number of the United States attorney, or assistant "
              "United States attorney, who requests this subpoena, are:"),
        ("pl", "Miriam Castellanos, Assistant United States Attorney\nUnited States Attorney\u2019s Office, "
               "District of Colorado\n1801 California Street, Suite 1600, Denver, CO 80202\n"
               "Miriam.Castellanos@usdoj.gov   (303) 555-0154"),
        ("pb",),
        ("h", "ATTACHMENT A"),
        ("c", "Grand Jury No. 24-GJ-0119 \u2013 Subpoena to the Colorado Department of Labor and Employment"),
        ("sp", 8),
        ("p", "Records pertaining to the following individuals for the period January 1, 2020 through the "
              "date of this subpoena:"),
        ("pl", "1.   Olena PETRENKO-BONDAR\n       Date of birth: September 12, 1983\n       SSN: XXX-XX-4471"),
        ("pl", "2.   Bohdan V. SHEVCHUK\n       also known as: Bogdan Shevchenko\n"
               "       Date of birth: January 30, 1976\n       SSN: XXX-XX-8026"),
        ("p", "Records to be produced:"),
        ("pl", "(a)  quarterly wage records reported for each individual by any employer;\n"
               "(b)  unemployment insurance claim files for each individual, including claimant applications, "
               "the internet protocol (IP) addresses used to file or certify claims, and bank account or debit "
               "card information on file;\n"
               "(c)  all addresses, telephone numbers and e-mail addresses on file for each individual."),
        ("p", "In lieu of appearance, the custodian may produce the records electronically to the requesting "
              "Assistant United States Attorney, together with a certification of authenticity. This subpoena "
              "is issued under Fed. R. Crim. P. 17(c)."),
    ]
    pdf = pdf_bytes(ao110, font="Serif", size=10.5)
    m = EmailMessage()
    m["From"] = formataddr(("Castellanos, Miriam (USACO)", "Miriam.Castellanos@usdoj.gov"))
    m["To"] = "cdle_subpoena_compliance@state.co.us"
    m["Cc"] = formataddr(("Lindqvist, Garrett (OIG)", "Lindqvist.Garrett@oig.dol.gov"))
    m["Subject"] = "Grand Jury Subpoena - CDLE - GJ No. 24-GJ-0119"
    m["Date"] = "Mon, 10 Mar 2025 15:22:09 +0000"
    m["Message-ID"] = "<SA1PR09MB80122F7C0B1@SA1PR09MB8012.namprd09.prod.outlook.com>"
    m.set_content("""Good afternoon,

Please find attached a federal grand jury subpoena directed to the Colorado
Department of Labor and Employment's custodian of records. The subpoena
seeks quarterly wage records and unemployment insurance claim files for the
two individuals listed in Attachment A.

Production may be made electronically to me in lieu of appearance. This
subpoena is issued in connection with an ongoing grand jury investigation
into possible violations of 18 U.S.C. §§ 1343 and 1349. Under Fed. R.
Crim. P. 6(e), grand jury matters are secret, and we ask that you not
disclose the existence of this subpoena to the individuals named.

For context, the employer of record for both individuals during 2021-2022
appears to have been Nguyen & Sons Trucking LLC of Commerce City; we are
not seeking the employer's own account records at this time.

Special Agent Garrett Lindqvist (DOL-OIG), copied here, is the case agent
and may follow up on logistics.

Thank you,

Miriam Castellanos
Assistant United States Attorney
U.S. Attorney's Office | District of Colorado
1801 California Street, Suite 1600
Denver, CO 80202
Tel. (303) 555-0154
""", charset="utf-8")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="GJ_24-0119_CDLE_subpoena.pdf")
    write_eml(os.path.join(OUT, "bh06.eml"), m, "06")
    label("bh06", "eml", "AUSA plain email with AO 110 grand jury subpoena PDF; subjects in numbered Attachment A",
          ["doj-usao", "U.S. Attorney's Office, District of Colorado", "Miriam Castellanos",
           "Assistant United States Attorney", "Miriam.Castellanos@usdoj.gov", "(303) 555-0154"],
          [("Olena Petrenko-Bondar", "1983-09-12", [("ssn_last4", "4471")]),
           ("Bohdan V. Shevchuk", "1976-01-30", [("ssn_last4", "8026")])],
          ["18 USC 1343", "18 USC 1349", "FRCrP 6", "FRCrP 17"],
          "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
          ["wages", "claims", "address", "phone", "email", "other"], "email")

# ==============================================================================================
# bh07 — DA cover letter + Colorado district court order (born digital)
# ==============================================================================================
@doc
def bh07():
    b = [
        ("lh", ["OFFICE OF THE DISTRICT ATTORNEY", "FOURTH JUDICIAL DISTRICT",
                "El Paso and Teller Counties", "105 East Vermijo Avenue \u2022 Colorado Springs, Colorado 80903 \u2022 (719) 555-0139"]),
        ("pl", "April 2, 2025"),
        ("pl", "**VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED**"),
        ("pl", "Custodian of Records\nColorado Department of Human Services\n1575 Sherman Street\nDenver, CO 80203"),
        ("pl", "Re:   __People v. Marisol de la Cruz Arreola__, El Paso County District Court Case No. 24CR4417"),
        ("p", "Dear Custodian:"),
        ("p", "Enclosed please find a copy of the Court\u2019s Order for Production of Records entered on March "
              "28, 2025 by the Honorable Patricia L. Oyama in the above-referenced matter. The Order directs "
              "the Department to produce Supplemental Nutrition Assistance Program (SNAP) and Colorado Works "
              "application and eligibility records for the Defendant."),
        ("p", "Please note that the Order does not extend to records of the Defendant\u2019s minor children, or to "
              "her former husband, Rogelio Arreola Vega, although his name appears as a household member on "
              "several of the applications. Investigator Ben Tsosie of the El Paso County Department of Human "
              "Services, Fraud Investigations Unit, referred this case and is a witness for the People."),
        ("p", "Kindly deliver the records to my attention within the fourteen days provided in the Order. If "
              "you have any questions, please call me at (719) 555-0139 or e-mail apwhitford@elpasoda.us."),
        ("pl", "Very truly yours,"),
        ("sig", "Alexandra Whitford-Nakamura"),
        ("pl", "Alexandra P. Whitford-Nakamura\nDeputy District Attorney, Economic Crime Unit"),
        ("pl", "Enclosure\ncc: Ben Tsosie, EPC DHS Fraud Investigations (w/o encl.)"),
        ("pb",),
        ("grid", [["DISTRICT COURT, EL PASO COUNTY, STATE OF COLORADO\nCourt Address: 270 S. Tejon Street\n"
                   "Colorado Springs, CO 80903\n\n**THE PEOPLE OF THE STATE OF COLORADO,**\n\nv.\n\n"
                   "Defendant: **MARISOL DE LA CRUZ ARREOLA**",
                   "\n\n\n\u25b2 COURT USE ONLY \u25b2\n\nCase Number: 24CR4417\n\nDivision: 10"]], [320, 148]),
        ("h", "ORDER FOR PRODUCTION OF RECORDS\n(Crim. P. 17(c))"),
        ("p", "THIS MATTER comes before the Court on the People\u2019s Motion for Order Compelling Production of "
              "Records from the Colorado Department of Human Services. The Defendant is charged with Theft, "
              "C.R.S. § 18-4-401(1)(a), and Public Assistance Fraud, C.R.S. § 26-1-127. The Court, having "
              "reviewed the Motion and the file and being fully advised, FINDS that the records sought are "
              "relevant and material to the charges, that they are not otherwise procurable reasonably in "
              "advance of trial, and that good cause exists for their production."),
        ("p", "IT IS THEREFORE ORDERED that the Custodian of Records of the Colorado Department of Human "
              "Services shall produce to the Office of the District Attorney for the Fourth Judicial District, "
              "within fourteen (14) days of service of this Order, the following records:"),
        ("pl", "1.  All applications, redeterminations and change reports for SNAP and Colorado Works benefits "
               "submitted by or on behalf of MARISOL DE LA CRUZ ARREOLA (DOB 1987-03-04), from January 1, 2021 "
               "to the present;\n"
               "2.  Benefit issuance histories for any case on which the Defendant is the head of household; and\n"
               "3.  All address records and household composition records for those cases."),
        ("p", "IT IS FURTHER ORDERED that the records shall be disclosed only to counsel of record and used "
              "solely for the purposes of this prosecution, consistent with C.R.S. § 26-1-114."),
        ("pl", "DATED: March 28, 2025"),
        ("pl", "BY THE COURT:"),
        ("sig", "Patricia L. Oyama"),
        ("pl", "Patricia L. Oyama\nDistrict Court Judge"),
    ]
    build_pdf(os.path.join(OUT, "bh07.pdf"), b, font="Serif", size=10.5)
    label("bh07", "born_digital", "DA cover letter enclosing Colorado district court production order (criminal case caption)",
          ["district-attorney", "Office of the District Attorney, Fourth Judicial District", "Alexandra P. Whitford-Nakamura",
           "Deputy District Attorney, Economic Crime Unit", "apwhitford@elpasoda.us", "(719) 555-0139"],
          [("Marisol de la Cruz Arreola", "1987-03-04", [])],
          ["CO CrimP 17", "CRS 18-4-401", "CRS 26-1-127", "CRS 26-1-114"],
          "court_order", None, True, "criminal_investigation", ["benefits", "address", "other"], "mail")
# ==============================================================================================
# bh08 — HSI HTML-only email with subject table (4 targets), cooperating landlord
# ==============================================================================================
@doc
def bh08():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Records Unit,</p>
<p>HSI Denver is investigating a human smuggling and money laundering organization operating out of a stash
house in San Juan County and a truck yard in Commerce City (8 U.S.C. &sect; 1324; 18 U.S.C. &sect; 1956).
I am requesting copies of driver license photographs, license histories, and addresses of record for the
four individuals below, who are targets of this investigation.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e1f2"><th>#</th><th>Name (Last, First Middle)</th><th>DOB</th><th>CO DL</th><th>Known aliases</th></tr>
<tr><td>1</td><td>L&Ecirc;, Thị Thu H&agrave;</td><td>4 Mar 1987</td><td>16-330-9021</td><td>&ldquo;Hanna Le&rdquo;</td></tr>
<tr><td>2</td><td>CABDI XASAN, Faadumo</td><td>1990-12-01</td><td>&mdash;</td><td>Fadumo Abdi Hassan</td></tr>
<tr><td>3</td><td>ORTIZ DE Z&Aacute;RATE, Ramiro</td><td>22 Jun 1982</td><td>03-771-2045</td><td>&ldquo;El G&uuml;ero&rdquo;</td></tr>
<tr><td>4</td><td>MARTIN, Luther James</td><td>Nov. 9, 1975</td><td>11-563-0088</td><td>(none)</td></tr>
</table>
<p>Please note that the Commerce City truck yard is leased from Gerald Van der Berg, who is cooperating with
the investigation and is <b>not</b> a target; please do not send records on him. Material witnesses in this
case are not named here.</p>
<p>This information is requested in furtherance of an active federal criminal investigation. It will not be
used for civil immigration enforcement purposes.</p>
<p>Thank you for your assistance,</p>
<p>SA Teodora Mladenović<br>
Special Agent<br>
Homeland Security Investigations &ndash; Office of the Special Agent in Charge, Denver<br>
Group 4 (Human Smuggling / Trafficking)<br>
Desk: 303-555-0177 &nbsp;|&nbsp; Cell: 720-555-0190<br>
teodora.mladenovic@ice.dhs.gov</p>
<p style="font-size:8pt;color:#666">LAW ENFORCEMENT SENSITIVE: This communication and any attachments may contain
information that is law enforcement sensitive. Do not disseminate outside your agency without the approval of
the originator.</p>
</body></html>"""
    m = EmailMessage()
    m["From"] = formataddr(("Mladenović, Teodora", "teodora.mladenovic@ice.dhs.gov"))
    m["To"] = "dmv.lerecords@state.co.us"
    m["Subject"] = "HSI Denver - request for DL photos / addresses (4 subjects)"
    m["Date"] = "Wed, 22 Jan 2025 10:48:31 -0700"
    m["Message-ID"] = "<DM6PR09MB55508E1A3D@DM6PR09MB5550.namprd09.prod.outlook.com>"
    m.set_content(html, subtype="html", charset="utf-8")
    write_eml(os.path.join(OUT, "bh08.eml"), m, "08")
    label("bh08", "eml", "HSI HTML-only email, 4 targets in HTML table with alias column; cooperating lessor named",
          ["dhs-ice-hsi", "Homeland Security Investigations \u2013 Office of the Special Agent in Charge, Denver",
           "Teodora Mladenović", "Special Agent", "teodora.mladenovic@ice.dhs.gov", "303-555-0177"],
          [("Thị Thu Hà Lê", "1987-03-04", [("license", "163309021")]),
           ("Faadumo Cabdi Xasan", "1990-12-01", []),
           ("Ramiro Ortiz de Zárate", "1982-06-22", [("license", "037712045")]),
           ("Luther James Martin", "1975-11-09", [("license", "115630088")])],
          ["8 USC 1324", "18 USC 1956"],
          "none", None, False, "criminal_investigation", ["photo", "license", "address"], "email")

# ==============================================================================================
# bh09 — scanned: El Paso PD cover note + Texas state search warrant (page turned 90)
# ==============================================================================================
@doc
def bh09():
    b = [
        ("lh", ["EL PASO POLICE DEPARTMENT", "Crimes Against Persons Division \u2013 Financial Crimes Unit",
                "911 N. Raynor Street \u2022 El Paso, Texas 79903"]),
        ("pl", "2025-02-18"),
        ("pl", "Texas Workforce Commission\nOpen Records / Subpoena Compliance\n101 East 15th Street\nAustin, Texas 78778"),
        ("p", "Enclosed is a search warrant signed by the Honorable Gloria E. Armendáriz, 384th District Court, "
              "for Texas Workforce Commission records of Ximena IBÁÑEZ VILLALOBOS (DOB June 11, 1992). The "
              "complainant in this case, Mrs. Evangelina Sotelo, reported that her identity was used to open "
              "accounts; no records regarding Mrs. Sotelo are requested by this warrant."),
        ("p", "Please return the responsive records, together with a business records affidavit, to the "
              "undersigned by mail or to ochoalindseyr@elpasotexas.gov."),
        ("pl", "Thank you,"),
        ("sig", "R. Ochoa-Lindsey"),
        ("pl", "Det. Rubén Ochoa-Lindsey #2281\nFinancial Crimes Unit\n(915) 555-0145\nEPPD Case No. 24-338170"),
        ("pb",),
        ("pl", "THE STATE OF TEXAS        §\n                                         §\nCOUNTY OF EL PASO         §"),
        ("h", "SEARCH WARRANT"),
        ("p", "THE STATE OF TEXAS: To the Sheriff or any Peace Officer of El Paso County, Texas, or any Peace "
              "Officer of the State of Texas: GREETINGS:"),
        ("p", "WHEREAS, the Affiant, whose name appears on the Affidavit attached hereto, is a peace officer "
              "under the laws of Texas and did heretofore this day subscribe and swear to said Affidavit before "
              "me, and whereas I find that the verified facts stated by Affiant in said Affidavit show that "
              "Affiant has probable cause for the belief he expresses therein and establishes existence of "
              "proper grounds for issuance of this Warrant pursuant to Article 18.02(a)(10) of the Texas Code "
              "of Criminal Procedure;"),
        ("p", "NOW, THEREFORE, you are commanded to search for and seize the following records maintained by "
              "the Texas Workforce Commission, 101 East 15th Street, Austin, Texas, which constitute evidence of "
              "the offense of Fraudulent Use or Possession of Identifying Information, Texas Penal Code § 32.51:"),
        ("pl", "a.  All unemployment benefit claims filed by or in the name of **Ximena IBÁÑEZ VILLALOBOS**, "
               "H/F, DOB 06/11/1992, including any claims filed using the mailing address 4410 Dyer Street, "
               "Apt. 7, El Paso, Texas;\n"
               "b.  All wage records and employer quarterly reports listing the said Ximena IBÁÑEZ VILLALOBOS "
               "as an employee, January 2022 to present;\n"
               "c.  Identity verification documents and log-in records associated with said claims."),
        ("p", "HEREIN FAIL NOT, but have you then and there this Warrant within three days, exclusive of the day "
              "of its issuance and exclusive of the day of its execution, with your return thereon, showing how "
              "you have executed the same, as required by Article 18.07 of the Texas Code of Criminal Procedure."),
        ("p", "ISSUED this 14th day of February, 2025, at 3:40 o\u2019clock P.M., to certify which witness my "
              "hand this day."),
        ("sp", 8),
        ("sig", "Gloria E. Armendáriz", 240),
        ("pl", "JUDGE, 384th DISTRICT COURT\nEL PASO COUNTY, TEXAS\nPrinted name: Hon. Gloria E. Armendáriz"),
        ("pb",),
        ("h2", "OFFICER\u2019S RETURN AND INVENTORY"),
        ("p", "Came to hand the ____ day of __________, 2025, at ____ o\u2019clock __.M., and executed on the ____ "
              "day of __________, 2025, by delivering a copy of this warrant to the custodian of records of the "
              "Texas Workforce Commission and seizing the items listed on the attached inventory."),
        ("pl", "____________________________________\nAffiant: Det. Rubén Ochoa-Lindsey #2281"),
    ]
    pdf = pdf_bytes(b, font="Serif", size=10.5)
    save_scanned_pdf(os.path.join(OUT, "bh09.pdf"), pdf, 240, seed=909, turns={1: 90})
    label("bh09", "scanned", "municipal detective cover note + Texas state search warrant; scan, warrant page sideways",
          ["local-police", "El Paso Police Department, Financial Crimes Unit", "Rubén Ochoa-Lindsey", "Detective",
           "ochoalindseyr@elpasotexas.gov", "(915) 555-0145"],
          [("Ximena Ibáñez Villalobos", "1992-06-11", [])],
          ["TX CCP 18.02", "TX PC 32.51", "TX CCP 18.07"],
          "judicial_warrant", None, True, "criminal_investigation",
          ["claims", "wages", "employment", "identity_documents", "other"], "mail")

# ==============================================================================================
# bh10 — fax: sheriff's motor-vehicle record request form, two subject blocks
# ==============================================================================================
@doc
def bh10():
    b = [
        ("lh", ["WELD COUNTY SHERIFF\u2019S OFFICE", "Investigations Division",
                "1950 O Street \u2022 Greeley, Colorado 80631 \u2022 Main (970) 555-0100"]),
        ("h", "REQUEST FOR MOTOR VEHICLE / DRIVER RECORD INFORMATION"),
        ("grid", [["To: Colorado Division of Motor Vehicles \u2013 Record Services, Law Enforcement Desk",
                   "Fax: (303) 555-0110"],
                  ["Date: 11 March 2025", "Case #: WCSO 25-04412"],
                  ["Requesting Officer: Inv. Alicia Benavídez", "Badge #: 1187"],
                  ["Phone: (970) 555-0114    Fax: (970) 555-0115", "E-mail: abenavidez@weld.gov"]], [300, 168]),
        ("pl", "**Offense under investigation:** Second Degree Burglary (C.R.S. 18-4-203) / Theft"),
        ("pl", "**Permissible use** (Driver\u2019s Privacy Protection Act, 18 U.S.C. § 2721(b)(1)):\n"
               "☒ Use by a government agency, including any court or law enforcement agency, in carrying out its functions."),
        ("pl", "**Records needed:**  ☒ Driver history   ☒ Photo   ☒ Registration / title   ☐ Accident report   ☐ Other"),
        ("grid", [["SUBJECT 1", "Name: VASQUEZ-ORDÓÑEZ, Daniela\nDOB: 1998-04-17     DL#: 19-004-5531\nSex: F   Hgt: 5-04"],
                  ["SUBJECT 2", "Name: HRYHORCHUK, Taras Mykhailovych\nDOB: 5 Aug 1986     DL#: unknown\nSex: M   Hgt: 6-01"],
                  ["VEHICLE", "2016 Ford F-150, silver, partial plate \u201cCKW-\u201d \u2013 owner unknown"]], [90, 378]),
        ("pl", "**Remarks:** Both subjects were seen on surveillance at the Hwy 34 self-storage facility on 03/02/2025. "
               "Reporting party is the facility manager, Gary Lindahl. Photos requested for a photo line-up."),
        ("pl", "**Officer certification:** I certify that this request is made for a law enforcement purpose in "
               "connection with the case number above. Records may be released to law enforcement per C.R.S. "
               "42-1-206."),
        ("grid", [[Sig("A. Benavídez", 200, "Sans-I", 13), "Date: 03/11/2025"]], [300, 168]),
        ("small", "WCSO Form INV-12 (rev. 2022). Return by fax to (970) 555-0115."),
    ]
    pdf = pdf_bytes(b, font="Sans", size=9.5)
    save_fax_tiff(os.path.join(OUT, "bh10.tif"), pdf, 1010,
                  lambda p, n: "MAR-11-2025 10:22   FROM: WELD CO SO INVEST   9705550115   TO: 3035550110   P.%d/%d" % (p, n))
    label("bh10", "fax", "sheriff's one-page DMV request form with two subject blocks, faxed",
          ["sheriff", "Weld County Sheriff's Office, Investigations Division", "Alicia Benavídez", "Investigator",
           "abenavidez@weld.gov", "(970) 555-0114"],
          [("Daniela Vasquez-Ordóñez", "1998-04-17", [("license", "190045531")]),
           ("Taras Mykhailovych Hryhorchuk", "1986-08-05", [])],
          ["CRS 18-4-203", "18 USC 2721", "CRS 42-1-206"],
          "none", None, False, "criminal_investigation", ["license", "photo", "vehicle"], "fax")
# ==============================================================================================
# bh11 — IRS-CI letter, subject named once in full then by surname; spouse requested, brother not
# ==============================================================================================
@doc
def bh11():
    b = [
        ("lhs", "IRS", ["Department of the Treasury", "Internal Revenue Service \u2013 Criminal Investigation",
                        "Denver Field Office", "1999 Broadway, Denver, CO 80202"]),
        ("grid", [["Date: May 6, 2025", "Person to Contact: Special Agent Keturah D. Obi"],
                  ["Sent by e-mail to: cdle_wagerecords@state.co.us", "Contact Telephone: (720) 555-0168"],
                  ["", "E-mail: keturah.obi@ci.irs.gov"]], [234, 234],
         [("GRID", (0, 0), (-1, -1), 0, colors.white)]),
        ("pl", "Colorado Department of Labor and Employment\nUnemployment Insurance \u2013 Employer Services\n"
               "Attn: Wage Records Custodian"),
        ("p", "Dear Custodian of Records:"),
        ("p", "IRS Criminal Investigation is conducting a criminal investigation of Bartholomew J. Okafor (date "
              "of birth December 2, 1971; SSN ending in 6650) for possible violations of 26 U.S.C. § 7201 "
              "(attempt to evade or defeat tax), 26 U.S.C. § 7206(1) (false returns) and 18 U.S.C. § 1343. "
              "Okafor operates a payroll services business, Okafor Payroll Solutions LLC, through which he is "
              "believed to have diverted client payroll tax deposits."),
        ("p", "We request the quarterly wage detail reported for Okafor by any employer from 2021 to the "
              "present, and the employer account registration records (including addresses and telephone "
              "numbers) for any business in which Okafor is listed as an owner or officer. Okafor\u2019s spouse, "
              "Adaeze Nkechi Okafor (DOB 1974-07-19), is listed as a co-owner of the business; please include "
              "any wage records on which she is reported as an employee. Okafor\u2019s brother, Emeka Okafor, "
              "who has been interviewed as a witness, is not a subject of this request."),
        ("p", "This request is made in the course of an official criminal investigation. Disclosure by IRS of "
              "the existence of this investigation is limited to the extent authorized by 26 U.S.C. § 6103(k)(6). "
              "Please do not notify the individuals named of this request."),
        ("p", "Thank you for your cooperation."),
        ("pl", "Sincerely,"),
        ("sig", "Keturah D. Obi"),
        ("pl", "Keturah D. Obi\nSpecial Agent\nIRS Criminal Investigation, Denver Field Office"),
    ]
    build_pdf(os.path.join(OUT, "bh11.pdf"), b, font="Sans", size=10,
              footer=("Letter 5291-CI (Rev. 1-2023)", "Catalog Number 70312K"))
    label("bh11", "born_digital", "IRS-CI letter; main subject then surname only, spouse also requested, brother excluded",
          ["irs-ci", "Internal Revenue Service \u2013 Criminal Investigation, Denver Field Office", "Keturah D. Obi",
           "Special Agent", "keturah.obi@ci.irs.gov", "(720) 555-0168"],
          [("Bartholomew J. Okafor", "1971-12-02", [("ssn_last4", "6650")]),
           ("Adaeze Nkechi Okafor", "1974-07-19", [])],
          ["26 USC 7201", "26 USC 7206", "18 USC 1343", "26 USC 6103"],
          "none", None, False, "criminal_investigation", ["wages", "employment", "address", "phone"], "email")

# ==============================================================================================
# bh12 — ERO cover letter + Form I-138 Immigration Enforcement Subpoena (born digital)
# ==============================================================================================
@doc
def bh12():
    b = [
        ("lhs", "DHS", ["U.S. Immigration and Customs Enforcement", "Enforcement and Removal Operations",
                        "Denver Field Office", "12445 E. Caley Avenue, Centennial, CO 80111"]),
        ("r", "March 21, 2025"),
        ("pl", "**BY CERTIFIED MAIL**"),
        ("pl", "Custodian of Records\nColorado Department of Revenue \u2013 Division of Motor Vehicles\n"
               "1881 Pierce Street\nLakewood, CO 80214"),
        ("pl", "Re:  Immigration Enforcement Subpoena No. DEN-25-0331"),
        ("p", "Dear Custodian:"),
        ("p", "Enclosed is an Immigration Enforcement Subpoena (DHS Form I-138) issued pursuant to 8 U.S.C. "
              "§ 1225(d) and 8 C.F.R. § 287.4. ICE is making inquiries concerning the admissibility and "
              "removability of the aliens identified in the subpoena, Ahmed BIN RASHID and Nasra Abdi FARAH. "
              "Their U.S. citizen sponsor, Mr. Khalid Al-Amin, is not a subject of this inquiry and no records "
              "concerning him are sought."),
        ("p", "The records may be produced by mail or electronically to the undersigned in lieu of personal "
              "appearance. Questions may be directed to me at (303) 555-0121 or "
              "jennifer.kowalski-reyes@ice.dhs.gov."),
        ("pl", "Sincerely,"),
        ("sig", "J. Kowalski-Reyes"),
        ("pl", "Jennifer A. Kowalski-Reyes\nAssistant Field Office Director\nDenver Field Office"),
        ("pl", "Enclosure: DHS Form I-138"),
        ("pb",),
        ("pl", "DEPARTMENT OF HOMELAND SECURITY"),
        ("h", "IMMIGRATION ENFORCEMENT SUBPOENA\nTo Appear and/or Produce Records"),
        ("grid", [["Subpoena No.: DEN-25-0331", "Date issued: 03/20/2025"],
                  ["To: Custodian of Records\nColorado Division of Motor Vehicles\n1881 Pierce Street, Lakewood, CO 80214",
                   "Return to: ICE ERO Denver\n12445 E. Caley Ave.\nCentennial, CO 80111"]], [234, 234]),
        ("p", "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to:"),
        ("pl", "☐ appear before the official named below to give testimony\n"
               "☒ produce the records (books, papers, or other documents) indicated below"),
        ("p", "in connection with an investigation or inquiry relating to the enforcement of U.S. immigration "
              "laws, specifically:"),
        ("grid", [["In the matter of:", "BIN RASHID, Ahmed    A# 221 604 389    DOB 1993-02-08\n"
                                        "FARAH, Nasra Abdi    A# 221 604 390    DOB 1995-10-15"],
                  ["Records to be produced:", "All driver license and identification card applications, "
                   "photographs, residential and mailing addresses, and vehicle registrations for the persons "
                   "named above, from January 1, 2020 to the present."],
                  ["Date and time:", "On or before April 11, 2025"]], [120, 348]),
        ("p", "Authority: Section 235(d)(4) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4), and "
              "8 C.F.R. § 287.4."),
        ("p", "**Failure to comply.** In the event of failure to comply with this subpoena, the Department of "
              "Homeland Security may invoke the aid of a United States District Court to require compliance, and "
              "the court may issue an order requiring the person to appear and produce the records."),
        ("grid", [["Issued by:", Sig("J. Kowalski-Reyes", 200, "Serif-BI", 13)],
                  ["Name / Title:", "Jennifer A. Kowalski-Reyes, Assistant Field Office Director"],
                  ["Telephone:", "(303) 555-0121"]], [120, 348]),
        ("h2", "CERTIFICATE OF SERVICE"),
        ("p", "This subpoena was served on ______________ (date) by ☐ personal service ☐ certified mail "
              "☐ other: __________ upon ______________________ by ______________________ (name/title)."),
    ]
    build_pdf(os.path.join(OUT, "bh12.pdf"), b, font="Serif", size=10,
              footer=("DHS Form I-138 (Rev. 03/21)", "Page {p}"))
    label("bh12", "born_digital", "ERO cover letter + I-138 immigration enforcement subpoena, two subjects with A-numbers",
          ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
           "Jennifer A. Kowalski-Reyes", "Assistant Field Office Director", "jennifer.kowalski-reyes@ice.dhs.gov",
           "(303) 555-0121"],
          [("Ahmed bin Rashid", "1993-02-08", [("a_number", "A221604389")]),
           ("Nasra Abdi Farah", "1995-10-15", [("a_number", "A221604390")])],
          ["8 USC 1225", "8 CFR 287.4", "INA 235"],
          "administrative_subpoena", "I-138", True, "civil_immigration",
          ["license", "photo", "address", "vehicle"], "mail")

# ==============================================================================================
# bh13 — ERO email with phone photo (JPEG) of an I-205
# ==============================================================================================
@doc
def bh13():
    b = [
        ("pl", "U.S. DEPARTMENT OF HOMELAND SECURITY"),
        ("h", "WARRANT OF REMOVAL/DEPORTATION"),
        ("grid", [["File No: A087 332 519", "Date: 11/04/2024"]], [234, 234]),
        ("p", "To any immigration officer of the United States Department of Homeland Security:"),
        ("pl", "**Juan Pablo DE LA CRUZ REYES**\n(Full name of alien)"),
        ("pl", "who entered the United States at **El Paso, TX** (Place of entry) on **unknown, 2008** (Date of entry)"),
        ("p", "is subject to removal/deportation from the United States, based upon a final order by:"),
        ("pl", "☒ an immigration judge in exclusion, deportation, or removal proceedings\n"
               "☐ a designated official\n☐ the Board of Immigration Appeals\n"
               "☐ a United States District or Magistrate Court Judge"),
        ("p", "and pursuant to the following provisions of the Immigration and Nationality Act:"),
        ("pl", "**212(a)(6)(A)(i)**"),
        ("p", "I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
              "Secretary of Homeland Security under the laws of the United States and by his or her direction, "
              "command you to take into custody and remove from the United States the above-named alien, "
              "pursuant to law, at the expense of: the appropriation \u201cOperations and Support, U.S. "
              "Immigration and Customs Enforcement.\u201d"),
        ("grid", [[Sig("R. Castellano-Shaw", 200, "Serif-BI", 13), "Field Office Director\n(Title of immigration officer)"],
                  ["(Signature of immigration officer)", "Denver, Colorado \u2013 11/04/2024\n(Date and office location)"]],
         [234, 234]),
        ("hr",),
        ("pl", "To be completed by immigration officer executing the warrant:  Name of alien being removed: "
               "________________\nPort, date, and manner of removal: ____________________________"),
    ]
    pdf = pdf_bytes(b, font="Serif", size=10.5, footer=("Form I-205 (8/07)", ""))
    pg = rasterize(pdf, 130)[0].convert("RGB")
    rng = np.random.default_rng(1313)
    # phone photo: warm tint, tilt on a dark desk, vignette
    a = np.asarray(pg).astype(np.float32)
    a[..., 0] *= 0.97; a[..., 1] *= 0.93; a[..., 2] *= 0.84
    pg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    canvas = Image.new("RGB", (pg.width + 160, pg.height + 160), (58, 46, 38))
    canvas.paste(pg, (80, 80))
    canvas = canvas.rotate(2.3, resample=Image.BICUBIC, fillcolor=(58, 46, 38))
    a = np.asarray(canvas).astype(np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    vig = 1 - 0.35 * (((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2)
    a *= vig[..., None]; a += rng.normal(0, 4, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=72)
    m = EmailMessage()
    m["From"] = formataddr(("Vlasova, Karina", "Karina.Vlasova@ice.dhs.gov"))
    m["To"] = "cdoc_records@state.co.us"
    m["Subject"] = "I-205 / DE LA CRUZ REYES / release info"
    m["Date"] = "Thu, 13 Feb 2025 13:05:40 -0700"
    m["Message-ID"] = "<PH0PR09MB7211C4DD90@PH0PR09MB7211.namprd09.prod.outlook.com>"
    m.set_content("""Good afternoon,

Attached is a photo of the Warrant of Removal/Deportation (I-205) for
Juan Pablo DE LA CRUZ REYES, CDOC #169023, DOB 1989-09-30, A# 087-332-519.
He has a final order of removal.

Please advise of his scheduled release / parole date and the address he
listed on his parole plan. ERO intends to take custody upon his release
pursuant to 8 U.S.C. 1231(a). (His sponsor on the parole plan is a cousin,
Efrén Reyes Mata - we are not asking for anything on him.)

Thank you,

Karina Vlasova
Deportation Officer
ICE ERO Denver - Criminal Alien Program
Desk: 303-555-0186
""")
    m.add_attachment(buf.getvalue(), maintype="image", subtype="jpeg", filename="IMG_4471.jpg")
    write_eml(os.path.join(OUT, "bh13.eml"), m, "13")
    label("bh13", "eml", "ERO email to state prison with JPEG phone photo of Form I-205",
          ["dhs-ice-ero", "ICE ERO Denver - Criminal Alien Program", "Karina Vlasova", "Deportation Officer",
           "Karina.Vlasova@ice.dhs.gov", "303-555-0186"],
          [("Juan Pablo de la Cruz Reyes", "1989-09-30", [("a_number", "A087332519"), ("other", "169023")])],
          ["INA 212", "8 USC 1231"],
          "administrative_warrant", "I-205", True, "civil_immigration", ["address", "other"], "email")
# ==============================================================================================
# bh14 — txt: Washington State Patrol portal request, numbered subjects with details on next lines
# ==============================================================================================
@doc
def bh14():
    t = """WASHINGTON STATE PATROL - CRIMINAL INVESTIGATION DIVISION
Request for Driver and Vehicle Records (Law Enforcement)
Submitted via DOL Law Enforcement Request Portal
-------------------------------------------------------------
Date submitted:  2025-01-28 16:12
Requestor:       Detective Sergeant Olusegun A. Adeyemi
Unit:            WSP CID - Major Accident Investigation Team, District 2
Phone:           360-555-0119
Email:           olusegun.adeyemi@wsp.wa.gov
WSP Case No.:    25-000874
Offense(s):      Vehicular Homicide, RCW 46.61.520;
                 Hit and Run - Injury or Death, RCW 46.52.020

SUBJECTS
(1) KHALIFA, Yusra Abdullahi
    DOB 1996-02-14
    WA DL: unknown - possible Minnesota license
    Registered owner of the suspect vehicle

(2) Pietro Van der Berg
    Date of birth 7 Jul 1991
    Last known city: Tukwila
    Possible driver (per cell phone records)

(3) HỒ, Quang Minh
    (listed on the insurance policy as "Minh Q. Ho")
    DOB: 12/30/2001

Deceased: Ms. Latisha Freeman, 34, pedestrian struck 01/19/2025 on
Martin Luther King Jr Way S at S Holly St, Seattle.
Witness: Samuel Oduya (bus driver) - no records needed.

RECORDS REQUESTED for each subject:
 - driver license status and driving history
 - DL/ID photographs
 - vehicle registration and title history
 - address of record

Authority: RCW 46.12.630 / 46.12.635; 18 USC 2721(b)(1).
-------------------------------------------------------------
Certification: I certify that the information requested is for use
in the official investigation identified above.   /s/ O. Adeyemi
"""
    open(os.path.join(OUT, "bh14.txt"), "w", encoding="utf-8").write(t)
    label("bh14", "txt", "state patrol portal request, numbered subjects with details on following lines; victim and witness named",
          ["state-police", "Washington State Patrol - Criminal Investigation Division", "Olusegun A. Adeyemi",
           "Detective Sergeant", "olusegun.adeyemi@wsp.wa.gov", "360-555-0119"],
          [("Yusra Abdullahi Khalifa", "1996-02-14", []),
           ("Pietro Van der Berg", "1991-07-07", []),
           ("Quang Minh Hồ", "2001-12-30", [])],
          ["RCW 46.61.520", "RCW 46.52.020", "RCW 46.12.630", "RCW 46.12.635", "18 USC 2721"],
          "none", None, False, "criminal_investigation", ["license", "photo", "vehicle", "address"], "email")

# ==============================================================================================
# bh15 — attorney cover letter + AO 88B civil subpoena (born digital); defendant in caption is not a subject
# ==============================================================================================
@doc
def bh15():
    b = [
        ("lh", ["HAVERFORD NÚÑEZ LLP", "Attorneys at Law",
                "1600 Stout Street, Suite 900 \u2022 Denver, Colorado 80202 \u2022 (303) 555-0193"]),
        ("pl", "April 22, 2025"),
        ("pl", "**Via Certified Mail**"),
        ("pl", "Custodian of Records\nColorado Department of Labor and Employment\nDivision of Unemployment Insurance\n"
               "251 E. 12th Avenue\nDenver, CO 80203"),
        ("pl", "Re:  __Martínez Soto v. Van der Berg Holdings, LLC, et al.__, Civil Action No. 1:24-cv-02871"),
        ("p", "Dear Custodian:"),
        ("p", "This firm represents the Defendants in the above-captioned employment action. Enclosed for service "
              "is a subpoena duces tecum issued under Federal Rule of Civil Procedure 45 seeking the Plaintiff\u2019s "
              "unemployment insurance claim records. We understand that the Department may release such records "
              "in response to a subpoena consistent with 20 C.F.R. § 603.7 and C.R.S. § 8-72-107. Plaintiff\u2019s "
              "counsel has been served with notice of the subpoena."),
        ("p", "If you have questions regarding the scope of the request, please contact me directly."),
        ("pl", "Very truly yours,"),
        ("sig", "Daniel K. Ashworth"),
        ("pl", "Daniel K. Ashworth\ndashworth@haverfordnunez.com\n\nEnclosure\ncc: Priya Venkataraman, Esq. (counsel for Plaintiff)"),
        ("pb",),
        ("pl", "AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action"),
        ("h", "UNITED STATES DISTRICT COURT"),
        ("c", "for the\nDistrict of Colorado"),
        ("grid", [["CAROLINA MARTÍNEZ SOTO,\n          Plaintiff\n     v.\nVAN DER BERG HOLDINGS, LLC d/b/a Mile High Staffing, "
                   "and GREGORY VAN DER BERG,\n          Defendants",
                   "\n\nCivil Action No. 1:24-cv-02871-NRN"]], [300, 168]),
        ("h2", "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS\nOR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION"),
        ("pl", "To:   Custodian of Records, Colorado Department of Labor and Employment, Division of Unemployment Insurance\n"
               "                              (__Name of person to whom this subpoena is directed__)"),
        ("p", "☒ **Production:** YOU ARE COMMANDED to produce at the time, date, and place set forth below the "
              "following documents, electronically stored information, or objects, and to permit inspection, "
              "copying, testing, or sampling of the material: **See Exhibit A.**"),
        ("grid", [["Place: Haverford Núñez LLP, 1600 Stout Street, Suite 900, Denver, CO 80202", "Date and Time:\n05/15/2025 10:00 am"]],
         [330, 138]),
        ("p", "☐ **Inspection of Premises:** YOU ARE COMMANDED to permit entry onto the designated premises, land, "
              "or other property possessed or controlled by you at the time, date, and location set forth below."),
        ("p", "The following provisions of Fed. R. Civ. P. 45 are attached \u2013 Rule 45(c), relating to the place "
              "of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and "
              "Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential "
              "consequences of not doing so."),
        ("grid", [["Date: 04/22/2025", "CLERK OF COURT\n\n______________________________\nSignature of Clerk or Deputy Clerk"],
                  ["", "OR    /s/ Daniel K. Ashworth\nAttorney\u2019s signature"]], [200, 268]),
        ("p", "The name, address, e-mail address, and telephone number of the attorney representing (__name of "
              "party__) Defendants Van der Berg Holdings, LLC and Gregory Van der Berg, who issues or requests "
              "this subpoena, are: Daniel K. Ashworth, Haverford Núñez LLP, 1600 Stout Street, Suite 900, Denver, "
              "CO 80202; dashworth@haverfordnunez.com; (303) 555-0193."),
        ("box", "**Notice to the person who issues or requests this subpoena**\nIf this subpoena commands the "
                "production of documents, electronically stored information, or tangible things or the inspection "
                "of premises before trial, a notice and a copy of the subpoena must be served on each party in this "
                "case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4)."),
        ("pb",),
        ("h2", "PROOF OF SERVICE\n(This section should not be filed with the court unless required by Fed. R. Civ. P. 45.)"),
        ("p", "I received this subpoena for (__name of individual and title, if any__) ____________________ on "
              "(__date__) __________.   ☐ I served the subpoena by delivering a copy to the named person as follows: "
              "__________________________ on (__date__) __________; or   ☐ I returned the subpoena unexecuted because: "
              "____________________."),
        ("pl", "I declare under penalty of perjury that this information is true.\n\nDate: __________    "
               "______________________ Server\u2019s signature"),
        ("sp", 10),
        ("h2", "Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)"),
        ("small", "**(c) Place of Compliance.** (1) __For a Trial, Hearing, or Deposition.__ A subpoena may command a "
                  "person to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where "
                  "the person resides, is employed, or regularly transacts business in person; or (B) within the "
                  "state where the person resides, is employed, or regularly transacts business in person, if the "
                  "person (i) is a party or a party\u2019s officer; or (ii) is commanded to attend a trial and would "
                  "not incur substantial expense. (2) __For Other Discovery.__ A subpoena may command: (A) production "
                  "of documents, electronically stored information, or tangible things at a place within 100 miles "
                  "of where the person resides, is employed, or regularly transacts business in person; and (B) "
                  "inspection of premises at the premises to be inspected."),
        ("small", "**(d) Protecting a Person Subject to a Subpoena; Enforcement.** (1) __Avoiding Undue Burden or "
                  "Expense; Sanctions.__ A party or attorney responsible for issuing and serving a subpoena must take "
                  "reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena. "
                  "The court for the district where compliance is required must enforce this duty and impose an "
                  "appropriate sanction\u2014which may include lost earnings and reasonable attorney\u2019s fees\u2014on a "
                  "party or attorney who fails to comply. (2) __Command to Produce Materials or Permit Inspection.__ "
                  "(B) __Objections.__ A person commanded to produce documents or tangible things or to permit "
                  "inspection may serve on the party or attorney designated in the subpoena a written objection "
                  "... The objection must be served before the earlier of the time specified for compliance or 14 "
                  "days after the subpoena is served."),
        ("small", "**(e) Duties in Responding to a Subpoena.** (1) __Producing Documents or Electronically Stored "
                  "Information.__ ... (D) __Inaccessible Electronically Stored Information.__ The person responding "
                  "need not provide discovery of electronically stored information from sources that the person "
                  "identifies as not reasonably accessible because of undue burden or cost. ... The court may "
                  "nonetheless order discovery from such sources if the requesting party shows good cause, "
                  "considering the limitations of Rule 26(b)(2)(C)."),
        ("small", "**(g) Contempt.** The court for the district where compliance is required\u2014and also, after a "
                  "motion is transferred, the issuing court\u2014may hold in contempt a person who, having been served, "
                  "fails without adequate excuse to obey the subpoena or an order related to it."),
        ("pb",),
        ("h", "EXHIBIT A"),
        ("p", "1.  All records relating to any claim for unemployment insurance benefits filed by Plaintiff "
              "Carolina Martínez Soto (date of birth 08/21/1990; last four digits of SSN 3318), including claim "
              "applications, employer separation notices and responses, eligibility determinations, and appeal "
              "hearing files and recordings, from January 1, 2022 to the present."),
        ("p", "2.  All wage records reported for Plaintiff by any employer from January 1, 2022 to the present."),
        ("p", "This subpoena does not request records concerning any other claimant, including Plaintiff\u2019s former "
              "co-worker Ngozi Hartmann, who is identified as a witness in this action."),
    ]
    build_pdf(os.path.join(OUT, "bh15.pdf"), b, font="Serif", size=10)
    label("bh15", "born_digital", "law-firm cover letter + AO 88B civil subpoena with Rule 45 text; individual defendant in caption is not a subject",
          ["other", "Haverford Núñez LLP", "Daniel K. Ashworth", "Attorney", "dashworth@haverfordnunez.com", "(303) 555-0193"],
          [("Carolina Martínez Soto", "1990-08-21", [("ssn_last4", "3318")])],
          ["FRCP 45", "FRCP 26", "20 CFR 603.7", "CRS 8-72-107"],
          "court_subpoena", "AO 88B", True, "unknown", ["claims", "wages"], "mail")

# ==============================================================================================
# bh16 — fax: DEA cover + DEA administrative subpoena (21 USC 876), schedule with two subjects
# ==============================================================================================
@doc
def bh16():
    b = [
        ("h", "DRUG ENFORCEMENT ADMINISTRATION"),
        ("c", "Denver Field Division \u2022 12154 East Easter Avenue \u2022 Centennial, CO 80112"),
        ("h2", "FACSIMILE COVER SHEET"),
        ("grid", [["Date:", "March 14, 2025"], ["To:", "Custodian of Records, Colorado DMV (Fax 303-555-0110)"],
                  ["From:", "SA Derek Szymański, Enforcement Group 3"], ["Phone:", "720-555-0135"],
                  ["Fax:", "720-555-0136"], ["E-mail:", "derek.szymanski@dea.gov"], ["Pages:", "3"]], [80, 388]),
        ("p", "Attached is a DEA subpoena for DMV records. In lieu of appearance, please fax or e-mail the "
              "responsive records to me at the numbers above. Thank you for your assistance."),
        ("box", "This facsimile contains LAW ENFORCEMENT SENSITIVE information. If you are not the intended recipient, "
                "notify the sender at 720-555-0135 and destroy all copies."),
        ("pb",),
        ("c", "U.S. Department of Justice\nDrug Enforcement Administration"),
        ("h", "SUBPOENA"),
        ("grid", [["TO: Custodian of Records\nColorado Department of Revenue \u2013 Division of Motor Vehicles\n"
                   "1881 Pierce Street, Lakewood, CO 80214", "Investigation File No.:\nRG-25-0047\n\nSubpoena No.: 25-DN-00218"]],
         [318, 150]),
        ("p", "YOU ARE HEREBY REQUIRED to appear before **Special Agent Derek Szymański**, an officer of the Drug "
              "Enforcement Administration, at 12154 East Easter Avenue, Centennial, Colorado, on **March 31, 2025** "
              "at 10:00 a.m., to testify and to produce the records described in the attached Schedule."),
        ("p", "This subpoena is issued pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876) in connection "
              "with an investigation under the Controlled Substances Act relating to the unlawful distribution of "
              "controlled substances in violation of 21 U.S.C. §§ 841 and 846."),
        ("p", "Failure to comply with this subpoena may render you liable to proceedings in the United States "
              "District Court to enforce obedience to the requirements of this subpoena, and to punish default or "
              "disobedience."),
        ("p", "In lieu of personal appearance, you may comply by furnishing the records to the agent named above "
              "on or before the return date. Please do not disclose the existence of this subpoena, as disclosure "
              "could impede the investigation."),
        ("grid", [["Issued by:", Sig("L. M. Agyeman", 190, "Sans-I", 12)],
                  ["Name / Title:", "Loretta M. Agyeman, Group Supervisor"],
                  ["Date:", "03/14/2025"]], [100, 368]),
        ("pb",),
        ("h2", "SCHEDULE"),
        ("p", "Certified copies of the following records for the persons listed below: driver license and "
              "identification card applications; photographs; all addresses of record; and title and registration "
              "records for any vehicle registered to either person, 2022 to present."),
        ("pl", "1.  SEPÚLVEDA-QUIJANO, Anselmo\n     DOB: 1984/01/09    CO DL 08-552-1930\n\n"
               "2.  RUSSO, Gianna Marie\n     a/k/a Gianna M. PACHECO\n     DOB: 3 Oct 1992    CO DL unknown"),
    ]
    pdf = pdf_bytes(b, font="Sans", size=10)
    save_fax_tiff(os.path.join(OUT, "bh16.tif"), pdf, 1616,
                  lambda p, n: "14-MAR-2025 09:51  DEA DENVER FD GRP3  7205550136  #%d OF %d" % (p, n))
    label("bh16", "fax", "DEA fax cover + 21 USC 876 subpoena with schedule listing two subjects",
          ["doj-dea", "Drug Enforcement Administration, Denver Field Division", "Derek Szymański", "Special Agent",
           "derek.szymanski@dea.gov", "720-555-0135"],
          [("Anselmo Sepúlveda-Quijano", "1984-01-09", [("license", "085521930")]),
           ("Gianna Marie Russo", "1992-10-03", [])],
          ["PL 91-513", "21 USC 876", "21 USC 841", "21 USC 846"],
          "administrative_subpoena", None, True, "criminal_investigation",
          ["license", "photo", "address", "vehicle"], "fax")
# ==============================================================================================
# bh17 — DOL-OIG letter, 4 claimants in a table with SSN last 4; uninvolved business owner named
# ==============================================================================================
@doc
def bh17():
    b = [
        ("lhs", "DOL", ["U.S. Department of Labor", "Office of Inspector General \u2013 Office of Investigations",
                        "Labor Racketeering and Fraud \u2013 Denver Resident Office",
                        "1244 Speer Boulevard, Suite 512, Denver, CO 80204"]),
        ("grid", [["2025-02-04", "OIG Case No. 24-0377-0009-UI"]], [234, 234],
         [("GRID", (0, 0), (-1, -1), 0, colors.white), ("ALIGN", (1, 0), (1, 0), "RIGHT")]),
        ("pl", "**VIA U.S. MAIL**"),
        ("pl", "Colorado Department of Labor and Employment\nUnemployment Insurance Division \u2013 Integrity/Fraud Unit\n"
               "251 E. 12th Avenue\nDenver, CO 80203"),
        ("pl", "**SUBJECT: Request for Unemployment Insurance Claim and Wage Information**"),
        ("p", "The U.S. Department of Labor, Office of Inspector General (DOL-OIG), is conducting a criminal "
              "investigation of an organized scheme to file fraudulent unemployment insurance (UI) claims in "
              "Colorado using stolen and synthetic identities, in violation of 18 U.S.C. §§ 1028A, 1343, and 1349. "
              "DOL-OIG has authority to request this information under 5 U.S.C. § 406(a), and the disclosure of "
              "confidential UC information to our office is permitted under 20 C.F.R. Part 603."),
        ("p", "We request the UI claim records (applications, weekly certifications, IP addresses and device "
              "identifiers, and payment method/bank account information) and the quarterly wage records for the "
              "following claimants:"),
        ("table", [["No.", "Claimant (LAST, First Middle)", "Date of Birth", "SSN (last 4)", "Notes"],
                   ["1", "WIŚNIEWSKI, Tomasz Jan", "1987-05-02", "2290", "two claims, 2021"],
                   ["2", "TESFAYE, Abebe Kebede", "23 Nov 1979", "6614", ""],
                   ["3", "OSMAN, Hamdi Mahad", "1999-08-30", "0457", "claim filed from out of state"],
                   ["4", "NGÔ, Thanh Tâm", "01/15/1984", "7783", "a/k/a Tammy Ngo"]],
         [30, 160, 80, 70, 128]),
        ("p", "The claims were filed through accounts using the mailing address of Brightline Tax & Staffing "
              "(owner Desmond R. Pryce), which is under separate review; no records regarding Mr. Pryce or his "
              "business are requested at this time."),
        ("p", "Please provide the records to the undersigned. This request and any records provided are for "
              "official law enforcement use only."),
        ("pl", "Sincerely,"),
        ("sig", "Marisela Quiñones-Hart"),
        ("pl", "Marisela Quiñones-Hart\nSpecial Agent\nDOL-OIG, Denver Resident Office\nTel. 303-555-0158\n"
               "quinones-hart.marisela@oig.dol.gov"),
    ]
    build_pdf(os.path.join(OUT, "bh17.pdf"), b, font="Cond", size=10,
              footer=("FOR OFFICIAL USE ONLY \u2013 LAW ENFORCEMENT SENSITIVE", "{p}"))
    label("bh17", "born_digital", "DOL-OIG letter, four claimants in table with SSN last-4 and notes column",
          ["dol-oig", "U.S. Department of Labor, Office of Inspector General \u2013 Office of Investigations",
           "Marisela Quiñones-Hart", "Special Agent", "quinones-hart.marisela@oig.dol.gov", "303-555-0158"],
          [("Tomasz Jan Wiśniewski", "1987-05-02", [("ssn_last4", "2290")]),
           ("Abebe Kebede Tesfaye", "1979-11-23", [("ssn_last4", "6614")]),
           ("Hamdi Mahad Osman", "1999-08-30", [("ssn_last4", "0457")]),
           ("Thanh Tâm Ngô", "1984-01-15", [("ssn_last4", "7783")])],
          ["18 USC 1028A", "18 USC 1343", "18 USC 1349", "5 USC 406", "20 CFR 603"],
          "none", None, False, "criminal_investigation", ["claims", "wages", "other"], "mail")

# ==============================================================================================
# bh18 — scanned: New Mexico state grand jury subpoena duces tecum requested by an ADA
# ==============================================================================================
@doc
def bh18():
    b = [
        ("c", "STATE OF NEW MEXICO\nCOUNTY OF BERNALILLO\nSECOND JUDICIAL DISTRICT COURT"),
        ("sp", 6),
        ("grid", [["IN THE MATTER OF THE GRAND JURY INVESTIGATION OF\nESPERANZA LÓPEZ-NÚÑEZ and\nIVAN MYKOLAYOVYCH HORBUNOV",
                   "Grand Jury No. 2025-GJ-03\nD-202-GJ-2025-00003"]], [300, 168]),
        ("h", "GRAND JURY SUBPOENA DUCES TECUM"),
        ("pl", "THE STATE OF NEW MEXICO TO:\nCustodian of Records\nNew Mexico Taxation and Revenue Department, Motor Vehicle Division\n"
               "Joseph M. Montoya Building, 1100 South St. Francis Drive, Santa Fe, NM 87505"),
        ("p", "YOU ARE HEREBY COMMANDED to appear before the Grand Jury of Bernalillo County, Second Judicial "
              "District Courthouse, 400 Lomas Blvd NW, Albuquerque, New Mexico, on the 14th day of April, 2025, at "
              "9:00 a.m., and to bring with you certified copies of all driver license and identification card "
              "records, addresses of record, photographs, and vehicle registration and title records pertaining to:"),
        ("pl", "     LÓPEZ-NÚÑEZ, Esperanza \u2014 DOB 1970-12-03 \u2014 NM DL 500119874\n"
               "     HORBUNOV, Ivan Mykolayovych \u2014 DOB 1968-04-25 \u2014 NM DL unknown"),
        ("p", "The Grand Jury is inquiring into possible violations of the Racketeering Act, NMSA 1978, § 30-42-4, "
              "and Fraud, NMSA 1978, § 30-16-6. This subpoena is issued pursuant to NMSA 1978, § 31-6-12 at the "
              "request of the District Attorney. Grand jury proceedings are secret; NMSA 1978, § 31-6-6."),
        ("p", "Production of certified copies by mail to the requesting attorney on or before the date above will "
              "be accepted in lieu of personal appearance."),
        ("pl", "WITNESS the Honorable Carl J. Butkus, District Judge, and the seal of the District Court this 24th day "
               "of March, 2025."),
        ("grid", [["CLERK OF THE DISTRICT COURT\n\nBy: " , Sig("R. Etsitty", 170, "Serif-BI", 13)],
                  ["", "Rosalind Etsitty, Deputy Clerk"]], [234, 234], [("GRID", (0, 0), (-1, -1), 0, colors.white)]),
        ("hr",),
        ("pl", "Requested by:\nNatalia Ybarra-Klein, Assistant District Attorney\nSecond Judicial District Attorney\u2019s Office\n"
               "520 Lomas Blvd NW, Albuquerque, NM 87102\n(505) 555-0166 \u2022 nybarra-klein@da2nd.state.nm.us"),
        ("pb",),
        ("h2", "RETURN OF SERVICE"),
        ("p", "I, being duly sworn, state that I am over the age of eighteen years and not a party to this "
              "proceeding, and that I served this subpoena on the ____ day of __________, 2025, by delivering a "
              "copy to ______________________________ at ______________________________."),
        ("pl", "_______________________________\nSignature of person making service"),
    ]
    pdf = pdf_bytes(b, font="Serif", size=10.5)
    save_scanned_pdf(os.path.join(OUT, "bh18.pdf"), pdf, 220, seed=1818, turns={1: -90})
    label("bh18", "scanned", "state (NM) grand jury subpoena duces tecum; subjects in caption and list; judge and deputy clerk named",
          ["district-attorney", "Second Judicial District Attorney's Office", "Natalia Ybarra-Klein",
           "Assistant District Attorney", "nybarra-klein@da2nd.state.nm.us", "(505) 555-0166"],
          [("Esperanza López-Núñez", "1970-12-03", [("license", "500119874")]),
           ("Ivan Mykolayovych Horbunov", "1968-04-25", [])],
          ["NMSA 30-42-4", "NMSA 30-16-6", "NMSA 31-6-12", "NMSA 31-6-6"],
          "grand_jury_subpoena", None, True, "criminal_investigation",
          ["license", "address", "photo", "vehicle"], "mail")

# ==============================================================================================
# bh19 — eml: staff forward of a detective's request (attached message/rfc822); children not subjects
# ==============================================================================================
@doc
def bh19():
    inner = EmailMessage()
    inner["From"] = formataddr(("Nowicki, Greg", "gnowicki@lakewoodco.gov"))
    inner["To"] = "cdhs_info@state.co.us"
    inner["Subject"] = "Records request - Zielinska / Dabrowski"
    inner["Date"] = "Fri, 07 Mar 2025 11:32:15 -0700"
    inner["Message-ID"] = "<0c1f2e3d4b5a@lakewoodco.gov>"
    inner.set_content("""Hello,

I'm a detective with the Lakewood Police Department's Crimes Against
Children Unit. We have an open investigation (LPD Case 25-7781) into child
abuse resulting in injury (C.R.S. 18-6-401) involving two children, Oliwia
(age 6) and Kacper (age 3). The children are currently in placement and no
records about them are needed from you at this time.

I'm requesting the following for the children's mother and her live-in
boyfriend:

  - Lidia Ewa ZIELIŃSKA, DOB 14 February 1991
  - Marek DĄBROWSKI, DOB 1988-09-09 (may also use "Mark Dombrowski")

Specifically: current address on file, phone numbers, and any employer
information listed on their SNAP or Medicaid applications, plus the
household composition listed.

The case has been assigned to DDA Sheila Moran-Tate of the First Judicial
District Attorney's Office.

Thanks,

Det. Greg Nowicki #1452
Lakewood Police Department | Investigations - Crimes Against Children
445 S. Allison Pkwy, Lakewood, CO 80226
O: 303-555-0109
""", charset="utf-8")
    m = EmailMessage()
    m["From"] = formataddr(("Ortega-Marsh, Pauline", "pauline.ortega-marsh@state.co.us"))
    m["To"] = formataddr(("CDHS Records & Legal Requests", "cdhs_lerequests@state.co.us"))
    m["Subject"] = "FW: Records request - Zielinska / Dabrowski"
    m["Date"] = "Mon, 10 Mar 2025 08:03:47 -0600"
    m["Message-ID"] = "<a7b6c5d4e3f2@state.co.us>"
    m.set_content("""Hi team,

Forwarding the attached request from Lakewood PD that came into our
general information inbox on Friday. Original message is attached.

Pauline Ortega-Marsh
Client Services Coordinator
Colorado Department of Human Services
""")
    m.add_attachment(inner, filename="Records request - Zielinska Dabrowski.eml")
    write_eml(os.path.join(OUT, "bh19.eml"), m, "19")
    label("bh19", "eml", "agency staff forward with original detective request attached as message/rfc822; children named but not subjects",
          ["local-police", "Lakewood Police Department", "Greg Nowicki", "Detective", "gnowicki@lakewoodco.gov", "303-555-0109"],
          [("Lidia Ewa Zielińska", "1991-02-14", []),
           ("Marek Dąbrowski", "1988-09-09", [])],
          ["CRS 18-6-401"],
          "none", None, False, "criminal_investigation", ["address", "phone", "employment", "other"], "email")

# ==============================================================================================
# bh20 — ATF cover letter + AO 93 search and seizure warrant with Attachments A/B
# ==============================================================================================
@doc
def bh20():
    b = [
        ("lh", ["U.S. Department of Justice", "Bureau of Alcohol, Tobacco, Firearms and Explosives",
                "Denver Field Division \u2013 Salt Lake City Field Office",
                "257 East 200 South, Suite 800, Salt Lake City, Utah 84111"]),
        ("pl", "19 March 2025\n\n**Via e-mail:** dld-lawenforcement@utah.gov"),
        ("pl", "Utah Department of Public Safety\nDriver License Division\nAttn: Law Enforcement Records"),
        ("pl", "Re:  Federal search warrant, Case No. 2:25-mj-00214"),
        ("p", "Please find enclosed a federal search and seizure warrant issued by the United States District "
              "Court for the District of Utah authorizing the seizure of Driver License Division records relating "
              "to Cody Wayne PRUITT and Ana Lucía BENÍTEZ-ROJAS. ATF is investigating straw purchases of firearms at "
              "federal firearms licensees in San Juan County and Blanding, Utah, in violation of 18 U.S.C. "
              "§§ 922(a)(6) and 924(a)(1)(A)."),
        ("p", "Please send the responsive records electronically to me at hollis.begay@atf.gov. I can be reached "
              "at (801) 555-0124 with any questions about execution of the warrant."),
        ("pl", "Respectfully,"),
        ("sig", "Hollis R. Begay"),
        ("pl", "Hollis R. Begay\nSpecial Agent, ATF Salt Lake City Field Office"),
        ("pb",),
        ("pl", "AO 93 (Rev. 11/13) Search and Seizure Warrant"),
        ("h", "UNITED STATES DISTRICT COURT"),
        ("c", "for the\nDistrict of Utah"),
        ("grid", [["In the Matter of the Search of\n(__Briefly describe the property to be searched or identify the person by name and address__)\n"
                   "RECORDS MAINTAINED BY THE UTAH DEPARTMENT OF PUBLIC SAFETY, DRIVER LICENSE DIVISION, PERTAINING TO "
                   "CODY WAYNE PRUITT AND ANA LUCÍA BENÍTEZ-ROJAS",
                   "\n\nCase No. 2:25-mj-00214-MKT"]], [318, 150]),
        ("h2", "SEARCH AND SEIZURE WARRANT"),
        ("pl", "To:   Any authorized law enforcement officer"),
        ("p", "An application by a federal law enforcement officer or an attorney for the government requests the "
              "search of the following person or property located in the District of Utah (__identify the person "
              "or describe the property to be searched and give its location__): **See Attachment A.**"),
        ("p", "I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize "
              "the person or property described above, and that such search will reveal (__identify the person or "
              "describe the property to be seized__): **See Attachment B.**"),
        ("p", "YOU ARE COMMANDED to execute this warrant on or before April 1, 2025 (__not to exceed 14 days__)\n"
              "☒ in the daytime 6:00 a.m. to 10:00 p.m.   ☐ at any time in the day or night because good cause has been established."),
        ("p", "Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
              "property taken to the person from whom, or from whose premises, the property was taken, or leave the "
              "copy and receipt at the place where the property was taken."),
        ("p", "The officer executing this warrant, or an officer present during the execution of the warrant, must "
              "prepare an inventory as required by law and promptly return this warrant and inventory to "
              "Hon. Miriam K. Talbot, United States Magistrate Judge."),
        ("p", "☐ Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result "
              "listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this "
              "warrant to delay notice to the person who, or whose property, will be searched or seized."),
        ("grid", [["Date and time issued: 03/18/2025 2:15 pm", Sig("Miriam K. Talbot", 200, "Serif-BI", 13)],
                  ["", "Judge\u2019s signature"],
                  ["City and state: Salt Lake City, Utah", "Miriam K. Talbot, U.S. Magistrate Judge\n__Printed name and title__"]],
         [234, 234], [("GRID", (0, 0), (-1, -1), 0, colors.white)]),
        ("pb",),
        ("h2", "ATTACHMENT A \u2013 Property to Be Searched"),
        ("p", "Records maintained by the Utah Department of Public Safety, Driver License Division, 4501 South 2700 "
              "West, Salt Lake City, Utah 84129, including records stored electronically, pertaining to the persons "
              "identified in Attachment B."),
        ("h2", "ATTACHMENT B \u2013 Particular Things to Be Seized"),
        ("pl", "1.  Driver license and identification card applications, including supporting identity documents "
               "(birth certificates, passports, proof of Utah residency), for:\n"
               "      a.  Cody Wayne PRUITT, DOB 1994-10-05, UT DL 183772051\n"
               "      b.  Ana Lucía BENÍTEZ-ROJAS, DOB 1997-01-18, UT DL 190203377\n"
               "2.  All photographs of the above persons captured by the Division.\n"
               "3.  All residential and mailing address history for the above persons."),
        ("p", "These records constitute evidence of violations of 18 U.S.C. §§ 922(a)(6), 924(a)(1)(A), and 371. "
              "This warrant is issued pursuant to Fed. R. Crim. P. 41."),
    ]
    build_pdf(os.path.join(OUT, "bh20.pdf"), b, font="Serif", size=10)
    label("bh20", "born_digital", "ATF cover letter + AO 93 search and seizure warrant; subjects in Attachment B",
          ["doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Salt Lake City Field Office", "Hollis R. Begay",
           "Special Agent", "hollis.begay@atf.gov", "(801) 555-0124"],
          [("Cody Wayne Pruitt", "1994-10-05", [("license", "183772051")]),
           ("Ana Lucía Benítez-Rojas", "1997-01-18", [("license", "190203377")])],
          ["18 USC 922", "18 USC 924", "18 USC 371", "18 USC 3103a", "18 USC 2705", "FRCrP 41"],
          "judicial_warrant", "AO 93", True, "criminal_investigation",
          ["license", "identity_documents", "photo", "address"], "email")
# ==============================================================================================
# bh21 — eml with attached I-247N (request for voluntary notification of release)
# ==============================================================================================
@doc
def bh21():
    b = [
        ("pl", "DEPARTMENT OF HOMELAND SECURITY"),
        ("h", "REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE\nOF SUSPECTED PRIORITY ALIEN"),
        ("grid", [["Subject ID: 412088935", "Event #: DEN2503000127"],
                  ["File No: A203 118 457", "Date: March 12, 2025"]], [234, 234]),
        ("grid", [["TO: (Name and Title of Institution)\nColorado Department of Corrections\nArkansas Valley Correctional Facility",
                   "FROM: (Department of Homeland Security Office Address)\nICE ERO Denver, 12445 E. Caley Ave.\nCentennial, CO 80111"]],
         [234, 234]),
        ("grid", [["Name of Alien: CABALLERO NÚÑEZ, Wilmer Alexis", "Date of Birth: 1996-04-02", "Citizenship: HONDURAS", "Sex: M"]],
         [190, 100, 110, 68]),
        ("pl", "**1. DHS HAS DETERMINED THAT THE ALIEN IN YOUR CUSTODY IS A PRIORITY FOR REMOVAL BECAUSE HE OR SHE:**"),
        ("pl", "☒ has been convicted of an offense listed as a felony in the convicting jurisdiction;\n"
               "☐ has been convicted of three or more misdemeanor offenses;\n"
               "☐ has been convicted of a significant misdemeanor."),
        ("pl", "**IT IS REQUESTED THAT YOU:**"),
        ("pl", "\u2022 Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from "
               "your custody. Please notify DHS by calling (303) 555-0148.\n"
               "\u2022 This request for notification of release does not request or authorize that you detain the "
               "alien beyond the time he or she is currently scheduled for release from your custody."),
        ("grid", [["Adrián Quezada-Moll, Supervisory Detention and Deportation Officer\n(Name and title of Immigration Officer)",
                   Sig("A. Quezada-Moll", 200, "Sans-I", 12)]], [280, 188]),
        ("small", "Authority: section 287 of the Immigration and Nationality Act, 8 U.S.C. § 1357; 8 C.F.R. § 287.7."),
        ("sp", 6),
        ("h2", "NOTICE TO THE ALIEN"),
        ("small", "The Department of Homeland Security (DHS) has requested that the law enforcement agency that is "
                  "currently holding you notify DHS of your release. This request does not authorize the agency to "
                  "hold you beyond your scheduled release."),
    ]
    pdf = pdf_bytes(b, font="Sans", size=9.5, footer=("DHS Form I-247N (11/15)", "Page {p} of 1"))
    m = EmailMessage()
    m["From"] = formataddr(("Quezada-Moll, Adrián", "Adrian.Quezada-Moll@ice.dhs.gov"))
    m["To"] = "cdoc_records@state.co.us"
    m["Subject"] = "I-247N - CABALLERO NUNEZ, Wilmer - CDOC 176634"
    m["Date"] = "Wed, 12 Mar 2025 09:40:03 -0600"
    m["Message-ID"] = "<CY8PR09MB9034E5F61A@CY8PR09MB9034.namprd09.prod.outlook.com>"
    m.set_content("""Good morning,

Please see the attached I-247N for inmate CABALLERO NUNEZ, Wilmer Alexis,
CDOC #176634, DOB 04/02/1996. We are not asking that he be held past his
release date - only that we be notified ahead of time.

Can you also confirm his current facility and tentative release date?

Respectfully,

Adrián Quezada-Moll
SDDO, ICE/ERO Denver
Office 303-555-0148
""", charset="utf-8")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="I-247N_CABALLERO.pdf")
    write_eml(os.path.join(OUT, "bh21.eml"), m, "21")
    label("bh21", "eml", "ERO email to state prison with I-247N request for notification of release (PDF)",
          ["dhs-ice-ero", "ICE/ERO Denver", "Adrián Quezada-Moll", "Supervisory Detention and Deportation Officer",
           "Adrian.Quezada-Moll@ice.dhs.gov", "303-555-0148"],
          [("Wilmer Alexis Caballero Núñez", "1996-04-02", [("a_number", "A203118457"), ("other", "176634")])],
          ["INA 287", "8 USC 1357", "8 CFR 287.7"],
          "detainer", "I-247N", True, "civil_immigration", ["other"], "email")

# ==============================================================================================
# bh22 — txt: CBP officer email saved as text, no reason given
# ==============================================================================================
@doc
def bh22():
    t = """From: Villanueva, Ernesto J <ERNESTO.J.VILLANUEVA@cbp.dhs.gov>
Sent: Thursday, April 10, 2025 7:52 AM
To: DMV Law Enforcement Requests <dmv.lerecords@state.co.us>
Subject: registration / owner info

Morning,

Requesting RO info and DL photos for the following. Plate CO BXY-R42,
2012 Chevrolet Express van, white. Registered owners appear to be:

   QUINTERO MEJÍA, Efraín          DOB 1979-11-23
   QUINTERO MEJÍA, Rosa Elvira     DOB 1981-02-07

Need current address for both, DL status and photos. For official use
only. Request made under 18 U.S.C. 2721(b)(1).

V/r

CBPO Ernesto J. Villanueva
U.S. Customs and Border Protection
Office of Field Operations - Port of Denver
Desk 303-555-0116

WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).
"""
    open(os.path.join(OUT, "bh22.txt"), "w", encoding="utf-8").write(t)
    label("bh22", "txt", "CBP officer terse email saved as text, two registered owners, no stated reason",
          ["dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations - Port of Denver",
           "Ernesto J. Villanueva", "CBP Officer", "ERNESTO.J.VILLANUEVA@cbp.dhs.gov", "303-555-0116"],
          [("Efraín Quintero Mejía", "1979-11-23", []),
           ("Rosa Elvira Quintero Mejía", "1981-02-07", [])],
          ["18 USC 2721"],
          "none", None, False, "unknown", ["vehicle", "photo", "address", "license"], "email")

# ==============================================================================================
# bh23 — scanned: DA cover letter + Utah district court order; victim and defence counsel named
# ==============================================================================================
@doc
def bh23():
    b = [
        ("lh", ["SALT LAKE COUNTY DISTRICT ATTORNEY\u2019S OFFICE", "Justice Division",
                "35 East 500 South \u2022 Salt Lake City, Utah 84111"]),
        ("pl", "March 7, 2025"),
        ("pl", "Utah Department of Workforce Services\nAttn: Records Custodian / Legal Services\n140 East 300 South\nSalt Lake City, UT 84111"),
        ("pl", "RE:  __State v. Kovalenko__, Third District Court Case No. 241907733"),
        ("p", "Enclosed is a signed Order Compelling Production of Records entered by Judge Harriet S. Lindgren. "
              "Please produce the records described in the Order to my office within ten days of service. Records "
              "may be sent by mail or to byazzie@saltlakecounty.gov."),
        ("pl", "Sincerely,"),
        ("sig", "Brendan T. Yazzie"),
        ("pl", "Brendan T. Yazzie\nDeputy District Attorney\n(385) 555-0102"),
        ("pb",),
        ("pl", "Brendan T. Yazzie (Bar No. 16654)\nDeputy District Attorney\n35 East 500 South, Salt Lake City, Utah 84111\nAttorney for the State"),
        ("sp", 6),
        ("c", "**IN THE THIRD JUDICIAL DISTRICT COURT IN AND FOR**\n**SALT LAKE COUNTY, STATE OF UTAH**"),
        ("grid", [["STATE OF UTAH,\n          Plaintiff,\nv.\nDMYTRO OLEKSANDROVYCH KOVALENKO,\n          Defendant.",
                   "ORDER COMPELLING PRODUCTION OF RECORDS FROM THE UTAH DEPARTMENT OF WORKFORCE SERVICES\n\n"
                   "Case No. 241907733\nJudge Harriet S. Lindgren"]], [234, 234]),
        ("p", "Based upon the State\u2019s Motion, and good cause appearing, the Court finds that the records described "
              "below are relevant and material to the charges of Aggravated Assault, Utah Code Ann. § 76-5-103, and "
              "Tampering with a Witness, Utah Code Ann. § 76-8-508, that the requirements of Utah R. Crim. P. 14(b) "
              "are met, and that disclosure is permitted under Utah Code Ann. § 35A-4-312."),
        ("p", "IT IS HEREBY ORDERED that the Utah Department of Workforce Services shall produce to the Salt Lake "
              "County District Attorney\u2019s Office, within ten (10) days of service of this Order, the following "
              "records concerning Defendant Dmytro Oleksandrovych KOVALENKO (DOB: 19 August 1985), also known as "
              "\u201cDmitri Kovalenko\u201d:"),
        ("pl", "(a)  unemployment insurance claims and payment records, January 2022 to present;\n"
               "(b)  quarterly wage records reported by all employers, including Ridgeline Framing Inc.;\n"
               "(c)  the Defendant\u2019s address and telephone number of record."),
        ("p", "IT IS FURTHER ORDERED that the records shall be provided to defense counsel upon receipt and shall "
              "not be disclosed to the named victim, S.K., or to any other witness."),
        ("pl", "DATED this 6th day of March, 2025."),
        ("pl", "BY THE COURT:"),
        ("sig", "Harriet S. Lindgren", 220),
        ("pl", "Honorable Harriet S. Lindgren\nThird District Court Judge"),
        ("sp", 6),
        ("pl", "Approved as to form:\n/s/ Colleen Marchetti, Salt Lake Legal Defender Association, Attorney for Defendant"),
    ]
    pdf = pdf_bytes(b, font="Serif", size=10.5)
    save_scanned_pdf(os.path.join(OUT, "bh23.pdf"), pdf, 250, seed=2323, turns={1: 180})
    label("bh23", "scanned", "DA cover letter + Utah district court order; defendant in caption and alias; scan, order page upside down",
          ["district-attorney", "Salt Lake County District Attorney's Office", "Brendan T. Yazzie", "Deputy District Attorney",
           "byazzie@saltlakecounty.gov", "(385) 555-0102"],
          [("Dmytro Oleksandrovych Kovalenko", "1985-08-19", [])],
          ["UCA 76-5-103", "UCA 76-8-508", "UT CrimP 14", "UCA 35A-4-312"],
          "court_order", None, True, "criminal_investigation",
          ["claims", "wages", "employment", "address", "phone"], "mail")

# ==============================================================================================
# bh24 — eml with PNG scan of a CBP Form 3115 summons; business named after the subjects
# ==============================================================================================
@doc
def bh24():
    b = [
        ("c", "DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection"),
        ("h", "SUMMONS"),
        ("grid", [["To: Custodian of Records\nColorado Department of Revenue, Division of Motor Vehicles\n1881 Pierce Street, Lakewood, CO 80214",
                   "Summons No.: DEN-OFO-25-019\nDate: April 14, 2025"]], [318, 150]),
        ("p", "**In the matter of:** Investigation of NGUYEN BROTHERS FREIGHT INC. and its principals "
              "NGUYỄN, Văn Hải (DOB 1972-03-15) and NGUYỄN, Thị Lan (DOB 1975-09-28)."),
        ("p", "You are hereby summoned and required to appear before **CBPO Aleksandra Wójcik**, an officer of U.S. "
              "Customs and Border Protection, to give testimony and to bring with you and produce for examination "
              "the following books, papers, records and documents:"),
        ("p", "Certified copies of the driver license records and photographs of the two individuals named above, "
              "and all vehicle title and registration records (2019 to present) for vehicles registered to either "
              "individual or to Nguyen Brothers Freight Inc."),
        ("grid", [["Place: U.S. Customs and Border Protection, 8500 Peña Boulevard, Denver, CO 80249", "Time: May 5, 2025, 10:00 a.m."]],
         [318, 150]),
        ("p", "This summons is issued under 19 U.S.C. 1509 in connection with an investigation of possible violations "
              "of 18 U.S.C. 545 and 19 U.S.C. 1595a."),
        ("p", "Failure to comply with this summons will render you liable to proceedings in a U.S. District Court to "
              "enforce compliance with this summons as well as other sanctions (19 U.S.C. 1510)."),
        ("grid", [["Signature:", Sig("Kyle R. Antonelli", 190, "Sans-I", 12)],
                  ["Name / Title:", "Kyle R. Antonelli, Assistant Port Director, Port of Denver"]], [100, 368]),
    ]
    pdf = pdf_bytes(b, font="Sans", size=10, footer=("CBP Form 3115 (10/22)", ""))
    pg = rasterize(pdf, 150)[0]
    rng = np.random.default_rng(2424)
    img = scan_page(pg, rng, 0.9, 0, bg=238, noise=4, blur=0.4)
    img = img.quantize(16).convert("L")
    buf = io.BytesIO(); img.save(buf, "PNG", optimize=True)
    m = EmailMessage()
    m["From"] = formataddr(("Wójcik, Aleksandra", "ALEKSANDRA.WOJCIK@cbp.dhs.gov"))
    m["To"] = "dmv.lerecords@state.co.us"
    m["Subject"] = "CBP Summons DEN-OFO-25-019"
    m["Date"] = "Mon, 14 Apr 2025 14:27:10 -0600"
    m["Message-ID"] = "<SJ0PR09MB6672F1E2A9@SJ0PR09MB6672.namprd09.prod.outlook.com>"
    m.set_content("""Hello,

Please see the attached CBP summons (CBP Form 3115) for the driver license
records and vehicle title/registration records of Mr. Nguyễn Văn Hải and
his wife, Ms. Nguyễn Thị Lan, the owners of Nguyen Brothers Freight Inc.
Records can be e-mailed to me in lieu of appearance.

Regards,

Aleksandra Wójcik
CBP Officer (Enforcement)
A-TCET, Port of Denver
U.S. Customs and Border Protection
Tel: 303-555-0112
""", charset="utf-8")
    m.add_attachment(buf.getvalue(), maintype="image", subtype="png", filename="summons_scan.png")
    write_eml(os.path.join(OUT, "bh24.eml"), m, "24")
    label("bh24", "eml", "CBP officer email with PNG scan of CBP Form 3115 summons; business named after subjects",
          ["dhs-cbp", "U.S. Customs and Border Protection, Port of Denver", "Aleksandra Wójcik", "CBP Officer (Enforcement)",
           "ALEKSANDRA.WOJCIK@cbp.dhs.gov", "303-555-0112"],
          [("Văn Hải Nguyễn", "1972-03-15", []),
           ("Thị Lan Nguyễn", "1975-09-28", [])],
          ["19 USC 1509", "18 USC 545", "19 USC 1595a", "19 USC 1510"],
          "administrative_subpoena", "CBP Form 3115", True, "criminal_investigation",
          ["license", "photo", "vehicle"], "email")
# ==============================================================================================
# bh25 — Colorado criminal subpoena duces tecum (trial), DA requests defendant's DOC records
# ==============================================================================================
@doc
def bh25():
    b = [
        ("grid", [["DISTRICT COURT, CITY AND COUNTY OF DENVER, COLORADO\nCourt Address: 520 W. Colfax Ave., Denver, CO 80204\n\n"
                   "**THE PEOPLE OF THE STATE OF COLORADO**\n\nv.\n\nDefendant: **TYRONE JAMAL WHITFIELD**",
                   "\n\n\u25b2 COURT USE ONLY \u25b2"],
                  ["Attorney for the People:\nBeth Haldane-Musa, Deputy District Attorney, Reg. No. 48812\n"
                   "Denver District Attorney\u2019s Office\n201 W. Colfax Ave., Dept. 801, Denver, CO 80202\n"
                   "Phone: (720) 555-0150   E-mail: b.haldane-musa@denverda.gov",
                   "Case Number: 24CR06112\n\nCourtroom: 5F"]], [318, 150]),
        ("h", "SUBPOENA DUCES TECUM (CRIMINAL)"),
        ("pl", "TO:  Records Custodian, Colorado Department of Corrections, Offender Records Unit\n"
               "       2862 South Circle Drive, Colorado Springs, CO 80906"),
        ("p", "YOU ARE ORDERED to appear and produce the following documents at trial in the above case in Courtroom "
              "5F, Lindsey-Flanigan Courthouse, 520 W. Colfax Ave., Denver, Colorado, on **June 2, 2025** at 8:30 a.m., "
              "and to remain until released by the Court:"),
        ("pl", "Certified copies of the following records of inmate/parolee **Tyrone Jamal WHITFIELD** (a/k/a \u201cT-Bone\u201d; "
               "a/k/a Tyrone J. Whitfield-Bey), CDOC No. 143377, DOB May 30, 1990:\n"
               "   1. mittimus(es), sentence computation and offender face sheet (criminal history);\n"
               "   2. all intake and most recent booking photographs;\n"
               "   3. parole address history and approved residence records, 2021 to present."),
        ("p", "The Defendant is charged with Attempted Murder in the First Degree, C.R.S. §§ 18-2-101 and 18-3-102. "
              "This subpoena is issued pursuant to Crim. P. 17(c). In lieu of appearance, the records may be "
              "delivered to the Deputy District Attorney named above before the trial date, accompanied by a "
              "certification complying with C.R.E. 902(11)."),
        ("p", "FAILURE TO OBEY THIS SUBPOENA WITHOUT ADEQUATE EXCUSE MAY BE DEEMED A CONTEMPT OF THE COURT."),
        ("grid", [["Date issued: April 18, 2025", "CLERK OF COURT\n\nBy: __/s/ J. Lovato__, Deputy Clerk"],
                  ["", "and\n\n" ],
                  ["", "__/s/ Beth Haldane-Musa__\nAttorney\u2019s signature"]], [200, 268],
         [("GRID", (0, 0), (-1, -1), 0, colors.white)]),
        ("hr",),
        ("h2", "RETURN OF SERVICE"),
        ("p", "I declare under oath that I served this Subpoena on the Colorado Department of Corrections by mailing a "
              "copy by certified mail, return receipt requested, on April 21, 2025."),
        ("pl", "__/s/ Darnell Ruiz-Evans__, Investigator, Denver District Attorney\u2019s Office"),
    ]
    build_pdf(os.path.join(OUT, "bh25.pdf"), b, font="Sans", size=9.5,
              footer=("DDA Form SDT-17 (rev. 01/2024)", "Page {p}"))
    label("bh25", "born_digital", "Colorado criminal trial subpoena duces tecum in court caption box, issued for the DA; served by certified mail",
          ["district-attorney", "Denver District Attorney's Office", "Beth Haldane-Musa", "Deputy District Attorney",
           "b.haldane-musa@denverda.gov", "(720) 555-0150"],
          [("Tyrone Jamal Whitfield", "1990-05-30", [("other", "143377")])],
          ["CRS 18-2-101", "CRS 18-3-102", "CO CrimP 17", "CO CRE 902"],
          "court_subpoena", None, True, "criminal_investigation", ["criminal_history", "photo", "address"], "mail")

# ==============================================================================================
# bh26 — txt: sheriff investigator email export; names in capitals, one name split across a line
# ==============================================================================================
@doc
def bh26():
    t = """Date: Mon, 14 Apr 2025 16:05:44 -0600
From: "Pritchard-Lamb, Owen" <opritchard-lamb@arapahoeco.gov>
To: "DMV Law Enforcement Requests" <dmv.lerecords@state.co.us>
Subject: ACSO 25-10877 catalytic converter thefts - address/vehicle checks

Good afternoon,

I'm working a string of catalytic converter thefts from dealership lots in
Centennial and along Fort Morgan Way (ACSO case 25-10877; theft, C.R.S.
18-4-401, and criminal mischief, C.R.S. 18-4-501). I need current address
of record and a list of vehicles registered to each of the following:

1. SVETLANA MOROZOVA     DOB 07/22/1993
2. ABDULLAHI ISMAIL NUR  DOB January 9, 2000
3. JESÚS MANUEL DE LA O  DOB 1989-12-12

For background: we believe that Svetlana
Morozova rents a storage unit from Peter Sandoval (landlord, not
involved) where the converters are being cut. Nur and De la O were
identified from a pawn transaction. The dealership manager who reported
the thefts is Craig Holmquist.

Please send whatever you have to me at this address.

Thank you,

Inv. Owen Pritchard-Lamb
Arapahoe County Sheriff's Office | Property Crimes Unit
13101 E. Broncos Pkwy, Centennial, CO 80112
Desk 720-555-0103
"""
    open(os.path.join(OUT, "bh26.txt"), "w", encoding="utf-8").write(t)
    label("bh26", "txt", "sheriff investigator email saved as text; caps names list, surname-only mentions, name split over a line",
          ["sheriff", "Arapahoe County Sheriff's Office, Property Crimes Unit", "Owen Pritchard-Lamb", "Investigator",
           "opritchard-lamb@arapahoeco.gov", "720-555-0103"],
          [("Svetlana Morozova", "1993-07-22", []),
           ("Abdullahi Ismail Nur", "2000-01-09", []),
           ("Jesús Manuel de la O", "1989-12-12", [])],
          ["CRS 18-4-401", "CRS 18-4-501"],
          "none", None, False, "criminal_investigation", ["address", "vehicle"], "email")

# ==============================================================================================
# bh27 — SSA-OIG cover letter + inspector-general subpoena duces tecum (born digital)
# ==============================================================================================
@doc
def bh27():
    b = [
        ("lhs", "SSA", ["SOCIAL SECURITY ADMINISTRATION", "Office of the Inspector General \u2013 Office of Investigations",
                        "Denver Field Division", "1961 Stout Street, Room 08-300, Denver, CO 80294"]),
        ("pl", "April 29, 2025"),
        ("pl", "**SENT VIA FEDEX**"),
        ("pl", "Custodian of Records\nColorado Department of Labor and Employment\n633 17th Street\nDenver, CO 80202"),
        ("pl", "Re:  SSA-OIG Case No. DEN2500412"),
        ("p", "Dear Custodian of Records:"),
        ("p", "Enclosed please find an Inspector General subpoena duces tecum for wage and employer records. The "
              "subpoena relates to Fartun Mohamed ABDULLAHI, who has received Supplemental Security Income payments "
              "while allegedly failing to report wages. Her representative payee, Mr. Abdirizak Hersi, has been "
              "interviewed and is not a subject of this subpoena."),
        ("p", "Records may be mailed or e-mailed to me. Please contact me at (303) 555-0175 or "
              "kristof.nagy-varga@ssa.gov with any questions."),
        ("pl", "Sincerely,"),
        ("sig", "Kristóf Nagy-Varga"),
        ("pl", "Kristóf Nagy-Varga\nSpecial Agent"),
        ("pl", "Enclosure"),
        ("pb",),
        ("c", "UNITED STATES OF AMERICA\nSOCIAL SECURITY ADMINISTRATION\nOFFICE OF THE INSPECTOR GENERAL"),
        ("h", "SUBPOENA DUCES TECUM"),
        ("grid", [["To: Custodian of Records, Colorado Department of Labor and Employment, 633 17th Street, Denver, CO 80202",
                   "No. OIG-DEN-25-0088"]], [340, 128]),
        ("p", "YOU ARE HEREBY COMMANDED to produce the records described below to Special Agent Kristóf Nagy-Varga, "
              "Social Security Administration, Office of the Inspector General, 1961 Stout Street, Denver, Colorado, "
              "on or before May 23, 2025, at 10:00 a.m."),
        ("p", "Records to be produced: all quarterly wage records, and the names and addresses of all reporting "
              "employers (including Summit Home Health Aides LLC), for the period January 1, 2021 to the present, "
              "pertaining to:"),
        ("pl", "        **FARTUN MOHAMED ABDULLAHI**\n        also known as Fartun M. Cabdullaahi\n"
               "        Date of birth: 27 March 1982\n        SSN: ***-**-5519"),
        ("p", "This subpoena is issued in connection with an investigation of possible violations of 42 U.S.C. "
              "§ 408(a) and 18 U.S.C. § 641, under the authority of 5 U.S.C. § 406(a)(4)."),
        ("p", "In the case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any "
              "appropriate United States district court."),
        ("grid", [["IN TESTIMONY WHEREOF, the undersigned, for the Inspector General, has hereunto set her hand this 28th day of April, 2025.",
                   Sig("Janet L. Okonjo", 170, "Serif-BI", 12)],
                  ["", "Janet L. Okonjo\nAssistant Inspector General for Investigations"]], [268, 200],
         [("GRID", (0, 0), (-1, -1), 0, colors.white)]),
    ]
    build_pdf(os.path.join(OUT, "bh27.pdf"), b, font="Serif", size=10.5)
    label("bh27", "born_digital", "SSA-OIG cover letter + inspector-general subpoena duces tecum; representative payee not a subject",
          ["ssa-oig", "Social Security Administration, Office of the Inspector General \u2013 Office of Investigations",
           "Kristóf Nagy-Varga", "Special Agent", "kristof.nagy-varga@ssa.gov", "(303) 555-0175"],
          [("Fartun Mohamed Abdullahi", "1982-03-27", [("ssn_last4", "5519")])],
          ["42 USC 408", "18 USC 641", "5 USC 406"],
          "administrative_subpoena", None, True, "criminal_investigation", ["wages", "employment"], "mail")

# ==============================================================================================
# bh28 — fax: USMS cover + AO 442 arrest warrant
# ==============================================================================================
@doc
def bh28():
    b = [
        ("h", "UNITED STATES MARSHALS SERVICE"),
        ("c", "District of Colorado \u2022 Colorado Violent Offender Fugitive Task Force\n901 19th Street, Denver, CO 80294"),
        ("sp", 6),
        ("h2", "FAX"),
        ("grid", [["TO: CDLE \u2013 UI Wage Records", "FAX: 303-555-0191"],
                  ["FROM: DUSM Keegan P. Doherty", "PHONE: 303-555-0128  FAX: 303-555-0129"],
                  ["DATE: 02/27/2025", "PAGES: 2"]], [234, 234]),
        ("p", "Attached is a federal arrest warrant for ANDRIY PAVLOVYCH MELNYK (DOB 1984-11-28). Requesting his "
              "current employer(s) of record and the address reported on his wage records for the last four quarters, "
              "to assist in locating and apprehending him. Authority: 28 U.S.C. § 566(e)(1)(B)."),
        ("p", "Note: his former girlfriend, Kateryna Bondarenko, is the complainant in a separate state case \u2013 "
              "please do not contact her. Reply to keegan.doherty@usdoj.gov or by fax."),
        ("pb",),
        ("pl", "AO 442 (Rev. 11/11) Arrest Warrant"),
        ("h", "UNITED STATES DISTRICT COURT"),
        ("c", "for the\nDistrict of Colorado"),
        ("grid", [["United States of America\n          v.\nANDRIY PAVLOVYCH MELNYK\n          __Defendant__",
                   "\nCase No. 1:25-cr-00088-RMR"]], [300, 168]),
        ("h2", "ARREST WARRANT"),
        ("pl", "To:   Any authorized law enforcement officer"),
        ("p", "YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary "
              "delay (__name of person to be arrested__) **ANDRIY PAVLOVYCH MELNYK**, who is accused of an offense "
              "or violation based on the following document filed with the court:"),
        ("pl", "☒ Indictment   ☐ Superseding Indictment   ☐ Information   ☐ Superseding Information   ☐ Complaint\n"
               "☐ Probation Violation Petition   ☐ Supervised Release Violation Petition   ☐ Violation Notice   ☐ Order of the Court"),
        ("p", "This offense is briefly described as follows: Felon in possession of a firearm and ammunition, "
              "18 U.S.C. § 922(g)(1); possession with intent to distribute fentanyl, 21 U.S.C. § 841(a)(1) and (b)(1)(C)."),
        ("grid", [["Date: 02/06/2025", "__s/ M. Delgado__\nIssuing officer\u2019s signature"],
                  ["City and state: Denver, Colorado", "M. Delgado, Deputy Clerk\nPrinted name and title"]], [234, 234],
         [("GRID", (0, 0), (-1, -1), 0, colors.white)]),
        ("hr",),
        ("h2", "Return"),
        ("p", "This warrant was received on (__date__) __________, and the person was arrested on (__date__) "
              "__________ at (__city and state__) ____________________."),
        ("pl", "Date: __________        ______________________________ Arresting officer\u2019s signature"),
    ]
    pdf = pdf_bytes(b, font="Serif", size=10.5)
    save_fax_tiff(os.path.join(OUT, "bh28.tif"), pdf, 2828,
                  lambda p, n: "FEB 27 2025 11:48AM  USMS D/CO CVOFTF  303 555 0129  PAGE %d/%d" % (p, n))
    label("bh28", "fax", "USMS fax cover + AO 442 arrest warrant (indictment, signed by deputy clerk); complainant named",
          ["doj-usms", "United States Marshals Service, District of Colorado", "Keegan P. Doherty", "Deputy U.S. Marshal",
           "keegan.doherty@usdoj.gov", "303-555-0128"],
          [("Andriy Pavlovych Melnyk", "1984-11-28", [])],
          ["28 USC 566", "18 USC 922", "21 USC 841"],
          "judicial_warrant", "AO 442", True, "criminal_investigation", ["employment", "address", "wages"], "fax")
# ==============================================================================================
# bh29 — HTML-only ICE email (no component), numbered list with details on following lines
# ==============================================================================================
@doc
def bh29():
    html = """<html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:10.5pt">
<div>Good afternoon,</div><br>
<div>ICE requests the following information for official use regarding the subjects listed below: last known
residential address and the most recent driver&#39;s license / ID photograph.</div>
<ol>
<li><b>Marcelino IBARRA-DE LE&Oacute;N</b><br>DOB: 05-16-1987<br>A# 078 445 902</li>
<li><b>Oksana HRYTSENKO</b><br>DOB: 30.10.1991<br>A-Number: A-212-660-781</li>
</ol>
<div>This request is made pursuant to 8 U.S.C. &sect; 1357 and 8 U.S.C. &sect; 1103.</div><br>
<div>Respectfully,</div><br>
<div><b>Nadia Ferhat</b><br>Officer<br>U.S. Immigration and Customs Enforcement<br>Denver, Colorado<br>
Tel: (303) 555-0144<br><a href="mailto:nadia.ferhat@ice.dhs.gov">nadia.ferhat@ice.dhs.gov</a></div>
<hr>
<div style="font-size:8pt;color:#555">CONFIDENTIALITY NOTICE: This e-mail, including attachments, is intended only
for the person(s) to whom it is addressed and may contain information that is FOR OFFICIAL USE ONLY (FOUO) and
protected by the Privacy Act, 5 U.S.C. &sect; 552a. If you are not the intended recipient, please notify the
sender and delete this message.</div>
</body></html>"""
    m = EmailMessage()
    m["From"] = formataddr(("Ferhat, Nadia", "nadia.ferhat@ice.dhs.gov"))
    m["To"] = "dmv.lerecords@state.co.us"
    m["Subject"] = "Information Request"
    m["Date"] = "Tue, 25 Mar 2025 14:11:26 -0600"
    m["Message-ID"] = "<MN2PR09MB4402AB7C31@MN2PR09MB4402.namprd09.prod.outlook.com>"
    m.set_content(html, subtype="html", charset="utf-8")
    write_eml(os.path.join(OUT, "bh29.eml"), m, "29")
    label("bh29", "eml", "ICE (no component) HTML-only email, ordered list with DOB and A-number lines, privacy notice",
          ["dhs-ice", "U.S. Immigration and Customs Enforcement, Denver, Colorado", "Nadia Ferhat", "Officer",
           "nadia.ferhat@ice.dhs.gov", "(303) 555-0144"],
          [("Marcelino Ibarra-de León", "1987-05-16", [("a_number", "A078445902")]),
           ("Oksana Hrytsenko", "1991-10-30", [("a_number", "A212660781")])],
          ["8 USC 1357", "8 USC 1103", "5 USC 552a"],
          "none", None, False, "civil_immigration", ["address", "photo"], "email")

# ==============================================================================================
# bh30 — scanned: municipal police letter about a missing adult (no crime, no citation)
# ==============================================================================================
@doc
def bh30():
    b = [
        ("lh", ["PUEBLO POLICE DEPARTMENT", "Patrol Division \u2013 Missing Persons Liaison",
                "200 South Main Street \u2022 Pueblo, Colorado 81003"]),
        ("pl", "3/27/2025"),
        ("pl", "Colorado Division of Motor Vehicles\nRecord Services\n1881 Pierce Street\nLakewood, CO 80214"),
        ("pl", "Re:  Missing adult \u2013 CASTAÑEDA RUIZ, María José \u2013 PPD Report 25-004310"),
        ("p", "To whom it may concern,"),
        ("p", "On March 20, 2025, Ms. María José Castañeda Ruiz (date of birth January 31st, 1964) was reported "
              "missing by her sister, Ana Lucía Castañeda. Ms. Castañeda Ruiz has early-onset memory problems and "
              "has not been seen since March 17. No criminal activity is suspected at this time. Her adult "
              "daughter, Yesenia Ruiz, has also been contacted and does not know her whereabouts."),
        ("p", "To assist in locating her, we ask for the most recent address on file, any recent change-of-address "
              "records, and any vehicles registered to her. Please mail the information to my attention or call "
              "me at (719) 555-0184."),
        ("pl", "Thank you,"),
        ("sig", "Dominic Archuleta"),
        ("pl", "Officer Dominic Archuleta #0933\nPueblo Police Department\ndarchuleta@pueblo.us"),
    ]
    pdf = pdf_bytes(b, font="Serif", size=11)
    save_scanned_pdf(os.path.join(OUT, "bh30.pdf"), pdf, 200, seed=3030)
    label("bh30", "scanned", "municipal police letter about a missing adult; sister and daughter named; no statute",
          ["local-police", "Pueblo Police Department", "Dominic Archuleta", "Officer", "darchuleta@pueblo.us", "(719) 555-0184"],
          [("María José Castañeda Ruiz", "1964-01-31", [])],
          [], "none", None, False, "unknown", ["address", "vehicle"], "mail")

# ==============================================================================================
# bh31 — AUSA cover letter + 18 U.S.C. 2703(d) order; Polish-named judge; three account holders
# ==============================================================================================
@doc
def bh31():
    b = [
        ("lhs", "DOJ", ["U.S. Department of Justice", "United States Attorney\u2019s Office", "District of Colorado",
                        "1801 California Street, Suite 1600, Denver, Colorado 80202"]),
        ("pl", "May 13, 2025\n\n**VIA ELECTRONIC MAIL** \u2013 cdle_legal@state.co.us"),
        ("pl", "Office of General Counsel\nColorado Department of Labor and Employment\n633 17th Street\nDenver, CO 80202"),
        ("pl", "Re:  __In re Application of the United States for an Order Pursuant to 18 U.S.C. § 2703(d)__, Misc. No. 25-sc-00031"),
        ("p", "Dear Counsel:"),
        ("p", "Enclosed is an Order issued by United States Magistrate Judge Renata O. Świątek directing the "
              "Colorado Department of Labor and Employment to disclose records associated with three MyUI+ claimant "
              "accounts. The records are sought in an investigation of wire fraud and aggravated identity theft "
              "(18 U.S.C. §§ 1343 and 1028A). The Order also directs that CDLE not disclose its existence to the "
              "account holders."),
        ("p", "Please produce the records to FBI Special Agent Priya Raman, who is assisting with this matter, or to "
              "me. I may be reached at (303) 555-0197 or tobias.adebayo-kline@usdoj.gov."),
        ("pl", "Sincerely,\n\nJANE R. MORALES-ABBOTT\nUnited States Attorney"),
        ("sig", "Tobias N. Adebayo-Kline"),
        ("pl", "By: Tobias N. Adebayo-Kline\nAssistant United States Attorney, Economic Crimes Section"),
        ("pb",),
        ("h", "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLORADO"),
        ("grid", [["IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO "
                   "18 U.S.C. § 2703(d) DIRECTED TO THE COLORADO DEPARTMENT OF LABOR AND EMPLOYMENT",
                   "Misc. No. 25-sc-00031-ROS\n\n**FILED UNDER SEAL**"]], [318, 150]),
        ("h2", "ORDER"),
        ("p", "The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the "
              "Court issue an Order requiring the Colorado Department of Labor and Employment (\u201cCDLE\u201d), which "
              "provides an electronic communications service and/or remote computing service through its MyUI+ "
              "claimant portal, to disclose the records and other information described in Attachment A to this Order."),
        ("p", "The Court finds that the United States has offered specific and articulable facts showing that there "
              "are reasonable grounds to believe that the records or other information sought are relevant and "
              "material to an ongoing criminal investigation."),
        ("p", "The Court determines that there is reason to believe that notification of the existence of this Order "
              "will seriously jeopardize the ongoing investigation, including by giving targets an opportunity to "
              "destroy or tamper with evidence. See 18 U.S.C. § 2705(b)."),
        ("p", "IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that CDLE shall, within ten days of the date "
              "of this Order, disclose to the United States the records and other information described in Attachment A."),
        ("p", "IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that CDLE shall not disclose the existence of the "
              "application of the United States, or the existence of this Order of the Court, to the subscribers of "
              "the account(s) listed in Attachment A, or to any other person, for a period of one year."),
        ("p", "IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the Court."),
        ("grid", [["Date: May 12, 2025", Sig("R. O. Świątek", 200, "Serif-BI", 13)],
                  ["", "Hon. Renata O. Świątek\nUnited States Magistrate Judge"]], [234, 234],
         [("GRID", (0, 0), (-1, -1), 0, colors.white)]),
        ("pb",),
        ("h2", "ATTACHMENT A"),
        ("pl", "**I.  The Accounts.**  This Order applies to MyUI+ claimant accounts associated with the following persons:"),
        ("pl", "   1.  DIALLO, Mamadou Saliou \u2014 DOB 1992-06-03 \u2014 SSN xxx-xx-3081\n"
               "   2.  Hannah Rose McAllister-Ng \u2014 DOB 1989-08-17 \u2014 SSN xxx-xx-7342\n"
               "   3.  SZABO, Bence \u2014 DOB 1995-02-26 \u2014 SSN unknown"),
        ("pl", "**II.  Records and Other Information to Be Disclosed.**  For each account, for the period March 1, 2023 "
               "through the date of this Order:\n"
               "   a.  names, residential and mailing addresses, e-mail addresses and telephone numbers on file;\n"
               "   b.  records of session times and durations, and the temporary IP addresses used;\n"
               "   c.  bank account and debit card information used for benefit payments;\n"
               "   d.  all claims filed, with filing dates."),
    ]
    build_pdf(os.path.join(OUT, "bh31.pdf"), b, font="Serif", size=10.5)
    label("bh31", "born_digital", "AUSA cover letter + sealed 18 USC 2703(d) order; account holders listed in Attachment A",
          ["doj-usao", "United States Attorney's Office, District of Colorado", "Tobias N. Adebayo-Kline",
           "Assistant United States Attorney", "tobias.adebayo-kline@usdoj.gov", "(303) 555-0197"],
          [("Mamadou Saliou Diallo", "1992-06-03", [("ssn_last4", "3081")]),
           ("Hannah Rose McAllister-Ng", "1989-08-17", [("ssn_last4", "7342")]),
           ("Bence Szabo", "1995-02-26", [])],
          ["18 USC 2703", "18 USC 2705", "18 USC 1343", "18 USC 1028A"],
          "court_order", None, True, "criminal_investigation",
          ["address", "email", "phone", "claims", "other"], "email")

# ==============================================================================================
# bh32 — eml multipart/alternative + PDF: Oregon DA criminal subpoena duces tecum, two defendants
# ==============================================================================================
@doc
def bh32():
    b = [
        ("c", "IN THE CIRCUIT COURT OF THE STATE OF OREGON\nFOR THE COUNTY OF MULTNOMAH"),
        ("grid", [["STATE OF OREGON,\n          Plaintiff,\n     v.\nJAMES EDWARD HOLLOWAY-PIERCE, and\n"
                   "SOFÍA BELÉN ACUÑA DEL VALLE,\n          Defendants.",
                   "Case No. 25CR01772\n\nSUBPOENA DUCES TECUM\n(Criminal)"]], [300, 168]),
        ("pl", "TO:  Custodian of Records, Oregon Employment Department\n       875 Union Street NE, Salem, OR 97311"),
        ("p", "YOU ARE HEREBY COMMANDED to appear in the Circuit Court of the State of Oregon for the County of "
              "Multnomah, 1200 SW First Avenue, Portland, Oregon, Courtroom 12C, on **May 19, 2025** at 9:00 a.m., "
              "as a witness for the State in the above-entitled criminal action, and to bring with you the "
              "following:"),
        ("pl", "Wage records reported by all employers, employer identification, and all unemployment insurance claim "
               "records, January 1, 2022 to present, for:\n"
               "   \u2022  James Edward HOLLOWAY-PIERCE (a/k/a \u201cJimmy Pierce\u201d), DOB April 12, 1986\n"
               "   \u2022  Sofía Belén ACUÑA DEL VALLE, DOB 5 November 1993"),
        ("p", "The defendants are charged with Identity Theft, ORS 165.800, and Theft in the First Degree, ORS 164.055, "
              "arising from the use of the identity of the victim, Harold Yamamoto (age 81). No records of the victim "
              "are requested."),
        ("p", "This subpoena is issued by the District Attorney pursuant to ORS 136.563. Certified copies of the "
              "records delivered to the District Attorney before the date above, with the affidavit described in "
              "ORS 136.583, will be accepted in lieu of appearance."),
        ("grid", [["Dated: April 24, 2025", Sig("Rebecca Oyelowo-Strand", 210, "Serif-BI", 12)],
                  ["", "Rebecca Oyelowo-Strand, OSB #104477\nDeputy District Attorney, Multnomah County\n"
                       "1200 SW First Avenue, Suite 5200, Portland, OR 97204\n(503) 555-0171"]], [234, 234],
         [("GRID", (0, 0), (-1, -1), 0, colors.white)]),
    ]
    pdf = pdf_bytes(b, font="Serif", size=10.5)
    text = """Hello,

Attached is a subpoena duces tecum in State v. Holloway-Pierce and
Acuña del Valle, Multnomah County Case No. 25CR01772, for wage and UI claim
records of both defendants. Certified copies by mail or secure e-mail are
fine in lieu of appearance.

Thank you,

Rebecca Oyelowo-Strand
Deputy District Attorney | Multnomah County District Attorney's Office
(503) 555-0171
"""
    html = """<html><body><p>Hello,</p>
<p>Attached is a subpoena duces tecum in <i>State v. Holloway-Pierce and Acuña del Valle</i>, Multnomah County
Case No. 25CR01772, for wage and UI claim records of both defendants. Certified copies by mail or secure e-mail
are fine in lieu of appearance.</p>
<p>Thank you,</p>
<p><b>Rebecca Oyelowo-Strand</b><br>Deputy District Attorney | Multnomah County District Attorney&#39;s Office<br>(503) 555-0171</p>
</body></html>"""
    m = EmailMessage()
    m["From"] = formataddr(("Rebecca Oyelowo-Strand", "rebecca.oyelowo-strand@mcda.us"))
    m["To"] = "oed_subpoenas@employ.oregon.gov"
    m["Subject"] = "Subpoena duces tecum - State v. Holloway-Pierce, 25CR01772"
    m["Date"] = "Thu, 24 Apr 2025 10:14:55 -0700"
    m["Message-ID"] = "<20250424171455.5d2c@mcda.us>"
    m.set_content(text, charset="utf-8")
    m.add_alternative(html, subtype="html", charset="utf-8")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="SDT_OED_25CR01772.pdf")
    write_eml(os.path.join(OUT, "bh32.eml"), m, "32")
    label("bh32", "eml", "DA multipart/alternative email with Oregon criminal subpoena duces tecum PDF; two defendants, victim named",
          ["district-attorney", "Multnomah County District Attorney's Office", "Rebecca Oyelowo-Strand",
           "Deputy District Attorney", "rebecca.oyelowo-strand@mcda.us", "(503) 555-0171"],
          [("James Edward Holloway-Pierce", "1986-04-12", []),
           ("Sofía Belén Acuña del Valle", "1993-11-05", [])],
          ["ORS 165.800", "ORS 164.055", "ORS 136.563", "ORS 136.583"],
          "court_subpoena", None, True, "criminal_investigation", ["wages", "employment", "claims"], "email")


if __name__ == "__main__":
    only = sys.argv[1:]
    for fn in DOCS:
        if not only or fn.__name__ in only:
            fn()
            print("built", fn.__name__)
