"""Build the blind_mm sample set (independent author). Deterministic: fixed seed.
Run: /work/main/.venv/bin/python samples/blind_mm/build.py
Temporary renders go to /tmp/author_mm."""
import json, os, random, subprocess, glob, io, shutil, time
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
import datetime
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_mm"
os.makedirs(TMP, exist_ok=True)
SEED = 4242
rng = random.Random(SEED)
nrng = np.random.default_rng(SEED)
FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "cour": ("Courier", "Courier-Bold")}
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def render_pdf(path, text, font="helv", size=10.5):
    """text: pages separated by a line '[PAGE]'. Markup: '!c ' centred bold, '!b ' bold,
    '!r ' right, '!h ' big centred bold, '---' rule."""
    reg, bold = FONTS[font]
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    W, H = letter
    lm, rm, top, bot = 72, 72, 60, 60
    lead = size * 1.32
    pages = text.strip("\n").split("\n[PAGE]\n")
    for pg in pages:
        y = H - top
        for raw in pg.split("\n"):
            f, s, mode, line = reg, size, "l", raw
            if raw.startswith("!h "):
                f, s, mode, line = bold, size + 3, "c", raw[3:]
            elif raw.startswith("!c "):
                f, mode, line = bold, "c", raw[3:]
            elif raw.startswith("!b "):
                f, line = bold, raw[3:]
            elif raw.startswith("!r "):
                mode, line = "r", raw[3:]
            if raw == "---":
                c.setLineWidth(0.8); c.line(lm, y + 4, W - rm, y + 4); y -= lead * 0.6; continue
            wrapped = simpleSplit(line, f, s, W - lm - rm) or [""]
            for wl in wrapped:
                if y < bot:
                    c.showPage(); y = H - top
                c.setFont(f, s)
                if mode == "c":
                    c.drawCentredString(W / 2, y, wl)
                elif mode == "r":
                    c.drawRightString(W - rm, y, wl)
                else:
                    c.drawString(lm, y, wl)
                y -= s * 1.32 if s != size else lead
        c.showPage()
    c.save()


def pdf_to_images(pdf, dpi, tag, gray=True):
    d = os.path.join(TMP, tag)
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray" if gray else "-png", pdf, os.path.join(d, "p")] if gray else
                   ["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(d, "p")], check=True)
    files = sorted(glob.glob(os.path.join(d, "p*")))
    return [Image.open(f).convert("L") for f in files]


def degrade(im, angle, flip=0, grey=232, noise=14, jpeg_q=55):
    im = im.point(lambda v: int(v * grey / 255))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=grey - 10)
    arr = np.asarray(im).astype(np.int16)
    arr = arr + nrng.normal(0, noise, arr.shape).astype(np.int16)
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    if flip:
        im = im.rotate(flip, expand=True)
    b = io.BytesIO(); im.save(b, "JPEG", quality=jpeg_q); b.seek(0)
    return Image.open(b).convert("L")


def make_scanned(docid, text, font="times", flips=None):
    src = os.path.join(TMP, docid + "_src.pdf")
    render_pdf(src, text, font)
    ims = pdf_to_images(src, 200, docid)
    out = []
    for i, im in enumerate(ims):
        ang = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
        fl = (flips or {}).get(i, 0)
        out.append(degrade(im, ang, fl).convert("RGB"))
    out[0].save(os.path.join(OUT, docid + ".pdf"), "PDF", resolution=200, save_all=True, append_images=out[1:],
                creationDate=time.gmtime(1735689600), modDate=time.gmtime(1735689600))


def make_fax(docid, text, header, font="cour"):
    src = os.path.join(TMP, docid + "_src.pdf")
    render_pdf(src, text, font)
    ims = pdf_to_images(src, 200, docid)
    fnt = ImageFont.truetype(DEJAVU, 26)
    pages = []
    n = len(ims)
    for i, im in enumerate(ims):
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 50], fill=255)
        d.text((30, 12), header + f"   P.{i+1:02d}/{n:02d}", font=fnt, fill=0)
        arr = np.asarray(im).astype(np.int16) + nrng.normal(0, 18, (im.height, im.width)).astype(np.int16)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0)
        pages.append(im.convert("1"))
    pages[0].save(os.path.join(OUT, docid + ".tif"), compression="group4", dpi=(200, 200),
                  save_all=True, append_images=pages[1:])


def pdf_bytes(docid, text, font="times"):
    p = os.path.join(TMP, docid + "_att.pdf")
    render_pdf(p, text, font)
    return open(p, "rb").read()


def jpeg_bytes(docid, text, font="times"):
    src = os.path.join(TMP, docid + "_photo.pdf")
    render_pdf(src, text, font)
    ims = pdf_to_images(src, 150, docid + "_photo")
    im = degrade(ims[0], 1.2, 0, grey=225, noise=8, jpeg_q=70)
    b = io.BytesIO(); im.convert("RGB").save(b, "JPEG", quality=72)
    return b.getvalue()


def new_msg(frm, to, subject, date, msgid, cc=None):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{msgid}>"
    return m


def write_eml(docid, m):
    for i, part in enumerate(m.walk()):
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_{docid}_part{i}_boundary")
    with open(os.path.join(OUT, docid + ".eml"), "wb") as f:
        f.write(m.as_bytes(policy=policy.SMTP))


