"""blind_f: 32 labelled request documents (independent author, never shown the program).

Run:  /work/main/.venv/bin/python samples/blind_f/build.py   (deterministic; optional ids as args)
Needs reportlab, Pillow, numpy and poppler (pdftoppm).

Rendering helpers for the blind_f sample set (independent author).

Markup used by the document texts (one directive per line, blank line = paragraph gap):
  # text      centred, bold, large            ## text   centred, bold
  ^ text      centred                          > text    right aligned
  ~ text      small print                      ---       horizontal rule
  ===         page break                       |a|b|     table row (first row = header, bold)
  |!a|b|      table row, grid without header  %% n      vertical space of n points
  **x**       bold                             [ ] [x]   check boxes
Every other line keeps its line break; long lines wrap.
"""
import io
import os
import re
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
_FAMILIES = {
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique",
             "DejaVuSansCondensed-BoldOblique"),
    "scond": ("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-Italic",
              "DejaVuSerifCondensed-BoldItalic"),
    "mono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique",
             "DejaVuSansMono-BoldOblique"),
}
for fam, faces in _FAMILIES.items():
    for f in faces:
        pdfmetrics.registerFont(TTFont(f, FONTDIR + f + ".ttf"))
    pdfmetrics.registerFontFamily(faces[0], normal=faces[0], bold=faces[1], italic=faces[2],
                                  boldItalic=faces[3])


def _esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<!_)__([^_\s](?:[^_\n]*?[^_\s])?)__(?!_)", r"<i>\1</i>", s)
    s = s.replace("[x]", '<font name="DejaVuSans">\u2612</font>').replace(
        "[X]", '<font name="DejaVuSans">\u2612</font>').replace("[ ]", '<font name="DejaVuSans">\u2610</font>')
    return s


def build_story(markup, family="serif", size=10.5, leading=None):
    normal, bold = _FAMILIES[family][0], _FAMILIES[family][1]
    leading = leading or size * 1.28
    st = {
        "p": ParagraphStyle("p", fontName=normal, fontSize=size, leading=leading, alignment=TA_LEFT),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=size + 7, alignment=TA_CENTER),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=size + 4, alignment=TA_CENTER),
        "c": ParagraphStyle("c", fontName=normal, fontSize=size, leading=leading, alignment=TA_CENTER),
        "r": ParagraphStyle("r", fontName=normal, fontSize=size, leading=leading, alignment=TA_RIGHT),
        "s": ParagraphStyle("s", fontName=normal, fontSize=size - 2.5, leading=(size - 2.5) * 1.25),
        "cell": ParagraphStyle("cell", fontName=normal, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.2),
    }
    story = []
    lines = markup.strip("\n").split("\n")
    i = 0
    buf = []

    def flush():
        if buf:
            story.append(Paragraph("<br/>".join(_esc(x) for x in buf), st["p"]))
            story.append(Spacer(1, size * 0.55))
            buf.clear()

    while i < len(lines):
        ln = lines[i]
        s = ln.strip()
        if s.startswith("|"):
            flush()
            rows, header = [], True
            while i < len(lines) and lines[i].strip().startswith("|"):
                r = lines[i].strip()
                if r.startswith("|!"):
                    header = False
                    r = "|" + r[2:]
                rows.append([c.strip() for c in r.strip("|").split("|")])
                i += 1
            ncol = max(len(r) for r in rows)
            data = []
            for k, r in enumerate(rows):
                r = r + [""] * (ncol - len(r))
                sty = st["cellb"] if (header and k == 0) else st["cell"]
                data.append([Paragraph(_esc(c).replace("\\n", "<br/>"), sty) for c in r])
            t = Table(data, colWidths=[6.8 * inch / ncol] * ncol if ncol > 1 else [6.8 * inch])
            ts = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, size * 0.7))
            continue
        if s == "":
            flush()
        elif s == "===":
            flush()
            story.append(PageBreak())
        elif s == "---":
            flush()
            story.append(HRFlowable(width="100%", thickness=1, color=colors.black, spaceBefore=2, spaceAfter=6))
        elif s.startswith("%%"):
            flush()
            story.append(Spacer(1, float(s[2:].strip() or 10)))
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(_esc(s[3:]), st["h2"]))
        elif s.startswith("# "):
            flush()
            story.append(Paragraph(_esc(s[2:]), st["h1"]))
        elif s.startswith("^ "):
            flush()
            story.append(Paragraph(_esc(s[2:]), st["c"]))
        elif s.startswith("> "):
            flush()
            story.append(Paragraph(_esc(s[2:]), st["r"]))
        elif s.startswith("~ "):
            flush()
            story.append(Paragraph(_esc(s[2:]), st["s"]))
            story.append(Spacer(1, 2))
        else:
            buf.append(ln.rstrip())
        i += 1
    flush()
    return story


def make_pdf(markup, family="serif", size=10.5, footer=None, margins=0.85, title=""):
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=letter, leftMargin=margins * inch, rightMargin=margins * inch,
                            topMargin=0.7 * inch, bottomMargin=0.75 * inch, title=title, author="",
                            creator="", producer="")
    fontname = _FAMILIES[family][0]

    def on_page(canv, d):
        if footer:
            canv.saveState()
            canv.setFont(fontname, 7.5)
            txt = footer.replace("{page}", str(d.page))
            canv.drawString(margins * inch, 0.45 * inch, txt)
            canv.restoreState()

    doc.build(build_story(markup, family, size), onFirstPage=on_page, onLaterPages=on_page)
    return bio.getvalue()


def pdf_to_images(pdf_bytes, dpi=200, gray=True):
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "in.pdf"
        p.write_bytes(pdf_bytes)
        args = ["pdftoppm", "-r", str(dpi), "-png"]
        if gray:
            args.append("-gray")
        subprocess.run(args + [str(p), str(Path(td) / "pg")], check=True)
        files = sorted(Path(td).glob("pg*.png"))
        return [Image.open(f).copy() for f in files]


def degrade(img, rng, angle=0.0, turn=0, noise=9.0, bg=228, jpeg_q=55, blur=0.6, speckle=0.0009):
    """Scanner look: grey paper, noise, speckles, slight skew, optional 90/180 turn, JPEG artifacts."""
    img = img.convert("L")
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32) / 255.0
    a = a * bg + (1 - a) * rng.uniform(18, 40)
    # uneven illumination: soft gradient across the page
    h, w = a.shape
    grad = np.linspace(0, rng.uniform(-14, 14), w)[None, :] + np.linspace(0, rng.uniform(-10, 10), h)[:, None]
    a = a + grad
    a = a + rng.normal(0, noise, a.shape)
    mask = rng.random(a.shape) < speckle
    a[mask] = rng.uniform(20, 90)
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, "L")
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=int(bg * 0.93))
    if turn:
        img = img.rotate(turn, expand=True)
    bio = io.BytesIO()
    img.save(bio, "JPEG", quality=jpeg_q)
    return Image.open(io.BytesIO(bio.getvalue())).copy()


def images_to_pdf(images, dpi=200):
    bio = io.BytesIO()
    ims = [im.convert("L") for im in images]
    ims[0].save(bio, "PDF", resolution=float(dpi), save_all=True, append_images=ims[1:],
                title="scan", author="", creator="", producer="",
                creationDate=None, modDate=None)
    return bio.getvalue()


_MONO = FONTDIR + "DejaVuSansMono.ttf"


