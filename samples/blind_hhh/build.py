#!/usr/bin/env python3
"""Build the blind-hhh sample set (independent author). Deterministic: fixed seed.

Run:  /work/main/.venv/bin/python samples/blind_hhh/build.py
"""
import io, json, os, random, subprocess, tempfile, glob, datetime
from email.message import EmailMessage
from email import policy
from email.utils import formataddr

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_hhh"
os.makedirs(TMP, exist_ok=True)
SEED = 20260522
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FD + "DejaVuSansCondensed-Bold.ttf"))

# ----------------------------------------------------------------- rendering
def render_pdf(pages, font="DVC", size=9.5):
    """pages: list of str. Markup per line: '# ' centred bold, '## ' bold,
    '---' rule, '>> ' right aligned, '[ ]'/'[X]' kept as text."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    W, H = letter
    for page in pages:
        y = H - 60
        for raw in page.split("\n"):
            line = raw.rstrip()
            if line.startswith("# "):
                t = line[2:]
                c.setFont("DVB", size + 2)
                for part in simpleSplit(t, "DVB", size + 2, W - 120):
                    c.drawCentredString(W / 2, y, part); y -= size + 6
                continue
            if line.startswith("## "):
                fnt, t = "DVCB", line[3:]
            elif line.startswith(">> "):
                c.setFont(font, size); c.drawRightString(W - 50, y, line[3:]); y -= size + 4; continue
            elif line.strip() == "---":
                c.line(50, y + 4, W - 50, y + 4); y -= 8; continue
            else:
                fnt, t = font, line
            c.setFont(fnt, size)
            if not t.strip():
                y -= size * 0.8; continue
            indent = len(t) - len(t.lstrip(" "))
            for part in simpleSplit(t.strip(), fnt, size, W - 100 - indent * 4):
                c.drawString(50 + indent * 4, y, part); y -= size + 4
            if y < 50:
                c.showPage(); y = H - 60
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_to_images(pdf_bytes, dpi, gray=True):
    d = tempfile.mkdtemp(dir=TMP)
    p = os.path.join(d, "in.pdf")
    open(p, "wb").write(pdf_bytes)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, os.path.join(d, "pg")], check=True)
    return [Image.open(f).convert("L") for f in sorted(glob.glob(os.path.join(d, "pg*.png")))]


def degrade(img, rng, turn=0):
    a = np.asarray(img).astype(np.float32)
    bg = rng.uniform(205, 232)
    a = a * (bg / 255.0)
    a += np.asarray(np.random.RandomState(rng.randint(0, 10**6)).normal(0, 9, a.shape), dtype=np.float32)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(rng.uniform(-2.0, 2.0) or 0.7, resample=Image.BICUBIC, expand=True, fillcolor=int(bg) - 20)
    if turn:
        im = im.rotate(turn, expand=True)
    b = io.BytesIO(); im.save(b, "JPEG", quality=rng.randint(35, 55)); b.seek(0)
    return Image.open(b).convert("L")


def write_scanned(path, pages, rng, turns=None):
    imgs = pdf_to_images(render_pdf(pages), 200)
    turns = turns or {}
    out = [degrade(im, rng, turns.get(i, 0)) for i, im in enumerate(imgs)]
    out = [im.convert("RGB") for im in out]
    import datetime
    import time; fixed = time.gmtime(1764579600)
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:],
                creationDate=fixed, modDate=fixed, producer="scanner")


def write_fax(path, pages, header, rng):
    imgs = pdf_to_images(render_pdf(pages, size=10.5), 200)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    n = len(imgs)
    for i, im in enumerate(imgs):
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 40], fill=255)
        d.text((30, 8), f"{header}  P.{i + 1}/{n}", font=font, fill=0)
        im = im.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(im).astype(np.int16)
        noise = np.random.RandomState(rng.randint(0, 10**6)).random_sample(a.shape) < 0.0008
        a[noise] = 0
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1")
        out.append(im)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def png_of(pages, dpi=150):
    im = pdf_to_images(render_pdf(pages), dpi)[0]
    b = io.BytesIO(); im.save(b, "PNG", optimize=True); return b.getvalue()


def jpeg_of(pages, rng, dpi=150):
    im = degrade(pdf_to_images(render_pdf(pages), dpi)[0], rng)
    b = io.BytesIO(); im.save(b, "JPEG", quality=60); return b.getvalue()


def write_eml(path, hdr, text=None, html=None, attachments=(), forwarded=None):
    m = EmailMessage(policy=policy.SMTP)
    for k, v in hdr.items():
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text); m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
    for fname, ctype, data in attachments:
        mt, st = ctype.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    if forwarded is not None:
        m.add_attachment(forwarded)  # message/rfc822
    for i, part in enumerate(m.walk()):
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            part.set_boundary("=_hhh_%s_%d" % (os.path.basename(path).split(".")[0], i))
    open(path, "wb").write(m.as_bytes())


# ----------------------------------------------------------------- labels
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}
DOCS = []


def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def R(key, agency, person, title, email=None, phone=None):
    return {"agency_key": key, "agency_name": agency, "person": person, "title": title, "email": email, "phone": phone}


def doc(id, fmt, template, req, subjects, basis, ptype, form, purpose, records, channel, **content):
    DOCS.append(dict(
        label={"id": id, "family": "blind-hhh", "format": fmt, "template": template,
               "requestor": req, "subjects": subjects,
               "legal_basis": [{"normalized": b} for b in basis],
               "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
               "warrant_or_subpoena_attached": ptype != "none",
               "purpose": purpose, "records_requested": records, "channel": channel},
        content=content))


CONF = ("CONFIDENTIALITY NOTICE: This communication, including any attachments, is for the sole use of "
        "the intended recipient(s) and may contain law enforcement sensitive information. If you are not "
        "the intended recipient, please notify the sender and destroy all copies.")

# ================================================================= documents
# 01 AK - state troopers letter, born digital
doc("bhhh01", "born_digital", "Alaska State Troopers investigator letter to DMV",
    R("state-police", "Alaska State Troopers", "Kyle J. Brandvold", "Investigator", "kyle.brandvold@alaska.gov", "(907) 555-0141"),
    [S("Aleksandr Petrovich Kuznetsov", "1979-11-02", ("license", "7730195"))],
    ["AS 11.46.130", "AS 28.15.151"], "none", None, "criminal_investigation", ["address", "photo", "vehicle"], "mail",
    pages=["""# STATE OF ALASKA
# DEPARTMENT OF PUBLIC SAFETY
# ALASKA STATE TROOPERS - Fairbanks Post, Criminal Investigations
>> 1979 Peger Road, Fairbanks, AK 99709
>> Tel (907) 555-0141

October 7, 2025

Division of Motor Vehicles
Records & Licensing Section
1300 W. Benson Blvd., Suite 200
Anchorage, AK 99503

Re: AST Case No. AK25-081177 - Request for Driver and Vehicle Records

To the Records Custodian:

The Alaska State Troopers are investigating a theft of construction equipment from a job site on the
Richardson Highway (theft in the second degree, AS 11.46.130). A person believed to be involved has been
identified as:

    KUZNETSOV, Aleksandr Petrovich
    Date of birth: 02 Nov 1979
    Alaska operator license no. 7730195

I respectfully request the following for this person: the current and prior mailing and residential
addresses on file, the most recent license photograph, and a list of any vehicles registered in his
name, including trailers. I understand release of the photograph is limited by AS 28.15.151; this request
is made for a law enforcement purpose in an open criminal case.

The victim, Northern Lights Excavation (owner Dale Ruckert), has no need to be contacted.

Please send the results to my attention by e-mail or to the address above.

Sincerely,

Kyle J. Brandvold
Investigator, Fairbanks Criminal Investigations Unit
Alaska State Troopers
kyle.brandvold@alaska.gov  |  (907) 555-0141

cc: Sgt. Maria Kealoha, Supervisor
"""])

# 02 WA - ERO email, eml plain text, two subjects
doc("bhhh02", "eml", "ICE ERO deportation officer informal email to WA DOL",
    R("dhs-ice-ero", "ICE/ERO Seattle", "Travis Oyelaran", "Deportation Officer", "travis.oyelaran@ice.dhs.gov", "206-555-0172"),
    [S("Gerardo Ibáñez Cuevas", "1991-06-14", ("a_number", "A215883047")),
     S("Yesenia Marisol Ibáñez", "1994-01-30", ("a_number", "A215883102"), ("license", "WDLIBANEZY94K"))],
    ["8 USC 1357"], "none", None, "civil_immigration", ["address", "vehicle", "photo"], "email",
    eml=dict(hdr={"From": formataddr(("Oyelaran, Travis", "travis.oyelaran@ice.dhs.gov")),
                  "To": "dol.records@dol.wa.gov", "Subject": "records request - 2 subjects",
                  "Date": "Tue, 14 Oct 2025 09:12:44 -0700", "Message-ID": "<hhh02.1@ice.dhs.gov>"},
             text="""Good morning,

Requesting any current address, vehicle registration and photo on file for the below individuals,
for official use. This request is made pursuant to 8 U.S.C. 1357.

1) IBÁÑEZ CUEVAS, Gerardo   DOB 06/14/1991   A# 215-883-047
2) IBÁÑEZ, Yesenia Marisol  DOB 01/30/1994   A# 215-883-102   WA DL WDLIBANEZY94K

Thank you for your help, please let me know if you need anything else from me.

V/r,
Travis Oyelaran
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - Seattle Field Office
12500 Tukwila International Blvd, Seattle, WA 98168
Desk: 206-555-0172
travis.oyelaran@ice.dhs.gov

WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).
"""))

# 03 AZ - FBI cover letter + AO 93 search warrant, scanned
doc("bhhh03", "scanned", "FBI cover letter with AO 93 search and seizure warrant (D. Ariz.)",
    R("doj-fbi", "Federal Bureau of Investigation, Phoenix Field Office", "Rebecca L. Szymanski", "Special Agent", "rlszymanski@fbi.gov", "(602) 555-0118"),
    [S("Nguyễn Văn Hải", "1984-03-22", ("ssn_last4", "4471")), S("Trần Thị Bích Ngọc", "1987-09-05")],
    ["FRCrP 41", "18 USC 1343", "18 USC 1028A"], "judicial_warrant", "AO 93", "criminal_investigation",
    ["wages", "employment", "address", "claims"], "mail",
    turns={1: 180},
    pages=["""# U.S. Department of Justice