def write_txt(docid, text):
    with open(os.path.join(OUT, docid + ".txt"), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


def D(y, mo, d, h=9, mi=0, tz=-6):
    return datetime.datetime(y, mo, d, h, mi, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def label(docid, fmt, template, agency_key, agency_name, person, title, email, phone, subjects, basis,
          ptype, form, attached, purpose, records, channel):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    rec = {"id": docid, "family": "blind-mm", "format": fmt, "template": template,
           "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                         "title": title, "email": email, "phone": phone},
           "subjects": [{"name": n, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                        for n, dob, ids in subjects],
           "legal_basis": [{"normalized": b} for b in basis],
           "legal_process": {"type": ptype, "court_issued": court, "form": form},
           "warrant_or_subpoena_attached": attached, "purpose": purpose,
           "records_requested": records, "channel": channel}
    with open(os.path.join(OUT, docid + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2); f.write("\n")


DOCS = []
def doc(fn):
    DOCS.append(fn); return fn


# ---------------------------------------------------------------- bmm01
@doc
def bmm01():
    t = """!c U.S. Department of Homeland Security
!c U.S. Immigration and Customs Enforcement
!c Enforcement and Removal Operations - Boston Field Office
!c 1000 District Avenue, Burlington, MA 01803
---
!r February 11, 2025

VIA FIRST-CLASS MAIL

Registry of Motor Vehicles
Attn: Records Management / Law Enforcement Liaison
P.O. Box 55889
Boston, MA 02205

RE: Request for Information - ERO File No. BOS-2025-00417

Dear Records Custodian:

Pursuant to section 287 of the Immigration and Nationality Act (8 U.S.C. § 1357) and 8 C.F.R. § 287.5(a)(1), officers of U.S. Immigration and Customs Enforcement are authorized to interrogate and to obtain information concerning any person believed to be an alien as to his right to be or to remain in the United States. This office respectfully requests that the Registry furnish the records described below for the following individual:

    Name:            DE LA CRUZ ORTEGA, José Manuel
    Date of Birth:   07/14/1986
    Alien No.:       A 208-114-563
    MA License No.:  S41872290

Records requested: current residential and mailing address on file; the most recent license photograph; and any vehicles registered in the subject's name, including plate numbers.

We understand that disclosures by the Registry are governed by G.L. c. 66A and by the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), which permits disclosure to a government agency in carrying out its functions. The information is requested for official use only and will not be disseminated outside the Department of Homeland Security.

Please direct the response, or any questions, to the undersigned.

Sincerely,


Kevin P. Mulcahy
Deportation Officer
Boston Field Office, ICE/ERO
Tel. (617) 555-0142
kevin.mulcahy@ice.dhs.gov

cc: A-File
---
!c FOR OFFICIAL USE ONLY - LAW ENFORCEMENT SENSITIVE
"""
    render_pdf(os.path.join(OUT, "bmm01.pdf"), t, "times")
    label("bmm01", "born_digital", "ERO field office letter to motor vehicles, prose INA + G.L. c. 66A",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Boston Field Office",
          "Kevin P. Mulcahy", "Deportation Officer", "kevin.mulcahy@ice.dhs.gov", "(617) 555-0142",
          [("José Manuel de la Cruz Ortega", "1986-07-14", [("a_number", "A208114563"), ("license", "S41872290")])],
          ["INA 287", "8 USC 1357", "8 CFR 287.5", "MGL 66A", "18 USC 2721"],
          "none", None, False, "civil_immigration", ["address", "photo", "vehicle"], "mail")


# ---------------------------------------------------------------- bmm02
@doc
def bmm02():
    m = new_msg("Det. Sarah Lindqvist <slindqvist@cityoftacoma.org>", "dol.lawenforcement@dol.wa.gov",
                "Records request - TPD 24-318-0457 (stolen vehicles)", D(2024, 11, 14, 10, 22, -8),
                "20241114102200.7731@cityoftacoma.org")
    m.set_content("""Good morning,

I'm working a stolen-vehicle case out of our Property Crimes Unit (TPD case 24-318-0457). We are investigating theft of a motor vehicle, RCW 9A.56.065, and possession of a stolen vehicle, RCW 9A.56.068. Several of the vehicles were taken from Pacific Fleet Leasing; the lot manager, Marcus Bell, gave us a statement, so he is NOT one of the people I need records on.

Under RCW 46.12.630 and the law enforcement provisions of RCW 42.56.240, could you send me what DOL has on these two:

  1) Dmitri Volkov, DOB 1991-05-22, WA DL VOLKODA491NB
  2) KOVALENKO, Oksana  -  DOB 09 Nov 1994 (no DL number, she may have a WA ID card)

What I need: vehicle registration history for both (any plate/VIN in their names since 2022), current and prior addresses, and the most recent DL/ID photos.

Thanks a lot - a reply to this email is fine.

Det. Sarah Lindqvist #3317
Property Crimes Unit
Tacoma Police Department
3701 S. Pine St., Tacoma, WA 98409
(253) 555-0178
""")
    write_eml("bmm02", m)
    label("bmm02", "eml", "informal detective email, two subjects, RCW list, victim named",
          "local-police", "Tacoma Police Department", "Sarah Lindqvist", "Detective",
          "slindqvist@cityoftacoma.org", "(253) 555-0178",
          [("Dmitri Volkov", "1991-05-22", [("license", "VOLKODA491NB")]),
           ("Oksana Kovalenko", "1994-11-09", [])],
          ["RCW 9A.56.065", "RCW 9A.56.068", "RCW 46.12.630", "RCW 42.56.240"],
          "none", None, False, "criminal_investigation", ["vehicle", "address", "photo"], "email")


# ---------------------------------------------------------------- bmm03
@doc
def bmm03():
    t = """!c PORTLAND POLICE BUREAU
!c Detective Division - Fraud Detail
!c 1111 SW 2nd Avenue, Portland, OR 97204
---
March 3, 2025
Via U.S. Mail

Oregon Employment Department
Attn: Custodian of Records / Legal Services
875 Union Street NE
Salem, OR 97311

Re: Search Warrant - PPB Case No. 25-118042

To the Custodian of Records:

Enclosed is a search warrant issued by the Circuit Court of the State of Oregon for Multnomah County under ORS 133.545 and ORS 133.555, directing the Department to produce wage and claim records for the two persons named in it. This is an active criminal investigation of identity theft (ORS 165.800). I recognize that the Department's records are confidential under ORS 657.665; the warrant is provided so that the Department may release them.

Please mail or call when the records are ready.

Respectfully,

Det. Brian Okafor, #52214
Fraud Detail, Portland Police Bureau
Phone (503) 555-0137
brian.okafor@police.portlandoregon.gov
[PAGE]
!h IN THE CIRCUIT COURT OF THE STATE OF OREGON
!c FOR THE COUNTY OF MULTNOMAH
!c SEARCH WARRANT
!c No. 25SW04417

STATE OF OREGON        )
                       ) ss.
County of Multnomah    )

IN THE NAME OF THE STATE OF OREGON, to any police officer in the State of Oregon, GREETINGS:

Upon the affidavit of Detective Brian Okafor, sworn before me this day, I find that there is probable cause to believe that evidence of the crime of Identity Theft, ORS 165.800, is now located in the records of the Oregon Employment Department, 875 Union Street NE, Salem, Oregon.

YOU ARE THEREFORE COMMANDED to search the records of the Oregon Employment Department for, and to seize, the following:

1. All quarterly wage records, employer reports and unemployment insurance claim files, including mailing addresses and bank deposit information, from January 1, 2022 to the present, for:
   a. WARSAME, Abdirahman Yusuf, DOB 02/03/1988
   b. HASSAN, Fadumo Ali, DOB 12/19/1990

This warrant shall be executed within five days and returned to this court as provided in ORS 133.615.

Issued this 28th day of February, 2025, at 3:40 p.m.


________________________________
Hon. Elena Marquardt
Circuit Court Judge
"""
    render_pdf(os.path.join(OUT, "bmm03.pdf"), t, "helv")
    label("bmm03", "born_digital", "police cover letter + Oregon circuit court search warrant",
          "local-police", "Portland Police Bureau", "Brian Okafor", "Detective",
          "brian.okafor@police.portlandoregon.gov", "(503) 555-0137",
          [("Abdirahman Yusuf Warsame", "1988-02-03", []), ("Fadumo Ali Hassan", "1990-12-19", [])],
          ["ORS 133.545", "ORS 133.555", "ORS 165.800", "ORS 657.665", "ORS 133.615"],
          "judicial_warrant", None, True, "criminal_investigation", ["wages", "employment", "claims", "address"], "mail")


# ---------------------------------------------------------------- bmm04
@doc
def bmm04():
    t = """!c DEPARTMENT OF HOMELAND SECURITY
!c U.S. Immigration and Customs Enforcement
!h IMMIGRATION ENFORCEMENT SUBPOENA
!c To Require Attendance of Witness or the Production of Records
!c (Section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4)
---
Subpoena No.: ERO-DET-25-0193                    File No.: A219 554 008

In the Matter of: PETROVIC, Ivan   (DOB: October 30, 1983)

To: Custodian of Records
    Ohio Bureau of Motor Vehicles
    1970 West Broad Street, Columbus, OH 43223

By service of this subpoena, you are hereby commanded to produce the records described below before the officer named below, at the ICE ERO Columbus Sub-Office, 675 Brooksedge Blvd., Westerville, OH 43081, on or before April 15, 2025, at 10:00 a.m., in connection with an investigation relating to the admissibility and removability of the above-named alien:

Certified copies of all driver license and identification card applications, supporting identity documents, the current residential address, the most recent photograph, and all motor vehicle registrations for Ivan PETROVIC, DOB 10/30/1983, Ohio DL No. UT418833.

Records may be released under R.C. 4501.27(B)(2)(a). Failure to comply with this subpoena may result in the Department of Homeland Security seeking enforcement of the subpoena in a United States District Court.

Date: March 27, 2025

Rachel D. Kim
Supervisory Detention and Deportation Officer
ICE ERO Detroit Field Office - Columbus Sub-Office
(614) 555-0119   rachel.kim@ice.dhs.gov
(Signature and title of issuing officer)
---
Form I-138 (Rev. 08/01/07)
[PAGE]
!c CERTIFICATE OF SERVICE

I certify that I served this subpoena on the person named above by [X] certified mail [ ] personal delivery, on March 27, 2025.

Name of server: Rachel D. Kim                Title: SDDO

!c INSTRUCTIONS
Records produced in response to this subpoena may be mailed to the issuing officer. Questions regarding this subpoena should be directed to the issuing officer at the telephone number shown on the face of the subpoena.
"""
    make_scanned("bmm04", t, "times", flips={1: 180})
    label("bmm04", "scanned", "DHS Form I-138 Immigration Enforcement Subpoena to Ohio BMV, page 2 upside down",
          "dhs-ice-ero", "ICE ERO Detroit Field Office - Columbus Sub-Office", "Rachel D. Kim",
          "Supervisory Detention and Deportation Officer", "rachel.kim@ice.dhs.gov", "(614) 555-0119",
          [("Ivan Petrovic", "1983-10-30", [("a_number", "A219554008"), ("license", "UT418833")])],
          ["INA 235", "8 USC 1225", "8 CFR 287.4", "ORC 4501.27"],
          "administrative_subpoena", "I-138", True, "civil_immigration",
          ["license", "identity_documents", "address", "photo", "vehicle"], "mail")


# ---------------------------------------------------------------- bmm05
@doc
def bmm05():
    t = """!h FACSIMILE TRANSMITTAL
!c U.S. Immigration and Customs Enforcement
!c Enforcement and Removal Operations - St. Louis Sub-Office
---
TO:      Missouri Department of Revenue, Driver License Bureau - Records
FAX:     (573) 555-0185
FROM:    Anthony Russo, Deportation Officer
PHONE:   (314) 555-0126     FAX: (314) 555-0127
EMAIL:   anthony.russo@ice.dhs.gov
DATE:    05/06/2025                 PAGES (incl. cover): 2
---
Please provide the last known address, license status and any vehicles registered to the subject of the attached warrant:

   GOMEZ SALAZAR, Oscar Iván    DOB 04/02/1979    A# 097 312 455    MO DLN 084112907

We are aware that some of your records are closed records under § 610.021, RSMo; disclosure to a government agency is permitted by 18 U.S.C. § 2721(b)(1).

CONFIDENTIALITY NOTICE: This facsimile may contain law enforcement sensitive information. If you received it in error, notify the sender and destroy it.
[PAGE]
!c U.S. DEPARTMENT OF HOMELAND SECURITY
!h WARRANT FOR ARREST OF ALIEN
                                              File No. A097 312 455
                                              Date: 05/02/2025
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that  OSCAR IVAN GOMEZ SALAZAR  is removable from the United States. This determination is based upon:
[X] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[X] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

        Marcus T. Reed
        (Signature of Authorized Immigration Officer)
        Supervisory Detention and Deportation Officer
        (Printed Name and Title of Authorized Immigration Officer)

Certificate of Service: Served by ____________ on ____________
Form I-200 (Rev. 09/16)
"""
    make_fax("bmm05", t, "MAY-06-2025 14:12  FROM: ICE ERO STL 3145550127  TO: 5735550185")
    label("bmm05", "fax", "fax cover + Form I-200 to Missouri DOR; cover sender differs from signing SDDO",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - St. Louis Sub-Office",
          "Anthony Russo", "Deportation Officer", "anthony.russo@ice.dhs.gov", "(314) 555-0126",
          [("Oscar Iván Gómez Salazar", "1979-04-02", [("a_number", "A097312455"), ("license", "084112907")])],
          ["RSMo 610.021", "18 USC 2721", "INA 236", "INA 287", "8 CFR 287"],
          "administrative_warrant", "I-200", True, "civil_immigration", ["address", "license", "vehicle"], "fax")


# ---------------------------------------------------------------- bmm06
@doc
def bmm06():
    body = """Good afternoon,

Please find attached a Warrant of Removal/Deportation (Form I-205) for the individual below, who is subject to a final order of removal. Under 8 U.S.C. § 1231(a) and 8 C.F.R. § 241.2, this office is responsible for effecting her removal and requests the following DMV information to help locate her:

  Name: IBÁÑEZ ROCHA, María Fernanda
  DOB: 08/09/1992
  A-Number: A204 776 120
  CA DL: B7731924

 - current residence and mailing address
 - most recent DL photograph

We understand the Department may review this request under Government Code section 7284.6 and Vehicle Code section 1808.21 before responding. Please contact me with any questions.

Respectfully,
Thanh Tran
Deportation Officer
ICE Enforcement and Removal Operations
San Francisco Field Office
630 Sansome Street, San Francisco, CA 94111
Office: (415) 555-0148
thanh.tran@ice.dhs.gov
"""
    i205 = """!c U.S. DEPARTMENT OF HOMELAND SECURITY
!h WARRANT OF REMOVAL/DEPORTATION
                                          File No: A204 776 120
                                          Date: 01/17/2025
To any immigration officer of the United States Department of Homeland Security:

                 MARIA FERNANDA IBANEZ ROCHA
                 (Full name of alien)

who entered the United States at  San Ysidro, CA  on  or about 06/2011
                               (Place of entry)        (Date of entry)

is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
section 237(a)(1)(B)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation for enforcement.

        Gregory Hale
        (Signature of Authorized Immigration Officer)
        Field Office Director, San Francisco
        (Title of Immigration Officer)

Form I-205 (Rev. 08/01/07)
"""
    m = new_msg("Thanh Tran <thanh.tran@ice.dhs.gov>", "LawEnforcementRequests@dmv.ca.gov",
                "Request for DMV information - I-205 attached (A204776120)", D(2025, 2, 4, 15, 5, -8),
                "SF-ERO-20250204150500@ice.dhs.gov")
    m.set_content(body)
    m.add_attachment(pdf_bytes("bmm06", i205), maintype="application", subtype="pdf", filename="I-205_A204776120.pdf")
    write_eml("bmm06", m)
    label("bmm06", "eml", "ERO email with I-205 PDF attached; cites CA Gov/Veh code in prose",
          "dhs-ice-ero", "ICE Enforcement and Removal Operations, San Francisco Field Office", "Thanh Tran",
          "Deportation Officer", "thanh.tran@ice.dhs.gov", "(415) 555-0148",
          [("María Fernanda Ibáñez Rocha", "1992-08-09", [("a_number", "A204776120"), ("license", "B7731924")])],
          ["8 USC 1231", "8 CFR 241.2", "CA Gov Code 7284.6", "CA Veh Code 1808.21", "INA 237"],
          "administrative_warrant", "I-205", True, "civil_immigration", ["address", "photo"], "email")


# ---------------------------------------------------------------- bmm07
@doc
def bmm07():
    t = """!c DEPARTMENT OF HOMELAND SECURITY
!h IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 389112774          Event #: ATL2503000412          File No: A212 998 301
                                                               Date: March 19, 2025
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
    Records Supervisor, North Carolina Department of Adult Correction
    Central Prison, 1300 Western Blvd., Raleigh, NC 27606
FROM: (Department of Homeland Security Office Address)
    ICE ERO Atlanta Field Office - Charlotte Sub-Office
    5701 Executive Center Dr., Charlotte, NC 28212

Name of Alien: NGUYEN, Van Hung
Date of Birth: 01/23/1985     Citizenship: Vietnam     Sex: M
---
1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[ ] Biometric confirmation of the alien's identity and a records check of federal databases;
[ ] Statements made by the alien to an immigration officer.

IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling (704) 555-0158.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
- Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
- Notify this office in the event of the alien's death, hospitalization or transfer to another institution.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. It is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. §§ 236.1 and 287.7. Jail and prison administrators may also consult N.C. Gen. Stat. § 162-62.

Bryce Holloway, Deportation Officer
(Name and title of Immigration Officer)        (Signature of Immigration Officer)
bryce.holloway@ice.dhs.gov   (704) 555-0158
---
Notice: Once in our custody, the subject of this detainer may be removed from the United States.
DHS Form I-247A (3/17)
"""
    render_pdf(os.path.join(OUT, "bmm07.pdf"), t, "helv", 9.5)
    label("bmm07", "born_digital", "Form I-247A detainer to NC prison",
          "dhs-ice-ero", "ICE ERO Atlanta Field Office - Charlotte Sub-Office", "Bryce Holloway",
          "Deportation Officer", "bryce.holloway@ice.dhs.gov", "(704) 555-0158",
          [("Van Hung Nguyen", "1985-01-23", [("a_number", "A212998301")])],
          ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7", "NCGS 162-62"],
          "detainer", "I-247A", True, "civil_immigration", ["other"], "mail")


# ---------------------------------------------------------------- bmm08
@doc
def bmm08():
    t = """===== Iowa DOT Motor Vehicle Division - Law Enforcement Records Request (online) =====
Submission ID: LE-2025-0031784
Submitted: 2025-01-09 16:47 CST
Routed to: mvd.records@iowadot.us
-------------------------------------------------------------------
Requesting agency:        Polk County Sheriff's Office
Requester name:           Deputy Kyle J. Brandt
Badge / ID:               PCSO 1187
Title:                    Investigator, Criminal Investigations Division
Phone:                    (515) 555-0112
Email:                    kyle.brandt@polkcountyiowa.gov
Agency case number:       25-000412
-------------------------------------------------------------------
Subject last name:        FARAH
Subject first name:       Abdullahi
Subject middle name:      Hassan
Date of birth (MM/DD/YYYY): 06/30/1996
Iowa DL / ID number:      123AB4567
-------------------------------------------------------------------
Records requested (check all that apply):
  [x] Current address     [x] DL/ID photograph     [ ] Driving record
  [ ] Vehicle registration  [ ] Title history      [ ] Other
-------------------------------------------------------------------
Purpose of request / offense under investigation:
  Burglary in the third degree, Iowa Code § 713.6A. Subject seen on video at storage facility burglary 12/28/24; need photo for lineup.
Legal authority for release:
  Iowa Code § 321.11(2); 18 U.S.C. § 2721(b)(1)
-------------------------------------------------------------------
[x] I certify that this request is made for a law enforcement purpose and that the information will be used only as permitted by law.
Electronic signature: Kyle J. Brandt
"""
    write_txt("bmm08", t)
    label("bmm08", "txt", "Iowa DOT online law-enforcement request form submission",
          "sheriff", "Polk County Sheriff's Office", "Kyle J. Brandt", "Investigator, Criminal Investigations Division",
          "kyle.brandt@polkcountyiowa.gov", "(515) 555-0112",
          [("Abdullahi Hassan Farah", "1996-06-30", [("license", "123AB4567")])],
          ["IA Code 713.6A", "IA Code 321.11", "18 USC 2721"],
          "none", None, False, "criminal_investigation", ["address", "photo"], "email")


# ---------------------------------------------------------------- bmm09
@doc
def bmm09():
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear DWD Records Unit,</p>
<p>The FBI Milwaukee Field Office is investigating an unemployment-insurance fraud scheme involving possible violations of <b>18 U.S.C. &sect;&sect; 1343 and 1349</b> (wire fraud and conspiracy). Claims appear to have been filed using the identities of employees of Lakeshore Staffing LLC; the company's HR director, Janet Ruiz, is cooperating and is not a subject.</p>
<p>Consistent with 20 C.F.R. &sect; 603.5(i) and Wis. Stat. &sect; 108.14(7), I request UI claim records (claim history, addresses, bank/payment details, IP addresses of filings) and quarterly wage records from 2021 to present for:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>SSN (last 4)</th></tr>
<tr><td>WIŚNIEWSKI, Tomasz</td><td>03/15/1980</td><td>xxx-xx-4471</td></tr>
<tr><td>KOWALCZYK, Ewa M.</td><td>11/02/1984</td><td>xxx-xx-2086</td></tr>
</table>
<p>Please send the records by secure email to me.</p>
<p>Thank you,<br>
<b>Megan O'Rourke</b><br>Special Agent<br>Federal Bureau of Investigation, Milwaukee Field Office<br>
3600 S. Lake Drive, St. Francis, WI 53235<br>Desk: (414) 555-0163 | <a href="mailto:mororourke@fbi.gov">mororourke@fbi.gov</a></p>
<p style="font-size:8pt;color:#666">This email and any attachments are intended only for the named recipient and may contain law enforcement sensitive information.</p>
</body></html>"""
    m = new_msg("\"O'Rourke, Megan (MW) (FBI)\" <mororourke@fbi.gov>", "dwdrecords@dwd.wisconsin.gov",
                "UI claim & wage records request - FBI Milwaukee", D(2025, 4, 22, 8, 41, -5),
                "BN7PR09MB2231.namprd09.prod.outlook.com")
    m.set_content(html, subtype="html")
    write_eml("bmm09", m)
    label("bmm09", "eml", "HTML-only FBI email with subjects table, employer contact named",
          "doj-fbi", "Federal Bureau of Investigation, Milwaukee Field Office", "Megan O'Rourke", "Special Agent",
          "mororourke@fbi.gov", "(414) 555-0163",
          [("Tomasz Wiśniewski", "1980-03-15", [("ssn_last4", "4471")]),
           ("Ewa M. Kowalczyk", "1984-11-02", [("ssn_last4", "2086")])],
          ["18 USC 1343", "18 USC 1349", "20 CFR 603.5", "WI Stat 108.14"],
          "none", None, False, "criminal_investigation", ["claims", "wages", "address", "other"], "email")


# ---------------------------------------------------------------- bmm10
@doc
def bmm10():
    t = """!c U.S. Department of Justice
!c United States Attorney's Office
!c District of Minnesota
!r 300 South Fourth Street, Suite 600, Minneapolis, MN 55415
---
!r June 2, 2025
VIA CERTIFIED MAIL

Custodian of Records
Minnesota Department of Employment and Economic Development
Unemployment Insurance Division
180 East Fifth Street, Suite 1200
St. Paul, MN 55101

Re: Grand Jury Subpoena No. 25-GJ-0611

Dear Custodian:

Enclosed is a subpoena issued by a federal grand jury sitting in this district, which is investigating possible violations of Title 18, United States Code, Sections 1341 and 1343. Disclosure of the requested wage and claim records is authorized by Minn. Stat. § 268.19, subd. 1, and by 20 C.F.R. Part 603.

In lieu of appearing, you may comply by producing the records to the case agent, together with a certification that satisfies Fed. R. Evid. 902(11). Matters occurring before the grand jury are secret under Fed. R. Crim. P. 6(e); we ask that you not disclose the existence of this subpoena to the persons named.

Very truly yours,

JOSEPH H. THOMPSON
Acting United States Attorney

s/ Daniel H. Strand
Daniel H. Strand
Assistant United States Attorney
(612) 555-0133 | daniel.strand@usdoj.gov
[PAGE]
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
!h UNITED STATES DISTRICT COURT
!c for the
!c District of Minnesota
!c SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Minnesota Department of Employment and Economic Development

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place: U.S. Courthouse, 300 South Fourth Street, Minneapolis, MN 55415     Date and Time: 06/24/2025 9:30 am
       Grand Jury Room 14E

You must also bring with you the following documents, electronically stored information, or objects:
All quarterly wage detail records, employer account records, and unemployment insurance claim files (applications, weekly certifications, payment histories, addresses, telephone numbers, and bank routing information), January 1, 2020 through present, for:
   (1) Liam Patrick DOHERTY, date of birth September 9, 1977
   (2) HALVORSEN, Kari J., date of birth January 27, 1981

Date: 05/30/2025                    CLERK OF COURT
                                    s/ Rebecca L. Sandoval
                                    Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Daniel H. Strand, AUSA, 300 South Fourth Street, Suite 600, Minneapolis, MN 55415, daniel.strand@usdoj.gov, (612) 555-0133
"""
    render_pdf(os.path.join(OUT, "bmm10.pdf"), t, "times")
    label("bmm10", "born_digital", "AUSA cover letter + AO 110 federal grand jury subpoena to Minnesota DEED",
          "doj-usao", "United States Attorney's Office, District of Minnesota", "Daniel H. Strand",
          "Assistant United States Attorney", "daniel.strand@usdoj.gov", "(612) 555-0133",
          [("Liam Patrick Doherty", "1977-09-09", []), ("Kari J. Halvorsen", "1981-01-27", [])],
          ["18 USC 1341", "18 USC 1343", "MN Stat 268.19", "20 CFR 603", "FRE 902", "FRCrP 6"],
          "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
          ["wages", "employment", "claims", "address", "phone", "other"], "mail")


# ---------------------------------------------------------------- bmm11
@doc
def bmm11():
    t = """Approved, SCAO                                              Original - Court  1st copy - Witness
!c STATE OF MICHIGAN
!c 3RD JUDICIAL CIRCUIT COURT - WAYNE COUNTY
!h SUBPOENA
!c Order to Appear and/or Produce
                                                       CASE NO. 24-004518-01-FH
Police Report No. DPD 2408150231
---
Plaintiff: PEOPLE OF THE STATE OF MICHIGAN      v    Defendant: ANDRE LAMONT WHITFIELD
[X] Criminal    [ ] Civil    [ ] Probate
Charge: Receiving and Concealing Stolen Property, MCL 750.535(3)(a)
---
In the Name of the People of the State of Michigan. TO:
Custodian of Records, Michigan Department of State, Record Lookup Unit, 7064 Crowner Drive, Lansing, MI 48918

If you require special accommodations to use the court because of a disability, please contact the court immediately.

YOU ARE ORDERED:
[X] to appear personally at the time and place stated below: You may be required to appear from time to time and day to day until excused.
    Frank Murphy Hall of Justice, 1441 St. Antoine, Courtroom 503, Detroit, MI 48226, on 08/11/2025 at 9:00 a.m.
[X] Produce/permit inspection or copying of the following items:
    Certified driving record, title and registration history, and current address of record for Andre Lamont WHITFIELD, DOB 06/17/1990, MI OL W314 552 871 902; certified copies may be produced in lieu of appearance with a certification complying with MRE 902(11).
---
Subpoena issued under MCR 2.506. FAILURE TO OBEY THE COMMANDS OF THE SUBPOENA OR APPEAR AT THE STATED TIME AND PLACE MAY SUBJECT YOU TO PENALTY FOR CONTEMPT OF COURT.

Issued: July 14, 2025

Keisha M. Durant (P71234)
Assistant Prosecuting Attorney
Wayne County Prosecutor's Office
1441 St. Antoine, 12th Floor, Detroit, MI 48226
(313) 555-0171   kdurant@waynecountymi.gov
Attorney signature / Court clerk

MC 11 (9/19) SUBPOENA, Order to Appear and/or Produce
"""
    make_scanned("bmm11", t, "helv")
    label("bmm11", "scanned", "Michigan MC 11 criminal subpoena duces tecum issued by assistant prosecutor",
          "district-attorney", "Wayne County Prosecutor's Office", "Keisha M. Durant", "Assistant Prosecuting Attorney",
          "kdurant@waynecountymi.gov", "(313) 555-0171",
          [("Andre Lamont Whitfield", "1990-06-17", [("license", "W314552871902")])],
          ["MCL 750.535", "MI R Evid 902", "MI CivP 2.506"],
          "court_subpoena", "MC 11", True, "criminal_investigation", ["license", "vehicle", "address"], "mail")


# ---------------------------------------------------------------- bmm12
@doc
def bmm12():
    plain = """Hello,

Attached please find a DEA administrative subpoena issued under Title 21, United States Code, Section 876, for Kansas Division of Vehicles records on two individuals connected to a methamphetamine distribution investigation out of Wichita.

  1. NÚÑEZ ALVARADO, Rodrigo - DOB 12/05/1989 - KS DL K05-84-1173
  2. Brandon Lee TATUM - DOB 07/19/1993

We are looking for current address, registered vehicles (plate/VIN), and DL photos. My understanding is that K.S.A. 74-2012 allows release to law enforcement. A scanned copy of the records by email is fine.

Thank you,

Hector Villanueva-Ruiz
Special Agent
Drug Enforcement Administration - Wichita Resident Office
(316) 555-0151
hector.villanueva-ruiz@dea.gov
"""
    html = "<html><body><pre style='font-family:Segoe UI,Arial'>" + plain.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>"
    sub = """!c UNITED STATES DEPARTMENT OF JUSTICE
!c DRUG ENFORCEMENT ADMINISTRATION
!h SUBPOENA
                                                    Subpoena No.: R4-25-0031
                                                    Case No.: M4-24-0117
TO: Custodian of Records, Kansas Department of Revenue, Division of Vehicles
    120 SE 10th Avenue, Topeka, KS 66612

In the matter of an investigation of violations of 21 U.S.C. §§ 841 and 846:

By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED TO APPEAR before Special Agent Hector Villanueva-Ruiz, an official of the Drug Enforcement Administration, at 1999 N. Amidon, Wichita, KS 67203, on 03/18/2025 at 10:00 a.m., to testify and give information and to produce the following records:

Driver license and identification card records, including application photographs and current and prior addresses, and all vehicle registrations and titles, for:
  Rodrigo NUNEZ ALVARADO, DOB 12/05/1989, KS DL K05841173
  Brandon Lee TATUM, DOB 07/19/1993

In lieu of appearance, the records may be delivered to the official named above.

This subpoena is issued pursuant to Title 21, United States Code, Section 876, in connection with an investigation under the Controlled Substances Act. In the event of refusal to comply, the Attorney General may invoke the aid of any court of the United States within the jurisdiction of which the investigation is carried on, and the United States District Court may issue an order requiring compliance. Failure to obey such order may be punished as contempt.

Issued: 03/04/2025
Hector Villanueva-Ruiz, Special Agent                   Randall P. Ostrowski
(Name and title of investigating official)                Group Supervisor, DEA Wichita RO
                                                          (Issuing official)
"""
    m = new_msg("Villanueva-Ruiz, Hector <hector.villanueva-ruiz@dea.gov>", "dov.lawenforcement@ks.gov",
                "DEA subpoena R4-25-0031 - KDOR records", D(2025, 3, 4, 13, 18), "R4250031.0304@dea.gov")
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    m.add_attachment(pdf_bytes("bmm12", sub, "cour"), maintype="application", subtype="pdf", filename="DEA_Subpoena_R4-25-0031.pdf")
    write_eml("bmm12", m)
    label("bmm12", "eml", "DEA email (multipart/alternative) + 21 USC 876 subpoena PDF with district-court enforcement clause",
          "doj-dea", "Drug Enforcement Administration - Wichita Resident Office", "Hector Villanueva-Ruiz", "Special Agent",
          "hector.villanueva-ruiz@dea.gov", "(316) 555-0151",
          [("Rodrigo Núñez Alvarado", "1989-12-05", [("license", "K05841173")]),
           ("Brandon Lee Tatum", "1993-07-19", [])],
          ["21 USC 876", "KSA 74-2012", "21 USC 841", "21 USC 846"],
          "administrative_subpoena", None, True, "criminal_investigation", ["address", "vehicle", "photo"], "email")


# ---------------------------------------------------------------- bmm13
@doc
def bmm13():
    t = """!h KENTUCKY STATE POLICE
!c Post 11 - London | Criminal Investigations
!c 949 KY 363, London, KY 40744
!c LAW ENFORCEMENT REQUEST FOR DRIVER / VEHICLE INFORMATION
---
To:  Kentucky Transportation Cabinet, Division of Driver Licensing - Records Branch
     Fax (502) 555-0193
From: Det. Wyatt Combs, Trooper First Class           Date: 14 Apr 2025
     Phone (606) 555-0121   Fax (606) 555-0122   wyatt.combs@ky.gov
KSP Case #: 11-25-0388
---
SUBJECT 1:  MESSER, Cody Ray          DOB: 08/04/1987     KY OL#: M123-456-789
SUBJECT 2:  HACKER, Jessica Lynn      DOB: 02/14/1992     KY OL#: unknown

INFORMATION REQUESTED:
 [X] Driver history / license status   [X] Photo    [X] Address history
 [X] Vehicle registration (AVIS)      [ ] Other: ____________

NATURE OF INVESTIGATION: Trafficking in a controlled substance, first degree, KRS 218A.1412. Both subjects believed to be using vehicles registered to third parties.

AUTHORITY: 18 U.S.C. § 2721(b)(1). Records exempt from public inspection under KRS 61.878(1)(h) - law enforcement use only.

Requesting officer signature: /s/ W. Combs          Supervisor: Sgt. Dale Sizemore
---
This fax contains confidential law enforcement information. If received in error please call (606) 555-0121.
"""
    make_fax("bmm13", t, "04/14/2025 09:52  KSP POST 11 LONDON  6065550122")
    label("bmm13", "fax", "KSP faxed request form, two subjects, supervisor named",
          "state-police", "Kentucky State Police, Post 11 - London", "Wyatt Combs", "Detective, Trooper First Class",
          "wyatt.combs@ky.gov", "(606) 555-0121",
          [("Cody Ray Messer", "1987-08-04", [("license", "M123456789")]),
           ("Jessica Lynn Hacker", "1992-02-14", [])],
          ["KRS 218A.1412", "18 USC 2721", "KRS 61.878"],
          "none", None, False, "criminal_investigation", ["license", "photo", "address", "vehicle"], "fax")


# ---------------------------------------------------------------- bmm14
@doc
def bmm14():
    t = """!c OFFICE OF THE DISTRICT ATTORNEY - CLARK COUNTY, NEVADA
!c Financial Crimes Unit | 200 Lewis Avenue, Las Vegas, NV 89155
---
September 8, 2025
By U.S. Mail

Nevada Department of Employment, Training and Rehabilitation
Employment Security Division - Custodian of Records
500 East Third Street, Carson City, NV 89713

Re: State v. Bondarenko, Case No. C-24-391122-1 - Order for Production of Records

Dear Custodian:

Enclosed is a signed order of the Eighth Judicial District Court directing DETR to produce wage and claim records. DETR's records are confidential under NRS 612.265; the order provides the required authority. Please include a custodian declaration under NRS 52.260 so the records may be admitted without a witness.

Sincerely,

Priya Raman
Chief Deputy District Attorney
(702) 555-0190 | priya.raman@clarkcountyda.com
[PAGE]
ORDR
!c DISTRICT COURT
!c CLARK COUNTY, NEVADA

THE STATE OF NEVADA,                           Case No.: C-24-391122-1
                 Plaintiff,                    Dept. No.: XVII
     vs.
ALEKSANDR BONDARENKO, aka "Sasha",
#8211904,
                 Defendant.

!c ORDER FOR PRODUCTION OF EMPLOYMENT SECURITY RECORDS

Upon the ex parte application of the State of Nevada, by and through Chief Deputy District Attorney Priya Raman, and good cause appearing, the Court finds that the records described below are material to the prosecution of the Defendant for Theft, NRS 205.0832, and Obtaining and Using Personal Identifying Information of Another, NRS 205.463 and NRS 205.465.

IT IS HEREBY ORDERED that the Nevada Department of Employment, Training and Rehabilitation shall, notwithstanding NRS 612.265, produce to the Clark County District Attorney's Office within fourteen (14) days all quarterly wage records, employer information, and unemployment insurance claim records, including addresses and payment records, for ALEKSANDR BONDARENKO, DOB 04/11/1986, SSN XXX-XX-3390, for the period January 1, 2022 to present.

IT IS FURTHER ORDERED that the records shall be used solely for purposes of this prosecution.

DATED this 4th day of September, 2025.

                                        ______________________________
                                        DISTRICT COURT JUDGE
                                        Hon. Caroline T. Abernathy
Submitted by:
STEVEN B. WOLFSON, District Attorney
By: Priya Raman, Chief Deputy District Attorney, Nevada Bar #011872
"""
    render_pdf(os.path.join(OUT, "bmm14.pdf"), t, "cour", 10)
    label("bmm14", "born_digital", "DA cover letter + Nevada district court order for DETR records",
          "district-attorney", "Office of the District Attorney - Clark County, Nevada", "Priya Raman",
          "Chief Deputy District Attorney", "priya.raman@clarkcountyda.com", "(702) 555-0190",
          [("Aleksandr Bondarenko", "1986-04-11", [("ssn_last4", "3390"), ("other", "8211904")])],
          ["NRS 612.265", "NRS 52.260", "NRS 205.0832", "NRS 205.463", "NRS 205.465"],
          "court_order", None, True, "criminal_investigation", ["wages", "employment", "claims", "address"], "mail")


# ---------------------------------------------------------------- bmm15
@doc
def bmm15():
    body = """ADOT MVD Custodian,

Attached is a photo of a search warrant signed this morning by Judge Lowell of Pinal County Superior Court for MVD records on Jesús Alberto Ortiz-Mendoza (DOB 11/21/1990, AZ DL D08812345). Original to follow by mail if you need it. Please send the records to me; I understand A.R.S. § 28-455 governs release of MVD personal information.

We need: registration history for all vehicles, title records, address history and the license photo.

Det. Raul Castañeda
Pinal County Sheriff's Office - Property Crimes
971 N. Jason Lopez Circle, Florence, AZ 85132
Desk 520-555-0187 | raul.castaneda@pinal.gov
"""
    w = """!c SUPERIOR COURT OF ARIZONA, COUNTY OF PINAL
!h SEARCH WARRANT
                                                   SW No. 2025-0419
THE STATE OF ARIZONA to any peace officer in the State of Arizona:

Proof by affidavit having been made this day before me by Detective Raul Castaneda, Pinal County Sheriff's Office, I am satisfied that there is probable cause to believe that the property described below is in the possession of the Arizona Department of Transportation, Motor Vehicle Division, 1801 W. Jefferson St., Phoenix, AZ, and that it constitutes evidence of the offense of Theft of Means of Transportation, A.R.S. § 13-1814.

YOU ARE THEREFORE COMMANDED, pursuant to A.R.S. §§ 13-3911 through 13-3915, in the daytime, to search the records of the Motor Vehicle Division for: all vehicle registration and title records, address history and license photographs for JESUS ALBERTO ORTIZ-MENDOZA, DOB 11/21/1990, AZ DL D08812345, and to retain the same in your custody subject to the order of this court.

GIVEN UNDER MY HAND AND DATED this 10th day of June, 2025, at 8:15 a.m.

                                   Patricia Lowell
                                   Hon. Patricia Lowell
                                   Judge of the Superior Court
"""
    m = new_msg("Raul Castaneda <raul.castaneda@pinal.gov>", "mvdrecords@azdot.gov",
                "Search warrant - MVD records (SW 2025-0419)", D(2025, 6, 10, 9, 2, -7), "SW20250419@pinal.gov")
    m.set_content(body)
    m.add_attachment(jpeg_bytes("bmm15", w), maintype="image", subtype="jpeg", filename="IMG_4471.jpg")
    write_eml("bmm15", m)
    label("bmm15", "eml", "sheriff email with phone photo (JPEG) of Arizona superior court search warrant",
          "sheriff", "Pinal County Sheriff's Office", "Raul Castañeda", "Detective", "raul.castaneda@pinal.gov", "520-555-0187",
          [("Jesús Alberto Ortiz-Mendoza", "1990-11-21", [("license", "D08812345")])],
          ["ARS 28-455", "ARS 13-1814", "ARS 13-3911", "ARS 13-3915"],
          "judicial_warrant", None, True, "criminal_investigation", ["vehicle", "address", "photo"], "email")


# ---------------------------------------------------------------- bmm16
@doc
def bmm16():
    t = """Ticket #: DLIR-REC-2025-00877        Status: NEW        Queue: UI Records / Law Enforcement
Created: 2025-07-21 11:06 HST         Source: Email (ui.records@hawaii.gov)
----------------------------------------------------------------------
From: Kalani Akana <kalani.akana@ice.dhs.gov>
Subject: HSI Honolulu - wage/employment info request

Aloha,

HSI Honolulu is conducting a criminal investigation into a document and benefit fraud scheme (18 U.S.C. § 1546 - fraud and misuse of visas, permits and other documents; 18 U.S.C. § 1028 - fraud in connection with identification documents). Two individuals are believed to have used fraudulent employment authorization documents to obtain work at several Oahu hotels.

We'd like any wage records and employer information DLIR holds for:

  TRAN, Minh Quoc - DOB 14 Jan 1979
  LE, Thi Hoa     - DOB 1982-05-30

I realize UI records are confidential under HRS § 383-95; please let me know if you need something more formal from us.

Mahalo,
Kalani Akana
Special Agent
Homeland Security Investigations (HSI) Honolulu
U.S. Immigration and Customs Enforcement
Tel: 808-555-0139
----------------------------------------------------------------------
Internal notes: (none)
"""
    write_txt("bmm16", t)
    label("bmm16", "txt", "helpdesk ticket export of HSI criminal email to Hawaii labor dept",
          "dhs-ice-hsi", "Homeland Security Investigations (HSI) Honolulu", "Kalani Akana", "Special Agent",
          "kalani.akana@ice.dhs.gov", "808-555-0139",
          [("Minh Quoc Tran", "1979-01-14", []), ("Thi Hoa Le", "1982-05-30", [])],
          ["18 USC 1546", "18 USC 1028", "HRS 383-95"],
          "none", None, False, "criminal_investigation", ["wages", "employment"], "email")


# ---------------------------------------------------------------- bmm17
@doc
def bmm17():
    t = """!c U.S. Department of Homeland Security
!c Immigration and Customs Enforcement - Enforcement and Removal Operations
!c Chicago Field Office | Indianapolis Sub-Office
!c 575 N. Pennsylvania St., Indianapolis, IN 46204
---
April 30, 2025

Indiana Bureau of Motor Vehicles
Legal Department - Records Requests
100 N. Senate Ave., Room N481
Indianapolis, IN 46204

Subject: Request for BMV records - SHEVCHENKO, Yuriy Mykolayovych, A215 443 987

To whom it may concern:

The attached Warrant for Arrest of Alien (Form I-200) has been issued for the individual named above (DOB 10/06/1990). In accordance with 8 U.S.C. § 1357, this office requests his current address of record, the photograph on his most recent credential, and any vehicles registered to him. We are aware of the exemptions in IC 5-14-3-4 and ask that the BMV release the information to this office as a law enforcement agency.

Thank you for your assistance.

Ana Lucía Ferreira
Deportation Officer
(317) 555-0163
ana.ferreira@ice.dhs.gov
[PAGE]
!c U.S. DEPARTMENT OF HOMELAND SECURITY
!h WARRANT FOR ARREST OF ALIEN
                                           File No.  A215 443 987
                                           Date:     04/28/2025
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that  YURIY MYKOLAYOVYCH SHEVCHENKO  is removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

        Timothy Barnes
        (Signature of Authorized Immigration Officer)
        Timothy Barnes, Supervisory Detention and Deportation Officer
        (Printed Name and Title of Authorized Immigration Officer)

Form I-200 (Rev. 09/16)
"""
    make_scanned("bmm17", t, "times", flips={1: 90})
    label("bmm17", "scanned", "ERO letter + I-200 to Indiana BMV, scanned, I-200 page rotated 90",
          "dhs-ice-ero", "Immigration and Customs Enforcement - Enforcement and Removal Operations, Chicago Field Office, Indianapolis Sub-Office",
          "Ana Lucía Ferreira", "Deportation Officer", "ana.ferreira@ice.dhs.gov", "(317) 555-0163",
          [("Yuriy Mykolayovych Shevchenko", "1990-10-06", [("a_number", "A215443987")])],
          ["8 USC 1357", "IC 5-14-3-4", "INA 236", "INA 287", "8 CFR 287"],
          "administrative_warrant", "I-200", True, "civil_immigration", ["address", "photo", "vehicle"], "mail")


# ---------------------------------------------------------------- bmm18
@doc
def bmm18():
    t = """!c U.S. Department of Justice
!c Bureau of Alcohol, Tobacco, Firearms and Explosives
!c Baltimore Field Division - Group III
!c 31 Hopkins Plaza, 5th Floor, Baltimore, MD 21201
---
                                                         775000-25-0042
                                                         www.atf.gov
!r 17 January 2025
Maryland Department of Labor
Division of Unemployment Insurance - Benefit Payment Control
1100 N. Eutaw Street, Room 506
Baltimore, MD 21201

Dear Sir or Madam:

ATF is conducting a criminal investigation of firearms trafficking and possession of firearms by prohibited persons, in violation of 18 U.S.C. § 922(g)(1) and 18 U.S.C. § 924(c), as well as related State offenses under Md. Code Ann., Crim. Law § 4-203 and Public Safety § 5-133. I respectfully request employment and wage information for the following persons, which may be released to a law enforcement agency under Md. Code Ann., Lab. & Empl. § 8-625:

   Deshawn Marcus PRYOR        DOB: 27 March 1995
   AGUILAR MEJÍA, Kevin        DOB: 13 September 1996

Specifically: employer names and addresses and quarterly wages reported from 2023 to the present, and the most recent address each claimant provided. The employer, Chesapeake Logistics Inc., is not a target of this investigation.

Please treat this request as law enforcement sensitive and do not notify the individuals.

Sincerely,

Gregory N. Whitaker
Special Agent
ATF Baltimore Field Division
Office: 443-555-0117
gregory.whitaker@atf.gov

cc: Group Supervisor Lisa Monroe
"""
    render_pdf(os.path.join(OUT, "bmm18.pdf"), t, "helv")
    label("bmm18", "born_digital", "ATF letter to Maryland labor, federal + Maryland article citations",
          "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Baltimore Field Division", "Gregory N. Whitaker",
          "Special Agent", "gregory.whitaker@atf.gov", "443-555-0117",
          [("Deshawn Marcus Pryor", "1995-03-27", []), ("Kevin Aguilar Mejía", "1996-09-13", [])],
          ["18 USC 922", "18 USC 924", "MD CR 4-203", "MD PS 5-133", "MD LE 8-625"],
          "none", None, False, "criminal_investigation", ["employment", "wages", "address"], "mail")


# ---------------------------------------------------------------- bmm19
@doc
def bmm19():
    m = new_msg("QUINONES, ESTEBAN <esteban.quinones@cbp.dhs.gov>", "mvd.lawenforcement@dps.nm.gov",
                "Vehicle registration inquiry - NM plate", D(2025, 8, 12, 7, 55, -6), "EPT-INT-250812@cbp.dhs.gov")
    m.set_content("""Good morning,

Border Patrol's El Paso Station intelligence unit is investigating an alien smuggling organization moving people north from Sunland Park. This is a criminal case under §§ 1324, 1325 and 1326 of Title 8, U.S. Code; agents also act under 8 U.S.C. § 1357(a)(3).

A vehicle involved in a load on 08/09 is registered in New Mexico to:

  Guadalupe RÍOS DE LEÓN, DOB 1975-12-01

Could MVD provide all vehicles currently or previously registered to her and the address on her registration and license? I believe release to law enforcement is authorized under NMSA 1978, § 66-2-7.1.

v/r,
Esteban Quiñones
Border Patrol Agent (Intelligence)
U.S. Customs and Border Protection | El Paso Station
Office: (915) 555-0104
""")
    write_eml("bmm19", m)
    label("bmm19", "eml", "Border Patrol smuggling email to NM MVD, section list + NMSA",
          "dhs-cbp", "U.S. Customs and Border Protection, El Paso Station", "Esteban Quiñones",
          "Border Patrol Agent (Intelligence)", "esteban.quinones@cbp.dhs.gov", "(915) 555-0104",
          [("Guadalupe Ríos de León", "1975-12-01", [])],
          ["8 USC 1324", "8 USC 1325", "8 USC 1326", "8 USC 1357", "NMSA 66-2-7.1"],
          "none", None, False, "criminal_investigation", ["vehicle", "address"], "email")


# ---------------------------------------------------------------- bmm20
@doc
def bmm20():
    t = """!h OFFICE OF THE DISTRICT ATTORNEY
!c Eastern Judicial Circuit of Georgia - Chatham County
!c 133 Montgomery Street, Savannah, GA 31401
!c FAX COVER SHEET
---
TO: Georgia Department of Labor, Legal Services / Records Custodian   FAX: 404-555-0196
FROM: ADA Mónica Vélez        PHONE: 912-555-0144     EMAIL: mvelez@chathamcountyga.gov
DATE: 10/02/2025             PAGES: 2
RE: State v. Hollis, Indictment CR24-1187 - subpoena for production
Note: Records are confidential under O.C.G.A. § 34-8-121; this subpoena is issued for a criminal trial. A certified copy under O.C.G.A. § 24-9-902(11) will avoid the need for a custodian to appear.
[PAGE]
!c IN THE SUPERIOR COURT OF CHATHAM COUNTY
!c STATE OF GEORGIA

STATE OF GEORGIA                        )
                                        )   Indictment No. CR24-1187
v.                                      )
                                        )   Charge: Theft by Taking,