def fax_pages(images, header_fmt, rng, threshold=150):
    """1-bit fax pages; header_fmt gets page and total."""
    out = []
    n = len(images)
    font = ImageFont.truetype(_MONO, 22)
    for k, im in enumerate(images, 1):
        im = im.convert("L")
        a = np.asarray(im).astype(np.float32)
        a = a + rng.normal(0, 22, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        ang = rng.uniform(-0.6, 0.6)
        im = im.rotate(ang, resample=Image.BILINEAR, expand=False, fillcolor=255)
        bw = im.point(lambda v: 255 if v > threshold else 0, "L")
        canvas = Image.new("L", (bw.width, bw.height), 255)
        canvas.paste(bw.crop((0, 0, bw.width, bw.height - 40)), (0, 40))
        d = ImageDraw.Draw(canvas)
        d.text((30, 8), header_fmt.format(page=k, total=n), font=font, fill=0)
        # random speckle dropouts typical of fax lines
        arr = np.asarray(canvas).copy()
        m = rng.random(arr.shape) < 0.0004
        arr[m] = 0
        out.append(Image.fromarray(arr, "L").convert("1"))
    return out


def save_fax(pages, path):
    bio = io.BytesIO()
    pages[0].save(bio, "TIFF", compression="group4", dpi=(200, 200), save_all=True,
                  append_images=pages[1:])
    Path(path).write_bytes(bio.getvalue())


def image_bytes(img, fmt="PNG", quality=70):
    bio = io.BytesIO()
    if fmt == "JPEG":
        img.convert("L").save(bio, "JPEG", quality=quality)
    else:
        img.convert("L").save(bio, "PNG", optimize=True)
    return bio.getvalue()

# ---------------------------------------------------------------------------------------------
# Documents bf01 - bf11
# ---------------------------------------------------------------------------------------------

DOCS = []


def doc(**kw):
    DOCS.append(kw)
    return kw


# ---------------- bf01 : ERO letter, no process, born digital ----------------
BF01 = """
**U.S. Department of Homeland Security**
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations – Denver Field Office
12445 E. Caley Avenue, Centennial, CO 80111
---
> January 14, 2025

VIA FIRST-CLASS MAIL

Colorado Department of Revenue
Division of Motor Vehicles – Driver Records Section
1881 Pierce Street
Lakewood, CO 80214

**Re: Request for Records – ERO Denver Ref. DEN-FUG-25-0093**

Dear Records Custodian:

U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), respectfully requests your assistance in obtaining records maintained by your Division concerning the individuals listed in the table below.

This request is made pursuant to the authority contained in section 287 of the Immigration and Nationality Act (INA), 8 U.S.C. § 1357(a), and the implementing regulations at 8 C.F.R. § 287.5(a)(1). The information is requested for official use only and will be used solely in the performance of ERO's official duties.

|Name (Last, First Middle)|Date of Birth|A-Number|Colorado DL/ID No.|
|GÓMEZ IBÁÑEZ, Luis Alberto|07/22/1988|A 208 114 563|17-042-3381|
|NÚÑEZ, Rosa María|02/11/1991|A 215 900 127|None known|

For each individual, please provide: (1) all residential and mailing addresses on file, with the date each address was reported; (2) the most recent driver license or identification card photograph; and (3) any vehicles currently or previously registered in the individual's name, including plate number and VIN.

Responsive records may be returned to the undersigned at the address above or electronically. ERO appreciates your continued cooperation. Should you have any questions regarding this request, please contact me directly.

Sincerely,

%% 14
__Kyle R. Brandt__
Kyle R. Brandt
Supervisory Detention and Deportation Officer
Fugitive Operations Unit, ERO Denver
Tel: (303) 555-0142 | Fax: (303) 555-0143
kyle.r.brandt@ice.dhs.gov

cc: Assistant Field Office Director, Fugitive Operations
      A-File (2)

~ WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552). It is to be controlled, stored, handled, transmitted, distributed, and disposed of in accordance with DHS policy relating to FOUO information and is not to be released to the public or other personnel who do not have a valid "need-to-know" without prior approval of an authorized DHS official.
"""
doc(id="bf01", fmt="born_digital", template="ERO Denver fugitive-ops letter to DMV, subjects in table, FOUO footer",
    pdf=dict(markup=BF01, family="serif", size=10.5, footer="ERO Denver • DEN-FUG-25-0093 • Page {page}"),
    texts=[BF01],
    label=dict(agency_key="dhs-ice-ero", agency_name="U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Denver Field Office",
               person="Kyle R. Brandt", title="Supervisory Detention and Deportation Officer",
               email="kyle.r.brandt@ice.dhs.gov", phone="(303) 555-0142",
               subjects=[("Luis Alberto Gómez Ibáñez", "1988-07-22", [("a_number", "A208114563"), ("license", "170423381")]),
                         ("Rosa María Núñez", "1991-02-11", [("a_number", "A215900127")])],
               basis=["INA 287", "8 USC 1357", "8 CFR 287.5", "5 USC 552"],
               ptype="none", form=None, attached=False, purpose="civil_immigration",
               records=["address", "photo", "vehicle"], channel="mail"))


# ---------------- bf02 : FBI e-mail thread forwarded inside DMV, no process ----------------
BF02_BODY = """Hi team,

Forwarding for logging and supervisor review -- the agent replied with a
case number and the statutes (see below). I have NOT released anything
yet. Both subjects have CO records; the second one only has an ID card.

Thanks,
Priya

Priya Raman
Records Analyst | Driver Records Unit
Colorado Division of Motor Vehicles
P 303.555.0107 | 1881 Pierce St, Lakewood, CO 80214

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,
is for the sole use of the intended recipient(s) and may contain
confidential and privileged information, including personal information
protected from disclosure under the Colorado Open Records Act, C.R.S.
24-72-201 et seq. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient,
please contact the sender by reply e-mail and destroy all copies of the
original message.

-----Original Message-----
From: Moreno, Daniel J. (DN) (FBI) <djmoreno@fbi.gov>
Sent: Tuesday, March 4, 2025 9:12 AM
To: Raman, Priya <priya.raman@state.co.us>
Subject: RE: Records request - TRAN / NGUYEN

Priya,

Thanks for the quick response, understood on the policy. This is an open
criminal investigation -- FBI case no. 196B-DN-3487211 -- into identity
theft and aggravated identity theft (18 U.S.C. §§ 1028(a)(7) and
1028A). Both individuals are believed to have obtained Colorado
credentials in the names of other people, and the photos are needed for
a photo lineup with a bank employee. There is no immigration component
to this case.

Still looking for the same three things for each: the DL/ID photo, the
address history, and anything registered to them.

Appreciate it,
Dan

Daniel J. Moreno
Special Agent
Federal Bureau of Investigation | Denver Field Office
8000 E. 36th Ave, Denver, CO 80238
Desk: 303-555-0177 | Cell: 720-555-0178

UNCLASSIFIED

-----Original Message-----
From: Raman, Priya <priya.raman@state.co.us>
Sent: Monday, March 3, 2025 5:02 PM
To: Moreno, Daniel J. (DN) (FBI) <djmoreno@fbi.gov>
Subject: RE: Records request - TRAN / NGUYEN

Agent Moreno,

We received your request below. Under Colorado law (C.R.S. § 24-74-103)
we can only release personal identifying information in certain
circumstances. Could you please tell us the purpose of the request, the
legal basis, and a case number if there is one?

Regards,
Priya Raman
Records Analyst | Driver Records Unit

On Mon, Mar 3, 2025 at 4:47 PM, Moreno, Daniel J. (DN) (FBI) <djmoreno@fbi.gov> wrote:
> Hello,
>
> I'm a Special Agent with the FBI Denver Field Office. I'd like to request
> the DL photo, address history and any registered vehicles for the
> following two people:
>
> 1) TRAN, Van Minh (TRẦN Văn Minh) -- DOB 11 Sep 1979 -- CO DL 09-118-2275
> 2) NGUYEN, Thi Hoa -- DOB 1983-05-30 -- CO ID# unknown
>
> Please let me know if you need anything further. Thank you!
>
> Dan Moreno
> SA, FBI Denver
> 303-555-0177
"""
doc(id="bf02", fmt="eml", template="internal forward of a 3-message FBI thread (Outlook + Gmail quoting)",
    eml=dict(frm=("Raman, Priya", "priya.raman@state.co.us"), to=("DMV Records Compliance", "dor_dmv_compliance@state.co.us"),
             date="Tue, 04 Mar 2025 10:26:41 -0700", subject="FW: RE: Records request - TRAN / NGUYEN",
             text=BF02_BODY),
    texts=[BF02_BODY],
    label=dict(agency_key="doj-fbi", agency_name="Federal Bureau of Investigation, Denver Field Office",
               person="Daniel J. Moreno", title="Special Agent", email="djmoreno@fbi.gov", phone="303-555-0177",
               subjects=[("Văn Minh Trần", "1979-09-11", [("license", "091182275")]),
                         ("Thi Hoa Nguyen", "1983-05-30", [])],
               basis=["18 USC 1028", "18 USC 1028A", "CRS 24-74-103", "CRS 24-72-201"],
               ptype="none", form=None, attached=False, purpose="criminal_investigation",
               records=["photo", "address", "vehicle"], channel="email"))


# ---------------- bf03 : Texas evidentiary search warrant, scanned, page 3 upside down ----------------
BF03 = """
# HARRIS COUNTY SHERIFF'S OFFICE
^ Criminal Investigations Bureau – Major Assaults Unit
^ 1200 Baker Street • Houston, Texas 77002
---
February 21, 2025

Texas Workforce Commission
Office of General Counsel – Subpoena/Warrant Response
101 East 15th Street, Room 266
Austin, TX 78778-0001

SENT VIA CERTIFIED MAIL 7022 1670 0001 8834 2210

**RE: Search Warrant – HCSO Incident No. 25-0048812**

To Whom It May Concern:

Enclosed please find a search warrant signed by the Honorable Denise W. Abernathy, Judge of the 180th District Court of Harris County, Texas, commanding the production of employment and wage records pertaining to JESUS ALEJANDRO DE LA CRUZ SALINAS (H/M, DOB 04/09/1990, TX DL 41829375).

Mr. De la Cruz Salinas is the suspect in an Aggravated Assault with a Deadly Weapon (Tex. Penal Code § 22.02) which occurred on January 30, 2025, in which the complainant, Terrence Boyd, sustained serious bodily injury. He has not been located. His current employer and any address or telephone number he reported to your agency will assist in locating him.

Please forward the responsive records, together with a business records affidavit, to my attention at the address above or by e-mail. If you have any questions please do not hesitate to contact me.

Respectfully,

%% 12
__M. Treviño__
Det. Sgt. Marisol Treviño #4471
Major Assaults Unit
Harris County Sheriff's Office
(713) 555-0118
marisol.trevino@sheriff.hctx.net

Encl.: Search Warrant (2 pp.)
===
## SEARCH WARRANT
^ (Evidentiary – Art. 18.02(a)(10), Texas Code of Criminal Procedure)

|!THE STATE OF TEXAS|§|No. 25-SW-01934|
|!COUNTY OF HARRIS|§| |

THE STATE OF TEXAS, to the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas, GREETINGS:

WHEREAS, the Affiant, Detective Sergeant Marisol Treviño, whose name appears on the Affidavit attached hereto, is a peace officer under the laws of Texas and did heretofore this day subscribe and swear to said Affidavit before me, and whereas I find that the verified facts stated by Affiant in said Affidavit show that Affiant has probable cause for the belief that the property described therein constitutes evidence that the offense of Aggravated Assault, a felony of the second degree under Section 22.02 of the Texas Penal Code, was committed, and that a particular person committed said offense, and that the items to be searched for are in the possession of the Texas Workforce Commission, 101 East 15th Street, Austin, Travis County, Texas;

NOW, THEREFORE, you are commanded to search for and seize the following records, which the Court finds satisfy the requirements of Article 18.01(c) of the Code of Criminal Procedure:

1. All quarterly wage records reported by any employer for JESÚS ALEJANDRO DE LA CRUZ SALINAS, date of birth April 9, 1990, for the period January 1, 2023 to the present;
2. The names, addresses and telephone numbers of every employer reporting wages for said person;
3. All residential and mailing addresses, telephone numbers and e-mail addresses provided by said person in any claim for unemployment benefits.

The custodian of said records may comply with this warrant by delivering true copies of the records to the officer executing it.

HEREIN FAIL NOT, and due return make hereof.

ISSUED on this the 20th day of February, 2025, at 4:12 o'clock p.m., to certify which witness my hand this day.

%% 20
______________________________
JUDGE PRESIDING, 180th DISTRICT COURT
HARRIS COUNTY, TEXAS
Printed name: Hon. Denise W. Abernathy
===
## OFFICER'S RETURN AND INVENTORY

|!Warrant No.|25-SW-01934|
|!Executed on|______________, 2025|
|!Executed by|Det. Sgt. M. Treviño #4471, HCSO|
|!Manner|By delivery of a copy to the custodian of records|

The undersigned Affiant, a peace officer, received the foregoing warrant on the day it was issued and executed it as stated above by delivering a copy of same to the records custodian of the Texas Workforce Commission, and seized the following property:

_____________________________________________________________
_____________________________________________________________
_____________________________________________________________

%% 16
Affiant: ______________________________

Sworn to and subscribed before me on ______________, 2025.

______________________________
Judge / Notary Public
"""
doc(id="bf03", fmt="scanned", template="HCSO cover letter + Texas evidentiary search warrant + return (page 3 upside down)",
    pdf=dict(markup=BF03, family="serif", size=10.5),
    scan=[dict(angle=0.8), dict(angle=-1.3), dict(angle=0.5, turn=180)],
    texts=[BF03],
    label=dict(agency_key="sheriff", agency_name="Harris County Sheriff's Office", person="Marisol Treviño",
               title="Detective Sergeant", email="marisol.trevino@sheriff.hctx.net", phone="(713) 555-0118",
               subjects=[("Jesús Alejandro de la Cruz Salinas", "1990-04-09", [("license", "41829375")])],
               basis=["TX PC 22.02", "TX CCP 18.02", "TX CCP 18.01"],
               ptype="judicial_warrant", form=None, attached=True, purpose="criminal_investigation",
               records=["employment", "wages", "address", "phone", "email"], channel="mail"))


# ---------------- bf04 : I-247A detainer, faxed to Utah DOC ----------------
BF04 = """
# FAX TRANSMITTAL
^ U.S. Department of Homeland Security
^ Immigration and Customs Enforcement – ERO Salt Lake City
^ 2975 S. Decker Lake Drive, West Valley City, UT 84119
---
|!TO:|Utah Department of Corrections – Records Bureau / Offender Management|
|!ATTN:|Detainer Clerk|
|!FAX:|(801) 555-0124|
|!FROM:|DO Brandon K. Kealoha|
|!PHONE:|(801) 555-0163|
|!DATE:|02/18/2025|
|!PAGES:|3 (including cover)|

[x] Urgent      [ ] For Review      [ ] Please Comment      [x] Please Reply

**Re: Immigration Detainer – KOVALENKO, Oleksandr Petrovych – UDC Offender #284511**

Please lodge the attached Form I-247A against the above offender. In addition, please fax back the offender's projected release date and a copy of the most recent facility photograph to (801) 555-0199, or e-mail brandon.kealoha@ice.dhs.gov.

Thank you for your assistance.

~ CONFIDENTIALITY NOTICE: This facsimile contains law enforcement sensitive information intended only for the named recipient. If you have received this transmission in error, please notify the sender immediately by telephone and destroy the documents.
===
|!DEPARTMENT OF HOMELAND SECURITY|**IMMIGRATION DETAINER – NOTICE OF ACTION**|

|!Event #: SLC2502000134|File No: A 201 337 845|Date: February 18, 2025|

|!TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)\\nUtah Department of Corrections\\nUtah State Correctional Facility, Salt Lake City, UT|FROM: (Department of Homeland Security Office Address)\\nICE ERO Salt Lake City Field Office\\n2975 S. Decker Lake Drive, West Valley City, UT 84119|

|!Name of Alien: KOVALENKO, Oleksandr Petrovych|Date of Birth: 12/03/1985|Citizenship: Ukraine|Sex: M|
|!FBI #: 558372MD4|UDC #: 284511|Nationality: Ukrainian| |

**1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON** (complete box 1 or 2):
[ ] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[x] Biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] Statements made by the alien to an immigration officer and/or other reliable evidence that affirmatively indicate the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

**2.** [ ] DHS HAS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION (complete box 1 or 2).

**IT IS THEREFORE REQUESTED THAT YOU:**
• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling [x] U.S. Immigration and Customs Enforcement (ICE) or [ ] U.S. Customs and Border Protection (CBP) at (801) 555-0163. If you cannot reach an official at the number(s) provided, please contact the Law Enforcement Support Center at (802) 555-0100.
• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody. The alien must be served with a copy of this form for the detainer to take effect. This detainer arises from DHS authorities and should not impede the originating criminal charges or the alien's release on those charges.
• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
• Notify this office in the event of the alien's death, hospitalization or transfer to another institution.

[ ] If checked: please cancel the detainer related to this alien previously submitted to you on ____________ (date).

|!Brandon K. Kealoha, Deportation Officer\\n(Name and title of Immigration Officer)|__B. Kealoha__\\n(Signature of Immigration Officer)|

~ This detainer is issued pursuant to 8 U.S.C. §§ 1226 and 1357 and 8 C.F.R. § 287.7. Notice: Once in custody of DHS, the alien may be removed from the United States. If the alien may be the victim of a crime, or if you want the alien to remain in the United States for a law enforcement purpose, notify the ICE Law Enforcement Support Center at (802) 555-0100.
^ DHS Form I-247A (3/17)                                                                    Page 1 of 2
===
## NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice to a law enforcement agency that DHS intends to assume custody of you (after you otherwise would be released from custody) because there is probable cause that you are subject to removal from the United States under federal immigration law. DHS has requested that the law enforcement agency which is currently detaining you maintain custody of you for a period not to exceed 48 hours beyond the time when you would have otherwise been released.

If you have a complaint regarding this detainer or related to violations of civil rights or civil liberties connected to DHS activities, please contact the ICE Joint Intake Center at 1-877-555-0102. If you believe you are a United States citizen or the victim of a crime, please advise DHS by calling the ICE Law Enforcement Support Center toll free at (855) 555-0104.

## NOTIFICACIÓN A LA PERSONA DETENIDA
El Departamento de Seguridad Nacional (DHS) ha emitido una orden de detención inmigratoria en su contra. Mediante esta orden, se notifica a los organismos policiales que el DHS pretende arrestarle cuando usted cumpla su reclusión actual. El DHS ha solicitado que el organismo policial que le tiene detenido actualmente le mantenga bajo custodia por un período no mayor a 48 horas adicionales al tiempo en el que habría sido puesto en libertad.

^ DHS Form I-247A (3/17)                                                                    Page 2 of 2
"""
doc(id="bf04", fmt="fax", template="ERO fax cover + I-247A detainer + bilingual notice page",
    pdf=dict(markup=BF04, family="sans", size=9.5),
    fax_header="FEB-18-2025 14:07  FROM:ICE ERO SLC  8015550199   TO:18015550124       P.{page:03d}/{total:03d}",
    texts=[BF04],
    label=dict(agency_key="dhs-ice-ero", agency_name="Immigration and Customs Enforcement – ERO Salt Lake City",
               person="Brandon K. Kealoha", title="Deportation Officer", email="brandon.kealoha@ice.dhs.gov",
               phone="(801) 555-0163",
               subjects=[("Oleksandr Petrovych Kovalenko", "1985-12-03",
                          [("a_number", "A201337845"), ("other", "558372MD4"), ("other", "284511")])],
               basis=["8 USC 1226", "8 USC 1357", "8 CFR 287.7"],
               ptype="detainer", form="I-247A", attached=True, purpose="civil_immigration",
               records=["other", "photo"], channel="fax"))


# ---------------- bf05 : pasted web-form submission, Lakewood PD ----------------
BF05 = """\
From: noreply-lerequest@state.co.us
Subject: [LE Request Portal] New submission LE-2025-004417

A new law enforcement records request has been submitted through the
Colorado DMV Law Enforcement Request Portal. Do not reply to this
message. Log in to the portal to view attachments.

==================== SUBMISSION LE-2025-004417 ====================
Submitted ............ 2025-02-06 15:22:09 MST
Form version ......... LE-REQ v3.2

--- REQUESTING AGENCY ---
Agency Name .......... Lakewood Police Department
Agency ORI ........... CO0300900
Street Address ....... 445 S. Allison Pkwy, Lakewood, CO 80226
Requesting Officer ... Whitcomb, Aaron
Rank / Title ......... Detective
Badge / ID # ......... 2187
Phone ................ 303-555-0129
E-mail ............... awhitcomb@lakewoodco.gov
Supervisor ........... Sgt. Lorraine Pacheco

--- CASE INFORMATION ---
Case / Report # ...... LPD 25-006312
Offense .............. Burglary 2nd Degree - C.R.S. 18-4-203
Purpose of request ... (x) Active criminal investigation
                       ( ) Crime in progress / exigent
                       ( ) Required by state or federal law
                       ( ) Other
Narrative:
  Subject was identified through pawn shop records (Leads Online) as
  having pawned jewelry and a laptop taken in a residential burglary on
  01/28/2025. Victim is Gerald Okafor. Need current address and photo to
  prepare a photo array and to locate subject for interview.

--- SUBJECT 1 ---
Last Name ............ WARSAME
First Name ........... Hodan
Middle Name .......... Abdullahi
Date of Birth ........ 06/14/1996
DL / ID # ............ 160523498
Sex .................. F

--- SUBJECT 2 ---
(none entered)

--- RECORDS REQUESTED ---
[X] Driver license / ID record (status, issue dates)
[X] License / ID photograph
[ ] Vehicle registration
[X] Address history
[ ] Other: ______

--- CERTIFICATION ---
[X] I certify that I am a sworn law enforcement officer, that this
    request is made for a permissible law enforcement purpose under the
    Driver's Privacy Protection Act, 18 U.S.C. 2721(b)(1), and C.R.S.
    42-1-206, and that the information will not be used for civil
    immigration enforcement.
Electronic signature: Aaron Whitcomb  (IP 10.44.18.203)

==================================================================
This message was generated automatically by the LE Request Portal.
"""
doc(id="bf05", fmt="txt", template="portal web-form submission e-mailed as plain text (dotted-leader fields)",
    txt=BF05, texts=[BF05],
    label=dict(agency_key="local-police", agency_name="Lakewood Police Department", person="Aaron Whitcomb",
               title="Detective", email="awhitcomb@lakewoodco.gov", phone="303-555-0129",
               subjects=[("Hodan Abdullahi Warsame", "1996-06-14", [("license", "160523498")])],
               basis=["CRS 18-4-203", "18 USC 2721", "CRS 42-1-206"],
               ptype="none", form=None, attached=False, purpose="criminal_investigation",
               records=["license", "photo", "address"], channel="email"))


# ---------------- bf06 : I-138 Immigration Enforcement Subpoena to CDLE, born digital ----------------
BF06 = """
**U.S. Department of Homeland Security**
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations
Denver Field Office
---
> January 27, 2025

**CERTIFIED MAIL – RETURN RECEIPT REQUESTED**

Custodian of Records
Colorado Department of Labor and Employment
Unemployment Insurance Division
633 17th Street, Suite 201
Denver, CO 80202

**Re: Immigration Enforcement Subpoena No. DEN-25-ERO-0317**

Dear Custodian of Records:

Enclosed for service upon you is an Immigration Enforcement Subpoena (DHS Form I-138) issued under section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4. The subpoena requires the production of the records described in the Schedule of Records on or before **February 18, 2025**.

In lieu of a personal appearance, you may satisfy the subpoena by mailing legible copies of the responsive records to this office, together with the enclosed certificate of authenticity, or by e-mailing them to the address below. Please reference the subpoena number in all correspondence.

Sincerely,

%% 12
__G. T. Lindqvist__
Gregory T. Lindqvist
Assistant Field Office Director
ERO Denver Field Office
12445 E. Caley Avenue, Centennial, CO 80111
(303) 555-0151 • gregory.lindqvist@ice.dhs.gov

Enclosures: DHS Form I-138; Schedule of Records; Certificate of Authenticity
===
|!**U.S. DEPARTMENT OF HOMELAND SECURITY**|**IMMIGRATION ENFORCEMENT SUBPOENA**\\nTo Appear and/or Produce Records\\n(8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4)|
|!Subpoena No.: DEN-25-ERO-0317|File No.: A 219 455 032|

|!In the matter of:\\nIBÁÑEZ CÁRDENAS, Wilmer Ernesto (DOB 1992-05-06)|To:\\nCustodian of Records\\nColorado Department of Labor and Employment\\n633 17th Street, Suite 201, Denver, CO 80202|

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED TO:
[ ] Appear before ____________________, an officer of the Department of Homeland Security, at the place, date and time stated below, to testify and give information relating to the matter indicated;
[x] Produce the records and/or things described in the attached Schedule of Records, at the place, date and time stated below.

|!Place: ICE ERO Denver, 12445 E. Caley Avenue, Centennial, CO 80111|Date: 02/18/2025|Time: 10:00 a.m.|

This subpoena is issued pursuant to section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4, in connection with an investigation or inquiry relating to the enforcement of the immigration laws of the United States, including the admissibility and removability of the individual named above. Failure to comply with this subpoena may result in the Department of Homeland Security seeking an order from a United States District Court compelling compliance, and any failure to obey such order of the court may be punished by the court as a contempt thereof (8 U.S.C. § 1225(d)(4)(B)).

|!Name and title of issuing officer:\\nGregory T. Lindqvist, Assistant Field Office Director|Signature:\\n__G. T. Lindqvist__|Date: 01/27/2025\\nPlace: Centennial, CO|

^ DHS Form I-138 (Rev. 08/20)
===
## SCHEDULE OF RECORDS
^ Subpoena No. DEN-25-ERO-0317 — IBÁÑEZ CÁRDENAS, Wilmer Ernesto — A 219 455 032

For the period January 1, 2021 through the date of this subpoena, produce the following records relating to **Wilmer Ernesto Ibáñez Cárdenas**, born May 6, 1992, Social Security number ending in 4418:

1. All quarterly wage records reported by any employer, including employer name, employer account number, address and wages paid per quarter (including wages reported by Front Range Roofing & Gutters LLC);
2. All applications and claims for unemployment insurance benefits, including the addresses, telephone numbers and e-mail addresses listed on each claim;
3. The most recent mailing and residential address on file.

## CERTIFICATE OF AUTHENTICITY
I, ______________________, certify that I am the custodian of records of the Colorado Department of Labor and Employment, and that the attached ______ pages are true copies of records kept in the regular course of business.

Signature: ______________________   Date: ______________
"""
doc(id="bf06", fmt="born_digital", template="ERO cover letter + DHS I-138 immigration enforcement subpoena + schedule (CDLE wages)",
    pdf=dict(markup=BF06, family="cond", size=10),
    texts=[BF06],
    label=dict(agency_key="dhs-ice-ero", agency_name="U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
               person="Gregory T. Lindqvist", title="Assistant Field Office Director", email="gregory.lindqvist@ice.dhs.gov",
               phone="(303) 555-0151",
               subjects=[("Wilmer Ernesto Ibáñez Cárdenas", "1992-05-06", [("a_number", "A219455032"), ("ssn_last4", "4418")])],
               basis=["INA 235", "8 USC 1225", "8 CFR 287.4"],
               ptype="administrative_subpoena", form="I-138", attached=True, purpose="civil_immigration",
               records=["wages", "employment", "claims", "address", "phone", "email"], channel="mail"))


# ---------------- bf07 : ERO e-mail with I-200 PDF attached ----------------
BF07_BODY = """Good afternoon,

ERO St. Paul is attempting to locate the subject below, who is the subject
of the attached administrative warrant (Form I-200). Pursuant to 8 U.S.C.
§ 1357, I am requesting the following from DVS records:

  - current residential / mailing address on file
  - any vehicles registered to the subject (plate, make/model, VIN)
  - most recent DL/ID photo

Subject:   FARAH, Abdirahman Warsame
DOB:       08/17/1993
A#:        213-604-778
Country:   Somalia

If you are unable to release any of the above, please let me know what
your office would need. Thank you in advance for your assistance.

V/r,

Tanisha Oyelaran
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | St. Paul Field Office
1 Federal Drive, Suite 1601, Fort Snelling, MN 55111
Office: (612) 555-0134 | Mobile: (612) 555-0135
tanisha.oyelaran@ice.dhs.gov

*** WARNING *** This e-mail and any attachments are UNCLASSIFIED//LAW
ENFORCEMENT SENSITIVE (U//LES). They contain information which may be
exempt from public disclosure. Do not disseminate outside the intended
recipient without prior authorization of the originator. If you have received this
message in error, please notify the sender and delete it immediately.
"""
BF07_ATT = """
|!**U.S. DEPARTMENT OF HOMELAND SECURITY**|**WARRANT FOR ARREST OF ALIEN**|

|!File No. A 213 604 778|Date: 02/03/2025|

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that **FARAH, Abdirahman Warsame** is removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[x] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

|!__Samuel P. Orr__\\n(Signature of Authorized Immigration Officer)|Samuel P. Orr\\nSupervisory Detention and Deportation Officer\\n(Printed Name and Title of Authorized Immigration Officer)|

## Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ________________ (Location) on ______________________ on ____________ (Date), and the contents of this notice were read to him or her in the ______________ language.

|!Name and Signature of Officer|Name or Number of Interpreter (if applicable)|
|! | |

^ Form I-200 (Rev. 09/16)
"""
doc(id="bf07", fmt="eml", template="ERO deportation officer e-mail, Form I-200 attached as PDF",
    eml=dict(frm=("Oyelaran, Tanisha", "tanisha.oyelaran@ice.dhs.gov"), to=("DVS Records", "dvs.records@state.mn.us"),
             date="Wed, 05 Feb 2025 14:31:07 -0600", subject="Records request - FARAH, Abdirahman (I-200 attached)",
             text=BF07_BODY,
             attachments=[dict(kind="pdf", name="I-200_FARAH_A213604778.pdf",
                               pdf=dict(markup=BF07_ATT, family="sans", size=10))]),
    texts=[BF07_BODY, BF07_ATT],
    label=dict(agency_key="dhs-ice-ero", agency_name="U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, St. Paul Field Office",
               person="Tanisha Oyelaran", title="Deportation Officer", email="tanisha.oyelaran@ice.dhs.gov",
               phone="(612) 555-0134",
               subjects=[("Abdirahman Warsame Farah", "1993-08-17", [("a_number", "A213604778")])],
               basis=["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"],
               ptype="administrative_warrant", form="I-200", attached=True, purpose="civil_immigration",
               records=["address", "vehicle", "photo"], channel="email"))


# ---------------- bf08 : I-205 with ERO cover letter, scanned, page 2 rotated 90 ----------------
BF08 = """
^ **U.S. Department of Homeland Security**
^ U.S. Immigration and Customs Enforcement
^ Enforcement and Removal Operations – Phoenix Field Office
^ 2035 N. Central Avenue, Phoenix, AZ 85004
%% 6
> March 10, 2025

Arizona Department of Corrections, Rehabilitation & Reentry
Offender Services Bureau – Time Computation / Records
701 E. Jefferson Street
Phoenix, AZ 85034

**Subject: RAMÍREZ DE LA O, Héctor Manuel – ADCRR # 318277 – A 094 551 208**

Dear Records Supervisor:

The above-named inmate is subject to a final order of removal. A copy of the Warrant of Removal/Deportation (Form I-205) is enclosed. Pursuant to section 241(a) of the Immigration and Nationality Act, 8 U.S.C. § 1231(a), ERO intends to take custody of Mr. Ramírez de la O upon completion of his state sentence in order to effect his removal to Mexico.

To coordinate transfer, please provide this office with:
  (a) the inmate's earliest and projected release dates;
  (b) a current facility photograph; and
  (c) any release address or sponsor address submitted for community supervision.

Please contact me at (602) 555-0172 or elena.vasquez-roth@ice.dhs.gov with any questions.

Respectfully,

%% 12
__Elena Vásquez-Roth__
Elena Vásquez-Roth
Deportation Officer, Criminal Alien Program
ERO Phoenix

Enclosure: Form I-205
===
|!**U.S. DEPARTMENT OF HOMELAND SECURITY**|**WARRANT OF REMOVAL/DEPORTATION**|
|!File No: A 094 551 208|Date: 11/14/2024|

To any immigration officer of the United States Department of Homeland Security:

**RAMÍREZ DE LA O, Héctor Manuel**
(Full name of alien)

who entered the United States at __Nogales, Arizona__ on __on or about 06/2003__
(Place of entry)                                              (Date of entry)

is subject to removal/deportation from the United States, based upon a final order by:
[x] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge

and pursuant to the following provisions of the Immigration and Nationality Act:
__212(a)(6)(A)(i); 212(a)(2)(A)(i)(II)__

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of:
__Appropriation "Operations and Support, U.S. Immigration and Customs Enforcement"__

|!__M. D. Whitlow__\\n(Signature of immigration officer)|Marcus D. Whitlow, Field Office Director\\n(Title of immigration officer)|
|!Phoenix, Arizona\\n(Date and office location)|11/14/2024|

^ Form I-205 (Rev. 08/01/07)
===
## Verification of Removal
^ (Completed by officer executing the warrant)

|!Name of alien being removed: RAMÍREZ DE LA O, Héctor Manuel|
|!Removed: [ ] by air  [ ] by bus  [ ] on foot  [ ] other|
|!Departure point: ________________   Port of entry: ________________|
|!Departure date: ____________________|

|!Photograph of alien removed|Right index fingerprint of alien removed|
|!\\n\\n\\n\\n\\n|\\n\\n\\n\\n\\n|

|!(Signature of alien being fingerprinted)|(Signature and title of immigration officer taking print)|
|! | |

|!Departure witnessed by: ______________________ (Signature and title of immigration officer)|

^ Form I-205 (Rev. 08/01/07)   Page 2
"""
doc(id="bf08", fmt="scanned", template="ERO Phoenix cover letter to ADCRR + I-205 (page rotated 90°) + verification page",
    pdf=dict(markup=BF08, family="serif", size=10.5),
    scan=[dict(angle=-0.7), dict(angle=1.1, turn=90), dict(angle=-1.6)],
    texts=[BF08],
    label=dict(agency_key="dhs-ice-ero", agency_name="U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Phoenix Field Office",
               person="Elena Vásquez-Roth", title="Deportation Officer, Criminal Alien Program",
               email="elena.vasquez-roth@ice.dhs.gov", phone="(602) 555-0172",
               subjects=[("Héctor Manuel Ramírez de la O", None, [("a_number", "A094551208"), ("other", "318277")])],
               basis=["INA 241", "8 USC 1231", "INA 212"],
               ptype="administrative_warrant", form="I-205", attached=True, purpose="civil_immigration",
               records=["other", "photo", "address"], channel="mail"))

# ---------------------------------------------------------------------------------------------
# Documents bf09 - bf16
# ---------------------------------------------------------------------------------------------

# ---------------- bf09 : DEA 21 USC 876 administrative subpoena, fax ----------------
BF09 = """
|!**DRUG ENFORCEMENT ADMINISTRATION**\\nAlbuquerque District Office\\n2660 Fritts Crossing SE\\nAlbuquerque, NM 87106|**FACSIMILE COVER SHEET**\\nDate: 02/27/2025\\nNumber of pages (incl. cover): 3|

|!To:|Custodian of Records, NM Dept. of Workforce Solutions – UI Tax Bureau|
|!Fax:|(505) 555-0193|
|!From:|S/A Rafael Quintana-Baca|
|!Tel:|(505) 555-0157|
|!E-mail:|rafael.quintana-baca@dea.gov|

Message:
Please find attached a DEA administrative subpoena for wage and claimant records on two individuals. This is part of an ongoing OCDETF investigation into the distribution of methamphetamine and fentanyl in violation of 21 U.S.C. §§ 841(a)(1) and 846. Records may be returned by e-mail or mailed on CD to the address above. Please call me if the return date is a problem.

Thank you — Rafael

~ This facsimile is intended only for the use of the addressee and may contain information that is LAW ENFORCEMENT SENSITIVE. If you are not the intended recipient, any dissemination, distribution or copying is strictly prohibited. If you received this in error, notify the sender at (505) 555-0157.
===
^ U.S. Department of Justice
# DRUG ENFORCEMENT ADMINISTRATION
## SUBPOENA
|!TO: Custodian of Records\\nNew Mexico Department of Workforce Solutions\\nUnemployment Insurance Tax Bureau\\n401 Broadway NE, Albuquerque, NM 87102|Subpoena No.: ALB-25-00412\\nFile No.: MI-25-0041\\nDate issued: February 27, 2025|

**In the matter of:** an investigation under the Controlled Substances Act

YOU ARE HEREBY REQUIRED to appear before Special Agent Rafael Quintana-Baca, an officer of the Drug Enforcement Administration, at 2660 Fritts Crossing SE, Albuquerque, New Mexico, on the **14th day of March, 2025, at 9:00 a.m.**, to testify and give evidence in regard to an investigation being conducted pursuant to the Comprehensive Drug Abuse Prevention and Control Act of 1970, Title 21, United States Code, Section 801 et seq., and to bring with you and produce at said time and place the books, records and papers described in **Attachment A**.

This subpoena is issued pursuant to the authority of Title 21, United States Code, Section 876. In lieu of a personal appearance, you may comply by furnishing true copies of the requested records to the officer named above on or before the return date.

Failure to comply with this subpoena may subject you to proceedings in the United States District Court to compel compliance, as provided in Title 21, United States Code, Section 876(c). Any failure to obey the order of the court may be punished as contempt.

You are requested not to disclose the existence of this subpoena for an indefinite period of time. Any such disclosure could impede the investigation being conducted and thereby interfere with the enforcement of federal law.

|!Issued under my hand this 27th day of February, 2025.|__Victor L. Santangelo__\\nVictor L. Santangelo\\nGroup Supervisor, Albuquerque DO|

^ DEA administrative subpoena — page 1 of 2
===
## ATTACHMENT A
^ Subpoena No. ALB-25-00412

For the period **January 1, 2022 to the present**, produce the following records for each person listed below:

1. All quarterly wage records reported by any employer (employer name, FEIN/account number, address, telephone, wages per quarter);
2. All applications and claims for unemployment insurance, including addresses, telephone numbers and bank account/direct-deposit information reported by the claimant;
3. The last known address and telephone number on file.

|Name (Last, First Middle)|Date of Birth|SSN|
|CHÁVEZ-MONTOYA, Luis Ángel|03/04/1987|XXX-XX-6610|
|SALAZAR, Dominic James|10/19/1992|XXX-XX-2287|

Please provide records in electronic form (PDF or Excel) where possible. Contact S/A Quintana-Baca at (505) 555-0157 with questions regarding this subpoena.

^ DEA administrative subpoena — page 2 of 2
"""
doc(id="bf09", fmt="fax", template="DEA fax cover + 21 USC 876 administrative subpoena + Attachment A (NM DWS wages)",
    pdf=dict(markup=BF09, family="serif", size=10.5),
    fax_header="02/27/2025 11:52 5055550150        DEA ALBUQUERQUE DO                 PAGE {page:02d}/{total:02d}",
    texts=[BF09],
    label=dict(agency_key="doj-dea", agency_name="Drug Enforcement Administration, Albuquerque District Office",
               person="Rafael Quintana-Baca", title="Special Agent", email="rafael.quintana-baca@dea.gov",
               phone="(505) 555-0157",
               subjects=[("Luis Ángel Chávez-Montoya", "1987-03-04", [("ssn_last4", "6610")]),
                         ("Dominic James Salazar", "1992-10-19", [("ssn_last4", "2287")])],
               basis=["21 USC 841", "21 USC 846", "21 USC 801", "21 USC 876"],
               ptype="administrative_subpoena", form=None, attached=True, purpose="criminal_investigation",
               records=["wages", "employment", "claims", "address", "phone"], channel="fax"))


# ---------------- bf10 : AO 110 federal grand jury subpoena with AUSA cover letter ----------------
BF10 = """
^ **U.S. Department of Justice**
^ __United States Attorney__
^ __District of Colorado__
%% 4
|!1801 California Street, Suite 1600\\nDenver, Colorado 80202|(303) 555-0120\\nFAX (303) 555-0121|
%% 6
> March 18, 2025

**VIA FEDEX**

Custodian of Records
Colorado Department of Human Services
Office of Economic Security
1575 Sherman Street
Denver, CO 80203

Re: __Grand Jury Subpoena No. 25-2-114__

Dear Custodian of Records:

Enclosed is a federal grand jury subpoena directing your agency to produce certain records to the grand jury. Your personal appearance is not required if, before the return date, you produce the records described in Attachment A to Special Agent Owen Pastrana of the U.S. Department of Health and Human Services, Office of Inspector General, together with a completed Certificate of Authenticity under Fed. R. Evid. 902(11).

This subpoena is issued in connection with an official criminal investigation of possible violations of 18 U.S.C. §§ 1343 and 1349. Grand jury proceedings are secret under Rule 6(e) of the Federal Rules of Criminal Procedure; although that rule does not bind you, you are requested not to disclose the existence of this subpoena, because disclosure could impede the investigation.

Questions about this subpoena may be directed to me at (303) 555-0124 or meredith.castellanos@usdoj.gov.

Very truly yours,

ANDREA L. KETTERING
Acting United States Attorney

%% 6
By: __Meredith A. Castellanos__
Meredith A. Castellanos
Assistant United States Attorney

Enclosures
cc: SA Owen Pastrana, HHS-OIG (w/o encl.)
===
^ AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
^ for the
^ District of Colorado
## SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Colorado Department of Human Services, 1575 Sherman Street, Denver, CO 80203

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

|!Place: Byron G. Rogers United States Courthouse\\n1929 Stout Street, Denver, CO 80294|Date and Time: 04/15/2025 9:00 am\\nGrand Jury Room: 2-B|

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):
**See Attachment A.**

|!Date: 03/18/2025|CLERK OF COURT\\n\\n__D. L. Whitford__\\nSignature of Clerk or Deputy Clerk|

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Meredith A. Castellanos, AUSA, 1801 California Street, Suite 1600, Denver, CO 80202, meredith.castellanos@usdoj.gov, (303) 555-0124
===
## ATTACHMENT A
^ Grand Jury Subpoena No. 25-2-114

For the period **January 1, 2020 through the present**, produce all records relating to the following persons:

|Name|Date of Birth|SSN (last 4)|
|PHAM, Quoc Bao|06/02/1975|3391|
|GÓMEZ DE PHAM, Lidia|09/15/1978|7720|
|JAMA, Yusuf Ahmed|12/28/1969|0958|

including:
1. Applications, redeterminations and case files for SNAP, Colorado Works (TANF), Low-Income Energy Assistance and Child Care Assistance benefits, including all household composition, income and employment information reported;
2. Benefit issuance histories, including EBT card numbers and issuance dates;
3. All addresses and telephone numbers reported;
4. Any records identifying Sunrise Home Care Partners LLC as an employer or provider.

Records maintained electronically should be produced in electronic form.
"""
doc(id="bf10", fmt="born_digital", template="AUSA cover letter + AO 110 grand jury subpoena + Attachment A table (3 subjects)",
    pdf=dict(markup=BF10, family="serif", size=10.5, footer="Grand Jury Material – Fed. R. Crim. P. 6(e)   •   Page {page}"),
    texts=[BF10, "Grand Jury Material – Fed. R. Crim. P. 6(e)"],
    label=dict(agency_key="doj-usao", agency_name="United States Attorney's Office, District of Colorado",
               person="Meredith A. Castellanos", title="Assistant United States Attorney",
               email="meredith.castellanos@usdoj.gov", phone="(303) 555-0124",
               subjects=[("Quoc Bao Pham", "1975-06-02", [("ssn_last4", "3391")]),
                         ("Lidia Gómez de Pham", "1978-09-15", [("ssn_last4", "7720")]),
                         ("Yusuf Ahmed Jama", "1969-12-28", [("ssn_last4", "0958")])],
               basis=["FRE 902", "18 USC 1343", "18 USC 1349", "FRCrP 6"],
               ptype="grand_jury_subpoena", form="AO 110", attached=True, purpose="criminal_investigation",
               records=["benefits", "employment", "address", "phone"], channel="mail"))


# ---------------- bf11 : HTML-only e-mail, Washington State Patrol ----------------
BF11_HTML = """<html><head><meta charset="utf-8"><style>
body{font-family:Calibri,Arial,sans-serif;font-size:11pt} td{border:1px solid #999;padding:3px 6px}
.sig{color:#1f3864;font-size:10pt} .disc{color:#777;font-size:8pt}
</style></head><body>
<p>Good morning DOL Records,</p>
<p>I am investigating a fatal hit-and-run collision that occurred on <b>February 9, 2025</b> on SR 512 near Puyallup
(WSP case <b>25-003871</b>). The offenses under investigation are hit and run &ndash; injury/death, <b>RCW&nbsp;46.52.020</b>,
and vehicular homicide, <b>RCW 46.61.520</b>. An independent witness, Deborah Ames, recorded a partial plate that
returns to a vehicle associated with the person below.</p>
<p>Please provide the following for the subject:</p>
<table cellspacing="0">
<tr><td><b>Name</b></td><td>SHEVCHUK, Mykola</td></tr>
<tr><td><b>DOB</b></td><td>1998-02-27</td></tr>
<tr><td><b>Last known city</b></td><td>Spanaway, WA</td></tr>
</table>
<ol>
<li>Driver license status, issuance history and the most recent license photograph;</li>
<li>All vehicles registered to him in the last three years (plate, VIN, make/model/color);</li>
<li>Current and previous addresses on file.</li>
</ol>
<p>Time is of the essence as we believe the suspect vehicle may be repaired or disposed of. Feel free to call my cell.</p>
<p class="sig">Respectfully,<br><br>
<b>Det. Connor J. Haugen</b><br>
Criminal Investigation Division &ndash; Collision Investigation Unit<br>
Washington State Patrol<br>
2803 156th Ave SE, Bellevue, WA 98007<br>
Office 425-555-0165 &nbsp;|&nbsp; Cell 253-555-0166<br>
<a href="mailto:connor.haugen@wsp.wa.gov">connor.haugen@wsp.wa.gov</a></p>
<p class="disc">Public Records Notice: In accordance with chapter 42.56 RCW, the Public Records Act, this e-mail
and any attachments may be subject to public disclosure. CONFIDENTIALITY: If you have received this message in
error, please notify the sender and delete it.</p>
</body></html>
"""
doc(id="bf11", fmt="eml", template="HTML-only e-mail from WSP detective to WA DOL (hit-and-run)",
    eml=dict(frm=("Haugen, Connor (WSP)", "connor.haugen@wsp.wa.gov"), to=("DOL Law Enforcement Records", "le.records@dol.wa.gov"),
             date="Tue, 11 Feb 2025 08:14:55 -0800", subject="URGENT - records request - fatal hit & run WSP 25-003871",
             html=BF11_HTML),
    texts=[BF11_HTML],
    label=dict(agency_key="state-police", agency_name="Washington State Patrol", person="Connor J. Haugen",
               title="Detective", email="connor.haugen@wsp.wa.gov", phone="425-555-0165",
               subjects=[("Mykola Shevchuk", "1998-02-27", [])],
               basis=["RCW 46.52.020", "RCW 46.61.520", "RCW 42.56"],
               ptype="none", form=None, attached=False, purpose="criminal_investigation",
               records=["license", "photo", "vehicle", "address"], channel="email"))


# ---------------- bf12 : 18 USC 2703(d) order (D. Or.) with DOL-OIG cover letter ----------------
BF12 = """
^ **U.S. DEPARTMENT OF LABOR**
^ OFFICE OF INSPECTOR GENERAL – OFFICE OF INVESTIGATIONS
^ Labor Racketeering and Fraud – Seattle Region
^ 300 Fifth Avenue, Suite 1110, Seattle, WA 98104
---
April 2, 2025

BY OVERNIGHT DELIVERY

Oregon Employment Department
Legal Services / Records Custodian
875 Union Street NE
Salem, OR 97311

Re: Court Order under 18 U.S.C. § 2703(d), Case No. 3:25-mc-00214

Dear Custodian:

Please find enclosed an Order of the United States District Court for the District of Oregon directing the Oregon Employment Department to disclose records associated with unemployment insurance claimant accounts maintained on the Frances Online system. The records are sought in an ongoing criminal investigation of a scheme to file fraudulent pandemic-era and regular UI claims using stolen identities.

The Order also directs that the Department not disclose the existence of the application or Order to the account holder or any other person (18 U.S.C. § 2705(b)). Please produce the records within ten (10) days to the undersigned.

Thank you for your cooperation.

%% 10
__Natalia Wiśniewska__
Natalia Wiśniewska
Special Agent
(206) 555-0131 | nwisniewska@oig.dol.gov
===
## UNITED STATES DISTRICT COURT
## FOR THE DISTRICT OF OREGON

|!IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d) DIRECTED TO THE OREGON EMPLOYMENT DEPARTMENT|Case No. 3:25-mc-00214\\n\\n**ORDER**\\n\\n**FILED UNDER SEAL**|

This matter having come before the Court pursuant to an application under Title 18, United States Code, Section 2703(b) and (c), by Assistant United States Attorney Paul R. Hendricks, requesting an Order under Title 18, United States Code, Section 2703(d), the Court finds that the applicant has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation of violations of 18 U.S.C. §§ 1343 and 1028A.

IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that the Oregon Employment Department, which provides an electronic communication service and remote computing service to UI claimants through its online claims system, shall, within ten days of the date of this Order, disclose to the United States the records and other information described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the Oregon Employment Department shall not disclose the existence of the application or this Order, or the existence of the investigation, to the listed subscriber or to any other person, for a period of one year, unless and until otherwise authorized to do so by the Court.

IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the Court.

|!Dated: March 31, 2025|BY THE COURT:\\n\\n__R. T. Okafor__\\nHon. Rosalind T. Okafor\\nUnited States Magistrate Judge|
===
## ATTACHMENT A
^ Records to be disclosed — Case No. 3:25-mc-00214

For the claimant account(s) associated with **Bogdan Ilyich Petrenko** (DOB 11/07/1984; SSN ending 5092), and for any other claimant account accessed from the same IP addresses or device identifiers, for the period **March 1, 2023 to present**:

a. Account registration records: names, mailing and residential addresses, telephone numbers and e-mail addresses associated with the account;
b. Login and session records, including date, time, duration and source IP address of each log-in, and device identifiers;
c. All weekly certifications and claims filed, including payment method and bank routing/account numbers for direct deposit;
d. Records of any changes to the contact or payment information on the account.
"""
doc(id="bf12", fmt="born_digital", template="DOL-OIG cover letter + sealed 18 USC 2703(d) order (D. Or.) for UI portal records",
    pdf=dict(markup=BF12, family="scond", size=10.5),
    texts=[BF12],
    label=dict(agency_key="dol-oig", agency_name="U.S. Department of Labor, Office of Inspector General – Office of Investigations",
               person="Natalia Wiśniewska", title="Special Agent", email="nwisniewska@oig.dol.gov", phone="(206) 555-0131",
               subjects=[("Bogdan Ilyich Petrenko", "1984-11-07", [("ssn_last4", "5092")])],
               basis=["18 USC 2703", "18 USC 2705", "18 USC 1343", "18 USC 1028A"],
               ptype="court_order", form=None, attached=True, purpose="criminal_investigation",
               records=["claims", "address", "phone", "email", "other"], channel="mail"))


# ---------------- bf13 : noisy scanned sheriff letter, alias, page 2 upside down ----------------
BF13 = """
# GWINNETT COUNTY SHERIFF'S OFFICE
^ Warrants / Fugitive Unit
^ 2900 University Parkway • Lawrenceville, Georgia 30043 • (770) 555-0181
---
4 Mar 2025

Georgia Department of Labor
Legal Services Section – Records
148 Andrew Young International Blvd. NE
Atlanta, GA 30303

RE: Request for Employer / Address Information — Fugitive Case 25-WF-0277

Dear Sir or Madam:

Our office is currently attempting to serve outstanding felony warrants on the below listed individual. The warrants were issued by the Superior Court of Gwinnett County for **Aggravated Assault (O.C.G.A. § 16-5-21)** and for a **Probation Violation** under O.C.G.A. § 42-8-38. The subject has absconded from supervision and his whereabouts are unknown.

|Name|DOB|Race/Sex|GA DL #|
|BASS, Reginald Tyrone\\n(a/k/a "Reggie SIMS")|March 4, 1987|B/M|054 218 773|

We respectfully request any information your agency maintains regarding his **current or most recent employer(s)**, including employer name and address, as well as **any home address and telephone number** he has reported to your agency in connection with a claim or with wage reporting. Information may be released to the undersigned investigator.

(continued on next page)
===
RE: Fugitive Case 25-WF-0277 — BASS, Reginald Tyrone — Page 2

Please be advised that this information is requested solely for the purpose of locating and apprehending the subject on the criminal warrants described above. Any information provided will be treated as law enforcement sensitive and will not be further disseminated.

Should you have any questions or require any further information, please do not hesitate to contact me at (770) 555-0183 or by e-mail at carla.pruitt@gwinnettcounty-ga.gov.

Your assistance in this matter is greatly appreciated.

Sincerely,

%% 16
__Carla M. Pruitt__
Investigator Carla M. Pruitt
Warrants / Fugitive Unit
Gwinnett County Sheriff's Office

cc: Lt. D. Ogletree, Warrants Division Commander
"""
doc(id="bf13", fmt="scanned", template="sheriff fugitive-unit letter to GA DOL, a/k/a alias, heavy noise, page 2 upside down",
    pdf=dict(markup=BF13, family="serif", size=11),
    scan=[dict(angle=1.7, noise=7, bg=214), dict(angle=-0.9, turn=180, noise=7, bg=214)],
    texts=[BF13],
    label=dict(agency_key="sheriff", agency_name="Gwinnett County Sheriff's Office", person="Carla M. Pruitt",
               title="Investigator", email="carla.pruitt@gwinnettcounty-ga.gov", phone="(770) 555-0183",
               subjects=[("Reginald Tyrone Bass", "1987-03-04", [("license", "054218773")])],
               basis=["OCGA 16-5-21", "OCGA 42-8-38"],
               ptype="none", form=None, attached=False, purpose="criminal_investigation",
               records=["employment", "address", "phone"], channel="mail"))


# ---------------- bf14 : DDA e-mail + state criminal subpoena duces tecum as PNG image ----------------
BF14_BODY = """Good morning,

Please see the attached subpoena duces tecum in People v. Dmitri Volkov,
Arapahoe County case 24CR1877. Trial begins May 19, 2025. In lieu of
appearance, a certified copy of the requested records under C.R.S.
§ 42-2-121 may be mailed to my office before May 9. Please also send a
copy of the most recent license photograph, which we intend to use as an
exhibit.

If there are any issues with compliance please call my direct line.

Thank you,

Rebecca S. Thornquist
Senior Deputy District Attorney
Office of the District Attorney, 18th Judicial District
6450 S. Revere Parkway, Centennial, CO 80111
Direct: 720-555-0191 | rthornquist@da18.state.co.us

This e-mail may contain confidential and privileged material for the sole
use of the intended recipient. Any review or distribution by others is
strictly prohibited.
"""
BF14_ATT = """
|!DISTRICT COURT, ARAPAHOE COUNTY, COLORADO\\nCourt Address: 7325 S. Potomac St., Centennial, CO 80112\\n\\nTHE PEOPLE OF THE STATE OF COLORADO,\\nv.\\nDefendant: DMITRI ALEKSEYEVICH VOLKOV|▲ COURT USE ONLY ▲\\n\\nCase Number: 24CR1877\\nDivision: 203|
|!Attorney for the People: Rebecca S. Thornquist, #41877\\nSenior Deputy District Attorney, 18th Judicial District\\n6450 S. Revere Pkwy, Centennial, CO 80111 • 720-555-0191| |

## SUBPOENA DUCES TECUM TO PRODUCE (CRIMINAL)
^ Pursuant to Crim. P. 17(c)

TO: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles, 1881 Pierce Street, Lakewood, CO 80214

YOU ARE COMMANDED to appear in the above Court at the Arapahoe County Justice Center, Courtroom 203, on **May 19, 2025 at 8:30 a.m.**, to testify as a witness in the above criminal action on behalf of the People, and to bring with you the following:

1. A certified copy of the complete driver record of DMITRI ALEKSEYEVICH VOLKOV, DOB 07/30/1981, Colorado DL No. 11-204-9983, including license status and history;
2. Certified registration and title history for any vehicle registered to the defendant between 01/01/2023 and the present, including the 2019 Toyota Tacoma, VIN 3TMCZ5AN4KM198842;
3. The most recent photograph on file for the defendant.

The defendant is charged with Theft, C.R.S. § 18-4-401, and related counts. In lieu of appearance, the custodian may deliver certified records to the Attorney for the People on or before the date above.

YOU ARE FURTHER NOTIFIED that failure to obey this subpoena may be punished as contempt of court.

|!Date: April 14, 2025|Clerk of Court / Deputy Clerk\\n\\n__M. Oyelowo__\\n(SEAL)|
|!Attorney for the People:\\n__Rebecca S. Thornquist__| |
"""
doc(id="bf14", fmt="eml", template="Deputy DA e-mail with Colorado criminal subpoena duces tecum attached as PNG scan",
    eml=dict(frm=("Rebecca Thornquist", "rthornquist@da18.state.co.us"), to=("DMV Legal Records", "dor_dmvlegal@state.co.us"),
             date="Tue, 15 Apr 2025 09:03:12 -0600", subject="Subpoena duces tecum - People v. Volkov 24CR1877",
             text=BF14_BODY,
             attachments=[dict(kind="png", name="SDT_Volkov_24CR1877.png",
                               pdf=dict(markup=BF14_ATT, family="sans", size=9.5), dpi=150)]),
    texts=[BF14_BODY, BF14_ATT],
    label=dict(agency_key="district-attorney", agency_name="Office of the District Attorney, 18th Judicial District",
               person="Rebecca S. Thornquist", title="Senior Deputy District Attorney",
               email="rthornquist@da18.state.co.us", phone="720-555-0191",
               subjects=[("Dmitri Alekseyevich Volkov", "1981-07-30", [("license", "112049983")])],
               basis=["CRS 42-2-121", "CO CrimP 17", "CRS 18-4-401"],
               ptype="court_subpoena", form=None, attached=True, purpose="criminal_investigation",
               records=["license", "vehicle", "photo"], channel="email"))


# ---------------- bf15 : Outlook e-mail saved as plain text, HSI Chicago ----------------
BF15 = """From:\tOkonkwo, Chidi <Chidi.Okonkwo@ice.dhs.gov>
Sent:\tThursday, January 23, 2025 3:47 PM
To:\tSOS Driver Services Investigations
Cc:\tRuiz, Alejandra (HSI) <Alejandra.Ruiz@ice.dhs.gov>
Subject:\tRequest for DL/ID application records - HSI case CH02BR25CH0019
Importance:\tHigh

Good afternoon,

I am a Special Agent with Homeland Security Investigations (HSI) Chicago,
Document and Benefit Fraud Task Force. HSI is conducting a criminal
investigation into a group that manufactures and sells counterfeit
identity documents, in violation of 18 U.S.C. §§ 1028 and 1546. During a
recent search, agents recovered documents bearing the name and photo of
the person below, who we believe used them to obtain an Illinois
identification card.

  Name:  PEÑA RUIZ, José Ángel
  DOB:   19 JAN 1994
  Last known address: Cicero, IL

I am respectfully requesting copies of the following:
  1. the ID card / DL application(s) and all identity and residency
     documents submitted in support (birth certificate, passport,
     utility bills, etc.);
  2. all photographs on file;
  3. current and prior addresses.

This request is related to the criminal case only. I can provide a
case-opening memo or speak with your counsel if needed.

Regards,

Chidi Okonkwo
Special Agent
Homeland Security Investigations - Chicago
U.S. Immigration and Customs Enforcement
Desk (312) 555-0147 | Cell (312) 555-0148

CONFIDENTIALITY NOTICE: This communication, including attachments, is for
the exclusive use of the addressee(s) and may contain proprietary,
confidential or privileged information. If you are not the intended
recipient, any use, copying, disclosure, or distribution or the taking
of any action in reliance upon this information is strictly prohibited.
"""
doc(id="bf15", fmt="txt", template="Outlook 'Save as text' export of an HSI request e-mail",
    txt=BF15, texts=[BF15],
    label=dict(agency_key="dhs-ice-hsi", agency_name="Homeland Security Investigations - Chicago", person="Chidi Okonkwo",
               title="Special Agent", email="Chidi.Okonkwo@ice.dhs.gov", phone="(312) 555-0147",
               subjects=[("José Ángel Peña Ruiz", "1994-01-19", [])],
               basis=["18 USC 1028", "18 USC 1546"],
               ptype="none", form=None, attached=False, purpose="criminal_investigation",
               records=["identity_documents", "photo", "address"], channel="email"))


# ---------------- bf16 : AO 93 search and seizure warrant, HSI, faxed ----------------
BF16 = """
# FAX
|!FROM: Homeland Security Investigations\\nRAC Las Cruces\\n141 E. Palacio Ave, Las Cruces, NM 88001|TO: NM Taxation & Revenue Dept.\\nMotor Vehicle Division – Records\\nFax: 505-555-0197|
|!Sender: SA Gabriel Montañez\\nPhone: (575) 555-0138\\nE-mail: gabriel.montanez@ice.dhs.gov|Date: March 3, 2025\\nPages: 3 (incl. cover)|

Records Custodian,

Attached is a federal search and seizure warrant issued by U.S. Magistrate Judge Theresa M. Quintero for MVD records pertaining to two individuals in an HSI human smuggling investigation. Please produce the records listed in Attachment B to me by e-mail or fax no later than March 14. The original warrant will be provided upon request.

Thank you,
Gabriel Montañez, Special Agent, HSI Las Cruces
===
^ AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
^ for the
^ District of New Mexico

|!In the Matter of the Search of\\n(Briefly describe the property to be searched or identify the person by name and address)\\n\\nRecords maintained by the New Mexico Motor Vehicle Division pertaining to Efraín Sandoval Olguín and Brenda Lee Castañeda|Case No. 25-MR-0388|

## SEARCH AND SEIZURE WARRANT

To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of New Mexico (identify the person or describe the property to be searched and give its location): **See Attachment A.**

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal (identify the person or describe the property to be seized): **See Attachment B.**

YOU ARE COMMANDED to execute this warrant on or before **March 14, 2025** (not to exceed 14 days)
[x] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause has been established.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place where the property was taken.

The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to **Hon. Theresa M. Quintero** (United States Magistrate Judge).

[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized (check the appropriate box) [ ] for ____ days (not to exceed 30) [ ] until, the facts justifying, the later specific date of ________.

|!Date and time issued: 02/28/2025 3:41 pm|__T. M. Quintero__\\nJudge's signature|
|!City and state: Las Cruces, New Mexico|Theresa M. Quintero, U.S. Magistrate Judge\\nPrinted name and title|
===
## ATTACHMENT A – Property to Be Searched
Records maintained by the New Mexico Taxation and Revenue Department, Motor Vehicle Division, 1100 S. St. Francis Drive, Santa Fe, New Mexico 87504, relating to the persons identified in Attachment B. This warrant is issued under Rule 41 of the Federal Rules of Criminal Procedure in connection with an investigation of violations of 8 U.S.C. §§ 1324(a)(1)(A)(ii) and 1324(a)(1)(A)(v)(I) (transporting aliens and conspiracy).

## ATTACHMENT B – Items to Be Seized
For the period January 1, 2022 to the present, all records relating to:

|Name|DOB|NM DL/ID #|
|SANDOVAL OLGUÍN, Efraín|05/11/1986|503218847|
|CASTAÑEDA, Brenda Lee|09/03/1999|—|

1. Driver license and identification card applications, and all identity documents submitted in support;
2. All photographs and signature images;
3. Vehicle registration and title records for every vehicle registered or titled to either person, including plate numbers and VINs;
4. All residential and mailing addresses.
"""
doc(id="bf16", fmt="fax", template="HSI fax cover + AO 93 search and seizure warrant (D.N.M.) + attachments",
    pdf=dict(markup=BF16, family="serif", size=10),
    fax_header="03/03/2025  16:22   HSI RAC LAS CRUCES   575 555 0139          #0417  P.{page}/{total}",
    texts=[BF16],
    label=dict(agency_key="dhs-ice-hsi", agency_name="Homeland Security Investigations, RAC Las Cruces",
               person="Gabriel Montañez", title="Special Agent", email="gabriel.montanez@ice.dhs.gov",
               phone="(575) 555-0138",
               subjects=[("Efraín Sandoval Olguín", "1986-05-11", [("license", "503218847")]),
                         ("Brenda Lee Castañeda", "1999-09-03", [])],
               basis=["18 USC 3103a", "18 USC 2705", "FRCrP 41", "8 USC 1324"],
               ptype="judicial_warrant", form="AO 93", attached=True, purpose="criminal_investigation",
               records=["identity_documents", "license", "photo", "vehicle", "address"], channel="fax"))

# ---------------------------------------------------------------------------------------------
# Documents bf17 - bf24
# ---------------------------------------------------------------------------------------------

# ---------------- bf17 : SSA-OIG letter to Pennsylvania DHS, no process ----------------
BF17 = """
|!**SOCIAL SECURITY**\\nOffice of the Inspector General\\nOffice of Investigations – Philadelphia Field Division|300 Spring Garden Street, Suite 5\\nPhiladelphia, PA 19123\\nTel (215) 555-0114\\nFax (215) 555-0115|
%% 8
SSA-OIG Case No.: PHI2500377
%% 4
May 6, 2025

By U.S. Mail

Pennsylvania Department of Human Services
Bureau of Program Integrity – Law Enforcement Liaison
P.O. Box 2675
Harrisburg, PA 17105-2675

Dear Law Enforcement Liaison:

The Social Security Administration, Office of the Inspector General (SSA-OIG), is conducting a criminal investigation concerning possible violations of 42 U.S.C. § 1383a(a)(3) (concealment of events affecting eligibility for Supplemental Security Income) and 18 U.S.C. § 641 (theft of government funds) by the individual identified below. SSA records indicate that she has reported living alone with no income since 2019; information developed to date indicates that she has been residing with a relative and working for cash.

|!Name:|Svetlana Igorevna MOROZOVA|
|!Date of birth:|22 April 1958|
|!SSN:|XXX-XX-1184|
|!Reported address:|2231 Welsh Road, Apt. 4C, Philadelphia, PA 19115|

This request is made under the Privacy Act routine-use and law-enforcement provisions, 5 U.S.C. § 552a(b)(7). I am requesting the following records for the period **January 2019 to present**:

1. All benefit applications and renewals for SNAP, Medical Assistance and LIHEAP, and the benefit payment history for each program;
2. All addresses and household members reported, including the landlord statement submitted by Mr. Peter Galloway;
3. Any income or employment information reported or verified for Ms. Morozova.

The information will be used only for the purposes of this investigation and any resulting prosecution. If you have any questions, please contact me at the number below.

Sincerely,

%% 12
__Bridget O'Donoghue-Kraus__
Bridget O'Donoghue-Kraus
Special Agent
SSA-OIG, Philadelphia Field Division
(215) 555-0117 | bridget.odonoghue-kraus@ssa.gov
"""
doc(id="bf17", fmt="born_digital", template="SSA-OIG letter to PA DHS (SSI fraud), subject in key/value box",
    pdf=dict(markup=BF17, family="sans", size=10, footer="SSA-OIG • Law Enforcement Sensitive • Case PHI2500377"),
    texts=[BF17],
    label=dict(agency_key="ssa-oig", agency_name="Social Security Administration, Office of the Inspector General, Office of Investigations – Philadelphia Field Division",
               person="Bridget O'Donoghue-Kraus", title="Special Agent", email="bridget.odonoghue-kraus@ssa.gov",
               phone="(215) 555-0117",
               subjects=[("Svetlana Igorevna Morozova", "1958-04-22", [("ssn_last4", "1184")])],
               basis=["42 USC 1383a", "18 USC 641", "5 USC 552a"],
               ptype="none", form=None, attached=False, purpose="criminal_investigation",
               records=["benefits", "address", "employment"], channel="mail"))


# ---------------- bf18 : IRS-CI multipart/alternative e-mail ----------------
BF18_TEXT = """Good afternoon Ms. Yazzie,

Thank you for taking my call this morning. As discussed, IRS Criminal
Investigation is conducting a criminal investigation of potential
violations of 26 U.S.C. § 7201 and section 7206(1) of the Internal
Revenue Code involving the owners of a home-health agency in Maricopa
County. I understand that disclosure of UI wage information to law
enforcement is governed by 20 C.F.R. part 603 and your agency's own
procedures.

I am requesting quarterly wage records (all reporting employers) and
any UI claim records for 2021 through the most recent quarter for:

  NUR, Mohamed Abdi      DOB 03/12/1980   SSN ***-**-4471
  OSMAN, Fartun Ali      DOB 07/07/1984   SSN ***-**-9036

Please also include the employer account records for Desert Star Home
Health LLC (FEIN 86-1234567) showing the wages it reported for these two
individuals, and the addresses each of them reported.

Let me know if your office requires a formal letter on letterhead.

Tomasz Wróbel
Special Agent
IRS - Criminal Investigation | Phoenix Field Office
4041 N. Central Ave., Phoenix, AZ 85012
(602) 555-0126
tomasz.wrobel@ci.irs.gov
"""
BF18_HTML = """<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Good afternoon Ms. Yazzie,</p>
<p>Thank you for taking my call this morning. As discussed, IRS Criminal Investigation is conducting a criminal
investigation of potential violations of <b>26 U.S.C. &sect; 7201</b> and <b>section 7206(1) of the Internal Revenue
Code</b> involving the owners of a home-health agency in Maricopa County. I understand that disclosure of UI wage
information to law enforcement is governed by 20 C.F.R. part 603 and your agency&#39;s own procedures.</p>
<p>I am requesting quarterly wage records (all reporting employers) and any UI claim records for 2021 through the most
recent quarter for:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>SSN</th></tr>
<tr><td>NUR, Mohamed Abdi</td><td>03/12/1980</td><td>***-**-4471</td></tr>
<tr><td>OSMAN, Fartun Ali</td><td>07/07/1984</td><td>***-**-9036</td></tr>
</table>
<p>Please also include the employer account records for Desert Star Home Health LLC (FEIN 86-1234567) showing the
wages it reported for these two individuals, and the addresses each of them reported.</p>
<p>Let me know if your office requires a formal letter on letterhead.</p>
<p style="color:#444">Tomasz Wróbel<br>Special Agent<br>IRS - Criminal Investigation | Phoenix Field Office<br>
4041 N. Central Ave., Phoenix, AZ 85012<br>(602) 555-0126<br>
<a href="mailto:tomasz.wrobel@ci.irs.gov">tomasz.wrobel@ci.irs.gov</a></p>
</body></html>
"""
doc(id="bf18", fmt="eml", template="IRS-CI multipart/alternative e-mail to AZ DES, subjects in HTML table",
    eml=dict(frm=("Wrobel Tomasz", "tomasz.wrobel@ci.irs.gov"), to=("Yazzie, Loretta", "lyazzie@azdes.gov"),
             date="Thu, 20 Mar 2025 15:40:02 -0700", subject="Follow-up: wage record request (IRS-CI)",
             text=BF18_TEXT, html=BF18_HTML),
    texts=[BF18_TEXT, BF18_HTML],
    label=dict(agency_key="irs-ci", agency_name="IRS - Criminal Investigation, Phoenix Field Office", person="Tomasz Wróbel",
               title="Special Agent", email="tomasz.wrobel@ci.irs.gov", phone="(602) 555-0126",
               subjects=[("Mohamed Abdi Nur", "1980-03-12", [("ssn_last4", "4471")]),
                         ("Fartun Ali Osman", "1984-07-07", [("ssn_last4", "9036")])],
               basis=["26 USC 7201", "26 USC 7206", "20 CFR 603"],
               ptype="none", form=None, attached=False, purpose="criminal_investigation",
               records=["wages", "employment", "claims", "address"], channel="email"))


# ---------------- bf19 : AO 88B civil subpoena (FTCA case), AUSA, scanned ----------------
BF19 = """
^ U.S. Department of Justice
^ United States Attorney's Office – District of Utah
^ 111 South Main Street, Suite 1800 • Salt Lake City, Utah 84111
%% 6
January 30, 2025

Utah Department of Workforce Services
Attn: Records Custodian / GRAMA Office
140 East 300 South
Salt Lake City, UT 84111

Re: __Ostrowski v. United States__, Civil Action No. 2:24-cv-00671 (D. Utah)

Dear Records Custodian:

This office represents the United States in the above Federal Tort Claims Act action, brought under 28 U.S.C. § 1346(b) and 28 U.S.C. § 2671 et seq. The plaintiff claims lost earnings as a result of a motor vehicle accident involving a federal employee. Enclosed is a subpoena under Federal Rule of Civil Procedure 45 for the plaintiff's wage and unemployment records. I understand that the Department releases such records only as permitted by Utah Code Ann. § 35A-4-312; a copy of the subpoena has been served on plaintiff's counsel.

Please contact me if you have any questions.

Sincerely,

%% 10
__Whitney A. Okamura__
Whitney A. Okamura
Assistant United States Attorney
(801) 555-0150 • whitney.okamura@usdoj.gov
===
^ AO 88B (Rev. 12/13) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
# UNITED STATES DISTRICT COURT
^ for the
^ District of Utah

|!KAREN LYNN OSTROWSKI\\nPlaintiff\\nv.\\nUNITED STATES OF AMERICA\\nDefendant|Civil Action No. 2:24-cv-00671-DBP|

## SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To: Custodian of Records, Utah Department of Workforce Services, 140 East 300 South, Salt Lake City, UT 84111
(Name of person to whom this subpoena is directed)

[x] **Production:** YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material:
All quarterly wage records, employer names and addresses, and unemployment insurance claim files for Karen Lynn Ostrowski, date of birth October 2, 1977, SSN ending 6238, for the period January 1, 2019 to the present.

|!Place: U.S. Attorney's Office, 111 S. Main St., Suite 1800, Salt Lake City, UT 84111|Date and Time: 02/21/2025 10:00 am|

[ ] **Inspection of Premises:** YOU ARE COMMANDED to permit entry onto the designated premises, land, or other property possessed or controlled by you ...

The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

|!Date: 01/30/2025|CLERK OF COURT\\n________________________\\nSignature of Clerk or Deputy Clerk|OR\\n\\n__Whitney A. Okamura__\\nAttorney's signature|

The name, address, e-mail address, and telephone number of the attorney representing (name of party) **United States of America**, who issues or requests this subpoena, are:
Whitney A. Okamura, AUSA, 111 South Main Street, Suite 1800, Salt Lake City, UT 84111; whitney.okamura@usdoj.gov; (801) 555-0150

**Notice to the person who issues or requests this subpoena**
If this subpoena commands the production of documents, electronically stored information, or tangible things or the inspection of premises before trial, a notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
===
^ AO 88B (Rev. 12/13) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action (Page 3)
## Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)

**(c) Place of Compliance.**
(1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, or regularly transacts business in person; or (B) within the state where the person resides, is employed, or regularly transacts business in person, if the person (i) is a party or a party's officer; or (ii) is commanded to attend a trial and would not incur substantial expense.
(2) For Other Discovery. A subpoena may command: (A) production of documents, electronically stored information, or tangible things at a place within 100 miles of where the person resides, is employed, or regularly transacts business in person; and (B) inspection of premises at the premises to be inspected.

**(d) Protecting a Person Subject to a Subpoena; Enforcement.**
(1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena. The court for the district where compliance is required must enforce this duty and impose an appropriate sanction—which may include lost earnings and reasonable attorney's fees—on a party or attorney who fails to comply.
(2) Command to Produce Materials or Permit Inspection. (A) Appearance Not Required. A person commanded to produce documents, electronically stored information, or tangible things, or to permit the inspection of premises, need not appear in person at the place of production or inspection unless also commanded to appear for a deposition, hearing, or trial. (B) Objections. A person commanded to produce documents or tangible things or to permit inspection may serve on the party or attorney designated in the subpoena a written objection ...

**(e) Duties in Responding to a Subpoena.**
(1) Producing Documents or Electronically Stored Information. (A) Documents. A person responding to a subpoena to produce documents must produce them as they are kept in the ordinary course of business or must organize and label them to correspond to the categories in the demand. ...

**(g) Contempt.**
The court for the district where compliance is required—and also, after a motion is transferred, the issuing court—may hold in contempt a person who, having been served, fails without adequate excuse to obey the subpoena or an order related to it.

For access to subpoena materials, see Fed. R. Civ. P. 45(a) Committee Note (2013).
"""
doc(id="bf19", fmt="scanned", template="AUSA cover letter + AO 88B civil subpoena (FTCA suit) + Rule 45 text page upside down",
    pdf=dict(markup=BF19, family="serif", size=10),
    scan=[dict(angle=0.6), dict(angle=-0.4), dict(angle=1.2, turn=180)],
    texts=[BF19],
    label=dict(agency_key="doj-usao", agency_name="United States Attorney's Office – District of Utah",
               person="Whitney A. Okamura", title="Assistant United States Attorney",
               email="whitney.okamura@usdoj.gov", phone="(801) 555-0150",
               subjects=[("Karen Lynn Ostrowski", "1977-10-02", [("ssn_last4", "6238")])],
               basis=["28 USC 1346", "28 USC 2671", "FRCP 45", "UCA 35A-4-312"],
               ptype="court_subpoena", form="AO 88B", attached=True, purpose="unknown",
               records=["wages", "employment", "claims"], channel="mail"))


# ---------------- bf20 : CBP e-mail with Form 3115 summons as JPEG ----------------
BF20_BODY = """Good morning,

Attached is a CBP summons for MVA title, registration and customer
records relating to two individuals and five vehicles that were
presented for export through the Port of Baltimore. CBP Outbound
Enforcement, together with HSI, is investigating the export of stolen
vehicles (18 U.S.C. § 553) and smuggling goods from the United States
(18 U.S.C. § 554).

Please produce the records by the date on the summons. Electronic
production to this e-mail address is fine. I'm also happy to pick them
up in Glen Burnie.

Respectfully,

Raymond Kowalczyk
Supervisory CBP Officer
Outbound Enforcement Team | Port of Baltimore
U.S. Customs and Border Protection
2001 E. McComas Street, Baltimore, MD 21230
Office: 410-555-0186 | Raymond.Kowalczyk@cbp.dhs.gov

WARNING: This message and any attachments are intended solely for the
named addressee and may contain information that is privileged,
confidential or otherwise protected from disclosure. If you have
received it in error, please delete it and notify the sender.
"""
BF20_ATT = """
|!DEPARTMENT OF HOMELAND SECURITY\\nU.S. Customs and Border Protection|**SUMMONS**\\n\\nNo. BAL-OE-2025-0061|
|!TO: Custodian of Records\\nMaryland Motor Vehicle Administration\\n6601 Ritchie Highway NE\\nGlen Burnie, MD 21062|In the matter of:\\nExportation of motor vehicles through the Port of Baltimore (liability of persons named in the Schedule for duties, fees, penalties and forfeiture)|

YOU ARE HEREBY SUMMONED AND REQUIRED to appear before **Supervisory CBP Officer Raymond Kowalczyk**, an officer of U.S. Customs and Border Protection, or any other designated CBP officer, at 2001 E. McComas Street, Baltimore, Maryland 21230, on **April 11, 2025, at 10:00 a.m.**, to give testimony and to produce the records described in the Schedule below relating to the matter indicated above.

This summons is issued pursuant to the authority of 19 U.S.C. 1509. Compliance may be made by delivering legible copies of the records to the officer named above on or before the date stated. Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce compliance with this summons, as well as to other sanctions (19 U.S.C. 1510).

**SCHEDULE** – for the period 01/01/2023 to present:
1. Title applications, registration records and lien/release records, with all supporting documents (including identity documents), for the vehicles with VINs 1FTFW1E8XMFA30117, 5TDGZRBH3MS512266, WBA53BJ09NCJ84410, 1C6SRFFT7NN221904 and JTMW1RFV8KD029113;
2. Customer records for **Adebayo Oluwaseun OKAFOR**, DOB 12/14/1991, and **Ioana POPESCU**, DOB 06/30/1995: license/ID records, photographs, addresses, and all vehicles titled or registered to them.

|!Name and title of issuing officer:\\nRaymond Kowalczyk, Supervisory CBP Officer|Signature:\\n__R. Kowalczyk__|Date issued:\\nMarch 24, 2025|

^ CBP Form 3115 (Rev. 08/22)
"""
doc(id="bf20", fmt="eml", template="CBP officer e-mail with Form 3115 customs summons attached as JPEG photo",
    eml=dict(frm=("KOWALCZYK, RAYMOND", "Raymond.Kowalczyk@cbp.dhs.gov"), to=("MVA Investigative Records", "mva.investigations@mdot.maryland.gov"),
             date="Mon, 24 Mar 2025 10:12:44 -0400", subject="CBP Summons BAL-OE-2025-0061 - MVA records",
             text=BF20_BODY,
             attachments=[dict(kind="jpeg", name="IMG_20250324_094411.jpg",
                               pdf=dict(markup=BF20_ATT, family="sans", size=9.5), dpi=150, photo=True)]),
    texts=[BF20_BODY, BF20_ATT],
    label=dict(agency_key="dhs-cbp", agency_name="U.S. Customs and Border Protection, Outbound Enforcement Team, Port of Baltimore",
               person="Raymond Kowalczyk", title="Supervisory CBP Officer", email="Raymond.Kowalczyk@cbp.dhs.gov",
               phone="410-555-0186",
               subjects=[("Adebayo Oluwaseun Okafor", "1991-12-14", []),
                         ("Ioana Popescu", "1995-06-30", [])],
               basis=["18 USC 553", "18 USC 554", "19 USC 1509", "19 USC 1510"],
               ptype="administrative_subpoena", form="CBP Form 3115", attached=True, purpose="criminal_investigation",
               records=["vehicle", "identity_documents", "license", "photo", "address"], channel="email"))


# ---------------- bf21 : I-247N request for notification, born digital ----------------
BF21 = """
|!DEPARTMENT OF HOMELAND SECURITY|**REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN**|

|!Subject ID: |Event #: POO2504000271|File No: A 206 781 349|Date: 04/09/2025|

TRANSMITTED BY E-MAIL TO: odoc.records@doc.oregon.gov

|!TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)\\nOregon Department of Corrections – Offender Information & Sentence Computation\\n2575 Center Street NE, Salem, OR 97301|FROM: (Department of Homeland Security Office Address)\\nICE ERO Seattle Field Office – Portland Sub-Office\\n4310 SW Macadam Ave, Portland, OR 97239|

|!Name of Alien: ĐOÀN, Minh Khoa|Date of Birth: 02/14/1989|Citizenship: Vietnam|Sex: M|
|!SID #: 21873344|ODOC #: 23114598| | |

**1. DHS HAS DETERMINED THAT THE ALIEN IS A PRIORITY ALIEN. THIS DETERMINATION IS BASED ON:**
[x] The alien has been convicted of an offense listed as a priority for removal; and
[x] DHS has reason to believe the individual is an alien subject to removal from the United States based on (complete at least one):
    [ ] a final order of removal against the alien;
    [x] the pendency of ongoing removal proceedings against the alien;
    [ ] biometric confirmation of the alien's identity and a records check of federal databases;
    [ ] statements made by the alien to an immigration officer and/or other reliable evidence.

**IT IS THEREFORE REQUESTED THAT YOU:**
• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling [x] U.S. Immigration and Customs Enforcement (ICE) or [ ] U.S. Customs and Border Protection (CBP) at (503) 555-0169. If you cannot reach an official at the number(s) provided, please contact the Law Enforcement Support Center at (802) 555-0100.
• Please provide a copy of this form to the alien.

This request for notification does **not** request or authorize that you detain the alien beyond the time he/she is currently scheduled for release from your custody.

|!Ashley M. Ferreira, Deportation Officer\\n(Name and title of Immigration Officer)|__A. M. Ferreira__\\n(Signature of Immigration Officer)|

~ Authority: sections 236 and 287 of the Immigration and Nationality Act; 8 C.F.R. § 236.1. Contact: ashley.ferreira@ice.dhs.gov.
^ DHS Form I-247N (5/15)
===
## NOTICE TO THE ALIEN
The Department of Homeland Security (DHS) has requested that the law enforcement agency currently holding you notify DHS of your release date. This request does not authorize the law enforcement agency to detain you beyond the time you are currently scheduled for release.

If you have a complaint regarding this request, or related to violations of civil rights or civil liberties connected to DHS activities, please contact the DHS Office for Civil Rights and Civil Liberties.

## THÔNG BÁO CHO NGƯỜI NGOẠI QUỐC
Bộ An Ninh Nội Địa (DHS) đã yêu cầu cơ quan thi hành luật pháp hiện đang giam giữ quý vị thông báo cho DHS biết ngày quý vị được phóng thích. Yêu cầu này không cho phép cơ quan thi hành luật pháp giam giữ quý vị lâu hơn thời gian quý vị được ấn định để phóng thích.

^ DHS Form I-247N (5/15) – Page 2 of 2
"""
doc(id="bf21", fmt="born_digital", template="I-247N request for notification of release to Oregon DOC (e-mailed PDF), Vietnamese notice",
    pdf=dict(markup=BF21, family="sans", size=9.5),
    texts=[BF21],
    label=dict(agency_key="dhs-ice-ero", agency_name="ICE ERO Seattle Field Office – Portland Sub-Office",
               person="Ashley M. Ferreira", title="Deportation Officer", email="ashley.ferreira@ice.dhs.gov",
               phone="(503) 555-0169",
               subjects=[("Minh Khoa Đoàn", "1989-02-14",
                          [("a_number", "A206781349"), ("other", "21873344"), ("other", "23114598")])],
               basis=["INA 236", "INA 287", "8 CFR 236.1"],
               ptype="detainer", form="I-247N", attached=True, purpose="civil_immigration",
               records=["other"], channel="email"))


# ---------------- bf22 : sheriff multi-column request form with checkboxes, fax ----------------
BF22 = """
|!**PUEBLO COUNTY SHERIFF'S OFFICE**\\nInvestigations Division\\n909 Court Street, Pueblo, CO 81003|**INTERAGENCY RECORDS REQUEST**\\nForm PCSO-114 (rev. 2023)\\nControl # 25-0418|

|!Requesting Officer: Inv. Shane M. Pettibone|Badge: 1342|Phone: 719-555-0148|
|!E-mail: pettibones@pueblocounty.us|Fax: 719-555-0149|Date: 01/09/2025|
|!Case #: PCSO 25-1187|Offense: Motor Vehicle Theft (C.R.S. 18-4-409)|Agency ORI: CO0510000|

**RECORDS HOLDER:** [x] CO Division of Motor Vehicles   [ ] CDLE   [ ] CDHS   [ ] CDOC   [ ] Other: ________

**REASON FOR REQUEST (check one):**
[x] Criminal investigation      [ ] Warrant service      [ ] Civil process      [ ] Missing person      [ ] Other: ________

**RECORDS REQUESTED:**
[x] Driver/ID record      [x] Photograph      [x] Registered vehicles      [x] Address history      [ ] Accident reports      [ ] Title history

**SUBJECT INFORMATION**
|Last|First|Middle|DOB|CO DL / ID #|Sex|Race|
|ESPINOZA|Ana|Lucía|05/17/1993|15-203-8871|F|W|
|MUSE|Abdiqani|Hassan|12/30/2000| |M|B|
|DE LA CRUZ|Tomás| |11/08/1985|09-331-7420|M|W|
| | | | | | | |

**BRIEF SYNOPSIS:** Three suspects observed on video removing a 2021 Ford F-250 from a dealer lot on 01/04/2025. Vehicle recovered stripped. Need photos for identification by witness (lot attendant) and current addresses.

|!Requesting Officer Signature:\\n__S. M. Pettibone__|Supervisor Approval:\\n__Lt. Ruth Ambrose__|
===
## INSTRUCTIONS / CERTIFICATION – FORM PCSO-114

1. This form is to be used by Pueblo County Sheriff's Office personnel to request records from state agencies. A separate form is required for each case.
2. Requests to the Division of Motor Vehicles are made under the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and C.R.S. § 42-1-206, which permit disclosure to a law enforcement agency in carrying out its functions.
3. By signing this form the requesting officer certifies that the information is requested for a law enforcement purpose, that it will be used only for the case listed, and that it will not be used to investigate or enforce federal civil immigration law.
4. Return responses to the requesting officer by fax or secure e-mail. Do not send responses to the general office fax.

%% 20
~ PCSO-114 (rev. 2023) – page 2 of 2. THIS TRANSMISSION MAY CONTAIN CRIMINAL JUSTICE INFORMATION. Unauthorized dissemination is prohibited.
"""
doc(id="bf22", fmt="fax", template="sheriff interagency request form (checkbox grid, 3-subject table) faxed to DMV",
    pdf=dict(markup=BF22, family="cond", size=10),
    fax_header="JAN 09 2025 09:41AM   PUEBLO CO SHERIFF INV   7195550149          p.{page}",
    texts=[BF22],
    label=dict(agency_key="sheriff", agency_name="Pueblo County Sheriff's Office", person="Shane M. Pettibone",
               title="Investigator", email="pettibones@pueblocounty.us", phone="719-555-0148",
               subjects=[("Ana Lucía Espinoza", "1993-05-17", [("license", "152038871")]),
                         ("Abdiqani Hassan Muse", "2000-12-30", []),
                         ("Tomás de la Cruz", "1985-11-08", [("license", "093317420")])],
               basis=["CRS 18-4-409", "18 USC 2721", "CRS 42-1-206"],
               ptype="none", form=None, attached=False, purpose="criminal_investigation",
               records=["license", "photo", "vehicle", "address"], channel="fax"))


# ---------------- bf23 : colleague forwards an ERO e-mail as message/rfc822 attachment ----------------
BF23_OUTER = """Legal Records,

The attached request came to my inbox directly from an ICE officer. Not
sure it meets our policy, no subpoena or warrant that I can see. Please
review and log. I haven't responded to him.

Carmen

Carmen Ybarra
Program Officer III | Central Services - Records
Nevada Department of Motor Vehicles
555 Wright Way, Carson City, NV 89711
(775) 555-0102

Personal information in DMV records is confidential under NRS 481.063
and the federal Driver's Privacy Protection Act (18 U.S.C. 2721 et seq.)
and may be released only as those laws permit.
"""
BF23_INNER = """Good afternoon,

Please provide the current address, any registered vehicles, and the most
recent DL photograph for the following individual:

   SÁNCHEZ VILLANUEVA, Óscar Iván
   DOB: 06/23/1982
   A# 202 448 119
   NV DL 1503472291

This information is for official use. ICE is authorized to request it
under 8 USC 1357 and 8 CFR 287.5. Please reply to this e-mail or fax the
results to (702) 555-0146.

Thank you,

Luis F. Arriaga
Deportation Officer
ICE ERO Salt Lake City Field Office - Las Vegas Sub-Office
501 S. Las Vegas Blvd, Las Vegas, NV 89101
Desk: (702) 555-0145
luis.arriaga@ice.dhs.gov
"""
doc(id="bf23", fmt="eml", template="DMV staffer forwards an ERO request as attached message/rfc822",
    eml=dict(frm=("Carmen Ybarra", "cybarra@dmv.nv.gov"), to=("DMV Legal Records", "legalrecords@dmv.nv.gov"),
             date="Fri, 17 Jan 2025 11:05:30 -0800", subject="Fwd: Request for DMV info - A# 202448119",
             text=BF23_OUTER,
             forward=dict(frm=("Arriaga, Luis F", "luis.arriaga@ice.dhs.gov"), to=("Ybarra, Carmen", "cybarra@dmv.nv.gov"),
                          date="Thu, 16 Jan 2025 15:47:19 -0800", subject="Request for DMV info - A# 202448119",
                          text=BF23_INNER)),
    texts=[BF23_OUTER, BF23_INNER],
    label=dict(agency_key="dhs-ice-ero", agency_name="ICE ERO Salt Lake City Field Office - Las Vegas Sub-Office",
               person="Luis F. Arriaga", title="Deportation Officer", email="luis.arriaga@ice.dhs.gov",
               phone="(702) 555-0145",
               subjects=[("Óscar Iván Sánchez Villanueva", "1982-06-23", [("a_number", "A202448119"), ("license", "1503472291")])],
               basis=["NRS 481.063", "18 USC 2721", "8 USC 1357", "8 CFR 287.5"],
               ptype="none", form=None, attached=False, purpose="civil_immigration",
               records=["address", "vehicle", "photo"], channel="email"))


# ---------------- bf24 : Utah district court order for production, DA cover letter ----------------
BF24 = """
^ **SALT LAKE COUNTY DISTRICT ATTORNEY'S OFFICE**
^ Justice Division – Economic Crimes Team
^ 35 East 500 South • Salt Lake City, Utah 84111 • (385) 555-0133
---
April 24, 2025

Via Certified U.S. Mail

Utah Department of Workforce Services
Attn: Office of Administrative Services – Records
140 East 300 South
Salt Lake City, UT 84111

Re: State v. Krstić et al., Case No. 251901234 — Order for Production of Records

Dear Records Officer:

Please find enclosed a signed Order of the Third Judicial District Court directing the Department of Workforce Services to produce wage, employment and public-assistance records of the two defendants in the above-referenced prosecution for public assistance fraud (Utah Code Ann. § 76-8-1206). Please produce the records to my office within twenty-one days.

Thank you for your assistance.

%% 10
__Hannah Q. Lindgren__
Hannah Q. Lindgren
Deputy District Attorney
hlindgren@saltlakecounty.gov
===
|!Hannah Q. Lindgren (Bar No. 14588)\\nDeputy District Attorney\\nSALT LAKE COUNTY DISTRICT ATTORNEY\\n35 East 500 South, Salt Lake City, Utah 84111\\nTelephone: (385) 555-0133\\nAttorney for the State of Utah| |

## IN THE THIRD JUDICIAL DISTRICT COURT
## SALT LAKE COUNTY, STATE OF UTAH

|!STATE OF UTAH,\\nPlaintiff,\\nvs.\\nDAVOR KRSTIĆ and\\nMILENA KRSTIĆ-HORVAT,\\nDefendants.|**ORDER FOR PRODUCTION OF RECORDS**\\n\\nCase No. 251901234\\nJudge Andrea K. Sorensen|

Based upon the State's motion under Utah R. Crim. P. 14(b), and good cause appearing, the Court finds that the records described below are material to the prosecution of the defendants for public assistance fraud under Utah Code Ann. § 76-8-1206 and that their disclosure is authorized by Utah Code Ann. § 35A-4-312.

IT IS HEREBY ORDERED that the Utah Department of Workforce Services shall produce to the Salt Lake County District Attorney's Office, within twenty-one (21) days of service of this Order, the following records for the period January 1, 2021 through the present:

1. All quarterly wage records and employer information reported for **DAVOR KRSTIĆ** (DOB 08/08/1979, SSN xxx-xx-4402) and **MILENA KRSTIĆ-HORVAT** (DOB 01/31/1982, SSN xxx-xx-9913);
2. All applications, reviews and case records for SNAP, Medicaid and Family Employment Program assistance in which either defendant was listed as a household member, and the benefit issuance history for each case.

The records shall be used only for purposes of this criminal action and shall not be further disseminated except as permitted by law.

|!DATED this 22nd day of April, 2025.|BY THE COURT:\\n\\n__Andrea K. Sorensen__\\nHonorable Andrea K. Sorensen\\nThird District Court Judge|
"""
doc(id="bf24", fmt="born_digital", template="Deputy DA cover letter + Utah district court order for production (2 defendants)",
    pdf=dict(markup=BF24, family="serif", size=10.5, footer="State v. Krstić, No. 251901234"),
    texts=[BF24],
    label=dict(agency_key="district-attorney", agency_name="Salt Lake County District Attorney's Office",
               person="Hannah Q. Lindgren", title="Deputy District Attorney", email="hlindgren@saltlakecounty.gov",
               phone="(385) 555-0133",
               subjects=[("Davor Krstić", "1979-08-08", [("ssn_last4", "4402")]),
                         ("Milena Krstić-Horvat", "1982-01-31", [("ssn_last4", "9913")])],
               basis=["UCA 76-8-1206", "UT CrimP 14", "UCA 35A-4-312"],
               ptype="court_order", form=None, attached=True, purpose="criminal_investigation",
               records=["wages", "employment", "benefits"], channel="mail"))

# ---------------------------------------------------------------------------------------------
# Documents bf25 - bf32
# ---------------------------------------------------------------------------------------------

# ---------------- bf25 : Minnesota district court order, MPD cover letter, scanned ----------------
BF25 = """
# MINNEAPOLIS POLICE DEPARTMENT
^ Homicide Unit • 350 South 5th Street, Room 108 • Minneapolis, MN 55415
---
February 14, 2025

Minnesota Department of Employment and Economic Development
Unemployment Insurance – Data Practices Unit
332 Minnesota Street, Suite E200
St. Paul, MN 55101

RE: Court Order – Hennepin County File No. 27-MC-25-1182 / MPD CCN 25-041977

To the Data Practices Compliance Official:

Enclosed please find a certified copy of an Order of the Hennepin County District Court directing DEED to disclose employment and wage data relating to ABDIWALI MOHAMED GULED, DOB 04/03/1995. The data are needed in the homicide investigation described in the Order.

Please provide the data to me at the address above or by secure e-mail. I can be reached at (612) 555-0174 or nicole.brandvold@minneapolismn.gov.

Thank you for your prompt attention to this matter.

%% 10
__N. Brandvold__
Sgt. Nicole Brandvold #6023
Homicide Unit
Minneapolis Police Department

Enc.
===
|!STATE OF MINNESOTA\\n\\nCOUNTY OF HENNEPIN|DISTRICT COURT\\n\\nFOURTH JUDICIAL DISTRICT\\nCourt File No. 27-MC-25-1182|

|!In the Matter of the Application of the Minneapolis Police Department for an Order Directing Disclosure of Not Public Data|**ORDER DIRECTING DISCLOSURE OF DATA**|

The above-entitled matter came before the undersigned Judge of District Court upon the sworn application of Sergeant Nicole Brandvold of the Minneapolis Police Department for an order pursuant to Minn. Stat. § 13.03, subd. 6, and Minn. Stat. § 268.19, subd. 1, directing the Minnesota Department of Employment and Economic Development (DEED) to disclose data.

Based on the application, the Court finds that the data described below are necessary to the investigation of the death of Marcus Lee Dunning on January 27, 2025, which is being investigated as murder in the second degree under Minn. Stat. § 609.19; that the data cannot be obtained by other means; and that the benefit to the public of disclosure outweighs any harm to the data subject.

IT IS HEREBY ORDERED:
1. DEED shall disclose to Sergeant Nicole Brandvold, Minneapolis Police Department, the following data relating to **ABDIWALI MOHAMED GULED** (DOB 04/03/1995): (a) the names, addresses and telephone numbers of all employers reporting wages for him since January 1, 2024; (b) the wages reported by quarter; and (c) all addresses and telephone numbers he reported in any application for unemployment benefits.
2. The data shall be used only for the purposes of the criminal investigation described above and any resulting prosecution.
3. The application and this Order shall be sealed until further order of the Court.

|!Dated: February 13, 2025|BY THE COURT:\\n\\n__Karin E. Halvorsen__\\nHon. Karin E. Halvorsen\\nJudge of District Court|

~ I certify that the above is a true and correct copy of the original on file. Sarah J. Ng, Court Administrator — by Deputy: T. Lor   (SEAL)
"""
doc(id="bf25", fmt="scanned", template="MPD cover letter + Hennepin County order directing disclosure of UI data (page 2 rotated 90°)",
    pdf=dict(markup=BF25, family="serif", size=11),
    scan=[dict(angle=-0.6, dpi=300), dict(angle=0.7, turn=270, dpi=300)],
    texts=[BF25],
    label=dict(agency_key="local-police", agency_name="Minneapolis Police Department", person="Nicole Brandvold",
               title="Sergeant", email="nicole.brandvold@minneapolismn.gov", phone="(612) 555-0174",
               subjects=[("Abdiwali Mohamed Guled", "1995-04-03", [])],
               basis=["MN Stat 13.03", "MN Stat 268.19", "MN Stat 609.19"],
               ptype="court_order", form=None, attached=True, purpose="criminal_investigation",
               records=["employment", "wages", "address", "phone"], channel="mail"))


# ---------------- bf26 : New York trial subpoena duces tecum, Kings County ADA ----------------
BF26 = """
|!SUPREME COURT OF THE STATE OF NEW YORK\\nCOUNTY OF KINGS|**SUBPOENA DUCES TECUM**\\n(For Trial)|
|!THE PEOPLE OF THE STATE OF NEW YORK\\n\\n— against —\\n\\nVIKTOR HRABOVSKY,\\nDefendant.|Ind. No. 02417-2024\\nPart TR-7|

THE PEOPLE OF THE STATE OF NEW YORK

TO: Records Access Officer, New York State Department of Labor, Counsel's Office – Subpoena Unit, Building 12, W. Averell Harriman State Office Campus, Albany, NY 12226

GREETINGS:

WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF KINGS, Part TR-7, at 320 Jay Street, Brooklyn, New York, on the **2nd day of June, 2025, at 9:30 a.m.**, and at any recessed or adjourned date, to give testimony in a criminal action prosecuted by the People of the State of New York against VIKTOR HRABOVSKY, and that you bring with you and produce the following:

Certified copies of (a) all quarterly wage reporting records reflecting wages paid to VIKTOR HRABOVSKY, date of birth March 21, 1990, Social Security number ending 3076, from January 1, 2022 to the present, including the name and address of each reporting employer; and (b) all unemployment insurance claim records for said person, including the addresses, telephone numbers and direct-deposit information reported.

This subpoena is issued pursuant to CPL 610.20. The defendant is charged with Grand Larceny in the Second Degree (Penal Law § 155.40) and related offenses. Pursuant to CPL 610.25 and CPLR 2306, you may comply by delivering a complete and accurate copy of the items, certified by the custodian, to the Clerk of the Court at the address above, with a copy of this subpoena, on or before the return date.

Failure to comply with this subpoena is punishable as a contempt of Court and shall make you liable to the person on whose behalf this subpoena was issued for a penalty not to exceed fifty dollars and all damages sustained by reason of your failure to comply.

Dated: Brooklyn, New York
           May 12, 2025

|!JORDAN M. PRYCE\\nDistrict Attorney, Kings County\\n\\nBy: __Priscilla N. Odum__\\nPriscilla N. Odum\\nAssistant District Attorney, Frauds Bureau\\n350 Jay Street, Brooklyn, NY 11201\\n(718) 555-0103 • odump@brooklynda.org|SERVED BY CERTIFIED MAIL,\\nRETURN RECEIPT REQUESTED\\n\\nPlease contact ADA Odum with any questions. Do not contact the complainant, Harold Feinstein, or the defendant.|
"""
doc(id="bf26", fmt="born_digital", template="Kings County ADA trial subpoena duces tecum (CPL 610.20) to NYS DOL",
    pdf=dict(markup=BF26, family="scond", size=10.5),
    texts=[BF26],
    label=dict(agency_key="district-attorney", agency_name="District Attorney, Kings County", person="Priscilla N. Odum",
               title="Assistant District Attorney", email="odump@brooklynda.org", phone="(718) 555-0103",
               subjects=[("Viktor Hrabovsky", "1990-03-21", [("ssn_last4", "3076")])],
               basis=["NY CPL 610.20", "NY PL 155.40", "NY CPL 610.25", "NY CPLR 2306"],
               ptype="court_subpoena", form=None, attached=True, purpose="criminal_investigation",
               records=["wages", "employment", "claims", "address", "phone"], channel="mail"))


# ---------------- bf27 : Maricopa County grand jury subpoena PDF in a reply chain ----------------
BF27_BODY = """Mr. Haskie,

As requested, attached is the grand jury subpoena duces tecum for the MVD
records we discussed. The schedule lists the four individuals; the
records can be produced to me electronically and no one needs to appear
if we have them by March 7.

As I mentioned on the phone, this is a felony investigation of a title-
washing ring (fraudulent schemes and artifices, A.R.S. § 13-2310, and
forgery, A.R.S. § 13-2002). Please do not notify the account holders.

Thanks again,

Catalina Ortiz-Luján
Deputy County Attorney | Fraud & Public Corruption Bureau
Maricopa County Attorney's Office
225 W. Madison St., Phoenix, AZ 85003
O: 602-555-0111

> On Wed, Feb 12, 2025 at 9:18 AM MVD Subpoena Unit <mvdsubpoenas@azdot.gov> wrote:
>
> Ms. Ortiz-Luján,
>
> We are unable to process a request for customer records by e-mail
> without legal process. Please send a copy of the subpoena or court
> order and we will get it into the queue.
>
> Daniel Haskie
> Subpoena Unit, ADOT Motor Vehicle Division
>
>> On Tue, Feb 11, 2025, Ortiz-Luján, Catalina (MCAO) wrote:
>> Good afternoon -- I'm a DCA with MCAO. I'll need title and registration
>> files (with the supporting ID documents), photos and addresses for four
>> people. Grand jury subpoena to follow. Who should I send it to?
"""
BF27_ATT = """
## IN THE SUPERIOR COURT OF THE STATE OF ARIZONA
## IN AND FOR THE COUNTY OF MARICOPA

|!IN THE MATTER OF THE\\nMARICOPA COUNTY GRAND JURY\\nNO. 2025-GJ-088|**GRAND JURY SUBPOENA DUCES TECUM**\\n\\nSubpoena No. 2025-0317|

THE STATE OF ARIZONA TO: Custodian of Records, Arizona Department of Transportation, Motor Vehicle Division, 1801 W. Jefferson Street, Phoenix, Arizona 85007

YOU ARE COMMANDED to appear before the Maricopa County Grand Jury at 175 West Madison Street, Phoenix, Arizona, on **March 11, 2025, at 9:00 a.m.**, to give testimony in a matter now pending before the Grand Jury, and to bring with you the records described in **Schedule A**.

This subpoena is issued pursuant to A.R.S. § 21-412 at the request of the Maricopa County Attorney. Delivery of the records described in Schedule A to the requesting Deputy County Attorney before the date above will be accepted in lieu of appearance. The matters before the Grand Jury are secret; you are directed not to disclose the existence of this subpoena.

|!Dated: February 12, 2025|CLERK OF THE SUPERIOR COURT\\nBy __J. Benally__, Deputy Clerk|
|!Requested by: Catalina Ortiz-Luján, Deputy County Attorney (Bar No. 031877)\\n225 W. Madison St., Phoenix, AZ 85003 • 602-555-0111|(SEAL)|

## SCHEDULE A
For the period January 1, 2023 to the present, produce for each person below: (1) all certificate-of-title and registration applications, with every supporting document (including identity documents and powers of attorney); (2) all driver license / ID photographs; (3) all addresses on file.

|Name|Date of Birth|AZ DL/ID No.|
|ROMERO GUTIÉRREZ, Iván Darío|02/09/1984|608455120|
|LÊ, Thanh Hương|10/10/1990|unknown|
|HADŽIĆ, Emir|07/01/1987|611902345|
|McALLISTER, Shawn Patrick|12/05/1979|unknown|
"""
doc(id="bf27", fmt="eml", template="Deputy County Attorney reply in a 3-level thread with Arizona county grand jury SDT as PDF",
    eml=dict(frm=("Ortiz-Luján, Catalina (MCAO)", "cortizlujan@mcao.maricopa.gov"), to=("MVD Subpoena Unit", "mvdsubpoenas@azdot.gov"),
             date="Wed, 12 Feb 2025 13:27:51 -0700", subject="RE: MVD records - grand jury subpoena attached",
             text=BF27_BODY,
             attachments=[dict(kind="pdf", name="GJ_SDT_2025-0317_ADOT.pdf",
                               pdf=dict(markup=BF27_ATT, family="serif", size=10))]),
    texts=[BF27_BODY, BF27_ATT],
    label=dict(agency_key="district-attorney", agency_name="Maricopa County Attorney's Office", person="Catalina Ortiz-Luján",
               title="Deputy County Attorney", email="cortizlujan@mcao.maricopa.gov", phone="602-555-0111",
               subjects=[("Iván Darío Romero Gutiérrez", "1984-02-09", [("license", "608455120")]),
                         ("Thanh Hương Lê", "1990-10-10", []),
                         ("Emir Hadžić", "1987-07-01", [("license", "611902345")]),
                         ("Shawn Patrick McAllister", "1979-12-05", [])],
               basis=["ARS 13-2310", "ARS 13-2002", "ARS 21-412"],
               ptype="grand_jury_subpoena", form=None, attached=True, purpose="criminal_investigation",
               records=["vehicle", "identity_documents", "photo", "address"], channel="email"))


# ---------------- bf28 : CDHS online form submission from an ICE officer ----------------
BF28 = """Colorado Department of Human Services
Law Enforcement Information Request - Online Form
------------------------------------------------------------
Reference Number:   CDHS-LE-20250311-0082
Date/Time Received: 03/11/2025 08:56 AM
Routed to:          Records & Data Privacy Office

REQUESTER INFORMATION
  Full Name:        Kevin Nakamura-Briggs
  Agency:           ICE
  Agency Type:      Federal
  Title / Rank:     Officer
  Work Email:       kevin.nakamura-briggs@ice.dhs.gov
  Work Phone:       (720) 555-0116
  Supervisor Name:

SUBJECT INFORMATION
  Subject Name:       María José Hernández-López
  Date of Birth:      1996-12-01
  SSN (last 4):
  Other Identifiers:  A# 216-330-902
  Last Known Address: Aurora, CO

REQUEST DETAILS
  Information Requested:
    Current address and phone number(s) on file for subject's
    SNAP/Medicaid case.
  Reason for Request:
    Subject is in removal proceedings and failed to report for her
    scheduled check-in. Need current address to locate subject.
  Is this request related to a criminal investigation?   No
  Legal Authority Cited:   INA 287(a)(2); 8 CFR 287.8(c)
  Is a subpoena, warrant or court order attached?   No
  Attachments:   (none)

[x] By submitting this form I certify that the information provided is
    accurate and that I am authorized by my agency to make this request.
------------------------------------------------------------
Privacy notice: CDHS processes law enforcement requests under its
written data-sharing policy. Requests are logged and reviewed before any
information is released.
"""
doc(id="bf28", fmt="txt", template="CDHS online-form submission (indented label: value layout) from an ICE officer",
    txt=BF28, texts=[BF28],
    label=dict(agency_key="dhs-ice", agency_name="ICE", person="Kevin Nakamura-Briggs", title="Officer",
               email="kevin.nakamura-briggs@ice.dhs.gov", phone="(720) 555-0116",
               subjects=[("María José Hernández-López", "1996-12-01", [("a_number", "A216330902")])],
               basis=["INA 287", "8 CFR 287.8"],
               ptype="none", form=None, attached=False, purpose="civil_immigration",
               records=["address", "phone"], channel="email"))


# ---------------- bf29 : USMS fugitive letter (e-mailed PDF), aliases, no process attached ----------------
BF29 = """
^ **U.S. Department of Justice**
^ **United States Marshals Service**
^ District of Wyoming
^ 2120 Capitol Avenue, Room 2124, Cheyenne, WY 82001
---
February 26, 2025

Sent via e-mail to dws-uirecords@wyo.gov

Wyoming Department of Workforce Services
Unemployment Insurance Division – Records
5221 Yellowstone Road
Cheyenne, WY 82002

**RE: Fugitive Investigation — WHITAKER, Jamal Terrell — USMS Warrant ID 1094-0225-2841-C**

To the Records Custodian:

The U.S. Marshals Service is the primary agency responsible for apprehending federal fugitives (28 U.S.C. § 566(e)(1)(B)). The individual identified below is the subject of a federal arrest warrant issued by the United States District Court for the District of Wyoming on February 3, 2025, for violating the conditions of his supervised release (18 U.S.C. § 3583(e)), which was imposed following his conviction for possession of a firearm by a prohibited person, 18 U.S.C. § 922(g)(1).

|!Name:|Jamal Terrell WHITAKER|
|!Also known as:|"Jay Whit"; Jamal T. Whitacre|
|!DOB:|1991-08-29|
|!SSN:|***-**-6650|
|!USM #:|17822-091|
|!FBI #:|338812HB2|

Mr. Whitaker is considered armed and dangerous. We request the following from your records, for the period October 1, 2024 to the present:

• the name, address and telephone number of any employer reporting wages for Mr. Whitaker, and the wages reported;
• any residential or mailing address and telephone number he reported on a claim for unemployment benefits.

A copy of the warrant can be provided on request. Please contact me directly with any information; if the subject contacts your office, please do not alert him.

Respectfully,

%% 12
__Colt R. Amundsen__
Colt R. Amundsen
Deputy United States Marshal
Wyoming Fugitive Task Force
Office: (307) 555-0153 • Cell: (307) 555-0154
colt.amundsen@usdoj.gov
"""
doc(id="bf29", fmt="born_digital", template="USMS fugitive letter (e-mailed PDF), a/k/a aliases, warrant mentioned but not attached",
    pdf=dict(markup=BF29, family="sans", size=10),
    texts=[BF29],
    label=dict(agency_key="doj-usms", agency_name="United States Marshals Service, District of Wyoming", person="Colt R. Amundsen",
               title="Deputy United States Marshal", email="colt.amundsen@usdoj.gov", phone="(307) 555-0153",
               subjects=[("Jamal Terrell Whitaker", "1991-08-29",
                          [("ssn_last4", "6650"), ("other", "17822-091"), ("other", "338812HB2")])],
               basis=["28 USC 566", "18 USC 3583", "18 USC 922"],
               ptype="none", form=None, attached=False, purpose="criminal_investigation",
               records=["employment", "wages", "address", "phone"], channel="email"))


# ---------------- bf30 : Henderson PD detective e-mail thread + NV arrest warrant PNG ----------------
BF30_BODY = """Hi Gloria,

Thanks for getting back to me so fast. Attached is a copy of the arrest
warrant signed by the Justice of the Peace. As I said, the suspect quit
his last known job after the incident and moved out of the residence.
I'm looking for his current employer(s) and any address or phone number
he has given DETR.

Det. Mariana Castillo-Fuentes #2291
Henderson Police Department | Investigative Services - Domestic Violence Unit
223 Lead St, Henderson, NV 89015
Desk 702-555-0189
mcastillofuentes@cityofhenderson.com

-----Original Message-----
From: Gloria Tsosie <gtsosie@detr.nv.gov>
Sent: Monday, April 7, 2025 2:10 PM
To: Castillo-Fuentes, Mariana <mcastillofuentes@cityofhenderson.com>
Subject: RE: Employer info request - PETROVIC

Detective,

Information in our unemployment records is confidential under NRS
612.265. We can release it to law enforcement with a warrant, subpoena
or court order. Please send a copy of the legal process if you have one.

Gloria Tsosie
Employment Security Division - Investigations
Nevada DETR

-----Original Message-----
From: Castillo-Fuentes, Mariana <mcastillofuentes@cityofhenderson.com>
Sent: Monday, April 7, 2025 11:32 AM
To: ESD Investigations <esdinvestigations@detr.nv.gov>
Subject: Employer info request - PETROVIC

Good morning, I'm a detective with Henderson PD. I have a felony arrest
warrant for Dusan PETROVIC, DOB 06/06/1983, on a DV strangulation case
(HPD event 25-0409118). Can you tell me who has reported wages for him
in the last two quarters?
"""
BF30_ATT = """
## JUSTICE COURT, HENDERSON TOWNSHIP
## CLARK COUNTY, NEVADA

|!THE STATE OF NEVADA,\\nPlaintiff,\\nvs.\\nDUŠAN PETROVIĆ,\\nDefendant.|Case No. 25CRH000412\\nDept. No. 2\\n\\n**WARRANT OF ARREST**|

THE STATE OF NEVADA, To any Sheriff, Constable, Marshal, Policeman or Peace Officer in this State:

A Declaration of Arrest having been this day laid before me, and the Court having found probable cause to believe that the crime of BATTERY CONSTITUTING DOMESTIC VIOLENCE – STRANGULATION, a Category C Felony in violation of NRS 200.485 and NRS 33.018, was committed on or about March 30, 2025, in Henderson Township, Clark County, Nevada, and that DUŠAN PETROVIĆ (DOB 06/06/1983) committed it;

YOU ARE THEREFORE COMMANDED forthwith to arrest the above-named defendant and bring him before me, or, in my absence, before the nearest available magistrate in Clark County.

Bail is set at $25,000.00, cash or surety.

|!Dated this 4th day of April, 2025.|__L. K. Ashby__\\nJUSTICE OF THE PEACE\\nHon. Leonard K. Ashby|
"""
doc(id="bf30", fmt="eml", template="Henderson PD detective thread (Outlook quoting), NV justice court arrest warrant as PNG",
    eml=dict(frm=("Castillo-Fuentes, Mariana", "mcastillofuentes@cityofhenderson.com"), to=("Gloria Tsosie", "gtsosie@detr.nv.gov"),
             date="Mon, 07 Apr 2025 15:02:26 -0700", subject="RE: Employer info request - PETROVIC",
             text=BF30_BODY,
             attachments=[dict(kind="png", name="Warrant_25CRH000412.png",
                               pdf=dict(markup=BF30_ATT, family="serif", size=10.5), dpi=150)]),
    texts=[BF30_BODY, BF30_ATT],
    label=dict(agency_key="local-police", agency_name="Henderson Police Department", person="Mariana Castillo-Fuentes",
               title="Detective", email="mcastillofuentes@cityofhenderson.com", phone="702-555-0189",
               subjects=[("Dušan Petrović", "1983-06-06", [])],
               basis=["NRS 612.265", "NRS 200.485", "NRS 33.018"],
               ptype="judicial_warrant", form=None, attached=True, purpose="criminal_investigation",
               records=["employment", "address", "phone"], channel="email"))


# ---------------- bf31 : typed transcription of a handwritten police letter, no reason given ----------------
BF31 = """[Records Unit transcription - original handwritten letter received by
U.S. mail on 02/11/2025 and scanned to file RU-25-0190. Spelling and
line breaks as in the original.]

Cedaredge Police Dept.
235 W. Main St. / P.O. Box 398
Cedaredge CO 81413

Feb 6 2025

To: Colo. Dept. of Labor & Employment
    Unemployment Insurance

Hello,

I am trying to get a current address and phone number for the two men
below. They both used to work for an orchard out here (Sunburst
Orchards) and I think one or both of them filed for unemployment last
fall. Anything you have would help.

   Lukas Janík    - born 9/14/1972
   Tomáš Janík   - born 1999-01-22  (his son)

You can call me at the station 970-555-0112 or mail it to the address
above.

Thank you,
Wade Hollingsworth
Patrol Officer, Cedaredge P.D.
"""
doc(id="bf31", fmt="txt", template="records-unit transcription of a handwritten small-town police letter, no stated reason",
    txt=BF31, texts=[BF31],
    label=dict(agency_key="local-police", agency_name="Cedaredge Police Dept.", person="Wade Hollingsworth",
               title="Patrol Officer", email=None, phone="970-555-0112",
               subjects=[("Lukas Janík", "1972-09-14", []), ("Tomáš Janík", "1999-01-22", [])],
               basis=[],
               ptype="none", form=None, attached=False, purpose="unknown",
               records=["address", "phone"], channel="mail"))


# ---------------- bf32 : DHS OIG subpoena duces tecum to TxDMV, SA cover letter ----------------
BF32 = """
^ **OFFICE OF INSPECTOR GENERAL**
^ Department of Homeland Security
^ Office of Investigations – McAllen Resident Office
^ 1701 W. Business Hwy 83, Suite 510, McAllen, TX 78501
---
March 19, 2025

VIA UPS NEXT DAY AIR

Texas Department of Motor Vehicles
Vehicle Titles and Registration Division – Records
4000 Jackson Avenue
Austin, TX 78731

Re: DHS OIG Subpoena No. OIG-25-SD-0094

Dear Custodian of Records:

Enclosed is a subpoena duces tecum issued by the DHS Office of Inspector General in connection with a criminal investigation of alleged bribery of a public official (18 U.S.C. § 201(b)). I understand that the Department may disclose personal information from motor vehicle records to a government agency carrying out its functions under Tex. Transp. Code § 730.007(a)(2)(A).

Please produce the records described in the schedule on or before April 9, 2025. Electronic production to the e-mail address below is acceptable. Please do not disclose the existence of this subpoena to the persons named in it.

Sincerely,

%% 10
__Oscar Lindahl__
Oscar Lindahl
Special Agent
(956) 555-0128 | oscar.lindahl@oig.dhs.gov
===
|!**DEPARTMENT OF HOMELAND SECURITY**\\n**OFFICE OF INSPECTOR GENERAL**\\nWashington, DC 20528|**SUBPOENA DUCES TECUM**\\n\\nNo. OIG-25-SD-0094|

TO: Custodian of Records
Texas Department of Motor Vehicles
4000 Jackson Avenue, Austin, Texas 78731

YOU ARE HEREBY COMMANDED to produce to Special Agent Oscar Lindahl of the Department of Homeland Security, Office of Inspector General, at 1701 W. Business Hwy 83, Suite 510, McAllen, Texas 78501, on or before **April 9, 2025**, the documents and records described in the attached Schedule, in connection with an investigation being conducted by the Office of Inspector General.

This subpoena is issued under the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4). In case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate United States district court.

|!IN TESTIMONY WHEREOF, this subpoena is issued under my hand at Washington, D.C., this 17th day of March, 2025.|__Elliott N. Barrington__\\nElliott N. Barrington\\nInspector General|

## SCHEDULE
For the period January 1, 2022 to the present, all records relating to:

|Name|DOB|TX DL|
|ESQUIVEL TREVIÑO, Rolando|01/17/1981|27340918|
|GARZA DE ESQUIVEL, Yesenia|08/22/1984|—|

1. Certificate-of-title applications, title histories, registration records and lien records for every motor vehicle titled or registered to either person, including the purchase price reported;
2. All addresses associated with either person in the Department's records.

~ Return of service: served on ______________ by ______________ (DHS OIG). Production should be accompanied by a business-records certification.
"""
doc(id="bf32", fmt="born_digital", template="DHS OIG SA cover letter + Inspector General subpoena duces tecum to TxDMV (2 subjects)",
    pdf=dict(markup=BF32, family="cond", size=10.5),
    texts=[BF32],
    label=dict(agency_key="dhs-oig", agency_name="Department of Homeland Security, Office of Inspector General – Office of Investigations",
               person="Oscar Lindahl", title="Special Agent", email="oscar.lindahl@oig.dhs.gov", phone="(956) 555-0128",
               subjects=[("Rolando Esquivel Treviño", "1981-01-17", [("license", "27340918")]),
                         ("Yesenia Garza de Esquivel", "1984-08-22", [])],
               basis=["18 USC 201", "TX TC 730.007", "5 USC 406"],
               ptype="administrative_subpoena", form=None, attached=True, purpose="criminal_investigation",
               records=["vehicle", "address"], channel="mail"))

# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from email.headerregistry import Address  # noqa: E402
from email.message import EmailMessage  # noqa: E402
from email.policy import default as email_default  # noqa: E402

SEED = 20250601
OUT = Path(__file__).resolve().parent
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def _rng(doc_id):
    return np.random.default_rng(SEED + int(doc_id[2:]))


def _pdf(spec):
    return make_pdf(spec["markup"], family=spec.get("family", "serif"), size=spec.get("size", 10.5),
                    footer=spec.get("footer"))


def _attachment_bytes(att, rng):
    if att["kind"] == "pdf":
        return _pdf(att["pdf"]), "application", "pdf"
    pages = pdf_to_images(_pdf(att["pdf"]), dpi=att.get("dpi", 150))
    img = pages[0]
    if att.get("photo"):
        # phone photo of a paper form lying on a desk: skewed, darker surround, uneven light, JPEG
        img = degrade(img, rng, angle=float(rng.uniform(2.0, 3.0)), noise=6, bg=222, jpeg_q=80, blur=0.7,
                      speckle=0.0002)
        w, h = img.size
        canvas = Image.new("L", (w + 120, h + 120), 70)
        canvas.paste(img, (60, 60))
        return image_bytes(canvas, "JPEG", quality=72), "image", "jpeg"
    img = img.convert("L").rotate(float(rng.uniform(-0.8, 0.8)), resample=Image.BICUBIC, expand=True,
                                  fillcolor=255)
    img = img.point(lambda v: 255 if v > 200 else (0 if v < 60 else v))
    return image_bytes(img, "PNG"), "image", "png"


def _mk_email(e, doc_id, rng, part_no=0):
    msg = EmailMessage()
    msg["From"] = Address(display_name=e["frm"][0], addr_spec=e["frm"][1])
    msg["To"] = Address(display_name=e["to"][0], addr_spec=e["to"][1])
    msg["Date"] = e["date"]
    msg["Subject"] = e["subject"]
    dom = e["frm"][1].split("@")[1]
    msg["Message-ID"] = "<%s.%d.%s@%s>" % (doc_id, part_no, hashlib.sha1(e["subject"].encode()).hexdigest()[:12], dom)
    text, html = e.get("text"), e.get("html")
    if text and html:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    elif html:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
    for att in e.get("attachments", []):
        data, maint, subt = _attachment_bytes(att, rng)
        msg.add_attachment(data, maintype=maint, subtype=subt, filename=att["name"])
    if e.get("forward"):
        inner = _mk_email(e["forward"], doc_id, rng, part_no + 1)
        msg.add_attachment(inner)
    return msg


def _fix_boundaries(msg, doc_id):
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("=_bf_%s_%02d_boundary" % (doc_id, i))
        if part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                _fix_boundaries(inner, doc_id + "i")


def write_doc(d):
    doc_id, fmt = d["id"], d["fmt"]
    rng = _rng(doc_id)
    if fmt == "born_digital":
        (OUT / f"{doc_id}.pdf").write_bytes(_pdf(d["pdf"]))
        ext = "pdf"
    elif fmt == "scanned":
        dpi = d["scan"][0].get("dpi", 200)
        pages = pdf_to_images(_pdf(d["pdf"]), dpi=dpi)
        assert len(pages) == len(d["scan"]), (doc_id, len(pages))
        out = []
        for img, sp in zip(pages, d["scan"]):
            out.append(degrade(img, rng, angle=sp.get("angle", 0.0), turn=sp.get("turn", 0),
                               noise=sp.get("noise", 4.5), bg=sp.get("bg", 228), jpeg_q=sp.get("q", 45)))
        (OUT / f"{doc_id}.pdf").write_bytes(images_to_pdf(out, dpi=dpi))
        ext = "pdf"
    elif fmt == "fax":
        pages = pdf_to_images(_pdf(d["pdf"]), dpi=200)
        save_fax(fax_pages(pages, d["fax_header"], rng), OUT / f"{doc_id}.tif")
        ext = "tif"
    elif fmt == "eml":
        msg = _mk_email(d["eml"], doc_id, rng)
        _fix_boundaries(msg, doc_id)
        (OUT / f"{doc_id}.eml").write_bytes(msg.as_bytes(policy=email_default))
        ext = "eml"
    elif fmt == "txt":
        (OUT / f"{doc_id}.txt").write_text(d["txt"], encoding="utf-8")
        ext = "txt"
    else:
        raise ValueError(fmt)
    lb = d["label"]
    rec = {
        "id": doc_id, "family": "blind-f", "format": fmt, "template": d["template"],
        "requestor": {"agency_key": lb["agency_key"], "agency_name": lb["agency_name"], "person": lb["person"],
                      "title": lb["title"], "email": lb["email"], "phone": lb["phone"]},
        "subjects": [{"name": n, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, dob, ids in lb["subjects"]],
        "legal_basis": [{"normalized": b} for b in lb["basis"]],
        "legal_process": {"type": lb["ptype"], "court_issued": lb["ptype"] in COURT, "form": lb["form"]},
        "warrant_or_subpoena_attached": lb["attached"], "purpose": lb["purpose"],
        "records_requested": lb["records"], "channel": lb["channel"],
    }
    (OUT / f"{doc_id}.expected.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
    return f"{doc_id}.{ext}"


def main():
    import sys
    random.seed(SEED)
    only = set(sys.argv[1:])
    ids = [d["id"] for d in DOCS]
    assert ids == ["bf%02d" % i for i in range(1, len(DOCS) + 1)], ids
    for d in DOCS:
        if only and d["id"] not in only:
            continue
        name = write_doc(d)
        size = (OUT / name).stat().st_size
        assert size < 2_000_000, (name, size)
        print(f"{name:10s} {size:>9,d} bytes  {d['label']['ptype']}")


if __name__ == "__main__":
    main()
