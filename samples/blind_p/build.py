#!/usr/bin/env python3
"""Build the blind_p evaluation set (32 labelled request documents).

Written by an independent author who never saw the document-reading program.
Focus: state-court process (warrants, orders, grand-jury and trial subpoenas,
prosecutors' investigative subpoenas) from many states, mixed with the federal
process it is confused with (AO forms, I-138, DEA/IG subpoenas, I-200/I-205,
I-247A) and a few plain requests.

Run:  /work/main/.venv/bin/python samples/blind_p/build.py
Everything is deterministic (fixed seed, reportlab invariant mode, fixed MIME
boundaries).  Temporary files go to /tmp/author_p/work.
"""
import datetime
import glob
import io
import json
import os
import re
import shutil
import subprocess
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
from reportlab.platypus import (PageBreak, Paragraph, Preformatted,  # noqa: E402
                                SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_p/work"
SEED = 4711
FAMILY = "blind-p"

# ---------------------------------------------------------------- fonts
DJ = "/usr/share/fonts/truetype/dejavu/"
for name, files in {
    "DVSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "DVSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "DVCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
               "DejaVuSansCondensed-BoldOblique.ttf"),
    "DVMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf",
               "DejaVuSansMono-BoldOblique.ttf"),
}.items():
    for suffix, f in zip(("", "-B", "-I", "-BI"), files):
        pdfmetrics.registerFont(TTFont(name + suffix, DJ + f))
    addMapping(name, 0, 0, name)
    addMapping(name, 1, 0, name + "-B")
    addMapping(name, 0, 1, name + "-I")
    addMapping(name, 1, 1, name + "-BI")

FONTS = {
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
    "serif": ("DVSerif", "DVSerif-B", "DVSerif-I"),
    "sans": ("DVSans", "DVSans-B", "DVSans-I"),
    "cond": ("DVCond", "DVCond-B", "DVCond-I"),
    "mono": ("DVMono", "DVMono-B", "DVMono-I"),
}
STANDARD = {"times", "helv", "courier"}


def esc(t):
    return re.sub(r"&(?!amp;|lt;|gt;|#\d+;|nbsp;)", "&amp;", t)


class Doc:
    """A tiny layout helper on top of reportlab platypus."""

    def __init__(self, fam="times", size=10.5, margins=(0.85, 0.85, 0.75, 0.8), footer_l=None, footer_r=None,
                 footer_c=None, header_c=None, header_l=None):
        self.fam, self.size = fam, size
        self.reg, self.bold, self.ital = FONTS[fam]
        self.margins = margins
        self.footer_l, self.footer_r, self.footer_c = footer_l, footer_r, footer_c
        self.header_c, self.header_l = header_c, header_l
        self.story = []

    # styles ------------------------------------------------------------
    def st(self, align="L", size=None, bold=False, italic=False, indent=0, first=0, after=4, before=0,
           lead=None, font=None, right=0):
        size = size or self.size
        fn = font or (self.bold if bold else self.ital if italic else self.reg)
        return ParagraphStyle("s", fontName=fn, fontSize=size, leading=lead or size * 1.22,
                              alignment={"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT, "J": TA_JUSTIFY}[align],
                              leftIndent=indent * inch, firstLineIndent=first * inch, spaceAfter=after,
                              spaceBefore=before, rightIndent=right * inch)

    def P(self, t, **kw):
        return Paragraph(esc(t), self.st(**kw))

    # blocks -------------------------------------------------------------
    def p(self, t, **kw):
        self.story.append(self.P(t, **kw))

    def j(self, t, **kw):
        kw.setdefault("align", "J")
        self.p(t, **kw)

    def c(self, t, **kw):
        kw["align"] = "C"
        self.p(t, **kw)

    def r(self, t, **kw):
        kw["align"] = "R"
        self.p(t, **kw)

    def sp(self, h=8):
        self.story.append(Spacer(1, h))

    def hr(self, w=0.8, before=1, after=6, width="100%"):
        self.story.append(HRFlowable(width=width, thickness=w, color=colors.black, spaceBefore=before,
                                     spaceAfter=after))

    def lh(self, lines, align="C", big=None, rule=True):
        big = big or self.size + 4.5
        self.p(lines[0], align=align, size=big, bold=True, after=1)
        for ln in lines[1:]:
            self.p(ln, align=align, size=self.size - 1.5, after=0)
        if rule:
            self.hr(before=4, after=10)
        else:
            self.sp(10)

    def cap(self, left, right, mid=")", widths=(3.3, 0.3, 3.0), size=None):
        n = max(len(left), len(right))
        mids = "<br/>".join([mid] * n)
        t = Table([[self.P("<br/>".join(left), size=size, after=0), self.P(mids, size=size, after=0),
                    self.P("<br/>".join(right), size=size, after=0)]],
                  colWidths=[w * inch for w in widths])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
        self.story.append(t)
        self.sp(8)

    def box(self, lines, size=None, pad=6, width=None, bold=False, align="L"):
        if isinstance(lines, str):
            lines = [lines]
        cell = [self.P(x, size=size, after=2, bold=bold, align=align) for x in lines]
        t = Table([[cell]], colWidths=[(width or 6.8) * inch])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                               ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                               ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]))
        self.story.append(t)
        self.sp(6)

    def tbl(self, rows, widths, grid=True, size=None, bold_first=False, header=False, pad=3, after=6,
            spans=()):
        data = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, cell in enumerate(row):
                b = (bold_first and ci == 0) or (header and ri == 0)
                cells.append(self.P(cell, size=size, bold=b, after=0) if isinstance(cell, str) else cell)
            data.append(cells)
        t = Table(data, colWidths=[w * inch for w in widths])
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), pad),
                 ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), pad),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
        if grid:
            style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
        for sp_ in spans:
            style.append(("SPAN",) + sp_)
        t.setStyle(TableStyle(style))
        self.story.append(t)
        self.sp(after)

    def kv(self, pairs, w1=1.7, w2=5.1, size=None):
        self.tbl([[k, v] for k, v in pairs], [w1, w2], grid=False, size=size, bold_first=True, pad=1.5)

    def box_char(self, on):
        if self.fam in STANDARD:
            return "[X]" if on else "[  ]"
        return "\u2612" if on else "\u2610"

    def chk(self, on, text, indent=0.0, **kw):
        self.p(f"{self.box_char(on)} {text}", indent=indent, **kw)

    def sig(self, lines, x=3.5, s=None, line=38, size=None, after=8):
        if s:
            self.p(s, indent=x, italic=True, size=(size or self.size) + 1.5, after=0)
        else:
            self.sp(14)
        self.p("_" * line, indent=x, after=0, size=size)
        for ln in lines:
            self.p(ln, indent=x, after=0, size=size)
        self.sp(after)

    def pb(self):
        self.story.append(PageBreak())

    def pre(self, text, size=None):
        self.story.append(Preformatted(text, ParagraphStyle("m", fontName=FONTS["mono"][0],
                                                                fontSize=size or self.size - 1,
                                                                leading=(size or self.size - 1) * 1.25)))

    # output -------------------------------------------------------------
    def _page(self, canv, doc):
        canv.saveState()
        canv.setFont(self.reg, 7.5)
        pg = canv.getPageNumber()
        w, h = letter
        if self.footer_l:
            canv.drawString(0.6 * inch, 0.45 * inch, self.footer_l.format(page=pg))
        if self.footer_r:
            canv.drawRightString(w - 0.6 * inch, 0.45 * inch, self.footer_r.format(page=pg))
        if self.footer_c:
            canv.drawCentredString(w / 2, 0.45 * inch, self.footer_c.format(page=pg))
        if self.header_c:
            canv.setFont(self.bold, 8)
            canv.drawCentredString(w / 2, h - 0.42 * inch, self.header_c.format(page=pg))
        if self.header_l:
            canv.setFont(self.reg, 7.5)
            canv.drawString(0.6 * inch, h - 0.42 * inch, self.header_l.format(page=pg))
        canv.restoreState()

    def build(self):
        buf = io.BytesIO()
        l, r, t, b = self.margins
        d = SimpleDocTemplate(buf, pagesize=letter, leftMargin=l * inch, rightMargin=r * inch,
                              topMargin=t * inch, bottomMargin=b * inch, title="", author="", subject="",
                              creator="", producer="")
        d.build(self.story, onFirstPage=self._page, onLaterPages=self._page)
        return buf.getvalue()


# ---------------------------------------------------------------- rasterising / degrading
def rasterize(pdf_bytes, dpi, tag):
    d = os.path.join(TMP, tag)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    src = os.path.join(d, "src.pdf")
    with open(src, "wb") as f:
        f.write(pdf_bytes)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, os.path.join(d, "pg")], check=True)
    return [Image.open(p).convert("L") for p in sorted(glob.glob(os.path.join(d, "pg*.png")))]


def degrade_scan(img, rng, angle, turn=0, bg=228, noise=6.0, blur=0.7):
    a = np.asarray(img).astype(np.float32) / 255.0
    a = a * (bg - 28) + 28
    h, w = a.shape
    yy = np.linspace(0, 1, h)[:, None]
    xx = np.linspace(0, 1, w)[None, :]
    a = a + yy * rng.uniform(-10, 6) + xx * rng.uniform(-8, 8)
    a = a + rng.normal(0, noise, a.shape)
    n = int(h * w * 0.00004)
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    a[ys, xs] = rng.uniform(30, 120, n)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=int(bg - 14))
    if turn:
        im = im.rotate(turn, expand=True)
    return im


def write_scanned_pdf(pages, path, dpi, quality=45):
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi), quality=quality,
                  title="Scanned Document", creationDate=time.gmtime(1760259600), modDate=time.gmtime(1760259600))


FAXFONT = ImageFont.truetype(DJ + "DejaVuSansMono.ttf", 19)


