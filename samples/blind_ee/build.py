#!/usr/bin/env python3
"""Build blind_ee: 32 labelled request documents (independent author). Deterministic."""
import io, json, os, random, subprocess, tempfile, glob
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_ee/work"
os.makedirs(TMP, exist_ok=True)
RNG = random.Random(4242)
NP = np.random.default_rng(4242)
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))


def wrap(line, width, font="DV", size=10):
    maxw = 480.0
    fits = lambda t: pdfmetrics.stringWidth(t, font, size) <= maxw
    if fits(line):
        return [line]
    out, cur = [], ""
    ind = len(line) - len(line.lstrip())
    for w in line.split(" "):
        if not fits(cur + " " + w) and cur.strip():
            out.append(cur)
            cur = " " * ind + w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def make_pdf(path, pages, serif=False, size=10):
    """pages: list of str. '# ' heading centered bold, '## ' bold left, '---' rule."""
    reg, bold = ("DVS", "DVSB") if serif else ("DV", "DVB")
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("document")
    W, H = letter
    for page in pages:
        y = H - 60
        for raw in page.split("\n"):
            if raw.startswith("# "):
                c.setFont(bold, size + 2)
                for l in wrap(raw[2:], 0, bold, size + 2):
                    c.drawCentredString(W / 2, y, l); y -= size + 6
                continue
            if raw.startswith("## "):
                c.setFont(bold, size)
                for l in wrap(raw[3:], 0, bold, size):
                    c.drawString(60, y, l); y -= size + 4
                continue
            if raw.strip() == "---":
                c.line(60, y + 4, W - 60, y + 4); y -= 8; continue
            c.setFont(reg, size)
            for l in wrap(raw, 0, reg, size):
                c.drawString(60, y, l); y -= size + 4
            if y < 50:
                c.showPage(); y = H - 60
        c.showPage()
    c.save()


def raster(pdf, dpi):
    base = os.path.join(TMP, os.path.basename(pdf)[:-4])
    for f in glob.glob(base + "-*.png"):
        os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, base], check=True)
    return [Image.open(f).convert("L") for f in sorted(glob.glob(base + "-*.png"))]


def make_scan(pdf_src, out, rotate_pages=()):
    imgs = raster(pdf_src, 200)
    res = []
    for i, im in enumerate(imgs):
        a = np.asarray(im).astype(np.float32)
        a = a * 0.82 + 28  # grey background
        a += NP.normal(0, 12, a.shape)
        im2 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        ang = RNG.uniform(0.5, 1.8) * RNG.choice([-1, 1])
        im2 = im2.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=200)
        if i in rotate_pages:
            im2 = im2.rotate(rotate_pages[i], expand=True)
        buf = io.BytesIO(); im2.save(buf, "JPEG", quality=38); buf.seek(0)
        res.append(Image.open(buf).convert("L"))
    res[0].save(out, "PDF", save_all=True, append_images=res[1:], resolution=200,
                creationDate=__import__("time").gmtime(1795000000), modDate=__import__("time").gmtime(1795000000))


def make_fax(pdf_src, out, header):
    imgs = raster(pdf_src, 200)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    pages = []
    n = len(imgs)
    for i, im in enumerate(imgs):
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 40], fill=255)
        d.text((30, 8), f"{header}   P.{i+1}/{n}", fill=0, font=font)
        a = np.asarray(im).astype(np.float32) + NP.normal(0, 30, (im.height, im.width))
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1")
        pages.append(im)
    pages[0].save(out, compression="group4", dpi=(200, 200), save_all=True, append_images=pages[1:])


def png_of(pages, name):
    pdf = os.path.join(TMP, name + ".pdf")
    make_pdf(pdf, pages)
    im = raster(pdf, 110)[0]
    buf = io.BytesIO(); im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def pdf_bytes(pages, name, serif=False):
    p = os.path.join(TMP, name + ".pdf")
    make_pdf(p, pages, serif=serif)
    return open(p, "rb").read()


DOCS = []


def doc(id, fmt, template, agency_key, agency_name, person, title, email, phone,
        subjects, basis, ptype, form, attached, purpose, records, channel, **kw):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    label = {"id": id, "family": "blind-ee", "format": fmt, "template": template,
             "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                           "title": title, "email": email, "phone": phone},
             "subjects": [{"name": s[0], "dob": s[1], "identifiers": [{"type": t, "value": v} for t, v in s[2]]} for s in subjects],
             "legal_basis": [{"normalized": b} for b in basis],
             "legal_process": {"type": ptype, "court_issued": court, "form": form},
             "warrant_or_subpoena_attached": attached, "purpose": purpose,
             "records_requested": records, "channel": channel}
    DOCS.append((label, kw))


# ---------------------------------------------------------------- documents
doc("bee01", "born_digital", "DHS I-138 immigration enforcement subpoena to WA licensing",
    "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Seattle Field Office",
    "Gregory T. Haldane", "Supervisory Detention and Deportation Officer", "gregory.t.haldane@ice.dhs.gov", "(206) 555-0117",
    [("Rodrigo Ibáñez Carrillo", "1991-08-14", [("a_number", "A208114379"), ("license", "WDLIBANERC491")])],
    ["8 USC 1225", "8 CFR 287.4", "INA 235"], "administrative_subpoena", "I-138", True, "civil_immigration",
    ["address", "photo", "license", "vehicle"], "mail",
    pages=["""U.S. Department of Homeland Security
# IMMIGRATION ENFORCEMENT SUBPOENA
# TO APPEAR AND/OR PRODUCE RECORDS
(8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4)
---
Subpoena No.: SEA-2026-ERO-00412                       File No.: A 208 114 379
In the Matter of: IBÁÑEZ CARRILLO, Rodrigo
TO: Custodian of Records, Washington State Department of Licensing, P.O. Box 9030, Olympia, WA 98507

By the authority vested in the Secretary of Homeland Security under section 235(d) of the Immigration and Nationality Act, you are hereby commanded to produce the records listed below to the officer named herein, relating to a proceeding concerning the admissibility and removability of the above-named alien.

Records to be produced:
  1. All driver licence and identification card records for Rodrigo IBÁÑEZ CARRILLO, DOB 08/14/1991, licence no. WDLIBANERC491, including current and prior residential and mailing addresses;
  2. Digital photograph(s) on file;
  3. Vehicle registrations in which the subject is listed as owner or co-owner.

Place of production: 12500 Tukwila International Blvd., Seattle, WA 98168, or by e-mail to the issuing officer.
Date and time: on or before December 18, 2026, 10:00 a.m.

Failure to comply with this subpoena may result in the Department of Homeland Security seeking an order from a United States District Court requiring compliance, and failure to obey such an order may be punished as contempt of court.

Issued by: /s/ Gregory T. Haldane
Supervisory Detention and Deportation Officer
Seattle Field Office, ICE ERO   Tel. (206) 555-0117   gregory.t.haldane@ice.dhs.gov
Date of issuance: 11/16/2026

DHS Form I-138 (7/09)""",
"""# CERTIFICATE OF SERVICE
I certify that on 11/17/2026 I served a copy of this subpoena on the Washington State Department of Licensing by [X] certified mail [ ] personal delivery [ ] e-mail.
Name of server: Ana P. Lund, Deportation Officer           Signature: /s/ A. Lund

PRIVACY ACT STATEMENT: Authority for collection of the information requested is contained in 8 U.S.C. 1225(d). The information will be used to determine the admissibility or removability of an alien.
DHS Form I-138 (7/09) Page 2 of 2"""])

WARRANT02 = ["""IN THE CIRCUIT COURT OF THE STATE OF OREGON
FOR THE COUNTY OF MULTNOMAH
# SEARCH WARRANT
Case No. 26SW04418
STATE OF OREGON, to any police officer in the State of Oregon:
Upon the affidavit of Special Agent Tomás E. Villaseñor, Homeland Security Investigations, sworn before me this day, I find there is probable cause to believe that evidence of the crimes of Possession of a Forged Instrument in the First Degree (ORS 165.022) and Fraud and Misuse of Visas, Permits and Other Documents (18 U.S.C. § 1546) will be found in the records described below.
YOU ARE THEREFORE COMMANDED, pursuant to ORS 133.545 and ORS 133.565, to search the records of the Oregon Department of Transportation, Driver and Motor Vehicle Services Division, 1905 Lana Ave NE, Salem, Oregon, and seize:
  a. Driver licence, permit and ID card application files, including source documents submitted, for
     DAO, Thi Minh Hanh (DOB 1986-02-27) and
     NGUYEN VAN, Khoa (DOB 1983-11-05), Oregon DL 7713952;
  b. Photographs and signature images on file for each;
  c. Addresses of record, past and present.
This warrant must be executed within five days and returned to this court.
Issued: November 12, 2026, at 3:40 p.m.
/s/ Hon. Rebecca J. Okafor
Circuit Court Judge"""]
doc("bee02", "eml", "HSI agent email with Oregon circuit court search warrant PDF attached",
    "dhs-ice-hsi", "Homeland Security Investigations, Portland", "Tomás E. Villaseñor", "Special Agent",
    "tomas.villasenor@ice.dhs.gov", "503-555-0142",
    [("Thi Minh Hanh Dao", "1986-02-27", []), ("Khoa Nguyen Van", "1983-11-05", [("license", "7713952")])],
    ["ORS 165.022", "18 USC 1546", "ORS 133.545", "ORS 133.565"], "judicial_warrant", None, True,
    "criminal_investigation", ["identity_documents", "photo", "address", "license"], "email",
    subject="Service of search warrant 26SW04418 - DMV records",
    frm="Villaseñor, Tomás E <tomas.villasenor@ice.dhs.gov>", to="DMV Records Unit <dmv.records@odot.oregon.gov>",
    body="""Good afternoon,

Attached please find a search warrant signed yesterday by Judge Okafor (Multnomah County Circuit Court, 26SW04418) for DMV application files, photos and addresses for two individuals, Thi Minh Hanh DAO and Khoa NGUYEN VAN. This is part of an ongoing document fraud investigation.

Could your unit send the responsive records to me by secure e-mail, or let me know if you need the original served in person? I can come to Salem on short notice.

Thank you,

SA Tomás E. Villaseñor
U.S. Department of Homeland Security
Homeland Security Investigations | SAC Seattle - RAC Portland
Office: 503-555-0142
tomas.villasenor@ice.dhs.gov

LAW ENFORCEMENT SENSITIVE: This message may contain information that is sensitive but unclassified.""",
    attach=[("26SW04418_search_warrant.pdf", "pdf", WARRANT02)])

