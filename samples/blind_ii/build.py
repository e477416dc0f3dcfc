#!/usr/bin/env python3
"""Build the blind-ii test set (independent author). Deterministic: fixed seed.

Run:  /work/main/.venv/bin/python samples/blind_ii/build.py
Temporary renders go to /tmp/author_ii.
"""
import io, json, os, random, subprocess, glob, shutil
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
import datetime as dt

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_ii"
os.makedirs(TMP, exist_ok=True)
SEED = 20260222
random.seed(SEED)

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Mono", FD + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("MonoB", FD + "DejaVuSansMono-Bold.ttf"))

# ---------------------------------------------------------------- rendering
# Page text markup (one line per source line; pages separated by a line "\f"):
#   "# text"   centred bold heading      "## text" bold left
#   ">> text"  right-aligned             "--"      horizontal rule
#   "~ text"   monospace line (no wrap)  ""        blank line
#   anything else: wrapped body text

def render_pdf(pages, path=None, style="sans", size=10):
    body, bold = ("Serif", "SerifB") if style == "serif" else (("Mono", "MonoB") if style == "mono" else ("Sans", "SansB"))
    buf = io.BytesIO() if path is None else path
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    W, H = letter
    lm, rm, top, bot = 62, 62, 60, 56
    for ptxt in pages:
        y = H - top
        lead = size * 1.32
        for raw in ptxt.split("\n"):
            if y < bot:
                c.showPage(); y = H - top
            if raw.startswith("# "):
                t = raw[2:]
                fs = size + 3
                for ln in simpleSplit(t, bold, fs, W - lm - rm):
                    c.setFont(bold, fs); c.drawCentredString(W / 2, y, ln); y -= fs * 1.35
            elif raw.startswith("## "):
                for ln in simpleSplit(raw[3:], bold, size, W - lm - rm):
                    c.setFont(bold, size); c.drawString(lm, y, ln); y -= lead
            elif raw.startswith(">> "):
                c.setFont(body, size); c.drawRightString(W - rm, y, raw[3:]); y -= lead
            elif raw.strip() == "--":
                c.setLineWidth(0.8); c.line(lm, y + 4, W - rm, y + 4); y -= lead * 0.6
            elif raw.startswith("~ "):
                c.setFont("Mono", size - 1); c.drawString(lm, y, raw[2:]); y -= lead
            elif raw.strip() == "":
                y -= lead * 0.7
            else:
                indent = len(raw) - len(raw.lstrip(" "))
                x = lm + indent * 4
                for ln in simpleSplit(raw.strip(), body, size, W - x - rm):
                    if y < bot:
                        c.showPage(); y = H - top
                    c.setFont(body, size); c.drawString(x, y, ln); y -= lead
        c.showPage()
    c.save()
    if path is None:
        return buf.getvalue()


def pdf_to_images(pdf_bytes, tag, dpi=200):
    src = os.path.join(TMP, tag + ".pdf")
    with open(src, "wb") as f:
        f.write(pdf_bytes)
    for old in glob.glob(os.path.join(TMP, tag + "-*.png")):
        os.remove(old)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, os.path.join(TMP, tag)], check=True)
    files = sorted(glob.glob(os.path.join(TMP, tag + "-*.png")))
    return [Image.open(p).convert("L") for p in files]


def degrade(img, rng, angle=0.0, turn=0, grey=0, noise=6, contrast=1.0, jpeg=55, blur=False):
    a = np.asarray(img).astype(np.float32)
    if contrast != 1.0:
        a = 128 + (a - 128) * contrast
    a = a - grey * (a / 255.0)  # grey paper
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, noise, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L")
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(0.6))
    bg = int(255 - grey)
    if angle:
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    if turn:
        im = im.rotate(turn, expand=True)
    b = io.BytesIO(); im.save(b, "JPEG", quality=jpeg); b.seek(0)
    return Image.open(b).convert("L")


def write_scanned(pages, ident, page_opts, style="sans", dpi=200):
    rng = random.Random(ident)
    imgs = pdf_to_images(render_pdf(pages, style=style), ident + "_clean", dpi=dpi)
    out = []
    for i, im in enumerate(imgs):
        o = page_opts[i] if i < len(page_opts) else page_opts[-1]
        out.append(degrade(im, rng, **o))
    path = os.path.join(OUT, ident + ".pdf")
    out[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=out[1:], quality=50,
                creationDate=dt.datetime(2025, 1, 1).timetuple(), modDate=dt.datetime(2025, 1, 1).timetuple(), producer="scanner")
    return path


def write_fax(pages, ident, header_fmt, style="sans", skew=None):
    rng = random.Random(ident)
    imgs = pdf_to_images(render_pdf(pages, style=style), ident + "_clean", dpi=200)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    n = len(imgs)
    for i, im in enumerate(imgs):
        im = im.copy()
        d = ImageDraw.Draw(im)
        if header_fmt:
            d.rectangle([0, 0, im.width, 40], fill=255)
            d.text((30, 10), header_fmt.format(p=i + 1, n=n), fill=0, font=font)
        if skew and skew[i % len(skew)]:
            im = im.rotate(skew[i % len(skew)], resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(im).astype(np.int16)
        a = a + np.random.default_rng(rng.randint(0, 10**6)).normal(0, 18, a.shape).astype(np.int16)
        bw = Image.fromarray((a > 150).astype(np.uint8) * 255).convert("1")
        out.append(bw)
    path = os.path.join(OUT, ident + ".tif")
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])
    return path


def png_of(pages, tag, dpi=150, fmt="PNG", angle=0.0, quality=70):
    imgs = pdf_to_images(render_pdf(pages), tag, dpi=dpi)
    im = imgs[0]
    if angle:
        im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
    b = io.BytesIO()
    if fmt == "JPEG":
        im.save(b, "JPEG", quality=quality)
    else:
        im.save(b, "PNG", optimize=True)
    return b.getvalue()