TERRENCE DEVON HOLLIS,                  )   O.C.G.A. § 16-8-2
        Defendant.                      )

!c SUBPOENA FOR PRODUCTION OF DOCUMENTARY EVIDENCE
!c (O.C.G.A. §§ 24-13-21 and 24-13-23)

TO: Custodian of Records, Georgia Department of Labor, 148 Andrew Young International Blvd., Atlanta, GA 30303

YOU ARE HEREBY COMMANDED, all excuses being set aside, to appear at the Chatham County Courthouse, 133 Montgomery Street, Courtroom 4A, Savannah, Georgia, on the 3rd day of November, 2025, at 9:00 a.m., and to bring with you: all quarterly wage and employer records and unemployment claims for HOLLIS, Terrence Devon, date of birth February 9, 1991, SSN ending 5128, January 2023 to present.

Witness the Honorable Judge of said Court.

This 1st day of October, 2025.
                                      Tammie Mosley, Clerk of Superior Court
                                      By: ___________________ Deputy Clerk
Requested by: Mónica Vélez, Assistant District Attorney, GA Bar No. 417220
"""
    make_fax("bmm20", t, "OCT 02 2025 03:31PM  CHATHAM DA  912 555 0145")
    label("bmm20", "fax", "DA fax cover + Georgia superior court subpoena for production",
          "district-attorney", "Office of the District Attorney, Eastern Judicial Circuit of Georgia", "Mónica Vélez",
          "Assistant District Attorney", "mvelez@chathamcountyga.gov", "912-555-0144",
          [("Terrence Devon Hollis", "1991-02-09", [("ssn_last4", "5128")])],
          ["OCGA 34-8-121", "OCGA 24-9-902", "OCGA 16-8-2", "OCGA 24-13-21", "OCGA 24-13-23"],
          "court_subpoena", None, True, "criminal_investigation", ["wages", "employment", "claims"], "fax")


# ---------------------------------------------------------------- bmm21
@doc
def bmm21():
    t = """!c DEPARTMENT OF HOMELAND SECURITY
