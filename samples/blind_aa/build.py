#!/usr/bin/env python3
"""Build blind set 'aa': 32 labelled request documents (labor / human-services focus).

Independent author; deterministic (fixed seed).  Run with the repo venv:
    .venv/bin/python samples/blind_aa/build.py
Temporary files go to /tmp/author_aa.
"""
import io
import json
import os
import random
import subprocess
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_aa"
os.makedirs(TMP, exist_ok=True)
SEED = 4242
RNG = random.Random(SEED)
random.seed(SEED)  # MIME boundaries use the global generator
NP = np.random.default_rng(SEED)

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))


# --------------------------------------------------------------------------- rendering
def render_pdf(text, path, serif=False, size=10.0):
    """Mini markup. '\f' = new page. Line prefixes:
    '= ' centered bold, '== ' centered bold large, '! ' bold, '~ ' monospace (no wrap),
    '> ' right-aligned, '---' horizontal rule."""
    reg, bold = ("DVS", "DVSB") if serif else ("DV", "DVB")
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setAuthor("")
    W, H = letter
    left, right, top, bottom = 64, W - 64, H - 60, 60
    pages = text.strip("\n").split("\f")
    for pi, page in enumerate(pages):
        y = top
        for raw in page.strip("\n").split("\n"):
            line = raw.rstrip()
            if line.startswith("== "):
                c.setFont(bold, size + 4)
                c.drawCentredString(W / 2, y, line[3:])
                y -= size + 8
                continue
            if line.startswith("= "):
                c.setFont(bold, size + 1)
                c.drawCentredString(W / 2, y, line[2:])
                y -= size + 5
                continue
            if line.startswith("> "):
                c.setFont(reg, size)
                c.drawRightString(right, y, line[2:])
                y -= size + 4
                continue
            if line.strip() == "---":
                c.setLineWidth(0.8)
                c.line(left, y + 4, right, y + 4)
                y -= 8
                continue
            if line.startswith("~ "):
                c.setFont("DVM", size - 1.5)
                c.drawString(left, y, line[2:])
                y -= size + 2
                continue
            font = reg
            if line.startswith("! "):
                font, line = bold, line[2:]
            c.setFont(font, size)
            if not line:
                y -= size * 0.7
                continue
            indent = len(line) - len(line.lstrip(" "))
            width_chars = int((right - left - indent * 5) / (size * 0.52))
            for seg in textwrap.wrap(line.strip(), width_chars) or [""]:
                c.drawString(left + indent * 5, y, seg)
                y -= size + 4
            if y < bottom:
                raise SystemExit("page overflow in %s: %r" % (path, line[:40]))
        c.setFont(reg, 7.5)
        c.drawCentredString(W / 2, 34, f"Page {pi + 1} of {len(pages)}")
        c.showPage()
    c.save()


def pdf_bytes(text, **kw):
    p = os.path.join(TMP, "tmp_%d.pdf" % RNG.randrange(10**9))
    render_pdf(text, p, **kw)
    with open(p, "rb") as f:
        data = f.read()
    os.remove(p)
    return data


def rasterize(text, stem, dpi, serif=True, size=10.5):
    pdf = os.path.join(TMP, stem + ".pdf")
    render_pdf(text, pdf, serif=serif, size=size)
    for f in os.listdir(TMP):
        if f.startswith(stem + "-") and f.endswith(".png"):
            os.remove(os.path.join(TMP, f))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf,
                    os.path.join(TMP, stem)], check=True)
    files = sorted(f for f in os.listdir(TMP) if f.startswith(stem + "-") and f.endswith(".png"))
    return [Image.open(os.path.join(TMP, f)).convert("L") for f in files]


def degrade_scan(img):
    ang = RNG.uniform(0.5, 2.0) * RNG.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    bg = RNG.uniform(218, 236)
    a = a * (bg / 255.0) + NP.normal(0, 9, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=RNG.randint(38, 55))
    buf.seek(0)
    return Image.open(buf).convert("L")


def write_scanned(text, path, stem):
    pages = [degrade_scan(p) for p in rasterize(text, stem, RNG.choice([200, 240]))]
    import time
    fixed = time.gmtime(1773921600)
    pages[0].save(path, "PDF", resolution=200, save_all=True, append_images=pages[1:],
                  creationDate=fixed, modDate=fixed, producer="ScanStation", title="")


def write_fax(text, path, stem):
    out = []
    for p in rasterize(text, stem, 200, serif=False, size=10.5):
        ang = RNG.uniform(0.3, 1.2) * RNG.choice([-1, 1])
        p = p.rotate(ang, resample=Image.BILINEAR, fillcolor=255)
        a = np.asarray(p).astype(np.int16)
        speck = NP.random(a.shape) < 0.0015
        a[speck] = 0
        a = a + NP.normal(0, 25, a.shape)
        out.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(
            lambda v: 255 if v > 150 else 0).convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def make_eml(frm, to, subject, date, body, cc=None, html=None, attachments=(), forward=None,
             msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or "<%08x.%d@mail.example-relay.net>" % (RNG.getrandbits(32), RNG.randrange(10**6))
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, data in attachments:
        m.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
    if forward is not None:
        m.add_attachment(forward)  # message/rfc822
    return m


DOCS = []


def doc(id, fmt, template, content, req, subjects, basis, proc, attached, purpose, records,
        channel):
    ptype, form = proc
    DOCS.append(dict(
        id=id, fmt=fmt, content=content,
        label={
            "id": id, "family": "blind-aa", "format": fmt, "template": template,
            "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], req)),
            "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                         for n, d, ids in subjects],
            "legal_basis": [{"normalized": b} for b in basis],
            "legal_process": {"type": ptype,
                              "court_issued": ptype in ("judicial_warrant", "court_order",
                                                        "grand_jury_subpoena", "court_subpoena"),
                              "form": form},
            "warrant_or_subpoena_attached": attached,
            "purpose": purpose,
            "records_requested": records,
            "channel": channel,
        }))


def dt(y, mo, d, h=10, mi=0, tz=-6):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=tz)))


CONF = ("CONFIDENTIALITY NOTICE: This message, including any attachments, is for the sole use of "
        "the intended recipient(s) and may contain confidential and privileged information. Any "
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
        "intended recipient, please contact the sender and destroy all copies.")

# =========================================================================== documents
# ---- baa01 born_digital, none, ICE ERO letter to Colorado human services
doc("baa01", "born_digital", "ERO deportation officer letter; household table, only head of household requested",
"""== U.S. Department of Homeland Security
= U.S. Immigration and Customs Enforcement
= Enforcement and Removal Operations – Denver Field Office
12445 East Caley Avenue, Centennial, CO 80111

> February 9, 2026

Colorado Department of Human Services
Office of Economic Security – Records Custodian
1575 Sherman Street
Denver, CO 80203

! Re: Request for Information – IBARRA QUIÑONES, José Manuel

Dear Records Custodian:

U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), is requesting information regarding the individual identified below. This request is made pursuant to 8 U.S.C. § 1357(a) and 8 U.S.C. § 1373(b), which authorize officers to obtain information regarding the immigration status and whereabouts of aliens.

~ Name:            IBARRA QUIÑONES, José Manuel
~ Date of Birth:   04/12/1987
~ A-Number:        A208 114 377
~ SNAP Case No.:   CO-1187340

Our information indicates that the above subject is listed as head of household on a Supplemental Nutrition Assistance Program case administered through Adams County. The following household members appear on the same case; ERO is NOT requesting information on these individuals and they are listed only to assist you in locating the correct case:

~ Name                      Relationship     DOB
~ Rosa Elena Ibarra         Spouse           1989-08-30
~ Mateo Ibarra Quiñones     Son              2014-02-17
~ Valeria Ibarra Quiñones   Daughter         2017-11-05

Please provide the subject's current residential and mailing address, telephone number(s) on file, and the dates and amounts of benefits issued during the last twelve months.

This information is for official use only. Please direct any questions or responses to Deportation Officer Kyle R. Brandt at (303) 555-0142 or kyle.r.brandt@ice.dhs.gov.

Sincerely,


Kyle R. Brandt
Deportation Officer
ICE ERO Denver – Fugitive Operations

cc: Assistant Field Office Director, ERO Denver
""",
("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Denver Field Office",
 "Kyle R. Brandt", "Deportation Officer", "kyle.r.brandt@ice.dhs.gov", "(303) 555-0142"),
[("José Manuel Ibarra Quiñones", "1987-04-12", [("a_number", "A208114377"), ("other", "CO-1187340")])],
["8 USC 1357", "8 USC 1373"], ("none", None), False, "civil_immigration",
["address", "phone", "benefits"], "mail")

# ---- baa02 eml, none, Washington State Patrol detective -> ESD
doc("baa02", "eml", "state patrol detective plain email; employer owner bystander", lambda: make_eml(
    "Det. Sgt. Aaron Lindqvist <aaron.lindqvist@wsp.wa.gov>",
    "ESD Records Requests <records.unit@esd.wa.gov>",
    "Records request - WSP case 26-004417 - Petrenko",
    dt(2026, 1, 14, 9, 12, -8),
"""Good morning,

I'm a detective with the Washington State Patrol Criminal Investigation Division, Vancouver office. I'm working an organized retail theft case (WSP case no. 26-004417) involving violations of RCW 9A.56.350 and RCW 9A.56.030.

I'm requesting Employment Security Department wage and employer records for the following person, under the law enforcement exception in RCW 50.13.060:

    PETRENKO, Oleksandr Vasylovych
    DOB 03/22/1991
    WA DL: PETREOV123RB

Specifically:
 - quarterly wage detail for 2024 Q1 through 2025 Q4
 - names and addresses of all employers reporting wages
 - current mailing address and phone number on any UI claim

We believe he was on the payroll of Columbia Freight Solutions LLC (owner: Dmitri Kovalenko; their payroll clerk is Ms. Tamara Hughes). I am NOT asking for records on Mr. Kovalenko or Ms. Hughes - they are cooperating witnesses and are only named so you can find the right employer account.

Thanks for your help. Happy to provide anything else you need.

Aaron Lindqvist
Detective Sergeant, Criminal Investigation Division
Washington State Patrol
Desk (360) 555-0117 | Cell (360) 555-0163
aaron.lindqvist@wsp.wa.gov

""" + CONF),
("state-police", "Washington State Patrol", "Aaron Lindqvist", "Detective Sergeant",
 "aaron.lindqvist@wsp.wa.gov", "(360) 555-0117"),
[("Oleksandr Vasylovych Petrenko", "1991-03-22", [("license", "PETREOV123RB")])],
["RCW 9A.56.350", "RCW 9A.56.030", "RCW 50.13.060"], ("none", None), False, "criminal_investigation",
["wages", "employment", "address", "phone"], "email")

