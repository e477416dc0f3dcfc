"""blind_z builder: independent author, never shown the program.
Run: /work/main/.venv/bin/python samples/blind_z/build.py
Writes <id>.<ext> and <id>.expected.json deterministically (seed 4242)."""
import io, json, os, random, subprocess, tempfile, shutil
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
import datetime as dt
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_z/work"
os.makedirs(TMP, exist_ok=True)
SEED = 4242
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
             ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
             ("Mono", "DejaVuSansMono.ttf"), ("Mono-B", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))

# ---------------------------------------------------------------- rendering
def pdf_bytes(text, font="Serif", size=10.5, stamps=(), title="document"):
    """text markup: '# ' centred bold, '## ' bold, '^ ' centred, '> ' right, '---' rule,
    '==PAGE==' page break. Other lines wrapped."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    W, H = letter
    M = 62
    lead = size * 1.32
    bold = font + "-B" if font != "Mono" else "Mono-B"
    page = [0]
    y = [H - M]

    def draw_stamps():
        for (txt, pg, x, yy, ang) in stamps:
            if pg != page[0]:
                continue
            c.saveState()
            c.translate(x, yy); c.rotate(ang)
            c.setFillColorRGB(0.35, 0.35, 0.35); c.setStrokeColorRGB(0.35, 0.35, 0.35)
            lines = txt.split("\n")
            c.setLineWidth(2)
            w = max(pdfmetrics.stringWidth(l, "Sans-B", 15) for l in lines) + 16
            c.rect(-8, -8 - 18 * (len(lines) - 1), w, 18 * len(lines) + 6, fill=0)
            c.setFont("Sans-B", 15)
            for i, l in enumerate(lines):
                c.drawString(0, -18 * i, l)
            c.restoreState()

    def newpage():
        draw_stamps()
        c.showPage(); page[0] += 1; y[0] = H - M

    for raw in text.split("\n"):
        if raw.strip() == "==PAGE==":
            newpage(); continue
        if raw.strip() == "---":
            c.setLineWidth(0.8); c.line(M, y[0] + lead * 0.4, W - M, y[0] + lead * 0.4); y[0] -= lead * 0.6; continue
        f, sz, align, s = font, size, "l", raw
        if raw.startswith("# "): f, sz, align, s = bold, size + 2.5, "c", raw[2:]
        elif raw.startswith("## "): f, s = bold, raw[3:]
        elif raw.startswith("^ "): align, s = "c", raw[2:]
        elif raw.startswith("> "): align, s = "r", raw[2:]
        ind = len(s) - len(s.lstrip(" "))
        s2 = s.strip(" ")
        parts = simpleSplit(s2, f, sz, W - 2 * M - ind * 4) or [""]
        for p in parts:
            if y[0] < M:
                newpage()
            c.setFont(f, sz)
            if align == "c": c.drawCentredString(W / 2, y[0], p)
            elif align == "r": c.drawRightString(W - M, y[0], p)
            else: c.drawString(M + ind * 4, y[0], p)
            y[0] -= lead * (sz / size)
    draw_stamps()
    c.showPage(); c.save()
    return buf.getvalue()

def raster(pdfdata, dpi, name):
    d = tempfile.mkdtemp(dir=TMP)
    p = os.path.join(d, "in.pdf")
    open(p, "wb").write(pdfdata)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, os.path.join(d, "pg")], check=True)
    files = sorted(f for f in os.listdir(d) if f.startswith("pg"))
    ims = [Image.open(os.path.join(d, f)).convert("L") for f in files]
    for im in ims: im.load()
    shutil.rmtree(d)
    return ims

def scanned(pdfdata, path, rng, flip=None, dpi=200):
    out = []
    for i, im in enumerate(raster(pdfdata, dpi, path)):
        a = np.asarray(im).astype(np.float32)
        bg = rng.uniform(200, 225)
        a = a * (bg / 255.0) + rng.normal(0, 9, a.shape)
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
        ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
        im = im.rotate(ang, resample=Image.BILINEAR, expand=False, fillcolor=int(bg - 25))
        if flip is not None and i == flip[0]:
            im = im.rotate(flip[1], expand=True)
        b = io.BytesIO(); im.save(b, "JPEG", quality=int(rng.uniform(35, 50))); b.seek(0)
        out.append(Image.open(b).convert("L"))
    fixed = __import__("time").gmtime(1735689600)
    out[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=out[1:], creationDate=fixed, modDate=fixed)

def fax(pdfdata, path, rng, header):
    pages = raster(pdfdata, 200, path)
    fnt = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    for i, im in enumerate(pages):
        im = im.rotate(rng.uniform(-0.9, 0.9), resample=Image.BILINEAR, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 40], fill=255)
        d.text((30, 8), header + f"   P.{i+1:03d}/{len(pages):03d}", font=fnt, fill=0)
        a = np.asarray(im).astype(np.float32) + rng.normal(0, 25, (im.height, im.width))
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1")
        out.append(im)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])

def phone_photo(pdfdata, rng):
    im = raster(pdfdata, 110, "photo")[0].convert("RGB")
    W, H = im.size
    bg = Image.new("RGB", (W + 160, H + 200), (92, 74, 58))
    bg.paste(im, (80, 100))
    bg = bg.rotate(2.3, resample=Image.BICUBIC, fillcolor=(80, 64, 50))
    a = np.asarray(bg).astype(np.float32)
    grad = np.linspace(1.0, 0.78, a.shape[1])[None, :, None]
    a = np.clip(a * grad + rng.normal(0, 6, a.shape), 0, 255).astype(np.uint8)
    b = io.BytesIO(); Image.fromarray(a).save(b, "JPEG", quality=72); return b.getvalue()

def save_label(id_, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel):
    ci = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    rec = {"id": id_, "family": "blind-z", "format": fmt, "template": template,
           "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], req)),
           "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]} for n, d, ids in subjects],
           "legal_basis": [{"normalized": b} for b in basis],
           "legal_process": {"type": ptype, "court_issued": ci, "form": form},
           "warrant_or_subpoena_attached": attached, "purpose": purpose,
           "records_requested": records, "channel": channel}
    with open(os.path.join(OUT, id_ + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2); f.write("\n")

def make_eml(path, frm, to, subject, date, body=None, html=None, attachments=(), cc=None, msgid=None, forward=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or "<" + __import__("hashlib").md5(subject.encode()).hexdigest()[:16] + "@mail.local>"
    if body is not None:
        m.set_content(body)
        if html: m.add_alternative(html, subtype="html")
    elif html:
        m.set_content(html, subtype="html")
    for (data, maintype, subtype, fname) in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if forward is not None:
        m.add_attachment(forward)
    random.seed(path.rsplit("/", 1)[-1])
    open(path, "wb").write(bytes(m))

def tz(h=-6):
    return dt.timezone(dt.timedelta(hours=h))

class _R:
    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
    def uniform(self, a, b): return float(self.g.uniform(a, b))
    def normal(self, m, s, shape): return self.g.normal(m, s, shape)
    def choice(self, xs): return xs[int(self.g.integers(len(xs)))]

DOCS = []
def doc(f):
    DOCS.append(f); return f

# ---------------------------------------------------------------- bz01 PA order styled like a subpoena
@doc
def bz01(rng):
    t = """# IN THE COURT OF COMMON PLEAS OF ALLEGHENY COUNTY, PENNSYLVANIA
^ CRIMINAL DIVISION
---
IN RE: INVESTIGATION OF UNEMPLOYMENT                    Misc. No. CP-02-MD-0004417-2025
COMPENSATION FRAUD — WÓJCIK-NOWAK
---
# ORDER FOR PRODUCTION OF RECORDS
## TO: Custodian of Records, Pennsylvania Department of Labor & Industry, Office of Unemployment Compensation Benefits Policy, 651 Boas Street, Harrisburg, PA 17121
AND NOW, this 14th day of April, 2025, upon consideration of the Motion of the Commonwealth, by Assistant District Attorney Colleen M. Hargrove, and it appearing that the records described below are material to a pending criminal investigation of violations of 43 P.S. § 871 (false statements to obtain compensation) and 18 Pa.C.S. § 3922 (theft by deception), it is hereby ORDERED and DECREED that:
1. YOU ARE HEREBY COMMANDED to produce, within fourteen (14) days of service of this Order, complete and certified copies of the following records relating to DARIUSZ WÓJCIK-NOWAK, date of birth November 2, 1979, Social Security number ending in 4471:
   a. all claims for unemployment compensation filed from January 1, 2022 to present, including initial and continued weekly claim certifications and the IP addresses associated with each filing;
   b. quarterly wage records reported by any employer, including Three Rivers Fabrication LLC;
   c. the mailing and residential addresses and telephone numbers on file; and
   d. payment histories and the bank routing information for direct deposit.
2. The records shall be delivered to the Allegheny County District Attorney's Office, Economic Crimes Unit, 436 Grant Street, Pittsburgh, PA 15219, Attn: ADA Colleen M. Hargrove.
3. The Department shall not disclose the existence of this Order to the individual named above for a period of ninety (90) days.
4. Failure to comply with this Order may be punished as contempt of court.
> BY THE COURT:
 
> ____________________________________
> Raymond T. Okafor, J.
 
Copies to: ADA C. M. Hargrove (412-555-0142; chargrove@da-alleghenycounty.us)
           PA L&I Office of Chief Counsel
"""
    open(f"{OUT}/bz01.pdf", "wb").write(pdf_bytes(t, title="Order for Production"))
    save_label("bz01", "born_digital", "PA Common Pleas order for production worded like a subpoena (YOU ARE HEREBY COMMANDED)",
        ["district-attorney", "Allegheny County District Attorney's Office", "Colleen M. Hargrove", "Assistant District Attorney", "chargrove@da-alleghenycounty.us", "412-555-0142"],
        [("Dariusz Wójcik-Nowak", "1979-11-02", [("ssn_last4", "4471")])],
        ["43 PS 871", "18 PaCS 3922"], "court_order", None, True, "criminal_investigation",
        ["claims", "wages", "employment", "address", "phone", "other"], "mail")

# ---------------------------------------------------------------- bz02 ERO email with I-200 PDF
I200 = """^ DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
> File No. {file}
> Date: {date}
To:  Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations
I have determined that there is probable cause to believe that {name} is removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.
 
{sig}
(Signature of Authorized Immigration Officer)
{signame}
(Printed Name and Title of Authorized Immigration Officer)
---
^ Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on ____________ (Date) and the contents of this notice were read to him or her in the ____________ language.
Name and Signature of Officer ____________________     Name or Number of Interpreter (if applicable) __________
Form I-200 (Rev. 09/16)
"""

@doc
def bz02(rng):
    att = pdf_bytes(I200.format(file="A208 451 337", date="03/27/2025", name="NGUYEN THI HONG NHUNG",
                                sig="/s/ E. Rasmussen", signame="Ellen Rasmussen, Supervisory Detention and Deportation Officer"), font="Sans", title="I-200")
    body = """Good afternoon,

ICE Enforcement and Removal Operations (Denver Field Office) is attempting to locate the individual below. Please provide the most recent residential address on file and any vehicle registrations in her name.

  Name:   NGUYỄN Thị Hồng Nhung
  DOB:    14 Jun 1991
  A#:     208-451-337

