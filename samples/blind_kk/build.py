#!/usr/bin/env python
"""Build the blind-kk sample set (independent author). Deterministic: fixed seed.

Run: /work/main/.venv/bin/python samples/blind_kk/build.py
"""
import io, json, os, random, subprocess, tempfile, shutil
from email.message import EmailMessage
from email import policy
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from reportlab import rl_config
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

rl_config.invariant = 1
OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_kk/work"
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("sans", "DejaVuSans.ttf"), ("sans-b", "DejaVuSans-Bold.ttf"),
             ("serif", "DejaVuSerif.ttf"), ("serif-b", "DejaVuSerif-Bold.ttf"),
             ("mono", "DejaVuSansMono.ttf"), ("mono-b", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))
RNG = random.Random(20251122)
np.random.seed(20251122)

PAGE = "<<PAGE>>"


def render_pdf(text, path, family="sans", size=10):
    """Tiny markup: ^^ big centred bold, ^ centred bold, * bold, > right, --- rule,
    |a|b|c table row, <<PAGE>> page break; other lines wrapped."""
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("")
    left, right, top, bottom = 60, W - 60, H - 55, 55
    y = top
    lead = size * 1.35
    def newpage():
        nonlocal y
        c.showPage(); y = top
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line == PAGE:
            newpage(); continue
        if y < bottom + lead:
            newpage()
        if line.startswith("^^"):
            c.setFont(family + "-b", size + 4); c.drawCentredString(W / 2, y, line[2:].strip()); y -= lead * 1.4; continue
        if line.startswith("^"):
            c.setFont(family + "-b", size + 1); c.drawCentredString(W / 2, y, line[1:].strip()); y -= lead * 1.15; continue
        if line.startswith(">"):
            c.setFont(family, size); c.drawRightString(right, y, line[1:].strip()); y -= lead; continue
        if line.strip() == "---":
            c.setLineWidth(0.8); c.line(left, y + lead * 0.4, right, y + lead * 0.4); y -= lead * 0.6; continue
        if line.startswith("|"):
            cells = line.strip("|").split("|")
            widths = None
            n = len(cells)
            if n >= 3:
                ws = [0.42] + [0.58 / (n - 1)] * (n - 1)
            else:
                ws = [1.0 / n] * n
            c.setFont(family, size - 1)
            x = left
            for wgt, cell in zip(ws, cells):
                c.drawString(x + 2, y, cell.strip()); x += wgt * (right - left)
            c.setLineWidth(0.3); c.line(left, y - 3, right, y - 3)
            y -= lead; continue
        font = family
        if line.startswith("*"):
            font = family + "-b"; line = line[1:]
        c.setFont(font, size)
        if not line.strip():
            y -= lead * 0.7; continue
        indent = len(line) - len(line.lstrip(" "))
        x0 = left + indent * size * 0.3
        for part in simpleSplit(line.strip(), font, size, right - x0):
            if y < bottom + lead:
                newpage(); c.setFont(font, size)
            c.drawString(x0, y, part); y -= lead
    c.save()


def raster(pdf, dpi=200):
    d = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, d + "/p"], check=True)
    pages = [Image.open(os.path.join(d, f)).convert("L") for f in sorted(os.listdir(d))]
    for p in pages:
        p.load()
    shutil.rmtree(d)
    return pages


def degrade(img, rot_extra=0):
    ang = RNG.uniform(0.5, 2.0) * RNG.choice([-1, 1])
    bg = RNG.randint(205, 228)
    arr = np.asarray(img).astype(np.float32)
    arr = arr * (bg / 255.0)  # grey paper
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=bg - 40)
    arr = np.asarray(im).astype(np.float32)
    arr += np.random.normal(0, 14, arr.shape)
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    if rot_extra:
        im = im.rotate(rot_extra, expand=True)
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=RNG.randint(38, 55)); buf.seek(0)
    out = Image.open(buf); out.load()
    return out


def make_scanned(text, path, family="serif", size=10, rotate_pages=None):
    pdf = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(text, pdf, family, size)
    pages = raster(pdf, RNG.choice([200, 200, 240]))
    rotate_pages = rotate_pages or {}
    imgs = [degrade(p, rotate_pages.get(i, 0)) for i, p in enumerate(pages)]
    imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:], creationDate=None, modDate=None)


def make_fax(text, path, header, family="mono", size=10):
    pdf = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(text, pdf, family, size)
    pages = raster(pdf, 200)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    n = len(pages)
    for i, p in enumerate(pages):
        d = ImageDraw.Draw(p)
        d.rectangle([0, 0, p.width, 40], fill=255)
        d.text((30, 8), header + f"   P.{i+1:02d}/{n:02d}", font=font, fill=0)
        arr = np.asarray(p).astype(np.int16)
        speck = np.random.random(arr.shape) < 0.0015
        arr[speck] = 0
        im = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).rotate(RNG.uniform(-0.6, 0.6), fillcolor=255)
        out.append(im.point(lambda v: 255 if v > 150 else 0).convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def pdf_bytes(text, family="sans", size=10, name="att"):
    p = os.path.join(TMP, name + ".att.pdf")
    render_pdf(text, p, family, size)
    return open(p, "rb").read()


def image_bytes(text, fmt="JPEG", family="sans", size=10, name="att"):
    p = os.path.join(TMP, name + ".img.pdf")
    render_pdf(text, p, family, size)
    pages = raster(p, 150)
    im = degrade(pages[0]) if fmt == "JPEG" else pages[0]
    buf = io.BytesIO()
    if fmt == "JPEG":
        im.save(buf, "JPEG", quality=70)
    else:
        im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def make_eml(path, hdr, body, html=None, html_only=False, attachments=(), forward=None):
    m = EmailMessage(policy=policy.SMTP)
    for k, v in hdr.items():
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    for data, maintype, subtype, fname in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if forward is not None:
        m.add_attachment(forward)  # message/rfc822
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"==kk-boundary-{os.path.basename(path)}-{n}==")
    with open(path, "wb") as f:
        f.write(m.as_bytes())


LABELS = []


