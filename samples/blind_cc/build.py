"""Build the blind_cc sample set (independent author). Deterministic: fixed seed.
Run: /work/main/.venv/bin/python samples/blind_cc/build.py
"""
import io, json, os, random, subprocess, tempfile, shutil
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.utils import format_datetime
import datetime as dt
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 4242
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"), ("Serif", "DejaVuSerif.ttf"),
             ("Serif-B", "DejaVuSerif-Bold.ttf"), ("Mono", "DejaVuSansMono.ttf"), ("Mono-B", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))
FONTS = {"sans": ("Sans", "Sans-B"), "serif": ("Serif", "Serif-B"), "mono": ("Mono", "Mono-B")}


def pdf_bytes(text, font="sans", size=10, title="Document"):
    """Markup: pages split by \\f. '^^' centred bold, '^' centred, '**' bold, '>>' right, '---' rule."""
    reg, bold = FONTS[font]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    W, H = letter
    left, right, top, bottom = 64, W - 64, H - 60, 60
    lead = size * 1.32
    for page in text.strip("\n").split("\f"):
        y = top
        for raw in page.strip("\n").split("\n"):
            line = raw.rstrip()
            if y < bottom:
                c.showPage(); y = top
            if line == "---":
                c.setLineWidth(0.8); c.line(left, y + 4, right, y + 4); y -= lead * 0.6; continue
            if line == "":
                y -= lead * 0.7; continue
            if line.startswith("^^"):
                t = line[2:].strip(); c.setFont(bold, size + 2); c.drawCentredString(W / 2, y, t); y -= lead * 1.15; continue
            if line.startswith("^"):
                t = line[1:].strip(); c.setFont(reg, size); c.drawCentredString(W / 2, y, t); y -= lead; continue
            if line.startswith(">>"):
                t = line[2:].strip(); c.setFont(reg, size); c.drawRightString(right, y, t); y -= lead; continue
            fnt = reg
            if line.startswith("**"):
                fnt = bold; line = line[2:]
            indent = len(line) - len(line.lstrip(" "))
            x = left + indent * size * 0.5
            parts = simpleSplit(line.strip(), fnt, size, right - x) or [""]
            if "  " in line.strip() and pdfmetrics.stringWidth(line.strip(), fnt, size) <= right - x:
                parts = [line.strip()]
            elif "   " in line.strip():
                import re as _re
                parts = simpleSplit(_re.sub(r" {3,}", "    ", line.strip()), fnt, size, right - x)
            for part in parts:
                if y < bottom:
                    c.showPage(); y = top
                c.setFont(fnt, size); c.drawString(x, y, part); y -= lead
        c.showPage()
    c.save()
    return buf.getvalue()


def raster(pdf, dpi):
    d = tempfile.mkdtemp(dir=TMP)
    p = os.path.join(d, "in.pdf")
    open(p, "wb").write(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, os.path.join(d, "pg")], check=True)
    imgs = [Image.open(os.path.join(d, f)).copy() for f in sorted(os.listdir(d)) if f.endswith(".png")]
    shutil.rmtree(d)
    return imgs


def degrade(img, rng, turn=0):
    a = np.asarray(img.convert("L"), dtype=np.float32)
    bg = rng.uniform(215, 238)
    a = a * (bg / 255.0)
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 9, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=int(bg * 0.8))
    if turn:
        im = im.rotate(turn, expand=True)
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    b = io.BytesIO(); im.save(b, "JPEG", quality=rng.randint(45, 65)); b.seek(0)
    return Image.open(b).convert("L")


def write_scanned(path, pdf, rng, turns=None, dpi=200):
    pages = raster(pdf, dpi)
    turns = turns or {}
    out = [degrade(p, rng, turns.get(i, 0)) for i, p in enumerate(pages)]
    out[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=out[1:],
                creationDate=__import__("time").gmtime(1795165200), modDate=__import__("time").gmtime(1795165200))


def write_fax(path, pdf, header, rng):
    pages = raster(pdf, 200)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 26)
    out = []
    n = len(pages)
    for i, p in enumerate(pages):
        p = p.convert("L")
        d = ImageDraw.Draw(p)
        d.rectangle([0, 0, p.width, 50], fill=255)
        d.text((40, 12), header.format(p=i + 1, n=n), fill=0, font=font)
        a = np.asarray(p, dtype=np.float32)
        a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 18, a.shape)
        p = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(rng.uniform(-0.6, 0.6), fillcolor=255)
        p = p.point(lambda v: 255 if v > 150 else 0)
        sp = np.asarray(p).copy()
        r2 = np.random.default_rng(rng.randint(0, 10**6))
        sp[r2.random(sp.shape) < 0.0015] = 0
        for yy in r2.integers(60, sp.shape[0], 3):
            sp[yy:yy + 2, :] = np.where(r2.random(sp.shape[1]) < 0.3, 0, sp[yy:yy + 2, :])
        p = Image.fromarray(sp).convert("1")
        out.append(p)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def png_bytes(pdf, fmt="PNG", dpi=150, rng=None):
    im = raster(pdf, dpi)[0]
    if rng is not None:
        im = degrade(im, rng)
    b = io.BytesIO()
    if fmt == "JPEG":
        im.convert("L").save(b, "JPEG", quality=70)
    else:
        im.save(b, "PNG", optimize=True)
    return b.getvalue()


def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def label(i, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel):
    ak, an, person, title, email, phone = req
    return {"id": i, "family": "blind-cc", "format": fmt, "template": template,
            "requestor": {"agency_key": ak, "agency_name": an, "person": person, "title": title,
                          "email": email, "phone": phone},
            "subjects": subjects, "legal_basis": [{"normalized": b} for b in basis],
            "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
            "warrant_or_subpoena_attached": attached, "purpose": purpose,
            "records_requested": records, "channel": channel}


def save_label(lab):
    with open(os.path.join(OUT, lab["id"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2); f.write("\n")


def mkdate(s):
    return format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z"))


TMP = "/tmp/author_cc"
os.makedirs(TMP, exist_ok=True)
DOCS = []


def doc(fn):
    DOCS.append(fn); return fn


# ---------------------------------------------------------------- born digital
@doc
def bcc01(rng):
    t = """^^U.S. Department of Homeland Security
^U.S. Immigration and Customs Enforcement
^Enforcement and Removal Operations — Denver Field Office
^12445 East Caley Avenue, Centennial, Colorado 80111
---

October 2, 2026

Colorado Department of Labor and Employment
Division of Unemployment Insurance
Attn: Records Custodian
633 17th Street, Suite 201
Denver, CO 80202

**RE: Request for Employment and Wage Information
**Subject: CASTILLO-IBÁÑEZ, Jorge Luis     DOB: February 14, 1991
**A-Number: A208 441 937     SSN (last four): 6612

Dear Records Custodian:

U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), respectfully requests your assistance in obtaining information maintained by your agency concerning the above-named individual. This request is made pursuant to section 287 of the Immigration and Nationality Act and 8 U.S.C. § 1357(a).

Specifically, we request:
  1. The names and addresses of all employers reporting wages for the subject during the four most recent quarters;
  2. Quarterly wage amounts reported for the same period; and
  3. The most recent residential and mailing address on file.

The subject has been determined by this office to be a removable alien. The information is requested for official use only and will not be disseminated outside the Department of Homeland Security.

Please direct your response to the undersigned by e-mail or at the address above. Thank you for your cooperation.

Respectfully,



Kristen M. Albrecht
Deportation Officer
ICE ERO Denver
Tel: (303) 555-0147
kristen.m.albrecht@ice.dhs.gov

cc: R. Tolliver, Supervisory Detention and Deportation Officer
---
^FOR OFFICIAL USE ONLY (FOUO) — LAW ENFORCEMENT SENSITIVE
"""
    open(os.path.join(OUT, "bcc01.pdf"), "wb").write(pdf_bytes(t, "serif", 10.5))
    save_label(label("bcc01", "born_digital", "ERO field office letter, wage/employer request, A-number",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Denver Field Office",
         "Kristen M. Albrecht", "Deportation Officer", "kristen.m.albrecht@ice.dhs.gov", "(303) 555-0147"),
        [S("Jorge Luis Castillo-Ibáñez", "1991-02-14", ("a_number", "A208441937"), ("ssn_last4", "6612"))],
        ["INA 287", "8 USC 1357"], "none", None, False, "civil_immigration",
        ["employment", "wages", "address"], "mail"))


@doc
def bcc02(rng):
    t = """**DEPARTMENT OF HOMELAND SECURITY                                                     Subpoena No. SLC-26-0418
^^IMMIGRATION ENFORCEMENT SUBPOENA
^(To Appear and/or Produce Records)
---
**To:  Custodian of Records
       Utah Department of Workforce Services, Unemployment Insurance Division
       140 East 300 South, Salt Lake City, UT 84111

**In the matter of:  NGUYEN, Van Thanh (A215 880 302)   and   PHAM, Hoa Thi (A215 880 319)

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to produce the records described below to the officer named, at the U.S. Immigration and Customs Enforcement office located at 2975 Decker Lake Drive, West Valley City, UT 84119, on or before November 20, 2026 at 10:00 a.m., in connection with an investigation or inquiry relating to the enforcement of the immigration laws of the United States, including the admissibility and removability of the persons named above.

**Records to be produced:
  (a) All quarterly wage records reported for NGUYEN, Van Thanh, date of birth 09/23/1986, and PHAM, Hoa Thi, date of birth 01/07/1989, from January 1, 2024 to present;
  (b) Names, addresses and telephone numbers of all reporting employers;
  (c) Last known residential address and telephone number provided by each person in any claim for benefits.

This subpoena is issued pursuant to section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4), and 8 C.F.R. § 287.4. In the event of failure to comply with this subpoena, the Department of Homeland Security may invoke the aid of a United States District Court to compel compliance, and any failure to obey the order of the court may be punished as contempt thereof.

Records may be delivered in lieu of personal appearance. Direct questions to the issuing officer below.

Date issued: October 30, 2026

**Issuing officer:                                            Signature: ______________________
Marcus D. Whitfield
Assistant Field Office Director
U.S. Immigration and Customs Enforcement, ERO Salt Lake City
(801) 555-0163 | marcus.whitfield@ice.dhs.gov

---
**CERTIFICATE OF SERVICE
I certify that on ____________, I served this subpoena on the person named above by: [ ] personal delivery  [ ] certified mail  [ ] other: ____________
Name and title of officer serving: _______________________

DHS Form I-138 (10/25)                                                                             Page 1 of 1
"""
    open(os.path.join(OUT, "bcc02.pdf"), "wb").write(pdf_bytes(t, "sans", 9.5))
    save_label(label("bcc02", "born_digital", "DHS I-138 immigration enforcement subpoena, two subjects, district-court enforcement clause",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, ERO Salt Lake City", "Marcus D. Whitfield",
         "Assistant Field Office Director", "marcus.whitfield@ice.dhs.gov", "(801) 555-0163"),
        [S("Van Thanh Nguyen", "1986-09-23", ("a_number", "A215880302")),
         S("Hoa Thi Pham", "1989-01-07", ("a_number", "A215880319"))],
        ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True, "civil_immigration",
        ["wages", "employment", "address", "phone"], "mail"))


