"""Build the blind-c evaluation set (independent author).

Run:  /work/main/.venv/bin/python samples/blind_c/build.py
Writes bc01..bc32 (+ .expected.json) next to this file, deterministically.
"""
import datetime as dt
import email.policy
import io
import json
import os
import random
import subprocess
import tempfile
import time
from email.message import EmailMessage
from email.utils import format_datetime

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (HRFlowable, KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

rl_config.invariant = 1
SEED = 20250317
random.seed(SEED)
RNG = np.random.default_rng(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("Sans", "DejaVuSans.ttf"), ("SansB", "DejaVuSans-Bold.ttf"),
             ("SansI", "DejaVuSans-Oblique.ttf"), ("Serif", "DejaVuSerif.ttf"),
             ("SerifB", "DejaVuSerif-Bold.ttf"), ("SerifI", "DejaVuSerif-Italic.ttf"),
             ("Mono", "DejaVuSansMono.ttf"), ("MonoB", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))
from reportlab.lib.fonts import addMapping
for fam, r, b, i in [("Sans", "Sans", "SansB", "SansI"), ("Serif", "Serif", "SerifB", "SerifI"),
                     ("Mono", "Mono", "MonoB", "Mono")]:
    addMapping(fam, 0, 0, r); addMapping(fam, 1, 0, b); addMapping(fam, 0, 1, i); addMapping(fam, 1, 1, b)

# ----------------------------------------------------------------- PDF helpers
_STY = {}


def sty(font="Serif", size=10.5, align="L", lead=None, before=0, after=5, indent=0):
    key = (font, size, align, lead, before, after, indent)
    if key not in _STY:
        _STY[key] = ParagraphStyle(
            "s%d" % len(_STY), fontName=font, fontSize=size, leading=lead or size * 1.3,
            alignment={"L": TA_LEFT, "C": TA_CENTER, "J": TA_JUSTIFY, "R": TA_RIGHT}[align],
            spaceBefore=before, spaceAfter=after, leftIndent=indent)
    return _STY[key]


def P(text, font="Serif", size=10.5, align="L", **kw):
    return Paragraph(text.replace("\n", "<br/>"), sty(font, size, align, **kw))


def SP(h=8):
    return Spacer(1, h)


def HR(w=1, c=colors.black, after=6):
    return HRFlowable(width="100%", thickness=w, color=c, spaceBefore=2, spaceAfter=after)


def T(rows, widths, grid=True, font="Sans", size=8.5, pad=3, bold_first_col=False, extra=None):
    cells = []
    for r in rows:
        row = []
        for j, c in enumerate(r):
            if isinstance(c, str):
                f = "SansB" if (bold_first_col and j == 0) else font
                row.append(Paragraph(c.replace("\n", "<br/>"), sty(f, size, "L", after=0)))
            else:
                row.append(c)
        cells.append(row)
    t = Table(cells, colWidths=[w * inch for w in widths])
    s = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), pad),
         ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), pad),
         ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if grid:
        s.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    if extra:
        s.extend(extra)
    t.setStyle(TableStyle(s))
    return t


def build_pdf(flow, footer=None, header=None, margins=(0.9, 0.9, 0.8, 0.8), pagenum=None, size=letter):
    buf = io.BytesIO()
    l, r, t, b = margins

    def deco(c, d):
        c.saveState()
        if header:
            c.setFont("Sans", 7.5)
            c.drawString(l * inch, size[1] - 0.45 * inch, header)
        if footer:
            c.setFont("Sans", 7)
            y = 0.45 * inch
            for line in footer.split("\n")[::-1]:
                c.drawCentredString(size[0] / 2, y, line)
                y += 9
        if pagenum:
            c.setFont("Sans", 7.5)
            c.drawRightString(size[0] - r * inch, 0.3 * inch, pagenum % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=size, leftMargin=l * inch, rightMargin=r * inch,
                            topMargin=t * inch, bottomMargin=b * inch, title="", author="",
                            creator="", producer="")
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def letterhead(lines, font="SerifB", sizes=None, rule=True):
    out = []
    for i, ln in enumerate(lines):
        sz = (sizes or [13, 11, 9.5, 9.5, 9.5, 9.5])[min(i, 5)]
        out.append(P(ln, font if i < 2 else font.rstrip("B"), sz, "C", after=1))
    if rule:
        out.append(HR(1.2))
    return out


def sig(lines, before=18, font="Serif", size=10.5):
    return [SP(before)] + [P(lines[0], font, size, after=0)] + [P("\n".join(lines[1:]), font, size)]


def CB(on):
    return "\u2612" if on else "\u2610"


# ----------------------------------------------------------------- image helpers
def pdf_to_images(pdf_bytes, dpi=200, gray=True):
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "in.pdf")
        with open(p, "wb") as f:
            f.write(pdf_bytes)
        args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [p, os.path.join(td, "pg")]
        subprocess.run(args, check=True)
        files = sorted(x for x in os.listdir(td) if x.startswith("pg"))
        return [Image.open(os.path.join(td, x)).copy() for x in files]


def degrade_scan(img, angle, rot=0, bg=232, noise=9, quality=45, blur=0.6):
    img = img.convert("L")
    a = np.asarray(img).astype(np.float32)
    # paper tone + uneven illumination
    h, w = a.shape
    grad = np.linspace(0, 1, w)[None, :] * 10 + np.linspace(0, 1, h)[:, None] * 6
    a = a / 255.0 * (bg - grad) + (1 - a / 255.0) * 35
    a += RNG.normal(0, noise, a.shape)
    # specks
    n = int(h * w * 0.00015)
    ys, xs = RNG.integers(0, h, n), RNG.integers(0, w, n)
    a[ys, xs] = RNG.integers(20, 120, n)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    img = img.filter(ImageFilter.GaussianBlur(blur))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=int(bg - 30))
    if rot:
        img = img.rotate(rot, expand=True)
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality)
    return Image.open(io.BytesIO(b.getvalue())).convert("L")


def save_scanned_pdf(path, pages, dpi=200):
    first, rest = pages[0], pages[1:]
    stamp = time.gmtime(1743508800)
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest,
               creationDate=stamp, modDate=stamp, quality=55)


def fax_pages(images, header_fmt, angle_list=None):
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    n = len(images)
    for i, img in enumerate(images):
        img = img.convert("L")
        ang = (angle_list or [0.0] * n)[i]
        if ang:
            img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        canvas = Image.new("L", (img.width, img.height + 40), 255)
        canvas.paste(img, (0, 40))
        d = ImageDraw.Draw(canvas)
        d.text((30, 8), header_fmt.format(p=i + 1, n=n), font=font, fill=0)
        a = np.asarray(canvas).astype(np.float32) + RNG.normal(0, 18, (canvas.height, canvas.width))
        bw = Image.fromarray(np.where(a > 150, 255, 0).astype(np.uint8), "L")
        # horizontal streak like a dirty fax head
        arr = np.asarray(bw).copy()
        y = int(RNG.integers(300, arr.shape[0] - 300))
        arr[y:y + 2, ::3] = 0
        out.append(Image.fromarray(arr, "L").convert("1"))
    return out


def save_fax(path, pages):
    pages[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=pages[1:])


def photo_of(img, angle=-3.5, quality=72):
    """Phone photo of a paper page lying on a desk."""
    img = img.convert("RGB")
    w, h = img.size
    a = np.asarray(img).astype(np.float32)
    shade = (np.linspace(0.93, 0.78, w)[None, :, None] * np.linspace(1.0, 0.9, h)[:, None, None])
    a = a * shade * np.array([1.0, 0.98, 0.93])
    a += RNG.normal(0, 5, a.shape)
    page = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(92, 70, 52))
    bgc = Image.new("RGB", (page.width + 120, page.height + 120), (92, 70, 52))
    bgc.paste(page, (60, 70))
    bgc = bgc.resize((int(bgc.width * 0.8), int(bgc.height * 0.8)), Image.LANCZOS)
    b = io.BytesIO()
    bgc.save(b, "JPEG", quality=quality)
    return b.getvalue()


# ----------------------------------------------------------------- email helpers
def mk_email(frm, to, subject, date, mid, cc=None, extra=None):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# ----------------------------------------------------------------- labels
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def label(i, fmt, template, req, subjects, basis, proc, form, purpose, records, channel):
    rec = {
        "id": i, "family": "blind-c", "format": fmt, "template": template,
        "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], req)),
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": proc, "court_issued": proc in COURT, "form": form},
        "warrant_or_subpoena_attached": proc != "none",
        "purpose": purpose, "records_requested": records, "channel": channel,
    }
    with open(os.path.join(OUT, i + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# =================================================================== documents
@doc
def bc01():
    fl = letterhead(["U.S. Department of Homeland Security",
                     "U.S. Immigration and Customs Enforcement",
                     "Enforcement and Removal Operations \u2013 Denver Field Office",
                     "12445 East Caley Avenue \u2022 Centennial, Colorado 80111"])
    fl += [SP(6), P("February 11, 2025", align="R"), SP(4),
           P("Colorado Department of Revenue\nDivision of Motor Vehicles\nAttn: Records Request Unit\n"
             "1881 Pierce Street\nLakewood, CO 80214"), SP(6),
           P("<b>RE: Request for Information \u2014 ZAVALA M\u00c9NDEZ, \u00d3scar Iv\u00e1n</b>\n"
             "A-Number: 208 556 914 &nbsp;&nbsp; DOB: 07/19/1991 &nbsp;&nbsp; CO DL: 17-204-5583 (may be expired)"),
           SP(4), P("To Whom It May Concern:"),
           P("The Department of Homeland Security (DHS), U.S. Immigration and Customs Enforcement (ICE), "
             "Enforcement and Removal Operations (ERO), respectfully requests your assistance in obtaining "
             "information contained in your agency's records concerning the individual identified above.", align="J"),
           P("Specifically, ERO requests the following:", align="J"),
           P("1. All current and prior residential and mailing addresses on file;\n"
             "2. The most recent driver license or identification card photograph;\n"
             "3. A listing of all vehicles currently registered to the subject, including plate number, "
             "make, model and year.", indent=18),
           P("This request is made pursuant to the authority granted to immigration officers under section 287 "
             "of the Immigration and Nationality Act (8 U.S.C. \u00a7 1357) and is for official use only. The "
             "information will be used solely for official agency purposes and will not be disseminated outside "
             "of DHS except as authorized by law.", align="J"),
           P("Please direct the requested information, or any questions about this request, to the undersigned. "
             "Your cooperation is greatly appreciated.", align="J"),
           P("Respectfully,")]
    fl += sig(["<i>K. R. Brandt</i>", "Kyle R. Brandt", "Deportation Officer", "ICE/ERO Denver Field Office",
               "Tel: (303) 555-0142", "kyle.r.brandt@ice.dhs.gov"], before=14)
    pdf = build_pdf(fl, footer="FOR OFFICIAL USE ONLY // LAW ENFORCEMENT SENSITIVE\n"
                    "This document may contain information exempt from public release. Do not disseminate without DHS authorization.")
    write("bc01.pdf", pdf)
    label("bc01", "born_digital", "ERO field-office letter to DMV, single subject, INA 287 authority",
          ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations \u2013 Denver Field Office",
           "Kyle Brandt", "Deportation Officer", "kyle.r.brandt@ice.dhs.gov", "(303) 555-0142"],
          [S("\u00d3scar Iv\u00e1n Zavala M\u00e9ndez", "1991-07-19", ("a_number", "A208556914"), ("license", "172045583"))],
          ["INA 287", "8 USC 1357"], "none", None, "civil_immigration", ["address", "photo", "vehicle"], "mail")


def i200_pdf(file_no, date, name, officer, title, office, checks):
    items = [
        "the execution of a charging document to initiate removal proceedings against the subject;",
        "the pendency of ongoing removal proceedings against the subject;",
        "the failure to establish admissibility subsequent to deferred inspection;",
        "biometric confirmation of the subject's identity and a records check of federal databases that "
        "affirmatively indicate, by themselves or in addition to other reliable information, that the subject "
        "either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or",
        "statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that "
        "affirmatively indicate the subject either lacks immigration status or notwithstanding such status is "
        "removable under U.S. immigration law."]
    fl = [P("U.S. Department of Homeland Security", "SansB", 9, after=0),
          T([["", "Warrant for Arrest of Alien"]], [4.3, 2.5], grid=False, font="SansB", size=12),
          SP(4),
          T([["File No. " + file_no], ["Date: " + date]], [6.8], grid=False, font="Sans", size=9.5, pad=1),
          SP(6),
          P("To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
            "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest "
            "for immigration violations", "Sans", 9.5, "J"),
          P("I have determined that there is probable cause to believe that <b>%s</b> is removable from the "
            "United States. This determination is based upon:" % name, "Sans", 9.5, "J")]
    for on, txt in zip(checks, items):
        fl.append(T([[CB(on), txt]], [0.3, 6.3], grid=False, font="Sans", size=9, pad=2))
    fl += [SP(6),
           P("YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration "
             "and Nationality Act, the above-named alien.", "Sans", 9.5, "J"), SP(12),
           T([["", "<i>%s</i>" % officer], ["", "(Signature of Authorized Immigration Officer)"],
              ["", "%s, %s" % (officer, title)], ["", "(Printed Name and Title of Authorized Immigration Officer)"],
              ["", office]], [3.4, 3.4], grid=False, font="Sans", size=9, pad=1),
           SP(14), HR(0.6),
           P("<b>Certificate of Service</b>", "Sans", 9.5, "C"),
           P("I hereby certify that the Warrant for Arrest of Alien was served by me at ________________ "
             "(Location) on ____________________ (Name of Alien) on ____________ (Date of Service), and the "
             "contents of this notice were read to him or her in the __________ (Language) language.", "Sans", 9, "J"),
           SP(10),
           T([["______________________________\nName and Signature of Officer",
               "______________________________\nName or Number of Interpreter (if applicable)"]], [3.4, 3.4],
             grid=False, size=8.5)]
    return build_pdf(fl, footer="Form I-200 (Rev. 09/16)", margins=(0.85, 0.85, 0.7, 0.8))


@doc
def bc02():
    att = i200_pdf("A215908337", "01/27/2025", "NGUYEN, Thanh Van", "Derek M. Olsen",
                   "Supervisory Detention and Deportation Officer", "ERO Salt Lake City Field Office",
                   [False, False, False, True, True])
    m = mk_email('"Reyes, Marisol" <marisol.reyes@ice.dhs.gov>', "UI-LERequests@state.co.us",
                 "Records request - NGUYEN, Thanh Van - A215908337 (I-200 attached)",
                 dt.datetime(2025, 2, 3, 14, 21, 7, tzinfo=tz(-7)), "<SA1PR09MB7734.2F61@ice.dhs.gov>")
    body = """Good afternoon,

ERO Grand Junction is attempting to locate the below-listed subject, who is the
subject of the attached Warrant for Arrest of Alien (Form I-200).

Could your office please provide:
  - the most recent employer(s) of record and employer addresses
  - quarterly wage data for the last four (4) reported quarters
  - any residential or mailing address on file (UI claims or employer reports)

Subject:   NGUYEN, Thanh Van
DOB:       04 MAR 1986
A#:        A215 908 337
COB:       Vietnam

This request is made under the authority of 8 U.S.C. 1357(a). Please reply to
this email or call my desk line with any questions. Thank you in advance for
your help.

v/r

Marisol Reyes
Supervisory Detention and Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations
Salt Lake City Field Office - Grand Junction Sub-Office
Desk: 970-555-0117
marisol.reyes@ice.dhs.gov

WARNING: This message and any attachments are FOR OFFICIAL USE ONLY (FOUO). They
may contain information that is sensitive but unclassified. If you are not the
intended recipient, please notify the sender and delete this message.
"""
    m.set_content(body)
    m.add_attachment(att, maintype="application", subtype="pdf", filename="I-200_NGUYEN_A215908337.pdf")
    write("bc02.eml", m.as_bytes())
    label("bc02", "eml", "ERO SDDO email to labor dept asking employer/wages, signed I-200 attached as PDF",
          ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Salt Lake City Field Office - Grand Junction Sub-Office",
           "Marisol Reyes", "Supervisory Detention and Deportation Officer", "marisol.reyes@ice.dhs.gov", "970-555-0117"],
          [S("Thanh Van Nguyen", "1986-03-04", ("a_number", "A215908337"))],
          ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200",
          "civil_immigration", ["employment", "wages", "address"], "email")


