"""Build the blind-g evaluation set: 32 request documents plus labels.

Run:  /work/main/.venv/bin/python samples/blind_g/build.py
Everything is deterministic (fixed seed, fixed e-mail dates / ids / boundaries).
"""
import io
import json
import os
import random
import subprocess
import tempfile
from email import policy
from email.message import EmailMessage

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

rl_config.invariant = 1
OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 7171
FAMILY = "blind-g"
FD = "/usr/share/fonts/truetype/dejavu/"

for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                 ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
                 ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                 ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Sans-BI", "DejaVuSans-BoldOblique.ttf"),
                 ("Mono", "DejaVuSansMono.ttf"), ("Mono-B", "DejaVuSansMono-Bold.ttf"),
                 ("Mono-I", "DejaVuSansMono-Oblique.ttf"), ("Mono-BI", "DejaVuSansMono-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
for fam in ("Serif", "Sans", "Mono"):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")


def _st(name, font="Serif", size=10.5, lead=None, align=TA_LEFT, after=5, before=0, left=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3,
                          alignment=align, spaceAfter=after, spaceBefore=before, leftIndent=left)


ST = {
    "b": _st("b"), "bj": _st("bj", align=TA_JUSTIFY),
    "s": _st("s", size=8.5, after=3), "xs": _st("xs", size=7, after=2),
    "c": _st("c", align=TA_CENTER, after=2), "cb": _st("cb", font="Serif-B", align=TA_CENTER, after=2),
    "h": _st("h", font="Serif-B", size=13, align=TA_CENTER, after=4),
    "H": _st("H", font="Serif-B", size=16, align=TA_CENTER, after=6),
    "r": _st("r", align=TA_RIGHT), "ind": _st("ind", left=24),
    "sb": _st("sb", font="Sans", size=10, after=4), "sbc": _st("sbc", font="Sans", size=10, align=TA_CENTER, after=2),
    "sh": _st("sh", font="Sans-B", size=12, align=TA_CENTER, after=4),
    "sH": _st("sH", font="Sans-B", size=15, align=TA_CENTER, after=6),
    "ss": _st("ss", font="Sans", size=8, after=2), "sxs": _st("sxs", font="Sans", size=6.8, after=1),
    "cell": _st("cell", font="Sans", size=8.6, after=0), "cellS": _st("cellS", font="Serif", size=9.2, after=0),
    "m": _st("m", font="Mono", size=9.5, after=2), "sig": _st("sig", font="Serif-I", size=13, after=0),
}


def P(t, s="b"):
    return Paragraph(t, ST[s])


def SP(h=8):
    return Spacer(1, h)


def HR(w=1, c=colors.black, sb=2, sa=6):
    return HRFlowable(width="100%", thickness=w, color=c, spaceBefore=sb, spaceAfter=sa)


def T(rows, widths, grid=True, cs="cell", pad=3, extra=None, box=False):
    data = [[P(c, cs) if isinstance(c, str) else c for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    if box:
        cmds.append(("BOX", (0, 0), (-1, -1), 1.0, colors.black))
    if extra:
        cmds += extra
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(story, footer=None, header=None, margins=(0.8, 0.8, 0.75, 0.8), font="Sans"):
    buf = io.BytesIO()
    l, r, t, b = margins

    def deco(canvas, doc):
        canvas.saveState()
        if footer:
            canvas.setFont(font, 7)
            txt = footer.replace("{page}", str(doc.page))
            canvas.drawCentredString(letter[0] / 2, 0.42 * inch, txt)
        if header:
            canvas.setFont(font, 7)
            canvas.drawString(l * inch, letter[1] - 0.45 * inch, header.replace("{page}", str(doc.page)))
        canvas.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=l * inch, rightMargin=r * inch,
                            topMargin=t * inch, bottomMargin=b * inch, title="", author="", creator="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


# ---------------------------------------------------------------- raster helpers
def pdf_images(pdf_bytes, dpi=200):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "in.pdf")
        with open(p, "wb") as f:
            f.write(pdf_bytes)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, os.path.join(d, "pg")], check=True)
        names = sorted(n for n in os.listdir(d) if n.startswith("pg"))
        return [Image.open(os.path.join(d, n)).convert("L").copy() for n in names]


def scan_page(img, rng, turn=0):
    """Degrade one rendered page like a cheap office scanner."""
    angle = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    bg = rng.randint(205, 228)
    a = np.asarray(img).astype(np.float32)
    a = bg - (bg - a) * (bg / 255.0) * rng.uniform(0.9, 1.0)  # grey paper, slightly faded ink
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg - 10)
    nr = np.random.default_rng(rng.randint(0, 10**6))
    a = np.asarray(im).astype(np.float32) + nr.normal(0, 9, (im.height, im.width))
    speck = nr.random((im.height, im.width)) < 0.0007
    a[speck] = 40
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    if turn:
        im = im.rotate(turn, expand=True)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=rng.randint(38, 55))
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def save_scanned(pdf_bytes, path, rng, turns=None, dpi=200):
    pages = [scan_page(im, rng, (turns or {}).get(i, 0)) for i, im in enumerate(pdf_images(pdf_bytes, dpi))]
    import time
    fixed = time.gmtime(1744707600)
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=dpi, quality=60,
                  creationDate=fixed, modDate=fixed)


