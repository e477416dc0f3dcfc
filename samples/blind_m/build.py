#!/usr/bin/env python
"""Build the blind-m sample set (independent author; state-court process vs. federal look-alikes).

Run:  /work/main/.venv/bin/python samples/blind_m/build.py
Writes <id>.<ext> and <id>.expected.json into this folder, deterministically.
Temporary files go to /tmp/blind_m_work.
"""
import io
import json
import os
import random
import shutil
import time
import subprocess
import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
import datetime as dt

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/blind_m_work"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
SEED = 20250317

for name, fn in [("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                 ("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                 ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Cond", "DejaVuSansCondensed.ttf"),
                 ("Cond-B", "DejaVuSansCondensed-Bold.ttf"), ("Mono", "DejaVuSansMono.ttf"),
                 ("Mono-B", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))

FAMILIES = {"sans": ("Sans", "Sans-B"), "serif": ("Serif", "Serif-B"),
            "cond": ("Cond", "Cond-B"), "mono": ("Mono", "Mono-B")}


# --------------------------------------------------------------------------- PDF layout
def render_pdf(path, text, family="sans", size=10, footer=None, margin=60):
    """Tiny line markup -> PDF.  Pages are separated by a line '#PAGE'.

    ''            small gap            #T x  title (centred, bold, big)
    #C x  centred bold                 #c x  centred regular
    #B x  bold paragraph               #R x  right-aligned
    #S x  small paragraph              #HR   horizontal rule
    #BOX / #END  box around lines      #SIG scribble|caption  signature line
    #2 left|right two columns          #I n x  indented paragraph
    anything else: wrapped paragraph
    """
    reg, bold = FAMILIES[family]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    pages = text.strip("\n").split("\n#PAGE\n")
    lead = size * 1.35
    pageno = [0]

    def new_page():
        if pageno[0]:
            c.showPage()
        pageno[0] += 1
        if footer:
            c.setFont(reg, 7.5)
            c.drawCentredString(W / 2, 28, footer.replace("{p}", str(pageno[0])))
        return H - margin

    def para(y, s, font, fs, indent=0):
        lines = simpleSplit(s, font, fs, W - 2 * margin - indent) or [""]
        for ln in lines:
            if y < margin + 10:
                y = new_page()
            c.setFont(font, fs)
            c.drawString(margin + indent, y, ln)
            y -= fs * 1.35
        return y

    for page in pages:
        y = new_page()
        box_top = None
        for raw in page.split("\n"):
            line = raw.rstrip()
            if line == "":
                y -= lead * 0.55
                continue
            if line == "#HR":
                c.setLineWidth(0.8)
                c.line(margin, y + size * 0.5, W - margin, y + size * 0.5)
                y -= lead * 0.5
                continue
            if line == "#BOX":
                box_top = y + size * 1.2
                continue
            if line == "#END":
                if box_top is not None:
                    c.setLineWidth(0.8)
                    c.rect(margin - 6, y + size * 0.4, W - 2 * margin + 12, box_top - y - size * 0.4)
                    box_top = None
                y -= lead * 0.6
                continue
            tag, _, rest = line.partition(" ")
            if tag == "#T":
                y -= size * 0.6
                c.setFont(bold, size + 4)
                c.drawCentredString(W / 2, y, rest)
                y -= (size + 4) * 1.45
            elif tag == "#C":
                y -= 2
                for ln in simpleSplit(rest, bold, size + 1, W - 2 * margin):
                    c.setFont(bold, size + 1)
                    c.drawCentredString(W / 2, y, ln)
                    y -= lead
            elif tag == "#c":
                for ln in simpleSplit(rest, reg, size, W - 2 * margin):
                    c.setFont(reg, size)
                    c.drawCentredString(W / 2, y, ln)
                    y -= lead
            elif tag == "#B":
                y = para(y, rest, bold, size)
            elif tag == "#R":
                c.setFont(reg, size)
                c.drawRightString(W - margin, y, rest)
                y -= lead
            elif tag == "#S":
                y = para(y, rest, reg, size - 2.5) - 3
            elif tag == "#I":
                n, _, r2 = rest.partition(" ")
                y = para(y, r2, reg, size, indent=int(n) * 18)
            elif tag == "#2":
                left, _, right = rest.partition("|")
                c.setFont(reg, size)
                c.drawString(margin, y, left)
                c.drawString(W / 2 + 10, y, right)
                y -= lead
            elif tag == "#SIG":
                scrib, _, cap = rest.partition("|")
                y -= 6
                if scrib:
                    c.setFont("Serif-I", size + 5)
                    c.drawString(margin + 8, y + 3, scrib)
                c.setLineWidth(0.6)
                c.line(margin, y, margin + 230, y)
                y -= lead
                for capl in cap.split("^"):
                    c.setFont(reg, size - 1)
                    c.drawString(margin, y, capl)
                    y -= lead * 0.95
            else:
                y = para(y, line, reg, size)
            if y < margin and raw is not page.split("\n")[-1]:
                y = new_page()
    c.save()


# --------------------------------------------------------------------------- raster helpers
def rasterize(pdf, dpi, tag):
    d = os.path.join(TMP, tag)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(d, "p")], check=True)
    files = sorted(f for f in os.listdir(d) if f.endswith(".png"))
    return [Image.open(os.path.join(d, f)).convert("L") for f in files]


def degrade_scan(img, rng, angle, turn, grey=228):
    a = np.asarray(img).astype(np.float32)
    a = grey - (255 - a) * (grey - 25) / 255.0           # grey paper, not-quite-black ink
    a += rng.normal(0, 9, a.shape)                       # sensor noise
    speck = rng.random(a.shape) < 0.0008                 # dust
    a[speck] = 60
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=grey - 30)
    if turn:
        im = im.rotate(turn, expand=True)
    return im


def save_scanned_pdf(path, imgs, dpi):
    buf = []
    for im in imgs:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=45)
        buf.append(Image.open(io.BytesIO(b.getvalue())).convert("L"))
    buf[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=buf[1:], quality=55,
                creationDate=time.gmtime(1735689600), modDate=time.gmtime(1735689600), producer="scan")


def fax_page(img, rng, header, angle):
    im = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 22)
    d.rectangle([0, 0, im.width, 44], fill=255)
    d.text((30, 12), header, font=f, fill=0)
    a = np.asarray(im).astype(np.float32) + rng.normal(0, 25, (im.height, im.width))
    bw = (a > 150).astype(np.uint8) * 255
    noise = rng.random(bw.shape) < 0.0006
    bw[noise] = 0
    return Image.fromarray(bw, "L").convert("1", dither=Image.NONE)


def photo_of_page(img, rng, angle, quality=72, tint=(236, 230, 214)):
    """A phone photo / desk scan of a page: warm tint, slight tilt, vignette, JPEG."""
    a = np.asarray(img).astype(np.float32) / 255.0
    rgb = np.stack([a * t + (1 - a) * 30 for t in tint], axis=-1)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    vig = 1 - 0.18 * (((xx - w / 2) / w) ** 2 + ((yy - h / 2) / h) ** 2) * 2
    rgb = rgb * vig[..., None] + rng.normal(0, 5, rgb.shape)
    im = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(70, 62, 55))
    return im