# ---- baa03 scanned, federal grand jury subpoena (AO 110) to Oregon Employment Department
doc("baa03", "scanned", "AO 110 federal grand jury subpoena, scanned; requested by AUSA",
"""AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
= UNITED STATES DISTRICT COURT
= for the
= District of Oregon

! SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records
    Oregon Employment Department
    875 Union Street NE, Salem, OR 97311

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

~ Place: Mark O. Hatfield U.S. Courthouse          Date and Time:
~        1000 SW Third Avenue, Portland, OR 97204   03/17/2026 9:00 am
~        Grand Jury Room 4

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):

SEE ATTACHMENT A.

~ Date: 02/24/2026                  CLERK OF COURT
~
~                                   /s/ M. Okonkwo
~                                   Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:

Rachel T. Abernathy, Assistant United States Attorney
United States Attorney's Office, District of Oregon
1000 SW Third Avenue, Suite 600, Portland, OR 97204
rachel.abernathy@usdoj.gov   (503) 555-0129

Grand Jury No. 26-GJ-0311
\f
! ATTACHMENT A
Subpoena to Oregon Employment Department — GJ No. 26-GJ-0311

For the period January 1, 2022 through the date of this subpoena, produce all records relating to the following individual, including unemployment insurance claims, claim applications, weekly certifications, payment histories, bank deposit information, IP addresses and telephone numbers used to file, and employer wage reports:

~ NGUYỄN Thị Bích Ngọc     DOB 1984-09-03   SSN xxx-xx-6614
~ aka "Ngoc Nguyen"

Records relating to other persons listed as dependents or references on the claims need not be produced.

In lieu of appearance, records may be produced to Special Agent Dale Ferris, U.S. Department of Labor, Office of Inspector General, together with a declaration under Fed. R. Evid. 902(11). This subpoena is issued under Fed. R. Crim. P. 17(c).

You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation.
""",
("doj-usao", "United States Attorney's Office, District of Oregon", "Rachel T. Abernathy",
 "Assistant United States Attorney", "rachel.abernathy@usdoj.gov", "(503) 555-0129"),
[("Thị Bích Ngọc Nguyễn", "1984-09-03", [("ssn_last4", "6614")])],
["FRE 902", "FRCrP 17"], ("grand_jury_subpoena", "AO 110"), True, "criminal_investigation",
["claims", "benefits", "wages", "employment", "other"], "mail")

# ---- baa04 fax, detainer I-247A to CDHS Division of Youth Services
doc("baa04", "fax", "I-247A detainer faxed to state youth detention facility run by human services",
"""FAX  02/02/2026 14:21  ICE ERO DENVER  303-555-0199                    P.001/002
== FAX TRANSMITTAL
To:     Colorado Dept. of Human Services – Division of Youth Services
        Zebulon Pike Youth Services Center, Intake / Records
Fax:    (719) 555-0131
From:   Deportation Officer Lucía Carrasco-Méndez, ICE ERO Denver
Phone:  (303) 555-0188     Fax: (303) 555-0199
Pages:  2 (including cover)
Re:     Immigration Detainer – Notice of Action (I-247A)

Please see attached detainer for a resident of your facility. Please notify ERO at least 48 hours before release. Thank you.
\f
FAX  02/02/2026 14:21  ICE ERO DENVER  303-555-0199                    P.002/002
DEPARTMENT OF HOMELAND SECURITY
= IMMIGRATION DETAINER – NOTICE OF ACTION
~ Subject ID: 391177204        Event #: DEN2602000417        File No: A 217 903 558
~ Date: 02/02/2026
TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)
    Zebulon Pike Youth Services Center, Colorado Springs, CO
FROM: (Department of Homeland Security Office Address)
    ICE ERO Denver Field Office, 12445 E. Caley Ave., Centennial, CO 80111
~ Name of Alien: OSMAN, Abdirahman Hassan
~ Date of Birth: 05/19/2007     Nationality: Somalia     Sex: M
1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
   [X] a final order of removal against the alien;
   [ ] the pendency of ongoing removal proceedings against the alien;
2. DHS REQUESTS THAT YOU:
   [X] Notify DHS as early as practicable (at least 48 hours, if known) before the alien is released from your custody.
   [X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
   [X] Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.
The alien must be served with a copy of this form for the detainer to take effect. This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.
~ Lucía Carrasco-Méndez, Deportation Officer          (Signature of Authorized Immigration Officer)
~ Phone: (303) 555-0188
""",
("dhs-ice-ero", "ICE ERO Denver Field Office", "Lucía Carrasco-Méndez", "Deportation Officer",
 None, "(303) 555-0188"),
[("Abdirahman Hassan Osman", "2007-05-19", [("a_number", "A217903558"), ("other", "391177204")])],
["INA 236", "INA 287", "8 CFR 287.7"], ("detainer", "I-247A"), False, "civil_immigration",
["other"], "fax")

# ---- baa05 born_digital, court order (Texas district court) obtained by DA
doc("baa05", "born_digital", "Texas district court order for TWC records, cover letter from ADA; children on case not requested",
"""= OFFICE OF THE CRIMINAL DISTRICT ATTORNEY
= Hidalgo County, Texas
100 N. Closner Blvd., Edinburg, Texas 78539  ·  (956) 555-0107

March 2, 2026

Texas Workforce Commission
Open Records / Subpoena Compliance
101 E. 15th Street, Room 266
Austin, Texas 78778

Re: State of Texas v. Rosalinda Garza de la Fuente, Cause No. CR-4471-25-E

Enclosed please find a certified copy of an Order signed by the Honorable Judge of the 398th District Court directing production of unemployment insurance and wage records for the defendant. Please produce the records to my office within fourteen (14) days.

Respectfully,

Marisol Treviño-Saenz
Assistant Criminal District Attorney, Special Crimes Unit
marisol.trevino@da.co.hidalgo.tx.us
\f
= CAUSE NO. CR-4471-25-E
~ THE STATE OF TEXAS                §     IN THE DISTRICT COURT
~ v.                                §     398TH JUDICIAL DISTRICT
~ ROSALINDA GARZA DE LA FUENTE      §     HIDALGO COUNTY, TEXAS

= ORDER FOR PRODUCTION OF RECORDS

On this day the Court considered the State's Motion for Production of Records held by the Texas Workforce Commission. The Court finds that the records are relevant and material to the prosecution of the defendant for Theft under Tex. Penal Code § 31.03 and Tampering with Governmental Record under Tex. Penal Code § 37.10, and that disclosure is permitted under Tex. Lab. Code § 301.085.

IT IS THEREFORE ORDERED that the Texas Workforce Commission produce to the Hidalgo County Criminal District Attorney's Office the following records concerning:

~ GARZA DE LA FUENTE, Rosalinda      DOB: 07/08/1979      TX DL 18840273

1. All unemployment benefit claims filed from January 1, 2023 to present, including payment history and certifications;
2. All employer-reported quarterly wages;
3. Addresses, telephone numbers and email addresses provided on any claim.

The claim file lists the defendant's minor children (D.G., age 9; A.G., age 12) as dependents. Records concerning the children shall not be produced and any identifying information regarding them shall be redacted.

SIGNED on February 27, 2026.

~                                  ______________________________
~                                  JUDGE PRESIDING
~                                  Hon. Rubén A. Villarreal
""",
("district-attorney", "Office of the Criminal District Attorney, Hidalgo County, Texas",
 "Marisol Treviño-Saenz", "Assistant Criminal District Attorney",
 "marisol.trevino@da.co.hidalgo.tx.us", "(956) 555-0107"),
[("Rosalinda Garza de la Fuente", "1979-07-08", [("license", "18840273")])],
["TX PC 31.03", "TX PC 37.10", "TX Lab Code 301.085"], ("court_order", None), True,
"criminal_investigation", ["claims", "benefits", "wages", "address", "phone", "email"], "mail")

# ---- baa06 eml, none, SSA OIG special agent -> Pennsylvania DHS; rep payee bystander
doc("baa06", "eml", "SSA OIG agent email to Medicaid/cash assistance; representative payee is a bystander", lambda: make_eml(
    "Whitfield, Darnell (OIG) <darnell.whitfield@ssa.gov>",
    "RA-PWOIMRECORDS@pa.gov",
    "SSA OIG Request for Information - Case PHL2600093",
    dt(2026, 2, 18, 15, 40, -5),
"""Pennsylvania Department of Human Services
Office of Income Maintenance

The Social Security Administration, Office of the Inspector General (SSA OIG), Office of Investigations, Philadelphia Field Division, is conducting an official criminal investigation into possible violations of 42 U.S.C. § 408(a)(4) (concealment of work activity) and 18 U.S.C. § 641 (theft of government funds).

We request any information your agency has regarding the following Supplemental Security Income recipient:

  Name:   KOWALCZYK, Stanisław Jerzy
  DOB:    December 1, 1968
  SSN:    XXX-XX-2039
  Medicaid recipient no. 7750113842

Requested items:
  * Current and prior addresses
  * Medical Assistance and cash assistance applications, including any income and employment reported (2023-present)
  * Any employer names and wage information reported by the recipient

For your reference, the beneficiary's representative payee is his sister, Halina Nowak (Philadelphia); SSA OIG is not requesting records about Ms. Nowak at this time.

Disclosure to SSA OIG is authorized under 42 U.S.C. § 1306 and 45 C.F.R. § 164.512(f). Please call me if a formal request on letterhead is needed.

Respectfully,

Darnell Whitfield
Special Agent
Social Security Administration - Office of the Inspector General
Philadelphia Field Division
O: 215-555-0151  C: 215-555-0178
darnell.whitfield@ssa.gov

WARNING: This e-mail is FOR OFFICIAL USE ONLY and may contain Privacy Act protected information.
"""),
("ssa-oig", "Social Security Administration, Office of the Inspector General", "Darnell Whitfield",
 "Special Agent", "darnell.whitfield@ssa.gov", "215-555-0151"),
[("Stanisław Jerzy Kowalczyk", "1968-12-01", [("ssn_last4", "2039"), ("other", "7750113842")])],
["42 USC 408", "18 USC 641", "42 USC 1306", "45 CFR 164.512"], ("none", None), False,
"criminal_investigation", ["address", "benefits", "employment", "wages"], "email")

# ---- baa07 txt, none, St. Paul PD -> Minnesota DHS child care assistance
doc("baa07", "txt", "city police investigator plain-text email body; child care center owner, enrolled children are bystanders",
"""From: Sgt. Dao Minh Khoa <khoa.dao@ci.stpaul.mn.us>
To: DHS.CCAP.Records@state.mn.us
Date: Tue, 10 Mar 2026 11:03:27 -0500
Subject: CCAP records - SPPD CN 26-041882

Hello,

Saint Paul Police Department, Financial Crimes Unit. We have an open case (CN 26-041882) into suspected theft by swindle (Minn. Stat. § 609.52, subd. 2(a)(4)) involving billing to the Child Care Assistance Program.

Requesting CCAP provider records for:

  Provider:  Bright Start Learning Center LLC (Provider ID 1194402)
  Owner/authorized rep:  Fadumo Abdi Warsame, DOB 6/2/1981

- provider enrollment application and renewals
- attendance records and billing forms submitted 01/2024 - 12/2025
- payment history, with bank account(s) payments were deposited to
- address and phone number on file for Ms. Warsame

The billing forms will list enrolled children and their parents (ex. the Yusuf and Tran families). We do not need identifying info for the families at this stage, please redact if possible. The center's former director, Linh Tran, reported the issue to us; no records are requested about her.

I understand Minn. Stat. § 13.46, subd. 2(a)(8) permits disclosure to law enforcement for investigation of public assistance fraud. Let me know if you need a warrant instead.

Sgt. Khoa Dao
Financial Crimes Unit
Saint Paul Police Department
367 Grove St, Saint Paul MN 55101
651-555-0124
""",
("local-police", "Saint Paul Police Department", "Khoa Dao", "Sergeant", "khoa.dao@ci.stpaul.mn.us",
 "651-555-0124"),
[("Fadumo Abdi Warsame", "1981-06-02", [])],
["MN Stat 609.52", "MN Stat 13.46"], ("none", None), False, "criminal_investigation",
["benefits", "claims", "address", "phone", "other"], "email")