def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def label(id, fmt, template, req, subjects, basis, ptype, form, purpose, records, channel):
    key, aname, person, title, email, phone = req
    rec = {"id": id, "family": "blind-kk", "format": fmt, "template": template,
           "requestor": {"agency_key": key, "agency_name": aname, "person": person, "title": title,
                         "email": email, "phone": phone},
           "subjects": subjects,
           "legal_basis": [{"normalized": b} for b in basis],
           "legal_process": {"type": ptype,
                             "court_issued": ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"),
                             "form": form},
           "warrant_or_subpoena_attached": ptype != "none",
           "purpose": purpose, "records_requested": records, "channel": channel}
    with open(os.path.join(OUT, id + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")
    LABELS.append(rec)


# ---------------------------------------------------------------- documents
def bkk01():
    t = """
^^LAS VEGAS METROPOLITAN POLICE DEPARTMENT
^Investigative Services Division - Robbery Section
400 S. Martin L. King Blvd., Las Vegas, Nevada 89106
---
>October 6, 2025
VIA U.S. MAIL

Nevada Department of Employment, Training and Rehabilitation
Employment Security Division - Records Custodian
500 East Third Street
Carson City, NV 89713

RE: LVMPD Event No. LLV250917-00482 - Request for Employer and Wage Information

To the Custodian of Records:

The Robbery Section is investigating an armed robbery that occurred on September 17, 2025 at a pawn shop on East Charleston Boulevard (NRS 200.380). During the robbery the store clerk, Gerald Ostrowski, was struck with a handgun. Surveillance footage and a pawn ticket led us to the person listed below, who we believe is currently employed in the Las Vegas area.

*Subject:  TRAN, Minh Van
  Date of birth:  07/14/1991
  Nevada DL:  1502 337 819
  Last four SSN:  6627

We request the following, to the extent permitted under NRS 612.265: the names and addresses of employers reporting wages for the subject during the last four quarters, the quarterly wage amounts, and the address and telephone number the subject gave on any unemployment claim. Our information is that the subject may have worked for Golden Lotus Nail Supply LLC, whose owner, Phạm Thị Hồng, is not a suspect in this matter and should not be contacted.

This information is requested in furtherance of an active criminal investigation and will not be used for any other purpose. Please direct questions to me at the number below.

Respectfully,


Det. Marisol Ybarra-Quintana, P#14882
Robbery Section, LVMPD
(702) 555-0143  |  m14882y@lvmpd.com

cc: Sgt. R. Delahunt, Robbery Section
"""
    render_pdf(t, os.path.join(OUT, "bkk01.pdf"), "serif", 10)
    label("bkk01", "born_digital", "municipal police robbery letter to NV employment security, employer owner and victim named",
          ("local-police", "Las Vegas Metropolitan Police Department", "Marisol Ybarra-Quintana", "Detective", "m14882y@lvmpd.com", "(702) 555-0143"),
          [S("Minh Van Tran", "1991-07-14", ("license", "1502337819"), ("ssn_last4", "6627"))],
          ["NRS 200.380", "NRS 612.265"], "none", None, "criminal_investigation",
          ["employment", "wages", "address", "phone"], "mail")


def bkk02():
    body = """Good morning,

I'm a deportation officer with ICE Enforcement and Removal Operations here in Salt Lake City. Pursuant to 8 U.S.C. § 1357 I am requesting any current address, phone number and employer information your department has on file for the two individuals below. They may both be receiving benefits through DWS.

1) WARSAME, Abdirahman Hassan
   DOB: 02/11/1988
   A# 208-334-561

2) NUUR, Faadumo Cali
   DOB: 1990-09-23
   A# 212 907 448

They may be residing with Mr. Warsame's brother, Mohamed Hassan Warsame, somewhere in the West Valley City / Kearns area. We do not need anything on the brother.

This request is for official use only. If you need this on letterhead let me know and I can send it over. Thank you for your help.

V/r,
Dustin Kowalczyk
Deportation Officer
U.S. Department of Homeland Security
Immigration and Customs Enforcement
Enforcement and Removal Operations - Salt Lake City Field Office
Office: 801-555-0172
Cell: 801-555-0179
dustin.kowalczyk@ice.dhs.gov

WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act.
"""
    make_eml(os.path.join(OUT, "bkk02.eml"), {
        "From": "\"Kowalczyk, Dustin\" <dustin.kowalczyk@ice.dhs.gov>",
        "To": "DWS Records Requests <dwsrecords@utah.gov>",
        "Subject": "Address info request - 2 subjects",
        "Date": "Tue, 14 Oct 2025 08:12:44 -0600",
        "Message-ID": "<20251014081244.kk02@ice.dhs.gov>"}, body)
    label("bkk02", "eml", "informal ERO email to Utah DWS, two Somali subjects with A-numbers, relative named",
          ("dhs-ice-ero", "ICE Enforcement and Removal Operations - Salt Lake City Field Office", "Dustin Kowalczyk", "Deportation Officer", "dustin.kowalczyk@ice.dhs.gov", "801-555-0172"),
          [S("Abdirahman Hassan Warsame", "1988-02-11", ("a_number", "A208334561")),
           S("Faadumo Cali Nuur", "1990-09-23", ("a_number", "A212907448"))],
          ["8 USC 1357"], "none", None, "civil_immigration", ["address", "phone", "employment"], "email")


def bkk03():
    t = """
*FAX TRANSMITTAL
From: DHS/ICE/ERO Oklahoma City Sub-Office, 4149 Highline Blvd, Oklahoma City, OK
To: Records Office, Lexington Assessment & Reception Center, Oklahoma Department of Corrections
Fax: (405) 555-0188      Phone: (405) 555-0119
Pages: 2 (including cover)
Message: Please see attached detainer for your inmate. Acknowledge receipt by signing and returning page 2. Thank you.
<<PAGE>>
>Subject ID: 381229104
>Event #: OKC2510000217
>File No: A203 118 775
>Date: 10/02/2025
^^DEPARTMENT OF HOMELAND SECURITY
^IMMIGRATION DETAINER - NOTICE OF ACTION
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
Oklahoma Department of Corrections, Lexington A&R Center, Lexington, OK
FROM: (Department of Homeland Security Office Address)
ICE ERO Oklahoma City, 4149 Highline Blvd, Oklahoma City, OK 73108
Name of Alien:  GÓMEZ IBÁÑEZ, José Luis
Date of Birth:  12/03/1984      Citizenship:  Mexico      Sex:  M
ODOC Number:  784512
---
*1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[X] Biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law;
*2. DHS REQUESTS THAT YOU:
[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
[X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
[X] Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
[ ] Cancel the detainer previously submitted to you on ______.
This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.
Rebecca Huang, SDDO                                      (Signature of Immigration Officer)
Supervisory Detention and Deportation Officer, ICE ERO Oklahoma City
---
*NOTICE TO THE ALIEN: The Department of Homeland Security (DHS) intends to assume custody of you after you are released from the custody of the agency holding you. If you have a complaint regarding this detainer, contact the ICE Community and Detainee Helpline.
*TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN:
Date of latest criminal charge/conviction: ________  Estimated release date: ________
Please provide a copy to the alien and sign: ______________________
DHS Form I-247A (3/17)
"""
    make_fax(t, os.path.join(OUT, "bkk03.tif"), "OCT-02-2025 14:07  FROM: ICE ERO OKC 4055550119  TO: 4055550188")
    label("bkk03", "fax", "I-247A detainer faxed to Oklahoma DOC with cover sheet",
          ("dhs-ice-ero", "ICE ERO Oklahoma City", "Rebecca Huang", "Supervisory Detention and Deportation Officer", None, "(405) 555-0119"),
          [S("José Luis Gómez Ibáñez", "1984-12-03", ("a_number", "A203118775"), ("other", "784512"))],
          ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration", ["other"], "fax")


def bkk04():
    t = """
^^COMMONWEALTH OF KENTUCKY
^JEFFERSON CIRCUIT COURT, DIVISION SEVEN (7)
^Criminal Action No. 25-CR-001376
COMMONWEALTH OF KENTUCKY,  PLAINTIFF
v.
BRANDON KEITH MATTINGLY,  DEFENDANT
---
^^SUBPOENA DUCES TECUM
^(RCr 7.02)
TO:  Custodian of Records
     Office of Unemployment Insurance, Kentucky Education and Labor Cabinet
     500 Mero Street, Frankfort, Kentucky 40601

YOU ARE COMMANDED to appear before the Jefferson Circuit Court, Division Seven, 600 West Jefferson Street, Louisville, Kentucky, on the 12th day of November, 2025, at 9:00 a.m., to testify in the above-styled criminal action on behalf of the Commonwealth, and to bring with you the following:

All records relating to BRANDON KEITH MATTINGLY (DOB March 9, 1993; SSN ending 4471), including unemployment insurance claims filed from January 1, 2024 to the present, the mailing and residential addresses provided on each claim, employer separation notices, and quarterly wage records reported by any employer.

Compliance may be made by delivering certified copies of the records, with an affidavit of the custodian, to the undersigned attorney on or before the appearance date, in which case personal appearance will be excused. The defendant is charged with theft by deception over $1,000 (KRS 514.040) and theft by unlawful taking (KRS 514.030) relating to funds taken from Shirley Ann Bowles, a person for whom the defendant worked as a paid caregiver. The confidentiality of these records under KRS 341.190 is preserved by the Court's protective order entered in this action.

Issued this 15th day of October, 2025.

DARLENE R. WHITAKER, CLERK
By: T. Spalding, D.C.

*Requested by:
Jordan P. Okafor, Assistant Commonwealth's Attorney
Office of the Commonwealth's Attorney, 30th Judicial Circuit
514 West Liberty Street, Louisville, KY 40202
Tel. (502) 555-0126  |  jokafor@louisvilleprosecutor.com
"""
    render_pdf(t, os.path.join(OUT, "bkk04.pdf"), "serif", 10)
    label("bkk04", "born_digital", "Kentucky circuit court subpoena duces tecum (criminal) requested by Assistant Commonwealth's Attorney; victim named",
          ("district-attorney", "Office of the Commonwealth's Attorney, 30th Judicial Circuit", "Jordan P. Okafor", "Assistant Commonwealth's Attorney", "jokafor@louisvilleprosecutor.com", "(502) 555-0126"),
          [S("Brandon Keith Mattingly", "1993-03-09", ("ssn_last4", "4471"))],
          ["KY RCr 7.02", "KRS 514.040", "KRS 514.030", "KRS 341.190"], "court_subpoena", None, "criminal_investigation",
          ["claims", "address", "employment", "wages"], "mail")


def bkk05():
    t = """
^U.S. Department of Homeland Security
^Immigration and Customs Enforcement
^^IMMIGRATION ENFORCEMENT SUBPOENA
^To Appear and/or Produce Records
>Subpoena No.: ALB-25-0093
>File No.: A099 457 213
To: Custodian of Records, New Mexico Department of Workforce Solutions, 401 Broadway NE, Albuquerque, NM 87102

By the authority of section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4, you are hereby commanded and required to produce the records described below to Deportation Officer A. Galván at the Albuquerque Sub-Office, 5441 Watson Dr SW, Albuquerque, NM 87121, on or before November 3, 2025, at 10:00 a.m., in connection with an investigation or inquiry relating to the enforcement of the immigration laws of the United States, namely to determine the admissibility or removability of the person named below.

*Records to be produced:
All wage and employer records, unemployment insurance claim records, and the most recent residential and mailing address on file for:
   DE LA CRUZ MENDOZA, Ana Lucía
   DOB: 30 Jun 1979
   A-Number: A099 457 213

In lieu of appearance, certified copies may be mailed to the address above.

Failure to comply with this subpoena may subject you to an order of a United States District Court requiring compliance, and failure to obey such order may be punished as contempt of court.

Signature:  Mark T. Sandoval
Name and Title of Issuing Officer:  Mark T. Sandoval, Assistant Field Office Director, ERO El Paso - Albuquerque Sub-Office
Date: 10/09/2025         Telephone: (505) 555-0131
<<PAGE>>
^CERTIFICATE OF SERVICE
I certify that I served this subpoena by [ ] personal delivery  [X] certified mail  [ ] other on 10/09/2025.
Served on: New Mexico Department of Workforce Solutions, Records Custodian
Server: A. Galván, Deportation Officer
---
Privacy Act Statement: Authority for collecting the information requested on this form is contained in 8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4.
DHS Form I-138 (Rev. 08/14)
"""
    make_scanned(t, os.path.join(OUT, "bkk05.pdf"), "sans", 10, {1: 180})
    label("bkk05", "scanned", "scanned DHS Form I-138 immigration enforcement subpoena to NM workforce agency; second page upside down",
          ("dhs-ice-ero", "ERO El Paso - Albuquerque Sub-Office", "Mark T. Sandoval", "Assistant Field Office Director", None, "(505) 555-0131"),
          [S("Ana Lucía de la Cruz Mendoza", "1979-06-30", ("a_number", "A099457213"))],
          ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", "civil_immigration",
          ["wages", "employment", "claims", "address"], "mail")


def bkk06():
    i200 = """
^U.S. DEPARTMENT OF HOMELAND SECURITY
^^WARRANT FOR ARREST OF ALIEN
>File No. A215 660 034
>Date: 09/29/2025
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that HOANG, Duc Van is removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[X] the failure to establish admissibility subsequent to deferred inspection;
[X] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

Ryan K. Delgado
(Signature of Authorized Immigration Officer)
Ryan K. Delgado, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)
---
Certificate of Service: I hereby certify that the Warrant for Arrest of Alien was served by me at ______ on ______ (Name of alien), and the contents of this notice were read to him or her in the ______ language.
DOB: 01/19/1986      Country: Vietnam
Form I-200 (Rev. 09/16)
"""
    body = """Hello,

Attached is a signed administrative warrant (Form I-200) for HOANG, Duc Van, DOB 01/19/1986, A215660034. Could your office please provide the most recent residential address you have for him, and the names of anyone else listed in his household? He may be listed as a member of a SNAP case under a relative's name.

We are trying to locate him to serve the warrant. Please reply to this email or call me directly.

Thank you,

Tamika Rowe
Deportation Officer
ICE ERO Kansas City Field Office
2701 N. Fairview Ave? no - 5th floor, Kansas City, MO
Desk: (816) 555-0164
tamika.rowe@ice.dhs.gov
"""
    body = body.replace("2701 N. Fairview Ave? no - 5th floor, Kansas City, MO", "Wichita Sub-Office, Wichita, KS")
    make_eml(os.path.join(OUT, "bkk06.eml"), {
        "From": "Rowe, Tamika <tamika.rowe@ice.dhs.gov>",
        "To": "dcf.lawenforcementrequests@ks.gov",
        "Subject": "I-200 / address request - HOANG",
        "Date": "Wed, 01 Oct 2025 13:40:02 -0500",
        "Message-ID": "<kk06.20251001134002@ice.dhs.gov>"}, body,
        attachments=[(pdf_bytes(i200, "sans", 10, "bkk06"), "application", "pdf", "I-200_HOANG_signed.pdf")])
    label("bkk06", "eml", "ERO email to Kansas DCF with I-200 warrant PDF attached; household asked",
          ("dhs-ice-ero", "ICE ERO Kansas City Field Office", "Tamika Rowe", "Deportation Officer", "tamika.rowe@ice.dhs.gov", "(816) 555-0164"),
          [S("Duc Van Hoang", "1986-01-19", ("a_number", "A215660034"))],
          ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", "civil_immigration",
          ["address", "other"], "email")


def bkk07():
    t = """ARKANSAS DEPARTMENT OF HUMAN SERVICES
Law Enforcement Information Request - online submission
Submission ID: LE-2025-004418      Submitted: 10/20/2025 16:52 CT
------------------------------------------------------------
Requesting Agency ........ Pulaski County Sheriff's Office
Division/Unit ............ Fugitive Apprehension Unit
Officer Name ............. Sgt. Curtis Wayne Pruitt
Badge/ID ................. 2217
Phone .................... 501-555-0150
Email .................... cpruitt@pulaskicountysheriff.net
------------------------------------------------------------
Subject Last Name ........ TOLLIVER
Subject First Name ....... Keshawn
Middle ................... Demetrius
DOB ...................... 04/22/1995
SSN (last 4) ............. 8830
------------------------------------------------------------
Information Requested (check all):
 [x] Current address   [x] Phone   [ ] Employer   [ ] Case status
Reason for Request:
Subject has an active felony warrant out of Pulaski County Circuit Court for theft of property (Ark. Code Ann. 5-36-103). Subject is believed to be receiving SNAP as a member of a household headed by his mother, Latoya Tolliver. Requesting address for purpose of locating a fleeing felon per 7 U.S.C. 2020(e)(8) and 7 CFR 272.1(c)(1)(vii).
Warrant/Case No .......... 60CR-25-2291
Attachments .............. none
------------------------------------------------------------
[x] I certify that I am a sworn law enforcement officer and that this information is needed in the performance of my official duties.
"""
    open(os.path.join(OUT, "bkk07.txt"), "w", encoding="utf-8").write(t)
    label("bkk07", "txt", "Arkansas DHS online law-enforcement request form, sheriff fugitive unit, SNAP fleeing-felon",
          ("sheriff", "Pulaski County Sheriff's Office", "Curtis Wayne Pruitt", "Sergeant", "cpruitt@pulaskicountysheriff.net", "501-555-0150"),
          [S("Keshawn Demetrius Tolliver", "1995-04-22", ("ssn_last4", "8830"))],
          ["AR Code 5-36-103", "7 USC 2020", "7 CFR 272.1"], "none", None, "criminal_investigation",
          ["address", "phone"], "email")


def bkk08():
    t = """
^^U.S. Department of Justice
^United States Attorney's Office, Western District of Missouri
Charles Evans Whittaker Courthouse, 400 East Ninth Street, Room 5510, Kansas City, Missouri 64106
---
>October 21, 2025
*VIA FIRST-CLASS MAIL
Custodian of Records
Missouri Department of Labor and Industrial Relations, Division of Employment Security
421 East Dunklin Street, Jefferson City, MO 65101

Re:  Grand Jury Subpoena No. 2025R00614-07

Dear Custodian:

Enclosed is a subpoena issued by a federal grand jury sitting in this district. The grand jury is investigating possible violations of federal criminal law, including 18 U.S.C. § 641 (theft of public money) and 18 U.S.C. § 1343 (wire fraud), in connection with pandemic-era and current unemployment claims.

Please produce the records described in the attachment to the subpoena for the two individuals named there. I understand that these records are confidential under § 288.250, RSMo; disclosure in response to a grand jury subpoena is permitted, and the records will be protected by the secrecy provisions of Fed. R. Crim. P. 6(e). You may comply by mailing certified copies with the enclosed business-records certification, in lieu of personal appearance.

Please do not disclose the existence of this subpoena to the persons named. If you have questions, contact me at (816) 555-0108 or katherine.voss@usdoj.gov.

Sincerely,
Katherine M. Voss
Assistant United States Attorney

Enclosure
<<PAGE>>
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
^^UNITED STATES DISTRICT COURT
^for the Western District of Missouri
^SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To:  Custodian of Records, Missouri Department of Labor and Industrial Relations, Division of Employment Security

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.
|Place: 400 E. Ninth Street, Kansas City, MO|Date and Time: 11/18/2025 9:30 am|
|Grand Jury Room 4A| |
You must also bring with you the following documents, electronically stored information, or objects: SEE ATTACHMENT A.

Date: 10/20/2025                     CLERK OF COURT
                                     Lorraine B. Stafford
                                     Signature of Clerk or Deputy Clerk
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Katherine M. Voss, AUSA, 400 East Ninth Street, Kansas City, MO 64106, katherine.voss@usdoj.gov, (816) 555-0108
<<PAGE>>
^ATTACHMENT A  (GJ No. 2025R00614-07)
For the period January 1, 2021 through the date of this subpoena, all records relating to:
|Name|DOB|SSN (last 4)|
|RAMÍREZ SOTO, Héctor Manuel|08/05/1977|2284|
|DUNMORE, Precious L.|11/27/1989|0938|
1. All unemployment insurance claim applications, weekly certifications, and payment histories, including payment method and bank account or debit card information.
2. All mailing and residential addresses, telephone numbers, e-mail addresses, and IP addresses associated with the claims.
3. All quarterly wage records reported for the individuals, with employer names and addresses.
"""
    render_pdf(t, os.path.join(OUT, "bkk08.pdf"), "serif", 10)
    label("bkk08", "born_digital", "AUSA cover letter + AO 110 grand jury subpoena + attachment table, two claimants",
          ("doj-usao", "United States Attorney's Office, Western District of Missouri", "Katherine M. Voss", "Assistant United States Attorney", "katherine.voss@usdoj.gov", "(816) 555-0108"),
          [S("Héctor Manuel Ramírez Soto", "1977-08-05", ("ssn_last4", "2284")),
           S("Precious L. Dunmore", "1989-11-27", ("ssn_last4", "0938"))],
          ["18 USC 641", "18 USC 1343", "RSMo 288.250", "FRCrP 6"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
          ["claims", "address", "phone", "email", "wages", "employment", "other"], "mail")


def bkk09():
    t = """
^^U.S. DEPARTMENT OF LABOR
^OFFICE OF INSPECTOR GENERAL - OFFICE OF INVESTIGATIONS
^Labor Racketeering and Fraud, Jackson, MS Post of Duty
*FACSIMILE
To: Mississippi Department of Employment Security, Office of Integrity / Records
Fax: 601-555-0177
From: SA Brianna Castellanos      Tel: 601-555-0114
Date: 09 Oct 2025        Pages: 2
<<PAGE>>
^REQUEST FOR UNEMPLOYMENT INSURANCE INFORMATION
^(Disclosure to a Federal Official - 20 C.F.R. 603.5(i))
OIG Case Number: 04-2510-0031-PF
Requesting Agent: Special Agent Brianna Castellanos, DOL-OIG
Email: castellanos.brianna@oig.dol.gov
Nature of investigation: Suspected wire fraud (18 U.S.C. 1343) involving UI claims filed with MDES using addresses of a single apartment complex in Hattiesburg. Confidentiality is governed by Miss. Code Ann. 71-5-127; information will be used only for this criminal investigation.
*Claimants:
|LAST, First Middle|DOB|SSN (last 4)|Claim ID|
|LE, Thanh Phuong|10/02/1985|2291|MS-4418820|
|FAIRLEY, Dewayne Anthony|06/17/1979|5560|MS-4420913|
|ESPINOZA-VILLAREAL, Rosa Elvira|12/01/1992|7712|MS-4421007|
*Information requested (mark all that apply):
[X] Initial claim application and all weekly certifications
[X] Payment history (dates, amounts, method, bank routing/account or debit card)
[X] Claimant mailing address, telephone, e-mail
[X] IP address / device logs for online filings
[X] Base-period wage records and employers
[ ] Appeals file
Note: The property manager of the complex, Mr. Gerald Tisdale, reported the issue and is NOT a subject.
Agent signature: B. Castellanos       Date: 10/09/2025
"""
    make_fax(t, os.path.join(OUT, "bkk09.tif"), "10/09/2025 11:23  DOL OIG JACKSON  601 555 0114")
    label("bkk09", "fax", "DOL-OIG faxed UI information request form with claimant table; reporting property manager named",
          ("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Brianna Castellanos", "Special Agent", "castellanos.brianna@oig.dol.gov", "601-555-0114"),
          [S("Thanh Phuong Le", "1985-10-02", ("ssn_last4", "2291"), ("other", "MS-4418820")),
           S("Dewayne Anthony Fairley", "1979-06-17", ("ssn_last4", "5560"), ("other", "MS-4420913")),
           S("Rosa Elvira Espinoza-Villareal", "1992-12-01", ("ssn_last4", "7712"), ("other", "MS-4421007"))],
          ["20 CFR 603.5", "18 USC 1343", "MS Code 71-5-127"], "none", None, "criminal_investigation",
          ["claims", "benefits", "address", "phone", "email", "wages", "employment", "other"], "fax")


def bkk10():
    t = """
^^SEARCH WARRANT
^STATE OF LOUISIANA
^NINETEENTH JUDICIAL DISTRICT COURT, PARISH OF EAST BATON ROUGE
>Warrant No. SW-25-1847
TO ANY COMMISSIONED PEACE OFFICER OF THE STATE OF LOUISIANA, GREETINGS:

Affidavit having been made before me by Detective Corporal Andre J. Fontenot of the Baton Rouge Police Department, Financial Crimes Unit, that there is probable cause to believe that records constituting evidence of the crime of Theft (La. R.S. 14:67) and Exploitation of the Infirmed (La. R.S. 14:93.4) are located at:

the Louisiana Workforce Commission, 1001 North 23rd Street, Baton Rouge, Louisiana 70802, and in its electronic systems,

and the Court being satisfied that probable cause exists as set out in the affidavit attached hereto and made a part hereof, in accordance with La. C.Cr.P. art. 162,

YOU ARE HEREBY COMMANDED to search the above place for the following records and to seize them:

All unemployment insurance claim files, wage and employer records, and addresses of record, for the period January 1, 2023 to present, pertaining to:
   THIBODEAUX, Marcus Ray  -  white male, born February 14, 1983, Louisiana driver's license 008734512

The victim in this matter, Mrs. Evangeline Broussard, age 84, employed Thibodeaux as a sitter; her records are not sought. The Louisiana Workforce Commission may provide the records to the affiant in lieu of a physical search; their confidentiality under La. R.S. 23:1660 is acknowledged.

This warrant shall be executed within ten days of issuance.

THUS DONE AND SIGNED at Baton Rouge, Louisiana, this 7th day of October, 2025, at 3:15 o'clock p.m.

______________________________
Hon. Patricia W. Landry, Judge
Nineteenth Judicial District Court, Section 24
<<PAGE>>
^RETURN AND INVENTORY
Affiant: Det. Cpl. Andre J. Fontenot #P2291, Baton Rouge Police Department, Financial Crimes Unit
9000 Airline Highway, Baton Rouge, LA 70815
Phone: (225) 555-0137     afontenot@brla.gov
Received records from LWC on: ____________  Inventory: ____________________________________
"""
    render_pdf(t, os.path.join(OUT, "bkk10.pdf"), "serif", 10)
    label("bkk10", "born_digital", "Louisiana state search warrant for LWC records, BRPD affiant; victim named",
          ("local-police", "Baton Rouge Police Department", "Andre J. Fontenot", "Detective Corporal", "afontenot@brla.gov", "(225) 555-0137"),
          [S("Marcus Ray Thibodeaux", "1983-02-14", ("license", "008734512"))],
          ["LA RS 14:67", "LA RS 14:93.4", "LA CCrP 162", "LA RS 23:1660"], "judicial_warrant", None, "criminal_investigation",
          ["claims", "wages", "employment", "address"], "mail")


def bkk11():
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>The Tennessee Bureau of Investigation is conducting a criminal investigation into a series of burglaries in Rutherford and Davidson counties (<b>T.C.A. &sect; 39-14-402</b>). I am requesting the current address, phone number, and benefit issuance history (dates and EBT card locations) for the following individual, who we believe is a SNAP recipient:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>TN DL#</th></tr>
<tr><td>Sione Taufa HAVILI</td><td>May 8, 1990</td><td>108553271</td></tr>
</table>
<p>His girlfriend, Mele Fifita, is the head of household on the case; we are not requesting her information. My understanding is that disclosure to law enforcement is permitted under 7 C.F.R. &sect; 272.1(c).</p>
<p>Thank you for your assistance,</p>
<p><b>Whitney Cagle</b><br>Special Agent, Criminal Investigation Division<br>Tennessee Bureau of Investigation<br>901 R.S. Gass Blvd., Nashville, TN 37216<br>Office 615-555-0121 | whitney.cagle@tn.gov</p>
<p style="font-size:8pt;color:#666">CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may contain law-enforcement sensitive information.</p>
</body></html>"""
    make_eml(os.path.join(OUT, "bkk11.eml"), {
        "From": "Whitney Cagle <whitney.cagle@tn.gov>",
        "To": "DHS.LawEnforcement@tn.gov",
        "Subject": "TBI request - SNAP recipient address",
        "Date": "Thu, 16 Oct 2025 14:03:19 -0500",
        "Message-ID": "<kk11-0f3a@tn.gov>"}, None, html=html, html_only=True)
    label("bkk11", "eml", "HTML-only TBI email to TN DHS with HTML table; girlfriend head of household named",
          ("state-police", "Tennessee Bureau of Investigation", "Whitney Cagle", "Special Agent", "whitney.cagle@tn.gov", "615-555-0121"),
          [S("Sione Taufa Havili", "1990-05-08", ("license", "108553271"))],
          ["TCA 39-14-402", "7 CFR 272.1"], "none", None, "criminal_investigation",
          ["address", "phone", "benefits"], "email")


def bkk12():
    t = """
^OFFICE OF THE PROSECUTING ATTORNEY OF KANAWHA COUNTY
^301 Virginia Street East, Charleston, West Virginia 25301
>October 24, 2025
WorkForce West Virginia
Attn: Legal Counsel / Custodian of Records
1900 Kanawha Boulevard East, Charleston, WV 25305

Re: State of West Virginia v. Yusuf Abdi Mohamed, Case No. 25-F-312

Enclosed please find a certified copy of the Order entered by the Circuit Court of Kanawha County directing the production of unemployment compensation records. Please forward the records to my attention within the time set by the Court.

Very truly yours,
Caleb R. Huffman
Assistant Prosecuting Attorney
(304) 555-0158   chuffman@kanawhaprosecutor.wv.gov
<<PAGE>>
^^IN THE CIRCUIT COURT OF KANAWHA COUNTY, WEST VIRGINIA
STATE OF WEST VIRGINIA,
        Plaintiff,
v.                                             Case No. 25-F-312
YUSUF ABDI MOHAMED,                            Judge Margaret E. Sturgill
        Defendant.
^ORDER DIRECTING PRODUCTION OF UNEMPLOYMENT COMPENSATION RECORDS
On this day came the State of West Virginia, by Caleb R. Huffman, Assistant Prosecuting Attorney, upon its motion for disclosure of records maintained by WorkForce West Virginia. The Defendant is charged by indictment with obtaining money by false pretenses in violation of W. Va. Code § 61-3-24. The Court finds that the records are relevant and material to the pending criminal proceeding and that disclosure is authorized by W. Va. Code § 21A-10-11.

It is therefore ORDERED that WorkForce West Virginia shall, within fourteen (14) days of service of this Order, produce to the Office of the Prosecuting Attorney of Kanawha County all unemployment compensation claim records, wage records, employer information, and addresses of record for YUSUF ABDI MOHAMED, date of birth March 30, 1987, for the period January 1, 2022 through the present.

It is further ORDERED that the records shall be used solely for purposes of this prosecution and shall not be further disseminated.

The Clerk shall send certified copies to counsel of record.

ENTERED this 22nd day of October, 2025.

______________________________
JUDGE MARGARET E. STURGILL

Prepared by: Caleb R. Huffman (WV Bar #13307), Assistant Prosecuting Attorney
"""
    make_scanned(t, os.path.join(OUT, "bkk12.pdf"), "serif", 10)
    label("bkk12", "scanned", "scanned APA transmittal + WV circuit court order for WorkForce WV records",
          ("district-attorney", "Office of the Prosecuting Attorney of Kanawha County", "Caleb R. Huffman", "Assistant Prosecuting Attorney", "chuffman@kanawhaprosecutor.wv.gov", "(304) 555-0158"),
          [S("Yusuf Abdi Mohamed", "1987-03-30")],
          ["WV Code 61-3-24", "WV Code 21A-10-11"], "court_order", None, "criminal_investigation",
          ["claims", "wages", "employment", "address"], "mail")


def bkk13():
    t = """
^^U.S. Department of Homeland Security
^U.S. Immigration and Customs Enforcement
^Homeland Security Investigations - Office of the Special Agent in Charge, Baltimore
31 Hopkins Plaza, Suite 1600, Baltimore, MD 21201
---
>HSI Case No. BA07QR25BA0044
>November 3, 2025
*VIA U.S. MAIL AND E-MAIL
Maryland Department of Labor
Division of Unemployment Insurance - Benefit Payment Control
1100 North Eutaw Street, Baltimore, MD 21201

Dear Sir or Madam:

HSI Baltimore is conducting a criminal investigation into document and benefit fraud involving persons who obtained employment using Social Security numbers and identity documents belonging to others, in violation of 18 U.S.C. § 1546 (fraud and misuse of visas, permits and other documents) and 18 U.S.C. § 1028A (aggravated identity theft). I respectfully request quarterly wage records, employer names and addresses, the Social Security numbers reported with those wages, and any unemployment insurance claims for the following persons:

   1.  JEAN-BAPTISTE, Wilner               DOB 07/04/1982
   2.  PIERRE-LOUIS, Marie-Claude          DOB 01/15/1991   (a.k.a. "Claudette Pierre")
   3.  DORVILUS, Jean Robert                DOB 09/09/1975

Each is believed to have worked at Chesapeake Poultry Processing, Inc., Salisbury, MD. The company's human resources manager, Linda Sweeney, has cooperated with the investigation and is not a subject; please do not notify the employer of this request.

I understand the Department's obligations under Md. Code Ann., Lab. & Empl. § 8-625 and 20 C.F.R. part 603. The information will be used only for this criminal investigation.

Sincerely,


Gregory Tkachenko
Special Agent
Homeland Security Investigations
Tel. (410) 555-0181 | gregory.tkachenko@ice.dhs.gov

cc: Group Supervisor N. Adeyemi, HSI Baltimore
"""
    render_pdf(t, os.path.join(OUT, "bkk13.pdf"), "sans", 10)
    label("bkk13", "born_digital", "HSI Baltimore criminal letter to MD Labor, three Haitian subjects, alias, cooperating HR manager named",
          ("dhs-ice-hsi", "Homeland Security Investigations - Office of the Special Agent in Charge, Baltimore", "Gregory Tkachenko", "Special Agent", "gregory.tkachenko@ice.dhs.gov", "(410) 555-0181"),
          [S("Wilner Jean-Baptiste", "1982-07-04"), S("Marie-Claude Pierre-Louis", "1991-01-15"), S("Jean Robert Dorvilus", "1975-09-09")],
          ["18 USC 1546", "18 USC 1028A", "MD LE 8-625", "20 CFR 603"], "none", None, "criminal_investigation",
          ["wages", "employment", "ssn", "claims"], "mail")


def bkk14():
    body = """Hello,

I am reaching out on behalf of ICE Omaha. We are requesting any information your agency has for the individual below, specifically the current residential address, a telephone number, and whether he is currently receiving any assistance through DHHS (and, if so, the address used on the case).

   Name:   AL-MASRI, Ahmad Karim
   DOB:    11 October 1993
   A#:     A241 009 876

He may be listed on a household with two minor children, Layla and Omar, and their mother, Rania Haddad. We only need information on Mr. Al-Masri.

Information sharing with DHS regarding immigration status is permitted by 8 U.S.C. § 1373 and 8 U.S.C. § 1644. This information is for official use only.

Respectfully,

Jared Lindqvist
Officer
U.S. Immigration and Customs Enforcement
Omaha, Nebraska
(402) 555-0192
jared.lindqvist@ice.dhs.gov
"""
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>"
    make_eml(os.path.join(OUT, "bkk14.eml"), {
        "From": "\"Lindqvist, Jared\" <jared.lindqvist@ice.dhs.gov>",
        "To": "DHHS.Privacy@nebraska.gov",
        "Cc": "DHHS.LegalServices@nebraska.gov",
        "Subject": "Request for information - AL-MASRI",
        "Date": "Mon, 20 Oct 2025 09:55:00 -0500",
        "Message-ID": "<kk14.ab19@ice.dhs.gov>"}, body, html=html)
    label("bkk14", "eml", "ICE (component unstated) multipart email to Nebraska DHHS, A-number, family named, 1373/1644 cited",
          ("dhs-ice", "U.S. Immigration and Customs Enforcement", "Jared Lindqvist", "Officer", "jared.lindqvist@ice.dhs.gov", "(402) 555-0192"),
          [S("Ahmad Karim Al-Masri", "1993-10-11", ("a_number", "A241009876"))],
          ["8 USC 1373", "8 USC 1644"], "none", None, "civil_immigration",
          ["address", "phone", "benefits"], "email")


def bkk15():
    t = """
^POLK COUNTY ATTORNEY'S OFFICE
^206 Sixth Avenue, Suite 500, Des Moines, Iowa 50309
*FAX COVER SHEET
TO: Iowa Workforce Development - Legal Bureau      FAX: 515-555-0186
FROM: Megan A. Schroeder, Assistant Polk County Attorney    PHONE: 515-555-0147
RE: State v. Trinh - Subpoena duces tecum       PAGES: 2 incl. cover
Please find the attached subpoena. Records may be faxed or mailed to my attention. mschroeder@polkcountyiowa.gov
The information contained in this facsimile is confidential and intended only for the addressee.
<<PAGE>>
^^IN THE IOWA DISTRICT COURT FOR POLK COUNTY
STATE OF IOWA,  Plaintiff,              No. FECR 389114
vs.
QUOC BAO TRINH,  Defendant.
^SUBPOENA DUCES TECUM (CRIMINAL)
THE STATE OF IOWA TO: Records Custodian, Iowa Workforce Development, 1000 E. Grand Avenue, Des Moines, IA 50319

YOU ARE COMMANDED to appear before the Iowa District Court for Polk County at the Polk County Courthouse, 500 Mulberry Street, Des Moines, Iowa, on December 1, 2025 at 8:30 a.m., to testify at trial in the above case, and to bring with you:

Certified copies of all wage records reported by any employer, the employer names and addresses, and all unemployment insurance claims filed by TRINH, Quoc Bao (DOB 1996-12-12), for the period 01/01/2024 to present.

This subpoena is issued pursuant to Iowa R. Crim. P. 2.15. The Defendant is charged with theft in the first degree (Iowa Code § 714.2(1)). Records otherwise confidential under Iowa Code § 96.11 may be produced in response to this subpoena.

Production of certified copies to the Assistant County Attorney named below before the trial date will satisfy this subpoena.

Dated: October 27, 2025            Clerk of the District Court, Polk County
                                   By: /s/ K. Vander Ploeg, Deputy Clerk
Subpoena requested by: Megan A. Schroeder, Assistant Polk County Attorney, AT0013372
"""
    make_fax(t, os.path.join(OUT, "bkk15.tif"), "OCT-27-2025 MON 02:18 PM POLK CO ATTY FAX NO. 515 555 0147", "mono", 10)
    label("bkk15", "fax", "Polk County Attorney fax cover + Iowa criminal trial subpoena duces tecum to IWD",
          ("district-attorney", "Polk County Attorney's Office", "Megan A. Schroeder", "Assistant Polk County Attorney", "mschroeder@polkcountyiowa.gov", "515-555-0147"),
          [S("Quoc Bao Trinh", "1996-12-12")],
          ["IA CrimP 2.15", "IA Code 714.2", "IA Code 96.11"], "court_subpoena", None, "criminal_investigation",
          ["wages", "employment", "claims"], "fax")


def bkk16():
    t = """
^^U.S. DEPARTMENT OF LABOR
^OFFICE OF INSPECTOR GENERAL
^Office of Investigations - Labor Racketeering and Fraud, Birmingham Resident Office
>November 4, 2025
Custodian of Records
Alabama Department of Workforce, Unemployment Compensation Division
649 Monroe Street, Montgomery, AL 36131

Re: OIG Case No. 04-2511-0007-PF - Inspector General Subpoena

The enclosed subpoena duces tecum is served on your agency in connection with an investigation by the U.S. Department of Labor, Office of Inspector General, into wire fraud (18 U.S.C. § 1343) affecting the unemployment insurance program. Records maintained under Ala. Code § 25-4-116 may be disclosed in response. Please deliver the records electronically to me at the address below by the return date.

Colleen Mabry, Special Agent
DOL-OIG, 1901 6th Avenue North, Birmingham, AL 35203
205-555-0139 | mabry.colleen@oig.dol.gov
<<PAGE>>
^^UNITED STATES DEPARTMENT OF LABOR
^OFFICE OF INSPECTOR GENERAL
^SUBPOENA DUCES TECUM
>No. OIG-25-1142
TO: Custodian of Records, Alabama Department of Workforce, Montgomery, Alabama

YOU ARE HEREBY REQUIRED to produce the following records, documents and information to Special Agent Colleen Mabry of the Office of Inspector General, U.S. Department of Labor, at 1901 6th Avenue North, Birmingham, Alabama, on or before December 5, 2025, at 10:00 a.m.:

All unemployment compensation claims, weekly certifications, payment records (including financial institution and account information), addresses, telephone numbers, e-mail addresses, and IP login records from January 1, 2024 to present, for:
    (a) Mustafa Nabil HADDAD, DOB 04/02/1980, SSN XXX-XX-8123
    (b) Tiffany Renee CROWDER, DOB 06/19/1994, SSN XXX-XX-5047

This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4). In case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate United States district court.

IN TESTIMONY WHEREOF, the undersigned has hereunto set her hand at Washington, D.C., this 31st day of October, 2025.

Anita M. Prescott
Inspector General (Acting), U.S. Department of Labor
"""
    render_pdf(t, os.path.join(OUT, "bkk16.pdf"), "sans", 10)
    label("bkk16", "born_digital", "DOL-OIG agent cover letter + IG subpoena duces tecum to Alabama UC division, district-court enforcement clause",
          ("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Colleen Mabry", "Special Agent", "mabry.colleen@oig.dol.gov", "205-555-0139"),
          [S("Mustafa Nabil Haddad", "1980-04-02", ("ssn_last4", "8123")), S("Tiffany Renee Crowder", "1994-06-19", ("ssn_last4", "5047"))],
          ["18 USC 1343", "AL Code 25-4-116", "5 USC 406"], "administrative_subpoena", None, "criminal_investigation",
          ["claims", "benefits", "address", "phone", "email", "other"], "mail")


def bkk17():
    t = """From: webforms@dol.ks.gov
Subject: [KDOL Web Form] Law Enforcement Data Request #LE-11873

=== Kansas Department of Labor - Law Enforcement Data Request ===
Form version 3.2. Information is released only as permitted by K.S.A. 44-714(e).

Date submitted:      2025-10-29 10:14:07
Agency:              Wichita Police Department
Officer name:        Trevor Hollins
Rank/Title:          Police Officer
Badge #:             3390
Agency phone:        316-555-0162
Agency e-mail:       thollins@wichita.gov

Subject name (Last, First Middle):   Bondarenko, Kateryna
Subject date of birth:               02/27/1998
Subject SSN (last 4 only):
Other identifiers:

Information requested:   Current address; Current employer
Case / report number:
Reason for request:      Need current address to make contact.

I certify the above information is true and that I am requesting it in my official capacity: YES
=== end of submission ===
"""
    open(os.path.join(OUT, "bkk17.txt"), "w", encoding="utf-8").write(t)
    label("bkk17", "txt", "KDOL web-form submission from municipal officer, no case number or reason beyond contact",
          ("local-police", "Wichita Police Department", "Trevor Hollins", "Police Officer", "thollins@wichita.gov", "316-555-0162"),
          [S("Kateryna Bondarenko", "1998-02-27")],
          ["KSA 44-714"], "none", None, "unknown", ["address", "employment"], "email")


def bkk18():
    i205 = """
^U.S. Department of Homeland Security
^^WARRANT OF REMOVAL/DEPORTATION
>File No: A209 876 512
>Date: 08/14/2025
To any immigration officer of the United States Department of Homeland Security:
CASTILLO-NÚÑEZ, Wendy Yamileth
(Full name of alien)
who entered the United States at  near Hidalgo, Texas  on  06/02/2019
(Place of entry)                                    (Date of entry)
is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
section 237(a)(1)(B)
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation Enforcement and Removal Operations.
Mellissa B. Harper
(Signature of immigration officer)
Field Office Director, New Orleans
(Title of immigration officer)
Form I-205 (Rev. 08/07)
"""
    body = """Good afternoon,

Please see the attached Warrant of Removal (I-205) for Wendy Yamileth CASTILLO-NÚÑEZ, DOB 05/05/1997, A# 209876512. Our office is requesting her current physical address and any information on active benefit cases with DCFS, pursuant to 8 U.S.C. § 1357.

She may have two minor children on a SNAP/FITAP case; the authorized representative on that case may be her mother, Rosa Núñez. We are not requesting records on the mother or the children.

Thank you for your cooperation.

Brent Achterberg
Deportation Officer
ICE ERO New Orleans Field Office
1250 Poydras St., New Orleans, LA 70113
504-555-0127 (o)
brent.achterberg@ice.dhs.gov
"""
    make_eml(os.path.join(OUT, "bkk18.eml"), {
        "From": "Achterberg, Brent <brent.achterberg@ice.dhs.gov>",
        "To": "dcfs.records@la.gov",
        "Subject": "Address / benefits inquiry -- CASTILLO-NUNEZ  (I-205 attached)",
        "Date": "Fri, 24 Oct 2025 15:22:10 -0500",
        "Message-ID": "<kk18.7711@ice.dhs.gov>"}, body,
        attachments=[(image_bytes(i205, "JPEG", "sans", 11, "bkk18"), "image", "jpeg", "scan_I205_20251024.jpg")])
    label("bkk18", "eml", "ERO New Orleans email to LA DCFS with photographed I-205 JPEG attachment; mother/children named",
          ("dhs-ice-ero", "ICE ERO New Orleans Field Office", "Brent Achterberg", "Deportation Officer", "brent.achterberg@ice.dhs.gov", "504-555-0127"),
          [S("Wendy Yamileth Castillo-Núñez", "1997-05-05", ("a_number", "A209876512"))],
          ["8 USC 1357", "INA 237"], "administrative_warrant", "I-205", "civil_immigration",
          ["address", "benefits"], "email")


def bkk19():
    t = """
^FEDERAL BUREAU OF INVESTIGATION
^Oklahoma City Field Office, 3301 W. Memorial Road, Oklahoma City, OK 73134
>October 30, 2025
Oklahoma Employment Security Commission
Attn: General Counsel / Records Custodian
2401 N. Lincoln Blvd., Oklahoma City, OK 73105
Re: Service of federal search warrant, Case No. M-25-844-GLW
Enclosed is a search and seizure warrant issued by the United States District Court for the Western District of Oklahoma. Please produce the records listed in Attachment B to me. Thank you.
Special Agent Daniel R. Whitebird, Federal Bureau of Investigation
(405) 555-0112    drwhitebird@fbi.gov
<<PAGE>>
AO 93 (Rev. 11/13) Search and Seizure Warrant
^^UNITED STATES DISTRICT COURT
^for the Western District of Oklahoma
In the Matter of the Search of: Records maintained by the Oklahoma Employment Security Commission relating to Ivan Mykolayovych KRAVETS and Olena KRAVETS          Case No. M-25-844-GLW
^SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the Western District of Oklahoma: See Attachment A.
I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: See Attachment B.
YOU ARE COMMANDED to execute this warrant on or before November 13, 2025 in the daytime 6:00 a.m. to 10:00 p.m.
Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken.
The officer executing this warrant must prepare an inventory as required by law and promptly return this warrant and inventory to the duty magistrate judge.
[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705.
Date and time issued: 10/29/2025 2:41 pm           Gareth L. Whitman, Judge's signature
City and state: Oklahoma City, Oklahoma            Gareth L. Whitman, U.S. Magistrate Judge
<<PAGE>>
^ATTACHMENT A - Property to be searched
Records, including electronically stored records, of the Oklahoma Employment Security Commission, 2401 N. Lincoln Blvd., Oklahoma City, Oklahoma.
^ATTACHMENT B - Particular things to be seized
Evidence of violations of 18 U.S.C. §§ 1343 and 1349, for the period March 1, 2023 to present, relating to:
   KRAVETS, Ivan Mykolayovych, DOB 3 Nov 1985
   KRAVETS, Olena, DOB 21 Jan 1987
1. Unemployment insurance claim files, including applications, weekly certifications, and payment records;
2. Addresses, telephone numbers, e-mail addresses and IP addresses used to file or access claims;
3. Employer and quarterly wage records.
This warrant is issued under Fed. R. Crim. P. 41.
"""
    make_scanned(t, os.path.join(OUT, "bkk19.pdf"), "serif", 10, {2: 90})
    label("bkk19", "scanned", "scanned FBI cover letter + AO 93 search warrant + attachments, married couple; one page rotated 90",
          ("doj-fbi", "Federal Bureau of Investigation, Oklahoma City Field Office", "Daniel R. Whitebird", "Special Agent", "drwhitebird@fbi.gov", "(405) 555-0112"),
          [S("Ivan Mykolayovych Kravets", "1985-11-03"), S("Olena Kravets", "1987-01-21")],
          ["18 USC 3103a", "18 USC 2705", "18 USC 1343", "18 USC 1349", "FRCrP 41"], "judicial_warrant", "AO 93", "criminal_investigation",
          ["claims", "benefits", "address", "phone", "email", "wages", "employment", "other"], "mail")


def bkk20():
    t = """
^^OFFICE OF THE STATE'S ATTORNEY FOR BALTIMORE COUNTY
^Economic Crimes Unit
^401 Bosley Avenue, Towson, Maryland 21204
---
November 5, 2025

Maryland Department of Human Services
Office of the Inspector General - Records
311 West Saratoga Street
Baltimore, MD 21201

Re: SAO File #25-EC-0391 - Request for public assistance records

To Whom It May Concern:

This office is investigating a suspected public assistance fraud (Md. Code Ann., Crim. Law § 8-503) involving the failure to report household income and composition. Please provide the public assistance case records (SNAP, TCA and Medical Assistance), including applications, redeterminations, reported household members, reported income and employers, benefit issuance history, and all addresses of record from January 2022 to present for:

  •  Rosalinda Dela Cruz SANTOS   —  date of birth September 14, 1984
  •  Danilo Reyes SANTOS          —  date of birth March 3, 1982

The household's landlord, Mr. Harold Levin, provided a lease showing both subjects at 8814 Loch Raven Blvd., Towson; he is a witness and not a subject. Disclosure is made for a purpose directly connected with the administration of the program, as provided in Md. Code Ann., Hum. Serv. § 1-202 and 45 C.F.R. § 205.50.

Please contact me if you have any questions.

Sincerely,

Sgt. Darnell Pettiford
Investigator, Economic Crimes Unit
Office of the State's Attorney for Baltimore County
(410) 555-0175 | dpettiford@baltimorecountymd.gov
"""
    render_pdf(t, os.path.join(OUT, "bkk20.pdf"), "sans", 10)
    label("bkk20", "born_digital", "Baltimore County SAO investigator letter to MD DHS OIG, Filipino couple, landlord witness named",
          ("district-attorney", "Office of the State's Attorney for Baltimore County", "Darnell Pettiford", "Investigator", "dpettiford@baltimorecountymd.gov", "(410) 555-0175"),
          [S("Rosalinda Dela Cruz Santos", "1984-09-14"), S("Danilo Reyes Santos", "1982-03-03")],
          ["MD CR 8-503", "MD HS 1-202", "45 CFR 205.50"], "none", None, "criminal_investigation",
          ["benefits", "address", "employment", "other"], "mail")


def bkk21():
    fwd = EmailMessage(policy=policy.SMTP)
    fwd["From"] = "Jessica Lantz <jlantz@roanokeva.gov>"
    fwd["To"] = "Kevin O'Rourke <kevin.orourke@usdoj.gov>"
    fwd["Subject"] = "MELNYK - possible employment lead"
    fwd["Date"] = "Mon, 27 Oct 2025 17:01:33 -0400"
    fwd["Message-ID"] = "<kk21fwd.0042@roanokeva.gov>"
    fwd.set_content("""Kevin,

Ex-wife (Natalia Melnyk) says Bohdan was doing drywall for some outfit out of Salem and filed for unemployment over the summer when the job ended. Might be worth hitting VEC for the employer and whatever address he gave them. She doesn't know the company name.

Jess

TFO Jessica Lantz
Roanoke Police Department / USMS Fugitive Task Force
""")
    body = """Good morning,

I am a Deputy U.S. Marshal assigned to the Western District of Virginia. We are attempting to locate a federal fugitive, Bohdan Serhiyovych MELNYK (DOB 08/08/1979), who is wanted on a federal arrest warrant issued out of the W.D. Va. for possession of a firearm by a prohibited person (18 U.S.C. § 922(g)).

Per the forwarded message from our task force officer, we believe he filed a claim with VEC this summer. I am requesting the employer name and address from his most recent claim, any wage records for 2025, and the mailing address and telephone number he provided. I understand that release to a law enforcement agency is governed by Va. Code § 60.2-114.

Thank you,

Kevin O'Rourke
Deputy United States Marshal
U.S. Marshals Service - Western District of Virginia
210 Franklin Road SW, Roanoke, VA 24011
Office: 540-555-0133
kevin.orourke@usdoj.gov
"""
    make_eml(os.path.join(OUT, "bkk21.eml"), {
        "From": "\"O'Rourke, Kevin (USMS)\" <kevin.orourke@usdoj.gov>",
        "To": "VEC Law Enforcement Liaison <le.liaison@vec.virginia.gov>",
        "Subject": "FW: MELNYK - possible employment lead",
        "Date": "Tue, 28 Oct 2025 08:30:05 -0400",
        "Message-ID": "<kk21.9911@usdoj.gov>"}, body, forward=fwd)
    label("bkk21", "eml", "USMS deputy email to VEC with forwarded task-force message (message/rfc822); ex-wife named",
          ("doj-usms", "U.S. Marshals Service - Western District of Virginia", "Kevin O'Rourke", "Deputy United States Marshal", "kevin.orourke@usdoj.gov", "540-555-0133"),
          [S("Bohdan Serhiyovych Melnyk", "1979-08-08")],
          ["18 USC 922", "VA Code 60.2-114"], "none", None, "criminal_investigation",
          ["employment", "wages", "address", "phone", "claims"], "email")


def bkk22():
    t = """
^OFFICE OF THE DISTRICT ATTORNEY - CLARK COUNTY, NEVADA
*FAX
To: Nevada Division of Welfare and Supportive Services, Investigations & Recovery   Fax 702-555-0198
From: Vanessa Quiñones-Hart, Chief Deputy District Attorney   Ph 702-555-0104
Date: 10/31/2025   Pages: 2
Re: Grand Jury Subpoena Duces Tecum GJ 25AGJ117X
<<PAGE>>
^^DISTRICT COURT
^CLARK COUNTY, NEVADA
^BEFORE THE CLARK COUNTY GRAND JURY
THE STATE OF NEVADA TO:  Custodian of Records, Nevada Division of Welfare and Supportive Services
^^SUBPOENA DUCES TECUM - GRAND JURY
>GJ No. 25AGJ117X
YOU ARE HEREBY COMMANDED to appear before the Clark County Grand Jury at the Regional Justice Center, 200 Lewis Avenue, Las Vegas, Nevada, on the 20th day of November, 2025, at 1:00 p.m., and to bring with you the following (NRS 174.335):

Complete case files for SNAP and TANF assistance, including applications, recertifications, household composition, reported income, addresses of record and EBT issuance and transaction history, from July 1, 2023 to present, for:
  1. PEÑA VILLANUEVA, Ricardo Alonso  -  DOB 01-28-1976
  2. YAZZIE, Jolene Marie              -  DOB 07-07-1990

The Grand Jury is inquiring into offenses including public assistance fraud (NRS 422.540). In lieu of appearing, the custodian may deliver the records with a custodian-of-records affidavit to the Chief Deputy District Attorney named below.

DATED this 30th day of October, 2025.
STEVEN D. GRIERSON? -- CLERK OF THE COURT
By: M. Takahashi, Deputy Clerk

Requested by: Vanessa Quiñones-Hart, Chief Deputy District Attorney, Nevada Bar #9921
200 Lewis Avenue, Las Vegas, NV 89101   vanessa.quinones-hart@clarkcountydanv.gov
"""
    t = t.replace("STEVEN D. GRIERSON? -- CLERK OF THE COURT", "CLERK OF THE COURT")
    make_fax(t, os.path.join(OUT, "bkk22.tif"), "10/31/2025 09:47   CCDA MAJOR FRAUD   7025550104", "sans", 10)
    label("bkk22", "fax", "Clark County DA fax cover + state grand jury subpoena duces tecum to NV welfare division, two recipients",
          ("district-attorney", "Office of the District Attorney - Clark County, Nevada", "Vanessa Quiñones-Hart", "Chief Deputy District Attorney", "vanessa.quinones-hart@clarkcountydanv.gov", "702-555-0104"),
          [S("Ricardo Alonso Peña Villanueva", "1976-01-28"), S("Jolene Marie Yazzie", "1990-07-07")],
          ["NRS 174.335", "NRS 422.540"], "grand_jury_subpoena", None, "criminal_investigation",
          ["benefits", "claims", "address", "employment", "other"], "fax")


def bkk23():
    t = """
^^DEPARTMENT OF HOMELAND SECURITY
^REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
>Subject ID: 402118877     Event #: KCM2510000388
>File No: A201 555 432     Date: October 17, 2025
TO: Missouri Department of Corrections, Western Reception, Diagnostic and Correctional Center, St. Joseph, MO
FROM: ICE Enforcement and Removal Operations, St. Louis Sub-Office, 1222 Spruce Street, St. Louis, MO 63103

Name: FARAH, Abdullahi Mohamed        Date of Birth: 08/18/1992
Nationality: Somalia        Sex: M        MODOC #: 1298745
---
*THE ALIEN IS SUSPECTED OF BEING A PRIORITY FOR REMOVAL. DHS HAS DETERMINED THIS BASED ON:
[X] The alien has been convicted of an offense listed as a priority for removal.
[ ] The alien has been apprehended at the border or port of entry.
*IT IS REQUESTED THAT YOU:
Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling the ICE ERO St. Louis duty officer at (314) 555-0145 or by e-mail to ero.stl.detainers@ice.dhs.gov. This request does not ask you to hold the alien beyond the time he or she would otherwise be released.

This request is made under section 236 of the Immigration and Nationality Act and 8 C.F.R. § 287.7. Please provide a copy of this form to the alien.

Stephen Gallardo
Supervisory Detention and Deportation Officer
(Signature and title of immigration officer)
---
DHS Form I-247N (5/15)
"""
    render_pdf(t, os.path.join(OUT, "bkk23.pdf"), "sans", 10)
    label("bkk23", "born_digital", "I-247N request for voluntary notification of release to Missouri DOC",
          ("dhs-ice-ero", "ICE Enforcement and Removal Operations, St. Louis Sub-Office", "Stephen Gallardo", "Supervisory Detention and Deportation Officer", "ero.stl.detainers@ice.dhs.gov", "(314) 555-0145"),
          [S("Abdullahi Mohamed Farah", "1992-08-18", ("a_number", "A201555432"), ("other", "1298745"))],
          ["INA 236", "8 CFR 287.7"], "detainer", "I-247N", "civil_immigration", ["other"], "mail")


def bkk24():
    order = """
^^IN THE CIRCUIT COURT OF MONTGOMERY COUNTY, ALABAMA
STATE OF ALABAMA,                       )
     Plaintiff,                         )
v.                                      )     CASE NO. CC-2025-001188
THỊ MAI LƯƠNG,                          )
     Defendant.                         )