def save_fax(pdf_bytes, path, rng, header):
    """header: function(page_no, n_pages) -> str printed at the top of each page."""
    imgs = pdf_images(pdf_bytes, 200)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    for i, im in enumerate(imgs):
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 44], fill=255)
        d.text((30, 10), header(i + 1, len(imgs)), font=font, fill=0)
        nr = np.random.default_rng(rng.randint(0, 10**6))
        a = np.asarray(im).astype(np.float32) + nr.normal(0, 22, (im.height, im.width))
        bw = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1")
        out.append(bw)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def photo_jpeg(pdf_bytes, rng, page=0):
    """A phone photo of a printed page: warm tint, tilt, vignette, JPEG."""
    im = pdf_images(pdf_bytes, 150)[page]
    rgb = Image.merge("RGB", [im.point(lambda v: int(v * 0.97)), im.point(lambda v: int(v * 0.93)),
                              im.point(lambda v: int(v * 0.82))])
    rgb = rgb.rotate(rng.uniform(1.5, 3.0), resample=Image.BICUBIC, expand=True, fillcolor=(70, 62, 55))
    w, h = rgb.size
    yy, xx = np.mgrid[0:h, 0:w]
    vig = 1 - 0.35 * (((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2) / 2
    a = np.asarray(rgb).astype(np.float32) * vig[..., None]
    nr = np.random.default_rng(rng.randint(0, 10**6))
    a += nr.normal(0, 5, a.shape)
    rgb = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    rgb.save(buf, "JPEG", quality=72)
    return buf.getvalue()


# ---------------------------------------------------------------- e-mail helpers
def make_email(headers, text=None, html=None, attachments=(), attach_msgs=()):
    m = EmailMessage(policy=policy.SMTP)
    for k, v in headers.items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None and html is not None:
        m.set_content(text)
        m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
    for fn, mime, data in attachments:
        ma, sub = mime.split("/")
        m.add_attachment(data, maintype=ma, subtype=sub, filename=fn)
    for inner in attach_msgs:
        m.add_attachment(inner)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("=_blindg_%s_%02d" % (headers.get("Message-ID", "x").strip("<>").split("@")[0], n))
    return m


def write_eml(path, msg):
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


# ---------------------------------------------------------------- labels
AGENCY_KEYS = {"dhs-ice-ero", "dhs-ice-hsi", "dhs-ice", "dhs-cbp", "dhs-uscis", "dhs-oig", "doj-fbi", "doj-dea",
               "doj-atf", "doj-usms", "doj-usao", "ssa-oig", "dol-oig", "irs-ci", "usps-uspis", "state-police",
               "local-police", "sheriff", "district-attorney", "other"}
RECORDS = {"address", "phone", "email", "photo", "vehicle", "license", "identity_documents", "wages", "employment",
           "claims", "benefits", "tax", "criminal_history", "ssn", "date_of_birth", "other"}
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}
PROC = COURT | {"administrative_subpoena", "administrative_warrant", "detainer", "none"}
LABELS = []


def subj(name, dob=None, **ids):
    idl = []
    for t in ("a_number", "license", "ssn_last4", "other"):
        for v in ([ids[t]] if isinstance(ids.get(t), str) else ids.get(t, [])):
            idl.append({"type": t, "value": v})
    return {"name": name, "dob": dob, "identifiers": idl}


def label(id, fmt, template, agency_key, agency_name, person, title, email, phone, subjects, basis,
          ptype, form, attached, purpose, records, channel):
    assert agency_key in AGENCY_KEYS, agency_key
    assert ptype in PROC, ptype
    assert set(records) <= RECORDS, records
    assert purpose in {"criminal_investigation", "civil_immigration", "unknown"}
    assert channel in {"email", "fax", "mail"}
    assert fmt in {"born_digital", "scanned", "fax", "eml", "txt"}
    rec = {"id": id, "family": FAMILY, "format": fmt, "template": template,
           "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                         "title": title, "email": email, "phone": phone},
           "subjects": subjects,
           "legal_basis": [{"normalized": b} for b in basis],
           "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
           "warrant_or_subpoena_attached": attached, "purpose": purpose,
           "records_requested": records, "channel": channel}
    with open(os.path.join(OUT, id + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")
    LABELS.append(rec)


def wtxt(id, text):
    with open(os.path.join(OUT, id + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


def wbin(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def box(checked):
    return "\u2612" if checked else "\u2610"


RNG = random.Random(SEED)
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn

# ==================================================================== documents

@doc
def bg01():
    text = """Good morning,

HSI Denver is conducting a criminal investigation into a document fraud ring operating
out of Aurora and Commerce City. The activity under investigation includes the production
and sale of counterfeit permanent resident cards and Social Security cards, in violation of
18 U.S.C. § 1546 (fraud and misuse of visas, permits and other documents) and
18 U.S.C. § 1028 (fraud in connection with identification documents).

We respectfully request the following records for the two individuals listed below:

  - DL/ID application photographs (all on file)
  - current and prior residential addresses
  - any vehicles currently registered to them

  1.  NGUYỄN, Văn Thành        DOB 1986-09-22    CO DL# 14-227-9083
  2.  Oksana Petrenko-Hale      DOB: 11 Feb 1991  CO DL# 19-104-5521

Please send the responsive records to me directly rather than replying to this mailbox --
the tips box is shared and monitored by several people in the office.

Thank you for your continued assistance.

Respectfully,

Special Agent Ryan T. Albrecht
Homeland Security Investigations
Office of the Special Agent in Charge - Denver
Desk: 720-555-0143 | Cell: 303-555-0188
ryan.t.albrecht@ice.dhs.gov

cc: GS Dana Whitcomb, HSI Denver Document and Benefit Fraud Task Force

WARNING: This email and any attachments are LAW ENFORCEMENT SENSITIVE and are
intended only for the use of the addressee(s). Do not disseminate without the
approval of the originator.
"""
    m = make_email({
        "From": "HSI Denver Tips <hsi.denver.tips@ice.dhs.gov>",
        "To": "DMV Law Enforcement Desk <dmv_le_requests@state.co.us>",
        "Subject": "Request - DL/ID images & address history - HSI case DN02BR25DN0007",
        "Date": "Tue, 14 Jan 2025 09:12:44 -0700",
        "Message-ID": "<bg01.7f3a21@ice.dhs.gov>",
    }, text=text)
    write_eml(os.path.join(OUT, "bg01.eml"), m)
    label("bg01", "eml", "HSI shared tips mailbox, agent signature in body, 2 subjects",
          "dhs-ice-hsi", "Homeland Security Investigations, Office of the Special Agent in Charge - Denver",
          "Ryan T. Albrecht", "Special Agent", "ryan.t.albrecht@ice.dhs.gov", "720-555-0143",
          [subj("Văn Thành Nguyễn", "1986-09-22", license="142279083"),
           subj("Oksana Petrenko-Hale", "1991-02-11", license="191045521")],
          ["18 USC 1546", "18 USC 1028"], "none", None, False, "criminal_investigation",
          ["photo", "address", "vehicle"], "email")


@doc
def bg02():
    head = T([[P("<b>JOHN R. FENWICK</b><br/>Field Office Director", "ss"),
               P("<b>U.S. Department of Homeland Security</b><br/>U.S. Immigration and Customs Enforcement<br/>"
                 "Enforcement and Removal Operations<br/>Denver Field Office<br/>12445 East Caley Avenue<br/>"
                 "Centennial, Colorado 80111", "sbc"),
               P("<b>MARISELA OCHOA</b><br/>Deputy Field Office Director", "ss")]],
             [1.6 * inch, 3.6 * inch, 1.6 * inch], grid=False)
    story = [head, HR(1.5), SP(4),
             P("February 3, 2025", "b"), SP(6),
             P("Colorado Department of Labor and Employment<br/>Unemployment Insurance Division &#8211; Records Section<br/>"
               "633 17th Street, Suite 201<br/>Denver, CO 80202"), SP(6),
             P("<b>RE: Request for Information &#8212; ABDI, Faadumo Hassan<br/>A-Number: A 212-384-907</b>"), SP(4),
             P("To Whom It May Concern:"),
             P("Pursuant to section 287 of the Immigration and Nationality Act (8 U.S.C. &#167; 1357) and "
               "8 C.F.R. &#167; 287.5, U.S. Immigration and Customs Enforcement (ICE) respectfully requests that your "
               "office provide the employer(s) of record, the quarterly wage records for the four most recent "
               "quarters, and the most recent mailing and residential address on file for the following individual:", "bj"),
             T([["Name:", "Faadumo Hassan ABDI"], ["Date of Birth:", "07/14/1993"],
                ["A-Number:", "A212384907"], ["SSN (last 4):", "xxx-xx-6621"], ["Country of Birth:", "Somalia"]],
               [1.5 * inch, 3.2 * inch], grid=False, cs="cellS"), SP(6),
             P("This information is for official use only and will be used by ICE in the performance of its "
               "official duties. Please do not notify the subject of this request. Responsive records may be "
               "returned by mail to the address above, Attention: Fugitive Operations, or by encrypted e-mail.", "bj"),
             P("Should you have any questions, please contact Deportation Officer Kyle Brandvold at (303) 555-0129 "
               "or kyle.d.brandvold@ice.dhs.gov. Thank you for your cooperation.", "bj"), SP(4),
             P("Sincerely,"), SP(2),
             P("Kyle D. Brandvold", "sig"),
             P("Kyle D. Brandvold<br/>Deportation Officer<br/>Fugitive Operations &#8211; Denver"), SP(10),
             P("cc: Supervisory Detention and Deportation Officer T. Mahoney<br/>File", "s"),
             ]
    pdf = build_pdf(story, footer="www.ice.gov  |  FOR OFFICIAL USE ONLY (FOUO)")
    wbin("bg02.pdf", pdf)
    label("bg02", "born_digital", "ERO letter, FOD and deputy printed on letterhead, DO signs, A-number",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
          "Kyle D. Brandvold", "Deportation Officer", "kyle.d.brandvold@ice.dhs.gov", "(303) 555-0129",
          [subj("Faadumo Hassan Abdi", "1993-07-14", a_number="A212384907", ssn_last4="6621")],
          ["INA 287", "8 USC 1357", "8 CFR 287.5"], "none", None, False, "civil_immigration",
          ["employment", "wages", "address"], "mail")


def ao110_pdf():
    story = [P("AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", "sxs"), SP(4),
             P("UNITED STATES DISTRICT COURT", "sH"), P("for the", "sbc"), P("<u>District of Colorado</u>", "sbc"), SP(8),
             P("SUBPOENA TO TESTIFY BEFORE A GRAND JURY", "sh"), SP(6),
             P("To: Custodian of Records, Colorado Department of Labor and Employment, 633 17th Street, Denver, CO 80202", "sb"),
             P("YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown "
               "below to testify before the court's grand jury. When you arrive, you must remain at the court until "
               "the judge or a court officer allows you to leave.", "sb"),
             T([["Place: Byron G. Rogers U.S. Courthouse<br/>Grand Jury Room 3, 1929 Stout Street<br/>Denver, CO 80294",
                 "Date and Time:<br/>03/18/2025  9:00 am"]], [4.4 * inch, 2.3 * inch]), SP(6),
             P("You must also bring with you the following documents, electronically stored information, or objects "
               "(<i>blank if not applicable</i>): <b>See Attachment A.</b>", "sb"), SP(10),
             T([["Date: 02/20/2025", "CLERK OF COURT<br/><br/><font name='Serif-I' size='12'>M. A. Salcedo</font><br/>"
                 "______________________________<br/><i>Signature of Clerk or Deputy Clerk</i>"]],
               [3.0 * inch, 3.7 * inch], grid=False), SP(10),
             P("The name, address, e-mail, and telephone number of the United States attorney, or assistant United "
               "States attorney, who requests this subpoena, are:", "ss"),
             P("Daniel K. Okafor, Assistant United States Attorney, 1801 California Street, Suite 1600, Denver, CO 80202; "
               "daniel.okafor@usdoj.gov; (303) 555-0171", "ss"), SP(4),
             P("Grand Jury No. 24-GJ-118 &#160;&#160;&#160; Subpoena No. 2025-0412", "ss"),
             PageBreak(),
             P("ATTACHMENT A", "sh"), SP(4),
             P("In lieu of personal appearance, the custodian may comply by producing the records below, together with "
               "a signed certificate of authenticity, to AUSA Daniel K. Okafor at the address above on or before the "
               "return date. Production in lieu of appearance is voluntary.", "sb"),
             P("For the period January 1, 2021 through the present, produce all records relating to the following persons:", "sb"),
             T([["Name", "Date of birth", "SSN (last 4)"],
                ["Edwin J. CASTELLANOS RÍOS", "03/30/1979", "4410"],
                ["Marisol YBARRA DE LEÓN", "1984-12-05", "1187"]], [3.2 * inch, 1.6 * inch, 1.6 * inch]), SP(6),
             P("1. All quarterly wage records reported by any employer, including employer name, address and account number.", "sb"),
             P("2. All unemployment insurance claims, including applications, claimant addresses, telephone numbers and e-mail "
               "addresses provided, and bank or debit-card payment information.", "sb"),
             P("3. Logs of IP addresses used to access any online claimant account.", "sb"), SP(6),
             P("Grand jury matters are secret. Fed. R. Crim. P. 6(e). You are requested not to disclose the existence of "
               "this subpoena, as disclosure could impede the investigation being conducted.", "sb")]
    return build_pdf(story)


@doc
def bg03():
    text = """Good afternoon,

I am sending the attached federal grand jury subpoena on behalf of Assistant United States
Attorney Daniel K. Okafor. The subpoena is directed to the Custodian of Records of the
Colorado Department of Labor and Employment and is issued in connection with a federal
criminal investigation.

In lieu of appearance, AUSA Okafor has asked that the records be produced electronically,
with a completed certificate of authenticity, on or before the return date. Please direct
any questions about the scope of the subpoena to AUSA Okafor at (303) 555-0171 or
daniel.okafor@usdoj.gov. Questions about the secure file transfer can come to me.

Thank you,

Shanice Pruitt
Legal Assistant to AUSA Daniel K. Okafor
U.S. Attorney's Office | District of Colorado | Criminal Division
1801 California Street, Suite 1600, Denver, CO 80202
Phone: (303) 555-0166
"""
    m = make_email({
        "From": '"Pruitt, Shanice (USACO)" <Shanice.Pruitt@usdoj.gov>',
        "To": "CDLE Subpoenas <cdle_subpoenas@state.co.us>",
        "Cc": '"Okafor, Daniel (USACO)" <Daniel.Okafor@usdoj.gov>',
        "Subject": "Grand Jury Subpoena - 24-GJ-118 - Colorado Dept. of Labor & Employment",
        "Date": "Thu, 20 Feb 2025 15:41:07 -0700",
        "Message-ID": "<bg03.5512@usdoj.gov>",
    }, text=text, attachments=[("GJ Subpoena 2025-0412 CDLE.pdf", "application/pdf", ao110_pdf())])
    write_eml(os.path.join(OUT, "bg03.eml"), m)
    label("bg03", "eml", "legal assistant sends AO 110 grand jury subpoena (PDF) on behalf of AUSA",
          "doj-usao", "U.S. Attorney's Office, District of Colorado",
          "Daniel K. Okafor", "Assistant United States Attorney", "daniel.okafor@usdoj.gov", "(303) 555-0171",
          [subj("Edwin J. Castellanos Ríos", "1979-03-30", ssn_last4="4410"),
           subj("Marisol Ybarra de León", "1984-12-05", ssn_last4="1187")],
          ["FRCrP 6"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
          ["wages", "employment", "claims", "address", "phone", "email", "other"], "email")


def mi_warrant_pages():
    return [P("Approved, SCAO &#160;&#160;&#160;&#160;&#160;&#160; Original - Return &#160; 1st copy - Court &#160; 2nd copy - Prosecutor", "sxs"),
            T([[P("STATE OF MICHIGAN<br/>97th JUDICIAL DISTRICT<br/>SABLE COUNTY", "cell"),
                P("<b>SEARCH WARRANT</b>", "sh"), P("CASE NO.<br/>25-0318-SW", "cell")]],
              [2.3 * inch, 2.6 * inch, 1.8 * inch]), SP(6),
            P("Police Officer / Affiant: <b>Det. Sgt. Lucas M. Brennan</b>, Sable County Sheriff's Office, having subscribed "
              "and sworn to an affidavit for a search warrant, and I having under oath examined the affiant, have found "
              "that probable cause exists and that you are commanded to make the search and seize the described property.", "sb"),
            P("<b>1. The person, place, or thing to be searched is described as and is located at:</b> Records of the "
              "Michigan Department of State, Bureau of Driver and Vehicle Records, 7064 Crowner Drive, Lansing, MI 48918, "
              "pertaining to the following persons:", "sb"),
            T([["KOVALENKO, Dmytro", "DOB 04/18/1988", "MI OL K 145 623 889 012"],
               ["GREER, Tyrell Washington", "DOB 01/09/1990", "MI OL G 600 417 253 118"]],
              [2.5 * inch, 1.6 * inch, 2.6 * inch]), SP(4),
            P("<b>2. The PROPERTY to be searched for and seized, if found, is specifically described as:</b> all digitized "
              "photographs and signature images, driver license and state ID application records, address history, and "
              "vehicle registration and title records, which constitute evidence of the crime of Armed Robbery, "
              "MCL 750.529, committed on or about February 8, 2025, at the Kwik Fuel station, 1140 West River Road.", "sb"),
            P("<b>3. THE PEOPLE OF THE STATE OF MICHIGAN:</b> To the sheriff or any peace officer: this warrant is issued "
              "under MCL 780.651 et seq. You are commanded to make the search and seize the described property. "
              "Leave a copy of this warrant and a tabulation of the property taken with the person from whom it was "
              "taken or at the premises, as required by MCL 780.655. File the tabulation promptly with the court.", "sb"),
            SP(8),
            T([["Issued: 02/26/2025", P("<font name='Serif-I' size='13'>T. L. Vandermolen</font><br/>"
                                        "________________________________<br/>Judge/Magistrate &#160; Hon. Teresa L. Vandermolen &#160; P41877", "cell")]],
              [2.4 * inch, 4.3 * inch], grid=False),
            ]


@doc
def bg04():
    head = T([[P("<b>SABLE COUNTY SHERIFF'S OFFICE</b><br/>410 Courthouse Square &#183; Harlan Bay, Michigan 49601<br/>"
                 "Phone (231) 555-0100 &#183; Fax (231) 555-0101", "sbc")],
              [P("<b>ROBERT J. HALVORSEN, SHERIFF</b> &#160;&#160;&#160;&#160; Undersheriff Carla M. Dietz", "sbc")]],
             [6.8 * inch], grid=False)
    letter_ = [head, HR(2), SP(4),
               P("February 27, 2025"), SP(4),
               P("Michigan Department of State<br/>Record Lookup Unit &#8211; Law Enforcement<br/>7064 Crowner Drive<br/>Lansing, MI 48918"), SP(4),
               P("<b>Re: Search Warrant &#8212; SCSO Incident No. 25-001466 (Armed Robbery)</b>"),
               P("Dear Records Custodian:"),
               P("Enclosed is a search warrant signed by the Honorable Teresa L. Vandermolen of the 97th District Court "
                 "for records your department maintains on two suspects in an armed robbery committed on February 8, 2025. "
                 "The store clerk, Hannah Ostrowski, was injured during the robbery. The suspects are identified in the "
                 "warrant as Dmytro Kovalenko (DOB 04/18/1988) and Tyrell Washington Greer (DOB 01/09/1990).", "bj"),
               P("Please provide the digitized photographs, signature images, address history and vehicle registration "
                 "records described in the warrant. Disclosure to a law enforcement agency in carrying out its functions "
                 "is also permitted under 18 U.S.C. &#167; 2721(b)(1).", "bj"),
               P("Records may be mailed to my attention or e-mailed to lbrennan@sablecountymi.gov."),
               P("Respectfully,"), SP(2), P("Lucas M. Brennan", "sig"),
               P("Det. Sgt. Lucas M. Brennan<br/>Detective Bureau<br/>Desk (231) 555-0114 &#183; Cell (231) 555-0179"), SP(6),
               P("Enclosure: Search Warrant, Case No. 25-0318-SW<br/>cc: Prosecuting Attorney Gwen Laskowski", "s"),
               PageBreak()]
    pdf = build_pdf(letter_ + mi_warrant_pages())
    save_scanned(pdf, os.path.join(OUT, "bg04.pdf"), RNG, turns={1: 180})
    label("bg04", "scanned", "Michigan sheriff cover letter (sheriff on letterhead, Det. Sgt. signs) + state search warrant",
          "sheriff", "Sable County Sheriff's Office", "Lucas M. Brennan", "Detective Sergeant",
          "lbrennan@sablecountymi.gov", "(231) 555-0114",
          [subj("Dmytro Kovalenko", "1988-04-18", license="K145623889012"),
           subj("Tyrell Washington Greer", "1990-01-09", license="G600417253118")],
          ["18 USC 2721", "MCL 750.529", "MCL 780.651", "MCL 780.655"], "judicial_warrant", None, True,
          "criminal_investigation", ["photo", "other", "license", "address", "vehicle"], "mail")


def i247a_story(d):
    c = box
    s = [P("DEPARTMENT OF HOMELAND SECURITY", "sh"),
         P("IMMIGRATION DETAINER &#8211; NOTICE OF ACTION", "sH"),
         T([["Subject ID: " + d["sid"], "Event #: " + d["event"]],
            ["File No: " + d["file"], "Date: " + d["date"]]], [3.4 * inch, 3.3 * inch]), SP(4),
         T([["TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)<br/><b>" + d["to"] + "</b>",
             "FROM: (Department of Homeland Security Office Address)<br/><b>" + d["from"] + "</b>"]],
           [3.4 * inch, 3.3 * inch]), SP(4),
         T([["Name of Alien: <b>" + d["name"] + "</b>"],
            ["Date of Birth: " + d["dob"] + " &#160;&#160;&#160; Nationality: " + d["nat"] + " &#160;&#160;&#160; Sex: " + d["sex"]]],
           [6.7 * inch]), SP(6),
         P("<b>1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
           "DETERMINATION IS BASED ON (complete box 1 or 2).</b>", "ss"),
         P(c(True) + " A final order of removal against the alien;", "ss"),
         P(c(False) + " The pendency of ongoing removal proceedings against the alien;", "ss"),
         P(c(False) + " Biometric confirmation of the alien's identity and a records check of federal databases that "
           "affirmatively indicate, by themselves or in addition to other reliable information, that the alien either "
           "lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or", "ss"),
         P(c(False) + " Statements made by the alien to an immigration officer and/or other reliable evidence that "
           "affirmatively indicate the alien either lacks immigration status or notwithstanding such status is "
           "removable under U.S. immigration law.", "ss"), SP(4),
         P("<b>2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION</b> (complete box 1 or 2). "
           + c(False) + " Upon completion of the proceeding or investigation for which the alien was transferred to "
           "your custody, DHS intends to resume custody of the alien to complete processing and/or make an "
           "admissibility determination.", "ss"), SP(4),
         P("<b>IT IS THEREFORE REQUESTED THAT YOU:</b>", "ss"),
         P("&#8226; Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released "
           "from your custody. Please notify DHS by calling " + c(True) + " U.S. Immigration and Customs Enforcement "
           "(ICE) at " + d["phone"] + ".", "ss"),
         P("&#8226; Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she "
           "would otherwise have been released from your custody to allow DHS to assume custody. The alien must be "
           "served with a copy of this form for the detainer to take effect. This detainer arises from DHS "
           "authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, "
           "diversion, custody classification, work, quarter assignments, or other matters.", "ss"),
         P("&#8226; Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.", "ss"),
         P("&#8226; Notify this office in the event of the alien's death, hospitalization or transfer to another institution.", "ss"),
         P(c(False) + " If checked: please cancel the detainer related to this alien previously submitted to you on ______ (date).", "ss"),
         SP(4),
         P("This request is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and "
           "8 C.F.R. &#167; 287.7.", "ss"), SP(6),
         T([[P(d["signame"] + ", " + d["sigtitle"], "cell"),
             P("<font name='Serif-I' size='12'>" + d["sig"] + "</font>", "cell")],
            [P("(Name and title of Immigration Officer)", "sxs"), P("(Signature of Immigration Officer)", "sxs")]],
           [3.6 * inch, 3.1 * inch], grid=False,
           extra=[("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]),
         SP(6),
         P("<b>Notice:</b> If the alien may be the victim of a crime, or you want the alien to remain in the United "
           "States for prosecution or other law enforcement purposes, including acting as a witness, please notify "
           "the ICE Law Enforcement Support Center at (802) 555-0190.", "sxs"),
         P("DHS Form I-247A (3/17)", "sxs"), PageBreak(),
         P("NOTICE TO THE DETAINEE", "sh"),
         P("The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration "
           "detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you "
           "after you otherwise would be released from custody. If you have a complaint regarding this detainer or "
           "related to violations of civil rights or civil liberties connected to DHS activities, please contact the "
           "ICE Joint Intake Center at 1-877-555-0143.", "sb"),
         P("AVISO AL DETENIDO", "sh"),
         P("El Departamento de Seguridad Nacional (DHS) ha emitido una orden de detención inmigratoria en su contra. "
           "Mediante esta orden, se notifica a los organismos policiales que el DHS pretende arrestarlo cuando usted "
           "cumpla su reclusión actual. Si tiene alguna queja con respecto a esta orden de detención, comuníquese con "
           "el Centro de Admisión Conjunta del ICE.", "sb"),
         P("DHS Form I-247A (3/17) &#160; Page 2 of 2", "sxs")]
    return s


@doc
def bg05():
    cover = [P("U.S. Immigration and Customs Enforcement", "sh"),
             P("Enforcement and Removal Operations &#8211; Denver Field Office<br/>Criminal Alien Program / Detainer Unit", "sbc"),
             SP(10), P("FAX TRANSMITTAL", "sH"), SP(6),
             T([["TO:", "Colorado Department of Corrections &#8211; Denver Reception &amp; Diagnostic Center, Offender Records"],
                ["FAX:", "(303) 555-0117"],
                ["FROM:", "ERO Denver &#8211; CAP Detainer Unit"],
                ["PHONE:", "(303) 555-0150 &#160;&#160; FAX: (303) 555-0151"],
                ["DATE:", "03/11/2025"], ["PAGES:", "3 (including cover)"],
                ["RE:", "Immigration Detainer &#8211; GÓMEZ ARRIETA, Luis Fernando &#8211; A208 551 937"]],
               [1.1 * inch, 5.6 * inch]), SP(10),
             P("Please lodge the attached Form I-247A against the above inmate. In addition, please fax the inmate's "
               "projected release / parole eligibility date and last known address of record to (303) 555-0151.", "sb"),
             SP(30),
             P("CONFIDENTIALITY NOTICE: This facsimile contains information that is LAW ENFORCEMENT SENSITIVE. If you have "
               "received this in error, please notify the sender at the number above and destroy all copies.", "ss"),
             PageBreak()]
    d = dict(sid="394017722", event="DEN2503000112", file="A208 551 937", date="March 11, 2025",
             to="Colorado Department of Corrections &#8211; DRDC, Offender Records Supervisor",
             frm=None, name="GÓMEZ ARRIETA, Luis Fernando", dob="08/02/1990", nat="Mexico", sex="M",
             phone="(303) 555-0150", signame="Patricia N. Oduya", sigtitle="Supervisory Detention and Deportation Officer",
             sig="P. N. Oduya")
    d["from"] = "ICE ERO Denver Field Office, 12445 E. Caley Avenue, Centennial, CO 80111"
    pdf = build_pdf(cover + i247a_story(d), margins=(0.7, 0.7, 0.8, 0.6))
    save_fax(pdf, os.path.join(OUT, "bg05.tif"), RNG,
             lambda p, n: "MAR-11-2025 14:22  FROM: ICE ERO DENVER CAP  3035550151    TO: 3035550117    P.%03d/%03d" % (p, n))
    label("bg05", "fax", "ERO fax cover (no person) + I-247A detainer signed by SDDO",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Denver Field Office",
          "Patricia N. Oduya", "Supervisory Detention and Deportation Officer", None, "(303) 555-0150",
          [subj("Luis Fernando Gómez Arrieta", "1990-08-02", a_number="A208551937")],
          ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", False, "civil_immigration",
          ["other", "address"], "fax")


@doc
def bg06():
    t = """
=====================================================================
 IDES  |  Law Enforcement Data Request  |  ONLINE SUBMISSION RECEIPT
=====================================================================
Submission ID ........: LE-2025-004417
Submitted ............: 2025-02-19 14:07:33 CST
Routed to ............: Benefit Payment Control - LE Requests queue
Delivery .............: portal notification e-mail (no-reply@ides.illinois.gov)

--- SECTION 1: REQUESTING AGENCY ---
Agency Name ..........: Village of Lindell Grove Police Department
Agency ORI ...........: IL0160400
Address ..............: 900 N. Waverly Ave, Lindell Grove, IL 60068

--- SECTION 2: REQUESTER ---
Name of Requester ....: Inv. Maribel Quiñones-Hart
Title/Rank ...........: Investigator, Criminal Investigations Division
Badge/Star # .........: 217
Phone ................: (847) 555-0112
Email ................: mquinones-hart@lindellgrove.il.us
Supervisor Name ......: Cmdr. Joseph Wierzbicki
Supervisor Phone .....: (847) 555-0110

--- SECTION 3: SUBJECT(S) ---
Subject 1
  Last Name ..........: TRAN
  First Name .........: Minh
  Middle .............: Quoc
  DOB ................: 05/17/1982
  IL DL/ID # .........: T650-4418-2197
  SSN (last 4) .......: 3092
Subject 2
  Last Name ..........: IBÁÑEZ SOTO
  First Name .........: Alejandra
  Middle .............:
  DOB ................: 10/03/1994
  IL DL/ID # .........:
  SSN (last 4) .......:

--- SECTION 4: INFORMATION REQUESTED ---
[X] Current / last known address
[X] Employer(s) of record (last 8 quarters)
[X] Quarterly wage history
[ ] UI claim history
[ ] Other: ______________________

--- SECTION 5: INVESTIGATION ---
Case / Report # ......: 25-001873
Offense(s) ...........: Theft over $10,000 (720 ILCS 5/16-1); Forgery (720 ILCS 5/17-3)
Narrative ............: Subjects believed to have cashed forged payroll checks drawn
                        on a Lindell Grove business (victim: Harbor Point Fasteners Inc.,
                        contact Gail Monahan, controller). Need employment info to
                        locate subjects and identify any payroll linkage.

--- SECTION 6: CERTIFICATION ---
Authority for release ....: 820 ILCS 405/1900
[X] I certify that the information requested is needed for an active criminal
    investigation and will be used only for that purpose.
Electronic signature .....: /s/ M. Quiñones-Hart   2025-02-19
=====================================================================
"""
    wtxt("bg06", t)
    label("bg06", "txt", "state labor portal web-form receipt from municipal police investigator",
          "local-police", "Village of Lindell Grove Police Department", "Maribel Quiñones-Hart", "Investigator",
          "mquinones-hart@lindellgrove.il.us", "(847) 555-0112",
          [subj("Minh Quoc Tran", "1982-05-17", license="T65044182197", ssn_last4="3092"),
           subj("Alejandra Ibáñez Soto", "1994-10-03")],
          ["720 ILCS 5/16-1", "720 ILCS 5/17-3", "820 ILCS 405/1900"], "none", None, False,
          "criminal_investigation", ["address", "employment", "wages"], "email")


@doc
def bg07():
    cover = [T([[P("<b>U.S. Department of Justice</b><br/>Drug Enforcement Administration<br/>Atlanta Field Division", "sb"),
                 P("75 Ted Turner Drive SW, Suite 800<br/>Atlanta, Georgia 30303<br/><br/>"
                   "Robert L. Ashcombe<br/>Special Agent in Charge", "ss")]], [4.2 * inch, 2.5 * inch], grid=False),
             HR(1), P("www.dea.gov", "ss"), SP(6),
             P("March 5, 2025"), P("<b>VIA CERTIFIED MAIL</b>", "s"),
             P("Custodian of Records<br/>Georgia Department of Driver Services<br/>Legal Services &#8211; Subpoena Compliance<br/>"
               "2206 Eastview Parkway<br/>Conyers, GA 30013"), SP(4),
             P("Re: DEA Administrative Subpoena No. AT-25-118774 &#160; (Case File GS-25-0041)"),
             P("Dear Custodian:"),
             P("Enclosed is an administrative subpoena issued by the Drug Enforcement Administration under 21 U.S.C. "
               "&#167; 876 in connection with an investigation of violations of 21 U.S.C. &#167;&#167; 841 and 846. The "
               "records sought are relevant and material to that investigation. Release of motor vehicle records to a "
               "federal law enforcement agency is permitted by 18 U.S.C. &#167; 2721(b)(1).", "bj"),
             P("You may comply by mailing or e-mailing legible copies of the records to the undersigned, in which case "
               "personal appearance is not required. Please do not disclose the existence of this subpoena to the "
               "subjects; disclosure could impede the investigation.", "bj"),
             P("Sincerely,"), SP(2), P("Andre Whitfield", "sig"),
             P("Andre L. Whitfield<br/>Special Agent, Enforcement Group 4<br/>(404) 555-0131 &#183; andre.l.whitfield@dea.gov"),
             SP(4), P("Enclosure", "s"), PageBreak()]
    sub = [P("U.S. Department of Justice &#8212; Drug Enforcement Administration", "sbc"),
           P("SUBPOENA", "sH"),
           T([["TO: Custodian of Records<br/>Georgia Department of Driver Services<br/>2206 Eastview Parkway, Conyers, GA 30013",
               "Subpoena No.: AT-25-118774<br/>File No.: GS-25-0041<br/>G-DEP Identifier: MGH3C"]],
             [4.2 * inch, 2.5 * inch]), SP(6),
           P("By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before <b>Special Agent Andre "
             "L. Whitfield</b>, an officer of the Drug Enforcement Administration, at 75 Ted Turner Drive SW, Suite 800, "
             "Atlanta, Georgia 30303, on the 26th day of March, 2025, at 10:00 o'clock A.M., to give testimony in "
             "connection with an investigation being conducted by the Drug Enforcement Administration pursuant to the "
             "Comprehensive Drug Abuse Prevention and Control Act of 1970, and to bring with you and produce the "
             "following records:", "sb"),
           P("All driver license and identification card records, including digitized photographs, copies of "
             "identity documents presented at application, residential and mailing addresses, telephone numbers and e-mail addresses, for:", "sb"),
           T([["Jamal Aurelio FIGUEROA", "DOB 06/30/1989", "GA DL 058213947"],
              ["Yusuf Abdirahman WARSAME", "DOB 01/21/1996", "GA DL 061447302"],
              ["Brittany Ann COKER", "DOB 03/08/1993", "&#8212;"]], [2.7 * inch, 1.6 * inch, 2.4 * inch]), SP(6),
           P("Failure to comply with the requirements of this subpoena will render you liable to proceedings in the "
             "United States District Court to enforce obedience to the requirements of this subpoena, and to punish "
             "default or disobedience.", "sb"), SP(4),
           P("Issued under authority of Sec. 506 of Public Law 91-513 (21 U.S.C. 876).", "sb"), SP(8),
           T([[P("In testimony whereof the undersigned has hereunto set his hand this 5th day of March, 2025.", "cell"),
               P("<font name='Serif-I' size='12'>Andre L. Whitfield</font><br/>____________________________<br/>"
                 "Andre L. Whitfield, Special Agent<br/>for the Special Agent in Charge", "cell")]],
             [3.4 * inch, 3.3 * inch], grid=False),
           SP(10), P("DEA Subpoena &#8212; Atlanta Field Division &#160;&#160; Page 1 of 1", "sxs")]
    wbin("bg07.pdf", build_pdf(cover + sub))
    label("bg07", "born_digital", "DEA cover letter (SAC on letterhead) + 21 USC 876 subpoena, 3 subjects",
          "doj-dea", "Drug Enforcement Administration, Atlanta Field Division", "Andre L. Whitfield", "Special Agent",
          "andre.l.whitfield@dea.gov", "(404) 555-0131",
          [subj("Jamal Aurelio Figueroa", "1989-06-30", license="058213947"),
           subj("Yusuf Abdirahman Warsame", "1996-01-21", license="061447302"),
           subj("Brittany Ann Coker", "1993-03-08")],
          ["21 USC 876", "21 USC 841", "21 USC 846", "18 USC 2721", "PL 91-513"], "administrative_subpoena", None, True,
          "criminal_investigation", ["license", "photo", "address", "phone", "email", "identity_documents"], "mail")


def i200_pdf(file_no, date, name, sig_name, sig_title, sig):
    c = box
    s = [P("U.S. DEPARTMENT OF HOMELAND SECURITY", "sh"), SP(4),
         P("WARRANT FOR ARREST OF ALIEN", "sH"),
         T([["", "File No. " + file_no], ["", "Date: " + date]], [4.2 * inch, 2.5 * inch], grid=False), SP(6),
         P("To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality "
           "Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations", "sb"),
         P("I have determined that there is probable cause to believe that <b>" + name + "</b> is removable from the "
           "United States. This determination is based upon:", "sb"),
         P(c(False) + " the execution of a charging document to initiate removal proceedings against the subject;", "ind"),
         P(c(True) + " the pendency of ongoing removal proceedings against the subject;", "ind"),
         P(c(False) + " the failure to establish admissibility subsequent to deferred inspection;", "ind"),
         P(c(False) + " biometric confirmation of the subject's identity and a records check of federal databases that "
           "affirmatively indicate, by themselves or in addition to other reliable information, that the subject either "
           "lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or", "ind"),
         P(c(False) + " statements made voluntarily by the subject to an immigration officer and/or other reliable "
           "evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such "
           "status is removable under U.S. immigration law.", "ind"), SP(4),
         P("YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and "
           "Nationality Act, the above-named alien.", "sb"), SP(10),
         T([["", P("<font name='Serif-I' size='13'>" + sig + "</font>", "cell")],
            ["", P("(Signature of Authorized Immigration Officer)", "sxs")],
            ["", P(sig_name + "<br/>" + sig_title, "cell")],
            ["", P("(Printed Name and Title of Authorized Immigration Officer)", "sxs")]],
           [3.0 * inch, 3.7 * inch], grid=False, extra=[("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                                                        ("LINEBELOW", (1, 2), (1, 2), 0.6, colors.black)]),
         SP(14), P("<b>Certificate of Service</b>", "sb"),
         P("I hereby certify that the Warrant for Arrest of Alien was served by me at ____________________ (Location) on "
           "____________________ on ________ (Date of Service), and the contents of this notice were read to him or her "
           "in the ____________ language.", "ss"),
         P("______________________________ &#160;&#160;&#160;&#160; ______________________________<br/>"
           "Name and Signature of Officer &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160; "
           "Name or Number of Interpreter (if applicable)", "ss"),
         SP(8), P("Form I-200 (Rev. 09/16)", "sxs")]
    return build_pdf(s)


@doc
def bg08():
    text = """Hello,

Attached please find a Form I-200, Warrant for Arrest of Alien, for the subject listed
below. ERO Denver is attempting to locate this individual. Please provide the most current
residential address on file, any vehicle(s) registered in the subject's name, and the
photograph from the most recent license issuance.

  Subject:  IBÁÑEZ RUIZ, José Antonio
  DOB:      1988-12-19
  A#:       215-667-480
  CO DL:    16-553-2081

If it is easier, I can pick up a printout at the Lakewood office. Thank you in advance for
your assistance.

V/r,

Derek Kowalczyk
Deportation Officer
ICE ERO Denver - Fugitive Operations Team 3
O: 303-555-0126
C: 720-555-0161
"""
    html = ("<html><body style='font-family:Calibri,sans-serif;font-size:11pt'>"
            "<p>Hello,</p><p>Attached please find a Form I-200, Warrant for Arrest of Alien, for the subject listed "
            "below. ERO Denver is attempting to locate this individual. Please provide the most current residential "
            "address on file, any vehicle(s) registered in the subject's name, and the photograph from the most recent "
            "license issuance.</p>"
            "<table style='border-collapse:collapse'><tr><td><b>Subject:</b></td><td>IBÁÑEZ RUIZ, José Antonio</td></tr>"
            "<tr><td><b>DOB:</b></td><td>1988-12-19</td></tr><tr><td><b>A#:</b></td><td>215-667-480</td></tr>"
            "<tr><td><b>CO DL:</b></td><td>16-553-2081</td></tr></table>"
            "<p>If it is easier, I can pick up a printout at the Lakewood office. Thank you in advance for your assistance.</p>"
            "<p>V/r,</p><p style='color:#1F3864'><b>Derek Kowalczyk</b><br>Deportation Officer<br>"
            "ICE ERO Denver - Fugitive Operations Team 3<br>O: 303-555-0126<br>C: 720-555-0161</p></body></html>")
    pdf = i200_pdf("A215 667 480", "01/27/2025", "José Antonio IBÁÑEZ RUIZ", "Gerald P. Sokolowski",
                   "Supervisory Detention and Deportation Officer", "G. Sokolowski")
    m = make_email({
        "From": '"KOWALCZYK, DEREK J" <Derek.J.Kowalczyk@ice.dhs.gov>',
        "To": "CO DMV Investigations Unit <dor_dmv_investigations@state.co.us>",
        "Subject": "ICE ERO - request for current address / photo - A215 667 480",
        "Date": "Mon, 03 Feb 2025 07:58:12 -0700",
        "Message-ID": "<bg08.a91c@ice.dhs.gov>",
    }, text=text, html=html, attachments=[("I-200_IBANEZ RUIZ.pdf", "application/pdf", pdf)])
    write_eml(os.path.join(OUT, "bg08.eml"), m)
    label("bg08", "eml", "From display 'LAST, FIRST MI' vs signature; I-200 PDF attached, signed by SDDO",
          "dhs-ice-ero", "ICE ERO Denver - Fugitive Operations", "Derek Kowalczyk", "Deportation Officer",
          "Derek.J.Kowalczyk@ice.dhs.gov", "303-555-0126",
          [subj("José Antonio Ibáñez Ruiz", "1988-12-19", a_number="A215667480", license="165532081")],
          ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
          ["address", "vehicle", "photo"], "email")


@doc
def bg09():
    cover = [P("OFFICE OF THE DISTRICT ATTORNEY", "h"),
             P("TALLOW JUDICIAL CIRCUIT", "cb"),
             P("HARLAN B. MERCER, DISTRICT ATTORNEY", "c"),
             P("Tallow County Justice Center &#183; 200 Oconee Street, Suite 310 &#183; Millbrook, Georgia 30655", "s"),
             HR(1.2), SP(4),
             P("4 March 2025"), SP(4),
             P("Georgia Department of Labor<br/>Office of Legal Counsel &#8211; Subpoena Unit<br/>148 Andrew Young International Blvd. NE<br/>Atlanta, GA 30303"),
             P("<b>Re: <i>State of Georgia v. Desmond Ray Holloway</i>, Criminal Action No. 24-SC-00871</b>"),
             P("Dear Custodian of Records:"),
             P("Please find enclosed a subpoena for production of evidence in the above case, which is set for jury trial "
               "during the term beginning March 24, 2025. The defendant is charged with armed robbery (O.C.G.A. &#167; 16-8-41) "
               "and aggravated assault (O.C.G.A. &#167; 16-5-21) arising from the robbery of Ms. Cassandra Belk on "
               "August 2, 2024. The State intends to offer the defendant's employment and wage records at trial.", "bj"),
             P("In lieu of appearance, you may deliver certified copies with a business-records affidavit to my "
               "office before the trial date. Please contact my paralegal, Jolene Pruett, at (706) 555-0145 with any "
               "questions regarding delivery.", "bj"),
             P("Sincerely,"), SP(2), P("Natalia V. Sorokina", "sig"),
             P("Natalia V. Sorokina<br/>Assistant District Attorney<br/>Georgia Bar No. 611027<br/>"
               "(706) 555-0140 &#183; nsorokina@tallowda.ga.gov"),
             SP(4), P("cc: Brian T. Okonkwo, Esq., counsel for the defendant (w/ encl.)", "s"), PageBreak()]
    sub = [P("IN THE SUPERIOR COURT OF TALLOW COUNTY", "h"), P("STATE OF GEORGIA", "cb"), SP(6),
           T([[P("THE STATE OF GEORGIA<br/><br/>v.<br/><br/>DESMOND RAY HOLLOWAY,<br/>&#160;&#160;&#160;&#160;Defendant.", "cellS"),
               P("<br/>CRIMINAL ACTION<br/>No. 24-SC-00871", "cellS")]], [3.6 * inch, 3.0 * inch], grid=False,
             extra=[("LINEAFTER", (0, 0), (0, 0), 0.8, colors.black)]), SP(8),
           P("SUBPOENA FOR PRODUCTION OF EVIDENCE<br/>(SUBPOENA DUCES TECUM)", "h"), SP(4),
           P("TO: Custodian of Records, Georgia Department of Labor, 148 Andrew Young International Blvd. NE, Atlanta, GA 30303"),
           P("YOU ARE HEREBY COMMANDED, pursuant to O.C.G.A. &#167;&#167; 24-13-21 and 24-13-23, to be and appear at the "
             "Superior Court of Tallow County, Courtroom 2A, Tallow County Justice Center, Millbrook, Georgia, on the "
             "24th day of March, 2025, at 9:00 a.m., and from day to day until the case is tried, to testify as a "
             "witness for the State, and to bring with you and produce the following:", "bj"),
           P("Certified copies of all employer-reported quarterly wage records, unemployment insurance claims and "
             "claimant address history for <b>DESMOND RAY HOLLOWAY</b>, date of birth 10/21/1991, Social Security "
             "number ending in 7034, for the period January 1, 2023 through the present.", "ind"),
           P("Herein fail not, under penalty of the law."),
           P("WITNESS the Honorable Annelise Corbett-Price, Judge of said Court, this 4th day of March, 2025."), SP(8),
           T([["", P("TINA L. HARGROVE, Clerk<br/>Superior Court of Tallow County<br/><br/>"
                     "By: <font name='Serif-I' size='12'>Loretta Fain</font><br/>______________________<br/>Deputy Clerk", "cellS")]],
             [3.4 * inch, 3.3 * inch], grid=False), SP(10),
           P("Subpoena requested by: Natalia V. Sorokina, Assistant District Attorney, Tallow Judicial Circuit, "
             "200 Oconee Street, Suite 310, Millbrook, GA 30655 &#183; (706) 555-0140", "s")]
    wbin("bg09.pdf", build_pdf(cover + sub, footer="Tallow Judicial Circuit District Attorney  |  Page {page}"))
    label("bg09", "born_digital", "Georgia ADA cover letter + superior court criminal trial subpoena duces tecum (deputy clerk signs)",
          "district-attorney", "Office of the District Attorney, Tallow Judicial Circuit", "Natalia V. Sorokina",
          "Assistant District Attorney", "nsorokina@tallowda.ga.gov", "(706) 555-0140",
          [subj("Desmond Ray Holloway", "1991-10-21", ssn_last4="7034")],
          ["OCGA 16-8-41", "OCGA 16-5-21", "OCGA 24-13-21", "OCGA 24-13-23"], "court_subpoena", None, True,
          "criminal_investigation", ["wages", "employment", "claims", "address"], "mail")


@doc
def bg10():
    cover = [P("U.S. Customs and Border Protection", "sh"),
             P("Office of Field Operations &#8211; Denver Port of Entry<br/>Denver International Airport, 8400 Peña Blvd., Denver, CO 80249", "sbc"),
             HR(1), P("April 2, 2025", "sb"),
             P("Colorado Department of Revenue<br/>Division of Motor Vehicles &#8211; Title and Registration Records<br/>1881 Pierce Street<br/>Lakewood, CO 80214", "sb"),
             P("SUBJECT: Service of CBP Summons No. DEN-2025-0037", "sb"),
             P("The enclosed summons is served on your office under 19 U.S.C. &#167; 1509 in connection with an investigation "
               "of an importer of record suspected of entering merchandise by means of false invoices, in violation of "
               "18 U.S.C. &#167; 542, and of related civil penalty violations under 19 U.S.C. &#167; 1592. Records produced in "
               "response will be handled under 19 C.F.R. Part 163.", "sb"),
             P("Production of certified copies by mail in lieu of appearance is acceptable. Questions may be directed to "
               "me at (303) 555-0158 or hanh.t.pham@cbp.dhs.gov.", "sb"), SP(6),
             P("Hanh T. Pham", "sig"), P("Hanh T. Pham<br/>Supervisory CBP Officer<br/>Trade Enforcement / Entry Branch", "sb"),
             PageBreak()]
    sm = [P("DEPARTMENT OF HOMELAND SECURITY<br/>U.S. Customs and Border Protection", "sbc"), P("SUMMONS", "sH"),
          T([["To:<br/><b>Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles</b><br/>1881 Pierce Street, Lakewood, CO 80214",
              "Summons No.<br/><b>DEN-2025-0037</b>"]], [5.0 * inch, 1.7 * inch]), SP(4),
          P("In the matter of: <b>Front Range Stone &amp; Tile Imports LLC</b> (importer no. 84-2217731-00) and its principals", "sb"),
          P("YOU ARE HEREBY SUMMONED AND REQUIRED to appear before <b>Supervisory CBP Officer Hanh T. Pham</b>, an officer "
            "of U.S. Customs and Border Protection, at Denver International Airport, 8400 Peña Blvd., Room C-118, "
            "Denver, CO 80249, on April 23, 2025 at 10:00 a.m., to give testimony and to produce the following records "
            "pursuant to 19 U.S.C. 1509:", "sb"),
          P("All vehicle title and registration records, lien records, and driver license address history for:", "sb"),
          T([["Radoslav Dimitrov STOYANOV", "DOB 04/02/1977"], ["Anahí Sofía PEÑA-VILLASEÑOR", "DOB 08/15/1985"]],
            [3.5 * inch, 2.0 * inch]), SP(6),
          P("Failure to comply with this summons will render you liable to proceedings in a United States District "
            "Court to enforce compliance with this summons as well as other sanctions (19 U.S.C. 1510).", "sb"), SP(6),
          T([["Issued at Denver, Colorado, this 2nd day of April, 2025.",
              P("<font name='Serif-I' size='12'>Hanh T. Pham</font><br/>________________________<br/>(Signature)<br/>"
                "Hanh T. Pham, Supervisory CBP Officer<br/>(Name and Title)", "cell")]], [3.4 * inch, 3.3 * inch], grid=False),
          SP(10), P("CBP Form 3115 (06/17)", "sxs")]
    pdf = build_pdf(cover + sm)
    save_scanned(pdf, os.path.join(OUT, "bg10.pdf"), RNG, turns={1: 90})
    label("bg10", "scanned", "CBP OFO cover + CBP Form 3115 customs summons (19 USC 1509) with district-court enforcement clause",
          "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations - Denver Port of Entry",
          "Hanh T. Pham", "Supervisory CBP Officer", "hanh.t.pham@cbp.dhs.gov", "(303) 555-0158",
          [subj("Radoslav Dimitrov Stoyanov", "1977-04-02"), subj("Anahí Sofía Peña-Villaseñor", "1985-08-15")],
          ["19 USC 1509", "19 USC 1510", "19 USC 1592", "18 USC 542", "19 CFR 163"], "administrative_subpoena",
          "CBP Form 3115", True, "criminal_investigation", ["vehicle", "address"], "mail")


@doc
def bg11():
    cover = [P("BRANDT FALLS POLICE DEPARTMENT", "sH"), P("Investigations Bureau &#183; 55 Mill Street &#183; Brandt Falls, Ohio 43140", "sbc"),
             SP(14), P("FAX", "sH"),
             T([["Date:", "3/14/2025", "Pages (incl. cover):", "2"],
                ["To:", "ODJFS Office of Legal Services", "Fax:", "(614) 555-0197"],
                ["From:", "Ptl. T. Yoder", "Fax:", "(614) 555-0139"],
                ["Re:", "Records request &#8211; Case 2025-00417", "Phone:", "(614) 555-0138"]],
               [0.9 * inch, 2.9 * inch, 1.5 * inch, 1.4 * inch]), SP(14),
             P("Please see the attached request form. Sgt. Castellano has approved. Call with any questions.", "sb"),
             PageBreak()]
    c = box
    form = [P("BRANDT FALLS POLICE DEPARTMENT", "sh"),
            P("REQUEST FOR RECORDS &#8211; OUTSIDE AGENCY &#160;&#160;(Form BFPD-217)", "sh"), SP(4),
            T([["Requesting Officer: <b>Ptl. Travis E. Yoder</b>", "Badge #: 3318", "Unit: Investigations"],
               ["Phone: (614) 555-0138", "Fax: (614) 555-0139", "E-mail: tyoder@brandtfalls.oh.us"],
               ["Case #: 2025-00417", "Date of request: 03/14/2025", "Agency receiving: ODJFS"]],
              [2.6 * inch, 1.8 * inch, 2.3 * inch]), SP(6),
            P("<b>Offense(s) under investigation</b>", "ss"),
            T([["Theft (R.C. 2913.02); Passing bad checks (R.C. 2913.11). Victim business: Kessler Hardware, 312 Main St."]],
              [6.7 * inch]), SP(6),
            P("<b>Subject information</b>", "ss"),
            T([["#", "Name (Last, First Middle)", "DOB", "OH DL / SSN (last 4)"],
               ["1", "MUÑOZ-DELGADO, Esteban", "09/09/1975", "DL RT481156"],
               ["2", "KETTERING, Sarah Jo", "07/23/1999", "SSN xxx-xx-5817"]],
              [0.4 * inch, 3.0 * inch, 1.3 * inch, 2.0 * inch]), SP(6),
            P("<b>Information requested</b>", "ss"),
            T([[c(True) + " Current address", c(True) + " Telephone", c(True) + " Employer(s) reported",
                c(True) + " Public assistance benefits received (SNAP / OWF)"],
               [c(False) + " Photo", c(False) + " Vehicle", c(False) + " Case file copy", c(False) + " Other: __________"]],
              [1.5 * inch, 1.4 * inch, 1.7 * inch, 2.1 * inch]), SP(6),
            P("Reason for request: Both subjects are suspects in an active criminal investigation; addresses on file with "
              "the department are stale. Requested under R.C. 5101.28 (release of public assistance information to law "
              "enforcement).", "ss"), SP(6),
            T([["Requesting officer signature:<br/><font name='Serif-I' size='12'>T. E. Yoder #3318</font>", "Date: 3/14/25"],
               ["SUPERVISOR APPROVAL &#8212; Name/Rank: <b>Sgt. Renee Castellano</b><br/>Signature: "
                "<font name='Serif-I' size='12'>R. Castellano</font>", "Date: 3/14/25"]],
              [5.0 * inch, 1.7 * inch]),
            SP(8), P("BFPD-217 (rev. 2022) &#8212; retain copy in case file", "sxs")]
    pdf = build_pdf(cover + form)
    save_fax(pdf, os.path.join(OUT, "bg11.tif"), RNG,
             lambda p, n: "03/14/2025 09:51  6145550139  BRANDT FALLS PD INV      PAGE %d OF %d" % (p, n))
    label("bg11", "fax", "Ohio municipal police fax: cover + outside-agency request form, Requesting Officer box, supervisor approval box",
          "local-police", "Brandt Falls Police Department", "Travis E. Yoder", "Patrolman", "tyoder@brandtfalls.oh.us",
          "(614) 555-0138",
          [subj("Esteban Muñoz-Delgado", "1975-09-09", license="RT481156"),
           subj("Sarah Jo Kettering", "1999-07-23", ssn_last4="5817")],
          ["ORC 2913.02", "ORC 2913.11", "ORC 5101.28"], "none", None, False, "criminal_investigation",
          ["address", "phone", "employment", "benefits"], "fax")


@doc
def bg12():
    inner_text = """Ms. Delgado,

Thank you for taking my call this morning. As I mentioned, I am a Special Agent with the
FBI Denver Field Office assigned to the Joint Terrorism Task Force. We are investigating a
series of threatening communications transmitted in interstate commerce, in violation of
18 U.S.C. § 875(c).

I am requesting any address, telephone number and benefit case information your
department holds for the following individuals:

   Dariusz WÓJCIK      DOB June 3, 1979      (also uses "Darek Wojcik")
   Halyna M. Wójcik    DOB February 14, 1982 (spouse; may be listed as head of household)

We believe the household receives SNAP and LEAP benefits through Jefferson County.
Any records of the household's current mailing and residential addresses would be
particularly helpful. I'm happy to discuss by phone.

SA Ingrid Sorensen
Federal Bureau of Investigation | Denver Field Office
Desk 303-555-0177 | Cell 720-555-0108
ilsorensen@fbi.gov
"""
    inner = make_email({
        "From": '"Sorensen, Ingrid L. (DN) (FBI)" <ilsorensen@fbi.gov>',
        "To": '"Delgado, Rosa (CDHS)" <rosa.delgado@state.co.us>',
        "Subject": "Request for assistance",
        "Date": "Wed, 05 Mar 2025 11:03:26 -0700",
        "Message-ID": "<bg12in.33d1@fbi.gov>",
    }, text=inner_text)
    outer_text = """Hi team,

Forwarding the message below (attached) -- it came to my inbox because I'm still listed as
the county liaison contact. Please log and route per the usual process. I have not
responded to the agent other than to say the records unit would follow up.

Thanks,
Rosa

Rosa Delgado
Program Specialist, Food and Energy Assistance
Colorado Department of Human Services
303-555-0104
"""
    m = make_email({
        "From": '"Delgado, Rosa (CDHS)" <rosa.delgado@state.co.us>',
        "To": "CDHS Records Requests <cdhs_records@state.co.us>",
        "Subject": "FW: Request for assistance",
        "Date": "Wed, 05 Mar 2025 13:47:55 -0700",
        "Message-ID": "<bg12.8e20@state.co.us>",
    }, text=outer_text, attach_msgs=[inner])
    write_eml(os.path.join(OUT, "bg12.eml"), m)
    label("bg12", "eml", "internal staff forward; FBI agent's original attached as message/rfc822",
          "doj-fbi", "Federal Bureau of Investigation, Denver Field Office", "Ingrid Sorensen", "Special Agent",
          "ilsorensen@fbi.gov", "303-555-0177",
          [subj("Dariusz Wójcik", "1979-06-03"), subj("Halyna M. Wójcik", "1982-02-14")],
          ["18 USC 875"], "none", None, False, "criminal_investigation", ["address", "phone", "benefits"], "email")


def ao93_story(court_dist, matter, case_no, property_desc, seize, statutes, judge, date_issued, city, deadline):
    return [P("AO 93 (Rev. 11/13) Search and Seizure Warrant", "sxs"), SP(2),
            P("UNITED STATES DISTRICT COURT", "sH"), P("for the", "sbc"), P("<u>" + court_dist + "</u>", "sbc"), SP(6),
            T([[P("In the Matter of the Search of<br/><i>(Briefly describe the property to be searched or identify the "
                  "person by name and address)</i><br/><b>" + matter + "</b>", "cell"),
                P("<br/>Case No. " + case_no, "cell")]], [4.3 * inch, 2.4 * inch], grid=False,
              extra=[("LINEAFTER", (0, 0), (0, 0), 0.6, colors.black)]), SP(6),
            P("SEARCH AND SEIZURE WARRANT", "sh"),
            P("To: Any authorized law enforcement officer", "sb"),
            P("An application by a federal law enforcement officer or an attorney for the government requests the search "
              "of the following person or property located in the " + court_dist + ": " + property_desc, "sb"),
            P("I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the "
              "person or property described above, and that such search will reveal: " + seize + ", which constitute "
              "evidence of violations of " + statutes + ".", "sb"),
            P("<b>YOU ARE COMMANDED</b> to execute this warrant on or before " + deadline + " <i>(not to exceed 14 days)</i> "
              + box(True) + " in the daytime 6:00 a.m. to 10:00 p.m. " + box(False) + " at any time in the day or night "
              "because good cause has been established.", "sb"),
            P("Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
              "property taken to the person from whom, or from whose premises, the property was taken, or leave the copy "
              "and receipt at the place where the property was taken.", "sb"),
            P("The officer executing this warrant, or an officer present during the execution of the warrant, must "
              "prepare an inventory as required by law and promptly return this warrant and inventory to the duty "
              "United States Magistrate Judge.", "sb"),
            P(box(False) + " Pursuant to 18 U.S.C. &#167; 3103a(b), I find that immediate notification may have an adverse "
              "result listed in 18 U.S.C. &#167; 2705 (except for delay of trial), and authorize the officer executing this "
              "warrant to delay notice to the person who, or whose property, will be searched or seized.", "ss"), SP(8),
            T([["Date and time issued: " + date_issued,
                 P("<font name='Serif-I' size='12'>" + judge.split(",")[0] + "</font><br/>______________________________<br/><i>Judge's signature</i>", "cell")],
                ["City and state: " + city, P(judge + "<br/><i>Printed name and title</i>", "cell")]],
              [3.2 * inch, 3.5 * inch], grid=False)]


@doc
def bg13():
    cover = [T([[P("<b>U.S. Department of Justice</b><br/>Bureau of Alcohol, Tobacco, Firearms and Explosives", "sb"),
                 P("Denver Field Division<br/>950 17th Street, Suite 1800<br/>Denver, Colorado 80202", "ss")]],
               [4.4 * inch, 2.3 * inch], grid=False), HR(1),
             P("Office of the Special Agent in Charge &#8212; Marcus D. Whitlow, SAC", "ss"), SP(6),
             P("761000:BRL<br/>3320", "ss"),
             P("www.atf.gov &#160;&#160;&#160; 18 March 2025", "r"),
             P("Colorado Department of Corrections<br/>Office of Inspector General / Records Custodian<br/>1250 Academy Park Loop<br/>Colorado Springs, CO 80910"),
             P("Dear Custodian of Records:"),
             P("Enclosed please find a federal search and seizure warrant issued by United States Magistrate Judge "
               "Kathleen E. Marsh-Tolliver on March 17, 2025, authorizing the seizure of records maintained by the "
               "Colorado Department of Corrections relating to inmate Marcus Antoine DELACROIX, DOC #154872, and to "
               "his approved visitor Chantel Rae BOOKER (DOB 1992-07-19).", "bj"),
             P("The records are sought in an investigation of a firearms trafficking conspiracy. Please provide the "
               "records described in Attachment B of the warrant (visitation logs, approved visitor applications with "
               "visitor addresses, inmate telephone account lists and call detail, and commissary deposit records) to "
               "me at the address above. Copies on CD or by secure e-mail are acceptable.", "bj"),
             P("Thank you for your assistance.", "b"), SP(2),
             P("Bethany R. Lindahl", "sig"),
             P("Bethany R. Lindahl<br/>Special Agent, Denver Group II<br/>Office: (303) 555-0112 &#183; bethany.lindahl@atf.gov"),
             SP(4), P("Enclosure (1)<br/>cc: Group Supervisor Paul Esquivel; AUSA Renata Holm", "s"), PageBreak()]
    warrant = ao93_story(
        "District of Colorado",
        "Records maintained by the Colorado Department of Corrections relating to inmate Marcus Antoine Delacroix, DOC #154872",
        "25-sw-00214-KMT",
        "records maintained by the Colorado Department of Corrections, 1250 Academy Park Loop, Colorado Springs, CO, "
        "as more fully described in Attachment A.",
        "the records described in Attachment B",
        "18 U.S.C. &#167; 922(g)(1) and 26 U.S.C. &#167; 5861(d)",
        "Kathleen E. Marsh-Tolliver, United States Magistrate Judge", "03/17/2025 3:42 pm", "Denver, Colorado", "March 31, 2025")
    attb = [PageBreak(), P("ATTACHMENT B &#8212; Property to be seized", "sh"),
            P("For the period January 1, 2024 to the present, the following records relating to inmate Marcus Antoine "
              "DELACROIX, DOB 11/30/1985, DOC #154872:", "sb"),
            P("1. Visitation logs and approved visitor applications, including visitor names, dates of birth and addresses, "
              "including those of Chantel Rae BOOKER, DOB 07/19/1992.", "ind"),
            P("2. Inmate telephone system account records: approved number lists and call detail records.", "ind"),
            P("3. Commissary / trust-account deposit records, including depositor identity.", "ind")]
    wbin("bg13.pdf", build_pdf(cover + warrant + attb))
    label("bg13", "born_digital", "ATF cover letter (SAC named on letterhead) + AO 93 federal search warrant for DOC records",
          "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Denver Field Division", "Bethany R. Lindahl",
          "Special Agent", "bethany.lindahl@atf.gov", "(303) 555-0112",
          [subj("Marcus Antoine Delacroix", "1985-11-30", other="154872"), subj("Chantel Rae Booker", "1992-07-19")],
          ["18 USC 922", "26 USC 5861", "18 USC 3103a", "18 USC 2705"], "judicial_warrant", "AO 93", True,
          "criminal_investigation", ["other", "address", "phone"], "mail")


@doc
def bg14():
    c = box
    cover = [T([[P("U.S. Department of Homeland Security<br/>Enforcement and Removal Operations<br/>Denver Field Office<br/>"
                   "12445 East Caley Avenue<br/>Centennial, CO 80111", "ss"),
                 P("<b>U.S. Immigration<br/>and Customs<br/>Enforcement</b>", "sb")]], [4.7 * inch, 2.0 * inch], grid=False),
             HR(1), P("John R. Fenwick, Field Office Director", "ss"), SP(8),
             P("October 7, 2024"),
             P("Colorado Department of Human Services<br/>Records Custodian<br/>1575 Sherman Street<br/>Denver, CO 80203"),
             P("Subject: VÕ, Thị Hồng Nhung &#8212; A099 412 658 &#8212; DOB: 22 Apr 1981"),
             P("Dear Sir or Madam:"),
             P("The above-named individual is subject to a final order of removal. A copy of the Warrant of "
               "Removal/Deportation (Form I-205) issued for her is enclosed. Pursuant to 8 U.S.C. &#167; 1231 and "
               "8 C.F.R. &#167; 241.2, ICE requests the current residential address and any telephone number that "
               "your department has on file for her, in order to effect her removal.", "bj"),
             P("Please direct the response to the undersigned at (303) 555-0137 or tomasz.grabowski@ice.dhs.gov.", "bj"),
             P("Thank you,"), SP(2), P("T. Grabowski", "sig"),
             P("DO Tomasz Grabowski<br/>Enforcement and Removal Operations, Denver"), SP(4),
             P("Enclosure: Form I-205", "s"), PageBreak()]
    i205 = [P("U.S. Department of Homeland Security", "sbc"),
            P("WARRANT OF REMOVAL/DEPORTATION", "sH"),
            T([["", "File No: A099 412 658"], ["", "Date: 09/14/2023"]], [4.2 * inch, 2.5 * inch], grid=False), SP(4),
            P("To any immigration officer of the United States Department of Homeland Security:", "sb"),
            P("<b>VÕ, Thị Hồng Nhung</b>", "sbc"), P("(Full name of alien)", "sxs"),
            P("who entered the United States at <u>Los Angeles, CA</u> on <u>06/02/2004</u> is subject to "
              "removal/deportation from the United States, based upon a final order by:", "sb"),
            P(c(True) + " an immigration judge in exclusion, deportation, or removal proceedings", "ind"),
            P(c(False) + " a designated official", "ind"),
            P(c(False) + " the Board of Immigration Appeals", "ind"),
            P(c(False) + " a United States District or Magistrate Court Judge", "ind"),
            P("and pursuant to the following provisions of the Immigration and Nationality Act: <u>section 237(a)(1)(B)</u>", "sb"),
            P("I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
              "Secretary of Homeland Security under the laws of the United States and by his or her direction, command "
              "you to take into custody and remove from the United States the above-named alien, pursuant to law, at the "
              "expense of: the appropriation \"Enforcement and Removal Operations\".", "sb"), SP(8),
            T([[P("<font name='Serif-I' size='12'>J. R. Fenwick</font>", "cell"), ""],
               [P("(Signature of immigration officer)", "sxs"), ""],
               [P("Field Office Director", "cell"), ""], [P("(Title of immigration officer)", "sxs"), ""],
               [P("09/14/2023, Centennial, Colorado", "cell"), ""], [P("(Date and office location)", "sxs"), ""]],
              [3.5 * inch, 3.2 * inch], grid=False,
              extra=[("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black), ("LINEBELOW", (0, 2), (0, 2), 0.6, colors.black),
                     ("LINEBELOW", (0, 4), (0, 4), 0.6, colors.black)]),
            SP(6), P("Form I-205 (Rev. 08/07)", "sxs"), PageBreak(),
            P("To be completed by immigration officer executing the warrant:", "sb"),
            T([["Name of alien being removed: VÕ, Thị Hồng Nhung", "[ photograph ]"],
               ["Port, date, and manner of removal: ______________________", "Right index fingerprint<br/><br/><br/>"],
               ["Signature of alien being fingerprinted: _________________", ""],
               ["Signature and title of immigration officer taking fingerprint: ______________", ""]],
              [4.6 * inch, 2.1 * inch]),
            P("Departure witnessed by: ______________________________", "sb")]
    pdf = build_pdf(cover + i205)
    save_scanned(pdf, os.path.join(OUT, "bg14.pdf"), RNG, turns={2: 180})
    label("bg14", "scanned", "ERO cover letter signed 'DO <name>' + I-205 warrant of removal (with district-judge checkbox unchecked)",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
          "Tomasz Grabowski", "Deportation Officer", "tomasz.grabowski@ice.dhs.gov", "(303) 555-0137",
          [subj("Thị Hồng Nhung Võ", "1981-04-22", a_number="A099412658")],
          ["8 USC 1231", "8 CFR 241.2", "INA 237"], "administrative_warrant", "I-205", True, "civil_immigration",
          ["address", "phone"], "mail")


def i138_pdf():
    s = [P("DEPARTMENT OF HOMELAND SECURITY", "sh"), P("IMMIGRATION ENFORCEMENT SUBPOENA", "sH"), SP(4),
         T([["To: Custodian of Records<br/>Colorado Department of Labor and Employment<br/>633 17th Street, Denver, CO 80202",
             "Subpoena No.: ERO-DEN-25-0219<br/>File No.: A203 778 145"]], [4.4 * inch, 2.3 * inch]), SP(6),
         P("In the matter of: <b>JAMA, Abdirahman Hassan Ali</b>, date of birth 05/05/1990", "sb"),
         P("By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED TO APPEAR before Deportation Officer "
           "Gloria E. Hernández, an officer of U.S. Immigration and Customs Enforcement, at 12445 East Caley Avenue, "
           "Centennial, CO 80111, on April 14, 2025 at 9:00 a.m., and to bring with you and produce:", "sb"),
         P("All employer wage reports for the last eight quarters, employer names and addresses, and the most recent "
           "address and telephone number of record for the above-named individual.", "ind"),
         P("Your testimony and production of records are required regarding: matters relating to the subject's "
           "admissibility to and removability from the United States.", "sb"),
         P("This subpoena is issued pursuant to section 235(d)(4)(A) of the Immigration and Nationality Act, "
           "8 U.S.C. &#167; 1225(d)(4)(A), and 8 C.F.R. &#167; 287.4.", "sb"),
         P("Failure to comply with this subpoena will render you liable to proceedings in a United States District "
           "Court to enforce obedience to the requirements of this subpoena, and to punish default or disobedience.", "sb"),
         SP(8),
         T([["Date issued: 03/24/2025",
             P("<font name='Serif-I' size='12'>B. K. Takahashi</font><br/>__________________________<br/>(Signature)<br/>"
               "Brent K. Takahashi<br/>Supervisory Detention and Deportation Officer<br/>(Name and title of issuing officer)", "cell")]],
           [3.2 * inch, 3.5 * inch], grid=False),
         SP(10), P("Form I-138 (Rev. 05/24)", "sxs")]
    return build_pdf(s)


@doc
def bg15():
    text = """Good morning,

Please see the attached Immigration Enforcement Subpoena (DHS Form I-138) directed to your
records custodian for the subject below. In lieu of appearance on the return date, you may
send the records to me by e-mail or mail.

  JAMA, Abdirahman Hassan Ali -- DOB 05/05/1990 -- A203 778 145

Please let me know if you have any questions.

Thank you,

Gloria E. Hernández
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Denver Field Office
Desk: (303) 555-0124
Gloria.E.Hernandez@ice.dhs.gov
"""
    m = make_email({
        "From": '"Hernandez, Gloria E" <Gloria.E.Hernandez@ice.dhs.gov>',
        "To": "cdle_subpoenas@state.co.us",
        "Subject": "Subpoena ERO-DEN-25-0219",
        "Date": "Mon, 24 Mar 2025 10:15:00 -0600",
        "Message-ID": "<bg15.c0de@ice.dhs.gov>",
    }, text=text, attachments=[("ERO-DEN-25-0219.pdf", "application/pdf", i138_pdf())])
    write_eml(os.path.join(OUT, "bg15.eml"), m)
    label("bg15", "eml", "ERO officer e-mail with I-138 immigration enforcement subpoena PDF issued by an SDDO",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
          "Gloria E. Hernández", "Deportation Officer", "Gloria.E.Hernandez@ice.dhs.gov", "(303) 555-0124",
          [subj("Abdirahman Hassan Ali Jama", "1990-05-05", a_number="A203778145")],
          ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True, "civil_immigration",
          ["wages", "employment", "address", "phone"], "email")


@doc
def bg16():
    head = T([[P("<b>COMMONWEALTH OF PENNSYLVANIA</b><br/>PENNSYLVANIA STATE POLICE<br/>"
                 "Troop K &#8211; Philadelphia &#183; Criminal Investigation Unit<br/>2201 Belmont Avenue, Philadelphia, PA 19131", "sb"),
               P("Col. Edward W. Lindqvist<br/>Commissioner<br/><br/>Capt. Denise Albright<br/>Troop K Commander", "ss")]],
             [4.8 * inch, 1.9 * inch], grid=False)
    story = [head, HR(1.5),
             P("March 10, 2025 &#160;&#160;&#160;&#160; <b>Transmitted by e-mail to RA-DLrecordsLE@pa.gov</b>"), SP(4),
             P("Pennsylvania Department of Transportation<br/>Bureau of Driver Licensing &#8211; Law Enforcement Records<br/>1101 South Front Street<br/>Harrisburg, PA 17104"),
             P("<b>RE: PSP Incident No. PA2025-0193347 &#8212; Request for Driver License Records</b>"),
             P("Good afternoon,"),
             P("The Pennsylvania State Police, Troop K Criminal Investigation Unit, is investigating a skimming operation "
               "in which counterfeit debit cards were used at ATMs in Delaware and Montgomery Counties. The conduct "
               "constitutes access device fraud, 18 Pa.C.S. &#167; 4106, and identity theft, 18 Pa.C.S. &#167; 4120.", "bj"),
             P("I am requesting the driver license photographs, signature images, and address history for:", "bj"),
             T([["MARCHENKO, Viktor", "DOB 01/15/1983", "PA DL 29 384 157"],
                ["SAUER, Brandon Michael", "DOB 06/06/2000", "PA DL 31 998 204"]], [2.4 * inch, 1.5 * inch, 2.0 * inch],
               grid=False, cs="cellS"), SP(6),
             P("Release to a law enforcement agency is authorized by 75 Pa.C.S. &#167; 6114 and by the federal Driver's "
               "Privacy Protection Act, 18 U.S.C. &#167; 2721(b)(1).", "bj"),
             P("Very truly yours,"), SP(2), P("C. J. Macek", "sig"),
             P("Tpr. Connor J. Macek<br/>Criminal Investigation Unit, Troop K<br/>"
               "Desk: 215-555-0133 &#160;|&#160; Cell: 267-555-0190 &#160;|&#160; Fax: 215-555-0134<br/>cmacek@pa.gov"), SP(6),
             P("cc: Cpl. Angela DiNardo, Supervisor, Criminal Investigation Unit<br/>&#160;&#160;&#160;&#160;&#160;&#160;Det. Frank Iacono, Upper Darby Township Police Department", "s")]
    wbin("bg16.pdf", build_pdf(story, footer="An Internationally Accredited Law Enforcement Agency"))
    label("bg16", "born_digital", "PSP letter: Commissioner and troop commander on letterhead, 'Tpr.' signs; sent by e-mail; cc list of officers",
          "state-police", "Pennsylvania State Police, Troop K Criminal Investigation Unit", "Connor J. Macek", "Trooper",
          "cmacek@pa.gov", "215-555-0133",
          [subj("Viktor Marchenko", "1983-01-15", license="29384157"),
           subj("Brandon Michael Sauer", "2000-06-06", license="31998204")],
          ["18 PaCS 4106", "18 PaCS 4120", "75 PaCS 6114", "18 USC 2721"], "none", None, False,
          "criminal_investigation", ["photo", "other", "address"], "email")


@doc
def bg17():
    cover = [P("ROANOKE RIDGE COUNTY SHERIFF'S OFFICE", "sH"),
             P("Sheriff Calvin T. Bynum &#183; Criminal Investigations Division<br/>118 Courthouse Drive &#183; Ridgeway, North Carolina 28390", "sbc"),
             SP(10), P("FAX COVER SHEET", "sh"),
             T([["TO:", "NC Division of Employment Security &#8211; Legal / Records", "FAX:", "919-555-0186"],
                ["FROM:", "Det. Shauna M. Pettiford", "FAX:", "910-555-0147"],
                ["PHONE:", "910-555-0146", "DATE:", "03/07/2025"],
                ["PAGES:", "3 including cover", "CASE:", "RRSO 25-00931"]],
               [0.9 * inch, 3.3 * inch, 0.8 * inch, 1.7 * inch]), SP(10),
             P("Attached is a signed order for the employment and wage records of the subject named in the order. "
               "Please return records by fax or to spettiford@roanokeridgenc.gov. Thank you.", "sb"), SP(30),
             P("The information contained in this facsimile is confidential and intended only for the recipient named above.", "ss"),
             PageBreak()]
    order = [T([[P("STATE OF NORTH CAROLINA<br/><br/>COUNTY OF ROANOKE RIDGE", "cellS"),
                 P("IN THE GENERAL COURT OF JUSTICE<br/>SUPERIOR COURT DIVISION<br/>File No. 25 CRS 001142", "cellS")]],
               [3.3 * inch, 3.4 * inch], grid=False), SP(6),
             P("IN RE: APPLICATION OF THE ROANOKE RIDGE COUNTY SHERIFF'S OFFICE<br/>FOR PRODUCTION OF EMPLOYMENT SECURITY RECORDS", "cb"),
             SP(4), P("ORDER", "h"),
             P("THIS MATTER coming before the undersigned Superior Court Judge upon the sworn application of Detective "
               "Shauna M. Pettiford of the Roanoke Ridge County Sheriff's Office, and the Court, having reviewed the "
               "application, finds as follows:", "bj"),
             P("1. The Sheriff's Office is conducting a criminal investigation into embezzlement of approximately $48,000 "
               "from Coastal Plain Feed &amp; Supply, Inc., constituting larceny by employee (N.C. Gen. Stat. &#167; 14-74) "
               "and obtaining property by false pretenses (N.C. Gen. Stat. &#167; 14-100).", "bj"),
             P("2. Records held by the Division of Employment Security concerning the employment and wages of "
               "<b>KENDRICK LAMONT FAISON</b>, date of birth February 27, 1987, SSN ending 5529, are relevant and material "
               "to that investigation.", "bj"),
             P("3. N.C. Gen. Stat. &#167; 96-4(x) permits disclosure of such records pursuant to an order of a court.", "bj"),
             P("IT IS THEREFORE ORDERED that the North Carolina Department of Commerce, Division of Employment Security, "
               "shall produce to Detective Pettiford, within ten (10) days of service of this Order, all quarterly wage "
               "records, the names and addresses of all reporting employers, and any unemployment insurance claims filed "
               "by the above-named individual from January 1, 2022 to the present.", "bj"),
             P("IT IS FURTHER ORDERED that the records shall be used only for purposes of the criminal investigation "
               "and any resulting prosecution.", "bj"),
             P("This the 6th day of March, 2025."), SP(8),
             T([["", P("<font name='Serif-I' size='12'>Beverly A. Sutton-Hayes</font><br/>______________________________<br/>"
                       "The Honorable Beverly A. Sutton-Hayes<br/>Superior Court Judge Presiding", "cellS")]],
               [3.0 * inch, 3.7 * inch], grid=False)]
    pdf = build_pdf(cover + order)
    save_fax(pdf, os.path.join(OUT, "bg17.tif"), RNG,
             lambda p, n: "Mar 07 2025 11:08AM  RRCSO CID  910 555 0147   p.%d" % p)
    label("bg17", "fax", "NC sheriff's fax cover (sheriff on header, detective sender) + superior court order for DES records",
          "sheriff", "Roanoke Ridge County Sheriff's Office", "Shauna M. Pettiford", "Detective",
          "spettiford@roanokeridgenc.gov", "910-555-0146",
          [subj("Kendrick Lamont Faison", "1987-02-27", ssn_last4="5529")],
          ["NCGS 14-74", "NCGS 14-100", "NCGS 96-4"], "court_order", None, True, "criminal_investigation",
          ["wages", "employment", "claims"], "fax")


@doc
def bg18():
    t = """From:    Hollister, Grant W. (VSP) <grant.hollister@vsp.virginia.gov>
Sent:    Thursday, March 13, 2025 4:52 PM
To:      DMV Law Enforcement Liaison <dmvleliaison@dmv.virginia.gov>
Cc:      Boateng, Akua (VSP) <akua.boateng@vsp.virginia.gov>
Subject: RE: Photo request - BCI case 2025-04418

Ms. Carrow,

Thanks for the quick call this afternoon. To answer your question: the request is made for
a criminal investigation, and disclosure to a law enforcement agency is covered by
Va. Code § 46.2-208(B). As discussed, I'm adding a third individual to the original request
below, identified this morning from bank surveillance:

   SALDAÑA ORTIZ, Roberto Carlos   DOB 04/25/1988   VA customer # T68-12-0457

Same records for him as for the other two (DL photo, address history, DL/ID record).

Respectfully,
S/A Grant W. Hollister
Virginia State Police | Bureau of Criminal Investigation | Richmond Field Office
Desk: (804) 555-0115 | Cell: (804) 555-0162 | Fax: (804) 555-0116

-----Original Message-----
From:    DMV Law Enforcement Liaison <dmvleliaison@dmv.virginia.gov>
Sent:    Thursday, March 13, 2025 1:20 PM
To:      Hollister, Grant W. (VSP) <grant.hollister@vsp.virginia.gov>
Subject: RE: Photo request - BCI case 2025-04418

Agent Hollister,

We received your request below. Before we release images, please confirm the purpose of
the request and the authority under which you are requesting it.

Thank you,
Denise Carrow
Law Enforcement Liaison, Virginia Department of Motor Vehicles

-----Original Message-----
From:    Hollister, Grant W. (VSP) <grant.hollister@vsp.virginia.gov>
Sent:    Wednesday, March 12, 2025 9:06 AM
To:      DMV Law Enforcement Liaison <dmvleliaison@dmv.virginia.gov>
Subject: Photo request - BCI case 2025-04418

Good morning,

BCI Richmond is investigating a group that opened credit accounts using stolen identities
(Va. Code § 18.2-186.3, identity theft; § 18.2-178, obtaining money by false pretenses).
Please provide the DL/ID photograph, address history and DL/ID record for:

   1. BONDARENKO, Oleksandr     DOB 10/30/1979   VA customer # A55-31-8820
   2. PUGH, Ashley Nicole       DOB 05/12/1997   VA customer # P11-76-3319

Thank you,
S/A Grant W. Hollister
Virginia State Police | Bureau of Criminal Investigation | Richmond Field Office
Desk: (804) 555-0115 | Cell: (804) 555-0162 | Fax: (804) 555-0116
"""
    wtxt("bg18", t)
    label("bg18", "txt", "pasted Outlook thread: state police agent's reply adds a subject; DMV liaison and original request quoted",
          "state-police", "Virginia State Police, Bureau of Criminal Investigation", "Grant W. Hollister", "Special Agent",
          "grant.hollister@vsp.virginia.gov", "(804) 555-0115",
          [subj("Roberto Carlos Saldaña Ortiz", "1988-04-25", license="T68120457"),
           subj("Oleksandr Bondarenko", "1979-10-30", license="A55318820"),
           subj("Ashley Nicole Pugh", "1997-05-12", license="P11763319")],
          ["VA Code 46.2-208", "VA Code 18.2-186.3", "VA Code 18.2-178"], "none", None, False,
          "criminal_investigation", ["photo", "address", "license"], "email")


@doc
def bg19():
    cover = [P("THE COMMONWEALTH OF MASSACHUSETTS", "cb"),
             P("OFFICE OF THE DISTRICT ATTORNEY &#8212; NORFOLK DISTRICT", "h"),
             P("District Attorney Raymond F. Coyle", "c"),
             P("45 Shawmut Road &#183; Canton, MA 02021 &#183; (781) 555-0120", "s"), HR(1.2),
             P("February 24, 2025"),
             P("Keeper of Records<br/>Department of Unemployment Assistance<br/>Legal Department<br/>100 Cambridge Street<br/>Boston, MA 02114"),
             P("Re: Grand Jury Subpoena Duces Tecum &#8212; Norfolk County Grand Jury, Sitting 2025-A"),
             P("Dear Keeper of Records:"),
             P("Enclosed please find a grand jury subpoena duces tecum issued in connection with an investigation of "
               "larceny over $1,200 (G.L. c. 266, &#167; 30) and forgery (G.L. c. 267, &#167; 1). I understand that "
               "disclosure of unemployment information is governed by G.L. c. 151A, &#167; 46; the subpoena is issued "
               "by the Court for that reason.", "bj"),
             P("In lieu of appearing before the grand jury, you may satisfy the subpoena by delivering certified copies "
               "of the records, with a keeper-of-records certification, to my office on or before the return date.", "bj"),
             P("Very truly yours,"), SP(2), P("Siobhan M. Kearney", "sig"),
             P("Siobhan M. Kearney<br/>Assistant District Attorney, Financial Crimes Unit<br/>BBO# 684210<br/>"
               "siobhan.kearney@mass.gov &#183; (781) 555-0127"), PageBreak()]
    sub = [P("COMMONWEALTH OF MASSACHUSETTS", "cb"),
           T([["NORFOLK, ss.", "SUPERIOR COURT<br/>GRAND JURY SITTING 2025-A"]], [3.3 * inch, 3.4 * inch], grid=False),
           SP(6), P("SUBPOENA DUCES TECUM", "h"), P("(Grand Jury)", "c"), SP(4),
           P("To: Keeper of Records, Department of Unemployment Assistance, 100 Cambridge Street, Boston, MA 02114"),
           P("GREETING: You are hereby required, in the name of the Commonwealth of Massachusetts, to appear before the "
             "Grand Jury of the Superior Court at Dedham, within the County of Norfolk, on <b>March 19, 2025 at 9:30 a.m.</b>, "
             "and from day to day thereafter until the action is heard by said Grand Jury, to give evidence of what you "
             "know relating to matters then and there to be inquired of, and you are further required to bring with you:", "bj"),
           P("All claims for unemployment benefits, claimant applications (including addresses provided), payment "
             "records, and employer-reported wage records and employer identities, from January 1, 2022 to date, for:", "ind"),
           T([["Paulo Henrique FERNANDES LIMA", "DOB 02/19/1986", "SSN ***-**-6025"],
              ["Jennifer Marie O'ROURKE", "DOB 09/09/1990", "SSN ***-**-3318"]], [3.0 * inch, 1.6 * inch, 1.6 * inch],
             grid=False, cs="cellS"), SP(6),
           P("This subpoena is issued pursuant to G.L. c. 277, &#167; 68 and G.L. c. 233, &#167; 1. Hereof fail not, as you "
             "will answer your default under the pains and penalties in the law in that behalf made and provided.", "bj"),
           P("Dated at Dedham, this 24th day of February, 2025."), SP(6),
           T([[P("Issued at the request of:<br/>ADA Siobhan M. Kearney<br/>Norfolk District Attorney's Office<br/>(781) 555-0127", "cellS"),
               P("<font name='Serif-I' size='12'>Walter J. Quinlan</font><br/>________________________<br/>Walter J. Quinlan<br/>Assistant Clerk", "cellS")]],
             [3.3 * inch, 3.4 * inch], grid=False)]
    wbin("bg19.pdf", build_pdf(cover + sub))
    label("bg19", "born_digital", "Massachusetts ADA cover letter (DA on letterhead) + state grand jury subpoena duces tecum (assistant clerk signs)",
          "district-attorney", "Office of the District Attorney, Norfolk District", "Siobhan M. Kearney",
          "Assistant District Attorney", "siobhan.kearney@mass.gov", "(781) 555-0127",
          [subj("Paulo Henrique Fernandes Lima", "1986-02-19", ssn_last4="6025"),
           subj("Jennifer Marie O'Rourke", "1990-09-09", ssn_last4="3318")],
          ["MGL 266-30", "MGL 267-1", "MGL 151A-46", "MGL 277-68", "MGL 233-1"], "grand_jury_subpoena", None, True,
          "criminal_investigation", ["claims", "address", "benefits", "wages", "employment"], "mail")


@doc
def bg20():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10.5pt;color:#222">
<p>Good afternoon,</p>
<p>The U.S. Department of Homeland Security, Office of Inspector General (DHS OIG), is investigating suspected fraud
against FEMA's Individuals and Households Program following the 2024 Boulder County wildfire declaration. The
conduct under investigation includes false statements in connection with disaster benefits, in violation of
18&nbsp;U.S.C.&nbsp;&sect;&nbsp;1040 and 18&nbsp;U.S.C.&nbsp;&sect;&nbsp;641.</p>
<p>Under the authority of 5&nbsp;U.S.C.&nbsp;&sect;&nbsp;406(a), I am requesting the following records from the
Colorado Department of Human Services for the two individuals below:</p>
<ul>
<li>household composition and residential address on each SNAP / Colorado Works application since January 2024;</li>
<li>benefit issuance history for the same period.</li>
</ul>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde4ee"><th>Name</th><th>DOB</th><th>SSN (last 4)</th></tr>
<tr><td>RENTERÍA, María de los Ángeles</td><td>14-Mar-1972</td><td>0941</td></tr>
<tr><td>ASANTE, Kofi Mensah</td><td>07-Jul-1980</td><td>7762</td></tr>
</table>
<p>If a formal subpoena is required by your department, please let me know and I will arrange for one.</p>
<p>Thank you for your help,</p>
<p style="margin-top:14px"><b>SA Paul F. Jankowski</b><br>
Special Agent | Office of Investigations &ndash; Denver Field Office<br>
U.S. Department of Homeland Security, Office of Inspector General<br>
Tel 303-555-0180 | <a href="mailto:paul.jankowski@oig.dhs.gov">paul.jankowski@oig.dhs.gov</a></p>
<p style="font-size:8pt;color:#777">This message may contain information protected by the Privacy Act,
5 U.S.C. &sect; 552a. If you are not the intended recipient, please delete it and notify the sender.</p>
</body></html>
"""
    m = make_email({
        "From": '"Jankowski, Paul" <paul.jankowski@oig.dhs.gov>',
        "To": "cdhs_records@state.co.us",
        "Subject": "DHS OIG records request - I25-FEMA-DEN-00412",
        "Date": "Tue, 18 Mar 2025 14:30:19 -0600",
        "Message-ID": "<bg20.4f11@oig.dhs.gov>",
    }, html=html)
    write_eml(os.path.join(OUT, "bg20.eml"), m)
    label("bg20", "eml", "HTML-only e-mail from DHS OIG special agent, table of 2 subjects, Privacy Act footer",
          "dhs-oig", "U.S. Department of Homeland Security, Office of Inspector General", "Paul F. Jankowski",
          "Special Agent", "paul.jankowski@oig.dhs.gov", "303-555-0180",
          [subj("María de los Ángeles Rentería", "1972-03-14", ssn_last4="0941"),
           subj("Kofi Mensah Asante", "1980-07-07", ssn_last4="7762")],
          ["18 USC 1040", "18 USC 641", "5 USC 406", "5 USC 552a"], "none", None, False, "criminal_investigation",
          ["address", "benefits", "other"], "email")


@doc
def bg21():
    s = [P("IN THE COUNTY COURT OF THE TWENTY-FOURTH JUDICIAL CIRCUIT<br/>IN AND FOR MARISCO COUNTY, FLORIDA", "cb"), SP(6),
         T([[P("STATE OF FLORIDA,<br/>&#160;&#160;&#160;&#160;&#160;&#160;Plaintiff,<br/>v.<br/>TERRENCE ALAN WHITBY,<br/>"
               "&#160;&#160;&#160;&#160;&#160;&#160;Defendant.<br/>_________________________________/", "cellS"),
             P("CASE NO.: 2024-MM-012345<br/>DIVISION: Criminal &#8211; C", "cellS")]], [3.6 * inch, 3.1 * inch], grid=False),
         SP(6), P("SUBPOENA DUCES TECUM FOR TRIAL", "h"), SP(4),
         P("THE STATE OF FLORIDA:"),
         P("TO: Records Custodian, Florida Department of Highway Safety and Motor Vehicles, Bureau of Records, "
           "2900 Apalachee Parkway, Tallahassee, FL 32399"),
         P("YOU ARE COMMANDED to appear before the Honorable Dolores M. Echeverría, Judge of the County Court, at the "
           "Marisco County Courthouse, Courtroom 4B, 700 Bay Street, Port Ardmore, Florida, on <b>April 9, 2025 at "
           "8:30 a.m.</b>, to testify in this action, and to have with you at that time and place the following:", "bj"),
         P("A certified copy of the complete driver license record, driver license photograph, and address history of "
           "<b>TERRENCE ALAN WHITBY</b>, DOB 12/02/1984, Florida DL W130-512-84-442-0.", "ind"),
         P("The defendant is charged with Petit Theft, &#167; 812.014(3)(a), Fla. Stat., and Driving While License "
           "Suspended, &#167; 322.34, Fla. Stat. This subpoena is issued pursuant to Fla. R. Crim. P. 3.361. You may "
           "comply by delivering the certified records to the Assistant State Attorney named below before the trial "
           "date, and you will be excused from appearing.", "bj"),
         P("If you fail to appear, you may be in contempt of court."),
         P("DATED on March 12, 2025."), SP(6),
         T([[P("Requested by:<br/>Gabriela Inés Montalvo<br/>Assistant State Attorney<br/>Florida Bar No. 1029384<br/>"
               "Office of the State Attorney, Twenty-Fourth Judicial Circuit<br/>700 Bay Street, Port Ardmore, FL 33950<br/>"
               "(239) 555-0148 &#183; gmontalvo@sa24.fl.gov", "cellS"),
             P("CLERK OF THE CIRCUIT AND COUNTY COURT<br/>MARISCO COUNTY, FLORIDA<br/><br/>By: "
               "<font name='Serif-I' size='12'>K. Lavoie</font><br/>________________________<br/>Deputy Clerk", "cellS")]],
           [3.5 * inch, 3.2 * inch], grid=False),
         PageBreak(),
         P("RETURN OF SERVICE", "h"),
         P("Received this subpoena on ____________, 20__, and served it on the named witness on ____________, 20__, by "
           "delivering a true copy to ______________________________.", "b"),
         P("______________________________<br/>Server / Title", "b")]
    pdf = build_pdf(s)
    save_scanned(pdf, os.path.join(OUT, "bg21.pdf"), RNG, turns={1: 90})
    label("bg21", "scanned", "Florida county court criminal trial subpoena duces tecum, ASA requests, deputy clerk signs",
          "district-attorney", "Office of the State Attorney, Twenty-Fourth Judicial Circuit", "Gabriela Inés Montalvo",
          "Assistant State Attorney", "gmontalvo@sa24.fl.gov", "(239) 555-0148",
          [subj("Terrence Alan Whitby", "1984-12-02", license="W130512844420")],
          ["FS 812.014", "FS 322.34", "FL CrimP 3.361"], "court_subpoena", None, True, "criminal_investigation",
          ["license", "photo", "address"], "mail")


@doc
def bg22():
    c = box
    s = [P("DEPARTMENT OF HOMELAND SECURITY", "sh"),
         P("IMMIGRATION DETAINER &#8211; REQUEST FOR VOLUNTARY ACTION", "sH"),
         T([["Subject ID: 418200367", "Event #: DET2504000077"],
            ["File No: A210 334 559", "Date: 04/08/2025"]], [3.4 * inch, 3.3 * inch]), SP(4),
         T([["TO: (Name and Title of Institution)<br/><b>Ohio Department of Rehabilitation and Correction &#8211; "
             "Bureau of Sentence Computation</b>",
             "FROM: (Department of Homeland Security Office Address)<br/><b>ICE ERO Detroit &#8211; Columbus Sub-Office, "
             "50 W. Broad Street, Columbus, OH 43215</b>"]], [3.4 * inch, 3.3 * inch]), SP(4),
         T([["Name of Alien: <b>HRYTSENKO, Vasyl Ivanovych</b>"],
            ["Date of Birth: 14 Jun 1984 &#160;&#160; Nationality: Ukraine &#160;&#160; Sex: M"]], [6.7 * inch]), SP(6),
         P("<b>THE ALIEN IS A PRIORITY FOR REMOVAL BECAUSE:</b>", "ss"),
         P(c(True) + " the alien has been convicted of an offense listed as a priority for removal;", "ss"),
         P(c(False) + " the alien has been apprehended at the border or port of entry while attempting to unlawfully enter;", "ss"),
         P("<b>DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE ALIEN IS REMOVABLE BASED ON:</b>", "ss"),
         P(c(True) + " a final order of removal against the alien; " + c(False) + " biometric confirmation; "
           + c(False) + " statements made by the alien to an immigration officer.", "ss"), SP(4),
         P("<b>IT IS THEREFORE REQUESTED THAT YOU:</b>", "ss"),
         P("&#8226; Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would "
           "otherwise have been released from your custody to allow DHS to assume custody.", "ss"),
         P("&#8226; Provide a copy to the alien.", "ss"),
         P("&#8226; Notify DHS as early as practicable before the alien is released, at (614) 555-0169.", "ss"),
         SP(4),
         P("This request is made under sections 236 and 287 of the Immigration and Nationality Act and "
           "8 C.F.R. &#167; 287.7.", "ss"), SP(8),
         T([[P("IEA Samuel O. Adebayo-Clarke, Immigration Enforcement Agent", "cell"),
             P("<font name='Serif-I' size='12'>S. Adebayo-Clarke</font>", "cell")],
            [P("(Name and title of Immigration Officer)", "sxs"), P("(Signature of Immigration Officer)", "sxs")]],
           [3.8 * inch, 2.9 * inch], grid=False, extra=[("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]),
         SP(8), P("DHS Form I-247D (5/15) &#160;&#160; Page 1 of 2", "sxs"), PageBreak(),
         P("NOTICE TO THE DETAINEE / AVISO AL DETENIDO", "sh"),
         P("The Department of Homeland Security (DHS) has placed an immigration detainer on you. If DHS assumes custody "
           "of you, you may be removed from the United States.", "sb"),
         P("El Departamento de Seguridad Nacional (DHS) ha emitido una orden de detención inmigratoria en su contra. Si "
           "el DHS asume su custodia, usted podría ser expulsado de los Estados Unidos.", "sb"),
         P("DHS Form I-247D (5/15) &#160;&#160; Page 2 of 2", "sxs")]
    pdf = build_pdf(s, margins=(0.7, 0.7, 0.8, 0.6))
    save_fax(pdf, os.path.join(OUT, "bg22.tif"), RNG,
             lambda p, n: "04/08/2025 16:40 FAX 6145550170  ICE ERO COLUMBUS          @%03d/%03d" % (p, n))
    label("bg22", "fax", "I-247D detainer (request for voluntary action) faxed to state DOC, signed by IEA",
          "dhs-ice-ero", "ICE ERO Detroit - Columbus Sub-Office", "Samuel O. Adebayo-Clarke", "Immigration Enforcement Agent",
          None, "(614) 555-0169",
          [subj("Vasyl Ivanovych Hrytsenko", "1984-06-14", a_number="A210334559")],
          ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247D", False, "civil_immigration", ["other"], "fax")


@doc
def bg23():
    cover = [P("U.S. Department of Labor", "sh"), P("Office of Inspector General &#8212; Office of Investigations<br/>"
               "Denver Regional Office &#183; 1244 Speer Boulevard, Suite 540 &#183; Denver, CO 80204", "sbc"), HR(1),
             P("April 1, 2025"),
             P("Colorado Department of Labor and Employment<br/>Unemployment Insurance Division &#8211; Integrity Unit<br/>Attn: Custodian of Records<br/>633 17th Street<br/>Denver, CO 80202"),
             P("Re: Court Order, Misc. No. 25-mj-00088-SBP"),
             P("Dear Custodian:"),
             P("Enclosed is an order of the United States District Court for the District of Colorado, issued under "
               "18 U.S.C. &#167; 2703(d), requiring CDLE to disclose account and access records for MyUI+ claimant "
               "accounts used to file fraudulent unemployment insurance claims. The investigation concerns wire fraud "
               "and conspiracy, 18 U.S.C. &#167;&#167; 1343 and 1349.", "bj"),
             P("Please produce the records described in Attachment A to the undersigned within ten days. The order also "
               "directs CDLE not to disclose the order's existence.", "bj"),
             P("Sincerely,"), SP(2), P("Rahel Gebremedhin", "sig"),
             P("Rahel T. Gebremedhin<br/>Special Agent<br/>(720) 555-0151 &#183; gebremedhin.rahel.t@oig.dol.gov"),
             SP(4), P("Enclosure", "s"), PageBreak()]
    order = [P("UNITED STATES DISTRICT COURT<br/>FOR THE DISTRICT OF COLORADO", "h"), SP(6),
             T([[P("IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO "
                   "18 U.S.C. &#167; 2703(d) DIRECTED TO THE COLORADO DEPARTMENT OF LABOR AND EMPLOYMENT", "cellS"),
                 P("Misc. No. 25-mj-00088-SBP<br/><br/><b>FILED UNDER SEAL</b>", "cellS")]], [4.2 * inch, 2.5 * inch], grid=False,
               extra=[("LINEAFTER", (0, 0), (0, 0), 0.6, colors.black)]), SP(8),
             P("ORDER", "h"),
             P("The United States, through Assistant United States Attorney Helena V. Strand, has submitted an application "
               "pursuant to 18 U.S.C. &#167; 2703(d), requesting that the Court issue an Order requiring the Colorado "
               "Department of Labor and Employment (\"CDLE\"), which operates the MyUI+ online claimant service, to "
               "disclose the records and other information described in Attachment A to this Order.", "bj"),
             P("The Court finds that the United States has offered specific and articulable facts showing that there are "
               "reasonable grounds to believe that the records or other information sought are relevant and material to "
               "an ongoing criminal investigation.", "bj"),
             P("IT IS ORDERED, pursuant to 18 U.S.C. &#167; 2703(d), that CDLE shall, within ten days of the date of this "
               "Order, disclose to the United States the records and other information described in Attachment A.", "bj"),
             P("IT IS FURTHER ORDERED under 18 U.S.C. &#167; 2705(b) that CDLE shall not disclose the existence of the "
               "application or this Order to any other person for a period of one year, except to its attorneys for the "
               "purpose of receiving legal advice.", "bj"),
             SP(6), P("BY THE COURT:"), SP(4),
             P("<font name='Serif-I' size='12'>Susan B. Prendergast</font><br/>______________________________<br/>"
               "Hon. Susan B. Prendergast<br/>United States Magistrate Judge<br/>Date: March 28, 2025"),
             PageBreak(), P("ATTACHMENT A", "h"),
             P("For all MyUI+ accounts associated with the following claimants, from March 1, 2024 to the present:"),
             T([["Claimant", "DOB", "SSN (last 4)"], ["Abdullahi Mohamed NUR", "04/04/1991", "2231"],
                ["Kateryna Oleksiivna SAVCHUK", "12/12/1987", "5864"]], [3.2 * inch, 1.5 * inch, 1.5 * inch]), SP(6),
             P("a. Subscriber/account information: names, mailing and residential addresses, telephone numbers, e-mail addresses;", "ind"),
             P("b. Records of session times and durations and the Internet Protocol addresses used to log in;", "ind"),
             P("c. All claim filings and the bank accounts or debit cards to which payments were issued.", "ind")]
    wbin("bg23.pdf", build_pdf(cover + order))
    label("bg23", "born_digital", "DOL OIG cover letter + federal 18 USC 2703(d) court order (AUSA applicant, magistrate signs)",
          "dol-oig", "U.S. Department of Labor, Office of Inspector General, Office of Investigations", "Rahel T. Gebremedhin",
          "Special Agent", "gebremedhin.rahel.t@oig.dol.gov", "(720) 555-0151",
          [subj("Abdullahi Mohamed Nur", "1991-04-04", ssn_last4="2231"),
           subj("Kateryna Oleksiivna Savchuk", "1987-12-12", ssn_last4="5864")],
          ["18 USC 2703", "18 USC 1343", "18 USC 1349", "18 USC 2705"], "court_order", None, True,
          "criminal_investigation", ["address", "phone", "email", "other", "claims"], "mail")


@doc
def bg24():
    text = """Good morning,

Sending on behalf of Det. Aaron K. Whitlock, who is in court today.

Det. Whitlock is investigating an aggravated battery (720 ILCS 5/12-3.05), FHPD report
#25-3318, and requests the most recent DL/ID photograph, current address and any registered
vehicles for the following two individuals:

   1) ELLERY, DeShawn Marquis -- DOB 08/14/1998 -- IL DL E460-5519-8227
   2) NOWAK-BRANDT, Katarzyna -- DOB 11/02/1993

He understands release to law enforcement is permitted under 625 ILCS 5/2-123. Please send
the records directly to Det. Whitlock at awhitlock@foxhollowil.gov (not to me). His
signature block is below.

Thank you,
Yesenia Ramírez
Administrative Assistant, Investigations Division
Fox Hollow Police Department

--
Det. Aaron K. Whitlock #412
Fox Hollow Police Department - Investigations Division
Desk: 815-555-0121 | Cell: 815-555-0187 | Fax: 815-555-0122
awhitlock@foxhollowil.gov
"""
    html = "<html><body><pre style='font-family:Segoe UI,Arial;font-size:10.5pt'>" + \
        text.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>"
    m = make_email({
        "From": '"Ramírez, Yesenia" <yramirez@foxhollowil.gov>',
        "To": "SOS Police Services <sos_lerequests@ilsos.gov>",
        "Cc": "awhitlock@foxhollowil.gov",
        "Subject": "Records request - FHPD 25-3318 (Det. Whitlock)",
        "Date": "Wed, 26 Feb 2025 08:21:40 -0600",
        "Message-ID": "<bg24.77aa@foxhollowil.gov>",
    }, text=text, html=html)
    write_eml(os.path.join(OUT, "bg24.eml"), m)
    label("bg24", "eml", "administrative assistant sends on behalf of detective (multipart/alternative), detective's block below",
          "local-police", "Fox Hollow Police Department", "Aaron K. Whitlock", "Detective", "awhitlock@foxhollowil.gov",
          "815-555-0121",
          [subj("DeShawn Marquis Ellery", "1998-08-14", license="E46055198227"),
           subj("Katarzyna Nowak-Brandt", "1993-11-02")],
          ["720 ILCS 5/12-3.05", "625 ILCS 5/2-123"], "none", None, False, "criminal_investigation",
          ["photo", "address", "vehicle"], "email")


@doc
def bg25():
    p1 = [T([[P("<b>Summons</b>", "sH"), ""]], [3.5 * inch, 3.2 * inch], grid=False),
          T([["In the matter of: <b>Gintaras Petrauskas and Rūta Petrauskienė</b>"],
             ["Internal Revenue Service (Division): <b>Criminal Investigation</b>"],
             ["Industry/Area (name or number): <b>Denver Field Office</b>"],
             ["Periods: <b>Calendar years 2021, 2022 and 2023</b>"]], [6.7 * inch]), SP(6),
          P("<b>The Commissioner of Internal Revenue</b>", "sbc"),
          P("To: <b>Custodian of Records, Colorado Department of Labor and Employment</b><br/>"
            "At: 633 17th Street, Denver, CO 80202", "sb"),
          P("You are hereby summoned and required to appear before <b>Lucía Fernández-Ochoa</b>, an officer of the "
            "Internal Revenue Service, to give testimony and to bring with you and to produce for examination the "
            "following books, records, papers, and other data relating to the tax liability or the collection of the "
            "tax liability or for the purpose of inquiring into any offense connected with the administration or "
            "enforcement of the internal revenue laws concerning the person identified above for the periods shown.", "sb"),
          P("All quarterly wage records reported for Gintaras PETRAUSKAS (DOB 05/28/1975, SSN xxx-xx-8140) and Rūta "
            "PETRAUSKIENĖ (DOB 01/30/1978, SSN xxx-xx-2297), including the name, address and account number of each "
            "reporting employer, and all unemployment insurance claims filed by either person.", "ind"),
          T([["Business address and telephone number of IRS officer before whom you are to appear:<br/>"
              "IRS-CI, 1999 Broadway, Stop 5200, Denver, CO 80202 &#183; (720) 555-0174"],
             ["Place and time for appearance at: 1999 Broadway, Denver, CO on the 10th day of March, 2025 at 10 o'clock a.m."]],
            [6.7 * inch]), SP(4),
          P("Issued under authority of the Internal Revenue Code this 10th day of February, 2025.", "sb"),
          T([["<font name='Serif-I' size='12'>Lucía Fernández-Ochoa</font><br/>Signature of issuing officer",
              "Special Agent<br/>Title"],
             ["<font name='Serif-I' size='12'>B. S. Iwu</font><br/>Signature of approving officer (if applicable)",
              "Supervisory Special Agent (Brandon S. Iwu)<br/>Title"]], [4.2 * inch, 2.5 * inch]),
          SP(4), P("Form 2039 (Rev. 10-2010) &#160;&#160; Catalog Number 21405J &#160;&#160; Original &#8212; to be kept by IRS", "sxs"),
          PageBreak()]
    p2 = [P("Provisions of the Internal Revenue Code", "sh"),
          P("<b>Sec. 7602. Examination of books and witnesses.</b> (a) Authority to summon, etc. &#8212; For the purpose of "
            "ascertaining the correctness of any return, making a return where none has been made, determining the "
            "liability of any person for any internal revenue tax ... the Secretary is authorized to summon the person "
            "liable for tax ... or any other person the Secretary may deem proper, to appear ... and to produce such "
            "books, papers, records, or other data. (b) Purpose may include inquiry into offense.", "ss"),
          P("<b>Sec. 7603. Service of summons.</b> (a) In general &#8212; A summons issued under section 7602 shall be "
            "served by the Secretary, by an attested copy delivered in hand to the person to whom it is directed, or "
            "left at his last and usual place of abode.", "ss"),
          P("<b>Sec. 7604. Enforcement of summons.</b> (a) Jurisdiction of district court &#8212; If any person is summoned "
            "under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, "
            "the United States district court for the district in which such person resides or is found shall have "
            "jurisdiction by appropriate process to compel such attendance, testimony, or production.", "ss"),
          P("<b>Sec. 7609. Special procedures for third-party summonses.</b> (a) Notice &#8212; ... (c)(2)(E) Exceptions &#8212; "
            "this subsection shall not apply to any summons issued in aid of the collection of an assessment or "
            "issued by a criminal investigator in connection with the investigation of an offense.", "ss"),
          P("<b>Sec. 7610. Fees and costs for witnesses.</b> (a) In general &#8212; The Secretary shall by regulations "
            "establish the rates and conditions under which payment may be made of fees and mileage to persons summoned.", "ss"),
          P("<b>Sec. 7210. Failure to obey summons.</b> Any person who, being duly summoned to appear to testify, or to "
            "appear and produce books, accounts, records, memoranda, or other papers, as required under sections "
            "7602, 7603, and 7604(b), neglects to appear or to produce ... shall, "
            "upon conviction thereof, be fined not more than $1,000, or imprisoned not more than 1 year, or both.", "ss"),
          SP(8),
          P("<b>Cover note from issuing officer:</b> This summons is issued in a criminal investigation of possible "
            "violations of 26 U.S.C. &#167; 7201 (attempt to evade or defeat tax) and 26 U.S.C. &#167; 7206(1) (false "
            "returns). Certified copies may be mailed to me in lieu of appearance. &#8212; SA Lucía Fernández-Ochoa, "
            "IRS Criminal Investigation, Denver Field Office, (720) 555-0174, lucia.fernandez-ochoa@ci.irs.gov", "sb")]
    wbin("bg25.pdf", build_pdf(p1 + p2))
    label("bg25", "born_digital", "IRS Form 2039 summons issued by CI special agent, approving-officer box, IRC provisions page",
          "irs-ci", "Internal Revenue Service, Criminal Investigation, Denver Field Office", "Lucía Fernández-Ochoa",
          "Special Agent", "lucia.fernandez-ochoa@ci.irs.gov", "(720) 555-0174",
          [subj("Gintaras Petrauskas", "1975-05-28", ssn_last4="8140"),
           subj("Rūta Petrauskienė", "1978-01-30", ssn_last4="2297")],
          ["26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7609", "26 USC 7610", "26 USC 7210",
           "26 USC 7201", "26 USC 7206"],
          "administrative_subpoena", "Form 2039", True, "criminal_investigation", ["wages", "employment", "claims"], "mail")


@doc
def bg26():
    cover = [P("U.S. Department of Justice", "sb"), P("United States Marshals Service", "h"),
             P("Northern District of Ohio", "cb"),
             P("Peter J. Vukovich, United States Marshal &#183; 801 West Superior Avenue, Suite 1200 &#183; Cleveland, Ohio 44113", "s"),
             HR(1), P("March 21, 2025"),
             P("Ohio Bureau of Motor Vehicles<br/>Law Enforcement Records Unit<br/>1970 West Broad Street<br/>Columbus, OH 43223"),
             P("RE: Fugitive Investigation &#8212; BLAKELY, Jerome Tavon &#8212; USMS No. 41877-060"),
             P("To whom it may concern:"),
             P("The U.S. Marshals Service is attempting to locate the above fugitive, who is the subject of the enclosed "
               "federal arrest warrant for violation of supervised release (18 U.S.C. &#167; 3583). The Marshals Service "
               "is authorized to investigate fugitive matters under 28 U.S.C. &#167; 566.", "bj"),
             P("Please provide the subject's most recent license photograph, all addresses of record and any vehicles "
               "registered to him. Subject: Jerome Tavon BLAKELY, DOB 02/11/1989, OH DL SB772104.", "bj"),
             P("Respectfully,"), SP(2), P("K. Brzezinski", "sig"),
             P("DUSM Kaitlyn M. Brzezinski<br/>Northern Ohio Violent Fugitive Task Force<br/>"
               "Desk (216) 555-0139 &#183; Cell (216) 555-0188<br/>kaitlyn.brzezinski@usdoj.gov"),
             SP(4), P("Encl.: AO 442 Arrest Warrant", "s"), PageBreak()]
    w = [P("AO 442 (Rev. 11/11) Arrest Warrant", "sxs"),
         P("UNITED STATES DISTRICT COURT", "sH"), P("for the", "sbc"), P("<u>Northern District of Ohio</u>", "sbc"), SP(6),
         T([[P("United States of America<br/>v.<br/><b>Jerome Tavon Blakely</b><br/><i>Defendant</i>", "cell"),
             P("<br/>Case No. 1:22-cr-00417-DAP", "cell")]], [4.0 * inch, 2.7 * inch], grid=False,
           extra=[("LINEAFTER", (0, 0), (0, 0), 0.6, colors.black)]), SP(6),
         P("ARREST WARRANT", "sh"),
         P("To: Any authorized law enforcement officer", "sb"),
         P("YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay "
           "<i>(name of person to be arrested)</i> <b>Jerome Tavon Blakely</b>, who is accused of an offense or violation "
           "based on the following document filed with the court:", "sb"),
         P(box(False) + " Indictment &#160; " + box(False) + " Superseding Indictment &#160; " + box(False) + " Information &#160; "
           + box(False) + " Complaint &#160; " + box(False) + " Probation Violation Petition &#160; "
           + box(True) + " Supervised Release Violation Petition &#160; " + box(False) + " Violation Notice &#160; "
           + box(False) + " Order of the Court", "ss"),
         P("This offense is briefly described as follows: Violation of the conditions of supervised release imposed "
           "following conviction for possession with intent to distribute cocaine base, 21 U.S.C. &#167; 841(a)(1).", "sb"),
         SP(8),
         T([["Date: 01/06/2025", P("<font name='Serif-I' size='12'>D. A. Pellegrino</font><br/>________________________<br/>"
                                   "<i>Issuing officer's signature</i>", "cell")],
            ["City and state: Cleveland, Ohio", P("Dana A. Pellegrino, U.S. District Judge<br/><i>Printed name and title</i>", "cell")]],
           [3.2 * inch, 3.5 * inch], grid=False), SP(10),
         P("Return", "sh"),
         P("This warrant was received on <i>(date)</i> __________, and the person was arrested on <i>(date)</i> __________ "
           "at <i>(city and state)</i> ______________________.", "ss")]
    pdf = build_pdf(cover + w)
    save_scanned(pdf, os.path.join(OUT, "bg26.pdf"), RNG)
    label("bg26", "scanned", "USMS cover (U.S. Marshal on letterhead, DUSM signs) + AO 442 arrest warrant",
          "doj-usms", "United States Marshals Service, Northern District of Ohio", "Kaitlyn M. Brzezinski",
          "Deputy United States Marshal", "kaitlyn.brzezinski@usdoj.gov", "(216) 555-0139",
          [subj("Jerome Tavon Blakely", "1989-02-11", license="SB772104")],
          ["18 USC 3583", "28 USC 566", "21 USC 841"], "judicial_warrant", "AO 442", True, "criminal_investigation",
          ["photo", "address", "vehicle"], "mail")


def mn_order_pdf():
    s = [T([[P("STATE OF MINNESOTA<br/><br/>COUNTY OF RAMSEY", "cellS"),
             P("DISTRICT COURT<br/><br/>SECOND JUDICIAL DISTRICT<br/>Court File No. 62-CR-25-1187", "cellS")]],
           [3.3 * inch, 3.4 * inch], grid=False), SP(6),
         P("In re: Application for an Order Directing Release of Unemployment Insurance Data", "cb"), SP(4),
         P("ORDER", "h"),
         P("Based upon the sworn application of Special Agent Ifrah M. Guled of the Minnesota Bureau of Criminal "
           "Apprehension, and the Court being satisfied that the data are necessary for the investigation of theft by "
           "swindle under Minn. Stat. &#167; 609.52, subd. 2(a)(4),", "bj"),
         P("IT IS HEREBY ORDERED:", "b"),
         P("1. Pursuant to Minn. Stat. &#167; 268.19, subd. 1, the Minnesota Department of Employment and Economic "
           "Development shall release to the Bureau of Criminal Apprehension all wage detail data, the names of all "
           "reporting employers, and all unemployment insurance claim data for the following individuals, for the period "
           "January 1, 2023 to the present:", "bj"),
         P("&#8226; Anton Sergeyevich VOLKOV, born 3 March 1983<br/>&#8226; Nadia Rahimovna KARIMOVA, born 10 October 1990", "ind"),
         P("2. The Department shall not notify the individuals of this Order for ninety (90) days.", "bj"),
         P("3. The data released shall be used only for purposes of the criminal investigation.", "bj"), SP(6),
         P("BY THE COURT:"), SP(2),
         P("<font name='Serif-I' size='13'>Theodore J. Lindgren</font><br/>__________________________<br/>"
           "Judge of District Court<br/>Dated: April 3, 2025")]
    return build_pdf(s)


@doc
def bg27():
    text = """Hi DEED Legal,

Attached is a photo of the signed order from Judge Lindgren (Ramsey County, file
62-CR-25-1187) directing release of UI wage detail and claim data for Anton Sergeyevich
VOLKOV (DOB 3/3/1983) and Nadia Rahimovna KARIMOVA (DOB 10/10/1990). Apologies for the
picture -- I'm in the field today and will bring the certified copy by the office Monday.

Please send the data to me directly at ifrah.guled@state.mn.us rather than to this intake
mailbox.

Thanks,

SA Ifrah M. Guled
Minnesota Bureau of Criminal Apprehension | Financial Crimes Section
Office: 651-555-0193 | Cell: 612-555-0144
ifrah.guled@state.mn.us
"""
    jpg = photo_jpeg(mn_order_pdf(), RNG)
    m = make_email({
        "From": "BCA Investigations Intake <bca.intake@state.mn.us>",
        "To": "DEED Legal Requests <deed.legal@state.mn.us>",
        "Subject": "Court order - UI data - 62-CR-25-1187",
        "Date": "Fri, 04 Apr 2025 12:02:51 -0500",
        "Message-ID": "<bg27.e41b@state.mn.us>",
    }, text=text, attachments=[("IMG_4471.jpg", "image/jpeg", jpg)])
    write_eml(os.path.join(OUT, "bg27.eml"), m)
    label("bg27", "eml", "state bureau shared intake mailbox, agent signature; photographed Minnesota court order as JPEG",
          "state-police", "Minnesota Bureau of Criminal Apprehension", "Ifrah M. Guled", "Special Agent",
          "ifrah.guled@state.mn.us", "651-555-0193",
          [subj("Anton Sergeyevich Volkov", "1983-03-03"), subj("Nadia Rahimovna Karimova", "1990-10-10")],
          ["MS 609.52", "MS 268.19"], "court_order", None, True, "criminal_investigation",
          ["wages", "employment", "claims"], "email")


@doc
def bg28():
    t = """From: Lucas Benavides-Orr <lucas.benavides-orr@ice.dhs.gov>
Date: Tue, 25 Feb 2025 16:44:02 -0700
To: records.request@state.co.us
Subject: info request

Good afternoon,

I'm an officer with U.S. Immigration and Customs Enforcement. Could your office provide the
current address on file, and the address history, for the following person:

    Name:  HORVAT KOVAČEVIĆ, Milena
    DOB:   1995-12-01
    A#:    A216 904 338

This request is for official use only. Authority: 8 U.S.C. 1357 and 8 CFR part 287.

Regards,

Officer Lucas Benavides-Orr
U.S. Immigration and Customs Enforcement
Department of Homeland Security
(303) 555-0135
"""
    wtxt("bg28", t)
    label("bg28", "txt", "short plain-text e-mail from ICE officer with no component named, A-number, 'official use'",
          "dhs-ice", "U.S. Immigration and Customs Enforcement", "Lucas Benavides-Orr", "Officer",
          "lucas.benavides-orr@ice.dhs.gov", "(303) 555-0135",
          [subj("Milena Horvat Kovačević", "1995-12-01", a_number="A216904338")],
          ["8 USC 1357", "8 CFR 287"], "none", None, False, "civil_immigration", ["address"], "email")


@doc
def bg29():
    cover = [P("U.S. Department of Justice", "sb"), P("United States Attorney's Office<br/>District of Colorado &#8212; Civil Division", "sb"),
             P("1801 California Street, Suite 1600 &#183; Denver, Colorado 80202 &#183; (303) 555-0102", "ss"), HR(1),
             P("January 29, 2025"),
             P("Custodian of Records<br/>Colorado Department of Revenue, Division of Motor Vehicles<br/>1881 Pierce Street<br/>Lakewood, CO 80214"),
             P("Re: <i>Ekwueme v. United States</i>, Civil Action No. 1:24-cv-02291-RMR-NRN"),
             P("Dear Custodian:"),
             P("This office represents the United States in the above action, a claim under the Federal Tort Claims Act, "
               "28 U.S.C. &#167; 2671 et seq., arising from a collision between the plaintiff's vehicle and a U.S. Postal "
               "Service truck. Enclosed is a subpoena issued under Fed. R. Civ. P. 45 for the plaintiff's driving records. "
               "Plaintiff's counsel, Hana Kurosawa, Esq., has been served with notice of the subpoena.", "bj"),
             P("Certified copies mailed to my attention by the compliance date will satisfy the subpoena.", "bj"),
             P("Sincerely,"), SP(2), P("/s/ Marcus J. Ellingson", "b"),
             P("MARCUS J. ELLINGSON<br/>Assistant United States Attorney<br/>marcus.ellingson@usdoj.gov &#183; (303) 555-0109"),
             SP(4), P("cc: Hana Kurosawa, Esq., Kurosawa &amp; Díaz LLC (counsel for plaintiff)", "s"), PageBreak()]
    sub = [P("AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action", "sxs"),
           P("UNITED STATES DISTRICT COURT", "sH"), P("for the", "sbc"), P("<u>District of Colorado</u>", "sbc"), SP(4),
           T([[P("ROSALIND ADAEZE EKWUEME<br/><i>Plaintiff</i><br/>v.<br/>UNITED STATES OF AMERICA<br/><i>Defendant</i>", "cell"),
               P("<br/>Civil Action No. 1:24-cv-02291-RMR-NRN", "cell")]], [3.9 * inch, 2.8 * inch], grid=False,
             extra=[("LINEAFTER", (0, 0), (0, 0), 0.6, colors.black)]), SP(6),
           P("SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS<br/>OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION", "sh"),
           P("To: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles", "sb"),
           P(box(True) + " <b>Production:</b> YOU ARE COMMANDED to produce at the time, date, and place set forth below the "
             "following documents, electronically stored information, or objects, and to permit inspection, copying, "
             "testing, or sampling of the material: the complete driving record (motor vehicle record), license status "
             "and restriction history, and any accident reports on file for Rosalind Adaeze EKWUEME, DOB 06/18/1979, "
             "Colorado DL 09-118-4472.", "sb"),
           T([["Place: U.S. Attorney's Office, 1801 California Street, Suite 1600, Denver, CO 80202",
               "Date and Time:<br/>02/21/2025 10:00 am"]], [4.6 * inch, 2.1 * inch]), SP(4),
           P("The following provisions of Fed. R. Civ. P. 45 are attached &#8211; Rule 45(c), relating to the place of "
             "compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and "
             "(g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.", "ss"),
           T([["Date: 01/29/2025", P("CLERK OF COURT &#160;&#160;&#160;&#160;&#160; OR &#160;&#160;&#160;&#160;&#160; "
                                     "<font name='Serif-I' size='11'>/s/ Marcus J. Ellingson</font><br/>"
                                     "_______________ &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160; ____________________<br/>"
                                     "<i>Signature of Clerk or Deputy Clerk</i> &#160;&#160;&#160; <i>Attorney's signature</i>", "cell")]],
             [2.2 * inch, 4.5 * inch], grid=False), SP(4),
           P("The name, address, e-mail address, and telephone number of the attorney representing <i>(name of party)</i> "
             "United States of America, who issues or requests this subpoena, are: Marcus J. Ellingson, Assistant United "
             "States Attorney, 1801 California Street, Suite 1600, Denver, CO 80202; marcus.ellingson@usdoj.gov; "
             "(303) 555-0109", "ss"),
           P("<b>Notice to the person who issues or requests this subpoena</b><br/>If this subpoena commands the production "
             "of documents, electronically stored information, or tangible things or the inspection of premises before "
             "trial, a notice and a copy of the subpoena must be served on each party in this case before it is served "
             "on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).", "ss"), PageBreak(),
           P("Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)", "sh"),
           P("<b>(c) Place of Compliance.</b> (2) For Other Discovery. A subpoena may command: (A) production of "
             "documents, electronically stored information, or tangible things at a place within 100 miles of where the "
             "person resides, is employed, or regularly transacts business in person.", "ss"),
           P("<b>(d) Protecting a Person Subject to a Subpoena; Enforcement.</b> (1) Avoiding Undue Burden or Expense; "
             "Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps "
             "to avoid imposing undue burden or expense on a person subject to the subpoena.", "ss"),
           P("<b>(e) Duties in Responding to a Subpoena.</b> (1) Producing Documents or Electronically Stored Information. "
             "(A) Documents. A person responding to a subpoena to produce documents must produce them as they are kept in "
             "the ordinary course of business or must organize and label them to correspond to the categories in the demand.", "ss"),
           P("<b>(g) Contempt.</b> The court for the district where compliance is required may hold in contempt a person "
             "who, having been served, fails without adequate excuse to obey the subpoena or an order related to it.", "ss")]
    wbin("bg29.pdf", build_pdf(cover + sub))
    label("bg29", "born_digital", "AUSA (civil) cover letter + AO 88B civil subpoena signed by attorney, FTCA case",
          "doj-usao", "United States Attorney's Office, District of Colorado - Civil Division", "Marcus J. Ellingson",
          "Assistant United States Attorney", "marcus.ellingson@usdoj.gov", "(303) 555-0109",
          [subj("Rosalind Adaeze Ekwueme", "1979-06-18", license="091184472")],
          ["28 USC 2671", "FRCP 45"], "court_subpoena", "AO 88B", True, "unknown", ["license", "other"], "mail")


@doc
def bg30():
    text = """Resending on behalf of BPA Ibáñez -- his original message below bounced back from the
old MVD address. Please reply to him directly, not to this mailbox.

EPT Station Intelligence Unit

________________________________
From: IBANEZ, RAFAEL (EPT) <rafael.ibanez@cbp.dhs.gov>
Sent: Monday, March 3, 2025 7:14 AM
To: mvd.lerequests@state.nm.us
Subject: Request - driver/vehicle info - smuggling case

Good morning,

I am a Border Patrol Agent assigned to the Santa Teresa Station, El Paso Sector. We are
investigating an alien smuggling load intercepted on NM-9 on February 27, 2025, in
violation of 8 U.S.C. § 1324(a)(1)(A)(ii). The load vehicle, a white 2016 Ford Transit
(NM plate BKR-442), is registered to the first person below; the second person was the
driver. I am requesting:

  - registration and title history for all vehicles registered to either person
  - residential address history
  - most recent DL photograph

  1. NÚÑEZ VALENZUELA, Gerardo   DOB 11/23/1980   NM DL 510 224 387
  2. Daisy Lorena TZUL CHÁVEZ    DOB 27 Feb 2001   (no NM DL located)

Thank you for your help.

BPA Rafael Ibáñez
U.S. Border Patrol | Santa Teresa Station | El Paso Sector
Desk: 575-555-0119 | Cell: 915-555-0176
rafael.ibanez@cbp.dhs.gov
"""
    m = make_email({
        "From": "EPT Intel Unit <ept.intel@cbp.dhs.gov>",
        "To": "NM MVD Law Enforcement Requests <mvd.lerequests.new@state.nm.us>",
        "Cc": "rafael.ibanez@cbp.dhs.gov",
        "Subject": "FW: Request - driver/vehicle info - smuggling case",
        "Date": "Tue, 04 Mar 2025 09:37:10 -0700",
        "Message-ID": "<bg30.1b2c@cbp.dhs.gov>",
    }, text=text)
    write_eml(os.path.join(OUT, "bg30.eml"), m)
    label("bg30", "eml", "unsigned shared-mailbox forward; Border Patrol agent's request and signature in quoted original",
          "dhs-cbp", "U.S. Border Patrol, Santa Teresa Station, El Paso Sector", "Rafael Ibáñez", "Border Patrol Agent",
          "rafael.ibanez@cbp.dhs.gov", "575-555-0119",
          [subj("Gerardo Núñez Valenzuela", "1980-11-23", license="510224387"),
           subj("Daisy Lorena Tzul Chávez", "2001-02-27")],
          ["8 USC 1324"], "none", None, False, "criminal_investigation", ["vehicle", "address", "photo"], "email")


@doc
def bg31():
    head = [T([[P("<b>SOCIAL SECURITY ADMINISTRATION</b><br/>OFFICE OF THE INSPECTOR GENERAL<br/>Office of Investigations &#8212; Denver Field Division", "sb"),
                P("Warren D. Olmsted<br/>Special Agent in Charge<br/><br/>1225 Seventeenth Street, Suite 1100<br/>Denver, CO 80202", "ss")]],
              [4.4 * inch, 2.3 * inch], grid=False), HR(1.5)]
    story = head + [
        P("March 17, 2025"),
        P("Colorado Department of Labor and Employment<br/>Employment and Training Programs &#8211; Wage Records<br/>633 17th Street<br/>Denver, CO 80202"),
        P("Our reference: PHI-2411-0387-D"),
        P("Dear Records Custodian:"),
        P("The Social Security Administration, Office of the Inspector General (SSA OIG) is conducting a criminal "
          "investigation of the individuals named below, who are suspected of concealing work activity while receiving "
          "Social Security disability and Supplemental Security Income benefits, in violation of 42 U.S.C. &#167; 408(a)(4) "
          "and 42 U.S.C. &#167; 1383a(a)(3).", "bj"),
        P("Pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. &#167; 406(a), we request quarterly wage "
          "records and the names and addresses of reporting employers for the period January 2020 to the present. "
          "We understand disclosure of such information to a federal official for a criminal investigation is "
          "permitted by 20 C.F.R. &#167; 603.5.", "bj"),
        T([["Name", "Date of Birth", "SSN"],
           ["Bogdan ILIĆ", "August 8, 1970", "XXX-XX-3307"],
           ["Guadalupe YÁÑEZ CARRILLO", "October 26, 1966", "XXX-XX-9052"]], [2.8 * inch, 1.8 * inch, 1.6 * inch]), SP(6),
        P("Please direct records and questions to Special Agent Nicole A. Fairbanks at (303) 555-0163 or "
          "nicole.fairbanks@ssa.gov.", "bj"),
        P("Sincerely,"), SP(4),
        P("Warren D. Olmsted<br/>Special Agent in Charge"),
        P("by: <font name='Serif-I' size='12'>Nicole A. Fairbanks</font>"),
        P("Nicole A. Fairbanks, Special Agent"), SP(8),
        P("cc: ASAC Jerome Kittredge<br/>SSA Office of Disability Operations, Baltimore", "s")]
    wbin("bg31.pdf", build_pdf(story, footer="SOCIAL SECURITY ADMINISTRATION  BALTIMORE, MD 21235-0001"))
    label("bg31", "born_digital", "SSA OIG letter with 'SAC / by: Special Agent' signature",
          "ssa-oig", "Social Security Administration, Office of the Inspector General, Denver Field Division",
          "Nicole A. Fairbanks", "Special Agent", "nicole.fairbanks@ssa.gov", "(303) 555-0163",
          [subj("Bogdan Ilić", "1970-08-08", ssn_last4="3307"), subj("Guadalupe Yáñez Carrillo", "1966-10-26", ssn_last4="9052")],
          ["42 USC 408", "42 USC 1383a", "5 USC 406", "20 CFR 603.5"], "none", None, False, "criminal_investigation",
          ["wages", "employment"], "mail")


@doc
def bg32():
    t = """Date: Fri, 07 Mar 2025 10:14:09 -0500
From: "Pham, Duc M - Pittsburgh, PA" <dmpham@uspis.gov>
To: PennDOT LE Requests <ra-penndotle@pa.gov>
Subject: Request for DL info - mail theft investigation - Case 4211873-MT

Hello,

The Postal Inspection Service is investigating a series of thefts from USPS collection boxes
in Allegheny County using stolen arrow keys, in violation of 18 U.S.C. § 1708 (theft of mail)
and 18 U.S.C. § 1704 (possession of stolen postal keys). I am requesting the current address,
the DL photograph and any registered vehicles for:

  KHALIL, Omar Nabil          DOB 01/19/1992    PA DL 33 456 781
  DUDEK, Weronika A.          DOB 07/07/1996    PA DL 30 118 542
  Tavares-Greenleaf, Jordan   DOB 02/02/2002

Release to a federal law enforcement agency is permitted by 18 U.S.C. § 2721(b)(1).
Please let me know if you need anything further from me.

Thank you,

Duc Minh Pham
Postal Inspector
U.S. Postal Inspection Service - Pittsburgh Division
Desk: 412-555-0124  Cell: 412-555-0193  Fax: 412-555-0125
dmpham@uspis.gov

cc: Team Leader Insp. Marguerite O'Shea
"""
    wtxt("bg32", t)
    label("bg32", "txt", "plain-text e-mail from postal inspector, From 'Last, First MI - City' vs full-name signature, 3 subjects",
          "usps-uspis", "U.S. Postal Inspection Service - Pittsburgh Division", "Duc Minh Pham", "Postal Inspector",
          "dmpham@uspis.gov", "412-555-0124",
          [subj("Omar Nabil Khalil", "1992-01-19", license="33456781"),
           subj("Weronika A. Dudek", "1996-07-07", license="30118542"),
           subj("Jordan Tavares-Greenleaf", "2002-02-02")],
          ["18 USC 1708", "18 USC 1704", "18 USC 2721"], "none", None, False, "criminal_investigation",
          ["address", "photo", "vehicle"], "email")


if __name__ == "__main__":
    for fn in DOCS:
        fn()
    print("built", len(DOCS), "documents")