# --------------------------------------------------------------------------- email helper
def eml(frm, to, date, subject, msgid, cc=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Date"] = date
    m["Subject"] = subject
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    return m


# --------------------------------------------------------------------------- labels
def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def R(key, agency, person, title, email=None, phone=None):
    return {"agency_key": key, "agency_name": agency, "person": person, "title": title,
            "email": email, "phone": phone}


COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def label(doc_id, fmt, template, requestor, subjects, basis, ptype, form, attached, purpose,
          records, channel):
    return {"id": doc_id, "family": "blind-m", "format": fmt, "template": template,
            "requestor": requestor, "subjects": subjects,
            "legal_basis": [{"normalized": b} for b in basis],
            "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
            "warrant_or_subpoena_attached": attached, "purpose": purpose,
            "records_requested": records, "channel": channel}


DOCS = []


def doc(**kw):
    DOCS.append(kw)


# =========================================================================== DOCUMENTS
# ---- bm01: web-portal submission, local police, no process -------------------------
doc(id="bm01", fmt="txt", text="""\
ALASKA DIVISION OF MOTOR VEHICLES
LAW ENFORCEMENT RECORDS REQUEST PORTAL -- SUBMISSION RECEIPT
==============================================================
Submission ID ........ LERP-2024-004417
Submitted ............ 2024-09-16 14:22:07 AKDT
Routed to ............ dmv.lerequests@alaska.gov (auto-forward)
Status ............... NEW - awaiting records unit review

--- REQUESTING OFFICER ---------------------------------------
Agency ............... Anchorage Police Department
Unit ................. Property Crimes Unit / Burglary
Name ................. Det. Kyle R. Hoffstetter
Badge/ID ............. 1893
Phone ................ (907) 555-0148
E-mail ............... kyle.hoffstetter@anchorageak.gov
Supervisor ........... Sgt. Marisol Tuiasosopo
Agency case no. ...... APD 24-31877

--- OFFENSE -------------------------------------------------
Offense(s) ........... Burglary in the First Degree, AS 11.46.300;
                       Theft in the Second Degree, AS 11.46.130
Date of offense ...... 09/09/2024

--- SUBJECT(S) ----------------------------------------------
[1] Last: VU            First: Thanh        Middle: Long
    DOB: 02/11/1991     AK DL/ID #: 7104432
[2] Last: OMAR          First: Abdirahman   Middle: --
    DOB: 1988-07-30     AK DL/ID #: (unknown)

--- RECORDS REQUESTED (check all) ---------------------------
[X] Current and prior residential/mailing addresses
[X] DL/ID photograph (most recent)
[ ] Driving record / history
[X] Vehicle registration(s) in subject's name
[ ] Certified copies

--- STATEMENT OF NEED (free text) ---------------------------
both suspects identified off doorbell video from a residential
burglary on Muldoon Rd 9/9/24. victim (homeowner Gail Pedersen)
will view a photo lineup so I need the most recent photos +
current address for both. also any reg for a gray Toyota Tacoma,
partial plate JKW, seen leaving the scene.

--- AUTHORITY ----------------------------------------------
Permissible use claimed: 18 U.S.C. 2721(b)(1) (government agency
function / law enforcement); AS 28.10.505.

[X] I certify that I am a sworn law enforcement officer, that this
    request is made in the performance of my official duties, and
    that the information will be used only for the purpose stated.

Electronic signature: KRHOFFSTETTER   IP: 10.44.8.211
==============================================================
This receipt was generated automatically. Do not reply.
""", label=dict(template="DMV law-enforcement web portal submission (pasted receipt)",
                requestor=R("local-police", "Anchorage Police Department", "Kyle R. Hoffstetter", "Detective",
                            "kyle.hoffstetter@anchorageak.gov", "(907) 555-0148"),
                subjects=[S("Thanh Long Vu", "1991-02-11", ("license", "7104432")),
                          S("Abdirahman Omar", "1988-07-30")],
                basis=["18 USC 2721", "AS 28.10.505", "AS 11.46.300", "AS 11.46.130"],
                ptype="none", form=None, attached=False, purpose="criminal_investigation",
                records=["address", "photo", "vehicle"], channel="email"))


# ---- bm02: ERO html-only email, no process -----------------------------------------
def build_bm02():
    m = eml('"Brandt, Colleen M" <Colleen.M.Brandt@ice.dhs.gov>',
            "DMV Driver & Vehicle Records <dmv.records@nebraska.gov>",
            "Tue, 14 Jan 2025 08:07:41 -0600", "Request for information - 2 subjects (ERO Omaha)",
            "<SA1PR09MB7711.1b2@ice.dhs.gov>", cc="Ochoa, Raymond <Raymond.Ochoa@ice.dhs.gov>")
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>I am a Deportation Officer with U.S. Immigration and Customs Enforcement, Enforcement and Removal
Operations (ERO), Omaha Sub-Office (St. Paul Area of Responsibility). I am requesting the
<b>current residential address, any vehicles registered, and the most recent photograph</b> on file
for the subjects listed below.</p>
<p>This request is made pursuant to 8 U.S.C. &sect; 1357 and 8 CFR Part 287. The information is
for official use only.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dce6f1"><th>Name (Last, First)</th><th>DOB</th><th>A-Number</th></tr>
<tr><td>IB&Aacute;&Ntilde;EZ RUIZ, Jorge Armando</td><td>11/23/1985</td><td>A 208 114 539</td></tr>
<tr><td>NGUYEN, Thi Hoa</td><td>06/02/1978</td><td>A 097 553 210</td></tr>
</table>
<p>If you are able to send the photographs by reply e-mail that is preferred. Please call my desk line
with any questions.</p>
<p>Thank you for your assistance,</p>
<p style="font-size:10pt;color:#1f3864">
<b>Colleen M. Brandt</b><br>Deportation Officer<br>U.S. Department of Homeland Security<br>
U.S. Immigration and Customs Enforcement<br>Enforcement and Removal Operations &ndash; Omaha, NE<br>
Desk: 402-555-0117 | Cell: 402-555-0163<br>Colleen.M.Brandt@ice.dhs.gov</p>
<p style="font-size:8pt;color:#808080">WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY
(U//FOUO). It contains information that may be exempt from public release under the Freedom of
Information Act (5 U.S.C. 552). It is to be controlled, stored, handled, transmitted, distributed,
and disposed of in accordance with DHS policy relating to FOUO information.</p>
</body></html>"""
    m.set_content(html, subtype="html")
    return m


doc(id="bm02", fmt="eml", build=build_bm02,
    label=dict(template="ERO deportation officer HTML-only e-mail with subject table",
               requestor=R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Omaha",
                           "Colleen M. Brandt", "Deportation Officer", "Colleen.M.Brandt@ice.dhs.gov", "402-555-0117"),
               subjects=[S("Jorge Armando Ibáñez Ruiz", "1985-11-23", ("a_number", "A208114539")),
                         S("Thi Hoa Nguyen", "1978-06-02", ("a_number", "A097553210"))],
               basis=["8 USC 1357", "8 CFR 287", "5 USC 552"],
               ptype="none", form=None, attached=False, purpose="civil_immigration",
               records=["address", "vehicle", "photo"], channel="email"))


# ---- bm03: sheriff fax request form, civil process locate -> unknown -----------------
doc(id="bm03", fmt="fax", family="sans", header="JAN-22-2025 09:48  SEDGWICK CO SO RECORDS  316 555 0190   P.{p}/{n}",
    text="""\
#T SEDGWICK COUNTY SHERIFF'S OFFICE
#c Records & Civil Process Section  *  141 W. Elm Street  *  Wichita, Kansas 67203
#HR
#T FAX TRANSMITTAL
#2 DATE: January 22, 2025|PAGES (incl. cover): 2
#2 TO: Kansas Dept. of Revenue|FAX: 785-555-0102
#2 Division of Vehicles|PHONE: 785-555-0101
#2 ATTN: Driver Records / LE Requests|
#2 FROM: Deputy Travis L. Oakes #4471|FAX: 316-555-0190
#2 |PHONE: 316-555-0194
#HR
RE: Locate request - driver record / address of record
Please see attached request form. Return results to the fax number above, attn: Dep. Oakes, Civil Process. Thank you.
#S CONFIDENTIALITY NOTICE: This facsimile contains information from the Sedgwick County Sheriff's Office which may be confidential and/or privileged. If you are not the intended recipient, any disclosure, copying or distribution is prohibited. If you received this fax in error, notify the sender by telephone and destroy the document.
#PAGE
#C KANSAS DEPARTMENT OF REVENUE - DIVISION OF VEHICLES
#T REQUEST FOR DRIVER / VEHICLE RECORD INFORMATION
#c (Law Enforcement and Government Agency Use)
#HR
#B SECTION 1 - REQUESTING AGENCY
Agency: Sedgwick County Sheriff's Office          ORI: KS0870000
Requesting officer: Deputy Travis L. Oakes          Badge/Serial: 4471
Telephone: 316-555-0194          Fax: 316-555-0190          E-mail: toakes@sedgwick.gov
#B SECTION 2 - SUBJECT OF RECORD
Name (Last, First, Middle): KOVALENKO, Dmytro
Date of birth: 4 Mar 1979          Kansas DL/ID No.: K04-51-7732
Last known address: 2218 S. Seneca St, Apt 6, Wichita KS (returned non est 01/17/2025)
#B SECTION 3 - INFORMATION REQUESTED
[X] Current address of record      [X] Driver license status / history      [ ] Photograph
[ ] Vehicle registration            [ ] Title history                         [ ] Other: ________
#B SECTION 4 - REASON FOR REQUEST
[ ] Criminal investigation  [ ] Traffic enforcement  [ ] Warrant service  [X] Other (explain):
Locate for service of civil process - Sedgwick County District Court case 24-LM-009113 (Heartland Plains Credit Union v. Kovalenko). Prior address returned not found.
#B SECTION 5 - CERTIFICATION
I certify that I am employed by the agency named above and that the information requested will be used only for the purpose stated and in accordance with K.S.A. 74-2012 and the Driver's Privacy Protection Act, 18 U.S.C. 2721 et seq. I understand that misuse of motor vehicle record information may result in civil and criminal penalties under 18 U.S.C. 2723 and 2724.
#SIG T. L. Oakes|Signature of requesting officer          Date: 01/22/2025
#HR
#S FOR DIVISION USE ONLY - Received by: ______  Date: ______  [ ] Approved  [ ] Denied  Reason: ____________
#S DV-LE-17 (Rev. 6-22)
""", label=dict(template="sheriff fax cover + state DMV law-enforcement request form (civil process locate)",
                requestor=R("sheriff", "Sedgwick County Sheriff's Office", "Travis L. Oakes", "Deputy",
                            "toakes@sedgwick.gov", "316-555-0194"),
                subjects=[S("Dmytro Kovalenko", "1979-03-04", ("license", "K04517732"))],
                basis=["KSA 74-2012", "18 USC 2721", "18 USC 2723", "18 USC 2724"],
                ptype="none", form=None, attached=False, purpose="unknown",
                records=["address", "license"], channel="fax"))


# ---- bm04: HSI agent plain-text email (saved as txt), no process ---------------------
doc(id="bm04", fmt="txt", text="""\
From: Okafor, Daniel C <Daniel.C.Okafor@ice.dhs.gov>
Sent: Tuesday, February 4, 2025 9:41 AM
To: DMV Law Enforcement Liaison <dmv.lawenforcement@wv.gov>
Cc: Hensley, Carla J <Carla.J.Hensley@ice.dhs.gov>
Subject: HSI request - DL application source documents (3 subjects) - CH07BR25CH0012
Importance: High

Good morning,

HSI Charleston is investigating an organization that produces counterfeit
foreign passports and U.S. birth certificates which have been presented to
obtain West Virginia driver's licenses. The investigation involves possible
violations of 18 U.S.C. 1028 (fraud in connection with identification
documents) and 18 U.S.C. 1546 (fraud and misuse of visas, permits and other
documents). The case was referred by the fraud unit at Tri-State Federal Credit
Union after accounts were opened with the licenses.

Under 18 U.S.C. 2721(b)(1), I am requesting for each person below: copies of
all source/identity documents presented at issuance or renewal, the
application forms, the license photographs, and the current address of record.

  WARSAME, Ahmed Yusuf          DOB 12/05/1990    WV DL F210943
  DE LA CRUZ OCAMPO, Juan Pablo DOB 1987-03-22    WV DL E774120
  KOWALCZYK, Ilse M.            DOB 19 Aug 1975   WV DL A118530

Please do not contact the license holders. Electronic copies to this address
are fine; if the files are large I can send a secure upload link.

Thank you,

Daniel C. Okafor
Special Agent
Homeland Security Investigations - Charleston, WV (RAC Charleston)
U.S. Immigration and Customs Enforcement
Office: 304-555-0122 | Mobile: 304-555-0168
Daniel.C.Okafor@ice.dhs.gov

LAW ENFORCEMENT SENSITIVE: This communication and any attachments may
contain law enforcement sensitive information and is intended solely for the
use of the addressee.
""", label=dict(template="HSI special agent e-mail saved as plain text (document-fraud case)",
                requestor=R("dhs-ice-hsi", "Homeland Security Investigations - Charleston, WV", "Daniel C. Okafor",
                            "Special Agent", "Daniel.C.Okafor@ice.dhs.gov", "304-555-0122"),
                subjects=[S("Ahmed Yusuf Warsame", "1990-12-05", ("license", "F210943")),
                          S("Juan Pablo de la Cruz Ocampo", "1987-03-22", ("license", "E774120")),
                          S("Ilse M. Kowalczyk", "1975-08-19", ("license", "A118530"))],
                basis=["18 USC 1028", "18 USC 1546", "18 USC 2721"],
                ptype="none", form=None, attached=False, purpose="criminal_investigation",
                records=["identity_documents", "license", "photo", "address"], channel="email"))


# ---- bm05: DOL-OIG letter, no process ----------------------------------------------
doc(id="bm05", fmt="born_digital", family="serif", size=10, footer="OIG - LAW ENFORCEMENT SENSITIVE", text="""\
#C U.S. Department of Labor
#c Office of Inspector General  |  Office of Investigations - Labor Racketeering and Fraud
#c 230 South Dearborn Street, Suite 744, Chicago, Illinois 60604
#HR
#R June 3, 2024
SENT VIA EMAIL: uiprogram.integrity@iwd.iowa.gov
Iowa Workforce Development
Unemployment Insurance Services Division - Program Integrity
1000 East Grand Avenue
Des Moines, Iowa 50319
#B Re: Request for Unemployment Insurance Records - OIG Case No. 24-0311-0027-PFU
Dear Program Integrity Manager:
The U.S. Department of Labor, Office of Inspector General (DOL-OIG), is conducting a criminal investigation into a scheme to obtain unemployment insurance (UI) benefits through the use of stolen and synthetic identities, in possible violation of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft). The investigation is being coordinated with the U.S. Attorney's Office for the Southern District of Iowa.
Pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(1), and the disclosure provisions of 20 C.F.R. § 603.5, DOL-OIG requests the following records for the individuals listed below, for the period January 1, 2021 to present:
#I 1 1. All initial and continued UI claims, including claimant-provided name, address, telephone number, e-mail address and banking/payment information;
#I 1 2. Quarterly wage records reported by employers for each individual;
#I 1 3. Benefit payment history (dates, amounts, payment method);
#I 1 4. Internet Protocol (IP) addresses and device information associated with claim filing and weekly certifications.
#B Individuals:
#I 1 Rodrigo Antonio Gómez Salinas - DOB 07/14/1982 - SSN (last 4) 4471
#I 1 Kateryna Hnatyuk - DOB 1994-01-09 - SSN (last 4) 0832
We recognize IWD's confidentiality obligations under Iowa Code § 96.11(6) and federal law; the records will be used solely for purposes of this investigation and any resulting prosecution. Please do not notify the claimants of this request, as disclosure could jeopardize the investigation.
Records may be sent by secure e-mail to the undersigned. If you have questions, please contact me at (312) 555-0176.
Sincerely,
#SIG Monique D. Faircloth|Monique D. Faircloth^Special Agent^U.S. Department of Labor - Office of Inspector General^faircloth.monique@oig.dol.gov  |  (312) 555-0176
cc: ASAC Bernard K. Lindahl, DOL-OIG Chicago
""", label=dict(template="DOL-OIG special agent letter requesting UI claims and wage records",
                requestor=R("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Monique D. Faircloth",
                            "Special Agent", "faircloth.monique@oig.dol.gov", "(312) 555-0176"),
                subjects=[S("Rodrigo Antonio Gómez Salinas", "1982-07-14", ("ssn_last4", "4471")),
                          S("Kateryna Hnatyuk", "1994-01-09", ("ssn_last4", "0832"))],
                basis=["18 USC 1343", "18 USC 1028A", "5 USC 406", "20 CFR 603.5", "IA Code 96.11"],
                ptype="none", form=None, attached=False, purpose="criminal_investigation",
                records=["claims", "wages", "benefits", "address", "phone", "email", "other"], channel="email"))


# ---- bm06: NJ county prosecutor cover letter + Superior Court search warrant ---------
doc(id="bm06", fmt="born_digital", family="serif", size=10, text="""\
#T OFFICE OF THE MIDDLESEX COUNTY PROSECUTOR
#c 25 Kirkpatrick Street, 3rd Floor  *  New Brunswick, New Jersey 08901  *  (732) 555-0140
#c Financial Crimes Unit
#HR
#R October 17, 2024
VIA REGULAR MAIL AND HAND DELIVERY
New Jersey Motor Vehicle Commission
Law Enforcement Liaison Unit
225 East State Street, P.O. Box 162
Trenton, New Jersey 08666
#B Re: State v. Núñez-Paredes, et al. - MCPO Case No. 2024-FC-00612 - Search Warrant SW-24-1187
To the Custodian of Records:
Enclosed please find a search warrant issued by the Honorable Bernard T. Okonkwo, J.S.C., on October 16, 2024, directing the production of records maintained by the Commission. The warrant relates to an ongoing investigation into the theft of approximately $212,000 from an elderly Edison resident through the use of fraudulently obtained identification.
Pursuant to the warrant, please provide all records described in Schedule A for the two individuals identified therein. Certified copies may be mailed to my attention, or I can arrange to pick them up. Because the warrant must be executed within ten days, I would appreciate a response by October 25, 2024.
Please note that the records are sought pursuant to a judicial warrant; see also N.J.S.A. 39:2-3.4. Do not disclose the existence of this warrant to the account holders.
Very truly yours,
#SIG R. Szymańska|Det. Sgt. Renata Szymańska^Middlesex County Prosecutor's Office - Financial Crimes Unit^(732) 555-0147  |  renata.szymanska@co.middlesex.nj.us
Enclosure
cc: Assistant Prosecutor Lorenzo F. Vitale (w/ encl.)
#PAGE
#2 MIDDLESEX COUNTY PROSECUTOR'S OFFICE|SUPERIOR COURT OF NEW JERSEY
#2 25 Kirkpatrick Street|LAW DIVISION - CRIMINAL PART
#2 New Brunswick, New Jersey 08901|MIDDLESEX COUNTY
#HR
#C STATE OF NEW JERSEY
#c vs.
#C RECORDS OF THE NEW JERSEY MOTOR VEHICLE COMMISSION PERTAINING TO ANA LUCÍA NÚÑEZ-PAREDES AND KEVIN J. MARCHETTI
#T SEARCH WARRANT
#R Warrant No. SW-24-1187
TO: Detective Sergeant Renata Szymańska of the Middlesex County Prosecutor's Office, or any other law enforcement officer of the State of New Jersey:
This matter being opened to the Court upon the application of Detective Sergeant Renata Szymańska, and the Court having examined under oath the affiant and having reviewed the affidavit submitted in support of this warrant, and the Court being satisfied that there is probable cause to believe that evidence of the crimes of Theft by Deception, N.J.S.A. 2C:20-4, and Identity Theft, N.J.S.A. 2C:21-17, is presently located at the premises described below;
YOU ARE HEREBY COMMANDED to search the premises of the New Jersey Motor Vehicle Commission, 225 East State Street, Trenton, New Jersey, including electronic databases maintained by or for the Commission, and to seize the items described in Schedule A.
YOU ARE FURTHER COMMANDED to execute this warrant within ten (10) days of its issuance, in the daytime, and to leave a copy of this warrant with the custodian of the premises, and to make a prompt return to this Court with a written inventory of the property seized, in accordance with R. 3:5-5.
#B SCHEDULE A - ITEMS TO BE SEIZED
#I 1 For (1) ANA LUCÍA NÚÑEZ-PAREDES, date of birth 03/04/1987, NJ Driver License No. N5520 41877 09871; and (2) KEVIN J. MARCHETTI, date of birth 11/30/1979:
#I 1 a. all driver license and non-driver identification applications, including documents submitted to establish identity and residency (6 Points of ID);
#I 1 b. all digital photographs and signature images;
#I 1 c. all addresses of record and change-of-address transactions from January 1, 2022 to present;
#I 1 d. all vehicle registration and title records.
The victim, E.W. (age 81), is not a subject of this warrant.
ISSUED this 16th day of October, 2024 at 3:40 p.m.
#SIG B. T. Okonkwo|HON. BERNARD T. OKONKWO, J.S.C.
#S Return of warrant on reverse. This warrant was issued upon a sworn affidavit pursuant to R. 3:5-3.
""", label=dict(template="NJ county prosecutor cover letter + Superior Court search warrant for MVC records",
                requestor=R("district-attorney", "Office of the Middlesex County Prosecutor", "Renata Szymańska",
                            "Detective Sergeant", "renata.szymanska@co.middlesex.nj.us", "(732) 555-0147"),
                subjects=[S("Ana Lucía Núñez-Paredes", "1987-03-04", ("license", "N55204187709871")),
                          S("Kevin J. Marchetti", "1979-11-30")],
                basis=["NJSA 39:2-3.4", "NJSA 2C:20-4", "NJSA 2C:21-17", "NJ R 3:5-5", "NJ R 3:5-3"],
                ptype="judicial_warrant", form=None, attached=True, purpose="criminal_investigation",
                records=["license", "identity_documents", "photo", "address", "vehicle"], channel="mail"))


# ---- bm07: Michigan State Police transmittal + district court search warrant (scanned) -
doc(id="bm07", fmt="scanned", family="sans", size=10, dpi=200,
    pages=[(0.7, 0), (-1.3, 0), (0.9, 180)], text="""\
#C MICHIGAN STATE POLICE
#c Fifth District  -  Lansing Post (21)  -  7119 N. Canal Road, Lansing, MI 48913
#HR
#B INTER-AGENCY RECORDS REQUEST / TRANSMITTAL
Date: 11-25-2024
To: Michigan Department of State, Record Lookup Unit, 7064 Crowner Drive, Lansing, MI 48918
From: D/Sgt. Patrick J. Nowak, Fifth District Investigative Response Team
Incident No.: 21-1447-24
Phone: 517-555-0139     E-mail: nowakp@michigan.gov
Enclosed is a search warrant signed by the 54-A District Court for driver's license, personal identification card, and vehicle records of the two persons named. Please produce the records to the undersigned by mail or by secure e-mail. Requests under MCL 257.208c are not required where records are seized under a search warrant, but I have included our agency information for your log.
Thank you.
#SIG P. Nowak|D/Sgt. Patrick J. Nowak #2291
#PAGE
#2 STATE OF MICHIGAN|CASE NO. 24-0912-SW
#2 54-A DISTRICT COURT|Police agency report no. MSP 21-1447-24
#T SEARCH WARRANT
TO THE SHERIFF OR ANY PEACE OFFICER: Affiant, D/Sgt. Patrick J. Nowak, has sworn to the attached affidavit regarding the following:
#B 1. The person, place, or thing to be searched is described as and is located at:
Michigan Department of State, Record Lookup Unit, 7064 Crowner Drive, Lansing, Ingham County, Michigan, and the electronic records it maintains.
#B 2. The PROPERTY to be searched for and seized, if found, is specifically described as:
All driver's license and state identification card records, including digital images, signatures, address history, and all vehicle registration and title records, for: DeShawn Marcus PRUITT, DOB 05-19-1998; and Oleksandr BONDARENKO, DOB 1996-08-02, Michigan OL B 653 771 902 448.
#B 3. The FACTS establishing probable cause or the grounds for search are:
See attached affidavit, which is made a part of this warrant. Affiant is investigating an armed robbery and carjacking that occurred 11-19-2024 in Delhi Township (MCL 750.529 and MCL 750.529a). The victim, a rideshare driver, identified the vehicle used by the suspects.
IN THE NAME OF THE PEOPLE OF THE STATE OF MICHIGAN: I have found that probable cause exists and you are commanded to make the search and seize the described property. Leave a copy of this warrant and a tabulation (a written inventory) of all property taken with the person from whom it was taken or at the premises. You are further commanded to promptly return this warrant and tabulation to the court.
Issued: 11-22-2024
#SIG C A Reyes-Whitfield|Judge/Magistrate          Bar no. P44120^Hon. Cynthia A. Reyes-Whitfield
#S MC 231 (modified)  Search Warrant   MCL 780.651 et seq.
#PAGE
#C TABULATION / RETURN
Date and time of search: ____________________  Person served: _____________________
Property taken (tabulation): _____________________________________________________
___________________________________________________________________________
I declare that the statements above are true to the best of my information, knowledge, and belief.
#SIG |Affiant / officer executing warrant
#S MSP - LANSING POST - LAW ENFORCEMENT SENSITIVE
""", label=dict(template="state police transmittal + Michigan district court search warrant (scan, one page upside down)",
                requestor=R("state-police", "Michigan State Police - Lansing Post", "Patrick J. Nowak",
                            "Detective Sergeant", "nowakp@michigan.gov", "517-555-0139"),
                subjects=[S("DeShawn Marcus Pruitt", "1998-05-19"),
                          S("Oleksandr Bondarenko", "1996-08-02", ("license", "B653771902448"))],
                basis=["MCL 257.208c", "MCL 750.529", "MCL 750.529a", "MCL 780.651"],
                ptype="judicial_warrant", form=None, attached=True, purpose="criminal_investigation",
                records=["license", "photo", "address", "vehicle"], channel="mail"))


# ---- bm08: sheriff email + phone photo of Oklahoma arrest warrant --------------------
BM08_WARRANT = """\
#C IN THE DISTRICT COURT OF TULSA COUNTY
#C STATE OF OKLAHOMA
#HR
#2 THE STATE OF OKLAHOMA,|
#2       Plaintiff,|Case No. CF-2024-3318
#2 v.|
#2 RAMON ELISEO YBARRA CASTANEDA,|
#2       Defendant.|
#HR
#T WARRANT OF ARREST
THE STATE OF OKLAHOMA, To any Sheriff, Constable, Marshal, or Policeman in the State of Oklahoma:
Information upon oath having been this day laid before me that the crimes of Knowingly Concealing Stolen Property, in violation of 21 O.S. § 1713, and Eluding a Police Officer, in violation of 21 O.S. § 540A, have been committed, and accusing RAMON ELISEO YBARRA CASTANEDA (DOB 01/09/1990) thereof;
YOU ARE THEREFORE COMMANDED forthwith to arrest the above-named defendant and bring him before me, or in case of my absence or inability to act, before the nearest or most accessible magistrate in this County.
Bond set at: $25,000.00
WITNESS my hand this 30th day of October, 2024.
#SIG L. J. Summers|JUDGE OF THE DISTRICT COURT^Hon. Loretta J. Summers
#S Warrant entered NCIC/OLETS 10/31/2024 - TCSO Warrants Division
"""


def build_bm08():
    pdf = os.path.join(TMP, "bm08_w.pdf")
    render_pdf(pdf, BM08_WARRANT, family="serif", size=10)
    img = rasterize(pdf, 130, "bm08")[0]
    rng = np.random.default_rng(SEED + 8)
    photo = photo_of_page(img, rng, -2.2)
    b = io.BytesIO()
    photo.save(b, "JPEG", quality=70)
    m = eml("Cody Harjo <cody.harjo@tulsacounty.org>", "OESC Legal Division <oesc.legal@oesc.ok.gov>",
            "Mon, 10 Feb 2025 15:03:12 -0600", "Active felony warrant - employer info needed - YBARRA CASTANEDA",
            "<CAF3kx9+Tc1pA@mail.tulsacounty.org>")
    m.set_content("""\
Afternoon,

I work felony warrants for the Tulsa County Sheriff's Office. We hold the attached
district court arrest warrant (CF-2024-3318) on Ramón Eliseo Ybarra Castañeda,
DOB 01/09/1990. He has not been at his last known address since November.

Could your office tell me his most recent employer of record (name and address) and
the mailing address he lists on any current claim? I understand wage information is
confidential under 40 O.S. § 4-508 and I'm only asking for what we need to serve the
warrant. A picture of the warrant is attached; I can bring a certified copy by if needed.

Thanks,

Inv. Cody W. Harjo
Warrants Division
Tulsa County Sheriff's Office
303 W. 1st St., Tulsa, OK 74103
Office (918) 555-0155

Sent from my iPhone
""")
    m.add_attachment(b.getvalue(), maintype="image", subtype="jpeg", filename="IMG_4471.jpeg")
    return m


doc(id="bm08", fmt="eml", build=build_bm08,
    label=dict(template="sheriff warrants investigator e-mail + phone photo (JPEG) of Oklahoma arrest warrant",
               requestor=R("sheriff", "Tulsa County Sheriff's Office", "Cody W. Harjo", "Investigator",
                           "cody.harjo@tulsacounty.org", "(918) 555-0155"),
               subjects=[S("Ramón Eliseo Ybarra Castañeda", "1990-01-09")],
               basis=["40 OS 4-508", "21 OS 1713", "21 OS 540A"],
               ptype="judicial_warrant", form=None, attached=True, purpose="criminal_investigation",
               records=["employment", "address"], channel="email"))


# ---- bm09: FBI fax cover + AO 93 search and seizure warrant --------------------------
doc(id="bm09", fmt="fax", family="sans", size=9.5,
    header="03/07/2025 10:14  FAX 803 555 0129   FBI COLUMBIA        P.{p}/{n}", text="""\
#T FEDERAL BUREAU OF INVESTIGATION
#c Columbia Field Office  *  151 Westpark Boulevard  *  Columbia, South Carolina 29210
#T FACSIMILE COVER SHEET
#2 Date: 03/07/2025|Number of pages: 3 (including cover)
#2 To: Office of General Counsel|From: SA Brooke A. Whitlow
#2 SC Dept. of Employment & Workforce|Squad C-4 (Complex Financial Crime)
#2 Fax: 803-555-0171|Tel: 803-555-0128
#2 Tel: 803-555-0170|E-mail: bwhitlow@fbi.gov
#HR
Subject: Federal search warrant - DEW unemployment insurance records
Attached is a search and seizure warrant issued March 6, 2025 by a United States Magistrate Judge, District of South Carolina, under Fed. R. Crim. P. 41, for UI claim and wage records of TYRONE L. GADSDEN and MINH TUAN QUACH. Please produce the items in Attachment B to me by secure e-mail or on disc. The warrant includes a delayed-notice finding - please do not notify the claimants.
#S This facsimile is intended only for the addressee. It may contain information that is privileged, law enforcement sensitive, or otherwise protected from disclosure. If you received it in error, please call 803-555-0128 and destroy all copies.
#PAGE
#S AO 93 (Rev. 11/13) Search and Seizure Warrant
#C UNITED STATES DISTRICT COURT
#c for the
#c District of South Carolina
#2 In the Matter of the Search of|
#2 RECORDS MAINTAINED BY THE SOUTH CAROLINA|Case No. 3:25-mj-00417-MSH
#2 DEPARTMENT OF EMPLOYMENT AND WORKFORCE|
#2 RELATING TO CLAIMANTS LISTED IN ATTACHMENT A|
#T SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of South Carolina: See Attachment A.
I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: See Attachment B.
YOU ARE COMMANDED to execute this warrant on or before March 20, 2025 (not to exceed 14 days)
[X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause has been established.
Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place where the property was taken.
The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to Hon. Margaret S. Halvorsen (United States Magistrate Judge).
[X] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized  [X] for 30 days (not to exceed 30).
Date and time issued: 03/06/2025 4:12 pm
#SIG M. S. Halvorsen|Judge's signature
City and state: Columbia, South Carolina          Margaret S. Halvorsen, U.S. Magistrate Judge
#PAGE
#C ATTACHMENT A - Property to be searched
Records maintained by the South Carolina Department of Employment and Workforce (DEW), 1550 Gadsden Street, Columbia, South Carolina, including its unemployment insurance claims systems, relating to:
#I 1 1. TYRONE L. GADSDEN, DOB 10/02/1984, SSN ending 5093
#I 1 2. MINH TUAN QUACH, DOB 1992-06-17, SSN ending 2716
#C ATTACHMENT B - Particular things to be seized
All records relating to violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 641 (theft of public money) from March 1, 2020 to present, including: a. all UI and Pandemic Unemployment Assistance claims and weekly certifications; b. claimant contact information (addresses, telephone numbers, e-mail addresses); c. payment records, including bank account and debit card information; d. employer-reported wage records; e. IP addresses and login records associated with the claims.
""", label=dict(template="FBI fax cover + AO 93 search and seizure warrant (delayed notice) for UI records",
                requestor=R("doj-fbi", "Federal Bureau of Investigation, Columbia Field Office", "Brooke A. Whitlow",
                            "Special Agent", "bwhitlow@fbi.gov", "803-555-0128"),
                subjects=[S("Tyrone L. Gadsden", "1984-10-02", ("ssn_last4", "5093")),
                          S("Minh Tuan Quach", "1992-06-17", ("ssn_last4", "2716"))],
                basis=["FRCrP 41", "18 USC 3103a", "18 USC 2705", "18 USC 1343", "18 USC 641"],
                ptype="judicial_warrant", form="AO 93", attached=True, purpose="criminal_investigation",
                records=["claims", "benefits", "address", "phone", "email", "wages", "other"], channel="fax"))


# ---- bm10: Honolulu PD letter + Hawaii district court search warrant ----------------
doc(id="bm10", fmt="born_digital", family="sans", size=9.5, footer="HPD Form SW-2  -  page {p}", text="""\
#T HONOLULU POLICE DEPARTMENT
#c 801 South Beretania Street  -  Honolulu, Hawaiʻi 96813
#c Criminal Investigation Division  -  Financial Fraud Detail
#HR
December 2, 2024
Via U.S. Mail
State of Hawaiʻi, Department of Labor and Industrial Relations
Unemployment Insurance Division - Investigations Office
830 Punchbowl Street, Room 325, Honolulu, HI 96813
Re: Search Warrant S.W. No. 2024-0731 / HPD Report No. 24-381102
Aloha,
Attached is a search warrant issued by the District Court of the First Circuit for unemployment insurance records of two claimants. I understand that DLIR records are confidential under HRS § 383-95; the enclosed warrant authorizes their release to HPD. Please deliver the records described in the warrant to me at the address above or call to arrange pickup.
Mahalo,
#SIG K. Akana|Detective Keoni K. Akana^Financial Fraud Detail, Criminal Investigation Division^Tel. (808) 555-0142   Email: keoni.akana@honolulu.gov
#PAGE
#C IN THE DISTRICT COURT OF THE FIRST CIRCUIT
#C STATE OF HAWAIʻI
#T SEARCH WARRANT
#R S.W. No. 2024-0731
TO: ANY POLICE OFFICER OF THE HONOLULU POLICE DEPARTMENT, CITY AND COUNTY OF HONOLULU, STATE OF HAWAIʻI
Proof by affidavit having been made before me by Detective Keoni K. Akana, Honolulu Police Department, that there is probable cause to believe that evidence of the offenses of Theft in the First Degree, HRS § 708-830.5, and Unemployment Insurance Fraud, HRS § 383-141, is now located at or within:
The offices and electronic records of the Department of Labor and Industrial Relations, Unemployment Insurance Division, 830 Punchbowl Street, Honolulu, Hawaiʻi;
YOU ARE THEREFORE COMMANDED to search the above-described place, within ten (10) days from the date hereof, for the following property:
#I 1 All unemployment insurance claim records, including initial and continued claims, claimant-reported addresses, telephone numbers and e-mail addresses, employer separation information, wage records, benefit payment records and bank deposit information, for the period January 1, 2022 through the present, pertaining to:
#I 2 (a) PHÚC VĂN TRẦN, DOB 1976-05-28, SSN xxx-xx-2290
#I 2 (b) LEILANI MARIE KAHANANUI-ORTIZ, DOB 12/09/1989
and if the property or any part thereof be found, to seize it, leaving a copy of this warrant and a receipt for the property taken, and to prepare a written inventory of the property seized and return this warrant and the inventory before me within ten (10) days of the date hereof, as required by Rule 41 of the Hawaiʻi Rules of Penal Procedure and HRS § 803-31 et seq.
This warrant may be served in the daytime only.
Dated: Honolulu, Hawaiʻi, November 29, 2024.
#SIG Malia K. Fonoti|JUDGE OF THE DISTRICT COURT OF THE FIRST CIRCUIT^Hon. Malia K. Fonoti
#HR
#C RETURN AND INVENTORY
Received by me on ____________, 20__, and executed on ____________ by searching the above place and seizing the property listed on the attached inventory.
#SIG |Officer
""", label=dict(template="Honolulu PD detective letter + Hawaii district court search warrant for UI records",
                requestor=R("local-police", "Honolulu Police Department", "Keoni K. Akana", "Detective",
                            "keoni.akana@honolulu.gov", "(808) 555-0142"),
                subjects=[S("Phúc Văn Trần", "1976-05-28", ("ssn_last4", "2290")),
                          S("Leilani Marie Kahananui-Ortiz", "1989-12-09")],
                basis=["HRS 383-95", "HRS 708-830.5", "HRS 383-141", "HI CrimP 41", "HRS 803-31"],
                ptype="judicial_warrant", form=None, attached=True, purpose="criminal_investigation",
                records=["claims", "address", "phone", "email", "employment", "wages", "benefits", "other"],
                channel="mail"))


# ---- bm11: Mississippi ex parte application (first) + order --------------------------
doc(id="bm11", fmt="born_digital", family="serif", size=10, text="""\
#S SERVED UPON MDES OFFICE OF GENERAL COUNSEL BY CERTIFIED MAIL, RETURN RECEIPT REQUESTED - 7021 0950 0001 4413 8826
#C IN THE CIRCUIT COURT OF THE FIRST JUDICIAL DISTRICT OF HINDS COUNTY, MISSISSIPPI
#HR
#2 IN RE: APPLICATION OF THE|CAUSE NO. 25-MISC-0114
#2 DISTRICT ATTORNEY FOR AN ORDER|FILED UNDER SEAL
#2 DIRECTING PRODUCTION OF RECORDS BY|
#2 THE MISSISSIPPI DEPARTMENT OF|
#2 EMPLOYMENT SECURITY|
#HR
#T EX PARTE APPLICATION
COMES NOW the State of Mississippi, by and through the undersigned Assistant District Attorney for the Seventh Circuit Court District, and respectfully applies to this Court, ex parte, for an Order directing the Mississippi Department of Employment Security ("MDES") to produce certain records, and in support thereof would show unto the Court the following:
1. The District Attorney's Office, together with the Jackson Police Department, is conducting a criminal investigation into the fraudulent use of identifying information, in violation of Miss. Code Ann. § 97-45-19, and false pretenses, Miss. Code Ann. § 97-19-39, involving unemployment claims filed in the names of employees of Magnolia Home Health Services, LLC.
2. The investigation has identified the following persons as suspects: DARNELL AVERY THIGPEN (DOB 08/21/1993) and MARÍA JOSÉ VILLASEÑOR DE LEÓN (DOB 1985-02-14).
3. MDES records are confidential under Miss. Code Ann. § 71-5-127, but may be disclosed pursuant to an order of a court of competent jurisdiction.
4. The State requests: (a) all claims filed by or in the names of the above persons; (b) quarterly wage and employer records from 2022 to present; (c) addresses, telephone numbers and e-mail addresses provided to MDES.
5. Notice to the suspects would seriously jeopardize the investigation.
WHEREFORE, PREMISES CONSIDERED, the State prays that this Court enter an Order directing production of said records.
RESPECTFULLY SUBMITTED, this the 5th day of February, 2025.
#SIG W. L. Crenshaw|WHITNEY L. CRENSHAW (MSB No. 104772)^Assistant District Attorney, Hinds County District Attorney's Office^Post Office Box 22747, Jackson, Mississippi 39225^Telephone: 601-555-0131  -  wcrenshaw@co.hinds.ms.us
#PAGE
#C IN THE CIRCUIT COURT OF THE FIRST JUDICIAL DISTRICT OF HINDS COUNTY, MISSISSIPPI
#HR
#2 IN RE: APPLICATION OF THE|CAUSE NO. 25-MISC-0114
#2 DISTRICT ATTORNEY FOR AN ORDER|
#2 DIRECTING PRODUCTION OF RECORDS|
#HR
#T ORDER
THIS CAUSE having come before the Court on the Ex Parte Application of the District Attorney for an Order Directing Production of Records, and the Court, having reviewed the Application and being otherwise fully advised in the premises, FINDS that the Application is well taken and should be granted, and that the records sought are relevant to a pending criminal investigation.
IT IS THEREFORE ORDERED AND ADJUDGED that the Mississippi Department of Employment Security shall, within fourteen (14) days of service of this Order, produce to Assistant District Attorney Whitney L. Crenshaw the records described in paragraph 4 of the Application concerning Darnell Avery Thigpen and María José Villaseñor de León.
IT IS FURTHER ORDERED that the Application and this Order are SEALED, and that MDES shall not disclose the existence of this Order to the persons named herein.
SO ORDERED AND ADJUDGED, this the 6th day of February, 2025.
#SIG Tomeka R. Gaines|CIRCUIT COURT JUDGE^Hon. Tomeka R. Gaines
""", label=dict(template="Mississippi DA ex parte application followed by circuit court order (sealed)",
                requestor=R("district-attorney", "Hinds County District Attorney's Office", "Whitney L. Crenshaw",
                            "Assistant District Attorney", "wcrenshaw@co.hinds.ms.us", "601-555-0131"),
                subjects=[S("Darnell Avery Thigpen", "1993-08-21"),
                          S("María José Villaseñor de León", "1985-02-14")],
                basis=["MS Code 97-45-19", "MS Code 97-19-39", "MS Code 71-5-127"],
                ptype="court_order", form=None, attached=True, purpose="criminal_investigation",
                records=["claims", "wages", "employment", "address", "phone", "email"], channel="mail"))


# ---- bm12: Des Moines PD cover letter + Iowa district court order (scanned) -----------
doc(id="bm12", fmt="scanned", family="serif", size=10, dpi=220,
    pages=[(-0.6, 0), (1.4, 0)], text="""\
#T DES MOINES POLICE DEPARTMENT
#c 25 East First Street  |  Des Moines, Iowa 50309  |  Investigations Division - Robbery/Assault Unit
#HR
April 14, 2025
Iowa Department of Transportation
Motor Vehicle Division - Records Section
6310 SE Convenience Blvd, Ankeny, IA 50021
RE: Court Order - Polk County No. SWPO-118842 - DMPD Case 25-7719
To whom it may concern,
Please find enclosed a certified copy of an Order for Production of Records signed by District Associate Judge Gregory P. Van Wyk. The order directs the Department to release the records listed to me. I would ask that the records be returned by mail to the address above, to my attention, or e-mailed to amhassan@dmgov.org.
Feel free to contact me at (515) 555-0164 with questions.
Respectfully,
#SIG Abdiweli M. Hassan|Det. Abdiweli M. Hassan #3318^Robbery/Assault Unit
#PAGE
#C IN THE IOWA DISTRICT COURT FOR POLK COUNTY
#HR
#2 IN THE MATTER OF THE APPLICATION OF|No. SWPO-118842
#2 THE DES MOINES POLICE DEPARTMENT FOR|
#2 AN ORDER FOR PRODUCTION OF RECORDS|ORDER FOR PRODUCTION
#2 OF THE IOWA DEPARTMENT OF|OF RECORDS
#2 TRANSPORTATION|
#HR
On this date the Court considered the sworn application of Detective Abdiweli M. Hassan of the Des Moines Police Department for an order directing the Iowa Department of Transportation to produce records. The Court finds that the application sets forth facts showing that the records are relevant and material to an ongoing criminal investigation of Robbery in the Second Degree, Iowa Code § 711.3, and Theft in the First Degree, Iowa Code § 714.2(1), and that release is authorized under Iowa Code § 321.11(2).
IT IS THEREFORE ORDERED that the Iowa Department of Transportation, Motor Vehicle Division, shall release to Detective Hassan, within ten days, the following records:
#I 1 1. Driver's license and identification card records, including photographs and address history, and
#I 1 2. Vehicle registration and title records,
for: KETTERING, Brandon Lee - DOB 10/03/1995 - Iowa DL 081KT3395; and JAMA, Fadumo Cali - DOB 14 May 2000.
IT IS FURTHER ORDERED that this order and the application be sealed until further order of the Court.
#SIG G. P. Van Wyk|Gregory P. Van Wyk, District Associate Judge^Fifth Judicial District of Iowa
#S State of Iowa Judicial Branch   Case No. SWPO-118842   Electronically signed 2025-04-11 14:06:51   page 1 of 1
""", label=dict(template="municipal police cover letter + Iowa district court order for DOT records (scan)",
                requestor=R("local-police", "Des Moines Police Department", "Abdiweli M. Hassan", "Detective",
                            "amhassan@dmgov.org", "(515) 555-0164"),
                subjects=[S("Brandon Lee Kettering", "1995-10-03", ("license", "081KT3395")),
                          S("Fadumo Cali Jama", "2000-05-14")],
                basis=["IA Code 711.3", "IA Code 714.2", "IA Code 321.11"],
                ptype="court_order", form=None, attached=True, purpose="criminal_investigation",
                records=["license", "photo", "address", "vehicle"], channel="mail"))


# ---- bm13: AUSA email (multipart/alternative) + 2703(d) order PDF ---------------------
BM13_ORDER = """\
#C UNITED STATES DISTRICT COURT
#C FOR THE DISTRICT OF IDAHO
#HR
#2 IN THE MATTER OF THE APPLICATION OF THE|Case No. 1:25-mc-00042-CDA
#2 UNITED STATES OF AMERICA FOR AN ORDER|
#2 PURSUANT TO 18 U.S.C. § 2703(d)|FILED UNDER SEAL
#HR
#T ORDER
The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Idaho Department of Labor ("IDOL"), which provides an online claimant portal and functions as a provider of a remote computing service as defined in 18 U.S.C. § 2711(2), to disclose the records and other information described in Attachment A to this Order.
The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation of violations of 18 U.S.C. §§ 1343 and 1028A.
The Court determines that there is reason to believe that notification of the existence of this Order will seriously jeopardize the ongoing investigation, including by giving targets an opportunity to destroy or tamper with evidence. See 18 U.S.C. § 2705(b).
IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that IDOL shall, within ten days of the date of this Order, disclose to the United States the records and other information described in Attachment A.
IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that IDOL shall not disclose the existence of the application or this Order, or the existence of the investigation, to any person for a period of one year from the date of this Order.
IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the Court.
Dated: March 12, 2025
#SIG Colleen D. Ashworth|Hon. Colleen D. Ashworth^United States Magistrate Judge
#PAGE
#C ATTACHMENT A
I. The account(s): IDOL claimant portal accounts associated with (1) ESTEBAN GÓMEZ ARRIAGA, DOB 04/17/1991, SSN ending 6602, and (2) PAVEL IVANOVICH DRAGOMIROV, DOB 07/07/1983.
II. Records to be disclosed, for the period January 1, 2023 through the date of this Order:
#I 1 a. Subscriber/account information: names, postal addresses, telephone numbers, e-mail addresses, account creation date and IP address;
#I 1 b. Records of session times and durations, and the IP addresses and device identifiers used to log in;
#I 1 c. Records of changes to contact or direct-deposit information;
#I 1 d. Claim filing records, excluding the contents of any communications.
"""


def build_bm13():
    pdf = os.path.join(TMP, "bm13_order.pdf")
    render_pdf(pdf, BM13_ORDER, family="serif", size=10)
    m = eml('"Stallings, Meredith (USAID)" <Meredith.Stallings@usdoj.gov>',
            '"IDOL Legal" <legal.requests@labor.idaho.gov>',
            "Thu, 13 Mar 2025 11:26:50 -0600",
            "SEALED - 2703(d) Order - 1:25-mc-00042 - IDOL claimant portal records",
            "<BN0PR09MB6690.4471@usdoj.gov>",
            cc="Reinholt, Aaron (FBI) <amreinholt@fbi.gov>")
    txt = """\
Counsel,

Attached is a sealed order issued yesterday by the U.S. District Court for the District of
Idaho under 18 U.S.C. 2703(d), directing IDOL to disclose portal account and login records
for two claimant accounts (Attachment A to the order). The order also includes a
non-disclosure provision under 18 U.S.C. 2705(b), so please do not notify the account holders.

The records relate to a wire-fraud investigation being worked with the FBI. Please send the
production to me; SA Aaron Reinholt (copied) can pick up physical media if that is easier.

Thank you,

Meredith A. Stallings
Assistant United States Attorney
U.S. Attorney's Office, District of Idaho
1290 W. Myrtle Street, Suite 500, Boise, ID 83702
Tel. (208) 555-0119
"""
    m.set_content(txt)
    m.add_alternative("<html><body><div style='font-family:Arial;font-size:10pt'>" +
                      txt.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", " ") +
                      "</div></body></html>", subtype="html")
    with open(pdf, "rb") as f:
        m.add_attachment(f.read(), maintype="application", subtype="pdf",
                         filename="2025-03-12 Sealed 2703(d) Order 1-25-mc-00042.pdf")
    return m


doc(id="bm13", fmt="eml", build=build_bm13,
    label=dict(template="AUSA e-mail (text+html) with sealed 18 USC 2703(d) order PDF to state labor dept",
               requestor=R("doj-usao", "U.S. Attorney's Office, District of Idaho", "Meredith A. Stallings",
                           "Assistant United States Attorney", "Meredith.Stallings@usdoj.gov", "(208) 555-0119"),
               subjects=[S("Esteban Gómez Arriaga", "1991-04-17", ("ssn_last4", "6602")),
                         S("Pavel Ivanovich Dragomirov", "1983-07-07")],
               basis=["18 USC 2703", "18 USC 2705", "18 USC 2711", "18 USC 1343", "18 USC 1028A"],
               ptype="court_order", form=None, attached=True, purpose="criminal_investigation",
               records=["address", "phone", "email", "claims", "other"], channel="email"))


# ---- bm14: Alaska e-service notice with text of order (txt) ---------------------------
doc(id="bm14", fmt="txt", text="""\
ALASKA COURT SYSTEM - eFILING / eSERVICE NOTIFICATION
------------------------------------------------------------------
Notification type : Service of court document
Case number       : 3AN-24-07719CR
Case title        : State of Alaska vs. Sokolov, Artyom Viktorovich
Document          : Order Granting State's Motion for Production of Records
                    (Alaska R. Crim. P. 17(c))
Filed             : 01/14/2025 03:18 PM
Filer             : Hannah J. Tallmadge, Assistant District Attorney,
                    Anchorage District Attorney's Office
                    hannah.tallmadge@alaska.gov  (907) 555-0103
Served on         : Alaska Dept. of Labor & Workforce Development,
                    Employment Security Division - Records Custodian
                    esd.records@alaska.gov

Message from filer:
  Please see the attached order. We need the employer(s) of record and
  the quarterly wage records described in paragraph 2 before the
  omnibus hearing on 02/10/2025. Records can be e-mailed to me.
  Thank you - HJT

------------------------------------------------------------------
[text of document follows]

IN THE DISTRICT COURT FOR THE STATE OF ALASKA AT ANCHORAGE

STATE OF ALASKA,                 )
                 Plaintiff,      )
      v.                         )
