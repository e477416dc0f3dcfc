#!/usr/bin/env python3
"""Build the blind_oo test set (independent author; deterministic, seed 4242).

Run: /work/main/.venv/bin/python samples/blind_oo/build.py
Writes <id>.<ext> and <id>.expected.json beside this script; temp files in /tmp/author_oo.
"""
import io
import json
import os
import random
import subprocess
import glob
from email.message import EmailMessage
from email import policy

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_oo"
os.makedirs(TMP, exist_ok=True)
SEED = 4242
import datetime
import time
FIXED_DT = time.gmtime(1795003200)
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("Sans", "DejaVuSans.ttf"), ("Sans-Bold", "DejaVuSans-Bold.ttf"),
             ("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
             ("Mono", "DejaVuSansMono.ttf"), ("Mono-Bold", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))


# ---------------------------------------------------------------- rendering
def render_pdf(markup, path, serif=False, footer=None):
    """Tiny markup: '# ' big centred bold, '^^ ' centred bold, '^ ' centred, '> ' right,
    '## ' bold, '~ ' small, '` ' monospace, '---' rule, '===' page break."""
    W, H = letter
    m = 60
    reg, bold = ("Serif", "Serif-Bold") if serif else ("Sans", "Sans-Bold")
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("")
    st = {"y": H - m, "page": 1}

    def foot():
        if footer:
            c.setFont(reg, 7)
            c.drawCentredString(W / 2, 30, footer.replace("{p}", str(st["page"])))

    def newpage():
        foot()
        c.showPage()
        st["page"] += 1
        st["y"] = H - m

    def emit(text, font, size, align="left", wrap=True, indent=0, pre=0):
        st["y"] -= pre
        lines = simpleSplit(text, font, size, W - 2 * m - indent) if wrap else [text]
        if not lines:
            lines = [""]
        for ln in lines:
            if st["y"] < m + 10:
                newpage()
            c.setFont(font, size)
            if align == "center":
                c.drawCentredString(W / 2, st["y"], ln)
            elif align == "right":
                c.drawRightString(W - m, st["y"], ln)
            else:
                c.drawString(m + indent, st["y"], ln)
            st["y"] -= size * 1.32

    for raw in markup.strip("\n").split("\n"):
        s = raw.rstrip()
        if s.strip() == "===":
            newpage()
            continue
        if s.strip() == "":
            st["y"] -= 6
            continue
        if s.startswith("# "):
            emit(s[2:], bold, 14, "center", pre=6)
        elif s.startswith("^^ "):
            emit(s[3:], bold, 11, "center", pre=2)
        elif s.startswith("^ "):
            emit(s[2:], reg, 9, "center")
        elif s.startswith("> "):
            emit(s[2:], reg, 10, "right")
        elif s.startswith("## "):
            emit(s[3:], bold, 10.5)
        elif s.startswith("~ "):
            emit(s[2:], reg, 7.2)
        elif s.startswith("` "):
            fits = pdfmetrics.stringWidth(s[2:], "Mono", 8.6) <= letter[0] - 2 * m
            emit(s[2:], "Mono", 8.6, wrap=not fits)
        elif s.startswith("---"):
            c.setLineWidth(0.8)
            c.line(m, st["y"] + 4, W - m, st["y"] + 4)
            st["y"] -= 8
        else:
            ind = len(s) - len(s.lstrip(" "))
            emit(s.strip(), reg, 10, indent=ind * 4)
    foot()
    c.save()


def raster(pdf, dpi, tag):
    pre = os.path.join(TMP, tag)
    for f in glob.glob(pre + "-*.png"):
        os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, pre], check=True)
    return [Image.open(f).convert("L") for f in sorted(glob.glob(pre + "-*.png"))]


def degrade(im, rng, turn=0, grey=True, q=55, noise=7):
    if turn:
        im = im.rotate(turn, expand=True)
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(im).astype(np.float32)
    if grey:
        a = a * 0.84 + 28
    nr = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nr.normal(0, noise, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q)
    return Image.open(io.BytesIO(b.getvalue())).convert("L")


def make_scanned(markup, out, rng, turns=None, serif=False, footer=None, tag="s"):
    pdf = os.path.join(TMP, tag + ".pdf")
    render_pdf(markup, pdf, serif=serif, footer=footer)
    pages = raster(pdf, 200, tag)
    turns = turns or {}
    imgs = [degrade(p, rng, turns.get(i, 0)) for i, p in enumerate(pages)]
    imgs[0].save(out, "PDF", save_all=True, append_images=imgs[1:], resolution=200.0,
                 creationDate=FIXED_DT, modDate=FIXED_DT)


def make_fax(markup, out, rng, header, serif=False, footer=None, tag="f"):
    pdf = os.path.join(TMP, tag + ".pdf")
    render_pdf(markup, pdf, serif=serif, footer=footer)
    pages = raster(pdf, 200, tag)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 24)
    res = []
    for i, p in enumerate(pages):
        p = p.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(p)
        d.rectangle([0, 0, p.width, 44], fill=255)
        d.text((30, 10), header.format(p=i + 1, n=len(pages)), font=font, fill=0)
        a = np.asarray(p).astype(np.float32)
        nr = np.random.default_rng(rng.randrange(1 << 30))
        a = a + nr.normal(0, 18, a.shape)
        bw = Image.fromarray(np.where(a > 150, 255, 0).astype(np.uint8)).convert("1")
        res.append(bw)
    res[0].save(out, compression="group4", dpi=(200, 200), save_all=True, append_images=res[1:])


def pdf_bytes(markup, tag, serif=False, footer=None):
    pdf = os.path.join(TMP, tag + ".pdf")
    render_pdf(markup, pdf, serif=serif, footer=footer)
    with open(pdf, "rb") as fh:
        return fh.read()


def image_bytes(markup, tag, rng, fmt="PNG", dpi=150):
    pdf = os.path.join(TMP, tag + ".pdf")
    render_pdf(markup, pdf)
    pages = raster(pdf, dpi, tag)
    im = degrade(pages[0], rng, grey=False, q=70, noise=(0 if fmt == "PNG" else 5))
    b = io.BytesIO()
    im.save(b, fmt, **({"quality": 72} if fmt == "JPEG" else {"optimize": True}))
    return b.getvalue()


def fix_boundaries(msg, tag):
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_{tag}_{i}_boundary")


def write_eml(msg, path, tag):
    fix_boundaries(msg, tag)
    with open(path, "wb") as fh:
        fh.write(msg.as_bytes(policy=policy.SMTP))