# Federal Bureau of Investigation
>> Phoenix Field Office
>> 21711 N. 7th Street, Phoenix, AZ 85024

November 3, 2025

Arizona Department of Economic Security
Unemployment Insurance Administration - Records Custodian
1789 W. Jefferson St., Phoenix, AZ 85007

Re: Service of Search and Seizure Warrant, Case No. 25-8841MB

Dear Custodian of Records:

Enclosed please find a search and seizure warrant issued by the United States District Court for the
District of Arizona. The warrant authorizes the seizure of unemployment insurance claim records, wage
records and claimant address histories for the persons listed in Attachment B, in connection with an
investigation of wire fraud (18 U.S.C. 1343) and aggravated identity theft (18 U.S.C. 1028A).

Please provide responsive records within ten business days. Questions may be directed to me.

Respectfully,

Rebecca L. Szymanski
Special Agent
(602) 555-0118  -  rlszymanski@fbi.gov

Enclosure: AO 93 (Rev. 11/13)
""",
"""AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
# for the
# District of Arizona

In the Matter of the Search of
Records maintained by the Arizona Department of Economic Security      Case No. 25-8841MB
relating to NGUYỄN VĂN HẢI and TRẦN THỊ BÍCH NGỌC

# SEARCH AND SEIZURE WARRANT

To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search
of the following person or property located in the District of Arizona: records of the Arizona Department
of Economic Security, 1789 W. Jefferson St., Phoenix, Arizona (see Attachment A).

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the
person or property described above, and that such search will reveal (see Attachment B):

Attachment B: For the period January 1, 2021 to present, all unemployment insurance claims, quarterly wage
records, employer names, payment records and addresses relating to:
  (1) Nguyễn Văn Hải, date of birth 03/22/1984, SSN ending 4471;
  (2) Trần Thị Bích Ngọc, date of birth 09/05/1987.
Evidence of violations of 18 U.S.C. 1343 and 18 U.S.C. 1028A.

YOU ARE COMMANDED to execute this warrant on or before November 14, 2025 (not to exceed 14 days)
[X] in the daytime 6:00 a.m. to 10:00 p.m.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the
property taken to the person from whom the property was taken. The officer executing this warrant must
prepare an inventory as required by law and promptly return this warrant and inventory to the duty
United States Magistrate Judge, as required by Fed. R. Crim. P. 41.

Date and time issued: 10/31/2025 2:14 pm          /s/ Deborah M. Fine
                                                   Judge's signature
City and state: Phoenix, Arizona                   Hon. Deborah M. Fine, U.S. Magistrate Judge
"""])

# 04 AR - I-247A detainer by fax to corrections
I247A_BOILER = """1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS
DETERMINATION IS BASED ON (complete box 1 or 2).
[X] 1. a final order of removal against the alien;
[ ] 2. the pendency of ongoing removal proceedings against the alien;
IT IS THEREFORE REQUESTED THAT YOU:
 - Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from
   your custody. Please notify DHS by calling the number below.
 - Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would
   otherwise have been released from your custody to allow DHS to assume custody.
This detainer arises from DHS authorities and should not impact decisions about the alien's bail,
rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other
matters. This form is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act
and 8 C.F.R. 287.7."""
doc("bhhh04", "fax", "I-247A immigration detainer faxed to state corrections with records line",
    R("dhs-ice-ero", "U.S. Department of Homeland Security / ICE ERO New Orleans Field Office, Fort Smith sub-office", "Brandon K. Whitlow", "Supervisory Detention and Deportation Officer", None, "479-555-0163"),
    [S("Juan Pablo de la Cruz Mejía", "1989-12-08", ("a_number", "A208114593"), ("other", "171552"))],
    ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration", ["other"], "fax",
    header="DEC-02-2025 10:41  FROM: ICE ERO FT SMITH 4795550199  TO: ADC RECORDS",
    pages=["""# FAX TRANSMITTAL
To: Arkansas Division of Correction - Records Office, Pine Bluff       Fax: 870-555-0110
From: SDDO Brandon K. Whitlow, ICE ERO Fort Smith                       Phone: 479-555-0163
Date: 12/02/2025          Pages (incl. cover): 2
Re: Detainer - inmate DE LA CRUZ MEJÍA, ADC #171552

Please lodge the attached detainer and forward a copy of the inmate's current sentence computation and
projected release date. Please return the signed acknowledgement to the fax number above.

---
The information contained in this facsimile is sensitive but unclassified and intended only for the named
recipient.
""",
"""DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 381004512        Event #: FSM2512000041        File No: A208 114 593
Date: December 2, 2025

TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
Arkansas Division of Correction, Varner Unit, Grady, AR

FROM: (Department of Homeland Security Office Address)
ICE ERO Fort Smith, 4623 Rogers Ave., Fort Smith, AR 72903

Name of Alien: DE LA CRUZ MEJÍA, Juan Pablo
Date of Birth: 12/08/1989        Citizenship: Mexico        Sex: M

""" + I247A_BOILER + """

(Signature of Immigration Officer)  /s/ Brandon K. Whitlow
(Name and Title of Immigration Officer)  Brandon K. Whitlow, SDDO

NOTICE: If the alien is released, please call (479) 555-0163.
DHS Form I-247A (3/17)                                                          Page 1 of 3
"""])

# 05 CA - web portal submission, txt
doc("bhhh05", "txt", "LAPD detective web-portal submission to CA EDD (pasted text)",
    R("local-police", "Los Angeles Police Department", "Danielle Okafor-Reyes", "Detective II", "35912@lapd.online", "213-555-0187"),
    [S("Ramón Gómez-Salcedo", "1976-08-19", ("ssn_last4", "0926"), ("license", "B7730214"))],
    ["CA PC 487", "CA UI Code 1095", "CA PC 1054"], "none", None, "criminal_investigation", ["employment", "wages", "address"], "email",
    text="""=== EDD Law Enforcement Information Request - Online Submission ===
Submission ID: LE-2025-113-09417
Received: 2025-11-13 15:22 PST

Requesting Agency: Los Angeles Police Department
Division / Unit: Commercial Crimes Division - Fraud Section
Requestor Name: Danielle Okafor-Reyes
Rank/Title: Detective II
Serial No.: 35912
Email: 35912@lapd.online
Phone: 213-555-0187

Case / DR Number: 25-01-19744
Offense: Grand theft (Penal Code section 487(a)) - embezzlement from employer
Authority cited: Unemployment Insurance Code section 1095(i)

SUBJECT 1
  Last Name: GÓMEZ-SALCEDO
  First Name: Ramón
  Middle:
  DOB: 1976-08-19
  SSN (last 4): 0926
  CA DL/ID: B7730214

Information requested:
 [x] Employer(s) of record / base period employers
 [x] Quarterly wages (last 8 quarters)
 [x] Address of record
 [ ] Claim history

Reason for request (free text):
Subject was bookkeeper for victim business (Altamira Tile Supply, contact Hector Villanueva). Need
current employer to serve search warrant and locate subject for interview. Records will not be disclosed
except as required by discovery (Penal Code 1054).

Certification: [x] I certify this request is made in the course of an official criminal investigation.
"""
)

# 06 CO - DEA administrative subpoena, born digital
doc("bhhh06", "born_digital", "DEA 21 USC 876 administrative subpoena to Colorado labor department",
    R("doj-dea", "Drug Enforcement Administration, Denver Field Division", "Mitchell A. Horáček", "Diversion Investigator / Special Agent", "mitchell.a.horacek@dea.gov", "(720) 555-0125"),
    [S("Esteban Núñez Villarreal", "1990-04-04"), S("Dmitri Volkov", "1985-07-17", ("ssn_last4", "3318"))],
    ["21 USC 876", "21 USC 841", "21 USC 846", "CRS 8-72-107"], "administrative_subpoena", None, "criminal_investigation",
    ["wages", "employment", "address"], "mail",
    pages=["""# UNITED STATES DEPARTMENT OF JUSTICE
# DRUG ENFORCEMENT ADMINISTRATION
# SUBPOENA
File No.: R3-25-0418        G-DEP Identifier: ZE1CG        Subpoena No.: DEN-25-01177

TO: Custodian of Records
    Colorado Department of Labor and Employment, Division of Unemployment Insurance
    251 E. 12th Ave., Denver, CO 80203

By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to appear before Special Agent Mitchell
A. Horáček, an officer of the Drug Enforcement Administration, at 12154 E. Easter Ave., Centennial, CO
80112 on the 5th day of December, 2025 at 10:00 a.m., to testify and give information in connection with
an investigation relating to the enforcement of the Controlled Substances Act (21 U.S.C. 841 and 846).

In lieu of appearance, you may furnish the following records:
All quarterly wage records, employer names and addresses, and claimant address of record, January 2023 to
present, for:
   1. NÚÑEZ VILLARREAL, Esteban - DOB 4 April 1990
   2. VOLKOV, Dmitri - DOB 17 July 1985 - SSN xxx-xx-3318

The Colorado confidentiality provision for employment records (C.R.S. 8-72-107) permits disclosure to
law enforcement under the conditions there stated.

This subpoena is issued pursuant to Title 21, United States Code, Section 876. Failure to comply with this
subpoena may render you liable to proceedings in the United States District Court to enforce obedience to
the requirements of this subpoena.

Please do not disclose the existence of this subpoena; disclosure could impede the investigation.

Signature: /s/ Mitchell A. Horáček        Title: Special Agent        Date: November 18, 2025
Telephone: (720) 555-0125    E-mail: mitchell.a.horacek@dea.gov
Denver Field Division - Diversion Group 2
"""])

# 07 CT - Hartford PD informal email, multipart/alternative
_t07 = """Hi -

Hoping you can help me out. I'm working a larceny case (CGS 53a-123, larceny 2nd degree) and need a DMV
photo and last address for:

  Ewa Kowalczyk-Baran, DOB 1992-02-11, CT operator's license 190447218

Case # 25-044719. She's a suspect, not a victim. Anything you have on vehicles registered to her would
also help.