@doc
def bc03():
    cover = [P("FAX TRANSMITTAL", "SansB", 20, "L", after=2),
             P("U.S. Immigration and Customs Enforcement \u2014 ERO Denver \u2014 Criminal Apprehension Program (CAP)", "Sans", 9),
             HR(2),
             T([["DATE:", "02/20/2025", "PAGES (incl. cover):", "3"],
                ["TO:", "CDOC Time & Release Operations", "FAX:", "(719) 555-0104"],
                ["ATTN:", "Detainer Desk / Offender Records", "PHONE:", "(719) 555-0103"],
                ["FROM:", "IEA Tom\u00e1s Villalobos", "FAX:", "(303) 555-0189"],
                ["EMAIL:", "tomas.villalobos@ice.dhs.gov", "PHONE:", "(303) 555-0188"],
                ["RE:", "Immigration Detainer \u2014 FARAH, Abdiweli Hassan \u2014 CDOC #176554", "", ""]],
               [0.8, 3.0, 1.4, 1.6], grid=False, size=10, bold_first_col=True),
             HR(1), SP(6),
             P("Please find attached an Immigration Detainer \u2013 Notice of Action (DHS Form I-247A) for the inmate "
               "identified above, currently housed at Sterling Correctional Facility.", "Sans", 10.5),
             P("Please lodge the detainer, acknowledge receipt by signing and returning page 3, and advise ERO of the "
               "inmate's projected release / mandatory release / parole eligibility date. Please also fax a copy of "
               "the most recent DOC photograph and the mittimus(es) for the current commitment.", "Sans", 10.5),
             P("Thank you for your cooperation.", "Sans", 10.5), SP(20),
             P("CONFIDENTIALITY NOTICE: The documents accompanying this facsimile transmission contain information "
               "belonging to the U.S. Department of Homeland Security which is law enforcement sensitive. If you "
               "have received this fax in error, please notify the sender immediately by telephone.", "Sans", 8, "J"),
             PageBreak()]
    form = [T([["DEPARTMENT OF HOMELAND SECURITY\nIMMIGRATION DETAINER \u2013 NOTICE OF ACTION",
                "Subject ID: 348812007\nEvent #: DEN2502000417\nFile No: A201 774 096\nDate: February 20, 2025"]],
              [4.4, 2.4], grid=False, font="SansB", size=10),
            HR(1),
            T([["TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)\n"
                "Colorado Department of Corrections\nSterling Correctional Facility, 12101 Hwy 61, Sterling, CO 80751",
                "FROM: (Department of Homeland Security Office Address)\nICE ERO Denver Field Office\n"
                "12445 E. Caley Ave., Centennial, CO 80111"]], [3.4, 3.4], size=8.5),
            T([["Name of Alien: FARAH, Abdiweli Hassan", "Date of Birth: 11/02/1983", "Citizenship: Somalia", "Sex: M"]],
              [3.0, 1.5, 1.5, 0.8], size=8.5),
            SP(4),
            P("<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
              "DETERMINATION IS BASED ON (complete box 1 or 2).</b>", "Sans", 8.5, "J")]
    for on, t in [(False, "A final order of removal against the alien;"),
                  (True, "The pendency of ongoing removal proceedings against the alien;"),
                  (False, "Biometric confirmation of the alien's identity and a records check of federal databases "
                          "that affirmatively indicate, by themselves or in addition to other reliable information, "
                          "that the alien either lacks immigration status or notwithstanding such status is removable "
                          "under U.S. immigration law; and/or"),
                  (False, "Statements made by the alien to an immigration officer and/or other reliable evidence that "
                          "affirmatively indicate the alien either lacks immigration status or notwithstanding such "
                          "status is removable under U.S. immigration law.")]:
        form.append(T([[CB(on), t]], [0.3, 6.5], grid=False, size=8.5, pad=1))
    form += [SP(3),
             P("<b>2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION</b> (complete box 1 "
               "or 2). " + CB(False) + " Upon completion of the proceeding or investigation for which the alien was "
               "transferred to your custody, DHS intends to resume custody of the alien to complete processing "
               "and/or make an admissibility determination.", "Sans", 8.5, "J"),
             P("<b>IT IS THEREFORE REQUESTED THAT YOU:</b>", "Sans", 8.5),
             P(CB(True) + " Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is "
               "released from your custody. Please notify DHS by calling " + CB(True) + " U.S. Immigration and Customs "
               "Enforcement (ICE) at (303) 555-0188.\n" + CB(True) + " Maintain custody of the alien for a period NOT "
               "TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody "
               "to allow DHS to assume custody. The alien must be served with a copy of this form for the detainer "
               "to take effect. This detainer arises from DHS authorities and should not impact decisions about "
               "the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, "
               "quarter assignments, or other matters.\n" + CB(True) + " Relay this detainer to any other law "
               "enforcement agency to which you transfer custody of the alien.\n" + CB(False) + " Notify this office "
               "in the event of the alien's death, hospitalization or transfer to another institution.", "Sans", 8.5, "J"),
             P("This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and "
               "8 C.F.R. \u00a7\u00a7 236.1 and 287.7.", "Sans", 8.5, "J"),
             SP(8),
             T([["Villalobos, Tom\u00e1s \u2014 Immigration Enforcement Agent\n(Name and title of Immigration Officer)",
                 "<i>T. Villalobos</i>\n(Signature of Immigration Officer)"]], [3.6, 3.2], grid=False, size=8.5),
             SP(6),
             P("Notice: If the alien may be the victim of a crime or you want the alien to remain in the United "
               "States for a law enforcement purpose, notify the ICE Law Enforcement Support Center at (802) 555-0150.",
               "Sans", 7.5, "J"),
             HR(0.8),
             P("<b>TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN WITHIN THIS FACILITY:</b>\n"
               "Date of latest criminal charge/conviction: 06/17/2022 &nbsp; Last offense charged/conviction: "
               "Second degree assault\nEstimated release date: ____________ &nbsp;&nbsp; CDOC Offender # 176554",
               "Sans", 8),
             P("This form was served upon the alien on ____________, in the following manner: " + CB(False) +
               " in person " + CB(False) + " by inmate mail delivery " + CB(False) + " other (please specify): ______",
               "Sans", 8),
             PageBreak(),
             P("<b>ACKNOWLEDGMENT OF RECEIPT \u2014 RETURN TO ICE ERO DENVER BY FAX (303) 555-0189</b>", "Sans", 10),
             SP(6),
             P("Subject: FARAH, Abdiweli Hassan &nbsp;&nbsp; A201 774 096 &nbsp;&nbsp; CDOC #176554", "Sans", 10),
             P("Detainer lodged by: ____________________________ &nbsp; Date/Time: ________________", "Sans", 10),
             P("Projected release date: ________________ &nbsp; Parole eligibility date: ________________", "Sans", 10),
             P("Photo/mittimus faxed: " + CB(False) + " Yes " + CB(False) + " No", "Sans", 10)]
    pdf = build_pdf(cover + form, footer="DHS Form I-247A (3/17)", margins=(0.7, 0.7, 0.6, 0.7))
    imgs = pdf_to_images(pdf, 200)
    pages = fax_pages(imgs, "FEB-20-2025 14:32   FROM: ICE ERO DENVER 3035550189   TO: 17195550104   P.{p:03d}/{n:03d}",
                      [0.0, 0.4, -0.3])
    save_fax(os.path.join(OUT, "bc03.tif"), pages)
    label("bc03", "fax", "ERO fax cover + I-247A detainer to corrections, asks release date, photo, mittimus",
          ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement \u2014 ERO Denver \u2014 Criminal Apprehension Program (CAP)",
           "Tom\u00e1s Villalobos", "Immigration Enforcement Agent", "tomas.villalobos@ice.dhs.gov", "(303) 555-0188"],
          [S("Abdiweli Hassan Farah", "1983-11-02", ("a_number", "A201774096"), ("other", "176554"))],
          ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration",
          ["photo", "criminal_history", "other"], "fax")


@doc
def bc04():
    fl = letterhead(["U.S. Department of Homeland Security", "U.S. Immigration and Customs Enforcement",
                     "Enforcement and Removal Operations", "Denver Field Office \u2013 Fugitive Operations, Aurora",
                     "3130 N. Oakland St., Aurora, CO 80010"], font="SansB")
    fl += [SP(4), P("December 16, 2024"), SP(2),
           P("Colorado Department of Human Services\nOffice of Economic Security \u2013 Records Custodian\n"
             "1575 Sherman Street\nDenver, Colorado 80203"), SP(4),
           P("Subject: Request for address information \u2014 G\u00d3MEZ IB\u00c1\u00d1EZ, Rosa Elena, "
             "A089 412 553, DOB 1979-08-23"), SP(2),
           P("Dear Records Custodian:"),
           P("The above-named individual is subject to a final order of removal, and a Warrant of "
             "Removal/Deportation (Form I-205) has been issued for her removal from the United States pursuant to "
             "8 U.S.C. \u00a7 1231(a). A copy of the warrant is enclosed.", align="J"),
           P("ICE has been unable to locate Ms. G\u00f3mez Ib\u00e1\u00f1ez at her last known address. We respectfully "
             "request that your office provide the current residential and mailing address and any telephone "
             "number on file for her in any public-assistance case (SNAP, Medicaid/Health First Colorado, or "
             "Colorado Works).", align="J"),
           P("Please provide the information in writing to the undersigned at the address above, by e-mail, or "
             "by telephone. Thank you for your prompt attention to this matter.", align="J"),
           P("Sincerely,")]
    fl += sig(["<i>Daniel P. Kowalczyk</i>", "Daniel P. Kowalczyk",
               "Supervisory Detention and Deportation Officer", "Fugitive Operations Team \u2013 Aurora",
               "(720) 555-0131 \u2022 daniel.kowalczyk@ice.dhs.gov"], before=10)
    fl += [SP(8), P("Enclosure: Form I-205", size=9), P("cc: File A089 412 553", size=9), PageBreak()]
    # I-205
    fl += [T([["U.S. Department of Homeland Security", "Warrant of Removal/Deportation"]], [3.4, 3.4],
             grid=False, font="SansB", size=11),
           SP(4), T([["", "File No: A089 412 553"], ["", "Date: December 3, 2024"]], [4.3, 2.5], grid=False, size=9.5, pad=1),
           SP(6),
           P("To any immigration officer of the United States Department of Homeland Security:", "Sans", 9.5),
           P("<b>Rosa Elena G\u00d3MEZ IB\u00c1\u00d1EZ</b>\n(Full name of alien)", "Sans", 9.5, "C"),
           P("who entered the United States at <u>near Nogales, Arizona</u> (Place of entry) on <u>on or about "
             "05/2006</u> (Date of entry) is subject to removal/deportation from the United States, based upon a "
             "final order by:", "Sans", 9.5, "J")]
    for on, t in [(True, "an immigration judge in exclusion, deportation, or removal proceedings"),
                  (False, "a designated official"), (False, "the Board of Immigration Appeals"),
                  (False, "a United States District or Magistrate Court Judge")]:
        fl.append(T([[CB(on), t]], [0.3, 6.0], grid=False, size=9.5, pad=1))
    fl += [P("and pursuant to the following provisions of the Immigration and Nationality Act:", "Sans", 9.5),
           P("section 212(a)(6)(A)(i)", "Sans", 9.5, "C"),
           P("I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
             "Secretary of Homeland Security under the laws of the United States and by his or her direction, "
             "command you to take into custody and remove from the United States the above-named alien, pursuant "
             "to law, at the expense of: the Department of Homeland Security.", "Sans", 9.5, "J"), SP(10),
           T([["", "<i>J. C. Medina</i>\n(Signature of immigration officer)\n\nAssistant Field Office Director\n"
                   "(Title of immigration officer)\n\nDenver, Colorado\n(Date and office location)"]], [3.4, 3.4],
             grid=False, size=9),
           SP(10),
           T([["Photograph of alien removed", "Right index fingerprint of alien removed"],
              ["\n\n\n\n\n", ""], ["Signature of alien being fingerprinted: _____________",
                                   "Signature and title of immigration officer taking prints: _________"]],
             [3.4, 3.4], size=8),
           SP(4), P("Departure witnessed by: _______________ &nbsp; Departure date: ________ &nbsp; Port of departure: "
                    "________ &nbsp; Manner of departure: ________", "Sans", 8),
           SP(6), P("Form I-205 (Rev. 08/01/07)", "Sans", 7.5)]
    pdf = build_pdf(fl, footer="", margins=(0.9, 0.9, 0.7, 0.8))
    # footer for I-205 page: stamp via second build is overkill -> add form number as last line
    imgs = pdf_to_images(pdf, 200)
    pages = [degrade_scan(imgs[0], 0.8), degrade_scan(imgs[1], -1.4, bg=225)]
    save_scanned_pdf(os.path.join(OUT, "bc04.pdf"), pages)
    label("bc04", "scanned", "ERO fugitive-ops letter to human services enclosing I-205 warrant of removal (scan)",
          ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office \u2013 Fugitive Operations, Aurora",
           "Daniel Kowalczyk", "Supervisory Detention and Deportation Officer", "daniel.kowalczyk@ice.dhs.gov", "(720) 555-0131"],
          [S("Rosa Elena G\u00f3mez Ib\u00e1\u00f1ez", "1979-08-23", ("a_number", "A089412553"))],
          ["8 USC 1231", "INA 212"], "administrative_warrant", "I-205", "civil_immigration",
          ["address", "phone"], "mail")


@doc
def bc05():
    m = mk_email("Erik Lindqvist <erik.lindqvist@ice.dhs.gov>", "DMV_LE_Requests@state.co.us",
                 "Photo/Address request - 8 USC 1326 case - SALAZAR ORTEGA, Hector",
                 dt.datetime(2025, 3, 4, 8, 47, 33, tzinfo=tz(-7)), "<CY8PR09MB9921.4A01@ice.dhs.gov>")
    m.set_content("""Hi DMV Records team,

I am a Deportation Officer assigned to ERO Denver's Criminal Prosecutions Unit.
We are presenting a criminal case to the U.S. Attorney's Office for the
District of Colorado against the subject below for Reentry of Removed Aliens,
Title 8, United States Code, Section 1326(a) and (b)(2). The subject was
previously removed through El Paso, Texas on 2019-06-14 and was encountered
last month in Adams County after an arrest by local police.

To complete the identity portion of the case I need:
  1. A copy of the subject's most recent DL photo
  2. The DL application / signature card (all issuances)
  3. Address history

SUBJECT:  SALAZAR ORTEGA, Héctor Manuel
DOB:      1988-01-30
CO DL:    15-883-0924  (may be issued as "Hector Salazar")
FBI#:     772451KD9

Disclosure to a federal agency carrying out its functions is permitted under
18 U.S.C. 2721(b)(1). Please don't hesitate to call me with any questions.

Thanks,

Erik Lindqvist
Deportation Officer | Criminal Prosecutions Unit
ICE Enforcement and Removal Operations, Denver Field Office
Desk 303-555-0176
erik.lindqvist@ice.dhs.gov

This communication, along with any attachments, is covered by federal and
state law governing electronic communications and may contain confidential
and legally privileged information.
""")
    write("bc05.eml", m.as_bytes())
    label("bc05", "eml", "ERO criminal-prosecutions officer email citing 8 USC 1326 (criminal purpose), DMV photo",
          ["dhs-ice-ero", "ICE Enforcement and Removal Operations, Denver Field Office", "Erik Lindqvist",
           "Deportation Officer", "erik.lindqvist@ice.dhs.gov", "303-555-0176"],
          [S("H\u00e9ctor Manuel Salazar Ortega", "1988-01-30", ("license", "158830924"), ("other", "772451KD9"))],
          ["8 USC 1326", "18 USC 2721"], "none", None, "criminal_investigation", ["photo", "license", "address"], "email")


@doc
def bc06():
    fl = [T([["<b>HOMELAND SECURITY INVESTIGATIONS</b>\nOffice of the Special Agent in Charge \u2013 Denver\n"
              "Worksite Enforcement Group", "U.S. Department of Homeland Security\n5445 DTC Parkway, Suite 600\n"
              "Greenwood Village, CO 80111"]], [3.6, 3.2], grid=False, font="Sans", size=9),
          HR(2, colors.HexColor("#1b365d")),
          P("2025-03-06", "Sans", 10), SP(4),
          P("Colorado Department of Labor and Employment\nDivision of Unemployment Insurance\n"
            "Attn: Employer Services / Records\n633 17th Street, Suite 201\nDenver, CO 80202", "Sans", 10), SP(4),
          P("<b>Re: Front Range Poultry Processing, LLC \u2014 Form I-9 administrative inspection; "
            "request for wage and address records</b>", "Sans", 10),
          P("Dear Sir or Madam:", "Sans", 10),
          P("On February 19, 2025, Homeland Security Investigations (HSI) completed a Form I-9 administrative "
            "inspection of the above employer under 8 C.F.R. \u00a7 274a.2(b)(2)(ii). During the inspection HSI "
            "identified the employees listed below, who appear to be removable aliens under section 237(a)(1) of "
            "the Immigration and Nationality Act. The employer's human resources manager, Patricia Whitfield, "
            "has cooperated with the inspection.", "Sans", 10, "J"),
          P("To determine each individual's removability and to serve charging documents, HSI requests the "
            "following records for the period January 1, 2023 to the present:", "Sans", 10, "J"),
          P("\u2022 names and addresses of all employers reporting wages, by quarter;\n"
            "\u2022 quarterly wages reported;\n\u2022 the last known residential and mailing address.", "Sans", 10, indent=14),
          T([["#", "Name", "Date of Birth", "Identifier"],
             ["1", "TRAN, Minh Duc", "05/12/1990", "SSN ending 3318"],
             ["2", "de la Cruz Villanueva, Jos\u00e9 Luis", "12/01/1985", "A-Number A206 339 871"],
             ["3", "KUZNETSOVA, Olena", "1993-09-27", "SSN ending 7702"]],
            [0.3, 2.8, 1.2, 2.2], size=9, extra=[("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ea"))]),
          SP(6),
          P("This is an administrative matter. HSI makes this request under 8 U.S.C. \u00a7 1357(b) and "
            "8 C.F.R. \u00a7 287.5(a). Please send responsive records to the undersigned by e-mail.", "Sans", 10, "J"),
          P("Thank you for your assistance.", "Sans", 10)]
    fl += sig(["<i>Nicole Haverford</i>", "Nicole Haverford", "Special Agent, HSI Denver \u2013 Worksite Enforcement",
               "Office: 303-555-0124", "nicole.haverford@hsi.dhs.gov"], before=12, font="Sans", size=10)
    pdf = build_pdf(fl, footer="HSI Denver \u2022 Law Enforcement Sensitive", pagenum="Page %d")
    write("bc06.pdf", pdf)
    label("bc06", "born_digital", "HSI worksite-enforcement letter (civil, removability) to labor dept, 3 workers",
          ["dhs-ice-hsi", "Homeland Security Investigations, Office of the Special Agent in Charge \u2013 Denver",
           "Nicole Haverford", "Special Agent", "nicole.haverford@hsi.dhs.gov", "303-555-0124"],
          [S("Minh Duc Tran", "1990-05-12", ("ssn_last4", "3318")),
           S("Jos\u00e9 Luis de la Cruz Villanueva", "1985-12-01", ("a_number", "A206339871")),
           S("Olena Kuznetsova", "1993-09-27", ("ssn_last4", "7702"))],
          ["8 CFR 274a.2", "INA 237", "8 USC 1357", "8 CFR 287.5"], "none", None, "civil_immigration",
          ["employment", "wages", "address"], "mail")