An administrative Warrant for Arrest of Alien (Form I-200) has been issued and is attached for your reference. This request is made under the authority of 8 U.S.C. § 1357.

Please respond to this email or call my desk line. Thank you for your assistance.

V/r,
Marcus J. Whitfield
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations – Denver Field Office
12445 E. Caley Ave., Centennial, CO 80111
Desk: (303) 555-0117
marcus.j.whitfield@ice.dhs.gov

UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE. This communication may contain information protected by the Privacy Act, 5 U.S.C. § 552a.
"""
    make_eml(f"{OUT}/bz02.eml", "\"Whitfield, Marcus J\" <marcus.j.whitfield@ice.dhs.gov>", "DMV Records Request <dmv_records@state.co.us>",
             "Locate request - NGUYEN, Thi Hong Nhung - A208451337", dt.datetime(2025, 3, 28, 14, 22, tzinfo=tz()),
             body=body, attachments=[(att, "application", "pdf", "I-200_NGUYEN.pdf")])
    save_label("bz02", "eml", "ERO locate email with attached I-200 (probable cause wording, officer-signed)",
        ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Denver Field Office", "Marcus J. Whitfield", "Deportation Officer", "marcus.j.whitfield@ice.dhs.gov", "(303) 555-0117"],
        [("Nguyễn Thị Hồng Nhung", "1991-06-14", [("a_number", "A208451337")])],
        ["8 USC 1357", "5 USC 552a", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
        ["address", "vehicle"], "email")

# ---------------------------------------------------------------- bz03 Cuyahoga county grand jury, scanned
@doc
def bz03(rng):
    t = """# CUYAHOGA COUNTY PROSECUTOR'S OFFICE
^ Justice Center, 1200 Ontario Street, 9th Floor, Cleveland, Ohio 44113
---
June 2, 2025
Ohio Department of Job and Family Services
Office of Legal and Acquisition Services — Subpoena Unit
30 East Broad Street, 31st Floor
Columbus, OH 43215
Re:  Grand Jury Subpoena Duces Tecum — GJ No. 2025-0611
Dear Custodian:
Enclosed please find a subpoena duces tecum issued by the Clerk of the Cuyahoga County Court of Common Pleas for records of the Supplemental Nutrition Assistance Program and Ohio Works First cash assistance. In lieu of personal appearance, certified copies may be delivered to my attention before the return date. Please do not notify the persons named; grand jury matters are secret.
Questions may be directed to me at (216) 555-0163 or blasko@prosecutor.cuyahogacounty.us.
Sincerely,
Brendan K. Lasko
Assistant Prosecuting Attorney, Economic Crimes Unit
==PAGE==
# THE STATE OF OHIO, CUYAHOGA COUNTY, ss.
# SUBPOENA DUCES TECUM — GRAND JURY
^ COURT OF COMMON PLEAS
TO: Keeper of Records, Ohio Department of Job and Family Services, 30 East Broad Street, Columbus, Ohio
YOU ARE HEREBY COMMANDED to appear before the GRAND JURY of Cuyahoga County, Ohio, at the Justice Center, 1200 Ontario Street, Cleveland, Ohio, on the 24th day of June, 2025, at 9:00 o'clock A.M., then and there to testify and give evidence concerning a matter then pending before said Grand Jury, and to bring with you:
All applications, interim reports, household composition records, benefit issuance histories, EBT card replacement logs, and addresses of record for the period 01/01/2021 through present, for:
    ABDULLAHI, Faadumo Xasan      DOB 02/17/1988
    NUUR, Warsame Cali            DOB 09/30/1984
This subpoena is issued pursuant to R.C. 2939.12 and Crim.R. 17. The matter under inquiry concerns possible violations of R.C. 2913.02 (theft) and R.C. 2913.46 (illegal use of supplemental nutrition assistance program benefits).
HEREIN FAIL NOT, under penalty of the law.
Issued at the request of: Brendan K. Lasko, Assistant Prosecuting Attorney (0091274)
 
WITNESS my hand and the seal of said Court, this 2nd day of June, 2025.
NAILAH S. BROOKS, Clerk of Courts
By ____________________ Deputy Clerk
"""
    scanned(pdf_bytes(t, font="Serif", stamps=[("RECEIVED\nJUN 06 2025\nODJFS LEGAL", 1, 360, 690, 12)]), f"{OUT}/bz03.pdf", rng, flip=(1, 180))
    save_label("bz03", "scanned", "Cuyahoga County grand jury SDT on clerk's form with APA cover letter; subpoena page upside down",
        ["district-attorney", "Cuyahoga County Prosecutor's Office", "Brendan K. Lasko", "Assistant Prosecuting Attorney", "blasko@prosecutor.cuyahogacounty.us", "(216) 555-0163"],
        [("Faadumo Xasan Abdullahi", "1988-02-17", []), ("Warsame Cali Nuur", "1984-09-30", [])],
        ["ORC 2939.12", "OH CrimP 17", "ORC 2913.02", "ORC 2913.46"], "grand_jury_subpoena", None, True, "criminal_investigation",
        ["benefits", "claims", "address", "other"], "mail")

# ---------------------------------------------------------------- bz04 I-247A + I-200, fax
@doc
def bz04(rng):
    t = """^ DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER – NOTICE OF ACTION
Subject ID: 418820553          Event #: DEN2504001377          File No: A 203 776 914
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
    Colorado Department of Corrections, Sterling Correctional Facility, Records/Time Computation
FROM: (Department of Homeland Security Office Address)
    ICE ERO Denver Field Office, 12445 E. Caley Ave., Centennial, CO 80111
Name of Alien: RAMÍREZ DE LA CRUZ, José Luis
Date of Birth: 12/03/1986        Citizenship: MEXICO        Sex: M
1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
[ ] A final order of removal against the alien;
[X] The pendency of ongoing removal proceedings against the alien;
[ ] Biometric confirmation of the alien's identity and a records check of federal databases ...;
[ ] Statements made by the alien to an immigration officer and/or other reliable evidence ...
2. DHS HAS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION (complete box 1 or 2). [ ]
IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling (303) 555-0188.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
- Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
- Notify this office in the event of the alien's death, hospitalization or transfer to another institution.
[X] This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.
[X] This form is accompanied by: Form I-200 (Warrant for Arrest of Alien).
This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.
Pavel A. Kuznetsov, Deportation Officer          (Signature of Immigration Officer)  /s/ P. Kuznetsov
Date: 04/09/2025
Form I-247A (3/17)
==PAGE==
""" + I200.format(file="A203 776 914", date="04/09/2025", name="RAMÍREZ DE LA CRUZ, José Luis", sig="/s/ Harlan D. Peete",
                  signame="Harlan D. Peete, Supervisory Detention and Deportation Officer")
    fax(pdf_bytes(t, font="Sans", size=9.5), f"{OUT}/bz04.tif", rng, "APR-09-2025 10:41  FROM:ICE ERO DENVER  303 555 0188  TO:17195550110")
    save_label("bz04", "fax", "I-247A detainer faxed to DOC with I-200 attached",
        ["dhs-ice-ero", "ICE ERO Denver Field Office", "Pavel A. Kuznetsov", "Deportation Officer", None, "(303) 555-0188"],
        [("José Luis Ramírez de la Cruz", "1986-12-03", [("a_number", "A203776914")])],
        ["INA 236", "INA 287", "8 CFR 287.7", "8 CFR 287"], "detainer", "I-247A", True, "civil_immigration",
        ["other"], "fax")

# ---------------------------------------------------------------- bz05 DEA 876 subpoena, born digital
@doc
def bz05(rng):
    t = """^ U.S. Department of Justice
^ Drug Enforcement Administration — Denver Field Division
# SUBPOENA
## In the Matter of: Investigation No. RD-25-0077 (Controlled Substances Act)
Subpoena No. CN-25-0417
TO: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles, 1881 Pierce Street, Lakewood, CO 80214
By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED TO APPEAR before Special Agent Rafael Montoya-Ibarra, an officer of the Drug Enforcement Administration, at 12154 E. Easter Ave., Centennial, Colorado, on the 19th day of May, 2025, at 10:00 a.m., to testify and give information in connection with an investigation relating to the enforcement of the Controlled Substances Act (21 U.S.C. 801 et seq.).
YOU ARE FURTHER REQUIRED to bring with you and produce at said time and place the following:
Driver license and identification card records, including digitized photographs, addresses of record, and all motor vehicle registration and title records for:
   1. KOVALENKO, Andriy — DOB 22 April 1990 — CO DL 08-214-6637
   2. Brianna Lee SUTTER — DOB 9 January 1995
Production of certified copies by mail or electronic delivery to the agent named above on or before the return date will be accepted in lieu of appearance.
Failure to comply with the requirements of this subpoena will render you liable to proceedings in the United States District Court to enforce obedience to the requirements of this subpoena, and to punish default or disobedience.
Issued under authority of Section 506 of Public Law 91-513 (21 U.S.C. 876).
 
In testimony whereof, the undersigned officer of the Drug Enforcement Administration has hereunto affixed his signature this 5th day of May, 2025.
/s/ Rafael Montoya-Ibarra
Special Agent, Drug Enforcement Administration
Telephone: (720) 555-0131    E-mail: rafael.montoya-ibarra@dea.gov
---
NOTICE: Do not disclose the existence of this subpoena; disclosure could impede the investigation. The information requested is needed in an official criminal investigation.
"""
    open(f"{OUT}/bz05.pdf", "wb").write(pdf_bytes(t, font="Sans", title="DEA Subpoena"))
    save_label("bz05", "born_digital", "DEA administrative subpoena under 21 USC 876 with district-court enforcement clause",
        ["doj-dea", "Drug Enforcement Administration — Denver Field Division", "Rafael Montoya-Ibarra", "Special Agent", "rafael.montoya-ibarra@dea.gov", "(720) 555-0131"],
        [("Andriy Kovalenko", "1990-04-22", [("license", "082146637")]), ("Brianna Lee Sutter", "1995-01-09", [])],
        ["21 USC 801", "21 USC 876", "PL 91-513"], "administrative_subpoena", None, True, "criminal_investigation",
        ["license", "photo", "address", "vehicle"], "mail")

# ---------------------------------------------------------------- bz06 txt local police, subpoena will follow
@doc
def bz06(rng):
    t = """From: Det. Luis Ángel Barrios <lbarrios@auroragov.org>
Sent: Tuesday, February 11, 2025 8:52 AM
To: CDLE Records Custodian <cdle_records@state.co.us>
Subject: Records request - APD case 25-004412 (Agg. Motor Vehicle Theft)

Hello,

I'm a detective with the Aurora Police Department Auto Theft Unit investigating a string of aggravated motor vehicle thefts (C.R.S. 18-4-409) from dealership lots. One of our suspects is:

    LE, Thanh Pham
    DOB: 1972-08-19

We believe he may have been working for a towing company during the time frame. I'd like any employer names, addresses and phone numbers on file with your wage records for 2023-2024, and his current mailing address if you have one.