^^ORDER
This matter comes before the Court on the State's Motion for Production of Records from the Alabama Department of Human Resources. The Defendant is charged with theft of property in the first degree, Ala. Code § 13A-8-3, arising from the alleged diversion of child-care subsidy payments. The Court has reviewed the motion and finds that the requested records are material to the prosecution, and that disclosure is appropriate notwithstanding Ala. Code § 38-2-6.

IT IS THEREFORE ORDERED, ADJUDGED AND DECREED that the Alabama Department of Human Resources shall produce to the Office of the District Attorney, 15th Judicial Circuit, within twenty-one (21) days, the following records concerning LƯƠNG, Thị Mai (date of birth 04/10/1988):
  a. all applications and eligibility determinations for child-care subsidy, SNAP, and TANF benefits;
  b. all payment and issuance records for such benefits from January 1, 2023 to present;
  c. all addresses and telephone numbers of record.
Records concerning the Defendant's minor children, identified in the motion as K.L. and T.L., shall be redacted except as to their listing on the household.

DONE and ORDERED this 20th day of October, 2025.
/s/ Hon. Reginald T. Ashworth
CIRCUIT JUDGE
"""
    body = """Ms. Daniels,

As we discussed by phone, attached is the signed order from Judge Ashworth in State v. Luong (CC-2025-001188) directing DHR to produce the defendant's benefit records. The order gives 21 days. Electronic production to this address is fine.