Thanks,
Det. Sean P. McGillicuddy
Hartford Police Department | Major Crimes Division
253 High St, Hartford CT 06103
o: 860-555-0133 | smcgillicuddy@hartfordct.gov
"""
doc("bhhh07", "eml", "Hartford PD detective informal email, multipart/alternative",
    R("local-police", "Hartford Police Department", "Sean P. McGillicuddy", "Detective", "smcgillicuddy@hartfordct.gov", "860-555-0133"),
    [S("Ewa Kowalczyk-Baran", "1992-02-11", ("license", "190447218"))],
    ["CGS 53a-123"], "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email",
    eml=dict(hdr={"From": formataddr(("McGillicuddy, Sean", "smcgillicuddy@hartfordct.gov")),
                  "To": "DMV.LawEnforcement@ct.gov", "Subject": "photo/address request - case 25-044719",
                  "Date": "Wed, 01 Oct 2025 16:40:02 -0400", "Message-ID": "<hhh07.7@hartfordct.gov>"},
             text=_t07, html="<html><body><pre style='font-family:Calibri'>" + _t07 + "</pre></body></html>"))

# 08 DE - Superior Court criminal subpoena duces tecum, born digital
doc("bhhh08", "born_digital", "Delaware Superior Court criminal subpoena duces tecum requested by Deputy AG",
    R("district-attorney", "Delaware Department of Justice, Criminal Division", "Priya Venkataraman", "Deputy Attorney General", "priya.venkataraman@delaware.gov", "(302) 555-0156"),
    [S("Marcus T. Abernathy", "1981-05-27", ("ssn_last4", "6620"))],
    ["DE CrimP 17", "11 Del C 841"], "court_subpoena", None, "criminal_investigation", ["wages", "employment", "claims"], "mail",
    pages=["""# IN THE SUPERIOR COURT OF THE STATE OF DELAWARE

STATE OF DELAWARE,                    )
                                      )      I.D. No. 2506011842
        v.                            )
                                      )
MARCUS T. ABERNATHY,                  )
             Defendant.               )

# SUBPOENA DUCES TECUM
# (Criminal)

THE STATE OF DELAWARE
TO: Custodian of Records, Delaware Department of Labor, Division of Unemployment Insurance,
    4425 N. Market Street, Wilmington, DE 19802

YOU ARE COMMANDED to appear in the Superior Court of the State of Delaware, New Castle County
Courthouse, 500 N. King Street, Wilmington, on January 12, 2026 at 9:30 a.m., to testify in the above
case, and to bring with you:

All wage records reported by employers, and all unemployment insurance claim and payment records, for
Marcus T. Abernathy (DOB 05/27/1981, SSN xxx-xx-6620), from January 1, 2023 through the present.

The records may be produced in advance to the undersigned Deputy Attorney General in lieu of appearance,
together with a custodian's certification. This subpoena is issued under Superior Court Criminal Rule 17.
The defendant is charged with theft, 11 Del. C. § 841.

Failure to obey this subpoena may be deemed a contempt of court.

Issued at the request of:                           PROTHONOTARY
Priya Venkataraman, Deputy Attorney General         By: /s/ L. Carrow, Deputy
Delaware Department of Justice                      Date: 11/20/2025
820 N. French Street, Wilmington, DE 19801
(302) 555-0156 | priya.venkataraman@delaware.gov
"""])

# 09 DC - HSI email with I-138 PDF attachment
_i138 = ["""DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION ENFORCEMENT SUBPOENA
# To Appear and/or Produce Records
Subpoena No.: HSI-WA-2025-00388                    File No.: A 219 440 871

To: Custodian of Records, District of Columbia Department of Motor Vehicles
    95 M Street SW, Washington, DC 20024

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to produce the records
listed below to Special Agent Omar Farah Warsame, an officer of the Department of Homeland Security,
Immigration and Customs Enforcement, at 1215 S. Clark St., Arlington, VA 22202, on or before
December 10, 2025.

In connection with an investigation or inquiry relating to the enforcement of the Immigration and
Nationality Act, specifically the admissibility and removability of the following person:

   Name: HASSAN, Abdirahman Yusuf       DOB: 1993-10-21       A-Number: A219440871
   DC DL No.: 4418920

Records requested: driver licence application and supporting identity documents, photographs, all
addresses of record, and vehicle registrations.

This subpoena is issued pursuant to Section 235(d)(4)(A) of the Immigration and Nationality Act,
8 U.S.C. § 1225(d), and 8 C.F.R. § 287.4. Failure to comply with this subpoena may subject you to an order
by a United States District Court to comply, and failure to obey such an order may be punished as
contempt of court.

Signature: /s/ Omar F. Warsame                   Date: 11/24/2025
Name/Title: Omar Farah Warsame, Special Agent, HSI Washington, D.C.
Phone: 202-555-0149

DHS Form I-138 (4/09)
"""]
doc("bhhh09", "eml", "HSI agent email with I-138 Immigration Enforcement Subpoena PDF attached",
    R("dhs-ice-hsi", "ICE Homeland Security Investigations - Washington, D.C.", "Omar Farah Warsame", "Special Agent", "omar.f.warsame@ice.dhs.gov", "202-555-0149"),
    [S("Abdirahman Yusuf Hassan", "1993-10-21", ("a_number", "A219440871"), ("license", "4418920"))],
    ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", "civil_immigration",
    ["identity_documents", "photo", "address", "vehicle"], "email",
    eml=dict(hdr={"From": formataddr(("Warsame, Omar F", "omar.f.warsame@ice.dhs.gov")),
                  "To": "dmv.legal@dc.gov", "Cc": "hsi.wdc.duty@ice.dhs.gov",
                  "Subject": "Service of DHS Subpoena HSI-WA-2025-00388",
                  "Date": "Mon, 24 Nov 2025 11:03:19 -0500", "Message-ID": "<hhh09.9@ice.dhs.gov>"},
             text="""Good morning,

Please see the attached DHS subpoena for records relating to one individual. Kindly provide the
responsive records (licence file, photo, addresses, vehicles) by December 10. Electronic production to
this address is fine.

Respectfully,

SA Omar F. Warsame
Homeland Security Investigations | Washington, D.C.
U.S. Immigration and Customs Enforcement
Office: 202-555-0149
""",
             attachments=[("HSI-WA-2025-00388_subpoena.pdf", "application/pdf", render_pdf(_i138))]))

# 10 FL - sheriff faxed request form, two subjects
doc("bhhh10", "fax", "Orange County Sheriff's Office faxed DHSMV information request form",
    R("sheriff", "Orange County Sheriff's Office", "LaToya R. Simmons", "Corporal, Economic Crimes Unit", "latoya.simmons@ocso.com", "407-555-0194"),
    [S("Yuliya Hrytsenko", "1996-03-09", ("license", "H632421967890")),
     S("Wilfredo Ortiz de Zárate", "1983-12-01", ("license", "O632880834010"))],
    ["FS 812.014", "FS 817.034", "18 USC 2721"], "none", None, "criminal_investigation", ["address", "photo", "vehicle", "license"], "fax",
    header="11/19/2025 14:07 OCSO ECON CRIMES 4075550190",
    pages=["""# ORANGE COUNTY SHERIFF'S OFFICE
# REQUEST FOR DRIVER / VEHICLE INFORMATION
To: Florida Department of Highway Safety and Motor Vehicles, Bureau of Records   Fax: 850-555-0177
Date of request: 11/19/2025                 OCSO Case #: 2025-0148822

Requesting Officer: Cpl. LaToya R. Simmons       Badge/ID: 4417
Unit: Economic Crimes Unit                        Phone: 407-555-0194   Fax: 407-555-0190
E-mail: latoya.simmons@ocso.com

Offense under investigation: Grand theft, s. 812.014, Fla. Stat.; scheme to defraud, s. 817.034, F.S.

Subject 1: HRYTSENKO, Yuliya            DOB: 03/09/1996   FL DL: H632-421-96-789-0
Subject 2: ORTIZ DE ZÁRATE, Wilfredo    DOB: 12/01/1983   FL DL: O632-880-83-401-0

Records requested:  [X] Driver license history  [X] Digital image/photo  [X] Address history
                    [X] Vehicle/vessel registrations     [ ] Crash reports

Permissible use under the Driver's Privacy Protection Act, 18 U.S.C. 2721(b)(1): use by a law
enforcement agency in carrying out its functions.

I certify that the information requested is for official law enforcement use only.

Signature: ___/s/ L. R. Simmons___     Supervisor approval: Sgt. Paul Devereaux
"""])

# 11 GA - state grand jury subpoena, born digital
doc("bhhh11", "born_digital", "Fulton County special purpose grand jury subpoena for GA DOL records",
    R("district-attorney", "Office of the Fulton County District Attorney", "Jerome Oduya", "Assistant District Attorney", "jerome.oduya@fultoncountyga.gov", "404-555-0128"),
    [S("Kendrick Lamar Pruitt", "1988-10-10"), S("Soo-jin Park", "1990-02-28", ("ssn_last4", "1204"))],
    ["OCGA 24-13-23", "OCGA 15-12-100", "OCGA 16-8-2"], "grand_jury_subpoena", None, "criminal_investigation",
    ["wages", "employment", "address"], "mail",
    pages=["""# IN THE SUPERIOR COURT OF FULTON COUNTY
# STATE OF GEORGIA

IN RE: SPECIAL PURPOSE GRAND JURY                        Civil Action File No. 2025-EX-004417
(Investigation No. 25-GJ-112)

# SUBPOENA FOR PRODUCTION OF DOCUMENTARY EVIDENCE TO THE GRAND JURY

TO: Custodian of Records, Georgia Department of Labor, 148 Andrew Young International Blvd NE,
    Atlanta, Georgia 30303

YOU ARE HEREBY COMMANDED, pursuant to O.C.G.A. § 24-13-23 and O.C.G.A. § 15-12-100, to appear before the
Fulton County Special Purpose Grand Jury, Fulton County Courthouse, 136 Pryor Street SW, Atlanta, on the
8th day of January, 2026, at 9:00 a.m., and to bring with you the following:

Quarterly wage and employer reports, and last known addresses of record, 2022 to date, for:
  - Kendrick Lamar Pruitt, born October 10, 1988
  - Soo-jin Park, born February 28, 1990, SSN ending 1204