def email_msg(frm, to, subject, date, body=None, html=None, cc=None, attachments=(), msgid=None, extra=None):
    def q(addr):  # quote "Last, First" display names as mail clients do
        if "<" in addr and not addr.startswith('"'):
            name, rest = addr.split("<", 1)
            if "," in name or "(" in name:
                return '"%s" <%s' % (name.strip(), rest)
        return addr
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = q(frm)
    m["To"] = q(to)
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or "<%s>" % subject.replace(" ", ".")[:30].lower()
    for k, v in (extra or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    for (data, maintype, subtype, fname) in attachments:
        if maintype == "message":
            m.add_attachment(data)  # an EmailMessage -> message/rfc822
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def write_eml(msg, ident):
    path = os.path.join(OUT, ident + ".eml")
    with open(path, "wb") as f:
        f.write(msg.as_bytes())
    return path


def write_txt(text, ident):
    path = os.path.join(OUT, ident + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def write_born(pages, ident, style="sans", size=10):
    path = os.path.join(OUT, ident + ".pdf")
    with open(path, "wb") as f:
        f.write(render_pdf(pages, style=style, size=size))
    return path

# ---------------------------------------------------------------- labels

def subj(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def label(ident, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    ak, an, person, title, email, phone = req
    rec = {
        "id": ident, "family": "blind-ii", "format": fmt, "template": template,
        "requestor": {"agency_key": ak, "agency_name": an, "person": person, "title": title, "email": email, "phone": phone},
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }
    with open(os.path.join(OUT, ident + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")

DOCS = []

def doc(fn):
    DOCS.append(fn)
    return fn

# ================================================================ documents

@doc
def bii01():
    p1 = """# IDAHO STATE POLICE
# Investigations – District 3
700 S. Stratford Drive, Meridian, Idaho 83642  ·  (208) 555-0114
--
>> ISP Case No. D3-24-0871
>> September 9, 2024

Idaho Transportation Department
Division of Motor Vehicles – Records Unit
P.O. Box 7129
Boise, ID 83707-1129

RE: Request for Driver and Vehicle Records – Grand Theft Investigation

To the Records Custodian:

The Idaho State Police is conducting an active criminal investigation into a series of thefts of heavy equipment and trailers from construction sites in Canyon and Ada Counties, in violation of Idaho Code § 18-2403 and § 18-2407 (grand theft). The owner of the largest loss, Hollister Earthworks LLC (contact: Gary Hollister), has cooperated fully and is not a subject of this request.

I respectfully request copies of the following records for the two individuals listed below:

  1. Current and prior residential and mailing addresses on file;
  2. Driver license photographs (most recent and any prior image);
  3. All vehicles and trailers currently or previously registered in their names, with plate and VIN.

Subject 1:  KOWALCZYK, Tomasz J.
            DOB: 11/02/1986    Idaho DL: 571294836

Subject 2:  Anja PETROVIĆ
            DOB: 1990-06-21    Idaho DL: 614408271

These records are requested for law-enforcement use only under the exception in 18 U.S.C. § 2721(b)(1) of the Driver's Privacy Protection Act and Idaho Code § 49-203(4)(a). They will not be disseminated outside the investigation.

Please return the records by secure email to the address below or call me with any questions.

Respectfully,



Det. Sgt. Laura M. Quintana
Idaho State Police – District 3 Investigations
Office: (208) 555-0114  ·  laura.quintana@isp.idaho.gov

cc: Canyon County Prosecuting Attorney's Office (Dep. P.A. R. Whitcomb)
--
This communication may contain criminal justice information. If received in error, notify the sender and destroy all copies."""
    write_born([p1], "bii01", style="serif")
    label("bii01", "born_digital", "state police letter on letterhead, two subjects, theft statutes + DPPA",
          ("state-police", "Idaho State Police", "Laura M. Quintana", "Detective Sergeant", "laura.quintana@isp.idaho.gov", "(208) 555-0114"),
          [subj("Tomasz J. Kowalczyk", "1986-11-02", ("license", "571294836")),
           subj("Anja Petrović", "1990-06-21", ("license", "614408271"))],
          ["ID Code 18-2403", "ID Code 18-2407", "18 USC 2721", "ID Code 49-203"],
          "none", None, False, "criminal_investigation", ["address", "photo", "vehicle"], "mail")


@doc
def bii02():
    cover = """# U.S. Department of Homeland Security
# Immigration and Customs Enforcement
# Enforcement and Removal Operations – New Orleans Field Office
1250 Poydras Street, Suite 325, New Orleans, LA 70113

## FAX COVER SHEET

~ DATE:     03/18/2025
~ TO:       Louisiana Office of Motor Vehicles – Records / Custodian
~ FAX:      (225) 555-0162
~ FROM:     SDDO Bryce T. Landry, ERO New Orleans
~ PHONE:    (504) 555-0139
~ EMAIL:    bryce.landry@ice.dhs.gov
~ PAGES:    3 (including cover)

Message:
ERO New Orleans is attempting to locate the individual named on the attached Form I-200. Please provide the most recent residential address, any mailing address, and the driver license/ID card photograph on file for IBÁÑEZ SALCEDO, Rigoberto (DOB 07/14/1988, A-Number A 212 345 678). This request is made pursuant to 8 U.S.C. § 1357 and is for official use only.

Thank you for your assistance.

CONFIDENTIALITY: This facsimile contains law enforcement sensitive information intended only for the addressee. If you have received it in error, please call the sender immediately."""
    w = """~                                                       File No. A212 345 678
~                                                       Date: 03/17/2025
# U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that  RIGOBERTO IBÁÑEZ SALCEDO  is removable from the United States. This determination is based upon:

[ ] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[X] the failure to establish admissibility subsequent to deferred inspection;
[X] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

~ (Signature of Authorized Immigration Officer)  /s/ Harold W. Batiste
~ Harold W. Batiste, Supervisory Detention and Deportation Officer
~ (Printed Name and Title of Authorized Immigration Officer)

## Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on ____________, and the contents of this notice were read to him or her in the ____________ language.
~ Name and Signature of Officer ______________   Name or Number of Interpreter ________

Form I-200 (Rev. 09/16)"""
    w2 = """## Page 2 – Subject particulars (ERO use)
~ Name:        IBÁÑEZ SALCEDO, Rigoberto
~ DOB:         07/14/1988        COB: Honduras
~ A-Number:    A212 345 678
~ FBI No.:     ----
~ Last known:  Kenner, LA
~ Sex: M   Height: 5'07"   Weight: 160

FOR OFFICIAL USE ONLY – LAW ENFORCEMENT SENSITIVE"""
    write_fax([cover, w, w2], "bii02", "MAR-18-2025 09:14  ICE ERO NOLA   5045550139       P.{p:03d}/{n:03d}", skew=[0, 0.8, -0.5])
    label("bii02", "fax", "ERO fax cover + Form I-200 warrant for arrest of alien",
          ("dhs-ice-ero", "U.S. Department of Homeland Security, Immigration and Customs Enforcement, Enforcement and Removal Operations – New Orleans Field Office", "Bryce T. Landry", "SDDO", "bryce.landry@ice.dhs.gov", "(504) 555-0139"),
          [subj("Rigoberto Ibáñez Salcedo", "1988-07-14", ("a_number", "A212345678"))],
          ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"],
          "administrative_warrant", "I-200", True, "civil_immigration", ["address", "photo"], "fax")


@doc
def bii03():
    subp = """# DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION ENFORCEMENT SUBPOENA
## To Appear and/or Produce Records
~ Subpoena Number: ERO-OMA-2025-00417                     Date: 02/04/2025
~ In the matter of:  NUÑEZ DE LA CRUZ, Ana Lucía        File No.: A208 771 042

To: Custodian of Records, Nebraska Department of Labor, Office of Unemployment Insurance, 550 South 16th Street, Lincoln, NE 68508

By the authority vested in the Secretary of Homeland Security under section 235(d)(4)(A) of the Immigration and Nationality Act (8 U.S.C. § 1225(d)(4)(A)) and 8 C.F.R. § 287.4, you are hereby commanded to produce the records described below, which relate to the privilege of the above-named person to enter, reenter, reside in, or pass through the United States, or concern a matter relating to the enforcement of the Immigration and Nationality Act:

 1. Quarterly wage records reported for the person named above (DOB 02/03/1991) from 01/01/2022 to present, including employer name, FEIN and address;
 2. Any unemployment insurance claim, including the claimant's reported residential address, telephone number and email address.

Produce to: Deportation Officer Kyle J. Brandvold, ICE ERO Omaha, 1717 Avenue H East, Omaha, NE 68110, on or before 02/25/2025 at 10:00 a.m. Records may be produced electronically to kyle.brandvold@ice.dhs.gov in lieu of appearance.

Failure to comply with this subpoena may result in the Department of Homeland Security seeking an order from a United States District Court to compel compliance (8 U.S.C. § 1225(d)(4)(B)).

~ Issued by: /s/ Theresa M. Halloran
~ Theresa M. Halloran, Acting Field Office Director, ERO St. Paul
~ (Signature and title of issuing officer)

Form I-138 (Rev. 07/22)"""
    pdf = render_pdf([subp])
    body = """Good afternoon,

Please see the attached DHS Immigration Enforcement Subpoena (Form I-138) for wage and UI claim records concerning Ana Lucía Núñez de la Cruz, DOB 02/03/1991, A-Number A208-771-042.

Electronic production to this email address is fine. If your office requires the subpoena to be served by mail instead, let me know and I will send the original.

v/r

Kyle J. Brandvold
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Omaha Sub-Office
Desk: (402) 555-0172
kyle.brandvold@ice.dhs.gov

WARNING: This email may contain Law Enforcement Sensitive (LES) information."""
    m = email_msg("Brandvold, Kyle J <kyle.brandvold@ice.dhs.gov>", "UI Records Custodian <ui.records@nebraska.gov>",
                  "Subpoena ERO-OMA-2025-00417 - NUNEZ DE LA CRUZ", "Tue, 04 Feb 2025 14:22:10 -0600", body=body,
                  attachments=[(pdf, "application", "pdf", "I-138_ERO-OMA-2025-00417.pdf")], msgid="<a41c9e@ice.dhs.gov>")
    write_eml(m, "bii03")
    label("bii03", "eml", "ERO email with I-138 Immigration Enforcement Subpoena PDF attached",
          ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations", "Kyle J. Brandvold", "Deportation Officer", "kyle.brandvold@ice.dhs.gov", "(402) 555-0172"),
          [subj("Ana Lucía Núñez de la Cruz", "1991-02-03", ("a_number", "A208771042"))],
          ["INA 235", "8 USC 1225", "8 CFR 287.4"],
          "administrative_subpoena", "I-138", True, "civil_immigration", ["wages", "employment", "claims", "address", "phone", "email"], "email")

@doc
def bii04():
    cover = """# PINE BLUFF POLICE DEPARTMENT
# Criminal Investigation Division
200 East 8th Avenue · Pine Bluff, Arkansas 71601 · (870) 555-0128
--
April 2, 2025

Arkansas Division of Workforce Services
Attn: Legal / Records Custodian
#2 Capitol Mall
Little Rock, AR 72201

Re: Service of Search Warrant – PBPD Case 2025-004412

Enclosed please find a search warrant issued by the Jefferson County Circuit Court for unemployment insurance records relating to TRAVIS DALE HENSLEY, together with the supporting affidavit. Please provide the records described in the warrant to me at the address above or by email. A return will be filed with the Court once the records are received.

Det. Marcus L. Ellison
Criminal Investigation Division
marcus.ellison@pinebluffpd.ar.gov · (870) 555-0128"""
    sw = """# IN THE CIRCUIT COURT OF JEFFERSON COUNTY, ARKANSAS
# SEARCH WARRANT
~ No. 35CR-25-611

THE STATE OF ARKANSAS
TO ANY SHERIFF, CONSTABLE, OR POLICE OFFICER IN THE STATE OF ARKANSAS:

Affidavit having been made before me by Detective Marcus L. Ellison of the Pine Bluff Police Department, and I being satisfied that there is reasonable cause to believe that the following described records, which constitute evidence of the offenses of Theft of Property, Ark. Code Ann. § 5-36-103, and Financial Identity Fraud, Ark. Code Ann. § 5-37-227, are now in the possession of the Arkansas Division of Workforce Services, #2 Capitol Mall, Little Rock, Arkansas:

All unemployment insurance claim records, including initial and continued claims, claimant addresses, telephone numbers, IP addresses of claim filings, bank deposit information, and quarterly wage records for Travis Dale Hensley, date of birth November 22, 1979, for the period January 1, 2023 through the present.

YOU ARE HEREBY COMMANDED to search forthwith the place named for the property specified, serving this warrant and making the search in the daytime, and if the property be found there to seize it, prepare a written inventory of the property seized, and return this warrant and bring the property before me within sixty (60) days, as required by Rule 13.1 through 13.4 of the Arkansas Rules of Criminal Procedure.

Dated this 1st day of April, 2025.

~ ____/s/ Hon. Jodi Raines Dennis________
~ CIRCUIT JUDGE, JEFFERSON COUNTY, ARKANSAS"""
    aff = """# IN THE CIRCUIT COURT OF JEFFERSON COUNTY, ARKANSAS
# AFFIDAVIT FOR SEARCH WARRANT

STATE OF ARKANSAS  )
COUNTY OF JEFFERSON )

I, Detective Marcus L. Ellison, being first duly sworn, depose and state:

1. I am a certified law enforcement officer employed by the Pine Bluff Police Department and have been assigned to the Criminal Investigation Division for seven years.

2. On February 11, 2025, Margaret Oyelaran of Pine Bluff reported that she received a notice from the Arkansas Division of Workforce Services stating that an unemployment claim had been filed in her name. Ms. Oyelaran has been continuously employed and never filed a claim.

3. Records obtained from First Delta Bank show that the claim benefits were deposited to an account opened by Travis Dale Hensley (DOB 11/22/1979). Hensley was previously employed with Ms. Oyelaran at Delta Regional Supply and had access to her personnel information.

4. Hensley may also have filed claims in his own name while employed. Claim records, including the IP addresses used to file, will establish who filed the fraudulent claim.

5. Based on the foregoing, affiant believes there is reasonable cause to believe the records described in the warrant constitute evidence of violations of Ark. Code Ann. §§ 5-36-103 and 5-37-227.

~ /s/ Det. Marcus L. Ellison
Subscribed and sworn to before me this 1st day of April, 2025.
~ /s/ Hon. Jodi Raines Dennis, Circuit Judge"""
    write_born([cover, sw, aff], "bii04", style="serif")
    label("bii04", "born_digital", "police cover letter + Arkansas circuit court search warrant + affidavit",
          ("local-police", "Pine Bluff Police Department", "Marcus L. Ellison", "Detective", "marcus.ellison@pinebluffpd.ar.gov", "(870) 555-0128"),
          [subj("Travis Dale Hensley", "1979-11-22")],
          ["AR Code 5-36-103", "AR Code 5-37-227", "AR CrimP 13.1", "AR CrimP 13.4"],
          "judicial_warrant", None, True, "criminal_investigation", ["claims", "address", "phone", "wages", "other"], "mail")


@doc
def bii05():
    t = """WYOMING DEPARTMENT OF TRANSPORTATION – DRIVER SERVICES
TELEPHONE REQUEST LOG (transcribed by records staff)
----------------------------------------------------------------
Date/time of call:   2025-01-27  15:42
Taken by:            K. Albrecht (DS records desk)
Caller:              Deputy Shane Runnels, Laramie County Sheriff's Office
Callback number:     (307) 555-0186   (dispatch: 307-555-0100)
Caller email:        srunnels@laramiecountywy.gov
Verified caller?     Yes – called back through LCSO dispatch main line

Request (as stated by caller):
Deputy Runnels is trying to serve a felony arrest warrant out of Laramie County District Court (aggravated assault, W.S. 6-2-502) on a CODY RAY BLACKWOOD, DOB 5/9/1992. States the address they have is old. Asking for:
  - current address on the DL record
  - any vehicles registered to Blackwood (plate, make/model)
  - DL photo to be emailed to his county address above
Wyoming DL # 102-334-781 per caller.

Caller said warrant is in NCIC; he did NOT send a copy of the warrant.
Caller also mentioned the victim, Dale Ferris, lives at the same trailer park – not a subject of the request.

Follow-up: Dep. Runnels emailed the same request in writing to dlrecords@wyo.gov at 16:05; this log is attached to that email.

Action: routed to supervisor (M. Ostlund) for release decision under W.S. 31-7-120 and DPPA.
----------------------------------------------------------------"""
    write_txt(t, "bii05")
    label("bii05", "txt", "records desk transcription of a deputy's phone request",
          ("sheriff", "Laramie County Sheriff's Office", "Shane Runnels", "Deputy", "srunnels@laramiecountywy.gov", "(307) 555-0186"),
          [subj("Cody Ray Blackwood", "1992-05-09", ("license", "102334781"))],
          ["WS 6-2-502", "WS 31-7-120"],
          "none", None, False, "criminal_investigation", ["address", "vehicle", "photo"], "email")

@doc
def bii06():
    body = """Hi Ms. Reinholt,

Thanks for taking my call this morning. As discussed, the FBI Salt Lake City Division (Billings Resident Agency) is investigating a wire fraud scheme involving fraudulent COVID-era and current unemployment claims filed in Montana using stolen identities (18 U.S.C. 1343; 18 U.S.C. 1028A).

Could your office pull the following for the two people below, 01/2021 through present:
 - UI claim history (claim dates, addresses, phone and email on the claims, payment method/bank)
 - quarterly wage records and employer names

1) NGUYEN, Thi Lan  - DOB 04 Mar 1987
2) Brandon K. OSTROWSKI - DOB 19 Aug 1983, MT DL 0-123-45-678 (last four SSN 2290)

Nothing is attached - we have not sought process at this point. If your agency needs a subpoena before it can release, let me know and I will work with the USAO on one. The employer that flagged this (Big Sky Staffing, contact Joanne Welter) is a witness, not a subject.

Thanks,
SA Derek Halvorsen
Federal Bureau of Investigation
Salt Lake City Field Office | Billings RA
2929 3rd Ave N, Billings MT 59101
O: 406-555-0147 | C: 406-555-0199
dhalvorsen@fbi.gov"""
    m = email_msg("Halvorsen, Derek (SU) (FBI) <dhalvorsen@fbi.gov>", "Reinholt, Carla <creinholt@mt.gov>",
                  "UI / wage records - two individuals (wire fraud)", "Wed, 15 Jan 2025 11:03:47 -0700", body=body,
                  msgid="<SJ0PR09MB1123@fbi.gov>")
    write_eml(m, "bii06")
    label("bii06", "eml", "informal FBI plain-text email, two subjects, no process",
          ("doj-fbi", "Federal Bureau of Investigation, Salt Lake City Field Office, Billings RA", "Derek Halvorsen", "Special Agent", "dhalvorsen@fbi.gov", "406-555-0147"),
          [subj("Thi Lan Nguyen", "1987-03-04"),
           subj("Brandon K. Ostrowski", "1983-08-19", ("license", "012345678"), ("ssn_last4", "2290"))],
          ["18 USC 1343", "18 USC 1028A"],
          "none", None, False, "criminal_investigation", ["claims", "address", "phone", "email", "other", "wages", "employment"], "email")


@doc
def bii07():
    p1 = """# IN THE DISTRICT COURT OF OKLAHOMA COUNTY
# STATE OF OKLAHOMA
# GRAND JURY SUBPOENA DUCES TECUM
~ Grand Jury No. GJ-2024-2                              Subpoena No. 2024-2-0153

THE STATE OF OKLAHOMA, TO:
Custodian of Records
Oklahoma Employment Security Commission
Will Rogers Memorial Office Building, 2401 N. Lincoln Blvd.
Oklahoma City, OK 73105

YOU ARE HEREBY COMMANDED to appear before the Grand Jury of Oklahoma County, sitting at the Oklahoma County Courthouse, 321 Park Avenue, Oklahoma City, on the 14th day of November, 2024, at 9:00 o'clock a.m., and to bring with you the following:

All wage records, employer reports, and unemployment claim files (including claimant address, telephone, and payment records) from January 1, 2021 to the date of this subpoena for:

   WHITFIELD, Jerome Anthony      DOB 12/07/1975
   WHITFIELD, Lakisha Monique     DOB 03/30/1978
   GÓMEZ-ARRIAGA, Cuauhtémoc      DOB 08/15/1984

In lieu of personal appearance, the records may be delivered with a business-records affidavit complying with 12 O.S. § 2803.1 to the Assistant District Attorney named below.

This subpoena is issued pursuant to 22 O.S. § 335 at the request of the Grand Jury. The matters before the Grand Jury are secret; you are directed not to disclose the existence of this subpoena (22 O.S. § 340).

WITNESS my hand and the seal of said Court this 21st day of October, 2024.

~ RICK WARREN, COURT CLERK
~ By: /s/ D. Harjo, Deputy Clerk

Requested by:
Jacqueline R. Overstreet, OBA #20991
Assistant District Attorney, Oklahoma County District Attorney's Office
320 Robert S. Kerr Ave., Suite 505, Oklahoma City, OK 73102
(405) 555-0131 · jacqueline.overstreet@oklahomacounty.org"""
    p2 = """## RETURN OF SERVICE

Received this subpoena on 10/22/2024 and served same by delivering a copy to the Custodian of Records, Oklahoma Employment Security Commission, on 10/23/2024.

~ /s/ Inv. Paul Ketchum, OCDA Investigator

## BUSINESS RECORDS AFFIDAVIT (12 O.S. § 2803.1)
Custodian: ______________________  Title: _______________
I certify that the attached ___ pages are true copies of records kept in the regular course of business...
~ Signature ____________________  Date __________"""
    write_scanned([p1, p2], "bii07", [dict(angle=1.2, grey=28, noise=7), dict(angle=-0.7, turn=180, grey=28, noise=7)], style="serif")
    label("bii07", "scanned", "Oklahoma County grand jury subpoena duces tecum, clerk-issued, ADA-requested, scan (p2 upside down)",
          ("district-attorney", "Oklahoma County District Attorney's Office", "Jacqueline R. Overstreet", "Assistant District Attorney", "jacqueline.overstreet@oklahomacounty.org", "(405) 555-0131"),
          [subj("Jerome Anthony Whitfield", "1975-12-07"), subj("Lakisha Monique Whitfield", "1978-03-30"),
           subj("Cuauhtémoc Gómez-Arriaga", "1984-08-15")],
          ["12 OS 2803.1", "22 OS 335", "22 OS 340"],
          "grand_jury_subpoena", None, True, "criminal_investigation", ["wages", "employment", "claims", "address", "phone", "other"], "mail")


@doc
def bii08():
    cover = """# WEST VIRGINIA DIVISION OF CORRECTIONS AND REHABILITATION
## FAX RECEIVED – RECORDS OFFICE, HUTTONSVILLE CORRECTIONAL CENTER

~ TO:    Records Supervisor, HCC           FAX: 304-555-0120
~ FROM:  ICE ERO Pittsburgh Field Office – Charleston, WV Sub-Office
~        DO Nathaniel P. Greaves   ph 304-555-0158
~        nathaniel.greaves@ice.dhs.gov
~ DATE:  8 July 2025          PAGES: 3

Attached is an Immigration Detainer (Form I-247A) for inmate WARSAME, Abdirahman Mohamed (WVDCR #3391047). Please lodge the detainer, notify this office at least 48 hours before release, and fax back the inmate's projected release date, most recent booking photograph, and any address of record on release.

Thank you."""
    det = """~ Subject ID: 389112457        Event #: PIT2507000341        File No: A219 064 553
~ Date: 07/08/2025
# DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER – NOTICE OF ACTION
TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)
    West Virginia Division of Corrections and Rehabilitation, Huttonsville Correctional Center
FROM: (Department of Homeland Security Office Address) ICE ERO, 210 Kanawha Blvd W, Charleston, WV 25302

Name of Alien: WARSAME, ABDIRAHMAN MOHAMED
Date of Birth: 09/30/1990    Citizenship: SOMALIA    Sex: M

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
 [X] A final order of removal against the alien;
 [ ] The pendency of ongoing removal proceedings against the alien;
 [ ] Biometric confirmation of the alien's identity and a records check of federal databases ...;
 [ ] Statements made by the alien to an immigration officer and/or other reliable evidence ...
2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION (complete box 1 or 2): [ ]

IT IS THEREFORE REQUESTED THAT YOU:
 • Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
 • Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
 • Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

~ Nathaniel P. Greaves, Deportation Officer          /s/ N. Greaves
~ (Name and title of Immigration Officer)           (Signature of Immigration Officer)

Form I-247A (3/17)"""
    det2 = """## NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be released from custody. If you have a complaint regarding this detainer, contact the ICE Law Enforcement Support Center at (802) 555-0100.

## TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN
Date of latest criminal charge/conviction: 02/14/2023   Last offense charged/conviction: W. Va. Code § 61-3-12 (burglary)
Estimated release date: __________
~ Name and title of officer ______________   Signature __________"""
    write_fax([cover, det, det2], "bii08", "07/08/2025 13:51 FAX 3045550158   ICE ERO CHARLESTON         PAGE {p}/{n}", skew=[0, -1.1, 0.6])
    label("bii08", "fax", "fax of I-247A immigration detainer to a state prison, with cover sheet asking for release date, photo, address",
          ("dhs-ice-ero", "ICE ERO Pittsburgh Field Office – Charleston, WV Sub-Office", "Nathaniel P. Greaves", "Deportation Officer", "nathaniel.greaves@ice.dhs.gov", "304-555-0158"),
          [subj("Abdirahman Mohamed Warsame", "1990-09-30", ("a_number", "A219064553"))],
          ["INA 236", "INA 287", "8 CFR 287.7", "WV Code 61-3-12"],
          "detainer", "I-247A", True, "civil_immigration", ["other", "photo", "address"], "fax")

@doc
def bii09():
    p1 = """# UNITED STATES DEPARTMENT OF JUSTICE
# DRUG ENFORCEMENT ADMINISTRATION
# SUBPOENA
~ New Orleans Field Division – Jackson Resident Office
~ 100 W. Capitol Street, Suite 1213, Jackson, MS 39269

~ TO: Custodian of Records                          File No.: GF-25-0093
~     Mississippi Department of Employment Security  G-DEP ID: MS3UC
~     1235 Echelon Parkway, Jackson, MS 39213        Subpoena No.: J-25-118

By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to produce the records listed below at the place, date and time specified, in connection with an investigation relating to the enforcement of the Controlled Substances Act (21 U.S.C. § 801 et seq.), pursuant to Title 21, United States Code, Section 876.

Place: DEA Jackson RO (above) or by email to the investigator listed.   Date/Time: 05/30/2025, 10:00 AM

RECORDS TO BE PRODUCED — for the period 01/01/2023 to present:
 (a) Quarterly wage and employer records;
 (b) Unemployment claim records including mailing and residential address, phone numbers, and email addresses;
for the following individuals:
   1. PRUITT, Marcus Deon     DOB 1994-02-11   SSN xxx-xx-8812
   2. OCHOA BELTRÁN, José Luis   DOB 1989-10-03

Failure to comply with this subpoena may render you liable to proceedings in the United States District Court to enforce obedience to the requirements of this subpoena, as provided in 21 U.S.C. § 876(c).

The information sought is relevant and material to a legitimate law enforcement inquiry concerning possession with intent to distribute methamphetamine (21 U.S.C. § 841). You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation.

~ Issued: May 12, 2025
~ /s/ Christopher A. Delacroix
~ Christopher A. Delacroix, Group Supervisor (issuing official)

Questions about this subpoena: Group Supervisor Christopher A. Delacroix, (601) 555-0163, christopher.delacroix@dea.gov"""
    p2 = """## CERTIFICATE OF SERVICE
This subpoena was served on the Custodian of Records by [X] email  [ ] mail  [ ] personal delivery on 05/12/2025.
~ /s/ Renee Holloway-Banks, Task Force Officer

DEA Form 2-? (Administrative Subpoena) – Page 2 of 2
FOR OFFICIAL USE ONLY"""
    p2 = p2.replace("DEA Form 2-? (Administrative Subpoena)", "DEA Administrative Subpoena")
    write_born([p1, p2], "bii09")
    label("bii09", "born_digital", "DEA 21 USC 876 administrative subpoena, two subjects, district-court enforcement clause",
          ("doj-dea", "Drug Enforcement Administration, New Orleans Field Division – Jackson Resident Office", "Christopher A. Delacroix", "Group Supervisor", "christopher.delacroix@dea.gov", "(601) 555-0163"),
          [subj("Marcus Deon Pruitt", "1994-02-11", ("ssn_last4", "8812")), subj("José Luis Ochoa Beltrán", "1989-10-03")],
          ["21 USC 801", "21 USC 876", "21 USC 841"],
          "administrative_subpoena", None, True, "criminal_investigation", ["wages", "employment", "claims", "address", "phone", "email"], "mail")


@doc
def bii10():
    html = """<html><body style="font-family:Calibri,Arial">
<p>Good morning,</p>
<p>I am working a fatality crash from 02/22/2025 on US-50 near Garden City (KHP case <b>25-C-01877</b>). The driver who fled the scene is believed to be <b>Svetlana KUZNETSOVA</b>, date of birth <b>December 1, 1985</b>, Kansas DL <b>K06-48-2291</b>.</p>
<p>Could you please send me:</p>
<ul><li>her most recent DL photograph (for a photo lineup with the witnesses),</li>
<li>the address on her license, and</li>
<li>any vehicles registered to her.</li></ul>
<p>The investigation is for leaving the scene of an injury accident, K.S.A. 8-1602, and involuntary manslaughter, K.S.A. 21-5405. The other driver, Mr. Ahmed Saleh, is the victim&#39;s family contact and should not be looked up.</p>
<p>Thank you,</p>
<p>Tpr. Jordan E. McAllister #482<br>
Kansas Highway Patrol &ndash; Troop E, Critical Highway Accident Response Team<br>
Garden City, KS<br>
620-555-0179<br>
<a href="mailto:jordan.mcallister@ks.gov">jordan.mcallister@ks.gov</a></p>
<p style="font-size:8pt;color:#777">CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the intended recipient(s) and may contain confidential criminal justice information.</p>
</body></html>"""
    m = email_msg("Jordan McAllister <jordan.mcallister@ks.gov>", "KDOR Driver Records <kdor_dlrecords@ks.gov>",
                  "Photo / address request - KHP 25-C-01877", "Mon, 24 Feb 2025 07:58:12 -0600", html=html,
                  msgid="<KHP.25C01877.0224@ks.gov>")
    write_eml(m, "bii10")
    label("bii10", "eml", "HTML-only trooper email, hit-and-run fatality",
          ("state-police", "Kansas Highway Patrol", "Jordan E. McAllister", "Trooper", "jordan.mcallister@ks.gov", "620-555-0179"),
          [subj("Svetlana Kuznetsova", "1985-12-01", ("license", "K06482291"))],
          ["KSA 8-1602", "KSA 21-5405"],
          "none", None, False, "criminal_investigation", ["photo", "address", "vehicle"], "email")


@doc
def bii11():
    p1 = """CONNECTICUT STATE POLICE – Central District Major Crime Squad
294 Colony Street, Meriden, CT 06451   Tel. (203) 555-0151

To:  Department of Motor Vehicles, Records / Investigations Unit, Wethersfield
Date: 10/06/2024

Re: Request for operator photograph and address – arrest warrant, State v. Ryan Patrick O'Donnell

A Superior Court judge has signed the attached arrest warrant for RYAN PATRICK O'DONNELL (DOB 04/17/1983, CT operator license 173 204 918). We request his most recent license photo and the residence address on file so that the warrant can be served.

Det. Angela Ruiz-Kowalski, #1133
angela.ruiz-kowalski@ct.gov"""
    p2 = """~ ARREST WARRANT                                   STATE OF CONNECTICUT
~ JD-CR-64a Rev. 8-22                                SUPERIOR COURT
~ C.G.S. § 54-2a; P.B. § 36-1 et seq.
--
~ Name and residence of accused: Ryan Patrick O'Donnell, 41 Hobart St., Meriden, CT
~ Court to be held at: G.A. 7, Meriden            Date of birth: 04/17/1983

TO ANY PROPER OFFICER:
By authority of the State of Connecticut you are hereby commanded to arrest the body of the above-named accused and bring the accused before a clerk or assistant clerk of the Superior Court for the Geographical Area 7, or, if the court is not then in session, before the Superior Court at the next session thereof, then and there to answer to a complaint charging the accused with:

~ Count 1: Larceny in the Second Degree, C.G.S. § 53a-123
~ Count 2: Identity Theft in the Third Degree, C.G.S. § 53a-129d

The foregoing Application for an arrest warrant, and affidavit(s) attached to said Application, having been submitted to and considered by the undersigned, the undersigned finds from said affidavit(s) that there is probable cause to believe that an offense has been committed and that the accused committed it, and therefore that probable cause exists for the issuance of a warrant for the arrest of the above-named accused.

Bond: $25,000 surety.

~ Signed (Judge of the Superior Court):  /s/ Hon. Marisol T. Vázquez      Date: 10/04/2024

Affiant: Det. Angela Ruiz-Kowalski, CSP Major Crime    Prosecutor: Supervisory ADA Henry K. Lindgren
Victim: Evelyn Markowitz (elderly victim; not to be contacted)"""
    write_scanned([p1, p2], "bii11", [dict(angle=-1.6, grey=40, noise=9, contrast=0.75), dict(angle=0.9, grey=40, noise=9, contrast=0.7, blur=True)])
    label("bii11", "scanned", "state police memo + Connecticut Superior Court arrest warrant (JD-CR-64a), low-contrast scan",
          ("state-police", "Connecticut State Police – Central District Major Crime Squad", "Angela Ruiz-Kowalski", "Detective", "angela.ruiz-kowalski@ct.gov", "(203) 555-0151"),
          [subj("Ryan Patrick O'Donnell", "1983-04-17", ("license", "173204918"))],
          ["CGS 54-2a", "CT PB 36-1", "CGS 53a-123", "CGS 53a-129d"],
          "judicial_warrant", "JD-CR-64a", True, "criminal_investigation", ["photo", "address"], "mail")

@doc
def bii12():
    p1 = """AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
# UNITED STATES DISTRICT COURT
# for the
# District of South Carolina
~ UNITED STATES OF AMERICA ex rel. PAULA HIGGINBOTHAM,
~        Plaintiff
~   v.                                         Civil Action No. 3:24-cv-01562-JDA
~ LOWCOUNTRY HOME HEALTH PARTNERS, LLC, et al.,
~        Defendants

# SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To: Custodian of Records, South Carolina Department of Employment and Workforce, 1550 Gadsden Street, Columbia, SC 29201

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material: Quarterly wage reports, employer-of-record information, and any unemployment insurance claims, 2019 to present, for (1) DeShawn Lamar GRIMES, DOB 07/09/1981, and (2) Carolyn Beaufort GRIMES, DOB 01/23/1984.

~ Place: U.S. Attorney's Office, 1441 Main Street, Suite 500, Columbia, SC 29201
~ Date and Time: 06/16/2025 10:00 am

The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

Date: 05/27/2025
~ CLERK OF COURT                         OR   /s/ Lauren E. Whitmire
~ Signature of Clerk or Deputy Clerk          Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing the United States, who issues or requests this subpoena, are: Lauren E. Whitmire, Assistant United States Attorney, Civil Division, 1441 Main Street, Suite 500, Columbia, SC 29201; lauren.whitmire@usdoj.gov; (803) 555-0190.

Notice to the person who issues or requests this subpoena: If this subpoena commands the production of documents, a notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4)."""
    p2 = """## Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)
(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, or regularly transacts business in person ...
(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena ...
(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored Information ...
(g) Contempt. The court for the district where compliance is required ... may hold in contempt a person who, having been served, fails without adequate excuse to obey the subpoena or an order related to it.

This action arises under the False Claims Act, 31 U.S.C. §§ 3729–3733.
For access to subpoena materials, see Fed. R. Civ. P. 45(a) Committee Note (2013)."""
    write_born([p1, p2], "bii12", size=9)
    label("bii12", "born_digital", "AO 88B civil subpoena signed by AUSA (attorney-issued) in qui tam False Claims Act case",
          ("doj-usao", "U.S. Attorney's Office, District of South Carolina, Civil Division", "Lauren E. Whitmire", "Assistant United States Attorney", "lauren.whitmire@usdoj.gov", "(803) 555-0190"),
          [subj("DeShawn Lamar Grimes", "1981-07-09"), subj("Carolyn Beaufort Grimes", "1984-01-23")],
          ["FRCP 45", "31 USC 3729", "31 USC 3733"],
          "court_subpoena", "AO 88B", True, "unknown", ["wages", "employment", "claims"], "mail")


@doc
def bii13():
    aw = """AO 442 (Rev. 11/11) Arrest Warrant
# UNITED STATES DISTRICT COURT
# for the
# District of North Dakota
~ United States of America
~           v.                          Case No. 1:25-cr-00044-DMT
~ KYLE WAYNE THUNDERHAWK
~           Defendant
# ARREST WARRANT
To: Any authorized law enforcement officer

YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay (name of person to be arrested) Kyle Wayne Thunderhawk, who is accused of an offense or violation based on the following document filed with the court:
[X] Indictment  [ ] Superseding Indictment  [ ] Information  [ ] Complaint  [ ] Probation Violation Petition

This offense is briefly described as follows:
Felon in possession of a firearm, 18 U.S.C. §§ 922(g)(1) and 924(a)(8).

~ Date: 03/03/2025                 /s/ R. Blomquist, Deputy Clerk
~                                  Issuing officer's signature
~ City and state: Bismarck, ND     ROBERT J. ALLARD, CLERK OF COURT

## Return
This warrant was received on (date) 03/03/2025, and the person was arrested on (date) ______ at (city and state) ______.
~ Arresting officer's signature ______________________"""
    png = png_of([aw], "bii13_att", dpi=110, angle=-0.8)
    body = """ND DOT Driver License Records -

The U.S. Marshals Service, District of North Dakota, is seeking to locate KYLE WAYNE THUNDERHAWK, DOB 08/25/1987, who is the subject of a federal arrest warrant (copy attached, AO 442, Case 1:25-cr-00044). Request: any address information on his ND driver license or ID, vehicle registrations, and his license photo.

ND DL (from NCIC): THU-87-1234

Thank you for your help.

Deputy U.S. Marshal Kristin A. Solberg
U.S. Marshals Service – District of North Dakota
Bismarck, ND
Office 701-555-0124 | kristin.solberg@usdoj.gov"""
    html = "<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    m = email_msg("Solberg, Kristin (USMS) <kristin.solberg@usdoj.gov>", "dlrecords@nd.gov",
                  "USMS locate request - THUNDERHAWK, Kyle W.", "Thu, 06 Mar 2025 10:12:55 -0600", body=body, html=html,
                  attachments=[(png, "image", "png", "warrant_thunderhawk.png")], msgid="<usms.nd.0306@usdoj.gov>")
    write_eml(m, "bii13")
    label("bii13", "eml", "USMS multipart/alternative email with PNG image of an AO 442 federal arrest warrant",
          ("doj-usms", "U.S. Marshals Service – District of North Dakota", "Kristin A. Solberg", "Deputy U.S. Marshal", "kristin.solberg@usdoj.gov", "701-555-0124"),
          [subj("Kyle Wayne Thunderhawk", "1987-08-25", ("license", "THU871234"))],
          ["18 USC 922", "18 USC 924"],
          "judicial_warrant", "AO 442", True, "criminal_investigation", ["address", "vehicle", "photo"], "email")


@doc
def bii14():
    t = """From the RI DLT online "Law Enforcement / Agency Records Request" portal
Submission ID: 2025-03-0449     Submitted: Mar 11, 2025 2:17 PM
======================================================================
Requesting agency ........ Rhode Island Department of Corrections, Adult Probation & Parole
Unit / office ............ Providence Field Office – Caseload 14
Requester name ........... Probation & Parole Officer Danielle M. Fontaine
Title .................... Probation and Parole Officer II
Phone .................... (401) 555-0187
Email .................... danielle.fontaine@doc.ri.gov
Subject name ............. Francisco Javier Peña Rosario
Subject DOB .............. 1975-03-08
Other identifiers ........ SSN (last 4): 6031   RI DL: 3098417
Records requested ........ [x] Wage records  [x] Employer(s) of record  [ ] UI claims  [ ] Other
Date range ............... 07/2024 – present
Legal process attached? .. [ ] Yes  [x] No
Reason for request (free text):
Probationer was sentenced in P2-2022-01874A for obtaining money under false pretenses (R.I. Gen. Laws § 11-41-4) and must keep verified employment as a condition of probation. He reports working for "Coastal Tile & Stone" but the employer (owner Mr. Dennis Aubin) denies it. Need wage records to determine whether to file a probation violation report under R.I. Gen. Laws § 12-19-9 with the Superior Court.
Certification ............ [x] I certify this request is for an official law enforcement purpose.
======================================================================"""
    write_txt(t, "bii14")
    label("bii14", "txt", "pasted web-portal submission from a state probation officer (look-alike: no process)",
          ("other", "Rhode Island Department of Corrections, Adult Probation & Parole", "Danielle M. Fontaine", "Probation and Parole Officer II", "danielle.fontaine@doc.ri.gov", "(401) 555-0187"),
          [subj("Francisco Javier Peña Rosario", "1975-03-08", ("ssn_last4", "6031"), ("license", "3098417"))],
          ["RIGL 11-41-4", "RIGL 12-19-9"],
          "none", None, False, "criminal_investigation", ["wages", "employment"], "email")


@doc
def bii15():
    p1 = """# IN THE CIRCUIT COURT OF THE FIRST CIRCUIT
# STATE OF HAWAI‘I
~ STATE OF HAWAI‘I,                         )  CR. NO. 1CPC-24-0001129
~                 Plaintiff,                )
~      vs.                                  )  ORDER FOR PRODUCTION OF RECORDS
~ KEONI KALANI KAHANANUI (01) and           )  BY THE DEPARTMENT OF LABOR AND
~ MAI THI PHAM (02),                        )  INDUSTRIAL RELATIONS
~                 Defendants.               )
--
# ORDER FOR PRODUCTION OF RECORDS

Upon the Ex Parte Motion of the State of Hawai‘i, by and through Deputy Prosecuting Attorney Malia K. Fernandes-Akana, and good cause appearing therefor, the Court FINDS that the records described below are relevant and material to the prosecution of the above-named defendants for Theft in the First Degree, HRS § 708-830.5, and Unemployment Insurance Fraud, HRS § 383-141.

IT IS HEREBY ORDERED that the Custodian of Records of the State of Hawai‘i Department of Labor and Industrial Relations, Unemployment Insurance Division, shall produce, within fourteen (14) days of service of this Order, true and correct copies of all unemployment insurance claim files, payment histories, employer wage reports, and claimant contact information (addresses, telephone numbers, email addresses) for:

   KEONI KALANI KAHANANUI, born 5 May 1979
   MAI THI PHAM, born 17 September 1990

IT IS FURTHER ORDERED that, notwithstanding the confidentiality provisions of HRS § 383-95, the records shall be produced to the Department of the Prosecuting Attorney, City and County of Honolulu, 1060 Richards Street, Honolulu, HI 96813, and shall be used solely for purposes of this criminal proceeding, subject to HRPP Rule 16.

DATED: Honolulu, Hawai‘i, January 13, 2025.

~ /s/ Hon. Catherine H. Ikehara
~ JUDGE OF THE ABOVE-ENTITLED COURT

APPROVED AS TO FORM: /s/ Malia K. Fernandes-Akana, Deputy Prosecuting Attorney
(808) 555-0133 · mfernandes-akana@honoluluprosecutor.org"""
    write_born([p1], "bii15", style="serif")
    label("bii15", "born_digital", "Hawaii circuit court order for production of DLIR records, two defendants",
          ("district-attorney", "Department of the Prosecuting Attorney, City and County of Honolulu", "Malia K. Fernandes-Akana", "Deputy Prosecuting Attorney", "mfernandes-akana@honoluluprosecutor.org", "(808) 555-0133"),
          [subj("Keoni Kalani Kahananui", "1979-05-05"), subj("Mai Thi Pham", "1990-09-17")],
          ["HRS 708-830.5", "HRS 383-141", "HRS 383-95", "HI CrimP 16"],
          "court_order", None, True, "criminal_investigation", ["claims", "benefits", "wages", "employment", "address", "phone", "email"], "mail")

@doc
def bii16():
    body = """Good morning,

I am requesting any information your department may have on the subject below. This request is for official use only.

Subject: HRYTSENKO, Oleksandr
DOB: 19-Jun-1994
A#: 215-338-906
Possible VT DL/ID: 84302261

Requested: current residential/mailing address, DL photo, and vehicle registrations.

Pursuant to 8 U.S.C. § 1357 and 8 U.S.C. § 1360(b), ICE is authorized to request and receive this information. Please reply to this email or fax to 802-555-0109.

Respectfully,

Peter J. Coutu
Deportation Officer
ICE Enforcement and Removal Operations
Boston Field Office – St. Albans, VT
Office: 802-555-0141
Peter.J.Coutu@ice.dhs.gov"""
    m = email_msg("Coutu, Peter J <Peter.J.Coutu@ice.dhs.gov>", "DMV Records <dmv.records@vermont.gov>",
                  "Information request", "Fri, 13 Jun 2025 08:31:02 -0400", body=body, msgid="<CH3PR09@ice.dhs.gov>")
    write_eml(m, "bii16")
    label("bii16", "eml", "terse ERO 'for official use only' email with A-number, no process",
          ("dhs-ice-ero", "ICE Enforcement and Removal Operations, Boston Field Office – St. Albans, VT", "Peter J. Coutu", "Deportation Officer", "Peter.J.Coutu@ice.dhs.gov", "802-555-0141"),
          [subj("Oleksandr Hrytsenko", "1994-06-19", ("a_number", "A215338906"), ("license", "84302261"))],
          ["8 USC 1357", "8 USC 1360"],
          "none", None, False, "civil_immigration", ["address", "photo", "vehicle"], "email")


@doc
def bii17():
    cover = """EAST BATON ROUGE PARISH SHERIFF'S OFFICE
Criminal Investigations – Financial Crimes
~ 8900 Jimmy Wedell Dr., Baton Rouge, LA 70807

FACSIMILE TRANSMITTAL
~ To:      Louisiana Workforce Commission – Legal Division
~ Fax:     225-555-0166
~ From:    Det. Chantelle R. Broussard      Ph: 225-555-0153
~ Email:   cbroussard@ebrso.org
~ Re:      Search Warrant – LWC records – Item # F-25-00318
~ Pages:   4 including this cover

Please see attached signed search warrant. Return the responsive records to me by fax or email. Page 4 is the return/inventory, which I will complete once records are received.

NOTICE: The documents accompanying this transmission contain confidential information belonging to the sender which is legally privileged."""
    sw = """# 19TH JUDICIAL DISTRICT COURT
# PARISH OF EAST BATON ROUGE, STATE OF LOUISIANA
# SEARCH WARRANT
~ Warrant No. SW-25-2207

TO ANY COMMISSIONED OFFICER OF THE EAST BATON ROUGE PARISH SHERIFF'S OFFICE:

Affidavit having been made before me by Detective Chantelle R. Broussard, that she has good reason to believe that at the Louisiana Workforce Commission, 1001 N. 23rd Street, Baton Rouge, Louisiana, there is now being kept certain records, to wit:

Any and all unemployment claim records, wage records, claimant addresses, phone numbers, email addresses and direct-deposit information for DWAYNE JOSEPH THIBODEAUX (W/M, DOB 01-30-1981) for the period of January 1, 2022 through present,

which constitute evidence of the crimes of Theft, La. R.S. 14:67, and Identity Theft, La. R.S. 14:67.16;

And as I am satisfied that there is probable cause to believe that the property so described is being kept on said premises, you are hereby commanded to search forthwith the premises named for the property specified, serving this warrant, and if the property be found there, to seize it, leaving a copy of this warrant and a receipt for the property taken, and to prepare a written inventory of the property seized, in accordance with La. C.Cr.P. art. 162 and 166.

THUS DONE AND SIGNED at Baton Rouge, Louisiana, this 4th day of August, 2025, at 2:40 o'clock P.M.

~ /s/ Hon. Ronald J. Chauvin
~ JUDGE, 19TH JUDICIAL DISTRICT COURT, SECTION 8"""
    aff = """## ATTACHMENT A – PARTICULARS
Account holder of the claims: Dwayne Joseph Thibodeaux, DOB 01/30/1981, LA DL # 009817634.
Complainant: Rosalind Guidry (identity used on two claims) – not a target of this warrant."""
    ret = """# RETURN AND INVENTORY
~ Warrant No. SW-25-2207    Executed on: ____________   Time: ______

The following property was seized under this warrant:
________________________________________________________________
________________________________________________________________

I swear that this inventory is a true and detailed account of all the property taken by me on the warrant.
~ ______________________________   Officer
~ Subscribed and sworn before me on ____________   Judge ______________"""
    write_fax([cover, sw, aff, ret], "bii17", "08/04/2025  16:07  2255550153  EBRSO CID FIN CRIMES  #0412 P.{p:03d}", skew=[0, 1.3, 0, -0.6])
    label("bii17", "fax", "sheriff's fax cover + Louisiana district court search warrant + attachment + blank return/inventory",
          ("sheriff", "East Baton Rouge Parish Sheriff's Office", "Chantelle R. Broussard", "Detective", "cbroussard@ebrso.org", "225-555-0153"),
          [subj("Dwayne Joseph Thibodeaux", "1981-01-30", ("license", "009817634"))],
          ["LA RS 14:67", "LA RS 14:67.16", "LA CCrP 162", "LA CCrP 166"],
          "judicial_warrant", None, True, "criminal_investigation", ["claims", "wages", "address", "phone", "email", "other"], "fax")


@doc
def bii18():
    p1 = """# DELAWARE STATE POLICE
# Troop 2 – Criminal Investigative Unit
~ 100 Corporate Boulevard, Newark, DE 19702                 (302) 555-0121
--
~ Date: 2025-05-19
~ DSP Complaint #: 07-25-041882

Delaware Division of Motor Vehicles
Driver Services – Records Custodian
P.O. Box 698
Dover, DE 19903

Subject: Pending search warrant – request to preserve and to provide current address

Dear Records Custodian,

I am investigating a series of residential burglaries in the Newark area. On May 16, 2025 I submitted an application for a search warrant to the Justice of the Peace Court concerning records held by your Division; the application has NOT yet been signed and no warrant is attached to this letter. I will forward the signed warrant as soon as it is issued.

In the meantime I respectfully ask that you:
  (1) preserve all records for the person named below, including license photographs, address history and vehicle registration records; and
  (2) if your policy permits release to law enforcement without a warrant, provide the current address and registered vehicles so that surveillance can continue.

   Name:     YUSUF, Farhan Abdullahi
   DOB:      October 11, 1996
   DE DL:    1883042

The offenses under investigation are Burglary Second Degree, 11 Del. C. § 825, and Theft, 11 Del. C. § 841. Release to law enforcement is permitted under 21 Del. C. § 305.

Sincerely,

Cpl. Michael T. Brennan
Delaware State Police, Troop 2 CIU
michael.brennan@delaware.gov  ·  (302) 555-0121

cc: Deputy Attorney General S. Okafor, DOJ Criminal Division (New Castle County)"""
    write_born([p1], "bii18")
    label("bii18", "born_digital", "look-alike: letter saying a search warrant has been applied for (not attached)",
          ("state-police", "Delaware State Police", "Michael T. Brennan", "Corporal", "michael.brennan@delaware.gov", "(302) 555-0121"),
          [subj("Farhan Abdullahi Yusuf", "1996-10-11", ("license", "1883042"))],
          ["11 Del C 825", "11 Del C 841", "21 Del C 305"],
          "none", None, False, "criminal_investigation", ["photo", "address", "vehicle"], "mail")


@doc
def bii19():
    p1 = """~ DEPARTMENT OF HOMELAND SECURITY                        1. Summons No. HOU-25-0027
~ U.S. Customs and Border Protection
# SUMMONS
~ 19 U.S.C. 1509

To (Name, Address): Custodian of Records, Maine Bureau of Motor Vehicles, 29 State House Station, Augusta, ME 04333

2. In the matter of: the importation of merchandise into the United States contrary to law (smuggling, 18 U.S.C. 545), Port of Houlton, Maine

3. YOU ARE HEREBY SUMMONED and required to appear before Supervisory CBP Officer Nicole A. Gagnon, an officer of U.S. Customs and Border Protection, Office of Field Operations, Houlton, ME, or any other officer designated by said officer, to give testimony and/or to produce the following records:

All driver license records, license photographs, addresses of record and vehicle registrations (including commercial trailers) for:
    THÉRIAULT, Jean-Luc     DOB 5 May 1977    ME DL 2391847
    and any vehicle bearing Maine plate 4417-TQ.

4. Place: U.S. Customs and Border Protection, 27 Customs Road, Houlton, ME 04730   Date: April 28, 2025   Time: 9:00 AM
   Records may be mailed or emailed to nicole.gagnon@cbp.dhs.gov in lieu of appearance.

5. Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce compliance with this summons as well as other sanctions (19 U.S.C. 1510).

~ Issued by: /s/ Nicole A. Gagnon                Title: Supervisory CBP Officer
~ Telephone: (207) 555-0135                       Date: April 7, 2025

CBP Form 3115 (12/16)"""
    p2 = """## CERTIFICATE OF SERVICE
I certify that on 04/07/2025 I served the summons on the person named by  [X] certified mail  [ ] in person.
~ /s/ N. Gagnon

## PRIVACY ACT STATEMENT
The information requested is collected under authority of 19 U.S.C. 1509. It will be used to determine compliance with laws enforced by CBP."""
    write_scanned([p1, p2], "bii19", [dict(angle=-0.6, turn=90, grey=20, noise=6), dict(angle=1.8, grey=20, noise=6)])
    label("bii19", "scanned", "CBP Form 3115 customs summons, scan (page 1 rotated 90 degrees), district-court enforcement clause",
          ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Houlton, ME", "Nicole A. Gagnon", "Supervisory CBP Officer", "nicole.gagnon@cbp.dhs.gov", "(207) 555-0135"),
          [subj("Jean-Luc Thériault", "1977-05-05", ("license", "2391847"))],
          ["19 USC 1509", "18 USC 545", "19 USC 1510"],
          "administrative_subpoena", "CBP Form 3115", True, "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")

@doc
def bii20():
    gj = """AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
# for the
# District of Wyoming
# SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Wyoming Department of Workforce Services, Unemployment Insurance Division, 5221 Yellowstone Road, Cheyenne, WY 82009

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

~ Place: Joseph C. O'Mahoney Federal Center    Date and Time: 09/09/2025 9:00 a.m.
~        2120 Capitol Avenue, Cheyenne, WY      Grand Jury 2025-1, Courtroom 2

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):
See Attachment A.

~ Date: 08/12/2025                          CLERK OF COURT
~                                           /s/ Margaret Botelho
~                                           Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Samuel T. Okonkwo, Assistant United States Attorney, 2120 Capitol Ave., 4th Floor, Cheyenne, WY 82001, samuel.okonkwo@usdoj.gov, (307) 555-0144
\f
## ATTACHMENT A
For the period January 1, 2022 through the present, all wage records, employer reports, and unemployment insurance claims (including addresses, telephone numbers, bank deposit information and IP log data) for:
 1. Rebecca Ann SANDOVAL, DOB 02/14/1982
 2. Ignacio YBARRA MUÑOZ, DOB 06/06/1979
 3. Calvin T. REDD, DOB 11/30/1990
In lieu of appearance, records may be produced to Special Agent Lydia Ferraro, U.S. Department of Labor, Office of Inspector General, with a completed certificate of authenticity (Fed. R. Evid. 902(11))."""
    pdf = render_pdf(gj.split("\n\f\n"))
    body = """Dear Custodian,

Attached is a federal grand jury subpoena (AO 110) issued in the District of Wyoming. The grand jury is investigating possible violations of 18 U.S.C. §§ 1341 and 1343 (mail and wire fraud) and 18 U.S.C. § 641.

Personal appearance is excused if the records in Attachment A are produced to DOL-OIG Special Agent Lydia Ferraro by the return date. Please do not disclose the existence of this subpoena; although Rule 6(e) of the Federal Rules of Criminal Procedure does not bind witnesses, disclosure could impede the investigation.

Thank you,

Samuel T. Okonkwo
Assistant United States Attorney
District of Wyoming
(307) 555-0144
samuel.okonkwo@usdoj.gov"""
    m = email_msg("\"Okonkwo, Samuel (USAWY)\" <samuel.okonkwo@usdoj.gov>", "dws-uirecords@wyo.gov",
                  "Grand Jury Subpoena - WDWS - Return 9/9/2025", "Tue, 12 Aug 2025 15:40:09 -0600", body=body,
                  cc="lydia.ferraro@oig.dol.gov",
                  attachments=[(pdf, "application", "pdf", "GJ_Subpoena_2025-1_WDWS.pdf")], msgid="<usawy.gj.0812@usdoj.gov>")
    write_eml(m, "bii20")
    label("bii20", "eml", "AUSA email with AO 110 grand jury subpoena PDF (3 subjects in Attachment A)",
          ("doj-usao", "United States Attorney's Office, District of Wyoming", "Samuel T. Okonkwo", "Assistant United States Attorney", "samuel.okonkwo@usdoj.gov", "(307) 555-0144"),
          [subj("Rebecca Ann Sandoval", "1982-02-14"), subj("Ignacio Ybarra Muñoz", "1979-06-06"), subj("Calvin T. Redd", "1990-11-30")],
          ["FRE 902", "18 USC 1341", "18 USC 1343", "18 USC 641", "FRCrP 6"],
          "grand_jury_subpoena", "AO 110", True, "criminal_investigation", ["wages", "employment", "claims", "address", "phone", "other"], "email")


@doc
def bii21():
    p1 = """~ STATE OF SOUTH DAKOTA                    )                IN CIRCUIT COURT
~                                           ) SS
~ COUNTY OF MINNEHAHA                       )           SECOND JUDICIAL CIRCUIT
--
~ STATE OF SOUTH DAKOTA,                              49CRI24-004761
~              Plaintiff,
~    vs.                                   SUBPOENA DUCES TECUM
~ JESSICA LYNN MARCHETTI,                  (Criminal – SDCL 23A-14-1)
~              Defendant.
--
THE STATE OF SOUTH DAKOTA SENDS GREETINGS TO:
Custodian of Records, South Dakota Department of Public Safety, Driver Licensing Program, 118 W. Capitol Ave., Pierre, SD 57501

YOU ARE HEREBY COMMANDED to appear before the Circuit Court at the Minnehaha County Courthouse, 425 N. Dakota Ave., Sioux Falls, South Dakota, on the 3rd day of March, 2025, at 9:00 a.m., in the trial of the above-entitled action, and to bring with you:

A certified copy of the complete driver license record of JESSICA LYNN MARCHETTI, DOB 07/22/1988, SD DL 01834277, including license status history, all photographs on file, address history, and any record of notice of suspension mailed to her.

The records are sought in the prosecution of the Defendant for Driving While License Revoked (SDCL 32-12-65) and Grand Theft (SDCL 22-30A-1, 22-30A-17). Appearance is excused if the certified records are delivered beforehand under SDCL 19-19-902(11).

Disobedience of this subpoena may be punished as contempt of court.

Dated February 3, 2025.
~ ANGELIA M. GRIES, Clerk of Courts
~ By /s/ T. Van Der Werff, Deputy                  (SEAL)

Subpoena requested by: Deputy State's Attorney Bryan K. Eidsness, Minnehaha County State's Attorney's Office, 415 N. Dakota Ave., Sioux Falls, SD 57104 · (605) 555-0117 · beidsness@minnehahacounty.gov"""
    write_born([p1], "bii21")
    label("bii21", "born_digital", "South Dakota clerk-issued criminal trial subpoena duces tecum requested by deputy state's attorney",
          ("district-attorney", "Minnehaha County State's Attorney's Office", "Bryan K. Eidsness", "Deputy State's Attorney", "beidsness@minnehahacounty.gov", "(605) 555-0117"),
          [subj("Jessica Lynn Marchetti", "1988-07-22", ("license", "01834277"))],
          ["SDCL 23A-14-1", "SDCL 32-12-65", "SDCL 22-30A-1", "SDCL 22-30A-17", "SDCL 19-19-902"],
          "court_subpoena", None, True, "criminal_investigation", ["license", "photo", "address", "other"], "mail")


@doc
def bii22():
    t = """-----Form submission: MVD Law Enforcement Records Request (mtdoj.gov/mvd-le)-----
submitted_at: 2025-06-28T22:14:33-06:00
agency: Billings Police Department
agency_ori: MT0560100
officer_name: Ofc. Tamsin R. Yellowtail
badge: 2231
officer_title: Patrol Officer
officer_phone: 406-555-0194
officer_email: tyellowtail@billingsmt.gov
case_number: BPD 25-41993
request_type: Vehicle registration / owner address
subject_name: LINDQVIST, Garrett Erik
subject_dob: 1971-09-04
plate: MT 3-88213A
records_requested: registered owner name & address; all vehicles registered to owner; DL photo of owner
reason: Hit and run - damaged parked vehicle at 2400 blk Grand Ave, witness (Sharon Kibbey) got plate. Leaving scene, MCA 61-7-104. Need owner address for follow-up.
statute_authority: MCA 61-11-105 / 18 USC 2721(b)(1)
attachments: none
certify_le_purpose: true
--------------------------------------------------------------------------------"""
    write_txt(t, "bii22")
    label("bii22", "txt", "raw key:value web-form submission from municipal police, hit and run",
          ("local-police", "Billings Police Department", "Tamsin R. Yellowtail", "Patrol Officer", "tyellowtail@billingsmt.gov", "406-555-0194"),
          [subj("Garrett Erik Lindqvist", "1971-09-04")],
          ["MCA 61-7-104", "MCA 61-11-105", "18 USC 2721"],
          "none", None, False, "criminal_investigation", ["address", "vehicle", "photo"], "email")


@doc
def bii23():
    memo = """U.S. Immigration and Customs Enforcement
ERO Chicago Field Office – Indianapolis Sub-Office
~ 575 N. Pennsylvania St., Room 400, Indianapolis, IN 46204

~ October 2, 2024
~ To: Indiana Bureau of Motor Vehicles, Records Management
~ Re: CÁRDENAS VILLALOBOS, Rosa Elvira – A 204 551 879

The above subject has a final order of removal (copy of Warrant of Removal/Deportation, Form I-205, attached). Please furnish any current address, credential photo, and vehicle registration information on file to assist this office in executing the warrant.

~ /s/ Jared M. Pfeiffer
~ Jared M. Pfeiffer, Deportation Officer
~ (317) 555-0112 · jared.pfeiffer@ice.dhs.gov"""
    i205 = """~ U.S. Department of Homeland Security                         File No: A204 551 879
~                                                              Date: 09/30/2024
# WARRANT OF REMOVAL/DEPORTATION
To any immigration officer of the United States Department of Homeland Security:

ROSA ELVIRA CÁRDENAS VILLALOBOS
(Full name of alien)

who entered the United States at  Hidalgo, TX  on  03/11/2013
(Place of entry)                                   (Date of entry)
is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge

and pursuant to the following provisions of the Immigration and Nationality Act:
  212(a)(6)(A)(i)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation "Operations and Support, ICE."

~ /s/ Samuel R. Oduya                       Field Office Director
~ (Signature of immigration officer)        (Title of immigration officer)
~ Chicago, Illinois   09/30/2024
~ (Date and office location)

Form I-205 (Rev. 08/07)"""
    p3 = """## Verification of Removal
~ Departure date: ______  Port of departure: ______  Manner of departure: ______
~ (Signature of officer executing warrant) ______________
~ Photograph of alien removed          Right index fingerprint of alien removed
~ [                    ]               [                    ]
~ DOB: 12/02/1985   COB: Mexico"""
    write_scanned([memo, i205, p3], "bii23", [dict(angle=0.7, grey=15, noise=5), dict(angle=-1.9, grey=35, noise=8, contrast=0.8), dict(turn=180, grey=15, noise=5)])
    label("bii23", "scanned", "ERO memo + I-205 warrant of removal (judge checkbox unchecked), scan with skew and upside-down page",
          ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, ERO Chicago Field Office – Indianapolis Sub-Office", "Jared M. Pfeiffer", "Deportation Officer", "jared.pfeiffer@ice.dhs.gov", "(317) 555-0112"),
          [subj("Rosa Elvira Cárdenas Villalobos", "1985-12-02", ("a_number", "A204551879"))],
          ["INA 212"],
          "administrative_warrant", "I-205", True, "civil_immigration", ["address", "photo", "vehicle"], "mail")

@doc
def bii24():
    inner_body = """Hello,

ATF Omaha Field Office is investigating straw purchases of firearms at several Nebraska FFLs (18 U.S.C. 922(a)(6) and 18 U.S.C. 924(a)(1)(A)). I need driver/ID records for two purchasers, including the address on file at the time of the purchases and the photo on each credential:

  LE, Duc Minh            DOB 1993-01-17     NE OLN H11928374
  HASKINS, Tyler James    DOB 1998-04-02     NE OLN H22384917

The dealer (Platte Valley Outdoors, owner Jim Sorensen) reported the sales; he is not a subject.

Please send the records to me directly. Happy to provide anything else you need.

Thank you,
Special Agent Veronica Lindahl-Ortiz
ATF Omaha I Field Office
1616 Capitol Ave, Suite 200, Omaha NE 68102
402-555-0138 (o)
veronica.lindahl-ortiz@atf.gov"""
    inner = email_msg("Lindahl-Ortiz, Veronica <veronica.lindahl-ortiz@atf.gov>", "dmv.help@nebraska.gov",
                      "DMV records request - ATF investigation", "Mon, 07 Apr 2025 09:02:44 -0500", body=inner_body,
                      msgid="<BN8PR.atf.0407@atf.gov>")
    outer_body = """Records team -

Forwarding the message below that came into the general DMV help mailbox. The original is attached. Please log it and handle per the LE release procedure.

Thanks,
Kelsey Brandt
Customer Service Supervisor, Nebraska DMV
402-555-0110"""
    m = email_msg("Brandt, Kelsey <kelsey.brandt@nebraska.gov>", "DMV Records Unit <dmv.records@nebraska.gov>",
                  "FW: DMV records request - ATF investigation", "Mon, 07 Apr 2025 13:15:09 -0500", body=outer_body,
                  attachments=[(inner, "message", "rfc822", None)], msgid="<fw.0407@nebraska.gov>")
    write_eml(m, "bii24")
    label("bii24", "eml", "internal forward with the ATF agent's original email attached as message/rfc822",
          ("doj-atf", "ATF Omaha I Field Office", "Veronica Lindahl-Ortiz", "Special Agent", "veronica.lindahl-ortiz@atf.gov", "402-555-0138"),
          [subj("Duc Minh Le", "1993-01-17", ("license", "H11928374")), subj("Tyler James Haskins", "1998-04-02", ("license", "H22384917"))],
          ["18 USC 922", "18 USC 924"],
          "none", None, False, "criminal_investigation", ["address", "photo", "license"], "email")


@doc
def bii25():
    p1 = """# STATE OF NEW HAMPSHIRE
# DEPARTMENT OF HEALTH AND HUMAN SERVICES
# Division of Child Support Services
~ 129 Pleasant Street, Concord, NH 03301-3857         1-800-555-0104
--
June 3, 2025

New Hampshire Employment Security
Attn: Human Resources / Payroll
45 South Fruit Street
Concord, NH 03301

Re: Income Withholding for Support – Michael Andrew DUFRESNE – DCSS Case No. 0047719-C

Dear Employer:

Our records indicate that the obligor named below is employed by your agency. Enclosed is an Income Withholding for Support (IWO) issued under 42 U.S.C. § 666(b) and RSA 458-B. Please begin withholding no later than the first pay period that occurs 14 days after the date of this letter. We also ask that you complete the enclosed Employer Verification form with the employee's current home address, date of hire, rate of pay and health insurance availability (RSA 161-C:22).

Obligor: Michael Andrew DUFRESNE      SSN: XXX-XX-4417     DOB: 29 January 1984

If the employee no longer works for you, please check the "termination" box on page 2 and return the form.

Sincerely,

Gretchen L. Sawicki
Child Support Officer II
gretchen.sawicki@dhhs.nh.gov · (603) 555-0176"""
    p2 = """# INCOME WITHHOLDING FOR SUPPORT
~ [X] ORIGINAL INCOME WITHHOLDING ORDER/NOTICE FOR SUPPORT (IWO)
~ [ ] AMENDED IWO   [ ] ONE-TIME ORDER/NOTICE FOR LUMP SUM PAYMENT   [ ] TERMINATION of IWO
~ [X] Child Support Enforcement (CSE) Agency  [ ] Court  [ ] Attorney  [ ] Private Individual/Entity
~ State/Tribe/Territory: New Hampshire       Remittance Identifier: 0047719C
~ Order Identifier: 2019-DM-00812            Case Identifier: 0047719-C
~ Employer: New Hampshire Employment Security     Employee: DUFRESNE, MICHAEL ANDREW
~ Employee SSN: XXX-XX-4417      Employee DOB: 01/29/1984
~ Custodial Party/Obligee: Renée Dufresne-Ayotte (not a subject of records request)

ORDER INFORMATION: This document is based on the support or withholding order from New Hampshire. You are required by law to deduct these amounts from the employee's income until further notice.
~ $ 142.00 per week current child support
~ $  20.00 per week past-due child support – Arrears greater than 12 weeks? [X] No
Remit payment to: NH DCSS, P.O. Box 9501, Manchester, NH 03108

Limitations: Do not withhold more than the lesser of: 1) the amounts allowed by the Federal Consumer Credit Protection Act (15 U.S.C. § 1673(b)); or 2) the amounts allowed by the state of the employee's principal place of employment.

Authorized by: /s/ Gretchen L. Sawicki, Child Support Officer II    Date: 06/03/2025
OMB Expiration Date: 07/31/2026. The OMB control number for this collection is 0970-0154."""
    write_born([p1, p2], "bii25", size=9)
    label("bii25", "born_digital", "look-alike: child-support agency income withholding order (IWO) with employer verification request",
          ("other", "New Hampshire Department of Health and Human Services, Division of Child Support Services", "Gretchen L. Sawicki", "Child Support Officer II", "gretchen.sawicki@dhhs.nh.gov", "(603) 555-0176"),
          [subj("Michael Andrew Dufresne", "1984-01-29", ("ssn_last4", "4417"))],
          ["42 USC 666", "NH RSA 458-B", "NH RSA 161-C:22", "15 USC 1673"],
          "none", None, False, "unknown", ["address", "employment", "wages", "other"], "mail")


@doc
def bii26():
    cover = """~ BIRMINGHAM POLICE DEPARTMENT - FINANCIAL CRIMES UNIT
~ 1710 1st Avenue North, Birmingham, AL 35203
~ FAX COVER
~ Date: 11/19/2024        Pages (incl. cover): 2
~ To:   Alabama Department of Labor - Office of General Counsel
~ Fax:  334-555-0168
~ From: Sgt. Demetrius O. Hollins   205-555-0126
~       dhollins@birminghamal.gov
Comments:
Attached is the signed court order for ADOL records on Cedric L. Hollis (no relation to me). Please send records to my attention. Thanks."""
    order = """# IN THE CIRCUIT COURT OF JEFFERSON COUNTY, ALABAMA
# BIRMINGHAM DIVISION
~ IN RE: APPLICATION OF THE BIRMINGHAM POLICE DEPARTMENT     )
~ FOR PRODUCTION OF RECORDS OF THE ALABAMA DEPARTMENT OF     )   CASE NO. CC-2024-3318
~ LABOR CONCERNING CEDRIC LAMONT HOLLIS                      )
# ORDER

This matter came before the Court on the sworn application of Sergeant Demetrius O. Hollins, Birmingham Police Department, showing that there are reasonable grounds to believe that records held by the Alabama Department of Labor are relevant and material to an ongoing criminal investigation of Theft of Property in the First Degree, Ala. Code § 13A-8-3, and Fraudulent Use of a Credit or Debit Card, Ala. Code § 13A-9-14.

Having considered the application, the Court finds that the confidentiality of such records under Ala. Code § 25-4-116 may be overcome by order of a court of competent jurisdiction. Accordingly, IT IS ORDERED, ADJUDGED AND DECREED that the Alabama Department of Labor shall produce to Sgt. Hollins within ten (10) days:

 a. All wage and employer records reported for Cedric Lamont HOLLIS (DOB: February 27, 1989; last four of SSN: 5520) from 2022 to date;
 b. All unemployment compensation claim records, including addresses and telephone numbers given by the claimant.

The Department shall not disclose the existence of this Order to the subject. DONE and ORDERED this 18th day of November, 2024.

~ /s/ Hon. Tamara W. Pettaway
~ CIRCUIT JUDGE"""
    write_fax([cover, order], "bii26", "NOV-19-2024 11:26A  BPD FINANCIAL CRIMES      205 555 0126        P.{p:02d}", skew=[0.4, -0.9])
    label("bii26", "fax", "police fax cover + Alabama circuit court order for Department of Labor records",
          ("local-police", "Birmingham Police Department - Financial Crimes Unit", "Demetrius O. Hollins", "Sergeant", "dhollins@birminghamal.gov", "205-555-0126"),
          [subj("Cedric Lamont Hollis", "1989-02-27", ("ssn_last4", "5520"))],
          ["AL Code 13A-8-3", "AL Code 13A-9-14", "AL Code 25-4-116"],
          "court_order", None, True, "criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "fax")

@doc
def bii27():
    notice = """# IN THE COUNTY COURT OF HARRISON COUNTY, MISSISSIPPI
# FIRST JUDICIAL DISTRICT
~ STATE OF MISSISSIPPI
~ VS.                                            CAUSE NO. 24-CR-02291-G
~ BOBBY RAY CUEVAS
# NOTICE OF HEARING

TO: Bobby Ray Cuevas, Defendant, and counsel of record, Hon. Clarice N. Dedeaux

PLEASE TAKE NOTICE that the Defendant's appeal from the Justice Court conviction for Driving Under the Influence, Second Offense, Miss. Code Ann. § 63-11-30, is set for trial de novo before the Honorable Judge Robert P. Krebs on the 9th day of October, 2025, at 1:30 p.m., at the Harrison County Courthouse, 1801 23rd Avenue, Gulfport, Mississippi.

Dated: August 28, 2025
~ CONNIE LADNER, COUNTY COURT CLERK
~ By: /s/ P. Seymour, D.C."""
    jpg = png_of([notice], "bii27_att", dpi=120, fmt="JPEG", angle=1.4, quality=60)
    body = """Good afternoon,

Our office is prosecuting the DUI appeal of Bobby Ray Cuevas (DOB: 1976-11-05, MS DL 801229345) — notice of hearing attached for reference. To prove the prior conviction and license status, we need a certified copy of his Mississippi driving record (MVR), including any DUI convictions and suspensions, and his current address of record so we can confirm service.

This is not a subpoena; we can have one issued if DPS requires it. Please send the certified record by mail to the address below.

Thank you,

Kimberly A. Rouse
Legal Assistant to Assistant District Attorney Jonah T. Fairley
Office of the District Attorney, Second Circuit Court District
P.O. Box 1180, Gulfport, MS 39502
228-555-0185 | krouse@co.harrison.ms.us"""
    m = email_msg("Kimberly Rouse <krouse@co.harrison.ms.us>", "Driver Records <driverrecords@dps.ms.gov>",
                  "Certified MVR request - State v. Cuevas 24-CR-02291", "Thu, 04 Sep 2025 14:48:30 -0500", body=body,
                  attachments=[(jpg, "image", "jpeg", "Notice of Hearing - Cuevas.jpg")], msgid="<harrison.da.0904@co.harrison.ms.us>")
    write_eml(m, "bii27")
    label("bii27", "eml", "look-alike: DA's office email with a court notice of hearing (JPEG) attached; not process",
          ("district-attorney", "Office of the District Attorney, Second Circuit Court District", "Kimberly A. Rouse", "Legal Assistant", "krouse@co.harrison.ms.us", "228-555-0185"),
          [subj("Bobby Ray Cuevas", "1976-11-05", ("license", "801229345"))],
          ["MS Code 63-11-30"],
          "none", None, False, "criminal_investigation", ["license", "address"], "email")


@doc
def bii28():
    p1 = """~ Form 2039 (Rev. 12-2023)                                   Department of the Treasury
~                                                             Internal Revenue Service
# Summons
~ In the matter of: Halyna Bondarenko and Viktor Bondarenko, 8811 W. Maple St., Wichita, KS
~ Internal Revenue Service (Identify Division): Criminal Investigation
~ Industry/Area (name or number): Kansas City Field Office – Wichita Post of Duty
~ Periods: Calendar years 2021 through 2024

The Commissioner of Internal Revenue
To: Custodian of Records, Kansas Department of Labor
At: 401 SW Topeka Blvd., Topeka, KS 66603

You are hereby summoned and required to appear before Special Agent Oksana M. Dvorak, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown:

All quarterly wage reports filed by any employer for HALYNA BONDARENKO (DOB 1969-08-21, SSN ending 3340) and VIKTOR BONDARENKO (DOB 1967-01-09, SSN ending 7715), and all records of the employer account of "Bondarenko Cleaning Services LLC" (Kansas employer account no. 448813), including addresses of record.

Do not write in this space.

Business address and telephone number of IRS officer before whom you are to appear:
IRS-CI, 271 W. 3rd St. N., Wichita, KS 67202   (316) 555-0119   oksana.dvorak@ci.irs.gov

Place and time for appearance: at the address above on the 2nd day of June, 2025 at 10 o'clock a.m.

Issued under authority of the Internal Revenue Code this 5th day of May, 2025.
~ /s/ Oksana M. Dvorak          Special Agent
~ Signature of issuing officer    Title
~ /s/ Keith D. Marlow           Supervisory Special Agent
~ Signature of approving officer  Title

Part A – to be given to person summoned"""
    p2 = """## Provisions of the Internal Revenue Code
Sec. 7602. Examination of books and witnesses
(a) Authority to summon, etc. – For the purpose of ascertaining the correctness of any return, making a return where none has been made, determining the liability of any person for any internal revenue tax ..., the Secretary is authorized (2) to summon the person liable for tax ... (b) Purpose may include inquiry into offense. ...

Sec. 7603. Service of summons ...
Sec. 7604. Enforcement of summons. (a) Jurisdiction of district court. – If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production ...
Sec. 7609. Special procedures for third-party summonses ...
Sec. 7210. Failure to obey summons. ...

Investigation of: Attempt to evade or defeat tax, 26 U.S.C. § 7201; False return, 26 U.S.C. § 7206(1).

Form 2039 (Rev. 12-2023)"""
    write_born([p1, p2], "bii28", size=9)
    label("bii28", "born_digital", "IRS Form 2039 summons from IRS-CI, two subjects, district-court enforcement provision printed",
          ("irs-ci", "Internal Revenue Service, Criminal Investigation, Kansas City Field Office – Wichita Post of Duty", "Oksana M. Dvorak", "Special Agent", "oksana.dvorak@ci.irs.gov", "(316) 555-0119"),
          [subj("Halyna Bondarenko", "1969-08-21", ("ssn_last4", "3340")), subj("Viktor Bondarenko", "1967-01-09", ("ssn_last4", "7715"))],
          ["26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7609", "26 USC 7210", "26 USC 7201", "26 USC 7206"],
          "administrative_subpoena", "Form 2039", True, "criminal_investigation", ["wages", "employment", "address", "other"], "mail")


@doc
def bii29():
    letter = """NEW HAMPSHIRE STATE POLICE – TROOP D
~ 15 Garrison Hill, Concord, NH 03301       Tel 603-555-0148

July 21, 2025

NH Division of Motor Vehicles
Bureau of Hearings / Driver Records
23 Hazen Drive, Concord, NH 03305

Re: Certified driving record – PELLETIER, Amanda J. – DOB 3/12/1991 – NH lic. NHL19832466

Please provide a certified copy of the driving record (including suspension notices) and the license photograph of the above operator. She was arrested on 07/18/2025 and charged with Operating After Suspension, RSA 263:64, and Disobeying a Police Officer, RSA 265:4. A copy of the complaint/summons issued to her is enclosed for your reference. Arraignment is set in the 6th Circuit Court – District Division – Concord.

Tpr. First Class Evan R. Morrissette, #714
evan.morrissette@dos.nh.gov"""
    summons = """# THE STATE OF NEW HAMPSHIRE
# CIRCUIT COURT – 6TH CIRCUIT – DISTRICT DIVISION – CONCORD
# SUMMONS / COMPLAINT (UNIFORM TRAFFIC CITATION)
~ Citation No. D7120394          Date of Offense: 07/18/2025   Time: 23:40
~ Defendant: PELLETIER, AMANDA JEAN           DOB: 03/12/1991
~ Address: 18 Thorndike St, Concord NH        Lic: NHL19832466  State: NH
~ Vehicle: 2014 Nissan Altima  Plate: NH 4729815

The undersigned complains that the defendant did commit the following offense(s):
~ [X] Operating after suspension – RSA 263:64 (Misdemeanor)
~ [X] Disobeying an officer – RSA 265:4

YOU ARE SUMMONED TO APPEAR at the above Court on 08/14/2025 at 8:30 a.m. to answer this complaint. FAILURE TO APPEAR may result in an additional charge and the issuance of a warrant for your arrest and suspension of your license under RSA 262:1.

~ Complainant: Tpr. E. Morrissette #714
~ Signature of defendant: /s/ Amanda J. Pelletier"""
    write_scanned([letter, summons], "bii29", [dict(angle=0.5, grey=18, noise=5), dict(angle=-1.2, grey=45, noise=10, contrast=0.65)])
    label("bii29", "scanned", "look-alike: state police letter with a traffic summons/complaint copy attached (not process directed at agency)",
          ("state-police", "New Hampshire State Police – Troop D", "Evan R. Morrissette", "Trooper First Class", "evan.morrissette@dos.nh.gov", "603-555-0148"),
          [subj("Amanda Jean Pelletier", "1991-03-12", ("license", "NHL19832466"))],
          ["NH RSA 263:64", "NH RSA 265:4", "NH RSA 262:1"],
          "none", None, False, "criminal_investigation", ["license", "photo", "other"], "mail")

@doc
def bii30():
    sub = """# UNITED STATES DEPARTMENT OF LABOR
# OFFICE OF INSPECTOR GENERAL
# SUBPOENA DUCES TECUM
~ No. OIG-OI-25-0562

To: Custodian of Records
    South Dakota Department of Labor and Regulation, Reemployment Assistance Division
    700 Governors Drive, Pierre, SD 57501

In the matter of: Investigation of unemployment insurance fraud (OI Case No. 25-DEN-0041)

YOU ARE HEREBY REQUIRED, pursuant to Section 6(a)(4) of the Inspector General Act of 1978, as amended (5 U.S.C. § 406(a)(4)), to produce the following documents and records on or before October 10, 2025, to Special Agent Tobias R. Lindgren, U.S. Department of Labor, OIG, Office of Investigations, 1244 Speer Blvd., Suite 515, Denver, CO 80204:

All reemployment assistance claim records (applications, weekly certifications, payment histories, bank account and debit card information, IP addresses, telephone numbers, email and mailing addresses) and quarterly wage records from January 1, 2023 to present for:
   (1) ABDI, Mohamed Hassan     DOB 04/01/1988
   (2) FARAH, Ifrah Ali         DOB 10/15/1992

In case of refusal to obey, this subpoena is enforceable by order of any appropriate United States district court.

~ IN TESTIMONY WHEREOF, the undersigned, Inspector General of the U.S. Department of Labor,
~ has hereunto set her hand this 19th day of September, 2025.
~ /s/ for the Inspector General
~ Deputy Inspector General for Investigations"""
    pdf = render_pdf([sub])
    body = """Hello,

Please find attached an Inspector General subpoena for claim and wage records concerning two claimants. This is part of a federal criminal investigation into theft of government funds and wire fraud (18 U.S.C. §§ 641 and 1343).

Electronic production via our secure file transfer is preferred; I can send a link once I have a point of contact.

Regards,
Tobias R. Lindgren
Special Agent
U.S. Department of Labor – Office of Inspector General
Office of Investigations – Denver
Tel: 720-555-0161
lindgren.tobias@oig.dol.gov"""
    html = "<html><body><div style='font-family:Arial'>" + body.replace("\n\n", "<br><br>").replace("\n", "<br>") + "</div></body></html>"
    m = email_msg("\"Lindgren, Tobias - OIG\" <lindgren.tobias@oig.dol.gov>", "SD DLR Legal <dlr.legal@state.sd.us>",
                  "DOL-OIG Subpoena OIG-OI-25-0562", "Fri, 19 Sep 2025 12:10:00 -0600", body=body, html=html,
                  attachments=[(pdf, "application", "pdf", "OIG-OI-25-0562.pdf")], msgid="<oig.dol.0919@oig.dol.gov>")
    write_eml(m, "bii30")
    label("bii30", "eml", "DOL-OIG agent email (multipart/alternative) with Inspector General subpoena PDF attached",
          ("dol-oig", "U.S. Department of Labor – Office of Inspector General, Office of Investigations – Denver", "Tobias R. Lindgren", "Special Agent", "lindgren.tobias@oig.dol.gov", "720-555-0161"),
          [subj("Mohamed Hassan Abdi", "1988-04-01"), subj("Ifrah Ali Farah", "1992-10-15")],
          ["5 USC 406", "18 USC 641", "18 USC 1343"],
          "administrative_subpoena", None, True, "criminal_investigation", ["claims", "wages", "employment", "address", "phone", "email", "other"], "email")


@doc
def bii31():
    p1 = """~ Subject ID: 411902338      Event #: DAL2510000872      File No: A217 330 164
~ Date: 10/22/2025
# DEPARTMENT OF HOMELAND SECURITY
# REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
TO: (Name and Title of Institution)                FROM: (Department of Homeland Security Office Address)
Oklahoma Department of Corrections,               ICE ERO Dallas Field Office – Oklahoma City Sub-Office
Records Administrator, Joseph Harp Corr. Center   3501 S. Interstate 35 Service Rd., Oklahoma City, OK 73129

Name of Alien: NGUYỄN, VĂN HẢI
Date of Birth: 1979-04-26    Citizenship: VIETNAM    Sex: M    ODOC #: 912337

1. DHS HAS DETERMINED THAT THE ALIEN IS A PRIORITY FOR REMOVAL because he/she:
 [X] has been convicted of an offense listed as an aggravated felony under section 101(a)(43) of the Immigration and Nationality Act.
2. IT IS THEREFORE REQUESTED THAT YOU notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling [ ] U.S. Immigration and Customs Enforcement (ICE) or [ ] U.S. Customs and Border Protection at (405) 555-0172.
 This request does not request or authorize that you detain the subject beyond the time he/she is currently scheduled for release from your custody.

Please also provide the inmate's projected release date and intended release address.

~ Duy Q. Phan, Supervisory Detention and Deportation Officer        /s/ D. Phan
~ (Name and title of Immigration Officer)                           (Signature of Immigration Officer)
~ duy.phan@ice.dhs.gov

Form I-247N (5/15)"""
    p2 = """## NOTICE TO THE DETAINEE
DHS has requested that the law enforcement agency that is currently detaining you notify ICE before you are released. This request does not authorize or request that the agency hold you beyond the time you would otherwise be released. This request is issued under authority of sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 236.1 and 287.7.

## TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY
Date of latest conviction: 2019-05-30   Offense: Trafficking in illegal drugs, 63 O.S. § 2-415
Estimated release date: ____________"""
    write_born([p1, p2], "bii31", size=9)
    label("bii31", "born_digital", "I-247N request for voluntary notification of release to state corrections (Vietnamese name with diacritics)",
          ("dhs-ice-ero", "ICE ERO Dallas Field Office – Oklahoma City Sub-Office", "Duy Q. Phan", "Supervisory Detention and Deportation Officer", "duy.phan@ice.dhs.gov", "(405) 555-0172"),
          [subj("Văn Hải Nguyễn", "1979-04-26", ("a_number", "A217330164"))],
          ["INA 101", "INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7", "63 OS 2-415"],
          "detainer", "I-247N", True, "civil_immigration", ["other", "address"], "mail")


@doc
def bii32():
    t = """SCDEW – Records & Disclosure Unit
Phone request – transcribed by R. Mims, 09/03/2025 10:20 a.m.
(caller's written confirmation arrived by email at 10:41 a.m.; text below is from that email)

----- confirmation email -----
From: Postal Inspector Darnell K. Okafor <dkokafor@uspis.gov>
Sent: Wednesday, September 3, 2025 10:41 AM
To: disclosure@dew.sc.gov
Subject: Per our call - address/employer request

Ms. Mims,

As discussed, I'm investigating theft of mail and stolen treasury checks out of the Columbia, SC area (18 U.S.C. § 1708, 18 U.S.C. § 510). I'm requesting the last known address and current/most recent employer reported for:

  Latoya Denise SIMMONS-GREER, DOB 1987-07-29, SSN last four 0915
  Marquise Jamal Greer, DOB Sept. 2, 1985

A carrier, Ms. Yvonne Tisdale, is the complaining witness - please don't run her.

Thanks for your help,
Darnell K. Okafor
U.S. Postal Inspector
U.S. Postal Inspection Service – Charlotte Division, Columbia Domicile
(803) 555-0193
------------------------------"""
    write_txt(t, "bii32")
    label("bii32", "txt", "transcribed phone request with pasted confirmation email from a postal inspector, two subjects",
          ("usps-uspis", "U.S. Postal Inspection Service – Charlotte Division, Columbia Domicile", "Darnell K. Okafor", "U.S. Postal Inspector", "dkokafor@uspis.gov", "(803) 555-0193"),
          [subj("Latoya Denise Simmons-Greer", "1987-07-29", ("ssn_last4", "0915")), subj("Marquise Jamal Greer", "1985-09-02")],
          ["18 USC 1708", "18 USC 510"],
          "none", None, False, "criminal_investigation", ["address", "employment"], "email")


if __name__ == "__main__":
    for f in DOCS:
        f()
    print("built", len(DOCS), "documents")
