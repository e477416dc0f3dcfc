"""Builds the blind_jjj test set deterministically. Run: .venv/bin/python samples/blind_jjj/build.py"""
import io, json, os, random, subprocess, tempfile, textwrap
from email.message import EmailMessage
from email.utils import formatdate
from email import policy
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_jjj"
os.makedirs(TMP, exist_ok=True)
RNG = random.Random(4242)
NPR = np.random.default_rng(4242)
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("DVMB", FD + "DejaVuSansMono-Bold.ttf"))
FONTS = {"sans": ("DV", "DVB"), "serif": ("DVS", "DVSB"), "mono": ("DVM", "DVMB")}


def make_pdf(path, text, style="sans", size=10):
    """Markup: '\\f' page break; '@C ' centred bold; '@B ' bold; '@R ' right; '@L' rule; '@S ' small."""
    reg, bold = FONTS[style]
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("document")
    W, H = letter
    left, top, bottom = 72, H - 60, 60
    lead = size * 1.35
    maxw = W - 2 * left
    for pi, page in enumerate(text.strip("\n").split("\f")):
        y = top
        for raw in page.strip("\n").split("\n"):
            font, sz, mode, s = reg, size, "l", raw
            if raw.startswith("@C "):
                font, mode, s = bold, "c", raw[3:]
            elif raw.startswith("@B "):
                font, s = bold, raw[3:]
            elif raw.startswith("@R "):
                mode, s = "r", raw[3:]
            elif raw.startswith("@S "):
                sz, s = size - 2, raw[3:]
            elif raw.startswith("@L"):
                c.line(left, y + 3, W - left, y + 3)
                y -= lead * 0.6
                continue
            indent = len(s) - len(s.lstrip(" "))
            words = s.strip().split(" ")
            lines, cur = [], ""
            for w in words:
                t = (cur + " " + w) if cur else w
                if pdfmetrics.stringWidth(" " * indent + t, font, sz) > maxw and cur:
                    lines.append(cur); cur = w
                else:
                    cur = t
            lines.append(cur)
            for ln in lines:
                if y < bottom:
                    c.showPage(); y = top
                c.setFont(font, sz)
                ln2 = " " * indent + ln
                if mode == "c":
                    c.drawCentredString(W / 2, y, ln.strip())
                elif mode == "r":
                    c.drawRightString(W - left, y, ln.strip())
                else:
                    c.drawString(left, y, ln2)
                y -= sz * 1.35
        c.showPage()
    c.save()


def pages_png(pdf, dpi):
    stem = os.path.join(TMP, os.path.basename(pdf)[:-4] + f"_{dpi}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, stem], check=True)
    d = os.path.dirname(stem)
    fs = sorted(f for f in os.listdir(d) if f.startswith(os.path.basename(stem) + "-") and f.endswith(".png"))
    return [Image.open(os.path.join(d, f)).convert("L") for f in fs]


def degrade(img, rot90=0):
    a = np.asarray(img).astype(np.float32)
    bg = RNG.uniform(215, 235)
    a = a * (bg / 255.0)
    a += NPR.normal(0, 9, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L")
    ang = RNG.choice([-1, 1]) * RNG.uniform(0.5, 2.0)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=int(bg))
    if rot90:
        im = im.rotate(rot90, expand=True)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=RNG.randint(30, 45))
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def make_scanned(path, text, style="serif", rotate=None):
    src = os.path.join(TMP, os.path.basename(path)[:-4] + "_src.pdf")
    make_pdf(src, text, style)
    imgs = pages_png(src, 200)
    rotate = rotate or {}
    out = [degrade(im, rotate.get(i, 0)) for i, im in enumerate(imgs)]
    import datetime as _dt
    import time as _t; _d = _t.gmtime(1772366400)
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:], creationDate=_d, modDate=_d)