def basic_msg(frm, to, subject, date, mid, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{mid}>"
    m["MIME-Version"] = "1.0"
    return m


# ---------------------------------------------------------------- labels
def subj(name, dob=None, ids=None):
    return {"name": name, "dob": dob,
            "identifiers": [{"type": t, "value": v} for t, v in (ids or [])]}


COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def label(id_, fmt, template, agency_key, agency_name, person, title, email, phone,
          subjects, basis, ptype, form, purpose, records, channel):
    return {
        "id": id_, "family": "blind-oo", "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email, "phone": phone},
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": ptype != "none",
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ================================================================ BORN DIGITAL
@doc
def boo01(rng):
    t = """
^^ U.S. Department of Justice
^ Drug Enforcement Administration
^ Rocky Mountain Field Division  |  Task Force Group D-3 (Aurora/Denver Metro)
^ 12154 E. Easter Avenue, Centennial, Colorado 80112
---
> November 3, 2026

Colorado Department of Revenue
Division of Motor Vehicles – Investigations Unit
1881 Pierce Street
Lakewood, CO 80214

## RE: Request for driver and vehicle records – DEA File No. R3-26-0093

To the Records Custodian:

I am a detective with the Aurora Police Department currently assigned as a Task Force Officer to the Drug Enforcement Administration, Rocky Mountain Field Division. Our group is conducting an active criminal investigation into the distribution of fentanyl pills in the Denver metropolitan area, in violation of 21 U.S.C. §§ 841(a)(1) and 846.

I respectfully request the following records for the two individuals listed below: current and prior residential addresses, the most recent driver license photograph, and all vehicles currently registered in their names.

  1.  SALAZAR-IBÁÑEZ, Rubén Darío — DOB 07/14/1991 — CO DL 14-203-5518
  2.  PETRENKO, Yevgeniy — DOB 02/11/1986 — CO DL 09-118-4432

Disclosure to a government agency carrying out its functions is permitted by the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1). We also understand that C.R.S. § 24-74-103 allows release in support of an active criminal investigation; this request is not made for civil immigration enforcement purposes.

Please return the records to me by e-mail or call with any questions.

Respectfully,


Kyle R. Brandt
Detective, Aurora Police Department
Task Force Officer, DEA Rocky Mountain Field Division
(303) 555-0147  |  kyle.r.brandt@dea.gov

cc:  Sgt. Marisol Ortega, Aurora Police Department, Narcotics Section
     GS Warren Lindqvist, DEA Task Force Group D-3
~ LAW ENFORCEMENT SENSITIVE – This letter and any response contain information that is the property of the Drug Enforcement Administration. Do not disseminate without DEA approval.
"""
    render_pdf(t, os.path.join(OUT, "boo01.pdf"))
    return "pdf", label("boo01", "born_digital", "task-force letter, local detective as DEA TFO",
                        "doj-dea", "Drug Enforcement Administration, Rocky Mountain Field Division",
                        "Kyle R. Brandt", "Task Force Officer", "kyle.r.brandt@dea.gov", "(303) 555-0147",
                        [subj("Rubén Darío Salazar-Ibáñez", "1991-07-14", [("license", "142035518")]),
                         subj("Yevgeniy Petrenko", "1986-02-11", [("license", "091184432")])],
                        ["21 USC 841", "21 USC 846", "18 USC 2721", "CRS 24-74-103"],
                        "none", None, "criminal_investigation", ["address", "photo", "vehicle"], "mail")


@doc
def boo02(rng):
    t = """
# ST. TAMMANY PARISH SHERIFF'S OFFICE
^ Criminal Investigations Division – Financial Crimes
^ 701 N. Columbia Street  •  Covington, Louisiana 70433  •  (985) 555-0119
---
October 27, 2026

Louisiana Workforce Commission
Office of Unemployment Insurance Administration – Legal Division
1001 N. 23rd Street
Baton Rouge, LA 70802

Re: STPSO Item No. J-26-14473; Court Order, 22nd JDC Misc. No. 2026-04417

Dear Custodian:

Enclosed is a certified copy of an Order signed by the 22nd Judicial District Court directing the Louisiana Workforce Commission to produce wage and unemployment claim records in connection with an ongoing theft investigation. Please forward the responsive records to my attention at the address above or to ctthibodeaux@stpso.org.

Thank you for your cooperation.

Det. Sgt. Camille T. Thibodeaux
Financial Crimes Unit
St. Tammany Parish Sheriff's Office
Desk (985) 555-0119
===
^^ TWENTY-SECOND JUDICIAL DISTRICT COURT FOR THE PARISH OF ST. TAMMANY
^^ STATE OF LOUISIANA
^ MISC. NO. 2026-04417                DIVISION "E"
^ IN RE: APPLICATION OF THE ST. TAMMANY PARISH SHERIFF'S OFFICE FOR PRODUCTION OF RECORDS
---
# ORDER

Considering the sworn application of Detective Sergeant Camille T. Thibodeaux of the St. Tammany Parish Sheriff's Office, and the Court finding that the records described below are relevant and material to a pending criminal investigation into violations of La. R.S. 14:67 (theft) and La. R.S. 14:133 (filing or maintaining false public records), and that disclosure is authorized notwithstanding La. R.S. 23:1660;

IT IS ORDERED that the Louisiana Workforce Commission, through its custodian of records, produce to the St. Tammany Parish Sheriff's Office within fourteen (14) days of service the following records for the period January 1, 2023 through the date of this Order:

  (a) all quarterly wage records reported by any employer, including Northshore Marine Supply, LLC;
  (b) all unemployment insurance claims, claimant addresses, and payment histories;

for the following persons:

  NGUYỄN THỊ LAN, DOB 05/03/1984, SSN ending in 6602
  DARNELL JAMES FONTENOT, DOB 12 September 1979

IT IS FURTHER ORDERED that the application and this Order be kept under seal until further order of this Court.

Covington, Louisiana, this 23rd day of October, 2026.


______________________________
HON. ADRIENNE M. BOUDREAUX
DISTRICT JUDGE, DIVISION "E"

A TRUE COPY — Deputy Clerk of Court, St. Tammany Parish
"""
    render_pdf(t, os.path.join(OUT, "boo02.pdf"), serif=True)
    return "pdf", label("boo02", "born_digital", "parish sheriff cover letter + state district court order",
                        "sheriff", "St. Tammany Parish Sheriff's Office", "Camille T. Thibodeaux",
                        "Detective Sergeant", "ctthibodeaux@stpso.org", "(985) 555-0119",
                        [subj("Nguyễn Thị Lan", "1984-05-03", [("ssn_last4", "6602")]),
                         subj("Darnell James Fontenot", "1979-09-12")],
                        ["LA RS 14:67", "LA RS 14:133", "LA RS 23:1660"],
                        "court_order", None, "criminal_investigation",
                        ["wages", "employment", "claims", "address"], "mail")


@doc
def boo03(rng):
    t = """
^^ U.S. DEPARTMENT OF LABOR
^ Office of Inspector General – Office of Investigations
^ Labor Racketeering and Fraud – Western Region, Salt Lake City Resident Office
^ 125 South State Street, Suite 3208, Salt Lake City, UT 84138
---
November 9, 2026

Custodian of Records
Utah Department of Workforce Services
Unemployment Insurance Division
140 East 300 South
Salt Lake City, UT 84111

Subject: OIG Case No. 26-0412-SLC; Inspector General Subpoena

Dear Custodian of Records:

The Department of Labor Office of Inspector General (DOL-OIG) is investigating a scheme to obtain unemployment insurance benefits using stolen identities, involving possible violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft). The enclosed subpoena duces tecum, issued by the Inspector General under the Inspector General Act of 1978, as amended, is served on your agency for the records it describes.

Access to state unemployment compensation information by federal officials with investigative authority is addressed in 20 C.F.R. Part 603. You may produce electronically to me. Please call me with any questions about scope or format.

Sincerely,

Renata Ibáñez-Kowalski
Special Agent
(801) 555-0138
ibanez-kowalski.renata@oig.dol.gov
===
# SUBPOENA DUCES TECUM
^^ UNITED STATES DEPARTMENT OF LABOR – OFFICE OF INSPECTOR GENERAL
^ Subpoena No. SLC-26-0412-01
---
TO:  Custodian of Records, Utah Department of Workforce Services, Unemployment Insurance Division

YOU ARE HEREBY REQUIRED to produce the records described in the attached Schedule A to Special Agent Renata Ibáñez-Kowalski, U.S. Department of Labor, Office of Inspector General, 125 South State Street, Suite 3208, Salt Lake City, UT 84138, on or before December 1, 2026 at 10:00 a.m.

This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in connection with an investigation being conducted by the Office of Inspector General.

In case of failure to comply, the Inspector General may invoke the aid of the appropriate United States District Court to compel compliance with this subpoena.

## SCHEDULE A
For the period March 1, 2024 to present, all unemployment insurance claim records, including initial and continued claims, claimant mailing and residential addresses, telephone numbers, e-mail addresses, IP addresses used to file, bank account and debit card information for benefit payments, and payment histories, for claims filed in the following names:

  1. Abdirahman Yusuf Warsame, DOB 1990-01-22, SSN XXX-XX-3390
  2. Hodan Abdi Farah, DOB 06/30/1993
  3. Lê Văn Tâm, DOB 1988-11-02

IN WITNESS WHEREOF, I have hereunto set my hand this 6th day of November, 2026.


______________________________________
Lawrence D. Whitcomb
Special Agent in Charge, Western Region
for the Inspector General
"""
    render_pdf(t, os.path.join(OUT, "boo03.pdf"), footer="DOL-OIG  •  FOR OFFICIAL USE ONLY  •  page {p}")
    return "pdf", label("boo03", "born_digital", "IG cover letter + inspector-general subpoena duces tecum",
                        "dol-oig", "U.S. Department of Labor, Office of Inspector General",
                        "Renata Ibáñez-Kowalski", "Special Agent", "ibanez-kowalski.renata@oig.dol.gov",
                        "(801) 555-0138",
                        [subj("Abdirahman Yusuf Warsame", "1990-01-22", [("ssn_last4", "3390")]),
                         subj("Hodan Abdi Farah", "1993-06-30"),
                         subj("Lê Văn Tâm", "1988-11-02")],
                        ["18 USC 1343", "18 USC 1028A", "20 CFR 603", "5 USC 406"],
                        "administrative_subpoena", None, "criminal_investigation",
                        ["claims", "benefits", "address", "phone", "email", "other"], "mail")


@doc
def boo04(rng):
    t = """
^^ LAW OFFICE OF THE COOK COUNTY PUBLIC DEFENDER
^ Felony Trial Division – Investigations Unit
^ 2650 S. California Avenue, 7th Floor, Chicago, Illinois 60608
---
November 5, 2026

Illinois Secretary of State
Driver Services Department – Records Unit
2701 S. Dirksen Parkway
Springfield, IL 62723

Re: People v. Marcus T. Okafor, No. 26 CR 0418101 — Subpoena Duces Tecum

Dear Records Custodian,

On behalf of Assistant Public Defender Jolene M. Haskins, please find enclosed a subpoena duces tecum issued in the above-captioned criminal case. Certified records should be delivered to the Clerk of the Circuit Court as stated on the subpoena; a courtesy copy may be sent to our office. Questions may be directed to me at (773) 555-0152.

Sincerely,
Raúl Benítez
Investigator III

===
^^ IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
^^ COUNTY DEPARTMENT, CRIMINAL DIVISION
---
` THE PEOPLE OF THE STATE OF ILLINOIS,  )
`                 Plaintiff,            )
`         v.                            )   No. 26 CR 0418101
` MARCUS T. OKAFOR,                     )   Charge: 720 ILCS 5/18-2
`                 Defendant.            )   Courtroom 506
# SUBPOENA DUCES TECUM (CRIMINAL)
TO: Keeper of Records, Illinois Secretary of State, Driver Services Department, 2701 S. Dirksen Parkway, Springfield, IL 62723

YOU ARE COMMANDED to produce the following documents to the Clerk of the Circuit Court, 2650 S. California Avenue, Room 526, Chicago, Illinois, on December 7, 2026 at 9:30 a.m.:

Certified driving record abstract, residential address history, and vehicle registration history from January 1, 2022 to the present for:

   ANTON VIKTOROVICH SOKOLOV, date of birth March 19, 1982, Illinois driver's license S241-5519-2084.

This subpoena is issued pursuant to Illinois Supreme Court Rule 412 and 625 ILCS 5/2-123. YOUR FAILURE TO RESPOND TO THIS SUBPOENA WILL SUBJECT YOU TO PUNISHMENT FOR CONTEMPT OF THIS COURT.

Issued at the request of:
Jolene M. Haskins, Assistant Public Defender, Atty. No. 30495
Law Office of the Cook County Public Defender
2650 S. California Ave., 7th Floor, Chicago, IL 60608  •  (773) 555-0150  •  jolene.haskins@cookcountyil.gov
Attorney for Defendant

WITNESS: ____________________, Clerk of the Circuit Court          Date: November 4, 2026
By: Mariana Quiroga, Deputy Clerk                                          (SEAL)
"""
    render_pdf(t, os.path.join(OUT, "boo04.pdf"))
    return "pdf", label("boo04", "born_digital", "public defender investigator cover + state criminal subpoena duces tecum",
                        "other", "Law Office of the Cook County Public Defender", "Jolene M. Haskins",
                        "Assistant Public Defender", "jolene.haskins@cookcountyil.gov", "(773) 555-0150",
                        [subj("Anton Viktorovich Sokolov", "1982-03-19", [("license", "S24155192084")])],
                        ["720 ILCS 5/18-2", "IL SCR 412", "625 ILCS 5/2-123"],
                        "court_subpoena", None, "criminal_investigation",
                        ["license", "address", "vehicle"], "mail")


@doc
def boo05(rng):
    t = """
^^ COMMONWEALTH OF VIRGINIA
^^ OFFICE OF THE COMMONWEALTH'S ATTORNEY
^ FOR THE COUNTY OF PRINCE WILLIAM
^ 9311 Lee Avenue, Manassas, Virginia 20110  •  Tel. 703-555-0126  •  Fax 703-555-0127
---
4 November 2026

Virginia Employment Commission
Attn: Records Management / Subpoena Compliance
6606 West Broad Street
Richmond, VA 23230

Re:  Commonwealth v. Harcourt and Trần, Prince William Circuit Court CR26001187-00 and -01

Dear Sir or Madam:

This office is prosecuting the above defendants for embezzlement and obtaining money by false pretenses, in violation of Va. Code §§ 18.2-111 and 18.2-178. The offenses involve funds taken from a Manassas property-management company that employed both defendants. To prepare for trial I request the following information held by the Commission for the period 2023 to present:

   •  employer-reported quarterly wages and the names and addresses of all reporting employers;
   •  any claim for unemployment benefits, with the claimant address and separation reason given.

Defendant 1:  Brenda Lee HARCOURT, born April 2, 1975, SSN ending 7730
Defendant 2:  Phúc Hoàng TRẦN, born 21 August 1997

I understand that Va. Code § 60.2-114 allows the Commission to disclose such information to a public official for use in the performance of official duties. Investigator Thomas Grady of the Prince William County Police Department, who is assisting with trial preparation, may pick up the records on my behalf.

Very truly yours,

Siobhan K. McAllister
Deputy Commonwealth's Attorney
smcallister@pwcgov.org

cc: Inv. Thomas Grady, PWCPD Financial Crimes
"""
    render_pdf(t, os.path.join(OUT, "boo05.pdf"), serif=True)
    return "pdf", label("boo05", "born_digital", "Commonwealth's Attorney letter, two defendants",
                        "district-attorney", "Office of the Commonwealth's Attorney for the County of Prince William",
                        "Siobhan K. McAllister", "Deputy Commonwealth's Attorney", "smcallister@pwcgov.org",
                        "703-555-0126",
                        [subj("Brenda Lee Harcourt", "1975-04-02", [("ssn_last4", "7730")]),
                         subj("Phúc Hoàng Trần", "1997-08-21")],
                        ["VA Code 18.2-111", "VA Code 18.2-178", "VA Code 60.2-114"],
                        "none", None, "criminal_investigation",
                        ["wages", "employment", "claims", "address"], "mail")


@doc
def boo06(rng):
    t = """
# TEXAS DEPARTMENT OF PUBLIC SAFETY
^ Criminal Investigations Division  •  Region 3 – McAllen District Office
^ 1922 S. Business Hwy 281, Edinburg, Texas 78539
---
MEMORANDUM

TO:       Texas Workforce Commission, Office of General Counsel – Open Records / Subpoena Unit
FROM:     Special Agent Ximena Garza-Villarreal, CID Financial Crimes
DATE:     11/10/2026
SUBJECT:  Service of Search Warrant – DPS Case 2026-CID3-00871

Attached is a search warrant issued by the 398th District Court of Hidalgo County for wage and unemployment claim records held by TWC. The investigation concerns fraudulent use or possession of identifying information (Tex. Penal Code § 32.51). We are aware of the confidentiality provisions of Tex. Lab. Code § 301.085; the warrant constitutes the court process required for release. Please send the responsive records to the undersigned.

Ximena Garza-Villarreal, Special Agent
Office (956) 555-0181  •  ximena.garza-villarreal@dps.texas.gov
===
^^ SEARCH WARRANT
` THE STATE OF TEXAS      §
`                         §
` COUNTY OF HIDALGO       §
THE STATE OF TEXAS: To the Sheriff or any Peace Officer of Hidalgo County, Texas, or any Peace Officer of the State of Texas:

WHEREAS, the Affiant, whose name appears on the Affidavit attached hereto, is a peace officer under the laws of Texas and did heretofore this day subscribe and swear to said Affidavit before me, and whereas I find that the verified facts stated by Affiant in said Affidavit show that Affiant has probable cause for the belief he or she expresses therein and establishes the existence of proper grounds for the issuance of this Warrant under Article 18.02, Texas Code of Criminal Procedure;

NOW, THEREFORE, you are commanded to enter the premises and business records of the Texas Workforce Commission, 101 E. 15th Street, Austin, Texas, including records maintained electronically, and there search for and seize the following:

All quarterly wage reports, employer names and addresses, unemployment benefit claims, payment records, and addresses of record associated with JESÚS ALBERTO CÁRDENAS RÍOS, date of birth October 5, 1983, Texas DL 30418872, from January 1, 2022 through the date of execution.

HEREIN FAIL NOT, and due return make hereof.

ISSUED this the 7th day of November, 2026, at 3:41 o'clock p.m., to certify which witness my hand this day.


_________________________________
HON. LORENZO Q. TREVIÑO
Judge, 398th District Court
Hidalgo County, Texas
"""
    render_pdf(t, os.path.join(OUT, "boo06.pdf"))
    return "pdf", label("boo06", "born_digital", "state DPS memo + state district court search warrant",
                        "state-police", "Texas Department of Public Safety, Criminal Investigations Division",
                        "Ximena Garza-Villarreal", "Special Agent", "ximena.garza-villarreal@dps.texas.gov",
                        "(956) 555-0181",
                        [subj("Jesús Alberto Cárdenas Ríos", "1983-10-05", [("license", "30418872")])],
                        ["TX PC 32.51", "TX Lab Code 301.085", "TX CCP 18.02"],
                        "judicial_warrant", None, "criminal_investigation",
                        ["wages", "employment", "claims", "benefits", "address"], "mail")


@doc
def boo07(rng):
    t = """
^^ U.S. Department of Homeland Security
^ U.S. Immigration and Customs Enforcement
^ Enforcement and Removal Operations – Phoenix Field Office
^ Criminal Apprehension Program, Florence Sub-Office  •  3250 N. Pinal Parkway Ave., Florence, AZ 85132
---
November 12, 2026

Arizona Department of Corrections, Rehabilitation and Reentry
Offender Services Bureau – Time Computation / Records
701 E. Jefferson Street
Phoenix, AZ 85034

RE:  MOROZ, Bogdan Ilyich   ADCRR #331920   A# 217-448-106   DOB 28 FEB 1979

Dear Records Supervisor:

The above-named inmate is the subject of a final order of removal. Pursuant to INA § 241(a) and 8 C.F.R. § 241.2, ERO requests that your office provide (1) the projected release date, (2) the most recent booking photograph, and (3) the release address listed on file, so that ERO can take custody upon completion of his state sentence. A copy of the Warrant of Removal/Deportation (Form I-205) is enclosed.

Please contact me at 602-555-0133 or veronica.paz@ice.dhs.gov.

Veronica Paz
Deportation Officer
ERO Phoenix – CAP Florence
===
^ DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION
` File No.: A217 448 106                         Date: 09/18/2026
To any immigration officer of the United States Department of Homeland Security:

(Full name of alien)   BOGDAN ILYICH MOROZ

who entered the United States at  UNKNOWN  on (date)  UNKNOWN  is subject to removal/deportation from the United States, based upon a final order by:

` [X] an immigration judge in exclusion, deportation, or removal proceedings
` [ ] a designated official
` [ ] the Board of Immigration Appeals
` [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 212(a)(6)(A)(i) and section 212(a)(2)(A)(i)(I).

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the Appropriation, "Operations and Support, U.S. Immigration and Customs Enforcement."

__________________________________________
(Signature of immigration officer)
Garrett L. Swanson, Field Office Director
(Title of immigration officer)
Phoenix, Arizona
(Date and office location)
~ Form I-205 (Rev. 08/01/07)
"""
    render_pdf(t, os.path.join(OUT, "boo07.pdf"))
    return "pdf", label("boo07", "born_digital", "ERO CAP cover letter to corrections + I-205",
                        "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Phoenix Field Office",
                        "Veronica Paz", "Deportation Officer", "veronica.paz@ice.dhs.gov", "602-555-0133",
                        [subj("Bogdan Ilyich Moroz", "1979-02-28", [("a_number", "A217448106"), ("other", "331920")])],
                        ["INA 241", "8 CFR 241.2", "INA 212"],
                        "administrative_warrant", "I-205", "civil_immigration",
                        ["other", "photo", "address"], "mail")


@doc
def boo08(rng):
    t = """
# UNITED STATES SECRET SERVICE
^ Cleveland Field Office
^ 6100 Rockside Woods Blvd., Suite 440, Independence, Ohio 44131
---
File: 205-724-0011873                                                   November 2, 2026

Ohio Bureau of Motor Vehicles
Legal Services Section / Records Requests
1970 West Broad Street
Columbus, Ohio 43223

Dear Records Custodian:

The U.S. Secret Service, under the authority of 18 U.S.C. § 3056, is investigating the manufacture and passing of counterfeit Federal Reserve Notes in Cuyahoga County, in violation of 18 U.S.C. §§ 471 and 472. Counterfeit $100 notes were passed at Brookpark Food Mart on three occasions in October 2026. Two persons are believed to be involved.

Please provide the current address of record, driver license photograph, and registered vehicle information for:

   Tyrell Demarco WHITFIELD          DOB 06/09/1998        OH DL RT204417
   Kateryna O. BONDARENKO            DOB 01/17/2000        OH DL not known

This request is made for a law enforcement function under 18 U.S.C. § 2721(b)(1) and R.C. 4501.27(B)(2)(a). The information will be used only in connection with this criminal investigation.

Sincerely,

Dana Whitlock-Reyes
Special Agent
U.S. Secret Service – Cleveland
Tel. (216) 555-0174
dana.whitlock-reyes@usss.dhs.gov
"""
    render_pdf(t, os.path.join(OUT, "boo08.pdf"), serif=True)
    return "pdf", label("boo08", "born_digital", "Secret Service field office letter",
                        "other", "United States Secret Service, Cleveland Field Office", "Dana Whitlock-Reyes",
                        "Special Agent", "dana.whitlock-reyes@usss.dhs.gov", "(216) 555-0174",
                        [subj("Tyrell Demarco Whitfield", "1998-06-09", [("license", "RT204417")]),
                         subj("Kateryna O. Bondarenko", "2000-01-17")],
                        ["18 USC 3056", "18 USC 471", "18 USC 472", "18 USC 2721", "ORC 4501.27"],
                        "none", None, "criminal_investigation",
                        ["address", "photo", "vehicle"], "mail")


@doc
def boo09(rng):
    t = """
^^ U.S. Department of Justice
^ United States Attorney's Office
^ District of Minnesota
^ 600 United States Courthouse  •  300 South Fourth Street  •  Minneapolis, MN 55415
---
November 6, 2026

Custodian of Records
Minnesota Department of Employment and Economic Development
Unemployment Insurance Program – Data Practices
180 East Fifth Street, Suite 1200
St. Paul, MN 55101

Re:  Grand Jury Subpoena No. 26-GJ-0217

Dear Custodian:

Enclosed please find a federal grand jury subpoena for records of your agency. The grand jury is investigating possible violations of 18 U.S.C. §§ 1343 and 1349 involving fraudulent unemployment and wage reporting. I understand Minn. Stat. § 268.19 permits disclosure in response to a grand jury subpoena.

In lieu of appearing, you may comply by providing the records, with a completed certificate of authenticity, to FBI Special Agent Amina Jama, who is assisting the grand jury (612-555-0145, ajama@fbi.gov). Please do not disclose the existence of this subpoena; although Fed. R. Crim. P. 6(e) does not bind you, disclosure could impede the investigation.

Sincerely,

JOSEPH H. THOMPSON
United States Attorney

By: Peter J. Halvorsen
Assistant United States Attorney
(612) 555-0160  •  peter.halvorsen@usdoj.gov
===
~ AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
^^ UNITED STATES DISTRICT COURT
^ for the
^ District of Minnesota
# SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To:  Custodian of Records, Minnesota Department of Employment and Economic Development

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

` Place: U.S. Courthouse, 300 South Fourth Street    Date and Time: 12/09/2026 9:00 am
`        Minneapolis, MN 55415, Grand Jury Room 11

You must also bring with you the following documents, electronically stored information, or objects:
All wage detail records, employer account identifications, unemployment insurance applications, claimant contact information and payment histories, January 2022 to present, for: (1) Mohamed Abdullahi Hirsi, DOB 03/30/1987; (2) Faadumo Cali Nuur, DOB 12/01/1992; (3) Jeffrey Alan Brandvold, DOB 09/15/1969. Issued under Fed. R. Crim. P. 17.

Date: 11/05/2026                                   CLERK OF COURT

                                                   Signature of Clerk or Deputy Clerk: /s/ K. Lindgren

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Peter J. Halvorsen, AUSA, 300 South Fourth Street, Suite 600, Minneapolis, MN 55415, peter.halvorsen@usdoj.gov, (612) 555-0160
"""
    render_pdf(t, os.path.join(OUT, "boo09.pdf"))
    return "pdf", label("boo09", "born_digital", "AUSA cover letter (records to FBI agent) + AO 110",
                        "doj-usao", "United States Attorney's Office, District of Minnesota", "Peter J. Halvorsen",
                        "Assistant United States Attorney", "peter.halvorsen@usdoj.gov", "(612) 555-0160",
                        [subj("Mohamed Abdullahi Hirsi", "1987-03-30"),
                         subj("Faadumo Cali Nuur", "1992-12-01"),
                         subj("Jeffrey Alan Brandvold", "1969-09-15")],
                        ["18 USC 1343", "18 USC 1349", "MN Stat 268.19", "FRCrP 6", "FRCrP 17"],
                        "grand_jury_subpoena", "AO 110", "criminal_investigation",
                        ["wages", "employment", "claims", "address", "phone"], "mail")


@doc
def boo10(rng):
    t = """
^^ STATE OF GEORGIA
^^ OFFICE OF THE ATTORNEY GENERAL
^ 40 Capitol Square SW, Atlanta, Georgia 30334
---
## MEDICAID FRAUD DIVISION
2 Martin Luther King Jr. Drive SE, Suite 1000, Atlanta, GA 30334  |  (404) 555-0188

November 13, 2026

Georgia Department of Human Services
Division of Family and Children Services
Office of General Counsel – Records
47 Trinity Avenue SW
Atlanta, GA 30334

Re: MFD Investigation No. 2026-0662 (personal care services billing)

Dear Counsel:

The Medicaid Fraud Division is the State's Medicaid Fraud Control Unit certified under 42 U.S.C. § 1396b(q) and 42 C.F.R. § 1007.11. We are investigating billing for personal support services that were allegedly not rendered, a possible violation of O.C.G.A. § 49-4-146.1.

To compare household information with provider billing, please provide for each person below the SNAP and TANF case history, household composition, addresses of record and reported employment from January 2024 to the present:

   — María José de la Cruz Peña (DOB 07/22/1968)
   — Terrence P. O'Malley (DOB 1959-04-11)

The Medicaid member receiving services, Ms. Evelyn Harcrow, is not a subject of this request.

Thank you for your assistance.

Shanice R. Boyd
Special Agent / Investigator
Medicaid Fraud Division
sboyd@law.ga.gov  |  (404) 555-0189

cc: Assistant Attorney General Benjamin T. Oduya
~ CONFIDENTIAL: This correspondence concerns an open investigation and is exempt from disclosure under applicable law.
"""
    render_pdf(t, os.path.join(OUT, "boo10.pdf"))
    return "pdf", label("boo10", "born_digital", "state AG Medicaid Fraud Control Unit letter",
                        "other", "Office of the Attorney General of Georgia, Medicaid Fraud Division", "Shanice R. Boyd",
                        "Special Agent / Investigator", "sboyd@law.ga.gov", "(404) 555-0189",
                        [subj("María José de la Cruz Peña", "1968-07-22"),
                         subj("Terrence P. O'Malley", "1959-04-11")],
                        ["42 USC 1396b", "42 CFR 1007.11", "OCGA 49-4-146.1"],
                        "none", None, "criminal_investigation",
                        ["benefits", "address", "employment"], "mail")


# ================================================================ EMAIL
@doc
def boo11(rng):
    inner = basic_msg('"Tollefson, Brian K" <brian.k.tollefson@ice.dhs.gov>', "records@eugene-or.gov",
                      "Records request - GOMEZ-NUNEZ", "Mon, 02 Nov 2026 08:14:22 -0800",
                      "CY5PR09MB7731.boo11.inner@ice.dhs.gov")
    inner.set_content("""Good morning,

I am requesting assistance in locating the following individuals. Please provide any
current residential address, vehicle registration and DMV photograph you may have on file.

1. GÓMEZ-NÚÑEZ, Aurelio    DOB: 08/19/1985   A-Number: 205 331 870
2. NÚÑEZ DE GÓMEZ, Yessenia   DOB: 02/02/1988

This request is for official use and is made pursuant to 8 U.S.C. 1357 and 8 C.F.R.
part 287.

Thank you,

Brian K. Tollefson
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - Portland, OR
Desk: 503-555-0171
Brian.K.Tollefson@ice.dhs.gov
""")
    outer = basic_msg('"Farnsworth, Linda" <lfarnsworth@eugene-or.gov>',
                      "DMV Records Requests <dmv.records.requests@odot.oregon.gov>",
                      "FW: Records request - GOMEZ-NUNEZ", "Tue, 03 Nov 2026 10:02:51 -0800",
                      "boo11.outer.2026@eugene-or.gov")
    outer.set_content("""Hello DMV Records,

The attached message came in to the City's public records inbox yesterday. The City does
not hold driver or vehicle records, so I believe it was meant for DMV. I have not
responded to the sender. Our City Attorney's office asked me to point out that
ORS 180.805 may apply.

Forwarding the original as an attachment.

Linda Farnsworth
Public Records Coordinator, City Recorder's Office
City of Eugene | 541-555-0102
""")
    outer.add_attachment(inner)
    write_eml(outer, os.path.join(OUT, "boo11.eml"), "boo11")
    return "eml", label("boo11", "eml", "city clerk forwards ERO e-mail as message/rfc822",
                        "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Portland, OR",
                        "Brian K. Tollefson", "Deportation Officer", "brian.k.tollefson@ice.dhs.gov", "503-555-0171",
                        [subj("Aurelio Gómez-Núñez", "1985-08-19", [("a_number", "A205331870")]),
                         subj("Yessenia Núñez de Gómez", "1988-02-02")],
                        ["8 USC 1357", "8 CFR 287", "ORS 180.805"],
                        "none", None, "civil_immigration", ["address", "vehicle", "photo"], "email")


I247A = """
^ DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER - NOTICE OF ACTION
` Subject ID: 382017744          Event #: NOL2611000123
` File No: A219 004 381          Date: 11/09/2026
` TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
`     Arkansas Division of Correction - Varner Unit, Records Office, Grady, AR
` FROM: (Department of Homeland Security Office Address)
`     ICE ERO New Orleans Field Office - Little Rock Sub-Office, 4977 Lakeview Dr, North Little Rock, AR
` Name of Alien: TRINH, Quoc Bao
` Date of Birth: 04/16/1990   Citizenship: Vietnam   Sex: M
` Inmate/Booking No.: ADC #178822
1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
` [X] A final order of removal against the alien;
` [ ] The pendency of ongoing removal proceedings against the alien;
` [ ] Biometric confirmation of the alien's identity and a records check of federal databases;
IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
- Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
This detainer arises from DHS authorities under sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7 and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.
` Lance D. Fairbanks, Deportation Officer          /s/ L. Fairbanks
` (Name and title of Immigration Officer)         (Signature of Immigration Officer)
~ Form I-247A (3/17)   Page 1 of 3
"""


@doc
def boo12(rng):
    m = basic_msg('"ERO New Orleans - Detainer Unit" <NOL.ERO.Detainers@ice.dhs.gov>',
                  "ADC Records <adc.records@doc.arkansas.gov>",
                  "Detainer / I-247A - TRINH, Quoc Bao - ADC 178822", "Mon, 09 Nov 2026 13:40:05 -0600",
                  "boo12.2026.detainer@ice.dhs.gov")
    m.set_content("""Good afternoon,

Please see the attached Form I-247A lodged against inmate TRINH, Quoc Bao (ADC #178822,
DOB 04/16/1990). Please acknowledge receipt and, so that we can plan the transfer,
reply with his projected release date, a current booking photo, and his release
address of record.

Thank you,

Lance D. Fairbanks
Deportation Officer
ICE Enforcement and Removal Operations
New Orleans Field Office - Little Rock Sub-Office
Office: 501-555-0113
(sent from the Detainer Unit group mailbox - replies to this address are monitored)
""")
    m.add_attachment(image_bytes(I247A, "boo12a", rng, "PNG", 150), maintype="image", subtype="png",
                     filename="I-247A_TRINH_QuocBao.png")
    write_eml(m, os.path.join(OUT, "boo12.eml"), "boo12")
    return "eml", label("boo12", "eml", "shared ERO detainer mailbox, I-247A as PNG",
                        "dhs-ice-ero", "ICE Enforcement and Removal Operations, New Orleans Field Office - Little Rock Sub-Office",
                        "Lance D. Fairbanks", "Deportation Officer", "NOL.ERO.Detainers@ice.dhs.gov", "501-555-0113",
                        [subj("Quoc Bao Trinh", "1990-04-16", [("a_number", "A219004381"), ("other", "178822")])],
                        ["INA 236", "INA 287", "8 CFR 287.7"],
                        "detainer", "I-247A", "civil_immigration", ["other", "photo", "address"], "email")


@doc
def boo13(rng):
    war = """
~ AO 93 (Rev. 11/13) Search and Seizure Warrant
^^ UNITED STATES DISTRICT COURT
^ for the
^ District of New Mexico
` In the Matter of the Search of                       )
` (Briefly describe the property to be searched)        )   Case No. 26-MR-1187
` RECORDS MAINTAINED BY THE NEW MEXICO TAXATION AND    )
` REVENUE DEPARTMENT, MOTOR VEHICLE DIVISION,          )
` DESCRIBED IN ATTACHMENT A                            )
# SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of New Mexico: See Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: See Attachment B, evidence of violations of 8 U.S.C. § 1324 (alien smuggling).

YOU ARE COMMANDED to execute this warrant on or before November 20, 2026 (not to exceed 14 days) in the daytime 6:00 a.m. to 10:00 p.m.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken. The officer executing this warrant must prepare an inventory as required by law and Fed. R. Crim. P. 41 and promptly return this warrant and inventory to the United States Magistrate Judge on duty.

[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial).

Date and time issued: 11/06/2026 2:15 pm            Judge's signature: /s/ Celestino R. Baca
City and state: Albuquerque, New Mexico             Hon. Celestino R. Baca, United States Magistrate Judge
===
## ATTACHMENT B – Records to be seized
Driver license and identification card records (including photographs and application documents), address history, and motor vehicle title and registration records from January 1, 2024 to present, for:
  1. EFRAÍN SAUCEDO-OLIVAS, DOB 12/03/1977, NM DL 503118276
  2. RUTH ANN BEGAY, DOB 05/25/1995
and for any vehicle titled or registered to either person.
"""
    m = basic_msg('"Archuleta, Noemi" <noemi.archuleta@ice.dhs.gov>', "mvd.lawenforcement@tax.nm.gov",
                  "Search warrant service - NM MVD records (HSI ABQ)", "Fri, 06 Nov 2026 16:22:10 -0700",
                  "boo13.hsi.2026@ice.dhs.gov")
    body = """Good afternoon,

Attached is a federal search warrant (AO 93) signed today by U.S. Magistrate Judge Baca for
MVD records related to a human smuggling investigation (8 U.S.C. 1324). Attachment B lists the
records. Please send the responsive records to me electronically; I am happy to pick up a
certified copy if preferred.

Respectfully,

Noemí Archuleta
Special Agent
Homeland Security Investigations
Office of the Resident Agent in Charge, Albuquerque (SAC El Paso)
Cell: 505-555-0164
"""
    m.set_content(body)
    m.add_alternative("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") +
                      "</p></body></html>", subtype="html")
    m.add_attachment(pdf_bytes(war, "boo13a"), maintype="application", subtype="pdf",
                     filename="SW_26-MR-1187_signed.pdf")
    write_eml(m, os.path.join(OUT, "boo13.eml"), "boo13")
    return "eml", label("boo13", "eml", "HSI e-mail with AO 93 PDF attached",
                        "dhs-ice-hsi", "Homeland Security Investigations, RAC Albuquerque (SAC El Paso)",
                        "Noemí Archuleta", "Special Agent", "noemi.archuleta@ice.dhs.gov", "505-555-0164",
                        [subj("Efraín Saucedo-Olivas", "1977-12-03", [("license", "503118276")]),
                         subj("Ruth Ann Begay", "1995-05-25")],
                        ["8 USC 1324", "FRCrP 41", "18 USC 3103a", "18 USC 2705"],
                        "judicial_warrant", "AO 93", "criminal_investigation",
                        ["license", "photo", "address", "vehicle", "identity_documents"], "email")


@doc
def boo14(rng):
    m = basic_msg('"KIFC Watch Desk" <kifc.watch@ky.gov>', "KYTC Driver Licensing Records <kytc.dlrecords@ky.gov>",
                  "RFI 26-3318 // FBI Louisville // OL photo + address request", "Wed, 04 Nov 2026 09:55:40 -0500",
                  "boo14.kifc.2026@ky.gov")
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Good morning,</p>
<p>The Kentucky Intelligence Fusion Center received the request below from our FBI Louisville partners.
KIFC is only relaying it; <b>please respond directly to the requesting agent</b> and copy the watch desk.</p>
<table border="1" cellpadding="4">
<tr><td><b>Requesting agency</b></td><td>Federal Bureau of Investigation, Louisville Field Office (Bowling Green RA)</td></tr>
<tr><td><b>Requester</b></td><td>SA Marguerite E. Hollis</td></tr>
<tr><td><b>Phone</b></td><td>(502) 555-0162</td></tr>
<tr><td><b>E-mail</b></td><td>mehollis@fbi.gov</td></tr>
<tr><td><b>Nature of case</b></td><td>Interstate threatening communications, 18 U.S.C. 875(c)</td></tr>
<tr><td><b>Authority</b></td><td>DPPA, 18 U.S.C. 2721(b)(1)</td></tr>
<tr><td><b>Requested</b></td><td>Current OL photo, address of record, registered vehicles</td></tr>
</table>
<p><b>Subjects</b></p>
<ol>
<li>ASHBY, Cody Wayne &ndash; DOB 10/30/1994 &ndash; KY OL# S09-114-287</li>
<li>MARKOVIC, Svetlana (a.k.a. &quot;Lana Markovich&quot;) &ndash; DOB 03/12/1996</li>
</ol>
<p>Thank you,<br>Jordan Pruitt<br>Intelligence Analyst II<br>Kentucky Intelligence Fusion Center<br>(502) 555-0109</p>
<p style="font-size:8pt;color:#666">LAW ENFORCEMENT SENSITIVE. This message is intended for the named recipients
only. Further dissemination requires approval of the originating agency.</p>
</body></html>"""
    m.set_content(html, subtype="html")
    write_eml(m, os.path.join(OUT, "boo14.eml"), "boo14")
    return "eml", label("boo14", "eml", "fusion center relays FBI request (HTML-only)",
                        "doj-fbi", "Federal Bureau of Investigation, Louisville Field Office (Bowling Green RA)",
                        "Marguerite E. Hollis", "Special Agent", "mehollis@fbi.gov", "(502) 555-0162",
                        [subj("Cody Wayne Ashby", "1994-10-30", [("license", "S09114287")]),
                         subj("Svetlana Markovic", "1996-03-12")],
                        ["18 USC 875", "18 USC 2721"],
                        "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email")


@doc
def boo15(rng):
    summ = """
^ DEPARTMENT OF HOMELAND SECURITY
^^ U.S. CUSTOMS AND BORDER PROTECTION
# SUMMONS
^ 19 U.S.C. 1509
` Summons No. DET-OBE-26-0419                       Date: November 10, 2026
To:  Michigan Department of State, Office of Business Administration – Records Custodian
     7064 Crowner Drive, Dimondale, MI 48821

You are hereby summoned and required to appear before Supervisory CBP Officer Dwayne A. Kettering, an officer of U.S. Customs and Border Protection, at 2810 W. Fort Street, Detroit, MI 48216, on November 30, 2026 at 10:00 AM, to give testimony and to produce the records described below, in connection with an investigation or inquiry relating to the exportation of merchandise, namely motor vehicles reported stolen (18 U.S.C. 553).

Records: certificates of title, title applications and supporting identity documents presented, registration history, and addresses of record, January 2025 to present, for:
   (1) FAYAD, Ahmad Kassem – DOB 09/09/1990 – MI OL F230 551 902 147
   (2) IBÁÑEZ MARRERO, Jorge Luis – DOB 06/06/1986
and for vehicle identification numbers listed in the attachment.

Production of the records by mail or electronic delivery to the issuing officer on or before the date above will be accepted in lieu of appearance.

Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce obedience to the requirements of this summons, as provided in 19 U.S.C. 1510.

` Issued by: Dwayne A. Kettering               Title: Supervisory CBP Officer, Outbound Enforcement
` Signature: /s/ D. A. Kettering                Port of Detroit, Office of Field Operations
~ CBP Form 3115 (05/17)
"""
    m = basic_msg('"DET-OUTBOUND (CBP OFO)" <DET-OUTBOUND@cbp.dhs.gov>', "mdos-records@michigan.gov",
                  "CBP Summons DET-OBE-26-0419 - title/registration records", "Tue, 10 Nov 2026 11:05:33 -0500",
                  "boo15.cbp.2026@cbp.dhs.gov")
    m.set_content("""Hello,

Please find attached a customs summons (CBP Form 3115) for title and registration records
related to an investigation of stolen vehicles being exported through the Port of Detroit.
Electronic production to this mailbox is fine. Please reference the summons number.

Aleksandra Wiśniewska
CBP Officer (Enforcement)
Outbound Enforcement Team, Port of Detroit
U.S. Customs and Border Protection | Office of Field Operations
313-555-0142 | aleksandra.wisniewska@cbp.dhs.gov
""")
    m.add_attachment(pdf_bytes(summ, "boo15a"), maintype="application", subtype="pdf",
                     filename="Summons_DET-OBE-26-0419.pdf")
    write_eml(m, os.path.join(OUT, "boo15.eml"), "boo15")
    return "eml", label("boo15", "eml", "CBP OFO shared mailbox, Form 3115 summons PDF",
                        "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Port of Detroit",
                        "Aleksandra Wiśniewska", "CBP Officer (Enforcement)", "aleksandra.wisniewska@cbp.dhs.gov",
                        "313-555-0142",
                        [subj("Ahmad Kassem Fayad", "1990-09-09", [("license", "F230551902147")]),
                         subj("Jorge Luis Ibáñez Marrero", "1986-06-06")],
                        ["19 USC 1509", "19 USC 1510", "18 USC 553"],
                        "administrative_subpoena", "CBP Form 3115", "criminal_investigation",
                        ["vehicle", "identity_documents", "address"], "email")


@doc
def boo16(rng):
    m = basic_msg('"Hsu, Gregory (ESD)" <gregory.hsu@esd.wa.gov>', '"ESD Records Disclosure" <disclosure@esd.wa.gov>',
                  "FW: Records request - theft investigation SEA airport", "Thu, 12 Nov 2026 15:48:02 -0800",
                  "boo16.esd.2026@esd.wa.gov")
    m.set_content("""Hi team - this landed in my inbox from a Port PD detective (I think she found my name
on the employer-services page). I haven't replied. Can you log it and take it from here?

Thanks,
Greg Hsu | UI Tax & Wage Administration | Employment Security Department

-----Original Message-----
From: Osei-Bonsu, Fatima <osei-bonsu.f@portseattle.org>
Sent: Thursday, November 12, 2026 1:17 PM
To: Hsu, Gregory (ESD) <gregory.hsu@esd.wa.gov>
Subject: Records request - theft investigation SEA airport

Mr. Hsu,

I'm a detective with the Port of Seattle Police Department investigating a series of thefts
from checked baggage at Seattle-Tacoma International Airport (RCW 9A.56.040, theft in the
second degree). Two ramp employees of a contractor, Cascadia Ramp Services, are suspects.
I'd like to confirm their employment history and any other employers reporting wages for them
since 2025, plus their addresses and phone numbers on file:

  - Dang Minh Khoa (Đặng Minh Khoa), DOB 01/15/2001
  - Brandon James Kealoha, DOB 07/07/1999

Our supervisor at Cascadia, Ms. Ingrid Solberg, is cooperating and is not a suspect.

Thank you,

Det. Fatima Osei-Bonsu #2217
Criminal Investigations Division
Port of Seattle Police Department
P: 206-555-0185
""")
    write_eml(m, os.path.join(OUT, "boo16.eml"), "boo16")
    return "eml", label("boo16", "eml", "colleague inside agency forwards port police e-mail inline",
                        "local-police", "Port of Seattle Police Department", "Fatima Osei-Bonsu", "Detective",
                        "osei-bonsu.f@portseattle.org", "206-555-0185",
                        [subj("Đặng Minh Khoa", "2001-01-15"), subj("Brandon James Kealoha", "1999-07-07")],
                        ["RCW 9A.56.040"],
                        "none", None, "criminal_investigation",
                        ["employment", "wages", "address", "phone"], "email")


@doc
def boo17(rng):
    sub = """
^^ CIRCUIT COURT FOR BALTIMORE COUNTY, MARYLAND
^ 401 Bosley Avenue, Towson, Maryland 21204
` STATE OF MARYLAND  vs.  DESHAWN ANTHONY PRICE        Case No. C-03-CR-26-001872
# SUBPOENA FOR TANGIBLE EVIDENCE (CRIMINAL)
^ Md. Rule 4-266
TO: Custodian of Records, Maryland Motor Vehicle Administration, 6601 Ritchie Highway NE, Glen Burnie, MD 21062

YOU ARE HEREBY COMMANDED to produce the following documents or objects at the trial of this case, Courtroom 22, on December 14, 2026 at 9:00 a.m.:

Certified driving record, license photograph, address history and title/registration records for DESHAWN ANTHONY PRICE, DOB 02/14/1996, MD license P-620-418-773-215 (certification under Md. Code, Transp. § 12-111). Charge: first-degree assault, CR § 3-202.

Requested by: Jonathan Feldstein-Ruiz, Assistant State's Attorney, Office of the State's Attorney for Baltimore County, 401 Bosley Ave., Towson, MD 21204, 410-555-0177, jfeldstein-ruiz@baltimorecountymd.gov

Date issued: 11/09/2026        Clerk: R. Garrison, Deputy Clerk  (SEAL)
"""
    m = basic_msg('"Rhodes, Tamika" <trhodes@baltimorecountymd.gov>', "mva.subpoenas@mdot.maryland.gov",
                  "Subpoena - State v. Price C-03-CR-26-001872 (trial 12/14)", "Mon, 09 Nov 2026 14:12:44 -0500",
                  "boo17.sao.2026@baltimorecountymd.gov", cc="jfeldstein-ruiz@baltimorecountymd.gov")
    m.set_content("""Good afternoon,

On behalf of ASA Jonathan Feldstein-Ruiz, attached is a subpoena for tangible evidence for
certified MVA records in State v. Price, set for trial on December 14. The victim in this
matter, Ms. Leah Brennan, has already been summonsed separately; no records are needed for her.
Please send certified copies to ASA Feldstein-Ruiz at the address on the subpoena.

Thank you,

Tamika Rhodes
Paralegal, Felony Trial Unit
Office of the State's Attorney for Baltimore County
410-555-0176
""")
    m.add_attachment(image_bytes(sub, "boo17a", rng, "JPEG", 150), maintype="image", subtype="jpeg",
                     filename="scan_subpoena_Price.jpg")
    write_eml(m, os.path.join(OUT, "boo17.eml"), "boo17")
    return "eml", label("boo17", "eml", "prosecutor's paralegal e-mails trial subpoena (JPEG scan)",
                        "district-attorney", "Office of the State's Attorney for Baltimore County",
                        "Jonathan Feldstein-Ruiz", "Assistant State's Attorney", "jfeldstein-ruiz@baltimorecountymd.gov",
                        "410-555-0177",
                        [subj("Deshawn Anthony Price", "1996-02-14", [("license", "P620418773215")])],
                        ["MD Rule 4-266", "MD TR 12-111", "MD CR 3-202"],
                        "court_subpoena", None, "criminal_investigation",
                        ["license", "photo", "address", "vehicle"], "email")


@doc
def boo18(rng):
    war = """
^ U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
` File No.  A209 776 015
` Date:     10/30/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that  GULEED, Abdiwali Mohamed  is removable from the United States. This determination is based upon:

` [X] the execution of a charging document to initiate removal proceedings against the subject;
` [ ] the pendency of ongoing removal proceedings against the subject;
` [ ] the failure to establish admissibility subsequent to deferred inspection;
` [ ] biometric confirmation of the subject's identity and a records check of federal databases;
` [ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

` /s/ Roland T. Achterberg
` (Signature of Authorized Immigration Officer)
` Roland T. Achterberg, Supervisory Detention and Deportation Officer
` (Printed Name and Title of Authorized Immigration Officer)
~ Form I-200 (Rev. 09/16)
"""
    m = basic_msg('"Pickens, Jared M" <jared.m.pickens@ice.dhs.gov>', "NV DMV Records <records@dmv.nv.gov>",
                  "Request for address / vehicle info - GULEED", "Wed, 04 Nov 2026 07:31:09 -0800",
                  "boo18.ero.2026@ice.dhs.gov")
    body = """Hello,

ERO Las Vegas is attempting to locate the subject of the attached administrative warrant
(Form I-200). Pursuant to 8 U.S.C. 1357(a), please provide his current residential address,
any vehicles registered to him, and his most recent license photo.

Subject: GULEED, Abdiwali Mohamed
DOB: 1993-05-14
A#: 209-776-015
NV DL: 1302557841

V/r,
Jared M. Pickens
Deportation Officer
ICE ERO Salt Lake City Field Office - Las Vegas Sub-Office
(702) 555-0157
"""
    m.set_content(body)
    m.add_alternative("<html><body><pre style='font-family:Arial'>" + body + "</pre></body></html>", subtype="html")
    m.add_attachment(pdf_bytes(war, "boo18a"), maintype="application", subtype="pdf", filename="I-200_GULEED.pdf")
    write_eml(m, os.path.join(OUT, "boo18.eml"), "boo18")
    return "eml", label("boo18", "eml", "ERO e-mail with I-200 PDF attached",
                        "dhs-ice-ero", "ICE ERO Salt Lake City Field Office - Las Vegas Sub-Office",
                        "Jared M. Pickens", "Deportation Officer", "jared.m.pickens@ice.dhs.gov", "(702) 555-0157",
                        [subj("Abdiwali Mohamed Guleed", "1993-05-14",
                              [("a_number", "A209776015"), ("license", "1302557841")])],
                        ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"],
                        "administrative_warrant", "I-200", "civil_immigration",
                        ["address", "vehicle", "photo"], "email")


@doc
def boo19(rng):
    m = basic_msg("Cornelius Abernathy <cornelius.abernathy@ssa.gov>", "uc.records@labor.alabama.gov",
                  "SSA OIG request - wage/UI records", "Thu, 05 Nov 2026 10:10:10 -0600",
                  "boo19.ssaoig.2026@ssa.gov")
    m.set_content("""To whom it may concern,

I am a Special Agent with the Social Security Administration, Office of the Inspector General,
Office of Investigations, Birmingham Resident Office. I am investigating a disability
beneficiary who may have concealed work activity while receiving benefits, in possible
violation of 42 U.S.C. 408(a) and 18 U.S.C. 641.

Could you please provide quarterly wage records (with employer names and addresses) and any
unemployment compensation claims from 2022 to present for:

Name: Lakeisha Monroe Pettway
DOB: 11/19/1981
SSN: XXX-XX-2208

I believe the disclosure is permitted under 20 CFR 603.5. Please let me know if you need a
formal letter on letterhead.

Thanks,

Cornelius T. Abernathy
Special Agent
SSA Office of the Inspector General
Birmingham, AL
Office 205-555-0129
""")
    write_eml(m, os.path.join(OUT, "boo19.eml"), "boo19")
    return "eml", label("boo19", "eml", "SSA-OIG plain-text e-mail",
                        "ssa-oig", "Social Security Administration, Office of the Inspector General",
                        "Cornelius T. Abernathy", "Special Agent", "cornelius.abernathy@ssa.gov", "205-555-0129",
                        [subj("Lakeisha Monroe Pettway", "1981-11-19", [("ssn_last4", "2208")])],
                        ["42 USC 408", "18 USC 641", "20 CFR 603.5"],
                        "none", None, "criminal_investigation",
                        ["wages", "employment", "claims"], "email")


# ================================================================ SCANNED
@doc
def boo20(rng):
    t = """
# LOWER CEDAR BAND OF OJIBWE
^^ TRIBAL POLICE DEPARTMENT
^ N4410 Reservation Road  •  Cedar Falls, Wisconsin 54829  •  (715) 555-0131
---
November 2, 2026

Wisconsin Department of Transportation
Division of Motor Vehicles – Records and Licensing Section
P.O. Box 7995
Madison, WI 53707-7995

RE: LCB-TPD Incident 26-01192 — hit and run with injury

To the Records Section:

On October 30, 2026 a pedestrian was struck on Reservation Road by a dark pickup that left the scene, an offense under Wis. Stat. § 346.67. A partial plate was captured on a casino security camera. Our department holds a BIA Special Law Enforcement Commission and is working the case jointly with federal partners.

Please provide the registration record and the owner's driver license photograph and address for:

   Registered owner: THORSEN, Gary Lee — DOB 08/02/1964 — WI DL T652-1107-6422-08
   Plate: partial "QZ 4" on a 2019–2021 Ford F-150, black

The request is made under the law enforcement exception of 18 U.S.C. § 2721(b)(1). The injured pedestrian, a tribal member, is not a subject of this request.

Miigwech,

Sgt. Dale Whitefeather
Criminal Investigator, Lower Cedar Band Tribal Police Department
dwhitefeather@lcb-nsn.gov  •  (715) 555-0132

cc:  SA Rebecca Lindahl, FBI Milwaukee – Eau Claire Resident Agency
"""
    make_scanned(t, os.path.join(OUT, "boo20.pdf"), rng, tag="boo20")
    return "pdf", label("boo20", "scanned", "tribal police letter, FBI cc'd",
                        "other", "Lower Cedar Band Tribal Police Department", "Dale Whitefeather",
                        "Sergeant, Criminal Investigator", "dwhitefeather@lcb-nsn.gov", "(715) 555-0132",
                        [subj("Gary Lee Thorsen", "1964-08-02", [("license", "T6521107642208")])],
                        ["WI Stat 346.67", "18 USC 2721"],
                        "none", None, "criminal_investigation", ["vehicle", "photo", "address"], "mail")


@doc
def boo21(rng):
    t = """
# ALLEGHENY COUNTY POLICE DEPARTMENT
^ Criminal Investigations Bureau – General Investigations Unit
^ 875 Greentree Road, Building 3, Pittsburgh, PA 15220  •  412-555-0124
---
November 11, 2026

Pennsylvania Department of Labor & Industry
Office of Unemployment Compensation Benefits Policy – Legal Liaison
651 Boas Street
Harrisburg, PA 17121

Re: ACPD Incident 2026-118403; Search Warrant No. 05214-26

Please find enclosed a search warrant issued by Magisterial District Judge Kaczmarek for unemployment compensation records. This investigation is being conducted with the Allegheny County District Attorney's Office. Kindly produce the records to the undersigned.

Det. Kristopher Zielinski #1184
General Investigations Unit
kzielinski@alleghenycounty.us
===
^^ COMMONWEALTH OF PENNSYLVANIA
^^ COUNTY OF ALLEGHENY
# APPLICATION FOR SEARCH WARRANT AND AUTHORIZATION
` Warrant Control No.: 05214-26        Complaint/Incident No.: 2026-118403
` Affiant: Det. Kristopher Zielinski, Allegheny County Police Department
IDENTIFY ITEMS TO BE SEARCHED FOR AND SEIZED: All unemployment compensation claim records, including applications, addresses, telephone numbers, IP addresses, bank account and debit card data, benefit payment histories and employer wage records, January 2024 to present, for claims filed in the names of:
   ANA LUCÍA DE LA CRUZ ORELLANA, DOB 03/04/1989, SSN ending 5561
   ROMAN PETROVICH GUSEV, DOB 10/27/1971
SPECIFIC DESCRIPTION OF PREMISES: Records of the PA Department of Labor & Industry, 651 Boas Street, Harrisburg, PA, including electronically stored records.
VIOLATION OF: 18 Pa.C.S. § 4106 (access device fraud); 18 Pa.C.S. § 4120 (identity theft); 43 P.S. § 871 (false statements to obtain compensation).
PROBABLE CAUSE BELIEF IS BASED UPON THE FOLLOWING FACTS AND CIRCUMSTANCES: See attached affidavit of probable cause (3 pages).
===
# SEARCH WARRANT
TO LAW ENFORCEMENT OFFICER: WHEREAS, facts have been sworn to or affirmed before me by written affidavit(s) attached hereto from which I have found probable cause, I do authorize you to search the above described premises and to seize, secure, inventory and make return according to the Pennsylvania Rules of Criminal Procedure, including Pa.R.Crim.P. 203, the items identified above.

This Warrant shall be served as soon as practicable and shall be served only between 6 AM and 10 PM but in no event later than 11/20/2026.

Issued under my hand this 10th day of November, 2026 at 11:05 AM.

Signature of Issuing Authority: /s/ Rosemary T. Kaczmarek
Magisterial District Judge, Magisterial District 05-2-14           (SEAL)
"""
    make_scanned(t, os.path.join(OUT, "boo21.pdf"), rng, turns={2: 180}, tag="boo21",
                 footer="ACPD 2026-118403  -  page {p}")
    return "pdf", label("boo21", "scanned", "county police (not sheriff) cover + PA search warrant; page upside down",
                        "local-police", "Allegheny County Police Department", "Kristopher Zielinski", "Detective",
                        "kzielinski@alleghenycounty.us", "412-555-0124",
                        [subj("Ana Lucía de la Cruz Orellana", "1989-03-04", [("ssn_last4", "5561")]),
                         subj("Roman Petrovich Gusev", "1971-10-27")],
                        ["18 PaCS 4106", "18 PaCS 4120", "43 PS 871", "PA CrimP 203"],
                        "judicial_warrant", None, "criminal_investigation",
                        ["claims", "benefits", "wages", "address", "phone", "other"], "mail")


@doc
def boo22(rng):
    t = """
^^ OFFICE OF THE SOLICITOR
^^ NINTH JUDICIAL CIRCUIT OF SOUTH CAROLINA
^ Charleston and Berkeley Counties  •  101 Meeting Street, Suite 400, Charleston, SC 29401
---
November 6, 2026

SC Department of Motor Vehicles, Office of General Counsel, P.O. Box 1498, Blythewood, SC 29016
SC Department of Employment and Workforce, Legal Department, P.O. Box 995, Columbia, SC 29202

RE: State v. Tobias G. Middleton and Rashad K. Simmons — 2026-GS-10-04218, -04219

Enclosed is an Order of the Court of General Sessions directing production of records. Please deliver them to my office.

Whitney G. Pinckney
Assistant Solicitor
wpinckney@charlestoncounty.org  |  843-555-0115
===
` STATE OF SOUTH CAROLINA          )      IN THE COURT OF GENERAL SESSIONS
`                                  )      NINTH JUDICIAL CIRCUIT
` COUNTY OF CHARLESTON             )      2026-GS-10-04218, 2026-GS-10-04219
` State of South Carolina,
`        v.
` Tobias Grant Middleton and Rashad K. Simmons, Defendants.
# ORDER FOR PRODUCTION OF RECORDS
This matter comes before the Court on the motion of the State, through Assistant Solicitor Whitney G. Pinckney, for an order requiring production of records relevant to the prosecution of the Defendants for felony driving under the influence resulting in death, S.C. Code Ann. § 56-5-2945, and related offenses.

The Court finds that the records are relevant and material, and that disclosure by the South Carolina Department of Employment and Workforce is authorized by court order notwithstanding S.C. Code Ann. § 41-29-170, and that release by the Department of Motor Vehicles is consistent with S.C. Code Ann. § 30-4-160.

IT IS THEREFORE ORDERED that:
1. The SC Department of Motor Vehicles shall produce the driver license record, license photograph, and vehicle registration history for TOBIAS GRANT MIDDLETON (DOB March 4, 1987; SC DL 102447398) and RASHAD K. SIMMONS (DOB June 18, 1990).
2. The SC Department of Employment and Workforce shall produce employer wage reports and employer identities for both Defendants for calendar years 2025 and 2026.
3. Records shall be produced to the Office of the Solicitor within twenty (20) days.

AND IT IS SO ORDERED.

/s/ Beverly A. Ravenel
The Honorable Beverly A. Ravenel, Presiding Judge, Ninth Judicial Circuit
Charleston, South Carolina, November 5, 2026
"""
    make_scanned(t, os.path.join(OUT, "boo22.pdf"), rng, turns={1: 90}, serif=True, tag="boo22")
    return "pdf", label("boo22", "scanned", "Solicitor cover + Court of General Sessions order; page sideways",
                        "district-attorney", "Office of the Solicitor, Ninth Judicial Circuit of South Carolina",
                        "Whitney G. Pinckney", "Assistant Solicitor", "wpinckney@charlestoncounty.org", "843-555-0115",
                        [subj("Tobias Grant Middleton", "1987-03-04", [("license", "102447398")]),
                         subj("Rashad K. Simmons", "1990-06-18")],
                        ["SC Code 56-5-2945", "SC Code 41-29-170", "SC Code 30-4-160"],
                        "court_order", None, "criminal_investigation",
                        ["license", "photo", "vehicle", "wages", "employment"], "mail")


@doc
def boo23(rng):
    t = """
^^ STATE OF TENNESSEE
^^ DAVIDSON COUNTY GRAND JURY
^ Criminal Court for Davidson County, Twentieth Judicial District
# SUBPOENA DUCES TECUM
` No. GJ-2026-1147
TO: Records Custodian, Tennessee Department of Human Services, Office of Inspector General / SNAP Records, 505 Deaderick Street, Nashville, TN 37243