def fax_tiff(imgs, path, rng, header_fmt, skew=0.3):
    out = []
    n = len(imgs)
    for i, img in enumerate(imgs):
        im = img.rotate(rng.uniform(-skew, skew), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a + rng.normal(0, 28, a.shape)
        bw = (a > 150).astype(np.uint8) * 255
        h, w = bw.shape
        k = int(h * w * 0.00006)
        bw[rng.integers(0, h, k), rng.integers(0, w, k)] = 0
        im = Image.fromarray(bw)
        if header_fmt:
            d = ImageDraw.Draw(im)
            d.rectangle([0, 0, w, 34], fill=255)
            d.text((30, 8), header_fmt.format(p=i + 1, n=n), font=FAXFONT, fill=0)
        out.append(im.convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


# ---------------------------------------------------------------- email helpers
def mk_date(s):
    # s: "2025-10-06 09:14 -0600"
    return format_datetime(datetime.datetime.strptime(s, "%Y-%m-%d %H:%M %z"))


def eml_message(hdrs, text=None, html=None, attachments=(), forwarded=None):
    m = EmailMessage(policy=policy.default)
    for k, v in hdrs.items():
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text)
        m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
    if forwarded is not None:
        m.add_attachment(forwarded)
    for data, maintype, subtype, fname in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def fix_boundaries(m, tag):
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{tag}_{i:02d}")
            i += 1
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                fix_boundaries(sub, tag + "f")


def write_eml(m, path, tag):
    fix_boundaries(m, tag)
    with open(path, "wb") as f:
        f.write(m.as_bytes())


# ---------------------------------------------------------------- labels
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def label(id_, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel):
    agency_key, agency_name, person, title, email, phone = req
    return {
        "id": id_, "family": FAMILY, "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person, "title": title,
                      "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }


def save(id_, ext, data, lab):
    path = os.path.join(OUT, f"{id_}.{ext}")
    if isinstance(data, str):
        data = data.encode("utf-8")
    if data is not None:
        with open(path, "wb") as f:
            f.write(data)
    with open(os.path.join(OUT, f"{id_}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
        f.write("\n")


CONF_EMAIL = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of "
              "the intended recipient(s) and may contain confidential and privileged information. Any "
              "unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
              "recipient, please contact the sender by reply e-mail and destroy all copies of the original "
              "message.")

# ======================================================================== DOCUMENTS
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ---------------------------------------------------------------- bp01 Maryland search warrant
@doc
def bp01(rng):
    d = Doc("times", 11)
    d.lh(["ANNAPOLIS POLICE DEPARTMENT", "Criminal Investigation Division",
          "199 Taylor Avenue  \u2022  Annapolis, Maryland 21401", "Tel. (410) 555-0132  \u2022  Fax (410) 555-0133"])
    d.p("September 9, 2025", after=12)
    d.p("Maryland Department of Transportation<br/>Motor Vehicle Administration<br/>Investigative Division "
        "\u2013 Custodian of Records<br/>6601 Ritchie Highway, N.E.<br/>Glen Burnie, Maryland 21062", after=12)
    d.p("<b>RE: Search and Seizure Warrant \u2013 APD Case No. 25-018744</b>", after=10)
    d.p("To the Custodian of Records:")
    d.j("Enclosed please find a Search and Seizure Warrant signed on September 8, 2025 by the Honorable Danielle "
        "R. Whitcombe, Judge of the District Court of Maryland for Anne Arundel County. The warrant directs the "
        "production of Motor Vehicle Administration records for the two individuals listed below, who are "
        "suspects in a theft scheme targeting an elderly Annapolis resident. The investigation concerns "
        "violations of Md. Code Ann., Crim. Law \u00a7\u00a7 7-104 and 8-301.")
    d.tbl([["Name", "Date of Birth", "MD Driver's License / ID"],
           ["ALVARADO-REYES, Ximena Bel\u00e9n", "11/02/1991", "M-416-552-093-118"],
           ["KOVALENKO, Dmytro", "06/14/1987", "unknown \u2013 last known address 2207 Forest Dr., Apt. 3B, Annapolis"]],
          [2.3, 1.1, 3.2], header=True, size=10)
    d.j("Specifically, I am requesting certified copies of all driver's license and identification card "
        "applications, any identity documents presented with those applications, all digital photographs on "
        "file, the complete address history, and all vehicle registration and title records associated with "
        "either person. The records may be provided on CD or by secure e-mail to the address below.")
    d.j("Please do not notify the subjects of this request; doing so could jeopardize the investigation. Should "
        "you have any questions, I can be reached at the number listed below.")
    d.p("Respectfully,", before=6)
    d.sp(22)
    d.p("Det. Cpl. Marcus A. Thibodeaux, #1147<br/>Criminal Investigation Division<br/>Annapolis Police "
        "Department<br/>(410) 555-0132<br/>mthibodeaux@annapolis.gov", after=10)
    d.p("Enclosure: Search and Seizure Warrant (2 pp.)<br/>cc: Sgt. Lorraine Beckett, CID Supervisor", size=9.5)
    d.pb()
    d.c("<b>DISTRICT COURT OF MARYLAND FOR ANNE ARUNDEL COUNTY</b>", size=12)
    d.c("Located at: 7500 Ritchie Highway, Glen Burnie, Maryland 21061", size=9.5, after=10)
    d.c("<b>SEARCH AND SEIZURE WARRANT</b>", size=14, after=10)
    d.p("STATE OF MARYLAND, ANNE ARUNDEL COUNTY, TO WIT:", bold=True)
    d.p("TO: ANY POLICE OFFICER OF THE STATE OF MARYLAND, GREETINGS:", bold=True, after=8)
    d.j("WHEREAS, it appears to me, the subscriber, a Judge of the District Court of Maryland for Anne Arundel "
        "County, by the written application and affidavit of Detective Corporal Marcus A. Thibodeaux of the "
        "Annapolis Police Department, sworn to before me and attached hereto and made a part hereof, that there "
        "is probable cause to believe that the laws relating to Theft Scheme, Criminal Law Article \u00a7 7-104, "
        "and Identity Fraud, Criminal Law Article \u00a7 8-301, of the Annotated Code of Maryland, are being "
        "violated, and that evidence of those crimes is contained in records kept at:")
    d.p("Maryland Department of Transportation, Motor Vehicle Administration, 6601 Ritchie Highway, N.E., Glen "
        "Burnie, Maryland 21062, including its electronic databases and image archives,", indent=0.5)
    d.j("and relating to the following persons: (1) Ximena Bel\u00e9n ALVARADO-REYES, date of birth November 2, "
        "1991, Maryland license M-416-552-093-118; and (2) Dmytro KOVALENKO, date of birth June 14, 1987.")
    d.j("YOU ARE THEREFORE HEREBY COMMANDED, with the necessary and proper assistance, to search the above "
        "described records and to seize: all driver's license and identification card applications and "
        "renewals; copies of identity and residency documents submitted; digital photographs and signatures; "
        "address history; and vehicle registration and title records, from January 1, 2022 to the present.")
    d.j("You are further commanded to make a return of this warrant, with a written inventory of all property "
        "seized, to the issuing Judge. In accordance with Md. Code Ann., Crim. Proc. \u00a7 1-203(a), this "
        "warrant shall be executed within 15 calendar days after its issuance and shall be void thereafter.")
    d.p("GIVEN UNDER MY HAND this 8th day of September, 2025, at 3:42 o'clock P.M.", before=4)
    d.sig(["Judge Danielle R. Whitcombe", "District Court of Maryland", "Anne Arundel County"], s="D. R. Whitcombe")
    d.pb()
    d.c("<b>RETURN AND INVENTORY</b>", size=12, after=10)
    d.p("Warrant No.: SW-AA-25-4471", after=8)
    d.j("I, Det. Cpl. Marcus A. Thibodeaux, executed this warrant on the ____ day of ______________, 2025 at "
        "_______ __.M. by serving it upon the Custodian of Records of the Motor Vehicle Administration, and I "
        "seized the following items:")
    for _ in range(6):
        d.p("_" * 86, after=6)
    d.j("I swear or affirm under the penalties of perjury that the foregoing inventory is a true and detailed "
        "account of all the property taken by me under this warrant.")
    d.sig(["Affiant / Executing Officer"], x=0.0, after=4)
    d.sig(["Judge"], x=3.5)
    save("bp01", "pdf", d.build(), label(
        "bp01", "born_digital", "Maryland District Court search and seizure warrant with police cover letter",
        ("local-police", "Annapolis Police Department", "Marcus A. Thibodeaux", "Detective Corporal",
         "mthibodeaux@annapolis.gov", "(410) 555-0132"),
        [("Ximena Bel\u00e9n Alvarado-Reyes", "1991-11-02", [("license", "M416552093118")]),
         ("Dmytro Kovalenko", "1987-06-14", [])],
        ["MD CR 7-104", "MD CR 8-301", "MD CP 1-203"],
        "judicial_warrant", None, True, "criminal_investigation",
        ["license", "identity_documents", "photo", "address", "vehicle"], "mail"))


# ---------------------------------------------------------------- bp02 Georgia county grand jury
@doc
def bp02(rng):
    d = Doc("serif", 10.5)
    d.lh(["OFFICE OF THE DISTRICT ATTORNEY", "COBB JUDICIAL CIRCUIT", "70 Haynes Street, Marietta, Georgia 30090",
          "Telephone 770-555-0178"], big=14)
    d.p("September 23, 2025", after=10)
    d.p("<b>VIA CERTIFIED MAIL</b><br/>Georgia Department of Labor<br/>Office of General Counsel \u2013 Subpoena "
        "Unit<br/>148 Andrew Young International Boulevard, N.E.<br/>Atlanta, Georgia 30303", after=10)
    d.p("Re:&nbsp;&nbsp;Cobb County Grand Jury Investigation, DA File No. 25-GJ-0612", bold=True)
    d.p("Dear Custodian:")
    d.j("Enclosed is a subpoena for the production of documentary evidence issued by the Clerk of the Superior "
        "Court of Cobb County on behalf of the Cobb County Grand Jury. The records relate to an investigation "
        "of identity fraud and racketeering involving unemployment insurance claims filed in the names of three "
        "persons, each of whom reported earnings through a staffing company, Peachtree Staffing Solutions, LLC. "
        "The company and its owner are not the subject of this request.")
    d.j("You may comply without appearing by delivering the records to my office on or before the return date "
        "together with a certification that satisfies O.C.G.A. \u00a7 24-9-902(11). I appreciate the "
        "Department's assistance and its attention to the confidentiality provisions of O.C.G.A. \u00a7 34-8-121; "
        "disclosure in response to this subpoena is authorized by O.C.G.A. \u00a7 34-8-125.")
    d.p("Sincerely,", before=4)
    d.sp(20)
    d.p("Andrew P. Kessler<br/>Assistant District Attorney<br/>andrew.kessler@cobbcountyga.gov<br/>770-555-0178",
        after=10)
    d.p("Enclosure<br/>cc: Investigator Renee Dubois (w/ encl.)", size=9)
    d.pb()
    d.c("<b>IN THE SUPERIOR COURT OF COBB COUNTY</b>", size=12, after=0)
    d.c("<b>STATE OF GEORGIA</b>", size=12, after=10)
    d.cap(["IN RE: COBB COUNTY GRAND JURY", "JULY\u2013AUGUST 2025 TERM"],
          ["Grand Jury No. 25-GJ-0612", "", "SUBPOENA FOR PRODUCTION", "OF DOCUMENTARY EVIDENCE"])
    d.p("TO:&nbsp;&nbsp;Custodian of Records, Georgia Department of Labor, 148 Andrew Young International "
        "Boulevard, N.E., Atlanta, Georgia 30303", bold=True, after=8)
    d.j("YOU ARE HEREBY COMMANDED, pursuant to O.C.G.A. \u00a7\u00a7 24-13-21 and 24-13-23, to appear before the "
        "Grand Jury of Cobb County, Georgia, at the Cobb County Superior Court, 70 Haynes Street, Marietta, "
        "Georgia, on the 14th day of October, 2025, at 9:00 o'clock A.M., and to bring with you and produce the "
        "following books, writings, papers and documents:")
    items = [
        "All quarterly wage records reported by any employer for the persons listed below, for the period "
        "January 1, 2021 through the present, including employer name, address and FEIN;",
        "All unemployment insurance claims filed by or in the name of the persons listed below, including claim "
        "applications, weekly certifications, benefit payment histories, and the mailing address, telephone "
        "number, e-mail address and direct-deposit or debit-card information on file;",
        "Any IP address or device information logged in connection with the filing of those claims.",
    ]
    for i, t in enumerate(items, 1):
        d.j(f"{i}.&nbsp;&nbsp;{t}", indent=0.4, first=-0.25)
    d.tbl([["Name", "Date of Birth", "Other identifiers"],
           ["TRAN, Quoc Bao", "04/19/1984", "SSN xxx-xx-6620"],
           ["GUZM\u00c1N IB\u00c1\u00d1EZ, Jos\u00e9 Luis", "12/03/1979", "\u2014"],
           ["BUI, Thi Hanh", "07/27/1990", "GA DL 058 331 927"]],
          [2.6, 1.3, 2.6], header=True, size=9.5)
    d.j("The investigation concerns possible violations of O.C.G.A. \u00a7 16-9-121 (Identity Fraud) and "
        "O.C.G.A. \u00a7 16-14-4 (Racketeer Influenced and Corrupt Organizations). Herein fail not under "
        "penalty of law.")
    d.p("WITNESS the Honorable Lydia M. Okafor, Judge of said Court, this 22nd day of September, 2025.", before=4)
    d.sig(["Connie Tasker-Bell, Clerk", "Superior Court of Cobb County", "By: Deputy Clerk"], s="J. Ames, D.C.")
    d.box(["Subpoena requested by: Andrew P. Kessler, Assistant District Attorney, Georgia Bar No. 338120",
           "Office of the District Attorney, Cobb Judicial Circuit, 70 Haynes Street, Marietta, GA 30090",
           "Tel. 770-555-0178 \u2022 andrew.kessler@cobbcountyga.gov"], size=9)
    d.pb()
    d.c("<b>RETURN OF SERVICE</b>", size=12, after=10)
    d.p("I have this day served the within subpoena upon the person named therein by:")
    d.chk(False, "personal service", indent=0.3)
    d.chk(True, "certified mail, return receipt requested, No. 9589 0710 5270 0418 3361 22", indent=0.3)
    d.chk(False, "electronic mail, with the consent of the witness", indent=0.3)
    d.p("This ____ day of ______________, 2025.", before=8)
    d.sig(["Renee Dubois, Investigator", "Office of the District Attorney, Cobb Judicial Circuit"], x=0.0)
    save("bp02", "pdf", d.build(), label(
        "bp02", "born_digital", "Georgia county grand jury subpoena for documentary evidence with ADA cover letter",
        ("district-attorney", "Office of the District Attorney, Cobb Judicial Circuit", "Andrew P. Kessler",
         "Assistant District Attorney", "andrew.kessler@cobbcountyga.gov", "770-555-0178"),
        [("Quoc Bao Tran", "1984-04-19", [("ssn_last4", "6620")]),
         ("Jos\u00e9 Luis Guzm\u00e1n Ib\u00e1\u00f1ez", "1979-12-03", []),
         ("Thi Hanh Bui", "1990-07-27", [("license", "058331927")])],
        ["OCGA 24-9-902", "OCGA 34-8-121", "OCGA 34-8-125", "OCGA 24-13-21", "OCGA 24-13-23", "OCGA 16-9-121",
         "OCGA 16-14-4"],
        "grand_jury_subpoena", None, True, "criminal_investigation",
        ["wages", "employment", "claims", "benefits", "address", "phone", "email", "other"], "mail"))


# ---------------------------------------------------------------- bp03 AO 93 (FBI, Utah)
@doc
def bp03(rng):
    d = Doc("helv", 10.5)
    d.lh(["U.S. Department of Justice", "Federal Bureau of Investigation", "Salt Lake City Field Office",
          "5425 West Amelia Earhart Drive, Salt Lake City, Utah 84116"], align="L", big=13)
    d.p("In Reply, Please Refer to File No. 196D-SU-3390412", size=9)
    d.p("September 19, 2025", after=10)
    d.p("Utah Department of Public Safety<br/>Driver License Division \u2013 Records Section<br/>4501 South 2700 "
        "West<br/>Salt Lake City, Utah 84129")
    d.p("Dear Records Custodian:", before=6)
    d.j("The Federal Bureau of Investigation is investigating a scheme to obtain loans and vehicle financing "
        "with stolen and synthetic identities. On September 18, 2025, a United States Magistrate Judge for the "
        "District of Utah issued the enclosed search and seizure warrant under Federal Rule of Criminal Procedure "
        "41 for Driver License Division records relating to the two persons identified in Attachment A.")
    d.j("Please provide the items listed in Attachment B, including driver license and identification card "
        "applications, source documents, photographs, and vehicle-related records, to the undersigned within "
        "ten days. Electronic production to my e-mail address is acceptable.")
    d.p("Sincerely,")
    d.sp(16)
    d.p("Kristin Halvorsen<br/>Special Agent<br/>(801) 555-0119<br/>khalvorsen@fbi.gov", after=8)
    d.p("Enclosure: AO 93 Search and Seizure Warrant with Attachments A and B", size=9)
    d.pb()
    d.p("AO 93 (Rev. 11/13) Search and Seizure Warrant", size=8)
    d.c("<b>UNITED STATES DISTRICT COURT</b>", size=13, after=0)
    d.c("for the", size=9, after=0)
    d.c("<u>District of Utah</u>", after=10)
    d.cap(["In the Matter of the Search of", "<i>(Briefly describe the property to be searched or identify the "
           "person by name and address)</i>", "RECORDS MAINTAINED BY THE UTAH DEPARTMENT OF PUBLIC SAFETY, DRIVER "
           "LICENSE DIVISION, PERTAINING TO THE PERSONS IDENTIFIED IN ATTACHMENT A"],
          ["", "", "Case No. 2:25-mj-00817-CMA"], size=9.5)
    d.c("<b>SEARCH AND SEIZURE WARRANT</b>", size=12, after=8)
    d.p("To:&nbsp;&nbsp;&nbsp;Any authorized law enforcement officer")
    d.j("An application by a federal law enforcement officer or an attorney for the government requests the "
        "search of the following person or property located in the ______ District of <u>Utah</u> "
        "<i>(identify the person or describe the property to be searched and give its location)</i>: See "
        "Attachment A, incorporated herein by reference.", size=10)
    d.j("I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize "
        "the person or property described above, and that such search will reveal <i>(identify the person or "
        "describe the property to be seized)</i>: See Attachment B, incorporated herein by reference.", size=10)
    d.j("<b>YOU ARE COMMANDED</b> to execute this warrant on or before <u>October 2, 2025</u> <i>(not to "
        "exceed 14 days)</i>  [X] in the daytime 6:00 a.m. to 10:00 p.m.  [  ] at any time in the day or night "
        "because good cause has been established.", size=10)
    d.j("Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
        "property taken to the person from whom, or from whose premises, the property was taken, or leave the "
        "copy and receipt at the place where the property was taken.", size=10)
    d.j("The officer executing this warrant, or an officer present during the execution of the warrant, must "
        "prepare an inventory as required by law and promptly return this warrant and inventory to "
        "<u>Hon. Cecilia M. Arbogast</u>.", size=10)
    d.j("[  ] Pursuant to 18 U.S.C. \u00a7 3103a(b), I find that immediate notification may have an adverse "
        "result listed in 18 U.S.C. \u00a7 2705 (except for delay of trial), and authorize the officer executing "
        "this warrant to delay notice to the person who, or whose property, will be searched or seized "
        "<i>(check the appropriate box)</i>  [  ] for ____ days <i>(not to exceed 30)</i>  [  ] until, the facts "
        "justifying, the later specific date of ________.", size=10)
    d.tbl([["Date and time issued:  09/18/2025  2:07 pm", "<i>C. M. Arbogast</i><br/>______________________<br/>"
            "<i>Judge's signature</i>"],
           ["City and state:  Salt Lake City, Utah", "Cecilia M. Arbogast, U.S. Magistrate Judge<br/><i>Printed "
            "name and title</i>"]], [3.4, 3.4], grid=False, size=10)
    d.pb()
    d.p("AO 93 (Rev. 11/13) Search and Seizure Warrant (Page 2)", size=8)
    d.c("<b>Return</b>", size=12)
    d.tbl([["Case No.:<br/>2:25-mj-00817-CMA", "Date and time warrant executed:", "Copy of warrant and inventory "
            "left with:"],
           ["Inventory made in the presence of:", "", ""],
           ["Inventory of the property taken and name of any person(s) seized:<br/><br/><br/><br/><br/><br/>", "",
            ""]], [2.2, 2.3, 2.3], size=9.5, spans=[((0, 1), (2, 1)), ((0, 2), (2, 2))])
    d.c("<b>Certification</b>", size=11)
    d.j("I declare under penalty of perjury that this inventory is correct and was returned along with the "
        "original warrant to the designated judge.", size=10)
    d.tbl([["Date: ____________", "______________________________<br/><i>Executing officer's signature</i><br/><br/>"
            "______________________________<br/><i>Printed name and title</i>"]], [3.0, 3.8], grid=False, size=10)
    d.pb()
    d.c("<b>ATTACHMENT A</b>", size=12, after=0)
    d.c("<b>Property to Be Searched</b>", after=10)
    d.j("Records, in whatever form maintained, of the Utah Department of Public Safety, Driver License Division, "
        "4501 South 2700 West, Salt Lake City, Utah 84129, pertaining to the following persons:")
    d.tbl([["Name", "DOB", "Utah DL/ID No."],
           ["Mahad Abdirahman WARSAME", "02/28/1990", "159204877"],
           ["Hodan Yusuf ALI", "07/09/1993", "unknown"]], [3.0, 1.5, 2.0], header=True)
    d.sp(10)
    d.c("<b>ATTACHMENT B</b>", size=12, after=0)
    d.c("<b>Particular Things to Be Seized</b>", after=10)
    d.j("All records that constitute evidence, fruits or instrumentalities of violations of 18 U.S.C. "
        "\u00a7\u00a7 1343 (wire fraud) and 1028A (aggravated identity theft), from January 1, 2020 to the date "
        "of this warrant, namely:")
    for i, t in enumerate(["driver license and identification card applications, renewals and duplicate "
                           "requests;", "copies of identity, lawful-presence and residency documents presented, "
                           "including passports, Social Security cards and utility bills;",
                           "all photographs and signature images;", "all residential and mailing addresses "
                           "reported; and", "records of vehicle registrations and titles in the names of the "
                           "persons in Attachment A."], 1):
        d.p(f"{i}. {t}", indent=0.4)
    save("bp03", "pdf", d.build(), label(
        "bp03", "born_digital", "FBI cover letter with AO 93 federal search and seizure warrant and attachments",
        ("doj-fbi", "Federal Bureau of Investigation, Salt Lake City Field Office", "Kristin Halvorsen",
         "Special Agent", "khalvorsen@fbi.gov", "(801) 555-0119"),
        [("Mahad Abdirahman Warsame", "1990-02-28", [("license", "159204877")]),
         ("Hodan Yusuf Ali", "1993-07-09", [])],
        ["FRCrP 41", "18 USC 3103a", "18 USC 2705", "18 USC 1343", "18 USC 1028A"],
        "judicial_warrant", "AO 93", True, "criminal_investigation",
        ["license", "identity_documents", "photo", "address", "vehicle"], "mail"))


# ---------------------------------------------------------------- bp04 I-138 (ERO Salt Lake City -> Nevada DMV)
@doc
def bp04(rng):
    d = Doc("sans", 9.5, footer_l="Form I-138 (Rev. 08/16)", footer_r="Page {page} of 2")
    d.c("DEPARTMENT OF HOMELAND SECURITY", bold=True, size=11, after=0)
    d.c("U.S. Immigration and Customs Enforcement", size=10, after=6)
    d.c("<b>IMMIGRATION ENFORCEMENT SUBPOENA</b>", size=15, after=2)
    d.c("To Appear and/or Produce Records", size=9.5, after=8)
    d.tbl([["Subpoena Number:  SLC-ERO-25-00417", "File Number:  A 208 114 573"],
           ["In the matter of:  \u00d3scar Iv\u00e1n MEJ\u00cdA SANTOS", "Date issued:  September 16, 2025"]],
          [3.4, 3.4], size=9.5)
    d.p("<b>To:</b>  Custodian of Records, Nevada Department of Motor Vehicles, Records Section, 555 Wright Way, "
        "Carson City, Nevada 89711-0250")
    d.j("By the authority of Section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. "
        "\u00a7 1225(d)(4)(A), and 8 C.F.R. \u00a7 287.4, you are hereby commanded to appear before the "
        "immigration officer named below, at the place, date and time specified, to give testimony and/or to "
        "produce the books, papers and documents described below, in connection with an investigation or inquiry "
        "relating to the enforcement of the immigration laws of the United States, specifically the admissibility "
        "and removability of the person named above.")
    d.tbl([["Place:  U.S. Immigration and Customs Enforcement, 2975 Decker Lake Drive, Suite 100, West Valley "
            "City, Utah 84119", "Date and time:  October 7, 2025, 10:00 a.m."]], [4.3, 2.5], size=9.5)
    d.p("<b>Records to be produced:</b>")
    d.j("For \u00d3scar Iv\u00e1n MEJ\u00cdA SANTOS, date of birth 05/17/1989, Nevada driver license no. "
        "1402837561: (a) all driver license and identification card applications and supporting documents; "
        "(b) the most recent digital photograph; (c) all residential and mailing addresses on file; and "
        "(d) all vehicle registrations in the subject's name.", indent=0.25)
    d.j("In lieu of appearing, you may satisfy this subpoena by mailing or e-mailing legible copies of the "
        "requested records to the issuing officer on or before the date above.", indent=0.25)
    d.box(["NOTICE: Failure to comply with this subpoena may subject you to an order issued by a United States "
           "District Court to appear and produce the records requested, and failure to obey such an order may be "
           "punished by that court as a contempt thereof. See 8 U.S.C. \u00a7 1225(d)(4)(B)."], size=9)
    d.tbl([["<i>B. K. Lindqvist</i><br/>________________________________<br/>Signature of issuing officer",
            "Brent K. Lindqvist<br/>Supervisory Detention and Deportation Officer<br/>Enforcement and Removal "
            "Operations, Salt Lake City Field Office"],
           ["Telephone: (801) 555-0163", "E-mail: brent.lindqvist@ice.dhs.gov"]], [3.4, 3.4], grid=False)
    d.pb()
    d.c("<b>CERTIFICATE OF SERVICE</b>", size=12, after=8)
    d.p("This subpoena was served by:")
    d.chk(False, "Personal service upon the person named above", indent=0.3)
    d.chk(True, "Certified mail, return receipt requested", indent=0.3)
    d.chk(False, "Electronic mail to an address designated by the recipient", indent=0.3)
    d.tbl([["Date of service:", "09/17/2025"], ["Served by:", "Luis Arce, Deportation Officer"],
           ["Signature:", ""]], [1.8, 5.0], size=9.5)
    d.c("<b>PRIVACY ACT STATEMENT</b>", size=10, before=8)
    d.j("Authority to collect this information is contained in 8 U.S.C. \u00a7 1225(d) and 8 C.F.R. part 287. "
        "The information will be used to enforce the immigration laws of the United States and may be shared "
        "with other law enforcement agencies as permitted by law.", size=8.5)
    save("bp04", "pdf", d.build(), label(
        "bp04", "born_digital", "DHS Form I-138 Immigration Enforcement Subpoena from ERO to state DMV",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Salt Lake "
         "City Field Office", "Brent K. Lindqvist", "Supervisory Detention and Deportation Officer",
         "brent.lindqvist@ice.dhs.gov", "(801) 555-0163"),
        [("\u00d3scar Iv\u00e1n Mej\u00eda Santos", "1989-05-17", [("a_number", "A208114573"),
                                                              ("license", "1402837561")])],
        ["INA 235", "8 USC 1225", "8 CFR 287.4", "8 CFR 287"],
        "administrative_subpoena", "I-138", True, "civil_immigration",
        ["license", "identity_documents", "photo", "address", "vehicle"], "mail"))


# ---------------------------------------------------------------- bp05 DEA 21 USC 876 subpoena (Arizona DES)
@doc
def bp05(rng):
    d = Doc("times", 10.5, footer_c="DEA Phoenix Field Division \u2022 LAW ENFORCEMENT SENSITIVE")
    d.c("<b>UNITED STATES DEPARTMENT OF JUSTICE</b>", size=12, after=0)
    d.c("<b>DRUG ENFORCEMENT ADMINISTRATION</b>", size=12, after=8)
    d.c("<b>SUBPOENA</b>", size=18, after=2)
    d.c("(Title 21, United States Code, Section 876)", size=9.5, after=10)
    d.tbl([["In the matter of:", "Investigation of violations of the Controlled Substances Act, Title 21, United "
            "States Code, Sections 841 and 846"],
           ["DEA Case No.:", "R3-25-0088"], ["Subpoena No.:", "PX-25-1142"]], [1.5, 5.3], grid=False)
    d.p("<b>TO:</b> Custodian of Records<br/>Arizona Department of Economic Security<br/>Unemployment Insurance "
        "Administration \u2013 Wage Records Unit<br/>1789 West Jefferson Street<br/>Phoenix, Arizona 85007",
        after=8)
    d.j("By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to appear before Special Agent Rachel "
        "Pham, Drug Enforcement Administration, 3010 North Second Street, Suite 301, Phoenix, Arizona 85012, on "
        "October 15, 2025 at 10:00 a.m., to testify and to produce the records described below, which are "
        "relevant and material to an investigation being conducted under the authority of Title 21, United "
        "States Code, Section 876.")
    d.p("<b>RECORDS REQUIRED:</b>")
    d.j("All quarterly wage records, employer names and addresses, and unemployment insurance claim records "
        "(including addresses and bank account information used for benefit payments) for the period January 1, "
        "2022 to present, for:", indent=0.3)
    d.p("1.&nbsp;&nbsp;QUINTERO-LUGO, Jes\u00fas Armando \u2014 DOB 1985-08-22 \u2014 SSN xxx-xx-4471", indent=0.6)
    d.p("2.&nbsp;&nbsp;DE LA CRUZ OCHOA, Yesenia \u2014 DOB 1992-03-30", indent=0.6, after=8)
    d.j("Production of certified copies of the records to the agent named above on or before the return date "
        "will be accepted in lieu of personal appearance.")
    d.j("You are requested not to disclose the existence of this subpoena for an indefinite period, as "
        "disclosure could impede the investigation being conducted and thereby interfere with the enforcement "
        "of the federal law.")
    d.box(["Failure to comply with the requirements of this subpoena may result in the Attorney General invoking "
           "the aid of any court of the United States within the jurisdiction of which the investigation is "
           "carried on, to compel compliance. Title 21, United States Code, Section 876(c)."], size=9.5)
    d.p("Issued at Phoenix, Arizona, this 29th day of September, 2025.", before=4)
    d.sig(["Rachel Pham, Special Agent", "for the Special Agent in Charge, Phoenix Field Division",
           "Telephone: (602) 555-0148  \u2022  rachel.pham@dea.gov"], s="Rachel Pham")
    d.pb()
    d.c("<b>RETURN OF SERVICE</b>", size=12, after=10)
    d.tbl([["Served on (name):", ""], ["Manner of service:", "[ ] personal   [ ] certified mail   [ ] e-mail"],
           ["Date and place:", ""], ["Served by (name/title):", ""], ["Signature:", ""]], [2.0, 4.8])
    save("bp05", "pdf", d.build(), label(
        "bp05", "born_digital", "DEA administrative subpoena under 21 USC 876 for state wage/UI records",
        ("doj-dea", "Drug Enforcement Administration, Phoenix Field Division", "Rachel Pham", "Special Agent",
         "rachel.pham@dea.gov", "(602) 555-0148"),
        [("Jes\u00fas Armando Quintero-Lugo", "1985-08-22", [("ssn_last4", "4471")]),
         ("Yesenia de la Cruz Ochoa", "1992-03-30", [])],
        ["21 USC 876", "21 USC 841", "21 USC 846"],
        "administrative_subpoena", None, True, "criminal_investigation",
        ["wages", "employment", "claims", "address", "other"], "mail"))


# ---------------------------------------------------------------- bp06 Texas grand jury subpoena duces tecum
@doc
def bp06(rng):
    d = Doc("times", 11)
    d.lh(["HARRIS COUNTY DISTRICT ATTORNEY", "Financial Crimes Division",
          "1201 Franklin Street, Suite 600  |  Houston, Texas 77002-1923"], big=15)
    d.p("October 1, 2025", after=10)
    d.p("Texas Workforce Commission<br/>Office of General Counsel \u2013 Open Records/Subpoenas<br/>101 East 15th "
        "Street, Room 266<br/>Austin, Texas 78778-0001")
    d.p("<b>Re: Grand Jury Subpoena Duces Tecum \u2013 GJ No. 2025-1187 (351st District Court)</b>", before=6)
    d.p("Dear Custodian of Records:")
    d.j("Please find enclosed a Grand Jury Subpoena Duces Tecum issued by the District Clerk of Harris County at "
        "my request. The Harris County grand jury is investigating the fraudulent use of identifying information "
        "to obtain unemployment benefits and wages (Tex. Penal Code \u00a7\u00a7 32.51 and 31.03). I recognize "
        "the Commission's obligations under Tex. Lab. Code \u00a7 301.081 and ask that the records be produced "
        "under seal.")
    d.j("Rather than appear in person, you may deliver the records to my office before the return date with a "
        "business records affidavit that complies with Tex. R. Evid. 902(10). Thank you for your prompt attention "
        "to this matter.")
    d.p("Very truly yours,")
    d.sp(18)
    d.p("Colin R. Mabry<br/>Assistant District Attorney<br/>State Bar No. 24087766<br/>713.555.0129  |  "
        "mabry_colin@dao.hctx.net")
    d.p("Encl.", size=9, before=6)
    d.pb()
    d.c("<b>GRAND JURY SUBPOENA DUCES TECUM</b>", size=14, after=2)
    d.c("No. 2025-1187", after=10)
    d.p("<b>THE STATE OF TEXAS</b>")
    d.j("TO ANY PEACE OFFICER OF THE STATE OF TEXAS OR OTHER PERSON AUTHORIZED TO SERVE AND EXECUTE SUBPOENAS "
        "AS PROVIDED IN ARTICLE 24.01, TEXAS CODE OF CRIMINAL PROCEDURE \u2013 GREETINGS:")
    d.p("YOU ARE HEREBY COMMANDED TO SUMMON:", bold=True, before=4)
    d.p("CUSTODIAN OF RECORDS, TEXAS WORKFORCE COMMISSION<br/>101 East 15th Street, Austin, Texas 78778",
        indent=0.5, after=8)
    d.j("to be and appear before the Grand Jury of Harris County, Texas, empaneled by the 351st District Court, "
        "at the Harris County Criminal Justice Center, 1201 Franklin Street, Houston, Texas, on the 28th day of "
        "October, 2025, at 9:00 o'clock A.M., then and there to testify as a witness, and to bring with you the "
        "following, as provided by Article 24.02, Texas Code of Criminal Procedure:")
    d.j("Any and all wage records, employer reports, and unemployment insurance claim files (applications, "
        "payment histories, addresses, telephone numbers and payment-method information) from January 1, 2022 "
        "to the present, concerning:", indent=0.4)
    d.p("(a) HOANG, Minh Duc \u2013 date of birth 01/05/1988 \u2013 Texas DL 41258803", indent=0.8)
    d.p("(b) CASTA\u00d1EDA VILLARREAL, Mar\u00eda Fernanda \u2013 date of birth 10/22/1993", indent=0.8,
        after=8)
    d.j("HEREIN FAIL NOT, and make due return hereof, showing how you have executed the same.")
    d.p("ISSUED AND GIVEN UNDER MY HAND AND SEAL OF OFFICE at Houston, Texas, this 30th day of September, 2025.")
    d.sig(["TEODORA VILLANUEVA-HART, District Clerk", "Harris County, Texas", "By: Deputy"], s="R. Okonjo")
    d.p("Issued at the request of: Colin R. Mabry, Assistant District Attorney, SBN 24087766, Harris County "
        "District Attorney's Office, 713-555-0129", size=9.5)
    d.p("THE INFORMATION CONTAINED IN THIS SUBPOENA IS A MATTER OCCURRING BEFORE THE GRAND JURY AND IS "
        "CONFIDENTIAL.", size=8.5, bold=True)
    d.pb()
    d.c("<b>OFFICER'S RETURN</b>", size=12, after=8)
    d.j("Came to hand on the ____ day of __________, 2025, at ____ o'clock __.M., and executed on the ____ day "
        "of __________, 2025, at ____ o'clock __.M., by delivering to the within named witness, in person, a true "
        "copy of this subpoena.")
    d.sig(["Peace Officer / Authorized Person", "Harris County, Texas"], x=3.3)
    d.p("FEES: Serving subpoena $______", size=9)
    save("bp06", "pdf", d.build(), label(
        "bp06", "born_digital", "Texas (Harris County) grand jury subpoena duces tecum with ADA cover letter",
        ("district-attorney", "Harris County District Attorney", "Colin R. Mabry", "Assistant District Attorney",
         "mabry_colin@dao.hctx.net", "713.555.0129"),
        [("Minh Duc Hoang", "1988-01-05", [("license", "41258803")]),
         ("Mar\u00eda Fernanda Casta\u00f1eda Villarreal", "1993-10-22", [])],
        ["TX PC 32.51", "TX PC 31.03", "TX Lab Code 301.081", "TX R Evid 902", "TX CCP 24.01", "TX CCP 24.02"],
        "grand_jury_subpoena", None, True, "criminal_investigation",
        ["wages", "employment", "claims", "benefits", "address", "phone", "other"], "mail"))


# ---------------------------------------------------------------- bp07 Utah criminal subpoena duces tecum
@doc
def bp07(rng):
    d = Doc("serif", 10.5, footer_c="Subpoena Duces Tecum \u2014 State v. Arrieta-Ben\u00edtez \u2014 Page {page}")
    d.p("Kenji Ostrowski (Bar No. 14022)<br/>Deputy District Attorney<br/>SALT LAKE COUNTY DISTRICT ATTORNEY<br/>"
        "35 East 500 South<br/>Salt Lake City, Utah 84111<br/>Telephone: (385) 555-0146<br/>"
        "kostrowski@saltlakecounty.gov<br/>Attorney for the State of Utah", size=10, after=14)
    d.c("<b>IN THE THIRD JUDICIAL DISTRICT COURT</b>", after=0)
    d.c("<b>SALT LAKE COUNTY, STATE OF UTAH</b>", after=10)
    t = [["STATE OF UTAH,<br/><br/>Plaintiff,<br/><br/>vs.<br/><br/>LUC\u00cdA PAOLA ARRIETA-BEN\u00cdTEZ, and "
          "BRANDON J. WHITLEY,<br/><br/>Defendants.",
          "<b>SUBPOENA DUCES TECUM</b><br/><br/>Case No. 251903377<br/><br/>Judge Mariel T. Sorensen"]]
    d.tbl(t, [3.5, 3.3])
    d.p("THE STATE OF UTAH TO:", bold=True)
    d.p("Custodian of Records<br/>Utah Department of Workforce Services<br/>Unemployment Insurance Division<br/>"
        "140 East 300 South<br/>Salt Lake City, Utah 84111", indent=0.5, after=8)
    d.j("YOU ARE COMMANDED, pursuant to Rule 14 of the Utah Rules of Criminal Procedure, to produce at the Salt "
        "Lake County District Attorney's Office, 35 East 500 South, Salt Lake City, Utah, on or before October "
        "27, 2025 at 9:00 a.m., the following documents in your possession, custody or control:")
    for i, t_ in enumerate([
            "Unemployment insurance claim files, weekly claim certifications and benefit payment records for "
            "Luc\u00eda Paola Arrieta-Ben\u00edtez (DOB 09/14/1988) and Brandon J. Whitley (DOB 01/25/1986) "
            "from March 1, 2023 to present;",
            "All quarterly wage and employer records reported for either defendant for the same period;",
            "The mailing addresses, telephone numbers and bank routing information provided on any claim."], 1):
        d.j(f"{i}.&nbsp;&nbsp;{t_}", indent=0.45, first=-0.25)
    d.j("The records are sought for the trial of the above-entitled criminal action, in which the defendants are "
        "charged with Theft, Utah Code Ann. \u00a7 76-6-404, and Identity Fraud, Utah Code Ann. \u00a7 76-6-1102. "
        "In lieu of personal appearance, you may deliver true copies of the records accompanied by a "
        "certification under Utah R. Evid. 902(11).")
    d.j("Failure to comply with this subpoena without adequate excuse may be deemed a contempt of the court from "
        "which the subpoena issued.")
    d.p("DATED this 30th day of September, 2025.", before=4)
    d.p("SALT LAKE COUNTY DISTRICT ATTORNEY", indent=3.4, bold=True, after=0)
    d.sig(["Kenji Ostrowski", "Deputy District Attorney"], s="/s/ Kenji Ostrowski")
    d.c("<b>CERTIFICATE OF SERVICE</b>", before=6)
    d.j("I certify that on September 30, 2025, a copy of the foregoing was served on counsel for each defendant "
        "through the court's electronic filing system, and on the Utah Department of Workforce Services by "
        "e-mail and first-class mail.", size=9.5)
    d.p("/s/ Marisol T. Haney, Legal Secretary", indent=3.4, size=9.5)
    save("bp07", "pdf", d.build(), label(
        "bp07", "born_digital", "Utah district court criminal subpoena duces tecum issued by deputy DA",
        ("district-attorney", "Salt Lake County District Attorney", "Kenji Ostrowski", "Deputy District Attorney",
         "kostrowski@saltlakecounty.gov", "(385) 555-0146"),
        [("Luc\u00eda Paola Arrieta-Ben\u00edtez", "1988-09-14", []),
         ("Brandon J. Whitley", "1986-01-25", [])],
        ["UT CrimP 14", "UCA 76-6-404", "UCA 76-6-1102", "UT R Evid 902"],
        "court_subpoena", None, True, "criminal_investigation",
        ["claims", "benefits", "wages", "employment", "address", "phone", "other"], "mail"))


# ---------------------------------------------------------------- bp08 AO 88B civil subpoena (USAO Oregon, FCA)
@doc
def bp08(rng):
    d = Doc("times", 10.5)
    d.p("AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of "
        "Premises in a Civil Action", size=8)
    d.c("<b>UNITED STATES DISTRICT COURT</b>", size=13, after=0)
    d.c("for the", size=9, after=0)
    d.c("<u>District of Oregon</u>", after=8)
    d.cap(["UNITED STATES OF AMERICA ex rel. KAREN LIEBOWITZ,", "<i>Plaintiff</i>", "v.",
           "CASCADE HOME HEALTH PARTNERS, LLC, et al.,", "<i>Defendant</i>"],
          ["", "", "Civil Action No. 3:23-cv-01482-AN"], size=10)
    d.c("<b>SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS<br/>OR TO PERMIT INSPECTION OF PREMISES IN A "
        "CIVIL ACTION</b>", size=10.5, after=8)
    d.p("To:&nbsp;&nbsp;<u>Custodian of Records, Oregon Employment Department, 875 Union Street NE, Salem, OR "
        "97311</u>", after=0)
    d.c("<i>(Name of person to whom this subpoena is directed)</i>", size=8)
    d.j("[X] <b><i>Production:</i> YOU ARE COMMANDED</b> to produce at the time, date, and place set forth below "
        "the following documents, electronically stored information, or objects, and to permit inspection, "
        "copying, testing, or sampling of the material: <u>See Schedule A.</u>", size=10)
    d.tbl([["Place: United States Attorney's Office, Civil Division, 1000 SW Third Avenue, Suite 600, Portland, "
            "OR 97204 (or by secure electronic transfer)", "Date and Time:<br/>10/31/2025 10:00 am"]],
          [4.6, 2.2], size=9.5)
    d.j("[  ] <b><i>Inspection of Premises:</i> YOU ARE COMMANDED</b> to permit entry onto the designated premises, "
        "land, or other property possessed or controlled by you at the time, date, and location set forth below, "
        "so that the requesting party may inspect, measure, survey, photograph, test, or sample the property or "
        "any designated object or operation on it.", size=10)
    d.j("The following provisions of Fed. R. Civ. P. 45 are attached \u2013 Rule 45(c), relating to the place of "
        "compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) "
        "and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing "
        "so.", size=10)
    d.tbl([["Date: <u>10/01/2025</u>", "<i>CLERK OF COURT</i><br/><br/>________________________<br/>"
            "<i>Signature of Clerk or Deputy Clerk</i>", "OR", "<i>/s/ Tobias Engstrom</i><br/><br/>"
            "________________________<br/><i>Attorney's signature</i>"]], [1.6, 2.3, 0.5, 2.4], grid=False,
          size=9.5)
    d.j("The name, address, e-mail address, and telephone number of the attorney representing <i>(name of "
        "party)</i> <u>the United States of America</u>, who issues or requests this subpoena, are: <u>Tobias "
        "Engstrom, Assistant United States Attorney, 1000 SW Third Avenue, Suite 600, Portland, OR 97204; "
        "tobias.engstrom@usdoj.gov; (503) 555-0151</u>", size=10)
    d.box(["<b>Notice to the person who issues or requests this subpoena</b>",
           "If this subpoena commands the production of documents, electronically stored information, or tangible "
           "things or the inspection of premises before trial, a notice and a copy of the subpoena must be served "
           "on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. "
           "45(a)(4)."], size=8.5)
    d.pb()
    d.p("AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of "
        "Premises in a Civil Action (Page 2)", size=8)
    d.p("Civil Action No. 3:23-cv-01482-AN", size=9.5)
    d.c("<b>PROOF OF SERVICE</b>", size=11, after=0)
    d.c("<i>(This section should not be filed with the court unless required by Fed. R. Civ. P. 45.)</i>", size=9)
    d.p("I received this subpoena for <i>(name of individual and title, if any)</i> "
        "______________________________ on <i>(date)</i> ____________.", size=10)
    d.p("[  ] I served the subpoena by delivering a copy to the named person as follows: "
        "________________________________ on <i>(date)</i> __________ ; or", size=10)
    d.p("[  ] I returned the subpoena unexecuted because: ______________________________________.", size=10)
    d.p("My fees are $________ for travel and $________ for services, for a total of $ 0.00.", size=10)
    d.p("I declare under penalty of perjury that this information is true.", size=10)
    d.tbl([["Date: ____________", "___________________________<br/><i>Server's signature</i><br/><br/>"
            "___________________________<br/><i>Printed name and title</i><br/><br/>"
            "___________________________<br/><i>Server's address</i>"]], [3.0, 3.8], grid=False, size=10)
    d.pb()
    d.p("AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of "
        "Premises in a Civil Action (Page 3)", size=8)
    d.c("<b>Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)</b>", size=9.5)
    rule = ("<b>(c) Place of Compliance.</b> (1) For a Trial, Hearing, or Deposition. A subpoena may command a "
            "person to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the "
            "person resides, is employed, or regularly transacts business in person; or (B) within the state "
            "where the person resides, is employed, or regularly transacts business in person, if the person (i) "
            "is a party or a party's officer; or (ii) is commanded to attend a trial and would not incur "
            "substantial expense. (2) For Other Discovery. A subpoena may command: (A) production of documents, "
            "electronically stored information, or tangible things at a place within 100 miles of where the "
            "person resides, is employed, or regularly transacts business in person; and (B) inspection of "
            "premises at the premises to be inspected. <b>(d) Protecting a Person Subject to a Subpoena; "
            "Enforcement.</b> (1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible "
            "for issuing and serving a subpoena must take reasonable steps to avoid imposing undue burden or "
            "expense on a person subject to the subpoena. The court for the district where compliance is "
            "required must enforce this duty and impose an appropriate sanction\u2014which may include lost "
            "earnings and reasonable attorney's fees\u2014on a party or attorney who fails to comply. (2) Command "
            "to Produce Materials or Permit Inspection. (A) Appearance Not Required. A person commanded to "
            "produce documents, electronically stored information, or tangible things, or to permit the "
            "inspection of premises, need not appear in person at the place of production or inspection unless "
            "also commanded to appear for a deposition, hearing, or trial. (B) Objections. A person commanded to "
            "produce documents or tangible things or to permit inspection may serve on the party or attorney "
            "designated in the subpoena a written objection ... <b>(e) Duties in Responding to a Subpoena.</b> "
            "(1) Producing Documents or Electronically Stored Information. (A) Documents. A person responding to "
            "a subpoena to produce documents must produce them as they are kept in the ordinary course of "
            "business or must organize and label them to correspond to the categories in the demand. ... "
            "<b>(g) Contempt.</b> The court for the district where compliance is required\u2014and also, after a "
            "motion is transferred, the issuing court\u2014may hold in contempt a person who, having been served, "
            "fails without adequate excuse to obey the subpoena or an order related to it.")
    d.j(rule, size=7.5)
    d.pb()
    d.c("<b>SCHEDULE A</b>", size=12, after=8)
    d.j("This action arises under the False Claims Act, 31 U.S.C. \u00a7 3729 et seq. The United States "
        "requests the following records of the Oregon Employment Department for the period January 1, 2019 "
        "through December 31, 2023. The United States acknowledges that these records are confidential under "
        "ORS 657.665 and 20 C.F.R. part 603; they will be handled under the Stipulated Protective Order entered "
        "in this action (ECF No. 58).")
    d.j("1. Quarterly wage detail reports identifying each employer that reported wages for the following former "
        "employees of Cascade Home Health Partners, LLC, and the amounts reported:")
    d.tbl([["Name", "Date of birth", "SSN (last 4)"],
           ["Svetlana Morozova", "March 9, 1975", "xxx-xx-3318"],
           ["Abdullahi Hassan Farah", "November 30, 1982", "xxx-xx-7052"],
           ["Tuan Anh Dang", "June 2, 1991", "xxx-xx-0964"]], [2.8, 2.0, 1.8], header=True, size=10)
    d.j("2. Employer registration records for Cascade Home Health Partners, LLC (Oregon BIN 0882731-4).")
    save("bp08", "pdf", d.build(), label(
        "bp08", "born_digital", "AO 88B civil subpoena issued by AUSA in a False Claims Act qui tam case",
        ("doj-usao", "United States Attorney's Office, District of Oregon, Civil Division", "Tobias Engstrom",
         "Assistant United States Attorney", "tobias.engstrom@usdoj.gov", "(503) 555-0151"),
        [("Svetlana Morozova", "1975-03-09", [("ssn_last4", "3318")]),
         ("Abdullahi Hassan Farah", "1982-11-30", [("ssn_last4", "7052")]),
         ("Tuan Anh Dang", "1991-06-02", [("ssn_last4", "0964")])],
        ["FRCP 45", "31 USC 3729", "ORS 657.665", "20 CFR 603"],
        "court_subpoena", "AO 88B", True, "unknown",
        ["wages", "employment"], "mail"))


# ---------------------------------------------------------------- bp09 Washington superior court order (KCSO)
@doc
def bp09(rng):
    d = Doc("helv", 10.5)
    d.lh(["KING COUNTY SHERIFF'S OFFICE", "Major Crimes Unit \u2013 Fraud & Identity Theft Detail",
          "516 Third Avenue, Room W-116, Seattle, WA 98104"], align="L", big=14)
    d.p("October 6, 2025", after=8)
    d.p("Employment Security Department<br/>Records Disclosure Unit<br/>P.O. Box 9046<br/>Olympia, WA 98507-9046")
    d.p("RE:&nbsp;&nbsp;Court Order for ESD Records \u2013 KCSO Case #C25-087719", bold=True, before=6)
    d.j("Enclosed is a certified copy of an Order for Production of Records signed by the King County Superior "
        "Court on October 3, 2025 under RCW 50.13.070. We are investigating first degree theft and identity theft "
        "(RCW 9A.56.030, RCW 9.35.020) involving unemployment benefits paid in the names of the two persons "
        "named in the order. Please forward the responsive records to me at the address or e-mail below; a "
        "certification under ER 902(11) would be appreciated so that no custodian needs to testify.")
    d.p("Thank you,")
    d.sp(14)
    d.p("Detective Owen F. Castellano #40281<br/>King County Sheriff's Office<br/>(206) 555-0184<br/>"
        "owen.castellano@kingcounty.gov")
    d.p("cc: DPA Samuel O. Adeyemi, King County Prosecuting Attorney's Office, Economic Crimes Unit", size=9,
        before=8)
    d.pb()
    d2 = d
    d2.p("", after=30)
    d2.c("<b>SUPERIOR COURT OF WASHINGTON FOR KING COUNTY</b>", size=12, after=10)
    d2.tbl([["IN THE MATTER OF THE APPLICATION OF THE KING COUNTY SHERIFF'S OFFICE FOR AN ORDER DIRECTING THE "
             "EMPLOYMENT SECURITY DEPARTMENT TO PRODUCE RECORDS", "No. 25-2-90417-3 SEA<br/><br/><b>ORDER FOR "
             "PRODUCTION OF RECORDS<br/>(RCW 50.13.070)</b><br/><br/>[Clerk's Action Required]"]], [3.6, 3.2])
    d2.p("THIS MATTER having come before the undersigned Judge of the above-entitled Court upon the application "
         "of the State of Washington, by and through Deputy Prosecuting Attorney Samuel O. Adeyemi, supported by "
         "the declaration of Detective Owen F. Castellano of the King County Sheriff's Office, and the Court "
         "having reviewed the records and files herein, the Court FINDS:", align="J")
    d2.j("1.  There is probable cause to believe that the crimes of Theft in the First Degree (RCW 9A.56.030) "
         "and Identity Theft (RCW 9.35.020) have been committed, and that records maintained by the Employment "
         "Security Department contain evidence of those crimes.", indent=0.3)
    d2.j("2.  The need for the information outweighs any reasons for the privacy and confidentiality of the "
         "information under RCW 50.13.070.", indent=0.3)
    d2.p("NOW, THEREFORE, IT IS HEREBY ORDERED that the Employment Security Department shall, within fourteen "
         "(14) days of service of this Order, produce to Detective Owen F. Castellano the following records for "
         "the period January 1, 2022 to the date of this Order:", align="J", before=4)
    d2.tbl([["Name", "DOB", "Records"],
            ["NGUYEN, Van Thanh", "10/05/1977", "UI claims and payment history; quarterly wage records; "
             "employer names; addresses and telephone numbers on file"],
            ["JAMA, Abdikarim Mohamed", "03/11/1995", "Same"]], [2.1, 1.1, 3.6], header=True, size=9.5)
    d2.j("IT IS FURTHER ORDERED that the Employment Security Department shall not disclose the existence of this "
         "Order to the persons named above for a period of ninety (90) days, and that the records produced may be "
         "certified under ER 902(11).")
    d2.p("DONE IN OPEN COURT this 3rd day of October, 2025.", before=6)
    d2.sig(["JUDGE PATRICIA L. OSTERGAARD"], s="Patricia L. Ostergaard")
    d2.p("Presented by:<br/>KING COUNTY PROSECUTING ATTORNEY<br/><br/>/s/ Samuel O. Adeyemi<br/>"
         "Samuel O. Adeyemi, WSBA #50321<br/>Deputy Prosecuting Attorney", size=9.5)
    save("bp09", "pdf", d.build(), label(
        "bp09", "born_digital", "Washington superior court order for ESD records with sheriff's detective letter",
        ("sheriff", "King County Sheriff's Office", "Owen F. Castellano", "Detective",
         "owen.castellano@kingcounty.gov", "(206) 555-0184"),
        [("Van Thanh Nguyen", "1977-10-05", []), ("Abdikarim Mohamed Jama", "1995-03-11", [])],
        ["RCW 50.13.070", "RCW 9A.56.030", "RCW 9.35.020", "WA ER 902"],
        "court_order", None, True, "criminal_investigation",
        ["claims", "benefits", "wages", "employment", "address", "phone"], "mail"))


# ---------------------------------------------------------------- bp10 California search warrant (EDD)
@doc
def bp10(rng):
    d = Doc("times", 10.5, footer_l="SW No. 25-04419", footer_r="Page {page}")
    d.p("<b>TRANSMITTAL</b> \u2014 Santa Ana Police Department, Financial Crimes Unit, 60 Civic Center Plaza, "
        "Santa Ana, CA 92701", size=9.5, after=2)
    d.p("To: EDD Legal Office, Subpoena/Warrant Unit, 800 Capitol Mall, MIC 53, Sacramento, CA 95814.  From: Det. "
        "Alejandra M. Ruelas #2231, (714) 555-0106, aruelas@santa-ana.gov.  Please process the attached search "
        "warrant and contact me when the records are ready for pickup or electronic delivery. Thank you.",
        size=9.5)
    d.hr()
    d.c("<b>SUPERIOR COURT OF CALIFORNIA, COUNTY OF ORANGE</b>", size=12, after=2)
    d.c("<b>SEARCH WARRANT</b>", size=15, after=2)
    d.c("(Penal Code \u00a7\u00a7 1523\u20131542)", size=9, after=8)
    d.p("<b>THE PEOPLE OF THE STATE OF CALIFORNIA, TO ANY PEACE OFFICER IN THE COUNTY OF ORANGE:</b>")
    d.j("Proof by affidavit, having been this day made before me by Detective Alejandra M. Ruelas, #2231, of the "
        "Santa Ana Police Department, that there is probable cause to believe that the property described herein "
        "may be found at the location set forth herein and that it is lawfully seizable pursuant to Penal Code "
        "Section 1524(a), subdivisions (2), (3) and (4), as indicated below by \"X\":")
    d.p("[  ] it was stolen or embezzled;<br/>[X] it was used as the means of committing a felony;<br/>[X] it is "
        "possessed by any person with the intent to use it as a means of committing a public offense;<br/>[X] it "
        "tends to show that a felony has been committed or that a particular person has committed a felony.",
        indent=0.4)
    d.p("<b>YOU ARE THEREFORE COMMANDED TO SEARCH:</b>")
    d.j("The records of the State of California, Employment Development Department (EDD), including its "
        "electronic claim-management and wage-reporting systems, maintained at 800 Capitol Mall, Sacramento, "
        "California 95814, for records pertaining to the following persons:", indent=0.3)
    d.tbl([["DÍAZ DE LEÓN, Rigoberto", "DOB 07/04/1983", "CDL B7726154"],
           ["PHAN, Thi Lan", "DOB 02/17/1990", "\u2014"],
           ["SOKOLOV, Ilya Petrovich", "DOB 12/19/1979", "SSN xxx-xx-5190"]], [2.8, 1.6, 2.0], size=10)
    d.p("<b>FOR THE FOLLOWING PROPERTY:</b>")
    d.j("All unemployment insurance and disability insurance claim records, including claim applications, "
        "identity-verification documents, continued-claim certifications, payment histories, debit card and "
        "direct deposit records, mailing addresses, telephone numbers, e-mail addresses and IP address logs; and "
        "all quarterly wage records reported for the listed persons, from January 1, 2021 to the present.",
        indent=0.3)
    d.j("The property is evidence of violations of Penal Code section 530.5 (identity theft) and Unemployment "
        "Insurance Code section 2101 (false statements to obtain benefits). The custodian may comply by "
        "delivering copies of the records with the affidavit described in Evidence Code sections 1560\u20131561. "
        "This warrant must be executed within ten (10) days of issuance (Penal Code \u00a7 1534).")
    d.j("AND TO SEIZE IT/THEM IF FOUND and bring it/them forthwith before me, or this court, at the courthouse of "
        "this court. This Search Warrant and incorporated Affidavit was sworn to as true and subscribed before "
        "me on this 24th day of September, 2025, at 11:20 A.M. Wherefore, I find probable cause for the issuance "
        "of this Search Warrant and do issue it.")
    d.p("Night service: [  ] Authorized  [X] Not authorized", size=10)
    d.sig(["Judge of the Superior Court", "Hon. Thomas E. Nakamura, Dept. C-44"], s="T. E. Nakamura")
    d.pb()
    d.c("<b>RETURN TO SEARCH WARRANT</b>", size=12, after=8)
    d.j("I, ______________________, being sworn, say that I conducted a search pursuant to the above Search "
        "Warrant on __________, 2025, and that I searched the location described and seized the items described "
        "in the attached inventory. I further swear that this is a true and detailed account of all the property "
        "taken by me pursuant to the Search Warrant.")
    d.sig(["Signature of Affiant"], x=0.0)
    d.p("Subscribed and sworn to before me on __________, 2025.")
    d.sig(["Judge of the Superior Court"], x=3.4)
    save("bp10", "pdf", d.build(), label(
        "bp10", "born_digital", "California superior court search warrant for EDD records with police transmittal",
        ("local-police", "Santa Ana Police Department", "Alejandra M. Ruelas", "Detective",
         "aruelas@santa-ana.gov", "(714) 555-0106"),
        [("Rigoberto D\u00edaz de Le\u00f3n", "1983-07-04", [("license", "B7726154")]),
         ("Thi Lan Phan", "1990-02-17", []),
         ("Ilya Petrovich Sokolov", "1979-12-19", [("ssn_last4", "5190")])],
        ["CA PC 1523", "CA PC 1542", "CA PC 1524", "CA PC 530.5", "CA UI Code 2101", "CA Evid Code 1560",
         "CA Evid Code 1561", "CA PC 1534"],
        "judicial_warrant", None, True, "criminal_investigation",
        ["claims", "benefits", "identity_documents", "wages", "address", "phone", "email", "other"], "mail"))


# ---------------------------------------------------------------- bp11 Ohio court order via e-mail (Columbus)
@doc
def bp11(rng):
    d = Doc("times", 11.5, margins=(1.0, 1.0, 0.9, 0.9))
    d.c("<b>IN THE COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO</b>", after=0)
    d.c("<b>CRIMINAL DIVISION</b>", after=12)
    d.cap(["IN RE: APPLICATION OF THE STATE OF OHIO", "FOR RELEASE OF CONFIDENTIAL RECORDS OF THE",
           "OHIO DEPARTMENT OF JOB AND FAMILY SERVICES"],
          ["Case No. 25 MS 000412", "", "JUDGE ELAINE S. HARWOOD"])
    d.c("<b><u>JUDGMENT ENTRY \u2013 ORDER FOR RELEASE OF RECORDS</u></b>", after=10)
    d.j("This matter came before the Court upon the application of the State of Ohio, by and through the Franklin "
        "County Prosecuting Attorney, for an order directing the Ohio Department of Job and Family Services "
        "(\"ODJFS\") to release unemployment compensation records that are otherwise confidential under R.C. "
        "4141.21 and 4141.22.")
    d.j("Upon review of the application and the affidavit of Detective Kayla M. Brandt of the Columbus Division of "
        "Police, the Court finds that the records are material to a pending criminal investigation of identity "
        "fraud (R.C. 2913.49) and tampering with records (R.C. 2913.42), and that the interests of justice "
        "require their release to law enforcement.")
    d.j("IT IS THEREFORE ORDERED that ODJFS shall release to Detective Kayla M. Brandt, Columbus Division of "
        "Police, within ten days of receipt of this Entry, the following records from January 1, 2023 to date:")
    d.j("(1) all unemployment compensation claims, weekly benefit requests and payment histories; (2) quarterly "
        "wage and employer records; (3) mailing addresses, telephone numbers and e-mail addresses on file; and "
        "(4) IP address and log-in records, relating to:", indent=0.4)
    d.p("MARISOL RODR\u00cdGUEZ PE\u00d1A, DOB 02/11/1986", indent=0.8, after=0)
    d.p("FARHAN NUR ABDI, DOB 08/30/1998", indent=0.8)
    d.j("IT IS FURTHER ORDERED that the records shall be used solely for purposes of the criminal investigation "
        "and any resulting prosecution.")
    d.p("IT IS SO ORDERED.", bold=True)
    d.sig(["JUDGE ELAINE S. HARWOOD"], s="Elaine S. Harwood", x=3.6)
    d.p("Approved:<br/><br/>/s/ Gregory D. Fenwick<br/>Gregory D. Fenwick (0087745)<br/>Assistant Prosecuting "
        "Attorney", size=10)
    pdf = d.build()
    text = (
        "Good afternoon,\n\n"
        "Attached is a signed journal entry from Franklin County Common Pleas (Judge Harwood, 25 MS 000412) "
        "ordering ODJFS to release UC claim records for the two people below. We are working a series of "
        "fraudulent unemployment claims filed with stolen identities (R.C. 2913.49).\n\n"
        "  1) Rodriguez Pena, Marisol  -  DOB 2/11/1986\n"
        "  2) Abdi, Farhan Nur  -  DOB 8/30/1998\n\n"
        "We need the claim files, payment history, wage/employer info, the addresses/phones/emails used on the "
        "claims, and any IP logs you have. Electronic copies to this address are fine.\n\n"
        "Let me know if you need the original entry mailed to you.\n\n"
        "Thanks,\n\n"
        "Det. Kayla M. Brandt #2318\n"
        "Columbus Division of Police | Financial Crimes Unit\n"
        "120 Marconi Blvd., Columbus, OH 43215\n"
        "Office: 614-555-0157\n"
        "kbrandt@columbus.gov\n\n"
        "CPD Report # 2025-0871446\n\n" + CONF_EMAIL + "\n")
    m = eml_message({"From": "\"Brandt, Kayla M.\" <kbrandt@columbus.gov>",
                     "To": "ODJFS Legal - Records Requests <records.requests@jfs.ohio.gov>",
                     "Subject": "Court order - ODJFS UC records - CPD Rpt 2025-0871446",
                     "Date": mk_date("2025-10-02 14:37 -0400"),
                     "Message-ID": "<20251002183711.4471@columbus.gov>"},
                    text=text, attachments=[(pdf, "application", "pdf", "25MS000412_JournalEntry.pdf")])
    write_eml(m, os.path.join(OUT, "bp11.eml"), "bp11")
    save("bp11", "eml", None, label(
        "bp11", "eml", "Detective e-mail with attached Ohio common pleas judgment entry ordering release of UC records",
        ("local-police", "Columbus Division of Police", "Kayla M. Brandt", "Detective", "kbrandt@columbus.gov",
         "614-555-0157"),
        [("Marisol Rodr\u00edguez Pe\u00f1a", "1986-02-11", []), ("Farhan Nur Abdi", "1998-08-30", [])],
        ["ORC 2913.49", "ORC 4141.21", "ORC 4141.22", "ORC 2913.42"],
        "court_order", None, True, "criminal_investigation",
        ["claims", "benefits", "wages", "employment", "address", "phone", "email", "other"], "email"))


# ---------------------------------------------------------------- bp12 South Carolina magistrate search warrant (JPEG) via HTML e-mail
@doc
def bp12(rng):
    d = Doc("times", 11)
    d.tbl([["STATE OF SOUTH CAROLINA<br/><br/>COUNTY OF RICHLAND", "<b>SEARCH WARRANT</b><br/><br/>"
            "Warrant No. 2025-SW-40-1187<br/>Magistrate's Court, Central Court"]], [3.4, 3.4], grid=False)
    d.hr()
    d.p("TO ANY LAW ENFORCEMENT OFFICER OF THE STATE OF SOUTH CAROLINA:", bold=True)
    d.j("Affidavit having been made before me by Special Agent Dwayne T. Holloway of the South Carolina Law "
        "Enforcement Division, that there is probable cause to believe that evidence of the crime of Financial "
        "Identity Fraud, in violation of S.C. Code Ann. \u00a7 16-13-510, is contained in the records described "
        "below, and as I am satisfied that there is probable cause to believe that such property is located at "
        "the place described:")
    d.p("PLACE: South Carolina Department of Motor Vehicles, 10311 Wilson Boulevard, Blythewood, South Carolina "
        "29016, including its electronic records systems.", indent=0.4)
    d.p("PROPERTY: All driver license and identification card applications, copies of documents presented to "
        "establish identity and lawful presence (including foreign passports and Forms I-94), digital "
        "photographs, and address history from January 1, 2020 to the present, for:", indent=0.4)
    d.p("(1) Lamar Everett SIMMS, DOB 05/12/1981, SC DL 102938475<br/>(2) Oksana BILYK, DOB 10/27/1994",
        indent=0.8)
    d.j("YOU ARE HEREBY COMMANDED to search forthwith the place named for the property specified, serving this "
        "warrant and making the search within ten (10) days, and if the property be found there, to seize it, "
        "leaving a copy of this warrant and a receipt for the property taken, and to prepare a written inventory "
        "of the property seized and return this warrant before me. This warrant is issued under S.C. Code Ann. "
        "\u00a7 17-13-140.")
    d.p("Issued at 9:05 A.M. this 7th day of October, 2025.", before=4)
    d.sig(["Magistrate, Richland County", "Hon. Beverly J. Grier"], s="Beverly J. Grier")
    d.c("<b>RETURN</b>", before=4)
    d.p("Executed on ____________ by ________________________. Inventory attached: [ ] Yes [ ] No", size=10)
    pdf = d.build()
    img = rasterize(pdf, 150, "bp12")[0]
    img = degrade_scan(img, rng, angle=0.9, bg=236, noise=4, blur=0.5)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=70)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Please see the attached search warrant signed this morning by Magistrate Grier (Richland County) for SCDMV records on
two subjects in a SLED financial identity fraud case. We need the following for <b>SIMMS, Lamar Everett</b> (DOB 05/12/1981,
DL 102938475) and <b>BILYK, Oksana</b> (DOB 10/27/1994):</p>
<ul>
<li>DL/ID applications and all documents presented (passports, I-94s, etc.)</li>
<li>All photographs on file</li>
<li>Address history</li>
</ul>
<p>Please reply to confirm receipt. I can pick the records up in Blythewood if that is easier.</p>
<p>Respectfully,</p>
<p><b>SA Dwayne T. Holloway</b><br>
Financial Crimes Unit<br>
South Carolina Law Enforcement Division (SLED)<br>
4400 Broad River Road, Columbia, SC 29210<br>
Office (803) 555-0122<br>
<a href="mailto:dholloway@sled.sc.gov">dholloway@sled.sc.gov</a></p>
<p style="font-size:8pt;color:#666">This communication may contain law enforcement sensitive information. If you received it in error,
please notify the sender and delete it.</p>
</body></html>
"""
    m = eml_message({"From": "Dwayne Holloway <dholloway@sled.sc.gov>",
                     "To": "SCDMV Law Enforcement Records <le.records@scdmv.sc.gov>",
                     "Subject": "Search Warrant - SCDMV records - SLED case 25-31-0442",
                     "Date": mk_date("2025-10-07 10:12 -0400"),
                     "Message-ID": "<a71c09e2.5512@sled.sc.gov>"},
                    html=html, attachments=[(buf.getvalue(), "image", "jpeg", "SW_2025-SW-40-1187.jpg")])
    write_eml(m, os.path.join(OUT, "bp12.eml"), "bp12")
    save("bp12", "eml", None, label(
        "bp12", "eml", "HTML-only SLED e-mail with JPEG scan of South Carolina magistrate search warrant",
        ("state-police", "South Carolina Law Enforcement Division (SLED)", "Dwayne T. Holloway", "Special Agent",
         "dholloway@sled.sc.gov", "(803) 555-0122"),
        [("Lamar Everett Simms", "1981-05-12", [("license", "102938475")]), ("Oksana Bilyk", "1994-10-27", [])],
        ["SC Code 16-13-510", "SC Code 17-13-140"],
        "judicial_warrant", None, True, "criminal_investigation",
        ["license", "identity_documents", "photo", "address"], "email"))


# ---------------------------------------------------------------- bp13 Colorado Crim. P. 17(c) subpoena via e-mail
@doc
def bp13(rng):
    d = Doc("sans", 9.5)
    cap = [["DISTRICT COURT, JEFFERSON COUNTY, COLORADO<br/>Court Address: 100 Jefferson County Parkway<br/>"
            "Golden, CO 80401<br/><br/>THE PEOPLE OF THE STATE OF COLORADO,<br/><br/>v.<br/><br/>Defendant: "
            "RAFAEL G\u00d3MEZ ARRIAGA", "<br/><br/><br/>\u25b2 COURT USE ONLY \u25b2"],
           ["Attorney for the People:<br/>Hannah Vukovi\u0107, #51873, Deputy District Attorney<br/>Office of the "
            "District Attorney, First Judicial District<br/>500 Jefferson County Parkway, Golden, CO 80401<br/>"
            "Phone: (303) 555-0171  E-mail: hvukovic@jeffco.us", "Case Number: 25CR1187<br/><br/>Division: 4"],
           ["<b>SUBPOENA DUCES TECUM TO PRODUCE DOCUMENTS (CRIM. P. 17(c))</b>", ""]]
    d.tbl(cap, [4.6, 2.2], spans=[((0, 2), (1, 2))])
    d.p("TO: <b>Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance "
        "Division, 633 17th Street, Suite 201, Denver, CO 80202</b>", after=6)
    d.j("YOU ARE ORDERED to appear in the District Court for Jefferson County, Courtroom 4B, at the address "
        "above, on November 17, 2025 at 8:30 a.m., to testify as a witness for the prosecution at the trial of "
        "the above case, and to bring with you the following documents:")
    d.j("All quarterly wage records, employer names, unemployment insurance claims, claim certifications and "
        "payment records for RAFAEL G\u00d3MEZ ARRIAGA (DOB 04/06/1990) and for ANASTASIA PETRENKO (DOB "
        "09/19/1992), from January 1, 2023 to the present.", indent=0.3)
    d.j("The Defendant is charged with Theft, \u00a7 18-4-401, C.R.S., and Identity Theft, \u00a7 18-5-902, "
        "C.R.S. This subpoena is issued pursuant to \u00a7 16-9-101, C.R.S., and Crim. P. 17. In lieu of "
        "appearance, the custodian may deliver the documents to the Office of the District Attorney before the "
        "trial date with an affidavit or certification that complies with C.R.E. 902(11).")
    d.j("If you fail to obey this subpoena, you may be held in contempt of court.", bold=True)
    d.tbl([["Date: October 8, 2025", "Clerk of Court / Deputy Clerk<br/><br/>By: <i>L. Gutierrez</i> "
            "_______________"],
           ["", "Attorney for the People<br/><br/><i>/s/ Hannah Vukovi\u0107</i> _______________"]],
          [3.0, 3.8], grid=False)
    d.c("<b>RETURN OF SERVICE</b>", before=6)
    d.p("I declare under oath that I served this Subpoena on ____________________ in ____________ County, "
        "Colorado, on (date) __________ at (time) ______ by [ ] personal delivery [ ] certified mail [ ] e-mail "
        "as agreed by the witness.", size=9)
    pdf = d.build()
    text = (
        "Hello,\n\n"
        "Please find attached a subpoena duces tecum under Crim. P. 17(c) in People v. Gomez Arriaga, Jefferson "
        "County District Court case 25CR1187. The trial is set for November 17.\n\n"
        "We are asking for wage, employer and UI claim/payment records for the defendant, Rafael Gomez Arriaga "
        "(DOB 4/6/1990), and for his co-defendant in the companion case, Anastasia Petrenko (DOB 9/19/1992). "
        "The victim in this matter, Ms. Deborah Kline, is a former employer of Mr. Gomez Arriaga; no records "
        "are requested about her.\n\n"
        "I am aware of the Department's obligations under C.R.S. 24-74-103. This is a court-issued subpoena in "
        "a pending criminal prosecution. If you deliver the records with a C.R.E. 902(11) certification before "
        "trial, no one will need to appear.\n\n"
        "Thank you,\n"
        "Hannah Vukovic\n"
        "Deputy District Attorney\n"
        "First Judicial District Attorney's Office\n"
        "500 Jefferson County Parkway, Golden, CO 80401\n"
        "(303) 555-0171\n")
    html = ("<html><body><p>Hello,</p><p>Please find attached a subpoena duces tecum under <i>Crim. P. 17(c)</i> "
            "in <b>People v. G\u00f3mez Arriaga</b>, Jefferson County District Court case <b>25CR1187</b>. The "
            "trial is set for November 17.</p><p>We are asking for wage, employer and UI claim/payment records "
            "for the defendant, Rafael G\u00f3mez Arriaga (DOB 4/6/1990), and for his co-defendant in the "
            "companion case, Anastasia Petrenko (DOB 9/19/1992). The victim in this matter, Ms. Deborah Kline, is "
            "a former employer of Mr. G\u00f3mez Arriaga; no records are requested about her.</p><p>I am aware of "
            "the Department's obligations under C.R.S. 24-74-103. This is a court-issued subpoena in a pending "
            "criminal prosecution. If you deliver the records with a C.R.E. 902(11) certification before trial, "
            "no one will need to appear.</p><p>Thank you,<br>Hannah Vukovi\u0107<br>Deputy District Attorney<br>"
            "First Judicial District Attorney's Office<br>500 Jefferson County Parkway, Golden, CO 80401<br>"
            "(303) 555-0171</p></body></html>\n")
    m = eml_message({"From": "Hannah Vukovi\u0107 <hvukovic@jeffco.us>",
                     "To": "CDLE UI Subpoenas <cdle_ui_subpoenas@state.co.us>",
                     "Cc": "Trial Assistant Gina Marsh <gmarsh@jeffco.us>",
                     "Subject": "SDT - People v. Gomez Arriaga, 25CR1187 (trial 11/17)",
                     "Date": mk_date("2025-10-08 16:02 -0600"),
                     "Message-ID": "<CAK-25CR1187-sdt@jeffco.us>"},
                    text=text, html=html, attachments=[(pdf, "application", "pdf", "25CR1187_SDT_CDLE.pdf")])
    write_eml(m, os.path.join(OUT, "bp13.eml"), "bp13")
    save("bp13", "eml", None, label(
        "bp13", "eml", "Deputy DA e-mail (text+html) with attached Colorado Crim. P. 17(c) trial subpoena duces tecum",
        ("district-attorney", "Office of the District Attorney, First Judicial District", "Hannah Vukovi\u0107",
         "Deputy District Attorney", "hvukovic@jeffco.us", "(303) 555-0171"),
        [("Rafael G\u00f3mez Arriaga", "1990-04-06", []), ("Anastasia Petrenko", "1992-09-19", [])],
        ["CO CrimP 17", "CRS 24-74-103", "CO CRE 902", "CRS 18-4-401", "CRS 18-5-902", "CRS 16-9-101"],
        "court_subpoena", None, True, "criminal_investigation",
        ["wages", "employment", "claims", "benefits"], "email"))


# ---------------------------------------------------------------- bp14 ERO e-mail with I-200
@doc
def bp14(rng):
    d = Doc("sans", 10, footer_l="Form I-200 (Rev. 09/16)")
    d.c("U.S. DEPARTMENT OF HOMELAND SECURITY", bold=True, size=11, after=8)
    d.c("<b>WARRANT FOR ARREST OF ALIEN</b>", size=15, after=10)
    d.tbl([["", "File No. <u>A215 447 890</u><br/><br/>Date: <u>09/26/2025</u>"]], [4.2, 2.6], grid=False)
    d.j("To:&nbsp;&nbsp;&nbsp;Any immigration officer authorized pursuant to sections 236 and 287 of the "
        "Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants "
        "of arrest for immigration violations")
    d.j("I have determined that there is probable cause to believe that <u>\u00c1LVAREZ TORRES, Wilmer "
        "Josu\u00e9</u> is removable from the United States. This determination is based upon:")
    d.chk(False, "the execution of a charging document to initiate removal proceedings against the subject;",
          indent=0.3)
    d.chk(True, "the pendency of ongoing removal proceedings against the subject;", indent=0.3)
    d.chk(False, "the failure to establish admissibility subsequent to deferred inspection;", indent=0.3)
    d.chk(False, "biometric confirmation of the subject's identity and a records check of federal databases "
          "that affirmatively indicate, by themselves or in addition to other reliable information, that the "
          "subject either lacks immigration status or notwithstanding such status is removable under U.S. "
          "immigration law; and/or", indent=0.3)
    d.chk(False, "statements made voluntarily by the subject to an immigration officer and/or other reliable "
          "evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding "
          "such status is removable under U.S. immigration law.", indent=0.3)
    d.j("YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and "
        "Nationality Act, the above-named alien.", before=6)
    d.tbl([["", "<i>M. T. Coulter</i><br/>______________________________<br/>(Signature of Authorized Immigration "
            "Officer)<br/><br/>Marissa T. Coulter, SDDO<br/>(Printed Name and Title of Authorized Immigration "
            "Officer)"]], [3.0, 3.8], grid=False)
    d.c("<b>Certificate of Service</b>", before=10)
    d.p("I hereby certify that the Warrant for Arrest of Alien was served by me at ______________________ "
        "(Location) on __________________ (Name of Alien) on ________ (Date of Service), and the contents of this "
        "notice were read to him or her in the ________________ (Language) language.", size=9.5)
    d.tbl([["______________________________<br/>Name and Signature of Officer", "______________________________"
            "<br/>Name or Number of Interpreter (if applicable)"]], [3.4, 3.4], grid=False, size=9)
    pdf = d.build()
    text = (
        "Good morning,\n\n"
        "ERO Portland is attempting to locate the subject below. He is in removal proceedings and there is an "
        "administrative warrant for his arrest (I-200 attached).\n\n"
        "Name: ALVAREZ TORRES, Wilmer Josue\n"
        "DOB: 08/23/1996\n"
        "A#: 215-447-890\n"
        "OR DL: 7312456\n\n"
        "Requesting his current residential/mailing address, any vehicles registered to him, and his most recent "
        "DMV photo. This request is made pursuant to 8 U.S.C. 1357 and the information is for official use "
        "only.\n\n"
        "Thank you for your assistance.\n\n"
        "V/r,\n"
        "Carlos A. Dominguez\n"
        "Deportation Officer\n"
        "U.S. Immigration and Customs Enforcement\n"
        "Enforcement and Removal Operations | Seattle Field Office - Portland Sub-Office\n"
        "Desk: (503) 555-0138\n"
        "carlos.a.dominguez@ice.dhs.gov\n\n"
        "WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that "
        "may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).\n")
    m = eml_message({"From": "\"Dominguez, Carlos A\" <carlos.a.dominguez@ice.dhs.gov>",
                     "To": "DMV Record Services <dmv.records@odot.oregon.gov>",
                     "Subject": "Info request - ALVAREZ TORRES - A215447890",
                     "Date": mk_date("2025-09-29 08:41 -0700"),
                     "Message-ID": "<SA1PR09MB7731.ice.dhs.gov>"},
                    text=text, attachments=[(pdf, "application", "pdf", "I-200_ALVAREZ_TORRES.pdf")])
    write_eml(m, os.path.join(OUT, "bp14.eml"), "bp14")
    save("bp14", "eml", None, label(
        "bp14", "eml", "ERO deportation officer e-mail with attached Form I-200 administrative arrest warrant",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Seattle "
         "Field Office - Portland Sub-Office", "Carlos A. Dominguez", "Deportation Officer",
         "carlos.a.dominguez@ice.dhs.gov", "(503) 555-0138"),
        [("Wilmer Josu\u00e9 \u00c1lvarez Torres", "1996-08-23", [("a_number", "A215447890"),
                                                                ("license", "7312456")])],
        ["8 USC 1357", "5 USC 552", "INA 236", "INA 287", "8 CFR 287"],
        "administrative_warrant", "I-200", True, "civil_immigration",
        ["address", "vehicle", "photo"], "email"))


# ---------------------------------------------------------------- bp15 HSI informal HTML e-mail, no process
@doc
def bp15(rng):
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Hi Teresa,</p>
<p>Hope you're doing well. I'm working an open criminal case out of HSI Las Vegas on a ring that's been producing
counterfeit permanent resident cards and Social Security cards (18 U.S.C. &sect; 1546 and 18 U.S.C. &sect; 1028).
Three names came up on the buy/walk last week and I'd like to confirm who they are before we go further.</p>
<p>Could you run these three and send me DL photos, license status and addresses on file?</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><th>Name</th><th>DOB</th><th>NV DL</th></tr>
<tr><td>Ngo, Thanh Tung</td><td>01/19/1975</td><td>&mdash;</td></tr>
<tr><td>Ram&iacute;rez de Arellano, Ana Sof&iacute;a</td><td>09/02/1988</td><td>0012345678</td></tr>
<tr><td>Dirie, Yusuf Abdullahi</td><td>04/04/1990</td><td>&mdash;</td></tr>
</table>
<p>No subpoena on this yet &ndash; if you need one, let me know and I'll talk to my group supervisor (GS Diane
Whitfield) about getting one out. Thanks again for all your help on the last one.</p>
<p>Bogdan</p>
<p style="margin-top:18px">--<br><b>Bogdan Marinescu</b><br>Special Agent<br>Homeland Security Investigations &ndash; Las Vegas<br>
U.S. Immigration and Customs Enforcement<br>Office: 702-555-0114<br>bogdan.marinescu@ice.dhs.gov</p>
</div></body></html>
"""
    m = eml_message({"From": "\"Marinescu, Bogdan\" <bogdan.marinescu@ice.dhs.gov>",
                     "To": "\"Salcedo, Teresa\" <tsalcedo@dmv.nv.gov>",
                     "Subject": "quick favor - 3 names",
                     "Date": mk_date("2025-10-03 15:26 -0700"),
                     "Message-ID": "<BY5PR09MB5521.8812@ice.dhs.gov>"}, html=html)
    write_eml(m, os.path.join(OUT, "bp15.eml"), "bp15")
    save("bp15", "eml", None, label(
        "bp15", "eml", "informal HTML-only e-mail from HSI special agent, no process attached",
        ("dhs-ice-hsi", "Homeland Security Investigations \u2013 Las Vegas", "Bogdan Marinescu", "Special Agent",
         "bogdan.marinescu@ice.dhs.gov", "702-555-0114"),
        [("Thanh Tung Ngo", "1975-01-19", []),
         ("Ana Sof\u00eda Ram\u00edrez de Arellano", "1988-09-02", [("license", "0012345678")]),
         ("Yusuf Abdullahi Dirie", "1990-04-04", [])],
        ["18 USC 1546", "18 USC 1028"],
        "none", None, False, "criminal_investigation",
        ["photo", "license", "address"], "email"))


# ---------------------------------------------------------------- bp16 USMS e-mail forwarding a Georgia arrest warrant (message/rfc822)
@doc
def bp16(rng):
    d = Doc("times", 10.5)
    d.tbl([["<b>MAGISTRATE COURT OF CLAYTON COUNTY</b><br/>STATE OF GEORGIA", "Warrant No. <b>25-W-03318</b><br/>"
            "OTN: 3125-0098817"]], [4.3, 2.5], grid=False)
    d.c("<b>WARRANT FOR ARREST</b>", size=14, before=6, after=6)
    d.p("<b>AFFIDAVIT:</b> Personally came Detective Rochelle Amos, Clayton County Police Department, who on oath "
        "says that, to the best of affiant's knowledge and belief, <b>H\u00c9CTOR MANUEL ESTRADA-MOLINA</b>, "
        "DOB 02/09/1984, did, in Clayton County, Georgia, on or about August 30, 2025, commit the offense of "
        "AGGRAVATED ASSAULT, in violation of O.C.G.A. \u00a7 16-5-21, in that the accused did make an assault upon "
        "the person of Darnell Whitaker with a knife, a deadly weapon.", align="J")
    d.p("Sworn to and subscribed before me this 2nd day of September, 2025.", size=10)
    d.tbl([["<i>R. Amos</i> ____________________<br/>Affiant", "<i>Hon. Felicia A. Moreland</i> "
            "____________________<br/>Judge, Magistrate Court of Clayton County"]], [3.4, 3.4], grid=False)
    d.hr()
    d.j("TO ANY SHERIFF, DEPUTY SHERIFF, CORONER, CONSTABLE, MARSHAL, POLICE OFFICER, OR ANY OTHER OFFICER "
        "AUTHORIZED TO MAKE ARRESTS OF SAID STATE \u2013 GREETINGS:", size=10)
    d.j("For sufficient cause made known to me in the above affidavit, incorporated herein by reference, you are "
        "hereby commanded to arrest the defendant named in the foregoing affidavit, charged by the prosecutor "
        "therein with the offense against the laws of this State named in said affidavit, and bring the defendant "
        "before me or some other judicial officer of this State to be dealt with as the law directs, pursuant to "
        "O.C.G.A. \u00a7 17-4-40. Herein fail not.")
    d.p("Witness my hand and seal, this 2nd day of September, 2025.")
    d.sig(["Judge, Magistrate Court of Clayton County", "Hon. Felicia A. Moreland"], s="Felicia A. Moreland")
    d.p("Bond: <b>NO BOND \u2013 Superior Court only</b>. Extradition: Nationwide.", size=10)
    pdf = d.build()
    inner_text = (
        "DUSM Abernathy,\n\n"
        "Per our call, attached is the warrant package for ESTRADA-MOLINA, Hector Manuel (DOB 02/09/1984), Clayton "
        "County warrant 25-W-03318, Agg Assault. GCIC/NCIC entry is active, extradition nationwide. His cousin told "
        "our detective he is working construction somewhere around Mobile.\n\n"
        "Sgt. Monique Fairley\nClayton County Sheriff's Office - Warrants Division\n(770) 555-0143\n")
    inner = eml_message({"From": "Monique Fairley <monique.fairley@claytoncountyga.gov>",
                         "To": "terrence.abernathy@usdoj.gov",
                         "Subject": "Warrant package - ESTRADA-MOLINA 25-W-03318",
                         "Date": mk_date("2025-09-30 11:04 -0400"),
                         "Message-ID": "<ccso-wd-20250930-1104@claytoncountyga.gov>"},
                        text=inner_text, attachments=[(pdf, "application", "pdf", "25-W-03318.pdf")])
    text = (
        "Good afternoon,\n\n"
        "The U.S. Marshals Service Southeast Regional Fugitive Task Force is assisting Clayton County, Georgia, "
        "in locating a fugitive wanted on a state felony arrest warrant for aggravated assault (O.C.G.A. "
        "16-5-21). The original message from the Clayton County Sheriff's Office, with the signed warrant, is "
        "forwarded below/attached.\n\n"
        "Fugitive: Hector Manuel ESTRADA-MOLINA, DOB 02/09/1984\n\n"
        "We believe he is currently employed in the Mobile area. Could your office check quarterly wage data and "
        "let us know his current and recent employer(s) and employer addresses, plus any residential address and "
        "phone number he has given on a UI claim?\n\n"
        "Thank you,\n\n"
        "Terrence L. Abernathy\n"
        "Deputy U.S. Marshal\n"
        "Southeast Regional Fugitive Task Force - Mobile\n"
        "U.S. Marshals Service, Southern District of Alabama\n"
        "(251) 555-0186 (desk)\n"
        "terrence.abernathy@usdoj.gov\n")
    m = eml_message({"From": "\"Abernathy, Terrence (USMS)\" <terrence.abernathy@usdoj.gov>",
                     "To": "ADOL Legal Division <legal.requests@labor.alabama.gov>",
                     "Subject": "FW: Warrant package - ESTRADA-MOLINA 25-W-03318",
                     "Date": mk_date("2025-10-01 13:18 -0500"),
                     "Message-ID": "<USMS-SERFTF-20251001-1318@usdoj.gov>"},
                    text=text, forwarded=inner)
    write_eml(m, os.path.join(OUT, "bp16.eml"), "bp16")
    save("bp16", "eml", None, label(
        "bp16", "eml", "Deputy U.S. Marshal e-mail forwarding (message/rfc822) a Georgia magistrate arrest warrant",
        ("doj-usms", "U.S. Marshals Service, Southeast Regional Fugitive Task Force", "Terrence L. Abernathy",
         "Deputy U.S. Marshal", "terrence.abernathy@usdoj.gov", "(251) 555-0186"),
        [("H\u00e9ctor Manuel Estrada-Molina", "1984-02-09", [])],
        ["OCGA 16-5-21", "OCGA 17-4-40"],
        "judicial_warrant", None, True, "criminal_investigation",
        ["employment", "wages", "address", "phone"], "email"))


# ---------------------------------------------------------------- bp17 Missouri sheriff's detainer (PNG attachment)
@doc
def bp17(rng):
    d = Doc("helv", 10.5)
    d.lh(["GREENE COUNTY SHERIFF'S OFFICE", "Warrants / Extradition Unit", "1199 N. Haseltine Road, Springfield, "
          "Missouri 65802  \u2022  (417) 555-0166"], big=14)
    d.c("<b>DETAINER \u2014 REQUEST TO PLACE HOLD</b>", size=13, after=10)
    d.kv([("Date:", "October 9, 2025"),
          ("To:", "Records Officer, Missouri Department of Corrections, Jefferson City Correctional Center, 8200 "
                  "No More Victims Road, Jefferson City, MO 65101"),
          ("Inmate:", "KOWALCZYK, Tomasz J."), ("DOC No.:", "1298455"), ("DOB:", "03/22/1979"),
          ("Warrant:", "Felony warrant 2531-CR01844, Circuit Court of Greene County, Missouri"),
          ("Charge:", "Stealing, \u00a7 570.030 RSMo (Class D felony)"), ("Bond:", "$25,000 cash only")])
    d.j("Please be advised that the Greene County Sheriff's Office holds the above active felony warrant for the "
        "inmate named above. Please place a DETAINER/HOLD for this agency and notify us at least thirty (30) days "
        "before the inmate's release so that arrangements can be made to take custody. This detainer is lodged "
        "under the Uniform Mandatory Disposition of Detainers Law, \u00a7\u00a7 217.450 to 217.485, RSMo.")
    d.j("In addition, please provide the inmate's anticipated release date, a current photograph, and the last "
        "known address he gave before incarceration, so that we can update our warrant file.")
    d.p("Please acknowledge receipt of this detainer by return e-mail or fax to (417) 555-0167.")
    d.sig(["Cpl. Justin R. Heaney, #314", "Warrants / Extradition Unit", "Greene County Sheriff's Office"],
          s="J. R. Heaney", x=0.0)
    d.p("ACKNOWLEDGMENT OF RECEIPT (to be completed by MDOC): Received by ______________ Date ________ "
        "Detainer entered [ ] Yes [ ] No", size=9)
    pdf = d.build()
    img = rasterize(pdf, 130, "bp17")[0]
    img = degrade_scan(img, rng, angle=-0.6, bg=240, noise=1.5, blur=0.4)
    img = img.point(lambda v: (v // 16) * 16 + 8)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    text = (
        "MDOC Records,\n\n"
        "Attached is a signed detainer for offender Tomasz J. Kowalczyk, DOC #1298455, DOB 03/22/1979, based on "
        "our Greene County felony warrant 2531-CR01844 (Stealing). Please lodge the hold and send us his "
        "projected release date, a current photo and the last address he listed before intake.\n\n"
        "Thank you,\n"
        "Cpl. Justin R. Heaney\n"
        "Greene County Sheriff's Office | Warrants/Extradition\n"
        "Phone (417) 555-0166 | Fax (417) 555-0167\n")
    m = eml_message({"From": "Justin Heaney <jheaney@greenecountymo.gov>",
                     "To": "MDOC Records Office <records.detainers@doc.mo.gov>",
                     "Subject": "Detainer - KOWALCZYK, Tomasz #1298455",
                     "Date": mk_date("2025-10-09 09:55 -0500"),
                     "Message-ID": "<gcso-warrants-2025100909@greenecountymo.gov>"},
                    text=text, attachments=[(buf.getvalue(), "image", "png", "Detainer_Kowalczyk.png")])
    write_eml(m, os.path.join(OUT, "bp17.eml"), "bp17")
    save("bp17", "eml", None, label(
        "bp17", "eml", "Sheriff's e-mail with PNG of a state-warrant detainer lodged with state corrections",
        ("sheriff", "Greene County Sheriff's Office", "Justin R. Heaney", "Corporal", "jheaney@greenecountymo.gov",
         "(417) 555-0166"),
        [("Tomasz J. Kowalczyk", "1979-03-22", [("other", "1298455")])],
        ["RSMo 570.030", "RSMo 217.450", "RSMo 217.485"],
        "detainer", None, True, "criminal_investigation",
        ["other", "photo", "address"], "email"))


# ---------------------------------------------------------------- bp18 AUSA e-mail with AO 110
@doc
def bp18(rng):
    d = Doc("times", 10.5)
    d.p("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", size=8)
    d.c("<b>UNITED STATES DISTRICT COURT</b>", size=13, after=0)
    d.c("for the", size=9, after=0)
    d.c("<u>Middle District of Florida</u>", after=10)
    d.c("<b>SUBPOENA TO TESTIFY BEFORE A GRAND JURY</b>", size=12, after=10)
    d.p("To:&nbsp;&nbsp;&nbsp;Custodian of Records<br/>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Florida Department of "
        "Highway Safety and Motor Vehicles<br/>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2900 Apalachee Parkway, "
        "Tallahassee, Florida 32399")
    d.j("<b>YOU ARE COMMANDED</b> to appear in this United States district court at the time, date, and place "
        "shown below to testify before the court's grand jury. When you arrive, you must remain at the court until "
        "the judge or a court officer allows you to leave.")
    d.tbl([["Place: Sam M. Gibbons U.S. Courthouse<br/>801 North Florida Avenue<br/>Tampa, Florida 33602",
            "Date and Time:<br/>11/05/2025 9:00 am"], ["", "Grand Jury Room 2"]], [4.3, 2.5], size=10)
    d.j("You must also bring with you the following documents, electronically stored information, or objects "
        "<i>(blank if not applicable)</i>: <u>See Attachment A.</u>")
    d.tbl([["Date:  10/09/2025", "<i>CLERK OF COURT</i><br/><br/><i>T. Lindgren</i><br/>"
            "______________________________<br/><i>Signature of Clerk or Deputy Clerk</i>"]], [3.0, 3.8], grid=False)
    d.j("The name, address, e-mail, and telephone number of the United States attorney, or assistant United States "
        "attorney, who requests this subpoena, are:", size=10)
    d.p("Priya Raghunathan, Assistant United States Attorney<br/>400 North Tampa Street, Suite 3200, Tampa, "
        "Florida 33602<br/>priya.raghunathan@usdoj.gov &nbsp; (813) 555-0142", indent=0.4, size=10)
    d.pb()
    d.p("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury (Page 2)", size=8)
    d.c("<b>PROOF OF SERVICE</b>", size=11, after=8)
    d.p("This subpoena for <i>(name of individual or organization)</i> ______________________________ was received "
        "by me on <i>(date)</i> ____________.")
    d.p("[  ] I personally served the subpoena on the individual at <i>(place)</i> ________________ on "
        "<i>(date)</i> ________ ; or")
    d.p("[  ] I left the subpoena at the individual's residence or usual place of abode with <i>(name)</i> "
        "______________, a person of suitable age and discretion who resides there, on <i>(date)</i> ________ ; or")
    d.p("[  ] I served the subpoena on <i>(name of individual)</i> ______________, who is designated by law to "
        "accept service of process on behalf of <i>(name of organization)</i> ______________ on <i>(date)</i> "
        "________ ; or")
    d.p("[  ] I returned the subpoena unexecuted because ______________________________ ; or")
    d.p("I declare under penalty of perjury that this information is true.")
    d.tbl([["Date: __________", "______________________________<br/><i>Server's signature</i><br/><br/>"
            "______________________________<br/><i>Printed name and title</i>"]], [3.0, 3.8], grid=False)
    d.pb()
    d.c("<b>ATTACHMENT A</b>", size=12, after=0)
    d.c("Grand Jury Subpoena No. GJ-25-3-0217", after=10)
    d.j("Certified copies of the following records maintained by the Florida Department of Highway Safety and "
        "Motor Vehicles, from January 1, 2018 to the present:")
    d.p("a. Driver license and identification card applications, with all supporting documents;<br/>b. All "
        "digital images (photographs and signatures);<br/>c. Address history;<br/>d. Vehicle registration and title "
        "history,", indent=0.4)
    d.p("for the following individuals:")
    d.tbl([["IB\u00c1\u00d1EZ CORDERO, Luis Fernando", "DOB 10/31/1982", "FL DL I152-731-82-391-0"],
           ["HORVAT, Stanislav", "DOB 05/05/1976", "\u2014"]], [2.8, 1.5, 2.5], size=10)
    d.j("In lieu of appearing, you may comply with this subpoena by producing the records to Special Agent "
        "Michelle Quarles, Federal Bureau of Investigation, on or before the return date, together with a "
        "certification complying with Fed. R. Evid. 902(11).")
    pdf = d.build()
    text = (
        "Good morning,\n\n"
        "Attached is a federal grand jury subpoena (AO 110, GJ-25-3-0217) for FLHSMV records on two individuals "
        "in a bank fraud investigation (18 U.S.C. 1344). Attachment A lists the records and the individuals: "
        "Luis Fernando Ibanez Cordero (DOB 10/31/1982) and Stanislav Horvat (DOB 05/05/1976).\n\n"
        "Production to FBI SA Michelle Quarles with a Rule 902(11) certification will satisfy the subpoena, so no "
        "one needs to travel to Tampa. We respectfully request that you not disclose the existence of the "
        "subpoena to the individuals; grand jury matters are protected under Fed. R. Crim. P. 6(e).\n\n"
        "Please call me with any questions.\n\n"
        "Priya Raghunathan\n"
        "Assistant United States Attorney\n"
        "Economic Crimes Section\n"
        "U.S. Attorney's Office, Middle District of Florida\n"
        "(813) 555-0142\n")
    html = ("<html><body style=\"font-family:Times New Roman,serif\"><p>Good morning,</p><p>Attached is a federal "
            "grand jury subpoena (AO 110, GJ-25-3-0217) for FLHSMV records on two individuals in a bank fraud "
            "investigation (18 U.S.C. &sect; 1344). Attachment A lists the records and the individuals: <b>Luis "
            "Fernando Ib&aacute;&ntilde;ez Cordero</b> (DOB 10/31/1982) and <b>Stanislav Horvat</b> (DOB "
            "05/05/1976).</p><p>Production to FBI SA Michelle Quarles with a Rule 902(11) certification will "
            "satisfy the subpoena, so no one needs to travel to Tampa. We respectfully request that you not "
            "disclose the existence of the subpoena to the individuals; grand jury matters are protected under "
            "Fed. R. Crim. P. 6(e).</p><p>Please call me with any questions.</p><p>Priya Raghunathan<br>Assistant "
            "United States Attorney<br>Economic Crimes Section<br>U.S. Attorney's Office, Middle District of "
            "Florida<br>(813) 555-0142</p></body></html>\n")
    m = eml_message({"From": "\"Raghunathan, Priya (USAFLM)\" <priya.raghunathan@usdoj.gov>",
                     "To": "FLHSMV Office of General Counsel <ogc.subpoenas@flhsmv.gov>",
                     "Cc": "\"Quarles, Michelle (TP) (FBI)\" <mquarles@fbi.gov>",
                     "Subject": "Grand Jury Subpoena GJ-25-3-0217 - FLHSMV",
                     "Date": mk_date("2025-10-10 08:47 -0400"),
                     "Message-ID": "<USAFLM-GJ-25-3-0217@usdoj.gov>"},
                    text=text, html=html, attachments=[(pdf, "application", "pdf", "GJ-25-3-0217.pdf")])
    write_eml(m, os.path.join(OUT, "bp18.eml"), "bp18")
    save("bp18", "eml", None, label(
        "bp18", "eml", "AUSA e-mail (text+html) with attached AO 110 federal grand jury subpoena",
        ("doj-usao", "U.S. Attorney's Office, Middle District of Florida", "Priya Raghunathan",
         "Assistant United States Attorney", "priya.raghunathan@usdoj.gov", "(813) 555-0142"),
        [("Luis Fernando Ib\u00e1\u00f1ez Cordero", "1982-10-31", [("license", "I152731823910")]),
         ("Stanislav Horvat", "1976-05-05", [])],
        ["18 USC 1344", "FRCrP 6", "FRE 902"],
        "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
        ["license", "identity_documents", "photo", "address", "vehicle"], "email"))


# ---------------------------------------------------------------- bp19 DOL-OIG subpoena via e-mail
@doc
def bp19(rng):
    d = Doc("times", 10.5, footer_l="DOL-OIG Subpoena No. 2025-OI-0733", footer_r="Page {page}")
    d.c("<b>UNITED STATES DEPARTMENT OF LABOR</b>", size=12, after=0)
    d.c("<b>OFFICE OF INSPECTOR GENERAL</b>", size=12, after=0)
    d.c("Washington, D.C. 20210", size=9, after=10)
    d.c("<b>SUBPOENA DUCES TECUM</b>", size=16, after=10)
    d.p("<b>TO:</b>  Custodian of Records<br/>Nevada Department of Employment, Training and Rehabilitation<br/>"
        "Employment Security Division<br/>500 East Third Street<br/>Carson City, Nevada 89713", after=8)
    d.p("<b>Subpoena No.:</b> 2025-OI-0733", after=8)
    d.j("YOU ARE HEREBY REQUIRED to produce the records described in the attached Schedule to Special Agent Marcus "
        "Oyelaran, U.S. Department of Labor, Office of Inspector General, Office of Investigations, 300 South "
        "Fourth Street, Suite 1110, Las Vegas, Nevada 89101, on or before November 3, 2025.")
    d.j("This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. "
        "\u00a7 406(a)(4), in connection with an investigation of possible violations of 18 U.S.C. \u00a7\u00a7 "
        "641, 1341 and 1343 relating to unemployment insurance benefits paid under federal programs. Disclosure "
        "of the requested information is permitted under 20 C.F.R. \u00a7 603.5.")
    d.box(["In the case of contumacy or refusal to obey this subpoena, it shall be enforceable by order of any "
           "appropriate United States district court."], size=9.5)
    d.p("IN WITNESS WHEREOF, this subpoena is issued on October 6, 2025.", before=4)
    d.sig(["Anthony P. D'Amato", "Acting Inspector General", "U.S. Department of Labor"], s="Anthony P. D'Amato")
    d.pb()
    d.c("<b>SCHEDULE</b>", size=12, after=8)
    d.j("For each person listed below, for the period March 1, 2020 through the date of this subpoena: "
        "(1) all unemployment insurance and Pandemic Unemployment Assistance claims, including initial "
        "applications, weekly certifications and identity-verification results; (2) payment histories, including "
        "bank account and debit card information; (3) mailing addresses, telephone numbers, e-mail addresses and "
        "IP addresses associated with the claims; and (4) quarterly wage records and employer information.")
    d.tbl([["Name", "Date of Birth", "SSN"],
           ["N\u00da\u00d1EZ SALD\u00cdVAR, Jaime Esteban", "01/14/1993", "XXX-XX-2287"],
           ["ABDI, Fadumo Hassan", "12/05/1989", "XXX-XX-9034"],
           ["LYSENKO, Viktor Andreyevich", "07/30/1971", "\u2014"],
           ["COUGHLIN, Brittany Ann", "11/08/2000", "\u2014"]], [3.0, 1.6, 1.8], header=True)
    d.c("<b>RETURN OF SERVICE</b>", before=10)
    d.p("Served by [ ] personal delivery [ ] certified mail [X] electronic mail on October 6, 2025, by SA Marcus "
        "Oyelaran.", size=10)
    pdf = d.build()
    text = (
        "Good afternoon,\n\n"
        "Please find attached an Inspector General subpoena duces tecum (No. 2025-OI-0733) for unemployment "
        "insurance records on four claimants. DOL-OIG is investigating fraudulent UI/PUA claims and the "
        "diversion of benefit payments (18 U.S.C. 641, 1341, 1343).\n\n"
        "Subjects:\n"
        "  - Jaime Esteban Nunez Saldivar, DOB 01/14/1993\n"
        "  - Fadumo Hassan Abdi, DOB 12/05/1989\n"
        "  - Viktor Andreyevich Lysenko, DOB 07/30/1971\n"
        "  - Brittany Ann Coughlin, DOB 11/08/2000\n\n"
        "Electronic production (Excel or PDF) via our secure file transfer is preferred; I will send a link once "
        "you confirm a point of contact.\n\n"
        "Respectfully,\n\n"
        "Marcus Oyelaran\n"
        "Special Agent\n"
        "U.S. Department of Labor - Office of Inspector General\n"
        "Office of Investigations - Labor Racketeering and Fraud, Las Vegas Resident Office\n"
        "Office: (702) 555-0127\n"
        "oyelaran.marcus@oig.dol.gov\n")
    html = ("<html><body><p>Good afternoon,</p><p>Please find attached an Inspector General subpoena duces tecum "
            "(No. 2025-OI-0733) for unemployment insurance records on four claimants. DOL-OIG is investigating "
            "fraudulent UI/PUA claims and the diversion of benefit payments (18 U.S.C. 641, 1341, 1343).</p>"
            "<p>Subjects:</p><ul><li>Jaime Esteban N&uacute;&ntilde;ez Sald&iacute;var, DOB 01/14/1993</li>"
            "<li>Fadumo Hassan Abdi, DOB 12/05/1989</li><li>Viktor Andreyevich Lysenko, DOB 07/30/1971</li>"
            "<li>Brittany Ann Coughlin, DOB 11/08/2000</li></ul><p>Electronic production (Excel or PDF) via our "
            "secure file transfer is preferred; I will send a link once you confirm a point of contact.</p>"
            "<p>Respectfully,</p><p>Marcus Oyelaran<br>Special Agent<br>U.S. Department of Labor - Office of "
            "Inspector General<br>Office of Investigations - Labor Racketeering and Fraud, Las Vegas Resident "
            "Office<br>Office: (702) 555-0127<br>oyelaran.marcus@oig.dol.gov</p></body></html>\n")
    m = eml_message({"From": "\"Oyelaran, Marcus - OIG\" <oyelaran.marcus@oig.dol.gov>",
                     "To": "DETR ESD Subpoenas <esd.subpoenas@detr.nv.gov>",
                     "Subject": "DOL-OIG Subpoena 2025-OI-0733 (UI records)",
                     "Date": mk_date("2025-10-06 14:09 -0700"),
                     "Message-ID": "<DM6PR09MB-2025-OI-0733@oig.dol.gov>"},
                    text=text, html=html, attachments=[(pdf, "application", "pdf", "Subpoena_2025-OI-0733.pdf")])
    write_eml(m, os.path.join(OUT, "bp19.eml"), "bp19")
    save("bp19", "eml", None, label(
        "bp19", "eml", "DOL-OIG agent e-mail with attached Inspector General subpoena duces tecum (4 subjects)",
        ("dol-oig", "U.S. Department of Labor - Office of Inspector General", "Marcus Oyelaran", "Special Agent",
         "oyelaran.marcus@oig.dol.gov", "(702) 555-0127"),
        [("Jaime Esteban N\u00fa\u00f1ez Sald\u00edvar", "1993-01-14", [("ssn_last4", "2287")]),
         ("Fadumo Hassan Abdi", "1989-12-05", [("ssn_last4", "9034")]),
         ("Viktor Andreyevich Lysenko", "1971-07-30", []),
         ("Brittany Ann Coughlin", "2000-11-08", [])],
        ["5 USC 406", "18 USC 641", "18 USC 1341", "18 USC 1343", "20 CFR 603.5"],
        "administrative_subpoena", None, True, "criminal_investigation",
        ["claims", "benefits", "other", "address", "phone", "email", "wages", "employment"], "email"))


def scan_pdf(id_, pdf, rng, dpi=200, turns=None, bg=(222, 236), quality=45):
    pages = rasterize(pdf, dpi, id_)
    out = []
    for i, pg in enumerate(pages):
        ang = float(rng.uniform(0.5, 2.0)) * (1 if rng.random() < 0.5 else -1)
        out.append(degrade_scan(pg, rng, angle=ang, turn=(turns or {}).get(i, 0), bg=float(rng.uniform(*bg))))
    path = os.path.join(OUT, f"{id_}.pdf")
    write_scanned_pdf(out, path, dpi, quality)


# ---------------------------------------------------------------- bp20 Missouri criminal subpoena duces tecum (scanned)
@doc
def bp20(rng):
    d = Doc("times", 11)
    d.lh(["JACKSON COUNTY PROSECUTING ATTORNEY", "Trial Division \u2013 Violent Crimes Unit",
          "415 East 12th Street, 11th Floor  \u2022  Kansas City, Missouri 64106"], big=14)
    d.p("October 14, 2025", after=8)
    d.p("Missouri Department of Revenue<br/>Driver License Bureau \u2013 Records Custodian<br/>301 West High Street, "
        "Room 470<br/>Jefferson City, Missouri 65101")
    d.p("Re:&nbsp;&nbsp;<i>State of Missouri v. Deshawn Marcus Price</i>, Case No. 2416-CR02257", bold=True,
        before=6)
    d.p("Dear Custodian:")
    d.j("Enclosed is a subpoena duces tecum issued by the Circuit Court of Jackson County for the trial of the "
        "above case, which is set for December 8, 2025. The State needs certified copies of the driver license "
        "record, applications, photographs and driving history for the defendant and for a witness-turned-"
        "co-defendant, Kiara Lynette Booker, together with the registration history of the vehicle described in "
        "the subpoena.")
    d.j("Personal appearance will be excused if the records are received by December 1, 2025 with an affidavit "
        "in the form set out in \u00a7 490.692, RSMo. Please contact my paralegal, Ms. Yvette Lanier, at the "
        "number below with questions.")
    d.p("Sincerely,")
    d.sp(16)
    d.p("Andr\u00e9s Villalobos<br/>Assistant Prosecuting Attorney<br/>Missouri Bar No. 68712<br/>(816) 555-0135<br/>"
        "avillalobos@jacksongov.org")
    d.pb()
    d.c("<b>IN THE CIRCUIT COURT OF JACKSON COUNTY, MISSOURI</b>", after=0)
    d.c("<b>AT KANSAS CITY</b>", after=10)
    d.cap(["STATE OF MISSOURI,", "", "Plaintiff,", "", "vs.", "", "DESHAWN MARCUS PRICE,", "", "Defendant."],
          ["", "", "Case No. 2416-CR02257", "", "Division 11"])
    d.c("<b>SUBPOENA DUCES TECUM (CRIMINAL)</b>", size=13, after=8)
    d.p("THE STATE OF MISSOURI TO:", bold=True)
    d.p("Custodian of Records, Missouri Department of Revenue, Driver License Bureau, 301 West High Street, "
        "Jefferson City, MO 65101", indent=0.5)
    d.j("YOU ARE COMMANDED to appear before the Circuit Court of Jackson County, Missouri, Division 11, 415 East "
        "12th Street, Kansas City, Missouri, on December 8, 2025, at 9:00 a.m., to testify in the above case on "
        "behalf of the State, and to bring with you:")
    d.j("Certified copies of the complete driver license record, license applications, all photographs and the "
        "driving history for DESHAWN MARCUS PRICE, DOB 06/21/1995, Missouri DL E123456001, and for KIARA LYNETTE "
        "BOOKER, DOB 12/12/1997; and the title and registration history of a 2016 Nissan Altima, VIN "
        "1N4AL3AP7GC123456.", indent=0.3)
    d.j("The defendant is charged with Robbery in the First Degree, \u00a7 570.023, RSMo, and Armed Criminal "
        "Action, \u00a7 571.015, RSMo. This subpoena is issued under Supreme Court Rule 26.02.")
    d.p("Issued on October 10, 2025.", before=4)
    d.sig(["Court Administrator, Jackson County Circuit Court", "By: Deputy Clerk"], s="F. Durand / K. Ross")
    d.p("Subpoena requested by: Andr\u00e9s Villalobos, Assistant Prosecuting Attorney, Bar No. 68712, "
        "(816) 555-0135", size=9.5)
    d.pb()
    d.c("<b>RETURN OF SERVICE</b>", size=12, after=8)
    d.j("I certify that I served the above subpoena in ______________ County, Missouri, on the ____ day of "
        "____________, 2025, by delivering a copy to ______________________________.")
    d.tbl([["Sheriff / Server", ""], ["Deputy", ""], ["Fees", "Service $______  Mileage $______  Total $______"]],
          [2.0, 4.8])
    pdf = d.build()
    scan_pdf("bp20", pdf, rng, dpi=200, turns={2: 180})
    save("bp20", "pdf", None, label(
        "bp20", "scanned", "Missouri circuit court criminal subpoena duces tecum with APA cover letter (scan)",
        ("district-attorney", "Jackson County Prosecuting Attorney", "Andr\u00e9s Villalobos",
         "Assistant Prosecuting Attorney", "avillalobos@jacksongov.org", "(816) 555-0135"),
        [("Deshawn Marcus Price", "1995-06-21", [("license", "E123456001")]),
         ("Kiara Lynette Booker", "1997-12-12", [])],
        ["RSMo 490.692", "RSMo 570.023", "RSMo 571.015", "MO CrimP 26.02"],
        "court_subpoena", None, True, "criminal_investigation",
        ["license", "photo", "vehicle"], "mail"))


# ---------------------------------------------------------------- bp21 Arizona superior court search warrant (scanned)
@doc
def bp21(rng):
    d = Doc("helv", 10.5)
    d.lh(["MARICOPA COUNTY SHERIFF'S OFFICE", "Special Investigations Division \u2013 Property Crimes",
          "550 West Jackson Street, Phoenix, AZ 85003"], big=14)
    d.c("<b>MEMORANDUM</b>", size=12)
    d.kv([("TO:", "ADOT Motor Vehicle Division, Office of Special Investigations / Records"),
          ("FROM:", "Detective Yolanda Chee, #A9812"), ("DATE:", "October 2, 2025"),
          ("RE:", "Service of Search Warrant SW2025-011874 \u2013 MCSO DR #IR25-061177")])
    d.hr()
    d.j("Attached is a search warrant signed October 1, 2025 for MVD records on two suspects in a stolen-vehicle "
        "trafficking and identity-theft case. Please provide the requested photos, license/ID applications with "
        "source documents, address history and registration/title records within five days. I can be reached at "
        "(602) 555-0193 or ychee@mcso.maricopa.gov.")
    d.sig(["Det. Yolanda Chee #A9812"], x=0.0, s="Y. Chee")
    d.pb()
    d.c("<b>IN THE SUPERIOR COURT OF THE STATE OF ARIZONA</b>", after=0)
    d.c("<b>IN AND FOR THE COUNTY OF MARICOPA</b>", after=10)
    d.tbl([["STATE OF ARIZONA )<br/>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;) ss.<br/>COUNTY OF MARICOPA )",
            "<b>SEARCH WARRANT</b><br/>No. SW2025-011874"]], [3.4, 3.4], grid=False)
    d.p("TO ANY PEACE OFFICER IN THE STATE OF ARIZONA:", bold=True)
    d.j("Proof by affidavit having been made this day before me by Detective Yolanda Chee, #A9812, Maricopa "
        "County Sheriff's Office, I am satisfied that there is probable cause to believe that on the premises "
        "known as the Arizona Department of Transportation, Motor Vehicle Division, 1801 West Jefferson Street, "
        "Phoenix, Arizona 85007, including its electronic databases, there is now being possessed the following "
        "property:")
    d.j("Driver license and identification applications, source documents presented, photographs, address "
        "history and vehicle title and registration records, from January 1, 2021 to date, for: (1) IBARRA "
        "SOTELO, Alejandro, DOB 03/04/1987, AZ DL D08812345; and (2) SERNA OCHOA, Guadalupe, DOB 09/15/1991;",
        indent=0.3)
    d.j("which property is evidence of the offenses of Trafficking in Stolen Property, A.R.S. \u00a7 13-2307, and "
        "Taking the Identity of Another, A.R.S. \u00a7 13-2008.")
    d.j("YOU ARE THEREFORE COMMANDED in the daytime (excluding the time period between 10:00 p.m. and 6:30 a.m.) "
        "to make a search of the above-named premises for the herein-described property, and if you find the "
        "same or any part thereof, to retain it in your custody subject to the order of this court, as provided "
        "by A.R.S. \u00a7\u00a7 13-3911 through 13-3925. This warrant must be executed within five (5) days of "
        "its issuance.")
    d.p("Given under my hand and dated this 1st day of October, 2025, at 10:14 a.m.", before=4)
    d.sig(["JUDGE / COMMISSIONER OF THE SUPERIOR COURT", "Hon. R. Emmett Gallardo"], s="R. E. Gallardo")
    d.pb()
    d.c("<b>RETURN OF SEARCH WARRANT AND INVENTORY</b>", size=12, after=8)
    d.tbl([["Date and time of service:", ""], ["Served upon:", ""], ["Property seized:", "<br/><br/><br/><br/>"],
           ["Officer:", ""]], [2.0, 4.8])
    d.p("Return made to Judge __________________ on __________, 2025.")
    pdf = d.build()
    scan_pdf("bp21", pdf, rng, dpi=200, turns={1: 90})
    save("bp21", "pdf", None, label(
        "bp21", "scanned", "Arizona superior court search warrant with sheriff's memo (scan, one page sideways)",
        ("sheriff", "Maricopa County Sheriff's Office", "Yolanda Chee", "Detective", "ychee@mcso.maricopa.gov",
         "(602) 555-0193"),
        [("Alejandro Ibarra Sotelo", "1987-03-04", [("license", "D08812345")]),
         ("Guadalupe Serna Ochoa", "1991-09-15", [])],
        ["ARS 13-2307", "ARS 13-2008", "ARS 13-3911", "ARS 13-3925"],
        "judicial_warrant", None, True, "criminal_investigation",
        ["photo", "license", "identity_documents", "address", "vehicle"], "mail"))


# ---------------------------------------------------------------- bp22 I-205 with ERO cover letter (scanned)
@doc
def bp22(rng):
    d = Doc("times", 11)
    d.lh(["U.S. Department of Homeland Security", "U.S. Immigration and Customs Enforcement",
          "Enforcement and Removal Operations \u2013 Phoenix Field Office",
          "2035 North Central Avenue, Phoenix, AZ 85004"], align="L", big=12.5)
    d.p("August 18, 2025", after=8)
    d.p("Arizona Department of Corrections, Rehabilitation and Reentry<br/>Offender Services \u2013 Records "
        "Unit<br/>701 East Jefferson Street<br/>Phoenix, Arizona 85034")
    d.p("Re: CHAVARR\u00cdA DE LE\u00d3N, Edgar Rolando \u2013 ADCRR #318772 \u2013 A206 331 045", bold=True,
        before=6)
    d.p("Dear Records Supervisor:")
    d.j("The above-named inmate is subject to a final order of removal. Enclosed is a copy of the executed Warrant "
        "of Removal/Deportation (Form I-205). Pursuant to INA \u00a7 241(a) (8 U.S.C. \u00a7 1231(a)), ICE requests "
        "that your office advise this office of the inmate's projected release date and of the release address "
        "he has provided, and that ICE be notified before any release so that he may be taken into custody.")
    d.p("Thank you for your cooperation.")
    d.sp(16)
    d.p("Travis D. McKinnon<br/>Deportation Officer<br/>Criminal Alien Program<br/>Tel. (602) 555-0171<br/>"
        "travis.d.mckinnon@ice.dhs.gov")
    d.pb()
    d.p("U.S. Department of Homeland Security", size=10, after=10)
    d.c("<b>Warrant of Removal/Deportation</b>", size=15, after=10)
    d.tbl([["", "File No: <u>A206 331 045</u><br/><br/>Date: <u>08/14/2025</u>"]], [4.2, 2.6], grid=False)
    d.p("To any immigration officer of the United States Department of Homeland Security:")
    d.p("<u>CHAVARR\u00cdA DE LE\u00d3N, Edgar Rolando</u>", indent=1.5, after=0)
    d.p("(Full name of alien)", indent=1.8, size=8.5)
    d.j("who entered the United States at <u>near Lukeville, Arizona</u> on <u>03/2004</u> is subject to "
        "removal/deportation from the United States, based upon a final order by:")
    d.p("[  ] an immigration judge in exclusion, deportation, or removal proceedings<br/>[X] a designated "
        "official<br/>[  ] the Board of Immigration Appeals<br/>[  ] a United States District or Magistrate Court "
        "Judge", indent=0.4)
    d.j("and pursuant to the following provisions of the Immigration and Nationality Act: <u>212(a)(6)(A)(i); "
        "238(b)</u>")
    d.j("I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
        "Secretary of Homeland Security under the laws of the United States and by his or her direction, command "
        "you to take into custody and remove from the United States the above-named alien, pursuant to law, at "
        "the expense of: <u>the appropriation \"Operations and Support, ICE\"</u>")
    d.tbl([["", "<i>N. Okoro-Brandt</i><br/>______________________________<br/>(Signature of immigration officer)"
            "<br/><br/>Field Office Director<br/>(Title of immigration officer)<br/><br/>08/14/2025  Phoenix, AZ<br/>"
            "(Date and office location)"]], [3.0, 3.8], grid=False)
    d.p("Form I-205 (Rev. 08/01/07)", size=8)
    d.pb()
    d.tbl([["Photograph of alien removed<br/><br/><br/><br/><br/><br/>", "Right index fingerprint<br/><br/><br/><br/>"
            "<br/><br/>"]], [3.4, 3.4])
    d.p("Signature of alien being fingerprinted: ____________________________")
    d.p("Signature and title of immigration officer taking print: ____________________________")
    d.c("<b>Verification of Removal</b>", before=8)
    d.p("Departure date: ________ Port of departure: ________ Manner of departure: ________")
    d.p("Signature of verifying officer: ______________  Title: ______________")
    pdf = d.build()
    scan_pdf("bp22", pdf, rng, dpi=200, turns={2: 180})
    save("bp22", "pdf", None, label(
        "bp22", "scanned", "ERO cover letter to state corrections with Form I-205 warrant of removal (scan)",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations \u2013 "
         "Phoenix Field Office", "Travis D. McKinnon", "Deportation Officer", "travis.d.mckinnon@ice.dhs.gov",
         "(602) 555-0171"),
        [("Edgar Rolando Chavarr\u00eda de Le\u00f3n", None, [("a_number", "A206331045"), ("other", "318772")])],
        ["INA 241", "8 USC 1231", "INA 212", "INA 238"],
        "administrative_warrant", "I-205", True, "civil_immigration",
        ["other", "address"], "mail"))


# ---------------------------------------------------------------- bp23 Alabama grand jury subpoena (scanned)
@doc
def bp23(rng):
    d = Doc("courier", 10.5)
    d.c("<b>IN THE CIRCUIT COURT OF JEFFERSON COUNTY, ALABAMA</b>", after=0)
    d.c("<b>BIRMINGHAM DIVISION</b>", after=10)
    d.c("<b>GRAND JURY SUBPOENA DUCES TECUM</b>", size=12, after=2)
    d.c("Grand Jury Session: Fall Term 2025     Subpoena No. GJ-BHM-25-0934", size=9.5, after=10)
    d.p("THE STATE OF ALABAMA", bold=True)
    d.p("TO ANY SHERIFF OF THE STATE OF ALABAMA:", bold=True)
    d.j("You are hereby commanded to summon:")
    d.p("CUSTODIAN OF RECORDS<br/>ALABAMA DEPARTMENT OF WORKFORCE<br/>UNEMPLOYMENT COMPENSATION DIVISION<br/>"
        "649 MONROE STREET, MONTGOMERY, AL 36131", indent=0.6, after=8)
    d.j("to appear before the Grand Jury of Jefferson County, Birmingham Division, at the Jefferson County "
        "Courthouse, 716 Richard Arrington Jr. Blvd. North, Birmingham, Alabama, on the 3rd day of November, "
        "2025, at 9:00 A.M., then and there to testify and to bring with you the following:")
    d.j("All unemployment compensation claims, claimant addresses, telephone numbers and e-mail addresses, benefit "
        "payment records (including bank account and debit card data), and wage records, January 1, 2022 to "
        "present, for:", indent=0.3)
    d.p("JAMAL TERRELL HUGHES        DOB 04/02/1992   SSN ***-**-5816<br/>VO, NHUNG THI              DOB "
        "08/19/1986", indent=0.6, after=8)
    d.j("This subpoena is issued under Ala. R. Crim. P. 17.1 in connection with a grand jury inquiry into "
        "possible violations of Ala. Code \u00a7 13A-8-192 (identity theft) and \u00a7 13A-8-3 (theft of property "
        "in the first degree). Grand jury proceedings are secret; see Ala. Code \u00a7 12-16-214 et seq.")
    d.p("Herein fail not, and have you then and there this writ.")
    d.p("Witness my hand this 6th day of October, 2025.")
    d.sig(["CIRCUIT CLERK, JEFFERSON COUNTY", "Dana Whitlock-Reyes"], s="D. Whitlock-Reyes", line=32)
    d.box(["REQUESTED BY: Caroline W. Ashby, Deputy District Attorney", "Office of the District Attorney, Tenth "
           "Judicial Circuit", "801 Richard Arrington Jr. Blvd. N., Birmingham, AL 35203",
           "Phone (205) 555-0159  Email ashbyc@jccal.org"], size=9.5)
    d.pb()
    d.c("<b>SHERIFF'S RETURN</b>", size=12, after=8)
    d.p("Received ____________, 2025, and executed by serving a copy upon ______________________ on "
        "____________, 2025.")
    d.sig(["SHERIFF, MONTGOMERY COUNTY", "By: Deputy"], line=32)
    pdf = d.build()
    scan_pdf("bp23", pdf, rng, dpi=200)
    save("bp23", "pdf", None, label(
        "bp23", "scanned", "Alabama circuit court grand jury subpoena duces tecum, typewriter style (scan)",
        ("district-attorney", "Office of the District Attorney, Tenth Judicial Circuit", "Caroline W. Ashby",
         "Deputy District Attorney", "ashbyc@jccal.org", "(205) 555-0159"),
        [("Jamal Terrell Hughes", "1992-04-02", [("ssn_last4", "5816")]), ("Nhung Thi Vo", "1986-08-19", [])],
        ["AL CrimP 17.1", "AL Code 13A-8-192", "AL Code 13A-8-3", "AL Code 12-16-214"],
        "grand_jury_subpoena", None, True, "criminal_investigation",
        ["claims", "address", "phone", "email", "benefits", "other", "wages"], "mail"))


# ---------------------------------------------------------------- bp24 Oregon circuit court order (scanned)
@doc
def bp24(rng):
    d = Doc("times", 11)
    d.lh(["PORTLAND POLICE BUREAU", "Detective Division \u2013 Financial Crimes Unit",
          "1111 SW Second Avenue, Portland, OR 97204"], big=14)
    d.p("October 7, 2025", after=8)
    d.p("Oregon Department of Transportation<br/>DMV Record Services<br/>1905 Lana Avenue NE<br/>Salem, OR 97314")
    d.p("Re: Court Order for DMV Records \u2013 PPB Case 25-284410", bold=True, before=6)
    d.j("Enclosed is an Order Directing Production of Records signed by a Multnomah County Circuit Court judge on "
        "October 6, 2025. I understand that ORS 180.805 limits the disclosure of personal information and that a "
        "court order is required; the enclosed order directs production of the listed DMV records for the two "
        "persons named. The records are needed for an identity theft investigation.")
    d.j("Please send the records (photographs, license and ID records, address history and vehicle records) to me "
        "at the address above or by e-mail.")
    d.p("Sincerely,")
    d.sp(14)
    d.p("Det. Mateo Kauffman #58321<br/>Financial Crimes Unit<br/>(503) 555-0177<br/>"
        "mateo.kauffman@police.portlandoregon.gov")
    d.pb()
    d.c("<b>IN THE CIRCUIT COURT OF THE STATE OF OREGON</b>", after=0)
    d.c("<b>FOR THE COUNTY OF MULTNOMAH</b>", after=10)
    d.tbl([["In the Matter of the Application of the Portland Police Bureau for an Order Directing the Oregon "
            "Department of Transportation, Driver and Motor Vehicle Services, to Produce Records",
            "Case No. 25MI04418<br/><br/><b>ORDER DIRECTING PRODUCTION OF RECORDS</b>"]], [3.8, 3.0])
    d.j("This matter came before the Court on the application of the State of Oregon and the sworn declaration of "
        "Detective Mateo Kauffman, Portland Police Bureau. The Court finds that the declaration establishes "
        "probable cause to believe that the crimes of Identity Theft (ORS 165.800) and Aggravated Identity Theft "
        "(ORS 165.803) have been committed and that records of Driver and Motor Vehicle Services will contain "
        "evidence of those crimes. Disclosure is authorized by ORS 802.179.")
    d.p("Now, therefore, IT IS ORDERED:", bold=True)
    d.j("1. DMV shall produce to Detective Mateo Kauffman, within fourteen days, all photographs, driver license "
        "and identification card records, address history and vehicle registration records, from January 1, "
        "2022 to date, for:", indent=0.3)
    d.p("CONSTANTIN ROMANESCU, DOB 02/14/1983<br/>HONG THI LE, DOB 06/30/1990, Oregon DL 8812345", indent=0.7)
    d.j("2. The records shall be used only for the investigation and prosecution of the crimes described above.",
        indent=0.3)
    d.p("DATED: October 6, 2025.", before=6)
    d.sig(["Circuit Court Judge", "Hon. Gwendolyn A. Prescott"], s="Gwendolyn A. Prescott")
    d.p("Submitted by: Deputy District Attorney Ravi Chandrasekhar, OSB #144210, Multnomah County District "
        "Attorney's Office", size=9)
    pdf = d.build()
    scan_pdf("bp24", pdf, rng, dpi=200)
    save("bp24", "pdf", None, label(
        "bp24", "scanned", "Oregon circuit court order for DMV records with police detective cover letter (scan)",
        ("local-police", "Portland Police Bureau", "Mateo Kauffman", "Detective",
         "mateo.kauffman@police.portlandoregon.gov", "(503) 555-0177"),
        [("Constantin Romanescu", "1983-02-14", []), ("Hong Thi Le", "1990-06-30", [("license", "8812345")])],
        ["ORS 180.805", "ORS 165.800", "ORS 165.803", "ORS 802.179"],
        "court_order", None, True, "criminal_investigation",
        ["photo", "license", "address", "vehicle"], "mail"))


def fax_out(id_, pdf, rng, header):
    pages = rasterize(pdf, 200, id_)
    fax_tiff(pages, os.path.join(OUT, f"{id_}.tif"), rng, header)


# ---------------------------------------------------------------- bp25 North Carolina search warrant (fax)
@doc
def bp25(rng):
    d = Doc("helv", 11, margins=(0.85, 0.85, 0.8, 0.8))
    d.c("<b>GUILFORD COUNTY SHERIFF'S OFFICE</b>", size=15, after=0)
    d.c("Criminal Investigations Division  \u2022  400 West Washington Street, Greensboro, NC 27401", size=9.5)
    d.c("<b>FAX TRANSMITTAL</b>", size=18, before=12, after=12)
    d.kv([("TO:", "NCDMV \u2013 Records Section, Attn: Law Enforcement Requests"), ("FAX:", "(919) 555-0112"),
          ("FROM:", "Det. Jerome K. Battle"), ("PHONE:", "(336) 555-0148"), ("EMAIL:", "jbattle@guilfordcountync.gov"),
          ("DATE:", "10/07/2025"), ("PAGES:", "3 (including cover)"),
          ("RE:", "Search Warrant \u2013 DMV records \u2013 GCSO Case 25-104417")], size=11)
    d.j("Attached please find a search warrant issued today by a Guilford County Superior Court judge for DMV "
        "records on two suspects in an identity theft / false pretenses case. Please fax or e-mail the records "
        "(license records and applications, documents presented, photos, addresses and vehicle registrations) "
        "to me as soon as possible. Original to follow by mail.", before=10)
    d.box(["CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential law "
           "enforcement information. If you have received this fax in error, please notify the sender immediately "
           "by telephone and destroy the documents."], size=9)
    d.pb()
    d.tbl([["STATE OF NORTH CAROLINA<br/><br/>County of Guilford", "File No. 25 E 000731<br/><br/>In The General "
            "Court Of Justice<br/>Superior Court Division"]], [3.4, 3.4], grid=False)
    d.c("<b>SEARCH WARRANT</b>", size=15, after=8)
    d.tbl([["Name and address of applicant:", "Det. Jerome K. Battle, Guilford County Sheriff's Office"],
           ["Premises to be searched:", "North Carolina Division of Motor Vehicles, 1100 New Bern Avenue, "
            "Raleigh, NC 27697, including its electronic records"],
           ["Persons whose records are sought:", "Dariusz WI\u015aNIEWSKI, DOB 04/23/1980, NC DL 000041237789<br/>"
            "Efra\u00edn COL\u00d3N SANTIAGO, DOB 12/01/1994"],
           ["Property to be seized:", "License and ID records and applications, documents presented to obtain "
            "credentials, photographs, address history, vehicle registration records"],
           ["Crime(s):", "Obtaining Property by False Pretenses, G.S. 14-100; Identity Theft, G.S. 14-113.20"]],
          [2.3, 4.5], size=10)
    d.p("TO ANY OFFICER WITH AUTHORITY AND JURISDICTION TO CONDUCT THE SEARCH AUTHORIZED BY THIS WARRANT:",
        bold=True, size=10)
    d.j("I, the undersigned, find that there is probable cause to believe that the property and person described "
        "in the application on the reverse side and related to the commission of a crime is located as described "
        "in the application. You are commanded to search the premises, vehicle, person and other place or item "
        "described in the application for the property and person in question. If this property and person are "
        "found, seize them and make due return of this warrant. The application was made under G.S. 15A-244 and "
        "this warrant is issued in the form required by G.S. 15A-246.", size=10)
    d.tbl([["Date issued: 10/07/2025", "Time issued: 11:48 [ ] AM [X] PM"],
           ["<i>Harold W. Pettiford</i><br/>Signature: ____________________", "[ ] Magistrate  [ ] Deputy CSC  "
            "[ ] Assistant CSC  [ ] Clerk of Superior Court  [X] Superior Court Judge  [ ] District Court Judge"]],
          [3.0, 3.8], size=9.5)
    d.pb()
    d.c("<b>INVENTORY OF ITEMS SEIZED PURSUANT TO SEARCH</b>", size=12, after=6)
    d.j("I, the undersigned officer, do hereby certify that the following is a true and correct inventory of the "
        "items seized under this warrant:", size=10)
    for _ in range(5):
        d.p("_" * 80, after=6)
    d.c("<b>RETURN OF SERVICE</b>", size=12, before=6)
    d.p("I certify that this Search Warrant was received and executed as follows: Date received ________ "
        "Date executed ________ Time executed ________", size=10)
    d.p("Signature of officer: __________________  Agency: ________________", size=10)
    pdf = d.build()
    fax_out("bp25", pdf, rng, "OCT-07-2025 14:22   FROM: GCSO CID 336 555 0148   TO: 19195550112   P.{p}/{n}")
    save("bp25", "tif", None, label(
        "bp25", "fax", "North Carolina superior court search warrant faxed by sheriff's detective with cover sheet",
        ("sheriff", "Guilford County Sheriff's Office", "Jerome K. Battle", "Detective",
         "jbattle@guilfordcountync.gov", "(336) 555-0148"),
        [("Dariusz Wi\u015bniewski", "1980-04-23", [("license", "000041237789")]),
         ("Efra\u00edn Col\u00f3n Santiago", "1994-12-01", [])],
        ["NCGS 14-100", "NCGS 14-113.20", "NCGS 15A-244", "NCGS 15A-246"],
        "judicial_warrant", None, True, "criminal_investigation",
        ["license", "identity_documents", "photo", "address", "vehicle"], "fax"))


# ---------------------------------------------------------------- bp26 I-247A detainer (fax)
@doc
def bp26(rng):
    d = Doc("sans", 9.5, margins=(0.7, 0.7, 0.75, 0.7), footer_l="DHS Form I-247A (3/17)",
            footer_r="Page {page} of 2")
    d.c("DEPARTMENT OF HOMELAND SECURITY", bold=True, size=11, after=0)
    d.c("<b>IMMIGRATION DETAINER - NOTICE OF ACTION</b>", size=14, after=6)
    d.tbl([["Subject ID: 382917460", "Event #: SNA2509001234", "File No: A 217 004 556"],
           ["", "Date: September 30, 2025", ""]], [2.3, 2.3, 2.2], grid=False, size=9.5)
    d.tbl([["TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)<br/><b>Texas "
            "Department of Criminal Justice, Classification and Records, Huntsville, TX</b>",
            "FROM: (Department of Homeland Security Office Address)<br/><b>ICE ERO San Antonio Field Office, 1777 NE "
            "Loop 410, San Antonio, TX 78217</b>"]], [3.4, 3.4], size=9)
    d.tbl([["Name of Alien: <b>SAMATAR, Abdiwali Hussein</b>", "Date of Birth: 03/17/1986", "Gender: M"],
           ["Citizenship: Somalia", "", ""]], [3.4, 2.0, 1.4], size=9.5)
    d.p("<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
        "DETERMINATION IS BASED ON (complete box 1 or 2):</b>", size=9)
    d.chk(True, "A final order of removal against the alien;", indent=0.25, size=9)
    d.chk(False, "The pendency of ongoing removal proceedings against the alien;", indent=0.25, size=9)
    d.chk(False, "Biometric confirmation of the alien's identity and a records check of federal databases that "
          "affirmatively indicate, by themselves or in addition to other reliable information, that the alien "
          "either lacks immigration status or notwithstanding such status is removable under U.S. immigration "
          "law; and/or", indent=0.25, size=9)
    d.chk(False, "Statements made by the alien to an immigration officer and/or other reliable evidence that "
          "affirmatively indicate the alien either lacks immigration status or notwithstanding such status is "
          "removable under U.S. immigration law.", indent=0.25, size=9)
    d.p("<b>IT IS THEREFORE REQUESTED THAT YOU:</b>", size=9)
    d.j("<b>Notify DHS as early as practicable</b> (at least 48 hours, if possible) before the alien is released "
        "from your custody. Please notify DHS by calling [X] U.S. Immigration and Customs Enforcement (ICE) or "
        "[ ] U.S. Customs and Border Protection (CBP) at (210) 555-0109. If you cannot reach an official at the "
        "number(s) provided, please contact the Law Enforcement Support Center at: (802) 555-0102.", size=9)
    d.j("<b>Maintain custody of the alien</b> for a period NOT TO EXCEED 48 HOURS beyond the time when he/she "
        "would otherwise have been released from your custody to allow DHS to assume custody. The alien must be "
        "served with a copy of this form for the detainer to take effect. This detainer arises from DHS "
        "authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, "
        "diversion, custody classification, work, quarter assignments, or other matters.", size=9)
    d.j("Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.",
        size=9)
    d.j("This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 "
        "C.F.R. \u00a7 287.7, and is accompanied by: [ ] Form I-200, Warrant for Arrest of Alien, or [X] Form "
        "I-205, Warrant of Removal/Deportation, signed by an authorized immigration officer.", size=9)
    d.tbl([["<i>Ra\u00fal E. Benavides</i><br/>_____________________________<br/>(Signature of Immigration Officer)",
            "Ra\u00fal E. Benavides, Supervisory Detention and Deportation Officer<br/>(Name and Title of "
            "Immigration Officer)"]], [3.2, 3.6], grid=False, size=9)
    d.p("<b>Notice:</b> If the alien may be the victim of a crime or you want the alien to remain in the United "
        "States for prosecution or other law enforcement purposes, including acting as a witness, please notify "
        "the ICE Law Enforcement Support Center at (802) 555-0102.", size=8.5)
    d.p("<b>TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN:</b> Date of latest "
        "criminal charge/conviction: ________ Estimated release date: ________ This form was served upon the alien "
        "on ________ [ ] in person [ ] by inmate mail delivery [ ] other", size=8.5)
    d.pb()
    d.c("<b>NOTICE TO THE DETAINEE</b>", size=11)
    d.j("The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration "
        "detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of "
        "you after you otherwise would be released from custody. DHS has requested that the law enforcement "
        "agency which is currently holding you maintain custody of you for a period not to exceed 48 hours "
        "beyond the time when you would have been released based on your criminal charges or convictions. If "
        "DHS does not take you into custody during that additional 48 hour period, you should contact your "
        "custodian to inquire about your release from state or local custody.", size=9)
    d.c("<b>AVISO A LA PERSONA DETENIDA</b>", size=11, before=6)
    d.j("El Departamento de Seguridad Nacional (DHS) ha emitido una orden de detenci\u00f3n inmigratoria en su "
        "contra. Mediante esta orden, se notifica a los organismos policiales que el DHS pretende arrestarlo "
        "cuando usted cumpla su reclusi\u00f3n actual. El DHS ha solicitado que el organismo policial local o "
        "estatal a cargo de su actual detenci\u00f3n lo mantenga en custodia por un per\u00edodo no mayor a 48 "
        "horas despu\u00e9s del momento en que usted habr\u00eda sido puesto en libertad.", size=9)
    pdf_form = d.build()
    c = Doc("courier", 11)
    c.c("<b>FAX COVER</b>", size=16, after=10)
    c.pre("TO:      TDCJ Classification & Records - Detainer Desk\n"
          "FAX:     (936) 555-0181\n"
          "FROM:    SDDO Raul E. Benavides\n"
          "         ICE / ERO San Antonio - Criminal Apprehension Program\n"
          "PHONE:   (210) 555-0109\n"
          "EMAIL:   raul.e.benavides@ice.dhs.gov\n"
          "DATE:    09/30/2025\n"
          "PAGES:   3 incl. cover\n\n"
          "RE:  I-247A Immigration Detainer - SAMATAR, Abdiwali Hussein\n"
          "     DOB 03/17/1986   A# 217-004-556   TDCJ# 02384411\n\n"
          "Please lodge the attached detainer, serve a copy on the inmate,\n"
          "and fax back the projected release date.  Thank you.\n", size=10.5)
    pdf = _concat_pdfs([c.build(), pdf_form], "bp26")
    fax_out("bp26", pdf, rng, "09/30/2025 07:51  ICE ERO SAN ANTONIO  2105550109  ->  9365550181   PG {p} OF {n}")
    save("bp26", "tif", None, label(
        "bp26", "fax", "faxed DHS Form I-247A immigration detainer to state prison with ERO fax cover",
        ("dhs-ice-ero", "ICE / ERO San Antonio", "Ra\u00fal E. Benavides",
         "Supervisory Detention and Deportation Officer", "raul.e.benavides@ice.dhs.gov", "(210) 555-0109"),
        [("Abdiwali Hussein Samatar", "1986-03-17", [("a_number", "A217004556"), ("other", "02384411")])],
        ["INA 236", "INA 287", "8 CFR 287.7"],
        "detainer", "I-247A", True, "civil_immigration",
        ["other"], "fax"))


def _concat_pdfs(pdfs, tag):
    d = os.path.join(TMP, tag + "_cat")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    names = []
    for i, b in enumerate(pdfs):
        n = os.path.join(d, f"{i}.pdf")
        with open(n, "wb") as f:
            f.write(b)
        names.append(n)
    out = os.path.join(d, "all.pdf")
    subprocess.run(["pdfunite"] + names + [out], check=True)
    with open(out, "rb") as f:
        return f.read()


# ---------------------------------------------------------------- bp27 Florida State Attorney investigative subpoena (fax)
@doc
def bp27(rng):
    d = Doc("times", 11)
    d.lh(["OFFICE OF THE STATE ATTORNEY", "NINTH JUDICIAL CIRCUIT OF FLORIDA", "Orange and Osceola Counties",
          "Economic Crimes Unit  \u2022  415 North Orange Avenue, Orlando, Florida 32801"], big=14)
    d.p("October 2, 2025", after=8)
    d.p("VIA FACSIMILE (850) 555-0191<br/>Florida Department of Commerce<br/>Reemployment Assistance Program \u2013 "
        "Subpoena Processing<br/>107 East Madison Street<br/>Tallahassee, Florida 32399")
    d.p("Re: Investigative Subpoena Duces Tecum \u2013 SAO Case No. 25-EC-0391", bold=True, before=6)
    d.j("Enclosed is an investigative subpoena duces tecum issued by this office under section 27.04, Florida "
        "Statutes, for reemployment assistance records on three individuals. We are aware that these records are "
        "confidential under section 443.1715, Florida Statutes, and we will maintain them as such. Records may be "
        "produced with a certification under sections 90.803(6) and 90.902(11), Florida Statutes, in lieu of "
        "appearance.")
    d.p("Thank you for your assistance.")
    d.sp(14)
    d.p("Daniela M. Szyma\u0144ska<br/>Assistant State Attorney<br/>Florida Bar No. 1023456<br/>(407) 555-0161<br/>"
        "dszymanska@sao9.net")
    d.pb()
    d.c("<b>IN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT,</b>", after=0)
    d.c("<b>IN AND FOR ORANGE COUNTY, FLORIDA</b>", after=10)
    d.tbl([["IN RE: INVESTIGATION BY THE<br/>OFFICE OF THE STATE ATTORNEY", "SAO Case No.: 25-EC-0391"]],
          [3.8, 3.0], grid=False)
    d.c("<b>INVESTIGATIVE SUBPOENA DUCES TECUM</b>", size=13, before=4, after=8)
    d.p("THE STATE OF FLORIDA:", bold=True)
    d.p("TO: Records Custodian, Florida Department of Commerce, Reemployment Assistance, 107 East Madison Street, "
        "Tallahassee, Florida 32399", bold=True)
    d.j("YOU ARE HEREBY COMMANDED to appear before the undersigned Assistant State Attorney at the Office of the "
        "State Attorney, 415 North Orange Avenue, Orlando, Florida, on October 24, 2025, at 10:00 a.m., to "
        "testify in an investigation being conducted by the State Attorney pursuant to section 27.04, Florida "
        "Statutes, and to bring with you:")
    d.j("All reemployment assistance claims, weekly certifications and payment records, including the mailing "
        "addresses, telephone numbers, e-mail addresses and bank account information provided by the claimant, and "
        "all wage and employer information reported, from January 1, 2023 to present, for:", indent=0.3)
    d.tbl([["FUENTES DE LA ROSA, Yamil\u00e9", "DOB 08/08/1985"], ["ANAYA RUIZ, Roberto Carlos", "DOB 02/27/1979"],
           ["LAM, Tuan Minh", "DOB 10/10/1991"]], [3.5, 2.0], size=10.5)
    d.j("The investigation concerns possible violations of section 817.568, Florida Statutes (criminal use of "
        "personal identification information), and section 443.071, Florida Statutes (false statements to obtain "
        "benefits), involving claims that listed Sunrise Hospitality Group, LLC as the separating employer.")
    d.j("Failure to obey this subpoena may subject you to punishment for contempt of court.", bold=True)
    d.p("DATED this 2nd day of October, 2025.", before=4)
    d.sig(["Daniela M. Szyma\u0144ska, Assistant State Attorney", "Florida Bar No. 1023456",
           "for the State Attorney, Ninth Judicial Circuit"], s="D. M. Szyma\u0144ska")
    d.pb()
    d.c("<b>RETURN OF SERVICE</b>", size=12, after=8)
    d.p("Received this subpoena on ____________, 2025, and served it on ____________, 2025, by "
        "[ ] personal service [X] facsimile/e-mail as accepted by the witness.")
    d.sig(["Investigator, Office of the State Attorney"], x=0.0)
    pdf = d.build()
    fax_out("bp27", pdf, rng, "Oct 02 2025 11:05AM   SAO 9TH CIR ECONOMIC CRIME   4075550161   p.{p}")
    save("bp27", "tif", None, label(
        "bp27", "fax", "Florida State Attorney investigative subpoena duces tecum (s. 27.04) faxed with cover letter",
        ("district-attorney", "Office of the State Attorney, Ninth Judicial Circuit of Florida",
         "Daniela M. Szyma\u0144ska", "Assistant State Attorney", "dszymanska@sao9.net", "(407) 555-0161"),
        [("Yamil\u00e9 Fuentes de la Rosa", "1985-08-08", []), ("Roberto Carlos Anaya Ruiz", "1979-02-27", []),
         ("Tuan Minh Lam", "1991-10-10", [])],
        ["FS 27.04", "FS 443.1715", "FS 90.803", "FS 90.902", "FS 817.568", "FS 443.071"],
        "court_subpoena", None, True, "criminal_investigation",
        ["claims", "benefits", "address", "phone", "email", "other", "wages", "employment"], "fax"))


# ---------------------------------------------------------------- bp28 Texas DPS request form (fax, no process)
@doc
def bp28(rng):
    d = Doc("helv", 10, footer_l="DPS-CID Request for Records (Rev. 03/2023)")
    d.tbl([["<b>TEXAS DEPARTMENT OF PUBLIC SAFETY</b><br/>Criminal Investigations Division<br/>Houston Regional "
            "Office \u2022 10503 Northwest Freeway, Houston, TX 77092",
            "<b>LAW ENFORCEMENT<br/>REQUEST FOR RECORDS</b>"]], [4.6, 2.2])
    d.kv([("To (agency):", "Texas Health and Human Services Commission \u2013 Office of Inspector General, Law "
                           "Enforcement Liaison"),
          ("Date of request:", "09/24/2025"), ("DPS case number:", "CID-HOU-25-08812")])
    d.p("<b>SECTION A \u2013 REQUESTING OFFICER</b>", before=4)
    d.tbl([["Name: Courtney L. Baptiste", "Rank/Title: Special Agent"],
           ["Phone: (713) 555-0125", "Email: courtney.baptiste@dps.texas.gov"],
           ["Unit: CID Organized Retail Theft Task Force", "Fax: (713) 555-0126"]], [3.4, 3.4], size=9.5)
    d.p("<b>SECTION B \u2013 SUBJECT(S)</b>")
    d.tbl([["Last, First Middle", "DOB", "DL / ID", "SSN (last 4)"],
           ["YBARRA CANT\u00da, Maricela", "05/19/1990", "TX 41234567", "\u2014"],
           ["FERRELL, Dakota James", "02/03/1988", "\u2014", "8823"]], [2.6, 1.3, 1.6, 1.3], header=True, size=9.5)
    d.p("<b>SECTION C \u2013 RECORDS REQUESTED</b>")
    for on, t in [(True, "Current and prior addresses"), (True, "Telephone numbers on file"),
                  (True, "Benefit history (SNAP / TANF / Medicaid) \u2013 dates and issuance only"),
                  (True, "Household members listed on application"), (False, "Case worker notes"),
                  (False, "Photographs")]:
        d.chk(on, t, indent=0.3, size=9.5, after=1)
    d.p("<b>SECTION D \u2013 NATURE OF INVESTIGATION</b>", before=4)
    d.j("Offense(s): Organized Retail Theft, Tex. Penal Code \u00a7 31.16; Engaging in Organized Criminal "
        "Activity, Tex. Penal Code \u00a7 71.02. Subjects are believed to be fencing stolen merchandise from "
        "residences in Harris and Fort Bend Counties; addresses are needed to identify storage locations.",
        size=9.5)
    d.p("Subpoena / court order attached:&nbsp;&nbsp;[ ] Yes&nbsp;&nbsp;[X] No", size=9.5)
    d.pb()
    d.p("<b>SECTION E \u2013 CERTIFICATION</b>")
    d.j("I certify that the information requested is needed for an active criminal investigation, that it will "
        "be used only for law enforcement purposes, and that it will not be further disseminated except as "
        "permitted by law.", size=10)
    d.sig(["Courtney L. Baptiste, Special Agent", "Requesting Officer"], x=0.0, s="C. L. Baptiste")
    d.sig(["Lt. Howard E. Grayson", "Supervisor Approval"], x=0.0, s="H. E. Grayson")
    d.box(["FOR HHSC-OIG USE ONLY:  Received ________  Processed by ________  [ ] Released  [ ] Denied  "
           "[ ] Referred to Legal"], size=9)
    pdf = d.build()
    fax_out("bp28", pdf, rng, "09/24/2025 10:17 FAX 7135550126    TXDPS CID HOUSTON       \u2192 HHSC OIG     {p:03d}/{n:03d}")
    save("bp28", "tif", None, label(
        "bp28", "fax", "faxed Texas DPS CID records-request form to human services, no process attached",
        ("state-police", "Texas Department of Public Safety, Criminal Investigations Division",
         "Courtney L. Baptiste", "Special Agent", "courtney.baptiste@dps.texas.gov", "(713) 555-0125"),
        [("Maricela Ybarra Cant\u00fa", "1990-05-19", [("license", "41234567")]),
         ("Dakota James Ferrell", "1988-02-03", [("ssn_last4", "8823")])],
        ["TX PC 31.16", "TX PC 71.02"],
        "none", None, False, "criminal_investigation",
        ["address", "phone", "benefits", "other"], "fax"))


# ---------------------------------------------------------------- bp29 Arizona DES web-form submission (txt)
@doc
def bp29(rng):
    t = """ARIZONA DEPARTMENT OF ECONOMIC SECURITY
Law Enforcement Information Request - Online Submission
=========================================================
Submission ID ........ LE-2025-10-004417
Submitted ............ 10/03/2025 16:41 MST
Routed to ............ DES Office of Inspector General - LE Liaison queue

REQUESTING AGENCY
  Agency name ........ Tucson Police Department
  ORI ................ AZ0100300
  Division/Unit ...... Westside Investigations - Property Crimes
  Requester name ..... Samantha R. Greyeyes
  Title/Rank ......... Detective
  Badge/Employee # ... 51277
  Phone .............. (520) 555-0124
  Email .............. samantha.greyeyes@tucsonaz.gov
  Supervisor ......... Sgt. Paul Ostrander

CASE INFORMATION
  Report / case # .... 2509-22817
  Offense(s) ......... Burglary 2nd degree (ARS 13-1507); theft
  Legal process attached? ... No
  Legal authority cited ..... A.R.S. 41-1959 (release to law enforcement)

SUBJECT 1
  Last name .......... MORALES QUI\u00d1ONES
  First name ......... Julio C\u00e9sar
  DOB ................ 1996-07-11
  AZ DL/ID # ......... D10458722
  SSN (last 4) ....... 
  Role ............... Suspect

INFORMATION REQUESTED
  [x] Current address on file
  [x] Telephone number(s)
  [x] Employer of record
  [ ] Benefit/case history
  [ ] Other:

JUSTIFICATION (free text)
  Suspect identified from pawn records as selling property taken in a residential
  burglary on 09/14/2025. Victim (Mrs. Edna Lowry) positively identified items.
  Suspect's listed address is a vacant lot; need current address and employer to
  locate him for interview and possible arrest. Thank you.

CERTIFICATION
  [x] I certify that this request is made in the course of an active criminal
      investigation and that the information will be used only for that purpose.

-- end of submission --
"""
    save("bp29", "txt", t, label(
        "bp29", "txt", "state web-portal law-enforcement request from municipal police detective, no process",
        ("local-police", "Tucson Police Department", "Samantha R. Greyeyes", "Detective",
         "samantha.greyeyes@tucsonaz.gov", "(520) 555-0124"),
        [("Julio C\u00e9sar Morales Qui\u00f1ones", "1996-07-11", [("license", "D10458722")])],
        ["ARS 13-1507", "ARS 41-1959"],
        "none", None, False, "criminal_investigation",
        ["address", "phone", "employment"], "email"))


# ---------------------------------------------------------------- bp30 phone request log + follow-up e-mail (txt)
@doc
def bp30(rng):
    t = """COLORADO DEPARTMENT OF REVENUE - DIVISION OF MOTOR VEHICLES
Records Unit / Law Enforcement Desk - TELEPHONE & CORRESPONDENCE INTAKE LOG

Log no.:        DMV-LE-2025-1093
Date/time:      10/08/2025 09:12 MT
Taken by:       R. Lindahl, Records Technician II

CALL NOTES
Caller identified himself as Deportation Officer Tyler Brandvold, ICE Enforcement and
Removal Operations, Denver Field Office (Centennial). Requested current residential
address, vehicle registrations and most recent DL photo for:

    IB\u00c1\u00d1EZ MONTOYA, Cristian Alexis
    DOB 11/16/1999
    A# 213 558 902

Caller stated the request was "for official use", that the subject "has a final order",
and cited 8 USC 1357. Asked whether there is a criminal investigation, warrant, or
subpoena -- caller said no, administrative only. Advised caller that requests must be
submitted in writing and that C.R.S. 24-74-103 restricts release of personal identifying
information; caller said he would e-mail the request.

FOLLOW-UP E-MAIL RECEIVED 10/08/2025 10:03 MT (pasted below)
------------------------------------------------------------
From:    Brandvold, Tyler <tyler.brandvold@ice.dhs.gov>
To:      DOR_DMV_LawEnforcement@state.co.us
Subject: Records request - IBANEZ MONTOYA, Cristian A.

Good morning,

Per my phone call this morning, ERO Denver requests the current address, any vehicles
registered, and the most recent photo for IBANEZ MONTOYA, Cristian Alexis, DOB
11/16/1999, A# 213558902. This request is made under the authority of 8 U.S.C. 1357 and
INA 287. The information will be used for official purposes only.

Respectfully,
Tyler Brandvold
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - Denver Field Office
Office: (303) 555-0187
------------------------------------------------------------

STATUS:  Forwarded to supervisor (M. Okafor) for review under C.R.S. 24-74-103.
"""
    save("bp30", "txt", t, label(
        "bp30", "txt", "DMV intake log of an ERO phone call with the follow-up e-mail pasted, no process",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Denver "
         "Field Office", "Tyler Brandvold", "Deportation Officer", "tyler.brandvold@ice.dhs.gov",
         "(303) 555-0187"),
        [("Cristian Alexis Ib\u00e1\u00f1ez Montoya", "1999-11-16", [("a_number", "A213558902")])],
        ["8 USC 1357", "CRS 24-74-103", "INA 287"],
        "none", None, False, "civil_immigration",
        ["address", "vehicle", "photo"], "email"))