@doc
def bcc03(rng):
    t = """^^U.S. Department of Justice
^Federal Bureau of Investigation — Salt Lake City Division, Helena Resident Agency
^901 Front Street, Suite 2300, Helena, MT 59626

November 4, 2026

Montana Department of Labor & Industry
Unemployment Insurance Division — Program Integrity
P.O. Box 6339, Helena, MT 59604-6339

Re: Service of Federal Search Warrant, Case No. MJ 26-58-H-KLB

To the Custodian of Records:

Enclosed is a search and seizure warrant issued by the United States District Court for the District of Montana under Rule 41 of the Federal Rules of Criminal Procedure. The warrant authorizes seizure of the unemployment insurance records described in its Attachment B. Because the records are held electronically, I ask that you provide them to me on encrypted media or through the Department's secure file transfer site within ten days.

Please do not notify the claimants of this warrant; the Court has authorized delayed notice. I can be reached at (406) 555-0121 or drokafor@fbi.gov.

Sincerely,

Daniel R. Okafor
Special Agent, FBI
\f
AO 93 (Rev. 11/13) Search and Seizure Warrant
^^UNITED STATES DISTRICT COURT
^for the
^District of Montana

In the Matter of the Search of
(Briefly describe the property to be searched or identify the person by name and address)
Records maintained by the Montana Department of Labor and Industry, Unemployment Insurance Division, relating to claimants Ryan Thomas KOWALCZYK and Amina Yusuf WARSAME
>>Case No. MJ 26-58-H-KLB

^^SEARCH AND SEIZURE WARRANT

To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Montana (identify the person or describe the property to be searched and give its location): See Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal (identify the person or describe the property to be seized): See Attachment B.

YOU ARE COMMANDED to execute this warrant on or before November 17, 2026 (not to exceed 14 days)
[X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause has been established.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place where the property was taken.

The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to Hon. Karen L. Brandvold.

[X] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized  [X] for 30 days (not to exceed 30).

Date and time issued: 11/03/2026 2:15 pm                    Judge's signature: /s/ Karen L. Brandvold

City and state: Helena, Montana          Karen L. Brandvold, United States Magistrate Judge
\f
^^ATTACHMENT B — Property to be Seized

All records, in any form, maintained by the Montana Department of Labor and Industry relating to unemployment insurance claims filed from March 1, 2025 to the present in the names of, or using the Social Security numbers of:

  1. Ryan Thomas KOWALCZYK, date of birth 06/30/1984
  2. Amina Yusuf WARSAME, date of birth 11/02/1993

including: initial and continued claim applications; wage records and employer information; mailing and residential addresses, e-mail addresses and telephone numbers provided; Internet Protocol (IP) addresses and login records; and bank account and debit card information to which benefits were paid;

which constitute evidence, fruits and instrumentalities of violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft).
"""
    open(os.path.join(OUT, "bcc03.pdf"), "wb").write(pdf_bytes(t, "serif", 10))
    save_label(label("bcc03", "born_digital", "FBI cover letter + AO 93 federal search warrant with Attachment B",
        ("doj-fbi", "Federal Bureau of Investigation — Salt Lake City Division, Helena Resident Agency", "Daniel R. Okafor",
         "Special Agent", "drokafor@fbi.gov", "(406) 555-0121"),
        [S("Ryan Thomas Kowalczyk", "1984-06-30"), S("Amina Yusuf Warsame", "1993-11-02")],
        ["FRCrP 41", "18 USC 3103a", "18 USC 2705", "18 USC 1343", "18 USC 1028A"], "judicial_warrant", "AO 93", True,
        "criminal_investigation", ["claims", "wages", "employment", "address", "email", "phone", "other"], "mail"))


@doc
def bcc04(rng):
    t = """^^FRANKLIN COUNTY PROSECUTING ATTORNEY
^Criminal Division — Economic Crimes Unit
^373 South High Street, 14th Floor, Columbus, Ohio 43215

October 28, 2026

Ohio Department of Job and Family Services
Office of Legal and Acquisition Services — Subpoena/Court Order Unit
30 East Broad Street, 31st Floor
Columbus, OH 43215

Re: State of Ohio v. DeShawn A. Merriweather, Case No. 26CR-003317

Dear Sir or Madam:

Please find enclosed a journalized copy of the Court's Order compelling production of unemployment compensation records in the above matter. I understand the Department's records are confidential under R.C. 4141.21; the enclosed Order was obtained for that reason. Certified records may be mailed to my attention at the address above.

Thank you,

Lauren E. Szymanski
Assistant Prosecuting Attorney
(614) 555-0188 | lszymanski@franklincountyohio.gov

Enclosure
\f
^^IN THE COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO
^CRIMINAL DIVISION

STATE OF OHIO,                                    :     Case No. 26CR-003317
          Plaintiff,                              :
     vs.                                          :     JUDGE PATRICIA A. HOLLINGS
DESHAWN A. MERRIWEATHER,                          :
          Defendant.                              :

^^ORDER FOR PRODUCTION OF UNEMPLOYMENT COMPENSATION RECORDS

This matter came before the Court upon the State's Motion for an Order Directing the Ohio Department of Job and Family Services to Produce Records. Defendant is charged with Theft in violation of R.C. 2913.02 and Tampering with Records in violation of R.C. 2913.42, arising from claims for unemployment benefits filed while Defendant was employed by Buckeye Logistics LLC. The Court finds that the records sought are relevant and material, and that disclosure is permitted by order of a court under R.C. 4141.21 and 4141.22.

IT IS THEREFORE ORDERED that the Ohio Department of Job and Family Services shall, within fourteen (14) days, produce to the Franklin County Prosecuting Attorney certified copies of the following records pertaining to DESHAWN A. MERRIWEATHER, date of birth 08/19/1990, Social Security number ending in 4471:

  1. All applications for benefits, weekly claim certifications and determinations from January 1, 2025 to present;
  2. Benefit payment history, including the method and account of payment;
  3. Quarterly wage records reported by any employer for the same period.

IT IS SO ORDERED.

                                                  /s/ Patricia A. Hollings
                                                  JUDGE PATRICIA A. HOLLINGS
Date: October 27, 2026

Copies to: Lauren E. Szymanski, Assistant Prosecuting Attorney; Marcus T. Bell, Esq., Counsel for Defendant
"""
    open(os.path.join(OUT, "bcc04.pdf"), "wb").write(pdf_bytes(t, "serif", 10))
    save_label(label("bcc04", "born_digital", "county prosecutor cover letter + Ohio common pleas order for UC records",
        ("district-attorney", "Franklin County Prosecuting Attorney", "Lauren E. Szymanski", "Assistant Prosecuting Attorney",
         "lszymanski@franklincountyohio.gov", "(614) 555-0188"),
        [S("DeShawn A. Merriweather", "1990-08-19", ("ssn_last4", "4471"))],
        ["ORC 4141.21", "ORC 4141.22", "ORC 2913.02", "ORC 2913.42"], "court_order", None, True,
        "criminal_investigation", ["claims", "benefits", "wages", "employment"], "mail"))


@doc
def bcc05(rng):
    t = """^^COMMONWEALTH OF PENNSYLVANIA
^COUNTY OF LACKAWANNA
^IN THE COURT OF COMMON PLEAS — CRIMINAL DIVISION

COMMONWEALTH OF PENNSYLVANIA
     v.                                                  No. CP-35-CR-0001942-2026
MARISOL DE LA CRUZ-ORTIZ

^^SUBPOENA DUCES TECUM

TO:  Custodian of Records
     Pennsylvania Department of Labor & Industry
     Office of Unemployment Compensation Benefits Policy
     651 Boas Street, Harrisburg, PA 17121

YOU ARE COMMANDED to appear in Courtroom 3, Lackawanna County Courthouse, 200 N. Washington Avenue, Scranton, PA 18503, on December 8, 2026 at 9:30 a.m., to testify on behalf of the Commonwealth in the above case, and to bring with you the following:

Certified copies of all unemployment compensation claim records for Marisol de la Cruz-Ortiz (DOB 5/11/1982; last four of SSN 2239), including applications, bi-weekly claim filings, payment histories, and separation information provided by her former employer, Keystone Fabricators Inc., from January 2025 through the present.

The Defendant is charged with fraudulently obtaining unemployment compensation, 43 P.S. § 871, and unsworn falsification to authorities, 18 Pa.C.S. § 4904.

In lieu of appearance, the custodian may provide the records with a certification that satisfies Pa.R.E. 902(11). If you fail to attend or to produce the documents, you may be subject to the sanctions authorized by Pa.R.Crim.P. 107 and the laws of the Commonwealth.

Issued at the request of:
Gregory P. Hanlon, Assistant District Attorney
Office of the District Attorney of Lackawanna County
200 N. Washington Avenue, Scranton, PA 18503
(570) 555-0139 · ghanlon@lackawannacountypa.gov

Date: November 3, 2026                          ________________________________
(SEAL)                                          Clerk of Judicial Records
                                                by Deputy: J. Moskowitz

NOTE: This subpoena shall remain in force until the case is concluded.
"""
    open(os.path.join(OUT, "bcc05.pdf"), "wb").write(pdf_bytes(t, "sans", 10))
    save_label(label("bcc05", "born_digital", "Pennsylvania common pleas criminal subpoena duces tecum issued by clerk at ADA request",
        ("district-attorney", "Office of the District Attorney of Lackawanna County", "Gregory P. Hanlon",
         "Assistant District Attorney", "ghanlon@lackawannacountypa.gov", "(570) 555-0139"),
        [S("Marisol de la Cruz-Ortiz", "1982-05-11", ("ssn_last4", "2239"))],
        ["43 PS 871", "18 PaCS 4904", "PA R Evid 902", "PA CrimP 107"], "court_subpoena", None, True,
        "criminal_investigation", ["claims", "benefits", "employment"], "mail"))


@doc
def bcc06(rng):
    t = """^^MILWAUKEE POLICE DEPARTMENT
^Criminal Investigation Bureau — Financial Crimes Unit
^749 West State Street, Milwaukee, Wisconsin 53233
---
>>MPD Incident No. 26-214-0087
>>Date: 10/21/2026

Wisconsin Department of Workforce Development
Unemployment Insurance Division, Bureau of Legal Affairs
201 E. Washington Ave., Madison, WI 53703

Subject: Records request — identity theft investigation

To whom it may concern,

I am investigating a complaint of identity theft (Wis. Stat. § 943.201) reported by Mr. Harold Beecham of Wauwatosa, who received a DWD notice for an unemployment claim he never filed. Evidence developed so far identifies two suspects:

     NÚÑEZ VILLALOBOS, Yesenia      DOB 03/12/1995
     PETRENKO, Andriy               DOB 07/28/1991

I am requesting, for the claim filed under Mr. Beecham's identity and for any claim filed by either suspect since January 1, 2025: the mailing address, e-mail address and telephone numbers used; IP addresses captured at filing; and the bank account or debit card to which payments were issued. I understand disclosure to law enforcement is governed by Wis. Stat. § 108.14(7).

The suspects have not been charged and I ask that this request not be disclosed to them.

Respectfully,

Det. Tomasz J. Wiśniewski #4417
Financial Crimes Unit
(414) 555-0192
twisniewski@milwaukee.gov
"""
    open(os.path.join(OUT, "bcc06.pdf"), "wb").write(pdf_bytes(t, "sans", 10.5))
    save_label(label("bcc06", "born_digital", "municipal police detective letter, identity theft, victim named (not a subject)",
        ("local-police", "Milwaukee Police Department", "Tomasz J. Wiśniewski", "Detective",
         "twisniewski@milwaukee.gov", "(414) 555-0192"),
        [S("Yesenia Núñez Villalobos", "1995-03-12"), S("Andriy Petrenko", "1991-07-28")],
        ["WI Stat 943.201", "WI Stat 108.14"], "none", None, False, "criminal_investigation",
        ["claims", "address", "email", "phone", "other"], "mail"))