def ao93_pdf():
    fl = [P("AO 93 (Rev. 11/13) Search and Seizure Warrant", "Sans", 7.5), SP(4),
          P("UNITED STATES DISTRICT COURT", "SerifB", 13, "C", after=0),
          P("for the", "Serif", 9, "C", after=0), P("<u>District of Colorado</u>", "Serif", 11, "C"), SP(4),
          T([["In the Matter of the Search of\n<i>(Briefly describe the property to be searched or identify the person by "
              "name and address)</i>\nRECORDS MAINTAINED BY THE COLORADO DEPARTMENT OF REVENUE, DIVISION OF MOTOR "
              "VEHICLES, RELATING TO THE PERSONS IDENTIFIED IN ATTACHMENT A",
              "\n\nCase No. 25-sw-00412-KLM"]], [4.2, 2.6], grid=False, font="Serif", size=9.5),
          SP(6), P("SEARCH AND SEIZURE WARRANT", "SerifB", 12, "C"),
          P("To: Any authorized law enforcement officer", "Serif", 10),
          P("An application by a federal law enforcement officer or an attorney for the government requests the "
            "search of the following person or property located in the District of Colorado "
            "<i>(identify the person or describe the property to be searched and give its location)</i>: "
            "See Attachment A, incorporated herein.", "Serif", 10, "J"),
          P("I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize "
            "the person or property described above, and that such search will reveal <i>(identify the person or "
            "describe the property to be seized)</i>: See Attachment B, incorporated herein.", "Serif", 10, "J"),
          P("YOU ARE COMMANDED to execute this warrant on or before <u>March 20, 2025</u> <i>(not to exceed 14 days)</i>\n"
            + CB(True) + " in the daytime 6:00 a.m. to 10:00 p.m. &nbsp;&nbsp; " + CB(False) +
            " at any time in the day or night because good cause has been established.", "Serif", 10),
          P("Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
            "property taken to the person from whom, or from whose premises, the property was taken, or leave the "
            "copy and receipt at the place where the property was taken.", "Serif", 10, "J"),
          P("The officer executing this warrant, or an officer present during the execution of the warrant, must "
            "prepare an inventory as required by law and promptly return this warrant and inventory to "
            "<u>United States Magistrate Judge Kathleen L. Moreau</u>.", "Serif", 10, "J"),
          P(CB(False) + " Pursuant to 18 U.S.C. \u00a7 3103a(b), I find that immediate notification may have an "
            "adverse result listed in 18 U.S.C. \u00a7 2705 (except for delay of trial), and authorize the officer "
            "executing this warrant to delay notice to the person who, or whose property, will be searched or "
            "seized <i>(check the appropriate box)</i> " + CB(False) + " for ___ days <i>(not to exceed 30)</i> "
            + CB(False) + " until, the facts justifying, the later specific date of ________.", "Serif", 9.5, "J"),
          SP(8),
          T([["Date and time issued: <u>03/06/2025 10:42 am</u>", "<i>Kathleen L. Moreau</i>\n<i>Judge's signature</i>"],
             ["City and state: <u>Denver, Colorado</u>", "Kathleen L. Moreau, U.S. Magistrate Judge\n<i>Printed name and title</i>"]],
            [3.4, 3.4], grid=False, font="Serif", size=9.5),
          PageBreak(),
          P("ATTACHMENT A \u2014 Property to Be Searched", "SerifB", 11, "C"),
          P("Records maintained by the Colorado Department of Revenue, Division of Motor Vehicles, 1881 Pierce "
            "Street, Lakewood, Colorado, relating to the following persons:", "Serif", 10, "J"),
          P("1. P\u00c9REZ-GALINDO, Luz Marina, date of birth 02/14/1977, Colorado ID card no. 21-087-3365;\n"
            "2. Abdullahi Yusuf WARSAME, date of birth 1995-06-30, Colorado driver license no. 22-310-0471.",
            "Serif", 10, indent=14),
          SP(8), P("ATTACHMENT B \u2014 Particular Things to Be Seized", "SerifB", 11, "C"),
          P("Records that constitute evidence of violations of 18 U.S.C. \u00a7 1028 (fraud in connection with "
            "identification documents) and 18 U.S.C. \u00a7 1546 (fraud and misuse of visas, permits, and other "
            "documents), for the period January 1, 2021 to the present, namely:", "Serif", 10, "J"),
          P("a. all applications for a driver license, instruction permit or identification card, including "
            "applications for limited-term and non-REAL ID credentials;\nb. copies or images of all identity, lawful presence and "
            "residency documents submitted with each application;\nc. all photographs and signature images;\n"
            "d. all residential and mailing addresses on record.", "Serif", 10, indent=14)]
    return build_pdf(fl, pagenum="Page %d of 2", margins=(0.9, 0.9, 0.6, 0.7))


@doc
def bc07():
    m = mk_email('"Ibarra, Mateo (HSI)" <mateo.ibarra@hsi.dhs.gov>', "dmv.investigations@state.co.us",
                 "Search warrant service - CDOR DMV - HSI case DV02BR25DV0011",
                 dt.datetime(2025, 3, 6, 15, 3, 12, tzinfo=tz(-7)), "<BN0PR09MB5510.77C2@hsi.dhs.gov>",
                 cc="Theresa.Lund@state.co.us")
    txt = """Good afternoon,

Attached is a federal search and seizure warrant (AO 93), signed today by a
U.S. Magistrate Judge for the District of Colorado, for records held by the
Division of Motor Vehicles relating to the two individuals listed in
Attachment A.

The investigation concerns a fraudulent document vendor operating in Adams
County (violations of 18 U.S.C. 1028 and 1546). Please produce the items in
Attachment B: all DL/ID applications, the identity and lawful-presence
documents submitted with them (passports, consular IDs, birth certificates),
photographs, and addresses on record.

Electronic production to this address is fine. Please do not notify the
account holders.

Respectfully,

Mateo Ibarra
Special Agent
Homeland Security Investigations - Denver
Document and Benefit Fraud Task Force
Office: 720-555-0149
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")) + "</body></html>"
    m.set_content(txt)
    m.add_alternative(html, subtype="html")
    m.add_attachment(ao93_pdf(), maintype="application", subtype="pdf", filename="25-sw-00412-KLM_signed.pdf")
    write("bc07.eml", m.as_bytes())
    label("bc07", "eml", "HSI agent email (criminal doc fraud) with AO 93 search warrant PDF attached",
          ["dhs-ice-hsi", "Homeland Security Investigations - Denver", "Mateo Ibarra", "Special Agent",
           "mateo.ibarra@hsi.dhs.gov", "720-555-0149"],
          [S("Luz Marina P\u00e9rez-Galindo", "1977-02-14", ("license", "210873365")),
           S("Abdullahi Yusuf Warsame", "1995-06-30", ("license", "223100471"))],
          ["18 USC 1028", "18 USC 1546", "18 USC 3103a", "18 USC 2705"], "judicial_warrant", "AO 93",
          "criminal_investigation", ["license", "identity_documents", "photo", "address"], "email")


@doc
def bc08():
    fl = letterhead(["U.S. Immigration and Customs Enforcement", "Office of the Principal Legal Advisor",
                     "Office of the Chief Counsel \u2013 Denver", "12445 E. Caley Avenue, Centennial, CO 80111"])
    fl += [SP(4), P("18 March 2025"), SP(2),
           P("Colorado Department of Corrections\nOffice of Offender Records \u2013 Custodian of Records\n"
             "2862 South Circle Drive\nColorado Springs, CO 80906"), SP(4),
           T([["Re:", "In the Matter of: MUSTAFA, Hodan Ali\nIn Removal Proceedings\nA-Number: A 220-118-406\n"
                      "CDOC Inmate No.: 189440\nDate of Birth: February 5, 1997\nNext hearing: April 22, 2025 "
                      "(Aurora Immigration Court, Immigration Judge Harold Winslow)"]],
             [0.5, 5.8], grid=False, font="SerifB", size=10.5),
           SP(4), P("Dear Custodian of Records:"),
           P("This office represents the Department of Homeland Security in removal proceedings before the "
             "Executive Office for Immigration Review. To establish the respondent's removability under section "
             "237(a)(2)(A)(iii) of the Immigration and Nationality Act, we respectfully request certified copies "
             "of the following records for the respondent named above:", align="J"),
           P("(a) the mittimus and judgment(s) of conviction for each current commitment;\n"
             "(b) the time computation / sentence summary; and\n"
             "(c) the record of any institutional (COPD) disciplinary convictions.", indent=18),
           P("Certified copies of these records are admissible in removal proceedings under 8 C.F.R. "
             "\u00a7 1003.41. Because the hearing is scheduled for April 22, 2025, we would be grateful to receive "
             "the records by April 11.", align="J"),
           P("Should you have any questions, please contact me directly.", align="J"),
           P("Sincerely,")]
    fl += sig(["<i>Megan O'Rourke-Salas</i>", "Megan O'Rourke-Salas", "Assistant Chief Counsel",
               "Phone: 303-555-0153", "Email: megan.orourke-salas@ice.dhs.gov"], before=12)
    fl += [SP(10), P("cc: Record of Proceedings, A 220-118-406", size=9)]
    pdf = build_pdf(fl, footer="PRIVILEGED AND CONFIDENTIAL \u2013 ATTORNEY WORK PRODUCT \u2013 FOR OFFICIAL USE ONLY")
    write("bc08.pdf", pdf)
    label("bc08", "born_digital", "ICE OPLA (no ERO/HSI) counsel letter to corrections for conviction records for a removal hearing",
          ["dhs-ice", "U.S. Immigration and Customs Enforcement, Office of the Principal Legal Advisor, Office of the Chief Counsel \u2013 Denver",
           "Megan O'Rourke-Salas", "Assistant Chief Counsel", "megan.orourke-salas@ice.dhs.gov", "303-555-0153"],
          [S("Hodan Ali Mustafa", "1997-02-05", ("a_number", "A220118406"), ("other", "189440"))],
          ["INA 237", "8 CFR 1003.41"], "none", None, "civil_immigration", ["criminal_history"], "mail")


@doc
def bc09():
    txt = """==================================================================
 COLORADO DMV - LAW ENFORCEMENT RECORDS REQUEST PORTAL
 Automated submission notice - do not reply to this message
==================================================================
Submission ID ........ LE-2025-004187
Submitted ............ 2025-03-11 09:14:52 MST
Routed to ............ DMV Records Request Unit (queue: LE-FED)

--- REQUESTER -----------------------------------------------------
Requesting agency .... Immigration and Customs Enforcement
Agency ORI ........... 
Officer name ......... Brent Castellano
Badge / ID no. ....... 4471
Title / rank ......... Officer
Email ................ brent.castellano@ice.dhs.gov
Phone ................ (303) 555-0190

--- SUBJECT -------------------------------------------------------
Last name ............ PETROVIĆ
First name ........... Dragan
Middle ............... 
DOB (MM/DD/YYYY) ..... 06/22/1982
DL / ID number ....... 09-114-7730
Other identifiers .... A# 213447519

--- REQUEST -------------------------------------------------------
Records requested .... [x] Current address   [x] Photograph
                       [ ] Driving record     [ ] Vehicle registration
                       [ ] Title history      [ ] Other
Case / report no. .... 
Reason for request ... FOUO
Legal authority ...... 8 USC 1357
Court process? ....... [ ] Subpoena  [ ] Warrant  [ ] Court order  [x] None
Attachments .......... (none)

--- CERTIFICATION -------------------------------------------------
[x] I certify that this request is made for a permissible use under
    the federal Driver's Privacy Protection Act, 18 U.S.C. 2721(b), and
    I understand that requests made solely for the purpose of federal
    civil immigration enforcement will be denied (C.R.S. 24-74-103).
Electronic signature: Brent Castellano   2025-03-11
==================================================================
"""
    write("bc09.txt", txt.encode("utf-8"))
    label("bc09", "txt", "DMV web-portal submission from ICE officer, no component, FOUO + A-number, no crime",
          ["dhs-ice", "Immigration and Customs Enforcement", "Brent Castellano", "Officer",
           "brent.castellano@ice.dhs.gov", "(303) 555-0190"],
          [S("Dragan Petrovi\u0107", "1982-06-22", ("license", "091147730"), ("a_number", "A213447519"))],
          ["8 USC 1357", "18 USC 2721", "CRS 24-74-103"], "none", None, "civil_immigration", ["address", "photo"], "email")


@doc
def bc10():
    fl = [T([["DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection", "SUMMONS"]], [4.6, 2.2],
            grid=False, font="SansB", size=11), HR(1.5),
          T([["To: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles,\n"
              "Title and Registration Section, 1881 Pierce Street, Lakewood, CO 80214",
              "Summons No.\nDEN-OBE-25-0021"]], [5.0, 1.8], size=9),
          SP(6),
          P("<b>Greetings:</b> By the service of this summons upon you, YOU ARE HEREBY SUMMONED AND REQUIRED to "
            "appear before <u>Aleksandr Morozov, Supervisory CBP Officer, Outbound Enforcement Team, Port of Denver</u>, "
            "an officer of U.S. Customs and Border Protection, at <u>U.S. Customs and Border Protection, 8105 Pe\u00f1a "
            "Blvd., Denver, CO 80249</u> on <u>April 14, 2025</u> at <u>10:00 a.m.</u> to give testimony and to produce "
            "and deliver the records described below, relating to an investigation of possible violations of "
            "19 U.S.C. \u00a7 1627a and 18 U.S.C. \u00a7 553 (exportation of stolen motor vehicles).", "Sans", 9.5, "J"),
          P("<b>Records to be produced:</b> For each vehicle identification number (VIN) listed in the Attachment, "
            "and for the persons named below, all title and registration history, lienholder records, "
            "applications for title, and the name, residential address, date of birth and driver license number "
            "of every titled or registered owner since January 1, 2023.", "Sans", 9.5, "J"),
          T([["Name", "Date of birth", "Colorado DL"],
             ["HNATYUK, Vasyl", "October 9, 1984", "12-640-9918"],
             ["ALI, Sadia Mohamed", "1996-04-02", "20-517-3042"]], [2.8, 1.8, 2.0], size=9),
          SP(6),
          P("In lieu of personal appearance, you may comply with this summons by delivering certified copies of "
            "the records to the officer named above on or before the date of appearance.", "Sans", 9.5, "J"),
          P("Failure to comply with this summons will render you liable to proceedings in a United States "
            "District Court to enforce obedience to the requirements of this summons and to punish default or "
            "disobedience (19 U.S.C. \u00a7 1510).", "Sans", 9.5, "J"),
          P("Issued under authority of 19 U.S.C. \u00a7 1509.", "Sans", 9.5),
          SP(6),
          T([["Date issued: March 24, 2025", "<i>A. Morozov</i>\nSignature of issuing officer\n"
              "Aleksandr Morozov, Supervisory CBP Officer\nTel. (303) 555-0109 \u2022 aleksandr.morozov@cbp.dhs.gov"]],
            [3.0, 3.8], grid=False, size=9),
          SP(4), P("CBP Form 3115 (06/09)", "Sans", 7.5),
          PageBreak(),
          P("ATTACHMENT TO SUMMONS DEN-OBE-25-0021", "SansB", 10.5, "C"),
          T([["#", "VIN", "Year / Make / Model", "Last known titled owner"],
             ["1", "1FTFW1E85MFA20455", "2021 Ford F-150", "HNATYUK, Vasyl"],
             ["2", "5TDKZ3DC6LS037711", "2020 Toyota Sienna", "ALI, Sadia Mohamed"],
             ["3", "WA1LAAF79KD044318", "2019 Audi Q7", "unknown / dealer reassignment"],
             ["4", "1C4RJFBG3LC120987", "2020 Jeep Grand Cherokee", "HNATYUK, Vasyl"]],
            [0.3, 2.0, 2.0, 2.4], size=9),
          SP(14), P("CERTIFICATE OF SERVICE", "SansB", 10, "C"),
          P("I certify that I served the summons on the person named on the front of this form on: "
            "Date ____________ Time ________ by " + CB(False) + " personal delivery " + CB(False) +
            " certified mail " + CB(False) + " leaving it at the usual place of business.", "Sans", 9, "J"),
          P("Signature ___________________________ Title ___________________________", "Sans", 9)]
    pdf = build_pdf(fl, margins=(0.8, 0.8, 0.7, 0.7))
    imgs = pdf_to_images(pdf, 200)
    pages = [degrade_scan(imgs[0], -0.7, bg=236), degrade_scan(imgs[1], 1.6, bg=228, noise=11)]
    save_scanned_pdf(os.path.join(OUT, "bc10.pdf"), pages)
    label("bc10", "scanned", "CBP Form 3115 customs summons to DMV (stolen-vehicle export), district-court enforcement clause",
          ["dhs-cbp", "U.S. Customs and Border Protection", "Aleksandr Morozov", "Supervisory CBP Officer",
           "aleksandr.morozov@cbp.dhs.gov", "(303) 555-0109"],
          [S("Vasyl Hnatyuk", "1984-10-09", ("license", "126409918")),
           S("Sadia Mohamed Ali", "1996-04-02", ("license", "205173042"))],
          ["19 USC 1627a", "18 USC 553", "19 USC 1510", "19 USC 1509"], "administrative_subpoena", "CBP Form 3115",
          "criminal_investigation", ["vehicle", "address", "date_of_birth", "license"], "mail")


@doc
def bc11():
    inner = mk_email("Harjo, Cody <cody.harjo@cbp.dhs.gov>", "DMV.Investigations@state.co.us",
                     "Registered owner request - CO plate BXR-417 - smuggling event",
                     dt.datetime(2025, 3, 3, 7, 12, 0, tzinfo=tz(-7)), "<DM6PR09MB4477.1B0E@cbp.dhs.gov>")
    inner.set_content("""Good morning,

On 03/02/2025 agents at the Santa Teresa Station stopped a white 2016 Ford
Transit bearing Colorado plate BXR-417 near the Santa Teresa port of entry.
The driver fled on foot; nine undocumented passengers were recovered from the
cargo area. We are investigating the event as alien smuggling under
8 U.S.C. 1324(a)(1)(A)(ii). New Mexico State Police will also be charging
the driver with aggravated fleeing (NMSA 1978, Section 30-22-1.1).

I'm requesting:
 - registered owner information for BXR-417 and any other vehicles
   registered to the same owner
 - the owner's DL photo and license status
 - DL photo/address for the suspected driver, if you have one

