#!/usr/bin/env python
"""Build the blind-a evaluation set (independent author).

Run:  /work/main/.venv/bin/python samples/blind_a/build.py
Writes every document and its <id>.expected.json into this folder.
Deterministic: fixed seeds, reportlab invariant mode, fixed e-mail boundaries.
"""
import io
import json
import os
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import policy
from email.generator import BytesGenerator

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (HRFlowable, KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))
FAMILY = "blind-a"
SEED = 20250901
FD = "/usr/share/fonts/truetype/dejavu/"

for fam, files in {
    "Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "Cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
    "Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf"),
}.items():
    names = [fam, fam + "-B", fam + "-I", fam + "-BI"]
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, FD + f))
    addMapping(fam, 0, 0, names[0]); addMapping(fam, 1, 0, names[1])
    addMapping(fam, 0, 1, names[2]); addMapping(fam, 1, 1, names[3])


def style(font="Serif", size=10.5, align=TA_LEFT, leading=None, after=5, before=0, left=0, bold=False):
    fn = font + ("-B" if bold else "")
    return ParagraphStyle("s", fontName=fn, fontSize=size, leading=leading or size * 1.28,
                          alignment=align, spaceAfter=after, spaceBefore=before, leftIndent=left)


class Doc:
    """Tiny story builder over reportlab platypus."""

    def __init__(self, font="Serif", size=10.5):
        self.font, self.size, self.story = font, size, []

    def p(self, text, size=None, align=TA_LEFT, bold=False, after=5, before=0, left=0, font=None):
        self.story.append(Paragraph(text, style(font or self.font, size or self.size, align,
                                                after=after, before=before, left=left, bold=bold)))
        return self

    def c(self, text, size=None, bold=False, after=2, font=None, before=0):
        return self.p(text, size, TA_CENTER, bold, after, before=before, font=font)

    def r(self, text, size=None, after=2, font=None):
        return self.p(text, size, TA_RIGHT, after=after, font=font)

    def j(self, text, size=None, after=6, left=0, before=0):
        return self.p(text, size, TA_JUSTIFY, after=after, left=left, before=before)

    def lines(self, text, size=None, after=6, align=TA_LEFT, font=None, bold=False, left=0):
        return self.p("<br/>".join(text.strip("\n").split("\n")), size, align, bold, after, left=left, font=font)

    def sp(self, h=8):
        self.story.append(Spacer(1, h)); return self

    def hr(self, w=1, after=6):
        self.story.append(HRFlowable(width="100%", thickness=w, color=colors.black, spaceAfter=after, spaceBefore=2))
        return self

    def sig(self, name, size=15):
        self.story.append(Paragraph(name, ParagraphStyle("sig", fontName="Serif-I", fontSize=size,
                                                         leading=size * 1.2, spaceAfter=0)))
        return self

    def table(self, rows, widths, size=9, font=None, grid=True, bold_first=False, pad=4, valign="TOP", spans=()):
        f = font or "Sans"
        st = style(f, size, after=0)
        data = [[Paragraph(cell, st) if isinstance(cell, str) else cell for cell in row] for row in rows]
        t = Table(data, colWidths=[w * inch for w in widths])
        cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), pad - 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
        if grid:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.7, colors.black))
        if bold_first:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
        for s in spans:
            cmds.append(("SPAN",) + tuple(s))
        t.setStyle(TableStyle(cmds))
        self.story.append(t)
        self.sp(6)
        return self

    def br(self):
        self.story.append(PageBreak()); return self


def build_pdf(path, doc, footer=None, header=None, margins=(0.9, 0.8, 0.9, 0.8), footer_font="Sans",
              page_numbers=False, title=None):
    """margins = top, right, bottom, left (inches)."""
    t, r, b, l = margins
    sd = SimpleDocTemplate(path, pagesize=letter, topMargin=t * inch, rightMargin=r * inch,
                           bottomMargin=b * inch, leftMargin=l * inch, title=title or "", author="",
                           creator="", producer="")

    def deco(canvas, d):
        canvas.saveState()
        n = canvas.getPageNumber()
        if footer:
            fl = footer(n) if callable(footer) else footer
            canvas.setFont(footer_font, 7.5)
            for i, line in enumerate(fl.split("\n")):
                canvas.drawCentredString(letter[0] / 2, 0.45 * inch + (len(fl.split("\n")) - 1 - i) * 9, line)
        if header:
            hl = header(n) if callable(header) else header
            canvas.setFont(footer_font, 7.5)
            canvas.drawString(l * inch, letter[1] - 0.45 * inch, hl)
        if page_numbers:
            canvas.setFont(footer_font, 8)
            canvas.drawRightString(letter[0] - r * inch, 0.45 * inch, "Page %d" % n)
        canvas.restoreState()

    sd.build(doc.story, onFirstPage=deco, onLaterPages=deco)


def pdf_bytes(doc, **kw):
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "x.pdf")
        build_pdf(p, doc, **kw)
        return open(p, "rb").read()


def rasterize(doc, dpi=200, **kw):
    """Render a Doc to a list of greyscale PIL images."""
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "x.pdf")
        build_pdf(p, doc, **kw)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, os.path.join(td, "pg")], check=True)
        files = sorted(f for f in os.listdir(td) if f.startswith("pg"))
        return [Image.open(os.path.join(td, f)).convert("L").copy() for f in files]


def degrade(img, rng, angle, turn=0, bg=228, noise=9, blur=0.6):
    """Make a page look scanned: grey paper, skew, noise, blur; turn = 0/90/180/270."""
    a = np.asarray(img).astype(np.float32)
    a = bg * (a / 255.0) + 0 * (1 - a / 255.0)  # white -> grey paper
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg - 25)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    nr = np.random.default_rng(rng.randrange(1 << 30))
    a = np.asarray(im).astype(np.float32) + nr.normal(0, noise, (im.height, im.width))
    # a few specks
    for _ in range(120):
        y, x = nr.integers(0, im.height - 4), nr.integers(0, im.width - 4)
        a[y:y + nr.integers(1, 4), x:x + nr.integers(1, 4)] = nr.integers(40, 120)
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if turn:
        im = im.rotate(turn, expand=True)
    return im


def save_scanned_pdf(images, path, quality=45):
    pages = []
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality)
        pages.append(Image.open(io.BytesIO(buf.getvalue())))
    import time
    fixed = time.strptime("2025-09-01 12:00:00", "%Y-%m-%d %H:%M:%S")
    pages[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=pages[1:],
                  creationDate=fixed, modDate=fixed, producer="Scan", creator="Scan")


_MONO = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 26)