Please call me with any questions.

Porsha N. Caldwell
Assistant District Attorney
Montgomery County District Attorney's Office, 15th Judicial Circuit
251 S. Lawrence Street, Montgomery, AL 36104
(334) 555-0116
pcaldwell@mc-ala.org
"""
    html = "<html><body><div style='font-family:Arial'>" + body.replace("\n", "<br>\n") + "</div></body></html>"
    make_eml(os.path.join(OUT, "bkk24.eml"), {
        "From": "Porsha Caldwell <pcaldwell@mc-ala.org>",
        "To": "Yvette Daniels <yvette.daniels@dhr.alabama.gov>",
        "Subject": "State v. Luong - Order for DHR records",
        "Date": "Wed, 22 Oct 2025 11:08:51 -0500",
        "Message-ID": "<kk24.2210@mc-ala.org>"}, body, html=html,
        attachments=[(pdf_bytes(order, "serif", 10, "bkk24"), "application", "pdf", "Order_CC-2025-001188.pdf")])
    label("bkk24", "eml", "ADA email with Alabama circuit court order PDF attached, Vietnamese name with diacritics; children by initials",
          ("district-attorney", "Montgomery County District Attorney's Office, 15th Judicial Circuit", "Porsha N. Caldwell", "Assistant District Attorney", "pcaldwell@mc-ala.org", "(334) 555-0116"),
          [S("Thị Mai Lương", "1988-04-10")],
          ["AL Code 13A-8-3", "AL Code 38-2-6"], "court_order", None, "criminal_investigation",
          ["benefits", "address", "phone"], "email")


def bkk25():
    t = """WV DoHS - Bureau for Family Assistance