doc("bee03", "scanned", "Texas district court search warrant for TWC wage records, sheriff cover sheet",
    "sheriff", "Hidalgo County Sheriff's Office", "Rubén Garza-Ochoa", "Investigator, Criminal Investigations Division",
    "rgarza-ochoa@hidalgocounty.us", "956-555-0188",
    [("Jesús Alberto Treviño Salinas", "1979-06-02", [("license", "34018877")]),
     ("María de la Luz Cantú", "1984-01-19", [])],
    ["TX CCP 18.02", "TX PC 32.46", "TX CCP 18.21"], "judicial_warrant", None, True, "criminal_investigation",
    ["wages", "employment", "address", "claims"], "mail",
    scan_rot={1: 180},
    pages=["""HIDALGO COUNTY SHERIFF'S OFFICE
Criminal Investigations Division - 711 El Cibolo Rd, Edinburg, Texas 78541
---
TRANSMITTAL - SERVICE OF PROCESS                     Date: 11/13/2026
To: Texas Workforce Commission, Office of General Counsel, Open Records / Subpoena Unit, 101 E. 15th St., Austin, TX 78778
From: Investigator Rubén Garza-Ochoa, CID     Phone 956-555-0188   rgarza-ochoa@hidalgocounty.us
Our Case: HCSO-26-118842 (Fraudulent Securing of Document Execution, Tex. Penal Code § 32.46)

Enclosed is a search warrant issued by the 398th District Court for wage and claim records. Please return the records and the attached business records affidavit to the undersigned. Records may be mailed or e-mailed.

Rubén Garza-Ochoa
Investigator, Hidalgo County S.O.""",
"""THE STATE OF TEXAS            §
COUNTY OF HIDALGO             §
# SEARCH WARRANT
(Article 18.02, Texas Code of Criminal Procedure)
THE STATE OF TEXAS: To the Sheriff or any Peace Officer of Hidalgo County, Texas, or any Peace Officer of the State of Texas, GREETINGS:
WHEREAS, the Affiant, whose name appears on the affidavit attached hereto, is a peace officer under the laws of Texas and did heretofore this day subscribe and swear to said affidavit before me, and whereas I find that the verified facts stated by Affiant establish probable cause for the issuance of this warrant under Article 18.21, Texas Code of Criminal Procedure:
NOW THEREFORE, you are commanded to search the Texas Workforce Commission and seize quarterly wage reports, employer records and unemployment claim files, including mailing addresses and bank deposit information, for the period January 1, 2023 to present, pertaining to:
   TREVIÑO SALINAS, Jesús Alberto   DOB 06/02/1979   TX DL 34018877
   CANTÚ, María de la Luz           DOB 01/19/1984
HEREIN FAIL NOT, and due return make hereof.
ISSUED on this the 12th day of November, 2026, at 10:15 o'clock A.M.

____/s/ Leticia M. Arredondo____
JUDGE, 398th District Court, Hidalgo County, Texas"""])

doc("bee04", "fax", "I-247A detainer faxed to Idaho DOC",
    "dhs-ice-ero", "ICE Enforcement and Removal Operations, Boise Sub-Office", "Kyle R. Brandvold", "Deportation Officer",
    "kyle.brandvold@ice.dhs.gov", "208-555-0133",
    [("Abdirahman Hassan Warsame", "1994-12-09", [("a_number", "A215660418"), ("other", "IDOC 148832")])],
    ["INA 236", "INA 287", "8 USC 1226", "8 USC 1357", "8 CFR 287.7"], "detainer", "I-247A", True,
    "civil_immigration", ["other"], "fax",
    fax_header="NOV-18-2026 09:12  FROM: ICE ERO BOISE  208 555 0190  TO: IDOC RECORDS",
    pages=["""DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 391024877          Event #: BOI2611000214          File No: A215 660 418
TO: (Name and Title of Institution) Idaho Department of Correction, Records Supervisor, 1299 N. Orchard St., Boise, ID 83706
FROM: (Department of Homeland Security Office Address) ICE ERO Boise, 1185 S. Vinnell Way, Boise, ID 83709
Name of Alien: WARSAME, Abdirahman Hassan
Date of Birth: 12/09/1994   Citizenship: Somalia   Sex: M   IDOC No. 148832

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[X] a final order of removal against the alien;
[ ] the pendency of ongoing removal proceedings against the alien;
[ ] biometric confirmation of the alien's identity and a records check of federal databases;
IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody;
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.""",
"""This request is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) and 8 C.F.R. 287.7.
Please also fax the subject's projected release date to the number below.

Kyle R. Brandvold, Deportation Officer          208-555-0133 / fax 208-555-0190
(Name and title of Immigration Officer)         kyle.brandvold@ice.dhs.gov
Signature: /s/ K. Brandvold          Date: 11/18/2026

NOTICE TO THE DETAINEE: The Department of Homeland Security (DHS) has placed an immigration detainer on you...
DHS Form I-247A (3/17)  Page 1 of 3"""])

doc("bee05", "txt", "municipal police web-form request, address only, no reason",
    "local-police", "Las Cruces Police Department", "Jordan Begay", "Patrol Officer", "jbegay@lascruces.gov", "575-555-0161",
    [("Marisol Gómez Quintana", "1998-03-30", [])], [], "none", None, False, "unknown", ["address"], "email",
    text="""----- NM MVD Law Enforcement Records Request (online form) -----
Submission ID: 77120-4435
Submitted: 2026-11-17 14:02:51 MST

Requesting agency .............. Las Cruces Police Department
Officer name ................... Jordan Begay
Rank/Title ..................... Patrol Officer
Badge/ID # ..................... 2231
Phone .......................... 575-555-0161
Email .......................... jbegay@lascruces.gov

Subject last name .............. GOMEZ QUINTANA
Subject first name ............. Marisol
Middle ......................... 
DOB (YYYY-MM-DD) ............... 1998-03-30
NM DL / ID # ................... unknown
Information requested .......... [x] Current address  [ ] Photo  [ ] Vehicle  [ ] Driving record
Case / report # ................ 
Reason for request ............. need current address

I certify this request is for a law enforcement purpose: [x] Yes
-----------------------------------------------------------------
(correction from officer by e-mail, 14:09: name is spelled Gómez Quintana with the accent)
""")

doc("bee06", "txt", "DA letter (pasted e-mail) mentioning a subpoena will follow if needed",
    "district-attorney", "Clark County District Attorney's Office", "Danielle K. Whitcomb", "Chief Deputy District Attorney",
    "danielle.whitcomb@clarkcountyda.com", "702-555-0129",
    [("Vuk Petrović", "1972-09-21", []), ("Sandra L. Petrović", "1975-04-08", [])],
    ["NRS 205.380", "NRS 612.265"], "none", None, False, "criminal_investigation", ["wages", "employment", "claims"], "email",
    text="""From: Whitcomb, Danielle K. <danielle.whitcomb@clarkcountyda.com>
Sent: Wednesday, November 18, 2026 8:47 AM
To: DETR Legal Records <detrlegal@detr.nv.gov>
Subject: State v. Petrovic -- C-26-401177-1 -- request for UI/wage records

Counsel,

Our office is prosecuting State of Nevada v. Vuk Petrović, Case No. C-26-401177-1, on charges of obtaining money under false pretenses (NRS 205.380). We are trying to establish the employment history of the defendant and his wife, Sandra L. Petrović (not a defendant), for 2024 through 2026.

I understand NRS 612.265 limits what DETR can disclose without process. If DETR can release quarterly wage records and any unemployment claim filings voluntarily for a criminal prosecution, please send them to me. If not, let me know and we will have a trial subpoena issued by the clerk and served on your office -- I would rather not do that if it is unnecessary.

Defendant DOB 9/21/1972; Mrs. Petrović DOB 4/8/1975.

Victim contact (for your reference only, please do not contact): Harold Finch Jr.

Thanks,
Danielle K. Whitcomb
Chief Deputy District Attorney | Major Fraud Unit
Clark County District Attorney's Office
200 Lewis Ave., Las Vegas, NV 89101
(702) 555-0129

CONFIDENTIALITY NOTICE: This e-mail may contain privileged attorney work product.
""")

