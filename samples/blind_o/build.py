#!/usr/bin/env python3
"""Build the blind-o evaluation set (32 labelled request documents).

Independent author; never saw the document-reading program.  Deterministic:
fixed seed, fixed dates, reportlab invariant mode.

Run:  /work/main/.venv/bin/python samples/blind_o/build.py
"""
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
WORK = "/tmp/blind_o_work/build"
SEED = 4242
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_TIME = time.struct_time((2025, 10, 1, 12, 0, 0, 2, 274, 0))

for name, fn in [("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                 ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Serif", "DejaVuSerif.ttf"),
                 ("Serif-B", "DejaVuSerif-Bold.ttf"), ("Serif-I", "DejaVuSerif-Italic.ttf"),
                 ("Mono", "DejaVuSansMono.ttf"), ("Mono-B", "DejaVuSansMono-Bold.ttf"),
                 ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))

FAMILIES = {
    "sans": ("Sans", "Sans-B", "Sans-I"),
    "serif": ("Serif", "Serif-B", "Serif-I"),
    "mono": ("Mono", "Mono-B", "Mono"),
    "cond": ("Cond", "Cond-B", "Cond"),
}


# ---------------------------------------------------------------- PDF text renderer
def render_pdf(path, text, family="sans", size=10.0, margin=62):
    """Very small markup renderer.  Pages split by \\f.  Line prefixes:
    '^^' big centred bold, '^' centred bold, '~' centred, '*' bold, '>' right,
    '%' italic, '---' rule, '[box]' starts a boxed block until '[/box]'."""
    reg, bold, ital = FAMILIES[family]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("")
    lead = size * 1.32
    pages = text.strip("\n").split("\f")
    for pi, page in enumerate(pages):
        y = H - margin
        box_start = None
        for raw in textwrap.dedent(page).strip("\n").split("\n"):
            line = raw.rstrip()
            if y < margin + lead:
                c.showPage()
                y = H - margin
            if line == "[box]":
                box_start = y + lead * 0.6
                continue
            if line == "[/box]":
                if box_start is not None:
                    c.setLineWidth(0.8)
                    c.rect(margin - 6, y + lead * 0.4, W - 2 * margin + 12, box_start - y - lead * 0.4)
                box_start = None
                y -= lead * 0.5
                continue
            if line.strip() == "---":
                c.setLineWidth(1)
                c.line(margin, y + lead * 0.4, W - margin, y + lead * 0.4)
                y -= lead * 0.6
                continue
            if line == "":
                y -= lead * 0.7
                continue
            font, fs, align = reg, size, "l"
            lead_sp = len(line) - len(line.lstrip(" "))
            if line.lstrip(" ")[:1] in ("%", "*") and lead_sp:
                line = line.lstrip(" ")
            else:
                lead_sp = 0
            if line.startswith("^^"):
                font, fs, align, line = bold, size + 4, "c", line[2:].strip()
            elif line.startswith("^"):
                font, align, line = bold, "c", line[1:].strip()
            elif line.startswith("~"):
                align, line = "c", line[1:].strip()
                fs = size - 0.5
            elif line.startswith("*"):
                font, line = bold, line[1:]
            elif line.startswith(">"):
                align, line = "r", line[1:].strip()
            elif line.startswith("%"):
                font, line = ital, line[1:]
            indent = len(line) - len(line.lstrip(" ")) + lead_sp
            body = line.lstrip(" ")
            x0 = margin + indent * fs * 0.5
            width = W - margin - x0
            if pdfmetrics.stringWidth(body, font, fs) <= width:
                parts = [body]
            else:
                parts = simpleSplit(body, font, fs, width) or [""]
            for part in parts:
                if y < margin + lead:
                    c.showPage()
                    y = H - margin
                c.setFont(font, fs)
                if align == "c":
                    c.drawCentredString(W / 2, y, part)
                elif align == "r":
                    c.drawRightString(W - margin, y, part)
                else:
                    c.drawString(x0, y, part)
                y -= fs * 1.32
        c.showPage()
    c.save()


def pdf_to_images(pdf, dpi, gray=True):
    d = tempfile.mkdtemp(dir=WORK)
    args = ["pdftoppm", "-r", str(dpi)]
    if gray:
        args.append("-gray")
    subprocess.run(args + [pdf, os.path.join(d, "p")], check=True)
    files = sorted(os.listdir(d))
    ims = [Image.open(os.path.join(d, f)).copy() for f in files]
    shutil.rmtree(d)
    return ims


def make_scanned(pdf, out, rng, rotations, dpi=200, quality=42):
    """rotations: per page extra rotation in degrees (0, 90, 180, 270)."""
    ims = pdf_to_images(pdf, dpi)
    pages = []
    for i, im in enumerate(ims):
        arr = np.asarray(im.convert("L"), dtype=np.float32)
        arr = 38 + arr * 0.84                       # grey paper, lighter ink
        arr += rng.normal(0, 6.0, arr.shape)        # sensor noise
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        p = Image.fromarray(arr, "L")
        angle = float(rng.uniform(0.5, 2.0)) * (1 if rng.random() < 0.5 else -1)
        p = p.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=205)
        p = p.filter(ImageFilter.GaussianBlur(0.5))
        rot = rotations[i] if i < len(rotations) else 0
        if rot == 90:
            p = p.transpose(Image.ROTATE_90)
        elif rot == 180:
            p = p.transpose(Image.ROTATE_180)
        elif rot == 270:
            p = p.transpose(Image.ROTATE_270)
        buf = io.BytesIO()
        p.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:],
                  creationDate=FIXED_TIME, modDate=FIXED_TIME, title="scan")


def make_fax(pdf, out, rng, header_fmt, rotations=None):
    ims = pdf_to_images(pdf, 200)
    font = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 24)
    pages = []
    n = len(ims)
    for i, im in enumerate(ims):
        im = im.convert("L")
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 50], fill=255)
        d.text((40, 14), header_fmt.format(p=i + 1, n=n), font=font, fill=0)
        angle = float(rng.uniform(-0.6, 0.6))
        im = im.rotate(angle, resample=Image.BILINEAR, fillcolor=255)
        arr = np.asarray(im, dtype=np.int16)
        bw = (arr > 150).astype(np.uint8) * 255
        speck = rng.random(bw.shape) < 0.0015
        bw[speck] = 0
        p = Image.fromarray(bw, "L")
        if rotations and i < len(rotations) and rotations[i] == 180:
            p = p.transpose(Image.ROTATE_180)
        pages.append(p.convert("1", dither=Image.Dither.NONE))
    pages[0].save(out, compression="group4", dpi=(200, 200), save_all=True, append_images=pages[1:])


def pdf_bytes(text, family="sans", size=10.0):
    fd, p = tempfile.mkstemp(suffix=".pdf", dir=WORK)
    os.close(fd)
    render_pdf(p, text, family, size)
    with open(p, "rb") as f:
        b = f.read()
    os.remove(p)
    return b