@doc
def bcc07(rng):
    t = """^^OFFICE OF THE DOUGLAS COUNTY ATTORNEY
^Hall of Justice · 1701 Farnam Street, Omaha, Nebraska 68183 · (402) 555-0110

November 9, 2026

Nebraska Department of Health and Human Services
Attn: Legal Services — Records Production
301 Centennial Mall South, Lincoln, NE 68509

**COUNTY ATTORNEY'S SUBPOENA FOR RECORDS
**Re: Investigation No. DCA-26-1187

This letter shall serve as a subpoena for records. You are hereby requested to produce, within ten (10) days of receipt, the following records of the Department concerning:

     Mohamed Abdirahman FARAH, born December 4, 1988
     Hodan Ali JAMA, born February 19, 1990

  • SNAP and Aid to Dependent Children applications, redeterminations and interview notes, 2024–present;
  • reported household composition, income and employers;
  • benefit issuance history and EBT card transaction records.

This Office is investigating possible violations of Neb. Rev. Stat. § 68-1017 (public assistance fraud) and § 28-512 (theft by deception). No court has issued process in this matter at this time; should the Department require a court order before releasing the records, please contact me and one will be sought.

Please deliver the records to the undersigned.

Brenda K. Haugen
Chief Deputy County Attorney
bhaugen@douglascounty-ne.gov

cc: Investigator Luis Cardenas, DCA Investigations
"""
    open(os.path.join(OUT, "bcc07.pdf"), "wb").write(pdf_bytes(t, "serif", 10.5))
    save_label(label("bcc07", "born_digital", "look-alike: county attorney letter calling itself a subpoena, no court process",
        ("district-attorney", "Office of the Douglas County Attorney", "Brenda K. Haugen", "Chief Deputy County Attorney",
         "bhaugen@douglascounty-ne.gov", "(402) 555-0110"),
        [S("Mohamed Abdirahman Farah", "1988-12-04"), S("Hodan Ali Jama", "1990-02-19")],
        ["NE Stat 68-1017", "NE Stat 28-512"], "none", None, False, "criminal_investigation",
        ["benefits", "employment", "other"], "mail"))


@doc
def bcc08(rng):
    t = """^^COMMONWEALTH OF MASSACHUSETTS
^THE TRIAL COURT — DISTRICT COURT DEPARTMENT
^Worcester Division · Office of the Clerk-Magistrate
^225 Main Street, Worcester, MA 01608 · (508) 555-0175

November 12, 2026

Department of Transitional Assistance
Legal Division — Records Unit
600 Washington Street, Boston, MA 02111

RE:  Commonwealth v. Nicole Anne Thibodeau
     Docket No. 2662CR001208

Dear Records Keeper:

Enclosed please find an attested copy of the Order for Production of Records allowed by the Court on November 10, 2026, on the motion of the Commonwealth. Pursuant to Mass. R. Crim. P. 17(a)(2), the records are to be delivered to this office in a sealed envelope marked with the docket number above, on or before the return date stated in the Order. Records so produced will be held by the Clerk and will not be released to either party except as the Court directs.

If you have questions concerning delivery, please contact this office.

Very truly yours,

Owen F. Costa
Assistant Clerk-Magistrate

Enclosure
cc: ADA Rachel S. Goldberg; Attorney Victor Amaral (for the Defendant)
\f
^^COMMONWEALTH OF MASSACHUSETTS
^WORCESTER, ss.                          DISTRICT COURT DEPARTMENT
^                                         WORCESTER DIVISION
^                                         DOCKET NO. 2662CR001208

^COMMONWEALTH
^v.
^NICOLE ANNE THIBODEAU

^^ORDER FOR PRODUCTION OF RECORDS
^(Mass. R. Crim. P. 17(a)(2))

The Defendant is charged with larceny over $1,200 by false pretenses, G.L. c. 266, § 30, and with public assistance fraud, G.L. c. 18, § 5B. Upon the Commonwealth's motion and after hearing, the Court finds that the records described below are relevant, admissible and sought in good faith.

It is hereby ORDERED that the Keeper of Records of the Department of Transitional Assistance produce to the Clerk-Magistrate, on or before December 1, 2026, the following records concerning Nicole Anne Thibodeau (DOB 10/02/1987):

  (1) all SNAP and TAFDC applications, recertifications and reported household composition from 2023 to the present;
  (2) the EBT issuance and transaction history for the same period;
  (3) the addresses of record.

The Commonwealth anticipates calling DTA caseworker Janet L. Pruitt as a witness to authenticate these records.

SO ORDERED.
                                          /s/ Hon. Miriam D. Castellano
                                          Justice of the District Court
Date: November 10, 2026
"""
    open(os.path.join(OUT, "bcc08.pdf"), "wb").write(pdf_bytes(t, "serif", 10))
    save_label(label("bcc08", "born_digital", "look-alike: court clerk cover letter enclosing a Massachusetts district court order",
        ("other", "Worcester District Court, Office of the Clerk-Magistrate", "Owen F. Costa", "Assistant Clerk-Magistrate",
         None, "(508) 555-0175"),
        [S("Nicole Anne Thibodeau", "1987-10-02")],
        ["MA CrimP 17", "MGL 266-30", "MGL 18-5B"], "court_order", None, True, "criminal_investigation",
        ["benefits", "address", "other"], "mail"))


@doc
def bcc09(rng):
    t = """^^U.S. Immigration and Customs Enforcement
^Enforcement and Removal Operations · Detroit Field Office
^333 Mount Elliott Street, Detroit, MI 48207

Date: 11/05/2026

Michigan Department of Health and Human Services
Office of Legal Affairs
333 S. Grand Avenue, Lansing, MI 48933

Subject: Request for address information — ESPINOZA GÓMEZ, Rubén Darío, A201 337 548, DOB 03/26/1979

Good afternoon,

The above-named individual is subject to a final order of removal, and a Warrant of Removal/Deportation (Form I-205, copy attached) has been issued for him under section 241(a) of the Immigration and Nationality Act (8 U.S.C. § 1231(a)). ERO Detroit is attempting to locate him.

We request the current residential address, telephone number, and the names of household members listed on any active assistance case. Please send responsive information to me at the e-mail below.

Thank you,

Shauna L. Pettibone
Deportation Officer, ERO Detroit
(313) 555-0129 · shauna.l.pettibone@ice.dhs.gov
\f
**U.S. Department of Homeland Security
^^WARRANT OF REMOVAL/DEPORTATION
>>File No: A201 337 548
>>Date: 09/18/2026
To any immigration officer of the United States Department of Homeland Security:

(Full name of alien)  ESPINOZA GÓMEZ, Rubén Darío

who entered the United States at  unknown place  on or about  unknown date  (Place of entry) (Date of entry)

is subject to removal/deportation from the United States, based upon a final order by:
   [X] an immigration judge in exclusion, deportation, or removal proceedings
   [ ] a designated official
   [ ] the Board of Immigration Appeals
   [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
   Section 212(a)(6)(A)(i)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of:  the appropriation "Operations and Support"

                                        (Signature of immigration officer)  /s/ R. K. Lindqvist
                                        Robert K. Lindqvist, Field Office Director
                                        (Title of immigration officer)
                                        Detroit, Michigan  (Date and office location)

---
To be completed by immigration officer executing the warrant: Name of alien being removed: ____________
Port, date and manner of removal: ____________     Photograph / right index fingerprint of alien
Form I-205 (Rev. 08/01/07)
"""
    open(os.path.join(OUT, "bcc09.pdf"), "wb").write(pdf_bytes(t, "sans", 10))
    save_label(label("bcc09", "born_digital", "ERO letter + Form I-205 warrant of removal (judge checkbox unchecked)",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations · Detroit Field Office",
         "Shauna L. Pettibone", "Deportation Officer", "shauna.l.pettibone@ice.dhs.gov", "(313) 555-0129"),
        [S("Rubén Darío Espinoza Gómez", "1979-03-26", ("a_number", "A201337548"))],
        ["INA 241", "8 USC 1231", "INA 212"], "administrative_warrant", "I-205", True, "civil_immigration",
        ["address", "phone", "other"], "mail"))


@doc
def bcc10(rng):
    t = """**U.S. DEPARTMENT OF LABOR
**OFFICE OF INSPECTOR GENERAL
Office of Investigations — Labor Racketeering and Fraud
Chicago Regional Office · 230 South Dearborn Street, Suite 744 · Chicago, IL 60604
---

November 13, 2026

Iowa Workforce Development
Unemployment Insurance Integrity Unit
1000 East Grand Avenue
Des Moines, Iowa 50319

Re: DOL-OIG Case No. 50-2026-0114-CH — Request for UI claimant data

Dear Integrity Unit Manager:

The U.S. Department of Labor, Office of Inspector General (DOL-OIG) is conducting a criminal investigation into a scheme to obtain unemployment insurance benefits through fictitious employers, in possible violation of 18 U.S.C. §§ 641, 1341 and 1343. To further this investigation we request the following records for each person listed below: all initial and continued claims since January 1, 2024; benefit payment history, including bank routing and account numbers and debit card numbers; wage records and employer account information; and addresses, telephone numbers and e-mail addresses of record.

     Name                         DOB              SSN (last 4)
     TRAN, Minh Duc               10/15/1978       3390
     BRODSKY, Kateryna            01/02/1996       7712
     ABDULLAHI, Said Hassan       07/21/1987       0258

Disclosure of confidential unemployment compensation information to DOL-OIG for these purposes is permitted under 20 C.F.R. § 603.5(i) and Iowa Code § 96.11(6)(b).

Responsive records may be uploaded to the DOL-OIG secure file share; a link will be provided on request. Please contact me with any questions.

Sincerely,

Colleen M. Przybylski
Special Agent
(312) 555-0154
przybylski.colleen@oig.dol.gov

cc: Resident Agent in Charge, Des Moines
"""
    open(os.path.join(OUT, "bcc10.pdf"), "wb").write(pdf_bytes(t, "sans", 10))
    save_label(label("bcc10", "born_digital", "DOL-OIG letter, three claimants in a table",
        ("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Colleen M. Przybylski", "Special Agent",
         "przybylski.colleen@oig.dol.gov", "(312) 555-0154"),
        [S("Minh Duc Tran", "1978-10-15", ("ssn_last4", "3390")), S("Kateryna Brodsky", "1996-01-02", ("ssn_last4", "7712")),
         S("Said Hassan Abdullahi", "1987-07-21", ("ssn_last4", "0258"))],
        ["18 USC 641", "18 USC 1341", "18 USC 1343", "20 CFR 603.5", "IA Code 96.11"], "none", None, False,
        "criminal_investigation", ["claims", "benefits", "wages", "employment", "address", "phone", "email", "other"], "mail"))

# ---------------------------------------------------------------- e-mail
def write_eml(i, msg):
    k = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary(f"----=_Part_{i}_{k:02d}_4242")
    with open(os.path.join(OUT, i + ".eml"), "wb") as f:
        f.write(msg.as_bytes())


