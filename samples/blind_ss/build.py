#!/usr/bin/env python3
"""Build the blind_ss sample set (independent author). Deterministic: fixed seed.

Run:  /work/main/.venv/bin/python samples/blind_ss/build.py
Temporary files go to /tmp/author_ss/work.
"""
import json
import re
import os
import random
import shutil
import subprocess
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_ss/work"
SEED = 4242
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
if not os.path.exists(FONTDIR + "DejaVuSans.ttf"):
    FONTDIR = "/usr/share/fonts/truetype/"
for nm, fn in [("Sans", "DejaVuSans.ttf"), ("SansB", "DejaVuSans-Bold.ttf"),
               ("Serif", "DejaVuSerif.ttf"), ("SerifB", "DejaVuSerif-Bold.ttf"),
               ("Mono", "DejaVuSansMono.ttf"), ("MonoB", "DejaVuSansMono-Bold.ttf"),
               ("SansI", "DejaVuSans-Oblique.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, FONTDIR + fn))


# ---------------------------------------------------------------- rendering
def _plain(l):
    return bool(l) and not l.startswith("!") and not l[0].isspace() and "  " not in l.strip()


def join_paragraphs(lines):
    """Re-flow hard-wrapped prose: a plain line of >= 70 chars continues onto the next plain line."""
    out = []
    for l in lines:
        if out and _plain(out[-1]) and _plain(l) and len(out[-1]) >= 70 \
                and not l.lstrip()[:1] in ("•", "-", "(", "*") and not re.match(r"\d{1,2}[.)] ", l):
            out[-1] = out[-1] + " " + l
        else:
            out.append(l)
    return out


def render_pdf(path, text, family="Serif", size=10.5):
    """Tiny markup: '\f' page break; line prefixes
    !H big centred bold, !C centred bold, !c centred regular, !B bold, !R rule,
    !S small, !M monospace, !I italic small, !> right aligned."""
    bold = family + "B" if family in ("Sans", "Serif", "Mono") else family
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setAuthor("")
    W, H = letter
    left, right, top, bottom = 72, W - 72, H - 60, 60
    pages = text.split("\f")
    for pi, page in enumerate(pages):
        y = top
        for raw in join_paragraphs(page.strip("\n").split("\n")):
            tag = raw[:2] if raw.startswith("!") else ""
            body = raw[2:].lstrip() if tag else raw
            font, fs, align = family, size, "l"
            if tag == "!H":
                font, fs, align = bold, 15, "c"
            elif tag == "!C":
                font, fs, align = bold, 11.5, "c"
            elif tag == "!c":
                font, fs, align = family, size, "c"
            elif tag == "!B":
                font = bold
            elif tag == "!S":
                fs = 7.5
            elif tag == "!I":
                font, fs = "SansI", 8
            elif tag == "!M":
                font, fs = "Mono", 9
            elif tag == "!>":
                align = "r"
            if tag == "!R":
                c.setLineWidth(0.8)
                c.line(left, y + 4, right, y + 4)
                y -= 8
                continue
            if tag in ("", "!B", "!S", "!M") and ("  " in body.strip() or raw.startswith("  ")):
                # tabular / indented line: keep the source columns
                if y < bottom:
                    c.showPage()
                    y = top
                cw = (right - left) / 100.0
                tfs = min(fs, 9.2)
                c.setFont(font, tfs)
                prev_end = 0
                for mt in re.finditer(r"\S+(?: \S+)*", raw if not tag else raw[2:]):
                    x = max(left + mt.start() * cw, prev_end + 9)
                    c.drawString(x, y, mt.group(0))
                    prev_end = x + pdfmetrics.stringWidth(mt.group(0), font, tfs)
                y -= fs * 1.32
                continue
            lines = simpleSplit(body, font, fs, right - left) if body else [""]
            for ln in lines:
                if y < bottom:
                    c.showPage()
                    y = top
                c.setFont(font, fs)
                if align == "c":
                    c.drawCentredString(W / 2, y, ln)
                elif align == "r":
                    c.drawRightString(right, y, ln)
                else:
                    c.drawString(left, y, ln)
                y -= fs * 1.32
        c.setFont(family, 7)
        c.drawCentredString(W / 2, 30, f"Page {pi + 1} of {len(pages)}")
        c.showPage()
    c.save()


def pdf_to_images(pdf, dpi, stem):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, stem], check=True)
    d = os.path.dirname(stem)
    b = os.path.basename(stem)
    files = sorted(f for f in os.listdir(d) if f.startswith(b + "-") and f.endswith(".png"))
    return [Image.open(os.path.join(d, f)).convert("L") for f in files]


def degrade(img, rng, turn=0):
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    a = 25 + a * 0.82  # grey background
    nrs = np.random.RandomState(rng.randint(0, 10 ** 6))
    a += nrs.normal(0, 9, a.shape)
    # a few specks
    for _ in range(120):
        y, x = nrs.randint(0, a.shape[0] - 3), nrs.randint(0, a.shape[1] - 3)
        a[y:y + 2, x:x + 2] = 40
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    if turn:
        img = img.rotate(turn, expand=True)
    return img


def make_scanned(text, out, rng, family, dpi=200, turns=None):
    stem = os.path.join(TMP, os.path.basename(out) + "_src")
    render_pdf(stem + ".pdf", text, family)
    imgs = pdf_to_images(stem + ".pdf", dpi, stem)
    res = []
    for i, im in enumerate(imgs):
        t = (turns or {}).get(i, 0)
        im = degrade(im, rng, t)
        jp = f"{stem}_{i}.jpg"
        im.save(jp, "JPEG", quality=42)
        res.append(Image.open(jp).convert("L"))
    import time
    fixed = time.gmtime(1793534400)
    res[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=res[1:],
                creationDate=fixed, modDate=fixed)


def make_fax(text, out, rng, family, header):
    stem = os.path.join(TMP, os.path.basename(out) + "_src")
    render_pdf(stem + ".pdf", text, family)
    imgs = pdf_to_images(stem + ".pdf", 200, stem)
    font = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 22)
    pages = []
    n = len(imgs)
    for i, im in enumerate(imgs):
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 44], fill=255)
        d.text((30, 12), header.format(p=i + 1, n=n), fill=0, font=font)
        a = np.asarray(im).astype(np.float32)
        nrs = np.random.RandomState(rng.randint(0, 10 ** 6))
        a += nrs.normal(0, 14, a.shape)
        bw = Image.fromarray(np.where(a > 150, 255, 0).astype(np.uint8)).convert("1")
        pages.append(bw)
    pages[0].save(out, compression="group4", dpi=(200, 200), save_all=True, append_images=pages[1:])


def pdf_bytes(text, name, family="Serif"):
    p = os.path.join(TMP, name)
    render_pdf(p, text, family)
    with open(p, "rb") as f:
        return f.read()


def png_bytes(text, name, family="Sans", dpi=110, fmt="PNG"):
    p = os.path.join(TMP, name)
    render_pdf(p + ".pdf", text, family)
    imgs = pdf_to_images(p + ".pdf", dpi, p)
    im = imgs[0]
    if len(imgs) > 1:
        tot = sum(i.height for i in imgs)
        big = Image.new("L", (im.width, tot), 255)
        y = 0
        for i in imgs:
            big.paste(i, (0, y))
            y += i.height
        im = big
    out = p + "." + fmt.lower()
    if fmt == "JPEG":
        im.save(out, "JPEG", quality=80)
    else:
        im.save(out, "PNG", optimize=True)
    with open(out, "rb") as f:
        return f.read()


def dt(y, mo, d, h, mi, tzh=-5):
    return format_datetime(datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=tzh))))


