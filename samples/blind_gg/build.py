#!/usr/bin/env python3
"""Build the blind_gg sample set (independent author). Deterministic: fixed seeds, invariant PDFs."""
import io, json, os, random, subprocess, glob, shutil, datetime
from email.message import EmailMessage
from email import policy
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, HRFlowable)
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_gg/work"
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"), ("R", "DejaVuSerif.ttf"),
             ("RB", "DejaVuSerif-Bold.ttf"), ("M", "DejaVuSansMono.ttf"), ("MB", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("S", normal="S", bold="SB", italic="S", boldItalic="SB")
registerFontFamily("R", normal="R", bold="RB", italic="R", boldItalic="RB")
registerFontFamily("M", normal="M", bold="MB", italic="M", boldItalic="MB")
import time
FIXED_DATE = time.gmtime(1772366400)

# ---------------------------------------------------------------- rendering
def esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out, bold = "", False
    parts = s.split("**")
    for i, p in enumerate(parts):
        out += p
        if i < len(parts) - 1:
            out += "</b>" if bold else "<b>"
            bold = not bold
    return out

def pdf_bytes(text, font="S", size=10.0):
    bf = {"S": "SB", "R": "RB", "M": "MB"}[font]
    st = ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.3)
    h1 = ParagraphStyle("h1", fontName=bf, fontSize=size + 3, leading=(size + 3) * 1.25, alignment=TA_CENTER)
    h2 = ParagraphStyle("h2", fontName=bf, fontSize=size + 0.5, leading=size * 1.35)
    ce = ParagraphStyle("c", parent=st, alignment=TA_CENTER)
    ri = ParagraphStyle("r", parent=st, alignment=TA_RIGHT)
    sm = ParagraphStyle("s", parent=st, fontSize=size - 2.5, leading=(size - 2.5) * 1.3)
    cell = ParagraphStyle("cell", parent=st, fontSize=size - 1, leading=(size - 1) * 1.25)
    flow, rows = [], []

    def flush():
        if rows:
            ncol = max(len(r) for r in rows)
            data = [[Paragraph(esc(c), cell) for c in r] + [""] * (ncol - len(r)) for r in rows]
            t = Table(data, colWidths=[7.0 * inch / ncol] * ncol)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
            flow.append(t)
            flow.append(Spacer(1, 6))
            rows.clear()
    for line in text.strip("\n").split("\n"):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if line.strip() == "<<PAGE>>":
            flow.append(PageBreak())
        elif line.startswith("# "):
            flow.append(Paragraph(esc(line[2:]), h1))
        elif line.startswith("## "):
            flow.append(Paragraph(esc(line[3:]), h2))
        elif line.startswith("!c "):
            flow.append(Paragraph(esc(line[3:]), ce))
        elif line.startswith("!r "):
            flow.append(Paragraph(esc(line[3:]), ri))
        elif line.startswith("~ "):
            flow.append(Paragraph(esc(line[2:]), sm))
        elif line.strip() == "--":
            flow.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=2, spaceAfter=4))
        elif not line.strip():
            flow.append(Spacer(1, size * 0.6))
        else:
            lead = len(line) - len(line.lstrip(" "))
            p = ParagraphStyle("i", parent=st, leftIndent=lead * 4) if lead else st
            flow.append(Paragraph(esc(line.strip()), p))
    flush()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch, title="", author="")
    doc.build(flow)
    return buf.getvalue()

def pdf_pages(pdfb, key, dpi):
    d = os.path.join(TMP, key)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    open(os.path.join(d, "in.pdf"), "wb").write(pdfb)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", os.path.join(d, "in.pdf"), os.path.join(d, "p")], check=True)
    return [Image.open(p).convert("L") for p in sorted(glob.glob(os.path.join(d, "p*.png")))]

def degrade_scan(img, rng, turn=0):
    bg = rng.randint(208, 228)
    img = img.point(lambda v: int(28 + v * (bg - 28) / 255))
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    noise = Image.effect_noise(img.size, rng.uniform(10, 18))
    img = Image.blend(img, noise, 0.09)
    if turn:
        img = img.rotate(turn, expand=True)
    b = io.BytesIO()
    img.save(b, "JPEG", quality=rng.randint(38, 55))
    return Image.open(io.BytesIO(b.getvalue())).convert("L")

def write_scanned(path, text, key, font="S", turns=(), dpi=200, seed=0):
    rng = random.Random(seed)
    pages = pdf_pages(pdf_bytes(text, font), key, dpi)
    imgs = [degrade_scan(p, rng, turns[i] if i < len(turns) else 0) for i, p in enumerate(pages)]
    imgs[0].save(path, "PDF", save_all=True, append_images=imgs[1:], resolution=float(dpi),
                 creationDate=FIXED_DATE, modDate=FIXED_DATE, title="scan", author="scanner", producer="scanner")

def write_fax(path, text, key, header, font="S", seed=0):
    rng = random.Random(seed)
    pages = pdf_pages(pdf_bytes(text, font), key, 200)
    fnt = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    for i, p in enumerate(pages):
        p = p.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        d = ImageDraw.Draw(p)
        d.rectangle([0, 0, p.width, 44], fill=255)
        d.text((30, 10), header + f"   P.{i + 1:02d}/{len(pages):02d}", font=fnt, fill=0)
        px = p.load()
        for _ in range(2500):
            x, y = rng.randrange(p.width), rng.randrange(p.height)
            px[x, y] = 0
        p = p.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
        out.append(p)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])

def write_eml(path, seed, frm, to, subject, date, msgid, body=None, html=None, cc=None,
              attachments=(), forwarded=None, extra_headers=()):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    for k, v in extra_headers:
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    for fname, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    if forwarded is not None:
        m.add_attachment(forwarded)
    random.seed(seed)
    open(path, "wb").write(m.as_bytes())

def mini_eml(frm, to, subject, date, msgid, body, cc=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"], m["To"], m["Subject"], m["Date"], m["Message-ID"] = frm, to, subject, date, msgid
    if cc:
        m["Cc"] = cc
    m.set_content(body)
    return m

def image_attachment(text, key, fmt="JPEG", seed=0, font="S"):
    rng = random.Random(seed)
    pages = pdf_pages(pdf_bytes(text, font), key, 150)
    img = pages[0]
    img = img.point(lambda v: int(40 + v * 0.78))
    img = img.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=True, fillcolor=150)
    b = io.BytesIO()
    if fmt == "JPEG":
        img.save(b, "JPEG", quality=60)
    else:
        img.save(b, "PNG", optimize=True)
    return b.getvalue()

# ---------------------------------------------------------------- labels
DOCS = []
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}