ARTYOM VIKTOROVICH SOKOLOV,      )
DOB: 1986-12-02,                 )
                 Defendant.      )   Case No. 3AN-24-07719CR
_________________________________)

                  ORDER GRANTING STATE'S MOTION FOR
                      PRODUCTION OF RECORDS

This matter having come before the Court on the State's Motion for
Production of Records pursuant to Alaska R. Crim. P. 17(c), and the Court
having considered the motion, and it appearing that the defendant is
charged with Assault in the Third Degree, AS 11.41.220, and Violating a
Protective Order, AS 11.56.740, and that the records sought are relevant
to the pending charges;

IT IS HEREBY ORDERED:

1. Notwithstanding AS 23.20.110, the Alaska Department of Labor and
   Workforce Development, Employment Security Division, shall produce the
   records described below to the Anchorage District Attorney's Office
   within fourteen (14) days of service of this order.

2. Records: the name and address of each employer reporting wages for
   ARTYOM VIKTOROVICH SOKOLOV, and quarterly wage records from the first
   quarter of 2023 to the present.

3. The records shall be used only for purposes of this criminal case.
   Information concerning the protected person, J.M., shall not be
   disclosed to the defendant.

DATED at Anchorage, Alaska, this 14th day of January, 2025.

                              /s/ Elena V. Moorcroft
                              ____________________________
                              Hon. Elena V. Moorcroft
                              District Court Judge