YOU ARE COMMANDED to appear before the Davidson County Grand Jury, Justice A.A. Birch Building, 408 2nd Avenue North, Nashville, Tennessee, on the 8th day of December, 2026, at 9:00 a.m., to give evidence in a matter under investigation, and to bring with you the following records. Records produced with an affidavit of the custodian under T.C.A. § 40-17-123 will excuse personal appearance.

RECORDS: SNAP/EBT eligibility files, household composition, addresses of record, and EBT transaction histories, January 1, 2024 to present, for:
   (1) VŨ THỊ HỒNG NHUNG, DOB 09/09/1982
   (2) MARCUS DEWAYNE TOLLIVER, DOB 01/05/1979

The matter under investigation concerns alleged trafficking of SNAP benefits (T.C.A. § 71-5-314) and theft (T.C.A. § 39-14-103) at a retail location in Antioch.

HEREIN FAIL NOT under penalty of law.

Issued at the request of:
Eleanor P. Whitcombe, Assistant District Attorney General
Office of the District Attorney General, 20th Judicial District
222 2nd Avenue North, Suite 500, Nashville, TN 37201  •  615-555-0193  •  ewhitcombe@jisnashville.gov

Witness my hand this 9th day of November, 2026.
Criminal Court Clerk, by  /s/ Maxine L. Dortch, Deputy Clerk
"""
    make_scanned(t, os.path.join(OUT, "boo23.pdf"), rng, tag="boo23")
    return "pdf", label("boo23", "scanned", "state grand jury subpoena duces tecum (DA General)",
                        "district-attorney", "Office of the District Attorney General, 20th Judicial District",
                        "Eleanor P. Whitcombe", "Assistant District Attorney General", "ewhitcombe@jisnashville.gov",
                        "615-555-0193",
                        [subj("Vũ Thị Hồng Nhung", "1982-09-09"), subj("Marcus Dewayne Tolliver", "1979-01-05")],
                        ["TCA 40-17-123", "TCA 71-5-314", "TCA 39-14-103"],
                        "grand_jury_subpoena", None, "criminal_investigation",
                        ["benefits", "address", "other"], "mail")


@doc
def boo24(rng):
    t = """