!h REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
Subject ID: 412203665        Event #: CHI2506001187        File No: A201 664 519
                                                          Date: 06/11/2025
TO: Illinois Department of Corrections, Records Office, Stateville Correctional Center, Crest Hill, IL 60403
    Inmate No.: R52177
FROM: ICE ERO Chicago Field Office, 101 W. Congress Pkwy, Chicago, IL 60605

Name of Alien: NUR, Abdiweli Mohamed
Date of Birth: 07/07/1984        Citizenship: Somalia        Sex: M
---
DHS HAS DETERMINED THAT THE ALIEN IS A PRIORITY FOR REMOVAL BECAUSE HE/SHE:
[X] has been convicted of an offense that is an aggravated felony, as defined by the Immigration and Nationality Act.

IT IS REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody, by calling (312) 555-0176. If you cannot notify 48 hours in advance, please notify DHS as soon as practicable.

This request does not request or authorize that you detain the alien beyond the time he/she is currently scheduled for release from your custody. This request is made under the authority of sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7. The recipient may also wish to consult 5 ILCS 805/15 (Illinois TRUST Act).

Sofia Marchetti, Deportation Officer
(Name and title of Immigration Officer)           (Signature of Immigration Officer)
sofia.marchetti@ice.dhs.gov
---
DHS Form I-247N (3/17)
"""
    render_pdf(os.path.join(OUT, "bmm21.pdf"), t, "helv", 9.5)
    label("bmm21", "born_digital", "Form I-247N voluntary notification request to Illinois DOC",
          "dhs-ice-ero", "ICE ERO Chicago Field Office", "Sofia Marchetti", "Deportation Officer",
          "sofia.marchetti@ice.dhs.gov", "(312) 555-0176",
          [("Abdiweli Mohamed Nur", "1984-07-07", [("a_number", "A201664519"), ("other", "R52177")])],
          ["INA 236", "INA 287", "8 CFR 287.7", "5 ILCS 805/15"],
          "detainer", "I-247N", True, "civil_immigration", ["other"], "mail")


# ---------------------------------------------------------------- bmm22
@doc
def bmm22():
    body = """SCDMV Legal,

