#!/usr/bin/env python3
"""Build the blind_pp test set (independent author). Deterministic: fixed seed.

Run:  /work/main/.venv/bin/python samples/blind_pp/build.py
Temporary files go to /tmp/author_pp.
"""
import io
import json
import os
import random
import subprocess
import tempfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, HRFlowable)

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_pp"
os.makedirs(TMP, exist_ok=True)
SEED = 20261122
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-B", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-B", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-I", FD + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Mono", FD + "DejaVuSansMono.ttf"))


# ---------------------------------------------------------------- rendering
def render_pdf(markup, font="Serif", size=10.5, invariant=True):
    """Tiny markup -> PDF bytes.
    '# ' centred bold heading, '## ' bold line, '^ ' centred line, '> ' right line,
    '~ ' italic signature, '|a|b' table row (first row of a block is header),
    '---' rule, '===PAGE===' page break, blank line = space."""
    bold = font + "-B" if font in ("Sans", "Serif") else font
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=size + 3.5,
                        leading=(size + 3.5) * 1.25, alignment=TA_CENTER)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold)
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
    rgt = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)
    sig = ParagraphStyle("s", parent=body, fontName="Serif-I", fontSize=size + 4, leading=(size + 4) * 1.3)
    cell = ParagraphStyle("t", parent=body, fontSize=size - 1, leading=(size - 1) * 1.2)
    cellb = ParagraphStyle("tb", parent=cell, fontName=bold)
    story = []
    rows = []

    def flush():
        if rows:
            ncol = max(len(r) for r in rows)
            data = []
            for i, r in enumerate(rows):
                r = r + [""] * (ncol - len(r))
                data.append([Paragraph(escape(c.strip()), cellb if i == 0 else cell) for c in r])
            t = Table(data, colWidths=[6.9 * 72 / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
            story.append(t)
            story.append(Spacer(1, 6))
            rows.clear()

    for line in markup.strip("\n").split("\n"):
        if line.startswith("|"):
            rows.append(line.strip().strip("|").split("|"))
            continue
        flush()
        s = line.rstrip()
        if s == "===PAGE===":
            story.append(PageBreak())
        elif s == "---":
            story.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=2, spaceAfter=4))
        elif s == "":
            story.append(Spacer(1, size * 0.6))
        elif s.startswith("# "):
            story.append(Paragraph(escape(s[2:]), h1))
        elif s.startswith("## "):
            story.append(Paragraph(escape(s[3:]), h2))
        elif s.startswith("^ "):
            story.append(Paragraph(escape(s[2:]), ctr))
        elif s.startswith("> "):
            story.append(Paragraph(escape(s[2:]), rgt))
        elif s.startswith("~ "):
            story.append(Paragraph(escape(s[2:]), sig))
        else:
            lead = len(s) - len(s.lstrip(" "))
            txt = escape(s.lstrip(" "))
            if lead:
                txt = "&nbsp;" * (lead * 2) + txt
            story.append(Paragraph(txt, body))
    flush()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=0.8 * 72, rightMargin=0.8 * 72,
                            topMargin=0.7 * 72, bottomMargin=0.7 * 72, invariant=invariant,
                            title="", author="", creator="")
    doc.build(story)
    return buf.getvalue()


def pdf_to_images(pdf_bytes, dpi, gray=True, name="x"):
    d = tempfile.mkdtemp(dir=TMP, prefix=name + "_")
    p = os.path.join(d, "in.pdf")
    open(p, "wb").write(pdf_bytes)
    args = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        args.append("-gray")
    subprocess.run(args + [p, os.path.join(d, "pg")], check=True)
    files = sorted(f for f in os.listdir(d) if f.startswith("pg") and f.endswith(".png"))
    return [Image.open(os.path.join(d, f)).copy() for f in files]


def degrade(img, rng, rot90=0):
    img = img.convert("L")
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    bg = rng.randint(205, 230)
    arr = np.asarray(img).astype(np.float32)
    arr = bg / 255.0 * arr  # grey paper
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    arr = np.asarray(img).astype(np.float32)
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    arr += nrng.normal(0, 9, arr.shape)
    speck = nrng.random(arr.shape) < 0.0015
    arr[speck] = 40
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    if rot90:
        img = img.rotate(rot90, expand=True)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(35, 55))
    return Image.open(io.BytesIO(buf.getvalue())).copy()


def make_scanned(pdf_bytes, path, rng, rotations, name):
    pages = pdf_to_images(pdf_bytes, 200, name=name)
    out = [degrade(p, rng, rotations.get(i, 0)) for i, p in enumerate(pages)]
    fixed = datetime(2026, 11, 1, 12, 0, 0, tzinfo=timezone.utc).timetuple()
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:],
                creationDate=fixed, modDate=fixed)