Registered owner per NCIC: ZAPATA GUERRERO, Wilmer  DOB 04/18/1999
Suspected driver (ID'd by passengers): Kevin OCHOA-BENÍTEZ, DOB unknown,
approx. 25-30 yoa, possibly a Colorado resident.

Thank you,

BPA Cody Harjo
Border Patrol Agent - Intelligence Unit
U.S. Border Patrol, El Paso Sector - Santa Teresa Station
575-555-0138
cody.harjo@cbp.dhs.gov
""")
    outer = mk_email("Annette Trujillo <annette.trujillo@state.co.us>", "DMV_LE_Requests@state.co.us",
                     "FW: Registered owner request - CO plate BXR-417 - smuggling event",
                     dt.datetime(2025, 3, 3, 9, 40, 51, tzinfo=tz(-7)), "<20250303094051.5521@state.co.us>")
    outer.set_content("""Hi Records team,

Forwarding the request below from Border Patrol (attached) that came into the
Investigations mailbox over the weekend. Per our procedure I have not
responded; please log it and handle from here.

Thanks,
Annette

Annette Trujillo
Criminal Investigator II | Colorado DMV Investigations Unit
Colorado Department of Revenue
""")
    outer.add_attachment(inner)
    write("bc11.eml", outer.as_bytes())
    label("bc11", "eml", "state employee forwards (message/rfc822) a Border Patrol agent's smuggling request",
          ["dhs-cbp", "U.S. Border Patrol, El Paso Sector - Santa Teresa Station", "Cody Harjo",
           "Border Patrol Agent - Intelligence Unit", "cody.harjo@cbp.dhs.gov", "575-555-0138"],
          [S("Wilmer Zapata Guerrero", "1999-04-18"), S("Kevin Ochoa-Ben\u00edtez", None)],
          ["8 USC 1324", "NMSA 30-22-1.1"], "none", None, "criminal_investigation", ["vehicle", "photo", "license", "address"], "email")


@doc
def bc12():
    fl = [P("U.S. Department of Homeland Security", "Sans", 9, after=0),
          P("U.S. Citizenship and Immigration Services", "SansB", 14, after=0),
          P("Fraud Detection and National Security Directorate \u2022 Denver Field Office\n"
            "12484 E. Weaver Place, Centennial, CO 80111", "Sans", 9),
          HR(0.8), SP(4), P("April 2, 2025", "Serif", 10.5),
          P("Colorado Department of Labor and Employment\nUnemployment Insurance \u2013 Wage Records\n"
            "P.O. Box 8789\nDenver, CO 80201"),
          P("<b>SUBJECT: Request for Employment and Wage Verification</b>\n"
            "Receipt Nos.: IOE0912345678 (Form I-130); IOE0912345679 (Form I-485)"),
          P("USCIS is adjudicating the above petition and application. To verify the bona fides of the claimed "
            "marriage and the beneficiary's admissibility under section 212(a)(6)(C)(i) of the Immigration and "
            "Nationality Act, we request the quarterly wage records and employer names and addresses reported "
            "for each person below from the first quarter of 2022 to the present, together with the address "
            "reported on any unemployment insurance claim.", align="J"),
          T([["Petitioner:", "Jonathan Michael Haas", "DOB 12/09/1972", "SSN XXX-XX-5561"],
             ["Beneficiary:", "BUI, Lan Thi", "DOB 07/03/1994", "A219 660 045"]], [1.1, 2.3, 1.4, 1.7],
            grid=False, font="Serif", size=10),
          SP(4),
          P("USCIS may verify information submitted in support of a benefit request under 8 C.F.R. "
            "\u00a7 103.2(b). We understand that disclosure of unemployment compensation information is governed by "
            "20 C.F.R. Part 603; this request is made for the purpose of verifying eligibility for an immigration "
            "benefit.", align="J"),
          P("Please return the records to the undersigned by mail or encrypted e-mail. Thank you for your assistance."),
          P("Respectfully,")]
    fl += sig(["<i>Samantha Ruiz-Albright</i>", "Samantha Ruiz-Albright", "Immigration Officer, FDNS",
               "303-555-0196 | samantha.ruiz-albright@uscis.dhs.gov"], before=10)
    pdf = build_pdf(fl, footer="www.uscis.gov")
    write("bc12.pdf", pdf)
    label("bc12", "born_digital", "USCIS FDNS wage verification letter (marriage petition, admissibility), 2 subjects",
          ["dhs-uscis", "U.S. Citizenship and Immigration Services, Fraud Detection and National Security Directorate, Denver Field Office",
           "Samantha Ruiz-Albright", "Immigration Officer, FDNS", "samantha.ruiz-albright@uscis.dhs.gov", "303-555-0196"],
          [S("Jonathan Michael Haas", "1972-12-09", ("ssn_last4", "5561")),
           S("Lan Thi Bui", "1994-07-03", ("a_number", "A219660045"))],
          ["INA 212", "8 CFR 103.2", "20 CFR 603"], "none", None, "civil_immigration",
          ["wages", "employment", "address"], "mail")


@doc
def bc13():
    cover = [P("DHS OIG", "SansB", 26, after=0), P("OFFICE OF INSPECTOR GENERAL \u2022 Department of Homeland Security", "Sans", 9),
             P("Office of Investigations \u2013 Denver Resident Office", "Sans", 9), HR(2), SP(6),
             P("FACSIMILE", "SansB", 16, "C"),
             T([["To:", "Colorado DMV \u2013 Records Request Unit", "From:", "SA Yolanda Beaumont"],
                ["Fax:", "303-555-0100", "Fax:", "303-555-0128"],
                ["Phone:", "303-555-0101", "Phone:", "303-555-0127"],
                ["Date:", "Mar. 5, 2025", "Pages:", "2 (including cover)"]], [0.8, 2.7, 0.8, 2.5], size=10,
               bold_first_col=True),
             SP(10), P("Re: Request for vehicle records \u2014 OIG Case No. I25-ICE-DEN-04417", "SansB", 11), SP(6),
             P("Please see the attached letter. If you have any questions, please call me at the number above.", "Sans", 10.5),
             SP(200),
             P("WARNING: This facsimile contains information that is LAW ENFORCEMENT SENSITIVE and is intended only "
               "for the addressee. Unauthorized disclosure, copying or distribution is prohibited. If you received "
               "this transmission in error, notify the sender immediately at 303-555-0127 and destroy all copies.",
               "Sans", 8.5, "J"), PageBreak()]
    letter_ = letterhead(["OFFICE OF INSPECTOR GENERAL", "Department of Homeland Security",
                          "Office of Investigations", "Denver Resident Office \u2022 P.O. Box 25117, Denver, CO 80225"])
    letter_ += [SP(4), P("March 5, 2025"),
                P("Records Request Unit\nColorado Division of Motor Vehicles\n1881 Pierce St.\nLakewood, CO 80214"),
                P("<b>Re: OIG Case No. I25-ICE-DEN-04417</b>"),
                P("Dear Records Unit:"),
                P("The Department of Homeland Security Office of Inspector General (DHS OIG) is investigating "
                  "allegations that a DHS employee accepted payments from third parties in exchange for official "
                  "acts, in violation of 18 U.S.C. \u00a7 201(b). DHS OIG conducts this investigation under the "
                  "authority of section 406(a) of title 5, United States Code.", align="J"),
                P("In furtherance of the investigation, I request copies of all records of motor vehicles currently "
                  "or previously registered or titled, since January 1, 2022, to either of the following persons, "
                  "including title histories, lienholder information, and the addresses shown on each registration:",
                  align="J"),
                P("1. RAM\u00cdREZ, Carlos Andr\u00e9s \u2014 DOB 09/14/1980\n"
                  "2. ACOSTA DE RAM\u00cdREZ, Daniela \u2014 DOB 05/21/1982", indent=18),
                P("This request is made for use by a federal agency in carrying out its functions, as permitted by "
                  "18 U.S.C. \u00a7 2721(b)(1). Because this is an ongoing investigation, I ask that you not "
                  "disclose this request to the subjects.", align="J"),
                P("Sincerely,")]
    letter_ += sig(["<i>Yolanda Beaumont</i>", "Yolanda Beaumont", "Special Agent",
                    "DHS OIG, Office of Investigations", "yolanda.beaumont@oig.dhs.gov | 303-555-0127"], before=10)
    pdf = build_pdf(cover + letter_, margins=(0.9, 0.9, 0.7, 0.7))
    imgs = pdf_to_images(pdf, 200)
    pages = fax_pages(imgs, "03/05/2025 10:14  DHS OIG DENVER RO  3035550128  -> 3035550100   PAGE {p} OF {n}",
                      [0.0, -0.6])
    save_fax(os.path.join(OUT, "bc13.tif"), pages)
    label("bc13", "fax", "DHS OIG fax cover + letter (bribery investigation) for vehicle records of employee and spouse",
          ["dhs-oig", "Department of Homeland Security, Office of Inspector General, Office of Investigations \u2013 Denver Resident Office",
           "Yolanda Beaumont", "Special Agent", "yolanda.beaumont@oig.dhs.gov", "303-555-0127"],
          [S("Carlos Andr\u00e9s Ram\u00edrez", "1980-09-14"), S("Daniela Acosta de Ram\u00edrez", "1982-05-21")],
          ["18 USC 201", "5 USC 406", "18 USC 2721"], "none", None, "criminal_investigation", ["vehicle", "address"], "fax")


@doc
def bc14():
    fl = [T([["U.S. Department of Justice", ""], ["Federal Bureau of Investigation", ""]], [4, 2.8], grid=False,
            font="SerifB", size=12, pad=0),
          P("<i>Denver Field Office \u2013 Boulder Resident Agency</i>", "Serif", 10, after=0),
          P("<i>1961 Stout Street, Suite 1700, Denver, Colorado 80294</i>", "Serif", 9), HR(0.5),
          T([["<i>In Reply, Please Refer to</i>\n<i>File No.</i> 91A-DN-3457721", "January 31, 2025"]], [4.5, 2.3],
            grid=False, font="Serif", size=10),
          SP(6),
          P("Custodian of Records\nColorado Department of Revenue \u2013 Division of Motor Vehicles\n1881 Pierce Street\n"
            "Lakewood, Colorado 80214"),
          P("Dear Custodian:"),
          P("The Federal Bureau of Investigation (FBI) is investigating the January 28, 2025, armed robbery of the "
            "Alpine Mountain Credit Union branch at 1400 Main Street, Longmont, Colorado, a violation of Title 18, "
            "United States Code, Sections 2113(a) and (d). During the robbery a teller, Jessica Lindahl, was "
            "threatened with a handgun. A customer, Raymond Ochs, observed a getaway vehicle. Investigation has "
            "identified the following persons as possible suspects:", align="J"),
          T([["Name", "Date of Birth", "Colorado DL"],
             ["MORALES, Dante Alejandro", "11/23/1996", "unknown"],
             ["Jared Lee PRUITT", "04/07/1993", "19-552-0381"],
             ["Katar\u00edna \u0160IMKOV\u00c1", "15 January 2000", "unknown"]], [2.8, 1.6, 1.6], font="Serif", size=10),
          SP(6),
          P("The FBI requests (1) copies of the most recent driver license or identification card photograph for "
            "each person, (2) current license status and all addresses of record, and (3) all vehicles registered "
            "to each person. PRUITT is also the subject of a Laramie County, Wyoming, felony warrant for aggravated "
            "robbery, W.S. \u00a7 6-2-401(c). This request is made under 18 U.S.C. \u00a7 2721(b)(1).", align="J"),
          P("Due to the violent nature of the offense and the likelihood that the suspects remain armed, your "
            "prompt response is appreciated. Please contact Special Agent Thomas J. Greenberg at (303) 555-0112 or "
            "tjgreenberg@fbi.gov.", align="J"),
          P("Sincerely yours,"),
          P("Sarah E. Whitlock\nSpecial Agent in Charge", after=0),
          SP(16), P("By: <i>Thomas J. Greenberg</i>", after=0),
          P("Thomas J. Greenberg\nSpecial Agent"),
          SP(8), P("cc: AUSA Rebecca Thornton, District of Colorado", size=9)]
    pdf = build_pdf(fl, footer="UNCLASSIFIED // LAW ENFORCEMENT SENSITIVE")
    write("bc14.pdf", pdf)
    label("bc14", "born_digital", "FBI letter (bank robbery) for photos/addresses/vehicles of 3 suspects; victim, witness, SAC, AUSA named",
          ["doj-fbi", "Federal Bureau of Investigation, Denver Field Office \u2013 Boulder Resident Agency",
           "Thomas Greenberg", "Special Agent", "tjgreenberg@fbi.gov", "(303) 555-0112"],
          [S("Dante Alejandro Morales", "1996-11-23"), S("Jared Lee Pruitt", "1993-04-07", ("license", "195520381")),
           S("Katar\u00edna \u0160imkov\u00e1", "2000-01-15")],
          ["18 USC 2113", "WS 6-2-401", "18 USC 2721"], "none", None, "criminal_investigation",
          ["photo", "license", "address", "vehicle"], "mail")


@doc
def bc15():
    p1 = [P("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", "Serif", 7.5), SP(6),
          P("UNITED STATES DISTRICT COURT", "SerifB", 13, "C", after=0),
          P("for the", "Serif", 9, "C", after=0), P("<u>District of Colorado</u>", "Serif", 11, "C"), SP(6),
          P("SUBPOENA TO TESTIFY BEFORE A GRAND JURY", "SerifB", 12, "C"), SP(4),
          P("To: Custodian of Records\nColorado Department of Labor and Employment, Unemployment Insurance Division\n"
            "633 17th Street, Suite 201, Denver, CO 80202"),
          P("YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown "
            "below to testify before the court's grand jury. When you arrive, you must remain at the court until "
            "the judge or a court officer allows you to leave.", align="J"),
          T([["Place: Alfred A. Arraj United States Courthouse\n901 19th Street, Grand Jury Room C-105\nDenver, CO 80294",
              "Date and Time:\n04/15/2025 9:00 am"]], [4.3, 2.4], font="Serif", size=10),
          SP(6),
          P("You must also bring with you the following documents, electronically stored information, or objects "
            "<i>(blank if not applicable)</i>: SEE ATTACHMENT A.", align="J"),
          SP(10),
          T([["Date: <u>03/25/2025</u>", "CLERK OF COURT\n\n<i>s/ H. N. Obuya</i>\nSignature of Clerk or Deputy Clerk\n"
              "Harriet N. Obuya, Deputy Clerk"]], [3.0, 3.7], grid=False, font="Serif", size=10),
          SP(10),
          P("The name, address, e-mail, and telephone number of the United States attorney, or assistant United "
            "States attorney, who requests this subpoena, are:", size=9.5, align="J"),
          P("Alicia M. Ferreira, Assistant United States Attorney\nU.S. Attorney's Office, District of Colorado\n"
            "1801 California Street, Suite 1600, Denver, CO 80202\nalicia.ferreira@usdoj.gov \u2022 (303) 555-0100",
            size=9.5), PageBreak()]
    p2 = [P("ATTACHMENT A", "SerifB", 12, "C"),
          P("Grand Jury No. 24-2 &nbsp;&nbsp;&nbsp; Subpoena No. 2025-0418", "Serif", 10, "C"), SP(6),
          P("For the period January 1, 2020 through the date of this subpoena, produce all records in your "
            "possession, custody or control relating to unemployment insurance claims filed in the name of, or "
            "using the identifiers of, the following persons:", align="J"),
          P("1. OKONKWO, Chinedu Emmanuel \u2014 SSN XXX-XX-6190 \u2014 DOB 07/07/1987\n"
            "2. ABDULAYEV, Ruslan \u2014 SSN XXX-XX-0835 \u2014 DOB 02/17/1991", indent=18),
          P("including but not limited to: (a) initial and continued claim applications; (b) all IP addresses, "
            "device identifiers and log-in records associated with each claim; (c) payment histories and the bank "
            "account and routing numbers or debit cards to which benefits were paid; (d) quarterly wage records "
            "and employer names; and (e) all mailing addresses, e-mail addresses and telephone numbers provided.",
            align="J"),
          P("In lieu of appearing, you may comply by producing certified copies of the records, with a completed "
            "certificate of authenticity, to Special Agent Gavin Tremblay, Federal Bureau of Investigation, "
            "(303) 555-0171, on or before the date of appearance.", align="J"),
          P("You are requested not to disclose the existence of this subpoena or the fact of your compliance, "
            "as disclosure could impede the investigation. Matters occurring before the grand jury are protected "
            "by Fed. R. Crim. P. 6(e).", align="J"),
          PageBreak(),
          P("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury (Page 2)", "Serif", 7.5), SP(6),
          P("PROOF OF SERVICE", "SerifB", 11, "C"),
          P("This subpoena for <i>(name of individual or organization)</i> ______________________________ was "
            "received by me on <i>(date)</i> ____________.", size=10),
          P(CB(False) + " I served the subpoena by delivering a copy to the named person as follows: "
            "______________________ on <i>(date)</i> ________; or\n" + CB(False) + " I returned the subpoena "
            "unexecuted because: ____________________________", size=10),
          P("I declare under penalty of perjury that this information is true.", size=10), SP(10),
          P("Date: __________ &nbsp;&nbsp;&nbsp; Server's signature ______________________\n"
            "Printed name and title ______________________\nServer's address ______________________", size=10)]
    pdf = build_pdf(p1 + p2, margins=(0.9, 0.9, 0.7, 0.8))
    imgs = pdf_to_images(pdf, 200)
    pages = [degrade_scan(imgs[0], 1.1, bg=238), degrade_scan(imgs[1], -0.6, rot=180, bg=230),
             degrade_scan(imgs[2], 0.5, bg=234, noise=12)]
    save_scanned_pdf(os.path.join(OUT, "bc15.pdf"), pages)
    label("bc15", "scanned", "AO 110 federal grand jury subpoena signed by deputy clerk, requested by AUSA; page 2 upside down",
          ["doj-usao", "U.S. Attorney's Office, District of Colorado", "Alicia Ferreira",
           "Assistant United States Attorney", "alicia.ferreira@usdoj.gov", "(303) 555-0100"],
          [S("Chinedu Emmanuel Okonkwo", "1987-07-07", ("ssn_last4", "6190")),
           S("Ruslan Abdulayev", "1991-02-17", ("ssn_last4", "0835"))],
          ["FRCrP 6"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
          ["claims", "benefits", "wages", "employment", "address", "email", "phone", "other"], "mail")


def dea_subpoena_pdf():
    fl = [T([["U.S. Department of Justice\nDrug Enforcement Administration", "SUBPOENA"]], [4.6, 2.2], grid=False,
            font="SerifB", size=12),
          HR(1.5),
          T([["TO:", "Custodian of Records\nColorado Division of Motor Vehicles\n1881 Pierce Street, Lakewood, CO 80214",
              "Subpoena No. CS-25-0097\nDEA File No. R3-25-0031"]], [0.6, 3.8, 2.4], grid=False, font="Serif", size=10),
          SP(6),
          P("In the matter of an investigation pursuant to Title 21, United States Code, Section 876, and the "
            "regulations thereunder (28 C.F.R. \u00a7 0.104, Appendix to Subpart R, Sec. 4):", align="J"),
          P("YOU ARE HEREBY REQUIRED to appear before <b>Special Agent Kenji Watanabe</b>, an officer of the Drug "
            "Enforcement Administration, at 1 South Cascade Avenue, Suite 400, Colorado Springs, CO 80903, on "
            "<u>April 4, 2025</u> at <u>9:00 a.m.</u>, and to bring with you and produce the following records, "
            "which are relevant and material to an investigation into possible violations of 21 U.S.C. \u00a7\u00a7 "
            "841 and 846:", align="J"),
          P("All driver license and identification card records, including photographs, addresses of record, and "
            "all vehicle registrations, for:", align="J"),
          P("(1) VALDEZ-ROMERO, Arturo (a.k.a. \u201cChato\u201d), DOB 05/29/1985, CO DL 11-402-7785\n"
            "(2) HUYNH, Bao Quoc, DOB 09/08/1990", indent=18),
          P("Personal appearance is not required if the requested records are delivered to the above-named agent "
            "on or before the return date. You are requested not to disclose the existence of this subpoena, as "
            "disclosure could impede the investigation.", align="J"),
          P("Failure to comply with this subpoena may result in the Attorney General invoking the aid of a United "
            "States District Court to compel compliance, and failure to obey an order of the court may be punished "
            "as contempt thereof (21 U.S.C. \u00a7 876(c)).", align="J"),
          SP(8),
          T([["Issued at Colorado Springs, Colorado\non March 21, 2025",
              "<i>Lorraine B. Castellanos</i>\nLorraine B. Castellanos\nGroup Supervisor\n(Title of authorized DEA official)"]],
            [3.3, 3.5], grid=False, font="Serif", size=10),
          SP(10), HR(0.5),
          P("RETURN OF SERVICE: Served by ____________________ on ___________ by " + CB(False) + " personal service "
            + CB(False) + " e-mail " + CB(False) + " certified mail", "Serif", 9)]
    return build_pdf(fl, margins=(0.9, 0.9, 0.7, 0.8))


@doc
def bc16():
    m = mk_email("Watanabe, Kenji <kenji.watanabe@dea.gov>", "dmv_records_le@state.co.us",
                 "DEA Administrative Subpoena CS-25-0097",
                 dt.datetime(2025, 3, 21, 11, 55, 2, tzinfo=tz(-6)), "<PH0PR09MB8841.33AA@dea.gov>")
    txt = """Good morning,

Please find attached DEA administrative subpoena CS-25-0097 for DMV records on
two individuals (VALDEZ-ROMERO, Arturo and HUYNH, Bao Quoc).

Responsive records (DL/ID photos, addresses and registrations) can be sent
back to me by email. Personal appearance is not required.

Thank you for your help.

Kenji Watanabe
Special Agent
Drug Enforcement Administration
Rocky Mountain Field Division - Colorado Springs Resident Office
(719) 555-0157
"""
    m.set_content(txt)
    m.add_alternative("<html><body><p>Good morning,</p><p>Please find attached DEA administrative subpoena "
                      "<b>CS-25-0097</b> for DMV records on two individuals (VALDEZ-ROMERO, Arturo and HUYNH, Bao Quoc).</p>"
                      "<p>Responsive records (DL/ID photos, addresses and registrations) can be sent back to me by email. "
                      "Personal appearance is not required.</p><p>Thank you for your help.</p>"
                      "<p>Kenji Watanabe<br>Special Agent<br>Drug Enforcement Administration<br>Rocky Mountain Field "
                      "Division - Colorado Springs Resident Office<br>(719) 555-0157</p></body></html>", subtype="html")
    m.add_attachment(dea_subpoena_pdf(), maintype="application", subtype="pdf", filename="CS-25-0097.pdf")
    write("bc16.eml", m.as_bytes())
    label("bc16", "eml", "DEA agent email with 21 USC 876 administrative subpoena PDF (district-court enforcement clause)",
          ["doj-dea", "Drug Enforcement Administration, Rocky Mountain Field Division - Colorado Springs Resident Office",
           "Kenji Watanabe", "Special Agent", "kenji.watanabe@dea.gov", "(719) 555-0157"],
          [S("Arturo Valdez-Romero", "1985-05-29", ("license", "114027785")), S("Bao Quoc Huynh", "1990-09-08")],
          ["21 USC 876", "28 CFR 0.104", "21 USC 841", "21 USC 846"], "administrative_subpoena", None,
          "criminal_investigation", ["license", "photo", "address", "vehicle"], "email")


def colo_caption(court, court_addr, parties, attorney, case_no, div, title, font="Sans"):
    left = "%s\nCourt Address: %s\n\n%s" % (court, court_addr, parties)
    t = Table([[Paragraph(left.replace("\n", "<br/>"), sty(font, 9, after=0)),
                Paragraph("<br/><br/><br/>\u25b2 COURT USE ONLY \u25b2", sty(font, 8.5, "C", after=0))],
               [Paragraph(attorney.replace("\n", "<br/>"), sty(font, 9, after=0)),
                Paragraph(("Case Number: %s<br/><br/>Div.: %s" % (case_no, div)), sty(font, 9, after=0))],
               [Paragraph("<b>%s</b>" % title, sty(font + "B" if font == "Sans" else "SerifB", 11, "C", after=0)), ""]],
              colWidths=[4.4 * inch, 2.4 * inch])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, colors.black), ("SPAN", (0, 2), (1, 2)),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


@doc
def bc17():
    fl = [colo_caption("DISTRICT COURT, PUEBLO COUNTY, COLORADO", "501 N. Elizabeth Street, Pueblo, CO 81003",
                       "THE PEOPLE OF THE STATE OF COLORADO,\n\nv.\n\nDefendant: BRANDON KYLE STOKES",
                       "Attorney for the People:\nJennifer A. Montoya-Rivas, #48213\nDeputy District Attorney\n"
                       "Office of the District Attorney, Tenth Judicial District\n701 Court Street, Suite 200, Pueblo, CO 81003\n"
                       "Phone: (719) 555-0179 \u2022 E-mail: jmontoya-rivas@pueblocounty.us",
                       "2024CR1187", "403", "SUBPOENA TO PRODUCE (DUCES TECUM) \u2014 CRIMINAL"),
          SP(8),
          P("THE PEOPLE OF THE STATE OF COLORADO, TO: <b>Custodian of Records, Colorado Department of Labor and "
            "Employment, Unemployment Insurance Division, 633 17th Street, Denver, CO 80202</b>", "Sans", 10, "J"),
          P("YOU ARE ORDERED to appear before this Court at the Pueblo Judicial Building, Courtroom 403, on "
            "<b>May 12, 2025 at 8:30 a.m.</b>, to testify as a witness in the above case for the prosecution, and "
            "to bring with you:", "Sans", 10, "J"),
          P("Certified copies of all quarterly wage records and employer information reported for, and all "
            "unemployment insurance claim records (applications, weekly certifications, payment history) of, "
            "<b>BRANDON KYLE STOKES</b>, DOB 10/30/1989, SSN XXX-XX-2247, for the period January 1, 2022 "
            "through the present.", "Sans", 10, "J", indent=18),
          P("The Defendant is charged with Theft, C.R.S. \u00a7 18-4-401, and unemployment insurance fraud, "
            "C.R.S. \u00a7 8-81-101, arising from claims filed while he was employed by the named victim, "
            "Marguerite Lacroix d/b/a Lacroix Floral.", "Sans", 10, "J"),
          P("In lieu of appearance, you may comply with this subpoena by delivering the certified records, "
            "together with an affidavit of the custodian that satisfies CRE 902(11), to the attorney named above "
            "on or before the date of appearance. This subpoena is issued pursuant to Crim. P. 17. Failure to obey "
            "this subpoena without adequate excuse may be deemed a contempt of the court.", "Sans", 10, "J"),
          SP(8),
          T([["Date: March 31, 2025", "CLERK OF THE COURT\n\nBy: <i>D. Anaya</i>\nDeputy Clerk"],
             ["", "<i>Jennifer A. Montoya-Rivas</i>\nJennifer A. Montoya-Rivas, #48213\nDeputy District Attorney"]],
            [3.2, 3.6], grid=False, size=10),
          SP(10), HR(0.5),
          P("RETURN OF SERVICE", "SansB", 10, "C"),
          P("I declare under oath that I served this Subpoena on ______________________ in ______________ County, "
            "Colorado, on (date) ___________ at (time) ______ by " + CB(False) + " personal delivery " + CB(False) +
            " leaving a copy with ______________________.", "Sans", 9, "J")]
    pdf = build_pdf(fl, margins=(0.85, 0.85, 0.7, 0.7))
    write("bc17.pdf", pdf)
    label("bc17", "born_digital", "Colorado state criminal subpoena duces tecum (People v.), deputy clerk + requesting DDA",
          ["district-attorney", "Office of the District Attorney, Tenth Judicial District", "Jennifer Montoya-Rivas",
           "Deputy District Attorney", "jmontoya-rivas@pueblocounty.us", "(719) 555-0179"],
          [S("Brandon Kyle Stokes", "1989-10-30", ("ssn_last4", "2247"))],
          ["CRS 18-4-401", "CRS 8-81-101", "CRE 902", "Colo Crim P 17"], "court_subpoena", None,
          "criminal_investigation", ["wages", "employment", "claims", "benefits"], "mail")


def ao442_pdf():
    fl = [P("AO 442 (Rev. 11/11) Arrest Warrant", "Serif", 7.5), SP(6),
          P("UNITED STATES DISTRICT COURT", "SerifB", 13, "C", after=0), P("for the", "Serif", 9, "C", after=0),
          P("<u>District of Colorado</u>", "Serif", 11, "C"), SP(4),
          T([["United States of America\nv.\nABDIKARIM YUSUF IBRAHIM\n<i>Defendant</i>",
              "\nCase No. 1:21-cr-00288-RMR-1"]], [4.0, 2.8], grid=False, font="Serif", size=10),
          SP(6), P("ARREST WARRANT", "SerifB", 12, "C"),
          P("To: Any authorized law enforcement officer", "Serif", 10),
          P("YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay "
            "<i>(name of person to be arrested)</i> <u>Abdikarim Yusuf Ibrahim</u>, who is accused of an offense or "
            "violation based on the following document filed with the court:", "Serif", 10, "J")]
    for on, t in [(False, "Indictment"), (False, "Superseding Indictment"), (False, "Information"),
                  (False, "Complaint"), (False, "Probation Violation Petition"),
                  (True, "Supervised Release Violation Petition"), (False, "Violation Notice"), (False, "Order of the Court")]:
        fl.append(T([[CB(on), t]], [0.3, 5], grid=False, font="Serif", size=9.5, pad=0))
    fl += [SP(4),
           P("This offense is briefly described as follows: Violation of the conditions of supervised release "
             "imposed under 18 U.S.C. \u00a7 3583 following conviction for possession of a firearm by a prohibited "
             "person, 18 U.S.C. \u00a7 922(g)(1) (absconded from supervision; failure to report).", "Serif", 10, "J"),
           SP(8),
           T([["Date: <u>02/10/2025</u>", "<i>s/ R. Lindgren</i>\n<i>Issuing officer's signature</i>"],
              ["City and state: <u>Denver, Colorado</u>", "R. Lindgren, Deputy Clerk\n<i>Printed name and title</i>"]],
             [3.3, 3.5], grid=False, font="Serif", size=10),
           SP(8), HR(0.6), P("Return", "SerifB", 11, "C"),
           P("This warrant was received on <i>(date)</i> ________, and the person was arrested on <i>(date)</i> "
             "________ at <i>(city and state)</i> ______________.", "Serif", 9.5),
           P("Date: ________ &nbsp;&nbsp; <i>Arresting officer's signature</i> ______________________", "Serif", 9.5)]
    return fl


@doc
def bc18():
    p1 = [T([["U.S. MARSHALS SERVICE\nDistrict of Colorado\nColorado Violent Offender Task Force (COVOTF)",
              "FAX \u2014 LAW ENFORCEMENT\nREQUEST FOR INFORMATION"]], [4.0, 2.8], grid=False, font="SansB", size=10.5),
          HR(2), SP(4),
          T([["TO (agency):", "Colorado Department of Human Services \u2013 Client Records / LE Liaison"],
             ["Fax / Phone:", "303-555-0114 / 303-555-0113"],
             ["FROM:", "Deputy U.S. Marshal Aaron J. Whitcomb"],
             ["Phone / Cell:", "303-555-0160"],
             ["Email:", "aaron.whitcomb@usdoj.gov"],
             ["Date:", "14 Feb 2025"],
             ["USMS Warrant No.:", "2502-0227-1044-F"]], [1.6, 5.2], size=10, bold_first_col=True),
          SP(8), P("FUGITIVE", "SansB", 11),
          T([["Name:", "IBRAHIM, Abdikarim Yusuf"], ["DOB:", "09/19/1992"], ["Sex/Race:", "M / B"],
             ["FBI No.:", "418802TN3"], ["Last known address:", "1440 S. Havana St., Apt 12, Aurora, CO"]],
            [1.6, 5.2], size=10, bold_first_col=True),
          SP(8),
          P("<b>INFORMATION REQUESTED:</b> Most recent residential and mailing address, telephone number(s), and "
            "the date, time and office location of any upcoming scheduled appointment (SNAP / Medicaid "
            "redetermination, etc.).", "Sans", 10, "J"),
          P("The above individual is the subject of the attached federal arrest warrant. The U.S. Marshals Service "
            "is authorized to investigate fugitive matters and to execute federal warrants under 28 U.S.C. "
            "\u00a7 566. Please do not alert the subject.", "Sans", 10, "J"),
          SP(6), P("Requested by: <i>A. Whitcomb</i> &nbsp;&nbsp; Deputy U.S. Marshal", "Sans", 10),
          SP(40), P("LAW ENFORCEMENT SENSITIVE \u2014 This facsimile may contain information protected from disclosure. "
                    "If received in error, call 303-555-0160.", "Sans", 8, "C"),
          PageBreak()]
    pdf = build_pdf(p1 + ao442_pdf(), margins=(0.85, 0.85, 0.7, 0.7))
    imgs = pdf_to_images(pdf, 200)
    pages = fax_pages(imgs, "FEB 14 2025 11:02AM   USMS D/CO COVOTF   FAX 3035550161        #0418  P.{p}/{n}", [0.3, -0.5])
    save_fax(os.path.join(OUT, "bc18.tif"), pages)
    label("bc18", "fax", "USMS task-force fax request form to human services with AO 442 arrest warrant",
          ["doj-usms", "U.S. Marshals Service, District of Colorado, Colorado Violent Offender Task Force (COVOTF)",
           "Aaron Whitcomb", "Deputy U.S. Marshal", "aaron.whitcomb@usdoj.gov", "303-555-0160"],
          [S("Abdikarim Yusuf Ibrahim", "1992-09-19", ("other", "418802TN3"))],
          ["28 USC 566", "18 USC 3583", "18 USC 922"], "judicial_warrant", "AO 442", "criminal_investigation",
          ["address", "phone", "other"], "fax")


@doc
def bc19():
    fl = [colo_caption("DISTRICT COURT, CITY AND COUNTY OF DENVER, COLORADO",
                       "520 W. Colfax Avenue, Denver, CO 80204",
                       "IN THE MATTER OF THE 2025\u20132026 DENVER COUNTY GRAND JURY",
                       "Attorney requesting subpoena:\nMarcus D. Ellery, #39107\nSenior Chief Deputy District Attorney\n"
                       "Economic Crimes Unit, Denver District Attorney's Office (Second Judicial District)\n"
                       "201 W. Colfax Avenue, Dept. 801, Denver, CO 80202\n(720) 555-0185 \u2022 marcus.ellery@denvergov.org",
                       "25CR00002 (GJ)", "5", "GRAND JURY SUBPOENA DUCES TECUM", font="Serif"),
          SP(8),
          P("THE PEOPLE OF THE STATE OF COLORADO\nTO: Custodian of Records, Colorado Department of Human Services, "
            "Food and Energy Assistance Division / Colorado Works, 1575 Sherman Street, Denver, CO 80203"),
          P("YOU ARE COMMANDED to appear before the 2025\u20132026 Denver County Grand Jury, Lindsey-Flanigan "
            "Courthouse, Grand Jury Room, on <b>April 29, 2025 at 9:00 a.m.</b>, and to bring with you the following "
            "documents, which are required as evidence in a matter under investigation by the Grand Jury:", align="J"),
          P("All case files, applications and redetermination forms, eligibility and verification documentation "
            "(including copies of identity documents), payment and EBT issuance histories, and all addresses and "
            "telephone numbers on record, from January 1, 2021 to the present, for:", align="J"),
          P("(1) YUSUF, Hamdi Abdullahi \u2014 date of birth 03/12/1975\n"
            "(2) Beatriz Eugenia LONDO\u00d1O C\u00c1RDENAS \u2014 date of birth 6 June 1981", indent=18),
          P("You may comply by delivering certified copies of the records to the requesting attorney named above "
            "before the return date. This subpoena is issued under C.R.S. \u00a7 16-5-204 and Crim. P. 17. The "
            "existence of this subpoena and your testimony are secret matters; do not disclose them. Failure to "
            "obey this subpoena may be punished as contempt.", align="J"),
          SP(8),
          T([["Issued: April 7, 2025", "CLERK OF THE DISTRICT COURT\n\nBy <i>M. Esparza</i>, Deputy Clerk"]],
            [3.3, 3.5], grid=False, font="Serif", size=10.5)]
    pdf = build_pdf(fl, footer="SECRET \u2014 GRAND JURY MATERIAL", margins=(0.85, 0.85, 0.7, 0.8))
    write("bc19.pdf", pdf)
    label("bc19", "born_digital", "Colorado county grand jury subpoena duces tecum to human services, clerk-signed, requested by DA",
          ["district-attorney", "Denver District Attorney's Office (Second Judicial District), Economic Crimes Unit",
           "Marcus Ellery", "Senior Chief Deputy District Attorney", "marcus.ellery@denvergov.org", "(720) 555-0185"],
          [S("Hamdi Abdullahi Yusuf", "1975-03-12"), S("Beatriz Eugenia Londo\u00f1o C\u00e1rdenas", "1981-06-06")],
          ["CRS 16-5-204", "Colo Crim P 17"], "grand_jury_subpoena", None, "criminal_investigation",
          ["benefits", "identity_documents", "address", "phone"], "mail")


@doc
def bc20():
    m = mk_email('"Qureshi, Farhan" <farhan.qureshi@ssa.gov>', "cdhs_le_requests@state.co.us",
                 "SSA OIG request - Medicaid/SNAP records - PAREDES",
                 dt.datetime(2025, 2, 25, 13, 30, 44, tzinfo=tz(-7)), "<MN2PR09MB6602.9C12@ssa.gov>")
    html = """<html><head><style>td{border:1px solid #999;padding:4px;font-family:Calibri,Arial}</style></head>
<body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hello,</p>
<p>I am a Special Agent with the Social Security Administration, Office of the Inspector General (SSA OIG).
I am conducting a criminal investigation into the theft of Social Security benefits paid on the record of a
deceased beneficiary, in violation of <b>18 U.S.C. &sect; 641</b> (theft of government funds) and
<b>42 U.S.C. &sect; 408(a)(4)</b> (concealment of an event affecting the right to payment).</p>
<p>I am requesting the following information from your agency's records:</p>
<table style="border-collapse:collapse">
<tr><td><b>Name</b></td><td><b>DOB</b></td><td><b>SSN</b></td></tr>
<tr><td>Gloria In&eacute;s PAREDES VILLALBA</td><td>04/17/1958</td><td>***-**-9034</td></tr>
<tr><td>Ram&oacute;n Antonio PAREDES (deceased)</td><td>12/02/1931</td><td>***-**-1176</td></tr>
</table>
<ol>
<li>Any Medicaid, SNAP, or Old Age Pension benefits received, with dates and amounts</li>
<li>All addresses reported by either person since 2019</li>
<li>Household composition reported on each application, and any date of death recorded for Mr. Paredes</li>
</ol>
<p>Please send the records to me by secure email or call with any questions.</p>
<p>Thank you,</p>
<p><b>Farhan Qureshi</b><br>Special Agent<br>Social Security Administration<br>Office of the Inspector General<br>
Office of Investigations &ndash; Denver Field Division<br>Office: 303-555-0174<br>
<a href="mailto:farhan.qureshi@ssa.gov">farhan.qureshi@ssa.gov</a></p>
<p style="font-size:8pt;color:#666">CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged information.</p>
</body></html>"""
    m.set_content(html, subtype="html")
    write("bc20.eml", m.as_bytes())
    label("bc20", "eml", "SSA OIG agent HTML-only email (theft of benefits) to human services, 2 subjects incl. deceased",
          ["ssa-oig", "Social Security Administration, Office of the Inspector General, Office of Investigations \u2013 Denver Field Division",
           "Farhan Qureshi", "Special Agent", "farhan.qureshi@ssa.gov", "303-555-0174"],
          [S("Gloria In\u00e9s Paredes Villalba", "1958-04-17", ("ssn_last4", "9034")),
           S("Ram\u00f3n Antonio Paredes", "1931-12-02", ("ssn_last4", "1176"))],
          ["18 USC 641", "42 USC 408"], "none", None, "criminal_investigation", ["benefits", "address", "other"], "email")


@doc
def bc21():
    cover = [P("U.S. Department of Labor", "SerifB", 13, after=0),
             P("Office of Inspector General \u2014 Office of Investigations", "Serif", 10, after=0),
             P("Labor Racketeering and Fraud \u2022 Denver Field Office \u2022 1244 Speer Blvd., Suite 550, Denver, CO 80204",
               "Serif", 8.5), HR(0.8), SP(6),
             P("April 4, 2025"),
             P("Custodian of Records\nColorado Department of Labor and Employment\nUnemployment Insurance Division\n"
               "633 17th Street, Suite 201\nDenver, CO 80202"),
             P("<b>Re: DOL-OIG Subpoena No. 25-DEN-0142</b>"),
             P("Dear Custodian:"),
             P("The U.S. Department of Labor, Office of Inspector General (DOL-OIG) is investigating an organized "
               "scheme to file fraudulent unemployment insurance claims in Colorado using stolen identities, in "
               "violation of 18 U.S.C. \u00a7\u00a7 1343 and 1349 (wire fraud and conspiracy) and 18 U.S.C. \u00a7 1028A "
               "(aggravated identity theft). Enclosed is an Inspector General subpoena for records of claims filed "
               "in the names of four individuals.", align="J"),
             P("We recognize that these records are confidential under 20 C.F.R. Part 603; disclosure in response "
               "to a subpoena is addressed at 20 C.F.R. \u00a7 603.7. Electronic production (CSV or PDF) to the "
               "undersigned is acceptable in lieu of appearance.", align="J"),
             P("Thank you for your continued partnership with DOL-OIG.", align="J"),
             P("Sincerely,")]
    cover += sig(["<i>Courtney V\u00e1squez-Holm</i>", "Courtney V\u00e1squez-Holm", "Special Agent",
                  "(303) 555-0148 \u2022 vasquez-holm.courtney@oig.dol.gov"], before=10)
    cover += [P("Enclosures (2)", size=9), PageBreak()]
    sub = [P("OFFICE OF INSPECTOR GENERAL", "SerifB", 13, "C", after=0),
           P("UNITED STATES DEPARTMENT OF LABOR", "SerifB", 11, "C", after=0),
           P("WASHINGTON, D.C. 20210", "Serif", 9, "C"), SP(8),
           P("SUBPOENA DUCES TECUM", "SerifB", 14, "C"), P("No. 25-DEN-0142", "Serif", 10, "C"), SP(6),
           P("TO: Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance "
             "Division, 633 17th Street, Suite 201, Denver, CO 80202"),
           P("YOU ARE HEREBY COMMANDED to produce the records, documents and information described in the attached "
             "Schedule, which are necessary in the performance of the responsibilities of the Inspector General, to "
             "Special Agent Courtney V\u00e1squez-Holm, Office of Inspector General, U.S. Department of Labor, at "
             "1244 Speer Blvd., Suite 550, Denver, CO 80204, on or before <b>April 25, 2025</b> at 10:00 a.m.", align="J"),
           P("This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. "
             "\u00a7 406(a)(4). In the case of contumacy or refusal to obey, this subpoena shall be enforceable by "
             "order of any appropriate United States district court.", align="J"),
           SP(10),
           T([["IN WITNESS WHEREOF, I have hereunto set my hand this 3rd day of April, 2025.",
               "<i>Larissa M. Oduya</i>\nLarissa M. Oduya\nActing Inspector General\nU.S. Department of Labor"]],
             [3.5, 3.3], grid=False, font="Serif", size=10.5),
           PageBreak(),
           P("SCHEDULE \u2014 Subpoena No. 25-DEN-0142", "SerifB", 12, "C"),
           P("Definitions: \u201cRecords\u201d includes electronically stored information in any form. The period "
             "covered is March 1, 2020 to the present.", size=10),
           P("For each unemployment insurance claim filed in the name of, or using the Social Security number of, "
             "any individual listed below, produce:", size=10),
           P("1. initial claim applications and all weekly or bi-weekly certifications;\n"
             "2. all IP addresses, log-in timestamps and device information associated with the claim;\n"
             "3. all e-mail addresses, telephone numbers and mailing addresses provided;\n"
             "4. payment histories, including bank account and routing numbers and prepaid debit card numbers;\n"
             "5. base-period wage records and employer information;\n"
             "6. any fraud/identity-verification notes or determinations.", size=10, indent=14),
           T([["Name", "Date of Birth", "SSN (last 4)"],
              ["Dmytro SAVCHENKO", "1979-02-11", "4410"],
              ["SMITH, Jordan Tyler", "01 Jun 2001", "9182"],
              ["Nasra Abdi WARSAME", "10/13/1998", "\u2014"],
              ["ORTIZ BERM\u00daDEZ, Luis \u00c1ngel", "March 25, 1976", "6627"]], [3.0, 1.8, 1.6], font="Serif", size=10)]
    pdf = build_pdf(cover + sub, pagenum="DOL-OIG 25-DEN-0142 \u2022 page %d")
    write("bc21.pdf", pdf)
    label("bc21", "born_digital", "DOL-OIG agent cover letter + IG subpoena duces tecum (UI fraud ring), 4 subjects",
          ["dol-oig", "U.S. Department of Labor, Office of Inspector General \u2014 Office of Investigations",
           "Courtney V\u00e1squez-Holm", "Special Agent", "vasquez-holm.courtney@oig.dol.gov", "(303) 555-0148"],
          [S("Dmytro Savchenko", "1979-02-11", ("ssn_last4", "4410")),
           S("Jordan Tyler Smith", "2001-06-01", ("ssn_last4", "9182")),
           S("Nasra Abdi Warsame", "1998-10-13"),
           S("Luis \u00c1ngel Ortiz Berm\u00fadez", "1976-03-25", ("ssn_last4", "6627"))],
          ["18 USC 1343", "18 USC 1349", "18 USC 1028A", "20 CFR 603", "20 CFR 603.7", "5 USC 406"],
          "administrative_subpoena", None, "criminal_investigation",
          ["claims", "benefits", "wages", "employment", "email", "phone", "address", "other"], "mail")


@doc
def bc22():
    p1 = [T([["Summons", ""]], [3.4, 3.4], grid=False, font="SansB", size=16), HR(1),
          T([["In the matter of", "Renata KOWALSKA-BRANDT (SSN XXX-XX-3876)"],
             ["Internal Revenue Service (Division):", "Criminal Investigation"],
             ["Industry/Area (name or number):", "Denver Field Office"],
             ["Periods:", "Calendar years 2021, 2022 and 2023"]], [2.6, 4.2], size=9.5, bold_first_col=True),
          SP(4), P("The Commissioner of Internal Revenue", "SansB", 11, "C"),
          P("To: Custodian of Records, Colorado Department of Labor and Employment\n"
            "At: 633 17th Street, Denver, CO 80202", "Sans", 10),
          P("You are hereby summoned and required to appear before <u>Desmond A. Kiprotich, Special Agent</u>, an "
            "officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for "
            "examination the following books, records, papers, and other data relating to the tax liability or the "
            "collection of the tax liability or for the purpose of inquiring into any offense connected with the "
            "administration or enforcement of the internal revenue laws concerning the person identified above for "
            "the periods shown.", "Sans", 9.5, "J"),
          P("All quarterly wage records, including the names, addresses and federal employer identification "
            "numbers of all employers reporting wages paid to the above-named person, and all unemployment "
            "insurance claims and payments made to her, for the periods shown. This summons is issued in "
            "connection with an investigation of possible violations of 26 U.S.C. \u00a7\u00a7 7201 and 7206(1).",
            "Sans", 9.5, "J", indent=14),
          T([["Business address and telephone number of IRS officer before whom you are to appear:\n"
              "IRS-CI, 1999 Broadway, Stop 9000 DEN, Denver, CO 80202 \u2022 (303) 555-0133 \u2022 desmond.kiprotich@ci.irs.gov"],
             ["Place and time for appearance at: 1999 Broadway, Denver, CO on the 7th day of April, 2025 at 10 o'clock a.m."]],
            [6.8], size=9),
          P("Issued under authority of the Internal Revenue Code this 10th day of March, 2025.", "Sans", 9.5),
          T([["<i>Desmond A. Kiprotich</i>\nSignature of issuing officer", "Special Agent\nTitle"],
             ["<i>Helen T. Marchetti</i>\nSignature of approving officer (if applicable)", "Supervisory Special Agent\nTitle"]],
            [4.0, 2.8], grid=False, size=9),
          SP(4), P("Form <b>2039</b> (Rev. 12-2001) &nbsp;&nbsp; Original \u2014 to be kept by IRS", "Sans", 7.5),
          PageBreak()]
    prov = [("26 U.S.C. \u00a7 7602. Examination of books and witnesses",
             "(a) Authority to summon, etc. \u2014 For the purpose of ascertaining the correctness of any return, making "
             "a return where none has been made, determining the liability of any person for any internal revenue "
             "tax ..., or collecting any such liability, the Secretary is authorized to examine any books, papers, "
             "records, or other data which may be relevant or material to such inquiry; to summon the person liable "
             "for tax ... or any other person the Secretary may deem proper, to appear ... and to produce such books, "
             "papers, records, or other data .... (b) Purpose may include inquiry into offense. \u2014 The purposes for "
             "which the Secretary may take any action described in subsection (a) include the purpose of inquiring "
             "into any offense connected with the administration or enforcement of the internal revenue laws."),
            ("26 U.S.C. \u00a7 7603. Service of summons",
             "A summons ... shall be served by the Secretary, by an attested copy delivered in hand to the person to "
             "whom it is directed, or left at his last and usual place of abode; ... A summons may also be served by "
             "certified or registered mail to the last known address of such person."),
            ("26 U.S.C. \u00a7 7604. Enforcement of summons",
             "(a) Jurisdiction of district court. \u2014 If any person is summoned under the internal revenue laws to "
             "appear, to testify, or to produce books, papers, records, or other data, the United States district "
             "court for the district in which such person resides or is found shall have jurisdiction by appropriate "
             "process to compel such attendance, testimony, or production of books, papers, records, or other data."),
            ("26 U.S.C. \u00a7 7609. Special procedures for third-party summonses",
             "(a) Notice. \u2014 If any summons to which this section applies ... is served on any person, and such "
             "summons requires the production of any portion of records ... notice of the summons shall be given to "
             "any person (other than the person summoned) who is identified in the summons ... (c)(2)(E) This "
             "section shall not apply to any summons issued by a criminal investigator of the Internal Revenue "
             "Service in connection with the investigation of an offense connected with the administration or "
             "enforcement of the internal revenue laws, if the summons is not issued in aid of the collection of "
             "an assessment.")]
    p2 = [P("Provisions of the Internal Revenue Code", "SansB", 11, "C")]
    for h, t in prov:
        p2 += [P("<b>%s</b>" % h, "Sans", 8.5, after=1), P(t, "Sans", 8, "J")]
    p2 += [SP(6), P("Form 2039 (Rev. 12-2001)", "Sans", 7.5)]
    pdf = build_pdf(p1 + p2, margins=(0.8, 0.8, 0.7, 0.7))
    imgs = pdf_to_images(pdf, 200)
    pages = [degrade_scan(imgs[0], -1.8, bg=240, noise=8), degrade_scan(imgs[1], 0.9, bg=226, quality=40)]
    save_scanned_pdf(os.path.join(OUT, "bc22.pdf"), pages)
    label("bc22", "scanned", "IRS Form 2039 summons issued by IRS-CI special agent, back page quotes IRC enforcement sections",
          ["irs-ci", "Internal Revenue Service, Criminal Investigation, Denver Field Office", "Desmond Kiprotich",
           "Special Agent", "desmond.kiprotich@ci.irs.gov", "(303) 555-0133"],
          [S("Renata Kowalska-Brandt", None, ("ssn_last4", "3876"))],
          ["26 USC 7201", "26 USC 7206", "26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7609"],
          "administrative_subpoena", "Form 2039", "criminal_investigation",
          ["wages", "employment", "claims", "benefits"], "mail")


@doc
def bc23():
    txt = """Colorado DMV Records Request Unit - Ticket #RR-20250314-0032
Source: E-mail (dmv_le_requests@state.co.us)   Received: 03/14/2025 16:02
Assigned: queue LE-FED     Status: NEW
--------------------------------------------------------------------------
[original message pasted below by intake]

From: Okafor, Gwendolyn <GWOkafor@uspis.gov>
Sent: Friday, March 14, 2025 3:58 PM
To: DMV LE Requests <dmv_le_requests@state.co.us>
Subject: DMV info request -- mail theft / robbery of letter carrier

Good afternoon,

I'm a Postal Inspector with the U.S. Postal Inspection Service, Denver
Division. I'm investigating the armed robbery of a letter carrier in
Littleton on 03/07/2025 (18 U.S.C. 2114, robbery of a postal employee --
the carrier, Terrence Boyd, was not hurt) and a string of mail thefts from
cluster boxes using the stolen arrow key (18 U.S.C. 1708).

We have two suspects. Could you please send DL photos, address history, and
any vehicles registered to each?

  1) DEVLIN, Shane Patrick     DOB: 1990-08-08    CO DL: 13 772 6604
  2) Maribel OCHOA DE LEÓN      DOB: Nov. 17, 1994 CO DL: unknown