I certify that on 1/14/25 a copy of this order was served on: DA (HJT);
Defense (PD - R. Kusiak); DOLWD-ESD.  Clerk: ___ M. Ah-Sam
------------------------------------------------------------------
This is an automated message from the Alaska Court System eFiling
system. Do not reply to this message.
""", label=dict(template="Alaska court e-service notification with text of order for production (Crim. R. 17(c))",
                requestor=R("district-attorney", "Anchorage District Attorney's Office", "Hannah J. Tallmadge",
                            "Assistant District Attorney", "hannah.tallmadge@alaska.gov", "(907) 555-0103"),
                subjects=[S("Artyom Viktorovich Sokolov", "1986-12-02")],
                basis=["AK CrimP 17", "AS 11.41.220", "AS 11.56.740", "AS 23.20.110"],
                ptype="court_order", form=None, attached=True, purpose="criminal_investigation",
                records=["employment", "wages"], channel="email"))


# ---- bm15: Nebraska county attorney fax + district court order -----------------------
doc(id="bm15", fmt="fax", family="serif", size=10,
    header="12/10/2024 14:31  LANCASTER CO ATTY    402 555 0189      #0412 P.{p}/{n}", text="""\
#T LANCASTER COUNTY ATTORNEY
#c 575 South 10th Street, Lincoln, Nebraska 68508
#T FAX
#2 To: Nebraska Department of Labor|From: Gareth P. Lindqvist
#2 Office of Unemployment Insurance - Legal|Deputy County Attorney
#2 Fax: (402) 555-0120|Phone: (402) 555-0185
#2 Date: December 10, 2024|Pages: 3 including this cover
#HR
Re: State v. McGreevy & Ostapenko, CR 24-1402 - Order for Production of Employment Security Records
Attached is the order signed yesterday by Judge Solberg. Please forward to whoever handles court-ordered releases under Neb. Rev. Stat. § 48-612. We ask for production by January 3. Records may be e-mailed to glindqvist@lancaster.ne.gov.
#S NOTICE: The information contained in this facsimile is confidential and intended only for the recipient named above. If you are not the intended recipient, you are hereby notified that any dissemination, distribution or copying of this communication is strictly prohibited.
#PAGE
#C IN THE DISTRICT COURT OF LANCASTER COUNTY, NEBRASKA
#HR
#2 STATE OF NEBRASKA,|CASE NO. CR 24-1402
#2          Plaintiff,|
#2    vs.|ORDER FOR PRODUCTION OF
#2 SEAN PATRICK McGREEVY and|EMPLOYMENT SECURITY RECORDS
#2 HALYNA OSTAPENKO,|
#2          Defendants.|
#HR
NOW on this 9th day of December, 2024, this matter comes before the Court on the State's Motion for Order for Production of Employment Security Records. The State appears by Deputy County Attorney Gareth P. Lindqvist. The Court, being fully advised, finds that the Defendants are charged with Theft by Deception, Neb. Rev. Stat. § 28-512, and Criminal Impersonation, Neb. Rev. Stat. § 28-638, arising from unemployment claims made while the Defendants were employed by Prairie Lanes Logistics LLC; that the records described below are material to the prosecution; and that disclosure is permitted by court order under Neb. Rev. Stat. § 48-612.
IT IS THEREFORE ORDERED that the Nebraska Department of Labor shall produce to the Lancaster County Attorney, on or before January 3, 2025, the following records for the period January 1, 2022 to present:
#I 1 (a) all unemployment insurance claims filed by or in the name of Sean Patrick McGreevy (DOB 03/15/1981, SSN xxx-xx-5518) or Halyna Ostapenko (DOB 06/30/1990);
#I 1 (b) all wage records reported for said persons, with employer names and addresses;
#I 1 (c) all addresses reported by the claimants.
#PAGE
The records shall be produced to counsel for the State, who shall provide copies to counsel for each Defendant, and shall be used only for purposes of this prosecution.
BY THE COURT:
#SIG Annika R. Solberg|District Judge^Annika R. Solberg
Prepared and submitted by:
Gareth P. Lindqvist, #25514, Deputy County Attorney
cc: Defense counsel Michael T. Pardo; Defense counsel Irene K. Sato
""", label=dict(template="county attorney fax cover + Nebraska district court order for employment security records",
                requestor=R("district-attorney", "Lancaster County Attorney", "Gareth P. Lindqvist",
                            "Deputy County Attorney", "glindqvist@lancaster.ne.gov", "(402) 555-0185"),
                subjects=[S("Sean Patrick McGreevy", "1981-03-15", ("ssn_last4", "5518")),
                          S("Halyna Ostapenko", "1990-06-30")],
                basis=["NE Stat 48-612", "NE Stat 28-512", "NE Stat 28-638"],
                ptype="court_order", form=None, attached=True, purpose="criminal_investigation",
                records=["claims", "wages", "employment", "address"], channel="fax"))


# ---- bm16: Alabama DA cover letter + circuit court grand jury subpoena duces tecum ----
doc(id="bm16", fmt="born_digital", family="serif", size=10, text="""\
#T OFFICE OF THE DISTRICT ATTORNEY
#c TENTH JUDICIAL CIRCUIT OF ALABAMA  -  JEFFERSON COUNTY
#c 801 Richard Arrington Jr. Blvd. North, Room 300  -  Birmingham, Alabama 35203
#HR
February 12, 2025
Custodian of Records
Alabama Law Enforcement Agency, Driver License Division
301 South Ripley Street
Montgomery, Alabama 36104
#B RE: Jefferson County Grand Jury - Subpoena Duces Tecum (GJ 25-0217)
Dear Custodian:
Enclosed is a subpoena duces tecum issued by the Clerk of the Circuit Court of Jefferson County commanding production of records before the Grand Jury on March 11, 2025. The Grand Jury is investigating identity theft in violation of Ala. Code § 13A-8-192 and related offenses.
Personal appearance will be excused if, before the return date, you deliver the requested records to my office together with a certificate of the custodian meeting the requirements of Ala. R. Evid. 902(11). Please keep this subpoena and its contents confidential.
Sincerely,
#SIG Preston H. Caldwell|Preston H. Caldwell^Deputy District Attorney^(205) 555-0150   caldwellp@jccal.org
Enclosure
#PAGE
#2 STATE OF ALABAMA|IN THE CIRCUIT COURT OF
#2 JEFFERSON COUNTY|JEFFERSON COUNTY, ALABAMA
#2 |BIRMINGHAM DIVISION
#T GRAND JURY SUBPOENA DUCES TECUM
#R Grand Jury No. GJ 25-0217
#B THE STATE OF ALABAMA
#B To Any Sheriff of the State of Alabama - GREETINGS:
You are hereby commanded to summon:
#I 2 CUSTODIAN OF RECORDS, ALABAMA LAW ENFORCEMENT AGENCY, DRIVER LICENSE DIVISION, 301 South Ripley Street, Montgomery, Alabama 36104
to appear before the GRAND JURY of Jefferson County, Alabama, at the Jefferson County Courthouse, Birmingham, Alabama, on the 11th day of March, 2025, at 9:00 o'clock A.M., then and there to testify on behalf of the State, and not depart without leave of the Grand Jury, and to bring with you the following:
#I 1 All driver license and non-driver identification records, including applications, documents submitted to establish identity, photographs, and address history, for:
#I 2 COLEMAN, Jarvis Dewayne - DOB 04/02/1997 - AL DL 8814402
#I 2 PHAM, Linh Thi - DOB 1999-09-25
HEREIN FAIL NOT, and have you then and there this writ with your return thereon.
Witness my hand this 12th day of February, 2025.
#SIG J. D. Marbury|JACQUELINE D. MARBURY, Clerk of the Circuit Court^By: ______________________, Deputy Clerk
Subpoena requested by: Preston H. Caldwell, Deputy District Attorney
#HR
#C SHERIFF'S RETURN
Received ____________, 2025, and executed by serving a copy on ______________________________
#SIG |Deputy Sheriff, Jefferson County
""", label=dict(template="Alabama DA cover letter + circuit court grand jury subpoena duces tecum (clerk-issued)",
                requestor=R("district-attorney", "Office of the District Attorney, Tenth Judicial Circuit of Alabama",
                            "Preston H. Caldwell", "Deputy District Attorney", "caldwellp@jccal.org", "(205) 555-0150"),
                subjects=[S("Jarvis Dewayne Coleman", "1997-04-02", ("license", "8814402")),
                          S("Linh Thi Pham", "1999-09-25")],
                basis=["AL Code 13A-8-192", "AL R Evid 902"],
                ptype="grand_jury_subpoena", form=None, attached=True, purpose="criminal_investigation",
                records=["license", "identity_documents", "photo", "address"], channel="mail"))


# ---- bm17: New Hampshire grand jury subpoena + ACA letter (scanned) ------------------
doc(id="bm17", fmt="scanned", family="sans", size=10, dpi=200,
    pages=[(1.1, 0), (0, 90)], text="""\