@doc
def bcc11(rng):
    m = EmailMessage()
    m["From"] = "Cody Ferris <cferris@laramiecountywy.gov>"
    m["To"] = "dws-uirecords@wyo.gov"
    m["Subject"] = "employer/address - DWS warrant, Holloway"
    m["Date"] = mkdate("2026-11-02 08:47 -0700")
    m["Message-ID"] = "<20261102084711.3391@laramiecountywy.gov>"
    m.set_content("""Morning,

Our civil section is holding a Department of Workforce Services warrant for unpaid unemployment insurance contributions (W.S. 27-3-511) against Travis James Holloway, dba High Plains Roofing. We've tried him twice at the Pine Bluffs address and the place is empty.

Could you send any newer address or phone number you've got for him, and the name of any other employer he's drawing wages from? That would help us get it served.

Thanks much,
Cody

Sgt. Cody Ferris
Civil Division
Laramie County Sheriff's Office
309 W. 20th St., Cheyenne, WY 82001
(307) 555-0106
""")
    write_eml("bcc11", m)
    save_label(label("bcc11", "eml", "look-alike: informal sheriff e-mail about the agency's own contributions warrant (civil collection)",
        ("sheriff", "Laramie County Sheriff's Office", "Cody Ferris", "Sergeant, Civil Division",
         "cferris@laramiecountywy.gov", "(307) 555-0106"),
        [S("Travis James Holloway")], ["WS 27-3-511"], "none", None, False, "unknown",
        ["address", "phone", "employment"], "email"))


def dea_subpoena():
    return """**U.S. Department of Justice
**Drug Enforcement Administration                                              Subpoena No. ND-26-0092
^^SUBPOENA

TO:  Custodian of Records
     Job Service North Dakota
     1000 East Divide Avenue, Bismarck, ND 58501

In the matter of:  Investigation File No. R3-26-0051 (DEA Bismarck Resident Office)

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent Tariq S. Ahmed, an official of the Drug Enforcement Administration, at 225 West Broadway Avenue, Suite 440, Bismarck, ND 58501, on the 24th day of November, 2026 at 10:00 o'clock a.m., to testify and give information in connection with an investigation relating to the enforcement of Title 21, United States Code, Section 801 et seq., including violations of 21 U.S.C. §§ 841 and 846.

YOU ARE FURTHER COMMANDED to bring with you and produce the following records:
  Quarterly wage records, employer names and addresses, and addresses of record, January 2024 to present, for:
     1. HAUGLAND, Kyle Robert — DOB 04/03/1992
     2. IBARRA ZÚÑIGA, Alejandro — DOB 12/16/1990

Production of the records by mail or e-mail to the official named above on or before the return date will be accepted in lieu of appearance.

This subpoena is issued pursuant to Title 21, United States Code, Section 876. Failure to comply may result in the Attorney General invoking the aid of a United States District Court to compel compliance with this subpoena, and any failure to obey the order of the court may be punished as contempt.

Issued on: 11/10/2026
/s/ Tariq S. Ahmed
Special Agent, Drug Enforcement Administration
(701) 555-0140
"""


@doc
def bcc12(rng):
    m = EmailMessage()
    m["From"] = "\"Ahmed, Tariq S.\" <tariq.s.ahmed@dea.gov>"
    m["To"] = "JSND Legal <jsndlegal@nd.gov>"
    m["Subject"] = "DEA Administrative Subpoena ND-26-0092"
    m["Date"] = mkdate("2026-11-10 14:02 -0600")
    m["Message-ID"] = "<SA7PR09MB6622.namprd09@dea.gov>"
    m.set_content("""Good afternoon,

Attached please find DEA administrative subpoena ND-26-0092 requesting wage and employer records for the two individuals listed in the subpoena. You may respond by e-mail to me directly; please send records as PDF or Excel.

Please do not disclose the existence of this subpoena to the subjects, as doing so could impede an ongoing criminal investigation.

Thank you for your assistance.

Tariq S. Ahmed
Special Agent
Drug Enforcement Administration | Bismarck Resident Office
Office: (701) 555-0140

This e-mail, including any attachments, is intended only for the addressee and may contain Law Enforcement Sensitive information.
""")
    m.add_attachment(pdf_bytes(dea_subpoena(), "serif", 10), maintype="application", subtype="pdf",
                     filename="ND-26-0092_JobServiceND.pdf")
    write_eml("bcc12", m)
    save_label(label("bcc12", "eml", "e-mail with attached DEA 21 USC 876 administrative subpoena (PDF)",
        ("doj-dea", "Drug Enforcement Administration, Bismarck Resident Office", "Tariq S. Ahmed", "Special Agent",
         "tariq.s.ahmed@dea.gov", "(701) 555-0140"),
        [S("Kyle Robert Haugland", "1992-04-03"), S("Alejandro Ibarra Zúñiga", "1990-12-16")],
        ["21 USC 876", "21 USC 841", "21 USC 846", "21 USC 801"], "administrative_subpoena", None, True,
        "criminal_investigation", ["wages", "employment", "address"], "email"))


def ao110():
    return """AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
^^UNITED STATES DISTRICT COURT
^for the
^District of Rhode Island

^^SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To:  Custodian of Records
     Rhode Island Department of Labor and Training
     1511 Pontiac Avenue, Cranston, RI 02920

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place: U.S. Courthouse, One Exchange Terrace, Providence, RI 02903          Date and Time: 12/02/2026 9:00 am
       Grand Jury Room No. 2

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):
See Attachment A.

Date: 11/06/2026                                  CLERK OF COURT
                                                  /s/ D. Ferreira
                                                  Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Meredith A. Cabral, Assistant U.S. Attorney, 50 Kennedy Plaza, 8th Floor, Providence, RI 02903
meredith.cabral@usdoj.gov   (401) 555-0133
>>Grand Jury No. 26-03  ·  Subpoena No. 2026R00417-07
\f
^^ATTACHMENT A

For the period January 1, 2023 through the date of this subpoena, produce all records relating to unemployment insurance and Temporary Disability Insurance (TDI) claims by, and wages reported for:

  1. Paulo Henrique MEDEIROS (DOB 9/9/1983)
  2. Luz Marina RESTREPO OCAMPO (DOB 6/14/1985)

including applications, weekly certifications, payment records, addresses and telephone numbers of record, and all quarterly wage reports filed for these individuals by any employer, including Ocean State Home Care LLC.

In lieu of appearing, you may comply by delivering the records, together with a completed certificate of authenticity, to Special Agent Nadia Haddad, HHS-OIG, before the return date.
"""


@doc
def bcc13(rng):
    m = MIMEMultipart("mixed")
    m["From"] = "\"Cabral, Meredith (USARI)\" <meredith.cabral@usdoj.gov>"
    m["To"] = "dlt.legal@dlt.ri.gov"
    m["Cc"] = "\"Haddad, Nadia (HHS/OIG)\" <nadia.haddad@oig.hhs.gov>"
    m["Subject"] = "Grand jury subpoena - RI DLT - 2026R00417"
    m["Date"] = mkdate("2026-11-06 11:30 -0500")
    m["Message-ID"] = "<BN1PR09MB4411@usdoj.gov>"
    m.attach(MIMEText("""Dear Custodian:

Attached is a federal grand jury subpoena for UI and TDI claim records and wage reports for two individuals. The return date is December 2; production to SA Haddad (copied) in lieu of appearance is fine.

Although Fed. R. Crim. P. 6(e) does not bind a subpoenaed witness, we ask that you not disclose the subpoena or its contents, since disclosure could compromise an ongoing criminal investigation.

Regards,
Meredith A. Cabral
Assistant United States Attorney
District of Rhode Island
(401) 555-0133
""", "plain", "utf-8"))
    a = MIMEApplication(pdf_bytes(ao110(), "serif", 10), "pdf")
    a.add_header("Content-Disposition", "attachment", filename="GJ Subpoena RI DLT.pdf")
    m.attach(a)
    write_eml("bcc13", m)
    save_label(label("bcc13", "eml", "AUSA e-mail with AO 110 grand jury subpoena PDF attached; OIG agent copied",
        ("doj-usao", "United States Attorney's Office, District of Rhode Island", "Meredith A. Cabral",
         "Assistant United States Attorney", "meredith.cabral@usdoj.gov", "(401) 555-0133"),
        [S("Paulo Henrique Medeiros", "1983-09-09"), S("Luz Marina Restrepo Ocampo", "1985-06-14")],
        ["FRCrP 6"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
        ["claims", "benefits", "wages", "employment", "address", "phone"], "email"))


def i247a():
    return """**DEPARTMENT OF HOMELAND SECURITY
^^IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 384112907          Event #: SFS2610000123          File No: A209 556 014
Date: November 3, 2026

TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
    South Dakota Department of Corrections, Mike Durfee State Prison, Springfield, SD
FROM: (Department of Homeland Security Office Address)
    ICE ERO St. Paul Field Office - Sioux Falls Sub-Office, Sioux Falls, SD

Name of Alien: VELÁSQUEZ MORALES, Edwin Josué
Date of Birth: 02/27/1994     Citizenship: Guatemala     Sex: M

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
  [X] A final order of removal against the alien;
  [ ] The pendency of ongoing removal proceedings against the alien;
  [ ] Biometric confirmation of the alien's identity and a records check of federal databases ...
  [ ] Statements made by the alien to an immigration officer ...

IT IS THEREFORE REQUESTED THAT YOU:
  - Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
  - Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
  - Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.

This detainer arises from DHS authorities under sections 236 and 287 of the Immigration and Nationality Act and 8 CFR 287.7, and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.

Luis F. Arriaga, Deportation Officer                    /s/ L. Arriaga
(Name and title of Immigration Officer)                 (Signature of Immigration Officer)

Form I-247A (3/17)                                                     Page 1 of 3
"""


@doc
def bcc14(rng):
    m = MIMEMultipart("mixed")
    m["From"] = "\"Arriaga, Luis F\" <luis.f.arriaga@ice.dhs.gov>"
    m["To"] = "DOC Central Records <docrecords@state.sd.us>"
    m["Subject"] = "I-247A Detainer - VELASQUEZ MORALES, Edwin - MDSP"
    m["Date"] = mkdate("2026-11-03 09:12 -0600")
    m["Message-ID"] = "<MN2PR09MB5530.arriaga@ice.dhs.gov>"
    m.attach(MIMEText("""Records,

Please see the attached I-247A for Edwin Josué VELÁSQUEZ MORALES, currently housed at Mike Durfee State Prison. Lodge the detainer and advise me of his projected release date. If possible, please also send the release address he provided to his case manager.

V/r,
Luis F. Arriaga
Deportation Officer
ICE ERO St. Paul - Sioux Falls Sub-Office
Desk: (605) 555-0118
""", "plain", "utf-8"))
    img = MIMEImage(png_bytes(pdf_bytes(i247a(), "sans", 9.5), "PNG", 150), "png")
    img.add_header("Content-Disposition", "attachment", filename="I-247A_VELASQUEZ.png")
    m.attach(img)
    write_eml("bcc14", m)
    save_label(label("bcc14", "eml", "ERO e-mail with I-247A detainer as PNG attachment, to corrections records",
        ("dhs-ice-ero", "ICE ERO St. Paul - Sioux Falls Sub-Office", "Luis F. Arriaga", "Deportation Officer",
         "luis.f.arriaga@ice.dhs.gov", "(605) 555-0118"),
        [S("Edwin Josué Velásquez Morales", "1994-02-27", ("a_number", "A209556014"))],
        ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", True, "civil_immigration",
        ["address", "other"], "email"))


@doc
def bcc15(rng):
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello DPHHS team,</p>
<p>I am requesting information on the following individual, who is believed to be residing in Hill County:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Last name</th><th>First name</th><th>DOB</th><th>A#</th></tr>
<tr><td>ROMERO DE LA O</td><td>Yadira</td><td>08/05/1997</td><td>A218-774-650</td></tr>
</table>
<p>Specifically: current residential address, names of other household members on her SNAP or Medicaid case, and any employer listed.</p>
<p>This request is made pursuant to 8 U.S.C. 1357 and is for official use only.</p>
<p>Respectfully,<br>
<b>Brett W. Sandvik</b><br>
Border Patrol Agent<br>
U.S. Customs and Border Protection | Havre Station, Havre Sector<br>
Office: (406) 555-0117<br>
<a href="mailto:brett.sandvik@cbp.dhs.gov">brett.sandvik@cbp.dhs.gov</a></p>
<p style="font-size:8pt;color:#666">WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).</p>
</body></html>"""
    m = MIMEText(html, "html", "utf-8")
    m["From"] = "\"SANDVIK, BRETT W\" <brett.sandvik@cbp.dhs.gov>"
    m["To"] = "hhsrecords@mt.gov"
    m["Subject"] = "Information request"
    m["Date"] = mkdate("2026-11-16 15:40 -0700")
    m["Message-ID"] = "<DM6PR09MB.sandvik@cbp.dhs.gov>"
    write_eml("bcc15", m)
    save_label(label("bcc15", "eml", "HTML-only Border Patrol e-mail with table, A-number, household members",
        ("dhs-cbp", "U.S. Customs and Border Protection, Havre Station, Havre Sector", "Brett W. Sandvik",
         "Border Patrol Agent", "brett.sandvik@cbp.dhs.gov", "(406) 555-0117"),
        [S("Yadira Romero de la O", "1997-08-05", ("a_number", "A218774650"))],
        ["8 USC 1357"], "none", None, False, "civil_immigration", ["address", "employment", "other"], "email"))


@doc
def bcc16(rng):
    inner = EmailMessage()
    inner["From"] = "Det. Anh Vu <avu@wvc-ut.gov>"
    inner["To"] = "Kelsey Marchetti <kmarchetti@utah.gov>"
    inner["Subject"] = "WVC 26-041882 benefit fraud - DWS records"
    inner["Date"] = mkdate("2026-11-12 16:20 -0700")
    inner.set_content("""Kelsey,