Surveillance shows a dark grey Nissan Altima with partial plate "CKM".

Thanks very much,

Gwendolyn Okafor
Postal Inspector
U.S. Postal Inspection Service - Denver Division
Cell: 303-555-0181
GWOkafor@uspis.gov
--------------------------------------------------------------------------
"""
    write("bc23.txt", txt.encode("utf-8"))
    label("bc23", "txt", "records-unit ticket with pasted e-mail from a Postal Inspector (robbery/mail theft), 2 suspects",
          ["usps-uspis", "U.S. Postal Inspection Service - Denver Division", "Gwendolyn Okafor", "Postal Inspector",
           "GWOkafor@uspis.gov", "303-555-0181"],
          [S("Shane Patrick Devlin", "1990-08-08", ("license", "137726604")),
           S("Maribel Ochoa de Le\u00f3n", "1994-11-17")],
          ["18 USC 2114", "18 USC 1708"], "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email")


@doc
def bc24():
    cover = [T([["COLORADO BUREAU OF INVESTIGATION", "Investigations Section\nMajor Crimes Unit"]], [4.3, 2.5],
               grid=False, font="SansB", size=12),
             P("690 Kipling Street, Suite 4000 \u2022 Lakewood, Colorado 80215 \u2022 cbi.colorado.gov", "Sans", 8.5),
             HR(1.5, colors.HexColor("#35495e")), SP(4),
             P("February 27, 2025", "Sans", 10),
             P("Colorado Department of Human Services\nAttn: Records Custodian / Legal Services\n1575 Sherman Street, "
               "8th Floor\nDenver, CO 80203", "Sans", 10),
             P("<b>RE: CBI Case No. 2025-00861 \u2014 Court Order for Production of Records</b>", "Sans", 10),
             P("Dear Records Custodian,", "Sans", 10),
             P("Enclosed is a certified copy of an Order for Production of Records entered on February 26, 2025 by the "
               "District Court for Mesa County. CBI is assisting the Grand Junction Police Department with the "
               "investigation of child abuse resulting in serious bodily injury, C.R.S. \u00a7 18-6-401(7). The Order "
               "directs production of records concerning the two adults identified in it within fourteen days.",
               "Sans", 10, "J"),
             P("Please coordinate delivery of the records with me. Records may be provided on encrypted media or "
               "through CBI's secure file transfer site.", "Sans", 10, "J"),
             P("Respectfully,", "Sans", 10)]
    cover += sig(["<i>Mariela Quintanilla-Ross</i>", "Mariela Quintanilla-Ross", "Agent, Major Crimes Unit",
                  "Colorado Bureau of Investigation", "Office (303) 555-0145",
                  "mariela.quintanilla-ross@state.co.us"], before=10, font="Sans", size=10)
    cover += [P("Enclosure", "Sans", 9), PageBreak()]
    order = [colo_caption("DISTRICT COURT, MESA COUNTY, COLORADO", "125 N. Spruce Street, Grand Junction, CO 81501",
                          "IN THE MATTER OF THE APPLICATION OF THE COLORADO BUREAU OF INVESTIGATION FOR AN ORDER "
                          "AUTHORIZING RELEASE OF CONFIDENTIAL HUMAN SERVICES RECORDS",
                          "", "25CR412", "9", "ORDER FOR PRODUCTION OF RECORDS", font="Serif"),
             SP(8),
             P("THIS MATTER comes before the Court on the Verified Application of Agent Mariela Quintanilla-Ross of "
               "the Colorado Bureau of Investigation. The Court, having reviewed the Application and supporting "
               "affidavit and being fully advised, FINDS that the records described below are necessary for the "
               "investigation of a criminal offense, that good cause exists for their release under C.R.S. "
               "\u00a7 19-1-307(2) and C.R.S. \u00a7 26-1-114(3), and that the need for the information outweighs the "
               "confidentiality interests involved.", align="J"),
             P("IT IS THEREFORE ORDERED that the Colorado Department of Human Services and the Mesa County Department "
               "of Human Services shall, within fourteen (14) days of service of this Order, produce to the Colorado "
               "Bureau of Investigation the following records concerning:", align="J"),
             P("TANAKA-REYES, Kyle Hiroshi (DOB 2/3/1990)\nBERGSTROM, Shayla Marie (DOB 12/19/1995)", indent=24),
             P("(a) all child-welfare referral, assessment and case records (Trails) in which either person is "
               "identified, including records relating to the minor child R.T.-B.;\n(b) all public-assistance "
               "applications identifying household members, residential addresses and telephone numbers; and\n"
               "(c) all addresses and telephone numbers on record from January 1, 2023 to the present.", indent=12),
             P("IT IS FURTHER ORDERED that the records produced shall be used solely for purposes of the criminal "
               "investigation and any resulting prosecution, and shall not be further disclosed except as "
               "permitted by law.", align="J"),
             SP(10),
             T([["Dated: February 26, 2025", "BY THE COURT:\n\n<i>Eleanor V. Hargrove</i>\n"
                 "Eleanor V. Hargrove\nDistrict Court Judge"]], [3.3, 3.5], grid=False, font="Serif", size=10.5),
             SP(14), P("CERTIFIED to be a full, true and correct copy of the original in my custody. "
                       "Clerk of Court, Mesa County, by <i>L. Trevi\u00f1o</i>, Deputy Clerk, 02/26/2025", "Serif", 8.5)]
    pdf = build_pdf(cover + order, margins=(0.85, 0.85, 0.7, 0.7))
    write("bc24.pdf", pdf)
    label("bc24", "born_digital", "CBI agent cover letter + Colorado district-court order for human-services records (child abuse)",
          ["state-police", "Colorado Bureau of Investigation, Major Crimes Unit", "Mariela Quintanilla-Ross",
           "Agent, Major Crimes Unit", "mariela.quintanilla-ross@state.co.us", "(303) 555-0145"],
          [S("Kyle Hiroshi Tanaka-Reyes", "1990-02-03"), S("Shayla Marie Bergstrom", "1995-12-19")],
          ["CRS 18-6-401", "CRS 19-1-307", "CRS 26-1-114"], "court_order", None, "criminal_investigation",
          ["benefits", "address", "phone", "other"], "mail")


@doc
def bc25():
    txt = """From: Dufresne-Walker, Renee M. (ATF) <Renee.Dufresne-Walker@atf.gov>
