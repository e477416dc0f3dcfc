"""Build the blind-iii sample set (independent author). Deterministic: fixed seed.

Run: /work/main/.venv/bin/python samples/blind_iii/build.py
"""
import io
import json
import os
import random
import subprocess
import tempfile
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("Sans", "DejaVuSans.ttf"), ("Sans-Bold", "DejaVuSans-Bold.ttf"), ("Serif", "DejaVuSerif.ttf"),
               ("Serif-Bold", "DejaVuSerif-Bold.ttf"), ("Mono", "DejaVuSansMono.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, _FD + _f))

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_iii"
os.makedirs(TMP, exist_ok=True)
SEED = 3303
import time
_T = time.strptime("2026-10-20 08:00:00", "%Y-%m-%d %H:%M:%S")
rng = random.Random(SEED)
nrng = np.random.default_rng(SEED)

# ---------------------------------------------------------------- rendering

def render_pdf(pages, path, title="document"):
    """pages: list of page texts. Markup per line: '## ' centred bold big, '# ' bold,
    '---' rule, '|' table row (monospace, ruled), '>> ' right aligned, else normal."""
    fam = "Serif" if sum(map(ord, os.path.basename(path))) % 2 else "Sans"
    R, B = fam, fam + "-Bold"
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle(title)
    W, H = letter
    for page in pages:
        y = H - 60
        for raw in page.split("\n"):
            if raw.startswith("## "):
                c.setFont(B, 12.5)
                c.drawCentredString(W / 2, y, raw[3:])
                y -= 18
                continue
            if raw.startswith("# "):
                c.setFont(B, 10)
                c.drawString(60, y, raw[2:])
                y -= 14
                continue
            if raw.strip() == "---":
                c.setLineWidth(0.8)
                c.line(60, y + 6, W - 60, y + 6)
                y -= 8
                continue
            if raw.startswith(">> "):
                c.setFont(R, 9.4)
                c.drawRightString(W - 60, y, raw[3:])
                y -= 13
                continue
            if raw.startswith("|"):
                c.setFont("Mono", 8.4)
                c.drawString(60, y, raw)
                c.setLineWidth(0.5)
                c.line(58, y - 4, W - 58, y - 4)
                c.line(58, y + 10, W - 58, y + 10)
                y -= 14
                continue
            c.setFont(R, 9.4)
            lines = textwrap.wrap(raw, 90) or [""]
            for ln in lines:
                c.drawString(60, y, ln)
                y -= 13
            if y < 50:
                c.showPage()
                y = H - 60
        c.showPage()
    c.save()


def pdf_to_images(pdf, dpi, gray=True):
    d = tempfile.mkdtemp(dir=TMP)
    args = ["pdftoppm", "-r", str(dpi)]
    if gray:
        args.append("-gray")
    args += ["-png", pdf, os.path.join(d, "p")]
    subprocess.run(args, check=True)
    files = sorted(os.listdir(d))
    return [Image.open(os.path.join(d, f)).copy() for f in files]


def degrade(img, angle, turn=0):
    img = img.convert("L")
    arr = np.asarray(img).astype(np.float32)
    arr = arr * 0.82 + 28  # grey paper
    arr += nrng.normal(0, 9, arr.shape)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.5))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    if turn:
        img = img.rotate(turn, expand=True)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=45)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def make_scanned(pages, path, turns):
    pdf = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(pages, pdf)
    imgs = pdf_to_images(pdf, 200)
    out = []
    for i, im in enumerate(imgs):
        ang = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
        out.append(degrade(im, ang, turns.get(i, 0)))
    out[0].save(path, "PDF", resolution=200, save_all=True, append_images=out[1:],
                creationDate=_T, modDate=_T,
                producer="scan", creator="scan")