Here are the two we talked about. Both listed the same Redwood Rd apartment on DWS applications while the landlord says neither lived there.

  MELNYK, Oksana  DOB 11/30/1989
  MAHAMUD, Jamal Omar  DOB 1986-02-14

I'm looking at theft by deception (76-6-405) and public assistance fraud. Can you run it through your DWS contact?

Det. Anh Vu
West Valley City Police Department, Investigations
801-555-0177
""")
    m = MIMEMultipart("mixed")
    m["From"] = "Kelsey R. Marchetti <kmarchetti@utah.gov>"
    m["To"] = "DWS Records Requests <dwsrecords@utah.gov>"
    m["Subject"] = "FW: WVC 26-041882 benefit fraud - DWS records (SBI 26-SBI-0412)"
    m["Date"] = mkdate("2026-11-13 08:05 -0700")
    m["Message-ID"] = "<CAK-sbi-0412-marchetti@utah.gov>"
    alt = MIMEMultipart("alternative")
    plain = """Good morning,

Forwarding the request below from Det. Anh Vu (West Valley City PD). SBI is working this jointly under case 26-SBI-0412. We are investigating theft by deception, Utah Code Ann. § 76-6-405, and public assistance fraud under § 76-8-1203.

For both subjects in the attached message, please provide eligibility and benefit history (SNAP, financial assistance and any unemployment insurance claims) from 2024 forward, including the addresses reported on each application.

Thanks,
Kelsey R. Marchetti
Special Agent
State Bureau of Investigation | Utah Department of Public Safety
(801) 555-0108
"""
    htmlv = "<html><body><p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    alt.attach(MIMEText(plain, "plain", "utf-8")); alt.attach(MIMEText(htmlv, "html", "utf-8"))
    m.attach(alt)
    fw = MIMEMessage(inner)
    fw.add_header("Content-Disposition", "attachment", filename="WVC 26-041882 benefit fraud.eml")
    m.attach(fw)
    write_eml("bcc16", m)
    save_label(label("bcc16", "eml", "state bureau agent forwards detective's message as message/rfc822 attachment",
        ("state-police", "State Bureau of Investigation, Utah Department of Public Safety", "Kelsey R. Marchetti",
         "Special Agent", "kmarchetti@utah.gov", "(801) 555-0108"),
        [S("Oksana Melnyk", "1989-11-30"), S("Jamal Omar Mahamud", "1986-02-14")],
        ["UCA 76-6-405", "UCA 76-8-1203"], "none", None, False, "criminal_investigation",
        ["benefits", "claims", "address"], "email"))


def wi_subpoena():
    return """STATE OF WISCONSIN               CIRCUIT COURT               DANE COUNTY
---
STATE OF WISCONSIN,
          Plaintiff,
     vs.                                                 Case No. 2026CF000611
TOU VANG,
          Defendant.
---
^^SUBPOENA (Criminal) — DUCES TECUM

THE STATE OF WISCONSIN, To:  Records Custodian, Wisconsin Department of Workforce Development,
                             Division of Unemployment Insurance, 201 E. Washington Ave., Madison, WI 53703

YOU ARE COMMANDED to appear before the Circuit Court for Dane County, Branch 11, Dane County Courthouse, 215 South Hamilton Street, Madison, Wisconsin, on January 12, 2027 at 8:30 a.m., to give evidence in the above-entitled criminal action on behalf of the State, and to bring with you:

Certified copies of all unemployment insurance claim records, payment histories and quarterly wage records for TOU VANG, date of birth October 8, 1991, from April 2025 to the present.

The Defendant is charged with unemployment insurance fraud contrary to Wis. Stat. § 108.24(1). This subpoena is issued under Wis. Stat. §§ 885.01 and 805.07. Failure to comply may result in punishment for contempt of court.

Dated: November 17, 2026

Electronically signed by Hannah J. Lindgren
Assistant District Attorney, State Bar No. 1098827
Dane County District Attorney's Office
215 South Hamilton Street, Room 3000, Madison, WI 53703
(608) 555-0124
"""


@doc
def bcc17(rng):
    m = MIMEMultipart("mixed")
    m["From"] = "Hannah Lindgren <hannah.lindgren@da.wi.gov>"
    m["To"] = "DWD UI Legal <dwdlegal@dwd.wisconsin.gov>"
    m["Subject"] = "Subpoena - State v. Tou Vang, 2026CF000611"
    m["Date"] = mkdate("2026-11-17 10:44 -0600")
    m["Message-ID"] = "<9f31.lindgren@da.wi.gov>"
    alt = MIMEMultipart("alternative")
    body = """Hello,

Attached is a trial subpoena duces tecum in State v. Tou Vang. If the Department can provide certified records with a custodian's affidavit by January 5, 2027, no personal appearance will be needed.

Thank you,
Hannah J. Lindgren
Assistant District Attorney
Dane County District Attorney's Office
(608) 555-0124
"""
    alt.attach(MIMEText(body, "plain", "utf-8"))
    alt.attach(MIMEText("<html><body><pre style='font-family:Arial'>" + body + "</pre></body></html>", "html", "utf-8"))
    m.attach(alt)
    a = MIMEApplication(pdf_bytes(wi_subpoena(), "serif", 10), "pdf")
    a.add_header("Content-Disposition", "attachment", filename="2026CF000611 Subpoena DWD.pdf")
    m.attach(a)
    write_eml("bcc17", m)
    save_label(label("bcc17", "eml", "ADA e-mail with attorney-issued Wisconsin criminal trial subpoena duces tecum (PDF)",
        ("district-attorney", "Dane County District Attorney's Office", "Hannah J. Lindgren", "Assistant District Attorney",
         "hannah.lindgren@da.wi.gov", "(608) 555-0124"),
        [S("Tou Vang", "1991-10-08")], ["WI Stat 108.24", "WI Stat 885.01", "WI Stat 805.07"], "court_subpoena", None, True,
        "criminal_investigation", ["claims", "benefits", "wages"], "email"))


def uspis_form():
    return """**UNITED STATES POSTAL INSPECTION SERVICE                      Boston Division — Portland, ME Domicile
^^REQUEST FOR INFORMATION — LAW ENFORCEMENT
---
To agency: Maine Department of Labor, Bureau of Unemployment Compensation      Date: 11/18/2026
Case No.: 4521037-MT                 Offense(s): Mail theft 18 U.S.C. § 1708; Identity fraud 18 U.S.C. § 1028
---
SUBJECT 1   Last: LEBLANC          First: Dominique       Middle: Marie       DOB: 03/21/1990
SUBJECT 2   Last: WÓJCIK           First: Piotr           Middle:             DOB: 09/07/1984
---
INFORMATION REQUESTED:
[X] UC claim history     [X] Wage records / employers     [X] Address of record     [ ] Photo     [ ] Other: ______
Period: 01/2025 - present

Confidentiality: Information provided is requested under the law enforcement exception of 26 M.R.S. § 1082(7) and will be used solely for this criminal investigation.

Requesting Inspector: Noah D. Bergeron          Phone: (207) 555-0126        E-mail: ndbergeron@uspis.gov
Signature: /s/ N. D. Bergeron                   Team Leader approval: /s/ K. Ouellette
"""


@doc
def bcc18(rng):
    m = EmailMessage()
    m["From"] = "\"Bergeron, Noah D - Portland, ME\" <ndbergeron@uspis.gov>"
    m["To"] = "bucrecords@maine.gov"
    m["Subject"] = "USPIS request for information - case 4521037-MT"
    m["Date"] = mkdate("2026-11-18 13:15 -0500")
    m["Message-ID"] = "<0c1e.bergeron@uspis.gov>"
    m.set_content("""Hello,

Attached is our request for information form on two subjects in a mail theft and identity fraud investigation. We are looking for their UC claim history, reported wages/employers and addresses of record since January 2025.

Scanned copy attached; the original can be mailed if you need it.

Thank you,
Inspector Noah D. Bergeron
U.S. Postal Inspection Service
(207) 555-0126
""")
    m.add_attachment(png_bytes(pdf_bytes(uspis_form(), "sans", 9.5), "JPEG", 150, rng), maintype="image", subtype="jpeg",
                     filename="RFI_4521037.jpg")
    write_eml("bcc18", m)
    save_label(label("bcc18", "eml", "postal inspector e-mail with scanned request form as JPEG (no process)",
        ("usps-uspis", "U.S. Postal Inspection Service", "Noah D. Bergeron", "Postal Inspector",
         "ndbergeron@uspis.gov", "(207) 555-0126"),
        [S("Dominique Marie LeBlanc", "1990-03-21"), S("Piotr Wójcik", "1984-09-07")],
        ["18 USC 1708", "18 USC 1028", "26 MRS 1082"], "none", None, False, "criminal_investigation",
        ["claims", "wages", "employment", "address"], "email"))


def cbp_summons():
    return """**DEPARTMENT OF HOMELAND SECURITY
**U.S. Customs and Border Protection
^^SUMMONS
^(19 U.S.C. 1509)
>>Summons No. BUF-OFO-26-031
To:  Custodian of Records, New York State Department of Labor
     Building 12, W. Averell Harriman State Office Campus, Albany, NY 12226

