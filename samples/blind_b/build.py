"""Build the blind-b evaluation set.

Independent author; written without looking at the program under test.
Run:  /work/main/.venv/bin/python samples/blind_b/build.py
Every output is deterministic (fixed seeds, fixed dates, fixed MIME boundaries).
"""
import datetime
import io
import json
import os
import random
import subprocess
import tempfile
from email.message import EmailMessage
from email.policy import SMTP

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20250417
DV = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 4, 20, 12, 0, 0).utctimetuple()

for name, fn in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                 ("DV-I", "DejaVuSans-Oblique.ttf"), ("DVS", "DejaVuSerif.ttf"),
                 ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVS-I", "DejaVuSerif-Italic.ttf"),
                 ("DVM", "DejaVuSansMono.ttf"), ("DVM-B", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, DV + fn))

FAM = {
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
    "sans": ("DV", "DV-B", "DV-I"),
    "serif": ("DVS", "DVS-B", "DVS-I"),
    "mono": ("DVM", "DVM-B", "DVM"),
}
FALLBACK = {"times": "serif", "helv": "sans", "courier": "mono"}


def _latin1(text):
    try:
        text.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------------------
# tiny layout language -> PDF
#   @title X   big bold centred          @h X    bold centred
#   @c X       centred                   @cb X   centred bold
#   @b X       bold left                 @i X    italic left
#   @r X       right aligned             @hr     horizontal rule
#   @page      new page                  @sp N   N points of space
#   @small X   small wrapped             @mono X monospace, not wrapped
#   @sig X     signature (italic, large) @lh X   letterhead line (large bold)
#   @cols A || B   two columns           @box / @endbox  frame a block
#   anything else: wrapped paragraph line; leading spaces indent
# ---------------------------------------------------------------------------
def render(spec, family="times", size=10.5, margin=66, footer=None, header=None,
           pagesize=letter, leading=1.32):
    if family in FALLBACK and not _latin1(spec + (footer or "") + (header or "")):
        family = FALLBACK[family]
    reg, bold, ital = FAM[family]
    W, H = pagesize
    width = W - 2 * margin
    pages, ops = [], []
    y = H - margin
    box_start = []

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops = []
        y = H - margin

    def need(h):
        if y - h < margin + 10:
            newpage()

    def text(x, font, sz, s, align="l"):
        nonlocal y
        need(sz * leading)
        y -= sz * leading
        ops.append(("t", x, y, font, sz, s, align))

    for raw in spec.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("@"):
            cmd, _, arg = line.partition(" ")
            if cmd == "@title":
                for part in simpleSplit(arg, bold, size + 5, width):
                    text(W / 2, bold, size + 5, part, "c")
                y -= 3
            elif cmd == "@h":
                for part in simpleSplit(arg, bold, size + 1.5, width):
                    text(W / 2, bold, size + 1.5, part, "c")
            elif cmd == "@c":
                for part in simpleSplit(arg, reg, size, width):
                    text(W / 2, reg, size, part, "c")
            elif cmd == "@cb":
                for part in simpleSplit(arg, bold, size, width):
                    text(W / 2, bold, size, part, "c")
            elif cmd == "@b":
                for part in simpleSplit(arg, bold, size, width):
                    text(margin, bold, size, part)
            elif cmd == "@i":
                for part in simpleSplit(arg, ital, size, width):
                    text(margin, ital, size, part)
            elif cmd == "@r":
                text(W - margin, reg, size, arg, "r")
            elif cmd == "@hr":
                need(8)
                y -= 5
                ops.append(("l", margin, y, W - margin, y))
                y -= 3
            elif cmd == "@page":
                newpage()
            elif cmd == "@sp":
                y -= float(arg or 6)
            elif cmd == "@small":
                for part in simpleSplit(arg, reg, size - 2, width):
                    text(margin, reg, size - 2, part)
            elif cmd == "@mono":
                text(margin, "Courier" if family in ("times", "helv", "courier") else "DVM",
                     size - 0.5, arg)
            elif cmd == "@sig":
                y -= 4
                x = margin + width * 0.58 if arg.startswith(" ") else margin + 18
                text(x, ital, size + 5, arg.strip())
            elif cmd == "@lh":
                text(margin, bold, size + 4, arg)
            elif cmd == "@cols":
                a, _, b = arg.partition("||")
                la = simpleSplit(a.strip(), reg, size, width * 0.55)
                lb = simpleSplit(b.strip(), reg, size, width * 0.42)
                n = max(len(la), len(lb), 1)
                need(n * size * leading)
                for i in range(n):
                    y -= size * leading
                    if i < len(la):
                        ops.append(("t", margin, y, reg, size, la[i], "l"))
                    if i < len(lb):
                        ops.append(("t", margin + width * 0.58, y, reg, size, lb[i], "l"))
            elif cmd == "@box":
                y -= 4
                box_start.append((len(pages), y))
            elif cmd == "@endbox":
                pg, y0 = box_start.pop()
                y -= 5
                if pg == len(pages):
                    ops.append(("r", margin - 6, y, width + 12, y0 - y))
            else:
                raise ValueError("unknown directive " + cmd)
            continue
        if not line.strip():
            y -= size * 0.6
            continue
        stripped = line.lstrip(" ")
        indent = (len(line) - len(stripped)) * 3.2
        for part in simpleSplit(stripped, reg, size, width - indent):
            text(margin + indent, reg, size, part)
    pages.append(ops)
    pages = [p for p in pages if p] or [[]]

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    c.setTitle("")
    n = len(pages)
    for i, p in enumerate(pages, 1):
        for op in p:
            if op[0] == "t":
                _, x, yy, font, sz, s, al = op
                c.setFont(font, sz)
                if al == "c":
                    c.drawCentredString(x, yy, s)
                elif al == "r":
                    c.drawRightString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
            elif op[0] == "l":
                c.setLineWidth(0.7)
                c.line(*op[1:])
            elif op[0] == "r":
                c.setLineWidth(0.8)
                c.rect(*op[1:], stroke=1, fill=0)
        if footer:
            c.setFont(reg, size - 2.5)
            c.drawCentredString(W / 2, margin * 0.5, footer.format(page=i, pages=n))
        if header:
            c.setFont(reg, size - 2.5)
            c.drawRightString(W - margin, H - margin * 0.55, header.format(page=i, pages=n))
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------
# rasterising, scanning, faxing
# ---------------------------------------------------------------------------
def pdf_pages(pdf_bytes, dpi):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.pdf")
        with open(src, "wb") as fh:
            fh.write(pdf_bytes)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src,
                        os.path.join(td, "p")], check=True)
        names = sorted(f for f in os.listdir(td) if f.startswith("p") and f.endswith(".png"))
        return [Image.open(os.path.join(td, f)).convert("L").copy() for f in names]


def degrade(img, rng, angle, turn=0, quality=40, blur=0.7, noise=7.0):
    arr = np.asarray(img, dtype=np.float32)
    bg = rng.uniform(208, 232)
    ink = rng.uniform(22, 48)
    arr = ink + arr / 255.0 * (bg - ink)
    h, w = arr.shape
    # uneven lighting: darker toward one edge
    grad = np.linspace(0, rng.uniform(8, 22), w, dtype=np.float32)
    if rng.random() < 0.5:
        grad = grad[::-1]
    arr -= grad[None, :]
    arr += rng.normal(0, noise, arr.shape).astype(np.float32)
    # a few dust specks
    for _ in range(int(rng.integers(40, 120))):
        yy, xx = int(rng.integers(0, h)), int(rng.integers(0, w))
        r = int(rng.integers(1, 3))
        arr[max(0, yy - r):yy + r, max(0, xx - r):xx + r] = ink + 20
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    im = im.filter(ImageFilter.GaussianBlur(blur))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=int(bg - 30))
    if turn:
        im = im.rotate(turn, expand=True)
    b = io.BytesIO()
    im.save(b, "JPEG", quality=quality)
    b.seek(0)
    return Image.open(b).convert("L").copy()


def write_scanned(path, pdf_bytes, rng, turns, dpi=200, quality=38, max_angle=2.0):
    pages = pdf_pages(pdf_bytes, dpi)
    out = []
    for i, p in enumerate(pages):
        angle = float(rng.uniform(0.5, max_angle)) * (1 if rng.random() < 0.5 else -1)
        out.append(degrade(p, rng, angle, turns.get(i, 0), quality=quality))
    out[0].save(path, "PDF", save_all=True, append_images=out[1:], resolution=dpi,
                quality=quality, creationDate=FIXED_DT, modDate=FIXED_DT,
                title="", producer="scanner")


def write_fax(path, pdf_bytes, rng, header):
    pages = pdf_pages(pdf_bytes, 200)
    font = ImageFont.truetype(DV + "DejaVuSansMono.ttf", 24)
    out = []
    n = len(pages)
    for i, p in enumerate(pages, 1):
        arr = np.asarray(p, dtype=np.float32)
        arr += rng.normal(0, 38, arr.shape).astype(np.float32)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        angle = float(rng.uniform(-0.6, 0.6))
        im = im.rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 44], fill=255)
        d.text((30, 10), header.format(page=i, pages=n), font=font, fill=0)
        bw = im.point(lambda v: 255 if v > 150 else 0).convert("1")
        # occasional vertical streak from a dirty scanner glass
        if rng.random() < 0.5:
            # in the margin, broken into segments, so it does not cross the text
            x = int(rng.integers(40, 110)) if rng.random() < 0.5 else \
                int(rng.integers(bw.width - 110, bw.width - 40))
            yy = 60
            dr = ImageDraw.Draw(bw)
            while yy < bw.height:
                seg = int(rng.integers(80, 400))
                dr.line([(x, yy), (x, min(bw.height, yy + seg))], fill=0, width=1)
                yy += seg + int(rng.integers(10, 120))
        out.append(bw)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True,
                append_images=out[1:])


def page_image(pdf_bytes, dpi, page=0):
    return pdf_pages(pdf_bytes, dpi)[page]


def img_bytes(img, fmt, **kw):
    b = io.BytesIO()
    img.save(b, fmt, **kw)
    return b.getvalue()


# ---------------------------------------------------------------------------
# e-mail
# ---------------------------------------------------------------------------
def make_msg(headers, text=None, html=None, attachments=(), forwarded=None):
    msg = EmailMessage()
    for k, v in headers:
        msg[k] = v
    if text is not None and html is not None:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
    for fname, data, mt, st in attachments:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    if forwarded is not None:
        msg.add_attachment(forwarded)
    return msg


def fix_boundaries(msg, tag):
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{tag}_{n:04d}_20250420")
    return msg


def write_eml(path, msg, tag):
    fix_boundaries(msg, tag)
    with open(path, "wb") as fh:
        fh.write(msg.as_bytes(policy=SMTP.clone(max_line_length=160)))


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def subj(name, dob=None, *ids):
    return {"name": name, "dob": dob,
            "identifiers": [{"type": t, "value": v} for t, v in ids]}


def req(key, agency, person, title, email=None, phone=None):
    return {"agency_key": key, "agency_name": agency, "person": person, "title": title,
            "email": email, "phone": phone}