^^ U.S. DEPARTMENT OF JUSTICE
^^ DRUG ENFORCEMENT ADMINISTRATION
^ New England Field Division – Boston Tactical Diversion Squad
^ 15 New Sudbury Street, Room E-400, Boston, MA 02203
# SUBPOENA
` Subpoena No. NE-26-TDS-0388              File No. C1-26-0047
` TO: Keeper of Records, Massachusetts Registry of Motor Vehicles
`     Legal Department, 25 Newport Avenue Extension, Quincy, MA 02171
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876) to appear before Diversion Investigator Meredith A. Callahan, an officer of the Drug Enforcement Administration, at the address above on December 2, 2026 at 10:00 a.m., to give testimony and to produce the records described below, in connection with an investigation relating to the enforcement of the Controlled Substances Act (21 U.S.C. 801 et seq.), including the acquisition of controlled substances by fraud (21 U.S.C. 843(a)(3)).

RECORDS: License and identification card records (including photographs and documents presented), address history and vehicle registrations for:
   KENNETH ABARA OKONKWO, DOB 05/05/1975, MA License S44718203
   PATRÍCIA GONÇALVES SOUZA, DOB 08/27/1991

In lieu of appearance, the records may be mailed to the investigator named above.
===
Failure to comply with this subpoena may result in the Attorney General seeking enforcement of the subpoena in a United States District Court, as provided in 21 U.S.C. 876(c).

Disclosure of this subpoena could impede the investigation; you are requested not to disclose its existence.

` Issued: November 9, 2026
` /s/ Meredith A. Callahan
` Diversion Investigator, Boston Tactical Diversion Squad
` Telephone: (617) 555-0153   Email: meredith.a.callahan@dea.gov
` Approved: Group Supervisor Thomas V. Ferreira
"""
    make_scanned(t, os.path.join(OUT, "boo24.pdf"), rng, turns={1: 90}, tag="boo24")
    return "pdf", label("boo24", "scanned", "DEA 21 USC 876 subpoena, 2 pages one sideways",
                        "doj-dea", "Drug Enforcement Administration, New England Field Division",
                        "Meredith A. Callahan", "Diversion Investigator", "meredith.a.callahan@dea.gov", "(617) 555-0153",
                        [subj("Kenneth Abara Okonkwo", "1975-05-05", [("license", "S44718203")]),
                         subj("Patrícia Gonçalves Souza", "1991-08-27")],
                        ["PL 91-513", "21 USC 876", "21 USC 801", "21 USC 843"],
                        "administrative_subpoena", None, "criminal_investigation",
                        ["license", "photo", "identity_documents", "address", "vehicle"], "mail")


# ================================================================ FAX
@doc
def boo25(rng):
    t = """