In the matter of: Northtowns Import Group LLC (importer of record)

You are hereby summoned and required to appear before Supervisory CBP Officer Daniel J. Kaminski, an officer of U.S. Customs and Border Protection, at 726 Exchange Street, Suite 400, Buffalo, NY 14210, on December 1, 2026 at 10:00 a.m., to give testimony and to produce the following records relating to the importation of merchandise and the investigation of possible violations of 18 U.S.C. § 542:

Quarterly wage reports and employer information for 2024–2026 for:
   IBÁÑEZ SOTO, Héctor Manuel — DOB 1971-05-30
   HOXHA, Lindita — DOB 1988-08-12

Records may be produced by mail in lieu of appearance. Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce compliance with the summons as well as other sanctions (19 U.S.C. 1510).

Issued: November 14, 2026
/s/ Daniel J. Kaminski, Supervisory CBP Officer, Buffalo Field Office

CBP Form 3115 (06/17)
"""


@doc
def bcc19(rng):
    m = MIMEMultipart("mixed")
    m["From"] = "\"KAMINSKI, DANIEL J\" <daniel.j.kaminski@cbp.dhs.gov>"
    m["To"] = "labor.sm.records@labor.ny.gov"
    m["Subject"] = "CBP Summons BUF-OFO-26-031 (19 USC 1509)"
    m["Date"] = mkdate("2026-11-14 12:51 -0500")
    m["Message-ID"] = "<CY1PR09MB.kaminski@cbp.dhs.gov>"
    m.attach(MIMEText("""Good afternoon,

Please find attached a customs summons for wage records on two individuals connected with an importer under investigation. We understand Labor Law § 537 restricts disclosure of UI records; the summons is provided so the Department can assess release under that section.

Please call with questions.

Daniel J. Kaminski
Supervisory CBP Officer
Buffalo Field Office, Office of Field Operations
(716) 555-0145
""", "plain", "utf-8"))
    a = MIMEApplication(pdf_bytes(cbp_summons(), "sans", 10), "pdf")
    a.add_header("Content-Disposition", "attachment", filename="Summons BUF-OFO-26-031.pdf")
    m.attach(a)
    write_eml("bcc19", m)
    save_label(label("bcc19", "eml", "CBP officer e-mail with CBP Form 3115 customs summons PDF",
        ("dhs-cbp", "U.S. Customs and Border Protection, Buffalo Field Office, Office of Field Operations",
         "Daniel J. Kaminski", "Supervisory CBP Officer", "daniel.j.kaminski@cbp.dhs.gov", "(716) 555-0145"),
        [S("Héctor Manuel Ibáñez Soto", "1971-05-30"), S("Lindita Hoxha", "1988-08-12")],
        ["19 USC 1509", "19 USC 1510", "18 USC 542", "NY Labor Law 537"], "administrative_subpoena", "CBP Form 3115", True,
        "criminal_investigation", ["wages", "employment"], "email"))

# ---------------------------------------------------------------- scanned
@doc
def bcc20(rng):
    t = """^^SUPREME COURT OF THE STATE OF NEW YORK
^COUNTY OF ONONDAGA

^^GRAND JURY SUBPOENA DUCES TECUM

THE PEOPLE OF THE STATE OF NEW YORK

TO:  Records Access Officer
     New York State Department of Labor, Unemployment Insurance Division
     Building 12, W. Averell Harriman State Office Campus, Albany, New York 12226

GREETINGS:

WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the County of Onondaga, at the Onondaga County Courthouse, 401 Montgomery Street, Syracuse, New York, on the 9th day of December, 2026, at 9:30 a.m., as a witness in a criminal action prosecuted by the People of the State of New York, and that you bring with you and produce the records described in the annexed Schedule A.

This subpoena is issued pursuant to CPL 610.20 and 610.25. Failure to comply is punishable as a contempt of court under Judiciary Law § 753 and may subject you to other penalties prescribed by law.

The existence of this subpoena and the testimony or records produced in response to it are secret; do not disclose them except as required by law.

Dated: Syracuse, New York
       November 16, 2026

                                           District Attorney, Onondaga County
                                           By: Danielle M. Ruggiero
                                           Assistant District Attorney
                                           505 South State Street, 4th Floor, Syracuse, NY 13202
                                           (315) 555-0199 · druggiero@ongov.net
\f
^^SCHEDULE A

Grand Jury Investigation No. GJ-2026-0311. For the period January 1, 2024 to the present, all unemployment insurance records, including claim applications, weekly certifications, payment records and bank account information, addresses and telephone numbers of record, and quarterly wage reports, relating to:

  1.  SHABAZZ, Kareem T.          Date of birth: 03/09/1980
  2.  HRYTSENKO, Oleksandr        Date of birth: 12/01/1992

The Grand Jury is investigating Grand Larceny in the Third Degree (Penal Law § 155.35) and Offering a False Instrument for Filing in the First Degree (Penal Law § 175.35).

Records may be produced by mail to the Assistant District Attorney named above, with a certification of the custodian, in lieu of personal appearance.
"""
    write_scanned(os.path.join(OUT, "bcc20.pdf"), pdf_bytes(t, "serif", 11), rng, {1: 180})
    save_label(label("bcc20", "scanned", "New York county grand jury subpoena duces tecum, schedule page upside down",
        ("district-attorney", "District Attorney, Onondaga County", "Danielle M. Ruggiero", "Assistant District Attorney",
         "druggiero@ongov.net", "(315) 555-0199"),
        [S("Kareem T. Shabazz", "1980-03-09"), S("Oleksandr Hrytsenko", "1992-12-01")],
        ["NY CPL 610.20", "NY CPL 610.25", "NY Jud Law 753", "NY PL 155.35", "NY PL 175.35"], "grand_jury_subpoena", None, True,
        "criminal_investigation", ["claims", "benefits", "wages", "address", "phone", "other"], "mail"))


@doc
def bcc21(rng):
    t = """DISTRICT COURT, ARAPAHOE COUNTY, COLORADO
Court Address: 7325 S. Potomac Street, Centennial, CO 80112
---
THE PEOPLE OF THE STATE OF COLORADO
In the Matter of the Search of: Records of the Colorado Department of
Labor and Employment, Unemployment Insurance Division, 633 17th Street, Denver, CO                ▲ COURT USE ONLY ▲
---
Affiant: Detective Marisa K. Delgado #2291, Aurora Police Department                  Case Number: 26SW01473
15001 E. Alameda Parkway, Aurora, CO 80012 · (303) 555-0184 · mdelgado@auroragov.org   Div.: 22
---
^^SEARCH WARRANT
^THIS WARRANT IS ISSUED PURSUANT TO C.R.S. § 16-3-301 ET SEQ. AND CRIM. P. 41

TO ANY PEACE OFFICER IN THE STATE OF COLORADO:

Detective Marisa K. Delgado of the Aurora Police Department has made application and affidavit to the Court for the issuance of a search warrant. The application and affidavit are attached and incorporated herein. The Court finds that there is probable cause to believe that the property described below is located at the place described above, and that it constitutes evidence of the crimes of Identity Theft, C.R.S. § 18-5-902, and Theft, C.R.S. § 18-4-401.

YOU ARE THEREFORE COMMANDED to search the records described above within fourteen days and to seize the following:

All unemployment insurance claim records, including claimant addresses, telephone numbers, e-mail addresses, IP addresses, bank account and debit card information, and quarterly wage records, from January 1, 2025 to the present, for claims filed in the names of:

     Guadalupe ARELLANO TREVIÑO, DOB 06/22/1976
     Brian Keith OSTROWSKI, DOB 01/30/1969

and to make a return of this warrant to this Court.

Dated: November 5, 2026, at 3:40 p.m.

                                          BY THE COURT:
                                          /s/ Theodore R. Vance
                                          District Court Judge
"""
    write_scanned(os.path.join(OUT, "bcc21.pdf"), pdf_bytes(t, "sans", 10), rng, {}, dpi=200)
    save_label(label("bcc21", "scanned", "Colorado district court search warrant (state form caption), police affiant",
        ("local-police", "Aurora Police Department", "Marisa K. Delgado", "Detective", "mdelgado@auroragov.org", "(303) 555-0184"),
        [S("Guadalupe Arellano Treviño", "1976-06-22"), S("Brian Keith Ostrowski", "1969-01-30")],
        ["CRS 16-3-301", "CO CrimP 41", "CRS 18-5-902", "CRS 18-4-401"], "judicial_warrant", None, True,
        "criminal_investigation", ["claims", "address", "phone", "email", "wages", "other"], "mail"))


@doc
def bcc22(rng):
    t = """**MICHIGAN STATE POLICE                                                         MSP Form IR-77 (rev. 2024)
^^REQUEST FOR RECORDS — OUTSIDE AGENCY
---
TO: Michigan Department of Health and Human Services — Office of Inspector General, Law Enforcement Liaison
    235 S. Grand Avenue, Lansing, MI 48933
---
Incident No.: 052-0004417-26                  Date of request: 11/09/2026
Requesting member: D/Sgt. Latoya M. Baptiste      Work unit: Fifth District Special Investigation Section
Phone: (269) 555-0161                          E-mail: baptistel@michigan.gov
---
SUBJECT(S)
  1. Name (Last, First Middle): SIMMONS, Tyrell Dwayne       DOB: 04/02/1988     Sex: M
  2. Name (Last, First Middle): LE, Quyen Thi                DOB: 10/19/1990     Sex: F
---
NATURE OF INVESTIGATION: Welfare fraud, MCL 400.60; False pretenses, MCL 750.218
RECORDS REQUESTED:
  [X] Food Assistance Program (FAP) case history and issuance      [X] Reported household members
  [X] Address(es) of record                                         [X] EBT transaction history (01/2025 - present)
  [ ] Child care / CDC payments                                     [ ] Other: ____________________
---
Legal process attached:  [ ] Search warrant   [ ] Subpoena   [ ] Court order   [X] None
I certify that the information requested is needed for an active criminal investigation.

Signature of requesting member: /s/ L. M. Baptiste            Supervisor: F/Lt. Gordon E. Haas
"""
    write_scanned(os.path.join(OUT, "bcc22.pdf"), pdf_bytes(t, "sans", 9.5), rng, {}, dpi=250)
    save_label(label("bcc22", "scanned", "state police request form with checkboxes, no process",
        ("state-police", "Michigan State Police, Fifth District Special Investigation Section", "Latoya M. Baptiste",
         "Detective Sergeant", "baptistel@michigan.gov", "(269) 555-0161"),
        [S("Tyrell Dwayne Simmons", "1988-04-02"), S("Quyen Thi Le", "1990-10-19")],
        ["MCL 400.60", "MCL 750.218"], "none", None, False, "criminal_investigation",
        ["benefits", "address", "other"], "mail"))


@doc
def bcc23(rng):
    t = """**U.S. Department of Homeland Security
**U.S. Immigration and Customs Enforcement — ERO Chicago Field Office, Milwaukee Sub-Office
310 E. Knapp Street, Milwaukee, WI 53202

November 10, 2026

Wisconsin Department of Children and Families
Office of Legal Counsel
201 W. Washington Ave., Madison, WI 53703

Re: HERRERA-QUIÑÓNEZ, José Antonio — DOB April 11, 1983 — A212 604 388

To Whom It May Concern:

An administrative Warrant for Arrest of Alien (Form I-200) has been issued for the individual named above; a copy is attached. Please provide his current residential address and any employer information contained in your records, under the authority cited in the warrant.