Please see the attached court order, issued yesterday by Magistrate Judge Hodges (D.S.C.) under 18 U.S.C. § 2703(d), for SCDMV online-services account records. The order also contains a non-disclosure provision under 18 U.S.C. § 2705(b) - please do not notify the account holders.

The investigation concerns aggravated identity theft (18 U.S.C. § 1028A). I understand SCDMV personal information is otherwise restricted under S.C. Code Ann. § 30-4-160.

Records can be sent to me at the address below.

Whitney Alvarez
Special Agent, FBI Columbia
151 Westpark Blvd., Columbia, SC 29210
(803) 555-0161 | walvarez@fbi.gov
"""
    order = """!h UNITED STATES DISTRICT COURT
!c FOR THE DISTRICT OF SOUTH CAROLINA
!c COLUMBIA DIVISION

IN THE MATTER OF THE APPLICATION OF THE          Case No. 3:25-mj-00412
UNITED STATES OF AMERICA FOR AN ORDER
PURSUANT TO 18 U.S.C. § 2703(d)                 FILED UNDER SEAL

!c ORDER

The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the South Carolina Department of Motor Vehicles ("SCDMV"), which provides online services to the public, to disclose the records and other information described in Attachment A.

The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records are relevant and material to an ongoing criminal investigation.