# FAX TRANSMITTAL
^ U.S. Immigration and Customs Enforcement – ERO Indianapolis Sub-Office
^ 575 N. Pennsylvania St., Indianapolis, IN 46204   Fax 317-555-0190
` TO:    Indiana Department of Correction – Records / Sentence Computation
` FAX:   317-555-0107
` FROM:  Donna Kestner, Enforcement and Removal Assistant
` DATE:  11/13/2026        PAGES (incl. cover): 2
` RE:    Detainer - MENDOZA DE LA ROSA, Jose Guadalupe  IDOC# 272615
Please place the attached detainer in the offender's file and notify ERO of his release date. Questions: Deportation Officer Wróbel, Chicago Field Office (312-555-0166).
~ CONFIDENTIALITY NOTICE: This facsimile may contain sensitive but unclassified information. If you received it in error, notify the sender and destroy all copies.
===
^ DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION
` Subject ID: 410553290       Event #: CHI2611000877       File No: A212 505 667
` Date: 11/12/2026
` TO: Indiana Department of Correction, Wabash Valley Correctional Facility
` FROM: ICE ERO Chicago Field Office, 101 W. Congress Pkwy, Chicago, IL 60605
` Name of Alien: MENDOZA DE LA ROSA, José Guadalupe
` Date of Birth: 05/17/1984     Citizenship: Mexico     Sex: M
` Inmate No.: IDOC 272615
THE ALIEN IS A PRIORITY FOR REMOVAL. DHS REQUESTS THAT YOU VOLUNTARILY:
` [X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released
` [ ] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond release time
This request is made under section 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7. It does not request that the alien be held beyond the time he or she would otherwise be released.
` Tomasz J. Wróbel, Deportation Officer, Criminal Alien Program      /s/ T. J. Wróbel
` (Name and title of Immigration Officer)                          (Signature)
~ Form I-247D (5/15)
"""
    make_fax(t, os.path.join(OUT, "boo25.tif"), rng,
             "NOV-13-2026 09:47   ICE ERO INDY SUBOFC   3175550190   P.{p}/{n}", tag="boo25")
    return "tif", label("boo25", "fax", "fax cover from ERO sub-office + I-247D from field office",
                        "dhs-ice-ero", "ICE ERO Chicago Field Office", "Tomasz J. Wróbel", "Deportation Officer",
                        None, "312-555-0166",
                        [subj("José Guadalupe Mendoza de la Rosa", "1984-05-17",
                              [("a_number", "A212505667"), ("other", "272615")])],
                        ["INA 287", "8 CFR 287.7"],
                        "detainer", "I-247D", "civil_immigration", ["other"], "fax")


@doc
def boo26(rng):
    t = """