# ---- baa08 born_digital, DOL OIG IG subpoena to Arizona DES, enforcement clause
doc("baa08", "born_digital", "DOL OIG Inspector General subpoena (administrative) with district-court enforcement clause; table of 3 claimants",
"""= UNITED STATES DEPARTMENT OF LABOR
= OFFICE OF INSPECTOR GENERAL
== SUBPOENA DUCES TECUM
~ No. OIG-26-SF-0072

To:  Custodian of Records
     Arizona Department of Economic Security, Unemployment Insurance Administration
     1789 W. Jefferson Street, Phoenix, AZ 85007

YOU ARE HEREBY REQUIRED to produce the records described in the attached schedule to Special Agent Tomasz Wiśniewski, U.S. Department of Labor, Office of Inspector General, Office of Investigations – Labor Racketeering and Fraud, 230 N. First Avenue, Suite 504, Phoenix, AZ 85003, on or before April 6, 2026 at 10:00 a.m.

This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in connection with an official investigation into possible violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft) relating to pandemic-era unemployment insurance claims.

In the event of contumacy or refusal to obey this subpoena, it is enforceable by order of any appropriate United States district court.

IN TESTIMONY WHEREOF, the undersigned, Inspector General of the U.S. Department of Labor, has hereunto set his hand this 5th day of March, 2026.

~                                          _____________________________
~                                          Inspector General
\f
! SCHEDULE OF RECORDS — OIG-26-SF-0072

For each claimant listed below, for the period March 1, 2020 through December 31, 2023: all initial and continued claims; identity verification results; IP addresses, device identifiers and email addresses used; mailing and residential addresses; telephone numbers; bank routing and account numbers; payment histories; and employer wage records.

~ LAST NAME         FIRST / MIDDLE        DOB          SSN (last 4)
~ ABERNATHY-COLE    Jamal Terrence        1993-01-27   4471
~ DUONG             Văn Phúc              1988-10-15   0932
~ ESPINOZA          Luz Marina            1975-06-30   7718

Contact: Special Agent Tomasz Wiśniewski, (602) 555-0147, wisniewski.tomasz@oig.dol.gov.
Records may be produced electronically with a certificate of authenticity.
""",
("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Tomasz Wiśniewski",
 "Special Agent", "wisniewski.tomasz@oig.dol.gov", "(602) 555-0147"),
[("Jamal Terrence Abernathy-Cole", "1993-01-27", [("ssn_last4", "4471")]),
 ("Văn Phúc Duong", "1988-10-15", [("ssn_last4", "0932")]),
 ("Luz Marina Espinoza", "1975-06-30", [("ssn_last4", "7718")])],
["5 USC 406", "18 USC 1343", "18 USC 1028A"], ("administrative_subpoena", None), True,
"criminal_investigation", ["claims", "wages", "address", "phone", "email", "other"], "mail")

# ---- baa09 eml, I-138 immigration enforcement subpoena to CDLE, attached PDF
I138 = """DEPARTMENT OF HOMELAND SECURITY
= IMMIGRATION ENFORCEMENT SUBPOENA
= To Appear and/or Produce Records
= (Pursuant to Section 287 of the Immigration and Nationality Act and 8 C.F.R. 287.4)
~ Subpoena Number: ERO-DEN-2026-00318           File No.: A 220 471 906

To: Custodian of Records, Colorado Department of Labor and Employment
    Unemployment Insurance Division, 633 17th Street, Denver, CO 80202

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to produce the records listed below, in connection with an investigation or inquiry relating to the enforcement of U.S. immigration laws, with respect to: the admissibility, removability, and location of the individual named below.

! Records required:
All records concerning HERRERA VILLALOBOS, Édgar Alonso, DOB 11/23/1990, A220 471 906: current and prior residential addresses, telephone numbers, email addresses, names and addresses of employers reporting wages, and quarterly wage data (2024–present).

Employer of record per DHS information: Front Range Drywall Inc. (owner Gustavo Peña). No records concerning the employer's principals are sought.

Place: ICE ERO, 12445 E. Caley Ave., Centennial, CO 80111     Date: 03/23/2026 10:00 AM
Authority: 8 U.S.C. § 1225(d); 8 U.S.C. § 1357; 8 C.F.R. § 287.4(a)(2).

Failure to comply with this subpoena may result in the United States District Court issuing an order requiring compliance; failure to obey such an order may be punished as contempt of court. 8 U.S.C. § 1225(d)(4).

~ Issued by: Nathaniel J. Okafor, Supervisory Detention and Deportation Officer
~ Signature: /s/ N. J. Okafor            Date: 03/06/2026
Form I-138 (Rev. 08/01/07)
"""
doc("baa09", "eml", "ERO officer email attaching I-138 Immigration Enforcement Subpoena (PDF); employer owner bystander", lambda: make_eml(
    "\"Okafor, Nathaniel J\" <nathaniel.j.okafor@ice.dhs.gov>",
    "cdle_subpoenas@state.co.us",
    "Service of DHS Subpoena ERO-DEN-2026-00318",
    dt(2026, 3, 6, 13, 5, -7),
"""Custodian of Records,

Attached please find an Immigration Enforcement Subpoena (DHS Form I-138) issued to the Colorado Department of Labor and Employment. Please produce the requested records by the date indicated. Electronic production to this address is acceptable.

Thank you,

Nathaniel J. Okafor
SDDO | ERO Denver
U.S. Immigration and Customs Enforcement
Desk: 720-555-0133
""",
    html="""<html><body><p>Custodian of Records,</p><p>Attached please find an Immigration Enforcement Subpoena (DHS Form I-138) issued to the Colorado Department of Labor and Employment. Please produce the requested records by the date indicated. Electronic production to this address is acceptable.</p><p>Thank you,</p><p><b>Nathaniel J. Okafor</b><br>SDDO | ERO Denver<br>U.S. Immigration and Customs Enforcement<br>Desk: 720-555-0133</p></body></html>""",
    attachments=[("I-138_ERO-DEN-2026-00318.pdf", pdf_bytes(I138))]),
("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, ERO Denver", "Nathaniel J. Okafor",
 "Supervisory Detention and Deportation Officer", "nathaniel.j.okafor@ice.dhs.gov", "720-555-0133"),
[("Édgar Alonso Herrera Villalobos", "1990-11-23", [("a_number", "A220471906")])],
["INA 287", "8 CFR 287.4", "8 USC 1225", "8 USC 1357"], ("administrative_subpoena", "I-138"), True,
"civil_immigration", ["address", "phone", "email", "employment", "wages"], "email")

# ---- baa10 scanned, Georgia search warrant, sheriff's investigator
doc("baa10", "scanned", "Georgia superior/magistrate court search warrant for GDOL records, served by sheriff investigator; landlord bystander",
"""= IN THE MAGISTRATE COURT OF CLAYTON COUNTY
= STATE OF GEORGIA
== SEARCH WARRANT
~ Warrant No. 26-SW-00419

TO ALL PEACE OFFICERS OF THE STATE OF GEORGIA:

Affidavit having been made before me by Investigator Lamar D. Prescott of the Clayton County Sheriff's Office, that he has reason to believe that at the premises known as the Georgia Department of Labor, Office of the Custodian of Records, 148 Andrew Young International Blvd. NE, Atlanta, Georgia 30303, there is now located certain records, namely:

Unemployment insurance claim files, payment histories, claimant addresses and telephone numbers, and employer wage reports for the period 01/01/2024 to present concerning:

~ WASHINGTON, Tyrell Marquise     DOB 02/14/1996     GA DL 058812930

which constitute evidence of the crimes of Theft by Deception, O.C.G.A. § 16-8-3, and Identity Fraud, O.C.G.A. § 16-9-121; and the Court being satisfied that there is probable cause to believe that the records are at the premises described and that the foregoing grounds for issuance exist, pursuant to O.C.G.A. § 17-5-21:

YOU ARE HEREBY COMMANDED to search forthwith the premises described above for the records described, and if found, to seize them and bring them before me or another judicial officer as required by law.

The affidavit identifies the residence leased to the suspect by landlord Harold Beasley of Jonesboro; the landlord is a witness and is not the subject of this warrant.

This 11th day of February, 2026, at 3:40 p.m.

~                                   __________________________
~                                   Judge, Magistrate Court of Clayton County
~                                   Hon. Patricia W. Odom
\f
= CLAYTON COUNTY SHERIFF'S OFFICE
= Criminal Investigations Division
9157 Tara Blvd., Jonesboro, GA 30236

February 12, 2026

Georgia Department of Labor – Legal Services / Records Custodian

Attached is Search Warrant 26-SW-00419 signed by Judge Odom. Records can be emailed to me in PDF form or I can pick them up in person. Please contact me with any questions.

Inv. Lamar D. Prescott
Criminal Investigations Division – Financial Crimes
Office (770) 555-0166
lamar.prescott@claytoncountyga.gov
""",
("sheriff", "Clayton County Sheriff's Office", "Lamar D. Prescott", "Investigator",
 "lamar.prescott@claytoncountyga.gov", "(770) 555-0166"),
[("Tyrell Marquise Washington", "1996-02-14", [("license", "058812930")])],
["OCGA 16-8-3", "OCGA 16-9-121", "OCGA 17-5-21"], ("judicial_warrant", None), True,
"criminal_investigation", ["claims", "benefits", "address", "phone", "wages"], "mail")