Sent: Wednesday, March 19, 2025 10:26 AM
To: CDOC Records - Law Enforcement Requests <doc_le_requests@state.co.us>
Subject: ATF request - visitor records / release address

Hello,

ATF Colorado Springs is working a firearms trafficking case (straw
purchasing, 18 USC 932, and false statements to a licensed dealer,
18 USC 922(a)(6)). One of our suspects has been visiting an inmate at
Arkansas Valley CF and we believe firearms were purchased on the inmate's
behalf for delivery after his release.

Could CDOC provide:
  a) the visitor log for inmate TILLERY, Marcus Dwayne (CDOC #174302,
     DOB 06/05/1994) from 09/01/2024 to present;
  b) the approved visitor application for OYELARAN, Tobi (DOB 07/21/1998),
     including the photo and ID submitted with it; and
  c) Tillery's projected release date and approved parole plan address.

Happy to discuss by phone.

Renée Dufresne-Walker
Special Agent
Bureau of Alcohol, Tobacco, Firearms and Explosives
Denver Field Division - Colorado Springs Field Office
O: 719-555-0122
"""
    write("bc25.txt", txt.encode("utf-8"))
    label("bc25", "txt", "plain-text copy of ATF agent e-mail to corrections (straw purchasing), visitor logs and release address",
          ["doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Denver Field Division - Colorado Springs Field Office",
           "Ren\u00e9e Dufresne-Walker", "Special Agent", "Renee.Dufresne-Walker@atf.gov", "719-555-0122"],
          [S("Marcus Dwayne Tillery", "1994-06-05", ("other", "174302")), S("Tobi Oyelaran", "1998-07-21")],
          ["18 USC 932", "18 USC 922"], "none", None, "criminal_investigation",
          ["photo", "identity_documents", "address", "other"], "email")


@doc
def bc26():
    txt = """From: Brian Kesselring <bkesselring@thorntonco.gov>