The victim dealership's GM, Margaret O'Donnell, has already provided what she has, so I'm only asking for what the state has.

If your office requires a subpoena for this, let me know and I will have the 18th Judicial District DA's office issue one. I'd rather not wait if it can be avoided.

Thanks,

Luis Ángel Barrios
Detective, Auto Theft Unit
Aurora Police Department
15001 E. Alameda Pkwy, Aurora CO 80012
Office 303-555-0179
"""
    open(f"{OUT}/bz06.txt", "w", encoding="utf-8").write(t)
    save_label("bz06", "txt", "plain-text email from detective; offers a subpoena later",
        ["local-police", "Aurora Police Department", "Luis Ángel Barrios", "Detective, Auto Theft Unit", "lbarrios@auroragov.org", "303-555-0179"],
        [("Thanh Pham Le", "1972-08-19", [])],
        ["CRS 18-4-409"], "none", None, False, "criminal_investigation",
        ["employment", "wages", "address", "phone"], "email")

# ---------------------------------------------------------------- bz07 HSI HTML-only, GJ subpoena forthcoming
@doc
def bz07(rng):
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning Ms. Alvarado,</p>
<p>Thank you for taking my call yesterday. As discussed, HSI Denver is conducting a criminal investigation into a document vendor suspected of producing counterfeit permanent resident cards and supporting fraudulent driver license applications, in violation of <b>18 U.S.C. &sect; 1546</b> and <b>18 U.S.C. &sect; 1028</b>.</p>
<p>We are requesting copies of the driver license / ID applications, source documents scanned at issuance, and photographs for the following two individuals:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>Notes</th></tr>
<tr><td>HOANG Van Duc</td><td>03/07/1983</td><td>applied Lakewood office, 2024</td></tr>
<tr><td>OCHOA RUIZ, Mar&iacute;a Fernanda</td><td>10/28/1990</td><td>applied Westminster office</td></tr>
</table>
<p>I understand your office's policy. A federal grand jury subpoena is being prepared by the U.S. Attorney's Office for the District of Colorado and will follow under separate cover; in the meantime I'd ask that the records be preserved.</p>
<p>Respectfully,</p>
<p><b>Caroline D. Mertz</b><br>Special Agent<br>Homeland Security Investigations &ndash; Denver<br>U.S. Immigration and Customs Enforcement<br>Cell: 720-555-0146<br><a href="mailto:caroline.d.mertz@ice.dhs.gov">caroline.d.mertz@ice.dhs.gov</a></p>
<p style="font-size:8pt;color:#777">WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).</p>
</body></html>"""
    make_eml(f"{OUT}/bz07.eml", "Caroline D Mertz <caroline.d.mertz@ice.dhs.gov>", "Alvarado, Dana <dana.alvarado@state.co.us>",
             "HSI request - DL application records (2 subjects)", dt.datetime(2025, 5, 20, 9, 5, tzinfo=tz()), html=html)
    save_label("bz07", "eml", "HSI HTML-only email, criminal document-fraud case; says grand jury subpoena will follow",
        ["dhs-ice-hsi", "Homeland Security Investigations – Denver", "Caroline D. Mertz", "Special Agent", "caroline.d.mertz@ice.dhs.gov", "720-555-0146"],
        [("Van Duc Hoang", "1983-03-07", []), ("María Fernanda Ochoa Ruiz", "1990-10-28", [])],
        ["18 USC 1546", "18 USC 1028", "5 USC 552"], "none", None, False, "criminal_investigation",
        ["license", "identity_documents", "photo"], "email")

# ---------------------------------------------------------------- bz08 Texas search warrant + long affidavit, scanned
@doc
def bz08(rng):
    t = """^ THE STATE OF TEXAS  §
^ COUNTY OF HARRIS  §
# SEARCH WARRANT
^ Warrant No. 2025-SW-18832
THE STATE OF TEXAS, to the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas:
WHEREAS, the Affiant, whose name appears on the Affidavit attached hereto, is a peace officer under the laws of Texas and did heretofore this day subscribe and swear to said Affidavit before me, and whereas I find that the verified facts stated by Affiant in said Affidavit show that Affiant has probable cause for the belief he expresses therein and establishes grounds for issuance of this Warrant under Tex. Code Crim. Proc. art. 18.02(a)(10);
NOW, THEREFORE, you are commanded to enter the Texas Workforce Commission, Open Records / Subpoena Response, 101 E. 15th Street, Austin, Texas, and there search for and seize the records described in the Affidavit, namely employer wage reports, unemployment claim filings, and addresses and telephone numbers of record for DMITRI OLEGOVICH SOKOLOV (DOB 05/11/1993) and JEROME ANTHONY PICKETT (DOB 12/01/1998), and to bring said property before me within three days.
HEREIN FAIL NOT, and due return make hereof.
WITNESS MY SIGNATURE on this the 7th day of March, 2025, at 4:12 o'clock P.M.
> ______________________________
> Hon. Alicia M. Gutiérrez
> Judge, 180th District Court, Harris County, Texas
==PAGE==
# AFFIDAVIT FOR SEARCH WARRANT
THE STATE OF TEXAS  §  COUNTY OF HARRIS  §
BEFORE ME, THE UNDERSIGNED AUTHORITY, PERSONALLY APPEARED the Affiant herein, a peace officer under the laws of the State of Texas, who, being duly sworn, on oath made the following statements and accusations pursuant to Tex. Code Crim. Proc. art. 18.01:
1. My name is Renata Salazar-Quiñones. I am a Detective with the Houston Police Department, Robbery Division, and have been a licensed peace officer for eleven years.
2. There is in Travis County, Texas, a place to wit: the Texas Workforce Commission, which maintains records of wages reported by employers and claims for unemployment benefits.
3. Said records constitute evidence that a particular person committed the offense of Aggravated Robbery, Tex. Penal Code § 29.03, a felony of the first degree.
4. On January 18, 2025, at approximately 9:40 p.m., two men wearing high-visibility work vests robbed at gunpoint the cashier of a convenience store at 8800 Westheimer Road, Houston. The cashier, Sharonda Mills, told officers that one suspect said "we got to get back to the yard before shift change."
5. Surveillance video shows the suspects leaving in a white Ford F-250 bearing a company logo for Gulf Coast Pipe & Valve. Officers learned that the truck was assigned to a crew that included DMITRI OLEGOVICH SOKOLOV and JEROME ANTHONY PICKETT.
6. A confidential informant, who has given reliable information on three previous occasions, identified SOKOLOV from a photo array. Witness Mills viewed a separate array and tentatively identified PICKETT.
7. Affiant believes that wage and claim records held by the Texas Workforce Commission will show the suspects' employers during the relevant period, their addresses and telephone numbers, and whether either of them filed an unemployment claim after the robbery, which tends to show flight or changes of employment following the offense.
8. Affiant has been advised by the Harris County District Attorney's Office that wage records are confidential under state law and may be released upon a search warrant.
==PAGE==
9. Affiant therefore requests that a warrant issue authorizing the seizure of certified copies of: (a) quarterly wage records 2023 Q1 through present; (b) all unemployment claim applications and payment histories; (c) addresses, e-mail addresses and telephone numbers of record; for each person named above.
WHEREFORE, Affiant asks for issuance of a warrant that will authorize the search of said place for said records and their seizure.
> ______________________________
> Affiant: Det. Renata Salazar-Quiñones, #15772
> Houston Police Department, Robbery Division
> 1200 Travis St., Houston, TX 77002 — (713) 555-0121
> rsalazar.quinones@houstonpolice.org
SUBSCRIBED AND SWORN TO BEFORE ME on this the 7th day of March, 2025.
> ______________________________
> Judge, 180th District Court, Harris County, Texas
"""
    scanned(pdf_bytes(t, stamps=[("TWC LEGAL\nRECEIVED MAR 10 2025", 0, 300, 735, -8)]), f"{OUT}/bz08.pdf", rng, flip=(2, 90))
    save_label("bz08", "scanned", "Texas district-judge search warrant with a longer affiant affidavit; witness and employer named",
        ["local-police", "Houston Police Department, Robbery Division", "Renata Salazar-Quiñones", "Detective", "rsalazar.quinones@houstonpolice.org", "(713) 555-0121"],
        [("Dmitri Olegovich Sokolov", "1993-05-11", []), ("Jerome Anthony Pickett", "1998-12-01", [])],
        ["TX CCP 18.02", "TX CCP 18.01", "TX PC 29.03"], "judicial_warrant", None, True, "criminal_investigation",
        ["wages", "employment", "claims", "address", "phone", "email"], "mail")

# ---------------------------------------------------------------- bz09 2703(d) order with AUSA letter
@doc
def bz09(rng):
    t = """^ U.S. Department of Justice
^ United States Attorney's Office — District of Colorado
^ 1801 California Street, Suite 1600, Denver, Colorado 80202
---
July 8, 2025
Colorado Department of Labor and Employment
Unemployment Insurance Division — Legal / Records Custodian
633 17th Street, Denver, CO 80202
Re: In re Application of the United States, No. 25-mj-01187-KLM
Dear Records Custodian:
Enclosed is an order of the United States District Court for the District of Colorado, issued under 18 U.S.C. § 2703(d), directing production of subscriber and log-in records for two MyUI+ online claimant accounts. The investigation concerns wire fraud (18 U.S.C. § 1343) involving pandemic-era and later unemployment claims. The order also prohibits notice to the account holders under 18 U.S.C. § 2705(b).
Please send the records to me electronically. Thank you.
Jonah P. Whitcomb
Assistant United States Attorney
(303) 555-0129 | jonah.whitcomb@usdoj.gov
==PAGE==
# UNITED STATES DISTRICT COURT
^ for the
^ District of Colorado
---
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)          Case No. 25-mj-01187-KLM
---
# ORDER
The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Colorado Department of Labor and Employment ("CDLE"), which provides the MyUI+ online claimant service, to disclose the records and other information described in Attachment A to this Order.
The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation.
IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that CDLE shall, within ten days of the date of this Order, disclose to the United States the records and other information described in Attachment A.
IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that CDLE shall not disclose the existence of the application or this Order to any other person for a period of one year.
IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the Court.
Date: 07/03/2025
> ______________________________
> Kristen L. Mix
> United States Magistrate Judge
==PAGE==
# ATTACHMENT A
For the claimant accounts associated with:
   (1) Svetlana Petrovna IVANOVA, date of birth 26 February 1987
   (2) Kevin Arturo DÁVILA, date of birth 14 July 1985
CDLE shall disclose: names, e-mail addresses and telephone numbers registered to the accounts; mailing addresses; records of session times and durations and the IP addresses used to log in, 01/01/2023 to present; bank account and debit-card information used for benefit payments; and claim filing history.
"""
    open(f"{OUT}/bz09.pdf", "wb").write(pdf_bytes(t, title="2703(d) Order"))
    save_label("bz09", "born_digital", "AUSA cover letter + federal 18 USC 2703(d) order with nondisclosure",
        ["doj-usao", "United States Attorney's Office — District of Colorado", "Jonah P. Whitcomb", "Assistant United States Attorney", "jonah.whitcomb@usdoj.gov", "(303) 555-0129"],
        [("Svetlana Petrovna Ivanova", "1987-02-26", []), ("Kevin Arturo Dávila", "1985-07-14", [])],
        ["18 USC 2703", "18 USC 2705", "18 USC 1343"], "court_order", None, True, "criminal_investigation",
        ["email", "phone", "address", "claims", "benefits", "other"], "mail")