def image_bytes(text, fmt="PNG", family="sans", dpi=110, quality=70):
    fd, p = tempfile.mkstemp(suffix=".pdf", dir=WORK)
    os.close(fd)
    render_pdf(p, text, family)
    ims = pdf_to_images(p, dpi)
    os.remove(p)
    im = ims[0].convert("L")
    buf = io.BytesIO()
    if fmt == "PNG":
        im.save(buf, "PNG", optimize=True)
    else:
        im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def dt(s):
    """'2025-09-09 16:22 -0400' -> aware datetime"""
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    return datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def make_email(frm, to, subject, date, body=None, html=None, cc=None, attachments=(), msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(dt(date))
    m["Message-ID"] = msgid or "<%s>" % (abs(hash(subject)) % 10**12)
    m["MIME-Version"] = "1.0"
    if body is not None:
        m.set_content(textwrap.dedent(body).strip("\n") + "\n")
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    for a in attachments:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
        else:
            fname, maintype, subtype, data = a
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


# ---------------------------------------------------------------- labels
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def R(key, agency, person, title, email=None, phone=None):
    return {"agency_key": key, "agency_name": agency, "person": person, "title": title,
            "email": email, "phone": phone}


def S(name, dob=None, **ids):
    idl = []
    for k, v in ids.items():
        for val in (v if isinstance(v, list) else [v]):
            idl.append({"type": k, "value": val})
    return {"name": name, "dob": dob, "identifiers": idl}


def label(did, fmt, template, req, subjects, basis, ptype, form, purpose, records, channel):
    return {
        "id": did, "family": "blind-o", "format": fmt, "template": template,
        "requestor": req, "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": ptype != "none",
        "purpose": purpose, "records_requested": records, "channel": channel,
    }


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ================================================================= documents
@doc
def bo01(rng):
    text = """
^^ROCHESTER POLICE DEPARTMENT
~Major Crimes Section  •  185 Exchange Boulevard  •  Rochester, New York 14614
~Telephone (585) 555-0134  •  Fax (585) 555-0135
---
>September 15, 2025

New York State Department of Motor Vehicles
Division of Field Investigation – Records Liaison
6 Empire State Plaza
Albany, NY 12228

*Re:  Search Warrant No. SW-2025-1187  —  RPD CR# 25-204417

To the Custodian of Records:

Enclosed please find a search warrant signed by the Honorable Margaret A. Delacroix, Monroe County Court Judge, directing the production of Department records for the following individual:

      NGUYEN, Tuan Minh          DOB: 07/14/1991          NYS Client ID: 784 213 905

The warrant covers the subject's digitized license photograph(s), his license and non-driver ID application history, the residential and mailing addresses on file, and the registration and title records for any vehicle in his name, including NY registration HJK-4471. These records are sought in connection with an armed robbery that occurred on August 29, 2025 on Lyell Avenue. The victim in this matter, Ms. Sandra Oyelaran, is not a subject of the warrant and her records are not requested.

Please direct certified copies to me at the address above, or by secure e-mail to daniel.kowalczyk@cityofrochester.gov. Kindly note that the warrant must be executed within ten days of its date.

Thank you for your prompt assistance.

Respectfully,

%/s/ Daniel P. Kowalczyk
Investigator Daniel P. Kowalczyk, #2291
Major Crimes Section, Rochester Police Department
(585) 555-0134

cc:  ADA Lorna Bessemer, Monroe County District Attorney's Office
Encl. (1)
\f
~STATE OF NEW YORK
^COUNTY COURT  :  COUNTY OF MONROE
>SW No. 2025-1187

^^SEARCH WARRANT

^IN THE NAME OF THE PEOPLE OF THE STATE OF NEW YORK

TO ANY POLICE OFFICER OF THE CITY OF ROCHESTER OR ANY POLICE OFFICER OF THE STATE OF NEW YORK:

Proof by affidavit having been made this day before me by Investigator Daniel P. Kowalczyk, Shield No. 2291, of the Rochester Police Department, that there is reasonable cause to believe that certain property, to wit:

  (a) all digitized photographs, driver license and non-driver identification applications, and the address history associated with NYS DMV Client ID 784213905, issued to TUAN MINH NGUYEN, date of birth July 14, 1991;

  (b) all registration, title and insurance records for any vehicle registered to the said Tuan Minh Nguyen, including New York registration HJK-4471;

constitutes evidence or tends to demonstrate that an offense was committed, to wit: Robbery in the First Degree, Penal Law § 160.15, and that such property may be found in the records of the New York State Department of Motor Vehicles, 6 Empire State Plaza, Albany, New York.

YOU ARE THEREFORE COMMANDED, between the hours of 6:00 a.m. and 9:00 p.m., to make a search of the records of the New York State Department of Motor Vehicles for the property above described, and if you find such property or any part thereof, to bring it before this Court without unnecessary delay.

This warrant is issued pursuant to CPL 690.10(4) and must be executed not more than ten (10) days after the date of issuance. CPL 690.30(1).

Dated: Rochester, New York
       September 12, 2025



                                                    ____________________________________
                                                    HON. MARGARET A. DELACROIX
                                                    Judge of the County Court, Monroe County
"""
    render_pdf(f"{OUT}/bo01.pdf", text, "serif", 10.5)
    return label("bo01", "born_digital", "NY county court search warrant with RPD investigator cover letter",
                 R("local-police", "Rochester Police Department", "Daniel P. Kowalczyk", "Investigator",
                   "daniel.kowalczyk@cityofrochester.gov", "(585) 555-0134"),
                 [S("Tuan Minh Nguyen", "1991-07-14", license="784213905")],
                 ["NY PL 160.15", "NY CPL 690.10", "NY CPL 690.30"],
                 "judicial_warrant", None, "criminal_investigation",
                 ["photo", "license", "address", "vehicle"], "mail")


@doc
def bo02(rng):
    order = """
^IN THE COURT OF COMMON PLEAS OF ALLEGHENY COUNTY, PENNSYLVANIA
^CRIMINAL DIVISION
---
IN RE: APPLICATION OF THE COMMONWEALTH          :
OF PENNSYLVANIA FOR AN ORDER DIRECTING          :     Misc. No. CP-02-MD-0004471-2025
THE PRODUCTION OF RECORDS                       :
                                                :     FILED UNDER SEAL
---

^APPLICATION FOR ORDER DIRECTING PRODUCTION OF RECORDS

AND NOW comes the Commonwealth of Pennsylvania, by its attorneys, the Office of the District Attorney of Allegheny County, through Rebecca A. Szymanski, Assistant District Attorney, and respectfully represents as follows:

1.  The Office of the District Attorney, with Detective Alan Mrozek of the County Detectives Bureau, is investigating the filing of fraudulent unemployment compensation claims in violation of 18 Pa.C.S. § 3922 (Theft by Deception) and 43 P.S. § 871 (false statements or representations to obtain compensation).

2.  The investigation has developed information that KATERYNA BONDARENKO (date of birth 04/22/1986) and DMYTRO VOLKOV (date of birth 11/02/1983) filed or caused to be filed claims for benefits in the names of other persons, using addresses and bank accounts under their control.

3.  Records maintained by the Pennsylvania Department of Labor & Industry concerning these persons are confidential but may be disclosed to a law enforcement agency pursuant to an order of court, consistent with 20 C.F.R. Part 603.

4.  The records sought are relevant and material to the ongoing criminal investigation.

WHEREFORE, the Commonwealth respectfully requests that this Honorable Court enter the attached Order.

                                          Respectfully submitted,

                                          %/s/ Rebecca A. Szymanski
                                          Rebecca A. Szymanski, Assistant District Attorney
                                          PA I.D. No. 312456
\f
^IN THE COURT OF COMMON PLEAS OF ALLEGHENY COUNTY, PENNSYLVANIA
^CRIMINAL DIVISION
---
IN RE: APPLICATION OF THE COMMONWEALTH          :
OF PENNSYLVANIA FOR AN ORDER DIRECTING          :     Misc. No. CP-02-MD-0004471-2025
THE PRODUCTION OF RECORDS                       :
---

^^ORDER OF COURT

AND NOW, to wit, this 9th day of September, 2025, upon consideration of the foregoing Application, it is hereby ORDERED, ADJUDGED and DECREED that the Application is GRANTED, and the Pennsylvania Department of Labor & Industry, Office of Unemployment Compensation Benefits, shall, within twenty-one (21) days of service of this Order, produce to the Office of the District Attorney of Allegheny County the following records concerning KATERYNA BONDARENKO (DOB 04/22/1986) and DMYTRO VOLKOV (DOB 11/02/1983):

  (a) all initial and continued claims for unemployment compensation filed on or after January 1, 2023, including the Internet Protocol addresses, telephone numbers and bank routing and account numbers used;
  (b) payment histories for all such claims;
  (c) quarterly wage records reported by any employer from January 1, 2022 to the present; and
  (d) all residential and mailing addresses on file.

It is FURTHER ORDERED that this Order and the Application shall be filed under seal and that the Department shall not disclose the existence of this Order to the persons named herein.

                                          BY THE COURT:


                                          ______________________________, J.
                                          Thomas E. Marchetti
"""
    pdf = pdf_bytes(order, "serif", 10.5)
    body = """
    Good afternoon,

    Attached is a signed Order of the Court of Common Pleas of Allegheny County (Judge Marchetti) directing the Department of Labor & Industry to produce unemployment compensation records for two individuals in an ongoing theft-by-deception investigation. The Commonwealth's application is in front of the Order so you can see the basis.

    In short, for each of the following:
      - KATERYNA BONDARENKO, DOB 04/22/1986, SSN ending 7731
      - DMYTRO VOLKOV, DOB 11/02/1983, SSN ending 0954

    we need
      * all UC claim applications (initial and continued) filed since 01/01/2023, with the IP addresses and bank routing/account data used;
      * payment histories;
      * quarterly wage records reported by any employer, 2022 to present;
      * every mailing and residential address on file.

    The Order allows 21 days. Certified copies on disc or through your secure file transfer site are fine. Please call me if anything in the Order is unclear.

    Thanks,
    Rebecca

    Rebecca A. Szymanski
    Assistant District Attorney | Economic Crimes Unit
    Office of the District Attorney of Allegheny County
    436 Grant Street, Pittsburgh, PA 15219
    O: 412-555-0162 | rszymanski@alleghenycounty.us

    CONFIDENTIALITY NOTICE: This e-mail and any attachment are intended only for the addressee and may contain information that is privileged, confidential or sealed by court order. If you received it in error, please notify the sender and delete it.
    """
    m = make_email('"Szymanski, Rebecca" <rszymanski@alleghenycounty.us>',
                   "UC Records Liaison <ra-li-ucrecords@pa.gov>",
                   "SEALED Court Order - Records Production - CP-02-MD-0004471-2025 (Bondarenko/Volkov)",
                   "2025-09-09 16:22 -0400", body=body,
                   attachments=[("CP-02-MD-0004471-2025 Application and Order.pdf", "application", "pdf", pdf)],
                   msgid="<20250909162210.4471@alleghenycounty.us>")
    with open(f"{OUT}/bo02.eml", "wb") as f:
        f.write(bytes(m))
    return label("bo02", "eml", "PA ADA email with Common Pleas application + order (PDF)",
                 R("district-attorney", "Office of the District Attorney of Allegheny County", "Rebecca A. Szymanski",
                   "Assistant District Attorney", "rszymanski@alleghenycounty.us", "412-555-0162"),
                 [S("Kateryna Bondarenko", "1986-04-22", ssn_last4="7731"),
                  S("Dmytro Volkov", "1983-11-02", ssn_last4="0954")],
                 ["18 PaCS 3922", "43 PS 871", "20 CFR 603"],
                 "court_order", None, "criminal_investigation",
                 ["claims", "benefits", "wages", "employment", "address", "phone", "other"], "email")


@doc
def bo03(rng):
    text = """
THE STATE OF OHIO,  )
FRANKLIN COUNTY,    )  ss:
^COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO
^^GRAND JURY SUBPOENA DUCES TECUM
>G.J. No. 2025-GJ-1942

TO:  Custodian of Records
     Ohio Department of Public Safety, Bureau of Motor Vehicles
     1970 West Broad Street, Columbus, Ohio 43223

YOU ARE HEREBY COMMANDED to appear before the Grand Jury of Franklin County, Ohio, at the Franklin County Hall of Justice, 373 South High Street, 14th Floor, Columbus, Ohio, on the 7th day of October, 2025, at 9:00 o'clock a.m., then and there to testify and give evidence in a matter pending before said Grand Jury, and not to depart without leave; and you are further commanded to bring with you:

Certified copies of all driver license and identification card records, applications, source documents presented at issuance, digital photographs and signatures, and all current and prior addresses for:

     FARAH, Abdirahman Hassan        DOB 09 Feb 1994        OL No. SR482913
     WARSAME, Hodan Ali             DOB 30 May 1997        OL No. ST119046

This subpoena is issued pursuant to R.C. 2939.12 and Crim.R. 17 in connection with an investigation of identity fraud, R.C. 2913.49. Proceedings before the Grand Jury are secret under Crim.R. 6(E); you are requested not to disclose the existence of this subpoena.

In lieu of personal appearance, the records may be delivered to the Assistant Prosecuting Attorney named below together with a completed records custodian affidavit.

WITNESS my hand and the seal of said Court this 17th day of September, 2025.

                                     COLLEEN T. HARROW, Clerk of Courts

                                     By ________________________ Deputy Clerk

Requested by:  Jamal K. Whitfield (0089123), Assistant Prosecuting Attorney
               Franklin County Prosecuting Attorney's Office
               373 S. High St., 14th Fl., Columbus, OH 43215   Tel. (614) 555-0147
\f
^RETURN OF SERVICE

Received this subpoena on September 18, 2025, and on September 19, 2025 served the same by delivering a true copy to the Custodian of Records, Bureau of Motor Vehicles, 1970 West Broad Street, Columbus, Ohio.

Fees:  Service $ 8.00   Mileage $ 2.40   Total $ 10.40

                                     FRANKLIN COUNTY SHERIFF
                                     By ________________________ Deputy  #4471
"""
    pdf = f"{WORK}/bo03.pdf"
    render_pdf(pdf, text, "serif", 10.5)
    make_scanned(pdf, f"{OUT}/bo03.pdf", rng, [0, 180])
    return label("bo03", "scanned", "Ohio county grand jury subpoena duces tecum, clerk-signed, APA requested; return page upside down",
                 R("district-attorney", "Franklin County Prosecuting Attorney's Office", "Jamal K. Whitfield",
                   "Assistant Prosecuting Attorney", None, "(614) 555-0147"),
                 [S("Abdirahman Hassan Farah", "1994-02-09", license="SR482913"),
                  S("Hodan Ali Warsame", "1997-05-30", license="ST119046")],
                 ["ORC 2939.12", "OH CrimP 17", "ORC 2913.49", "OH CrimP 6"],
                 "grand_jury_subpoena", None, "criminal_investigation",
                 ["license", "identity_documents", "photo", "address"], "mail")


@doc
def bo04(rng):
    text = """
^^COMMONWEALTH OF MASSACHUSETTS
^DEPARTMENT OF STATE POLICE
~Troop C – Detective Unit, Worcester County District Attorney's Office
~225 Main Street, Worcester, MA 01608   •   (508) 555-0119

>22 August 2025

Registry of Motor Vehicles
Attn: Law Enforcement Records Unit
25 Newport Avenue Extension
Quincy, MA 02171

Re:  Search warrant for RMV records — MSP Case 2025-CPAC-0417

Dear Records Officer,

Attached is a search warrant issued out of the Worcester Division of the District Court Department for records held by the Registry relating to LUIS ALBERTO DE LA CRUZ IBÁÑEZ (DOB 03 Dec 1988, MA license S48213907). The warrant directs production of his license application file, all photographs and signature images, his address history, and the registration and title records for any vehicle on which he is listed as owner or lessee.

This matter concerns an assault by means of a dangerous weapon that occurred in Worcester on August 9, 2025. The victim, Thomas Greer, and the witness Angela Fitzpatrick are not subjects of the warrant.

Records may be returned to me at the address above or e-mailed to kevin.brennan@pol.state.ma.us.

Very truly yours,

%Kevin J. Brennan
Trooper Kevin J. Brennan #4188
Massachusetts State Police, CPAC Unit – Worcester County
\f
^THE TRIAL COURT OF MASSACHUSETTS
^DISTRICT COURT DEPARTMENT
>Worcester Division          Docket No. 2562SW000211

^^SEARCH WARRANT
~G.L. c. 276, § 1

TO THE SHERIFFS OF OUR SEVERAL COUNTIES OR THEIR DEPUTIES, ANY STATE POLICE OFFICER, OR ANY CONSTABLE OR POLICE OFFICER OF ANY CITY OR TOWN, WITHIN OUR COMMONWEALTH:

Proof by affidavit, which is hereby incorporated by reference, has been made this day and I find that there is PROBABLE CAUSE to believe that the property described below:

   ☐ has been stolen, embezzled, or obtained by false pretenses.
   ☐ is intended for use or has been used as the means of committing a crime.
   ☐ has been concealed to prevent a crime from being discovered.
   ☐ is unlawfully possessed or concealed for an unlawful purpose.
   ☒ is evidence of a crime or is evidence of criminal activity, to wit: assault and battery by means of a dangerous weapon, G.L. c. 265, § 15A.

YOU ARE THEREFORE COMMANDED within a reasonable time and in no event later than seven days from the issuance of this search warrant to search for the following property:

   The complete Registry of Motor Vehicles file for LUIS ALBERTO DE LA CRUZ IBÁÑEZ, date of birth December 3, 1988, Massachusetts license number S48213907, including all license applications, digital photographs and signature images, residential and mailing address history, and registration and title records for any vehicle on which he appears as owner or lessee,

at:  Registry of Motor Vehicles, 25 Newport Avenue Extension, Quincy, Massachusetts,

and if you find any such property, you are commanded to bring it, and a return of this warrant, before the Worcester Division of the District Court Department.

Date Issued: 08/21/2025


                                   __________________________________________
                                   Signature of Justice, Clerk-Magistrate or Assistant Clerk
                                   Patricia M. Dunleavy, Assistant Clerk-Magistrate

First Justice: Hon. Robert A. Cyr
"""
    render_pdf(f"{OUT}/bo04.pdf", text, "sans", 10.0)
    return label("bo04", "born_digital", "Massachusetts District Court search warrant (clerk-magistrate) + MSP trooper letter",
                 R("state-police", "Massachusetts State Police", "Kevin J. Brennan", "Trooper",
                   "kevin.brennan@pol.state.ma.us", "(508) 555-0119"),
                 [S("Luis Alberto de la Cruz Ibáñez", "1988-12-03", license="S48213907")],
                 ["MGL 276-1", "MGL 265-15A"],
                 "judicial_warrant", None, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "mail")


@doc
def bo05(rng):
    warrant = """
>FORM DC-339 (MASTER, PAGE ONE OF TWO) 07/23
^^SEARCH WARRANT
^COMMONWEALTH OF VIRGINIA          VA. CODE § 19.2-56
>File No. 25-SW-03391

Fairfax County General District Court / Magistrate's Office

TO ANY POLICE OFFICER:

You are hereby commanded in the name of the Commonwealth to forthwith search the following place, person or thing, either in day or night:

   Records of the Virginia Department of Motor Vehicles, 2300 West Broad Street, Richmond, Virginia 23220, relating to:
     (1) MARYAM YUSUF ABDI, DOB 01/17/1990, DMV customer number T62-18-4471;
     (2) GÓMEZ SALINAS, Roberto, DOB 08/05/1979.

for the following property, objects and/or persons:

   All customer transaction records, license and identification card applications and the documents presented with them, digital photographs, address change history, and vehicle title and registration records, for the period January 1, 2023 to the present.

You are further commanded to seize said property, objects and/or persons if they be found and to produce before the Fairfax County Circuit Court an inventory of all property, objects and/or persons seized.

This SEARCH WARRANT is issued in relation to an offense substantially described as follows:
   Grand larceny, Va. Code § 18.2-95, and identity theft, Va. Code § 18.2-186.3.

I, the undersigned, have found probable cause to believe that the property or person constitutes evidence of the crime identified herein, based on the statements in the attached affidavit sworn to by Detective Amanda R. Holloway.

September 3, 2025  2:41 PM
DATE AND TIME

                                      ________________________________
                                      C. TRAN, MAGISTRATE
"""
    pdf = pdf_bytes(warrant, "cond", 10.0)
    body = """
    Hello DMV LE Liaison team,

    Please see the attached search warrant (Fairfax County, File 25-SW-03391) for DMV records on two suspects in a grand larceny / identity theft case we are working:

      1) Maryam Yusuf ABDI, DOB 01/17/1990, customer # T62-18-4471
      2) Roberto GÓMEZ SALINAS, DOB 08/05/1979

    We're asking for the complete transaction history since 1/1/2023, copies of the license/ID applications and the documents submitted with them, all photos, address changes, and any vehicle titles/registrations. An electronic return to this address is fine; the original warrant will be returned to the Circuit Court with the inventory.

    Thank you,

    Det. Amanda R. Holloway
    Financial Crimes Section, Criminal Investigations Bureau
    Fairfax County Police Department
    4100 Chain Bridge Road, Fairfax, VA 22030
    Desk: 703-555-0176
    """
    html = ("<html><body><p>Hello DMV LE Liaison team,</p><p>Please see the attached search warrant "
            "(Fairfax County, File 25-SW-03391) for DMV records on two suspects in a grand larceny / identity theft case we are working:</p>"
            "<ol><li>Maryam Yusuf ABDI, DOB 01/17/1990, customer # T62-18-4471</li>"
            "<li>Roberto G&Oacute;MEZ SALINAS, DOB 08/05/1979</li></ol>"
            "<p>We're asking for the complete transaction history since 1/1/2023, copies of the license/ID applications and the documents "
            "submitted with them, all photos, address changes, and any vehicle titles/registrations. An electronic return to this address is fine; "
            "the original warrant will be returned to the Circuit Court with the inventory.</p>"
            "<p>Thank you,</p><p><b>Det. Amanda R. Holloway</b><br>Financial Crimes Section, Criminal Investigations Bureau<br>"
            "Fairfax County Police Department<br>4100 Chain Bridge Road, Fairfax, VA 22030<br>Desk: 703-555-0176</p></body></html>")
    m = make_email("Holloway, Amanda R. <amanda.holloway@fairfaxcounty.gov>",
                   "DMV Law Enforcement Liaison <le.liaison@dmv.virginia.gov>",
                   "Search Warrant 25-SW-03391 - DMV records (ABDI / GOMEZ SALINAS)",
                   "2025-09-04 08:05 -0400", body=body, html=html,
                   attachments=[("25-SW-03391_signed.pdf", "application", "pdf", pdf)],
                   msgid="<a1b2c3.25SW03391@fairfaxcounty.gov>")
    with open(f"{OUT}/bo05.eml", "wb") as f:
        f.write(bytes(m))
    return label("bo05", "eml", "Fairfax PD detective email (multipart/alternative) with Virginia DC-339 search warrant PDF",
                 R("local-police", "Fairfax County Police Department", "Amanda R. Holloway", "Detective",
                   "amanda.holloway@fairfaxcounty.gov", "703-555-0176"),
                 [S("Maryam Yusuf Abdi", "1990-01-17", license="T62184471"),
                  S("Roberto Gómez Salinas", "1979-08-05")],
                 ["VA Code 19.2-56", "VA Code 18.2-95", "VA Code 18.2-186.3"],
                 "judicial_warrant", "DC-339", "criminal_investigation",
                 ["identity_documents", "license", "photo", "address", "vehicle", "other"], "email")


@doc
def bo06(rng):
    text = """
^^FAX TRANSMITTAL
^OFFICE OF THE DISTRICT ATTORNEY — 10th PROSECUTORIAL DISTRICT (WAKE COUNTY)
~300 S. Salisbury Street, Raleigh, NC 27601   Tel 919-555-0187   Fax 919-555-0188

DATE:     Sept. 24, 2025
TO:       NCDMV Custodian of Records / Legal Section           FAX: 919-555-0102
FROM:     Charlotte M. Pruitt, Assistant District Attorney
PAGES:    3 (including cover)
RE:       State v. DeShawn Terrell McCray, 24 CRS 012345

Message:
Attached is a subpoena for certified DMV records for trial. If you can provide a certified copy with a records affidavit under seal before the trial date, a personal appearance will not be necessary. Please call my paralegal, Ms. Tonya Blackwell, at 919-555-0189 with questions.

CONFIDENTIAL: This facsimile may contain information protected by law. If you received it in error, please call us and destroy the copies.
\f
>AOC-G-100, Rev. 4/24
STATE OF NORTH CAROLINA                                          File No. 24 CRS 012345
Wake County                                      In The General Court Of Justice
                                                 ☐ District  ☒ Superior Court Division

STATE  VERSUS  DESHAWN TERRELL McCRAY

^^SUBPOENA
~G.S. 1A-1, Rule 45; 15A-801, -802; 8-59, -63

Party Requesting Subpoena:   ☒ State / Plaintiff     ☐ Defendant

TO:  Custodian of Records, N.C. Division of Motor Vehicles
     1100 New Bern Avenue, Raleigh, NC 27697

YOU ARE COMMANDED TO:
   ☒ appear and testify, in the above entitled action before the court at the place, date and time indicated below.
   ☒ produce and permit inspection and copying of the following items, at the place, date and time indicated below:
      Certified copies of the complete driver license record, license photograph, and all vehicle registration records for DESHAWN TERRELL McCRAY, date of birth 10/04/1996, N.C. driver license number 000031234567.

Name And Location Of Court:  Wake County Justice Center, Courtroom 701, 316 Fayetteville St., Raleigh, NC
Date To Appear: 10/20/2025     Time: 9:30 AM

Offense charged: Felony hit and run, G.S. 20-166(a).

Name And Address Of Applicant:  Charlotte M. Pruitt, Assistant District Attorney, 300 S. Salisbury St., Raleigh, NC 27601, 919-555-0187

Date: 09/23/2025                         Signature: ________________________
                                         ☒ Deputy CSC  ☐ Assistant CSC  ☐ Clerk Of Superior Court
                                         L. Hargrove
\f
^NOTE TO PERSONS SERVED WITH A SUBPOENA

You should read the following provisions of Rule 45 of the North Carolina Rules of Civil Procedure, which apply to subpoenas in criminal cases under G.S. 15A-801 and 15A-802.

(c) Protection Of Persons Subject To Subpoena. (1) Avoid undue burden or expense. — A party or an attorney responsible for the issuance and service of a subpoena shall take reasonable steps to avoid imposing an undue burden or expense on a person subject to the subpoena...

If you are subpoenaed only to produce public records, you may comply by mailing or delivering certified copies with an affidavit of the custodian, as permitted by G.S. 8-59 and G.S. 8-63.

You may object in writing within 10 days of service. A person who fails without adequate cause to obey a subpoena may be held in contempt of court.
"""
    pdf = f"{WORK}/bo06.pdf"
    render_pdf(pdf, text, "sans", 10.0)
    make_fax(pdf, f"{OUT}/bo06.tif", rng, "SEP-24-2025 11:52   WAKE CO DA OFFICE   919 555 0188    P.{p:02d}/{n:02d}")
    return label("bo06", "fax", "NC AOC-G-100 criminal trial subpoena (deputy CSC) with ADA fax cover sheet",
                 R("district-attorney", "Office of the District Attorney, 10th Prosecutorial District (Wake County)",
                   "Charlotte M. Pruitt", "Assistant District Attorney", None, "919-555-0187"),
                 [S("DeShawn Terrell McCray", "1996-10-04", license="000031234567")],
                 ["NC CivP 45", "NCGS 15A-801", "NCGS 15A-802", "NCGS 8-59", "NCGS 8-63", "NCGS 20-166"],
                 "court_subpoena", "AOC-G-100", "criminal_investigation",
                 ["license", "photo", "vehicle"], "fax")


@doc
def bo07(rng):
    text = """
^^HENNEPIN COUNTY SHERIFF'S OFFICE
~Investigations Division — Financial Crimes Unit
~350 South 5th Street, Room 6, Minneapolis, MN 55415  |  612-555-0131
---
September 30, 2025

Minnesota Department of Employment and Economic Development
Unemployment Insurance Program — Legal/Data Practices
180 East Fifth Street, Suite 1200
St. Paul, MN 55101

RE:  Search Warrant, Hennepin County Case No. 27-SW-25-4412 (HCSO ICR 25-031877)

Please find enclosed a search warrant signed by the Honorable Rachel S. Okonkwo, District Court Judge, for unemployment insurance records relating to PHAM, Lan Thi and WHITAKER, Jerome Alan. I understand that DEED data on applicants and employers is private under state law but may be released as the warrant directs.

Please send the records by secure e-mail to erik.lindqvist@hennepin.us or call me with any questions.

Sincerely,

%Erik L. Lindqvist
Det. Sgt. Erik L. Lindqvist
Hennepin County Sheriff's Office
Desk 612-555-0131
\f
STATE OF MINNESOTA                                                DISTRICT COURT
COUNTY OF HENNEPIN                                    FOURTH JUDICIAL DISTRICT
>Case No. 27-SW-25-4412

^^SEARCH WARRANT

TO THE SHERIFF OR ANY PEACE OFFICER OF HENNEPIN COUNTY, OR ANY PEACE OFFICER OF THE STATE OF MINNESOTA:

WHEREAS, Detective Sergeant Erik L. Lindqvist has this day on oath made application to this Court for the issuance of a search warrant to search the records described below, and the Court finds that probable cause exists for the issuance of a search warrant upon the following grounds (Minn. Stat. § 626.07):

   ☐ The property above-described was stolen or embezzled.
   ☐ The property above-described was used as a means of committing a crime.
   ☒ The property above-described constitutes evidence which tends to show a crime has been committed, or tends to show that a particular person has committed a crime, to wit: Theft, Minn. Stat. § 609.52, subd. 2(a)(3).

The Court further finds that the data requested are classified as private data on individuals under Minn. Stat. § 268.19 and that disclosure is authorized by this warrant.

NOW, THEREFORE, YOU ARE COMMANDED to search the records of the Minnesota Department of Employment and Economic Development, Unemployment Insurance Program, 180 East Fifth Street, St. Paul, Minnesota, for the following:

   All unemployment insurance applications, weekly requests for payment, payment histories, wage detail records, employer separation information, and all addresses, telephone numbers, e-mail addresses and log-in IP addresses associated with:

     LAN THI PHAM, DOB 09/09/1985, SSN XXX-XX-4402
     JEROME ALAN WHITAKER, DOB 03/21/1979, SSN XXX-XX-6618

for the period January 1, 2023 through the date of this warrant, and to seize and keep the same in custody until dealt with according to law. This warrant is issued under Minn. Stat. §§ 626.05 to 626.08 and may be served by facsimile or electronic transmission.

Dated:  September 29, 2025   Time: 11:15 a.m.

                                              BY THE COURT:


                                              ______________________________________
                                              Hon. Rachel S. Okonkwo
                                              Judge of District Court
"""
    render_pdf(f"{OUT}/bo07.pdf", text, "sans", 10.0)
    return label("bo07", "born_digital", "Minnesota district court search warrant for UI data + sheriff's detective cover letter",
                 R("sheriff", "Hennepin County Sheriff's Office", "Erik L. Lindqvist", "Detective Sergeant",
                   "erik.lindqvist@hennepin.us", "612-555-0131"),
                 [S("Lan Thi Pham", "1985-09-09", ssn_last4="4402"),
                  S("Jerome Alan Whitaker", "1979-03-21", ssn_last4="6618")],
                 ["MN Stat 626.07", "MN Stat 609.52", "MN Stat 268.19", "MN Stat 626.05", "MN Stat 626.08"],
                 "judicial_warrant", None, "criminal_investigation",
                 ["claims", "benefits", "wages", "employment", "address", "phone", "email", "other"], "mail")


@doc
def bo08(rng):
    text = """
STATE OF WISCONSIN               CIRCUIT COURT               MILWAUKEE COUNTY
>Case No. 2025SW001203

^^SEARCH WARRANT

THE STATE OF WISCONSIN,
To the Sheriff or any Constable or any Peace Officer of said County:

Whereas, Detective Marcus Velasquez of the Milwaukee Police Department has this day complained in writing, on oath, to the undersigned, a Judge of the Circuit Court for Milwaukee County, that on the 14th day of July, 2025, in the City and County of Milwaukee, there are now located and concealed certain things, to wit:

   The driver license and identification card file, digital photographs, address history, and vehicle title and registration records maintained by the Wisconsin Department of Transportation, Division of Motor Vehicles, 4802 Sheboygan Avenue, Madison, Wisconsin, for BOGDAN PETROVIĆ, date of birth June 18, 1992, Wisconsin driver license P312-4418-9205-03;

which things may constitute evidence of a crime, to wit: Operating a motor vehicle without the owner's consent, contrary to Wis. Stat. § 943.23, and Identity theft, contrary to Wis. Stat. § 943.201.

NOW, THEREFORE, in the name of the State of Wisconsin, you are commanded forthwith to search the said records for said things, and if the same or any portion thereof are found, to bring the same and return this warrant within 48 hours before the said Court, to be dealt with according to law. This warrant is issued pursuant to Wis. Stat. § 968.12 and shall be executed within five days as required by Wis. Stat. § 968.15.

Dated this 16th day of July, 2025.

                                              BY THE COURT:

                                              ________________________________
                                              Circuit Court Judge, Branch 31
                                              Hon. Stephanie R. Kowalski

Affiant contact: Det. Marcus Velasquez, MPD District 2 Investigations, 414-555-0158
\f
^RETURN AND INVENTORY

I hereby certify that by virtue of the within warrant I searched the named records and found the following things: ________________________________________________

and have the same now in my possession subject to the direction of the Court.

Dated: _______________                  ________________________________
                                        Detective, Milwaukee Police Department
"""
    pdf = f"{WORK}/bo08.pdf"
    render_pdf(pdf, text, "serif", 10.5)
    make_scanned(pdf, f"{OUT}/bo08.pdf", rng, [0, 90])
    return label("bo08", "scanned", "Wisconsin circuit court search warrant for DMV records (MPD affiant), return page sideways",
                 R("local-police", "Milwaukee Police Department", "Marcus Velasquez", "Detective", None, "414-555-0158"),
                 [S("Bogdan Petrović", "1992-06-18", license="P3124418920503")],
                 ["WI Stat 943.23", "WI Stat 943.201", "WI Stat 968.12", "WI Stat 968.15"],
                 "judicial_warrant", None, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "mail")


@doc
def bo09(rng):
    text = """
^^KENTUCKY STATE POLICE
~Post 12 – Frankfort   •   1250 Louisville Road, Frankfort, KY 40601
~Criminal Investigations Section   •   Phone (502) 555-0121   •   Fax (502) 555-0122

September 8, 2025

Colorado Department of Revenue
Division of Motor Vehicles – Investigations / Records
1881 Pierce Street
Lakewood, CO 80214

Re: Request for driver and vehicle information — KSP Case No. 12-25-1093

To whom it may concern,

The Kentucky State Police holds the attached arrest warrant issued by the Franklin District Court for MAREK ZIELIŃSKI, date of birth 4 March 1987, charging theft by unlawful taking and fraudulent use of a credit card. We have information that Mr. Zieliński may have relocated to the Denver area and obtained a Colorado license this year.

We respectfully request his current Colorado address of record, the most recent license photograph, his Colorado license number and status, and any vehicle registered in his name, so that the warrant can be served. We make this request under 18 U.S.C. § 2721(b)(1), and we understand that your agency may release personal identifying information in response to a court-issued warrant under C.R.S. § 24-74-103.

Please reply by fax to (502) 555-0122 or by e-mail to ryan.gabbard@ky.gov.

Respectfully,

%Ryan T. Gabbard
Detective Sergeant Ryan T. Gabbard
Kentucky State Police, Post 12
\f
^COMMONWEALTH OF KENTUCKY
^FRANKLIN DISTRICT COURT
>Case No. 25-F-00318

^^WARRANT OF ARREST

THE COMMONWEALTH OF KENTUCKY
TO ALL PEACE OFFICERS IN THE COMMONWEALTH:

You are commanded to arrest MAREK ZIELIŃSKI, white male, date of birth 03/04/1987, last known address 411 Holmes Street, Frankfort, KY, and bring him before the Franklin District Court, or if he be arrested in another county, before the nearest judge or trial commissioner, to answer a complaint made by Det. Sgt. Ryan T. Gabbard, Kentucky State Police, charging the offense(s) of:

   1.  Theft by Unlawful Taking ($1,000 or more), KRS 514.030 — Class D Felony
   2.  Fraudulent Use of a Credit Card, KRS 434.650 — Class D Felony

Probable cause having been found upon sworn complaint, this warrant is issued pursuant to RCr 2.04.

Bond:  $ 10,000 cash.

Issued at Frankfort, Kentucky, this 2nd day of September, 2025.

                                         ______________________________
                                         JUDGE, FRANKLIN DISTRICT COURT
                                         Hon. Elaine B. Caudill
"""
    pdf = f"{WORK}/bo09.pdf"
    render_pdf(pdf, text, "sans", 10.0)
    make_fax(pdf, f"{OUT}/bo09.tif", rng, "09/08/2025 14:03  KSP POST 12 FRANKFORT  5025550122  #0417  P.{p}/{n}")
    return label("bo09", "fax", "Kentucky State Police letter to Colorado DMV with Kentucky district court arrest warrant",
                 R("state-police", "Kentucky State Police", "Ryan T. Gabbard", "Detective Sergeant",
                   "ryan.gabbard@ky.gov", "(502) 555-0121"),
                 [S("Marek Zieliński", "1987-03-04")],
                 ["18 USC 2721", "CRS 24-74-103", "KRS 514.030", "KRS 434.650", "KY RCr 2.04"],
                 "judicial_warrant", None, "criminal_investigation",
                 ["address", "photo", "license", "vehicle"], "fax")


@doc
def bo10(rng):
    warrant = """
>AO 442 (Rev. 11/11) Arrest Warrant
^UNITED STATES DISTRICT COURT
~for the
^District of Nebraska

United States of America
          v.                                        Case No. 8:25-CR-00211-BCB
FAISAL ABDULLAHI NUR
          Defendant

^^ARREST WARRANT

To:  Any authorized law enforcement officer

YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay
(name of person to be arrested)  FAISAL ABDULLAHI NUR,
who is accused of an offense or violation based on the following document filed with the court:

☒ Indictment  ☐ Superseding Indictment  ☐ Information  ☐ Complaint  ☐ Probation Violation Petition  ☐ Order of the Court

This offense is briefly described as follows:
   Conspiracy to distribute and possess with intent to distribute 500 grams or more of methamphetamine, in violation of 21 U.S.C. §§ 846 and 841(a)(1).

Date:  06/10/2025                       s/ K. Lindgren, Deputy Clerk
                                        Issuing officer's signature
City and state:  Omaha, Nebraska        Joan R. Felder, Clerk of Court
                                        Printed name and title
---
^Return
This warrant was received on (date) ________, and the person was arrested on (date) ________ at (city and state) ______________.
"""
    png = image_bytes(warrant, "PNG", "sans", dpi=120)
    body = """
    Good morning,

    The USMS Colorado Violent Offender Task Force is looking for a federal fugitive out of the District of Nebraska (warrant attached). We believe he is living in Aurora.

      NUR, Faisal Abdullahi   DOB 11/30/1993   USMS #59813-047

    Could you check DMV for: current residential/mailing address, any vehicle registered to him (plate, make/model), the most recent license or ID photo, and any phone number he gave on an application? TFO Det. Chris Alvarado (Aurora PD) is working this with me — either of us can receive the results.

    Thanks in advance,

    Kristin A. Morales
    Deputy U.S. Marshal
    U.S. Marshals Service | District of Colorado
    Colorado Violent Offender Task Force
    Cell: 303-555-0150
    kristin.morales@usdoj.gov
    """
    m = make_email("Morales, Kristin (USMS) <kristin.morales@usdoj.gov>",
                   "DMV Investigations <dor_dmv_investigations@state.co.us>",
                   "Fugitive locate - NUR, Faisal A. - AO 442 attached",
                   "2025-09-17 07:48 -0600", body=body,
                   cc="Alvarado, Christopher <calvarado@auroragov.org>",
                   attachments=[("NUR_warrant.png", "image", "png", png)],
                   msgid="<CH2PR09MB0001.usms@usdoj.gov>")
    with open(f"{OUT}/bo10.eml", "wb") as f:
        f.write(bytes(m))
    return label("bo10", "eml", "USMS deputy email with AO 442 federal arrest warrant as PNG",
                 R("doj-usms", "U.S. Marshals Service, District of Colorado", "Kristin A. Morales", "Deputy U.S. Marshal",
                   "kristin.morales@usdoj.gov", "303-555-0150"),
                 [S("Faisal Abdullahi Nur", "1993-11-30", other="59813-047")],
                 ["21 USC 846", "21 USC 841"],
                 "judicial_warrant", "AO 442", "criminal_investigation",
                 ["address", "vehicle", "photo", "phone"], "email")


@doc
def bo11(rng):
    text = """
^IN THE CRIMINAL COURT FOR DAVIDSON COUNTY, TENNESSEE
^TWENTIETH JUDICIAL DISTRICT

IN RE: APPLICATION FOR ORDER FOR PRODUCTION OF RECORDS PURSUANT TO T.C.A. § 40-17-123
>MNPD Complaint No. 2025-0588214

^^APPLICATION

Comes now the Applicant, Detective Brandon K. Oakes of the Metropolitan Nashville Police Department, Robbery Unit, who after first being duly sworn, states as follows:

1.  This application is made under Tenn. Code Ann. § 40-17-123 for an order directing the Tennessee Department of Safety and Homeland Security, Driver Services Division, to produce the records described below.

2.  On August 30, 2025, an armed robbery of a Dollar Express store at 4410 Nolensville Pike was committed by three males. The offense is Aggravated Robbery, T.C.A. § 39-13-402. A witness, Ms. Latoya Greene, recorded a partial tag of the getaway vehicle.

3.  Investigation has identified the following persons as suspects:
      a.  Javier Ernesto NÚÑEZ PAREDES, DOB 2/11/1999
      b.  Keandre L. SIMMONS, DOB 8/25/2001, TN DL 128 445 901
      c.  Quang Van TRAN, DOB 12/30/1998

4.  The driver license photographs, addresses of record and vehicle registration information of these persons are material to the ongoing investigation, and there are reasonable grounds to believe they will lead to evidence of the offense.

Further affiant saith not.
                                               %Brandon K. Oakes
                                               Det. Brandon K. Oakes, MNPD Robbery Unit
                                               615-555-0143  •  brandon.oakes@nashville.gov
Sworn to and subscribed before me this 5th day of September, 2025.   ____________________ Judge
\f
^IN THE CRIMINAL COURT FOR DAVIDSON COUNTY, TENNESSEE
^TWENTIETH JUDICIAL DISTRICT

IN RE: APPLICATION FOR ORDER FOR PRODUCTION OF RECORDS PURSUANT TO T.C.A. § 40-17-123

^^ORDER

Upon the sworn application of Detective Brandon K. Oakes, Metropolitan Nashville Police Department, and it appearing to the Court that there are reasonable grounds to believe that the records described are material to an ongoing criminal investigation, it is hereby

ORDERED that the Tennessee Department of Safety and Homeland Security, Driver Services Division, shall produce to Detective Oakes, within ten (10) days of receipt of this Order, the driver license or identification photographs, current and prior addresses of record, and vehicle registration information for:

      JAVIER ERNESTO NÚÑEZ PAREDES      date of birth February 11, 1999
      KEANDRE L. SIMMONS                date of birth August 25, 2001    DL No. 128445901
      QUANG VAN TRAN                    date of birth December 30, 1998

IT IS FURTHER ORDERED that the Department shall not notify the persons named of this Order for a period of ninety (90) days.

ENTERED this 5th day of September, 2025.


                                              _________________________________
                                              JUDGE, DIVISION V
                                              Hon. Lorraine Vasquez-Hill
"""
    render_pdf(f"{OUT}/bo11.pdf", text, "serif", 10.5)
    return label("bo11", "born_digital", "Tennessee criminal court order under TCA 40-17-123 with detective's sworn application",
                 R("local-police", "Metropolitan Nashville Police Department", "Brandon K. Oakes", "Detective",
                   "brandon.oakes@nashville.gov", "615-555-0143"),
                 [S("Javier Ernesto Núñez Paredes", "1999-02-11"),
                  S("Keandre L. Simmons", "2001-08-25", license="128445901"),
                  S("Quang Van Tran", "1998-12-30")],
                 ["TCA 40-17-123", "TCA 39-13-402"],
                 "court_order", None, "criminal_investigation",
                 ["photo", "address", "vehicle"], "mail")


@doc
def bo12(rng):
    text = """
^^OFFICE OF THE STATE'S ATTORNEY FOR BALTIMORE COUNTY
~County Courts Building, 401 Bosley Avenue, Towson, Maryland 21204
~Economic Crimes Division  ·  (410) 555-0139
---
October 2, 2025

Maryland Department of Labor
Division of Unemployment Insurance – Benefit Payment Control
1100 North Eutaw Street
Baltimore, MD 21201

Re:  In the Matter of the Application of the State of Maryland, Case No. C-03-CR-25-004417

Dear Custodian:

Enclosed is an Order of the Circuit Court for Baltimore County, entered ex parte upon the State's application, directing the Division to produce unemployment insurance records for María José Ibáñez-Ortega. Kindly produce the records described in the Order to my attention within fifteen days, and direct any questions to me at nadeyemi@baltimorecountymd.gov.

Sincerely,

%Nathaniel J. Adeyemi
Nathaniel J. Adeyemi
Assistant State's Attorney
\f
^IN THE CIRCUIT COURT FOR BALTIMORE COUNTY, MARYLAND

IN THE MATTER OF THE APPLICATION OF            *
THE STATE OF MARYLAND FOR AN ORDER             *     Case No. C-03-CR-25-004417
DIRECTING DISCLOSURE OF RECORDS                *
                                               *     (Ex Parte / Under Seal)
*  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *

^^ORDER

Upon consideration of the ex parte Application of the State of Maryland, by Nathaniel J. Adeyemi, Assistant State's Attorney for Baltimore County, and the Court finding that there is reason to believe that the records described below are relevant to a pending criminal investigation of theft scheme in violation of Md. Code Ann., Crim. Law § 7-104, and that disclosure is permitted under Md. Code Ann., Lab. & Empl. § 8-625, it is this 30th day of September, 2025, by the Circuit Court for Baltimore County,

ORDERED, that the Maryland Department of Labor, Division of Unemployment Insurance, shall produce to the Office of the State's Attorney for Baltimore County the following records pertaining to MARÍA JOSÉ IBÁÑEZ-ORTEGA, date of birth 15 October 1984, SSN ending in 2290:

   1.  all claims for unemployment insurance benefits and all benefit payment records from March 1, 2024 to the present;
   2.  all quarterly wage and employer records; and
   3.  every mailing and residence address and telephone number on file;

and it is further

ORDERED, that the Department shall not disclose the existence of this Order or of the Application to any person other than its counsel, and it is further

ORDERED, that this Order and the Application be SEALED until further Order of this Court.


                                              ___________________________________
                                              JUDGE, Circuit Court for Baltimore County
                                              Gregory T. Szabo
"""
    pdf = f"{WORK}/bo12.pdf"
    render_pdf(pdf, text, "serif", 10.5)
    make_scanned(pdf, f"{OUT}/bo12.pdf", rng, [0, 0])
    return label("bo12", "scanned", "Maryland circuit court ex parte order on State's Attorney application + ASA cover letter",
                 R("district-attorney", "Office of the State's Attorney for Baltimore County", "Nathaniel J. Adeyemi",
                   "Assistant State's Attorney", "nadeyemi@baltimorecountymd.gov", "(410) 555-0139"),
                 [S("María José Ibáñez-Ortega", "1984-10-15", ssn_last4="2290")],
                 ["MD CR 7-104", "MD LE 8-625"],
                 "court_order", None, "criminal_investigation",
                 ["claims", "benefits", "wages", "employment", "address", "phone"], "mail")


@doc
def bo13(rng):
    text = """
^19TH JUDICIAL DISTRICT COURT FOR THE PARISH OF EAST BATON ROUGE
^STATE OF LOUISIANA

NUMBER: DC-25-0678                                              SECTION: 4

^STATE OF LOUISIANA
^VERSUS
^HIEU VAN NGUYEN AND THỊ MAI TRẦN

FILED: ______________________              ______________________ DEPUTY CLERK

^^MOTION AND ORDER FOR PRODUCTION OF RECORDS

NOW INTO COURT, through the undersigned Assistant District Attorney, comes the State of Louisiana, who respectfully represents that:

1.  Defendants HIEU VAN NGUYEN (DOB 04/02/1976) and TRẦN, Thị Mai (DOB 01/19/1980) are charged by bill of information with theft over $25,000, La. R.S. 14:67, arising from unemployment benefits obtained while both were employed by Bayou Crest Seafood Processing, LLC.

2.  Records of the Louisiana Workforce Commission, which are confidential under La. R.S. 23:1660, are necessary to the prosecution, and may be released upon order of this Court.

WHEREFORE, the State prays that the Louisiana Workforce Commission be ordered to produce certified copies of all unemployment insurance claims, benefit payment histories, and employer-reported wage records for the above defendants from January 1, 2022 to present.

                                     Respectfully submitted,
                                     HOLLIS R. BREAUX, DISTRICT ATTORNEY
                                     %By: Christopher J. Thibodeaux
                                     Christopher J. Thibodeaux (La. Bar No. 34812)
                                     Assistant District Attorney
                                     222 St. Louis Street, Baton Rouge, LA 70802
                                     (225) 555-0155  |  cthibodeaux@ebrda.org
---
^^ORDER

Considering the foregoing Motion,

IT IS ORDERED that the Louisiana Workforce Commission produce to the Office of the District Attorney for the Parish of East Baton Rouge, within fifteen (15) days of service, certified copies of all unemployment insurance claims, benefit payment histories, and employer-reported wage records for HIEU VAN NGUYEN and THỊ MAI TRẦN from January 1, 2022 to the present.

Baton Rouge, Louisiana, this 11th day of September, 2025.


                                     __________________________________
                                     JUDGE, 19TH JUDICIAL DISTRICT COURT

PLEASE SERVE:  Louisiana Workforce Commission, Legal Division, 1001 N. 23rd Street, Baton Rouge, LA 70802
"""
    render_pdf(f"{OUT}/bo13.pdf", text, "serif", 10.0)
    return label("bo13", "born_digital", "Louisiana district court motion and order for production (ADA) on one document",
                 R("district-attorney", "East Baton Rouge Parish District Attorney's Office", "Christopher J. Thibodeaux",
                   "Assistant District Attorney", "cthibodeaux@ebrda.org", "(225) 555-0155"),
                 [S("Hieu Van Nguyen", "1976-04-02"), S("Thị Mai Trần", "1980-01-19")],
                 ["LA RS 14:67", "LA RS 23:1660"],
                 "court_order", None, "criminal_investigation",
                 ["claims", "benefits", "wages", "employment"], "mail")


@doc
def bo14(rng):
    sub = """
^SUPREME COURT OF THE STATE OF NEW YORK
^COUNTY OF KINGS
>GJ No. 25-1187  |  Subp. No. 0041

^^SUBPOENA DUCES TECUM FOR THE GRAND JURY

^THE PEOPLE OF THE STATE OF NEW YORK

TO:  Custodian of Records
     New York State Department of Labor, Unemployment Insurance Division
     Building 12, W. A. Harriman State Office Campus, Albany, NY 12240

GREETINGS:

WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the County of Kings, at the Grand Jury Room, 350 Jay Street, Brooklyn, New York, on the 14th day of October, 2025, at 10:00 in the forenoon, and at any recessed or adjourned date, to give evidence in a criminal proceeding, and that you bring with you and produce the following:

   All unemployment insurance claim files, benefit payment histories, employer wage reports, and addresses and telephone numbers on file, from January 1, 2023 to date, for:
      SVETLANA MOROZOVA          DOB 02/14/1982   SSN xxx-xx-5519
      RAFAEL ANTONIO PEÑA-VILLANUEVA   DOB 08/08/1977   SSN xxx-xx-3046

Failure to comply with this subpoena is punishable as a contempt of court pursuant to CPL 610.20 and CPL 610.25. Proceedings before the grand jury are secret (CPL 190.25(4)); you are directed not to disclose the existence of this subpoena.

Dated: Brooklyn, New York, September 25, 2025

                                              DISTRICT ATTORNEY, KINGS COUNTY

                                              By: ______________________________
                                                  Priya Raman
                                                  Assistant District Attorney
                                                  (718) 555-0192
"""
    pdf = pdf_bytes(sub, "serif", 10.5)
    body = """
    Dear Records Custodian,

    Please find attached a grand jury subpoena duces tecum (Kings County GJ No. 25-1187) for unemployment insurance records relating to Svetlana Morozova and Rafael Antonio Peña-Villanueva. The records relate to an investigation of grand larceny in the second degree (Penal Law § 155.40).

    Production in lieu of appearance is acceptable: a certified copy of the records with a business records certification may be e-mailed to me or sent to 350 Jay Street, Brooklyn, NY 11201, Attn: Grand Jury Unit.

    Kindly keep this subpoena confidential.

    Regards,
    Priya Raman
    Assistant District Attorney, Frauds Bureau
    Kings County District Attorney's Office
    (718) 555-0192
    """
    m = make_email("Priya Raman <ramanp@brooklynda.org>",
                   "NYSDOL UI Legal Subpoenas <ui.subpoenas@labor.ny.gov>",
                   "Grand Jury Subpoena Duces Tecum - GJ 25-1187",
                   "2025-09-25 15:10 -0400", body=body,
                   attachments=[("GJ 25-1187 SDT DOL.pdf", "application", "pdf", pdf)],
                   msgid="<MN0PR14.raman.2511870041@brooklynda.org>")
    with open(f"{OUT}/bo14.eml", "wb") as f:
        f.write(bytes(m))
    return label("bo14", "eml", "Kings County ADA email with NY grand jury subpoena duces tecum ('The People'), ADA-signed",
                 R("district-attorney", "Kings County District Attorney's Office", "Priya Raman",
                   "Assistant District Attorney", "ramanp@brooklynda.org", "(718) 555-0192"),
                 [S("Svetlana Morozova", "1982-02-14", ssn_last4="5519"),
                  S("Rafael Antonio Peña-Villanueva", "1977-08-08", ssn_last4="3046")],
                 ["NY CPL 610.20", "NY CPL 610.25", "NY CPL 190.25", "NY PL 155.40"],
                 "grand_jury_subpoena", None, "criminal_investigation",
                 ["claims", "benefits", "wages", "employment", "address", "phone"], "email")


@doc
def bo15(rng):
    text = """
~U.S. Department of Justice
^^United States Attorney's Office
~District of Colorado
~1801 California Street, Suite 1600, Denver, Colorado 80202   •   (303) 555-0110

>August 27, 2025

Colorado Department of Labor and Employment
Unemployment Insurance — Legal Records Custodian
633 17th Street, Suite 201
Denver, CO 80202

Re:  Grand Jury Subpoena No. 2025R00419-07

Dear Custodian of Records:

Enclosed is a subpoena issued by a federal grand jury sitting in this District. The subpoena requires the production of the records listed in Attachment A. You may comply by providing the records, together with the enclosed certificate of authenticity, to Special Agent Tomasz Nowicki of the FBI Denver Field Office in lieu of appearing before the grand jury.

The grand jury is investigating possible violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft). The Colorado Employment Security Act permits disclosure pursuant to a subpoena issued in connection with a criminal proceeding (see C.R.S. § 8-72-107). Although you are not bound by the secrecy rule of Fed. R. Crim. P. 6(e), we request that you not disclose the existence of this subpoena, since disclosure could impede the investigation.

If you have any questions, please contact me at (303) 555-0110 or helena.kostova@usdoj.gov.

                                         Sincerely,
                                         PETER M. HARLAND
                                         Acting United States Attorney

                                         %s/ Helena M. Kostova
                                         Helena M. Kostova
                                         Assistant United States Attorney

Enclosures
\f
>AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
^UNITED STATES DISTRICT COURT
~for the
^District of Colorado

^^SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To:  Custodian of Records, Colorado Department of Labor and Employment, 633 17th Street, Denver, CO 80202

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

[box]
Place:  Byron G. Rogers U.S. Courthouse, 1929 Stout Street, Denver, CO 80294       Date and Time:  09/23/2025 9:00 am
        Grand Jury Room 2
[/box]

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):
   See Attachment A.

Date:  08/26/2025                                    CLERK OF COURT
                                                     s/ R. Benavides
                                                     Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
   Helena M. Kostova, AUSA, 1801 California Street, Suite 1600, Denver, CO 80202, helena.kostova@usdoj.gov, (303) 555-0110

Subpoena No. 2025R00419-07   —   issued under Fed. R. Crim. P. 17
\f
^ATTACHMENT A
~Grand Jury Subpoena No. 2025R00419-07

For the period January 1, 2021 through the present, produce all records relating to the following persons:

   1.  AHMED WARSAME JAMA, date of birth June 1, 1989, SSN ending 3317
   2.  CRISTINA DE LA CRUZ RAMÍREZ, date of birth September 23, 1991, SSN ending 8850

including:
   a.  all applications and weekly certifications for unemployment insurance benefits, including IP addresses, e-mail addresses and telephone numbers used;
   b.  benefit payment records, including debit card and direct-deposit account information;
   c.  employer-reported quarterly wage records; and
   d.  all addresses of record.
"""
    render_pdf(f"{OUT}/bo15.pdf", text, "sans", 10.0)
    return label("bo15", "born_digital", "AUSA cover letter + AO 110 federal grand jury subpoena + Attachment A",
                 R("doj-usao", "United States Attorney's Office, District of Colorado", "Helena M. Kostova",
                   "Assistant United States Attorney", "helena.kostova@usdoj.gov", "(303) 555-0110"),
                 [S("Ahmed Warsame Jama", "1989-06-01", ssn_last4="3317"),
                  S("Cristina de la Cruz Ramírez", "1991-09-23", ssn_last4="8850")],
                 ["18 USC 1343", "18 USC 1028A", "CRS 8-72-107", "FRCrP 6", "FRCrP 17"],
                 "grand_jury_subpoena", "AO 110", "criminal_investigation",
                 ["claims", "benefits", "wages", "employment", "address", "email", "phone", "other"], "mail")


@doc
def bo16(rng):
    text = """\
===== Pasted from e-service notification (Indiana E-Filing System) =====

Notice of Service
Case Number: 49G25-2509-GJ-000007
Court: Marion Superior Court, Criminal Division 25
Served Party: Indiana Bureau of Motor Vehicles - Custodian of Records
Filed By: Lauren E. Whitcombe, Deputy Prosecuting Attorney (Atty No. 36712-49)
Service Date: 9/19/2025 3:47 PM
Documents: Subpoena Duces Tecum - Grand Jury (1 page)

---------------------------------------------------------------------------
STATE OF INDIANA     )              IN THE MARION SUPERIOR COURT
                     ) SS:          CRIMINAL DIVISION 25
COUNTY OF MARION     )              GRAND JURY NO. 2025-GJ-07

              SUBPOENA DUCES TECUM - GRAND JURY

THE STATE OF INDIANA TO: Keeper of Records, Indiana Bureau of Motor
Vehicles, 100 N. Senate Ave., Room N411, Indianapolis, IN 46204

You are hereby commanded to appear before the Grand Jury of Marion
County, Indiana, in the City-County Building, 200 E. Washington Street,
Indianapolis, on October 8, 2025 at 9:00 a.m., to testify in a matter
then and there to be heard, and to bring with you:

  Certified copies of all credential applications, source documents,
  photographs, and address records for:
    1. MARKOVIĆ, Jelena      DOB 12-12-1995   IN DL 0917-44-2280
    2. BRANDT, Tyler James   DOB 07-07-1994

This subpoena is issued under Ind. Code § 35-34-2-5 in a grand jury
investigation of identity deception (Ind. Code § 35-43-5-3.5).
Disobedience may be punished as contempt of court.

Witness, the Clerk and the seal of said Court, 9/19/2025.
Dana M. Kirchner, Clerk, Marion Superior Court
By: /s/ J. Pham, Deputy Clerk

Issued at the request of:
Lauren E. Whitcombe, Deputy Prosecuting Attorney
Marion County Prosecutor's Office, 251 E. Ohio St., Suite 160
Indianapolis, IN 46204 | 317-555-0165 | lauren.whitcombe@indy.gov
---------------------------------------------------------------------------

This notice was generated by the Indiana E-Filing System. Do not reply.
"""
    with open(f"{OUT}/bo16.txt", "w", encoding="utf-8") as f:
        f.write(text)
    return label("bo16", "txt", "Indiana grand jury subpoena duces tecum pasted from an e-service notice",
                 R("district-attorney", "Marion County Prosecutor's Office", "Lauren E. Whitcombe",
                   "Deputy Prosecuting Attorney", "lauren.whitcombe@indy.gov", "317-555-0165"),
                 [S("Jelena Marković", "1995-12-12", license="0917442280"),
                  S("Tyler James Brandt", "1994-07-07")],
                 ["IC 35-34-2-5", "IC 35-43-5-3.5"],
                 "grand_jury_subpoena", None, "criminal_investigation",
                 ["license", "identity_documents", "photo", "address"], "email")


@doc
def bo17(rng):
    text = """
^^SUBPOENA — CRIMINAL MATTERS
~C.G.S. §§ 51-85, 54-2a
^STATE OF CONNECTICUT
^SUPERIOR COURT

Judicial District / G.A. No.:  G.A. 23, New Haven        Docket No.:  NNH-CR25-0312345-T
Court Address:  121 Elm Street, New Haven, CT 06510

Name of Case:  STATE OF CONNECTICUT  v.  KWAME ASANTE-BOATENG

TO ANY PROPER OFFICER:

BY AUTHORITY OF THE STATE OF CONNECTICUT, you are hereby commanded to summon:

   Keeper of Records, Connecticut Department of Motor Vehicles, 60 State Street, Wethersfield, CT 06161

to appear before the Superior Court at the above address on November 4, 2025 at 10:00 a.m. to testify what he or she knows in the above case, and to bring with him or her:

   Certified copies of the operator's license history, license photograph, address history, and registration records for all vehicles registered to KWAME ASANTE-BOATENG, date of birth 27 March 1990, CT operator license no. 173-948-265.

The defendant is charged with evading responsibility, C.G.S. § 14-224.

Hereof fail not, but make due service and return.

Date signed: October 6, 2025

Signed (Commissioner of the Superior Court):  ____________________________
                                              Michael F. Carbone, Juris No. 421388
                                              Senior Assistant State's Attorney
                                              Office of the State's Attorney, J.D. of New Haven
                                              235 Church Street, New Haven, CT 06510
                                              Tel. 203-555-0174

NOTICE: If you fail to appear, the court may issue a capias for your arrest. Records may be provided in lieu of appearance by arrangement with the State's Attorney.
"""
    pdf = f"{WORK}/bo17.pdf"
    render_pdf(pdf, text, "sans", 10.0)
    make_scanned(pdf, f"{OUT}/bo17.pdf", rng, [0], dpi=240)
    return label("bo17", "scanned", "Connecticut criminal subpoena signed by prosecutor as commissioner of the Superior Court",
                 R("district-attorney", "Office of the State's Attorney, Judicial District of New Haven", "Michael F. Carbone",
                   "Senior Assistant State's Attorney", None, "203-555-0174"),
                 [S("Kwame Asante-Boateng", "1990-03-27", license="173948265")],
                 ["CGS 51-85", "CGS 54-2a", "CGS 14-224"],
                 "court_subpoena", None, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "mail")


@doc
def bo18(rng):
    sub = """
^IN THE CIRCUIT COURT OF THE CITY OF ST. LOUIS
^STATE OF MISSOURI
^TWENTY-SECOND JUDICIAL CIRCUIT

STATE OF MISSOURI,                    )
          Plaintiff,                  )
     v.                               )     Cause No. 2522-CR01234
DARNELL A. HUTCHINS,                  )     Division 16
          Defendant.                  )

^^SUBPOENA DUCES TECUM

THE STATE OF MISSOURI TO:  Custodian of Records, Missouri Department of Revenue, Driver License Bureau, 301 W. High Street, Jefferson City, MO 65101

YOU ARE COMMANDED to appear before the Circuit Court of the City of St. Louis, Division 16, 1114 Market Street, St. Louis, Missouri, on the 3rd day of November, 2025, at 9:00 a.m., to testify in the trial of the above cause on behalf of the DEFENDANT, and to bring with you:

   A certified copy of the complete driver record of DARNELL A. HUTCHINS, date of birth May 19, 1986, Missouri license A084519372, together with all notices of suspension or revocation mailed to him since January 1, 2023, the addresses to which they were mailed, and any returned-mail records.

The Defendant is charged with driving while revoked, § 302.321, RSMo. This subpoena is issued pursuant to Rule 26.02 of the Missouri Supreme Court Rules of Criminal Procedure. Failure to obey may be deemed a contempt of court.

Issued at the request of:                      MARGARET E. VOSS, CIRCUIT CLERK
Samuel K. Achterberg, MO Bar #71245
Assistant Public Defender                      By: _______________________ Deputy Clerk
Missouri State Public Defender, Trial Div.
1114 Market St., Suite 602                     Date: October 1, 2025
St. Louis, MO 63101   (314) 555-0171
"""
    pdf = pdf_bytes(sub, "serif", 10.5)
    body = """
    Good afternoon,

    I represent Mr. Darnell Hutchins in a pending criminal case in St. Louis City. Attached is a defense subpoena duces tecum issued by the Circuit Clerk for his certified driver record and the suspension/revocation notices the Department mailed to him, with the mailing addresses used.

    A certified copy delivered by mail or e-mail before November 3 will satisfy the subpoena; no one needs to appear in person.

    Thank you,

    Samuel K. Achterberg
    Assistant Public Defender
    Missouri State Public Defender – St. Louis City Trial Office
    (314) 555-0171 | samuel.achterberg@mspd.mo.gov
    """
    m = make_email("Samuel Achterberg <samuel.achterberg@mspd.mo.gov>",
                   "DOR Driver License Records <dlrecords@dor.mo.gov>",
                   "Subpoena Duces Tecum - State v. Hutchins, 2522-CR01234",
                   "2025-10-01 13:37 -0500", body=body,
                   attachments=[("Hutchins SDT DOR.pdf", "application", "pdf", pdf)],
                   msgid="<20251001.hutchins.sdt@mspd.mo.gov>")
    with open(f"{OUT}/bo18.eml", "wb") as f:
        f.write(bytes(m))
    return label("bo18", "eml", "Missouri public defender email with clerk-issued defense SDT for a criminal trial",
                 R("other", "Missouri State Public Defender", "Samuel K. Achterberg", "Assistant Public Defender",
                   "samuel.achterberg@mspd.mo.gov", "(314) 555-0171"),
                 [S("Darnell A. Hutchins", "1986-05-19", license="A084519372")],
                 ["RSMo 302.321", "MO CrimP 26.02"],
                 "court_subpoena", None, "criminal_investigation",
                 ["license", "address", "other"], "email")


@doc
def bo19(rng):
    i138 = """
~DEPARTMENT OF HOMELAND SECURITY
~U.S. Immigration and Customs Enforcement
^^IMMIGRATION ENFORCEMENT SUBPOENA
~To Appear and/or Produce Records
>Subpoena No.  DEN-ERO-2025-0917

To:  Custodian of Records
     Colorado Department of Revenue, Division of Motor Vehicles
     1881 Pierce Street, Lakewood, CO 80214

In Reference To:  NÚÑEZ CASTAÑEDA, Rigoberto        A-Number: A208-456-712
                  Date of Birth: 01/29/1986

By the authority vested in me by section 235(d)(4)(A) of the Immigration and Nationality Act (8 U.S.C. § 1225(d)(4)(A)) and 8 C.F.R. § 287.4, you are hereby commanded and required to produce the records and documents listed below, relating to the admissibility and removability of the above-named individual, at the office of U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, 12445 E. Caley Avenue, Centennial, CO 80111, on or before October 10, 2025:

   Driver license and identification card records, including current and prior residential and mailing addresses, photographs, license number and status, and all vehicles registered to the individual.

Failure to comply with this subpoena may subject you to an order of a United States District Court requiring compliance, and failure to obey such an order of the court may be punished by the court as contempt thereof (INA § 235(d)(4)(B)).

Date: September 26, 2025

                                 ___________________________________
                                 Marisol T. Hendricks
                                 Assistant Field Office Director, ERO Denver
                                 (Signature and Title of Issuing Officer)

>DHS Form I-138 (rev.)
"""
    pdf = pdf_bytes(i138, "sans", 10.0)
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Good morning,</p>
<p>Please see the attached <b>Immigration Enforcement Subpoena</b> (DEN-ERO-2025-0917) for Colorado DMV records on the following subject:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>A#</th></tr>
<tr><td>N&Uacute;&Ntilde;EZ CASTA&Ntilde;EDA, Rigoberto</td><td>01/29/1986</td><td>A208-456-712</td></tr>
</table>
<p>We are requesting his current and prior addresses, license photo, license number/status and any registered vehicles. Records can be returned to this e-mail address by October 10.</p>
<p>Respectfully,</p>
<p>Kyle M. Jennings<br>Deportation Officer<br>U.S. Immigration and Customs Enforcement<br>Enforcement and Removal Operations &ndash; Denver Field Office<br>
Office: (720) 555-0187<br><a href="mailto:kyle.m.jennings@ice.dhs.gov">kyle.m.jennings@ice.dhs.gov</a></p>
<p style="font-size:8pt;color:#666">WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act.</p>
</body></html>"""
    m = make_email("Jennings, Kyle M <kyle.m.jennings@ice.dhs.gov>",
                   "dor_dmv_investigations@state.co.us",
                   "Immigration Enforcement Subpoena DEN-ERO-2025-0917",
                   "2025-09-26 09:14 -0600", html=html,
                   attachments=[("DEN-ERO-2025-0917_I-138.pdf", "application", "pdf", pdf)],
                   msgid="<SA1PR09.jennings.0917@ice.dhs.gov>")
    with open(f"{OUT}/bo19.eml", "wb") as f:
        f.write(bytes(m))
    return label("bo19", "eml", "ERO deportation officer HTML-only email with I-138 immigration enforcement subpoena PDF",
                 R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Denver Field Office",
                   "Kyle M. Jennings", "Deportation Officer", "kyle.m.jennings@ice.dhs.gov", "(720) 555-0187"),
                 [S("Rigoberto Núñez Castañeda", "1986-01-29", a_number="A208456712")],
                 ["INA 235", "8 USC 1225", "8 CFR 287.4"],
                 "administrative_subpoena", "I-138", "civil_immigration",
                 ["address", "photo", "license", "vehicle"], "email")


@doc
def bo20(rng):
    text = """
~U.S. Department of Justice
^^DRUG ENFORCEMENT ADMINISTRATION
~Louisville Division — Nashville Resident Office
~801 Broadway, Suite 500, Nashville, TN 37203   ·   Tel. (615) 555-0108

^^SUBPOENA

>File No.:  GF-25-0044          Subpoena No.:  NRO-25-1136

TO:  Custodian of Records
     Tennessee Department of Labor and Workforce Development
     Employment Security Division — Wage Records
     220 French Landing Drive, Nashville, TN 37243

By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to appear before Group Supervisor Anthony J. Barros, an official of the Drug Enforcement Administration, at the office listed above on October 14, 2025 at 10:00 a.m., and to produce the following records:

   For the period January 1, 2022 to the present: all quarterly wage records, the names and addresses of all reporting employers, and all addresses and telephone numbers on file, for:

       ORTIZ DE LEÓN, Yesenia Carolina      DOB: 1992-04-04
       ANTONOV, Kirill Sergeyevich          DOB: 1988-10-10

This subpoena is issued pursuant to Section 506 of Public Law 91-513 (21 U.S.C. § 876) in connection with an investigation relating to the enforcement of the Controlled Substances Act, 21 U.S.C. § 801 et seq. In the case of contumacy by or refusal to obey this subpoena, the Attorney General may invoke the aid of any court of the United States within the jurisdiction of which the investigation is carried on, and the court may issue an order requiring compliance; any failure to obey such order of the court may be punished by the court as a contempt thereof.

In lieu of appearance, you may comply by mailing certified copies of the records to the undersigned. You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation.

Issued at Nashville, Tennessee, on September 30, 2025.


                                       _________________________________
                                       Anthony J. Barros
                                       Group Supervisor, Drug Enforcement Administration
                                       anthony.j.barros@dea.gov
"""
    render_pdf(f"{OUT}/bo20.pdf", text, "sans", 10.0)
    return label("bo20", "born_digital", "DEA administrative subpoena under 21 USC 876 with court-enforcement clause",
                 R("doj-dea", "Drug Enforcement Administration, Nashville Resident Office", "Anthony J. Barros",
                   "Group Supervisor", "anthony.j.barros@dea.gov", "(615) 555-0108"),
                 [S("Yesenia Carolina Ortiz de León", "1992-04-04"),
                  S("Kirill Sergeyevich Antonov", "1988-10-10")],
                 ["PL 91-513", "21 USC 876", "21 USC 801"],
                 "administrative_subpoena", None, "criminal_investigation",
                 ["wages", "employment", "address", "phone"], "mail")


@doc
def bo21(rng):
    text = """
~Department of the Treasury
^^INTERNAL REVENUE SERVICE
~Criminal Investigation — Denver Field Office
~1999 Broadway, Stop 5000 DEN, Denver, CO 80202

>September 19, 2025

Colorado Department of Labor and Employment
Attn: Custodian of Records, Unemployment Insurance Employer Services
633 17th Street, Suite 201, Denver, CO 80202

Dear Custodian,

Enclosed is an Internal Revenue Service summons requiring the production of wage and employer records relating to Hasan Mehmedović. IRS Criminal Investigation is conducting an investigation of possible violations of 26 U.S.C. § 7201 (attempt to evade or defeat tax) and 26 U.S.C. § 7206(1) (false return).

You may comply by mailing the records to me before the appearance date; if you do, no appearance is necessary.

Sincerely,

%Sean P. McAllister
Sean P. McAllister, Special Agent
IRS Criminal Investigation
(303) 555-0126   sean.mcallister@ci.irs.gov
\f
^^Summons

In the matter of:  HASAN MEHMEDOVIĆ, 2870 S. Holly St., Denver, CO 80222 (SSN xxx-xx-8821; DOB 19 July 1975)
Internal Revenue Service (Division):  Criminal Investigation
Industry/Area:  Denver Field Office
Periods:  Calendar years 2021, 2022 and 2023

^The Commissioner of Internal Revenue

To:  Custodian of Records, Colorado Department of Labor and Employment
At:  633 17th Street, Suite 201, Denver, CO 80202

You are hereby summoned and required to appear before Sean P. McAllister, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown:

   All quarterly wage records reported for the above person by any employer, including employer names, addresses and account numbers, for the periods shown.

Do not write in this space

Business address and telephone number of IRS officer before whom you are to appear:
   1999 Broadway, Denver, CO 80202   (303) 555-0126
Place and time for appearance:  1999 Broadway, Room 1120, Denver, CO, on October 21, 2025 at 10:00 a.m.

Issued under authority of the Internal Revenue Code this 19th day of September, 2025.

   ______________________________   Special Agent           ______________________________   Supervisory Special Agent
   Signature of issuing officer      Title                    Signature of approving officer    Title
   Sean P. McAllister                                         Diane L. Forsberg

>Form 2039 (Rev. 10-2010)   Catalog No. 21405J   www.irs.gov   Part A – to be given to person summoned
\f
^Provisions of the Internal Revenue Code

Sec. 7602. Examination of books and witnesses — (a) Authority to summon, etc. For the purpose of ascertaining the correctness of any return, making a return where none has been made, determining the liability of any person for any internal revenue tax ... the Secretary is authorized to summon the person liable for tax ... or any other person the Secretary may deem proper, to appear ... and to produce such books, papers, records, or other data ...

Sec. 7603. Service of summons — (a) In general. A summons issued under section 7602 shall be served by the Secretary, by an attested copy delivered in hand to the person to whom it is directed, or left at his last and usual place of abode ...

Sec. 7604. Enforcement of summons — (a) Jurisdiction of district court. If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production ...

Sec. 7605. Time and place of examination — (a) Time and place. The time and place of examination pursuant to the provisions of section 7602 shall be such time and place as may be fixed by the Secretary and as are reasonable under the circumstances ...
"""
    pdf = f"{WORK}/bo21.pdf"
    render_pdf(pdf, text, "serif", 10.0)
    make_scanned(pdf, f"{OUT}/bo21.pdf", rng, [0, 0, 180])
    return label("bo21", "scanned", "IRS-CI special agent cover letter + Form 2039 summons + code provisions page (upside down)",
                 R("irs-ci", "IRS Criminal Investigation, Denver Field Office", "Sean P. McAllister", "Special Agent",
                   "sean.mcallister@ci.irs.gov", "(303) 555-0126"),
                 [S("Hasan Mehmedović", "1975-07-19", ssn_last4="8821")],
                 ["26 USC 7201", "26 USC 7206", "26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7605"],
                 "administrative_subpoena", "2039", "criminal_investigation",
                 ["wages", "employment"], "mail")


@doc
def bo22(rng):
    text = """
^^U.S. DEPARTMENT OF LABOR
^OFFICE OF INSPECTOR GENERAL
~Office of Investigations – Labor Racketeering and Fraud
~230 South Dearborn Street, Suite 774, Chicago, IL 60604

October 3, 2025

Wisconsin Department of Workforce Development
Division of Unemployment Insurance — Bureau of Benefit Operations
201 E. Washington Avenue, Madison, WI 53703

Subject:  Inspector General Subpoena No. 25-CHI-0389

Dear Sir or Madam:

The U.S. Department of Labor, Office of Inspector General (DOL-OIG), is investigating a scheme to defraud the Wisconsin unemployment insurance program, in possible violation of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 641 (theft of government funds). Enclosed is an Inspector General subpoena for claim records relating to three claimants. Disclosure to DOL-OIG is permitted by Wis. Stat. § 108.14(7).

Please provide the records electronically to rahimi.nadia@oig.dol.gov or by mail to the address above by October 31, 2025.

Sincerely,

%Nadia Rahimi
Nadia Rahimi, Special Agent
DOL-OIG, Chicago Regional Office
(312) 555-0148
\f
~UNITED STATES DEPARTMENT OF LABOR
~OFFICE OF INSPECTOR GENERAL
^^SUBPOENA DUCES TECUM
>No. 25-CHI-0389

TO:  Custodian of Records, Wisconsin Department of Workforce Development, Division of Unemployment Insurance, 201 E. Washington Avenue, Madison, WI 53703

YOU ARE HEREBY COMMANDED to produce to Special Agent Nadia Rahimi, U.S. Department of Labor, Office of Inspector General, 230 South Dearborn Street, Suite 774, Chicago, Illinois 60604, on or before October 31, 2025, the following records:

   All unemployment insurance claim applications, weekly certifications, payment records (including bank account and debit card information), login IP addresses, e-mail addresses, telephone numbers and mailing addresses, and all employer wage records, from March 1, 2023 to present, relating to:

      (1)  Abdullahi Mohamed Hirsi,  DOB 03/15/1984,  SSN ending 0417
      (2)  Kong Meng Xiong,          DOB 11/11/1990,  SSN ending 6630
      (3)  Ashley Marie Duerr,       DOB 02/28/1993,  SSN ending 1189

This subpoena is issued under the authority of 5 U.S.C. § 406(a)(4), in connection with an official investigation by the Office of Inspector General. In the case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate United States district court.

Given under my hand at Washington, D.C., this 1st day of October, 2025.


                                       ___________________________________
                                       Lionel B. Whitby
                                       Acting Inspector General
                                       U.S. Department of Labor
"""
    render_pdf(f"{OUT}/bo22.pdf", text, "sans", 10.0)
    return label("bo22", "born_digital", "DOL-OIG special agent letter + Inspector General subpoena duces tecum (3 claimants)",
                 R("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Nadia Rahimi", "Special Agent",
                   "rahimi.nadia@oig.dol.gov", "(312) 555-0148"),
                 [S("Abdullahi Mohamed Hirsi", "1984-03-15", ssn_last4="0417"),
                  S("Kong Meng Xiong", "1990-11-11", ssn_last4="6630"),
                  S("Ashley Marie Duerr", "1993-02-28", ssn_last4="1189")],
                 ["18 USC 1343", "18 USC 641", "WI Stat 108.14", "5 USC 406"],
                 "administrative_subpoena", None, "criminal_investigation",
                 ["claims", "benefits", "wages", "employment", "address", "phone", "email", "other"], "mail")


@doc
def bo23(rng):
    text = """
^^U.S. CUSTOMS AND BORDER PROTECTION
^Office of Field Operations — Port of Indianapolis
~Outbound Enforcement Team · 7601 Airport Blvd., Suite 130 · Indianapolis, IN 46241
~Tel 317-555-0196 · Fax 317-555-0197

FACSIMILE COVER SHEET

To:       Indiana Bureau of Motor Vehicles — Title Records / Legal
Fax:      317-555-0103
From:     CBPO (Enforcement) Vanessa Ríos-Delgado
Date:     08/28/2025
Pages:    2 incl. cover

Attached is a CBP summons for certificate of title and registration records relating to vehicles presented for export. Please fax the certified records to 317-555-0197 or e-mail vanessa.rios-delgado@cbp.dhs.gov.

This transmission is intended only for the addressee and may contain law enforcement sensitive information.
\f
~DEPARTMENT OF HOMELAND SECURITY
~U.S. Customs and Border Protection
^^SUMMONS
~19 U.S.C. 1509
>Summons No.  IND-2025-0052

To:  Custodian of Records, Indiana Bureau of Motor Vehicles, 100 N. Senate Avenue, Indianapolis, IN 46204

By the service of this summons, you are hereby required to appear before CBP Officer Vanessa Ríos-Delgado, an officer of U.S. Customs and Border Protection, at 7601 Airport Blvd., Suite 130, Indianapolis, IN, on 09/15/2025 at 10:00 AM, to give testimony and to produce the following records:

   Certificates of title, title applications with supporting documents, registration records and lienholder information, from 01/01/2024 to present, for all vehicles titled or registered to:
      PETRENKO, Oleg — DOB 06/06/1981 — IN DL 1234-56-7890
      TREVIÑO GARZA, Armando Jesús — DOB 12/01/1979
   together with the addresses on file for each.

These records are required in connection with an investigation or inquiry to ascertain the correctness of entries, to determine liability for duties, fees and taxes, or to ensure compliance with the laws administered by U.S. Customs and Border Protection, including the export of stolen motor vehicles (18 U.S.C. § 553).

Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce compliance with this summons, as well as other sanctions (19 U.S.C. 1510).

                                       ___________________________________
                                       Gerald M. Haskins
                                       Assistant Port Director, Port of Indianapolis
                                       Date: 08/27/2025

>CBP Form 3115 (Modified)
"""
    pdf = f"{WORK}/bo23.pdf"
    render_pdf(pdf, text, "sans", 10.0)
    make_fax(pdf, f"{OUT}/bo23.tif", rng, "AUG 28 2025  09:31A   CBP OFO IND  317-555-0197   p.{p}")
    return label("bo23", "fax", "CBP OFO fax cover + CBP Form 3115 customs summons (vehicle export)",
                 R("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Port of Indianapolis",
                   "Vanessa Ríos-Delgado", "CBP Officer (Enforcement)", "vanessa.rios-delgado@cbp.dhs.gov", "317-555-0196"),
                 [S("Oleg Petrenko", "1981-06-06", license="1234567890"),
                  S("Armando Jesús Treviño Garza", "1979-12-01")],
                 ["19 USC 1509", "18 USC 553", "19 USC 1510"],
                 "administrative_subpoena", "3115", "criminal_investigation",
                 ["vehicle", "identity_documents", "address"], "fax")


@doc
def bo24(rng):
    i200 = """
~U.S. DEPARTMENT OF HOMELAND SECURITY
^^WARRANT FOR ARREST OF ALIEN
>File No.  A 215 339 048
>Date:  08/19/2025

To:  Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that  ABDIWALI MOHAMED YUSUF  is removable from the United States. This determination is based upon:

  ☒ the execution of a charging document to initiate removal proceedings against the subject;
  ☐ the pendency of ongoing removal proceedings against the subject;
  ☐ the failure to establish admissibility subsequent to deferred inspection;
  ☒ biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
  ☐ statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

                                     ___________________________________
                                     (Signature of Authorized Immigration Officer)
                                     Curtis W. Hallberg, Supervisory Detention and Deportation Officer
                                     (Printed Name and Title of Authorized Immigration Officer)
---
^Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ______ on ______________.
>Form I-200 (Rev. 09/16)
"""
    jpg = image_bytes(i200, "JPEG", "sans", dpi=120, quality=60)
    body = """
    Hello,

    ERO St. Paul has an outstanding warrant (attached) for the person below. Requesting any address on file, vehicles registered, and the most recent DL/ID photo to assist with locating him. Request made under 8 U.S.C. 1357.

    YUSUF, Abdiwali Mohamed
    DOB: 09/03/1994
    A#: 215-339-048

    Thank you for your help,
    Brianna K. Castillo
    Deportation Officer
    ICE/ERO St. Paul Field Office - Fugitive Operations
    1 Federal Drive, Fort Snelling, MN 55111
    (612) 555-0177
    """
    html = ("<html><body><p>Hello,</p><p>ERO St. Paul has an outstanding warrant (attached) for the person below. "
            "Requesting any address on file, vehicles registered, and the most recent DL/ID photo to assist with locating him. "
            "Request made under 8 U.S.C. 1357.</p><p><b>YUSUF, Abdiwali Mohamed</b><br>DOB: 09/03/1994<br>A#: 215-339-048</p>"
            "<p>Thank you for your help,<br>Brianna K. Castillo<br>Deportation Officer<br>ICE/ERO St. Paul Field Office - Fugitive Operations<br>"
            "1 Federal Drive, Fort Snelling, MN 55111<br>(612) 555-0177</p></body></html>")
    m = make_email("Castillo, Brianna K <brianna.castillo@ice.dhs.gov>",
                   "DVS Records Requests <dvs.records@state.mn.us>",
                   "Locate request - YUSUF, Abdiwali M. (warrant attached)",
                   "2025-08-21 10:02 -0500", body=body, html=html,
                   attachments=[("scan_0819.jpg", "image", "jpeg", jpg)],
                   msgid="<BN8PR09.castillo.0821@ice.dhs.gov>")
    with open(f"{OUT}/bo24.eml", "wb") as f:
        f.write(bytes(m))
    return label("bo24", "eml", "ERO deportation officer email with I-200 administrative warrant as JPEG",
                 R("dhs-ice-ero", "ICE/ERO St. Paul Field Office", "Brianna K. Castillo", "Deportation Officer",
                   "brianna.castillo@ice.dhs.gov", "(612) 555-0177"),
                 [S("Abdiwali Mohamed Yusuf", "1994-09-03", a_number="A215339048")],
                 ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"],
                 "administrative_warrant", "I-200", "civil_immigration",
                 ["address", "vehicle", "photo"], "email")


@doc
def bo25(rng):
    text = """
~U.S. Department of Homeland Security
~U.S. Immigration and Customs Enforcement
^Enforcement and Removal Operations — Washington Field Office
~14797 Murdock Street, Chantilly, VA 20151

>10 September 2025

Virginia Department of Motor Vehicles
Law Enforcement Services
2300 West Broad Street
Richmond, VA 23220

RE:  IBÁÑEZ ROJAS, Héctor Manuel — A201 774 563

Dear Sir/Madam:

U.S. Immigration and Customs Enforcement is seeking to locate the above-named individual, who is subject to a final order of removal. A copy of the Warrant of Removal/Deportation (Form I-205) is enclosed. ICE is authorized to detain and remove aliens subject to final orders under section 241 of the Immigration and Nationality Act (8 U.S.C. § 1231).

Please provide the subject's last known residential address, any vehicles registered in his name, and his most recent license photograph. Date of birth: May 22, 1983.

Should you have questions, please contact me at (703) 555-0165 or gary.whitmore@ice.dhs.gov.

Sincerely,

%Gary L. Whitmore
Gary L. Whitmore
Deportation Officer
\f
~U.S. Department of Homeland Security
^^WARRANT OF REMOVAL/DEPORTATION
>File No:  A201 774 563
>Date:  07/02/2025

To any immigration officer of the United States Department of Homeland Security:

HÉCTOR MANUEL IBÁÑEZ ROJAS
(Full name of alien)

who entered the United States at  El Paso, TX  on  06/14/2009
                                 (Place of entry)    (Date of entry)

is subject to removal/deportation from the United States, based upon a final order by:
   ☒ an immigration judge in exclusion, deportation, or removal proceedings
   ☐ a designated official
   ☐ the Board of Immigration Appeals
   ☐ a United States District or Magistrate Court Judge

and pursuant to the following provisions of the Immigration and Nationality Act:
   Section 212(a)(6)(A)(i) — present without admission or parole

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of:  the appropriation "Operations and Support, ICE".

                                     ___________________________________
                                     (Signature of immigration officer)
                                     Field Office Director, Washington
                                     (Title of immigration officer)
                                     Chantilly, Virginia   (Date and office location)
---
^To be completed by immigration officer executing the warrant
Name of alien being removed: ________________________    Port, date, and manner of removal: __________________
Photograph of alien removed                              Right index fingerprint of alien removed

>Form I-205 (Rev. 08/01/07)
"""
    render_pdf(f"{OUT}/bo25.pdf", text, "sans", 10.0)
    return label("bo25", "born_digital", "ERO letter + I-205 warrant of removal (IJ box checked; district judge box printed)",
                 R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Washington Field Office",
                   "Gary L. Whitmore", "Deportation Officer", "gary.whitmore@ice.dhs.gov", "(703) 555-0165"),
                 [S("Héctor Manuel Ibáñez Rojas", "1983-05-22", a_number="A201774563")],
                 ["INA 241", "8 USC 1231", "INA 212"],
                 "administrative_warrant", "I-205", "civil_immigration",
                 ["address", "vehicle", "photo"], "mail")


@doc
def bo26(rng):
    text = """
~DEPARTMENT OF HOMELAND SECURITY
^^IMMIGRATION DETAINER – NOTICE OF ACTION

Subject ID: 362115874          Event #: CHI2509001234          File No: A099 512 336
Date: September 3, 2025

TO: (Name and Address of Institution or Facility)
    Indiana Department of Correction, Pendleton Correctional Facility
    4490 W. Reformatory Road, Pendleton, IN 46064

FROM: (Department of Homeland Security Office Address)
    ICE Enforcement and Removal Operations, Chicago Field Office
    101 West Congress Parkway, Chicago, IL 60605

Name of Alien:  LÊ, Văn Thành
Date of Birth:  02/14/1987       Nationality: Vietnam       Sex: M

THE ALIEN IDENTIFIED ABOVE HAS BEEN ARRESTED AND IS IN YOUR CUSTODY.
DHS HAS TAKEN THE FOLLOWING ACTION:
☒ DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. This determination is based on (complete box 1 or 2):
   ☒ 1. A final order of removal against the alien;
   ☐ 2. The pendency of ongoing removal proceedings against the alien;
   ☐ 3. Biometric confirmation of the alien's identity and a records check of federal databases ...
   ☐ 4. Statements made by the alien to an immigration officer and/or other reliable evidence ...

IT IS THEREFORE REQUESTED THAT YOU:
 • Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling ☒ U.S. Immigration and Customs Enforcement (ICE) at (312) 555-0128.
 • Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody. The alien must be served with a copy of this form for the detainer to take effect. This detainer arises from DHS authorities and should not impede the original criminal charges.
 • Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
 • Notify this office in the event of the alien's death, hospitalization or transfer to another institution.

Authority: 8 C.F.R. § 287.7.

                                     ___________________________________
                                     Patrick N. Oyelowo
                                     Supervisory Detention and Deportation Officer
                                     (Name and title of Immigration Officer)
>DHS Form I-247A (3/17)
\f
^NOTICE TO THE DETAINEE

The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be released from custody. ...

If you believe you are a United States citizen or the victim of a crime, please advise DHS by calling the ICE Law Enforcement Support Center toll free at (855) 448-6903.

Aviso al Detenido:  El Departamento de Seguridad Nacional (DHS) ha emitido una orden de detención inmigratoria en su contra ...

Thông báo cho người bị giam giữ:  Bộ An ninh Nội địa (DHS) đã ban hành lệnh giam giữ di trú đối với bạn ...
"""
    pdf = f"{WORK}/bo26.pdf"
    render_pdf(pdf, text, "sans", 9.5)
    make_fax(pdf, f"{OUT}/bo26.tif", rng, "09/03/2025 16:21  ICE ERO CHICAGO DETAINERS   3125550129   PAGE {p:03d}/{n:03d}")
    return label("bo26", "fax", "I-247A immigration detainer faxed to state DOC facility with multilingual notice page",
                 R("dhs-ice-ero", "ICE Enforcement and Removal Operations, Chicago Field Office", "Patrick N. Oyelowo",
                   "Supervisory Detention and Deportation Officer", None, "(312) 555-0128"),
                 [S("Văn Thành Lê", "1987-02-14", a_number="A099512336", other="362115874")],
                 ["8 CFR 287.7"],
                 "detainer", "I-247A", "civil_immigration",
                 ["other"], "fax")


@doc
def bo27(rng):
    text = """
~DEPARTMENT OF HOMELAND SECURITY
^^REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN

Subject ID: 401877213          Event #: NSV2510000318          File No: A213 908 115
Date: 10/06/2025

TO: (Name and Address of Institution or Facility)
    Tennessee Department of Correction — Sentence Management Services
    320 Sixth Avenue North, Nashville, TN 37243

FROM: (DHS Office Address)
    ICE ERO New Orleans Field Office — Nashville Sub-Office
    3200 West End Avenue, Nashville, TN 37203

Name of Alien:  GÓMEZ DE LA PEÑA, Ángel
Date of Birth:  01/08/1991        Citizenship: Mexico        Sex: M

1. DHS HAS DETERMINED THAT THE INDIVIDUAL IN YOUR CUSTODY IS A SUSPECTED PRIORITY ALIEN.

2. DHS REQUESTS THAT YOU VOLUNTARILY:
   ☒ Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling (615) 555-0109 or e-mailing NSV.Notifications@ice.dhs.gov.

This request does not require you to hold the alien beyond the time he or she would otherwise be released from your custody. This is a request for voluntary notification under 8 C.F.R. § 287.7 and does not constitute an immigration detainer.

                                     ___________________________________
                                     Latisha M. Crowder
                                     Immigration Enforcement Agent
                                     (Name and title of Immigration Officer)

>DHS Form I-247N (5/15)
"""
    render_pdf(f"{OUT}/bo27.pdf", text, "sans", 10.0)
    return label("bo27", "born_digital", "I-247N request for voluntary notification of release to state DOC",
                 R("dhs-ice-ero", "ICE ERO New Orleans Field Office — Nashville Sub-Office", "Latisha M. Crowder",
                   "Immigration Enforcement Agent", "NSV.Notifications@ice.dhs.gov", "(615) 555-0109"),
                 [S("Ángel Gómez de la Peña", "1991-01-08", a_number="A213908115", other="401877213")],
                 ["8 CFR 287.7"],
                 "detainer", "I-247N", "civil_immigration",
                 ["other"], "mail")


@doc
def bo28(rng):
    body = """
    Hi Denise,

    Hope you're doing well. Could you run these two for me when you get a chance? Just need last known address and current employer (most recent quarter is fine).

    1. GOMEZ-LARA, Esperanza - DOB 03/03/1990 - A207 118 904
    2. José Luis Ramírez Núñez - DOB 11 Mar 1985

    For official use only. Thanks a bunch!

    Tomás

    --
    Tomás R. Villarreal
    Deportation Officer
    DHS | ICE | Enforcement and Removal Operations
    Denver Field Office - Grand Junction Sub-Office
    O: 970-555-0112 | M: 970-555-0113

    This e-mail, including attachments, may contain information protected by the Privacy Act of 1974, 5 U.S.C. § 552a. Unauthorized disclosure is prohibited.
    """
    m = make_email("Villarreal, Tomas R <tomas.villarreal@ice.dhs.gov>",
                   "Denise Haugen <denise.haugen@state.co.us>",
                   "quick check x2",
                   "2025-09-02 14:55 -0600", body=body,
                   msgid="<DM6PR09.villarreal.0902@ice.dhs.gov>")
    with open(f"{OUT}/bo28.eml", "wb") as f:
        f.write(bytes(m))
    return label("bo28", "eml", "informal ERO email to a state employee asking for address/employer, FOUO, no process",
                 R("dhs-ice-ero", "DHS | ICE | Enforcement and Removal Operations, Denver Field Office - Grand Junction Sub-Office",
                   "Tomás R. Villarreal", "Deportation Officer", "tomas.villarreal@ice.dhs.gov", "970-555-0112"),
                 [S("Esperanza Gomez-Lara", "1990-03-03", a_number="A207118904"),
                  S("José Luis Ramírez Núñez", "1985-03-11")],
                 ["5 USC 552a"],
                 "none", None, "civil_immigration",
                 ["address", "employment"], "email")


@doc
def bo29(rng):
    text = """\
CDOR DMV -- LAW ENFORCEMENT RECORDS REQUEST (web form submission)
Submission ID: LE-2025-088731
Submitted: 2025-09-11 21:40 MDT
------------------------------------------------------------
Requesting agency ........ Colorado State Patrol
Troop / Office ........... Troop 4A, Grand Junction
Requestor name ........... Tpr. Caleb J. Norstrom
Badge / ID ............... 2784
Phone .................... 970-555-0183
E-mail ................... caleb.norstrom@state.co.us
Case / incident number ... CSP-25-011874
Nature of case ........... Criminal - vehicular eluding (C.R.S. 42-4-1413) and
                           leaving the scene
DPPA permissible use ..... (b)(1) government agency function - 18 U.S.C. 2721
------------------------------------------------------------
SUBJECT 1
  Last name .............. KRISHNAMURTHY
  First / middle ......... Naveen
  DOB .................... 1996-04-18
  CO DL/ID # ............. 14-123-4567
Records requested ........ [x] DL photo  [x] Driver history  [x] Vehicles registered
                           [ ] Address history  [ ] Other
Comments:
  Driver fled a traffic stop on I-70 MM 31 on 9/10. Need photo for lineup and
  list of registered vehicles. Thanks.
------------------------------------------------------------
By submitting this form I certify that the information requested will be used
only for the law enforcement purpose stated above.
"""
    with open(f"{OUT}/bo29.txt", "w", encoding="utf-8") as f:
        f.write(text)
    return label("bo29", "txt", "Colorado State Patrol DMV web-form submission (criminal case), no process",
                 R("state-police", "Colorado State Patrol", "Caleb J. Norstrom", "Trooper",
                   "caleb.norstrom@state.co.us", "970-555-0183"),
                 [S("Naveen Krishnamurthy", "1996-04-18", license="141234567")],
                 ["CRS 42-4-1413", "18 USC 2721"],
                 "none", None, "criminal_investigation",
                 ["photo", "license", "vehicle"], "email")


@doc
def bo30(rng):
    text = """\
[Pasted from Outlook into the request log by R. Salas, 09/12/2025]

From: Fairweather, Rhonda <rhonda.fairweather@elbertcounty-co.gov>
Sent: Friday, September 12, 2025 10:42 AM
To: CDLE UI Records <cdle_records@state.co.us>
Subject: address check

Good morning,

I'm trying to find a good address for WENDELL RAY PRUITT, DOB 11/23/1969. We
have civil papers to serve on him (his ex-wife, Darlene Pruitt, is the
petitioner) and the address we have in Kiowa is no good. If you have a more
recent address or phone number from his unemployment file that would help a
lot.

Thank you,

Deputy Rhonda Fairweather
Civil Process Unit
Elbert County Sheriff's Office
751 Ute Avenue, Kiowa, CO 80117
303-555-0114
"""
    with open(f"{OUT}/bo30.txt", "w", encoding="utf-8") as f:
        f.write(text)
    return label("bo30", "txt", "sheriff's civil-process deputy email pasted into log; no process, no criminal or immigration purpose",
                 R("sheriff", "Elbert County Sheriff's Office", "Rhonda Fairweather", "Deputy",
                   "rhonda.fairweather@elbertcounty-co.gov", "303-555-0114"),
                 [S("Wendell Ray Pruitt", "1969-11-23")],
                 [],
                 "none", None, "unknown",
                 ["address", "phone"], "email")


@doc
def bo31(rng):
    inner_body = """
    To the Colorado Division of Motor Vehicles:

    Homeland Security Investigations (HSI) Denver is conducting a criminal investigation into the production and sale of fraudulent identity and immigration documents, in violation of 18 U.S.C. § 1546 and 18 U.S.C. § 1028. In furtherance of this investigation, HSI respectfully requests copies of driver license / identification card records for the individuals below, including photographs, the documents presented at issuance, and addresses of record:

      1) GUTIÉRREZ IBARRA, Marcos Antonio   DOB 01/30/1987   CO DL 09-876-5432
      2) LYSENKO, Oksana                    DOB 14 Feb 1992

    This request is made under the authority of 8 U.S.C. § 1357 and 19 U.S.C. § 1589a. The information will be used solely for this criminal investigation.

    Respectfully,

    Mehmet Yilmaz
    Special Agent
    U.S. Department of Homeland Security
    Homeland Security Investigations – Denver
    12445 E. Caley Ave., Centennial, CO 80111
    Desk: (720) 555-0144
    mehmet.yilmaz@hsi.dhs.gov
    """
    inner = make_email("Yilmaz, Mehmet <mehmet.yilmaz@hsi.dhs.gov>",
                       "dmv_records@state.co.us",
                       "HSI Denver - records request (document fraud investigation)",
                       "2025-09-15 11:20 -0600", body=inner_body,
                       msgid="<HSI.yilmaz.0915.1@hsi.dhs.gov>")
    outer_body = """
    Hello,

    I sent the attached request last week to an address that I've now been told is no longer monitored. Forwarding it to the investigations mailbox. Please let me know if you need anything else from me.

    Thanks,
    SA Mehmet Yilmaz
    HSI Denver
    (720) 555-0144
    """
    m = make_email("Yilmaz, Mehmet <mehmet.yilmaz@hsi.dhs.gov>",
                   "DMV Investigations <dor_dmv_investigations@state.co.us>",
                   "FW: HSI Denver - records request (document fraud investigation)",
                   "2025-09-22 08:03 -0600", body=outer_body, attachments=[inner],
                   msgid="<HSI.yilmaz.0922.2@hsi.dhs.gov>")
    with open(f"{OUT}/bo31.eml", "wb") as f:
        f.write(bytes(m))
    return label("bo31", "eml", "HSI special agent forwards his earlier request as message/rfc822; criminal document-fraud case, no process",
                 R("dhs-ice-hsi", "Homeland Security Investigations – Denver", "Mehmet Yilmaz", "Special Agent",
                   "mehmet.yilmaz@hsi.dhs.gov", "(720) 555-0144"),
                 [S("Marcos Antonio Gutiérrez Ibarra", "1987-01-30", license="098765432"),
                  S("Oksana Lysenko", "1992-02-14")],
                 ["18 USC 1546", "18 USC 1028", "8 USC 1357", "19 USC 1589a"],
                 "none", None, "criminal_investigation",
                 ["photo", "identity_documents", "address", "license"], "email")


@doc
def bo32(rng):
    text = """\