# MONTANA HIGHWAY PATROL
^ Montana Department of Justice  •  District 3 – Billings
^ 2300 Lake Elmo Dr., Billings, MT 59105   Phone 406-555-0128   Fax 406-555-0129
---
^^ LAW ENFORCEMENT REQUEST FOR DRIVER / VEHICLE RECORDS
` To:  MVD Records & Driver Control, Helena        Fax: 406-555-0140
` Requesting Agency: Montana Highway Patrol, District 3
` Requesting Officer: Tpr. Colton J. Rasmussen     Badge/ID: 412
` Case / Incident No.: MHP-26-3-00917              Date: 11/08/2026
` ---------------------------------------------------------------
` Subject Name (Last, First Middle): ORLOV, Nikolai Dmitrievich
` DOB: 12/11/1980        DL#: 0123456789012      State: MT
` Plate: 4-88213A (MT)
` ---------------------------------------------------------------
` Records requested:  [X] Driver photo   [X] Address history
`                     [X] Vehicle registration   [X] Driving record
` Reason for request: Leaving scene of crash involving damage to
` vehicle (MCA 61-7-103), I-90 MM 452, 11/07/2026.
By signing, the officer certifies that the information is requested for a law enforcement purpose permitted by 18 U.S.C. 2721(b)(1) and MCA 61-11-105, and will not be redisclosed.
` Signature: /s/ C. J. Rasmussen           Supervisor: Sgt. M. Halvorson
"""
    make_fax(t, os.path.join(OUT, "boo26.tif"), rng,
             "11/08/2026 16:02  MHP DIST 3 BILLINGS  406 555 0129  #0417 P.{p}", tag="boo26")
    return "tif", label("boo26", "fax", "highway patrol faxed request form",
                        "state-police", "Montana Highway Patrol, District 3", "Colton J. Rasmussen", "Trooper",
                        None, "406-555-0128",
                        [subj("Nikolai Dmitrievich Orlov", "1980-12-11", [("license", "0123456789012")])],
                        ["MCA 61-7-103", "18 USC 2721", "MCA 61-11-105"],
                        "none", None, "criminal_investigation",
                        ["photo", "address", "vehicle", "license"], "fax")


@doc
def boo27(rng):
    t = """