The grand jury is investigating theft by taking (O.C.G.A. § 16-8-2) from a county contractor.
Production of the records to the Assistant District Attorney named below before the return date
will be accepted in lieu of personal appearance. This matter is secret; do not disclose it.

Witness the Honorable Carla M. Whitfield, Judge of said Court, this 17th day of November, 2025.

/s/ Che Alexander
Clerk of Superior Court, Fulton County

Requested by: Jerome Oduya, Assistant District Attorney
Fulton County District Attorney's Office, 136 Pryor Street SW, 3rd Floor, Atlanta, GA 30303
Tel. 404-555-0128  ·  jerome.oduya@fultoncountyga.gov
"""])

# 12 HI - state search warrant, scanned
doc("bhhh12", "scanned", "Hawaii circuit court search warrant with HPD detective cover memo",
    R("local-police", "Honolulu Police Department", "Keoni Kahananui", "Detective", "kkahananui@honolulu.gov", "(808) 555-0115"),
    [S("Ferdinand Bautista Macaraeg", "1977-06-30", ("license", "H01447782"))],
    ["HI CrimP 41", "HRS 803-31", "HRS 708-830.5"], "judicial_warrant", None, "criminal_investigation",
    ["address", "photo", "vehicle", "license"], "mail",
    turns={0: 90},
    pages=["""HONOLULU POLICE DEPARTMENT  -  CRIMINAL INVESTIGATION DIVISION
801 South Beretania Street, Honolulu, Hawaii 96813

MEMO   12/04/2025
TO:    City & County of Honolulu, Division of Motor Vehicles, Licensing and Permits - Records
FROM:  Det. Keoni Kahananui, CID Auto Theft Detail, (808) 555-0115, kkahananui@honolulu.gov
RE:    Search warrant - HPD Report No. 25-381244

Attached is a search warrant signed by a judge of the First Circuit Court for driver licence and
vehicle registration records of the person named. Please contact me when the records are ready.
""",
"""# IN THE CIRCUIT COURT OF THE FIRST CIRCUIT
# STATE OF HAWAI'I

STATE OF HAWAI'I                                        S.W. No. 25-1-0917

# SEARCH WARRANT

TO: ANY POLICE OFFICER OF THE HONOLULU POLICE DEPARTMENT:

Proof by affidavit having been made before me by Detective Keoni Kahananui that there is probable cause to
believe that there is now at the Division of Motor Vehicles, Licensing and Permits, 1199 Dillingham
Boulevard, Honolulu, records constituting evidence of the offense of Theft in the First Degree (HRS
§ 708-830.5), you are hereby commanded to search for and seize the following:

All driver licence records, application photographs, addresses of record and vehicle registration and
title records for FERDINAND BAUTISTA MACARAEG, date of birth June 30, 1977, Hawaii licence H01447782.

This warrant is issued pursuant to HRS § 803-31 et seq. and Hawai'i Rules of Penal Procedure Rule 41,
and shall be executed within ten days.

Dated: Honolulu, Hawai'i, December 3, 2025

/s/ Rowena K. Apana
JUDGE OF THE ABOVE-ENTITLED COURT
"""])

# 13 ID - ISP email pasted as text, unknown purpose
doc("bhhh13", "txt", "Idaho State Police trooper email pasted to text, no reason given",
    R("state-police", "Idaho State Police", "Cody R. Lindqvist", "Trooper", "cody.lindqvist@isp.idaho.gov", "208-555-0161"),
    [S("Tatiana Morozova", "1998-07-23", ("license", "TM447812K"))],
    [], "none", None, "unknown", ["address", "phone"], "email",
    text="""From: Lindqvist, Cody <cody.lindqvist@isp.idaho.gov>
Sent: Thursday, October 23, 2025 7:55 AM
To: ITD DMV Records <dmvrecords@itd.idaho.gov>
Subject: address check

Morning,

Can you send me the most recent address and any phone number on file for Tatiana MOROZOVA,
DOB 23 Jul 1998, ID DL# TM447812K? Would appreciate it.

Thanks

Tpr. Cody R. Lindqvist #3318
Idaho State Police - District 4, Jerome
208-555-0161
"""
)

# 14 IL - AUSA email with federal court order PDF attached
_ord14 = ["""Case: 1:25-cr-00611  Document #: 14  Filed: 11/06/25  Page 1 of 2 PageID #:88
# UNITED STATES DISTRICT COURT
# NORTHERN DISTRICT OF ILLINOIS
# EASTERN DIVISION

UNITED STATES OF AMERICA             )
                                     )     No. 25 CR 611
        v.                           )
                                     )     Judge Anil K. Raghunathan
TOMASZ WIŚNIEWSKI and                )
ADAORA CHUKWU-BELL                   )

# ORDER

This matter coming before the Court on the government's motion for an order directing the Illinois
Department of Employment Security ("IDES") to disclose confidential unemployment insurance records, the
Court having considered 820 ILCS 405/1900 and 20 C.F.R. § 603.5, and being fully advised,

IT IS HEREBY ORDERED:

1. IDES shall produce to the United States Attorney's Office, within 14 days of service of this Order,
all unemployment insurance claims, payment histories, wage reports and addresses of record from
January 1, 2020 to the present for:
   (a) Tomasz Wiśniewski, date of birth 1982-01-15;
   (b) Adaora Chukwu-Bell, date of birth 1986-11-04.
2. The records shall be used solely for purposes of this criminal prosecution (18 U.S.C. § 1341,
18 U.S.C. § 1343) and are subject to the protective order entered at Dkt. 9.

ENTERED:
/s/ Anil K. Raghunathan
United States District Judge
Dated: November 6, 2025
"""]
doc("bhhh14", "eml", "AUSA email with N.D. Ill. court order PDF for IDES records",
    R("doj-usao", "United States Attorney's Office, Northern District of Illinois", "Margaret O'Rourke-Lindahl", "Assistant United States Attorney", "margaret.orourke-lindahl@usdoj.gov", "(312) 555-0179"),
    [S("Tomasz Wiśniewski", "1982-01-15"), S("Adaora Chukwu-Bell", "1986-11-04")],
    ["820 ILCS 405/1900", "20 CFR 603.5", "18 USC 1341", "18 USC 1343"], "court_order", None, "criminal_investigation",
    ["claims", "benefits", "wages", "address"], "email",
    eml=dict(hdr={"From": formataddr(("O'Rourke-Lindahl, Margaret (USAILN)", "margaret.orourke-lindahl@usdoj.gov")),
                  "To": "ides.legal@illinois.gov",
                  "Subject": "US v. Wisniewski et al., 25 CR 611 - Order for IDES records",
                  "Date": "Fri, 07 Nov 2025 13:47:00 -0600", "Message-ID": "<hhh14.3@usdoj.gov>"},
             text="""Counsel,

Attached is Judge Raghunathan's order of November 6 directing IDES to produce claim, payment and wage
records for the two defendants in the above case. Please produce within 14 days. A certification of
records under Fed. R. Evid. 902(11) would save us a custodian witness at trial.

Thank you,

Margaret O'Rourke-Lindahl
Assistant United States Attorney
United States Attorney's Office | Northern District of Illinois
219 S. Dearborn St., 5th Floor, Chicago, IL 60604
(312) 555-0179
""",
             attachments=[("25cr611_Dkt14_Order.pdf", "application/pdf", render_pdf(_ord14))]))
DOCS[-1]["label"]["legal_basis"].append({"normalized": "FRE 902"})

# 15 IN - ERO cover letter + I-200, born digital
doc("bhhh15", "born_digital", "ERO cover letter with Form I-200 warrant for arrest to Indiana BMV",
    R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Chicago Field Office - Indianapolis", "Jessica M. Van Buren", "Deportation Officer", "jessica.vanburen@ice.dhs.gov", "317-555-0138"),
    [S("Rigoberto Alonso Peña Quiñónez", "1986-05-19", ("a_number", "A097331460"))],
    ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", "civil_immigration",
    ["address", "photo", "vehicle"], "mail",
    pages=["""U.S. Department of Homeland Security
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations
Indianapolis Sub-Office, 575 N. Pennsylvania St., Indianapolis, IN 46204

November 12, 2025

Indiana Bureau of Motor Vehicles
Records Division, 100 N. Senate Ave., Room N411
Indianapolis, IN 46204

RE: PEÑA QUIÑÓNEZ, Rigoberto Alonso   A097 331 460

To Whom It May Concern:

Pursuant to 8 U.S.C. § 1357, this office requests the current residential address, photograph and
vehicle registration information for the above individual, DOB 05/19/1986. A copy of the Warrant for
Arrest of Alien issued for this person is enclosed.

Sincerely,

Jessica M. Van Buren
Deportation Officer
Phone 317-555-0138 | jessica.vanburen@ice.dhs.gov
""",
"""U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
File No. A097 331 460
Date: 11/10/2025

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and
Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for
immigration violations

I have determined that there is probable cause to believe that PEÑA QUIÑÓNEZ, Rigoberto Alonso is
removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[X] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases ...
[X] statements made voluntarily by the subject to an immigration officer ...

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and
Nationality Act, the above-named alien.

/s/ Derrick Hollingsworth
(Signature of Authorized Immigration Officer)
Derrick Hollingsworth, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)

Certificate of Service ...
Form I-200 (Rev. 09/16)
"""])

# 16 IA - DCI agent email to IWD
doc("bhhh16", "eml", "Iowa DCI special agent email to Iowa Workforce Development",
    R("state-police", "Iowa Division of Criminal Investigation", "Hannah Vu", "Special Agent", "hvu@dps.state.ia.us", "515-555-0147"),
    [S("Mohamed Abdi Nur", "1995-09-12", ("ssn_last4", "5530")), S("Faadumo Ali Jama", "1997-04-01")],
    ["IA Code 96.11", "IA Code 714.2", "IA Code 715A.8"], "none", None, "criminal_investigation",
    ["employment", "wages", "address", "phone"], "email",
    eml=dict(hdr={"From": formataddr(("Vu, Hannah [DPS]", "hvu@dps.state.ia.us")),
                  "To": "IWD Law Enforcement Requests <le.requests@iwd.iowa.gov>",
                  "Subject": "DCI 25-2271 employer info",
                  "Date": "Mon, 3 Nov 2025 10:20:11 -0600", "Message-ID": "<hhh16.1@dps.state.ia.us>"},
             text="""Hello IWD team,