Colorado Department of Human Services
Records Request Intake - Online Form (auto-generated text copy)
Reference: CDHS-RR-25-00612     Received: 10/03/2025 09:12

Requesting Agency:      U.S. Immigration and Customs Enforcement
Requester:              Officer Derek Sandoval
Title:                  Immigration Officer
Email:                  derek.sandoval@ice.dhs.gov
Phone:                  (303) 555-0191
Legal authority cited:  8 USC 1357
Purpose of request:     Official use - locate

Individual(s):
  Name:        OSMAN, Hamza Abdikarim
  DOB:         05/05/2000
  A-Number:    A219004377
  SSN:         (not provided)

Information requested:
  Current residential address, and whether the individual currently receives
  any public assistance benefits (SNAP/TANF/Medicaid) through the county.

Attachments: none

Requester acknowledgement: [checked] I certify that I am an authorized
representative of the agency named above.
"""
    with open(f"{OUT}/bo32.txt", "w", encoding="utf-8") as f:
        f.write(text)
    return label("bo32", "txt", "human-services online intake form from ICE officer (component unstated), 'official use - locate'",
                 R("dhs-ice", "U.S. Immigration and Customs Enforcement", "Derek Sandoval", "Immigration Officer",
                   "derek.sandoval@ice.dhs.gov", "(303) 555-0191"),
                 [S("Hamza Abdikarim Osman", "2000-05-05", a_number="A219004377")],
                 ["8 USC 1357"],
                 "none", None, "civil_immigration",
                 ["address", "benefits"], "email")


# ================================================================= main
def main():
    os.makedirs(WORK, exist_ok=True)
    random.seed(SEED)
    rng = np.random.default_rng(SEED)
    for fn in DOCS:
        lab = fn(rng)
        with open(f"{OUT}/{lab['id']}.expected.json", "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", lab["id"], lab["format"], lab["legal_process"]["type"])


if __name__ == "__main__":
    main()
