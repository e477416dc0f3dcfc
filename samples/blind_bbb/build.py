# -*- coding: utf-8 -*-
import io, json, os, random, subprocess, tempfile, email.utils
from email.message import EmailMessage
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageOps

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_bbb/work"
os.makedirs(TMP, exist_ok=True)
RNG = random.Random(20260322)
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))


def make_pdf(pages, style="sans", fontsize=10):
    """pages: list of str. Markup per line: ^C centered bold, ^H big centered bold,
    ^B bold, ^R right, ^S small, --- rule, blank line = gap."""
    if style == "serif" and fontsize == 10:
        fontsize = 9.2
    reg, bold = {"sans": ("DV", "DVB"), "serif": ("DVS", "DVSB"), "mono": ("DVM", "DVM")}[style]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    W, H = letter
    lm, rm = 60, W - 60
    for ptxt in pages:
        y = H - 55
        for raw in ptxt.split("\n"):
            fs, font, mode, t = fontsize, reg, "L", raw
            if raw.startswith("^H "):
                fs, font, mode, t = fontsize + 4, bold, "C", raw[3:]
            elif raw.startswith("^C "):
                fs, font, mode, t = fontsize + 1, bold, "C", raw[3:]
            elif raw.startswith("^B "):
                font, t = bold, raw[3:]
            elif raw.startswith("^R "):
                mode, t = "R", raw[3:]
            elif raw.startswith("^S "):
                fs, t = fontsize - 2, raw[3:]
            if raw.strip() == "---":
                c.setLineWidth(0.8); c.line(lm, y + 4, rm, y + 4); y -= 8; continue
            if not t.strip():
                y -= fs * 0.8; continue
            indent = len(t) - len(t.lstrip(" "))
            t = t.strip(" ") if mode != "L" else t.lstrip(" ")
            x0 = lm + indent * 3.5
            for ln in simpleSplit(t, font, fs, rm - x0):
                c.setFont(font, fs)
                if mode == "C":
                    c.drawCentredString(W / 2, y, ln)
                elif mode == "R":
                    c.drawRightString(rm, y, ln)
                else:
                    c.drawString(x0, y, ln)
                y -= fs * 1.3
                if y < 50:
                    c.showPage(); y = H - 55
        c.showPage()
    c.save()
    return buf.getvalue()


def render_images(pdf_bytes, dpi=200, gray=True):
    d = tempfile.mkdtemp(dir=TMP)
    p = os.path.join(d, "in.pdf")
    open(p, "wb").write(pdf_bytes)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, os.path.join(d, "pg")], check=True)
    files = sorted(f for f in os.listdir(d) if f.startswith("pg"))
    return [Image.open(os.path.join(d, f)).convert("L") for f in files]