DCI is investigating an identity theft / theft ring (Iowa Code 715A.8 and 714.2) operating out of a
warehouse staffing agency in Des Moines. Under Iowa Code § 96.11, I'm asking for the employer(s) of
record, wages for the last four quarters, and the address and phone number on file for:

  NUR, Mohamed Abdi -- DOB 9/12/1995 -- SSN last 4: 5530
  JAMA, Faadumo Ali -- DOB 4/1/1997

The staffing agency's HR manager, Greg Tollefson, is cooperating and is not a subject.

Thank you,

Hannah Vu
Special Agent
Iowa Division of Criminal Investigation - Financial Crimes
215 E. 7th St., Des Moines, IA 50319
515-555-0147
"""))

# 17 KS - district court subpoena duces tecum, fax
doc("bhhh17", "fax", "Sedgwick County district court subpoena duces tecum faxed by ADA to Kansas DCF",
    R("district-attorney", "Office of the District Attorney, Eighteenth Judicial District (Sedgwick County)", "Bradley N. Osterhaus", "Assistant District Attorney", "bradley.osterhaus@sedgwick.gov", "316-555-0122"),
    [S("Shanelle Marie Whitcomb", "1991-08-08", ("ssn_last4", "7789"))],
    ["KSA 22-3214", "KSA 39-720"], "court_subpoena", None, "criminal_investigation", ["benefits", "address", "claims"], "fax",
    header="12/09/2025 09:14 SG CO DA OFFICE 316-555-0120",
    pages=["""# IN THE EIGHTEENTH JUDICIAL DISTRICT
# DISTRICT COURT, SEDGWICK COUNTY, KANSAS
# CRIMINAL DEPARTMENT

STATE OF KANSAS, Plaintiff,
vs.                                                    Case No. 2025-CR-002981
SHANELLE MARIE WHITCOMB, Defendant.

# SUBPOENA DUCES TECUM

THE STATE OF KANSAS TO: Records Custodian, Kansas Department for Children and Families,
Economic and Employment Services, 555 S. Kansas Ave., Topeka, KS 66603

You are commanded to appear before the District Court of Sedgwick County, Kansas, 525 N. Main,
Wichita, Courtroom 6-2, on January 20, 2026 at 1:30 p.m., to testify on behalf of the State, and to
bring with you: all records of SNAP and TANF applications, eligibility reviews, benefit issuance and
addresses reported by Shanelle Marie Whitcomb (DOB 08-08-1991, SSN last four 7789) from 2022 to date.

Defendant is charged with making a false statement to obtain assistance, K.S.A. 39-720.
Issued pursuant to K.S.A. 22-3214.

Dated December 8, 2025.                       CLERK OF THE DISTRICT COURT
                                              By /s/ J. Helmer, Deputy Clerk

Requested by: Bradley N. Osterhaus, #24118, Assistant District Attorney
535 N. Main, Wichita, KS 67203  |  316-555-0122  |  bradley.osterhaus@sedgwick.gov
Compliance may be made by delivering certified copies to the undersigned before the date above.
"""])

# 18 KY - SSA OIG letter to CHFS, born digital
doc("bhhh18", "born_digital", "SSA OIG special agent letter to Kentucky CHFS for benefits records",
    R("ssa-oig", "Social Security Administration, Office of the Inspector General, Office of Investigations - Louisville", "Darnell C. Frye", "Special Agent", "darnell.frye@ssa.gov", "(502) 555-0109"),
    [S("Bobbie Jo Caudill", "1969-02-14", ("ssn_last4", "2281")), S("Larry Dean Caudill", "1966-12-29", ("ssn_last4", "9034"))],
    ["42 USC 408", "42 USC 1383a", "7 CFR 272.1"], "none", None, "criminal_investigation",
    ["benefits", "address", "employment"], "mail",
    pages=["""SOCIAL SECURITY
# Office of the Inspector General
Office of Investigations  ·  Atlanta Field Division  ·  Louisville Resident Office
601 W. Broadway, Suite 210, Louisville, KY 40202

3 December 2025

Cabinet for Health and Family Services
Department for Community Based Services - Division of Family Support
275 E. Main Street, Frankfort, KY 40621

Subject: Request for Public Assistance Information - OIG Case No. ATL2500418Y

Dear Records Officer:

The Office of the Inspector General, Social Security Administration, is conducting a criminal
investigation of the following individuals for possible violations of 42 U.S.C. § 408 and
42 U.S.C. § 1383a (false statements to obtain Social Security and Supplemental Security Income benefits):

  Name                   Date of Birth        SSN (last 4)
  Bobbie Jo CAUDILL      February 14, 1969    2281
  Larry Dean CAUDILL     December 29, 1966    9034

We request copies of applications, household composition and income reported, addresses of record,
and any employment reported in connection with SNAP, Medicaid or K-TAP benefits from January 2021 to
present. Disclosure of SNAP information to law enforcement is authorized by 7 C.F.R. 272.1(c).

Please direct questions to me at (502) 555-0109 or darnell.frye@ssa.gov.

Sincerely,

Darnell C. Frye
Special Agent

cc: AUSA Victoria Huang, W.D. Ky.
"""])

# 19 LA - ERO cover + I-205, scanned
doc("bhhh19", "scanned", "ERO New Orleans fax-style cover with Form I-205 warrant of removal to Louisiana OMV",
    R("dhs-ice-ero", "ICE Enforcement and Removal Operations, New Orleans Field Office", "Claire A. Thibodeaux", "Deportation Officer", "claire.thibodeaux@ice.dhs.gov", "504-555-0190"),
    [S("Oscar Antonio Hernández Barrios", "1980-10-03", ("a_number", "A088604217"), ("license", "009114753"))],
    ["8 USC 1231", "INA 241", "INA 212"], "administrative_warrant", "I-205", "civil_immigration",
    ["address", "photo", "license"], "mail",
    turns={1: 90},
    pages=["""DEPARTMENT OF HOMELAND SECURITY - U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT
ENFORCEMENT AND REMOVAL OPERATIONS - NEW ORLEANS FIELD OFFICE
1250 Poydras Street, Suite 325, New Orleans, LA 70113

DATE: 10-28-2025
TO: Office of Motor Vehicles, Public Records Unit, P.O. Box 64886, Baton Rouge, LA 70896
FROM: DO Claire A. Thibodeaux  |  504-555-0190  |  claire.thibodeaux@ice.dhs.gov

REQUEST: Last known address, license photograph and license status/history for
HERNÁNDEZ BARRIOS, Oscar Antonio, DOB 3 Oct 1980, LA DL 009114753, A088 604 217.
The subject is subject to a final order of removal (see attached Form I-205). Removal is to be carried
out under section 241 of the Immigration and Nationality Act, 8 U.S.C. 1231.
""",
"""U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION
File No: A088 604 217
Date: 10/20/2025

To any immigration officer of the United States Department of Homeland Security:

HERNÁNDEZ BARRIOS, Oscar Antonio
(Full name of alien)
who entered the United States at Unknown on Unknown
(Place of entry)                   (Date of entry)
is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
212(a)(6)(A)(i)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the
Secretary of Homeland Security under the laws of the United States and by his or her direction, command
you to take into custody and remove from the United States the above-named alien, pursuant to law, at
the expense of: the appropriation "Operations and Support, U.S. Immigration and Customs Enforcement".

/s/ Marcus Delahoussaye
(Signature of immigration officer)
Assistant Field Office Director, New Orleans
(Title of immigration officer)
Form I-205 (Rev. 08/07)
"""])

# 20 ME - Portland PD HTML-only email
doc("bhhh20", "eml", "Portland (Maine) PD detective HTML-only email to BMV",
    R("local-police", "Portland Police Department", "Abigail Thornquist", "Detective Sergeant", "athornquist@portlandmaine.gov", "207-555-0151"),
    [S("Jean-Baptiste Mukendi", "1993-05-05", ("license", "4471902"))],
    ["17-A MRS 353", "29-A MRS 2251"], "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email",
    eml=dict(hdr={"From": formataddr(("Abigail Thornquist", "athornquist@portlandmaine.gov")),
                  "To": "bmv.records@maine.gov", "Subject": "Request - BMV photo & registration (PPD 25-19832)",
                  "Date": "Thu, 16 Oct 2025 14:02:57 -0400", "Message-ID": "<hhh20.2@portlandmaine.gov>"},
             html="""<html><head><style>p{font-family:Arial;font-size:11pt}</style></head><body>
<p>Good afternoon,</p>
<p>Portland PD is investigating a theft (17-A M.R.S. &sect; 353) and leaving the scene of an accident
involving property damage (29-A M.R.S. &sect; 2251). We would like the <b>license photo</b>,
<b>address on file</b> and <b>registered vehicles</b> for:</p>
<table border="1" cellpadding="4">
<tr><th>Name</th><th>DOB</th><th>ME License #</th></tr>
<tr><td>MUKENDI, Jean-Baptiste</td><td>05/05/1993</td><td>4471902</td></tr>
</table>
<p>The reporting party is Ms. Colleen Harrigan of South Portland; please do not contact her.</p>
<p>Thank you,<br>
<b>Det. Sgt. Abigail Thornquist</b><br>
Criminal Investigations Division<br>
Portland Police Department | 109 Middle St, Portland, ME 04101<br>
207-555-0151 | athornquist@portlandmaine.gov</p>
<p style="font-size:8pt;color:#666">""" + CONF + """</p>
</body></html>"""))

# 21 MD - forwarded message (message/rfc822) from county detective
_fwd = EmailMessage(policy=policy.SMTP)
_fwd["From"] = formataddr(("Kowalski, Piotr", "piotr.kowalski@montgomerycountymd.gov"))
_fwd["To"] = "mva.lawenforcement@mdot.maryland.gov"
_fwd["Subject"] = "MVA records - MCPD CR 250047719"
_fwd["Date"] = "Mon, 10 Nov 2025 08:31:00 -0500"
_fwd["Message-ID"] = "<hhh21.orig@montgomerycountymd.gov>"
_fwd.set_content("""MVA Investigative Support,