def save_fax(images, path, header=None, rng=None, angle=0.0):
    """1-bit CCITT G4 multi-page TIFF at 200 dpi; header(n, total) gives the fax header line."""
    out = []
    total = len(images)
    for i, im in enumerate(images, 1):
        im = im.convert("L")
        if angle:
            im = im.rotate(angle * (1 if i % 2 else -0.6), resample=Image.BICUBIC, fillcolor=255)
        if header:
            d = ImageDraw.Draw(im)
            d.rectangle([0, 0, im.width, 44], fill=255)
            d.text((30, 10), header(i, total), font=_MONO, fill=0)
        a = np.asarray(im).astype(np.int16)
        if rng is not None:
            nr = np.random.default_rng(rng.randrange(1 << 30))
            mask = nr.random(a.shape) < 0.0015
            a = np.where(mask, 255 - a, a)
        im = Image.fromarray(a.clip(0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1")
        out.append(im)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def img_bytes(im, fmt, **kw):
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


def write_eml(path, msg):
    tag = os.path.basename(path).split(".")[0]
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("----=_Part_%s_%02d_5D41402A" % (tag, i))
    with open(path, "wb") as f:
        BytesGenerator(f, policy=policy.SMTP).flatten(msg)


PROCESS_COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def expected(id, fmt, template, agency_key, agency_name, person, title, email, phone, subjects, basis,
             ptype, form, attached, purpose, records, channel):
    rec = {
        "id": id, "family": FAMILY, "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email, "phone": phone},
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in PROCESS_COURT, "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }
    with open(os.path.join(OUT, id + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write_txt(id, text):
    with open(os.path.join(OUT, id + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


BOX, CHK = "<font name='Sans'>\u2610</font>", "<font name='Sans'>\u2612</font>"

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ---------------------------------------------------------------- ba01
@doc
def ba01(rng):
    d = Doc("Serif", 10.5)
    d.c("<b>U.S. Department of Homeland Security</b>", 12, after=0)
    d.c("U.S. Immigration and Customs Enforcement", 11, after=0)
    d.c("Enforcement and Removal Operations", 10, after=0)
    d.c("Denver Field Office", 10, after=0)
    d.c("12445 East Caley Avenue, Centennial, Colorado 80111", 9, after=4)
    d.hr(1.2, 14)
    d.p("June 9, 2025", after=12)
    d.lines("""Custodian of Records
Colorado Department of Revenue
Division of Motor Vehicles, Driver Control Section
1881 Pierce Street
Lakewood, CO 80214""", after=12)
    d.p("<b>RE: Request for Records</b>", after=2)
    d.table([["<b>Subject:</b>", "GÓMEZ ÁLVAREZ, Jesús Manuel"],
             ["<b>Date of Birth:</b>", "11/23/1986"],
             ["<b>A-Number:</b>", "A 208 417 653"],
             ["<b>CO DL/ID No.:</b>", "14-227-9081"]], [1.4, 3.6], size=10, font="Serif", grid=False, pad=2)
    d.p("Dear Custodian of Records:", after=8)
    d.j("Pursuant to the authority contained in section 287 of the Immigration and Nationality Act, "
        "8 U.S.C. § 1357, and 8 C.F.R. § 287.5, U.S. Immigration and Customs Enforcement (ICE), "
        "Enforcement and Removal Operations (ERO), respectfully requests that your office furnish the "
        "following information maintained by the Division of Motor Vehicles regarding the above-referenced "
        "individual:")
    for item in ["Current and all previous residential and mailing addresses on file;",
                 "The most recent driver license or identification card photograph;",
                 "License status and issuance history, including any surrendered out-of-state licenses; and",
                 "All vehicles currently or previously registered to the subject, with plate numbers."]:
        d.p("\u2022 " + item, left=18, after=2)
    d.sp(6)
    d.j("This information is requested for official use in locating the above subject. Please treat this "
        "request as law enforcement sensitive and do not notify the subject of this inquiry.")
    d.j("Records may be returned by e-mail to the undersigned or by mail to the address above. Should you "
        "have any questions regarding this request, please contact me directly. Your cooperation is greatly "
        "appreciated.")
    d.p("Respectfully,", before=4, after=10)
    d.sig("B. Kessler")
    d.lines("""Brandon Kessler
Deportation Officer
ERO Denver \u2013 Fugitive Operations Team
Tel: (720) 555-0143
Email: brandon.kessler@ice.dhs.gov""", after=14)
    d.p("cc: Monica Reyes, Supervisory Detention and Deportation Officer", 9)
    build_pdf(os.path.join(OUT, "ba01.pdf"), d,
              footer="FOR OFFICIAL USE ONLY // LAW ENFORCEMENT SENSITIVE\nwww.ice.gov", margins=(0.6, 0.9, 0.8, 0.9))
    expected("ba01", "born_digital", "ERO field-office letter to DMV, single subject, A-number and DL",
             "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
             "Brandon Kessler", "Deportation Officer", "brandon.kessler@ice.dhs.gov", "(720) 555-0143",
             [S("Jesús Manuel Gómez Álvarez", "1986-11-23", ("a_number", "A208417653"), ("license", "142279081"))],
             ["INA 287", "8 USC 1357", "8 CFR 287.5"], "none", None, False, "civil_immigration",
             ["address", "photo", "license", "vehicle"], "mail")


# ---------------------------------------------------------------- ba02
@doc
def ba02(rng):
    body = """Good morning,

My name is Daniel Okafor and I am a Special Agent with Homeland Security Investigations (HSI), Office of the Special Agent in Charge, Denver. HSI Denver is conducting a criminal investigation into a human smuggling organization that is transporting undocumented aliens through the I-70 and I-25 corridors and laundering the proceeds. The investigation concerns violations of 8 U.S.C. § 1324 (bringing in and harboring certain aliens) and 18 U.S.C. § 1956 (laundering of monetary instruments).

I am requesting any records your agency holds on the three individuals below -- current and prior addresses, the most recent DL/ID photographs, and any vehicles registered to them:

  1. NGUYEN, Van Thanh        DOB 1979-02-14     CO DL 09-512-3376
  2. Abdirahman Hassan WARSAME   DOB 04 Aug 1991  (no DL known -- may hold a Colorado ID card)
  3. Yesenia de la Cruz Ibarra   DOB 12/30/1995

Please note that a cooperating witness in this case, Hoa Thi Lam, may also appear in your records as a co-registrant on one vehicle; we do NOT need her records, only the three people listed above.

Results can be sent to me at this address. Please also copy TFO Marisol Chávez (marisol.chavez@ice.dhs.gov), who is assisting on this case. HSI case number: DN12PR25DN0047.

Thank you for your help,

Daniel Okafor
Special Agent
Homeland Security Investigations - Denver
U.S. Immigration and Customs Enforcement
Office: 303-555-0118
daniel.okafor@ice.dhs.gov

WARNING: This message may contain FOR OFFICIAL USE ONLY / LAW ENFORCEMENT SENSITIVE information. If you received it in error, notify the sender and delete it.
"""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "\"Okafor, Daniel\" <daniel.okafor@ice.dhs.gov>"
    m["To"] = "DMV Law Enforcement Requests <dor_dmv_lerequests@state.co.us>"
    m["Cc"] = "marisol.chavez@ice.dhs.gov"
    m["Subject"] = "Records request - HSI Denver case DN12PR25DN0047 - alien smuggling"
    m["Date"] = "Tue, 10 Jun 2025 08:47:12 -0600"
    m["Message-ID"] = "<20250610144712.0047@ice.dhs.gov>"
    m.set_content(body)
    write_eml(os.path.join(OUT, "ba02.eml"), m)
    expected("ba02", "eml", "HSI special agent plain-text e-mail, smuggling case, three subjects and a witness",
             "dhs-ice-hsi", "Homeland Security Investigations - Denver", "Daniel Okafor", "Special Agent",
             "daniel.okafor@ice.dhs.gov", "303-555-0118",
             [S("Van Thanh Nguyen", "1979-02-14", ("license", "095123376")),
              S("Abdirahman Hassan Warsame", "1991-08-04"),
              S("Yesenia de la Cruz Ibarra", "1995-12-30")],
             ["8 USC 1324", "18 USC 1956"], "none", None, False, "criminal_investigation",
             ["address", "photo", "vehicle"], "email")


# ---------------------------------------------------------------- ba03
def ao93_page(d, court, matter, case_no, place, items, by_date, judge, issued, city, box=CHK, unbox=BOX):
    d.p("AO 93 (Rev. 11/13) Search and Seizure Warrant", 8, font="Sans", after=8)
    d.c("UNITED STATES DISTRICT COURT", 13, bold=True, after=0)
    d.c("for the", 9, after=0)
    d.c(court, 11, after=10)
    d.table([[("In the Matter of the Search of<br/><font size=7>(Briefly describe the property to be searched "
               "or identify the person by name and address)</font><br/><br/>" + matter),
              "<br/><br/>Case No. " + case_no]], [4.1, 2.6], size=9.5, font="Serif", grid=False)
    d.c("<b>SEARCH AND SEIZURE WARRANT</b>", 12, after=8)
    d.p("To:\u2003Any authorized law enforcement officer", 10)
    d.j("An application by a federal law enforcement officer or an attorney for the government requests the "
        "search of the following person or property located in the " + place + " <i>(identify the person or "
        "describe the property to be searched and give its location)</i>: <b>See Attachment A.</b>", 10)
    d.j("I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize "
        "the person or property described above, and that such search will reveal <i>(identify the person or "
        "describe the property to be seized)</i>: <b>" + items + "</b>", 10)
    d.j("<b>YOU ARE COMMANDED</b> to execute this warrant on or before <u>" + by_date + "</u> <i>(not to exceed "
        "14 days)</i><br/>" + box + " in the daytime 6:00 a.m. to 10:00 p.m. \u2003" + unbox +
        " at any time in the day or night because good cause has been established.", 10)
    d.j("Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
        "property taken to the person from whom, or from whose premises, the property was taken, or leave the "
        "copy and receipt at the place where the property was taken.", 10)
    d.j("The officer executing this warrant, or an officer present during the execution of the warrant, must "
        "prepare an inventory as required by law and promptly return this warrant and inventory to "
        "<u>" + judge + "</u>.<br/><font size=7>(United States Magistrate Judge)</font>", 10)
    d.j(unbox + " Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result "
        "listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant "
        "to delay notice to the person who, or whose property, will be searched or seized <i>(check the "
        "appropriate box)</i> " + unbox + " for ___ days <i>(not to exceed 30)</i> " + unbox +
        " until, the facts justifying, the later specific date of ________.", 9)
    d.table([["Date and time issued:\u2003<u>" + issued + "</u>", "<i>/s/ " + judge + "</i><br/>"
              "<font size=7>Judge\u2019s signature</font>"],
             ["City and state:\u2003<u>" + city + "</u>", judge + ", U.S. Magistrate Judge<br/>"
              "<font size=7>Printed name and title</font>"]], [3.4, 3.3], size=9.5, font="Serif", grid=False)


@doc
def ba03(rng):
    d = Doc("Serif", 10.5)
    d.c("<b>U.S. Department of Justice</b>", 13, after=0)
    d.c("Federal Bureau of Investigation", 12, after=8)
    d.table([["In Reply, Please Refer to<br/>File No. 196B-DN-3387421",
              "8000 East 36th Avenue<br/>Denver, Colorado 80238"]], [3.4, 3.0], size=8.5, grid=False)
    d.r("July 2, 2025", after=14)
    d.lines("""Colorado Department of Labor and Employment
Unemployment Insurance Division
Attn: Custodian of Records / Legal Process Unit
633 17th Street, Suite 201
Denver, Colorado 80202""", after=12)
    d.p("Re:\u2003Service of Federal Search Warrant, Case No. 25-sw-00718-KLO", bold=True, after=10)
    d.p("Dear Custodian:", after=8)
    d.j("Enclosed please find a Search and Seizure Warrant issued on July 1, 2025, by the United States District "
        "Court for the District of Colorado. The warrant authorizes the seizure of the unemployment insurance and "
        "wage records described in Attachment B for the two individuals identified in Attachment A.")
    d.j("Please produce responsive records in electronic format (PDF or Excel) to the undersigned no later than "
        "July 14, 2025. Records may be delivered by encrypted e-mail or on physical media. If your agency "
        "requires a business-records certification, a blank form is available on request.")
    d.j("The FBI respectfully asks that you not disclose the existence of this warrant to the named individuals, "
        "as disclosure could jeopardize an ongoing investigation.")
    d.p("Sincerely,", before=4, after=18)
    d.sig("Rachel M. Sorensen")
    d.lines("""Rachel M. Sorensen
Special Agent, Denver Field Office
(303) 555-0129  |  rmsorensen@fbi.gov""", after=10)
    d.p("Enclosure: Search and Seizure Warrant (AO 93) with Attachments A and B", 9)
    d.br()
    ao93_page(d, "District of Colorado",
              "RECORDS MAINTAINED BY THE COLORADO DEPARTMENT OF LABOR AND EMPLOYMENT PERTAINING TO "
              "TOMASZ PIOTR KOWALCZYK AND DARNELL QUINCY HUGHES",
              "25-sw-00718-KLO", "District of Colorado", "See Attachment B.", "July 15, 2025",
              "Kathryn L. Okonkwo", "07/01/2025 2:14 pm", "Denver, Colorado")
    d.br()
    d.c("<b>ATTACHMENT A</b>", 11, after=2)
    d.c("<b>Property to Be Searched</b>", 10.5, after=10)
    d.j("Records, in whatever form maintained, in the possession, custody, or control of the Colorado Department "
        "of Labor and Employment (CDLE), 633 17th Street, Denver, Colorado, relating to the following persons:")
    d.table([["<b>Name</b>", "<b>Date of Birth</b>", "<b>SSN</b>"],
             ["KOWALCZYK, Tomasz Piotr", "09/17/1983", "XXX-XX-4471"],
             ["HUGHES, Darnell Quincy", "05/02/1990", "XXX-XX-0926"]], [2.8, 1.6, 1.6], size=9.5, bold_first=True)
    d.c("<b>ATTACHMENT B</b>", 11, before=10, after=2)
    d.c("<b>Particular Things to Be Seized</b>", 10.5, after=10)
    d.j("All records for the period January 1, 2021 to the present that constitute evidence, fruits, or "
        "instrumentalities of violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated "
        "identity theft), including:")
    for i, t in enumerate([
            "Quarterly wage records reported by any employer for the persons listed in Attachment A, with employer names and addresses;",
            "All unemployment insurance claims filed by or in the name of those persons, including claimant addresses, telephone numbers and e-mail addresses;",
            "Internet Protocol (IP) address logs and device information associated with the filing and certification of those claims;",
            "Direct-deposit and debit-card payment records, including bank routing and account numbers;",
            "Claims filed in the name of identity-theft victim Elaine R. Whitford that list any address, telephone number or bank account also used by the persons in Attachment A."], 1):
        d.j("%d.\u2003%s" % (i, t), left=14, after=3)
    d.j("This warrant is issued pursuant to Rule 41 of the Federal Rules of Criminal Procedure. The custodian may "
        "comply by delivering the records to the agent serving this warrant; the custodian\u2019s personal "
        "appearance is not required.", before=6)
    build_pdf(os.path.join(OUT, "ba03.pdf"), d, margins=(0.7, 0.85, 0.8, 0.85))
    expected("ba03", "born_digital", "FBI cover letter enclosing AO 93 search warrant for UI records (two subjects, victim named)",
             "doj-fbi", "Federal Bureau of Investigation, Denver Field Office", "Rachel M. Sorensen", "Special Agent",
             "rmsorensen@fbi.gov", "(303) 555-0129",
             [S("Tomasz Piotr Kowalczyk", "1983-09-17", ("ssn_last4", "4471")),
              S("Darnell Quincy Hughes", "1990-05-02", ("ssn_last4", "0926"))],
             ["18 USC 3103a", "18 USC 2705", "18 USC 1343", "18 USC 1028A", "FRCrP 41"],
             "judicial_warrant", "AO 93", True, "criminal_investigation",
             ["wages", "employment", "claims", "address", "phone", "email", "other"], "mail")


# ---------------------------------------------------------------- ba04
@doc
def ba04(rng):
    d = Doc("Sans", 10)
    d.p("<b>U.S. Department of Justice</b>", 12, after=0)
    d.p("Bureau of Alcohol, Tobacco, Firearms and Explosives", 11, after=0)
    d.p("Denver Field Division \u2013 Group II (Firearms Trafficking)", 10, after=0)
    d.p("950 17th Street, Suite 1800, Denver, CO 80202", 9, after=14)
    d.c("<b>FACSIMILE TRANSMITTAL</b>", 20, after=14)
    d.table([["<b>TO:</b>", "Colorado DMV \u2013 Investigations / Law Enforcement Records", "<b>DATE:</b>", "07/14/2025"],
             ["<b>FAX:</b>", "303-555-0199", "<b>PAGES:</b>", "2 (incl. cover)"],
             ["<b>FROM:</b>", "SA Curtis Bellamy", "<b>PHONE:</b>", "303-555-0151"],
             ["<b>RE:</b>", "Records request \u2013 ATF Inv. No. 782045-25-0031", "<b>E-MAIL:</b>", "curtis.bellamy@atf.gov"]],
            [0.8, 3.2, 0.9, 1.8], size=10)
    d.sp(10)
    d.lines("""Please see the attached request for DL and registration records on two subjects
in an ATF firearms trafficking investigation. A return fax to 303-555-0152 or
e-mail to the address above is fine. Thank you.""", size=11)
    d.sp(160)
    d.p("CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain law enforcement sensitive "
        "information belonging to ATF. If you are not the intended recipient, you are hereby notified that any "
        "disclosure, copying or distribution is prohibited. Please notify the sender by telephone immediately.", 8)
    d.br()
    d.c("<b>LAW ENFORCEMENT REQUEST FOR DRIVER AND VEHICLE RECORDS</b>", 12, after=2)
    d.c("Colorado Department of Revenue \u2013 Division of Motor Vehicles \u2013 Form DR 2489-LE", 8.5, after=10)
    d.table([["<b>1. Requesting agency</b><br/>Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF), Denver Field Division",
              "<b>2. Agency ORI / Case No.</b><br/>782045-25-0031"],
             ["<b>3. Requesting officer (print)</b><br/>Curtis Bellamy", "<b>4. Title / Badge</b><br/>Special Agent / 4418"],
             ["<b>5. Telephone</b><br/>303-555-0151", "<b>6. E-mail</b><br/>curtis.bellamy@atf.gov"],
             ["<b>7. Offense / statute under investigation</b><br/>18 U.S.C. § 922(a)(6) \u2013 false statement in acquisition of firearm; "
              "18 U.S.C. § 924(a)(1)(A) (straw purchasing)", "<b>8. Legal process attached?</b><br/>[ ] Yes\u2003[X] No"]],
            [4.3, 2.4], size=9)
    d.p("<b>9. Subject(s)</b>", 9.5, after=3)
    d.table([["<b>Last, First Middle</b>", "<b>DOB</b>", "<b>DL / ID No.</b>", "<b>Records</b>"],
             ["OSMAN, Faadumo Ali", "03/11/1997", "15-302-8844", "Photo, address, vehicles"],
             ["PETROVIĆ, Nikola", "1988-07-21", "11-068-2209", "Photo, address, vehicles"],
             ["", "", "", ""]], [2.3, 1.1, 1.3, 2.0], size=9, bold_first=True)
    d.p("<b>10. Records requested</b>\u2003[X] Current address\u2003[X] Address history\u2003[X] DL/ID photo\u2003"
        "[ ] Driving record\u2003[X] Vehicle registration\u2003[ ] Title history", 9)
    d.p("<b>11. Permissible use (Driver\u2019s Privacy Protection Act, 18 U.S.C. § 2721 et seq.)</b><br/>"
        "[X] (b)(1) Use by a government agency, including a court or law enforcement agency, in carrying out its "
        "functions\u2003[ ] Other: ____________", 9)
    d.p("<b>12. Certification.</b> I certify under penalty of perjury that the information requested will be used "
        "only for the law enforcement purpose stated above, in accordance with C.R.S. § 42-1-206 and the "
        "federal Driver\u2019s Privacy Protection Act, and that I am authorized to make this request on behalf of "
        "my agency.", 8.5, before=4)
    d.table([["<br/><font name='Serif-I' size=13>Curtis Bellamy</font><br/>Signature of requesting officer",
              "<br/>07/14/2025<br/>Date", "<br/>Supervisor approval: <font name='Serif-I' size=12>K. Dunmore</font><br/>"
              "Karen Dunmore, RAC"]], [2.6, 1.3, 2.8], size=8.5, grid=False)
    d.p("DMV USE ONLY: Received ____ By ____ [ ] Approved [ ] Denied \u2013 Reason: ______________", 8, before=8)
    imgs = rasterize(d, 200, margins=(0.7, 0.7, 0.7, 0.7))
    save_fax(imgs, os.path.join(OUT, "ba04.tif"),
             header=lambda n, t: "JUL-14-2025 10:42   FROM: ATF DENVER FD GRP II   3035550152   P.%02d/%02d" % (n, t),
             rng=rng, angle=0.4)
    expected("ba04", "fax", "ATF fax cover plus state DMV law-enforcement request form, two subjects",
             "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Denver Field Division",
             "Curtis Bellamy", "Special Agent", "curtis.bellamy@atf.gov", "303-555-0151",
             [S("Faadumo Ali Osman", "1997-03-11", ("license", "153028844")),
              S("Nikola Petrović", "1988-07-21", ("license", "110682209"))],
             ["18 USC 922", "18 USC 924", "18 USC 2721", "CRS 42-1-206"], "none", None, False,
             "criminal_investigation", ["address", "photo", "vehicle"], "fax")


# ---------------------------------------------------------------- ba05
def i200_doc(file_no, date, alien, basis_idx, officer, otitle, chk="[X]", unchk="[ ]"):
    d = Doc("Sans", 10)
    d.table([["<b>U.S. DEPARTMENT OF HOMELAND SECURITY</b>", "<b>WARRANT FOR ARREST OF ALIEN</b>"]],
            [3.4, 3.3], size=11, grid=False)
    d.hr(1.5, 6)
    d.table([["", "File No. <u>" + file_no + "</u>"], ["", "Date: <u>" + date + "</u>"]], [3.9, 2.8],
            size=10, grid=False, pad=1)
    d.j("To:\u2003Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
        "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for "
        "immigration violations", 10)
    d.j("I have determined that there is probable cause to believe that <u><b>" + alien + "</b></u> "
        "is removable from the United States. This determination is based upon:", 10)
    opts = ["the execution of a charging document to initiate removal proceedings against the subject;",
            "the pendency of ongoing removal proceedings against the subject;",
            "the failure to establish admissibility subsequent to deferred inspection;",
            "biometric confirmation of the subject\u2019s identity and a records check of federal databases that "
            "affirmatively indicate, by themselves or in addition to other reliable information, that the subject "
            "either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or",
            "statements made voluntarily by the subject to an immigration officer and/or other reliable evidence "
            "that affirmatively indicate the subject either lacks immigration status or notwithstanding such "
            "status is removable under U.S. immigration law."]
    for i, o in enumerate(opts):
        d.j((chk if i == basis_idx else unchk) + "\u2003" + o, 9.5, left=16, after=3)
    d.j("<b>YOU ARE COMMANDED</b> to arrest and take into custody for removal proceedings under the Immigration "
        "and Nationality Act, the above-named alien.", 10, after=14)
    d.table([["", "<font name='Serif-I' size=14>" + officer + "</font>"],
             ["", "<font size=7>(Signature of Authorized Immigration Officer)</font>"],
             ["", officer + ", " + otitle],
             ["", "<font size=7>(Printed Name and Title of Authorized Immigration Officer)</font>"]],
            [3.2, 3.5], size=9.5, grid=False, pad=1)
    d.hr(0.8, 4)
    d.c("<b>Certificate of Service</b>", 10, after=4)
    d.j("I hereby certify that the Warrant for Arrest of Alien was served by me at ______________________ on "
        "______________________, and the contents of this notice were read to him or her in the "
        "______________ language.", 9.5)
    d.table([["____________________________________<br/><font size=7>Name and Signature of Officer</font>",
              "____________________________________<br/><font size=7>Name or Number of Interpreter (if applicable)</font>"]],
            [3.35, 3.35], size=9, grid=False)
    return d


@doc
def ba05(rng):
    d = i200_doc("A215 664 098", "05/28/2025", "NÚÑEZ PAREDES, Wilmer Alexis", 0, "Juan P. Castellanos",
                 "Supervisory Detention and Deportation Officer")
    img = rasterize(d, 150, footer="Form I-200 (Rev. 09/16)", margins=(0.6, 0.8, 0.8, 0.8))[0]
    img = degrade(img, rng, angle=-0.9, bg=240, noise=5, blur=0.4)
    jpg = img_bytes(img, "JPEG", quality=70)
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "\"Vásquez, Rogelio\" <rogelio.vasquez@ice.dhs.gov>"
    m["To"] = "dmv.lawenforcement@state.co.us"
    m["Subject"] = "ICE ERO request \u2013 address / DL info \u2013 NÚÑEZ PAREDES"
    m["Date"] = "Mon, 02 Jun 2025 13:22:05 -0600"
    m["Message-ID"] = "<CH3PR09MB7731.ba05@ice.dhs.gov>"
    body = """Good afternoon,

ERO Denver is attempting to locate the individual below, who is the subject of the attached Warrant for Arrest of Alien. Please provide any current residential address, mailing address, and the most recent DL/ID photo on file.

Subject: NÚÑEZ PAREDES, Wilmer Alexis
DOB: 06/19/1992
A#: 215-664-098

Thank you for your assistance.

Rogelio Vásquez
Deportation Officer
ICE ERO Denver - Grand Junction Sub-Office
Phone: 970-555-0134
"""
    m.set_content(body)
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="I-200_NUNEZ_PAREDES.jpg")
    write_eml(os.path.join(OUT, "ba05.eml"), m)
    expected("ba05", "eml", "ERO e-mail with I-200 administrative arrest warrant attached as JPEG",
             "dhs-ice-ero", "ICE ERO Denver - Grand Junction Sub-Office", "Rogelio Vásquez", "Deportation Officer",
             "rogelio.vasquez@ice.dhs.gov", "970-555-0134",
             [S("Wilmer Alexis Núñez Paredes", "1992-06-19", ("a_number", "A215664098"))],
             ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
             ["address", "photo"], "email")


# ---------------------------------------------------------------- ba06
@doc
def ba06(rng):
    d = Doc("Serif", 11)
    d.table([["<b>Office of Enforcement and Removal Operations</b><br/>U.S. Department of Homeland Security<br/>"
              "Aurora Sub-Office, Denver Field Office<br/>3130 North Oakland Street<br/>Aurora, CO 80010",
              "<b>U.S. Immigration<br/>and Customs<br/>Enforcement</b>"]], [4.6, 2.0], size=10, font="Serif", grid=False)
    d.hr(1, 12)
    d.p("2025-05-06", after=12)
    d.lines("""Colorado Department of Labor and Employment
Unemployment Insurance \u2013 Employer Services / Wage Records
P.O. Box 8789
Denver, CO 80201-8789""", after=12)
    d.p("<b>Subject: Request for employer and wage information \u2013 MEJÍA CÁCERES, Kevin Josué "
        "(A097 551 236), DOB 14 Jan 1999</b>", after=10)
    d.j("The above-named individual is subject to a final order of removal and is the subject of the enclosed "
        "Warrant of Removal/Deportation (Form I-205). Enforcement and Removal Operations is attempting to locate "
        "him in order to effect his removal under 8 U.S.C. § 1231(a).")
    d.j("To assist in this effort, we request the name and address of each employer that has reported wages for "
        "Mr. Mejía Cáceres during the last four reported quarters, the quarterly wage amounts, and any residential "
        "address or telephone number contained in your records.")
    d.j("Please forward any responsive information to my attention at the address above or by e-mail. Thank you "
        "for your assistance.")
    d.p("Sincerely,", before=4, after=16)
    d.sig("Tamara Lindqvist", 16)
    d.lines("""Tamara Lindqvist
Supervisory Detention and Deportation Officer
(720) 555-0161
tamara.lindqvist@ice.dhs.gov""", after=10)
    d.p("Enclosure: Form I-205", 9)
    d.br()
    d.font = "Sans"
    d.table([["<b>U.S. Department of Homeland Security</b>", "<b>Warrant of Removal/Deportation</b>"]], [3.4, 3.3],
            size=11, grid=False)
    d.hr(1.5, 8)
    d.table([["", "File No: <u>A097 551 236</u>"], ["", "Date: <u>February 11, 2025</u>"]], [3.9, 2.8], size=10, grid=False, pad=1)
    d.p("To any immigration officer of the United States Department of Homeland Security:", 10, after=8)
    d.c("<u>KEVIN JOSUÉ MEJÍA CÁCERES</u>", 11, after=0)
    d.c("<font size=7>(Full name of alien)</font>", after=6)
    d.p("who entered the United States at <u>near Hidalgo, Texas</u> on <u>on or about 03/2016</u>", 10, after=0)
    d.p("<font size=7>\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003(Place of entry)"
        "\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003(Date of entry)</font>", 10, after=6)
    d.p("is subject to removal/deportation from the United States, based upon a final order by:", 10, after=4)
    for c, t in [("[X]", "an immigration judge in exclusion, deportation, or removal proceedings"),
                 ("[ ]", "a designated official"), ("[ ]", "the Board of Immigration Appeals"),
                 ("[ ]", "a United States District or Magistrate Court Judge")]:
        d.p(c + "\u2003" + t, 10, left=24, after=2)
    d.p("and pursuant to the following provisions of the Immigration and Nationality Act:", 10, before=6, after=2)
    d.p("<u>Section 212(a)(6)(A)(i) \u2013 alien present without admission or parole</u>", 10, left=24, after=8)
    d.j("I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
        "Secretary of Homeland Security under the laws of the United States and by his or her direction, command "
        "you to take into custody and remove from the United States the above-named alien, pursuant to law, at "
        "the expense of:", 10)
    d.p("<u>the appropriation \u201cEnforcement and Removal Operations\u201d</u>", 10, left=24, after=16)
    d.table([["", "<font name='Serif-I' size=15>Robert A. Delgado</font>"],
             ["", "<font size=7>(Signature of immigration officer)</font>"],
             ["", "Field Office Director, Denver"],
             ["", "<font size=7>(Title of immigration officer)</font>"],
             ["", "Centennial, Colorado"],
             ["", "<font size=7>(Date and office location)</font>"]], [3.2, 3.5], size=10, grid=False, pad=1)
    d.p("Form I-205 (Rev. 08/01/07)", 7.5, before=20)
    imgs = rasterize(d, 200, margins=(0.8, 0.9, 0.8, 0.9))
    imgs = [degrade(imgs[0], rng, 1.1), degrade(imgs[1], rng, -0.7, turn=180)]
    save_scanned_pdf(imgs, os.path.join(OUT, "ba06.pdf"))
    expected("ba06", "scanned", "ERO cover letter to labor department with I-205 warrant of removal (page upside down)",
             "dhs-ice-ero", "Enforcement and Removal Operations, Aurora Sub-Office, Denver Field Office",
             "Tamara Lindqvist", "Supervisory Detention and Deportation Officer", "tamara.lindqvist@ice.dhs.gov",
             "(720) 555-0161",
             [S("Kevin Josué Mejía Cáceres", "1999-01-14", ("a_number", "A097551236"))],
             ["8 USC 1231", "INA 212"], "administrative_warrant", "I-205", True, "civil_immigration",
             ["employment", "wages", "address", "phone"], "mail")


# ---------------------------------------------------------------- ba07
@doc
def ba07(rng):
    d = Doc("Sans", 10)
    d.c("<b>DHS / ICE / ERO</b>", 14, after=0)
    d.c("Criminal Alien Program \u2013 Cañon City Detail", 11, after=0)
    d.c("Denver Field Office", 10, after=14)
    d.c("<b>FAX COVER SHEET</b>", 18, after=12)
    d.table([["Date:", "July 8, 2025"], ["To:", "Colorado Department of Corrections \u2013 Offender Records / Time Computation"],
             ["Attn:", "Detainer Desk, Sterling Correctional Facility"], ["Fax #:", "(970) 555-0106"],
             ["From:", "Gerald Whitcomb, Deportation Officer, ICE ERO"], ["Phone:", "(719) 555-0127"],
             ["Email:", "gerald.whitcomb@ice.dhs.gov"], ["Pages:", "2 including cover"]], [1.1, 5.4], size=11, grid=False, pad=3)
    d.sp(8)
    d.lines("""Comments:
Please lodge the attached Form I-247A against inmate SHEVCHENKO, Viktor,
CDOC #178823. Request notification of the projected release date / any
change in mandatory release date, and a copy of the inmate's most recent
booking photograph. Please fax the signed service section back to this office.""", size=11)
    d.sp(120)
    d.p("This transmission may contain information that is privileged, law enforcement sensitive, or otherwise "
        "protected from disclosure. If you have received this fax in error, please call the sender and destroy "
        "all copies.", 8)
    d.br()
    d.font = "Cond"
    d.c("<b>DEPARTMENT OF HOMELAND SECURITY</b>", 10.5, after=0, font="Cond")
    d.c("<b>IMMIGRATION DETAINER - NOTICE OF ACTION</b>", 12, after=6, font="Cond")
    d.table([["Subject ID: 387412905", "Event #: DNV2507000123", "File No: A 206-338-714", "Date: 07/08/2025"]],
            [1.7, 1.8, 1.7, 1.5], size=8.5, font="Cond")
    d.table([["<b>TO:</b> (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)<br/>"
              "Colorado Department of Corrections, Sterling Correctional Facility, Sterling, CO",
              "<b>FROM:</b> (Department of Homeland Security Office Address)<br/>ICE ERO Denver Field Office, "
              "12445 E. Caley Ave., Centennial, CO 80111"],
             ["<b>Name of Alien:</b> SHEVCHENKO, Viktor", "<b>Date of Birth:</b> 10/02/1984\u2003<b>Citizenship:</b> Ukraine\u2003<b>Sex:</b> M"]],
            [3.35, 3.35], size=8.5, font="Cond")
    d.p("<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
        "DETERMINATION IS BASED ON</b> (complete box 1 or 2).", 8.5, after=2)
    for c, t in [("[X]", "A final order of removal against the alien;"),
                 ("[ ]", "The pendency of ongoing removal proceedings against the alien;"),
                 ("[ ]", "Biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or"),
                 ("[ ]", "Statements made by the alien to an immigration officer and/or other reliable evidence that affirmatively indicate the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.")]:
        d.p(c + " " + t, 8.5, left=14, after=1)
    d.p("<b>2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION</b> (complete box 1 or 2). "
        "[ ] Upon completion of the proceeding or investigation for which the alien was transferred to your custody, "
        "DHS intends to resume custody of the alien to complete processing and/or make an admissibility determination.", 8.5, before=3, after=3)
    d.p("<b>IT IS THEREFORE REQUESTED THAT YOU:</b>", 8.5, after=1)
    d.p("\u2022 Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from "
        "your custody. Please notify DHS by calling [X] U.S. Immigration and Customs Enforcement (ICE) or [ ] U.S. "
        "Customs and Border Protection (CBP) at (719) 555-0127. If you cannot reach an official at the number(s) "
        "provided, please contact the Law Enforcement Support Center at (802) 555-0100.", 8.5, left=8, after=1)
    d.p("\u2022 Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would "
        "otherwise have been released from your custody to allow DHS to assume custody. The alien must be served with "
        "a copy of this form for the detainer to take effect. This detainer arises from DHS authorities and should "
        "not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody "
        "classification, work, quarter assignments, or other matters.", 8.5, left=8, after=1)
    d.p("\u2022 Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.", 8.5, left=8, after=1)
    d.p("\u2022 Notify this office in the event of the alien's death, hospitalization or transfer to another institution.", 8.5, left=8, after=3)
    d.p("[ ] If checked: please cancel the detainer related to this alien previously submitted to you on ________ (date).", 8.5)
    d.table([["Gerald Whitcomb, Deportation Officer<br/><font size=6.5>(Name and title of Immigration Officer)</font>",
              "<font name='Serif-I' size=12>G. Whitcomb</font><br/><font size=6.5>(Signature of Immigration Officer) (Sign in ink)</font>"]],
            [3.35, 3.35], size=8.5, font="Cond")
    d.p("<b>Notice:</b> If the alien may be the victim of a crime or you want the alien to remain in the United States "
        "for a law enforcement purpose, notify the ICE Law Enforcement Support Center at (802) 555-0100. You may "
        "also call this number if you have any other questions or concerns about this matter.", 8)
    d.p("<b>TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN WITHIN THIS FACILITY:</b><br/>"
        "Date of latest criminal charge/conviction: __________ Last offense charged/conviction: ______________<br/>"
        "This form was served upon the alien on __________, in the following manner: [ ] in person "
        "[ ] by inmate mail delivery [ ] other (please specify): ____________", 8)
    d.p("Authority: sections 236 and 287 of the Immigration and Nationality Act; 8 C.F.R. 287.7.\u2003\u2003"
        "Form I-247A (3/17)", 7.5, before=2)
    imgs = rasterize(d, 200, margins=(0.55, 0.75, 0.5, 0.75))
    save_fax(imgs, os.path.join(OUT, "ba07.tif"),
             header=lambda n, t: "07/08/2025 15:31  ICE ERO CAP CANON CITY  7195550128   #%03d P.%d/%d" % (412, n, t),
             rng=rng, angle=0.0)
    expected("ba07", "fax", "ERO fax cover plus Form I-247A detainer to state corrections",
             "dhs-ice-ero", "DHS / ICE / ERO Criminal Alien Program, Denver Field Office", "Gerald Whitcomb",
             "Deportation Officer", "gerald.whitcomb@ice.dhs.gov", "(719) 555-0127",
             [S("Viktor Shevchenko", "1984-10-02", ("a_number", "A206338714"), ("other", "178823"),
                ("other", "387412905"))],
             ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", False, "civil_immigration",
             ["photo", "other"], "fax")


# ---------------------------------------------------------------- ba08
@doc
def ba08(rng):
    d = Doc("Sans", 9.5)
    d.c("<b>DEPARTMENT OF HOMELAND SECURITY</b>", 11, after=0)
    d.c("<b>REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN</b>", 11, after=8)
    d.table([["Subject ID: 402281177", "Event #: DNV2508000311", "File No: A078 113 520", "Date: 14 Aug 2025"]],
            [1.7, 1.8, 1.7, 1.5], size=9)
    d.table([["<b>TO:</b> (Name and Title of Institution)<br/>Colorado Department of Corrections<br/>"
              "Denver Reception &amp; Diagnostic Center \u2013 Records",
              "<b>FROM:</b> (DHS Office Address)<br/>U.S. Immigration and Customs Enforcement<br/>"
              "Enforcement and Removal Operations, Denver Field Office<br/>12445 E. Caley Ave., Centennial, CO 80111"],
             ["<b>Name of Alien:</b> TRAN, Thi Huong<br/><b>FBI No.:</b> 448812RB4",
              "<b>Date of Birth:</b> 12/05/1977\u2003<b>Nationality:</b> Vietnam\u2003<b>Sex:</b> F"]],
            [3.35, 3.35], size=9)
    d.p("<b>1. DHS HAS DETERMINED THAT THE INDIVIDUAL IS A SUSPECTED PRIORITY ALIEN</b> based on the following:", 9.5, after=2)
    for c, t in [("[X]", "The alien has been convicted of an offense for which an element was active participation in a criminal street gang, or is an aggravated felon;"),
                 ("[ ]", "The alien has been convicted of three or more misdemeanor offenses;"),
                 ("[ ]", "The alien has been issued a final order of removal on or after January 1, 2014.")]:
        d.p(c + " " + t, 9, left=14, after=2)
    d.p("<b>2. IT IS REQUESTED THAT YOU:</b>", 9.5, before=4, after=2)
    d.p("Notify DHS as early as practicable (at least 48 hours, if possible) before the individual is released from "
        "your custody, by calling (303) 555-0175 or e-mailing patrick.odonnell@ice.dhs.gov. Please provide the "
        "scheduled release date and time and the address to which the individual will be released.", 9, left=14)
    d.p("This request does not request or authorize that you detain the subject beyond the time he or she is "
        "currently scheduled for release from your custody.", 9, left=14)
    d.p("Authority: section 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.", 9, before=4)
    d.sp(10)
    d.table([["Patrick O'Donnell, Deportation Officer<br/><font size=7>(Name and title of Immigration Officer)</font>",
              "<font name='Serif-I' size=14>Patrick O'Donnell</font><br/><font size=7>(Signature of Immigration Officer)</font>"]],
            [3.35, 3.35], size=9.5)
    d.p("TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN: Projected release date: "
        "______________ Facility contact: __________________ Phone: ______________", 8.5, before=8)
    d.p("DHS Form I-247N (10/15)", 7.5, before=26)
    d.br()
    d.c("<b>NOTICE TO THE INDIVIDUAL</b>", 12, after=8)
    d.j("The Department of Homeland Security (DHS) has asked the agency that currently holds you to notify DHS "
        "before you are released. This request does not ask the agency to hold you beyond the time you would "
        "otherwise be released. If you have questions or believe you are a United States citizen or the victim of a "
        "crime, you may call the ICE Law Enforcement Support Center at (802) 555-0100.", 10)
    d.p("DHS Form I-247N (10/15) \u2013 Page 2", 7.5, before=12)
    imgs = rasterize(d, 200, margins=(0.7, 0.75, 0.7, 0.75))
    imgs = [degrade(imgs[0], rng, -1.4, bg=222, noise=10), degrade(imgs[1], rng, 0.6, turn=90, bg=222, noise=10)]
    save_scanned_pdf(imgs, os.path.join(OUT, "ba08.pdf"))
    expected("ba08", "scanned", "Form I-247N request for voluntary notification of release, plus notice page rotated 90 degrees",
             "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
             "Patrick O'Donnell", "Deportation Officer", "patrick.odonnell@ice.dhs.gov", "(303) 555-0175",
             [S("Thi Huong Tran", "1977-12-05", ("a_number", "A078113520"), ("other", "448812RB4"), ("other", "402281177"))],
             ["INA 287", "8 CFR 287.7"], "detainer", "I-247N", False, "civil_immigration",
             ["address", "other"], "mail")


# ---------------------------------------------------------------- I-138 helper
def i138(d, sub_no, matter, to, officer_line, place, when, records, issuer, ititle, day, month, year, chk="[X]"):
    d.c("<b>DEPARTMENT OF HOMELAND SECURITY</b>", 11, after=0)
    d.c("<b>IMMIGRATION ENFORCEMENT SUBPOENA</b>", 14, after=0)
    d.c("To Appear and/or Produce Records", 9.5, after=8)
    d.table([["<b>Subpoena Number:</b> " + sub_no], ["<b>In the matter of:</b> " + matter],
             ["<b>To:</b> " + to]], [6.7], size=9.5)
    d.j("By the authority of section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), "
        "and 8 C.F.R. § 287.4, you are hereby summoned and commanded to appear before " + officer_line +
        " at " + place + " on " + when + " to testify and give information relating to the matter above", 9.5)
    d.p(chk + " and to bring with you and produce the records listed below:", 9.5, left=12)
    for r in records:
        d.p("\u2013 " + r, 9.5, left=28, after=2)
    d.sp(4)
    d.j("In lieu of appearance, the records may be produced to the officer named above by mail or electronic "
        "transmission on or before the date stated.", 9.5)
    d.j("<b>Failure to comply with this subpoena will render you liable to proceedings in a U.S. District Court, "
        "which may result in the issuance of an order by the court requiring you to appear and testify, produce the "
        "records and documents, or both, and failure to comply with such order may be punishable as contempt of "
        "court.</b>", 9.5)
    d.p("Issued under my hand this <u>%s</u> day of <u>%s</u>, <u>%s</u>." % (day, month, year), 9.5, before=4)
    d.table([["", "<font name='Serif-I' size=14>" + issuer + "</font><br/><font size=7>(Signature)</font>"],
             ["", issuer + ", " + ititle + "<br/><font size=7>(Name and Title)</font>"]], [3.0, 3.7], size=9.5, grid=False, pad=2)
    d.p("DHS Form I-138 (8/16)", 7.5, before=10)


# ---------------------------------------------------------------- ba09
@doc
def ba09(rng):
    d = Doc("Sans", 9.5)
    i138(d, "DEN-ERO-2025-0412",
         "ACEVEDO RÍOS, Óscar Iván \u2013 A 201 874 339 \u2013 DOB: April 3, 1990 \u2013 investigation of "
         "admissibility and removability under the Immigration and Nationality Act",
         "Custodian of Records, Colorado Department of Labor and Employment, 633 17th Street, Denver, CO 80202",
         "Deportation Officer Marcus Hollis, ICE Enforcement and Removal Operations",
         "12445 East Caley Avenue, Centennial, Colorado 80111", "August 15, 2025, 10:00 a.m.",
         ["Quarterly wage records reported for the above-named person from January 1, 2022 to present;",
          "Names, addresses and telephone numbers of all employers reporting wages;",
          "Any residential address, mailing address and telephone number provided by the person in connection "
          "with any claim for unemployment benefits."],
         "Christopher J. Landry", "Assistant Field Office Director", "25th", "July", "2025")
    pdf = pdf_bytes(d, margins=(0.6, 0.8, 0.6, 0.8), footer_font="Sans")
    plain = """Good morning,

Please see the attached DHS Form I-138, Immigration Enforcement Subpoena, directed to the Colorado Department of Labor and Employment and concerning ACEVEDO RÍOS, Óscar Iván (A201 874 339).

In lieu of appearance, CDLE may produce the requested wage and employer records electronically to me at this address by 08/15/2025. Please let me know if you need the subpoena served in another manner.

Respectfully,

Marcus Hollis
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Denver Field Office
Desk: 303-555-0172
marcus.hollis@ice.dhs.gov
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Please see the attached DHS Form I-138, <b>Immigration Enforcement Subpoena</b>, directed to the Colorado Department
of Labor and Employment and concerning <b>ACEVEDO R&Iacute;OS, &Oacute;scar Iv&aacute;n (A201 874 339)</b>.</p>
<p>In lieu of appearance, CDLE may produce the requested wage and employer records electronically to me at this
address by 08/15/2025. Please let me know if you need the subpoena served in another manner.</p>
<p>Respectfully,</p>
<p><b>Marcus Hollis</b><br>Deportation Officer<br>U.S. Immigration and Customs Enforcement<br>
Enforcement and Removal Operations | Denver Field Office<br>Desk: 303-555-0172<br>
<a href="mailto:marcus.hollis@ice.dhs.gov">marcus.hollis@ice.dhs.gov</a></p>
</body></html>
"""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "\"Hollis, Marcus\" <marcus.hollis@ice.dhs.gov>"
    m["To"] = "cdle_ui_legal@state.co.us"
    m["Subject"] = "Immigration Enforcement Subpoena \u2013 CDLE \u2013 Response due 08/15/2025"
    m["Date"] = "Fri, 25 Jul 2025 09:03:44 -0600"
    m["Message-ID"] = "<SA1PR09MB4410.ba09@ice.dhs.gov>"
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="I-138_DEN-ERO-2025-0412.pdf")
    write_eml(os.path.join(OUT, "ba09.eml"), m)
    expected("ba09", "eml", "ERO e-mail (plain+HTML) with DHS Form I-138 subpoena PDF attached, wage records",
             "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
             "Marcus Hollis", "Deportation Officer", "marcus.hollis@ice.dhs.gov", "303-555-0172",
             [S("Óscar Iván Acevedo Ríos", "1990-04-03", ("a_number", "A201874339"))],
             ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True, "civil_immigration",
             ["wages", "employment", "address", "phone"], "email")


# ---------------------------------------------------------------- ba10
@doc
def ba10(rng):
    d = Doc("Sans", 9.5)
    i138(d, "HSI-GJ-25-0087",
         "Criminal investigation of violations of 8 U.S.C. § 1324(a)(1)(A)(ii) (transporting illegal aliens) and "
         "18 U.S.C. § 371 (conspiracy) \u2013 HSI Case No. GJ03QR25GJ0012",
         "Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles, Title and Registration Section",
         "Group Supervisor Aleksandra Nowak, Homeland Security Investigations",
         "HSI Resident Agent in Charge, 2454 Patterson Road, Grand Junction, CO 81505", "September 5, 2025",
         ["See Attachment 1."], "Aleksandra Nowak", "Group Supervisor, HSI Grand Junction", "19th", "August", "2025")
    d.br()
    d.c("<b>ATTACHMENT 1 \u2013 Subpoena No. HSI-GJ-25-0087</b>", 11, after=10)
    d.j("Produce certified copies of the following records for each person listed below, for the period "
        "January 1, 2022 through the date of this subpoena:", 10)
    d.table([["<b>Name</b>", "<b>DOB</b>", "<b>Identifiers</b>"],
             ["LÓPEZ DE LA ROSA, Maribel", "08 Feb 1985", "CO DL 18-774-0263"],
             ["HOANG, Duc Minh", "1992-11-30", "CO ID 20-119-5507"]], [2.8, 1.4, 2.5], size=10, bold_first=True)
    for i, t in enumerate(["All vehicle registration and title records, including vehicles registered jointly;",
                           "Driver license / identification card applications, including residential and mailing addresses;",
                           "Registration records for 2019 Ford Transit, CO plate BXR-4471, and the name and address of every registrant."], 1):
        d.j("%d. %s" % (i, t), 10, left=14, after=3)
    d.j("The records are sought in connection with an ongoing criminal investigation. You are requested not to "
        "disclose the existence of this subpoena, as disclosure could impede the investigation. Questions may be "
        "directed to Group Supervisor Aleksandra Nowak, (970) 555-0186, aleksandra.nowak@ice.dhs.gov.", 10, before=8)
    imgs = rasterize(d, 200, margins=(0.6, 0.8, 0.6, 0.8))
    imgs = [degrade(imgs[0], rng, 0.8, bg=230), degrade(imgs[1], rng, -1.6, turn=270, bg=230)]
    save_scanned_pdf(imgs, os.path.join(OUT, "ba10.pdf"))
    expected("ba10", "scanned", "HSI-issued DHS Form I-138 in a smuggling case with attachment page rotated 90 degrees",
             "dhs-ice-hsi", "Homeland Security Investigations, Grand Junction", "Aleksandra Nowak", "Group Supervisor",
             "aleksandra.nowak@ice.dhs.gov", "(970) 555-0186",
             [S("Maribel López de la Rosa", "1985-02-08", ("license", "187740263")),
              S("Duc Minh Hoang", "1992-11-30", ("license", "201195507"))],
             ["INA 235", "8 USC 1225", "8 CFR 287.4", "8 USC 1324", "18 USC 371"], "administrative_subpoena", "I-138",
             True, "criminal_investigation", ["vehicle", "address", "license"], "mail")


# ---------------------------------------------------------------- ba11
@doc
def ba11(rng):
    d = Doc("Sans", 9.5)
    d.table([["<b>DEPARTMENT OF HOMELAND SECURITY</b><br/>U.S. Customs and Border Protection",
              "<b>SUMMONS</b><br/><font size=8>19 U.S.C. § 1509</font>", "Summons No.<br/><b>OT-RA-CHI-2025-0193</b>"]],
            [2.9, 1.6, 2.2], size=10)
    d.table([["<b>In the matter of:</b> Summit Ridge Imports LLC (Importer No. 84-2207315-00), entries of consumer "
              "goods filed January 2022 through December 2024; inquiry into the correctness of entries and the "
              "liability of the importer and its principals for duties, fees and penalties under 19 U.S.C. § 1592."],
             ["<b>To:</b> Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance "
              "Employer Services, 633 17th Street, Denver, CO 80202"]], [6.7], size=9.5)
    d.p("<b>Greeting:</b>", 10, before=4)
    d.j("You are hereby summoned and required to appear before <b>Janelle Ostrowski, Supervisory Auditor</b>, an "
        "officer of U.S. Customs and Border Protection, Office of Trade, Regulatory Audit and Agency Advisory "
        "Services, at <b>610 South Canal Street, Chicago, IL 60607</b>, on <b>October 6, 2025</b>, at <b>10:00 "
        "a.m.</b>, to give testimony and to produce the following records, which are relevant to the matter above:", 9.5)
    for i, t in enumerate([
            "Quarterly UI tax and wage reports filed by Summit Ridge Imports LLC (Colorado employer account 30-884512) for 2022 through 2024;",
            "Wage records reported for the company's principals PARK, Ji-hoon (DOB 06/09/1976) and Rashid Mohamed FARAH, including any other employer reporting wages for them;",
            "Employer registration records listing owners, officers and business addresses."], 1):
        d.j("(%d) %s" % (i, t), 9.5, left=14, after=3)
    d.j("Production of certified copies of the records to the officer named above on or before the date stated "
        "will be accepted in lieu of personal appearance. Regulations governing recordkeeping, examination and "
        "summonses appear at 19 C.F.R. Part 163.", 9.5, before=4)
    d.j("<b>Failure to comply with this summons will render you liable to proceedings in a United States District "
        "Court to enforce compliance with this summons, pursuant to 19 U.S.C. § 1510, as well as other sanctions.</b>", 9.5)
    d.table([["Issued at: Chicago, Illinois<br/>Date: 09/08/2025",
              "<font name='Serif-I' size=14>Janelle Ostrowski</font><br/>Janelle Ostrowski<br/>Supervisory Auditor, "
              "Office of Trade \u2013 Regulatory Audit<br/>Tel. 312-555-0114 \u00b7 janelle.ostrowski@cbp.dhs.gov"]],
            [2.7, 4.0], size=9.5)
    d.p("CBP Form 3115 (02/19)", 7.5, before=6)
    d.br()
    d.c("<b>CERTIFICATE OF SERVICE OF SUMMONS</b>", 11, after=8)
    d.j("I certify that I served the summons on the front of this form on the date and in the manner indicated below:", 9.5)
    d.table([["Date: 09/09/2025", "Time: 11:20 a.m."],
             ["How served: [ ] personal delivery\u2003[X] certified mail, return receipt requested\u2003[ ] e-mail by agreement", ""],
             ["Signature of officer serving: <font name='Serif-I' size=12>Janelle Ostrowski</font>", "Title: Supervisory Auditor"]],
            [4.7, 2.0], size=9.5, spans=[((0, 1), (1, 1))])
    build_pdf(os.path.join(OUT, "ba11.pdf"), d, margins=(0.6, 0.8, 0.7, 0.8))
    expected("ba11", "born_digital", "CBP Form 3115 customs summons (Office of Trade) to labor department, two principals",
             "dhs-cbp", "U.S. Customs and Border Protection, Office of Trade, Regulatory Audit and Agency Advisory Services",
             "Janelle Ostrowski", "Supervisory Auditor", "janelle.ostrowski@cbp.dhs.gov", "312-555-0114",
             [S("Ji-hoon Park", "1976-06-09"), S("Rashid Mohamed Farah", None)],
             ["19 USC 1509", "19 USC 1592", "19 CFR 163", "19 USC 1510"], "administrative_subpoena", "3115", True,
             "unknown", ["wages", "employment"], "mail")


# ---------------------------------------------------------------- ba12
@doc
def ba12(rng):
    d = Doc("Sans", 10)
    d.c("<b>DRUG ENFORCEMENT ADMINISTRATION</b>", 14, after=0)
    d.c("Denver Field Division \u2013 Enforcement Group 3", 11, after=0)
    d.c("12154 East Easter Avenue, Centennial, CO 80112", 9.5, after=16)
    d.c("<b>FAX</b>", 26, after=12)
    d.table([["TO:", "Colorado DMV \u2013 Law Enforcement Records Unit", "FROM:", "TFO Ryan Sandoval"],
             ["FAX:", "(303) 555-0199", "PHONE:", "(303) 555-0121"],
             ["DATE:", "08/04/2025", "E-MAIL:", "ryan.sandoval@dea.gov"],
             ["RE:", "DEA administrative subpoena", "PAGES:", "3 (with cover)"]], [0.8, 3.0, 0.9, 2.0], size=10.5, grid=False)
    d.sp(8)
    d.lines("""Attached is a DEA administrative subpoena (21 U.S.C. 876) for DL, photo and
registration records on two individuals. Please return the records to me by
fax or e-mail. Please do not contact the subjects. Thank you!
                                                            -- R. Sandoval, TFO""", size=11)
    d.sp(150)
    d.p("NOTICE: This facsimile is intended only for the use of the addressee and may contain information that is "
        "LAW ENFORCEMENT SENSITIVE. If you have received this communication in error, please notify DEA by "
        "telephone and return the original to the address above via U.S. Postal Service.", 8)
    d.br()
    d.table([["U.S. Department of Justice<br/>Drug Enforcement Administration",
              "<b>SUBPOENA</b>", "Subpoena No. 25-DEN-EG3-00591<br/>File No. GD-25-0117<br/>G-DEP: GDF1C"]],
            [2.8, 1.7, 2.2], size=10, grid=False)
    d.hr(1.2, 8)
    d.p("<b>TO:</b>\u2003Custodian of Records<br/>\u2003\u2003\u2003Colorado Department of Revenue, Division of Motor "
        "Vehicles<br/>\u2003\u2003\u20031881 Pierce Street, Lakewood, Colorado 80214", 10)
    d.j("By the authority of Title 21, United States Code, Section 876, you are hereby required to appear before "
        "<b>Task Force Officer Ryan Sandoval</b>, an officer of the Drug Enforcement Administration, at 12154 East "
        "Easter Avenue, Centennial, Colorado, on the <b>18th day of August, 2025</b>, at 9:00 a.m., and to produce "
        "the records listed below, which are relevant and material to an investigation relating to the enforcement "
        "of the Controlled Substances Act, specifically violations of Title 21, United States Code, Sections 841 "
        "and 846.", 10)
    d.p("<b>Records to be produced:</b> For the following persons, all driver license and identification card "
        "records, including applications, photographs, residential and mailing addresses, and all vehicle "
        "registrations, current and historical:", 10, after=4)
    d.table([["RAMÍREZ-OCHOA, Héctor", "DOB 03/04/1987", "CO DL 16-220-9914"],
             ["ABDI, Mustafa Jama", "DOB 22 Sep 1993", "CO DL unknown"]], [2.8, 1.7, 2.2], size=10)
    d.j("Personal appearance is not required if the records are furnished to the officer named above on or before "
        "the return date. You are requested not to disclose the existence of this subpoena for an indefinite period, "
        "as disclosure could impede the investigation.", 10)
    d.j("<b>In the event of your failure to comply, the Attorney General may invoke the aid of a United States "
        "District Court to compel compliance with this subpoena, as provided in 21 U.S.C. § 876(c).</b>", 10)
    d.table([["Issued: 08/04/2025<br/>Centennial, Colorado",
              "<font name='Serif-I' size=14>Angela Whitfield</font><br/>Angela Whitfield<br/>Group Supervisor, "
              "Enforcement Group 3<br/>Drug Enforcement Administration"]], [2.7, 4.0], size=10, grid=False)
    d.p("Return records to: TFO Ryan Sandoval, (303) 555-0121, ryan.sandoval@dea.gov", 9, before=6)
    d.br()
    d.c("<b>RETURN OF SERVICE</b>", 11, after=8)
    d.p("Served by facsimile transmission to (303) 555-0199 on 08/04/2025 at 14:07.", 10)
    d.p("Served by: Ryan Sandoval, Task Force Officer\u2003\u2003Signature: <font name='Serif-I' size=12>R. Sandoval</font>", 10)
    d.p("Records received: ____________ (date)\u2003\u2003By: ______________", 10, before=10)
    imgs = rasterize(d, 200, margins=(0.7, 0.8, 0.7, 0.8))
    save_fax(imgs, os.path.join(OUT, "ba12.tif"),
             header=lambda n, t: "08/04/2025 14:07 FAX 3035550121  DEA DENVER FD EG3            %03d/%03d" % (n, t),
             rng=rng, angle=0.6)
    expected("ba12", "fax", "DEA fax cover plus 21 USC 876 administrative subpoena and return-of-service page",
             "doj-dea", "Drug Enforcement Administration, Denver Field Division", "Ryan Sandoval", "Task Force Officer",
             "ryan.sandoval@dea.gov", "(303) 555-0121",
             [S("Héctor Ramírez-Ochoa", "1987-03-04", ("license", "162209914")),
              S("Mustafa Jama Abdi", "1993-09-22")],
             ["21 USC 876", "21 USC 841", "21 USC 846"], "administrative_subpoena", None, True,
             "criminal_investigation", ["license", "photo", "address", "vehicle"], "fax")


# ---------------------------------------------------------------- ba13
@doc
def ba13(rng):
    d = Doc("Serif", 10.5)
    d.c("<b>U.S. Department of Justice</b>", 14, after=2)
    d.hr(0.8, 2)
    d.p("<i>United States Attorney</i><br/><i>District of Colorado</i>", 10.5, after=10)
    d.table([["<font size=8>1801 California Street, Suite 1600<br/>Denver, Colorado 80202</font>",
              "<font size=8>Telephone (303) 555-0110<br/>www.justice.gov/usao-co</font>"]], [3.6, 3.0], size=8, grid=False, font="Serif")
    d.r("August 12, 2025", after=12)
    d.lines("""<b>VIA CERTIFIED MAIL</b>
Custodian of Records
Colorado Department of Labor and Employment
633 17th Street, Suite 201
Denver, CO 80202""", after=10)
    d.p("<b>Re:\u2003Federal Grand Jury Subpoena No. 2025R00817-014</b>", after=10)
    d.p("Dear Custodian of Records:", after=8)
    d.j("Enclosed is a subpoena issued by a federal grand jury sitting in the District of Colorado, which was issued "
        "under Rule 17 of the Federal Rules of Criminal Procedure. The subpoena requires the production of the records "
        "described in the attached rider.")
    d.j("You may comply with the subpoena by producing the records on or before the return date to Special Agent "
        "Tyrone Beasley of the Federal Bureau of Investigation, 8000 East 36th Avenue, Denver, CO 80238, together "
        "with the enclosed certificate of authenticity. If you do so, your personal appearance before the grand jury "
        "will not be required.")
    d.j("Although Fed. R. Crim. P. 6(e) does not prohibit a witness from disclosing a grand jury subpoena, we "
        "respectfully request that you not disclose the existence of this subpoena, because disclosure could impede "
        "an ongoing criminal investigation.")
    d.j("If you have any questions, please contact me at (303) 555-0110 or meredith.castellano@usdoj.gov.")
    d.p("Very truly yours,", before=4, after=2)
    d.p("JONATHAN E. PRATT<br/>Acting United States Attorney", after=16)
    d.sig("Meredith A. Castellano")
    d.lines("""By: Meredith A. Castellano
Assistant United States Attorney""", after=10)
    d.p("Enclosures", 9)
    d.br()
    d.font = "Serif"
    d.p("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", 8, font="Sans", after=10)
    d.c("UNITED STATES DISTRICT COURT", 13, bold=True, after=0)
    d.c("for the", 9, after=0)
    d.c("<u>District of Colorado</u>", 11, after=14)
    d.c("<b>SUBPOENA TO TESTIFY BEFORE A GRAND JURY</b>", 12, after=12)
    d.p("To:\u2003Custodian of Records, Colorado Department of Labor and Employment<br/>\u2003\u2003\u2003633 17th Street, "
        "Suite 201, Denver, CO 80202", 10.5, after=10)
    d.j("<b>YOU ARE COMMANDED</b> to appear in this United States district court at the time, date, and place shown "
        "below to testify before the court\u2019s grand jury. When you arrive, you must remain at the court until the "
        "judge or a court officer allows you to leave.", 10.5)
    d.table([["Place: Alfred A. Arraj United States Courthouse<br/>901 19th Street, Denver, CO 80294",
              "Date and Time:<br/>09/09/2025 9:00 am"], ["", "Grand Jury Room: 2nd Floor"]], [4.2, 2.5], size=10, font="Serif")
    d.j("You must also bring with you the following documents, electronically stored information, or objects "
        "<i>(blank if not applicable)</i>: <b>See Attachment A (Subpoena No. 2025R00817-014).</b>", 10.5)
    d.sp(10)
    d.table([["Date: <u>08/11/2025</u>", "<i>CLERK OF COURT</i><br/><br/><font name='Serif-I' size=13>s/ L. Grady</font><br/>"
              "<font size=7>Signature of Clerk or Deputy Clerk</font>"]], [3.2, 3.5], size=10, grid=False, font="Serif")
    d.j("The name, address, e-mail, and telephone number of the United States attorney, or assistant United States "
        "attorney, who requests this subpoena, are:", 9.5, before=10)
    d.p("Meredith A. Castellano, AUSA, 1801 California Street, Suite 1600, Denver, CO 80202, "
        "meredith.castellano@usdoj.gov, (303) 555-0110", 9.5)
    d.br()
    d.c("<b>ATTACHMENT A</b>", 11, after=0)
    d.c("Grand Jury Subpoena No. 2025R00817-014", 10, after=12)
    d.j("For the period January 1, 2020 through the present, produce the following records relating to the persons "
        "listed below:")
    d.table([["<b>Name</b>", "<b>DOB</b>", "<b>SSN (last 4)</b>"],
             ["Dragan MARKOVIĆ", "01/29/1975", "8832"],
             ["Ana Lucía IBÁÑEZ SOTO", "10/10/1989", "3307"]], [3.0, 1.6, 1.6], size=10, bold_first=True, font="Serif")
    for i, t in enumerate(["Quarterly wage detail reported by any employer, including employer name, account number and address;",
                           "Unemployment insurance claim files, including applications, weekly certifications, payment histories and any fraud referrals;",
                           "Contact information supplied by the claimant: residential and mailing addresses, telephone numbers and e-mail addresses;",
                           "Bank account information used for direct deposit of benefits."], 1):
        d.j("%d.\u2003%s" % (i, t), left=14, after=3)
    d.j("Records may be produced in electronic form. Please include a completed certificate of authenticity of "
        "domestic records of regularly conducted activity.", before=6)
    build_pdf(os.path.join(OUT, "ba13.pdf"), d, margins=(0.7, 0.9, 0.8, 0.9),
              footer=lambda n: "" if n == 1 else "Subpoena No. 2025R00817-014")
    expected("ba13", "born_digital", "AUSA cover letter plus AO 110 federal grand jury subpoena with records rider",
             "doj-usao", "United States Attorney's Office, District of Colorado", "Meredith A. Castellano",
             "Assistant United States Attorney", "meredith.castellano@usdoj.gov", "(303) 555-0110",
             [S("Dragan Marković", "1975-01-29", ("ssn_last4", "8832")),
              S("Ana Lucía Ibáñez Soto", "1989-10-10", ("ssn_last4", "3307"))],
             ["FRCrP 17", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
             ["wages", "employment", "claims", "address", "phone", "email", "other"], "mail")


# ---------------------------------------------------------------- ba14
@doc
def ba14(rng):
    d = Doc("Serif", 10.5)
    d.table([["DISTRICT COURT, CITY AND COUNTY OF DENVER,<br/>COLORADO<br/>Lindsey-Flanigan Courthouse<br/>"
              "520 West Colfax Avenue, Denver, CO 80204<br/><br/>THE PEOPLE OF THE STATE OF COLORADO<br/><br/>"
              "IN THE MATTER OF THE 2025\u20132026 DENVER COUNTY GRAND JURY",
              "<br/><br/><br/><br/>\u25b2 COURT USE ONLY \u25b2<br/><br/>Grand Jury No. 25GJ02<br/><br/>Courtroom: 5D"],
             ["Attorney for the People:<br/>Lauren K. Baptiste, #38812, Chief Deputy District Attorney<br/>"
              "Office of the District Attorney, Second Judicial District<br/>201 W. Colfax Ave., Dept. 801, Denver, CO 80202<br/>"
              "Phone: 720-555-0190\u2003E-mail: lauren.baptiste@denverda.org", ""]],
            [4.4, 2.3], size=9.5, font="Serif")
    d.c("<b>SUBPOENA DUCES TECUM TO APPEAR BEFORE THE GRAND JURY</b>", 12, after=10)
    d.p("TO:\u2003Custodian of Records, Colorado Department of Human Services, Food and Energy Assistance Division, "
        "1575 Sherman Street, Denver, CO 80203", 10.5)
    d.j("<b>YOU ARE HEREBY COMMANDED</b> to appear before the Denver County Grand Jury, at the Lindsey-Flanigan "
        "Courthouse, 520 West Colfax Avenue, Room 5D, Denver, Colorado, on <b>September 30, 2025 at 9:00 a.m.</b>, to "
        "testify and to bring with you the following records:")
    d.j("All applications, eligibility determinations, case notes, addresses of record, telephone numbers, and "
        "Electronic Benefit Transfer (EBT) issuance and transaction histories for the period January 1, 2023 to "
        "present, relating to:", left=14)
    d.table([["SANTIAGO DE LEÓN, Rubén", "DOB 02/17/1981"], ["MELNYK, Oksana", "DOB 07/07/1979"]],
            [3.0, 2.0], size=10.5, font="Serif", grid=False)
    d.j("This subpoena is issued pursuant to § 16-5-204(4)(e), C.R.S., in connection with a grand jury investigation "
        "of possible violations of § 26-2-305, C.R.S. (fraudulent acts \u2013 public assistance) and § 18-4-401, "
        "C.R.S. (theft). The records may be delivered to the Office of the District Attorney before the return date in "
        "lieu of personal appearance, by arrangement with the attorney named above.")
    d.j("Grand jury proceedings are secret. You are directed not to disclose the existence of this subpoena except "
        "as necessary to comply with it. FAILURE TO OBEY THIS SUBPOENA MAY BE PUNISHED AS CONTEMPT OF COURT.")
    d.table([["Date: August 27, 2025", "CLERK OF THE DISTRICT COURT<br/><br/>By: <font name='Serif-I' size=13>M. Tafoya</font><br/>Deputy Clerk"]],
            [3.2, 3.5], size=10, grid=False, font="Serif")
    d.sp(6)
    d.table([["Requested by: <font name='Serif-I' size=12>Lauren K. Baptiste</font><br/>Lauren K. Baptiste, #38812<br/>Chief Deputy District Attorney"]],
            [4.0], size=10, grid=False, font="Serif")
    d.br()
    d.c("<b>RETURN OF SERVICE</b>", 11, after=10)
    d.j("I declare under oath that I served this Subpoena Duces Tecum on the Colorado Department of Human Services by "
        "leaving a copy with the Records Custodian\u2019s designee, ____________________, at 1575 Sherman Street, "
        "Denver, Colorado on ______________, 2025 at ______ a.m./p.m.")
    d.p("Investigator, Denver District Attorney\u2019s Office: Jorge Villaseñor\u2003\u2003Signature: ______________", before=10)
    imgs = rasterize(d, 200, margins=(0.6, 0.8, 0.7, 0.8))
    imgs = [degrade(imgs[0], rng, -0.6, bg=226), degrade(imgs[1], rng, 1.8, bg=226)]
    save_scanned_pdf(imgs, os.path.join(OUT, "ba14.pdf"))
    expected("ba14", "scanned", "Colorado county grand jury subpoena duces tecum from the District Attorney, two subjects",
             "district-attorney", "Office of the District Attorney, Second Judicial District (Denver)",
             "Lauren K. Baptiste", "Chief Deputy District Attorney", "lauren.baptiste@denverda.org", "720-555-0190",
             [S("Rubén Santiago de León", "1981-02-17"), S("Oksana Melnyk", "1979-07-07")],
             ["CRS 16-5-204", "CRS 26-2-305", "CRS 18-4-401"], "grand_jury_subpoena", None, True,
             "criminal_investigation", ["benefits", "address", "phone"], "mail")


# ---------------------------------------------------------------- ba15
@doc
def ba15(rng):
    d = Doc("Serif", 10)
    d.p("AO 89B (07/16) Subpoena to Produce Documents, Information, or Objects in a Criminal Case", 8, font="Sans", after=10)
    d.c("UNITED STATES DISTRICT COURT", 13, bold=True, after=0)
    d.c("for the", 9, after=0)
    d.c("<u>District of Wyoming</u>", 11, after=12)
    d.table([["<u>United States of America</u><br/>v.<br/><u>Arturo Ibáñez-Cordero</u><br/><font size=7>Defendant</font>",
              "<br/>Case No. 2:25-cr-00041-GLT"]], [4.0, 2.7], size=10, font="Serif", grid=False)
    d.c("<b>SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS<br/>IN A CRIMINAL CASE</b>", 11.5, after=10)
    d.p("To:\u2003Custodian of Records, Colorado Department of Corrections, Office of Offender Records,<br/>"
        "\u2003\u2003\u20031250 Academy Park Loop, Colorado Springs, CO 80910", 10)
    d.j("<b>YOU ARE COMMANDED</b> to produce at the time, date, and place set forth below the following books, papers, "
        "documents, data, or other objects: <b>See Attachment A.</b>")
    d.table([["Place: Ewing T. Kerr Federal Building and U.S. Courthouse<br/>111 South Wolcott Street, Casper, WY 82601",
              "Date and Time:<br/>10/20/2025 8:30 am"]], [4.2, 2.5], size=10, font="Serif")
    d.j("Certain provisions of Fed. R. Crim. P. 17 are attached, including Rule 17(c)(2) relating to your ability to "
        "file a motion to quash or modify the subpoena; Rule 17(d) and (e), which govern service of subpoenas; and "
        "Rule 17(g), relating to your duty to respond to this subpoena and the potential consequences of not complying.", 9.5)
    d.table([["(SEAL)<br/><br/>Date: <u>09/15/2025</u>", "<i>CLERK OF COURT</i><br/><br/><font name='Serif-I' size=13>s/ Deputy Clerk R. Hanley</font><br/>"
              "<font size=7>Signature of Clerk or Deputy Clerk</font>"]], [3.2, 3.5], size=10, grid=False, font="Serif")
    d.j("The name, address, e-mail, and telephone number of the attorney representing <i>(name of party)</i> "
        "<u>United States of America</u>, who requests this subpoena, are:", 9.5, before=6)
    d.p("Nathaniel J. Brooks-Hale, Assistant United States Attorney, P.O. Box 668, Cheyenne, WY 82003; "
        "nathaniel.brooks-hale@usdoj.gov; (307) 555-0126", 9.5)
    d.hr(0.6, 4)
    d.c("<b>Notice to those who use this form to request a subpoena</b>", 9, after=3)
    d.j("Before requesting and serving a subpoena pursuant to Fed. R. Crim. P. 17(c), the party seeking the subpoena "
        "is advised to consult the rules of practice of the court in which the criminal proceeding is pending to "
        "determine whether any local rules or orders establish requirements in connection with the issuance of such a "
        "subpoena. If no local rules or orders govern practice under Rule 17(c), counsel should ask the assigned judge "
        "whether the court regulates practice under Rule 17(c) to 1) require prior judicial approval for the issuance "
        "of the subpoena, either on notice or ex parte; 2) specify where the documents must be returned; and 3) require "
        "that counsel who receives produced documents provide them to opposing counsel absent a disclosure obligation "
        "under Fed. R. Crim. P. 16.", 8)
    d.br()
    d.c("<b>ATTACHMENT A</b>", 11, after=0)
    d.c("<i>United States v. Ibáñez-Cordero</i>, No. 2:25-cr-00041-GLT (D. Wyo.)", 10, after=12)
    d.j("The defendant is charged with possession of a firearm by a prohibited person in violation of 18 U.S.C. "
        "§ 922(g)(1). Trial is set for October 20, 2025. Produce certified copies of the following records relating to "
        "<b>IBÁÑEZ-CORDERO, Arturo</b>, DOB 04/18/1984, CDOC No. 161502:")
    for i, t in enumerate(["Judgment and mittimus records and the offender\u2019s chronological history of incarceration, parole and discharge;",
                           "Parole release plans showing each address of record and the date of each change of address;",
                           "All booking and identification photographs taken by the Department since January 1, 2015;",
                           "A business-records certification under Federal Rule of Evidence 902(11) (form enclosed)."], 1):
        d.j("%d.\u2003%s" % (i, t), left=14, after=3)
    d.j("Compliance may be made by delivering the certified records to AUSA Brooks-Hale at the address above before "
        "the date of trial; if you do so, no appearance is necessary. Questions may also be directed to ATF Special "
        "Agent Lorena Whitehorse, the case agent, at (307) 555-0179.", before=6)
    build_pdf(os.path.join(OUT, "ba15.pdf"), d, margins=(0.7, 0.9, 0.8, 0.9))
    expected("ba15", "born_digital", "AO 89B criminal-case subpoena to corrections with Attachment A, requested by AUSA",
             "doj-usao", "United States Attorney's Office, District of Wyoming", "Nathaniel J. Brooks-Hale",
             "Assistant United States Attorney", "nathaniel.brooks-hale@usdoj.gov", "(307) 555-0126",
             [S("Arturo Ibáñez-Cordero", "1984-04-18", ("other", "161502"))],
             ["FRCrP 17", "FRCrP 16", "18 USC 922", "FRE 902"], "court_subpoena", "AO 89B", True,
             "criminal_investigation", ["criminal_history", "address", "photo"], "mail")


# ---------------------------------------------------------------- ba16
@doc
def ba16(rng):
    d = Doc("Serif", 10)
    d.p("AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action", 7.5, font="Sans", after=10)
    d.c("UNITED STATES DISTRICT COURT", 13, bold=True, after=0)
    d.c("for the", 9, after=0)
    d.c("<u>District of Colorado</u>", 11, after=10)
    d.table([["<u>Corinne A. Hollister</u><br/><font size=7>Plaintiff</font><br/>v.<br/><u>United States of America</u><br/><font size=7>Defendant</font>",
              "<br/><br/>Civil Action No. 1:24-cv-02291-DLB"]], [4.0, 2.7], size=10, font="Serif", grid=False)
    d.c("<b>SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS<br/>OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION</b>", 10.5, after=8)
    d.p("To:\u2003Custodian of Records, Colorado Department of Labor and Employment, 633 17th Street, Denver, CO 80202", 10)
    d.c("<font size=7>(Name of person to whom this subpoena is directed)</font>", after=6)
    d.j("[X] <b><i>Production:</i> YOU ARE COMMANDED</b> to produce at the time, date, and place set forth below the "
        "following documents, electronically stored information, or objects, and to permit inspection, copying, "
        "testing, or sampling of the material: <b>See Attachment A.</b>", 9.5)
    d.table([["Place: U.S. Attorney\u2019s Office, Civil Division<br/>1801 California Street, Suite 1600, Denver, CO 80202",
              "Date and Time:<br/>10/03/2025 5:00 pm"]], [4.2, 2.5], size=9.5, font="Serif")
    d.j("[ ] <b><i>Inspection of Premises:</i> YOU ARE COMMANDED</b> to permit entry onto the designated premises, "
        "land, or other property possessed or controlled by you at the time, date, and location set forth below.", 9.5)
    d.j("The following provisions of Fed. R. Civ. P. 45 are attached \u2013 Rule 45(c), relating to the place of "
        "compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and "
        "(g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.", 9)
    d.table([["Date: <u>09/12/2025</u>", "<i>CLERK OF COURT</i><br/>________________________<br/><font size=7>Signature of Clerk or Deputy Clerk</font>",
              "OR<br/><font name='Serif-I' size=13>Priya Raman</font><br/><font size=7>Attorney\u2019s signature</font>"]],
            [1.8, 2.5, 2.4], size=9.5, font="Serif", grid=False)
    d.j("The name, address, e-mail address, and telephone number of the attorney representing <i>(name of party)</i> "
        "<u>United States of America</u>, who issues or requests this subpoena, are: Priya Raman, Assistant United "
        "States Attorney, 1801 California Street, Suite 1600, Denver, CO 80202, priya.raman@usdoj.gov, (303) 555-0117.", 9)
    d.c("<b>Notice to the person who issues or requests this subpoena</b>", 8.5, after=2)
    d.j("If this subpoena commands the production of documents, electronically stored information, or tangible things "
        "or the inspection of premises before trial, a notice and a copy of the subpoena must be served on each party "
        "in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).", 8)
    d.br()
    d.c("<b>ATTACHMENT A</b>", 11, after=8)
    d.j("<b>Definitions.</b> \u201cPlaintiff\u201d means Corinne Adaeze Hollister, date of birth August 25, 1981, "
        "Social Security number ending in 5519.")
    d.j("<b>Documents to be produced</b> (January 1, 2019 to present):")
    for i, t in enumerate(["All quarterly wage records reported for Plaintiff, including the name and address of each employer;",
                           "All unemployment insurance claims filed by Plaintiff, including separation information and benefit payment histories;",
                           "Any records of work search activity or return to work reported by Plaintiff."], 1):
        d.j("%d.\u2003%s" % (i, t), left=14, after=3)
    d.j("Plaintiff has executed an authorization for release of these records, a copy of which is enclosed. In lieu of "
        "appearance, certified copies may be mailed or e-mailed to the attorney named on the subpoena.", before=6)
    d.hr(0.6, 4)
    d.c("<b>Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)</b>", 9, after=3)
    d.j("(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a "
        "trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, "
        "or regularly transacts business in person ... (2) For Other Discovery. A subpoena may command: (A) production "
        "of documents, electronically stored information, or tangible things at a place within 100 miles of where the "
        "person resides, is employed, or regularly transacts business in person ...", 7.5)
    d.j("(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A "
        "party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing "
        "undue burden or expense on a person subject to the subpoena ...", 7.5)
    imgs = rasterize(d, 150, margins=(0.6, 0.8, 0.6, 0.8))
    pngs = [img_bytes(degrade(im, rng, a, bg=245, noise=3, blur=0.3).point(lambda v: 255 if v > 165 else 0).convert("1"),
                      "PNG", optimize=True, dpi=(150, 150))
            for im, a in zip(imgs, (0.5, -0.4))]
    body = """Good afternoon,

Attached please find a subpoena issued in Hollister v. United States, No. 1:24-cv-02291-DLB (D. Colo.), an action brought under the Federal Tort Claims Act, 28 U.S.C. § 2671 et seq. Plaintiff seeks damages for lost wages, and the subpoena asks for her wage and unemployment insurance records (see Attachment A). Plaintiff has signed an authorization for release, which I can forward on request.

The subpoena was scanned in two pages (PNG). Certified copies may be e-mailed to me by October 3, 2025. Plaintiff's counsel, Mark Feldstein, is copied on this message per Rule 45(a)(4).

Thank you,

Priya Raman
Assistant United States Attorney | Civil Division
U.S. Attorney's Office for the District of Colorado
(303) 555-0117 | priya.raman@usdoj.gov
"""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "\"Raman, Priya (USACO)\" <priya.raman@usdoj.gov>"
    m["To"] = "cdle_legal_process@state.co.us"
    m["Cc"] = "Mark Feldstein <mfeldstein@feldsteinlawgroup.com>"
    m["Subject"] = "Subpoena - Hollister v. United States, 1:24-cv-02291 (D. Colo.)"
    m["Date"] = "Fri, 12 Sep 2025 15:40:09 -0600"
    m["Message-ID"] = "<BN8PR09MB5521.ba16@usdoj.gov>"
    m.set_content(body)
    for i, png in enumerate(pngs, 1):
        m.add_attachment(png, maintype="image", subtype="png", filename="Hollister_subpoena_p%d.png" % i)
    write_eml(os.path.join(OUT, "ba16.eml"), m)
    expected("ba16", "eml", "USAO civil-division e-mail with AO 88B civil-action subpoena as two PNG scans (FTCA case)",
             "doj-usao", "U.S. Attorney's Office for the District of Colorado, Civil Division", "Priya Raman",
             "Assistant United States Attorney", "priya.raman@usdoj.gov", "(303) 555-0117",
             [S("Corinne Adaeze Hollister", "1981-08-25", ("ssn_last4", "5519"))],
             ["28 USC 2671", "FRCP 45"], "court_subpoena", "AO 88B", True, "unknown",
             ["wages", "employment", "claims"], "email")


# ---------------------------------------------------------------- ba17
@doc
def ba17(rng):
    d = Doc("Sans", 10.5)
    d.p("<b>OFFICE OF THE DISTRICT ATTORNEY</b><br/>FOURTH JUDICIAL DISTRICT \u2013 El Paso and Teller Counties<br/>"
        "105 East Vermijo Avenue, Colorado Springs, CO 80903", 10, after=12)
    d.c("<b>FAX TRANSMITTAL</b>", 16, after=10)
    d.lines("""To:       Colorado Division of Motor Vehicles - Records Custodian
Fax:      (303) 555-0199
From:     Tomás Echeverría, Deputy District Attorney (Trial Team 3)
Phone:    (719) 555-0138
E-mail:   techeverria@elpasoco-da.us
Date:     September 2, 2025
Re:       People v. Kovalenko, 2024CR004417 - Subpoena Duces Tecum
Pages:    2 (including this page)""", font="Mono", size=10)
    d.sp(6)
    d.j("Please find attached a subpoena duces tecum for certified driver and vehicle records for trial. Certified "
        "copies may be mailed to our office in lieu of appearance. Contact my paralegal, Denise Harlan, at "
        "(719) 555-0140 with any questions.")
    d.sp(150)
    d.p("CONFIDENTIAL: This fax may contain information protected by law. If received in error, notify the sender "
        "immediately and destroy the document.", 8)
    d.br()
    d.font = "Serif"
    d.table([["DISTRICT COURT, EL PASO COUNTY, COLORADO<br/>270 South Tejon Street<br/>Colorado Springs, CO 80903<br/><br/>"
              "THE PEOPLE OF THE STATE OF COLORADO,<br/><br/>v.<br/><br/>Defendant: OLEKSANDR KOVALENKO",
              "<br/><br/>\u25b2 COURT USE ONLY \u25b2<br/><br/>Case Number: 2024CR004417<br/><br/>Division: 10"],
             ["Tomás Echeverría, #45120, Deputy District Attorney<br/>105 E. Vermijo Ave., Colorado Springs, CO 80903<br/>"
              "(719) 555-0138 | techeverria@elpasoco-da.us", ""]], [4.4, 2.3], size=9.5, font="Serif")
    d.c("<b>SUBPOENA DUCES TECUM</b>", 12.5, after=8, font="Serif")
    d.p("TO: Custodian of Records, Colorado Department of Revenue \u2013 Division of Motor Vehicles", 10.5, font="Serif")
    d.p("YOU ARE COMMANDED to appear before the El Paso County District Court, Division 10, at the address above on "
        "<b>September 22, 2025 at 8:30 a.m.</b> to testify as a witness for the PEOPLE in the above-captioned case, "
        "which charges Vehicular Assault (DUI), § 18-3-205, C.R.S., and Driving Under the Influence, § 42-4-1301, "
        "C.R.S., and to bring with you:", 10.5, font="Serif")
    d.p("Certified copies of the driver history, license status, and all photographs on file for OLEKSANDR "
        "KOVALENKO, DOB 05/16/1990, Colorado DL No. 17-443-2081; and the certified registration history of a "
        "2016 Dodge Ram, VIN 1C6RR7LT3GS190342.", 10.5, font="Serif", left=18)
    d.p("This subpoena is issued under § 16-9-101, C.R.S. Production of certified records to the District Attorney "
        "before the hearing date will be accepted in lieu of appearance. Failure to obey this subpoena without "
        "adequate excuse may be deemed contempt of court.", 10, font="Serif")
    d.table([["Dated: 09/02/2025", "CLERK OF THE COURT<br/>By: <font name='Serif-I' size=12>K. Nakagawa</font>, Deputy Clerk"],
             ["", "Issued at the request of: <font name='Serif-I' size=12>T. Echeverría</font><br/>Tomás Echeverría, #45120, Deputy District Attorney"]],
            [2.6, 4.1], size=10, font="Serif", grid=False)
    d.p("Investigating officer: Trooper Cole Maddox, Colorado State Patrol, Troop 2C.", 9, font="Serif", before=6)
    imgs = rasterize(d, 200, margins=(0.6, 0.8, 0.6, 0.8))
    save_fax(imgs, os.path.join(OUT, "ba17.tif"),
             header=lambda n, t: "SEP 02 2025 11:18AM   4TH JD DA TRIAL TEAM 3   719 555 0141   p.%d" % n,
             rng=rng, angle=-0.5)
    expected("ba17", "fax", "District Attorney fax cover plus Colorado criminal-case subpoena duces tecum to DMV",
             "district-attorney", "Office of the District Attorney, Fourth Judicial District", "Tomás Echeverría",
             "Deputy District Attorney", "techeverria@elpasoco-da.us", "(719) 555-0138",
             [S("Oleksandr Kovalenko", "1990-05-16", ("license", "174432081"))],
             ["CRS 18-3-205", "CRS 42-4-1301", "CRS 16-9-101"], "court_subpoena", None, True,
             "criminal_investigation", ["license", "photo", "vehicle"], "fax")


# ---------------------------------------------------------------- ba18
@doc
def ba18(rng):
    d = Doc("Serif", 11)
    d.c("<b>MESA COUNTY SHERIFF\u2019S OFFICE</b>", 14, after=0)
    d.c("Investigations Division", 11, after=0)
    d.c("215 Rice Street, Grand Junction, Colorado 81501", 9.5, after=10)
    d.hr(1.5, 10)
    d.p("<b>MEMORANDUM</b>", 12)
    d.lines("""<b>TO:</b>        Colorado Department of Labor and Employment, Legal Process / Custodian of Records
<b>FROM:</b>   Investigator Kyle Brandt, #1187
<b>DATE:</b>    July 3, 2025
<b>RE:</b>        Service of search warrant \u2013 MCSO Case 25-014622""", after=12)
    d.j("The attached search warrant was signed by the Mesa County Court on July 2, 2025. Please provide the "
        "employment and wage records described in the warrant for the two named persons. This is an active homicide "
        "investigation; please do not contact the named persons or their employers.")
    d.j("Records can be e-mailed to me at kyle.brandt@mesacounty.us or I can pick them up. My direct line is "
        "(970) 555-0158.")
    d.p("Inv. Kyle Brandt", before=8)
    d.br()
    d.table([["COUNTY COURT, MESA COUNTY, STATE OF COLORADO<br/>125 North Spruce Street, Grand Junction, CO 81501<br/><br/>"
              "THE PEOPLE OF THE STATE OF COLORADO<br/><br/>IN THE MATTER OF THE SEARCH OF RECORDS HELD BY THE COLORADO "
              "DEPARTMENT OF LABOR AND EMPLOYMENT", "<br/><br/>\u25b2 COURT USE ONLY \u25b2<br/><br/>Case No. 25SW00213"]],
            [4.6, 2.1], size=9.5, font="Serif")
    d.c("<b>SEARCH WARRANT</b>", 14, after=8)
    d.p("TO ANY PEACE OFFICER IN THE STATE OF COLORADO:", 10.5, bold=True)
    d.j("Investigator Kyle Brandt of the Mesa County Sheriff\u2019s Office, having made application and affidavit to "
        "the Court for the issuance of a search warrant, and the Court being satisfied that there is probable cause "
        "to believe that the property described below is located at the premises or in the records described below, "
        "and that said property is material evidence in the investigation of Murder in the First Degree, "
        "§ 18-3-102, C.R.S., arising from the death of Deshawn Ellis on June 30, 2025:", 10.5)
    d.p("<b>YOU ARE THEREFORE COMMANDED</b> to search the records of the Colorado Department of Labor and Employment, "
        "633 17th Street, Denver, Colorado, and to seize the following:", 10.5)
    d.j("All quarterly wage records, employer names, employer addresses, dates of employment, and claimant telephone "
        "numbers and addresses, from January 1, 2024 to present, pertaining to:", 10.5, left=18)
    d.table([["STOJANOVIĆ, Jovan", "DOB 12/01/1994"], ["YBARRA QUIÑONES, Marco Antonio", "DOB 03/04/1987"]],
            [3.2, 2.0], size=10.5, font="Serif", grid=False)
    d.j("This warrant is issued pursuant to § 16-3-301, C.R.S. It may be executed by delivery of a copy to the "
        "custodian, who may produce the records electronically to the executing officer. The officer shall make a "
        "return of this warrant to this Court within fourteen days.", 10.5)
    d.table([["Dated: July 2, 2025, at 4:40 p.m.", "BY THE COURT:<br/><br/><font name='Serif-I' size=14>Gretchen A. Vollmer</font><br/>"
              "Hon. Gretchen A. Vollmer<br/>County Court Judge"]], [3.0, 3.7], size=10.5, font="Serif", grid=False)
    imgs = rasterize(d, 200, margins=(0.7, 0.85, 0.7, 0.85))
    imgs = [degrade(imgs[0], rng, 0.9, bg=232), degrade(imgs[1], rng, -0.5, turn=180, bg=232)]
    save_scanned_pdf(imgs, os.path.join(OUT, "ba18.pdf"))
    expected("ba18", "scanned", "Sheriff's memo plus Colorado county-court search warrant for wage records (warrant page upside down)",
             "sheriff", "Mesa County Sheriff's Office, Investigations Division", "Kyle Brandt", "Investigator",
             "kyle.brandt@mesacounty.us", "(970) 555-0158",
             [S("Jovan Stojanović", "1994-12-01"), S("Marco Antonio Ybarra Quiñones", "1987-03-04")],
             ["CRS 18-3-102", "CRS 16-3-301"], "judicial_warrant", None, True, "criminal_investigation",
             ["wages", "employment", "address", "phone"], "mail")


# ---------------------------------------------------------------- ba19
@doc
def ba19(rng):
    d = Doc("Serif", 10.5)
    d.p("AO 442 (Rev. 11/11) Arrest Warrant", 8, font="Sans", after=10)
    d.c("UNITED STATES DISTRICT COURT", 13, bold=True, after=0)
    d.c("for the", 9, after=0)
    d.c("<u>District of Colorado</u>", 11, after=12)
    d.table([["<u>United States of America</u><br/>v.<br/><u>Julio César Batista Fuentes</u><br/><font size=7>Defendant</font>",
              "<br/>Case No. 1:19-cr-00388-CNS-1"]], [4.0, 2.7], size=10.5, font="Serif", grid=False)
    d.c("<b>ARREST WARRANT</b>", 13, after=10)
    d.p("To:\u2003Any authorized law enforcement officer")
    d.j("<b>YOU ARE COMMANDED</b> to arrest and bring before a United States magistrate judge without unnecessary delay "
        "<i>(name of person to be arrested)</i> <u>JULIO CÉSAR BATISTA FUENTES</u>, who is accused of an offense or "
        "violation based on the following document filed with the court:")
    d.table([["[ ] Indictment", "[ ] Superseding Indictment", "[ ] Information", "[ ] Superseding Information", "[ ] Complaint"],
             ["[ ] Probation Violation Petition", "[X] Supervised Release Violation Petition", "[ ] Violation Notice", "[ ] Order of the Court", ""]],
            [1.2, 1.6, 1.1, 1.6, 1.2], size=8.5, font="Serif", grid=False, pad=2)
    d.p("This offense is briefly described as follows:")
    d.j("Violation of conditions of supervised release (18 U.S.C. § 3583(e)) imposed following conviction for "
        "possession with intent to distribute methamphetamine, 21 U.S.C. § 841(a)(1) and (b)(1)(B): absconding from "
        "supervision; failure to report to the probation officer.", left=18)
    d.sp(8)
    d.table([["Date:\u2003<u>06/12/2025</u>", "<font name='Serif-I' size=13>s/ J. Ortiz</font><br/><font size=7>Issuing officer\u2019s signature</font>"],
             ["City and state:\u2003<u>Denver, Colorado</u>", "J. Ortiz, Deputy Clerk<br/><font size=7>Printed name and title</font>"]],
            [3.3, 3.4], size=10, font="Serif", grid=False)
    d.hr(0.8, 4)
    d.c("<b>Return</b>", 11, after=6)
    d.j("This warrant was received on <i>(date)</i> ____________, and the person was arrested on <i>(date)</i> "
        "____________ at <i>(city and state)</i> ______________________.")
    d.table([["Date: ____________", "______________________________<br/><font size=7>Arresting officer\u2019s signature</font>"],
             ["", "______________________________<br/><font size=7>Printed name and title</font>"]], [3.3, 3.4], size=10, font="Serif", grid=False)
    pdf = pdf_bytes(d, margins=(0.7, 0.9, 0.8, 0.9))
    body = """Good morning,

The U.S. Marshals Service, District of Colorado, is attempting to locate the federal fugitive listed below, who is wanted on the attached federal arrest warrant (supervised release violation, D. Colo. 1:19-cr-00388).

Requesting: DL/ID photo, all addresses on file (current and prior), and any vehicles registered to him.

FUGITIVE:  BATISTA FUENTES, Julio César
DOB:       07/09/1985
CO DL:     12-994-0157
USMS #:    48221-013

Subject is considered armed and dangerous. Please do not contact him or attempt to verify his address.

Thank you for your assistance,

Jared Kowalski
Deputy U.S. Marshal
U.S. Marshals Service - District of Colorado
Colorado Violent Offender Task Force
Cell: (303) 555-0145
jared.kowalski@usdoj.gov
"""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "\"Kowalski, Jared (USMS)\" <jared.kowalski@usdoj.gov>"
    m["To"] = "DMV Records <dmv_records_le@state.co.us>"
    m["Subject"] = "USMS fugitive investigation - DL/MV request - WARRANT ATTACHED"
    m["Date"] = "Wed, 18 Jun 2025 07:55:31 -0600"
    m["Message-ID"] = "<DM6PR09MB3390.ba19@usdoj.gov>"
    m["Importance"] = "High"
    m.set_content(body)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="AO442_BATISTA_FUENTES.pdf")
    write_eml(os.path.join(OUT, "ba19.eml"), m)
    expected("ba19", "eml", "Deputy U.S. Marshal e-mail with AO 442 arrest warrant PDF attached (supervised release violator)",
             "doj-usms", "U.S. Marshals Service - District of Colorado", "Jared Kowalski", "Deputy U.S. Marshal",
             "jared.kowalski@usdoj.gov", "(303) 555-0145",
             [S("Julio César Batista Fuentes", "1985-07-09", ("license", "129940157"), ("other", "48221-013"))],
             ["18 USC 3583", "21 USC 841"], "judicial_warrant", "AO 442", True, "criminal_investigation",
             ["photo", "address", "vehicle"], "email")


# ---------------------------------------------------------------- ba20
@doc
def ba20(rng):
    d = Doc("Serif", 11)
    d.c("<b>UNITED STATES DISTRICT COURT<br/>FOR THE DISTRICT OF COLORADO</b>", 12, after=12)
    d.table([["IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. "
              "§ 2703(d) DIRECTED TO THE COLORADO DEPARTMENT OF LABOR AND EMPLOYMENT",
              "Case No. 25-mj-01142-TRH<br/><br/><b>FILED UNDER SEAL</b>"]], [4.3, 2.4], size=10.5, font="Serif")
    d.c("<b>ORDER</b>", 13, after=10)
    d.j("The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court "
        "issue an Order requiring the Colorado Department of Labor and Employment (\u201cCDLE\u201d), which provides "
        "an electronic communications service to claimants through its online unemployment insurance portal, to "
        "disclose the records and other information described in Attachment A to this Order.")
    d.j("The Court finds that the United States has offered specific and articulable facts showing that there are "
        "reasonable grounds to believe that the records or other information sought are relevant and material to an "
        "ongoing criminal investigation of violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A "
        "(aggravated identity theft).")
    d.j("The Court further determines that there is reason to believe that notification of the existence of this "
        "Order will seriously jeopardize the ongoing investigation, including by giving targets an opportunity to "
        "destroy or tamper with evidence. See 18 U.S.C. § 2705(b).")
    d.j("<b>IT IS THEREFORE ORDERED</b>, pursuant to 18 U.S.C. § 2703(d), that CDLE shall, within ten days of the date "
        "of this Order, disclose to the United States the records and other information described in Attachment A.")
    d.j("<b>IT IS FURTHER ORDERED</b> under 18 U.S.C. § 2705(b) that CDLE shall not disclose the existence of the "
        "application or this Order of the Court, or the existence of the investigation, to any other person, for a "
        "period of one year, except that CDLE may disclose this Order to an attorney for the purpose of receiving "
        "legal advice.")
    d.j("<b>IT IS FURTHER ORDERED</b> that the application and this Order are sealed until otherwise ordered by the Court.")
    d.table([["Dated: August 21, 2025<br/>Denver, Colorado", "BY THE COURT:<br/><br/><font name='Serif-I' size=14>Thomas R. Halvorsen</font><br/>"
              "United States Magistrate Judge"]], [3.0, 3.7], size=10.5, font="Serif", grid=False)
    d.br()
    d.c("<b>ATTACHMENT A</b>", 12, after=10)
    d.j("<b>I. Accounts.</b> This Order applies to records associated with the following MyUI+ claimant accounts:")
    d.table([["<b>Account holder</b>", "<b>DOB</b>", "<b>SSN (last 4)</b>"],
             ["LE, Mai Phuong", "03/21/1996", "2290"],
             ["YUSUF, Jamal Abdullahi", "11/02/1988", "7715"],
             ["KETTERING, Brianna Sue", "1991-05-30", "0438"]], [3.0, 1.5, 1.6], size=10, font="Serif", bold_first=True)
    d.j("<b>II. Records to be disclosed</b> (January 1, 2024 to present):")
    for t in ["(a) subscriber information: names, e-mail addresses, telephone numbers and mailing addresses associated with each account;",
              "(b) logs of account creation, log-in and claim-certification sessions, including date, time, time zone and source Internet Protocol (IP) address;",
              "(c) device identifiers, user-agent strings and multi-factor authentication telephone numbers;",
              "(d) records of changes to payment methods, including bank account and debit card information."]:
        d.j(t, left=14, after=3)
    pdf = pdf_bytes(d, margins=(0.8, 0.9, 0.8, 0.9), footer=lambda n: "Case No. 25-mj-01142-TRH \u2013 page %d" % n)
    plain = """Hello CDLE Legal Process team,

I am a Special Agent with the U.S. Department of Labor, Office of Inspector General (DOL-OIG), Office of Investigations - Labor Racketeering and Fraud, Denver. We are investigating a ring filing fraudulent unemployment insurance claims.

Attached is a sealed order from the U.S. District Court for the District of Colorado issued under 18 U.S.C. § 2703(d). It directs CDLE to provide the subscriber, IP-log and device records for the three MyUI+ accounts listed in Attachment A (LE, Mai Phuong; YUSUF, Jamal Abdullahi; KETTERING, Brianna Sue). The order also prohibits disclosure under 18 U.S.C. § 2705(b), so please limit distribution to the staff needed to respond.

Please send the results to me via secure file transfer (I can send a link) within ten days.

Thank you,

Thomas Quach
Special Agent
U.S. Department of Labor - Office of Inspector General
Office of Investigations, Denver
O: 303-555-0164
quach.thomas@oig.dol.gov
"""
    html = "<html><body><div style='font-family:Segoe UI,Arial;font-size:10.5pt'>" + "".join(
        "<p>%s</p>" % para.replace("\n", "<br>") for para in plain.strip().split("\n\n")) + "</div></body></html>"
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "Quach, Thomas - OIG <quach.thomas@oig.dol.gov>"
    m["To"] = "CDLE Legal Process <cdle_legalprocess@state.co.us>"
    m["Subject"] = "SEALED - 2703(d) Order 25-mj-01142 - MyUI+ account records"
    m["Date"] = "Thu, 21 Aug 2025 16:12:50 -0600"
    m["Message-ID"] = "<MN2PR09MB6021.ba20@oig.dol.gov>"
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="2703d_Order_25-mj-01142.pdf")
    write_eml(os.path.join(OUT, "ba20.eml"), m)
    expected("ba20", "eml", "DOL-OIG e-mail with sealed 18 USC 2703(d) order PDF attached, three claimant accounts",
             "dol-oig", "U.S. Department of Labor - Office of Inspector General, Office of Investigations", "Thomas Quach",
             "Special Agent", "quach.thomas@oig.dol.gov", "303-555-0164",
             [S("Mai Phuong Le", "1996-03-21", ("ssn_last4", "2290")),
              S("Jamal Abdullahi Yusuf", "1988-11-02", ("ssn_last4", "7715")),
              S("Brianna Sue Kettering", "1991-05-30", ("ssn_last4", "0438"))],
             ["18 USC 2703", "18 USC 2705", "18 USC 1343", "18 USC 1028A"], "court_order", None, True,
             "criminal_investigation", ["claims", "email", "phone", "address", "other"], "email")


# ---------------------------------------------------------------- ba21
@doc
def ba21(rng):
    d = Doc("Serif", 10.5)
    d.table([["<b>U.S. DEPARTMENT OF JUSTICE</b><br/>UNITED STATES ATTORNEY\u2019S OFFICE<br/>DISTRICT OF COLORADO",
              "<font size=8.5>Criminal Division<br/>1801 California St., Suite 1600<br/>Denver, CO 80202<br/>Main: (303) 555-0100</font>"]],
            [4.2, 2.5], size=10.5, font="Serif", grid=False)
    d.hr(2, 12)
    d.p("26 September 2025", after=10)
    d.lines("""Colorado Department of Human Services
Office of Economic Security \u2013 SNAP Program Integrity
Attn: Records Custodian
1575 Sherman Street, Denver, CO 80203""", after=10)
    d.p("<b>Re: Court Order for SNAP Records \u2013 Misc. No. 25-mc-00087-RSA</b>", after=10)
    d.j("Dear Records Custodian:")
    d.j("I write to serve the enclosed Order of the United States District Court for the District of Colorado, which "
        "directs the Department to produce Supplemental Nutrition Assistance Program (SNAP) records for the two "
        "individuals named in the Order. The Order was entered under 7 U.S.C. § 2020(e)(8), which permits disclosure "
        "of SNAP household information to federal law enforcement officials investigating violations of the Food and "
        "Nutrition Act.")
    d.j("Please deliver the records to USDA Office of Inspector General Special Agent Calvin Roe, who will coordinate "
        "pickup with your office, or to me directly. Please contact me with any questions.")
    d.p("Sincerely,", before=4, after=14)
    d.sig("Elena Marchetti")
    d.lines("""Elena Marchetti
Assistant United States Attorney
(303) 555-0133 \u00b7 elena.marchetti@usdoj.gov""", after=8)
    d.p("Enclosure", 9)
    d.p("cc: SA Calvin Roe, USDA-OIG (w/ encl.)", 9)
    d.br()
    d.c("<b>IN THE UNITED STATES DISTRICT COURT<br/>FOR THE DISTRICT OF COLORADO</b>", 12, after=10)
    d.p("Misc. Case No. 25-mc-00087-RSA", 10.5)
    d.p("IN RE: APPLICATION OF THE UNITED STATES FOR AN ORDER AUTHORIZING DISCLOSURE OF SUPPLEMENTAL NUTRITION "
        "ASSISTANCE PROGRAM RECORDS", 10.5, after=8)
    d.hr(0.6, 8)
    d.c("<b>ORDER AUTHORIZING AND DIRECTING DISCLOSURE OF SNAP RECORDS</b>", 11.5, after=10)
    d.j("This matter comes before the Court on the United States\u2019 Ex Parte Application for an Order Authorizing "
        "Disclosure of SNAP Records. The Court has reviewed the Application and the supporting declaration of a "
        "Special Agent of the U.S. Department of Agriculture, Office of Inspector General, and FINDS that the records "
        "described below are relevant to a criminal investigation of SNAP benefit trafficking in violation of "
        "7 U.S.C. § 2024(b), and that disclosure to federal law enforcement officials is authorized by 7 U.S.C. "
        "§ 2020(e)(8) and 7 C.F.R. § 272.1(c).")
    d.j("Accordingly, <b>IT IS ORDERED</b> that the Colorado Department of Human Services shall, within fourteen (14) "
        "days of service of this Order, produce to the United States Attorney\u2019s Office or its designated agent all "
        "SNAP application and recertification records, household composition records, addresses and telephone "
        "numbers of record, and EBT card issuance and transaction histories from January 1, 2023 through the date of "
        "this Order, for the following persons:")
    d.table([["1.", "Samira Hassan ALI", "DOB 05/14/1983"], ["2.", "PHAM, Duy Khanh", "DOB 09/09/1979"]],
            [0.4, 3.0, 2.0], size=10.5, font="Serif", grid=False)
    d.j("<b>IT IS FURTHER ORDERED</b> that the records shall be used only for purposes of the investigation and any "
        "resulting prosecution, and that the Department shall not notify the named persons of this Order.")
    d.table([["DATED this 25th day of September, 2025.", "BY THE COURT:<br/><br/><font name='Serif-I' size=14>Renée S. Albright</font><br/>"
              "United States Magistrate Judge"]], [3.2, 3.5], size=10.5, font="Serif", grid=False)
    build_pdf(os.path.join(OUT, "ba21.pdf"), d, margins=(0.7, 0.9, 0.8, 0.9))
    expected("ba21", "born_digital", "AUSA cover letter serving a federal magistrate's order for SNAP records (7 USC 2020(e)(8))",
             "doj-usao", "United States Attorney's Office, District of Colorado, Criminal Division", "Elena Marchetti",
             "Assistant United States Attorney", "elena.marchetti@usdoj.gov", "(303) 555-0133",
             [S("Samira Hassan Ali", "1983-05-14"), S("Duy Khanh Pham", "1979-09-09")],
             ["7 USC 2020", "7 USC 2024", "7 CFR 272.1"], "court_order", None, True, "criminal_investigation",
             ["benefits", "address", "phone"], "mail")


# ---------------------------------------------------------------- ba22
@doc
def ba22(rng):
    d = Doc("Sans", 10)
    d.table([["<b>COLORADO BUREAU OF INVESTIGATION</b><br/>Investigations Section \u2013 Major Crimes Unit<br/>"
              "690 Kipling Street, Suite 4000, Lakewood, CO 80215", "<font size=8>Case No. 2025-CBI-001873</font>"]],
            [4.8, 1.9], size=10, grid=False)
    d.hr(1, 10)
    d.p("Date: 08/29/2025", after=8)
    d.p("To: Colorado Department of Human Services, Records Custodian / Legal Services", after=8)
    d.j("Attached is a court order issued by the Pueblo County District Court directing production of public "
        "assistance records for two individuals under investigation by CBI. Please produce the records to me at the "
        "contact information below within the time set in the order.")
    d.lines("""Agent Renata Duarte
Colorado Bureau of Investigation, Major Crimes Unit
303-555-0181 | renata.duarte@state.co.us""", after=4)
    d.br()
    d.font = "Serif"
    d.table([["DISTRICT COURT, PUEBLO COUNTY, COLORADO<br/>Pueblo Judicial Building<br/>501 North Elizabeth Street, Pueblo, CO 81003<br/><br/>"
              "IN RE: APPLICATION OF THE COLORADO BUREAU OF INVESTIGATION FOR PRODUCTION OF RECORDS",
              "<br/><br/>\u25b2 COURT USE ONLY \u25b2<br/><br/>Case Number: 25CR1877<br/>Division: 406"]],
            [4.5, 2.2], size=9.5, font="Serif")
    d.c("<b>ORDER FOR PRODUCTION OF CONFIDENTIAL PUBLIC ASSISTANCE RECORDS<br/>PURSUANT TO § 26-1-114, C.R.S.</b>", 11, after=10, font="Serif")
    d.j("THIS MATTER comes before the Court on the Verified Motion of Agent Renata Duarte of the Colorado Bureau of "
        "Investigation for an order directing the Colorado Department of Human Services to produce records. The Court, "
        "having reviewed the motion and being fully advised, FINDS that the records are sought in connection with an "
        "active criminal investigation of Human Trafficking for Involuntary Servitude, § 18-3-503, C.R.S., and "
        "Human Trafficking of a Minor for Sexual Servitude, § 18-3-504, C.R.S., involving a minor victim identified "
        "as J.R.; that the records are not otherwise available; and that disclosure is necessary and in the public "
        "interest.", 10.5)
    d.j("IT IS THEREFORE ORDERED that the Colorado Department of Human Services shall produce to Agent Renata Duarte, "
        "within twenty-one (21) days, copies of all applications for public assistance, household composition and "
        "address records, telephone numbers of record, and benefit issuance histories from January 1, 2022 to "
        "present for:", 10.5)
    d.table([["SOKOLOV, Ivan Dmitrievich", "DOB: 02/11/1980"], ["ORTIZ MENDOZA, Esperanza", "DOB: 06/30/1977"]],
            [3.2, 2.0], size=10.5, font="Serif", grid=False)
    d.j("IT IS FURTHER ORDERED that the records produced shall be used solely for the investigation and any resulting "
        "prosecution and shall otherwise remain confidential as required by § 26-1-114, C.R.S.", 10.5)
    d.table([["Dated: August 28, 2025", "BY THE COURT:<br/><br/><font name='Serif-I' size=14>Alan T. Whitmore</font><br/>"
              "District Court Judge"]], [3.2, 3.5], size=10.5, font="Serif", grid=False)
    build_pdf(os.path.join(OUT, "ba22.pdf"), d, margins=(0.7, 0.85, 0.8, 0.85))
    expected("ba22", "born_digital", "CBI transmittal plus Colorado district-court order for public assistance records (CRS 26-1-114)",
             "state-police", "Colorado Bureau of Investigation, Major Crimes Unit", "Renata Duarte", "Agent",
             "renata.duarte@state.co.us", "303-555-0181",
             [S("Ivan Dmitrievich Sokolov", "1980-02-11"), S("Esperanza Ortiz Mendoza", "1977-06-30")],
             ["CRS 26-1-114", "CRS 18-3-503", "CRS 18-3-504"], "court_order", None, True, "criminal_investigation",
             ["benefits", "address", "phone"], "mail")


# ---------------------------------------------------------------- ba23
@doc
def ba23(rng):
    d = Doc("Serif", 10.5)
    d.c("<b>SOCIAL SECURITY ADMINISTRATION</b>", 13, after=0)
    d.c("<b>OFFICE OF THE INSPECTOR GENERAL</b>", 11, after=0)
    d.c("Office of Investigations \u2013 Denver Field Division", 10, after=0)
    d.c("1961 Stout Street, Room 08-148, Denver, CO 80294", 9, after=6)
    d.hr(0.8, 12)
    d.p("14 August 2025", after=10)
    d.lines("""Colorado Department of Labor and Employment
Unemployment Insurance \u2013 Wage Records Unit
633 17th Street, Suite 201
Denver, CO 80202""", after=10)
    d.table([["OIG Case No.:", "DEN2500418"], ["Subject:", "CHÁVEZ-MORALES, Adriana"], ["SSN:", "XXX-XX-6142"],
             ["Date of birth:", "1972-08-08"]], [1.4, 3.5], size=10.5, font="Serif", grid=False, pad=1)
    d.p("Dear Sir or Madam:", after=8)
    d.j("The Social Security Administration, Office of the Inspector General (SSA OIG), is conducting a criminal "
        "investigation of the above-named individual for possible violations of 42 U.S.C. § 408(a)(4) (concealment "
        "of an event affecting the right to benefits) and 18 U.S.C. § 641 (theft of government funds). The subject "
        "has received Social Security Disability Insurance benefits since 2019 while reportedly working.")
    d.j("To further this investigation, we request quarterly wage records reported for the subject from the first "
        "quarter of 2019 through the most recent quarter available, together with the name, address and account "
        "number of each employer reporting wages. Disclosure of this information to a federal agency for a criminal "
        "investigation is consistent with 20 C.F.R. part 603.")
    d.j("Please limit the response to the subject named above. Records for her spouse, Luis Chávez, are not "
        "requested. Records may be sent by secure e-mail to owen.pritchard@ssa.gov or by mail to the address above. "
        "If you have questions, I can be reached at (303) 555-0191.")
    d.p("Sincerely,", before=4, after=16)
    d.sig("Owen Pritchard")
    d.lines("""Owen Pritchard
Special Agent
SSA OIG, Denver Field Division""", after=10)
    d.p("THIS DOCUMENT CONTAINS SENSITIVE PERSONALLY IDENTIFIABLE INFORMATION. HANDLE IN ACCORDANCE WITH THE "
        "PRIVACY ACT.", 8, font="Sans", before=30)
    build_pdf(os.path.join(OUT, "ba23.pdf"), d)
    expected("ba23", "born_digital", "SSA OIG letter requesting wage records in a disability-fraud case (spouse excluded)",
             "ssa-oig", "Social Security Administration, Office of the Inspector General", "Owen Pritchard",
             "Special Agent", "owen.pritchard@ssa.gov", "(303) 555-0191",
             [S("Adriana Chávez-Morales", "1972-08-08", ("ssn_last4", "6142"))],
             ["42 USC 408", "18 USC 641", "20 CFR 603"], "none", None, False, "criminal_investigation",
             ["wages", "employment"], "mail")


# ---------------------------------------------------------------- ba24
@doc
def ba24(rng):
    d = Doc("Sans", 10)
    d.p("<b>U.S. Department of Homeland Security</b><br/>U.S. Citizenship and Immigration Services<br/>"
        "Fraud Detection and National Security Directorate<br/>Denver Field Office<br/>12484 East Weaver Place, "
        "Centennial, CO 80111", 9.5, after=4)
    d.r("<b>U.S. Citizenship<br/>and Immigration<br/>Services</b>", 11, after=8)
    d.hr(0.6, 10)
    d.p("June 17, 2025", after=10)
    d.p("Colorado Department of Labor and Employment<br/>Attn: Employer Services \u2013 Wage Verification<br/>"
        "633 17th Street, Denver, CO 80202", after=10)
    d.p("<b>RE: Request for Employment Verification</b><br/>Beneficiary: VO, Ngoc Anh\u2003DOB: 01/27/1993\u2003"
        "A-Number: A219 003 846<br/>Claimed employer: Aspen Grove Dental, LLC, Littleton, CO", after=10)
    d.j("U.S. Citizenship and Immigration Services (USCIS) is conducting an administrative review of an immigration "
        "benefit request filed on behalf of the individual named above. As part of that review, USCIS must verify the "
        "beneficiary\u2019s claimed employment with the employer listed above since March 2022.")
    d.j("USCIS requests that you confirm whether wages have been reported for the beneficiary by Aspen Grove Dental, "
        "LLC, the quarters in which wages were reported, and the amounts reported. This request is made under the "
        "authority of section 103 of the Immigration and Nationality Act, 8 U.S.C. § 1103, and 8 C.F.R. § 103.2(b).")
    d.j("Please return the information to the officer named below within 30 days. The information will be used "
        "solely in adjudicating the pending benefit request and will be protected in accordance with the Privacy Act.")
    d.p("Sincerely,", before=4, after=14)
    d.sig("Katarzyna Wróbel")
    d.lines("""Katarzyna Wróbel
Immigration Officer, FDNS
Tel. (303) 555-0108
katarzyna.wrobel@uscis.dhs.gov""")
    build_pdf(os.path.join(OUT, "ba24.pdf"), d, footer="www.uscis.gov")
    expected("ba24", "born_digital", "USCIS FDNS employment-verification letter for a benefit request (A-number, no crime named)",
             "dhs-uscis", "U.S. Citizenship and Immigration Services, Fraud Detection and National Security Directorate, Denver Field Office",
             "Katarzyna Wróbel", "Immigration Officer", "katarzyna.wrobel@uscis.dhs.gov", "(303) 555-0108",
             [S("Ngoc Anh Vo", "1993-01-27", ("a_number", "A219003846"))],
             ["INA 103", "8 USC 1103", "8 CFR 103.2"], "none", None, False, "civil_immigration",
             ["employment", "wages"], "mail")


# ---------------------------------------------------------------- ba25
@doc
def ba25(rng):
    d = Doc("Serif", 10.5)
    d.p("<b>Office of the Principal Legal Advisor</b><br/>U.S. Department of Homeland Security<br/>"
        "U.S. Immigration &amp; Customs Enforcement<br/>Denver Office of Chief Counsel<br/>"
        "3130 N. Oakland Street, Aurora, CO 80010", 9.5, after=8)
    d.hr(1, 12)
    d.p("September 3, 2025", after=10)
    d.lines("""Records Custodian
Colorado Department of Labor and Employment
Unemployment Insurance Division, Wage Records
633 17th Street
Denver, CO 80202""", after=10)
    d.p("<b>Re:\u2003Request for wage and employment history<br/>\u2003\u2003\u2003Respondent: Luis Alberto FERNÁNDEZ DE "
        "CASTRO\u2003A089-442-716\u2003DOB 23 Nov 1975</b>", after=10)
    d.p("Dear Records Custodian:", after=8)
    d.j("This office represents the Department of Homeland Security in removal proceedings before the Executive Office "
        "for Immigration Review. The respondent named above is in removal proceedings under section 240 of the "
        "Immigration and Nationality Act (INA) before the Aurora Immigration Court and has applied for cancellation "
        "of removal under INA § 240A(b), which requires, among other things, ten years of continuous physical "
        "presence in the United States.")
    d.j("To prepare for the respondent\u2019s individual hearing, scheduled for October 14, 2025 before Immigration "
        "Judge Margaret Holloway, we request copies of all quarterly wage records reported for the respondent from "
        "2014 to the present, including the names and addresses of all reporting employers.")
    d.j("The respondent is represented by Ana Beltrán, Esq.; we do not request any records concerning counsel or "
        "any other person. Please direct the records, or any questions, to the undersigned.")
    d.p("Thank you for your assistance.", after=10)
    d.p("Sincerely,", after=14)
    d.sig("Derek Lund")
    d.lines("""Derek Lund
Assistant Chief Counsel
(720) 555-0119
derek.lund@ice.dhs.gov""")
    build_pdf(os.path.join(OUT, "ba25.pdf"), d, footer="This letter may contain information protected by 8 U.S.C. \u00a7 1367.",
              footer_font="Serif")
    expected("ba25", "born_digital", "ICE OPLA (trial attorney) letter seeking wage history for a removal hearing",
             "dhs-ice", "U.S. Immigration & Customs Enforcement, Office of the Principal Legal Advisor, Denver Office of Chief Counsel",
             "Derek Lund", "Assistant Chief Counsel", "derek.lund@ice.dhs.gov", "(720) 555-0119",
             [S("Luis Alberto Fernández de Castro", "1975-11-23", ("a_number", "A089442716"))],
             ["INA 240", "INA 240A", "8 USC 1367"], "none", None, False, "civil_immigration",
             ["wages", "employment"], "mail")


# ---------------------------------------------------------------- ba26
@doc
def ba26(rng):
    plain = """Hi there,

Hoping you can help with a quick one. I'm working a bank robbery series (18 USC 2113) out of our Colorado Springs RA and need DL photos and any registered vehicles for the two people below. LE use only.

1) DOUGLAS, Terrence Lamar - 06/14/1989 - CO DL 16-334-7712
2) Yuliya Andriyivna SAVCHUK - DOB 1995-02-03 - DL unknown

If it's easier to talk it through, my cell is below. Thanks so much!

Brittany

--
Brittany Colón
Special Agent | FBI Denver - Colorado Springs Resident Agency
(719) 555-0112
bcolon@fbi.gov
"""
    html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial;font-size:10pt">
<p>Hi there,</p>
<p>Hoping you can help with a quick one. I'm working a bank robbery series (18 USC 2113) out of our Colorado Springs RA
and need DL photos and any registered vehicles for the two people below. LE use only.</p>
<ol>
<li>DOUGLAS, Terrence Lamar &ndash; 06/14/1989 &ndash; CO DL 16-334-7712</li>
<li>Yuliya Andriyivna SAVCHUK &ndash; DOB 1995-02-03 &ndash; DL unknown</li>
</ol>
<p>If it's easier to talk it through, my cell is below. Thanks so much!</p>
<p>Brittany</p>
<p style="color:#1f3864">--<br><b>Brittany Col&oacute;n</b><br>Special Agent | FBI Denver &ndash; Colorado Springs Resident Agency<br>
(719) 555-0112<br><a href="mailto:bcolon@fbi.gov">bcolon@fbi.gov</a></p>
</div></body></html>
"""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "\"Colón, Brittany (DN) (FBI)\" <bcolon@fbi.gov>"
    m["To"] = "dor_dmv_lerequests@state.co.us"
    m["Subject"] = "quick request - DL photo + vehicles (2 subjects)"
    m["Date"] = "Mon, 28 Jul 2025 11:09:27 -0600"
    m["Message-ID"] = "<SJ0PR09MB9021.ba26@fbi.gov>"
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    write_eml(os.path.join(OUT, "ba26.eml"), m)
    expected("ba26", "eml", "FBI special agent informal multipart/alternative e-mail, bank robbery series, two subjects",
             "doj-fbi", "FBI Denver - Colorado Springs Resident Agency", "Brittany Colón", "Special Agent",
             "bcolon@fbi.gov", "(719) 555-0112",
             [S("Terrence Lamar Douglas", "1989-06-14", ("license", "163347712")),
              S("Yuliya Andriyivna Savchuk", "1995-02-03")],
             ["18 USC 2113"], "none", None, False, "criminal_investigation", ["photo", "vehicle"], "email")


# ---------------------------------------------------------------- ba27
@doc
def ba27(rng):
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<table width="100%" style="border-bottom:2px solid #003366"><tr>
<td><b style="color:#003366;font-size:13pt">U.S. Customs and Border Protection</b><br>
U.S. Border Patrol &#8211; El Paso Sector &#8211; Santa Teresa Station</td></tr></table>
<p>To whom it may concern,</p>
<p>On 07/19/2025, Border Patrol agents encountered an individual near Santa Teresa, New Mexico, who identified himself
as <b>CISNEROS BATRES, José Ángel</b>, date of birth <b>09/14/1990</b>, and stated that he has lived in Colorado since 2017 and
holds a Colorado driver license, number <b>15-118-6620</b>.</p>
<p>To verify his identity and claimed length of residence for Title 8 immigration processing (administrative removal),
we request the following:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde4ee"><th>Item</th><th>Requested</th></tr>
<tr><td>DL photograph on file</td><td>Yes</td></tr>
<tr><td>License issuance / renewal history</td><td>Yes</td></tr>
<tr><td>Residential address history</td><td>Yes</td></tr>
</table>
<p>This request is made under 8 U.S.C. &#167; 1357(a) and is a permissible use under the Driver's Privacy Protection Act,
18 U.S.C. &#167; 2721(b)(1).</p>
<p>Respectfully,</p>
<p><b>Cody Marquardt</b><br>Border Patrol Agent &#8211; Processing Coordinator<br>Santa Teresa Station, El Paso Sector<br>
U.S. Border Patrol | CBP<br>Office: (575) 555-0139<br>
<a href="mailto:cody.marquardt@cbp.dhs.gov">cody.marquardt@cbp.dhs.gov</a></p>
<p style="font-size:8pt;color:#666">WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains
information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).</p>
</body></html>
"""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "MARQUARDT, CODY M <cody.marquardt@cbp.dhs.gov>"
    m["To"] = "dmv.lawenforcement@state.co.us"
    m["Subject"] = "Identity verification request - USBP Santa Teresa - CISNEROS BATRES"
    m["Date"] = "Sun, 20 Jul 2025 22:41:03 -0600"
    m["Message-ID"] = "<BY5PR09MB6642.ba27@cbp.dhs.gov>"
    m.set_content(html, subtype="html")
    write_eml(os.path.join(OUT, "ba27.eml"), m)
    expected("ba27", "eml", "Border Patrol HTML-only e-mail asking DMV to verify identity/residence for Title 8 processing",
             "dhs-cbp", "U.S. Border Patrol, El Paso Sector, Santa Teresa Station (CBP)", "Cody Marquardt",
             "Border Patrol Agent", "cody.marquardt@cbp.dhs.gov", "(575) 555-0139",
             [S("José Ángel Cisneros Batres", "1990-09-14", ("license", "151186620"))],
             ["8 USC 1357", "18 USC 2721", "5 USC 552"], "none", None, False, "civil_immigration",
             ["photo", "license", "address"], "email")


# ---------------------------------------------------------------- ba28
@doc
def ba28(rng):
    orig = EmailMessage(policy=policy.SMTP)
    orig["From"] = "\"Tran, Kevin\" <kevin.tran@ice.dhs.gov>"
    orig["To"] = "dor_dmv_lerequests@state.co.us"
    orig["Subject"] = "Request for info"
    orig["Date"] = "Tue, 05 Aug 2025 08:14:40 -0600"
    orig["Message-ID"] = "<PH0PR09MB7711.ba28a@ice.dhs.gov>"
    orig.set_content("""Good morning,

Can you please run the following individuals for current address, DL status and any vehicles registered?

ORTEGA-BLANCO, Luz Marina    DOB 10/10/1990
ALIYEV, Rustam               DOB 12/19/1987

Thanks,

Kevin Tran
Special Agent
HSI Denver
303-555-0183
""")
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "\"Tran, Kevin\" <kevin.tran@ice.dhs.gov>"
    m["To"] = "dor_dmv_lerequests@state.co.us"
    m["Subject"] = "FW: Request for info"
    m["Date"] = "Tue, 19 Aug 2025 13:30:12 -0600"
    m["Message-ID"] = "<PH0PR09MB7711.ba28b@ice.dhs.gov>"
    m.set_content("""Resending the request below (attached) -- I haven't heard back. Could you let me know the status?

-KT

Kevin Tran | Special Agent | Homeland Security Investigations (HSI) Denver | 303-555-0183
""")
    m.add_attachment(orig, filename="Request for info.eml")
    write_eml(os.path.join(OUT, "ba28.eml"), m)
    expected("ba28", "eml", "HSI agent resends an earlier bare request attached as message/rfc822; no reason given",
             "dhs-ice-hsi", "Homeland Security Investigations (HSI) Denver", "Kevin Tran", "Special Agent",
             "kevin.tran@ice.dhs.gov", "303-555-0183",
             [S("Luz Marina Ortega-Blanco", "1990-10-10"), S("Rustam Aliyev", "1987-12-19")],
             [], "none", None, False, "unknown", ["address", "license", "vehicle"], "email")


# ---------------------------------------------------------------- ba29
@doc
def ba29(rng):
    write_txt("ba29", """
==================================================================
 COLORADO DMV - LAW ENFORCEMENT RECORDS REQUEST (ONLINE FORM)
 Submission ID: LE-2025-004418
 Submitted:     2025-07-30 09:14:22 MDT
 Notification sent to: dmv.lawenforcement@state.co.us
==================================================================

--- REQUESTOR ---
Agency name ............ ICE ERO
Agency type ............ Federal
Unit / office .......... Denver Field Office - Fugitive Operations
Officer name ........... Lamar Whitby
Title .................. Deportation Officer
Badge / ID ............. (blank)
Email .................. lamar.whitby@ice.dhs.gov
Phone .................. 303-555-0169
Case / reference no. ... A-File

--- SUBJECT 1 of 1 ---
Last name .............. IBARRA GONZÁLEZ
First name ............. Marisol
Middle name ............ (blank)
Date of birth .......... 04/04/1994
DL / ID number ......... 14-009-3321
Other identifiers ...... A-Number 212-447-905

--- REQUEST ---
Records requested ...... [x] Current address  [ ] Address history
                         [x] Photo            [ ] Driving record
                         [x] Vehicle registration
Purpose of request ..... official use - location of subject
Statutory authority .... 8 USC 1357
DPPA permissible use ... (b)(1) Government agency function - 18 U.S.C. 2721(b)(1)
Legal process attached . No

--- CERTIFICATION ---
[x] I certify that this request is made in the course of my official duties and that the information
    will be used only for the purpose stated. I understand that requests are reviewed under
    C.R.S. 24-74-103 and that personal identifying information may be withheld if the request is
    made solely for the purpose of federal civil immigration enforcement.

Electronic signature: Lamar Whitby
IP address: 10.24.118.6
==================================================================
""")
    expected("ba29", "txt", "State DMV online law-enforcement request form submission from an ERO officer",
             "dhs-ice-ero", "ICE ERO", "Lamar Whitby", "Deportation Officer", "lamar.whitby@ice.dhs.gov",
             "303-555-0169",
             [S("Marisol Ibarra González", "1994-04-04", ("license", "140093321"), ("a_number", "A212447905"))],
             ["8 USC 1357", "18 USC 2721", "CRS 24-74-103"], "none", None, False, "civil_immigration",
             ["address", "photo", "vehicle"], "email")


# ---------------------------------------------------------------- ba30
@doc
def ba30(rng):
    write_txt("ba30", """
CDLE - UI LEGAL PROCESS UNIT - TELEPHONE REQUEST NOTE
Taken by: R. Quintana (records clerk)        Date/time: 08/19/2025  2:41 PM

Caller:   Deputy U.S. Marshal Andre Fontaine
Agency:   U.S. Marshals Service, District of Colorado
Callback: 303-555-0147
Email:    andre.fontaine@usdoj.gov

Caller is looking for a federal fugitive, Efraín DELEON-BAUTISTA (spelled D-E-L-E-O-N dash B-A-U-T-I-S-T-A),
DOB January 22, 1982. Says he is wanted on a federal bench warrant for failure to appear at sentencing
(18 U.S.C. 3146). Wants the name/address of his current employer and any address on his UI claim.
Did not have the warrant with him; said he would e-mail it.

Advised caller that requests must be in writing. Caller sent the e-mail below at 3:05 PM.
No warrant was attached to the e-mail. Routed to supervisor 08/19.

-------- e-mail received 08/19/2025 3:05 PM --------
From: Fontaine, Andre (USMS) <andre.fontaine@usdoj.gov>
To: cdle_ui_legal@state.co.us
Subject: Follow-up to phone call - fugitive DELEON-BAUTISTA

Per our call, USMS is attempting to locate Efraín Deleon-Bautista, DOB 01/22/1982, who has an outstanding
federal warrant for failure to appear (18 U.S.C. § 3146), D. Colo. case 1:23-cr-00217. Requesting most recent
employer name/address and any addresses or phone numbers on UI claims. Warrant copy to follow.

DUSM Andre Fontaine
U.S. Marshals Service - District of Colorado
303-555-0147
""")
    expected("ba30", "txt", "Records clerk's telephone note with the marshal's follow-up e-mail pasted in; warrant not attached",
             "doj-usms", "U.S. Marshals Service, District of Colorado", "Andre Fontaine", "Deputy U.S. Marshal",
             "andre.fontaine@usdoj.gov", "303-555-0147",
             [S("Efraín Deleon-Bautista", "1982-01-22")],
             ["18 USC 3146"], "none", None, False, "criminal_investigation",
             ["employment", "address", "phone"], "email")


# ---------------------------------------------------------------- ba31
@doc
def ba31(rng):
    write_txt("ba31", """
From: Kowal, Samantha <skowal@cityofwestminster.us>
Sent: Thursday, May 22, 2025 4:18 PM
To: CDLE Legal Process <cdle_legalprocess@state.co.us>
Subject: Records request - WPD case 25-018833

Good afternoon,

I'm a detective with the Westminster Police Department, Property Crimes Unit. I'm investigating a series of
aggravated motor vehicle thefts and an identity theft (C.R.S. 18-4-409 and C.R.S. 18-5-902). The suspect used
the victim's identity, Maria Elena Gutiérrez, to rent and then steal three vehicles.

Suspect:  WHITLOCK, Brandon Lee
DOB:      10/08/1996
CO DL:    19-230-4418

Could you provide any employer information (employer name and address, dates of employment) and wages reported
for Mr. Whitlock over the last year, plus the most recent address you have for him? We are NOT requesting any
records for the victim.

Thank you,

Det. Samantha Kowal #2291
Westminster Police Department | Investigations Division
9110 Yates Street, Westminster, CO 80031
Desk: 303-555-0124
skowal@cityofwestminster.us

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the
intended recipient. If you are not the intended recipient, please do not read, distribute or take action in
reliance upon this message.
""")
    expected("ba31", "txt", "Municipal detective's e-mail saved as text, vehicle theft and identity theft case",
             "local-police", "Westminster Police Department", "Samantha Kowal", "Detective",
             "skowal@cityofwestminster.us", "303-555-0124",
             [S("Brandon Lee Whitlock", "1996-10-08", ("license", "192304418"))],
             ["CRS 18-4-409", "CRS 18-5-902"], "none", None, False, "criminal_investigation",
             ["employment", "wages", "address"], "email")


# ---------------------------------------------------------------- ba32
@doc
def ba32(rng):
    write_txt("ba32", """
[Typed transcription of a letter received by U.S. Mail on 2025-06-30 - entered by DMV mailroom]

ARIZONA DEPARTMENT OF PUBLIC SAFETY
Criminal Investigations Division - Northern Region Major Crimes
2102 West Route 66, Flagstaff, Arizona 86001

June 24, 2025

Colorado Division of Motor Vehicles
Attn: Records / Law Enforcement Requests
Lakewood, CO

RE: DPS Report No. 2025-0614-0387 - Fatal collision, failure to remain at scene

To Whom It May Concern:

The Arizona Department of Public Safety is investigating a fatal hit-and-run collision that occurred on
June 14, 2025 on Interstate 40 near Kingman, Arizona, in which pedestrian Lorraine Yazzie was killed.
The suspect vehicle, a silver 2014 Chevrolet Silverado bearing Colorado plate CJW-2281, is registered to:

    Wade Allen PRUETT, DOB 3/30/1979

A witness reported that the driver at the time may have been an acquaintance of Mr. Pruett, identified
only as Sergio Iván Montaño (date of birth unknown).

This investigation concerns a violation of A.R.S. § 28-661 (accidents involving death or physical injuries;
failure to stop). I am requesting the vehicle registration and title history for the above plate, and the
driver license photograph and address on file for Mr. Pruett and for Mr. Montaño, if he is found in your
records. This request is made under the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1).

Please send any records to me at the address below, or by e-mail to rnakamura@azdps.gov.

Sincerely,

(signed)
Detective Rachel Nakamura, #7730
Arizona Department of Public Safety
Criminal Investigations Division
(928) 555-0153
rnakamura@azdps.gov
""")
    expected("ba32", "txt", "Mailroom transcription of an out-of-state state-police letter, hit-and-run, two subjects and a victim",
             "state-police", "Arizona Department of Public Safety", "Rachel Nakamura", "Detective",
             "rnakamura@azdps.gov", "(928) 555-0153",
             [S("Wade Allen Pruett", "1979-03-30"), S("Sergio Iván Montaño", None)],
             ["ARS 28-661", "18 USC 2721"], "none", None, False, "criminal_investigation",
             ["vehicle", "photo", "address"], "mail")


# ---------------------------------------------------------------- main
def main():
    for f in DOCS:
        f(random.Random(SEED * 100 + int(f.__name__[2:])))
    print("built %d documents in %s" % (len(DOCS), OUT))


if __name__ == "__main__":
    main()