#C THE STATE OF NEW HAMPSHIRE
#c JUDICIAL BRANCH  -  SUPERIOR COURT
#c Hillsborough Superior Court Northern District  -  300 Chestnut Street, Manchester, NH 03101
#T GRAND JURY SUBPOENA DUCES TECUM
#R Case/Grand Jury No.: 216-2025-GJ-00088
#B To: Keeper of Records, New Hampshire Department of Health and Human Services, Division of Economic and Housing Stability, 129 Pleasant Street, Concord, NH 03301
YOU ARE COMMANDED, in the name of the State of New Hampshire, to appear before the Grand Jury at the Hillsborough Superior Court Northern District, 300 Chestnut Street, Manchester, on April 8, 2025 at 9:00 AM, to give evidence in a matter then and there to be heard, and to bring with you:
#I 1 All applications, redeterminations, reported household members, reported income and employers, addresses, and records of SNAP and TANF benefits issued from January 1, 2022 to date, for:
#I 2 Jean-Baptiste MUKENDI  DOB: 11/11/1983
#I 2 Krystal Ann DOUCETTE  DOB: 02/29/1992
Failure to appear may result in your arrest and punishment for contempt of court. This subpoena is issued under RSA 516:1 at the request of the State.
Date: March 17, 2025
#SIG Marianne L. Theriault|Clerk of Court^Marianne L. Theriault
Issued at the request of: Devin A. Poirier, Assistant County Attorney, Hillsborough County Attorney's Office, 300 Chestnut Street, Manchester, NH 03101 - (603) 555-0193 - dpoirier@hcao.nh.gov
#S NHJB-2102-S (modified)
#PAGE
#C HILLSBOROUGH COUNTY ATTORNEY'S OFFICE
#c 300 Chestnut Street - Manchester, New Hampshire 03101
March 18, 2025
Re: Grand Jury Subpoena 216-2025-GJ-00088
Dear Keeper of Records:
The enclosed subpoena relates to a grand jury investigation of Theft by Deception, RSA 637:4, and Welfare Fraud, RSA 167:17-b. I understand DHHS records are confidential under RSA 167:30; the subpoena is issued by the Superior Court for that reason.
Your appearance is excused if certified copies are delivered to me before April 8, 2025. Please call me at (603) 555-0193 if you have any questions.
#SIG Devin A. Poirier|Devin A. Poirier, Assistant County Attorney
""", label=dict(template="New Hampshire superior court grand jury subpoena (clerk) + assistant county attorney letter (scan, page turned 90)",
                requestor=R("district-attorney", "Hillsborough County Attorney's Office", "Devin A. Poirier",
                            "Assistant County Attorney", "dpoirier@hcao.nh.gov", "(603) 555-0193"),
                subjects=[S("Jean-Baptiste Mukendi", "1983-11-11"), S("Krystal Ann Doucette", "1992-02-29")],
                basis=["NH RSA 516:1", "NH RSA 637:4", "NH RSA 167:17-b", "NH RSA 167:30"],
                ptype="grand_jury_subpoena", form=None, attached=True, purpose="criminal_investigation",
                records=["benefits", "address", "employment", "wages", "other"], channel="mail"))


# ---- bm18: AUSA email + AO 110 federal grand jury subpoena -------------------------------
BM18_AO110 = """\
#S AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
#C UNITED STATES DISTRICT COURT
#c for the
#c District of Delaware
#T SUBPOENA TO TESTIFY BEFORE A GRAND JURY
#B To: Custodian of Records, Delaware Department of Labor, Division of Unemployment Insurance, 4425 North Market Street, Wilmington, DE 19802
YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.
#BOX
#2 Place: J. Caleb Boggs Federal Building|Date and Time:
#2 844 N. King Street, Wilmington, DE 19801|04/22/2025 10:00 am
#2 Grand Jury Room 6100|
#END
You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable): See Attachment A.
Date: 03/25/2025
#2 CLERK OF COURT|
#SIG K. Abernathy|Signature of Clerk or Deputy Clerk
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Gwendolyn R. Ashby-Tate, Assistant United States Attorney, U.S. Attorney's Office, 1313 N. Market Street, Wilmington, DE 19801 - gwendolyn.ashby-tate@usdoj.gov - (302) 555-0158
#PAGE
#C ATTACHMENT A  -  Grand Jury Subpoena No. GJ 25-0093
For the period March 1, 2020 through the present, all records relating to the following individuals:
#I 1 BOATENG, Rashida Yvonne - DOB 1988-05-06 - SSN xxx-xx-3317
#I 1 PEÑA QUIÑONES, Carlos Alberto - DOB 02/17/1979
1. All unemployment insurance and pandemic assistance claims, weekly certifications, and supporting documents;
2. Claimant-provided addresses, telephone numbers, and e-mail addresses;
3. Benefit payment records, including bank account and debit card information;
4. Quarterly wage records;
5. IP address and login history.
In lieu of appearance, the custodian may produce the records to the AUSA named above together with a certificate of authenticity pursuant to Fed. R. Evid. 902(11).
"""


def build_bm18():
    pdf = os.path.join(TMP, "bm18_ao110.pdf")
    render_pdf(pdf, BM18_AO110, family="sans", size=9.5)
    m = eml('"Ashby-Tate, Gwendolyn (USADE)" <Gwendolyn.Ashby-Tate@usdoj.gov>',
            "UI Legal Unit <dol_ui_legal@delaware.gov>", "Tue, 25 Mar 2025 16:40:09 -0400",
            "Grand Jury Subpoena GJ 25-0093 - Delaware DOL",
            "<MN2PR09MB5521.0093@usdoj.gov>")
    txt = """\
Good afternoon,

Please see the attached federal grand jury subpoena (GJ 25-0093) for unemployment insurance
records relating to two individuals. Production of the records in lieu of appearance is
acceptable; a business records certification form is included in Attachment A.

This subpoena relates to a grand jury investigation. Although Fed. R. Crim. P. 6(e) does not bind
you as a witness, we respectfully request that you not disclose the existence of the subpoena to
the individuals named, as that could impede the investigation. We are aware of the confidentiality
provisions of 19 Del. C. § 3125 and believe production under a grand jury subpoena is permitted.

Regards,
Gwendolyn R. Ashby-Tate
Assistant United States Attorney
District of Delaware
(302) 555-0158
"""
    m.set_content(txt)
    m.add_alternative("<html><body><p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>")
                      + "</p></body></html>", subtype="html")
    with open(pdf, "rb") as f:
        m.add_attachment(f.read(), maintype="application", subtype="pdf", filename="GJ25-0093_DEDOL.pdf")
    return m


doc(id="bm18", fmt="eml", build=build_bm18,
    label=dict(template="AUSA e-mail with AO 110 grand jury subpoena PDF for UI records",
               requestor=R("doj-usao", "U.S. Attorney's Office, District of Delaware", "Gwendolyn R. Ashby-Tate",
                           "Assistant United States Attorney", "Gwendolyn.Ashby-Tate@usdoj.gov", "(302) 555-0158"),
               subjects=[S("Rashida Yvonne Boateng", "1988-05-06", ("ssn_last4", "3317")),
                         S("Carlos Alberto Peña Quiñones", "1979-02-17")],
               basis=["FRCrP 6", "19 Del C 3125", "FRE 902"],
               ptype="grand_jury_subpoena", form="AO 110", attached=True, purpose="criminal_investigation",
               records=["claims", "benefits", "address", "phone", "email", "wages", "other"], channel="email"))


# ---- bm19: internal forward (message/rfc822) of ASA email + Illinois GJ subpoena PDF ----
BM19_SUBP = """\
#C IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
#c COUNTY DEPARTMENT, CRIMINAL DIVISION
#HR
#T GRAND JURY SUBPOENA DUCES TECUM
#R No. 25 GJ 0331
#B THE PEOPLE OF THE STATE OF ILLINOIS
#B to: Keeper of Records, Illinois Department of Employment Security, 33 S. State Street, Chicago, IL 60603
YOU ARE COMMANDED to appear before the Grand Jury of the Circuit Court of Cook County, Room 4D00, 2650 S. California Avenue, Chicago, Illinois, on May 6, 2025 at 10:00 a.m., to testify and to produce the following:
#I 1 Employer-reported quarterly wage records, employer names and addresses, and all unemployment insurance claim records from January 1, 2021 to the present, for:
#I 2 (1) Marek Wiśniewski, date of birth October 12, 1977
#I 2 (2) LaToya Renee Simmons, date of birth March 8, 1991
Compliance may be made by delivering the records, with a certificate of completeness, to the Assistant State's Attorney named below on or before the return date.
YOUR FAILURE TO APPEAR IN RESPONSE TO THIS SUBPOENA WILL SUBJECT YOU TO PUNISHMENT FOR CONTEMPT OF THIS COURT.
Issued pursuant to 725 ILCS 5/112-4.
#2 WITNESS: April 9, 2025|
#SIG Mariana T. Zelenko|Clerk of the Circuit Court of Cook County
#2 Atty. No. 99000|
Assistant State's Attorney: Joaquín Ortega-Bustos
Cook County State's Attorney - Special Prosecutions Bureau
50 W. Washington St., Chicago, IL 60602 - (312) 555-0107
#S CCCR 0211 (modified)
"""


def build_bm19():
    pdf = os.path.join(TMP, "bm19_gj.pdf")
    render_pdf(pdf, BM19_SUBP, family="serif", size=10)
    inner = eml('"Ortega-Bustos, Joaquín" <joaquin.ortega-bustos@cookcountysao.org>',
                "IDES Subpoena Desk <des.subpoenas@illinois.gov>", "Wed, 09 Apr 2025 13:12:44 -0500",
                "Cook County Grand Jury Subpoena 25 GJ 0331 - wage & claim records",
                "<7f3a2c11.0331@cookcountysao.org>")
    inner.set_content("""\
Good afternoon,

Attached is a Cook County grand jury subpoena duces tecum (25 GJ 0331) for wage and claim
records for two individuals. The grand jury is investigating official misconduct
(720 ILCS 5/33-3) at a municipal agency. IDES may release these records under
820 ILCS 405/1900 in response to a subpoena issued by the court.

Delivery of the records to my office before May 6 will satisfy the subpoena; no one needs to
appear. Please call me with any questions.