MCPD Financial Crimes is investigating a credit card fraud scheme (Md. Code Ann., Crim. Law § 8-206) and
theft (Crim. Law § 7-104). Requesting the MVA photo, address history and vehicle registrations for:

   OKONKWO, Chidera Blessing   DOB 1999-06-18   MD DL# C-524-617-928-415
   LAM, Quoc Bao               DOB 1984-02-09   MD DL# L-500-311-207-904

Thank you,
Det. Piotr Kowalski #2291
Montgomery County Department of Police - Financial Crimes Section
2350 Research Blvd, Rockville MD 20850
240-555-0117
""")
doc("bhhh21", "eml", "MCPD detective re-sends earlier request as attached message/rfc822",
    R("local-police", "Montgomery County Department of Police", "Piotr Kowalski", "Detective", "piotr.kowalski@montgomerycountymd.gov", "240-555-0117"),
    [S("Chidera Blessing Okonkwo", "1999-06-18", ("license", "C524617928415")),
     S("Quoc Bao Lam", "1984-02-09", ("license", "L500311207904"))],
    ["MD CR 8-206", "MD CR 7-104"], "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email",
    eml=dict(hdr={"From": formataddr(("Kowalski, Piotr", "piotr.kowalski@montgomerycountymd.gov")),
                  "To": "mva.records@mdot.maryland.gov",
                  "Subject": "FW: MVA records - MCPD CR 250047719",
                  "Date": "Tue, 18 Nov 2025 15:12:40 -0500", "Message-ID": "<hhh21.fw@montgomerycountymd.gov>"},
             text="""Hello - I sent the attached request to the investigative support mailbox last week and haven't
heard back. I was told this is the right address. Could someone take a look?

Thanks,
Piotr Kowalski
Detective, MCPD Financial Crimes
240-555-0117
""", forwarded=_fwd))

# 22 MA - AUSA cover + AO 110 grand jury subpoena, born digital
doc("bhhh22", "born_digital", "AUSA cover letter with AO 110 federal grand jury subpoena to Mass. DUA",
    R("doj-usao", "United States Attorney's Office, District of Massachusetts", "Diego Fernández-Albornoz", "Assistant United States Attorney", "diego.fernandez-albornoz@usdoj.gov", "617-555-0104"),
    [S("Svetlana Ivanovna Popescu", "1975-12-12", ("ssn_last4", "8850")), S("Bao Tran Le", "1980-07-07"),
     S("Manuel de Jesús Ortega", "1972-03-15")],
    ["FRCrP 6", "18 USC 1343", "18 USC 641"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
    ["claims", "benefits", "wages", "address", "phone", "email", "other"], "mail",
    pages=["""U.S. Department of Justice
United States Attorney
District of Massachusetts

John Joseph Moakley United States Courthouse
1 Courthouse Way, Suite 9200, Boston, MA 02210

November 21, 2025

BY FIRST-CLASS MAIL
Keeper of Records
Department of Unemployment Assistance, Program Integrity
100 Cambridge Street, Boston, MA 02114

Re: Grand Jury Subpoena No. 25-2-0431

Dear Keeper of Records:

Enclosed is a grand jury subpoena seeking unemployment claim records for three individuals. The grand
jury is investigating wire fraud (18 U.S.C. 1343) and theft of government funds (18 U.S.C. 641). You may
comply by mailing certified copies of the records to Special Agent Tiffany Mbeki, U.S. Department of
Labor, Office of Inspector General, in lieu of appearing. Please note Fed. R. Crim. P. 6(e) governs the
secrecy of grand jury matters; we ask that you not disclose the subpoena.

Very truly yours,

/s/ Diego Fernández-Albornoz
Diego Fernández-Albornoz
Assistant United States Attorney
617-555-0104  diego.fernandez-albornoz@usdoj.gov
""",
"""AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
# for the
# District of Massachusetts

# SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Keeper of Records, Massachusetts Department of Unemployment Assistance

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown
below to testify before the court's grand jury. When you arrive, you must remain at the court until the
judge or a court officer allows you to leave.

Place: John Joseph Moakley U.S. Courthouse, 1 Courthouse Way, Boston, MA    Date and Time: 12/17/2025 9:00 am
                                                                            Grand Jury Room No. 3

You must also bring with you the following documents, electronically stored information, or objects:
All Pandemic Unemployment Assistance and regular UI claims, payment records, IP addresses, bank
account information, telephone numbers, e-mail addresses and mailing addresses for:
  1. Svetlana Ivanovna Popescu, DOB 12/12/1975, SSN ending 8850
  2. Bao Tran Le, DOB 07/07/1980
  3. Manuel de Jesús Ortega, DOB 03/15/1972

Date: 11/21/2025                                  CLERK OF COURT
                                                  /s/ R. Castellano
                                                  Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United
States attorney, who requests this subpoena, are:
Diego Fernández-Albornoz, AUSA, 1 Courthouse Way, Suite 9200, Boston, MA 02210,
diego.fernandez-albornoz@usdoj.gov, 617-555-0104
"""])

# 23 MI - DOL OIG web-form submission pasted, txt
doc("bhhh23", "txt", "DOL-OIG agent web-form submission to Michigan UIA (plain text export)",
    R("dol-oig", "U.S. Department of Labor, Office of Inspector General, Office of Investigations - Labor Racketeering and Fraud", "Naledi Washington-Keyes", "Special Agent", "washington-keyes.naledi@oig.dol.gov", "313-555-0135"),
    [S("Andrzej Zieliński", "1978-09-30", ("ssn_last4", "6012")), S("Rosa Elena Quintanilla de León", "1983-04-25", ("ssn_last4", "3397"))],
    ["18 USC 1341", "20 CFR 603.5", "MCL 421.11"], "none", None, "criminal_investigation",
    ["claims", "benefits", "address", "phone"], "email",
    text="""UIA PARTNER DATA REQUEST PORTAL -- form export
-------------------------------------------------
request_id      : MI-UIA-LE-20251027-0088
submitted_at    : 2025-10-27T10:41:09-04:00
agency          : U.S. Department of Labor, Office of Inspector General, Office of Investigations - Labor Racketeering and Fraud
agency_type     : Federal law enforcement
officer_name    : Naledi Washington-Keyes
officer_title   : Special Agent
officer_email   : washington-keyes.naledi@oig.dol.gov
officer_phone   : 313-555-0135
case_number     : 31-0000-0472-PE
statutes        : 18 U.S.C. 1341 (mail fraud); disclosure under 20 CFR 603.5(i) and MCL 421.11(b)(1)(iii)
subjects        :
  - last: ZIELIŃSKI   first: Andrzej   dob: 09/30/1978   ssn4: 6012
  - last: QUINTANILLA DE LEÓN   first: Rosa Elena   dob: 04/25/1983   ssn4: 3397
records         : claim history; payment history incl. debit card mailing address; phone numbers on claims
narrative       : Claims filed 2020-2021 using addresses of a tax preparer (not a subject) in Hamtramck.
legal_process   : none attached
"""
)

# 24 MN - Hennepin County court order, born digital
doc("bhhh24", "born_digital", "Hennepin County District Court order for MN DHS records, requested by county attorney",
    R("district-attorney", "Hennepin County Attorney's Office", "Sarah Lindgren-Yusuf", "Assistant Hennepin County Attorney", "sarah.lindgren-yusuf@hennepin.us", "612-555-0164"),
    [S("Abdullahi Hussein Farah", "1987-08-21", ("other", "004417823"))],
    ["MN Stat 256.98", "MN Stat 609.52", "MN Stat 13.46"], "court_order", None, "criminal_investigation",
    ["benefits", "claims", "address"], "mail",
    pages=["""STATE OF MINNESOTA                                        DISTRICT COURT
COUNTY OF HENNEPIN                                FOURTH JUDICIAL DISTRICT
                                                  Court File No. 27-CR-25-19304
State of Minnesota,
                        Plaintiff,
v.
Abdullahi Hussein Farah,
(DOB 08/21/1987)
                        Defendant.

# ORDER FOR RELEASE OF NOT PUBLIC DATA

The above matter came before the undersigned Judge of District Court on the motion of the State,
through Assistant Hennepin County Attorney Sarah Lindgren-Yusuf. Defendant is charged with wrongfully
obtaining assistance, Minn. Stat. § 256.98, punishable as theft under Minn. Stat. § 609.52.
Based on the files and the arguments of counsel, and the Court finding that the data are classified as
private welfare data under Minn. Stat. § 13.46,

IT IS HEREBY ORDERED:

1. The Minnesota Department of Human Services and Hennepin County Human Services shall release to the
Hennepin County Attorney's Office all application, eligibility, address and benefit issuance records
(MFIP, SNAP and Child Care Assistance) relating to Abdullahi Hussein Farah, date of birth
August 21, 1987, MAXIS case no. 004417823, for January 1, 2022 to present.
2. The data shall be used only for the prosecution of this matter.

BY THE COURT:

/s/ Theodora J. Gustavsen
Judge of District Court                          Dated: November 14, 2025