External Agency Information Request (web portal)  --  copy of submission
Reference: EAIR-2025-00731
Received: 11/03/2025 09:41 AM

REQUESTER
  Agency: Social Security Administration, Office of the Inspector General
  Office: Office of Investigations, Charleston WV Resident Office
  Name: Harold Benyamin
  Title: Special Agent
  Phone: (304) 555-0169
  Email: harold.benyamin@ssa.gov

SUBJECT(S)
  Full name: Haji Osman Abdulle
  Date of birth: March 1, 1969
  SSN (last four): 3390
  Known address: Huntington, WV

RECORDS REQUESTED
  [x] Household composition and living arrangement as reported to DoHS
  [x] Addresses of record, 2023-present
  [x] SNAP / Medicaid benefit history
  [ ] Child support

PURPOSE / LEGAL AUTHORITY
  SSA-OIG is investigating the subject for concealing his living arrangement and residency while receiving Supplemental Security Income, in violation of 42 U.S.C. 408(a) and 18 U.S.C. 641. The subject's representative payee, Amina Abdulle, is not a subject of this request.

ATTACHMENTS: (none)
"""
    open(os.path.join(OUT, "bkk25.txt"), "w", encoding="utf-8").write(t)
    label("bkk25", "txt", "WV DoHS web-portal submission from SSA-OIG agent; representative payee named",
          ("ssa-oig", "Social Security Administration, Office of the Inspector General", "Harold Benyamin", "Special Agent", "harold.benyamin@ssa.gov", "(304) 555-0169"),
          [S("Haji Osman Abdulle", "1969-03-01", ("ssn_last4", "3390"))],
          ["42 USC 408", "18 USC 641"], "none", None, "criminal_investigation",
          ["address", "benefits", "other"], "email")


def bkk26():
    t = """
AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
^^UNITED STATES DISTRICT COURT
^for the District of Delaware
Marisol ORTIZ BATISTA, et al., Plaintiffs
v.                                          Civil Action No. 1:25-cv-00417-MN
BLUE HEN STAFFING, LLC, Defendant
^SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
^OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION
To: Custodian of Records, Delaware Department of Labor, Division of Unemployment Insurance, 4425 N. Market Street, Wilmington, DE 19802
[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material: Quarterly wage reports filed by Blue Hen Staffing, LLC for the following former employees, 2022 Q1 through 2025 Q2, and the separation information reported for each:
      NGUYỄN, Thị Lan  (DOB 1993-08-21)
      HOLLOWAY, Derrick James  (DOB 1986-02-09)
Place: Kerrigan & Pryce LLP, 1201 N. Orange St., Ste. 700, Wilmington, DE 19801
Date and Time: 12/08/2025 10:00 am
The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.
Date: 11/06/2025                  CLERK OF COURT  OR  /s/ Samantha J. Kerrigan
                                                        Attorney's signature
The name, address, e-mail address, and telephone number of the attorney representing Plaintiffs, who issues or requests this subpoena, are: Samantha J. Kerrigan, Kerrigan & Pryce LLP, 1201 N. Orange St., Ste. 700, Wilmington, DE 19801; skerrigan@kerriganpryce.com; (302) 555-0153
*Notice to the person who issues or requests this subpoena: A notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
<<PAGE>>
^Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)
(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, or regularly transacts business in person ...
(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena ...
(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored Information ...
(g) Contempt. The court for the district where compliance is required may hold in contempt a person who, having been served, fails without adequate excuse to obey the subpoena or an order related to it.
---
Counsel's note to the Department: we understand the records are confidential under 19 Del. C. § 3125 and will agree to a confidentiality stipulation. Plaintiffs' counsel has also subpoenaed the employer's owner, Richard Vance, separately.
"""
    make_scanned(t, os.path.join(OUT, "bkk26.pdf"), "sans", 9)
    label("bkk26", "scanned", "scanned AO 88B civil FLSA subpoena from plaintiffs' attorney to DE DOL for two former employees",
          ("other", "Kerrigan & Pryce LLP", "Samantha J. Kerrigan", "Attorney for Plaintiffs", "skerrigan@kerriganpryce.com", "(302) 555-0153"),
          [S("Thị Lan Nguyễn", "1993-08-21"), S("Derrick James Holloway", "1986-02-09")],
          ["FRCP 45", "19 Del C 3125"], "court_subpoena", "AO 88B", "unknown", ["wages", "employment"], "mail")


def bkk27():
    t = """
^^UNITED STATES DEPARTMENT OF JUSTICE
^DRUG ENFORCEMENT ADMINISTRATION
^SUBPOENA
>Subpoena No. LR-25-0318
>Case No. R7-25-0044
TO: Custodian of Records, Arkansas Division of Workforce Services, #2 Capitol Mall, Little Rock, AR 72201

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Group Supervisor Trent A. McAllister, an officer of the Drug Enforcement Administration, at 10825 Financial Centre Parkway, Suite 300, Little Rock, AR 72211, on the 21st day of November, 2025, at 10:00 a.m., to give testimony and to produce the following records in connection with an investigation relating to the enforcement of Title 21, United States Code, Section 841 (distribution of controlled substances):

For the period January 1, 2023 to the present, all quarterly wage records, employer names and addresses, and addresses of record for:
   ZEPEDA-OCHOA, Jesús Antonio        DOB: 1990-02-02
   HARRELL, Brittany Nicole           DOB: 1995-10-30     AR DL# 912345678

In lieu of appearance, you may comply by providing copies of the records to the issuing officer on or before the date above.

This subpoena is issued pursuant to Title 21, United States Code, Section 876 (Section 506 of Public Law 91-513). Failure to comply may result in the Attorney General invoking the aid of a United States District Court to compel compliance, and any failure to obey the order of the court may be punished as contempt.

Do not disclose the existence of this subpoena: disclosure could impede the investigation.

Issued at Little Rock, Arkansas, this 4th day of November, 2025.

Trent A. McAllister
Group Supervisor, Drug Enforcement Administration, Little Rock District Office
Telephone: (501) 555-0124      trent.a.mcallister@dea.gov
"""
    render_pdf(t, os.path.join(OUT, "bkk27.pdf"), "serif", 10)
    label("bkk27", "born_digital", "DEA 21 USC 876 administrative subpoena to Arkansas DWS, two subjects, district-court enforcement clause",
          ("doj-dea", "Drug Enforcement Administration, Little Rock District Office", "Trent A. McAllister", "Group Supervisor", "trent.a.mcallister@dea.gov", "(501) 555-0124"),
          [S("Jesús Antonio Zepeda-Ochoa", "1990-02-02"), S("Brittany Nicole Harrell", "1995-10-30", ("license", "912345678"))],
          ["21 USC 841", "21 USC 876", "PL 91-513"], "administrative_subpoena", None, "criminal_investigation",
          ["wages", "employment", "address"], "mail")


def bkk28():
    summons = """
^^Summons
In the matter of  Nadia Yousef Haddad, Chesterfield, Virginia
Internal Revenue Service (Identify Division)  Criminal Investigation
Industry/Area (name or number)  Washington, D.C. Field Office - Richmond Post of Duty
Periods:  Tax years 2021, 2022, 2023, 2024
^The Commissioner of Internal Revenue
To:  Custodian of Records, Virginia Employment Commission
At:  6606 West Broad Street, Richmond, VA 23230
You are hereby summoned and required to appear before Special Agent Elaine Kostopoulos, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown.
All quarterly wage records and employer names/addresses reported for NADIA YOUSEF HADDAD, SSN XXX-XX-6604, DOB 12/20/1981, for calendar years 2021 through 2024.
Attestation: I hereby certify that I have examined and compared this copy of the summons with the original and that it is a true and correct copy of the original.
Signature of IRS officer serving the summons:  Elaine Kostopoulos, Special Agent
Place and time for appearance at  400 N. 8th Street, Room 1094, Richmond, VA 23219  on the 1st day of December 2025 at 10 o'clock a.m.
Issued under authority of the Internal Revenue Code this 3rd day of November, 2025.
Signature of issuing officer: Elaine Kostopoulos    Title: Special Agent
Signature of approving officer: Marcus D. Holt     Title: Supervisory Special Agent
Form 2039 (Rev. 10-2010)   Catalog Number 21405J   Part A - to be given to person summoned
Authority: 26 U.S.C. 7602; enforcement: 26 U.S.C. 7604 (United States district court)
"""
    body = """Good afternoon,

Please find attached an IRS summons (Form 2039) for wage records for one individual. A hard copy has also been sent by certified mail. If it is easier, the records may be provided electronically to me in lieu of appearance on the date listed.

Thank you,
SA Elaine Kostopoulos
IRS - Criminal Investigation
Richmond Post of Duty
Phone: (804) 555-0152
elaine.kostopoulos@ci.irs.gov
"""
    make_eml(os.path.join(OUT, "bkk28.eml"), {
        "From": "Kostopoulos Elaine <elaine.kostopoulos@ci.irs.gov>",
        "To": "vec.legal@vec.virginia.gov",
        "Subject": "IRS Summons - wage records",
        "Date": "Mon, 03 Nov 2025 16:45:12 -0500",
        "Message-ID": "<kk28.5501@ci.irs.gov>"}, body,
        attachments=[(image_bytes(summons, "PNG", "sans", 10, "bkk28"), "image", "png", "Form2039_Haddad.png")])
    label("bkk28", "eml", "IRS-CI email to VEC with Form 2039 summons as PNG image",
          ("irs-ci", "IRS - Criminal Investigation", "Elaine Kostopoulos", "Special Agent", "elaine.kostopoulos@ci.irs.gov", "(804) 555-0152"),
          [S("Nadia Yousef Haddad", "1981-12-20", ("ssn_last4", "6604"))],
          ["26 USC 7602", "26 USC 7604"], "administrative_subpoena", "2039", "criminal_investigation",
          ["wages", "employment"], "email")


def bkk29():
    t = """
^^ALBUQUERQUE POLICE DEPARTMENT
^Criminal Investigations Bureau - Violent Crimes Section
^400 Roma Ave. NW, Albuquerque, New Mexico 87102
>APD Case #: 25-0087311
>Date: 28 October 2025
TO: New Mexico Health Care Authority (formerly Human Services Department)
    Income Support Division - Office of Inspector General
    P.O. Box 2348, Santa Fe, NM 87504

SUBJECT: Request for location information - ARCHULETA, Tomás Ignacio

Detectives are investigating an aggravated battery against a household member (NMSA 1978, § 30-3-16) that occurred on October 19, 2025. The victim, Reyna Chávez, sustained serious injuries. An arrest warrant has been requested for the suspect described below, who has left his last known address.

   Name:       Tomás Ignacio ARCHULETA
   DOB:        05/17/1988
   NM DL#:     501234567

We request the mailing and residential address and telephone number currently on file with ISD for the suspect, and the locations (store and city) of his most recent EBT card transactions. This request is made for an active criminal investigation; please do not contact the suspect.

Det. Ernesto Baca-Trujillo #4471
Violent Crimes Section
Office (505) 555-0134  ebacatrujillo@cabq.gov

Approved: Lt. S. Montoya
"""
    make_scanned(t, os.path.join(OUT, "bkk29.pdf"), "sans", 10)
    label("bkk29", "scanned", "scanned APD detective letter to NM ISD, domestic battery, victim named, EBT locations",
          ("local-police", "Albuquerque Police Department", "Ernesto Baca-Trujillo", "Detective", "ebacatrujillo@cabq.gov", "(505) 555-0134"),
          [S("Tomás Ignacio Archuleta", "1988-05-17", ("license", "501234567"))],
          ["NMSA 30-3-16"], "none", None, "criminal_investigation",
          ["address", "phone", "benefits", "other"], "mail")


def bkk30():
    t = """
^^U.S. Customs and Border Protection
^United States Border Patrol - El Paso Sector
^Deming Station, 1001 W. Pine Street, Deming, NM 88030
---
October 23, 2025

New Mexico Department of Workforce Solutions
Attn: Unemployment Insurance Tax & Claims - Records
401 Broadway NE
Albuquerque, NM 87102

Re: Request for employment information, prosecution case DNM-25-1145

Dear Records Custodian:

The Deming Station is assisting the U.S. Attorney's Office for the District of New Mexico in a prosecution for alien smuggling and harboring under 8 U.S.C. § 1324. We believe the defendant has been employed seasonally in Luna and Doña Ana counties. We are requesting employer names and addresses, quarterly wage records for 2024–2025, and the address of record for:

   QUINTERO LOZANO, Edgar Saúl
   DOB: January 9, 1983

One of his reported employers may be Rio Grande Pecan Co., owned by William T. Hatch. Mr. Hatch is not a subject of this investigation.

Thank you for your assistance.

Respectfully,

Ramón Echeverría
Supervisory Border Patrol Agent
Deming Station Prosecutions Unit
(575) 555-0191 | ramon.echeverria@cbp.dhs.gov
"""
    render_pdf(t, os.path.join(OUT, "bkk30.pdf"), "sans", 10)
    label("bkk30", "born_digital", "Border Patrol station letter to NM DWS re smuggling prosecution; employer owner named",
          ("dhs-cbp", "U.S. Customs and Border Protection, United States Border Patrol - El Paso Sector", "Ramón Echeverría", "Supervisory Border Patrol Agent", "ramon.echeverria@cbp.dhs.gov", "(575) 555-0191"),
          [S("Edgar Saúl Quintero Lozano", "1983-01-09")],
          ["8 USC 1324"], "none", None, "criminal_investigation",
          ["employment", "wages", "address"], "mail")


def bkk31():
    warrant = """
^^SEARCH WARRANT
^IN THE DISTRICT COURT OF DOUGLAS COUNTY, NEBRASKA
STATE OF NEBRASKA  )
                   ) ss.
COUNTY OF DOUGLAS  )
TO: Sgt. Lisa Kaminski-Ortega, Omaha Police Department, and any law enforcement officer of the State of Nebraska:

Whereas, there has been filed with me an Affidavit for Issuance of a Search Warrant, a copy of which is attached hereto and made a part hereof, and I am satisfied that there is probable cause to believe that records relating to the crime of theft (Neb. Rev. Stat. § 28-511) are held by the Nebraska Department of Labor, 550 South 16th Street, Lincoln, Nebraska;

YOU ARE THEREFORE COMMANDED, pursuant to Neb. Rev. Stat. § 29-814.04, to search for and seize the following: all unemployment insurance claim records, employer and wage records, and addresses of record, January 1, 2024 to present, for ABU ZAYD, Khalid Samir, DOB 06/06/1986, as further described in the affidavit.

Disclosure of these records is authorized notwithstanding Neb. Rev. Stat. § 48-612. This warrant shall be executed and returned within ten (10) days.

Given under my hand this 29th day of October, 2025.
Kirsten M. Dowd
JUDGE OF THE DISTRICT COURT
"""
    body = """Hello,

I am a sergeant with the Omaha Police Department Financial Crimes Unit. Attached is a search warrant signed by Judge Dowd for Department of Labor records on Khalid Samir Abu Zayd (DOB 06/06/1986). We believe he filed UI claims while still working for a warehouse in Omaha; a co-worker, Peter Nyberg, reported it and is a witness only.