def degrade(img, rot90=0, bg=235):
    ang = RNG.uniform(0.5, 2.0) * RNG.choice([-1, 1])
    img = img.point(lambda v: int(bg * v / 255))  # grey background
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    w, h = img.size
    px = img.load()
    for _ in range(w * h // 300):
        x, y = RNG.randrange(w), RNG.randrange(h)
        px[x, y] = RNG.choice([30, 80, 255])
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    if rot90:
        img = img.rotate(rot90, expand=True)
    b = io.BytesIO(); img.save(b, "JPEG", quality=RNG.randint(35, 55))
    return Image.open(io.BytesIO(b.getvalue())).convert("L")


def write_scanned(path, pdf_bytes, rotations=None, dpi=200):
    imgs = render_images(pdf_bytes, dpi)
    rotations = rotations or {}
    out = [degrade(im, rotations.get(i, 0)) for i, im in enumerate(imgs)]
    import datetime
    import time; fixed = time.gmtime(1772712000)
    out[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=out[1:], quality=50,
                creationDate=fixed, modDate=fixed)


def write_fax(path, pdf_bytes, header=None):
    imgs = render_images(pdf_bytes, 200)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    n = len(imgs)
    for i, im in enumerate(imgs):
        ang = RNG.uniform(-0.7, 0.7)
        im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
        if header:
            dr = ImageDraw.Draw(im)
            dr.rectangle([0, 0, im.size[0], 40], fill=255)
            dr.text((30, 10), header + "   P.%03d/%03d" % (i + 1, n), font=font, fill=0)
        im = im.point(lambda v: 0 if v < 150 else 255)
        im = im.convert("1")
        px = im.load(); w, h = im.size
        for _ in range(w * h // 2500):
            px[RNG.randrange(w), RNG.randrange(h)] = 0
        out.append(im)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def img_bytes(pdf_bytes, fmt="PNG", page=0, dpi=150, rough=False):
    im = render_images(pdf_bytes, dpi)[page]
    if rough:
        im = degrade(im)
    b = io.BytesIO()
    if fmt == "JPEG":
        im.save(b, "JPEG", quality=60)
    else:
        im.save(b, "PNG", optimize=True)
    return b.getvalue()


def write_eml(path, frm, to, subject, date, body=None, html=None, attachments=(), cc=None,
              forwarded=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject; m["Date"] = date
    m["Message-ID"] = msgid or "<%s.%s@%s>" % (os.path.basename(path).split(".")[0], sum(map(ord, subject)), frm.split("@")[-1].rstrip(">"))
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    for (data, maintype, subtype, fname) in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if forwarded is not None:
        m.add_attachment(forwarded)  # message/rfc822
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("===============bbb%02d%04d==" % (i, sum(map(ord, subject))))
    open(path, "wb").write(bytes(m))


def label(doc_id, fmt, template, req, subjects, basis, ptype, form, purpose, records, channel):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    d = {"id": doc_id, "family": "blind-bbb", "format": fmt, "template": template,
         "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], req)),
         "subjects": [{"name": s[0], "dob": s[1], "identifiers": [{"type": t, "value": v} for t, v in s[2]]}
                      for s in subjects],
         "legal_basis": [{"normalized": b} for b in basis],
         "legal_process": {"type": ptype, "court_issued": court, "form": form},
         "warrant_or_subpoena_attached": ptype != "none",
         "purpose": purpose, "records_requested": records, "channel": channel}
    with open(os.path.join(OUT, doc_id + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")

def P(name):
    return os.path.join(OUT, name)

# ---------------------------------------------------------------- bbbb01
def d01():
    t = """^H COLUMBUS DIVISION OF POLICE
^C Traffic Bureau – Accident Investigation Unit
^S 2855 W. Dublin-Granville Road, Columbus, Ohio 43235   ·   (614) 555-0143
---
^R February 3, 2026

Ohio Bureau of Motor Vehicles
Records Request Section
1970 West Broad Street
Columbus, OH 43223

RE:  Hit-skip crash, CPD Report No. 2026-00118472
     Request for driver and registration information

To the Records Section:

The Accident Investigation Unit is investigating a hit-skip crash that occurred on January 29, 2026 at
approximately 2150 hours at Cleveland Avenue and Weber Road. A pedestrian was struck and seriously
injured; the striking vehicle left the scene. This is a criminal investigation of failure to stop after an
accident in violation of R.C. 4549.02 and vehicular assault under Ohio Rev. Code § 2903.08.

A partial plate and witness description led us to the following registered owner. Please furnish the
current and prior addresses on file, the driver license digital image, and all vehicles titled or registered
to this person since 2023:

      Name:        OKAFOR, Chinedu Emmanuel
      DOB:         07/19/1991
      OH DL#:      RT482913
      Vehicle:     2014 Honda Accord, silver, OH plate JQX 4471 (partial)

This request is made for use by a law enforcement agency in carrying out its functions as permitted
by the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and R.C. 4501.27.

Please send the results to me by e-mail or fax (614) 555-0144. Thank you for your assistance.

Respectfully,


Det. Marisa L. Kowalczyk #2291
Accident Investigation Unit
Columbus Division of Police
mkowalczyk@columbuspolice.gov
(614) 555-0143

cc: Sgt. Dwayne Hollis, AIU Supervisor
"""
    open(P("bbbb01.pdf"), "wb").write(make_pdf([t]))
    label("bbbb01", "born_digital", "municipal police letter, hit-skip, DPPA cite",
          ("local-police", "Columbus Division of Police", "Marisa L. Kowalczyk", "Detective",
           "mkowalczyk@columbuspolice.gov", "(614) 555-0143"),
          [("Chinedu Emmanuel Okafor", "1991-07-19", [("license", "RT482913")])],
          ["ORC 4549.02", "ORC 2903.08", "18 USC 2721", "ORC 4501.27"],
          "none", None, "criminal_investigation", ["address", "photo", "vehicle"], "mail")

# ---------------------------------------------------------------- bbbb02
def d02():
    body = """Good morning,

I am a Deportation Officer with ICE Enforcement and Removal Operations, Atlanta Field Office. I am
trying to locate the individual below and would appreciate any address, vehicle and photo information
your Department has on file.

Subject:  Ramírez Ibáñez, Julio César
DOB:      1988-11-02
A#:       A 208-114-376
GA DL:    058 221 947

This request is made pursuant to 8 U.S.C. 1357 and section 287 of the Immigration and Nationality Act
and is for official use only. Please do not disclose this request to the subject.

If you have any questions, please give me a call.

v/r

Trevor J. Baptiste
Deportation Officer
U.S. Department of Homeland Security
Immigration and Customs Enforcement | Enforcement and Removal Operations
Atlanta Field Office | 180 Ted Turner Dr. SW, Atlanta, GA 30303
Desk: 404-555-0172 | Cell: 404-555-0179
trevor.baptiste@ice.dhs.gov

WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that
may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).
"""
    write_eml(P("bbbb02.eml"), "Baptiste, Trevor J <trevor.baptiste@ice.dhs.gov>",
              "DDS Law Enforcement Requests <le.requests@dds.ga.gov>",
              "Records request - RAMIREZ IBANEZ", "Tue, 10 Feb 2026 08:14:09 -0500", body=body,
              msgid="<BN8PR09MB4412.2026021008140@ice.dhs.gov>")
    label("bbbb02", "eml", "ERO deportation officer plain-text e-mail to DMV",
          ("dhs-ice-ero", "Immigration and Customs Enforcement | Enforcement and Removal Operations, Atlanta Field Office",
           "Trevor J. Baptiste", "Deportation Officer", "trevor.baptiste@ice.dhs.gov", "404-555-0172"),
          [("Julio César Ramírez Ibáñez", "1988-11-02", [("a_number", "A208114376"), ("license", "058221947")])],
          ["8 USC 1357", "INA 287", "5 USC 552"],
          "none", None, "civil_immigration", ["address", "vehicle", "photo"], "email")

# ---------------------------------------------------------------- bbbb03
def d03():
    t = """LOUISIANA DEPARTMENT OF PUBLIC SAFETY AND CORRECTIONS
Law Enforcement Information Request - Online Submission
Submission ID: LEIR-2026-0417
Submitted: 02/11/2026 16:42:07 CST
------------------------------------------------------------
Requesting Agency:        Terrebonne Parish Sheriff's Office
Agency ORI:               LA0550000
Requester Name:           Lt. Rosalind Guidry
Requester Title:          Lieutenant, Warrants Division
Requester Phone:          985-555-0131
Requester Email:          rguidry@tpso.org
------------------------------------------------------------
Offender Name (Last):     NGUYEN
Offender Name (First):    Thanh
Offender Name (Middle):   Van
Date of Birth:            1979-05-23
DOC Number:               611482
SSN (last 4):             3308

Additional Subject?       Yes
Offender Name (Last):     BOUDREAUX
Offender Name (First):    Kayla
Offender Name (Middle):   Marie
Date of Birth:            09/30/1994
DOC Number:               702255
SSN (last 4):             
------------------------------------------------------------
Information Requested:    [X] Last known / release address
                          [X] Booking photo
                          [ ] Visitor list
                          [X] Supervision officer / parole status
                          [ ] Other
Reason for Request:       need current addresses on both, pls advise asap
Court Order / Subpoena
Attached?                 No
------------------------------------------------------------
I certify that I am a sworn law enforcement officer and that this information
will be used for official purposes only.   [X] I agree
"""
    open(P("bbbb03.txt"), "w", encoding="utf-8").write(t)
    label("bbbb03", "txt", "corrections web portal submission from sheriff, no reason",
          ("sheriff", "Terrebonne Parish Sheriff's Office", "Rosalind Guidry", "Lieutenant, Warrants Division",
           "rguidry@tpso.org", "985-555-0131"),
          [("Thanh Van Nguyen", "1979-05-23", [("other", "611482"), ("ssn_last4", "3308")]),
           ("Kayla Marie Boudreaux", "1994-09-30", [("other", "702255")])],
          [], "none", None, "unknown", ["address", "photo", "other"], "email")

# ---------------------------------------------------------------- bbbb04
def d04():
    p1 = """^C DEPARTMENT OF HOMELAND SECURITY
^H IMMIGRATION DETAINER – NOTICE OF ACTION
^R Subject ID: 417760932
^R Event #: NOL2602000318
^R File No: A 214 903 557
^R Date: 02/12/2026
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
    Warden, Easterling Correctional Facility, Alabama Department of Corrections, 200 Wallace Dr., Clio, AL 36017
FROM: (Department of Homeland Security Office Address)
    ICE ERO New Orleans Field Office, Montgomery Sub-Office, 1 Commerce St., Montgomery, AL 36104
Name of Alien: ABDI, Mohamed Farah
Date of Birth: 04/17/1990      Nationality: Somalia      Sex: M

^B 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[ ] a final order of removal against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[X] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made by the subject to an immigration officer and/or other reliable evidence.

^B 2. DHS TRANSFERRED THE SUBJECT TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION.
[ ] Upon completion of the proceeding or investigation, DHS intends to resume custody.

^B IT IS THEREFORE REQUESTED THAT YOU:
Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling (334) 555-0164 or U.S. Immigration and Customs Enforcement (ICE) at 802-555-0120. Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody. The alien must be served with a copy of this form for the detainer to take effect. This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.
Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
Please also provide the alien's projected release date, last known address and booking photograph.

This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

Gregory A. Thibodeaux, Supervisory Detention and Deportation Officer
(Name and title of Immigration Officer)                (Signature of Immigration Officer)
^S Form I-247A (3/17)
"""
    p2 = """^C NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be released from custody. DHS has requested that the law enforcement agency which is currently detaining you maintain custody of you for a period not to exceed 48 hours beyond the time when you would have been released based on your criminal charges or convictions.
If you believe you are a United States citizen or the victim of a crime, please advise DHS by calling the ICE Law Enforcement Support Center toll free at (855) 555-0190.

^C CERTIFICATE OF SERVICE
I hereby certify that I served a copy of this form on the alien on ____________ (date) by: [ ] in person  [ ] inmate mail  [ ] other
Name and title of officer: ______________________
^S Form I-247A (3/17)                                                                                           Page 2 of 2
"""
    write_fax(P("bbbb04.tif"), make_pdf([p1, p2], fontsize=9), header="FEB-12-2026 14:07  FROM: ICE ERO MONTGOMERY 3345550165  TO: ADOC RECORDS")
    label("bbbb04", "fax", "I-247A detainer to state prison, fax",
          ("dhs-ice-ero", "ICE ERO New Orleans Field Office, Montgomery Sub-Office", "Gregory A. Thibodeaux",
           "Supervisory Detention and Deportation Officer", None, "(334) 555-0164"),
          [("Mohamed Farah Abdi", "1990-04-17", [("a_number", "A214903557"), ("other", "417760932")])],
          ["INA 236", "INA 287", "8 CFR 287.7"],
          "detainer", "I-247A", "civil_immigration", ["other", "address", "photo"], "fax")

# ---------------------------------------------------------------- bbbb05
def d05():
    cover = """^H METRO NASHVILLE POLICE DEPARTMENT
^C Specialized Investigations Division – Fraud Unit
^S 400 Myatt Drive, Madison, TN 37115  |  615-555-0118
---
14 Feb 2026

To: Tennessee Department of Safety and Homeland Security
    Driver Services Division – Records Custodian

Attached please find a search warrant signed by Judge Holloway of the Davidson County General Sessions
Court for driver license application records of the person named below. Please provide certified copies
of all license and ID applications, the supporting identity documents scanned at issuance, and every
photograph on file for:

     Dmitri Sergeyevich VOLKOV, DOB 1983-02-09, TN DL 118 402 667

Our case is MNPD 2025-0993418 (identity theft, T.C.A. § 39-14-150, and forgery, § 39-14-114).

Detective Sgt. Anthony R. Pruitt
Fraud Unit, MNPD
anthony.pruitt@nashville.gov   615-555-0118
"""
    w = """^C STATE OF TENNESSEE
^C COUNTY OF DAVIDSON
^H SEARCH WARRANT
^R Warrant No. 26-SW-0212

TO ANY LAWFUL OFFICER OF THE STATE OF TENNESSEE:

Proof by affidavit, sworn to and subscribed before me, having been made this day by Detective Sergeant
Anthony R. Pruitt of the Metropolitan Nashville Police Department, that there is probable cause to believe
that evidence of the offenses of identity theft (T.C.A. § 39-14-150) and forgery (T.C.A. § 39-14-114) is
located in the following place:

The records of the Tennessee Department of Safety and Homeland Security, Driver Services Division,
312 Rosa L. Parks Avenue, Nashville, Tennessee, pertaining to Dmitri Sergeyevich Volkov (date of birth
February 9, 1983), including all applications for a driver license or identification card, documents
presented at application, photographs and signatures, from January 1, 2019 to present.

YOU ARE THEREFORE COMMANDED to make immediate search of the place described for the property
described and, if found, to seize the same and make return to this Court as required by T.C.A. § 40-6-103,
§ 40-6-107 and Rule 41 of the Tennessee Rules of Criminal Procedure.

The affidavit of Detective Sergeant Pruitt is incorporated herein by reference.

Issued this 13th day of February, 2026 at 3:40 o'clock p.m.


______________________________
Hon. Cecilia M. Holloway
Judge, General Sessions Court of Davidson County

Original to be retained by issuing magistrate; copy to be left with the person in charge of the premises.
"""
    write_scanned(P("bbbb05.pdf"), make_pdf([cover, w], style="serif"), rotations={1: 180})
    label("bbbb05", "scanned", "police cover letter + state court search warrant (TN), scan, page 2 upside down",
          ("local-police", "Metro Nashville Police Department", "Anthony R. Pruitt", "Detective Sergeant",
           "anthony.pruitt@nashville.gov", "615-555-0118"),
          [("Dmitri Sergeyevich Volkov", "1983-02-09", [("license", "118402667")])],
          ["TCA 39-14-150", "TCA 39-14-114", "TCA 40-6-103", "TCA 40-6-107", "TN CrimP 41"],
          "judicial_warrant", None, "criminal_investigation", ["license", "identity_documents", "photo"], "mail")

# ---------------------------------------------------------------- bbbb06
def d06():
    p1 = """^C U.S. Department of Homeland Security                                               Subpoena Number: ERO-LOU-26-0037
^H IMMIGRATION ENFORCEMENT SUBPOENA
^C To Appear and/or Produce Records
^C (Pursuant to Section 235(d)(4)(A) of the Immigration and Nationality Act (8 U.S.C. § 1225(d)(4)(A)) and 8 C.F.R. § 287.4)

To:  Custodian of Records
     Kentucky Transportation Cabinet, Division of Driver Licensing
     200 Mero Street, Frankfort, KY 40622

In re:  DELGADO DE LA CRUZ, Héctor Manuel    A-Number: A 219 448 051    DOB: 08/25/1986

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED TO:
[ ] appear before the officer named below to give testimony
[X] produce the records (books, papers or other documents) listed below, on or before March 6, 2026, at
    ICE ERO Louisville, 601 W. Broadway, Suite 210, Louisville, KY 40202:

All records relating to Héctor Manuel Delgado de la Cruz, also known as Hector Delgado, DOB 08/25/1986,
Kentucky operator license no. D41-882-907, including: current and prior residential and mailing addresses;
the most recent license photograph; vehicle registrations; and copies of all identity documents presented.
In lieu of appearance, records may be produced by mail or email to the officer below.

These records are needed in connection with an inquiry into the above person's admissibility and
removability from the United States and his right to enter, reenter, reside in, or pass through the
United States.

Failure to comply with this subpoena may make you liable to be proceeded against in the United States
District Court under section 235(d)(4)(B) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(B),
which may result in an order compelling compliance; failure to obey such an order may be punished as
contempt of court.

Issued under the authority of 8 C.F.R. § 287.4(a)(2) by:
Kendra L. Whitfield, Assistant Field Office Director (Name and Title of Issuing Officer)
ICE Enforcement and Removal Operations, Chicago Field Office – Louisville Sub-Office
(502) 555-0127   kendra.whitfield@ice.dhs.gov
Date: February 16, 2026                               (Signature)   /s/ K. L. Whitfield
^S DHS Form I-138 (8/08)                                                                                      Page 1 of 2
"""
    p2 = """^C CERTIFICATE OF SERVICE
This subpoena was served by:  [ ] personal service   [X] certified mail, return receipt   [ ] e-mail
on the person named herein on 02/17/2026 at Frankfort, Kentucky.
Served by: Deportation Officer Lucas P. Wenger, ICE ERO Louisville

^C PRIVACY ACT STATEMENT
Authority: 8 U.S.C. § 1225(d), 8 U.S.C. § 1357. Purpose: The information is requested to determine the
admissibility and removability of the person named. Routine uses: information may be shared with other
law enforcement agencies as described in DHS/ICE-011.
^S DHS Form I-138 (8/08)                                                                                      Page 2 of 2
"""
    open(P("bbbb06.pdf"), "wb").write(make_pdf([p1, p2], fontsize=9))
    label("bbbb06", "born_digital", "DHS I-138 immigration enforcement subpoena to state DMV",
          ("dhs-ice-ero", "ICE Enforcement and Removal Operations, Chicago Field Office – Louisville Sub-Office",
           "Kendra L. Whitfield", "Assistant Field Office Director", "kendra.whitfield@ice.dhs.gov", "(502) 555-0127"),
          [("Héctor Manuel Delgado de la Cruz", "1986-08-25", [("a_number", "A219448051"), ("license", "D41882907")])],
          ["INA 235", "8 USC 1225", "8 CFR 287.4", "8 USC 1357"],
          "administrative_subpoena", "I-138", "civil_immigration",
          ["address", "photo", "vehicle", "identity_documents"], "mail")

# ---------------------------------------------------------------- bbbb07
def d07():
    gj = """AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
^C UNITED STATES DISTRICT COURT
^C for the
^C Northern District of Ohio

^H SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To:  Custodian of Records, Ohio Department of Rehabilitation and Correction
     4545 Fisher Road, Columbus, OH 43228

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown
below to testify before the court's grand jury. When you arrive, you must remain at the court until the
judge or a court officer allows you to leave.

Place: Carl B. Stokes U.S. Courthouse, 801 West Superior Avenue, Cleveland, OH 44113   Date and Time: 03/10/2026 9:00 am
Courtroom: Grand Jury Room 16B

You must also bring with you the following documents, electronically stored information, or objects:
See Attachment A.

Date: 02/09/2026                                   CLERK OF COURT
                                                   /s/ Sandra K. Mellinger
                                                   Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States
attorney, who requests this subpoena, are:
Owen T. Radcliffe, Assistant United States Attorney, 801 W. Superior Ave., Suite 400, Cleveland, OH 44113
owen.radcliffe@usdoj.gov   (216) 555-0186
^S GJ No. 26-01-117
"""
    att = """^C ATTACHMENT A
^C (Grand Jury Subpoena No. 26-01-117)

For the period January 1, 2021 through the date of this subpoena, produce all records maintained by the
Ohio Department of Rehabilitation and Correction relating to the following persons:

1.  Marcus Dwayne Pettaway, DOB 12/04/1985, ODRC Inmate No. A742118
2.  Luz Marina Gómez-Arriaga, DOB 06/21/1992
3.  Kyle Andrew Brandt, DOB 03/15/1988, ODRC Inmate No. A690345

including: (a) inmate visitation logs and approved visitor lists; (b) inmate trust/commissary account
statements, deposits and JPay transfers; (c) release addresses, parole supervision addresses and
photographs.

Do not disclose the existence of this subpoena. Disclosure may impede a criminal investigation.
In lieu of appearance, records may be delivered to Special Agent Renée Duchamp, FBI Cleveland.
A certificate of authenticity under Fed. R. Evid. 902(11) is enclosed.
"""
    pdf = make_pdf([gj, att], style="serif")
    body = """Records Custodian,

Please see the attached federal grand jury subpoena (GJ No. 26-01-117) for ODRC records concerning
three individuals. The investigation concerns wire fraud and money laundering (18 U.S.C. §§ 1343 and
1956) run in part through inmate trust accounts.

You may produce the records electronically in lieu of appearance; please include the signed 902(11)
certification. Please do not notify the inmates or their visitors.

Thank you,

Owen T. Radcliffe
Assistant United States Attorney
United States Attorney's Office, Northern District of Ohio
801 W. Superior Ave., Suite 400 | Cleveland, OH 44113
Tel. (216) 555-0186 | owen.radcliffe@usdoj.gov
"""
    html = "<html><body>" + "".join("<p>%s</p>" % para.replace("\n", "<br>") for para in body.split("\n\n")) + "</body></html>"
    write_eml(P("bbbb07.eml"), "\"Radcliffe, Owen (USAOHN)\" <owen.radcliffe@usdoj.gov>",
              "records.custodian@odrc.state.oh.us", "Grand Jury Subpoena 26-01-117 - ODRC",
              "Mon, 09 Feb 2026 15:31:44 -0500", body=body, html=html,
              attachments=[(pdf, "application", "pdf", "GJ_26-01-117_ODRC.pdf")])
    label("bbbb07", "eml", "AUSA e-mail with AO 110 grand jury subpoena PDF to corrections",
          ("doj-usao", "United States Attorney's Office, Northern District of Ohio", "Owen T. Radcliffe",
           "Assistant United States Attorney", "owen.radcliffe@usdoj.gov", "(216) 555-0186"),
          [("Marcus Dwayne Pettaway", "1985-12-04", [("other", "A742118")]),
           ("Luz Marina Gómez-Arriaga", "1992-06-21", []),
           ("Kyle Andrew Brandt", "1988-03-15", [("other", "A690345")])],
          ["18 USC 1343", "18 USC 1956", "FRE 902"],
          "grand_jury_subpoena", "AO 110", "criminal_investigation", ["other", "address", "photo"], "email")

# ---------------------------------------------------------------- bbbb08
def d08():
    f = """^H MISSISSIPPI DEPARTMENT OF PUBLIC SAFETY
^C DRIVER SERVICES – LAW ENFORCEMENT RECORD REQUEST (Form DS-LE-12)
^S Fax completed form to Driver Records Unit, (601) 555-0150. Incomplete forms will be returned.
---
^B SECTION A – REQUESTING OFFICER
Agency: Biloxi Police Department                       ORI: MS0240100
Officer Name: Ptl. Jamal K. Whitaker                      Badge/ID: 417
Division: Criminal Investigations Division              Phone: 228-555-0163   Fax: 228-555-0169
Email: jwhitaker@biloxi.ms.us                           Case/Report #: 26-004821

^B SECTION B – SUBJECT(S)
1. Last: TRAN          First: Minh           Middle: Quoc        DOB: 10/08/1996   MS DL#: 801-44-2190
2. Last: LADNER        First: Cody           Middle: Wayne       DOB: 01/27/2000   MS DL#: 802-17-6635

^B SECTION C – RECORDS REQUESTED (check all that apply)
[X] Driver license status / history     [X] Address of record     [X] Photograph (LE use only)
[ ] Certified driving record (MVR)      [ ] Vehicle registration  [ ] Other: _____________

^B SECTION D – PURPOSE
Nature of investigation: Burglary of a dwelling, Miss. Code Ann. § 97-17-23, 1200 blk Howard Ave., 02/04/2026.
Both subjects identified on surveillance video; need photos for lineup.

^B SECTION E – CERTIFICATION
I certify that the information requested will be used only for a law enforcement purpose permitted under
18 U.S.C. § 2721(b)(1) and Miss. Code Ann. § 63-1-71, and that misuse may subject me to civil and criminal penalties
under 18 U.S.C. § 2723 and 18 U.S.C. § 2724.

Signature:  J. K. Whitaker                                  Date: 2/18/2026
Supervisor approval: Sgt. Pamela Ruiz
^S DS-LE-12 (rev. 2019)
"""
    write_fax(P("bbbb08.tif"), make_pdf([f], fontsize=9), header="02/18/2026 10:22  BILOXI PD CID  2285550169")
    label("bbbb08", "fax", "state DMV law-enforcement request form, faxed by municipal police, two subjects",
          ("local-police", "Biloxi Police Department", "Jamal K. Whitaker", "Patrolman, Criminal Investigations Division",
           "jwhitaker@biloxi.ms.us", "228-555-0163"),
          [("Minh Quoc Tran", "1996-10-08", [("license", "801442190")]),
           ("Cody Wayne Ladner", "2000-01-27", [("license", "802176635")])],
          ["MS Code 97-17-23", "18 USC 2721", "MS Code 63-1-71", "18 USC 2723", "18 USC 2724"],
          "none", None, "criminal_investigation", ["license", "address", "photo"], "fax")

# ---------------------------------------------------------------- bbbb09
def d09():
    cover = """^C U.S. Department of Homeland Security
^C U.S. Immigration and Customs Enforcement
^C Enforcement and Removal Operations – New Orleans Field Office
^S 1250 Poydras Street, Suite 325, New Orleans, LA 70113
---
February 19, 2026

Louisiana Department of Public Safety and Corrections
Office of Adult Services – Records
P.O. Box 94304, Baton Rouge, LA 70804

Re:  PHAM, Hoang Duc – DOC # 598837 – A 201 556 902

Dear Records Supervisor:

Enclosed is a Warrant for Arrest of Alien (Form I-200) issued for the above-named individual, who is
currently in the custody of your Department. ERO requests that you provide the subject's projected
release date, the address he reported for release, and any known associates' addresses listed in his
file, and that you notify this office prior to his release.

Please direct any response to the undersigned at (504) 555-0155 or nola.ero.cap@ice.dhs.gov.

Sincerely,

Brandon E. Lafleur
Deportation Officer, Criminal Alien Program
"""
    w = """^C U.S. DEPARTMENT OF HOMELAND SECURITY
^H WARRANT FOR ARREST OF ALIEN
^R File No.  A201556902
^R Date:  02/18/2026
To:  Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and
     Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest
     for immigration violations

I have determined that there is probable cause to believe that  PHAM, Hoang Duc  is removable from the
United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[X] the failure to establish admissibility subsequent to deferred inspection;
[X] biometric confirmation of the subject's identity and a records check of federal databases that
    affirmatively indicate, by themselves or in addition to other reliable information, that the subject
    either lacks immigration status or notwithstanding such status is removable under U.S. immigration law;
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and
Nationality Act, the above-named alien.

                                   /s/ Natalie R. Comeaux
                                   (Signature of Authorized Immigration Officer)
                                   Natalie R. Comeaux, Supervisory Detention and Deportation Officer
                                   (Printed Name and Title of Authorized Immigration Officer)

^C Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on ____________,
and the contents of this notice were read to him or her in the ____________ language.
Name and Signature of Officer ______________________
^S Form I-200 (Rev. 09/16)
"""
    open(P("bbbb09.pdf"), "wb").write(make_pdf([cover, w]))
    label("bbbb09", "born_digital", "ERO cover letter enclosing I-200 to state corrections",
          ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – New Orleans Field Office",
           "Brandon E. Lafleur", "Deportation Officer, Criminal Alien Program", "nola.ero.cap@ice.dhs.gov", "(504) 555-0155"),
          [("Hoang Duc Pham", None, [("a_number", "A201556902"), ("other", "598837")])],
          ["INA 236", "INA 287", "8 CFR 287"],
          "administrative_warrant", "I-200", "civil_immigration", ["other", "address"], "mail")

# ---------------------------------------------------------------- bbbb10
def d10():
    html = """<html><head><style>p{font-family:Calibri,Arial;font-size:11pt}</style></head><body>
<p>Hello BMV Investigations,</p>
<p>I'm an agent with the FBI Indianapolis Field Office working a threats case. On 02/15/2026 a series of
threatening messages were sent to a county election official in Hamilton County; we are investigating
violations of 18 U.S.C. &sect; 875(c) (interstate threats) and 18 U.S.C. &sect; 115.</p>
<p>Could you please run the following and send me the <b>license photo, current address and any vehicles</b> registered:</p>
<table border="1" cellpadding="3">
<tr><th>Name</th><th>DOB</th><th>IN DL / ID</th></tr>
<tr><td>Wojciechowski, Gerald Thomas</td><td>March 22, 1969</td><td>0470-62-1183</td></tr>
<tr><td>Wojciechowski, Brianna Lynn</td><td>July 8, 1997</td><td>&nbsp;</td></tr>
</table>
<p>The second individual may share the residence. If you need a formal letter I can send one on
letterhead. I appreciate the quick turnaround.</p>
<p>Thanks,<br>
<b>SA Priya N. Raghunathan</b><br>
Special Agent | Federal Bureau of Investigation<br>
Indianapolis Field Office | 8825 Nelson B. Klein Pkwy, Indianapolis, IN 46250<br>
O: (317) 555-0138 | pnraghunathan@fbi.gov</p>
<p style="font-size:8pt;color:#888">This e-mail and any attachments may contain Law Enforcement Sensitive information.</p>
</body></html>"""
    write_eml(P("bbbb10.eml"), "\"Raghunathan, Priya N. (IP) (FBI)\" <pnraghunathan@fbi.gov>",
              "bmvinvestigations@bmv.in.gov", "LE request - photo/address",
              "Wed, 18 Feb 2026 11:05:31 -0500", html=html)
    label("bbbb10", "eml", "FBI agent HTML-only e-mail with table, two subjects",
          ("doj-fbi", "Federal Bureau of Investigation, Indianapolis Field Office", "Priya N. Raghunathan",
           "Special Agent", "pnraghunathan@fbi.gov", "(317) 555-0138"),
          [("Gerald Thomas Wojciechowski", "1969-03-22", [("license", "0470621183")]),
           ("Brianna Lynn Wojciechowski", "1997-07-08", [])],
          ["18 USC 875", "18 USC 115"],
          "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email")

# ---------------------------------------------------------------- bbbb11
def d11():
    s = """^C IN THE SUPERIOR COURT OF CHATHAM COUNTY
^C STATE OF GEORGIA

THE STATE OF GEORGIA                                  )
                                                      )     Criminal Action No. SPCR25-01877-J1
v.                                                    )
                                                      )
DESHAWN MALIK FORTUNE,                                )
          Defendant.                                  )

^H SUBPOENA FOR PRODUCTION OF EVIDENCE (DUCES TECUM)

TO:  Custodian of Records, Georgia Department of Driver Services
     2206 Eastview Parkway, Conyers, Georgia 30013

You are hereby commanded, pursuant to O.C.G.A. § 24-13-23 and O.C.G.A. § 17-16-4, to produce at the
Chatham County Courthouse, 133 Montgomery Street, Courtroom 4A, Savannah, Georgia, on the 23rd day of
March, 2026 at 9:00 a.m., the following:

Certified copies of the complete driver license file of DESHAWN MALIK FORTUNE, date of birth 11 May 1994,
Georgia DL No. 045 718 332, including all photographs, address history, license suspension history and
driving history from January 1, 2022 to present.

Compliance may be made by delivering the certified records, together with an affidavit of the custodian
conforming to O.C.G.A. § 24-9-902(11), to the undersigned Assistant District Attorney before the date of
hearing, in which case personal appearance is excused.

The victim in this matter, Ms. Tamika Rawls, and witness Officer Bryce Sandoval (SCMPD) have been
separately subpoenaed and are not the subject of this request.

Herein fail not under penalty of law.

Witness the Honorable Lillian S. Okonkwo, Judge of said Court, this 17th day of February, 2026.

                                   Tammie Mosley, Clerk of Superior Court
                                   By: /s/ R. Dukes, Deputy Clerk

Requested by:
Jonathan P. Ellery, Assistant District Attorney
Office of the District Attorney, Eastern Judicial Circuit
133 Montgomery Street, Suite 600, Savannah, GA 31401
912-555-0124   jellery@chathamcounty.org
"""
    write_scanned(P("bbbb11.pdf"), make_pdf([s], style="serif"))
    label("bbbb11", "scanned", "Georgia criminal subpoena duces tecum, requested by ADA, scan",
          ("district-attorney", "Office of the District Attorney, Eastern Judicial Circuit", "Jonathan P. Ellery",
           "Assistant District Attorney", "jellery@chathamcounty.org", "912-555-0124"),
          [("Deshawn Malik Fortune", "1994-05-11", [("license", "045718332")])],
          ["OCGA 24-13-23", "OCGA 17-16-4", "OCGA 24-9-902"],
          "court_subpoena", None, "criminal_investigation", ["license", "photo", "address"], "mail")

# ---------------------------------------------------------------- bbbb12
def d12():
    t = """From: Ambrose-Nakamura, Stephen <stephen.ambrose-nakamura@flhsmv.gov>
Sent: Friday, February 20, 2026 7:46 AM
To: DHSMV Bureau of Records - LE Requests <lerequests@flhsmv.gov>
Subject: URGENT - fatal LSA I-10 MM 196 - DL info x2

Good morning Records,

Working a fatal crash from last night on I-10 MM 196, leaving the scene involving death, s. 316.027,
F.S. Suspect vehicle was a white 2019 Ram 1500 recovered abandoned on Capital Circle SE. Registered
owner comes back to:

   Ximena Beatriz Ortega Saldívar, DOB 3/14/1977, FL DL O236-410-77-554-0

Also need the driver file on the owner's son, who neighbors say was driving it:

   Ortega, Santiago Andrés, DOB 2002-08-05 (FL DL unk.)

Requesting both addresses on file, DL photos, and all vehicles registered to either. Authorized under
s. 119.0712(2), Florida Statutes, and DPPA. FHP case FHP260HT00417.

Cpl. Stephen Ambrose-Nakamura
Traffic Homicide Investigator
Florida Highway Patrol, Troop H (Tallahassee)
850-555-0114

[pasted from Outlook into the request tracker by C. Albritton, Records Tech II, 2026-02-20 07:52]
"""
    open(P("bbbb12.txt"), "w", encoding="utf-8").write(t)
    label("bbbb12", "txt", "trooper e-mail pasted as plain text into a tracker",
          ("state-police", "Florida Highway Patrol, Troop H", "Stephen Ambrose-Nakamura", "Corporal, Traffic Homicide Investigator",
           "stephen.ambrose-nakamura@flhsmv.gov", "850-555-0114"),
          [("Ximena Beatriz Ortega Saldívar", "1977-03-14", [("license", "O236410775540")]),
           ("Santiago Andrés Ortega", "2002-08-05", [])],
          ["FS 316.027", "FS 119.0712"],
          "none", None, "criminal_investigation", ["address", "photo", "vehicle"], "email")

# ---------------------------------------------------------------- bbbb13
def d13():
    o = """^C STATE OF MICHIGAN
^C IN THE 3RD CIRCUIT COURT FOR THE COUNTY OF WAYNE
^C CRIMINAL DIVISION

PEOPLE OF THE STATE OF MICHIGAN,
          Plaintiff,                                      Case No. 25-008812-01-FC
v.                                                        Hon. Raymond D. Castellanos
ADRIAN LUKE KRASNIQI,
          Defendant.
_______________________________________________/
Marlene T. Osei (P38875) -- Wayne County Prosecuting Attorney
By: Celeste M. Aboud (P71204), Assistant Prosecuting Attorney
1441 St. Antoine, Detroit, MI 48226  |  (313) 555-0109  |  caboud@waynecounty.com
_______________________________________________/

^H ORDER FOR PRODUCTION OF RECORDS
^C (Michigan Department of Corrections and Michigan Secretary of State)

At a session of said Court held in the Frank Murphy Hall of Justice, City of Detroit, County of Wayne,
State of Michigan, on February 20, 2026.

This matter having come before the Court on the People's motion under MCR 6.201 and MCL 780.651, and
the Court being fully advised in the premises, and good cause having been shown;

IT IS HEREBY ORDERED that the Michigan Department of Corrections shall produce to the Wayne County
Prosecutor's Office, within fourteen (14) days of service, the following records concerning the
Defendant, ADRIAN LUKE KRASNIQI (MDOC No. 804421, DOB 06/02/1990), and the co-defendant, ERVIN
KRASNIQI (MDOC No. 811930, DOB 01/17/1993):
   a. recorded telephone call logs and JPay message records, 11/01/2025 to present;
   b. visitor logs and approved visitor lists;
   c. parole release addresses.

IT IS FURTHER ORDERED that the Michigan Department of State shall produce the driver license
photographs and address history for both persons named above, including Michigan operator license
K-526 118 402 993 (Adrian Luke Krasniqi).

IT IS FURTHER ORDERED that these records shall be used only for purposes of this prosecution for
open murder, MCL 750.316, and shall not be further disseminated except as permitted by MCR 6.201.

IT IS SO ORDERED.

                                         /s/ Raymond D. Castellanos
                                         Circuit Court Judge
"""
    open(P("bbbb13.pdf"), "wb").write(make_pdf([o], style="serif"))
    label("bbbb13", "born_digital", "Michigan circuit court order for MDOC/SOS records, prosecutor's motion",
          ("district-attorney", "Wayne County Prosecutor's Office", "Celeste M. Aboud",
           "Assistant Prosecuting Attorney", "caboud@waynecounty.com", "(313) 555-0109"),
          [("Adrian Luke Krasniqi", "1990-06-02", [("other", "804421"), ("license", "K526118402993")]),
           ("Ervin Krasniqi", "1993-01-17", [("other", "811930")])],
          ["MCR 6.201", "MCL 780.651", "MCL 750.316"],
          "court_order", None, "criminal_investigation", ["other", "address", "photo"], "mail")

# ---------------------------------------------------------------- bbbb14
def d14():
    w = """^C U.S. DEPARTMENT OF HOMELAND SECURITY
^H WARRANT OF REMOVAL/DEPORTATION
^R File No: A 097 315 482
^R Date: 02/06/2026
To any immigration officer of the United States Department of Homeland Security:

MORALES NÚÑEZ, Efraín
(Full name of alien)
who entered the United States at  Unknown place  on  or about 2004  (Place of entry) (Date of entry)
is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
     Section 212(a)(6)(A)(i) of the Immigration and Nationality Act, as amended

I, the undersigned officer of the United States, by virtue of the power and authority vested in the
Secretary of Homeland Security under the laws of the United States and by his or her direction,
command you to take into custody and remove from the United States the above-named alien, pursuant
to law, at the expense of:  the appropriation "Enforcement and Removal Operations, 2026"

      /s/ Douglas W. Ferrante                            Chicago, Illinois
      (Signature of immigration officer)                 (City and State)
      Douglas W. Ferrante, Deputy Field Office Director
      (Title of immigration officer)
^S Form I-205 (Rev. 08/07)
"""
    png = img_bytes(make_pdf([w], fontsize=10), "PNG", dpi=150)
    body = """Good afternoon IDOC Records,

ERO Chicago has a final order for the below individual, currently housed at Sheridan Correctional
Center per the IDOC inmate locator. Attached is the I-205 Warrant of Removal.

   Efraín Morales Núñez
   IDOC # Y40218
   DOB: 9 Dec 1981
   A-File: 097-315-482

Please provide his projected parole/MSR date, his host site address, and the name of the parole agent
assigned. We would like to coordinate pick-up at release.

Thanks in advance,

Ana Lucía Sorensen
Supervisory Detention and Deportation Officer
ICE ERO Chicago | Broadview Service Staging Area
101 W. Congress Pkwy, Chicago, IL 60605
(312) 555-0147 | ana.sorensen@ice.dhs.gov
"""
    write_eml(P("bbbb14.eml"), "Ana Lucia Sorensen <ana.sorensen@ice.dhs.gov>",
              "DOC.Records@illinois.gov", "Release info request - MORALES NUNEZ, Efrain - Y40218",
              "Fri, 20 Feb 2026 14:48:02 -0600", body=body,
              attachments=[(png, "image", "png", "I-205_MORALES-NUNEZ.png")])
    label("bbbb14", "eml", "ERO e-mail with I-205 as PNG attachment to state corrections",
          ("dhs-ice-ero", "ICE ERO Chicago", "Ana Lucía Sorensen", "Supervisory Detention and Deportation Officer",
           "ana.sorensen@ice.dhs.gov", "(312) 555-0147"),
          [("Efraín Morales Núñez", "1981-12-09", [("a_number", "A097315482"), ("other", "Y40218")])],
          ["INA 212"],
          "administrative_warrant", "I-205", "civil_immigration", ["other", "address"], "email")

# ---------------------------------------------------------------- bbbb15
def d15():
    f = """^C DEPARTMENT OF HOMELAND SECURITY
^H REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
^R Subject ID: 509113827      Event #: SPM2602000091
^R Date: February 23, 2026
TO: Wisconsin Department of Corrections, Green Bay Correctional Institution, Offender Records Office
FROM: ICE ERO St. Paul Field Office – Milwaukee Sub-Office, 310 E. Knapp St., Milwaukee, WI 53202

Name of Alien:  HASSAN, Faadumo Cali        Date of Birth: 1985-07-30        Citizenship: Somalia
DOC #: 00671540

1. DHS HAS DETERMINED THAT THE INDIVIDUAL IS A PRIORITY ALIEN BECAUSE:
   [X] the subject has been convicted of an offense listed in the priority criteria;
   [ ] the subject has been convicted of three or more misdemeanors.
2. DHS HAS REASON TO BELIEVE THE SUBJECT IS AN ALIEN BASED ON:
   [X] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence
       indicating the subject is an alien who may be removable.

IT IS THEREFORE REQUESTED THAT YOU:
  - Notify DHS as early as possible (at least 48 hours, if possible) before the subject is released from
    your custody, by calling (414) 555-0176.
  - Provide DHS with a copy of the subject's most recent booking photograph and release address.
This request does not ask you to detain the individual beyond the time he or she would otherwise be released.

Issued under the authority of section 287 of the Immigration and Nationality Act; 8 C.F.R. § 236.1 and 8 C.F.R. § 287.7.

Issuing Officer: Rasmus E. Lindqvist, Deportation Officer                    Signature: R. E. Lindqvist
^S DHS Form I-247N (5/15)
"""
    write_fax(P("bbbb15.tif"), make_pdf([f], fontsize=9), header="23 FEB 26 09:41  ICE-ERO-MKE  414 555 0177 -> WI DOC GBCI")
    label("bbbb15", "fax", "I-247N request for notification, fax to state prison",
          ("dhs-ice-ero", "ICE ERO St. Paul Field Office – Milwaukee Sub-Office", "Rasmus E. Lindqvist",
           "Deportation Officer", None, "(414) 555-0176"),
          [("Faadumo Cali Hassan", "1985-07-30", [("other", "509113827"), ("other", "00671540")])],
          ["INA 287", "8 CFR 236.1", "8 CFR 287.7"],
          "detainer", "I-247N", "civil_immigration", ["other", "photo", "address"], "fax")

# ---------------------------------------------------------------- bbbb16
def d16():
    t = """^H MISSOURI STATE HIGHWAY PATROL
^C Division of Drug and Crime Control
^S 1510 East Elm Street  ·  Jefferson City, Missouri 65101  ·  573-555-0132
---
Colonel (Ret.) notice: Address all correspondence to the undersigned.

2026-02-24

Missouri Department of Revenue
Motor Vehicle and Driver Licensing Division
Attn: Law Enforcement Records
301 West High Street, Room 470
Jefferson City, MO 65101

Subject: DDCC Case No. 26-0219-DD; request for records — vehicular manslaughter / DWI-death

Dear Custodian,

The Division of Drug and Crime Control is assisting Troop F with an investigation of a crash on U.S. 54
in Callaway County on February 21, 2026, in which two persons died. The driver is suspected of
involuntary manslaughter in the first degree, § 565.024, RSMo, and driving while intoxicated, § 577.010,
RSMo. We are also examining whether the driver was operating while revoked (§ 302.321, RSMo).

I am requesting the following records under § 32.091, RSMo and 18 U.S.C. § 2721(b)(1):

  (1) Complete driver record, including revocation and SATOP notices, for
      Bradley James HOLTZCLAW, born 17 October 1986, Missouri license T051-772-094;
  (2) Driver license photographs (all) for the same person;
  (3) Title and registration history for the 2011 Chevrolet Silverado, VIN 3GCPKSE31BG118804.

The passenger, Cheyenne R. Moody, and the occupants of the other vehicle are victims and are not
subjects of this request.

Records may be sent to me by secure e-mail. Thank you.

Sincerely,


Sergeant Lorenzo M. Vitale
Investigator, Division of Drug and Crime Control
Missouri State Highway Patrol
lorenzo.vitale@mshp.dps.mo.gov | 573-555-0132
"""
    t = t.replace("Colonel (Ret.) notice: Address all correspondence to the undersigned.\n\n", "")
    open(P("bbbb16.pdf"), "wb").write(make_pdf([t]))
    label("bbbb16", "born_digital", "state highway patrol letter to DMV, fatal crash",
          ("state-police", "Missouri State Highway Patrol, Division of Drug and Crime Control", "Lorenzo M. Vitale",
           "Sergeant, Investigator", "lorenzo.vitale@mshp.dps.mo.gov", "573-555-0132"),
          [("Bradley James Holtzclaw", "1986-10-17", [("license", "T051772094")])],
          ["RSMo 565.024", "RSMo 577.010", "RSMo 302.321", "RSMo 32.091", "18 USC 2721"],
          "none", None, "criminal_investigation", ["license", "photo", "vehicle"], "mail")

# ---------------------------------------------------------------- bbbb17
def d17():
    inner = EmailMessage()
    inner["From"] = "Dep. Corey Bledsoe <cbledsoe@kanawhasheriff.us>"
    inner["To"] = "Jolene Varney <jvarney@kanawhasheriff.us>"
    inner["Subject"] = "need DMV info - Sissonville B&E"
    inner["Date"] = "Tue, 24 Feb 2026 22:17:40 -0500"
    inner["Message-ID"] = "<8841.bledsoe@kanawhasheriff.us>"
    inner.set_content("""Jolene,

Can you get these two through DMV for me? Daytime B&E at a residence on Sissonville Dr, W. Va. Code
61-3-11, truck seen leaving. Plate came back to the first one, second one is his girlfriend who was
with him at the pawn shop in Charleston the next morning.

  Mullins, Travis Dale   DOB 04-02-1989   WV OL 1928461
  Cordero Vélez, Yesenia   DOB 1995-12-19

Need addresses, pictures, and whatever vehicles are in their names. Report # 26-01843.

Thanks
Corey Bledsoe
Deputy, Patrol Division
""")
    body = """DMV Investigations,

Forwarding the request below from one of our patrol deputies. This is an active burglary investigation
(report 26-01843). Please send results to me and I will pass them along.

Thank you,

Jolene Varney
Criminal Investigations Clerk / Records Liaison
Kanawha County Sheriff's Office
301 Virginia St. E, Charleston, WV 25301
304-555-0159 | jvarney@kanawhasheriff.us
"""
    write_eml(P("bbbb17.eml"), "Jolene Varney <jvarney@kanawhasheriff.us>", "dmv.investigations@wv.gov",
              "FW: need DMV info - Sissonville B&E", "Wed, 25 Feb 2026 08:02:13 -0500", body=body,
              forwarded=inner)
    label("bbbb17", "eml", "sheriff records liaison forwards deputy's request as attached message/rfc822",
          ("sheriff", "Kanawha County Sheriff's Office", "Jolene Varney", "Criminal Investigations Clerk / Records Liaison",
           "jvarney@kanawhasheriff.us", "304-555-0159"),
          [("Travis Dale Mullins", "1989-04-02", [("license", "1928461")]),
           ("Yesenia Cordero Vélez", "1995-12-19", [])],
          ["WV Code 61-3-11"],
          "none", None, "criminal_investigation", ["address", "photo", "vehicle"], "email")

# ---------------------------------------------------------------- bbbb18
def d18():
    p1 = """AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
^C UNITED STATES DISTRICT COURT
^C for the
^C Southern District of Mississippi

ROSALYN J. PICKETT,                                )
          Plaintiff                                )
     v.                                            )    Civil Action No. 3:25-cv-00412-HTW-LGI
UNITED STATES OF AMERICA,                          )
          Defendant                                )

^H SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To: Custodian of Records, Mississippi Department of Public Safety, Driver Service Bureau, 1900 E. Woodrow Wilson Ave., Jackson, MS 39216
                         (Name of person to whom this subpoena is directed)

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following
documents, electronically stored information, or objects, and to permit inspection, copying, testing, or
sampling of the material:
The complete driver license and driving history file, including address history and any medical
review or restriction records, for ROSALYN JEAN PICKETT, date of birth January 30, 1971, MS DL 800 93 1147,
from January 1, 2018 to present.

Place: U.S. Attorney's Office, 501 E. Court St., Suite 4.430, Jackson, MS 39201      Date and Time: 03/20/2026 10:00 am

The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance;
Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to
your duty to respond to this subpoena and the potential consequences of not doing so.

Date: 02/25/2026
          CLERK OF COURT                                    OR     /s/ Whitney A. Strom
          ________________________                                 Attorney's signature
          Signature of Clerk or Deputy Clerk

The name, address, e-mail address, and telephone number of the attorney representing the United States of America,
who issues or requests this subpoena, are:
Whitney A. Strom, Assistant United States Attorney, Civil Division, 501 E. Court St., Suite 4.430, Jackson, MS 39201;
whitney.strom@usdoj.gov; (601) 555-0197

^B Notice to the person who issues or requests this subpoena
If this subpoena commands the production of documents, electronically stored information, or tangible things or
the inspection of premises before trial, a notice and a copy of the subpoena must be served on each party in this
case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
"""
    p2 = """AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action (Page 3)
^C Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)
(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a
trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, or
regularly transacts business in person; ...
(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A
party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing undue
burden or expense on a person subject to the subpoena. ...
(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored Information. ...
(g) Contempt. The court for the district where compliance is required—and also, after a motion is transferred, the
issuing court—may hold in contempt a person who, having been served, fails without adequate excuse to obey the
subpoena or an order related to it.
For access to subpoena materials, see Fed. R. Civ. P. 45(a) Committee Note (2013).
"""
    open(P("bbbb18.pdf"), "wb").write(make_pdf([p1, p2], fontsize=9))
    label("bbbb18", "born_digital", "AO 88B civil subpoena from AUSA civil division (FTCA-type case)",
          ("doj-usao", "U.S. Attorney's Office, Civil Division (Southern District of Mississippi)", "Whitney A. Strom",
           "Assistant United States Attorney", "whitney.strom@usdoj.gov", "(601) 555-0197"),
          [("Rosalyn Jean Pickett", "1971-01-30", [("license", "800931147")])],
          ["FRCP 45"],
          "court_subpoena", "AO 88B", "unknown", ["license", "address", "other"], "mail")

# ---------------------------------------------------------------- bbbb19
def d19():
    s = """^C COMMONWEALTH OF KENTUCKY
^C JEFFERSON CIRCUIT COURT
^C SPECIAL GRAND JURY — FEBRUARY 2026 TERM

^H GRAND JURY SUBPOENA DUCES TECUM
^R GJ Matter No. 26-GJ-0148

THE COMMONWEALTH OF KENTUCKY
TO: Records Custodian, Kentucky Department of Corrections, Offender Information Services,
    275 E. Main Street, Frankfort, KY 40601

You are commanded to appear before the Jefferson County Grand Jury, Hall of Justice, 600 West
Jefferson Street, Louisville, Kentucky, on March 12, 2026 at 9:00 a.m., and to bring with you:

All records, including probation and parole supervision files, reported addresses, employment
verifications, GPS/home incarceration logs and photographs, for the following persons:

    LYONS, Terrence Alonzo       DOB 08/14/1987     KDOC # 221904
    VUKOVIĆ, Stefan              DOB 02/28/1990     KDOC # 248617
    Ibáñez Cárdenas, Rocío       DOB 12/01/1998

This subpoena is issued pursuant to RCr 5.02 and RCr 7.02 and KRS 23A.010 in connection with a
grand jury investigation of trafficking in a controlled substance, KRS 218A.1412, and engaging in
organized crime, KRS 506.120.

Compliance may be made by delivering certified copies to the Commonwealth's Attorney's Office before
the appearance date. The contents of this subpoena are secret; disclosure may be punishable as contempt.

Issued at the request of:
Nathaniel C. Bramlett, Assistant Commonwealth's Attorney
Office of the Commonwealth's Attorney, 30th Judicial Circuit
514 W. Liberty Street, Louisville, KY 40202 · (502) 555-0193 · nbramlett@louisvilleprosecutor.com

Date issued: February 26, 2026                   DAVID L. NICHOLSON-PRICE, Circuit Court Clerk
                                                 By /s/ M. Tackett, D.C.
"""
    write_scanned(P("bbbb19.pdf"), make_pdf([s], style="serif"), rotations={0: 90})
    label("bbbb19", "scanned", "Kentucky state grand jury subpoena duces tecum to corrections, scanned sideways",
          ("district-attorney", "Office of the Commonwealth's Attorney, 30th Judicial Circuit", "Nathaniel C. Bramlett",
           "Assistant Commonwealth's Attorney", "nbramlett@louisvilleprosecutor.com", "(502) 555-0193"),
          [("Terrence Alonzo Lyons", "1987-08-14", [("other", "221904")]),
           ("Stefan Vuković", "1990-02-28", [("other", "248617")]),
           ("Rocío Ibáñez Cárdenas", "1998-12-01", [])],
          ["KY RCr 5.02", "KY RCr 7.02", "KRS 23A.010", "KRS 218A.1412", "KRS 506.120"],
          "grand_jury_subpoena", None, "criminal_investigation", ["other", "address", "employment", "photo"], "mail")

# ---------------------------------------------------------------- bbbb20
def d20():
    s = """^C U.S. Department of Justice
^C Drug Enforcement Administration
^H SUBPOENA
^R Subpoena No.  MI-26-118347
^R File No.  M3-25-0071    G-DEP: IM1D6

In the matter of:  Investigation of VARGAS-QUINTERO, Óscar Eduardo, et al.

To:  Custodian of Records
     Florida Department of Highway Safety and Motor Vehicles, Bureau of Records
     2900 Apalachee Parkway, Tallahassee, FL 32399

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Task Force Officer
Daniel R. Okeke, Drug Enforcement Administration, Miami Field Division, 2100 N. Commerce Parkway, Weston,
Florida 33326, on the 16th day of March, 2026, at 10:00 a.m., to testify and give information in
connection with an investigation being conducted under the Controlled Substances Act (21 U.S.C. § 801 et seq.),
and to bring with you the following:

All driver license, identification card, vehicle title and registration records, including photographs,
addresses and signatures, for:
   Óscar Eduardo VARGAS-QUINTERO (DOB 1980-01-11; FL DL V626-118-80-011-0)
   Leidy Johana PATIÑO (DOB 1991-04-04)
and all vehicles registered at 14410 SW 88th Street, Miami, FL.

In lieu of appearance, the records may be mailed or delivered to TFO Okeke at the address above.

This subpoena is issued pursuant to Title 21, United States Code, Section 876, and the investigation
concerns possible violations of Title 21, United States Code, Sections 841 and 846.

Failure to comply with this subpoena may make you liable to be proceeded against in a United States
District Court to enforce compliance (21 U.S.C. § 876(c)).

Issued this 26th day of February, 2026.
                                          /s/ Graciela M. Sotomayor-Reyes
                                          Group Supervisor, Drug Enforcement Administration
                                          Miami Field Division, Enforcement Group 4
                                          (954) 555-0122 · graciela.sotomayor-reyes@dea.gov
Contact: TFO Daniel R. Okeke, (954) 555-0121, daniel.r.okeke@dea.gov

Request to not disclose: Disclosure of this subpoena could impede the investigation. 21 U.S.C. § 876 / 18 U.S.C. § 1510(b).
^S DEA Form 88 (Rev.)
"""
    open(P("bbbb20.pdf"), "wb").write(make_pdf([s], fontsize=9.5))
    label("bbbb20", "born_digital", "DEA 21 USC 876 administrative subpoena to state DMV",
          ("doj-dea", "Drug Enforcement Administration, Miami Field Division", "Graciela M. Sotomayor-Reyes",
           "Group Supervisor", "graciela.sotomayor-reyes@dea.gov", "(954) 555-0122"),
          [("Óscar Eduardo Vargas-Quintero", "1980-01-11", [("license", "V626118800110")]),
           ("Leidy Johana Patiño", "1991-04-04", [])],
          ["21 USC 801", "21 USC 876", "21 USC 841", "21 USC 846", "18 USC 1510"],
          "administrative_subpoena", "DEA Form 88", "criminal_investigation",
          ["license", "vehicle", "photo", "address"], "mail")

# ---------------------------------------------------------------- bbbb21
def d21():
    t = """=== TDOC LAW ENFORCEMENT INQUIRY FORM (e-mail submission) ===
Form: LEI-1   Received via tdoc.leinquiry@tn.gov   2026-02-26 13:09

AGENCY ........... DHS / ICE / Homeland Security Investigations (HSI Nashville)
NAME ............. SA Oluwaseun B. Adeyemi
TITLE ............ Special Agent
PHONE ............ 615-555-0107
EMAIL ............ oluwaseun.adeyemi@ice.dhs.gov
CASE NO .......... NA10QR26NA0004 (HSI)

OFFENDER / SUBJECT INFORMATION
  1) SUBJECT: Baltazar ESPINOZA MEJÍA   DOB: 21 Jun 1984   TOMIS ID: 00612287
  2) SUBJECT: Wendy Carolina ESPINOZA  DOB: 02 Feb 1990   TOMIS ID: (none)

RECORDS REQUESTED
  [x] Release address / supervision address
  [x] Visitor list + visitation log 2024-present
  [x] Commissary/trust deposits (names of depositors)
  [ ] Medical     [ ] Disciplinary

PURPOSE / JUSTIFICATION
  HSI Nashville is conducting a criminal investigation into alien smuggling and harboring (8 U.S.C.
  1324) and related money laundering (18 U.S.C. 1956). Subject 1 is believed to be coordinating
  transport from inside TDOC custody through visitors. Subject 2 is a regular visitor/depositor.

LEGAL PROCESS ATTACHED? ... No (can obtain if required)

Certification: I certify the information provided is accurate and the records will be used for
official law enforcement purposes only.   /s/ O.B. Adeyemi
"""
    open(P("bbbb21.txt"), "w", encoding="utf-8").write(t)
    label("bbbb21", "txt", "HSI special agent inquiry form submitted by e-mail to state corrections, criminal",
          ("dhs-ice-hsi", "DHS / ICE / Homeland Security Investigations (HSI Nashville)", "Oluwaseun B. Adeyemi",
           "Special Agent", "oluwaseun.adeyemi@ice.dhs.gov", "615-555-0107"),
          [("Baltazar Espinoza Mejía", "1984-06-21", [("other", "00612287")]),
           ("Wendy Carolina Espinoza", "1990-02-02", [])],
          ["8 USC 1324", "18 USC 1956"],
          "none", None, "criminal_investigation", ["address", "other"], "email")

# ---------------------------------------------------------------- bbbb22
def d22():
    w = """AO 93 (Rev. 11/13) Search and Seizure Warrant
^C UNITED STATES DISTRICT COURT
^C for the
^C Southern District of Indiana

          In the Matter of the Search of                      )
(Records maintained by the Indiana Bureau of Motor Vehicles   )     Case No. 1:26-mj-00084-MKK
 relating to Ronald Eugene Pruett and Dakota Shane Pruett)     )

^H SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search
of the following person or property located in the Southern District of Indiana:
Records of the Indiana Bureau of Motor Vehicles, 100 N. Senate Ave., Indianapolis, IN 46204, described in
Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person
or property described above, and that such search will reveal: the records described in Attachment B, which are
evidence of violations of 18 U.S.C. § 922(a)(6) and 18 U.S.C. § 924(a)(1)(A) (false statements in acquisition of firearms).

YOU ARE COMMANDED to execute this warrant on or before March 12, 2026 (not to exceed 14 days)
[X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause has been established.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken
to the person from whom, or from whose premises, the property was taken.
The officer executing this warrant must prepare an inventory as required by law and promptly return this warrant and
inventory to the United States Magistrate Judge on duty.
[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in
18 U.S.C. § 2705 (except for delay of trial) ...

Date and time issued: 02/26/2026 2:15 pm              /s/ M. Kendra Kellerman
                                                      Judge's signature
City and state: Indianapolis, Indiana                 Hon. M. Kendra Kellerman, U.S. Magistrate Judge
"""
    att = """^C ATTACHMENT A — Property to be searched
Records maintained by the Indiana Bureau of Motor Vehicles concerning:
  1. Ronald Eugene PRUETT, DOB 05/09/1962, Indiana credential no. 2208-41-7736
  2. Dakota Shane PRUETT, DOB 10/23/1999, Indiana credential no. 5561-09-2284

^C ATTACHMENT B — Particular things to be seized
All records from January 1, 2023 to present: credential applications, proofs of residency and identity documents
submitted, address change history, photographs and signatures, and vehicle registration records.
"""
    pdf = make_pdf([w, att], style="serif", fontsize=9.5)
    body = """Indiana BMV Legal,

Please find attached a federal search warrant (S.D. Ind. 1:26-mj-00084) for BMV records on two
individuals. I will be the agent executing it. If it is easier, I can pick the records up in person at
the Senate Ave. office; otherwise a secure e-mail or encrypted disk is fine.

Thank you,

SA Harlan J. Beauchamp
Special Agent
U.S. Department of Justice – Bureau of Alcohol, Tobacco, Firearms and Explosives
Indianapolis Field Office, Columbus (OH) Field Division
151 N. Delaware St., Suite 1000, Indianapolis, IN 46204
Office 317-555-0184 | Mobile 317-555-0189
harlan.beauchamp@atf.gov
"""
    write_eml(P("bbbb22.eml"), "\"Beauchamp, Harlan J.\" <harlan.beauchamp@atf.gov>", "BMVLegal@bmv.in.gov",
              "Federal Search Warrant - BMV records - 1:26-mj-00084", "Thu, 26 Feb 2026 16:40:19 -0500", body=body,
              cc="AUSA Maribel Castañeda <maribel.castaneda@usdoj.gov>",
              attachments=[(pdf, "application", "pdf", "SW_1-26-mj-00084_signed.pdf")])
    label("bbbb22", "eml", "ATF agent e-mail with AO 93 search warrant PDF attached, two subjects",
          ("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Indianapolis Field Office", "Harlan J. Beauchamp",
           "Special Agent", "harlan.beauchamp@atf.gov", "317-555-0184"),
          [("Ronald Eugene Pruett", "1962-05-09", [("license", "2208417736")]),
           ("Dakota Shane Pruett", "1999-10-23", [("license", "5561092284")])],
          ["18 USC 922", "18 USC 924", "18 USC 3103a", "18 USC 2705"],
          "judicial_warrant", "AO 93", "criminal_investigation",
          ["license", "identity_documents", "address", "photo", "vehicle"], "email")

# ---------------------------------------------------------------- bbbb23
def d23():
    f = """^H UNITED STATES MARSHALS SERVICE
^C Northern District of Illinois — Great Lakes Regional Fugitive Task Force
^S 219 S. Dearborn Street, Room 2444, Chicago, IL 60604   TEL 312-555-0115   FAX 312-555-0116
---
^B FAX TRANSMITTAL / RECORDS REQUEST
DATE:      03/02/2026
TO:        Illinois Secretary of State – Driver Services, Police Liaison Unit     FAX: 217-555-0140
FROM:      DUSM Kateryna Bondarenko
PAGES:     1 (incl. cover)
PRIORITY:  [X] Urgent   [ ] Routine

The Great Lakes Regional Fugitive Task Force is attempting to locate the following fugitive, who is wanted
on a federal warrant for failure to appear (18 U.S.C. § 3146) and an underlying charge of felon in
possession of a firearm. Please provide any address of record, photographs, and vehicles registered to him.

   NAME:   WASHINGTON, Jerome Alexander Jr.
   DOB:    September 3, 1979
   IL DL:  W252-6117-9247
   USMS #: 58820-424

Please fax the results to 312-555-0116 or e-mail kateryna.bondarenko@usdoj.gov.

Thank you for your assistance,
DUSM Kateryna Bondarenko
Deputy U.S. Marshal, GLRFTF
Direct 312-555-0115

CONFIDENTIALITY NOTICE: The documents accompanying this facsimile transmission contain law enforcement
sensitive information belonging to the sender. If you have received this fax in error, please notify us by
telephone immediately and destroy the documents.
"""
    write_fax(P("bbbb23.tif"), make_pdf([f]), header="MAR 02 2026 11:58AM USMS GLRFTF 312 555 0116")
    label("bbbb23", "fax", "U.S. Marshals fugitive task force fax transmittal",
          ("doj-usms", "United States Marshals Service, Great Lakes Regional Fugitive Task Force", "Kateryna Bondarenko",
           "Deputy U.S. Marshal", "kateryna.bondarenko@usdoj.gov", "312-555-0115"),
          [("Jerome Alexander Washington Jr.", "1979-09-03", [("license", "W25261179247"), ("other", "58820-424")])],
          ["18 USC 3146"],
          "none", None, "criminal_investigation", ["address", "photo", "vehicle"], "fax")

# ---------------------------------------------------------------- bbbb24
def d24():
    p1 = """^C DEPARTMENT OF HOMELAND SECURITY
^H IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 390155204            Event #: ATL2603000052            File No: A216-770-413            Date: March 3, 2026

TO: (Name and Title of Institution)                               FROM: (Department of Homeland Security Office Address)
Georgia Department of Corrections                                 ICE Enforcement and Removal Operations
Smith State Prison, Records Office                                Atlanta Field Office
9676 Highway 301 N., Glennville, GA 30427                          180 Ted Turner Drive SW, Suite 522, Atlanta, GA 30303

Name of Alien:  LÓPEZ DE LA ROSA, Juan Pablo               Date of Birth: 1993-09-17
Citizenship Country: Mexico                               Sex: M

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[X] a final order of removal against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[ ] biometric confirmation of the subject's identity and a records check of federal databases ...;
[ ] statements made by the subject to an immigration officer and/or other reliable evidence.

IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
  Please notify DHS by calling [X] U.S. Immigration and Customs Enforcement (ICE) at (404) 555-0166.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have
  been released from your custody to allow DHS to assume custody.
- Serve a copy of this form on the alien. This detainer arises from DHS authorities and should not impact decisions
  about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter
  assignments, or other matters.

Authority: 8 U.S.C. §§ 1226, 1357, and 1231; 8 C.F.R. § 287.7.

_________________________________________________       /s/ Shaundra V. McAllister
(Name and title of Immigration Officer)                 (Signature of Immigration Officer)
Shaundra V. McAllister, Supervisory Detention and Deportation Officer
[X] Notice: If the alien may be the victim of a crime or you want the alien to remain in the United States for a law
enforcement purpose, notify the ICE Law Enforcement Support Center at (802) 555-0198.
^S Form I-247A (3/17)                                                                                 Page 1 of 3
"""
    p2 = """^C TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN
Please provide the information below, sign, and return to DHS by e-mailing a copy to atl.detainers@ice.dhs.gov.
Local Booking/Inmate #: GDC 1002974516        Estimated release date/time: ____________________
Date of latest criminal charge/conviction: 07/2024   Last offense charged/conviction: Aggravated assault
This form was served upon the alien on ____________ in the following manner: [ ] in person [ ] inmate mail delivery [ ] other
Name and title of officer: ______________________        Signature: ______________________
^S Form I-247A (3/17)                                                                                 Page 2 of 3
"""
    p3 = """^C NOTICE TO THE DETAINEE / AVISO AL DETENIDO
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a
notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise
would be released from custody.
El Departamento de Seguridad Nacional (DHS) ha emitido una orden de detención inmigratoria en su contra.
^S Form I-247A (3/17)                                                                                 Page 3 of 3
"""
    open(P("bbbb24.pdf"), "wb").write(make_pdf([p1, p2, p3], fontsize=8.5))
    label("bbbb24", "born_digital", "I-247A detainer (final order box) to state prison, born digital",
          ("dhs-ice-ero", "ICE Enforcement and Removal Operations, Atlanta Field Office", "Shaundra V. McAllister",
           "Supervisory Detention and Deportation Officer", "atl.detainers@ice.dhs.gov", "(404) 555-0166"),
          [("Juan Pablo López de la Rosa", "1993-09-17",
            [("a_number", "A216770413"), ("other", "390155204"), ("other", "1002974516")])],
          ["8 USC 1226", "8 USC 1357", "8 USC 1231", "8 CFR 287.7"],
          "detainer", "I-247A", "civil_immigration", ["other"], "mail")

# ---------------------------------------------------------------- bbbb25
def d25():
    body = """SCDMV Law Enforcement Services:

Request photos and current addresses for the following individuals. Information is for official use only.

1. ABDULLAHI, Hodan Yusuf -- DOB 1992-03-05 -- A# 215-990-114
2. Nguyen Thi Lan -- DOB 1987-11-29 -- A# 203-448-761 -- SC DL 102 884 317
3. GUZMÁN-ORTIZ, José de Jesús -- DOB 2001-06-14 -- A# 220-017-385

Pursuant to 8 USC 1357(a) and 8 CFR 287.5.

Respectfully,

R. Miles Haverty
Immigration Enforcement Agent
U.S. Immigration and Customs Enforcement
Charleston, SC
843-555-0128
r.miles.haverty@ice.dhs.gov

UNCLASSIFIED//FOR OFFICIAL USE ONLY
"""
    write_eml(P("bbbb25.eml"), "\"Haverty, R Miles\" <r.miles.haverty@ice.dhs.gov>", "LEServices@scdmv.net",
              "photo request x3", "Tue, 3 Mar 2026 09:27:55 -0500", body=body)
    label("bbbb25", "eml", "terse ICE (no component) e-mail, three subjects with A-numbers, FOUO",
          ("dhs-ice", "U.S. Immigration and Customs Enforcement", "R. Miles Haverty", "Immigration Enforcement Agent",
           "r.miles.haverty@ice.dhs.gov", "843-555-0128"),
          [("Hodan Yusuf Abdullahi", "1992-03-05", [("a_number", "A215990114")]),
           ("Nguyen Thi Lan", "1987-11-29", [("a_number", "A203448761"), ("license", "102884317")]),
           ("José de Jesús Guzmán-Ortiz", "2001-06-14", [("a_number", "A220017385")])],
          ["8 USC 1357", "8 CFR 287.5"],
          "none", None, "civil_immigration", ["photo", "address"], "email")

# ---------------------------------------------------------------- bbbb26
def d26():
    o = """^C STATE OF MINNESOTA                                              DISTRICT COURT
^C COUNTY OF RAMSEY                                          SECOND JUDICIAL DISTRICT
                                                             Court File No. 62-CR-25-7731
State of Minnesota,
                    Plaintiff,
vs.                                                  ^B ORDER FOR RELEASE OF NOT PUBLIC DATA
Abdirahman Mohamed Warsame,
                    Defendant.

The above matter came before the undersigned Judge of District Court on the State's motion, filed by
Assistant Ramsey County Attorney Ingrid S. Halvorsen, for an order directing the Minnesota Department of
Corrections and the Minnesota Department of Public Safety, Driver and Vehicle Services, to release not
public data pursuant to Minn. Stat. § 13.03, subd. 6, and Minn. R. Crim. P. 9.01.

Based on the files, records and proceedings herein, and the Court finding that the data are discoverable and
that the benefit to the State outweighs any harm to the confidentiality interests involved,

IT IS HEREBY ORDERED:

1. The Minnesota Department of Corrections shall release to the Ramsey County Attorney's Office the
   complete supervised-release file, including agent case notes, reported addresses and employment, of
   Abdirahman Mohamed Warsame, DOB 1996-01-08, OID 254119.
2. Driver and Vehicle Services shall release the driver license photograph and address history of the
   Defendant, Minnesota DL W-563-228-401-775.
3. The data shall be used solely for the prosecution of the charge of murder in the second degree,
   Minn. Stat. § 609.19, and shall not be disclosed further except as required by law.

                                             BY THE COURT:

Dated: February 27, 2026                     /s/ Theodore A. Lindgren
                                             Judge of District Court
"""
    cover = """^C RAMSEY COUNTY ATTORNEY'S OFFICE
^S 345 Wabasha Street North, Suite 120, St. Paul, MN 55102 · 651-555-0112
---
March 2, 2026

Minnesota Department of Corrections — Records Management
1450 Energy Park Drive, Suite 200, St. Paul, MN 55108

Re: State v. Warsame, 62-CR-25-7731

Enclosed is a certified copy of Judge Lindgren's order of February 27 directing release of the
supervised-release file. A copy has also been served on DVS. Please contact me with any questions.

Ingrid S. Halvorsen
Assistant Ramsey County Attorney, Criminal Division
ingrid.halvorsen@co.ramsey.mn.us · 651-555-0112
"""
    write_scanned(P("bbbb26.pdf"), make_pdf([cover, o], style="serif"))
    label("bbbb26", "scanned", "county attorney cover letter + Minnesota district court order, scan",
          ("district-attorney", "Ramsey County Attorney's Office", "Ingrid S. Halvorsen",
           "Assistant Ramsey County Attorney", "ingrid.halvorsen@co.ramsey.mn.us", "651-555-0112"),
          [("Abdirahman Mohamed Warsame", "1996-01-08", [("other", "254119"), ("license", "W563228401775")])],
          ["MN Stat 13.03", "MN CrimP 9.01", "MN Stat 609.19"],
          "court_order", None, "criminal_investigation", ["other", "address", "employment", "photo"], "mail")

# ---------------------------------------------------------------- bbbb27
def d27():
    s = """^C SOCIAL SECURITY ADMINISTRATION
^C OFFICE OF THE INSPECTOR GENERAL
^H SUBPOENA DUCES TECUM
^R OIG Subpoena No. 26-KC-0019

TO:   Records Custodian
      Kansas Department of Corrections, Records Management
      714 SW Jackson, Suite 300, Topeka, KS 66603

YOU ARE HEREBY COMMANDED to produce the records described in the attached Schedule to Special Agent
Yolanda P. Chávez-Brennan, Office of Investigations, SSA OIG, Kansas City Field Division, 601 E. 12th
Street, Room 1045, Kansas City, MO 64106, on or before the 27th day of March, 2026, at 9:00 a.m.

This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4),
in connection with an investigation of the possible violation of 42 U.S.C. § 1383a(a) and 18 U.S.C. § 641
(theft of government funds) by persons who received Supplemental Security Income payments while
incarcerated.

SCHEDULE
For the period January 1, 2021 to the present, admission and release dates, facility assignments,
reported release addresses and any parole/post-release supervision addresses for:
   (a) DUNCAN, Latoya Renee — DOB 04/16/1982 — KDOC # 0098412 — SSN xxx-xx-7154
   (b) SCHREIBER, Wayne Allen — DOB 11/02/1975 — KDOC # 0067735 — SSN xxx-xx-0926

Failure to comply with this subpoena may result in the Inspector General requesting an order from a
United States District Court requiring compliance, under 5 U.S.C. § 406(a)(4).

This subpoena is issued on February 27, 2026 by:

/s/ Leonard K. Amundsen
Leonard K. Amundsen
Special Agent in Charge, Kansas City Field Division
for the Inspector General, Social Security Administration
(816) 555-0133 | leonard.amundsen@ssa.gov

Questions regarding compliance: SA Yolanda P. Chávez-Brennan, (816) 555-0134.
"""
    open(P("bbbb27.pdf"), "wb").write(make_pdf([s], style="serif"))
    label("bbbb27", "born_digital", "SSA OIG inspector-general subpoena to state corrections, two subjects",
          ("ssa-oig", "Social Security Administration, Office of the Inspector General", "Leonard K. Amundsen",
           "Special Agent in Charge, Kansas City Field Division", "leonard.amundsen@ssa.gov", "(816) 555-0133"),
          [("Latoya Renee Duncan", "1982-04-16", [("other", "0098412"), ("ssn_last4", "7154")]),
           ("Wayne Allen Schreiber", "1975-11-02", [("other", "0067735"), ("ssn_last4", "0926")])],
          ["5 USC 406", "42 USC 1383a", "18 USC 641"],
          "administrative_subpoena", None, "criminal_investigation", ["other", "address"], "mail")

# ---------------------------------------------------------------- bbbb28
def d28():
    w = """^C STATE OF NORTH CAROLINA                                   In The General Court Of Justice
^C County of MECKLENBURG                                          District Court Division
^R File No. 26CR 204517
^H WARRANT FOR ARREST

STATE VERSUS
Name And Address Of Defendant:  DANIELA FERNANDA CASTILLO ROJAS
                                (address unknown)
Race: W   Sex: F   DOB: 07/07/1995   Drivers License No. 000041887235   State: NC

I, the undersigned, find that there is probable cause to believe that on or about the 14th day of
January, 2026, in the county named above the defendant named above unlawfully, willfully and
feloniously did obtain property valued over $100,000 by false pretense, in violation of G.S. 14-100,
and did possess stolen goods in violation of G.S. 14-71.1.

To any officer with authority and jurisdiction to execute a warrant for arrest for the offense(s) charged
above: I command you to arrest the defendant and bring the defendant before a judicial official without
unnecessary delay to answer the charge(s) above. (G.S. 15A-304)

This Warrant is issued upon information furnished under oath by the complainant listed below.
Complainant: Det. Bryce T. Ogunleye, CMPD Financial Crimes

Date Issued: 02/28/2026                       Signature: /s/ P. Lanham
                                              [X] Magistrate  [ ] Deputy CSC  [ ] Clerk Of Superior Court  [ ] District Court Judge
^S AOC-CR-100, Rev. 12/19
"""
    jpg = img_bytes(make_pdf([w], style="serif"), "JPEG", dpi=130, rough=True)
    body = """NCDMV License & Theft Bureau / Records,

We have an outstanding arrest warrant (copy attached, 26CR 204517) for the individual below and have no
good address. Could you send me her DMV photo and any address and vehicle on file?

  CASTILLO ROJAS, Daniela Fernanda
  DOB 07/07/1995
  NC DL 000041887235

Case: CMPD 20260114-0932-01 (obtaining property by false pretense, N.C. Gen. Stat. § 14-100).

Thanks,
Det. Bryce T. Ogunleye
Financial Crimes Division
Charlotte-Mecklenburg Police Department
601 E. Trade St., Charlotte, NC 28202
704-555-0152
bogunleye@cmpd.org

Sent from my iPhone
"""
    write_eml(P("bbbb28.eml"), "Bryce Ogunleye <bogunleye@cmpd.org>", "ltbrecords@ncdot.gov",
              "Arrest warrant - DMV photo/address - CASTILLO ROJAS", "Mon, 2 Mar 2026 18:22:10 -0500", body=body,
              attachments=[(jpg, "image", "jpeg", "IMG_4471.jpg")])
    label("bbbb28", "eml", "detective e-mail with NC arrest warrant photographed as JPEG",
          ("local-police", "Charlotte-Mecklenburg Police Department", "Bryce T. Ogunleye", "Detective, Financial Crimes Division",
           "bogunleye@cmpd.org", "704-555-0152"),
          [("Daniela Fernanda Castillo Rojas", "1995-07-07", [("license", "000041887235")])],
          ["NCGS 14-100", "NCGS 14-71.1", "NCGS 15A-304"],
          "judicial_warrant", "AOC-CR-100", "criminal_investigation", ["photo", "address", "vehicle"], "email")

# ---------------------------------------------------------------- bbbb29
def d29():
    t = """From:    Kozlowski, Piotr A <piotr.a.kozlowski@cbp.dhs.gov>
Sent:    Wednesday, March 4, 2026 6:51 AM
To:      MDOS-LawEnforcementRequests <MDOS-LERequests@michigan.gov>
Subject: registration lookup

Morning,

Please provide registration and owner info for MI plate EKN 5518 and any other vehicles registered to
the owner. Believe owner is:

    Bogdan Ilyich Marchenko
    DOB: 12 August 1976

Also his address and photo if available.

Thanks,

Piotr A. Kozlowski
Border Patrol Agent
U.S. Border Patrol | Detroit Sector | Marysville Station
U.S. Customs and Border Protection
Office: 810-555-0106
"""
    open(P("bbbb29.txt"), "w", encoding="utf-8").write(t)
    label("bbbb29", "txt", "Border Patrol agent e-mail saved as plain text, no reason given",
          ("dhs-cbp", "U.S. Customs and Border Protection, U.S. Border Patrol, Detroit Sector", "Piotr A. Kozlowski",
           "Border Patrol Agent", "piotr.a.kozlowski@cbp.dhs.gov", "810-555-0106"),
          [("Bogdan Ilyich Marchenko", "1976-08-12", [])],
          [], "none", None, "unknown", ["vehicle", "address", "photo"], "email")

# ---------------------------------------------------------------- bbbb30
def d30():
    s = """^C VIRGINIA:
^C IN THE CIRCUIT COURT OF THE CITY OF RICHMOND

COMMONWEALTH OF VIRGINIA
v.                                                          Case Nos. CR25-F-3318, -3319
MATTHEW GRANT ELLSWORTH

^H SUBPOENA DUCES TECUM
^C (Criminal — Rule 3A:12(b), Rules of the Supreme Court of Virginia; Va. Code § 19.2-267)

TO THE SHERIFF OF THE CITY OF RICHMOND, OR ANY AUTHORIZED PERSON:
You are commanded to summon:
   Custodian of Records, Virginia Department of Motor Vehicles
   2300 West Broad Street, Richmond, Virginia 23220

to produce the following writings or objects at the Clerk's Office of this Court, John Marshall Courts
Building, 400 North Ninth Street, Richmond, Virginia, on or before March 25, 2026 at 9:30 a.m.:

  (1) Certified transcript of driving record and license status history of MATTHEW GRANT ELLSWORTH,
      date of birth April 30, 1984, Virginia customer no. T70-44-1822, including all orders of
      suspension/revocation and notices mailed, with mailing addresses;
  (2) Records of all vehicles registered to the said Matthew Grant Ellsworth from 2024 to present.

The records are sought for trial on the charges of driving after being declared a habitual offender /
driving while license revoked, third offense (Va. Code § 46.2-391), and felony eluding (Va. Code § 46.2-817).
Records may be certified under Va. Code § 46.2-215 in lieu of appearance.

Requested by:  Commonwealth
Attorney:      Priscilla D. Okafor-Hale, Assistant Commonwealth's Attorney, VSB No. 88213
               Office of the Commonwealth's Attorney for the City of Richmond
               400 N. 9th Street, Suite 300, Richmond, VA 23219
               (804) 555-0148   priscilla.okafor-hale@rva.gov

Arresting officer (witness, separately summoned): Officer Julian Tremblay, RPD

Issued: 03/04/2026                                  EDWARD F. JEWETT-CALLOWAY, CLERK
                                                    by /s/ A. Morrisette, Deputy Clerk
"""
    open(P("bbbb30.pdf"), "wb").write(make_pdf([s], style="serif"))
    label("bbbb30", "born_digital", "Virginia criminal subpoena duces tecum to DMV requested by Commonwealth's Attorney",
          ("district-attorney", "Office of the Commonwealth's Attorney for the City of Richmond", "Priscilla D. Okafor-Hale",
           "Assistant Commonwealth's Attorney", "priscilla.okafor-hale@rva.gov", "(804) 555-0148"),
          [("Matthew Grant Ellsworth", "1984-04-30", [("license", "T70441822")])],
          ["VA R 3A:12", "VA Code 19.2-267", "VA Code 46.2-391", "VA Code 46.2-817", "VA Code 46.2-215"],
          "court_subpoena", None, "criminal_investigation", ["license", "address", "vehicle"], "mail")

# ---------------------------------------------------------------- bbbb31
def d31():
    s = """^C DEPARTMENT OF HOMELAND SECURITY
^C U.S. Customs and Border Protection
^H SUMMONS
^R Summons No. CBP-SAV-2026-0007
^R Port of Savannah, Georgia (1703)

To:  Custodian of Records, Georgia Department of Revenue, Motor Vehicle Division
     1800 Century Blvd. NE, Atlanta, GA 30345

Pursuant to Section 509 of the Tariff Act of 1930, as amended (19 U.S.C. § 1509), you are hereby
summoned and required to appear before Supervisory CBP Officer Tomasz W. Zielinski, an officer of U.S. Customs and
Border Protection, at 1 East Bay Street, Savannah, GA 31401, on March 20, 2026, at 10:00 a.m., to give
testimony and to produce the following records:

Certificates of title, title applications, lien releases, and registration records — including owner name,
address and date of birth as recorded — for the following vehicles and any other vehicles titled to their
owners, ROJAS-BENÍTEZ, Ángel Mauricio (DOB 1979-03-27) and DIALLO, Mariama (DOB 18 Oct 1988):
   2024 Toyota Land Cruiser, VIN JTEABFAJ6RK004471
   2023 Lexus LX 600, VIN JTJGBCDX3P4008216

The records relate to the exportation of the vehicles described above through the Port of Savannah and
the accuracy of electronic export information filed for them.

Failure to comply with this summons will render you liable to proceedings in a district court of the
United States to enforce compliance with this summons as provided by law (19 U.S.C. § 1510).

Issued by: Tomasz W. Zielinski, Supervisory CBP Officer, Outbound Enforcement, Office of Field Operations
Date: March 4, 2026            Signature: /s/ T. W. Zielinski
^S CBP Form 3115 (08/10)
"""
    pdf = make_pdf([s], fontsize=9.5)
    body = """Good afternoon,

Attached is a CBP summons (Form 3115) for title and registration records on two vehicles exported through
the Port of Savannah. Production by e-mail in lieu of appearance is acceptable. Please call if you have
any questions.

Very respectfully,

Tomasz W. Zielinski
Supervisory CBP Officer | Outbound Enforcement Team
U.S. Customs and Border Protection | Office of Field Operations | Port of Savannah
Office: (912) 555-0117 | tomasz.zielinski@cbp.dhs.gov
"""
    html = "<html><body><div style='font-family:Arial'>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</div></body></html>"
    write_eml(P("bbbb31.eml"), "\"ZIELINSKI, TOMASZ W\" <tomasz.zielinski@cbp.dhs.gov>", "mvd.records@dor.ga.gov",
              "CBP Summons - Georgia MVD - title records", "Wed, 4 Mar 2026 13:12:45 -0500", body=body, html=html,
              attachments=[(pdf, "application", "pdf", "CBP3115_SAV-2026-0007.pdf")])
    label("bbbb31", "eml", "CBP officer e-mail (multipart/alternative) with Form 3115 summons PDF",
          ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Port of Savannah", "Tomasz W. Zielinski",
           "Supervisory CBP Officer", "tomasz.zielinski@cbp.dhs.gov", "(912) 555-0117"),
          [("Ángel Mauricio Rojas-Benítez", "1979-03-27", []),
           ("Mariama Diallo", "1988-10-18", [])],
          ["19 USC 1509", "19 USC 1510"],
          "administrative_subpoena", "CBP Form 3115", "unknown", ["vehicle", "address", "date_of_birth"], "email")

# ---------------------------------------------------------------- bbbb32
def d32():
    cover = """^H POLK COUNTY ATTORNEY
^C 222 5th Avenue · Des Moines, Iowa 50309 · (515) 555-0161
---
4 March 2026

Iowa Department of Corrections
Records Division
510 East 12th Street
Des Moines, IA 50319

Re:  State of Iowa v. Hoang Minh Le and Nathan Joseph Grell, FECR 402281 / FECR 402282

Dear Records Custodian,

Please find enclosed a file-stamped Order of the Iowa District Court for Polk County directing the
Department to produce records relating to the above defendants. Kindly provide the records to my
office within the time stated in the Order. Our investigator, Ms. Halima Osman, may follow up by phone.

Very truly yours,

Garrett W. Lindahl
Assistant Polk County Attorney
garrett.lindahl@polkcountyiowa.gov
"""
    o = """^C IN THE IOWA DISTRICT COURT FOR POLK COUNTY

STATE OF IOWA,                           )      No. FECR 402281
          Plaintiff,                     )          FECR 402282
vs.                                      )
HOANG MINH LE, and                       )      ORDER COMPELLING PRODUCTION
NATHAN JOSEPH GRELL,                     )      OF DEPARTMENT OF CORRECTIONS RECORDS
          Defendants.                    )

On the 3rd day of March, 2026, the State's application for production of confidential records under
Iowa Code § 904.602 came before the Court. The Court, having reviewed the application, finds that the
records are necessary for the prosecution of the Defendants for robbery in the first degree, Iowa Code
§ 711.2, and that good cause exists.

IT IS THEREFORE ORDERED that the Iowa Department of Corrections shall, within ten (10) days, produce to the
Polk County Attorney:
   (a) for HOANG MINH LE (DOB 05/19/1997, Offender No. 6180442): institutional telephone logs,
       visitor lists, and community supervision addresses from June 1, 2025 to present;
   (b) for NATHAN JOSEPH GRELL (DOB 09/02/1994, Offender No. 1177905): the same records, and his
       reported employer and wage verification on file with his supervising officer.

The records shall be used only in these proceedings and are subject to the protective provisions of
Iowa R. Crim. P. 2.14.

SO ORDERED.
                                        E-FILED  2026 MAR 03 3:51 PM  POLK - CLERK OF DISTRICT COURT
                                        /s/ Colleen F. Vandermeer, District Associate Judge
                                        Fifth Judicial District of Iowa
"""
    write_scanned(P("bbbb32.pdf"), make_pdf([cover, o], style="serif"), rotations={1: 90})
    label("bbbb32", "scanned", "county attorney cover letter + Iowa district court order, scan with sideways page",
          ("district-attorney", "Polk County Attorney", "Garrett W. Lindahl", "Assistant Polk County Attorney",
           "garrett.lindahl@polkcountyiowa.gov", "(515) 555-0161"),
          [("Hoang Minh Le", "1997-05-19", [("other", "6180442")]),
           ("Nathan Joseph Grell", "1994-09-02", [("other", "1177905")])],
          ["IA Code 904.602", "IA Code 711.2", "IA CrimP 2.14"],
          "court_order", None, "criminal_investigation", ["other", "address", "employment", "wages"], "mail")


if __name__ == "__main__":
    for i in range(1, 33):
        globals()["d%02d" % i]()
    print("done")