# ---------------------------------------------------------------- bz10 NY order to show cause, fax
@doc
def bz10(rng):
    t = """# FAX TRANSMITTAL
^ KINGS COUNTY DISTRICT ATTORNEY'S OFFICE — Frauds Bureau
^ 350 Jay Street, Brooklyn, NY 11201
TO: NYS Department of Labor, Counsel's Office — Subpoena/Records Unit      FAX: 518-555-0190
FROM: ADA Priya Venkataraman      PHONE: 718-555-0137      EMAIL: venkataramanp@brooklynda.org
DATE: 5/14/2025          PAGES (incl. cover): 3
RE: People v. Tuan Anh Vo, Ind. No. 01234-2024 — signed Order to Show Cause
Please see the attached Order to Show Cause signed by Justice Harrington this afternoon. Service by fax was authorized. Please note the preservation directive pending the return date.
CONFIDENTIALITY NOTICE: This facsimile is intended only for the addressee and may contain privileged information.
==PAGE==
At IAS Part 14 of the Supreme Court of the State of New York, held in and for the County of Kings, at the Courthouse, 320 Jay Street, Brooklyn, New York, on the 14th day of May, 2025.
P R E S E N T:  HON. WALTER J. HARRINGTON, Justice.
---
THE PEOPLE OF THE STATE OF NEW YORK,
          -against-                                      Ind. No. 01234-2024
TUAN ANH VO,                                             ORDER TO SHOW CAUSE
                    Defendant.
---
Upon the annexed affirmation of Assistant District Attorney Priya Venkataraman, dated May 13, 2025, and the exhibits thereto, and upon all prior proceedings herein, the defendant being charged by indictment with Grand Larceny in the Third Degree (Penal Law § 155.35) and Offering a False Instrument for Filing in the First Degree (Penal Law § 175.35),
LET the NEW YORK STATE DEPARTMENT OF LABOR, or its counsel, SHOW CAUSE before this Court at IAS Part 14, Room 1412, on the 3rd day of June, 2025, at 9:30 a.m., or as soon thereafter as counsel may be heard, WHY an order should not be made pursuant to Labor Law § 537 directing the Department to disclose to the People the unemployment insurance claim records, wage reporting records and employer history of the defendant, TUAN ANH VO, born January 30, 1981, for the period January 2022 to date;
AND IT IS FURTHER ORDERED that, pending the hearing of this application, the Department shall preserve all such records; and
IT IS FURTHER ORDERED that service of a copy of this Order and the papers upon which it is granted, by facsimile and by overnight mail upon the Department's Counsel's Office on or before May 16, 2025, be deemed good and sufficient service.
> E N T E R:
> ______________________________
> J.S.C.
"""
    fax(pdf_bytes(t, font="Serif", size=10), f"{OUT}/bz10.tif", rng, "05/14/2025 16:58  KINGS CO DA FRAUDS  7185550137")
    save_label("bz10", "fax", "New York Supreme Court order to show cause (Labor Law 537) faxed with DA cover sheet",
        ["district-attorney", "Kings County District Attorney's Office — Frauds Bureau", "Priya Venkataraman", "Assistant District Attorney", "venkataramanp@brooklynda.org", "718-555-0137"],
        [("Tuan Anh Vo", "1981-01-30", [])],
        ["NY PL 155.35", "NY PL 175.35", "NY Labor Law 537"], "court_order", None, True, "criminal_investigation",
        ["claims", "wages", "employment"], "fax")

# ---------------------------------------------------------------- bz11 I-138 emailed
@doc
def bz11(rng):
    t = """^ DEPARTMENT OF HOMELAND SECURITY
^ U.S. Immigration and Customs Enforcement
# IMMIGRATION ENFORCEMENT SUBPOENA
Subpoena No. SPM-25-ERO-00829          File No. A 215 660 904
To: Custodian of Records, Minnesota Department of Employment and Economic Development, Unemployment Insurance Division, 332 Minnesota Street, Suite E200, St. Paul, MN 55101
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to produce the records described below before the Department of Homeland Security officer named below at 1 Federal Drive, Suite 1601, Fort Snelling, MN 55111, on 06/20/2025 at 10:00 AM.
This subpoena is issued pursuant to section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4, in connection with an inquiry regarding the privilege of the person named below to enter, reenter, reside in, or pass through the United States.
Records to be produced: quarterly wage detail for all employers, employer names and addresses, and the residential address and telephone number of record, 01/2023 to present, for:
    CABDI, Maxamed Yuusuf        DOB: 8 Nov 1994        A# 215-660-904
Failure to comply with this subpoena will render you liable to proceedings in a United States District Court which may result in the issuance of an order by the court requiring you to appear and produce, and any failure to obey such order of the court may be punished as contempt thereof.
/s/ Shauna K. Pettibone
Shauna K. Pettibone, Supervisory Detention and Deportation Officer
(Name and title of issuing officer)       Date: June 2, 2025
Form I-138 (Rev. 08/14)
"""
    att = pdf_bytes(t, font="Sans", size=10, title="I-138")
    body = """Hello,

Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) for wage and address records. Electronic production to this address is acceptable in lieu of appearance.

If you have questions, please call me.

Shauna K. Pettibone
SDDO | ICE ERO St. Paul Field Office
Office: 612-555-0158
shauna.pettibone@ice.dhs.gov
"""
    html = "<html><body><p>Hello,</p><p>Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) for wage and address records. Electronic production to this address is acceptable in lieu of appearance.</p><p>If you have questions, please call me.</p><p>Shauna K. Pettibone<br>SDDO | ICE ERO St. Paul Field Office<br>Office: 612-555-0158<br>shauna.pettibone@ice.dhs.gov</p></body></html>"
    make_eml(f"{OUT}/bz11.eml", "Pettibone, Shauna K <shauna.pettibone@ice.dhs.gov>", "deed.uilegal@state.mn.us",
             "I-138 Subpoena SPM-25-ERO-00829", dt.datetime(2025, 6, 2, 11, 40, tzinfo=tz(-5)), body=body, html=html,
             attachments=[(att, "application", "pdf", "SPM-25-ERO-00829.pdf")])
    save_label("bz11", "eml", "ERO email (multipart/alternative) with I-138 immigration enforcement subpoena PDF",
        ["dhs-ice-ero", "ICE ERO St. Paul Field Office", "Shauna K. Pettibone", "Supervisory Detention and Deportation Officer", "shauna.pettibone@ice.dhs.gov", "612-555-0158"],
        [("Maxamed Yuusuf Cabdi", "1994-11-08", [("a_number", "A215660904")])],
        ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True, "civil_immigration",
        ["wages", "employment", "address", "phone"], "email")

# ---------------------------------------------------------------- bz12 I-205 scanned with cover letter
@doc
def bz12(rng):
    t = """^ U.S. Department of Homeland Security
^ U.S. Immigration and Customs Enforcement — Enforcement and Removal Operations
^ Salt Lake City Field Office, 2975 Decker Lake Drive, West Valley City, UT 84119
---
2025-04-22
Utah Department of Public Safety, Driver License Division
Attn: Records Section, 4501 South 2700 West, Salt Lake City, UT 84129
Re: BENÍTEZ ZÚÑIGA, Ana Lucía — A 201 334 118 — Utah DL 163948207
To whom it may concern:
The above-named person is subject to a final order of removal and a Warrant of Removal/Deportation (Form I-205), copy enclosed, has been issued. Under 8 U.S.C. § 1231 this office is charged with effecting her removal. We respectfully request her current residential address, the photograph on her most recent license, and license status.
Date of birth: August 21, 1989.
Sincerely,
Gregory T. Halvorsen
Assistant Field Office Director
(801) 555-0166 — gregory.t.halvorsen@ice.dhs.gov
==PAGE==
^ U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION
> File No: A201 334 118
> Date: 04/18/2025
To any immigration officer of the United States Department of Homeland Security:
ANA LUCÍA BENÍTEZ ZÚÑIGA
(Full name of alien)
who entered the United States at or near El Paso, Texas on or about 06/2009
(Place of entry) (Date of entry)
is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
section 237(a)(1)(B)
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of:
the appropriation "Enforcement and Removal Operations"
 
/s/ G. T. Halvorsen
(Signature of immigration officer)
Assistant Field Office Director, Salt Lake City
(Title of immigration officer)
Salt Lake City, Utah  04/18/2025
(Date and office location)
Form I-205 (Rev. 08/01/07)
"""
    scanned(pdf_bytes(t, font="Sans", size=10), f"{OUT}/bz12.pdf", rng, flip=(1, 180))
    save_label("bz12", "scanned", "ERO cover letter + I-205 (district-judge checkbox printed, unchecked); second page upside down",
        ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement — Enforcement and Removal Operations, Salt Lake City Field Office", "Gregory T. Halvorsen", "Assistant Field Office Director", "gregory.t.halvorsen@ice.dhs.gov", "(801) 555-0166"],
        [("Ana Lucía Benítez Zúñiga", "1989-08-21", [("a_number", "A201334118"), ("license", "163948207")])],
        ["8 USC 1231", "INA 237"], "administrative_warrant", "I-205", True, "civil_immigration",
        ["address", "photo", "license"], "mail")

@doc
def bz13(rng):
    t = """# IN THE SUPERIOR COURT OF DEKALB COUNTY
# STATE OF GEORGIA
# GRAND JURY SUBPOENA FOR PRODUCTION OF DOCUMENTARY EVIDENCE
^ July 2025 Term — GJ File No. 25-GJ-0342
TO: Custodian of Records, Georgia Department of Driver Services, 2206 East View Parkway, Conyers, GA 30013
You are hereby commanded, all excuses being laid aside, to appear before the Grand Jury of DeKalb County at the DeKalb County Courthouse, 556 N. McDonough Street, Decatur, Georgia, on July 22, 2025 at 9:00 a.m., and to bring with you the following, pursuant to O.C.G.A. § 24-13-21 and O.C.G.A. § 24-13-23:
Certified driver history, license and identification card application records, digital photographs, and vehicle registration records for:
  (1) Juan Pablo DE LA CRUZ MALDONADO, DOB 2/14/1997, GA DL 058 332 917
  (2) Teodora Ilieva MARINOVA, DOB 6/5/2000
The Grand Jury is inquiring into a collision on Memorial Drive on 04/30/2025 investigated as Homicide by Vehicle (O.C.G.A. § 40-6-393).
Compliance may be made by delivering certified records, with a business-records certification, to the requesting Assistant District Attorney before the date above.
Witness the Honorable Courtney L. Abernathy, Judge of said Court, this 1st day of July, 2025.
DEBRA K. WILLIAMSON, Clerk, Superior Court of DeKalb County
By: ______________________ Deputy Clerk
---
Requested by: Imani R. Castellanos, Assistant District Attorney, Office of the District Attorney, Stone Mountain Judicial Circuit
Phone 404-555-0115 | ircastellanos@dekalbcountyga.gov
"""
    open(f"{OUT}/bz13.pdf", "wb").write(pdf_bytes(t, title="Grand Jury Subpoena"))
    save_label("bz13", "born_digital", "Georgia county grand jury SDT issued by superior court clerk, requested by ADA",
        ["district-attorney", "Office of the District Attorney, Stone Mountain Judicial Circuit", "Imani R. Castellanos", "Assistant District Attorney", "ircastellanos@dekalbcountyga.gov", "404-555-0115"],
        [("Juan Pablo de la Cruz Maldonado", "1997-02-14", [("license", "058332917")]), ("Teodora Ilieva Marinova", "2000-06-05", [])],
        ["OCGA 24-13-21", "OCGA 24-13-23", "OCGA 40-6-393"], "grand_jury_subpoena", None, True, "criminal_investigation",
        ["license", "photo", "vehicle", "other"], "mail")