def make_fax(path, text, header, style="mono"):
    src = os.path.join(TMP, os.path.basename(path)[:-5] + "_src.pdf")
    make_pdf(src, text, style)
    imgs = pages_png(src, 200)
    f = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    for i, im in enumerate(imgs):
        im = im.copy()
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 50], fill=255)
        d.text((30, 14), f"{header}   P.{i+1:03d}/{len(imgs):03d}", font=f, fill=0)
        a = np.asarray(im).astype(np.int16)
        a = a + NPR.normal(0, 40, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        im = im.rotate(RNG.uniform(-0.8, 0.8), fillcolor=255)
        im = im.point(lambda v: 255 if v > 135 else 0)
        out.append(im.convert("1", dither=Image.Dither.NONE))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def image_of(text, fmt, style="sans"):
    src = os.path.join(TMP, f"att_{RNG.randint(0, 10**9)}.pdf")
    make_pdf(src, text, style)
    im = pages_png(src, 150)[0]
    im = degrade(im) if fmt == "JPEG" else im
    buf = io.BytesIO()
    if fmt == "JPEG":
        im.save(buf, "JPEG", quality=60)
    else:
        im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def pdf_bytes(text, style="sans"):
    src = os.path.join(TMP, f"attpdf_{RNG.randint(0, 10**9)}.pdf")
    make_pdf(src, text, style)
    return open(src, "rb").read()


def make_eml(path, frm, to, subject, date, body=None, html=None, attachments=(), cc=None, forward=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"], m["To"], m["Subject"], m["Date"] = frm, to, subject, date
    if cc:
        m["Cc"] = cc
    m["Message-ID"] = f"<{RNG.randint(10**9, 10**10)}.{RNG.randint(1000,9999)}@{frm.split('@')[1].rstrip('>')}>"
    if body and html:
        m.set_content(body)
        m.add_alternative(html, subtype="html")
    elif html:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
    for data, mt, name in attachments:
        maint, sub = mt.split("/")
        m.add_attachment(data, maintype=maint, subtype=sub, filename=name)
    if forward is not None:
        m.add_attachment(forward)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"=_jjj_{os.path.basename(path)[:-4]}_{n}_{RNG.randint(10**7, 10**8)}")
    with open(path, "wb") as fh:
        fh.write(m.as_bytes())


def label(i, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel):
    agency_key, agency_name, person, title, email, phone = req
    subs = []
    for s in subjects:
        name, dob, ids = s[0], s[1], (s[2] if len(s) > 2 else [])
        subs.append({"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]})
    d = {"id": i, "family": "blind-jjj", "format": fmt, "template": template,
         "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                       "title": title, "email": email, "phone": phone},
         "subjects": subs, "legal_basis": [{"normalized": b} for b in basis],
         "legal_process": {"type": ptype, "court_issued": ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"), "form": form},
         "warrant_or_subpoena_attached": attached, "purpose": purpose,
         "records_requested": records, "channel": channel}
    with open(os.path.join(OUT, i + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


DOCS = []
def doc(f):
    DOCS.append(f)
    return f


# ---------------------------------------------------------------- 01 born_digital, ERO letter, none
@doc
def d01():
    t = """@C U.S. Department of Homeland Security
@C U.S. Immigration and Customs Enforcement
@C Enforcement and Removal Operations
@S Denver Field Office  |  12445 East Caley Avenue, Centennial, CO 80111
@L
@R February 9, 2026
Colorado Department of Revenue
Division of Motor Vehicles - Records Section
1881 Pierce Street
Lakewood, CO 80214

Re: Request for Records - ORTIZ NÚÑEZ, Javier Alonso

To Whom It May Concern:

This office respectfully requests copies of any driver license or identification card records, including the most recent residential address on file and the digitized photograph, for the individual identified below:

    Name:  ORTIZ NÚÑEZ, Javier Alonso
    DOB:   07/22/1991
    A#:    A 209-614-337
    CO DL: 15-338-2071

This information is requested for official use in the performance of the duties of this agency under section 287 of the Immigration and Nationality Act, 8 U.S.C. § 1357(a). Your cooperation is appreciated.

Please direct any questions or the responsive records to the undersigned.

Respectfully,


Kyle R. Brandt
Deputy Officer
Enforcement and Removal Operations, Denver
Tel. (303) 555-0147
kyle.r.brandt@ice.dhs.gov

@S FOR OFFICIAL USE ONLY - This document may contain sensitive information and is intended only for the addressee."""
    make_pdf(os.path.join(OUT, "bjjj01.pdf"), t, "serif")
    label("bjjj01", "born_digital", "ERO field office letter, DMV address and photo, INA 287 prose citation",
          ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office", "Kyle R. Brandt", "Deputy Officer", "kyle.r.brandt@ice.dhs.gov", "(303) 555-0147"),
          [("Javier Alonso Ortiz Núñez", "1991-07-22", [("a_number", "A209614337"), ("license", "153382071")])],
          ["INA 287", "8 USC 1357"], "none", None, False, "civil_immigration", ["address", "photo", "license"], "mail")


# ---------------------------------------------------------------- 02 eml, HSI email + I-138 PDF
@doc
def d02():
    i138 = """@C DEPARTMENT OF HOMELAND SECURITY
@C IMMIGRATION ENFORCEMENT SUBPOENA
@S To Appear and/or Produce Records (8 U.S.C. §§ 1225(d) and 1357, 8 C.F.R. § 287.4)
@L
Subpoena No.: HSI-SEA-2026-00418
To: Custodian of Records, Washington State Employment Security Department, P.O. Box 9046, Olympia, WA 98507

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to produce the records described below to Special Agent Tran Quoc Bao, Homeland Security Investigations, 1000 Second Avenue, Suite 2300, Seattle, WA 98104, on or before March 20, 2026, at 10:00 a.m., in connection with an investigation or inquiry relating to the enforcement of the immigration laws: violations of 18 U.S.C. § 1546 (fraud and misuse of visas, permits and other documents).

Records to be produced: All quarterly wage records, employer names and addresses, and unemployment insurance claim files from January 1, 2023 to present for:
    1. Yusuf Abdirahman WARSAME, DOB 1988-11-03
    2. Halima Mohamed FARAH, DOB 1992-02-17

Failure to comply with this subpoena will render you liable to proceedings in a United States District Court to enforce obedience to the requirements of this subpoena, and to punish default or disobedience.

Issued by: Matthew J. Kowalczyk, Assistant Special Agent in Charge
Signature: /s/ M. J. Kowalczyk        Date of issuance: 03/02/2026
@S DHS Form I-138 (8/23)"""
    body = """Good afternoon,

Please see the attached DHS Immigration Enforcement Subpoena (Form I-138) for wage and UI claim records on two individuals associated with an ongoing HSI Seattle criminal document fraud investigation (18 USC 1546). The return date is March 20, 2026. Electronic production to this address is fine.

Thank you,

SA Tran Quoc Bao
Special Agent | Homeland Security Investigations – Seattle
U.S. Immigration and Customs Enforcement
Desk: 206-555-0163 | Cell: 206-555-0191
bao.q.tran@ice.dhs.gov

WARNING: This email and attachments may contain Law Enforcement Sensitive information. Do not disseminate without HSI approval."""
    make_eml(os.path.join(OUT, "bjjj02.eml"), "Tran, Bao Q <bao.q.tran@ice.dhs.gov>", "esdrecordsrequests@esd.wa.gov",
             "HSI Subpoena - HSI-SEA-2026-00418", "Mon, 02 Mar 2026 14:11:07 -0800", body=body,
             attachments=[(pdf_bytes(i138, "sans"), "application/pdf", "I-138_HSI-SEA-2026-00418.pdf")])
    label("bjjj02", "eml", "HSI email with DHS I-138 Immigration Enforcement Subpoena PDF attached, 2 subjects",
          ("dhs-ice-hsi", "Homeland Security Investigations – Seattle", "Tran Quoc Bao", "Special Agent", "bao.q.tran@ice.dhs.gov", "206-555-0163"),
          [("Yusuf Abdirahman Warsame", "1988-11-03"), ("Halima Mohamed Farah", "1992-02-17")],
          ["8 USC 1225", "8 USC 1357", "8 CFR 287.4", "18 USC 1546"], "administrative_subpoena", "I-138", True,
          "criminal_investigation", ["wages", "employment", "claims"], "email")


# ---------------------------------------------------------------- 03 scanned, FBI cover + AO 93 + return
@doc
def d03():
    t = """@C FEDERAL BUREAU OF INVESTIGATION
@C Albuquerque Field Office
@S 4200 Luecking Park Ave NE, Albuquerque, NM 87107
@L
@R 14 January 2026
New Mexico Motor Vehicle Division
Records Unit
Joseph Montoya Building, 1100 South St. Francis Drive
Santa Fe, NM 87504

Re: Service of Federal Search Warrant, Case No. 26-MR-0042

Enclosed please find a search and seizure warrant issued by the United States District Court for the District of New Mexico directing production of motor vehicle records for the person named therein. Please provide the responsive records to me by the date indicated on the warrant.

Sincerely,

Denise A. Whitehorse
Special Agent, FBI Albuquerque
505-555-0122  |  dwhitehorse@fbi.gov
\f@S AO 93 (Rev. 11/13) Search and Seizure Warrant
@C UNITED STATES DISTRICT COURT
@C for the District of New Mexico
In the Matter of the Search of
Records maintained by the New Mexico Motor Vehicle Division relating to
GRAHAM, Dustin Lee (DOB 5 Sep 1984), NM DL 081447395
                                         Case No. 26-MR-0042
@C SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
An application by a federal law enforcement officer or an attorney for the government requests the search of the following property located in the District of New Mexico: records described in Attachment A.
I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the property described above, and that such search will reveal evidence of violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft), as described in Attachment B: all license and identification card applications, photographs, residential and mailing addresses, and vehicle registrations.
YOU ARE COMMANDED to execute this warrant on or before January 27, 2026 in the daytime 6:00 a.m. to 10:00 p.m.
Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result.
Date and time issued: 01/13/2026 3:42 pm        /s/ Karen M. Ybarra
City and state: Albuquerque, New Mexico       Karen M. Ybarra, U.S. Magistrate Judge
\f@S AO 93 (Rev. 11/13) Search and Seizure Warrant (Page 2)
@C Return
Case No.: 26-MR-0042    Date and time warrant executed: ____________
Copy of warrant and inventory left with: ______________________
Inventory made in the presence of: ___________________________
@C Certification
I declare under penalty of perjury that this inventory is correct and was returned along with the original warrant to the designated judge.
Executing officer's signature: ____________________
Printed name and title: Denise A. Whitehorse, Special Agent"""
    make_scanned(os.path.join(OUT, "bjjj03.pdf"), t, "serif", rotate={2: 180})
    label("bjjj03", "scanned", "FBI cover letter with AO 93 search and seizure warrant and blank return; last page upside down",
          ("doj-fbi", "Federal Bureau of Investigation, Albuquerque Field Office", "Denise A. Whitehorse", "Special Agent", "dwhitehorse@fbi.gov", "505-555-0122"),
          [("Dustin Lee Graham", "1984-09-05", [("license", "081447395")])],
          ["18 USC 1343", "18 USC 1028A", "18 USC 3103a"], "judicial_warrant", "AO 93", True, "criminal_investigation",
          ["license", "photo", "address", "vehicle"], "mail")


# ---------------------------------------------------------------- 04 fax, I-247A
@doc
def d04():
    t = """@S DHS Form I-247A (3/17)                                   Page 1 of 2
@C DEPARTMENT OF HOMELAND SECURITY
@C IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 381927564          Event #: PHX2601000733
File No: A 216 480 952         Date: 01/28/2026
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
    Arizona Department of Corrections, Rehabilitation and Reentry
    ASPC-Lewis, Buckeye, AZ
FROM: (Department of Homeland Security Office Address)
    ICE ERO Phoenix Field Office, 2035 N. Central Ave., Phoenix, AZ 85004
Name of Alien: IBÁÑEZ SOTO, Rodrigo
Date of Birth: 12/30/1979     Citizenship: Mexico     Sex: M
1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
  [X] A final order of removal against the alien;
  [ ] The pendency of ongoing removal proceedings against the alien;
IT IS THEREFORE REQUESTED THAT YOU:
  - Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
  - Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
  - Provide a copy to the alien.
This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.
\f@S DHS Form I-247A (3/17)                                   Page 2 of 2
This form is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.
Please provide the anticipated release date and any booking photograph on file.
(Signature of Immigration Officer)  /s/ Alejandra V. Ruiz
(Name and Title of Immigration Officer)  Alejandra V. Ruiz, Supervisory Detention and Deportation Officer
Phone: 602-555-0134
NOTICE TO THE DETAINEE: The Department of Homeland Security (DHS) has placed an immigration detainer on you."""
    make_fax(os.path.join(OUT, "bjjj04.tiff"), t, "JAN-28-2026 09:14  FROM: ICE ERO PHX  602 555 0199  TO: 6235550110")
    label("bjjj04", "fax", "faxed DHS Form I-247A detainer to state prison",
          ("dhs-ice-ero", "ICE ERO Phoenix Field Office", "Alejandra V. Ruiz", "Supervisory Detention and Deportation Officer", None, "602-555-0134"),
          [("Rodrigo Ibáñez Soto", "1979-12-30", [("a_number", "A216480952")])],
          ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", False, "civil_immigration",
          ["other", "photo"], "fax")


# ---------------------------------------------------------------- 05 txt, web form, local police
@doc
def d05():
    t = """=== CDLE Records Request Portal - Submission Confirmation ===
Submission ID: RR-2026-004418
Submitted: 2026-02-17 16:42 MST

Requester type: Law Enforcement
Agency: Aurora Police Department
Unit: Property Crimes / Investigations Bureau
Requester name: Det. Lindsay Okafor
Badge/ID: 3318
Email: lokafor@auroragov.org
Phone: 303-555-0178

Subject(s) of request:
  Last name: de la Cruz
  First name: Mateo
  Middle: Andrés
  Date of birth: 1996-06-14
  SSN (last 4 only): 4471

Records requested: [x] Current employer  [x] Employer address  [x] Wage history  [ ] UI claims  [ ] Other

Purpose / case information:
Aurora PD case 26-004127. Mr. de la Cruz is a suspect in a series of catalytic converter thefts (theft, C.R.S. 18-4-401). Need his current employer to locate him for interview; he no longer lives at the address we have.

Legal authority (if any): none attached - request under C.R.S. 24-74-103 criminal investigation exception

[x] I certify the information provided is for an active criminal investigation.
Signature (typed): Lindsay Okafor
"""
    open(os.path.join(OUT, "bjjj05.txt"), "w", encoding="utf-8").write(t)
    label("bjjj05", "txt", "labor department web portal submission from municipal detective",
          ("local-police", "Aurora Police Department", "Lindsay Okafor", "Detective", "lokafor@auroragov.org", "303-555-0178"),
          [("Mateo Andrés de la Cruz", "1996-06-14", [("ssn_last4", "4471")])],
          ["CRS 18-4-401", "CRS 24-74-103"], "none", None, False, "criminal_investigation", ["employment", "wages"], "email")


# ---------------------------------------------------------------- 06 born_digital, Arizona county grand jury subpoena
@doc
def d06():
    t = """@C IN THE SUPERIOR COURT OF THE STATE OF ARIZONA
@C IN AND FOR THE COUNTY OF MARICOPA
@L
IN THE MATTER OF THE                                  GJ No. 2026-0117
MARICOPA COUNTY GRAND JURY                       SUBPOENA DUCES TECUM
                                                           (Grand Jury)
@C THE STATE OF ARIZONA TO:
Custodian of Records
Arizona Department of Economic Security
1717 W. Jefferson Street, Phoenix, Arizona 85007

YOU ARE COMMANDED to appear before the Maricopa County Grand Jury, 175 W. Madison Street, Phoenix, Arizona, on the 12th day of March, 2026, at 9:00 a.m., to testify in the above matter, and to bring with you:

All records of Supplemental Nutrition Assistance Program and cash assistance benefits, including applications, addresses, household members listed and issuance history, from January 1, 2024 to the present, relating to:
   KOVAČ, Mirela, born April 2, 1983
   KOVAČ, Dragan, born November 19, 1980

In lieu of personal appearance, the custodian may deliver certified copies of the records to Deputy County Attorney Samuel T. Rourke, who requested this subpoena, on or before the date set forth above.

This subpoena is issued pursuant to A.R.S. § 21-412 and Rule 34, Arizona Rules of Criminal Procedure. Grand jury proceedings are secret; disclosure of the existence of this subpoena may be punishable under A.R.S. § 13-2812.

ISSUED: February 20, 2026
MARGARET A. CHOI, CLERK OF THE SUPERIOR COURT
By: /s/ P. Anaya, Deputy Clerk

Requested by:
Samuel T. Rourke, Deputy County Attorney
Maricopa County Attorney's Office - Fraud & Special Prosecutions
225 W. Madison Street, Phoenix, AZ 85003
(602) 555-0155  rourkes@mcao.maricopa.gov"""
    make_pdf(os.path.join(OUT, "bjjj06.pdf"), t, "serif")
    label("bjjj06", "born_digital", "Arizona county grand jury subpoena duces tecum for benefits records, 2 subjects",
          ("district-attorney", "Maricopa County Attorney's Office - Fraud & Special Prosecutions", "Samuel T. Rourke", "Deputy County Attorney", "rourkes@mcao.maricopa.gov", "(602) 555-0155"),
          [("Mirela Kovač", "1983-04-02"), ("Dragan Kovač", "1980-11-19")],
          ["ARS 21-412", "AZ CrimP 34", "ARS 13-2812"], "grand_jury_subpoena", None, True, "criminal_investigation",
          ["benefits", "address", "claims"], "mail")


# ---------------------------------------------------------------- 07 eml, DEA 876 subpoena attached
@doc
def d07():
    sub = """@C U.S. DEPARTMENT OF JUSTICE
@C DRUG ENFORCEMENT ADMINISTRATION
@C SUBPOENA
@S Title 21, United States Code, Section 876
@L
TO: Custodian of Records                                  Subpoena No. GD-26-311407
    Georgia Department of Labor                          File No. G2-26-0058
    148 Andrew Young International Blvd NE, Atlanta, GA 30303

In connection with an investigation of violations of the Controlled Substances Act (21 U.S.C. 801 et seq.), and pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876), you are hereby required to furnish the following records:

Employer-reported wage records for all quarters from 2024 Q1 through present, and any unemployment insurance claims, including addresses and telephone numbers provided, for:
  HOANG, Minh Duc     DOB: 1990-08-25     SSN ending 6602
  PHAM, Thi Lan       DOB: 1993-01-07     SSN ending 3319

to Diversion Investigator/Special Agent Rachel O. Simmons at DEA Atlanta Division, 75 Ted Turner Drive SW, Atlanta, GA 30303 on or before April 3, 2026.

Failure to comply with this subpoena may result in the Attorney General seeking enforcement in a United States District Court, pursuant to 21 U.S.C. 876(c).

Issued under authority delegated by the Attorney General (28 C.F.R. 0.100 and the appendix to subpart R of part 0).
/s/ Rachel O. Simmons, Special Agent            Date: March 11, 2026
@S DEA Form 79"""
    html = """<html><body><p>Hello Records Team,</p>
<p>Attached is a DEA administrative subpoena (21 USC 876) for wage and UI records on <b>Minh Duc Hoang</b> and <b>Thi Lan Pham</b>. These are targets in a methamphetamine distribution investigation out of the Atlanta Division.</p>
<p>Please send responsive records via secure email or mail by 04/03/2026.</p>
<p>Thanks,<br>Rachel Simmons<br>Special Agent, DEA Atlanta Division, Group 2<br>Office 404-555-0129<br>rachel.o.simmons@dea.gov</p></body></html>"""
    body = ("Hello Records Team,\n\nAttached is a DEA administrative subpoena (21 USC 876) for wage and UI records on Minh Duc Hoang and Thi Lan Pham. "
            "These are targets in a methamphetamine distribution investigation out of the Atlanta Division.\n\nPlease send responsive records via secure email or mail by 04/03/2026.\n\n"
            "Thanks,\nRachel Simmons\nSpecial Agent, DEA Atlanta Division, Group 2\nOffice 404-555-0129\nrachel.o.simmons@dea.gov\n")
    make_eml(os.path.join(OUT, "bjjj07.eml"), "\"Simmons, Rachel O\" <rachel.o.simmons@dea.gov>", "records.custodian@gdol.ga.gov",
             "Admin Subpoena GD-26-311407", "Wed, 11 Mar 2026 10:02:55 -0400", body=body, html=html,
             attachments=[(pdf_bytes(sub, "serif"), "application/pdf", "DEA_Subpoena_GD-26-311407.pdf")])
    label("bjjj07", "eml", "DEA email (multipart/alternative) with 21 USC 876 subpoena PDF attached, 2 subjects",
          ("doj-dea", "DEA Atlanta Division", "Rachel O. Simmons", "Special Agent", "rachel.o.simmons@dea.gov", "404-555-0129"),
          [("Minh Duc Hoang", "1990-08-25", [("ssn_last4", "6602")]), ("Thi Lan Pham", "1993-01-07", [("ssn_last4", "3319")])],
          ["21 USC 876", "21 USC 801", "PL 91-513", "28 CFR 0.100"], "administrative_subpoena", "DEA Form 79", True, "criminal_investigation",
          ["wages", "claims", "address", "phone", "employment"], "email")


# ---------------------------------------------------------------- 08 born_digital, USAO cover + 2703(d) order
@doc
def d08():
    t = """@C U.S. Department of Justice
@C United States Attorney's Office, District of Oregon
@S 1000 SW Third Avenue, Suite 600, Portland, Oregon 97204
@L
@R 2026-01-21
Oregon Employment Department
Attn: Legal Records Custodian
875 Union St NE, Salem, OR 97311

Re: In re Application for 2703(d) Order, Misc. No. 3:26-mc-00019

Dear Custodian:

Enclosed is an order of the United States District Court for the District of Oregon, entered under 18 U.S.C. § 2703(d), requiring disclosure of login, IP-address and account-contact records for the Frances Online Claims account associated with the individual named in the order. Please produce the records within fourteen days. The order also directs non-disclosure under 18 U.S.C. § 2705(b).

Very truly yours,
Priya N. Venkataraman
Assistant United States Attorney
(503) 555-0116 | priya.venkataraman@usdoj.gov
\f@C UNITED STATES DISTRICT COURT
@C FOR THE DISTRICT OF OREGON
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)        Misc. No. 3:26-mc-00019
@C ORDER
The United States has submitted an application pursuant to 18 U.S.C. § 2703(d) requesting that the Court issue an Order requiring the Oregon Employment Department to disclose records and other information described in Attachment A relating to the online claimant account of Brandon James McAllister (DOB March 3, 1987).
The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records are relevant and material to an ongoing criminal investigation of unemployment insurance fraud, 18 U.S.C. §§ 1343 and 641.
IT IS ORDERED that the Oregon Employment Department shall, within fourteen days, disclose the records described in Attachment A: subscriber/claimant contact information (mailing address, telephone, email), IP login history, and bank routing information for benefit payments.
IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the Department shall not disclose the existence of the application or this Order for one year.
Dated January 20, 2026.
BY THE COURT:
/s/ Lorraine T. Haskell
United States Magistrate Judge"""
    make_pdf(os.path.join(OUT, "bjjj08.pdf"), t, "serif")
    label("bjjj08", "born_digital", "AUSA cover letter with federal 2703(d) order to state UI agency",
          ("doj-usao", "United States Attorney's Office, District of Oregon", "Priya N. Venkataraman", "Assistant United States Attorney", "priya.venkataraman@usdoj.gov", "(503) 555-0116"),
          [("Brandon James McAllister", "1987-03-03")],
          ["18 USC 2703", "18 USC 2705", "18 USC 1343", "18 USC 641"], "court_order", None, True, "criminal_investigation",
          ["address", "phone", "email", "claims", "benefits"], "mail")


# ---------------------------------------------------------------- 09 scanned, ERO letter + I-200
@doc
def d09():
    t = """@C U.S. Immigration and Customs Enforcement
@C ERO Salt Lake City Field Office
@S 2975 Decker Lake Drive, West Valley City, UT 84119
@L
Date: 3 Feb 2026
To: Utah Driver License Division, Records Section, P.O. Box 144501, Salt Lake City, UT 84114

Subject: Address verification - Jesús Emilio GÓMEZ-ARRIAGA

Attached is a Warrant for Arrest of Alien (Form I-200) for the above individual. Request current and prior residential addresses, vehicle registration and the most recent license photograph. Utah DL# 0171 5532 9.

Tanner B. Olsen, Deportation Officer
801-555-0140 / tanner.b.olsen@ice.dhs.gov
\f@C U.S. DEPARTMENT OF HOMELAND SECURITY
@C WARRANT FOR ARREST OF ALIEN
File No. A 201 778 403                        Date: 01/30/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations
I have determined that there is probable cause to believe that GÓMEZ-ARRIAGA, Jesús Emilio (DOB 1985-10-09) is removable from the United States. This determination is based upon:
  [X] biometric confirmation of the subject's identity and a records check of federal databases;
  [X] statements made voluntarily by the subject to an immigration officer.
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.
(Signature of Authorized Immigration Officer)  /s/ Carlos D. Merino
(Printed Name and Title of Authorized Immigration Officer)  Carlos D. Merino, Supervisory Detention and Deportation Officer
@S Form I-200 (Rev. 09/16)"""
    make_scanned(os.path.join(OUT, "bjjj09.pdf"), t, "sans", rotate={1: 90})
    label("bjjj09", "scanned", "ERO cover note with Form I-200 warrant for arrest of alien; warrant page rotated 90",
          ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, ERO Salt Lake City Field Office", "Tanner B. Olsen", "Deportation Officer", "tanner.b.olsen@ice.dhs.gov", "801-555-0140"),
          [("Jesús Emilio Gómez-Arriaga", "1985-10-09", [("a_number", "A201778403"), ("license", "017155329")])],
          ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
          ["address", "vehicle", "photo"], "mail")


# ---------------------------------------------------------------- 10 eml, WSP trooper, plain
@doc
def d10():
    body = """DOL Records,

Working a hit and run with injury (RCW 46.52.020) from 2/14 on SR 512 near Puyallup. Witness got a partial plate and we've narrowed it to a registered owner. Could I get the DL photo, mailing address and any other vehicles registered to:

Aleksandr Petrovich Volkov, DOB 09/30/1977
WA DL WDL7Q2M4K91B

Also his wife if she shows as co-owner - Svetlana Volkova, DOB 06/12/1979.

WSP case 26-003381. Thanks for the help.

Tpr. Jared Lindqvist #1127
Washington State Patrol - District 1, Tacoma
(253) 555-0188
jared.lindqvist@wsp.wa.gov"""
    make_eml(os.path.join(OUT, "bjjj10.eml"), "Lindqvist, Jared (WSP) <jared.lindqvist@wsp.wa.gov>", "dolrecords@dol.wa.gov",
             "records req - hit and run 26-003381", "Tue, 17 Feb 2026 07:45:12 -0800", body=body)
    label("bjjj10", "eml", "informal plain-text email from state trooper, 2 subjects",
          ("state-police", "Washington State Patrol - District 1, Tacoma", "Jared Lindqvist", "Trooper", "jared.lindqvist@wsp.wa.gov", "(253) 555-0188"),
          [("Aleksandr Petrovich Volkov", "1977-09-30", [("license", "WDL7Q2M4K91B")]), ("Svetlana Volkova", "1979-06-12")],
          ["RCW 46.52.020"], "none", None, False, "criminal_investigation", ["photo", "address", "vehicle"], "email")


# ---------------------------------------------------------------- 11 fax, NY trial subpoena duces tecum
@doc
def d11():
    t = """OFFICE OF THE DISTRICT ATTORNEY, KINGS COUNTY
350 Jay Street, Brooklyn, NY 11201
FAX COVER SHEET
To: NYS DMV Legal Bureau, Records        Fax: 518-555-0107
From: ADA Olivia Brennan-Walsh, Trial Bureau 3     Phone: 718-555-0150
Pages (incl. cover): 2
Re: People v. Mohamed Abdi Hassan, Ind. No. 71244-25 - Trial subpoena
CONFIDENTIALITY: This facsimile is intended only for the addressee. If received in error call the sender.
\fSUPREME COURT OF THE STATE OF NEW YORK
COUNTY OF KINGS
THE PEOPLE OF THE STATE OF NEW YORK
        -against-                                Ind. No. 71244-25
MOHAMED ABDI HASSAN, Defendant.
SUBPOENA DUCES TECUM
THE PEOPLE OF THE STATE OF NEW YORK
TO: Records Access Officer, New York State Department of Motor Vehicles
WE COMMAND YOU, that all business and excuses being laid aside, you produce at Part 12 of this Court, 320 Jay Street, Brooklyn, on April 6, 2026 at 9:30 a.m., certified copies of the driver license abstract, license application photograph, and address history for MOHAMED ABDI HASSAN, date of birth January 15, 1994, NY client ID 912 448 307, to be used as evidence in a criminal action (robbery in the second degree, Penal Law § 160.10).
This subpoena is issued pursuant to CPL 610.20 and CPLR 2307. Records may be certified pursuant to CPLR 4518. Failure to comply is punishable as contempt of court under Judiciary Law § 2-b.
Dated: Brooklyn, New York, March 16, 2026
DANIEL R. OKONKWO, District Attorney, Kings County
By: /s/ Olivia Brennan-Walsh, Assistant District Attorney"""
    make_fax(os.path.join(OUT, "bjjj11.tiff"), t, "03/16/2026 15:22  KCDA TRIAL BUR 3  7185550151")
    label("bjjj11", "fax", "faxed NY DA trial subpoena duces tecum with cover sheet",
          ("district-attorney", "Office of the District Attorney, Kings County", "Olivia Brennan-Walsh", "Assistant District Attorney", None, "718-555-0150"),
          [("Mohamed Abdi Hassan", "1994-01-15", [("license", "912448307")])],
          ["NY PL 160.10", "NY CPL 610.20", "NY CPLR 2307", "NY CPLR 4518", "NY Jud Law 2-b"], "court_subpoena", None, True,
          "criminal_investigation", ["license", "photo", "address"], "fax")


# ---------------------------------------------------------------- 12 born_digital, Ohio prosecutor letter calling itself subpoena
@doc
def d12():
    t = """@C FRANKLIN COUNTY PROSECUTING ATTORNEY
@C Economic Crimes Unit
@S 373 South High Street, 14th Floor, Columbus, Ohio 43215  ·  (614) 555-0124
@L
March 4, 2026

Ohio Department of Job and Family Services
Office of Legal Services - Records
30 East Broad Street, Columbus, Ohio 43215

@B PROSECUTOR'S SUBPOENA REQUEST - Investigation No. ECU-26-0093

Dear Records Custodian:

Please treat this letter as our office's investigative subpoena request. This office is investigating the theft of public assistance funds (R.C. 2913.02 and R.C. 2913.44) and requests that you provide, without the necessity of a formal court subpoena, copies of the benefit applications, issuance histories and current addresses for:

   Tiffany Marie Kowalski           DOB 11/02/1990
   Reginald D. Ashworth             DOB 04/27/1986

If your agency requires a subpoena issued by the clerk of the Court of Common Pleas, please call me and one will be obtained. No court process is enclosed with this letter.

Sincerely,

Marcus L. Whitfield
Assistant Prosecuting Attorney
mlwhitfield@franklincountyohio.gov

cc: Inv. Dana Kessler, Franklin County Sheriff's Office"""
    make_pdf(os.path.join(OUT, "bjjj12.pdf"), t, "sans")
    label("bjjj12", "born_digital", "look-alike: county prosecutor letter calling itself a subpoena request, no process enclosed",
          ("district-attorney", "Franklin County Prosecuting Attorney, Economic Crimes Unit", "Marcus L. Whitfield", "Assistant Prosecuting Attorney", "mlwhitfield@franklincountyohio.gov", "(614) 555-0124"),
          [("Tiffany Marie Kowalski", "1990-11-02"), ("Reginald D. Ashworth", "1986-04-27")],
          ["ORC 2913.02", "ORC 2913.44"], "none", None, False, "criminal_investigation", ["benefits", "claims", "address"], "mail")


# ---------------------------------------------------------------- 13 eml, ERO email with I-205 JPEG
@doc
def d13():
    w = """@C U.S. DEPARTMENT OF HOMELAND SECURITY
@C WARRANT OF REMOVAL/DEPORTATION
File No: A 098 551 216                    Date: 02/24/2026
To any immigration officer of the United States Department of Homeland Security:
NGUYEN, Van Thanh   DOB: 1982-05-19
who entered the United States at Los Angeles, CA on 06/02/2004, is subject to removal/deportation from the United States, based upon a final order by:
  [X] an immigration judge in exclusion, deportation, or removal proceedings
  [ ] a designated official
  [ ] the Board of Immigration Appeals
  [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(2)(A)(iii).
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States, hereby command you to take into custody and remove from the United States the above-named alien.
/s/ Gregory P. Lindahl, Assistant Field Office Director, Seattle
@S Form I-205 (8/07)"""
    body = """Hi,

Please find the I-205 attached for Van Thanh NGUYEN (A098551216). He has a final order and we are trying to locate him. Can you confirm any current address, phone number and the employer on his most recent wage filing? Authority: 8 U.S.C. 1231 and 8 U.S.C. 1357.

Thank you,
Heather Sandoval
Deportation Officer | ICE ERO Seattle – Tukwila Sub-Office
(206) 555-0173
heather.sandoval@ice.dhs.gov"""
    make_eml(os.path.join(OUT, "bjjj13.eml"), "Sandoval, Heather <heather.sandoval@ice.dhs.gov>", "publicrecords@esd.wa.gov",
             "Locate - A098551216", "Wed, 25 Feb 2026 11:30:40 -0800", body=body,
             attachments=[(image_of(w, "JPEG", "serif"), "image/jpeg", "I205_scan.jpg")])
    label("bjjj13", "eml", "ERO email with photographed Form I-205 warrant of removal (JPEG) attached",
          ("dhs-ice-ero", "ICE ERO Seattle – Tukwila Sub-Office", "Heather Sandoval", "Deportation Officer", "heather.sandoval@ice.dhs.gov", "(206) 555-0173"),
          [("Van Thanh Nguyen", "1982-05-19", [("a_number", "A098551216")])],
          ["8 USC 1231", "8 USC 1357", "INA 237"], "administrative_warrant", "I-205", True, "civil_immigration",
          ["address", "phone", "employment"], "email")


# ---------------------------------------------------------------- 14 txt, sheriff portal request, unknown purpose
@doc
def d14():
    t = """From the MVD Law Enforcement Request queue (copied from portal, ticket #LE-55021)
----------------------------------------------------------------------
Requesting agency ......: Canyon County Sheriff's Office
Officer ................: Deputy Brett A. Halvorsen
Phone ..................: 208-555-0131
E-mail .................: bhalvorsen@canyoncounty.id.gov
Date ...................: 19 March 2026

Please provide current address of record for:
   SOTO-VILLALOBOS, Ana Lucía     DOB 2001-03-08    ID DL# SV114508K

Reason: (left blank)
Case/Reference #: (left blank)
Notes: "need a good address for her - thx"
----------------------------------------------------------------------
"""
    open(os.path.join(OUT, "bjjj14.txt"), "w", encoding="utf-8").write(t)
    label("bjjj14", "txt", "portal ticket from sheriff deputy asking only for an address, no reason given",
          ("sheriff", "Canyon County Sheriff's Office", "Brett A. Halvorsen", "Deputy", "bhalvorsen@canyoncounty.id.gov", "208-555-0131"),
          [("Ana Lucía Soto-Villalobos", "2001-03-08", [("license", "SV114508K")])],
          [], "none", None, False, "unknown", ["address"], "email")


# ---------------------------------------------------------------- 15 born_digital, CBP Form 3115 summons
@doc
def d15():
    t = """@C DEPARTMENT OF HOMELAND SECURITY
@C U.S. Customs and Border Protection
@C SUMMONS
@S 19 U.S.C. 1509
@L
To: Texas Workforce Commission, Custodian of Records, 101 East 15th Street, Austin, TX 78778
Summons No.: LRD-OFO-26-0027

In the matter of: Investigation of the importation of merchandise contrary to law (18 U.S.C. § 545) through the Port of Laredo.

YOU ARE HEREBY SUMMONED AND REQUIRED to appear before Supervisory CBP Officer Leticia M. Garza, an officer of U.S. Customs and Border Protection, at 709 E. Saunders Street, Laredo, TX 78041, on April 14, 2026 at 10:00 a.m., to give testimony and to produce the following records: quarterly wage reports filed for or by the following persons, and all employer account records for Rio Bravo Logistics LLC:

   - Arturo Benítez Quiroga, DOB 22 Jul 1975
   - Marisol Quiroga de Benítez, DOB 03 Feb 1978

Production of certified copies by mail on or before the date above will be accepted in lieu of appearance.

Failure to comply with this summons will render you liable to proceedings in the United States District Court to enforce compliance with this summons, as well as other sanctions, under 19 U.S.C. 1510.

Issued at Laredo, Texas, this 16th day of March, 2026.
/s/ Leticia M. Garza
Supervisory CBP Officer, Office of Field Operations, Laredo Field Office
Tel 956-555-0196  |  leticia.garza@cbp.dhs.gov
@S CBP Form 3115 (4/18)"""
    make_pdf(os.path.join(OUT, "bjjj15.pdf"), t, "sans")
    label("bjjj15", "born_digital", "CBP Form 3115 customs summons for wage records, enforcement clause, 2 subjects",
          ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Laredo Field Office", "Leticia M. Garza", "Supervisory CBP Officer", "leticia.garza@cbp.dhs.gov", "956-555-0196"),
          [("Arturo Benítez Quiroga", "1975-07-22"), ("Marisol Quiroga de Benítez", "1978-02-03")],
          ["19 USC 1509", "18 USC 545", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115", True, "criminal_investigation",
          ["wages", "employment"], "mail")


# ---------------------------------------------------------------- 16 scanned, Texas search warrant with affidavit and return
@doc
def d16():
    t = """@C EL PASO POLICE DEPARTMENT
@C Crimes Against Persons Unit
@S 911 N. Raynor St., El Paso, Texas 79903
@L
March 2, 2026
Texas Department of Public Safety, Driver License Division - Records
Re: Search Warrant, EPPD Case 26-045512

Attached is a signed search warrant issued by the 171st District Court for driver license records, photographs and vehicle information for the two persons named. Please contact me when ready.
Det. Ricardo Salcido-Ponce, #2287   915-555-0158   salcidopr@elpasotexas.gov
\f@C THE STATE OF TEXAS                  §        IN THE 171ST DISTRICT COURT
@C COUNTY OF EL PASO                  §        Warrant No. SW-26-1184
@C SEARCH WARRANT
THE STATE OF TEXAS: To the Sheriff or any Peace Officer of El Paso County, Texas, GREETINGS:
WHEREAS, the Affiant, whose name appears on the affidavit attached hereto, is a peace officer under Tex. Code Crim. Proc. art. 2.12, and did heretofore this day subscribe and swear to said affidavit before me, and whereas I find that the verified facts stated by Affiant in said affidavit show that Affiant has probable cause for the belief he expresses therein and establishes existence of proper grounds for issuance of this Warrant under article 18.02;
NOW, THEREFORE, you are commanded to search the records of the Texas Department of Public Safety for all driver license applications, photographs, addresses, and vehicle records pertaining to:
   Luis Fernando CASTAÑEDA RÍOS, W/M, DOB 10/04/1998, TX DL 41129087
   Kevin Duane PRUITT, W/M, DOB 02/21/1995, TX DL 37750214
relating to the offense of Aggravated Assault, Tex. Penal Code § 22.02.
HEREIN FAIL NOT, and due return make hereof.
WITNESS MY SIGNATURE on this the 1st day of March, 2026, at 4:10 o'clock p.m.
/s/ Hon. Marcela Duarte, Judge, 171st District Court, El Paso County, Texas
\f@C AFFIDAVIT FOR SEARCH WARRANT (summary page)
Affiant Det. Ricardo Salcido-Ponce states that on February 26, 2026 victim Oscar Menchaca was struck with a bat outside 4100 Alameda Ave. Witness Gloria Treviño identified the suspects' vehicle.
@C OFFICER'S RETURN AND INVENTORY
Came to hand the 1st day of March, 2026 and executed the ____ day of ______, 2026 by delivery to the Texas Department of Public Safety.
Officer: ______________________"""
    make_scanned(os.path.join(OUT, "bjjj16.pdf"), t, "serif")
    label("bjjj16", "scanned", "municipal detective cover + Texas district court search warrant, affidavit summary and return; victim and witness named",
          ("local-police", "El Paso Police Department, Crimes Against Persons Unit", "Ricardo Salcido-Ponce", "Detective", "salcidopr@elpasotexas.gov", "915-555-0158"),
          [("Luis Fernando Castañeda Ríos", "1998-10-04", [("license", "41129087")]), ("Kevin Duane Pruitt", "1995-02-21", [("license", "37750214")])],
          ["TX CCP 2.12", "TX CCP 18.02", "TX PC 22.02"], "judicial_warrant", None, True, "criminal_investigation",
          ["license", "photo", "address", "vehicle"], "mail")


# ---------------------------------------------------------------- 17 eml, FBI TFO informal, html+text
@doc
def d17():
    body = """Morning Kim,

Hope things are good over at DHS. Quick one for you - we're looking at two guys for a string of armed bank robberies (18 USC 2113) across the metro. Anything you have on addresses, phones, or who they're getting benefits through would help:

1) Abdullahi Osman Jama - 1999-12-02
2) Tyrell K. Washington - 2000-07-19

No paper on this yet, it's early. Happy to do a formal letter if you need one.

Mike

--
Michael P. O'Rourke
Task Force Officer, FBI Minneapolis Safe Streets Task Force
Minneapolis Police Department
Office 612-555-0114  Cell 612-555-0186
mporourke@fbi.gov"""
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in body.replace("\n", "<br>").split("<br><br>")) + "</body></html>"
    make_eml(os.path.join(OUT, "bjjj17.eml"), "O'Rourke, Michael P. (MP) (TFO) <mporourke@fbi.gov>", "kim.thao@state.mn.us",
             "two names", "Thu, 5 Mar 2026 08:14:22 -0600", body=body, html=html, cc="Sgt. Laura Engstrom <laura.engstrom@minneapolismn.gov>")
    label("bjjj17", "eml", "informal FBI task force officer email to a human services contact, 2 subjects, cc a police sergeant",
          ("doj-fbi", "FBI Minneapolis Safe Streets Task Force", "Michael P. O'Rourke", "Task Force Officer", "mporourke@fbi.gov", "612-555-0114"),
          [("Abdullahi Osman Jama", "1999-12-02"), ("Tyrell K. Washington", "2000-07-19")],
          ["18 USC 2113"], "none", None, False, "criminal_investigation", ["address", "phone", "benefits"], "email")


# ---------------------------------------------------------------- 18 born_digital, AUSA cover + AO 110
@doc
def d18():
    t = """@C UNITED STATES ATTORNEY'S OFFICE
@C EASTERN DISTRICT OF NORTH CAROLINA
@S 150 Fayetteville Street, Suite 2100, Raleigh, North Carolina 27601
@L
March 9, 2026

VIA CERTIFIED MAIL
N.C. Division of Motor Vehicles, Custodian of Records, 3101 Mail Service Center, Raleigh, NC 27699-3101

Re: Grand Jury Subpoena No. 26-GJ-0208

Dear Custodian:

Enclosed is a federal grand jury subpoena. In lieu of appearing, you may comply by mailing certified records with the enclosed business-records certification (Fed. R. Evid. 902(11)) to Special Agent Craig Dunham, U.S. Secret Service, by the return date. You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation. Fed. R. Crim. P. 6(e) governs grand jury secrecy.

Sincerely,
/s/ Jonathan W. Ellery
Assistant United States Attorney
(919) 555-0103 | jonathan.ellery@usdoj.gov
\f@S AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
@C UNITED STATES DISTRICT COURT
@C for the Eastern District of North Carolina
@C SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, N.C. Division of Motor Vehicles
YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.
Place: Terry Sanford Federal Building, 310 New Bern Ave., Raleigh, NC     Date and Time: 04/07/2026 9:00 am
You must also bring with you the following documents: All driver license and identification card applications, photographs, address histories, and supporting identity documents submitted for:
   Shaquille Dontae BARNES, DOB 08/11/1992
   Elena Mihaela POPESCU, DOB 05/05/1989
(investigation of 18 U.S.C. §§ 1028 and 1028A)
Date: 03/05/2026          CLERK OF COURT   /s/ Deputy Clerk
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are: Jonathan W. Ellery, AUSA, 150 Fayetteville St., Raleigh, NC 27601, jonathan.ellery@usdoj.gov, (919) 555-0103"""
    make_pdf(os.path.join(OUT, "bjjj18.pdf"), t, "serif")
    label("bjjj18", "born_digital", "AUSA cover letter and AO 110 federal grand jury subpoena, 2 subjects",
          ("doj-usao", "United States Attorney's Office, Eastern District of North Carolina", "Jonathan W. Ellery", "Assistant United States Attorney", "jonathan.ellery@usdoj.gov", "(919) 555-0103"),
          [("Shaquille Dontae Barnes", "1992-08-11"), ("Elena Mihaela Popescu", "1989-05-05")],
          ["FRE 902", "FRCrP 6", "18 USC 1028", "18 USC 1028A"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
          ["license", "photo", "address", "identity_documents"], "mail")


# ---------------------------------------------------------------- 19 fax, IRS summons
@doc
def d19():
    t = """Form 2039 (Rev. 12-2023)          Department of the Treasury - Internal Revenue Service
                                    Summons
In the matter of: Ravindra Kumar SHARMA and Deepa SHARMA, 4418 Meadow Lark Ln, Plano, TX
Internal Revenue Service (Identify Division): Criminal Investigation
Industry/Area: Dallas Field Office     Periods: tax years 2021 through 2024
The Commissioner of Internal Revenue
To: Custodian of Records, Texas Workforce Commission
At: 101 East 15th Street, Austin, TX 78778
You are hereby summoned and required to appear before Special Agent Connor J. Whitaker, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown:
  All employer quarterly wage reports (TWC Form C-3) listing Ravindra Kumar Sharma (DOB 1974-09-14, SSN xxx-xx-8120) or Deepa Sharma (DOB 1977-01-30, SSN xxx-xx-5546), and the employer account file for Sharma Infotech Solutions LLC.
Place and time for appearance: 1100 Commerce St., Dallas, TX 75242 on April 20, 2026 at 10 o'clock a.m.
Issued under authority of the Internal Revenue Code this 18th day of March, 2026.
/s/ Connor J. Whitaker      Special Agent      Phone 214-555-0137
/s/ Melissa A. Grant        Supervisory Special Agent
\fPart C - Provisions of the Internal Revenue Code
Sec. 7602. Examination of books and witnesses. (a) Authority to summon, etc. ... (b) Purpose may include inquiry into offense. The purposes for which the Secretary may take any action described in paragraph (1), (2), or (3) of subsection (a) include the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws.
Sec. 7603. Service of summons.
Sec. 7604. Enforcement of summons. (a) Jurisdiction of district court. If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production.
Sec. 7210. Failure to obey summons."""
    make_fax(os.path.join(OUT, "bjjj19.tiff"), t, "2026-03-18 13:05 IRS-CI DALLAS FO  +1 214 555 0138")
    label("bjjj19", "fax", "faxed IRS Form 2039 summons from Criminal Investigation with printed Code provisions, 2 subjects",
          ("irs-ci", "Internal Revenue Service, Criminal Investigation, Dallas Field Office", "Connor J. Whitaker", "Special Agent", None, "214-555-0137"),
          [("Ravindra Kumar Sharma", "1974-09-14", [("ssn_last4", "8120")]), ("Deepa Sharma", "1977-01-30", [("ssn_last4", "5546")])],
          ["26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7210"], "administrative_subpoena", "Form 2039", True, "criminal_investigation",
          ["wages", "employment"], "fax")


# ---------------------------------------------------------------- 20 eml, forwarded rfc822 ERO request
@doc
def d20():
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = "Dmitri Sokolov <dmitri.sokolov@ice.dhs.gov>"
    inner["To"] = "cdhs_info@state.co.us"
    inner["Subject"] = "Records request"
    inner["Date"] = "Mon, 09 Mar 2026 09:12:00 -0600"
    inner.set_content("""To the Colorado Department of Human Services,

ICE Enforcement and Removal Operations requests, for official use, any current address, telephone number and household composition on file for the following individual:

Rosa Elena CHÁVEZ DE LEÓN
Date of Birth: 25 November 1987
A-Number: A 212 339 018

Thank you for your assistance.

Dmitri Sokolov
Deportation Officer
ICE ERO Denver - Grand Junction
970-555-0121
""")
    body = """FYI - this came in to the general mailbox. Forwarding to the records unit for logging and review per the 24-74 policy. I have not responded.

Beth Arnaud
Constituent Services, CDHS
"""
    make_eml(os.path.join(OUT, "bjjj20.eml"), "Beth Arnaud <beth.arnaud@state.co.us>", "cdhs_records@state.co.us",
             "Fwd: Records request", "Mon, 09 Mar 2026 11:47:31 -0600", body=body, forward=inner)
    label("bjjj20", "eml", "internal forward with original ERO request attached as message/rfc822",
          ("dhs-ice-ero", "ICE ERO Denver - Grand Junction", "Dmitri Sokolov", "Deportation Officer", "dmitri.sokolov@ice.dhs.gov", "970-555-0121"),
          [("Rosa Elena Chávez de León", "1987-11-25", [("a_number", "A212339018")])],
          [], "none", None, False, "civil_immigration", ["address", "phone", "other"], "email")


# ---------------------------------------------------------------- 21 born_digital, notice of hearing look-alike
@doc
def d21():
    t = """@C OFFICE OF THE DISTRICT ATTORNEY
@C EIGHTEENTH JUDICIAL DISTRICT
@S 6450 S. Revere Parkway, Centennial, Colorado 80111
@L
March 12, 2026

Colorado Department of Labor and Employment
Unemployment Insurance - Legal Records
633 17th Street, Suite 201, Denver, CO 80202

Re: People v. Trinh Quang Vu, Arapahoe County District Court Case No. 25CR4417

Dear Custodian:

Enclosed is the court's Notice of Hearing on the People's Motion for Production of Records under Crim. P. 17(c). The hearing will address whether your Department must produce the unemployment claim file and wage history of the defendant, Trinh Quang Vu (DOB 01/09/1985), charged with theft, C.R.S. § 18-4-401, and forgery, C.R.S. § 18-5-102. No order has yet been entered. You are not required to produce records before the court rules, but we ask that you preserve them and, if your agency does not object, provide them voluntarily under C.R.S. § 8-72-107.

Sincerely,
Hannah J. Lindgren
Deputy District Attorney
(720) 555-0142 | hlindgren@da18.org

@L
@C DISTRICT COURT, ARAPAHOE COUNTY, COLORADO
THE PEOPLE OF THE STATE OF COLORADO v. TRINH QUANG VU       Case No. 25CR4417   Div. 202
@C NOTICE OF HEARING
PLEASE TAKE NOTICE that the People's Motion for Production of Records from the Colorado Department of Labor and Employment is set for hearing on April 2, 2026 at 1:30 p.m. in Division 202, Arapahoe County Justice Center. Any person or agency whose records are sought may appear and be heard.
Dated: March 10, 2026.   CLERK OF THE COURT, by /s/ T. Marquez, Deputy Clerk"""
    make_pdf(os.path.join(OUT, "bjjj21.pdf"), t, "serif")
    label("bjjj21", "born_digital", "look-alike: DA letter enclosing a court notice of hearing on a motion for production; no order yet",
          ("district-attorney", "Office of the District Attorney, Eighteenth Judicial District", "Hannah J. Lindgren", "Deputy District Attorney", "hlindgren@da18.org", "(720) 555-0142"),
          [("Trinh Quang Vu", "1985-01-09")],
          ["CO CrimP 17", "CRS 18-4-401", "CRS 18-5-102", "CRS 8-72-107"], "none", None, False, "criminal_investigation",
          ["claims", "wages"], "mail")


# ---------------------------------------------------------------- 22 scanned, California court order
@doc
def d22():
    t = """@C SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO
THE PEOPLE OF THE STATE OF CALIFORNIA,                  Case No. F25907731
        Plaintiff,
   v.                                                   [PROPOSED] ORDER FOR
JOSÉ ANTONIO MÉNDEZ-ZAMORA,                             RELEASE OF RECORDS
        Defendant.                                      (Unemp. Ins. Code § 1095;
                                                         Evid. Code § 1560)
Upon the application of the People, by Deputy District Attorney Grace Y. Lin, and good cause appearing,
IT IS HEREBY ORDERED that the Employment Development Department shall release to the Fresno County District Attorney's Office, Bureau of Investigations, the following records for JOSÉ ANTONIO MÉNDEZ-ZAMORA, born June 11, 1979, SSN ending 2284:
   1. All base-period wage records reported from 2022 to the present;
   2. All unemployment and disability insurance claim files, including addresses and telephone numbers listed.
Records shall be delivered in a sealed envelope in compliance with Evidence Code sections 1560 and 1561. The records are sought in the prosecution of insurance fraud, Penal Code § 550, and perjury, Penal Code § 118.
IT IS SO ORDERED.
Dated: February 26, 2026             /s/ Hon. Robert K. Ashdown
                                     Judge of the Superior Court
\f@C FRESNO COUNTY DISTRICT ATTORNEY - BUREAU OF INVESTIGATIONS
2100 Tulare Street, Fresno, CA 93721
Transmittal: Attached signed order, Case No. F25907731. Please send records to Senior D.A. Investigator Rafael Quintanilla, (559) 555-0169, rquintanilla@fresnocountyca.gov. Requested by DDA Grace Y. Lin, (559) 555-0165.
Date: 03/02/2026"""
    make_scanned(os.path.join(OUT, "bjjj22.pdf"), t, "serif")
    label("bjjj22", "scanned", "California superior court order for EDD records with DA transmittal",
          ("district-attorney", "Fresno County District Attorney - Bureau of Investigations", "Grace Y. Lin", "Deputy District Attorney", None, "(559) 555-0165"),
          [("José Antonio Méndez-Zamora", "1979-06-11", [("ssn_last4", "2284")])],
          ["CA UI Code 1095", "CA Evid Code 1560", "CA Evid Code 1561", "CA PC 550", "CA PC 118"], "court_order", None, True,
          "criminal_investigation", ["wages", "claims", "address", "phone"], "mail")


# ---------------------------------------------------------------- 23 eml, HTML-only, unsigned warrant application attached
@doc
def d23():
    app = """@C IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
@C COMPLAINT FOR SEARCH WARRANT  (DRAFT - NOT YET PRESENTED)
Complainant Officer Daniel Wiśniewski, Star #14402, Chicago Police Department, now appears before the undersigned judge and requests the issuance of a search warrant to search the records of the Illinois Department of Employment Security for wage and claimant records of:
   GRABOWSKI, Tomasz Piotr   DOB 1991-04-16
which constitute evidence of the offense of Unemployment Insurance Fraud, 820 ILCS 405/900, and theft, 720 ILCS 5/16-1.
Complainant says that he has probable cause to believe, based upon the following facts, that the above listed things to be seized are now located upon the records described: [affidavit text to be completed]
Signature of Complainant: ______________________
Subscribed and sworn before me on ____________, 2026
_____________________________ Judge          Judge's No. ______
@C SEARCH WARRANT — [UNSIGNED]"""
    html = """<html><body><div style="font-family:Calibri">
<p>Good morning,</p>
<p>I am preparing a search warrant for IDES records on <b>Tomasz Piotr Grabowski</b> (DOB 04/16/1991), attached is the draft complaint. Before I take it to the judge could you confirm that you have wage records and a claimant file for him so the warrant is accurate? If you can send his current employer and address now that would help us move faster.</p>
<p>Thank you,</p>
<p>P.O. Daniel Wiśniewski #14402<br>Chicago Police Department - Bureau of Detectives, Area Five Financial Crimes<br>312-555-0109<br>daniel.wisniewski@chicagopolice.org</p>
</div></body></html>"""
    make_eml(os.path.join(OUT, "bjjj23.eml"), "Daniel Wisniewski <daniel.wisniewski@chicagopolice.org>", "ides.legal@illinois.gov",
             "Pre-warrant inquiry - Grabowski", "Fri, 13 Mar 2026 09:03:18 -0500", html=html,
             attachments=[(pdf_bytes(app, "sans"), "application/pdf", "DRAFT_complaint_search_warrant.pdf")])
    label("bjjj23", "eml", "look-alike: HTML-only police email attaching a draft, unsigned search warrant complaint",
          ("local-police", "Chicago Police Department - Bureau of Detectives, Area Five Financial Crimes", "Daniel Wiśniewski", "Police Officer", "daniel.wisniewski@chicagopolice.org", "312-555-0109"),
          [("Tomasz Piotr Grabowski", "1991-04-16")],
          ["820 ILCS 405/900", "720 ILCS 5/16-1"], "none", None, False, "criminal_investigation",
          ["wages", "claims", "employment", "address"], "email")


# ---------------------------------------------------------------- 24 txt, DOL OIG web form
@doc
def d24():
    t = """Subject: [Web Form] Law Enforcement Data Request
Form: NVDETR-LE-01
Received: 03/20/2026 14:02

Agency Name: U.S. Department of Labor, Office of Inspector General - Office of Investigations, Labor Racketeering and Fraud (San Francisco Region)
Requesting Official: Special Agent Jennifer Oyelaran-Baker
Title: Special Agent
Email: oyelaran-baker.jennifer@oig.dol.gov
Telephone: 415-555-0125

Person(s) of interest:
 (1) BOGDANOVIĆ, Nikola  /  DOB: 1984-02-29  /  SSN last 4: 7730
 (2) Marcus Antoine Delacroix  /  DOB: 1990-10-10  /  SSN last 4: 0412

Information requested: UI claim history, IP addresses used to file claims, bank deposit accounts, mailing addresses.

Basis for request: Investigation of unemployment insurance fraud involving identity theft, 18 U.S.C. 1343, 18 U.S.C. 1028A. Disclosure permitted under 20 C.F.R. 603.5(i) and NRS 612.265.

Is legal process attached? No
"""
    open(os.path.join(OUT, "bjjj24.txt"), "w", encoding="utf-8").write(t)
    label("bjjj24", "txt", "web form submission from DOL OIG special agent, 2 subjects",
          ("dol-oig", "U.S. Department of Labor, Office of Inspector General - Office of Investigations", "Jennifer Oyelaran-Baker", "Special Agent", "oyelaran-baker.jennifer@oig.dol.gov", "415-555-0125"),
          [("Nikola Bogdanović", "1984-02-29", [("ssn_last4", "7730")]), ("Marcus Antoine Delacroix", "1990-10-10", [("ssn_last4", "0412")])],
          ["18 USC 1343", "18 USC 1028A", "20 CFR 603.5", "NRS 612.265"], "none", None, False, "criminal_investigation",
          ["claims", "address", "other"], "email")


# ---------------------------------------------------------------- 25 born_digital, AO 88B civil
@doc
def d25():
    t = """@S AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
@C UNITED STATES DISTRICT COURT
@C for the District of Colorado
Ashley N. Brennan, Plaintiff
    v.                                            Civil Action No. 1:25-cv-02871-RMR
Peak Summit Logistics, Inc., Defendant
@C SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
@C OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION
To: Custodian of Records, Colorado Department of Labor and Employment, 633 17th Street, Denver, CO 80202
[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents: the complete unemployment insurance claim file, including separation information and wage records, for Hyun-woo Park (date of birth 1992-12-05), former employee of Peak Summit Logistics, Inc.
Place: Holloway & Straub LLP, 1700 Lincoln St., Suite 3100, Denver, CO 80203     Date and Time: 04/15/2026 10:00 am
The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.
Date: 03/06/2026          CLERK OF COURT  OR   /s/ Evan R. Holloway
                                                      Attorney's signature
The name, address, e-mail address, and telephone number of the attorney representing Peak Summit Logistics, Inc., who issues or requests this subpoena, are: Evan R. Holloway, Holloway & Straub LLP, 1700 Lincoln St., Suite 3100, Denver, CO 80203; eholloway@hollowaystraub.com; (303) 555-0193.
Notice to the person who issues or requests this subpoena: A notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
@S Note: the claimant's confidentiality is governed by C.R.S. § 8-72-107 and 20 C.F.R. Part 603."""
    make_pdf(os.path.join(OUT, "bjjj25.pdf"), t, "sans", size=9)
    label("bjjj25", "born_digital", "AO 88B civil subpoena issued by defense attorney in employment suit",
          ("other", "Holloway & Straub LLP", "Evan R. Holloway", "Attorney", "eholloway@hollowaystraub.com", "(303) 555-0193"),
          [("Hyun-woo Park", "1992-12-05")],
          ["FRCP 45", "CRS 8-72-107", "20 CFR 603"], "court_subpoena", "AO 88B", True, "unknown",
          ["claims", "wages", "employment"], "mail")


# ---------------------------------------------------------------- 26 fax, I-247N
@doc
def d26():
    t = """DHS Form I-247N (3/17)
DEPARTMENT OF HOMELAND SECURITY
REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
Subject ID: 460011873        Event #: SNA2602000419        File No: A 078 902 644
TO: Oregon Department of Corrections, Snake River Correctional Institution, Ontario, OR
FROM: ICE ERO Portland Sub-Office, 4310 SW Macadam Ave, Portland, OR 97239
Name of Alien: ABDI, Fartun Hassan          Date of Birth: Aug 14, 1990      Citizenship: Somalia
DHS HAS REASON TO BELIEVE THE ALIEN IS REMOVABLE because of a conviction and the pendency of ongoing removal proceedings.
IT IS REQUESTED THAT YOU: Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please relay the release date and time and the address to which the inmate will be released.
This request does not request or authorize that you detain the subject beyond the time he/she is currently scheduled for release from your custody.
Authority: sections 236 and 287 of the Immigration and Nationality Act; 8 CFR 236.1 and 287.7.
/s/ Owen T. Maguire, Deportation Officer      Tel: 503-555-0112     03/03/2026"""
    make_fax(os.path.join(OUT, "bjjj26.tiff"), t, "MAR 03 2026 10:51AM  ICE ERO PDX  5035550113")
    label("bjjj26", "fax", "faxed DHS Form I-247N request for voluntary notification of release",
          ("dhs-ice-ero", "ICE ERO Portland Sub-Office", "Owen T. Maguire", "Deportation Officer", None, "503-555-0112"),
          [("Fartun Hassan Abdi", "1990-08-14", [("a_number", "A078902644")])],
          ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247N", False, "civil_immigration",
          ["other", "address"], "fax")


# ---------------------------------------------------------------- 27 eml, USMS fugitive
@doc
def d27():
    body = """Good afternoon,

The U.S. Marshals Service, District of New Mexico, is attempting to locate a federal fugitive wanted on a warrant for supervised release violation (original conviction 21 U.S.C. 841). We request the most recent address, vehicle registrations and license photo for:

    Name: Estévez Paredes, Héctor Manuel
    DOB:  1986-03-27
    NM DL 150992384

This request is made pursuant to 28 U.S.C. 566(e) and 18 U.S.C. 3053. Please treat as Law Enforcement Sensitive.

Respectfully,

Deputy U.S. Marshal Colleen F. Abernathy
U.S. Marshals Service - District of New Mexico
Southwest Investigative Fugitive Team
O: 505-555-0144 | colleen.abernathy@usdoj.gov
"""
    make_eml(os.path.join(OUT, "bjjj27.eml"), "\"Abernathy, Colleen (USMS)\" <colleen.abernathy@usdoj.gov>", "mvd.lawenforcement@dps.nm.gov",
             "USMS Locate Request - Estevez Paredes", "Tue, 24 Mar 2026 13:20:00 -0600", body=body)
    label("bjjj27", "eml", "US Marshals fugitive locate email, statutes cited, no process attached",
          ("doj-usms", "U.S. Marshals Service - District of New Mexico", "Colleen F. Abernathy", "Deputy U.S. Marshal", "colleen.abernathy@usdoj.gov", "505-555-0144"),
          [("Héctor Manuel Estévez Paredes", "1986-03-27", [("license", "150992384")])],
          ["21 USC 841", "28 USC 566", "18 USC 3053"], "none", None, False, "criminal_investigation",
          ["address", "vehicle", "photo"], "email")


# ---------------------------------------------------------------- 28 born_digital, tax distraint warrant look-alike
@doc
def d28():
    t = """@C COLORADO DEPARTMENT OF REVENUE
@C Taxation Division - Collections Section
@S P.O. Box 17087, Denver, CO 80217-0087  |  Phone 303-555-0138
@L
@C DISTRAINT WARRANT
@C (Tax Warrant for Collection of Delinquent Taxes)
Taxpayer: Oksana V. Melnyk, d/b/a Melnyk Cleaning Services
Account No.: 48-99120-0002           Warrant No.: DW-26-005517
Amount due (tax, penalty, interest): $14,882.17

TO ANY AUTHORIZED AGENT OF THE EXECUTIVE DIRECTOR OF THE DEPARTMENT OF REVENUE:
Pursuant to C.R.S. § 39-21-114, you are authorized to levy upon and distrain the goods, chattels, and effects of the above-named taxpayer to satisfy the delinquency. This warrant is issued by the Executive Director and has the force of a writ of execution; it is not issued by a court.

Request to Colorado Department of Labor and Employment: To assist in collection, please provide the name and address of the taxpayer's current employer(s) and most recent quarterly wages reported for Oksana V. Melnyk, DOB 1981-07-04, as permitted by C.R.S. § 39-21-113(4).

Issued 03/18/2026.
/s/ Jerome T. Baca
Revenue Agent III, Collections Section
jerome.baca@state.co.us"""
    make_pdf(os.path.join(OUT, "bjjj28.pdf"), t, "sans")
    label("bjjj28", "born_digital", "look-alike: state revenue distraint (tax collection) warrant with employer/wage request",
          ("other", "Colorado Department of Revenue, Taxation Division - Collections Section", "Jerome T. Baca", "Revenue Agent III", "jerome.baca@state.co.us", "303-555-0138"),
          [("Oksana V. Melnyk", "1981-07-04")],
          ["CRS 39-21-114", "CRS 39-21-113"], "none", None, False, "unknown", ["employment", "wages"], "mail")


# ---------------------------------------------------------------- 29 scanned, Illinois arrest warrant + sheriff letter
@doc
def d29():
    t = """@C WILL COUNTY SHERIFF'S OFFICE
@C Warrants Division
@S 16911 W. Laraway Road, Joliet, IL 60433
@L
March 23rd, 2026
Illinois Secretary of State, Driver Services Department - Records
Re: Arrest warrant service, 26 CF 000612

Please provide the most recent license photograph and address on file for the defendant named in the attached arrest warrant so deputies can serve it.
Sgt. Patrick J. Dombrowski, Warrants Division, (815) 555-0117, pdombrowski@willcountysheriff.gov
\f@C IN THE CIRCUIT COURT OF THE TWELFTH JUDICIAL CIRCUIT
@C WILL COUNTY, ILLINOIS
PEOPLE OF THE STATE OF ILLINOIS v. DARNELL RAY HUTCHINS             No. 26 CF 000612
@C WARRANT FOR ARREST
To all peace officers in the State: On the written complaint on oath, which has been filed charging Darnell Ray Hutchins, DOB 11-17-1988, M/B, Illinois DL H325-7718-8322, with the offense of Residential Burglary, 720 ILCS 5/19-3, you are commanded to arrest the defendant and bring him without unnecessary delay before this court, as provided by 725 ILCS 5/107-9.
Bail fixed at $50,000 (10% to apply).
Date: 03/20/2026             /s/ Hon. Theresa M. Kowalczyk, Judge"""
    make_scanned(os.path.join(OUT, "bjjj29.pdf"), t, "serif", rotate={0: 180})
    label("bjjj29", "scanned", "sheriff cover letter with Illinois circuit court arrest warrant; first page upside down",
          ("sheriff", "Will County Sheriff's Office, Warrants Division", "Patrick J. Dombrowski", "Sergeant", "pdombrowski@willcountysheriff.gov", "(815) 555-0117"),
          [("Darnell Ray Hutchins", "1988-11-17", [("license", "H32577188322")])],
          ["720 ILCS 5/19-3", "725 ILCS 5/107-9"], "judicial_warrant", None, True, "criminal_investigation", ["photo", "address"], "mail")


# ---------------------------------------------------------------- 30 eml, SSA OIG subpoena as PNG
@doc
def d30():
    sub = """@C SOCIAL SECURITY ADMINISTRATION
@C OFFICE OF THE INSPECTOR GENERAL
@C SUBPOENA DUCES TECUM
Subpoena No. OIG-26-SF-0088
To: Custodian of Records, California Department of Social Services, 744 P Street, Sacramento, CA 95814
Pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), you are required to produce:
All CalFresh and CalWORKs application records, household composition, and address history for
   Nadia Yasmin Rahimi   (DOB: 17 October 1976)
on or before April 10, 2026, to Special Agent Victor Ling, SSA OIG, San Francisco Field Division.
This subpoena is issued in an investigation of violations of 42 U.S.C. § 408(a) (Social Security fraud).
In case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate United States district court.
/s/ Harold W. Pettigrew, Inspector General       Date: 03/19/2026"""
    body = """Good morning,

Please see the attached IG subpoena (image) for the subject Nadia Yasmin Rahimi. Records may be sent by secure email to me. Let me know if you need the original mailed.

Regards,
Victor Ling
Special Agent
Social Security Administration, Office of the Inspector General
Office of Investigations, San Francisco Field Division
(415) 555-0183
victor.ling@ssa.gov
"""
    make_eml(os.path.join(OUT, "bjjj30.eml"), "Victor Ling <victor.ling@ssa.gov>", "cdss.legal@dss.ca.gov",
             "SSA OIG Subpoena OIG-26-SF-0088", "Thu, 19 Mar 2026 10:45:09 -0700", body=body,
             attachments=[(image_of(sub, "PNG", "sans"), "image/png", "subpoena_OIG-26-SF-0088.png")])
    label("bjjj30", "eml", "SSA OIG email with inspector-general subpoena as PNG image, enforcement clause",
          ("ssa-oig", "Social Security Administration, Office of the Inspector General, San Francisco Field Division", "Victor Ling", "Special Agent", "victor.ling@ssa.gov", "(415) 555-0183"),
          [("Nadia Yasmin Rahimi", "1976-10-17")],
          ["5 USC 406", "42 USC 408"], "administrative_subpoena", None, True, "criminal_investigation",
          ["benefits", "address", "other"], "email")


# ---------------------------------------------------------------- 31 born_digital, Georgia criminal trial subpoena by defense counsel
@doc
def d31():
    t = """@C IN THE SUPERIOR COURT OF GWINNETT COUNTY
@C STATE OF GEORGIA
STATE OF GEORGIA                                       CRIMINAL ACTION
v.                                                     FILE NO. 25-B-03318-7
KEISHA LORRAINE MOSLEY, Defendant
@C SUBPOENA FOR PRODUCTION OF DOCUMENTARY EVIDENCE
@C (Criminal Trial - O.C.G.A. § 24-13-23)
TO: Custodian of Records, Georgia Department of Human Services, Division of Family and Children Services, 2 Peachtree Street NW, Atlanta, GA 30303

YOU ARE HEREBY COMMANDED, pursuant to O.C.G.A. §§ 24-13-21 and 24-13-23, to produce at the trial of the above case, in Courtroom 3B, Gwinnett County Justice and Administration Center, 75 Langley Drive, Lawrenceville, Georgia, on the 27th day of April, 2026, at 9:00 a.m., the following:

   Benefit eligibility records, case notes, and address history from 2023 to present for the Defendant, Keisha Lorraine Mosley (DOB 2/8/1993), and for Andre Lamont Mosley (DOB 9/22/1990), a household member.

The defendant is charged with financial transaction card fraud (O.C.G.A. § 16-9-33). Herein fail not under penalty of law.

Witness the Honorable Judges of said Court, this 23rd day of March, 2026.
DELORES M. FAIRBANKS, Clerk of Superior Court, by /s/ Deputy Clerk

Subpoena requested by attorney for the Defendant:
Rebecca A. Castellanos, Esq., Castellanos Defense Group, LLC
Georgia Bar No. 554210
315 W. Pike Street, Lawrenceville, GA 30046
(770) 555-0179 · rcastellanos@castellanosdefense.com"""
    make_pdf(os.path.join(OUT, "bjjj31.pdf"), t, "serif")
    label("bjjj31", "born_digital", "Georgia criminal trial subpoena for production, requested by defense counsel, 2 subjects",
          ("other", "Castellanos Defense Group, LLC", "Rebecca A. Castellanos", "Attorney", "rcastellanos@castellanosdefense.com", "(770) 555-0179"),
          [("Keisha Lorraine Mosley", "1993-02-08"), ("Andre Lamont Mosley", "1990-09-22")],
          ["OCGA 24-13-23", "OCGA 24-13-21", "OCGA 16-9-33"], "court_subpoena", None, True, "criminal_investigation",
          ["benefits", "address"], "mail")


# ---------------------------------------------------------------- 32 txt, Minnesota BCA letter citing a case number
@doc
def d32():
    t = """MINNESOTA DEPARTMENT OF PUBLIC SAFETY
BUREAU OF CRIMINAL APPREHENSION
1430 Maryland Avenue East, St. Paul, MN 55106

[Transcribed from mailed letter received 03/25/2026 by DEED Records Unit]

March 20, 2026

Minnesota Department of Employment and Economic Development
Unemployment Insurance Program - Data Practices
332 Minnesota Street, Suite E200, St. Paul, MN 55101

RE: BCA Case No. 2026-0381 / Ramsey County District Court File No. 62-CR-26-1907

To the Responsible Authority:

In reference to the above case, now pending in Ramsey County District Court, the BCA requests employer and wage detail records for

    LE, Hoang Nam, born 31 January 1983
    VANG, Pa Houa, born 14 August 1985

for the period 2024 through present. Both are charged with theft by swindle, Minn. Stat. § 609.52, subd. 2(a)(4). Disclosure to law enforcement is requested under Minn. Stat. § 268.19, subd. 1(a)(9). No subpoena or court order accompanies this letter; the court file number is provided for reference only.

Sincerely,

Special Agent Erik J. Sundberg
Financial Crimes Unit
651-555-0102
erik.sundberg@state.mn.us

cc: Assistant Ramsey County Attorney Lauren P. Heikkila
"""
    open(os.path.join(OUT, "bjjj32.txt"), "w", encoding="utf-8").write(t)
    label("bjjj32", "txt", "look-alike: transcribed state bureau letter citing a court file number, no process",
          ("state-police", "Minnesota Department of Public Safety, Bureau of Criminal Apprehension", "Erik J. Sundberg", "Special Agent", "erik.sundberg@state.mn.us", "651-555-0102"),
          [("Hoang Nam Le", "1983-01-31"), ("Pa Houa Vang", "1985-08-14")],
          ["MN Stat 609.52", "MN Stat 268.19"], "none", None, False, "criminal_investigation", ["employment", "wages"], "mail")


if __name__ == "__main__":
    for f in DOCS:
        f()
    print(len(DOCS), "documents")