IT IS ORDERED under 18 U.S.C. § 2703(d) that SCDMV shall, within ten days, disclose to the United States the records described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that SCDMV shall not disclose the existence of the application or this Order to the listed subscribers or to any other person for one year.

Date: August 27, 2025                 ______________________________
                                      Shiva V. Hodges
                                      United States Magistrate Judge

!c ATTACHMENT A
Subscriber and account information for SCDMV online accounts associated with:
  1. PRUITT, Jordan Ashby, DOB 10/22/1998
  2. Xiomara de Jesús BATISTA, DOB 05/04/1997
including names, e-mail addresses, telephone numbers, mailing addresses, log-in dates and times and associated IP addresses, January 1, 2024 to present.
"""
    m = new_msg("\"Alvarez, Whitney (CO) (FBI)\" <walvarez@fbi.gov>", "legal.requests@scdmv.net",
                "2703(d) Order - SCDMV online account records", D(2025, 8, 28, 11, 37, -4), "CO-2703d-0828@fbi.gov",
                cc="\"Graham, Eric (USASC)\" <eric.graham@usdoj.gov>")
    m.set_content(body)
    m.add_attachment(pdf_bytes("bmm22", order, "times"), maintype="application", subtype="pdf", filename="3-25-mj-00412_Order.pdf")
    write_eml("bmm22", m)
    label("bmm22", "eml", "FBI email with federal 2703(d) court order PDF; AUSA cc'd",
          "doj-fbi", "FBI Columbia", "Whitney Alvarez", "Special Agent", "walvarez@fbi.gov", "(803) 555-0161",
          [("Jordan Ashby Pruitt", "1998-10-22", []), ("Xiomara de Jesús Batista", "1997-05-04", [])],
          ["18 USC 2703", "18 USC 2705", "18 USC 1028A", "SC Code 30-4-160"],
          "court_order", None, True, "criminal_investigation", ["email", "phone", "address", "other"], "email")


# ---------------------------------------------------------------- bmm23
@doc
def bmm23():
    t = """!c SUPREME COURT OF THE STATE OF NEW YORK
!c COUNTY OF KINGS
!h GRAND JURY SUBPOENA DUCES TECUM
!c THE PEOPLE OF THE STATE OF NEW YORK
!c TO: Records Access Officer, New York State Department of Labor
!c Building 12, W.A. Harriman Campus, Albany, NY 12226
---
                                                   GJ No. 2025-KN-3341
                                                   DA File No. 25-0917-RACK

YOU ARE COMMANDED to appear before the GRAND JURY of the County of Kings, at the Grand Jury Room, 350 Jay Street, Brooklyn, New York, on the 14th day of May, 2025, at 10:00 A.M., as a witness in a criminal proceeding, and to bring with you and produce the following:

Any and all unemployment insurance claim files, payment histories, wage reporting records and employer registration information for:
   1. LEWANDOWSKI, Bogdan, DOB 1979-08-21
   2. Carmen Rosa PEÑA DE JESÚS, DOB 1986-02-17
for the period January 1, 2021 through the present.

This subpoena is issued pursuant to CPL 610.20 and 610.25 in connection with an investigation of Grand Larceny in the Second Degree, Penal Law § 155.40, and Offering a False Instrument for Filing, Penal Law § 175.35. Disclosure by the Department is authorized by Labor Law § 537.

IN LIEU OF PERSONAL APPEARANCE, a certified copy of the records may be delivered to the Assistant District Attorney named below. You are advised that the unauthorized disclosure of the existence of this subpoena may constitute a crime under PL 215.70.

Dated: Brooklyn, New York, April 22, 2025

                                  ERIC GONZALEZ, District Attorney, Kings County
                                  By: Jonathan M. Feld
                                  Assistant District Attorney, Rackets Division
                                  350 Jay Street, Brooklyn, NY 11201
                                  (718) 555-0105   feldj@brooklynda.org