@doc
def bz14(rng):
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = "Sgt. Wade H. Brannigan <wade.brannigan@elpasoco.com>"
    inner["To"] = "Lena Okonkwo <lena.okonkwo@state.co.us>"
    inner["Subject"] = "Request - FARAH, Ibrahim Abdi"
    inner["Date"] = format_datetime(dt.datetime(2025, 1, 29, 7, 48, tzinfo=tz(-7)))
    inner["Message-ID"] = "<c0ffee11.ep-so@elpasoco.com>"
    inner.set_content("""Lena,

Good talking with you. We are looking for Ibrahim Abdi FARAH, DOB 05/19/1979. He has an active felony warrant out of El Paso County District Court for felony menacing, C.R.S. 18-3-206 (case 24CR6631) and we have not been able to locate him. I don't have a copy of the warrant handy but it's in NCIC/CCIC.

Could you send the most current address, any vehicles registered to him, and the DL photo so our team can ID him?

Thanks,
Sgt. Wade H. Brannigan
Fugitive Warrants Section
El Paso County Sheriff's Office
27 E. Vermijo Ave, Colorado Springs, CO 80903
719-555-0104
""")
    body = """FYI - forwarding to the records unit for logging and handling. He called me directly yesterday.

Lena Okonkwo
Driver Control Supervisor, DMV
"""
    make_eml(f"{OUT}/bz14.eml", "Lena Okonkwo <lena.okonkwo@state.co.us>", "DMV Records Request <dmv_records@state.co.us>",
             "Fwd: Request - FARAH, Ibrahim Abdi", dt.datetime(2025, 1, 29, 9, 3, tzinfo=tz(-7)), body=body, forward=inner)
    save_label("bz14", "eml", "internal forward (message/rfc822) of sheriff's sergeant request; arrest warrant mentioned, not attached",
        ["sheriff", "El Paso County Sheriff's Office", "Wade H. Brannigan", "Sergeant, Fugitive Warrants Section", "wade.brannigan@elpasoco.com", "719-555-0104"],
        [("Ibrahim Abdi Farah", "1979-05-19", [])],
        ["CRS 18-3-206"], "none", None, False, "criminal_investigation",
        ["address", "vehicle", "photo"], "email")

@doc
def bz15(rng):
    t = """# SUPERIOR COURT OF WASHINGTON FOR KING COUNTY
---
STATE OF WASHINGTON,                    Plaintiff,          No. 24-1-04417-2 SEA
        v.                                                  SUBPOENA DUCES TECUM
MIKHAIL ROMANOVICH ZHUKOV,              Defendant.          (CrR 4.8)
---
THE STATE OF WASHINGTON TO: Records Custodian, Washington State Employment Security Department, P.O. Box 9046, Olympia, WA 98507
YOU ARE COMMANDED to appear in the above-entitled Court, King County Courthouse, 516 Third Avenue, Seattle, Courtroom E-1201, on September 8, 2025 at 9:00 a.m., to testify in the above case on behalf of the State of Washington, and to bring with you the following:
All wage-record reports filed by any employer (including Cascade Harbor Marine Supply Inc.) and all unemployment benefit applications, weekly claims and payment records for MIKHAIL ROMANOVICH ZHUKOV, DOB 23 Sep 1976, from 1 Jan 2022 to present.
The defendant is charged with Theft in the First Degree, RCW 9A.56.030.
In lieu of appearing, you may deliver true copies of the records, with a records custodian declaration in the form permitted by ER 902(11) and RCW 5.45.020, to the undersigned before the date above.
DATED: August 4, 2025
> DANIEL T. SATTERFIELD, King County Prosecuting Attorney
> By: /s/ Hannah J. Lindqvist
> Hannah J. Lindqvist, WSBA #48812
> Deputy Prosecuting Attorney, Economic Crimes Unit
> W554 King County Courthouse, Seattle, WA 98104
> (206) 555-0186 | hannah.lindqvist@kingcounty.gov
"""
    open(f"{OUT}/bz15.pdf", "wb").write(pdf_bytes(t, title="SDT"))
    save_label("bz15", "born_digital", "Washington criminal-case SDT issued by deputy prosecutor under CrR 4.8 (no judge)",
        ["district-attorney", "King County Prosecuting Attorney", "Hannah J. Lindqvist", "Deputy Prosecuting Attorney", "hannah.lindqvist@kingcounty.gov", "(206) 555-0186"],
        [("Mikhail Romanovich Zhukov", "1976-09-23", [])],
        ["WA CrR 4.8", "RCW 9A.56.030", "WA ER 902", "RCW 5.45.020"], "court_subpoena", None, True, "criminal_investigation",
        ["wages", "employment", "claims", "benefits"], "mail")

@doc
def bz16(rng):
    t = """# WELD COUNTY SHERIFF'S OFFICE
^ Warrants / Records Section — 2950 9th Street, Greeley, CO 80631
^ Phone 970-555-0112   Fax 970-555-0113
---
# DETAINER / HOLD REQUEST
Date: 06-May-2025
TO: Colorado Department of Corrections, Time/Release Operations, Colorado Springs
Please place a HOLD for the Weld County Sheriff's Office on the following inmate:
   NAME:  RUIZ-ESPINOZA, Héctor Manuel
   DOB:   04/16/1982
   DOC #: 184472
This agency holds an active felony warrant, Weld County District Court case 24CR1187, charge: Criminal Impersonation, C.R.S. 18-5-113. Bond: NO BOND.
A copy of the warrant will be sent by separate fax once it is pulled from the file. Please notify this office at least 30 days prior to the inmate's parole or release date so that transport can be arranged, and confirm receipt of this hold by return fax.
Requested by: Jolene R. Marsh, Warrants Technician II, #S2291
Verified by: Sgt. Omar Z. Haddad
"""
    fax(pdf_bytes(t, font="Sans"), f"{OUT}/bz16.tif", rng, "2025-05-06 13:12  WELD CO SO WARRANTS  970 555 0113")
    save_label("bz16", "fax", "county sheriff hold request (detainer) to DOC; warrant to follow, not attached",
        ["sheriff", "Weld County Sheriff's Office", "Jolene R. Marsh", "Warrants Technician II", None, "970-555-0112"],
        [("Héctor Manuel Ruiz-Espinoza", "1982-04-16", [("other", "184472")])],
        ["CRS 18-5-113"], "detainer", None, False, "criminal_investigation",
        ["other"], "fax")

@doc
def bz17(rng):
    t = """^ Department of the Treasury — Internal Revenue Service
^ IRS Criminal Investigation — Denver Field Office, 1999 Broadway, Denver, CO 80202
---
August 11, 2025
Custodian of Records
Colorado Department of Labor and Employment, Employer Services / Wage Records
Denver, CO 80202
Re: Summons — Ricardo Ávila Santamaría
Dear Custodian,
Enclosed is an IRS summons (Form 2039) for quarterly wage records. This summons is issued in connection with a criminal investigation of possible violations of 26 U.S.C. § 7201 (attempt to evade tax) and 26 U.S.C. § 7206(1) (false return). Production of certified copies by mail will satisfy the summons. Please contact me with questions.
Deborah A. Fairweather, Special Agent
(303) 555-0133 — deborah.fairweather@ci.irs.gov
==PAGE==
# Summons
In the matter of: RICARDO ÁVILA SANTAMARÍA, SSN xxx-xx-5182, DOB 1971-06-09
Internal Revenue Service (Division): Criminal Investigation
Industry/Area (name or number): Denver Field Office
Periods: Calendar years 2021, 2022, 2023 and 2024
The Commissioner of Internal Revenue
To: Custodian of Records, Colorado Department of Labor and Employment
At: 633 17th Street, Denver, CO 80202
You are hereby summoned and required to appear before Deborah A. Fairweather, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown:
All quarterly wage reports filed by any employer for the person named above, employer names, addresses and account numbers, for the periods shown.
Place and time for appearance at: 1999 Broadway, Denver, CO 80202, on the 2nd day of September, 2025 at 10 o'clock a.m.
Issued under authority of the Internal Revenue Code this 11th day of August, 2025.
Signature of issuing officer: /s/ Deborah A. Fairweather        Title: Special Agent
Signature of approving officer (if applicable): /s/ Victor Y. Chen     Title: Supervisory Special Agent
Form 2039 (Rev. 12-2001)   Catalog Number 21405J
==PAGE==
## Provisions of the Internal Revenue Code
26 U.S.C. § 7602. Examination of books and witnesses. (a) Authority to summon, etc. — For the purpose of ascertaining the correctness of any return, ... the Secretary is authorized to summon the person liable for tax ... or any person having possession, custody, or care of books of account containing entries relating to the business of the person liable for tax ...
26 U.S.C. § 7603. Service of summons. (a) In general. — A summons issued under section 7602 shall be served by the Secretary, by an attested copy delivered in hand to the person to whom it is directed, or left at his last and usual place of abode ...
26 U.S.C. § 7604. Enforcement of summons. (a) Jurisdiction of district court. — If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production ...
26 U.S.C. § 7210. Failure to obey summons. — Any person who, being duly summoned to appear to testify, or to appear and produce books, accounts, records, memoranda, or other papers, as required under sections 7602, 7603, and 7604(b), neglects to appear or to produce ... shall, upon conviction thereof, be fined not more than $1,000, or imprisoned not more than 1 year, or both ...
"""
    open(f"{OUT}/bz17.pdf", "wb").write(pdf_bytes(t, font="Sans", size=9.5, title="Form 2039"))
    save_label("bz17", "born_digital", "IRS-CI cover letter + Form 2039 summons with IRC provisions page (district court enforcement)",
        ["irs-ci", "IRS Criminal Investigation — Denver Field Office", "Deborah A. Fairweather", "Special Agent", "deborah.fairweather@ci.irs.gov", "(303) 555-0133"],
        [("Ricardo Ávila Santamaría", "1971-06-09", [("ssn_last4", "5182")])],
        ["26 USC 7201", "26 USC 7206", "26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7210"],
        "administrative_subpoena", "2039", True, "criminal_investigation",
        ["wages", "employment"], "mail")

