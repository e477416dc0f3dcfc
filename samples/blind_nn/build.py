#!/usr/bin/env python
"""Builds the blind_nn sample set deterministically. Run with /work/main/.venv/bin/python build.py"""
import io, json, os, random, subprocess, shutil, tempfile, textwrap
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
import datetime as dt
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_nn/work"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))
RNG = random.Random(4242)
DOCS = []


def render_pdf(path, pages, serif=False, faxhdr=None, date=None):
    """pages: list of strings with light markup.
    '# x' centred bold title, '## x' bold line, '^ x' centred line, '---' rule,
    'label :: value' two columns, '> x' indented, other lines wrapped."""
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("document")
    reg, bold = ("DVS", "DVSB") if serif else ("DV", "DVB")
    W, H = letter
    n = len(pages)
    for pi, page in enumerate(pages):
        y = H - 60
        if faxhdr:
            c.setFont("DVM", 8)
            c.drawString(36, H - 28, faxhdr + f"   P. {pi+1}/{n}")
        for raw in page.strip("\n").split("\n"):
            line = raw.rstrip()
            if y < 50:
                print("WARNING: page overflow in", path, "at:", line[:60])
                break
            if line.startswith("# "):
                c.setFont(bold, 13); c.drawCentredString(W / 2, y, line[2:]); y -= 19
            elif line.startswith("## "):
                c.setFont(bold, 10.5); c.drawString(60, y, line[3:]); y -= 15
            elif line.startswith("^ "):
                c.setFont(reg, 9.5); c.drawCentredString(W / 2, y, line[2:]); y -= 13
            elif line.strip() == "---":
                c.setLineWidth(0.8); c.line(60, y + 4, W - 60, y + 4); y -= 10
            elif " :: " in line:
                a, b = line.split(" :: ", 1)
                c.setFont(bold, 9.5); c.drawString(60, y, a)
                c.setFont(reg, 9.5)
                for k, part in enumerate(textwrap.wrap(b, 62) or [""]):
                    c.drawString(230, y, part); y -= 13
            elif line == "":
                y -= 8
            else:
                ind = 60
                if line.startswith("> "):
                    ind = 85; line = line[2:]
                c.setFont(reg, 9.8)
                width = 98 if ind == 60 else 92
                for part in textwrap.wrap(line, width) or [""]:
                    c.drawString(ind, y, part); y -= 13
        c.showPage()
    c.save()


def pdf_to_images(pdf, dpi, gray=True):
    d = tempfile.mkdtemp(dir=TMP)
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, d + "/p"]
    subprocess.run(args, check=True)
    files = sorted(os.listdir(d))
    return [Image.open(os.path.join(d, f)).convert("L") for f in files]


def degrade(img, rng, rot90=0):
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    bg = rng.uniform(200, 228)
    a = a * (bg / 255.0)  # grey paper
    nrs = np.random.RandomState(rng.randint(0, 10**6))
    a += nrs.normal(0, 9, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
    if rot90:
        img = img.rotate(rot90, expand=True)
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=rng.randint(30, 45)); buf.seek(0)
    return Image.open(buf).convert("L")


def make_scanned(path, pages, rotations, serif=False):
    tmp = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(tmp, pages, serif=serif)
    imgs = pdf_to_images(tmp, 200)
    out = [degrade(im, RNG, rotations.get(i, 0)) for i, im in enumerate(imgs)]
    import time; fixed = time.strptime("2026-10-16 12:00:00", "%Y-%m-%d %H:%M:%S")
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:],
                creationDate=fixed, modDate=fixed, producer="scanner")