def label(did, fmt, template, requestor, subjects, basis, ptype, form, purpose, records,
          channel, attached=None):
    if attached is None:
        attached = ptype not in ("none", "detainer")
    return {
        "id": did, "family": "blind-b", "format": fmt, "template": template,
        "requestor": requestor, "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }


DOCS = []  # (id, builder function)


def doc(fn):
    DOCS.append(fn)
    return fn


def save_label(lab):
    with open(os.path.join(OUT, lab["id"] + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(lab, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def save_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(data)


def save_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# ===========================================================================
# DOCUMENTS
# ===========================================================================

@doc
def bb01(rng):
    spec = """
@lh OFFICE OF THE COOK COUNTY STATE'S ATTORNEY
@b Financial Crimes Unit
50 West Washington Street, Suite 1400 | Chicago, Illinois 60602 | (312) 555-0117
@hr
@sp 8
October 8, 2024
@sp 6
Illinois Department of Employment Security
Legal Division - Subpoena and Court Order Compliance
33 South State Street, 10th Floor
Chicago, IL 60603
@sp 6
@b Re:  Order for Production of Records - In re Application of the People, No. 2024 MC 004417
@b      SAO File No. FCU-24-00871
@sp 4
Dear Records Custodian:
Enclosed please find a certified copy of an Order entered on October 7, 2024 by the Honorable Patricia M. Drummond of the Circuit Court of Cook County, Criminal Division, directing the Illinois Department of Employment Security ("IDES") to produce wage and claimant records for the two individuals identified in Exhibit A to the Order.
The Order was entered on the People's ex parte motion in connection with an ongoing investigation into a scheme to obtain unemployment insurance benefits using stolen identities, in violation of 720 ILCS 5/16-1 (theft) and 720 ILCS 5/16-30 (identity theft). It is our understanding that 820 ILCS 405/1900 permits IDES to release this information in response to an order of a court.
For your convenience, the individuals named in Exhibit A are:
   1.  OKAFOR, Chinedu Emeka - date of birth 11/23/1988
   2.  SÁNCHEZ-QUIROGA, Maribel - date of birth 04/02/1993 - Illinois DL S524-1783-9046
Please produce the records within fourteen days of service, either by secure electronic transfer or on disc, to my attention at the address above. I would also ask that IDES not notify the claimants of this request, as paragraph 3 of the Order provides.
Thank you for your assistance. Should you have any questions regarding the scope of the Order, please contact me directly.
@sp 6
Very truly yours,
@sig Daniel Kerrigan
Daniel J. Kerrigan
Assistant State's Attorney
Financial Crimes Unit
daniel.kerrigan@cookcountyil.gov | (312) 555-0117
@sp 6
Enclosure: Certified Order (2 pages)
cc: Investigator Terrence Whalen, SAO Investigations Bureau (w/o encl.)
@page
@h IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
@h COUNTY DEPARTMENT, CRIMINAL DIVISION
@sp 8
@cols IN RE: APPLICATION OF THE PEOPLE OF THE STATE OF ILLINOIS FOR AN ORDER DIRECTING THE PRODUCTION OF RECORDS OF THE ILLINOIS DEPARTMENT OF EMPLOYMENT SECURITY || No. 2024 MC 004417
@sp 4
@cols                                                   || Hon. Patricia M. Drummond, Judge Presiding
@sp 12
@title ORDER
This matter coming before the Court on the ex parte motion of the People of the State of Illinois, by the Cook County State's Attorney, for an order directing the Illinois Department of Employment Security to produce certain records, the Court having reviewed the motion and the supporting affidavit of Investigator Terrence Whalen, and being fully advised in the premises, FINDS that the records sought are relevant and material to an ongoing criminal investigation and that their disclosure is authorized by 820 ILCS 405/1900.
IT IS HEREBY ORDERED:
  1.  The Illinois Department of Employment Security shall produce to the Cook County State's Attorney's Office, within fourteen (14) days of service of this Order, the following records for the persons identified in Exhibit A, for the period January 1, 2021 to the present:
      (a) quarterly wage records, including the name and address of each reporting employer;
      (b) all unemployment insurance claim records, including the mailing address, telephone number and e-mail address provided by the claimant.
  2.  Records produced pursuant to this Order shall be used solely for purposes of the above-described investigation and any prosecution arising from it.
  3.  IDES shall not disclose the existence of this Order or the motion to any claimant named in Exhibit A for a period of ninety (90) days.
@sp 16
ENTERED:
@sig P. M. Drummond
______________________________________
Judge Patricia M. Drummond          No. 2214
Dated: October 7, 2024
@page
@h EXHIBIT A
@sp 6
@box
  1.  Name: OKAFOR, Chinedu Emeka        Date of Birth: 11/23/1988
  2.  Name: SÁNCHEZ-QUIROGA, Maribel     Date of Birth: 04/02/1993
       Illinois Driver's License: S524-1783-9046
@endbox
@sp 20
@small I hereby certify that the foregoing is a true and correct copy of the Order entered in the above matter. Clerk of the Circuit Court of Cook County.
"""
    save_bytes("bb01.pdf", render(spec, "times", footer="Page {page} of {pages}"))
    return label("bb01", "born_digital", "Cook County SAO cover letter + circuit court order to IDES",
                 req("district-attorney", "Office of the Cook County State's Attorney", "Daniel Kerrigan",
                     "Assistant State's Attorney", "daniel.kerrigan@cookcountyil.gov", "(312) 555-0117"),
                 [subj("Chinedu Emeka Okafor", "1988-11-23"),
                  subj("Maribel Sánchez-Quiroga", "1993-04-02", ("license", "S52417839046"))],
                 ["720 ILCS 5/16-1", "720 ILCS 5/16-30", "820 ILCS 405/1900"],
                 "court_order", None, "criminal_investigation",
                 ["wages", "employment", "claims", "address", "phone", "email"], "mail")


@doc
def bb02(rng):
    text = """Hi there,

Working a string of residential burglaries in District 3 (DPD case #2024-412877) and I have two possible suspects I'm trying to ID off doorbell video. Could I get DL photos and current addresses on file for these two, plus any vehicles registered to them?

TRUONG, Kevin Q -- DOB 7/19/1996 -- CO DL 16-044-7821
Ximena Ibáñez-Ruiz -- DOB 02/11/1999 -- no DL # on my end, possibly a CO ID card

Charges would be 2nd degree burglary, C.R.S. 18-4-203. Happy to send anything else you need for your log.

Thanks!
Lauren

Det. Lauren Whitcomb #09211
Denver Police Department | Burglary Unit
1331 Cherokee St, Denver CO 80204
Office 720-555-0163

CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the intended recipient(s) and may contain confidential law enforcement information. If you are not the intended recipient, please contact the sender and destroy all copies.
"""
    msg = make_msg([
        ("From", "Whitcomb, Lauren - DPD Detective <lauren.whitcomb@denvergov.org>"),
        ("To", "DMV Law Enforcement Liaison <dor_dmv_lerequests@state.co.us>"),
        ("Cc", "Ferreira, Paul - DPD Sergeant <paul.ferreira@denvergov.org>"),
        ("Subject", "photo/address request - burglary case 24-412877"),
        ("Date", "Tue, 12 Nov 2024 09:14:22 -0700"),
        ("Message-ID", "<MN2PR09MB4471.bb02@denvergov.org>"),
    ], text=text)
    write_eml(os.path.join(OUT, "bb02.eml"), msg, "bb02")
    return label("bb02", "eml", "informal plain-text email from city detective to DMV",
                 req("local-police", "Denver Police Department", "Lauren Whitcomb", "Detective",
                     "lauren.whitcomb@denvergov.org", "720-555-0163"),
                 [subj("Kevin Q Truong", "1996-07-19", ("license", "160447821")),
                  subj("Ximena Ibáñez-Ruiz", "1999-02-11")],
                 ["CRS 18-4-203"], "none", None, "criminal_investigation",
                 ["photo", "address", "vehicle"], "email")


@doc
def bb03(rng):
    spec = """
@title WASHINGTON STATE PATROL
@c Criminal Investigation Division - Financial Crimes Section
@c PO Box 42600 * Olympia, Washington 98504-2600 * (360) 555-0128
@hr
@sp 10
December 2, 2024
@sp 6
Employment Security Department
Records Disclosure Unit
PO Box 9046
Olympia, WA 98507-9046
@sp 8
@b RE:   Request for Employment and Wage Information - WSP Case No. 24-018832
@sp 4
To Whom It May Concern:
The Washington State Patrol, Criminal Investigation Division, is conducting an active criminal investigation into the theft of approximately $148,000 from Cascade Freight Logistics LLC of Tumwater, Washington, through fraudulent payroll diversions. The suspect is believed to have used the identities of several former employees to obtain credit. The offenses under investigation include Identity Theft in the First Degree, RCW 9.35.020, and Theft in the First Degree, RCW 9A.56.030.
To further this investigation, I am requesting any employment and wage information held by the Employment Security Department for the following individual:
@sp 2
@box
      Name:                 HRYTSENKO, Oleksandr P.
      Date of Birth:        06/14/1985
      WA Driver License:    HRYTSOP414MK
      SSN:                  XXX-XX-6620
@endbox
@sp 2
Specifically, I am requesting (1) quarterly wage detail for all employers reporting wages for this individual from the first quarter of 2022 to the present, including employer names and addresses; and (2) the most recent residential address and telephone number he has provided to your department.
I understand that the Department may disclose this information to a law enforcement agency under RCW 50.13.060 and the federal confidentiality regulations at 20 C.F.R. Part 603. The information will be used only for purposes of this investigation and will not be re-disclosed except as required in any resulting prosecution. Cascade Freight Logistics LLC is the victim in this matter; no records are requested regarding the company.
Please direct the response to me by secure e-mail at marisol.abernathy@wsp.wa.gov. Thank you for your assistance.
@sp 6
Respectfully,
@sig M. T. Abernathy
Detective Sergeant Marisol T. Abernathy, #1187
Financial Crimes Section
Washington State Patrol
(360) 555-0128
@sp 8
cc:  Lt. Gregory Haines, CID Commander
     Case file 24-018832
"""
    save_bytes("bb03.pdf", render(spec, "helv", size=10.5,
                                  footer="WSP CID - Law Enforcement Sensitive"))
    return label("bb03", "born_digital", "state patrol letter on letterhead to state employment department",
                 req("state-police", "Washington State Patrol", "Marisol Abernathy", "Detective Sergeant",
                     "marisol.abernathy@wsp.wa.gov", "(360) 555-0128"),
                 [subj("Oleksandr P. Hrytsenko", "1985-06-14",
                       ("license", "HRYTSOP414MK"), ("ssn_last4", "6620"))],
                 ["RCW 9.35.020", "RCW 9A.56.030", "RCW 50.13.060", "20 CFR 603"],
                 "none", None, "criminal_investigation",
                 ["wages", "employment", "address", "phone"], "mail")


@doc
def bb04(rng):
    spec = """
@h SUPREME COURT OF THE STATE OF NEW YORK
@h COUNTY OF KINGS
@sp 6
@title GRAND JURY SUBPOENA DUCES TECUM
@sp 4
@cb THE PEOPLE OF THE STATE OF NEW YORK
@sp 6
TO:  Custodian of Records
       New York State Department of Labor
       Unemployment Insurance Division, Building 12
       W. Averell Harriman State Office Campus
       Albany, New York 12240
@sp 6
GREETINGS:
WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the County of Kings, at the Grand Jury Room, 350 Jay Street, 20th Floor, Brooklyn, New York, on the 15th day of January, 2025, at 10:00 a.m., and at any recessed or adjourned date thereafter, to give evidence in a criminal proceeding now pending before the said Grand Jury, and that you bring with you and produce at the time and place aforesaid the following:
@sp 2
  All records maintained by the New York State Department of Labor concerning the following persons, for the period January 1, 2021 through the present:
@sp 2
      (1)  PHAM, Thi Lan  -  date of birth 1979-09-30
      (2)  YUSUF, Abdirahman Warsame  -  date of birth 03/17/1990  -  SSN ending 5518
@sp 2
  including (a) employer-reported quarterly wage records, with each employer's name and address; (b) all unemployment insurance claims, including applications, certifications and the claimant's address of record; and (c) payment history for any benefits paid.
@sp 4
This subpoena is issued pursuant to CPL section 610.20. Grand jury proceedings are secret (CPL 190.25(4)). You are directed not to disclose the existence of this subpoena to the persons named above or to any third party; unauthorized disclosure may constitute a crime.
In lieu of personal appearance, you may comply by delivering certified copies of the records, together with a certification pursuant to CPLR 3122-a, to the Assistant District Attorney named below on or before the return date. New York Labor Law section 537 permits the disclosure of unemployment insurance information in response to a subpoena in a criminal proceeding.
Failure to comply with this subpoena is punishable as a contempt of court.
@sp 6
Dated: Brooklyn, New York
            December 9, 2024
@sp 10
@cols                                   || DISTRICT ATTORNEY, KINGS COUNTY
@cols                                   || By:
@sig                                                       N. Castellanos-Bright
@cols                                   || ______________________________
@cols                                   || Naomi Castellanos-Bright
@cols                                   || Assistant District Attorney
@cols                                   || Rackets Division
@cols                                   || 350 Jay Street, Brooklyn, NY 11201
@cols                                   || (718) 555-0139
@cols                                   || castellanosn@brooklynda.org
@page
@h INSTRUCTIONS AND CERTIFICATION OF RECORDS
@sp 6
GJ Subpoena No. 2024-KGJ-3307          Return Date: January 15, 2025
@sp 4
1.  Please reference the subpoena number on all correspondence.
2.  Electronic records may be produced in native or PDF format on encrypted media.
3.  If any responsive record is withheld, identify the record and the basis for withholding it.
@sp 8
@b CERTIFICATION (CPLR 3122-a)
I, ______________________, certify that I am the duly authorized custodian or other qualified witness of the records of the New York State Department of Labor, that the records produced are accurate versions of the records described in the subpoena, and that they were made in the regular course of business at or near the time of the acts, transactions or events recorded.
@sp 12
Signature: ______________________________      Date: ______________
@sp 30
@small Kings County District Attorney's Office - Grand Jury Subpoena - Page 2
"""
    pdf = render(spec, "times", size=11)
    write_scanned(os.path.join(OUT, "bb04.pdf"), pdf, rng, turns={1: 180})
    return label("bb04", "scanned", "NY county grand jury subpoena duces tecum (state), page 2 upside down",
                 req("district-attorney", "District Attorney, Kings County", "Naomi Castellanos-Bright",
                     "Assistant District Attorney", "castellanosn@brooklynda.org", "(718) 555-0139"),
                 [subj("Thi Lan Pham", "1979-09-30"),
                  subj("Abdirahman Warsame Yusuf", "1990-03-17", ("ssn_last4", "5518"))],
                 ["NY CPL 610.20", "NY CPL 190.25", "NY CPLR 3122-a", "NY Labor Law 537"],
                 "grand_jury_subpoena", None, "criminal_investigation",
                 ["wages", "employment", "claims", "address", "benefits"], "mail")


def i138_spec():
    return """
@cb U.S. Department of Homeland Security
@title Immigration Enforcement Subpoena
@c To Appear and/or Produce Records
@c (Pursuant to Section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4)
@hr
@cols Subpoena No.: DEN-2024-1138-0092 || Date: 11/18/2024
@hr
In the Matter of:  QUIÑÓNEZ ALVARADO, Esteban Rigoberto      A# 219 554 087      DOB: 03/02/1987
@sp 4
To:   Custodian of Records
        Colorado Department of Labor and Employment
        633 17th Street, Suite 201
        Denver, CO 80202
@sp 4
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED TO:
  [  ]  Appear before the official named below to give testimony.
  [X]  Produce the records (books, papers, or other documents) listed below.
@sp 2
in connection with an investigation or inquiry relating to the enforcement of the immigration laws of the United States, including the admissibility or removability of the above-named alien.
@sp 4
@b Records to be produced:
  All quarterly wage records reported for the above-named individual from January 1, 2022 to the present, including the name, address and FEIN of each reporting employer; and the most recent residential address and telephone number on file.
@sp 4
Place:  Enforcement and Removal Operations, Denver Field Office, Centennial, Colorado (records may be produced electronically to the officer named below)
Date and time:  On or before December 6, 2024, 9:00 a.m.
@sp 4
Failure to comply with this subpoena may result in the Department of Homeland Security seeking a court order in a United States District Court to enforce compliance.
@sp 6
@cols Name and title of officer to whom records are to be produced: || Issued by (Authorized Official):
@cols Colin Brandt, Deportation Officer || Marcus L. Delgado
@cols ICE ERO Denver, (303) 555-0174 || Assistant Field Office Director
@sig                                                  Marcus L. Delgado
@hr
@b CERTIFICATE OF SERVICE
This subpoena was served by:  [  ] personal delivery   [X] electronic mail   [  ] certified mail
on ______________ (date) by ______________________ (name and title)
@sp 20
@small DHS Form I-138 (Rev. 08/2019)
"""


@doc
def bb05(rng):
    text = """Good afternoon,

Please see the attached Immigration Enforcement Subpoena (DHS Form I-138) for employment and wage records pertaining to the subject listed in the subpoena. The return date is stated on the form.

Records may be e-mailed to me at this address or faxed to (303) 555-0190. If your office requires the subpoena to be served on a different custodian, please let me know who that should be.

Respectfully,

Colin Brandt
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - Denver Field Office
Desk: (303) 555-0174

WARNING: This e-mail may contain Law Enforcement Sensitive (LES) information. It is for the use of the intended recipient only. Do not disseminate without the approval of the originator.
"""
    pdf = render(i138_spec(), "sans", size=9.5, margin=54)
    msg = make_msg([
        ("From", "Brandt, Colin <colin.brandt@ice.dhs.gov>"),
        ("To", "CDLE Records Requests <cdle_records_requests@state.co.us>"),
        ("Subject", "DHS Subpoena I-138 / DEN-2024-1138-0092"),
        ("Date", "Mon, 18 Nov 2024 15:41:07 -0700"),
        ("Message-ID", "<SA1PR09MB.bb05.1138@ice.dhs.gov>"),
    ], text=text, attachments=[("I-138_DEN-2024-1138-0092.pdf", pdf, "application", "pdf")])
    write_eml(os.path.join(OUT, "bb05.eml"), msg, "bb05")
    return label("bb05", "eml", "ERO deportation officer email with I-138 PDF attachment",
                 req("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Denver Field Office",
                     "Colin Brandt", "Deportation Officer", "colin.brandt@ice.dhs.gov", "(303) 555-0174"),
                 [subj("Esteban Rigoberto Quiñónez Alvarado", "1987-03-02", ("a_number", "A219554087"))],
                 ["INA 235", "8 USC 1225", "8 CFR 287.4"],
                 "administrative_subpoena", "I-138", "civil_immigration",
                 ["wages", "employment", "address", "phone"], "email")


@doc
def bb06(rng):
    spec = """
@b U.S. Immigration and Customs Enforcement
@b Enforcement and Removal Operations - Denver Field Office
Criminal Alien Program
@hr
@sp 4
@cb MEMORANDUM
@sp 4
DATE:        January 7, 2025
TO:            Colorado Department of Corrections, Offender Records / Time Computation
FROM:        Renata Kuznetsova, Supervisory Detention and Deportation Officer
SUBJECT:   Warrant of Removal - projected release date and last known address
@hr
ERO Denver has issued the enclosed Warrant of Removal/Deportation (Form I-205) for the following inmate in CDOC custody, who was ordered removed by a designated official under 8 U.S.C. § 1228(b):
@sp 2
      Name:       GÓMEZ IBARRA, Jesús Alberto
      DOB:         1983-12-01
      CDOC #:    164229
      A-File:      A208 761 339
@sp 2
Please advise this office of the inmate's projected mandatory release or parole eligibility date, and provide the last known residential address reported to CDOC prior to incarceration. Responses may be directed to me at (720) 555-0183 or renata.kuznetsova@ice.dhs.gov.
@sp 4
Thank you for your continued cooperation.
@sig R. Kuznetsova
Renata Kuznetsova
SDDO, ERO Denver
@sp 6
Enclosure:  Form I-205
@page
@c U.S. Department of Homeland Security
@title WARRANT OF REMOVAL/DEPORTATION
@sp 2
@cols  || File No:  A208 761 339
@cols  || Date:      January 6, 2025
@sp 4
To any immigration officer of the United States Department of Homeland Security:
@sp 2
      Jesús Alberto GÓMEZ IBARRA
@small                                                        (Full name of alien)
who entered the United States at  UNKNOWN  on  UNKNOWN
@small                                              (Place of entry)                          (Date of entry)
is subject to removal/deportation from the United States, based upon a final order by:
  ☐  an immigration judge in exclusion, deportation, or removal proceedings
  ☒  a designated official
  ☐  the Board of Immigration Appeals
  ☐  a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
      Section 238(b) - convicted of an aggravated felony at any time after admission
@sp 4
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of:  the appropriation "Enforcement and Removal Operations, ICE".
@sp 10
@sig Ezekiel P. Harrow
@cols ____________________________ || ____________________________
@cols (Signature of immigration officer) || (Title of immigration officer)
@cols Ezekiel P. Harrow || Field Office Director, Denver
@sp 2
@cols Centennial, Colorado, January 6, 2025 ||
@cols (Date and office location) ||
@hr
@b To be completed by immigration officer executing the warrant:
Name of alien being removed:  ____________________________________
Removed:  (Date and port of departure) ________________________   Manner of removal: ____________
Photograph of alien removed            Right index fingerprint of alien removed
@sp 30
@small Form I-205 (Rev. 08/2007)
"""
    save_bytes("bb06.pdf", render(spec, "sans", size=10))
    return label("bb06", "born_digital", "ERO memo to state corrections with I-205 (judge checkbox unticked)",
                 req("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Denver Field Office",
                     "Renata Kuznetsova", "Supervisory Detention and Deportation Officer",
                     "renata.kuznetsova@ice.dhs.gov", "(720) 555-0183"),
                 [subj("Jesús Alberto Gómez Ibarra", "1983-12-01",
                       ("a_number", "A208761339"), ("other", "164229"))],
                 ["8 USC 1228", "INA 238"],
                 "administrative_warrant", "I-205", "civil_immigration",
                 ["other", "address"], "mail")


@doc
def bb07(rng):
    spec = """
@title ALBUQUERQUE POLICE DEPARTMENT
@c Criminal Investigations Bureau - Violent Crimes Section
@c 400 Roma Ave NW, Albuquerque, NM 87102
@sp 10
@title FAX TRANSMITTAL
@sp 8
@box
  DATE:        11/21/2024
  TO:            NM MVD - Law Enforcement Liaison
  FAX:          (505) 555-0107
  FROM:        Det. Aaron Benally, #5521
  PHONE:      (505) 555-0181
  PAGES:       2 (including cover)
  RE:            MVD records request - APD case 24-0087712
@endbox
@sp 10
Comments:  Request form attached for photo / DL history / addresses on one subject. Need this ASAP, suspect is still outstanding. Please fax back or e-mail to abenally@cabq.gov.
@sp 60
@b CONFIDENTIALITY NOTICE
The documents accompanying this facsimile contain confidential information that is legally privileged. This information is intended only for the use of the individual or entity named above. If you have received this fax in error, please notify us by telephone immediately and destroy the documents.
@page
@cb NEW MEXICO TAXATION AND REVENUE DEPARTMENT - MOTOR VEHICLE DIVISION
@title LAW ENFORCEMENT REQUEST FOR MVD RECORDS
@c Form MVD-LE12 (Rev. 03/2022)
@hr
@b SECTION 1 - REQUESTING AGENCY
  Agency:  Albuquerque Police Department                ORI:  NM0010100
  Officer name:  Aaron Benally                             Badge/ID #:  5521
  Title/Rank:  Detective                                    Phone:  (505) 555-0181
  E-mail:  abenally@cabq.gov                               Agency case #:  24-0087712
@hr
@b SECTION 2 - SUBJECT INFORMATION
  Last name:  DE LA CRUZ          First:  Mateo          Middle:  Ramón
  Date of birth:  05/08/1991         Sex:  M         NM DL/ID #:  112 845 903
  Last known address (if known):  unknown - possibly SE Albuquerque
@hr
@b SECTION 3 - RECORDS REQUESTED (check all that apply)
  [X]  Driver license record / history          [X]  Digital photograph
  [  ]  Vehicle registration                      [  ]  Title history
  [X]  Address history                            [  ]  Other: ______________________
@hr
@b SECTION 4 - PURPOSE AND CERTIFICATION
  [X]  Criminal investigation        [  ]  Civil proceeding        [  ]  Other (explain)
  Offense under investigation:  Aggravated battery (deadly weapon), NMSA 1978, § 30-3-5
@sp 2
  I certify that the information requested is for use by a law enforcement agency in carrying out its functions as permitted by 18 U.S.C. § 2721(b)(1) and NMSA 1978, § 66-2-7.1, and that it will not be re-disclosed except as permitted by law.
@sp 10
  Officer signature:  ____A. Benally______________          Date:  11/21/2024
  Supervisor approval:  Sgt. Lorraine Tsosie, #3307
@hr
@small FOR MVD USE ONLY    Received: ________   Processed by: ________   [ ] Approved   [ ] Denied
"""
    pdf = render(spec, "helv", size=10.5)
    write_fax(os.path.join(OUT, "bb07.tif"), pdf, rng,
              "NOV-21-2024 14:07   FROM:APD CIB VIOLENT CRIMES   ID:5055550181   PAGE {page}/{pages}")
    return label("bb07", "fax", "faxed cover sheet + MVD law-enforcement request form with check boxes",
                 req("local-police", "Albuquerque Police Department", "Aaron Benally", "Detective",
                     "abenally@cabq.gov", "(505) 555-0181"),
                 [subj("Mateo Ramón de la Cruz", "1991-05-08", ("license", "112845903"))],
                 ["NMSA 30-3-5", "18 USC 2721", "NMSA 66-2-7.1"],
                 "none", None, "criminal_investigation",
                 ["license", "photo", "address"], "fax")


def tx_warrant_spec():
    return """
@title WARRANT OF ARREST
@h THE STATE OF TEXAS
@sp 4
@cols CAUSE NO. 1829944 || IN THE 351ST DISTRICT COURT
@cols THE STATE OF TEXAS || OF
@cols vs. || HARRIS COUNTY, TEXAS
@cols ROLANDO NÚÑEZ SALINAS ||
@sp 6
@b TO ANY SHERIFF OR ANY PEACE OFFICER OF THE STATE OF TEXAS - GREETINGS:
@sp 2
YOU ARE HEREBY COMMANDED to arrest ROLANDO NÚÑEZ SALINAS, Race: H, Sex: M, Date of Birth: 08-30-1984, Texas DL 24817730, if to be found in your county, and him safely keep so that you have him before the Honorable 351st District Court of Harris County, Texas, at the courthouse in Houston, instanter, then and there to answer the State of Texas for an offense against the laws of said State, to-wit:
@sp 2
      AGGRAVATED ASSAULT WITH A DEADLY WEAPON, Tex. Penal Code § 22.02(a)(2), a felony of the second degree,
@sp 2
as charged by complaint made under oath before the undersigned magistrate, who finds probable cause for the issuance of this warrant pursuant to Articles 15.01 and 15.02, Texas Code of Criminal Procedure.
@sp 2
HEREIN FAIL NOT, and due return make of this Writ, showing how you have executed the same.
@sp 4
BOND:  $75,000.00
@sp 4
WITNESS MY OFFICIAL SIGNATURE this 14th day of October, 2024.
@sp 10
@sig                                               Marguerite A. Okonkwo
@cols  || ____________________________________
@cols  || JUDGE, 351st District Court
@cols  || Harris County, Texas
@cols  || Hon. Marguerite A. Okonkwo
@hr
@b OFFICER'S RETURN
Came to hand the ____ day of ____________, 20____, at ____ o'clock __.M., and executed on the ____ day of ____________, 20____, by arresting the within named defendant ________________________ at ________________________.
@sp 6
____________________________ Sheriff / Peace Officer          ______________ County, Texas
@sp 6
@small HCSO Warrant No. 2024-0093318   SPN 03188451   NCIC Entered 10/15/2024
"""


@doc
def bb08(rng):
    text = """Good morning,

I'm with the Harris County Sheriff's Office, Fugitive Warrants Division (Houston, TX). We hold a felony warrant (attached) for Rolando Núñez Salinas, DOB 08/30/1984, for aggravated assault with a deadly weapon (Tex. Penal Code § 22.02). We have information he relocated to the Aurora/Denver area in the last few months and may have applied for a Colorado license.

Could you check your system and send any Colorado DL record, the photo on file, his current address, and any vehicles registered to him? His Texas DL is 24817730 in case that helps with the match.

The warrant is attached as a PDF. Our warrant number is 2024-0093318 and it's entered in NCIC, extradition statewide plus surrounding states.

Thank you, and let me know if you need a formal letter on letterhead.

Deputy Tomás Villarreal
Fugitive Warrants Division
Harris County Sheriff's Office
1200 Baker St., Houston, TX 77002
713-555-0126 | tvillarreal@hcso.hctx.net
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>I'm with the Harris County Sheriff's Office, Fugitive Warrants Division (Houston, TX). We hold a felony warrant (attached) for <b>Rolando Núñez Salinas, DOB 08/30/1984</b>, for aggravated assault with a deadly weapon (Tex. Penal Code &sect; 22.02). We have information he relocated to the Aurora/Denver area in the last few months and may have applied for a Colorado license.</p>
<p>Could you check your system and send any Colorado DL record, the photo on file, his current address, and any vehicles registered to him? His Texas DL is 24817730 in case that helps with the match.</p>
<p>The warrant is attached as a PDF. Our warrant number is 2024-0093318 and it's entered in NCIC, extradition statewide plus surrounding states.</p>
<p>Thank you, and let me know if you need a formal letter on letterhead.</p>
<p style="color:#1f3864">Deputy Tomás Villarreal<br>Fugitive Warrants Division<br>Harris County Sheriff's Office<br>1200 Baker St., Houston, TX 77002<br>713-555-0126 | <a href="mailto:tvillarreal@hcso.hctx.net">tvillarreal@hcso.hctx.net</a></p>
</body></html>"""
    pdf = render(tx_warrant_spec(), "times", size=11)
    msg = make_msg([
        ("From", "\"Villarreal, Tomás (HCSO)\" <tvillarreal@hcso.hctx.net>"),
        ("To", "CO DMV Investigations <dor_dmv_investigations@state.co.us>"),
        ("Subject", "Fugitive locate - Harris Co. felony warrant - Núñez Salinas"),
        ("Date", "Wed, 16 Oct 2024 08:52:40 -0500"),
        ("Message-ID", "<a81f2c0e.bb08@hcso.hctx.net>"),
    ], text=text, html=html, attachments=[("Warrant_2024-0093318.pdf", pdf, "application", "pdf")])
    write_eml(os.path.join(OUT, "bb08.eml"), msg, "bb08")
    return label("bb08", "eml", "Texas sheriff email (multipart/alternative) with state-court arrest warrant PDF",
                 req("sheriff", "Harris County Sheriff's Office", "Tomás Villarreal", "Deputy",
                     "tvillarreal@hcso.hctx.net", "713-555-0126"),
                 [subj("Rolando Núñez Salinas", "1984-08-30", ("license", "24817730"))],
                 ["TX PC 22.02", "TX CCP 15.01", "TX CCP 15.02"],
                 "judicial_warrant", None, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "email")


@doc
def bb09(rng):
    spec = """
@lh U.S. Department of Labor
@b Office of Inspector General - Office of Investigations
Denver Resident Office | 1244 Speer Boulevard, Suite 515 | Denver, Colorado 80204
@hr
@sp 6
January 13, 2025
@sp 4
@b VIA CERTIFIED MAIL - RETURN RECEIPT REQUESTED
@sp 4
Custodian of Records
Colorado Department of Labor and Employment
Unemployment Insurance Division - Benefit Payment Control
633 17th Street, Suite 400
Denver, CO 80202
@sp 6
@b Re:   Inspector General Subpoena No. DEN-25-0031
@sp 4
Dear Custodian of Records:
The U.S. Department of Labor, Office of Inspector General (DOL-OIG) is investigating a scheme to file fraudulent unemployment insurance claims against the Colorado UI program during 2020 through 2023, involving possible violations of 18 U.S.C. § 641 (theft of government funds), 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft).
Enclosed is a subpoena duces tecum issued by the Inspector General under the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), for records relating to the following claimants:
@sp 2
   Brandon Thomas KOWALCZYK      DOB 02/27/1990      SSN xxx-xx-3391
   Amina Hassan FARAH                 DOB 10/04/1995      SSN xxx-xx-7708
   Lucía FERNÁNDEZ-ORTEGA          DOB 06/21/1988
@sp 2
We recognize the confidentiality requirements of 20 C.F.R. Part 603; disclosure in response to a subpoena is addressed at 20 C.F.R. § 603.7. Please produce the records described in Schedule A on or before February 14, 2025. Electronic production to the undersigned is acceptable and preferred.
If you have any questions, please contact me at (303) 555-0152 or lindqvist.hannah@oig.dol.gov.
@sp 4
Sincerely,
@sig Hannah Lindqvist
Hannah Lindqvist
Special Agent
@sp 4
Enclosures: Subpoena Duces Tecum; Schedule A
@page
@c UNITED STATES DEPARTMENT OF LABOR
@c OFFICE OF INSPECTOR GENERAL
@title SUBPOENA DUCES TECUM
@cols  || No. DEN-25-0031
@hr
TO:   Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance Division, 633 17th Street, Denver, CO 80202
@sp 4
YOU ARE HEREBY REQUIRED to produce the records, documents and information described in the attached Schedule A, which are necessary in the performance of the responsibility of the Inspector General under the Inspector General Act of 1978, as amended, to conduct and supervise investigations relating to the programs and operations of the Department of Labor.
@sp 2
Produce to:  Special Agent Hannah Lindqvist, DOL-OIG, 1244 Speer Boulevard, Suite 515, Denver, CO 80204
Date and time:  February 14, 2025, 10:00 a.m.
@sp 4
Failure to comply:  In the case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate United States district court (5 U.S.C. § 406(a)(4)).
@sp 6
IN TESTIMONY WHEREOF, the undersigned has hereunto set his hand this 10th day of January, 2025.
@sig                                     Howard R. Castellanos
@cols  || ________________________________
@cols  || Deputy Inspector General
@cols  || U.S. Department of Labor
@hr
@b SCHEDULE A
For each person listed below, for the period March 1, 2020 through the present:
  1.  All unemployment insurance claim applications, weekly certifications and claim notes.
  2.  All benefit payment records, including dates, amounts and payment method.
  3.  Base-period wage records used to establish each claim.
  4.  Every mailing address, telephone number and e-mail address provided by or for the claimant.
  5.  IP address and device logs associated with online claim filing.
@sp 2
  (a)  Brandon Thomas Kowalczyk, DOB 1990-02-27, SSN last four 3391
  (b)  Amina Hassan Farah, DOB 1995-10-04, SSN last four 7708
  (c)  Lucía Fernández-Ortega, DOB 1988-06-21
"""
    save_bytes("bb09.pdf", render(spec, "serif", size=10, footer="DOL-OIG  |  Law Enforcement Sensitive  |  {page}/{pages}"))
    return label("bb09", "born_digital", "DOL OIG cover letter + Inspector General subpoena duces tecum with enforcement clause",
                 req("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Hannah Lindqvist",
                     "Special Agent", "lindqvist.hannah@oig.dol.gov", "(303) 555-0152"),
                 [subj("Brandon Thomas Kowalczyk", "1990-02-27", ("ssn_last4", "3391")),
                  subj("Amina Hassan Farah", "1995-10-04", ("ssn_last4", "7708")),
                  subj("Lucía Fernández-Ortega", "1988-06-21")],
                 ["18 USC 641", "18 USC 1343", "18 USC 1028A", "5 USC 406", "20 CFR 603", "20 CFR 603.7"],
                 "administrative_subpoena", None, "criminal_investigation",
                 ["claims", "benefits", "wages", "address", "phone", "email", "other"], "mail")


@doc
def bb10(rng):
    spec = """
@lh SOCIAL SECURITY ADMINISTRATION
@b Office of the Inspector General - Office of Investigations
Denver Field Division, 1961 Stout Street, Denver, CO 80294
@hr
@sp 6
February 3, 2025
@sp 4
Colorado Department of Human Services
Attn: Records Custodian / Legal Services
1575 Sherman Street
Denver, CO 80203
@sp 4
@b RE:  Service of Federal Search Warrant - Case No. 25-sw-00213-KRM
@sp 4
Records Custodian:
Please find attached a search and seizure warrant issued by a United States Magistrate Judge for the District of Colorado under Fed. R. Crim. P. 41, for records maintained by the Colorado Department of Human Services concerning the individual named in Attachment A. The warrant was obtained in the course of a criminal investigation by SSA-OIG into the concealment of income and household information affecting Supplemental Security Income eligibility.
Please provide the responsive records described in Attachment B to me by February 12, 2025. I can be reached at (303) 555-0147 or ilse.marchetti@ssa.gov.
@sp 4
Thank you,
@sig Ilse Marchetti
Ilse Marchetti, Special Agent
SSA Office of the Inspector General
@page
@small AO 93 (Rev. 11/2013) Search and Seizure Warrant
@hr
@h UNITED STATES DISTRICT COURT
@c for the
@c District of Colorado
@sp 4
@cols In the Matter of the Search of (Briefly describe the property to be searched or identify the person by name and address): RECORDS MAINTAINED BY THE COLORADO DEPARTMENT OF HUMAN SERVICES RELATING TO DEQA MOHAMED ALI || Case No. 25-sw-00213-KRM
@sp 6
@title SEARCH AND SEIZURE WARRANT
To:   Any authorized law enforcement officer
An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Colorado (identify the person or describe the property to be searched and give its location): See Attachment A.
I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal (identify the person or describe the property to be seized): See Attachment B.
YOU ARE COMMANDED to execute this warrant on or before February 14, 2025 (not to exceed 14 days)
   [X] in the daytime 6:00 a.m. to 10:00 p.m.     [  ] at any time in the day or night because good cause has been established.
Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place where the property was taken.
The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to Hon. Kathleen R. Mayfield.
   [  ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized.
@sp 4
Date and time issued:  01/31/2025  2:41 pm
@sig                                                       K. R. Mayfield
@cols  || Judge's signature
@cols City and state:  Denver, Colorado || Kathleen R. Mayfield, U.S. Magistrate Judge
@page
@h ATTACHMENT A - Property to be searched
Records, in whatever form maintained, in the possession, custody or control of the Colorado Department of Human Services, 1575 Sherman Street, Denver, Colorado, relating to:
      DEQA MOHAMED ALI, date of birth 09/12/1986, SSN ending in 4460.
@sp 10
@h ATTACHMENT B - Property to be seized
All records from January 1, 2019 to the present that constitute evidence of violations of 42 U.S.C. § 408(a)(4) (concealment of events affecting entitlement to benefits) and 18 U.S.C. § 641 (theft of public money), namely:
  1.  Applications and recertifications for SNAP, Colorado Works (TANF) and Medicaid, including household composition and reported income and employment;
  2.  Benefit issuance and EBT card history;
  3.  All residential and mailing addresses reported;
  4.  Copies of identity documents submitted with any application.
"""
    pdf = render(spec, "times", size=10.5)
    write_scanned(os.path.join(OUT, "bb10.pdf"), pdf, rng, turns={2: 90})
    return label("bb10", "scanned", "SSA OIG cover letter + AO 93 federal search warrant, attachment page rotated 90",
                 req("ssa-oig", "Social Security Administration, Office of the Inspector General", "Ilse Marchetti",
                     "Special Agent", "ilse.marchetti@ssa.gov", "(303) 555-0147"),
                 [subj("Deqa Mohamed Ali", "1986-09-12", ("ssn_last4", "4460"))],
                 ["FRCrP 41", "18 USC 3103a", "18 USC 2705", "42 USC 408", "18 USC 641"],
                 "judicial_warrant", "AO 93", "criminal_investigation",
                 ["claims", "benefits", "employment", "address", "identity_documents"], "mail")


@doc
def bb11(rng):
    text = """Elena -- thanks for the quick turnaround. Answers below, all in one place for your log:

Subject: Gregory Allen WHITFIELD
DOB: January 15, 1972
SSN last four: 8812
Records: quarterly wage records 2021 to present, with employer names/addresses, and the current mailing address you have on file.
Purpose: open IRS Criminal Investigation matter -- tax evasion (26 U.S.C. § 7201) and related money laundering (18 U.S.C. § 1956).

No grand jury subpoena at this point. If your office needs one we can go that route, but it'll take a few weeks.

Daniela

Daniela Reyes-Whitman
Special Agent
IRS - Criminal Investigation | Denver Field Office
Cell 720-555-0119

-----Original Message-----
From: Elena Novak <elena.novak@state.co.us>
Sent: Wednesday, December 4, 2024 3:02 PM
To: Reyes-Whitman Daniela <daniela.reyeswhitman@ci.irs.gov>
Subject: RE: Request - wage history (CI case)

Hi Daniela,

Happy to help. Before we can process anything we need the person's full name, DOB, what records you want, and the purpose (i.e. is this a criminal investigation?). Our disclosures follow 20 C.F.R. Part 603 and C.R.S. 8-72-107.

Thanks,
Elena Novak
Records & Disclosure | Colorado Department of Labor and Employment

-----Original Message-----
From: Reyes-Whitman Daniela <daniela.reyeswhitman@ci.irs.gov>
Sent: Wednesday, December 4, 2024 11:47 AM
To: CDLE Records Requests <cdle_records_requests@state.co.us>
Subject: Request - wage history (CI case)

Hi -- I'm an SA with IRS-CI here in Denver. Who do I talk to about getting wage records for a subject in one of our cases?

Thanks, Daniela
"""
    msg = make_msg([
        ("From", "Reyes-Whitman Daniela <daniela.reyeswhitman@ci.irs.gov>"),
        ("To", "Elena Novak <elena.novak@state.co.us>"),
        ("Subject", "RE: Request - wage history (CI case)"),
        ("Date", "Thu, 05 Dec 2024 07:58:13 -0700"),
        ("Message-ID", "<CY8PR09MB.bb11.3@ci.irs.gov>"),
        ("In-Reply-To", "<DM6PR.bb11.2@state.co.us>"),
        ("References", "<CY8PR09MB.bb11.1@ci.irs.gov> <DM6PR.bb11.2@state.co.us>"),
    ], text=text)
    write_eml(os.path.join(OUT, "bb11.eml"), msg, "bb11")
    return label("bb11", "eml", "IRS-CI agent reply in a quoted RE: chain with state records clerk",
                 req("irs-ci", "IRS - Criminal Investigation, Denver Field Office", "Daniela Reyes-Whitman",
                     "Special Agent", "daniela.reyeswhitman@ci.irs.gov", "720-555-0119"),
                 [subj("Gregory Allen Whitfield", "1972-01-15", ("ssn_last4", "8812"))],
                 ["26 USC 7201", "18 USC 1956", "20 CFR 603", "CRS 8-72-107"],
                 "none", None, "criminal_investigation",
                 ["wages", "employment", "address"], "email")


@doc
def bb12(rng):
    spec = """
@sp 10
@h SUPERIOR COURT OF WASHINGTON FOR KING COUNTY
@sp 10
@box
@cols STATE OF WASHINGTON, || No. 24-1-04417-1 SEA
@cols                         Plaintiff, ||
@cols         v. || SUBPOENA DUCES TECUM
@cols DMITRI ALEKSANDROVICH VOLKOV, || (CrR 4.8)
@cols                         Defendant. ||
@endbox
@sp 8
THE STATE OF WASHINGTON TO:   Custodian of Records
                                                 Washington State Department of Licensing
                                                 Driver Records Unit, PO Box 9030
                                                 Olympia, WA 98507
@sp 6
YOU ARE COMMANDED to appear in the King County Superior Court, King County Courthouse, 516 Third Avenue, Courtroom E-942, Seattle, Washington, on March 3, 2025 at 9:00 a.m., and to remain until excused, to testify as a witness at the trial of the above-entitled criminal case on behalf of the State of Washington, and to bring with you the following:
@sp 2
  Certified copies of all records pertaining to DMITRI A. VOLKOV, date of birth November 2, 1981, Washington driver license WDL84K2P7Q1Z, including:
      (a)  the complete abstract of driving record (RCW 46.52.130);
      (b)  all driver license and instruction permit applications;
      (c)  license status, suspension and reinstatement history;
      (d)  all digital photographs on file.
@sp 4
The defendant is charged with Vehicular Assault, RCW 46.61.522, arising from a collision on May 4, 2024 in which Evelyn Marsh was seriously injured. No records concerning Ms. Marsh are requested.
In lieu of personal appearance, you may comply by delivering the certified records, together with a declaration of the custodian satisfying RCW 5.45.020, to the undersigned on or before February 24, 2025.
This subpoena is issued under RCW 5.56.010 and CrR 4.8. Failure to obey may subject you to contempt of court.
@sp 6
DATED this 27th day of January, 2025.
@sp 6
@cols  || KING COUNTY PROSECUTING ATTORNEY
@sig                                                           Jonah Whitaker
@cols  || By: ________________________________
@cols  || Jonah T. Whitaker, WSBA #51937
@cols  || Deputy Prosecuting Attorney
@cols  || Attorney for Plaintiff
@cols  || W554 King County Courthouse
@cols  || 516 Third Avenue, Seattle, WA 98104
@cols  || (206) 555-0171 | jonah.whitaker@kingcounty.gov
"""
    save_bytes("bb12.pdf", render(spec, "courier", size=10, margin=60,
                                  footer="SUBPOENA DUCES TECUM - {page}"))
    return label("bb12", "born_digital", "Washington superior court criminal trial subpoena duces tecum issued by deputy prosecutor",
                 req("district-attorney", "King County Prosecuting Attorney", "Jonah Whitaker",
                     "Deputy Prosecuting Attorney", "jonah.whitaker@kingcounty.gov", "(206) 555-0171"),
                 [subj("Dmitri Aleksandrovich Volkov", "1981-11-02", ("license", "WDL84K2P7Q1Z"))],
                 ["WA CrR 4.8", "RCW 46.52.130", "RCW 46.61.522", "RCW 5.45.020", "RCW 5.56.010"],
                 "court_subpoena", None, "criminal_investigation",
                 ["license", "photo"], "mail")


@doc
def bb13(rng):
    spec = """
@title SECOND JUDICIAL DISTRICT ATTORNEY'S OFFICE
@c 520 Lomas Blvd NW, Albuquerque, New Mexico 87102
@sp 12
@title FACSIMILE COVER SHEET
@sp 6
To:        NM Health Care Authority, Income Support Division - Records Custodian
Fax:       (505) 555-0110
From:     Gilbert Archuleta, Investigator, Special Prosecutions Division
Phone:   (505) 555-0133          Fax: (505) 555-0134
E-mail:  garchuleta@da2nd.state.nm.us
Date:     February 19, 2025
Pages:   3 (including cover)
@sp 6
RE:   State v. Chávez Montoya, et al., D-202-CR-2024-01873 - Order for Production of Public Assistance Records
@sp 6
Please see the attached court order signed by Judge Benavidez. We are requesting the records listed in paragraph 2 for both defendants. Trial setting is in April, so we'd appreciate production by March 14. Call me with any questions.
@sp 60
@small The information contained in this facsimile is confidential and intended only for the named recipient. If you received this in error, notify the sender by telephone and return the original by mail.
@page
@h STATE OF NEW MEXICO
@h COUNTY OF BERNALILLO
@h SECOND JUDICIAL DISTRICT COURT
@sp 6
@cols STATE OF NEW MEXICO, || No. D-202-CR-2024-01873
@cols         Plaintiff, ||
@cols v. ||
@cols ROSA MARÍA CHÁVEZ MONTOYA and TOMÁS CHÁVEZ, ||
@cols         Defendants. ||
@sp 8
@h ORDER FOR PRODUCTION OF PUBLIC ASSISTANCE RECORDS
@sp 4
THIS MATTER having come before the Court upon the State's Motion for Production of Records pursuant to Rule 5-511 NMRA, and the Court having reviewed the motion and being otherwise fully advised, FINDS that the records described below are material to the prosecution of the Defendants on charges of Fraud (over $2,500), NMSA 1978, § 30-16-6, and that the State has shown good cause for their production notwithstanding the confidentiality provisions of 7 C.F.R. § 272.1(c) and 45 C.F.R. § 205.50.
@sp 2
IT IS THEREFORE ORDERED:
  1.  The New Mexico Health Care Authority (formerly the Human Services Department), Income Support Division, shall produce certified copies of the records described in paragraph 2 to the Second Judicial District Attorney's Office within twenty-one (21) days of service of this Order.
  2.  The records to be produced are all records for the period January 1, 2020 to the present concerning:
        (a) ROSA MARÍA CHÁVEZ MONTOYA, date of birth 19 March 1976;
        (b) TOMÁS CHÁVEZ, date of birth 8 November 1974;
      namely SNAP and TANF applications and recertifications, household composition, reported income and employment, all reported addresses, and the issuance history of all benefits paid to the household.
  3.  The records shall be used only for purposes of this prosecution and shall be disclosed to the defense as required by Rule 5-501 NMRA.
@page
@sp 10
IT IS SO ORDERED.
@sp 16
@sig                                          Elena C. Benavidez
@cols  || ___________________________________
@cols  || HON. ELENA C. BENAVIDEZ
@cols  || DISTRICT COURT JUDGE
@sp 12
Submitted by:
/s/ Alyssa J. Cordova
Alyssa J. Cordova, Deputy District Attorney
Second Judicial District Attorney's Office
@sp 8
Approved as to form:
/s/ telephonic approval 02/14/2025
Mark Eaglestaff, Law Offices of the Public Defender, Attorney for Defendant Rosa María Chávez Montoya
"""
    pdf = render(spec, "times", size=11)
    write_fax(os.path.join(OUT, "bb13.tif"), pdf, rng,
              "02/19/2025 11:26   2ND JUD DIST ATTY   5055550134   P. {page}")
    return label("bb13", "fax", "DA investigator fax cover + New Mexico district court order for public assistance records",
                 req("district-attorney", "Second Judicial District Attorney's Office", "Gilbert Archuleta",
                     "Investigator", "garchuleta@da2nd.state.nm.us", "(505) 555-0133"),
                 [subj("Rosa María Chávez Montoya", "1976-03-19"),
                  subj("Tomás Chávez", "1974-11-08")],
                 ["NMRA 5-511", "NMSA 30-16-6", "7 CFR 272.1", "45 CFR 205.50", "NMRA 5-501"],
                 "court_order", None, "criminal_investigation",
                 ["claims", "benefits", "employment", "address"], "fax")


@doc
def bb14(rng):
    inner_text = """Jamie,

Hope you're doing well. Could you run a current address and any vehicles for a Shannon Marie Kettering, DOB 22 Jun 1987? Possible CO DL 09-417-2265.

We've got a temporary civil protection order out of Pueblo County Court (case 2024C 318) that we need to serve on her, and the address on the paperwork is no good -- the residence has been vacant since October. Service is under C.R.S. 13-14-104.5 if that matters for your end.

Appreciate it,

Sgt. Arturo Lucero
Civil Process Section
Pueblo County Sheriff's Office
909 Court St, Pueblo CO 81003
(719) 555-0135
"""
    inner = make_msg([
        ("From", "\"Sgt. Arturo Lucero\" <arturo.lucero@pueblocounty.us>"),
        ("To", "Jamie Ostrowski <jamie.ostrowski@state.co.us>"),
        ("Subject", "address check"),
        ("Date", "Thu, 09 Jan 2025 13:22:51 -0700"),
        ("Message-ID", "<20250109132251.bb14@pueblocounty.us>"),
    ], text=inner_text)
    fix_boundaries(inner, "bb14in")
    outer_text = """Forwarding for the LE request log -- this came to my inbox directly instead of the shared box. I haven't released anything.

I called Sgt. Lucero back; there's no case number on their side, it's civil paper service. Can someone on the records team make the call on this one?

-Jamie

Jamie Ostrowski
Customer Records Supervisor
Colorado Division of Motor Vehicles
(303) 555-0199
"""
    msg = make_msg([
        ("From", "Jamie Ostrowski <jamie.ostrowski@state.co.us>"),
        ("To", "DMV LE Requests <dor_dmv_lerequests@state.co.us>"),
        ("Subject", "FW: address check"),
        ("Date", "Fri, 10 Jan 2025 08:05:10 -0700"),
        ("Message-ID", "<CAO+bb14outer@state.co.us>"),
    ], text=outer_text, forwarded=inner)
    write_eml(os.path.join(OUT, "bb14.eml"), msg, "bb14")
    return label("bb14", "eml", "internal FW: with original sheriff request attached as message/rfc822; civil paper service",
                 req("sheriff", "Pueblo County Sheriff's Office", "Arturo Lucero", "Sergeant",
                     "arturo.lucero@pueblocounty.us", "(719) 555-0135"),
                 [subj("Shannon Marie Kettering", "1987-06-22", ("license", "094172265"))],
                 ["CRS 13-14-104.5"], "none", None, "unknown",
                 ["address", "vehicle"], "email")


@doc
def bb15(rng):
    spec = """
@c U.S. Department of Justice
@title United States Attorney's Office
@c District of Oregon
@c 1000 SW Third Avenue, Suite 600, Portland, Oregon 97204  |  (503) 555-0112
@hr
@sp 6
December 16, 2024
@sp 4
Custodian of Records
Oregon Employment Department
875 Union Street NE
Salem, OR 97311
@sp 4
@b Re:   Federal Grand Jury Subpoena - USAO No. 2024R00811 - Subpoena GJ-14
@sp 4
Dear Custodian of Records:
Enclosed please find a subpoena issued by a federal grand jury sitting in the District of Oregon. The grand jury is conducting an investigation into possible violations of federal criminal law, including 18 U.S.C. § 1344 (bank fraud) and 18 U.S.C. § 1028A (aggravated identity theft), jointly with the U.S. Postal Inspection Service.
In lieu of appearing before the grand jury on the date indicated, you may comply by producing the records described in Attachment A, together with the enclosed certificate of authenticity, to Postal Inspector Gareth Mwangi, U.S. Postal Inspection Service, Portland, on or before the return date. I understand ORS 657.665 governs the Department's disclosure of this information; production in response to a federal grand jury subpoena is permitted.
Although Fed. R. Crim. P. 6(e) does not prohibit you from disclosing this subpoena, disclosure could impede the investigation. We therefore request that you not disclose the existence of the subpoena to the persons named in it.
Please direct any questions to me at (503) 555-0112 or ingrid.solberg@usdoj.gov.
@sp 6
Sincerely,
@sp 2
WILLIAM T. HARGREAVE
United States Attorney
@sig Ingrid Solberg
Ingrid M. Solberg
Assistant United States Attorney
@sp 4
Enclosures
@page
@small AO 110 (Rev. 06/2009) Subpoena to Testify Before a Grand Jury
@hr
@h UNITED STATES DISTRICT COURT
@c for the
@c District of Oregon
@sp 6
@title SUBPOENA TO TESTIFY BEFORE A GRAND JURY
@sp 4
To:   Custodian of Records, Oregon Employment Department, 875 Union Street NE, Salem, OR 97311
@sp 4
YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.
@sp 4
@box
@cols Place:  Mark O. Hatfield United States Courthouse, 1000 SW Third Avenue, Portland, OR 97204 || Date and Time:  01/14/2025  9:00 am
@cols  || Room:  Grand Jury Room 9B
@endbox
@sp 4
You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):
      See Attachment A.
@sp 8
Date:  12/13/2024
@cols  || CLERK OF COURT
@sig                                                       L. Fairweather
@cols  || Signature of Clerk or Deputy Clerk
@sp 8
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Ingrid M. Solberg, AUSA, 1000 SW Third Avenue, Suite 600, Portland, OR 97204, ingrid.solberg@usdoj.gov, (503) 555-0112
@page
@h ATTACHMENT A
@c Subpoena GJ-14 - Oregon Employment Department
@sp 6
Produce the following records for the period January 1, 2021 to the present for each person named below:
  1.  Quarterly wage records, including the name and address of each reporting employer.
  2.  Unemployment insurance claims filed, including claimant contact addresses.
@sp 4
  (a)  NGUYEN, Minh Van             date of birth 07/09/1983
  (b)  WÓJCIK, Katarzyna           date of birth 02/25/1991        SSN ending 0937
@sp 6
Records may be produced in electronic form. This subpoena is issued under Fed. R. Crim. P. 17(c).
@sp 10
@b CERTIFICATE OF AUTHENTICITY OF DOMESTIC RECORDS
I, ______________________, attest, under penalties of perjury, that I am employed by the Oregon Employment Department, that my title is ______________________, and that I am qualified to authenticate the records attached hereto ...
"""
    save_bytes("bb15.pdf", render(spec, "times", size=10.5))
    return label("bb15", "born_digital", "AUSA cover letter + AO 110 federal grand jury subpoena to state employment department",
                 req("doj-usao", "United States Attorney's Office, District of Oregon", "Ingrid Solberg",
                     "Assistant United States Attorney", "ingrid.solberg@usdoj.gov", "(503) 555-0112"),
                 [subj("Minh Van Nguyen", "1983-07-09"),
                  subj("Katarzyna Wójcik", "1991-02-25", ("ssn_last4", "0937"))],
                 ["18 USC 1344", "18 USC 1028A", "ORS 657.665", "FRCrP 6", "FRCrP 17"],
                 "grand_jury_subpoena", "AO 110", "criminal_investigation",
                 ["wages", "employment", "claims", "address"], "mail")


@doc
def bb16(rng):
    spec = """
@cb DEPARTMENT OF HOMELAND SECURITY
@title IMMIGRATION DETAINER - NOTICE OF ACTION
@hr
@cols Subject ID:  398127744 || File No:  A201 448 706
@cols Event #:  DEN2501000123 || Date:  January 21, 2025
@hr
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
      Colorado Department of Corrections - Sterling Correctional Facility, Offender Records
FROM: (Department of Homeland Security Office Address)
      ICE Enforcement and Removal Operations, Denver Field Office, Centennial, CO
@sp 2
Name of Alien:  IBÁÑEZ ROJAS, Víctor Manuel
Date of Birth:  06/03/1979          Citizenship:  MEXICO          Sex:  M
@hr
@b 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
  [X]  A final order of removal against the alien;
  [  ]  The pendency of ongoing removal proceedings against the alien;
  [  ]  Biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
  [  ]  Statements made by the alien to an immigration officer and/or other reliable evidence that affirmatively indicate the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.
@b 2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION (complete box 1 or 2):
  [  ]  Upon completion of the proceeding or investigation for which the alien was transferred to your custody, DHS intends to resume custody of the alien to complete processing and/or make an admissibility determination.
@hr
@b IT IS THEREFORE REQUESTED THAT YOU:
  *  Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling  [X] U.S. Immigration and Customs Enforcement (ICE)  or  [  ] U.S. Customs and Border Protection (CBP)  at (303) 555-0188.
  *  Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody. The alien must be served with a copy of this form for the detainer to take effect. This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.
  *  Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
  *  Notify this office in the event of the alien's death, hospitalization or transfer to another institution.
@sp 2
This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. §§ 236.1 and 287.7.
@sp 6
@cols Thaddeus K. Rourke, SDDO || T. K. Rourke
@cols (Name and title of Immigration Officer) || (Signature of Immigration Officer) (Sign in ink)
@hr
@small Notice: If the alien may be the victim of a crime or you want the alien to remain in the United States for a law enforcement purpose, notify the ICE Law Enforcement Support Center at (802) 555-0100. You may also call this number if you have any other questions or concerns about this matter.
@b TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN WITHIN THIS FACILITY:
Date of latest criminal charge/conviction: ______  Last offense charged/conviction: ______________  Estimated release date: ______
@small DHS Form I-247A (5/2017)   Page 1 of 2
@page
@h NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be released from custody. DHS has requested that the law enforcement agency which is currently detaining you maintain custody of you for a period not to exceed 48 hours beyond the time when you would have otherwise been released. If DHS does not take you into custody during that additional 48 hour period, you should contact your custodian (the agency that is holding you now) to inquire about your release.
If you believe you are a United States citizen or the victim of a crime, please advise DHS by calling the ICE Law Enforcement Support Center toll free at (855) 555-0102.
@sp 8
@h AVISO A LA PERSONA DETENIDA
El Departamento de Seguridad Nacional (DHS) ha emitido una orden de detención inmigratoria en su contra. Mediante esta orden, se notifica a los organismos policiales que el DHS pretende arrestarlo cuando usted cumpla su reclusión actual. El DHS ha solicitado que el organismo policial local o estatal a cargo de su actual detención lo mantenga en custodia por un período no mayor a 48 horas adicionales al tiempo en que usted hubiera sido puesto en libertad.
@sp 30
@small DHS Form I-247A (5/2017)   Page 2 of 2
"""
    pdf = render(spec, "helv", size=9.5, margin=50)
    write_scanned(os.path.join(OUT, "bb16.pdf"), pdf, rng, turns={1: 270}, dpi=240, quality=35, max_angle=0.9)
    return label("bb16", "scanned", "I-247A detainer to state prison, scanned, detainee notice page rotated",
                 req("dhs-ice-ero", "ICE Enforcement and Removal Operations, Denver Field Office",
                     "Thaddeus Rourke", "Supervisory Detention and Deportation Officer", None, "(303) 555-0188"),
                 [subj("Víctor Manuel Ibáñez Rojas", "1979-06-03",
                       ("a_number", "A201448706"), ("other", "398127744"))],
                 ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"],
                 "detainer", "I-247A", "civil_immigration", ["other"], "mail")


def order_2703_spec():
    return """
@h UNITED STATES DISTRICT COURT
@h FOR THE WESTERN DISTRICT OF WASHINGTON
@sp 6
@cols IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d) DIRECTED TO THE WASHINGTON STATE EMPLOYMENT SECURITY DEPARTMENT || Case No. MJ25-0041
@sp 4
@cols  || FILED UNDER SEAL
@sp 8
@title ORDER
The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Washington State Employment Security Department ("ESD"), which provides an electronic communication service to the public through its online unemployment claims portal, to disclose the records and other information described in Attachment A to this Order.
The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation.
The Court determines that there is reason to believe that notification of the existence of the application or this Order will seriously jeopardize the ongoing investigation, including by giving targets an opportunity to destroy or tamper with evidence. See 18 U.S.C. § 2705(b).
IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that ESD shall, within ten days of the date of this Order, disclose to the United States the records and other information described in Attachment A.
IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that ESD shall not disclose the existence of the application of the United States, or the existence of this Order of the Court, to the subscribers of the account(s) listed in Attachment A, or to any other person, for a period of one year from the date of this Order, except that ESD may disclose this Order to an attorney for ESD for the purpose of receiving legal advice.
IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the Court.
@sp 6
DATED this 24th day of February, 2025.
@sig                                                    Theresa L. Nakamura
@cols  || ___________________________________
@cols  || THERESA L. NAKAMURA
@cols  || United States Magistrate Judge
@page
@h ATTACHMENT A
@b I. The Account(s)
All ESD eServices / SecureAccess Washington accounts associated with:
      PRICE-HOLLOWAY, Darnell James - DOB 1989-12-14 - SSN ending 2275
      or the e-mail address dj.pholloway89@examplemail.com
@b II. Records and other information to be disclosed
For the period March 1, 2020 to the present:
  A.  Names, addresses (including mailing and residential), telephone numbers and e-mail addresses associated with each account;
  B.  Records of session times and durations, and the Internet Protocol (IP) addresses used to log in to or submit claims through each account;
  C.  All unemployment claims and weekly certifications submitted through each account, and records of any change to payment method or direct-deposit details.
"""


@doc
def bb17(rng):
    text = """Records Disclosure Unit,

Attached is an order issued by U.S. Magistrate Judge Theresa L. Nakamura of the Western District of Washington under 18 U.S.C. § 2703(d), directing ESD to produce subscriber, login/IP and claim records for the eServices account(s) described in Attachment A. Please note the non-disclosure provision (18 U.S.C. § 2705(b)) -- the account holder must not be notified.

For context: DHS OIG is investigating a DHS employee suspected of filing fraudulent unemployment claims while employed full-time (wire fraud, 18 U.S.C. § 1343). The order gives ten days from February 24.

If you have questions about scope or format, call me directly. Production via your secure file transfer is fine.

Regards,

Marco Castellano
Special Agent
U.S. Department of Homeland Security
Office of Inspector General | Seattle Field Office
(206) 555-0144 | marco.castellano@oig.dhs.gov

This communication, along with any attachments, is covered by federal and state law governing electronic communications and may contain sensitive law enforcement information. If you are not the intended recipient, please delete it and notify the sender.
"""
    pdf = render(order_2703_spec(), "times", size=11)
    msg = make_msg([
        ("From", "\"Castellano, Marco\" <marco.castellano@oig.dhs.gov>"),
        ("To", "ESD Records Disclosure <esd.records@esd.wa.gov>"),
        ("Subject", "Court Order - 18 USC 2703(d) - ESD eServices account records (MJ25-0041)"),
        ("Date", "Tue, 25 Feb 2025 10:17:33 -0800"),
        ("Message-ID", "<BN0P110MB.bb17@oig.dhs.gov>"),
    ], text=text, attachments=[("MJ25-0041_Order_2703d.pdf", pdf, "application", "pdf")])
    write_eml(os.path.join(OUT, "bb17.eml"), msg, "bb17")
    return label("bb17", "eml", "DHS OIG agent email with attached 18 USC 2703(d) order (PDF)",
                 req("dhs-oig", "U.S. Department of Homeland Security, Office of Inspector General",
                     "Marco Castellano", "Special Agent", "marco.castellano@oig.dhs.gov", "(206) 555-0144"),
                 [subj("Darnell James Price-Holloway", "1989-12-14", ("ssn_last4", "2275"))],
                 ["18 USC 2703", "18 USC 2705", "18 USC 1343"],
                 "court_order", None, "criminal_investigation",
                 ["address", "phone", "email", "claims", "other"], "email")


@doc
def bb18(rng):
    spec = """
@title UNITED STATES POSTAL INSPECTION SERVICE
@c DENVER DIVISION
@c 1745 Stout Street, Suite 900, Denver, CO 80202
@hr
@cols  || Case No. 4081772-MT
@cols  || 27 February 2025
@sp 6
Colorado Department of Revenue
Division of Motor Vehicles - Law Enforcement Records
1881 Pierce Street
Lakewood, CO 80214
@sp 6
@b SUBJECT:  Request for DMV Records - Mail Theft / Identity Theft Investigation
@sp 4
The U.S. Postal Inspection Service is investigating a series of thefts from cluster box units in Arapahoe and Douglas Counties between November 2024 and February 2025, including the armed robbery of a letter carrier on January 29, 2025. The conduct involves possible violations of 18 U.S.C. § 1708 (theft or receipt of stolen mail), 18 U.S.C. § 2114 (robbery of postal property) and 18 U.S.C. § 1028A (aggravated identity theft).
Investigators have identified the following persons as suspects. I respectfully request copies of their driver license or identification card records, including photographs, current and prior addresses, and registration information for all vehicles registered to them:
@sp 4
@box
@mono   NAME                          DOB          CO DL / ID
@mono   BRANDT, Tyler James           1994-08-11   19-331-0472
@mono   RUIZ DE LA GARZA, Yesenia     1997-01-30   (unknown)
@mono   JAMA, Ahmed Nur               1992-05-05   21-870-1136
@endbox
@sp 4
This request is made under the law enforcement exception of the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and C.R.S. § 24-72-204. The information will be used solely for this criminal investigation. The injured letter carrier, Denise Halvorsen, is a victim and witness in this matter; no records are requested concerning her.
Please forward the records to me at the address above or electronically to wapaxton@uspis.gov. Questions may be directed to me at (303) 555-0158.
@sp 6
Sincerely,
@sig Wendell A. Paxton
Wendell A. Paxton
Postal Inspector
Mail Theft Team, Denver Division
@sp 8
cc:  Assistant U.S. Attorney Rebecca Stroud, District of Colorado
"""
    save_bytes("bb18.pdf", render(spec, "helv", size=10.5))
    return label("bb18", "born_digital", "Postal Inspector letter to DMV, three suspects in a table",
                 req("usps-uspis", "United States Postal Inspection Service, Denver Division", "Wendell Paxton",
                     "Postal Inspector", "wapaxton@uspis.gov", "(303) 555-0158"),
                 [subj("Tyler James Brandt", "1994-08-11", ("license", "193310472")),
                  subj("Yesenia Ruiz de la Garza", "1997-01-30"),
                  subj("Ahmed Nur Jama", "1992-05-05", ("license", "218701136"))],
                 ["18 USC 1708", "18 USC 2114", "18 USC 1028A", "18 USC 2721", "CRS 24-72-204"],
                 "none", None, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "mail")


@doc
def bb19(rng):
    text = """=====================================================================
 ODHS LAW ENFORCEMENT RECORDS REQUEST PORTAL - NEW SUBMISSION
=====================================================================
 Submission ID ........ LEP-2025-000418
 Submitted ............ 2025-02-11 16:42:09 PST
 Routed to ............ ODHS Office of Program Integrity - LE Requests
 Status ............... RECEIVED - awaiting review
---------------------------------------------------------------------
 REQUESTING OFFICER
   Agency ............. Oregon State Police - Criminal Investigations Division
   Name (Last, First) . Ferreira, Caleb
   DPSST # ............ 48213
   Rank/Title ......... Detective
   Phone .............. 503-555-0165
   Email .............. caleb.ferreira@osp.oregon.gov
   Supervisor ......... Sgt. Nicole Abbott

 CASE INFORMATION
   Agency case # ...... SP25-041177
   Offense(s) ......... ORS 164.057 Aggravated Theft I; ORS 165.800 Identity Theft
   Active criminal investigation? ..... YES
   Legal process attached? ............ NO

 SUBJECT 1
   Name (Last, First Middle) .. HOANG, Bao Tran
   DOB ........................ 10/27/1990
   OR DL/ID ................... 7719043
   SSN (last 4) ............... 

 SUBJECT 2
   Name (Last, First Middle) .. WHITLOCK, Jesse Ray
   DOB ........................ 04/18/1987
   OR DL/ID ................... 
   SSN (last 4) ............... 3026

 RECORDS REQUESTED
   [x] Current / last known address
   [x] Telephone
   [ ] Email
   [x] Benefit history (SNAP / TANF / ERDC)
   [ ] Case narrative
   [ ] Other: 

 JUSTIFICATION (free text)
   Subjects are suspected of using the stolen identities of three
   elderly victims to open credit accounts and drain a home equity
   line (loss approx. $212,000). Mail for one victim was redirected to
   an apartment in Salem that we believe is connected to SNAP benefits
   issued to one or both subjects. Need current address/phone to
   support a search warrant application.

 CERTIFICATION
   [x] I certify this request is made for a legitimate law
       enforcement purpose and that information received will be used
       only for that purpose, consistent with ORS 411.320.
---------------------------------------------------------------------
 This notification was generated automatically by the ODHS LE
 Records Request Portal. Do not reply to this message.
=====================================================================
"""
    save_text("bb19.txt", text)
    return label("bb19", "txt", "web-portal submission notification (text) from state police detective",
                 req("state-police", "Oregon State Police - Criminal Investigations Division", "Caleb Ferreira",
                     "Detective", "caleb.ferreira@osp.oregon.gov", "503-555-0165"),
                 [subj("Bao Tran Hoang", "1990-10-27", ("license", "7719043")),
                  subj("Jesse Ray Whitlock", "1987-04-18", ("ssn_last4", "3026"))],
                 ["ORS 164.057", "ORS 165.800", "ORS 411.320"],
                 "none", None, "criminal_investigation",
                 ["address", "phone", "benefits"], "email")


def i200_spec():
    return """
@c U.S. Department of Homeland Security
@title WARRANT FOR ARREST OF ALIEN
@sp 2
@cols  || File No.  A215 873 604
@cols  || Date:  02/18/2025
@sp 4
To:  Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations
@sp 4
I have determined that there is probable cause to believe that  EDWIN JOSUÉ PÉREZ CANALES  is removable from the United States. This determination is based upon:
  [  ]  the execution of a charging document to initiate removal proceedings against the subject;
  [X]  the pendency of ongoing removal proceedings against the subject;
  [  ]  the failure to establish admissibility subsequent to deferred inspection;
  [  ]  biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
  [  ]  statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.
@sp 4
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.
@sp 8
@sig                                                    Harriet Quon
@cols  || _________________________________
@cols  || (Signature of Authorized Immigration Officer)
@cols  || Harriet Quon, Supervisory Detention and Deportation Officer
@cols  || (Printed Name and Title of Authorized Immigration Officer)
@hr
@cb Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on ____________, and the contents of this notice were read to him or her in the ____________ language.
@sp 6
_________________________          _________________________
Name and Signature of Officer           Name or Number of Interpreter (if applicable)
@sp 20
@small Form I-200 (Rev. 09/2016)
"""


@doc
def bb20(rng):
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Good morning,</p>
<p>ICE Enforcement and Removal Operations (ERO) Denver is attempting to locate the individual below, who is the subject of the attached <b>Warrant for Arrest of Alien (Form I-200)</b>. Please provide the most recent employer name and address and the residential address on file with your agency.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><th>Name</th><th>DOB</th><th>A-Number</th></tr>
<tr><td>P&Eacute;REZ CANALES, Edwin Josu&eacute;</td><td>09/14/1992</td><td>A215-873-604</td></tr>
</table>
<p>This request is made pursuant to 8 U.S.C. &sect; 1357. Please reply to this e-mail or call the number below.</p>
<p>Thank you,<br><br>
<b>Dwayne Ocampo</b><br>Deportation Officer<br>ICE ERO Denver &ndash; Fugitive Operations Team<br>
Office: 303-555-0177<br><a href="mailto:dwayne.ocampo@ice.dhs.gov">dwayne.ocampo@ice.dhs.gov</a></p>
<p style="font-size:8pt;color:#666">UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE. This e-mail and any attachments are intended only for the named recipient(s).</p>
</body></html>"""
    pdf = render(i200_spec(), "sans", size=10)
    img = page_image(pdf, 150)
    img = degrade(img, np.random.default_rng(2020), angle=-1.1, quality=60, blur=0.5, noise=4.0)
    jpg = img_bytes(img, "JPEG", quality=62)
    msg = make_msg([
        ("From", "\"Ocampo, Dwayne\" <dwayne.ocampo@ice.dhs.gov>"),
        ("To", "\"CDLE - Records Unit\" <cdle_records_requests@state.co.us>"),
        ("Subject", "I-200 attached - request for current employer / address"),
        ("Date", "Wed, 19 Feb 2025 07:36:02 -0700"),
        ("Message-ID", "<PH0PR09MB.bb20@ice.dhs.gov>"),
    ], html=html, attachments=[("I-200_PEREZ-CANALES.jpg", jpg, "image", "jpeg")])
    write_eml(os.path.join(OUT, "bb20.eml"), msg, "bb20")
    return label("bb20", "eml", "HTML-only ERO email with scanned I-200 as JPEG attachment",
                 req("dhs-ice-ero", "ICE Enforcement and Removal Operations (ERO) Denver", "Dwayne Ocampo",
                     "Deportation Officer", "dwayne.ocampo@ice.dhs.gov", "303-555-0177"),
                 [subj("Edwin Josué Pérez Canales", "1992-09-14", ("a_number", "A215873604"))],
                 ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"],
                 "administrative_warrant", "I-200", "civil_immigration",
                 ["employment", "address"], "email")


@doc
def bb21(rng):
    spec = """
@b SOCIAL SECURITY ADMINISTRATION - OFFICE OF THE INSPECTOR GENERAL
@b Office of Investigations, Albuquerque Resident Office
500 Gold Avenue SW, Albuquerque, NM 87102
@hr
@title FAX
@sp 4
  TO:           NM Department of Workforce Solutions - UI Records / Office of General Counsel
  FAX #:       (505) 555-0121
  FROM:       SA Roberto Ybarra
  PHONE:     (505) 555-0124         FAX: (505) 555-0125
  EMAIL:      roberto.ybarra@ssa.gov
  DATE:        March 5, 2025
  PAGES:      3 incl. cover
  RE:            OIG Subpoena OIG-ABQ-25-007 (Warsame)
@sp 6
Message:
Attached is an Inspector General subpoena for wage and UI claim records on one individual. Original to follow by certified mail. Please call me with any questions about the schedule or the return date.
@sp 40
@small WARNING: This transmission may contain information protected by the Privacy Act, 5 U.S.C. § 552a. If you are not the intended recipient, any review, use or disclosure is prohibited.
@page
@cb OFFICE OF THE INSPECTOR GENERAL
@cb SOCIAL SECURITY ADMINISTRATION
@title SUBPOENA DUCES TECUM
@cols  || No. OIG-ABQ-25-007
@sp 4
TO:   Custodian of Records
        New Mexico Department of Workforce Solutions
        401 Broadway NE, Albuquerque, NM 87102
@sp 4
YOU ARE HEREBY COMMANDED to produce the records described in the attached Schedule on or before March 20, 2025, to Special Agent Roberto Ybarra, SSA-OIG, 500 Gold Avenue SW, Albuquerque, New Mexico, in connection with an investigation of possible violations of 42 U.S.C. § 1383a (fraudulent acts concerning Supplemental Security Income) and 42 U.S.C. § 408.
@sp 2
This subpoena is issued under the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4). In case of contumacy or refusal to obey, this subpoena is enforceable by order of an appropriate United States District Court.
@sp 8
Issued this 4th day of March, 2025, at Baltimore, Maryland.
@sig                                           Gail S. Whitcombe
@cols  || ______________________________
@cols  || Gail S. Whitcombe
@cols  || Acting Inspector General (designee)
@page
@h SCHEDULE
Subject:   WARSAME, Hodan Abdullahi
DOB:        12/01/1984
SSN:        XXX-XX-9106
@sp 4
For the period January 1, 2020 to the present, produce:
  1.  All quarterly wage records reported for the subject, including each employer's name, address and FEIN;
  2.  All unemployment insurance claims filed by or for the subject, including claim dates, weekly certifications and reported earnings.
@sp 6
Certified copies accompanied by a declaration of the custodian are acceptable in lieu of personal appearance.
"""
    pdf = render(spec, "courier", size=10.5)
    write_fax(os.path.join(OUT, "bb21.tif"), pdf, rng,
              "MAR 05 2025 09:14AM  SSA OIG ABQ RO  505 555 0125   p.{page}")
    return label("bb21", "fax", "SSA OIG fax cover + Inspector General subpoena duces tecum with schedule",
                 req("ssa-oig", "Social Security Administration - Office of the Inspector General", "Roberto Ybarra",
                     "Special Agent", "roberto.ybarra@ssa.gov", "(505) 555-0124"),
                 [subj("Hodan Abdullahi Warsame", "1984-12-01", ("ssn_last4", "9106"))],
                 ["5 USC 552a", "42 USC 1383a", "42 USC 408", "5 USC 406"],
                 "administrative_subpoena", None, "criminal_investigation",
                 ["wages", "employment", "claims"], "fax")


@doc
def bb22(rng):
    spec = """
@sp 6
@h IN THE CIRCUIT COURT OF THE STATE OF OREGON
@h FOR THE COUNTY OF MULTNOMAH
@sp 8
@cols PRIYA ANAND SESHADRI, || Case No. 24CV31884
@cols              Plaintiff, ||
@cols      v. || SUBPOENA DUCES TECUM
@cols RYAN PATRICK O'MALLEY and CASCADIA ROOFING SUPPLY, INC., || (Records Only)
@cols              Defendants. ||
@sp 8
TO:   Custodian of Records, Oregon Department of Transportation, Driver and Motor Vehicle Services, 1905 Lana Avenue NE, Salem, OR 97314
@sp 4
IN THE NAME OF THE STATE OF OREGON: You are required to produce the following records, documents and things, certified as true copies, at the offices of Marsh & Kaplan LLP, 1211 SW Fifth Avenue, Suite 2300, Portland, Oregon 97204, on or before April 4, 2025, at 10:00 a.m.:
  1.  The driver license record of RYAN PATRICK O'MALLEY, date of birth 3/9/1990, Oregon driver license no. 5830217, including license status history and all addresses of record since January 1, 2020;
  2.  Registration and title records for all vehicles registered to Ryan Patrick O'Malley on or after August 17, 2023.
@sp 4
This subpoena is issued pursuant to ORCP 55 by an attorney of record in this action. Disclosure of personal information for use in connection with a civil proceeding is authorized by ORS 802.179 and 18 U.S.C. § 2721(b)(4). No appearance is required if the records are mailed or delivered with the affidavit or declaration of the custodian described in ORCP 55 H.
@sp 6
DATED: March 3, 2025
@sp 6
@cols  || MARSH & KAPLAN LLP
@sig                                                           Benjamin Kaplan
@cols  || ________________________________
@cols  || Benjamin A. Kaplan, OSB #104477
@cols  || Attorney for Plaintiff
@cols  || Telephone: (503) 555-0193
@cols  || Email: bkaplan@marshkaplanlaw.com
@page
@h CERTIFICATE OF SERVICE
I hereby certify that on March 4, 2025 I served a true copy of this Subpoena Duces Tecum on Oregon DMV by certified mail, return receipt requested, and on counsel for Defendants, Hollis R. Brandvold, Brandvold Injury Defense PC, by e-mail.
@sp 10
@sig Tamsin Greer
Tamsin Greer, Paralegal, Marsh & Kaplan LLP
@sp 20
@small Page 2 - SUBPOENA DUCES TECUM (Seshadri v. O'Malley, Multnomah County Case No. 24CV31884)
"""
    save_bytes("bb22.pdf", render(spec, "times", size=11, footer="Page {page} - SUBPOENA DUCES TECUM"))
    return label("bb22", "born_digital", "Oregon civil-case subpoena duces tecum issued by plaintiff's attorney to DMV",
                 req("other", "Marsh & Kaplan LLP", "Benjamin Kaplan", "Attorney for Plaintiff",
                     "bkaplan@marshkaplanlaw.com", "(503) 555-0193"),
                 [subj("Ryan Patrick O'Malley", "1990-03-09", ("license", "5830217"))],
                 ["ORCP 55", "ORS 802.179", "18 USC 2721"],
                 "court_subpoena", None, "unknown",
                 ["license", "address", "vehicle"], "mail")


@doc
def bb23(rng):
    spec = """
@title Summons
@sp 2
In the matter of   Carlos Eduardo Villaseñor, 2871 W. Alameda Avenue, Denver, CO 80219
Internal Revenue Service (Division):   Criminal Investigation
Industry/Area (name or number):   Denver Field Office
Periods:   Calendar years ending December 31, 2020, 2021, 2022 and 2023
@sp 4
@cb The Commissioner of Internal Revenue
To:   Colorado Department of Labor and Employment, Attn: Custodian of Records
At:   633 17th Street, Denver, CO 80202
@sp 2
You are hereby summoned and required to appear before   Nathaniel Oduya, Special Agent,
an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown.
@sp 2
@box
  All records for CARLOS EDUARDO VILLASEÑOR (SSN XXX-XX-5027, date of birth 10/17/1979) for January 1, 2020 through December 31, 2023:
   1.  Quarterly wage records reported by any employer, including employer name, address and FEIN.
   2.  Unemployment compensation paid, by week, including amounts and payment method.
@endbox
@sp 2
Do not write in this space
@sp 2
Business address and telephone number of IRS officer before whom you are to appear:
   IRS-CI, 1999 Broadway, Stop 4000 DEN, Denver, CO 80202     (303) 555-0166
Place and time for appearance at   1999 Broadway, Denver, CO 80202
on the   7th   day of   April   , 2025   at   10   o'clock  a.m.
@sp 2
Issued under authority of the Internal Revenue Code this   10th   day of   March   , 2025  .
@sp 6
@sig Nathaniel Oduya
@cols Signature of issuing officer: Nathaniel Oduya || Title: Special Agent
@sig R. Castañeda-Lowe
@cols Signature of approving officer (if applicable): Rosalind Castañeda-Lowe || Title: Supervisory Special Agent
@sp 6
@small Form 2039 (Rev. 10-2010)   Catalog Number 21405J   www.irs.gov   Original -- to be kept by IRS
@page
@h Provisions of the Internal Revenue Code
@b Sec. 7602. Examination of books and witnesses
(a) Authority to summon, etc. - For the purpose of ascertaining the correctness of any return, making a return where none has been made, determining the liability of any person for any internal revenue tax ... the Secretary is authorized to summon the person liable for tax ... or any other person the Secretary may deem proper, to appear before the Secretary at a time and place named in the summons and to produce such books, papers, records, or other data ...
(b) Purpose may include inquiry into offense. - The purposes for which the Secretary may take any action described in paragraph (1), (2), or (3) of subsection (a) include the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws.
@b Sec. 7603. Service of summons
(a) In general - A summons issued under section 7602 shall be served by the Secretary, by an attested copy delivered in hand to the person to whom it is directed, or left at his last and usual place of abode ...
@b Sec. 7604. Enforcement of summons
(a) Jurisdiction of district court. - If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production of books, papers, records, or other data.
(b) Enforcement. - Whenever any person summoned under section 6420(e)(2), 6421(g)(2), 6427(j)(2), or 7602 neglects or refuses to obey such summons ...
@b Sec. 7605. Time and place of examination
(a) Time and place. - The time and place of examination pursuant to the provisions of section 6420(e)(2), 6421(g)(2), 6427(j)(2), or 7602 shall be such time and place as may be fixed by the Secretary and as are reasonable under the circumstances.
@b Sec. 7610. Fees and costs for witnesses
(a) In general. - The Secretary shall by regulations establish the rates and conditions under which payment may be made of fees and mileage to persons who are summoned to appear before the Secretary ...
@sp 6
@small Form 2039 (Rev. 10-2010)
"""
    pdf = render(spec, "helv", size=10)
    write_scanned(os.path.join(OUT, "bb23.pdf"), pdf, rng, turns={}, dpi=220, quality=36)
    return label("bb23", "scanned", "IRS Form 2039 summons issued by CI special agent, with printed Code provisions",
                 req("irs-ci", "Internal Revenue Service, Criminal Investigation - Denver Field Office", "Nathaniel Oduya",
                     "Special Agent", None, "(303) 555-0166"),
                 [subj("Carlos Eduardo Villaseñor", "1979-10-17", ("ssn_last4", "5027"))],
                 ["26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7605", "26 USC 7610",
                  "26 USC 6420", "26 USC 6421", "26 USC 6427"],
                 "administrative_subpoena", "Form 2039", "criminal_investigation",
                 ["wages", "employment", "benefits"], "mail")


def i247n_spec():
    return """
@cb DEPARTMENT OF HOMELAND SECURITY
@title REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
@hr
@cols Subject ID:  402915586 || File No:  A206 114 593
@cols Event #:  SEA2503000871 || Date:  March 12, 2025
@hr
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
      Washington State Department of Corrections - Records, Coyote Ridge Corrections Center
FROM: (Department of Homeland Security Office Address)
      ICE ERO Seattle Field Office, 12500 Tukwila International Blvd, Seattle, WA
@sp 2
Name of Alien:  BUI, Quang Duc          Date of Birth:  02/19/1988          Citizenship:  VIETNAM          Sex:  M
@hr
@b THE ALIEN IS SUSPECTED OF BEING A PRIORITY ALIEN FOR THE FOLLOWING REASON:
  [X]  The alien has been convicted of an offense listed in the DHS enforcement priorities.
@b DHS HAS REASON TO BELIEVE THE INDIVIDUAL IDENTIFIED ABOVE IS A REMOVABLE ALIEN, based on:
  [X]  Biometric confirmation of the alien's identity and a records check of federal databases.
@hr
@b IT IS REQUESTED THAT YOU:
  *  Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling ICE at (206) 555-0186.
  *  This request does not request or authorize that you detain the subject beyond the time he or she is currently scheduled for release from your custody.
@sp 2
Authority: sections 236 and 287 of the Immigration and Nationality Act; 8 C.F.R. 287.7.
@sp 4
@cols Tove Lindgren, Deportation Officer || T. Lindgren
@cols (Name and title of Immigration Officer) || (Signature of Immigration Officer)
@hr
@b TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN:
Estimated release date: ____________     DOC number: 412876     Notification given on: ____________
@sp 6
@small DHS Form I-247N (5/2015)
"""


@doc
def bb24(rng):
    text = """WADOC Records,

Attached please find a Form I-247N (Request for Voluntary Notification of Release) for the inmate below. Kindly notify ERO Seattle of the scheduled release date at least 48 hours prior to release.

  BUI, Quang Duc
  DOB 1988-02-19
  DOC # 412876
  A# 206-114-593

We are not asking that he be held past his release date. Please acknowledge receipt when you get a chance.

Thank you,
Tove Lindgren
Deportation Officer
ICE ERO Seattle Field Office - Criminal Apprehension Program
206-555-0186 | tove.lindgren@ice.dhs.gov
"""
    pdf = render(i247n_spec(), "helv", size=9.5, margin=48)
    img = page_image(pdf, 150)
    png = img_bytes(img.convert("L"), "PNG", optimize=True)
    msg = make_msg([
        ("From", "Lindgren, Tove <tove.lindgren@ice.dhs.gov>"),
        ("To", "DOC Records Unit <docrecords@doc1.wa.gov>"),
        ("Subject", "I-247N - Request for Voluntary Notification of Release - DOC# 412876"),
        ("Date", "Wed, 12 Mar 2025 14:09:55 -0700"),
        ("Message-ID", "<SJ0PR09MB.bb24@ice.dhs.gov>"),
    ], text=text, attachments=[("I-247N_BUI.png", png, "image", "png")])
    write_eml(os.path.join(OUT, "bb24.eml"), msg, "bb24")
    return label("bb24", "eml", "ERO email to state DOC with I-247N detainer as PNG attachment",
                 req("dhs-ice-ero", "ICE ERO Seattle Field Office", "Tove Lindgren", "Deportation Officer",
                     "tove.lindgren@ice.dhs.gov", "206-555-0186"),
                 [subj("Quang Duc Bui", "1988-02-19", ("a_number", "A206114593"),
                       ("other", "412876"), ("other", "402915586"))],
                 ["INA 236", "INA 287", "8 CFR 287.7"],
                 "detainer", "I-247N", "civil_immigration", ["other"], "email")


@doc
def bb25(rng):
    text = """From: Mahoney, Keith <keith.mahoney@ice.dhs.gov>
Sent: Monday, March 10, 2025 8:03 AM
To: MVD LE Requests <mvd.lerequests@tax.newmexico.gov>
Subject: Records request - FOUO

Good morning,

FOR OFFICIAL USE ONLY. U.S. Immigration and Customs Enforcement is requesting driver license photographs, last known residential addresses and vehicle registration information for the following individuals:

1. MOLINA GUTIÉRREZ, Yadira      DOB 1995-07-22    A# 220 913 448
2. SALAZAR, Efraín de Jesús      DOB 1989-11-03    A# 213 506 771    NM DL 503 918 274

This request is made under the authority of Title 8, United States Code, Section 1357, and 8 C.F.R. § 287.5. Please reply to this e-mail with any responsive records.

V/r,

Keith Mahoney
Deportation Officer
ICE ERO El Paso Field Office - Albuquerque Sub-Office
505-555-0154
"""
    save_text("bb25.txt", text)
    return label("bb25", "txt", "ERO email copied to plain text, 'for official use' with A-numbers",
                 req("dhs-ice-ero", "ICE ERO El Paso Field Office - Albuquerque Sub-Office", "Keith Mahoney",
                     "Deportation Officer", "keith.mahoney@ice.dhs.gov", "505-555-0154"),
                 [subj("Yadira Molina Gutiérrez", "1995-07-22", ("a_number", "A220913448")),
                  subj("Efraín de Jesús Salazar", "1989-11-03", ("a_number", "A213506771"),
                       ("license", "503918274"))],
                 ["8 USC 1357", "8 CFR 287.5"],
                 "none", None, "civil_immigration",
                 ["photo", "address", "vehicle"], "email")


@doc
def bb26(rng):
    spec = """
@lh COLORADO BUREAU OF INVESTIGATION
@b Investigations Section - Major Crimes Unit
690 Kipling Street, Suite 3000, Lakewood, Colorado 80215
@hr
@sp 4
April 2, 2025
@sp 4
Colorado Department of Human Services
Office of Economic Security - Records Custodian
1575 Sherman Street
Denver, CO 80203
@sp 4
@b RE:  Search Warrant 25SW117 (Jefferson County District Court) - CBI Case No. 2025-0412
@sp 4
To the Records Custodian:
I am serving the enclosed search warrant, issued March 31, 2025 by the Jefferson County District Court, for records maintained by your department concerning the two persons named in it. Our investigation concerns the use of stolen identities to obtain public assistance benefits and open financial accounts (C.R.S. 18-5-902, identity theft; C.R.S. 18-4-401, theft).
Please produce the records described in the warrant within ten days. Records can be provided to me on encrypted media or by secure file transfer; I can pick them up in person if that is easier.
@sp 4
Thank you,
@sig Melissa Ortega-Strand
Melissa Ortega-Strand
Agent, Major Crimes Unit
Colorado Bureau of Investigation
(303) 555-0131  |  melissa.ortega-strand@state.co.us
@page
@box
@cols DISTRICT COURT, JEFFERSON COUNTY, COLORADO || 
@cols Court Address: 100 Jefferson County Parkway, Golden, CO 80401 ||
@sp 4
@cols THE PEOPLE OF THE STATE OF COLORADO || ▲ COURT USE ONLY ▲
@cols IN THE MATTER OF THE SEARCH OF: Records maintained by the Colorado Department of Human Services, 1575 Sherman Street, Denver, Colorado || Warrant No.: 25SW117
@cols  || Division: 11
@endbox
@sp 4
@title SEARCH WARRANT
@sp 2
THE PEOPLE OF THE STATE OF COLORADO, TO ANY PEACE OFFICER IN THE STATE OF COLORADO, GREETINGS:
Agent Melissa Ortega-Strand of the Colorado Bureau of Investigation having made an Affidavit for Search Warrant, which is attached and incorporated by reference, and the Court being satisfied that there is probable cause to believe that the property described below is located at the place described above, and that it is material evidence of the crimes of Identity Theft, C.R.S. § 18-5-902, and Theft, C.R.S. § 18-4-401;
YOU ARE THEREFORE COMMANDED to search the place described above for the following property, and to seize it:
  All records for the period January 1, 2022 to the present relating to
      (1)  ZAMORA-BELTRÁN, Luis Ángel, DOB 01/14/1985; and
      (2)  Svetlana Igorevna MOROZOVA, DOB 1991-08-30, Colorado DL 15-223-4098,
  including Colorado PEAK benefit applications and case comments, all reported residential and mailing addresses and telephone numbers, copies of identity documents submitted, and EBT card issuance and transaction records.
This warrant is issued pursuant to C.R.S. § 16-3-301 and Crim. P. 41. It shall be executed within fourteen (14) days of issuance, and a copy of the warrant and a receipt for the property taken shall be given to the person from whom, or from whose premises, the property is taken. The officer executing this warrant shall make a written inventory and return it to this Court.
@sp 6
Date and time issued:  March 31, 2025   4:15 p.m.
@sp 4
@cols  || BY THE COURT:
@sig                                                         Arthur D. Pennington
@cols  || _________________________________
@cols  || District Court Judge
@cols  || Hon. Arthur D. Pennington
@page
@h RETURN AND INVENTORY
Warrant No. 25SW117 was received on ______________ and executed on ______________ at ______________.
The following property was seized: ________________________________________________
@sp 10
I swear that this inventory is a true and detailed account of all property taken by me on the warrant.
@sp 6
_____________________________   Executing officer            Date: ______________
"""
    save_bytes("bb26.pdf", render(spec, "sans", size=10, footer="CBI 2025-0412   -   page {page} of {pages}"))
    return label("bb26", "born_digital", "CBI agent cover letter + Colorado district court search warrant for human-services records",
                 req("state-police", "Colorado Bureau of Investigation", "Melissa Ortega-Strand", "Agent",
                     "melissa.ortega-strand@state.co.us", "(303) 555-0131"),
                 [subj("Luis Ángel Zamora-Beltrán", "1985-01-14"),
                  subj("Svetlana Igorevna Morozova", "1991-08-30", ("license", "152234098"))],
                 ["CRS 18-5-902", "CRS 18-4-401", "CRS 16-3-301", "CO CrimP 41"],
                 "judicial_warrant", None, "criminal_investigation",
                 ["benefits", "claims", "address", "phone", "identity_documents"], "mail")


@doc
def bb27(rng):
    spec = """
@title CHICAGO POLICE DEPARTMENT
@c Bureau of Detectives - Area Four - Robbery
@c 3151 W. Harrison St., Chicago, IL 60612
@hr
@h REQUEST FOR INFORMATION FROM OUTSIDE AGENCY
@hr
TO:  Illinois Department of Employment Security - Attn: Law Enforcement Liaison
FAX:  (312) 555-0103                                          DATE:  03/18/2025
@sp 4
@box
 REQUESTING MEMBER:  PETROVIĆ, Stanislav                         STAR #:  20914
 RANK:  Detective                 UNIT:  Area Four Detectives / Robbery
 PHONE:  (312) 555-0148          E-MAIL:  stanislav.petrovic@chicagopolice.org
 RD #:  JH-214773                     OFFENSE:  Armed Robbery (720 ILCS 5/18-2)
@endbox
@sp 4
@b SUBJECT(S)
@mono  NAME (LAST, FIRST MI)        DOB          SEX   IL DL / STATE ID
@mono  ----------------------------------------------------------------
@mono  RIVERA ORTIZ, Jonathan E.    06/25/2000   M     R161-5820-0178
@mono  GREER, Dontae L.             12/02/1998   M     ---
@sp 6
@b INFORMATION REQUESTED
   [X]  Current employer(s) and employer address
   [X]  Wage / earnings history (last 4 quarters)
   [X]  Claimant address and telephone number
   [  ]  Other: ____________________________________
@sp 4
@b LEGAL PROCESS
   [  ]  Subpoena attached       [  ]  Court order attached       [X]  None
@sp 4
I certify that this request is made in the course of an active criminal investigation and that the information will be used solely for law enforcement purposes. I understand that IDES information is confidential under 820 ILCS 405/1900.
@sp 10
Requesting member:  ___S. Petrović #20914___          Approved:  ___Sgt. R. Okafor #1422___
@sp 40
@small CPD-11.491 (Rev. 2/2019)     RETURN RESPONSE BY FAX TO (312) 555-0149
"""
    pdf = render(spec, "courier", size=10.5)
    write_fax(os.path.join(OUT, "bb27.tif"), pdf, rng,
              "03/18/2025 16:51 FAX 3125550149   CPD AREA 4 DET   PAGE {page} OF {pages}")
    return label("bb27", "fax", "city police one-page fax request form with check boxes, two subjects",
                 req("local-police", "Chicago Police Department", "Stanislav Petrović", "Detective",
                     "stanislav.petrovic@chicagopolice.org", "(312) 555-0148"),
                 [subj("Jonathan E. Rivera Ortiz", "2000-06-25", ("license", "R16158200178")),
                  subj("Dontae L. Greer", "1998-12-02")],
                 ["720 ILCS 5/18-2", "820 ILCS 405/1900"],
                 "none", None, "criminal_investigation",
                 ["employment", "wages", "address", "phone"], "fax")


@doc
def bb28(rng):
    text = """Good afternoon,

I am assigned to the 75th Precinct Detective Squad and am investigating a robbery (PL 160.10, Robbery in the 2nd Degree) that occurred on 03/22/2025 on Pennsylvania Avenue in Brooklyn. Two persons of interest have been developed. I am requesting DMV photographs, license information, current addresses and registration information for any vehicles registered to them:

  Kwame A. Osei-Bonsu    DOB 11/05/1997    NYS DL 731 552 908
  Anastasia Kravchenko   DOB 1999-06-12    (no DL located - possible non-driver ID)

This request is made under the law enforcement exception, 18 USC 2721(b)(1). Complaint # 2025-075-001834.

Thank you,
Det. Rafael Acevedo, Shield #4471
75 Detective Squad, NYPD
718-555-0196
"""
    html = """<html><body style="font-family:'Times New Roman',serif;font-size:12pt">
<p>Good afternoon,</p>
<p>I am assigned to the 75th Precinct Detective Squad and am investigating a robbery (PL 160.10, Robbery in the 2nd Degree) that occurred on 03/22/2025 on Pennsylvania Avenue in Brooklyn. Two persons of interest have been developed. I am requesting DMV photographs, license information, current addresses and registration information for any vehicles registered to them:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td><b>Name</b></td><td><b>DOB</b></td><td><b>NYS DL / ID</b></td></tr>
<tr><td>Kwame A. Osei-Bonsu</td><td>11/05/1997</td><td>731 552 908</td></tr>
<tr><td>Anastasia Kravchenko</td><td>1999-06-12</td><td>(no DL located &ndash; possible non-driver ID)</td></tr>
</table>
<p>This request is made under the law enforcement exception, 18 USC 2721(b)(1). Complaint # 2025-075-001834.</p>
<p>Thank you,<br>Det. Rafael Acevedo, Shield #4471<br>75 Detective Squad, NYPD<br>718-555-0196</p>
<hr><p style="font-size:8pt">NYPD - CONFIDENTIAL. The information contained in this message is intended only for the recipient and may be privileged.</p>
</body></html>"""
    msg = make_msg([
        ("From", "Rafael Acevedo <rafael.acevedo@nypd.org>"),
        ("To", "NYS DMV Division of Field Investigation <dfi.lerequests@dmv.ny.gov>"),
        ("Cc", "Sgt. Colleen Byrne <colleen.byrne@nypd.org>"),
        ("Subject", "Photo/registration request - Robbery 2 - 075 Pct complaint 2025-075-001834"),
        ("Date", "Mon, 24 Mar 2025 15:20:44 -0400"),
        ("Message-ID", "<0f3c9e2a.bb28@nypd.org>"),
    ], text=text, html=html)
    write_eml(os.path.join(OUT, "bb28.eml"), msg, "bb28")
    return label("bb28", "eml", "NYPD detective email, multipart/alternative with HTML table",
                 req("local-police", "NYPD, 75 Detective Squad", "Rafael Acevedo", "Detective",
                     "rafael.acevedo@nypd.org", "718-555-0196"),
                 [subj("Kwame A. Osei-Bonsu", "1997-11-05", ("license", "731552908")),
                  subj("Anastasia Kravchenko", "1999-06-12")],
                 ["NY PL 160.10", "18 USC 2721"],
                 "none", None, "criminal_investigation",
                 ["photo", "license", "address", "vehicle"], "email")


@doc
def bb29(rng):
    spec = """
@h THE STATE OF TEXAS
@title SUBPOENA DUCES TECUM
@sp 2
@cols CAUSE NO. D-1-DC-24-302117 || IN THE 167TH DISTRICT COURT
@cols THE STATE OF TEXAS || OF
@cols vs. || TRAVIS COUNTY, TEXAS
@cols HÉCTOR JULIÁN SALDAÑA ||
@sp 6
@b TO ANY SHERIFF OR CONSTABLE OF THE STATE OF TEXAS OR OTHER AUTHORIZED PERSON - GREETINGS:
YOU ARE HEREBY COMMANDED to summon:
@sp 2
      CUSTODIAN OF RECORDS
      TEXAS WORKFORCE COMMISSION
      101 East 15th Street, Austin, Texas 78778
@sp 2
to be and appear before the 167th District Court of Travis County, Texas, at the Blackwell-Thurman Criminal Justice Center, 509 W. 11th Street, Austin, Texas, on the 21st day of April, 2025, at 9:00 o'clock A.M., then and there to testify as a witness on behalf of the STATE in the above styled and numbered criminal action, and to bring with you and produce the following:
@sp 2
  All employer wage reports and all unemployment benefit claim and payment records for HÉCTOR JULIÁN SALDAÑA, date of birth 02/09/1982, SSN XXX-XX-6473, for the period January 1, 2022 to the present, including the names and addresses of all reporting employers.
@sp 2
In lieu of appearance, the records may be delivered to the Assistant District Attorney named below together with a business records affidavit that complies with Tex. R. Evid. 902(10). The Commission may release this information under Tex. Lab. Code § 301.081 in response to a subpoena issued in a criminal proceeding.
This subpoena is issued pursuant to Articles 24.02 and 24.03 of the Texas Code of Criminal Procedure.
HEREIN FAIL NOT, and make due return hereof, showing how you executed the same.
@sp 4
WITNESS MY HAND AND SEAL OF OFFICE, at Austin, Texas, on March 24, 2025.
@sp 6
@cols Requested by: || ROSA M. ESCOBEDO
@cols Marisa Delgado-Fenn, SBN 24091187 || District Clerk, Travis County, Texas
@cols Assistant District Attorney || P.O. Box 679003, Austin, Texas 78767
@cols Travis County District Attorney's Office ||
@cols (512) 555-0109 || By: _________________________ Deputy
@cols marisa.delgado-fenn@traviscountytx.gov ||   J. Whitmore
@page
@h OFFICER'S RETURN
Came to hand on the ______ day of ______________, 2025, at ______ o'clock ___.M., and executed on the ______ day of ______________, 2025, at ______ o'clock ___.M., by delivering to the within named witness, in person, a true copy of this subpoena.
@sp 10
Fees: $ ________                       _________________________________
                                                  Sheriff / Constable / Authorized Person
                                                  Travis County, Texas
@sp 10
@b AFFIDAVIT OF SERVICE BY AUTHORIZED PERSON (if not a peace officer)
I am over the age of 18, not a party to this case, and I delivered this subpoena as stated above.
@sp 20
@small Travis County District Clerk - Criminal Subpoena Form CR-SDT (Rev. 2021)
"""
    pdf = render(spec, "times", size=11)
    write_scanned(os.path.join(OUT, "bb29.pdf"), pdf, rng, turns={1: 180}, dpi=200, quality=40)
    return label("bb29", "scanned", "Texas district clerk criminal subpoena duces tecum requested by ADA; return page upside down",
                 req("district-attorney", "Travis County District Attorney's Office", "Marisa Delgado-Fenn",
                     "Assistant District Attorney", "marisa.delgado-fenn@traviscountytx.gov", "(512) 555-0109"),
                 [subj("Héctor Julián Saldaña", "1982-02-09", ("ssn_last4", "6473"))],
                 ["TX R Evid 902", "TX Lab Code 301.081", "TX CCP 24.02", "TX CCP 24.03"],
                 "court_subpoena", None, "criminal_investigation",
                 ["wages", "employment", "claims", "benefits"], "mail")


@doc
def bb30(rng):
    spec = """
@title TEXAS DEPARTMENT OF PUBLIC SAFETY
@c CRIMINAL INVESTIGATIONS DIVISION  -  WEST TEXAS REGION
@c 11612 Scott Simpson Drive, El Paso, Texas 79936
@hr
@sp 4
April 7, 2025
@sp 2
@b VIA FIRST-CLASS MAIL
@sp 4
New Mexico Taxation and Revenue Department
Motor Vehicle Division - Law Enforcement Liaison
Joseph Montoya Building, 1100 South St. Francis Drive
Santa Fe, New Mexico 87504
@sp 4
@b RE:   Request for Driver and Vehicle Records - DPS CID Case No. 2025-04-0017
@sp 4
Dear Sir or Madam:
The Texas Department of Public Safety, Criminal Investigations Division, is investigating a human smuggling organization that transports undocumented migrants from southern New Mexico to stash houses in El Paso and Dallas, in violation of Texas Penal Code §§ 20.05 (Smuggling of Persons) and 20.06 (Continuous Smuggling of Persons). The investigation is being conducted jointly with U.S. Border Patrol Agent Cristóbal Ferraro of the Santa Teresa Station, who is a witness to the March 2, 2025 stop described below.
On March 2, 2025 a white 2019 Ford Transit van bearing New Mexico registration was stopped near Anthony, Texas with eleven passengers concealed in the cargo area. The driver fled on foot. Documents recovered from the van link the following individuals to the organization:
@sp 2
   1.  ESCALANTE, Omar Alejandro  -  DOB 10/10/1993  -  NM DL 119 402 668
   2.  Brianna Nicole HUTCHINS  -  DOB January 28, 2001
   3.  DAHIR, Ibrahim Mohamed  -  DOB 31 May 1986
@sp 2
I respectfully request, for each individual: the complete driver license or identification card record; the most recent digital photograph; all addresses of record; and the registration and title history of all vehicles registered to the individual, including the Ford Transit described above.
This request is made under the law enforcement exception of the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and NMSA 1978, § 66-2-7.1. The records will be used only in connection with this criminal investigation and any resulting prosecution.
Please send responsive records to my attention at the address above or to reginald.fairbanks@dps.texas.gov. I may be reached at (915) 555-0161.
@sp 4
Respectfully,
@sig Reginald T. Fairbanks
Reginald T. Fairbanks
Special Agent
Texas Department of Public Safety - Criminal Investigations Division
@sp 6
cc:   Lt. Andrea Solís, DPS CID West Texas Region
       File
"""
    save_bytes("bb30.pdf", render(spec, "serif", size=10,
                                  footer="Texas Department of Public Safety  *  Courtesy  Service  Protection"))
    return label("bb30", "born_digital", "Texas DPS special agent letter to another state's MVD, three subjects",
                 req("state-police", "Texas Department of Public Safety, Criminal Investigations Division",
                     "Reginald Fairbanks", "Special Agent", "reginald.fairbanks@dps.texas.gov", "(915) 555-0161"),
                 [subj("Omar Alejandro Escalante", "1993-10-10", ("license", "119402668")),
                  subj("Brianna Nicole Hutchins", "2001-01-28"),
                  subj("Ibrahim Mohamed Dahir", "1986-05-31")],
                 ["TX PC 20.05", "TX PC 20.06", "18 USC 2721", "NMSA 66-2-7.1"],
                 "none", None, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "mail")


@doc
def bb31(rng):
    text = """Subject: FW: Employer lookup - felony warrant subject
From: Kessler, Nora <nora.kessler@elpasoco.com>
Date: Tue, 11 Mar 2025 10:02:17 -0600
To: CDLE Records Requests <cdle_records_requests@state.co.us>

Resending below -- didn't hear back last week. Not sure it made it to the right inbox. Thx.

Nora

---------- Forwarded message ---------
From: Kessler, Nora <nora.kessler@elpasoco.com>
Date: Mon, Mar 3, 2025 at 2:47 PM
Subject: Employer lookup - felony warrant subject
To: <cdle_records_requests@state.co.us>

Good afternoon,

I'm an investigator with the El Paso County Sheriff's Office Warrants Unit. We hold an active felony warrant (El Paso County District Court case 2024CR004412) for

    TAFOYA, Dominic Ray   DOB 12/19/1991

for Second Degree Assault, C.R.S. 18-3-203. He's been dodging us at the last two addresses we had. Could you tell me his most recent employer (name/address) from your wage records and any newer residential address on file?

I don't have a copy of the warrant attached to this email, but I can send it over if you need it.

Thanks much,

Inv. Nora Kessler
Warrants Unit | El Paso County Sheriff's Office
27 E. Vermijo Ave, Colorado Springs, CO 80903
Desk 719-555-0172
"""
    save_text("bb31.txt", text)
    return label("bb31", "txt", "sheriff investigator email pasted as text, inline FW: of her own earlier request",
                 req("sheriff", "El Paso County Sheriff's Office", "Nora Kessler", "Investigator",
                     "nora.kessler@elpasoco.com", "719-555-0172"),
                 [subj("Dominic Ray Tafoya", "1991-12-19")],
                 ["CRS 18-3-203"], "none", None, "criminal_investigation",
                 ["employment", "address"], "email")


@doc
def bb32(rng):
    text = """New Mexico Department of Workforce Solutions
Law Enforcement Information Request (online form)
--------------------------------------------------
Confirmation #:          20250402-1187
Date/Time submitted:     04/02/2025 09:31 MDT

Agency name:             Santa Fe County Sheriffs Office
Requestor:               QUINTANA, Ramón
Position / rank:         Deputy
Phone:                   (505) 555-0114
Email:                   rquintana@santafecountynm.gov
Agency case # (if any):

Individual - last name:  LE
Individual - first/middle: Thi Mai
Date of birth:           1980-02-14
Last 4 of SSN:           4417

Information requested:   Current address; Current employer
Reason for request:      address verification
Statute / authority (optional):
Attachments:             none

--------------------------------------------------
By submitting this form the requestor certifies that he or she is a
sworn law enforcement officer. Information is released only as
permitted by 20 CFR Part 603 and NMSA 1978, Section 51-1-32.
"""
    save_text("bb32.txt", text)
    return label("bb32", "txt", "online form submission from deputy with no stated reason (purpose unknown)",
                 req("sheriff", "Santa Fe County Sheriffs Office", "Ramón Quintana", "Deputy",
                     "rquintana@santafecountynm.gov", "(505) 555-0114"),
                 [subj("Thi Mai Le", "1980-02-14", ("ssn_last4", "4417"))],
                 ["20 CFR 603", "NMSA 51-1-32"], "none", None, "unknown",
                 ["address", "employment"], "email")


# ===========================================================================
def main():
    labels = []
    for fn in DOCS:
        rng = np.random.default_rng(SEED + int(fn.__name__[2:]))
        random.seed(SEED + int(fn.__name__[2:]))
        lab = fn(rng)
        assert lab["id"] == fn.__name__
        save_label(lab)
        labels.append(lab)
    print(f"wrote {len(labels)} documents to {OUT}")


if __name__ == "__main__":
    main()