doc("bee07", "eml", "ERO deportation officer informal email to AZ MVD, A-number, for official use",
    "dhs-ice-ero", "ICE ERO Phoenix", "Brent Oyelaran", "Deportation Officer", "brent.oyelaran@ice.dhs.gov", "602-555-0174",
    [("Hector Manuel Ruiz de la Cruz", "1988-10-03", [("a_number", "A201337902"), ("license", "D08812447")])],
    ["8 USC 1357"], "none", None, False, "civil_immigration", ["address", "photo", "vehicle"], "email",
    subject="info request - RUIZ DE LA CRUZ",
    frm="Oyelaran, Brent <brent.oyelaran@ice.dhs.gov>", to="mvdlawenforcement@azdot.gov",
    body="""Hi there,

Requesting current address, photo and any vehicles registered for the following, for official use:

RUIZ DE LA CRUZ, Hector Manuel
DOB: 03 Oct 1988
AZ DL: D08812447
A# 201-337-902

Request made pursuant to 8 USC 1357(a). Let me know if you need anything else from me.

V/R
Brent Oyelaran
Deportation Officer
ICE ERO Phoenix - Fugitive Operations
2035 N. Central Ave, Phoenix AZ 85004
desk 602-555-0174""",
    html=False)

doc("bee08", "born_digital", "Colorado statewide grand jury subpoena duces tecum to CDLE",
    "other", "Colorado Attorney General's Office, Special Prosecutions Unit", "Marcus J. Ellery", "Senior Assistant Attorney General",
    "marcus.ellery@coag.gov", "720-555-0105",
    [("Oksana Hrytsenko", "1990-05-17", []), ("Dmytro Bondarenko", "1987-07-01", [])],
    ["CRS 13-73-101", "CO CrimP 17", "CRS 18-17-104", "CRS 8-72-107"], "grand_jury_subpoena", None, True, "criminal_investigation",
    ["wages", "employment", "claims", "address"], "mail",
    pages=["""DISTRICT COURT, CITY AND COUNTY OF DENVER, COLORADO
1437 Bannock Street, Denver, CO 80202
STATEWIDE GRAND JURY 2026-1                                  ▲ COURT USE ONLY ▲
Case Number: 26CR0007      Courtroom: 259
# SUBPOENA DUCES TECUM TO PRODUCE DOCUMENTS
# BEFORE THE STATEWIDE GRAND JURY
THE PEOPLE OF THE STATE OF COLORADO, to: Custodian of Records, Colorado Department of Labor and Employment, Division of Unemployment Insurance, 633 17th Street, Denver, CO 80202.
YOU ARE COMMANDED, pursuant to C.R.S. § 13-73-101 et seq. and Crim. P. 17, to appear before the Statewide Grand Jury on January 6, 2027 at 9:00 a.m., and to bring with you the following, in connection with an investigation of possible violations of the Colorado Organized Crime Control Act, § 18-17-104, C.R.S.:
  (1) Quarterly wage detail and employer account records, 2022 to present, for HRYTSENKO, Oksana (DOB 1990-05-17) and BONDARENKO, Dmytro (DOB 1987-07-01);
  (2) All unemployment insurance claim files, payment histories, addresses and IP log data for the same persons.
Confidentiality of the records under § 8-72-107, C.R.S. does not excuse compliance with this subpoena. Production of the documents by mail to the requesting attorney before the appearance date will be accepted in lieu of appearance.
Grand jury proceedings are secret. You are requested not to disclose the existence of this subpoena.

Date: November 10, 2026          CLERK OF THE COURT
                                 By: /s/ P. Yazzie, Deputy Clerk
Requested by:
Marcus J. Ellery, #38812, Senior Assistant Attorney General
Special Prosecutions Unit, 1300 Broadway, 9th Floor, Denver, CO 80203
Phone 720-555-0105 | marcus.ellery@coag.gov"""])