Prepared by / contact: Sarah Lindgren-Yusuf (#0398812), Assistant Hennepin County Attorney,
300 S. Sixth St., C-2000, Minneapolis, MN 55487 · 612-555-0164 · sarah.lindgren-yusuf@hennepin.us
"""])

# 25 NM - ERO email with I-247N PNG attachment
_i247n = ["""DEPARTMENT OF HOMELAND SECURITY
# REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
Subject ID: 402118877       Event #: ELP2511000213       File No: A 203 552 918
Date: November 25, 2025

TO: New Mexico Corrections Department, Central Records Unit, Santa Fe, NM
FROM: ICE ERO El Paso Field Office - Albuquerque Sub-Office, 1605 Copper Ave NW, Albuquerque, NM

Name of Alien: YÁÑEZ GALLEGOS, Luz Adriana
Date of Birth: 1992-07-02        Nationality: Mexico        Sex: F
NMCD # 85517

THE ALIEN IS SUSPECTED OF BEING A REMOVABLE ALIEN AND A PRIORITY FOR REMOVAL.
IT IS REQUESTED THAT YOU: Notify DHS as early as practicable (at least 48 hours, if possible) before the
alien is released from your custody.

This request is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act
and 8 C.F.R. 236.1 and 287.7.

/s/ Ignacio Trujillo
Ignacio Trujillo, Immigration Enforcement Agent
DHS Form I-247N (10/15)
"""]
doc("bhhh25", "eml", "ERO email with I-247N notification request image attached, to NM Corrections",
    R("dhs-ice-ero", "ICE ERO Albuquerque", "Ignacio Trujillo", "Immigration Enforcement Agent", "ignacio.trujillo@ice.dhs.gov", "505-555-0183"),
    [S("Luz Adriana Yáñez Gallegos", "1992-07-02", ("a_number", "A203552918"), ("other", "85517"))],
    ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247N", "civil_immigration",
    ["other", "address"], "email",
    eml=dict(hdr={"From": formataddr(("Trujillo, Ignacio", "ignacio.trujillo@ice.dhs.gov")),
                  "To": "nmcd.records@cd.nm.gov", "Subject": "I-247N YANEZ GALLEGOS, Luz NMCD#85517",
                  "Date": "Tue, 25 Nov 2025 07:58:31 -0700", "Message-ID": "<hhh25.5@ice.dhs.gov>"},
             text="""Records,

Please see attached I-247N for inmate YÁÑEZ GALLEGOS, Luz Adriana (NMCD #85517). Request you notify
ICE prior to release and provide her projected release date and the release address on file.

Ignacio Trujillo
Immigration Enforcement Agent
ICE ERO Albuquerque
O: 505-555-0183
""",
             attachments=[("I247N_YANEZ.png", "image/png", None)], attach_png=_i247n))

# 26 NY - Supreme Court search warrant, scanned
doc("bhhh26", "scanned", "NY Supreme Court (Kings County) search warrant for DMV records with NYPD detective cover",
    R("local-police", "New York City Police Department, Auto Crime Division", "Christopher Nwachukwu", "Detective", "christopher.nwachukwu@nypd.org", "718-555-0177"),
    [S("Vladislav Sergeyevich Orlov", "1990-01-19", ("license", "728441905")),
     S("Yolanda Guadalupe Santana", "1994-11-11", ("license", "553019772"))],
    ["NY CPL 690.35", "NY CPL 690.50", "NY PL 165.45", "NY VTL 511"], "judicial_warrant", None, "criminal_investigation",
    ["license", "photo", "address", "vehicle"], "mail",
    turns={2: 180},
    pages=["""POLICE DEPARTMENT, CITY OF NEW YORK
AUTO CRIME DIVISION - BROOKLYN SOUTH
1 Police Plaza, New York, NY 10038

Date: December 1, 2025
To: NYS Department of Motor Vehicles, Division of Field Investigation / Records Access, 6 Empire
    State Plaza, Albany, NY 12228
From: Det. Christopher Nwachukwu, Shield 4471, 718-555-0177, christopher.nwachukwu@nypd.org
Subject: SEARCH WARRANT No. SW-2025-3318 (Kings County)

Enclosed is a search warrant signed by a Justice of the Supreme Court, Kings County, for license,
photo and registration records of two persons. Please fax or email results. Thank you.
""",
"""# SUPREME COURT OF THE STATE OF NEW YORK
# COUNTY OF KINGS

IN THE NAME OF THE PEOPLE OF THE STATE OF NEW YORK                     SW-2025-3318

# SEARCH WARRANT

TO ANY POLICE OFFICER IN THE CITY OF NEW YORK:

Proof by affidavit having been made this day before me by Detective Christopher Nwachukwu, Shield No.
4471, that there is reasonable cause to believe that certain property constituting evidence of the
crimes of Criminal Possession of Stolen Property in the Fourth Degree (Penal Law § 165.45) and
Aggravated Unlicensed Operation (Vehicle and Traffic Law § 511) may be found at the NYS Department
of Motor Vehicles, namely:

Driver licence and learner permit records, image (photo) records, addresses of record and vehicle
registrations for:
  a) ORLOV, Vladislav Sergeyevich, D.O.B. 01/19/1990, NYS client ID 728 441 905
  b) SANTANA, Yolanda Guadalupe, D.O.B. 11/11/1994, NYS client ID 553 019 772
""",
"""YOU ARE THEREFORE COMMANDED, between 6:00 a.m. and 9:00 p.m., to search for and seize the above
described property and to return it to this Court without unnecessary delay, pursuant to CPL 690.35
and 690.50.

Dated: Brooklyn, New York
November 28, 2025
                                     /s/ Hon. Marguerite L. Ostrowski
                                     JUSTICE OF THE SUPREME COURT
"""])

# 27 NC - CBP Form 3115 summons, fax
doc("bhhh27", "fax", "CBP Form 3115 customs summons faxed to NC DMV",
    R("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations - Port of Wilmington, NC", "Garrett L. Pemberton", "Supervisory CBP Officer", "garrett.l.pemberton@cbp.dhs.gov", "910-555-0146"),
    [S("Hamza Abdiqani Warsame", "1988-02-17", ("license", "000038814452")),
     S("Thi Kim Anh Dang", "1991-12-24")],
    ["19 USC 1509", "19 USC 1510", "18 USC 545", "19 CFR 163"], "administrative_subpoena", "3115", "criminal_investigation",
    ["address", "vehicle", "license", "photo"], "fax",
    header="2025-12-05 13:22 CBP OFO WILMINGTON NC  910 555 0140",
    pages=["""U.S. Department of Homeland Security
U.S. Customs and Border Protection
# SUMMONS
To: Custodian of Records, North Carolina Division of Motor Vehicles, 1100 New Bern Ave., Raleigh, NC
27697

In the matter of: importation of merchandise by Coastal Auto Export LLC (Case No. WIL-25-0073), an
investigation of smuggling (18 U.S.C. 545) and related customs violations.

Pursuant to Section 509 of the Tariff Act of 1930, as amended (19 U.S.C. 1509), YOU ARE HEREBY
SUMMONED AND REQUIRED to appear before Garrett L. Pemberton, Supervisory CBP Officer, an officer of
U.S. Customs and Border Protection, at 1 Shipyard Blvd, Wilmington, NC 28412, on December 19, 2025 at
10:00 a.m., to give testimony and to produce the following records:

Driver licence records including photograph, addresses of record, and vehicle title and registration
history for:
  WARSAME, Hamza Abdiqani - DOB 17 February 1988 - NC DL 000038814452
  DANG, Thi Kim Anh - DOB 24 December 1991

Production of certified copies by the date above will be accepted in lieu of appearance.

Failure to comply with this summons will render you liable to proceedings in a United States District
Court to enforce compliance with the summons as provided in 19 U.S.C. 1510, as well as other sanctions.
See also 19 C.F.R. Part 163.

Issued by: /s/ Garrett L. Pemberton, Supervisory CBP Officer      Date: 12/05/2025
Telephone: 910-555-0146      E-mail: garrett.l.pemberton@cbp.dhs.gov
CBP Form 3115 (09/19)
"""])

# 28 OR - sheriff letter, scanned (plain request)
doc("bhhh28", "scanned", "Multnomah County Sheriff's Office deputy letter to Oregon DMV (scan)",
    R("sheriff", "Multnomah County Sheriff's Office", "Rafael Iñiguez-Soto", "Deputy Sheriff, Traffic Investigations", "rafael.iniguez-soto@mcso.us", "503-555-0126"),
    [S("Brenden Thomas O'Shaughnessy", "1997-03-04", ("license", "8241977")),
     S("Marisol Zúñiga Reyes", "1999-10-14")],
    ["ORS 811.700", "ORS 802.179"], "none", None, "criminal_investigation", ["address", "photo", "vehicle"], "mail",
    turns={},
    pages=["""# MULTNOMAH COUNTY SHERIFF'S OFFICE
# Law Enforcement Division - Traffic Investigations Unit
501 SE Hawthorne Blvd., Suite 350, Portland, Oregon 97214  ·  503-555-0126

21 October 2025

Oregon Driver & Motor Vehicle Services
Record Services / Law Enforcement Requests
1905 Lana Ave NE, Salem, OR 97314

MCSO Case 25-44178 - Failure to perform duties of driver (ORS 811.700), hit and run, 10/18/2025

To whom it may concern,

I am investigating a hit and run on NE Sandy Blvd in which a cyclist (Ms. Priya Anand) was struck. The
suspect vehicle was registered to one of the persons below, who may have been driving:

   1.  O'SHAUGHNESSY, Brenden Thomas    DOB 03/04/1997    OR DL 8241977
   2.  ZÚÑIGA REYES, Marisol            DOB 10/14/1999

Please provide photographs, residence addresses and all vehicles currently registered to each. This
request is for use by a law enforcement agency in carrying out its functions (ORS 802.179).

Respectfully,

Rafael Iñiguez-Soto
Deputy Sheriff #61742
Traffic Investigations Unit
rafael.iniguez-soto@mcso.us
"""])

# 29 PA - Court of Common Pleas criminal trial subpoena, born digital
doc("bhhh29", "born_digital", "Philadelphia Court of Common Pleas trial subpoena duces tecum for PA L&I wage records",
    R("district-attorney", "Philadelphia District Attorney's Office, Economic Crimes Unit", "Kateryna Bondarenko", "Assistant District Attorney", "kateryna.bondarenko@phila.gov", "215-555-0131"),
    [S("Dwayne Everett Fulton", "1985-06-06", ("ssn_last4", "4402"))],
    ["PA CrimP 107", "18 PaCS 4106", "43 PS 752"], "court_subpoena", None, "criminal_investigation",
    ["wages", "employment"], "mail",
    pages=["""# COURT OF COMMON PLEAS OF PHILADELPHIA COUNTY
# FIRST JUDICIAL DISTRICT OF PENNSYLVANIA - CRIMINAL TRIAL DIVISION

COMMONWEALTH OF PENNSYLVANIA
        v.                                                 CP-51-CR-0008814-2025
DWAYNE EVERETT FULTON

# SUBPOENA TO PRODUCE DOCUMENTS OR THINGS (DUCES TECUM)

TO: Custodian of Records, Pennsylvania Department of Labor & Industry, Office of Unemployment
    Compensation Benefits, 651 Boas Street, Harrisburg, PA 17121