def make_fax(pages, path, header):
    pdf = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(pages, pdf)
    imgs = pdf_to_images(pdf, 200)
    out = []
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 22)
    except OSError:
        font = ImageFont.load_default()
    n = len(imgs)
    for i, im in enumerate(imgs):
        im = im.convert("L")
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.text((40, 12), f"{header}   P. {i+1:02d}/{n:02d}", fill=0, font=font)
        arr = np.asarray(im).astype(np.float32)
        arr += nrng.normal(0, 14, arr.shape)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        out.append(im.point(lambda v: 255 if v > 150 else 0).convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def pdf_bytes(pages, name):
    p = os.path.join(TMP, name)
    render_pdf(pages, p)
    with open(p, "rb") as f:
        return f.read()


def image_bytes(pages, name, fmt):
    p = os.path.join(TMP, name + ".pdf")
    render_pdf(pages, p)
    imgs = pdf_to_images(p, 150)
    buf = io.BytesIO()
    im = imgs[0].convert("L")
    if fmt == "JPEG":
        im.save(buf, "JPEG", quality=70)
    else:
        im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


BASE = datetime(2026, 10, 1, 9, 0, tzinfo=timezone(timedelta(hours=-6)))


def eml(path, frm, to, subject, body=None, html=None, attachments=(), forwarded=None, day=0, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(BASE + timedelta(days=day, minutes=37 * day))
    m["Message-ID"] = f"<{os.path.basename(path)}.{SEED}@mail.example.gov>"
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    for data, mt, st, fname in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    if forwarded is not None:
        m.add_attachment(forwarded)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"==iii{SEED}_{i}==")
    with open(path, "wb") as f:
        f.write(bytes(m))


def write_label(id_, fmt, template, requestor, subjects, basis, ptype, form, attached, purpose,
                records, channel):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    rec = {
        "id": id_, "family": "blind-iii", "format": fmt, "template": template,
        "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], requestor)),
        "subjects": [
            {"name": s[0], "dob": s[1], "identifiers": [{"type": t, "value": v} for t, v in s[2]]}
            for s in subjects
        ],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }
    with open(os.path.join(OUT, f"{id_}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")


def P(id_, ext):
    return os.path.join(OUT, f"{id_}.{ext}")

# ---------------------------------------------------------------- documents

CONF = ("CONFIDENTIALITY NOTICE: This communication may contain law enforcement sensitive information. "
        "If you received it in error, notify the sender and destroy all copies.")


def d01():
    pages = ["""## U.S. Department of Justice
## Federal Bureau of Investigation
>> Omaha Field Office
>> 4411 South 121st Court, Omaha, NE 68137
>> October 2, 2026
Nebraska Department of Motor Vehicles
Driver and Vehicle Records Division
301 Centennial Mall South
Lincoln, Nebraska 68509

Re: Request for Driver and Vehicle Records -- FBI File No. 196B-OM-3318842

Dear Records Custodian:

The Federal Bureau of Investigation is conducting a criminal investigation into a wire fraud scheme in violation of Title 18, United States Code, Section 1343. In furtherance of that investigation, the FBI respectfully requests copies of driver license and vehicle registration records for the individual listed below, as permitted for use by a government agency in carrying out its functions under 18 U.S.C. § 2721(b)(1) and Neb. Rev. Stat. § 60-2909.

    Name: KOVALENKO, Dmytro Serhiyovych
    Date of Birth: 11/02/1985
    Nebraska Operator's License: H1204 7785

Please provide the current and prior residential addresses on file, the most recent license photograph, and all vehicles registered to this person since January 1, 2023.

A victim in this matter, Mrs. Loretta Pfannenstiel of Grand Island, has provided information that the subject used a Nebraska address. Her information should not be disclosed.

Records may be sent to me by mail at the address above or by encrypted email. Thank you for your assistance.

Sincerely,


Kristen A. Halvorsen
Special Agent
Federal Bureau of Investigation
(402) 555-0131 | kahalvorsen@fbi.gov
---
This letter and its contents are the property of the FBI and are loaned to your agency; they and their contents are not to be distributed outside your agency.
"""]
    render_pdf(pages, P("biii01", "pdf"), "FBI records request")
    write_label("biii01", "born_digital", "FBI field office letter to DMV, wire fraud, DPPA",
                ("doj-fbi", "Federal Bureau of Investigation", "Kristen A. Halvorsen", "Special Agent",
                 "kahalvorsen@fbi.gov", "(402) 555-0131"),
                [("Dmytro Serhiyovych Kovalenko", "1985-11-02", [("license", "H12047785")])],
                ["18 USC 1343", "18 USC 2721", "NE Stat 60-2909"], "none", None, False,
                "criminal_investigation", ["address", "photo", "vehicle"], "mail")


def d02():
    body = """Good morning,

I am requesting the current residential address and most recent DL photo for the following individual, for official use:

NGUYEN, Thi Lan
DOB: 1990-07-14
A# 208-123-456
CO DL# 17-045-2231

This request is made pursuant to 8 U.S.C. 1357. Please respond to this email or call my desk line.

Respectfully,

Marcus T. Delgado
Deportation Officer
U.S. Department of Homeland Security
Immigration and Customs Enforcement
Enforcement and Removal Operations - Denver Field Office
12445 E. Caley Ave, Centennial, CO 80111
Desk: 303-555-0147
marcus.t.delgado@ice.dhs.gov
"""
    eml(P("biii02", "eml"), "Delgado, Marcus T <marcus.t.delgado@ice.dhs.gov>",
        "DMV Records Requests <dmv.records@state.co.us>", "Address/photo request - NGUYEN", body, day=1)
    write_label("biii02", "eml", "short plain-text ERO email, A-number, 8 USC 1357",
                ("dhs-ice-ero", "Immigration and Customs Enforcement, Enforcement and Removal Operations - Denver Field Office",
                 "Marcus T. Delgado", "Deportation Officer", "marcus.t.delgado@ice.dhs.gov", "303-555-0147"),
                [("Thi Lan Nguyen", "1990-07-14", [("a_number", "A208123456"), ("license", "170452231")])],
                ["8 USC 1357"], "none", None, False, "civil_immigration", ["address", "photo"], "email")


def d03():
    p1 = """## HARRIS COUNTY SHERIFF'S OFFICE
## Financial Crimes Unit
1200 Baker Street, Houston, Texas 77002

14 Oct 2026

Texas Workforce Commission
Open Records / Subpoena Compliance
101 E. 15th Street, Austin, TX 78778

RE: HCSO Incident #2609-44871 -- Search Warrant for Wage and Employment Records

To whom it may concern,

Enclosed please find a search warrant signed by the Honorable Judge of the 339th District Court directing production of wage and employment records for the suspect named below, who is under investigation for Fraudulent Use or Possession of Identifying Information, Tex. Penal Code § 32.51.

Suspect: José Luis IBÁÑEZ ORTEGA, DOB 03/04/1979, TX DL 31556720
Reported employer: Gulf Coast Fabricators LLC, Pasadena TX (employer -- not a suspect)
Complainant / victim: Reginald Ashworth (identity used by suspect)

Please provide quarterly wage records for 2023 to present, employer names and addresses, and any unemployment claims filed under the suspect's name or SSN.

Return to the undersigned. Questions: 713-555-0162.

Sgt. Daniel R. Okafor #4471
Detective, Financial Crimes Unit
daniel.okafor@sheriff.hctx.net
"""
    p2 = """## SEARCH WARRANT
THE STATE OF TEXAS            §
COUNTY OF HARRIS               §       No. 2609-44871-SW

THE STATE OF TEXAS, to the Sheriff or any Peace Officer of Harris County, Texas, or any peace officer of the State of Texas:

WHEREAS, the Affiant, whose name appears on the affidavit attached hereto, is a peace officer under the laws of Texas and did heretofore this day subscribe and swear to said affidavit before me, and whereas I find that the verified facts stated by Affiant in said affidavit show that Affiant has probable cause for the belief he expresses therein and establishes existence of proper grounds for issuance of this Warrant under Tex. Code Crim. Proc. art. 18.02;

NOW, THEREFORE, you are commanded to enter the business premises or electronic records of the Texas Workforce Commission and there search for and seize: all wage records, employer reports, and unemployment benefit claim records relating to JOSE LUIS IBANEZ ORTEGA, date of birth March 4, 1979, and to bring the same before me.

HEREIN FAIL NOT, and due return make hereof.

WITNESS MY HAND this 13th day of October, 2026.


_______________________________
Hon. Patricia L. Vanderhoek
Judge, 339th District Court, Harris County, Texas
"""
    make_scanned([p1, p2], P("biii03", "pdf"), {1: 90})
    write_label("biii03", "scanned", "sheriff cover letter + Texas state search warrant, second page rotated",
                ("sheriff", "Harris County Sheriff's Office", "Daniel R. Okafor", "Detective, Financial Crimes Unit",
                 "daniel.okafor@sheriff.hctx.net", "713-555-0162"),
                [("José Luis Ibáñez Ortega", "1979-03-04", [("license", "31556720")])],
                ["TX PC 32.51", "TX CCP 18.02"], "judicial_warrant", None, True,
                "criminal_investigation", ["wages", "employment", "claims"], "mail")


def d04():
    cover = """## FAX TRANSMITTAL
DHS / ICE / ERO  -  SALT LAKE CITY FIELD OFFICE
2975 Decker Lake Drive, West Valley City, UT 84119

TO: Utah Department of Corrections - Records Bureau       FAX: 801-555-0119
FROM: DO Brandon K. Hale                                   PHONE: 801-555-0183
DATE: 2026-10-06                                           PAGES: 3 (incl. cover)
RE: Immigration detainer - FARAH, Abdirahman Mohamed

Attached is an Immigration Detainer (Form I-247A) for the above inmate. Please confirm his projected release date and the release address on file, and lodge the detainer. Reply to brandon.k.hale@ice.dhs.gov.

NOTICE: This facsimile is intended only for the addressee. If received in error call 801-555-0183.
"""
    form1 = """DEPARTMENT OF HOMELAND SECURITY                                  IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 391177245        Event #: SLC2610000318        File No: A 215 678 901         Date: 10/06/2026
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
Utah Department of Corrections, Utah State Correctional Facility, Salt Lake City, UT
FROM: (Department of Homeland Security Office Address)
ICE ERO Salt Lake City, 2975 Decker Lake Drive, West Valley City, UT 84119
Name of Alien: FARAH, Abdirahman Mohamed
Date of Birth: 01/20/1992      Citizenship: SOMALIA      Sex: M
1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[X] a final order of removal against the alien;
[ ] the pendency of ongoing removal proceedings against the alien;
[X] biometric confirmation of the alien's identity and a records check of federal databases.
IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
- Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.
"""
    form2 = """Form I-247A (page 2)
This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 CFR 287.7. 
_______________________________________________
Brandon K. Hale, Deportation Officer
(Signature of Authorized Immigration Officer)     (Printed Name and Title of Authorized Immigration Officer)
Notice: If the alien may be the victim of a crime, or you want the alien to remain in the United States for prosecution or other law enforcement purposes, including acting as a witness, please notify the ICE Law Enforcement Support Center at (802) 555-0100.
CERTIFICATION OF SERVICE ... Date of latest criminal charge/conviction: 08/2025
Form I-247A (3/17)
"""
    make_fax([cover, form1 + "\n" + form2], P("biii04", "tif"), "OCT-06-2026 14:22  FROM:ICE ERO SLC 8015550183")
    write_label("biii04", "fax", "fax cover + I-247A detainer to state corrections",
                ("dhs-ice-ero", "DHS / ICE / ERO - Salt Lake City Field Office", "Brandon K. Hale", "Deportation Officer",
                 "brandon.k.hale@ice.dhs.gov", "801-555-0183"),
                [("Abdirahman Mohamed Farah", "1992-01-20", [("a_number", "A215678901")])],
                ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", True,
                "civil_immigration", ["address", "other"], "fax")


def d05():
    txt = """IDAHO DEPARTMENT OF LABOR - LAW ENFORCEMENT RECORDS REQUEST (online form)
Submission ID: LE-2026-10-0417
Submitted: 10/07/2026 16:41 MT
Routed to: ui.records@labor.idaho.gov

Requesting agency ............ Boise Police Department
Officer name ................. Det. Shawna M. Crandall
Badge / ID ................... 1187
Title ........................ Detective, Property Crimes
Phone ........................ 208-555-0154
Email ........................ scrandall@cityofboise.org
Case / report number ......... BPD 26-031992

Subject last name ............ Wiśniewska
Subject first name ........... Katarzyna
Middle ....................... (none)
Date of birth ................ 12/09/1988
SSN (last 4) ................. 6612

Records requested ............ [x] Employer(s) of record  [x] Wage history  [ ] Claim history  [x] Address on file
Reason for request ........... Subject is a suspect in an ongoing grand theft investigation (Idaho Code § 18-2403 / 18-2407). Need current employer to locate and interview.
Legal authority .............. Criminal investigation
Is legal process attached? ... No

I certify that the information will be used only for the law enforcement purpose stated above.
Electronic signature: Shawna M. Crandall
"""
    with open(P("biii05", "txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    write_label("biii05", "txt", "state labor web-form submission from municipal detective",
                ("local-police", "Boise Police Department", "Shawna M. Crandall", "Detective, Property Crimes",
                 "scrandall@cityofboise.org", "208-555-0154"),
                [("Katarzyna Wiśniewska", "1988-12-09", [("ssn_last4", "6612")])],
                ["ID Code 18-2403", "ID Code 18-2407"], "none", None, False,
                "criminal_investigation", ["employment", "wages", "address"], "email")


def d06():
    p1 = """OFFICE OF THE DISTRICT ATTORNEY
EIGHTEENTH JUDICIAL DISTRICT  *  6450 S. Revere Parkway, Centennial, CO 80111

October 8, 2026

Colorado Department of Labor and Employment
Unemployment Insurance -- Legal Process Unit
633 17th Street, Suite 1200, Denver, CO 80202

Re: People v. Marisol de la Cruz Ruiz, Arapahoe County Case No. 26CR2214

Dear Custodian of Records:

Enclosed is a certified copy of an Order of the Arapahoe County District Court directing your Department to release unemployment insurance claim and wage records for the defendant, Marisol DE LA CRUZ RUIZ (DOB 05/30/1983; SSN xxx-xx-4821). The defendant is charged with theft, C.R.S. § 18-4-401, arising from employer payroll diversion. Her former employer, Mountain Vista Dental Group, and its office manager, Mr. Trevor Lindqvist, are witnesses and not subjects of this request.

The Order is issued notwithstanding the confidentiality provisions of C.R.S. § 8-72-107. Please deliver the records to my office within fourteen days.

Very truly yours,

Elena Vargas-Whitmore
Deputy District Attorney
720-555-0121  |  evargaswhitmore@da18.state.co.us
cc: Investigator Paul Kessling, DA Investigations
"""
    p2 = """DISTRICT COURT, ARAPAHOE COUNTY, COLORADO
Court Address: 7325 S. Potomac St., Centennial, CO 80112
THE PEOPLE OF THE STATE OF COLORADO
v.
Defendant: MARISOL DE LA CRUZ RUIZ                           Case Number: 26CR2214    Div.: 204
---
## ORDER FOR PRODUCTION OF RECORDS
THIS MATTER comes before the Court on the People's Motion for Production of Records. The Court, having reviewed the motion and being fully advised, FINDS that the records are relevant and material to a pending criminal prosecution and that good cause exists.

IT IS THEREFORE ORDERED that the Colorado Department of Labor and Employment shall produce to the Office of the District Attorney, Eighteenth Judicial District, all unemployment insurance claim records, benefit payment records and quarterly wage records for Marisol de la Cruz Ruiz, date of birth May 30, 1983, for the period January 1, 2022 to the present.

IT IS FURTHER ORDERED that the records shall be used solely for purposes of this prosecution.

DONE this 7th day of October, 2026.

BY THE COURT:

__________________________
Hon. Gregory M. Saldaña
District Court Judge
"""
    render_pdf([p1, p2], P("biii06", "pdf"), "DA letter and court order")
    write_label("biii06", "born_digital", "DA cover letter + Colorado district court order for UI records",
                ("district-attorney", "Office of the District Attorney, Eighteenth Judicial District", "Elena Vargas-Whitmore",
                 "Deputy District Attorney", "evargaswhitmore@da18.state.co.us", "720-555-0121"),
                [("Marisol de la Cruz Ruiz", "1983-05-30", [("ssn_last4", "4821")])],
                ["CRS 18-4-401", "CRS 8-72-107"], "court_order", None, True,
                "criminal_investigation", ["claims", "benefits", "wages"], "mail")


def d07():
    sub = ["""DEPARTMENT OF HOMELAND SECURITY
U.S. Immigration and Customs Enforcement
## IMMIGRATION ENFORCEMENT SUBPOENA
Subpoena Number: DEN-26-ERO-0712                     File No.: A 201 555 123
In the matter of: GOMEZ SAAVEDRA, Luis Alberto
To: Custodian of Records, Colorado Division of Motor Vehicles, 1881 Pierce St., Lakewood, CO 80214

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to produce the records described below on 10/22/2026 at 10:00 a.m. to the Department of Homeland Security officer named below, at 12445 E. Caley Ave, Centennial, CO 80111, in connection with an investigation or inquiry relating to the enforcement of U.S. immigration laws, including the admissibility and removability of the individual named above.

Records requested: All driver license and identification card records for Luis Alberto Gómez Saavedra, DOB 03/04/1987, including application documents, photographs, current and past residential addresses, and vehicle registrations.

This subpoena is issued pursuant to Section 235(d) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d), and 8 C.F.R. § 287.4. Failure to comply with this subpoena may subject you to an order from a United States District Court requiring compliance, the failure to obey which may be punished as contempt.

Issued by: ______________________  Ryan P. Castellanos, Supervisory Detention and Deportation Officer
Date: 10/08/2026                      Phone: 303-555-0188
DHS Form I-138 (10/21)
"""]
    body = """Custodian of Records,

Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) for driver license records of GOMEZ SAAVEDRA, Luis Alberto (DOB 03/04/1987, A201555123). Kindly produce the listed records by the return date, or contact me to arrange electronic delivery.

Thank you,

Ryan P. Castellanos
Supervisory Detention and Deportation Officer
ICE Enforcement and Removal Operations, Denver
Office: 303-555-0188
Ryan.P.Castellanos@ice.dhs.gov
"""
    eml(P("biii07", "eml"), "Castellanos, Ryan P <Ryan.P.Castellanos@ice.dhs.gov>", "CDOR DMV Legal <dmv_legal@state.co.us>",
        "Subpoena DEN-26-ERO-0712", body,
        attachments=[(pdf_bytes(sub, "biii07_att.pdf"), "application", "pdf", "I-138_DEN-26-ERO-0712.pdf")], day=2)
    write_label("biii07", "eml", "ERO email with attached I-138 immigration enforcement subpoena PDF",
                ("dhs-ice-ero", "ICE Enforcement and Removal Operations, Denver", "Ryan P. Castellanos",
                 "Supervisory Detention and Deportation Officer", "Ryan.P.Castellanos@ice.dhs.gov", "303-555-0188"),
                [("Luis Alberto Gómez Saavedra", "1987-03-04", [("a_number", "A201555123")])],
                ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True,
                "civil_immigration", ["license", "identity_documents", "photo", "address", "vehicle"], "email")


def d08():
    p1 = """U.S. Department of Justice
United States Attorney
District of New Mexico
>> 201 Third Street NW, Suite 900
>> Albuquerque, New Mexico 87102
>> (505) 555-0177

September 29, 2026

New Mexico Department of Workforce Solutions
Office of General Counsel
401 Broadway NE, Albuquerque, NM 87102

Re: Grand Jury Subpoena No. 26-GJ-0481

Dear Sir or Madam:

Enclosed is a federal grand jury subpoena requiring production of records relating to RUBÉN OCHOA-VILLARREAL (DOB 1976-08-12) and TERESA A. LUCERO (DOB 1980-01-27). The grand jury is investigating possible violations of 18 U.S.C. §§ 1344 and 1956. In lieu of appearing before the grand jury, you may comply by mailing the records to Special Agent Jonah Whitecloud, IRS Criminal Investigation, who is assisting the grand jury.

You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation.

Sincerely,

ALEXANDER M. UY
United States Attorney

By: Caroline J. Brightwater
Assistant United States Attorney
caroline.brightwater@usdoj.gov
"""
    p2 = """AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
## UNITED STATES DISTRICT COURT
for the
District of New Mexico
## SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, New Mexico Department of Workforce Solutions

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place: Pete V. Domenici U.S. Courthouse, 333 Lomas Blvd NW, Albuquerque, NM    Date and Time: 10/27/2026 9:00 am

You must also bring with you the following documents, electronically stored information, or objects:
All quarterly wage reports, employer registrations, and unemployment insurance claim and payment records for:
|  NAME                     |  DOB         |  SSN (last 4)  |
|  Rubén Ochoa-Villarreal   |  08/12/1976  |  xxx-xx-0953   |
|  Teresa A. Lucero         |  01/27/1980  |  xxx-xx-7710   |
for the period January 1, 2021 through the present.

Date: 09/28/2026                  CLERK OF COURT
                                  ______________________________
                                  Signature of Clerk or Deputy Clerk  -  M. Arellano

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Caroline J. Brightwater, AUSA, 201 Third Street NW, Suite 900, Albuquerque, NM 87102, caroline.brightwater@usdoj.gov, (505) 555-0177
"""
    render_pdf([p1, p2], P("biii08", "pdf"), "Grand jury subpoena")
    write_label("biii08", "born_digital", "USAO cover letter + AO 110 grand jury subpoena, two subjects in table",
                ("doj-usao", "United States Attorney, District of New Mexico", "Caroline J. Brightwater",
                 "Assistant United States Attorney", "caroline.brightwater@usdoj.gov", "(505) 555-0177"),
                [("Rubén Ochoa-Villarreal", "1976-08-12", [("ssn_last4", "0953")]),
                 ("Teresa A. Lucero", "1980-01-27", [("ssn_last4", "7710")])],
                ["18 USC 1344", "18 USC 1956"], "grand_jury_subpoena", "AO 110", True,
                "criminal_investigation", ["wages", "employment", "claims", "benefits"], "mail")


def d09():
    p = """COBB COUNTY SHERIFF'S OFFICE - CRIMINAL INVESTIGATIONS DIVISION
185 Roswell Street, Marietta, Georgia 30060   *   Fax 770-555-0109

## LAW ENFORCEMENT REQUEST FOR DRIVER RECORDS
TO: Georgia Department of Driver Services, Records Unit          DATE: 10-09-2026
CASE NUMBER: 26-087441            OFFENSE: Theft by Taking, O.C.G.A. § 16-8-2

PERSONS ASSOCIATED WITH THIS CASE (records requested for SUSPECTS only):
|  ROLE       |  NAME (LAST, FIRST MI)      |  DOB         |  GA DL / ID     |
|  SUSPECT    |  TOLLIVER, Jermaine D.      |  07/19/1995  |  058 331 774    |
|  SUSPECT    |  HAYWOOD, Brianna Nicole    |  02/02/1998  |  061 902 115    |
|  VICTIM     |  PATEL, Hemant              |  --          |  --             |
|  EMPLOYER   |  Peachtree Auto Spa (owner: Gail Strickland) |  --  | --     |

RECORDS REQUESTED:  [X] Address history   [X] DL photo   [X] Vehicle registrations   [ ] Driving history

Authority: Permissible use under 18 U.S.C. 2721(b)(1) (law enforcement agency carrying out its functions).

REQUESTING INVESTIGATOR: Inv. Terrence L. Babineaux            BADGE: 2290
PHONE: 770-555-0166          EMAIL: terrence.babineaux@cobbcounty.gov
SIGNATURE: ___________________________

SUPERVISOR APPROVAL: Lt. Renee Calloway  ___________________
"""
    make_fax([p], P("biii09", "tif"), "10/09/2026 09:14  COBB SO CID  7705550109")
    write_label("biii09", "fax", "faxed sheriff request form, ruled table with suspects, victim, employer",
                ("sheriff", "Cobb County Sheriff's Office", "Terrence L. Babineaux", "Investigator",
                 "terrence.babineaux@cobbcounty.gov", "770-555-0166"),
                [("Jermaine D. Tolliver", "1995-07-19", [("license", "058331774")]),
                 ("Brianna Nicole Haywood", "1998-02-02", [("license", "061902115")])],
                ["OCGA 16-8-2", "18 USC 2721"], "none", None, False,
                "criminal_investigation", ["address", "photo", "vehicle"], "fax")


def d10():
    body = """Hi Dana,

Hope you're well. Could you run the following for me and send back current address and any vehicles registered? For official use.

Mirsad Hodžić  DOB 19 Aug 1975
possible spelling HODZIC, Mirsad

Thanks much,
Jake

--
Jacob R. Lindgren
Special Agent
Homeland Security Investigations, Saint Paul
1 Federal Drive, Fort Snelling, MN 55111
C: 612-555-0139
jacob.lindgren@ice.dhs.gov
"""
    eml(P("biii10", "eml"), "Lindgren, Jacob <jacob.lindgren@ice.dhs.gov>", "Dana Marsh <dana.marsh@state.mn.us>",
        "quick one", body, day=3)
    write_label("biii10", "eml", "informal HSI email, no reason given",
                ("dhs-ice-hsi", "Homeland Security Investigations, Saint Paul", "Jacob R. Lindgren", "Special Agent",
                 "jacob.lindgren@ice.dhs.gov", "612-555-0139"),
                [("Mirsad Hodžić", "1975-08-19", [])],
                [], "none", None, False, "unknown", ["address", "vehicle"], "email")


def d11():
    p1 = """U.S. Department of Homeland Security
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations
Phoenix Field Office, 2035 N. Central Avenue, Phoenix, AZ 85004

October 5, 2026

Arizona Department of Corrections, Rehabilitation and Reentry
Offender Records Unit
701 E. Jefferson St., Phoenix, AZ 85034

Subject: Request for records -- CASTAÑEDA MORALES, Efraín (A# 097 442 610)

Records Custodian:

ICE ERO Phoenix is attempting to locate the individual named below, who is subject to the enclosed Warrant for Arrest of Alien. We request his last known address, release address, and photograph from your records.

Name: Efraín CASTAÑEDA MORALES
DOB: October 11, 1981
ADCRR #: 318840

Please direct questions to the undersigned.

Respectfully,

Alondra P. Whitfield-Sosa
Deportation Officer
(602) 555-0112
alondra.whitfield-sosa@ice.dhs.gov
"""
    p2 = """U.S. DEPARTMENT OF HOMELAND SECURITY
## WARRANT FOR ARREST OF ALIEN
File No. A097442610
Date: 09/30/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that CASTANEDA MORALES, Efrain is removable from the United States. This determination is based upon:
[X] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[X] biometric confirmation of the subject's identity and a records check of federal databases.
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

______________________________                  SDDO Harold V. Pruitt
(Signature of Authorized Immigration Officer)      (Printed Name and Title of Authorized Immigration Officer)

Certificate of Service ...
Form I-200 (Rev. 09/16)
"""
    make_scanned([p1, p2], P("biii11", "pdf"), {1: 180})
    write_label("biii11", "scanned", "ERO letter + I-200 warrant (upside-down page) to corrections",
                ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Phoenix Field Office",
                 "Alondra P. Whitfield-Sosa", "Deportation Officer", "alondra.whitfield-sosa@ice.dhs.gov", "(602) 555-0112"),
                [("Efraín Castañeda Morales", "1981-10-11", [("a_number", "A097442610"), ("other", "318840")])],
                ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True,
                "civil_immigration", ["address", "photo"], "mail")


def d12():
    p1 = """U.S. Department of Justice
United States Attorney's Office
District of Minnesota
600 U.S. Courthouse, 300 South Fourth Street, Minneapolis, MN 55415

10/12/2026

Minnesota Department of Employment and Economic Development
Unemployment Insurance Program - Legal Unit
332 Minnesota Street, Suite E200, St. Paul, MN 55101

Re: United States v. Hassan Ali Warsame, Crim. No. 26-cr-0193 (JRT/DLM)

Dear Records Custodian,

Please find enclosed a trial subpoena for documents issued under Fed. R. Crim. P. 17(c). The defendant is charged with theft of government funds, 18 U.S.C. § 641, in connection with pandemic unemployment assistance claims. Records certified under Fed. R. Evid. 902(11) will avoid the need for live testimony.

Thank you,

Naomi E. Szczepański
Assistant U.S. Attorney
(612) 555-0198  naomi.szczepanski@usdoj.gov
"""
    p2 = """AO 89B (07/16) Subpoena to Produce Documents, Information, or Objects in a Criminal Case
## UNITED STATES DISTRICT COURT
for the District of Minnesota
United States of America  v.  HASSAN ALI WARSAME                Case No. 26-cr-0193
## SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS IN A CRIMINAL CASE
To: Custodian of Records, Minnesota DEED - Unemployment Insurance

YOU ARE COMMANDED to produce at the time, date, and place set forth below the following books, papers, documents, data, or other objects:
All unemployment insurance applications, claim records, IP login records, payment records and bank deposit information for claimant HASSAN ALI WARSAME, DOB 04/23/1990, SSN ending 5187, from 03/2020 to 12/2022.

Place: U.S. Courthouse, 300 S. Fourth Street, Courtroom 15E, Minneapolis, MN        Date and Time: 11/16/2026 9:00 am

Certain provisions of Fed. R. Crim. P. 17 are attached, including Rule 17(c)(2), relating to your ability to file a motion to quash or modify the subpoena; Rule 17(d) and (e), relating to service; Rule 17(g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

Date: 10/09/2026               CLERK OF COURT   ______________________  Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the attorney representing United States of America, who requests this subpoena, are: Naomi E. Szczepański, AUSA, 300 South Fourth Street, Minneapolis, MN 55415, naomi.szczepanski@usdoj.gov, (612) 555-0198
"""
    render_pdf([p1, p2], P("biii12", "pdf"), "Trial subpoena")
    write_label("biii12", "born_digital", "AUSA letter + AO 89B criminal trial subpoena for UI claims",
                ("doj-usao", "United States Attorney's Office, District of Minnesota", "Naomi E. Szczepański",
                 "Assistant U.S. Attorney", "naomi.szczepanski@usdoj.gov", "(612) 555-0198"),
                [("Hassan Ali Warsame", "1990-04-23", [("ssn_last4", "5187")])],
                ["FRCrP 17", "18 USC 641", "FRE 902"], "court_subpoena", "AO 89B", True,
                "criminal_investigation", ["claims", "benefits", "other"], "mail")


def d13():
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Good afternoon ESD Records,</p>
<p>I am a detective with the <b>Washington State Patrol, Criminal Investigation Division</b>. I am investigating a theft in the first degree (<i>RCW 9A.56.030</i>) involving a commercial equipment rental company. I request employment and wage information for the following suspect, as permitted under RCW 50.13.060 for law enforcement purposes:</p>
<table border="1" cellpadding="4">
<tr><th>Name</th><th>DOB</th><th>WA DL</th></tr>
<tr><td>PETRENKO, Oleksandr</td><td>1993-02-17</td><td>PETREO*193KJ</td></tr>
</table>
<p>Specifically: employers reporting wages for Q1 2025 through present, and the mailing address on the claimant record if any.</p>
<p>The equipment owner, Mr. Dale Hutchins, is the victim and should not be searched.</p>
<p>Thank you,<br>
Det. Sgt. Rebecca Y. Olafsson<br>
Washington State Patrol - CID, Marysville<br>
360-555-0127 | rebecca.olafsson@wsp.wa.gov</p>
<p style="font-size:9px">""" + CONF + """</p>
</body></html>"""
    eml(P("biii13", "eml"), "Olafsson, Rebecca (WSP) <rebecca.olafsson@wsp.wa.gov>", "records@esd.wa.gov",
        "WSP request - employment info - PETRENKO", html=html, day=4)
    write_label("biii13", "eml", "HTML-only state patrol email with table",
                ("state-police", "Washington State Patrol, Criminal Investigation Division", "Rebecca Y. Olafsson",
                 "Detective Sergeant", "rebecca.olafsson@wsp.wa.gov", "360-555-0127"),
                [("Oleksandr Petrenko", "1993-02-17", [("license", "PETREO*193KJ")])],
                ["RCW 9A.56.030", "RCW 50.13.060"], "none", None, False,
                "criminal_investigation", ["employment", "wages", "address"], "email")


def d14():
    p1 = """U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - Seattle Field Office (Portland Sub-Office)
4310 SW Macadam Ave, Portland, OR 97239

MEMORANDUM

TO:       Oregon Department of Corrections, Release Services / Records
FROM:     Keith A. Morrissey, Immigration Enforcement Agent
DATE:     2026-10-10
SUBJECT:  Request for Voluntary Notification of Release -- TRAN, Ngoc Anh

Attached is DHS Form I-247N concerning the inmate identified below. ICE requests notification of the inmate's release date and time and the address to which he will be released.

  TRAN, Ngoc Anh    DOB 06/25/1986    SID 22917734    A-File 203 884 017

Contact: 503-555-0145, keith.morrissey@ice.dhs.gov
"""
    p2 = """DEPARTMENT OF HOMELAND SECURITY
## REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
Subject ID: 402281190      Event #: POO2610000077      File No: A203884017     Date: 10/10/2026
TO: Oregon Department of Corrections, Salem, OR
Name of Alien: TRAN, NGOC ANH     Date of Birth: 06/25/1986     Citizenship: VIETNAM     Sex: M
1. DHS HAS DETERMINED THAT THE INDIVIDUAL IS A REMOVABLE ALIEN AND A PRIORITY FOR REMOVAL.
IT IS REQUESTED THAT YOU: Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
This request is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. §§ 236.1 and 287.7. This request does not request or authorize that you detain the subject beyond the time he or she is currently scheduled for release.
______________________________        Keith A. Morrissey, IEA
(Signature of Authorized Immigration Officer)
Form I-247N (3/17)
"""
    render_pdf([p1, p2], P("biii14", "pdf"), "I-247N")
    write_label("biii14", "born_digital", "ERO memo + I-247N voluntary notification request",
                ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Seattle Field Office",
                 "Keith A. Morrissey", "Immigration Enforcement Agent", "keith.morrissey@ice.dhs.gov", "503-555-0145"),
                [("Ngoc Anh Tran", "1986-06-25", [("a_number", "A203884017"), ("other", "22917734")])],
                ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247N", True,
                "civil_immigration", ["address", "other"], "mail")


def d15():
    txt = """From the Missouri Department of Revenue "Law Enforcement Records Request" portal
-------------------------------------------------------------------------------
Request #: DOR-LE-0099213                      Received: 2026-10-13 07:58 CDT
Agency: United States Marshals Service, Western District of Missouri
Requester: Deputy U.S. Marshal Carlos E. Fuentes-Ramírez
Phone: 816-555-0172        Email: carlos.fuentes-ramirez@usdoj.gov
Agency ORI: MOUSM0000

Subject:  WHITFIELD, Darnell Jerome
DOB:      April 2, 1990
MO DL:    W210-7764-3381
Info needed: current address, photo, registered vehicles and plates

Justification: Subject is a fugitive with an outstanding federal arrest warrant (supervised release violation, orig. 21 U.S.C. § 841). USMS fugitive task force is attempting to locate and apprehend. Permissible use 18 U.S.C. § 2721(b)(1).

Attachment: none
"""
    with open(P("biii15", "txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    write_label("biii15", "txt", "DOR portal submission from USMS fugitive task force, no process attached",
                ("doj-usms", "United States Marshals Service, Western District of Missouri", "Carlos E. Fuentes-Ramírez",
                 "Deputy U.S. Marshal", "carlos.fuentes-ramirez@usdoj.gov", "816-555-0172"),
                [("Darnell Jerome Whitfield", "1990-04-02", [("license", "W21077643381")])],
                ["21 USC 841", "18 USC 2721"], "none", None, False,
                "criminal_investigation", ["address", "photo", "vehicle"], "email")


def d16():
    w = ["""AO 93 (Rev. 11/13) Search and Seizure Warrant
## UNITED STATES DISTRICT COURT
for the District of Kansas
In the Matter of the Search of: Records maintained by the Kansas Department of Revenue, Division of Vehicles, relating to TYLER JAMES BRANDT (DOB 09/08/1996)        Case No. 26-mj-8124-ADM
## SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
An application by a federal law enforcement officer or an attorney for the government requests the search of the following property located in the District of Kansas: driver license, identification card, photograph and vehicle registration records for Tyler James Brandt, KS DL K01-23-4567.
I find that the affidavit, or any recorded testimony, establish probable cause to search and seize the property described above, evidence of violations of 18 U.S.C. § 922(g)(1).
YOU ARE COMMANDED to execute this warrant on or before 10/26/2026 in the daytime 6:00 a.m. to 10:00 p.m.
[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 ...
Date and time issued: 10/12/2026 2:14 pm           Judge's signature: ______________________
City and state: Kansas City, Kansas                Angela D. Moritz, U.S. Magistrate Judge
"""]
    body = """Good morning,

ATF Kansas City Field Division is executing the attached federal search warrant (Fed. R. Crim. P. 41) for DMV records of Tyler James BRANDT, DOB 9/8/1996. Please provide the license file, photo and all registrations to me by reply email. A scanned copy of the signed warrant is attached as an image.

Regards,
SA Mikhail O. Ivanov
Special Agent, ATF Kansas City Field Division
Office 816-555-0158
mikhail.ivanov@atf.gov
"""
    html = "<html><body>" + "".join(f"<p>{l}</p>" for l in body.split("\n\n")) + "</body></html>"
    eml(P("biii16", "eml"), "Ivanov, Mikhail O. <mikhail.ivanov@atf.gov>", "KDOR Vehicles Records <kdor_dov.records@ks.gov>",
        "Search warrant - BRANDT", body, html=html,
        attachments=[(image_bytes(w, "biii16_att", "JPEG"), "image", "jpeg", "warrant_scan.jpg")], day=5)
    write_label("biii16", "eml", "ATF multipart/alternative email with AO 93 warrant as JPEG",
                ("doj-atf", "ATF Kansas City Field Division", "Mikhail O. Ivanov", "Special Agent",
                 "mikhail.ivanov@atf.gov", "816-555-0158"),
                [("Tyler James Brandt", "1996-09-08", [("license", "K01234567")])],
                ["FRCrP 41", "18 USC 922", "18 USC 3103a", "18 USC 2705"], "judicial_warrant", "AO 93", True,
                "criminal_investigation", ["license", "photo", "vehicle"], "email")


def d17():
    p1 = """U.S. Department of Justice
Drug Enforcement Administration
Louisville District Office, 600 Dr. Martin Luther King Jr. Place, Louisville, KY 40202

September 30, 2026

Kentucky Office of Unemployment Insurance
Attn: Legal / Records Custodian
500 Mero Street, Frankfort, KY 40601

Re: DEA Case No. GF-26-0044; Administrative Subpoena No. GF-26-118432

Dear Custodian:

The Drug Enforcement Administration is investigating violations of the Controlled Substances Act, 21 U.S.C. § 841 and § 846. Enclosed is an administrative subpoena issued under the authority of Title 21, United States Code, Section 876, for wage and claim records of the following persons:

    1. Brandon Lee SIZEMORE, DOB 15 Jan 1984
    2. Ashley N. SIZEMORE, DOB 22 Oct 1987

Please mail or email responsive records to Diversion Investigator or the undersigned.

Sincerely,

Tamika R. Goodloe
Special Agent
(502) 555-0114  tamika.r.goodloe@dea.gov
"""
    p2 = """U.S. DEPARTMENT OF JUSTICE - DRUG ENFORCEMENT ADMINISTRATION
## SUBPOENA
TO: Custodian of Records, Kentucky Office of Unemployment Insurance, Frankfort, KY
In the matter of: DEA Case GF-26-0044          Subpoena No.: GF-26-118432
YOU ARE HEREBY REQUIRED to produce the following records: all quarterly wage records, employer names and addresses, and unemployment claims for BRANDON LEE SIZEMORE (DOB 01/15/1984) and ASHLEY N. SIZEMORE (DOB 10/22/1987), 2022 to present.
These records are relevant and material to an investigation relating to controlled substances. This subpoena is issued pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876). Failure to comply may result in the Attorney General invoking the aid of the United States District Court to compel compliance.
Issued: 09/30/2026                   By: __________________________
                                     Tamika R. Goodloe, Special Agent, DEA
"""
    make_scanned([p1, p2], P("biii17", "pdf"), {})
    write_label("biii17", "scanned", "DEA letter + 21 USC 876 administrative subpoena, two subjects",
                ("doj-dea", "Drug Enforcement Administration, Louisville District Office", "Tamika R. Goodloe",
                 "Special Agent", "tamika.r.goodloe@dea.gov", "(502) 555-0114"),
                [("Brandon Lee Sizemore", "1984-01-15", []), ("Ashley N. Sizemore", "1987-10-22", [])],
                ["21 USC 841", "21 USC 846", "21 USC 876", "PL 91-513"], "administrative_subpoena", None, True,
                "criminal_investigation", ["wages", "employment", "claims"], "mail")


def d18():
    p = """SOCIAL SECURITY ADMINISTRATION
OFFICE OF THE INSPECTOR GENERAL
Office of Investigations - Miami Field Division
8400 NW 36th Street, Suite 420, Doral, FL 33166

October 14, 2026

Florida Department of Commerce
Reemployment Assistance Program - Fraud Investigations
107 East Madison Street, Tallahassee, FL 32399

RE: SSA-OIG Case No. MIA2600187 -- Request for Reemployment Assistance and Wage Records

Dear Records Officer:

The SSA Office of the Inspector General is investigating YOLANDA MARIE PIERRE-LOUIS (date of birth February 28, 1970; SSN ending 3390) for alleged violations of 42 U.S.C. § 408(a) (Social Security fraud) and 18 U.S.C. § 1001. It is alleged that the subject concealed employment while receiving disability benefits.

We ask that you furnish quarterly wage records (2021 to present) and any Reemployment Assistance claims. Disclosure to this office is permitted under 20 C.F.R. § 603.5(i) and § 443.1715, Fla. Stat.

Please direct the records to:

Special Agent Rohan J. Baptiste
SSA OIG, Miami Field Division
Tel. 305-555-0193
rohan.baptiste@ssa.gov

Sincerely,

Rohan J. Baptiste
Special Agent
"""
    render_pdf([p], P("biii18", "pdf"), "SSA OIG request")
    write_label("biii18", "born_digital", "SSA OIG letter to state UI agency",
                ("ssa-oig", "Social Security Administration, Office of the Inspector General", "Rohan J. Baptiste",
                 "Special Agent", "rohan.baptiste@ssa.gov", "305-555-0193"),
                [("Yolanda Marie Pierre-Louis", "1970-02-28", [("ssn_last4", "3390")])],
                ["42 USC 408", "18 USC 1001", "20 CFR 603.5", "FS 443.1715"], "none", None, False,
                "criminal_investigation", ["wages", "claims"], "mail")


def d19():
    orig = EmailMessage()
    orig["From"] = "Det. Marco A. Pimentel <mpimentel@providenceri.gov>"
    orig["To"] = "dlt.legal@dlt.ri.gov"
    orig["Subject"] = "Records request - FONTES, Ana Lucia - PPD 26-19844"
    orig["Date"] = format_datetime(BASE + timedelta(days=-9))
    orig.set_content("""To the Department of Labor and Training,

The Providence Police Department, Financial Crimes Unit, requests employment history, quarterly wages and last known address for:

  Ana Lúcia FONTES, DOB 30 November 1991

She is a suspect in an embezzlement case (R.I. Gen. Laws § 11-41-4) reported by her former employer. Please contact me with any questions.

Det. Marco A. Pimentel
Financial Crimes Unit, Providence Police Department
325 Washington Street, Providence, RI 02903
401-555-0136
""")
    body = """Good morning -- resending my request from last week (original attached) as I have not received a response. Could someone confirm receipt?

Thanks,
Det. Marco A. Pimentel
Providence Police Department | 401-555-0136
"""
    eml(P("biii19", "eml"), "Det. Marco A. Pimentel <mpimentel@providenceri.gov>", "dlt.legal@dlt.ri.gov",
        "FW: Records request - FONTES, Ana Lucia - PPD 26-19844", body, forwarded=orig, day=6)
    write_label("biii19", "eml", "police follow-up with original request attached as message/rfc822",
                ("local-police", "Providence Police Department", "Marco A. Pimentel", "Detective",
                 "mpimentel@providenceri.gov", "401-555-0136"),
                [("Ana Lúcia Fontes", "1991-11-30", [])],
                ["RIGL 11-41-4"], "none", None, False,
                "criminal_investigation", ["employment", "wages", "address"], "email")


def d20():
    cover = """MULTNOMAH COUNTY SHERIFF'S OFFICE
Detectives Unit  -  501 SE Hawthorne Blvd, Portland, OR 97214
## FAX COVER SHEET
To: Oregon DMV Records Policy Unit             Fax: 503-555-0106
From: Det. Leilani K. Nakamura                  Phone: 503-555-0151
Date: October 15, 2026                          Pages: 2
Re: Court order - MOROZOV, Viktor S. - MCSO case 26-118207

Please process the attached signed order and return the driver photo, address history and title/registration history to me by fax or at leilani.nakamura@mcso.us. Thank you.
"""
    order = """IN THE CIRCUIT COURT OF THE STATE OF OREGON
FOR THE COUNTY OF MULTNOMAH
STATE OF OREGON, Plaintiff,  v.  VIKTOR SERGEYEVICH MOROZOV, Defendant.      Case No. 26CR51127
## ORDER TO RELEASE DMV RECORDS
This matter came before the Court on the State's motion. The Court finds that the defendant is charged with Aggravated Theft in the First Degree, ORS 164.057, and that release of personal information is authorized by ORS 802.179.
IT IS HEREBY ORDERED that the Oregon Department of Transportation, Driver and Motor Vehicle Services Division, release to the Multnomah County Sheriff's Office all driver, photograph, address, and vehicle title and registration records for VIKTOR SERGEYEVICH MOROZOV, DOB 07/07/1978, Oregon license no. 7654321.
DATED: 10/14/2026
__________________________
Circuit Court Judge  Hon. Adaeze N. Okonkwo
"""
    make_fax([cover, order], P("biii20", "tif"), "15-OCT-2026 11:02  MCSO DETECTIVES  503 555 0151")
    write_label("biii20", "fax", "sheriff fax cover + Oregon circuit court order",
                ("sheriff", "Multnomah County Sheriff's Office", "Leilani K. Nakamura", "Detective",
                 "leilani.nakamura@mcso.us", "503-555-0151"),
                [("Viktor Sergeyevich Morozov", "1978-07-07", [("license", "7654321")])],
                ["ORS 164.057", "ORS 802.179"], "court_order", None, True,
                "criminal_investigation", ["photo", "address", "vehicle", "license"], "fax")


def d21():
    p1 = """DEPARTMENT OF HOMELAND SECURITY
Immigration and Customs Enforcement - ERO New Orleans
1250 Poydras Street, Suite 325, New Orleans, LA 70113

2026-10-16

Louisiana Office of Motor Vehicles
Attn: Records Custodian
7979 Independence Blvd., Baton Rouge, LA 70806

Re: REYES ZELAYA, Wilmer Antonio -- A 212 004 387

Sir/Madam:

The individual named above is subject to a final order of removal and a Warrant of Removal/Deportation (Form I-205), copy enclosed. In order to effect his removal, this office requests his current residential address and driver's license photograph from OMV records.

Name: Wilmer Antonio Reyes Zelaya
DOB: December 12, 1989
LA DL: 009 771 452

Your assistance is appreciated.

Ignacio F. Barrientos
Supervisory Detention and Deportation Officer
504-555-0124  |  ignacio.barrientos@ice.dhs.gov
"""
    p2 = """U.S. Department of Homeland Security
## WARRANT OF REMOVAL/DEPORTATION
File No: A212004387                        Date: 09/22/2026
To any immigration officer of the United States Department of Homeland Security:
WILMER ANTONIO REYES ZELAYA
(Full name of alien)
who entered the United States at or near Hidalgo, TX on or about 2015 is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 212(a)(6)(A)(i).
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation "Operations and Support."
______________________________           Field Office Director, New Orleans
(Signature of immigration officer)       (Title of immigration officer)
Form I-205 (8/07)
"""
    render_pdf([p1, p2], P("biii21", "pdf"), "I-205")
    write_label("biii21", "born_digital", "ERO letter + I-205 warrant of removal to motor vehicles",
                ("dhs-ice-ero", "Immigration and Customs Enforcement - ERO New Orleans", "Ignacio F. Barrientos",
                 "Supervisory Detention and Deportation Officer", "ignacio.barrientos@ice.dhs.gov", "504-555-0124"),
                [("Wilmer Antonio Reyes Zelaya", "1989-12-12", [("a_number", "A212004387"), ("license", "009771452")])],
                ["INA 212"], "administrative_warrant", "I-205", True,
                "civil_immigration", ["address", "photo"], "mail")


def d22():
    sub = ["""UNITED STATES DEPARTMENT OF LABOR
OFFICE OF INSPECTOR GENERAL
## SUBPOENA DUCES TECUM
No. OIG-26-DET-0311
TO: Custodian of Records, Michigan Unemployment Insurance Agency, 3024 W. Grand Blvd, Detroit, MI 48202

YOU ARE HEREBY COMMANDED to produce before Special Agent Owen T. Kaczmarek of the Office of Inspector General, U.S. Department of Labor, at 211 W. Fort Street, Suite 1110, Detroit, MI 48226, on November 2, 2026, the following:

All claim applications, identity verification documents, IP addresses, payment histories and wage records for the claimants listed below:
|  CLAIMANT                |  DATE OF BIRTH  |  SSN LAST 4  |
|  TILLMAN, Deshawn Marcus |  1989-06-03     |  2204        |
|  NOWAK, Bogdan           |  1972-11-19     |  8851        |
|  ABDI, Fatuma Hassan     |  1996-03-08     |  0437        |

This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in connection with an investigation of violations of 18 U.S.C. §§ 1343 and 1028A. In case of contumacy or refusal to obey, this subpoena is enforceable by order of any appropriate United States District Court.

Issued at Washington, D.C., this 13th day of October, 2026.
______________________________
Inspector General, U.S. Department of Labor
"""]
    body = """Dear UIA Legal,

Attached please find an Inspector General subpoena (No. OIG-26-DET-0311) for claim and wage records of three claimants in an ongoing wire fraud / aggravated identity theft investigation. Please produce the records electronically to me by the return date.

Respectfully,

Owen T. Kaczmarek
Special Agent
U.S. Department of Labor, Office of Inspector General
Office of Investigations - Labor Racketeering and Fraud, Detroit
Phone: (313) 555-0181
kaczmarek.owen.t@oig.dol.gov
"""
    eml(P("biii22", "eml"), "Kaczmarek, Owen T - OIG <kaczmarek.owen.t@oig.dol.gov>", "UIA-Legal@michigan.gov",
        "DOL-OIG Subpoena OIG-26-DET-0311", body,
        attachments=[(pdf_bytes(sub, "biii22_att.pdf"), "application", "pdf", "OIG-26-DET-0311.pdf")], day=7,
        cc="Leah Brenner <brenner.leah@oig.dol.gov>")
    write_label("biii22", "eml", "DOL OIG email with IG subpoena PDF, three claimants",
                ("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Owen T. Kaczmarek", "Special Agent",
                 "kaczmarek.owen.t@oig.dol.gov", "(313) 555-0181"),
                [("Deshawn Marcus Tillman", "1989-06-03", [("ssn_last4", "2204")]),
                 ("Bogdan Nowak", "1972-11-19", [("ssn_last4", "8851")]),
                 ("Fatuma Hassan Abdi", "1996-03-08", [("ssn_last4", "0437")])],
                ["5 USC 406", "18 USC 1343", "18 USC 1028A"], "administrative_subpoena", None, True,
                "criminal_investigation", ["claims", "identity_documents", "benefits", "wages", "other"], "email")


def d23():
    p = """METROPOLITAN NASHVILLE POLICE DEPARTMENT
Specialized Investigations Division - Fraud Unit
600 Murfreesboro Pike, Nashville, TN 37210

Oct. 16, 2026

Tennessee Department of Labor and Workforce Development
Employment Security Division - Records
220 French Landing Drive, Nashville, TN 37243

RE: MNPD Complaint #2026-0611873

To the Records Section:

I am investigating a theft of property over $10,000 (T.C.A. § 39-14-103, graded under § 39-14-105(a)(4)) committed against a Nashville nail salon. The suspect is:

    Quoc Hung PHAM
    DOB: 1984-09-21
    TN DL # 104882317

I am requesting the names and addresses of all employers who have reported wages for this person since 2024, and the residential address listed on any unemployment claim. No subpoena has been issued at this time.

Thank you for your help.

Officer Grace E. Abernathy, #7719
Fraud Unit, MNPD
615-555-0143
grace.abernathy@nashville.gov
"""
    make_scanned([p], P("biii23", "pdf"), {0: 180})
    write_label("biii23", "scanned", "municipal police letter, scanned upside-down",
                ("local-police", "Metropolitan Nashville Police Department", "Grace E. Abernathy", "Officer, Fraud Unit",
                 "grace.abernathy@nashville.gov", "615-555-0143"),
                [("Quoc Hung Pham", "1984-09-21", [("license", "104882317")])],
                ["TCA 39-14-103", "TCA 39-14-105"], "none", None, False,
                "criminal_investigation", ["employment", "address"], "mail")


def d24():
    p1 = """DISTRICT ATTORNEY OF THE COUNTY OF KINGS
350 Jay Street, Brooklyn, New York 11201-2908

October 1, 2026

New York State Department of Labor
Counsel's Office - Subpoena Unit
State Office Campus, Building 12, Albany, NY 12226

Re: Grand Jury Investigation, GJ No. 4471/2026

Dear Records Custodian:

Enclosed is a Grand Jury Subpoena Duces Tecum directing the production of wage reporting and unemployment insurance records for GUADALUPE IRENE BENÍTEZ-SOTO (DOB 4/18/1982). The records are sought in connection with an investigation of Grand Larceny in the Second Degree, Penal Law § 155.40. Confidentiality of these records under Labor Law § 537 does not bar compliance with a grand jury subpoena.

Records may be certified pursuant to CPLR 4518 and delivered to me in lieu of personal appearance.

Very truly yours,

Dmitri A. Volkonsky
Assistant District Attorney, Frauds Bureau
(718) 555-0150  |  volkonskyd@brooklynda.org
"""
    p2 = """SUPREME COURT OF THE STATE OF NEW YORK
COUNTY OF KINGS
## GRAND JURY SUBPOENA DUCES TECUM
THE PEOPLE OF THE STATE OF NEW YORK
TO: Custodian of Records, New York State Department of Labor
GREETINGS: WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the County of Kings, at 350 Jay Street, 19th Floor, Brooklyn, on the 3rd day of November, 2026, at 10:00 A.M., as a witness in a criminal proceeding, and that you bring with you: all quarterly wage records and unemployment insurance claim records for Guadalupe Irene Benítez-Soto, date of birth April 18, 1982, from January 2020 to date.
Failure to comply with this subpoena is punishable as a contempt of court pursuant to CPL 610.20 and Judiciary Law § 2-b.
This subpoena is issued in connection with a Grand Jury investigation and may not be disclosed (Penal Law § 215.70).
Dated: Brooklyn, New York, October 1, 2026
ERIC HOLLOWAY, District Attorney, Kings County     By: Dmitri A. Volkonsky, Assistant District Attorney
"""
    render_pdf([p1, p2], P("biii24", "pdf"), "NY grand jury subpoena")
    write_label("biii24", "born_digital", "ADA letter + New York state grand jury subpoena duces tecum",
                ("district-attorney", "District Attorney of the County of Kings", "Dmitri A. Volkonsky",
                 "Assistant District Attorney, Frauds Bureau", "volkonskyd@brooklynda.org", "(718) 555-0150"),
                [("Guadalupe Irene Benítez-Soto", "1982-04-18", [])],
                ["NY PL 155.40", "NY Labor Law 537", "NY CPLR 4518", "NY CPL 610.20", "NY Jud Law 2-b", "NY PL 215.70"],
                "grand_jury_subpoena", None, True, "criminal_investigation", ["wages", "claims"], "mail")


def d25():
    txt = """[Pasted from email into intake system by clerk J.M. on 10/17/2026]

From: Ortega-Blum, Felipe (CBP) <felipe.ortega-blum@cbp.dhs.gov>
Sent: Friday, October 16, 2026 3:12 PM
To: MVD Law Enforcement Liaison <mvd.le@azdot.gov>
Subject: Vehicle registration inquiry - Nogales POE

Good afternoon,

U.S. Customs and Border Protection, Office of Field Operations, Nogales Port of Entry, is investigating the attempted importation of merchandise contrary to law in violation of 18 U.S.C. § 545. A vehicle bearing Arizona plate CXR-4471 was used by the driver, identified as:

    QUIÑONES, Jesús Manuel -- DOB 1979-02-14 -- AZ DL D08812276

We request the registration and title history for that plate and the residential address of record for Mr. Quiñones. The vehicle's registered co-owner, Mrs. Alma Quiñones, is not a subject of this request.

Thank you,

Felipe Ortega-Blum
CBP Officer (Enforcement Team)
Office of Field Operations, Nogales, AZ
520-555-0169
"""
    with open(P("biii25", "txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    write_label("biii25", "txt", "CBP email pasted into intake text, smuggling statute",
                ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations", "Felipe Ortega-Blum",
                 "CBP Officer (Enforcement Team)", "felipe.ortega-blum@cbp.dhs.gov", "520-555-0169"),
                [("Jesús Manuel Quiñones", "1979-02-14", [("license", "D08812276")])],
                ["18 USC 545"], "none", None, False,
                "criminal_investigation", ["vehicle", "address"], "email")


def d26():
    p = """PENNSYLVANIA STATE POLICE
Troop K - Philadelphia, Criminal Investigation Unit
2201 Belmont Avenue, Philadelphia, PA 19131
## REQUEST FOR PENNDOT RECORDS (LAW ENFORCEMENT)
PSP Incident No.: PA2026-1374402            Date: 10/19/2026
Offense: Theft by unlawful taking, 18 Pa.C.S. § 3921
Records authority: 75 Pa.C.S. § 6114 / 18 U.S.C. § 2721(b)(1)

|  SUBJECT OF REQUEST                                                 |
|  Name: MAZUR, Aleksander Piotr        DOB: 03/11/1987              |
|  PA DL/ID: 29 457 118                 Sex: M                       |
|  ASSOCIATED PERSONS (do NOT search)                                |
|  Mother: MAZUR, Halina   -  listed co-owner of vehicle             |
|  Victim: Riverside Marine Supply (contact: Doug Fenstermacher)     |

Records needed:  [X] Current address  [X] Photo  [X] Registrations/titles  [ ] Certified driving history

Requested by: Tpr. Nia C. Okonjo, Criminal Investigator
Phone: 215-555-0128       Email: niokonjo@pa.gov
Approved: Cpl. Frank Dubrow
"""
    make_fax([p], P("biii26", "tif"), "10/19/2026 08:47 PSP TROOP K CIU 2155550128")
    write_label("biii26", "fax", "faxed state police request form with associated persons box",
                ("state-police", "Pennsylvania State Police", "Nia C. Okonjo", "Trooper, Criminal Investigator",
                 "niokonjo@pa.gov", "215-555-0128"),
                [("Aleksander Piotr Mazur", "1987-03-11", [("license", "29457118")])],
                ["18 PaCS 3921", "75 PaCS 6114", "18 USC 2721"], "none", None, False,
                "criminal_investigation", ["address", "photo", "vehicle"], "fax")


def d27():
    p1 = """FRANKLIN COUNTY PROSECUTING ATTORNEY
373 South High Street, 14th Floor, Columbus, Ohio 43215

October 20, 2026

Ohio Bureau of Motor Vehicles
Legal Services - Records Request
1970 West Broad Street, Columbus, OH 43223

Re: State of Ohio v. Jamal Rashad Coleman, Case No. 26CR-004518

Dear Custodian:

Enclosed is a subpoena duces tecum issued by the Clerk of the Franklin County Court of Common Pleas under Crim.R. 17(C) for trial in the above matter. The defendant is charged with theft under R.C. 2913.02. Please produce certified copies of the records listed; disclosure is authorized under R.C. 4501.27. Witness Ms. Tanisha Brooks is also under subpoena and is not a subject of these records.

Sincerely,

Owen P. Castleberry
Assistant Prosecuting Attorney
614-555-0175 | opcastleberry@franklincountyohio.gov
"""
    p2 = """IN THE COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO
CRIMINAL DIVISION
STATE OF OHIO, Plaintiff, vs. JAMAL RASHAD COLEMAN, Defendant.      Case No. 26CR-004518
## SUBPOENA DUCES TECUM
To: Custodian of Records, Ohio Bureau of Motor Vehicles
YOU ARE COMMANDED to appear before the Court of Common Pleas, 345 S. High Street, Courtroom 6C, Columbus, Ohio, on November 9, 2026 at 9:00 a.m., to testify in the above case on behalf of the State, and bring with you certified copies of: driver license record, photograph, address history and vehicle registration history for JAMAL RASHAD COLEMAN, DOB 05/05/1994, OL No. RT123456.
Issued at the request of: Owen P. Castleberry, Assistant Prosecuting Attorney
MARYELLEN O'SHAUGHNESSY, Clerk of Courts     By: __________________ Deputy Clerk
"""
    render_pdf([p1, p2], P("biii27", "pdf"), "Ohio subpoena")
    write_label("biii27", "born_digital", "prosecutor letter + Ohio criminal trial subpoena duces tecum",
                ("district-attorney", "Franklin County Prosecuting Attorney", "Owen P. Castleberry",
                 "Assistant Prosecuting Attorney", "opcastleberry@franklincountyohio.gov", "614-555-0175"),
                [("Jamal Rashad Coleman", "1994-05-05", [("license", "RT123456")])],
                ["OH CrimP 17", "ORC 2913.02", "ORC 4501.27"], "court_subpoena", None, True,
                "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


def d28():
    txt = """NEVADA DMV -- LAW ENFORCEMENT INFORMATION REQUEST (web submission, auto-forwarded to dmvrecords@dmv.nv.gov)
Form version 4.2

Agency name: ICE / ERO Las Vegas Sub-Office
Requesting officer: Officer Yesenia Ybarra-Kline
Title: Deportation Officer
Telephone: 702-555-0133
E-mail: yesenia.ybarra-kline@ice.dhs.gov

Subject 1 -- Name: Zelalem Tesfaye Bekele   DOB: 1988-05-09   A-Number: A 204-119-572   NV DL: 1602339187
Subject 2 -- Name: Hiwot Alemu Gebre        DOB: 1991-12-30   A-Number: A 204-119-573   NV DL: (unknown)

Information requested: residential address, mailing address, vehicle(s)
Purpose / justification: For official use.
Statutory authority: INA § 287
Case / file number: (blank)

By submitting, requester certifies that the request is for a permissible purpose.
"""
    with open(P("biii28", "txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    write_label("biii28", "txt", "web-form from ERO with two subjects and A-numbers, 'for official use'",
                ("dhs-ice-ero", "ICE / ERO Las Vegas Sub-Office", "Yesenia Ybarra-Kline", "Deportation Officer",
                 "yesenia.ybarra-kline@ice.dhs.gov", "702-555-0133"),
                [("Zelalem Tesfaye Bekele", "1988-05-09", [("a_number", "A204119572"), ("license", "1602339187")]),
                 ("Hiwot Alemu Gebre", "1991-12-30", [("a_number", "A204119573")])],
                ["INA 287"], "none", None, False, "civil_immigration", ["address", "vehicle"], "email")


def d29():
    p1 = """KING COUNTY PROSECUTING ATTORNEY'S OFFICE
Criminal Division  *  W554 King County Courthouse, 516 Third Avenue, Seattle, WA 98104

October 21, 2026

Washington State Department of Licensing
Public Records / Subpoena Desk
P.O. Box 9030, Olympia, WA 98507

Re: State v. Sione Tupou Fifita, King County No. 26-1-04472-9 SEA

Dear Records Custodian:

Please find enclosed a subpoena duces tecum for trial. Production of certified records under ER 902(11) with a records declaration will excuse personal appearance. The vehicle owner named in the charging papers, Ms. Leota Faleolo, is a witness only.

Thank you,

Hannah M. Østergaard
Senior Deputy Prosecuting Attorney
206-555-0190  hannah.ostergaard@kingcounty.gov
"""
    p2 = """SUPERIOR COURT OF WASHINGTON FOR KING COUNTY
STATE OF WASHINGTON, Plaintiff, v. SIONE TUPOU FIFITA, Defendant.      No. 26-1-04472-9 SEA
## SUBPOENA DUCES TECUM (CrR 4.8)
THE STATE OF WASHINGTON TO: Custodian of Records, Washington State Department of Licensing
YOU ARE COMMANDED to appear in the above court on November 12, 2026 at 9:00 a.m. and bring: driver license records, license photograph, address history, and vehicle registration and title records for SIONE TUPOU FIFITA, DOB 08/14/1992, WA DL FIFITST923NE. The defendant is charged with vehicular assault, RCW 46.61.522.
Release of records is authorized under RCW 46.12.630.
DATED: October 21, 2026
______________________________
Hannah M. Østergaard, WSBA #40811, Senior Deputy Prosecuting Attorney
"""
    make_scanned([p1, p2], P("biii29", "pdf"), {0: 90})
    write_label("biii29", "scanned", "prosecutor letter + Washington CrR 4.8 subpoena duces tecum, first page rotated",
                ("district-attorney", "King County Prosecuting Attorney's Office", "Hannah M. Østergaard",
                 "Senior Deputy Prosecuting Attorney", "hannah.ostergaard@kingcounty.gov", "206-555-0190"),
                [("Sione Tupou Fifita", "1992-08-14", [("license", "FIFITST923NE")])],
                ["WA ER 902", "WA CrR 4.8", "RCW 46.61.522", "RCW 46.12.630"], "court_subpoena", None, True,
                "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


def d30():
    w = ["""COUNTY COURT, WELD COUNTY, COLORADO
901 9th Avenue, Greeley, CO 80631
THE PEOPLE OF THE STATE OF COLORADO v. RAMÓN ESTEBAN VILLASEÑOR          Case No. 26M1187
## WARRANT FOR ARREST
TO ANY PEACE OFFICER IN THE STATE OF COLORADO:
Upon the sworn affidavit of Deputy Carla Benavides, the Court finds probable cause to believe that RAMÓN ESTEBAN VILLASEÑOR, DOB 11/02/1980, committed the offense of Assault in the Second Degree, C.R.S. § 18-3-203. YOU ARE THEREFORE COMMANDED to arrest the above-named defendant and bring him without unnecessary delay before this Court, pursuant to Crim. P. 4.
Bond: $25,000 cash/surety.
Dated: 10/03/2026             BY THE COURT: __________________  County Court Judge Wendell T. Ashby
"""]
    body = """Hello,

The Weld County Sheriff's Office Warrants Unit is attempting to serve the attached Weld County Court arrest warrant on Ramón Esteban VILLASEÑOR (DOB 11/02/1980). We believe he may receive SNAP or Medicaid benefits through Colorado Department of Human Services. Can you provide any current address and phone number on file?

Thank you,
Sgt. Colton J. Meyers
Warrants Unit, Weld County Sheriff's Office
970-555-0116 / cmeyers@weld.gov
"""
    eml(P("biii30", "eml"), "Colton Meyers <cmeyers@weld.gov>", "cdhs_records@state.co.us",
        "Warrant service - VILLASENOR", body,
        attachments=[(image_bytes(w, "biii30_att", "PNG"), "image", "png", "arrest_warrant_26M1187.png")], day=8)
    write_label("biii30", "eml", "sheriff email with Colorado county court arrest warrant PNG",
                ("sheriff", "Weld County Sheriff's Office", "Colton J. Meyers", "Sergeant, Warrants Unit",
                 "cmeyers@weld.gov", "970-555-0116"),
                [("Ramón Esteban Villaseñor", "1980-11-02", [])],
                ["CRS 18-3-203", "CO CrimP 4"], "judicial_warrant", None, True,
                "criminal_investigation", ["address", "phone"], "email")


def d31():
    p = """DEPARTMENT OF HOMELAND SECURITY
U.S. Customs and Border Protection
## SUMMONS
To: Custodian of Records, New Jersey Motor Vehicle Commission, 225 East State Street, Trenton, NJ 08666
Summons No.: NWK-2026-0093

By the service of this summons, you are hereby required to appear before Andrea L. Kowalczyk, Special Agent / Import Specialist, U.S. Customs and Border Protection, at 1100 Raymond Blvd, Newark, NJ 07102, on the 6th day of November, 2026, at 10 o'clock a.m., to give testimony and produce the following records in connection with an investigation of the importation of merchandise by false statements in violation of 18 U.S.C. § 542:

Driver license application, identification documents submitted, photograph, residential address history, and vehicle registrations for HAMZA YUSUF QURESHI, date of birth 1983-07-29, NJ DL Q4127 38291 07293.

This summons is issued under the authority of section 509 of the Tariff Act of 1930, as amended (19 U.S.C. § 1509). Failure to comply may result in proceedings under 19 U.S.C. § 1510 in the United States District Court to compel compliance.

Issued at Newark, NJ, October 22, 2026
______________________________
Andrea L. Kowalczyk, Special Agent, CBP     (973) 555-0111   andrea.kowalczyk@cbp.dhs.gov
CBP Form 3115 (07/16)
"""
    render_pdf([p], P("biii31", "pdf"), "CBP summons")
    write_label("biii31", "born_digital", "CBP Form 3115 summons under 19 USC 1509",
                ("dhs-cbp", "U.S. Customs and Border Protection", "Andrea L. Kowalczyk", "Special Agent / Import Specialist",
                 "andrea.kowalczyk@cbp.dhs.gov", "(973) 555-0111"),
                [("Hamza Yusuf Qureshi", "1983-07-29", [("license", "Q41273829107293")])],
                ["18 USC 542", "19 USC 1509", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115", True,
                "criminal_investigation", ["license", "identity_documents", "photo", "address", "vehicle"], "mail")


def d32():
    o = ["""## UNITED STATES DISTRICT COURT
## FOR THE DISTRICT OF COLORADO
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER DIRECTING THE COLORADO DEPARTMENT OF HUMAN SERVICES TO DISCLOSE RECORDS          Misc. No. 26-sw-00471-KLM
---
## ORDER
This matter is before the Court on the application of the United States for an order pursuant to 18 U.S.C. § 2703(d) and the All Writs Act, 28 U.S.C. § 1651. The Court finds that the applicant has offered specific and articulable facts showing that there are reasonable grounds to believe that the records sought are relevant and material to an ongoing criminal investigation of CODY ALLEN REINHOLT (DOB 1987-02-11), a fugitive charged with unlawful flight to avoid prosecution, 18 U.S.C. § 1073.
IT IS ORDERED that the Colorado Department of Human Services shall disclose to the United States Marshals Service the current and prior addresses, telephone numbers and e-mail addresses associated with any benefits case of Cody Allen Reinholt.
IT IS FURTHER ORDERED that this Order and the application be sealed until further order of the Court.
DATED at Denver, Colorado this 19th day of October, 2026.
BY THE COURT:
______________________________
United States Magistrate Judge
"""]
    body = """CDHS Legal,

Per our call, attached is the signed order from the U.S. District Court for the District of Colorado directing disclosure of address and contact information for fugitive Cody Allen REINHOLT, DOB 02/11/1987. Please send responsive records to me at the address below.

Respectfully,

DUSM Priya S. Raghunathan
Deputy U.S. Marshal, District of Colorado
United States Marshals Service
Cell: 303-555-0175
priya.raghunathan@usms.doj.gov
"""
    eml(P("biii32", "eml"), "Raghunathan, Priya (USMS) <priya.raghunathan@usms.doj.gov>", "cdhs_legal@state.co.us",
        "Court order - REINHOLT (sealed)", body,
        attachments=[(pdf_bytes(o, "biii32_att.pdf"), "application", "pdf", "Order_26-sw-00471.pdf")], day=9)
    write_label("biii32", "eml", "USMS email with attached federal 2703(d)-style order PDF",
                ("doj-usms", "United States Marshals Service, District of Colorado", "Priya S. Raghunathan",
                 "Deputy U.S. Marshal", "priya.raghunathan@usms.doj.gov", "303-555-0175"),
                [("Cody Allen Reinholt", "1987-02-11", [])],
                ["18 USC 2703", "28 USC 1651", "18 USC 1073"], "court_order", None, True,
                "criminal_investigation", ["address", "phone", "email"], "email")


if __name__ == "__main__":
    for i in range(1, 33):
        globals()[f"d{i:02d}"]()
    print("built 32 documents")