def make_fax(pdf_bytes, path, header, name):
    pages = pdf_to_images(pdf_bytes, 200, name=name)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 24)
    out = []
    n = len(pages)
    for i, p in enumerate(pages):
        p = p.convert("L")
        canvas = Image.new("L", (p.width, p.height + 40), 255)
        canvas.paste(p, (0, 40))
        d = ImageDraw.Draw(canvas)
        d.text((30, 8), header + f"   P.{i + 1:03d}/{n:03d}", fill=0, font=font)
        out.append(canvas.point(lambda v: 255 if v > 150 else 0).convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def png_of(pdf_bytes, dpi, name, fmt="PNG", quality=70):
    imgs = pdf_to_images(pdf_bytes, dpi, name=name)
    res = []
    for im in imgs:
        b = io.BytesIO()
        if fmt == "PNG":
            im.convert("L").save(b, "PNG", optimize=True)
        else:
            im.convert("L").save(b, "JPEG", quality=quality)
        res.append(b.getvalue())
    return res


def dt(s):
    """'2026-10-06 09:14 -0600' -> aware datetime"""
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    return datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def make_eml(path, hdr, text=None, html=None, attachments=(), forwarded=None):
    m = EmailMessage(policy=policy.SMTP)
    for k, v in hdr.items():
        if k == "Date":
            m["Date"] = format_datetime(dt(v))
        else:
            m[k] = v
    if text is not None and html is not None:
        m.set_content(text)
        m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
    if forwarded is not None:
        m.add_attachment(forwarded, disposition="attachment")  # message/rfc822
    for fname, data, mt in attachments:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for n, part in enumerate(m.walk()):  # deterministic MIME boundaries
        if part.is_multipart():
            part.set_boundary(f"=_bpp_boundary_{os.path.basename(path)}_{n}")
    open(path, "wb").write(m.as_bytes())
    return m


# ---------------------------------------------------------------- labels
def subj(name, dob=None, **ids):
    idl = []
    for k in ("a_number", "license", "ssn_last4", "other"):
        v = ids.get(k)
        if v is None:
            continue
        for x in (v if isinstance(v, list) else [v]):
            idl.append({"type": k, "value": x})
    return {"name": name, "dob": dob, "identifiers": idl}


COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def label(id_, fmt, template, agency_key, agency_name, person, title, email, phone, subjects,
          basis, ptype, form, attached, purpose, records, channel):
    return {
        "id": id_, "family": "blind-pp", "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email, "phone": phone},
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }


DOCS = []


def doc(**kw):
    DOCS.append(kw)


# =====================================================================
# bpp01  born_digital  none  ICE ERO letter, FOD in letterhead
# =====================================================================
doc(id="bpp01", fmt="born_digital", font="Serif", markup="""
^ U.S. Department of Homeland Security
^ U.S. Immigration and Customs Enforcement
^ Enforcement and Removal Operations
^ Denver Field Office
^ 12445 East Caley Avenue, Centennial, Colorado 80111
^ Marcus T. Haldane, Field Office Director
---

> October 6, 2026

Colorado Department of Revenue
Division of Motor Vehicles – Driver Records Section
1881 Pierce Street
Lakewood, CO 80214

## RE: Request for Information – HERNÁNDEZ-OCAMPO, José Luis
## DOB: 14 Feb 1991   A# 208-114-377   Our ref.: DEN-FUG-26-0917

To Whom It May Concern:

U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), respectfully requests your assistance in locating the above-named individual. This request is made pursuant to the authority granted to immigration officers under section 287 of the Immigration and Nationality Act, 8 U.S.C. § 1357(a), and 8 C.F.R. § 287.5.

Please provide, for official use only, any of the following records your Division maintains on the subject: current and prior residential and mailing addresses, the most recent photograph on file, and all vehicles currently registered in his name, including plate numbers. The subject may also appear in your records under the surname OCAMPO alone.

We do not request information about other members of the subject's household. Please do not notify the subject of this request.

Responsive records may be returned by e-mail to the undersigned or by mail to the address above. Thank you for your cooperation.

Respectfully,

~ K. R. Brennan

Kyle R. Brennan
Deportation Officer, Fugitive Operations Team
ICE/ERO Denver
Tel. (303) 555-0142
kyle.r.brennan@ice.dhs.gov

---
FOR OFFICIAL USE ONLY. This document may contain sensitive information. It is to be controlled, stored, handled, transmitted, distributed, and disposed of in accordance with DHS policy.
""", label=label("bpp01", "born_digital", "ICE ERO locate letter on field-office letterhead (FOD printed)",
                 "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
                 "Kyle R. Brennan", "Deportation Officer", "kyle.r.brennan@ice.dhs.gov", "(303) 555-0142",
                 [subj("José Luis Hernández-Ocampo", "1991-02-14", a_number="A208114377")],
                 ["INA 287", "8 USC 1357", "8 CFR 287.5"], "none", None, False, "civil_immigration",
                 ["address", "photo", "vehicle"], "mail"))

# =====================================================================
# bpp02  eml  none  FBI analyst sends on behalf of SA, multipart/alternative
# =====================================================================
T02 = """Good morning,

I am writing on behalf of Special Agent Daniel P. Kowalczyk of our Milwaukee Field Office, who is the case agent on a federal wire fraud and aggravated identity theft investigation (18 U.S.C. §§ 1343 and 1028A). SA Kowalczyk asks that the Department provide unemployment insurance claim records and quarterly wage records for the two individuals below, for the period January 1, 2024 to the present.

  Name                       DOB          SSN (last 4)
  NGUYEN, Thi Hoa            07/22/1985   xxx-xx-4418
  WARSAME, Abdirahman Mohamed  1979-11-03   xxx-xx-0923

We are particularly interested in the employer of record for each quarter (we believe at least some wages were reported by Lakeshore Staffing LLC, which is not itself under investigation), the claimant mailing addresses, and the bank routing information used for benefit payments. We understand disclosure to law enforcement is governed by Wis. Stat. § 108.14(7) and 20 C.F.R. § 603.5.

Please send the records directly to SA Kowalczyk at dpkowalczyk@fbi.gov or call him at (414) 555-0167. I am only the point of contact for scheduling; he will sign any certification you need.

Thank you,

Tasha M. Greenwood
Intelligence Analyst
Federal Bureau of Investigation – Milwaukee
3600 S. Lake Drive, St. Francis, WI 53235
Desk (414) 555-0119

UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE
"""
doc(id="bpp02", fmt="eml", eml=dict(
    hdr={"From": "\"Greenwood, Tasha M. (MW) (FBI)\" <tmgreenwood@fbi.gov>",
         "To": "UI Records Disclosure <uidisclosure@dwd.wisconsin.gov>",
         "Cc": "\"Kowalczyk, Daniel P. (MW) (FBI)\" <dpkowalczyk@fbi.gov>",
         "Subject": "Records request - UI claims/wages - 2 subjects (MW case)",
         "Date": "2026-10-07 08:41 -0500", "Message-ID": "<20261007134122.7731@fbi.gov>"},
    text=T02, html="<html><body><pre style='font-family:Calibri,sans-serif'>" + escape(T02) + "</pre></body></html>"),
    label=label("bpp02", "eml", "FBI analyst e-mails on behalf of a special agent; two subjects in a text table",
                "doj-fbi", "Federal Bureau of Investigation – Milwaukee", "Daniel P. Kowalczyk", "Special Agent",
                "dpkowalczyk@fbi.gov", "(414) 555-0167",
                [subj("Thi Hoa Nguyen", "1985-07-22", ssn_last4="4418"),
                 subj("Abdirahman Mohamed Warsame", "1979-11-03", ssn_last4="0923")],
                ["18 USC 1343", "18 USC 1028A", "WI Stat 108.14", "20 CFR 603.5"], "none", None, False,
                "criminal_investigation", ["claims", "wages", "employment", "address", "other"], "email"))

# =====================================================================
# bpp03  txt  none  Oregon DMV law-enforcement portal submission (Portland PB)
# =====================================================================
doc(id="bpp03", fmt="txt", text="""Oregon DMV - Law Enforcement Record Request Portal
Submission ID: LERR-2026-044817
Submitted: 2026-10-08 14:22:51 PDT
Status: NEW - assigned to queue "Records Unit / LE"
--------------------------------------------------------------

REQUESTING AGENCY
  Agency name ............ Portland Police Bureau
  ORI .................... OR0260200
  Division/Unit .......... Property Crimes Unit - Central Precinct
  Requesting officer ..... YBARRA, Marisol
  Rank/Title ............. Detective
  Badge / DPSST # ........ 48213
  Phone .................. 503-555-0131
  E-mail ................. marisol.ybarra@police.portlandoregon.gov
  Supervisor ............. Sgt. Howard Klein

CASE INFORMATION
  Case / Report # ........ 26-271904
  Offense ................ Theft I, ORS 164.055; Burglary I, ORS 164.225
  Purpose ................ Criminal investigation - identify and locate suspect
  Permissible use (DPPA) . 18 USC 2721(b)(1) - law enforcement function

SUBJECT
  Last name .............. DE LA CRUZ
  First name ............. Alejandro
  Middle name ............ Tomás
  Date of birth .......... 05/30/1996
  OR license / ID # ...... 7734219
  Sex .................... M

OTHER PERSONS (do not search)
  Victim ................. Karen L. Holt
  Reporting party ........ Devin Marsh (building manager)

RECORDS REQUESTED
  [x] Current address of record
  [x] Driver license photo
  [x] Vehicle registration(s)
  [ ] Driving record / convictions
  [ ] Other: ____________________

CERTIFICATION
  [x] I certify that the information requested is for the law enforcement
      purpose stated above and will be used only for that purpose.
  Electronic signature: /s/ Marisol Ybarra #48213

--------------------------------------------------------------
This notification was generated automatically by the DMV LE portal and
e-mailed to dmv.lerecords@odot.oregon.gov. Do not reply to this message.
""", label=label("bpp03", "txt", "state DMV law-enforcement web-portal submission, e-mailed notification",
                 "local-police", "Portland Police Bureau", "Marisol Ybarra", "Detective",
                 "marisol.ybarra@police.portlandoregon.gov", "503-555-0131",
                 [subj("Alejandro Tomás de la Cruz", "1996-05-30", license="7734219")],
                 ["ORS 164.055", "ORS 164.225", "18 USC 2721"], "none", None, False, "criminal_investigation",
                 ["address", "photo", "vehicle"], "email"))

# =====================================================================
# bpp04  scanned  judicial_warrant  Harris County TX search warrant + sheriff cover
# =====================================================================
doc(id="bpp04", fmt="scanned", font="Serif", rot={2: 180}, markup="""
^ HARRIS COUNTY SHERIFF'S OFFICE
^ Sheriff Delia M. Arriaga
^ Financial Crimes Division • 1200 Baker Street • Houston, Texas 77002
---

> 10/09/2026

Texas Workforce Commission
Office of General Counsel – Open Records / Subpoena Unit
101 East 15th Street, Room 266
Austin, TX 78778-0001

Re: Search Warrant No. 2026-SW-04471 – GÓMEZ VALDEZ, Martín

Dear Records Custodian:

Enclosed please find a search warrant signed by the Honorable Lucinda A. Pruitt, Judge of the 351st District Court, commanding production of wage, employer and unemployment-benefit records for the subject named in the warrant. The warrant was issued under Article 18.02, Texas Code of Criminal Procedure, in connection with an investigation of Fraudulent Use or Possession of Identifying Information, Tex. Penal Code § 32.51.

Please deliver the records to me by the return date stated in the warrant. Records may be certified under Tex. R. Evid. 902(10) using the enclosed business-records affidavit.

Respectfully,

~ R. L. Okafor Jr.

Sgt. Raymond L. Okafor Jr., Badge No. 6621
Investigator, Financial Crimes Division
Harris County Sheriff's Office
(713) 555-0184 • raymond.okafor@sheriff.hctx.net

Enclosures: Search Warrant (2 pp.); Business Records Affidavit
===PAGE===
# SEARCH WARRANT
^ No. 2026-SW-04471
^ THE STATE OF TEXAS  §   IN THE 351ST DISTRICT COURT
^ COUNTY OF HARRIS  §   HARRIS COUNTY, TEXAS

THE STATE OF TEXAS, to the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas, GREETINGS:

WHEREAS, the Affiant, Sgt. Raymond L. Okafor Jr., a peace officer under the laws of Texas, did heretofore this day subscribe and swear to an affidavit before me (which affidavit is by this reference incorporated herein for all purposes), and whereas I find that the verified facts stated by Affiant in said affidavit show that Affiant has probable cause for the belief he expresses therein and establishes the existence of proper grounds for issuance of this Warrant;

NOW, THEREFORE, you are commanded to enter the business premises of the TEXAS WORKFORCE COMMISSION, 101 East 15th Street, Austin, Travis County, Texas, or to serve this warrant upon its custodian of records by any lawful means, and there to search for and seize the following records, which constitute evidence of the offense of Fraudulent Use or Possession of Identifying Information, Tex. Penal Code § 32.51:

  1. All quarterly wage records reported for MARTÍN GÓMEZ VALDEZ, DOB 03/11/1988, Texas DL 28814605, from January 1, 2023 to present;
  2. The name and address of every employer reporting wages for said person;
  3. All unemployment-benefit claim files, including the claimant's mailing address, telephone number and payment method.
===PAGE===
The complainant in this matter, Mr. Wendell Ashby, is not a subject of this warrant and no records concerning him are to be seized.

Herein fail not, but have you then and there this Warrant within three days, exclusive of the day of its issuance, with your return thereon, showing how you have executed the same.

ISSUED this 8th day of October, 2026, at 3:40 o'clock P.M., to certify which witness my hand this day.

~ Lucinda A. Pruitt

JUDGE PRESIDING, 351st District Court
Harris County, Texas

---
RETURN AND INVENTORY (to be completed by executing officer)
Executed on ____________, 2026, by serving the custodian of records. Items seized: _______________
""", label=label("bpp04", "scanned", "sheriff cover letter + Texas district court search warrant, scanned (one page upside down)",
                 "sheriff", "Harris County Sheriff's Office", "Raymond L. Okafor Jr.", "Sergeant",
                 "raymond.okafor@sheriff.hctx.net", "(713) 555-0184",
                 [subj("Martín Gómez Valdez", "1988-03-11", license="28814605")],
                 ["TX CCP 18.02", "TX PC 32.51", "TX R Evid 902"], "judicial_warrant", None, True,
                 "criminal_investigation", ["wages", "employment", "claims", "address", "phone", "other"], "mail"))

# =====================================================================
# bpp05  born_digital  administrative_subpoena  I-138 Immigration Enforcement Subpoena (Illinois SOS)
# =====================================================================
doc(id="bpp05", fmt="born_digital", font="Sans", markup="""
^ DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION ENFORCEMENT SUBPOENA
^ To Appear and/or Produce Records
^ (Pursuant to Section 235(d)(4) of the Immigration and Nationality Act, 8 U.S.C. 1225(d), and 8 C.F.R. 287.4)
---
|Subpoena No.|File No.|Date Issued
|CHI-ERO-2026-0388|A094 551 203|October 2, 2026

To: Custodian of Records, Illinois Secretary of State, Driver Services Department, 2701 S. Dirksen Parkway, Springfield, IL 62723

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to produce the records described below to the issuing officer at the U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations office, 101 West Congress Parkway, Chicago, IL 60605, on or before October 23, 2026, at 10:00 a.m., in connection with an investigation or inquiry relating to the enforcement of the immigration laws of the United States concerning the admissibility and removability of:

  Name: WOJCIECHOWSKI, Paweł
  Date of Birth: September 17, 1983
  A-Number: A094 551 203

Records to be produced:
  (a) Driver's license and state identification card applications, including documents presented to establish identity and lawful presence;
  (b) The most recent photograph and all residential addresses of record;
  (c) Any record of a temporary visitor's driver's license (TVDL) issued to the subject.

Failure to comply with this subpoena may result in the Department seeking enforcement of the subpoena in a United States District Court, which may issue an order requiring compliance; failure to obey such an order may be punished as contempt.

Deportation Officer Reyna Castillo is assigned to this case and may be contacted at (312) 555-0173 to arrange delivery.

|Name and Title of Issuing Officer|Signature
|Gregory A. Pilcher, Supervisory Detention and Deportation Officer|/s/ Gregory A. Pilcher

Address and telephone: ICE ERO Chicago, 101 West Congress Parkway, Chicago, IL 60605 · (312) 555-0160 · gregory.pilcher@ice.dhs.gov

---
CERTIFICATE OF SERVICE
I certified that I served this subpoena on ____________ by ☐ personal delivery ☐ certified mail ☐ e-mail.

DHS Form I-138 (Rev. 01/18)
""", label=label("bpp05", "born_digital", "DHS I-138 immigration enforcement subpoena, case officer named in body",
                 "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations (Chicago)",
                 "Gregory A. Pilcher", "Supervisory Detention and Deportation Officer", "gregory.pilcher@ice.dhs.gov",
                 "(312) 555-0160",
                 [subj("Paweł Wojciechowski", "1983-09-17", a_number="A094551203")],
                 ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", True,
                 "civil_immigration", ["identity_documents", "license", "photo", "address"], "mail"))

# =====================================================================
# bpp06  fax  detainer  I-247A to Minnesota DOC, fax cover from assistant
# =====================================================================
doc(id="bpp06", fmt="fax", font="Sans", fax_header="10/12/2026 07:58  FROM: ICE ERO ST PAUL 612 555 0150  TO: MN DOC RECORDS", markup="""
# FAX TRANSMITTAL
---
|To|From
|Minnesota Department of Corrections – Central Records / Sentencing Unit|ICE Enforcement and Removal Operations – St. Paul Sub-Office
|Fax: 651-555-0122|Fax: 612-555-0150

Date: 10/12/2026          Pages (incl. cover): 3

Sent by Mai Vang, Mission Support Assistant, for Deportation Officer Thomas J. Lindqvist.

Please lodge the attached Immigration Detainer against the inmate below and notify our office of his scheduled release date. Questions to DO Lindqvist, 612-555-0158, thomas.j.lindqvist@ice.dhs.gov.

  Inmate: ABDULLAHI HASSAN YUSUF   MN DOC OID# 264419

CONFIDENTIALITY: This facsimile contains law-enforcement-sensitive information intended only for the addressee. If you received it in error, call 612-555-0150 and destroy all copies.
===PAGE===
^ DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER – NOTICE OF ACTION
|Subject ID: 418839217|Event #: STP2610000412|File No: A215 678 904
|Date: 10/12/2026|Nationality: SOMALIA|Gender: MALE

TO: (Name and Title of Institution – OR Any Subsequent Law Enforcement Agency)
Minnesota Department of Corrections, MCF-Stillwater, 970 Pickett Street N, Bayport, MN 55003

FROM: (Department of Homeland Security Office Address)
ICE ERO St. Paul, 1 Federal Drive, Fort Snelling, MN 55111

Name of Alien: YUSUF, Abdullahi Hassan
Date of Birth: 02/09/1990     Citizenship: Somalia     Sex: M

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[ ] Biometric confirmation of the alien's identity and a records check of federal databases;
[ ] Statements made by the alien to an immigration officer and/or other reliable evidence.

IT IS THEREFORE REQUESTED THAT YOU:
• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody;
• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody;
• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
===PAGE===
This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This form is issued under sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

|Name and title of Immigration Officer|Signature
|Thomas J. Lindqvist, Deportation Officer (Authorized Immigration Officer)|/s/ T. J. Lindqvist

Notice: If the alien may be the victim of a crime, or you want the alien to remain in the United States for prosecution or other law enforcement purposes, notify the ICE Law Enforcement Support Center at (802) 872-6020.

NOTICE TO THE ALIEN: The Department of Homeland Security (DHS) intends to assume custody of you after you are released from the custody of the agency that provided this notice.

DHS Form I-247A (3/17)
""", label=label("bpp06", "fax", "I-247A detainer faxed with cover sheet sent by an assistant for the deportation officer",
                 "dhs-ice-ero", "ICE Enforcement and Removal Operations – St. Paul Sub-Office", "Thomas J. Lindqvist",
                 "Deportation Officer", "thomas.j.lindqvist@ice.dhs.gov", "612-555-0158",
                 [subj("Abdullahi Hassan Yusuf", "1990-02-09", a_number="A215678904", other="264419")],
                 ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", True, "civil_immigration",
                 ["other"], "fax"))

# =====================================================================
# bpp07  eml  none  reply chain Columbus PD (nickname in header), sergeant approves
# =====================================================================
T07 = """Thanks - case number is 2026-0184473, aggravated burglary (R.C. 2911.11). Sgt. Pham is copied and approves.

Please also add the passenger we identified yesterday:
   BONDARENKO, Kateryna - DOB 04/19/2001 - no OH license found, may hold a Michigan ID

So the full request is photo, address of record, and any vehicles for both. A witness (Maria Olsen, neighbor) saw a silver Kia leave the scene, so registrations matter most.

Det. Aaron J. Whitfield #2274
Burglary Unit, Columbus Division of Police
120 Marconi Blvd., Columbus, OH 43215
614-555-0126 | ajwhitfield@columbuspolice.org

-----Original Message-----
From: Pham, Linh (Sgt.) <lpham@columbuspolice.org>
Sent: Thursday, October 8, 2026 4:05 PM
To: AJ Whitfield <ajwhitfield@columbuspolice.org>
Subject: RE: BMV photo/registration request

Approved. Send it with the RMS number. -LP

-----Original Message-----
From: BMV LE Records <lerecords@bmv.ohio.gov>
Sent: Thursday, October 8, 2026 2:47 PM
To: AJ Whitfield <ajwhitfield@columbuspolice.org>
Subject: RE: BMV photo/registration request

Detective, we can process this once we have an agency case number and the offense. Regards, BMV LE Records Unit

-----Original Message-----
From: AJ Whitfield <ajwhitfield@columbuspolice.org>
Sent: Thursday, October 8, 2026 1:58 PM
To: BMV LE Records <lerecords@bmv.ohio.gov>
Subject: BMV photo/registration request

Hi - requesting the DL photo, current address and registered vehicles for
   Tyrell Marquis Dawson, DOB 12/05/1999, OH DL TR482915
Suspect in a home invasion on the east side. Thanks, AJ
"""
doc(id="bpp07", fmt="eml", eml=dict(
    hdr={"From": "AJ Whitfield <ajwhitfield@columbuspolice.org>",
         "To": "BMV LE Records <lerecords@bmv.ohio.gov>",
         "Cc": "\"Pham, Linh (Sgt.)\" <lpham@columbuspolice.org>",
         "Subject": "RE: BMV photo/registration request",
         "Date": "2026-10-09 09:12 -0400", "Message-ID": "<CAJw7x1yz0001@columbuspolice.org>",
         "In-Reply-To": "<bmvle-5521@bmv.ohio.gov>"},
    text=T07, html="<html><body><div style='font-family:Arial'>" +
    escape(T07).replace("\n", "<br>\n") + "</div></body></html>"),
    label=label("bpp07", "eml", "police reply chain: detective (nickname in header), records unit, sergeant approval; second subject added",
                "local-police", "Columbus Division of Police", "Aaron J. Whitfield", "Detective",
                "ajwhitfield@columbuspolice.org", "614-555-0126",
                [subj("Tyrell Marquis Dawson", "1999-12-05", license="TR482915"),
                 subj("Kateryna Bondarenko", "2001-04-19")],
                ["ORC 2911.11"], "none", None, False, "criminal_investigation",
                ["photo", "address", "vehicle"], "email"))

# =====================================================================
# bpp08  born_digital  grand_jury_subpoena  AO 110 D. Ariz. with AUSA cover letter
# =====================================================================
doc(id="bpp08", fmt="born_digital", font="Serif", markup="""
^ U.S. Department of Justice
^ United States Attorney's Office
^ District of Arizona
^ Two Renaissance Square, 40 North Central Avenue, Suite 1800, Phoenix, Arizona 85004-4449
---
> September 30, 2026

VIA CERTIFIED MAIL
Custodian of Records
Arizona Department of Economic Security
Unemployment Insurance Administration – Legal Services
1789 West Jefferson Street, Phoenix, AZ 85007

Re: Grand Jury Subpoena No. GJ-26-2-117

Dear Custodian:

Enclosed is a federal grand jury subpoena requiring production of documents. The subpoena is issued in connection with an ongoing grand jury investigation of possible violations of 18 U.S.C. § 1956 (laundering of monetary instruments) and 18 U.S.C. § 1343. In lieu of appearing before the grand jury, you may comply by delivering the records to HSI Special Agent Dwayne Fisk, who will act as the grand jury's agent.

You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation. Grand jury material is subject to Fed. R. Crim. P. 6(e).

Please direct any questions to me at (602) 555-0148 or rebecca.solis@usdoj.gov.

Sincerely,

GARY T. RESTREPO
United States Attorney
District of Arizona

~ Rebecca N. Solís

REBECCA N. SOLÍS
Assistant United States Attorney

cc: SA Dwayne Fisk, HSI Phoenix
===PAGE===
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
^ for the
^ District of Arizona
# SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Arizona Department of Economic Security, 1789 West Jefferson Street, Phoenix, AZ 85007

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

|Place|Date and Time
|Sandra Day O'Connor U.S. Courthouse, 401 W. Washington St., Phoenix, AZ 85003, Grand Jury Room 2|10/27/2026 9:00 am

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):

See Attachment A.

Date: 09/29/2026            CLERK OF COURT

~ Marguerite L. Dunning

Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Rebecca N. Solís, AUSA, 40 N. Central Ave., Suite 1800, Phoenix, AZ 85004 · rebecca.solis@usdoj.gov · (602) 555-0148
===PAGE===
# ATTACHMENT A
^ Grand Jury Subpoena No. GJ-26-2-117

For the period January 1, 2022 through the date of this subpoena, produce all records relating to the following persons:

|Name|Date of Birth|SSN (last four)|Notes
|IBÁÑEZ SOTO, Francisco Javier|01/28/1975|6612|
|IBÁÑEZ, Lucía|06/02/1978|—|a.k.a. Lucía SOTO; spouse of the above

1. Quarterly wage reports filed by any employer for the persons listed, and the name, address and FEIN of each employer;
2. Unemployment insurance and pandemic assistance claims, including addresses, telephone numbers, e-mail addresses, IP logs and bank accounts used for payment;
3. Any correspondence with the persons listed.

Records may be authenticated by a certificate under Fed. R. Evid. 902(11) in lieu of testimony.
""", label=label("bpp08", "born_digital", "AUSA cover letter (U.S. Attorney printed above the AUSA) + AO 110 grand jury subpoena with attachment table",
                 "doj-usao", "United States Attorney's Office, District of Arizona", "Rebecca N. Solís",
                 "Assistant United States Attorney", "rebecca.solis@usdoj.gov", "(602) 555-0148",
                 [subj("Francisco Javier Ibáñez Soto", "1975-01-28", ssn_last4="6612"),
                  subj("Lucía Ibáñez", "1978-06-02")],
                 ["18 USC 1956", "18 USC 1343", "FRCrP 6", "FRE 902"], "grand_jury_subpoena", "AO 110", True,
                 "criminal_investigation", ["wages", "employment", "claims", "benefits", "address", "phone", "email", "other"],
                 "mail"))

# =====================================================================
# bpp09  eml + PDF  administrative_warrant I-200 to Washington DOL
# =====================================================================
I200 = """
^ U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
|File No.|A201 334 876
|Date|09/18/2026

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that PHAN, Văn Đức is removable from the United States. This determination is based upon:

[ ] the execution of a charging document to initiate removal proceedings against the subject;
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases;
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

~ A. L. Marroquín

(Signature of Authorized Immigration Officer)
Ana Lucía Marroquín, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)

---
Certificate of Service (complete if served)
I hereby certify that the Warrant for Arrest of Alien was served by me at ______________ on ____________.

Form I-200 (Rev. 09/16)
"""
doc(id="bpp09", fmt="eml", eml=dict(
    hdr={"From": "Bart Szymanski <bartholomew.j.szymanski@ice.dhs.gov>",
         "To": "DOL Public Disclosure <publicdisclosure@dol.wa.gov>",
         "Subject": "Request for address/vehicle info - PHAN Van Duc - A201334876 (warrant attached)",
         "Date": "2026-10-13 10:27 -0700", "Message-ID": "<SEA-ERO-2610131027.44@ice.dhs.gov>"},
    text="""Good morning,

ICE Enforcement and Removal Operations, Seattle Field Office, is attempting to locate Văn Đức Phan (DOB 1987-08-09, A201 334 876), who is the subject of the attached Warrant for Arrest of Alien. We request his current residential address, the photograph from his most recent license or ID card, and any vehicle registered to him.

We understand that RCW 43.17.425 restricts disclosure for immigration enforcement purposes absent a court order or judicial warrant. The attached is the warrant our office has; please let me know if the Department will honor it.

V/r,

Bartholomew J. Szymanski
Deportation Officer
ICE ERO Seattle Field Office
12500 Tukwila International Blvd, Seattle, WA 98168
Office: 206-555-0139   Cell: 206-555-0181
""", attachments=[("I-200_PHAN.pdf", ("pdf", I200, "Sans"), "application/pdf")]),
    label=label("bpp09", "eml", "ERO deportation officer e-mail (nickname in header) with I-200 PDF attached; cites state restriction",
                "dhs-ice-ero", "ICE ERO Seattle Field Office", "Bartholomew J. Szymanski", "Deportation Officer",
                "bartholomew.j.szymanski@ice.dhs.gov", "206-555-0139",
                [subj("Văn Đức Phan", "1987-08-09", a_number="A201334876")],
                ["RCW 43.17.425", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True,
                "civil_immigration", ["address", "photo", "vehicle"], "email"))

# =====================================================================
# bpp10  scanned  court_order  NY Supreme Court order, Kings County DA
# =====================================================================
doc(id="bpp10", fmt="scanned", font="Serif", rot={1: 90}, markup="""
^ DISTRICT ATTORNEY OF KINGS COUNTY
^ 350 Jay Street, Brooklyn, New York 11201-2908
^ (718) 555-0100
^ LORRAINE B. CASTELLANO, District Attorney
---
> October 5, 2026

New York State Department of Labor
Office of Counsel – Subpoena & Court Order Compliance
Building 12, W.A. Harriman State Office Campus
Albany, NY 12226

Re: People v. Wilner Jean-Baptiste and Marie-Claude Jean-Baptiste — Ind. No. 74021/2026

Dear Counsel:

Please find enclosed a certified copy of an Order of the Supreme Court, Kings County, signed by Justice Harold P. Feingold on October 2, 2026, directing the Department to produce unemployment insurance and wage reporting records for the two defendants named above. Labor Law § 537 permits disclosure pursuant to a court order of this kind.

Kindly forward the records to my attention. Detective Investigator Ruth Abernathy of this office will pick them up if that is more convenient.

Very truly yours,

~ Michael O'Rourke-Chen

Michael O'Rourke-Chen
Assistant District Attorney, Frauds Bureau
(718) 555-0177 · orourkechenm@brooklynda.org
===PAGE===
At IAS Part 19 of the Supreme Court of the State of New York, held in and for the County of Kings, at the Courthouse, 320 Jay Street, Brooklyn, New York, on the 2nd day of October, 2026.

P R E S E N T: HON. HAROLD P. FEINGOLD, J.S.C.
---
THE PEOPLE OF THE STATE OF NEW YORK
          -against-
WILNER JEAN-BAPTISTE and MARIE-CLAUDE JEAN-BAPTISTE (a/k/a "Marie-Claude Pierre"),
                                        Defendants.
Ind. No. 74021/2026
# ORDER
Upon the affirmation of Assistant District Attorney Michael O'Rourke-Chen dated September 28, 2026, and it appearing that the records described below are relevant and material to the prosecution of the defendants for Grand Larceny in the Second Degree (Penal Law § 155.40) and Offering a False Instrument for Filing (Penal Law § 175.35), and pursuant to Judiciary Law § 2-b and Labor Law § 537, it is hereby

ORDERED, that the New York State Department of Labor shall produce to the District Attorney of Kings County, within twenty (20) days of service of this Order, the following records for the period January 1, 2021 to the present concerning:

  (1) WILNER JEAN-BAPTISTE, date of birth October 14, 1982, SSN ending 2209; and
  (2) MARIE-CLAUDE JEAN-BAPTISTE, née PIERRE, date of birth May 30, 1984, SSN ending 7716;

namely, all unemployment insurance claims and payment histories, all quarterly wage records and the identity of every reporting employer; and it is further

ORDERED, that the Department shall not disclose the existence of this Order to the defendants.

ENTER:

~ Harold P. Feingold

HON. HAROLD P. FEINGOLD, J.S.C.
""", label=label("bpp10", "scanned", "ADA cover letter (DA printed in letterhead) + NY Supreme Court order; one page rotated 90°",
                 "district-attorney", "District Attorney of Kings County", "Michael O'Rourke-Chen",
                 "Assistant District Attorney", "orourkechenm@brooklynda.org", "(718) 555-0177",
                 [subj("Wilner Jean-Baptiste", "1982-10-14", ssn_last4="2209"),
                  subj("Marie-Claude Jean-Baptiste", "1984-05-30", ssn_last4="7716")],
                 ["NY Labor Law 537", "NY PL 155.40", "NY PL 175.35", "NY Jud Law 2-b"], "court_order", None, True,
                 "criminal_investigation", ["claims", "benefits", "wages", "employment"], "mail"))

# =====================================================================
# bpp11  born_digital  none  GBI letter, THROUGH: ASAC above, agent signs
# =====================================================================
doc(id="bpp11", fmt="born_digital", font="Sans", markup="""
^ GEORGIA BUREAU OF INVESTIGATION
^ Investigative Division – Region 8 Field Office (Milledgeville)
^ Post Office Box 370808 · Decatur, Georgia 30037-0808
---
MEMORANDUM / REQUEST FOR RECORDS

DATE: 1 Oct 2026
TO: Georgia Department of Labor, Office of General Counsel – Records Custodian
THROUGH: Robert E. Tillman, Assistant Special Agent in Charge  [initialed: RET]
FROM: Special Agent Keisha L. Barnwell
GBI CASE #: 08-0412-44-26
SUBJECT: Request for employment and wage information – NÚÑEZ-PAREDES, Carlos Alberto

1. The Georgia Bureau of Investigation is conducting a criminal investigation into the distribution of methamphetamine in Baldwin and Putnam Counties, in violation of O.C.G.A. § 16-13-30. Carlos Alberto NÚÑEZ-PAREDES (DOB: March 4, 1992; GA DL 058114392) has been identified as a suspect.

2. Pursuant to O.C.G.A. § 34-8-121, which permits the Department to disclose information to a law enforcement agency, I request the following for the period 2024 to present:
   a. names and addresses of all employers reporting wages for the subject;
   b. quarterly wages reported;
   c. the subject's address of record and telephone number on any claim.

3. The subject's girlfriend, Brianna Coles, and his brother, Diego Núñez-Paredes, are mentioned in the case file but are NOT subjects of this request; please do not search them.

4. Please direct the response to the undersigned.

~ Keisha L. Barnwell

Keisha L. Barnwell
Special Agent, Region 8
Office 478-555-0152 · Cell 478-555-0191
keisha.barnwell@gbi.ga.gov

---
LAW ENFORCEMENT SENSITIVE – This request and any response are confidential investigative records under O.C.G.A. § 50-18-72(a)(4).
""", label=label("bpp11", "born_digital", "state bureau memo routed THROUGH an ASAC, agent signs; relatives named but excluded",
                 "state-police", "Georgia Bureau of Investigation", "Keisha L. Barnwell", "Special Agent",
                 "keisha.barnwell@gbi.ga.gov", "478-555-0152",
                 [subj("Carlos Alberto Núñez-Paredes", "1992-03-04", license="058114392")],
                 ["OCGA 16-13-30", "OCGA 34-8-121", "OCGA 50-18-72"], "none", None, False, "criminal_investigation",
                 ["employment", "wages", "address", "phone"], "mail"))

# =====================================================================
# bpp12  fax  administrative_subpoena  DEA 21 USC 876 to Florida DHSMV
# =====================================================================
doc(id="bpp12", fmt="fax", font="Sans", fax_header="OCT-14-2026 11:03  DEA MIAMI FD GROUP 4   305 555 0109", markup="""
^ U.S. Department of Justice – Drug Enforcement Administration – Miami Field Division
# FACSIMILE COVER SHEET
To: Florida Department of Highway Safety and Motor Vehicles, Bureau of Records – Subpoena Desk
Fax: (850) 555-0134
From: Paula Dreyfus, Investigative Assistant, for Group Supervisor Nathaniel B. Cole III
Phone: (305) 555-0108    Fax: (305) 555-0109
Pages: 3 (including cover)

Message: Attached is a DEA subpoena for driver license and registration records. Please return records to GS Cole at nathaniel.b.cole@dea.gov. Thank you.
===PAGE===
^ UNITED STATES DEPARTMENT OF JUSTICE
^ DRUG ENFORCEMENT ADMINISTRATION
# SUBPOENA
|File No.|G-Dep Identifier|Subpoena No.
|M4-26-0157|XEB1C|26-MIA-004219

TO: Custodian of Records, Florida Department of Highway Safety and Motor Vehicles, 2900 Apalachee Parkway, Tallahassee, FL 32399

By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to produce the records described below in connection with an investigation relating to the enforcement of the Controlled Substances Act (Title 21, United States Code, Section 841 et seq.). This subpoena is issued pursuant to Title 21, United States Code, Section 876.

Produce on or before: 10/28/2026, to: DEA Miami Field Division, 2100 N. Commerce Parkway, Weston, FL 33326

RECORDS: Driver license/ID applications, photographs, addresses of record, and all vehicle registrations and title history for:
|NAME|DOB|FL DL #
|RESTREPO, Jhonatan Esteban|08/15/1990|R213-440-90-295-0
|MEJÍA GARCÍA, Yesenia (AKA "Yesi Mejía")|01/07/1994|unknown
===PAGE===
In the event of your failure to comply with this subpoena, the Attorney General may invoke the aid of any court of the United States within the jurisdiction of which the investigation is carried on to compel compliance (21 U.S.C. 876(c)), and the United States District Court may issue an order requiring you to appear and produce records.

Questions concerning this subpoena may be directed to the case agent, Special Agent Lourdes Ibarra, (305) 555-0112.

Issued by:
~ N. B. Cole III

NATHANIEL B. COLE III
Group Supervisor, Miami Field Division Enforcement Group 4
Tel. (305) 555-0106 · nathaniel.b.cole@dea.gov
Date issued: 10/14/2026

Request that you not disclose the existence of this subpoena for an indefinite period; any such disclosure could impede the investigation.

DEA Administrative Subpoena – issued under 21 U.S.C. 876
""", label=label("bpp12", "fax", "DEA 21 USC 876 administrative subpoena faxed by investigative assistant; case agent named; table of two subjects",
                 "doj-dea", "Drug Enforcement Administration – Miami Field Division", "Nathaniel B. Cole III",
                 "Group Supervisor", "nathaniel.b.cole@dea.gov", "(305) 555-0106",
                 [subj("Jhonatan Esteban Restrepo", "1990-08-15", license="R213440902950"),
                  subj("Yesenia Mejía García", "1994-01-07")],
                 ["21 USC 841", "21 USC 876"], "administrative_subpoena", None, True, "criminal_investigation",
                 ["identity_documents", "license", "photo", "address", "vehicle"], "fax"))

# =====================================================================
# bpp13  eml plain  none  Utah County deputy informal
# =====================================================================
doc(id="bpp13", fmt="eml", eml=dict(
    hdr={"From": "Colt Jensen <cjensen@utahcounty.gov>",
         "To": "dld.lerequests@utah.gov",
         "Subject": "address check",
         "Date": "2026-10-15 16:48 -0600", "Message-ID": "<a71f0c2e-ucso@utahcounty.gov>"},
    text="""Hi there,

Could you run this guy and send me his current address on file and whatever vehicles he has registered? Just need a good address.

KOWALSKI, Brandon J.
DOB 01/09/1984
UT DL 164552871

Thanks a bunch,

Deputy Colton R. Jensen, #U417
Utah County Sheriff's Office - Patrol Division
3075 N Main St, Spanish Fork, UT 84660
801-555-0147

Sent from my iPhone
"""),
    label=label("bpp13", "eml", "informal deputy e-mail, nickname in header, no reason given",
                "sheriff", "Utah County Sheriff's Office", "Colton R. Jensen", "Deputy",
                "cjensen@utahcounty.gov", "801-555-0147",
                [subj("Brandon J. Kowalski", "1984-01-09", license="164552871")],
                [], "none", None, False, "unknown", ["address", "vehicle"], "email"))

# =====================================================================
# bpp14  born_digital  court_subpoena  NJ Superior Court subpoena duces tecum (Camden prosecutor)
# =====================================================================
doc(id="bpp14", fmt="born_digital", font="Serif", markup="""
^ GRACE C. MACAULAY, CAMDEN COUNTY PROSECUTOR
^ Motor Vehicle Homicide & Serious Injury Unit
^ 25 North Fifth Street, Camden, New Jersey 08102 · (856) 555-0165
---
|STATE OF NEW JERSEY, Plaintiff, v. DARIUSZ NOWAK, Defendant.|SUPERIOR COURT OF NEW JERSEY, LAW DIVISION – CRIMINAL PART, CAMDEN COUNTY. Indictment No. 26-03-0412-I
# SUBPOENA DUCES TECUM
^ (R. 1:9-1; R. 3:13-3)

THE STATE OF NEW JERSEY, to: Custodian of Records, New Jersey Motor Vehicle Commission, Driver History Unit, 225 East State Street, Trenton, NJ 08666

YOU ARE HEREBY COMMANDED to produce, at the Camden County Hall of Justice, 101 South Fifth Street, Camden, New Jersey, Courtroom 42, on November 9, 2026 at 9:00 a.m., at the trial of the above-captioned matter, the following:

Certified copies of the complete driver history abstract, license status history, digitized photograph, and address history for DARIUSZ NOWAK, DOB 12/21/1986, NJ Driver License No. N6234 11258 01862.

The charges are Aggravated Assault by Auto, N.J.S.A. 2C:12-1(c), and Leaving the Scene, N.J.S.A. 2C:11-5.1. The victim, Shauna Briggs, and witness Paul Okonkwo are named in the indictment; no records concerning them are requested.

Production of certified records by mail before the date above, with a certification pursuant to N.J.R.E. 902, will be accepted in lieu of appearance.

Failure to comply with this subpoena may be punished as contempt of court.

|Issued at the request of|Clerk of the Superior Court
|/s/ Janelle T. Moravec|/s/ Clerk, Superior Court of New Jersey
|Janelle T. Moravec, Assistant Prosecutor, Attorney ID 031142009, (856) 555-0166, jmoravec@camdencountynj.gov|Dated: October 16, 2026
""", label=label("bpp14", "born_digital", "New Jersey criminal trial subpoena duces tecum issued at request of assistant prosecutor (Prosecutor in letterhead)",
                 "district-attorney", "Camden County Prosecutor's Office", "Janelle T. Moravec", "Assistant Prosecutor",
                 "jmoravec@camdencountynj.gov", "(856) 555-0166",
                 [subj("Dariusz Nowak", "1986-12-21", license="N62341125801862")],
                 ["NJ R 1:9-1", "NJ R 3:13-3", "NJSA 2C:12-1", "NJSA 2C:11-5.1", "NJ R Evid 902"], "court_subpoena", None, True,
                 "criminal_investigation", ["license", "photo", "address", "other"], "mail"))

# =====================================================================
# bpp15  eml + PNG  detainer I-247N to Pennsylvania DOC
# =====================================================================
I247N = """
^ DEPARTMENT OF HOMELAND SECURITY
# REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
|Subject ID: 330127754|Event #: PHI2610000877|File No: A087 223 149|Date: October 19, 2026

TO: Pennsylvania Department of Corrections, SCI Camp Hill – Records Office
FROM: ICE ERO Philadelphia, 114 N. 8th Street, Philadelphia, PA 19107

Name of Alien: PETRENKO, Ruslan Ivanovich
Date of Birth: 25 May 1977     Citizenship: Ukraine     PA DOC Inmate No.: HX4821

DHS HAS DETERMINED THAT THE ALIEN IS A PRIORITY FOR REMOVAL AND REQUESTS THAT YOU:
• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
This request does not ask you to detain the alien beyond the time he/she would otherwise be released.

Issued under sections 236 and 287 of the Immigration and Nationality Act and 8 CFR 287.7.

Authorized Immigration Officer: Sean P. McGonigle, Deportation Officer   /s/ S. P. McGonigle

DHS Form I-247N (5/15)
"""
doc(id="bpp15", fmt="eml", eml=dict(
    hdr={"From": "\"McGonigle, Sean P\" <sean.p.mcgonigle@ice.dhs.gov>",
         "To": "ra-crrecords@pa.gov",
         "Subject": "I-247N - PETRENKO, Ruslan - HX4821",
         "Date": "2026-10-19 13:05 -0400", "Message-ID": "<PHI-2610191305@ice.dhs.gov>"},
    text="""Records Office,

Please see the attached notification request (scanned image) for inmate PETRENKO, Ruslan Ivanovich, inmate no. HX4821, A-087-223-149. Kindly notify this office of his anticipated release or parole date and any transfer.

Sean P. McGonigle
Deportation Officer, ICE ERO Philadelphia
Ph 215-555-0186 | Fax 215-555-0187
""", attachments=[("I247N_PETRENKO.png", ("png", I247N, "Sans"), "image/png")]),
    label=label("bpp15", "eml", "short ERO e-mail with I-247N attached as PNG image",
                "dhs-ice-ero", "ICE ERO Philadelphia", "Sean P. McGonigle", "Deportation Officer",
                "sean.p.mcgonigle@ice.dhs.gov", "215-555-0186",
                [subj("Ruslan Ivanovich Petrenko", "1977-05-25", a_number="A087223149", other="HX4821")],
                ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247N", True, "civil_immigration",
                ["other"], "email"))

# =====================================================================
# bpp16  txt  none  USPIS plain text e-mail to Massachusetts RMV
# =====================================================================
doc(id="bpp16", fmt="txt", text="""From: Adeyemi, Oluwaseun T - Boston, MA <otadeyemi@uspis.gov>
To: RMV Law Enforcement Liaison <rmv.leliaison@dot.state.ma.us>
Date: Tue, 20 Oct 2026 10:17:44 -0400
Subject: USPIS request - DL photo / address - KUZNETSOVA

Good morning,

The U.S. Postal Inspection Service is investigating a series of mail thefts from
cluster boxes in Quincy and Braintree (18 U.S.C. § 1708; also G.L. c. 266, § 30
larceny). We have developed the following person as a suspect and ask for her
license photograph, current and previous addresses, and any vehicles registered:

    Name:    Svetlana M. KUZNETSOVA
    AKA:     "Lana Kuzma"
    DOB:     1990-02-27
    MA Lic:  S41882706

She is believed to be driving a vehicle registered to her former landlord, Arthur
Mancini, who is not a suspect; please do not include his records.

Requests are made for a law enforcement function under 18 U.S.C. § 2721(b)(1).

Thank you,
Oluwaseun "Seun" Adeyemi
Postal Inspector
U.S. Postal Inspection Service - Boston Division
495 Summer St Ste 600, Boston MA 02210-2114
617-555-0121 (desk)
""", label=label("bpp16", "txt", "plain-text e-mail from postal inspector saved as text; alias and landlord named",
                 "usps-uspis", "U.S. Postal Inspection Service - Boston Division", "Oluwaseun T. Adeyemi",
                 "Postal Inspector", "otadeyemi@uspis.gov", "617-555-0121",
                 [subj("Svetlana M. Kuznetsova", "1990-02-27", license="S41882706")],
                 ["18 USC 1708", "MGL 266-30", "18 USC 2721"], "none", None, False, "criminal_investigation",
                 ["photo", "address", "vehicle"], "email"))

# =====================================================================
# bpp17  born_digital  administrative_warrant  I-205 + ERO cover letter to Colorado CDLE
# =====================================================================
doc(id="bpp17", fmt="born_digital", font="Serif", markup="""
^ U.S. Immigration and Customs Enforcement
^ Enforcement and Removal Operations – Denver Field Office (Grand Junction Sub-Office)
^ 2828 Elm Avenue, Grand Junction, CO 81501
---
October 20, 2026

Colorado Department of Labor and Employment
Unemployment Insurance – Records & Disclosure
633 17th Street, Suite 201, Denver, CO 80202

Subject: PORTILLO AMAYA, Edwin Osvaldo – A203 558 019

Dear Sir or Madam:

The above individual is subject to a final order of removal, and the enclosed Warrant of Removal/Deportation (Form I-205) has been issued for his removal from the United States under 8 U.S.C. § 1231. To effect the warrant we request the name and address of his current employer(s) and his most recent residential address as reported in wage or claim records.

We are aware of the limits imposed by C.R.S. § 24-74-103. The enclosed warrant is provided in support of this request.

Sincerely,

~ Lindsey Haugen

Lindsey K. Haugen
Deportation Officer
(970) 555-0133 · lindsey.k.haugen@ice.dhs.gov

Enclosure: Form I-205
===PAGE===
^ U.S. Department of Homeland Security
# WARRANT OF REMOVAL/DEPORTATION
|File No: A203 558 019|Date: October 1, 2026

To any immigration officer of the United States Department of Homeland Security:

EDWIN OSVALDO PORTILLO AMAYA
(Full name of alien to be removed/deported)

born 11 February 1989 in El Salvador, a native and citizen of El Salvador, is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 241(a).

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of the appropriation for the removal of aliens.

~ J. Whitcombe

(Signature of immigration officer)
Jared S. Whitcombe, Field Office Director
(Title of immigration officer)
(Date and office location) 10/01/2026 Centennial, CO

Form I-205 (Rev. 08/01/07)
""", label=label("bpp17", "born_digital", "ERO cover letter asking labor agency for employer, with I-205 (judge checkbox printed, unchecked)",
                 "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Denver Field Office",
                 "Lindsey K. Haugen", "Deportation Officer", "lindsey.k.haugen@ice.dhs.gov", "(970) 555-0133",
                 [subj("Edwin Osvaldo Portillo Amaya", "1989-02-11", a_number="A203558019")],
                 ["8 USC 1231", "CRS 24-74-103", "INA 241"], "administrative_warrant", "I-205", True,
                 "civil_immigration", ["employment", "address"], "mail"))

# =====================================================================
# bpp18  scanned  none  Tennessee DOS request form, Memphis PD, three subjects in a ruled table
# =====================================================================
doc(id="bpp18", fmt="scanned", font="Sans", rot={}, markup="""
^ STATE OF TENNESSEE – DEPARTMENT OF SAFETY AND HOMELAND SECURITY
^ Driver Services Division
# LAW ENFORCEMENT REQUEST FOR DRIVER RECORDS
^ (Form SF-1473, rev. 2022)
---
SECTION A – REQUESTING AGENCY
|Agency|ORI|Date
|Memphis Police Department – Robbery Bureau|TN0790100|10-21-2026
|Requesting Officer (print)|Rank / Badge|Phone / E-mail
|Latoya S. Whitmore|Detective, #11842|901-555-0138 / latoya.whitmore@memphistn.gov

SECTION B – CASE
Report/Case No.: 2610-0091773     Offense / Statute: Aggravated Robbery, T.C.A. § 39-13-402
Purpose: [X] Criminal investigation  [ ] Warrant service  [ ] Traffic  [ ] Other ______

SECTION C – SUBJECT(S)  (list last name first)
|#|Name (Last, First Middle)|DOB|TN DL / ID No.|Records wanted
|1|BRANDT, Eli Jacob|10/30/1993|118877452|Photo, address
|2|LÊ, Quỳnh Anh|02/14/1997|—|Photo, address, vehicles
|3|SANCHEZ-IBARRA, Omar|07/07/1991|104455230|Photo, address, vehicles
|4|BAUTISTA, Jericho Manalo|03/22/2000|131907465|Photo, address

Victim (do not search): Mr. Curtis Oyelaran, store clerk

SECTION D – CERTIFICATION
I certify that the records requested are needed in the performance of official law enforcement functions as permitted by the federal Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and T.C.A. § 55-25-107, and will be used only for that purpose.

Signature: /s/ L. S. Whitmore         Date: 10/21/2026
Supervisor approval: Lt. Gerald Fontaine  (initials) GF

Submit by mail to: Driver Services – Records, 1150 Foster Ave, Nashville, TN 37243.
""", label=label("bpp18", "scanned", "state DMV law-enforcement request form, scanned; four subjects in ruled table, victim excluded",
                 "local-police", "Memphis Police Department – Robbery Bureau", "Latoya S. Whitmore", "Detective",
                 "latoya.whitmore@memphistn.gov", "901-555-0138",
                 [subj("Eli Jacob Brandt", "1993-10-30", license="118877452"),
                  subj("Quỳnh Anh Lê", "1997-02-14"),
                  subj("Omar Sanchez-Ibarra", "1991-07-07", license="104455230"),
                  subj("Jericho Manalo Bautista", "2000-03-22", license="131907465")],
                 ["TCA 39-13-402", "18 USC 2721", "TCA 55-25-107"], "none", None, False, "criminal_investigation",
                 ["photo", "address", "vehicle"], "mail"))

# =====================================================================
# bpp19  eml + PDF  court_order  D. Minn. order, DOL-OIG agent
# =====================================================================
ORD19 = """
# UNITED STATES DISTRICT COURT
# DISTRICT OF MINNESOTA
---
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER DIRECTING THE MINNESOTA DEPARTMENT OF EMPLOYMENT AND ECONOMIC DEVELOPMENT TO DISCLOSE UNEMPLOYMENT INSURANCE RECORDS
Case No. 26-mj-0833 (DJF)
# ORDER
This matter comes before the Court on the application of the United States, by Assistant United States Attorney Corinne V. Ashdown, for an order under Minn. Stat. § 268.19, subd. 1(a)(4) and 20 C.F.R. § 603.5(i) directing the Minnesota Department of Employment and Economic Development ("DEED") to disclose records.

The Court finds that the records are relevant and material to an ongoing criminal investigation of theft of government funds and wire fraud in violation of 18 U.S.C. §§ 641 and 1343.

IT IS HEREBY ORDERED that DEED shall disclose to the U.S. Department of Labor, Office of Inspector General, all unemployment insurance claim records, benefit payment records, and wage records for:

  FADUMO ABDI NUR, date of birth September 12, 1988, SSN xxx-xx-3391;
  JORDAN T. HALVORSEN, date of birth November 22, 1990, SSN xxx-xx-7045.

IT IS FURTHER ORDERED that DEED shall not notify the claimants of this Order for a period of 180 days.

Dated: October 14, 2026

BY THE COURT:

~ Danielle J. Forsberg

Danielle J. Forsberg
United States Magistrate Judge
"""
doc(id="bpp19", fmt="eml", eml=dict(
    hdr={"From": "\"Farah, Hamza A - OIG\" <farah.hamza.a@oig.dol.gov>",
         "To": "DEED UI Legal Requests <deed.uilegal@state.mn.us>",
         "Subject": "Court order - UI records - NUR / HALVORSEN - DOL-OIG case 26-CHI-0412",
         "Date": "2026-10-16 08:55 -0500", "Message-ID": "<DOLOIG.26101608550012@oig.dol.gov>"},
    text="""Hello,

Attached is a signed order of the U.S. District Court for the District of Minnesota (26-mj-0833) directing DEED to disclose unemployment insurance claim, payment and wage records for Fadumo Abdi Nur and Jordan T. Halvorsen to our office. Please include the IP addresses and bank accounts associated with each claim and the employers reporting wages.

Claimant employers (for reference only, not subjects): North Loop Home Care LLC; Halvorsen Landscaping.

Respectfully,

Hamza Abdi Farah
Special Agent
U.S. Department of Labor - Office of Inspector General
Office of Investigations - Labor Racketeering and Fraud, Minneapolis Resident Office
(612) 555-0144 | farah.hamza.a@oig.dol.gov

CONFIDENTIALITY NOTICE: This e-mail may contain law enforcement sensitive information.
""", attachments=[("26-mj-0833_Order.pdf", ("pdf", ORD19, "Serif"), "application/pdf")]),
    label=label("bpp19", "eml", "OIG agent e-mail attaching a federal magistrate's order (PDF)",
                "dol-oig", "U.S. Department of Labor - Office of Inspector General", "Hamza Abdi Farah", "Special Agent",
                "farah.hamza.a@oig.dol.gov", "(612) 555-0144",
                [subj("Fadumo Abdi Nur", "1988-09-12", ssn_last4="3391"),
                 subj("Jordan T. Halvorsen", "1990-11-22", ssn_last4="7045")],
                ["MN Stat 268.19", "20 CFR 603.5", "18 USC 641", "18 USC 1343"], "court_order", None, True,
                "criminal_investigation", ["claims", "benefits", "wages", "employment", "other"], "email"))

# =====================================================================
# bpp20  fax  none  Charlotte-Mecklenburg PD, analyst for detective III
# =====================================================================
doc(id="bpp20", fmt="fax", font="Sans", fax_header="2026-10-22 14:31 CMPD VIOLENT CRIMES DIV 704-555-0154", markup="""
^ CHARLOTTE-MECKLENBURG POLICE DEPARTMENT
^ Violent Crimes Division – Property Crimes / Larceny Unit
^ 601 East Trade Street, Charlotte, NC 28202
---
# FAX
TO: NCDMV – Law Enforcement Records Request, Raleigh (fax 919-555-0129)
FROM: Jenna Royce, Crime Analyst, on behalf of Detective Marcus Ellery III
DATE: 22 October 2026     PAGES: 2

Detective Ellery requests DMV records for the following person in connection with CMPD complaint no. 20261019-1147-00 (felony larceny, N.C. Gen. Stat. § 14-72):

|Name|DOB|NC DL|Records
|PIERRE-LOUIS, Jean Wesner|June 19, 1984|0000 3155 2870|Current address, DL photo, registered vehicles

The subject is believed to work at Queen City Auto Detail and to rent from Harold Spence on Tuckaseegee Road; neither the employer nor the landlord is a suspect.

The request is made under 18 U.S.C. 2721(b)(1). Please fax results to 704-555-0154, attn: Det. Ellery, or e-mail marcus.ellery@cmpd.org. Detective Ellery's direct line is 704-555-0159.
===PAGE===
Requesting officer:

~ Marcus Ellery III

Det. Marcus Ellery III, #3109
Property Crimes / Larceny Unit

Prepared by: J. Royce, Crime Analyst, 704-555-0155

CONFIDENTIAL: The information in this facsimile is intended for the named recipient only and may be protected by N.C.G.S. § 132-1.4. If you are not the intended recipient, notify the sender at 704-555-0154.
""", label=label("bpp20", "fax", "police fax sent by crime analyst for a detective (suffix III); employer and landlord named",
                 "local-police", "Charlotte-Mecklenburg Police Department", "Marcus Ellery III", "Detective",
                 "marcus.ellery@cmpd.org", "704-555-0159",
                 [subj("Jean Wesner Pierre-Louis", "1984-06-19", license="000031552870")],
                 ["NCGS 14-72", "18 USC 2721", "NCGS 132-1.4"], "none", None, False, "criminal_investigation",
                 ["address", "photo", "vehicle"], "fax"))

# =====================================================================
# bpp21  born_digital  court_subpoena  AO 89 D. Colo., AUSA
# =====================================================================
doc(id="bpp21", fmt="born_digital", font="Sans", markup="""
AO 89 (Rev. 08/09) Subpoena to Testify at a Hearing or Trial in a Criminal Case
# UNITED STATES DISTRICT COURT
^ for the
^ District of Colorado
---
|United States of America v. LONG THANH VU, Defendant|Case No. 1:26-cr-00214-RMR
# SUBPOENA TO TESTIFY AT A HEARING OR TRIAL IN A CRIMINAL CASE

To: Custodian of Records, Colorado Department of Labor and Employment, Division of Unemployment Insurance, 633 17th Street, Denver, CO 80202

YOU ARE COMMANDED to appear in the United States district court at the time, date, and place shown below to testify in this criminal case. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

|Place of Appearance: Alfred A. Arraj U.S. Courthouse, 901 19th Street, Denver, CO 80294|Courtroom No.: A601
| |Date and Time: 12/01/2026 9:00 am

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):
Certified copies of all quarterly wage records and employer information for VU, Long Thanh (DOB 04/02/1980, SSN ending 5190) from 2023 Q1 through the present, together with a declaration under Fed. R. Evid. 902(11). Production under Fed. R. Crim. P. 17(c) before the trial date is acceptable.

(SEAL)
Date: 10/19/2026          CLERK OF COURT
~ Deputy Clerk T. Abeyta
Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the attorney representing (name of party) United States of America, who requests this subpoena, are:
Theodore M. Garrity, Assistant United States Attorney, 1801 California Street, Suite 1600, Denver, CO 80202 · ted.garrity@usdoj.gov · (303) 555-0162
---
PROOF OF SERVICE
This subpoena for (name of individual and title, if any) ______________________ was received by me on (date) ____________.
""", label=label("bpp21", "born_digital", "AO 89 federal criminal trial subpoena requested by AUSA",
                 "doj-usao", "United States Attorney's Office, District of Colorado", "Theodore M. Garrity",
                 "Assistant United States Attorney", "ted.garrity@usdoj.gov", "(303) 555-0162",
                 [subj("Long Thanh Vu", "1980-04-02", ssn_last4="5190")],
                 ["FRE 902", "FRCrP 17"], "court_subpoena", "AO 89", True, "criminal_investigation",
                 ["wages", "employment"], "mail"))

# =====================================================================
# bpp22  scanned  administrative_subpoena  CBP Form 3115 summons to Texas DPS
# =====================================================================
doc(id="bpp22", fmt="scanned", font="Sans", rot={}, markup="""
^ DEPARTMENT OF HOMELAND SECURITY
^ U.S. Customs and Border Protection
# SUMMONS
^ (19 U.S.C. 1509)
|Summons No. LRD-26-0093|Port: Laredo, Texas (2304)|Date: 10/21/2026

To: Custodian of Records, Texas Department of Public Safety, Driver License Division, 5805 N. Lamar Blvd., Austin, TX 78752

In the matter of: an inquiry into the importation of merchandise and possible violations of 18 U.S.C. § 545 (smuggling goods into the United States) and 19 U.S.C. § 1592.

YOU ARE HEREBY SUMMONED and required to appear before Supervisory CBP Officer Adelina R. Cantú, an officer of U.S. Customs and Border Protection, at 0900 on November 4, 2026, at the World Trade Bridge Administrative Office, 11601 FM 1472, Laredo, TX 78045, to give testimony and to produce the following records:

Driver license application(s), digital photograph, all residential addresses of record, and vehicle registration information for:
   ZÚÑIGA LEAL, Héctor Manuel — DOB 13 Nov 1984 — TX DL 40219876

In lieu of appearance, certified copies may be mailed to the issuing officer.

If you neglect or refuse to obey this summons, the United States District Court for the district in which you reside may, upon application under 19 U.S.C. § 1510, compel compliance.

Issued by:
~ Adelina R. Cantú
Adelina R. Cantú, Supervisory CBP Officer, Office of Field Operations, Laredo Field Office
Tel. (956) 555-0117 · adelina.r.cantu@cbp.dhs.gov

Approved: Port Director Samuel D. Whitford

CBP Form 3115 (02/24)
""", label=label("bpp22", "scanned", "CBP Form 3115 customs summons, scanned; port director approval line",
                 "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Laredo Field Office",
                 "Adelina R. Cantú", "Supervisory CBP Officer", "adelina.r.cantu@cbp.dhs.gov", "(956) 555-0117",
                 [subj("Héctor Manuel Zúñiga Leal", "1984-11-13", license="40219876")],
                 ["19 USC 1509", "18 USC 545", "19 USC 1592", "19 USC 1510"], "administrative_subpoena",
                 "CBP Form 3115", True, "criminal_investigation",
                 ["identity_documents", "license", "photo", "address", "vehicle"], "mail"))

# =====================================================================
# bpp23  eml HTML-only  none  HSI Detroit, three subjects, SAC in signature block
# =====================================================================
doc(id="bpp23", fmt="eml", eml=dict(
    hdr={"From": "Jerome Whitlock <jerome.a.whitlock@ice.dhs.gov>",
         "To": "MDOS Law Enforcement Unit <mdos-le@michigan.gov>",
         "Subject": "HSI Detroit - records request - DT26QR07DT0018",
         "Date": "2026-10-23 11:40 -0400", "Message-ID": "<HSI-DET-2610231140.3@ice.dhs.gov>"},
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Homeland Security Investigations (HSI) Detroit is conducting a criminal investigation into sex trafficking and related offenses under <b>18 U.S.C. &sect; 1591</b>. I am requesting driver license photographs, addresses of record and vehicle registration information from the Michigan Department of State for the individuals listed below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Last name</th><th>First / middle</th><th>DOB</th><th>MI DL / ID</th><th>Notes</th></tr>
<tr><td>ZIELI&Nacute;SKI</td><td>Marek</td><td>1982-02-02</td><td>Z452 118 903 761</td><td></td></tr>
<tr><td>FUENTES ORTIZ</td><td>Daniela</td><td>1995-08-30</td><td>&ndash;</td><td>AKA &quot;Dani Ortiz&quot;</td></tr>
<tr><td>TRAN</td><td>Minh Khoa</td><td>1991-06-12</td><td>T650 337 120 448</td><td></td></tr>
</table>
<p>Please note the identified minor victim (&quot;J.M.&quot;) and a cooperating witness, Rosalind Tabb, appear in our reporting; we are <u>not</u> requesting any records concerning them.</p>
<p>This request is made for a law enforcement function under 18 U.S.C. &sect; 2721(b)(1) and MCL 257.208c.</p>
<p>Thank you for your assistance,</p>
<p>Jerome A. Whitlock<br>Special Agent<br>U.S. Department of Homeland Security<br>Homeland Security Investigations<br>Office of the Special Agent in Charge &ndash; Detroit (SAC Vanessa Ruiz-Kemp)<br>477 Michigan Ave., Suite 1850, Detroit, MI 48226<br>Desk: 313-555-0175 | Mobile: 313-555-0196</p>
<p style="font-size:8pt;color:#666">WARNING: This e-mail is LAW ENFORCEMENT SENSITIVE. Do not forward without the permission of the sender.</p>
</body></html>"""),
    label=label("bpp23", "eml", "HTML-only HSI e-mail, three subjects in HTML table, SAC named in signature block",
                "dhs-ice-hsi", "Homeland Security Investigations Detroit", "Jerome A. Whitlock", "Special Agent",
                "jerome.a.whitlock@ice.dhs.gov", "313-555-0175",
                [subj("Marek Zieliński", "1982-02-02", license="Z452118903761"),
                 subj("Daniela Fuentes Ortiz", "1995-08-30"),
                 subj("Minh Khoa Tran", "1991-06-12", license="T650337120448")],
                ["18 USC 1591", "18 USC 2721", "MCL 257.208c"], "none", None, False, "criminal_investigation",
                ["photo", "address", "vehicle"], "email"))

# =====================================================================
# bpp24  txt  none  ATF web-form submission to Louisiana OMV
# =====================================================================
doc(id="bpp24", fmt="txt", text="""=== LOUISIANA OFFICE OF MOTOR VEHICLES :: LAW ENFORCEMENT INFORMATION REQUEST ===
Form ID: OMV-LEIR  |  Confirmation: 8F3K-22Q9  |  Received: 10/26/2026 09:04 CDT

Requester Name:        Thibodeaux, Beau T.
Title:                 Special Agent
Agency:                Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) - New Orleans Field Division, Baton Rouge Field Office
Agency Type:           Federal
Phone:                 225-555-0178
Email:                 beau.thibodeaux@atf.gov
Supervisor Name:       RAC Denise Fontenot

Subject Last Name:     Boudreaux
Subject First Name:    Terrence
Subject Middle Name:   Lamar
Alias(es):             "T-Boo"
Date of Birth:         March 27, 1989
LA DL #:               009811234
Plate (if known):      
Additional Persons:    (none)

Information Requested: Residential address, DL photo, registered vehicles
Reason for Request:    Felon in possession of a firearm - 18 USC 922(g)(1); La. R.S. 14:95.1. Subject identified from pawn records; ATF case 762045-26-0011.

I certify that I am a law enforcement officer and this information is requested in the performance of my official duties.   [X] Agree
""", label=label("bpp24", "txt", "state OMV web-form submission by ATF agent (LAST, First field), alias",
                 "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) - New Orleans Field Division, Baton Rouge Field Office",
                 "Beau T. Thibodeaux", "Special Agent", "beau.thibodeaux@atf.gov", "225-555-0178",
                 [subj("Terrence Lamar Boudreaux", "1989-03-27", license="009811234")],
                 ["18 USC 922", "LA RS 14:95.1"], "none", None, False, "criminal_investigation",
                 ["address", "photo", "vehicle"], "email"))

# =====================================================================
# bpp25  born_digital  judicial_warrant  USMS letter + AO 442 arrest warrant
# =====================================================================
doc(id="bpp25", fmt="born_digital", font="Serif", markup="""
^ U.S. Department of Justice
^ United States Marshals Service
^ District of New Mexico
^ 333 Lomas Blvd. NW, Suite 180, Albuquerque, NM 87102
---
October 27, 2026

New Mexico Taxation and Revenue Department
Motor Vehicle Division – Records Section
P.O. Box 1028, Santa Fe, NM 87504

RE: Fugitive DELGADO-CHÁVEZ, Ramón Ignacio (a.k.a. "Ray Chavez"), USMS No. 88214-051

The U.S. Marshals Service is seeking to apprehend the above fugitive on the enclosed federal arrest warrant. Under 28 U.S.C. § 566(e) the Marshals Service is authorized to investigate fugitive matters. We ask for the subject's most recent address of record, license photograph, license status and any vehicles registered to him.

Subject: DELGADO-CHÁVEZ, Ramón Ignacio — DOB 16 April 1979 — NM DL 501223874

~ K. J. Lund

Kristoffer J. Lund
Deputy U.S. Marshal, Southwest Investigative Fugitive Team
(505) 555-0146 / kristoffer.lund@usdoj.gov

cc: Chief Deputy U.S. Marshal Anthony Reyes-Baca
===PAGE===
AO 442 (Rev. 11/11) Arrest Warrant
# UNITED STATES DISTRICT COURT
^ for the
^ District of New Mexico
|United States of America v. RAMÓN IGNACIO DELGADO-CHÁVEZ, Defendant|Case No. 26-MJ-01977
# ARREST WARRANT
To: Any authorized law enforcement officer

YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay (name of person to be arrested) RAMÓN IGNACIO DELGADO-CHÁVEZ, who is accused of an offense or violation based on the following document filed with the court:
[ ] Indictment  [ ] Superseding Indictment  [ ] Information  [X] Complaint  [ ] Probation Violation Petition

This offense is briefly described as follows:
Possession with intent to distribute fentanyl and conspiracy, in violation of 21 U.S.C. §§ 841(a)(1) and 846.

Date: 10/09/2026          /s/ Gregory J. Fouratt
Issuing officer's signature
City and state: Las Cruces, New Mexico          Gregory J. Fouratt, U.S. Magistrate Judge

---
Return
This warrant was received on (date) ________, and the person was arrested on (date) ________ at (city and state) ____________.
""", label=label("bpp25", "born_digital", "USMS fugitive letter + AO 442 federal arrest warrant; chief deputy cc'd",
                 "doj-usms", "United States Marshals Service, District of New Mexico", "Kristoffer J. Lund",
                 "Deputy U.S. Marshal", "kristoffer.lund@usdoj.gov", "(505) 555-0146",
                 [subj("Ramón Ignacio Delgado-Chávez", "1979-04-16", license="501223874")],
                 ["28 USC 566", "21 USC 841", "21 USC 846"], "judicial_warrant", "AO 442", True,
                 "criminal_investigation", ["address", "photo", "license", "vehicle"], "mail"))

# =====================================================================
# bpp26  eml + message/rfc822  none  sergeant forwards detective's request (Wichita PD -> KDOL)
# =====================================================================
def fwd26():
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = "\"Pickett, Shondra\" <spickett@wichita.gov>"
    inner["To"] = "\"Albers, Vincent\" <valbers@wichita.gov>"
    inner["Subject"] = "KDOL request - Beltran"
    inner["Date"] = format_datetime(dt("2026-10-26 15:20 -0500"))
    inner["Message-ID"] = "<pickett-2610261520@wichita.gov>"
    inner.set_content("""Sarge,

Can you push this to KDOL since they want it from a supervisor? I need employer and wage info for:

  Óscar Iván Beltrán   DOB 09/09/1993   SSN last 4: 2280

He is our suspect in the Prairie Meats break-ins (case 26C047715, burglary K.S.A. 21-5807). The plant manager, Gloria Stuckey, reported it; she is the victim, not a suspect. I'd like his employers for the last 4 quarters and his current address from any UI claim.

Det. Shondra Pickett
Property Crimes Section, Wichita Police Department
316-555-0163 | spickett@wichita.gov
""")
    return inner


doc(id="bpp26", fmt="eml", eml=dict(
    hdr={"From": "\"Albers, Vincent\" <valbers@wichita.gov>",
         "To": "KDOL Legal Records <kdol.legalrecords@ks.gov>",
         "Subject": "FW: KDOL request - Beltran",
         "Date": "2026-10-27 07:45 -0500", "Message-ID": "<albers-2610270745@wichita.gov>"},
    text="""Good morning,

Please process the attached request from Det. Shondra Pickett of my section. I have reviewed and approve it. Send the results directly to her.

Sgt. Vincent Albers
Property Crimes Section Supervisor
Wichita Police Department
316-555-0160
""", forwarded="FWD26"),
    label=label("bpp26", "eml", "sergeant forwards a detective's request as attached message/rfc822",
                "local-police", "Wichita Police Department", "Shondra Pickett", "Detective",
                "spickett@wichita.gov", "316-555-0163",
                [subj("Óscar Iván Beltrán", "1993-09-09", ssn_last4="2280")],
                ["KSA 21-5807"], "none", None, False, "criminal_investigation",
                ["employment", "wages", "address"], "email"))

# =====================================================================
# bpp27  scanned  court_subpoena  California criminal SDT to EDD, deputy DA
# =====================================================================
doc(id="bpp27", fmt="scanned", font="Sans", rot={1: 180}, markup="""
^ LISA R. SMITTCAMP-ALVARADO, DISTRICT ATTORNEY (SBN 000001)
^ Priya S. Raman, Deputy District Attorney (SBN 301877)
^ OFFICE OF THE DISTRICT ATTORNEY, COUNTY OF FRESNO
^ 2100 Tulare Street, Suite 1000, Fresno, CA 93721 · (559) 555-0172 · praman@fresnocountyca.gov
^ Attorneys for Plaintiff
---
# SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO
|THE PEOPLE OF THE STATE OF CALIFORNIA, Plaintiff, v. ROSARIO ESPERANZA DOMÍNGUEZ, Defendant.|Case No. F26904412; Dept. 31; Trial date: December 7, 2026
# CRIMINAL SUBPOENA DUCES TECUM
^ (Penal Code §§ 1326, 1327; Evidence Code §§ 1560–1562)

THE PEOPLE OF THE STATE OF CALIFORNIA, TO: Custodian of Records, Employment Development Department, Legal Office – Subpoena Unit, MIC 53, P.O. Box 826880, Sacramento, CA 94280-0001

YOU ARE ORDERED TO APPEAR AS A WITNESS in this action at the date, time and place shown above, OR to deliver the records described below in compliance with Evidence Code §§ 1560 and 1561 in a sealed envelope to the clerk of the court.
===PAGE===
RECORDS TO BE PRODUCED: All unemployment insurance and disability insurance claim files, benefit payment histories, claimant addresses of record, and wage records reported under Unemployment Insurance Code § 1095 for:

  ROSARIO ESPERANZA DOMÍNGUEZ, also known as Rosario E. Salcedo (married name)
  Date of birth: 12/01/1981     SSN ending: 5527
  Period: January 1, 2020 – present

The defendant is charged with grand theft, Penal Code § 487(a), and insurance fraud. Her former employer, Valley Packing Co., and co-worker Graciela Montes are witnesses, not subjects of this subpoena.

Date issued: October 23, 2026

~ Priya S. Raman
Priya S. Raman, Deputy District Attorney

(Clerk)  /s/ M. Yang, Deputy Clerk          [SEAL]
""", label=label("bpp27", "scanned", "California criminal subpoena duces tecum issued by deputy DA (DA printed above), scanned; one page upside down",
                 "district-attorney", "Office of the District Attorney, County of Fresno", "Priya S. Raman",
                 "Deputy District Attorney", "praman@fresnocountyca.gov", "(559) 555-0172",
                 [subj("Rosario Esperanza Domínguez", "1981-12-01", ssn_last4="5527")],
                 ["CA PC 1326", "CA PC 1327", "CA Evid Code 1560", "CA Evid Code 1562", "CA Evid Code 1561",
                  "CA UI Code 1095", "CA PC 487"], "court_subpoena", None, True, "criminal_investigation",
                 ["claims", "benefits", "address", "wages"], "mail"))

# =====================================================================
# bpp28  fax  judicial_warrant  Tulsa County OK search warrant, records clerk for Cpl.
# =====================================================================
doc(id="bpp28", fmt="fax", font="Serif", fax_header="10/28/2026 16:12   TULSA POLICE DEPT INVEST. DIV.   918-555-0124", markup="""
^ TULSA POLICE DEPARTMENT – Investigations Division
^ 600 Civic Center, Tulsa, Oklahoma 74103
# FAX COVER
To: Oklahoma Employment Security Commission – Legal Division / Records       Fax: 405-555-0115
From: Amber Little, Records Clerk, on behalf of Cpl. Dmitri Volkov #1573, Financial Crimes Unit
Date: 10/28/2026       Pages: 3
Re: Search Warrant – REDCLOUD / ORLOV

Cpl. Volkov asks that OESC produce the records described in the attached warrant. Return to Cpl. Volkov, dvolkov@cityoftulsa.org, 918-555-0127.
===PAGE===
^ IN THE DISTRICT COURT OF TULSA COUNTY
^ STATE OF OKLAHOMA
# SEARCH WARRANT
^ No. SW-2026-1182

THE STATE OF OKLAHOMA, TO ANY SHERIFF, CONSTABLE, MARSHAL, OR POLICEMAN IN THE COUNTY OF TULSA:

Proof by affidavit having been this day made before me by Cpl. Dmitri Volkov, Tulsa Police Department, that there is probable cause to believe that records constituting evidence of the crime of Making or Uttering False or Forged Instruments, 21 O.S. § 1577, and Obtaining Property by False Pretenses, 21 O.S. § 1541.1, are held by the Oklahoma Employment Security Commission, Will Rogers Memorial Office Building, 2401 N. Lincoln Blvd., Oklahoma City, OK;

YOU ARE THEREFORE COMMANDED, pursuant to 22 O.S. § 1222 et seq., to search for and seize the following:
|Name|DOB|Records
|Kimberly Dawn REDCLOUD|04/08/1990|Employer wage reports, UI claims, address, phone
|Ivan Sergeyevich ORLOV|10/10/1985|Employer wage reports, UI claims, address, phone
===PAGE===
for the period January 1, 2025 through the date of this warrant, and make return of this warrant within ten (10) days.

Dated this 27th day of October, 2026.

~ Theresa K. Lindholm

JUDGE OF THE DISTRICT COURT
Theresa K. Lindholm, District Judge
""", label=label("bpp28", "fax", "police fax sent by records clerk for a corporal with Oklahoma district court search warrant; two subjects in table",
                 "local-police", "Tulsa Police Department", "Dmitri Volkov", "Corporal",
                 "dvolkov@cityoftulsa.org", "918-555-0127",
                 [subj("Kimberly Dawn Redcloud", "1990-04-08"),
                  subj("Ivan Sergeyevich Orlov", "1985-10-10")],
                 ["21 OS 1577", "21 OS 1541.1", "22 OS 1222"], "judicial_warrant", None, True,
                 "criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "fax"))

# =====================================================================
# bpp29  eml + JPEG  grand_jury_subpoena  Clark County NV grand jury, chief deputy DA
# =====================================================================
GJ29 = """
^ DISTRICT COURT
^ CLARK COUNTY, NEVADA
# SUBPOENA – GRAND JURY
^ (Duces Tecum)
|THE STATE OF NEVADA|Grand Jury Case No. 26BGJ041X
---
THE STATE OF NEVADA SENDS GREETINGS TO: Custodian of Records, Nevada Department of Motor Vehicles, Records Section, 555 Wright Way, Carson City, NV 89711

WE COMMAND YOU, that all and singular business and excuses set aside, you appear and attend before the Clark County Grand Jury, at the Regional Justice Center, 200 Lewis Avenue, Las Vegas, Nevada, on the 12th day of November, 2026, at 1:00 p.m., and bring with you the following, pursuant to NRS 172.135 and NRS 172.175:

Complete driver license file, including application documents, photographs, address history and vehicle registrations, for NIKOLAI PETROVIĆ, DOB 07/30/1976, NV DL 2901447615.

The investigation concerns Theft, NRS 205.0832, and related offenses.

If you fail to attend, you will be deemed guilty of contempt of court.

STEVEN D. GRIERSON, CLERK OF THE COURT
By: /s/ L. Ochoa   Deputy Clerk          Date: 10/26/2026

Issued at the request of: Rhiannon D. Castellanos, Chief Deputy District Attorney, Nevada Bar No. 011482
"""
doc(id="bpp29", fmt="eml", eml=dict(
    hdr={"From": "\"Castellanos, Rhiannon\" <rhiannon.castellanos@clarkcountyda.com>",
         "To": "dmvrecords-subpoena@dmv.nv.gov",
         "Cc": "Inv. Thomas Kealoha <tkealoha@clarkcountyda.com>",
         "Subject": "Grand Jury Subpoena Duces Tecum - 26BGJ041X - PETROVIC",
         "Date": "2026-10-27 12:14 -0700", "Message-ID": "<CCDA.26BGJ041X.1@clarkcountyda.com>"},
    text="""Dear Custodian of Records,

Attached please find a grand jury subpoena duces tecum (scanned, 1 page) for records relating to Nikolai Petrović. In lieu of appearing, you may deliver certified records with a custodian affidavit to my office before the return date. Investigator Thomas Kealoha (cc'd) can collect them.

Please treat this subpoena as confidential (NRS 172.245).

Rhiannon D. Castellanos
Chief Deputy District Attorney
Major Violators Unit
Clark County District Attorney's Office
200 Lewis Avenue, Las Vegas, NV 89101
(702) 555-0188
""", attachments=[("26BGJ041X_subpoena.jpg", ("jpg", GJ29, "Serif"), "image/jpeg")]),
    label=label("bpp29", "eml", "chief deputy DA e-mail with state grand jury subpoena as JPEG scan; investigator cc'd",
                "district-attorney", "Clark County District Attorney's Office", "Rhiannon D. Castellanos",
                "Chief Deputy District Attorney", "rhiannon.castellanos@clarkcountyda.com", "(702) 555-0188",
                [subj("Nikolai Petrović", "1976-07-30", license="2901447615")],
                ["NRS 172.135", "NRS 172.175", "NRS 205.0832", "NRS 172.245"], "grand_jury_subpoena", None, True,
                "criminal_investigation", ["license", "identity_documents", "photo", "address", "vehicle"], "email"))

# =====================================================================
# bpp30  born_digital  detainer  I-247D to Idaho DOC
# =====================================================================
doc(id="bpp30", fmt="born_digital", font="Sans", markup="""
^ DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION
|Subject ID: 402281993|Event #: BOI2610000241|File No: A212 009 458|Date: 10/29/2026

TO: Idaho Department of Correction – Central Records, 1299 N. Orchard St., Suite 110, Boise, ID 83706
FROM: ICE ERO Boise Sub-Office (Salt Lake City Field Office), 1185 S. Vinnell Way, Boise, ID 83709

Name of Alien: IBARRA QUIÑÓNEZ, Juan Carlos
Date of Birth: 1986-03-19     Citizenship: Mexico     IDOC No.: 145562

1. DHS HAS DETERMINED THAT THE SUBJECT IS A PRIORITY FOR REMOVAL BECAUSE:
[X] He or she has been convicted of an offense listed in the enforcement priorities.
2. DHS HAS TAKEN THE FOLLOWING ACTION (check one):
[X] Obtained an order of deportation or removal from the United States for this person.

IT IS REQUESTED THAT YOU:
[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the subject is released from your custody.
[X] Maintain custody of the subject for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
[X] Provide a copy of this form to the subject.

This request is issued under the authority of sections 236 and 287 of the Immigration and Nationality Act and 8 CFR 287.7.

|Name and title of Immigration Officer|Signature
|Paige M. Lowry, Supervisory Detention and Deportation Officer|/s/ Paige M. Lowry

Contact: (208) 555-0135 · paige.m.lowry@ice.dhs.gov

DHS Form I-247D (12/14)
""", label=label("bpp30", "born_digital", "I-247D detainer (request for voluntary action) to a state DOC",
                 "dhs-ice-ero", "ICE ERO Boise Sub-Office (Salt Lake City Field Office)", "Paige M. Lowry",
                 "Supervisory Detention and Deportation Officer", "paige.m.lowry@ice.dhs.gov", "(208) 555-0135",
                 [subj("Juan Carlos Ibarra Quiñónez", "1986-03-19", a_number="A212009458", other="145562")],
                 ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247D", True, "civil_immigration",
                 ["other"], "mail"))

# =====================================================================
# bpp31  born_digital  court_order  Fairfax County Circuit Court order, county police detective
# =====================================================================
doc(id="bpp31", fmt="born_digital", font="Serif", markup="""
^ FAIRFAX COUNTY POLICE DEPARTMENT
^ Major Crimes Bureau – Financial Crimes Section
^ 4100 Chain Bridge Road, Fairfax, Virginia 22030
^ Colonel Kevin T. Ashworth, Chief of Police
---
October 28, 2026

Virginia Employment Commission
Office of the Commissioner – Legal Services / Records
6606 West Broad Street, Richmond, VA 23230

Re: Court Order CL-2026-0014721 – DE LA FUENTE IBÁÑEZ, Rafael; HRYTSENKO, Svitlana

To the Custodian of Records:

Enclosed is an order of the Circuit Court of Fairfax County directing the Commission to release wage and claim records for the two persons named above, who are suspects in an embezzlement investigation (Va. Code § 18.2-111) being conducted by this section. The order was entered on motion of Assistant Commonwealth's Attorney Garrett L. Pham.

Please return the records to me.

~ Samira N. Haddad

Detective Samira N. Haddad, #2091
Financial Crimes Section
703-555-0153 · samira.haddad@fairfaxcounty.gov
===PAGE===
^ VIRGINIA:
# IN THE CIRCUIT COURT OF FAIRFAX COUNTY
^ IN RE: APPLICATION OF THE COMMONWEALTH FOR DISCLOSURE OF RECORDS OF THE VIRGINIA EMPLOYMENT COMMISSION
^ Case No. CL-2026-0014721
# ORDER
THIS MATTER came before the Court on the motion of the Commonwealth, by its Assistant Commonwealth's Attorney, for an order pursuant to Va. Code § 60.2-114 compelling the Virginia Employment Commission to disclose records. Upon consideration of the motion and the affidavit of Detective Samira N. Haddad, the Court finds good cause.

It is therefore ORDERED that the Virginia Employment Commission shall, within fifteen days, produce to the Fairfax County Police Department the following for the period January 1, 2024 to present:

  (a) RAFAEL DE LA FUENTE IBÁÑEZ, born May 5, 1983 — quarterly wage records, employer names and addresses, and unemployment claims with the address of record;
  (b) SVITLANA HRYTSENKO, born January 15, 1987 — the same.

ENTERED this 26th day of October, 2026.

~ Penelope R. Stroud

JUDGE, Circuit Court of Fairfax County

I ASK FOR THIS: Garrett L. Pham, Assistant Commonwealth's Attorney (VSB No. 88412)
""", label=label("bpp31", "born_digital", "county police detective cover letter (chief printed in letterhead) + Virginia circuit court order",
                 "local-police", "Fairfax County Police Department", "Samira N. Haddad", "Detective",
                 "samira.haddad@fairfaxcounty.gov", "703-555-0153",
                 [subj("Rafael de la Fuente Ibáñez", "1983-05-05"),
                  subj("Svitlana Hrytsenko", "1987-01-15")],
                 ["VA Code 18.2-111", "VA Code 60.2-114"], "court_order", None, True, "criminal_investigation",
                 ["wages", "employment", "claims", "address"], "mail"))

# =====================================================================
# bpp32  txt  none  SSA-OIG plain text e-mail to Maryland MVA (Filipino name, maiden name)
# =====================================================================
doc(id="bpp32", fmt="txt", text="""Date: Thu, 29 Oct 2026 14:02:10 -0400
From: "Adebayo, Kenneth O." <kenneth.adebayo@ssa.gov>
To: MVA Investigative Records <mva.investigations@mdot.maryland.gov>
Subject: Request for MVA records - SSA OIG case PHI2600417

Good afternoon,

I am a Special Agent with the Social Security Administration, Office of the
Inspector General, Office of Investigations, Baltimore Field Division. I am
investigating a suspected concealment of work activity while receiving
disability benefits, in violation of 42 U.S.C. § 408(a) and 18 U.S.C. § 641.

Please provide the current address, license photograph and license
application history for:

  SANTOS, Maria Theresa D.  (maiden name: DELA CRUZ)
  DOB: 21 August 1969
  SSN: ***-**-8812
  MD DL: S-532-118-774-220

Her husband, Rodel Santos, and her employer, Chesapeake Home Health, also
appear in our file but are not subjects of this request.

This request is made under § 12-111 of the Transportation Article and for
a law enforcement function under 18 U.S.C. § 2721(b)(1).

Kenneth O. Adebayo
Special Agent, SSA OIG - Baltimore
Office 410-555-0169   Cell 443-555-0193
""", label=label("bpp32", "txt", "plain-text OIG e-mail saved as text; LAST, First with maiden name",
                 "ssa-oig", "Social Security Administration, Office of the Inspector General, Office of Investigations, Baltimore Field Division",
                 "Kenneth O. Adebayo", "Special Agent", "kenneth.adebayo@ssa.gov", "410-555-0169",
                 [subj("Maria Theresa D. Santos", "1969-08-21", ssn_last4="8812", license="S532118774220")],
                 ["42 USC 408", "18 USC 641", "MD TR 12-111", "18 USC 2721"], "none", None, False,
                 "criminal_investigation", ["address", "photo", "license"], "email"))


# ---------------------------------------------------------------- build
def build():
    rng = random.Random(SEED)
    for d in DOCS:
        i, fmt = d["id"], d["fmt"]
        lab = d["label"]
        assert lab["id"] == i and lab["format"] == fmt, i
        if fmt == "born_digital":
            open(os.path.join(OUT, i + ".pdf"), "wb").write(render_pdf(d["markup"], d.get("font", "Serif")))
        elif fmt == "scanned":
            pdf = render_pdf(d["markup"], d.get("font", "Serif"), size=11)
            make_scanned(pdf, os.path.join(OUT, i + ".pdf"), rng, d.get("rot", {}), i)
        elif fmt == "fax":
            pdf = render_pdf(d["markup"], d.get("font", "Sans"), size=11)
            make_fax(pdf, os.path.join(OUT, i + ".tif"), d["fax_header"], i)
        elif fmt == "txt":
            open(os.path.join(OUT, i + ".txt"), "w", encoding="utf-8").write(d["text"])
        elif fmt == "eml":
            e = d["eml"]
            atts = []
            for fname, spec, mt in e.get("attachments", []):
                kind, markup, font = spec
                pdf = render_pdf(markup, font)
                if kind == "pdf":
                    atts.append((fname, pdf, mt))
                elif kind == "png":
                    for n, b in enumerate(png_of(pdf, 150, i, "PNG")):
                        atts.append((fname if n == 0 else fname.replace(".png", f"_{n + 1}.png"), b, mt))
                else:
                    for n, b in enumerate(png_of(pdf, 150, i, "JPEG", 60)):
                        atts.append((fname if n == 0 else fname.replace(".jpg", f"_{n + 1}.jpg"), b, mt))
            fwd = fwd26() if e.get("forwarded") == "FWD26" else None
            make_eml(os.path.join(OUT, i + ".eml"), e["hdr"], e.get("text"), e.get("html"), atts, fwd)
        ext = {"born_digital": "pdf", "scanned": "pdf", "fax": "tif", "txt": "txt", "eml": "eml"}[fmt]
        size = os.path.getsize(os.path.join(OUT, f"{i}.{ext}"))
        assert size < 2_000_000, (i, size)
        with open(os.path.join(OUT, i + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(i, fmt, lab["legal_process"]["type"], size)


if __name__ == "__main__":
    build()