You are ordered by the court to come to Courtroom 1104, Criminal Justice Center, 1301 Filbert Street,
Philadelphia, PA on 01/27/2026 at 9:00 AM to testify on behalf of the Commonwealth and to bring with you:
quarterly wage records and the names and addresses of all employers reporting wages for Dwayne Everett
Fulton, DOB 6 June 1985, SSN last four 4402, for 2023-2025.

The defendant is charged with access device fraud, 18 Pa.C.S. § 4106. Disclosure of confidential
unemployment compensation information is sought consistent with 43 P.S. § 752 and Pa.R.Crim.P. 107.

If you fail to appear or produce the documents or things required by this subpoena, you may be subject
to the sanctions authorized by law, including a bench warrant.

Issued at the request of: Kateryna Bondarenko, ADA, Economic Crimes Unit, Philadelphia District
Attorney's Office, 3 S. Penn Square, Philadelphia, PA 19107 - 215-555-0131 - kateryna.bondarenko@phila.gov

Date: December 2, 2025                           BY THE COURT: Clerk of Quarter Sessions
                                                 /s/ A. DiNardo, Deputy
"""])

# 30 TX - sheriff email pasted into text, txt
doc("bhhh30", "txt", "Harris County Sheriff's investigator email to TWC pasted as text",
    R("sheriff", "Harris County Sheriff's Office", "Minh Chau Pham", "Investigator, Financial Crimes", "minhchau.pham@sheriff.hctx.net", "713-555-0159"),
    [S("Everardo Gutiérrez-Villaseñor", "1982-09-09", ("ssn_last4", "7715"), ("license", "28174419"))],
    ["TX PC 31.03", "TX Lab Code 301.081"], "none", None, "criminal_investigation", ["employment", "address", "wages"], "email",
    text="""-----Original Message-----
From: Pham, Minh Chau (HCSO) <minhchau.pham@sheriff.hctx.net>
Sent: 11/6/2025 2:38 PM
To: TWC Open Records - Law Enforcement <le.requests@twc.texas.gov>
Subject: HCSO 2511-06032 // employer lookup

TWC,

Harris County Sheriff's Office Financial Crimes is working a theft by employee case (Tex. Penal Code
§ 31.03, value $30K-$150K). We believe the suspect has since gone to work for another employer.
Under Tex. Lab. Code § 301.081 please release current employer name/address, last 4 quarters of wages
and his address of record for:

    GUTIÉRREZ-VILLASEÑOR, EVERARDO
    DOB: 1982-09-09    SSN (last 4): 7715    TX DL 28174419

Complainant: Gulf Coast Marine Supply (owner Rick Toller)

Thx,
Inv. Minh Chau Pham
Harris County Sheriff's Office | Financial Crimes Unit
1200 Baker St., Houston TX 77002
Desk 713-555-0159
"""
)

# 31 UT - DHS OIG email with subpoena scan attached as JPEG
_oig31 = ["""# OFFICE OF INSPECTOR GENERAL
# U.S. DEPARTMENT OF HOMELAND SECURITY
# SUBPOENA DUCES TECUM
Subpoena No. OIG-SD-2025-0612              Case No. I25-FEMA-DEN-04411

To: Custodian of Records, Utah Department of Workforce Services, 140 E. 300 S., Salt Lake City, UT 84111

YOU ARE HEREBY COMMANDED to produce the items listed below to the Office of Inspector General, Office
of Investigations, 1 Denver Federal Center, Building 67, Lakewood, CO 80225, on or before
January 9, 2026, in connection with an investigation of disaster assistance fraud (18 U.S.C. § 1040).

Items: All quarterly wage records, employer names and addresses, and addresses of record, January 2022
to present, for:
   KOVAČEVIĆ, Dragana - date of birth 1979-05-28
   HALVORSEN, Erik Jon - date of birth 1976-10-02

This subpoena is issued pursuant to Section 6(a)(4) of the Inspector General Act of 1978, as amended,
5 U.S.C. § 406(a)(4). In case of contumacy or refusal to obey, this subpoena is enforceable by order of
any appropriate United States District Court.

/s/ (signature)                                   Date: 12/03/2025
Inspector General, U.S. Department of Homeland Security
Contact: Special Agent Kwame Asante-Boateng, 303-555-0119, kwame.asante-boateng@oig.dhs.gov
"""]
doc("bhhh31", "eml", "DHS OIG agent email with IG subpoena duces tecum attached as JPEG scan",
    R("dhs-oig", "DHS Office of Inspector General, Office of Investigations - Denver", "Kwame Asante-Boateng", "Special Agent", "kwame.asante-boateng@oig.dhs.gov", "303-555-0119"),
    [S("Dragana Kovačević", "1979-05-28"), S("Erik Jon Halvorsen", "1976-10-02")],
    ["18 USC 1040", "5 USC 406"], "administrative_subpoena", None, "criminal_investigation",
    ["wages", "employment", "address"], "email",
    eml=dict(hdr={"From": formataddr(("Asante-Boateng, Kwame", "kwame.asante-boateng@oig.dhs.gov")),
                  "To": "dws.legal@utah.gov", "Subject": "OIG subpoena OIG-SD-2025-0612 - UT DWS",
                  "Date": "Wed, 03 Dec 2025 16:25:12 -0700", "Message-ID": "<hhh31.8@oig.dhs.gov>"},
             text="""Hello,

Attached is a scanned copy of an Inspector General subpoena for wage and employer records on two
individuals. The original follows by mail. Electronic production (Excel or PDF) to this address is
preferred.

Thank you,
Kwame Asante-Boateng
Special Agent | DHS OIG, Office of Investigations, Denver
303-555-0119
""",
             attachments=[("subpoena_scan.jpg", "image/jpeg", None)], attach_jpeg=_oig31))

# 32 VA - IRS summons, born digital
doc("bhhh32", "born_digital", "IRS Form 2039 summons from IRS-CI special agent to Virginia Employment Commission",
    R("irs-ci", "Internal Revenue Service, Criminal Investigation - Washington D.C. Field Office, Richmond Post of Duty", "Leticia Arámbula", "Special Agent", "leticia.arambula@ci.irs.gov", "804-555-0112"),
    [S("Nikolai Dragomirov", "1971-01-31", ("ssn_last4", "5564")), S("Ngozi Adaeze Eze", "1979-08-16", ("ssn_last4", "1079"))],
    ["26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7201"], "administrative_subpoena", "2039", "criminal_investigation",
    ["wages", "employment", "address"], "mail",
    pages=["""# Summons
In the matter of: Nikolai Dragomirov and Ngozi Adaeze Eze
Internal Revenue Service (Identify Division): Criminal Investigation
Industry/Area (name or number): Washington D.C. Field Office
Periods: Calendar years 2021 through 2024

The Commissioner of Internal Revenue
To: Custodian of Records, Virginia Employment Commission
At: 6606 W. Broad Street, Richmond, VA 23230

You are hereby summoned and required to appear before Special Agent Leticia Arámbula, an officer of the
Internal Revenue Service, to give testimony and to bring with you and to produce for examination the
following books, records, papers, and other data relating to the tax liability or the collection of the
tax liability or for the purpose of inquiring into any offense connected with the administration or
enforcement of the internal revenue laws concerning the person identified above for the periods shown:

All quarterly wage reports, employer names, addresses and federal employer identification numbers,
and addresses of record for:
   Nikolai Dragomirov, DOB January 31, 1971, SSN xxx-xx-5564
   Ngozi Adaeze Eze, DOB August 16, 1979, SSN xxx-xx-1079
The investigation concerns attempted evasion of tax (26 U.S.C. § 7201).

Do not write in this space
Business address and telephone number of IRS officer before whom you are to appear:
400 N. 8th Street, Room 898, Richmond, VA 23219  -  804-555-0112  -  leticia.arambula@ci.irs.gov
Place and time for appearance: at the address above on the 15th day of January, 2026 at 10 o'clock a.m.

Issued under authority of the Internal Revenue Code this 4th day of December, 2025.

/s/ Leticia Arámbula                                  Special Agent
Signature of issuing officer                          Title
/s/ Curtis Ballantyne                                 Supervisory Special Agent
Signature of approving officer (if applicable)        Title

Form 2039 (Rev. 10-2010)  Catalog No. 21405J   Department of the Treasury - Internal Revenue Service
""",
"""Provisions of the Internal Revenue Code
Sec. 7602. Examination of books and witnesses - (a) Authority to summon, etc. ...
Sec. 7603. Service of summons ...
Sec. 7604. Enforcement of summons - (a) Jurisdiction of district court. If any person is summoned
under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other
data, the United States district court for the district in which such person resides or is found shall
have jurisdiction by appropriate process to compel such attendance, testimony, or production of books,
papers, records, or other data.
"""])


# ================================================================= main
def main():
    rng = random.Random(SEED)
    np.random.seed(SEED)
    for old in glob.glob(os.path.join(OUT, "bhhh*")):
        os.remove(old)
    for d in DOCS:
        lab, c = d["label"], d["content"]
        id, fmt = lab["id"], lab["format"]
        if fmt == "born_digital":
            open(os.path.join(OUT, id + ".pdf"), "wb").write(render_pdf(c["pages"]))
        elif fmt == "scanned":
            write_scanned(os.path.join(OUT, id + ".pdf"), c["pages"], rng, c.get("turns"))
        elif fmt == "fax":
            write_fax(os.path.join(OUT, id + ".tif"), c["pages"], c["header"], rng)
        elif fmt == "txt":
            open(os.path.join(OUT, id + ".txt"), "w", encoding="utf-8").write(c["text"])
        elif fmt == "eml":
            e = dict(c["eml"])
            atts = []
            for fname, ctype, data in e.pop("attachments", []):
                if data is None and "attach_png" in e:
                    data = png_of(e.pop("attach_png"))
                elif data is None and "attach_jpeg" in e:
                    data = jpeg_of(e.pop("attach_jpeg"), rng)
                atts.append((fname, ctype, data))
            e.pop("attach_png", None); e.pop("attach_jpeg", None)
            write_eml(os.path.join(OUT, id + ".eml"), e["hdr"], e.get("text"), e.get("html"), atts, e.get("forwarded"))
        with open(os.path.join(OUT, id + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote", len(DOCS))


if __name__ == "__main__":
    main()
