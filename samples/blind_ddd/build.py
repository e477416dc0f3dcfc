"""Independent blind test set 'blind-ddd'. Writes every file deterministically into this folder.
Run: /work/main/.venv/bin/python build.py
"""
import json, os, random, subprocess, tempfile, io, glob
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_ddd"
os.makedirs(TMP, exist_ok=True)
SEED = 4242
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("Sans", "DejaVuSans.ttf"), ("SansB", "DejaVuSans-Bold.ttf"), ("Serif", "DejaVuSerif.ttf"),
             ("SerifB", "DejaVuSerif-Bold.ttf"), ("Mono", "DejaVuSansMono.ttf"), ("MonoB", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))

# ---------------------------------------------------------------- rendering
def make_pdf(path, pages, font="Sans", size=10, title="document"):
    """pages: list of strings. Line markup: '!C ' centred bold, '!B ' bold, '!R ' right, '!H ' big centred bold,
    '---' rule, '!S ' small text."""
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle(title)
    W, H = letter
    lm, rm = 60, 60
    for ptxt in pages:
        y = H - 60
        for raw in ptxt.split("\n"):
            f, s, align, txt = font, size, "L", raw
            if raw.startswith("!H "):
                f, s, align, txt = font + "B", size + 4, "C", raw[3:]
            elif raw.startswith("!C "):
                f, align, txt = font + "B", "C", raw[3:]
            elif raw.startswith("!B "):
                f, txt = font + "B", raw[3:]
            elif raw.startswith("!R "):
                align, txt = "R", raw[3:]
            elif raw.startswith("!S "):
                s, txt = size - 2, raw[3:]
            if raw.strip() == "---":
                c.line(lm, y + 3, W - rm, y + 3)
                y -= s * 0.9
                continue
            # wrap
            words = txt.split(" ")
            lines, cur = [], ""
            for w in words:
                t = (cur + " " + w) if cur else w
                if pdfmetrics.stringWidth(t, f, s) > W - lm - rm and cur:
                    lines.append(cur)
                    cur = w
                else:
                    cur = t
            lines.append(cur)
            indent = len(txt) - len(txt.lstrip(" "))
            for i, ln in enumerate(lines):
                c.setFont(f, s)
                if align == "C":
                    c.drawCentredString(W / 2, y, ln)
                elif align == "R":
                    c.drawRightString(W - rm, y, ln)
                else:
                    c.drawString(lm + indent * pdfmetrics.stringWidth(" ", f, s), y, ln.lstrip(" ") if i == 0 else ln)
                y -= s * 1.35
                if y < 50:
                    c.showPage(); y = H - 60
        c.showPage()
    c.save()


def raster(pdf, dpi):
    base = os.path.join(TMP, os.path.basename(pdf)[:-4] + "_r")
    for f in glob.glob(base + "*"):
        os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, base], check=True)
    return [Image.open(f).convert("L") for f in sorted(glob.glob(base + "*.png"))]