@doc
def bz18(rng):
    t = """# IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
^ COUNTY DEPARTMENT, CRIMINAL DIVISION
---
PEOPLE OF THE STATE OF ILLINOIS                    )
          v.                                        )     No. 24 CR 0913501
KEISHA MONIQUE HARDAWAY                             )
---
# SUBPOENA DUCES TECUM (CRIMINAL)
To: Keeper of Records, Illinois Department of Human Services, Bureau of Collections / Subpoena Compliance, 100 S. Grand Ave. East, Springfield, IL 62762
YOU ARE COMMANDED to produce the documents described below to Courtroom 506, 2650 S. California Ave., Chicago, Illinois, on 08/14/2025 at 9:30 a.m.:
Complete SNAP and TANF case files, applications and redeterminations, household member lists, benefit issuance histories, and addresses of record, 01/2020 to present, for KEISHA MONIQUE HARDAWAY, DOB 03/12/1984, charged with State Benefits Fraud, 720 ILCS 5/17-6.
YOUR FAILURE TO RESPOND TO THIS SUBPOENA WILL SUBJECT YOU TO PUNISHMENT FOR CONTEMPT OF THIS COURT.
You may comply by mailing legible certified copies to the attorney below before the return date.
Atty. No. 30307     Name: ASA Gabriel Nwachukwu
Atty. for: The People — Cook County State's Attorney's Office, Financial Crimes Unit
Address: 2650 S. California Ave., Chicago, IL 60608     Telephone: (773) 555-0148
Email: gabriel.nwachukwu@cookcountysao.org
WITNESS: ____________________, 2025
CLERK OF THE CIRCUIT COURT OF COOK COUNTY          By: __________ Deputy Clerk
(Seal of Court)
"""
    scanned(pdf_bytes(t, stamps=[("ISSUED\nJUL 15 2025\nCLERK CIRCUIT COURT", 0, 390, 120, 6)]), f"{OUT}/bz18.pdf", rng)
    save_label("bz18", "scanned", "Cook County criminal SDT on clerk's form, filled in by an ASA",
        ["district-attorney", "Cook County State's Attorney's Office, Financial Crimes Unit", "Gabriel Nwachukwu", "Assistant State's Attorney", "gabriel.nwachukwu@cookcountysao.org", "(773) 555-0148"],
        [("Keisha Monique Hardaway", "1984-03-12", [])],
        ["720 ILCS 5/17-6"], "court_subpoena", None, True, "criminal_investigation",
        ["benefits", "claims", "address"], "mail")

@doc
def bz19(rng):
    t = """^ DEPARTMENT OF HOMELAND SECURITY
^ U.S. Customs and Border Protection
# SUMMONS
No. ELP-OFO-25-0093
To: Custodian of Records, New Mexico Taxation & Revenue Department, Motor Vehicle Division, 1100 S. St. Francis Dr., Santa Fe, NM 87504
In the matter of: Investigation of possible violations of 18 U.S.C. § 545 (smuggling goods into the United States) and 19 U.S.C. § 1595a
Pursuant to 19 U.S.C. § 1509, you are hereby summoned to appear before Supervisory CBP Officer Travis L. Echols at the Bridge of the Americas, El Paso, TX, on 07/15/2025 at 10:00 a.m., and to produce:
Registration and title history, lienholder, and address records for VIN 1FTFW1E85MFA00000 and all vehicles registered to OLVERA CASTAÑEDA, Efraín, DOB 10/02/1978.
Failure to comply may subject you to enforcement proceedings in a United States district court under 19 U.S.C. § 1510.
Issued 07/01/2025 by: /s/ Travis L. Echols, Supervisory CBP Officer
CBP Form 3115 (03/14)
"""
    jpg = phone_photo(pdf_bytes(t, font="Sans", size=10), rng)
    body = """Good morning,

See attached photo of the CBP summons served this morning at your front counter (copy left with your staff). Please send the requested registration/title records to me at this email.

Travis L. Echols
Supervisory CBP Officer
U.S. Customs and Border Protection, Office of Field Operations, El Paso Field Office
915-555-0174
travis.echols@cbp.dhs.gov

Sent from my iPhone
"""
    make_eml(f"{OUT}/bz19.eml", "Echols, Travis L <travis.echols@cbp.dhs.gov>", "mvd.records@tax.newmexico.gov",
             "CBP Summons ELP-OFO-25-0093", dt.datetime(2025, 7, 1, 10, 17, tzinfo=tz(-6)), body=body,
             attachments=[(jpg, "image", "jpeg", "IMG_4471.jpg")])
    save_label("bz19", "eml", "CBP officer email with phone photo (JPEG) of a CBP Form 3115 summons",
        ["dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, El Paso Field Office", "Travis L. Echols", "Supervisory CBP Officer", "travis.echols@cbp.dhs.gov", "915-555-0174"],
        [("Efraín Olvera Castañeda", "1978-10-02", [])],
        ["18 USC 545", "19 USC 1595a", "19 USC 1509", "19 USC 1510"], "administrative_subpoena", "3115", True, "criminal_investigation",
        ["vehicle", "address"], "email")

@doc
def bz20(rng):
    t = """^ STATE OF FLORIDA — DEPARTMENT OF FINANCIAL SERVICES
^ Division of Investigative and Forensic Services — Bureau of Insurance Fraud
^ 1 Alhambra Plaza, Suite 1200, Coral Gables, FL 33134 — Tel. 305-555-0127
# INVESTIGATIVE SUBPOENA DUCES TECUM
Case No. IF-25-31170
TO: Custodian of Records, Florida Department of Highway Safety and Motor Vehicles, Neil Kirkman Building, 2900 Apalachee Parkway, Tallahassee, FL 32399
Pursuant to the authority of section 626.989, Florida Statutes, YOU ARE HEREBY REQUIRED to produce the following records to the undersigned on or before June 30, 2025, in connection with an investigation of alleged violations of section 817.234, Florida Statutes (false and fraudulent insurance claims):
Driver license records, digital images, addresses of record, and vehicle registration and crash report records for:
   LÊ, Thị Kim Oanh — DOB 07/07/1986 — FL DL L200-512-86-697-0
   PERALTA VEGA, Óscar Iván — DOB 05/30/1983
Should you fail to comply, the Department may apply to the circuit court for an order compelling compliance as provided in section 120.569, Florida Statutes.
ISSUED this 9th day of June, 2025.
/s/ Marisol Quintero
Marisol Quintero, Detective Sergeant, for the Director
Bureau of Insurance Fraud — marisol.quintero@myfloridacfo.com
"""
    fax(pdf_bytes(t, font="Serif"), f"{OUT}/bz20.tif", rng, "JUN 09 2025 15:20 FROM: DIFS INS FRAUD MIAMI 3055550127")
    save_label("bz20", "fax", "Florida insurance-fraud bureau investigative SDT (state administrative subpoena)",
        ["other", "Florida Department of Financial Services, Division of Investigative and Forensic Services, Bureau of Insurance Fraud", "Marisol Quintero", "Detective Sergeant", "marisol.quintero@myfloridacfo.com", "305-555-0127"],
        [("Thị Kim Oanh Lê", "1986-07-07", [("license", "L200512866970")]), ("Óscar Iván Peralta Vega", "1983-05-30", [])],
        ["FS 626.989", "FS 817.234", "FS 120.569"], "administrative_subpoena", None, True, "criminal_investigation",
        ["license", "photo", "address", "vehicle", "other"], "fax")

@doc
def bz21(rng):
    t = """# DISTRICT COURT, ARAPAHOE COUNTY, COLORADO
^ 7325 S. Potomac St., Centennial, CO 80112
# SEARCH WARRANT
^ Case No. 2025SW000418
THE PEOPLE OF THE STATE OF COLORADO, to any peace officer in the State of Colorado:
An Affidavit having been made before me by Investigator Thuy-Linh Tran of the Arapahoe County Sheriff's Office, and I being satisfied that there is probable cause to believe that the property described below is located at the Colorado Department of Revenue, Division of Motor Vehicles, 1881 Pierce St., Lakewood, Colorado, and that grounds exist for issuance of this warrant under Crim. P. 41 and § 16-3-301, C.R.S.,
YOU ARE THEREFORE COMMANDED to search the place described and seize: the driver license record, digitized photograph and signature, address history and vehicle registrations of NIKOLAI VASILYEVICH BONDARENKO, DOB 12-18-1969, CO DL 97-118-4402. Return to be made within 14 days.
Dated 2025-02-03
> BY THE COURT: ______________________
> Patricia L. Nakamura, District Court Judge
==PAGE==
# AFFIDAVIT FOR SEARCH WARRANT
I, Investigator Thuy-Linh Tran, Arapahoe County Sheriff's Office, Burglary/Theft Unit, being duly sworn, state:
1. I have been a certified peace officer for nine years and assigned to property crimes for four.
2. Between November 2 and December 20, 2024, six homes in unincorporated Arapahoe County were burglarized while the owners were travelling. Losses included jewelry and firearms; total loss exceeds $48,000, constituting Second Degree Burglary, § 18-4-203, C.R.S., and Theft, § 18-4-401, C.R.S.
3. Victim Harold Beaumont's doorbell camera recorded a man carrying a duffel bag from his residence to a dark grey pickup truck. The partial plate 'BND' was visible.
4. A pawn shop report (LeadsOnline) shows that on 12/21/2024 a ring matching Mr. Beaumont's description was pawned by a person presenting a Colorado driver license in the name of Nikolai Vasilyevich Bondarenko.
5. Your Affiant believes the DMV photograph will allow comparison with the doorbell video and pawn shop video, and that the registration records will show whether a grey pickup is registered to Bondarenko.
6. Your Affiant requests a copy of the photograph, signature, address history and all vehicle registrations.
==PAGE==
7. Your Affiant has not previously applied for a warrant for these records.
Affiant: ____________________  Inv. Thuy-Linh Tran, #0917
Arapahoe County Sheriff's Office, 13101 E. Broncos Pkwy, Centennial, CO 80112
720-555-0109 | ttran@arapahoesheriff.org
Subscribed and sworn to before me on February 3, 2025.
______________________ District Court Judge
"""
    open(f"{OUT}/bz21.pdf", "wb").write(pdf_bytes(t, title="Search Warrant"))
    save_label("bz21", "born_digital", "Colorado district court search warrant for DMV records with longer affidavit; victim named",
        ["sheriff", "Arapahoe County Sheriff's Office", "Thuy-Linh Tran", "Investigator", "ttran@arapahoesheriff.org", "720-555-0109"],
        [("Nikolai Vasilyevich Bondarenko", "1969-12-18", [("license", "971184402")])],
        ["CO CrimP 41", "CRS 16-3-301", "CRS 18-4-203", "CRS 18-4-401"], "judicial_warrant", None, True, "criminal_investigation",
        ["photo", "address", "vehicle", "license"], "mail")