# ---- baa11 eml, none, DA investigator request forwarded by agency intake staff (message/rfc822)
_inner11 = make_eml(
    "Investigator Kenneth Oyelaran <koyelaran@bronxda.nyc.gov>",
    "OTDA Intake <otda.intake@otda.ny.gov>",
    "Request for public assistance records - Bronx DA Welfare Fraud Unit",
    dt(2026, 1, 27, 10, 22, -5),
"""To whom it may concern,

The Bronx County District Attorney's Office, Welfare Fraud Unit, is investigating a possible Grand Larceny in the Third Degree (Penal Law § 155.35) and Offering a False Instrument for Filing (Penal Law § 175.35) relating to SNAP and cash assistance benefits.

Pursuant to Social Services Law § 136, please provide the application history, household composition as reported, budget/income information and issuance history (EBT) for:

  Subject:   CASTILLO DE LEÓN, Yesenia M.   DOB 09/09/1985   CIN AB12345C

The household on the case (for identification only; no records requested on them):
  Marco Castillo, 2010
  Aylin Castillo, 2013
  Raúl Peña Ortiz (listed as roommate), 1982

Also please confirm the name of the eligibility worker who processed the 2024 recertification; we may need a business-records certification (CPLR 4518) from the agency.

Thank you,
Kenneth Oyelaran
Senior Investigator, Welfare Fraud Unit
Office of the Bronx County District Attorney
198 East 161st Street, Bronx, NY 10451
Tel. 718-555-0192
""")
doc("baa11", "eml", "agency intake clerk forwards DA investigator email as message/rfc822 to records unit; household listed", lambda: make_eml(
    "Priya Raman <priya.raman@otda.ny.gov>",
    "OTDA Records Access <records.access@otda.ny.gov>",
    "FW: Request for public assistance records - Bronx DA Welfare Fraud Unit",
    dt(2026, 1, 27, 14, 48, -5),
"""Records Access team -

Forwarding the attached request received in the intake box this morning from the Bronx DA. The case worker of record is Mr. Joseph Galvin at the Crotona center. Please log and handle.

Priya Raman
Intake Coordinator, Office of Temporary and Disability Assistance
""", forward=_inner11),
("district-attorney", "Bronx County District Attorney's Office, Welfare Fraud Unit", "Kenneth Oyelaran",
 "Senior Investigator", "koyelaran@bronxda.nyc.gov", "718-555-0192"),
[("Yesenia M. Castillo de León", "1985-09-09", [("other", "AB12345C")])],
["NY PL 155.35", "NY PL 175.35", "NY SSL 136", "NY CPLR 4518"], ("none", None), False,
"criminal_investigation", ["benefits", "claims", "other"], "email")

# ---- baa12 fax, none, Columbus (Ohio) police -> ODJFS; reporting party bystander
doc("baa12", "fax", "city police fax cover + letter to Ohio JFS; reporting party (victim) bystander",
"""03/04/2026 09:58 FAX 6145550160 COLUMBUS DIV OF POLICE              PAGE 01/02
= COLUMBUS DIVISION OF POLICE
= Fraud & Forgery Unit
== FAX COVER SHEET
~ DATE:     March 4, 2026
~ TO:       Ohio Dept. of Job & Family Services – Office of Legal Services
~ FAX:      (614) 555-0138
~ FROM:     Det. Brianna K. Szymanski #2217
~ PHONE:    (614) 555-0155
~ FAX:      (614) 555-0160
~ PAGES:    2 incl. cover
~ RE:       Records request, CPD report 2026-0118734
NOTICE: The information contained in this facsimile is confidential law enforcement information intended only for the addressee. If received in error, call the sender.
\f
03/04/2026 09:59 FAX 6145550160 COLUMBUS DIV OF POLICE              PAGE 02/02
Ohio Department of Job and Family Services
Office of Legal Services, Public Records
30 E. Broad Street, Columbus, Ohio 43215

Re: CPD Report No. 2026-0118734 — Theft (R.C. 2913.02) / Identity Fraud (R.C. 2913.49)

To Whom It May Concern:

I am investigating a report made by Mrs. Gloria Mae Henshaw, age 74, who states that a person used her identity and address to apply for public assistance. Mrs. Henshaw is the victim and reporting party; I am not requesting her records.

I request the following information concerning the suspect, who is believed to have filed the application(s):

    Name:  RUIZ-ECHEVERRÍA, Marco Antonio
    DOB:   10-31-1992
    OH DL: SX482190

 1. Any SNAP or Ohio Works First applications submitted in his name or listing him as a household member, 2025 to present.
 2. The address, phone number and email address used on each application.
 3. EBT card issuance and mailing address records.

Disclosure to law enforcement for investigation of criminal acts is permitted under R.C. 5101.27 and 7 C.F.R. 272.1(c). Please fax responsive records to (614) 555-0160.

Respectfully,
Det. Brianna K. Szymanski #2217
Columbus Division of Police, Fraud & Forgery Unit
""",
("local-police", "Columbus Division of Police", "Brianna K. Szymanski", "Detective", None,
 "(614) 555-0155"),
[("Marco Antonio Ruiz-Echeverría", "1992-10-31", [("license", "SX482190")])],
["ORC 2913.02", "ORC 2913.49", "ORC 5101.27", "7 CFR 272.1"], ("none", None), False,
"criminal_investigation", ["benefits", "claims", "address", "phone", "email", "other"], "fax")

# ---- baa13 born_digital, Florida subpoena duces tecum (criminal), issued at ASA request
doc("baa13", "born_digital", "Florida criminal subpoena duces tecum for DCF ACCESS records, requested by Assistant State Attorney; co-applicant bystander",
"""= IN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT
= IN AND FOR ORANGE COUNTY, FLORIDA
~ STATE OF FLORIDA,                               CASE NO.: 2025-CF-012874-A-O
~        Plaintiff,                               DIVISION: 16
~ vs.
~ PHAM, QUANG MINH,
~        Defendant.
== SUBPOENA DUCES TECUM FOR DEPOSITION/TRIAL
THE STATE OF FLORIDA:
TO: Records Custodian, Florida Department of Children and Families, Office of Public Benefits Integrity, 400 W. Robinson Street, Suite S-1106, Orlando, FL 32801

YOU ARE COMMANDED to appear before the Honorable Lorenzo J. Baptiste, Judge of the Circuit Court, Orange County Courthouse, 425 N. Orange Avenue, Orlando, Florida, on April 14, 2026 at 9:00 a.m., and to bring with you the following:

Certified copies of all ACCESS Florida applications, reviews and change reports submitted by or on behalf of QUANG MINH PHAM (DOB 05/05/1980), including reported household income, reported employment, food assistance (SNAP) and Temporary Cash Assistance issuance histories, and EBT transaction history, January 2022 through the present.

The 2023 application lists a co-applicant, Thu Hằng Lê; records relating solely to the co-applicant are not requested.

In lieu of appearance you may comply by delivering the records, with a certificate of authenticity under § 90.902(11), Fla. Stat., to the undersigned Assistant State Attorney before the date above. This subpoena is issued under Fla. R. Crim. P. 3.220 and § 27.04, Fla. Stat., in the prosecution of the Defendant for Public Assistance Fraud, § 414.39, Fla. Stat.

If you fail to appear, you may be in contempt of court.

DATED: March 9, 2026
~                                  TIFFANY SHAW-ROBERTS, CLERK OF COURT
~                                  By: /s/ D. Alvarado, Deputy Clerk
Requested by:
Ileana Marrero-Vázquez, Assistant State Attorney
Florida Bar No. 0091177
Office of the State Attorney, Ninth Judicial Circuit
415 N. Orange Ave., Orlando, FL 32801
(407) 555-0173  ·  imarrerovazquez@sao9.org
""",
("district-attorney", "Office of the State Attorney, Ninth Judicial Circuit", "Ileana Marrero-Vázquez",
 "Assistant State Attorney", "imarrerovazquez@sao9.org", "(407) 555-0173"),
[("Quang Minh Pham", "1980-05-05", [])],
["FS 90.902", "FL CrimP 3.220", "FS 27.04", "FS 414.39"], ("court_subpoena", None), True,
"criminal_investigation", ["benefits", "claims", "employment", "wages", "other"], "mail")

# ---- baa14 txt, none, ATF agent -> Nevada DETR; payroll clerk bystander
doc("baa14", "txt", "ATF agent plain-text request to state workforce agency; employer payroll clerk bystander",
"""From: Garrett Holloway <garrett.holloway@atf.gov>
Sent: Thursday, February 5, 2026 4:16 PM
To: DETR Investigations <detrinvestigations@detr.nv.gov>
Subject: ATF request - employment info

DETR Investigations,

I'm a Special Agent with ATF Las Vegas Field Office, Group II. I'm investigating a straw purchase of firearms (18 U.S.C. § 922(a)(6) and 18 U.S.C. § 924(a)(1)(A)). The purchaser listed an employer on ATF Form 4473 and I need to confirm employment and get a current address.

Subject:   Jovanović, Milan D.
DOB:       1999-07-21
NV DL#:    1502887461

Please provide:
  - employers reporting wages for him in the last 4 quarters, with amounts
  - last address and phone on file with DETR (UI or wage record)

He told the FFL that he works at Desert Sun Auto Glass. The business's payroll clerk, Sharon Ebbers, called us to report concerns - please do not contact her and do not provide anything on her.

Thanks,

SA Garrett Holloway
Bureau of Alcohol, Tobacco, Firearms and Explosives
Las Vegas Field Office
(702) 555-0119 (o)
""",
("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Las Vegas Field Office",
 "Garrett Holloway", "Special Agent", "garrett.holloway@atf.gov", "(702) 555-0119"),
[("Milan D. Jovanović", "1999-07-21", [("license", "1502887461")])],
["18 USC 922", "18 USC 924"], ("none", None), False, "criminal_investigation",
["employment", "wages", "address", "phone"], "email")

# ---- baa15 scanned, I-200 administrative warrant with ERO cover letter to Illinois DHS
doc("baa15", "scanned", "ERO cover letter with Form I-200 Warrant for Arrest of Alien to Illinois DHS",
"""U.S. Department of Homeland Security
Immigration and Customs Enforcement
Enforcement and Removal Operations, Chicago Field Office
101 West Congress Parkway, Chicago, IL 60605

January 20, 2026

Illinois Department of Human Services
Bureau of Administrative Hearings / FOIA Office
100 South Grand Avenue East, Springfield, IL 62762

SUBJECT: Request for Location Information – SANTOS, Maricel Dizon

ICE ERO is attempting to locate the individual named in the enclosed Warrant for Arrest of Alien (Form I-200). ERO requests the most recent residential address and telephone number for this individual as reflected in your agency's SNAP or Medicaid case records.

~ Name: Maricel Dizon SANTOS         DOB: 1983-12-02
~ A#:   A 203-556-118               Country: Philippines

Please respond to Deportation Officer Ferdinand Q. Alcantara at (312) 555-0158 or ferdinand.q.alcantara@ice.dhs.gov.

~ /s/ F. Q. Alcantara
Ferdinand Q. Alcantara, Deportation Officer
Enclosure: Form I-200
\f
DEPARTMENT OF HOMELAND SECURITY
== WARRANT FOR ARREST OF ALIEN
~ File No.  A203556118                         Date: 01/15/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that SANTOS, Maricel Dizon is removable from the United States. This determination is based upon:
[X] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

~ _______________________________________
~ (Signature of Authorized Immigration Officer)
~ Assistant Field Office Director Gregory Palmieri
~ (Printed Name and Title of Authorized Immigration Officer)

Certificate of Service: [blank]
Form I-200 (Rev. 09/16)
""",
("dhs-ice-ero", "Immigration and Customs Enforcement, Enforcement and Removal Operations, Chicago Field Office",
 "Ferdinand Q. Alcantara", "Deportation Officer", "ferdinand.q.alcantara@ice.dhs.gov", "(312) 555-0158"),
[("Maricel Dizon Santos", "1983-12-02", [("a_number", "A203556118")])],
["INA 236", "INA 287", "8 CFR 287"], ("administrative_warrant", "I-200"), True, "civil_immigration",
["address", "phone"], "mail")