# ---------------------------------------------------------------- bp31 NV DMV portal export with order text (txt)
@doc
def bp31(rng):
    t = """NEVADA DEPARTMENT OF MOTOR VEHICLES
Law Enforcement Records Portal - Request Export (text)
Request #: LE-NV-2025-0098113        Created: 2025-10-09 22:47 PDT      Status: PENDING REVIEW

Requesting agency : Las Vegas Metropolitan Police Department
Bureau/section    : Homicide Section
Requester         : Det. Ryan K. Matsumoto, P# 16042
Phone             : (702) 555-0149
E-mail            : r16042m@lvmpd.com
Event number      : LLV250900012345
Legal process     : Court Order (uploaded)
Records requested : Photo; DL/ID record; address history; vehicle registration
Subjects          : 2 (see uploaded order)
Requester notes   : Order signed 10/09/2025 by Dept. 14. Please expedite - photos needed
                    for a photo lineup with an eyewitness.

----- Extracted text of uploaded file "Order_25-SW-1188.pdf" (2 pages) -----

                               DISTRICT COURT
                            CLARK COUNTY, NEVADA

IN THE MATTER OF THE APPLICATION OF THE       )   Case No.: 25-SW-1188
LAS VEGAS METROPOLITAN POLICE DEPARTMENT      )   Dept. No.: XIV
FOR AN ORDER DIRECTING THE NEVADA             )
DEPARTMENT OF MOTOR VEHICLES TO PRODUCE       )
RECORDS                                       )

                      ORDER DIRECTING PRODUCTION OF RECORDS

     Upon the application of the State of Nevada, supported by the sworn declaration
of Detective Ryan K. Matsumoto of the Las Vegas Metropolitan Police Department, the
Court finds that there is probable cause to believe that the records described below
contain evidence of the crime of Open Murder, NRS 200.010 and 200.030, and that
disclosure of the records is authorized by NRS 481.063.

     IT IS HEREBY ORDERED that the Nevada Department of Motor Vehicles shall produce to
Detective Ryan K. Matsumoto, within five (5) judicial days, the photographs, driver
license and identification card records, address history and vehicle registration
records of:

     1.  Jovan PETROVI\u0106, DOB 01/28/1990
     2.  Andrea Milagros QUISPE HUAM\u00c1N, DOB 05/05/1995, NV DL 1507771234

     IT IS FURTHER ORDERED that this Order and the application shall be sealed until
further order of the Court.

     DATED this 9th day of October, 2025.

                                        /s/ Carolyn P. Whitford-Ames
                                        DISTRICT COURT JUDGE

Submitted by:
CLARK COUNTY DISTRICT ATTORNEY
Chief Deputy District Attorney Marco Ibsen, Bar #012245

----- end of extracted text -----
"""
    save("bp31", "txt", t, label(
        "bp31", "txt", "DMV law-enforcement portal export with extracted text of an uploaded Nevada district court order",
        ("local-police", "Las Vegas Metropolitan Police Department", "Ryan K. Matsumoto", "Detective",
         "r16042m@lvmpd.com", "(702) 555-0149"),
        [("Jovan Petrovi\u0107", "1990-01-28", []),
         ("Andrea Milagros Quispe Huam\u00e1n", "1995-05-05", [("license", "1507771234")])],
        ["NRS 200.010", "NRS 200.030", "NRS 481.063"],
        "court_order", None, True, "criminal_investigation",
        ["photo", "license", "address", "vehicle"], "email"))