Joaquín Ortega-Bustos
Assistant State's Attorney
Special Prosecutions Bureau
Cook County State's Attorney's Office
(312) 555-0107
""")
    with open(pdf, "rb") as f:
        inner.add_attachment(f.read(), maintype="application", subtype="pdf", filename="25GJ0331_IDES.pdf")
    outer = eml("IDES Subpoena Desk <des.subpoenas@illinois.gov>",
                "IDES Records & Disclosure Unit <des.disclosure@illinois.gov>",
                "Thu, 10 Apr 2025 08:02:15 -0500", "FW: Cook County Grand Jury Subpoena 25 GJ 0331 - wage & claim records",
                "<a81c.20250410@illinois.gov>")
    outer.set_content("Forwarding the attached request received yesterday for logging and response.\n"
                      "Return date 5/6. - Subpoena Desk (T.R.)\n")
    outer.add_attachment(inner)
    return outer


doc(id="bm19", fmt="eml", build=build_bm19,
    label=dict(template="internal forward (message/rfc822) of ASA e-mail with Illinois 'People' grand jury subpoena PDF",
               requestor=R("district-attorney", "Cook County State's Attorney's Office", "Joaquín Ortega-Bustos",
                           "Assistant State's Attorney", "joaquin.ortega-bustos@cookcountysao.org", "(312) 555-0107"),
               subjects=[S("Marek Wiśniewski", "1977-10-12"), S("LaToya Renee Simmons", "1991-03-08")],
               basis=["725 ILCS 5/112-4", "720 ILCS 5/33-3", "820 ILCS 405/1900"],
               ptype="grand_jury_subpoena", form=None, attached=True, purpose="criminal_investigation",
               records=["wages", "employment", "claims"], channel="email"))


# ---- bm20: RI public defender letter + Superior Court criminal SDT (clerk-issued) -----
doc(id="bm20", fmt="born_digital", family="sans", size=9.5, text="""\
#C STATE OF RHODE ISLAND
#C OFFICE OF THE PUBLIC DEFENDER
#c 160 Pine Street  *  Providence, RI 02903  *  Tel. (401) 555-0133
#HR
#R May 2, 2025
Records Custodian
Rhode Island Division of Motor Vehicles
600 New London Avenue
Cranston, RI 02920
Re: State v. Tomás Alejandro Rivera-Santiago, P1-2024-1876A - Subpoena Duces Tecum
Dear Custodian:
I represent the defendant in the above criminal matter, which is scheduled for jury trial on June 2, 2025. Enclosed is a subpoena duces tecum issued by the Superior Court. My client is charged with driving after denial, suspension or revocation, R.I. Gen. Laws § 31-11-18, and the defense needs the Division's records showing what notices were mailed to him and to which address.
Certified records may be mailed to me in lieu of appearance. Disclosure to an attorney acting in connection with a court proceeding is permitted under 18 U.S.C. § 2721(b)(4).
Thank you for your assistance.
#SIG O. A. Adeyemi|Oluwaseun A. Adeyemi^Assistant Public Defender^oadeyemi@ripd.org
Enc.   cc: Special Assistant Attorney General Hollis R. Breck (w/ encl.)
#PAGE
#2 STATE OF RHODE ISLAND|SUPERIOR COURT
#2 PROVIDENCE, SC.|
#HR
#2 STATE OF RHODE ISLAND|
#2        v.|C.A. No. P1-2024-1876A
#2 TOMÁS ALEJANDRO RIVERA-SANTIAGO|
#HR
#T SUBPOENA DUCES TECUM (CRIMINAL)
#B TO: Keeper of Records, Rhode Island Division of Motor Vehicles, 600 New London Avenue, Cranston, RI 02920
YOU ARE HEREBY COMMANDED to appear before the Superior Court at the Licht Judicial Complex, 250 Benefit Street, Providence, Rhode Island, Courtroom 4C, on June 2, 2025 at 9:30 a.m., and from day to day thereafter until the above-entitled case is heard, to give evidence on behalf of the DEFENDANT, and to bring with you:
#I 1 A certified copy of the driving record and license status history of Tomás Alejandro Rivera-Santiago (DOB 1994-01-31, RI Operator's License No. 3318462), including all notices of suspension or revocation and the mailing address to which each was sent, from January 1, 2022 to present.
This subpoena is issued pursuant to Super. R. Crim. P. 17(c). Failure to comply without adequate excuse may be deemed a contempt of the Court.
Witness the seal of the Superior Court this 30th day of April, 2025.
#SIG N. F. Castellucci|Deputy Clerk^Nadine F. Castellucci
Subpoena requested by: Oluwaseun A. Adeyemi, Assistant Public Defender, Attorney for Defendant (RI Bar #9921)
""", label=dict(template="public defender letter + Rhode Island Superior Court criminal trial subpoena duces tecum (clerk)",
                requestor=R("other", "Rhode Island Office of the Public Defender", "Oluwaseun A. Adeyemi",
                            "Assistant Public Defender", "oadeyemi@ripd.org", "(401) 555-0133"),
                subjects=[S("Tomás Alejandro Rivera-Santiago", "1994-01-31", ("license", "3318462"))],
                basis=["RIGL 31-11-18", "18 USC 2721", "RI CrimP 17"],
                ptype="court_subpoena", form=None, attached=True, purpose="criminal_investigation",
                records=["license", "address"], channel="mail"))


# ---- bm21: Vermont deputy state's attorney email + attorney-issued SDT PDF ------------
BM21_SUBP = """\
#C STATE OF VERMONT
#2 SUPERIOR COURT|CRIMINAL DIVISION
#2 Chittenden Unit|Docket No. 24-CR-05512
#HR
#2 STATE OF VERMONT|
#2      v.|
#2 NHUNG THỊ HOÀNG, Defendant|
#HR
#T SUBPOENA DUCES TECUM
#B TO: Custodian of Records, Vermont Department of Motor Vehicles, 120 State Street, Montpelier, VT 05603
YOU ARE COMMANDED to appear at the Vermont Superior Court, Chittenden Unit, Criminal Division, 32 Cherry Street, Burlington, Vermont, on July 15, 2025 at 1:00 p.m., to testify at an evidentiary (suppression) hearing in the above matter, and to bring with you the following:
#I 1 For NHUNG THỊ HOÀNG, date of birth 5 Nov 1992, Vermont operator's license no. 52104788:
#I 2 (a) the complete driver history, including license status and any suspension notices, with the addresses to which they were mailed;
#I 2 (b) the digital image captured at the most recent license renewal.
The defendant is charged with Driving Under the Influence, 23 V.S.A. § 1201, and Driving with a Suspended License, 23 V.S.A. § 674.
Production of certified copies to the undersigned before the hearing date will be accepted in lieu of appearance.
This subpoena is issued by the undersigned attorney as an officer of the court pursuant to V.R.Cr.P. 17 and V.R.C.P. 45(a)(3).
Dated: June 20, 2025
#SIG Colby R. Ashdown|Colby R. Ashdown, Deputy State's Attorney^Chittenden County State's Attorney's Office^32 Cherry Street, Suite 305, Burlington, VT 05401 - (802) 555-0124
"""


def build_bm21():
    pdf = os.path.join(TMP, "bm21_sdt.pdf")
    render_pdf(pdf, BM21_SUBP, family="serif", size=10)
    m = eml("Ashdown, Colby <Colby.Ashdown@vermont.gov>", "AOT - DMV Records Custodian <AOT.DMVRecords@vermont.gov>",
            "Fri, 20 Jun 2025 10:55:30 -0400", "Subpoena - State v. Hoang, 24-CR-05512 (hearing 7/15)",
            "<BL1PR14MB3377.05512@vermont.gov>")
    m.set_content("""\
Hello,

Please see attached subpoena duces tecum for the suppression hearing in State v. Nhung Thị
Hoàng, docket 24-CR-05512, set for July 15. I need her certified driver history with the
suspension notices and the mailing addresses used, plus the photo from her last renewal.
If certified copies reach me by July 11, no one from DMV needs to appear.

Thanks very much,
Colby

Colby R. Ashdown
Deputy State's Attorney
Chittenden County State's Attorney's Office
(802) 555-0124

CONFIDENTIALITY NOTICE: This e-mail may contain confidential or privileged information and is
intended only for the named recipient(s).
""")
    with open(pdf, "rb") as f:
        m.add_attachment(f.read(), maintype="application", subtype="pdf", filename="SDT DMV - Hoang.pdf")
    return m


doc(id="bm21", fmt="eml", build=build_bm21,
    label=dict(template="deputy state's attorney e-mail + Vermont attorney-issued subpoena duces tecum for hearing",
               requestor=R("district-attorney", "Chittenden County State's Attorney's Office", "Colby R. Ashdown",
                           "Deputy State's Attorney", "Colby.Ashdown@vermont.gov", "(802) 555-0124"),
               subjects=[S("Nhung Thị Hoàng", "1992-11-05", ("license", "52104788"))],
               basis=["23 VSA 1201", "23 VSA 674", "VT CrimP 17", "VT CivP 45"],
               ptype="court_subpoena", form=None, attached=True, purpose="criminal_investigation",
               records=["license", "address", "photo"], channel="email"))


# ---- bm22: AUSA cover letter + AO 89B criminal-case subpoena (W.D. Ark.) ---------------
doc(id="bm22", fmt="born_digital", family="sans", size=9.5, text="""\
#C U.S. Department of Justice
#c United States Attorney's Office  -  Western District of Arkansas
#c 414 Parker Avenue, Fort Smith, Arkansas 72901  -  (479) 555-0161
#HR
#R July 8, 2025
BY FIRST-CLASS MAIL
Custodian of Records
Arkansas Division of Workforce Services
#2 Two Capitol Mall|
#2 Little Rock, AR 72201|
Re: United States v. Jesús Manuel Arredondo-Villalobos, No. 5:24-cr-50061
Dear Custodian:
Enclosed is a trial subpoena issued by the Clerk of the United States District Court for the Western District of Arkansas. The defendant is charged with illegal reentry after removal, 8 U.S.C. § 1326, and fraud in connection with identification documents, 18 U.S.C. § 1028. Trial is set for August 4, 2025.
We are aware of the confidentiality provisions of Ark. Code Ann. § 11-10-314. The subpoena is issued in a pending federal criminal prosecution. You may comply by mailing certified copies, with the enclosed certificate of authenticity, to my attention by July 28.
Sincerely,
#SIG Lindsey M. Carraway|Lindsey M. Carraway^Assistant United States Attorney^lindsey.carraway@usdoj.gov
#PAGE
#S AO 89B (07/16) Subpoena to Produce Documents, Information, or Objects in a Criminal Case
#C UNITED STATES DISTRICT COURT
#c for the
#c Western District of Arkansas
#2 United States of America|
#2              v.|Case No. 5:24-cr-50061
#2 Jesús Manuel Arredondo-Villalobos|
#2              Defendant|
#T SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS IN A CRIMINAL CASE
#B To: Custodian of Records, Arkansas Division of Workforce Services, Two Capitol Mall, Little Rock, AR 72201
YOU ARE COMMANDED to produce at the time, date, and place set forth below the following books, papers, documents, data, or other objects:
All quarterly wage records, names and addresses of reporting employers, and unemployment insurance claims for JESÚS MANUEL ARREDONDO-VILLALOBOS, DOB 09/27/1986, SSN ending 8130, from January 1, 2019 to present.
#BOX
#2 Place: United States Courthouse|Date and Time:
#2 35 E. Mountain Street, Fayetteville, AR 72701|08/04/2025 9:00 am
#END
Certain provisions of Fed. R. Crim. P. 17 are attached, including Rule 17(c)(2), relating to your ability to file a motion to quash or modify the subpoena; Rule 17(d) and (e), which govern service of subpoenas; and Rule 17(g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.
(SEAL)
Date: 07/07/2025          CLERK OF COURT
#SIG R. Delacroix-Hume|Signature of Clerk or Deputy Clerk
The name, address, e-mail, and telephone number of the attorney representing United States of America, who requests this subpoena, are:
Lindsey M. Carraway, AUSA, 414 Parker Avenue, Fort Smith, AR 72901, lindsey.carraway@usdoj.gov, (479) 555-0161
#PAGE
#C Federal Rule of Criminal Procedure 17 (c), (d), (e), and (g) (Effective 12/1/08)
(c) Producing Documents and Objects. (1) In General. A subpoena may order the witness to produce any books, papers, documents, data, or other objects the subpoena designates. The court may direct the witness to produce the designated items in court before trial or before they are to be offered in evidence. (2) Quashing or Modifying the Subpoena. On motion made promptly, the court may quash or modify the subpoena if compliance would be unreasonable or oppressive.
(d) Service. A marshal, a deputy marshal, or any nonparty who is at least 18 years old may serve a subpoena.
(e) Place of Service. (1) In the United States. A subpoena requiring a witness to attend a hearing or trial may be served at any place within the United States.
(g) Contempt. The court (other than a magistrate judge) may hold in contempt a witness who, without adequate excuse, disobeys a subpoena issued by a federal court in that district. A magistrate judge may hold in contempt a witness who, without adequate excuse, disobeys a subpoena issued by that magistrate judge as provided in 28 U.S.C. § 636(e).
""", label=dict(template="AUSA cover letter + AO 89B criminal trial subpoena (illegal-reentry prosecution) for wage records",
                requestor=R("doj-usao", "United States Attorney's Office, Western District of Arkansas", "Lindsey M. Carraway",
                            "Assistant United States Attorney", "lindsey.carraway@usdoj.gov", "(479) 555-0161"),
                subjects=[S("Jesús Manuel Arredondo-Villalobos", "1986-09-27", ("ssn_last4", "8130"))],
                basis=["8 USC 1326", "18 USC 1028", "AR Code 11-10-314", "FRCrP 17", "28 USC 636"],
                ptype="court_subpoena", form="AO 89B", attached=True, purpose="criminal_investigation",
                records=["wages", "employment", "claims"], channel="mail"))


# ---- bm23: Kansas civil case, attorney-issued records subpoena -> purpose unknown ------
doc(id="bm23", fmt="born_digital", family="serif", size=10, footer="Raghunathan & Steele LLC  -  7500 College Blvd., Suite 1100, Overland Park, KS 66210", text="""\
#C IN THE DISTRICT COURT OF JOHNSON COUNTY, KANSAS
#c CIVIL COURT DEPARTMENT
#HR
#2 ROSALIND K. FENWICK,|
#2                  Plaintiff,|
#2 v.|Case No. 24CV03817
#2 MIDWEST ROOFING SOLUTIONS, LLC, and|Div. 12
#2 GRANT T. HOLLOWAY,|
#2                  Defendants.|
#HR
#T SUBPOENA DUCES TECUM
#c (Production of Records Only - No Appearance Required)
#B TO: Records Custodian, Kansas Department of Labor, 401 SW Topeka Blvd., Topeka, Kansas 66603
YOU ARE COMMANDED to produce the following documents, electronically stored information, or tangible things, and to permit their inspection and copying, at the offices of Raghunathan & Steele LLC, 7500 College Blvd., Suite 1100, Overland Park, Kansas 66210, on or before September 19, 2025 at 10:00 a.m.:
#I 1 All quarterly wage records, and the names and addresses of all reporting employers, for GRANT THOMAS HOLLOWAY, date of birth June 19, 1972, SSN ending in 9054, for the period January 1, 2021 to the present.
Plaintiff is informed that such records are confidential under K.S.A. 44-714 and may be released in response to a subpoena or order in a judicial proceeding. If you object, you must serve written objections on the undersigned before the production date, as provided in K.S.A. 60-245(c).
This subpoena is issued by the attorney of record for Plaintiff as an officer of the court pursuant to K.S.A. 60-245(a)(3).
Dated: August 29, 2025
#SIG Priya N. Raghunathan|Priya N. Raghunathan, KS #27713^RAGHUNATHAN & STEELE LLC^7500 College Blvd., Suite 1100, Overland Park, Kansas 66210^Tel. (913) 555-0187   priya@raghunathansteele.com^Attorney for Plaintiff
#HR
#C CERTIFICATE OF SERVICE
I certify that on August 29, 2025, I served this subpoena on the Kansas Department of Labor by U.S. Mail, certified, return receipt requested, and served a copy on counsel for Defendants, Eric D. Wainwright, by e-mail.
#SIG P. N. Raghunathan|Priya N. Raghunathan
""", label=dict(template="Kansas civil lawsuit, attorney-issued subpoena duces tecum for wage records (by mail)",
                requestor=R("other", "Raghunathan & Steele LLC", "Priya N. Raghunathan", "Attorney for Plaintiff",
                            "priya@raghunathansteele.com", "(913) 555-0187"),
                subjects=[S("Grant Thomas Holloway", "1972-06-19", ("ssn_last4", "9054"))],
                basis=["KSA 44-714", "KSA 60-245"],
                ptype="court_subpoena", form=None, attached=True, purpose="unknown",
                records=["wages", "employment"], channel="mail"))


# ---- bm24: ERO email + I-138 Immigration Enforcement Subpoena PDF ---------------------
BM24_I138 = """\
#C DEPARTMENT OF HOMELAND SECURITY
#c U.S. Immigration and Customs Enforcement
#T IMMIGRATION ENFORCEMENT SUBPOENA
#R Subpoena No.: ERO-SLC-2025-0072
#2 To: Custodian of Records|In the Matter of:
#2 Idaho Transportation Department|QUISPE MAMANI, Jhonatan Alexis
#2 Division of Motor Vehicles|A-File No.: A 215 660 104
#2 3311 W. State Street, Boise, ID 83703|DOB: 11/02/1996
#HR
By the service of this subpoena upon you, YOU ARE HEREBY SUMMONED AND REQUIRED TO:
[ ] Appear before the official named below to give testimony.
[X] Produce the records (books, papers, or other documents) indicated below, in connection with an investigation or inquiry relating to the enforcement of U.S. immigration laws, namely the admissibility and removability of the above-named individual:
#I 1 All driver license and identification card records for the above individual (Idaho DL TQ482913B), including current and prior residential and mailing addresses, the most recent photograph, and all vehicles registered to the individual.
Place: ICE ERO Boise Sub-Office, 1185 S. Vinnell Way, Boise, ID 83709, or by e-mail to the issuing officer, on or before April 4, 2025.
This subpoena is issued pursuant to section 235(d)(4) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4), and 8 C.F.R. § 287.4. Failure to comply with this subpoena may result in the issuing agency seeking enforcement in a United States District Court, and failure to comply with an order of the court may be punished as contempt of court.
#2 Issued by: Viktor Hruška|Approved by: Janelle P. Whitcombe
#2 Deportation Officer|Assistant Field Office Director
#2 ICE ERO Salt Lake City Field Office|
#2 Tel. (801) 555-0170|Date: 03/21/2025
#SIG V. Hruska|Signature of issuing officer
#HR
#C CERTIFICATE OF SERVICE
Served by: ______________  Method: [ ] personal [X] e-mail/electronic  Date: ____________
#S Form I-138 (Rev. 08/01/20)
"""


def build_bm24():
    pdf = os.path.join(TMP, "bm24_i138.pdf")
    render_pdf(pdf, BM24_I138, family="sans", size=9.5)
    m = eml('"Hruška, Viktor" <Viktor.Hruska@ice.dhs.gov>', "ITD DMV Records <dmvrecords@itd.idaho.gov>",
            "Fri, 21 Mar 2025 09:12:00 -0600", "Immigration Enforcement Subpoena ERO-SLC-2025-0072",
            "<SJ0PR09MB8112.0072@ice.dhs.gov>")
    m.set_content("""\
Good morning,

Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) for driver and vehicle
records for one individual. Please provide the responsive records by April 4, 2025 to the
undersigned by reply e-mail.

Respectfully,