# ---- baa16 eml, none, HSI labor trafficking -> Oregon BOLI/Employment; two owners are subjects
doc("baa16", "eml", "HSI special agent email, labor trafficking; owners are subjects, workers and payroll clerk bystanders", lambda: make_eml(
    "Hoang, Vivian <vivian.hoang@hsi.dhs.gov>",
    "oed_lawenforcement@employ.oregon.gov",
    "HSI Portland - request for wage records (employer + principals)",
    dt(2026, 3, 12, 8, 37, -8),
"""Hello,

HSI Portland is conducting a criminal investigation into forced labor and document fraud (18 U.S.C. § 1589; 18 U.S.C. § 1546) at a seafood processing business in Astoria. We request Oregon Employment Department records on the business and its two principals:

Business:  Cascadia Coastal Seafoods LLC, BIN 0992211-4

Principals (subjects of the investigation):
  1. BRANKOVIĆ, Goran             DOB 08/14/1970   (managing member / owner)
  2. Lindgren, Erik Paul          DOB 03/02/1977   (plant manager)

Records requested:
  - quarterly payroll reports (OQ/132) 2023-present, listing all workers reported
  - any UI claims filed by Mr. Branković or Mr. Lindgren, and their addresses and phone numbers on file

The quarterly reports will list a number of workers; we are seeking those reports as business records, and are not asking you for any individual worker's claim files. The company's bookkeeper, Ms. Carla Jiménez, is expected to be a witness.

Our authority: 19 U.S.C. § 1589a and 8 U.S.C. § 1357(b). Please let me know if Oregon requires a subpoena; we can provide a DHS summons.

V/r,
Vivian Hoang
Special Agent
Homeland Security Investigations – Portland, OR
O: 503-555-0108 | vivian.hoang@hsi.dhs.gov

This communication may contain Law Enforcement Sensitive information.
"""),
("dhs-ice-hsi", "Homeland Security Investigations – Portland, OR", "Vivian Hoang", "Special Agent",
 "vivian.hoang@hsi.dhs.gov", "503-555-0108"),
[("Goran Branković", "1970-08-14", []), ("Erik Paul Lindgren", "1977-03-02", [])],
["18 USC 1589", "18 USC 1546", "19 USC 1589a", "8 USC 1357"], ("none", None), False,
"criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "email")

# ---- baa17 born_digital, none, Michigan State Police -> MDHHS; parent and child both requested
doc("baa17", "born_digital", "state police letter re parental kidnapping; parent AND child requested, complainant parent bystander",
"""== MICHIGAN STATE POLICE
= Sixth District – Rockford Post
345 Northland Drive NE, Rockford, MI 49341  ·  Tel. 616-555-0114

17 February 2026

Michigan Department of Health and Human Services
Office of Inspector General – Law Enforcement Liaison
235 S. Grand Avenue, Lansing, MI 48933

RE: MSP Incident No. 061-0002291-26 — Parental Kidnapping, MCL 750.350a

Dear Liaison Officer:

The Michigan State Police is investigating the concealment of a minor child by a non-custodial parent in violation of a custody order, MCL 750.350a. The child's mother, Ms. Amanda Kerr, is the complainant and holds legal custody; we are not requesting any records about Ms. Kerr.

We ask MDHHS to search its public assistance, Medicaid and child support records for a current address, telephone number, and any address changes since 12/01/2025 for both of the following:

~ Name                            DOB          Relationship
~ Dustin Wayne KERR               1990-04-09   Father (suspect)
~ Harper Lynn Kerr                2019-06-23   Child (missing)

Information on any new Medicaid or FAP application listing the child as a household member is especially important. Disclosure is requested under MCL 400.35 and 42 U.S.C. § 1396a(a)(7).

This is an active, time-sensitive criminal investigation. Please call me directly.

Sincerely,

D/Sgt. Renée Fontaine-Moreau
Detective Sergeant, Sixth District Investigative Section
Michigan State Police
fontainemoreaur@michigan.gov · 616-555-0114
""",
("state-police", "Michigan State Police", "Renée Fontaine-Moreau", "Detective Sergeant",
 "fontainemoreaur@michigan.gov", "616-555-0114"),
[("Dustin Wayne Kerr", "1990-04-09", []), ("Harper Lynn Kerr", "2019-06-23", [])],
["MCL 750.350a", "MCL 400.35", "42 USC 1396a"], ("none", None), False, "criminal_investigation",
["address", "phone", "benefits"], "mail")

# ---- baa18 fax, court order (Washington superior court), deputy prosecutor
doc("baa18", "fax", "WA superior court order for ESD records, faxed by deputy prosecuting attorney",
"""Mar-16-2026 02:11PM  FROM-SPOKANE CO PROSECUTOR  +509-555-0148     T-311 P.001/003
= SPOKANE COUNTY PROSECUTING ATTORNEY
1100 W. Mallon Ave., Spokane, WA 99260
== FACSIMILE
To: Employment Security Department – Records Disclosure Unit      Fax: 360-555-0140
From: Deputy Prosecuting Attorney Yuriy Hrytsenko                  Tel: 509-555-0126
Date: March 16, 2026          Pages: 3
Message: Attached is the signed order in State v. Delgado-Ortiz. Please send the records to me by fax or to yhrytsenko@spokanecounty.org. Thank you.
\f
Mar-16-2026 02:11PM  FROM-SPOKANE CO PROSECUTOR  +509-555-0148     T-311 P.002/003
= SUPERIOR COURT OF WASHINGTON
= FOR SPOKANE COUNTY
~ STATE OF WASHINGTON,                  )   No. 25-1-01942-32
~                 Plaintiff,            )
~        v.                             )   ORDER FOR DISCLOSURE OF
~ JUAN CARLOS DELGADO-ORTIZ,            )   EMPLOYMENT SECURITY
~                 Defendant.            )   DEPARTMENT RECORDS
THIS MATTER having come before the Court on the State's motion pursuant to RCW 50.13.070, and the Court finding that the records sought are relevant to the pending prosecution for Theft in the First Degree, RCW 9A.56.030, and that the need for the information outweighs any reasons for its privacy;
IT IS HEREBY ORDERED that the Employment Security Department shall disclose to the Spokane County Prosecuting Attorney all unemployment claim records, wage records, and addresses on file concerning JUAN CARLOS DELGADO-ORTIZ, DOB 01/17/1986, for the period January 1, 2023 through the date of this order.
\f
Mar-16-2026 02:12PM  FROM-SPOKANE CO PROSECUTOR  +509-555-0148     T-311 P.003/003
IT IS FURTHER ORDERED that the records shall be used only for purposes of this prosecution and shall not be further disseminated except as permitted by CrR 4.7.
DONE IN OPEN COURT this 13th day of March, 2026.
~                                           ____________________________
~                                           JUDGE Annika M. Solberg
Presented by:
Yuriy Hrytsenko, WSBA #48815
Deputy Prosecuting Attorney
""",
("district-attorney", "Spokane County Prosecuting Attorney", "Yuriy Hrytsenko",
 "Deputy Prosecuting Attorney", "yhrytsenko@spokanecounty.org", "509-555-0126"),
[("Juan Carlos Delgado-Ortiz", "1986-01-17", [])],
["RCW 50.13.070", "RCW 9A.56.030", "WA CrR 4.7"], ("court_order", None), True,
"criminal_investigation", ["claims", "wages", "address"], "fax")

# ---- baa19 scanned, none, U.S. Marshals -> Colorado DHS child support; household bystanders
doc("baa19", "scanned", "USMS deputy letter for fugitive address from child support records; ex-partner and children bystanders",
"""= UNITED STATES MARSHALS SERVICE
= District of Colorado
= Colorado Violent Offender Task Force
Byron G. Rogers Federal Building, 1961 Stout Street, Denver, CO 80294

Date: 3/3/2026

To: Colorado Department of Human Services
    Division of Child Support Services – Law Enforcement Requests

Re: Fugitive Investigation – USMS Warrant No. 1126-0317-0884-D

The U.S. Marshals Service is seeking to apprehend the following fugitive, who is wanted on a federal warrant for Failure to Register as a Sex Offender, 18 U.S.C. § 2250. The USMS is authorized to investigate fugitive matters under 28 U.S.C. § 566(e)(1)(B).

~ Fugitive:  Marcus Anthony BELLWETHER
~ DOB:       08/30/1984
~ CO DL:     11-402-7785
~ CSE Case:  CS-00993107 (Obligor)

The child support case lists the custodial parent, Shanice Morrow, and two minor children. We are not asking for any information about Ms. Morrow or the children except as needed to identify the obligor's case.

Please provide the obligor's most recent address, telephone number, employer(s) reported through new-hire reporting, and any income-withholding employer addresses.

Thank you for your assistance.

Deputy U.S. Marshal Kofi Mensah-Boateng
(303) 555-0137 · kofi.mensah-boateng@usdoj.gov
""",
("doj-usms", "United States Marshals Service, District of Colorado", "Kofi Mensah-Boateng",
 "Deputy U.S. Marshal", "kofi.mensah-boateng@usdoj.gov", "(303) 555-0137"),
[("Marcus Anthony Bellwether", "1984-08-30", [("license", "114027785"), ("other", "CS-00993107")])],
["18 USC 2250", "28 USC 566"], ("none", None), False, "criminal_investigation",
["address", "phone", "employment"], "mail")

# ---- baa20 scanned, Virginia special grand jury subpoena duces tecum (state), Commonwealth's Attorney
doc("baa20", "scanned", "Virginia circuit court special grand jury subpoena duces tecum to local DSS, requested by Commonwealth's Attorney",
"""~ VIRGINIA:
= IN THE CIRCUIT COURT OF THE CITY OF RICHMOND
== SUBPOENA DUCES TECUM
= (Special Grand Jury)
~ In re: Special Grand Jury Investigation No. SGJ-2026-02

TO THE SHERIFF OF THE CITY OF RICHMOND:
You are commanded to summon:
    Custodian of Records, Virginia Department of Social Services
    801 E. Main Street, Richmond, VA 23219

to appear before the Special Grand Jury of this Court on April 2, 2026 at 10:00 a.m., and to bring with you the following:

All applications for Supplemental Nutrition Assistance Program (SNAP), TANF and Medicaid benefits, household composition, verification documents, income and employment information and benefit issuance records, for the period 07/01/2023 to present, relating to:

~ OKONKWO-HAYES, Adaeze Chioma     DOB: 1987/02/11
~ ALI, Hodan Mohamed               DOB: 1990/12/04

Persons listed as household members on those applications are not subjects of this subpoena.

This subpoena duces tecum is issued pursuant to Va. Code § 19.2-208 and § 19.2-215.6 and Rule 3A:12 of the Rules of the Supreme Court of Virginia in connection with an investigation of possible violations of Va. Code § 63.2-522 and § 18.2-95.

~ Issued: March 10, 2026                    EDWARD F. JEWETT, CLERK
~                                           By: /s/ L. Carrington, Deputy Clerk
Requested by: Sarah-Beth Lowery, Assistant Commonwealth's Attorney (VSB 88214)
Office of the Commonwealth's Attorney for the City of Richmond
400 N. 9th Street, Richmond, VA 23219 · (804) 555-0181 · sarahbeth.lowery@rva.gov
""",
("district-attorney", "Office of the Commonwealth's Attorney for the City of Richmond", "Sarah-Beth Lowery",
 "Assistant Commonwealth's Attorney", "sarahbeth.lowery@rva.gov", "(804) 555-0181"),
[("Adaeze Chioma Okonkwo-Hayes", "1987-02-11", []), ("Hodan Mohamed Ali", "1990-12-04", [])],
["VA Code 19.2-208", "VA Code 19.2-215.6", "VA R 3A:12", "VA Code 63.2-522", "VA Code 18.2-95"],
("grand_jury_subpoena", None), True, "criminal_investigation",
["benefits", "claims", "identity_documents", "employment", "wages"], "mail")

# ---- baa21 born_digital, I-247A detainer to Illinois DHS state psychiatric hospital
doc("baa21", "born_digital", "I-247A detainer (removal proceedings pending) to a human-services-run state hospital, ERO Chicago",
"""DEPARTMENT OF HOMELAND SECURITY
== IMMIGRATION DETAINER – NOTICE OF ACTION
~ Subject ID: 402288915      Event #: CHI2603000912      File No: 209-144-730
~ Date: 03/18/2026
TO: (Name and Title of Institution)
    Elgin Mental Health Center (Illinois Department of Human Services), Forensic Unit – Administrator
FROM: (Department of Homeland Security Office Address)
    ICE Enforcement and Removal Operations, Chicago Field Office, Broadview Service Staging, 1930 Beach St., Broadview, IL 60155
~ Name of Alien:  KOVÁČ, Miroslav
~ Date of Birth:  02/28/1979        Citizenship: Slovakia        Sex: M

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
   [ ] a final order of removal against the alien;
   [X] the pendency of ongoing removal proceedings against the alien;
   [ ] biometric confirmation of the alien's identity and a records check of federal databases;
   [ ] statements made by the alien to an immigration officer.

2. DHS REQUESTS THAT YOU:
   [X] Notify DHS as early as practicable (at least 48 hours, if known) before the alien is released from your custody. Please notify DHS by calling the ICE Law Enforcement Support Center at (802) 555-0100 or the Chicago Field Office at (708) 555-0172.
   [ ] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released.
   [X] Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This form is issued under 8 U.S.C. §§ 1226 and 1357 and 8 C.F.R. § 287.7.

~ Jacqueline M. Thornbury, Supervisory Detention and Deportation Officer
~ (Name and title of Immigration Officer)       (Signature of Immigration Officer)

Notice: If the alien may be the victim of a crime, or you want the alien to remain in the United States for prosecution or other law enforcement purposes, please notify the ICE Law Enforcement Support Center.
Form I-247A (3/17)
""",
("dhs-ice-ero", "ICE Enforcement and Removal Operations, Chicago Field Office", "Jacqueline M. Thornbury",
 "Supervisory Detention and Deportation Officer", None, "(708) 555-0172"),
[("Miroslav Kováč", "1979-02-28", [("a_number", "A209144730"), ("other", "402288915")])],
["8 USC 1226", "8 USC 1357", "8 CFR 287.7"], ("detainer", "I-247A"), False, "civil_immigration",
["other"], "mail")

# ---- baa22 born_digital, AO 89 trial subpoena (criminal case), AUSA
doc("baa22", "born_digital", "AO 89 subpoena to testify at trial in a criminal case, documents from state Medicaid agency, AUSA requested",
"""AO 89 (Rev. 08/09) Subpoena to Testify at a Hearing or Trial in a Criminal Case
= UNITED STATES DISTRICT COURT
= for the
= Eastern District of Kentucky
~ United States of America                )
~            v.                           )   Case No. 5:25-cr-00118-KKC
~ Bobbie Jo Caudill and                   )
~ Travis Lee Napier                       )
~            Defendant                    )
== SUBPOENA TO TESTIFY AT A HEARING OR TRIAL IN A CRIMINAL CASE
To: Records Custodian, Kentucky Cabinet for Health and Family Services, Department for Medicaid Services, 275 E. Main Street, Frankfort, KY 40621

YOU ARE COMMANDED to appear in the United States district court at the time, date, and place shown below to testify in this criminal case. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

~ Place of Appearance: U.S. Courthouse, 101 Barr Street   Courtroom No.: 3
~                      Lexington, KY 40507               Date and Time: 05/04/2026 9:00 am

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):
Certified Medicaid eligibility files, provider claims paid for recipients of Caudill Family Home Health, LLC (Medicaid provider no. 7100493822), and enrollment and address records for the two defendants: BOBBIE JO CAUDILL (DOB 10/12/1972) and TRAVIS LEE NAPIER (DOB 06/06/1981), January 2021 to present. Patient names may be redacted to initials.

~ (SEAL)                                 CLERK OF COURT
~ Date: 03/20/2026                       /s/ R. Blevins, Deputy Clerk

The name, address, e-mail, and telephone number of the attorney representing the United States, who requests this subpoena, are:
Corbin H. Whitlatch, Assistant United States Attorney, 260 W. Vine Street, Suite 300, Lexington, KY 40507 · corbin.whitlatch@usdoj.gov · (859) 555-0115

The defendants are charged with health care fraud, 18 U.S.C. § 1347, and conspiracy, 18 U.S.C. § 1349. Production may be made in advance of trial under Fed. R. Crim. P. 17(c) with a declaration under Fed. R. Evid. 902(11).
""",
("doj-usao", "attorney representing the United States (Assistant United States Attorney, Lexington, KY)", "Corbin H. Whitlatch",
 "Assistant United States Attorney", "corbin.whitlatch@usdoj.gov", "(859) 555-0115"),
[("Bobbie Jo Caudill", "1972-10-12", []), ("Travis Lee Napier", "1981-06-06", [])],
["18 USC 1347", "18 USC 1349", "FRCrP 17", "FRE 902"], ("court_subpoena", "AO 89"), True,
"criminal_investigation", ["benefits", "claims", "address", "other"], "mail")

# ---- baa23 born_digital, none, IRS-CI -> state labor dept; spouse and payroll clerk bystanders
doc("baa23", "born_digital", "IRS-CI special agent letter for quarterly wage records; spouse and employer payroll clerk bystanders",
"""Internal Revenue Service
Criminal Investigation
= Atlanta Field Office – Charlotte Post of Duty
10715 David Taylor Drive, Suite 200, Charlotte, NC 28262

Date: January 29, 2026
Refer reply to: SA Tran Quoc Bao

North Carolina Department of Commerce
Division of Employment Security – Legal Section
P.O. Box 25903, Raleigh, NC 27611

Subject: Request for State Wage Information

Dear Sir or Madam:

IRS Criminal Investigation is conducting a criminal investigation of the individual named below for possible violations of 26 U.S.C. § 7201 (attempt to evade or defeat tax) and 26 U.S.C. § 7206(1) (false return). We request the following information maintained by the Division of Employment Security:

~ Taxpayer:      HOLLOWAY-GRANT, Desmond Earl
~ DOB:           1976-03-15
~ SSN (last 4):  8826

(a) Quarterly wage reports filed by any employer for the taxpayer, calendar years 2022 through 2025;
(b) The taxpayer's address(es) of record;
(c) Any unemployment claims and payments.

The taxpayer's wife, Celeste Holloway-Grant, filed jointly, but no records concerning her are requested. The taxpayer's employer, Piedmont Ridge Roofing Inc., has been contacted through its payroll clerk, Ms. Wanda Pruitt; please do not send records concerning Ms. Pruitt.

Disclosure of wage information to federal law enforcement is permitted under N.C. Gen. Stat. § 96-4(x) and 20 C.F.R. § 603.5.

Sincerely,

Tran Quoc Bao
Special Agent, IRS Criminal Investigation
Tel. 704-555-0153 · bao.tran@ci.irs.gov
""",
("irs-ci", "Internal Revenue Service, Criminal Investigation", "Tran Quoc Bao", "Special Agent",
 "bao.tran@ci.irs.gov", "704-555-0153"),
[("Desmond Earl Holloway-Grant", "1976-03-15", [("ssn_last4", "8826")])],
["26 USC 7201", "26 USC 7206", "NCGS 96-4", "20 CFR 603.5"], ("none", None), False,
"criminal_investigation", ["wages", "employment", "address", "claims"], "mail")

# ---- baa24 eml, DEA administrative subpoena (21 USC 876) to state Medicaid agency
DEA_SUB = """U.S. Department of Justice
Drug Enforcement Administration
= SUBPOENA
~ Case No.: R3-26-0044           Subpoena No.: R3-26-119872
TO: Custodian of Records, New Mexico Health Care Authority, Medical Assistance Division
    1474 Rodeo Road, Santa Fe, NM 87505

In the matter of an investigation under 21 U.S.C. § 801 et seq., you are hereby required to produce the records described below, on April 1, 2026, at 9:00 a.m., to Diversion Investigator Natalia Olmos-Barraza, DEA Albuquerque District Office, 2660 Fritts Crossing SE, Albuquerque, NM 87106.

RECORDS: All Medicaid pharmacy claims (controlled substances, Schedules II–IV) paid on behalf of recipient TSOSIE, Raymond Lee, DOB 09/25/1969, Medicaid ID 9004412861, 01/01/2024 to present, including prescriber and pharmacy identifiers, and the recipient's address of record.

This subpoena is issued pursuant to Section 506 of Public Law 91-513 (21 U.S.C. § 876). In the case of contumacy by or refusal to obey a subpoena, the Attorney General may invoke the aid of any court of the United States within the jurisdiction of which the investigation is carried on, and such court may issue an order requiring compliance.

Do not disclose the existence of this subpoena; disclosure could interfere with an ongoing criminal investigation of violations of 21 U.S.C. § 841.

~ Issued by: /s/ Patrick D. Erlanger, Assistant Special Agent in Charge     Date: 03/11/2026
"""
doc("baa24", "eml", "DEA diversion investigator email with DEA administrative subpoena PDF to state Medicaid agency", lambda: make_eml(
    "Olmos-Barraza, Natalia <natalia.olmos-barraza@dea.gov>",
    "HCA-Legal-Subpoenas@hca.nm.gov",
    "DEA Administrative Subpoena R3-26-119872",
    dt(2026, 3, 11, 16, 2, -7),
"""Good afternoon,

Please find attached DEA administrative subpoena R3-26-119872 for Medicaid pharmacy claims. A secure upload link can be provided for production. Please confirm receipt.

Natalia Olmos-Barraza
Diversion Investigator
DEA Albuquerque District Office
Office: (505) 555-0146
""",
    attachments=[("DEA_Subpoena_R3-26-119872.pdf", pdf_bytes(DEA_SUB, serif=True))]),
("doj-dea", "Drug Enforcement Administration, Albuquerque District Office", "Natalia Olmos-Barraza",
 "Diversion Investigator", "natalia.olmos-barraza@dea.gov", "(505) 555-0146"),
[("Raymond Lee Tsosie", "1969-09-25", [("other", "9004412861")])],
["21 USC 801", "PL 91-513", "21 USC 876", "21 USC 841"], ("administrative_subpoena", None), True,
"criminal_investigation", ["claims", "benefits", "address"], "email")

# ---- baa25 txt, none, USPIS -> state SNAP agency, stolen EBT cards; victims bystanders
doc("baa25", "txt", "postal inspector plain-text request about EBT card theft; two subjects, victim recipients bystanders",
"""UNITED STATES POSTAL INSPECTION SERVICE
Houston Division - Mail Theft Team
----------------------------------------------------------------------
DATE:    2026-02-23
TO:      Texas Health and Human Services Commission, Office of Inspector General
         ATTN: Law Enforcement Records
FROM:    Postal Inspector Chidi E. Nwachukwu
         Phone 713-555-0109   Email cenwachukwu@uspis.gov
RE:      Stolen Lone Star (EBT) cards - USPIS Case 4412798-MT
----------------------------------------------------------------------

USPIS is investigating the theft of mail containing replacement Lone Star
cards from cluster mailboxes in Pasadena, TX (18 U.S.C. 1708) and the use
of those cards (7 U.S.C. 2024(b)). Two suspects have been identified:

  1) DELACRUZ, Ramon Jose        DOB 04/04/1995   TX DL 40721189
  2) ORTEGA-BLAS, Xiomara        DOB 11/19/1998

Please search HHSC records for any SNAP or TANF cases on which either
suspect is a case name or household member and provide the address,
phone and EBT card history for those cases.

Also requested: EBT transaction logs (terminal ID, location, date/time)
for the following 6 card numbers reported stolen. The cardholders
(victims: Emma Whitcomb, Luis Ángel Barrera, Nguyen Thi Hoa and three
others) are NOT suspects; their records are requested only to the
extent of the transaction logs on the stolen cards.

  6015 xxxx xxxx 4417 / 6015 xxxx xxxx 9082 / 6015 xxxx xxxx 1130
  6015 xxxx xxxx 5528 / 6015 xxxx xxxx 7719 / 6015 xxxx xxxx 3306

Thank you,
Chidi E. Nwachukwu
U.S. Postal Inspector
""",
("usps-uspis", "United States Postal Inspection Service, Houston Division", "Chidi E. Nwachukwu",
 "Postal Inspector", "cenwachukwu@uspis.gov", "713-555-0109"),
[("Ramon Jose Delacruz", "1995-04-04", [("license", "40721189")]), ("Xiomara Ortega-Blas", "1998-11-19", [])],
["18 USC 1708", "7 USC 2024"], ("none", None), False, "criminal_investigation",
["benefits", "address", "phone", "other"], "email")

# ---- baa26 scanned, none, Kentucky sheriff -> child support; custodial parent bystander
doc("baa26", "scanned", "county sheriff letter to child support office for obligor address & employer; custodial parent bystander",
"""= OFFICE OF THE SHERIFF
= WARREN COUNTY, KENTUCKY
429 E. 10th Avenue, Bowling Green, KY 42101 · (270) 555-0121

February 3, 2026

Cabinet for Health and Family Services
Department for Income Support – Child Support Enforcement
730 Schenkel Lane, Frankfort, KY 40601

Dear Records Officer,

Our office holds a bench warrant for Flagrant Nonsupport, KRS 530.050, for the person listed below. We request that you provide his most recent address, telephone number and employer of record from your child support files.

  Name:  Ahmed Yusuf Jama
  DOB:   July 9, 1988
  KY OL: J04-118-227

The reporting party is the custodial parent, Ms. Ayaan Mohamud, who has given us her own information; we do not need anything on her or the children.

We believe disclosure is permitted under KRS 205.730 and 42 U.S.C. § 654(26).

Respectfully,


Deputy Sheriff Clayton R. Vance
Warrants Division
cvance@warrencountysheriff.ky.gov
""",
("sheriff", "Warren County Sheriff's Office, Kentucky", "Clayton R. Vance", "Deputy Sheriff",
 "cvance@warrencountysheriff.ky.gov", "(270) 555-0121"),
[("Ahmed Yusuf Jama", "1988-07-09", [("license", "J04118227")])],
["KRS 530.050", "KRS 205.730", "42 USC 654"], ("none", None), False, "criminal_investigation",
["address", "phone", "employment"], "mail")

# ---- baa27 eml, federal grand jury subpoena sent by legal assistant on behalf of AUSA
GJ27 = """AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
= UNITED STATES DISTRICT COURT
= for the
= District of Arizona
! SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, Arizona Department of Economic Security, 1717 W. Jefferson St., Phoenix, AZ 85007
YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury.
~ Place: Sandra Day O'Connor U.S. Courthouse, 401 W. Washington St., Phoenix, AZ 85003
~ Date and Time: 04/08/2026 9:30 am
You must also bring with you the following documents: All SNAP, TANF, and Child Care Assistance applications, case notes, household composition, reported income and employment, benefit issuance and EBT transaction histories from 01/01/2023 to present for: GUTIÉRREZ SOTO, Araceli (DOB 03/03/1982) and MAHAMUD, Abdiqani Farah (DOB 12/20/1979).
~ Date: 03/13/2026                 CLERK OF COURT  /s/ J. Redhouse, Deputy Clerk
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Daniel Ó Súilleabháin, Assistant United States Attorney, 40 N. Central Ave., Suite 1800, Phoenix, AZ 85004, daniel.osuilleabhain@usdoj.gov, (602) 555-0161
Grand Jury 25-3 (Matter No. 2025R01177)
"""
doc("baa27", "eml", "legal assistant emails AO 110 grand jury subpoena on behalf of AUSA (person = AUSA); HTML body", lambda: make_eml(
    "\"Begay, Lorraine (USAAZ)\" <lorraine.begay@usdoj.gov>",
    "DES Legal Process <legalprocess@azdes.gov>",
    "Grand Jury Subpoena - Matter 2025R01177",
    dt(2026, 3, 13, 11, 30, -7),
"""Good morning,

On behalf of AUSA Daniel Ó Súilleabháin, attached is a federal grand jury subpoena (AO 110) directed to the Arizona Department of Economic Security. In lieu of appearance, records may be produced to IRS-CI Special Agent Helena Marsh or to AUSA Ó Súilleabháin together with a completed business records certification.

Please do not disclose the existence of this subpoena.

Lorraine Begay
Legal Assistant, Criminal Division
U.S. Attorney's Office, District of Arizona
(602) 555-0175
""",
    html="""<html><body><p>Good morning,</p><p>On behalf of AUSA Daniel Ó Súilleabháin, attached is a federal grand jury subpoena (AO 110) directed to the Arizona Department of Economic Security. In lieu of appearance, records may be produced to IRS-CI Special Agent Helena Marsh or to AUSA Ó Súilleabháin together with a completed business records certification.</p><p>Please do not disclose the existence of this subpoena.</p><p>Lorraine Begay<br>Legal Assistant, Criminal Division<br>U.S. Attorney's Office, District of Arizona<br>(602) 555-0175</p></body></html>""",
    attachments=[("GJ_Subpoena_DES_2025R01177.pdf", pdf_bytes(GJ27))]),
("doj-usao", "U.S. Attorney's Office, District of Arizona", "Daniel Ó Súilleabháin",
 "Assistant United States Attorney", "daniel.osuilleabhain@usdoj.gov", "(602) 555-0161"),
[("Araceli Gutiérrez Soto", "1982-03-03", []), ("Abdiqani Farah Mahamud", "1979-12-20", [])],
[], ("grand_jury_subpoena", "AO 110"), True, "criminal_investigation",
["benefits", "claims", "employment", "wages", "other"], "email")

# ---- baa28 fax, I-205 warrant of removal with ERO cover to state labor agency
doc("baa28", "fax", "ERO fax with Form I-205 Warrant of Removal/Deportation to state workforce agency (judge checkbox present, unchecked)",
"""01/30/2026 10:44  FAX 9155550112  ICE ERO EL PASO                         PAGE 1 OF 2
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations — El Paso Field Office
11541 Montana Ave., El Paso, TX 79936

TO:    New Mexico Department of Workforce Solutions, Unemployment Insurance Tax & Claims, Records
FROM:  SDDO Héctor Quintanilla-Ruiz, (915) 555-0127
RE:    Location request — ALVARADO MEJÍA, Wilmer Antonio, A 088 412 695

The individual below is subject to a final order of removal (copy of Form I-205 attached). Pursuant to 8 U.S.C. § 1231 and 8 U.S.C. § 1357, ERO requests the last known residential address, employer name and address, and telephone number contained in your wage or claim records.

   ALVARADO MEJÍA, Wilmer Antonio — DOB 06/14/1986 — Honduras

Thank you for your cooperation.   H. Quintanilla-Ruiz, Supervisory Detention and Deportation Officer
\f
01/30/2026 10:44  FAX 9155550112  ICE ERO EL PASO                         PAGE 2 OF 2
U.S. DEPARTMENT OF HOMELAND SECURITY
== WARRANT OF REMOVAL/DEPORTATION
~ File No: A088412695                          Date: 11/04/2025
To any immigration officer of the United States Department of Homeland Security:
ALVARADO MEJÍA, Wilmer Antonio
(Full name of alien)
who entered the United States at or near Hidalgo, TX on or about 2009 is subject to removal/deportation from the United States, based upon a final order by:
   [X] an immigration judge in exclusion, deportation, or removal proceedings
   [ ] a designated official
   [ ] the Board of Immigration Appeals
   [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: Section 212(a)(6)(A)(i)
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the Appropriation "Operations and Support, U.S. Immigration and Customs Enforcement."
~ (Signature of immigration officer)   Field Office Director, El Paso
Form I-205 (Rev. 08/07)
""",
("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — El Paso Field Office",
 "Héctor Quintanilla-Ruiz", "Supervisory Detention and Deportation Officer", None, "(915) 555-0127"),
[("Wilmer Antonio Alvarado Mejía", "1986-06-14", [("a_number", "A088412695")])],
["8 USC 1231", "8 USC 1357", "INA 212"], ("administrative_warrant", "I-205"), True, "civil_immigration",
["address", "employment", "phone"], "fax")

# ---- baa29 born_digital, AO 93 federal search warrant, FBI agent, EBT records
doc("baa29", "born_digital", "AO 93 federal search and seizure warrant for SNAP/EBT records with FBI cover letter; retailer owner subject, clerk bystander",
"""= FEDERAL BUREAU OF INVESTIGATION
= Minneapolis Field Office
1501 Freeway Blvd., Brooklyn Center, MN 55430

March 19, 2026

Wisconsin Department of Health Services, Office of the Inspector General
1 W. Wilson Street, Madison, WI 53703

Re: Service of Federal Search Warrant, Case No. 26-mj-0241 (W.D. Wis.)

Please find enclosed a search and seizure warrant issued by a United States Magistrate Judge for records held by the Wisconsin Department of Health Services. Responsive records should be provided to the undersigned. Questions may be directed to me at (612) 555-0134 or mkalnins@fbi.gov.

Special Agent Marta Kalniņa-Reyes
Federal Bureau of Investigation
\f
AO 93 (Rev. 11/13) Search and Seizure Warrant
= UNITED STATES DISTRICT COURT
= for the
= Western District of Wisconsin
~ In the Matter of the Search of                       )
~ Records maintained by the Wisconsin Department of    )   Case No. 26-mj-0241
~ Health Services relating to FoodShare retailer        )
~ Lakeside Halal Market and its owner                  )
== SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following property located in the Western District of Wisconsin: records of the Wisconsin Department of Health Services (FoodShare / SNAP program), 1 W. Wilson Street, Madison, WI.

The property to be seized: FoodShare case files, EBT transaction data, and address and contact records concerning WARSAME, Hassan Abdullahi (DOB 01/05/1975), owner of Lakeside Halal Market, including any FoodShare benefits received by him personally, 2023 to present, which are evidence of violations of 7 U.S.C. § 2024(b) and 18 U.S.C. § 1349. Records relating to the store's cashier, Hibaaq Nur, who is a cooperating witness, are excluded.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above.

YOU ARE COMMANDED to execute this warrant on or before April 2, 2026 in the daytime 6:00 a.m. to 10:00 p.m. The officer executing this warrant must prepare an inventory as required by law and promptly return this warrant and inventory to the United States Magistrate Judge on duty. (Fed. R. Crim. P. 41)

~ Date and time issued: 03/18/2026 2:15 pm        ______________________________
~                                                  Judge's signature
~ City and state: Madison, Wisconsin              Hon. Anita L. Brenneman, U.S. Magistrate Judge
""",
("doj-fbi", "Federal Bureau of Investigation, Minneapolis Field Office", "Marta Kalniņa-Reyes",
 "Special Agent", "mkalnins@fbi.gov", "(612) 555-0134"),
[("Hassan Abdullahi Warsame", "1975-01-05", [])],
["7 USC 2024", "18 USC 1349", "FRCrP 41"], ("judicial_warrant", "AO 93"), True,
"criminal_investigation", ["benefits", "claims", "address", "phone", "other"], "mail")

# ---- baa30 eml, California search warrant attached, city police detective -> EDD
CAWARR = """= SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO
== SEARCH WARRANT
~ No. SW26-00871
THE PEOPLE OF THE STATE OF CALIFORNIA, TO ANY PEACE OFFICER IN THE COUNTY OF FRESNO:
Proof by affidavit having been made before me by Detective Ysabel Navarrete-Luna, Fresno Police Department, that there is probable cause to believe that the property described herein may be found at the location set forth herein and that it is lawfully seizable pursuant to Penal Code § 1524(a)(2) and (3), as indicated below:
YOU ARE THEREFORE COMMANDED to search: Employment Development Department, Investigation Division, 800 Capitol Mall, Sacramento, CA 95814
FOR THE FOLLOWING PROPERTY: Unemployment Insurance and Disability Insurance claim records, payment histories, Bank of America prepaid card records, IP addresses and login records, and the mailing addresses and telephone numbers on file, 01/01/2024 to present, for:
~ MORALES VEGA, Cristian Eduardo    DOB 08/01/1994   CA DL D4471820
~ NAVARRO, Jennifer Ann             DOB 12/12/1997
This warrant is issued in compliance with Penal Code § 1546.1 (CalECPA). Evidence relates to violations of Unemployment Insurance Code § 2101 and Penal Code § 530.5.
Given under my hand and dated this 4th day of March, 2026.
~ ______________________________  Judge of the Superior Court   Hon. Gregory T. Ashby
"""
doc("baa30", "eml", "Fresno PD detective email with California state search warrant PDF to EDD; 2 subjects", lambda: make_eml(
    "Ysabel Navarrete-Luna <ysabel.navarrete-luna@fresno.gov>",
    "EDD Investigation Division <edd.id.warrants@edd.ca.gov>",
    "Search warrant SW26-00871 - FPD case 26-019944",
    dt(2026, 3, 4, 17, 15, -8),
"""Hello EDD Investigation Division,

Attached is a signed search warrant (SW26-00871) from Fresno County Superior Court for UI/DI claim records on two suspects in an identity theft / EDD fraud case (FPD case 26-019944). Mr. Morales Vega's mother, who is listed as an emergency contact on one of the claims, is not a suspect and no records on her are needed.

Please send the records to my email or call me with questions.

Det. Ysabel Navarrete-Luna #1183
Fresno Police Department, Economic Crimes
(559) 555-0144

""" + CONF,
    attachments=[("SW26-00871_signed.pdf", pdf_bytes(CAWARR, serif=True))]),
("local-police", "Fresno Police Department", "Ysabel Navarrete-Luna", "Detective",
 "ysabel.navarrete-luna@fresno.gov", "(559) 555-0144"),
[("Cristian Eduardo Morales Vega", "1994-08-01", [("license", "D4471820")]),
 ("Jennifer Ann Navarro", "1997-12-12", [])],
["CA PC 1524", "CA PC 1546.1", "CA UI Code 2101", "CA PC 530.5"], ("judicial_warrant", None), True,
"criminal_investigation", ["claims", "benefits", "address", "phone", "other"], "email")

# ---- baa31 born_digital, NC subpoena (criminal) to DSS, DA requested; household members bystanders
doc("baa31", "born_digital", "North Carolina criminal subpoena (AOC-G-100 style) to county DSS requested by ADA; household table bystanders",
"""~ STATE OF NORTH CAROLINA                                File No. 25 CRS 004512
~ County of Mecklenburg                       In The General Court Of Justice
~                                             Superior Court Division
~ STATE VERSUS: NOVAK, Petra Ludmila
== SUBPOENA
[X] Produce documents (Subpoena Duces Tecum)
TO: Custodian of Records, Mecklenburg County Department of Social Services, Economic Services, 2823 Beatties Ford Road, Charlotte, NC 28216

YOU ARE COMMANDED to appear and produce the following at the Mecklenburg County Courthouse, 832 E. 4th Street, Charlotte, Courtroom 5350, on April 20, 2026 at 9:30 AM:

All Food and Nutrition Services (FNS), Work First, Medicaid and subsidized child care applications, recertifications, income and employment verifications, and issuance histories for the case of PETRA LUDMILA NOVAK, DOB 03/27/1983, case no. 912004837, 2022 to present.

The case also lists the following household members. They are not defendants; produce only the household composition page as it relates to them:
~  Name                   DOB          Relationship
~  Jakub Novak            2011-05-14   son
~  Eliška Novak           2015-09-02   daughter
~  Ronald Pettiford       1979-01-30   boyfriend / unreported income source

This subpoena is issued under G.S. 15A-801 and G.S. 1A-1, Rule 45, in the prosecution of the defendant for Obtaining Property by False Pretenses, G.S. 14-100, and public assistance fraud, G.S. 108A-39.

~ Date: 03/05/2026     Signature: /s/ Kiara M. Thibodeaux     [X] Assistant District Attorney  [ ] Clerk of Superior Court
Name and address of party requesting subpoena:
Kiara M. Thibodeaux, Assistant District Attorney, Office of the District Attorney, 26th Prosecutorial District, 700 E. Trade Street, Charlotte, NC 28202 · (704) 555-0186 · kiara.m.thibodeaux@nccourts.org
AOC-G-100, Rev. 4/24
""",
("district-attorney", "Office of the District Attorney, 26th Prosecutorial District (Mecklenburg County)",
 "Kiara M. Thibodeaux", "Assistant District Attorney", "kiara.m.thibodeaux@nccourts.org", "(704) 555-0186"),
[("Petra Ludmila Novak", "1983-03-27", [("other", "912004837")])],
["NCGS 15A-801", "NC CivP 45", "NCGS 14-100", "NCGS 108A-39"], ("court_subpoena", "AOC-G-100"), True,
"criminal_investigation", ["benefits", "claims", "employment", "wages"], "mail")

# ---- baa32 eml, Colorado court order obtained by CBI agent, attached PDF
COORD = """~ DISTRICT COURT, EL PASO COUNTY, COLORADO
~ 270 S. Tejon Street, Colorado Springs, CO 80903
~ THE PEOPLE OF THE STATE OF COLORADO
~ v.                                                      ▲ COURT USE ONLY ▲
~ Defendant: LOPEZ-ARCHULETA, Dominic Ray                 Case No. 25CR6613   Div. 10
== ORDER FOR PRODUCTION OF RECORDS
THE COURT, having reviewed the People's Motion for Production of Records, FINDS that the records requested are material to the prosecution of the Defendant for theft, C.R.S. § 18-4-401, and forgery, C.R.S. § 18-5-102, and that disclosure is authorized under C.R.S. § 8-72-107.
IT IS ORDERED that the Colorado Department of Labor and Employment, Division of Unemployment Insurance, produce to Agent Serena Vukovich of the Colorado Bureau of Investigation within 21 days: all unemployment insurance claims, payment records, deposit account information, and employer wage records for DOMINIC RAY LOPEZ-ARCHULETA, DOB 02/09/1989, Colorado DL 09-118-4402, from January 1, 2024 to the present.
Records concerning the Defendant's employer's principal (Trent Oakley, Oakley Masonry LLC) are not within this Order.
Dated: March 12, 2026.                BY THE COURT:
~                                     ______________________________
~                                     District Court Judge Ángela P. Montoya
"""
doc("baa32", "eml", "CBI agent email with attached Colorado district court order for CDLE UI records; employer owner bystander", lambda: make_eml(
    "Serena Vukovich - CDPS <serena.vukovich@state.co.us>",
    "CDLE Legal Records <cdle_legalrecords@state.co.us>",
    "Court Order 25CR6613 - request for UI records",
    dt(2026, 3, 12, 15, 55, -6),
"""Hi,

I'm an agent with the Colorado Bureau of Investigation assigned to the financial crimes unit. Attached is a signed court order from El Paso County District Court (25CR6613) for UI claim and wage records. The DA's office (4th JD) asked me to serve it on CDLE.

Could you let me know an estimated turnaround?

Thank you,

Serena Vukovich
Agent, Investigations Section
Colorado Bureau of Investigation
690 Kipling Street, Lakewood, CO 80215
c: 303-555-0103
""",
    attachments=[("25CR6613_Order_CDLE.pdf", pdf_bytes(COORD))]),
("state-police", "Colorado Bureau of Investigation", "Serena Vukovich", "Agent",
 "serena.vukovich@state.co.us", "303-555-0103"),
[("Dominic Ray Lopez-Archuleta", "1989-02-09", [("license", "091184402")])],
["CRS 18-4-401", "CRS 18-5-102", "CRS 8-72-107"], ("court_order", None), True,
"criminal_investigation", ["claims", "wages", "employment", "other"], "email")


# =========================================================================== main
def main():
    assert len(DOCS) == 32, len(DOCS)
    for f in os.listdir(OUT):
        if f.startswith("baa") and not f.endswith(".py"):
            os.remove(os.path.join(OUT, f))
    ext = {"born_digital": "pdf", "scanned": "pdf", "fax": "tif", "eml": "eml", "txt": "txt"}
    for d in DOCS:
        path = os.path.join(OUT, "%s.%s" % (d["id"], ext[d["fmt"]]))
        c = d["content"]
        if d["fmt"] == "born_digital":
            render_pdf(c, path)
        elif d["fmt"] == "scanned":
            write_scanned(c, path, d["id"])
        elif d["fmt"] == "fax":
            write_fax(c, path, d["id"])
        elif d["fmt"] == "eml":
            with open(path, "wb") as f:
                f.write(bytes(c()))
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(c)
        with open(os.path.join(OUT, d["id"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(d["label"], f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(d["id"], d["fmt"], os.path.getsize(path))


if __name__ == "__main__":
    main()