@doc
def bz22(rng):
    t = """AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
# UNITED STATES DISTRICT COURT
^ for the District of Colorado
Martín Alonso Delgado Rivas, Plaintiff   v.   Front Range Logistics, Inc., Defendant
Civil Action No. 1:24-cv-02291-RMR
# SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION
To: Custodian of Records, Colorado Department of Labor and Employment
[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents: all wage records and unemployment insurance claim files for Martín Alonso Delgado Rivas, DOB January 25, 1979, for 2021 to present.
Place: Thornquist Legal LLC, 1600 Stout St., Suite 900, Denver, CO 80202      Date and Time: 09/05/2025 10:00 am
The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.
Date: 08/15/2025
CLERK OF COURT                                OR   /s/ Rebecca S. Thornquist
Signature of Clerk or Deputy Clerk                 Attorney's signature
The name, address, e-mail address, and telephone number of the attorney representing Front Range Logistics, Inc., who issues or requests this subpoena, are: Rebecca S. Thornquist, Thornquist Legal LLC, r.thornquist@thornquistlegal.com, (303) 555-0192
Notice to the person who issues or requests this subpoena: a notice and copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
"""
    att = pdf_bytes(t, font="Serif", size=9.5, title="AO 88B")
    body = """Dear Records Custodian,

This firm represents the defendant in the above employment matter. Attached please find a subpoena duces tecum (AO 88B) for the plaintiff's wage and UI claim records. We are happy to accept production electronically.

Best regards,
Rebecca S. Thornquist
Attorney | Thornquist Legal LLC
(303) 555-0192
"""
    make_eml(f"{OUT}/bz22.eml", "Rebecca Thornquist <r.thornquist@thornquistlegal.com>", "cdle_records@state.co.us",
             "Subpoena - Delgado Rivas v. Front Range Logistics, 1:24-cv-02291", dt.datetime(2025, 8, 15, 16, 2, tzinfo=tz(-6)),
             body=body, attachments=[(att, "application", "pdf", "AO88B_CDLE.pdf")], cc="Paralegal <docket@thornquistlegal.com>")
    save_label("bz22", "eml", "civil-case AO 88B signed by defense attorney, emailed as PDF; subject is the plaintiff",
        ["other", "Thornquist Legal LLC", "Rebecca S. Thornquist", "Attorney", "r.thornquist@thornquistlegal.com", "(303) 555-0192"],
        [("Martín Alonso Delgado Rivas", "1979-01-25", [])],
        ["FRCP 45"], "court_subpoena", "AO 88B", True, "unknown",
        ["wages", "claims"], "email")

@doc
def bz23(rng):
    t = """FRESNO COUNTY DISTRICT ATTORNEY — Bureau of Investigations — 2100 Tulare St., Fresno, CA 93721
TRANSMITTAL: Conformed copy of signed order enclosed. Please direct records to Investigator Carla J. Brightwater, (559) 555-0153, cbrightwater@fresnocountyca.gov.
---
# SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO
---
THE PEOPLE OF THE STATE OF CALIFORNIA,          Case No. F25901772
              Plaintiff,
     v.                                          ORDER FOR RELEASE OF EMPLOYMENT
GURPREET KAUR SANDHU and                         DEVELOPMENT DEPARTMENT RECORDS
REFUGIO ÁNGEL TAPIA MONTES,
              Defendants.
---
Good cause appearing upon the declaration of the District Attorney, IT IS ORDERED that the Employment Development Department of the State of California shall release to the Fresno County District Attorney, Bureau of Investigations, the following records pursuant to Unemployment Insurance Code § 1095:
1. Quarterly wage information for GURPREET KAUR SANDHU (DOB 11/11/1980) and REFUGIO ÁNGEL TAPIA MONTES (DOB 04/04/1975), 2022 Q1 to present;
2. All unemployment and disability insurance claim records, including addresses and payment records.
The records are relevant to the prosecution of the defendants for violations of Unemployment Insurance Code § 2101 and shall be used solely for that purpose.
IT IS SO ORDERED.
Dated: March 27, 2025
> ______________________________
> Judge of the Superior Court
> Hon. Lorenzo P. Ybarra
"""
    scanned(pdf_bytes(t, font="Serif", size=10, stamps=[("FILED\nFRESNO COUNTY SUPERIOR COURT\nMAR 27 2025\nBY ____ DEPUTY", 0, 250, 640, 18),
                                                        ("CONFORMED COPY", 0, 80, 560, -10)]), f"{OUT}/bz23.pdf", rng)
    save_label("bz23", "scanned", "California superior court order with FILED/CONFORMED stamps over caption; DA investigator transmittal",
        ["district-attorney", "Fresno County District Attorney — Bureau of Investigations", "Carla J. Brightwater", "Investigator", "cbrightwater@fresnocountyca.gov", "(559) 555-0153"],
        [("Gurpreet Kaur Sandhu", "1980-11-11", []), ("Refugio Ángel Tapia Montes", "1975-04-04", [])],
        ["CA UI Code 1095", "CA UI Code 2101"], "court_order", None, True, "criminal_investigation",
        ["wages", "claims", "address", "benefits"], "mail")

@doc
def bz24(rng):
    t = """U.S. Department of Labor — Office of Inspector General — Office of Investigations, Labor Racketeering and Fraud
300 S. Las Vegas Blvd., Las Vegas, NV 89101
May 5, 2025
Nevada Department of Employment, Training and Rehabilitation, Employment Security Division — Attn: Records Custodian
Re: OIG Case No. 25-LV-0031-UI
Enclosed is an Inspector General subpoena for unemployment insurance records. Please contact me to arrange production.
Owen T. Drummond, Special Agent, (702) 555-0161, drummond.owen@oig.dol.gov
==PAGE==
# UNITED STATES DEPARTMENT OF LABOR
# OFFICE OF INSPECTOR GENERAL
# SUBPOENA DUCES TECUM
TO: Custodian of Records, Nevada DETR, Employment Security Division, 500 E. Third St., Carson City, NV 89713
YOU ARE HEREBY REQUIRED to produce the records listed below to Special Agent Owen T. Drummond by May 30, 2025, in connection with an investigation of possible violations of 18 U.S.C. § 641 and 18 U.S.C. § 1343 involving unemployment insurance claims:
UI claim applications, weekly certifications, IP address and device logs, payment and bank records, addresses, e-mail addresses and telephone numbers for claims filed in the names of:
   Abdiqani Mohamed HIRSI (DOB 02/02/1991, SSN xxx-xx-0937)
   Sofía Alejandra VILLANUEVA-CORTÉS (DOB 09/17/1993)
   NGUYEN, Kim Thu (DOB 12/24/1988)
This subpoena is issued under the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4). In the case of contumacy or refusal to obey, this subpoena is enforceable by order of any appropriate United States district court.
/s/ Larissa M. Ortega-Bain, Inspector General      Date: 05/01/2025
"""
    scanned(pdf_bytes(t, font="Sans", size=10), f"{OUT}/bz24.pdf", rng, flip=(0, 90))
    save_label("bz24", "scanned", "DOL OIG IG subpoena (court-enforceable wording) with agent cover letter; first page rotated 90",
        ["dol-oig", "U.S. Department of Labor — Office of Inspector General", "Owen T. Drummond", "Special Agent", "drummond.owen@oig.dol.gov", "(702) 555-0161"],
        [("Abdiqani Mohamed Hirsi", "1991-02-02", [("ssn_last4", "0937")]), ("Sofía Alejandra Villanueva-Cortés", "1993-09-17", []), ("Kim Thu Nguyen", "1988-12-24", [])],
        ["18 USC 641", "18 USC 1343", "5 USC 406"], "administrative_subpoena", None, True, "criminal_investigation",
        ["claims", "benefits", "address", "email", "phone", "other"], "mail")

@doc
def bz25(rng):
    t = """^ U.S. Department of Homeland Security — U.S. Immigration and Customs Enforcement
^ Enforcement and Removal Operations, Seattle Field Office, 12500 Tukwila International Blvd., Seattle, WA 98168
---
September 3, 2025
Washington State Department of Licensing, Public Disclosure / Law Enforcement Requests, Olympia, WA
RE: PETRENKO, Oleksandr Mykolayovych — DOB 1990-03-03 — A 219 004 562
Please find enclosed a Warrant for Arrest of Alien (Form I-200) issued for the above subject. Pursuant to 8 U.S.C. § 1357, we request the subject's last known address, vehicle registrations, and license photograph.
Anthony R. Caputo, Supervisory Detention and Deportation Officer — (206) 555-0170 — anthony.r.caputo@ice.dhs.gov
==PAGE==
""" + I200.format(file="A219 004 562", date="09/02/2025", name="OLEKSANDR MYKOLAYOVYCH PETRENKO", sig="/s/ Anthony R. Caputo",
                  signame="Anthony R. Caputo, Supervisory Detention and Deportation Officer")
    open(f"{OUT}/bz25.pdf", "wb").write(pdf_bytes(t, font="Sans", size=10, title="ERO request"))
    save_label("bz25", "born_digital", "ERO letter enclosing I-200 signed by the same supervisory officer",
        ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Seattle Field Office", "Anthony R. Caputo", "Supervisory Detention and Deportation Officer", "anthony.r.caputo@ice.dhs.gov", "(206) 555-0170"],
        [("Oleksandr Mykolayovych Petrenko", "1990-03-03", [("a_number", "A219004562")])],
        ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
        ["address", "vehicle", "photo"], "mail")

@doc
def bz26(rng):
    t = """^ DEPARTMENT OF HOMELAND SECURITY
# REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
Subject ID: 509114276        Event #: SPM2508000214        File No: A212 887 450
TO: Minnesota Department of Correction, MCF-Stillwater, Records Office
FROM: ICE ERO St. Paul Field Office, 1 Federal Drive, Fort Snelling, MN 55111
Name of Alien: DAHIR, Bashir Osman        Date of Birth: 30 June 1987        Nationality: Somalia        OID: 254631
DHS HAS DETERMINED THAT THE ALIEN IS A PRIORITY FOR REMOVAL and requests that you notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. This request does not request or authorize that you maintain custody of the alien beyond the time when he/she would otherwise be released.
Please notify DHS by calling the ICE Law Enforcement Support Center or this office at (612) 555-0125.
This request is made under 8 C.F.R. § 287.7 and section 287 of the Immigration and Nationality Act.
Kristjan V. Olafsson, Deportation Officer      /s/ K. V. Olafsson      Date: 08/19/2025
Form I-247N (6/15)
"""
    open(f"{OUT}/bz26.pdf", "wb").write(pdf_bytes(t, font="Sans", title="I-247N"))
    save_label("bz26", "born_digital", "I-247N request for notification of release, no warrant",
        ["dhs-ice-ero", "ICE ERO St. Paul Field Office", "Kristjan V. Olafsson", "Deportation Officer", None, "(612) 555-0125"],
        [("Bashir Osman Dahir", "1987-06-30", [("a_number", "A212887450"), ("other", "254631")])],
        ["8 CFR 287.7", "INA 287"], "detainer", "I-247N", False, "civil_immigration",
        ["other"], "mail")