Thank you for your prompt attention.

Ana Lucía Bermúdez
Deportation Officer
(414) 555-0137 · ana.l.bermudez@ice.dhs.gov
\f
**U.S. DEPARTMENT OF HOMELAND SECURITY
^^WARRANT FOR ARREST OF ALIEN
>>File No. A212 604 388
>>Date: 10/29/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that HERRERA-QUIÑÓNEZ, José Antonio is removable from the United States. This determination is based upon:
  [X] the execution of a charging document to initiate removal proceedings against the subject;
  [ ] the pendency of ongoing removal proceedings against the subject;
  [ ] the failure to establish admissibility subsequent to deferred inspection;
  [ ] biometric confirmation of the subject's identity and a records check of federal databases ...
  [ ] statements made voluntarily by the subject to an immigration officer ...

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

                                   /s/ Gregory S. Paulsen
                                   (Signature of Authorized Immigration Officer)
                                   Gregory S. Paulsen, Supervisory Detention and Deportation Officer
                                   (Printed Name and Title of Authorized Immigration Officer)

Certificate of Service: I hereby certify that the Warrant for Arrest of Alien was served by me at ____ on ____ .
Form I-200 (Rev. 09/16)
"""
    write_scanned(os.path.join(OUT, "bcc23.pdf"), pdf_bytes(t, "serif", 10.5), rng, {0: 90})
    save_label(label("bcc23", "scanned", "ERO letter + I-200 warrant for arrest of alien; first page scanned sideways",
        ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement — ERO Chicago Field Office, Milwaukee Sub-Office",
         "Ana Lucía Bermúdez", "Deportation Officer", "ana.l.bermudez@ice.dhs.gov", "(414) 555-0137"),
        [S("José Antonio Herrera-Quiñónez", "1983-04-11", ("a_number", "A212604388"))],
        ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
        ["address", "employment"], "mail"))


@doc
def bcc24(rng):
    t = """^^OFFICE OF THE DISTRICT ATTORNEY — NATRONA COUNTY
^200 North Center Street, Room 300 · Casper, Wyoming 82601

November 19, 2026

Wyoming Department of Family Services
Attn: Records Custodian / Legal
2300 Capitol Avenue, 3rd Floor, Cheyenne, WY 82002

Re: State v. Bjornstad, Criminal Action No. 26-CR-0219

Enclosed is a signed Order for Release of Confidential Records entered in the above case. Please forward the certified records to my attention by December 10. Contact me with any questions.

Carson J. Whitaker
Deputy District Attorney
(307) 555-0172 | cwhitaker@natronacounty-wy.gov
\f
^IN THE DISTRICT COURT, SEVENTH JUDICIAL DISTRICT
^COUNTY OF NATRONA, STATE OF WYOMING

STATE OF WYOMING,                          )
          Plaintiff,                       )
     v.                                    )     Criminal Action No. 26-CR-0219
KRISTINA ANN BJORNSTAD,                    )
          Defendant.                       )

^^ORDER FOR RELEASE OF CONFIDENTIAL RECORDS

THIS MATTER having come before the Court on the State's Motion under W.R.Cr.P. 17(c), and the Court having reviewed the motion and being fully advised, FINDS that the Defendant is charged with theft under W.S. 6-3-402 arising from benefits received while she was employed by Casper Mountain Outfitters (whose owner, Ray T. Dillard, is a witness for the State), and that the records sought are confidential under W.S. 42-2-111 but are material to the prosecution.

IT IS THEREFORE ORDERED that the Wyoming Department of Family Services shall produce certified copies of all SNAP and POWER cash assistance applications, reported income and employment, and benefit issuance records for KRISTINA ANN BJORNSTAD, date of birth 8/27/1994, from July 1, 2024 to the present, to the Natrona County District Attorney. No records of other household members are to be produced.

DATED this 18th day of November, 2026.

                                     BY THE COURT:
                                     /s/ Marta E. Sandoval-Kline
                                     DISTRICT COURT JUDGE
"""
    write_scanned(os.path.join(OUT, "bcc24.pdf"), pdf_bytes(t, "serif", 10.5), rng, {}, dpi=200)
    save_label(label("bcc24", "scanned", "Wyoming DA cover letter + district court order for DFS records; employer/witness named",
        ("district-attorney", "Office of the District Attorney — Natrona County", "Carson J. Whitaker", "Deputy District Attorney",
         "cwhitaker@natronacounty-wy.gov", "(307) 555-0172"),
        [S("Kristina Ann Bjornstad", "1994-08-27")],
        ["WY CrimP 17", "WS 6-3-402", "WS 42-2-111"], "court_order", None, True, "criminal_investigation",
        ["benefits", "employment"], "mail"))


# ---------------------------------------------------------------- fax
@doc
def bcc25(rng):
    t = """^^FAX TRANSMITTAL
---
TO:     Nebraska Department of Correctional Services — Central Records
FAX:    (402) 555-0199
FROM:   Mariah J. Thorsen, Deportation Officer, ICE ERO Omaha
PHONE:  (402) 555-0153          E-MAIL: mariah.j.thorsen@ice.dhs.gov
PAGES:  2 (including cover)
RE:     I-247N — MWANGI, Peter Kamau
---
Please see the attached Request for Voluntary Notification of Release. Kindly confirm receipt and the current projected release date.

CONFIDENTIALITY NOTICE: This facsimile contains information that is law-enforcement sensitive. If you received it in error, call the sender and destroy all copies.
\f
**DEPARTMENT OF HOMELAND SECURITY
^^REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
Subject ID: 407751320        Event #: OMA2611000214        File No: A206 991 455
Date: 11/04/2026
TO: Nebraska Department of Correctional Services, Tecumseh State Correctional Institution
FROM: ICE ERO Omaha, 1717 Avenue H East, Omaha, NE 68110

Name of Alien: MWANGI, Peter Kamau          Date of Birth: 12/14/1985     Citizenship: Kenya     Sex: M

DHS HAS DETERMINED THAT THE ALIEN IS A PRIORITY FOR REMOVAL. DHS REQUESTS THAT YOU:
  - Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. This request does not ask or authorize you to hold the alien beyond that time.

This request is issued under sections 236 and 287 of the Immigration and Nationality Act and 8 CFR 236.1 and 287.7.

Mariah J. Thorsen, Deportation Officer                   /s/ M. J. Thorsen
(Name and title of Immigration Officer)                  (Signature of Immigration Officer)
Form I-247N (5/15)
"""
    write_fax(os.path.join(OUT, "bcc25.tif"), pdf_bytes(t, "sans", 10.5),
              "NOV-04-2026 09:14  FROM: ICE ERO OMAHA 4025550150   TO: 4025550199   P.{p}/{n}", rng)
    save_label(label("bcc25", "fax", "fax cover + I-247N request for voluntary notification of release",
        ("dhs-ice-ero", "ICE ERO Omaha", "Mariah J. Thorsen", "Deportation Officer", "mariah.j.thorsen@ice.dhs.gov",
         "(402) 555-0153"),
        [S("Peter Kamau Mwangi", "1985-12-14", ("a_number", "A206991455"))],
        ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247N", True, "civil_immigration",
        ["other"], "fax"))


@doc
def bcc26(rng):
    t = """^^RAPID CITY POLICE DEPARTMENT
^Criminal Investigations Division · 300 Kansas City Street, Rapid City, SD 57701
^^RECORDS REQUEST TO OUTSIDE AGENCY
---
To: South Dakota Department of Labor and Regulation — Reemployment Assistance Division
    Fax: (605) 555-0170
Date: 11/11/2026                  RCPD Case #: 26-018833
---
Requesting officer: Det. Ethan J. Sorensen           Badge: 318
Phone: (605) 555-0114               E-mail: esorensen@rcgov.org
---
SUBJECT:  ABDI, Fadumo Hussein            DOB: 05/06/1998        SSN (last 4): 8147
---
Offense under investigation: Grand theft (embezzlement from employer) — SDCL 22-30A-1 and 22-30A-17
Victim business: Black Hills Dental Group (not a subject of this request)
Records requested:  current employer(s);  quarterly wages, last four quarters;  address of record
Authority for release: SDCL 61-1-34 (law enforcement disclosure)
---
Supervisor approval: Lt. Dana K. Cruz           Officer signature: /s/ E. J. Sorensen
Please fax responsive records to (605) 555-0115.
"""
    write_fax(os.path.join(OUT, "bcc26.tif"), pdf_bytes(t, "sans", 10.5),
              "11/11/2026 14:32   RCPD CID 6055550115          PAGE {p} OF {n}", rng)
    save_label(label("bcc26", "fax", "municipal police faxed request form, victim business and supervisor named",
        ("local-police", "Rapid City Police Department", "Ethan J. Sorensen", "Detective", "esorensen@rcgov.org", "(605) 555-0114"),
        [S("Fadumo Hussein Abdi", "1998-05-06", ("ssn_last4", "8147"))],
        ["SDCL 22-30A-1", "SDCL 22-30A-17", "SDCL 61-1-34"], "none", None, False, "criminal_investigation",
        ["employment", "wages", "address"], "fax"))


@doc
def bcc27(rng):
    t = """^^PENNSYLVANIA STATE POLICE — TROOP E, ERIE
^Criminal Investigation Unit · FAX
To: PA Department of Human Services, Bureau of Program Integrity — Law Enforcement Requests
From: Tpr. Nicholas A. Ferraro · (814) 555-0131 · nferraro@pa.gov
Re: Search warrant — service by facsimile · Incident PA2026-1483310
Pages: 3
Attached is a search warrant issued by the Magisterial District Judge for your records. Please acknowledge receipt.
\f
^^COMMONWEALTH OF PENNSYLVANIA
^COUNTY OF ERIE
^^APPLICATION FOR SEARCH WARRANT AND AUTHORIZATION
Docket Number (Issuing Authority): MD-06-1-03-SW-0112-2026          Police Incident Number: PA2026-1483310
Affiant name: Tpr. Nicholas A. Ferraro     Agency: Pennsylvania State Police     Phone: (814) 555-0131
Violation of (describe conduct or specify statute): 18 Pa.C.S. § 3922 Theft by Deception; 62 P.S. § 481 Fraudulently obtaining public assistance
IDENTIFY ITEMS TO BE SEARCHED FOR AND SEIZED: SNAP and cash assistance case records, household composition, addresses of record, and EBT card issuance and transaction histories, 01/01/2025 to present, for:
     BÁEZ, Raúl Enrique — DOB 09/17/1975
     YODER, Christine M. — DOB 02/02/1981
SPECIFIC DESCRIPTION OF PREMISES AND/OR PERSON TO BE SEARCHED: Records of the Pennsylvania Department of Human Services, Health and Welfare Building, 625 Forster Street, Harrisburg, PA 17120
NAME OF OWNER, OCCUPANT OR POSSESSOR: Pennsylvania Department of Human Services
DATE OF VIOLATION: 01/2025 - 09/2026
PROBABLE CAUSE BELIEF IS BASED UPON THE FOLLOWING FACTS AND CIRCUMSTANCES: See attached affidavit (1 page).
\f
^^SEARCH WARRANT
TO LAW ENFORCEMENT OFFICER: WHEREAS, facts have been sworn to or affirmed before me by written affidavit(s) attached hereto from which I have found probable cause, I do authorize you to search the above described premises or person, and to seize, secure, inventory, and make return according to the Pennsylvania Rules of Criminal Procedure, the items described above.