Sent: Tue 3/18/2025 2:41 PM
To: dmv_le_requests@state.co.us
Subject: address

Can you send me the current address and DL photo for Ana Lucía Ibáñez Soto
DOB 12/22/1988? Thanks.

Ofc. B. Kesselring #2231
Thornton Police Department
720-555-0102
"""
    write("bc26.txt", txt.encode("utf-8"))
    label("bc26", "txt", "terse municipal police e-mail (pasted) asking address + photo with no reason given",
          ["local-police", "Thornton Police Department", "Brian Kesselring", "Officer", "bkesselring@thorntonco.gov",
           "720-555-0102"],
          [S("Ana Luc\u00eda Ib\u00e1\u00f1ez Soto", "1988-12-22")], [], "none", None, "unknown", ["address", "photo"], "email")


@doc
def bc27():
    cover = [P("AURORA POLICE DEPARTMENT", "SansB", 18, "C", after=0),
             P("Major Crimes \u2013 Homicide Unit \u2022 15001 E. Alameda Parkway, Aurora, CO 80012", "Sans", 9, "C"),
             HR(2), P("FAX COVER SHEET", "SansB", 14, "C"), SP(4),
             T([["DATE:", "03/27/2025"], ["TO:", "Custodian of Records \u2013 CDLE Unemployment Insurance"],
                ["FAX:", "303-555-0191"], ["FROM:", "Det. Svetlana Marchenko #1187"],
                ["PHONE:", "303-555-0166"], ["RETURN FAX:", "303-555-0167"],
                ["EMAIL:", "smarchenko@auroragov.org"], ["PAGES:", "2 including cover"]],
               [1.5, 5.3], size=10.5, bold_first_col=True),
             SP(10),
             P("Attached is a search warrant signed by an Arapahoe County District Court judge for employment, wage "
               "and UI claim records. Please fax responsive records to 303-555-0167 or e-mail them to me. This is an "
               "active homicide investigation \u2014 please do not contact the subject.", "Sans", 10.5, "J"),
             PageBreak()]
    sw = [P("DISTRICT COURT, ARAPAHOE COUNTY, STATE OF COLORADO", "SerifB", 11, "C", after=0),
          P("Case Number: 25SW00317 &nbsp;&nbsp;&nbsp; APD Case: 25-041882", "Serif", 10, "C"),
          P("SEARCH WARRANT", "SerifB", 14, "C"),
          P("THE PEOPLE OF THE STATE OF COLORADO, TO ANY PEACE OFFICER IN THE STATE OF COLORADO, GREETINGS:", "SerifB", 10),
          P("Detective Svetlana Marchenko of the Aurora Police Department, having made application and affidavit "
            "to this Court for the issuance of a search warrant, and the Court being satisfied that there is probable "
            "cause to believe that the property described below is located at the Colorado Department of Labor and "
            "Employment, 633 17th Street, Denver, Colorado, and that it is material evidence in a criminal "
            "prosecution for Murder in the Second Degree, C.R.S. \u00a7 18-3-103, arising from the death of "
            "Darnell Whitaker on March 9, 2025;", "Serif", 10, "J"),
          P("YOU ARE THEREFORE COMMANDED to search forthwith the place described above for the following property, "
            "and to seize it:", "Serif", 10, "J"),
          P("All records of employment, employer names and addresses, quarterly wage reports, and unemployment "
            "insurance claims (including claimant-reported mailing addresses and telephone numbers) from "
            "January 1, 2024 to the present, for ANDRADE N\u00da\u00d1EZ, Javier Ignacio, DOB 10/05/1991, "
            "SSN ending 5093.", "Serif", 10, "J", indent=18),
          P("This warrant may be executed by facsimile or electronic transmission to the custodian of records. "
            "This warrant is issued pursuant to C.R.S. \u00a7 16-3-301 and Crim. P. 41. Return shall be made within "
            "14 days.", "Serif", 10, "J"),
          SP(8),
          T([["Dated: March 27, 2025, at 9:12 a.m.", "<i>Patrick W. Sandoval</i>\nHon. Patrick W. Sandoval\n"
              "District Court Judge"]], [3.3, 3.5], grid=False, font="Serif", size=10),
          SP(8), HR(0.5), P("RETURN AND INVENTORY", "SerifB", 10, "C"),
          P("Executed on ___________ by service on the custodian of records. Inventory: _________________________",
            "Serif", 9)]
    pdf = build_pdf(cover + sw, margins=(0.85, 0.85, 0.7, 0.7))
    imgs = pdf_to_images(pdf, 200)
    pages = fax_pages(imgs, "Mar 27 2025 09:48   AURORA PD MAJOR CRIMES   303 555 0167    p.{p}", [0.0, 0.7])
    save_fax(os.path.join(OUT, "bc27.tif"), pages)
    label("bc27", "fax", "municipal PD homicide fax cover + Colorado state-court search warrant for wage/UI records",
          ["local-police", "Aurora Police Department, Major Crimes \u2013 Homicide Unit", "Svetlana Marchenko",
           "Detective", "smarchenko@auroragov.org", "303-555-0166"],
          [S("Javier Ignacio Andrade N\u00fa\u00f1ez", "1991-10-05", ("ssn_last4", "5093"))],
          ["CRS 18-3-103", "CRS 16-3-301", "Colo Crim P 41"], "judicial_warrant", None, "criminal_investigation",
          ["employment", "wages", "claims", "address", "phone"], "fax")


@doc
def bc28():
    cover = [P("EL PASO COUNTY SHERIFF'S OFFICE", "SerifB", 15, "C", after=0),
             P("Investigations Division \u2022 Financial Crimes Unit", "Serif", 10, "C", after=0),
             P("27 E. Vermijo Avenue, Colorado Springs, CO 80903", "Serif", 9, "C"), HR(1), SP(4),
             P("April 8, 2025"),
             P("Colorado Department of Labor and Employment\nOffice of the General Counsel / UI Records\n"
               "633 17th Street, Suite 201\nDenver, CO 80202"),
             P("Re: Order pursuant to 18 U.S.C. \u00a7 2703(d) \u2014 EPSO Case 25-6120"),
             P("To the Records Custodian:"),
             P("Please find enclosed an order issued by the El Paso County District Court requiring disclosure of "
               "records associated with two MyUI+ claimant accounts. The accounts were opened with identities stolen "
               "from local residents. Please note the non-disclosure provision in the order.", align="J"),
             P("Records can be sent to me at the e-mail address below. Thank you.", align="J")]
    cover += sig(["<i>Cole Brannigan</i>", "Investigator Cole Brannigan", "Financial Crimes Unit",
                  "El Paso County Sheriff's Office", "(719) 555-0125 \u2022 cole.brannigan@epcsheriff.gov"], before=10)
    cover += [PageBreak()]
    order = [P("DISTRICT COURT, EL PASO COUNTY, STATE OF COLORADO", "SerifB", 11, "C", after=0),
             P("Case No. 25CR1650", "Serif", 10, "C"), SP(4),
             P("IN THE MATTER OF THE APPLICATION OF THE EL PASO COUNTY SHERIFF'S OFFICE FOR AN ORDER PURSUANT TO "
               "18 U.S.C. \u00a7 2703(d) DIRECTED TO THE COLORADO DEPARTMENT OF LABOR AND EMPLOYMENT", "SerifB", 10, "C"),
             P("ORDER", "SerifB", 13, "C"),
             P("This matter having come before the Court pursuant to an application under Title 18, United States "
               "Code, Section 2703(b) and (d), by Investigator Cole Brannigan of the El Paso County Sheriff's Office, "
               "requesting an Order directing the Colorado Department of Labor and Employment (\u201cCDLE\u201d), which "
               "operates the MyUI+ online claimant service, to disclose the records and other information described "
               "in Attachment B pertaining to the accounts described in Attachment A, the Court finds that the "
               "applicant has offered specific and articulable facts showing that there are reasonable grounds to "
               "believe that the records or other information sought are relevant and material to an ongoing "
               "criminal investigation of identity theft, C.R.S. \u00a7 18-5-902, and criminal impersonation, "
               "C.R.S. \u00a7 18-5-113.", align="J"),
             P("IT IS HEREBY ORDERED, pursuant to 18 U.S.C. \u00a7 2703(d), that CDLE shall, within ten (10) days of the "
               "date of this Order, disclose to the El Paso County Sheriff's Office the records and other information "
               "described in Attachment B.", align="J"),
             P("IT IS FURTHER ORDERED under 18 U.S.C. \u00a7 2705(b) that CDLE shall not disclose the existence of the "
               "application or this Order to the account holders or any other person, other than its counsel, for a "
               "period of one year, unless extended by the Court.", align="J"),
             SP(6),
             T([["April 7, 2025", "<i>Gregory A. Lindqvist-Haynes</i>\nDistrict Court Judge"]], [3.3, 3.5], grid=False,
               font="Serif", size=10.5),
             SP(8), P("ATTACHMENT A \u2014 Accounts", "SerifB", 10.5),
             P("MyUI+ claimant accounts opened in the names of: (1) HOLLOWAY, Trent Everett, DOB 01/19/1985, SSN "
               "XXX-XX-7719; and (2) PHAM, Thu Thi, DOB 05/30/1979.", align="J"),
             P("ATTACHMENT B \u2014 Records to Be Disclosed", "SerifB", 10.5),
             P("For each account, from account creation to present: subscriber/registration information; all e-mail "
               "addresses and telephone numbers associated with the account; mailing and residential addresses; "
               "log-in history with IP addresses and timestamps; claims filed and payment records, including "
               "financial account information to which payments were directed.", align="J")]
    pdf = build_pdf(cover + order, margins=(0.9, 0.9, 0.7, 0.7))
    write("bc28.pdf", pdf)
    label("bc28", "born_digital", "sheriff investigator cover letter + state-court 18 USC 2703(d) order with non-disclosure (identity theft)",
          ["sheriff", "El Paso County Sheriff's Office, Investigations Division, Financial Crimes Unit", "Cole Brannigan",
           "Investigator", "cole.brannigan@epcsheriff.gov", "(719) 555-0125"],
          [S("Trent Everett Holloway", "1985-01-19", ("ssn_last4", "7719")), S("Thu Thi Pham", "1979-05-30")],
          ["18 USC 2703", "CRS 18-5-902", "CRS 18-5-113", "18 USC 2705"], "court_order", None, "criminal_investigation",
          ["email", "phone", "address", "claims", "benefits", "other"], "mail")


@doc
def bc29():
    fl = [colo_caption("COUNTY COURT, WELD COUNTY, COLORADO", "901 9th Avenue, Greeley, CO 80631",
                       "THE PEOPLE OF THE STATE OF COLORADO,\nv.\nDefendant: ROLANDO EFRA\u00cdN CASTA\u00d1EDA RUIZ\n"
                       "DOB: 07/14/1984 &nbsp; Sex: M &nbsp; Ht: 5'07\" &nbsp; Wt: 170",
                       "", "24CR2291", "3", "WARRANT FOR ARREST UPON COMPLAINT \u2014 FELONY"),
          SP(8),
          P("TO ANY PEACE OFFICER OF THE STATE OF COLORADO:", "SansB", 10),
          P("A complaint having been filed and the Court having found probable cause to believe that the offense "
            "described below was committed and that the Defendant committed it, YOU ARE COMMANDED to arrest the "
            "Defendant named above and bring him without unnecessary delay before the nearest available judge of "
            "this Court.", "Sans", 10, "J"),
          T([["Count", "Offense", "Statute", "Class"],
             ["1", "Aggravated Motor Vehicle Theft \u2013 First Degree", "C.R.S. 18-4-409(2)", "F4"]],
            [0.6, 3.4, 1.6, 0.8], size=9.5),
          SP(6),
          P("Bond: $15,000 cash/surety. &nbsp; Extradition: Colorado only. &nbsp; This warrant is issued pursuant to "
            "Crim. P. 4 and remains in effect until executed or recalled.", "Sans", 10, "J"),
          SP(10),
          T([["Date: December 9, 2024", "BY THE COURT:\n<i>Gretchen L. Aalders</i>\nCounty Court Judge"]], [3.3, 3.5],
            grid=False, size=10),
          SP(8), HR(0.5), P("Warrant No. W24-118274 &nbsp;&nbsp; Entered CCIC/NCIC 12/10/2024 &nbsp;&nbsp; WCSO", "Sans", 8.5)]
    pdf = build_pdf(fl, margins=(0.8, 0.8, 0.6, 0.6))
    img = pdf_to_images(pdf, 150, gray=False)[0]
    jpg = photo_of(img, angle=-2.6)
    m = mk_email("Deputy Jesse Montez <jmontez@weldsheriff.gov>", "cdhs_le_requests@state.co.us",
                 "Warrant service - address request - CASTANEDA RUIZ",
                 dt.datetime(2025, 1, 22, 10, 4, 19, tzinfo=tz(-7)), "<c91f07a2-3e55-4b1e-9a0f@weldsheriff.gov>")
    m.set_content("""Good morning,

The Weld County Sheriff's Office Warrants Unit is attempting to serve an
active felony arrest warrant (photo of the warrant attached) on:

  Rolando Efraín CASTAÑEDA RUIZ, DOB 7/14/1984

He is no longer at his last known address in Evans. Can you provide the most
current residential address and phone number on file with CDHS (SNAP /
Medicaid)?

Thank you,