^^ UNITED STATES MARSHALS SERVICE
^^ FLORIDA REGIONAL FUGITIVE TASK FORCE – TAMPA
^ 801 N. Florida Ave., Tampa, FL 33602   •   Ph 813-555-0135   •   Fax 813-555-0136
---
# FAX
` TO:     FL DHSMV – Bureau of Records, Law Enforcement Requests
` FAX:    850-555-0198
` FROM:   TFO Alexis M. Quiñones
` DATE:   11/11/2026   PAGES: 1
` RE:     Fugitive locate - BANFIELD, Rodney Earl
Please provide the most recent DL photo, address(es) of record, registered vehicles and any phone number on file for the fugitive below. He is wanted on a federal arrest warrant (M.D. Fla.) for failure to register as a sex offender, 18 U.S.C. § 2250, and on a state violation of probation. USMS authority: 28 U.S.C. § 566(e)(1)(B). Photos requested under § 322.142, Fla. Stat.
` NAME:  BANFIELD, Rodney Earl      W/M   DOB: 07/02/1983
` FL DL: B514-720-83-262-0         USMS ID: 77214-018
Thank you,
Deputy Alexis M. Quiñones, Hillsborough County Sheriff's Office
Task Force Officer, U.S. Marshals Service – FRFTF Tampa
alexis.quinones@usdoj.gov
~ This transmission contains law enforcement sensitive information intended only for the addressee.
"""
    make_fax(t, os.path.join(OUT, "boo27.tif"), rng,
             "2026-11-11 10:18  USMS FRFTF TPA  8135550136  PAGE {p}", tag="boo27")
    return "tif", label("boo27", "fax", "USMS fugitive task force fax, sheriff's deputy as TFO",
                        "doj-usms", "United States Marshals Service, Florida Regional Fugitive Task Force – Tampa",
                        "Alexis M. Quiñones", "Task Force Officer", "alexis.quinones@usdoj.gov", "813-555-0135",
                        [subj("Rodney Earl Banfield", "1983-07-02",
                              [("license", "B514720832620"), ("other", "77214-018")])],
                        ["18 USC 2250", "28 USC 566", "FS 322.142"],
                        "none", None, "criminal_investigation",
                        ["photo", "address", "vehicle", "phone"], "fax")


@doc
def boo28(rng):
    t = """
^^ OFFICE OF THE FEDERAL PUBLIC DEFENDER
^ District of Kansas – Wichita Office
^ 301 N. Main Street, Suite 850, Wichita, KS 67202   Tel 316-555-0148   Fax 316-555-0149
# FACSIMILE COVER SHEET
` To:    Kansas Department of Labor, Office of General Counsel
` Fax:   785-555-0111
` From:  Selin Aydın, Investigator
` Date:  November 10, 2026      Pages: 2
` Re:    United States v. Villanueva-Prado, 6:26-cr-10044
Attached is a Rule 17(c) subpoena requested by AFPD Marisa Kettleman. Please call me to arrange delivery.
===
~ AO 89B (07/16) Subpoena to Produce Documents, Information, or Objects in a Criminal Case
^^ UNITED STATES DISTRICT COURT
^ for the District of Kansas
` United States of America          )
`            v.                      )     Case No. 6:26-cr-10044-JWB
` Hector Alonso Villanueva-Prado     )
`       Defendant                    )
# SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS IN A CRIMINAL CASE
To: Custodian of Records, Kansas Department of Labor, 401 SW Topeka Blvd., Topeka, KS 66603