@doc
def bz27(rng):
    t = """# SUPREME COURT OF THE STATE OF NEW YORK — COUNTY OF NEW YORK
# GRAND JURY SUBPOENA DUCES TECUM
THE PEOPLE OF THE STATE OF NEW YORK
TO: Custodian of Records, New York State Department of Motor Vehicles, Division of Legal Affairs, 6 Empire State Plaza, Albany, NY 12228
YOU ARE COMMANDED to appear before the GRAND JURY of the County of New York, 80 Centre Street, New York, NY, on October 7, 2025 at 10:00 a.m., as a witness in a criminal proceeding, and to bring: license, learner permit and non-driver ID records, photographs, and registration records for Roberto Carlos FELIZ-ALMONTE (DOB 08/08/1992, Client ID 123 456 789) and Zhanna Borisovna LEBEDEVA (DOB 11/29/1985).
This subpoena is issued pursuant to CPL 610.20. Grand jury proceedings are secret (CPL 190.25(4)); unauthorized disclosure is a crime under Penal Law § 215.70. Failure to comply is punishable as contempt of court under Judiciary Law § 750.
Dated: New York, New York, September 22, 2025
District Attorney, New York County — By: Samuel K. Oyelaran, Assistant District Attorney
"""
    att = pdf_bytes(t, title="GJ subpoena")
    body = """Counsel,

Attached is a grand jury subpoena in an identity theft investigation (Penal Law § 190.80). Certified copies sent to me by the return date will excuse appearance.

Samuel K. Oyelaran
Assistant District Attorney, Cybercrime and Identity Theft Bureau
New York County District Attorney's Office
212-555-0138 | oyelarans@dany.nyc.gov
"""
    make_eml(f"{OUT}/bz27.eml", "Oyelaran, Samuel <oyelarans@dany.nyc.gov>", "dmv.legal@dmv.ny.gov",
             "Grand Jury Subpoena - DMV records", dt.datetime(2025, 9, 22, 15, 30, tzinfo=tz(-4)), body=body,
             attachments=[(att, "application", "pdf", "GJ_SDT_DMV.pdf")])
    save_label("bz27", "eml", "Manhattan DA email with county grand jury SDT issued by the DA under CPL 610.20",
        ["district-attorney", "New York County District Attorney's Office", "Samuel K. Oyelaran", "Assistant District Attorney", "oyelarans@dany.nyc.gov", "212-555-0138"],
        [("Roberto Carlos Feliz-Almonte", "1992-08-08", [("license", "123456789")]), ("Zhanna Borisovna Lebedeva", "1985-11-29", [])],
        ["NY CPL 610.20", "NY CPL 190.25", "NY PL 215.70", "NY Jud Law 750", "NY PL 190.80"], "grand_jury_subpoena", None, True, "criminal_investigation",
        ["license", "photo", "vehicle"], "email")

@doc
def bz28(rng):
    t = """AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
^ for the District of Colorado
In the Matter of the Search of: Records maintained by the Colorado Department of Revenue, Division of Motor Vehicles, relating to two named persons          Case No. 25-sw-00312-STV
# SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
An application by a federal law enforcement officer or an attorney for the government requests the search of the following property located in the District of Colorado: see Attachment A.
I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the property described above, and that such search will reveal: photographs, addresses, license and vehicle registration records of TYLER JAMES ROURKE (DOB 07/19/1996, CO DL 16-402-9931) and MARISELA GUADALUPE CONTRERAS-IBÁÑEZ (DOB 02/11/1994), evidence of violations of 18 U.S.C. § 2113.
YOU ARE COMMANDED to execute this warrant on or before May 2, 2025 in the daytime 6:00 a.m. to 10:00 p.m.
[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (box not checked).
Date and time issued: 04/18/2025 2:15 pm        Judge's signature: /s/ Scott T. Varholak
City and state: Denver, Colorado        Scott T. Varholak, United States Magistrate Judge
(issued under Fed. R. Crim. P. 41)
"""
    att = pdf_bytes(t, font="Serif", size=10, title="AO 93")
    body = "Records unit - signed federal search warrant attached for DMV records (bank robbery investigation). Please call me to coordinate.\n\nSA Desmond L. Achebe\nFBI Denver, Violent Crime Squad\n303-555-0152 | dlachebe@fbi.gov\n"
    html = "<p>Records unit - signed federal search warrant attached for DMV records (bank robbery investigation). Please call me to coordinate.</p><p>SA Desmond L. Achebe<br>FBI Denver, Violent Crime Squad<br>303-555-0152 | dlachebe@fbi.gov</p>"
    make_eml(f"{OUT}/bz28.eml", "Achebe, Desmond L. (DN) (FBI) <dlachebe@fbi.gov>", "dmv_records@state.co.us",
             "Search Warrant 25-sw-00312-STV", dt.datetime(2025, 4, 18, 16, 40, tzinfo=tz(-6)), body=body, html=html,
             attachments=[(att, "application", "pdf", "25-sw-00312_signed.pdf")])
    save_label("bz28", "eml", "FBI email with signed AO 93 federal search warrant PDF",
        ["doj-fbi", "FBI Denver, Violent Crime Squad", "Desmond L. Achebe", "Special Agent", "dlachebe@fbi.gov", "303-555-0152"],
        [("Tyler James Rourke", "1996-07-19", [("license", "164029931")]), ("Marisela Guadalupe Contreras-Ibáñez", "1994-02-11", [])],
        ["18 USC 2113", "18 USC 3103a", "18 USC 2705", "FRCrP 41"], "judicial_warrant", "AO 93", True, "criminal_investigation",
        ["photo", "address", "license", "vehicle"], "email")

@doc
def bz29(rng):
    t = """^ U.S. Immigration and Customs Enforcement — Enforcement and Removal Operations — Denver Field Office
^ FOR OFFICIAL USE ONLY
---
4 March 2025
Colorado Department of Labor and Employment, Records Custodian
Pursuant to 8 U.S.C. 1357 and 8 C.F.R. part 287, this office requests current address, employer and wage information for the following:
1. TRẦN, Văn Long — DOB 09/09/1979 — A 095 441 207
2. PAZ-ORELLANA, Guadalupe Yesenia — DOB 12/12/1992 — A 207 118 663
3. WARSAME, Abdullahi Hassan — DOB 01/15/1985 — A 213 556 019
Should your office require a subpoena, one can be issued. Please reply to Deportation Officer Rory P. Gallagher, (303) 555-0193, rory.gallagher@ice.dhs.gov.
Rory P. Gallagher, Deportation Officer, for the Field Office Director
"""
    open(f"{OUT}/bz29.pdf", "wb").write(pdf_bytes(t, font="Sans", title="ERO request"))
    save_label("bz29", "born_digital", "ERO FOUO letter, three A-numbered subjects, no process (subpoena offered)",
        ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement — Enforcement and Removal Operations — Denver Field Office", "Rory P. Gallagher", "Deportation Officer", "rory.gallagher@ice.dhs.gov", "(303) 555-0193"],
        [("Văn Long Trần", "1979-09-09", [("a_number", "A095441207")]), ("Guadalupe Yesenia Paz-Orellana", "1992-12-12", [("a_number", "A207118663")]),
         ("Abdullahi Hassan Warsame", "1985-01-15", [("a_number", "A213556019")])],
        ["8 USC 1357", "8 CFR 287"], "none", None, False, "civil_immigration",
        ["address", "employment", "wages"], "mail")

@doc
def bz30(rng):
    t = """To: DMV Law Enforcement Requests
From: Tpr. Ethan R. Vanderpool, Colorado State Patrol, Troop 4B (Alamosa)
Phone: 719-555-0108   Email: ethan.vanderpool@state.co.us
Date: 2025-06-17

Requesting DL photo and current address for:
  CARRASCO DE LEÓN, Yolanda Inés   DOB 04/30/1968   DL 88-301-7745

Permissible use under DPPA, 18 U.S.C. 2721(b)(1) (government agency function).
Thank you.
"""
    open(f"{OUT}/bz30.txt", "w", encoding="utf-8").write(t)
    save_label("bz30", "txt", "terse trooper memo, no reason given, DPPA cited",
        ["state-police", "Colorado State Patrol", "Ethan R. Vanderpool", "Trooper", "ethan.vanderpool@state.co.us", "719-555-0108"],
        [("Yolanda Inés Carrasco de León", "1968-04-30", [("license", "883017745")])],
        ["18 USC 2721"], "none", None, False, "unknown",
        ["photo", "address"], "email")

@doc
def bz31(rng):
    t = """^ SOCIAL SECURITY ADMINISTRATION — OFFICE OF THE INSPECTOR GENERAL
^ Office of Investigations, Denver Field Division
---
Date: July 30, 2025
To: Colorado Department of Labor and Employment, UI Integrity Unit
Re: SSA-OIG Case DEN2500117
I am investigating the misuse of a Social Security number, a felony under 42 U.S.C. § 408(a)(7). Please provide wage records, employers and address of record for VALENTINA SOKOLOVA-REYES, DOB 06/22/1983, SSN ending 6620. Disclosure is permitted under the Privacy Act, 5 U.S.C. § 552a(b)(7). If your agency requires an Inspector General subpoena, please advise and one will be prepared.
Nora Lindgren-Basso, Special Agent — 303-555-0176 — nora.lindgren-basso@ssa.gov
"""
    fax(pdf_bytes(t, font="Serif"), f"{OUT}/bz31.tif", rng, "07/30/2025 11:06 SSA OIG DENVER 3035550176")
    save_label("bz31", "fax", "SSA OIG faxed letter, SSN misuse; IG subpoena only offered",
        ["ssa-oig", "Social Security Administration — Office of the Inspector General, Denver Field Division", "Nora Lindgren-Basso", "Special Agent", "nora.lindgren-basso@ssa.gov", "303-555-0176"],
        [("Valentina Sokolova-Reyes", "1983-06-22", [("ssn_last4", "6620")])],
        ["42 USC 408", "5 USC 552a"], "none", None, False, "criminal_investigation",
        ["wages", "employment", "address"], "fax")

@doc
def bz32(rng):
    t = """^ U.S. Department of Justice — United States Marshals Service — District of New Mexico
^ 333 Lomas Blvd. NW, Albuquerque, NM 87102
---
June 24, 2025
New Mexico Department of Workforce Solutions, Records
Re: Fugitive DUFRESNE, Shane Michael — DOB 10/10/1989
Shane Michael Dufresne is wanted on a federal arrest warrant issued by the U.S. District Court for the District of New Mexico for violation of supervised release (18 U.S.C. § 3583). The warrant is not enclosed but can be verified through NCIC. Please provide current employer, wage and address information.
Andrés Felipe Quintanilla, Deputy U.S. Marshal, Violent Offender Task Force — (505) 555-0144 — andres.quintanilla@usdoj.gov
"""
    scanned(pdf_bytes(t, font="Serif"), f"{OUT}/bz32.pdf", rng)
    save_label("bz32", "scanned", "USMS letter; federal arrest warrant mentioned, not attached",
        ["doj-usms", "United States Marshals Service — District of New Mexico", "Andrés Felipe Quintanilla", "Deputy U.S. Marshal", "andres.quintanilla@usdoj.gov", "(505) 555-0144"],
        [("Shane Michael Dufresne", "1989-10-10", [])],
        ["18 USC 3583"], "none", None, False, "criminal_investigation",
        ["employment", "wages", "address"], "mail")

if __name__ == "__main__":
    for i, f in enumerate(DOCS):
        f(_R(SEED + i))
    print(len(DOCS), "documents")