Could you please let me know how you would like the warrant served, or if email service is acceptable? I can pick up the records in Lincoln.

Thank you,

Sgt. Lisa Kaminski-Ortega #1876
Financial Crimes Unit
Omaha Police Department
505 S. 15th St., Omaha, NE 68102
Desk 402-555-0128
lisa.kaminski-ortega@cityofomaha.org
"""
    html = "<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    make_eml(os.path.join(OUT, "bkk31.eml"), {
        "From": "\"Kaminski-Ortega, Lisa\" <lisa.kaminski-ortega@cityofomaha.org>",
        "To": "NDOL Legal <ndol.legal@nebraska.gov>",
        "Subject": "Search warrant - NDOL records (Abu Zayd)",
        "Date": "Thu, 30 Oct 2025 10:17:36 -0500",
        "Message-ID": "<kk31.1876@cityofomaha.org>"}, body, html=html,
        attachments=[(pdf_bytes(warrant, "serif", 10, "bkk31"), "application", "pdf", "SW_AbuZayd_signed.pdf")])
    label("bkk31", "eml", "Omaha PD email with Nebraska state search warrant PDF attached; co-worker witness named",
          ("local-police", "Omaha Police Department", "Lisa Kaminski-Ortega", "Sergeant", "lisa.kaminski-ortega@cityofomaha.org", "402-555-0128"),
          [S("Khalid Samir Abu Zayd", "1986-06-06")],
          ["NE Stat 28-511", "NE Stat 29-814.04", "NE Stat 48-612"], "judicial_warrant", None, "criminal_investigation",
          ["claims", "employment", "wages", "address"], "email")


def bkk32():
    t = """[TRANSCRIBED BY DDOL RECORDS UNIT FROM HARD-COPY LETTER RECEIVED BY U.S. MAIL 11/07/2025 - ORIGINAL IN FILE 25-LE-118]

UNITED STATES POSTAL INSPECTION SERVICE
Philadelphia Division - Wilmington Domicile
1 Beech Street? [illegible], Wilmington, DE

November 4, 2025

Delaware Department of Labor
Division of Unemployment Insurance
Attn: Benefit Payment Control

Re: USPIS Case No. 4172195-MT

To whom it may concern,

The U.S. Postal Inspection Service is investigating the theft of mail (18 U.S.C. 1708) from cluster boxes in the Bear and Newark areas, including Delaware UI debit cards and benefit correspondence. Two suspects have been identified:

  - AKANA, Kaimana Kealoha    born 1992-11-11
  - FIGUEROA-DÍAZ, Roberto Carlos    born 1989-04-03

Please advise whether either person has filed a UI claim in Delaware since 1 January 2024 and, if so, the mailing address, telephone number and payment method on the claim.

Sincerely,
[signature]
Aaron Whitlock
Postal Inspector
Tel. 302-555-0109
AWhitlock@uspis.gov
"""
    t = t.replace("1 Beech Street? [illegible], Wilmington, DE", "[street address illegible], Wilmington, DE")
    open(os.path.join(OUT, "bkk32.txt"), "w", encoding="utf-8").write(t)
    label("bkk32", "txt", "records-unit transcription of a mailed USPIS letter to DE DOL, two suspects",
          ("usps-uspis", "United States Postal Inspection Service, Philadelphia Division", "Aaron Whitlock", "Postal Inspector", "AWhitlock@uspis.gov", "302-555-0109"),
          [S("Kaimana Kealoha Akana", "1992-11-11"), S("Roberto Carlos Figueroa-Díaz", "1989-04-03")],
          ["18 USC 1708"], "none", None, "criminal_investigation",
          ["claims", "address", "phone", "other"], "mail")


if __name__ == "__main__":
    os.makedirs(TMP, exist_ok=True)
    for i in range(1, 33):
        globals()[f"bkk{i:02d}"]()
    from collections import Counter
    print(Counter(r["format"] for r in LABELS))
    print(Counter(r["legal_process"]["type"] for r in LABELS))