def make_fax(path, pages, hdr, serif=False):
    tmp = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(tmp, pages, serif=serif, faxhdr=hdr)
    imgs = pdf_to_images(tmp, 200)
    bw = []
    for im in imgs:
        im = im.rotate(RNG.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        nrs = np.random.RandomState(RNG.randint(0, 10**6))
        a += nrs.normal(0, 25, a.shape)
        bw.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1"))
    bw[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=bw[1:])


def page_image_bytes(pages, kind, serif=False):
    tmp = os.path.join(TMP, "att%d.pdf" % RNG.randint(0, 10**9))
    render_pdf(tmp, pages, serif=serif)
    imgs = pdf_to_images(tmp, 150)
    im = imgs[0]
    im = im.rotate(RNG.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=250)
    buf = io.BytesIO()
    if kind == "png":
        im.save(buf, "PNG", optimize=True)
    else:
        im.save(buf, "JPEG", quality=55)
    return buf.getvalue()


def pdf_bytes(pages, serif=False):
    tmp = os.path.join(TMP, "att%d.pdf" % RNG.randint(0, 10**9))
    render_pdf(tmp, pages, serif=serif)
    return open(tmp, "rb").read()


def make_eml(path, hdr, body=None, html=None, attachments=(), forwarded=None):
    m = EmailMessage(policy=policy.SMTP)
    for k, v in hdr.items():
        m[k] = v
    if body and html:
        m.set_content(body); m.add_alternative(html, subtype="html")
    elif html:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
    for fname, data, mt in attachments:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if forwarded is not None:
        m.add_attachment(forwarded)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("=_bnn_%s_%d" % (os.path.basename(path).split(".")[0], n))
    with open(path, "wb") as f:
        f.write(m.as_bytes())


def label(id, fmt, template, agency_key, agency_name, person, title, email, phone, subjects,
          basis, ptype, form, purpose, records, channel):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    return {
        "id": id, "family": "blind-nn", "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": ptype != "none",
        "purpose": purpose, "records_requested": records, "channel": channel,
    }


def write_label(lab):
    with open(os.path.join(OUT, lab["id"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
        f.write("\n")


def hdrs(frm, to, subject, date, mid, cc=None):
    h = {"From": frm, "To": to}
    if cc:
        h["Cc"] = cc
    h["Subject"] = subject
    h["Date"] = date
    h["Message-ID"] = mid
    return h


# ---------------------------------------------------------------- documents
def build():
    P = lambda n: os.path.join(OUT, n)

    # bnn01 - eml, ICE ERO Seattle reply quoting clerk, no process
    body = """Good afternoon,

Following up on my voicemail from this morning. ERO Seattle is attempting to
locate the two individuals listed below. Please provide the most recent
employer of record, quarterly wage information for the last four quarters,
and any mailing or residential address on file.

  1) NGUYEN, Thi Bich Ngoc      DOB 07/14/1991    A# 212-456-789
  2) IBÁÑEZ RIVAS, José Ramón   DOB 02/29/1988    A# 208-331-904

This request is made pursuant to 8 U.S.C. § 1357 and section 287 of the
Immigration and Nationality Act. The information will be used for official
purposes only.

Respectfully,

Dana L. Mercer
Deportation Officer
Enforcement and Removal Operations - Seattle Field Office
U.S. Immigration and Customs Enforcement
12500 Tukwila International Blvd., Seattle, WA 98168
Desk: (206) 555-0142 | Cell: (206) 555-0148
dana.l.mercer@ice.dhs.gov

-----Original Message-----
From: ESD Records Requests <records.requests@esd.wa.gov>
Sent: Friday, October 2, 2026 4:11 PM
To: Mercer, Dana L <dana.l.mercer@ice.dhs.gov>
Subject: Wage/Employer Inquiry

Thank you for contacting the Employment Security Department. Records held by
the Department are confidential under RCW 50.13.020. To process an
inquiry, reply with the full name and date of birth of each individual and
the legal authority for the request.

ESD Records Unit | Olympia, WA
"""
    make_eml(P("bnn01.eml"), hdrs('"Mercer, Dana L" <dana.l.mercer@ice.dhs.gov>',
             "ESD Records Requests <records.requests@esd.wa.gov>", "RE: Wage/Employer Inquiry",
             "Mon, 05 Oct 2026 13:47:09 -0700", "<SA1PR09MB4471.12@ice.dhs.gov>"), body=body)
    write_label(label("bnn01", "eml", "ERO deportation officer reply quoting clerk autoreply, 2 subjects, no process",
        "dhs-ice-ero", "Enforcement and Removal Operations - Seattle Field Office", "Dana L. Mercer",
        "Deportation Officer", "dana.l.mercer@ice.dhs.gov", "(206) 555-0142",
        [("Thi Bich Ngoc Nguyen", "1991-07-14", [("a_number", "A212456789")]),
         ("José Ramón Ibáñez Rivas", "1988-02-29", [("a_number", "A208331904")])],
        ["8 USC 1357", "INA 287", "RCW 50.13.020"], "none", None, "civil_immigration",
        ["employment", "wages", "address"], "email"))

    # bnn02 - eml, Tulsa PD detective, informal reply
    body = """Yes sorry - case # is TPD 2026-048813, armed robbery (21 O.S. § 801) at the
QuikTrip on E 11th. Victim is the clerk, Harold Tsosie, he's fine.

Need DL photo + last known address on:

PRICE, Darnell Wayne
DOB 11/02/1979
OK DL D080-114-552

Thx

Det. Sgt. Kendra Oduya
Tulsa Police Department - Robbery Unit
600 Civic Center, Tulsa OK 74103
918-555-0117 (desk)
koduya@cityoftulsa.org

Sent from my iPhone

> On Oct 6, 2026, at 9:02 AM, DL Records <dlrecords@service.ok.gov> wrote:
>
> Detective, we can help. Can you send the case number and offense?
>
>> On Oct 6, 2026, at 8:40 AM, Oduya, Kendra <koduya@cityoftulsa.org> wrote:
>>
>> Morning - can someone pull a photo for me on a robbery suspect? Info to follow.
"""
    make_eml(P("bnn02.eml"), hdrs("Kendra Oduya <koduya@cityoftulsa.org>", "DL Records <dlrecords@service.ok.gov>",
             "Re: photo request", "Tue, 06 Oct 2026 09:31:55 -0500", "<8F2A11C0-77B1@cityoftulsa.org>"), body=body)
    write_label(label("bnn02", "eml", "short informal police reply thread, 1 subject + victim named",
        "local-police", "Tulsa Police Department", "Kendra Oduya", "Detective Sergeant",
        "koduya@cityoftulsa.org", "918-555-0117",
        [("Darnell Wayne Price", "1979-11-02", [("license", "D080114552")])],
        ["21 OS 801"], "none", None, "criminal_investigation", ["photo", "address"], "email"))

    # bnn03 - scanned, Texas search warrant with HPD cover letter
    pages = ["""
# HOUSTON POLICE DEPARTMENT
^ Financial Crimes Division - Identity Theft Unit
^ 1200 Travis Street, Houston, Texas 77002
---
October 7, 2026

Texas Workforce Commission
Office of General Counsel - Open Records / Subpoena Unit
101 East 15th Street, Austin, Texas 78778

RE: HPD Incident No. 1387402-26 - Service of Search Warrant

Dear Custodian of Records:

Enclosed is a search warrant signed by the Honorable Alicia M. Fontenot, Judge of the 178th District Court of Harris County, directing production of the records described in the warrant. The records relate to an ongoing investigation of fraudulent use or possession of identifying information under Tex. Penal Code § 32.51.

Please provide the responsive records (unemployment claim files, wage records, and addresses of record) for ROSA ELENA GÓMEZ-TREVIÑO and MARCO ANTONIO DE LA CRUZ to me at the address above or by secure email. Time is of the essence; the warrant must be returned within three days of issuance.

Sincerely,

Paul R. Whitcomb
Detective, Identity Theft Unit
Houston Police Department
Office: (713) 555-0183
paul.whitcomb@houstonpolice.org
""", """
^ SEARCH WARRANT NO. 26-SW-04417
# THE STATE OF TEXAS
^ COUNTY OF HARRIS
# SEARCH WARRANT
THE STATE OF TEXAS, to the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas:

WHEREAS, complaint in writing, under oath, has been made before me by Detective Paul R. Whitcomb, a peace officer employed by the Houston Police Department, which complaint is attached hereto and expressly made a part hereof for all purposes, and which complaint sets out sufficient facts showing probable cause that evidence of the offense of Fraudulent Use or Possession of Identifying Information, Tex. Penal Code § 32.51, is contained in records held by the Texas Workforce Commission;

NOW, THEREFORE, you are commanded to enter the said place and there search for and seize the following items, pursuant to Tex. Code Crim. Proc. art. 18.02(a)(10):

> 1. All unemployment insurance claim records, including claimant addresses, telephone numbers, email addresses and payment information, for ROSA ELENA GÓMEZ-TREVIÑO, date of birth March 4, 1987, and MARCO ANTONIO DE LA CRUZ, date of birth September 12, 1990, from January 1, 2025 to present;
> 2. All employer-reported quarterly wage records for the same persons for the same period.

Herein fail not, and due return make hereof within three days, exclusive of the day of its execution.

ISSUED this 6th day of October, 2026, at 4:15 o'clock P.M., to certify which witness my hand.

______________________________
Hon. Alicia M. Fontenot
JUDGE, 178th District Court
Harris County, Texas
"""]
    make_scanned(P("bnn03.pdf"), pages, {1: 180}, serif=True)
    write_label(label("bnn03", "scanned", "Texas state search warrant with HPD detective cover letter; 2nd page upside down",
        "local-police", "Houston Police Department", "Paul R. Whitcomb", "Detective",
        "paul.whitcomb@houstonpolice.org", "(713) 555-0183",
        [("Rosa Elena Gómez-Treviño", "1987-03-04", []), ("Marco Antonio de la Cruz", "1990-09-12", [])],
        ["TX PC 32.51", "TX CCP 18.02"], "judicial_warrant", None, "criminal_investigation",
        ["claims", "address", "phone", "email", "wages"], "mail"))

    # bnn04 - fax, ERO Phoenix cover + I-200
    pages = ["""
# FAX TRANSMITTAL
^ U.S. Department of Homeland Security - U.S. Immigration and Customs Enforcement
^ Enforcement and Removal Operations, Phoenix Field Office
^ 2035 N. Central Ave., Phoenix, AZ 85004
---
DATE :: 10/08/2026
TO :: ADOT Motor Vehicle Division - Records Section
FAX :: (602) 555-0160
FROM :: Brandon K. Ashby, Deportation Officer
PHONE :: (602) 555-0131
EMAIL :: brandon.k.ashby@ice.dhs.gov
PAGES (incl. cover) :: 2
RE :: Address / vehicle inquiry - FARAH, Omar Abdirahman
---
Please provide the current residential address on file and any vehicles registered to the subject named in the attached warrant:

> FARAH, Omar Abdirahman    DOB: 05 Jan 1993    A-File: A215 664 093

Records may be returned to the fax or email above. Thank you for your assistance.

CONFIDENTIALITY NOTICE: This facsimile contains information that is For Official Use Only (FOUO). If you are not the intended recipient, notify the sender immediately and destroy all copies.
""", """
^ U.S. Department of Homeland Security
# WARRANT FOR ARREST OF ALIEN
File No. :: A215 664 093
Date :: October 7, 2026
To :: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that OMAR ABDIRAHMAN FARAH is removable from the United States. This determination is based upon:

> [ ] the execution of a charging document to initiate removal proceedings against the subject;
> [X] the pendency of ongoing removal proceedings against the subject;
> [ ] the failure to establish admissibility subsequent to deferred inspection;
> [ ] biometric confirmation of the subject's identity and a records check of federal databases;
> [ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

______________________________ (Signature of Authorized Immigration Officer)
Rafael Q. Benavides, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)

## Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on ____________.

Form I-200 (Rev. 09/16)
"""]
    make_fax(P("bnn04.tif"), pages, "OCT-08-2026 10:14  ICE ERO PHX  6025550199")
    write_label(label("bnn04", "fax", "fax cover + Form I-200 administrative arrest warrant",
        "dhs-ice-ero", "Enforcement and Removal Operations, Phoenix Field Office", "Brandon K. Ashby",
        "Deportation Officer", "brandon.k.ashby@ice.dhs.gov", "(602) 555-0131",
        [("Omar Abdirahman Farah", "1993-01-05", [("a_number", "A215664093")])],
        ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", "civil_immigration",
        ["address", "vehicle"], "fax"))

    # bnn05 - txt, Nebraska DMV web form submission from sheriff
    txt = """NEBRASKA DEPARTMENT OF MOTOR VEHICLES
LAW ENFORCEMENT RECORD REQUEST - ONLINE SUBMISSION
====================================================
Submission ID ........ LE-2026-1003-0457
Submitted ............ 10/03/2026 14:22 CDT
Routed to ............ Driver & Vehicle Records Division

REQUESTOR
  Agency ............. Douglas County Sheriff's Office
  Name ............... Deputy Tyler J. Brandt
  Badge / ID ......... 1183
  Unit ............... Auto Theft Task Force
  Email .............. tyler.brandt@douglascounty-ne.gov
  Phone .............. 402-555-0164

SUBJECT 1
  Last name .......... Kowalczyk
  First / middle ..... Bohdan P.
  Date of birth ...... 1984-12-19
  NE DL # ............ H21040876

SUBJECT 2 (registered co-owner)
  Last name .......... Kowalczyk
  First / middle ..... Larissa
  Date of birth ...... 1986-06-30
  NE DL # ............ (unknown)

RECORDS REQUESTED
  [x] Current address / address history
  [x] Registered vehicles (all plates)
  [x] DL digital image
  [ ] Driving record / abstract

PURPOSE OF REQUEST (required)
  Investigation of theft of a motor vehicle, Neb. Rev. Stat. 28-511.
  DCSO case 26-019455. Stolen 2023 Ford F-250 located with swapped plates.

PERMISSIBLE USE (DPPA)
  (b)(1) use by a government agency in carrying out its functions,
  18 U.S.C. 2721(b)(1)

CERTIFICATION
  I certify that this information is requested for the purpose stated
  above and will be used only as permitted by Neb. Rev. Stat. 60-2909.
  [x] I agree    Electronic signature: T. Brandt
"""
    open(P("bnn05.txt"), "w", encoding="utf-8").write(txt)
    write_label(label("bnn05", "txt", "DMV online law-enforcement request form export, 2 subjects",
        "sheriff", "Douglas County Sheriff's Office", "Tyler J. Brandt", "Deputy",
        "tyler.brandt@douglascounty-ne.gov", "402-555-0164",
        [("Bohdan P. Kowalczyk", "1984-12-19", [("license", "H21040876")]),
         ("Larissa Kowalczyk", "1986-06-30", [])],
        ["NE Stat 28-511", "18 USC 2721", "NE Stat 60-2909"], "none", None, "criminal_investigation",
        ["address", "vehicle", "photo"], "email"))

    # bnn06 - eml + PDF I-138 to Colorado CDLE
    i138 = ["""
^ DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION ENFORCEMENT SUBPOENA
^ To Appear and/or Produce Records
Subpoena No. :: DEN-26-0588
File No. :: A201 778 456
To :: Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance Division, 633 17th Street, Denver, CO 80202

By the authority vested in the Secretary of Homeland Security by section 235(d)(4) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4), and 8 C.F.R. § 287.4, you are hereby commanded to produce the records listed below before Deportation Officer Miguel Ortega-Salas, U.S. Immigration and Customs Enforcement, 12445 E. Caley Ave., Centennial, CO 80111, on or before October 23, 2026, in connection with an investigation or inquiry relating to the enforcement of the immigration laws of the United States, namely a determination of the admissibility and removability of the person named below.

Records to be produced:
> All wage records reported by employers, employer names and addresses, and the most recent residential and mailing address on file for YUSUF ABDI WARSAME, date of birth 02/17/1995, from January 1, 2024 to present.

Failure to comply with this subpoena may result in the Secretary of Homeland Security seeking enforcement of this subpoena in a United States District Court.

Date of issuance :: October 9, 2026
Signature :: /s/ Lorraine T. Becker
Name and title of issuing officer :: Lorraine T. Becker, Field Office Director, ERO Denver

DHS Form I-138 (5/19)
"""]
    body = """Good morning,

Please see the attached Immigration Enforcement Subpoena for the records
described in the attachment. Kindly respond by the date indicated; records may
be returned to me by email in PDF or Excel format.

Thank you,

Miguel Ortega-Salas
Deportation Officer | ERO Denver Field Office
U.S. Immigration and Customs Enforcement
Office: 720-555-0126
miguel.ortega-salas@ice.dhs.gov
"""
    make_eml(P("bnn06.eml"), hdrs("\"Ortega-Salas, Miguel\" <miguel.ortega-salas@ice.dhs.gov>",
             "CDLE UI Legal <cdle_ui_legal@state.co.us>", "Subpoena DEN-26-0588",
             "Fri, 09 Oct 2026 08:05:44 -0600", "<BN8PR09MB7733.4@ice.dhs.gov>"), body=body,
             attachments=[("DEN-26-0588_I-138.pdf", pdf_bytes(i138), "application/pdf")])
    write_label(label("bnn06", "eml", "short email with DHS I-138 immigration enforcement subpoena PDF attached",
        "dhs-ice-ero", "ERO Denver Field Office", "Miguel Ortega-Salas", "Deportation Officer",
        "miguel.ortega-salas@ice.dhs.gov", "720-555-0126",
        [("Yusuf Abdi Warsame", "1995-02-17", [("a_number", "A201778456")])],
        ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", "civil_immigration",
        ["wages", "employment", "address"], "email"))

    # bnn07 - born digital, USAO Minnesota cover letter + AO 110
    pages = ["""
# U.S. Department of Justice
^ United States Attorney's Office - District of Minnesota
^ 300 South Fourth Street, Suite 600, Minneapolis, MN 55415
---
JOANNA R. PRICE
United States Attorney

October 9, 2026

Custodian of Records
Minnesota Department of Employment and Economic Development
Unemployment Insurance Program - Legal Unit
180 East Fifth Street, St. Paul, MN 55101

Re: Grand Jury Subpoena No. 26-GJ-1142

Dear Custodian:

Enclosed is a subpoena issued by a federal grand jury sitting in this District in connection with an investigation of possible violations of 18 U.S.C. §§ 1343 and 1349. In lieu of appearing before the grand jury, you may comply by producing the records described in Attachment A to FBI Special Agent Renee Halvorsen, who is assisting in this matter. Disclosure of the records under Minn. Stat. § 268.19 is permitted in response to a subpoena.

Matters occurring before the grand jury are subject to the secrecy provisions of Rule 6(e) of the Federal Rules of Criminal Procedure. We request that you not disclose the existence of this subpoena to the persons named, as doing so could impede the investigation.

Very truly yours,

JOANNA R. PRICE
United States Attorney

By: Samuel T. Okafor
Assistant United States Attorney
(612) 555-0178 | samuel.okafor@usdoj.gov

cc: SA Renee Halvorsen, FBI Minneapolis
""", """
^ AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
^ for the District of Minnesota
# SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To :: Custodian of Records, Minnesota Department of Employment and Economic Development

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place :: U.S. Courthouse, 300 South Fourth Street, Minneapolis, MN 55415
Date and Time :: November 4, 2026, 9:00 a.m.
Grand Jury :: 2026-2

You must also bring with you the following documents, electronically stored information, or objects: See Attachment A.

Date :: 10/08/2026
CLERK OF COURT :: /s/ M. Vang, Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
> Samuel T. Okafor, AUSA, 300 South Fourth Street, Suite 600, Minneapolis, MN 55415, samuel.okafor@usdoj.gov, (612) 555-0178
""", """
# ATTACHMENT A
For the period January 1, 2024 through the date of this subpoena, produce all records relating to:

> 1. LIEN THI TRAN, DOB 03/11/1982, SSN ending 4471
> 2. ABDULLAHI HASSAN MOHAMED, DOB 08/23/1979, SSN ending 0928

including (a) all unemployment insurance claims and weekly certifications, with the IP addresses and bank accounts used; (b) all employer-reported wage detail; (c) all addresses, telephone numbers and email addresses on file; (d) records of payments issued.

Employers of interest include Northstar Staffing LLC and Riverbend Logistics Inc.
"""]
    render_pdf(P("bnn07.pdf"), pages)
    write_label(label("bnn07", "born_digital", "AUSA cover letter (USA above signer) + AO 110 grand jury subpoena + Attachment A",
        "doj-usao", "United States Attorney's Office - District of Minnesota", "Samuel T. Okafor",
        "Assistant United States Attorney", "samuel.okafor@usdoj.gov", "(612) 555-0178",
        [("Lien Thi Tran", "1982-03-11", [("ssn_last4", "4471")]),
         ("Abdullahi Hassan Mohamed", "1979-08-23", [("ssn_last4", "0928")])],
        ["18 USC 1343", "18 USC 1349", "MN Stat 268.19", "FRCrP 6"], "grand_jury_subpoena", "AO 110",
        "criminal_investigation", ["claims", "wages", "address", "phone", "email", "benefits", "other"], "mail"))

    # bnn08 - eml, FBI Chicago forwards TFO message inline
    body = """Records team -

Forwarding the details below from TFO Pierce. We are looking for the current
employer and the wage history (last 8 quarters) for the subject. This is part
of an aggravated identity theft investigation (18 U.S.C. § 1028A). I understand
IDES disclosure is governed by 820 ILCS 405/1900 - if you need something more
formal from us please call me and we'll get it to you.

Marisol Vázquez
Special Agent
FBI Chicago Field Office | 2111 W. Roosevelt Rd, Chicago, IL 60608
Desk 312-555-0125 | mvazquez2@fbi.gov

---------- Forwarded message ---------
From: Pierce, Nathan (CPD TFO) <npierce@fbi.gov>
Date: Wed, Oct 7, 2026 at 3:18 PM
Subject: HRYTSENKO workup
To: Vázquez, Marisol <mvazquez2@fbi.gov>

Marisol - here's what I have on our guy:

  HRYTSENKO, Dmytro Olehovych
  DOB: 09 Nov 1990
  SSN (last 4): 6620
  AKA "Dimitri Hale"
  Last known: Schaumburg, IL

He's been filing under at least two other identities. Employer per the
informant is a warehouse in Elk Grove Village.

Nate
"""
    make_eml(P("bnn08.eml"), hdrs("\"Vázquez, Marisol (CG) (FBI)\" <mvazquez2@fbi.gov>",
             "IDES Legal Records <ides.legalrecords@illinois.gov>", "FW: HRYTSENKO workup",
             "Thu, 08 Oct 2026 10:12:30 -0500", "<CH0PR09MB1188.55@fbi.gov>",
             cc="Pierce, Nathan (CPD TFO) <npierce@fbi.gov>"), body=body)
    write_label(label("bnn08", "eml", "FBI agent forwards TFO message inline, 1 subject with alias",
        "doj-fbi", "FBI Chicago Field Office", "Marisol Vázquez", "Special Agent", "mvazquez2@fbi.gov",
        "312-555-0125", [("Dmytro Olehovych Hrytsenko", "1990-11-09", [("ssn_last4", "6620")])],
        ["18 USC 1028A", "820 ILCS 405/1900"], "none", None, "criminal_investigation",
        ["employment", "wages"], "email"))

    # bnn09 - born digital, I-247A to Michigan DOC
    pages = ["""
^ DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID :: 348812907
Event # :: DET2610000412
File No :: A219 004 571
Date :: October 8, 2026
TO (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency) :: Michigan Department of Corrections, Central Records Office, 206 E. Michigan Ave., Lansing, MI 48933
FROM (Department of Homeland Security Office Address) :: ICE Enforcement and Removal Operations, Detroit Field Office, 333 Mt. Elliott St., Detroit, MI 48207
Name of Alien :: RAMÍREZ ÁVILA, Eduardo
Date of Birth :: 01/27/1986
Citizenship :: Mexico
Sex :: M
Institution # :: MDOC 884215

## 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN.
This determination is based on (complete box 1 or 2):
> [X] A final order of removal against the alien;
> [ ] The pendency of ongoing removal proceedings against the alien;
> [ ] Biometric confirmation of the alien's identity and a records check of federal databases.

## 2. DHS REQUESTS THAT YOU:
> [X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling (313) 555-0150.
> [X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
> [X] Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This form is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

This detainer is accompanied by: [X] Form I-205 (Warrant of Removal/Deportation) signed by an immigration officer.

______________________________
Keith A. Dombrowski, Supervisory Detention and Deportation Officer (Signature of Immigration Officer)

DHS Form I-247A (3/17)
"""]
    render_pdf(P("bnn09.pdf"), pages)
    write_label(label("bnn09", "born_digital", "Form I-247A detainer to state corrections",
        "dhs-ice-ero", "ICE Enforcement and Removal Operations, Detroit Field Office", "Keith A. Dombrowski",
        "Supervisory Detention and Deportation Officer", None, "(313) 555-0150",
        [("Eduardo Ramírez Ávila", "1986-01-27", [("a_number", "A219004571"), ("other", "884215")])],
        ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration",
        ["other"], "mail"))

    # bnn10 - fax, Columbus PD cover + Franklin County court order
    pages = ["""
# COLUMBUS DIVISION OF POLICE
^ Burglary / Theft Unit  -  120 Marconi Blvd, Columbus, Ohio 43215
# FACSIMILE COVER SHEET
To: Ohio Bureau of Motor Vehicles - Legal Records Section          Fax: 614-555-0171
From: Det. Brian K. Sato #2291                                     Fax: 614-555-0172
Phone: 614-555-0170          Email: bsato@columbuspolice.org
Date: 14 October 2026        Pages: 2 (including cover)

Attached is a court order from the Franklin County Court of Common Pleas for BMV records (driver license images, address history and registered vehicles) on the two persons named in the order. Please fax results to the number above or call me with any questions.

This transmission may contain confidential law enforcement information. If received in error please call 614-555-0170.
""", """
# IN THE COURT OF COMMON PLEAS
^ FRANKLIN COUNTY, OHIO
STATE OF OHIO,                                   Case No. 26 MS 001274
In re: Criminal Investigation                    Judge Margaret L. Haverford
# ORDER FOR PRODUCTION OF BMV RECORDS
This matter came before the Court on the application of the Franklin County Prosecuting Attorney, supported by the affidavit of Det. Brian K. Sato of the Columbus Division of Police, for an order directing the Ohio Bureau of Motor Vehicles to produce records relevant to an investigation of theft in violation of R.C. 2913.02 and receiving stolen property in violation of R.C. 2913.51.

The Court finds the records sought are relevant and material to an ongoing criminal investigation, and that disclosure is authorized notwithstanding R.C. 4501.27.

IT IS HEREBY ORDERED that the Registrar of Motor Vehicles produce to Det. Sato, within seven days, the driver license and identification card records, digital photographs, address history and vehicle registration records for:

> JAMAL EVERETT BROOKS, DOB 05/15/1996, OL No. SR482915
> TATIANA MOROZOVA, DOB 02/02/1998

IT IS SO ORDERED.

______________________________
JUDGE MARGARET L. HAVERFORD
Court of Common Pleas, Franklin County, Ohio
Date: October 13, 2026
"""]
    make_fax(P("bnn10.tif"), pages, "10/14/2026 11:02 FAX 6145550172 CPD BURGLARY")
    write_label(label("bnn10", "fax", "police fax cover + Ohio common pleas order",
        "local-police", "Columbus Division of Police", "Brian K. Sato", "Detective",
        "bsato@columbuspolice.org", "614-555-0170",
        [("Jamal Everett Brooks", "1996-05-15", [("license", "SR482915")]),
         ("Tatiana Morozova", "1998-02-02", [])],
        ["ORC 2913.02", "ORC 2913.51", "ORC 4501.27"], "court_order", None, "criminal_investigation",
        ["license", "photo", "address", "vehicle"], "fax"))

    # bnn11 - scanned, KSP letter, no process (subpoena "if required")
    pages = ["""
# KENTUCKY STATE POLICE
^ Post 12 - Frankfort  |  1250 Louisville Road, Frankfort, KY 40601
^ Commissioner Col. Franklin D. Hurt  ·  Post Commander Capt. Jo Ellen Meade
---
October 12, 2026

Office of Unemployment Insurance
Attn: Records Custodian / Fraud Investigations
500 Mero Street, Frankfort, KY 40601

RE: KSP Case No. 12-26-0381 - Theft by Deception (KRS 514.040)

To whom it may concern,

The Kentucky State Police is investigating a theft by deception involving unemployment insurance benefits paid to or on behalf of the person listed below. The complainant, his former employer Bluegrass Millwork Inc. (contact: Ms. Renata Colley), reports that the subject filed claims while still employed.

> Subject: Dennis Ray Cobb Jr.
> DOB: 10/09/1975
> SSN (last four): 3318

Please provide copies of all claims filed since January 2025, the addresses and bank deposit information used, and a payment history. It is my understanding that KRS 341.190 permits release of this information to a law enforcement agency for this purpose. Should your office require a subpoena, one will be obtained through the Franklin Commonwealth's Attorney.

Respectfully,

Det. Sgt. Holly Ann Pruitt
Criminal Investigations, KSP Post 12
(502) 555-0119  |  holly.pruitt@ky.gov

cc: Commonwealth's Attorney, 48th Judicial Circuit
"""]
    make_scanned(P("bnn11.pdf"), pages, {})
    write_label(label("bnn11", "scanned", "state police letterhead letter, commander names above signer, subpoena mentioned not attached",
        "state-police", "Kentucky State Police", "Holly Ann Pruitt", "Detective Sergeant",
        "holly.pruitt@ky.gov", "(502) 555-0119",
        [("Dennis Ray Cobb Jr.", "1975-10-09", [("ssn_last4", "3318")])],
        ["KRS 514.040", "KRS 341.190"], "none", None, "criminal_investigation",
        ["claims", "address", "benefits", "other"], "mail"))

    # bnn12 - eml + PNG of I-205, ERO San Francisco to CA DMV
    i205 = ["""
^ U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION
File No: :: A096 554 210
Date: :: 09/30/2026
To any immigration officer of the United States Department of Homeland Security:

FRANCISCO JAVIER NÚÑEZ OLMEDO (Full name of alien)
who entered the United States at San Ysidro, California (Place of entry) on 03/15/2003 (Date of entry)
is subject to removal/deportation from the United States, based upon a final order by:
> [X] an immigration judge in exclusion, deportation, or removal proceedings
> [ ] a designated official
> [ ] the Board of Immigration Appeals
> [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: 212(a)(6)(A)(i)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation "Operations and Support, ICE".

______________________________ (Signature of immigration officer)
Gwendolyn Marsh-Ochoa, Field Office Director, San Francisco (Title of immigration officer)
San Francisco, California (Date and office location)

Form I-205 (Rev. 08/07)
"""]
    body = """Hello DMV Information Services,

I am trying to confirm the current residential address for the individual
below. He is subject to a final order and a warrant of removal (copy
attached). Authority: 8 U.S.C. 1231.

  Name:   NÚÑEZ OLMEDO, Francisco Javier
  DOB:    June 22, 1981
  CA DL:  B7719043
  A#:     A096-554-210

Any address, mailing address or vehicle record would be appreciated.

Kevin Truong
Deportation Officer
ERO San Francisco | 630 Sansome Street, San Francisco, CA 94111
(415) 555-0109
kevin.truong@ice.dhs.gov
"""
    make_eml(P("bnn12.eml"), hdrs("\"Truong, Kevin\" <kevin.truong@ice.dhs.gov>",
             "DMV Information Services <isb.lawenforcement@dmv.ca.gov>", "Address verification - NUNEZ OLMEDO",
             "Tue, 13 Oct 2026 15:40:12 -0700", "<SJ0PR09MB6021.7@ice.dhs.gov>"), body=body,
             attachments=[("I-205_NUNEZ.png", page_image_bytes(i205, "png"), "image/png")])
    write_label(label("bnn12", "eml", "email with PNG photo of Form I-205 warrant of removal",
        "dhs-ice-ero", "ERO San Francisco", "Kevin Truong", "Deportation Officer", "kevin.truong@ice.dhs.gov",
        "(415) 555-0109",
        [("Francisco Javier Núñez Olmedo", "1981-06-22", [("license", "B7719043"), ("a_number", "A096554210")])],
        ["8 USC 1231", "INA 212"], "administrative_warrant", "I-205", "civil_immigration",
        ["address", "vehicle"], "email"))

    # bnn13 - born digital, Georgia trial subpoena duces tecum, ADA requests
    pages = ["""
# IN THE SUPERIOR COURT OF FULTON COUNTY
^ STATE OF GEORGIA
THE STATE OF GEORGIA                              Indictment No. 26SC184422
v.
TERRENCE LAMAR WHITLEY, Defendant.
# SUBPOENA FOR PRODUCTION OF EVIDENCE
^ (O.C.G.A. § 24-13-23)
TO: Custodian of Records, Georgia Department of Labor, 148 Andrew Young International Blvd. NE, Atlanta, GA 30303

YOU ARE HEREBY COMMANDED, all excuses set aside, to be and appear at the Lewis R. Slaton Courthouse, 136 Pryor Street SW, Courtroom 5D, Atlanta, Georgia, on November 16, 2026 at 9:00 a.m., for the trial of the above-stated case, and to bring with you the following:

> All employer-reported wage records, dates of employment and employer names and addresses for the defendant TERRENCE LAMAR WHITLEY, DOB 08/19/1989, SSN ending 7702, for the period January 1, 2024 through June 30, 2026.

The defendant is charged with theft by taking, O.C.G.A. § 16-8-2. The named victim is Mrs. Evelyn Marsh. In lieu of personal appearance, the records may be delivered with a certificate of authenticity to the requesting attorney below before the trial date.

Herein fail not, under penalty of law.

Witness the Honorable Judges of said Court, this 9th day of October, 2026.

CHÉ R. BANKS, Clerk of Superior Court
By: D. Fairley, Deputy Clerk

Requested by:
Priya N. Raghavan, Assistant District Attorney
Fulton County District Attorney's Office
136 Pryor Street SW, 3rd Floor, Atlanta, GA 30303
(404) 555-0190  |  praghavan@fultoncountyga.gov
"""]
    render_pdf(P("bnn13.pdf"), pages, serif=True)
    write_label(label("bnn13", "born_digital", "Georgia superior court criminal trial subpoena for production, requested by ADA",
        "district-attorney", "Fulton County District Attorney's Office", "Priya N. Raghavan",
        "Assistant District Attorney", "praghavan@fultoncountyga.gov", "(404) 555-0190",
        [("Terrence Lamar Whitley", "1989-08-19", [("ssn_last4", "7702")])],
        ["OCGA 24-13-23", "OCGA 16-8-2"], "court_subpoena", None, "criminal_investigation",
        ["wages", "employment"], "mail"))

    # bnn14 - txt, plain-text export of MSHP email
    txt = """From: Cpl. Wesley Harrington <wesley.harrington@mshp.dps.mo.gov>
Sent: Tuesday, October 13, 2026 7:48 AM
To: DOR Motor Vehicle Records <mvrecords@dor.mo.gov>
Subject: Records request - leaving the scene / Troop C

Good morning,

Troop C is investigating a leaving-the-scene crash (section 577.060, RSMo)
from 10/10/2026 on I-44 near Pacific, MO. A pedestrian, Ruth Ellen Sommers,
was seriously injured. A partial plate came back to a vehicle we believe is
now registered to:

    LE, Hoang Van
    DOB 1993-01-30
    MO DL L140388215

Requesting the DL photo, current address of record and all vehicles currently
or previously registered to him (last 24 months).

Thank you,

Cpl. Wesley Harrington, #1047
Missouri State Highway Patrol - Troop C, Division of Drug & Crime Control
891 Technology Dr., Weldon Spring, MO 63304
Office: 636-555-0133

CONFIDENTIALITY: This e-mail may contain law enforcement sensitive information.
"""
    open(P("bnn14.txt"), "w", encoding="utf-8").write(txt)
    write_label(label("bnn14", "txt", "plain-text export of state patrol email; victim named",
        "state-police", "Missouri State Highway Patrol", "Wesley Harrington", "Corporal",
        "wesley.harrington@mshp.dps.mo.gov", "636-555-0133",
        [("Hoang Van Le", "1993-01-30", [("license", "L140388215")])],
        ["RSMo 577.060"], "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email"))

    # bnn15 - eml HTML only, CBP Newark to NJ MVC
    html = """<html><body style="font-family:Calibri,Arial">
<p>Good afternoon,</p>
<p>U.S. Customs and Border Protection, Office of Field Operations, Port of Newark/Elizabeth, requests
driver license records, digital photographs, addresses and registered vehicles for the persons below
in connection with an ongoing investigation of smuggling (18 U.S.C. &sect; 545) involving
containers cleared at Port Newark. Authority: 19 U.S.C. &sect; 1589a.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>NJ DL #</th></tr>
<tr><td>JAMA, Hodan Ali</td><td>04/05/1992</td><td>J0123 45678 90123</td></tr>
<tr><td>PE&Ntilde;A DE LA CRUZ, Rafael Antonio</td><td>12/01/1985</td><td>&mdash;</td></tr>
</table>
<p>Please reply to me directly.</p>
<p>Respectfully,<br>
<b>Jonathan P. Fairbanks</b><br>
CBP Officer (Enforcement) | Anti-Terrorism Contraband Enforcement Team<br>
U.S. Customs and Border Protection | Port of Newark/Elizabeth, NJ<br>
O: (973) 555-0152 | jonathan.p.fairbanks@cbp.dhs.gov</p>
<p style="font-size:9pt;color:#666">WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).
It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).</p>
</body></html>"""
    make_eml(P("bnn15.eml"), hdrs("\"FAIRBANKS, JONATHAN P\" <jonathan.p.fairbanks@cbp.dhs.gov>",
             "MVC Law Enforcement Liaison <le.liaison@mvc.nj.gov>", "CBP records request - 2 subjects",
             "Wed, 14 Oct 2026 14:03:27 -0400", "<DM6PR09MB5312.20@cbp.dhs.gov>"), html=html)
    write_label(label("bnn15", "eml", "HTML-only CBP officer email with table of 2 subjects",
        "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Port of Newark/Elizabeth",
        "Jonathan P. Fairbanks", "CBP Officer (Enforcement)", "jonathan.p.fairbanks@cbp.dhs.gov", "(973) 555-0152",
        [("Hodan Ali Jama", "1992-04-05", [("license", "J01234567890123")]),
         ("Rafael Antonio Peña de la Cruz", "1985-12-01", [])],
        ["18 USC 545", "19 USC 1589a", "5 USC 552"], "none", None, "criminal_investigation",
        ["license", "photo", "address", "vehicle"], "email"))

    # bnn16 - born digital, DEA 21 USC 876 subpoena to Tennessee
    pages = ["""
^ U.S. Department of Justice
# DRUG ENFORCEMENT ADMINISTRATION
# SUBPOENA
^ Nashville Resident Office  ·  801 Broadway, Suite 500, Nashville, TN 37203
---
TO :: Custodian of Records, Tennessee Department of Labor and Workforce Development, 220 French Landing Drive, Nashville, TN 37243
Subpoena No. :: R3-26-0077-SB
Investigation :: GFR3-26-0077

By the authority of Title 21, United States Code, Section 876, you are hereby required to appear before Special Agent Derrick L. Summers, an official of the Drug Enforcement Administration, at the address above on October 30, 2026, at 10:00 a.m., and to bring with you and produce the following records, in connection with an investigation under the Controlled Substances Act (21 U.S.C. § 801 et seq.):

> Wage and employer records, dates of employment, and the most recent address on file, from January 1, 2023 to present, for:
> (1) XAVIER MONTOYA RUIZ, DOB July 7, 1987
> (2) KIMBERLY DAWN HATCHER, DOB January 15, 1991, SSN xxx-xx-5561

Personal appearance is not required if the records are delivered to the issuing official on or before the date above. You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation.

Failure to comply with this subpoena may result in the Attorney General invoking the aid of the United States District Court to compel compliance, as provided in 21 U.S.C. 876(c).

Issued at Nashville, Tennessee, this 12th day of October, 2026.

______________________________
Derrick L. Summers, Special Agent
Drug Enforcement Administration
(615) 555-0144  ·  derrick.l.summers@dea.gov
"""]
    render_pdf(P("bnn16.pdf"), pages)
    write_label(label("bnn16", "born_digital", "DEA administrative subpoena under 21 USC 876 with district court enforcement clause",
        "doj-dea", "Drug Enforcement Administration, Nashville Resident Office", "Derrick L. Summers",
        "Special Agent", "derrick.l.summers@dea.gov", "(615) 555-0144",
        [("Xavier Montoya Ruiz", "1987-07-07", []),
         ("Kimberly Dawn Hatcher", "1991-01-15", [("ssn_last4", "5561")])],
        ["21 USC 876", "21 USC 801"], "administrative_subpoena", None, "criminal_investigation",
        ["wages", "employment", "address"], "mail"))

    # bnn17 - scanned, Maricopa County Attorney transmittal + superior court order to DES
    pages = ["""
# MARICOPA COUNTY ATTORNEY
^ Financial Crimes Bureau  ·  225 West Madison Street, Phoenix, Arizona 85003
---
October 13, 2026

VIA U.S. MAIL AND EMAIL
Arizona Department of Economic Security
Office of Special Investigations / Records Custodian
1789 W. Jefferson Street, Phoenix, AZ 85007

Re: State v. Ibarra Sánchez, MCAO No. 26-4410871

Dear Custodian:

Please find enclosed a certified copy of the Order entered October 9, 2026 by the Superior Court in Maricopa County directing disclosure of public assistance records. Kindly produce the records described in the Order to my office within fourteen days. Questions may be directed to me or to my paralegal, Ms. Tessa Brumfield, at (602) 555-0138.

Sincerely,

Marisela Ochoa
Deputy County Attorney
(602) 555-0137  |  ochoam@mcao.maricopa.gov
""", """
# IN THE SUPERIOR COURT OF THE STATE OF ARIZONA
^ IN AND FOR THE COUNTY OF MARICOPA
In the Matter of the Application of the State of Arizona for an Order Directing Disclosure of Records          No. CR2026-118340
# ORDER
Upon application of the State of Arizona, by Deputy County Attorney Marisela Ochoa, and good cause appearing, the Court finds that the records described below are relevant and material to a pending criminal investigation of fraudulent schemes and artifices in violation of A.R.S. § 13-2310.

IT IS ORDERED that the Arizona Department of Economic Security shall, notwithstanding the confidentiality provisions of A.R.S. § 41-1959, disclose to the Maricopa County Attorney's Office all applications, eligibility determinations, addresses of record, and issuance histories for SNAP and Cash Assistance benefits from January 1, 2024 to the present for:

> GUADALUPE IBARRA SÁNCHEZ, born April 21, 1979; and
> HÉCTOR LUIS IBARRA, born November 3, 2001.

IT IS FURTHER ORDERED that the records shall be used only for purposes of the criminal investigation and any resulting prosecution.

DATED this 9th day of October, 2026.

______________________________
HON. PETER J. LINDQVIST
JUDGE OF THE SUPERIOR COURT
"""]
    make_scanned(P("bnn17.pdf"), pages, {1: 90}, serif=True)
    write_label(label("bnn17", "scanned", "county attorney transmittal + Arizona superior court order; order page rotated 90",
        "district-attorney", "Maricopa County Attorney's Office", "Marisela Ochoa", "Deputy County Attorney",
        "ochoam@mcao.maricopa.gov", "(602) 555-0137",
        [("Guadalupe Ibarra Sánchez", "1979-04-21", []), ("Héctor Luis Ibarra", "2001-11-03", [])],
        ["ARS 13-2310", "ARS 41-1959"], "court_order", None, "criminal_investigation",
        ["benefits", "address"], "mail"))

    # bnn18 - born digital, IRS-CI cover + 18 USC 2703(d) order (Nevada)
    pages = ["""
# INTERNAL REVENUE SERVICE
^ Criminal Investigation  ·  Las Vegas Field Office
^ 110 City Parkway, Las Vegas, NV 89106
---
October 14, 2026

Custodian of Records
Nevada Department of Employment, Training and Rehabilitation
Employment Security Division - Claimant Portal Administration
500 East Third Street, Carson City, NV 89713

Re: Order under 18 U.S.C. § 2703(d), Case No. 2:26-mj-00841-BNW

Dear Custodian:

Enclosed is an order of the United States District Court for the District of Nevada requiring the Department, as operator of its online claimant portal, to disclose the account and log records described in the order. The order also directs that the Department not notify any person of its existence. Please deliver the records to me electronically.

Monique R. Delacroix
Special Agent, IRS Criminal Investigation
(702) 555-0161  |  monique.delacroix@ci.irs.gov
""", """
# UNITED STATES DISTRICT COURT
^ FOR THE DISTRICT OF NEVADA
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)          Case No. 2:26-mj-00841-BNW
# ORDER
The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Nevada Department of Employment, Training and Rehabilitation ("DETR"), which provides an electronic communications service through its claimant portal, to disclose the records described in Attachment A.

The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records sought are relevant and material to an ongoing criminal investigation of wire fraud, 18 U.S.C. § 1343.

IT IS THEREFORE ORDERED that DETR shall, within ten days, disclose the records described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that DETR shall not disclose the existence of the application or this Order to the account holders or any other person for one year.

## Attachment A
Portal account records (user names, email addresses, telephone numbers, mailing addresses, login IP addresses with timestamps, and bank routing information) for claimant accounts associated with: THANH PHONG VO (DOB 05/06/1984) and ALINA MARGARETA POPESCU (DOB 1997-10-21), January 1, 2025 to present.

Dated: October 13, 2026

______________________________
BRENDA N. WHITAKER
United States Magistrate Judge
"""]
    render_pdf(P("bnn18.pdf"), pages)
    write_label(label("bnn18", "born_digital", "IRS-CI cover letter + federal 2703(d) order to UI claimant portal",
        "irs-ci", "IRS Criminal Investigation, Las Vegas Field Office", "Monique R. Delacroix", "Special Agent",
        "monique.delacroix@ci.irs.gov", "(702) 555-0161",
        [("Thanh Phong Vo", "1984-05-06", []), ("Alina Margareta Popescu", "1997-10-21", [])],
        ["18 USC 2703", "18 USC 1343", "18 USC 2705"], "court_order", None, "criminal_investigation",
        ["claims", "email", "phone", "address", "other"], "mail"))

    # bnn19 - fax, Pinellas County Sheriff request form to FL DHSMV
    pages = ["""
# PINELLAS COUNTY SHERIFF'S OFFICE
^ Criminal Investigations Division  ·  10750 Ulmerton Road, Largo, FL 33778
# REQUEST FOR DRIVER / VEHICLE INFORMATION - LAW ENFORCEMENT
---
To (agency / unit) :: FL Dept. of Highway Safety and Motor Vehicles - Bureau of Records
Fax to :: (850) 555-0112
Date of request :: 10/15/2026
Requesting agency :: Pinellas County Sheriff's Office
Requesting officer :: Det. Aaliyah M. Grant, ID 60214
Telephone :: (727) 555-0186
E-mail :: agrant@pcsonet.gov
Agency case number :: 26-142883
Offense :: Burglary of a dwelling, § 810.02, Fla. Stat.
---
Subject name (Last, First Middle) :: LÓPEZ DE LA FUENTE, Ana Sofía
Date of birth :: 12/05/1994
FL DL number :: L132-547-94-635-0
Records requested :: [X] DL image  [X] Address history  [X] Registered vehicles  [ ] Crash reports
---
Permissible use (DPPA, 18 U.S.C. § 2721(b)(1)) :: Use by a law enforcement agency in carrying out its functions.
Confidentiality :: Photographs and personal information are released under § 119.0712(2), Fla. Stat. and may be used only for the stated purpose.
Requestor's signature :: A. M. Grant
Supervisor approval :: Sgt. D. Kowalewski
"""]
    make_fax(P("bnn19.tif"), pages, "OCT 15 2026 08:47AM PCSO CID 727 555 0187")
    write_label(label("bnn19", "fax", "sheriff's label/value request form faxed; supervisor named",
        "sheriff", "Pinellas County Sheriff's Office", "Aaliyah M. Grant", "Detective", "agrant@pcsonet.gov",
        "(727) 555-0186",
        [("Ana Sofía López de la Fuente", "1994-12-05", [("license", "L132547946350")])],
        ["FS 810.02", "18 USC 2721", "FS 119.0712"], "none", None, "criminal_investigation",
        ["photo", "address", "vehicle"], "fax"))

    # bnn20 - eml multipart/alternative, USMS fugitive task force, warrant mentioned not attached
    body = """Kansas Department of Labor - UI Records,

The Kansas City Metro Fugitive Task Force is attempting to locate a federal
fugitive. We are requesting current employer information, the last four
quarters of reported wages, and any address on file for:

  Reginald Tyrone VANCE
  DOB: 3/14/1983
  SSN: XXX-XX-2290

VANCE is wanted on a federal arrest warrant issued in the Western District of
Missouri (case 4:26-cr-00112) for felon in possession of a firearm, 18 U.S.C.
§ 922(g). A copy of the warrant is available upon request. The Marshals
Service's authority to investigate fugitive matters is 28 U.S.C. § 566(e)(1)(B).

Thank you for your help.

DUSM Caleb J. Whitehorse
U.S. Marshals Service - District of Kansas
Kansas City Metro Fugitive Task Force
500 State Ave., Kansas City, KS 66101
(913) 555-0127 | caleb.whitehorse@usdoj.gov
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in body.split("\n\n")) + "</body></html>"
    make_eml(P("bnn20.eml"), hdrs("\"Whitehorse, Caleb (USMS)\" <caleb.whitehorse@usdoj.gov>",
             "KDOL UI Records <kdol.uirecords@ks.gov>", "Fugitive locate request - VANCE",
             "Thu, 15 Oct 2026 11:26:48 -0500", "<MN2PR09MB3390.41@usdoj.gov>"), body=body, html=html)
    write_label(label("bnn20", "eml", "multipart/alternative USMS fugitive locate; arrest warrant mentioned but not attached",
        "doj-usms", "U.S. Marshals Service - District of Kansas", "Caleb J. Whitehorse", "Deputy U.S. Marshal",
        "caleb.whitehorse@usdoj.gov", "(913) 555-0127",
        [("Reginald Tyrone Vance", "1983-03-14", [("ssn_last4", "2290")])],
        ["18 USC 922", "28 USC 566"], "none", None, "criminal_investigation",
        ["employment", "wages", "address"], "email"))

    # bnn21 - born digital, FBI Portland cover + AO 93 search warrant
    pages = ["""
# FEDERAL BUREAU OF INVESTIGATION
^ Portland Field Office  ·  9109 NE Cascades Parkway, Portland, OR 97220
---
16 October 2026

Oregon Department of Transportation
Driver and Motor Vehicle Services - Record Services
1905 Lana Ave NE, Salem, OR 97314

RE: Service of federal search warrant, Case No. 3:26-mc-00917

Records Custodian:

I am serving the enclosed search and seizure warrant, issued under Rule 41 of the Federal Rules of Criminal Procedure by a United States Magistrate Judge for the District of Oregon, in an investigation of bank robbery (18 U.S.C. § 2113). Please produce the DMV records described in Attachment B. The warrant authorizes delayed notice under 18 U.S.C. § 3103a; please do not notify the subjects.

Gregory T. Lindahl
Special Agent, Violent Crimes Squad
(503) 555-0193  |  gtlindahl@fbi.gov
""", """
^ AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
^ for the District of Oregon
In the Matter of the Search of: Records maintained by Oregon DMV relating to the persons described in Attachment A          Case No. 3:26-mc-00917
# SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Oregon: see Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: see Attachment B.

YOU ARE COMMANDED to execute this warrant on or before October 29, 2026 in the daytime 6:00 a.m. to 10:00 p.m.

Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized for 30 days.

Date and time issued: 10/15/2026 2:40 pm          Judge's signature: ______________________
City and state: Portland, Oregon          Hon. Carla M. Espinoza, United States Magistrate Judge
""", """
# ATTACHMENT A - Property to be searched
Records held by Oregon Driver and Motor Vehicle Services relating to:
> TOMASZ WIŚNIEWSKI, date of birth 14 February 1977, Oregon DL 7654321
> BRANDI LEE FONTAINE, date of birth 9 September 1989
# ATTACHMENT B - Items to be seized
> 1. Driver license and ID card applications, including photographs and signatures;
> 2. Address history;
> 3. Vehicle title and registration records, including any vehicle registered jointly to the persons above.
"""]
    render_pdf(P("bnn21.pdf"), pages)
    write_label(label("bnn21", "born_digital", "FBI cover letter + AO 93 search and seizure warrant + attachments",
        "doj-fbi", "Federal Bureau of Investigation, Portland Field Office", "Gregory T. Lindahl", "Special Agent",
        "gtlindahl@fbi.gov", "(503) 555-0193",
        [("Tomasz Wiśniewski", "1977-02-14", [("license", "7654321")]),
         ("Brandi Lee Fontaine", "1989-09-09", [])],
        ["FRCrP 41", "18 USC 2113", "18 USC 3103a", "18 USC 2705"], "judicial_warrant", "AO 93",
        "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail"))

    # bnn22 - eml with message/rfc822 attached, HSI Baltimore to MD MVA
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = "\"Ruiz, Daniel\" <daniel.ruiz@ice.dhs.gov>"
    inner["To"] = "MVA Investigations <mva.investigations@mdot.maryland.gov>"
    inner["Subject"] = "HSI request - license photo / history"
    inner["Date"] = "Mon, 12 Oct 2026 16:20:03 -0400"
    inner["Message-ID"] = "<BL1PR09MB2211.3@ice.dhs.gov>"
    inner.set_content("""Good afternoon,

HSI Baltimore is investigating a sex trafficking venture (18 U.S.C. § 1591)
operating out of several addresses in Anne Arundel County. Request the MVA
photograph and full license/ID history for:

    PETRENKO, Svetlana Igorevna   DOB 10/17/1995   MD DL P-652-418-903-117

We understand release to a law enforcement agency is permitted under § 12-111
of the Transportation Article.

Daniel Ruiz
Special Agent, HSI Baltimore
(410) 555-0102
""")
    body = """MVA Investigations -

SA Ruiz is out this week; I am covering his cases. Forwarding his original
request (attached). Please send the photo and license history to me.

V/r,
Victoria Adeyemi-Clarke
Special Agent
Homeland Security Investigations - SAC Baltimore
31 Hopkins Plaza, Baltimore, MD 21201
(410) 555-0114 | victoria.adeyemi-clarke@ice.dhs.gov
"""
    make_eml(P("bnn22.eml"), hdrs("\"Adeyemi-Clarke, Victoria\" <victoria.adeyemi-clarke@ice.dhs.gov>",
             "MVA Investigations <mva.investigations@mdot.maryland.gov>", "FW: HSI request - license photo / history",
             "Thu, 15 Oct 2026 09:55:10 -0400", "<BL1PR09MB2290.8@ice.dhs.gov>"), body=body, forwarded=inner)
    write_label(label("bnn22", "eml", "HSI agent forwards colleague's request as attached message/rfc822",
        "dhs-ice-hsi", "Homeland Security Investigations - SAC Baltimore", "Victoria Adeyemi-Clarke", "Special Agent",
        "victoria.adeyemi-clarke@ice.dhs.gov", "(410) 555-0114",
        [("Svetlana Igorevna Petrenko", "1995-10-17", [("license", "P652418903117")])],
        ["18 USC 1591", "MD TR 12-111"], "none", None, "criminal_investigation", ["photo", "license"], "email"))

    # bnn23 - scanned, New York County grand jury subpoena duces tecum
    pages = ["""
# SUPREME COURT OF THE STATE OF NEW YORK
^ COUNTY OF NEW YORK
# SUBPOENA DUCES TECUM FOR THE GRAND JURY
THE PEOPLE OF THE STATE OF NEW YORK
TO: Custodian of Records, New York State Department of Labor, Unemployment Insurance Division, Building 12, W.A. Harriman Campus, Albany, NY 12240

GREETINGS:

WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the People of the State of New York for the County of New York, at the Criminal Courts Building, 100 Centre Street, New York, New York, on the 5th day of November, 2026, at 10:00 A.M., as a witness in a criminal proceeding, and bring with you the following: all unemployment insurance claim records, employer wage reports, and addresses of record from January 1, 2024 to date for:

> RAÚL ENRIQUE SANTIAGO-ORTIZ, D.O.B. 07/19/1980, SSN ending 4402
> NADIA OKSANA HORBATIUK, D.O.B. 1991-12-08

This subpoena is issued pursuant to CPL 610.20 in connection with an investigation of Grand Larceny in the Second Degree, Penal Law § 155.40. Disclosure by the Department is authorized under Labor Law § 537. Failure to comply is punishable as a contempt of court.

Compliance may be made by delivering certified copies of the records to the undersigned in lieu of appearance.

Dated: New York, New York, October 14, 2026

District Attorney of New York County
By: ______________________________
Benjamin H. Lowenthal, Assistant District Attorney
Financial Frauds Bureau, One Hogan Place, New York, NY 10013
(212) 555-0165  ·  lowenthalb@dany.nyc.gov

THE GRAND JURY PROCEEDING IS SECRET. DO NOT DISCLOSE THE EXISTENCE OF THIS SUBPOENA.
"""]
    make_scanned(P("bnn23.pdf"), pages, {}, serif=True)
    write_label(label("bnn23", "scanned", "New York County grand jury subpoena duces tecum signed by ADA",
        "district-attorney", "New York County District Attorney's Office", "Benjamin H. Lowenthal",
        "Assistant District Attorney", "lowenthalb@dany.nyc.gov", "(212) 555-0165",
        [("Raúl Enrique Santiago-Ortiz", "1980-07-19", [("ssn_last4", "4402")]),
         ("Nadia Oksana Horbatiuk", "1991-12-08", [])],
        ["NY CPL 610.20", "NY PL 155.40", "NY Labor Law 537"], "grand_jury_subpoena", None,
        "criminal_investigation", ["claims", "wages", "address"], "mail"))

    # bnn24 - txt, USPIS web form to PA L&I
    txt = """PA Department of Labor & Industry - Office of UC Benefits
Law Enforcement Information Request (web form)
Confirmation #: UCLE-88213   Received: 2026-10-16 10:04:51 EDT
---------------------------------------------------------------
Agency name:           United States Postal Inspection Service - Philadelphia Division
Requester name:        Kathleen M. O'Rourke
Requester title:       Postal Inspector
Work phone:            215-555-0108
Work email:            kmorourke@uspis.gov
Mailing address:       PO Box 7500, Philadelphia, PA 19101-9000

Individual(s) (one per line: name / DOB / SSN last 4):
  Jerome Anthony Batts / 02-11-1986 / 9013
  Yolanda Batts-Freeman / 06-23-1988 / -

Information requested:
  UC claims filed, mailing addresses used for claim correspondence and
  debit cards, payment history.

Reason for request:
  Theft of mail (18 U.S.C. 1708) - UC debit cards stolen from mail stream
  in Delaware County; cards activated under the above identities.

Statutory authority for release (if known):
  43 P.S. 766

[x] I certify I am a law enforcement officer and this information will be
    used solely for the purpose stated.
"""
    open(P("bnn24.txt"), "w", encoding="utf-8").write(txt)
    write_label(label("bnn24", "txt", "state UC web form submission from postal inspector, 2 subjects",
        "usps-uspis", "United States Postal Inspection Service - Philadelphia Division", "Kathleen M. O'Rourke",
        "Postal Inspector", "kmorourke@uspis.gov", "215-555-0108",
        [("Jerome Anthony Batts", "1986-02-11", [("ssn_last4", "9013")]),
         ("Yolanda Batts-Freeman", "1988-06-23", [])],
        ["18 USC 1708", "43 PS 766"], "none", None, "criminal_investigation",
        ["claims", "address", "benefits"], "email"))

    # bnn25 - born digital, I-247N to Iowa DOC
    pages = ["""
^ DEPARTMENT OF HOMELAND SECURITY
# REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
Subject ID :: 351077264
Event # :: OMA2610000129
File No. :: A209 447 185
Date :: 16 October 2026
TO :: Iowa Department of Corrections, Offender Services - Records, 510 E. 12th St., Des Moines, IA 50319
FROM :: ICE Enforcement and Removal Operations, St. Paul Field Office - Omaha Sub-Office, 1717 Avenue H East, Omaha, NE 68110
Name of Alien :: NUR, Bashir Mohamed
Date of Birth :: 25 Dec 1990
Citizenship :: Somalia
Offender # :: 6012345

## 1. DHS HAS DETERMINED THAT THE ALIEN IS A PRIORITY FOR REMOVAL because:
> [X] the alien has been convicted of an offense listed under priority 1(d) or 1(e);
> [ ] the alien has been convicted of a significant misdemeanor.

## 2. IT IS REQUESTED THAT YOU:
> Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify the ICE Law Enforcement Support Center at (802) 555-0100 or the office above at (402) 555-0153.

This request for notification is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 236.1 and 287.7. It does not request or authorize that you detain the alien beyond the time he or she is currently scheduled for release.

______________________________
Janelle R. Voss, Deportation Officer (Name and title of Immigration Officer)

DHS Form I-247N (5/15)
"""]
    render_pdf(P("bnn25.pdf"), pages)
    write_label(label("bnn25", "born_digital", "Form I-247N request for voluntary notification of release to state corrections",
        "dhs-ice-ero", "ICE Enforcement and Removal Operations, St. Paul Field Office - Omaha Sub-Office",
        "Janelle R. Voss", "Deportation Officer", None, "(402) 555-0153",
        [("Bashir Mohamed Nur", "1990-12-25", [("a_number", "A209447185"), ("other", "6012345")])],
        ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247N", "civil_immigration",
        ["other"], "mail"))

    # bnn26 - fax, CBP Santa Teresa cover + Form 3115 summons to NM MVD
    pages = ["""
# U.S. CUSTOMS AND BORDER PROTECTION
^ Office of Field Operations - Santa Teresa Port of Entry - Outbound Enforcement
^ 100 Pete V. Domenici Hwy, Santa Teresa, NM 88008
# FAX COVER SHEET
TO :: New Mexico Taxation & Revenue Dept., Motor Vehicle Division - Records Custodian
FAX :: (505) 555-0174
FROM :: CBPO Lucía Montoya-Baca
PHONE :: (575) 555-0121
E-MAIL :: lucia.montoya-baca@cbp.dhs.gov
DATE :: 10-16-2026
PAGES :: 2
---
Attached please find a CBP summons for title and registration records. This is in connection with our investigation of the export of stolen vehicles through Santa Teresa (18 U.S.C. § 553). Records may be faxed or emailed to me.
""", """
^ DEPARTMENT OF HOMELAND SECURITY - U.S. Customs and Border Protection
# SUMMONS
^ Summons No. STE-2026-0044
To :: Records Custodian, New Mexico Motor Vehicle Division, Joseph M. Montoya Building, 1100 S. St. Francis Dr., Santa Fe, NM 87504

By the authority of 19 U.S.C. 1509, you are hereby summoned and required to appear before CBP Officer Lucía Montoya-Baca, an officer of U.S. Customs and Border Protection, at the Santa Teresa Port of Entry, on October 30, 2026 at 9:00 a.m., to give testimony and to produce the following records:

> Title, registration and lien records, and the address of record, for all vehicles titled or registered since January 1, 2025 to EFRAÍN QUIÑONES BELTRÁN, date of birth August 30, 1976, New Mexico DL No. 070123456, including VINs 1FTFW1E5XNFA10231 and 3GCUYDED6MG201877.

Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce compliance with this summons as well as other sanctions (19 U.S.C. 1510).

Issued at Santa Teresa, New Mexico, on October 16, 2026.

Signature :: ______________________
Name and title :: Gerald P. Osterman, Port Director

DHS/CBP Form 3115 (12/15)
"""]
    make_fax(P("bnn26.tif"), pages, "10/16/2026 13:31 FAX 575 555 0122 CBP STE OUTBOUND")
    write_label(label("bnn26", "fax", "CBP fax cover + CBP Form 3115 customs summons with district court enforcement clause",
        "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations - Santa Teresa Port of Entry",
        "Lucía Montoya-Baca", "CBP Officer", "lucia.montoya-baca@cbp.dhs.gov", "(575) 555-0121",
        [("Efraín Quiñones Beltrán", "1976-08-30", [("license", "070123456")])],
        ["18 USC 553", "19 USC 1509", "19 USC 1510"], "administrative_subpoena", "3115",
        "criminal_investigation", ["vehicle", "address"], "fax"))

    # bnn27 - born digital, AO 88B civil False Claims Act subpoena (Wisconsin DHS)
    pages = ["""
^ AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
# UNITED STATES DISTRICT COURT
^ for the Eastern District of Wisconsin
UNITED STATES OF AMERICA ex rel. DONNA K. SCHULTZ, Plaintiff
v.                                                      Civil Action No. 2:25-cv-01377
BRIGHTPATH HOME CARE, LLC, et al., Defendants
# SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION
To: Custodian of Records, Wisconsin Department of Health Services, 1 West Wilson Street, Madison, WI 53703

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material:

> Medicaid personal care worker enrollment records, provider agreements, and claims submitted under the provider numbers of Brightpath Home Care, LLC, for services attributed to caregivers MARIANA BEATRIZ GÓMEZ (DOB 03/03/1970) and AHMED YUSUF OMAR (DOB 11/27/1968), January 1, 2022 to December 31, 2025.

Place: U.S. Attorney's Office, 517 E. Wisconsin Ave., Room 530, Milwaukee, WI 53202          Date and Time: 11/20/2026 10:00 am

The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

Date: 10/14/2026          CLERK OF COURT  OR  /s/ Lindsey K. Marrow, Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing the United States of America, who issues or requests this subpoena, are: Lindsey K. Marrow, Assistant United States Attorney, Civil Division, 517 E. Wisconsin Ave., Milwaukee, WI 53202; lindsey.marrow@usdoj.gov; (414) 555-0147

Notice to the person who issues or requests this subpoena: This action arises under the False Claims Act, 31 U.S.C. §§ 3729-3733. A notice and a copy of the subpoena must be served on each party before it is served.
"""]
    render_pdf(P("bnn27.pdf"), pages)
    write_label(label("bnn27", "born_digital", "AO 88B civil subpoena issued by AUSA in False Claims Act case (civil, purpose unknown)",
        "doj-usao", "U.S. Attorney's Office", "Lindsey K. Marrow",
        "Assistant United States Attorney", "lindsey.marrow@usdoj.gov", "(414) 555-0147",
        [("Mariana Beatriz Gómez", "1970-03-03", []), ("Ahmed Yusuf Omar", "1968-11-27", [])],
        ["FRCP 45", "31 USC 3729", "31 USC 3733"], "court_subpoena", "AO 88B", "unknown",
        ["employment", "claims", "benefits"], "mail"))

    # bnn28 - eml + JPEG of Utah arrest warrant, Salt Lake County Sheriff
    warrant = ["""
# IN THE THIRD JUDICIAL DISTRICT COURT
^ SALT LAKE COUNTY, STATE OF UTAH
STATE OF UTAH, Plaintiff,
vs.                                             Case No. 261904417
KRISTOFFER JAMES LINDGREN, Defendant.           DOB: 08/08/1992
# WARRANT OF ARREST
THE STATE OF UTAH, To any peace officer in the State of Utah:

An Information having been filed in this Court charging the above-named defendant with Theft, a second degree felony, in violation of Utah Code Ann. § 76-6-404, and the Court having found probable cause to believe the offense was committed and that the defendant committed it,

YOU ARE COMMANDED to arrest the defendant and bring the defendant before this Court, or before the nearest magistrate if this Court is not in session, pursuant to Utah Code Ann. § 77-7-5.

Bail: $25,000 cash only.

Dated: September 28, 2026

______________________________
Judge Elaine R. Castillo
Third District Court
"""]
    body = """DWS Records,

Looking for the last reported employer and address for the below. He has an
active felony warrant out of Third District (photo of warrant attached).

   Kristoffer James Lindgren   DOB 08/08/1992

My understanding is DWS can release to law enforcement under Utah Code
35A-4-312. Let me know if you need anything else.

Dep. Marcus A. Tuilagi #4471
Salt Lake County Sheriff's Office - Warrants Division
3365 S 900 W, South Salt Lake, UT 84119
801-555-0156  |  mtuilagi@slco.org
"""
    make_eml(P("bnn28.eml"), hdrs("Marcus Tuilagi <mtuilagi@slco.org>", "dws-records@utah.gov",
             "warrant subject - employer info", "Fri, 16 Oct 2026 07:12:41 -0600", "<a91c2e.4471@slco.org>"),
             body=body, attachments=[("IMG_4471.jpg", page_image_bytes(warrant, "jpeg", serif=True), "image/jpeg")])
    write_label(label("bnn28", "eml", "deputy email with JPEG photo of Utah state arrest warrant",
        "sheriff", "Salt Lake County Sheriff's Office", "Marcus A. Tuilagi", "Deputy", "mtuilagi@slco.org",
        "801-555-0156", [("Kristoffer James Lindgren", "1992-08-08", [])],
        ["UCA 35A-4-312", "UCA 76-6-404", "UCA 77-7-5"], "judicial_warrant", None, "criminal_investigation",
        ["employment", "address"], "email"))

    # bnn29 - scanned, Hawaii circuit court criminal subpoena duces tecum
    pages = ["""
# IN THE CIRCUIT COURT OF THE FIRST CIRCUIT
^ STATE OF HAWAI'I
STATE OF HAWAI'I                                  Cr. No. 1CPC-26-0000712
vs.
DUC MINH PHAM, Defendant.
# SUBPOENA DUCES TECUM
THE STATE OF HAWAI'I
TO: Custodian of Records, Department of Labor and Industrial Relations, Unemployment Insurance Division, 830 Punchbowl Street, Honolulu, HI 96813

YOU ARE COMMANDED to appear in the above-entitled Court, Courtroom 9C, Ka'ahumanu Hale, 777 Punchbowl Street, Honolulu, on November 9, 2026 at 8:30 a.m., to testify in the trial of the above case, and to bring with you:

> All unemployment insurance claim records, including addresses, telephone numbers, and payment records, for DUC MINH PHAM, date of birth January 9, 1985, for claims filed from March 1, 2025 to present.

This subpoena is issued pursuant to Rule 17 of the Hawai'i Rules of Penal Procedure. The defendant is charged with Theft in the First Degree, HRS § 708-830.5, and Unauthorized Possession of Confidential Personal Information, HRS § 708-839.55.

Records may be produced to the requesting deputy prosecuting attorney in lieu of appearance, with a custodian's declaration.

DATED: Honolulu, Hawai'i, October 15, 2026.

CLERK OF THE ABOVE-ENTITLED COURT
By: ______________________ (Seal)

Subpoena requested by:
Noelani K. Akana, Deputy Prosecuting Attorney
Department of the Prosecuting Attorney, City and County of Honolulu
1060 Richards Street, Honolulu, HI 96813  ·  (808) 555-0168  ·  nakana@honoluluprosecutor.org
"""]
    make_scanned(P("bnn29.pdf"), pages, {0: 180})
    write_label(label("bnn29", "scanned", "Hawaii circuit court criminal trial subpoena duces tecum, scanned upside down",
        "district-attorney", "Department of the Prosecuting Attorney, City and County of Honolulu",
        "Noelani K. Akana", "Deputy Prosecuting Attorney", "nakana@honoluluprosecutor.org", "(808) 555-0168",
        [("Duc Minh Pham", "1985-01-09", [])],
        ["HI CrimP 17", "HRS 708-830.5", "HRS 708-839.55"], "court_subpoena", None, "criminal_investigation",
        ["claims", "address", "phone"], "mail"))

    # bnn30 - txt, Anchorage PD bare address request (no reason)
    txt = """From:    Jacob R. Tanner <jtanner@anchorageak.gov>
To:      DMV Records <dmv.records@alaska.gov>
Date:    Fri, 16 Oct 2026 15:58 AKDT
Subject: address

Hi,

Please provide the current address on file for the below individual.

SOKOLOV, Aleksandr Vasilyevich
DOB 06/14/1971
AK DL 7123456

Thanks.

Ofc. Jacob R. Tanner
Anchorage Police Department
907-555-0179
"""
    open(P("bnn30.txt"), "w", encoding="utf-8").write(txt)
    write_label(label("bnn30", "txt", "bare plain-text address request from municipal officer, no reason given",
        "local-police", "Anchorage Police Department", "Jacob R. Tanner", "Officer", "jtanner@anchorageak.gov",
        "907-555-0179", [("Aleksandr Vasilyevich Sokolov", "1971-06-14", [("license", "7123456")])],
        [], "none", None, "unknown", ["address"], "email"))

    # bnn31 - born digital, USAO Massachusetts cover + AO 110
    pages = ["""
# U.S. Department of Justice
^ United States Attorney
^ District of Massachusetts
^ John Joseph Moakley United States Courthouse, 1 Courthouse Way, Suite 9200, Boston, MA 02210
---
                                                            October 16, 2026
Keeper of Records
Department of Unemployment Assistance
Legal Department - Subpoena Compliance
19 Staniford Street, Boston, MA 02114

Re: Grand Jury Investigation 26-0419

Dear Keeper of Records:

Please find enclosed a grand jury subpoena requiring the production of records relating to EDWIN JESÚS COLÓN IBARRA and PATRICIA ANN COLÓN. The grand jury is investigating possible violations of 18 U.S.C. § 641 (theft of public money) and 18 U.S.C. § 1343 (wire fraud) relating to pandemic-era and current unemployment benefits. We understand the Department may disclose the records in response to this subpoena under G.L. c. 151A, § 46.

You may comply by mailing certified copies of the records to the undersigned before the return date. Please contact me with any questions.

Very truly yours,

DANIEL R. FITZHUGH
Acting United States Attorney

Catherine Mulcahy-Reyes
Assistant U.S. Attorney
(617) 555-0196
catherine.mulcahy-reyes@usdoj.gov

Enclosure
cc: Special Agent Owen T. Banerjee, DOL-OIG
""", """
^ AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
^ for the District of Massachusetts
# SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To :: Keeper of Records, Massachusetts Department of Unemployment Assistance

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place :: John Joseph Moakley U.S. Courthouse, Boston, MA 02210
Date and Time :: 11/10/2026 9:30 am

You must also bring with you the following documents, electronically stored information, or objects:
> All unemployment claims, weekly certifications, payment records, wage records, and addresses, telephone numbers and bank information on file, from March 1, 2020 to present, for: (1) EDWIN JESÚS COLÓN IBARRA, DOB 05/30/1983, SSN ending 8841; (2) PATRICIA ANN COLÓN, DOB 09/02/1985.

Date :: Oct 15, 2026
CLERK OF COURT :: Signature of Clerk or Deputy Clerk - /s/ R. Donnelly

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
> Catherine Mulcahy-Reyes, AUSA, 1 Courthouse Way, Suite 9200, Boston, MA 02210; catherine.mulcahy-reyes@usdoj.gov; (617) 555-0196
"""]
    render_pdf(P("bnn31.pdf"), pages, serif=True)
    write_label(label("bnn31", "born_digital", "USAO letterhead (acting USA above AUSA) + AO 110 grand jury subpoena, cc to DOL-OIG agent",
        "doj-usao", "United States Attorney, District of Massachusetts", "Catherine Mulcahy-Reyes",
        "Assistant U.S. Attorney", "catherine.mulcahy-reyes@usdoj.gov", "(617) 555-0196",
        [("Edwin Jesús Colón Ibarra", "1983-05-30", [("ssn_last4", "8841")]),
         ("Patricia Ann Colón", "1985-09-02", [])],
        ["18 USC 641", "18 USC 1343", "MGL 151A-46"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
        ["claims", "benefits", "wages", "address", "phone", "other"], "mail"))

    # bnn32 - born digital, SSA OIG cover + IG subpoena to SC DEW
    pages = ["""
# SOCIAL SECURITY ADMINISTRATION
^ Office of the Inspector General  ·  Office of Investigations
^ Atlanta Field Division - Columbia, SC Resident Office, 1835 Assembly Street, Columbia, SC 29201
---
October 16, 2026

South Carolina Department of Employment and Workforce
Attn: Legal Services - Records Custodian
1550 Gadsden Street, Columbia, SC 29201

Re: OIG Case No. ATL2600418

Dear Custodian:

Enclosed is an Inspector General subpoena duces tecum for quarterly wage and employment records. This office is investigating concealment of work activity by a Supplemental Security Income recipient. Please produce the records on or before the return date to me at the address above; electronic production is acceptable.

Sincerely,

Terrell D. Washington
Special Agent
(803) 555-0105  ·  terrell.washington@ssa.gov
""", """
# OFFICE OF THE INSPECTOR GENERAL
^ SOCIAL SECURITY ADMINISTRATION
# SUBPOENA DUCES TECUM
To :: Custodian of Records, South Carolina Department of Employment and Workforce
In the matter of :: OIG Case No. ATL2600418

Pursuant to the authority vested in the Inspector General by 5 U.S.C. § 406(a)(4) (Inspector General Act of 1978, as amended), you are hereby commanded to produce to Special Agent Terrell D. Washington, on or before November 6, 2026, the following records:

> All quarterly wage reports, employer names and addresses, and dates of employment for SHANIQUA RENÉE HOLLOWAY, date of birth 02/14/1990, SSN ***-**-3376, for the period January 1, 2023 through present.

These records are required in connection with an investigation of possible violations of 18 U.S.C. § 641 and 42 U.S.C. § 1383a(a).

In the event of your failure to comply, the Inspector General may seek enforcement of this subpoena in a United States District Court.

Issued under my hand at Baltimore, Maryland, this 14th day of October, 2026.

______________________________
Margaret T. Lin
Inspector General
"""]
    render_pdf(P("bnn32.pdf"), pages)
    write_label(label("bnn32", "born_digital", "SSA OIG agent cover letter + inspector-general subpoena duces tecum",
        "ssa-oig", "Social Security Administration, Office of the Inspector General", "Terrell D. Washington",
        "Special Agent", "terrell.washington@ssa.gov", "(803) 555-0105",
        [("Shaniqua Renée Holloway", "1990-02-14", [("ssn_last4", "3376")])],
        ["5 USC 406", "18 USC 641", "42 USC 1383a"], "administrative_subpoena", None, "criminal_investigation",
        ["wages", "employment"], "mail"))


if __name__ == "__main__":
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    build()
    print("done")