doc("bee09", "scanned", "AO 110 federal grand jury subpoena, D. Utah, with AUSA cover letter",
    "doj-usao", "United States Attorney's Office, District of Utah", "Natalie S. Brandt", "Assistant United States Attorney",
    "natalie.brandt@usdoj.gov", "801-555-0152",
    [("Luong Van Phuc", "1981-12-24", []), ("Kimberly Ann Tran", "1985-08-08", [])],
    ["FRCrP 6", "18 USC 1343"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
    ["wages", "employment", "benefits", "address"], "mail",
    scan_rot={},
    pages=["""U.S. Department of Justice
United States Attorney, District of Utah
111 South Main Street, Suite 1800, Salt Lake City, Utah 84111          (801) 555-0152
November 9, 2026
Utah Department of Workforce Services
Attn: Legal Services / Records Custodian
140 East 300 South, Salt Lake City, UT 84111
   Re: Grand Jury Subpoena No. GJ26-113-04
Dear Custodian:
Enclosed is a federal grand jury subpoena for records of your agency. The subpoena relates to an official criminal investigation of wire fraud (18 U.S.C. § 1343). In lieu of appearing, you may comply by delivering the records to Special Agent Owen R. Pike, FBI Salt Lake City. Please do not disclose the existence of this subpoena; see Fed. R. Crim. P. 6(e).
Sincerely,
/s/ Natalie S. Brandt
Natalie S. Brandt
Assistant United States Attorney
natalie.brandt@usdoj.gov""",
"""AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
for the District of Utah
# SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, Utah Department of Workforce Services
YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.
Place: Orrin G. Hatch U.S. Courthouse, 351 S. West Temple, Salt Lake City, UT     Date and Time: 12/08/2026 9:00 am
You must also bring with you the following documents, electronically stored information, or objects:
  All wage records, employer information, SNAP and unemployment benefit records, and addresses of record from 01/01/2023 to present for: LUONG VAN PHUC (DOB December 24, 1981) and Kimberly Ann TRAN (DOB August 8, 1985).
Date: 11/09/2026                CLERK OF COURT  /s/ Gary P. Serdar
                                Signature of Clerk or Deputy Clerk
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Natalie S. Brandt, AUSA, 111 South Main Street, Suite 1800, Salt Lake City, UT 84111, natalie.brandt@usdoj.gov, (801) 555-0152"""])

doc("bee10", "eml", "Deputy DA emails California criminal trial subpoena duces tecum (clerk-issued) as PDF",
    "district-attorney", "Los Angeles County District Attorney's Office", "Priya Raman-Sloane", "Deputy District Attorney",
    "praman-sloane@da.lacounty.gov", "(213) 555-0191",
    [("Alejandro Núñez Ortega", "1996-07-11", [("license", "B6671043")])],
    ["CA PC 1326", "CA Evid Code 1560", "CA Evid Code 1561", "CA PC 245", "CA PC 1327"], "court_subpoena", None, True,
    "criminal_investigation", ["address", "photo", "license", "vehicle"], "email",
    subject="SDT - People v. Nunez Ortega, BA512207 - DMV records",
    frm="Priya Raman-Sloane <praman-sloane@da.lacounty.gov>", to="DMV Legal Office <legaloffice@dmv.ca.gov>",
    body="""Dear Custodian of Records,

Please see the attached subpoena duces tecum in People v. Alejandro Núñez Ortega, LASC case BA512207, set for trial in Department 107 on December 14, 2026. The defendant is charged under Penal Code section 245(a)(1).

Records may be delivered under Evidence Code sections 1560 and 1561 with the enclosed declaration, in a sealed envelope addressed to the clerk. A courtesy copy of the cover page to me would be appreciated.

Priya Raman-Sloane
Deputy District Attorney, Crimes Against Persons Division
Los Angeles County District Attorney's Office
211 W. Temple St., Los Angeles, CA 90012
(213) 555-0191""",
    html=True,
    attach=[("BA512207_SDT.pdf", "pdf", ["""SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES
THE PEOPLE OF THE STATE OF CALIFORNIA, Plaintiff, vs. ALEJANDRO NÚÑEZ ORTEGA, Defendant.     Case No. BA512207
# CRIMINAL SUBPOENA DUCES TECUM
# (Penal Code §§ 1326, 1327; Evidence Code §§ 1560-1561)
THE PEOPLE OF THE STATE OF CALIFORNIA, TO: Custodian of Records, California Department of Motor Vehicles, 2415 First Avenue, Sacramento, CA 95818
YOU ARE ORDERED TO APPEAR AS A WITNESS in the above-entitled action at: Clara Shortridge Foltz Criminal Justice Center, Dept. 107, 210 W. Temple St., Los Angeles, on 12/14/2026 at 8:30 a.m.
YOU ARE ORDERED TO PRODUCE the following records: Driver licence record, photograph, address history and vehicle registration history for NÚÑEZ ORTEGA, Alejandro, DOB 07/11/1996, CDL B6671043.
Compliance by delivery of records with a custodian's declaration under Evidence Code § 1561 in lieu of personal appearance is permitted.
Subpoena requested by: Priya Raman-Sloane, Deputy District Attorney, SBN 301884, (213) 555-0191
Date issued: 11/16/2026                 DAVID W. SLAYTON, Executive Officer/Clerk of Court
                                         By /s/ L. Chávez, Deputy Clerk
DISOBEDIENCE OF THIS SUBPOENA MAY BE PUNISHED AS CONTEMPT BY THIS COURT."""])])

doc("bee11", "born_digital", "Washington Superior Court order for production of DSHS records (signed)",
    "district-attorney", "Spokane County Prosecuting Attorney", "Elliot M. Haugen", "Deputy Prosecuting Attorney",
    "ehaugen@spokanecounty.org", "509-555-0166",
    [("Tatiana Volkova", "1993-02-14", []), ("Nikolai Volkov", "1990-10-30", [])],
    ["RCW 74.04.060", "WA CrR 4.7", "RCW 9A.42.030"], "court_order", None, True, "criminal_investigation",
    ["benefits", "address", "claims"], "mail",
    pages=["""Spokane County Prosecuting Attorney - 1100 W. Mallon Ave., Spokane, WA 99260
November 17, 2026
DSHS Public Records / Subpoena Unit, P.O. Box 45135, Olympia, WA 98504
Enclosed is a certified copy of an order entered by the Spokane County Superior Court on November 16, 2026, directing production of public assistance records in State v. Volkova. Please send responsive records to me at the address above.
/s/ Elliot M. Haugen
Elliot M. Haugen, WSBA #45120, Deputy Prosecuting Attorney
509-555-0166 | ehaugen@spokanecounty.org""",
"""SUPERIOR COURT OF WASHINGTON FOR SPOKANE COUNTY
STATE OF WASHINGTON, Plaintiff, v. TATIANA VOLKOVA, Defendant.          No. 26-1-01877-32
# ORDER FOR PRODUCTION OF CONFIDENTIAL DSHS RECORDS
THIS MATTER having come before the Court on the State's motion under CrR 4.7 and RCW 74.04.060, the Court having reviewed the records file and finding that the records are material to the prosecution of Criminal Mistreatment in the Second Degree, RCW 9A.42.030, and that the need for disclosure outweighs the confidentiality interest,
IT IS HEREBY ORDERED that the Department of Social and Health Services shall produce to the Spokane County Prosecuting Attorney, within fourteen days, the following records for TATIANA VOLKOVA (DOB 02/14/1993) and NIKOLAI VOLKOV (DOB 10/30/1990): TANF and Basic Food eligibility files, addresses reported, and household composition records, January 2025 to present.
IT IS FURTHER ORDERED that the records shall be used only for purposes of this prosecution and shall not be further disseminated.
DONE IN OPEN COURT this 16th day of November, 2026.
/s/ Hon. Margaret A. Lindqvist
JUDGE OF THE SUPERIOR COURT
Presented by: Elliot M. Haugen, WSBA #45120, Deputy Prosecuting Attorney
Approved as to form: Corey Blackfeather, WSBA #50233, Attorney for Defendant"""])

doc("bee12", "fax", "DEA administrative subpoena (21 USC 876) faxed to Oklahoma Employment Security Commission",
    "doj-dea", "Drug Enforcement Administration, Oklahoma City District Office", "Shane D. Whitlock", "Special Agent",
    "shane.d.whitlock@dea.gov", "405-555-0122",
    [("Jonathan Wade Pruitt", "1989-04-22", [("ssn_last4", "4471")])],
    ["21 USC 876", "21 USC 841", "PL 91-513"], "administrative_subpoena", None, True, "criminal_investigation",
    ["wages", "employment", "address", "claims"], "fax",
    fax_header="11/16/2026 16:41  DEA OKC DO  (405)555-0123",
    pages=["""UNITED STATES DEPARTMENT OF JUSTICE
DRUG ENFORCEMENT ADMINISTRATION
# SUBPOENA
File No.: R3-26-0088        G-DEP Identifier: XVEG1      Subpoena No.: OKC-26-22918
TO: Custodian of Records, Oklahoma Employment Security Commission, Will Rogers Memorial Office Building, 2401 N. Lincoln Blvd., Oklahoma City, OK 73105
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent Shane D. Whitlock, an officer of the Drug Enforcement Administration, at 9900 Broadway Ext., Oklahoma City, OK on 12/01/2026 at 10:00 AM, to testify and give information in connection with an investigation relating to the enforcement of the Controlled Substances Act, including possible violations of Title 21, United States Code, Section 841.
YOU ARE FURTHER COMMANDED to bring with you and produce the following: Employer names and addresses, quarterly wages, and unemployment claims (including claimant mailing address and bank information) from 01/2024 to present, for PRUITT, Jonathan Wade, DOB 04/22/1989, SSN XXX-XX-4471.
Production of the requested records by mail or fax on or before the date above will be deemed compliance.""",
"""This subpoena is issued pursuant to Title 21, United States Code, Section 876 (Sec. 506 of Public Law 91-513). In the event of a refusal to obey this subpoena, the Attorney General may invoke the aid of any court of the United States within the jurisdiction of which the investigation is carried on to compel compliance, and any failure to obey the order of the court may be punished by the court as a contempt thereof.
Please do not disclose the existence of this subpoena; disclosure could impede the investigation.
Issued at: Oklahoma City, OK    Date: 11/16/2026
/s/ Shane D. Whitlock
Special Agent, DEA Oklahoma City District Office
Tel. 405-555-0122   Fax 405-555-0123   shane.d.whitlock@dea.gov
cc: AUSA Rebecca Fuentes (W.D. Okla.)"""])

doc("bee13", "born_digital", "ERO letter to Nevada DMV with Form I-200 attached",
    "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Salt Lake City Field Office - Las Vegas",
    "Diane C. Morrow", "Assistant Field Office Director", "diane.c.morrow@ice.dhs.gov", "702-555-0148",
    [("José Luis Ávila Paredes", "1985-05-05", [("a_number", "A094551206")])],
    ["INA 236", "INA 287", "8 CFR 287", "8 USC 1357"], "administrative_warrant", "I-200", True, "civil_immigration",
    ["address", "vehicle", "photo"], "mail",
    pages=["""U.S. Department of Homeland Security
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - Las Vegas Sub-Office
501 S. Las Vegas Blvd., Las Vegas, NV 89101
November 13, 2026
Nevada Department of Motor Vehicles, Records Section
555 Wright Way, Carson City, NV 89711
RE: Request for Records - ÁVILA PAREDES, José Luis (A094 551 206)
To whom it may concern:
Enforcement and Removal Operations respectfully requests the current residential address, registered vehicles and licence photograph of the individual named above, who is the subject of the enclosed Warrant for Arrest of Alien. This request is made under the authority of 8 U.S.C. § 1357.
Please direct your response to the undersigned.
Respectfully,
/s/ Diane C. Morrow
Diane C. Morrow
Assistant Field Office Director
(702) 555-0148 | diane.c.morrow@ice.dhs.gov
Enclosure: Form I-200""",
"""U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
File No. A094551206          Date: 11/10/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations
I have determined that there is probable cause to believe that ÁVILA PAREDES, José Luis (DOB 05/05/1985) is removable from the United States. This determination is based upon:
[X] the execution of a charging document to initiate removal proceedings against the subject;
[X] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.
/s/ Raymond J. Tsosie
(Signature of Authorized Immigration Officer)
Supervisory Detention and Deportation Officer
Form I-200 (Rev. 09/16)"""])

I205 = ["""U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION
File No: A212-004-338           Date: October 29, 2026
To any immigration officer of the United States Department of Homeland Security:
KHAMITOVA, Aigerim Serikovna
(Full name of alien)
who entered the United States at Los Angeles, CA on 06/14/2019 (Place of entry) (Date of entry)
is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(1)(B)
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law.
/s/ Lauren E. Basco
(Signature of immigration officer)   Field Office Director, Salt Lake City
Form I-205 (Rev. 08/07)"""]
doc("bee14", "eml", "ERO email to Utah Driver License Division with I-205 as PNG image",
    "dhs-ice-ero", "ICE ERO Salt Lake City", "Carlos Ybarra-Whitehorse", "Deportation Officer",
    "carlos.ybarra-whitehorse@ice.dhs.gov", "801-555-0137",
    [("Aigerim Serikovna Khamitova", "1992-01-06", [("a_number", "A212004338"), ("license", "184422907")])],
    ["INA 237"], "administrative_warrant", "I-205", True, "civil_immigration", ["address", "photo"], "email",
    subject="Warrant of Removal - KHAMITOVA - address/photo request",
    frm="Ybarra-Whitehorse, Carlos <carlos.ybarra-whitehorse@ice.dhs.gov>", to="dld-lawenforcement@utah.gov",
    body="""Good morning DLD,

ERO Salt Lake City has a final order of removal (warrant attached) for the subject below and is attempting to locate her. Please provide last known address and the most recent licence photo.

Name: Aigerim Serikovna KHAMITOVA
DOB: 1992-01-06
UT DL: 184422907
A-File: A212 004 338

Thank you for your assistance.

Carlos Ybarra-Whitehorse
Deportation Officer, ERO Salt Lake City
2975 Decker Lake Dr., West Valley City, UT 84119
Office: 801-555-0137""",
    attach=[("I-205_KHAMITOVA.png", "png", I205)])

doc("bee15", "scanned", "Montana affidavit for search warrant sent without the warrant",
    "local-police", "Billings Police Department", "Cody J. Harstad", "Detective",
    "harstadc@billingsmt.gov", "406-555-0119",
    [("Dustin Ray Kowalczyk", "1982-11-28", [("license", "0118219822801")])],
    ["MCA 46-5-221", "MCA 45-6-301"], "none", None, False, "criminal_investigation",
    ["wages", "employment", "address"], "mail",
    scan_rot={1: 90},
    pages=["""MONTANA THIRTEENTH JUDICIAL DISTRICT COURT, YELLOWSTONE COUNTY
IN THE MATTER OF THE APPLICATION FOR A SEARCH WARRANT FOR RECORDS OF THE MONTANA DEPARTMENT OF LABOR AND INDUSTRY
# APPLICATION AND AFFIDAVIT FOR SEARCH WARRANT
STATE OF MONTANA      )
County of Yellowstone )  ss.
Detective Cody J. Harstad, Billings Police Department, being first duly sworn, deposes and says:
1. I have been a sworn officer for eleven years and am assigned to the Property Crimes Unit.
2. I am investigating a series of thefts from construction sites in Billings between July and October 2026, in violation of Mont. Code Ann. § 45-6-301 (Theft). Witness Gerald Hofer, site foreman, identified a former employee, Dustin Ray KOWALCZYK (DOB 11/28/1982, MT DL 0118219822801), as present at the sites.
3. Records of the Montana Department of Labor and Industry, Unemployment Insurance Division, will show the employers, wages and address reported by KOWALCZYK from January 2026 to the present.
WHEREFORE, Affiant requests that a search warrant issue under § 46-5-221, MCA, for the records described above.
/s/ Cody J. Harstad          Subscribed and sworn before me: ______________________ (unsigned)""",
"""Billings Police Department  -  220 N. 27th St., Billings, MT 59101
To: MT DLI UI Division - Legal
Records clerk -- I'm sending the affidavit ahead so you know what we'll need. Judge hasn't signed the warrant yet; I'll forward it once it's issued. If anything can be released without it, call me.
Det. Cody J. Harstad  |  406-555-0119  |  harstadc@billingsmt.gov"""])

doc("bee16", "txt", "sheriff's deputy email saved as text, AZ MVD check for burglary suspect",
    "sheriff", "Pima County Sheriff's Department", "Alyssa Moreno", "Deputy", "alyssa.moreno@sheriff.pima.gov", "520-555-0107",
    [("Eduardo Ibarra Sotelo", "2001-06-19", []), ("Kevin Duc Pham", "2000-02-03", [("license", "D10552786")])],
    ["ARS 13-1507", "ARS 28-455"], "none", None, False, "criminal_investigation",
    ["address", "vehicle", "photo"], "email",
    text="""Date: Thu, 19 Nov 2026 06:55:12 -0700
From: Alyssa Moreno <alyssa.moreno@sheriff.pima.gov>
To: MVD Law Enforcement Liaison <mvdleliaison@azdot.gov>
Subject: PCSD 26-1119-0042 burglary - 2 subjects

Morning,

Working a residential burglary (ARS 13-1507), report 26-1119-0042. Need current addresses, photos and vehicles for:

1) IBARRA SOTELO, Eduardo  DOB 2001-06-19
2) PHAM, Kevin Duc  DOB 2000-02-03  AZ DL D10552786

Homeowner/victim is Lorraine Tso, don't need anything on her.
Understand release is under ARS 28-455 for LE. Thanks!

Dep. Alyssa Moreno #7341
Pima County Sheriff's Department - Rincon District
520-555-0107
""")

doc("bee17", "born_digital", "CBP Form 3115 customs summons to Texas DMV (smuggling investigation)",
    "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Laredo Field Office", "Victor H. Salcido",
    "Supervisory CBP Officer", "victor.h.salcido@cbp.dhs.gov", "956-555-0171",
    [("Ignacio Zúñiga Barrera", "1977-03-12", [("license", "27733190")])],
    ["19 USC 1509", "19 USC 1510", "18 USC 545"], "administrative_subpoena", "3115", True, "criminal_investigation",
    ["vehicle", "address"], "mail",
    pages=["""DEPARTMENT OF HOMELAND SECURITY
U.S. Customs and Border Protection
# SUMMONS
19 U.S.C. 1509
To: Custodian of Records, Texas Department of Motor Vehicles, Vehicle Titles and Registration Division, 4000 Jackson Ave., Austin, TX 78731
In the matter of: ZÚÑIGA BARRERA, Ignacio      Summons No. LRD-26-3115-0077
YOU ARE HEREBY SUMMONED AND REQUIRED to appear before Victor H. Salcido, Supervisory CBP Officer, an officer of U.S. Customs and Border Protection, at 709 E. Saunders St., Laredo, TX 78041, on the 7th day of December, 2026 at 9:00 o'clock a.m., to give testimony and to produce records in connection with an investigation of the importation of merchandise contrary to law (18 U.S.C. § 545, smuggling goods into the United States).
Records to be produced: All title, registration, and lien records, 2024-present, for vehicles in the name of ZÚÑIGA BARRERA, Ignacio (DOB 3/12/1977; Texas DL 27733190), including registrant addresses, and for a 2021 Kenworth T680 VIN 1XKYD49X1MJ447120.
The records may be furnished by mail in lieu of appearance.
If you fail to comply with this summons, the United States may seek enforcement under 19 U.S.C. § 1510 in the United States District Court for the district in which you are found.
Issued under authority of section 509 of the Tariff Act of 1930, as amended (19 U.S.C. 1509).
/s/ Victor H. Salcido      Supervisory CBP Officer      Date: 11/12/2026
(956) 555-0171 | victor.h.salcido@cbp.dhs.gov
CBP Form 3115 (08/18)"""])

doc("bee18", "eml", "FBI special agent formal email to NM MVD, fugitive (UFAP), no process",
    "doj-fbi", "Federal Bureau of Investigation, Albuquerque Field Office", "Hannah L. Oduya", "Special Agent",
    "hloduya@fbi.gov", "505-555-0183",
    [("Raymond Esquibel Chávez", "1980-09-09", [("license", "503218840")])],
    ["18 USC 1073", "18 USC 2721"], "none", None, False, "criminal_investigation", ["photo", "vehicle", "address"], "email",
    subject="Request for MVD records - Esquibel Chavez (UFAP)",
    frm="\"Oduya, Hannah L. (AQ) (FBI)\" <hloduya@fbi.gov>", to="mvd.records@tax.newmexico.gov",
    cc="\"Luján, Martin (AQ) (FBI)\" <mlujan@fbi.gov>",
    body="""Good afternoon,

The FBI Albuquerque Violent Crimes Task Force is seeking Raymond ESQUIBEL CHÁVEZ, DOB September 9, 1980, NM DL 503218840, who is charged federally with Unlawful Flight to Avoid Prosecution (18 U.S.C. § 1073) on an underlying state homicide warrant out of Bernalillo County.

We are requesting his current licence photo, any vehicle registrations, and the address on file. This request is made under the law enforcement exception of the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1).

Please contact me with any questions.

Respectfully,

Hannah L. Oduya
Special Agent
Federal Bureau of Investigation | Albuquerque Field Office
4200 Luecking Park Ave NE, Albuquerque, NM 87107
Desk: 505-555-0183
hloduya@fbi.gov""")

doc("bee19", "born_digital", "Idaho prosecutor letter enclosing an unsigned [PROPOSED] order",
    "district-attorney", "Ada County Prosecuting Attorney's Office", "Lindsey Carrow", "Deputy Prosecuting Attorney",
    "lcarrow@adacounty.id.gov", "208-555-0156",
    [("Gabriela Sofía Villarreal Ríos", "1995-12-01", [])],
    ["ID Code 56-221", "ID CrimP 17", "ID Code 56-227"], "none", None, False, "criminal_investigation",
    ["benefits", "address", "claims"], "mail",
    pages=["""ADA COUNTY PROSECUTING ATTORNEY
Criminal Division - 200 W. Front St., Room 3191, Boise, Idaho 83702
November 16, 2026
Idaho Department of Health and Welfare, Office of Legal Services
450 W. State St., Boise, ID 83702
Re: State v. Villarreal Ríos, CR01-26-40117
Dear Records Custodian:
Our office has moved the Fourth District Court for an order under Idaho Code § 56-221 and I.C.R. 17 permitting disclosure of public assistance records concerning the defendant, Gabriela Sofía Villarreal Ríos (DOB 12/01/1995), who is charged with public assistance fraud under Idaho Code § 56-227. A hearing is set for December 3. I enclose a copy of the proposed order so that your office can begin locating the records; we ask that you preserve them. We will forward the signed order if and when it is entered.
Sincerely,
Lindsey Carrow
Deputy Prosecuting Attorney
(208) 555-0156 | lcarrow@adacounty.id.gov""",
"""IN THE DISTRICT COURT OF THE FOURTH JUDICIAL DISTRICT OF THE STATE OF IDAHO, IN AND FOR THE COUNTY OF ADA
STATE OF IDAHO, Plaintiff, vs. GABRIELA SOFÍA VILLARREAL RÍOS, Defendant.      Case No. CR01-26-40117
# [PROPOSED] ORDER FOR RELEASE OF CONFIDENTIAL RECORDS
The Court, having considered the State's Motion, and good cause appearing,
IT IS HEREBY ORDERED that the Idaho Department of Health and Welfare shall produce to the Ada County Prosecuting Attorney all records of SNAP, Medicaid and TAFI eligibility and benefits, including addresses reported, for the Defendant from January 1, 2024 to the present.
DATED this ____ day of ______________, 20___.
______________________________
District Judge"""])

doc("bee20", "fax", "Tulsa PD faxed records request form, two subjects, receiving stolen property",
    "local-police", "Tulsa Police Department", "Travis Onefeather", "Sergeant, Auto Theft Unit", None, "918-555-0114",
    [("Brandon Lee McAllister", "1991-10-15", [("license", "M091101515")]), ("Yesenia Ocampo", "1997-05-27", [])],
    ["21 OS 1713", "47 OS 6-117"], "none", None, False, "criminal_investigation", ["vehicle", "address", "license"], "fax",
    fax_header="2026-11-18 13:27  TULSA PD AUTO THEFT  918-555-0115",
    pages=["""# TULSA POLICE DEPARTMENT
# REQUEST FOR DRIVER / VEHICLE RECORDS
600 Civic Center, Tulsa, OK 74103
TO: Service Oklahoma - Records Management          FAX: 405-555-0198
FROM: Sgt. Travis Onefeather, Auto Theft Unit       PHONE: 918-555-0114   FAX: 918-555-0115
DATE: 18 Nov 2026                                   TPD Case #: 2026-0581133
OFFENSE: Knowingly Concealing / Receiving Stolen Property - 21 O.S. § 1713
---
SUBJECT 1: McALLISTER, Brandon Lee     DOB: 10/15/1991     OK DL#: M091101515
SUBJECT 2: OCAMPO, Yesenia             DOB: 05/27/1997     OK DL#: unk
---
RECORDS REQUESTED:
 [X] Driver license status / history    [X] Current & prior addresses
 [X] Vehicle registrations / titles     [ ] Photograph    [ ] Other: ____________
Vehicle of interest: 2019 Ford F-250, reported stolen by owner Dale Pruett.
Records requested for law enforcement purposes as permitted by 47 O.S. § 6-117.
Requesting officer signature: /s/ T. Onefeather  #1187
Supervisor approval: Lt. R. Gaines
CONFIDENTIAL: This facsimile contains law enforcement sensitive information. If received in error, call 918-555-0114."""])

CID21 = ["""STATE OF NEVADA
OFFICE OF THE ATTORNEY GENERAL - BUREAU OF CONSUMER PROTECTION
# CIVIL INVESTIGATIVE DEMAND / SUBPOENA DUCES TECUM
CID No. BCP-2026-0311
TO: Custodian of Records, Nevada Department of Employment, Training and Rehabilitation, 2800 E. St. Louis Ave., Las Vegas, NV 89104
Pursuant to NRS 598.0963 and NRS 228.380, the Attorney General is investigating whether deceptive trade practices within the meaning of NRS 598.0915 have been committed by persons offering immigration-consultant ("notario") services. YOU ARE REQUIRED to produce, within twenty (20) days of service, the following documents:
  1. Employer registration and quarterly wage reports filed by, or naming as employee, LIAM PATRICK O'SHEA and ROSA ELENA MÁRQUEZ (DOB 1969-08-30), 2023-present;
  2. Addresses of record for each.
If you fail to comply, the Attorney General may apply to the district court for an order compelling compliance.
Dated: November 12, 2026
AARON D. FORD, Attorney General
By: /s/ Joaquín R. Estrada, Senior Deputy Attorney General
100 N. Carson St., Carson City, NV 89701 | (775) 555-0103 | jestrada@ag.nv.gov"""]
doc("bee21", "eml", "Nevada AG consumer-protection CID emailed as PDF (civil, no crime)",
    "other", "Nevada Office of the Attorney General, Bureau of Consumer Protection", "Joaquín R. Estrada",
    "Senior Deputy Attorney General", "jestrada@ag.nv.gov", "(775) 555-0103",
    [("Liam Patrick O'Shea", None, []), ("Rosa Elena Márquez", "1969-08-30", [])],
    ["NRS 598.0963", "NRS 228.380", "NRS 598.0915"], "administrative_subpoena", None, True, "unknown",
    ["wages", "employment", "address"], "email",
    subject="Civil Investigative Demand BCP-2026-0311",
    frm="Estrada, Joaquin R. <jestrada@ag.nv.gov>", to="DETR Custodian of Records <custodian@detr.nv.gov>",
    body="""Please find attached Civil Investigative Demand No. BCP-2026-0311 directed to DETR. The return date is 20 days from today. Electronic production to this address is acceptable. Please call me if a short extension is needed.

Joaquín R. Estrada
Senior Deputy Attorney General
Bureau of Consumer Protection
(775) 555-0103""",
    attach=[("CID_BCP-2026-0311.pdf", "pdf", CID21)])

doc("bee22", "born_digital", "California Dept of Insurance fraud division investigative subpoena to EDD",
    "other", "California Department of Insurance, Fraud Division", "Michelle Tran-Adeyemi", "Detective",
    "michelle.tran-adeyemi@insurance.ca.gov", "916-555-0179",
    [("Arturo Benítez Lozano", "1974-02-18", [("ssn_last4", "0923")])],
    ["CA Gov Code 11180", "CA Gov Code 11191", "CA Ins Code 12924", "CA Gov Code 11181", "CA Ins Code 1871.4", "CA PC 550", "CA UI Code 1095", "CA Gov Code 11188"], "administrative_subpoena", None, True,
    "criminal_investigation", ["wages", "employment", "claims"], "mail",
    pages=["""BEFORE THE INSURANCE COMMISSIONER OF THE STATE OF CALIFORNIA
CALIFORNIA DEPARTMENT OF INSURANCE - FRAUD DIVISION, Sacramento Regional Office
# INVESTIGATIVE SUBPOENA DUCES TECUM
(Government Code §§ 11180-11191; Insurance Code § 12924)
Investigation No. FD-26-0044719
THE PEOPLE OF THE STATE OF CALIFORNIA, to: Custodian of Records, Employment Development Department, P.O. Box 826880, Sacramento, CA 94280
YOU ARE COMMANDED to produce the records described below to Detective Michelle Tran-Adeyemi, Fraud Division, 9342 Tech Center Dr., Sacramento, CA 95826, on or before December 10, 2026.
This subpoena is issued under Government Code section 11181 in the course of an investigation of workers' compensation fraud in violation of Insurance Code section 1871.4 and Penal Code section 550.
RECORDS: Base-period wage information, employer names, and any disability or unemployment claims filed from 01/2025 to present by BENÍTEZ LOZANO, Arturo (DOB 02/18/1974; SSN ending 0923). Disclosure to the Department is authorized by Unemployment Insurance Code § 1095.
Disobedience may be punished as provided in Government Code section 11188, on petition to the superior court.
Dated: 11/14/2026
Issued by: /s/ Michelle Tran-Adeyemi, Detective, Fraud Division, as delegate of the Insurance Commissioner
916-555-0179, michelle.tran-adeyemi@insurance.ca.gov"""])

doc("bee23", "scanned", "Yavapai County hold request with Arizona Superior Court arrest warrant attached",
    "sheriff", "Yavapai County Sheriff's Office", "Garrett Lindahl", "Sergeant, Warrants Unit",
    "garrett.lindahl@yavapaiaz.gov", "928-555-0126",
    [("Mykola Shevchuk", "1986-07-23", [("other", "ADCRR 319044")])],
    ["ARS 13-1105", "ARS 13-3883", "AZ CrimP 3.1"], "judicial_warrant", None, True, "criminal_investigation",
    ["address", "other"], "mail",
    scan_rot={0: 180},
    pages=["""YAVAPAI COUNTY SHERIFF'S OFFICE - WARRANTS UNIT
255 E. Gurley St., Prescott, AZ 86301
# HOLD REQUEST / DETAINER
To: Arizona Department of Corrections, Rehabilitation & Reentry - Offender Services Bureau, Time Computation
Date: November 15, 2026
Inmate: SHEVCHUK, Mykola     ADCRR #319044     DOB 07-23-1986
Please place a hold on the above inmate on the enclosed Superior Court warrant (First Degree Murder, A.R.S. § 13-1105). Notify this office of the inmate's projected release date and his release address of record. Arrest authority: A.R.S. § 13-3883.
Sgt. Garrett Lindahl, Warrants Unit | 928-555-0126 | garrett.lindahl@yavapaiaz.gov""",
"""IN THE SUPERIOR COURT OF THE STATE OF ARIZONA IN AND FOR THE COUNTY OF YAVAPAI
STATE OF ARIZONA v. MYKOLA SHEVCHUK          No. P1300CR202601822
# WARRANT FOR ARREST
(Ariz. R. Crim. P. 3.1)
TO ANY PEACE OFFICER IN THE STATE OF ARIZONA:
An indictment having been returned charging the defendant, MYKOLA SHEVCHUK, DOB 07/23/1986, with First Degree Murder, a class 1 felony, in violation of A.R.S. § 13-1105, YOU ARE COMMANDED to arrest the defendant and bring him before this Court.
Bond: NO BOND
Issued: November 14, 2026
/s/ Hon. Celia M. Duarte
JUDGE OF THE SUPERIOR COURT"""])

doc("bee24", "born_digital", "AO 93 search and seizure warrant, D. Colo., ATF, to Colorado DMV",
    "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Denver Field Division", "Bryce A. Kettering", "Special Agent",
    "bryce.kettering@atf.gov", "303-555-0145",
    [("Darnell Jerome Fischer", "1990-06-06", [("license", "160448213")]), ("Lourdes Ibarra", "1993-09-13", [])],
    ["FRCrP 41", "18 USC 3103a", "18 USC 922", "18 USC 924"], "judicial_warrant", "AO 93", True, "criminal_investigation",
    ["photo", "address", "vehicle", "license"], "mail",
    pages=["""AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
for the District of Colorado
In the Matter of the Search of: Records maintained by the Colorado Department of Revenue, Division of Motor Vehicles, relating to Darnell Jerome FISCHER and Lourdes IBARRA        Case No. 26-sw-01493-KLM
# SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
An application by a federal law enforcement officer or an attorney for the government requests the search of the following property located in the District of Colorado: Colorado DMV records, 1881 Pierce St., Lakewood, CO 80214 (see Attachment A).
I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the property described above, and that such search will reveal evidence of violations of 18 U.S.C. §§ 922(a)(6) and 924(a)(1)(A) (see Attachment B).
YOU ARE COMMANDED to execute this warrant on or before November 27, 2026 in the daytime 6:00 a.m. to 10:00 p.m.
Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result.
Date and time issued: 11/13/2026 2:05 pm          /s/ Kristen L. Mix, United States Magistrate Judge
City and state: Denver, Colorado""",
"""ATTACHMENT B - Property to be seized
All records, including photographs, driver licence and ID applications, addresses, and vehicle registrations, for:
  FISCHER, Darnell Jerome, DOB 1990-06-06, CO DL 16-044-8213
  IBARRA, Lourdes, DOB 1993-09-13
This warrant is issued under Fed. R. Crim. P. 41. Return: Special Agent Bryce A. Kettering, ATF Denver Field Division, 950 17th St., Suite 1800, Denver, CO 80202, 303-555-0145, bryce.kettering@atf.gov"""])

doc("bee25", "eml", "Utah Highway Patrol trooper HTML-only email to DWS for employer info",
    "state-police", "Utah Highway Patrol", "Kaden Sorensen", "Trooper", "ksorensen@utah.gov", "801-555-0168",
    [("Faisal Abdi Nur", "1999-04-04", [])],
    ["UCA 76-6-404", "UCA 35A-4-312"], "none", None, False, "criminal_investigation", ["employment", "address", "wages"], "email",
    subject="Employer lookup - UHP case 26-UHP-031877",
    frm="Kaden Sorensen <ksorensen@utah.gov>", to="DWS UI Records <uirecords@utah.gov>",
    html_only=True,
    body="""<html><body><p>Hello,</p>
<p>I'm investigating a theft of fuel cards (Utah Code Ann. &sect; 76-6-404) from a trucking company and need the current employer and address on file for:</p>
<table border="1"><tr><td>Name</td><td>Faisal Abdi NUR</td></tr><tr><td>DOB</td><td>April 4, 1999</td></tr></table>
<p>If you have the last two quarters of wages that would help too. I understand disclosure to law enforcement is covered under Utah Code &sect; 35A-4-312.</p>
<p>Thanks,<br>Tpr. Kaden Sorensen<br>Utah Highway Patrol, Section 9<br>801-555-0168</p></body></html>""")

doc("bee26", "txt", "USCIS FDNS officer web-portal request, address verification, for official use",
    "dhs-uscis", "USCIS Fraud Detection and National Security Directorate, Seattle Field Office", "Meredith Awuor", "Immigration Officer (FDNS)",
    "meredith.awuor@uscis.dhs.gov", "206-555-0195",
    [("Đặng Thị Lan", "1978-11-11", [("a_number", "A077120945")])],
    ["8 USC 1103", "8 CFR 103.2"], "none", None, False, "civil_immigration", ["address", "employment"], "email",
    text="""WA ESD - Agency Information Request Portal
Request #: ESD-AIR-2026-11-0938       Received: 11/19/2026 10:31 AM

Agency: U.S. Citizenship and Immigration Services (USCIS) - FDNS, Seattle Field Office
Requester: Meredith Awuor
Title: Immigration Officer (FDNS)
Email: meredith.awuor@uscis.dhs.gov
Phone: 206-555-0195

Individual(s):
  Name: Đặng Thị Lan
  Date of birth: 11/11/1978
  A-Number: A077-120-945

Information sought: Verification of residential address and current employer as claimed on a pending benefit application.
Legal authority: 8 U.S.C. 1103; 8 C.F.R. 103.2(b)
Purpose (as entered): Official use - benefit adjudication site verification.
""")

FWD = None  # built in main
doc("bee27", "fax", "Colorado county court criminal subpoena duces tecum (clerk-issued), faxed by DA",
    "district-attorney", "Office of the District Attorney, 18th Judicial District", "Shauna P. Kirkegaard", "Deputy District Attorney",
    "skirkegaard@da18.state.co.us", "720-555-0111",
    [("Jesse Alan Moya", "1988-08-16", [])],
    ["CO CrimP 17", "CRS 18-3-204", "CRS 26-1-114"], "court_subpoena", None, True, "criminal_investigation",
    ["benefits", "address"], "fax",
    fax_header="Nov 17 2026 11:03AM  18TH JD DA ARAPAHOE  720 555 0112",
    pages=["""COUNTY COURT, ARAPAHOE COUNTY, COLORADO
7325 S. Potomac St., Centennial, CO 80112
THE PEOPLE OF THE STATE OF COLORADO v. JESSE ALAN MOYA, Defendant          Case Number: 26M004417   Div.: 12
Attorney: Shauna P. Kirkegaard, #47761, Deputy District Attorney, 6450 S. Revere Pkwy, Centennial, CO 80111 | 720-555-0111 | skirkegaard@da18.state.co.us
# SUBPOENA TO PRODUCE (CRIMINAL) - SUBPOENA DUCES TECUM
TO: Custodian of Records, Arapahoe County Department of Human Services, 14980 E. Alameda Dr., Aurora, CO 80012
YOU ARE COMMANDED, pursuant to Crim. P. 17(c), to produce at trial, Courtroom 12, on December 9, 2026 at 8:30 a.m., the following: Records of the Department showing the address(es) reported by JESSE ALAN MOYA (DOB August 16, 1988) in any application for public assistance, 01/2026 to present.
Defendant is charged with Third Degree Assault, § 18-3-204, C.R.S. Confidentiality under § 26-1-114, C.R.S. is noted; the records may be delivered sealed to the Court.
Date: 11/16/2026     Clerk of Court / Deputy Clerk: /s/ M. Ferreira-Lutz
[SEAL]
RETURN OF SERVICE: served by facsimile with consent of custodian on 11/17/2026."""])

doc("bee28", "born_digital", "Oregon circuit court signed order for ODHS records (state police request)",
    "state-police", "Oregon State Police, Criminal Investigation Division", "Nathaniel Ruiz", "Detective Sergeant",
    "nathaniel.ruiz@osp.oregon.gov", "541-555-0138",
    [("Zahra Mohamed Ali", "2002-03-21", []), ("Abdullahi Yusuf Ali", "1970-01-09", [])],
    ["ORS 411.320", "ORS 163.160"], "court_order", None, True, "criminal_investigation", ["address", "benefits"], "mail",
    pages=["""OREGON STATE POLICE - Criminal Investigation Division, Bend Area Command
20360 Empire Ave, Bend, OR 97703
17 November 2026
Oregon Department of Human Services, Office of Information Services - Records Requests
Re: Court order for records, Deschutes County Circuit Court No. 26MI00923
Please find the enclosed signed order. Send records to my attention.
Det. Sgt. Nathaniel Ruiz | 541-555-0138 | nathaniel.ruiz@osp.oregon.gov""",
"""IN THE CIRCUIT COURT OF THE STATE OF OREGON FOR THE COUNTY OF DESCHUTES
In the Matter of the Application of the Oregon State Police for Disclosure of Public Assistance Records          No. 26MI00923
# ORDER
This matter came before the Court on the application of Detective Sergeant Nathaniel Ruiz, Oregon State Police, supported by declaration, for disclosure of records otherwise confidential under ORS 411.320, in connection with the investigation of an Assault in the Fourth Degree (ORS 163.160).
The Court finds good cause. IT IS ORDERED that the Oregon Department of Human Services disclose to the Oregon State Police the current and prior addresses and the household composition of the SNAP and TANF case(s) of ZAHRA MOHAMED ALI (DOB 03/21/2002) and ABDULLAHI YUSUF ALI (DOB 01/09/1970).
The identity of the reporting party, Jennifer Ostrowski, shall not be disclosed.
DATED: November 16, 2026
/s/ Wells B. Ashby
Circuit Court Judge"""])

doc("bee29", "eml", "ERO officer resends request, original attached as message/rfc822 (multipart/alternative)",
    "dhs-ice-ero", "ICE ERO Denver Field Office", "Stacy-Ann Whitfield", "Deportation Officer", "stacy-ann.whitfield@ice.dhs.gov", "720-555-0150",
    [("Ángel Rosendo Domínguez", "1983-07-29", [("a_number", "A203558104")])],
    [], "none", None, False, "civil_immigration", ["address", "wages", "employment"], "email",
    subject="FW: records request - DOMINGUEZ, Angel (2nd request)",
    frm="Whitfield, Stacy-Ann <stacy-ann.whitfield@ice.dhs.gov>", to="cdle_records@state.co.us",
    body="""Resending the request below (original attached) since I haven't heard back. Still need last known address and employer for Mr. Domínguez.

Stacy-Ann Whitfield
Deportation Officer | ICE ERO Denver
12445 E. Caley Ave, Centennial, CO 80111
720-555-0150""",
    html=True,
    fwd=dict(subject="records request - DOMINGUEZ, Angel", frm="Whitfield, Stacy-Ann <stacy-ann.whitfield@ice.dhs.gov>",
             to="cdle_records@state.co.us", date=datetime(2026, 11, 3, 15, 20, tzinfo=timezone(timedelta(hours=-7))),
             body="""Hello,

For official use, please provide last known address, current employer and most recent quarterly wages for:

DOMÍNGUEZ, Ángel Rosendo
DOB 29 July 1983
A# A203558104

Thank you,
Stacy-Ann Whitfield
Deportation Officer, ICE ERO Denver Field Office
720-555-0150"""))

doc("bee30", "eml", "HSI email promising a search warrant later (none attached), alien smuggling",
    "dhs-ice-hsi", "HSI El Paso", "Octavio R. Lucero", "Special Agent", "octavio.r.lucero@ice.dhs.gov", "915-555-0109",
    [("Wilmer Estuardo Chen Morales", "1990-02-10", [("license", "43117820")]), ("Patricia Yolanda Sáenz", "1986-12-31", [])],
    ["8 USC 1324"], "none", None, False, "criminal_investigation", ["vehicle", "address"], "email",
    subject="Heads up - warrant coming for TxDMV records (HSI EP)",
    frm="Octavio R. Lucero <octavio.r.lucero@ice.dhs.gov>", to="TxDMV Law Enforcement Support <lesupport@txdmv.gov>",
    body="""Good morning,

HSI El Paso is working an alien smuggling case (8 U.S.C. 1324) and we'll be seeking a federal search warrant for registration and title records for two people. I expect the warrant to be signed later this week and will send it over as soon as I have it. I'm just giving you a heads up so you can start pulling:

- CHEN MORALES, Wilmer Estuardo, DOB 1990-02-10, TX DL 43117820
- SAENZ, Patricia Yolanda, DOB 12/31/1986 (also spelled Sáenz)

Please don't release anything until the warrant is in hand.

Thanks,
Octavio R. Lucero
Special Agent, Homeland Security Investigations
SAC El Paso | 915-555-0109""")

doc("bee31", "born_digital", "I-247A detainer to Washington DOC with I-200 attached",
    "dhs-ice-ero", "ICE ERO Seattle Field Office - Tacoma", "Jeffrey P. Luong", "Supervisory Detention and Deportation Officer",
    "jeffrey.p.luong@ice.dhs.gov", "253-555-0181",
    [("Fernando Ibáñez de la Peña", "1987-09-17", [("a_number", "A099402116"), ("other", "WADOC 419902")])],
    ["INA 236", "INA 287", "8 CFR 287.7", "8 CFR 287"], "detainer", "I-247A", True,
    "civil_immigration", ["other"], "mail",
    pages=["""DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 402218876     Event #: SEA2611000488     File No: A099402116
TO: Washington State Department of Corrections, Records Manager, Coyote Ridge Corrections Center, Connell, WA 99326
FROM: ICE ERO Tacoma, 1623 E. J St., Tacoma, WA 98421
Name of Alien: IBÁÑEZ DE LA PEÑA, Fernando      DOB: 1987-09-17   DOC#: 419902   Citizenship: Mexico
1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[ ] a final order of removal;   [X] the pendency of ongoing removal proceedings against the alien;
[X] biometric confirmation of the alien's identity and a records check of federal databases.
IT IS THEREFORE REQUESTED THAT YOU: Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released; maintain custody for a period NOT TO EXCEED 48 HOURS beyond the time of release; serve a copy of this form on the alien.
This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7. A copy of the Form I-200 signed by an immigration officer is attached.
/s/ Jeffrey P. Luong, Supervisory Detention and Deportation Officer   (253) 555-0181   jeffrey.p.luong@ice.dhs.gov
Date: November 15, 2026                                DHS Form I-247A (3/17)""",
"""U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
File No. A099402116     Date: 11/15/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations
I have determined that there is probable cause to believe that IBÁÑEZ DE LA PEÑA, Fernando is removable from the United States. YOU ARE COMMANDED to arrest and take into custody for removal proceedings the above-named alien.
/s/ Jeffrey P. Luong
(Signature of Authorized Immigration Officer)   SDDO
Form I-200 (Rev. 09/16)"""])

doc("bee32", "scanned", "IRS Form 2039 summons (IRS-CI special agent) to Montana DLI for wage records",
    "irs-ci", "Internal Revenue Service, Criminal Investigation, Denver Field Office - Billings", "Colleen M. Redfox", "Special Agent",
    "colleen.redfox@ci.irs.gov", "406-555-0192",
    [("Stanislav Kovalenko", "1976-05-30", [("ssn_last4", "6208")])],
    ["26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7201", "26 USC 7609"], "administrative_subpoena", "2039", True,
    "criminal_investigation", ["wages", "employment", "address"], "mail",
    scan_rot={},
    pages=["""# Summons
Form 2039 (Rev. 12-2001)              Department of the Treasury - Internal Revenue Service
In the matter of: Stanislav KOVALENKO, SSN ***-**-6208, DOB 5/30/1976, Billings, Montana
Internal Revenue Service (Division): Criminal Investigation     Industry/Area: Denver Field Office
Periods: Calendar years 2022, 2023, 2024 and 2025
The Commissioner of Internal Revenue
To: Custodian of Records, Montana Department of Labor and Industry, Unemployment Insurance Division, P.O. Box 8020, Helena, MT 59604
At: 2900 4th Ave. N., Suite 200, Billings, MT 59101
You are hereby summoned and required to appear before Colleen M. Redfox, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above:
  Quarterly wage reports filed by all employers for the above person, employer names and addresses, and address of record.
Attestation: I hereby certify that I have examined and compared this copy of the summons with the original and that it is a true and correct copy of the original.
Place and time for appearance: 2900 4th Ave. N., Billings, MT on the 10th day of December, 2026 at 10 o'clock a.m.
Issued under authority of the Internal Revenue Code this 13th day of November, 2026.
/s/ Colleen M. Redfox   Special Agent   406-555-0192   colleen.redfox@ci.irs.gov
Signature of approving officer: /s/ Thomas Ng, Supervisory Special Agent""",
"""Form 2039 (Rev. 12-2001) - Provisions of the Internal Revenue Code
Sec. 7602. Examination of books and witnesses. ... for the purpose of ascertaining the correctness of any return ... or inquiring into any offense connected with the administration or enforcement of the internal revenue laws (including 26 U.S.C. 7201, attempt to evade or defeat tax).
Sec. 7603. Service of summons.
Sec. 7604. Enforcement of summons. If any person is summoned under the internal revenue laws ... the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production of books, papers, records, or other data.
Sec. 7609. Special procedures for third-party summonses.
Investigation reference: CI case 7721-26-0194 (tax evasion, 26 U.S.C. § 7201)."""])


def build_eml(label, kw, path, i):
    m = EmailMessage()
    m["From"] = kw["frm"]
    m["To"] = kw["to"]
    if kw.get("cc"):
        m["Cc"] = kw["cc"]
    m["Subject"] = kw["subject"]
    dt = datetime(2026, 11, 16, 8, 0, tzinfo=timezone(timedelta(hours=-7))) + timedelta(hours=7 * i, minutes=13 * i)
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = f"<{label['id']}.{7741 + i}@mail.example.gov>"
    body = kw["body"]
    if kw.get("html_only"):
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
        if kw.get("html"):
            esc = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            m.add_alternative("<html><body><div style='font-family:Calibri'>" + esc.replace("\n", "<br>\n") + "</div></body></html>", subtype="html")
    for name, kind, pages in kw.get("attach", []):
        if kind == "pdf":
            m.add_attachment(pdf_bytes(pages, label["id"] + "_att"), maintype="application", subtype="pdf", filename=name)
        else:
            m.add_attachment(png_of(pages, label["id"] + "_att"), maintype="image", subtype="png", filename=name)
    if kw.get("fwd"):
        f = kw["fwd"]
        o = EmailMessage()
        o["From"] = f["frm"]; o["To"] = f["to"]; o["Subject"] = f["subject"]
        o["Date"] = format_datetime(f["date"]); o["Message-ID"] = f"<orig.{label['id']}@mail.example.gov>"
        o.set_content(f["body"])
        m.add_attachment(o)
    for k, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_{label['id']}_part{k}_b7c1")
    with open(path, "wb") as fh:
        fh.write(bytes(m))


def main():
    for i, (label, kw) in enumerate(DOCS):
        id, fmt = label["id"], label["format"]
        ext = {"born_digital": "pdf", "scanned": "pdf", "fax": "tif", "eml": "eml", "txt": "txt"}[fmt]
        path = os.path.join(OUT, f"{id}.{ext}")
        if fmt == "born_digital":
            make_pdf(path, kw["pages"], serif=(i % 3 == 0))
        elif fmt == "scanned":
            src = os.path.join(TMP, id + "_src.pdf"); make_pdf(src, kw["pages"], serif=(i % 2 == 0), size=11)
            make_scan(src, path, kw.get("scan_rot", {}))
        elif fmt == "fax":
            src = os.path.join(TMP, id + "_src.pdf"); make_pdf(src, kw["pages"], size=11)
            make_fax(src, path, kw["fax_header"])
        elif fmt == "eml":
            build_eml(label, kw, path, i)
        else:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(kw["text"])
        with open(os.path.join(OUT, f"{id}.expected.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print(len(DOCS), "documents")


if __name__ == "__main__":
    main()