def degrade(img, rng, angle, grey=225, noise=14, turn=0):
    a = np.asarray(img).astype(np.float32)
    a = grey / 255.0 * a  # grey paper
    a += np.asarray(rng.normal(0, noise, a.shape), dtype=np.float32) if False else 0
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    a = a + nrng.normal(0, noise, a.shape)
    # speckles
    m = nrng.random(a.shape) < 0.0008
    a[m] = 30
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=grey - 20)
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    if turn:
        im = im.rotate(turn, expand=True)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=45)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def write_scanned(path, pdf, rng, turns):
    imgs = raster(pdf, 200)
    out = []
    for i, im in enumerate(imgs):
        ang = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
        out.append(degrade(im, rng, ang, turn=turns[i] if i < len(turns) else 0))
    out = [o.resize((o.width * 3 // 4, o.height * 3 // 4)) for o in out]
    out[0].save(path, "PDF", resolution=150, save_all=True, append_images=out[1:], creationDate=__import__("time").gmtime(1773964800), modDate=__import__("time").gmtime(1773964800))


def write_fax(path, pdf, rng, header):
    imgs = raster(pdf, 200)
    pages = []
    try:
        fnt = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 26)
    except Exception:
        fnt = ImageFont.load_default()
    for i, im in enumerate(imgs):
        ang = rng.uniform(-0.8, 0.8)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        if header:
            d = ImageDraw.Draw(im)
            d.rectangle([0, 0, im.width, 40], fill=255)
            d.text((30, 8), header + "   P.%03d/%03d" % (i + 1, len(imgs)), font=fnt, fill=0)
        a = np.asarray(im).astype(np.float32)
        nr = np.random.default_rng(rng.randint(0, 10**6))
        a = a + nr.normal(0, 25, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1")
        pages.append(im)
    pages[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=pages[1:])


def img_bytes(pdf, rng, fmt):
    im = raster(pdf, 150)[0]
    im = degrade(im, rng, rng.uniform(-1.2, 1.2), grey=240, noise=8)
    buf = io.BytesIO()
    if fmt == "JPEG":
        im.save(buf, "JPEG", quality=60)
    else:
        im = raster(pdf, 120)[0].point(lambda v: 0 if v < 160 else 255).convert("1")
        im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def mkmsg(frm, to, subject, date, body=None, html=None, cc=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or "<%s>" % (abs(hash(subject)) % 10**9)
    if body is not None and html is not None:
        m.set_content(body)
        m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
    return m


def D(y, mo, d, h=9, mi=0):
    return format_datetime(datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=-7))))


# ---------------------------------------------------------------- labels
def R(key, name, person, title, email=None, phone=None):
    return dict(agency_key=key, agency_name=name, person=person, title=title, email=email, phone=phone)


def S(name, dob=None, *ids):
    return dict(name=name, dob=dob, identifiers=[dict(type=t, value=v) for t, v in ids])


def P(t, form=None):
    return dict(type=t, court_issued=t in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"), form=form)


DOCS = []


def doc(**kw):
    DOCS.append(kw)

# =============================================================== documents (none)
doc(fmt="born_digital", template="ICE ERO field office letter to DMV, two subjects with A-numbers", channel="mail",
    requestor=R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations", "Kyle D. Marchetti", "Deportation Officer", "kyle.marchetti@ice.dhs.gov", "(303) 555-0147"),
    subjects=[S("Luis Alberto Gómez Ibáñez", "1988-04-17", ("a_number", "A208441937"), ("license", "142035567")),
              S("María Fernanda Núñez de la Cruz", "1991-11-02", ("a_number", "A201557846"))],
    basis=["INA 287", "8 USC 1357", "8 CFR 287"], process=P("none"), attached=False, purpose="civil_immigration",
    records=["address", "photo", "vehicle"], font="Serif",
    pages=["""!C U.S. Department of Homeland Security
!C U.S. Immigration and Customs Enforcement
!C Enforcement and Removal Operations — Denver Field Office
!S 12445 E. Caley Avenue, Centennial, CO 80111
!S Field Office Director: Rebecca L. Thornbury     |     Assistant Field Office Director: Omar J. Haddad
---

March 9, 2026

VIA U.S. MAIL

Colorado Department of Revenue
Division of Motor Vehicles
Attn: Records Custodian / Law Enforcement Requests
1881 Pierce Street
Lakewood, CO 80214

RE: Request for Records — For Official Use Only
Our ref.: DEN-ERO-26-03114

Dear Records Custodian:

Pursuant to the authority contained in section 287 of the Immigration and Nationality Act, 8 U.S.C. § 1357, and part 287 of title 8, Code of Federal Regulations, U.S. Immigration and Customs Enforcement (ICE) respectfully requests that your office provide the most recent residential and mailing address on file, the current driver license or identification card photograph, and any vehicles registered to the following individuals:

  1.  GÓMEZ IBÁÑEZ, Luis Alberto
      DOB: 04/17/1988     A-Number: A 208 441 937     CO DL No.: 14-203-5567

  2.  NÚÑEZ DE LA CRUZ, María Fernanda
      DOB: 11/02/1991     A-Number: A 201 557 846     CO DL No.: none located

This information is requested for official use only and will be safeguarded in accordance with DHS policy. Please return any responsive records to the undersigned at the address above or by e-mail.

Should you have any questions regarding this request, please contact me at (303) 555-0147 or kyle.marchetti@ice.dhs.gov.

Respectfully,

(signed)
Kyle D. Marchetti
Deportation Officer
Denver Field Office, Fugitive Operations Team 2

cc: File
!S WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552)."""])
# note: 5 USC 552 (FOIA) appears in the footer -> labelled too
DOCS[-1]["basis"].append("5 USC 552")

doc(fmt="eml", template="short plain-text email from municipal auto-theft detective", channel="email",
    requestor=R("local-police", "Aurora Police Department", "Sarah Okafor", "Detective", "sokafor@auroragov.org", "303-555-0188"),
    subjects=[S("Dmitri Olegovich Volkov", "1990-07-23", ("license", "098841276"))],
    basis=["CRS 18-4-409"], process=P("none"), attached=False, purpose="criminal_investigation",
    records=["vehicle", "address"],
    eml=dict(kind="plain", frm="Okafor, Sarah <sokafor@auroragov.org>", to="DOR_DMV.LErequests@state.co.us",
             subject="Registration/owner info - APD case 26-004512", date=D(2026, 3, 4, 8, 12),
             body="""Good morning,

I'm working an aggravated motor vehicle theft case (C.R.S. 18-4-409), APD case 26-004512. Victim is Janet Pruitt, her 2021 Tacoma was recovered on a plate that came back to a different vehicle.

Could you pull the registration history on CO plate BXT-419 and anything registered under:

VOLKOV, Dmitri Olegovich
DOB 1990-07-23
CO DL 09-884-1276

I mostly need the current address on his DL and whatever vehicles he has titled/registered. Happy to send a records request form if you need one.

Thanks,
Det. Sarah Okafor #2231
Auto Theft Unit | Aurora Police Department
15001 E. Alameda Pkwy, Aurora CO 80012
Desk 303-555-0188
"""))

doc(fmt="eml", template="HTML-only email from HSI special agent, three subjects, document fraud", channel="email",
    requestor=R("dhs-ice-hsi", "Homeland Security Investigations (HSI) Salt Lake City", "Tuan Q. Pham", "Special Agent", "tuan.pham@ice.dhs.gov", "801-555-0132"),
    subjects=[S("Abdirahman Yusuf Hassan", "1985-02-14"), S("Farhiya Ali Warsame", "1993-09-30"),
              S("Jorge Enrique Salazar-Ruiz", "1979-12-05", ("ssn_last4", "4471"))],
    basis=["18 USC 1546", "18 USC 1028"], process=P("none"), attached=False, purpose="criminal_investigation",
    records=["wages", "employment"],
    eml=dict(kind="html", frm='"Pham, Tuan Q" <tuan.pham@ice.dhs.gov>', to="DWS Records <dwsrecords@utah.gov>",
             subject="HSI request - quarterly wage data (SLC case SL14QR26SL0009)", date=D(2026, 3, 6, 13, 40),
             html="""<html><body style="font-family:Calibri,Arial">
<p>Good afternoon,</p>
<p>HSI Salt Lake City is conducting a criminal investigation into the fraudulent procurement and use of immigration documents
(<b>18 U.S.C. &sect; 1546</b>) and identity documents (<b>18 U.S.C. &sect; 1028</b>) at a meat processing employer in Cache County
(Wasatch Poultry Processing LLC). I am requesting quarterly wage records and the reporting employer(s), 2023 Q1 to present, for:</p>
<table border="1" cellpadding="4">
<tr><th>Name</th><th>DOB</th><th>SSN</th></tr>
<tr><td>HASSAN, Abdirahman Yusuf</td><td>02/14/1985</td><td>unknown</td></tr>
<tr><td>WARSAME, Farhiya Ali</td><td>09/30/1993</td><td>unknown</td></tr>
<tr><td>SALAZAR-RUIZ, Jorge Enrique</td><td>12/05/1979</td><td>xxx-xx-4471</td></tr>
</table>
<p>The plant's HR manager, Dale Kimball, is cooperating and is not a subject. Please let me know if a subpoena is required by your office.</p>
<p>V/r,<br>
Tuan Q. Pham<br>Special Agent<br>Homeland Security Investigations &ndash; Salt Lake City<br>
U.S. Immigration and Customs Enforcement<br>Office: 801-555-0132 | Cell: 801-555-0199<br>tuan.pham@ice.dhs.gov</p>
<p style="font-size:8pt;color:gray">This communication may contain Law Enforcement Sensitive information. If you received it in error, delete it and notify the sender.</p>
</body></html>"""))

doc(fmt="txt", template="online portal submission from sheriff's deputy, no reason given", channel="email",
    requestor=R("sheriff", "El Paso County Sheriff's Office", "Marcus T. Bell", "Deputy", "marcus.bell@epcso.co.us", "719-555-0163"),
    subjects=[S("Rosa Imelda Espinoza", "1977-06-21")],
    basis=[], process=P("none"), attached=False, purpose="unknown", records=["address", "photo"],
    text="""==================================================================
 COLORADO DMV - LAW ENFORCEMENT RECORDS REQUEST (ONLINE PORTAL)
==================================================================
Submission ID ......... LER-2026-00871
Submitted ............. 2026-03-11 14:22 MST
Delivered to .......... dmvrecords@state.co.us (e-mail notification)

REQUESTER
  Agency .............. El Paso County Sheriff's Office
  Division/Unit ....... Patrol - District 2
  Name ................ Deputy Marcus T. Bell
  Badge/ID ............ 4410
  Phone ............... 719-555-0163
  E-mail .............. marcus.bell@epcso.co.us
  Supervisor .......... Sgt. Lorraine Quintana

SUBJECT #1
  Last name ........... ESPINOZA
  First name .......... Rosa
  Middle .............. Imelda
  Date of birth ....... 06/21/1977
  DL / ID number ...... (not provided)

RECORDS REQUESTED
  [X] Current residential address
  [X] DL/ID photograph
  [ ] Vehicle registration
  [ ] Driving history

Case / incident no. ... (blank)
Statutory authority ... (blank)
Reason for request .... need current address to make contact

By submitting, I certify this request is for a permissible law enforcement purpose.
------------------------------------------------------------------
""")

doc(fmt="fax", template="faxed state labor-department law enforcement request form filled by FBI agent", channel="fax",
    requestor=R("doj-fbi", "Federal Bureau of Investigation, Denver Field Office", "Danielle M. Ferreira", "Special Agent", "dmferreira@fbi.gov", "303-555-0119"),
    subjects=[S("Piotr Andrzej Kowalczyk", "1982-03-04", ("ssn_last4", "6620")), S("Anna Kowalczyk", "1984-08-19")],
    basis=["CRS 8-72-107", "20 CFR 603", "18 USC 1343"], process=P("none"), attached=False, purpose="criminal_investigation",
    records=["wages", "employment", "claims"], font="Sans", fax_header="MAR-05-2026 10:14  FBI DENVER 303 555 0100",
    pages=["""!H FAX TRANSMITTAL
FROM:  SA Danielle M. Ferreira, FBI Denver — Squad WC-3
TO:    CDLE Unemployment Insurance — Records Unit
FAX:   303-555-0177        PAGES (incl. cover): 2
DATE:  03/05/2026
RE:    Law enforcement request form attached

!S CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain information from the Federal Bureau of Investigation that is law enforcement sensitive. If you are not the intended recipient, notify the sender at 303-555-0119 and destroy all copies.""",
"""!C COLORADO DEPARTMENT OF LABOR AND EMPLOYMENT
!C REQUEST FOR CONFIDENTIAL UI INFORMATION — LAW ENFORCEMENT
!S Form UIB-LE-7 (rev. 01/2024)
!S Information is confidential under C.R.S. § 8-72-107 and 20 C.F.R. Part 603 and may be used only for the purpose stated below.
---
!B Section 1 — Requesting agency
Agency: Federal Bureau of Investigation, Denver Field Office
Officer name: Danielle M. Ferreira          Title: Special Agent
Phone: 303-555-0119        E-mail: dmferreira@fbi.gov
Address: 8000 E. 36th Ave, Denver, CO 80238
!B Section 2 — Individual(s)
Name (Last, First, Middle): KOWALCZYK, Piotr Andrzej     DOB: 1982-03-04     SSN (last 4): 6620
Name (Last, First, Middle): KOWALCZYK, Anna              DOB: 1984-08-19     SSN (last 4): ____
!B Section 3 — Information requested
[X] Wage records (quarters): 2024Q1 – 2025Q4     [X] Employer name/address
[X] UI claim history     [ ] Claimant address only     [ ] Payment records
!B Section 4 — Purpose
[X] Criminal investigation — describe: wire fraud, 18 U.S.C. § 1343 (FBI case 196D-DN-3981022)
[ ] Required by state or federal law — cite: ______
!B Section 5 — Certification
I certify that the information will be used only for the purpose stated above and will not be used for civil immigration enforcement.
Signature: D. M. Ferreira          Date: 03/05/2026
!S For CDLE use only:  Received ____  Approved/Denied ____  Supervisor ____"""])

doc(fmt="born_digital", template="U.S. Marshals letter to corrections, fugitive, warrant referenced not attached", channel="mail",
    requestor=R("doj-usms", "United States Marshals Service, District of Colorado", "Kristen O. Haugland", "Deputy U.S. Marshal", "kristen.haugland@usdoj.gov", "303-555-0151"),
    subjects=[S("Tremaine Lamar Whitfield", "1994-05-30", ("other", "178832"))],
    basis=["28 USC 566", "18 USC 3583"], process=P("none"), attached=False, purpose="criminal_investigation",
    records=["address", "phone", "photo", "other"], font="Serif",
    pages=["""!C UNITED STATES DEPARTMENT OF JUSTICE
!C UNITED STATES MARSHALS SERVICE
!C District of Colorado
!S Alfred A. Arraj U.S. Courthouse, 901 19th Street, Denver, CO 80294
!S David A. Renner, United States Marshal
---
!R 10 March 2026

Colorado Department of Corrections
Office of Offender Records
2862 South Circle Drive
Colorado Springs, CO 80906

Re: Request for information — federal fugitive
USMS Warrant No. 2625-0311-0388-D

To the Records Supervisor:

The United States Marshals Service, Colorado Violent Offender Task Force, is seeking to locate Tremaine Lamar WHITFIELD (a/k/a "T-Bone"), date of birth 30 May 1994, CDOC No. 178832, who is the subject of a federal arrest warrant issued by the U.S. District Court for the District of Colorado for violation of the conditions of supervised release (18 U.S.C. § 3583). A copy of the warrant is available on request.

Under 28 U.S.C. § 566(e)(1)(B) the Marshals Service is authorized to investigate fugitive matters. We request the following from WHITFIELD's parole and institutional file: last reported residence and phone number, parole officer contact notes listing associates' addresses, his most recent photograph, and his approved visitor list.

Please direct any questions, and the response, to me.

Sincerely,

Kristen O. Haugland
Deputy U.S. Marshal
Colorado Violent Offender Task Force
Tel. 303-555-0151  |  kristen.haugland@usdoj.gov

cc: SDUSM Frank Almeida"""])

doc(fmt="eml", template="clerk forwards ERO deportation officer email as attached message/rfc822", channel="email",
    requestor=R("dhs-ice-ero", "ICE ERO Denver", "Anthony J. Caruso", "Deportation Officer", "anthony.caruso@ice.dhs.gov", "720-555-0114"),
    subjects=[S("Van Hieu Duong", "1986-10-12", ("a_number", "A099312455"))],
    basis=[], process=P("none"), attached=False, purpose="civil_immigration", records=["address", "phone"],
    eml=dict(kind="forward",
             frm="Linda Ruiz <linda.ruiz@state.co.us>", to="CDHS Records Intake <cdhs_records_intake@state.co.us>",
             subject="FW: address request - DUONG", date=D(2026, 3, 12, 9, 3),
             body="""Forwarding the request below for the log -- it came to my inbox instead of the intake box. Nothing has been released.

Linda Ruiz
Administrative Assistant III, Food & Energy Assistance
Colorado Department of Human Services
""",
             inner=dict(frm="Caruso, Anthony J <anthony.caruso@ice.dhs.gov>", to="linda.ruiz@state.co.us",
                        subject="address request - DUONG", date=D(2026, 3, 11, 16, 47),
                        body="""Ms. Ruiz,

Per our call, I am requesting any current address and phone number in your benefits case records for:

DUONG, Van Hieu
DOB: 10/12/1986
A# 099 312 455

This is for official use only. Thank you for your help.

Anthony J. Caruso
Deportation Officer
ICE ERO Denver
Desk: 720-555-0114
""")))

doc(fmt="scanned", template="county attorney investigator letter for UI claim records (Arizona), scanned", channel="mail",
    requestor=R("district-attorney", "Maricopa County Attorney's Office", "Gregory P. Antczak", "Criminal Investigator", "gantczak@mcao.maricopa.gov", "602-555-0126"),
    subjects=[S("Ramón Esteban Ibarra-Quiñones", "1987-03-04")],
    basis=["ARS 23-722", "ARS 13-2310", "20 CFR 603.5"], process=P("none"), attached=False, purpose="criminal_investigation",
    records=["claims", "benefits", "wages", "address"], font="Serif", turns=[0, 180],
    pages=["""!H MARICOPA COUNTY ATTORNEY
!C Rachel M. Solano, County Attorney
!S 225 West Madison Street, Phoenix, Arizona 85003  ·  Special Crimes Bureau
---

March 2, 2026

Arizona Department of Economic Security
Unemployment Insurance Administration — Special Investigations
P.O. Box 6123, Site Code 702B
Phoenix, AZ 85005

Re:  MCAO Investigation No. SC-2026-0419
     Subject: IBARRA-QUIÑONES, Ramón Esteban — DOB March 4, 1987

Dear Investigations Unit:

This office is investigating a fraudulent scheme (A.R.S. § 13-2310) in which unemployment insurance benefits were claimed in the names of current employees of Desert Bloom Nurseries, Inc. The owner of Desert Bloom, Ms. Katherine Lowry, reported the claims and is a victim in this matter, not a subject.

Pursuant to A.R.S. § 23-722 and 20 C.F.R. § 603.5(i), we request, for the subject named above:""",
"""  (a) all UI claims filed since January 1, 2024, including the claimant address, phone, IP address and bank routing information used;
  (b) benefit payment history; and
  (c) base-period wage records and employers.

The information will be used solely for this criminal investigation and prosecution.

Please contact me with any questions.

Sincerely,

Gregory P. Antczak
Criminal Investigator, Special Crimes Bureau
Maricopa County Attorney's Office
(602) 555-0126   gantczak@mcao.maricopa.gov

cc: Deputy County Attorney Felicia N. Ortega"""])

doc(fmt="txt", template="state patrol web-form request, hit-and-run", channel="email",
    requestor=R("state-police", "Washington State Patrol", "Alicia N. Rahimi", "Trooper", "arahimi@wsp.wa.gov", "360-555-0172"),
    subjects=[S("Bogdan Ivanovych Shevchenko", "1996-01-09", ("license", "WDL7P2KX81B"))],
    basis=["RCW 46.52.020"], process=P("none"), attached=False, purpose="criminal_investigation",
    records=["photo", "address", "license"],
    text="""From: DOL Law Enforcement Portal <no-reply@dol.wa.gov>
To: LE Records Unit <lerecords@dol.wa.gov>
Date: Fri, 13 Mar 2026 06:51:02 -0800
Subject: [LE Portal] New request #WA-LE-0032217

A new law enforcement request has been submitted.

Requesting officer:  Trooper Alicia N. Rahimi  (Badge 1187)
Agency:              Washington State Patrol - District 1, Tacoma
Phone:               360-555-0172
Email:               arahimi@wsp.wa.gov

Subject name:        SHEVCHENKO, BOGDAN IVANOVYCH
Date of birth:       1996-01-09
License/ID no.:      WDL7P2KX81B

Items:               DL photo; residential address; license status/endorsements

Case number:         WSP 26-008841
Offense/authority:   Hit and run - injury collision, RCW 46.52.020
Notes:               Registered owner of striking vehicle. Witness (Mr. Carlos Benavides) gave partial plate; need photo for montage.

-- 
This message was generated automatically. Do not reply.
""")

doc(fmt="eml", template="multipart/alternative email from DEA task force officer, two subjects", channel="email",
    requestor=R("doj-dea", "Drug Enforcement Administration, Denver Field Division", "Miguel Ángel Cortés", "Task Force Officer", "miguel.a.cortes@dea.gov", "720-555-0156"),
    subjects=[S("Héctor Javier Ochoa Villalobos", "1983-08-23"), S("Yesenia Ochoa", "1987-02-01")],
    basis=["21 USC 841", "21 USC 846"], process=P("none"), attached=False, purpose="criminal_investigation",
    records=["vehicle", "address", "photo"],
    eml=dict(kind="alt", frm="Cortes, Miguel A. <miguel.a.cortes@dea.gov>", to="dmv_le_requests@state.co.us",
             cc="Group Supervisor Ryan Castellano <ryan.castellano@dea.gov>",
             subject="RE: info request - Ochoa (OCDETF)", date=D(2026, 3, 16, 11, 5),
             body="""Thanks for getting back to me so fast. As requested, here is the info in writing.

We are investigating violations of Title 21, United States Code, Sections 841 and 846 (distribution of and conspiracy to distribute methamphetamine). I'm requesting registered vehicles, address on record, and DL photos for:

1) OCHOA VILLALOBOS, Héctor Javier - DOB 23 Aug 1983
2) OCHOA, Yesenia - DOB 1 Feb 1987

Please do not contact the subjects.

TFO Miguel Ángel Cortés
DEA Denver Field Division, Enforcement Group 4
(Detective, Lakewood PD - assigned)
O: 720-555-0156

-----Original Message-----
From: DMV LE Requests <dmv_le_requests@state.co.us>
Sent: Monday, March 16, 2026 10:31 AM
Subject: RE: info request - Ochoa (OCDETF)

Officer Cortés - please send the request by e-mail with the subjects' identifiers and the reason. - DMV Records

CONFIDENTIALITY: This e-mail may contain law enforcement sensitive information.
""",
             html="""<html><body><p>Thanks for getting back to me so fast. As requested, here is the info in writing.</p>
<p>We are investigating violations of Title 21, United States Code, Sections 841 and 846 (distribution of and conspiracy to distribute methamphetamine). I'm requesting registered vehicles, address on record, and DL photos for:</p>
<ol><li>OCHOA VILLALOBOS, H&eacute;ctor Javier - DOB 23 Aug 1983</li><li>OCHOA, Yesenia - DOB 1 Feb 1987</li></ol>
<p>Please do not contact the subjects.</p>
<p>TFO Miguel &Aacute;ngel Cort&eacute;s<br>DEA Denver Field Division, Enforcement Group 4<br>(Detective, Lakewood PD - assigned)<br>O: 720-555-0156</p>
<hr><p><b>From:</b> DMV LE Requests &lt;dmv_le_requests@state.co.us&gt;<br><b>Sent:</b> Monday, March 16, 2026 10:31 AM<br><b>Subject:</b> RE: info request - Ochoa (OCDETF)</p>
<p>Officer Cort&eacute;s - please send the request by e-mail with the subjects' identifiers and the reason. - DMV Records</p>
<p style="font-size:8pt">CONFIDENTIALITY: This e-mail may contain law enforcement sensitive information.</p></body></html>"""))

doc(fmt="born_digital", template="CBP Office of Field Operations letter to New Mexico MVD, subject in removal proceedings", channel="mail",
    requestor=R("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, El Paso Field Office", "Sergio L. Baca", "CBP Officer (Enforcement)", "sergio.baca@cbp.dhs.gov", "(915) 555-0161"),
    subjects=[S("Gabriela Sofía Ortega Mendívil", "1995-05-17", ("license", "071558204"), ("a_number", "A215603118"))],
    basis=["8 USC 1357", "19 USC 1589a", "18 USC 2721"], process=P("none"), attached=False, purpose="civil_immigration",
    records=["license", "photo", "address"], font="Sans",
    pages=["""!C U.S. Customs and Border Protection
!C Office of Field Operations — El Paso Field Office
!S Port of Santa Teresa, NM  ·  Port Director: Alejandra V. Trujillo
!S 2020 Pete Domenici Hwy, Santa Teresa, NM 88008
---
17-Mar-2026                                                           OFO-ELP-STR-26-0098

New Mexico Taxation & Revenue Department
Motor Vehicle Division — Records Section
P.O. Box 1028, Santa Fe, NM 87504-1028

SUBJECT: Request for driver record and photograph

Dear Sir or Madam:

U.S. Customs and Border Protection requests a copy of the driver license record, including the most recent photograph and the address of record, for the individual below. She was encountered at the Santa Teresa port of entry on March 12, 2026 presenting a document that did not relate to her, is the subject of removal proceedings, and we must verify her identity and current address for service of a Notice to Appear.

   Name:   ORTEGA MENDÍVIL, Gabriela Sofía
   DOB:    05/17/1995
   NM DL:  071-558-204
   A-File: A215 603 118

This request is made under the authority of 8 U.S.C. § 1357(b) and 19 U.S.C. § 1589a, and the disclosure is permitted by the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1) (use by a government agency in carrying out its functions).

Please send the record to the undersigned.

Sergio L. Baca
CBP Officer (Enforcement), Santa Teresa Port of Entry
(915) 555-0161  ·  sergio.baca@cbp.dhs.gov

!S UNCLASSIFIED // LAW ENFORCEMENT SENSITIVE"""])

doc(fmt="txt", template="plain-text export of postal inspector email", channel="email",
    requestor=R("usps-uspis", "U.S. Postal Inspection Service, Denver Division", "Olivia R. Grant", "Postal Inspector", "ogrant@uspis.gov", "303-555-0193"),
    subjects=[S("Cody James Rasmussen", "1992-11-28", ("license", "124479013"))],
    basis=["18 USC 1708", "18 USC 1704"], process=P("none"), attached=False, purpose="criminal_investigation",
    records=["address", "photo", "vehicle"],
    text="""Received: from mail.uspis.gov (10.14.2.8) by mx1.state.co.us; Tue, 17 Mar 2026 15:02:44 -0600
From: "Grant, Olivia R - Denver, CO" <ogrant@uspis.gov>
To: "DMV Investigations" <dmv.investigations@state.co.us>
Subject: Mail theft suspect - DL info
Date: Tue, 17 Mar 2026 15:02:39 -0600
Content-Type: text/plain; charset="utf-8"

Hello,

The Postal Inspection Service is investigating a string of cluster box break-ins in
Arvada and Westminster (theft of mail, 18 U.S.C. 1708, and possession of a stolen
arrow key, 18 U.S.C. 1704). One suspect has been identified as:

    Cody James RASMUSSEN, DOB 11/28/1992, CO DL 12-447-9013

Requesting his DL photo, address history, and any vehicles currently registered to him.
Our case number is 3517842-MT.

Thank you,

Olivia R. Grant
Postal Inspector
U.S. Postal Inspection Service | Denver Division
Mobile 303-555-0193
""")

doc(fmt="txt", template="plain-text Outlook export, SSA OIG agent asks for wage and benefit data", channel="email",
    requestor=R("ssa-oig", "Social Security Administration, Office of the Inspector General", "Nathaniel Osei", "Special Agent", "nathaniel.osei@ssa.gov", "303-555-0124"),
    subjects=[S("Svetlana Petrovna Morozova", "1969-07-09", ("ssn_last4", "3318"))],
    basis=["42 USC 408", "18 USC 641"], process=P("none"), attached=False, purpose="criminal_investigation",
    records=["wages", "employment", "benefits"],
    text="""From:    Osei, Nathaniel <nathaniel.osei@ssa.gov>
Sent:    Wednesday, March 18, 2026 9:27 AM
To:      CDLE_LawEnforcementRequests
Subject: SSA-OIG request: MOROZOVA

Good morning,

I am a Special Agent with the Social Security Administration, Office of the Inspector General,
Office of Investigations, Denver Field Division. I am investigating Svetlana Petrovna Morozova
(DOB 7/9/1969, SSN ending in 3318) for theft of government funds (18 U.S.C. 641) and Social
Security fraud (42 U.S.C. 408(a)(7)(B)). She has received SSI since 2019 while reporting no income.

Please provide:
  - quarterly wages reported under her SSN since 2019, with employer names
    (we believe one is Mile High Home Care LLC - the owner, Mr. Ivan Belov, is a witness)
  - any unemployment benefits paid to her

Thank you,

Nathaniel Osei
Special Agent
SSA OIG, Office of Investigations - Denver Field Division
1961 Stout Street, Denver CO 80294
Phone: 303-555-0124
""")

# =============================================================== court process
doc(fmt="born_digital", template="FBI cover letter + AO 93 search and seizure warrant for driver licence records", channel="mail",
    requestor=R("doj-fbi", "Federal Bureau of Investigation, Salt Lake City Field Office", "Jonathan K. Whitaker", "Special Agent", "jkwhitaker@fbi.gov", "801-555-0135"),
    subjects=[S("Emilio Andrés Vargas-Soto", "1989-10-03", ("license", "187334920"))],
    basis=["FRCrP 41", "18 USC 3103a", "18 USC 2705", "18 USC 2113", "18 USC 924"],
    process=P("judicial_warrant", "AO 93"), attached=True, purpose="criminal_investigation",
    records=["photo", "address", "vehicle", "license"], font="Sans",
    pages=["""!C U.S. Department of Justice
!C Federal Bureau of Investigation
!S 5425 West Amelia Earhart Drive, Salt Lake City, UT 84116
---
March 6, 2026

Utah Department of Public Safety, Driver License Division
Attn: Custodian of Records
4501 South 2700 West, Salt Lake City, UT 84129

Re: Service of federal search warrant, Case No. 2:26-mj-00214

Dear Custodian:

Enclosed please find a Search and Seizure Warrant issued under Rule 41 of the Federal Rules of Criminal Procedure by a United States Magistrate Judge for the District of Utah. The warrant directs production of the records described in Attachment B relating to Emilio Andrés VARGAS-SOTO.

Please provide the records to me within ten days. You may contact me with any questions.

Sincerely,

Jonathan K. Whitaker
Special Agent, Violent Crimes Squad
FBI Salt Lake City  ·  801-555-0135  ·  jkwhitaker@fbi.gov

Enclosure: AO 93 Search and Seizure Warrant (2 pp.)""",
"""!S AO 93 (Rev. 11/13) Search and Seizure Warrant
!C UNITED STATES DISTRICT COURT
!C for the
!C District of Utah

In the Matter of the Search of
(Briefly describe the property to be searched or identify the person by name and address)
RECORDS MAINTAINED BY THE UTAH DRIVER LICENSE DIVISION PERTAINING TO EMILIO ANDRÉS VARGAS-SOTO, DOB 10/03/1989, UT DL 187334920
                                                                  Case No. 2:26-mj-00214-MTO

!H SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Utah (identify the person or describe the property to be searched and give its location): See Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal (identify the person or describe the property to be seized): See Attachment B.

YOU ARE COMMANDED to execute this warrant on or before March 20, 2026 (not to exceed 14 days)
  [X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause has been established.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place where the property was taken.

The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to Hon. Marian T. Okonkwo (United States Magistrate Judge).

  [ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized.

Date and time issued: 03/06/2026 10:42 a.m.                 /s/ Marian T. Okonkwo
                                                                        Judge's signature
City and state: Salt Lake City, Utah          Marian T. Okonkwo, U.S. Magistrate Judge""",
"""!C ATTACHMENT B — Property to be seized
All records maintained by the Utah Driver License Division relating to EMILIO ANDRÉS VARGAS-SOTO (DOB 10/03/1989), including:
  1. driver license and identification card applications and the documents submitted with them;
  2. all photographs and digital images;
  3. all residential and mailing addresses, with dates;
  4. vehicle registration and title records;
which constitute evidence of violations of 18 U.S.C. § 2113 (bank robbery) and 18 U.S.C. § 924(c) (use of a firearm during a crime of violence)."""])

doc(fmt="eml", template="municipal detective email with JPEG photo of signed Texas state search warrant", channel="email",
    requestor=R("local-police", "Pasadena Police Department", "Kevin R. Lindqvist", "Detective", "klindqvist@pasadenatx.gov", "713-555-0128"),
    subjects=[S("Thanh Long Nguyen", "1990-12-19")],
    basis=["TX CCP 18.02", "TX PC 22.02"], process=P("judicial_warrant"), attached=True, purpose="criminal_investigation",
    records=["wages", "employment", "address"],
    eml=dict(kind="attach", frm="Det. Kevin Lindqvist <klindqvist@pasadenatx.gov>", to="TWC Subpoena Unit <subpoenas@twc.texas.gov>",
             subject="Search warrant - TWC wage/employer records - PPD 26-11873", date=D(2026, 3, 9, 17, 20),
             body="""TWC Subpoena Unit,

Attached is a photo of a signed search warrant for TWC wage and employer records on Thanh Long NGUYEN (DOB 12/19/1990). Original to follow by mail. He is the suspect in an aggravated assault (shooting) and we are trying to locate him through his current employer.

Please call me when the records are ready.

Det. Kevin R. Lindqvist
Pasadena Police Department - Criminal Investigations Division
713-555-0128
""", att_name="warrant_IMG_2207.jpg", att_type="JPEG", font="Serif",
             att_pages=["""!C THE STATE OF TEXAS              §
!C COUNTY OF HARRIS                 §
!H SEARCH WARRANT
THE STATE OF TEXAS, to the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas:

WHEREAS, the Affiant, Detective Kevin R. Lindqvist, a peace officer employed by the Pasadena Police Department, did heretofore this day subscribe and swear to an affidavit before me (which affidavit is attached hereto and made a part hereof for all purposes), and whereas I find that the verified facts stated by Affiant in said affidavit show that Affiant has probable cause for the belief he expresses therein and establishes existence of proper grounds for issuance of this warrant under Article 18.02, Texas Code of Criminal Procedure;

NOW, THEREFORE, you are commanded to enter the Texas Workforce Commission, 101 E. 15th Street, Austin, Texas, and there search for and seize: all wage records, employer names and addresses, and claimant addresses on file for NGUYEN, THANH LONG, DOB 12/19/1990, being evidence of the offense of Aggravated Assault, Tex. Penal Code § 22.02, committed on or about February 27, 2026.

HEREIN FAIL NOT, and due return make hereof.

ISSUED this 9th day of March, 2026, at 3:15 o'clock p.m., to certify which witness my hand this day.

                                         /s/ Patricia E. Holloway
                                         JUDGE, 351st District Court
                                         Harris County, Texas"""]))

doc(fmt="fax", template="sheriff warrants unit fax cover + Minnesota district court arrest warrant", channel="fax",
    requestor=R("sheriff", "Hennepin County Sheriff's Office", "Paul D. Brandvold", "Sergeant, Warrants Unit", None, "612-555-0145"),
    subjects=[S("Abdullahi Mohamed Farah", "1998-04-02", ("license", "F600418833201"))],
    basis=["MN Stat 609.52", "MN CrimP 3.01"], process=P("judicial_warrant"), attached=True, purpose="criminal_investigation",
    records=["address", "photo", "vehicle"], font="Mono", fax_header="03/13/2026 07:58 FAX 6125550146   HCSO WARRANTS",
    pages=["""!H HENNEPIN COUNTY SHERIFF'S OFFICE
!C Investigations Division - Warrants Unit
!C 350 South 5th Street, Room 6, Minneapolis MN 55415
!S Sheriff: Dawn M. Halvorsen-Reyes

FAX
TO:     MN Driver and Vehicle Services - Records / Law Enforcement Desk
FAX #:  651-555-0170
FROM:   Sgt. Paul D. Brandvold, Warrants Unit
PHONE:  612-555-0145    FAX: 612-555-0146
DATE:   13 Mar 2026     PAGES: 2 (including cover)

MESSAGE:
We hold the attached arrest warrant for FARAH, ABDULLAHI MOHAMED, DOB 04/02/1998.
Please provide the current address, most recent DL photo and any vehicles
registered to him. DL F600-418-833-201.

Thank you.""",
"""STATE OF MINNESOTA                                  DISTRICT COURT
COUNTY OF HENNEPIN                          FOURTH JUDICIAL DISTRICT

State of Minnesota,                         Court File No. 27-CR-26-4417
            Plaintiff,
vs.
Abdullahi Mohamed Farah,                    WARRANT OF ARREST
DOB: 04/02/1998,                            (Minn. R. Crim. P. 3.01)
            Defendant.

TO: THE SHERIFF OF HENNEPIN COUNTY AND ANY OTHER PEACE OFFICER IN THE STATE OF MINNESOTA:

A Complaint has been filed charging the above-named defendant with Theft, Minn. Stat. § 609.52, subd. 2(a)(1), and the Court has found probable cause to believe that the defendant committed the offense.

YOU ARE COMMANDED to arrest the defendant and bring the defendant promptly before the court, if in session, or if not, before a judge or judicial officer of this court without unnecessary delay.

Bail/conditions: $15,000 without conditions.

BY THE COURT:

/s/ Hon. Lucinda W. Borgstrom
Judge of District Court                     Dated: March 3, 2026"""])

doc(fmt="born_digital", template="ATF cover letter + federal 2703(d)-style order to produce records", channel="mail",
    requestor=R("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Denver Field Division", "Renee C. Dubois", "Special Agent", "renee.dubois@atf.gov", "303-555-0112"),
    subjects=[S("Brandon Michael Kessler", "1985-09-14"), S("Kateryna Kessler", "1988-02-27")],
    basis=["18 USC 2703", "18 USC 922", "18 USC 924", "18 USC 2705"],
    process=P("court_order"), attached=True, purpose="criminal_investigation",
    records=["address", "vehicle", "photo", "license"], font="Serif",
    pages=["""!C U.S. Department of Justice
!C Bureau of Alcohol, Tobacco, Firearms and Explosives
!C Denver Field Division — Group III
!S 950 17th Street, Suite 1800, Denver, Colorado 80202   ·   Special Agent in Charge: Michael T. O'Rourke
---
2026-03-05

Colorado Department of Revenue, Division of Motor Vehicles
Attention: Law Enforcement Liaison

Ref: ATF Investigation No. 770205-26-0017

The enclosed Order of the United States District Court for the District of Colorado requires your agency to disclose the records described in it. Please deliver the records to me, and note the non-disclosure provision of the Order.

Renee C. Dubois
Special Agent
303-555-0112 | renee.dubois@atf.gov""",
"""!C UNITED STATES DISTRICT COURT
!C FOR THE DISTRICT OF COLORADO

IN THE MATTER OF THE APPLICATION OF THE                 Misc. No. 26-sw-00318-KLM
UNITED STATES OF AMERICA FOR AN ORDER
PURSUANT TO 18 U.S.C. § 2703(d)                          FILED UNDER SEAL

!H ORDER

This matter having come before the Court pursuant to an application under Title 18, United States Code, Section 2703(b) and (d), by Assistant United States Attorney Harold J. Whitcomb, which application requests an order directing the Colorado Department of Revenue to disclose the records described below, the Court finds that the applicant has offered specific and articulable facts showing that there are reasonable grounds to believe that the records are relevant and material to an ongoing criminal investigation of violations of 18 U.S.C. §§ 922(a)(6) and 924(a)(1)(A).

IT IS HEREBY ORDERED that the Colorado Department of Revenue shall, within ten (10) days, disclose to Special Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives the following for BRANDON MICHAEL KESSLER (DOB 09/14/1985) and KATERYNA KESSLER (DOB 02/27/1988): driver license and identification card records including photographs, all addresses of record, and vehicle registration records.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that the Colorado Department of Revenue shall not disclose the existence of the application or this Order to the subjects or any other person for a period of one year.

DATED at Denver, Colorado, this 4th day of March, 2026.

                                             BY THE COURT:
                                             /s/ Kimberly L. Mercado
                                             United States Magistrate Judge"""])

doc(fmt="scanned", template="deputy DA cover letter + Colorado district court order for wage/claim records", channel="mail",
    requestor=R("district-attorney", "Office of the District Attorney, 17th Judicial District", "Monique A. Fairbanks", "Deputy District Attorney", "mfairbanks@da17.co.us", "303-555-0181"),
    subjects=[S("Aleksandr Viktorovich Petrenko", "1979-08-11", ("ssn_last4", "9041"))],
    basis=["CRS 8-72-107", "CRS 18-5-102"], process=P("court_order"), attached=True, purpose="criminal_investigation",
    records=["wages", "claims"], font="Serif", turns=[0, 90],
    pages=["""!H OFFICE OF THE DISTRICT ATTORNEY
!C Seventeenth Judicial District — Adams and Broomfield Counties
!C Theodore R. Lindahl, District Attorney
!S 1000 Judicial Center Drive, Brighton, Colorado 80601
---
March 12, 2026

Colorado Department of Labor and Employment
Custodian of Records, Unemployment Insurance
251 East 12th Avenue
Denver, CO 80203

Re: People v. Aleksandr Viktorovich Petrenko, Adams County Case No. 26CR1187

Dear Custodian:

Enclosed is an Order of the Adams County District Court directing production of wage and unemployment claim records for the defendant. Please produce the records to this office by March 27, 2026.

Very truly yours,

Monique A. Fairbanks
Deputy District Attorney, Economic Crimes Unit
303-555-0181 | mfairbanks@da17.co.us""",
"""DISTRICT COURT, ADAMS COUNTY, COLORADO
1100 Judicial Center Drive, Brighton, CO 80601
-----------------------------------------------------------------
THE PEOPLE OF THE STATE OF COLORADO,
v.
Defendant: ALEKSANDR VIKTOROVICH PETRENKO                  ▲ COURT USE ONLY ▲
-----------------------------------------------------------------  Case No. 26CR1187
                                                                   Div.: 5
!H ORDER FOR PRODUCTION OF RECORDS

THIS MATTER comes before the Court on the People's Motion for Production of Records. The defendant is charged with Forgery, C.R.S. § 18-5-102. The Court, having reviewed the motion and being fully advised, FINDS that the records requested are relevant and that disclosure is authorized by C.R.S. § 8-72-107.

IT IS ORDERED that the Colorado Department of Labor and Employment shall produce to the Office of the District Attorney, 17th Judicial District, all quarterly wage records and all unemployment insurance claim records for ALEKSANDR VIKTOROVICH PETRENKO, DOB 08/11/1979, SSN XXX-XX-9041, for the period January 1, 2023 to the present.

SO ORDERED this 11th day of March, 2026.

                                            BY THE COURT:
                                            /s/ Rosalind J. Eberhardt
                                            District Court Judge"""])

doc(fmt="eml", template="police detective email with PDF of Ohio common pleas court order", channel="email",
    requestor=R("local-police", "Columbus Division of Police", "Latisha Greer", "Detective", "lgreer@columbuspolice.org", "614-555-0117"),
    subjects=[S("DeShawn Marcus Carter", "1993-06-15", ("license", "RT447190"))],
    basis=["ORC 2913.02", "ORC 4501.27"], process=P("court_order"), attached=True, purpose="criminal_investigation",
    records=["photo", "address", "vehicle"],
    eml=dict(kind="attach", frm="Greer, Latisha <lgreer@columbuspolice.org>", to="bmvlerequests@bmv.ohio.gov",
             subject="Court order for BMV records - Carter", date=D(2026, 3, 18, 10, 2),
             body="""Hello BMV Records,

Please find attached a court order signed by Judge Vasquez-Hall for BMV records on DeShawn Marcus Carter, DOB 06/15/1993, OH DL RT447190. We need his DL photo, address history and registration records.

Thank you,

Det. Latisha Greer #1894
Columbus Division of Police - Burglary/Theft Unit
Office 614-555-0117
""", att_name="Carter_Order_26CR001293.pdf", att_type="PDF", font="Serif",
             att_pages=["""!C IN THE COURT OF COMMON PLEAS
!C FRANKLIN COUNTY, OHIO
!C CRIMINAL DIVISION

STATE OF OHIO,                                   :   Case No. 26CR-001293
            Plaintiff,                           :
      v.                                         :   Judge Corinne A. Vasquez-Hall
DESHAWN MARCUS CARTER,                           :
            Defendant.                           :

!H JOURNAL ENTRY AND ORDER

Upon application of the State of Ohio, and for good cause shown, the Court finds that records maintained by the Ohio Bureau of Motor Vehicles concerning the defendant, who is charged with Theft in violation of R.C. 2913.02, are relevant to the pending prosecution, and that their release is permitted by R.C. 4501.27(B).

IT IS THEREFORE ORDERED that the Ohio Bureau of Motor Vehicles produce to Detective Latisha Greer of the Columbus Division of Police: (1) all driver license photographs of DESHAWN MARCUS CARTER, DOB 06/15/1993, Ohio DL RT447190; (2) his address history; and (3) all vehicle registration records in his name.

IT IS SO ORDERED.

/s/ Corinne A. Vasquez-Hall
JUDGE CORINNE A. VASQUEZ-HALL
Dated: March 17, 2026"""]))

doc(fmt="born_digital", template="AUSA cover letter + AO 110 federal grand jury subpoena, two subjects", channel="mail",
    requestor=R("doj-usao", "United States Attorney's Office, District of Colorado", "Samuel I. Adeyemi", "Assistant United States Attorney", "samuel.adeyemi@usdoj.gov", "303-555-0165"),
    subjects=[S("Marcus Allen Thibodeaux", "1981-01-22"), S("Priya R. Venkataraman", "1990-04-30")],
    basis=["FRCrP 6", "FRCrP 17"], process=P("grand_jury_subpoena", "AO 110"), attached=True, purpose="criminal_investigation",
    records=["wages", "employment", "claims", "address"], font="Serif",
    pages=["""!C U.S. Department of Justice
!C United States Attorney
!C District of Colorado
!S Jordan P. Caldwell, United States Attorney
!S 1801 California Street, Suite 1600, Denver, CO 80202   ·   (303) 454-0100
---
March 3, 2026

Custodian of Records
Colorado Department of Labor and Employment
251 E. 12th Avenue, Denver, CO 80203

Re: Grand Jury Subpoena No. 26-2-0147

Dear Custodian:

Enclosed is a subpoena issued by a federal grand jury sitting in this District. In lieu of appearing, you may comply by delivering the records described in Attachment A, with a completed certificate of authenticity, to Special Agent Ellen Marsh of the Department of Labor, Office of Inspector General, on or before the return date.

This subpoena relates to an official criminal investigation. The grand jury's proceedings are secret under Fed. R. Crim. P. 6(e); we ask that you not disclose the existence of the subpoena to the persons named.

Sincerely,

JORDAN P. CALDWELL
United States Attorney

By: /s/ Samuel I. Adeyemi
Samuel I. Adeyemi
Assistant United States Attorney
samuel.adeyemi@usdoj.gov  ·  (303) 555-0165""",
"""!S AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
!C UNITED STATES DISTRICT COURT
!C for the
!C District of Colorado

!H SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Colorado Department of Labor and Employment, 251 E. 12th Avenue, Denver, CO 80203

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place: Byron G. Rogers U.S. Courthouse, 1929 Stout Street, Grand Jury Room 3         Date and Time: 03/24/2026 9:00 am
Denver, CO 80294

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable): See Attachment A.

Date: 03/03/2026                                   CLERK OF COURT
                                                   /s/ L. Brennan
                                                   Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Samuel I. Adeyemi, AUSA, 1801 California St., Suite 1600, Denver, CO 80202, samuel.adeyemi@usdoj.gov, (303) 555-0165

!C ATTACHMENT A
For the period January 1, 2022 through the present, all wage records, employer information, and unemployment insurance claim records (including claimant addresses) for:
  1. THIBODEAUX, Marcus Allen — DOB 01/22/1981
  2. VENKATARAMAN, Priya R. — DOB 04/30/1990
including wages reported by Front Range Logistics Inc. (not a subject of this request).
!S Subpoena issued under Fed. R. Crim. P. 17."""])

doc(fmt="fax", template="New York county DA faxes grand jury subpoena duces tecum to state labor dept", channel="fax",
    requestor=R("district-attorney", "Kings County District Attorney's Office", "Camila Beatriz Ortiz-Reyes", "Assistant District Attorney", "ortizreyesc@brooklynda.org", "718-555-0190"),
    subjects=[S("Oleksandr Hrytsenko", "1975-05-05"), S("Leonid Pavlovich Sorokin", "1980-12-01")],
    basis=["NY PL 155.30", "NY CPL 610.20", "NY CPL 610.25", "NY Labor Law 537"],
    process=P("grand_jury_subpoena"), attached=True, purpose="criminal_investigation",
    records=["wages", "employment", "claims"], font="Serif", fax_header="2026-03-10 16:41  KINGS CO DA RACKETS  7185550191",
    pages=["""!H DISTRICT ATTORNEY — KINGS COUNTY
!C Harold M. Feinberg, District Attorney
!C Rackets Division
!S 350 Jay Street, Brooklyn, NY 11201
---
FACSIMILE — 3 pages incl. cover

To:    Records Access Officer, New York State Department of Labor (fax 518-555-0185)
From:  ADA Camila Beatriz Ortiz-Reyes, Rackets Division
Tel:   718-555-0190     E-mail: ortizreyesc@brooklynda.org
Date:  March 10, 2026

Attached please find a Grand Jury Subpoena Duces Tecum. Production may be made by mail or secure e-mail in lieu of personal appearance. Please direct all questions to me. Thank you.

!S This facsimile contains confidential grand jury material. Unauthorized disclosure may constitute a crime.""",
"""SUPREME COURT OF THE STATE OF NEW YORK
COUNTY OF KINGS
!H GRAND JURY SUBPOENA DUCES TECUM
THE PEOPLE OF THE STATE OF NEW YORK

TO: Records Access Officer, New York State Department of Labor, Building 12, State Office Campus, Albany, NY 12240

YOU ARE COMMANDED to appear before the GRAND JURY of the County of Kings, at 320 Jay Street, Brooklyn, New York, on the 31st day of March, 2026, at 10:00 a.m., as a witness in a criminal proceeding, and to bring with you the following:

All wage reporting (NYS-45) records, employer identities, and unemployment insurance claim files, January 2023 to date, for:
     HRYTSENKO, OLEKSANDR — D.O.B. 05/05/1975
     SOROKIN, LEONID PAVLOVICH — D.O.B. 12/01/1980

This subpoena is issued in connection with an investigation of Grand Larceny in the Second Degree (Penal Law § 155.40) and Grand Larceny in the Third Degree (Penal Law § 155.30). Disclosure is authorized notwithstanding Labor Law § 537.""",
"""Issued pursuant to CPL 610.20 and 610.25.

Failure to comply with this subpoena is punishable as a contempt of court.

Dated: Brooklyn, New York
       March 10, 2026

                                           HAROLD M. FEINBERG
                                           District Attorney, Kings County

                                           By: /s/ Camila Beatriz Ortiz-Reyes
                                           Assistant District Attorney

!S NOTICE: You are directed not to disclose the existence of this subpoena, as doing so may impede the investigation being conducted."""])
DOCS[-1]["basis"].append("NY PL 155.40")

doc(fmt="born_digital", template="law-firm cover letter + AO 88B civil subpoena for employment records", channel="mail",
    requestor=R("other", "Hargrove & Pike LLP", "Daniel W. Hargrove", "Attorney", "dhargrove@hargrovepike.com", "(303) 555-0140"),
    subjects=[S("Teresa Guadalupe Montoya", "1984-07-02", ("ssn_last4", "5127"))],
    basis=["FRCP 45"], process=P("court_subpoena", "AO 88B"), attached=True, purpose="unknown",
    records=["wages", "employment", "claims"], font="Sans",
    pages=["""!C HARGROVE & PIKE LLP
!S Attorneys at Law  ·  1700 Lincoln Street, Suite 2400, Denver, Colorado 80203  ·  (303) 555-0140
---
March 13, 2026

VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED

Custodian of Records
Colorado Department of Labor and Employment
251 E. 12th Avenue, Denver, CO 80203

Re:  Montoya v. Summit Ridge Hospitality, LLC, Civil Action No. 1:25-cv-02981-RMR

Dear Custodian:

This firm represents the defendant, Summit Ridge Hospitality, LLC, in the above action. Enclosed is a subpoena for the production of records concerning the plaintiff, Teresa Guadalupe Montoya. A signed release from Ms. Montoya is not enclosed; the subpoena is served under Federal Rule of Civil Procedure 45.

Please contact me if you would like to discuss the scope or timing of production.

Very truly yours,

Daniel W. Hargrove
dhargrove@hargrovepike.com

cc: Alicia M. Brandt, Esq. (counsel for plaintiff)""",
"""!S AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
!C UNITED STATES DISTRICT COURT
!C for the
!C District of Colorado
TERESA GUADALUPE MONTOYA, Plaintiff
v.                                                     Civil Action No. 1:25-cv-02981-RMR
SUMMIT RIDGE HOSPITALITY, LLC, Defendant

!C SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
!C OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To: Custodian of Records, Colorado Department of Labor and Employment

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material:
All wage records, employer reports, and unemployment insurance claim files for Teresa Guadalupe Montoya (DOB 07/02/1984; SSN ending 5127) from January 1, 2021 to present.

Place: Hargrove & Pike LLP, 1700 Lincoln Street, Suite 2400, Denver, CO 80203       Date and Time: 04/03/2026 10:00 a.m.

The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

Date: 03/13/2026
        CLERK OF COURT                                   OR      /s/ Daniel W. Hargrove
                                                                   Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing Summit Ridge Hospitality, LLC, who issues or requests this subpoena, are: Daniel W. Hargrove, Hargrove & Pike LLP, 1700 Lincoln Street, Suite 2400, Denver, CO 80203; dhargrove@hargrovepike.com; (303) 555-0140"""])

doc(fmt="scanned", template="Washington superior court criminal trial subpoena duces tecum (CrR 4.8) from deputy prosecutor", channel="mail",
    requestor=R("district-attorney", "King County Prosecuting Attorney's Office", "Hannah L. Sorensen", "Deputy Prosecuting Attorney", "hannah.sorensen@kingcounty.gov", "206-555-0137"),
    subjects=[S("Jamal Abdi Omar", "1997-02-28", ("license", "WDLJ4M8Q29XB"))],
    basis=["WA CrR 4.8", "WA ER 902", "RCW 46.61.522"], process=P("court_subpoena"), attached=True, purpose="criminal_investigation",
    records=["photo", "address", "license"], font="Serif", turns=[0],
    pages=["""SUPERIOR COURT OF WASHINGTON FOR KING COUNTY

STATE OF WASHINGTON,                          )
                    Plaintiff,                )   No. 25-1-04417-2 SEA
        v.                                    )
JAMAL ABDI OMAR,                              )   SUBPOENA DUCES TECUM
                    Defendant.                )   (CrR 4.8)

THE STATE OF WASHINGTON TO: Custodian of Records, Washington State Department of Licensing, 1125 Washington St. SE, Olympia, WA 98504

YOU ARE COMMANDED to appear in the above court, King County Courthouse, 516 Third Avenue, Seattle, Courtroom E-942, on April 6, 2026 at 9:00 a.m., to testify at the trial of the above-entitled criminal action (Vehicular Assault, RCW 46.61.522), and to bring with you certified copies of the following records:

   Driver license application and issuance records, all photographs, and address history for JAMAL ABDI OMAR, DOB 02/28/1997, WA DL WDLJ4M8Q29XB.

In lieu of appearance, the custodian may deliver the records with a certification that complies with ER 902(11).

DATED this 11th day of March, 2026.

                         ROBERT E. CASTELLANOS, Prosecuting Attorney

                         By: /s/ Hannah L. Sorensen
                         Hannah L. Sorensen, WSBA #51234
                         Deputy Prosecuting Attorney
                         King County Prosecuting Attorney's Office
                         206-555-0137 | hannah.sorensen@kingcounty.gov

Victim: R.K. (minor) — do not contact."""])

doc(fmt="eml", template="deputy DA email with PDF of Colorado Crim. P. 17(c) subpoena duces tecum for DMV records", channel="email",
    requestor=R("district-attorney", "Office of the District Attorney, 18th Judicial District", "Jeremy T. Nakamura", "Deputy District Attorney", "jnakamura@da18.org", "720-555-0159"),
    subjects=[S("Kristina Marie Novak", "1991-03-18", ("license", "150023318"))],
    basis=["CO CrimP 17", "CRS 42-2-121", "CO CRE 902", "CRS 42-4-1301"], process=P("court_subpoena"), attached=True,
    purpose="criminal_investigation", records=["license", "photo", "address"],
    eml=dict(kind="attach", frm="Jeremy Nakamura <jnakamura@da18.org>", to="dor_dmv_subpoenas@state.co.us",
             cc="Paralegal Brooke Sandoval <bsandoval@da18.org>",
             subject="Subpoena duces tecum - People v. Novak, 25CR3390", date=D(2026, 3, 19, 14, 44),
             body="""Good afternoon,

Attached is a subpoena duces tecum for certified DMV records in People v. Novak, Arapahoe County case 25CR3390 (DUI, trial set April 13). A certified copy under C.R.E. 902(11) in lieu of appearance is fine.

Jeremy T. Nakamura
Deputy District Attorney | County Court Trial Team
Office of the District Attorney, 18th Judicial District
720-555-0159
""", att_name="SDT_Novak_25CR3390.pdf", att_type="PDF", font="Sans",
             att_pages=["""DISTRICT COURT, ARAPAHOE COUNTY, COLORADO
7325 S. Potomac St., Centennial, CO 80112
----------------------------------------------------------------
THE PEOPLE OF THE STATE OF COLORADO
v.
Defendant: KRISTINA MARIE NOVAK                                   ▲ COURT USE ONLY ▲
----------------------------------------------------------------
Attorney: Jeremy T. Nakamura, #48812, Deputy District Attorney      Case No. 25CR3390
6450 S. Revere Pkwy, Centennial, CO 80111  ·  720-555-0159           Div.: 21
!H SUBPOENA DUCES TECUM
!C (Crim. P. 17(c))
TO: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles

YOU ARE COMMANDED to appear in the District Court of Arapahoe County, Courtroom 21, on April 13, 2026 at 8:30 a.m., and to bring with you: a certified driving record (C.R.S. § 42-2-121), all driver license photographs, and the address history of KRISTINA MARIE NOVAK, DOB 03/18/1991, CO DL 15-002-3318.

The defendant is charged with Driving Under the Influence, C.R.S. § 42-4-1301(1)(a). You may comply by delivering the records with an affidavit meeting C.R.E. 902(11) before the date above.

Date: March 19, 2026                       /s/ Jeremy T. Nakamura
                                           Deputy District Attorney
Issued under the seal of the Court:        /s/ M. Aguilar, Deputy Clerk"""]))

# =============================================================== administrative process
doc(fmt="eml", template="ERO officer email with PDF of DHS I-138 Immigration Enforcement Subpoena to workforce agency", channel="email",
    requestor=R("dhs-ice-ero", "ICE Enforcement and Removal Operations, Salt Lake City", "Brianna K. Lowe", "Deportation Officer", "brianna.lowe@ice.dhs.gov", "801-555-0178"),
    subjects=[S("Joaquín Arreola Mendoza", "1987-07-14", ("a_number", "A212884031"))],
    basis=["INA 235", "8 USC 1225", "8 CFR 287.4"], process=P("administrative_subpoena", "I-138"), attached=True,
    purpose="civil_immigration", records=["wages", "employment", "address"],
    eml=dict(kind="attach", frm="Lowe, Brianna K <brianna.lowe@ice.dhs.gov>", to="DWS Legal Records <dwslegal@utah.gov>",
             subject="Immigration Enforcement Subpoena - ARREOLA MENDOZA", date=D(2026, 3, 10, 12, 30),
             body="""Hello,

Please see the attached Immigration Enforcement Subpoena (DHS Form I-138) for employer and wage information and the most recent address on file for ARREOLA MENDOZA, Joaquín. Responsive records may be returned by e-mail to me by the date on the subpoena.

Thank you,
DO Brianna K. Lowe
ICE Enforcement and Removal Operations - Salt Lake City Sub-Office
Office: 801-555-0178
""", att_name="I-138_ArreolaMendoza.pdf", att_type="PDF", font="Sans",
             att_pages=["""!C DEPARTMENT OF HOMELAND SECURITY
!H IMMIGRATION ENFORCEMENT SUBPOENA
!S Subpoena No. SLC-26-0311-0042                                     DHS Form I-138
To: Custodian of Records, Utah Department of Workforce Services, 140 E. 300 S., Salt Lake City, UT 84111

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to produce the records and documents described below to the DHS official named below, at the place and time indicated, in connection with an investigation or inquiry relating to the enforcement of U.S. immigration laws, specifically the alienage, admissibility and removability of:

    ARREOLA MENDOZA, Joaquín     A# 212-884-031     DOB 07/14/1987

Records to be produced: all employer names and addresses, quarterly wage records (2024 to present), and the most recent address and telephone number on file.

Place: ICE ERO, 2975 S. Decker Lake Drive, West Valley City, UT 84119       Date/Time: 03/24/2026, 10:00 a.m.

This subpoena is issued pursuant to section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4. Failure to comply with this subpoena will render you liable to proceedings in a United States District Court, which may result in an order requiring compliance; failure to obey such an order may be punished as contempt (8 U.S.C. § 1225(d)(4)(B)).

Issued by: /s/ Raymond T. Kowalski                          Date: 03/10/2026
Title: Assistant Field Office Director, ERO Salt Lake City

Contact: DO Brianna K. Lowe, 801-555-0178, brianna.lowe@ice.dhs.gov
!S CERTIFICATE OF SERVICE: served by e-mail upon the custodian on 03/10/2026."""]))

doc(fmt="scanned", template="CBP Form 3115 customs summons to state MVD, smuggling investigation (Border Patrol)", channel="mail",
    requestor=R("dhs-cbp", "U.S. Customs and Border Protection, U.S. Border Patrol, Tucson Sector", "Dana L. Whitehorse", "Supervisory Border Patrol Agent", "dana.whitehorse@cbp.dhs.gov", "520-555-0109"),
    subjects=[S("Rigoberto Anaya-Quintero", "1978-09-09")],
    basis=["19 USC 1509", "19 USC 1510", "18 USC 545"], process=P("administrative_subpoena", "CBP Form 3115"), attached=True,
    purpose="criminal_investigation", records=["vehicle", "address"], font="Sans", turns=[0, 180],
    pages=["""!C DEPARTMENT OF HOMELAND SECURITY
!C U.S. Customs and Border Protection
!H SUMMONS
!S Summons No. TCA-2026-0217
To: Custodian of Records, Arizona Department of Transportation, Motor Vehicle Division, 1801 W. Jefferson St., Phoenix, AZ 85007

By the service of this summons upon you, YOU ARE HEREBY SUMMONED AND REQUIRED to appear before Supervisory Border Patrol Agent Dana L. Whitehorse, an official of U.S. Customs and Border Protection, at the place, date and time below, to give testimony and to produce the records described below, which relate to an investigation into violations of laws enforced by CBP, specifically smuggling of merchandise (18 U.S.C. § 545).

Records: All vehicle title and registration records, and the address of record, for ANAYA-QUINTERO, Rigoberto, DOB 09/09/1978, from January 1, 2024 to date, including any commercial trailers.

Place: U.S. Border Patrol, Tucson Sector HQ, 2430 S. Swan Road, Tucson, AZ 85711
Date: April 2, 2026          Time: 9:00 a.m.
Production of certified copies by mail before that date will satisfy this summons.""",
"""This summons is issued under the authority of 19 U.S.C. 1509.

Failure to comply with this summons will render you liable to proceedings in the United States District Court to enforce compliance with this summons as provided by law (19 U.S.C. 1510).

Issued by: /s/ Dana L. Whitehorse          Title: Supervisory Border Patrol Agent
Tucson Sector Intelligence Unit           Phone: 520-555-0109
E-mail: dana.whitehorse@cbp.dhs.gov       Date issued: March 6, 2026

!S CBP Form 3115 (06/09)

CERTIFICATE OF SERVICE
I certify that I served this summons on the person named above by [ ] personal delivery  [X] certified mail on 03/06/2026.
Signature: D. L. Whitehorse"""])

doc(fmt="born_digital", template="DEA administrative subpoena under 21 U.S.C. 876 to Nevada employment agency", channel="mail",
    requestor=R("doj-dea", "Drug Enforcement Administration, Las Vegas District Office", "Craig M. Halvorsen", "Group Supervisor", "craig.m.halvorsen@dea.gov", "702-555-0144"),
    subjects=[S("Loan Thi Nguyen", "1984-06-06"), S("Darío Esteban Velásquez", "1988-10-20")],
    basis=["PL 91-513", "21 USC 876", "21 USC 841", "21 USC 846"], process=P("administrative_subpoena"), attached=True,
    purpose="criminal_investigation", records=["wages", "employment", "address"], font="Serif",
    pages=["""!C UNITED STATES DEPARTMENT OF JUSTICE
!C DRUG ENFORCEMENT ADMINISTRATION
!H SUBPOENA
!S Subpoena No. LV-26-114                File No. R3-26-0047                G-DEP Identifier: XAS1L
TO: Custodian of Records
    Nevada Department of Employment, Training and Rehabilitation
    Employment Security Division, 500 E. Third Street, Carson City, NV 89713

In the matter of: an investigation relating to the enforcement of the Controlled Substances Act (21 U.S.C. §§ 841 and 846)

YOU ARE HEREBY REQUIRED to appear before Group Supervisor Craig M. Halvorsen, an officer of the Drug Enforcement Administration, at 8250 W. Charleston Blvd., Suite 100, Las Vegas, NV 89117, on the 30th day of March, 2026, at 10:00 a.m., to testify and to produce the following records, which are relevant or material to the investigation:

  Quarterly wage records, employer names and addresses, and the claimant/employee addresses on file, January 1, 2023 to present, for:
     (1) NGUYEN, Loan Thi — DOB 06/06/1984
     (2) VELÁSQUEZ, Darío Esteban — DOB 10/20/1988

In lieu of appearance, you may mail certified copies of the records to the officer named above before the return date.

This subpoena is issued pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876). Failure to comply with this subpoena may result in an order of a United States District Court requiring compliance, and failure to obey that order may be punished as contempt of court (21 U.S.C. 876(c)).

Do not disclose the existence of this subpoena; disclosure could impede the investigation.

Issued at Las Vegas, Nevada, March 11, 2026.

/s/ Craig M. Halvorsen
Group Supervisor, Enforcement Group 2, Las Vegas District Office
Tel. 702-555-0144  ·  craig.m.halvorsen@dea.gov"""])

doc(fmt="born_digital", template="DOL OIG agent cover letter + inspector general subpoena duces tecum for UI claim data, two subjects", channel="mail",
    requestor=R("dol-oig", "U.S. Department of Labor, Office of Inspector General, Office of Investigations", "Marisol Ocampo Herrera", "Special Agent", "ocampo-herrera.marisol@oig.dol.gov", "303-555-0139"),
    subjects=[S("Khadra Mohamed Nur", "1990-01-15"), S("Terrence Lee Boudreaux", "1976-11-03", ("ssn_last4", "2290"))],
    basis=["5 USC 406", "18 USC 1343", "18 USC 1028A", "20 CFR 603.5"], process=P("administrative_subpoena"), attached=True,
    purpose="criminal_investigation", records=["claims", "benefits", "address", "phone", "email", "wages"], font="Sans",
    pages=["""!C U.S. Department of Labor
!C Office of Inspector General — Office of Investigations
!C Denver Regional Office
!S 1999 Broadway, Suite 1600, Denver, CO 80202   ·   Special Agent in Charge: Thomas E. Kirkland
---
March 12, 2026

Colorado Department of Labor and Employment
Division of Unemployment Insurance — Custodian of Records
251 E. 12th Avenue, Denver, CO 80203

Re: OIG Subpoena No. 26-DEN-0031

Dear Custodian:

Enclosed is a subpoena duces tecum issued by the Inspector General of the U.S. Department of Labor. Please produce the records described in the schedule to me by April 1, 2026. Electronic production on encrypted media is acceptable.

Thank you for your assistance.

Marisol Ocampo Herrera
Special Agent
303-555-0139  ·  ocampo-herrera.marisol@oig.dol.gov""",
"""!C UNITED STATES DEPARTMENT OF LABOR
!C OFFICE OF INSPECTOR GENERAL
!H SUBPOENA DUCES TECUM
!S OIG Subpoena No. 26-DEN-0031            Case No. 33-0145-0212-LBR
TO: Custodian of Records
    Colorado Department of Labor and Employment, Division of Unemployment Insurance
    251 E. 12th Avenue, Denver, CO 80203

YOU ARE HEREBY COMMANDED to produce the records described in the attached schedule to Special Agent Marisol Ocampo Herrera, U.S. Department of Labor, Office of Inspector General, Office of Investigations, 1999 Broadway, Suite 1600, Denver, CO 80202, on or before April 1, 2026.

This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in connection with an investigation of fraud against the Unemployment Insurance program, including wire fraud (18 U.S.C. § 1343) and aggravated identity theft (18 U.S.C. § 1028A). Disclosure to this office is permitted by 20 C.F.R. § 603.5.

In the case of contumacy or refusal to obey, this subpoena is enforceable by order of any appropriate United States district court.

SCHEDULE
For claims filed from March 1, 2025 to present, all initial and continued claims, claimant-provided addresses, telephone numbers, e-mail addresses, IP log data, payment records, and base-period wage records for:
   a. Khadra Mohamed NUR, DOB 01/15/1990
   b. Terrence Lee BOUDREAUX, DOB 11/03/1976, SSN ***-**-2290

IN TESTIMONY WHEREOF, the Inspector General has hereunto set her hand on March 12, 2026.

/s/ Gloria J. Abernathy-Pruett
Inspector General, U.S. Department of Labor

Point of contact: SA Marisol Ocampo Herrera — 303-555-0139 — ocampo-herrera.marisol@oig.dol.gov"""])

doc(fmt="fax", template="ERO fax cover + Form I-200 warrant for arrest of alien to state corrections", channel="fax",
    requestor=R("dhs-ice-ero", "ICE ERO Phoenix Field Office", "Curtis W. Langford", "Deportation Officer", "curtis.langford@ice.dhs.gov", "602-555-0153"),
    subjects=[S("Efraín Castañeda Ruiz", "1992-02-11", ("a_number", "A204771593"), ("other", "318556"))],
    basis=["INA 236", "INA 287", "8 CFR 287"], process=P("administrative_warrant", "I-200"), attached=True,
    purpose="civil_immigration", records=["other", "photo", "address"], font="Sans", fax_header="03/16/2026 13:22 ICE ERO PHX CAP 602-555-0154",
    pages=["""!H U.S. Immigration and Customs Enforcement
!C Enforcement and Removal Operations — Phoenix Field Office
!C Criminal Apprehension Program
!S 2035 N. Central Avenue, Phoenix, AZ 85004  ·  Field Office Director: Marcus A. Delgado-Fry

FAX COVER SHEET
To: Arizona Dept. of Corrections, Rehabilitation & Reentry — Offender Records / Time Computation
Fax: 602-555-0189
From: DO Curtis W. Langford  ·  Tel 602-555-0153  ·  curtis.langford@ice.dhs.gov
Date: 03/16/2026      Pages: 2

Please provide the projected release date, current facility, most recent booking photo and release address of record for the inmate below. An I-200 is attached.

   CASTAÑEDA RUIZ, Efraín   DOB 02/11/1992   ADCRR # 318556   A 204 771 593""",
"""!C DEPARTMENT OF HOMELAND SECURITY
!H WARRANT FOR ARREST OF ALIEN
!S Form I-200 (Rev. 09/16)
                                                                   File No. A204 771 593
                                                                   Date: 03/02/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that CASTAÑEDA RUIZ, Efraín is removable from the United States. This determination is based upon:
  [X] the execution of a charging document to initiate removal proceedings against the subject;
  [ ] the pendency of ongoing removal proceedings against the subject;
  [ ] the failure to establish admissibility subsequent to deferred inspection;
  [X] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
  [ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

          /s/ Yolanda P. Ferrante                               Supervisory Detention and Deportation Officer
    (Signature of Authorized Immigration Officer)        (Printed Name and Title of Authorized Immigration Officer)

!C Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on ____________ (Date)."""])

doc(fmt="scanned", template="ERO cover letter + Form I-205 warrant of removal/deportation to human services agency", channel="mail",
    requestor=R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Chicago Field Office", "Stanislav J. Nowak", "Deportation Officer", "stanislav.nowak@ice.dhs.gov", "312-555-0186"),
    subjects=[S("Wilmer Antonio Zelaya Banegas", "1990-03-14", ("a_number", "A207118462"))],
    basis=["8 USC 1231", "INA 237"], process=P("administrative_warrant", "I-205"), attached=True,
    purpose="civil_immigration", records=["address", "phone"], font="Serif", turns=[0, 90],
    pages=["""!C U.S. Department of Homeland Security
!C U.S. Immigration and Customs Enforcement
!C Enforcement and Removal Operations, Chicago Field Office
!S 101 W. Ida B. Wells Drive, Chicago, IL 60605
---
14 Mar 2026

Illinois Department of Human Services
Office of the General Counsel — Records
100 S. Grand Avenue East, Springfield, IL 62762

Re: ZELAYA BANEGAS, Wilmer Antonio — A207 118 462 — DOB 14 Mar 1990

To Whom It May Concern:

The above-named individual is subject to a final order of removal, and a Warrant of Removal/Deportation (Form I-205) has been issued (copy enclosed). ICE is required to remove him under 8 U.S.C. § 1231. We request his current residential address and telephone number as reflected in any benefits case record maintained by your Department.

Please respond to the undersigned.

Stanislav J. Nowak
Deportation Officer, Fugitive Operations
(312) 555-0186  ·  stanislav.nowak@ice.dhs.gov

Encl. (1)""",
"""!C U.S. DEPARTMENT OF HOMELAND SECURITY
!H WARRANT OF REMOVAL/DEPORTATION
!S Form I-205 (Rev. 08/07)
                                                                  File No: A207 118 462
                                                                  Date: 02/19/2026
To any immigration officer of the United States Department of Homeland Security:

ZELAYA BANEGAS, Wilmer Antonio
(Full name of alien)
who entered the United States at El Paso, Texas on 06/2014 (Place of entry) (Date of entry)
is subject to removal/deportation from the United States, based upon a final order by:
  [X] an immigration judge in exclusion, deportation, or removal proceedings
  [ ] a designated official
  [ ] the Board of Immigration Appeals
  [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(1)(B)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation "Operations and Support, ICE".

     /s/ Jerome K. Bassett                      Field Office Director
   (Signature of immigration officer)        (Title of immigration officer)
                                                 Chicago, Illinois (Date and office location)"""])

doc(fmt="born_digital", template="Form I-247A immigration detainer to state corrections, emailed", channel="email",
    requestor=R("dhs-ice-ero", "ICE ERO Denver", "Gerald P. Finnegan", "Supervisory Detention and Deportation Officer", None, "303-555-0108"),
    subjects=[S("Mohamed Abdirizak Hussein", "1989-11-23", ("a_number", "A213507889"), ("other", "192774"))],
    basis=["INA 236", "INA 287", "8 CFR 287.7"], process=P("detainer", "I-247A"), attached=True,
    purpose="civil_immigration", records=["other"], font="Sans",
    pages=["""!C DEPARTMENT OF HOMELAND SECURITY
!H IMMIGRATION DETAINER – NOTICE OF ACTION
Subject ID: 392117455                      Event #: DEN2603000412
File No: A213 507 889                      Date: March 10, 2026
TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)
    Colorado Department of Corrections, Sterling Correctional Facility — Records Supervisor
FROM: (Department of Homeland Security Office Address)
    ICE ERO Denver, 12445 E. Caley Ave., Centennial, CO 80111 — Detainer Unit 303-555-0108
!S Transmitted via e-mail to cdoc_detainers@state.co.us
Name of Alien: HUSSEIN, Mohamed Abdirizak
Date of Birth: 11/23/1989     Nationality: SOMALIA     Sex: M     CDOC No.: 192774

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
  [X] A final order of removal against the alien;
  [ ] The pendency of ongoing removal proceedings against the alien;
  [ ] Biometric confirmation of the alien's identity and a records check of federal databases;
  [ ] Statements made by the alien to an immigration officer.

IT IS THEREFORE REQUESTED THAT YOU:
  • Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling the Detainer Unit at 303-555-0108.
  • Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
  • Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
  • Notify this office in the event of the alien's death, hospitalization or transfer to another institution.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This request is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.

  Gerald P. Finnegan, Supervisory Detention and Deportation Officer        /s/ G. P. Finnegan
  (Name and title of Immigration Officer)                                   (Signature of Immigration Officer)

!S Form I-247A (3/17)
Notice: If the alien may be the victim of a crime or you want the alien to remain in the United States for prosecution or other law enforcement purposes, including acting as a witness, please notify the ICE Law Enforcement Support Center at (802) 872-6020."""])

doc(fmt="eml", template="ERO email with PNG image of Form I-247D detainer request for voluntary action", channel="email",
    requestor=R("dhs-ice-ero", "ICE Enforcement and Removal Operations, Seattle Field Office (Portland Sub-Office)", "Heather M. Lindgren", "Deportation Officer", "heather.lindgren@ice.dhs.gov", "503-555-0121"),
    subjects=[S("José Manuel Álvarez Torres", "1983-05-29", ("a_number", "A096455120"), ("other", "18847520"))],
    basis=["INA 287", "8 CFR 287.7"], process=P("detainer", "I-247D"), attached=True,
    purpose="civil_immigration", records=["other", "address"],
    eml=dict(kind="attach", frm="Lindgren, Heather M <heather.lindgren@ice.dhs.gov>", to="ODOC Offender Information <offender.info@doc.oregon.gov>",
             subject="Detainer - ALVAREZ TORRES, Jose Manuel (SID 18847520)", date=D(2026, 3, 17, 8, 55),
             body="""Good morning,

Attached is an I-247D for ALVAREZ TORRES, Jose Manuel, SID 18847520, currently at Snake River Correctional Institution. Please lodge it and let us know his anticipated release date and his release/residence address of record.

Respectfully,

Heather M. Lindgren
Deportation Officer
ICE ERO Seattle Field Office - Portland Sub-Office
Desk: 503-555-0121
""", att_name="I247D_AlvarezTorres.png", att_type="PNG", font="Sans",
             att_pages=["""!C DEPARTMENT OF HOMELAND SECURITY
!H IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION
Subject ID: 408812236      Event #: POO2603000077      File No: A096 455 120      Date: 03/17/2026
TO: Oregon Department of Corrections, Snake River Correctional Institution
FROM: ICE ERO Portland, 4310 S. Macadam Ave., Portland, OR 97239
Name of Alien: ÁLVAREZ TORRES, José Manuel      DOB: 05/29/1983      Nationality: MEXICO      SID: 18847520

DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN, based on the pendency of ongoing removal proceedings against the alien.

IT IS THEREFORE REQUESTED THAT YOU:
  [X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
  [ ] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released.

This request is issued pursuant to INA § 287(d) and 8 C.F.R. § 287.7. It does not request or authorize any law enforcement agency to hold the alien beyond 48 hours.

Heather M. Lindgren, Deportation Officer          /s/ H. M. Lindgren
(Name and title of Immigration Officer)           (Signature)
!S Form I-247D (5/15)"""]))


# =============================================================== build
def build():
    rng = random.Random(SEED)
    order = list(range(len(DOCS)))
    rng.shuffle(order)
    for f in glob.glob(os.path.join(OUT, "bddd*")):
        os.remove(f)
    for n, idx in enumerate(order, 1):
        d = DOCS[idx]
        did = "bddd%02d" % n
        fmt = d["fmt"]
        drng = random.Random(SEED * 100 + n)
        if fmt in ("born_digital", "scanned", "fax"):
            pdf = os.path.join(TMP if fmt != "born_digital" else OUT, did + ".pdf")
            make_pdf(pdf, d["pages"], font=d.get("font", "Sans"), title=did)
            if fmt == "scanned":
                write_scanned(os.path.join(OUT, did + ".pdf"), pdf, drng, d.get("turns", []))
            elif fmt == "fax":
                write_fax(os.path.join(OUT, did + ".tif"), pdf, drng, d.get("fax_header"))
        elif fmt == "txt":
            with open(os.path.join(OUT, did + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(d["text"])
        elif fmt == "eml":
            e = d["eml"]
            mid = "<%s.%s@mail.example-relay.gov>" % (did, SEED)
            k = e["kind"]
            if k == "plain":
                m = mkmsg(e["frm"], e["to"], e["subject"], e["date"], body=e["body"], cc=e.get("cc"), msgid=mid)
            elif k == "html":
                m = mkmsg(e["frm"], e["to"], e["subject"], e["date"], html=e["html"], cc=e.get("cc"), msgid=mid)
            elif k == "alt":
                m = mkmsg(e["frm"], e["to"], e["subject"], e["date"], body=e["body"], html=e["html"], cc=e.get("cc"), msgid=mid)
            elif k == "forward":
                i = e["inner"]
                inner = mkmsg(i["frm"], i["to"], i["subject"], i["date"], body=i["body"], msgid="<inner.%s@ice.dhs.gov>" % did)
                m = mkmsg(e["frm"], e["to"], e["subject"], e["date"], body=e["body"], msgid=mid)
                m.add_attachment(inner)
            elif k == "attach":
                m = mkmsg(e["frm"], e["to"], e["subject"], e["date"], body=e["body"], cc=e.get("cc"), msgid=mid)
                apdf = os.path.join(TMP, did + "_att.pdf")
                make_pdf(apdf, e["att_pages"], font=e.get("font", "Sans"), title=e["att_name"])
                if e["att_type"] == "PDF":
                    data = open(apdf, "rb").read()
                    m.add_attachment(data, maintype="application", subtype="pdf", filename=e["att_name"])
                else:
                    data = img_bytes(apdf, drng, e["att_type"])
                    m.add_attachment(data, maintype="image", subtype=e["att_type"].lower(), filename=e["att_name"])
            for bi, part in enumerate(m.walk()):
                if part.is_multipart():
                    part.set_boundary("----=_Part_%s_%d_%d" % (did, bi, SEED))
            with open(os.path.join(OUT, did + ".eml"), "wb") as fh:
                fh.write(bytes(m))
        exp = {"id": did, "family": "blind-ddd", "format": fmt, "template": d["template"],
               "requestor": d["requestor"], "subjects": d["subjects"],
               "legal_basis": [{"normalized": b} for b in d["basis"]],
               "legal_process": d["process"], "warrant_or_subpoena_attached": d["attached"],
               "purpose": d["purpose"], "records_requested": d["records"], "channel": d["channel"]}
        with open(os.path.join(OUT, did + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(did, fmt, d["process"]["type"], d["template"][:60])


if __name__ == "__main__":
    build()