---
FAILURE TO COMPLY WITH THIS SUBPOENA IS PUNISHABLE AS A CONTEMPT OF COURT.
"""
    make_scanned("bmm23", t, "times")
    label("bmm23", "scanned", "Kings County grand jury subpoena duces tecum to NY DOL",
          "district-attorney", "Kings County District Attorney's Office", "Jonathan M. Feld",
          "Assistant District Attorney", "feldj@brooklynda.org", "(718) 555-0105",
          [("Bogdan Lewandowski", "1979-08-21", []), ("Carmen Rosa Peña de Jesús", "1986-02-17", [])],
          ["NY CPL 610.20", "NY CPL 610.25", "NY PL 155.40", "NY PL 175.35", "NY Labor Law 537", "NY PL 215.70"],
          "grand_jury_subpoena", None, True, "criminal_investigation", ["claims", "benefits", "wages", "employment"], "mail")


# ---------------------------------------------------------------- bmm24
@doc
def bmm24():
    t = """From: Ofc. Daniel Kowalski <kowalskid@hartfordct.gov>
Sent: Thursday, May 15, 2025 2:14 PM
To: DMV Law Enforcement Unit <dmv.lawenforcement@ct.gov>
Subject: quick request - larceny case HPD 25-14417

Hi,

Working a larceny 1st case (C.G.S. § 53a-122), HPD case # 25-14417. Can you pull the following for me per CGS § 14-10 / 18 USC 2721:

Ramón ESTÉVEZ VARGAS
DOB 2/28/1983
CT Op Lic 123456789

- current address on file
- any vehicles registered to him
- license photo

Victim is a local business (Capitol Auto Parts) - owner Linda Marsh - no info needed on her.

Thanks!
Dan

Officer Daniel Kowalski #611
Hartford Police Department - Investigative Services Division
253 High Street, Hartford, CT 06103
860-555-0128
"""
    write_txt("bmm24", t)
    label("bmm24", "txt", "pasted Outlook email from Hartford PD officer, victim named",
          "local-police", "Hartford Police Department", "Daniel Kowalski", "Officer",
          "kowalskid@hartfordct.gov", "860-555-0128",
          [("Ramón Estévez Vargas", "1983-02-28", [("license", "123456789")])],
          ["CGS 53a-122", "CGS 14-10", "18 USC 2721"],
          "none", None, False, "criminal_investigation", ["address", "vehicle", "photo"], "email")


# ---------------------------------------------------------------- bmm25
@doc
def bmm25():
    t = """!c DEPARTMENT OF HOMELAND SECURITY
!c U.S. CUSTOMS AND BORDER PROTECTION
!h SUMMONS
                                              Summons No.: OFO-BAL-25-0078
To: Custodian of Records
    West Virginia Division of Motor Vehicles
    5707 MacCorkle Ave. SE, Charleston, WV 25317

By the service of this summons upon you, YOU ARE HEREBY REQUIRED to appear before Renée Dubois, Supervisory CBP Officer, an officer of U.S. Customs and Border Protection, at 40 S. Gay Street, Baltimore, MD 21202, on the 21st day of July, 2025, at 10 o'clock a.m., to give testimony and to produce the records listed below, relating to the exportation of motor vehicles from the United States (19 C.F.R. § 192.2):

Certificates of title, title applications, lien releases, registration records and the owner's address of record, including copies of identity documents presented, for all vehicles titled since January 1, 2023 to:
    Viktor Ivanovich SOKOLOV, DOB 18-Jun-1971
    Elmira SOKOLOVA, DOB 02-Feb-1974

The Division's release of such records is addressed in W. Va. Code § 17A-2A-1 et seq.

This summons is issued under the authority of section 509 of the Tariff Act of 1930, as amended (19 U.S.C. 1509), and 19 C.F.R. Part 163. If you fail to comply, the United States District Court for the district in which you reside may, upon application, issue an order requiring compliance (19 U.S.C. 1510).

Issued at Baltimore, Maryland, on June 23, 2025.

Renée Dubois
Supervisory CBP Officer, Outbound Enforcement
Office of Field Operations, Port of Baltimore
(410) 555-0181 | renee.dubois@cbp.dhs.gov
(Name and title of issuing officer)
---
CBP Form 3115 (03/21)
"""
    render_pdf(os.path.join(OUT, "bmm25.pdf"), t, "times")
    label("bmm25", "born_digital", "CBP Form 3115 customs summons to WV DMV, vehicle exports, no crime named",
          "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Port of Baltimore", "Renée Dubois",
          "Supervisory CBP Officer", "renee.dubois@cbp.dhs.gov", "(410) 555-0181",
          [("Viktor Ivanovich Sokolov", "1971-06-18", []), ("Elmira Sokolova", "1974-02-02", [])],
          ["19 CFR 192.2", "WV Code 17A-2A-1", "19 USC 1509", "19 CFR 163", "19 USC 1510"],
          "administrative_subpoena", "CBP Form 3115", True, "unknown",
          ["vehicle", "address", "identity_documents"], "mail")


# ---------------------------------------------------------------- bmm26
@doc
def bmm26():
    m = new_msg("Oshiro, Tyler (USMS) <tyler.oshiro@usdoj.gov>", "dmv.records@alaska.gov",
                "USMS fugitive - DMV info request - WHITMORE", D(2025, 1, 28, 14, 3, -9), "USMS-AK-0128@usdoj.gov")
    m.set_content("""Good afternoon,

The U.S. Marshals Service, District of Alaska, is attempting to locate the fugitive below. He is wanted on a federal warrant for violation of supervised release (18 U.S.C. § 3583(e)) and a state warrant for Assault in the Third Degree, AS 11.41.220.

   WHITMORE, Caleb James
   DOB: January 12, 1989
   AK DL: 7154203

We request his most recent address, any vehicles registered to him, and his DL photo. The Marshals Service is authorized to investigate fugitive matters under 28 U.S.C. § 566(e)(1)(B); we understand the records are protected under AS 40.25.120 and 18 U.S.C. § 2721, which permit release to a law enforcement agency.

Thank you,

Tyler J. Oshiro
Deputy U.S. Marshal
District of Alaska - Anchorage
222 W. 7th Ave., Anchorage, AK 99513
Cell: 907-555-0108
""")
    write_eml("bmm26", m)
    label("bmm26", "eml", "USMS fugitive locate email to Alaska DMV",
          "doj-usms", "U.S. Marshals Service, District of Alaska", "Tyler J. Oshiro", "Deputy U.S. Marshal",
          "tyler.oshiro@usdoj.gov", "907-555-0108",
          [("Caleb James Whitmore", "1989-01-12", [("license", "7154203")])],
          ["18 USC 3583", "AS 11.41.220", "28 USC 566", "AS 40.25.120", "18 USC 2721"],
          "none", None, False, "criminal_investigation", ["address", "vehicle", "photo"], "email")


# ---------------------------------------------------------------- bmm27
@doc
def bmm27():
    t = """!c U.S. Department of Justice
!c United States Attorney's Office - District of Delaware
!c Hercules Building, 1313 N. Market Street, Wilmington, DE 19801
---
October 20, 2025

Delaware Department of Labor
Division of Unemployment Insurance - Custodian of Records
4425 N. Market Street, Wilmington, DE 19802

Re: United States v. Marisol Cárdenas-Whitley, Crim. No. 1:24-cr-00088-MN

Dear Custodian:

Enclosed is a trial subpoena issued under Fed. R. Crim. P. 17(c) for wage records of the defendant in the above case, who is charged with bank fraud and aggravated identity theft (18 U.S.C. §§ 1344 and 1028A). Disclosure is permitted under 19 Del. C. § 3125. If the records are produced before the trial date together with a certification of a custodian meeting Fed. R. Evid. 803(6) and 902(11), no personal appearance will be necessary.

Sincerely,

Hannah S. Greer
Assistant United States Attorney
(302) 555-0124 | hannah.greer@usdoj.gov
[PAGE]
AO 89 (Rev. 08/09) Subpoena to Testify at a Hearing or Trial in a Criminal Case
!h UNITED STATES DISTRICT COURT
!c for the District of Delaware

United States of America
          v.                                   Case No. 1:24-cr-00088-MN
Marisol Cardenas-Whitley
          Defendant

!c SUBPOENA TO TESTIFY AT A HEARING OR TRIAL IN A CRIMINAL CASE

To: Custodian of Records, Delaware Department of Labor, Division of Unemployment Insurance

YOU ARE COMMANDED to appear in the United States district court at the time, date, and place shown below to testify in this criminal case. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place of Appearance: J. Caleb Boggs Federal Building, 844 N. King St., Wilmington, DE     Courtroom No.: 4A
                                                                                     Date and Time: 11/17/2025 9:00 am
You must also bring with you the following documents, electronically stored information, or objects:
Quarterly wage reports (UC-8A) and employer records for Marisol CARDENAS-WHITLEY, DOB 06/02/1985, SSN xxx-xx-7720, for 2021 through 2025.

(SEAL)                                   CLERK OF COURT
Date: 10/17/2025                         s/ Deputy Clerk
                                         Signature of Clerk or Deputy Clerk
The name, address, e-mail, and telephone number of the attorney representing the United States, who requests this subpoena, are:
Hannah S. Greer, AUSA, 1313 N. Market Street, Wilmington, DE 19801, hannah.greer@usdoj.gov, (302) 555-0124
"""
    render_pdf(os.path.join(OUT, "bmm27.pdf"), t, "times")
    label("bmm27", "born_digital", "AUSA letter + AO 89 criminal trial subpoena to Delaware labor",
          "doj-usao", "United States Attorney's Office - District of Delaware", "Hannah S. Greer",
          "Assistant United States Attorney", "hannah.greer@usdoj.gov", "(302) 555-0124",
          [("Marisol Cárdenas-Whitley", "1985-06-02", [("ssn_last4", "7720")])],
          ["FRCrP 17", "18 USC 1344", "18 USC 1028A", "19 Del C 3125", "FRE 803", "FRE 902"],
          "court_subpoena", "AO 89", True, "criminal_investigation", ["wages", "employment"], "mail")


# ---------------------------------------------------------------- bmm28
@doc
def bmm28():
    t = """!c U.S. DEPARTMENT OF LABOR - OFFICE OF INSPECTOR GENERAL
!c Office of Investigations - Labor Racketeering and Fraud, Dallas Region
!c 525 S. Griffin Street, Room 1212, Dallas, TX 75202
!h REQUEST FOR UI CLAIMANT AND WAGE RECORDS
---
TO: Oklahoma Employment Security Commission, Benefit Integrity Unit    FAX: 405-555-0199
FROM: Jennifer Tsosie, Special Agent      TEL: 214-555-0153    EMAIL: tsosie.jennifer@oig.dol.gov
DATE: 2025-09-15             OIG CASE NO.: 60-DL-25-0412-PUI
---
AUTHORITY: The Inspector General Act of 1978, as amended, 5 U.S.C. §§ 401-424; 20 C.F.R. Part 603; Title 40, O.S. § 4-508. This request relates to a criminal investigation of wire fraud (18 U.S.C. § 1343) and theft of government funds (18 U.S.C. § 641).