Viktor Hruška
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Salt Lake City Field Office - Boise Sub-Office
Office: (801) 555-0170
""")
    with open(pdf, "rb") as f:
        m.add_attachment(f.read(), maintype="application", subtype="pdf", filename="I-138_ERO-SLC-2025-0072.pdf")
    return m


doc(id="bm24", fmt="eml", build=build_bm24,
    label=dict(template="ERO deportation officer e-mail + I-138 Immigration Enforcement Subpoena (court enforcement clause)",
               requestor=R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Salt Lake City Field Office",
                           "Viktor Hruška", "Deportation Officer", "Viktor.Hruska@ice.dhs.gov", "(801) 555-0170"),
               subjects=[S("Jhonatan Alexis Quispe Mamani", "1996-11-02", ("a_number", "A215660104"),
                           ("license", "TQ482913B"))],
               basis=["INA 235", "8 USC 1225", "8 CFR 287.4"],
               ptype="administrative_subpoena", form="I-138", attached=True, purpose="civil_immigration",
               records=["license", "address", "photo", "vehicle"], channel="email"))


# ---- bm25: DEA fax + 21 USC 876 administrative subpoena --------------------------------
doc(id="bm25", fmt="fax", family="mono", size=9,
    header="04/28/2025 13:57  DEA CHARLESTON RO  304 555 0115          P.{p}/{n}", text="""\
#C U.S. DEPARTMENT OF JUSTICE - DRUG ENFORCEMENT ADMINISTRATION
#c Louisville Field Division - Charleston Resident Office
#c 300 Virginia Street East, Charleston, WV 25301
FAX TRANSMITTAL
TO:    WorkForce West Virginia - UC Legal / Records      FAX: 304-555-0108
FROM:  SA Marcus D. Pettigrew                              TEL: 304-555-0111
DATE:  April 28, 2025                                      PAGES: 3
RE:    DEA Subpoena - wage and UC claim records
Please process the attached administrative subpoena. I am aware of W. Va. Code § 21A-10-11; DEA subpoenas have been honored by your office in prior cases. Records may be faxed back or mailed to the address above. Thank you.
SENSITIVE BUT UNCLASSIFIED - LAW ENFORCEMENT SENSITIVE
#PAGE
#C UNITED STATES DEPARTMENT OF JUSTICE
#C DRUG ENFORCEMENT ADMINISTRATION
#T SUBPOENA
File No.:  GQ-25-0041          Subpoena No.:  L4-25-118
G-DEP Identifier:  GQ3C1          Date Issued: 04/25/2025
TO: Custodian of Records, WorkForce West Virginia, 1900 Kanawha Blvd. East, Building 3, Suite 300, Charleston, WV 25305
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent Marcus D. Pettigrew, an officer of the Drug Enforcement Administration, at 300 Virginia Street East, Charleston, WV 25301 on May 12, 2025 at 10:00 a.m. to give testimony and to produce the records described below, which are relevant and material to an investigation relating to the enforcement of the Controlled Substances Act, concerning possible violations of 21 U.S.C. §§ 841 and 846.
RECORDS: For the period 01/01/2022 to present, all quarterly wage records (employer name, address, wages paid) and all unemployment compensation claims, including claimant addresses, for:
  1. BLANKENSHIP, Rodney Earl       DOB 08/08/1980   SSN xxx-xx-7742
  2. CARDENAS-RUELAS, Yesenia Marisol   DOB 10/13/1993
In lieu of appearance, you may comply by delivering or mailing the records to the officer named above on or before the date shown.
This subpoena is issued pursuant to the authority of Title 21, United States Code, Section 876. In the case of contumacy by, or refusal to obey this subpoena, the Attorney General may invoke the aid of any court of the United States within the jurisdiction of which the investigation is carried on, and such court may issue an order requiring compliance; any failure to obey the order of the court may be punished by the court as a contempt thereof.
You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation.
#SIG Harlan W. Meeks|Harlan W. Meeks, Group Supervisor (Issuing Official)
#PAGE
#C CERTIFICATE OF SERVICE
This subpoena was served by:  [X] Facsimile  [ ] Personal delivery  [ ] Certified mail
on 04/28/2025 by SA Marcus D. Pettigrew.
#SIG M. Pettigrew|Signature
#C RETURN OF SERVICE - RECORDS RECEIVED
Received the following records on ____________: ______________________________________
#S DEA Form 12 (modified) - subpoena authority 21 U.S.C. 876
""", label=dict(template="DEA fax cover + 21 USC 876 administrative subpoena (court-aid/contempt clause)",
                requestor=R("doj-dea", "Drug Enforcement Administration, Charleston Resident Office", "Marcus D. Pettigrew",
                            "Special Agent", None, "304-555-0111"),
                subjects=[S("Rodney Earl Blankenship", "1980-08-08", ("ssn_last4", "7742")),
                          S("Yesenia Marisol Cardenas-Ruelas", "1993-10-13")],
                basis=["WV Code 21A-10-11", "21 USC 841", "21 USC 846", "21 USC 876"],
                ptype="administrative_subpoena", form=None, attached=True, purpose="criminal_investigation",
                records=["wages", "employment", "claims", "address"], channel="fax"))


# ---- bm26: IRS-CI cover letter + Form 2039 summons with IRC provisions -----------------
doc(id="bm26", fmt="born_digital", family="sans", size=9, text="""\
#C Department of the Treasury
#C Internal Revenue Service - Criminal Investigation
#c Denver Field Office - Billings Post of Duty  |  2900 4th Ave. North, Billings, MT 59101
#HR
#R August 12, 2025
Via certified mail
Montana Department of Labor & Industry
Unemployment Insurance Division - Attn: Records Custodian
P.O. Box 8020, Helena, MT 59604-8020
Re: Summons - Valentina O. Kravets (SSN xxx-xx-6128)
Dear Records Custodian:
Enclosed is an Internal Revenue Service summons issued in connection with a criminal investigation of possible violations of 26 U.S.C. § 7201 (attempt to evade or defeat tax) and 26 U.S.C. § 7206(1) (false return). The summons requests wage records and employer information for the person named for calendar years 2021 through 2024. I understand these records are confidential under Mont. Code Ann. § 39-51-603, which permits disclosure as required by federal law.
You may comply by mailing certified copies of the records to me before the appearance date. Please contact me at (406) 555-0145 or rachel.beaumont@ci.irs.gov.
Sincerely,
#SIG Rachel T. Beaumont|Rachel T. Beaumont^Special Agent, IRS Criminal Investigation
#PAGE
#T Summons
#B In the matter of  Valentina O. Kravets, 418 Grand Avenue, Billings, MT 59101
Internal Revenue Service (Identify Division): Criminal Investigation
Industry/Area (name or number): Denver Field Office
Periods: Calendar years 2021, 2022, 2023 and 2024
#c The Commissioner of Internal Revenue
To: Custodian of Records, Montana Department of Labor & Industry, Unemployment Insurance Division
At: P.O. Box 8020, Helena, MT 59604-8020
You are hereby summoned and required to appear before Special Agent Rachel T. Beaumont, an Internal Revenue Service (IRS) officer, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown.
#I 1 All quarterly wage records reported for Valentina O. Kravets (SSN xxx-xx-6128), including employer names, addresses and employer account numbers, for calendar years 2021 through 2024.
#BOX
Do not write in this space
#END
#B Business address and telephone number of IRS officer before whom you are to appear:
2900 4th Ave. North, Suite 300, Billings, MT 59101  -  (406) 555-0145
#B Place and time for appearance at: 2900 4th Ave. North, Suite 300, Billings, MT 59101
on the 15th day of September, 2025 at 10:00 o'clock a.m.
Issued under authority of the Internal Revenue Code this 12th day of August, 2025.
#2 Rachel T. Beaumont|Special Agent
#SIG R. T. Beaumont|Signature of issuing officer
#2 Gordon L. Ashcombe|Supervisory Special Agent
#SIG G. L. Ashcombe|Signature of approving officer (if applicable)
#S Catalog No. 21405J    www.irs.gov    Form 2039 (Rev. 10-2010)    Part A - to be given to person summoned
#PAGE
#C Provisions of the Internal Revenue Code
#B Sec. 7602. Examination of books and witnesses
(a) Authority to summon, etc. - For the purpose of ascertaining the correctness of any return, making a return where none has been made, determining the liability of any person for any internal revenue tax ..., the Secretary is authorized - (1) To examine any books, papers, records, or other data which may be relevant or material to such inquiry; (2) To summon the person liable for tax ... or any other person the Secretary may deem proper, to appear before the Secretary at a time and place named in the summons and to produce such books, papers, records, or other data, and to give such testimony, under oath, as may be relevant or material to such inquiry.
(b) Purpose may include inquiry into offense. - The purposes for which the Secretary may take any action described in paragraph (1), (2), or (3) of subsection (a) include the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws.
#B Sec. 7603. Service of summons
(a) In general - A summons issued under section 6420(e)(2), 6421(g)(2), 6427(j)(2), or 7602 shall be served by the Secretary, by an attested copy delivered in hand to the person to whom it is directed, or left at his last and usual place of abode ... (b) Service by mail to third-party recordkeepers.
#B Sec. 7604. Enforcement of summons
(a) Jurisdiction of district court. - If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production of books, papers, or other data.
(b) Enforcement. - Whenever any person summoned under section 6420(e)(2), 6421(g)(2), 6427(j)(2), or 7602 neglects or refuses to obey such summons, ... the Secretary may apply to the judge of the district court or to a United States magistrate judge for an attachment against him as for a contempt.
#B Sec. 7605. Time and place of examination
(a) Time and place. - The time and place of examination pursuant to the provisions of section 6420(e)(2), 6421(g)(2), 6427(j)(2), or 7602 shall be such time and place as may be fixed by the Secretary and as are reasonable under the circumstances.
#B Sec. 7609. Special procedures for third-party summonses
(c) Summons to which section applies - (2) Exceptions. This section shall not apply to any summons ... (E) issued by a criminal investigator of the Internal Revenue Service in connection with the investigation of an offense connected with the administration or enforcement of the internal revenue laws.
#B Sec. 7210. Failure to obey summons
Any person who, being duly summoned to appear to testify, or to appear and produce books, accounts, records, memoranda, or other papers, as required under sections 6420(e)(2), 6421(g)(2), 6427(j)(2), 7602, 7603, and 7604(b), neglects to appear or to produce such books ... shall, upon conviction thereof, be fined not more than $1,000, or imprisoned not more than 1 year, or both, together with costs of prosecution.
#S Form 2039 (Rev. 10-2010)
""", label=dict(template="IRS-CI special agent letter + Form 2039 summons with printed IRC provisions (district-court enforcement)",
                requestor=R("irs-ci", "Internal Revenue Service - Criminal Investigation, Denver Field Office", "Rachel T. Beaumont",
                            "Special Agent", "rachel.beaumont@ci.irs.gov", "(406) 555-0145"),
                subjects=[S("Valentina O. Kravets", None, ("ssn_last4", "6128"))],
                basis=["26 USC 7201", "26 USC 7206", "MCA 39-51-603", "26 USC 7602", "26 USC 7603", "26 USC 7604",
                       "26 USC 7605", "26 USC 7609", "26 USC 7210", "26 USC 6420", "26 USC 6421", "26 USC 6427"],
                ptype="administrative_subpoena", form="Form 2039", attached=True, purpose="criminal_investigation",
                records=["wages", "employment"], channel="mail"))


# ---- bm27: SSA-OIG agent letter + IG subpoena duces tecum (scanned) --------------------
doc(id="bm27", fmt="scanned", family="serif", size=10, dpi=200,
    pages=[(-1.0, 0), (0.6, 0), (-0.4, 180)], text="""\
#C SOCIAL SECURITY ADMINISTRATION
#C OFFICE OF THE INSPECTOR GENERAL
#c Office of Investigations - Dallas Field Division - Little Rock Office
#c 1200 Cherry Brook Drive, Suite 250, Little Rock, AR 72211
#HR
May 19, 2025
Arkansas Department of Human Services
Division of County Operations - Office of Chief Counsel
700 Main Street, Little Rock, AR 72201
Re: OIG Subpoena No. OIG-SUB-2025-0193
Dear Custodian of Records:
The Social Security Administration, Office of the Inspector General, is investigating allegations that the individuals listed in the enclosed subpoena concealed income and household members while receiving Supplemental Security Income, in possible violation of 42 U.S.C. § 1383a and 42 U.S.C. § 408. Enclosed is a subpoena duces tecum for Department records.
Please mail the records to my attention. You may reach me at 501-555-0172 or by e-mail at tavita.leota-brown@ssa.gov.
Sincerely,
#SIG Tavita Leota-Brown|Tavita Leota-Brown^Special Agent
#PAGE
#C UNITED STATES OF AMERICA
#C SOCIAL SECURITY ADMINISTRATION - OFFICE OF THE INSPECTOR GENERAL
#T SUBPOENA DUCES TECUM
#R No. OIG-SUB-2025-0193
#B TO: Custodian of Records, Arkansas Department of Human Services, Division of County Operations, 700 Main Street, Little Rock, AR 72201
YOU ARE HEREBY REQUIRED to produce to Special Agent Tavita Leota-Brown of the Office of the Inspector General, at 1200 Cherry Brook Drive, Suite 250, Little Rock, Arkansas 72211, on or before June 13, 2025, the following documents, which are necessary in the performance of the responsibilities of the Inspector General:
#I 1 For the period January 1, 2020 to present, all applications and renewals for SNAP, Medicaid and TANF benefits, including reported household composition, reported employment and income, addresses, and benefit issuance histories, for:
#I 2 RAMÍREZ BARRIENTOS, Eulalio - DOB 02/03/1958 - SSN ending 1186
#I 2 TILLMAN, Dorothy Jean - DOB 4 December 1961 - SSN ending 4402
This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4). In case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate United States district court.
IN TESTIMONY WHEREOF, the undersigned has hereunto set his hand this 16th day of May, 2025.
#SIG Everett C. Langley|Everett C. Langley^Deputy Inspector General (acting under delegated authority)^Social Security Administration
#PAGE
#C RETURN OF SERVICE
I certify that I served this subpoena on the named custodian on ______________ by [ ] personal delivery [X] certified mail.
#SIG T. Leota-Brown|Special Agent, SSA-OIG
#S FOR OFFICIAL USE ONLY - LAW ENFORCEMENT SENSITIVE
""", label=dict(template="SSA-OIG agent letter + inspector-general subpoena duces tecum (district-court enforcement), scanned",
                requestor=R("ssa-oig", "Social Security Administration, Office of the Inspector General", "Tavita Leota-Brown",
                            "Special Agent", "tavita.leota-brown@ssa.gov", "501-555-0172"),
                subjects=[S("Eulalio Ramírez Barrientos", "1958-02-03", ("ssn_last4", "1186")),
                          S("Dorothy Jean Tillman", "1961-12-04", ("ssn_last4", "4402"))],
                basis=["42 USC 1383a", "42 USC 408", "5 USC 406"],
                ptype="administrative_subpoena", form=None, attached=True, purpose="criminal_investigation",
                records=["benefits", "address", "employment", "wages", "other"], channel="mail"))


# ---- bm28: ERO email to state corrections + PNG of I-200 -----------------------------
BM28_I200 = """\
#C U.S. DEPARTMENT OF HOMELAND SECURITY
#T WARRANT FOR ARREST OF ALIEN
#R File No. A201 447 836
#R Date: 01/27/2025
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations
I have determined that there is probable cause to believe that ALEKSANDAR PETROVIC is removable from the United States. This determination is based upon:
[X] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.
#SIG D. Kessler|(Signature of Authorized Immigration Officer)^Dwight A. Kessler, Supervisory Detention and Deportation Officer^(Printed Name and Title of Authorized Immigration Officer)
#HR
#C Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on ____________, and the contents of this notice were read to him or her in the ____________ language.
#SIG |Name and Signature of Officer          Name or Number of Interpreter (if applicable)
#S Form I-200 (Rev. 09/16)
"""


def build_bm28():
    pdf = os.path.join(TMP, "bm28_i200.pdf")
    render_pdf(pdf, BM28_I200, family="sans", size=10)
    img = rasterize(pdf, 120, "bm28")[0]
    rng = np.random.default_rng(SEED + 28)
    a = np.asarray(img).astype(np.float32) * 0.92 + 8 + rng.normal(0, 4, (img.height, img.width))
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").rotate(0.9, resample=Image.BICUBIC,
                                                                              expand=True, fillcolor=200)
    b = io.BytesIO()
    im.convert("P", palette=Image.ADAPTIVE, colors=16).save(b, "PNG", optimize=True)
    m = eml('"Biggerstaff, Shauna L" <Shauna.L.Biggerstaff@ice.dhs.gov>',
            "MDOC Records Office <MDOC-RecordsOffice@michigan.gov>",
            "Wed, 29 Jan 2025 07:48:22 -0500", "I-200 / release info request - PETROVIC, Aleksandar (MDOC #998741)",
            "<DM6PR09MB4420.998741@ice.dhs.gov>")
    m.set_content("""\
Good morning,

ICE Enforcement and Removal Operations (Detroit) has an administrative warrant (Form I-200,
attached) for the inmate below, who is currently in MDOC custody:

   Aleksandar Petrović   DOB 09/14/1984   MDOC #998741   A# 201-447-836