Dep. Jesse Montez #4410
Warrants Unit
Weld County Sheriff's Office
1950 O Street, Greeley, CO 80631
(970) 555-0135
""")
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="IMG_20250122_095812.jpg")
    write("bc29.eml", m.as_bytes())
    label("bc29", "eml", "sheriff warrants-unit email with phone photo (JPEG) of a state-court felony arrest warrant",
          ["sheriff", "Weld County Sheriff's Office, Warrants Unit", "Jesse Montez", "Deputy", "jmontez@weldsheriff.gov",
           "(970) 555-0135"],
          [S("Rolando Efra\u00edn Casta\u00f1eda Ruiz", "1984-07-14")],
          ["CRS 18-4-409", "Colo Crim P 4"], "judicial_warrant", None, "criminal_investigation", ["address", "phone"], "email")


def rule45_text():
    return [
        ("(c) Place of Compliance.", "(1) For a Trial, Hearing, or Deposition. A subpoena may command a person to "
         "attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is "
         "employed, or regularly transacts business in person; or (B) within the state where the person resides, is "
         "employed, or regularly transacts business in person, if the person (i) is a party or a party's officer; or "
         "(ii) is commanded to attend a trial and would not incur substantial expense. (2) For Other Discovery. A "
         "subpoena may command: (A) production of documents, electronically stored information, or tangible things at "
         "a place within 100 miles of where the person resides, is employed, or regularly transacts business in "
         "person; and (B) inspection of premises at the premises to be inspected."),
        ("(d) Protecting a Person Subject to a Subpoena; Enforcement.", "(1) Avoiding Undue Burden or Expense; "
         "Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to "
         "avoid imposing undue burden or expense on a person subject to the subpoena. The court for the district where "
         "compliance is required must enforce this duty and impose an appropriate sanction\u2014which may include lost "
         "earnings and reasonable attorney's fees\u2014on a party or attorney who fails to comply. (2) Command to "
         "Produce Materials or Permit Inspection. (A) Appearance Not Required. A person commanded to produce "
         "documents ... need not appear in person at the place of production or inspection unless also commanded to "
         "appear for a deposition, hearing, or trial. (B) Objections. A person commanded to produce documents or "
         "tangible things ... may serve on the party or attorney designated in the subpoena a written objection ... "
         "The objection must be served before the earlier of the time specified for compliance or 14 days after the "
         "subpoena is served. (3) Quashing or Modifying a Subpoena. (A) When Required. On timely motion, the court for "
         "the district where compliance is required must quash or modify a subpoena that: (i) fails to allow a "
         "reasonable time to comply; (ii) requires a person to comply beyond the geographical limits specified in "
         "Rule 45(c); (iii) requires disclosure of privileged or other protected matter, if no exception or waiver "
         "applies; or (iv) subjects a person to undue burden."),
        ("(e) Duties in Responding to a Subpoena.", "(1) Producing Documents or Electronically Stored Information. "
         "(A) Documents. A person responding to a subpoena to produce documents must produce them as they are kept in "
         "the ordinary course of business or must organize and label them to correspond to the categories in the "
         "demand. ... (D) Inaccessible Electronically Stored Information. The person responding need not provide "
         "discovery of electronically stored information from sources that the person identifies as not reasonably "
         "accessible because of undue burden or cost. ... the court may nonetheless order discovery from such sources "
         "if the requesting party shows good cause, considering the limitations of Rule 26(b)(2)(C). (2) Claiming "
         "Privilege or Protection. A person withholding subpoenaed information under a claim that it is privileged "
         "... must expressly make the claim."),
        ("(g) Contempt.", "The court for the district where compliance is required\u2014and also, after a motion is "
         "transferred, the issuing court\u2014may hold in contempt a person who, having been served, fails without "
         "adequate excuse to obey the subpoena or an order related to it."),
    ]


@doc
def bc30():
    p1 = [P("AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of "
            "Premises in a Civil Action", "Serif", 7.5), SP(4),
          P("UNITED STATES DISTRICT COURT", "SerifB", 13, "C", after=0), P("for the", "Serif", 9, "C", after=0),
          P("<u>District of Colorado</u>", "Serif", 11, "C"),
          T([["TAMSIN R. GALLOWAY,\n<i>Plaintiff</i>\nv.\nSUMMIT RIDGE LOGISTICS, INC.,\n<i>Defendant</i>",
              "\n\nCivil Action No. 1:24-cv-02917-NYW"]], [4.0, 2.8], grid=False, font="Serif", size=10),
          SP(4), P("SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS\nOR TO PERMIT INSPECTION OF PREMISES IN A "
                   "CIVIL ACTION", "SerifB", 10.5, "C"),
          P("To: Custodian of Records, Colorado Department of Labor and Employment, 633 17th Street, Denver, CO 80202\n"
            "<i>(Name of person to whom this subpoena is directed)</i>", size=10),
          P(CB(True) + " <b>Production:</b> YOU ARE COMMANDED to produce at the time, date, and place set forth below "
            "the following documents, electronically stored information, or objects, and to permit inspection, "
            "copying, testing, or sampling of the material: See Exhibit A \u2014 all unemployment insurance claim "
            "records, separation information, employer responses, appeal decisions and quarterly wage records for "
            "Tamsin Rose Galloway (DOB September 2, 1986; SSN ending 4528) from January 1, 2022 to the present.",
            size=10, align="J"),
          T([["Place: Halvorsen &amp; Mbeki LLP, 1700 Lincoln Street, Suite 2400, Denver, CO 80203 (or by e-mail "
              "to the attorney below)", "Date and Time:\n05/02/2025 5:00 pm"]], [4.4, 2.4], font="Serif", size=9.5),
          P(CB(False) + " <b>Inspection of Premises:</b> YOU ARE COMMANDED to permit entry onto the designated "
            "premises ... ", size=9.5),
          P("The following provisions of Fed. R. Civ. P. 45 are attached \u2013 Rule 45(c), relating to the place of "
            "compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) "
            "and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.",
            size=9.5, align="J"),
          T([["Date: <u>04/10/2025</u>", "CLERK OF COURT\n\n________________________\n<i>Signature of Clerk or Deputy Clerk</i>",
              "OR\n\n<i>Owen T. Mbeki</i>\n<i>Attorney's signature</i>"]], [2.0, 2.6, 2.2], grid=False, font="Serif", size=9.5),
          P("The name, address, e-mail address, and telephone number of the attorney representing <i>(name of party)</i> "
            "<u>Summit Ridge Logistics, Inc.</u>, who issues or requests this subpoena, are: Owen T. Mbeki, Halvorsen "
            "&amp; Mbeki LLP, 1700 Lincoln Street, Suite 2400, Denver, CO 80203; omb@halvorsenmbeki.com; (303) 555-0119.",
            size=9.5, align="J"),
          P("<b>Notice to the person who issues or requests this subpoena</b>\nIf this subpoena commands the production "
            "of documents, electronically stored information, or tangible things or the inspection of premises before "
            "trial, a notice and a copy of the subpoena must be served on each party in this case before it is served "
            "on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).", size=8.5, align="J"),
          PageBreak(),
          P("AO 88B (Rev. 02/14) (Page 2) &nbsp;&nbsp; Civil Action No. 1:24-cv-02917-NYW", "Serif", 7.5), SP(4),
          P("PROOF OF SERVICE", "SerifB", 11, "C"),
          P("<i>(This section should not be filed with the court unless required by Fed. R. Civ. P. 45.)</i>", size=9, align="C"),
          P("I received this subpoena for <i>(name of individual and title, if any)</i> ______________________ on "
            "<i>(date)</i> __________.", size=10),
          P(CB(False) + " I served the subpoena by delivering a copy to the named person as follows: ____________ on "
            "<i>(date)</i> ________; or\n" + CB(False) + " I returned the subpoena unexecuted because: __________",
            size=10),
          P("My fees are $______ for travel and $______ for services, for a total of $______.", size=10),
          P("I declare under penalty of perjury that this information is true.", size=10), SP(8),
          P("Date: ________ &nbsp; <i>Server's signature</i> _______________ &nbsp; <i>Printed name and title</i> "
            "_______________", size=10),
          PageBreak(),
          P("AO 88B (Rev. 02/14) (Page 3)", "Serif", 7.5),
          P("Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)", "SerifB", 10, "C")]
    for h, t in rule45_text():
        p1 += [P("<b>%s</b> %s" % (h, t), "Serif", 8, "J")]
    p1 += [P("For access to subpoena materials, see Fed. R. Civ. P. 45(a) Committee Note (2013).", "Serif", 8, "C")]
    pdf = build_pdf(p1, margins=(0.85, 0.85, 0.6, 0.7))
    imgs = pdf_to_images(pdf, 200)
    pages = [degrade_scan(imgs[0], 0.6, bg=238), degrade_scan(imgs[1], -1.2, bg=232),
             degrade_scan(imgs[2], 1.9, rot=90, bg=229, noise=10)]
    save_scanned_pdf(os.path.join(OUT, "bc30.pdf"), pages)
    label("bc30", "scanned", "AO 88B civil-action subpoena signed by defendant's attorney (private law firm); page 3 rotated 90",
          ["other", "Halvorsen & Mbeki LLP", "Owen Mbeki", "Attorney",
           "omb@halvorsenmbeki.com", "(303) 555-0119"],
          [S("Tamsin Rose Galloway", "1986-09-02", ("ssn_last4", "4528"))],
          ["FRCP 45", "FRCP 26"], "court_subpoena", "AO 88B", "unknown", ["claims", "wages", "employment", "other"], "mail")


def i138_pdf():
    fl = [T([["DEPARTMENT OF HOMELAND SECURITY", "Subpoena No.\nDEN-25-ERO-0158"]], [4.8, 2.0], grid=False,
            font="SansB", size=10.5),
          P("IMMIGRATION ENFORCEMENT SUBPOENA", "SansB", 14, "C"),
          P("Pursuant to Section 235(d)(4)(A) of the Immigration and Nationality Act (8 U.S.C. \u00a7 1225(d)(4)(A)) "
            "and 8 C.F.R. \u00a7 287.4", "Sans", 9, "C"), HR(1),
          T([["To:", "Custodian of Records\nColorado Department of Revenue \u2013 Division of Motor Vehicles\n"
                     "1881 Pierce Street, Lakewood, CO 80214"],
             ["In the Matter of:", "HERRERA CASTILLO, Juan Pablo \u2014 A203 558 117\nAGUILAR DE HERRERA, Yesenia Marisol"]],
            [1.4, 5.4], size=9.5, bold_first_col=True),
          SP(6),
          P("By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to appear before "
            "<u>Deportation Officer Victor H. Ledesma</u>, an officer of U.S. Immigration and Customs Enforcement, at "
            "<u>12445 E. Caley Avenue, Centennial, CO 80111</u> on <u>March 28, 2025</u> at <u>9:00 a.m.</u>, to "
            "give testimony and to produce the records described below, in connection with an investigation "
            "regarding the admissibility, removability and whereabouts of the above-named individuals:", "Sans", 9.5, "J"),
          P("1. For HERRERA CASTILLO, Juan Pablo (DOB 11/30/1987) and AGUILAR DE HERRERA, Yesenia Marisol "
            "(DOB 1990-03-08): all driver license, instruction permit and identification card records, including "
            "photographs and all addresses of record;\n2. all vehicle registrations listing either person as owner "
            "or co-owner.", "Sans", 9.5, indent=16),
          P(CB(True) + " In lieu of appearance, you may comply by providing the records to the officer named above by "
            "e-mail or mail on or before the date shown.", "Sans", 9.5),
          P("Failure to comply with this subpoena may result in the Department of Homeland Security seeking an order "
            "from a United States District Court to compel compliance; failure to obey such an order may be "
            "punished by the court as contempt (8 U.S.C. \u00a7 1225(d)(4)(B)).", "Sans", 9.5, "J"),
          SP(8),
          T([["Date: 03/07/2025", "<i>Elena V. Sorokina</i>\n(Signature of issuing officer)\nElena V. Sorokina\n"
                                  "Assistant Field Office Director, ERO Denver"]], [3.0, 3.8], grid=False, size=9.5),
          SP(8), HR(0.5), P("CERTIFICATE OF SERVICE", "SansB", 9.5, "C"),
          P("This subpoena was served on ____________ by " + CB(False) + " personal service " + CB(False) +
            " certified mail " + CB(False) + " e-mail, by ______________________ (officer).", "Sans", 9),
          SP(4), P("DHS Form I-138 (Rev. 10/19)", "Sans", 7.5)]
    return build_pdf(fl, margins=(0.8, 0.8, 0.6, 0.6))


@doc
def bc31():
    m = mk_email("Ledesma, Victor H <victor.ledesma@ice.dhs.gov>", "DMV_LE_Requests@state.co.us",
                 "Immigration Enforcement Subpoena DEN-25-ERO-0158 (DHS Form I-138)",
                 dt.datetime(2025, 3, 7, 16, 18, 40, tzinfo=tz(-7)), "<SJ0PR09MB6690.0D44@ice.dhs.gov>")
    txt = """Good afternoon,

Please find attached Immigration Enforcement Subpoena DEN-25-ERO-0158 (DHS
Form I-138) for DMV records regarding two individuals. In lieu of
appearance, responsive records may be emailed to me at this address on or
before March 28, 2025.

Respectfully,

Victor H. Ledesma
Deportation Officer
U.S. Department of Homeland Security
Immigration and Customs Enforcement | Enforcement and Removal Operations
Denver Field Office - Fugitive Operations
Desk: (303) 555-0193
"""
    m.set_content(txt)
    m.add_alternative("<html><body><p>Good afternoon,</p><p>Please find attached Immigration Enforcement Subpoena "
                      "DEN-25-ERO-0158 (DHS Form I-138) for DMV records regarding two individuals. In lieu of appearance, "
                      "responsive records may be emailed to me at this address on or before March 28, 2025.</p>"
                      "<p>Respectfully,</p><p><b>Victor H. Ledesma</b><br>Deportation Officer<br>U.S. Department of "
                      "Homeland Security<br>Immigration and Customs Enforcement | Enforcement and Removal Operations<br>"
                      "Denver Field Office - Fugitive Operations<br>Desk: (303) 555-0193</p></body></html>", subtype="html")
    m.add_attachment(i138_pdf(), maintype="application", subtype="pdf", filename="I-138_DEN-25-ERO-0158.pdf")
    write("bc31.eml", m.as_bytes())
    label("bc31", "eml", "ERO deportation officer email with DHS Form I-138 immigration enforcement subpoena PDF",
          ["dhs-ice-ero", "Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office - Fugitive Operations",
           "Victor Ledesma", "Deportation Officer", "victor.ledesma@ice.dhs.gov", "(303) 555-0193"],
          [S("Juan Pablo Herrera Castillo", "1987-11-30", ("a_number", "A203558117")),
           S("Yesenia Marisol Aguilar de Herrera", "1990-03-08")],
          ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", "civil_immigration",
          ["license", "photo", "address", "vehicle"], "email")


@doc
def bc32():
    fl = [T([["DEPARTMENT OF HOMELAND SECURITY\nREQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE\nOF SUSPECTED PRIORITY ALIEN",
              "Subject ID: 351904226\nEvent #: DEN2503000122\nFile No: A094 117 682\nDate: 03/12/2025"]],
            [4.5, 2.3], grid=False, font="SansB", size=9.5), HR(1),
          T([["TO: Colorado Department of Corrections\nTime/Release Operations, 2862 S. Circle Dr.,\nColorado Springs, CO 80906",
              "FROM: ICE ERO Denver Field Office\nDetainer Unit\n12445 E. Caley Ave., Centennial, CO 80111"]],
            [3.4, 3.4], size=8.5),
          T([["Name of Individual: LE, Hung Van", "Date of Birth: 01/22/1976", "Nationality: Vietnam", "Sex: M"]],
            [2.9, 1.6, 1.5, 0.8], size=8.5),
          T([["CDOC Inmate #: 151280", "FBI #: 530116PA2"]], [3.4, 3.4], size=8.5),
          SP(4),
          P("<b>DHS HAS REASON TO BELIEVE THE INDIVIDUAL IDENTIFIED ABOVE IS A REMOVABLE ALIEN AND AN ENFORCEMENT "
            "PRIORITY.</b> This belief is based on:", "Sans", 8.5),
          P(CB(True) + " a final order of removal against the individual;\n" + CB(False) + " the pendency of removal "
            "proceedings;\n" + CB(False) + " biometric confirmation and a records check of federal databases.", "Sans", 8.5),
          P("<b>IT IS REQUESTED THAT YOU:</b> Notify DHS as early as practicable (at least 48 hours, if possible) "
            "before the individual is released from your custody, by calling ICE at (303) 555-0186 or e-mailing "
            "ERO.Denver.Detainers@ice.dhs.gov. This request does not request or authorize that you detain the "
            "individual beyond the time he or she is currently scheduled for release.", "Sans", 8.5, "J"),
          P("Authority: 8 U.S.C. \u00a7\u00a7 1226 and 1357; 8 C.F.R. \u00a7 287.7.", "Sans", 8.5),
          SP(6),
          T([["Halima Jama, Immigration Enforcement Agent\n(Name and title of Immigration Officer)",
              "<i>H. Jama</i>\n(Signature of Immigration Officer)"]], [3.6, 3.2], grid=False, size=8.5),
          SP(6), HR(0.5),
          P("TO BE COMPLETED BY THE AGENCY HOLDING THE INDIVIDUAL: Projected release date: __________ "
            "Notification made to ICE on __________ by __________", "Sans", 8),
          SP(4), P("DHS Form I-247N (5/15)", "Sans", 7.5)]
    pdf = build_pdf(fl, margins=(0.7, 0.7, 0.6, 0.6))
    img = pdf_to_images(pdf, 150)[0]
    img = degrade_scan(img, 0.4, bg=245, noise=3, quality=85, blur=0.3)
    img = img.point(lambda v: 255 if v > 185 else (v // 16) * 16)
    b = io.BytesIO()
    img.save(b, "PNG", optimize=True)
    m = mk_email("Jama, Halima <halima.jama@ice.dhs.gov>", "doc_le_requests@state.co.us",
                 "I-247N - LE, Hung Van - CDOC #151280",
                 dt.datetime(2025, 3, 12, 7, 58, 3, tzinfo=tz(-6)), "<MW4PR09MB2210.6F3D@ice.dhs.gov>")
    m.set_content("""Good morning,

Attached please find a Request for Voluntary Notification of Release (Form
I-247N) for the below inmate currently in CDOC custody. Please lodge it and
notify ERO Denver of the inmate's release date as early as practicable.

  LE, Hung Van   DOB 01/22/1976   A094 117 682   CDOC #151280

Thank you,

Halima Jama
Immigration Enforcement Agent
ICE ERO Denver - Detainer Unit
Office: (303) 555-0186
halima.jama@ice.dhs.gov
""")
    m.add_attachment(b.getvalue(), maintype="image", subtype="png", filename="I247N_LE_HUNG.png")
    write("bc32.eml", m.as_bytes())
    label("bc32", "eml", "ERO detainer-unit email with scanned I-247N (voluntary notification) as PNG attachment",
          ["dhs-ice-ero", "ICE ERO Denver - Detainer Unit", "Halima Jama", "Immigration Enforcement Agent",
           "halima.jama@ice.dhs.gov", "(303) 555-0186"],
          [S("Hung Van Le", "1976-01-22", ("a_number", "A094117682"), ("other", "151280"), ("other", "530116PA2"))],
          ["8 USC 1226", "8 USC 1357", "8 CFR 287.7"], "detainer", "I-247N", "civil_immigration", ["other"], "email")


if __name__ == "__main__":
    for fn in DOCS:
        fn()
        print("built", fn.__name__)