def new_mail(frm, to, subj, date, mid, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = f"<{mid}>"
    m["MIME-Version"] = "1.0"
    return m


# ---------------------------------------------------------------- labels
def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def label(i, fmt, template, ak, an, person, title, email, phone, subjects, basis, ptype,
          form, attached, purpose, records, channel):
    return {
        "id": i, "family": "blind-ss", "format": fmt, "template": template,
        "requestor": {"agency_key": ak, "agency_name": an, "person": person, "title": title,
                      "email": email, "phone": phone},
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype,
                          "court_issued": ptype in ("judicial_warrant", "court_order",
                                                    "grand_jury_subpoena", "court_subpoena"),
                          "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }


DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ================================================================ documents
# ---- bss01: informal e-mail, municipal police, SD
def b01():
    m = new_mail('"Halvorsen, Derek" <dhalvorsen@siouxfalls.gov>', "dl.records@state.sd.us",
                 "DL photo + address - Brandvold", dt(2026, 10, 1, 9, 14, -5), "b01.5521@siouxfalls.gov")
    m.set_content("""Morning,

Working a theft case (SFPD case 26-018844) and need whatever you can send me on this guy:

Tyler James Brandvold
DOB 07/19/1994
SD DL 02847193

Looking for his current address on file and the DL photo. He's our suspect in a string of
catalytic converter thefts out of the Western Ave storage lots (SDCL 22-30A-1). Victim business is
Prairie Stor-All, owner Gail Knutson, in case anyone asks -- she's not involved beyond that.

Thanks a bunch,

Det. Derek Halvorsen
Sioux Falls Police Department | Investigations Division
320 W 4th St, Sioux Falls SD 57104
Office 605-555-0132
dhalvorsen@siouxfalls.gov
""")
    return m


doc(id="bss01", fmt="eml", build=b01, label=label(
    "bss01", "eml", "short informal detective e-mail, plain text", "local-police",
    "Sioux Falls Police Department", "Derek Halvorsen", "Detective", "dhalvorsen@siouxfalls.gov",
    "605-555-0132", [S("Tyler James Brandvold", "1994-07-19", ("license", "02847193"))],
    ["SDCL 22-30A-1"], "none", None, False, "criminal_investigation", ["address", "photo"], "email"))

# ---- bss02: ERO New Orleans letterhead, two subjects, civil immigration
T02 = """!H U.S. Department of Homeland Security
!c U.S. Immigration and Customs Enforcement
!c Enforcement and Removal Operations – New Orleans Field Office
!c 1250 Poydras Street, Suite 325, New Orleans, LA 70113
!R
!> October 2, 2026

Louisiana Office of Motor Vehicles
Attn: Records Custodian / Public Records Unit
7979 Independence Blvd.
Baton Rouge, LA 70806

!B RE: Request for Driver and Identification Card Information — FOR OFFICIAL USE ONLY

Dear Records Custodian:

U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), requests
the information your office maintains on the individuals listed below. This request is made
pursuant to the authority of 8 U.S.C. § 1357(a) and section 287 of the Immigration and
Nationality Act, which authorize immigration officers to interrogate and locate aliens believed to
be in the United States in violation of law.

 1.  NÚÑEZ-ARRIAGA, José Luis         DOB: 03/11/1989     A-Number: A 208 114 567
 2.  IBÁÑEZ RUELAS, Oscar             DOB: 22 Jan 1992    A-Number: A215-337-904

For each individual, please provide the most recent residential and mailing address on record,
any driver license or identification card number and its status, the digitized photograph, and
any vehicles registered in the individual's name.

The information is requested for official use only and will not be disseminated outside of DHS.
Please direct the response to the undersigned by e-mail or to the address above.

Sincerely,



Marisol T. Fontenot
Deportation Officer
ICE ERO New Orleans, Fugitive Operations Team
Desk: (504) 555-0147
marisol.t.fontenot@ice.dhs.gov

!S WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552). It is to be controlled, stored, handled, transmitted, distributed, and disposed of in accordance with DHS policy.
"""
doc(id="bss02", fmt="born_digital", text=T02, family="Serif", label=label(
    "bss02", "born_digital", "ERO letterhead letter, two subjects with A-numbers", "dhs-ice-ero",
    "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – New Orleans Field Office",
    "Marisol T. Fontenot", "Deportation Officer", "marisol.t.fontenot@ice.dhs.gov", "(504) 555-0147",
    [S("José Luis Núñez-Arriaga", "1989-03-11", ("a_number", "A208114567")),
     S("Oscar Ibáñez Ruelas", "1992-01-22", ("a_number", "A215337904"))],
    ["8 USC 1357", "INA 287", "5 USC 552"], "none", None, False, "civil_immigration",
    ["address", "license", "photo", "vehicle"], "mail"))

# ---- bss03: FBI cover + AO 93 search warrant, D. Mont., scanned
T03 = """!H FEDERAL BUREAU OF INVESTIGATION
!c Salt Lake City Field Office — Billings Resident Agency
!c 2900 4th Avenue North, Billings, MT 59101
!R
October 5, 2026

Montana Department of Justice, Motor Vehicle Division
Records & Driver Control Bureau
P.O. Box 201430, Helena, MT 59620-1430

Re: Service of Search and Seizure Warrant, Case No. 26-MJ-0142-BLG-TJC

To the Records Bureau:

Enclosed please find a Search and Seizure Warrant issued by a United States Magistrate Judge for
the District of Montana. The warrant directs production of driver, identification card, title and
registration records, including digital images, for BOHDAN KOVALENKO, DOB 05/02/1981, Montana
driver license no. 0419 8102 5531. The investigation concerns wire fraud targeting elderly
residents of Yellowstone County (18 U.S.C. § 1343).

Please produce the records within ten days to the undersigned. Questions: (406) 555-0163 or
kwhitcomb@fbi.gov.

Respectfully,

Karen L. Whitcomb
Special Agent, FBI Billings RA
\f!S AO 93 (Rev. 11/13) Search and Seizure Warrant
!C UNITED STATES DISTRICT COURT
!c for the
!c District of Montana

In the Matter of the Search of                               )
(Briefly describe the property to be searched                 )      Case No. 26-MJ-0142-BLG-TJC
or identify the person by name and address)                   )
Records maintained by the Montana Motor Vehicle Division      )
relating to Bohdan KOVALENKO                                  )

!C SEARCH AND SEIZURE WARRANT

To:  Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests
the search of the following person or property located in the District of Montana: records of
the Montana Department of Justice, Motor Vehicle Division, Helena, Montana, as described in
Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and
seize the person or property described above, and that such search will reveal: evidence of
violations of 18 U.S.C. § 1343 (wire fraud), as described in Attachment B.

YOU ARE COMMANDED to execute this warrant on or before October 19, 2026 (not to exceed 14 days)
 [X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good
cause has been established.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for
the property taken to the person from whom, or from whose premises, the property was taken.

The officer executing this warrant, or an officer present during the execution of the warrant,
must prepare an inventory as required by law and promptly return this warrant and inventory to
the United States Magistrate Judge on duty.

 [ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse
result listed in 18 U.S.C. § 2705 (except for delay of trial).

Date and time issued:  10/05/2026  2:41 p.m.               /s/ Theodore J. Calloway
                                                               Judge's signature
City and state:  Billings, Montana                 Theodore J. Calloway, U.S. Magistrate Judge
                                                               Printed name and title
\f!C ATTACHMENT A — Property to be searched
Records held by the Montana Motor Vehicle Division, 302 N. Roberts, Helena, MT, relating to:
    Bohdan KOVALENKO, date of birth 05/02/1981, MT DL 041981025531.

!C ATTACHMENT B — Particular things to be seized
1. Driver license and identification card applications, including photographs and signatures.
2. Residential and mailing addresses, 2023 to present.
3. Title and registration records for any vehicle registered to KOVALENKO, alone or jointly.
4. Any records reflecting identity documents presented in support of any application.

Nothing in this warrant authorizes seizure of records of any other person, including the victims
identified in the affidavit (e.g., M. Hale, R. Dunning).
"""
doc(id="bss03", fmt="scanned", text=T03, family="Serif", turns={2: 180}, label=label(
    "bss03", "scanned", "FBI cover letter + AO 93 search warrant, scanned 200 dpi, last page upside down",
    "doj-fbi", "Federal Bureau of Investigation, Salt Lake City Field Office — Billings Resident Agency",
    "Karen L. Whitcomb", "Special Agent", "kwhitcomb@fbi.gov", "(406) 555-0163",
    [S("Bohdan Kovalenko", "1981-05-02", ("license", "041981025531"))],
    ["18 USC 1343", "18 USC 3103a", "18 USC 2705"], "judicial_warrant", "AO 93", True,
    "criminal_investigation", ["license", "photo", "address", "vehicle", "identity_documents"], "mail"))

# ---- bss04: Oklahoma County Sheriff fax cover + request form
T04 = """!H OKLAHOMA COUNTY SHERIFF'S OFFICE
!c 201 N. Shartel Ave., Oklahoma City, OK 73102
!C FACSIMILE TRANSMITTAL
!R
TO:        Oklahoma Employment Security Commission — Legal / Records
FAX:       (405) 555-0190
FROM:      Inv. Cody Harjo, Property Crimes Unit
PHONE:     (405) 555-0121          FAX: (405) 555-0122
DATE:      10/06/2026              PAGES (incl. cover): 2
RE:        Wage & employer info — OCSO Case 2026-041177

Comments: Please see attached request form. Subject is believed to be fencing stolen copper and
tools through a pipe supply yard. Call with any questions.

!S CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential law enforcement information. If you have received this fax in error, notify the sender by telephone and destroy the documents.
\f!C LAW ENFORCEMENT REQUEST FOR RECORDS
!c (OCSO Form RR-3)
!R
Requesting Agency:          Oklahoma County Sheriff's Office
Requesting Officer:         Investigator Cody Harjo, #1187
Unit:                       Criminal Investigations — Property Crimes
Telephone / E-mail:         (405) 555-0121  /  charjo@oklahomacounty.org
Case Number:                2026-041177
Offense:                    Receiving / concealing stolen property, 21 O.S. § 1713

SUBJECT INFORMATION
Last Name:                  PRUITT
First / Middle:             Ladarius Quentin
Date of Birth:              12-03-1990
SSN (last 4):               xxx-xx-5829
OK DL #:                    P091203774

Records requested (check):
  [X] Employer(s) of record, last 8 quarters      [X] Quarterly wages
  [X] Last known address                          [ ] UI claim file
  [ ] Other: ________________________

Known / possible employer: Red Dirt Pipe & Supply LLC, 4410 SE 29th St, Del City OK
(employer contact Ronnie Gaskill — NOT a suspect; do not contact)

Purpose: Active criminal investigation. Records will be used solely for law enforcement purposes.

Officer signature: /s/ C. Harjo                               Date: 10/06/2026
Supervisor:        Lt. Angela Whitebird
"""
doc(id="bss04", fmt="fax", text=T04, family="Sans",
    header="OCT-06-2026 10:42  OKLA CO SHERIFF CID  4055550122        P.{p}/{n}", label=label(
    "bss04", "fax", "sheriff fax cover + label/value request form", "sheriff",
    "Oklahoma County Sheriff's Office", "Cody Harjo", "Investigator", "charjo@oklahomacounty.org",
    "(405) 555-0121",
    [S("Ladarius Quentin Pruitt", "1990-12-03", ("ssn_last4", "5829"), ("license", "P091203774"))],
    ["21 OS 1713"], "none", None, False, "criminal_investigation", ["employment", "wages", "address"], "fax"))

# ---- bss05: ERO Las Vegas e-mail + I-138 subpoena PDF attached
T05 = """!S DEPARTMENT OF HOMELAND SECURITY
!S U.S. Immigration and Customs Enforcement
!C IMMIGRATION ENFORCEMENT SUBPOENA
!c To Appear and/or Produce Records
!c (8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4)
!R
Subpoena No.: LVG-26-00981                                   File No.: A 201 556 873
In the matter of: WARSAME, Abdirahman Farah

To:  Custodian of Records, Nevada Department of Employment, Training and Rehabilitation (DETR),
     Employment Security Division, 500 E. Third Street, Carson City, NV 89713

By the authority vested in me by section 235(d)(4)(A) of the Immigration and Nationality Act,
8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4, you are hereby commanded and required to produce
the records described below, which relate to the admissibility and/or removability of the person
named above.

Records to be produced, for the period January 1, 2023 to present:
  (a) all quarterly wage records reported for WARSAME, Abdirahman Farah, DOB 09/14/1987;
  (b) the name and address of each reporting employer (including Silver State Linen Services);
  (c) any residential address and telephone number provided by the individual in connection with
      any claim for unemployment insurance benefits.

Production may be made by mail or e-mail to the issuing officer, in lieu of appearance, on or
before October 23, 2026.

Failure to comply with this subpoena may result in the Department of Homeland Security seeking
an order of a United States District Court requiring compliance; failure to obey such order may
be punished by the court as contempt thereof (8 U.S.C. § 1225(d)(4)(B)).

Issued at Las Vegas, Nevada, this 7th day of October, 2026.

/s/ Gerald P. Antonucci
Assistant Field Office Director, ERO Salt Lake City — Las Vegas Sub-Office
(Signature and title of issuing officer)

Requested by: Bryce Tolliver, Deportation Officer, (702) 555-0184

!S DHS Form I-138 (6/18)
"""


def b05():
    m = new_mail("Tolliver, Bryce <Bryce.Tolliver@ice.dhs.gov>",
                 "DETR ESD Records <esdrecords@detr.nv.gov>",
                 "Immigration Enforcement Subpoena LVG-26-00981 -- WARSAME", dt(2026, 10, 7, 13, 2, -7),
                 "b05.20261007@ice.dhs.gov")
    m.set_content("""Good afternoon,

Attached please find a DHS Immigration Enforcement Subpoena (Form I-138) for wage and employer
records pertaining to Abdirahman Farah WARSAME (DOB 09/14/1987, A# 201-556-873). Responsive
records may be returned to me by e-mail in PDF or spreadsheet format.

Thank you for your assistance.

v/r

Bryce Tolliver
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Las Vegas Sub-Office
Office: (702) 555-0184  |  Cell: (702) 555-0185

This communication, along with any attachments, is covered by federal and state law governing
electronic communications and may contain confidential and legally privileged information.
""")
    m.add_attachment(pdf_bytes(T05, "b05att.pdf", "Sans"), maintype="application", subtype="pdf",
                     filename="I-138_LVG-26-00981_WARSAME.pdf")
    return m


doc(id="bss05", fmt="eml", build=b05, label=label(
    "bss05", "eml", "ERO e-mail with I-138 immigration enforcement subpoena attached (PDF)",
    "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations",
    "Bryce Tolliver", "Deportation Officer", "Bryce.Tolliver@ice.dhs.gov", "(702) 555-0184",
    [S("Abdirahman Farah Warsame", "1987-09-14", ("a_number", "A201556873"))],
    ["8 USC 1225", "8 CFR 287.4", "INA 235"], "administrative_subpoena", "I-138", True,
    "civil_immigration", ["wages", "employment", "address", "phone"], "email"))

# ---- bss06: DEA 21 USC 876 subpoena, Arkansas OMV, two subjects
T06 = """!S U.S. Department of Justice
!S Drug Enforcement Administration
!C SUBPOENA
!c (Issued under the authority of Title 21, United States Code, Section 876)
!R
Subpoena No.  LR-26-118204                         DEA Case No.  R3-26-0077
                                                   Little Rock Resident Office

TO:  Custodian of Records
     Arkansas Department of Finance and Administration, Office of Motor Vehicle
     1900 W. 7th Street, Room 1100, Little Rock, AR 72201

YOU ARE HEREBY REQUIRED TO APPEAR before Task Force Officer Shane W. Pettus, an officer of the
Drug Enforcement Administration, at 10825 Financial Centre Pkwy, Suite 300, Little Rock, AR 72211,
on October 27, 2026 at 10:00 a.m., to testify and give information in connection with an
investigation relating to the enforcement of the Controlled Substances Act (21 U.S.C. § 801 et
seq.), including possible violations of 21 U.S.C. §§ 841 and 846.

YOU ARE FURTHER REQUIRED to bring with you and produce the following records:
  All vehicle registration, title and lien records, and driver license records (including
  address history and photographs), from January 1, 2024 to the present, for:

    1.  TILLERY, Marcus Deshawn       DOB 02/27/1985     AR DL 930146228
    2.  DE LA CRUZ MONTOYA, Yesenia   DOB 08/09/1993     AR DL 931077405

In lieu of appearance, production of certified copies by mail or electronic means to the officer
named above will be deemed compliance.

Failure to comply with the requirements of this subpoena will render you liable to proceedings
in the United States District Court to enforce obedience to the requirements of this subpoena,
and to punish default or disobedience (21 U.S.C. § 876(c)).

Disclosure of the existence of this subpoena could impede an ongoing criminal investigation. You
are requested not to disclose it for a period of 90 days.

Issued on October 8, 2026

/s/ Raymond J. Kessinger
Raymond J. Kessinger, Group Supervisor
Drug Enforcement Administration, Little Rock Resident Office
(501) 555-0176  |  raymond.j.kessinger@dea.gov

Contact: TFO Shane W. Pettus, (501) 555-0177, shane.w.pettus@dea.gov
"""
doc(id="bss06", fmt="born_digital", text=T06, family="Serif", label=label(
    "bss06", "born_digital", "DEA 21 USC 876 administrative subpoena, two subjects", "doj-dea",
    "Drug Enforcement Administration, Little Rock Resident Office", "Raymond J. Kessinger",
    "Group Supervisor", "raymond.j.kessinger@dea.gov", "(501) 555-0176",
    [S("Marcus Deshawn Tillery", "1985-02-27", ("license", "930146228")),
     S("Yesenia de la Cruz Montoya", "1993-08-09", ("license", "931077405"))],
    ["21 USC 876", "21 USC 801", "21 USC 841", "21 USC 846"], "administrative_subpoena", None, True,
    "criminal_investigation", ["vehicle", "license", "address", "photo"], "mail"))

# ---- bss07: Wyoming Highway Patrol web-form paste, txt
T07 = """=== WYDOT Driver Services — Law Enforcement Record Request (online form) ===
Submission ID: LER-2026-10-08-0312
Submitted:     2026-10-08 16:47 MDT

Agency name ............ Wyoming Highway Patrol, District 2 (Casper)
Requesting officer ..... Trooper First Class Jenna Ruiz-Holt
Badge / ID ............. WHP 4471
Phone .................. 307-555-0119
E-mail ................. jenna.ruiz-holt@wyo.gov
Agency ORI ............. WY0010100

Subject last name ...... SORENSEN
Subject first name ..... Kaden
Middle initial ......... R
Date of birth .......... 2001-04-30
WY DL / ID number ...... 123456-789

Records requested ...... [x] Driver record / history  [x] Current address  [ ] Photo  [x] Vehicle registrations
Reason for request ..... Theft investigation - W.S. 6-3-402. Subject suspected of taking a trailer
                         from a ranch near Evansville; registered owner of trailer is Harlan
                         Beck (victim).
DPPA permitted use ..... (b)(1) - Use by a government agency / law enforcement in carrying out its functions

I certify that the information requested will be used only for the purpose stated above.
[x] I agree        Electronic signature: Jenna Ruiz-Holt
"""
doc(id="bss07", fmt="txt", text=T07, label=label(
    "bss07", "txt", "pasted DMV web-form submission", "state-police",
    "Wyoming Highway Patrol, District 2 (Casper)", "Jenna Ruiz-Holt", "Trooper First Class",
    "jenna.ruiz-holt@wyo.gov", "307-555-0119",
    [S("Kaden R. Sorensen", "2001-04-30", ("license", "123456789"))],
    ["WS 6-3-402"], "none", None, False, "criminal_investigation",
    ["license", "address", "vehicle"], "email"))

# ---- bss08: ERO cover letter + I-200, New Hampshire DMV
T08 = """!H U.S. Immigration and Customs Enforcement
!c Enforcement and Removal Operations — Boston Field Office
!c Manchester, NH Sub-Office · 1750 Elm Street, Suite 301 · Manchester, NH 03104
!R
9 October 2026

New Hampshire Department of Safety
Division of Motor Vehicles — Bureau of Records
23 Hazen Drive, Concord, NH 03305

Subject:  PHAM, Van Duc    DOB: 23 Nov 1979    A# 098 765 432

Dear Sir or Madam,

ERO Manchester is seeking to locate the above-named individual, who is the subject of the
enclosed Warrant for Arrest of Alien (Form I-200). We respectfully request his current residential
address, any vehicle registered to him, and a copy of his license photograph, if any. NH license
number on our file: NHL19791123 (may be expired).

Please contact me at the number below with any questions.

Respectfully,

Paul R. Desjardins
Deportation Officer
(603) 555-0138  ·  paul.desjardins@ice.dhs.gov

Enclosure: Form I-200
\f!S DEPARTMENT OF HOMELAND SECURITY
!C WARRANT FOR ARREST OF ALIEN
!R
                                                      File No.  A098 765 432
                                                      Date:     10/08/2026
To:  Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and
     Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of
     arrest for immigration violations

I have determined that there is probable cause to believe that    PHAM, Van Duc
is removable from the United States. This determination is based upon:
   [ ] the execution of a charging document to initiate removal proceedings against the subject;
   [X] the pendency of ongoing removal proceedings against the subject;
   [ ] the failure to establish admissibility subsequent to deferred inspection;
   [X] biometric confirmation of the subject's identity and a records check of federal databases
       that affirmatively indicate, by themselves or in addition to other reliable information,
       that the subject either lacks immigration status or notwithstanding such status is
       removable under U.S. immigration law; and/or
   [ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration
and Nationality Act, the above-named alien.

                                         /s/ Katherine E. Lowry
                                         (Signature of Authorized Immigration Officer)
                                         Katherine E. Lowry, Supervisory Detention and Deportation Officer
                                         (Printed Name and Title of Authorized Immigration Officer)

!B Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ______________ on
______________, and the contents of this notice were read to him or her in the ______________
language.

!S Form I-200 (Rev. 09/16)
"""
doc(id="bss08", fmt="born_digital", text=T08, family="Serif", label=label(
    "bss08", "born_digital", "ERO cover letter + Form I-200", "dhs-ice-ero",
    "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Boston Field Office",
    "Paul R. Desjardins", "Deportation Officer", "paul.desjardins@ice.dhs.gov", "(603) 555-0138",
    [S("Van Duc Pham", "1979-11-23", ("a_number", "A098765432"), ("license", "NHL19791123"))],
    ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
    ["address", "vehicle", "photo"], "mail"))

# ---- bss09: ERO Anchorage cover note + I-205, scanned
T09 = """!C U.S. Department of Homeland Security
!c Immigration and Customs Enforcement — ERO Seattle Field Office, Anchorage Sub-Office
!c 701 C Street, Room 169, Anchorage, Alaska 99513
!R
October 12, 2026

State of Alaska, Division of Motor Vehicles
Attn: Research / Records
1300 W. Benson Blvd., Suite 200, Anchorage, AK 99503

Re: MOROZOV, Aleksandr Petrovich — DOB 06/15/1990 — A# 214-908-336

The above individual is subject to a final order of removal and a Warrant of Removal/Deportation
(copy enclosed). Pursuant to 8 U.S.C. § 1231, ICE is responsible for effecting his removal. We ask
that your office provide the last known residential and mailing address, any Alaska driver
license or ID card number, and the photograph on file.

Thank you,

Lorraine Akiyama
Deportation Officer, ERO Anchorage
(907) 555-0151 | lorraine.akiyama@ice.dhs.gov
\f!S DEPARTMENT OF HOMELAND SECURITY
!C WARRANT OF REMOVAL/DEPORTATION
!R
                                                           File No: A214 908 336
                                                           Date:    09/29/2026
To any immigration officer of the United States Department of Homeland Security:

        MOROZOV, Aleksandr Petrovich
        (Full name of alien)

who entered the United States at  Seattle, WA   on  03/18/2015  is subject to removal/deportation
                                  (Place of entry)     (Date of entry)
from the United States, based upon a final order by:
   [X] an immigration judge in exclusion, deportation, or removal proceedings
   [ ] a designated official
   [ ] the Board of Immigration Appeals
   [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
        212(a)(6)(A)(i); 237(a)(1)(B)

I, the undersigned officer of the United States, by virtue of the power and authority vested in
the Secretary of Homeland Security under the laws of the United States and by his or her
direction, command you to take into custody and remove from the United States the above-named
alien, pursuant to law, at the expense of:  the appropriation "Enforcement and Removal
Operations, Immigration and Customs Enforcement".

                                  /s/ Drew M. Halvorson
                                  (Signature of immigration officer)
                                  Field Office Director, Seattle
                                  (Title of immigration officer)
                                  09/29/2026  Tacoma, WA
                                  (Date and office location)

!S Form I-205 (Rev. 08/07)
"""
doc(id="bss09", fmt="scanned", text=T09, family="Sans", turns={1: 90}, label=label(
    "bss09", "scanned", "ERO cover letter + I-205, scanned, page 2 sideways", "dhs-ice-ero",
    "Immigration and Customs Enforcement — ERO Seattle Field Office, Anchorage Sub-Office",
    "Lorraine Akiyama", "Deportation Officer", "lorraine.akiyama@ice.dhs.gov", "(907) 555-0151",
    [S("Aleksandr Petrovich Morozov", "1990-06-15", ("a_number", "A214908336"))],
    ["8 USC 1231", "INA 212", "INA 237"], "administrative_warrant", "I-205", True, "civil_immigration",
    ["address", "license", "photo"], "mail"))

# ---- bss10: I-247A detainer faxed to Kansas DOC
T10 = """!C FAX — ICE ERO KANSAS CITY — CRIMINAL APPREHENSION PROGRAM
!R
To:     Kansas Department of Corrections — Central Records / Release Coordination
Fax:    785-555-0110
From:   SDDO Renata Vásquez, ICE ERO Kansas City (Lansing CAP)
Tel:    (913) 555-0166        E-mail: renata.vasquez@ice.dhs.gov
Date:   10/13/2026            Pages: 3

Please lodge the attached detainer against the inmate below and reply with his scheduled release
date, custody classification and the address he gave for release planning.

      Name: GÓMEZ RAMÍREZ, Édgar     DOB 01/08/1996     KDOC # 0123456
\f!S DEPARTMENT OF HOMELAND SECURITY
!C IMMIGRATION DETAINER – NOTICE OF ACTION
!R
Subject ID: 384 221 907              Event #: KCM2610000214              File No: A219 004 781
Date: 10/13/2026

TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)
    Kansas Department of Corrections, Lansing Correctional Facility, Lansing, KS
FROM: (Department of Homeland Security Office Address)
    ICE ERO, 2901 Shawnee Mission Pkwy, Mission, KS 66205

Name of Alien: GÓMEZ RAMÍREZ, Édgar
Date of Birth: 01/08/1996     Nationality: MEXICO     Sex: M

!B 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN.
THIS DETERMINATION IS BASED ON (complete box 1 or 2):
 [X] A final order of removal against the alien;
 [ ] The pendency of ongoing removal proceedings against the alien;
 [X] Biometric confirmation of the alien's identity and a records check of federal databases that
     affirmatively indicate that the alien lacks immigration status or is removable.

!B IT IS THEREFORE REQUESTED THAT YOU:
 * Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released
   from your custody. Please notify DHS by calling the ICE Law Enforcement Support Center at
   (802) 555-0100 or the CAP duty line (913) 555-0166.
 * Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she
   would otherwise have been released from your custody to allow DHS to assume custody.
 * Relay this detainer to any other law enforcement agency to which you transfer custody.
 * Notify this office in the event of the inmate's death, hospitalization or transfer.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail,
rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or
other matters. This detainer is issued pursuant to 8 U.S.C. §§ 1226 and 1357 and 8 C.F.R. § 287.7.

                      /s/ Renata Vásquez, Supervisory Detention and Deportation Officer
                      (Signature of Immigration Officer)   (Name and Title of Immigration Officer)
\f!B NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An
immigration detainer is a request from DHS that the law enforcement agency currently detaining
you maintain custody of you for a period not to exceed 48 hours beyond the time when you would
otherwise have been released. If you believe you are a United States citizen or the victim of a
crime, please advise DHS by calling the ICE Law Enforcement Support Center toll free.

!S Form I-247A (3/17)                                                                Page 2 of 3
"""
doc(id="bss10", fmt="fax", text=T10, family="Sans",
    header="10/13/2026 08:15  ICE ERO KC CAP  9135550167   #4471 P.{p:03d}/{n:03d}", label=label(
    "bss10", "fax", "ERO fax cover + I-247A detainer to state corrections", "dhs-ice-ero",
    "ICE ERO Kansas City (Lansing CAP)", "Renata Vásquez", "Supervisory Detention and Deportation Officer",
    "renata.vasquez@ice.dhs.gov", "(913) 555-0166",
    [S("Édgar Gómez Ramírez", "1996-01-08", ("a_number", "A219004781"), ("other", "0123456"))],
    ["8 USC 1226", "8 USC 1357", "8 CFR 287.7"], "detainer", "I-247A", True, "civil_immigration",
    ["other", "address"], "fax"))

# ---- bss11: ERO Omaha e-mail with I-247N image attached, Nebraska corrections
T11 = """!S DEPARTMENT OF HOMELAND SECURITY
!C REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
!R
Subject ID: 402 118 556        Event #: OMA2610000087        File No: A205 661 092
Date: October 14, 2026

TO: Nebraska Department of Correctional Services, Records Administrator, Lincoln, NE
FROM: ICE ERO Omaha, 1717 Avenue H East, Omaha, NE 68110

Name of Alien: NGUYEN, Tuan Anh         DOB: 10/02/1988       NDCS ID: 234567
Nationality: VIETNAM

DHS suspects that the subject is a removable alien and requests that you notify DHS as early as
practicable (at least 48 hours, if possible) before the subject is released from your custody.
This request is made under sections 236 and 287 of the Immigration and Nationality Act.

This request does not ask you to detain the subject beyond the time he or she would otherwise be
released.

/s/ Jeremy L. Stoltenberg, Deportation Officer
!S Form I-247N (3/17)
"""


def b11():
    m = new_mail("Stoltenberg, Jeremy L <Jeremy.L.Stoltenberg@ice.dhs.gov>",
                 "NDCS Records <ndcs.records@nebraska.gov>", "I-247N NGUYEN, Tuan Anh NDCS 234567",
                 dt(2026, 10, 14, 11, 20, -5), "b11.OMA2610000087@ice.dhs.gov",
                 cc="ERO-Omaha-CAP@ice.dhs.gov")
    m.set_content("""Hello Records,

Please see the attached I-247N for inmate NGUYEN, Tuan Anh (NDCS 234567). Could you also
confirm his tentative release date and the release address on file?

Thanks,
Jeremy Stoltenberg
Deportation Officer, ICE ERO Omaha
402-555-0129
""")
    m.add_attachment(png_bytes(T11, "b11att", "Sans", 110, "PNG"), maintype="image", subtype="png",
                     filename="I247N_NGUYEN.png")
    return m


doc(id="bss11", fmt="eml", build=b11, label=label(
    "bss11", "eml", "ERO e-mail with I-247N detainer as PNG image", "dhs-ice-ero", "ICE ERO Omaha",
    "Jeremy L. Stoltenberg", "Deportation Officer", "Jeremy.L.Stoltenberg@ice.dhs.gov", "402-555-0129",
    [S("Tuan Anh Nguyen", "1988-10-02", ("a_number", "A205661092"), ("other", "234567"))],
    ["INA 236", "INA 287"], "detainer", "I-247N", True, "civil_immigration", ["other", "address"], "email"))

# ---- bss12: AUSA Delaware cover letter + AO 110 grand jury subpoena
T12 = """!H U.S. Department of Justice
!c United States Attorney's Office — District of Delaware
!c Hercules Building, 1313 N. Market Street, Wilmington, DE 19801
!R
                                                       October 14, 2026
Via FedEx and e-mail (dol.ui.legal@delaware.gov)

Delaware Department of Labor
Division of Unemployment Insurance — Custodian of Records
4425 North Market Street, Wilmington, DE 19802

Re:  Grand Jury Subpoena No. GJ 26-3-117

Dear Custodian:

Enclosed is a federal grand jury subpoena for unemployment insurance claim records, quarterly
wage records and payment records relating to the individuals named in the attachment. The grand
jury is investigating possible violations of federal criminal law, including 18 U.S.C. §§ 1343
and 1028A. The subpoena may be complied with by producing the records to Special Agent Rachel
Dunleavy, DOL-OIG, in lieu of appearance.

Grand jury matters are secret under Rule 6(e) of the Federal Rules of Criminal Procedure; although
that rule does not bind witnesses, we ask that you not disclose the subpoena, as disclosure could
impede the investigation.

Very truly yours,

ANGELA R. TREMONT-HALE
Acting United States Attorney

By: /s/ Meredith A. Castellano
Meredith A. Castellano
Assistant United States Attorney
(302) 555-0157 | meredith.castellano@usdoj.gov

cc: SA Rachel Dunleavy, U.S. Department of Labor, Office of Inspector General
\f!S AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
!C UNITED STATES DISTRICT COURT
!c for the
!c District of Delaware
!C SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To:  Custodian of Records, Delaware Department of Labor, Division of Unemployment Insurance

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place
shown below to testify before the court's grand jury. When you arrive, you must remain at the
court until the judge or a court officer allows you to leave.

Place: J. Caleb Boggs Federal Building, 844 N. King St., Wilmington, DE 19801   Date and Time:
       Grand Jury Room 3B                                                       11/05/2026 9:00 am

You must also bring with you the following documents, electronically stored information, or
objects: SEE ATTACHMENT.

Date: 10/13/2026                                CLERK OF COURT
                                                /s/ L. Whitford
                                                Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United
States attorney, who requests this subpoena, are:
Meredith A. Castellano, AUSA, 1313 N. Market St., Wilmington, DE 19801,
meredith.castellano@usdoj.gov, (302) 555-0157
\f!C ATTACHMENT TO GRAND JURY SUBPOENA GJ 26-3-117
For the period January 1, 2024 through the date of this subpoena, produce all records of claims
for unemployment insurance, quarterly wage reports, and benefit payment records (including bank
account and debit card information to which payments were directed) for:

  1. Shanice M. WHITAKER    DOB 1991-03-30   SSN ending 4471
  2. Devon Alphonso CARROW  DOB 1988-12-14   SSN ending 0926

including records identifying Blue Hen Staffing Solutions LLC as a reporting employer for either
individual.
"""
doc(id="bss12", fmt="born_digital", text=T12, family="Serif", label=label(
    "bss12", "born_digital", "AUSA cover letter + AO 110 grand jury subpoena, two subjects",
    "doj-usao", "United States Attorney's Office — District of Delaware", "Meredith A. Castellano",
    "Assistant United States Attorney", "meredith.castellano@usdoj.gov", "(302) 555-0157",
    [S("Shanice M. Whitaker", "1991-03-30", ("ssn_last4", "4471")),
     S("Devon Alphonso Carrow", "1988-12-14", ("ssn_last4", "0926"))],
    ["18 USC 1343", "18 USC 1028A", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True,
    "criminal_investigation", ["claims", "wages", "benefits", "employment", "other"], "mail"))

# ---- bss13: Indiana state grand jury subpoena duces tecum, scanned
T13 = """!C STATE OF INDIANA              )        IN THE LAKE SUPERIOR COURT
!C                                 ) SS:    CRIMINAL DIVISION, ROOM 3
!C COUNTY OF LAKE                  )        CROWN POINT, INDIANA

!c IN RE: LAKE COUNTY GRAND JURY, OCTOBER 2026 TERM
!c Grand Jury Cause No. 45G03-2610-GJ-000011
!R
!C SUBPOENA DUCES TECUM — GRAND JURY

THE STATE OF INDIANA TO:   Custodian of Records
                           Indiana Bureau of Motor Vehicles, Legal Affairs
                           100 N. Senate Avenue, Room N440, Indianapolis, IN 46204

You are commanded to appear before the Lake County Grand Jury, 2293 N. Main Street, Crown Point,
Indiana, on the 4th day of November, 2026, at 9:30 a.m., to testify regarding matters under
investigation by the Grand Jury, and to bring with you the following:

  Certified copies of all driver's license, identification card, title and registration records,
  including photographs, signatures and address history, pertaining to:

      RAMÓN ESTÉVEZ-ORTIZ, date of birth July 7, 1983, Indiana license 1234-56-7890

This subpoena is issued pursuant to Ind. Code § 35-34-2-5 at the request of the Prosecuting
Attorney. The Grand Jury is inquiring into offenses including theft, Ind. Code § 35-43-4-2, and
corrupt business influence, Ind. Code § 35-45-6-2.

Certified records delivered in advance of the date above to Deputy Prosecuting Attorney Brandon T.
Kowalczyk will excuse personal appearance. The proceedings of the Grand Jury are secret.

Dated: October 15, 2026.

                                            /s/ Denise K. Hollowell
                                            Clerk, Lake Circuit and Superior Courts
                                            By: ____________ Deputy Clerk
(SEAL)

Issued at the request of:
Brandon T. Kowalczyk, Atty. No. 31877-45
Deputy Prosecuting Attorney
Office of the Lake County Prosecuting Attorney
2293 N. Main Street, Crown Point, IN 46307
Tel. (219) 555-0170   bkowalczyk@lakecountyin.gov
"""
doc(id="bss13", fmt="scanned", text=T13, family="Serif", label=label(
    "bss13", "scanned", "Indiana county grand jury subpoena duces tecum, scanned", "district-attorney",
    "Office of the Lake County Prosecuting Attorney", "Brandon T. Kowalczyk", "Deputy Prosecuting Attorney",
    "bkowalczyk@lakecountyin.gov", "(219) 555-0170",
    [S("Ramón Estévez-Ortiz", "1983-07-07", ("license", "1234567890"))],
    ["IC 35-34-2-5", "IC 35-43-4-2", "IC 35-45-6-2"], "grand_jury_subpoena", None, True,
    "criminal_investigation", ["license", "identity_documents", "vehicle", "photo", "address"], "mail"))

# ---- bss14: AO 88B civil subpoena, D. Neb., False Claims Act (civil) -> unknown purpose
T14 = """!S AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
!C UNITED STATES DISTRICT COURT
!c for the
!c District of Nebraska

UNITED STATES OF AMERICA ex rel. JANELLE K. MORROW,          )
                    Plaintiff                                )
            v.                                               )   Civil Action No. 8:25-cv-00412-BCB
PRAIRIE HOME HEALTH SERVICES, INC., et al.,                  )
                    Defendants                               )

!C SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
!C OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To:  Custodian of Records, Nebraska Department of Health and Human Services,
     Division of Medicaid & Long-Term Care, 301 Centennial Mall South, Lincoln, NE 68509

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the
following documents, electronically stored information, or objects, and to permit inspection,
copying, testing, or sampling of the material: See Schedule A.

Place: U.S. Attorney's Office, 1620 Dodge St., Suite 1400, Omaha, NE 68102   Date and Time:
                                                                            11/09/2026 10:00 am

The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of
compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule
45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences
of not doing so.

Date: 10/16/2026
                 CLERK OF COURT                        OR     /s/ Lisa Marie Oyelaran
                 ___________________________                  Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing the United
States of America, who issues or requests this subpoena, are:
Lisa Marie Oyelaran, Assistant United States Attorney, Civil Division, 1620 Dodge St., Suite
1400, Omaha, NE 68102; lisa.oyelaran@usdoj.gov; (402) 555-0148
\f!C SCHEDULE A
This action arises under the False Claims Act, 31 U.S.C. §§ 3729–3733. For the period January 1,
2022 to present, produce:

1. All Medicaid provider enrollment records for Prairie Home Health Services, Inc.
2. All personal-care claims paid to the provider listing as the caregiver either of:
     a. VANDERMEER, Kristin Jo — DOB 04/18/1979
     b. SÁNCHEZ VILLALOBOS, Abel — DOB 11/02/1985
3. The address and telephone number on file for each of the two individuals named in item 2.

Records of Medicaid recipients other than the caregiver identification fields may be redacted to
the recipient's initials. Relator Janelle K. Morrow is not a subject of this request.

!B Federal Rule of Civil Procedure 45(c), (d), (e), and (g) (Effective 12/1/13)
(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person
to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the
person resides, is employed, or regularly transacts business in person ...
(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense;
Sanctions. A party or attorney responsible for issuing and serving a subpoena must take
reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena ...
"""
doc(id="bss14", fmt="born_digital", text=T14, family="Serif", label=label(
    "bss14", "born_digital", "AO 88B civil subpoena issued by AUSA in False Claims Act case", "doj-usao",
    "U.S. Attorney's Office, District of Nebraska, Civil Division", "Lisa Marie Oyelaran",
    "Assistant United States Attorney", "lisa.oyelaran@usdoj.gov", "(402) 555-0148",
    [S("Kristin Jo Vandermeer", "1979-04-18"), S("Abel Sánchez Villalobos", "1985-11-02")],
    ["FRCP 45", "31 USC 3729", "31 USC 3733"], "court_subpoena", "AO 88B", True, "unknown",
    ["claims", "benefits", "address", "phone", "other"], "mail"))

# ---- bss15: Johnson County (KS) DA e-mail + state criminal subpoena duces tecum PDF
T15 = """!C IN THE DISTRICT COURT OF JOHNSON COUNTY, KANSAS
!c CRIMINAL DEPARTMENT
!R
STATE OF KANSAS,
          Plaintiff,
v.                                                   Case No. 26CR01234
COLTON RAY WHITFIELD,                                Div. 14
          Defendant.

!C SUBPOENA DUCES TECUM
!c (K.S.A. 22-3214)

THE STATE OF KANSAS TO:  Custodian of Records, Kansas Department of Labor,
                         Unemployment Insurance Division, 401 SW Topeka Blvd., Topeka, KS 66603

YOU ARE COMMANDED to appear in the District Court of Johnson County, Kansas, Courtroom 14,
Johnson County Courthouse, 150 W. Santa Fe St., Olathe, Kansas, on November 12, 2026 at 9:00
a.m., to testify in the above-captioned criminal case on behalf of the State, and to bring with
you:

  Employer of record and quarterly wage records, Q1 2025 through Q3 2026, and any claim for
  unemployment benefits filed by COLTON RAY WHITFIELD, DOB 05/21/1997, including the address and
  phone number listed on each claim.

The defendant is charged with theft, K.S.A. 21-5801. A certified copy of the records with a
records custodian's affidavit delivered before the hearing date to the Assistant District
Attorney named below will be accepted in lieu of appearance.

Witness my hand and the seal of the District Court on October 16, 2026.

                                     /s/ M. Okafor
                                     Clerk of the District Court, by Deputy Clerk

Subpoena requested by:
Trevor J. Lindqvist, #26715, Assistant District Attorney
Office of the District Attorney, 10th Judicial District
100 N. Kansas Ave., Olathe, KS 66061 · (913) 555-0135
"""


def b15():
    m = new_mail("Lindqvist, Trevor <Trevor.Lindqvist@jocogov.org>",
                 "KDOL Legal Services <kdol.legal@ks.gov>",
                 "State v. Whitfield 26CR01234 - subpoena duces tecum (wage records)",
                 dt(2026, 10, 16, 15, 33, -5), "b15.26CR01234@jocogov.org",
                 cc="Angie Mercer <Angie.Mercer@jocogov.org>")
    m.set_content("""Dear Custodian,

Attached is a subpoena duces tecum issued by the Johnson County District Court in State v.
Colton Ray Whitfield, 26CR01234. We need the employer of record and quarterly wages for the
defendant, plus any UI claim info. A certified copy with a custodian's affidavit is fine in
lieu of appearance -- you can send it to me or to our paralegal Angie Mercer (cc'd).

Thank you,

Trevor J. Lindqvist
Assistant District Attorney
Johnson County District Attorney's Office
(913) 555-0135
""")
    m.add_attachment(pdf_bytes(T15, "b15att.pdf", "Serif"), maintype="application", subtype="pdf",
                     filename="SDT_KDOL_Whitfield.pdf")
    return m


doc(id="bss15", fmt="eml", build=b15, label=label(
    "bss15", "eml", "ADA e-mail with Kansas criminal subpoena duces tecum attached", "district-attorney",
    "Johnson County District Attorney's Office", "Trevor J. Lindqvist", "Assistant District Attorney",
    "Trevor.Lindqvist@jocogov.org", "(913) 555-0135",
    [S("Colton Ray Whitfield", "1997-05-21")],
    ["KSA 22-3214", "KSA 21-5801"], "court_subpoena", None, True, "criminal_investigation",
    ["employment", "wages", "claims", "address", "phone"], "email"))

# ---- bss16: Mississippi DA fax, circuit court trial subpoena duces tecum
T16 = """!C OFFICE OF THE DISTRICT ATTORNEY — SIXTEENTH CIRCUIT COURT DISTRICT
!c Clay · Lowndes · Noxubee · Oktibbeha Counties
!c 505 2nd Avenue North, Columbus, Mississippi 39701
!R
FAX COVER SHEET

TO:    MDES Office of Legal Counsel / Subpoena Compliance        FAX: 601-555-0180
FROM:  Latoya S. Brewer, Assistant District Attorney              PHONE: 662-555-0126
DATE:  October 19, 2026                                           PAGES: 2 including cover

Message: Trial subpoena attached — State v. Kendrick L. Matthews, Cause No. 2026-0188-CR1.
Trial set November 16. Please send certified wage & claim records to my attention.
lbrewer@da16ms.gov
\f!C IN THE CIRCUIT COURT OF LOWNDES COUNTY, MISSISSIPPI
!R
STATE OF MISSISSIPPI
VS.                                                       CAUSE NO. 2026-0188-CR1
KENDRICK L. MATTHEWS

!C SUBPOENA DUCES TECUM FOR WITNESS — CRIMINAL

TO ANY LAWFUL OFFICER OF LOWNDES COUNTY:
You are commanded to summon:
    Custodian of Records, Mississippi Department of Employment Security,
    1235 Echelon Parkway, Jackson, MS 39213

to appear before the Circuit Court of Lowndes County, at the courthouse in Columbus, Mississippi,
on the 16th day of November, 2026, at 9:00 o'clock a.m., then and there to testify on behalf of
the STATE, and to bring the following:

   All unemployment claims, payment history, and wage records for KENDRICK LAMAR MATTHEWS,
   born 4 Mar 1988, SSN xxx-xx-3307, January 2024 to date.

The defendant stands indicted for obtaining money by false pretenses, Miss. Code Ann. § 97-19-39.

This the 19th day of October, 2026.
                                        CIRCUIT CLERK OF LOWNDES COUNTY
                                        By: /s/ T. Hairston, D.C.
Issued at the instance of the District Attorney — ADA Latoya S. Brewer, MSB #105522
"""
doc(id="bss16", fmt="fax", text=T16, family="Serif",
    header="Oct 19 2026 02:17PM   DA 16TH DIST  6625550127   page {p}", label=label(
    "bss16", "fax", "DA fax cover + Mississippi circuit court criminal subpoena duces tecum",
    "district-attorney", "Office of the District Attorney — Sixteenth Circuit Court District",
    "Latoya S. Brewer", "Assistant District Attorney", "lbrewer@da16ms.gov", "662-555-0126",
    [S("Kendrick Lamar Matthews", "1988-03-04", ("ssn_last4", "3307"))],
    ["MS Code 97-19-39"], "court_subpoena", None, True, "criminal_investigation",
    ["claims", "benefits", "wages"], "fax"))

# ---- bss17: FBI WFO letter + 2703(d) order, D.D.C., DC DMV online account records
T17 = """!H FEDERAL BUREAU OF INVESTIGATION
!c Washington Field Office · 601 4th Street NW · Washington, DC 20535
!R
October 20, 2026

District of Columbia Department of Motor Vehicles
Office of the General Counsel
95 M Street SW, Suite 300, Washington, DC 20024

Re:  Order under 18 U.S.C. § 2703(d), Misc. No. 26-sc-2281 (MTO)

Counsel:

Please find enclosed a court order directing DC DMV to disclose subscriber and access records for
the "myDMV" online services account associated with NIKOLA MARKOVIĆ (DOB 09/03/1986, DC OL#
7714402). The account is believed to have been accessed in the course of a computer intrusion
scheme under investigation pursuant to 18 U.S.C. § 1030. Please provide the records described in
Attachment B of the order to me at the address below or gnpellegrini@fbi.gov.

Sincerely,

Gregory N. Pellegrini
Special Agent, Cyber Squad CY-3
(202) 555-0171
\f!C UNITED STATES DISTRICT COURT
!C FOR THE DISTRICT OF COLUMBIA
!R
IN THE MATTER OF THE APPLICATION OF THE          )
UNITED STATES OF AMERICA FOR AN ORDER            )     Misc. No. 26-sc-2281 (MTO)
PURSUANT TO 18 U.S.C. § 2703(d)                  )
                                                 )     Filed Under Seal

!C ORDER

The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that
the Court issue an Order requiring the District of Columbia Department of Motor Vehicles, which
provides an electronic communication service or remote computing service to the public through
its online services portal, to disclose the records and other information described in
Attachment B.

The Court finds that the United States has offered specific and articulable facts showing that
there are reasonable grounds to believe that the records or other information sought are relevant
and material to an ongoing criminal investigation.

IT IS ORDERED, pursuant to 18 U.S.C. § 2703(d), that DC DMV shall, within ten days of the date of
this Order, disclose to the United States the records and other information described in
Attachment B.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that DC DMV shall not disclose the existence of
the application or this Order to any other person for a period of one year, except to its
attorney for the purpose of obtaining legal advice.

IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered.

SO ORDERED.
Date: October 19, 2026                         /s/ Miriam T. Okonkwo-Barr
                                               United States Magistrate Judge
\f!C ATTACHMENT B — Records to be disclosed
For the myDMV account(s) registered to or used by Nikola MARKOVIĆ, DOB 09/03/1986, from
March 1, 2026 to present:
 1. Account name, e-mail address, telephone number and mailing address.
 2. Log-in and session records, including IP addresses, dates and times.
 3. Records of any change of address or duplicate credential request submitted online.
"""
doc(id="bss17", fmt="born_digital", text=T17, family="Serif", label=label(
    "bss17", "born_digital", "FBI letter + 18 USC 2703(d) order, D.D.C.", "doj-fbi",
    "Federal Bureau of Investigation, Washington Field Office", "Gregory N. Pellegrini", "Special Agent",
    "gnpellegrini@fbi.gov", "(202) 555-0171",
    [S("Nikola Marković", "1986-09-03", ("license", "7714402"))],
    ["18 USC 2703", "18 USC 1030", "18 USC 2705"], "court_order", None, True, "criminal_investigation",
    ["email", "phone", "address", "other"], "mail"))

# ---- bss18: Honolulu PD cover + Hawaii circuit court order to DHS, scanned
T18 = """!H HONOLULU POLICE DEPARTMENT
!c City and County of Honolulu · 801 South Beretania Street · Honolulu, Hawaii 96813
!R
October 21, 2026                                           Report No. 26-118734

Department of Human Services
Benefit, Employment & Support Services Division — Investigations Office
820 Mililani Street, Suite 606, Honolulu, HI 96813

Aloha,

Enclosed is an Order of the Circuit Court of the First Circuit directing the production of public
assistance records for LEILANI K. KAHANANUI (DOB October 12, 1984). The records relate to a theft
investigation (HRS § 708-830.5) in which Ms. Kahananui is alleged to have used the EBT card of her
elderly aunt, Rosalind Kealoha (victim), who lives in the same household. Please do not include
records of the minor children in the household; only Ms. Kahananui's case records are sought.

Mahalo for your assistance.

Det. Kawika M. Fernandes, Financial Crimes Detail
(808) 555-0144 · kfernandes@honolulupd.org
\f!C IN THE CIRCUIT COURT OF THE FIRST CIRCUIT
!C STATE OF HAWAII
!R
IN THE MATTER OF THE APPLICATION OF              )    S.P. No. 1SP26-0000419
THE HONOLULU POLICE DEPARTMENT FOR               )
PRODUCTION OF RECORDS                            )    ORDER FOR PRODUCTION OF
                                                 )    PUBLIC ASSISTANCE RECORDS

!C ORDER FOR PRODUCTION OF PUBLIC ASSISTANCE RECORDS

Upon the application of Detective Kawika M. Fernandes of the Honolulu Police Department, and the
Court finding that the records described below are relevant to a pending criminal investigation
and that disclosure is permitted under HRS § 346-10,

IT IS HEREBY ORDERED that the State of Hawaii Department of Human Services shall produce to the
Honolulu Police Department, within fourteen (14) days, the following records relating to
LEILANI K. KAHANANUI, born 10/12/1984:

  (1) SNAP/EBT case file, including application(s), household composition and address history;
  (2) EBT card issuance and transaction history, January 1, 2025 to present.

The records shall be used only for purposes of the criminal investigation and any resulting
prosecution.

DATED: Honolulu, Hawaii, October 20, 2026.

                                     /s/ Keoni A. Matsumura
                                     JUDGE OF THE ABOVE-ENTITLED COURT
"""
doc(id="bss18", fmt="scanned", text=T18, family="Serif", label=label(
    "bss18", "scanned", "police cover letter + Hawaii circuit court order for public assistance records",
    "local-police", "Honolulu Police Department", "Kawika M. Fernandes", "Detective",
    "kfernandes@honolulupd.org", "(808) 555-0144",
    [S("Leilani K. Kahananui", "1984-10-12")],
    ["HRS 708-830.5", "HRS 346-10"], "court_order", None, True, "criminal_investigation",
    ["benefits", "claims", "address", "other"], "mail"))

# ---- bss19: Iowa DCI e-mail + Polk County search warrant PDF
T19 = """!C IN THE IOWA DISTRICT COURT FOR POLK COUNTY
!R
!C SEARCH WARRANT
!c No. SW-26-3318

STATE OF IOWA, to any peace officer of the state:

Proof by affidavit having been made before me by Special Agent Nicole Thuy Vo, Iowa Division of
Criminal Investigation, that there is probable cause to believe that the property described below
constitutes evidence of the crime of theft in the first degree, Iowa Code §§ 714.1 and 714.2, you
are therefore commanded to make immediate search of:

   The records of Iowa Workforce Development, 1000 E. Grand Avenue, Des Moines, Iowa, including
   electronically stored records, relating to BRENT ALLEN OYLER, date of birth 02/11/1979,
   Iowa DL 123AB4567,

and to seize the following: quarterly wage reports, employer account records identifying
Oyler as an owner, officer or employee, and any unemployment insurance claims, including claimant
address, telephone number and bank routing information, January 2024 to present.

This warrant is issued pursuant to Iowa Code chapter 808, § 808.3. Disclosure of confidential
unemployment records is authorized under Iowa Code § 96.11(6).

Executed within ten days of issuance and return made as required by law.

Issued on 10/21/2026 at 11:05 a.m.
                                         /s/ Hon. Charlotte E. Bemis
                                         District Associate Judge, Fifth Judicial District
"""


def b19():
    m = new_mail("Vo, Nicole <nicole.vo@dps.state.ia.us>", "iwd.legal@iwd.iowa.gov",
                 "Search warrant SW-26-3318 - Oyler wage/UI records", dt(2026, 10, 21, 14, 8, -5),
                 "b19.SW263318@dps.state.ia.us")
    m.set_content("""IWD Legal,

Attached is a signed Polk County search warrant for Iowa Workforce Development records on
Brent Allen OYLER (DOB 02/11/1979). This is part of a theft investigation involving a
Des Moines contractor. I can pick up the records in person or you can send them via secure
e-mail. Please call me to arrange.

Nicole Thuy Vo
Special Agent
Iowa Division of Criminal Investigation - Major Crimes Unit
215 E. 7th St., Des Moines, IA 50319
515-555-0158
""")
    html = """<html><body><p>IWD Legal,</p><p>Attached is a signed Polk County search warrant for Iowa
Workforce Development records on Brent Allen <b>OYLER</b> (DOB 02/11/1979). This is part of a theft
investigation involving a Des Moines contractor. I can pick up the records in person or you can
send them via secure e-mail. Please call me to arrange.</p>
<p>Nicole Thuy Vo<br>Special Agent<br>Iowa Division of Criminal Investigation - Major Crimes Unit<br>
215 E. 7th St., Des Moines, IA 50319<br>515-555-0158</p></body></html>"""
    m.add_alternative(html, subtype="html")
    m.add_attachment(pdf_bytes(T19, "b19att.pdf", "Serif"), maintype="application", subtype="pdf",
                     filename="SW-26-3318 signed.pdf")
    return m


doc(id="bss19", fmt="eml", build=b19, label=label(
    "bss19", "eml", "state agent e-mail (multipart/alternative) + Iowa state search warrant PDF",
    "state-police", "Iowa Division of Criminal Investigation", "Nicole Thuy Vo", "Special Agent",
    "nicole.vo@dps.state.ia.us", "515-555-0158",
    [S("Brent Allen Oyler", "1979-02-11", ("license", "123AB4567"))],
    ["IA Code 714.1", "IA Code 714.2", "IA Code 808.3", "IA Code 96.11"], "judicial_warrant", None, True,
    "criminal_investigation", ["wages", "employment", "claims", "address", "phone", "other"], "email"))

# ---- bss20: USMS task force fax + AO 442 arrest warrant, S.D. Ala.
T20 = """!C UNITED STATES MARSHALS SERVICE
!c Gulf Coast Regional Fugitive Task Force — Mobile, Alabama
!R
FAX TO:   ALEA Driver License Division — Records Section      FAX #: 334-555-0193
FROM:     DUSM Travis W. McCrory                               TEL:   251-555-0161
DATE:     10/22/2026                                           PAGES: 2

FUGITIVE LOCATE REQUEST
Subject:   BOYKIN, Cedric Lamont       DOB: 11/05/1992     AL DL#: 7093318
Wanted:    Federal arrest warrant, S.D. Ala., felon in possession of a firearm, 18 U.S.C. 922(g)(1)
Need:      Current and prior addresses, DL photo, any vehicles registered.
Warrant copy attached. Subject considered armed — do not contact.

travis.mccrory@usdoj.gov
\f!S AO 442 (Rev. 11/11) Arrest Warrant
!C UNITED STATES DISTRICT COURT
!c for the
!c Southern District of Alabama

United States of America
           v.                                      Case No. 1:26-cr-00217-KD
CEDRIC LAMONT BOYKIN
        Defendant

!C ARREST WARRANT

To:  Any authorized law enforcement officer

YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary
delay (name of person to be arrested) CEDRIC LAMONT BOYKIN, who is accused of an offense or
violation based on the following document filed with the court:
 [X] Indictment   [ ] Superseding Indictment   [ ] Information   [ ] Complaint
 [ ] Probation Violation Petition   [ ] Supervised Release Violation Petition   [ ] Order of the Court

This offense is briefly described as follows:
   Possession of a firearm by a prohibited person, 18 U.S.C. §§ 922(g)(1) and 924(a)(8).

Date: 09/30/2026                           /s/ C. Ruffin, Deputy Clerk
                                           Issuing officer's signature
City and state: Mobile, Alabama            HAROLD P. VANCE, CLERK OF COURT
                                           Printed name and title
"""
doc(id="bss20", fmt="fax", text=T20, family="Sans",
    header="22-OCT-2026 09:51 FROM USMS GCRFTF MOBILE 2515550162 TO 3345550193 P{p}/{n}", label=label(
    "bss20", "fax", "USMS fugitive locate fax + AO 442 arrest warrant", "doj-usms",
    "United States Marshals Service, Gulf Coast Regional Fugitive Task Force", "Travis W. McCrory",
    "Deputy U.S. Marshal", "travis.mccrory@usdoj.gov", "251-555-0161",
    [S("Cedric Lamont Boykin", "1992-11-05", ("license", "7093318"))],
    ["18 USC 922", "18 USC 924"], "judicial_warrant", "AO 442", True, "criminal_investigation",
    ["address", "photo", "vehicle"], "fax"))

# ---- bss21: transcribed phone request, Vermont State Police
T21 = """VERMONT DMV — PHONE REQUEST LOG (law enforcement line)
Taken by: K. Brassard, Records Unit                 Date/time: Oct 23, 2026  0712 hrs

Caller: Sgt. Ethan Labrecque, Vermont State Police, St. Albans Barracks
Call-back number: (802) 555-0187   (barracks)   Email given: ethan.labrecque@vermont.gov
Caller verified via barracks call-back: YES (0718 hrs)

Subject: Noah J. OUELLETTE, DOB February 14, 1999, VT OL # 12345678
Requested: current residential address on license; license status; photo to be e-mailed to the
caller's state address.
Reason given: DUI crash with injury overnight on Rte 7, Swanton (23 V.S.A. § 1201); subject fled
the scene on foot, vehicle registered to his girlfriend (Makayla Dufresne - not a suspect).
Sergeant says an arrest warrant application is being prepared; nothing in writing yet.

Notes: Supervisor (D. Pelletier) advised 0720. Photo and address sent 0731 to the
vermont.gov address above.
"""
doc(id="bss21", fmt="txt", text=T21, label=label(
    "bss21", "txt", "clerk's transcription of a phone request", "state-police",
    "Vermont State Police, St. Albans Barracks", "Ethan Labrecque", "Sergeant",
    "ethan.labrecque@vermont.gov", "(802) 555-0187",
    [S("Noah J. Ouellette", "1999-02-14", ("license", "12345678"))],
    ["23 VSA 1201"], "none", None, False, "criminal_investigation", ["address", "license", "photo"],
    "email"))

# ---- bss22: forwarded chain (message/rfc822), Border Patrol, smuggling -> criminal
def b22():
    inner = new_mail("Thibodeau, Jared M <jared.m.thibodeau@cbp.dhs.gov>",
                     "Maine BMV Records <bmv.records@maine.gov>",
                     "Records request - 2 subjects - Houlton Sector", dt(2026, 10, 23, 16, 2, -4),
                     "b22inner.4410@cbp.dhs.gov")
    inner.set_content("""Good afternoon,

U.S. Border Patrol, Houlton Sector, is conducting a criminal investigation into alien smuggling
(8 U.S.C. § 1324) involving vehicles crossing from New Brunswick near Fort Fairfield. Two
individuals were identified as drivers. We request license status, address, photo and registered
vehicles for:

  - Yusuf Mohamud ABDI, DOB 1995-08-01, ME DL 4417730
  - Ana Lucía PAREDES DE LA ROSA, DOB 15 May 1998 (may hold NB licence only)

The registered owner of the second vehicle, Gerald Theriault of Caribou, has been interviewed
and is cooperating; he is not a subject.

Respectfully,

Jared M. Thibodeau
Border Patrol Agent - Intelligence
U.S. Customs and Border Protection | Houlton Sector
(207) 555-0112
jared.m.thibodeau@cbp.dhs.gov
""")
    outer = new_mail("Lena Morin <lena.morin@maine.gov>", "SOS-BMV Legal <bmv.legal@maine.gov>",
                     "FW: Records request - 2 subjects - Houlton Sector", dt(2026, 10, 26, 8, 40, -4),
                     "b22outer.0093@maine.gov")
    outer.set_content("""Legal team - forwarding the attached Border Patrol request that landed in the general
records inbox Friday afternoon. I have not responded. Original message attached.

Lena Morin
BMV Records Services, Augusta
""")
    outer.add_attachment(inner, filename="Records request - 2 subjects - Houlton Sector.eml")
    return outer


doc(id="bss22", fmt="eml", build=b22, label=label(
    "bss22", "eml", "internal forward with original CBP request attached as message/rfc822", "dhs-cbp",
    "U.S. Customs and Border Protection, U.S. Border Patrol, Houlton Sector", "Jared M. Thibodeau",
    "Border Patrol Agent - Intelligence", "jared.m.thibodeau@cbp.dhs.gov", "(207) 555-0112",
    [S("Yusuf Mohamud Abdi", "1995-08-01", ("license", "4417730")),
     S("Ana Lucía Paredes de la Rosa", "1998-05-15")],
    ["8 USC 1324"], "none", None, False, "criminal_investigation",
    ["license", "address", "photo", "vehicle"], "email"))

# ---- bss23: CBP summons (19 USC 1509), Rhode Island DMV
T23 = """!S DEPARTMENT OF HOMELAND SECURITY
!S U.S. Customs and Border Protection
!C SUMMONS
!c 19 U.S.C. 1509
!R
Summons No.  PVD-OFO-26-0031                       Port of Providence, Rhode Island

To:  Custodian of Records, Rhode Island Division of Motor Vehicles, 600 New London Avenue,
     Cranston, RI 02920

In the matter of: importations by Narragansett Auto Parts Export LLC (importer no. 20-4417739)
and its managing member VIKTOR HRYTSENKO (DOB 01/17/1977)

By the authority of Section 509 of the Tariff Act of 1930, as amended (19 U.S.C. § 1509), you are
hereby summoned to appear before Supervisory CBP Officer Danielle M. Furtado, an officer of U.S.
Customs and Border Protection, at 40 Fountain Street, Providence, RI 02903, on November 6, 2026,
at 10:00 a.m., to give testimony and to produce the following records relating to an inquiry into
the correctness of entries and possible violations of 18 U.S.C. § 545 (smuggling goods into the
United States) and 18 U.S.C. § 553 (exportation of stolen motor vehicles):

  1. All certificates of title, registrations and title applications, 2024 to present, in the
     name of Narragansett Auto Parts Export LLC or VIKTOR HRYTSENKO, RI license no. 4402871;
  2. Any address and telephone number on file for Viktor Hrytsenko.

Mailing certified copies to the officer named above before the date of appearance will be deemed
compliance.

If you fail to comply with this summons, the Government may apply to the United States District
Court for an order compelling compliance (19 U.S.C. § 1510).

Issued under authority delegated by the Commissioner of CBP, 19 C.F.R. § 163.7.

Date: October 26, 2026                    /s/ Danielle M. Furtado
                                          Supervisory CBP Officer, Trade Enforcement, Port of Providence
                                          (401) 555-0153  ·  danielle.m.furtado@cbp.dhs.gov

!S CBP Form 3115 (Summons)
"""
doc(id="bss23", fmt="born_digital", text=T23, family="Sans", label=label(
    "bss23", "born_digital", "CBP 19 USC 1509 summons on form 3115", "dhs-cbp",
    "U.S. Customs and Border Protection, Port of Providence", "Danielle M. Furtado",
    "Supervisory CBP Officer", "danielle.m.furtado@cbp.dhs.gov", "(401) 555-0153",
    [S("Viktor Hrytsenko", "1977-01-17", ("license", "4402871"))],
    ["19 USC 1509", "18 USC 545", "18 USC 553", "19 USC 1510", "19 CFR 163.7"],
    "administrative_subpoena", "CBP Form 3115", True, "criminal_investigation",
    ["vehicle", "address", "phone"], "mail"))

# ---- bss24: IRS-CI e-mail + Form 2039 summons, Idaho Dept of Labor
T24 = """!C Summons
!R
!B In the matter of  Garrett Lee Holloway, Boise, Idaho
Internal Revenue Service (Identify Division)  CRIMINAL INVESTIGATION
Industry/Area (name or number)  Denver Field Office — Boise Post of Duty
Periods:  Calendar years 2022, 2023, 2024 and 2025

!B The Commissioner of Internal Revenue
To:  Custodian of Records, Idaho Department of Labor
At:  317 W. Main Street, Boise, ID 83735

You are hereby summoned and required to appear before Special Agent Monique R. Ashby, an officer
of the Internal Revenue Service, to give testimony and to bring with you and to produce for
examination the following books, records, papers, and other data relating to the tax liability or
the collection of the tax liability or for the purpose of inquiring into any offense connected
with the administration or enforcement of the internal revenue laws concerning the person
identified above for the periods shown:

  All quarterly wage records reporting wages paid to Garrett Lee Holloway (DOB 04/04/1975, SSN
  XXX-XX-8812), and all employer registration and contribution records for Snake River Framing,
  Inc., of which Holloway is listed as president, 2022 through 2025.

!B Do not write in this space
Business address and telephone number of IRS officer before whom you are to appear:
550 W. Fort Street, Boise, ID 83724 · (208) 555-0139
Place and time for appearance: at the address above on the 12th day of November, 2026, at 10 o'clock a.m.

Issued under authority of the Internal Revenue Code this 27th day of October, 2026.

/s/ Monique R. Ashby                                     Special Agent
Signature of issuing officer                             Title
/s/ Howard T. Lund                                       Supervisory Special Agent
Signature of approving officer (if applicable)           Title

!S Form 2039 (Rev. 10-2010)   Catalog No. 21405J   www.irs.gov   Part A — to be given to person summoned
\f!C Provisions of the Internal Revenue Code
Sec. 7602. Examination of books and witnesses. (a) Authority to summon, etc. — For the purpose of
ascertaining the correctness of any return, making a return where none has been made, determining
the liability of any person for any internal revenue tax ... the Secretary is authorized ...
(c) ... (d) No administrative summons when there is Justice Department referral.
Sec. 7603. Service of summons ...
Sec. 7604. Enforcement of summons. (a) Jurisdiction of district court. — If any person is summoned
under the internal revenue laws to appear, to testify, or to produce books, papers, records, or
other data, the United States district court for the district in which such person resides or is
found shall have jurisdiction by appropriate process to compel such attendance, testimony, or
production of books, papers, records, or other data.
Sec. 7610. Fees and costs for witnesses ...
"""


def b24():
    m = new_mail("Ashby Monique R <Monique.R.Ashby@ci.irs.gov>", "idol.legal@labor.idaho.gov",
                 "IRS Summons - Holloway / Snake River Framing", dt(2026, 10, 27, 10, 12, -6),
                 "b24.2039@ci.irs.gov")
    m.set_content("""Custodian of Records,

Please find attached an IRS summons (Form 2039) issued under 26 U.S.C. § 7602 for wage
records of Garrett Lee Holloway and contribution records of Snake River Framing, Inc. IRS
Criminal Investigation is investigating possible violations of 26 U.S.C. § 7201 (attempt to
evade or defeat tax). Certified copies mailed to the address on the summons, or sent to me
through our secure portal, will satisfy the summons; no appearance is necessary.

Regards,

Monique R. Ashby
Special Agent | IRS Criminal Investigation | Boise POD
Office 208-555-0139
""")
    m.add_attachment(pdf_bytes(T24, "b24att.pdf", "Sans"), maintype="application", subtype="pdf",
                     filename="Form2039_Holloway.pdf")
    return m


doc(id="bss24", fmt="eml", build=b24, label=label(
    "bss24", "eml", "IRS-CI e-mail with Form 2039 summons attached", "irs-ci",
    "IRS Criminal Investigation", "Monique R. Ashby", "Special Agent", "Monique.R.Ashby@ci.irs.gov",
    "208-555-0139",
    [S("Garrett Lee Holloway", "1975-04-04", ("ssn_last4", "8812"))],
    ["26 USC 7602", "26 USC 7201", "26 USC 7603", "26 USC 7604", "26 USC 7610"],
    "administrative_subpoena", "Form 2039", True, "criminal_investigation", ["wages", "employment", "other"],
    "email"))

# ---- bss25: DOL-OIG cover letter + IG subpoena, Job Service North Dakota, three subjects
T25 = """!H U.S. DEPARTMENT OF LABOR
!c Office of Inspector General — Office of Investigations, Labor Racketeering and Fraud
!c Denver Region · 1244 Speer Blvd., Suite 430, Denver, CO 80204
!R
October 28, 2026

Job Service North Dakota
Attn: UI Integrity Unit / Custodian of Records
1000 E. Divide Avenue, Bismarck, ND 58501

Re: DOL-OIG Case No. 26-0418-0007-UI; Inspector General Subpoena No. 2026-DEN-0193

Dear Custodian:

The Department of Labor, Office of Inspector General, is investigating a scheme in which
unemployment insurance claims were filed in North Dakota using the identities of the persons
listed in the enclosed subpoena, in possible violation of 18 U.S.C. § 1343 and 18 U.S.C. § 1028A.
Disclosure of confidential unemployment compensation information to this office is permitted
under 20 C.F.R. § 603.5(i). Please produce the records described in the subpoena schedule by
November 13, 2026.

Sincerely,

Caleb J. Strand
Special Agent
(303) 555-0172 · strand.caleb.j@oig.dol.gov
\f!C UNITED STATES DEPARTMENT OF LABOR
!C OFFICE OF INSPECTOR GENERAL
!C SUBPOENA DUCES TECUM
!R
No. 2026-DEN-0193

TO: Custodian of Records, Job Service North Dakota, Bismarck, North Dakota

YOU ARE HEREBY COMMANDED to produce the records listed in the schedule below to Special Agent
Caleb J. Strand, U.S. Department of Labor, Office of Inspector General, 1244 Speer Blvd., Suite
430, Denver, CO 80204, on or before November 13, 2026.

This subpoena is issued pursuant to the Inspector General Act of 1978 (Pub. L. No. 95-452), as
amended, 5 U.S.C. § 406(a)(4), in connection with an official investigation.

SCHEDULE — For the period March 1, 2025 through the date of production, all initial and continued
claims, claimant addresses, telephone numbers, e-mail addresses, IP address logs, and payment
records (including bank account and prepaid card information), and all wage records, for:

   (a) Brianna Lynn SCHAEFER       DOB 06/22/1993   SSN last four 3390
   (b) Jerome K. BLACKHORSE        DOB 1986-10-05   SSN last four 7124
   (c) Olena PETRENKO              DOB 17 Feb 1990  SSN last four 5566

In the case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any
appropriate United States district court.

IN TESTIMONY WHEREOF, the undersigned has hereunto set her hand this 27th day of October, 2026.

/s/ Lorraine C. Bellweather
Deputy Inspector General, U.S. Department of Labor
"""
doc(id="bss25", fmt="born_digital", text=T25, family="Serif", label=label(
    "bss25", "born_digital", "DOL-OIG cover letter + inspector general subpoena, three subjects", "dol-oig",
    "U.S. Department of Labor, Office of Inspector General", "Caleb J. Strand", "Special Agent",
    "strand.caleb.j@oig.dol.gov", "(303) 555-0172",
    [S("Brianna Lynn Schaefer", "1993-06-22", ("ssn_last4", "3390")),
     S("Jerome K. Blackhorse", "1986-10-05", ("ssn_last4", "7124")),
     S("Olena Petrenko", "1990-02-17", ("ssn_last4", "5566"))],
    ["18 USC 1343", "18 USC 1028A", "20 CFR 603.5", "PL 95-452", "5 USC 406"],
    "administrative_subpoena", None, True, "criminal_investigation",
    ["claims", "address", "phone", "email", "benefits", "wages", "other"], "mail"))

# ---- bss26: SSA-OIG letter, scanned, household of two, South Carolina DSS
T26 = """!H SOCIAL SECURITY ADMINISTRATION
!c Office of the Inspector General · Office of Investigations
!c Atlanta Field Division — Columbia, SC Office · 1835 Assembly Street, Suite 1130, Columbia, SC 29201
!R
October 29, 2026

South Carolina Department of Social Services
Office of Program Integrity — Records Request
P.O. Box 1520, Columbia, SC 29202-1520

REF: OIG Case No. ATL2600155            SENSITIVE — LAW ENFORCEMENT USE

To Whom It May Concern:

The Social Security Administration, Office of the Inspector General, is conducting a criminal
investigation into the receipt of Supplemental Security Income benefits by a household in
Orangeburg County, involving possible violations of 42 U.S.C. § 1383a(a) and 42 U.S.C. § 408.
The individuals reported different household composition and income to SSA and to your agency.

We request the following records for the two individuals below, for January 2023 to present:
SNAP and TANF applications and recertifications (including household composition and reported
income), benefit issuance history, addresses of record, and reported employers.

   Name                                  Date of Birth             SSN (last 4)
   Rosa María VILLANUEVA OCHOA           February 19, 1968         xxx-xx-2271
   Ernesto VILLANUEVA                    September 30, 1965        xxx-xx-6048

The couple's adult son, Adrián Villanueva, is listed on their SSA record; we do not request his
records. This request is made under the Privacy Act, 5 U.S.C. § 552a(b)(7), as a written request
from the head of a law enforcement agency component.

Please contact me with any questions.

Sincerely,

/s/ Tremaine D. Gadsden
Tremaine D. Gadsden, Special Agent
(803) 555-0116 · tremaine.gadsden@ssa.gov

Approved: Special Agent in Charge, Atlanta Field Division
"""
doc(id="bss26", fmt="scanned", text=T26, family="Serif", label=label(
    "bss26", "scanned", "SSA-OIG letter on letterhead, scanned, two household members", "ssa-oig",
    "Social Security Administration, Office of the Inspector General", "Tremaine D. Gadsden",
    "Special Agent", "tremaine.gadsden@ssa.gov", "(803) 555-0116",
    [S("Rosa María Villanueva Ochoa", "1968-02-19", ("ssn_last4", "2271")),
     S("Ernesto Villanueva", "1965-09-30", ("ssn_last4", "6048"))],
    ["42 USC 1383a", "42 USC 408", "5 USC 552a"], "none", None, False, "criminal_investigation",
    ["benefits", "claims", "address", "employment"], "mail"))

# ---- bss27: UConn campus police, HTML-only e-mail
def b27():
    m = new_mail('"Moreau, Alyssa" <alyssa.moreau@uconn.edu>', "DMV.LawEnforcement@ct.gov",
                 "Request - DMV photo/registration - UCPD case 26-0847", dt(2026, 10, 29, 22, 51, -4),
                 "b27.260847@uconn.edu")
    html = """<html><body style="font-family:Calibri,Arial">
<p>Hello,</p>
<p>The UConn Police Department is investigating a series of residence hall burglaries on the Storrs
campus (<b>C.G.S. § 53a-103</b>, burglary in the third degree), UCPD case <b>26-0847</b>. A suspect has been
identified and we are requesting the following from DMV:</p>
<table border="1" cellpadding="4">
<tr><td>Name</td><td>WHITCOMBE, Jordan Blake</td></tr>
<tr><td>DOB</td><td>01/17/2003</td></tr>
<tr><td>CT Operator License</td><td>1930-44-218</td></tr>
<tr><td>Requested</td><td>License photo, current address, registered vehicle(s)</td></tr>
</table>
<p>A witness (resident advisor Priya Natarajan) observed a gray sedan; we are trying to match the registration.</p>
<p>Thank you,</p>
<p><b>Det. Alyssa Moreau</b><br>University of Connecticut Police Department<br>
126 North Eagleville Road, Unit 3051, Storrs, CT 06269<br>Tel: 860-555-0124<br>
<a href="mailto:alyssa.moreau@uconn.edu">alyssa.moreau@uconn.edu</a></p>
<p style="font-size:9px;color:#777">This e-mail may contain confidential law enforcement information.</p>
</body></html>"""
    m.set_content(html, subtype="html")
    return m


doc(id="bss27", fmt="eml", build=b27, label=label(
    "bss27", "eml", "campus police detective, HTML-only e-mail with table", "local-police",
    "University of Connecticut Police Department", "Alyssa Moreau", "Detective",
    "alyssa.moreau@uconn.edu", "860-555-0124",
    [S("Jordan Blake Whitcombe", "2003-01-17", ("license", "193044218"))],
    ["CGS 53a-103"], "none", None, False, "criminal_investigation", ["photo", "address", "vehicle"], "email"))

# ---- bss28: tribal police web form, Idaho ITD, welfare check -> unknown
T28 = """Idaho Transportation Department - Division of Motor Vehicles
Law Enforcement Records Portal :: Request Confirmation
-------------------------------------------------------------
Confirmation #: ITD-LE-2610-07734        Received: 10/30/2026 03:12 PM MT

Requesting agency:      Nez Perce Tribal Police Department
Agency address:         P.O. Box 365, Lapwai, ID 83540
Officer name:           Cpl. Marcus T. Wheeler
Officer phone:          208-555-0109
Officer email:          marcusw@nezperce.org

Person of record:       HALFMOON, Nathaniel James
Date of birth:          1989-10-28
ID DL/ID card #:        ZK123456H

Records requested:      Address of record; registered vehicles (plate/make/model)

Purpose (free text):    Family reports he has not been seen for 9 days. Welfare check - need most
                        recent address and vehicle info to locate. Mother (Delphine Halfmoon)
                        made the report.

Permissible use under DPPA (18 U.S.C. 2721(b)):  (1) government agency function
State authority:        Idaho Code § 49-203

By submitting I certify I am a sworn officer acting in an official capacity.
-------------------------------------------------------------
"""
doc(id="bss28", fmt="txt", text=T28, label=label(
    "bss28", "txt", "tribal police DMV portal confirmation, welfare check", "local-police",
    "Nez Perce Tribal Police Department", "Marcus T. Wheeler", "Corporal", "marcusw@nezperce.org",
    "208-555-0109",
    [S("Nathaniel James Halfmoon", "1989-10-28", ("license", "ZK123456H"))],
    ["18 USC 2721", "ID Code 49-203"], "none", None, False, "unknown", ["address", "vehicle"], "email"))

# ---- bss29: county attorney letter calling itself a subpoena (no court) -> none
T29 = """!H CASCADE COUNTY ATTORNEY
!c Nolan P. Ekberg, County Attorney
!c Courthouse Annex · 121 4th Street North, Suite 2A · Great Falls, Montana 59401
!c Phone (406) 555-0131 · Fax (406) 555-0130
!R
October 30, 2026

Montana Department of Labor & Industry
Unemployment Insurance Division — Records
P.O. Box 6339, Helena, MT 59604

!C PROSECUTOR'S SUBPOENA FOR RECORDS

Re: State of Montana investigation — CCAO file 26-1187

Please consider this letter a subpoena from the Cascade County Attorney's Office. Our office is
investigating TANNER LEE RASMUSSEN (DOB 9/9/1990, MT DL 0990 1990 4417) for felony theft by
embezzlement, Mont. Code Ann. § 45-6-301, from his former employer, Big Sky Grain Cooperative.

We request the following by November 13, 2026:
  • the names and addresses of all employers reporting wages for Mr. Rasmussen since Q1 2025;
  • quarterly wage amounts; and
  • any unemployment insurance claim filed by him since January 1, 2025, including the
    separation reason reported by Big Sky Grain Cooperative.

No court case has been filed yet. If you believe a court order is necessary, please call me
before the due date and we will discuss it.

Sincerely,

/s/ Hailey R. Bergstrom
Hailey R. Bergstrom
Deputy County Attorney
hbergstrom@cascadecountymt.gov

cc: Det. Sgt. Owen Pickett, Great Falls Police Department
"""
doc(id="bss29", fmt="born_digital", text=T29, family="Serif", label=label(
    "bss29", "born_digital", "county attorney letter titled as a subpoena but no court process", "district-attorney",
    "Cascade County Attorney's Office", "Hailey R. Bergstrom", "Deputy County Attorney",
    "hbergstrom@cascadecountymt.gov", "(406) 555-0131",
    [S("Tanner Lee Rasmussen", "1990-09-09", ("license", "099019904417"))],
    ["MCA 45-6-301"], "none", None, False, "criminal_investigation", ["employment", "wages", "claims", "address"],
    "mail"))

# ---- bss30: WV prosecutor's victim advocate e-mail + Notice of Hearing (not process)
T30 = """!C IN THE CIRCUIT COURT OF KANAWHA COUNTY, WEST VIRGINIA
!R
STATE OF WEST VIRGINIA,
        Plaintiff,
v.                                             Case No. 26-F-0312
                                               Judge Carrie L. Bowyer-Nash
DUSTIN WAYNE KESSLER,
        Defendant.

!C NOTICE OF HEARING

PLEASE TAKE NOTICE that a RESTITUTION HEARING in the above-styled matter is scheduled before the
Honorable Carrie L. Bowyer-Nash on Friday, December 4, 2026, at 1:30 p.m., in Courtroom 6,
Kanawha County Judicial Annex, 111 Court Street, Charleston, West Virginia, pursuant to W. Va.
Code § 61-11A-4.

                                    /s/ Ryan P. McCallister
                                    Ryan P. McCallister (WV Bar #13422)
                                    Assistant Prosecuting Attorney
                                    Kanawha County Prosecuting Attorney's Office

!B CERTIFICATE OF SERVICE
I certify that a true copy of this Notice was served on counsel for the defendant, Amber Stiltner,
Esq., Public Defender Services, by e-mail this 2nd day of November, 2026.
"""


def b30():
    m = new_mail("Courtney Hatfield <chatfield@kanawhaprosecutor.wv.gov>",
                 "WorkForce WV Legal <wfwv.legal@wv.gov>",
                 "Restitution hearing 12/4 - employment info for defendant Kessler",
                 dt(2026, 11, 2, 9, 5, -5), "b30.26F0312@kanawhaprosecutor.wv.gov",
                 cc="rmccallister@kanawhaprosecutor.wv.gov")
    m.set_content("""Hello,

I am the victim advocate on State v. Dustin Wayne Kessler (26-F-0312), a felony fraud case
where the victim, Patricia Ann Skaggs, lost her savings. The judge has set a restitution
hearing (notice attached). To propose a payment plan, APA McCallister needs to know whether
Mr. Kessler (DOB 1985-06-07) is currently employed and by whom, and his recent quarterly wages.
I understand this information is confidential under W. Va. Code § 21A-10-11 -- please let me
know if you need something more from our office.

Thank you!

Courtney L. Hatfield
Victim Advocate
Kanawha County Prosecuting Attorney's Office
301 Virginia St. East, Charleston, WV 25301
(304) 555-0155
""")
    m.add_attachment(pdf_bytes(T30, "b30att.pdf", "Serif"), maintype="application", subtype="pdf",
                     filename="Notice of Hearing - Kessler.pdf")
    return m


doc(id="bss30", fmt="eml", build=b30, label=label(
    "bss30", "eml", "victim advocate e-mail with a notice of hearing attached (not process)",
    "district-attorney", "Kanawha County Prosecuting Attorney's Office", "Courtney L. Hatfield",
    "Victim Advocate", "chatfield@kanawhaprosecutor.wv.gov", "(304) 555-0155",
    [S("Dustin Wayne Kessler", "1985-06-07")],
    ["WV Code 61-11A-4", "WV Code 21A-10-11"], "none", None, False, "criminal_investigation",
    ["employment", "wages"], "email"))

# ---- bss31: sheriff civil division + agency's own warrant for unpaid contributions (not process)
T31 = """!H PULASKI COUNTY SHERIFF'S OFFICE
!c Civil Process Division · 3201 West Roosevelt Road · Little Rock, Arkansas 72204
!R
November 3, 2026

Arkansas Department of Finance and Administration
Office of Driver Services — Records
P.O. Box 1272, Little Rock, AR 72203

RE:  Warrant for Collection of Unpaid Contributions No. UC-2026-004418
     Employer: Ozark Ridge Roofing LLC (ADWS acct. 0447781-2)

Our office has been directed to levy on the property of the above employer under a Warrant for
Collection of Unpaid Contributions issued by the Director of the Arkansas Division of Workforce
Services under Ark. Code Ann. § 11-10-717 (copy follows). The employer's business address is
vacant. To complete the levy we request the current residential address on the driver license
record, and any vehicles registered, for the employer's sole member:

        CODY WAYNE ASHCRAFT      DOB: 1982-08-16      AR DL 928864013

Please respond to Deputy Sherry Landreth at (501) 555-0114 or slandreth@pulaskicounty.net.

Respectfully,

Sherry Landreth
Deputy Sheriff, Civil Process Division
\f!C STATE OF ARKANSAS
!C DIVISION OF WORKFORCE SERVICES
!C WARRANT FOR COLLECTION OF UNPAID CONTRIBUTIONS
!R
Warrant No. UC-2026-004418

TO THE SHERIFF OF PULASKI COUNTY, ARKANSAS, GREETING:

WHEREAS Ozark Ridge Roofing LLC, Employer Account No. 0447781-2, has failed to pay contributions,
interest and penalties due under the Division of Workforce Services Law for the quarters 2025-Q2
through 2026-Q2, in the total amount of $14,882.17, and a certificate of assessment has been
filed pursuant to Ark. Code Ann. § 11-10-717;

YOU ARE THEREFORE COMMANDED to levy upon and sell the real and personal property of said employer
found within your county for the payment of the amount due, and to return this warrant to the
Director within sixty (60) days.

Issued at Little Rock, Arkansas, October 15, 2026.

/s/ Warren D. Applebury
Director, Arkansas Division of Workforce Services
"""
doc(id="bss31", fmt="born_digital", text=T31, family="Sans", label=label(
    "bss31", "born_digital", "sheriff civil-process letter + labor agency's own contributions warrant (not legal process)",
    "sheriff", "Pulaski County Sheriff's Office, Civil Process Division", "Sherry Landreth", "Deputy Sheriff",
    "slandreth@pulaskicounty.net", "(501) 555-0114",
    [S("Cody Wayne Ashcraft", "1982-08-16", ("license", "928864013"))],
    ["AR Code 11-10-717"], "none", None, False, "unknown", ["address", "vehicle"], "mail"))

# ---- bss32: ALEA SBI pasted request, Alabama DHR, SNAP fraud, household
T32 = """From the ALEA-SBI records request template (pasted into DHR intake ticket #DHR-LE-88412)
----------------------------------------------------------------------------------------
ALABAMA LAW ENFORCEMENT AGENCY — STATE BUREAU OF INVESTIGATION
Financial Crimes Unit, 201 S. Union St., Montgomery, AL 36104

DATE: 4 Nov 2026
TO:   Alabama Department of Human Resources, Office of Public Assistance Fraud
RE:   Request for SNAP benefit records — SBI Case 2026-FC-0611

Agent Jasmine A. Oduya requests certified copies of SNAP applications, household composition,
EBT issuance and transaction history (Jan. 2025 - present) and addresses of record for:

  1. Kimberly Renee TOLBERT    DOB: March 12, 1986   SSN: ***-**-4190
  2. Derrick Tolbert           DOB: July 25, 1984    SSN: ***-**-7735

Basis: SBI is investigating trafficking of SNAP benefits at a Montgomery convenience store (Quick
Stop #4, owner Mahmoud Saleh, also under investigation - records for him are NOT requested here)
in violation of 7 U.S.C. § 2024(b) and Code of Alabama 1975, Section 13A-8-3. Disclosure to law
enforcement is authorized by 7 C.F.R. § 272.1(c)(1)(vi). The Tolberts' two minor children are
listed on the case; their records are not needed.

Contact: Agent Jasmine A. Oduya, 334-555-0145, jasmine.oduya@alea.gov
----------------------------------------------------------------------------------------
"""
doc(id="bss32", fmt="txt", text=T32, label=label(
    "bss32", "txt", "state bureau request pasted into an intake ticket, household of two", "state-police",
    "Alabama Law Enforcement Agency — State Bureau of Investigation", "Jasmine A. Oduya", "Agent",
    "jasmine.oduya@alea.gov", "334-555-0145",
    [S("Kimberly Renee Tolbert", "1986-03-12", ("ssn_last4", "4190")),
     S("Derrick Tolbert", "1984-07-25", ("ssn_last4", "7735"))],
    ["7 USC 2024", "AL Code 13A-8-3", "7 CFR 272.1"], "none", None, False, "criminal_investigation",
    ["benefits", "claims", "address"], "email"))


# ================================================================ main
def main():
    rng = random.Random(SEED)
    random.seed(SEED)  # e-mail MIME boundaries
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    ext = {"born_digital": "pdf", "scanned": "pdf", "fax": "tif", "eml": "eml", "txt": "txt"}
    for d in DOCS:
        i, fmt = d["id"], d["fmt"]
        assert d["label"]["format"] == fmt and d["label"]["id"] == i
        out = os.path.join(OUT, f"{i}.{ext[fmt]}")
        if fmt == "born_digital":
            render_pdf(out, d["text"], d.get("family", "Serif"))
        elif fmt == "scanned":
            make_scanned(d["text"], out, rng, d.get("family", "Serif"), 200, d.get("turns"))
        elif fmt == "fax":
            make_fax(d["text"], out, rng, d.get("family", "Sans"), d["header"])
        elif fmt == "txt":
            with open(out, "w", encoding="utf-8") as f:
                f.write(d["text"])
        elif fmt == "eml":
            m = d["build"]()
            with open(out, "wb") as f:
                f.write(bytes(m))
        with open(os.path.join(OUT, f"{i}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(d["label"], f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(DOCS), "documents")


if __name__ == "__main__":
    main()