YOU ARE COMMANDED to produce at the time, date, and place set forth below the following books, papers, documents, data, or other objects:
Quarterly wage records and employer identities reported for HECTOR ALONSO VILLANUEVA-PRADO, DOB 04/09/1988, from 2021 to present (K.S.A. 44-714).
` Place: U.S. Courthouse, 401 N. Market, Wichita, KS 67202   Date and Time: 12/03/2026 9:00 am
Certain provisions of Fed. R. Crim. P. 17 are attached, including Rule 17(c)(2), relating to your ability to file a motion to quash or modify the subpoena.
` Date: 11/06/2026           CLERK OF COURT  /s/ J. Esterhaus, Deputy Clerk
The name, address, e-mail, and telephone number of the attorney representing Hector Alonso Villanueva-Prado (charged under 8 U.S.C. § 1326), who requests this subpoena, are:
Marisa L. Kettleman, Assistant Federal Public Defender, 301 N. Main Street, Suite 850, Wichita, KS 67202, marisa_kettleman@fd.org, 316-555-0148
"""
    make_fax(t, os.path.join(OUT, "boo28.tif"), rng,
             "NOV 10 2026 02:31PM  FPD-KS WICHITA  316-555-0149  p.{p}", tag="boo28")
    return "tif", label("boo28", "fax", "federal defender fax cover + AO 89B Rule 17(c) subpoena",
                        "other", "Office of the Federal Public Defender, District of Kansas",
                        "Marisa L. Kettleman", "Assistant Federal Public Defender", "marisa_kettleman@fd.org",
                        "316-555-0148",
                        [subj("Hector Alonso Villanueva-Prado", "1988-04-09")],
                        ["FRCrP 17", "KSA 44-714", "8 USC 1326"],
                        "court_subpoena", "AO 89B", "criminal_investigation", ["wages", "employment"], "fax")


# ================================================================ TXT
@doc
def boo29(rng):
    t = """MISSOURI DEPARTMENT OF REVENUE
Motor Vehicle and Driver Licensing - Law Enforcement Records Request Portal
Submission #LE-2026-118734   Received 11/16/2026 08:02:17 CST
------------------------------------------------------------------
Requesting agency .......: Missouri Department of Corrections,
                           Division of Probation and Parole, District 26 (Springfield)
Agency ORI ..............: MO0770500
Requestor name ..........: Desmond R. Kilgore
Title ...................: Probation and Parole Officer II
Phone ...................: 417-555-0116
Email ...................: desmond.kilgore@doc.mo.gov
------------------------------------------------------------------
Subject last name .......: RUIZ-DELGADO
Subject first name ......: Esperanza
Subject DOB .............: 11/30/1992
MO DL / ID # ............: T092214553
Records requested .......: [x] Address of record  [ ] Photo
                           [x] Phone number on file  [ ] Vehicle
Purpose / justification .: Offender under supervision; need current
                           address and phone on file. Has not reported since 10/20.
Certification ...........: [x] I certify this request is for official use.
------------------------------------------------------------------
This notification was generated automatically. Do not reply.
"""
    with open(os.path.join(OUT, "boo29.txt"), "w", encoding="utf-8") as fh:
        fh.write(t)
    return "txt", label("boo29", "txt", "state probation & parole web-portal submission",
                        "other", "Missouri Department of Corrections, Division of Probation and Parole",
                        "Desmond R. Kilgore", "Probation and Parole Officer II", "desmond.kilgore@doc.mo.gov",
                        "417-555-0116",
                        [subj("Esperanza Ruiz-Delgado", "1992-11-30", [("license", "T092214553")])],
                        [], "none", None, "unknown", ["address", "phone"], "email")


@doc
def boo30(rng):
    t = """From: Thibault, Rachel <rthibault@uspis.gov>
Sent: Monday, November 16, 2026 11:26 AM
To: NCDMV Law Enforcement Records <dmv.lerecords@ncdot.gov>
Subject: USPIS records request - mail theft / arrow key robbery

Good morning,

The U.S. Postal Inspection Service, Charlotte Division, is investigating the robbery of a
letter carrier for her arrow key on October 14, 2026 and a related series of mail thefts from
collection boxes in Mecklenburg County (18 U.S.C. 2114 and 18 U.S.C. 1708). The carrier
was not injured.

I am requesting DMV photographs, addresses of record, driver license status, and registered
vehicles for the following individuals:

  NGUYEN, Van Hai          DOB 02/17/1995
  PHAM, Thi Mai Linh       DOB 06/23/1997
  WHITLOW, Darius K.       DOB 09/01/1993    NC DL 000041857732

My understanding is that disclosure to a law enforcement agency is allowed under N.C. Gen. Stat.
20-43.1 and the DPPA.

Thank you,

Rachel Thibault
U.S. Postal Inspector
Charlotte Division - Mail Theft Team
704-555-0197 (o)
"""
    with open(os.path.join(OUT, "boo30.txt"), "w", encoding="utf-8") as fh:
        fh.write(t)
    return "txt", label("boo30", "txt", "pasted postal inspector e-mail, three subjects",
                        "usps-uspis", "U.S. Postal Inspection Service, Charlotte Division", "Rachel Thibault",
                        "U.S. Postal Inspector", "rthibault@uspis.gov", "704-555-0197",
                        [subj("Van Hai Nguyen", "1995-02-17"), subj("Thi Mai Linh Pham", "1997-06-23"),
                         subj("Darius K. Whitlow", "1993-09-01", [("license", "000041857732")])],
                        ["18 USC 2114", "18 USC 1708", "NCGS 20-43.1"],
                        "none", None, "criminal_investigation",
                        ["photo", "address", "license", "vehicle"], "email")


@doc
def boo31(rng):
    t = """Date: Thu, 12 Nov 2026 09:03:41 -0600
From: "Hrabovsky Benedikt" <benedikt.hrabovsky@ci.irs.gov>
To: "NDOL UI Tax" <ndol.uitax@nebraska.gov>
Subject: Request - quarterly wage data (IRS-CI)

Hello,

My name is Benedikt Hrabovsky and I am a Special Agent with IRS Criminal Investigation,
Omaha Post of Duty (Denver Field Office). We are conducting a criminal investigation
involving possible violations of 26 U.S.C. 7201 and 7206(1). I am requesting the quarterly
wage records reported to the Nebraska Department of Labor for the years 2022 through 2026
for the two individuals below, including the names and addresses of the reporting employers.

  1) Ashlyn Marie Dvořák, DOB 1985-01-20, SSN ending 0934
  2) Tomás Echeverría Lindgren, DOB 1972-04-14

I understand Neb. Rev. Stat. 48-612.01 governs release of this information. Any IRS return
information remains protected under 26 U.S.C. 6103 and will not be shared with you.

Best regards,
Benedikt Hrabovsky
Special Agent, IRS-CI
Omaha, NE
Phone: 402-555-0178
"""
    with open(os.path.join(OUT, "boo31.txt"), "w", encoding="utf-8") as fh:
        fh.write(t)
    return "txt", label("boo31", "txt", "IRS-CI plain e-mail saved as text",
                        "irs-ci", "IRS Criminal Investigation, Omaha Post of Duty (Denver Field Office)",
                        "Benedikt Hrabovsky", "Special Agent", "benedikt.hrabovsky@ci.irs.gov", "402-555-0178",
                        [subj("Ashlyn Marie Dvořák", "1985-01-20", [("ssn_last4", "0934")]),
                         subj("Tomás Echeverría Lindgren", "1972-04-14")],
                        ["26 USC 7201", "26 USC 7206", "NE Stat 48-612.01", "26 USC 6103"],
                        "none", None, "criminal_investigation", ["wages", "employment"], "email")


@doc
def boo32(rng):
    t = """-----Forwarded message-----
From: ITD Customer Service <itd.customerservice@itd.idaho.gov>
Date: Tue, Nov 17, 2026 at 2:40 PM
Subject: Fwd: Registration info request - IPSU PD case 26-0441
To: ITD DMV Records Unit <dmvrecords@itd.idaho.gov>

Routing to Records - came through the general inbox.

> From: Sato, Brianna <bsato@ipsu.edu>
> Date: Mon, Nov 16, 2026 at 4:55 PM
> Subject: Registration info request - IPSU PD case 26-0441
>
> Hello,
>
> I'm a lieutenant with the Idaho Plains State University Police Department. We are
> investigating a residence-hall burglary (Idaho Code 18-1401) from November 13. A
> vehicle with Idaho plate 2B 47K19 was seen leaving. We need the registered owner's
> name and address, and a copy of the owner's license photo if available, for a photo
> lineup. Our records show a possible owner named Caleb Andrew Zimmerman but we have no
> DOB. I believe this is a permitted law enforcement use under Idaho Code 49-203.
>
> The student who reported the burglary, Ms. Priya Raman, is the victim and not a suspect.
>
> Thank you,
> Lt. Brianna Sato
> Investigations Lieutenant
> Idaho Plains State University Police Department
> 208-555-0121
"""
    with open(os.path.join(OUT, "boo32.txt"), "w", encoding="utf-8") as fh:
        fh.write(t)
    return "txt", label("boo32", "txt", "campus police e-mail re-forwarded inside the agency",
                        "local-police", "Idaho Plains State University Police Department", "Brianna Sato",
                        "Lieutenant", "bsato@ipsu.edu", "208-555-0121",
                        [subj("Caleb Andrew Zimmerman", None)],
                        ["ID Code 18-1401", "ID Code 49-203"],
                        "none", None, "criminal_investigation", ["vehicle", "address", "photo"], "email")


# ================================================================ main
def main():
    rng = random.Random(SEED)
    for fn in DOCS:
        ext, lab = fn(random.Random(rng.randrange(1 << 30)))
        with open(os.path.join(OUT, lab["id"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(lab["id"], lab["format"], lab["legal_process"]["type"], ext)


if __name__ == "__main__":
    main()