# ---------------------------------------------------------------- bp32 State Patrol trooper e-mail printed to text (txt)
@doc
def bp32(rng):
    t = """From:     Vandermeer, Kyle <kyle.vandermeer@state.co.us>
Sent:     Friday, October 10, 2025 6:52 AM
To:       DMV Records Law Enforcement Requests
Subject:  DL photo / address request

Morning,

Can you send me the most recent DL photo and address history for the following? I'm
working out of Troop 4A (Fort Collins) and need to confirm ID on this guy.

  ESCOBEDO LARA, ANDRES FELIPE
  DOB 06/12/1989
  CO DL 18-214-7736

Permissible use under DPPA, 18 USC 2721(b)(1).

Thanks,

Tpr. Kyle Vandermeer #2214
Colorado State Patrol - Troop 4A
3832 W. Eisenhower Blvd, Loveland CO 80537
Cell: (970) 555-0105
"""
    save("bp32", "txt", t, label(
        "bp32", "txt", "State Patrol trooper's short e-mail printed to text, no stated purpose or process",
        ("state-police", "Colorado State Patrol", "Kyle Vandermeer", "Trooper", "kyle.vandermeer@state.co.us",
         "(970) 555-0105"),
        [("Andres Felipe Escobedo Lara", "1989-06-12", [("license", "182147736")])],
        ["18 USC 2721"],
        "none", None, False, "unknown",
        ["photo", "address"], "email"))


# ======================================================================== main
def main():
    os.makedirs(TMP, exist_ok=True)
    for fn in DOCS:
        rng = np.random.default_rng([SEED, int(fn.__name__[2:])])
        fn(rng)
        print("built", fn.__name__)


if __name__ == "__main__":
    main()