Please advise his earliest release date / parole date, the address of record for parole or
discharge, and any aliases on file. If a detainer has not been lodged yet, one will follow.

Thank you,

Shauna L. Biggerstaff
Deportation Officer
ICE/ERO Detroit - Criminal Alien Program
Desk (313) 555-0126
""")
    m.add_attachment(b.getvalue(), maintype="image", subtype="png", filename="scan0042.png")
    return m


doc(id="bm28", fmt="eml", build=build_bm28,
    label=dict(template="ERO e-mail to state corrections with PNG scan of I-200 administrative arrest warrant",
               requestor=R("dhs-ice-ero", "ICE/ERO Detroit - Criminal Alien Program", "Shauna L. Biggerstaff",
                           "Deportation Officer", "Shauna.L.Biggerstaff@ice.dhs.gov", "(313) 555-0126"),
               subjects=[S("Aleksandar Petrović", "1984-09-14", ("a_number", "A201447836"), ("other", "998741"))],
               basis=["INA 236", "INA 287", "8 CFR 287"],
               ptype="administrative_warrant", form="I-200", attached=True, purpose="civil_immigration",
               records=["other", "address"], channel="email"))


# ---- bm29: ERO letter + I-205 warrant of removal (scanned) ------------------------------
doc(id="bm29", fmt="scanned", family="sans", size=10, dpi=200,
    pages=[(0.5, 0), (-1.6, 0)], text="""\
#C U.S. Department of Homeland Security
#c U.S. Immigration and Customs Enforcement
#c Enforcement and Removal Operations - New Orleans Field Office - Birmingham Sub-Office
#c 1 Perimeter Park South, Suite 300N, Birmingham, AL 35243
#HR
#R 6 June 2025
Alabama Law Enforcement Agency
Driver License Division - Records Unit
P.O. Box 1471, Montgomery, AL 36102
Subject: Request for driver and vehicle information - CHÁVEZ XICARÁ, Wilmer Obdulio
To whom it may concern:
The individual named below is subject to a final order of removal entered by an immigration judge and to the enclosed Warrant of Removal/Deportation (Form I-205). ERO requests his current address of record, vehicles registered in his name, and the most recent license or ID photograph, to assist in locating him.
Name: Wilmer Obdulio Chávez Xicará      DOB: 1992-12-12      A-Number: 209 318 445
This request is made under the authority of 8 U.S.C. § 1231 and 8 C.F.R. § 241.2. Please return the information to the undersigned.
#SIG Luther G. Amesbury|Luther G. Amesbury^Supervisory Detention and Deportation Officer^(205) 555-0138  |  Luther.G.Amesbury@ice.dhs.gov
Enclosure: Form I-205
#PAGE
#C U.S. Department of Homeland Security
#T WARRANT OF REMOVAL/DEPORTATION
#R File No: A209 318 445
#R Date: 03/19/2019
To any immigration officer of the United States Department of Homeland Security:
(Full name of alien) WILMER OBDULIO CHAVEZ XICARA
who entered the United States at (Place of entry) near Hidalgo, Texas on (Date of entry) on or about 05/2014
is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
Section 212(a)(6)(A)(i) of the Immigration and Nationality Act
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of:
the appropriation "Operations and Support, U.S. Immigration and Customs Enforcement"
#SIG R. Tolliver|(Signature of immigration officer)^Field Office Director, New Orleans^(Title of immigration officer)
New Orleans, Louisiana - 03/19/2019  (Date and office location)
#S Form I-205 (Rev. 08/07)
""", label=dict(template="ERO supervisory officer letter to DMV + I-205 warrant of removal (District/Magistrate Judge checkbox), scanned",
                requestor=R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - New Orleans Field Office, Birmingham Sub-Office",
                            "Luther G. Amesbury", "Supervisory Detention and Deportation Officer",
                            "Luther.G.Amesbury@ice.dhs.gov", "(205) 555-0138"),
                subjects=[S("Wilmer Obdulio Chávez Xicará", "1992-12-12", ("a_number", "A209318445"))],
                basis=["8 USC 1231", "8 CFR 241.2", "INA 212"],
                ptype="administrative_warrant", form="I-205", attached=True, purpose="civil_immigration",
                records=["address", "vehicle", "photo"], channel="mail"))


# ---- bm30: I-247A detainer to state corrections (born digital, e-mailed) ---------------
doc(id="bm30", fmt="born_digital", family="cond", size=9, text="""\
#S Transmitted via e-mail to DOC Population Records (docrecords@doc.ok.gov) 02/20/2025 14:05 CST
#C DEPARTMENT OF HOMELAND SECURITY
#T IMMIGRATION DETAINER - NOTICE OF ACTION
#2 Subject ID: 389112704|File No: A212 903 551
#2 Event #: DAL2502000123|Date: February 20, 2025
#2 TO: (Name and Title of Institution - OR Any Subsequent Law|FROM: (Department of Homeland Security Office Address)
#2 Enforcement Agency)|ICE ERO Dallas Field Office - Oklahoma City Sub-Office
#2 Oklahoma Department of Corrections|3110 W. I-240 Service Road, Oklahoma City, OK 73159
#2 Lexington Assessment & Reception Center|
#2 Name of Alien: BARRE, Abdiqani Mohamed|ODOC #: 774502
#2 Date of Birth: 10/31/1989|Nationality: SOMALIA   Gender: M
#HR
#B 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2).
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[ ] Biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] Statements made by the alien to an immigration officer and/or other reliable evidence that affirmatively indicate the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.
[ ] 2. DHS HAS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION (complete box 1 or 2).
#B IT IS THEREFORE REQUESTED THAT YOU:
Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling [ ] U.S. Immigration and Customs Enforcement (ICE) or [ ] U.S. Customs and Border Protection (CBP) at (405) 555-0159. If you cannot reach an official at the number(s) provided, please contact the Law Enforcement Support Center at: (802) 555-0100.
Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody. The alien must be served with a copy of this form for the detainer to take effect. This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.
Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
Notify this office in the event of the alien's death, hospitalization or transfer to another institution.
[ ] Consider this request for a detainer operative only upon the alien's conviction of the offense(s) listed below.
[ ] Cancel the detainer previously placed by DHS on ____________.
This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.
#2 Garrett J. Loewen, SDDO #6618|
#SIG G. J. Loewen|(Name and title of Immigration Officer)          (Signature of Immigration Officer)
#B Notice: If the alien may be the victim of a crime or you want the alien to remain in the United States for prosecution or other law enforcement purposes, including acting as a witness, please notify the ICE Law Enforcement Support Center at (802) 555-0100.
#HR
#B TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN WITHIN 48 HOURS:
Date of latest criminal charge/conviction: __________  Last offense charged/conviction: __________  This form was served upon the alien on __________, in the following manner: [ ] in person [ ] by inmate mail delivery [ ] other (please specify): __________
#S DHS Form I-247A (3/17)                                                                                    Page 1 of 3
""", label=dict(template="I-247A immigration detainer (notice of action) e-mailed to state DOC",
                requestor=R("dhs-ice-ero", "ICE ERO Dallas Field Office - Oklahoma City Sub-Office", "Garrett J. Loewen",
                            "Supervisory Detention and Deportation Officer", None, "(405) 555-0159"),
                subjects=[S("Abdiqani Mohamed Barre", "1989-10-31", ("a_number", "A212903551"), ("other", "774502"),
                            ("other", "389112704"))],
                basis=["INA 236", "INA 287", "8 CFR 287.7"],
                ptype="detainer", form="I-247A", attached=False, purpose="civil_immigration",
                records=["other"], channel="email"))


# ---- bm31: ERO email + I-247D detainer (request for voluntary action) PDF --------------
BM31_I247D = """\
#C DEPARTMENT OF HOMELAND SECURITY
#T IMMIGRATION DETAINER - REQUEST FOR VOLUNTARY ACTION
#2 Subject ID: 402277319|File No: A094 317 286
#2 Event #: BOS2505000418|Date: 05/14/2025
#2 TO: Vermont Department of Corrections|FROM: ICE ERO Boston Field Office
#2 Northwest State Correctional Facility|St. Albans Sub-Office
#2 3649 Lower Newton Road, Swanton, VT 05488|64 Gricebrook Road, St. Albans, VT 05478
Name of Alien: MONTES DE OCA VILLANUEVA, José Ángel
#2 Date of Birth: 06/05/1987   Nationality: MEXICO|Gender: M
#HR
#B 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[ ] A final order of removal against the alien;
[X] Statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.
#B 2. IT IS REQUESTED THAT YOU:
[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
[ ] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
This request arises from DHS authorities, 8 C.F.R. 287.7 and section 287 of the Immigration and Nationality Act, and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.
#2 Brianna K. Sorensen, Deportation Officer|
#SIG B. Sorensen|(Name and title of Immigration Officer)     (Signature of Immigration Officer)
#S DHS Form I-247D (5/15)
"""


def build_bm31():
    pdf = os.path.join(TMP, "bm31_i247d.pdf")
    render_pdf(pdf, BM31_I247D, family="sans", size=9.5)
    m = eml("Sorensen, Brianna K <Brianna.K.Sorensen@ice.dhs.gov>",
            "DOC - NWSCF Records <doc.nwscf.records@vermont.gov>", "Wed, 14 May 2025 15:30:48 -0400",
            "Detainer request - MONTES DE OCA VILLANUEVA, Jose Angel - DOC #00731482",
            "<CH3PR09MB7810.00731482@ice.dhs.gov>")
    m.set_content("""\
Hello,

Attached please find an I-247D detainer request for the inmate below. Please acknowledge receipt and
let us know his scheduled release date and any pending court dates.

  José Ángel Montes de Oca Villanueva
  DOB: 06/05/1987
  VT DOC #: 00731482
  A#: 094 317 286

Thank you,

Brianna K. Sorensen
Deportation Officer
ICE Enforcement and Removal Operations - St. Albans, VT
Tel (802) 555-0181 | Brianna.K.Sorensen@ice.dhs.gov
""")
    with open(pdf, "rb") as f:
        m.add_attachment(f.read(), maintype="application", subtype="pdf", filename="I-247D MONTES DE OCA.pdf")
    return m


doc(id="bm31", fmt="eml", build=build_bm31,
    label=dict(template="ERO e-mail + I-247D detainer (request for voluntary action) PDF to state corrections",
               requestor=R("dhs-ice-ero", "ICE Enforcement and Removal Operations - St. Albans, VT", "Brianna K. Sorensen",
                           "Deportation Officer", "Brianna.K.Sorensen@ice.dhs.gov", "(802) 555-0181"),
               subjects=[S("José Ángel Montes de Oca Villanueva", "1987-06-05", ("a_number", "A094317286"),
                           ("other", "00731482"), ("other", "402277319"))],
               basis=["8 CFR 287.7", "INA 287"],
               ptype="detainer", form="I-247D", attached=False, purpose="civil_immigration",
               records=["other"], channel="email"))


# ---- bm32: Montana Highway Patrol email (text) with electronically issued search warrant -
doc(id="bm32", fmt="txt", text="""\
From: Marsh, Dallin <DMarsh@mt.gov>
To: MVD Records Bureau <mvdrecords@mt.gov>
Date: Fri, 7 Mar 2025 12:06:31 -0700
Subject: SEARCH WARRANT - MVD records - Cascade Co. DC-25-0088 (fatal hit & run)

MVD Records,

Below is the text of a search warrant Judge Brandvold issued electronically this
morning under MCA 46-5-222 for registration, title and DL records on the two
registered owners of the pickup involved in last night's fatal crash on 10th Ave S
in Great Falls. The signed copy is in the court's e-filing system; I can have a
certified copy hand-carried Monday if you need one. Time matters - the vehicle
has not been located.

Please call or e-mail me with the results.

Sgt. Dallin R. Marsh #117
Montana Highway Patrol - District 4 Criminal Interdiction / Crash Investigation
Cell (406) 555-0112

============================================================================
MONTANA EIGHTH JUDICIAL DISTRICT COURT, CASCADE COUNTY

IN THE MATTER OF THE SEARCH OF RECORDS OF THE       Cause No. DC-25-0088
MONTANA MOTOR VEHICLE DIVISION                       SEARCH WARRANT

THE STATE OF MONTANA TO ANY PEACE OFFICER OF THE STATE OF MONTANA:

Application having been made by Sgt. Dallin R. Marsh, Montana Highway Patrol,
by sworn testimony communicated by electronic means pursuant to
Mont. Code Ann. § 46-5-222, and the Court finding probable cause to believe that
evidence of the offenses of Negligent Homicide, Mont. Code Ann. § 45-5-104, and
Duty to Stop at Scene of Accident Involving Death, Mont. Code Ann. § 61-7-103, is
located in the records of the Montana Motor Vehicle Division;

YOU ARE COMMANDED to search the records and databases of the Motor Vehicle
Division, Department of Justice, 302 N. Roberts, Helena, Montana, and to seize:

  1. Registration and title records for Montana plate 2-48817B (2011 Ford F-150,
     VIN ending 3A4471) and any other vehicles registered to the persons below;
  2. Driver license records, including addresses of record and photographs, for:
       (a) Cody James TWO BULLS, DOB 04/21/1999, MT DL 0421199953011
       (b) Krisztina HALÁSZ, DOB 30 Aug 1975

This warrant is issued pursuant to Mont. Code Ann. § 46-5-221 and shall be
executed within 10 days. The officer shall make a return and inventory to
this Court. The deceased, H.W.S., age 67, is not a subject of this warrant.

Electronically signed: /s/ Teresa L. Brandvold, District Judge
Date/time: 03/07/2025 11:42 a.m.
============================================================================

CONFIDENTIALITY: This message is intended only for the addressee and may contain
criminal justice information protected from disclosure.
""", label=dict(template="state patrol e-mail (saved as text) quoting electronically issued Montana search warrant",
                requestor=R("state-police", "Montana Highway Patrol", "Dallin R. Marsh", "Sergeant",
                            "DMarsh@mt.gov", "(406) 555-0112"),
                subjects=[S("Cody James Two Bulls", "1999-04-21", ("license", "0421199953011")),
                          S("Krisztina Halász", "1975-08-30")],
                basis=["MCA 46-5-222", "MCA 45-5-104", "MCA 61-7-103", "MCA 46-5-221"],
                ptype="judicial_warrant", form=None, attached=True, purpose="criminal_investigation",
                records=["vehicle", "license", "address", "photo"], channel="email"))


# =========================================================================== MAIN
def write_doc(d):
    did, fmt = d["id"], d["fmt"]
    rng = np.random.default_rng(SEED + int(did[2:]))
    if fmt == "txt":
        path = os.path.join(OUT, did + ".txt")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(d["text"])
    elif fmt == "eml":
        random.seed(SEED + int(did[2:]))          # deterministic MIME boundaries
        m = d["build"]()
        path = os.path.join(OUT, did + ".eml")
        with open(path, "wb") as f:
            f.write(m.as_bytes(policy=SMTP))
    elif fmt == "born_digital":
        path = os.path.join(OUT, did + ".pdf")
        render_pdf(path, d["text"], family=d.get("family", "sans"), size=d.get("size", 10),
                   footer=d.get("footer"))
    elif fmt == "scanned":
        src = os.path.join(TMP, did + "_src.pdf")
        render_pdf(src, d["text"], family=d.get("family", "sans"), size=d.get("size", 10))
        dpi = d.get("dpi", 200)
        imgs = rasterize(src, dpi, did)
        specs = d.get("pages", [])
        out = []
        for i, im in enumerate(imgs):
            ang, turn = specs[i] if i < len(specs) else (0.5, 0)
            out.append(degrade_scan(im, rng, ang, turn))
        path = os.path.join(OUT, did + ".pdf")
        save_scanned_pdf(path, out, dpi)
    elif fmt == "fax":
        src = os.path.join(TMP, did + "_src.pdf")
        render_pdf(src, d["text"], family=d.get("family", "sans"), size=d.get("size", 10), margin=54)
        imgs = rasterize(src, 200, did)
        n = len(imgs)
        pages = [fax_page(im, rng, d["header"].replace("{p}", str(i + 1)).replace("{n}", str(n)),
                          float(rng.uniform(-0.6, 0.6))) for i, im in enumerate(imgs)]
        path = os.path.join(OUT, did + ".tif")
        pages[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=pages[1:])
    else:
        raise ValueError(fmt)
    lab = label(did, fmt, **d["label"])
    with open(os.path.join(OUT, did + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


def main():
    os.makedirs(TMP, exist_ok=True)
    only = set(sys.argv[1:])
    for d in DOCS:
        if only and d["id"] not in only:
            continue
        p = write_doc(d)
        print(f"{d['id']:5s} {d['fmt']:12s} {os.path.getsize(p):>9,d}  {os.path.basename(p)}")


if __name__ == "__main__":
    main()