[X] This Warrant shall be served in the daytime and no later than 11/20/2026 (not more than 2 days following issuance; see Pa.R.Crim.P. 205).

Issued under my hand this 12th day of November, 2026, at 10:20 a.m.

/s/ Angela R. Pietrowski                              Magisterial District No. 06-1-03
Signature of Issuing Authority                        Magisterial District Judge                  (SEAL)

Warrant issued pursuant to Pa.R.Crim.P. 203.
"""
    write_fax(os.path.join(OUT, "bcc27.tif"), pdf_bytes(t, "sans", 10),
              "NOV 12 2026 11:02AM  PSP TROOP E CIU  8145550132  p.{p}", rng)
    save_label(label("bcc27", "fax", "state police fax: Pennsylvania application for search warrant and authorization (MDJ)",
        ("state-police", "Pennsylvania State Police — Troop E, Erie", "Nicholas A. Ferraro", "Trooper", "nferraro@pa.gov",
         "(814) 555-0131"),
        [S("Raúl Enrique Báez", "1975-09-17"), S("Christine M. Yoder", "1981-02-02")],
        ["18 PaCS 3922", "62 PS 481", "PA CrimP 205", "PA CrimP 203"], "judicial_warrant", None, True,
        "criminal_investigation", ["benefits", "address", "other"], "fax"))


@doc
def bcc28(rng):
    t = """SOCIAL SECURITY ADMINISTRATION — OFFICE OF THE INSPECTOR GENERAL
Office of Investigations, Cleveland Field Division · 1240 E. 9th St., Cleveland, OH 44199
---
FACSIMILE COVER SHEET
To: Ohio Department of Job and Family Services — Office of Unemployment Insurance Operations, Legal Unit
From: Special Agent Rashida N. Coleman        Tel: (216) 555-0191       rashida.coleman@ssa.gov
Date: November 6, 2026                        Pages (incl. cover): 2
Message: Please find the attached Inspector General subpoena. Records may be returned by secure e-mail to me.
\f
^^SOCIAL SECURITY ADMINISTRATION
^OFFICE OF THE INSPECTOR GENERAL
^^SUBPOENA DUCES TECUM
>>OIG Subpoena No. 26-CLE-0044
TO: Custodian of Records, Ohio Department of Job and Family Services
    4020 East Fifth Avenue, Columbus, OH 43219

YOU ARE HEREBY REQUIRED to produce to Special Agent Rashida N. Coleman, Social Security Administration, Office of the Inspector General, at 1240 E. 9th Street, Room 2911, Cleveland, OH 44199, on or before December 4, 2026, the following records:

Quarterly wage records, employer names and addresses, and unemployment compensation claim and payment records, January 2022 to present, for:
   DIMARCO, Anthony Joseph      DOB 11/23/1966      SSN xxx-xx-5580
   GÓMEZ DE ALBA, María Teresa  DOB 04/04/1970      SSN xxx-xx-1193

This subpoena is issued under the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in connection with an investigation of possible violations of 42 U.S.C. § 408 and 18 U.S.C. § 641 (concealment of work activity while receiving disability benefits). In case of contumacy or refusal to obey, this subpoena is enforceable by order of any appropriate United States district court.

IN TESTIMONY WHEREOF, the undersigned has hereunto set his hand this 5th day of November, 2026.

/s/ Warren G. Tillotson
Acting Inspector General, Social Security Administration
"""
    write_fax(os.path.join(OUT, "bcc28.tif"), pdf_bytes(t, "serif", 10.5),
              "11/06/2026 FRI 08:55  FAX 2165550190  SSA OIG CLE FD           @0{p}", rng)
    save_label(label("bcc28", "fax", "SSA-OIG inspector general subpoena with fax cover, district-court enforcement clause",
        ("ssa-oig", "Social Security Administration, Office of the Inspector General, Cleveland Field Division",
         "Rashida N. Coleman", "Special Agent", "rashida.coleman@ssa.gov", "(216) 555-0191"),
        [S("Anthony Joseph DiMarco", "1966-11-23", ("ssn_last4", "5580")),
         S("María Teresa Gómez de Alba", "1970-04-04", ("ssn_last4", "1193"))],
        ["5 USC 406", "42 USC 408", "18 USC 641"], "administrative_subpoena", None, True, "criminal_investigation",
        ["wages", "employment", "claims", "benefits"], "fax"))

# ---------------------------------------------------------------- text
def write_txt(i, s):
    with open(os.path.join(OUT, i + ".txt"), "w", encoding="utf-8") as f:
        f.write(s)


@doc
def bcc29(rng):
    write_txt("bcc29", """CDLE Records Request Portal - Submission Receipt
=================================================
Submission #: RR-2026-11-0047
Submitted:    11/06/2026 3:41 PM MT
Queue:        UI Records / Law Enforcement

Notice shown to requester: Requests for personal identifying information are reviewed under C.R.S. 24-74-103. Information will not be released solely for federal civil immigration enforcement.

--- REQUESTER ---
Agency:            U.S. Immigration & Customs Enforcement - ERO Denver
Name:              Elena V. Marković
Title:             Deportation Officer
Email:             elena.markovic@ice.dhs.gov
Phone:             720-555-0135

--- SUBJECT ---
Last name:         ÁLVAREZ PEÑA
First/middle:      Brenda Lizeth
Date of birth:     1999-01-25
Other identifiers: A# 219-447-086

--- REQUEST ---
Records requested: Employer and wage history (last 8 quarters); current address
Reason:            For official use. Subject is a target of ERO fugitive operations.
Legal authority:   8 USC 1357
Is a subpoena, warrant or court order attached?  No
Attachments:       (none)

I certify the information above is true and correct.  [checked]
""")
    save_label(label("bcc29", "txt", "web-portal submission receipt from ERO with state-law notice boilerplate",
        ("dhs-ice-ero", "U.S. Immigration & Customs Enforcement - ERO Denver", "Elena V. Marković", "Deportation Officer",
         "elena.markovic@ice.dhs.gov", "720-555-0135"),
        [S("Brenda Lizeth Álvarez Peña", "1999-01-25", ("a_number", "A219447086"))],
        ["CRS 24-74-103", "8 USC 1357"], "none", None, False, "civil_immigration",
        ["employment", "wages", "address"], "email"))


@doc
def bcc30(rng):
    write_txt("bcc30", """From: Lundquist, Wade <wlundquist@yellowstonecountymt.gov>
Sent: Thursday, November 12, 2026 10:05 AM
To: DLI UI Records <dliuirecords@mt.gov>
Subject: Warrant service - address/employer

Good morning,

I have a felony arrest warrant out of Yellowstone County District Court for Brandon Lee Tuttle, DOB 10/04/1993, on a charge of theft (MCA 45-6-301). I don't have a copy of the warrant to send but can get one if you need it. He's been dodging us for two months.

Could you check whether an employer has reported wages for him in the last quarter and give me the employer name/address and any address he gave you? Same question for his girlfriend, Destiny Rae Morales (no DOB), since he's likely staying with her.

I was told on the phone that MCA 39-51-603 controls what you can release - happy to put this on letterhead if required.

Thanks,
Det. Sgt. Wade R. Lundquist
Yellowstone County Sheriff's Office - Investigations
Office 406-555-0102
""")
    save_label(label("bcc30", "txt", "pasted e-mail: sheriff detective mentions arrest warrant not attached; second person asked about",
        ("sheriff", "Yellowstone County Sheriff's Office", "Wade R. Lundquist", "Detective Sergeant",
         "wlundquist@yellowstonecountymt.gov", "406-555-0102"),
        [S("Brandon Lee Tuttle", "1993-10-04"), S("Destiny Rae Morales")],
        ["MCA 45-6-301", "MCA 39-51-603"], "none", None, False, "criminal_investigation",
        ["employment", "address"], "email"))


@doc
def bcc31(rng):
    write_txt("bcc31", """-----Original Message-----
From: Gallagher Siobhan M <siobhan.gallagher@ci.irs.gov>
Sent: Monday, November 16, 2026 2:18 PM
To: DUA Legal Records <dua.legalrecords@mass.gov>
Subject: IRS-CI request - wage records (2 individuals)

Department of Unemployment Assistance - Legal Records:

IRS Criminal Investigation, Boston Field Office, is conducting a criminal investigation into possible violations of 26 U.S.C. § 7201 (tax evasion) and 26 U.S.C. § 7206(1) (false returns). I am requesting quarterly wage records and employer information for 2023 through the present for:

   VO, Thi Ngoc Anh      DOB: 19 July 1982
   OBI, Chukwuemeka      DOB: 3 March 1979

It is my understanding that G.L. c. 151A, § 46 permits the Department to share this information with law enforcement. If the Department requires compulsory process, please let me know and we will ask the U.S. Attorney's Office to issue a grand jury subpoena.

Thank you,

Siobhan M. Gallagher
Special Agent
IRS - Criminal Investigation | Boston Field Office
Office: 617-555-0166

CONFIDENTIALITY NOTICE: This message may contain Federal tax information protected by 26 U.S.C. § 6103.
""")
    save_label(label("bcc31", "txt", "pasted IRS-CI e-mail; grand jury subpoena mentioned as future, not attached",
        ("irs-ci", "IRS - Criminal Investigation, Boston Field Office", "Siobhan M. Gallagher", "Special Agent",
         "siobhan.gallagher@ci.irs.gov", "617-555-0166"),
        [S("Thi Ngoc Anh Vo", "1982-07-19"), S("Chukwuemeka Obi", "1979-03-03")],
        ["26 USC 7201", "26 USC 7206", "MGL 151A-46", "26 USC 6103"], "none", None, False, "criminal_investigation",
        ["wages", "employment"], "email"))


@doc
def bcc32(rng):
    write_txt("bcc32", """Subject: USMS fugitive - POMERLEAU, Kenneth A.
From: "Boucher, Tyler (USMS)" <tyler.boucher@usdoj.gov>
To: dhhs.lawenforcement@maine.gov
Date: Wed, 18 Nov 2026 16:02:44 -0500

Hi,

The U.S. Marshals Service, District of Maine, is looking for Kenneth Allen POMERLEAU (DOB 1977-12-08). He is wanted on a federal warrant for violating the conditions of his supervised release (18 U.S.C. § 3583). We believe he may be staying with his mother, Linda Pomerleau, in Lewiston, but that has not been confirmed.

Can you tell me whether he has an open MaineCare or SNAP case, and if so the address and phone number he gave? I'm aware of the limits in 22 M.R.S. § 42 and can provide a copy of the warrant if you need it.

Thanks,
Tyler J. Boucher
Deputy U.S. Marshal
Maine Violent Offender Task Force
(207) 555-0148 (desk)
""")
    save_label(label("bcc32", "txt", "pasted Marshals e-mail; federal warrant mentioned not attached; relative named (not a subject)",
        ("doj-usms", "U.S. Marshals Service, District of Maine", "Tyler J. Boucher", "Deputy U.S. Marshal",
         "tyler.boucher@usdoj.gov", "(207) 555-0148"),
        [S("Kenneth Allen Pomerleau", "1977-12-08")],
        ["18 USC 3583", "22 MRS 42"], "none", None, False, "criminal_investigation",
        ["benefits", "address", "phone"], "email"))


def main():
    for f in DOCS:
        f(random.Random(f"{SEED}-{f.__name__}"))
    print(len(DOCS), "documents")


if __name__ == "__main__":
    main()