def label(id, fmt, template, channel, ak, an, person, title, email, phone, subjects, basis,
          ptype, form, purpose, records, attached=None):
    return {
        "id": id, "family": "blind-gg", "format": fmt, "template": template,
        "requestor": {"agency_key": ak, "agency_name": an, "person": person, "title": title,
                      "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": (ptype != "none") if attached is None else attached,
        "purpose": purpose, "records_requested": records, "channel": channel,
    }

def doc(lab, build):
    DOCS.append((lab, build))

# ================================================================ documents
def P(id, ext):
    return os.path.join(OUT, f"{id}.{ext}")

# ---- bgg01 ICE ERO Seattle letter, signed "for" the FOD -------------------
T01 = """
!c **U.S. Department of Homeland Security**
!c U.S. Immigration and Customs Enforcement
!c Enforcement and Removal Operations — Seattle Field Office
!c 12500 Tukwila International Blvd., Seattle, WA 98168
--
!r January 14, 2026
Sent via U.S. Mail

Washington State Department of Licensing
Attn: Records Disclosure / Law Enforcement Requests
P.O. Box 9030
Olympia, WA 98507-9030

**RE: Request for Driver and Vehicle Records — ERO Ref. SEA-2601-0447**

To Whom It May Concern:

Pursuant to section 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.5(a), U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), respectfully requests copies of any driver license, identification card and vehicle registration records, including the most recent residential and mailing addresses and the photograph on file, for the individual listed below.

| Name (LAST, First Middle) | Date of Birth | Identifiers |
| NGUYỄN, Văn Thành | 07/22/1984 | A-Number: A 208 114 573; WA DL: WDL7N2K4Q9XB |

The above individual is a removable alien who is the subject of a final order of removal. The information will be used for official purposes only, to locate the subject. Please do not notify the subject of this request.

Responsive records may be returned to Supervisory Detention and Deportation Officer Marisol T. Reyes at (206) 555-0142 or marisol.t.reyes@ice.dhs.gov. Thank you for your continued cooperation.

Sincerely,

/s/ M. T. Reyes
for Drew H. Bostock
Field Office Director
Seattle Field Office

Signed by: Marisol T. Reyes, Supervisory Detention and Deportation Officer
Phone: (206) 555-0142 | Email: marisol.t.reyes@ice.dhs.gov

cc: A-File A208 114 573
~ WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552). It is to be controlled, stored, handled, transmitted, distributed, and disposed of in accordance with DHS policy relating to FOUO information.
"""
doc(label("bgg01", "born_digital", "ERO field office letter signed 'for' FOD, subject table", "mail",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Seattle Field Office",
          "Marisol T. Reyes", "Supervisory Detention and Deportation Officer", "marisol.t.reyes@ice.dhs.gov", "(206) 555-0142",
          [("Văn Thành Nguyễn", "1984-07-22", [("a_number", "A208114573"), ("license", "WDL7N2K4Q9XB")])],
          ["INA 287", "8 CFR 287.5", "5 USC 552"], "none", None, "civil_immigration",
          ["license", "vehicle", "address", "photo"]),
    lambda: open(P("bgg01", "pdf"), "wb").write(pdf_bytes(T01, "R")))

# ---- bgg02 Portland PPB shared mailbox email -------------------------------
B02 = """Good morning,

The Portland Police Bureau Burglary Detail is investigating a series of residential burglaries in the Sellwood-Moreland neighborhood (PPB Case 25-318844), charged as Burglary in the First Degree, ORS 164.225, and Fraudulent Use of a Credit Card, ORS 165.055. Property taken from the victim, Ms. Evelyn Marsh, was later pawned in Gresham.

We are asking the Oregon Employment Department for quarterly wage records (employer name, address, and wages for the last four quarters) and the address of record for the following two people:

  1. KOVAL, Dmytro  --  DOB 03/16/1995  --  OR DL 7719042
  2. BOOKER, Tyrell James  --  DOB 10/01/1992

We believe both worked for Rose City Roofing LLC (owner Gary Pettibone) in 2025. Mr. Pettibone is a witness and is not a suspect; please do not contact him.

If your office requires a court order for wage information, please tell me and I will obtain one.

Thank you,

Det. Sgt. Kevin O. Lindqvist #41873
Portland Police Bureau | Investigations Division - Burglary Detail
1111 SW 2nd Ave, Portland, OR 97204
Desk: 503-555-0171
kevin.lindqvist@police.portlandoregon.gov

This mailbox is monitored by several detectives. Please reply-all so the case detective sees your response.
CONFIDENTIALITY NOTICE: This e-mail may contain confidential law enforcement information intended only for the named recipient.
"""
doc(label("bgg02", "eml", "shared-mailbox email from city police with human signature", "email",
          "local-police", "Portland Police Bureau", "Kevin O. Lindqvist", "Detective Sergeant",
          "kevin.lindqvist@police.portlandoregon.gov", "503-555-0171",
          [("Dmytro Koval", "1995-03-16", [("license", "7719042")]), ("Tyrell James Booker", "1992-10-01", [])],
          ["ORS 164.225", "ORS 165.055"], "none", None, "criminal_investigation",
          ["wages", "employment", "address"]),
    lambda: write_eml(P("bgg02", "eml"), 202, "PPB Burglary Detail <ppbburglary@police.portlandoregon.gov>",
                      "OED Records Unit <oed_records@employ.oregon.gov>",
                      "Wage records request - PPB 25-318844 (Koval / Booker)", "Tue, 06 Jan 2026 08:12:40 -0800",
                      "<20260106161240.5521@police.portlandoregon.gov>", body=B02,
                      cc="kevin.lindqvist@police.portlandoregon.gov"))

# ---- bgg03 fax: I-200 faxed by assistant on behalf of officer --------------
T03 = """
# FAX TRANSMITTAL
!c U.S. Immigration and Customs Enforcement — ERO Phoenix Field Office
!c 2035 N. Central Ave., Phoenix, AZ 85004 · Fax (602) 555-0190

| TO | Arizona Department of Transportation, Motor Vehicle Division — Law Enforcement Records Unit |
| FAX | (602) 555-0111 |
| FROM | Brenda Ochoa, Mission Support Assistant, on behalf of Deportation Officer Raúl E. Castañeda |
| DATE | 02/09/2026 |
| PAGES | 2 (including cover) |

Deportation Officer Raúl E. Castañeda requests the current residential address and the most recent license photograph on file for the subject of the attached Form I-200:

IBÁÑEZ GÓMEZ, María José (AKA: María Gómez; "Majo" Ibanez), DOB: 14 Mar 1990, A-Number A215 447 906, AZ DL D08231455.

Please call or e-mail DO Castañeda directly with any questions: (602) 555-0184, raul.e.castaneda@ice.dhs.gov. I am only sending this fax for him; I cannot answer questions about the case.

~ This facsimile contains law enforcement sensitive information. If you have received it in error, notify the sender at (602) 555-0190 and destroy all copies.
<<PAGE>>
!c U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
!r File No. A 215 447 906
!r Date: 02/09/2026

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that **IBÁÑEZ GÓMEZ, María José** is removable from the United States. This determination is based upon:

[X] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[X] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

/s/ Leonard P. Haskins
(Signature of Authorized Immigration Officer)

Leonard P. Haskins, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)

## Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on ____________ (Name of Alien), on ____________, and the contents of this notice were read to him or her in the ____________ language.

~ Form I-200 (Rev. 09/16)
"""
doc(label("bgg03", "fax", "fax cover sent by assistant for officer + Form I-200", "fax",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement — ERO Phoenix Field Office",
          "Raúl E. Castañeda", "Deportation Officer", "raul.e.castaneda@ice.dhs.gov", "(602) 555-0184",
          [("María José Ibáñez Gómez", "1990-03-14", [("a_number", "A215447906"), ("license", "D08231455")])],
          ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", "civil_immigration",
          ["address", "photo"]),
    lambda: write_fax(P("bgg03", "tif"), T03, "bgg03", "FEB-09-2026 15:47  FROM: ICE ERO PHOENIX 6025550190  TO: 6025550111", seed=303))

# ---- bgg04 Texas state search warrant for TWC records ----------------------
T04 = """
!c **HARRIS COUNTY SHERIFF'S OFFICE**
!c Criminal Investigations Bureau — Financial Crimes Unit
!c 1200 Baker Street, Houston, Texas 77002
--
February 4, 2026
**VIA CERTIFIED MAIL — RETURN RECEIPT REQUESTED**

Texas Workforce Commission
Office of General Counsel — Open Records / Subpoena Compliance
101 East 15th Street, Room 266
Austin, Texas 78778-0001

Re: Search Warrant — HCSO Incident No. 2512-07731

Enclosed is a search warrant signed by the Honorable Dolores R. Whitfield, Judge of the 351st District Court, commanding production of wage and unemployment-claim records for **Omar Khalid AL-HASSAN** (DOB 17 Feb 1988, TX DL 40518832). Please deliver the records to me at the address above or by secure e-mail. The warrant authorizes production by certified copy with a business-records affidavit under Tex. R. Evid. 902(10).

Inv. Alicia M. Trevino, #HC8842
Financial Crimes Unit
(713) 555-0178 · alicia.trevino@sheriff.hctx.net
Approved: Sgt. Wendell P. Marsh, Unit Supervisor
<<PAGE>>
!c **THE STATE OF TEXAS**          §
!c **COUNTY OF HARRIS**            §
# SEARCH WARRANT
!c (Records — Tex. Code Crim. Proc. art. 18.02(a)(10))

THE STATE OF TEXAS: To the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas:

WHEREAS, the Affiant, Investigator Alicia M. Trevino of the Harris County Sheriff's Office, whose affidavit is attached hereto and incorporated herein, has this day subscribed and sworn to said affidavit before me, and whereas I find that the verified facts stated by Affiant in said affidavit show that Affiant has probable cause for the belief Affiant expresses therein and establish the existence of proper grounds for issuance of this Warrant under Article 18.01(b), Texas Code of Criminal Procedure;

NOW, THEREFORE, you are commanded to enter the business premises of the **Texas Workforce Commission**, 101 East 15th Street, Austin, Texas, or to serve this warrant on its custodian of records, and there search for and seize the following items, which constitute evidence that the offense of Fraudulent Use or Possession of Identifying Information, Tex. Penal Code § 32.51, was committed and that **Omar Khalid Al-Hassan** committed said offense:

| Item | Description |
| 1 | Employer quarterly wage reports listing Omar Khalid Al-Hassan, DOB 02/17/1988, for calendar quarters 2024 Q1 through present |
| 2 | Unemployment benefit claims, payment histories, bank deposit information, IP addresses and addresses of record filed in the name of Omar Khalid Al-Hassan or under SSN ending 6632 |

The records are confidential under Tex. Lab. Code § 301.085 and shall be released only to the executing officer. Complainant Sandra Okafor, whose identity was used, is named in the affidavit and is not a subject of this warrant.

HEREIN FAIL NOT, and due return make hereof within three (3) days, exclusive of the day of its execution, with your return thereon, showing how you have executed the same.

ISSUED this 3rd day of February, 2026, at 10:42 o'clock A.M., to certify which witness my hand this day.

/s/ Dolores R. Whitfield
**Hon. Dolores R. Whitfield**
Judge, 351st District Court, Harris County, Texas
"""
doc(label("bgg04", "born_digital", "sheriff transmittal + Texas district court records search warrant", "mail",
          "sheriff", "Harris County Sheriff's Office", "Alicia M. Trevino", "Investigator", "alicia.trevino@sheriff.hctx.net",
          "(713) 555-0178",
          [("Omar Khalid Al-Hassan", "1988-02-17", [("license", "40518832"), ("ssn_last4", "6632")])],
          ["TX R Evid 902", "TX CCP 18.02", "TX CCP 18.01", "TX PC 32.51", "TX Lab Code 301.085"],
          "judicial_warrant", None, "criminal_investigation", ["wages", "employment", "claims", "address"]),
    lambda: open(P("bgg04", "pdf"), "wb").write(pdf_bytes(T04, "S")))

# ---- bgg05 email + I-138 PDF ----------------------------------------------
T05 = """
!c DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION ENFORCEMENT SUBPOENA
!c To Require Attendance of Witness or Production of Books, Records, or Other Documents
!c (Pursuant to Section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4)
--
| Subpoena No. | In the Matter of | File No. |
| CHI-ERO-2026-0193 | WIŚNIEWSKA, Katarzyna (DOB 06/30/1993) | A220 381 455 |

To: Custodian of Records, Illinois Department of Employment Security, 33 South State Street, Chicago, IL 60603

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to appear before Deportation Officer Patrick J. Kilbride, an officer of the Department of Homeland Security, at 101 West Ida B. Wells Drive, Chicago, IL 60605, on the 2nd day of March, 2026, at 10:00 a.m., to give testimony in connection with an investigation or inquiry relating to the enforcement of the immigration laws of the United States, specifically the admissibility and removability of the above-named individual, and to bring with you and produce the following books, papers and documents:

1. All employer-reported quarterly wage records for Katarzyna Wiśniewska for the period January 1, 2023 to present, including employer names, FEINs and addresses.
2. The residential and mailing address, telephone number and e-mail address of record.

In lieu of appearance, complete copies of the requested records may be provided to the officer named above.

Failure to comply with this subpoena may subject you to an order of a United States District Court to comply, and failure to obey such an order may be punished by the court as contempt thereof. (8 U.S.C. § 1225(d)(4)(B))

Date: February 11, 2026
Signature: /s/ Samuel T. Oyelaran
Name and Title: Samuel T. Oyelaran, Assistant Field Office Director, ERO Chicago

## Certificate of Service
Served by: ____________  Method: [ ] personal [X] electronic mail  Date: ____________
~ DHS Form I-138 (Rev. 03/2016)
"""
B05 = """Good afternoon,

Please see the attached Immigration Enforcement Subpoena (Form I-138) issued to the Illinois Department of Employment Security. We are requesting wage records and contact information for the subject, WISNIEWSKA, Katarzyna, DOB 06/30/1993, A220 381 455.

You may respond electronically to this e-mail in lieu of appearing in person. If your agency has a designated subpoena contact other than this mailbox, please forward.

Respectfully,

Patrick J. Kilbride
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Chicago Field Office
Office: (312) 555-0147
Patrick.J.Kilbride@ice.dhs.gov
"""
doc(label("bgg05", "eml", "email body + attached DHS Form I-138 PDF", "email",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Chicago Field Office",
          "Patrick J. Kilbride", "Deportation Officer", "Patrick.J.Kilbride@ice.dhs.gov", "(312) 555-0147",
          [("Katarzyna Wiśniewska", "1993-06-30", [("a_number", "A220381455")])],
          ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", "civil_immigration",
          ["wages", "employment", "address", "phone", "email"]),
    lambda: write_eml(P("bgg05", "eml"), 505, "Kilbride, Patrick J <Patrick.J.Kilbride@ice.dhs.gov>",
                      "IDES Legal Subpoenas <ides.subpoena@illinois.gov>", "Immigration Enforcement Subpoena CHI-ERO-2026-0193",
                      "Wed, 11 Feb 2026 14:03:19 -0600", "<CH2PR09MB4411A1@CH2PR09MB4411.namprd09.prod.outlook.com>",
                      body=B05, attachments=[("I-138_CHI-ERO-2026-0193.pdf", pdf_bytes(T05, "S", 9.5), "application", "pdf")]))

# ---- bgg06 txt online form, sheriff civil process ---------------------------
T06 = """===== SERVICE OKLAHOMA - LAW ENFORCEMENT RECORDS REQUEST (ONLINE FORM) =====
Submission ID ........ SOK-LE-2026-004417
Submitted ............ 2026-02-18 09:31:07 CST
Delivered to ......... le.records@service.ok.gov

--- REQUESTING AGENCY ---
Agency Name .......... Oklahoma County Sheriff's Office
Agency ORI ........... OK0550000
Division ............. Civil Process Unit
Requester Name ....... Cpl. Dustin W. Harjo
Badge/ID # ........... 1187
Title/Rank ........... Corporal
Email ................ dharjo@oklahomacounty.org
Phone ................ 405-555-0163
Supervisor Approving . Lt. Marcia Beaulieu

--- SUBJECT ---
Last Name ............ Bondarenko
First Name ........... Mykola
Middle Name .......... Ivanovych
Date of Birth ........ 1979-12-01
OK DL/ID # ........... B049912737
Other names / AKA .... Nick Bondarenko

--- REQUEST ---
Records Requested .... [x] Current address of record  [x] Driver license status
                       [ ] Driver history (MVR)  [ ] Photo  [ ] Vehicle registrations
Reason for Request ... Address verification
DPPA Permissible Use . 18 U.S.C. 2721(b)(1) - use by a government agency in carrying out its functions
State Authority ...... 47 O.S. § 6-117
Additional Notes ..... Papers returned not found at last known address (NW 23rd St). Need updated address.

I certify that the information requested will be used only for the permissible use stated above.
Electronic signature: Dustin W. Harjo   Date: 02/18/2026
=============================================================================
"""
doc(label("bgg06", "txt", "online request form submission, sheriff civil process, no reason beyond address verification", "email",
          "sheriff", "Oklahoma County Sheriff's Office", "Dustin W. Harjo", "Corporal", "dharjo@oklahomacounty.org", "405-555-0163",
          [("Mykola Ivanovych Bondarenko", "1979-12-01", [("license", "B049912737")])],
          ["18 USC 2721", "47 OS 6-117"], "none", None, "unknown", ["address", "license"]),
    lambda: open(P("bgg06", "txt"), "w", encoding="utf-8").write(T06))

# ---- bgg07 scanned AO 110 grand jury subpoena + AUSA letter ----------------
T07 = """
!c **U.S. Department of Justice**
!c United States Attorney's Office — District of Minnesota
!c 300 South Fourth Street, Suite 600, Minneapolis, MN 55415
--
March 2, 2026

Custodian of Records
Minnesota Department of Employment and Economic Development
180 East Fifth Street, Suite 1200
St. Paul, MN 55101

Re: Federal Grand Jury Subpoena No. 26-GJ-0117

Dear Custodian:

Enclosed is a subpoena issued in connection with an official criminal investigation being conducted by a federal grand jury. It calls for wage-detail and unemployment insurance claim records for the two individuals listed in Attachment A. Minn. Stat. § 268.19 permits disclosure in response to a subpoena. You may comply by mailing certified copies to the undersigned in lieu of appearance.

You are requested not to disclose the existence of this subpoena; see Fed. R. Crim. P. 6(e).

Very truly yours,

JOSEPH H. TRAN
Acting United States Attorney

By: /s/ Elena V. Marchetti
Elena V. Marchetti
Assistant United States Attorney
(612) 555-0119 · elena.marchetti@usdoj.gov

cc: SA Brian K. Lundgren, FBI Minneapolis (w/o enclosure)
<<PAGE>>
~ AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
!c for the
!c District of Minnesota
# SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Minnesota Department of Employment and Economic Development, 180 East Fifth Street, St. Paul, MN 55101

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

| Place: U.S. Courthouse, 300 South Fourth Street, Minneapolis, MN 55415 | Date and Time: 03/24/2026 9:00 am |

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable): See Attachment A.

Date: 03/02/2026
CLERK OF COURT
/s/ Kathleen M. Doyle
Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are: Elena V. Marchetti, AUSA, 300 South Fourth Street, Suite 600, Minneapolis, MN 55415; elena.marchetti@usdoj.gov; (612) 555-0119
<<PAGE>>
## ATTACHMENT A — Subpoena No. 26-GJ-0117
For the period January 1, 2021 through the present, produce all quarterly wage detail records, employer names and addresses, unemployment insurance claims, payment histories and addresses of record for:

| Name | Date of Birth | SSN (last 4) |
| WARSAME, Abdirahman Mohamed | 04 Sep 1986 | xxx-xx-2291 |
| ALI, Fatuma Hassan | 19 Jan 1990 | xxx-xx-8074 |
"""
doc(label("bgg07", "scanned", "AUSA cover letter + AO 110 grand jury subpoena + attachment table (scan)", "mail",
          "doj-usao", "United States Attorney's Office — District of Minnesota", "Elena V. Marchetti",
          "Assistant United States Attorney", "elena.marchetti@usdoj.gov", "(612) 555-0119",
          [("Abdirahman Mohamed Warsame", "1986-09-04", [("ssn_last4", "2291")]),
           ("Fatuma Hassan Ali", "1990-01-19", [("ssn_last4", "8074")])],
          ["MN Stat 268.19", "FRCrP 6"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
          ["wages", "employment", "claims", "address"]),
    lambda: write_scanned(P("bgg07", "pdf"), T07, "bgg07", "R", turns=(0, 0, 180), seed=707))

# ---- bgg08 FBI letter to Kansas Division of Vehicles -----------------------
T08 = """
!c **U.S. Department of Justice**
!c Federal Bureau of Investigation
!c Kansas City Field Office — Overland Park Resident Agency
!c 7300 College Blvd., Overland Park, KS 66210
--
In Reply, Please Refer to File No. 91A-KC-3390127
!r 19 January 2026
BY FIRST-CLASS MAIL

Kansas Department of Revenue, Division of Vehicles
Driver Records / Law Enforcement Liaison
P.O. Box 2188, Topeka, KS 66601-2188

Dear Records Custodian:

The FBI is investigating the armed robbery of Fenske Jewelry in Lenexa, Kansas, on December 29, 2025, as interference with commerce by robbery in violation of Title 18, United States Code, Section 1951. The store owner, Mr. Harold Fenske, and an employee, Ms. Rachel Adeyemi, witnessed the robbery; neither is a subject.

I request the driver license record, license photograph, address history and vehicle registrations for:

**Pieter VAN DER BERG** (also known as "Pete Vandenberg")
Date of birth: October 30, 1975
Kansas DL: K04-55-1938

The records are requested under K.S.A. 74-2012 and the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1). Please send them to me at the address above or to jlmoreau@fbi.gov.

Sincerely,

Jessica L. Moreau
Special Agent
Federal Bureau of Investigation
(913) 555-0136

Approved: SSA Michael D. Grady
~ This letter and any records provided in response are for official law enforcement use only.
"""
doc(label("bgg08", "born_digital", "FBI RA letter naming victims/witnesses, subject with AKA", "mail",
          "doj-fbi", "Federal Bureau of Investigation, Kansas City Field Office", "Jessica L. Moreau", "Special Agent",
          "jlmoreau@fbi.gov", "(913) 555-0136",
          [("Pieter Van der Berg", "1975-10-30", [("license", "K04551938")])],
          ["18 USC 1951", "KSA 74-2012", "18 USC 2721"], "none", None, "criminal_investigation",
          ["license", "photo", "address", "vehicle"]),
    lambda: open(P("bgg08", "pdf"), "wb").write(pdf_bytes(T08, "R")))

# ---- bgg09 Burlington VT officer short plain email -------------------------
B09 = """Hi DMV folks,

Working a hit and run from Saturday night on North Ave (BPD case 26BU000712, leaving the scene under 23 V.S.A. § 1128). A witness, Tom Bouchard, got a partial plate and the car came back to:

Étienne, Marie-Claude
DOB 1996-08-12
VT Op. Lic. 84471203

Can you send me the registration for any vehicles in her name and a copy of her license photo so I can put together a lineup? Address on file too please.

Thanks!
Ofc. Brianna K. Lavoie #317
Burlington Police Department - Patrol
802-555-0127
"""
doc(label("bgg09", "eml", "short informal plain-text email from patrol officer", "email",
          "local-police", "Burlington Police Department", "Brianna K. Lavoie", "Officer", "blavoie@bpdvt.org", "802-555-0127",
          [("Marie-Claude Étienne", "1996-08-12", [("license", "84471203")])],
          ["23 VSA 1128"], "none", None, "criminal_investigation", ["vehicle", "photo", "address"]),
    lambda: write_eml(P("bgg09", "eml"), 909, "Brianna Lavoie <blavoie@bpdvt.org>", "DMV LE Requests <dmv.lerequests@vermont.gov>",
                      "hit and run - need reg + photo", "Mon, 9 Feb 2026 06:58:02 -0500", "<a81f3c2e-0209-4b1e@bpdvt.org>", body=B09))

# ---- bgg10 fax I-247A to Wisconsin DOC --------------------------------------
T10 = """
!c ICE — Enforcement and Removal Operations · Milwaukee Sub-Office (Chicago AOR)
!c 310 E. Knapp Street, Milwaukee, WI 53202 · Criminal Alien Program · Fax 414-555-0193
## FAX — 2 PAGES
TO: Wisconsin Department of Corrections, Dodge Correctional Institution — Records Office (Attn: Offender Records Supervisor)
FROM: Deportation Officer Gregory S. Tillman, 414-555-0158, gregory.s.tillman@ice.dhs.gov
RE: Detainer — PIERRE-LOUIS, Jean-Baptiste — WI DOC #00583312

Please lodge the attached detainer. In addition, we ask that you provide the subject's projected release date and the release address on file. Thank you.
<<PAGE>>
!c DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER — NOTICE OF ACTION
| Subject ID: 391884205 | Event #: MIL2602000311 | File No: A207 553 118 | Date: February 20, 2026 |

TO: (Name and Title of Institution — OR Any Subsequent Law Enforcement Agency) Wisconsin Department of Corrections, Dodge Correctional Institution, 1 W. Lincoln St., Waupun, WI 53963
FROM: (Department of Homeland Security Office Address) ICE ERO Milwaukee, 310 E. Knapp Street, Milwaukee, WI 53202

| Name of Alien | Date of Birth | Nationality | Sex |
| PIERRE-LOUIS, Jean-Baptiste | 11/03/1982 | Haiti | M |

THE DEPARTMENT OF HOMELAND SECURITY (DHS) HAS TAKEN THE FOLLOWING ACTION RELATED TO THE PERSON IDENTIFIED ABOVE, CURRENTLY IN YOUR CUSTODY:
[X] Determined that there is probable cause that the subject is a removable alien. This determination is based on:
  [X] A final order of removal against the alien;
  [ ] The pendency of ongoing removal proceedings against the alien;
  [ ] Biometric confirmation of the alien's identity and a records check of federal databases;
  [ ] Statements made by the alien to an immigration officer and/or other reliable evidence.
[ ] Transferred the alien to your custody for a proceeding or investigation.

IT IS THEREFORE REQUESTED THAT YOU:
• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling 414-555-0158 or the Law Enforcement Support Center at (802) 555-0100.
• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
• Notify this office in the event of the alien's death, hospital admission, or transfer to another institution.

This detainer arises from DHS authorities and should not impede the investigation, prosecution or sentencing of any criminal offense. It is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.

Gregory S. Tillman, Deportation Officer          /s/ G. S. Tillman
(Name and title of Immigration Officer)          (Signature of Immigration Officer)

~ Form I-247A (3/17)
"""
doc(label("bgg10", "fax", "fax cover + Form I-247A detainer to state corrections", "fax",
          "dhs-ice-ero", "ICE — Enforcement and Removal Operations, Milwaukee Sub-Office", "Gregory S. Tillman", "Deportation Officer",
          "gregory.s.tillman@ice.dhs.gov", "414-555-0158",
          [("Jean-Baptiste Pierre-Louis", "1982-11-03", [("a_number", "A207553118"), ("other", "00583312")])],
          ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration", ["other", "address"]),
    lambda: write_fax(P("bgg10", "tif"), T10, "bgg10", "02/20/2026 11:05  ICE ERO MKE CAP  4145550193", seed=1010))

# ---- bgg11 Ohio common pleas court order + APA cover ------------------------
T11 = """
!c **FRANKLIN COUNTY PROSECUTING ATTORNEY**
!c Criminal Division · 373 South High Street, 14th Floor · Columbus, Ohio 43215
--
February 17, 2026 — via U.S. Mail
Ohio Bureau of Motor Vehicles, Legal Services — Records Release
1970 West Broad Street, Columbus, Ohio 43223

Re: State of Ohio v. Kowalczyk and Morozova, Case No. 25CR-11-5532

Enclosed is a certified copy of the Court's Order for Production of Records. Please produce the listed records to my office by March 6, 2026.

Nathaniel J. Ostrowski (0091547)
Assistant Prosecuting Attorney
614-555-0126 · njostrowski@franklincountyohio.gov
<<PAGE>>
# IN THE COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO
!c CRIMINAL DIVISION
| STATE OF OHIO, Plaintiff, v. TOMASZ KOWALCZYK and SVETLANA MOROZOVA, Defendants. | Case No. 25CR-11-5532; JUDGE CARMEN L. RUIZ-WHITAKER |
# ORDER FOR PRODUCTION OF RECORDS

This matter came before the Court on the State's motion for an order directing the Ohio Bureau of Motor Vehicles to produce records. Defendants are charged with theft, R.C. 2913.02, and identity fraud, Ohio Rev. Code § 2913.49, arising from vehicles registered with the stolen identity of Ms. Leah Brandt. The Court finds the records are relevant and material to the prosecution and that their release is permitted by R.C. 4501.27(B) and 18 U.S.C. § 2721(b)(1).

IT IS THEREFORE ORDERED that the Ohio Bureau of Motor Vehicles shall produce to the Franklin County Prosecuting Attorney, within fourteen days, certified copies of the following records from January 1, 2022 to the present:

| Defendant | Date of birth | Ohio DL | Records |
| KOWALCZYK, Tomasz | March 9, 1983 | TK482915 | driver license applications and supporting identity documents, photographs, addresses of record, title and registration records |
| MOROZOVA, Svetlana Igorevna | 1987-11-23 | SM907741 | same |

IT IS FURTHER ORDERED that the records shall be used only for purposes of this prosecution.

IT IS SO ORDERED.

/s/ Carmen L. Ruiz-Whitaker
JUDGE CARMEN L. RUIZ-WHITAKER
Date: February 13, 2026

Submitted by: Nathaniel J. Ostrowski (0091547), Assistant Prosecuting Attorney
"""
doc(label("bgg11", "born_digital", "prosecutor cover letter + Ohio common pleas order with defendants table", "mail",
          "district-attorney", "Franklin County Prosecuting Attorney", "Nathaniel J. Ostrowski", "Assistant Prosecuting Attorney",
          "njostrowski@franklincountyohio.gov", "614-555-0126",
          [("Tomasz Kowalczyk", "1983-03-09", [("license", "TK482915")]),
           ("Svetlana Igorevna Morozova", "1987-11-23", [("license", "SM907741")])],
          ["ORC 2913.02", "ORC 2913.49", "ORC 4501.27", "18 USC 2721"], "court_order", None, "criminal_investigation",
          ["license", "identity_documents", "photo", "address", "vehicle"]),
    lambda: open(P("bgg11", "pdf"), "wb").write(pdf_bytes(T11, "R")))

# ---- bgg12 DEA TFO follow-up with original attached as message/rfc822 ------
B12_orig = """Missouri DOR Driver License Bureau,

I am a Task Force Officer assigned to the DEA St. Louis Division, Tactical Diversion Squad. We are investigating distribution of fentanyl pills in violation of 21 U.S.C. 841(a)(1) and 846 (DEA case no. M3-25-0219).

Please provide license photos, addresses, and vehicle registration records for:

- DE LA CRUZ MÉNDEZ, Juan Carlos (AKA "J.C. Cruz")   DOB: 05/07/1992   MO DL: D072514860
- TRẦN, Thị Mai (AKA Mai Tran)                        DOB: 02/14/1989

Requested pursuant to § 32.091, RSMo.

TFO Jared M. Kessler
DEA St. Louis Division / St. Charles County Police Dept.
314-555-0161 | jared.m.kessler@dea.gov
"""
B12 = """Good morning,

Resending my request from January 22 (original attached below) - we have not received a reply yet and the case is moving. My group supervisor is copied.

Thanks,

TFO Jared M. Kessler
Task Force Officer, Tactical Diversion Squad
Drug Enforcement Administration - St. Louis Division
Office 314-555-0161 | Cell 314-555-0162
jared.m.kessler@dea.gov
"""
doc(label("bgg12", "eml", "follow-up email with the original request attached as message/rfc822; two subjects with AKAs", "email",
          "doj-dea", "Drug Enforcement Administration - St. Louis Division", "Jared M. Kessler", "Task Force Officer",
          "jared.m.kessler@dea.gov", "314-555-0161",
          [("Juan Carlos de la Cruz Méndez", "1992-05-07", [("license", "D072514860")]),
           ("Thị Mai Trần", "1989-02-14", [])],
          ["21 USC 841", "21 USC 846", "RSMo 32.091"], "none", None, "criminal_investigation",
          ["photo", "address", "vehicle"]),
    lambda: write_eml(P("bgg12", "eml"), 1212, "\"Kessler, Jared M.\" <jared.m.kessler@dea.gov>",
                      "dlbrecords@dor.mo.gov", "FW: Records request - DEA M3-25-0219 - 2nd request",
                      "Thu, 05 Feb 2026 07:41:10 -0600", "<DM6PR09MB7712B0@DM6PR09MB7712.namprd09.prod.outlook.com>",
                      body=B12, cc="\"Whitcomb, Angela R.\" <angela.r.whitcomb@dea.gov>",
                      forwarded=mini_eml("\"Kessler, Jared M.\" <jared.m.kessler@dea.gov>", "dlbrecords@dor.mo.gov",
                                         "Records request - DEA M3-25-0219", "Thu, 22 Jan 2026 15:20:44 -0600",
                                         "<DM6PR09MB7712A7@DM6PR09MB7712.namprd09.prod.outlook.com>", B12_orig)))

# ---- bgg13 scanned ERO Las Vegas letter + I-205 ------------------------------
T13 = """
!c U.S. Department of Homeland Security
!c Immigration and Customs Enforcement · ERO Salt Lake City Field Office — Las Vegas Sub-Office
!c 501 S. Las Vegas Blvd., Las Vegas, NV 89101
--
January 28, 2026

Nevada Department of Motor Vehicles
Records Section — Law Enforcement Requests
555 Wright Way, Carson City, NV 89711

Subject: SANTOS, Rosalinda Dela Paz — DOB 09/25/1978 — A098 765 432

ICE Enforcement and Removal Operations requests any address, vehicle registration and photograph information on file for the above individual, who is subject to the enclosed Warrant of Removal/Deportation. This request is made under the authority of 8 U.S.C. § 1357.

Please respond to Deportation Officer Liane K. Fujimoto, (702) 555-0139, liane.k.fujimoto@ice.dhs.gov.

/s/ Liane K. Fujimoto
Liane K. Fujimoto, Deportation Officer
<<PAGE>>
!c U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION
!r File No: A098 765 432
!r Date: 01/27/2026
To any immigration officer of the United States Department of Homeland Security:

**SANTOS, Rosalinda Dela Paz**
(Full name of alien)
who entered the United States at Los Angeles, CA on 06/12/2009
(Place of entry)   (Date of entry)
is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
Section 237(a)(1)(B) of the Immigration and Nationality Act, as amended

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation "Operations and Support, U.S. Immigration and Customs Enforcement".

/s/ Harlan J. Medeiros                     Field Office Director
(Signature of immigration officer)          (Title of immigration officer)
Las Vegas, Nevada, 01/27/2026
(Date and office location)
~ Form I-205 (Rev. 8/01/07)
"""
doc(label("bgg13", "scanned", "ERO letter + Form I-205 with District/Magistrate Judge checkbox unchecked (scan, page 2 upside down)", "mail",
          "dhs-ice-ero", "Immigration and Customs Enforcement, ERO Salt Lake City Field Office — Las Vegas Sub-Office",
          "Liane K. Fujimoto", "Deportation Officer", "liane.k.fujimoto@ice.dhs.gov", "(702) 555-0139",
          [("Rosalinda Dela Paz Santos", "1978-09-25", [("a_number", "A098765432")])],
          ["8 USC 1357", "INA 237"], "administrative_warrant", "I-205", "civil_immigration",
          ["address", "vehicle", "photo"]),
    lambda: write_scanned(P("bgg13", "pdf"), T13, "bgg13", "S", turns=(0, 180), seed=1313))

# ---- bgg14 txt: printed email from Iowa DCI --------------------------------
T14 = """From:    Kimball, Dana <dkimball@dps.state.ia.us>
Sent:    Tuesday, February 24, 2026 4:16 PM
To:      IWD Legal Records <iwdlegal@iwd.iowa.gov>
Subject: Employer info - DCI 2026-00419 (vehicular homicide)

IWD Legal,

DCI is assisting the Polk County Attorney with a vehicular homicide investigation (Iowa Code § 707.6A). The crash on 2/14/2026 on I-35 killed Mr. Luis Alvarado-Reyes. The driver we are investigating is:

    Name:  Ryan Patrick O'Donnell
    DOB:   12 Oct 1994
    IA DL: 731KD2209

We need his current and prior employers (names/addresses) and the wage history for 2025, which will help us establish his work schedule on the day of the crash. I understand IWD may disclose to a law enforcement agency under Iowa Code § 96.11(6).

His girlfriend, Kaylee Brandt, who lives at the same address, is a witness only; please do not include her records.

Thank you,

Dana R. Kimball
Special Agent
Iowa Division of Criminal Investigation - Major Crimes Unit
215 E 7th St, Des Moines, IA 50319
Office: 515-555-0148
"""
doc(label("bgg14", "txt", "printed e-mail (headers pasted as text) from state bureau agent", "email",
          "state-police", "Iowa Division of Criminal Investigation", "Dana R. Kimball", "Special Agent", "dkimball@dps.state.ia.us",
          "515-555-0148",
          [("Ryan Patrick O'Donnell", "1994-10-12", [("license", "731KD2209")])],
          ["IA Code 707.6A", "IA Code 96.11"], "none", None, "criminal_investigation", ["employment", "wages"]),
    lambda: open(P("bgg14", "txt"), "w", encoding="utf-8").write(T14))

# ---- bgg15 California criminal subpoena duces tecum (DDA) -------------------
T15 = """
~ CR-125/JV-525
| ATTORNEY OR PARTY WITHOUT ATTORNEY: Jonathan P. Takahashi, Deputy District Attorney (SBN 298114), Sacramento County District Attorney's Office, 901 G Street, Sacramento, CA 95814. TEL: (916) 555-0131. E-MAIL: takahashij@sacda.org. ATTORNEY FOR: The People | FOR COURT USE ONLY |
| SUPERIOR COURT OF CALIFORNIA, COUNTY OF SACRAMENTO — 720 Ninth Street, Sacramento, CA 95814 | |
| PEOPLE OF THE STATE OF CALIFORNIA v. DEFENDANT: GUADALUPE NÚÑEZ ORTEGA | CASE NUMBER: 25FE014482 |
# SUBPOENA (CRIMINAL OR JUVENILE) DUCES TECUM
THE PEOPLE OF THE STATE OF CALIFORNIA, TO (name, address, and telephone number of witness, if known): Custodian of Records, Employment Development Department, Legal Office, 800 Capitol Mall, MIC 53, Sacramento, CA 95814

1. YOU ARE ORDERED TO APPEAR AS A WITNESS in this case at the date, time, and place shown in the box below UNLESS you make a special agreement with the person named in item 4 below.
| Date: April 6, 2026 | Time: 8:30 a.m. | Dept.: 61 | Address: 720 Ninth Street, Sacramento |
2. [X] You are ordered to produce the records described in item 3, in compliance with Evidence Code sections 1560, 1561, 1562, and 1271. Mail a copy of the records in a sealed envelope to the clerk of court with a completed declaration of custodian of records.
3. The records to be produced are described as follows: All wage records reported by employers, unemployment insurance and disability insurance claims, payment records and claimant addresses for GUADALUPE NÚÑEZ ORTEGA, DOB 02/28/1985, SSN xxx-xx-4417, from January 1, 2023 to present. Disclosure to a public prosecutor is authorized by Unemployment Insurance Code section 1095(i).
4. IF YOU HAVE ANY QUESTIONS ABOUT THE TIME OR DATE FOR YOU TO APPEAR, OR IF YOU WANT TO BE SURE THAT YOUR PRESENCE IS REQUIRED, CONTACT THE FOLLOWING PERSON BEFORE THE DATE ON WHICH YOU ARE TO APPEAR: Jonathan P. Takahashi, Deputy District Attorney, (916) 555-0131
5. Witness Fees: You may be entitled to witness fees, mileage, or both, in the discretion of the court (Penal Code section 1329.1).

DISOBEDIENCE OF THIS SUBPOENA MAY BE PUNISHED AS CONTEMPT BY THIS COURT. YOU WILL ALSO BE LIABLE FOR THE SUM OF ONE HUNDRED DOLLARS AND ALL DAMAGES RESULTING FROM YOUR FAILURE TO OBEY.

Date issued: March 3, 2026          Clerk, by /s/ Renee Albright, Deputy
Issued under Penal Code section 1326 at the request of the People.

Note: The People's listed trial witness, Daniel Figueroa (former co-worker of the defendant), is served separately; no records concerning him are sought.
"""
doc(label("bgg15", "born_digital", "California criminal subpoena duces tecum (CR-125) requested by deputy DA", "mail",
          "district-attorney", "Sacramento County District Attorney's Office", "Jonathan P. Takahashi", "Deputy District Attorney",
          "takahashij@sacda.org", "(916) 555-0131",
          [("Guadalupe Núñez Ortega", "1985-02-28", [("ssn_last4", "4417")])],
          ["CA Evid Code 1560", "CA Evid Code 1561", "CA Evid Code 1562", "CA Evid Code 1271", "CA UI Code 1095",
           "CA PC 1329.1", "CA PC 1326"], "court_subpoena", "CR-125", "criminal_investigation",
          ["wages", "claims", "benefits", "address"]),
    lambda: open(P("bgg15", "pdf"), "wb").write(pdf_bytes(T15, "S", 9.5)))

# ---- bgg16 HSI Denver HTML-only email ----------------------------------------
H16 = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>HSI Denver is conducting a criminal investigation into a human smuggling organization operating between El Paso and the Denver metro area, in violation of <b>8 U.S.C. &sect; 1324</b>. Under the authority of 19 U.S.C. &sect; 1589a, and consistent with C.R.S. &sect; 24-74-103 (this request supports an active criminal investigation), I request the following Colorado DMV records for the two individuals below: driver license / ID record, photograph, address history and vehicle registrations.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Name</th><th>DOB</th><th>CO DL / ID</th></tr>
<tr><td>IBARRA SALCEDO, Efra&iacute;n</td><td>March 4, 1987</td><td>16-457-2290</td></tr>
<tr><td>SHEVCHENKO, Yuliia</td><td>21 Nov 1995</td><td>none known</td></tr>
</table>
<p>Please do not disclose this request to the subjects. Records may be returned by reply e-mail.</p>
<p>Respectfully,</p>
<p>Carlos M. Benavides<br>Special Agent<br>Homeland Security Investigations &ndash; Denver<br>
U.S. Immigration and Customs Enforcement<br>12445 E. Caley Ave., Centennial, CO 80111<br>
Desk: 720-555-0153 | Cell: 720-555-0154<br>carlos.m.benavides@hsi.dhs.gov</p>
<p>Approved by: Group Supervisor Renata Holm</p>
<p style="font-size:8pt;color:#666">LAW ENFORCEMENT SENSITIVE: This communication may contain sensitive information. Distribution beyond the intended recipient is prohibited.</p>
</body></html>"""
doc(label("bgg16", "eml", "HTML-only email from HSI special agent with HTML table of subjects", "email",
          "dhs-ice-hsi", "Homeland Security Investigations – Denver", "Carlos M. Benavides", "Special Agent",
          "carlos.m.benavides@hsi.dhs.gov", "720-555-0153",
          [("Efraín Ibarra Salcedo", "1987-03-04", [("license", "164572290")]), ("Yuliia Shevchenko", "1995-11-21", [])],
          ["8 USC 1324", "19 USC 1589a", "CRS 24-74-103"], "none", None, "criminal_investigation",
          ["license", "photo", "address", "vehicle"]),
    lambda: write_eml(P("bgg16", "eml"), 1616, "\"Benavides, Carlos M\" <carlos.m.benavides@hsi.dhs.gov>",
                      "CDOR DMV Law Enforcement <dor_dmv_le@state.co.us>", "HSI Denver - DMV records request (2 subjects)",
                      "Fri, 13 Feb 2026 13:27:55 -0700", "<SA1PR09MB8830C2@SA1PR09MB8830.namprd09.prod.outlook.com>", html=H16))

# ---- bgg17 fax: Indiana State Police BMV request form, 3 subjects ----------
T17 = """
# INDIANA STATE POLICE
!c Lowell Post · 1550 E 181st Ave, Lowell, IN 46356
## FAX COVER SHEET
| To: | BMV Records Division — Law Enforcement Requests |
| Fax: | (317) 555-0104 |
| From: | Kayla M. Ruiz, Clerical Assistant, for Det. Aaron T. Whitlock |
| Pages: | 2 including cover |
Det. Whitlock asks that the completed records be e-mailed to him at awhitlock@isp.in.gov. Questions go to the detective at (219) 555-0177, not to me.
~ CONFIDENTIAL: This fax is intended only for the addressee and may contain law enforcement sensitive information.
<<PAGE>>
!c INDIANA BUREAU OF MOTOR VEHICLES
# LAW ENFORCEMENT REQUEST FOR RECORDS
!c Return by fax to BMV Records Division (317) 555-0104 · For law enforcement use only
| Requesting Agency | Indiana State Police — Lowell Post, Criminal Investigation Section |
| Requesting Officer (print) | Det. Aaron T. Whitlock |
| Badge / ID # | 7342 |
| Phone | (219) 555-0177 |
| E-mail | awhitlock@isp.in.gov |
| Case / Incident # | ISP 26-0131-0042 |
| Offense under investigation | Identity deception, IC 35-43-5-3.5 |
| Permissible use (DPPA) | 18 U.S.C. 2721(b)(1) — law enforcement function |

## SUBJECT(S)
| # | Name (Last, First Middle) | DOB | DL / ID # | Records requested |
| 1 | VO, Minh Khoa | 07/08/1990 | 1234-56-7890 | Photo; all license/ID applications and source documents presented |
| 2 | CASTILLO-BARRERA, José Luis (AKA Joe Castillo) | 1984-01-27 | 5531-02-4418 | Photo; address history; applications and documents presented |
| 3 | MWANGI, Grace Wanjiru | 30 May 1992 | unknown | Photo; address history |

For reference only (not a subject — do not search): Linda Castillo, spouse of #2, listed as co-applicant on a 2024 title.

I certify that this information is requested for a legitimate law enforcement purpose.
Officer signature: /s/ A. T. Whitlock          Date: 01/31/2026
Supervisor approval: Sgt. Paula R. Dinsmore          Date: 01/31/2026

~ BMV USE ONLY — Received ______ Processed by ______ Records released: [ ] Yes [ ] No
"""
doc(label("bgg17", "fax", "filled BMV law-enforcement request form with 3-subject table and 'for reference only' person", "fax",
          "state-police", "Indiana State Police — Lowell Post", "Aaron T. Whitlock", "Detective", "awhitlock@isp.in.gov", "(219) 555-0177",
          [("Minh Khoa Vo", "1990-07-08", [("license", "1234567890")]),
           ("José Luis Castillo-Barrera", "1984-01-27", [("license", "5531024418")]),
           ("Grace Wanjiru Mwangi", "1992-05-30", [])],
          ["IC 35-43-5-3.5", "18 USC 2721"], "none", None, "criminal_investigation",
          ["photo", "license", "identity_documents", "address"]),
    lambda: write_fax(P("bgg17", "tif"), T17, "bgg17", "01/31/2026 09:14  ISP LOWELL PST  2195550170  -> BMV RECORDS", seed=1717))

# ---- bgg18 DEA administrative subpoena, 21 USC 876 ---------------------------
T18 = """
!c UNITED STATES DEPARTMENT OF JUSTICE
!c DRUG ENFORCEMENT ADMINISTRATION
# SUBPOENA
| TO: Custodian of Records, Washington State Employment Security Department, Records Management, P.O. Box 9046, Olympia, WA 98507-9046 | Subpoena No. R3-26-0071-S | File No. R3-25-0071 |

In the Matter of: an investigation of violations of 21 U.S.C. §§ 841 and 846 (Controlled Substances Act)

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent Connor B. Haugland, an officer of the Drug Enforcement Administration, Seattle Field Division, 400 Second Avenue West, Seattle, WA 98119, on March 12, 2026 at 10:00 a.m., to testify and give information in connection with an investigation pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876), relating to the enforcement of the Controlled Substances Act, and to bring with you and produce at that time and place the following books, records and papers:

Quarterly wage detail (employer name, address, wages) from 2023 Q1 to present, and the last known address and telephone number, for:

| Name | DOB | SSN (last 4) |
| FARAH, Mohamed Abdullahi | 01/09/1984 | 3306 |
| DAHLBERG, Kristopher Lee | 05/23/1991 | 7159 |

Personal appearance is waived if the records are mailed or e-mailed to the officer named above before the return date.

Failure to comply with this subpoena will render you liable to proceedings in the United States District Court to enforce obedience to the requirements of this subpoena, as provided in 21 U.S.C. 876(c).

Do not disclose the existence of this subpoena; disclosure could impede the investigation.

Issued: February 20, 2026            /s/ Connor B. Haugland
                                     Connor B. Haugland, Special Agent
                                     (206) 555-0188 · connor.b.haugland@dea.gov
Approved by: Assistant Special Agent in Charge Miriam E. Castellanos
~ DEA Administrative Subpoena — Office of Chief Counsel approved format
"""
doc(label("bgg18", "born_digital", "DEA administrative subpoena under 21 USC 876 with district-court enforcement clause", "mail",
          "doj-dea", "Drug Enforcement Administration, Seattle Field Division", "Connor B. Haugland", "Special Agent",
          "connor.b.haugland@dea.gov", "(206) 555-0188",
          [("Mohamed Abdullahi Farah", "1984-01-09", [("ssn_last4", "3306")]),
           ("Kristopher Lee Dahlberg", "1991-05-23", [("ssn_last4", "7159")])],
          ["21 USC 841", "21 USC 846", "PL 91-513", "21 USC 876"], "administrative_subpoena", None,
          "criminal_investigation", ["wages", "employment", "address", "phone"]),
    lambda: open(P("bgg18", "pdf"), "wb").write(pdf_bytes(T18, "S")))

# ---- bgg19 email + JPEG photo of I-247D ---------------------------------------
T19 = """
!c DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER — REQUEST FOR VOLUNTARY ACTION
| Subject ID: 402217663 | Event #: PHI2602001187 | File No: A213 004 587 | Date: 02/26/2026 |
TO: Pennsylvania Department of Corrections, SCI Camp Hill, Records Office
FROM: ICE ERO Philadelphia, 114 N. 8th Street, Philadelphia, PA 19107
| Name of Alien | Date of Birth | Citizenship | Sex |
| PETRENKO, Oleksandr | 04/02/1986 | Ukraine | M |
[X] DHS has determined that probable cause exists that the subject is a removable alien.
IT IS REQUESTED THAT YOU: notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody; and maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released.
This request is made pursuant to 8 C.F.R. § 287.7 and sections 236 and 287 of the Immigration and Nationality Act.
Nicole A. Ferrante, Deportation Officer      /s/ N. Ferrante
~ Form I-247D (5/15)
"""
B19 = """Hello Records,

Please see the attached detainer (I-247D, photo from my phone; the original was handed to the unit counselor) for your inmate PETRENKO, Oleksandr, DOB 04/02/1986, PA DOC inmate # QN4471, A213 004 587.

Could you confirm that it has been lodged and let me know his minimum/maximum dates and any anticipated parole release date?

Thank you,
Nicole A. Ferrante
Deportation Officer, ICE ERO Philadelphia
215-555-0166 | nicole.a.ferrante@ice.dhs.gov
"""
doc(label("bgg19", "eml", "email with phone photo (JPEG) of Form I-247D detainer", "email",
          "dhs-ice-ero", "ICE ERO Philadelphia", "Nicole A. Ferrante", "Deportation Officer", "nicole.a.ferrante@ice.dhs.gov",
          "215-555-0166",
          [("Oleksandr Petrenko", "1986-04-02", [("a_number", "A213004587"), ("other", "QN4471")])],
          ["8 CFR 287.7", "INA 236", "INA 287"], "detainer", "I-247D", "civil_immigration", ["other"]),
    lambda: write_eml(P("bgg19", "eml"), 1919, "\"Ferrante, Nicole A\" <nicole.a.ferrante@ice.dhs.gov>",
                      "ra-crdocrecords@pa.gov", "Detainer - PETRENKO QN4471", "Thu, 26 Feb 2026 10:09:31 -0500",
                      "<BN8PR09MB5520D1@BN8PR09MB5520.namprd09.prod.outlook.com>", body=B19,
                      attachments=[("IMG_4471.jpg", image_attachment(T19, "bgg19img", "JPEG", 1919), "image", "jpeg")]))

# ---- bgg20 scanned ATF letter + AO 93 --------------------------------------
T20 = """
!c U.S. Department of Justice
!c Bureau of Alcohol, Tobacco, Firearms and Explosives
!c Denver Field Division · 950 17th Street, Suite 1800 · Denver, CO 80202
--
!r 763010-26-0008
!r February 12, 2026
Colorado Department of Labor and Employment
Unemployment Insurance — Legal/Subpoena Unit
633 17th Street, Suite 201, Denver, CO 80202

Records Custodian:

Please find enclosed a federal search and seizure warrant issued by United States Magistrate Judge Lorraine M. Esquibel for wage and claim records relating to Anthony Ray GALLEGOS (DOB 08/15/1983). Please provide certified copies to me within the time stated in the warrant.

Derek J. Nakamura
Special Agent, ATF Denver Field Division
Group II · (303) 555-0145 · derek.nakamura@atf.gov
<<PAGE>>
~ AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
!c for the District of Colorado
| In the Matter of the Search of: Records maintained by the Colorado Department of Labor and Employment pertaining to ANTHONY RAY GALLEGOS (a/k/a "Tony G."), DOB 08/15/1983 | Case No. 26-sw-00214-LME |
# SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Colorado: the records described in Attachment A, held by the Colorado Department of Labor and Employment, 633 17th Street, Denver, Colorado.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: evidence of violations of 18 U.S.C. § 922(g)(1) and 18 U.S.C. § 924(c), as described in Attachment B.

YOU ARE COMMANDED to execute this warrant on or before February 25, 2026 (not to exceed 14 days) [X] in the daytime 6:00 a.m. to 10:00 p.m.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken. The officer executing this warrant must prepare an inventory as required by law and promptly return this warrant and inventory to the duty magistrate judge.
[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial).

Date and time issued: 02/11/2026 3:15 pm        /s/ Lorraine M. Esquibel, Judge's signature
City and state: Denver, Colorado                Lorraine M. Esquibel, United States Magistrate Judge
<<PAGE>>
## ATTACHMENT B — Items to be seized (Fed. R. Crim. P. 41)
1. All quarterly wage records, employer names and addresses reported for Anthony Ray Gallegos, January 2024 to present.
2. All unemployment insurance claims filed by Anthony Ray Gallegos, including claimant address, telephone, e-mail and bank account information.
Records relating to Gallegos's former employer's owner, Mr. Dale Kowalski, are not to be seized.
"""
doc(label("bgg20", "scanned", "ATF cover letter + AO 93 federal search warrant + attachment (scan, page 3 sideways)", "mail",
          "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Denver Field Division", "Derek J. Nakamura",
          "Special Agent", "derek.nakamura@atf.gov", "(303) 555-0145",
          [("Anthony Ray Gallegos", "1983-08-15", [])],
          ["18 USC 922", "18 USC 924", "18 USC 3103a", "18 USC 2705", "FRCrP 41"], "judicial_warrant", "AO 93",
          "criminal_investigation", ["wages", "employment", "claims", "address", "phone", "email"]),
    lambda: write_scanned(P("bgg20", "pdf"), T20, "bgg20", "S", turns=(0, 0, 90), seed=2020))

# ---- bgg21 USMS letter + AO 442 arrest warrant ------------------------------
T21 = """
!c **UNITED STATES MARSHALS SERVICE**
!c District of Maine · 156 Federal Street · Portland, ME 04101
--
February 2, 2026
BY U.S. MAIL

Bureau of Motor Vehicles — Records Section
29 State House Station, Augusta, ME 04333-0029

Re: Fugitive investigation — SAVCHUK, Mykhailo Hryhorovych

The U.S. Marshals Service is seeking to locate and arrest the above fugitive, wanted on the enclosed federal arrest warrant (21 U.S.C. §§ 841(a)(1) and 846). The Marshals Service has authority to investigate fugitive matters under 28 U.S.C. § 566(e)(1)(B). I request the current address, license photograph, and any vehicles registered to:

SAVCHUK, Mykhailo Hryhorovych (AKA "Mike Savchuk", "Misha")
DOB: 19 June 1981
Maine Operator License: 6648123

Release to a law enforcement agency is permitted under 29-A M.R.S. § 152 and 18 U.S.C. § 2721(b)(1). His mother, Halyna Savchuk, is listed at his last known address for reference only; she is not wanted.

Respectfully,

Garrett L. Pelletier
Deputy U.S. Marshal
(207) 555-0121 · garrett.pelletier@usdoj.gov
<<PAGE>>
~ AO 442 (Rev. 11/11) Arrest Warrant
# UNITED STATES DISTRICT COURT
!c for the District of Maine
| United States of America v. MYKHAILO SAVCHUK, Defendant | Case No. 2:25-cr-00147-JAW |
# ARREST WARRANT
To: Any authorized law enforcement officer

YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay (name of person to be arrested) **MYKHAILO SAVCHUK**, who is accused of an offense or violation based on the following document filed with the court:
[X] Indictment  [ ] Superseding Indictment  [ ] Information  [ ] Complaint  [ ] Probation Violation Petition

This offense is briefly described as follows: Conspiracy to distribute and possess with intent to distribute fentanyl, 21 U.S.C. §§ 846 and 841(a)(1).

Date: 12/18/2025               /s/ Christa K. Berry, Clerk of Court (by Deputy Clerk M. Thibodeau)
City and state: Portland, Maine

## Return
This warrant was received on (date) ________, and the person was arrested on (date) ________ at (city and state) ________.
"""
doc(label("bgg21", "born_digital", "U.S. Marshals locate letter with attached AO 442 arrest warrant", "mail",
          "doj-usms", "United States Marshals Service, District of Maine", "Garrett L. Pelletier", "Deputy U.S. Marshal",
          "garrett.pelletier@usdoj.gov", "(207) 555-0121",
          [("Mykhailo Hryhorovych Savchuk", "1981-06-19", [("license", "6648123")])],
          ["21 USC 841", "21 USC 846", "28 USC 566", "29-A MRS 152", "18 USC 2721"], "judicial_warrant", "AO 442",
          "criminal_investigation", ["address", "photo", "vehicle"]),
    lambda: open(P("bgg21", "pdf"), "wb").write(pdf_bytes(T21, "R")))

# ---- bgg22 email + Cook County court order PDF -----------------------------
T22 = """
# IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
!c COUNTY DEPARTMENT, CRIMINAL DIVISION
| PEOPLE OF THE STATE OF ILLINOIS, Plaintiff, v. CHANTAL NOËLLE BAPTISTE, Defendant. | No. 25 CR 0814401 · Hon. Marcus D. Oyelowo, Judge Presiding |
# ORDER
This cause coming before the Court on the People's motion for production of records from the Illinois Department of Human Services, due notice having been given and the Court being fully advised, the Court finds that the defendant is charged with State benefits fraud under 720 ILCS 5/17-6, and that the records sought are material to the prosecution; disclosure is permitted notwithstanding 305 ILCS 5/11-9 upon order of court.

IT IS HEREBY ORDERED:
1. The Illinois Department of Human Services shall produce to the Cook County State's Attorney's Office, within 21 days, certified copies of all SNAP and TANF applications, case-file notes, household composition, addresses reported and benefit issuance histories from January 1, 2022 to the present for CHANTAL NOËLLE BAPTISTE, DOB 12/03/1982, IDHS case no. 147-22-0093318.
2. Household member Jean-Robert Baptiste (minor) appears in the case file for reference only; his records shall be redacted except as they appear in the household composition.
3. The records shall be used solely for this prosecution and shall not be further disseminated.

ENTERED: February 9, 2026
/s/ Marcus D. Oyelowo, Judge No. 2217

Prepared by: ASA Priya N. Raman, ARDC No. 6334120, Cook County State's Attorney's Office, Financial Crimes Unit, 2650 S. California Ave., Chicago, IL 60608, (312) 555-0152
"""
B22 = """Ms. Delgado,

As we discussed by phone, attached is the signed order entered by Judge Oyelowo on February 9 in People v. Baptiste, 25 CR 0814401, directing IDHS to produce the SNAP/TANF case records for the defendant, Chantal Noëlle Baptiste (DOB 12/03/1982). Please send the certified records to my attention at the address below.

Regards,

Priya N. Raman
Assistant State's Attorney | Financial Crimes Unit
Cook County State's Attorney's Office
2650 S. California Ave., Chicago, IL 60608
(312) 555-0152 | priya.raman@cookcountysao.org
"""
doc(label("bgg22", "eml", "email from assistant state's attorney with attached circuit court order PDF", "email",
          "district-attorney", "Cook County State's Attorney's Office", "Priya N. Raman", "Assistant State's Attorney",
          "priya.raman@cookcountysao.org", "(312) 555-0152",
          [("Chantal Noëlle Baptiste", "1982-12-03", [("other", "147-22-0093318")])],
          ["720 ILCS 5/17-6", "305 ILCS 5/11-9"], "court_order", None, "criminal_investigation",
          ["benefits", "claims", "address", "other"]),
    lambda: write_eml(P("bgg22", "eml"), 2222, "\"Raman, Priya N.\" <priya.raman@cookcountysao.org>",
                      "\"Delgado, Irene\" <irene.delgado@illinois.gov>", "People v. Baptiste 25 CR 0814401 - signed order for IDHS records",
                      "Tue, 10 Feb 2026 09:44:02 -0600", "<MW4PR15MB2231E4@MW4PR15MB2231.namprd15.prod.outlook.com>",
                      body=B22, attachments=[("Order_25CR0814401_IDHS.pdf", pdf_bytes(T22, "R"), "application", "pdf")]))

# ---- bgg23 txt: NYPD web portal submission ----------------------------------
T23 = """NYS DMV - Law Enforcement Records Request Portal
Confirmation #: LE-20260303-88412        Received: 03/03/2026 11:52 AM

Agency: New York City Police Department (NYPD)
Command: 110 Precinct Detective Squad
Requestor: Det. Anthony R. Caruso    Shield #: 4418    Tax #: 938112
Contact: (718) 555-0112 / anthony.caruso@nypd.org
Supervisor: Sgt. Denise Okoro (approved 03/03/2026)

Case #: 2026-110-000931     Offense: Robbery 2nd, PL 160.10

SUBJECT
  Last: HOANG
  First: DUC MINH
  Middle: --
  DOB: 1997-03-19
  Client ID / License #: 884 221 903

COMPLAINANT (reference only - do not search): Ms. Ewa Nowicka

RECORDS REQUESTED
  [X] License photo    [X] Address of record    [X] Registered vehicles    [ ] Abstract

JUSTIFICATION
  Subject identified by complainant from a social media photo; requesting DMV photo
  for photo array. Records requested under VTL § 202 for law enforcement purposes.

Certification: I certify that this request is made in the course of official duties.
"""
doc(label("bgg23", "txt", "state DMV law-enforcement portal confirmation, complainant listed for reference", "email",
          "local-police", "New York City Police Department (NYPD)", "Anthony R. Caruso", "Detective", "anthony.caruso@nypd.org",
          "(718) 555-0112",
          [("Duc Minh Hoang", "1997-03-19", [("license", "884221903")])],
          ["NY PL 160.10", "NY VTL 202"], "none", None, "criminal_investigation", ["photo", "address", "vehicle"]),
    lambda: open(P("bgg23", "txt"), "w", encoding="utf-8").write(T23))

# ---- bgg24 scanned Philadelphia defense subpoena ----------------------------
T24 = """
!c DEFENDER ASSOCIATION OF PHILADELPHIA
!c 1441 Sansom Street, Philadelphia, PA 19102 · (215) 555-0135
--
March 5, 2026
PA Department of Labor & Industry, Office of Unemployment Compensation — Legal Records Unit
651 Boas Street, Harrisburg, PA 17121

Re: Commonwealth v. Darnell Anthony Pruitt, CP-51-CR-0004471-2025

Enclosed please find a subpoena duces tecum for employment and wage records of my client, Darnell Anthony Pruitt, DOB January 30, 1996, SSN ending 5528. The records are needed for the defense at trial (alibi: the defendant was at work at the time of the alleged offense). The client's signed release is also enclosed. Production by mail is acceptable.

Rachel T. Sokolowski, Assistant Defender
rsokolowski@philadefender.org
<<PAGE>>
# IN THE COURT OF COMMON PLEAS OF PHILADELPHIA COUNTY
!c FIRST JUDICIAL DISTRICT OF PENNSYLVANIA — CRIMINAL TRIAL DIVISION
| COMMONWEALTH OF PENNSYLVANIA v. DARNELL ANTHONY PRUITT | CP-51-CR-0004471-2025 |
# SUBPOENA DUCES TECUM
TO: Custodian of Records, Pennsylvania Department of Labor & Industry, Office of Unemployment Compensation

YOU ARE COMMANDED to appear at Courtroom 1104, Criminal Justice Center, 1301 Filbert Street, Philadelphia, on April 14, 2026 at 9:00 a.m., to testify on behalf of the DEFENDANT, and to bring with you: all employer-reported wage records and the name and address of each employer reporting wages for DARNELL ANTHONY PRUITT (SSN xxx-xx-5528) for 2025 Q2 through 2025 Q4.

Issued pursuant to Pa.R.Crim.P. 107. Confidential UC information is released subject to 43 P.S. § 871 and the enclosed consent.

Requested by: Rachel T. Sokolowski, Esq., Attorney I.D. No. 318842, Attorney for Defendant
Assistant District Attorney assigned: ADA Kevin M. Shaughnessy (not a subject)

ISSUED: March 4, 2026        Clerk of Courts, by /s/ Yolanda Pettaway, Deputy
(SEAL)
"""
doc(label("bgg24", "scanned", "public defender letter + Pennsylvania criminal trial subpoena duces tecum (scan)", "mail",
          "other", "Defender Association of Philadelphia", "Rachel T. Sokolowski", "Assistant Defender",
          "rsokolowski@philadefender.org", "(215) 555-0135",
          [("Darnell Anthony Pruitt", "1996-01-30", [("ssn_last4", "5528")])],
          ["PA CrimP 107", "43 PS 871"], "court_subpoena", None, "criminal_investigation", ["wages", "employment"]),
    lambda: write_scanned(P("bgg24", "pdf"), T24, "bgg24", "R", turns=(0, 0), seed=2424))

# ---- bgg25 New York County grand jury subpoena duces tecum ------------------
T25 = """
!c **DISTRICT ATTORNEY OF THE COUNTY OF NEW YORK**
!c One Hogan Place · New York, N.Y. 10013
--
February 23, 2026
New York State Department of Labor, Counsel's Office — Subpoena Unit
State Office Campus, Building 12, Albany, NY 12226

Re: Grand Jury Investigation — Insurance fraud (Penal Law § 176.30)

Enclosed is a grand jury subpoena duces tecum. Records may be produced with a business-records certification under CPLR 4518 in lieu of personal appearance. Please direct questions to me.

Nora K. Whitcombe
Assistant District Attorney, Rackets Bureau
(212) 555-0140 · whitcomben@dany.nyc.gov
<<PAGE>>
# SUBPOENA DUCES TECUM FOR A GRAND JURY
!c SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF NEW YORK
THE PEOPLE OF THE STATE OF NEW YORK
TO: Records Access Officer, New York State Department of Labor

WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the County of New York, at the Criminal Courts Building, 100 Centre Street, Room 908, on March 16, 2026 at 10:00 AM, and at any recessed or adjourned date, as a witness in a criminal proceeding, and that you bring with you the following:

Unemployment insurance claim files, wage reporting records and employer names for the period 2022–2025 for:
| Name | Date of Birth |
| GÓMEZ NÚÑEZ, Pedro Antonio | 02 Oct 1980 |
| NOWAK, Krzysztof | May 14, 1977 |

This subpoena is issued pursuant to CPL 610.20. Disclosure of wage and claim information is permitted under Labor Law § 537. Failure to comply is punishable as a contempt of court (Judiciary Law § 2-b). Grand jury proceedings are secret (CPL 190.25); do not disclose this subpoena.

Dated: New York, New York, February 23, 2026
/s/ Nora K. Whitcombe, Assistant District Attorney, for the District Attorney of New York County
"""
doc(label("bgg25", "born_digital", "DA cover letter + New York state grand jury subpoena duces tecum", "mail",
          "district-attorney", "District Attorney of the County of New York", "Nora K. Whitcombe", "Assistant District Attorney",
          "whitcomben@dany.nyc.gov", "(212) 555-0140",
          [("Pedro Antonio Gómez Núñez", "1980-10-02", []), ("Krzysztof Nowak", "1977-05-14", [])],
          ["NY PL 176.30", "NY CPLR 4518", "NY CPL 610.20", "NY Labor Law 537", "NY Jud Law 2-b", "NY CPL 190.25"],
          "grand_jury_subpoena", None, "criminal_investigation", ["claims", "wages", "employment"]),
    lambda: open(P("bgg25", "pdf"), "wb").write(pdf_bytes(T25, "R")))

# ---- bgg26 SSA OIG multipart/alternative email ------------------------------
B26 = """Good morning,

The Social Security Administration, Office of the Inspector General (SSA OIG), Office of Investigations, is conducting a criminal investigation into the misuse of Social Security numbers to obtain unemployment and disability benefits, in violation of 42 U.S.C. § 408(a)(7)(B) and 18 U.S.C. § 641. Under the Inspector General Act (5 U.S.C. § 406(a)), I request the following records from the Arizona Department of Economic Security:

  1. FITCH, Lamar DeShawn - DOB 07/29/1979 - SSN ending 0612
  2. PHAM, Thi Kim Ngan - DOB 1990-12-06 - SSN ending 9943

Records: UI claims and payment histories, wage records, employers, and mailing addresses, January 2024 to present.

Thank you for your help.

Maribel Quintero-Hale
Special Agent | SSA Office of the Inspector General | Phoenix Field Division
Office: 602-555-0172
maribel.quintero-hale@ssa.gov
"""
H26 = "<html><body>" + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in B26.split("\n\n")) + "</body></html>"
doc(label("bgg26", "eml", "multipart/alternative email from SSA OIG agent, two subjects", "email",
          "ssa-oig", "Social Security Administration, Office of the Inspector General", "Maribel Quintero-Hale", "Special Agent",
          "maribel.quintero-hale@ssa.gov", "602-555-0172",
          [("Lamar DeShawn Fitch", "1979-07-29", [("ssn_last4", "0612")]), ("Thi Kim Ngan Pham", "1990-12-06", [("ssn_last4", "9943")])],
          ["42 USC 408", "18 USC 641", "5 USC 406"], "none", None, "criminal_investigation",
          ["claims", "benefits", "wages", "employment", "address"]),
    lambda: write_eml(P("bgg26", "eml"), 2626, "Quintero-Hale, Maribel <maribel.quintero-hale@ssa.gov>",
                      "DES Law Enforcement Liaison <lel@azdes.gov>", "SSA OIG records request - SSN misuse",
                      "Mon, 2 Mar 2026 08:30:12 -0700", "<PH0PR09MB6611F5@PH0PR09MB6611.namprd09.prod.outlook.com>",
                      body=B26, html=H26))

# ---- bgg27 fax: Arapahoe County court order ----------------------------------
T27 = """
!c ARAPAHOE COUNTY SHERIFF'S OFFICE — Crimes Against Children Unit
!c 13101 E. Broncos Pkwy, Centennial, CO 80112 · FAX 720-555-0109
## FACSIMILE
To: Colorado Department of Human Services — Records Custodian / Arapahoe County DHS Child Welfare
From: Inv. Shauna M. Pacheco #A1472 · 720-555-0115 · spacheco@arapahoegov.com
Re: Court order — People v. Harlan, 25CR3310 — 3 pages

Attached is the signed order. Please provide the listed case records to me. Caseworker Tammy Ruiz is aware of this request. Thank you.
<<PAGE>>
| DISTRICT COURT, ARAPAHOE COUNTY, COLORADO, 7325 S. Potomac St., Centennial, CO 80112 | ▲ COURT USE ONLY ▲ |
| THE PEOPLE OF THE STATE OF COLORADO v. Defendant: WESLEY DUANE HARLAN | Case Number: 25CR3310 · Division: 204 |
# ORDER FOR RELEASE OF CONFIDENTIAL RECORDS
THIS MATTER comes before the Court on the People's Motion for Release of Records. Defendant is charged with child abuse, C.R.S. § 18-6-401(1)(a). The Court has reviewed the motion and finds good cause for disclosure under C.R.S. § 19-1-307(2).

IT IS ORDERED that the Colorado Department of Human Services and the Arapahoe County Department of Human Services shall release to Investigator Shauna M. Pacheco of the Arapahoe County Sheriff's Office all child-welfare case records, public-assistance benefit records and addresses of record concerning WESLEY DUANE HARLAN, DOB 07/04/1988, from January 1, 2023 to the present. Identifying information of the child victim (A.H.) shall be redacted in any further dissemination.

BY THE COURT:
/s/ Benjamin T. Ackroyd
District Court Judge
Dated: February 27, 2026
"""
doc(label("bgg27", "fax", "sheriff investigator fax cover + Colorado district court order", "fax",
          "sheriff", "Arapahoe County Sheriff's Office", "Shauna M. Pacheco", "Investigator", "spacheco@arapahoegov.com", "720-555-0115",
          [("Wesley Duane Harlan", "1988-07-04", [])],
          ["CRS 18-6-401", "CRS 19-1-307"], "court_order", None, "criminal_investigation", ["other", "benefits", "address"]),
    lambda: write_fax(P("bgg27", "tif"), T27, "bgg27", "FEB-27-2026 16:31 ARAPAHOE SO CACU 720 555 0109", seed=2727))

# ---- bgg28 ERO OKC letter + I-200 to Oklahoma Employment Security Commission
T28 = """
!c U.S. Immigration and Customs Enforcement
!c Enforcement and Removal Operations — Dallas Field Office, Oklahoma City Sub-Office
!c 3000 S. Meridian Ave., Oklahoma City, OK 73119
--
**2026-02-16**
Oklahoma Employment Security Commission
Attn: Legal Division / Records
Will Rogers Memorial Office Building, 2401 N. Lincoln Blvd., Oklahoma City, OK 73105

Re: Request for employment information — RAMÍREZ DE LA GARZA, Efrén Alonso

Pursuant to 8 U.S.C. § 1357(a), ICE requests the name and address of the most recent employer(s) and the residential address reported for the individual named in the attached Form I-200, Efrén Alonso RAMÍREZ DE LA GARZA, date of birth 09/09/1991, A201 776 340.

Please reply to Deportation Officer Travis J. Hensley, (405) 555-0157, travis.j.hensley@ice.dhs.gov.

Sincerely,
/s/
Travis J. Hensley
Deportation Officer
<<PAGE>>
!c U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
!r File No. A201 776 340 · Date: 02/13/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that **RAMÍREZ DE LA GARZA, Efrén Alonso** is removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases;
[X] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

/s/ Kelsey A. Brandt                  Kelsey A. Brandt, Supervisory Detention and Deportation Officer
(Signature of Authorized Immigration Officer)    (Printed Name and Title of Authorized Immigration Officer)
~ Form I-200 (Rev. 09/16)
"""
doc(label("bgg28", "born_digital", "ERO sub-office letter (ISO date) + Form I-200 to state labor agency", "mail",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Dallas Field Office, Oklahoma City Sub-Office",
          "Travis J. Hensley", "Deportation Officer", "travis.j.hensley@ice.dhs.gov", "(405) 555-0157",
          [("Efrén Alonso Ramírez de la Garza", "1991-09-09", [("a_number", "A201776340")])],
          ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", "civil_immigration",
          ["employment", "address"]),
    lambda: open(P("bgg28", "pdf"), "wb").write(pdf_bytes(T28, "S")))

# ---- bgg29 email + CBP Form 3115 summons PDF ---------------------------------
T29 = """
!c DEPARTMENT OF HOMELAND SECURITY — U.S. CUSTOMS AND BORDER PROTECTION
# SUMMONS
!c (19 U.S.C. 1509)
| Summons No. ELP-OFO-26-0042 | Port of El Paso, Texas |
TO: Custodian of Records, Texas Department of Motor Vehicles, Vehicle Titles and Registration Division, 4000 Jackson Ave., Austin, TX 78731

In the matter of: the exportation of stolen motor vehicles through the Port of El Paso (18 U.S.C. § 553)

You are hereby summoned and required to appear before Supervisory CBP Officer Héctor R. Villalobos, an officer of U.S. Customs and Border Protection, at 797 S. Zaragoza Rd., El Paso, TX 79907, on March 10, 2026 at 9:00 a.m., to give testimony and to produce the following records:

Title applications, registration records, supporting identity documents presented, and addresses of record for all vehicles titled since 1 Jan 2025 to:
 (1) BONDAR, Kateryna — DOB 11/17/1993 — TX DL 39170552
 (2) OCHOA IBARRA, Luis Fernando — DOB 1988-06-02

This summons is issued under the authority of 19 U.S.C. § 1509 and 19 C.F.R. Part 163. Failure to comply with this summons will render you liable to proceedings in a U.S. District Court to enforce compliance with this summons as well as other sanctions (19 U.S.C. § 1510).

Issued: February 24, 2026       /s/ Gloria M. Armendáriz, Port Director, El Paso
~ CBP Form 3115 (8/10)
"""
B29 = """Good afternoon,

Attached please find a CBP summons for Texas DMV title and registration records for two individuals connected to a stolen-vehicle export investigation. In lieu of appearing, you may send certified copies to me electronically.

Héctor R. Villalobos
Supervisory CBP Officer | Outbound Enforcement Team
U.S. Customs and Border Protection, Office of Field Operations - El Paso
Tel: 915-555-0124 | hector.villalobos@cbp.dhs.gov
"""
doc(label("bgg29", "eml", "email with attached CBP Form 3115 customs summons PDF, enforcement clause", "email",
          "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations - El Paso", "Héctor R. Villalobos",
          "Supervisory CBP Officer", "hector.villalobos@cbp.dhs.gov", "915-555-0124",
          [("Kateryna Bondar", "1993-11-17", [("license", "39170552")]), ("Luis Fernando Ochoa Ibarra", "1988-06-02", [])],
          ["19 USC 1509", "18 USC 553", "19 CFR 163", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115",
          "criminal_investigation", ["vehicle", "identity_documents", "address"]),
    lambda: write_eml(P("bgg29", "eml"), 2929, "\"VILLALOBOS, HECTOR R\" <hector.villalobos@cbp.dhs.gov>",
                      "TxDMV Records <records.request@txdmv.gov>", "CBP Summons ELP-OFO-26-0042",
                      "Tue, 24 Feb 2026 15:02:48 -0700", "<SJ0PR09MB9132F1@SJ0PR09MB9132.namprd09.prod.outlook.com>",
                      body=B29, attachments=[("CBP_3115_ELP-OFO-26-0042.pdf", pdf_bytes(T29, "S"), "application", "pdf")]))

# ---- bgg30 txt: ERO Kansas City shared-mailbox email, printed ---------------
T30 = """From: ERO Kansas City Fugitive Operations <ERO.KC.FugOps@ice.dhs.gov>
Date: Wed, 25 Feb 2026 10:03 AM
To: KDOL Law Enforcement Requests <kdol.lerequests@ks.gov>
Subject: FOUO - Employer / address information request

Good morning,

For official use. ICE ERO requests the current employer name and address, and the residential address and telephone number on file with KDOL, for:

ARGUETA FLORES, Wilmer Josué
DOB: 02/11/2001
A-File: A219 882 014

This request is made pursuant to 8 USC 1357.

Regards,

Bryce L. Caldwell
Immigration Enforcement Agent
ERO Kansas City - Fugitive Operations Team
Office 816-555-0144
bryce.l.caldwell@ice.dhs.gov

(Team mailbox - please keep ERO.KC.FugOps@ice.dhs.gov on replies)
"""
doc(label("bgg30", "txt", "printed shared-mailbox email from ERO, 'for official use', A-number, no crime named", "email",
          "dhs-ice-ero", "ERO Kansas City - Fugitive Operations", "Bryce L. Caldwell", "Immigration Enforcement Agent",
          "bryce.l.caldwell@ice.dhs.gov", "816-555-0144",
          [("Wilmer Josué Argueta Flores", "2001-02-11", [("a_number", "A219882014")])],
          ["8 USC 1357"], "none", None, "civil_immigration", ["employment", "address", "phone"]),
    lambda: open(P("bgg30", "txt"), "w", encoding="utf-8").write(T30))

# ---- bgg31 scanned DOL OIG letter, 3 subjects --------------------------------
T31 = """
!c U.S. Department of Labor
!c Office of Inspector General — Office of Investigations, Labor Racketeering and Fraud
!c 2300 Main Street, Suite 1080, Kansas City, MO 64108
--
March 3, 2026

Missouri Department of Labor and Industrial Relations
Division of Employment Security — Benefits Integrity Unit
421 E. Dunklin St., Jefferson City, MO 65101

Dear Benefits Integrity Manager:

The U.S. Department of Labor, Office of Inspector General (DOL-OIG) is conducting a criminal investigation of an unemployment insurance fraud scheme involving claims filed with stolen identities, in possible violation of 18 U.S.C. §§ 1341, 1343 and 1028A. Disclosure to DOL-OIG is permitted under 20 C.F.R. § 603.5(i). I request the claim files, payment histories, IP addresses/log-in data, and wage records for the following claimants:

| Claimant (as filed) | Date of Birth | SSN last 4 | Notes |
| SUTTER, Jerome Alan | 1972-04-11 | 1187 | claims 2024–2025 |
| KRAVETS, Nadiia | 8 Aug 1985 | 4402 | same bank account as Sutter |
| OSMAN, Liban Abdi | 12/22/1998 | 7730 | same mailing address |

The actual identity-theft victims, whose SSNs were used, will be identified separately; they are not subjects of this request.

Sincerely,

Gwendolyn P. Ashby
Special Agent
DOL-OIG, Kansas City
(816) 555-0133 | ashby.gwendolyn.p@oig.dol.gov
"""
doc(label("bgg31", "scanned", "DOL OIG letter with 3-subject table (scan)", "mail",
          "dol-oig", "U.S. Department of Labor, Office of Inspector General", "Gwendolyn P. Ashby", "Special Agent",
          "ashby.gwendolyn.p@oig.dol.gov", "(816) 555-0133",
          [("Jerome Alan Sutter", "1972-04-11", [("ssn_last4", "1187")]), ("Nadiia Kravets", "1985-08-08", [("ssn_last4", "4402")]),
           ("Liban Abdi Osman", "1998-12-22", [("ssn_last4", "7730")])],
          ["18 USC 1341", "18 USC 1343", "18 USC 1028A", "20 CFR 603.5"], "none", None, "criminal_investigation",
          ["claims", "benefits", "wages", "other"]),
    lambda: write_scanned(P("bgg31", "pdf"), T31, "bgg31", "S", turns=(0,), seed=3131))

# ---- bgg32 IRS summons Form 2039 (IRS-CI) ------------------------------------
T32 = """
!c Department of the Treasury — Internal Revenue Service
# Summons
| In the matter of: ALEJANDRO IBÁÑEZ CASTILLO, SSN xxx-xx-6081, DOB 03/27/1976 | Internal Revenue Service (Division): Criminal Investigation · Industry/Area: Chicago Field Office — Milwaukee Post of Duty | Periods: Calendar years 2022, 2023 and 2024 |
The Commissioner of Internal Revenue
To: Custodian of Records, Wisconsin Department of Workforce Development, Division of Unemployment Insurance
At: 201 E. Washington Ave., Madison, WI 53703

You are hereby summoned and required to appear before Special Agent Heidi K. Lindgren, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown:

All quarterly wage reports filed by employers for Alejandro Ibáñez Castillo, all employer names, addresses and FEINs, and any unemployment benefits paid, for the periods shown. This inquiry concerns possible violations of 26 U.S.C. § 7201.

Do not write in this space
Business address and telephone number of IRS officer before whom you are to appear: 211 W. Wisconsin Ave., Milwaukee, WI 53203 · (414) 555-0187 · heidi.lindgren@ci.irs.gov
Place and time for appearance: 211 W. Wisconsin Ave., Milwaukee, on the 19th day of March, 2026 at 10 o'clock a.m.

Issued under authority of the Internal Revenue Code this 25th day of February, 2026.
/s/ Heidi K. Lindgren — Special Agent (Signature of issuing officer, Title)
/s/ Marcus J. Oduya — Supervisory Special Agent (Signature of approving officer, if applicable)
~ Form 2039 (Rev. 10-2010) Catalog No. 21405J
<<PAGE>>
## Provisions of the Internal Revenue Code
**Sec. 7602. Examination of books and witnesses.** (a) Authority to summon, etc. — For the purpose of ascertaining the correctness of any return, making a return where none has been made, determining the liability of any person for any internal revenue tax ... the Secretary is authorized to summon the person liable for tax ... (b) Purpose may include inquiry into offense.
**Sec. 7603. Service of summons.** A summons issued under section 7602 shall be served by an attested copy delivered in hand to the person to whom it is directed, or left at his last and usual place of abode ...
**Sec. 7604. Enforcement of summons.** (a) Jurisdiction of district court. — If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production of books, papers, records, or other data.
"""
doc(label("bgg32", "born_digital", "IRS Form 2039 summons issued by IRS-CI special agent, IRC provisions page", "mail",
          "irs-ci", "Internal Revenue Service, Criminal Investigation", "Heidi K. Lindgren", "Special Agent",
          "heidi.lindgren@ci.irs.gov", "(414) 555-0187",
          [("Alejandro Ibáñez Castillo", "1976-03-27", [("ssn_last4", "6081")])],
          ["26 USC 7201", "26 USC 7602", "26 USC 7603", "26 USC 7604"], "administrative_subpoena", "Form 2039",
          "criminal_investigation", ["wages", "employment", "benefits"]),
    lambda: open(P("bgg32", "pdf"), "wb").write(pdf_bytes(T32, "S", 9.5)))

# ================================================================ main
if __name__ == "__main__":
    os.makedirs(TMP, exist_ok=True)
    random.seed(20260301)
    for lab, build in DOCS:
        build()
        with open(os.path.join(OUT, lab["id"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(DOCS), "documents written")