NAME                           DOB          SSN (last 4)
PHAN, Van Duc                  08/08/1976   1182
HOOPER, Marcus Lee             04/04/1990   5531
ANAYA, Cristina Beatriz        12/12/1988   0947

RECORDS REQUESTED:
[X] Claim applications and weekly certifications
[X] Payment history / bank account information
[X] Quarterly wage records (all employers)
[X] Addresses, telephone numbers, e-mail addresses on claims
[X] IP address logs for online filings

Please fax or email records to the agent above. Thank you for your cooperation.
Signature: /s/ Jennifer Tsosie
"""
    make_fax("bmm28", t, "SEP-15-2025 10:04  DOL OIG DALLAS  2145550154")
    label("bmm28", "fax", "DOL-OIG fax request form, three subjects, IG Act range + 40 O.S.",
          "dol-oig", "U.S. Department of Labor - Office of Inspector General, Office of Investigations, Dallas Region",
          "Jennifer Tsosie", "Special Agent", "tsosie.jennifer@oig.dol.gov", "214-555-0153",
          [("Van Duc Phan", "1976-08-08", [("ssn_last4", "1182")]),
           ("Marcus Lee Hooper", "1990-04-04", [("ssn_last4", "5531")]),
           ("Cristina Beatriz Anaya", "1988-12-12", [("ssn_last4", "0947")])],
          ["5 USC 401", "5 USC 424", "20 CFR 603", "40 OS 4-508", "18 USC 1343", "18 USC 641"],
          "none", None, False, "criminal_investigation",
          ["claims", "benefits", "wages", "address", "phone", "email", "other"], "fax")


# ---------------------------------------------------------------- bmm29
@doc
def bmm29():
    t = """!c HOUSTON POLICE DEPARTMENT
!c Financial Crimes Division - Identity Theft Unit
!c 1200 Travis Street, Houston, Texas 77002
---
March 12, 2025
Texas Workforce Commission
Office of General Counsel - Open Records / Subpoena Unit
101 E. 15th Street, Austin, TX 78778

Re: Search Warrant, HPD Incident No. 031225-0419-18

Enclosed please find a search warrant signed by the Honorable Miriam Castellanos, 338th District Court, Harris County, for Texas Workforce Commission wage records. Please complete the enclosed business records affidavit (Tex. R. Evid. 902(10)) and return it with the records. I am aware of the confidentiality provisions of Tex. Lab. Code § 301.085.

Luis A. Garza-Treviño, Officer #166420
Houston Police Department, Identity Theft Unit
(713) 555-0169   luis.garza-trevino@houstonpolice.org
[PAGE]
!c THE STATE OF TEXAS      §
!c COUNTY OF HARRIS        §
!h SEARCH WARRANT

THE STATE OF TEXAS: To the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas, GREETINGS:

WHEREAS, complaint in writing, under oath, has been made before me by Officer Luis A. Garza-Trevino, a peace officer employed by the Houston Police Department, which complaint is attached hereto and expressly made a part hereof for all purposes, and said complaint does set forth sufficient facts to show probable cause that evidence of the offense of Fraudulent Use or Possession of Identifying Information, Tex. Penal Code § 32.51, is held by the Texas Workforce Commission;

NOW, THEREFORE, you are commanded, as provided by Articles 18.01 through 18.03 of the Texas Code of Criminal Procedure, to search the records of the Texas Workforce Commission and seize: all wage records, employer reports and unemployment claims, including mailing addresses, for:
   PHAM, Huong Thi - DOB 03/03/1991
   Khalid Omar JAMA - DOB 07/21/1989
and that you make return of this warrant within three days.

ISSUED at 4:05 o'clock P.M. on this the 11th day of March, 2025.

                         ________________________________
                         MIRIAM CASTELLANOS
                         JUDGE, 338th DISTRICT COURT
                         HARRIS COUNTY, TEXAS
"""
    make_scanned("bmm29", t, "times", flips={0: 180})
    label("bmm29", "scanned", "HPD cover letter + Texas district court search warrant; first page upside down",
          "local-police", "Houston Police Department", "Luis A. Garza-Treviño", "Officer",
          "luis.garza-trevino@houstonpolice.org", "(713) 555-0169",
          [("Huong Thi Pham", "1991-03-03", []), ("Khalid Omar Jama", "1989-07-21", [])],
          ["TX R Evid 902", "TX Lab Code 301.085", "TX PC 32.51", "TX CCP 18.01", "TX CCP 18.03"],
          "judicial_warrant", None, True, "criminal_investigation", ["wages", "employment", "claims", "address"], "mail")


# ---------------------------------------------------------------- bmm30
@doc
def bmm30():
    inner = new_msg("Szymanski, Rebecca <rebecca.szymanski@ssa.gov>", "pat.delaney@vec.virginia.gov",
                    "SSA OIG request - wage records (Gómez-Ibarra)", D(2025, 5, 5, 9, 14, -4), "OIG-RIC-0505@ssa.gov")
    inner.set_content("""Ms. Delaney,

As discussed by phone, the SSA Office of the Inspector General, Richmond Field Office, is investigating a beneficiary for concealment of work activity while receiving disability benefits, in violation of 42 U.S.C. § 408(a)(4) and 18 U.S.C. § 641.

I am requesting VEC quarterly wage records and employer information from 2019 to present for:
   Arturo Gómez-Ibarra, DOB 11/30/1968, SSN ending 6604

My understanding is that the VEC may provide this under Va. Code § 60.2-114 and 20 C.F.R. § 603.5(i).

Rebecca Szymanski
Special Agent
Social Security Administration, Office of the Inspector General
Richmond Field Office
(804) 555-0147
""")
    outer = new_msg("Pat Delaney <pat.delaney@vec.virginia.gov>", "VEC Records Unit <records@vec.virginia.gov>",
                    "FW: SSA OIG request - wage records (Gómez-Ibarra)", D(2025, 5, 5, 10, 2, -4), "FW-0505@vec.virginia.gov")
    outer.set_content("Forwarding the attached request from SSA OIG for logging and response. - Pat\n\nPat Delaney | Benefit Payment Control | Virginia Employment Commission\n")
    outer.add_attachment(inner)
    write_eml("bmm30", outer)
    label("bmm30", "eml", "internal forward wrapping SSA-OIG request as message/rfc822",
          "ssa-oig", "Social Security Administration, Office of the Inspector General, Richmond Field Office",
          "Rebecca Szymanski", "Special Agent", "rebecca.szymanski@ssa.gov", "(804) 555-0147",
          [("Arturo Gómez-Ibarra", "1968-11-30", [("ssn_last4", "6604")])],
          ["42 USC 408", "18 USC 641", "VA Code 60.2-114", "20 CFR 603.5"],
          "none", None, False, "criminal_investigation", ["wages", "employment"], "email")


# ---------------------------------------------------------------- bmm31
@doc
def bmm31():
    t = """!c DEPARTMENT OF THE TREASURY
!c INTERNAL REVENUE SERVICE - CRIMINAL INVESTIGATION
!c Newark Field Office | 955 Springfield Avenue, Springfield, NJ 07081
---
VIA CERTIFIED MAIL
                                                   July 7, 2025
New Jersey Department of Labor and Workforce Development
Office of Legal and Regulatory Services - Records Custodian
P.O. Box 110, Trenton, NJ 08625-0110

Re: Request for wage records - IRS-CI Case No. 2025-NWK-0381

Dear Records Custodian:

IRS Criminal Investigation is conducting a criminal investigation involving possible violations of 26 U.S.C. §§ 7201 and 7206(1) (tax evasion; false returns). To corroborate income, we request the quarterly wage reports filed by employers (N.J.S.A. 43:21-11(g)) for the following individuals, from the first quarter of 2020 through the most recent quarter available:

  - RUSSO, Giovanni          DOB 05/19/1972
  - VO, Anh Thu              DOB 09/25/1980

Please include the employer name, FEIN and address for each reported quarter.

Sincerely,

Christopher Yoon
Special Agent, IRS Criminal Investigation
Telephone: (973) 555-0131
christopher.yoon@ci.irs.gov
"""
    render_pdf(os.path.join(OUT, "bmm31.pdf"), t, "helv")
    label("bmm31", "born_digital", "IRS-CI letter to NJ labor",
          "irs-ci", "Internal Revenue Service - Criminal Investigation, Newark Field Office", "Christopher Yoon",
          "Special Agent", "christopher.yoon@ci.irs.gov", "(973) 555-0131",
          [("Giovanni Russo", "1972-05-19", []), ("Anh Thu Vo", "1980-09-25", [])],
          ["26 USC 7201", "26 USC 7206", "NJSA 43:21-11"],
          "none", None, False, "criminal_investigation", ["wages", "employment"], "mail")


# ---------------------------------------------------------------- bmm32
@doc
def bmm32():
    t = """NEBRASKA DMV - LAW ENFORCEMENT INQUIRY PORTAL
Confirmation: NE-LE-250904-0117
Received: 09/04/2025 08:21 CT   Delivered by: email to dmv.lawenforcement@nebraska.gov

Agency: Nebraska State Patrol - Investigative Services, Troop C (Grand Island)
Requesting investigator: Inv. Shawn P. Meyer, #1044
Phone: 308-555-0114
Email: shawn.meyer@nebraska.gov
Case: NSP 25-C-03312

Subjects:
  (1) KJELSTAD, Tanner Lee   DOB: 1994-01-31   NE OLN: H12345678
  (2) OCHOA, Mercedes Yazmín  DOB: 1999-10-10   NE OLN: (unknown)

Records needed: driver photo; address history; registrations (both subjects)

Reason: Interstate drug trafficking investigation with South Dakota Highway Patrol and North Dakota BCI - possession with intent to deliver, Neb. Rev. Stat. § 28-416; related charges in SD (SDCL 22-42-2) and ND (N.D.C.C. § 19-03.1-23).

Legal authority: Uniform Motor Vehicle Records Disclosure Act, Neb. Rev. Stat. §§ 60-2901 to 60-2913 (law enforcement exception).

I certify the above information is true and the request is for an authorized law enforcement purpose.
-- Inv. S. Meyer
"""
    write_txt("bmm32", t)
    label("bmm32", "txt", "Nebraska DMV portal submission by state patrol, multi-state statutes, range",
          "state-police", "Nebraska State Patrol - Investigative Services, Troop C", "Shawn P. Meyer", "Investigator",
          "shawn.meyer@nebraska.gov", "308-555-0114",
          [("Tanner Lee Kjelstad", "1994-01-31", [("license", "H12345678")]),
           ("Mercedes Yazmín Ochoa", "1999-10-10", [])],
          ["NE Stat 28-416", "SDCL 22-42-2", "NDCC 19-03.1-23", "NE Stat 60-2901", "NE Stat 60-2913"],
          "none", None, False, "criminal_investigation", ["photo", "address", "vehicle"], "email")


if __name__ == "__main__":
    for fn in DOCS:
        fn()
    print(len(DOCS), "documents written to", OUT)
